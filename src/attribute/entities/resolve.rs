//! Pronouns (`he`) and descriptions (`the senator`) resolved to the entity
//! they most likely stand for.

use super::names::{lower_case, raw_words, words};
use super::vocabulary::WordId;
use super::{after_place_preposition, Entities, Entity, Resolution, Sighting, DESCRIPTION_REACH};
use crate::parse::mentions::{Ctx, Gender, Mention, MentionKind};
use crate::parse::{Lexicon, Parsed, TokenKind};

/// Words «titles» lists because they stand inside a title (`acting
/// director`) but that name no office on their own, beside the lexicon's
/// vague modifiers (`former`, `senior`, `top`), which say as little.
const TITLE_MODIFIERS: [&str; 4] = ["acting", "fellow", "then", "ex"];

/// How many tokens back a pronoun looks for another it carries on from:
/// two news sentences, and a bound on a run-on line.
const CARRY_REACH: usize = 80;

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
            return Resolution::none();
        }
        let resolution = self.resolve_by_subject(text, parsed, lex, at, gender);
        match resolution.ambiguous().then(|| self.carried_on(text, parsed, lex, at, gender)).flatten() {
            Some(e) => Resolution { entity: Some(e), candidates: Vec::new(), contested: false, settled: true },
            None => resolution,
        }
    }

    /// [`Entities::resolve_pronoun`] but for a pronoun carried on from
    /// another.
    fn resolve_by_subject(&self, text: &str, parsed: &Parsed, lex: &Lexicon, at: usize, gender: Gender) -> Resolution {
        let mut resolution = self.resolve_pronoun_among(text, parsed, lex, at, gender);
        if resolution.ambiguous() {
            let c = parsed.ctx(text, lex);
            let mut earlier = self.earlier(parsed, at, 3);
            earlier.retain(|s| resolution.candidates.contains(&s.entity));
            if subject_sighting(c, parsed, at, &earlier, true).is_some_and(|s| Some(s.entity) == resolution.entity) {
                resolution.candidates.clear();
            } else if let Some(subject) = self.subject_before(text, parsed, lex, at, gender) {
                resolution.entity = Some(subject);
                resolution.candidates.clear();
                resolution.settled = true;
                // Settled as a reader settles it: sure enough to learn the
                // person's gender from (`she` here, so not the next `he`).
                resolution.contested = false;
            }
        }
        resolution
    }

    /// `Ruiz ran the port for a decade. She thought of it as home, she told
    /// friends`: a `he` or `she` after another of its own sentence or the
    /// one before, outside any quote and with no name it fits between them,
    /// goes on about the same person, as a reader carries a pronoun on: the
    /// nearest such pronoun's resolution that has no rival.
    fn carried_on(&self, text: &str, parsed: &Parsed, lex: &Lexicon, at: usize, gender: Gender) -> Option<usize> {
        if !matches!(gender, Gender::Male | Gender::Female) {
            return None;
        }
        let current = parsed.sentence_at(parsed.tokens[at].span().start)?;
        let from = (parsed.sentences[current.saturating_sub(1)].first as usize).max(at.saturating_sub(CARRY_REACH));
        // Back to the nearest name that fits: past it, a pronoun may be
        // about someone else.
        let nearest_name = self.fitting(text, parsed, at, gender).first().map_or(0, |s| s.token);
        (from.max(nearest_name)..at)
            .rev()
            .filter(|&k| parsed.tokens[k].depth == 0 && crate::parse::mentions::pronoun_gender(&parsed.tokens[k]) == gender)
            .map(|k| self.resolve_by_subject(text, parsed, lex, k, gender))
            .find(|r| !r.ambiguous() && r.entity.is_some())?
            .entity
    }

    /// `Ana Ruiz met Maria Holm. She said …`: the person a `he` or `she`
    /// fits who is the subject of the sentence before (or of this one,
    /// before the pronoun), the antecedent a reader takes for a pronoun
    /// that goes on about someone. This sentence's subject counts only when
    /// the pronoun does not close reported words (`Holm won, she said`):
    /// their subject is what was said, not who said it.
    fn subject_before(&self, text: &str, parsed: &Parsed, lex: &Lexicon, at: usize, gender: Gender) -> Option<usize> {
        if !matches!(gender, Gender::Male | Gender::Female) {
            return None;
        }
        let mut earlier = self.fitting(text, parsed, at, gender);
        // A bare capitalised word opening the sentence may be no name at
        // all (`Tireless and blunt, Ruiz …`): the subject is someone the
        // draft shows to be a person, by a gender, an office or a first
        // and last name.
        let full_name = |s: &Sighting| self.list[s.entity].name(text).contains(' ');
        earlier.retain(|s| self.list[s.entity].gender != Gender::Unknown || self.has_person_role(s.entity, lex) || full_name(s));
        let closes_words = at.checked_sub(1).is_some_and(|k| parsed.tokens[k].is_punct(',') || parsed.tokens[k].is_mark() || parsed.tokens[k].depth > 0);
        subject_sighting(parsed.ctx(text, lex), parsed, at, &earlier, !closes_words).map(|s| s.entity)
    }

    /// The sightings, nearest first, of the entities a pronoun of `gender`
    /// at token `at` may stand for.
    fn fitting(&self, text: &str, parsed: &Parsed, at: usize, gender: Gender) -> Vec<&Sighting> {
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
        // `"…," she says. … videos he calls`: where the entity was seen as
        // a pronoun of the other gender, that sighting is no `he` (or `she`).
        // Only a sighting that is the pronoun itself: `his wife, Jane` is
        // seen at `his` but named by `Jane`.
        let other_gender = |s: &Sighting| {
            let token = &parsed.tokens[s.token];
            let seen = crate::parse::mentions::pronoun_gender(token);
            gendered && s.name == token.span() && matches!(seen, Gender::Male | Gender::Female) && seen != gender
        };
        let mut earlier = self.earlier(parsed, at, 3);
        earlier.retain(|s| fits(&self.list[s.entity]) && !placed(s) && !other_gender(s));
        earlier
    }

    fn resolve_pronoun_among(&self, text: &str, parsed: &Parsed, lex: &Lexicon, at: usize, gender: Gender) -> Resolution {
        let para = parsed.tokens[at].para;
        let gendered = matches!(gender, Gender::Male | Gender::Female);
        let earlier = self.fitting(text, parsed, at, gender);
        let Some(nearest) = earlier.first() else { return Resolution::none() };

        let sentence = parsed.sentence_at(parsed.tokens[at].span().start);
        let current = sentence.unwrap_or(0);
        // A speaker in this paragraph or the one before is the likeliest `he`.
        let speaker = earlier.iter().find(|s| s.speaking && para.saturating_sub(s.para) <= 1);
        // The subject of the pronoun's own sentence, when it is not the speaker.
        let subject_over =
            |s: &&Sighting| sentence.and_then(|current| self.own_subject(text, parsed, lex, at, current, &earlier)).filter(|o| o.entity != s.entity);
        if let Some(subject) = speaker.filter(|_| gendered).and_then(subject_over) {
            return Resolution::sure(subject.entity);
        }
        if let Some(s) = speaker {
            let rival =
                earlier.iter().take_while(|o| o.token > s.token).find(|o| o.entity != s.entity && o.sentence == nearest.sentence && o.sentence + 1 >= current);
            let same_gender = rival.is_some_and(|r| self.list[r.entity].gender == self.list[s.entity].gender);
            // The rival competes for the reader only when the draft has
            // shown it is a `he` (or `she`) too: news copy keeps `he said`
            // for the last speaker.
            let shown = rival.filter(|r| gendered && self.list[r.entity].gender == gender && self.list[s.entity].gender != Gender::Unknown);
            // With no rival shown (that puzzle the subject before settles,
            // less surely), a subject named since the speaker goes first.
            if let Some(subject) = self.subject_after_speaker(text, parsed, lex, at, current, s, &earlier).filter(|_| gendered && shown.is_none()) {
                return Resolution::sure(subject);
            }
            return Resolution {
                entity: Some(s.entity),
                candidates: shown.map_or(Vec::new(), |r| vec![s.entity, r.entity]),
                contested: same_gender && gender != Gender::Plural && gender != Gender::Neuter,
                settled: false,
            };
        }
        // `Ruiz pressed Bell and Mayor Ortiz … as she sought`: of the names
        // in the nearest's sentence, one the draft has shown to be a `she`
        // outranks nearer names it has not.
        if let Some(shown) = self.shown_in_sentence(&earlier, nearest.sentence, gender) {
            return Resolution::sure(shown);
        }
        // `Mr. Okafor charmed born-again Christians in the hills. … he won`:
        // a lone capitalised word inside the narration's phrase (after a
        // lower-case word: an adjective, a people, a firm after `at`) that
        // the draft never shows to be someone gives way to the nearest name
        // it shows to be a `he` (or `she`).
        if gendered && after_lower_case_word(parsed, nearest) && self.unmarked(text, lex, nearest.entity) {
            if let Some(shown) = earlier.iter().find(|s| self.list[s.entity].gender == gender) {
                return Resolution::sure(shown.entity);
            }
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
        Resolution { entity: Some(nearest.entity), candidates, contested, settled: false }
    }

    /// `Ortiz praised the pier. Ana Reyes kept to a sunny theme. "…," she
    /// said`: the subject of the sentence right before the pronoun's, named
    /// after the last speaker and shown to be someone, is who the pronoun
    /// goes on about, over that speaker.
    #[allow(clippy::too_many_arguments)]
    fn subject_after_speaker(
        &self,
        text: &str,
        parsed: &Parsed,
        lex: &Lexicon,
        at: usize,
        current: usize,
        speaker: &Sighting,
        earlier: &[&Sighting],
    ) -> Option<usize> {
        let before = current.checked_sub(1)?;
        // Inside quoted words the narration's subjects are not the quote's.
        if speaker.sentence >= before || parsed.tokens[at].depth > 0 {
            return None;
        }
        let subject = subject_sighting(parsed.ctx(text, lex), parsed, at, earlier, false).filter(|s| s.sentence == before)?;
        // `Along with her husband, Tom Berg, she gave`: a `she` before the
        // name is the one the sentence is about, not the name.
        let gender = crate::parse::mentions::pronoun_gender(&parsed.tokens[at]);
        let first = parsed.sentences[before].first as usize;
        if (first..subject.token).any(|k| parsed.tokens[k].depth == 0 && crate::parse::mentions::pronoun_gender(&parsed.tokens[k]) == gender) {
            return None;
        }
        // A paragraph quoting a passage (`"For example, … Tom Berg has …`):
        // a subject after a mark still open is the passage's, not the
        // narration's.
        let para = parsed.sentences[before].para;
        let opening = parsed.sentences[..=before].iter().rev().take_while(|x| x.para == para).last().map_or(0, |x| x.span.start);
        let passage = text.get(opening..subject.name.start).unwrap_or("");
        if passage.matches('"').count() % 2 == 1 || passage.matches('“').count() > passage.matches('”').count() {
            return None;
        }
        let e = subject.entity;
        let someone = self.list[e].gender != Gender::Unknown || self.has_person_role(e, lex) || self.list[e].name(text).contains(' ');
        (e != speaker.entity && someone).then_some(e)
    }

    /// `Ortiz was blunt about what he called …`: a person who
    /// is the subject of the pronoun's own sentence, before it, is who a
    /// `he` or `she` goes on about, over the last speaker, when no other
    /// person who fits is named between; not when the pronoun closes
    /// reported words (`Holm won, she said`). `current` is the pronoun's
    /// sentence.
    fn own_subject<'s>(&self, text: &str, parsed: &Parsed, lex: &Lexicon, at: usize, current: usize, earlier: &[&'s Sighting]) -> Option<&'s Sighting> {
        let closes_words = at.checked_sub(1).is_some_and(|k| parsed.tokens[k].is_punct(',') || parsed.tokens[k].is_mark() || parsed.tokens[k].depth > 0);
        if closes_words {
            return None;
        }
        let subject = subject_sighting(parsed.ctx(text, lex), parsed, at, earlier, true).filter(|s| s.sentence == current)?;
        // Another person who fits named between (`Ortiz says the cranes that
        // Bell praised when he …`) may be the nearer antecedent; a
        // possessor (`Bell's plan`) is not.
        let rival = earlier.iter().any(|o| o.token > subject.token && o.entity != subject.entity && !possessive(parsed, o));
        // A bare capitalised word may be a company or a people (`Harbourline
        // suspended her account`): the subject must be shown to be someone.
        let e = subject.entity;
        let someone = self.list[e].gender != Gender::Unknown || self.has_person_role(e, lex) || self.list[e].name(text).contains(' ');
        (!rival && someone).then_some(subject)
    }

    /// Entity `e` is a lone capitalised word that nothing in the draft
    /// shows to be someone: no gender, title or role, no first name, and
    /// never a speaker.
    fn unmarked(&self, text: &str, lex: &Lexicon, e: usize) -> bool {
        let entity = &self.list[e];
        !entity.spoke && entity.gender == Gender::Unknown && !self.has_person_role(e, lex) && !entity.name(text).contains(' ')
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
        let head = lower_case(description_head(lex, m.span.of(text), m.name.of(text), m.kind == MentionKind::Person)?);
        let at = m.first_token as usize;
        // The abbreviations that expand to the head (`sen` for `senator`),
        // found once here rather than for every role of every candidate.
        let abbreviations = abbreviations_of(&head);
        let split = self.name_words.len() == self.list.len();
        // Roles are words of the vocabulary: one is the head when it has
        // the head's number (none does when the head has none).
        let head_id = self.vocabulary.get(&head);
        let is_head = |r: WordId| Some(r) == head_id || (!abbreviations.is_empty() && abbreviations.contains(&self.vocabulary.text(r)));
        let has_role = |e: &Entity| self.roles.iter(e.roles).any(is_head);
        // Read lazily: most descriptions fit one of the nearest few.
        let earlier = || self.earlier_lazily(parsed, at, DESCRIPTION_REACH);
        let organisation = m.kind == MentionKind::Organisation;
        // `the company`, `the group`: the organisation named last.
        let generic = organisation && lex.list("generic-organisations").contains(&head.as_str());
        // An entity is sighted many times in the window; testing it once is
        // enough. A bit for each entity of the draft, made once: a list of
        // those tested was searched at each of the window's sightings (up
        // to 192 of them), a fifth of a description's cost.
        let mut tested = vec![0u64; self.list.len().div_ceil(64)];
        let mut first_sighting = |&e: &usize| {
            let (word, bit) = (e / 64, 1u64 << (e % 64));
            let new = tested[word] & bit == 0;
            tested[word] |= bit;
            new
        };
        let found = earlier().map(|s| s.entity).filter(&mut first_sighting).find(|&e| {
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
            let headline = |s: &Sighting| parsed.in_headline(s.para);
            let opens_sentence = |s: &Sighting| headline(s) || parsed.sentences.get(s.sentence).is_some_and(|sentence| sentence.first as usize == s.token);
            let named = |s: &Sighting| s.name.of(text).contains(' ') || !opens_sentence(s);
            earlier().filter(|s| named(s)).map(|s| s.entity).find(|&e| unmarked(&self.list[e]))
        })
    }
}

