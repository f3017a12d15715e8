//! Paragraphs, lines and the blocks of lines that sentences are cut from.
//!
//! Blank lines separate paragraphs. Inside a paragraph, a line break is a
//! hard boundary unless the line is wrapped prose: a line without terminal
//! punctuation continued by the next (`It was a cold\nnight.`), or a
//! paragraph hard-wrapped at a fixed width. Lines that stay apart and have
//! no terminal punctuation are headlines, credits, bylines, datelines or
//! list items.

use factmark_core::{SegmentKind, Span};

use crate::chars::{self, is_bullet, is_closer};
use crate::lexicons::Lexicons;

/// Calls `f` with the lines (trimmed, non-empty) of each paragraph of
/// `text`, in order.
pub(crate) fn for_each_paragraph(text: &str, mut f: impl FnMut(&[Span])) {
    let mut lines: Vec<Span> = Vec::new();
    let mut start = 0;
    let mut newlines = memchr::memchr_iter(b'\n', text.as_bytes());
    while start <= text.len() {
        let end = newlines.next().unwrap_or(text.len());
        let line = Span::new(start, end).trim(text);
        if line.is_empty() {
            if !lines.is_empty() {
                f(&lines);
                lines.clear();
            }
        } else {
            lines.push(line);
        }
        start = end + 1;
    }
    if !lines.is_empty() {
        f(&lines);
    }
}

/// Groups a paragraph's lines into blocks: runs of lines that read as one
/// stretch of prose. Returns the spans of the blocks.
pub(crate) fn blocks(text: &str, lines: &[Span], out: &mut Vec<Span>) {
    let n = lines.len();
    if n == 1 {
        out.push(lines[0]);
        return;
    }
    let terminal: Vec<bool> =
        lines.iter().map(|&l| ends_terminal(&text[l])).collect();
    // later_terminal[i]: some line from i on ends a sentence.
    let mut later_terminal = vec![false; n + 1];
    for i in (0..n).rev() {
        later_terminal[i] = terminal[i] || later_terminal[i + 1];
    }
    let wrapped = is_hard_wrapped(lines, &terminal);
    let mut start = lines[0].start;
    for i in 0..n - 1 {
        let next = &text[lines[i + 1]];
        let line = &text[lines[i]];
        let joins = list_marker(next).is_none()
            && (wrapped
                || (!terminal[i]
                    && later_terminal[i + 1]
                    && (starts_lowercase(next)
                        || line.ends_with([',', ';']))));
        if !joins {
            out.push(Span::new(start, lines[i].end));
            start = lines[i + 1].start;
        }
    }
    out.push(Span::new(start, lines[n - 1].end));
}

/// Returns true if and only if a paragraph looks hard-wrapped at a fixed
/// width: every line but the last is long and close to the widest, and
/// most of them stop mid-sentence.
fn is_hard_wrapped(lines: &[Span], terminal: &[bool]) -> bool {
    let body = &lines[..lines.len() - 1];
    // Bytes, not characters: close enough to judge a wrap width.
    let width = |s: Span| s.len();
    let widest = body.iter().map(|&s| width(s)).max().unwrap_or(0);
    if !(40..=100).contains(&widest) {
        return false;
    }
    let open = terminal[..body.len()].iter().filter(|&&t| !t).count();
    body.iter().all(|&s| width(s) * 10 >= widest * 6) && open * 2 >= body.len()
}

