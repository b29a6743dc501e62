//! The last stage: checked drafts become reports for people and machines.

pub mod debug;
pub mod github;
pub mod human;
pub mod json;
pub mod jsonl;
pub mod listing;
pub mod quotes;
pub mod sarif;
