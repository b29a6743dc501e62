//! Tests of one word that may be missing (the word after a number at the
//! end of a paragraph is `None`), shared by the figure rules.

use crate::parse::Lexicon;

/// There is a word and it spells `key`, in any case: `of`, `per cent`.
pub fn spelt(word: Option<&str>, key: &str) -> bool {
    word.is_some_and(|w| w.eq_ignore_ascii_case(key))
}

/// There is a word and it is in the `figures.txt` list `name`, in any case.
pub fn listed(lex: &Lexicon, name: &str, word: Option<&str>) -> bool {
    word.is_some_and(|w| lex.in_list(name, w))
}
