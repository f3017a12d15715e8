//! The types every factmark stage shares.
//!
//! factmark reads an article ([`Document`]), cuts it into [`Sentence`]s,
//! tags every [`Quantity`] and [`Attribution`] in them, and picks the
//! sentences worth checking as [`Claim`]s. Each annotation points into the
//! original text with a [`Span`] of byte offsets; nothing rewrites the
//! text, so `&text[span]` is always what the annotation is about.
//!
//! The stages live in their own crates (`factmark-segment`,
//! `factmark-quantity`, `factmark-attribution`, `factmark-claim`); this
//! crate holds only the types they pass along, the [`lexicon`] reader for
//! the word lists in `data/lexicons/`, and [`CharIndex`] for writing code
//! point offsets.
//!
//! # Example
//!
//! ```
//! use factmark_core::{SegmentKind, Sentence, Span};
//!
//! let text = "Marharyta Fal/Frontliner/Getty Images\nRutte said so.";
//! let credit = Sentence {
//!     span: Span::new(0, 37),
//!     kind: SegmentKind::Credit,
//!     paragraph: 0,
//! };
//! assert_eq!(&text[credit.span], "Marharyta Fal/Frontliner/Getty Images");
//! assert!(!credit.kind.is_prose());
//! ```

#![deny(missing_docs)]

mod attribution;
mod claim;
mod document;
pub mod lexicon;
mod offsets;
mod quantity;
mod sentence;
mod span;
pub mod swar;
pub mod token;
pub mod words;

pub use crate::attribution::{Attribution, AttributionKind, Content, Source};
pub use crate::claim::{Claim, Flag, UnknownFlag};
pub use crate::document::Document;
pub use crate::offsets::CharIndex;
pub use crate::quantity::{
    Base, Bound, Hedge, Period, Quantity, QuantityKind, Value,
};
pub use crate::sentence::{SegmentKind, Sentence};
pub use crate::span::Span;

/// The digits of lower-case hexadecimal, by value: what claim ids and
/// JSON's `\u00XX` escapes are written with.
pub const HEX_DIGITS: &[u8; 16] = b"0123456789abcdef";

/// Everything factmark found in one article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Annotations {
    /// The article's segments, in text order, tiling its non-blank text.
    pub sentences: Vec<Sentence>,
    /// Quantities, in text order.
    pub quantities: Vec<Quantity>,
    /// Attributions, in the order of their content.
    pub attributions: Vec<Attribution>,
    /// Claims, in sentence order.
    pub claims: Vec<Claim>,
}

/// The quantities and attributions of one sentence.
#[derive(Clone, Debug, Default)]
pub struct InSentence<'a> {
    /// Quantities of the sentence, in text order.
    pub quantities: Vec<&'a Quantity>,
    /// Attributions whose cue or content lies in the sentence, in the
    /// order given.
    pub attributions: Vec<&'a Attribution>,
}

/// Gathers, in one pass, the quantities and attributions of each of
/// `sentences`: what the claim and review stages look at sentence by
/// sentence.
pub fn by_sentence<'a>(
    sentences: &[Sentence],
    quantities: &'a [Quantity],
    attributions: &'a [Attribution],
) -> Vec<InSentence<'a>> {
    let mut out = vec![InSentence::default(); sentences.len()];
    for q in quantities {
        if let Some(s) = out.get_mut(q.sentence) {
            s.quantities.push(q);
        }
    }
    for a in attributions {
        for i in a.sentences.clone() {
            let Some(sentence) = sentences.get(i) else { break };
            if sentence.span.overlaps(a.cue)
                || sentence.span.overlaps(a.content.span)
            {
                out[i].attributions.push(a);
            }
        }
    }
    out
}
