//! Normalized sentence text: what claim ids and fingerprints hash.

use std::hash::Hasher;
use std::sync::OnceLock;

use factmark_core::lexicon::FnvHasher;
use factmark_core::swar;

use tokenizers::normalizers::replace::Replace;
use tokenizers::normalizers::unicode::NFKC;
use tokenizers::normalizers::utils::{Lowercase, Sequence};
use tokenizers::pre_tokenizers::whitespace::WhitespaceSplit;
use tokenizers::{
    NormalizedString, Normalizer, OffsetReferential, OffsetType,
    PreTokenizedString, PreTokenizer,
};

/// The normalizer chain: Unicode NFKC, lower case, and every kind of
/// quotation mark, apostrophe and dash folded to one.
fn normalizer() -> &'static Sequence {
    static NORMALIZER: OnceLock<Sequence> = OnceLock::new();
    NORMALIZER.get_or_init(|| {
        let replace = |pattern: &str, with: &str| {
            Replace::new(
                tokenizers::normalizers::replace::ReplacePattern::Regex(
                    pattern.to_string(),
                ),
                with,
            )
            .expect("the patterns are valid")
            .into()
        };
        Sequence::new(vec![
            NFKC.into(),
            Lowercase.into(),
            replace("[\u{2018}\u{2019}\u{201A}\u{201B}\u{2032}`\u{B4}]", "'"),
            replace(
                "[\u{201C}\u{201D}\u{201E}\u{201F}\u{2033}\u{AB}\u{BB}]",
                "\"",
            ),
            replace(
                "[\u{2010}-\u{2015}\u{2212}\u{FE58}\u{FE63}\u{FF0D}]",
                "-",
            ),
        ])
    })
}

/// Returns `text` normalized for hashing: NFKC, lower case, quotes and
/// dashes folded, and words (split on whitespace) joined by one space.
///
/// Two sentences that differ only in those respects normalize the same:
///
/// ```
/// use factmark_claim::normalize;
///
/// assert_eq!(
///     normalize("“Killed.”  Rutte\u{a0}clarified — twice"),
///     normalize("\"killed.\" rutte clarified - twice"),
/// );
/// ```
pub fn normalize(text: &str) -> String {
    let mut out = String::new();
    normalize_into(text, &mut out);
    out
}

/// [`normalize`] into `out`, which is cleared first: how a caller that
/// normalizes many sentences keeps one buffer.
pub(crate) fn normalize_into(text: &str, out: &mut String) {
    // Built as bytes (pushing a byte is cheaper than pushing a char);
    // only whole characters are pushed, so the check at the end holds.
    let mut bytes = std::mem::take(out).into_bytes();
    bytes.clear();
    bytes.reserve(text.len());
    if quick(text, &mut bytes) {
        *out = String::from_utf8(bytes).expect("whole characters were pushed");
    } else {
        *out = with_tokenizers(text);
    }
}

/// Feeds [`normalize`]`(text)` to `hasher`, falling back on `buf` for
/// text the quick path does not take: how claim ids are made without
/// building the normalized text of every claim.
pub(crate) fn hash_into(text: &str, hasher: &mut FnvHasher, buf: &mut String) {
    let mut fused = *hasher;
    if quick(text, &mut fused) {
        *hasher = fused;
    } else {
        normalize_into(text, buf);
        hasher.write(buf.as_bytes());
    }
}

/// Where the quick path puts normalized text: a buffer, or a hash.
trait Sink {
    fn byte(&mut self, b: u8);
    fn bytes(&mut self, b: &[u8]);
}

impl Sink for Vec<u8> {
    fn byte(&mut self, b: u8) {
        self.push(b);
    }

    fn bytes(&mut self, b: &[u8]) {
        self.extend_from_slice(b);
    }
}

impl Sink for FnvHasher {
    fn byte(&mut self, b: u8) {
        self.write(&[b]);
    }

    fn bytes(&mut self, b: &[u8]) {
        self.write(b);
    }
}

