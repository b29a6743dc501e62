//! `whosaid check` and `whosaid quotes`: find the inputs and the
//! configuration of each, check them in parallel, render the report in
//! input order.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use clap::{Args, ValueEnum};
use rayon::prelude::*;

use super::output::{self, Destination, InOrder};
use super::{EXIT_CLEAN, EXIT_FINDINGS, EXIT_TROUBLE};
use whosaid::config::file::ConfigError;
use whosaid::config::resolve::{Mode, Resolver};
use whosaid::config::{absolute, Config};
use whosaid::report;
use whosaid::source::{collect, Input, InputError, Unreadable};
use whosaid::Checked;

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Format {
    /// rustc-style messages for people
    Human,
    /// every quote, attribution and diagnostic (the contract)
    Json,
    /// one diagnostic a line, with its path
    Jsonl,
    /// SARIF 2.1.0, for GitHub code scanning
    Sarif,
    /// GitHub Actions annotations
    Github,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Color {
    Auto,
    Always,
    Never,
}

/// Where configuration comes from.
#[derive(Args, Debug, Clone)]
pub struct ConfigArgs {
    /// Use this configuration file for every draft instead of finding
    /// whosaid.toml / .whosaid.toml above each one.
    #[arg(long, value_name = "PATH", conflicts_with = "isolated")]
    pub config: Option<PathBuf>,
    /// Ignore every configuration file: built-in defaults only.
    #[arg(long)]
    pub isolated: bool,
}

impl ConfigArgs {
    fn mode(&self) -> Mode {
        match (&self.config, self.isolated) {
            (Some(path), _) => Mode::Explicit(path.clone()),
            (None, true) => Mode::Isolated,
            (None, false) => Mode::Discover,
        }
    }
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Files, directories of drafts, globs, or - for standard input
    /// (default: the current folder, or standard input with --stdin-filename).
    paths: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Write the report to this file instead of standard output.
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// Exit 0 even when errors are found (I/O and usage errors still exit 2).
    #[arg(long)]
    exit_zero: bool,
    /// Colour the human output.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
    #[command(flatten)]
    stdin: StdinArgs,
    #[command(flatten)]
    config: ConfigArgs,
}

/// What standard input is called.
#[derive(Args, Debug, Clone)]
pub struct StdinArgs {
    /// The name to show for standard input (its extension also says
    /// whether it is Markdown, and its folder where to find configuration).
    /// With no paths, standard input is read.
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<String>,
}

impl StdinArgs {
    /// The paths to read: those given, or with none, standard input when it
    /// has a name and else the current folder. A name for standard input
    /// that is not read is a mistake (exit 2), not a name silently unused.
    pub fn paths(&self, given: &[String]) -> Result<Vec<String>, u8> {
        match (given.is_empty(), &self.stdin_filename) {
            (true, Some(_)) => Ok(vec!["-".into()]),
            (true, None) => Ok(vec![".".into()]),
            (false, Some(name)) if !given.iter().any(|p| p == "-") => {
                eprintln!("error: --stdin-filename {name} names standard input, which is read only when `-` is among the paths");
                Err(EXIT_TROUBLE)
            }
            (false, _) => Ok(given.to_vec()),
        }
    }
}

/// One input's outcome. A checked draft is rendered as soon as it is
/// checked (`T` is what its report needs), so a run over many drafts holds
/// their reports, never all their analyses at once.
pub enum Outcome<T> {
    Checked(T),
    Skipped { path: String, why: Unreadable },
}

/// Every input checked, in input order.
pub struct Run<T> {
    pub outcomes: Vec<Outcome<T>>,
    /// An input could not be found or read.
    pub trouble: bool,
    /// Each path or file that could not be checked, with why (a binary
    /// file, only noted, is not among them).
    pub unchecked: Vec<(String, String)>,
}

impl<T> Run<T> {
    pub fn checked(&self) -> impl Iterator<Item = &T> {
        self.outcomes.iter().filter_map(|o| match o {
            Outcome::Checked(t) => Some(t),
            Outcome::Skipped { .. } => None,
        })
    }
}

fn config_errors(errors: Vec<ConfigError>) -> u8 {
    for e in errors {
        eprintln!("error: {e}");
    }
    EXIT_TROUBLE
}

/// Finds the inputs and their configuration, checks them in parallel and
/// renders each with `render`, given its place among the inputs
/// (`skipped` is told the place of each that could not be read). A
/// mistake in a configuration file stops the run before any draft is read
/// (`Err` holds the exit code).
pub fn check_all<T: Send>(
    paths: &[String],
    stdin_name: Option<&str>,
    config: &ConfigArgs,
    render: impl Fn(usize, Checked, &Config) -> T + Sync,
    skipped: impl Fn(usize) + Sync,
) -> Result<Run<T>, u8> {
    // The built-in lexicon (which the resolver builds) and the walk over
    // the folders are the run's serial start: side by side on the pool's
    // threads, which start meanwhile.
    let (resolver, (inputs, errors)) = rayon::join(|| Resolver::new(config.mode()), || distinct(paths.len(), collect(paths, &[])));
    let mut resolver = resolver.map_err(config_errors)?;
    let mut unchecked = report_walk_errors(&errors);
    let jobs = configured(inputs, &mut resolver, stdin_name)?;
    let outcomes =
        in_input_order(&jobs, |i, (input, config)| match input.read(stdin_name).and_then(|source| isolated(|| whosaid::check_source(source, config))) {
            Ok(checked) => Outcome::Checked(render(i, checked, config)),
            Err(why) => {
                skipped(i);
                Outcome::Skipped { path: input.shown(stdin_name), why }
            }
        });
    unchecked.extend(report_skipped(&outcomes));
    Ok(Run { outcomes, trouble: !unchecked.is_empty(), unchecked })
}

/// The inputs without the ones named again (`whosaid check news news/a.md`,
/// or `- -`): each draft is checked and reported once, or its findings
/// would be counted twice and a SARIF log would hold each result twice.
/// One argument (`given`) names each of its drafts once: nothing to do.
fn distinct(given: usize, (inputs, errors): (Vec<Input>, Vec<InputError>)) -> (Vec<Input>, Vec<InputError>) {
    if given < 2 {
        return (inputs, errors);
    }
    let mut seen = std::collections::HashSet::new();
    let inputs = inputs
        .into_iter()
        .filter(|input| {
            seen.insert(match input {
                Input::File(p) => Some(absolute(p)),
                Input::Stdin => None,
            })
        })
        .collect();
    (inputs, errors)
}

/// The result of `work`, the pipeline on one draft; or, should a bug in
/// it panic, that draft skipped with an error, so that one draft cannot
/// stop a run over a newsroom's folder, and the report of the others
/// stays whole (a JSON array cut off mid-draft is no report at all).
fn isolated<T>(work: impl FnOnce() -> T) -> Result<T, Unreadable> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).map_err(|panic| {
        let message = panic.downcast_ref::<&str>().copied().or_else(|| panic.downcast_ref::<String>().map(String::as_str));
        Unreadable::Bug(first_words(message.unwrap_or("no message")))
    })
}

