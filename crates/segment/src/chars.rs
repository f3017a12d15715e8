//! Character classes the segmenter decides on.

use std::cell::Cell;

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
    // Text in one script repeats a few dozen characters, and asking the
    // tables costs tens of nanoseconds: recent answers are kept, by the
    // character's low bits, for each thread.
    thread_local! {
        static RECENT: [Cell<(char, bool)>; 128] =
            const { [const { Cell::new(('\0', false)) }; 128] };
    }
    RECENT.with(|recent| {
        let slot = &recent[c as usize % 128];
        let (seen, answer) = slot.get();
        if seen == c {
            return answer;
        }
        let answer = ends_a_sentence(c);
        slot.set((c, answer));
        answer
    })
}

/// [`is_unicode_terminator`] for a character outside ASCII and General
/// Punctuation, from the tables.
fn ends_a_sentence(c: char) -> bool {
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

    #[test]
    fn recent_answers_are_the_tables_answers() {
        // Characters that share slots, asked in two orders, twice.
        let chars: Vec<char> = ('\u{80}'..='\u{3100}')
            .chain('\u{ff00}'..='\u{ff70}')
            .filter(|c| !('\u{2000}'..='\u{206f}').contains(c))
            .collect();
        for pass in 0..2 {
            let order: Box<dyn Iterator<Item = &char>> = if pass == 0 {
                Box::new(chars.iter())
            } else {
                Box::new(chars.iter().rev())
            };
            for &c in order {
                for _ in 0..2 {
                    assert_eq!(is_unicode_terminator(c), ends_a_sentence(c));
                }
            }
        }
    }
}