/// The normalization of text made only of characters NFKC leaves alone
/// and lower case maps one to one (ASCII, Latin-1 letters) and of the
/// common curly quotes and dashes, done in one pass without the
/// tokenizers' alignment bookkeeping, into `out`; false (with `out` in
/// any state) for any other text. Gives exactly what [`with_tokenizers`]
/// gives (a test checks).
fn quick(text: &str, out: &mut impl Sink) -> bool {
    // A space is put between words: before a word that follows another.
    let (mut space, mut started) = (false, false);
    let src = text.as_bytes();
    let mut i = 0;
    while i < src.len() {
        // Eight plain bytes at once: ASCII that is kept or lowered, with
        // single spaces inside (none at either end) that stay as they are.
        if src.len() - i >= 8 {
            if let Some(lowered) = plain_ascii(swar::load(src, i)) {
                if space {
                    out.byte(b' ');
                    space = false;
                }
                started = true;
                out.bytes(&lowered.to_le_bytes());
                i += 8;
                continue;
            }
        }
        let b = src[i];
        let folded = if b.is_ascii() {
            i += 1;
            match b {
                // The ASCII characters `char::is_whitespace` takes.
                b'\t'..=b'\r' | b' ' => {
                    space = started;
                    continue;
                }
                // The apostrophe the chain folds, before the rest of ASCII.
                b'`' => b'\'',
                0x21..=0x7e => b.to_ascii_lowercase(),
                _ => return false,
            }
        } else {
            let c = text[i..].chars().next().expect("a character starts here");
            i += c.len_utf8();
            if c.is_whitespace() {
                space = started;
                continue;
            }
            let folded = match c {
                '\u{2018}' | '\u{2019}' => '\'',
                '\u{201c}' | '\u{201d}' | '\u{ab}' | '\u{bb}' => '"',
                '\u{2013}' | '\u{2014}' => '-',
                // NFKC spells the ellipsis out.
                '\u{2026}' => {
                    if space {
                        out.byte(b' ');
                        space = false;
                    }
                    started = true;
                    out.bytes(b"...");
                    continue;
                }
                c if kept(c) => {
                    let mut lower = c.to_lowercase();
                    let Some(l) = lower.next() else { return false };
                    if lower.next().is_some() {
                        return false;
                    }
                    l
                }
                _ => return false,
            };
            if !folded.is_ascii() {
                if space {
                    out.byte(b' ');
                    space = false;
                }
                started = true;
                let mut utf8 = [0; 4];
                out.bytes(folded.encode_utf8(&mut utf8).as_bytes());
                continue;
            }
            folded as u8
        };
        if space {
            out.byte(b' ');
            space = false;
        }
        started = true;
        out.byte(folded);
    }
    true
}

/// Eight bytes of text lowered, if the quick path would copy them as
/// they are but for case: printable ASCII but `` ` ``, and spaces, none
/// first, last or next to another.
fn plain_ascii(w: u64) -> Option<u64> {
    const FIRST: u64 = 0x80;
    const LAST: u64 = 0x80 << 56;
    let spaces = swar::in_range(w, b' ', b' ');
    let other = swar::in_range(w, 0, b' ')
        | swar::in_range(w, b'`', b'`')
        | swar::in_range(w, 0x7f, 0x7f)
        | (w & swar::HIGH_BITS);
    let plain =
        other & !spaces == 0 && spaces & (FIRST | LAST | (spaces >> 8)) == 0;
    // A capital's high bit, moved down to 0x20, lowers it.
    plain.then(|| w | (swar::ascii_capitals(w) >> 2))
}

/// Whether NFKC leaves `c` as it is, whatever stands around it: the
/// letters of Latin-1 and Latin Extended-A and B, the signs of Latin-1,
/// the currency signs and general punctuation, less those with a
/// compatibility form (`²`, `ĳ`, `ǅ`, `₨`, `‥`), the quotes and dashes
/// the chain folds, and the spacing accents NFKC splits.
fn kept(c: char) -> bool {
    match c {
        '\u{a1}'..='\u{24f}' => !matches!(
            c,
            '\u{a8}'
                | '\u{aa}'
                | '\u{ab}'
                | '\u{af}'
                | '\u{b2}'..='\u{b5}'
                | '\u{b8}'..='\u{bb}'
                | '\u{bc}'..='\u{be}'
                | '\u{130}'
                | '\u{132}'
                | '\u{133}'
                | '\u{13f}'
                | '\u{140}'
                | '\u{149}'
                | '\u{17f}'
                | '\u{1c4}'..='\u{1cc}'
                | '\u{1f1}'..='\u{1f3}'
        ),
        '\u{2000}'..='\u{206f}' => !matches!(
            c,
            '\u{2010}'..='\u{201f}'
                | '\u{2024}'..='\u{2026}'
                | '\u{2032}'..='\u{2037}'
                | '\u{203c}'
                | '\u{203e}'
                | '\u{2047}'..='\u{2049}'
                | '\u{2057}'
        ),
        '\u{20a0}'..='\u{20c0}' => c != '\u{20a8}',
        _ => false,
    }
}

