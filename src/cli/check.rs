//! `whosaid check`: every draft's findings, rendered in the format asked
//! for, in input order, with the exit code CI reads and a summary line.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};

use super::drafts::{check_all, ConfigArgs, StdinArgs};
use super::output::{Destination, InOrder};
use super::{EXIT_CLEAN, EXIT_FINDINGS, EXIT_TROUBLE};
use whosaid::config::{absolute, Config};
use whosaid::report;
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
}
