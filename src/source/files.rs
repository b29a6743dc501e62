//! Which files a run checks: paths given on the command line, directories
//! walked for drafts (respecting `.gitignore`), globs the shell left
//! unexpanded, and standard input.

use std::path::{Component, Path, PathBuf};

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
            Ok(meta) if meta.is_dir() => walk(path, &excluded, None, &mut inputs, &mut errors),
            Ok(_) => inputs.push(Input::File(path.to_path_buf())),
            Err(_) if is_glob(arg) => glob(arg, &excluded, &mut inputs, &mut errors),
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

/// Whether an argument is a glob for whosaid to expand (the shell did not:
/// it was quoted, or matched nothing).
fn is_glob(arg: &str) -> bool {
    arg.contains(['*', '?', '[', '{'])
}

/// Expands a glob such as `news/**/*.md`: walks the folder before its first
/// wildcard (respecting `.gitignore`) and keeps the files that match. `*`
/// stays within one folder; `**` crosses folders.
fn glob(pattern: &str, excluded: &Option<ignore::overrides::Override>, inputs: &mut Vec<Input>, errors: &mut Vec<InputError>) {
    let fail = |message: String| InputError { path: pattern.to_string(), message, note: false };
    let matcher = match globset::GlobBuilder::new(pattern.strip_prefix("./").unwrap_or(pattern)).literal_separator(true).build() {
        Ok(g) => g.compile_matcher(),
        Err(e) => return errors.push(fail(format!("not a valid glob: {}", e.kind()))),
    };
    let literal: Vec<&str> = pattern.split('/').take_while(|part| !is_glob(part)).collect();
    let base = if literal.is_empty() { ".".to_string() } else { literal.join("/") };
    let base = if base.is_empty() { "/".to_string() } else { base };
    if let Err(e) = std::fs::metadata(&base) {
        return errors.push(fail(format!("no drafts match this pattern ({base}: {})", io_message(&e))));
    }
    let before = inputs.len();
    let filter = move |p: &Path| matcher.is_match(p.strip_prefix("./").unwrap_or(p));
    walk(Path::new(&base), excluded, Some(&filter), inputs, errors);
    if inputs.len() == before {
        errors.push(fail("no drafts match this pattern".into()));
    }
}

fn walk(
    dir: &Path,
    excluded: &Option<ignore::overrides::Override>,
    keep: Option<&dyn Fn(&Path) -> bool>,
    inputs: &mut Vec<Input>,
    errors: &mut Vec<InputError>,
) {
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
                if is_draft && keep.is_none_or(|keep| keep(e.path())) {
                    found.push(e.into_path());
                }
            }
            Ok(_) => {}
            Err(e) => errors.push(walk_error(dir, &e)),
        }
    }
    // `whosaid check .` names `desk/a.md`, not `./desk/a.md`.
    let mut found: Vec<PathBuf> = found.into_iter().map(|p| p.strip_prefix("./").map(Path::to_path_buf).unwrap_or(p)).collect();
    sort_paths(&mut found);
    inputs.extend(found.into_iter().map(Input::File));
}

/// Sorts paths in `Path`'s own order (component by component), comparing
/// one byte key for each: comparing two `Path`s walks both paths'
/// components, and sorting 840 drafts that way was three quarters of
/// finding them (11 M instructions, before any draft is read).
fn sort_paths(paths: &mut [PathBuf]) {
    // A Windows prefix (`C:`) has an order of its own: those sort as paths.
    if paths.iter().any(|p| matches!(p.components().next(), Some(Component::Prefix(_)))) {
        paths.sort();
        return;
    }
    paths.sort_by_cached_key(|p| sort_key(p));
}

/// Each component's kind in `Component`'s order, then its bytes, then a 0
/// (which no component holds, so a name sorts before a longer one it begins).
fn sort_key(path: &Path) -> Vec<u8> {
    let mut key = Vec::with_capacity(path.as_os_str().len() + 8);
    for c in path.components() {
        let (kind, bytes): (u8, &[u8]) = match c {
            Component::Prefix(p) => (0, p.as_os_str().as_encoded_bytes()),
            Component::RootDir => (1, b""),
            Component::CurDir => (2, b""),
            Component::ParentDir => (3, b""),
            Component::Normal(name) => (4, name.as_encoded_bytes()),
        };
        key.push(kind);
        key.extend_from_slice(bytes);
        key.push(0);
    }
    key
}

