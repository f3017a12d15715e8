//! Half-open byte ranges into the original article text.

use std::fmt;
use std::ops::{Index, Range};

use serde::{Deserialize, Serialize};

/// A half-open range `start..end` of UTF-8 **byte** offsets into the
/// original text of a [`Document`](crate::Document).
///
/// Every annotation factmark makes points into the text it was given with a
/// `Span`; nothing rewrites the text. A `Span` indexes a `str` directly:
///
/// ```
/// use factmark_core::Span;
///
/// let text = "He said that 20,000 troops died.";
/// let span = Span::new(13, 19);
/// assert_eq!(&text[span], "20,000");
/// assert_eq!(format!("{span:?}"), "13..19");
/// ```
#[derive(
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Creates the span `start..end`.
    ///
    /// # Panics
    ///
    /// Panics if `start > end`.
    #[inline]
    #[track_caller]
    pub fn new(start: usize, end: usize) -> Span {
        assert!(start <= end, "invalid span {start}..{end}");
        Span { start, end }
    }

    /// Returns the number of bytes the span covers.
    #[inline]
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Returns true if and only if the span covers no bytes.
    #[inline]
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Returns the span moved right by `offset` bytes: how a span relative
    /// to a sentence becomes a span into the article.
    #[inline]
    pub fn shift(self, offset: usize) -> Span {
        Span { start: self.start + offset, end: self.end + offset }
    }

    /// Returns the smallest span covering both `self` and `other`.
    #[inline]
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// Returns true if and only if `other` lies wholly inside `self`.
    #[inline]
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Returns true if and only if the two spans share at least one byte.
    #[inline]
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Returns the span as a `Range`, for slicing byte buffers.
    #[inline]
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Returns the span with leading and trailing whitespace of `text`
    /// removed.
    pub fn trim(self, text: &str) -> Span {
        let s = &text[self];
        let start = self.start + (s.len() - s.trim_start().len());
        let end = self.end - (s.len() - s.trim_end().len());
        Span::new(start, end.max(start))
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Range<usize>> for Span {
    #[track_caller]
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl Index<Span> for str {
    type Output = str;

    #[inline]
    #[track_caller]
    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

impl Index<Span> for String {
    type Output = str;

    #[inline]
    #[track_caller]
    fn index(&self, span: Span) -> &str {
        &self.as_str()[span]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_and_debug() {
        let text = "“Killed.” Rutte clarified.";
        let span = Span::new(14, 19);
        assert_eq!(&text[span], "Rutte");
        assert_eq!(format!("{span:?}"), "14..19");
    }

    #[test]
    fn shift_cover_contains() {
        let a = Span::new(1, 4).shift(1);
        assert_eq!(a, Span::new(2, 5));
        let b = Span::new(7, 9);
        assert_eq!(a.cover(b), Span::new(2, 9));
        assert!(a.cover(b).contains(b));
        assert!(!a.overlaps(b));
        assert!(a.overlaps(Span::new(4, 8)));
    }

    #[test]
    fn trim_keeps_char_boundaries() {
        let text = " \u{a0}é x ";
        let span = Span::new(0, text.len()).trim(text);
        assert_eq!(&text[span], "é x");
    }

    #[test]
    #[should_panic(expected = "invalid span")]
    fn reversed_span_panics() {
        let _ = Span::new(3, 2);
    }
}