/// A panic's message as one short line: a slicing panic quotes the draft.
fn first_words(message: &str) -> String {
    let line = message.lines().next().unwrap_or_default();
    match line.char_indices().nth(80) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line.to_string(),
    }
}

/// Prints what the walk over the paths met; the errors (a missing path,
/// an unreadable folder) rather than notes, as (path, why).
fn report_walk_errors(errors: &[InputError]) -> Vec<(String, String)> {
    let mut trouble = Vec::new();
    for e in errors {
        if e.note {
            eprintln!("note: {}: {}", e.path, e.message);
        } else {
            eprintln!("error: {}: {}", e.path, e.message);
            trouble.push((e.path.clone(), e.message.clone()));
        }
    }
    trouble
}

/// Each input with the configuration that governs it, leaving out the
/// files the configuration excludes.
fn configured(inputs: Vec<Input>, resolver: &mut Resolver, stdin_name: Option<&str>) -> Result<Vec<(Input, Arc<Config>)>, u8> {
    let mut jobs = Vec::with_capacity(inputs.len());
    for input in inputs {
        let path = match &input {
            Input::File(p) => p.clone(),
            Input::Stdin => PathBuf::from(stdin_name.unwrap_or("<stdin>")),
        };
        if matches!(input, Input::File(_)) && resolver.excluded(&path).map_err(config_errors)? {
            continue;
        }
        let config = resolver.config_for(&path).map_err(config_errors)?;
        jobs.push((input, config));
    }
    Ok(jobs)
}

