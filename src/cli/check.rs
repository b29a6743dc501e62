//! `whosaid check` and `whosaid quotes`: read every input (in parallel),
//! run the pipeline, render the report in input order.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use rayon::prelude::*;

use super::{output, EXIT_CLEAN, EXIT_FINDINGS, EXIT_TROUBLE};
use whosaid::config::Config;
use whosaid::report;
use whosaid::source::{collect, Input, Unreadable};
use whosaid::Checked;

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Format {
    /// rustc-style messages for people
    Human,
    /// every quote, attribution and diagnostic
    Json,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Files, directories of drafts, or - for standard input.
    #[arg(default_value = ".")]
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
    /// The name to show for standard input.
    #[arg(long)]
    stdin_filename: Option<String>,
}

/// One input's outcome. A checked draft is rendered as soon as it is
/// checked (`T` is its report), so a run over many files holds their
/// reports, never all their analyses at once.
enum Outcome<T> {
    Checked(T),
    Skipped { path: String, why: Unreadable },
}

fn check_all<T: Send>(paths: &[String], stdin_name: Option<&str>, config: &Config, render: impl Fn(Checked) -> T + Sync) -> (Vec<Outcome<T>>, bool) {
    let (inputs, errors) = collect(paths, &[]);
    let mut trouble = false;
    for e in &errors {
        if e.note {
            eprintln!("note: {}: {}", e.path, e.message);
        } else {
            eprintln!("error: {}: {}", e.path, e.message);
            trouble = true;
        }
    }
    let outcomes: Vec<Outcome<T>> = inputs
        .par_iter()
        .map(|input| match input.read(stdin_name) {
            Ok(source) => Outcome::Checked(render(whosaid::check_source(source, config))),
            Err(why) => Outcome::Skipped { path: input.shown(stdin_name), why },
        })
        .collect();
    for o in &outcomes {
        if let Outcome::Skipped { path, why } = o {
            match why {
                Unreadable::Binary => eprintln!("note: {path}: {why}"),
                _ => {
                    eprintln!("error: {path}: {why}");
                    trouble = true;
                }
            }
        }
    }
    let _ = Input::Stdin;
    (outcomes, trouble)
}

/// One draft's report and the severities of its findings.
struct Rendered {
    path: String,
    text: String,
    /// Findings of each severity, shown or not.
    counts: [usize; 3],
    /// Findings past [`MAX_DIAGNOSTICS`], left out of the report.
    omitted: usize,
}

/// The most findings reported for one file. A draft with more is not a
/// draft (a file of 800,000 stray quotation marks); the first ones say
/// what is wrong, and the rest would only make a report of gigabytes.
pub const MAX_DIAGNOSTICS: usize = 1000;

pub fn run(args: &CheckArgs) -> u8 {
    let config = Config::default();
    let style = report::human::Style { color: color(args.color, args.output.is_some()) };
    let format = args.format;
    let (outcomes, trouble) = check_all(&args.paths, args.stdin_filename.as_deref(), &config, |mut c| {
        let mut counts = [0usize; 3];
        for d in &c.diagnostics {
            counts[d.severity as usize] += 1;
        }
        let omitted = c.diagnostics.len().saturating_sub(MAX_DIAGNOSTICS);
        c.diagnostics.truncate(MAX_DIAGNOSTICS);
        let text = match format {
            Format::Human => report::human::render(&c, style),
            Format::Json => serde_json::to_string(&report::json::file(&c)).expect("the report serialises"),
        };
        Rendered { path: c.source.path.clone(), text, counts, omitted }
    });
    let checked: Vec<&Rendered> = outcomes
        .iter()
        .filter_map(|o| match o {
            Outcome::Checked(c) => Some(c),
            Outcome::Skipped { .. } => None,
        })
        .collect();
    for r in checked.iter().filter(|r| r.omitted > 0) {
        eprintln!("note: {}: {} more findings not shown (at most {MAX_DIAGNOSTICS} a file)", r.path, r.omitted);
    }
    let text = match args.format {
        Format::Human => human(&checked),
        Format::Json => {
            let mut s = report::json::assemble(checked.iter().map(|r| r.text.as_str()));
            s.push('\n');
            s
        }
    };
    if let Err(e) = output::write(args.output.as_deref(), &text) {
        eprintln!("error: cannot write the report: {e}");
        return EXIT_TROUBLE;
    }
    if trouble {
        return EXIT_TROUBLE;
    }
    let failing = checked.iter().any(|r| r.counts[config.fail_at as usize..].iter().any(|&n| n > 0));
    if failing && !args.exit_zero {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    }
}

fn color(choice: Color, to_file: bool) -> bool {
    match choice {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => !to_file && std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    }
}

fn human(checked: &[&Rendered]) -> String {
    let mut out = String::new();
    let mut counts = [0usize; 3];
    for c in checked {
        out.push_str(&c.text);
        for (total, n) in counts.iter_mut().zip(c.counts) {
            *total += n;
        }
    }
    let [infos, warnings, errors] = counts;
    let files = checked.len();
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    if errors + warnings + infos == 0 {
        out.push_str(&format!("No problems found in {}.\n", plural(files, "file")));
    } else {
        out.push_str(&format!(
            "Found {}, {} and {} in {}.\n",
            plural(errors, "error"),
            plural(warnings, "warning"),
            plural(infos, "note"),
            plural(files, "file")
        ));
    }
    out
}

pub fn quotes(paths: &[String]) -> u8 {
    let config = Config::default();
    let (outcomes, trouble) = check_all(paths, None, &config, |c| (c.source.path.clone(), report::quotes::render(&c)));
    let mut out = String::new();
    let many = outcomes.len() > 1;
    for o in &outcomes {
        if let Outcome::Checked((path, table)) = o {
            if many {
                out.push_str(&format!("{path}\n"));
            }
            out.push_str(table);
            if many {
                out.push('\n');
            }
        }
    }
    if output::write(None, &out).is_err() || trouble {
        return EXIT_TROUBLE;
    }
    EXIT_CLEAN
}

pub fn debug(path: &str) -> u8 {
    let config = Config::default();
    let (outcomes, _) = check_all(&[path.to_string()], None, &config, |c| report::debug::render(&c));
    for o in &outcomes {
        if let Outcome::Checked(text) = o {
            print!("{text}");
        }
    }
    EXIT_CLEAN
}
