//! A capital letter at the start of a sentence, or in a headline, says
//! nothing about whether a word is a name. Such a word counts as
//! capitalised only when the draft never writes it in lower case and the
//! lexicons do not know it as a common word: `Officials said` is not a
//! person, `Peskov said` is.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::lexicon::{class::*, VerbClass, VerbForm};
use super::paragraphs::{Paragraph, ParagraphKind};
use super::sentences::Sentence;
use super::tokens::Token;

pub fn settle(text: &str, tokens: &mut [Token], sentences: &[Sentence], paragraphs: &[Paragraph]) {
    let pending = capitals_to_settle(text, tokens, sentences, paragraphs);
    let lower = written_in_lower_case(text, tokens, &pending);
    let named = named_elsewhere(text, tokens, &pending, &lower);
    // `Small, who …, said` where the draft has `Marty Small` and `small
    // shops`: a word written in a run of capitals mid-sentence is a name
    // at a sentence start too, whatever else the draft writes (not in a
    // headline, whose every word is capitalised: `Poll:`, `Fox News Poll`).
    let in_a_name = |p: &Pending, w: &[u8]| !p.in_headline && named.get(w).copied().unwrap_or(false);
    for p in &pending {
        let headline_verb = p.headline_verb && !named.contains_key(p.word().unwrap_or_default());
        if p.word().is_none_or(|w| lower.contains(w) && !in_a_name(p, w)) || headline_verb {
            tokens[p.at].settle_as_lower_case();
        }
    }
}

/// A capital to settle: where it stands, its lower-cased form when only
/// the draft's own spelling can settle it, and whether it is a headline
/// word shaped like a verb (`Mayor Debunks Okafor`, `Okafor Sent Bell`)
/// or a first word in -ing before a comma, which stay names only where
/// the draft writes them capitalised elsewhere.
struct Pending {
    at: usize,
    word: Option<Lowered>,
    headline_verb: bool,
    in_headline: bool,
}

impl Pending {
    /// The word lower-cased, if only the draft's own spelling can settle it.
    fn word(&self) -> Option<&[u8]> {
        self.word.as_ref().map(Lowered::bytes)
    }
}

/// The longest word [`Lowered`] keeps on the stack.
const SHORT_WORD: usize = 22;

/// A word lower-cased as `str::to_lowercase` lower-cases it: on the stack
/// when it is ASCII and short, as nearly every sentence's first word is
/// (a `String` each cost an allocation and its freeing, some 10,000 a
/// train run), else in a `String` (a letter may change its length).
enum Lowered {
    Short([u8; SHORT_WORD], u8),
    Long(String),
}

impl Lowered {
    fn of(word: &str) -> Lowered {
        let bytes = word.as_bytes();
        if bytes.len() <= SHORT_WORD && bytes.is_ascii() {
            let mut buf = [0; SHORT_WORD];
            // Byte by byte, not a copy of a length known only at run time
            // (a call to `memcpy`) and a second pass to lower-case it.
            for (b, &from) in buf.iter_mut().zip(bytes) {
                *b = from.to_ascii_lowercase();
            }
            return Lowered::Short(buf, bytes.len() as u8);
        }
        Lowered::Long(word.to_lowercase())
    }

    fn bytes(&self) -> &[u8] {
        match self {
            Lowered::Short(buf, len) => &buf[..usize::from(*len)],
            Lowered::Long(word) => word.as_bytes(),
        }
    }
}

