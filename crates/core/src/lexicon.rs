//! The plain-text word lists under `data/lexicons/`.
//!
//! A lexicon is one entry a line. `#` starts a comment, blank lines are
//! skipped, and an entry may carry a value after ` = `:
//!
//! ```text
//! # hedges.txt: words that qualify a number
//! up to = upper_bound
//! more than = lower_bound
//! ```
//!
//! The value follows the last ` = ` of the line, so a key may contain one
//! (`> = = lower_bound` is the key `> =`).
//!
//! The stages compile their lexicons in with `include_str!`, so a
//! maintainer extends a list by editing the text file and rebuilding.

/// One entry of a lexicon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry<'a> {
    /// The 1-based line the entry is on.
    pub line: usize,
    /// The entry itself, trimmed.
    pub key: &'a str,
    /// What follows ` = `, trimmed, if anything does.
    pub value: Option<&'a str>,
}

/// Returns the entries of a lexicon file's text, in file order.
///
/// # Example
///
/// ```
/// use factmark_core::lexicon;
///
/// let text = "# units\nkm = kilometre\n\nmph\n";
/// let keys: Vec<_> = lexicon::entries(text).map(|e| e.key).collect();
/// assert_eq!(keys, ["km", "mph"]);
/// ```
pub fn entries(text: &str) -> impl Iterator<Item = Entry<'_>> {
    text.lines().enumerate().filter_map(|(i, raw)| {
        let line = match raw.find('#') {
            // A `#` inside an entry (`No. #`) is rare; a comment needs a
            // space or the line start before it.
            Some(0) => "",
            Some(p) if raw[..p].ends_with(char::is_whitespace) => &raw[..p],
            _ => raw,
        };
        let line = line.trim();
        if line.is_empty() {
            return None;
        }
        // The last " = " separates: a key may itself hold one ("> =").
        let (key, value) = match line.rsplit_once(" = ") {
            Some((k, v)) => (k.trim(), Some(v.trim())),
            None => (line, None),
        };
        Some(Entry { line: i + 1, key, value })
    })
}

/// A hasher for the short string keys of lexicons: 64-bit FNV-1a, much
/// faster than the default SipHash on words of a few bytes. Lexicon keys
/// are fixed at build time, so flooding attacks do not apply. It is also
/// factmark's stable hash (claim ids, shards): its output never changes
/// across runs, platforms or releases.
#[derive(Clone, Copy, Debug)]
pub struct FnvHasher(u64);

impl FnvHasher {
    /// The FNV-1a offset basis.
    pub const BASIS: u64 = 0xcbf2_9ce4_8422_2325;
    /// The FNV-1a prime.
    pub const PRIME: u64 = 0x0000_0100_0000_01b3;
}

impl Default for FnvHasher {
    fn default() -> FnvHasher {
        FnvHasher(FnvHasher::BASIS)
    }
}

impl std::hash::Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(FnvHasher::PRIME);
        }
    }
}

/// The 64-bit FNV-1a hash of `bytes`.
///
/// ```
/// use factmark_core::lexicon::fnv1a;
///
/// assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
/// assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
/// ```
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h = FnvHasher::default();
    std::hash::Hasher::write(&mut h, bytes);
    std::hash::Hasher::finish(&h)
}

/// Returns true if and only if `bytes[start..end]` is a whole word: no
/// ASCII letter or digit right before or right after it: what
/// [`WordFinder`](crate::words::WordFinder) finds, and how the stages
/// check a phrase's end.
///
/// ```
/// use factmark_core::lexicon::is_whole_word;
///
/// let text = b"he said; unsaid";
/// assert!(is_whole_word(text, 3, 7));
/// assert!(!is_whole_word(text, 11, 15));
/// ```
pub fn is_whole_word(bytes: &[u8], start: usize, end: usize) -> bool {
    let word = |b: &u8| b.is_ascii_alphanumeric();
    !start.checked_sub(1).is_some_and(|p| word(&bytes[p]))
        && !bytes.get(end).is_some_and(word)
}

/// A map with lexicon keys, hashed with [`FnvHasher`].
pub type Map<K, V> =
    std::collections::HashMap<K, V, std::hash::BuildHasherDefault<FnvHasher>>;

