//! Tests of one word that may be missing (the word after a number at the
//! end of a paragraph is `None`), shared by the figure rules.

use crate::parse::Lexicon;

/// There is a word and it spells `key`, in any case: `of`, `per cent`.
pub fn spelt(word: Option<&str>, key: &str) -> bool {
    word.is_some_and(|w| w.eq_ignore_ascii_case(key))
}

/// There is a word and it is in the `figures.txt` list `name`, in any case.
pub fn listed(lex: &Lexicon, name: &'static str, word: Option<&str>) -> bool {
    word.is_some_and(|w| lex.in_list(name, w))
}

/// A word list looked up once for a run of words, with the lower-cased
/// first bytes of its words: most words of a draft start with none of
/// them and are passed at one test.
pub struct WordList<'l> {
    words: &'l [&'static str],
    first_bytes: [bool; 256],
}

impl<'l> WordList<'l> {
    /// The list `name` of `lex` (see [`Lexicon::list`]).
    pub fn new(lex: &'l Lexicon, name: &'static str) -> WordList<'l> {
        let words = lex.list(name);
        let mut first_bytes = [false; 256];
        for w in words {
            if let Some(&b) = w.as_bytes().first() {
                first_bytes[b.to_ascii_lowercase() as usize] = true;
            }
        }
        WordList { words, first_bytes }
    }

    /// Whether `word` (a word's bytes in the text: slicing it as a `str`
    /// checks both ends for character boundaries first) is in the list,
    /// in any case.
    pub fn has(&self, word: &[u8]) -> bool {
        let first = word.first().map_or(0, u8::to_ascii_lowercase);
        self.first_bytes[first as usize] && self.words.iter().any(|w| word.eq_ignore_ascii_case(w.as_bytes()))
    }
}

/// A count as copy spells it: in words up to nine, in figures after
/// (`four more figures`, `a 12-sentence quote`).
pub fn spelt_out(n: usize) -> String {
    const WORDS: [&str; 10] = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    WORDS.get(n).map_or_else(|| n.to_string(), |w| (*w).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_list_answers_as_the_lexicon_does() {
        let lex = crate::parse::lexicon::lexicon();
        let months = WordList::new(lex, "months");
        for word in ["March", "march", "MARCH", "Marc", "marches", "", "é", "October"] {
            assert_eq!(months.has(word.as_bytes()), lex.in_list("months", word), "{word}");
        }
    }
}
