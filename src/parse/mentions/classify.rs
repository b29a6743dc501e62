//! What a phrase is — a person, an organisation, a pronoun, an anonymous
//! source or a group — with its name and gender.

use super::words::*;
use super::{Ctx, Gender, Mention, MentionKind};
use crate::parse::lexicon::class::*;
use crate::parse::stream::span_of;
use crate::parse::tokens::Token;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Shape {
    Pronoun,
    /// A name, with the index where its last run of name words starts.
    Proper {
        name_start: usize,
        has_det: bool,
    },
    Common {
        has_det: bool,
    },
    /// A phrase with a describing prepositional phrase after its head.
    Described(Box<Shape>),
    /// `Six in 10`, `64 percent`.
    Proportion,
}

pub(super) fn build(c: Ctx<'_>, start: usize, end: usize, shape: Shape) -> Mention {
    let tokens = &c.tokens[start..end];
    let span = span_of(c.tokens, start, end);
    let (gender, titled) = gender_and_title(tokens);
    let mut m = Mention {
        span,
        name: span,
        kind: MentionKind::Person,
        gender,
        titled,
        described: false,
        relative: false,
        antecedent: None,
        first_token: start as u32,
        end_token: end as u32,
        head: end as u32 - 1,
    };
    let (inner, described) = match shape {
        Shape::Described(inner) => (*inner, true),
        other => (other, false),
    };
    m.described = described;
    match inner {
        Shape::Pronoun => {
            m.kind = MentionKind::Pronoun;
            m.gender = pronoun_gender(&tokens[0]);
        }
        Shape::Proper { name_start, has_det } => classify_proper(c, &mut m, start, end, name_start, has_det, described),
        Shape::Common { has_det } => classify_common(c, &mut m, start, end, has_det, described),
        Shape::Described(_) => {}
        Shape::Proportion => {
            m.kind = MentionKind::Group;
            m.gender = Gender::Plural;
            m.described = true;
        }
    }
    m
}

pub(super) fn classify_proper(c: Ctx<'_>, m: &mut Mention, start: usize, end: usize, name_start: usize, has_det: bool, described: bool) {
    // The name is the run of name words; with a describing phrase it comes first.
    let mut name_start = name_start;
    let name_end = if described {
        // `Speaker of the Assembly Rep. Ann Holm`: a title and a name closing
        // the phrase after its describing words; the name is the last one.
        let last_run = (start..end).rev().take_while(|&i| name_word(c, &c.tokens[i]) && !c.tokens[i].is(TITLE)).last();
        match last_run.filter(|&r| r > name_start + 1 && c.tokens[r - 1].is(TITLE)) {
            Some(r) => {
                name_start = r;
                end
            }
            None => (name_start..end).find(|&i| !name_word(c, &c.tokens[i]) && !particle(&c.tokens[i])).unwrap_or(end),
        }
    } else {
        end
    };
    let mut name_start = name_start.clamp(start, name_end.saturating_sub(1).max(start));
    // `Harbour Senior Adviser Lena Marsh`: a capitalised title or role inside
    // the run of capitals, with a first name and a surname after it, ends the
    // words before the name.
    if let Some(role) = (name_start..name_end.saturating_sub(2)).rev().find(|&i| c.tokens[i].is(TITLE) && c.tokens[i].cap()) {
        name_start = role + 1;
    }
    m.name = span_of(c.tokens, name_start, name_end.max(name_start + 1));
    m.head = (name_end.max(name_start + 1) - 1) as u32;
    let last = &c.tokens[m.head as usize];
    let person_title = c.tokens[start..name_start].iter().any(|t| t.is(TITLE) && !t.is(ORG));
    // Asked last, of a name no other test made an organisation's.
    let acronym = || {
        let w = c.word(last);
        w.len() >= 2 && all_capitals(w) && !w.contains('\'')
    };
    let name_tokens = &c.tokens[name_start..name_end.max(name_start + 1)];
    let org_word = name_tokens.iter().any(|t| t.is(ORG));
    // A place speaks as its government or its people (`China said`), and
    // is never `he` or `she`.
    let place = place_name(name_tokens);
    // `the Kremlin` is an organisation; `Neither Ann Holm nor …`, `Both
    // Holm and …` name people.
    let article = has_det && !PAIRING.iter().any(|w| c.is_word(&c.tokens[start], w));
    m.kind = if person_title && !org_word {
        MentionKind::Person
    } else if name_tokens.len() == 1 && last.is(GROUP) {
        // `Republicans said`: a group's name.
        m.gender = Gender::Plural;
        MentionKind::Group
    } else if org_word || article || place || acronym() {
        // The first capital inside the name: a settled sentence-initial
        // capital (`CNN President …` opening a paragraph) may leave none
        // before the name's end.
        let name_end = name_end.max(name_start + 1);
        m.name = span_of(c.tokens, first_capital(c, start, name_end).unwrap_or(name_start), name_end);
        MentionKind::Organisation
    } else {
        MentionKind::Person
    };
}

/// Determiners that pair names (`both … and`, `neither … nor`) rather than
/// make the name after them an organisation's, as `the` does.
const PAIRING: [&str; 3] = ["both", "either", "neither"];

pub(super) fn first_capital(c: Ctx<'_>, start: usize, end: usize) -> Option<usize> {
    (start..end).find(|&i| c.tokens[i].cap() && !c.tokens[i].is(DETERMINER))
}

