//! Joining a named mention to the entity it names, or making a new one.

use super::index::within;
use super::names::{clean, initials, is_lower_case_of, lower_case, raw_words, trim_to_alphanumeric, words};
use super::variants::variant_of;
use super::{Entities, Entity, NameIndex, NAME_REACH};
use crate::parse::mentions::{Gender, Mention, MentionKind};
use crate::source::Span;

impl Entities {
    /// The entity a named mention belongs to, made anew if none fits.
    pub fn join(&mut self, text: &str, m: &Mention, headline: bool) -> Option<usize> {
        // A name: it starts and ends with a capital (`Finnish leader` is a
        // description). Tested first: it needs no copy of the name.
        let capital = |w: &str| w.starts_with(|ch: char| ch.is_uppercase() || ch == '@');
        let name_text = m.name.of(text);
        let last_word = name_text.split_whitespace().last().unwrap_or("");
        if !capital(name_text) || !capital(last_word) {
            return None;
        }
        // The cleaned name has the same words; it is only made when kept.
        let mut scratch = std::mem::take(&mut self.scratch);
        let joined = self.join_words(text, m, scratch.fill(name_text), last_word, headline);
        self.scratch = scratch;
        joined
    }

    /// [`Entities::join`] for a name, given its words and its last word as
    /// it stands in the text (split off once, for the capital test).
    fn join_words(&mut self, text: &str, m: &Mention, name_words: &[String], last_word: &str, headline: bool) -> Option<usize> {
        let name_text = m.name.of(text);
        if name_words.last()?.len() < 2 {
            return None;
        }
        self.sync_name_words();
        let index = match self.find(name_words, m.kind, m.gender, m.name.start) {
            Some(i) => {
                // The fullest form names the entity; a headline's form only
                // until the copy gives a full name of its own.
                let known = &self.name_words[i];
                let fuller = name_words.len() > known.len() && !headline && (known.len() < 2 || same_name(known, name_words));
                let from_copy = self.list[i].headline_name && !headline && name_words.len() >= 2 && known.ends_with(name_words);
                self.list[i].called_short |= name_words.len() < self.name_words[i].len() && !from_copy;
                if (fuller || from_copy) && m.kind == self.list[i].kind {
                    self.list[i].name = clean(name_text);
                    self.index.add(i, name_words);
                    self.name_words[i] = name_words.to_vec();
                }
                self.list[i].headline_name &= headline;
                i
            }
            None => {
                self.list.push(Entity { name: clean(name_text), kind: m.kind, gender: Gender::Unknown, roles: Vec::new(), spellings: Vec::new(), called_short: false, placed: false, spoke: false, headline_name: headline });
                self.introduced.push(m.name.start);
                self.index.add(self.list.len() - 1, name_words);
                self.name_words.push(name_words.to_vec());
                self.list.len() - 1
            }
        };
        let entity = &mut self.list[index];
        if entity.gender == Gender::Unknown {
            entity.gender = m.gender;
        }
        // Most roles are known already: compared in place, copied only when new.
        for w in raw_words(Span::new(m.span.start, m.name.start.max(m.span.start)).of(text)) {
            if !entity.roles.iter().any(|r| is_lower_case_of(r, w)) {
                entity.roles.push(lower_case(w));
            }
        }
        let last_word = trim_to_alphanumeric(last_word);
        if !entity.spellings.iter().any(|(s, _)| s == last_word) {
            // Where the trimmed word lies: trimming may have dropped a
            // trailing `@` or `.`, so it need not end where the name ends.
            let start = m.name.start + (last_word.as_ptr() as usize - name_text.as_ptr() as usize);
            entity.spellings.push((last_word.to_string(), Span::new(start, start + last_word.len())));
        }
        Some(index)
    }