/// Prints why each skipped draft was not checked; the errors (binary
/// files are only noted), as (path, why).
fn report_skipped<T>(outcomes: &[Outcome<T>]) -> Vec<(String, String)> {
    let mut trouble = Vec::new();
    for o in outcomes {
        if let Outcome::Skipped { path, why } = o {
            match why {
                Unreadable::Binary => eprintln!("note: {path}: {why}"),
                _ => {
                    eprintln!("error: {path}: {why}");
                    trouble.push((path.clone(), why.to_string()));
                }
            }
        }
    }
    trouble
}

/// Runs `work` on every job on rayon's threads, each thread taking the
/// first job no thread has taken: drafts are checked about in input order,
/// so few reports wait in memory for an earlier one before they can be
/// written. The results come back in input order.
fn in_input_order<J: Sync, T: Send>(jobs: &[J], work: impl Fn(usize, &J) -> T + Sync) -> Vec<T> {
    let taken = AtomicUsize::new(0);
    let mut done: Vec<(usize, T)> = (0..rayon::current_num_threads())
        .into_par_iter()
        .flat_map_iter(|_| {
            let mut mine = Vec::new();
            loop {
                let i = taken.fetch_add(1, Ordering::Relaxed);
                let Some(job) = jobs.get(i) else { break };
                mine.push((i, work(i, job)));
            }
            mine
        })
        .collect();
    done.sort_unstable_by_key(|&(i, _)| i);
    done.into_iter().map(|(_, t)| t).collect()
}

/// What the exit code and the summary need to know of one draft (its
/// report has been written by then).
struct Rendered {
    sarif: Vec<report::sarif::Result>,
    /// Findings by severity: info, warning, error.
    counts: [usize; 3],
    /// A finding at or above the draft's `min-severity`.
    failing: bool,
    path: String,
    /// Findings past [`MAX_DIAGNOSTICS`], left out of the report.
    omitted: usize,
}

/// The most findings reported for one file. A draft with more is not a
/// draft (a file of 800,000 stray quotation marks); the first ones say
/// what is wrong, and the rest would only make a report of gigabytes.
/// The exit code and the human summary still count them all.
pub const MAX_DIAGNOSTICS: usize = 1000;

