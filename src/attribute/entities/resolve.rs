//! Pronouns (`he`) and descriptions (`the senator`) resolved to the entity
//! they most likely stand for.

use super::names::{lower_case, raw_words, words};
use super::{after_place_preposition, Entities, Entity, Resolution, Sighting, DESCRIPTION_REACH};
use crate::parse::mentions::{Ctx, Gender, Mention, MentionKind};
use crate::parse::{Lexicon, Parsed};

/// Words «titles» lists because they stand inside a title (`acting
/// director`) but that name no office on their own, beside the lexicon's
/// vague modifiers (`former`, `senior`, `top`), which say as little.
const TITLE_MODIFIERS: [&str; 4] = ["acting", "fellow", "then", "ex"];

/// `I`, `we` in the narration, outside any quote: the writer (a column, an
/// editorial's `we`), not the last name mentioned (`Germany`, `the FBI`).
fn writer_speaking(parsed: &Parsed, at: usize) -> bool {
    let t = &parsed.tokens[at];
    t.depth == 0 && t.is(crate::parse::lexicon::class::FIRST_PERSON)
}

impl Entities {
    /// The entity a pronoun at token `at` stands for. Two that fit equally
    /// are no puzzle when the one chosen is the subject of the sentence
    /// before (or of this one, before the pronoun): `Glen Kopp said … Clinton
    /// and her aides. "…," he said` goes on about Kopp.
    pub fn resolve_pronoun(&self, text: &str, parsed: &Parsed, lex: &Lexicon, at: usize, gender: Gender) -> Resolution {
        if writer_speaking(parsed, at) {
            return Resolution { entity: None, candidates: Vec::new(), contested: false };
        }
        let mut resolution = self.resolve_pronoun_among(text, parsed, lex, at, gender);
        if resolution.ambiguous() {
            let mut earlier = self.earlier(parsed, at, 3);
            earlier.retain(|s| resolution.candidates.contains(&s.entity));
            if subject_sighting(parsed.ctx(text, lex), parsed, at, &earlier).is_some_and(|s| Some(s.entity) == resolution.entity) {
                resolution.candidates.clear();
            }
        }
        resolution
    }

    fn resolve_pronoun_among(&self, text: &str, parsed: &Parsed, lex: &Lexicon, at: usize, gender: Gender) -> Resolution {
        let para = parsed.tokens[at].para;
        let fits = |e: &Entity| match gender {
            Gender::Male | Gender::Female => e.kind == MentionKind::Person && (e.gender == gender || e.gender == Gender::Unknown),
            Gender::Neuter => e.kind == MentionKind::Organisation,
            Gender::Plural => matches!(e.kind, MentionKind::Organisation | MentionKind::Group | MentionKind::Anonymous),
            Gender::Unknown => true,
        };
        // `in Miami`, `across Iowa`: a name after a preposition of place is
        // no candidate for `he` or `she` there, nor a name the draft puts
        // only in places.
        let gendered = matches!(gender, Gender::Male | Gender::Female);
        let placed = |s: &Sighting| gendered && (after_place_preposition(text, parsed, s.token) || self.list[s.entity].place());
        let mut earlier = self.earlier(parsed, at, 3);
        earlier.retain(|s| fits(&self.list[s.entity]) && !placed(s));
        let Some(nearest) = earlier.first() else { return Resolution { entity: None, candidates: Vec::new(), contested: false } };

        let current = parsed.sentence_at(parsed.tokens[at].span().start).unwrap_or(0);
        // A speaker in this paragraph or the one before is the likeliest `he`.
        let speaker = earlier.iter().find(|s| s.speaking && para.saturating_sub(s.para) <= 1);
        if let Some(s) = speaker {
            let rival =
                earlier.iter().take_while(|o| o.token > s.token).find(|o| o.entity != s.entity && o.sentence == nearest.sentence && o.sentence + 1 >= current);
            let same_gender = rival.is_some_and(|r| self.list[r.entity].gender == self.list[s.entity].gender);
            // The rival competes for the reader only when the draft has
            // shown it is a `he` (or `she`) too: news copy keeps `he said`
            // for the last speaker.
            let shown = rival.filter(|r| gendered && self.list[r.entity].gender == gender && self.list[s.entity].gender != Gender::Unknown);
            return Resolution {
                entity: Some(s.entity),
                candidates: shown.map_or(Vec::new(), |r| vec![s.entity, r.entity]),
                contested: same_gender && gender != Gender::Plural && gender != Gender::Neuter,
            };
        }
        // `Ruiz pressed Bell and Mayor Ortiz … as she sought`: of the names
        // in the nearest's sentence, one the draft has shown to be a `she`
        // outranks nearer names it has not.
        if let Some(shown) = self.shown_in_sentence(&earlier, nearest.sentence, gender) {
            return Resolution { entity: Some(shown), candidates: Vec::new(), contested: false };
        }
        // No speaker yet: two people named in the same sentence fit equally,
        // but for the reader only when the draft shows both are people (a
        // title, a role or a gender: a bare capitalised name may be a place
        // or a thing).
        let person = |e: usize| self.list[e].gender != Gender::Unknown || self.has_person_role(e, lex);
        let rivals = || earlier.iter().filter(|o| o.sentence == nearest.sentence && o.entity != nearest.entity).map(|o| o.entity);
        let open = gendered && self.list[nearest.entity].gender == Gender::Unknown;
        let contested = open && rivals().next().is_some();
        let mut candidates = Vec::new();
        if open && person(nearest.entity) {
            candidates.push(nearest.entity);
            candidates.extend(rivals().filter(|&e| person(e)).take(2));
            candidates.dedup();
            if candidates.len() < 2 {
                candidates.clear();
            }
        }
        Resolution { entity: Some(nearest.entity), candidates, contested }
    }

