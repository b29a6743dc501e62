//! Command-line parsing and the subcommands. Exit codes: 0 when nothing at
//! or above the failing severity was found, 1 when something was, 2 for
//! usage and I/O errors (the other files are still checked).

mod check;
mod drafts;
mod output;
mod quotes;
mod snapshot;

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
        /// Drafts to list (files, directories, globs, or - for stdin).
        #[arg(required_unless_present = "stdin_filename")]
        paths: Vec<String>,
        #[command(flatten)]
        stdin: drafts::StdinArgs,
        #[command(flatten)]
        config: drafts::ConfigArgs,
    },
    /// Keep each draft's attribution listing beside it as <draft>.whosaid, for review.
    Snapshot(snapshot::SnapshotArgs),
    /// List every rule with its default severity and what it flags.
    Rules {
        /// `text` for people, `markdown` for the README's table.
        #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
        format: RulesFormat,
    },
    /// Print a rule's full documentation.
    Explain {
        /// The rule's name, e.g. unattributed-quote.
        rule: String,
    },
    /// Print what the parser and the sieve found, for developing whosaid.
    #[command(hide = true)]
    Debug { path: String },
}

/// What `explain` says of a name that is no rule: the rule it is near to,
/// or else where every rule is listed.
fn unknown_rule(name: &str) -> String {
    match whosaid::config::file::nearest_rule(name) {
        Some(near) => format!("error: no rule named `{name}`; did you mean `{near}`?"),
        None => format!("error: no rule named `{name}`; `whosaid rules` lists every rule"),
    }
}

#[derive(Clone, Copy, Debug, clap::ValueEnum, PartialEq, Eq)]
enum RulesFormat {
    Text,
    Markdown,
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
        Command::Quotes { paths, stdin, config } => quotes::run(&paths, &stdin, &config),
        Command::Snapshot(args) => snapshot::run(&args),
        Command::Rules { format } => rules(format),
        Command::Explain { rule } => explain(&rule),
        Command::Debug { path } => quotes::debug(&path),
    };
    ExitCode::from(code)
}

fn rules(format: RulesFormat) -> u8 {
    let rules = whosaid::check::rules::ALL;
    match format {
        RulesFormat::Text => {
            let width = rules.iter().map(|r| r.name.len()).max().unwrap_or(0);
            for rule in rules {
                println!("{:<width$}  {:<7}  {}", rule.name, rule.severity.as_str(), rule.summary());
            }
        }
        RulesFormat::Markdown => {
            println!("| rule | default | what it flags |\n|---|---|---|");
            for rule in rules {
                println!("| `{}` | {} | {} |", rule.name, rule.severity.as_str(), rule.summary().replace('|', "\\|"));
            }
        }
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
            eprintln!("{}", unknown_rule(name));
            EXIT_TROUBLE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_rule_is_answered_with_the_near_one_or_the_list() {
        assert_eq!(unknown_rule("anonymous-sources"), "error: no rule named `anonymous-sources`; did you mean `anonymous-source`?");
        assert_eq!(unknown_rule("spelling"), "error: no rule named `spelling`; `whosaid rules` lists every rule");
    }
}
