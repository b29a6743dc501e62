//! The sieve: each quote is linked to a speaker by the most certain
//! evidence there is, pass by pass, after Muzny et al. (2017). A pass only
//! sees quotes that earlier passes left unlinked.
//!
//! | pass | evidence | example |
//! |---|---|---|
//! | `according-to` | `according to` as the last report of the quote's sentence | `"…," Ware said, according to a transcript released by the Courier` |
//! | `clause-after` | a clause right after the quote (not after a short bare quote that names the next word: `"Dear Skipper" notes that …`; across a full stop, not a clause with words of its own to report after a quote woven into the writer's sentence: `was the founder of "…". Holm also said that …`) | `"…," Peskov said` |
//! | `clause-before` | a clause right before it, or before a short aside (and then it outranks a clause after the quote that opens a quote of its own); opening the quote with a colon or comma, it outranks a report whose words run on over it | `Peskov said: "…"`, `Peskov said, with a shrug, "…"` |
//! | `content` | a clause whose reported content holds it (the outermost, but not over an absolute `with` phrase holding it, nor a relative clause over its speaker's own verb; when two hold each other, as a last resort the one whose verb comes first) | `Flynn said Trump was "right"` |
//! | `colon-intro` | a clause ending the previous sentence in a colon, over up to four paragraphs between that each open with a double mark nothing in them closes (one statement going on) | `Peskov said:` ¶ `"…"` |
//! | `signature` | a paragraph signing the quote above it | `"…"` ¶ `— Peskov.` |
//! | `trailing-clause` | a clause of speech later in the sentence, after a comma, that reports back (not for quoted words that read as a title); it outranks a belief or stance before the quote (`Ruiz defends her record: "…," the mayor says`) | `"Higher tolls" would be fine, Holm said after the vote` |
//! | `same-sentence` | the only other clause of the sentence | |
//! | `quote-run` | the next quote of the paragraph, with nothing else between | `"A." "B," he said.` |
//! | `paragraph` | the speaker of the previous sentence, for a quote opening its sentence (after a connective such as `But`, or a participle of speech such as `Adding,`, too) | `Peskov said A. "B."` |
//! | `running-on` | for a quote inside a sentence with no clause at all, the person speaking in the sentence just before it in the paragraph | `Holm said the pier was safe. That makes it "the best in the region."` |
//! | `subject` | for a lower-case partial quote of four or more words, or a quote after `as` (`greeted the deal as a "…"`), that nothing else links, the person, organisation or pronoun that is its sentence's subject, whatever the verb | `Okafor vowed to keep the ferry "running every day of the year"` |
//! | `owner` | for a quote no clause links, the owner of a noun of speech before it in its sentence (`«speech-nouns»`), a person, organisation or personal pronoun; tried before the passes that carry a speaker. Also over `content`, for a name's possessive standing after the holder's verb whose noun is followed by `of` or `to` (`«speech-noun-ties»`) | `Okafor's promise of "…"`, `her remark that the pier was "…"`, `Abt called Okafor's assertion of a "…" rash` |
//! | `previous-paragraph` | the speaker ending the previous paragraph: its last sentence's outer report, and no group (`supporters`); a group's quote inside a person's report there leaves the person's voice (`calling him "…," Abt said`); also after a colon in a sentence opened by a time word or gap word, not `and` (`Then, later on the radio: "…"`) | `"A," he said.` ¶ `"B."` |
//! | `colon-someone` | for a whole quoted sentence after a colon, in a sentence with no clause, that nothing else links: the named person the colon follows as a verb's object (not a preposition's) | `The vote did not surprise the pollster Ann Holm: "…"` |
//! | `subject-before` | for a whole quoted sentence standing alone with no clause, that nothing else links: the named person or `he`/`she` that is the subject of the sentence before it (the paragraph's, or the last of the paragraph above) | `Holm is unrepentant.` `"I would do it again."` |

mod across_paragraphs;
mod confidence;
mod in_paragraph;
mod in_sentence;
mod next_to_quote;
mod owner;

use super::{ClauseLink, QuoteKind, QuoteLink, Speaker, Status};
use crate::parse::{ClauseShape, Lexicon, Parsed, Quote};
use confidence::{confidence, relative_cap, NAMED_BEFORE_CAP, RIVAL_FACTOR, SETTLED_CAP};
pub use owner::Owners;

/// Token positions of a quote's marks and sentences.
#[derive(Debug, Clone, Copy)]
struct Place {
    open: usize,
    close: Option<usize>,
    first_sentence: usize,
    last_sentence: usize,
    para: u32,
    last_para: u32,
}

