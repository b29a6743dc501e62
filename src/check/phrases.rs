//! Fixed phrases from the lexicons found in the narration: the weasel and
//! "reportedly" phrases that rules look for.

use super::Context;
use crate::parse::lexicon::PhraseKind;
use crate::parse::ParagraphKind;
use crate::source::Span;

/// Every occurrence of a `kind` phrase outside quotation marks, in copy.
pub fn found(cx: &Context<'_>, kind: PhraseKind) -> Vec<Span> {
    let tokens = &cx.parsed.tokens;
    let c = cx.parsed.ctx(cx.text, cx.lexicon);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let in_copy = || cx.parsed.paragraphs[t.para as usize].kind == ParagraphKind::Copy;
        let matched = (t.is_word() && t.depth == 0 && in_copy())
            .then(|| {
                c.phrases_of(t, kind).find(|p| {
                    p.words.iter().enumerate().all(|(k, w)| tokens.get(i + k).is_some_and(|n| n.depth == 0 && c.is_word(n, w)))
                })
            })
            .flatten();
        match matched {
            Some(p) => {
                let end = i + p.words.len();
                out.push(Span::new(t.span.start, tokens[end - 1].span.end));
                i = end;
            }
            None => i += 1,
        }
    }
    out
}