/// The normalization of any text, with the tokenizers normalizers and
/// whitespace pre-tokenizer.
fn with_tokenizers(text: &str) -> String {
    let mut normalized = NormalizedString::from(text);
    normalizer()
        .normalize(&mut normalized)
        .expect("normalizing a string cannot fail");
    let mut pre = PreTokenizedString::from(normalized);
    WhitespaceSplit
        .pre_tokenize(&mut pre)
        .expect("splitting on whitespace cannot fail");
    let words =
        pre.get_splits(OffsetReferential::Normalized, OffsetType::Byte);
    let mut out = String::with_capacity(text.len());
    for (word, _, _) in words {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds() {
        assert_eq!(normalize("Russia’s  ARMY"), "russia's army");
        assert_eq!(normalize("ﬁve – six"), "five - six");
        assert_eq!(normalize(" \t\n"), "");
    }

    #[test]
    fn every_character_the_quick_path_keeps_is_kept() {
        let mut taken = 0;
        for c in ('\u{80}'..='\u{2fff}').filter(|&c| kept(c)) {
            for text in [
                format!("{c}"),
                format!("a{c}b"),
                format!("{c}{c}"),
                format!("É{c} Z"),
                format!("{c}\u{301}"),
            ] {
                let mut q = Vec::new();
                if quick(&text, &mut q) {
                    taken += 1;
                    let want = with_tokenizers(&text);
                    assert_eq!(
                        String::from_utf8(q).unwrap(),
                        want,
                        "{text:?}"
                    );
                }
            }
        }
        assert!(taken > 1500, "{taken}");
    }

    #[test]
    fn the_quick_path_gives_what_the_tokenizers_give() {
        let alphabet: Vec<char> = "aZ0 .,'`\"\t\n\u{b}\r\u{1f}\u{7f}\u{a0}\u{85}ÀÉßÿ×÷\u{2018}\u{2019}\u{201c}\u{201d}«»–—…€°ČİĳǅⅫ\u{200b}\u{301}"
            .chars()
            .collect();
        // Every string of up to three characters of the alphabet, and
        // longer ones built from a simple generator.
        let mut cases: Vec<String> = vec![String::new()];
        for _ in 0..3 {
            let mut next = Vec::new();
            for s in &cases {
                for &c in &alphabet {
                    next.push(format!("{s}{c}"));
                }
            }
            cases.extend(next);
        }
        let mut x: u64 = 1;
        let mut draw = || {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (x >> 33) as usize
        };
        for _ in 0..2000 {
            cases.push(
                (0..40).map(|_| alphabet[draw() % alphabet.len()]).collect(),
            );
        }
        // Mostly plain ASCII words (seven characters in eight from the
        // first eleven), for the eight-bytes-at-once path.
        let plain: Vec<char> =
            "aaeeiZ09 ,.`\u{7f}\t\u{1f}é’".chars().collect();
        for _ in 0..2000 {
            cases.push(
                (0..40)
                    .map(|_| {
                        let k = draw();
                        let from = if k % 8 < 7 { 11 } else { plain.len() };
                        plain[(k / 8) % from]
                    })
                    .collect(),
            );
        }
        let mut buf = String::new();
        for s in &cases {
            let want = with_tokenizers(s);
            let mut q = Vec::new();
            if quick(s, &mut q) {
                assert_eq!(String::from_utf8(q).unwrap(), want, "{s:?}");
            }
            // Hashed on the way, or through the buffer: the hash of it.
            let mut fused = FnvHasher::default();
            hash_into(s, &mut fused, &mut buf);
            let mut plain = FnvHasher::default();
            plain.write(want.as_bytes());
            assert_eq!(fused.finish(), plain.finish(), "{s:?}");
        }
        assert!(quick("Russia’s “ARMY” – Ça", &mut Vec::new()));
        assert!(!quick("ﬁve", &mut Vec::new()));
    }
}