pub fn run(args: &CheckArgs) -> u8 {
    let style = report::human::Style { color: color(args.color, args.output.is_some()) };
    let format = args.format;
    let root = matches!(format, Format::Sarif | Format::Github).then(repository_root);
    // The JSON report's drafts are an array: the same bytes as serialising
    // `report::json::report` whole.
    let (head, between) = if format == Format::Json { ("{\"version\":1,\"files\":[", ",") } else { ("", "") };
    let paths = match args.stdin.paths(&args.paths) {
        Ok(paths) => paths,
        Err(code) => return code,
    };
    // A report that cannot be written stops the run before any draft is
    // checked: there would be nowhere to say what was found.
    let destination = Destination::open(args.output.as_deref());
    if let Some(e) = destination.unopened() {
        eprintln!("error: cannot write the report{}: {}", report_file(args), whosaid::source::io_message(e));
        return EXIT_TROUBLE;
    }
    let reports = InOrder::new(destination, head, between);
    let render = |i: usize, c: Checked, config: &Config| render_draft(&reports, i, c, config, format, style, root.as_deref());
    let run = match check_all(&paths, args.stdin.stdin_filename.as_deref(), &args.config, render, |i| reports.skip(i)) {
        Ok(run) => run,
        Err(code) => return code,
    };
    let drafts: Vec<&Rendered> = run.checked().collect();
    for r in drafts.iter().filter(|r| r.omitted > 0) {
        eprintln!("note: {}: {} more findings not shown (at most {MAX_DIAGNOSTICS} a file)", r.path, r.omitted);
    }
    let mut destination = reports.into_destination();
    finish_report(&mut destination, format, &drafts, &run.unchecked, root.as_deref());
    match destination.finish() {
        // A reader that stops early (`| head`) wanted no more: as `cat` or
        // `rg`, say nothing and exit as the findings say.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(e) => {
            eprintln!("error: cannot write the report{}: {e}", report_file(args));
            return EXIT_TROUBLE;
        }
        Ok(()) => {}
    }
    if run.trouble {
        return EXIT_TROUBLE;
    }
    let failing = drafts.iter().any(|r| r.failing);
    if failing && !args.exit_zero {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    }
}

/// ` to FILE` for a report written to a file; nothing for standard output.
fn report_file(args: &CheckArgs) -> String {
    args.output.as_ref().map_or(String::new(), |p| format!(" to {}", p.display()))
}

/// Writes one checked draft's report in its turn, and keeps what the exit
/// code and the summary need of it.
fn render_draft(reports: &InOrder, i: usize, mut c: Checked, config: &Config, format: Format, style: report::human::Style, root: Option<&Path>) -> Rendered {
    let mut counts = [0usize; 3];
    for d in &c.diagnostics {
        counts[d.severity as usize] += 1;
    }
    let failing = c.diagnostics.iter().any(|d| d.severity >= config.fail_at);
    let omitted = c.diagnostics.len().saturating_sub(MAX_DIAGNOSTICS);
    c.diagnostics.truncate(MAX_DIAGNOSTICS);
    let mut sarif = Vec::new();
    match format {
        Format::Human => reports.put(i, report::human::render(&c, style)),
        // The one report that grows with the draft rather than with its
        // findings: written as it is made when it can be. A write error is
        // the destination's to remember and report.
        Format::Json => reports.stream_or(i, |out| drop(report::json::stream(&c, &mut |block| out.put(block))), || report::json::render_checked(&c)),
        Format::Jsonl => reports.put(i, report::jsonl::render(&c)),
        Format::Sarif => {
            let uri = report::sarif::uri_path(&relative_to(root.expect("a root for SARIF"), &c.source.path));
            sarif = report::sarif::results(&c, &uri);
            reports.skip(i);
        }
        Format::Github => reports.put(i, report::github::render(&c, &relative_to(root.expect("a root for annotations"), &c.source.path))),
    }
    Rendered { sarif, counts, failing, path: c.source.path.clone(), omitted }
}

/// What follows the drafts' reports: the human summary, the end of the
/// JSON array, or the whole SARIF log.
fn finish_report(destination: &mut Destination, format: Format, drafts: &[&Rendered], unchecked: &[(String, String)], root: Option<&Path>) {
    match format {
        Format::Human => drop(destination.put(summary(drafts, unchecked.len()).into_bytes())),
        Format::Json => drop(destination.put(&b"]}\n"[..])),
        Format::Jsonl => {}
        Format::Github => {
            let root = root.expect("a root for annotations");
            let commands: String = unchecked.iter().map(|(path, why)| report::github::unchecked(&relative_to(root, path), why)).collect();
            drop(destination.put(commands.into_bytes()));
        }
        Format::Sarif => {
            let root = root.expect("a root for SARIF");
            let unchecked: Vec<(String, String)> =
                unchecked.iter().map(|(path, why)| (report::sarif::uri_path(&relative_to(root, path)), why.clone())).collect();
            let log = report::sarif::log(drafts.iter().flat_map(|r| r.sarif.iter().cloned()).collect(), &unchecked);
            let mut text = serde_json::to_string_pretty(&log).expect("the log serialises");
            text.push('\n');
            drop(destination.put(text.into_bytes()));
        }
    }
}

