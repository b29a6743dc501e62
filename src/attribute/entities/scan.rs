//! Finding the named mentions of the narration.

use crate::parse::mentions::{self, name_word, Ctx, Mention, MentionKind};
use crate::parse::Parsed;

/// `the President`, `the company's CEO`: a title in capitals after an
/// article or a possessive is a description of someone named before (or
/// no one), not a name. (`Mr. King`, `King said` are surnames.)
pub(super) fn title_alone(parsed: &Parsed, m: &Mention) -> bool {
    use crate::parse::lexicon::class::{DETERMINER, ROLE, TITLE};
    use crate::parse::TokenKind;
    let tokens = &parsed.tokens[m.first_token as usize..m.end_token as usize];
    let Some(first) = tokens.iter().position(|t| m.name.contains(t.span())) else { return false };
    let owned = first > 0 && (tokens[first - 1].is(DETERMINER) || tokens[first - 1].kind == TokenKind::Possessive);
    owned && tokens[first..].iter().filter(|t| m.name.contains(t.span())).all(|t| t.is(TITLE | ROLE))
}

/// Names in the narration that no clause made a speaker: the people a
/// pronoun may stand for. Each run of name words is read backwards from its
/// end, so its titles come with it (`Kremlin spokesman Dmitry Peskov`).
///
/// They are handed to `each_sentence` a sentence at a time, in the order
/// found, with the sentence's number, rather than collected for the whole
/// draft: a long draft's list of them (and its sort) was a tenth of its
/// peak memory. A sentence's names lie within it, so sentence by sentence
/// they come in text order.
pub(super) fn name_mentions(c: Ctx<'_>, parsed: &Parsed, mut each_sentence: impl FnMut(usize, &mut Vec<Mention>)) {
    let tokens = &parsed.tokens;
    let mut found = Vec::new();
    // Only a draft with an `@` can have a handle: most have none, and their
    // lower-case words are passed without their first byte read.
    let handles = memchr::memchr(b'@', c.text.as_bytes()).is_some();
    for (number, sentence) in parsed.sentences.iter().enumerate() {
        found.clear();
        let first = sentence.first as usize;
        // The sentence's tokens as a slice: walked without a bounds check a token.
        let words = sentence.tokens(tokens);
        // Whether token `k` is a name word, when step `k - 1` worked it out.
        let mut next_is_name: Option<bool> = None;
        // Only a token that may be a name word of the narration may end a
        // run: most are not, and are passed over by a search of their own
        // (two tokens a turn, at a few tests each), not read through every
        // test of a name word.
        let mut k = 0;
        while let Some(skip) = crate::parse::search::position_by_pairs(&words[k..], |t| may_end_a_run(c, t, handles)) {
            if skip > 0 {
                // Worked out for a token passed over.
                next_is_name = None;
            }
            k += skip;
            let t = &words[k];
            k += 1;
            let i = first + k - 1;
            let next = words.get(k);
            let known = next_is_name.take();
            let ends_run = t.depth == 0
                && known.unwrap_or_else(|| name_word(c, t))
                && next.is_none_or(|n| {
                    let is_name = name_word(c, n);
                    next_is_name = Some(is_name);
                    !is_name
                });
            if !ends_run {
                continue;
            }
            // `Finnish leader`, `Republican candidates`: a capital before a noun describes it.
            use crate::parse::lexicon::class::{ANONYMOUS, GROUP, ORG, ROLE};
            let modifier = next.is_some_and(|n| n.is_word() && !n.cap() && n.is(ROLE | ANONYMOUS | GROUP | ORG));
            if modifier {
                continue;
            }
            if let Some(mut m) = mentions::phrase_ending_at(c, first, i + 1) {
                // `Okafor formed Bell Okafor in 1990`: a name a verb of
                // founding («entity-words» [founding-verbs]) makes is a
                // firm's, not a person's, and joins no one of its surname.
                // Most names come after a function word (`with`, `and`,
                // `the`), which is no such verb: its list is not read.
                let before = (m.first_token as usize).checked_sub(1).map(|k| &tokens[k]);
                let may_found = |b: &crate::parse::Token| b.is_word() && !b.is(NOT_A_VERB) && c.lex.in_list("founding-verbs", c.word(b));
                if m.kind == MentionKind::Person && before.is_some_and(may_found) {
                    m.kind = MentionKind::Organisation;
                }
                if matches!(m.kind, MentionKind::Person | MentionKind::Organisation) {
                    found.push(m);
                }
            }
        }
        if !found.is_empty() {
            each_sentence(number, &mut found);
        }
    }
}

/// The classes of a word that is no verb of founding (a function word, a
/// determiner, a pronoun): the words of «entity-words» [founding-verbs]
/// have none of them (a test below holds the list to it).
const NOT_A_VERB: u32 = {
    use crate::parse::lexicon::class::{DETERMINER, FUNCTION, PRONOUN};
    FUNCTION | DETERMINER | PRONOUN
};

