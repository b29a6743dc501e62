//! ## What it flags
//! One person's name spelt two ways in the same draft (`Okafor` and
//! `Okafur`), found by string similarity; also a name written with a
//! straight apostrophe in one place and a curly one in another
//! (`O'Neill`, `O’Neill`), which searches and corrections treat as two.
//!
//! ## Why it matters
//! A misspelt name is the most common correction a paper prints, and two
//! spellings leave the reader unsure whether they are two people.
//!
//! ## Example
//! ```text
//! Ines Okafor chairs the board. … "We are ready," Okafur said.
//! ```
//! Spell it the same way throughout: `Okafor said.`
//!
//! A spelling inside an embedded post (`<tweet …>…</tweet>`) is its
//! author's, shown as posted, and is not flagged.

use crate::attribute::entities::{variant_spelling, Entity};
use crate::check::public_figures;
use crate::check::{Context, Finding, Rule, Severity};
use crate::parse::{Gender, MentionKind};

pub const RULE: Rule = Rule { name: "speaker-name-variant", severity: Severity::Warning, run };

fn run(cx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for entity in &cx.attributed.entities.list {
        if entity.kind != MentionKind::Person || !set_up_as_person(entity, cx.text) {
            continue;
        }
        let mut spellings = cx.attributed.entities.spellings(entity);
        let Some(first) = spellings.next() else { continue };
        let first = first.of(cx.text);
        for span in spellings {
            let spelling = span.of(cx.text);
            // `<tweet …>… Syed …</tweet>`: a post shows its author's
            // spelling as posted, which the paper cannot correct.
            if !misspelt(cx, first, spelling) || public_figures::in_embedded_post(cx, span.start) {
                continue;
            }
            let finding = if apostrophes_only(first, spelling) {
                Finding::new(span, format!("“{spelling}” and “{first}”, used earlier for {}, differ only in the apostrophe", entity.name(cx.text)))
                    .help(format!("use one apostrophe throughout: {first}"))
            } else {
                Finding::new(span, format!("“{spelling}” looks like a misspelling of “{first}”, used earlier for {}", entity.name(cx.text)))
                    .help(format!("spell the name the same way throughout: {first}"))
            };
            out.push(finding);
        }
    }
    out
}

/// The draft shows this is someone: a full name, a title or role, a
/// gendered word for them, or a report they made. A lone capitalised word
/// with none of these is as likely a programme or a product (`Medicare`
/// and `Medicaid` are two, not one spelt twice).
fn set_up_as_person(entity: &Entity, text: &str) -> bool {
    entity.spoke || entity.has_roles() || entity.gender != Gender::Unknown || entity.name(text).contains(char::is_whitespace)
}

/// `O'Neill` and `O’Neill`: a straight and a curly apostrophe, no slip of
/// the name itself.
fn apostrophes_only(a: &str, b: &str) -> bool {
    let straight = |w: &str| w.replace('\u{2019}', "'");
    straight(a) == straight(b)
}

/// Two spellings of one name that differ by a slip or two. Not a change of
/// case (`CRUZ`), a plural or an adjective (`Americans`, `Asian`,
/// `Democratic`, words the lexicons know), an account number, nor another
/// word of the same full name (`Bush` for `Jeb Bush`, whose last word is
/// `Bush` too).
fn misspelt(cx: &Context<'_>, first: &str, spelling: &str) -> bool {
    let known = |w: &str| cx.lexicon.word(w).flags != 0 || w.strip_suffix('s').is_some_and(|stem| cx.lexicon.word(stem).flags != 0);
    // `Asia` and `Asians` are a place and its people; `@Ferry334` and
    // `@Ferry335` two accounts.
    // `Mike` and `Mikey` are a name and its pet form.
    let inflected = |a: &str, b: &str| {
        b.len() > a.len()
            && b.is_char_boundary(a.len())
            && b[..a.len()].eq_ignore_ascii_case(a)
            && matches!(&b[a.len()..], "s" | "es" | "n" | "ns" | "y" | "ie")
    };
    let numbered = |w: &str| w.bytes().any(|b| b.is_ascii_digit());
    !first.eq_ignore_ascii_case(spelling)
        && !numbered(first)
        && !numbered(spelling)
        && !inflected(first, spelling)
        && !inflected(spelling, first)
        && !known(first)
        && !known(spelling)
        && variant_spelling(first, spelling)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{flagged, words};

    #[test]
    fn flags_a_second_spelling() {
        let text = "Ines Okafor chairs the board.\n\n\"We are ready,\" Okafur said.";
        let got = flagged("speaker-name-variant", text);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Okafur");
    }

    #[test]
    fn passes_a_spelling_inside_an_embedded_post_but_not_in_the_copy() {
        let text = "Ines Okafor chairs the board.\n\n<tweet author=\"@harbour\">Okafur says the boats are ready</tweet>.\n\n\"We are ready,\" Okafor said.";
        assert!(words("speaker-name-variant", text).is_empty());
        let text = "Ines Okafor chairs the board.\n\n<tweet author=\"@harbour\">The boats are ready</tweet>.\n\n\"We are ready,\" Okafur said.";
        assert_eq!(words("speaker-name-variant", text), ["Okafur"]);
    }

    #[test]
    fn says_when_only_the_apostrophe_differs() {
        let text = "Dana O\u{2019}Neill chairs the board.\n\n\"We are ready,\" O'Neill said.";
        let got = flagged("speaker-name-variant", text);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].1.contains("differ only in the apostrophe"), "{got:?}");
    }

    #[test]
    fn passes_plurals_case_and_known_words() {
        let text = "Ines Okafor met Americans at the pier.\n\n\"We are ready,\" said one American, Tom Reyes.\n\n\"OKAFOR SAID YES,\" Reyes said.";
        assert!(flagged("speaker-name-variant", text).is_empty());
    }

    #[test]
    fn passes_lone_words_the_draft_never_makes_people() {
        let text = "The plan cuts Medicare and Medicaid alike.\n\n\"We are ready,\" Tom Reyes said.";
        assert!(flagged("speaker-name-variant", text).is_empty());
    }

    #[test]
    fn passes_a_pet_form_of_a_name() {
        let text = "Mike’s name is on every page. Mike writes at dawn, and he never stops.\n\nOne of Mikey’s notes came today.";
        assert!(flagged("speaker-name-variant", text).is_empty());
    }

    #[test]
    fn passes_a_full_name_after_a_lone_word_it_nearly_matches() {
        let text =
            "Historians David and Jeanne Holm wrote that the boats \"had always been slow.\"\n\nM. Thomas Davis, a retired pilot, said the boats were fine.";
        assert!(flagged("speaker-name-variant", text).is_empty());
    }

    #[test]
    fn passes_two_different_people() {
        let text = "Ines Okafor chairs the board.\n\n\"We are ready,\" Tom Reyes said.";
        assert!(flagged("speaker-name-variant", text).is_empty());
    }
}
