//! A verb whose mood makes it no report: a thought denied (`I didn't
//! know`) or what someone should or could do (`riders should remember`).

use super::*;

/// `I didn't know`, `they don't want`: a thought denied is mostly no
/// report (PolNeAR marks a third of them), while `didn't mention`,
/// `wouldn't discuss` are reports like any other.
pub(super) fn negated(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    let before = (sentence.first as usize..i).rev().find(|&k| !mentions::ly_adverb(c, &c.tokens[k]));
    before.is_some_and(|k| {
        let w = c.word(&c.tokens[k]);
        c.tokens[k].is_word() && (w.ends_with("n't") || w.ends_with("n’t") || NEGATIVES.iter().any(|n| c.is_word(&c.tokens[k], n)))
    })
}

const NEGATIVES: [&str; 3] = ["not", "never", "cannot"];

/// `riders should remember`, `the board could favor`: what someone should
/// or could do is advice or a possibility, no report (9 of 11 such cues
/// of verbs other than speech on train were none). `would`, `will`, `may`, `might`, `can` report as
/// often as not, and stay; so do verbs of speech, which may open a quote
/// (`a spokesman could only quip: "…"`).
pub(super) fn hypothetical(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    let before = (sentence.first as usize..i).rev().find(|&k| {
        let t = &c.tokens[k];
        !(mentions::ly_adverb(c, t) || ["not", "also", "never", "still", "then", "just"].iter().any(|w| c.is_word(t, w)))
    });
    before.is_some_and(|k| c.is_word(&c.tokens[k], "should") || c.is_word(&c.tokens[k], "could"))
}

#[cfg(test)]
mod tests {
    use super::super::tests::cues_of;

    #[test]
    fn what_someone_should_or_could_do_is_no_report() {
        assert!(cues_of("Riders should remember that the ferry is old.").is_empty());
        assert!(cues_of("The harbour board could favor the pier plan in May.").is_empty());
        // Speech keeps its cue: it may open a quote.
        assert_eq!(cues_of("A pilot could only quip: \"Bring a book.\""), ["quip"]);
    }
}
