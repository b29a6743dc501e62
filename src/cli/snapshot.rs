//! `whosaid snapshot`: the attribution listing of each draft, kept beside
//! it as `<draft>.whosaid` and committed, so a change in who said what
//! shows up in review as a small diff.
//!
//! - `whosaid snapshot PATH…` writes the snapshots that are missing and
//!   names those that differ from what the draft now produces (leaving
//!   them as they are: a snapshot is a reviewed claim);
//! - `--check` writes nothing, prints a unified diff for each snapshot that
//!   differs, names drafts without one, and exits 1 if there was either;
//! - `--update` rewrites every snapshot that differs or is missing.

use std::path::PathBuf;

use clap::Args;
use similar::TextDiff;

use super::check::{check_all, ConfigArgs};
use super::{output, EXIT_CLEAN, EXIT_FINDINGS, EXIT_TROUBLE};
use whosaid::report::listing;

/// The extension added to a draft's name for its snapshot.
pub const EXTENSION: &str = "whosaid";

#[derive(Args, Debug)]
pub struct SnapshotArgs {
    /// Drafts, directories of drafts, or globs.
    #[arg(default_value = ".")]
    paths: Vec<String>,
    /// Write nothing; print a diff for every snapshot that differs and exit 1
    /// if one differs or is missing.
    #[arg(long, conflicts_with = "update")]
    check: bool,
    /// Rewrite snapshots that differ from what the drafts now produce.
    #[arg(long)]
    update: bool,
    #[command(flatten)]
    config: ConfigArgs,
}

pub fn run(args: &SnapshotArgs) -> u8 {
    if args.paths.iter().any(|p| p == "-") {
        eprintln!("error: a snapshot is written beside its draft, so standard input cannot have one");
        return EXIT_TROUBLE;
    }
    let run = match check_all(&args.paths, None, &args.config, |_, c, _| (c.source.path.clone(), listing::render(&c)), |_| ()) {
        Ok(run) => run,
        Err(code) => return code,
    };
    let mut out = String::new();
    let mut trouble = run.trouble;
    let (mut written, mut differ, mut missing, mut same) = (0, 0, 0, 0);
    for (draft, new) in run.checked() {
        let snap = PathBuf::from(format!("{draft}.{EXTENSION}"));
        let shown = snap.display().to_string();
        let old = match std::fs::read_to_string(&snap) {
            Ok(text) => Some(text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => {
                eprintln!("error: {shown}: {}", whosaid::source::io_message(&e));
                trouble = true;
                continue;
            }
        };
        if old.as_ref() == Some(new) {
            same += 1;
            continue;
        }
        let write = args.update || (old.is_none() && !args.check);
        if write {
            if let Err(e) = output::write(Some(&snap), new) {
                eprintln!("error: cannot write {shown}: {e}");
                trouble = true;
                continue;
            }
            written += 1;
            out.push_str(&format!("{} {shown}\n", if old.is_some() { "updated" } else { "wrote" }));
            continue;
        }
        match old {
            None => {
                missing += 1;
                out.push_str(&format!("missing {shown}: {draft} has no snapshot; run `whosaid snapshot` to write one\n"));
            }
            Some(old) => {
                differ += 1;
                if args.check {
                    let diff = TextDiff::from_lines(&old, new);
                    let committed = format!("{shown} (committed)");
                    let current = format!("{shown} (from the draft)");
                    out.push_str(&diff.unified_diff().context_radius(3).header(&committed, &current).to_string());
                } else {
                    out.push_str(&format!("differs {shown}: see `whosaid snapshot --check`, accept with `whosaid snapshot --update`\n"));
                }
            }
        }
    }
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    out.push_str(&format!(
        "{same} snapshot{} up to date, {written} written, {differ} differ{}, {missing} missing.\n",
        plural(same),
        if differ == 1 { "s" } else { "" }
    ));
    if output::write(None, &out).is_err() || trouble {
        return EXIT_TROUBLE;
    }
    if differ + missing > 0 {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    }
}