fn starts_lowercase(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

/// Returns true if and only if `s` ends like a sentence: with terminal
/// punctuation, perhaps inside closing quotes or brackets, perhaps
/// followed by source citations in brackets (`... Syria. (Xinhua)`).
pub(crate) fn ends_terminal(s: &str) -> bool {
    let s = strip_citations(s);
    let s = s.trim_end_matches(is_closer);
    match s.chars().next_back() {
        Some('.' | '!' | '?' | '…' | ':' | ';') => true,
        Some(c) => chars::is_unicode_terminator(c),
        None => false,
    }
}

/// Removes bracketed citations after a sentence's end: `Syria. (Xinhua)`
/// becomes `Syria.`. A trailing bracket not preceded by terminal
/// punctuation is part of the text and stays.
pub(crate) fn strip_citations(s: &str) -> &str {
    let mut rest = s.trim_end();
    while rest.ends_with(')') {
        let Some(open) = rest.rfind('(') else { break };
        let before = rest[..open].trim_end();
        let inner = &rest[open + 1..rest.len() - 1];
        if inner.contains(['.', '!', '?']) && !inner.ends_with('.') {
            break;
        }
        let ends = before.ends_with(['.', '!', '?', ')'])
            || before.ends_with(is_closer);
        if !ends || before.is_empty() {
            break;
        }
        rest = before;
    }
    rest
}

/// Decides what a segment without terminal punctuation is.
pub(crate) fn line_kind(text: &str, lex: &Lexicons) -> SegmentKind {
    if list_marker(text).is_some() {
        SegmentKind::List
    } else if is_byline(text) {
        SegmentKind::Byline
    } else if is_credit(text, lex) {
        SegmentKind::Credit
    } else if is_dateline(text, lex) {
        SegmentKind::Dateline
    } else {
        SegmentKind::Heading
    }
}

/// Returns true if and only if `text` opens with a credit word (`Image:`,
/// `Photo:`): such sentences are credits even when they end in a stop.
pub(crate) fn has_credit_prefix(text: &str, lex: &Lexicons) -> bool {
    // The first 24 bytes, cut back to a character boundary: never the
    // whole rest of the text, which made long texts quadratic.
    let mut cut = 24.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &text[..cut];
    let Some(colon) = head.find(':') else { return false };
    let prefix = &text[..=colon];
    if prefix.is_ascii() {
        return lex
            .credits
            .iter()
            .any(|c| c.ends_with(':') && c.eq_ignore_ascii_case(prefix));
    }
    let prefix = prefix.to_lowercase();
    lex.credits.iter().any(|c| c.ends_with(':') && *c == prefix)
}

/// Returns true if and only if `text` is a photo credit: a credit word
/// first, `Name/Agency/Getty Images`, or a short line ending in an agency.
fn is_credit(text: &str, lex: &Lexicons) -> bool {
    if has_credit_prefix(text, lex) {
        return true;
    }
    if text.len() > 160 {
        return false;
    }
    let words = text.split_whitespace().count();
    let slashes = text.contains(['/', '|']);
    if words > 12 || (words > 6 && !slashes) {
        return false;
    }
    // Agencies are short: compare only the end of the line.
    let trimmed = text.trim_end_matches('.');
    let mut cut = trimmed.len().saturating_sub(40);
    while !trimmed.is_char_boundary(cut) {
        cut += 1;
    }
    let lower = trimmed[cut..].to_lowercase();
    // The last byte first: it rules out nearly every word of the list.
    let last = lower.as_bytes().last().copied();
    let agency = lex.credits.iter().any(|c| {
        c.as_bytes().last().copied() == last
            && !c.ends_with(':')
            && lower.ends_with(c.as_str())
            && (lower.len() == c.len() && cut == 0
                || lower[..lower.len() - c.len()]
                    .ends_with([' ', '/', '(', '|']))
    });
    if agency {
        return true;
    }
    // Name/Agency/Agency: two or more parts, each one to four
    // capitalized words.
    if !text.contains('/') {
        return false;
    }
    let parts: Vec<&str> = text.split('/').map(str::trim).collect();
    parts.len() >= 2
        && parts.iter().all(|p| {
            let n = p.split_whitespace().count();
            (1..=4).contains(&n)
                && p.split_whitespace().all(|w| {
                    w.chars().next().is_some_and(|c| c.is_uppercase())
                })
        })
}

/// Returns true if and only if `text` is an author line: `By` and a short
/// run of capitalized names.
fn is_byline(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("By ").or(text.strip_prefix("BY "))
    else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 10
        && words[0].chars().next().is_some_and(char::is_uppercase)
}

/// Returns true if and only if every word of `text` is a weekday, a month,
/// a number or a time word: `Tuesday, September 22, 2015`.
fn is_dateline(text: &str, lex: &Lexicons) -> bool {
    let mut calendar = false;
    let all = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            if lex.is_calendar_word(w) {
                calendar = true;
                true
            } else {
                w.is_empty()
                    || w.bytes().all(|b| b.is_ascii_digit())
                    || [
                        "am",
                        "pm",
                        "a.m",
                        "p.m",
                        "gmt",
                        "utc",
                        "et",
                        "edt",
                        "est",
                        "bst",
                        "cet",
                        "updated",
                        "published",
                        "st",
                        "nd",
                        "rd",
                        "th",
                    ]
                    .iter()
                    .any(|t| w.eq_ignore_ascii_case(t))
            }
        });
    all && calendar
}