pub(super) fn classify_common(c: Ctx<'_>, m: &mut Mention, start: usize, end: usize, has_det: bool, described: bool) {
    let tokens = &c.tokens[start..end];
    let head_index = if described {
        let before_pp = tokens.iter().position(|t| t.is(PREPOSITION)).unwrap_or(tokens.len());
        (0..before_pp).rev().find(|&k| !tokens[k].is(SOURCE_ADJECTIVE)).unwrap_or(0)
    } else {
        tokens.len() - 1
    };
    let head = &tokens[head_index];
    m.head = (start + head_index) as u32;
    let body_start = if has_det && tokens.len() > 1 { start + 1 } else { start };
    m.name = span_of(c.tokens, body_start.min(end - 1), end);
    let capital_modifier = tokens[..head_index].iter().any(|t| t.cap() && !t.is(DETERMINER));
    // `administration officials`, `campaign aides`, `his aides`: a word
    // before the head that is neither vague nor a count says whose they are.
    let describing_modifier = tokens[..head_index].iter().any(|t| {
        t.is(POSSESSIVE)
            || possessive(t)
            || (t.is_word() && !t.is(DETERMINER | VAGUE_MODIFIER | SOURCE_ADJECTIVE) && !number_word(c, t) && !QUANTIFIERS.iter().any(|w| c.is_word(t, w)))
    });
    let lone_quantifier = tokens.len() == 1 && QUANTIFIERS.iter().chain(&EVERYONE).any(|w| c.is_word(head, w));
    m.kind = if lone_quantifier {
        if ["another", "one", "each", "neither"].iter().any(|w| c.is_word(head, w)) {
            MentionKind::Anonymous
        } else {
            MentionKind::Group
        }
    } else if head.is(ANONYMOUS) {
        m.described = described || capital_modifier || describing_modifier;
        MentionKind::Anonymous
    } else if head.is(ROLE) {
        MentionKind::Person
    } else if head.is(ORG) {
        MentionKind::Organisation
    } else if head.is(GROUP) || plural_noun(c.word(head)) || number_word(c, head) {
        MentionKind::Group
    } else {
        MentionKind::Organisation
    };
    if m.kind == MentionKind::Anonymous || m.kind == MentionKind::Group {
        if plural_noun(c.word(head)) || number_word(c, head) {
            m.gender = Gender::Plural;
        }
    } else if m.kind == MentionKind::Organisation {
        m.gender = Gender::Neuter;
    }
}

/// Whether every letter of `w` is a capital (`NATO`, `UN`; a word with
/// no letter too): read by bytes, and by characters only from a byte
/// outside ASCII on (this runs for every name read).
fn all_capitals(w: &str) -> bool {
    for b in w.bytes() {
        if !b.is_ascii() {
            return w.chars().filter(|ch| ch.is_alphabetic()).all(char::is_uppercase);
        }
        if b.is_ascii_lowercase() {
            return false;
        }
    }
    true
}

/// The phrase's gender (male where any word is a male title, else female
/// where any is a female one), and whether any word is a title that is no
/// determiner: read in one pass (this runs for every phrase read).
pub(super) fn gender_and_title(tokens: &[Token]) -> (Gender, bool) {
    let (mut male, mut female, mut titled) = (false, false, false);
    for t in tokens {
        male |= t.is(MALE_TITLE);
        female |= t.is(FEMALE_TITLE);
        titled |= t.is(TITLE) && !t.is(DETERMINER);
    }
    let gender = if male {
        Gender::Male
    } else if female {
        Gender::Female
    } else {
        Gender::Unknown
    };
    (gender, titled)
}

pub fn pronoun_gender(t: &Token) -> Gender {
    if t.is(HE) {
        Gender::Male
    } else if t.is(SHE) {
        Gender::Female
    } else if t.is(THEY | FIRST_PERSON) {
        Gender::Plural
    } else if t.is(IT) {
        Gender::Neuter
    } else {
        Gender::Unknown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_capitals_reads_letters_only() {
        for w in ["NATO", "UN", "G7", "R-ORE.", "ÅLAND", "ÖBB", "4-H"] {
            assert!(all_capitals(w), "{w}");
        }
        for w in ["Nato", "Holm", "McCAIN", "ÅLand", "Ångström", "UNé"] {
            assert!(!all_capitals(w), "{w}");
        }
    }

    #[test]
    fn gender_and_title_in_one_pass() {
        let text = "Mrs. Holm and Mr. Ruiz met Senator Ana Lund and the Lund family";
        let lex = crate::parse::lexicon::lexicon();
        let parsed = crate::parse::parse(text, &crate::source::Prose::plain(text), lex);
        let t = &parsed.tokens;
        // `Mrs. Holm and Mr. Ruiz`: a male title anywhere makes it male.
        assert_eq!(gender_and_title(&t[0..5]).0, Gender::Male);
        assert_eq!(gender_and_title(&t[0..2]), (Gender::Female, true));
        assert_eq!(gender_and_title(&t[6..9]).0, Gender::Unknown);
        assert!(gender_and_title(&t[6..9]).1, "Senator is a title");
        assert_eq!(gender_and_title(&t[10..13]), (Gender::Unknown, false));
    }
}
