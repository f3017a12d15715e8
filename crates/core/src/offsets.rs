//! Converting byte offsets to code-point offsets.

use crate::swar;

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
        let bytes = text.as_bytes();
        let mut extra = 0;
        let mut i = 0;
        while i < bytes.len() {
            // Eight ASCII bytes at a time are skipped at once.
            if bytes.len() - i >= 8
                && swar::load(bytes, i) & swar::HIGH_BITS == 0
            {
                i += 8;
                continue;
            }
            // At a character boundary of valid UTF-8, a byte of 0x80 or
            // more leads a character whose length its high bits give.
            let n = match bytes[i] {
                0..=0x7f => 1,
                0x80..=0xdf => 2,
                0xe0..=0xef => 3,
                _ => 4,
            };
            if n > 1 {
                extra += n - 1;
                wide.push((i + n, extra));
            }
            i += n;
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
        // Characters of every UTF-8 length, in every place of an
        // eight-byte word, among ASCII runs long and short.
        let base = "a’b “é” 日本x 𝕏 plain ascii text here, ü";
        for shift in 0..9 {
            let text = format!("{}{base}{base}", "-".repeat(shift));
            let index = CharIndex::new(&text);
            for (ci, (bi, _)) in text.char_indices().enumerate() {
                assert_eq!(index.char_offset(bi), ci, "byte {bi} of {text:?}");
            }
            assert_eq!(index.char_offset(text.len()), text.chars().count());
        }
    }
}
