//! Fixed phrases from the lexicons found in the narration: the weasel and
//! "reportedly" phrases that rules look for.

use super::Context;
use crate::parse::lexicon::PhraseKind;
use crate::parse::ParagraphKind;
use crate::source::Span;

/// What [`found`] found for each kind asked so far in one draft.
#[derive(Debug, Default)]
pub struct Found(std::cell::RefCell<Vec<(PhraseKind, Vec<Span>)>>);

/// Every occurrence of a `kind` phrase outside quotation marks, in copy.
/// (Looked for once a draft: the claim rules ask for the same kinds.)
pub fn found(cx: &Context<'_>, kind: PhraseKind) -> Vec<Span> {
    if let Some((_, spans)) = cx.found.0.borrow().iter().find(|(k, _)| *k == kind) {
        return spans.clone();
    }
    let spans = scan(cx, kind);
    cx.found.0.borrow_mut().push((kind, spans.clone()));
    spans
}

fn scan(cx: &Context<'_>, kind: PhraseKind) -> Vec<Span> {
    let tokens = &cx.parsed.tokens;
    let c = cx.parsed.ctx(cx.text, cx.lexicon);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let in_copy = || cx.parsed.paragraphs[t.para as usize].kind == ParagraphKind::Copy;
        let may_start = t.info.phrase_kinds & kind.bit() != 0;
        let matched = (t.is_word() && may_start && t.depth == 0 && in_copy())
            .then(|| {
                c.phrases_of(t, kind).find(|p| {
                    p.words.iter().enumerate().all(|(k, w)| tokens.get(i + k).is_some_and(|n| n.depth == 0 && c.is_word(n, w)))
                })
            })
            .flatten();
        match matched {
            Some(p) => {
                let end = i + p.words.len();
                out.push(Span::new(t.span().start, tokens[end - 1].span().end));
                i = end;
            }
            None => i += 1,
        }
    }
    out
}
