//! Reading the lexicon files: each `grammar/*.txt` parsed (entries,
//! `[section]` headers, verb forms, phrase lines) into the word table, the
//! lemmas, the loaded verbs' suggestions and the word lists, checked as it
//! is read (an unknown section stops the build), and a newsroom's extra
//! words added.
//!
//! Apart from the lookup because it runs once, at start, and the lookup
//! for every word of every draft.

use rustc_hash::FxHashMap as HashMap;

use super::info::{class, Phrase, PhraseKind, Verb, VerbClass, VerbForm, WordInfo};
use super::{lexicon, Key, Lexicon, PhraseStarts, WordTable};
use crate::parse::word_lists::WordLists;

/// Words a newsroom adds to the built-in lexicons in its configuration.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extras {
    /// Reporting verbs, each with its forms: `"aver avers averred averring"`.
    pub verbs: Vec<String>,
    /// Titles and roles; capitalised ones stand before names.
    pub titles: Vec<String>,
    /// Words that make a phrase an organisation (`"syndicate"`).
    pub organisations: Vec<String>,
}

/// Non-blank, non-comment lines of a lexicon file.
pub(super) fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines().map(|line| line.split('#').next().unwrap_or("").trim()).filter(|line| !line.is_empty())
}

/// Entries grouped under `[section]` headers.
fn sections(text: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    let mut section = "";
    entries(text).filter_map(move |line| {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name;
            None
        } else {
            Some((section, line))
        }
    })
}

fn verb_class(section: &str) -> VerbClass {
    match section {
        "speech" => VerbClass::Speech,
        "thought" => VerbClass::Thought,
        "evidence" => VerbClass::Evidence,
        "stance" => VerbClass::Stance,
        other => panic!("grammar/reporting-verbs.txt: unknown section [{other}]"),
    }
}

fn form_of(base: &str, form: &str) -> VerbForm {
    if form == base {
        VerbForm::Base
    } else if form.ends_with("ing") {
        VerbForm::Ing
    } else if form.ends_with('s') && (form.len() <= base.len() + 2) && !form.ends_with("ss") {
        VerbForm::Third
    } else {
        VerbForm::Past
    }
}

fn function_class(section: &str) -> u32 {
    use class::*;
    match section {
        "pronoun-male" => HE,
        "pronoun-female" => SHE,
        "pronoun-plural" => THEY,
        "pronoun-neuter" => IT,
        "pronoun-first" => FIRST_PERSON,
        "pronoun-second" => SECOND_PERSON,
        "relative" => RELATIVE,
        "determiner" => DETERMINER,
        "possessive" => POSSESSIVE,
        "gap" => GAP,
        "preposition" => PREPOSITION,
        "conjunction" => CONJUNCTION,
        "time" => TIME,
        "name-particle" => NAME_PARTICLE,
        "adjective-of-source" => SOURCE_ADJECTIVE,
        "vague-source-modifier" => VAGUE_MODIFIER,
        other => panic!("grammar/function-words.txt: unknown section [{other}]"),
    }
}

