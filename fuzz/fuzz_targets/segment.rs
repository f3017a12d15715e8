//! The segmenter on any text: no panic, and segments tile the text on
//! character boundaries.

#![no_main]

use std::sync::OnceLock;

use factmark_segment::Segmenter;
use libfuzzer_sys::fuzz_target;

fn segmenter() -> &'static Segmenter {
    static SEGMENTER: OnceLock<Segmenter> = OnceLock::new();
    SEGMENTER.get_or_init(Segmenter::new)
}

fuzz_target!(|text: &str| {
    let mut covered = 0;
    for s in segmenter().segment(text) {
        assert!(text.is_char_boundary(s.span.start));
        assert!(text.is_char_boundary(s.span.end));
        assert!(s.span.start >= covered && s.span.start < s.span.end);
        assert!(text[covered..s.span.start].trim().is_empty());
        covered = s.span.end;
    }
    assert!(text[covered..].trim().is_empty());
});
