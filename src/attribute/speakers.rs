//! The speaker of each reporting clause: a name joined to its entity, a
//! pronoun or `who` resolved, a description (`the spokesman`) matched to
//! the person it describes, and a participle (`adding …`) carrying the
//! speaker of its main clause.

use super::entities::Entities;
use super::{ClauseLink, Speaker};
use crate::parse::{ClauseShape, Lexicon, Mention, MentionKind, Parsed};

pub fn clause_speakers(text: &str, parsed: &Parsed, lex: &Lexicon, entities: &mut Entities) -> Vec<ClauseLink> {
    let mut links: Vec<ClauseLink> = Vec::with_capacity(parsed.clauses.len());
    for (i, clause) in parsed.clauses.iter().enumerate() {
        let mut link = ClauseLink { speaker: None, carried: None, candidates: Vec::new(), settled: false };
        if let Some(m) = clause.source {
            let (mut speaker, candidates, settled) = resolve(text, parsed, lex, entities, &m);
            if let Some(who) = relative_subject(text, parsed, &m, clause.cue_tokens.0 as usize) {
                speaker.mention = who;
            }
            if let Some(e) = speaker.entity {
                entities.note_speaker(parsed, e, m.first_token as usize);
            }
            link.speaker = Some(speaker);
            link.candidates = candidates;
            link.settled = settled;
        } else if clause.shape == ClauseShape::Participle {
            link.carried = main_clause(parsed, &links, i).cloned().or_else(|| {
                let subject = clause.subject?;
                Some(resolve(text, parsed, lex, entities, &subject).0)
            });
        }
        links.push(link);
    }
    links
}

/// The speaker of the clause a participle hangs from: the nearest earlier
/// clause of the same sentence that has one. An `according to` or a noun of
/// report (`Facing criticism from riders, the mayor …, saying`) sources
/// words, and no participle hangs from it.
fn main_clause<'l>(parsed: &Parsed, links: &'l [ClauseLink], i: usize) -> Option<&'l Speaker> {
    let sentence = parsed.clauses[i].sentence;
    (0..i)
        .rev()
        .take_while(|&k| parsed.clauses[k].sentence == sentence)
        .filter(|&k| parsed.clauses[k].shape != ClauseShape::According)
        .find_map(|k| links[k].effective())
}

pub(super) fn resolve(text: &str, parsed: &Parsed, lex: &Lexicon, entities: &mut Entities, m: &Mention) -> (Speaker, Vec<usize>, bool) {
    // The name is the entity's when one is found, else these words'.
    let mut named = m.name;
    let mut speaker = Speaker { name: String::new(), kind: m.kind, mention: m.span, entity: None };
    let mut candidates = Vec::new();
    let mut settled = false;
    match m.kind {
        MentionKind::Pronoun if m.relative => {
            let antecedent = m.antecedent.expect("a relative pronoun has an antecedent");
            let at = parsed.token_at(antecedent.start);
            speaker.entity = entities.named_within(parsed, at, m.first_token as usize, antecedent.end);
            named = antecedent;
            speaker.kind = MentionKind::Person;
        }
        MentionKind::Pronoun => {
            let resolution = entities.resolve_pronoun(text, parsed, lex, m.first_token as usize, m.gender);
            if let Some(e) = resolution.entity {
                speaker.entity = Some(e);
                if !resolution.contested {
                    entities.learn_gender(e, m.gender);
                }
            }
            candidates = resolution.candidates;
            settled = resolution.settled;
        }
        MentionKind::Person | MentionKind::Organisation => {
            let named = entities.named(m.first_token as usize, m.end_token as usize, m.name);
            speaker.entity = named.or_else(|| entities.resolve_description(text, parsed, lex, m));
            if let (None, Some(e), MentionKind::Organisation) = (named, speaker.entity, m.kind) {
                entities.learn_organisation(e);
            }
        }
        MentionKind::Group if m.span.of(text).eq_ignore_ascii_case("who") => {
            speaker.entity = name_before_aside(parsed, entities, m.first_token as usize);
        }
        MentionKind::Anonymous | MentionKind::Group => {}
    }
    match speaker.entity {
        Some(e) => {
            let entity = &entities.list[e];
            speaker.name = entity.name(text).to_string();
            speaker.kind = entity.kind;
        }
        None => speaker.name = super::entities::clean(named.of(text)),
    }
    (speaker, candidates, settled)
}

