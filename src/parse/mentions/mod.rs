//! Mentions: the noun phrases that can name a speaker — names with their
//! titles (`Kremlin spokesman Dmitry Peskov`), organisations (`the SCO`),
//! pronouns (`he`, `who`), anonymous sources (`officials`) and groups
//! (`critics`).
//!
//! A speaker before a reporting verb is read backwards from the verb
//! ([`before`]); a speaker after it (`said Peskov`, `according to the
//! ministry`) forwards ([`after`]). The productions are those of
//! `grammar/attribution.md`, section "Speakers".

mod backward;
mod classify;
mod forward;
mod words;

use super::lexicon::Lexicon;
use super::tokens::Token;
use crate::source::Span;

pub use backward::{before, bracketed, evidence_mass_noun, phrase_ending_at};
pub use classify::pronoun_gender;
pub use forward::after;
pub use words::{ed_form, indefinite, ly_adverb, name_word, nominal, number_word, place_name, plural_noun};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MentionKind {
    Person,
    Organisation,
    Pronoun,
    Anonymous,
    Group,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Gender {
    Unknown,
    Male,
    Female,
    /// `they`, `officials`
    Plural,
    /// `it`
    Neuter,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// The whole noun phrase, titles included.
    pub span: Span,
    /// The name, or the head words where there is no name: `Dmitry Peskov`,
    /// `Shanghai Cooperation Organization`, `officials`.
    pub name: Span,
    pub kind: MentionKind,
    pub gender: Gender,
    /// A title or role stands in the phrase (`Kremlin spokesman`).
    pub titled: bool,
    /// For anonymous sources: something says who they are (`at the ministry`).
    pub described: bool,
    /// The relative pronoun `who`, standing for the phrase before its comma.
    pub relative: bool,
    /// The phrase that a relative `who` stands for.
    pub antecedent: Option<Span>,
    pub first_token: u32,
    pub end_token: u32,
    /// The head word: what the verb agrees with (`aides` in `aides to the mayor`).
    pub head: u32,
}

/// Everything a mention parser needs besides the tokens.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub lex: &'a Lexicon,
    /// Paragraphs that are headlines, in order.
    pub headlines: &'a [u32],
}

impl<'a> Ctx<'a> {
    pub fn word(&self, t: &Token) -> &'a str {
        t.span().of(self.text)
    }

    /// [`Lexicon::phrases_at`] of one kind for a word token, skipping the
    /// lookup for the many words that start no phrase of that kind.
    pub fn phrases_of(&self, t: &Token, kind: super::lexicon::PhraseKind) -> impl Iterator<Item = &'a super::lexicon::Phrase> {
        let may_start = t.info().phrase_kinds & kind.bit() != 0;
        may_start.then(|| self.lex.phrases_at(self.word(t))).into_iter().flatten().filter(move |p| p.kind == kind)
    }

    /// The token stands in a headline, where every word is capitalised.
    pub fn is_headline(&self, t: &Token) -> bool {
        // A long draft of many stories has hundreds of headlines.
        self.headlines.binary_search(&t.para).is_ok()
    }

    #[inline]
    pub fn is_word(&self, t: &Token, w: &str) -> bool {
        // A word is never shorter than its lexicon key: most tokens are
        // ruled out without reading their text.
        if !t.is_word() || t.span().len() < w.len() {
            return false;
        }
        let word = &self.text.as_bytes()[t.span().start..t.span().end];
        // Most of the rest differ in their first letter: ruled out here,
        // inlined where `w` is a literal, rather than in a call for each of
        // the million or so words a draft set asks about.
        if let (Some(&first), Some(&key)) = (word.first(), w.as_bytes().first()) {
            if first.is_ascii() && first.to_ascii_lowercase() != key {
                return false;
            }
        }
        super::lexicon::same_word_bytes(word, w)
    }
}

/// The words from `from` up to the next punctuation mark (at most twelve),
/// as a phrase: the source of an `according to` whose noun phrase the
/// grammar cannot read (`according to early results of the exit poll`,
/// `according to him`). `None` when no word stands there.
pub fn loose_phrase(c: Ctx<'_>, from: usize, end: usize) -> Option<Mention> {
    use super::tokens::TokenKind;
    let words = |t: &Token| t.is_word() || matches!(t.kind, TokenKind::Number | TokenKind::Possessive);
    let stop = (from..end.min(from + 12)).take_while(|&i| words(&c.tokens[i]) && c.tokens[i].depth == 0).last()? + 1;
    let has_det = words::det(&c.tokens[from]);
    Some(classify::build(c, from, stop, classify::Shape::Common { has_det }))
}

