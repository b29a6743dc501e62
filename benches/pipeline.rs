//! Throughput of the whole pipeline, in process, on one core.
//!
//! `cargo bench --bench pipeline` checks every article of
//! `../shared/corpora/polnear/train/text` when that folder is present, and
//! a generated corpus of made-up articles otherwise, and prints MB/s and
//! articles/s. Then it checks one document made of 1×, 10× and 100× as
//! many articles, concatenated, and one made of the same few articles
//! repeated 1×, 10× and 100×, and prints the time per MB of each: a
//! pipeline that grows linearly keeps that figure flat. The first grows
//! the vocabulary with the text (more names to tell apart), the second
//! only the length.
//!
//! Set `WHOSAID_BENCH_SECONDS` to change how long each figure is measured
//! (default 3 s), and `WHOSAID_BENCH_ONLY=corpus` or `linear` to measure one part.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use whosaid::config::Config;
use whosaid::source::Source;

fn main() {
    // `cargo test --benches` runs bench binaries with `--bench` absent; keep that quick.
    let quick = !std::env::args().any(|a| a == "--bench");
    let budget = Duration::from_secs_f64(std::env::var("WHOSAID_BENCH_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(if quick { 0.0 } else { 3.0 }));
    let config = Config::default();
    let (label, articles) = corpus();
    let bytes: usize = articles.iter().map(String::len).sum();
    println!("corpus: {label}: {} articles, {:.2} MB", articles.len(), mb(bytes));

    let only = std::env::var("WHOSAID_BENCH_ONLY").unwrap_or_default();
    if only != "linear" {
        corpus_figures(&articles, bytes, budget, &config);
    }
    if only != "corpus" {
        linear_figures(&articles, budget, &config);
    }
}

fn corpus_figures(articles: &[String], bytes: usize, budget: Duration, config: &Config) {
    let per_run = best_of(budget, || {
        for text in articles {
            black_box(whosaid::check_source(Source::new("a.txt", text.as_str()), config));
        }
    });
    println!(
        "pipeline: {:.1} MB/s, {:.0} articles/s ({:.1} ms per pass over the corpus)",
        mb(bytes) / per_run.as_secs_f64(),
        articles.len() as f64 / per_run.as_secs_f64(),
        per_run.as_secs_f64() * 1e3
    );
}

fn linear_figures(articles: &[String], budget: Duration, config: &Config) {
    let base = (articles.len() / 100).max(1);
    println!("\nlinear growth: one document of the first n × {base} articles, concatenated");
    growth_table(budget, config, |factor| articles.iter().cycle().take(base * factor).map(String::as_str).collect::<Vec<_>>().join("\n\n"));
    let first = articles[..base].join("\n\n");
    println!("\nlinear growth: one document of the first {base} articles, repeated n times");
    growth_table(budget, config, |factor| vec![first.as_str(); factor].join("\n\n"));
}

/// Checks the documents `make(1)`, `make(10)` and `make(100)` and prints the time per MB of each.
fn growth_table(budget: Duration, config: &Config, make: impl Fn(usize) -> String) {
    println!("{:>6} {:>9} {:>10} {:>10}", "n", "MB", "ms", "ms per MB");
    let mut rates = Vec::new();
    for n in [1, 10, 100] {
        let doc = make(n);
        let took = best_of(budget, || {
            black_box(whosaid::check_source(Source::new("long.txt", doc.as_str()), config));
        });
        let per_mb = took.as_secs_f64() * 1e3 / mb(doc.len());
        rates.push(per_mb);
        println!("{:>6} {:>9.2} {:>10.2} {:>10.2}", n, mb(doc.len()), took.as_secs_f64() * 1e3, per_mb);
    }
    let (lo, hi) = rates.iter().fold((f64::MAX, 0.0f64), |(lo, hi), &r| (lo.min(r), hi.max(r)));
    println!("spread of ms per MB: {:.0}% (max / min - 1)", (hi / lo - 1.0) * 100.0);
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}

/// Runs `f` at least once and until `budget` is spent; the fastest run.
fn best_of(budget: Duration, mut f: impl FnMut()) -> Duration {
    let start = Instant::now();
    let mut best = Duration::MAX;
    loop {
        let t = Instant::now();
        f();
        best = best.min(t.elapsed());
        if start.elapsed() >= budget {
            return best;
        }
    }
}

fn corpus() -> (String, Vec<String>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/polnear/train/text");
    if let Ok(entries) = std::fs::read_dir(&dir) {
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        paths.sort();
        let texts: Vec<String> = paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect();
        if !texts.is_empty() {
            return (dir.display().to_string(), texts);
        }
    }
    ("generated (../shared is not here)".into(), generated(840))
}

/// Made-up articles with the constructions whosaid reads: named speakers
/// with titles, pronouns, colon introductions, interrupted and
/// multi-paragraph quotes, anonymous and weasel sourcing.
fn generated(n: usize) -> Vec<String> {
    const FIRST: &[&str] = &["Ines", "Tomas", "Priya", "Oskar", "Leila", "Marek", "Ayo", "Greta", "Hugo", "Sana"];
    const LAST: &[&str] = &["Okafor", "Lindqvist", "Raman", "Berg", "Haddad", "Novak", "Adeyemi", "Falk", "Moreau", "Iqbal"];
    const TITLE: &[&str] = &["Mayor", "council chair", "finance minister", "union leader", "spokeswoman", "harbour master"];
    const ORG: &[&str] = &["the harbour authority", "the ferry company", "the transport ministry", "the island council"];
    const VERB: &[&str] = &["said", "told reporters", "added", "warned", "said on Tuesday"];
    const WORDS: &[&str] = &[
        "the", "ferry", "tolls", "will", "rise", "in", "spring", "and", "nobody", "expects", "a", "quick", "deal", "on", "budget", "island", "crossing",
        "boats", "money", "timetable", "vote", "council", "weeks", "of", "talks", "ended", "late",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move |k: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % k as u64) as usize
    };
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let mut a = String::from("Ferry Talks Drag On\n\n");
        let people: Vec<(usize, usize, usize)> = (0..3).map(|_| (next(FIRST.len()), next(LAST.len()), next(TITLE.len()))).collect();
        for p in 0..12 {
            let (f, l, t) = people[next(people.len())];
            let sentence = |next: &mut dyn FnMut(usize) -> usize| {
                let len = 6 + next(12);
                let mut s: Vec<&str> = (0..len).map(|_| WORDS[next(WORDS.len())]).collect();
                s[0] = "It";
                s.join(" ")
            };
            let line = match (p + next(3)) % 7 {
                0 => format!(
                    "\u{201c}{},\u{201d} {} {} {} {}. \u{201c}{}.\u{201d}",
                    sentence(&mut next),
                    TITLE[t],
                    FIRST[f],
                    LAST[l],
                    VERB[next(VERB.len())],
                    sentence(&mut next)
                ),
                1 => format!("\"{},\" {} {}.", sentence(&mut next), LAST[l], VERB[next(VERB.len())]),
                2 => format!("{} {} said: \"{}.\"", FIRST[f], LAST[l], sentence(&mut next)),
                3 => format!("\u{201c}{},\u{201d} she said, \u{201c}{}.\u{201d}", sentence(&mut next), sentence(&mut next)),
                4 => format!("{} will not change, according to {}. Critics say {}.", sentence(&mut next), ORG[next(ORG.len())], sentence(&mut next)),
                5 => format!("Officials said the {} was \u{2018}{}\u{2019} and {}.", WORDS[next(WORDS.len())], WORDS[next(WORDS.len())], sentence(&mut next)),
                _ => format!("{}. {} reportedly asked for more. \u{201c}{}", sentence(&mut next), ORG[next(ORG.len())], sentence(&mut next)),
            };
            a.push_str(&line);
            a.push_str("\n\n");
        }
        out.push(a);
    }
    out
}
