//! Sentence boundaries inside one block of prose.
//!
//! The scan looks only at bytes that can end a sentence (`.`, `!`, `?`,
//! and the lead bytes of non-ASCII characters such as `…` or `。`); each
//! candidate is decided by the words around it.

use std::cell::OnceCell;

use factmark_core::{swar, Span};

use crate::chars::{
    char_at, char_before, is_closer, is_opener, is_quote,
    is_unicode_terminator,
};
use crate::layout::{forced_splits, list_marker};
use crate::lexicons::{Abbrev, Lexicons};

/// Bytes that may start a sentence terminator: `.`, `!`, `?` and the lead
/// bytes of multi-byte characters.
static CANDIDATE: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    let mut b = 0xC2;
    while b < 0xF5 {
        t[b] = true;
        b += 1;
    }
    t
};

/// A run of terminal punctuation: `.`, `!?`, `...`, `. . . .`, `…`.
#[derive(Clone, Copy, Debug)]
struct Run {
    end: usize,
    /// Full stops in the run (an ellipsis character counts three).
    dots: u32,
    /// The run has `!` or `?` (or a non-Latin terminator).
    strong: bool,
    /// The dots are spaced (`. . .`).
    spaced: bool,
    /// The run has a terminator of a script written without spaces
    /// between sentences (`。`).
    unspaced_script: bool,
}

/// Whether the writer of a text starts sentences in lower case, found
/// out the first time it matters (see [`writes_in_lower_case`]).
pub(crate) type LowerCase = OnceCell<bool>;

/// Cuts `block` into sentences, pushing their spans (trimmed) to `out`.
/// `lower` is shared by the blocks of one text.
pub(crate) fn split(
    text: &str,
    block: Span,
    lex: &Lexicons,
    lower: &LowerCase,
    out: &mut Vec<Span>,
) {
    let bytes = text.as_bytes();
    let items = forced_splits(text, block, lex);
    let mut items = items.iter().copied().peekable();
    // The marker of the list item the current sentence opens with, whose
    // full stop (`1.`, `a.`) does not end a sentence.
    let mut marker_end = marker_end_at(text, block.start, block.end);
    let mut start = block.start;
    let mut i = block.start;
    while i < block.end {
        if items.peek() == Some(&i) {
            items.next();
            push(text, Span::new(start, i), out);
            start = i;
            marker_end = marker_end_at(text, i, block.end);
        }
        // Up to the next forced split (one already passed is never met
        // again), the next byte that may start a terminator.
        let limit = items
            .peek()
            .copied()
            .filter(|&at| at >= i)
            .map_or(block.end, |at| at.min(block.end));
        i = next_candidate(bytes, i, limit);
        if i == limit {
            continue;
        }
        let b = bytes[i];
        if b >= 0x80 {
            let c = char_at(text, i).expect("lead byte starts a char");
            if c != '…' && !is_unicode_terminator(c) {
                i += c.len_utf8();
                continue;
            }
        }
        if i < marker_end {
            i += 1;
            continue;
        }
        let run = run_at(text, i, block.end);
        match decide(text, lex, lower, start, i, run, block.end) {
            Some(end) => {
                push(text, Span::new(start, end), out);
                start = skip_space(text, end, block.end);
                i = start;
                marker_end = marker_end_at(text, start, block.end);
            }
            None => i = run.end,
        }
    }
    push(text, Span::new(start, block.end), out);
}

/// The first byte of `bytes[i..end]` that may start a terminator
/// ([`CANDIDATE`]), or `end`: eight bytes at a time while none of them is
/// `.`, `!`, `?` or outside ASCII.
fn next_candidate(bytes: &[u8], mut i: usize, end: usize) -> usize {
    while i + 8 <= end {
        let w = swar::load(bytes, i);
        if w & swar::HIGH_BITS != 0
            || swar::has_byte(w, b'.')
            || swar::has_byte(w, b'!')
            || swar::has_byte(w, b'?')
        {
            break;
        }
        i += 8;
    }
    while i < end && !CANDIDATE[bytes[i] as usize] {
        i += 1;
    }
    i
}

