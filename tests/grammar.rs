//! Every `Example:` in `grammar/attribution.md` parses as the document says:
//! the cue and the speaker it names are found. The grammar document is the
//! parser's specification, so this keeps the two in step.

use whosaid::config::Config;
use whosaid::source::Source;

struct Example {
    sentence: String,
    cue: String,
    speaker: String,
}

/// `Example: `S` → cue `C`, speaker `P`` lines.
fn examples() -> Vec<Example> {
    let doc = include_str!("../grammar/attribution.md");
    doc.lines()
        .filter_map(|line| line.strip_prefix("Example: `"))
        .map(|rest| {
            let (sentence, rest) = rest.split_once("` → cue `").expect("example has a cue");
            let (cue, rest) = rest.split_once("`, speaker `").expect("example has a speaker");
            let speaker = rest.strip_suffix('`').expect("example ends with a backtick");
            Example { sentence: sentence.into(), cue: cue.into(), speaker: speaker.into() }
        })
        .collect()
}

#[test]
fn the_document_has_an_example_for_every_clause_production() {
    let doc = include_str!("../grammar/attribution.md");
    for production in ["according-to", "passive", "participle", "speaker-first", "inverted", "coordinated", "colon"] {
        let section = doc.split(&format!("### {production}\n")).nth(1).unwrap_or_else(|| panic!("no section for {production}"));
        let section = section.split("\n### ").next().unwrap_or(section);
        assert!(section.contains("Example: `"), "{production} has no example");
    }
}

#[test]
fn every_example_parses_as_documented() {
    let examples = examples();
    assert!(examples.len() >= 12, "only {} examples found", examples.len());
    let mut failures = Vec::new();
    for ex in &examples {
        // A lede first, so the example is copy, not a headline; `¶` in an
        // example is a paragraph break.
        let text = format!("The council met on Monday.\n\n{}", ex.sentence.replace('¶', "\n\n"));
        let checked = whosaid::check_source(Source::new("example.txt", text.clone()), &Config::default());
        let found = checked.parsed.clauses.iter().zip(&checked.attributed.clauses).any(|(clause, link)| {
            let speaker = link.effective().map(|s| s.mention.of(&text));
            clause.cue.of(&text) == ex.cue && speaker == Some(ex.speaker.as_str())
        });
        if !found {
            let got: Vec<String> = checked
                .parsed
                .clauses
                .iter()
                .zip(&checked.attributed.clauses)
                .map(|(c, l)| format!("{} / {:?}", c.cue.of(&text), l.effective().map(|s| s.mention.of(&text))))
                .collect();
            failures.push(format!("{}\n  expected cue {:?} speaker {:?}\n  got {got:?}", ex.sentence, ex.cue, ex.speaker));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
