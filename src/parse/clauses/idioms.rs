//! Idioms around reporting words: verbs that mean something else before
//! certain words (`went on the offensive`, `compared with`, `showed up`),
//! and a poll opening a sentence (`In a Gazette poll, …`) that reports as
//! `according to` would.

use super::*;

/// `went on the offensive`, `went on to win`, `has maintained a lead`:
/// `went on` and `maintain` report only before a report of their own
/// (`went on to say`, `went on about`, `maintained that …`) or before no
/// word at all (`…," she went on.`); before other words they go somewhere
/// or keep something (on train 20 of 26 such `went on` and 14 of 16 such
/// `maintained` were no cue). A verb before one of its particles in
/// `[particles-that-report-nothing]` is another verb, which reports nothing.
pub(super) fn reports_what_follows(c: Ctx<'_>, sentence: &Sentence, cue_end: usize, phrase: Option<&Phrase>, verb: Verb) -> bool {
    // Each reading below turns on the word after the cue: with none (`said.`,
    // `said,`, a quote), the cue reports, and the table is not read.
    let Some(next) = (cue_end < sentence.end as usize).then(|| &c.tokens[cue_end]).filter(|t| t.is_word()) else { return true };
    let went_on = phrase.is_some_and(|p| p.words.len() == 2 && p.words[1] == "on" && ["went", "goes"].contains(&p.words[0]));
    let lemma = c.lex.lemma(verb.lemma);
    let maintain = phrase.is_none() && lemma == "maintain";
    let particles = phrase.is_none().then(|| particles_that_report_nothing(c, lemma)).flatten();
    if !(went_on || maintain || particles.is_some()) {
        return true;
    }
    if let Some(particles) = particles {
        // `Trump added to People`, `added to the Courier`: a listener named
        // after `to` keeps the report.
        let after_the = if c.tokens.get(cue_end + 1).is_some_and(|t| c.is_word(t, "the")) { cue_end + 2 } else { cue_end + 1 };
        let listener = lemma == "add" && c.tokens.get(after_the).is_some_and(|t| t.is_word() && t.cap());
        return listener || !particles.split_whitespace().any(|p| c.is_word(next, p));
    }
    if maintain {
        return c.is_word(next, "that");
    }
    // `went on to say`, `went on to sharply criticize`
    let verb_after = |k: usize| c.tokens.get(k).filter(|_| k < sentence.end as usize);
    let after_to = verb_after(cue_end + 1).filter(|t| t.cap() || !c.word(t).ends_with("ly")).or_else(|| verb_after(cue_end + 2));
    c.is_word(next, "about") || (c.is_word(next, "to") && after_to.is_some_and(|t| t.is(CUE)))
}

