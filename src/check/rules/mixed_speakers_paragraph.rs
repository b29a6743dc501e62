//! ## What it flags
//! Quotes of two different speakers in one paragraph.
//!
//! Only quotes whose speaker is known count, and two mentions of one
//! person (`Ana Ruiz`, `Ruiz`, `she`) are one speaker. A phrase quoted
//! inside the writer's own sentence (`called the plan "a disgrace"`) is not
//! a second voice: only quotes of three words or more that start with a
//! capital count. Only speakers known by a name count (`the candidate` or
//! `the memo` is most often someone of the paragraph named otherwise), and
//! a pronoun (`he added`) carries on the voice already speaking. Two
//! speakers that may be one are one: names ending on the same word, and a
//! first voice known by a pronoun (`he says`) in a paragraph that names the
//! second before it. A quote the writer's sentence carries on after
//! (`"…" of the policy`) and a title in capitals are not voices.
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
    let mut seen: Vec<(Who, &Speaker)> = Vec::new();
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
        if seen.iter().any(|(w, _)| *w == who) || !a_voice(cx, quote, !seen.is_empty()) {
            continue;
        }
        if let Some((_, first)) = seen.first().filter(|(_, first)| !continues(cx, speaker) && !may_be_one(cx, first, speaker)) {
            let (first, second) = (&first.name, &speaker.name);
            out.push(
                Finding::new(speaker.mention, format!("quotes from {first} and {second} in one paragraph"))
                    .help(format!("start a new paragraph where {second} begins to speak")),
            );
        }
        seen.push((who, speaker));
    }
    out
}

/// A quote that starts a sentence of the speaker's own (`"We are ready,"`),
/// not a phrase worked into the writer's sentence (`called it "a disgrace"`):
/// phrases are often the subject of the paragraph, not a second voice in it.
fn whole_sentence(cx: &Context<'_>, quote: &Quote) -> bool {
    quote.opens_capitalised(cx.text) && has_words(quote.inner.of(cx.text), 3)
}

/// A whole sentence that is a voice: not a phrase the writer carries on
/// after, asked of a paragraph's new speakers only; and, asked only of a
/// second voice about to be told (reading every word of every quote
/// costs), not a title.
fn a_voice(cx: &Context<'_>, quote: &Quote, second: bool) -> bool {
    let inner = quote.inner.of(cx.text);
    !(carried_on(cx, quote, inner) || second && a_title(inner))
}

/// `her comments that "I was responsible for a lot" of the policy`: a
/// quote ending on a word, with no stop or comma of its own, that the
/// writer's sentence carries on after with a preposition or a conjunction
/// is a phrase worked into it, however it opens.
fn carried_on(cx: &Context<'_>, quote: &Quote, inner: &str) -> bool {
    if !inner.trim_end().ends_with(char::is_alphanumeric) {
        return false;
    }
    let rest = &cx.text[quote.span.end..];
    let after = rest.trim_start_matches([' ', '\t']);
    if after.len() == rest.len() || !after.starts_with(char::is_lowercase) {
        return false;
    }
    let next = cx.parsed.token_at(quote.span.end + (rest.len() - after.len()));
    cx.parsed.tokens.get(next).is_some_and(|t| t.is(class::PREPOSITION | class::CONJUNCTION | class::RELATIVE))
}

/// A title in capitals (`"A Harbour Town's Long Fight for the Old Pier"`,
/// a book's): four words of four letters or more, every one of them
/// capitalised. Nobody speaks like that; a title is not a voice.
fn a_title(inner: &str) -> bool {
    let mut long = 0;
    for w in inner.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.chars().count() < 4 {
            continue;
        }
        if !w.starts_with(char::is_uppercase) {
            return false;
        }
        long += 1;
    }
    long >= 4
}

/// Two speakers that may be one person whom the resolver kept apart: names
/// ending on the same word (`Ana Ruiz`, `Dr. Ruiz`), or a first voice known
/// only by a pronoun (`he says`) in a paragraph that names the second
/// before it: the pronoun most likely stands for that name.
fn may_be_one(cx: &Context<'_>, first: &Speaker, second: &Speaker) -> bool {
    let last = |n: &str| n.split_whitespace().next_back().map(str::to_lowercase);
    let surname = last(&second.name);
    if surname.is_some() && surname == last(&first.name) {
        return true;
    }
    let Some(surname) = surname else { return false };
    let at = cx.parsed.token_at(first.mention.start);
    let Some(pronoun) = cx.parsed.tokens.get(at).filter(|t| t.span() == first.mention && t.is(class::HE | class::SHE)) else {
        return false;
    };
    cx.parsed.tokens[..at].iter().rev().take_while(|t| t.para == pronoun.para).any(|t| t.span().of(cx.text).eq_ignore_ascii_case(&surname))
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
    fn passes_a_pronoun_that_may_stand_for_the_second_name() {
        // The first voice is a `he says` the resolver gave to the previous
        // paragraph's speaker; the paragraph names Reyes before it.
        let text = "\"The ferry is safe,\" said Ana Ruiz.\n\n\
                    At the pier Reyes waved at the crowd. \"They want me here!\" he says to the mayor. \
                    \"I am going to step away for a while,\" Tom Reyes says.";
        assert!(flagged("mixed-speakers-paragraph", text).is_empty(), "{:?}", flagged("mixed-speakers-paragraph", text));
        // Not named before the pronoun: two voices.
        let text = "\"The ferry is safe,\" said Ana Ruiz.\n\n\
                    \"They want me here!\" he says to the mayor. \
                    \"I am going to step away for a while,\" Tom Reyes says.";
        assert_eq!(flagged("mixed-speakers-paragraph", text).len(), 1);
    }

    #[test]
    fn passes_phrases_carried_on_and_titles() {
        let text = "The ferry sailed on Monday.\n\n\
                    The Harbour Board aired her remark that \"I was in charge of the pier\" of the old town. \
                    \"It is a disgrace,\" said Tom Reyes.\n\n\
                    \"We sold the pier,\" said Ana Ruiz, as told in Ken Ortiz's book \"Ashore: Ana Ruiz's Long Battle for the Harbour.\"";
        assert!(flagged("mixed-speakers-paragraph", text).is_empty(), "{:?}", flagged("mixed-speakers-paragraph", text));
        // A quote that ends on its own stop is a voice.
        let text = "The ferry sailed on Monday.\n\n\
                    \"I was in charge of the pier,\" said Ana Ruiz. \"It is a disgrace,\" said Tom Reyes.";
        assert_eq!(flagged("mixed-speakers-paragraph", text).len(), 1);
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