fn is_loop(e: &ignore::Error) -> bool {
    match e {
        ignore::Error::Loop { .. } => true,
        ignore::Error::WithPath { err, .. } | ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => is_loop(err),
        _ => false,
    }
}

/// What the walk under `dir` met, named by the path it met it at: the
/// folder that could not be read, the link that loops (as a file that
/// cannot be read is named), in the same plain words.
fn walk_error(dir: &Path, e: &ignore::Error) -> InputError {
    let (path, inner) = at_path(e);
    let path = path.unwrap_or(dir).display().to_string();
    let message = match inner {
        ignore::Error::Loop { ancestor, .. } => format!("skipped a directory link that loops back on itself (to {})", ancestor.display()),
        other => other.io_error().map_or_else(|| other.to_string(), io_message),
    };
    InputError { path, message, note: is_loop(e) }
}

/// The path an error of the walk names, if any, and the error itself.
fn at_path(e: &ignore::Error) -> (Option<&Path>, &ignore::Error) {
    match e {
        ignore::Error::WithPath { path, err } => (Some(path.as_path()), at_path(err).1),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => at_path(err),
        ignore::Error::Loop { child, .. } => (Some(child.as_path()), e),
        other => (None, other),
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
            // A UTF-8 path (nearly every one) is its own display, copied
            // without the formatter's machinery (about 2,000 instructions
            // a file); `display` still stands in for the bytes of any other.
            Input::File(p) => p.to_str().map_or_else(|| p.display().to_string(), str::to_owned),
            Input::Stdin => stdin_name.unwrap_or("<stdin>").to_string(),
        }
    }

    pub fn read(&self, stdin_name: Option<&str>) -> Result<Source, Unreadable> {
        let shown = self.shown(stdin_name);
        match self {
            Input::File(p) => Source::read(p, shown),
            Input::Stdin => {
                let mut bytes = Vec::new();
                std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes).map_err(|e| Unreadable::Io(io_message(&e)))?;
                Source::from_bytes(shown, bytes)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_shown_as_its_path_displays() {
        let mut paths: Vec<PathBuf> = ["drafts/harbour.md", "é/quay notes.txt", ""].iter().map(PathBuf::from).collect();
        #[cfg(unix)]
        paths.push(PathBuf::from(<std::ffi::OsStr as std::os::unix::ffi::OsStrExt>::from_bytes(b"drafts/bad\xff.md")));
        for p in paths {
            assert_eq!(Input::File(p.clone()).shown(None), p.display().to_string());
        }
    }

    #[test]
    fn walk_errors_name_their_path_in_plain_words() {
        let denied = ignore::Error::WithPath {
            path: PathBuf::from("news/closed"),
            err: Box::new(ignore::Error::Io(std::io::Error::from(std::io::ErrorKind::PermissionDenied))),
        };
        let e = walk_error(Path::new("news"), &denied);
        assert_eq!((e.path.as_str(), e.message.as_str(), e.note), ("news/closed", "permission denied", false));
        let looped =
            ignore::Error::WithDepth { depth: 2, err: Box::new(ignore::Error::Loop { ancestor: PathBuf::from("news"), child: PathBuf::from("news/a/up") }) };
        let e = walk_error(Path::new("news"), &looped);
        assert_eq!((e.path.as_str(), e.message.as_str(), e.note), ("news/a/up", "skipped a directory link that loops back on itself (to news)", true));
        let mut inputs = Vec::new();
        let mut errors = Vec::new();
        glob("no-such-folder-here/**/*.md", &None, &mut inputs, &mut errors);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].message, "no drafts match this pattern (no-such-folder-here: no such file or directory)");
    }

    #[test]
    fn paths_sort_by_key_as_they_sort_as_paths() {
        let names = [
            "a/b.txt", "a.b/c.txt", "a/b/c.txt", "a", "a/", "ab/c.md", "a/b", "/x/a.md", "/x/a/b.md", "/x.md", "./a.md", "../a.md", "a/./b.md", "a/../b.md",
            "a b/c.md", "a-b/c.md", "A/b.md", "é/a.md", "e/a.md", "a/b.txt", "/", "a//b.md", "a/b.md/", "z", "a/bb", "a/b/",
        ];
        let mut by_key: Vec<PathBuf> = names.iter().map(PathBuf::from).collect();
        let mut by_path = by_key.clone();
        sort_paths(&mut by_key);
        by_path.sort();
        assert_eq!(by_key, by_path);
    }
}
