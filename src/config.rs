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
    let joined = if path.is_absolute() { path.to_path_buf() } else { std::env::current_dir().unwrap_or_default().join(path) };
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

/// `path` as shown to the user: relative to the current folder when it lies
/// inside it.
pub fn shown(path: &Path) -> PathBuf {
    let cwd = absolute(Path::new("."));
    match absolute(path).strip_prefix(&cwd) {
        Ok(rel) if path.is_absolute() => rel.to_path_buf(),
        _ => path.to_path_buf(),
    }
}