/// A headline word in -s, -ed or -ing, or one the lexicon knows as a verb:
/// in `Okafor Sends Bell A Letter` it ends the name before it, unless the
/// draft writes it as a name elsewhere (`Tom Sanders`, mid-sentence).
fn verb_shaped(t: &Token, word: &str) -> bool {
    let shaped =
        (word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") && !word.ends_with("is")) || word.ends_with("ed") || word.ends_with("ing");
    word.len() > 3 && (shaped || t.info().verb.is_some())
}

/// The sentence-initial and headline capitals to settle, each with its
/// lower-cased form when only the draft's own spelling can settle it.
fn capitals_to_settle(text: &str, tokens: &[Token], sentences: &[Sentence], paragraphs: &[Paragraph]) -> Vec<Pending> {
    // A sentence's first word at least, and a headline's several: room for
    // one a sentence, so the list seldom grows.
    let mut pending = Vec::with_capacity(sentences.len());
    for sentence in sentences {
        let range = sentence.range();
        let first = range.start;
        let headline = paragraphs[sentence.para as usize].kind == ParagraphKind::Headline || title_case(&tokens[range.clone()]);
        // Outside a headline only the sentence's first word is asked about.
        let asked = if headline { range } else { range.clone().find(|&i| tokens[i].is_word()).map_or(0..0, |i| i..i + 1) };
        for i in asked {
            let t = &tokens[i];
            if !(t.is_word() && t.cap() && !t.is(TITLE_BEFORE_NAME)) {
                continue;
            }
            let word = t.span().of(text);
            // Only inside a run of capitals, where it would join two names.
            let between_capitals = i > first && tokens[i - 1].is_word() && tokens[i - 1].cap() && tokens.get(i + 1).is_some_and(|n| n.is_word() && n.cap());
            let headline_verb = headline && between_capitals && verb_shaped(t, word);
            if !headline && ing_before_comma(tokens, i, word) {
                pending.push(Pending { at: i, word: Some(Lowered::of(word)), headline_verb: true, in_headline: false });
                continue;
            }
            pending.push(Pending { at: i, word: (!known_word(tokens, i, word)).then(|| Lowered::of(word)), headline_verb, in_headline: headline });
        }
    }
    debug_assert!(pending.windows(2).all(|w| w[0].at < w[1].at), "in text order");
    pending
}

/// `Manning, the mayor, said`, `Adding, "…"`: a sentence's first word in
/// -ing before a comma is a name or a participle; as a headline's verb
/// shape is, it stays a name only where the draft writes it capitalised
/// mid-sentence too (`fires Manning`).
fn ing_before_comma(tokens: &[Token], i: usize, word: &str) -> bool {
    word.len() > 4 && word.ends_with("ing") && tokens.get(i + 1).is_some_and(|n| n.is_punct(','))
}

/// A capital the lexicon settles by itself: a function word, a role, a
/// reporting verb, an adverb in -ly or a participle in -ing, where the
/// next word does not make it a name.
fn known_word(tokens: &[Token], i: usize, word: &str) -> bool {
    let t = &tokens[i];
    let next = tokens.get(i + 1);
    let verb_form = |forms: &[VerbForm]| next.is_some_and(|n| n.is(CUE) && n.info().verb.is_some_and(|v| forms.contains(&v.form)));
    // `Will wrote`: an auxiliary straight before a past or present
    // reporting verb is a name.
    let before_reporting_verb = verb_form(&[VerbForm::Past, VerbForm::Third]);
    let named_auxiliary = t.is(GAP) && !t.is(TIME) && before_reporting_verb;
    // `Kelly said`, `O'Reilly has said`: a word in -ly before a verb is a
    // name, not an adverb (`Similarly, …`).
    let before_verb = next.is_some_and(|n| (n.is(CUE) && n.info().verb.is_some()) || n.is(GAP));
    // `Carly Fiorina kicked …`, `Emily Holm, a pilot, said`: before another
    // capitalised word a word in -ly may be a first name; the draft's own
    // spelling settles it (`Only Holm …` is no name where `only` is
    // written in lower case).
    let before_capital = next.is_some_and(|n| n.is_word() && n.cap());
    // `Manning said`, `Boeing says`: before a reporting verb a word in -ing
    // is a name, not a participle (`Speaking to …`); `Polling shows` is a
    // gerund: only a verb of speech makes one a name.
    let before_speech_verb = before_reporting_verb && next.is_some_and(|n| n.info().verb.is_some_and(|v| v.class == VerbClass::Speech));
    // `Studies show`: a capital before a plural verb is a plural noun, not a name.
    let before_plural_verb = verb_form(&[VerbForm::Base]);
    (t.is(DETERMINER | PRONOUN | FUNCTION | ANONYMOUS | GROUP | CUE | ROLE | ORG) && !named_auxiliary)
        || (word.ends_with("ly") && !before_verb && !before_capital)
        || (word.ends_with("ing") && !before_speech_verb)
        || before_plural_verb
}

/// Which of the pending words the draft also writes in lower case (one
/// pass, before any capital is settled).
fn written_in_lower_case<'t>(text: &'t str, tokens: &[Token], pending: &[Pending]) -> HashSet<&'t [u8]> {
    // Sized for every pending word at once (most sentences give one), and
    // the words found in lower case (fewer): collected from nothing, each
    // set was rehashed into a new table three or four times a draft.
    let mut wanted: HashSet<&[u8]> = HashSet::with_capacity_and_hasher(pending.len(), Default::default());
    wanted.extend(pending.iter().filter_map(Pending::word));
    if wanted.is_empty() {
        return HashSet::default();
    }
    let mut lower: HashSet<&[u8]> = HashSet::with_capacity_and_hasher(wanted.len(), Default::default());
    // Their first bytes and lengths, so most words are passed without hashing.
    let mut shapes = Shapes::new();
    for w in &wanted {
        shapes.add(w);
    }
    for t in tokens.iter().filter(|t| t.is_word() && !t.cap()) {
        // Most words are ruled out by their length alone, without reading
        // their text (the short function words above all).
        if !shapes.may_be_as_long(t.span().len()) {
            continue;
        }
        let word = &text.as_bytes()[t.span().start..t.span().end];
        if shapes.may_hold(word) && wanted.contains(word) {
            lower.insert(word);
        }
    }
    lower
}

