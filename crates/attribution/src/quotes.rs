//! Quotations: where they open and close in the article.

use factmark_core::Span;

/// Finds the quotations of `text`, marks included, in order.
///
/// Curly quotes pair up; a straight `"` opens when none is open and
/// closes otherwise (a curly `“` too, written against the word before
/// it); `‘...’` counts when the `‘` starts a word and the `’`
/// ends one (so apostrophes are not quotes). A quotation still open at the
/// end of a paragraph ends there: news writing opens each paragraph of a
/// long quotation again and closes only the last.
pub(crate) fn find(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // The open quotation: where it starts and the byte of its closing
    // mark ('"', or the last byte of '”' or '’').
    let mut open: Option<(usize, u8)> = None;
    let mut line_start = 0;
    let char_before = |i: usize| text[..i].chars().next_back().unwrap_or(' ');
    let char_after = |i: usize| text[i..].chars().next().unwrap_or(' ');
    // Only three bytes matter: '"', the newline, and 0xE2, which starts
    // every curly quotation mark.
    for i in memchr::memchr3_iter(b'"', b'\n', 0xE2, bytes) {
        match bytes[i] {
            b'\n' => {
                if let Some((start, _)) = open {
                    // A paragraph break (a blank line, or a new line that
                    // opens a quotation again) ends an open quotation.
                    let blank = text[line_start..i].trim().is_empty();
                    let next = char_after(i + 1);
                    if blank || matches!(next, '“' | '"' | '\n' | '\r') {
                        out.push(Span::new(start, text[..i].trim_end().len()));
                        open = None;
                    }
                }
                line_start = i + 1;
            }
            b'"' => match open {
                None => open = Some((i, b'"')),
                Some((start, b'"')) => {
                    out.push(Span::new(start, i + 1));
                    open = None;
                }
                // “...": a straight mark closing a curly one, where a
                // closing mark stands (against the word before it).
                Some((start, 0x9D))
                    if !char_before(i).is_whitespace()
                        && !char_after(i + 1).is_alphanumeric() =>
                {
                    out.push(Span::new(start, i + 1));
                    open = None;
                }
                Some(_) => {}
            },
            _ => {
                let (Some(&0x80), Some(&mark)) =
                    (bytes.get(i + 1), bytes.get(i + 2))
                else {
                    continue;
                };
                match (mark, open) {
                    // “
                    (0x9C, None) => open = Some((i, 0x9D)),
                    // ”
                    (0x9D, Some((start, 0x9D))) => {
                        out.push(Span::new(start, i + 3));
                        open = None;
                    }
                    // ‘ opening a word
                    (0x98, None)
                        if !char_before(i).is_alphanumeric()
                            && char_after(i + 3).is_alphanumeric() =>
                    {
                        open = Some((i, 0x99));
                    }
                    // ’ ending a word (not an apostrophe inside one)
                    (0x99, Some((start, 0x99)))
                        if !char_after(i + 3).is_alphanumeric() =>
                    {
                        out.push(Span::new(start, i + 3));
                        open = None;
                    }
                    _ => {}
                }
            }
        }
    }
    if let Some((start, _)) = open {
        out.push(Span::new(start, text.trim_end().len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<&str> {
        find(text).iter().map(|&s| &text[s]).collect()
    }

    #[test]
    fn table() {
        assert_eq!(
            quotes("“I’m not. Killed.” Rutte said. \"Yes,\" he said."),
            ["“I’m not. Killed.”", "\"Yes,\""]
        );
        assert_eq!(
            quotes("the carnage ‘unsustainable’ for Moscow’s army"),
            ["‘unsustainable’"]
        );
        assert_eq!(
            quotes("“First paragraph.\n“Second one.”"),
            ["“First paragraph.", "“Second one.”"]
        );
        assert_eq!(quotes("“Never closed"), ["“Never closed"]);
        // A straight mark closes a curly one where a closing mark stands.
        assert_eq!(
            quotes("“ships still transit\" it said. A group reports \"5\"."),
            ["“ships still transit\"", "\"5\""]
        );
        assert_eq!(quotes("“He said \"no"), ["“He said \"no"]);
    }
}