/// The word a description is about: its last, or, for a person, the
/// office right after `the` when a place follows it (`the senator from
/// Vermont` is a senator's). An office with words before it (`the former
/// senator from …`) or an employer after it (`the spokeswoman for …`) may
/// be someone else's: its last word stays the head.
fn description_head<'t>(lex: &Lexicon, mention: &str, description: &'t str, person: bool) -> Option<&'t str> {
    use crate::parse::lexicon::class::{ROLE, TITLE, VAGUE_MODIFIER};
    // Most descriptions are no person's office from a place: the cheap
    // tests first, the lexicon last.
    if !person || !description.contains(" from ") {
        return raw_words(description).last();
    }
    let mut words = raw_words(description).skip_while(|w| w.eq_ignore_ascii_case("the"));
    let office = words.next()?;
    if words.next() != Some("from") {
        return raw_words(description).last();
    }
    let definite = raw_words(mention).next().is_some_and(|w| w.eq_ignore_ascii_case("the"));
    let flags = lex.word(office).flags;
    let an_office = flags & (ROLE | TITLE) != 0 && flags & VAGUE_MODIFIER == 0;
    if definite && an_office {
        Some(office)
    } else {
        raw_words(description).last()
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
/// The sentence holding `at` is read only when `read_current`.
fn subject_sighting<'s>(c: Ctx<'_>, parsed: &Parsed, at: usize, earlier: &[&'s Sighting], read_current: bool) -> Option<&'s Sighting> {
    let current = parsed.sentence_at(parsed.tokens[at].span().start)?;
    [current, current.checked_sub(1)?].into_iter().filter(|&k| read_current || k != current).find_map(|k| {
        let sentence = &parsed.sentences[k];
        let end = if k == current { at } else { sentence.end as usize };
        let subject = crate::parse::clauses::sentence_subject(c, sentence, end)?;
        // The first name of the sentence, standing in its subject: a
        // subject read past a verb no lexicon knows (`Reyes met Senator
        // Ortiz`) starts after it.
        let first = earlier.iter().filter(|s| s.sentence == k).min_by_key(|s| s.name.start)?;
        let inside = |s: &&&Sighting| s.sentence == k && subject.span.start <= s.name.start && s.name.end <= subject.span.end;
        // `The harbour chief, Tom Bell, left`, `Ruiz's aide, Tom Bell,
        // left`: a name set beside a subject that names no one else is who
        // it is; the possessor is not.
        let beside = earlier.iter().filter(|s| s.sentence == k && !possessive(parsed, s)).find(|s| set_beside(c.text, subject.span.end, s));
        let mut heads = earlier.iter().filter(inside).filter(|s| !possessive(parsed, s));
        let head = heads.clone().min_by_key(|s| s.name.start);
        // `Ruiz and Holm met`: two people share the subject, neither is it
        // (the subject read is the first of them).
        let coordinated = c.text.get(subject.span.end..).is_some_and(|after| ["and ", "or ", "nor "].iter().any(|w| after.trim_start().starts_with(w)));
        if coordinated || head.is_some_and(|h| heads.any(|s| s.entity != h.entity)) {
            return None;
        }
        match (head, beside) {
            // `Mr. Ruiz, Mr. Bell was asked`: an opener read as the subject.
            (Some(h), Some(b)) => (h.entity == b.entity).then_some(*h),
            (Some(h), None) => Some(*h),
            (None, Some(b)) if inside(&first) || first.token == b.token => Some(*b),
            (None, _) => inside(&first).then_some(*first),
        }
    })
}

/// Name `s` stands right after a subject ending at byte `end`, set off by
/// a comma or dash with at most a title between (`, Gov. Ana Ruiz`).
fn set_beside(text: &str, end: usize, s: &Sighting) -> bool {
    /// Room for a comma, a dash and a title or two.
    const GAP: usize = 16;
    let Some(gap) = text.get(end..s.name.start).filter(|g| g.len() <= GAP) else { return false };
    let gap = gap.trim_start();
    let set_off = gap.starts_with(',') || gap.starts_with('—') || gap.starts_with('–');
    let named = text[s.name.start..].starts_with(char::is_uppercase);
    named && set_off && gap.split_whitespace().skip(1).all(|w| w.starts_with(char::is_uppercase))
}

/// The name is a possessor (`Ruiz's`, `Ruiz’s`, `the Okafors'`): the
/// tokenizer split a possessive ending from its last word.
fn possessive(parsed: &Parsed, s: &Sighting) -> bool {
    let after = parsed.tokens.get(parsed.token_at(s.name.end));
    after.is_some_and(|t| t.kind == TokenKind::Possessive && t.span().start == s.name.end)
}

/// The name of sighting `s` follows a lower-case word of its sentence
/// (`his American roots`, `at Harbourline`), as no name that opens a
/// sentence, follows a title or stands after a comma does.
fn after_lower_case_word(parsed: &Parsed, s: &Sighting) -> bool {
    let at = parsed.token_at(s.name.start);
    at.checked_sub(1).map(|k| &parsed.tokens[k]).is_some_and(|t| t.is_word() && !t.cap() && t.para == parsed.tokens[at].para)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{first_speaker, speaker_names};
    use super::*;
    use crate::source::Span;

    #[test]
    fn a_lone_capitalised_word_inside_a_phrase_gives_way_to_a_he_the_draft_shows() {
        let last = |text: &str| speaker_names(text).last().cloned();
        // `Christians` after `born-again` is no one the draft shows: the `he` is Mr. Okafor's.
        let text = "Mr. Okafor keeps winning. This month he charmed fishermen on the coast and born-again Christians in the hills. Up there, he won even after a rough fortnight, during which he claimed that the tolls \"work.\"";
        assert_eq!(last(text).as_deref(), Some("Okafor"));
        // A name opening its sentence stays the nearest `he`.
        let text = "Mr. Okafor runs the port. James has led the crews for ten years. In May, he said the boats were \"far too old to sail.\"";
        assert_eq!(last(text).as_deref(), Some("James"));
    }

    #[test]
    fn the_subject_named_after_the_last_speaker_outranks_the_speaker() {
        let last = |text: &str| speaker_names(text).last().cloned();
        // Bell spoke last, but Reyes, a person named since, is the subject before the `she`.
        let text = "Tom Bell praised the new pier on Monday. Ana Reyes kept to a sunny theme. \"We must unite people,\" she said.";
        assert_eq!(last(text).as_deref(), Some("Ana Reyes"));
        // A bare capitalised subject is not shown to be someone: the speaker stays.
        let text = "Tom Bell praised the new pier on Monday. Harbourline kept to a sunny theme. \"We must unite people,\" she said.";
        assert_eq!(last(text).as_deref(), Some("Tom Bell"));
        // A `she` before the name is whom the sentence is about.
        let text = "Ms. Ruiz praised the new pier on Monday. Along with her aide, Ana Reyes, she kept to a sunny theme. \"We must unite people,\" she said.";
        assert_eq!(last(text).as_deref(), Some("Ruiz"));
        // A subject inside a quoted passage, its mark still open, is the passage's.
        let text = "Tom Bell praised the new pier on Monday.\n\n\"For example, the crews had a hard year. Ana Reyes kept to a sunny theme. \u{201c}We must unite people,\u{201d} she wrote.\"";
        assert_eq!(last(text).as_deref(), Some("Tom Bell"));
    }

    #[test]
    fn a_pronoun_after_a_sentence_goes_on_about_its_subject() {
        // Holm spoke last, but Ruiz is the subject the `she` goes on from.
        let text = "Ms. Maria Holm opened the hearing. \"The port is safe,\" she said.\n\nBut Ms. Ana Ruiz painted a darker picture of the docks. \"The cranes are rusting,\" she said.";
        assert_eq!(speaker_names(text), ["Maria Holm", "Ana Ruiz"]);
        // A name set beside the subject is who it is, not its possessor.
        let text = "Mr. Tom Bell opened the hearing. \"The port is safe,\" he said.\n\nMr. Bell's deputy, Ian Ortiz, said otherwise to Mr. Bell. He called the cranes rusting.";
        assert_eq!(speaker_names(text).last().map(String::as_str), Some("Ian Ortiz"));
    }

    #[test]
    fn a_full_name_is_subject_enough_and_teaches_its_gender() {
        // Okafor carries no title, but a first and last name: a person.
        // Once she is `she`, the `he` after her is not hers.
        let text = "Harbour debate turns sharp\n\nAna Okafor sat beside Sen. Tom Bell and Mayor Ian Ortiz at the debate as she said the harbour was broke.\n\nOkafor thanked Bell, and he said the tolls were fair.";
        let names = speaker_names(text);
        assert_eq!(names.first().map(String::as_str), Some("Ana Okafor"), "{names:?}");
        assert_eq!(names.last().map(String::as_str), Some("Tom Bell"), "{names:?}");
    }

    #[test]
    fn a_speaker_seen_as_she_is_no_he() {
        // Okafor last spoke as `she`, with Holm a rival of no shown gender:
        // the `he` after is Holm, not the last speaker.
        let text = "Tom Holm keeps a radio show on the harbour.\n\nTo many, Holm is a loudmouth. But to others, he is a citizen reporter.\n\nIn an interview at her hotel room, Marta Jane Okafor - Holm's partner and co-host on his channel - told the Gazette that Holm's doubts began around 2002. Okafor says that after the storm, Holm was ready to sail.\n\nBut soon \"he started reading about the tides,\" she says. And it threw Holm for a loop. \"Tom has changed a lot since then.\"\n\nHolm opened that channel in 2011; the early clips look nothing like today. In those, Holm wears a blazer in videos he calls \"Harbour Watch TV,\" pointing to boats.";
        let names = speaker_names(text);
        assert_eq!(names.last().map(String::as_str), Some("Tom Holm"), "{names:?}");
        // `his wife, Jane` is seen at `his` but named by `Jane`: still a `she`.
        let text = "Tom Holm spoke first. But his wife, Jane, told the Gazette the tolls were high.\n\n\"We will sail anyway,\" she said.";
        assert_eq!(speaker_names(text).last().map(String::as_str), Some("Jane"));
    }

    #[test]
    fn the_subject_of_the_pronoun_s_own_sentence_outranks_the_last_speaker() {
        let text = "Ann Holm spoke at the pier.\n\n\"The port is safe,\" Tom Bell said. Ian Ortiz was blunt about what he called \"a mess at the docks.\"";
        assert_eq!(speaker_names(text).last().map(String::as_str), Some("Ian Ortiz"));
        // Not over another person who fits, named between.
        let text =
            "Ann Holm spoke at the pier.\n\n\"The port is safe,\" Tom Bell said. Ian Ortiz opened the hearing by asking Bell why he had praised the cranes.";
        assert_ne!(speaker_names(text).last().map(String::as_str), Some("Ian Ortiz"));
        // Nor a bare capitalised word, which may be a company.
        let text = "Ann Holm spoke at the pier.\n\n\"The port is safe,\" Ms. Ann Holm said. Harbourline suspended her account, and she suspects the pilots.";
        assert_eq!(speaker_names(text).last().map(String::as_str), Some("Ann Holm"));
    }

    #[test]
    fn reported_words_before_the_pronoun_name_no_subject_for_it() {
        // `Ortiz will decide, he added`: Ortiz is what was said, Bell said it.
        let text = "Mr. Tom Bell opened the hearing. \"The port is safe,\" he said.\n\nMr. Ian Ortiz, who runs the docks, should resign soon, he added.";
        assert_ne!(speaker_names(text).last().map(String::as_str), Some("Ian Ortiz"));
    }

    #[test]
    fn a_possessor_stands_for_the_subject_only_alone() {
        let text = "Ruiz's deputy, Tom Bell, left the Okafors’ boat.";
        let parsed = crate::parse::parse(text, &crate::source::Prose::plain(text), crate::parse::lexicon::lexicon());
        let starts = |w: &str| text.find(w).unwrap();
        let sighting = |w: &str| Sighting { token: 0, name: Span::new(starts(w), starts(w) + w.len()), para: 0, sentence: 0, entity: 0, speaking: false };
        assert!(possessive(&parsed, &sighting("Ruiz")));
        assert!(possessive(&parsed, &sighting("Okafors")));
        assert!(!possessive(&parsed, &sighting("Tom Bell")));
        assert!(set_beside(text, starts(", Tom"), &sighting("Tom Bell")));
        assert!(!set_beside(text, starts("Ruiz") + 4, &sighting("Tom Bell")));
    }

    #[test]
    fn a_description_refers_back_to_an_abbreviated_title() {
        let text = "Sen. Ines Okafor opened the inquiry on Monday.\n\nThe senator said the bridge was safe.";
        let speaker = first_speaker(text);
        assert_eq!(speaker.name, "Ines Okafor");
        assert_eq!(speaker.mention.of(text), "The senator");
        assert_eq!(expand_title("sen"), Some("senator"));
    }

    #[test]
    fn an_office_from_a_place_refers_back_to_who_holds_it() {
        let text = "Sen. Ines Okafor opened the inquiry on Monday.\n\nThe senator from Portsea said the bridge was \"safe.\"";
        let speaker = first_speaker(text);
        assert_eq!(speaker.name, "Ines Okafor");
        // A former holder may be someone else: the description stays its own.
        let text = "Sen. Ines Okafor opened the inquiry on Monday.\n\nThe former senator from Portsea said the bridge was \"safe.\"";
        assert_ne!(first_speaker(text).name, "Ines Okafor");
        // So does an indefinite one.
        let text = "Sen. Ines Okafor opened the inquiry on Monday.\n\nA senator from Portsea said the bridge was \"safe.\"";
        assert_ne!(first_speaker(text).name, "Ines Okafor");
        let lex = crate::parse::lexicon::lexicon();
        assert_eq!(description_head(lex, "the senator from Portsea", "senator from Portsea", true), Some("senator"));
        assert_eq!(description_head(lex, "the spokeswoman for Harbourline", "spokeswoman for Harbourline", true), Some("Harbourline"));
        assert_eq!(description_head(lex, "the senator from Portsea", "senator from Portsea", false), Some("Portsea"));
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
