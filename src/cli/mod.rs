//! Command-line parsing and the subcommands. Exit codes: 0 when nothing at
//! or above the failing severity was found, 1 when something was, 2 for
//! usage and I/O errors (the other files are still checked).

mod check;
mod output;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "whosaid", version, about = "Checks who said what in news copy.", long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check drafts: files, directories of .txt/.md drafts, or - for stdin.
    Check(check::CheckArgs),
    /// List every quote of a draft with its speaker, cue and status.
    Quotes {
        /// Drafts to list (files, directories, or - for stdin).
        #[arg(required = true)]
        paths: Vec<String>,
    },
    /// List every rule with its default severity and what it flags.
    Rules,
    /// Print a rule's full documentation.
    Explain {
        /// The rule's name, e.g. unattributed-quote.
        rule: String,
    },
    /// Print what the parser and the sieve found, for developing whosaid.
    #[command(hide = true)]
    Debug { path: String },
}

pub const EXIT_CLEAN: u8 = 0;
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_TROUBLE: u8 = 2;

pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_TROUBLE } else { EXIT_CLEAN };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let code = match cli.command {
        Command::Check(args) => check::run(&args),
        Command::Quotes { paths } => check::quotes(&paths),
        Command::Rules => rules(),
        Command::Explain { rule } => explain(&rule),
        Command::Debug { path } => check::debug(&path),
    };
    ExitCode::from(code)
}

fn rules() -> u8 {
    let rules = whosaid::check::rules::ALL;
    let width = rules.iter().map(|r| r.name.len()).max().unwrap_or(0);
    for rule in rules {
        println!("{:<width$}  {:<7}  {}", rule.name, rule.severity.as_str(), rule.summary());
    }
    EXIT_CLEAN
}

fn explain(name: &str) -> u8 {
    match whosaid::check::rules::find(name) {
        Some(rule) => {
            println!("# {} ({} by default)\n\n{}", rule.name, rule.severity.as_str(), rule.doc());
            EXIT_CLEAN
        }
        None => {
            let names: Vec<&str> = whosaid::check::rules::ALL.iter().map(|r| r.name).collect();
            let nearest = names.iter().max_by(|a, b| strsim::jaro_winkler(name, a).total_cmp(&strsim::jaro_winkler(name, b)));
            eprintln!("error: no rule named `{name}`{}", nearest.map(|n| format!("; did you mean `{n}`?")).unwrap_or_default());
            EXIT_TROUBLE
        }
    }
}
