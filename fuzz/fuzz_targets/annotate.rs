//! The whole pipeline on any text: no stage panics, and every span falls
//! on character boundaries of the text.

#![no_main]

use std::sync::OnceLock;

use factmark_core::{Document, Span};
use factmark_pipeline::Pipeline;
use libfuzzer_sys::fuzz_target;

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(Pipeline::new)
}

fn check(text: &str, s: Span) {
    assert!(s.start <= s.end && s.end <= text.len());
    assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
}

fuzz_target!(|text: &str| {
    let doc = Document::new("fuzz", text);
    let ann = pipeline().annotate(&doc);
    for s in &ann.sentences {
        check(text, s.span);
    }
    for q in &ann.quantities {
        check(text, q.span);
        check(text, q.full);
        q.counted.into_iter().for_each(|c| check(text, c));
        q.hedge.into_iter().for_each(|h| check(text, h.span));
    }
    for a in &ann.attributions {
        check(text, a.cue);
        check(text, a.content.span);
        a.source.iter().for_each(|s| check(text, s.span));
    }
});
