//! Finding the words of a fixed list in a text, ignoring ASCII case: how
//! the taggers pick the few sentences worth reading closely
//! ([`WordFinder`]); and looking words up in the lexicons ([`WordMap`],
//! [`WordSet`]).
//!
//! A finder reads the text 64 bytes at a time, turns each block into bit
//! masks of ASCII letters and digits, and walks the starts of letter runs
//! with bit operations, so the bytes between words cost no branches. Each
//! run is then checked against a bitmap of word shapes (first, second and
//! last letter, length), which most words of running text fail; only the
//! rest are looked up in a small hash table.

use crate::lexicon::{with_lowercase, Map};
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
    /// Each word of the list with its index in it.
    index: WordMap<usize>,
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
        for word in words {
            let word = word.as_ref();
            assert!(
                !word.is_empty()
                    && word.bytes().all(|b| b.is_ascii_alphabetic()),
                "word finder: {word:?} is not a word of ASCII letters"
            );
            let s = shape(word.as_bytes());
            shapes[s / 64] |= 1 << (s % 64);
        }
        let index =
            WordMap::new(words.iter().enumerate().map(|(i, w)| (w, i)));
        WordFinder { shapes: shapes.into(), index }
    }

    /// Appends the words of the list in `text` to `out`, in text order.
    pub fn find_all(&self, text: &str, out: &mut Vec<WordMatch>) {
        self.each(text, |m| out.push(m));
    }

    /// Calls `found` with each word of the list in `text`, in text order.
    fn each(&self, text: &str, mut found: impl FnMut(WordMatch)) {
        let bytes = text.as_bytes();
        let mut base = 0;
        // The last byte of the block before was a letter or digit.
        let mut carry = 0u64;
        let (mut alnum, mut digits) = masks(bytes, 0);
        while base < bytes.len() {
            // The next block's masks, read ahead: a run that reaches the
            // end of this block ends in the next one (nearly always).
            let (next_alnum, next_digits) = masks(bytes, base + 64);
            let mut starts = alnum & !(alnum << 1 | carry);
            carry = alnum >> 63;
            while starts != 0 {
                let k = starts.trailing_zeros() as usize;
                starts &= starts - 1;
                let start = base + k;
                let len = (!(alnum >> k)).trailing_zeros() as usize;
                let below = |n: usize| (1u64 << n) - 1;
                let end = if k + len < 64 {
                    // The run ends inside the block.
                    if (digits >> k) & below(len) != 0 {
                        continue;
                    }
                    start + len
                } else if next_alnum != u64::MAX {
                    // It ends inside the next one.
                    let more = next_alnum.trailing_ones() as usize;
                    if digits >> k != 0 || next_digits & below(more) != 0 {
                        continue;
                    }
                    base + 64 + more
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
                    found(WordMatch { start, end, word });
                }
            }
            (alnum, digits) = (next_alnum, next_digits);
            base += 64;
        }
    }

    /// The index of `run` (ASCII letters) in the list.
    fn lookup(&self, run: &[u8]) -> Option<usize> {
        let s = shape(run);
        if self.shapes[s / 64] >> (s % 64) & 1 == 0 {
            return None;
        }
        self.index.get_bytes(run).copied()
    }
}

/// Several [`WordFinder`]s run as one: a single pass over a text finds
/// the words of all their lists, each reported to the lists it is in
/// with its index there, exactly as each finder alone would report it.
/// This is how the pipeline reads an article once for the quantity,
/// attribution and claim stages' words instead of three times.
///
/// ```
/// use factmark_core::words::{MultiFinder, WordFinder, WordMatch};
///
/// let verbs = WordFinder::new(&["said", "than"]);
/// let compare = WordFinder::new(&["than"]);
/// let both = MultiFinder::new(&[&verbs, &compare]);
/// let mut found = vec![Vec::new(); 2];
/// both.find_all("more than he said", &mut found);
/// assert_eq!(
///     found[0],
///     [
///         WordMatch { start: 5, end: 9, word: 1 },
///         WordMatch { start: 13, end: 17, word: 0 },
///     ]
/// );
/// assert_eq!(found[1], [WordMatch { start: 5, end: 9, word: 0 }]);
/// ```
#[derive(Clone, Debug)]
pub struct MultiFinder {
    /// Finds the words of every list.
    union: WordFinder,
    /// For each word of `union`, the lists it is in and its index in
    /// each: `owners[first[w]..first[w + 1]]`.
    owners: Vec<(usize, usize)>,
    first: Vec<usize>,
}

impl MultiFinder {
    /// One finder for the lists of `finders`, in that order.
    pub fn new(finders: &[&WordFinder]) -> MultiFinder {
        let mut words: Vec<String> = Vec::new();
        let mut owned: Vec<Vec<(usize, usize)>> = Vec::new();
        let mut union: Map<String, usize> = Map::default();
        for (list, finder) in finders.iter().enumerate() {
            let mut entries: Vec<(String, usize)> =
                finder.index.iter().map(|(w, &i)| (w, i)).collect();
            entries.sort_unstable_by_key(|&(_, i)| i);
            for (word, index) in entries {
                let u = *union.entry(word.clone()).or_insert_with(|| {
                    words.push(word);
                    owned.push(Vec::new());
                    words.len() - 1
                });
                owned[u].push((list, index));
            }
        }
        let mut first = vec![0];
        let mut owners = Vec::new();
        for o in owned {
            owners.extend(o);
            first.push(owners.len());
        }
        MultiFinder { union: WordFinder::new(&words), owners, first }
    }

