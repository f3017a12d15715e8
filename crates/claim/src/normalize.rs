//! Normalized sentence text: what claim ids and fingerprints hash.

use std::sync::OnceLock;

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
}
