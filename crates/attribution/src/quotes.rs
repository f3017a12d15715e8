//! Quotations: where they open and close in the article.

use factmark_core::Span;

/// Finds the quotations of `text`, marks included, in order.
///
/// Curly quotes pair up; a straight `"` opens when none is open and
/// closes otherwise; `‘...’` counts when the `‘` starts a word and the `’`
/// ends one (so apostrophes are not quotes). A quotation still open at the
/// end of a paragraph ends there: news writing opens each paragraph of a
/// long quotation again and closes only the last.
pub(crate) fn find(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let mut line_end_seen = false;
    let mut prev = ' ';
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map_or(' ', |&(_, n)| n);
        if c == '\n' {
            if let Some((start, _)) = open {
                // A paragraph break (blank line or a new line that opens a
                // quote again) ends an open quotation.
                if line_end_seen || matches!(next, '“' | '"' | '\n' | '\r') {
                    out.push(Span::new(start, text[..i].trim_end().len()));
                    open = None;
                }
            }
            line_end_seen = true;
            prev = c;
            continue;
        }
        if !c.is_whitespace() {
            line_end_seen = false;
        }
        match (c, open) {
            ('“', None) => open = Some((i, '”')),
            ('“', Some(_)) => {
                // Nested or re-opened: keep the outer quotation.
            }
            ('”', Some((start, '”'))) => {
                out.push(Span::new(start, i + c.len_utf8()));
                open = None;
            }
            ('"', None) => open = Some((i, '"')),
            ('"', Some((start, '"'))) => {
                out.push(Span::new(start, i + 1));
                open = None;
            }
            ('‘', None)
                if !prev.is_alphanumeric() && next.is_alphanumeric() =>
            {
                open = Some((i, '’'));
            }
            ('’', Some((start, '’'))) if !next.is_alphanumeric() => {
                out.push(Span::new(start, i + c.len_utf8()));
                open = None;
            }
            _ => {}
        }
        prev = c;
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
    }
}