/// The root of the git repository holding the current folder (the folder
/// with `.git`), or the current folder outside a repository.
fn repository_root() -> PathBuf {
    let cwd = absolute(Path::new("."));
    cwd.ancestors().find(|d| d.join(".git").exists()).map(Path::to_path_buf).unwrap_or(cwd)
}

/// A draft's path relative to `root` with `/` separators, or as given when
/// it lies elsewhere (or is standard input).
fn relative_to(root: &Path, shown: &str) -> String {
    let path = Path::new(shown);
    if !path.exists() {
        return shown.replace('\\', "/");
    }
    match absolute(path).strip_prefix(root) {
        Ok(rel) => rel.to_string_lossy().replace('\\', "/"),
        Err(_) => shown.replace('\\', "/"),
    }
}

fn color(choice: Color, to_file: bool) -> bool {
    match choice {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => !to_file && std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    }
}

/// The human report's last line: what was found in how many files, and
/// how many paths or files could not be checked (their errors went to
/// standard error), so a clean summary never hides a run that failed.
fn summary(drafts: &[&Rendered], unchecked: usize) -> String {
    let mut out = String::new();
    let mut counts = [0usize; 3];
    for r in drafts {
        for (total, n) in counts.iter_mut().zip(r.counts) {
            *total += n;
        }
    }
    let [infos, warnings, errors] = counts;
    let files = drafts.len();
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    // Only the kinds found are counted: "Found 1 note", not "0 errors, 0 warnings and 1 note".
    let found: Vec<String> =
        [(errors, "error"), (warnings, "warning"), (infos, "note")].into_iter().filter(|&(n, _)| n > 0).map(|(n, word)| plural(n, word)).collect();
    match found.split_last() {
        None => out.push_str(&format!("No problems found in {}", plural(files, "file"))),
        Some((last, [])) => out.push_str(&format!("Found {last} in {}", plural(files, "file"))),
        Some((last, rest)) => out.push_str(&format!("Found {} and {last} in {}", rest.join(", "), plural(files, "file"))),
    }
    if unchecked > 0 {
        out.push_str(&format!("; {unchecked} could not be checked (see the errors)"));
    }
    out.push_str(".\n");
    out
}

pub fn quotes(given: &[String], stdin: &StdinArgs, config: &ConfigArgs) -> u8 {
    let paths = match stdin.paths(given) {
        Ok(paths) => paths,
        Err(code) => return code,
    };
    let stdin_name = stdin.stdin_filename.as_deref();
    let run = match check_all(&paths, stdin_name, config, |_, c, _| (c.source.path.clone(), report::quotes::render(&c)), |_| ()) {
        Ok(run) => run,
        Err(code) => return code,
    };
    let mut out = String::new();
    let many = headed(&paths, run.outcomes.len());
    for (path, table) in run.checked() {
        if many {
            out.push_str(&format!("{path}\n"));
        }
        out.push_str(table);
        if many {
            out.push('\n');
        }
    }
    if output::write(None, &out).is_err() || run.trouble {
        return EXIT_TROUBLE;
    }
    EXIT_CLEAN
}

/// Whether the quote tables are headed by their draft's path: always, but
/// for one draft named alone (a second path that could not be read, or a
/// folder that holds one draft, still leaves the reader asking which).
fn headed(paths: &[String], tables: usize) -> bool {
    tables > 1 || paths.len() > 1 || paths.iter().any(|p| p != "-" && !Path::new(p).is_file())
}

