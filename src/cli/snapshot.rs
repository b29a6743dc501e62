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
//!
//! In a folder, a snapshot whose draft is gone (deleted or renamed) is
//! named as orphaned, and exits 1 as a difference does; `--update`
//! deletes it.

use std::path::{Path, PathBuf};

use clap::Args;
use similar::TextDiff;

use super::drafts::{check_all, ConfigArgs};
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
    if let Some(message) = args.paths.iter().find_map(|p| named_snapshot(p)) {
        eprintln!("error: {message}");
        return EXIT_TROUBLE;
    }
    let run = match check_all(&args.paths, None, &args.config, |_, c, _| (c.source.path.clone(), listing::render(&c)), |_| ()) {
        Ok(run) => run,
        Err(code) => return code,
    };
    let mut tally = Tally { trouble: run.trouble, ..Tally::default() };
    for (draft, new) in run.checked() {
        tally.record(args, draft, new);
    }
    for snap in args.paths.iter().filter(|p| Path::new(p).is_dir()).flat_map(|dir| orphans(Path::new(dir))) {
        tally.orphan(args, &snap);
    }
    let out = tally.out.clone() + &tally.summary();
    if output::write(None, &out).is_err() || tally.trouble {
        return EXIT_TROUBLE;
    }
    if tally.differ + tally.missing + tally.orphaned > 0 {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    }
}

/// Why a path named on the command line is a snapshot rather than a draft
/// (a snapshot of it would be `<draft>.whosaid.whosaid`), or `None`.
fn named_snapshot(path: &str) -> Option<String> {
    let draft = path.strip_suffix(&format!(".{EXTENSION}"))?;
    Path::new(path).is_file().then(|| format!("{path} is a snapshot, not a draft: name its draft, {draft}"))
}

/// The snapshots in `dir` and below (hidden and ignored files left out, as
/// the drafts' walk leaves them) whose draft is not beside them.
fn orphans(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = ignore::WalkBuilder::new(dir)
        .hidden(true)
        .require_git(false)
        .build()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_some_and(|t| t.is_file()) && e.path().extension().is_some_and(|x| x == EXTENSION))
        .map(ignore::DirEntry::into_path)
        .filter(|snap| !snap.with_extension("").exists())
        .map(|p| p.strip_prefix("./").map(Path::to_path_buf).unwrap_or(p))
        .collect();
    found.sort();
    found
}

/// What became of each draft's snapshot, and the report line for each
/// that was written, missing or different.
#[derive(Default)]
struct Tally {
    out: String,
    trouble: bool,
    written: usize,
    differ: usize,
    missing: usize,
    same: usize,
    orphaned: usize,
}

impl Tally {
    fn record(&mut self, args: &SnapshotArgs, draft: &str, new: &str) {
        let snap = PathBuf::from(format!("{draft}.{EXTENSION}"));
        let shown = snap.display().to_string();
        match compare(args, &snap, new) {
            Err(message) => {
                eprintln!("error: {message}");
                self.trouble = true;
            }
            Ok(Compared::Same) => self.same += 1,
            Ok(Compared::Written { updated }) => {
                self.written += 1;
                self.out.push_str(&format!("{} {shown}\n", if updated { "updated" } else { "wrote" }));
            }
            Ok(Compared::Missing) => {
                self.missing += 1;
                self.out.push_str(&format!("missing {shown}: {draft} has no snapshot; run `whosaid snapshot` to write one\n"));
            }
            Ok(Compared::Differs(old)) => {
                self.differ += 1;
                self.out.push_str(&difference(args, &shown, &old, new));
            }
        }
    }

    /// A snapshot whose draft is gone: named, or deleted with `--update`.
    fn orphan(&mut self, args: &SnapshotArgs, snap: &Path) {
        let shown = snap.display();
        if !args.update {
            self.orphaned += 1;
            let draft = snap.with_extension("");
            self.out.push_str(&format!("orphaned {shown}: {} is gone; delete the snapshot, or run `whosaid snapshot --update`\n", draft.display()));
            return;
        }
        match std::fs::remove_file(snap) {
            Ok(()) => self.out.push_str(&format!("deleted {shown}: its draft is gone\n")),
            Err(e) => {
                eprintln!("error: cannot delete {shown}: {}", whosaid::source::io_message(&e));
                self.trouble = true;
            }
        }
    }

    fn summary(&self) -> String {
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let verb_s = if self.differ == 1 { "s" } else { "" };
        let orphaned = if self.orphaned > 0 { format!(", {} orphaned", self.orphaned) } else { String::new() };
        format!(
            "{} snapshot{} up to date, {} written, {} differ{verb_s}, {} missing{orphaned}.\n",
            self.same,
            plural(self.same),
            self.written,
            self.differ,
            self.missing
        )
    }
}

/// What became of one draft's snapshot.
enum Compared {
    Same,
    Written {
        updated: bool,
    },
    Missing,
    /// The committed snapshot, which the draft's listing no longer matches.
    Differs(String),
}

/// Compares a draft's listing `new` with its snapshot, writing the snapshot
/// where the arguments say to. The error is a message naming the file.
fn compare(args: &SnapshotArgs, snap: &Path, new: &str) -> Result<Compared, String> {
    let shown = snap.display();
    let old = match std::fs::read_to_string(snap) {
        Ok(text) => Some(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(format!("{shown}: {}", whosaid::source::io_message(&e))),
    };
    if old.as_deref() == Some(new) {
        return Ok(Compared::Same);
    }
    if args.update || (old.is_none() && !args.check) {
        output::write(Some(snap), new).map_err(|e| format!("cannot write {shown}: {e}"))?;
        return Ok(Compared::Written { updated: old.is_some() });
    }
    Ok(old.map_or(Compared::Missing, Compared::Differs))
}

/// A snapshot that differs: the diff with `--check`, else a line saying so.
fn difference(args: &SnapshotArgs, shown: &str, old: &str, new: &str) -> String {
    if !args.check {
        return format!("differs {shown}: see `whosaid snapshot --check`, accept with `whosaid snapshot --update`\n");
    }
    let diff = TextDiff::from_lines(old, new);
    let committed = format!("{shown} (committed)");
    let current = format!("{shown} (from the draft)");
    diff.unified_diff().context_radius(3).header(&committed, &current).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snapshot_whose_draft_is_gone_is_an_orphan() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["kept.md", "kept.md.whosaid", "desk/gone.txt.whosaid", ".hidden/gone.md.whosaid", "notes.txt"] {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "x").unwrap();
        }
        assert_eq!(orphans(dir.path()), [dir.path().join("desk/gone.txt.whosaid")]);
    }

    #[test]
    fn a_snapshot_named_as_a_draft_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let snap = dir.path().join("ferry.md.whosaid");
        std::fs::write(&snap, "# who said what\n").unwrap();
        let shown = snap.to_string_lossy().to_string();
        let message = named_snapshot(&shown).expect("a snapshot");
        assert!(message.ends_with(&format!("is a snapshot, not a draft: name its draft, {}", dir.path().join("ferry.md").display())), "{message}");
        assert_eq!(named_snapshot(&dir.path().join("ferry.md").to_string_lossy()), None);
        assert_eq!(named_snapshot("missing.whosaid"), None, "not a file: the walk says what is wrong");
    }
}