fn place(parsed: &Parsed, q: &Quote) -> Option<Place> {
    let open = parsed.token_at(q.span.start);
    if parsed.tokens.get(open).is_none_or(|t| t.span().start != q.span.start) {
        return None;
    }
    let close = q.close_mark().map(|m| parsed.token_at(m.start).min(parsed.tokens.len() - 1));
    let first_sentence = parsed.sentence_at(q.span.start)?;
    let last_sentence = parsed.sentence_at(q.span.end.saturating_sub(1)).unwrap_or(first_sentence);
    let last_para = parsed.sentences[last_sentence].para;
    Some(Place { open, close, first_sentence, last_sentence, para: parsed.tokens[open].para, last_para })
}

/// A [`Place`] as kept for every quote: token and sentence indices fit in
/// 32 bits (offsets do), and a draft of nothing but quotation marks has
/// millions of quotes, so it is 28 bytes rather than 48.
#[derive(Debug, Clone, Copy)]
struct Packed([u32; 6], bool);

impl Packed {
    fn pack(p: Place) -> Packed {
        let close = p.close.map_or(0, |c| c as u32);
        Packed([p.open as u32, close, p.first_sentence as u32, p.last_sentence as u32, p.para, p.last_para], p.close.is_some())
    }

    fn unpack(self) -> Place {
        let [open, close, first_sentence, last_sentence, para, last_para] = self.0;
        let close = self.1.then_some(close as usize);
        Place { open: open as usize, close, first_sentence: first_sentence as usize, last_sentence: last_sentence as usize, para, last_para }
    }
}

/// What every pass reads: the parse, the clauses' speakers and where each
/// top-level quote stands.
struct Sieve<'a> {
    text: &'a str,
    parsed: &'a Parsed,
    lex: &'a Lexicon,
    clauses: &'a [ClauseLink],
    places: Vec<Option<Packed>>,
}

impl Sieve<'_> {
    /// Where the `k`th top-level quote stands, if its marks are tokens.
    fn place(&self, k: usize) -> Option<Place> {
        self.places.get(k).copied().flatten().map(Packed::unpack)
    }

    /// The first passes: a clause in or next to the quote's own sentence.
    fn own_sentence(&self, q: &Quote, p: &Place) -> Option<(&'static str, usize)> {
        let (parsed, clauses) = (self.parsed, self.clauses);
        let speaks = |c: &usize| clauses[*c].effective().is_some();
        let holder = self.content_holding(q, p);
        // A clause before the quote that already reports it outranks one
        // next to it: `Trump said Clinton called him "a liar"` is Trump's.
        // So does a clause after it that reports the clause before it too:
        // `The vote signals "the end," said Ruiz` is Ruiz's.
        let before = self.clause_before(p).filter(speaks);
        // `When a man shouted, "Ferries!" Holm joked, "Not today."`: a
        // clause after the quote that opens a quote of its own leaves this
        // one to the clause before it.
        let after = self.clause_after(p).filter(speaks).filter(|&c| before.is_none() || self.quote_opened_by(c).is_none());
        // A question or exclamation with an inverted clause after it (`—
        // "why not?" asked Dunn`) is that clause's whole quote, not words of
        // the report before it.
        let exclaims = q.inner.of(self.text).trim_end().ends_with(['?', '!']) && after.is_some_and(|c| parsed.clauses[c].shape == ClauseShape::Inverted);
        let earlier_holder =
            holder.filter(|_| !exclaims).filter(|&c| parsed.clauses[c].cue.end <= q.span.start || before.is_some_and(|b| b != c && self.reports(c, b)));
        // A belief or stance holding a clause that speaks the quote leaves
        // the quote to the speaker: `The city hoped to shed what Ruiz
        // called "a stale image"` is Ruiz's.
        let spoken_inside = before.filter(|&b| earlier_holder.is_some_and(|h| h != b && (self.believes(h) || self.introduces(b, h, p))));
        let over_belief = self.speech_over_belief(before.or(earlier_holder), after, p);
        self.according_to_closing(q, p)
            .map(|c| ("according-to", c))
            .or(over_belief)
            .or_else(|| spoken_inside.map(|c| ("clause-before", c)))
            .or_else(|| earlier_holder.map(|c| (if before == Some(c) { "clause-before" } else { "content" }, c)))
            .or_else(|| after.map(|c| ("clause-after", c)))
            .or_else(|| before.map(|c| ("clause-before", c)))
            .or_else(|| holder.map(|c| ("content", c)))
            .or_else(|| self.trailing_speech(p).map(|c| ("trailing-clause", c)))
            .or_else(|| self.colon_intro(p).filter(speaks).map(|c| ("colon-intro", c)))
            .or_else(|| self.signature(p).filter(speaks).map(|c| ("signature", c)))
            .or_else(|| self.only_clause(p).map(|c| ("same-sentence", c)))
            .or_else(|| self.crossed_holder(q, p).map(|c| ("content", c)))
    }
}

