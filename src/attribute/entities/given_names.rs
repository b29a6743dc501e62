//! A person's gender from a first name the lexicon knows (`Ana Okafor` is
//! a `she`), for a full name no honorific or gendered title marks.

use crate::parse::mentions::Gender;
use crate::parse::Lexicon;
use std::cmp::Ordering;

/// The gender the first word of `name` gives, when the name has a first
/// and a last word and the first is in «female-given-names» or
/// «male-given-names».
pub fn given_name_gender(lex: &Lexicon, name: &str) -> Gender {
    let mut words = name.split_whitespace();
    let (Some(first), Some(_)) = (words.next(), words.next()) else { return Gender::Unknown };
    if listed(lex.list("female-given-names"), first) {
        Gender::Female
    } else if listed(lex.list("male-given-names"), first) {
        Gender::Male
    } else {
        Gender::Unknown
    }
}

/// `word`, in any case, is in `list` (lower case, sorted).
fn listed(list: &[&str], word: &str) -> bool {
    list.binary_search_by(|l| lower_cmp(l, word)).is_ok()
}

/// Compares lower-case `listed` with `word` lower-cased, without a copy.
fn lower_cmp(listed: &str, word: &str) -> Ordering {
    listed.bytes().cmp(word.bytes().map(|b| b.to_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lexicon::lexicon;

    #[test]
    fn a_first_name_shows_the_gender_and_a_surname_alone_does_not() {
        let lex = lexicon();
        assert_eq!(given_name_gender(lex, "Ana Okafor"), Gender::Female);
        assert_eq!(given_name_gender(lex, "TOM Okafor"), Gender::Male);
        assert_eq!(given_name_gender(lex, "Okafor"), Gender::Unknown);
        assert_eq!(given_name_gender(lex, "Alex Okafor"), Gender::Unknown);
    }

    #[test]
    fn the_lists_are_sorted_for_binary_search() {
        for name in ["female-given-names", "male-given-names"] {
            let list = lexicon().list(name);
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{name}");
        }
    }
}
