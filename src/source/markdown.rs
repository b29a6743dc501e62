//! Where the prose of a Markdown draft lies, read with pulldown-cmark.
//!
//! Every paragraph, heading, list item, table cell and footnote is one prose
//! block, so a paragraph wrapped over several lines stays one paragraph.
//! Inside a block, everything that is not text is hidden: inline code,
//! HTML, link targets, image descriptions, emphasis marks, the `>` of block
//! quotes, web addresses. Code blocks, HTML blocks and YAML/TOML front
//! matter are not prose at all. Offsets stay those of the original file.

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

use super::directives::{self, Directive};
use super::{Prose, Span};

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
}

/// The prose blocks, hidden spans and suppression comments of a Markdown draft.
pub fn prose(text: &str) -> Prose {
    let mut reader = Reader { text, blocks: Vec::new(), hidden: Vec::new(), directives: Vec::new(), visible: Vec::new(), opaque: 0 };
    // For each open link: whether it is an address written as a link.
    let mut links: Vec<bool> = Vec::new();
    // A byte-order mark would hide a heading or front matter on the first line.
    let skip = if text.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    for (event, range) in Parser::new_ext(&text[skip..], options()).into_offset_iter() {
        let span = Span::new(range.start + skip, range.end + skip);
        match event {
            Event::Start(tag) => match tag {
                Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Superscript | Tag::Subscript => {}
                Tag::Link { link_type, .. } => {
                    // An address written as a link (`<https://…>`) is no prose.
                    let address = matches!(link_type, LinkType::Autolink | LinkType::Email);
                    reader.opaque += u32::from(address);
                    links.push(address);
                }
                // An image's description is not the article's prose.
                Tag::Image { .. } => reader.opaque += 1,
                Tag::CodeBlock(_) | Tag::MetadataBlock(_) | Tag::HtmlBlock => {
                    reader.flush();
                    reader.opaque += 1;
                }
                _ => reader.flush(),
            },
            Event::End(end) => match end {
                TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Superscript | TagEnd::Subscript => {}
                TagEnd::Link => {
                    if links.pop() == Some(true) {
                        reader.opaque = reader.opaque.saturating_sub(1);
                    }
                }
                TagEnd::Image => reader.opaque = reader.opaque.saturating_sub(1),
                TagEnd::CodeBlock | TagEnd::MetadataBlock(_) | TagEnd::HtmlBlock => {
                    reader.opaque = reader.opaque.saturating_sub(1);
                    reader.flush();
                }
                _ => reader.flush(),
            },
            Event::Text(_) if reader.opaque == 0 => reader.visible.push(span),
            Event::Html(_) | Event::InlineHtml(_) => directives::in_html(text, span, &mut reader.directives),
            _ => {}
        }
    }
    reader.flush();
    reader.hidden.sort();
    reader.directives.sort_by_key(|d| d.span);
    reader.directives.dedup();
    Prose { blocks: reader.blocks, hidden: reader.hidden, whole_blocks: true, directives: reader.directives }
}

struct Reader<'t> {
    text: &'t str,
    blocks: Vec<Span>,
    hidden: Vec<Span>,
    directives: Vec<Directive>,
    /// Text ranges of the block being read.
    visible: Vec<Span>,
    /// Inside an image, code block, front matter, HTML block or autolink.
    opaque: u32,
}

