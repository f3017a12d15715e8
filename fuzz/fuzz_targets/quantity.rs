//! The quantity tagger on any text, as one sentence: no panic, and every
//! span falls on character boundaries inside the text.

#![no_main]

use std::sync::OnceLock;

use factmark_core::{Sentence, Span};
use factmark_quantity::QuantityTagger;
use libfuzzer_sys::fuzz_target;

fn tagger() -> &'static QuantityTagger {
    static TAGGER: OnceLock<QuantityTagger> = OnceLock::new();
    TAGGER.get_or_init(QuantityTagger::new)
}

fuzz_target!(|text: &str| {
    let sentence = Sentence {
        span: Span::new(0, text.len()),
        kind: Default::default(),
        paragraph: 0,
    };
    for q in tagger().tag(text, &[sentence]) {
        for s in [Some(q.span), Some(q.full), q.counted, q.hedge.map(|h| h.span)]
            .into_iter()
            .flatten()
        {
            assert!(s.end <= text.len());
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
    }
});