/// The words before which a verb of lemma `lemma` means something else and
/// reports nothing: `compared with 38 percent` sets figures side by side
/// (`compared Trump to Nixon` keeps its report), `adding to the
/// confusion`, `it doesn't add up`, `reported from Kabul` (a byline),
/// `showed up`, `backing down`, `backed away`, `called off`. On train 51
/// such cues, 3 of them hits. So do `found himself in a bind`, `found ways
/// to`, and `a statement issued by the campaign` or `issued in March`,
/// where the document reports, not its issuing (on train 24 such cues,
/// none a hit). `pledged delegates` are a kind of delegate, whoever says
/// it (on train 7 such cues the earlier adjective rule left, none a hit).
/// `as opposed to the old fares` and `were opposed to the plan` compare or
/// describe (on train 4 such cues, none a hit; `begs the question` was
/// measured too, 3 of 3 false, but `beg the` would lose `begged the
/// board to wait`).
/// The table is `[particles-that-report-nothing]`, read through the
/// context's lexicon like every other list: a lemma, then its words. The
/// line's words are returned as written and split only for the few cues
/// whose lemma has a line; a line is matched by its opening bytes, which
/// costs about 1.6 million instructions over train more than the table
/// split once at start did (0.15%).
fn particles_that_report_nothing(c: Ctx<'_>, lemma: &str) -> Option<&'static str> {
    // The byte after where the lemma would end is asked first: most lines'
    // lemmas are of another length, and are passed without a comparison.
    let opens = |line: &str| line.as_bytes().get(lemma.len()) == Some(&b' ') && line.as_bytes().starts_with(lemma.as_bytes());
    c.lex.list("particles-that-report-nothing").iter().find(|line| opens(line)).map(|line| &line[lemma.len() + 1..])
}

/// `In a Harbour Gazette poll last month, most riders …`, `In the latest
/// polls, …`: a sentence that opens with `in` and a poll reports that
/// poll's findings, as `according to` would (on train 18 of 24 such
/// openers are marked; after other words, `trails him in the polls`, the
/// poll is mostly a setting, 23 of 111). The poll's phrase is the source.
pub(super) fn poll_opener(c: Ctx<'_>, sentence: &Sentence, si: usize, i: usize) -> Option<Clause> {
    let end = sentence.end as usize;
    if i != sentence.first as usize || !c.is_word(&c.tokens[i], "in") || i + 1 >= end {
        return None;
    }
    let opens_phrase = |t: &Token| t.is(DETERMINER) || t.is(POSSESSIVE) || t.kind == TokenKind::Possessive;
    if !opens_phrase(&c.tokens[i + 1]) {
        return None;
    }
    let words = |t: &Token| (t.is_word() || matches!(t.kind, TokenKind::Number | TokenKind::Possessive) || t.is_punct('/') || t.is_punct('-')) && t.depth == 0;
    let head = (i + 2..end.min(i + 10)).take_while(|&k| words(&c.tokens[k])).find(|&k| c.lex.list("poll-nouns").iter().any(|w| c.is_word(&c.tokens[k], w)))?;
    let source = mentions::phrase(c, i + 1, head + 1);
    Some(opener_clause(c, si, i, source, head + 1))
}

/// A one-word cue opening the sentence at token `i` (`In`, `To`), whose
/// source runs on to token `end`: read like `according to`.
fn opener_clause(c: Ctx<'_>, si: usize, i: usize, source: mentions::Mention, end: usize) -> Clause {
    Clause {
        cue: span_of(c.tokens, i, i + 1),
        cue_tokens: (i as u32, i as u32 + 1),
        verb: None,
        source: Some(source),
        subject: None,
        shape: ClauseShape::According,
        sentence: si as u32,
        tokens: (i as u32, end as u32),
        colon: false,
        content: None,
        content_before: false,
    }
}

/// `To Okafor, the tolls are a tax on islanders.`: a sentence that opens
/// with `to`, a person or group and a comma gives that one's view of what
/// follows, as `according to` would (on train 7 of 8 such openers are
/// marked). The phrase must open with a name or `many`, `some`, `most`
/// and end at the comma: `To the extent she …`, `To the shock of …` run
/// on.
pub(super) fn to_opener(c: Ctx<'_>, sentence: &Sentence, si: usize, i: usize) -> Option<Clause> {
    let end = sentence.end as usize;
    if i != sentence.first as usize || !c.is_word(&c.tokens[i], "to") || i + 2 >= end {
        return None;
    }
    let input = Forward::new(c.tokens, i + 1, end);
    let (rest, source) = mentions::after(c).parse(input).ok()?;
    if !rest.first().is_some_and(|t| t.is_punct(',')) || rest.at() > i + 8 {
        return None;
    }
    // A name, or `many`, `some`, `most`: `To stop the tolls, …` is an
    // aim, `To a person, …` and `To a standing ovation, …` are manners.
    let first = &c.tokens[i + 1];
    let named = first.cap() && !first.is(TIME) && !first.is(DETERMINER);
    if source.first_token as usize != i + 1 || !(named || ["many", "some", "most", "others"].iter().any(|w| c.is_word(first, w))) {
        return None;
    }
    Some(opener_clause(c, si, i, source, rest.at()))
}

#[cfg(test)]
mod tests {
    use super::super::tests::cues_of;
    use super::particles_that_report_nothing;
    use crate::parse::mentions::Ctx;

    /// A particle rules a cue out only as the word straight after it: a
    /// cue with a mark after it (or none) reports, and is answered before
    /// the table is read.
    #[test]
    fn a_cue_with_no_word_after_it_reports_whatever_its_lemma() {
        assert_eq!(cues_of("\"The pier stays shut,\" Holm added."), ["added"]);
        assert_eq!(cues_of("Holm added, \"The pier stays shut.\""), ["added"]);
        assert!(cues_of("The new tolls only added to the confusion.").is_empty());
        assert!(cues_of("The fares do not add up, the union said.").iter().all(|c| c != "add"));
    }

    #[test]
    fn opposed_to_compares_or_describes() {
        assert!(cues_of("Fares rose 4 percent, as opposed to 9 percent a year ago.").is_empty());
        assert!(cues_of("The pilots were opposed to the new tolls.").is_empty());
        // Before other words the verb still reports.
        assert_eq!(cues_of("Holm opposed the new tolls."), ["opposed"]);
    }

    #[test]
    fn a_lemma_finds_its_own_line_of_particles_and_no_other() {
        let c = Ctx { text: "", tokens: &[], lex: crate::parse::lexicon::lexicon(), headlines: &[] };
        assert_eq!(particles_that_report_nothing(c, "add"), Some("to up"));
        assert_eq!(particles_that_report_nothing(c, "call"), Some("off"));
        // A lemma that only begins another's, or goes on past it, has none.
        for lemma in ["ad", "adds", "cal", "callous", ""] {
            assert_eq!(particles_that_report_nothing(c, lemma), None, "{lemma}");
        }
    }
}
