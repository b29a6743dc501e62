//! The last stage: checked drafts become reports for people and machines.

pub mod json;