impl Reader<'_> {
    /// Ends the block being read: it runs from its first text to its last,
    /// and whatever lies between its texts is hidden.
    fn flush(&mut self) {
        let Some(first) = self.visible.first().copied() else { return };
        let last = *self.visible.last().expect("not empty");
        let block = Span::new(first.start, last.end);
        let mut at = block.start;
        for v in std::mem::take(&mut self.visible) {
            if v.start > at {
                self.hide(Span::new(at, v.start));
            }
            // Addresses pasted as plain text are no prose either.
            for url in super::addresses(v.of(self.text)) {
                self.hidden.push(Span::new(v.start + url.start, v.start + url.end));
            }
            at = at.max(v.end);
        }
        self.blocks.push(block);
    }

    /// Hides the non-blank part of a gap between texts.
    fn hide(&mut self, gap: Span) {
        let s = gap.of(self.text);
        let body = s.trim_start();
        let start = gap.start + (s.len() - body.len());
        let body = body.trim_end();
        if !body.is_empty() {
            self.hidden.push(Span::new(start, start + body.len()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(text: &str) -> Vec<&str> {
        prose(text).blocks.iter().map(|b| b.of(text)).collect()
    }

    fn hidden(text: &str) -> Vec<&str> {
        prose(text).hidden.iter().map(|b| b.of(text)).collect()
    }

    #[test]
    fn a_wrapped_paragraph_is_one_block() {
        let text = "# Ferry Strike Ends\n\nThe unions met on Monday.\nThey agreed terms.\n\nA second paragraph.\n";
        assert_eq!(blocks(text), ["Ferry Strike Ends", "The unions met on Monday.\nThey agreed terms.", "A second paragraph."]);
    }

    #[test]
    fn code_front_matter_and_html_are_not_prose() {
        let text = "---\ntitle: \"Not a quote,\" he said\n---\n\nText with `\"code\"` in it.\n\n```\n\"Fenced,\" she said.\n```\n\n    \"Indented,\" she said.\n\n<div>\"Html,\" they said.</div>\n";
        assert_eq!(blocks(text), ["Text with `\"code\"` in it."]);
        assert_eq!(hidden(text), ["`\"code\"`"]);
    }

    #[test]
    fn a_byte_order_mark_hides_nothing() {
        let text = "\u{feff}---\nby: \"x\"\n---\n# Ferry Halted\r\n\r\nIt stopped.\r\n";
        assert_eq!(blocks(text), ["Ferry Halted", "It stopped."]);
    }

    #[test]
    fn toml_front_matter_is_not_prose() {
        let text = "+++\ntitle = \"x\"\n+++\n\nBody.\n";
        assert_eq!(blocks(text), ["Body."]);
    }

    #[test]
    fn block_quotes_are_prose_and_their_marks_are_hidden() {
        let text = "> \"We will not move,\"\n> said Ana Ruiz.\n";
        assert_eq!(blocks(text), ["\"We will not move,\"\n> said Ana Ruiz."]);
        assert_eq!(hidden(text), [">"]);
    }

    #[test]
    fn links_keep_their_words_and_hide_their_targets() {
        let text = "The [harbour authority](https://example.org/h) said so, see <https://example.org> and https://example.org/x.\n";
        assert_eq!(hidden(text), ["[", "](https://example.org/h)", "<https://example.org>", "https://example.org/x"]);
    }

    #[test]
    fn list_items_and_emphasis() {
        let text = "- **Okafor** said one thing.\n- Reyes said another.\n";
        assert_eq!(blocks(text), ["Okafor** said one thing.", "Reyes said another."]);
        assert_eq!(hidden(text), ["**"]);
    }

    #[test]
    fn suppression_comments_are_found_and_not_prose() {
        let text = "<!-- whosaid-disable-next-line anonymous-source -->\nOfficials said so.\n\nText <!-- whosaid-disable --> more.\n";
        let p = prose(text);
        assert_eq!(p.directives.len(), 2);
        assert_eq!(p.blocks.iter().map(|b| b.of(text)).collect::<Vec<_>>(), ["Officials said so.", "Text <!-- whosaid-disable --> more."]);
        assert_eq!(p.hidden.iter().map(|b| b.of(text)).collect::<Vec<_>>(), ["<!-- whosaid-disable -->"]);
    }

    #[test]
    fn a_rule_between_paragraphs_is_not_front_matter() {
        let text = "Para one.\n\n---\n\n\"Two,\" said Ana.\n\n---\n\nPara three.\n";
        assert_eq!(blocks(text), ["Para one.", "\"Two,\" said Ana.", "Para three."]);
    }

    #[test]
    fn tables_lists_and_footnotes() {
        let text =
            "Ferry Report\n============\n\n| who | said |\n|---|---|\n| Ana | \"Yes\" |\n\n- one\n  - nested item\n- two[^1]\n\n[^1]: A note, she said.\n";
        assert_eq!(blocks(text), ["Ferry Report", "who", "said", "Ana", "\"Yes\"", "one", "nested item", "two", "A note, she said."]);
    }
}
