//! ## What it flags
//! A speaker named only as `a source`, `sources`, `officials`, `an aide` or
//! the like, with nothing to say who they are. `senior`, `former` or `top`
//! say nothing of who they are; `administration officials` or `his aides`
//! do, and are not flagged.
//!
//! ## Why it matters
//! Anonymous sourcing asks readers for trust. House style usually requires
//! saying what the source is in a position to know and why they are not
//! named; a bare `officials said` does neither.
//!
//! ## Example
//! ```text
//! The deal is close, officials said.
//! ```
//! Describe them: `The deal is close, two port officials involved in the talks said.`
//!
//! A source inside a named speaker's report (`Ruiz said 20 people have
//! applied`) is the speaker's to vouch for, and is not flagged.
//!
//! A source picked out again (`the official`, `that person`, `one`,
//! `another`) points back at one already introduced, where the
//! description belongs; only the introduction is flagged. So with a
//! source whose head word (`official`, `source`, singular or plural)
//! headed an anonymous source earlier in the draft (`port officials
//! involved in the talks said …` … `officials said`). Nor are bare aides
//! flagged in a sentence that names a person or says `he` or `she`
//! (`Aides said Ruiz would run`): they are that person's aides. A count in the
//! hundreds or more (`12,500 people voted`) is a tally, not a source.
//! Nor is the public at large thinking or taking a stance (`many people
//! expected`, `if that is what people want`): that is opinion described,
//! not a source quoted; nor members of the public posting in the open
//! (`one person tweeted`) or doing something in the scene (`people
//! requested autographs`, `many people talked about the match`); nor a source telling or talking with someone
//! in the story rather than the press (`aides talked with the campaign`,
//! `officials told residents to boil their water`).

use crate::check::reports::reports_holding;
use crate::check::{Context, Finding, Rule, Severity};
use crate::parse::lexicon::{class, VerbClass};
use crate::parse::{Clause, Mention, MentionKind, ParagraphKind, Token, TokenKind};
use crate::source::Span;

pub const RULE: Rule = Rule { name: "anonymous-source", severity: Severity::Warning, run };

fn run(cx: &Context<'_>) -> Vec<Finding> {
    // The heads of the anonymous sources met so far, in text order.
    let mut met: Vec<&str> = Vec::new();
    cx.parsed
        .clauses
        .iter()
        // The source's kind first: the other tests read words, and most
        // clauses name their source.
        .filter(|clause| clause.source.is_some_and(|m| anonymous_head(cx, &m)))
        .filter(|clause| !public_opinion(cx, clause) && !public_posts(cx, clause) && !addresses_someone_else(cx, clause))
        .filter_map(|clause| clause.source.map(|m| (clause.sentence as usize, m)))
        .filter(|(sentence, m)| !points_back(cx, m) && !tally(cx, m) && !reported_by_named(cx, *sentence, m.span))
        // Described sources introduce their head too, so this comes
        // before the description is asked for.
        .filter(|(_, m)| !introduced_before(cx, m, &mut met) && m.kind == MentionKind::Anonymous && !m.described)
        .filter(|(sentence, m)| !someones_aides(cx, *sentence, m))
        .map(|(_, m)| {
            let who = m.span.of(cx.text);
            Finding::new(m.span, format!("anonymous source: “{who}” says nothing about who they are"))
                .help("say what the source does, what they are in a position to know, and why they are not named")
        })
        .collect()
}

/// The source is anonymous, or a group (or a phrase read as an
/// organisation) that holds an anonymous source's word (`port officials`,
/// `multiple sources familiar with the talks`), which introduces the
/// sources met later by that word alone.
fn anonymous_head(cx: &Context<'_>, m: &Mention) -> bool {
    m.kind == MentionKind::Anonymous || (matches!(m.kind, MentionKind::Group | MentionKind::Organisation) && source_word(cx, m).is_some())
}

/// The mention's word of `grammar/anonymous.txt`: its head, or else the
/// first such word in it (`sources` in `multiple sources familiar with …`).
fn source_word(cx: &Context<'_>, m: &Mention) -> Option<usize> {
    let is_source = |k: &usize| cx.parsed.tokens[*k].is(class::ANONYMOUS);
    Some(m.head as usize).filter(is_source).or_else(|| (m.first_token as usize..m.end_token as usize).find(is_source))
}