fn marker_end_at(text: &str, at: usize, limit: usize) -> usize {
    match list_marker(&text[at..limit]) {
        Some(m) => at + m.len,
        None => at,
    }
}

/// The most bytes a sentence may have: three times the longest sentence
/// of the news sample (655 bytes), and a bound on the work every stage
/// does on one sentence when a text has no sentence ends the rules can
/// see (a list run together, "he said approx. he said approx. ...").
pub(crate) const MAX_SENTENCE: usize = 2048;

/// Pushes `span`, trimmed, cut into pieces of at most [`MAX_SENTENCE`]
/// bytes ([`cut_point`]).
fn push(text: &str, span: Span, out: &mut Vec<Span>) {
    let mut span = span.trim(text);
    while span.len() > MAX_SENTENCE {
        let cut = cut_point(text, span);
        out.push(Span::new(span.start, cut).trim(text));
        span = Span::new(cut, span.end).trim(text);
    }
    if !span.is_empty() {
        out.push(span);
    }
}

/// Where a sentence longer than [`MAX_SENTENCE`] is cut, in the second
/// half of its first [`MAX_SENTENCE`] bytes: after the last `.`, `!` or
/// `?` before a space, else the last `;` or `:`, else the last comma,
/// else at the last space, else (a word that long) at the limit.
fn cut_point(text: &str, span: Span) -> usize {
    let mut limit = span.start + MAX_SENTENCE;
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let low = span.start + MAX_SENTENCE / 2;
    let window = &text.as_bytes()[low..limit];
    for marks in [&b".!?"[..], b";:", b","] {
        let after = window.windows(2).rposition(|w| {
            marks.contains(&w[0]) && w[1].is_ascii_whitespace()
        });
        if let Some(p) = after {
            return low + p + 1;
        }
    }
    match window.iter().rposition(u8::is_ascii_whitespace) {
        Some(p) => low + p,
        None => limit,
    }
}

fn skip_space(text: &str, mut i: usize, limit: usize) -> usize {
    while i < limit {
        match char_at(text, i) {
            Some(c) if c.is_whitespace() => i += c.len_utf8(),
            _ => break,
        }
    }
    i
}

/// Reads the run of terminal punctuation starting at `i`.
fn run_at(text: &str, i: usize, limit: usize) -> Run {
    let bytes = text.as_bytes();
    let mut run = Run {
        end: i,
        dots: 0,
        strong: false,
        spaced: false,
        unspaced_script: false,
    };
    let mut j = i;
    while j < limit {
        match bytes[j] {
            b'.' => {
                run.dots += 1;
                j += 1;
            }
            b'!' | b'?' => {
                run.strong = true;
                j += 1;
            }
            b' ' if run.dots > 0
                && j + 1 < limit
                && bytes[j + 1] == b'.'
                && !bytes.get(j + 2).is_some_and(u8::is_ascii_digit) =>
            {
                run.spaced = true;
                j += 1;
                continue;
            }
            b if b >= 0x80 => {
                let c = char_at(text, j).expect("char boundary");
                if c == '…' {
                    run.dots += 3;
                } else if is_unicode_terminator(c) {
                    run.strong = true;
                    run.unspaced_script = true;
                } else {
                    break;
                }
                j += c.len_utf8();
            }
            _ => break,
        }
        run.end = j;
    }
    run
}

