//! Sentences and the other segments a text is cut into.

use serde::{Deserialize, Serialize};

use crate::Span;

/// What kind of segment a [`Sentence`] is.
///
/// Only `Body` and `List` segments can become claims: headlines, photo
/// credits, bylines and datelines are never checked.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum SegmentKind {
    /// A sentence of running text.
    #[default]
    Body,
    /// A headline or section heading: a line with no terminal punctuation.
    Heading,
    /// A photo or image credit (`Name/Agency/Getty Images`, `Image: X.`).
    Credit,
    /// An author line (`By Jane Doe`).
    Byline,
    /// A line that only gives a date, time or place of filing.
    Dateline,
    /// An item of a bulleted or numbered list.
    List,
}

impl SegmentKind {
    /// Returns the kind's name as written in JSONL.
    pub fn as_str(self) -> &'static str {
        match self {
            SegmentKind::Body => "body",
            SegmentKind::Heading => "heading",
            SegmentKind::Credit => "credit",
            SegmentKind::Byline => "byline",
            SegmentKind::Dateline => "dateline",
            SegmentKind::List => "list",
        }
    }

    /// Returns true if and only if segments of this kind may carry claims.
    pub fn is_prose(self) -> bool {
        matches!(self, SegmentKind::Body | SegmentKind::List)
    }
}

/// One segment of an article: a sentence, or a line such as a headline
/// that stands on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Where the segment is, without surrounding whitespace.
    pub span: Span,
    /// What kind of segment it is.
    pub kind: SegmentKind,
    /// The 0-based paragraph the segment belongs to; paragraphs are
    /// separated by blank lines.
    pub paragraph: usize,
}