/// `Officials said the pier would close.` … `The ferries will stop too,
/// officials said.`; then `a source close to the mayor said …` … `A source
/// said …`: a source whose head word (`official`, `source`, singular or
/// plural) headed an anonymous source earlier in the draft, described
/// (`port officials involved in the talks`) or flagged (not one passed
/// for the reasons above), is the same people met again, and the
/// description belongs (or is asked for) where they were introduced. The
/// public at large (`grammar/clause-words.txt` [generic-people]) is never
/// one set of sources, and a headline introduces none. Notes the head in
/// `met`, the heads met so far.
fn introduced_before<'t>(cx: &Context<'t>, m: &Mention, met: &mut Vec<&'t str>) -> bool {
    let head = cx.parsed.tokens[source_word(cx, m).unwrap_or(m.head as usize)].span().of(cx.text);
    // `people`, `someone`: the public at large, not one set of sources;
    // and a headline (`Port Deal Near, Officials Say`) introduces nobody.
    let para = cx.parsed.tokens[m.first_token as usize].para as usize;
    if cx.lexicon.in_list("generic-people", head) || cx.parsed.paragraphs[para].kind != ParagraphKind::Copy {
        return false;
    }
    let head = head.strip_suffix(['s', 'S']).unwrap_or(head);
    let before = met.iter().any(|h| h.eq_ignore_ascii_case(head));
    if !before {
        met.push(head);
    }
    before
}

/// `Aides said Okafor would run again`, `The plan, aides say, is what
/// she wanted`: aides (`figures.txt` [aides-of]) work for someone, and a
/// sentence that names a person (the last word of a person's name in the
/// draft), or speaks of one as `he` or `she`, says whose they are, as
/// `her aides` would. Reads the source's sentence.
fn someones_aides(cx: &Context<'_>, sentence: usize, m: &Mention) -> bool {
    if !cx.lexicon.in_list("aides-of", cx.parsed.tokens[m.head as usize].span().of(cx.text)) {
        return false;
    }
    let people = || cx.attributed.entities.list.iter().filter(|e| e.kind == MentionKind::Person);
    let surname = |w: &str| people().any(|e| e.name(cx.text).rsplit(' ').next() == Some(w));
    let tokens = cx.parsed.sentences[sentence].tokens(&cx.parsed.tokens);
    tokens.iter().any(|t| t.is(class::HE | class::SHE) || (t.cap() && t.is_word() && surname(t.span().of(cx.text))))
}

/// `Ruiz has said some 20 people have asked about the post`: a source
/// inside what a named speaker reports is that speaker's to vouch for, not
/// the article's.
fn reported_by_named(cx: &Context<'_>, sentence: usize, span: Span) -> bool {
    reports_holding(cx, sentence, span).any(|outer| outer.source.is_some_and(|s| s.kind != MentionKind::Anonymous))
}

/// `many people expected`, `if that is what people want`: the public at
/// large (`grammar/clause-words.txt` [generic-people]) thinking or taking
/// a stance is the writer's account of opinion, not a source saying
/// something; nobody could name them.
fn public_opinion(cx: &Context<'_>, clause: &Clause) -> bool {
    let thinks = clause.verb.is_some_and(|v| matches!(v.class, VerbClass::Thought | VerbClass::Stance));
    thinks && the_public(cx, clause)
}

/// `one person tweeted`, `people posted pictures of the pier`: members
/// of the public posting in the open (`grammar/clause-words.txt`
/// [generic-people] with a verb of [public-post-verbs]) are no hidden
/// source; what they posted is there for anyone to read. Nor are members
/// of the public doing something in the scene (`people requested
/// autographs`, `many people talked about the match`: `figures.txt`
/// [public-acts]), which is the reporter's account of what they saw.
fn public_posts(cx: &Context<'_>, clause: &Clause) -> bool {
    let cue = &cx.parsed.tokens[clause.cue_tokens.0 as usize..clause.cue_tokens.1 as usize];
    let acts = |w: &str| cx.lexicon.in_list("public-post-verbs", w) || cx.lexicon.in_list("public-acts", w);
    let posts = cue.iter().any(|t| t.is_word() && acts(t.span().of(cx.text)));
    posts && the_public(cx, clause)
}

