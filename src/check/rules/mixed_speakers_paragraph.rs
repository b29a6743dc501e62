//! ## What it flags
//! Quotes of two different speakers in one paragraph.
//!
//! Only quotes whose speaker is known count, and two mentions of one
//! person (`Ana Ruiz`, `Ruiz`, `she`) are one speaker. A phrase quoted
//! inside the writer's own sentence (`called the plan "a disgrace"`) is not
//! a second voice: only quotes of three words or more that start with a
//! capital count. Only speakers known by a name count (`the candidate` or
//! `the memo` is most often someone of the paragraph named otherwise), and
//! a pronoun (`he added`) carries on the voice already speaking.
//!
//! ## Why it matters
//! News style gives each speaker a paragraph of their own. Where a second
//! voice is quoted in the same paragraph, readers easily credit its words
//! to the first, and the paragraph starts arguing with itself.
//!
//! ## Example
//! ```text
//! "The ferry is safe," said Ana Ruiz. "It is a disgrace," said Tom Reyes.
//! ```
//! Give Reyes a new paragraph: `"The ferry is safe," said Ana Ruiz.` ¶ `"It is a disgrace," said Tom Reyes.`

use crate::attribute::{QuoteKind, Speaker, Status};
use crate::check::{Context, Finding, Rule, Severity};
use crate::parse::lexicon::class;
use crate::parse::{MentionKind, Quote};

pub const RULE: Rule = Rule { name: "mixed-speakers-paragraph", severity: Severity::Info, run };

fn run(cx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    // The paragraph read, and the speakers seen in it: key and name (the
    // speaker's own, not a copy). One list for the draft, emptied at each
    // new paragraph.
    let mut current: Option<u32> = None;
    let mut seen: Vec<(Who, &str)> = Vec::new();
    for link in &cx.attributed.quotes {
        let quote = &cx.parsed.quotes.quotes[link.quote];
        if link.kind != QuoteKind::Speech || link.status != Status::Attributed || quote.depth > 0 || !whole_sentence(cx, quote) {
            continue;
        }
        let Some(speaker) = link.speaker.as_ref() else { continue };
        let Some(who) = who(speaker) else { continue };
        if !named(speaker) {
            continue;
        }
        let open = cx.parsed.token_at(quote.span.start);
        let Some(para) = cx.parsed.tokens.get(open).map(|t| t.para) else { continue };
        if !crate::check::in_copy(cx, para) {
            continue;
        }
        if current != Some(para) {
            current = Some(para);
            seen.clear();
        }
        if seen.iter().any(|(w, _)| *w == who) {
            continue;
        }
        if let Some((_, first)) = seen.first().filter(|_| !continues(cx, speaker)) {
            out.push(
                Finding::new(speaker.mention, format!("quotes from {first} and {} in one paragraph", speaker.name))
                    .help(format!("start a new paragraph where {} begins to speak", speaker.name)),
            );
        }
        seen.push((who, &speaker.name));
    }
    out
}

/// A quote that starts a sentence of the speaker's own (`"We are ready,"`),
/// not a phrase worked into the writer's sentence (`called it "a disgrace"`):
/// phrases are often the subject of the paragraph, not a second voice in it.
fn whole_sentence(cx: &Context<'_>, quote: &Quote) -> bool {
    quote.opens_capitalised(cx.text) && has_words(quote.inner.of(cx.text), 3)
}

/// Whether `text` has at least `n` words. Stops at the `n`th: counting
/// every word of every quote, however long, was most of this rule's time.
fn has_words(text: &str, n: usize) -> bool {
    n == 0 || text.split_whitespace().nth(n - 1).is_some()
}

/// Who a speaker is: their entity, or for a name the draft mentions once,
/// the name itself. Pronouns nobody resolved and vague sources are nobody
/// in particular.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Who {
    Entity(usize),
    Name(String),
}

/// A speaker known by a name (`Ana Ruiz`, `the Harbour Board`), not by a
/// description (`the candidate`, `the memo`, `Senate majority leader`): a
/// description is most often a person of the paragraph named otherwise,
/// whom the resolver did not link, so it cannot tell a second voice. A
/// name starts and ends on a capital.
fn named(speaker: &Speaker) -> bool {
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    capital(&speaker.name) && speaker.name.split_whitespace().next_back().is_some_and(capital)
}

/// `he added`, `she continued`: a pronoun carries on the voice the reader
/// is following. Where it was resolved to someone else than the
/// paragraph's first speaker, the resolution is the likelier mistake.
fn continues(cx: &Context<'_>, speaker: &Speaker) -> bool {
    let t = &cx.parsed.tokens[cx.parsed.token_at(speaker.mention.start)];
    t.span() == speaker.mention && t.is(class::HE | class::SHE)
}

fn who(speaker: &Speaker) -> Option<Who> {
    match (speaker.entity, speaker.kind) {
        (Some(e), _) => Some(Who::Entity(e)),
        (None, MentionKind::Person | MentionKind::Organisation) => Some(Who::Name(speaker.name.to_lowercase())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::flagged;

    #[test]
    fn flags_a_second_speaker_in_the_paragraph() {
        let text = "The ferry sailed on Monday.\n\n\"The ferry is safe,\" said Ana Ruiz. \"It is a disgrace,\" said Tom Reyes.";
        let found = flagged("mixed-speakers-paragraph", text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "Tom Reyes");
        assert!(found[0].1.contains("Ana Ruiz and Tom Reyes"), "{}", found[0].1);
    }

    #[test]
    fn passes_one_speaker_per_paragraph() {
        let text = "The ferry sailed on Monday.\n\n\"The ferry is safe,\" said Ana Ruiz. \"We checked it twice,\" she said.\n\n\
                    \"It is a disgrace,\" said Tom Reyes.";
        assert!(flagged("mixed-speakers-paragraph", text).is_empty());
    }

    #[test]
    fn passes_descriptions_and_pronouns_that_carry_on() {
        let text = "The ferry sailed on Monday.\n\n\"The ferry is safe,\" Ana Ruiz told the board. \"We checked it twice,\" the captain said.\n\n\
                    \"The pier is old,\" said Tom Reyes of the Harbour Board. \"We will mend it soon,\" he added.\n\n\
                    Ken Ortiz blasted the plan on Monday. \"It is the worst plan I have seen,\" the Harbour Board chairman said. \
                    Ortiz said, \"The tolls are a scandal.\"";
        assert!(flagged("mixed-speakers-paragraph", text).is_empty(), "{:?}", flagged("mixed-speakers-paragraph", text));
    }

    #[test]
    fn each_paragraph_starts_with_no_speaker_seen() {
        // The speakers seen are one list for the draft, emptied at each
        // paragraph: the second paragraph's first voice is nobody's second.
        let text = "The ferry sailed on Monday.\n\n\"The ferry is safe,\" said Ana Ruiz. \"It is a disgrace,\" said Tom Reyes.\n\n\
                    \"We will vote on Friday,\" said Tom Reyes. \"The pier stays shut,\" said Ana Ruiz.";
        let found = flagged("mixed-speakers-paragraph", text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].1.contains("Ana Ruiz and Tom Reyes"), "{}", found[0].1);
        assert!(found[1].1.contains("Tom Reyes and Ana Ruiz"), "{}", found[1].1);
    }

    #[test]
    fn has_words_counts_as_far_as_it_needs() {
        use super::has_words;
        assert!(has_words("It is  a\ndisgrace", 3));
        assert!(has_words("It is a", 3));
        assert!(!has_words(" It  is ", 3));
        assert!(has_words("", 0));
        assert!(!has_words("", 1));
    }
}