/// Decides whether the run of punctuation at `i` ends the sentence that
/// began at `start`; returns where the sentence ends if it does.
fn decide(
    text: &str,
    lex: &Lexicons,
    lower: &LowerCase,
    start: usize,
    i: usize,
    run: Run,
    limit: usize,
) -> Option<usize> {
    let attached = char_before(text, i).is_some_and(|c| !c.is_whitespace());
    // A full stop then a spaced ellipsis ("compounds. . . . The"): the
    // stop ends the sentence, the ellipsis opens the next.
    if run.spaced
        && attached
        && run.dots >= 4
        && !run.strong
        && text.as_bytes()[i] == b'.'
    {
        let (end, next) = after_closers(text, run.end, limit);
        return match next {
            Some(c) if c.is_uppercase() || is_opener(c) => Some(i + 1),
            None => Some(end),
            _ => None,
        };
    }
    let (end, next) = after_closers(text, run.end, limit);
    let Some(next_char) = next else {
        return Some(end);
    };
    let closers = &text[run.end..end];
    if run.unspaced_script && !next_char.is_lowercase() {
        return Some(end);
    }
    if end < limit && !char_at(text, end).is_some_and(char::is_whitespace) {
        return no_space_boundary(text, i, run, closers, end);
    }
    let n = skip_space(text, end, limit);
    if next_char.is_lowercase() && !is_camel_case(word_at(text, n)) {
        // Edited text opens a sentence with a capital, so a word in lower
        // case goes on the sentence ("approx. five", "e.g. the"); a
        // writer who never uses capitals ends one there too, after a
        // plain word.
        let ends = (run.strong || run.dots == 1)
            && plain_word(lex, word_before(text, i))
            && !(closers.contains(is_quote)
                && is_speech_tail(text, lex, n, limit))
            && *lower.get_or_init(|| writes_in_lower_case(text, lex));
        return ends.then_some(end);
    }
    // A credit after a sentence is a segment of its own: "... in
    // Washington D.C. Image: United States Navy."
    if starts_credit(text, lex, n) {
        return Some(end);
    }
    // Citations in brackets after the stop stay with their sentence:
    // "... Syria. (Xinhua)".
    if next_char == '(' && only_citations(&text[n..limit]) {
        return None;
    }
    if closers.contains(is_quote) && is_speech_tail(text, lex, n, limit) {
        return None;
    }
    if run.strong {
        return Some(end);
    }
    match run.dots {
        1 => {}
        // "...." (an ellipsis and a stop) ends a sentence before a
        // capital, and so does "..." or "…"; a spaced ". . ." marks words
        // left out ("the thing is . . . I didn't").
        d if d >= 4 || !run.spaced => {
            return next_char.is_uppercase().then_some(end);
        }
        _ => return None,
    }
    // A footnote number after the stop belongs to the sentence: "... a
    // publication fee. 8 Yet some journals"; not the number of "No. 10
    // Downing Street" or "Vol. 5 Issue".
    let numbered = || lex.abbrev(word_before(text, i)) == Some(Abbrev::Number);
    if let Some(len) = footnote_at(text, n, limit).filter(|_| !numbered()) {
        return Some(n + len);
    }
    full_stop(text, lex, start, i, end, n, next_char)
}

/// A word of two letters or more, or a number, that is no abbreviation
/// or initialism: what a sentence may end with.
fn plain_word(lex: &Lexicons, word: &str) -> bool {
    let one_letter = word.chars().nth(1).is_none()
        && !word.starts_with(|c: char| c.is_ascii_digit());
    !word.is_empty()
        && !one_letter
        && word.chars().all(char::is_alphanumeric)
        && lex.abbrev(word).is_none()
}

/// The least number of full stops, `!` or `?` after a plain word, then a
/// word in lower case, that shows a writer who starts sentences in lower
/// case.
const LOWER_CASE_EVIDENCE: usize = 2;

/// Whether the writer of `text` starts sentences in lower case: after a
/// stop, `!` or `?` and a space, the next word is in lower case at least
/// [`LOWER_CASE_EVIDENCE`] times where the stop follows a plain word
/// ([`plain_word`]), and that more often than the next word has a
/// capital.
fn writes_in_lower_case(text: &str, lex: &Lexicons) -> bool {
    let bytes = text.as_bytes();
    let (mut lower, mut upper) = (0, 0);
    for i in memchr::memchr3_iter(b'.', b'!', b'?', bytes) {
        if !bytes.get(i + 1).is_some_and(u8::is_ascii_whitespace) {
            continue;
        }
        let n = skip_space(text, i + 1, text.len());
        // The word lists are read only before lower case: a capital
        // after an abbreviation ("Mr. Smith") counts against, which edited
        // text can afford.
        match char_at(text, n) {
            Some(c) if c.is_uppercase() => upper += 1,
            Some(c)
                if c.is_lowercase()
                    && plain_word(lex, word_before(text, i)) =>
            {
                lower += 1;
            }
            _ => {}
        }
    }
    lower >= LOWER_CASE_EVIDENCE && lower > upper
}