/// Which of the pending headline verbs, and of the pending words the draft
/// also writes in lower case, it writes capitalised where no sentence
/// start or headline put the capital (`Tom Sanders`), lower-cased as the
/// pending words are, each with whether one such capital follows another
/// (`Marty Small`): those stay names.
fn named_elsewhere(text: &str, tokens: &[Token], pending: &[Pending], lower: &HashSet<&[u8]>) -> HashMap<Vec<u8>, bool> {
    // A first word is asked about only where it may open a speaker's name,
    // before a comma, a reporting verb or another capital (`Small, who …`,
    // `Small said`, `Win Holm said`): most drafts then ask about none, and
    // are not walked.
    let may_speak = |p: &Pending| tokens.get(p.at + 1).is_some_and(|n| n.is_punct(',') || n.is(CUE) || (n.is_word() && n.cap()));
    let asked = |p: &&Pending| p.headline_verb || (!p.in_headline && may_speak(p) && p.word().is_some_and(|w| lower.contains(w)));
    let wanted: HashSet<&[u8]> = pending.iter().filter(asked).filter_map(Pending::word).collect();
    let mut named = HashMap::default();
    if wanted.is_empty() {
        return named;
    }
    // Lower-cased only when shaped as a wanted word is: in a long draft
    // with a headline verb (hundreds of articles in one), lower-casing
    // every capital into a new string was most of the capitals' cost.
    let mut shapes = Shapes::new();
    for w in &wanted {
        shapes.add(w);
    }
    // The pending capitals are in text order: walked alongside the tokens
    // rather than put in a set.
    let mut next_pending = 0;
    // With no headline verb asked about, only a capital after another
    // counts, and most capitals are passed on that alone.
    let any_headline_verb = pending.iter().any(|p| p.headline_verb);
    for (i, t) in tokens.iter().enumerate() {
        if !(t.is_word() && t.cap() && shapes.may_be_as_long(t.span().len())) {
            continue;
        }
        let after_capital = i > 0 && tokens[i - 1].is_word() && tokens[i - 1].cap();
        if !(any_headline_verb || after_capital) {
            continue;
        }
        let word = &text.as_bytes()[t.span().start..t.span().end];
        let mut buf = [0u8; 32];
        let ascii = word.is_ascii() && word.len() <= buf.len();
        if ascii {
            buf[..word.len()].copy_from_slice(word);
            buf[..word.len()].make_ascii_lowercase();
            if !shapes.may_hold(&buf[..word.len()]) {
                continue;
            }
        }
        while pending.get(next_pending).is_some_and(|p| p.at < i) {
            next_pending += 1;
        }
        if pending.get(next_pending).is_some_and(|p| p.at == i) {
            continue;
        }
        // An ASCII word lower-cased on the stack; any other as `str` does
        // it (a letter may change its length).
        let lowered: std::borrow::Cow<[u8]> = if ascii { buf[..word.len()].into() } else { t.span().of(text).to_lowercase().into_bytes().into() };
        if wanted.contains(&*lowered) {
            *named.entry(lowered.into_owned()).or_insert(false) |= after_capital;
        }
    }
    named
}