/// `aides talked with the campaign`, `officials told residents to boil
/// their water`, `someone told the mayor`: a verb of telling or talking
/// (`figures.txt` [addressing-verbs]) whose listener is someone in the
/// story, not the press, reports a conversation the source took part in,
/// not a source speaking to the paper. A listener that is the press
/// (`told reporters`, `spoke to the Harbour Gazette`: [press-listeners] or
/// an organisation's word), `me` or `us` leaves the source flagged. Reads
/// the five tokens after the verb, up to a punctuation mark.
fn addresses_someone_else(cx: &Context<'_>, clause: &Clause) -> bool {
    let tokens = &cx.parsed.tokens;
    let last = &tokens[clause.cue_tokens.1 as usize - 1];
    if !cx.lexicon.in_list("addressing-verbs", last.span().of(cx.text)) {
        return false;
    }
    let after = tokens[clause.cue_tokens.1 as usize..].iter().take(5).take_while(|t| t.para == last.para && t.is_word());
    let mut listener = after.map(|t| (t, t.span().of(cx.text))).skip_while(|(_, w)| w.eq_ignore_ascii_case("with") || w.eq_ignore_ascii_case("to")).peekable();
    let Some(&(first, _)) = listener.peek() else { return false };
    let opens_a_clause = first.is(class::FUNCTION) || first.is(class::FIRST_PERSON);
    let press = |(t, w): (&Token, &str)| t.is(class::ORG) || cx.lexicon.in_list("press-listeners", w);
    !opens_a_clause && !listener.any(press)
}

/// The clause's source is the public at large: its head is one of
/// [generic-people] (`people`, `someone`).
fn the_public(cx: &Context<'_>, clause: &Clause) -> bool {
    let Some(m) = clause.source else { return false };
    cx.lexicon.in_list("generic-people", cx.parsed.tokens[m.end_token as usize - 1].span().of(cx.text))
}

/// `the official`, `that person`, `One`, `another`: a source introduced
/// before, picked out again.
fn points_back(cx: &Context<'_>, m: &Mention) -> bool {
    const BACK: [&str; 9] = ["the", "that", "this", "these", "those", "one", "another", "neither", "each"];
    let first = &cx.parsed.tokens[m.first_token as usize];
    let word = first.span().of(cx.text);
    let lone = m.first_token + 1 == m.end_token;
    let picked = BACK.iter().any(|w| word.eq_ignore_ascii_case(w)) && (lone || !["one", "another"].iter().any(|w| word.eq_ignore_ascii_case(w)));
    picked || demonstrative_before(cx, m)
}

/// `That person said`, where the mention starts after its determiner. A
/// `that` before a plural (`said that officials …`) joins a clause.
fn demonstrative_before(cx: &Context<'_>, m: &Mention) -> bool {
    let Some(before) = (m.first_token as usize).checked_sub(1).map(|i| &cx.parsed.tokens[i]) else { return false };
    let first = &cx.parsed.tokens[m.first_token as usize];
    let (word, head) = (before.span().of(cx.text), m.span.of(cx.text));
    let is = |w: &str| word.eq_ignore_ascii_case(w);
    let plural = head.ends_with('s') || head.eq_ignore_ascii_case("people");
    before.para == first.para && (((is("that") || is("this")) && !plural) || is("these") || is("those"))
}

/// `12,500 people voted`: a count in the hundreds or more is a tally of
/// voters or buyers, not a source who could be asked who they are.
fn tally(cx: &Context<'_>, m: &Mention) -> bool {
    let first = &cx.parsed.tokens[m.first_token as usize];
    let digits: String = first.span().of(cx.text).chars().filter(|c| *c != ',').collect();
    first.kind == TokenKind::Number && digits.parse::<f64>().is_ok_and(|n| n >= 100.0)
}

#[cfg(test)]
mod tests {
    use super::super::testing::words;

    #[test]
    fn flags_bare_officials_and_sources() {
        let text = "The ferry deal is close, officials said.\n\nA source said the vote would slip.";
        assert_eq!(words("anonymous-source", text), ["officials", "A source"]);
    }