    /// Clears each list of `out` (one per finder given to
    /// [`MultiFinder::new`]) and fills it with what that finder's
    /// [`WordFinder::find_all`] finds in `text`.
    ///
    /// # Panics
    ///
    /// If `out` has fewer lists than there are finders.
    pub fn find_all(&self, text: &str, out: &mut [Vec<WordMatch>]) {
        out.iter_mut().for_each(Vec::clear);
        self.union.each(text, |m| {
            for &(list, word) in
                &self.owners[self.first[m.word]..self.first[m.word + 1]]
            {
                out[list].push(WordMatch { word, ..m });
            }
        });
    }
}

/// Whether `phrase` (lower-case words) may stand at byte `start` of
/// `bytes`, where its first word has been found: its words apart by
/// whitespace, ASCII case ignored, and no letter right after the last.
/// What this byte check cannot read (a space or letter outside ASCII)
/// counts as "may": the caller decides on the words. This is how a
/// finder's hit on a phrase's first word (`in` of `in the words of`) is
/// kept only where the phrase can be.
///
/// ```
/// use factmark_core::words::phrase_may_start;
///
/// let phrase = ["in", "line", "with"];
/// assert!(phrase_may_start(b"rose in  Line with forecasts", 5, &phrase));
/// assert!(!phrase_may_start(b"rose in line without", 5, &phrase));
/// assert!(phrase_may_start("in\u{a0}line with".as_bytes(), 0, &phrase));
/// ```
pub fn phrase_may_start<S: AsRef<str>>(
    bytes: &[u8],
    start: usize,
    phrase: &[S],
) -> bool {
    let Some((first, rest)) = phrase.split_first() else { return false };
    let mut at = start + first.as_ref().len();
    for w in rest {
        let w = w.as_ref().as_bytes();
        let gap = bytes[at.min(bytes.len())..]
            .iter()
            .take_while(|b| b.is_ascii_whitespace())
            .count();
        if bytes.get(at + gap).is_some_and(|b| !b.is_ascii()) {
            return true;
        }
        let next = at + gap + w.len();
        if gap == 0
            || !bytes
                .get(at + gap..next)
                .is_some_and(|b| b.eq_ignore_ascii_case(w))
        {
            return false;
        }
        at = next;
    }
    // A letter after it joins the last word; a digit may not ("to2",
    // a footnote mark, is "to" for a tokenizer).
    !bytes.get(at).is_some_and(u8::is_ascii_alphabetic)
}

/// A map from words to values, ASCII case ignored: the taggers' lexicon
/// lookups, asked for most words of the sentences they read.
///
/// A key of up to sixteen ASCII bytes is packed, lower-cased, into one
/// integer, so a lookup folds and hashes the word in a few instructions
/// and compares one integer; longer keys and keys with other characters
/// (`km²`, `€`) go to an ordinary hash map, looked up in full Unicode
/// lower case as before.
///
/// ```
/// use factmark_core::words::WordMap;
///
/// let map = WordMap::new([("up", 1), ("km²", 2)]);
/// assert_eq!(map.get("UP"), Some(&1));
/// assert_eq!(map.get("KM²"), Some(&2));
/// assert_eq!(map.get("upper"), None);
/// ```
#[derive(Clone, Debug)]
pub struct WordMap<V> {
    /// Open addressing by [`slot_of`]; `index == EMPTY` is a free slot.
    slots: Box<[MapSlot]>,
    values: Vec<V>,
    /// The keys that do not pack, lower-cased.
    other: Map<String, usize>,
}

/// A set of words, ASCII case ignored: a [`WordMap`] without values.
///
/// ```
/// use factmark_core::words::WordSet;
///
/// let set: WordSet = ["police", "people"].into_iter().collect();
/// assert!(set.contains("Police"));
/// ```
pub type WordSet = WordMap<()>;

impl<K: AsRef<str>> FromIterator<K> for WordSet {
    fn from_iter<I: IntoIterator<Item = K>>(keys: I) -> WordSet {
        WordMap::new(keys.into_iter().map(|k| (k, ())))
    }
}

#[derive(Clone, Copy, Debug)]
struct MapSlot {
    key: u128,
    len: u32,
    index: u32,
}

/// `word` lower-cased and packed, if it is ASCII of at most 16 bytes.
fn packed(word: &[u8]) -> Option<u128> {
    if word.len() > 16 {
        return None;
    }
    let mut buf = [0u8; 16];
    buf[..word.len()].copy_from_slice(word);
    let lo = u64::from_le_bytes(buf[..8].try_into().expect("8 bytes"));
    let hi = u64::from_le_bytes(buf[8..].try_into().expect("8 bytes"));
    if (lo | hi) & swar::HIGH_BITS != 0 {
        return None;
    }
    // A capital's high bit, moved to 0x20, lowers it.
    let lower = |w: u64| w | swar::ascii_capitals(w) >> 2;
    Some(u128::from(lower(lo)) | u128::from(lower(hi)) << 64)
}