/// Skips closing quotes and brackets after a run; returns where they end
/// and the next character that is not whitespace.
fn after_closers(
    text: &str,
    mut j: usize,
    limit: usize,
) -> (usize, Option<char>) {
    while j < limit {
        let c = char_at(text, j).expect("char boundary");
        if !is_closer(c) {
            // Reference marks after the stop stay with the sentence they
            // cite: "... in 1971. [1] [2] Fillmore was".
            let k = skip_space(text, j, limit);
            match citation_len(&text[k..limit]) {
                Some(len) => {
                    j = k + len;
                    continue;
                }
                None => break,
            }
        }
        // A straight quote right before a word opens the next sentence.
        if matches!(c, '"' | '\'')
            && char_at(text, j + 1).is_some_and(char::is_alphanumeric)
        {
            break;
        }
        j += c.len_utf8();
    }
    let n = skip_space(text, j, limit);
    let next = if n < limit { char_at(text, n) } else { None };
    (j, next)
}

/// A run followed directly by a non-space: a boundary only in
/// `world.Today` or `1,000.That` (a word or number, a single stop, then a
/// capitalized word) outside URLs and e-mail addresses.
fn no_space_boundary(
    text: &str,
    i: usize,
    run: Run,
    closers: &str,
    end: usize,
) -> Option<usize> {
    if run.strong || run.dots != 1 || !closers.is_empty() {
        return None;
    }
    let prev = char_before(text, i)?;
    if !(prev.is_lowercase() || prev.is_ascii_digit()) {
        return None;
    }
    // "... to innovation.23 Open-mindedness is": a footnote number glued
    // to the stop.
    if prev.is_lowercase() {
        let limit = text.len();
        if let Some(len) = footnote_at(text, end, limit) {
            return Some(end + len);
        }
    }
    let mut rest = text[end..].chars();
    let (a, b) = (rest.next()?, rest.next()?);
    if !(a.is_uppercase() && b.is_lowercase()) {
        return None;
    }
    let word = word_before(text, i);
    let mut cut = (end + MAX_WORD).min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let after = &text[end..cut];
    let after =
        &after[..after.find(char::is_whitespace).unwrap_or(after.len())];
    let token_has = |s: &str| word.contains(s) || after.contains(s);
    if token_has("@") || token_has("://") || word.starts_with("www") {
        return None;
    }
    // "ASP.Net", "Jane.Doe": a capitalized word glued to a short token is
    // a name, not two sentences.
    if word.contains('.') || word.chars().count() < 2 {
        return None;
    }
    Some(i + 1)
}

/// Decides a single full stop followed by a space and `next`, which is not
/// lower case.
fn full_stop(
    text: &str,
    lex: &Lexicons,
    start: usize,
    i: usize,
    end: usize,
    n: usize,
    next: char,
) -> Option<usize> {
    let word = word_before(text, i);
    // Only the current sentence counts: "Tuesday.Mr." is "Mr.".
    let word = &word[word.len().saturating_sub(i - start)..];
    let next_word = word_at(text, n);
    if word.is_empty() {
        return Some(end);
    }
    let mut letters = word.chars();
    let first = letters.next().expect("word is not empty");
    // An initial: "Jonas E. Smith", "Albert I. Jones"; but "you and I.".
    if letters.next().is_none() && first.is_uppercase() {
        // "L. D. Smith": an initial before another initial.
        let mut after = text[n..].chars();
        if after.next().is_some_and(char::is_uppercase)
            && after.next() == Some('.')
        {
            return None;
        }
        let before = word_before(text, skip_space_back(text, i - word.len()))
            .trim_end_matches('.');
        // "foreign minister S. Jaishankar": a title before the initial,
        // but "only as official A. The agency" ends there.
        let name_before = before
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
            || lex.is_lower_title(before) && !lex.is_starter(next_word);
        return if name_before && !before.is_empty() {
            None
        } else {
            Some(end)
        };
    }
    if let Some(kind) = lex.abbrev(word) {
        return match kind {
            Abbrev::Title | Abbrev::Inline => None,
            Abbrev::Number if next.is_ascii_digit() => None,
            // "at 5:30 a.m. EST, a bat": a time zone goes with the time.
            Abbrev::Time => (next.is_uppercase()
                && !lex.is_time_zone(next_word)
                && !is_time_phrase(text, lex, start, i))
            .then_some(end),
            _ if next.is_ascii_digit() => None,
            _ => lex.is_starter(next_word).then_some(end),
        };
    }
    // Unknown initialisms ("F.B.I.", "Ph.D.") behave like ordinary
    // abbreviations; "example.com." and "$100.00." do not.
    let initialism = word.contains('.')
        && word.split('.').all(|p| {
            (1..=2).contains(&p.chars().count())
                && p.chars().all(char::is_alphabetic)
        });
    if initialism {
        return lex.is_starter(next_word).then_some(end);
    }
    Some(end)
}