/// Each top-level quote's link, and the owners the `owner` pass found,
/// to be named once the quotes' kinds are known.
pub fn link_quotes(text: &str, parsed: &Parsed, lex: &Lexicon, clauses: &[ClauseLink]) -> (Vec<QuoteLink>, Owners) {
    let top: Vec<usize> = (0..parsed.quotes.quotes.len()).filter(|&i| parsed.quotes.quotes[i].depth == 0).collect();
    let places = top.iter().map(|&i| place(parsed, &parsed.quotes.quotes[i]).map(Packed::pack)).collect();
    let sieve = Sieve { text, parsed, lex, clauses, places };
    let mut links: Vec<QuoteLink> = top
        .iter()
        .map(|&quote| QuoteLink {
            quote,
            kind: QuoteKind::Speech,
            status: Status::Unattributed,
            confidence: 0.0,
            speaker: None,
            clause: None,
            candidates: Box::default(),
            pass: "none",
        })
        .collect();
    let mut early_owners = Vec::new();
    // Pass group one: evidence in or next to the quote's own sentence.
    for (k, link) in links.iter_mut().enumerate() {
        let Some(p) = sieve.place(k) else { continue };
        let q = &parsed.quotes.quotes[top[k]];
        if let Some((pass, c)) = sieve.own_sentence(q, &p) {
            // A named owner's noun of speech after the holder's verb
            // reports the quote nearer than the holder does: `Abt called
            // Ruiz's claim of a "…" odd` quotes Ruiz.
            if pass == "content" {
                if let Some(found) = sieve.named_owner_after(c, &p) {
                    set_speaker(link, "owner", Some(owner::as_read(text, &found)), None);
                    link.confidence = owner::CONFIDENCE;
                    early_owners.push((k, found));
                    continue;
                }
            }
            set_clause(link, pass, c, clauses);
            if pass == "content" && sieve.rival_between(c, q) {
                link.confidence *= RIVAL_FACTOR;
            }
            // Capped only where the grammar read the relative itself: a
            // name it read before `, who` (`Okafor, who has at times
            // described`) is no antecedent to misread.
            let grammar_read = |s: &Speaker| parsed.clauses[c].source.is_none_or(|m| m.span.overlaps(s.mention));
            if let Some(cap) = link.speaker.as_ref().filter(|s| grammar_read(s)).and_then(|s| relative_cap(s.mention.of(text))) {
                link.confidence = link.confidence.min(cap);
            }
            if pass == "clause-after" && link.speaker.as_ref().is_some_and(|s| s.mention.end <= q.span.start) {
                link.confidence = link.confidence.min(NAMED_BEFORE_CAP);
            }
        }
    }
    sieve.cap_headline_colons(&mut links);
    // Pass group two: evidence carried from other quotes, in text order.
    let mut owners = Owners::default();
    for (k, found) in early_owners {
        owners.push(k, found);
    }
    for k in 0..links.len() {
        if links[k].speaker.is_some() {
            continue;
        }
        let Some(p) = sieve.place(k) else { continue };
        let q = &parsed.quotes.quotes[top[k]];
        if let Some(found) = sieve.owner_of_words(&p) {
            set_speaker(&mut links[k], "owner", Some(owner::as_read(text, &found)), None);
            links[k].confidence = owner::CONFIDENCE;
            owners.push(k, found);
        } else if let Some(next) = sieve.quote_run(&links, k) {
            let (speaker, clause) = (links[next].speaker.as_deref().cloned(), links[next].clause);
            set_speaker(&mut links[k], "quote-run", speaker, clause);
        } else if let Some((speaker, clause)) = sieve.previous_sentence_speaker(&links, k, p) {
            set_speaker(&mut links[k], "paragraph", Some(speaker), clause);
        } else if let Some((speaker, clause)) = sieve.speaker_running_on(&links, k, p) {
            set_speaker(&mut links[k], "running-on", Some(speaker), clause);
        } else if let Some((speaker, clause)) = sieve.previous_paragraph_speaker(&links, k, p) {
            set_speaker(&mut links[k], "previous-paragraph", Some(speaker), clause);
        } else if let Some(speaker) = super::subject::sentence_subject(text, parsed, lex, q, p.open, p.first_sentence) {
            set_speaker(&mut links[k], "subject", Some(speaker), None);
            links[k].confidence = super::subject::CONFIDENCE;
        } else if let Some(found) = sieve.colon_someone(q, p) {
            set_speaker(&mut links[k], "colon-someone", Some(owner::as_read(text, &found)), None);
            owners.push(k, found);
        } else if let Some(found) = sieve.subject_before(q, p) {
            set_speaker(&mut links[k], "subject-before", Some(owner::as_read(text, &found)), None);
            owners.push(k, found);
        }
    }
    (links, owners)
}

