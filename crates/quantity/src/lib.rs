//! Finds the quantities in news text that a fact-checker would check.
//!
//! For each number expression — digits (`25,000`, `1.1 million`,
//! `$2.5bn`), spelled-out numbers (`nine`, `twenty-five thousand`,
//! `a dozen`), vague magnitudes (`thousands`), ranges (`20,000 to
//! 25,000`) — the [`QuantityTagger`] gives a [`Quantity`] with its
//! normalized [`Value`], its [`QuantityKind`] (count, percent, money,
//! duration, year, ...), the hedge the writer put before it (`up to`,
//! `an estimated`), the noun it counts (`soldiers killed`) and the period
//! when it is a rate (`a month`, `every day`).
//!
//! Years stand apart from counts (`in 1979` is a year, not 1,979 of
//! something), and numbers that name rather than count (`F-16`,
//! `Covid-19`, times of day) are left out.
//!
//! The word lists it reads — scale words, units, currencies, hedges,
//! periods, the words that end a counted noun — are plain text under
//! `data/lexicons/`, compiled in.
//!
//! # Example
//!
//! ```
//! use factmark_core::{Bound, Period, QuantityKind, Sentence, Span, Value};
//! use factmark_quantity::QuantityTagger;
//!
//! let text = "Russia is losing up to 25,000 soldiers killed a month.";
//! let sentence = Sentence {
//!     span: Span::new(0, text.len()),
//!     kind: Default::default(),
//!     paragraph: 0,
//! };
//! let quantities = QuantityTagger::new().tag(text, &[sentence]);
//! let q = &quantities[0];
//! assert_eq!(&text[q.span], "25,000");
//! assert_eq!(q.kind, QuantityKind::Count);
//! assert_eq!(q.value, Value::Exact(25000.0));
//! assert_eq!(q.hedge.map(|h| h.bound), Some(Bound::UpperBound));
//! assert_eq!(q.counted.map(|c| &text[c]), Some("soldiers killed"));
//! assert_eq!(q.per, Some(Period::Month));
//! assert_eq!(&text[q.full], "up to 25,000 soldiers killed a month");
//! ```

#![deny(missing_docs)]

mod grammar;
mod lexicons;

use factmark_core::{Quantity, Sentence};

use crate::lexicons::Lexicons;

/// Finds quantities in sentences.
///
/// Building one compiles the word lists; build it once and share it (it
/// is `Send + Sync`).
#[derive(Clone, Debug)]
pub struct QuantityTagger {
    lex: Lexicons,
}

impl Default for QuantityTagger {
    fn default() -> QuantityTagger {
        QuantityTagger::new()
    }
}

impl QuantityTagger {
    /// Creates a tagger with the word lists of `data/lexicons/`.
    pub fn new() -> QuantityTagger {
        QuantityTagger { lex: Lexicons::new() }
    }

    /// Returns the quantities in `sentences` of `text`, in text order.
    pub fn tag(&self, text: &str, sentences: &[Sentence]) -> Vec<Quantity> {
        let mut out = Vec::new();
        let mut tokens = Vec::new();
        for (index, sentence) in sentences.iter().enumerate() {
            tokens.clear();
            factmark_core::token::tokenize(text, sentence.span, &mut tokens);
            grammar::Parser::new(text, &tokens, &self.lex, index)
                .parse(&mut out);
        }
        out
    }
}