    fn find(&self, name: &[String], kind: MentionKind, gender: Gender, at: usize) -> Option<usize> {
        let last = name.last()?;
        let oldest = self.introduced.partition_point(|&start| start + NAME_REACH < at);
        let acronym = name.len() == 1 && last.len() >= 2 && kind == MentionKind::Organisation;
        // The candidates go in a buffer kept from one name to the next.
        let mut candidates = self.candidates.take();
        self.index.same_candidates(name, acronym, oldest, &mut candidates);
        let same = candidates.iter().copied().filter(|&i| {
            let other = &self.name_words[i];
            same_name(name, other) || (acronym && initials(other) == *last)
        });
        let best = same.max_by_key(|&i| self.likeliest(i, name, gender));
        self.candidates.replace(candidates);
        best.or_else(|| {
            if kind == MentionKind::Organisation {
                return None;
            }
            let first = last.chars().next()?;
            let len = last.chars().count();
            (len.saturating_sub(2)..=len + 2)
                .filter_map(|l| self.index.first_char.get(&(first, l)))
                .flat_map(|list| within(list.entities(), oldest))
                .filter(|&i| variant_of(name, &self.name_words[i]))
                .max()
        })
    }

    /// How likely entity `i` is the one a mention of `name` means, among
    /// several it may be (`Sanders` after `Bernie Sanders` and `Jane
    /// Sanders`): one whose known gender fits the mention's (`Mr. Sanders`),
    /// then one the draft already calls by a short name (news copy gives
    /// the surname alone to one of them and names the other in full), then
    /// for a bare surname one the draft has already quoted (`Woods said`
    /// after `Dorothy Woods, whose husband, Ty Woods, …, told`), then the
    /// latest named: the nearest earlier John is the likeliest John.
    /// A name that ends as the mention does comes before one that only
    /// holds it (`Bozell` is `Brent Bozell` before `Brent Bozell III`, and
    /// before a headline read as one long name).
    fn likeliest(&self, i: usize, name: &[String], gender: Gender) -> (bool, bool, bool, bool, bool, usize) {
        let entity = &self.list[i];
        let known = |g: Gender| matches!(g, Gender::Male | Gender::Female);
        let clash = known(gender) && known(entity.gender) && entity.gender != gender;
        let fits = known(gender) && entity.gender == gender;
        let ends = self.name_words[i].ends_with(name);
        let short = name.len() < self.name_words[i].len() && entity.called_short;
        // An honorific's gender outweighs having spoken: `Mrs. Clinton` may
        // be the latest named, whose gender the draft has not yet shown.
        let quoted = entity.spoke && !known(gender);
        (!clash, fits, ends, short, quoted, i)
    }

    /// Re-splits the names when `list` changed other than through `join`
    /// (`apply_aliases` clears the cache when it renames).
    pub(super) fn sync_name_words(&mut self) {
        if self.name_words.len() != self.list.len() {
            self.name_words = self.list.iter().map(|e| words(&e.name)).collect();
            self.index = NameIndex::default();
            for (i, name) in self.name_words.iter().enumerate() {
                self.index.add(i, name);
            }
        }
    }
}

/// `Peskov` is `Dmitry Peskov`; `Mr. Guajardo Villarreal` is `Guajardo`.
fn same_name(a: &[String], b: &[String]) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    match short.len() {
        0 => false,
        1 => long.len() > 1 && long[1..].contains(&short[0]) && short[0].len() >= 3,
        _ => long.ends_with(short) || (short[short.len() - 1] == long[long.len() - 1] && compatible_first(&short[0], &long[0])),
    }
}

pub(super) fn compatible_first(a: &str, b: &str) -> bool {
    a == b || (a.len() <= 2 && b.starts_with(a.trim_end_matches('.'))) || (b.len() <= 2 && a.starts_with(b.trim_end_matches('.')))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribute::entities::names::words;

    fn w(s: &str) -> Vec<String> {
        words(s)
    }

    #[test]
    fn a_surname_is_the_full_name() {
        assert!(same_name(&w("Okafor"), &w("Ines Okafor")));
        assert!(same_name(&w("Guajardo"), &w("Luis Guajardo Villarreal")));
        assert!(!same_name(&w("Ines"), &w("Ines Okafor")));
        assert!(same_name(&w("I. Okafor"), &w("Ines Okafor")));
    }
}
