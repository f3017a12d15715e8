//! A small tokenizer the taggers share: words, numbers and single
//! punctuation characters, each with its span and whether whitespace came
//! before it (so `F-16` and `F - 16` read differently).
//!
//! ```
//! use factmark_core::token::{tokenize, Class};
//! use factmark_core::Span;
//!
//! let text = "up to 25,000 soldiers";
//! let mut tokens = Vec::new();
//! tokenize(text, Span::new(0, text.len()), &mut tokens);
//! assert_eq!(&text[tokens[2].span], "25,000");
//! assert_eq!(tokens[2].class, Class::Number);
//! ```

use crate::swar;
use crate::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// Letters, with inner apostrophes (`Russia’s`).
    Word,
    /// Digits with grouping and a decimal part (`25,000`, `1.1`).
    Number,
    /// Any other single character.
    Punct,
}

/// One token of a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where the token is.
    pub span: Span,
    /// What it is.
    pub class: Class,
    /// Whitespace comes right before the token (or it starts the text).
    pub space_before: bool,
}

/// Appends the tokens of `text[span]` to `out`.
pub fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let mut i = span.start;
    let mut space_before = true;
    while i < span.end {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            space_before = true;
            i += 1;
            continue;
        }
        let (end, class) = if b.is_ascii_digit()
            || (b == b'.'
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
                && space_before)
        {
            (number_end(bytes, i, span.end), Class::Number)
        } else if b.is_ascii_alphabetic() {
            (word_end(text, i, span.end), Class::Word)
        } else if b < 0x80 {
            (i + 1, Class::Punct)
        } else {
            let c = text[i..].chars().next().expect("char boundary");
            if c.is_whitespace() {
                space_before = true;
                i += c.len_utf8();
                continue;
            }
            if c.is_alphabetic() {
                (word_end(text, i, span.end), Class::Word)
            } else if vulgar(c).is_some() {
                (i + c.len_utf8(), Class::Number)
            } else {
                (i + c.len_utf8(), Class::Punct)
            }
        };
        out.push(Token { span: Span::new(i, end), class, space_before });
        space_before = false;
        i = end;
    }
}

/// Where the word starting at `i` ends: letters and inner apostrophes.
#[inline]
fn word_end(text: &str, i: usize, limit: usize) -> usize {
    let bytes = text.as_bytes();
    let end = ascii_letters_end(bytes, i, limit);
    if end >= limit || (bytes[end] < 0x80 && bytes[end] != b'\'') {
        return end;
    }
    word_end_past(text, end, limit)
}

/// Where the run of ASCII letters from `i` ends, eight bytes at a time.
#[inline]
fn ascii_letters_end(bytes: &[u8], mut end: usize, limit: usize) -> usize {
    while end + 8 <= limit {
        let w = swar::load(bytes, end);
        let others = !swar::ascii_letters(w) & swar::HIGH_BITS;
        if others != 0 {
            return end + others.trailing_zeros() as usize / 8;
        }
        end += 8;
    }
    while end < limit && bytes[end].is_ascii_alphabetic() {
        end += 1;
    }
    end
}

/// [`word_end`] from `end`, at a letter outside ASCII or an apostrophe
/// ("Russia’s", "Zürich"): out of line, as few words need it.
#[inline(never)]
fn word_end_past(text: &str, mut end: usize, limit: usize) -> usize {
    let bytes = text.as_bytes();
    while end < limit {
        let mut chars = text[end..limit].chars();
        let c = chars.next().expect("char boundary");
        let inner_apostrophe = matches!(c, '\'' | '’')
            && chars.next().is_some_and(char::is_alphabetic);
        if !(c.is_alphabetic() || inner_apostrophe) {
            break;
        }
        end = ascii_letters_end(bytes, end + c.len_utf8(), limit);
    }
    end
}

