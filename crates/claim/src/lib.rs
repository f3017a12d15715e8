//! Picks the sentences of an article worth checking, gives each a stable
//! id, and flags the ones a fact-checker should look at first.
//!
//! A claim is a body sentence that carries a checkable quantity (not a
//! year, date or ordinal), an attribution, or a comparison or evidence
//! with no source (see the flags below). Its id is stable across runs
//! and across edits elsewhere in the article: a hash of the article id
//! and the sentence's [`normalize`]d text, with `-2`, `-3`, ... when the
//! same sentence repeats, starting with a letter (`c-3f9a…`) so that no
//! spreadsheet reads it as a number.
//!
//! Flags ([`Flag`]):
//!
//! - `unattributed-quantity`: a figure no source stands behind, either
//!   because nothing attributes it, only an agentless passive does (`is
//!   believed to`), or it is an estimate nobody is named for (`an
//!   estimated 15,000`);
//! - `vague-source`: the source is unnamed or collective (`analysts
//!   believe`, `US and Ukrainian assessments`), or the sentence leans on
//!   evidence nobody is named for (`Western estimates paint a grim
//!   picture`);
//! - `hedged-cue`: the cue reports a belief or estimate (`suggested`);
//! - `vague-quantity`: the figure is a vague magnitude (`thousands`);
//! - `unattributed-comparison`: the sentence compares or sizes something
//!   with no figure and no source behind it (`a much larger pool than
//!   Ukraine does`, `figures similar to its casualty rate`, `losses
//!   remain high`).
//!
//! # Example
//!
//! ```
//! use factmark_claim::{claim_id, is_claim_id_of};
//!
//! let id = claim_id("seed", "He said that 20,000 troops died.", 1);
//! assert!(id.starts_with("c-"));
//! // Quote, dash, case and space variants do not change the id.
//! assert_eq!(id, claim_id("seed", "he said  that 20,000 troops died.", 1));
//! assert!(is_claim_id_of(&id, "seed", "He said that 20,000 troops died."));
//! assert_ne!(id, claim_id("seed", "He said that 25,000 troops died.", 1));
//! ```

#![deny(missing_docs)]

mod assertion;
mod normalize;

use std::hash::Hasher;

use factmark_core::lexicon::{FnvHasher, Map};
use factmark_core::words::{WordFinder, WordMatch};

pub use factmark_core::Flag;
use factmark_core::{
    Attribution, AttributionKind, Bound, Claim, Quantity, QuantityKind,
    Sentence, Span, HEX_DIGITS,
};

pub use crate::normalize::normalize;

/// 64-bit FNV-1a ([`FnvHasher`]: small, fast and stable across platforms
/// and releases, which is all an id needs; it is not a security
/// boundary) of `parts`, each followed by a 0xff byte so that ("ab", "c")
/// and ("a", "bc") differ.
fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut h = FnvHasher::default();
    for part in parts {
        h.write(part);
        h.write(&[0xff]);
    }
    h.finish()
}

/// Returns the id of the `occurrence`-th (1-based) occurrence of
/// `sentence` in the article `article_id`.
pub fn claim_id(
    article_id: &str,
    sentence: &str,
    occurrence: usize,
) -> String {
    id_of_normalized(article_id, &normalize(sentence), occurrence)
}

/// [`claim_id`] of a sentence already [`normalize`]d.
fn id_of_normalized(
    article_id: &str,
    norm: &str,
    occurrence: usize,
) -> String {
    id_of_hash(hash_of_normalized(article_id, norm), occurrence)
}

/// The hash a claim id is made of.
fn hash_of_normalized(article_id: &str, norm: &str) -> u64 {
    fnv1a(&[article_id.as_bytes(), norm.as_bytes()])
}

/// [`hash_of_normalized`] of `sentence` normalized, hashed as it is
/// normalized where it can be, else through `buf`.
fn hash_of_sentence(
    article_id: &str,
    sentence: &str,
    buf: &mut String,
) -> u64 {
    let mut h = FnvHasher::default();
    h.write(article_id.as_bytes());
    h.write(&[0xff]);
    normalize::hash_into(sentence, &mut h, buf);
    h.write(&[0xff]);
    h.finish()
}

/// The id of the `occurrence`-th sentence whose id hash is `h`: its top
/// 48 bits in hex, and the occurrence after the first.
fn id_of_hash(h: u64, occurrence: usize) -> String {
    // Written by hand: `format!` cost more than hashing the sentence.
    let top = h >> 16;
    let mut id = String::with_capacity(20);
    id.push_str("c-");
    for k in (0..12).rev() {
        id.push(char::from(HEX_DIGITS[((top >> (4 * k)) & 0xf) as usize]));
    }
    if occurrence > 1 {
        id.push('-');
        id.push_str(&occurrence.to_string());
    }
    id
}

/// Returns true if and only if `id` is the claim id of `sentence` in the
/// article `article_id` (for any occurrence): false when the claim text
/// was edited by hand after the id was made.
pub fn is_claim_id_of(id: &str, article_id: &str, sentence: &str) -> bool {
    let occurrence = match id.rsplit_once('-') {
        Some((head, n)) if head.len() > 2 && head.contains('-') => {
            n.parse().unwrap_or(1)
        }
        _ => 1,
    };
    claim_id(article_id, sentence, occurrence) == id
}