/// Returns true if and only if the sentence from `start` to `i` is only a
/// fronted time phrase, as in "At 5 a.m." before "Mr. Smith went".
fn is_time_phrase(text: &str, lex: &Lexicons, start: usize, i: usize) -> bool {
    let _ = lex;
    let mut words = text[start..i].split_whitespace().take(5);
    let first = words.next().unwrap_or("").to_ascii_lowercase();
    let preposition = matches!(
        first.as_str(),
        "at" | "by"
            | "before"
            | "after"
            | "until"
            | "till"
            | "from"
            | "since"
            | "around"
            | "about"
            | "on"
            | "in"
            | "circa"
    );
    preposition && words.count() <= 3
}

/// Returns true if and only if what follows a closing quote is a short
/// speech tag ending the same sentence: "... Killed.” Rutte clarified."
fn is_speech_tail(text: &str, lex: &Lexicons, n: usize, limit: usize) -> bool {
    let rest = &text[n..limit];
    let mut words =
        rest.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty());
    for _ in 0..5 {
        let Some(raw) = words.next() else { return false };
        let w = raw.trim_end_matches(|c: char| {
            matches!(c, '.' | ',' | '!' | '?' | ';' | ':')
        });
        if lex.is_reporting_verb(w) {
            // "... prayers.” Duda remarked, “Today ...": the tag opens a
            // quotation of its own, so the sentence before has ended.
            if opens_quotation(words.clone()) {
                return false;
            }
            if raw.len() != w.len() {
                return true;
            }
            let after = words.next().unwrap_or("");
            return matches!(
                after.to_ascii_lowercase().as_str(),
                "on" | "in"
                    | "at"
                    | "of"
                    | "to"
                    | "during"
                    | "after"
                    | "before"
                    | "from"
                    | "with"
                    | "by"
                    | "late"
                    | "earlier"
                    | "yesterday"
                    | "today"
                    | "last"
                    | "this"
                    | "about"
                    | "when"
                    | "as"
                    | "while"
            );
        }
        // The tag is a name, a title or a pronoun: stop at other words.
        if raw.ends_with(['.', '!', '?']) {
            return false;
        }
    }
    false
}

/// Returns true if and only if a quotation opens among the next few
/// `words`, before any of them ends a sentence: the words after a
/// speech tag that introduces what follows (`remarked, “Today ...`,
/// `continued: "[a]nd ...`).
fn opens_quotation<'a>(words: impl Iterator<Item = &'a str>) -> bool {
    for w in words.take(6) {
        if w.starts_with(is_quote)
            && w.chars()
                .nth(1)
                .is_some_and(|c| c.is_alphanumeric() || c == '[')
        {
            return true;
        }
        if w.ends_with(['.', '!', '?']) {
            return false;
        }
    }
    false
}

