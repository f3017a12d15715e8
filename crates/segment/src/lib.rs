//! Sentence segmentation for English news text.
//!
//! [`Segmenter::segment`] cuts an article into [`Sentence`]s: paragraphs
//! first (blank lines), then lines, then sentences inside each stretch of
//! prose. Lines that stand alone without terminal punctuation (headlines,
//! photo credits such as `Name/Agency/Getty Images`, bylines, datelines,
//! list items) become segments of their own [`SegmentKind`] and are never
//! glued to the next sentence.
//!
//! Inside prose a full stop ends a sentence unless the words around it say
//! otherwise: abbreviations (`Mr.`, `U.S.`, `a.m.`, `No. 5`), initials,
//! decimals, ellipses, URLs and e-mail addresses, and quotes or brackets
//! after the stop. The word lists that drive these rules are plain text
//! under `data/lexicons/` (`abbreviations.txt`, `sentence_starters.txt`,
//! `credits.txt`, ...), compiled in. Terminators of other scripts (`。`,
//! `।`) are left to the Unicode sentence rules of `unicode-segmentation`.
//!
//! A word in lower case after a stop goes on the sentence, unless the
//! writer starts sentences in lower case throughout (the text is read
//! once for that, the first time it matters). No sentence is longer than
//! 2,048 bytes: one the rules find no end in is cut after its last stop,
//! semicolon, colon or comma (else between words) before that length, so
//! every stage's work on a sentence stays bounded.
//!
//! Segments tile the text: every non-whitespace byte is in exactly one
//! segment, in order, and each span starts and ends on a character.
//!
//! # Example
//!
//! ```
//! use factmark_core::SegmentKind;
//! use factmark_segment::Segmenter;
//!
//! let text = "Marharyta Fal/Frontliner/Getty Images\n\
//!             “I’m not talking seriously wounded. Killed.” Rutte \
//!             clarified. He left the U.S. Army at 6 p.m. on Friday.";
//! let segmenter = Segmenter::new();
//! let got: Vec<_> = segmenter
//!     .segment(text)
//!     .into_iter()
//!     .map(|s| (&text[s.span], s.kind))
//!     .collect();
//! assert_eq!(got, [
//!     ("Marharyta Fal/Frontliner/Getty Images", SegmentKind::Credit),
//!     ("“I’m not talking seriously wounded.", SegmentKind::Body),
//!     ("Killed.” Rutte clarified.", SegmentKind::Body),
//!     ("He left the U.S. Army at 6 p.m. on Friday.", SegmentKind::Body),
//! ]);
//! ```

#![deny(missing_docs)]

mod boundary;
mod chars;
mod layout;
mod lexicons;

use factmark_core::{SegmentKind, Sentence, Span};

use crate::lexicons::Lexicons;

/// Cuts text into sentences and stand-alone lines.
///
/// Building one compiles the word lists; build it once and share it (it
/// is `Send + Sync`).
#[derive(Clone, Debug)]
pub struct Segmenter {
    lex: Lexicons,
}

impl Default for Segmenter {
    fn default() -> Segmenter {
        Segmenter::new()
    }
}

impl Segmenter {
    /// Creates a segmenter with the word lists of `data/lexicons/`.
    pub fn new() -> Segmenter {
        Segmenter { lex: Lexicons::new() }
    }

    /// Returns the segments of `text`, in order.
    pub fn segment(&self, text: &str) -> Vec<Sentence> {
        let mut out = Vec::new();
        self.segment_into(text, &mut out);
        out
    }

    /// Appends the segments of `text` to `out`, so a caller can reuse one
    /// buffer for many articles.
    pub fn segment_into(&self, text: &str, out: &mut Vec<Sentence>) {
        let mut paragraph = 0;
        let mut blocks = Vec::new();
        let mut spans = Vec::new();
        let lower = boundary::LowerCase::new();
        layout::for_each_paragraph(text, |lines| {
            blocks.clear();
            layout::blocks(text, lines, &mut blocks);
            for &block in &blocks {
                spans.clear();
                boundary::split(text, block, &self.lex, &lower, &mut spans);
                let list = layout::list_marker(&text[block]).is_some();
                for (k, &span) in spans.iter().enumerate() {
                    let kind =
                        self.kind(text, span, list, k + 1 == spans.len());
                    out.push(Sentence { span, kind, paragraph });
                }
            }
            paragraph += 1;
        });
    }

    fn kind(
        &self,
        text: &str,
        span: Span,
        list: bool,
        last: bool,
    ) -> SegmentKind {
        let s = &text[span];
        if list {
            SegmentKind::List
        } else if layout::has_credit_prefix(s, &self.lex) {
            SegmentKind::Credit
        } else if last && !layout::ends_terminal(s) {
            layout::line_kind(s, &self.lex)
        } else {
            SegmentKind::Body
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_tile_the_text() {
        let text = "Title line\n\nFirst one. Second one!\n\n  Third?  ";
        let segs = Segmenter::new().segment(text);
        let got: Vec<_> = segs.iter().map(|s| &text[s.span]).collect();
        assert_eq!(got, ["Title line", "First one.", "Second one!", "Third?"]);
        assert_eq!(segs[0].kind, SegmentKind::Heading);
        assert_eq!(
            segs.iter().map(|s| s.paragraph).collect::<Vec<_>>(),
            [0, 1, 1, 2]
        );
    }
}
