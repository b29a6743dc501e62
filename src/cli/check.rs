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

/// One input's outcome.
enum Outcome {
    Checked(Box<Checked>),
    Skipped { path: String, why: Unreadable },
}

fn check_all(paths: &[String], stdin_name: Option<&str>, config: &Config) -> (Vec<Outcome>, bool) {
    let (inputs, errors) = collect(paths, &[]);
    let mut trouble = false;
    for e in &errors {
        eprintln!("error: {}: {}", e.path, e.message);
        trouble = true;
    }
    let outcomes: Vec<Outcome> = inputs
        .par_iter()
        .map(|input| match input.read(stdin_name) {
            Ok(source) => Outcome::Checked(Box::new(whosaid::check_source(source, config))),
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

pub fn run(args: &CheckArgs) -> u8 {
    let config = Config::default();
    let (outcomes, trouble) = check_all(&args.paths, args.stdin_filename.as_deref(), &config);
    let checked: Vec<&Checked> = outcomes
        .iter()
        .filter_map(|o| match o {
            Outcome::Checked(c) => Some(c.as_ref()),
            Outcome::Skipped { .. } => None,
        })
        .collect();
    let text = match args.format {
        Format::Human => human(&checked, color(args.color, args.output.is_some())),
        Format::Json => {
            let mut s = serde_json::to_string(&report::json::report(checked.iter().copied())).expect("the report serialises");
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
    let failing = checked.iter().any(|c| c.diagnostics.iter().any(|d| d.severity >= config.fail_at));
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

fn human(checked: &[&Checked], color: bool) -> String {
    let style = report::human::Style { color };
    let mut out = String::new();
    let mut counts = [0usize; 3];
    for c in checked {
        out.push_str(&report::human::render(c, style));
        for d in &c.diagnostics {
            counts[d.severity as usize] += 1;
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
    let (outcomes, trouble) = check_all(paths, None, &config);
    let mut out = String::new();
    let many = outcomes.len() > 1;
    for o in &outcomes {
        if let Outcome::Checked(c) = o {
            if many {
                out.push_str(&format!("{}\n", c.source.path));
            }
            out.push_str(&report::quotes::render(c));
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
    let (outcomes, _) = check_all(&[path.to_string()], None, &config);
    for o in &outcomes {
        if let Outcome::Checked(c) = o {
            print!("{}", report::debug::render(c));
        }
    }
    EXIT_CLEAN
}