/// The length of a reference mark at the start of `s`: `[7]`, `[1 - 3]`,
/// `[citation needed]`.
fn citation_len(s: &str) -> Option<usize> {
    let inner = s.strip_prefix('[')?;
    let close = inner.get(..48.min(inner.len()))?.find(']')?;
    let body = &inner[..close];
    let numbers = body.chars().any(|c| c.is_ascii_digit())
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | ',' | '-' | '–'));
    let note = body.contains(' ')
        && body.chars().all(|c| c.is_lowercase() || c == ' ');
    (numbers || note).then_some(close + 2)
}

/// The length of a footnote number at `n`: one to three digits, then a
/// space and a capitalized word.
fn footnote_at(text: &str, n: usize, limit: usize) -> Option<usize> {
    let rest = text.as_bytes().get(n..limit)?;
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    if !(1..=3).contains(&digits) || rest.get(digits) != Some(&b' ') {
        return None;
    }
    char_at(text, n + digits + 1)
        .is_some_and(char::is_uppercase)
        .then_some(digits)
}

/// Returns true if and only if `word` starts in lower case but has a
/// capital inside (`eHow`, `iPhone`): a name, which may open a sentence.
fn is_camel_case(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_lowercase)
        && chars.any(char::is_uppercase)
}

/// Returns true if and only if a credit (`Image: ...`, `(credit: ...)`)
/// starts at `n`.
fn starts_credit(text: &str, lex: &Lexicons, n: usize) -> bool {
    let rest = &text[n..];
    let rest = rest.strip_prefix('(').unwrap_or(rest);
    crate::layout::has_credit_prefix(rest, lex)
}

/// Returns true if and only if `s` is nothing but bracketed citations:
/// `(Xinhua)`, `(Idil News) (VOA)`.
fn only_citations(s: &str) -> bool {
    let mut rest = s.trim();
    if rest.is_empty() || rest.len() > 200 {
        return false;
    }
    while let Some(r) = rest.strip_prefix('(') {
        let Some(close) = r.find(')') else { return false };
        if r[..close].contains(['.', '!', '?', '(']) {
            return false;
        }
        rest = r[close + 1..].trim_start();
    }
    rest.is_empty()
}

/// The word that ends at `i`: letters, digits and inner stops, so
/// `U.S`, `a.m`, `$100.00` or `Jane.Doe@example.com`.
fn word_before(text: &str, i: usize) -> &str {
    // No abbreviation or initialism is longer than this; looking further
    // back would make a long run of `a.a.a.` quadratic.
    let mut from = i.saturating_sub(MAX_WORD);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let head = &text[from..i];
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || is_opener(c) || c == '/')
        .map_or(0, |(p, c)| p + c.len_utf8());
    let word = &head[start..];
    word.trim_start_matches(|c: char| !c.is_alphanumeric())
}

/// The longest word the rules look at, in bytes.
const MAX_WORD: usize = 64;

/// Moves back from `i` over whitespace.
fn skip_space_back(text: &str, i: usize) -> usize {
    text[..i].trim_end().len()
}

