//! The drafts a command reads: the paths given (or standard input), the
//! configuration that governs each, and each checked in parallel, its
//! report rendered as soon as it is checked and handed back in input
//! order. Shared by `check`, `quotes`, `snapshot` and `debug`.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use clap::Args;
use rayon::prelude::*;

use super::EXIT_TROUBLE;
use whosaid::config::file::ConfigError;
use whosaid::config::resolve::{Mode, Resolver};
use whosaid::config::{absolute, Config};
use whosaid::source::{collect, Input, InputError, Unreadable};
use whosaid::Checked;

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

#[cfg(test)]
mod tests {
    use super::*;

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
