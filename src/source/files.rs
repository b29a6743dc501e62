//! Which files a run checks: paths given on the command line, directories
//! walked for drafts (respecting `.gitignore`), and standard input.

use std::path::{Path, PathBuf};

use super::{Source, Unreadable};

/// Extensions of drafts found when walking a directory.
pub const DRAFT_EXTENSIONS: &[&str] = &["txt", "md", "markdown"];

/// One input to check.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Input {
    File(PathBuf),
    Stdin,
}

/// A path that could not be turned into inputs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub path: String,
    pub message: String,
    /// Worth telling, but nothing was missed: a directory link that loops
    /// back on itself (everything under it was walked once already).
    pub note: bool,
}

/// Expands the command-line paths into inputs, in a stable order: each
/// argument's files sorted by path, arguments in the order given.
pub fn collect(paths: &[String], exclude: &[String]) -> (Vec<Input>, Vec<InputError>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    let excluded = build_excludes(exclude);
    for arg in paths {
        if arg == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        let path = Path::new(arg);
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, &excluded, &mut inputs, &mut errors),
            Ok(_) => inputs.push(Input::File(path.to_path_buf())),
            Err(e) => errors.push(InputError { path: arg.clone(), message: io_message(&e), note: false }),
        }
    }
    (inputs, errors)
}

fn build_excludes(patterns: &[String]) -> Option<ignore::overrides::Override> {
    if patterns.is_empty() {
        return None;
    }
    let mut builder = ignore::overrides::OverrideBuilder::new(".");
    for p in patterns {
        // An override glob selects; a leading `!` excludes.
        let _ = builder.add(&format!("!{p}"));
    }
    builder.build().ok()
}

fn walk(dir: &Path, excluded: &Option<ignore::overrides::Override>, inputs: &mut Vec<Input>, errors: &mut Vec<InputError>) {
    let mut builder = ignore::WalkBuilder::new(dir);
    builder.hidden(true).follow_links(true).require_git(false);
    if let Some(o) = excluded {
        builder.overrides(o.clone());
    }
    let mut found = Vec::new();
    for entry in builder.build() {
        match entry {
            Ok(e) if e.file_type().is_some_and(|t| t.is_file()) => {
                let is_draft = e.path().extension().and_then(|x| x.to_str()).is_some_and(|x| DRAFT_EXTENSIONS.contains(&x));
                if is_draft {
                    found.push(e.into_path());
                }
            }
            Ok(_) => {}
            Err(e) => errors.push(InputError { path: dir.display().to_string(), message: walk_message(&e), note: is_loop(&e) }),
        }
    }
    found.sort();
    inputs.extend(found.into_iter().map(Input::File));
}

fn is_loop(e: &ignore::Error) -> bool {
    match e {
        ignore::Error::Loop { .. } => true,
        ignore::Error::WithPath { err, .. } | ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => is_loop(err),
        _ => false,
    }
}

fn walk_message(e: &ignore::Error) -> String {
    let text = e.to_string();
    if text.contains("File system loop") {
        format!("skipped a directory link that loops back on itself ({text})")
    } else {
        text
    }
}

/// A short, plain description of an I/O error.
pub fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

impl Input {
    /// The name shown for this input.
    pub fn shown(&self, stdin_name: Option<&str>) -> String {
        match self {
            Input::File(p) => p.display().to_string(),
            Input::Stdin => stdin_name.unwrap_or("<stdin>").to_string(),
        }
    }

    pub fn read(&self, stdin_name: Option<&str>) -> Result<Source, Unreadable> {
        let shown = self.shown(stdin_name);
        match self {
            Input::File(p) => {
                let bytes = std::fs::read(p).map_err(|e| Unreadable::Io(io_message(&e)))?;
                Source::from_bytes(shown, bytes)
            }
            Input::Stdin => {
                let mut bytes = Vec::new();
                std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes).map_err(|e| Unreadable::Io(io_message(&e)))?;
                Source::from_bytes(shown, bytes)
            }
        }
    }
}
