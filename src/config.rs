//! Settings for a run: which rules, how severe. (Configuration files build
//! one of these.)

use crate::check::{RuleSettings, Severity};

#[derive(Debug, Clone)]
pub struct Config {
    pub rules: RuleSettings,
    /// Findings at or above this severity fail the run.
    pub fail_at: Severity,
}

impl Default for Config {
    fn default() -> Config {
        Config { rules: RuleSettings::default(), fail_at: Severity::Error }
    }
}
