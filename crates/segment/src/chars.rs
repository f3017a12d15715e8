//! Character classes the segmenter decides on.

use unicode_segmentation::UnicodeSegmentation;

/// Returns true if and only if `c` closes a quotation or bracket and so
/// may follow the full stop that ends a sentence.
pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '」' | '』'
    )
}

/// Returns true if and only if `c` opens a quotation or bracket.
pub(crate) fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '«' | '‹' | '(' | '[' | '{' | '„')
}

/// Returns true if and only if `c` is a quotation mark of any kind.
pub(crate) fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' | '‹' | '›' | '„'
    )
}

/// Returns true if and only if `c` is a list bullet.
pub(crate) fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '◦'
            | '▪'
            | '‣'
            | '⁃'
            | '●'
            | '○'
            | '■'
            | '□'
            | '➢'
            | '►'
            | '✓'
    )
}

/// Returns true if and only if the Unicode sentence rules (UAX #29) end a
/// sentence after `c`, for the characters factmark has no rule of its own
/// for (`。`, `！`, `।`, `؟`, ...).
///
/// The rules live in `unicode-segmentation`; this asks it whether
/// `"a" + c + " A"` is two sentences rather than copying its tables.
pub(crate) fn is_unicode_terminator(c: char) -> bool {
    if c.is_ascii() {
        return false;
    }
    // General Punctuation (quotes, dashes, spaces, bullets), the block
    // news text uses most: only the double marks end a sentence.
    if ('\u{2000}'..='\u{206F}').contains(&c) {
        return matches!(c, '‼' | '⁇' | '⁈' | '⁉');
    }
    if c.is_alphanumeric() || c.is_whitespace() {
        return false;
    }
    if is_quote(c) || is_closer(c) || is_opener(c) {
        return false;
    }
    let mut buf = [0u8; 8];
    buf[0] = b'a';
    let n = 1 + c.encode_utf8(&mut buf[1..5]).len();
    buf[n] = b' ';
    buf[n + 1] = b'A';
    let probe = std::str::from_utf8(&buf[..n + 2]).expect("built from chars");
    probe.split_sentence_bounds().nth(1).is_some()
}

/// The character that starts at byte `i` of `text`, if any.
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// The character that ends at byte `i` of `text`, if any.
#[inline]
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unicode_terminators_come_from_uax29() {
        for c in ['。', '！', '？', '।', '؟'] {
            assert!(is_unicode_terminator(c), "{c}");
        }
        for c in ['’', '—', '€', 'é', ',', '.', '·'] {
            assert!(!is_unicode_terminator(c), "{c}");
        }
    }
}
