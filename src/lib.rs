//! whosaid: checks who said what in news copy.
//!
//! The pipeline runs one way: [`source`] → [`parse`] → [`attribute`] →
//! [`check`] → [`report`].

pub mod parse;
pub mod source;