/// A set of word shapes as bits, a few of 4,096: a word's first byte (its
/// low five bits), its length (the low four bits) and its second byte (the
/// low three bits). A word whose shape is not in it is none of the words
/// the shapes were taken from. Lengths alone ruled out few words, as the
/// words asked about have most lengths between them; a first byte and a
/// length alone were all taken in a long draft (hundreds of articles in
/// one), where every lower-case word was then hashed. (Of 16,384 bits, with
/// the length to 63, the table was set to zero by a call to `memset` of
/// 2 KiB, twice a draft: more than the table spared in most drafts.)
struct Shapes {
    shapes: [u64; 64],
    /// The lengths alone, one bit each (63 for any longer).
    lengths: u64,
}

impl Shapes {
    fn new() -> Shapes {
        Shapes { shapes: [0; 64], lengths: 0 }
    }

    fn bit(word: &[u8]) -> usize {
        let byte = |k: usize| word.get(k).map_or(0, |&b| b as usize);
        (byte(0) & 31) << 7 | (word.len() & 15) << 3 | byte(1) & 7
    }

    fn add(&mut self, word: &[u8]) {
        let bit = Shapes::bit(word);
        self.shapes[bit / 64] |= 1 << (bit % 64);
        self.lengths |= 1 << word.len().min(63);
    }

    /// Whether a word of `len` bytes may be one of the words added.
    fn may_be_as_long(&self, len: usize) -> bool {
        self.lengths & 1 << len.min(63) != 0
    }

    fn may_hold(&self, word: &[u8]) -> bool {
        let bit = Shapes::bit(word);
        self.shapes[bit / 64] & 1 << (bit % 64) != 0
    }
}

/// A sentence written in title case, as a headline is (`Mayor Hits Back
/// At Critics`): four words or more, and every one of four letters or
/// more capitalised, so a capital there says as little as at a sentence
/// start.
fn title_case(tokens: &[Token]) -> bool {
    let mut words = tokens.iter().filter(|t| t.is_word());
    let long_words_capitalised = words.clone().all(|t| t.cap() || t.span().len() < 4);
    long_words_capitalised && words.nth(3).is_some()
}

#[cfg(test)]
mod tests {
    use crate::parse::{parse, Lexicon};
    use crate::source::Prose;

    fn caps(text: &str) -> Vec<(String, bool)> {
        let parsed = parse(text, &Prose::plain(text), crate::parse::lexicon::lexicon() as &Lexicon);
        parsed.tokens.iter().filter(|t| t.is_word()).map(|t| (t.span().of(text).to_string(), t.cap())).collect()
    }

    #[test]
    fn shapes_hold_every_word_added() {
        let mut shapes = super::Shapes::new();
        let words = ["officials", "okafor", "é", "", "a-very-long-word-of-more-than-sixty-four-bytes-in-all-of-it-yes-it-is"];
        for w in words {
            shapes.add(w.as_bytes());
        }
        assert!(words.iter().all(|w| shapes.may_hold(w.as_bytes()) && shapes.may_be_as_long(w.len())));
        assert!(!shapes.may_be_as_long(3));
        assert!(!shapes.may_hold(b"said"));
    }

    #[test]
    fn a_word_is_lowered_as_to_lowercase_lowers_it_on_the_stack_or_not() {
        let words = ["Okafor", "OFFICIALS", "", "Ørsted", "İstanbul", "ΣΟΦΙΑ", "Twenty-two-letter-word", "Twenty-three-letter-wor", "O'NEILL"];
        for w in words {
            let lowered = super::Lowered::of(w);
            assert_eq!(lowered.bytes(), w.to_lowercase().as_bytes(), "{w:?}");
            let short = w.is_ascii() && w.len() <= super::SHORT_WORD;
            assert_eq!(matches!(lowered, super::Lowered::Short(..)), short, "{w:?}");
        }
    }

    #[test]
    fn title_case_sentences_are_settled_like_headlines() {
        let got = caps("The chief hits back often.\n\nFerry Chief Hits Back At Critics.\n\nTom Hits said no to Ann Holm.");
        assert_eq!(got[7], ("Hits".into(), false));
        assert_eq!(got[12], ("Hits".into(), true));
    }