    /// The one entity of sentence `sentence`'s sightings whose gender the
    /// draft has shown to be `gender`, when the nearest is not shown and
    /// exactly one such entity is there.
    fn shown_in_sentence(&self, earlier: &[&Sighting], sentence: usize, gender: Gender) -> Option<usize> {
        if !matches!(gender, Gender::Male | Gender::Female) || self.list[earlier.first()?.entity].gender == gender {
            return None;
        }
        let mut shown = earlier.iter().take_while(|o| o.sentence == sentence).map(|o| o.entity).filter(|&e| self.list[e].gender == gender);
        let first = shown.next()?;
        shown.all(|e| e == first).then_some(first)
    }

    /// Among the words before entity `e`'s name, a title or role a person
    /// holds (`Gov.`, `senator`): `former Alaska` carries a word before
    /// it too, but no office.
    fn has_person_role(&self, e: usize, lex: &Lexicon) -> bool {
        use crate::parse::lexicon::class::{ROLE, TITLE, TITLE_BEFORE_NAME, VAGUE_MODIFIER};
        let office = |w: &str| {
            let flags = lex.word(w).flags;
            flags & (ROLE | TITLE | TITLE_BEFORE_NAME) != 0 && flags & VAGUE_MODIFIER == 0 && !TITLE_MODIFIERS.contains(&w)
        };
        self.roles.iter(self.list[e].roles).any(|r| office(self.vocabulary.text(r)))
    }