pub fn debug(path: &str) -> u8 {
    let config = ConfigArgs { config: None, isolated: false };
    let Ok(run) = check_all(&[path.to_string()], None, &config, |_, c, _| report::debug::render(&c), |_| ()) else { return EXIT_TROUBLE };
    for text in run.checked() {
        print!("{text}");
    }
    EXIT_CLEAN
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rendered(counts: [usize; 3]) -> Rendered {
        Rendered { sarif: Vec::new(), counts, failing: false, path: "a.md".into(), omitted: 0 }
    }

    #[test]
    fn the_summary_says_how_many_could_not_be_checked() {
        let clean = rendered([0, 0, 0]);
        assert_eq!(summary(&[&clean], 0), "No problems found in 1 file.\n");
        assert_eq!(summary(&[&clean, &clean], 2), "No problems found in 2 files; 2 could not be checked (see the errors).\n");
        let found = rendered([1, 0, 2]);
        assert_eq!(summary(&[&found], 1), "Found 2 errors and 1 note in 1 file; 1 could not be checked (see the errors).\n");
    }

    #[test]
    fn the_summary_counts_only_the_kinds_found() {
        assert_eq!(summary(&[&rendered([1, 0, 0])], 0), "Found 1 note in 1 file.\n");
        assert_eq!(summary(&[&rendered([0, 5, 1]), &rendered([0, 0, 0])], 0), "Found 1 error and 5 warnings in 2 files.\n");
        assert_eq!(summary(&[&rendered([3, 2, 1])], 0), "Found 1 error, 2 warnings and 3 notes in 1 file.\n");
    }

    #[test]
    fn an_input_named_twice_is_checked_once() {
        let file = |p: &str| Input::File(PathBuf::from(p));
        let given = vec![file("news/a.md"), Input::Stdin, file("news/b.md"), file("./news/a.md"), Input::Stdin, file("news/../news/b.md"), file("c.md")];
        let (inputs, _) = distinct(given.len(), (given, Vec::new()));
        assert_eq!(inputs, [file("news/a.md"), Input::Stdin, file("news/b.md"), file("c.md")]);
    }

    #[test]
    fn stdin_is_read_when_named_and_no_path_is_given() {
        let named = StdinArgs { stdin_filename: Some("desk/a.md".into()) };
        let unnamed = StdinArgs { stdin_filename: None };
        assert_eq!(named.paths(&[]), Ok(vec!["-".to_string()]));
        assert_eq!(unnamed.paths(&[]), Ok(vec![".".to_string()]));
        assert_eq!(named.paths(&["-".into(), "b.md".into()]), Ok(vec!["-".to_string(), "b.md".to_string()]));
        assert_eq!(named.paths(&["b.md".into()]), Err(EXIT_TROUBLE), "a name for stdin that is not read");
        assert_eq!(unnamed.paths(&["b.md".into()]), Ok(vec!["b.md".to_string()]));
    }

    #[test]
    fn quote_tables_are_headed_unless_one_draft_is_named_alone() {
        let dir = tempfile::tempdir().unwrap();
        let draft = dir.path().join("a.md");
        std::fs::write(&draft, "text").unwrap();
        let one = draft.to_string_lossy().to_string();
        assert!(!headed(std::slice::from_ref(&one), 1));
        assert!(!headed(&["-".into()], 1));
        assert!(headed(&[one.clone(), "missing.md".into()], 1));
        assert!(headed(&[dir.path().to_string_lossy().to_string()], 1));
        assert!(headed(&[one], 2));
    }

    #[test]
    fn a_panic_on_one_draft_becomes_an_error_naming_the_bug() {
        assert_eq!(isolated(|| 7), Ok(7));
        let failed = isolated(|| -> u8 { panic!("an index out of range") });
        assert_eq!(failed, Err(Unreadable::Bug("an index out of range".into())));
        let shown = failed.unwrap_err().to_string();
        assert!(shown.contains("an index out of range") && shown.contains("report it"), "{shown}");
        let long = isolated(|| -> u8 { panic!("begin > end when slicing `{}\nthe next line`", "word ".repeat(40)) });
        let Err(Unreadable::Bug(short)) = long else { panic!("a panic is an error") };
        assert_eq!(short.chars().count(), 81, "{short}");
        assert!(short.ends_with('…') && !short.contains('\n'));
    }
}
