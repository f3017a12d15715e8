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
fn word_end(text: &str, i: usize, limit: usize) -> usize {
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
}

/// Where the number starting at `i` ends: digits, groups of three after
/// `,` or a thin space, and one decimal part.
fn number_end(bytes: &[u8], i: usize, limit: usize) -> usize {
    let digits = |from: usize| {
        bytes[from..limit].iter().take_while(|b| b.is_ascii_digit()).count()
    };
    let mut j = i + digits(i);
    let lead = j - i;
    let mut grouped = false;
    let mut decimal = j == i; // ".5" starts with its decimal point
    if decimal {
        j = i + 1 + digits(i + 1);
    }
    loop {
        if j >= limit {
            break;
        }
        let b = bytes[j];
        if b == b',' && !decimal && (grouped || lead <= 3) {
            let n = digits(j + 1);
            if n == 3 {
                grouped = true;
                j += 4;
                continue;
            }
        } else if b == b'.' && !decimal {
            let n = digits(j + 1);
            if n > 0 {
                decimal = true;
                j += 1 + n;
                continue;
            }
        } else if !decimal && (grouped || lead <= 3) {
            // Thin space, narrow no-break space or no-break space between
            // groups: "25 000".
            let sep = match bytes[j..limit] {
                [0xE2, 0x80, 0x89, ..] | [0xE2, 0x80, 0xAF, ..] => 3,
                [0xC2, 0xA0, ..] => 2,
                _ => 0,
            };
            if sep > 0 && digits(j + sep) == 3 {
                grouped = true;
                j += sep + 3;
                continue;
            }
        }
        break;
    }
    j
}

/// Parses the number token `s` (`25,000`, `1.1`, `25 000`, `.5`).
pub fn number_value(s: &str) -> Option<f64> {
    let mut buf = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '0'..='9' | '.' => buf.push(c),
            _ => {}
        }
    }
    buf.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<(&str, Class, bool)> {
        let mut out = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut out);
        out.iter().map(|t| (&text[t.span], t.class, t.space_before)).collect()
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
    }
}