/// The pronoun at `at` (`his`, `their`) as a mention of its own.
pub fn pronoun_at(c: Ctx<'_>, at: usize) -> Mention {
    classify::build(c, at, at + 1, classify::Shape::Pronoun)
}

/// The one word at `at` read as a name, whatever else it could be (`From`
/// as a surname between a quote and its verb).
pub fn name_at(c: Ctx<'_>, at: usize) -> Mention {
    classify::build(c, at, at + 1, classify::Shape::Proper { name_start: at, has_det: false })
}

/// The words `from..to` as one common noun phrase, headed by its last word.
pub fn phrase(c: Ctx<'_>, from: usize, to: usize) -> Mention {
    let has_det = words::det(&c.tokens[from]);
    classify::build(c, from, to, classify::Shape::Common { has_det })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::stream::{Backward, Forward};
    use crate::parse::{paragraphs::paragraphs, quotes::scan, tokens::tokenize};
    use nom::Parser;

    fn tokens(text: &str) -> Vec<Token> {
        let paras = paragraphs(text, &[Span::new(0, text.len())], crate::parse::lexicon::lexicon());
        tokenize(text, &paras, &scan(text, &paras, &[]), &[], crate::parse::lexicon::lexicon())
    }

    /// The speaker before the last word of `text`, read backwards.
    fn speaker_before(text: &str) -> Option<(String, String, MentionKind)> {
        let toks = tokens(text);
        let c = Ctx { text, tokens: &toks, lex: crate::parse::lexicon::lexicon(), headlines: &[] };
        let input = Backward::new(&toks, 0, toks.len() - 1);
        let found = before(c).parse(input).ok().map(|(_, m)| (m.span.of(text).to_string(), m.name.of(text).to_string(), m.kind));
        found
    }

    fn speaker_after(text: &str) -> Option<(String, String, MentionKind)> {
        let toks = tokens(text);
        let c = Ctx { text, tokens: &toks, lex: crate::parse::lexicon::lexicon(), headlines: &[] };
        let input = Forward::new(&toks, 1, toks.len());
        let found = after(c).parse(input).ok().map(|(_, m)| (m.span.of(text).to_string(), m.name.of(text).to_string(), m.kind));
        found
    }

    #[test]
    fn a_source_after_a_cue_takes_a_participle_and_its_phrase() {
        assert_eq!(speaker_after("said two officials briefed on the talks").unwrap().0, "two officials briefed on the talks");
        assert_eq!(speaker_after("to people involved in the vote").unwrap().0, "people involved in the vote");
        // After a name, a word in -ed is the verb of the sentence's next clause.
        assert_eq!(speaker_after("said Mayor Ann Holm backed away from it").unwrap().0, "Mayor Ann Holm");
    }

    #[test]
    fn a_relative_who_describes_an_anonymous_source_unless_it_only_unnames_it() {
        let described = |text: &str| {
            let toks = tokens(text);
            let c = Ctx { text, tokens: &toks, lex: crate::parse::lexicon::lexicon(), headlines: &[] };
            let found = after(c).parse(Forward::new(&toks, 2, toks.len())).ok().map(|(_, m)| m.described);
            found
        };
        assert_eq!(described("according to a person who sat in on the talks."), Some(true));
        assert_eq!(described("according to an official who spoke on condition of anonymity."), Some(false));
        assert_eq!(described("according to an official who was not permitted to comment."), Some(false));
        assert_eq!(described("according to an official."), Some(false));
    }

    #[test]
    fn a_wire_datelines_dash_ends_the_asides_before_a_verb() {
        let got = speaker_before("VIK, Aug 31 (Wire) - Norway's party leader, Marta Okafor, voiced").unwrap();
        assert_eq!((got.0.as_str(), got.1.as_str()), ("Norway's party leader", "Marta Okafor"));
    }

    #[test]
    fn an_adjective_after_a_or_an_joins_a_name_and_keeps_it_a_persons() {
        let got = speaker_before("\"You are wrong,\" an angry Okafor retaliated").unwrap();
        assert_eq!(got, ("an angry Okafor".into(), "Okafor".into(), MentionKind::Person));
        // Not with a title or role between, nor after `the`.
        assert_eq!(speaker_before("He read the fares in a way Harbour Chief Ann Holm said").unwrap().0, "Harbour Chief Ann Holm");
        assert_eq!(speaker_before("But the angry Okafor said").unwrap().0, "Okafor");
    }

    #[test]
    fn no_one_and_everyone_stand_alone_before_a_verb() {
        assert_eq!(speaker_before("But back then no one forecast").unwrap().0, "no one");
        assert_eq!(speaker_before("Not everyone agrees").unwrap(), ("everyone".into(), "everyone".into(), MentionKind::Group));
    }

    #[test]
    fn a_mass_noun_of_evidence_stands_bare_but_not_after_a_preposition() {
        assert_eq!(speaker_before("Research suggests").unwrap().0, "Research");
        assert_eq!(speaker_before("But early tide data show").unwrap().0, "tide data");
        assert_ne!(speaker_before("Some advocates for harbour research said").map(|s| s.0).as_deref(), Some("harbour research"));
        assert_eq!(speaker_before("economy grew"), None);
    }

    #[test]
    fn a_past_form_after_a_name_is_its_verb_not_part_of_the_role() {
        assert_eq!(speaker_before("Mayor Ana Ruiz hired spokesman Tom Bell said").unwrap().0, "spokesman Tom Bell");
        assert_eq!(speaker_before("Mayor Ana Ruiz met spokesman Tom Bell said").unwrap().0, "spokesman Tom Bell");
        assert_eq!(speaker_after("said retired neurosurgeon Ann Holm").unwrap().0, "retired neurosurgeon Ann Holm");
    }

    #[test]
    fn a_describing_phrase_may_end_in_an_object_pronoun() {
        assert_eq!(speaker_before("next month, an aide close to him said").unwrap().0, "an aide close to him");
        assert_eq!(speaker_before("next month, people familiar with them said").unwrap().0, "people familiar with them");
    }

    #[test]
    fn a_short_past_form_the_lexicon_lists_ends_the_phrase() {
        assert_eq!(speaker_after("said the guild sued the board").unwrap().0, "the guild");
        assert_eq!(speaker_after("said the bloc led the vote").unwrap().0, "the bloc");
    }

    #[test]
    fn an_irregular_past_tense_the_lexicon_lists_ends_the_phrase() {
        assert_eq!(speaker_after("said the column ran").unwrap().0, "the column");
        assert_eq!(speaker_after("said Marta Okafor threw her support").unwrap().0, "Marta Okafor");
        assert_eq!(speaker_after("said Pastor Lena Holm stood at the pier").unwrap().0, "Pastor Lena Holm");
        assert_eq!(speaker_after("said the guild took issue").unwrap().0, "the guild");
        // Only the lower-case past: a capitalised word stays in a name.
        assert_eq!(speaker_after("said the Met Office").unwrap().0, "the Met Office");
    }

    #[test]
    fn a_few_and_a_handful_of_count_the_group_after_them() {
        assert_eq!(speaker_after("said a few riders").unwrap().1, "riders");
        assert_eq!(speaker_after("said a handful of riders").unwrap().1, "a handful of riders");
    }

    #[test]
    fn an_unknown_word_in_s_before_an_object_is_a_verb() {
        assert_eq!(speaker_after("said the port's letter makes a case").unwrap().0, "the port's letter");
        assert_eq!(speaker_after("said the ferry ends with a vote").unwrap().0, "the ferry");
        // A plural where a verb could not stand: before `in`, or an auxiliary.
        assert_eq!(speaker_after("said dock hands in Dunmore").unwrap().0, "dock hands");
        assert_eq!(speaker_after("said the young ones don't").unwrap().0, "the young ones");
    }

    #[test]
    fn a_titled_name_before_the_verb() {
        assert_eq!(
            speaker_before("Harbour authority spokeswoman Ines Okafor said"),
            Some(("Harbour authority spokeswoman Ines Okafor".into(), "Ines Okafor".into(), MentionKind::Person))
        );
        assert_eq!(
            speaker_before("the Baltic Shipping Council said"),
            Some(("the Baltic Shipping Council".into(), "Baltic Shipping Council".into(), MentionKind::Organisation))
        );
    }

    #[test]
    fn possessives_and_of_inside_titles() {
        let got = speaker_before("Secretary of State Lena Marsh said").unwrap();
        assert_eq!(got.0, "Secretary of State Lena Marsh");
        assert_eq!(got.1, "Lena Marsh");
        let got = speaker_before("Ortiz’s campaign manager Tom Reyes said").unwrap();
        assert_eq!(got.0, "Ortiz’s campaign manager Tom Reyes");
        // A second title after the describing words: the name closes the phrase.
        let got = speaker_before("Speaker of the Assembly Rep. Ann Holm said").unwrap();
        assert_eq!((got.1.as_str(), got.2), ("Ann Holm", MentionKind::Person));
        let got = speaker_before("The Council on Port Safety Executive Director Ivo Ruiz said").unwrap();
        assert_eq!(got.1, "Ivo Ruiz");
        // A capitalised role inside the run of capitals ends the words before the name.
        assert_eq!(speaker_before("Harbour Senior Adviser Lena Marsh said").unwrap().1, "Lena Marsh");
        assert_eq!(speaker_before("Senate Majority Whip Tom Reyes said").unwrap().1, "Tom Reyes");
    }

    #[test]
    fn pronouns_anonymous_sources_and_groups() {
        assert_eq!(speaker_before("he said").unwrap().2, MentionKind::Pronoun);
        assert_eq!(speaker_before("officials said").unwrap().2, MentionKind::Anonymous);
        assert_eq!(speaker_before("critics say").unwrap().2, MentionKind::Group);
        assert_eq!(speaker_before("the ministry said").unwrap().2, MentionKind::Organisation);
    }

    #[test]
    fn a_describing_phrase_joins_a_role() {
        let got = speaker_before("a spokesman for the fire service said").unwrap();
        assert_eq!(got.0, "a spokesman for the fire service");
        assert_eq!(got.2, MentionKind::Person);
        let got = speaker_before("people familiar with the talks said").unwrap();
        assert_eq!(got.2, MentionKind::Anonymous);
    }

    #[test]
    fn an_aside_between_commas_is_skipped() {
        let got = speaker_before("The council, which includes four ports and a dozen towns, said").unwrap();
        assert_eq!(got.0, "The council");
        let got = speaker_before("Okafor, a former pilot, said").unwrap();
        assert_eq!(got.0, "Okafor");
    }

    #[test]
    fn who_stands_for_the_phrase_before_it() {
        let toks = tokens("Okafor, who said");
        let text = "Okafor, who said";
        let c = Ctx { text, tokens: &toks, lex: crate::parse::lexicon::lexicon(), headlines: &[] };
        let (_, m) = before(c).parse(Backward::new(&toks, 0, 3)).unwrap();
        assert!(m.relative);
        assert_eq!(m.span.of(text), "who");
        assert_eq!(m.antecedent.unwrap().of(text), "Okafor");
    }

    #[test]
    fn a_share_of_whom_stands_for_the_phrase_before_it() {
        let text = "The board has five members, two of whom said";
        let toks = tokens(text);
        let c = Ctx { text, tokens: &toks, lex: crate::parse::lexicon::lexicon(), headlines: &[] };
        let (_, m) = before(c).parse(Backward::new(&toks, 0, toks.len() - 1)).unwrap();
        assert!(m.relative);
        assert_eq!(m.span.of(text), "two of whom");
        assert_eq!(m.antecedent.unwrap().of(text), "five members");
    }

    #[test]
    fn a_speaker_after_the_verb_with_an_appositive() {
        let got = speaker_after("said Marco Bellini, a spokesman for the fire service.").unwrap();
        assert_eq!(got.1, "Marco Bellini");
        assert_eq!(got.2, MentionKind::Person);
        assert_eq!(speaker_after("to the harbour authority,").unwrap().2, MentionKind::Organisation);
        // `then` before a title is part of the phrase; after a name it is an adverb.
        assert_eq!(speaker_after("and Holm then appeared").unwrap().0, "Holm");
        assert_eq!(speaker_after("and then Mayor Ann Holm appeared").unwrap().1, "Ann Holm");
    }

    #[test]
    fn a_title_after_an_honorific_or_first_name_is_a_surname() {
        assert_eq!(speaker_before("Mr. King said").unwrap().1, "King");
        assert_eq!(speaker_before("Ann Pope said").unwrap().1, "Ann Pope");
        assert_eq!(speaker_before("Rhode Island Gov. said"), None);
    }

    #[test]
    fn a_role_with_of_and_a_name_in_commas() {
        let got = speaker_before("The mayor's chief of staff, Ann Bell, said").unwrap();
        assert_eq!((got.0.as_str(), got.1.as_str(), got.2), ("The mayor's chief of staff", "Ann Bell", MentionKind::Person));
        assert_eq!(speaker_before("campaign staff said").unwrap().2, MentionKind::Group);
    }
}
