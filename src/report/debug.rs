//! `whosaid debug`: what the parser and the sieve found, sentence by
//! sentence, for developing the grammar. Not a stable format.

use std::fmt::Write;

use crate::check::rules::excerpt;
use crate::Checked;

pub fn render(checked: &Checked) -> String {
    let text = checked.source.text.as_str();
    let p = &checked.parsed;
    let mut out = String::new();
    for (si, s) in p.sentences.iter().enumerate() {
        let kind = p.paragraphs[s.para as usize].kind;
        let _ = writeln!(out, "S{si} ¶{} {kind:?}: {}", s.para, excerpt(s.span.of(text), 160));
        for (ci, c) in p.clauses.iter().enumerate().filter(|(_, c)| c.sentence as usize == si) {
            let link = &checked.attributed.clauses[ci];
            let speaker = link.effective().map(|s| format!("{} <{}>", s.name, s.mention.of(text))).unwrap_or_else(|| "-".into());
            let content = c.content.map(|s| excerpt(s.of(text), 60)).unwrap_or_default();
            let _ = writeln!(
                out,
                "    C{ci} {:?} cue=[{}] speaker={speaker} content{}=[{content}]",
                c.shape,
                c.cue.of(text),
                if c.content_before { "<" } else { ">" }
            );
        }
        for link in checked.attributed.quotes.iter().filter(|l| p.sentence_at(p.quotes.quotes[l.quote].span.start) == Some(si)) {
            let q = &p.quotes.quotes[link.quote];
            let speaker = link.speaker.as_ref().map(|s| format!("{} <{}>", s.name, s.mention.of(text))).unwrap_or_else(|| "-".into());
            let _ = writeln!(
                out,
                "    Q{} {:?} {:?} {} {:.2} {speaker}: {}",
                link.quote,
                link.kind,
                link.status,
                link.pass,
                link.confidence,
                excerpt(q.span.of(text), 60)
            );
        }
    }
    out
}