/// Where the number starting at `i` ends: digits, groups after `,` (of
/// three, or of two in the Indian `12,34,567`), after `.` in the European
/// `1.111,11`, or after a thin space, one decimal part, and a vulgar
/// fraction written against it (`2½`).
fn number_end(bytes: &[u8], i: usize, limit: usize) -> usize {
    let digits = |from: usize| {
        bytes[from.min(limit)..limit]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let mut j = i + digits(i);
    let lead = j - i;
    let mut grouped = false;
    let mut decimal = j == i; // ".5" starts with its decimal point
    if decimal {
        j = i + 1 + digits(i + 1);
    }
    // The group separator once one is seen: ',' or (European) '.'.
    let mut group = 0u8;
    loop {
        if j >= limit {
            break;
        }
        let b = bytes[j];
        let n = digits(j + 1);
        let next = bytes.get(j + 1 + n).copied();
        if (b == b',' || b == b'.')
            && !decimal
            && (grouped || lead <= 3)
            && (group == 0 || group == b)
        {
            // A group of three, or of two before another separator
            // ("12,34,567"); a '.' groups only when more groups or a
            // decimal comma follow ("1.111,11", "1.000.000").
            let more = matches!(next, Some(b',' | b'.'))
                && bytes.get(j + 2 + n).is_some_and(u8::is_ascii_digit);
            let three = n == 3 && (b == b',' || more);
            // Two-digit groups run on to a last group of three.
            let two = n == 2 && b == b',' && next == Some(b',') && {
                let mut k = j + 3;
                while bytes.get(k) == Some(&b',') && digits(k + 1) == 2 {
                    k += 3;
                }
                bytes.get(k) == Some(&b',')
                    && digits(k + 1) == 3
                    && !bytes.get(k + 4).is_some_and(u8::is_ascii_digit)
            };
            if three || two {
                grouped = true;
                group = b;
                j += 1 + n;
                continue;
            }
        }
        if (b == b'.' || (b == b',' && group == b'.')) && !decimal && n > 0 {
            decimal = true;
            j += 1 + n;
            continue;
        }
        if !decimal && (grouped || lead <= 3) {
            // Thin space, narrow no-break space or no-break space between
            // groups: "25 000".
            // An ordinary space groups too ("40 000", as SI writes
            // thousands) when exactly three digits follow and no more.
            let sep = match bytes[j..limit] {
                [0xE2, 0x80, 0x89, ..] | [0xE2, 0x80, 0xAF, ..] => 3,
                [0xC2, 0xA0, ..] => 2,
                [b' ', ..] if group != b',' && group != b'.' => 1,
                _ => 0,
            };
            let ends = !bytes.get(j + sep + 3).is_some_and(|b| {
                b.is_ascii_digit() || *b == b'.' || *b == b','
            });
            if sep > 0 && digits(j + sep) == 3 && (sep > 1 || ends) {
                grouped = true;
                j += sep + 3;
                continue;
            }
        }
        break;
    }
    // "2½"
    if !decimal && j < limit && bytes[j] >= 0x80 {
        if let Some(c) = std::str::from_utf8(&bytes[j..limit.min(j + 3)])
            .ok()
            .and_then(|s| s.chars().next())
            .filter(|&c| vulgar(c).is_some())
        {
            j += c.len_utf8();
        }
    }
    j
}

/// The value of a vulgar fraction character (`½` is 0.5).
pub fn vulgar(c: char) -> Option<f64> {
    Some(match c {
        '¼' => 0.25,
        '½' => 0.5,
        '¾' => 0.75,
        '⅐' => 1.0 / 7.0,
        '⅑' => 1.0 / 9.0,
        '⅒' => 0.1,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅙' => 1.0 / 6.0,
        '⅚' => 5.0 / 6.0,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        _ => return None,
    })
}

/// Whether `text` holds a character that begins a number token: an ASCII
/// digit or a vulgar fraction (`½`). A byte scan, for skipping sentences
/// without numbers before tokenizing them.
///
/// ```
/// use factmark_core::token::has_number;
///
/// assert!(has_number("up to 25,000"));
/// assert!(has_number("½ cup"));
/// assert!(!has_number("“none” – at all"));
/// ```
pub fn has_number(text: &str) -> bool {
    let bytes = text.as_bytes();
    let at = |i: usize| {
        let b = bytes[i];
        b.is_ascii_digit()
            // U+00BC..U+00BE and U+2150..U+215E in UTF-8.
            || (b == 0xc2 && matches!(bytes.get(i + 1), Some(0xbc..=0xbe)))
            || (b == 0xe2
                && bytes.get(i + 1) == Some(&0x85)
                && matches!(bytes.get(i + 2), Some(0x90..=0x9e)))
    };
    let mut i = 0;
    // Eight bytes at a time past those that start no number: no digit,
    // no lead byte of a vulgar fraction.
    while i + 8 <= bytes.len() {
        let w = swar::load(bytes, i);
        if swar::ascii_digits(w) != 0 {
            return true;
        }
        if (swar::has_byte(w, 0xc2) || swar::has_byte(w, 0xe2))
            && (i..i + 8).any(at)
        {
            return true;
        }
        i += 8;
    }
    (i..bytes.len()).any(at)
}

/// Parses the number token `s`: `25,000`, `1.1`, `25 000`, `.5`,
/// `12,34,567.89`, `1.111,11` (a decimal comma after `.` groups), `2½`.
pub fn number_value(s: &str) -> Option<f64> {
    let (group, point) = match (s.rfind('.'), s.rfind(',')) {
        (Some(d), Some(c)) if c > d => ('.', ','),
        (Some(_), None) if s.matches('.').count() > 1 => ('.', ','),
        _ => (',', '.'),
    };
    // The digits and point, on the stack for any number of 64 bytes or
    // fewer (which is every number outside a fuzzer's).
    let mut short = [0u8; 64];
    let mut long = Vec::new();
    let mut len = 0;
    let mut frac = 0.0;
    for c in s.chars() {
        let b = match c {
            '0'..='9' => c as u8,
            c if c == point => b'.',
            c if c == group => continue,
            c => {
                frac += vulgar(c).unwrap_or(0.0);
                continue;
            }
        };
        if len < short.len() {
            short[len] = b;
        } else {
            if long.is_empty() {
                long.extend_from_slice(&short);
            }
            long.push(b);
        }
        len += 1;
    }
    if len == 0 {
        return (frac > 0.0).then_some(frac);
    }
    let digits = if long.is_empty() { &short[..len] } else { &long[..] };
    let digits = std::str::from_utf8(digits).expect("digits are ASCII");
    digits.parse::<f64>().ok().map(|v| v + frac)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_number_reads_every_place_of_a_word() {
        // One digit or vulgar fraction (or a near miss sharing its lead
        // byte) at every offset, among ASCII and wider characters.
        let fills = ["a", " ", "é", "“", "…", "ÿ"];
        let marks = ["5", "½", "⅓", "¬", "…", "\u{2160}", "x"];
        for fill in fills {
            for mark in marks {
                for before in 0..12 {
                    for after in 0..3 {
                        let s = format!(
                            "{}{mark}{}",
                            fill.repeat(before),
                            fill.repeat(after)
                        );
                        let expected = s.chars().any(|c| {
                            c.is_ascii_digit() || vulgar(c).is_some()
                        });
                        assert_eq!(has_number(&s), expected, "{s:?}");
                    }
                }
            }
        }
    }

    fn toks(text: &str) -> Vec<(&str, Class, bool)> {
        let mut out = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut out);
        out.iter().map(|t| (&text[t.span], t.class, t.space_before)).collect()
    }

    #[test]
    fn has_number_knows_every_vulgar_fraction() {
        for c in '\u{a0}'..='\u{2200}' {
            let s = c.to_string();
            assert_eq!(has_number(&s), vulgar(c).is_some(), "{c:?}");
        }
    }

    #[test]
    fn long_words_and_words_at_the_end() {
        let text = "internationalisation Ukraine’s abcdefgh ab9 zzzzzzzzZ";
        let words: Vec<&str> = toks(text)
            .into_iter()
            .filter(|t| t.1 == Class::Word)
            .map(|t| t.0)
            .collect();
        assert_eq!(
            words,
            [
                "internationalisation",
                "Ukraine’s",
                "abcdefgh",
                "ab",
                "zzzzzzzzZ"
            ]
        );
        // A limit inside a word ends it.
        let mut out = Vec::new();
        tokenize(text, Span::new(0, 9), &mut out);
        assert_eq!(&text[out[0].span], "internati");
    }

    #[test]
    fn words_end_where_a_char_by_char_reading_ends_them() {
        // Letters, with an apostrophe only before a letter.
        let slow = |text: &str, i: usize, limit: usize| {
            let mut end = i;
            let mut chars = text[i..limit].char_indices().peekable();
            while let Some((p, c)) = chars.next() {
                if c.is_alphabetic() {
                    end = i + p + c.len_utf8();
                } else if matches!(c, '\'' | '’')
                    && chars.peek().is_some_and(|&(_, n)| n.is_alphabetic())
                {
                    continue;
                } else {
                    break;
                }
            }
            end
        };
        let pieces = [
            "a",
            "Zq",
            "’",
            "'",
            "é",
            "ß",
            "中",
            "9",
            " ",
            "-",
            "\u{a0}",
            "abcdefghij",
            "Ω",
            "’s",
            "'t",
        ];
        // Every string of three pieces, every start and limit.
        let mut text = String::new();
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    text.clear();
                    text.extend([a, b, c]);
                    for i in (0..text.len()).filter(|&i| {
                        text.is_char_boundary(i)
                            && text[i..].starts_with(char::is_alphabetic)
                    }) {
                        for limit in (i + 1..=text.len())
                            .filter(|&l| text.is_char_boundary(l))
                        {
                            assert_eq!(
                                word_end(&text, i, limit),
                                slow(&text, i, limit),
                                "{text:?} {i} {limit}"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn table() {
        use Class::*;
        assert_eq!(
            toks("up to 25,000 soldiers’ $2.5bn F-16"),
            [
                ("up", Word, true),
                ("to", Word, true),
                ("25,000", Number, true),
                ("soldiers", Word, true),
                ("’", Punct, false),
                ("$", Punct, true),
                ("2.5", Number, false),
                ("bn", Word, false),
                ("F", Word, true),
                ("-", Punct, false),
                ("16", Number, false),
            ]
        );
        assert_eq!(
            toks("Russia’s 30,000-36,000, 1,2345 25\u{2009}000 .5"),
            [
                ("Russia’s", Word, true),
                ("30,000", Number, true),
                ("-", Punct, false),
                ("36,000", Number, false),
                (",", Punct, false),
                ("1", Number, true),
                (",", Punct, false),
                ("2345", Number, false),
                ("25\u{2009}000", Number, true),
                (".5", Number, true),
            ]
        );
    }

    #[test]
    fn values() {
        assert_eq!(number_value("25,000"), Some(25000.0));
        assert_eq!(number_value("1.1"), Some(1.1));
        assert_eq!(number_value("25\u{2009}000"), Some(25000.0));
        assert_eq!(number_value(".5"), Some(0.5));
        assert_eq!(number_value("12,34,567.89"), Some(1234567.89));
        assert_eq!(number_value("1.111,11"), Some(1111.11));
        assert_eq!(number_value("1.000.000"), Some(1e6));
        assert_eq!(number_value("2½"), Some(2.5));
        assert_eq!(number_value("¾"), Some(0.75));
        // Past the 64-byte stack buffer, the same reading.
        let long = format!("{}.5", "1".repeat(70));
        assert_eq!(number_value(&long), long.parse().ok());
        let grouped = format!("1{}", ",111".repeat(30));
        assert_eq!(number_value(&grouped), "1".repeat(91).parse().ok());
        assert_eq!(number_value(&"9".repeat(64)), "9".repeat(64).parse().ok());
    }
}