    #[test]
    fn a_headline_verb_between_names_ends_the_name_unless_the_draft_names_it() {
        let got = caps("Marta Okafor Sends Tom Bell A Letter\n\nOkafor wrote to Bell.");
        assert_eq!(got[2], ("Sends".into(), false));
        assert_eq!(got[3], ("Tom".into(), true));
        let got = caps("Marta Okafor Debunks Tom Bell On Fees\n\nOkafor answered Bell.");
        assert_eq!(got[2], ("Debunks".into(), false));
        let got = caps("Mayor Praises Tom Sanders On Fees\n\nThe mayor thanked Tom Sanders.");
        assert_eq!(got[3], ("Sanders".into(), true));
    }

    #[test]
    fn a_first_word_in_ing_before_a_comma_is_a_name_only_where_the_draft_names_it() {
        let got = caps("The board fired Ann Dowling on Monday.\n\nDowling, through a lawyer, declined to comment.");
        assert_eq!(got[7], ("Dowling".into(), true));
        let got = caps("The board met on Monday.\n\nSpeaking, as ever, the chair opened.");
        assert_eq!(got[5], ("Speaking".into(), false));
    }

    #[test]
    fn sentence_starts_are_names_only_when_nothing_says_otherwise() {
        let got = caps("Officials said so. Okafor said so. Harbour staff agreed, as harbour staff do. Kelly said so. Similarly, it stands.");
        assert_eq!(got[0], ("Officials".into(), false));
        assert_eq!(got[3], ("Okafor".into(), true));
        assert_eq!(got[6], ("Harbour".into(), false));
        assert_eq!(got[13], ("Kelly".into(), true));
        assert_eq!(got[16], ("Similarly".into(), false));
    }

    #[test]
    fn a_preposition_or_participle_opening_a_sentence_starts_no_name() {
        for opener in ["Given", "Following", "Despite", "Unlike", "Including", "Regarding"] {
            let got = caps(&format!("{opener} Okafor's record, the board waited."));
            assert_eq!(got[0], (opener.into(), false), "{opener}");
            assert_eq!(got[1], ("Okafor".into(), true));
        }
        // A first name opening a sentence is still one.
        let got = caps("Marta Okafor's record stood. Tom Bell said so.");
        assert_eq!(got[0], ("Marta".into(), true));
        assert_eq!(got[4], ("Tom".into(), true));
    }

    #[test]
    fn a_first_word_written_in_a_run_of_capitals_mid_sentence_is_a_name_though_written_in_lower_case() {
        let got = caps("Council member Lena Small spoke.\n\nThe fee hurt small shops.\n\nSmall, who came, said no.");
        assert_eq!(got[10], ("Small".into(), true));
        // A capital after a lower-case word (`the Harbour Board`) is no run.
        let got = caps("The fee hurt the Harbour Board.\n\nHarbour staff agreed, as harbour staff do.");
        assert_eq!(got[6], ("Harbour".into(), false));
        // Nor does a headline's capital count (`Poll:`, `Fox News Poll`).
        let got = caps("Poll Shows Okafor Ahead\n\nThe Harbour News Poll put Okafor ahead in a poll.");
        assert_eq!(got[0], ("Poll".into(), false));
    }

    #[test]
    fn many_sentence_starts_are_each_settled_by_the_draft_s_own_spelling() {
        // More sentences than the sets of words to settle are first sized
        // for: each start is still looked up in full.
        let mut text = String::new();
        for _ in 0..40 {
            text.push_str("Pilots said so. Okafor said so. ");
        }
        text.push_str("The pilots agreed.");
        let got = caps(&text);
        assert!(got.iter().filter(|(w, _)| w == "Pilots").all(|(_, cap)| !cap), "written in lower case elsewhere");
        assert!(got.iter().filter(|(w, _)| w == "Okafor").all(|(_, cap)| *cap), "never written in lower case");
    }

    #[test]
    fn a_first_name_in_ly_before_a_surname_is_a_name_unless_written_in_lower_case() {
        let got = caps("Carly Okafor kicked the ball. Only Holm stayed. The only boat left.");
        assert_eq!(got[0], ("Carly".into(), true));
        assert_eq!(got[5], ("Only".into(), false));
    }
}
