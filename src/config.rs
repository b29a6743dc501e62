//! Settings for a run: which rules, how severe, and the newsroom's own
//! words. Configuration files build one of these: [`file`] reads them,
//! [`resolve`] finds the one for each draft.

pub mod file;
pub mod resolve;

use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use crate::check::{RuleSettings, Severity};
use crate::parse::lexicon::{shared_lexicon, Extras, Lexicon};

#[derive(Clone)]
pub struct Config {
    pub rules: RuleSettings,
    /// Findings at or above this severity fail the run.
    pub fail_at: Severity,
    /// The lexicons, built-in words plus the configuration's own.
    pub lexicon: Arc<Lexicon>,
    /// Speaker aliases: a name as written, and the name to report.
    pub aliases: Vec<(String, String)>,
}

impl Default for Config {
    fn default() -> Config {
        Config { rules: RuleSettings::default(), fail_at: Severity::Error, lexicon: shared_lexicon(), aliases: Vec::new() }
    }
}

impl Config {
    /// Adds the newsroom's words to the built-in lexicons.
    pub fn with_extras(mut self, extras: &Extras) -> Config {
        self.lexicon = Arc::new(Lexicon::with_extras(extras));
        self
    }
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config").field("rules", &self.rules).field("fail_at", &self.fail_at).field("aliases", &self.aliases).finish()
    }
}

/// `path` made absolute against the current folder, with `.` and `..`
/// resolved by name (symbolic links are left alone).
pub fn absolute(path: &Path) -> PathBuf {
    if is_plain_absolute(path) {
        return path.to_path_buf();
    }
    rebuilt(path)
}

/// [`absolute`], part by part.
fn rebuilt(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() { path.to_path_buf() } else { current_dir().join(path) };
    let mut out = PathBuf::new();
    for part in joined.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// The folder the run started in, asked of the system once: whosaid never
/// changes folder, and a run over relative paths asked twice a draft.
fn current_dir() -> &'static Path {
    static CWD: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    CWD.get_or_init(|| std::env::current_dir().unwrap_or_default())
}

/// An absolute path that [`absolute`] would give back unchanged: no `.`
/// or `..` part, no doubled or trailing `/`. Most drafts' paths are such
/// (the resolver asks twice for each draft, before the parallel part of a
/// run), and rebuilding one part by part cost about 2,800 instructions.
fn is_plain_absolute(path: &Path) -> bool {
    let bytes = path.as_os_str().as_encoded_bytes();
    if !path.is_absolute() || bytes.first() != Some(&b'/') || bytes.len() < 2 {
        return false;
    }
    // Each part, after the leading `/`: none empty, none `.` or `..`.
    bytes[1..].split(|&b| b == b'/').all(|part| !part.is_empty() && part != b"." && part != b"..")
}

/// `path` as shown to the user: relative to the current folder when it lies
/// inside it.
pub fn shown(path: &Path) -> PathBuf {
    let cwd = absolute(Path::new("."));
    match absolute(path).strip_prefix(&cwd) {
        Ok(rel) if path.is_absolute() => rel.to_path_buf(),
        _ => path.to_path_buf(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_absolute_path_is_its_own_absolute_form() {
        let paths = ["/", "/a", "/a/b.txt", "/a//b", "/a/./b", "/a/../b", "/a/b/", "/a/.", "/a/..", "/.hidden/x", "/a/b..c/...", "a/b", "./a", "", "//a"];
        for p in paths.map(Path::new) {
            if is_plain_absolute(p) {
                assert_eq!(rebuilt(p), p, "{p:?}");
            }
            assert_eq!(absolute(p), rebuilt(p), "{p:?}");
        }
        assert!(is_plain_absolute(Path::new("/work/shared/train/text/a.txt")));
    }
}