impl Lexicon {
    pub(super) fn build() -> Lexicon {
        let mut lex = Lexicon {
            words: WordTable::default(),
            phrases: Vec::new(),
            phrases_by_first: PhraseStarts::default(),
            loaded: HashMap::default(),
            lemmas: Vec::new(),
            lists: WordLists::default(),
        };
        lex.add_verbs(include_str!("../../../grammar/reporting-verbs.txt"));
        lex.add_titles(include_str!("../../../grammar/titles.txt"));
        lex.add_words(include_str!("../../../grammar/organisations.txt"), class::ORG);
        lex.add_words(include_str!("../../../grammar/anonymous.txt"), class::ANONYMOUS);
        lex.add_words(include_str!("../../../grammar/groups.txt"), class::GROUP);
        for place in entries(include_str!("../../../grammar/places.txt")) {
            lex.flag_every_word(place, class::PLACE);
        }
        lex.add_words(include_str!("../../../grammar/abbreviations.txt"), class::ABBREVIATION);
        for (section, word) in sections(include_str!("../../../grammar/function-words.txt")) {
            lex.flag(word, function_class(section));
        }
        for (section, word) in sections(include_str!("../../../grammar/gendered-titles.txt")) {
            lex.flag(word, if section == "male" { class::MALE_TITLE } else { class::FEMALE_TITLE });
        }
        for (section, word) in sections(include_str!("../../../grammar/claim-sources.txt")) {
            lex.flag(word, if section == "legal" { class::LEGAL_SOURCE } else { class::DATA_SOURCE });
        }
        for line in entries(include_str!("../../../grammar/loaded-verbs.txt")) {
            let (verb, suggestion) = line.split_once("=>").expect("loaded-verbs.txt: verb => suggestion");
            lex.loaded.insert(verb.trim(), suggestion.trim());
            lex.flag(verb.trim(), class::LOADED);
        }
        lex.add_lists(include_str!("../../../grammar/figures.txt"));
        lex.add_lists(include_str!("../../../grammar/clause-words.txt"));
        lex.add_lists(include_str!("../../../grammar/cue-words.txt"));
        lex.add_lists(include_str!("../../../grammar/entity-words.txt"));
        lex.add_phrases(include_str!("../../../grammar/multiword-cues.txt"), PhraseKind::Cue);
        lex.add_phrases(include_str!("../../../grammar/weasel.txt"), PhraseKind::Weasel);
        lex.add_phrases(include_str!("../../../grammar/reportedly.txt"), PhraseKind::Reportedly);
        lex.add_phrases(include_str!("../../../grammar/boilerplate.txt"), PhraseKind::Boilerplate);
        lex.add_phrases(include_str!("../../../grammar/allegations.txt"), PhraseKind::Allegation);
        lex.add_phrases(include_str!("../../../grammar/vague-studies.txt"), PhraseKind::VagueStudy);
        lex.add_phrases(include_str!("../../../grammar/catenatives.txt"), PhraseKind::Catenative);
        lex
    }

    fn add_lists(&mut self, text: &'static str) {
        for (section, word) in sections(text) {
            self.lists.push(section, word);
        }
    }

    /// The built-in lexicons with a newsroom's own words added.
    pub fn with_extras(extras: &Extras) -> Lexicon {
        let mut lex = lexicon().clone();
        for line in &extras.verbs {
            let forms: Vec<&str> = line.split_whitespace().collect();
            let Some(base) = forms.first() else { continue };
            let lemma = lex.lemmas.len() as u16;
            lex.lemmas.push(base.to_string());
            for form in &forms {
                let info = lex.entry(form);
                info.flags |= class::CUE;
                info.verb.get_or_insert(Verb { class: VerbClass::Speech, form: form_of(base, form), lemma });
            }
        }
        for title in &extras.titles {
            let kind = if title.starts_with(char::is_uppercase) { class::TITLE_BEFORE_NAME } else { class::ROLE };
            for word in title.split_whitespace() {
                lex.flag(word.trim_end_matches('.'), class::TITLE | kind);
            }
        }
        for org in &extras.organisations {
            if let Some(last) = org.split_whitespace().last() {
                lex.flag(last, class::ORG);
            }
        }
        lex
    }

    pub(super) fn entry(&mut self, word: &str) -> &mut WordInfo {
        // A word of ASCII letters and `’` (nearly every lexicon word) is
        // spelt as its key: lower case, `’` as `'`. Its key is made on the
        // stack, as a lookup makes it, rather than in two new strings; this
        // runs for every word of every lexicon, at every start.
        match Key::of(word) {
            Some(key) => self.words.entry_for_key(&key),
            None => self.words.entry(word.to_lowercase().replace('\u{2019}', "'")),
        }
    }

    fn flag(&mut self, word: &str, flags: u32) {
        self.entry(word).flags |= flags;
    }

    /// Flags each word of a lexicon entry (`South Korea`, `Lt. Gen.`),
    /// without the full stop of an abbreviation.
    fn flag_every_word(&mut self, entry: &str, flags: u32) {
        for word in entry.split(' ') {
            self.flag(word.trim_end_matches('.'), flags);
        }
    }

