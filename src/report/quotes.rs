//! `whosaid quotes`: the editor's table of every quote — where it is, who
//! said it, through which words, and how sure whosaid is.

use std::fmt::Write;

use super::json::{quote_kind_name, status_name};
use crate::attribute::QuoteKind;
use crate::check::rules::excerpt;
use crate::Checked;

pub fn render(checked: &Checked) -> String {
    let text = checked.source.text.as_str();
    let mut rows = vec![["line".to_string(), "speaker".into(), "cue".into(), "status".into(), "quote".into()]];
    for link in &checked.attributed.quotes {
        let q = &checked.parsed.quotes.quotes[link.quote];
        let (line, _) = checked.lines.position(text, q.span.start);
        let speaker = match (&link.speaker, link.kind) {
            (Some(s), _) => {
                let mention = excerpt(s.mention.of(text), 30);
                if mention == s.name {
                    s.name.clone()
                } else {
                    format!("{} ({mention})", s.name)
                }
            }
            (None, QuoteKind::Speech) => "—".into(),
            (None, kind) => format!("({})", quote_kind_name(kind)),
        };
        let cue = link.clause.map_or("—".into(), |c| excerpt(checked.parsed.clauses[c].cue.of(text), 24));
        let status = if link.kind == QuoteKind::Speech { status_name(link.status).to_string() } else { "not speech".into() };
        rows.push([line.to_string(), speaker, cue, status, excerpt(q.span.of(text), 50)]);
    }
    table(&rows)
}

fn table(rows: &[[String; 5]]) -> String {
    let widths: Vec<usize> = (0..5).map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0)).collect();
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate() {
            if c == 4 {
                line.push_str(cell);
            } else {
                let _ = write!(line, "{cell:<w$}  ", w = widths[c]);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
