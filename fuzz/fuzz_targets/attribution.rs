//! The attribution tagger on any text, cut into sentences by the
//! segmenter as in the pipeline: no panic, and every span falls on
//! character boundaries inside the text, contents in order.

#![no_main]

use std::sync::OnceLock;

use factmark_attribution::AttributionTagger;
use factmark_segment::Segmenter;
use libfuzzer_sys::fuzz_target;

fn stages() -> &'static (Segmenter, AttributionTagger) {
    static STAGES: OnceLock<(Segmenter, AttributionTagger)> = OnceLock::new();
    STAGES.get_or_init(|| (Segmenter::new(), AttributionTagger::new()))
}

fuzz_target!(|text: &str| {
    let (segmenter, tagger) = stages();
    let sentences = segmenter.segment(text);
    let found = tagger.tag(text, &sentences);
    let mut last = 0;
    for a in &found {
        let spans = [Some(a.cue), Some(a.content.span), a.source.as_ref().map(|s| s.span)];
        for s in spans.into_iter().flatten().chain(a.content.parts.iter().copied()) {
            assert!(s.start <= s.end && s.end <= text.len());
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
        assert!(a.content.span.start >= last, "contents out of order");
        last = a.content.span.start;
        assert!(a.sentences.end <= sentences.len());
    }
});