    /// `the spokesman`, `the ministry`: the earlier entity this description fits.
    pub fn resolve_description(&self, text: &str, parsed: &Parsed, lex: &Lexicon, m: &Mention) -> Option<usize> {
        let head = lower_case(raw_words(m.name.of(text)).last()?);
        let at = m.first_token as usize;
        // The abbreviations that expand to the head (`sen` for `senator`),
        // found once here rather than for every role of every candidate.
        let abbreviations = abbreviations_of(&head);
        let has_role = |e: &Entity| self.roles.iter(e.roles).map(|r| self.vocabulary.text(r)).any(|r| r == head || abbreviations.contains(&r));
        let split = self.name_words.len() == self.list.len();
        let head_id = self.vocabulary.get(&head);
        let earlier = self.earlier(parsed, at, DESCRIPTION_REACH);
        let organisation = m.kind == MentionKind::Organisation;
        // `the company`, `the group`: the organisation named last.
        let generic = organisation && lex.list("generic-organisations").contains(&head.as_str());
        // An entity is sighted many times in the window; testing it once is enough.
        let mut tested = Vec::new();
        let mut first_sighting = |e: &usize| {
            let new = !tested.contains(e);
            if new {
                tested.push(*e);
            }
            new
        };
        let found = earlier.iter().map(|s| s.entity).filter(&mut first_sighting).find(|&e| {
            let entity = &self.list[e];
            let in_name = || if split { head_id.is_some_and(|h| self.name_of(e).contains(&h)) } else { words(entity.name(text)).contains(&head) };
            let corporate = || split && self.name_of(e).iter().any(|&w| lex.list("corporate-words").contains(&self.vocabulary.text(w)));
            has_role(entity) || (organisation && entity.kind == MentionKind::Organisation && (in_name() || (generic && corporate())))
        });
        // With no organisation named, a name nothing marks as a person's;
        // a lone capitalised word that only ever opens a sentence or stands
        // in a headline may be no name at all (`Tolls will rise`).
        found.or_else(|| {
            // Only `the company` and its kind look so far: nothing to read otherwise.
            if !generic {
                return None;
            }
            let unmarked = |e: &Entity| e.kind == MentionKind::Person && !e.has_roles() && e.gender == Gender::Unknown;
            let headline = |s: &Sighting| parsed.paragraphs.get(s.para as usize).is_some_and(|p| p.kind == crate::parse::ParagraphKind::Headline);
            let opens_sentence = |s: &Sighting| headline(s) || parsed.sentences.get(s.sentence).is_some_and(|sentence| sentence.first as usize == s.token);
            let named = |s: &Sighting| s.name.of(text).contains(' ') || !opens_sentence(s);
            earlier.iter().filter(|s| named(s)).map(|s| s.entity).find(|&e| unmarked(&self.list[e]))
        })
    }
}

/// The role word an abbreviated title stands for (`sen` → `senator`).
fn expand_title(abbreviation: &str) -> Option<&'static str> {
    TITLE_ABBREVIATIONS.iter().find(|(a, _)| *a == abbreviation).map(|(_, b)| *b)
}

/// Every `a` for which `expand_title(a) == Some(title)`.
fn abbreviations_of(title: &str) -> Vec<&'static str> {
    TITLE_ABBREVIATIONS.iter().filter(|(a, b)| *b == title && expand_title(a) == Some(*b)).map(|(a, _)| *a).collect()
}

/// The title abbreviations and what each stands for, in the file's order.
static TITLE_ABBREVIATIONS: std::sync::LazyLock<Vec<(&'static str, &'static str)>> = std::sync::LazyLock::new(|| {
    include_str!("../../../grammar/title-abbreviations.txt")
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter_map(|l| l.split_once("=>"))
        .map(|(a, b)| (a.trim(), b.trim()))
        .collect()
});

/// The sighting, among `earlier`, that is the subject of the sentence
/// holding token `at` (read up to it), or else of the sentence before.
fn subject_sighting<'s>(c: Ctx<'_>, parsed: &Parsed, at: usize, earlier: &[&'s Sighting]) -> Option<&'s Sighting> {
    let current = parsed.sentence_at(parsed.tokens[at].span().start)?;
    [current, current.checked_sub(1)?].into_iter().find_map(|k| {
        let sentence = &parsed.sentences[k];
        let end = if k == current { at } else { sentence.end as usize };
        let subject = crate::parse::clauses::sentence_subject(c, sentence, end)?;
        // The first name of the sentence, standing in its subject: a
        // subject read past a verb no lexicon knows (`Reyes met Senator
        // Ortiz`) starts after it.
        let first = earlier.iter().filter(|s| s.sentence == k).min_by_key(|s| s.name.start)?;
        (subject.span.start <= first.name.start && first.name.end <= subject.span.end).then_some(*first)
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::first_speaker;
    use super::*;

    #[test]
    fn a_description_refers_back_to_an_abbreviated_title() {
        let text = "Sen. Ines Okafor opened the inquiry on Monday.\n\nThe senator said the bridge was safe.";
        let speaker = first_speaker(text);
        assert_eq!(speaker.name, "Ines Okafor");
        assert_eq!(speaker.mention.of(text), "The senator");
        assert_eq!(expand_title("sen"), Some("senator"));
    }

    #[test]
    fn abbreviations_of_a_title_are_those_that_expand_to_it() {
        assert!(abbreviations_of("senator").contains(&"sen"));
        assert!(abbreviations_of("no such title").is_empty());
        for &(a, _) in TITLE_ABBREVIATIONS.iter() {
            let title = expand_title(a).unwrap();
            assert!(abbreviations_of(title).contains(&a), "{a}");
        }
    }
}