/// How a list item is marked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MarkerStyle {
    /// A bullet character, perhaps followed by a number.
    Bullet(char),
    /// A number and the punctuation after it: `1.`, `1)`, `1.)`.
    Number(&'static str),
    /// A lower-case letter and the punctuation after it: `a.`, `a)`.
    Letter(&'static str),
}

/// A list marker at the start of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Marker {
    /// Bytes the marker takes (without the space after it).
    pub(crate) len: usize,
    pub(crate) style: MarkerStyle,
    /// The item's number (1 for `a`), 0 for bullets.
    pub(crate) value: u32,
}

/// Returns the list marker `s` starts with, if any.
pub(crate) fn list_marker(s: &str) -> Option<Marker> {
    let first = s.chars().next()?;
    if is_bullet(first) {
        // "• 9. The first item": the number belongs to the bullet.
        let mut len = first.len_utf8();
        let rest = &s[len..];
        let gap = rest.len() - rest.trim_start_matches(' ').len();
        if let Some(m) = list_marker(&rest[gap..])
            .filter(|m| matches!(m.style, MarkerStyle::Number(_)))
        {
            len += gap + m.len;
        }
        return Some(Marker {
            len,
            style: MarkerStyle::Bullet(first),
            value: 0,
        });
    }
    if matches!(first, '-' | '*') && s[1..].starts_with(' ') {
        return Some(Marker {
            len: 1,
            style: MarkerStyle::Bullet(first),
            value: 0,
        });
    }
    let digits = s.bytes().take(4).take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let value: u32 = s[..digits].parse().ok()?;
        for suffix in [".)", ")", "."] {
            let rest = &s[digits..];
            if let Some(after) = rest.strip_prefix(suffix) {
                let next = after.chars().next();
                // "1. The" is an item; "1.5" and "1.The" are not.
                if after.starts_with(' ')
                    && (suffix != "."
                        || after[1..]
                            .chars()
                            .next()
                            .is_some_and(|c| !c.is_lowercase()))
                    || (suffix != "." && next.is_none())
                {
                    return Some(Marker {
                        len: digits + suffix.len(),
                        style: MarkerStyle::Number(suffix),
                        value,
                    });
                }
            }
        }
        return None;
    }
    let b = s.as_bytes();
    if b.len() >= 4 && b[0].is_ascii_lowercase() {
        for suffix in [".", ")"] {
            if s[1..].starts_with(suffix)
                && b[1 + suffix.len()] == b' '
                && char_is_upper(&s[2 + suffix.len()..])
            {
                return Some(Marker {
                    len: 1 + suffix.len(),
                    style: MarkerStyle::Letter(suffix),
                    value: u32::from(b[0] - b'a' + 1),
                });
            }
        }
    }
    None
}