    fn add_words(&mut self, text: &'static str, flags: u32) {
        for word in entries(text) {
            if word.contains(' ') {
                // A multi-word organisation ("white house") is known by its last word.
                let last = word.rsplit(' ').next().unwrap_or(word);
                self.flag(last, flags);
            } else {
                self.flag(word.trim_end_matches('.'), flags);
            }
        }
    }

    fn add_titles(&mut self, text: &'static str) {
        for title in entries(text) {
            let before_name = title.starts_with(|c: char| c.is_uppercase());
            let kind = if before_name { class::TITLE_BEFORE_NAME } else { class::ROLE };
            self.flag_every_word(title, class::TITLE | kind);
        }
    }

    fn add_verbs(&mut self, text: &'static str) {
        for (section, line) in sections(text) {
            let class = verb_class(section);
            let transitive = line.ends_with('!');
            let forms: Vec<&str> = line.split_whitespace().filter(|f| *f != "!").collect();
            let base = forms[0].trim_start_matches('-');
            let lemma = self.lemmas.len() as u16;
            self.lemmas.push(base.to_string());
            // A form written `-form` is a known verb form but not a cue.
            for form in &forms {
                let (form, cue) = match form.strip_prefix('-') {
                    Some(f) => (f, false),
                    None => (*form, true),
                };
                let info = self.entry(form);
                if cue {
                    info.flags |= class::CUE;
                }
                if transitive {
                    info.flags |= class::TRANSITIVE;
                }
                if info.verb.is_none() || (cue && !info.is(class::CUE)) {
                    info.verb = Some(Verb { class, form: form_of(base, form), lemma });
                }
            }
        }
    }

    fn add_phrases(&mut self, text: &'static str, kind: PhraseKind) {
        for line in entries(text) {
            let mut words: Vec<&'static str> = line.split(' ').filter(|w| !w.is_empty()).collect();
            let source_slot = words.iter().position(|w| *w == "NP");
            if let Some(slot) = source_slot {
                words.truncate(slot);
            }
            let index = self.phrases.len();
            self.phrases_by_first.add(words[0], index);
            self.entry(words[0]).phrase_kinds |= kind.bit();
            self.phrases.push(Phrase { words, kind, source_slot });
        }
        // Longest phrase first, so the longer cue wins at a position.
        let phrases = &self.phrases;
        for list in self.phrases_by_first.short.values_mut().chain(self.phrases_by_first.long.values_mut()) {
            list.sort_by_key(|&i| std::cmp::Reverse(phrases[i].words.len()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_know_their_class_and_form() {
        let said = lexicon().word("Said").verb.unwrap();
        assert_eq!(said.class, VerbClass::Speech);
        assert_eq!(said.form, VerbForm::Past);
        assert_eq!(lexicon().word("saying").verb.unwrap().form, VerbForm::Ing);
        assert_eq!(lexicon().word("says").verb.unwrap().form, VerbForm::Third);
        assert_eq!(lexicon().lemma(said.lemma), "say");
        assert!(lexicon().word("table").verb.is_none());
    }

    #[test]
    fn word_lists_are_read_by_section() {
        assert!(lexicon().list("months").contains(&"sept."));
        assert_eq!(lexicon().list("percent"), ["percent", "pct", "percentage"]);
        for name in [
            "units", "magnitudes", "labels", "phase-verbs", "spend-verbs", "take-verbs", "put-out-verbs", "headline-kickers", "belief-participles",
            "irregular-verb-forms", "term-markers", "gloss-markers", "works-in-apposition", "generic-organisations", "corporate-words",
        ] {
            assert!(!lexicon().list(name).is_empty(), "{name}");
        }
    }

    #[test]
    fn titles_roles_and_pronouns_are_flagged() {
        assert!(lexicon().word("President").is(class::TITLE_BEFORE_NAME));
        assert!(lexicon().word("spokesman").is(class::ROLE));
        assert!(lexicon().word("Mr.").is(class::TITLE) || lexicon().word("Mr").is(class::TITLE));
        assert!(lexicon().word("she").is(class::SHE));
        assert!(lexicon().word("Kremlin").is(class::ORG));
    }
}