fn set_clause(link: &mut QuoteLink, pass: &'static str, clause: usize, clauses: &[ClauseLink]) {
    let c = &clauses[clause];
    set_speaker(link, pass, c.effective().cloned(), Some(clause));
    link.candidates = c.candidates.as_slice().into();
    if link.candidates.len() > 1 {
        link.status = Status::Ambiguous;
        link.confidence *= 0.6;
    }
    if c.settled {
        link.confidence = link.confidence.min(SETTLED_CAP);
    }
}

/// Two speakers are one when they resolve to one entity, or, unresolved, share a name.
fn same_speaker(a: &Speaker, b: &Speaker) -> bool {
    match (a.entity, b.entity) {
        (Some(x), Some(y)) => x == y,
        _ => a.name == b.name,
    }
}

fn set_speaker(link: &mut QuoteLink, pass: &'static str, speaker: Option<Speaker>, clause: Option<usize>) {
    link.pass = pass;
    link.clause = clause;
    link.status = if speaker.is_some() { Status::Attributed } else { Status::Unattributed };
    link.confidence = speaker.as_ref().map_or(0.0, |s| confidence(pass, s.kind));
    link.speaker = speaker.map(Box::new);
}

#[cfg(test)]
mod testing {
    use crate::config::Config;
    use crate::source::Source;

    /// The pass and speaker mention of each quote of `text`.
    pub(super) fn links(text: &str) -> Vec<(&'static str, Option<String>)> {
        let checked = crate::check_source(Source::new("t.txt", text.to_string()), &Config::default());
        checked.attributed.quotes.iter().map(|l| (l.pass, l.speaker.as_ref().map(|s| s.mention.of(text).to_string()))).collect()
    }

