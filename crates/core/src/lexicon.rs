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
        let (key, value) = match line.split_once(" = ") {
            Some((k, v)) => (k.trim(), Some(v.trim())),
            None => (line, None),
        };
        Some(Entry { line: i + 1, key, value })
    })
}

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
    let mut buf = [0u8; 32];
    if word.is_ascii() && word.len() <= buf.len() {
        let buf = &mut buf[..word.len()];
        buf.copy_from_slice(word.as_bytes());
        buf.make_ascii_lowercase();
        // ASCII in, ASCII out.
        f(std::str::from_utf8(buf).expect("ASCII is UTF-8"))
    } else {
        f(&word.to_lowercase())
    }
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
