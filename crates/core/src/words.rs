//! Finding the words of a fixed list in a text, ignoring ASCII case: how
//! the taggers pick the few sentences worth reading closely.
//!
//! A finder reads the text 64 bytes at a time, turns each block into bit
//! masks of ASCII letters and digits, and walks the starts of letter runs
//! with bit operations, so the bytes between words cost no branches. Each
//! run is then checked against a bitmap of word shapes (first, second and
//! last letter, length), which most words of running text fail; only the
//! rest are looked up in a small hash table.

use crate::swar;

/// Finds whole words of a list in a text, ignoring ASCII case.
///
/// A word is found where it is a whole run of ASCII letters: no ASCII
/// letter or digit touches it on either side, the rule of
/// [`is_whole_word`](crate::lexicon::is_whole_word). The list's words are
/// ASCII letters only.
///
/// ```
/// use factmark_core::words::{WordFinder, WordMatch};
///
/// let finder = WordFinder::new(&["said", "told"]);
/// let mut hits = Vec::new();
/// finder.find_all("He SAID; unsaid, told2 (told)", &mut hits);
/// assert_eq!(
///     hits,
///     [
///         WordMatch { start: 3, end: 7, word: 0 },
///         WordMatch { start: 24, end: 28, word: 1 },
///     ]
/// );
/// ```
#[derive(Clone, Debug)]
pub struct WordFinder {
    /// A bit per word shape (see [`shape`]) some word of the list has.
    shapes: Box<[u64]>,
    /// Open addressing by [`slot_of`]; `word == EMPTY` is a free slot.
    slots: Box<[Slot]>,
    /// The list, lower-cased, by index.
    words: Vec<Box<[u8]>>,
}

/// Where a word of the list stands in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WordMatch {
    /// Its first byte.
    pub start: usize,
    /// The byte after it.
    pub end: usize,
    /// Its index in the list given to [`WordFinder::new`].
    pub word: usize,
}

#[derive(Clone, Copy, Debug)]
struct Slot {
    key: u128,
    word: u32,
}

const EMPTY: u32 = u32::MAX;

/// Bits of a shape: five for each of three letters, four of length.
const SHAPE_BITS: u32 = 19;

/// A word's shape: its first, second and last letter (ASCII case
/// ignored) and its length modulo 16.
fn shape(word: &[u8]) -> usize {
    let letter = |b: u8| usize::from(b & 31);
    let second = word.get(1).copied().unwrap_or(0);
    letter(word[0])
        | letter(second) << 5
        | letter(word[word.len() - 1]) << 10
        | (word.len() & 15) << 15
}

/// The first sixteen bytes of a word, lower-cased (all are letters).
fn key(word: &[u8]) -> u128 {
    let mut k = 0u128;
    for &b in &word[..word.len().min(16)] {
        k = k << 8 | u128::from(b | 0x20);
    }
    k
}

