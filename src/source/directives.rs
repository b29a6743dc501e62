//! Suppression comments in drafts, as editors write them:
//!
//! ```text
//! <!-- whosaid-disable-next-line anonymous-source, weasel-attribution -->
//! <!-- whosaid-disable unattributed-quote -->  …  <!-- whosaid-enable unattributed-quote -->
//! ```
//!
//! In plain text the same words stand on a line of their own after `#`
//! (`# whosaid-disable-next-line anonymous-source`). This module only finds
//! them; `check::suppress` decides what each one silences.

use super::Span;

/// What a suppression comment asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Silences the named rules on the next line that has text.
    DisableNextLine,
    /// Silences the named rules from here on, until a matching enable.
    Disable,
    /// Ends a `whosaid-disable`.
    Enable,
    /// A `whosaid-…` word that is no directive (a misspelling), as written.
    Unknown(String),
}

/// The directive words, longest first so `disable-next-line` wins over `disable`.
pub const KEYWORDS: &[(&str, Action)] =
    &[("whosaid-disable-next-line", Action::DisableNextLine), ("whosaid-disable", Action::Disable), ("whosaid-enable", Action::Enable)];

/// One suppression comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    /// The whole comment, `<!--` to `-->` or the whole `#` line.
    pub span: Span,
    pub action: Action,
    /// The rules named, each with where its name is written; empty means
    /// every rule.
    pub rules: Vec<(String, Span)>,
}

/// Reads the body of a comment (`body` starts at byte `at` of the file) as
/// a directive, if it is one: it must start with `whosaid-`.
pub fn parse(body: &str, at: usize, comment: Span) -> Option<Directive> {
    let lead = body.len() - body.trim_start().len();
    let body_trimmed = body.trim();
    if !body_trimmed.starts_with("whosaid-") {
        return None;
    }
    let word_len = body_trimmed.find(|c: char| c.is_whitespace() || c == ',').unwrap_or(body_trimmed.len());
    let word = &body_trimmed[..word_len];
    let action = KEYWORDS.iter().find(|(k, _)| *k == word).map_or_else(|| Action::Unknown(word.to_string()), |(_, a)| a.clone());
    let mut rules = Vec::new();
    let rest_at = at + lead + word_len;
    let rest = &body_trimmed[word_len..];
    let mut pos = 0;
    for piece in rest.split([',', ' ', '\t', '\n', '\r']) {
        if !piece.is_empty() {
            let start = rest_at + pos;
            rules.push((piece.to_string(), Span::new(start, start + piece.len())));
        }
        pos += piece.len() + 1;
    }
    Some(Directive { span: comment, action, rules })
}

/// Directives in HTML comments (`<!-- … -->`) inside `span` of `text`.
pub fn in_html(text: &str, span: Span, out: &mut Vec<Directive>) {
    let slice = span.of(text);
    let mut from = 0;
    while let Some(open) = slice[from..].find("<!--") {
        let body_start = from + open + 4;
        let Some(close) = slice[body_start..].find("-->") else { break };
        let body_end = body_start + close;
        let comment = Span::new(span.start + from + open, span.start + body_end + 3);
        if let Some(d) = parse(&slice[body_start..body_end], span.start + body_start, comment) {
            out.push(d);
        }
        from = body_end + 3;
    }
}

/// Plain-text directive lines: `# whosaid-…` on a line of its own. Returns
/// the directives and the lines they stand on (to keep out of the prose).
pub fn in_plain_text(text: &str) -> Vec<Directive> {
    let mut out = Vec::new();
    if memchr::memmem::find(text.as_bytes(), b"whosaid-").is_none() {
        return out;
    }
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let body = content.trim_start();
        if let Some(after) = body.strip_prefix('#') {
            let at = start + (content.len() - body.len()) + 1;
            let comment = Span::new(start + (content.len() - body.len()), start + content.len());
            if let Some(d) = parse(after, at, comment) {
                out.push(d);
            }
        }
        start += line.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_comments_name_their_rules_with_spans() {
        let text = "x <!-- whosaid-disable-next-line anonymous-source, weasel-attribution --> y";
        let mut found = Vec::new();
        in_html(text, Span::new(0, text.len()), &mut found);
        assert_eq!(found.len(), 1);
        let d = &found[0];
        assert_eq!(d.action, Action::DisableNextLine);
        assert_eq!(d.span.of(text), "<!-- whosaid-disable-next-line anonymous-source, weasel-attribution -->");
        let names: Vec<&str> = d
            .rules
            .iter()
            .map(|(n, s)| {
                assert_eq!(s.of(text), n);
                n.as_str()
            })
            .collect();
        assert_eq!(names, ["anonymous-source", "weasel-attribution"]);
    }

    #[test]
    fn other_comments_are_not_directives() {
        let text = "<!-- an editor's note --> <!-- whosaid-disabel x -->";
        let mut found = Vec::new();
        in_html(text, Span::new(0, text.len()), &mut found);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].action, Action::Unknown("whosaid-disabel".into()));
    }

    #[test]
    fn plain_text_lines_after_a_hash() {
        let text = "One.\n  # whosaid-disable unattributed-quote\n\"Two.\"\n# whosaid-enable\n";
        let found = in_plain_text(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].span.of(text), "# whosaid-disable unattributed-quote");
        assert_eq!(found[0].rules[0].1.of(text), "unattributed-quote");
        assert_eq!(found[1].action, Action::Enable);
        assert!(found[1].rules.is_empty());
    }
}