fn char_is_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Where a block must be cut whatever its punctuation: before each item
/// of a list written on one line, before a credit (`... Captain America
/// Image: Nick Moreau.`), and around a dateline run into the text
/// (`... Magicians Wednesday, October 9, 2013`).
pub(crate) fn forced_splits(
    text: &str,
    block: Span,
    lex: &Lexicons,
) -> Vec<usize> {
    let mut out = inline_items(text, block);
    let s = &text[block];
    // Credits: a credit word and its colon, after a space or a bracket.
    for colon in memchr::memchr_iter(b':', s.as_bytes()) {
        // Credit words are short: look back a few bytes only.
        let mut from = colon.saturating_sub(24);
        while !s.is_char_boundary(from) {
            from += 1;
        }
        let head = &s[..colon];
        let word_start = from
            + after_last(&head[from..], |c: char| {
                c.is_whitespace() || c == '('
            });
        if word_start == 0 || (word_start == from && from > 0) {
            continue;
        }
        let mut start = word_start;
        if head[..start].ends_with('(') {
            start -= 1;
        }
        let before = s[..start].trim_end();
        // After a stop the sentence splitter decides.
        if before.is_empty() || ends_terminal(before) {
            continue;
        }
        let candidate = &s[word_start..];
        if has_credit_prefix(candidate, lex) {
            out.push(block.start + start);
        }
    }
    // Datelines: "Weekday, Month D, YYYY" inside a block.
    let mut from = 0;
    while let Some((at, len)) = find_date(s, from, lex) {
        let before = s[..at].trim_end();
        if !before.is_empty() && !ends_terminal(before) {
            out.push(block.start + at);
        }
        let after = at + len;
        if !s[after..].trim().is_empty() {
            let next = s[after..].trim_start();
            if next.starts_with(char::is_uppercase) {
                out.push(block.start + s.len() - next.len());
            }
        }
        from = after;
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Where the last character of `s` matching `pred` ends (0 if none).
fn after_last(s: &str, pred: impl Fn(char) -> bool) -> usize {
    s.char_indices()
        .rev()
        .find(|&(_, c)| pred(c))
        .map_or(0, |(p, c)| p + c.len_utf8())
}

/// Finds a full date written with its weekday (`Tuesday, September 22,
/// 2015`) in `s` from byte `from`: its start and length.
fn find_date(s: &str, from: usize, lex: &Lexicons) -> Option<(usize, usize)> {
    let bytes = s.as_bytes();
    // Every weekday ends in "day" and is followed by a comma: look only
    // there.
    for comma in memchr::memchr_iter(b',', &bytes[from..]).map(|p| from + p) {
        if comma < 3
            || !bytes[comma - 3..comma].eq_ignore_ascii_case(b"day")
            || bytes.get(comma + 1) != Some(&b' ')
        {
            continue;
        }
        // Weekday names are short: look back a few bytes only.
        let mut from = comma.saturating_sub(12);
        while !s.is_char_boundary(from) {
            from += 1;
        }
        let start =
            from + after_last(&s[from..comma], |c: char| !c.is_alphabetic());
        let weekday = &s[start..comma];
        if !lex.is_calendar_word(weekday) {
            continue;
        }
        // Month, day, comma, year.
        let rest = &s[comma + 2..];
        let mut words = rest.splitn(3, ' ');
        let (Some(month), Some(day), Some(tail)) =
            (words.next(), words.next(), words.next())
        else {
            continue;
        };
        let day_ok = day.strip_suffix(',').is_some_and(|d| {
            (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit())
        });
        let year_len = tail.bytes().take_while(u8::is_ascii_digit).count();
        if lex.is_calendar_word(month) && day_ok && year_len == 4 {
            let end = comma + 2 + month.len() + 1 + day.len() + 1 + year_len;
            return Some((start, end - start));
        }
    }
    None
}

/// Finds the items of a list written on one line (`1) A 2) B`, `• A • B`)
/// and returns where each item after the first starts.
pub(crate) fn inline_items(text: &str, block: Span) -> Vec<usize> {
    let s = &text[block];
    let mut starts = Vec::new();
    let Some(first) = list_marker(s) else { return starts };
    let mut at = first.len;
    let mut value = first.value;
    loop {
        let found = match first.style {
            MarkerStyle::Bullet(c) => {
                // A bullet directly after a bullet marker ("• 9.") is the
                // number of the item, not a new one.
                s[at..]
                    .match_indices(c)
                    .map(|(i, _)| at + i)
                    .find(|&i| s[..i].ends_with(char::is_whitespace))
            }
            MarkerStyle::Number(suffix) => {
                value += 1;
                let needle = format!(" {value}{suffix}");
                s[at..].find(&needle).map(|i| at + i + 1).filter(|&i| {
                    list_marker(&s[i..]).is_some_and(|m| m.value == value)
                })
            }
            MarkerStyle::Letter(suffix) => {
                value += 1;
                if value > 26 {
                    None
                } else {
                    let letter = char::from(b'a' + value as u8 - 1);
                    let needle = format!(" {letter}{suffix} ");
                    s[at..].find(&needle).map(|i| at + i + 1)
                }
            }
        };
        match found {
            Some(i) => {
                starts.push(block.start + i);
                at = i + s[i..].chars().next().map_or(1, char::len_utf8);
            }
            None => return starts,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraphs(text: &str) -> Vec<Vec<&str>> {
        let mut out = Vec::new();
        for_each_paragraph(text, |lines| {
            out.push(lines.iter().map(|&l| &text[l]).collect())
        });
        out
    }

    #[test]
    fn blank_lines_separate_paragraphs() {
        let text = "Title\n\n  One.\r\nTwo. \n \n\nThree.";
        assert_eq!(
            paragraphs(text),
            [vec!["Title"], vec!["One.", "Two."], vec!["Three."]]
        );
    }

    fn blocks_of(text: &str) -> Vec<&str> {
        let mut spans = Vec::new();
        for_each_paragraph(text, |lines| blocks(text, lines, &mut spans));
        spans.iter().map(|&s| &text[s]).collect()
    }

    #[test]
    fn wrapped_lines_join() {
        assert_eq!(
            blocks_of("This is a sentence\ncut off because pdf."),
            ["This is a sentence\ncut off because pdf."]
        );
        assert_eq!(
            blocks_of("features\ncontact manager\nevents, activities\n"),
            ["features", "contact manager", "events, activities"]
        );
        assert_eq!(
            blocks_of("Marharyta Fal/Frontliner/Getty Images\nRussia said."),
            ["Marharyta Fal/Frontliner/Getty Images", "Russia said."]
        );
        let wrapped = "The ministry said on Tuesday that more than 1.1\n\
                       million soldiers had been killed or wounded since\n\
                       the invasion began.";
        assert_eq!(blocks_of(wrapped), [wrapped]);
    }

    #[test]
    fn citations_after_the_stop() {
        assert!(ends_terminal("Syria. (Xinhua)"));
        assert!(ends_terminal("Somalia. (Idil News) (VOA)"));
        assert!(ends_terminal("“It is.”"));
        assert!(!ends_terminal("Israeli invasion of Syria (2024)"));
        assert!(!ends_terminal("Syrian civil war"));
    }

    #[test]
    fn kinds_of_lines() {
        let lex = Lexicons::new();
        let kind = |s| line_kind(s, &lex);
        assert_eq!(
            kind("Marharyta Fal/Frontliner/Getty Images"),
            SegmentKind::Credit
        );
        assert_eq!(kind("Photo: Jane Doe/AP"), SegmentKind::Credit);
        assert_eq!(kind("By Jane Doe, Reuters"), SegmentKind::Byline);
        assert_eq!(kind("Tuesday, September 22, 2015"), SegmentKind::Dateline);
        assert_eq!(kind("• The first item"), SegmentKind::List);
        assert_eq!(
            kind("Texas student Ahmed Mohamed inspires social movement"),
            SegmentKind::Heading
        );
        assert_eq!(kind("Russia/Ukraine war latest"), SegmentKind::Heading);
    }

    #[test]
    fn markers() {
        assert_eq!(list_marker("1.) A").map(|m| m.len), Some(3));
        assert_eq!(list_marker("12) A").map(|m| m.value), Some(12));
        assert_eq!(list_marker("1. The").map(|m| m.len), Some(2));
        assert_eq!(list_marker("1.5 million"), None);
        assert_eq!(list_marker("2024 was"), None);
        assert_eq!(list_marker("a. The").map(|m| m.value), Some(1));
        assert_eq!(list_marker("a man"), None);
        assert_eq!(list_marker("- item").map(|m| m.len), Some(1));
        assert_eq!(list_marker("-5 degrees"), None);
    }

    #[test]
    fn items_on_one_line() {
        let text = "1.) The first item 2.) The second item";
        let starts = inline_items(text, Span::new(0, text.len()));
        assert_eq!(starts, [19]);
        let text = "• 9. The first item • 10. The second item";
        let starts = inline_items(text, Span::new(0, text.len()));
        assert_eq!(&text[starts[0]..], "• 10. The second item");
        let text = "a. The first b. The second c. The third";
        assert_eq!(inline_items(text, Span::new(0, text.len())).len(), 2);
    }
}
