//! Documents and the texts that speak: a document before its handler
//! speaks (`a letter obtained by the Gazette warns`), a document's maker
//! after `by` or `from` belongs to the source (`according to an analysis
//! by the Institute`), and a phrase whose head names a text that tells
//! (`the memo`, `her speech`) may report on its own.

use nom::Parser;

use super::*;

/// `A letter from the guild obtained by the Gazette warns …`, `a survey
/// conducted by the Harbour Institute found …`: the phrase after `by` names
/// who obtained or made a document («clause-words» [handled-by-participles]);
/// the document before the participle speaks, and takes the participle and
/// its agent with it as words describing it.
pub(super) fn document_before_its_handler<'a>(c: Ctx<'a>, start: usize, rest: Backward<'a>, found: &Mention) -> Option<(Backward<'a>, Mention)> {
    let by = rest.at().checked_sub(1)?;
    let participle = by.checked_sub(1).filter(|&k| k > start)?;
    let handled = c.is_word(&c.tokens[by], "by") && c.lex.list("handled-by-participles").iter().any(|w| c.is_word(&c.tokens[participle], w));
    let noun = &c.tokens[participle - 1];
    if !handled || !noun.is_word() || noun.is(FUNCTION | PRONOUN) || verbal(c, noun) {
        return None;
    }
    let (mut outer, mut document) = mentions::before(c).parse(Backward::new(c.tokens, start, participle)).ok()?;
    // `a letter from the guild obtained by …`: the maker after `from` or
    // `of` describes the document, which is the phrase before it.
    if outer.first().is_some_and(|t| c.is_word(t, "from") || c.is_word(t, "of")) && outer.at() - 1 > start {
        if let Ok((before, whole)) = mentions::before(c).parse(Backward::new(c.tokens, start, outer.at() - 1)) {
            (outer, document) = (before, Mention { span: whole.span.cover(document.span), end_token: document.end_token, ..whole });
        }
    }
    Some((outer, Mention { span: document.span.cover(found.span), end_token: found.end_token, ..document }))
}

/// `according to an audit by the Harbour Institute`, `a post from Lena
/// Abt`: a document's maker, after `by`, `from` or `with`, belongs to the
/// source (the annotation often names only the maker), not to the report's
/// words. Not after `of`: `the mean of recent polls` names what was
/// averaged, and the vague-study rule would read the polls as the source.
pub(super) fn source_with_maker(c: Ctx<'_>, sentence: &Sentence, end: usize, source: Mention) -> (usize, Mention) {
    let maker_follows = c.tokens.get(end).filter(|_| end < sentence.end as usize).is_some_and(|t| ["by", "from", "with"].iter().any(|w| c.is_word(t, w)));
    let common = !c.tokens[source.head as usize].cap();
    let longer = maker_follows.then(|| mentions::loose_phrase(c, source.first_token as usize, sentence.end as usize)).flatten();
    match longer.filter(|l| common && l.end_token as usize > end + 1) {
        Some(l) => (l.end_token as usize, Mention { span: source.span.cover(l.span), end_token: l.end_token, ..source }),
        None => (end, source),
    }
}

/// Whether a phrase's head names a text that tells (`the memo`, `her
/// speech`, `a footnote`: «clause-words» [documents-that-tell],
/// [speech-nouns], [written-things], [texts-that-speak]), which may
/// report on its own.
pub(super) fn head_names_text(c: Ctx<'_>, phrase: &Mention) -> bool {
    const TEXTS: [&str; 4] = ["documents-that-tell", "speech-nouns", "written-things", "texts-that-speak"];
    let head = c.word(&c.tokens[phrase.head as usize]);
    TEXTS.iter().any(|list| c.lex.in_list(list, head))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{parse, LEDE};

    #[test]
    fn according_to_takes_the_maker_of_a_document() {
        let got = parse(&format!("{LEDE}Fares rose by a fifth, according to an audit by the Harbour Institute."));
        assert_eq!(got[0].1.as_deref(), Some("an audit by the Harbour Institute"));
        let got = parse(&format!("{LEDE}Fares rose by a fifth, according to the mean of recent counts."));
        assert_eq!(got[0].1.as_deref(), Some("the mean"));
    }

    #[test]
    fn a_document_obtained_by_someone_speaks_not_who_obtained_it() {
        let source = |text: &str, cue: &str| {
            let got = parse(&format!("{LEDE}{text}"));
            got.iter().find(|c| c.0 == cue).unwrap_or_else(|| panic!("{cue} is a cue: {got:?}")).1.clone()
        };
        let letter = "A letter from the guild obtained by the Harbour Gazette warns that the fares will rise.";
        assert_eq!(source(letter, "warns").as_deref(), Some("A letter from the guild obtained by the Harbour Gazette"));
        let survey = "A survey conducted by the Harbour Institute found that riders want more boats.";
        assert_eq!(source(survey, "found").as_deref(), Some("A survey conducted by the Harbour Institute"));
    }
}