/// Whether token `t` may be a name word of the narration: outside
/// quotation marks, and capitalised, hyphenated or a handle (`@`), as
/// every word [`name_word`] accepts is. A handle only where `handles`
/// says the draft may have one.
#[inline(always)]
fn may_end_a_run(c: Ctx<'_>, t: &crate::parse::Token, handles: bool) -> bool {
    t.depth == 0 && (t.cap() || t.has_hyphen() || (handles && t.is_word() && c.text.as_bytes().get(t.span().start) == Some(&b'@')))
}

#[cfg(test)]
mod tests {
    use crate::parse::lexicon::lexicon;

    /// The names `name_mentions` finds in `text`, in order.
    fn kinds(text: &str) -> Vec<(String, crate::parse::MentionKind)> {
        let parsed = crate::parse::parse(text, &crate::source::Prose::plain(text), lexicon());
        let mut out = Vec::new();
        super::name_mentions(parsed.ctx(text, lexicon()), &parsed, |_, found| out.extend(found.drain(..).map(|m| (m.name.of(text).to_string(), m.kind))));
        out
    }

    fn names(text: &str) -> Vec<String> {
        kinds(text).into_iter().map(|(name, _)| name).collect()
    }

    #[test]
    fn names_are_found_among_the_words_passed_over() {
        // Capitalised, a handle, hyphenated with a capital after the hyphen,
        // and a name that ends its sentence with no token after it.
        assert_eq!(names("The pilots met with Ana Ruiz on the old pier at dawn, and with @harbourboard later."), ["Ana Ruiz", "@harbourboard"]);
        assert_eq!(names("The crew of the ferry met al-Okafor on the pier. They waited long for Tom Bell"), ["al-Okafor", "Tom Bell"]);
    }

    #[test]
    fn a_handle_is_a_name_only_where_the_draft_has_an_at_sign() {
        let text = "The pilots met with the crew at dawn, and with @harbourboard later.";
        assert_eq!(names(text), ["@harbourboard"]);
        assert!(names(&text.replace('@', "")).is_empty());
        let parsed = crate::parse::parse(text, &crate::source::Prose::plain(text), lexicon());
        let c = parsed.ctx(text, lexicon());
        let handle = parsed.tokens.iter().find(|t| t.span().of(text) == "@harbourboard").expect("the handle is a token");
        assert!(super::may_end_a_run(c, handle, true) && !super::may_end_a_run(c, handle, false));
    }

    #[test]
    fn a_name_a_verb_of_founding_makes_is_a_firm_s() {
        use crate::parse::MentionKind::{Organisation, Person};
        assert!(kinds("In 1990 Okafor formed Bell Okafor with a partner.").contains(&("Bell Okafor".into(), Organisation)));
        assert!(kinds("In 1990 Okafor met Bell Okafor with a partner.").contains(&("Bell Okafor".into(), Person)));
    }

    #[test]
    fn no_verb_of_founding_is_a_function_word() {
        // The test `name_mentions` makes before reading the list: a verb of
        // founding has none of the classes `NOT_A_VERB` passes over, as
        // the lexicon gives them and as the tokens of a sentence carry them.
        let lex = lexicon();
        for verb in lex.list("founding-verbs") {
            assert_eq!(lex.word(verb).flags & super::NOT_A_VERB, 0, "{verb}");
            let text = format!("In 1990 Okafor {verb} Bell Okafor with a partner.");
            let parsed = crate::parse::parse(&text, &crate::source::Prose::plain(&text), lex);
            let token = parsed.tokens.iter().find(|t| t.span().of(&text) == *verb).expect("the verb is a token");
            assert!(!token.is(super::NOT_A_VERB), "{verb}");
            assert!(kinds(&text).contains(&("Bell Okafor".into(), crate::parse::MentionKind::Organisation)), "{verb}");
        }
        // A function word before a name is passed over: the name stays a person's.
        for word in ["with", "and", "the", "by", "has"] {
            let token = crate::parse::parse(word, &crate::source::Prose::plain(word), lex).tokens[0];
            assert!(token.is(super::NOT_A_VERB), "{word}");
        }
        assert!(kinds("In 1990 Okafor met with Bell Okafor at the port.").contains(&("Bell Okafor".into(), crate::parse::MentionKind::Person)));
    }

    #[test]
    fn a_sentence_opening_given_joins_no_name() {
        assert_eq!(names("Given Okafor's record at the port, the pilots waited."), ["Okafor"]);
        assert_eq!(names("Marta Okafor waited at the port."), ["Marta Okafor"]);
    }

    #[test]
    fn words_in_quotes_and_lower_case_words_end_no_name() {
        assert!(names("The pilots said \"Ana Ruiz was late\" and left the old pier at dawn.").is_empty());
        assert!(names("the pilots waited at the old pier for the ferry to leave at dawn.").is_empty());
        // A hyphenated word with no capital after its hyphen is no name.
        assert!(names("the pilots met the mayor-elect at the pier.").is_empty());
    }
}