/// A set of lexicon keys, hashed with [`FnvHasher`].
pub type Set<K> =
    std::collections::HashSet<K, std::hash::BuildHasherDefault<FnvHasher>>;

/// Calls `f` with `word` in lower case, without allocating for short
/// ASCII words: how the stages look words up in their lexicons.
///
/// ```
/// use factmark_core::lexicon::with_lowercase;
///
/// assert!(with_lowercase("Said", |w| w == "said"));
/// assert!(with_lowercase("ÉTÉ", |w| w == "été"));
/// ```
pub fn with_lowercase<T>(word: &str, f: impl FnOnce(&str) -> T) -> T {
    // An ASCII word's lower case is its ASCII lower case.
    if word.is_ascii() {
        f(&AsciiLower::new(word))
    } else {
        f(&word.to_lowercase())
    }
}

/// A word with its ASCII letters in lower case (other characters kept),
/// as [`str::to_ascii_lowercase`] gives it but without allocating for
/// words already in lower case or short enough for a stack buffer: what
/// the grammars match their keywords against.
///
/// ```
/// use factmark_core::lexicon::AsciiLower;
///
/// assert_eq!(&*AsciiLower::new("Hundred"), "hundred");
/// assert_eq!(&*AsciiLower::new("ÉTÉ"), "ÉtÉ");
/// let long = "A".repeat(40);
/// assert_eq!(&*AsciiLower::new(&long), "a".repeat(40));
/// ```
pub struct AsciiLower<'a>(Lowered<'a>);

enum Lowered<'a> {
    /// The word had no ASCII capital.
    Same(&'a str),
    /// A lowered copy: the first `len` bytes of the buffer.
    Short { buf: [u8; 32], len: usize },
    /// A lowered copy too long for the buffer.
    Long(String),
}

impl<'a> AsciiLower<'a> {
    /// Lowers the ASCII letters of `word`.
    pub fn new(word: &'a str) -> AsciiLower<'a> {
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return AsciiLower(Lowered::Same(word));
        }
        let mut buf = [0u8; 32];
        if word.len() > buf.len() {
            return AsciiLower(Lowered::Long(word.to_ascii_lowercase()));
        }
        buf[..word.len()].copy_from_slice(word.as_bytes());
        buf[..word.len()].make_ascii_lowercase();
        AsciiLower(Lowered::Short { buf, len: word.len() })
    }
}

impl std::ops::Deref for AsciiLower<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        match &self.0 {
            Lowered::Same(word) => word,
            // Lowering ASCII letters keeps UTF-8 valid.
            Lowered::Short { buf, len } => std::str::from_utf8(&buf[..*len])
                .expect("a lowered word is UTF-8"),
            Lowered::Long(word) => word,
        }
    }
}

/// Returns true if and only if `word` is an adverb by its form: a word
/// in lower case of four letters or more ending in "-ly" ("initially",
/// "seriously") that is not `a_noun` (`ly_nouns.txt`: "family",
/// "weekly").
///
/// ```
/// use factmark_core::lexicon::is_ly_adverb;
///
/// assert!(is_ly_adverb("initially", false));
/// assert!(!is_ly_adverb("family", true));
/// assert!(!is_ly_adverb("Italy", false));
/// ```
pub fn is_ly_adverb(word: &str, a_noun: bool) -> bool {
    word.len() >= 4
        && word.ends_with("ly")
        && word.starts_with(|c: char| c.is_ascii_lowercase())
        && !a_noun
}

/// Whether `word` ends in a possessive "'s" (straight or curly
/// apostrophe): "Duterte's", "the company’s".
///
/// ```
/// use factmark_core::lexicon::is_possessive;
///
/// assert!(is_possessive("Duterte's"));
/// assert!(is_possessive("company’s"));
/// assert!(!is_possessive("states"));
/// ```
pub fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_values_and_blank_lines() {
        let text = "# head\nup to = upper_bound  # trailing\n\n  Mr  \nN°\n";
        let got: Vec<_> =
            entries(text).map(|e| (e.line, e.key, e.value)).collect();
        assert_eq!(
            got,
            [
                (2, "up to", Some("upper_bound")),
                (4, "Mr", None),
                (5, "N°", None)
            ]
        );
    }
}