    #[test]
    fn flags_vague_words_but_not_whose_sources_they_are() {
        let text = "The deal is close, senior officials said.\n\nThe deal is close, administration officials said.\n\nHis aides said the vote would slip.";
        assert_eq!(words("anonymous-source", text), ["senior officials"]);
    }

    #[test]
    fn flags_a_source_once_not_each_time_it_is_picked_out_again() {
        let text = "A source said the vote would slip. The source said the board was split. That person said more.\n\nTwo pilots spoke. One said the ferry was late; another said it was not.";
        assert_eq!(words("anonymous-source", text), ["A source"]);
    }

    #[test]
    fn flags_a_source_where_it_is_introduced_not_where_it_is_met_again() {
        let text = "Port officials involved in the talks said the deal was close.\n\nThe ferries will run in May, officials said.\n\nSources said the vote would slip. The board is split, sources said.";
        assert_eq!(words("anonymous-source", text), ["Sources"]);
        let text = "A source close to the mayor said the pier would close.\n\nA source said the ferry would stop.";
        assert!(words("anonymous-source", text).is_empty());
        // A headline's source introduces nobody: the copy's is still asked about.
        let text = "Port Deal Near, Officials Say\n\nThe port deal is close, officials said.";
        assert_eq!(words("anonymous-source", text), ["Officials", "officials"]);
    }

    #[test]
    fn passes_aides_whose_person_the_sentence_names_but_not_bare_aides() {
        let text = "Ana Ruiz spoke on Monday.\n\nAides said Ms. Ruiz would run again.\n\nThe plan, aides say, is what she wanted.";
        assert!(words("anonymous-source", text).is_empty());
        let text = "The vote is close.\n\nAides said the council would meet.\n\nOfficials said Ana Ruiz would run again.";
        assert_eq!(words("anonymous-source", text), ["Aides", "Officials"]);
    }

    #[test]
    fn passes_a_source_inside_a_named_speakers_report() {
        let text = "Ruiz has said some 20 people have asked about the post.\n\nThe post is open, people said.";
        assert_eq!(words("anonymous-source", text), ["people"]);
    }

    #[test]
    fn passes_a_tally_but_not_a_handful() {
        let text = "In the north, 12,500 people voted for the ferry tax.\n\nThe deal is close, three people said.";
        assert_eq!(words("anonymous-source", text), ["three people"]);
    }

    #[test]
    fn passes_the_public_thinking_but_not_people_saying() {
        let text = "Many people expected the ferry to close.\n\nIf that is what people want, the port will open.\n\nThe ferry will close, people said.";
        assert_eq!(words("anonymous-source", text), ["people"]);
    }

    #[test]
    fn passes_the_public_posting_in_the_open() {
        let text = "The pier closed on Monday.\n\n\"Bring back the ferry!\" one person tweeted.\n\nThe ferry will close, people said.";
        assert_eq!(words("anonymous-source", text), ["people"]);
    }

    #[test]
    fn passes_the_public_doing_something_in_the_scene_but_not_people_saying() {
        let text = "People requested autographs by the dozen.\n\nMany people walking on the pier talked about the regatta.\n\n\
                    The ferry will close, people said.\n\nOfficials requested a delay.";
        assert_eq!(words("anonymous-source", text), ["people", "Officials"]);
    }

    #[test]
    fn passes_a_source_talking_with_someone_in_the_story_but_not_the_press() {
        let text = "Behind the scenes, aides have talked with the mayor's office about the pier.\n\n\
                    Officials have told harbour residents not to drink the water.\n\n\
                    Officials told reporters the pier would close.\n\n\
                    Sources told the Harbour Gazette that the vote would slip.";
        assert_eq!(words("anonymous-source", text), ["Officials", "Sources"]);
    }

    #[test]
    fn passes_described_sources() {
        let text = "The deal is close, port officials familiar with the talks said.\n\nSources at the harbour authority said the vote would slip.";
        assert!(words("anonymous-source", text).is_empty());
        let text = "The deal is close, according to two people briefed on the talks.";
        assert!(words("anonymous-source", text).is_empty());
    }
}
