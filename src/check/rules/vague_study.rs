//! ## What it flags
//! Research or polling cited without being named: `studies show`,
//! `research has shown`, `a recent study`, `polls show`.
//!
//! The phrases are listed in `grammar/vague-studies.txt`. A study counts as
//! named when a name stands next to it (`Gallup polls show`, `a recent
//! study by Harbour University`), when the next sentence of the paragraph
//! says who did it (`The study, by …`), or when a reporting clause of the
//! sentence names an organisation or a person as the source. A study cited
//! in someone's reported words (`Okafor said studies show …`) is theirs to
//! name, and is left alone.
//!
//! ## Why it matters
//! "Studies show" borrows the authority of research while hiding it from
//! the reader: which study, by whom, how large, published where? A claim
//! resting on an unnamed study cannot be checked, and often the study says
//! less than the sentence does.
//!
//! ## Example
//! ```text
//! Studies show that ferry passengers are safer than drivers.
//! ```
//! Name it: `Ferry passengers are safer than drivers, according to a 2021 study by the Norrvik Transport Institute.`

use crate::check::claims::{narration, Reach, Sourcing};
use crate::check::phrases;
use crate::check::{Context, Finding, Rule, Severity};
use crate::parse::lexicon::{class, PhraseKind};
use crate::parse::{MentionKind, Token, TokenKind};
use crate::source::Span;

pub const RULE: Rule = Rule { name: "vague-study", severity: Severity::Warning, run };

fn run(cx: &Context<'_>) -> Vec<Finding> {
    let sourcing = Sourcing::new(cx);
    phrases::found(cx, PhraseKind::VagueStudy)
        .into_iter()
        .filter(|&span| !named(cx, span) && !sourcing.clause_sourced(span, Reach::Sentence, Some(span)))
        .map(|span| {
            let words = span.of(cx.text);
            Finding::new(span, format!("“{words}” cites research without naming it"))
                .help("name the study or poll: who carried it out, when, and where it was published")
        })
        .collect()
}

/// Words after which a name says whose the study is: `by`, `from`, `at`.
const NAMING: &[&str] = &["by", "from", "at", "published", "conducted", "commissioned", "released"];

fn named(cx: &Context<'_>, span: Span) -> bool {
    let parsed = cx.parsed;
    let Some(s) = parsed.sentence_at(span.start) else { return true };
    let sentence = parsed.sentences[s];
    let tokens = &parsed.tokens;
    let first = parsed.token_at(span.start);
    let end = parsed.token_at(span.end);
    // `Gallup polls show`, `Pew's research shows`.
    if first > sentence.first as usize {
        let prev = &tokens[first - 1];
        if (prev.is_word() && prev.cap()) || prev.kind == TokenKind::Possessive {
            return true;
        }
    }
    // `a recent study by Harbour University`.
    if names_after(cx, end, (end + 8).min(sentence.end as usize)) {
        return true;
    }
    // `A recent study found … . The study, by researchers at …`
    let next = parsed.sentences.get(s + 1).filter(|n| n.para == sentence.para);
    if let Some(next) = next {
        let words = next.tokens(tokens);
        let about_it = words.iter().take(4).any(|t| t.depth == 0 && t.is(class::DATA_SOURCE));
        if about_it && names_after(cx, next.first as usize, next.end as usize) {
            return true;
        }
    }
    // `…, according to the Norrvik Transport Institute.`
    parsed.clauses_in(s, s).any(|i| {
        let (clause, link) = (&parsed.clauses[i], &cx.attributed.clauses[i]);
        clause.source.is_some_and(|m| !m.span.overlaps(span))
            && link.speaker.as_ref().is_some_and(|sp| matches!(sp.kind, MentionKind::Person | MentionKind::Organisation))
    })
}

/// A naming word (`by`, `from`) followed within three words by a name, in
/// tokens `from..to`.
fn names_after(cx: &Context<'_>, from: usize, to: usize) -> bool {
    let tokens = &cx.parsed.tokens;
    let is_naming = |t: &Token| t.is_word() && narration(cx, t) && NAMING.iter().any(|w| t.span().of(cx.text).eq_ignore_ascii_case(w));
    (from..to).any(|k| is_naming(&tokens[k]) && tokens[k + 1..to.min(k + 4)].iter().any(|n| n.is_word() && n.cap()))
}

#[cfg(test)]
mod tests {
    use super::super::testing::words;

    #[test]
    fn flags_unnamed_research() {
        let text = "Studies show that ferry passengers are safer than drivers.\n\n\
                    A recent study found that tolls cut traffic.\n\n\
                    Research has shown the harbour is sinking.";
        assert_eq!(words("vague-study", text), ["Studies show", "A recent study", "Research has shown"]);
    }

    #[test]
    fn passes_named_research_and_quotes() {
        let text = "A recent study by the Norrvik Transport Institute found that tolls cut traffic.\n\n\
                    Gallup polls show the mayor ahead.\n\n\
                    A new survey found most residents back the plan. The survey, conducted by Harbour University, asked 900 people.\n\n\
                    \"Studies show we are right,\" Rosa Lind said.";
        assert!(words("vague-study", text).is_empty(), "{:?}", words("vague-study", text));
    }
}