fn slot_of(key: u128, len: usize, mask: usize) -> usize {
    let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
    let h = (folded ^ len as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (h >> 32) as usize & mask
}

impl WordFinder {
    /// A finder for `words`; a word listed twice keeps its first index.
    ///
    /// # Panics
    ///
    /// If a word is empty or has a byte that is not an ASCII letter: the
    /// lists are the project's own lexicons, so this is a bug in one.
    pub fn new<S: AsRef<str>>(words: &[S]) -> WordFinder {
        let mut shapes = vec![0u64; (1 << SHAPE_BITS) / 64];
        let capacity = (words.len() * 4).next_power_of_two().max(64);
        let mut slots = vec![Slot { key: 0, word: EMPTY }; capacity];
        let mut list = Vec::with_capacity(words.len());
        for (index, word) in words.iter().enumerate() {
            let word = word.as_ref();
            assert!(
                !word.is_empty()
                    && word.bytes().all(|b| b.is_ascii_alphabetic()),
                "word finder: {word:?} is not a word of ASCII letters"
            );
            let lower: Box<[u8]> =
                word.to_ascii_lowercase().into_bytes().into();
            let s = shape(&lower);
            shapes[s / 64] |= 1 << (s % 64);
            let k = key(&lower);
            let mut at = slot_of(k, lower.len(), capacity - 1);
            loop {
                let slot = slots[at];
                if slot.word == EMPTY {
                    slots[at] = Slot { key: k, word: index as u32 };
                    break;
                }
                if slot.key == k && list[slot.word as usize] == lower {
                    break;
                }
                at = (at + 1) & (capacity - 1);
            }
            list.push(lower);
        }
        WordFinder { shapes: shapes.into(), slots: slots.into(), words: list }
    }

    /// Appends the words of the list in `text` to `out`, in text order.
    pub fn find_all(&self, text: &str, out: &mut Vec<WordMatch>) {
        let bytes = text.as_bytes();
        let mut base = 0;
        // The last byte of the block before was a letter or digit.
        let mut carry = 0u64;
        while base < bytes.len() {
            let (alnum, digits) = masks(bytes, base);
            let mut starts = alnum & !(alnum << 1 | carry);
            carry = alnum >> 63;
            while starts != 0 {
                let k = starts.trailing_zeros() as usize;
                starts &= starts - 1;
                let start = base + k;
                let len = (!(alnum >> k)).trailing_zeros() as usize;
                let end = if k + len < 64 {
                    // The run ends inside the block.
                    if (digits >> k) & ((1 << len) - 1) != 0 {
                        continue;
                    }
                    start + len
                } else {
                    let end = start
                        + bytes[start..]
                            .iter()
                            .take_while(|b| b.is_ascii_alphanumeric())
                            .count();
                    if bytes[start..end].iter().any(u8::is_ascii_digit) {
                        continue;
                    }
                    end
                };
                if let Some(word) = self.lookup(&bytes[start..end]) {
                    out.push(WordMatch { start, end, word });
                }
            }
            base += 64;
        }
    }

    /// The index of `run` (ASCII letters) in the list.
    fn lookup(&self, run: &[u8]) -> Option<usize> {
        let s = shape(run);
        if self.shapes[s / 64] >> (s % 64) & 1 == 0 {
            return None;
        }
        let k = key(run);
        let mask = self.slots.len() - 1;
        let mut at = slot_of(k, run.len(), mask);
        loop {
            let slot = self.slots[at];
            if slot.word == EMPTY {
                return None;
            }
            let word = &self.words[slot.word as usize];
            if slot.key == k
                && word.len() == run.len()
                && (run.len() <= 16 || word.eq_ignore_ascii_case(run))
            {
                return Some(slot.word as usize);
            }
            at = (at + 1) & mask;
        }
    }
}

/// Bit `k` set where byte `base + k` is an ASCII letter or digit, and
/// where it is a digit, for the 64 bytes from `base` (fewer at the end).
fn masks(bytes: &[u8], base: usize) -> (u64, u64) {
    let mut alnum = 0u64;
    let mut digits = 0u64;
    if base + 64 <= bytes.len() {
        for lane in 0..8 {
            let w = swar::load(bytes, base + 8 * lane);
            let d = swar::ascii_digits(w);
            let a = swar::ascii_letters(w) | d;
            alnum |= swar::high_bits_to_byte(a) << (8 * lane);
            digits |= swar::high_bits_to_byte(d) << (8 * lane);
        }
    } else {
        for (k, b) in bytes[base..].iter().enumerate() {
            alnum |= u64::from(b.is_ascii_alphanumeric()) << k;
            digits |= u64::from(b.is_ascii_digit()) << k;
        }
    }
    (alnum, digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_ascii_neighbours_do_not_join_a_word() {
        let finder = WordFinder::new(&["said", "caf"]);
        let mut got = Vec::new();
        finder.find_all("“said” café", &mut got);
        let text = "“said” café";
        let found: Vec<&str> =
            got.iter().map(|m| &text[m.start..m.end]).collect();
        assert_eq!(found, ["said", "caf"]);
    }

    #[test]
    fn duplicates_keep_the_first_index() {
        let finder = WordFinder::new(&["Said", "said"]);
        let mut got = Vec::new();
        finder.find_all("said", &mut got);
        assert_eq!(got, [WordMatch { start: 0, end: 4, word: 0 }]);
    }

    #[test]
    #[should_panic(expected = "not a word of ASCII letters")]
    fn words_are_letters() {
        WordFinder::new(&["according to"]);
    }
}
