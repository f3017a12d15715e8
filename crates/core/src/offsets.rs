//! Converting byte offsets to code-point offsets.

/// Converts byte offsets of one text to Unicode scalar value offsets, the
/// offsets Python, spaCy and most annotation tools count in.
///
/// Building it costs one pass over the text; a lookup is O(1) for ASCII
/// text and a binary search over the non-ASCII characters otherwise.
///
/// ```
/// use factmark_core::CharIndex;
///
/// let text = "“Killed.” Rutte";
/// let index = CharIndex::new(text);
/// assert_eq!(index.char_offset(text.find('R').unwrap()), 10);
/// ```
#[derive(Clone, Debug)]
pub struct CharIndex {
    /// For each non-ASCII character: the byte offset just past it and the
    /// number of extra bytes (beyond one a character) up to there.
    wide: Vec<(usize, usize)>,
}

impl CharIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> CharIndex {
        let mut wide = Vec::new();
        if !text.is_ascii() {
            let mut extra = 0;
            for (i, c) in text.char_indices() {
                let n = c.len_utf8();
                if n > 1 {
                    extra += n - 1;
                    wide.push((i + n, extra));
                }
            }
        }
        CharIndex { wide }
    }

    /// Returns the code-point offset of the byte offset `byte`, which must
    /// fall on a character boundary of the indexed text.
    pub fn char_offset(&self, byte: usize) -> usize {
        // Number of wide characters that end at or before `byte`.
        let n = self.wide.partition_point(|&(end, _)| end <= byte);
        match n {
            0 => byte,
            n => byte - self.wide[n - 1].1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_char_indices() {
        let text = "a’b “é” 日本x";
        let index = CharIndex::new(text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(index.char_offset(bi), ci, "byte {bi}");
        }
        assert_eq!(index.char_offset(text.len()), text.chars().count());
    }
}