impl<V> WordMap<V> {
    /// A map of `entries`; a key given twice keeps its first value.
    pub fn new<K: AsRef<str>>(
        entries: impl IntoIterator<Item = (K, V)>,
    ) -> WordMap<V> {
        let entries: Vec<(K, V)> = entries.into_iter().collect();
        let capacity = (entries.len() * 2).next_power_of_two().max(16);
        let mut slots =
            vec![MapSlot { key: 0, len: 0, index: EMPTY }; capacity];
        let mut values = Vec::with_capacity(entries.len());
        let mut other = Map::default();
        for (key, value) in entries {
            let key = key.as_ref();
            let index = values.len() as u32;
            let Some(k) = packed(key.as_bytes()) else {
                if let std::collections::hash_map::Entry::Vacant(v) =
                    other.entry(key.to_lowercase())
                {
                    v.insert(index as usize);
                    values.push(value);
                }
                continue;
            };
            let mut at = slot_of(k, key.len(), capacity - 1);
            loop {
                let slot = &mut slots[at];
                if slot.index == EMPTY {
                    *slot = MapSlot { key: k, len: key.len() as u32, index };
                    values.push(value);
                    break;
                }
                if slot.key == k && slot.len as usize == key.len() {
                    break;
                }
                at = (at + 1) & (capacity - 1);
            }
        }
        WordMap { slots: slots.into(), values, other }
    }

    /// The value of `word`, ASCII case ignored (and for a word with other
    /// characters, any case).
    pub fn get(&self, word: &str) -> Option<&V> {
        self.get_bytes(word.as_bytes())
    }

    /// [`WordMap::get`] of the UTF-8 bytes of a word (no value for bytes
    /// that are not UTF-8).
    fn get_bytes(&self, word: &[u8]) -> Option<&V> {
        let Some(k) = packed(word) else {
            if self.other.is_empty() {
                return None;
            }
            let word = std::str::from_utf8(word).ok()?;
            let index = with_lowercase(word, |w| self.other.get(w).copied());
            return index.map(|i| &self.values[i]);
        };
        let mask = self.slots.len() - 1;
        let mut at = slot_of(k, word.len(), mask);
        loop {
            let slot = self.slots[at];
            if slot.index == EMPTY {
                return None;
            }
            if slot.key == k && slot.len as usize == word.len() {
                return Some(&self.values[slot.index as usize]);
            }
            at = (at + 1) & mask;
        }
    }

    /// The keys, lower-cased, with their values, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (String, &V)> {
        let packed = self.slots.iter().filter(|s| s.index != EMPTY).map(|s| {
            let bytes = s.key.to_le_bytes();
            let key = std::str::from_utf8(&bytes[..s.len as usize])
                .expect("packed keys are ASCII");
            (key.to_string(), &self.values[s.index as usize])
        });
        let other =
            self.other.iter().map(|(k, &i)| (k.clone(), &self.values[i]));
        packed.chain(other)
    }

    /// `word` is a key, ASCII case ignored.
    pub fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    /// How many keys the map has.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// The map has no keys.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

/// Bit `k` set where byte `base + k` is an ASCII letter or digit, and
/// where it is a digit, for the 64 bytes from `base` (fewer at the end,
/// none past it).
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
    } else if base < bytes.len() {
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
    fn word_map_agrees_with_a_lower_cased_hash_map() {
        let keys = [
            "a",
            "up to",
            "km²",
            "€",
            "sixteen-letters!",
            "seventeen letters",
            "U.S.",
            "Ä",
            "@",
            "`",
            "[",
            "{",
            "",
            "per cent",
        ];
        let map = WordMap::new(keys.iter().enumerate().map(|(i, k)| (*k, i)));
        let plain: std::collections::HashMap<String, usize> = keys
            .iter()
            .enumerate()
            .map(|(i, k)| (k.to_lowercase(), i))
            .collect();
        assert_eq!(map.len(), keys.len());
        let mut listed: Vec<_> = map.iter().map(|(k, &i)| (k, i)).collect();
        listed.sort_by_key(|&(_, i)| i);
        let lower: Vec<_> = keys.iter().map(|k| k.to_lowercase()).collect();
        assert!(listed.iter().map(|(k, _)| k).eq(lower.iter()));
        let probes = keys.iter().flat_map(|k| {
            [k.to_string(), k.to_uppercase(), format!("{k}x"), format!("x{k}")]
        });
        for probe in probes {
            assert_eq!(
                map.get(&probe),
                plain.get(&probe.to_lowercase()),
                "{probe:?}"
            );
        }
    }

    #[test]
    #[should_panic(expected = "not a word of ASCII letters")]
    fn words_are_letters() {
        WordFinder::new(&["according to"]);
    }
}