/// Returns a fingerprint of `sentence` alone, the same in every article
/// that carries the sentence: how one claim is recognised across
/// articles.
pub fn fingerprint(sentence: &str) -> String {
    format!("{:016x}", fnv1a(&[normalize(sentence).as_bytes()]))
}

/// Picks the claims of an article from its annotations, in sentence
/// order.
pub fn claims(
    article_id: &str,
    text: &str,
    sentences: &[Sentence],
    quantities: &[Quantity],
    attributions: &[Attribution],
) -> Vec<Claim> {
    let mut found = Vec::new();
    finder().find_all(text, &mut found);
    claims_with(article_id, text, sentences, quantities, attributions, &found)
}

/// The finder of the words a comparison, magnitude or evidence without
/// a source may turn on.
pub fn finder() -> &'static WordFinder {
    assertion::finder()
}

/// [`claims`], given what [`finder`] finds in `text` (every hit, in text
/// order): how a caller that runs several stages' finders in one pass
/// ([`MultiFinder`](factmark_core::words::MultiFinder)) spares this
/// stage its own.
pub fn claims_with(
    article_id: &str,
    text: &str,
    sentences: &[Sentence],
    quantities: &[Quantity],
    attributions: &[Attribution],
    found: &[WordMatch],
) -> Vec<Claim> {
    // Occurrences by the hash the id is made of: sentences that normalize
    // alike, or (rarely) hash alike, get ids apart by their count.
    let mut seen: Map<u64, usize> = Map::default();
    let mut norm = String::new();
    let mut out = Vec::new();
    let mut figures = Vec::new();
    let candidates = assertion::Candidates::of(text, found);
    let grouped =
        factmark_core::by_sentence(sentences, quantities, attributions);
    for (i, (sentence, here)) in sentences.iter().zip(grouped).enumerate() {
        if !sentence.kind.is_prose() {
            continue;
        }
        figures.clear();
        figures.extend(here.quantities.iter().map(|q| q.full));
        let quantities: Vec<&Quantity> = here
            .quantities
            .into_iter()
            .filter(|q| q.kind.is_checkable())
            .collect();
        let attributions = here.attributions;
        // What the sentence asserts outside any quotation or report with
        // a source: a source's own comparison is theirs to answer for.
        let sourced = |at: Span| {
            attributions.iter().any(|a| {
                a.kind != AttributionKind::Other
                    && a.source.is_some()
                    && a.content.span.contains(at)
            })
        };
        let findings: Vec<Flag> = if candidates.any_in(sentence.span) {
            assertion::find(text, sentence.span, &figures)
                .into_iter()
                .filter(|f| !sourced(f.span))
                .map(|f| f.flag)
                .collect()
        } else {
            Vec::new()
        };
        let real =
            attributions.iter().any(|a| a.kind != AttributionKind::Other);
        if quantities.is_empty() && !real && findings.is_empty() {
            continue;
        }
        let mut flags = flags(text, &quantities, &attributions);
        flags.extend(findings);
        flags.sort_unstable();
        flags.dedup();
        let h = hash_of_sentence(article_id, &text[sentence.span], &mut norm);
        let n = seen.entry(h >> 16).or_insert(0);
        *n += 1;
        out.push(Claim { id: id_of_hash(h, *n), sentence: i, flags });
    }
    out
}

/// Whether `text[from..at]` opens a relative clause of place or time
/// (`, where`, `, when`): background the reporter supplies about what
/// the source mentioned.
fn in_background(text: &str, from: usize, at: usize) -> bool {
    let between = &text[from..at];
    [", where ", ", when "].iter().any(|w| between.contains(w))
}

fn flags(
    text: &str,
    quantities: &[&Quantity],
    attributions: &[&Attribution],
) -> Vec<Flag> {
    let mut flags = Vec::new();
    let covering = |q: &Quantity| {
        attributions.iter().copied().find(|a| {
            a.kind != AttributionKind::Other && a.content.span.contains(q.span)
        })
    };
    // A figure no one stands behind: outside every attribution, under an
    // agentless passive (`is believed to`), or an estimate nobody is
    // named for in the background a source's words are set against
    // (`compared the losses to Afghanistan in 1979, where an estimated
    // 15,000 ... were killed`).
    let unattributed = quantities.iter().any(|q| match covering(q) {
        None => true,
        Some(a) => {
            a.source.is_none()
                || q.hedge.is_some_and(|h| h.bound == Bound::Estimate)
                    && in_background(text, a.content.span.start, q.span.start)
        }
    });
    if unattributed {
        flags.push(Flag::UnattributedQuantity);
    }
    if attributions
        .iter()
        .any(|a| a.source.as_ref().is_some_and(|s| s.is_vague))
    {
        flags.push(Flag::VagueSource);
    }
    if attributions.iter().any(|a| a.hedged) {
        flags.push(Flag::HedgedCue);
    }
    if quantities.iter().any(|q| q.kind == QuantityKind::Vague) {
        flags.push(Flag::VagueQuantity);
    }
    flags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_the_top_48_bits_in_hex_and_the_occurrence() {
        for h in [0, 1 << 16, 0xdead_beef_cafe_f00d, u64::MAX] {
            assert_eq!(id_of_hash(h, 1), format!("c-{:012x}", h >> 16));
            assert_eq!(id_of_hash(h, 0), format!("c-{:012x}", h >> 16));
            assert_eq!(id_of_hash(h, 12), format!("c-{:012x}-12", h >> 16));
        }
    }
}