/// `Sen. Ana Ruiz (D-Ore.), who said`, `Ruiz — who said`, `Ruiz, 62, who
/// said`: a `who` the mention grammar leaves without an antecedent, after
/// an aside straight after a name, stands for that name's entity.
fn name_before_aside(parsed: &Parsed, entities: &Entities, who: usize) -> Option<usize> {
    use crate::parse::TokenKind;
    // A party and state in brackets is a few tokens: read no further.
    const BRACKETED: usize = 8;
    let tokens = &parsed.tokens;
    let mut k = who.checked_sub(1)?;
    if tokens[k].is_punct(',') {
        k = k.checked_sub(1)?;
    }
    let last = match tokens[k].kind {
        TokenKind::Punct(')') => (k.saturating_sub(BRACKETED)..k).rev().find(|&i| tokens[i].is_punct('('))?.checked_sub(1)?,
        // `--` is two tokens.
        TokenKind::Punct('\u{2014}' | '\u{2013}' | '-') => k.checked_sub(if k >= 1 && tokens[k - 1].is_punct('-') { 2 } else { 1 })?,
        TokenKind::Number if k >= 1 && tokens[k - 1].is_punct(',') => k.checked_sub(2)?,
        _ => return None,
    };
    let end = tokens[last].span().end;
    let before = entities.sightings.partition_point(|s| s.token <= last);
    entities.sightings[..before].iter().rev().take_while(|s| s.token + BRACKETED >= last).find(|s| s.name.end == end).map(|s| s.entity)
}

/// `Okafor, who has at times described …`: the mention grammar reads the
/// name as the speaker, but the verb stands in the relative clause, whose
/// subject is `who` (no comma closes the clause before the verb). The
/// name still names the speaker; the words nearest the verb are `who`.
fn relative_subject(text: &str, parsed: &Parsed, m: &Mention, cue: usize) -> Option<crate::source::Span> {
    let tokens = &parsed.tokens;
    let end = m.end_token as usize;
    let comma = tokens.get(end).is_some_and(|t| t.is_punct(','));
    let who = end + usize::from(comma);
    let relative = comma && !m.relative && tokens.get(who).is_some_and(|t| t.span().of(text).eq_ignore_ascii_case("who"));
    let open = (who + 1..cue).all(|k| !tokens[k].is_punct(',') && !tokens[k].is_mark());
    (relative && who < cue && open).then(|| tokens[who].span())
}

#[cfg(test)]
mod tests {
    use crate::config::Config;
    use crate::source::Source;

    /// The speaker's name of each reporting clause of `text`.
    fn clause_names(text: &str) -> Vec<Option<String>> {
        let checked = crate::check_source(Source::new("t.txt", text.to_string()), &Config::default());
        checked.attributed.clauses.iter().map(|c| c.effective().map(|s| s.name.clone())).collect()
    }

    /// The speaker's mention and name of each quote of `text`.
    fn quote_speakers(text: &str) -> Vec<Option<(String, String)>> {
        let checked = crate::check_source(Source::new("t.txt", text.to_string()), &Config::default());
        checked.attributed.quotes.iter().map(|l| l.speaker.as_ref().map(|s| (s.mention.of(text).to_string(), s.name.clone()))).collect()
    }

    #[test]
    fn a_verb_inside_a_relative_clause_is_spoken_by_who() {
        let text = "Marta Okafor, who has at times described the plan as \"a costly mistake\" for the port, is on the board.";
        assert_eq!(quote_speakers(text), vec![Some(("who".to_string(), "Marta Okafor".to_string()))]);
        // A relative clause closed by a comma before the verb is an aside.
        let text = "Marta Okafor, who chairs the board, said the plan was \"a costly mistake\" on Monday.";
        assert_eq!(quote_speakers(text), vec![Some(("Marta Okafor".to_string(), "Marta Okafor".to_string()))]);
    }

    #[test]
    fn who_after_an_aside_stands_for_the_name_before_it() {
        let text = "Sen. Ana Ruiz (D-Ore.), who has backed the ferry plan, said the tolls were too high.";
        assert_eq!(clause_names(text)[0].as_deref(), Some("Ana Ruiz"));
        let text = "The mayor, Tom Baker -- who told reporters the pier was safe -- left early.";
        assert_eq!(clause_names(text)[0].as_deref(), Some("Tom Baker"));
        let text = "The pilots met Dan Ortiz, 62, who said the boats were too old.";
        assert_eq!(clause_names(text)[0].as_deref(), Some("Dan Ortiz"));
        // With no name before the aside, `who` stays unresolved.
        let text = "Some of the pilots (about 40), who said the boats were too old, left.";
        assert_eq!(clause_names(text)[0].as_deref(), Some("who"));
    }
}
