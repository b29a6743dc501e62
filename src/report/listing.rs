//! The attribution listing: a stable, line-oriented account of who said
//! what in a draft, written so that a change in attribution reads as a small
//! diff. No offsets or line numbers: editing one paragraph must not change
//! the listing of the others. Used by `whosaid snapshot` and by the
//! project's own snapshot tests.

use std::fmt::Write;

use super::json::{kind_name, quote_kind_name, status_name};
use crate::attribute::QuoteKind;
use crate::check::rules::excerpt;
use crate::Checked;

/// Characters of each quote shown in the listing.
const QUOTE_WORDS: usize = 60;

/// Marks a flagged quote's words may open or close with.
const QUOTE_MARKS: &str = "\"'“”‘’«»„";

pub fn render(checked: &Checked) -> String {
    let text = checked.source.text.as_str();
    let mut out = String::from("# who said what — whosaid attribution listing\n");
    for link in &checked.attributed.quotes {
        let q = &checked.parsed.quotes.quotes[link.quote];
        let _ = writeln!(out, "\nquote {}", excerpt(q.span.of(text), QUOTE_WORDS));
        if link.kind != QuoteKind::Speech {
            let _ = writeln!(out, "  kind     {}", quote_kind_name(link.kind));
            continue;
        }
        match &link.speaker {
            Some(s) => {
                let mention = excerpt(s.mention.of(text), 40);
                let _ = writeln!(out, "  speaker  {} ({}, “{mention}”)", s.name, kind_name(s.kind));
            }
            None => out.push_str("  speaker  —\n"),
        }
        if let Some(c) = link.clause {
            let _ = writeln!(out, "  cue      {}", excerpt(checked.parsed.clauses[c].cue.of(text), 40));
        }
        let _ = writeln!(out, "  status   {}", status_name(link.status));
        if !link.candidates.is_empty() {
            let names: Vec<&str> = link.candidates.iter().map(|&e| checked.attributed.entities.list[e].name(text)).collect();
            let _ = writeln!(out, "  could be {}", names.join(" / "));
        }
    }
    if !checked.diagnostics.is_empty() {
        out.push_str("\n# findings\n");
    }
    for d in &checked.diagnostics {
        let words = excerpt(d.span.of(text), 40);
        // Most messages quote the flagged words already (a quote without its
        // marks); say them once.
        let bare = words.trim_end_matches('…').trim_matches(|c: char| QUOTE_MARKS.contains(c));
        let at = if !bare.is_empty() && d.message.contains(&format!("“{bare}")) { String::new() } else { format!(" “{words}”") };
        let _ = writeln!(out, "{}[{}]{at}: {}", d.severity.as_str(), d.rule, d.message);
    }
    out
}