    /// The confidence of each quote of `text`.
    pub(super) fn confidences(text: &str) -> Vec<f32> {
        let checked = crate::check_source(Source::new("t.txt", text.to_string()), &Config::default());
        checked.attributed.quotes.iter().map(|l| l.confidence).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::testing::links;

    /// What each quote costs: a draft of nothing but quotation marks has
    /// five million quotes in 10 MB, so these sizes are its peak memory.
    #[test]
    fn a_quote_costs_what_it_did_when_these_were_measured() {
        assert_eq!(std::mem::size_of::<super::QuoteLink>(), 72);
        assert_eq!(std::mem::size_of::<Option<super::Packed>>(), 28);
        assert_eq!(std::mem::size_of::<crate::parse::Quote>(), 64);
    }

    #[test]
    fn a_place_packs_and_unpacks_unchanged() {
        for close in [None, Some(0), Some(7)] {
            let p = super::Place { open: 5, close, first_sentence: 1, last_sentence: 2, para: 3, last_para: 4 };
            let q = super::Packed::pack(p).unpack();
            assert_eq!((q.open, q.close, q.first_sentence, q.last_sentence, q.para, q.last_para), (5, close, 1, 2, 3, 4));
        }
    }

    #[test]
    fn a_quote_after_a_noun_of_speech_goes_to_its_owner() {
        let text = "The vote followed Ines Okafor's warning that the pier would become a \"money pit\" within a year.\n";
        assert_eq!(links(text), vec![("owner", Some("Ines Okafor".to_string()))]);
        let pronoun = "The crowd cheered her promise that the ferry would keep \"running every day.\"\n";
        assert_eq!(links(pronoun), vec![("owner", Some("her".to_string()))]);
        // A reporting verb between the noun and the quote makes the noun's
        // owner no speaker of it.
        let verb = "After Okafor's call ended, the harbour office sent a note saying the pier was \"safe.\"\n";
        assert_ne!(links(verb)[0].0, "owner");
        let chant = "Outside, their chants of \"Ferry! Ferry!\" drowned out the band.\n";
        assert_eq!(links(chant), vec![("owner", Some("their".to_string()))]);
        // The possessive owns a phrase of its own before a verb `cry`.
        let verb_noun = "The pilots cannot wag their fingers and cry \"unfair\" now.\n";
        assert_ne!(links(verb_noun)[0].0, "owner");
        // Nor does a noun with no owner, or a thing's.
        let bare = "The vote followed a warning that the pier would become a \"money pit\" soon.\n";
        assert_eq!(links(bare), vec![("none", None)]);
    }

    #[test]
    fn a_named_owners_words_inside_another_report_are_the_owners() {
        // `of` or `to` after the noun opens its owner's own words, though
        // Abt's clause reports the whole sentence.
        let of = "Lena Abt called Ines Okafor's assertion of a \"harbour mandate\" rash.\n";
        assert_eq!(links(of), vec![("owner", Some("Ines Okafor".to_string()))]);
        let to = "The pilots said they doubted Okafor's pledge to stay \"strictly neutral\" on tolls.\n";
        assert_eq!(links(to)[0], ("owner", Some("Okafor".to_string())));
        // Straight after the noun, the quote is the holder's verdict on it.
        let verdict = "Lena Abt called Ines Okafor's remarks \"reckless\" on Monday.\n";
        assert_eq!(links(verdict)[0].1.as_deref(), Some("Lena Abt"));
        // A pronoun's noun stays with the report: `her` is mostly its speaker.
        let pronoun = "Lena Abt said her promise of a \"cleaner harbour\" still stood.\n";
        assert_eq!(links(pronoun)[0].0, "content");
    }

    #[test]
    fn an_owner_is_named_as_its_entity() {
        use crate::config::Config;
        use crate::source::Source;
        let text = "Ines Okafor runs the harbour authority.\n\nThe vote followed Okafor's warning that the pier would become a \"money pit\" soon.\n";
        let checked = crate::check_source(Source::new("t.txt", text.to_string()), &Config::default());
        let speaker = checked.attributed.quotes[0].speaker.as_ref().map(|s| s.name.clone());
        assert_eq!(speaker.as_deref(), Some("Ines Okafor"));
    }

    #[test]
    fn a_partial_quote_no_clause_covers_goes_to_its_sentences_subject() {
        let text = "Marta Okafor drove to the harbour authority to keep the ferry \"running every day of the year.\"\n";
        assert_eq!(links(text), vec![("subject", Some("Marta Okafor".to_string()))]);
        // A thing as subject says nothing, nor does a short quoted term.
        let thing = "The plan would be paid for by \"taxing the biggest users of the pier.\"\n";
        assert_eq!(links(thing), vec![("none", None)]);
        let term = "Marta Okafor drove to the pier to keep it \"running daily.\"\n";
        assert_eq!(links(term), vec![("none", None)]);
    }

    #[test]
    fn a_verb_in_s_before_a_partial_quote_ends_the_subject_it_follows() {
        // `lists` is no plural noun of the subject's phrase (`Okafor lists`).
        let text = "Marta Okafor lists \"reliable crossings for every island\" as her goal.\n";
        assert_eq!(links(text), vec![("subject", Some("Marta Okafor".to_string()))]);
        let text = "Harbour Watch lists \"reliable crossings for every island\" as its goal.\n";
        assert_eq!(links(text), vec![("subject", Some("Harbour Watch".to_string()))]);
    }

    #[test]
    fn a_capitalised_quote_woven_after_a_lower_case_word_goes_to_its_sentences_subject() {
        let text = "Marta Okafor cheered the crews with notes like \"Ferries will sail again by the spring.\"\n";
        assert_eq!(links(text), vec![("subject", Some("Marta Okafor".to_string()))]);
        // A title keeps its capitals, and a quote after a colon is set off,
        // not woven in.
        let title = "Marta Okafor recommended the film \"Storm Over The Harbour Again.\"\n";
        assert_ne!(links(title)[0].0, "subject");
        let colon = "Marta Okafor left a note: \"Ferries will sail again by the spring.\"\n";
        assert_ne!(links(colon)[0].0, "subject");
    }

    #[test]
    fn a_quote_after_as_goes_to_its_sentences_subject() {
        let text = "Marta Okafor greeted the new pier as a \"turning point.\"\n";
        assert_eq!(links(text), vec![("subject", Some("Marta Okafor".to_string()))]);
        let herself = "Ines Okafor presents herself as \"the harbour's friend.\"\n";
        assert_eq!(links(herself), vec![("subject", Some("Ines Okafor".to_string()))]);
        // A participle or a fixed phrase before `as` names nothing the
        // subject said.
        let known = "Marta Okafor is known as \"the pier lady.\"\n";
        assert_eq!(links(known), vec![("none", None)]);
        let such = "Marta Okafor wrote columns such as \"Tide Tables.\"\n";
        assert_ne!(links(such)[0].0, "subject");
    }
}