/// The word that starts at `n`, without punctuation around it.
fn word_at(text: &str, n: usize) -> &str {
    let rest = &text[n..];
    let rest = rest.trim_start_matches(|c: char| !c.is_alphanumeric());
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .unwrap_or(rest.len());
    &rest[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let lex = Lexicons::new();
        let mut out = Vec::new();
        let lower = LowerCase::new();
        split(text, Span::new(0, text.len()), &lex, &lower, &mut out);
        out.iter().map(|&s| &text[s]).collect()
    }

    #[test]
    fn a_number_after_no_is_no_footnote() {
        assert_eq!(
            sentences("He lives at No. 10 Downing Street. It rained."),
            ["He lives at No. 10 Downing Street.", "It rained."]
        );
        assert_eq!(
            sentences("It was Vol. 5 Issue 2."),
            ["It was Vol. 5 Issue 2."]
        );
        // After a plain word's stop, it is one.
        assert_eq!(
            sentences("It cost a fee. 8 Yet some paid."),
            ["It cost a fee. 8", "Yet some paid."]
        );
    }

    #[test]
    fn long_sentences_are_cut() {
        fn cut(text: &str) -> Vec<&str> {
            let got = sentences(text);
            for s in &got {
                assert!(s.len() <= MAX_SENTENCE, "{}", s.len());
            }
            let words = got.iter().map(|s| s.split_whitespace().count());
            assert_eq!(words.sum::<usize>(), text.split_whitespace().count());
            got
        }
        // After the last stop before the limit; else after a semicolon;
        // else between words.
        let text = "he said approx. ".repeat(300);
        let got = cut(&text);
        assert_eq!(got.len(), 3);
        assert!(got.iter().all(|s| s.ends_with("approx.")));
        let text = "a ".repeat(600) + "the end; " + &"a ".repeat(600);
        let got = cut(&text);
        assert_eq!(got.len(), 2);
        assert!(got[0].ends_with("the end;"));
        let text = "a ".repeat(2000);
        let got = cut(&text);
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn writers_in_lower_case() {
        assert_eq!(
            sentences("the minister spoke. he said taxes rise! she left."),
            ["the minister spoke.", "he said taxes rise!", "she left."]
        );
        // Abbreviations are no evidence, and stay inside the sentence.
        assert_eq!(
            sentences("prices rose approx. five percent. they fell e.g. today. it rained."),
            ["prices rose approx. five percent.", "they fell e.g. today.", "it rained."]
        );
        // One word in lower case after a stop, among capitals, goes on.
        assert_eq!(
            sentences(
                "He arrived. then he left. The meeting began. It ended."
            ),
            ["He arrived. then he left.", "The meeting began.", "It ended."]
        );
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("Hello World. My name is Jonas.", &["Hello World.", "My name is Jonas."]),
            ("My name is Jonas E. Smith.", &["My name is Jonas E. Smith."]),
            ("Please turn to p. 55.", &["Please turn to p. 55."]),
            ("I work for the U.S. Government in Virginia.", &["I work for the U.S. Government in Virginia."]),
            ("I live in the U.S. How about you?", &["I live in the U.S.", "How about you?"]),
            ("She has $100.00. It is in her bag.", &["She has $100.00.", "It is in her bag."]),
            ("He said “Yes.” Rutte clarified.", &["He said “Yes.” Rutte clarified."]),
            ("“I’m not talking seriously wounded. Killed.” Rutte clarified.", &["“I’m not talking seriously wounded.", "Killed.” Rutte clarified."]),
            // A tag that opens a quotation of its own starts a sentence.
            ("He tweeted “We are with them.” Duda remarked, “Today I am.”", &["He tweeted “We are with them.”", "Duda remarked, “Today I am.”"]),
            ("She said “No.” He continued: \"[a]nd never.\"", &["She said “No.”", "He continued: \"[a]nd never.\""]),
            ("Syria. (Xinhua)", &["Syria. (Xinhua)"]),
            ("It rose 2.5%. Then it fell.", &["It rose 2.5%.", "Then it fell."]),
            ("Hello world.Today is Tuesday.", &["Hello world.", "Today is Tuesday."]),
            ("Her email is Jane.Doe@example.com. I sent her an email.", &["Her email is Jane.Doe@example.com.", "I sent her an email."]),
            ("你好。我很好。", &["你好。", "我很好。"]),
            // An initial after a title; a time zone after a time.
            ("Foreign minister S. Jaishankar spoke.", &["Foreign minister S. Jaishankar spoke."]),
            ("He met the president. B. Smith came.", &["He met the president.", "B. Smith came."]),
            ("It hit at 5:30 a.m. EST, officials said.", &["It hit at 5:30 a.m. EST, officials said."]),
            ("He woke at 5 a.m. NATO then called.", &["He woke at 5 a.m.", "NATO then called."]),
            ("It names him as official A. The agency declined.", &["It names him as official A.", "The agency declined."]),
            ("It began at 10 p.m. CAT scans showed nothing.", &["It began at 10 p.m.", "CAT scans showed nothing."]),
        ];
        for (text, want) in cases {
            assert_eq!(&sentences(text), want, "{text}");
        }
    }
}
