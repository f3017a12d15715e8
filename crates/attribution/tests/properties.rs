//! Properties of the attribution tagger on arbitrary text, cut into
//! sentences by the segmenter as in the pipeline: no panic, every span on
//! character boundaries inside the text, contents in order, the cue and
//! content inside the sentences the attribution names, and a named
//! source never shared by hypothetical speech.

use factmark_attribution::AttributionTagger;
use factmark_core::{AttributionKind, Span};
use factmark_segment::Segmenter;
use proptest::prelude::*;

/// Text made of the pieces attributions are made of, in any order, plus
/// arbitrary characters.
fn news_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("said".to_string()),
        Just("told reporters".to_string()),
        Just("according to".to_string()),
        Just("is believed to".to_string()),
        Just("was estimated by".to_string()),
        Just(", adding that".to_string()),
        Just("says".to_string()),
        Just(", and added that".to_string()),
        Just("but insisted".to_string()),
        Just("In May,".to_string()),
        Just("rejected it, saying".to_string()),
        Just("wrote to regulators".to_string()),
        Just("Dr.".to_string()),
        Just("-".to_string()),
        Just(", according to the company,".to_string()),
        Just("has to think:".to_string()),
        Just("he".to_string()),
        Just("She".to_string()),
        Just("It".to_string()),
        Just("the ministry".to_string()),
        Just("Mark Rutte".to_string()),
        Just("NATO Secretary General".to_string()),
        Just("analysts".to_string()),
        Just("that".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        "[A-Z][a-z]{0,8}",
        "[a-z]{1,8}",
        "[0-9]{1,6}",
        "[ .,;:!?()\\-–—]{1,3}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.join(" "))
}

fn on_boundary(text: &str, s: Span) -> bool {
    s.start <= s.end
        && s.end <= text.len()
        && text.is_char_boundary(s.start)
        && text.is_char_boundary(s.end)
}

fn check(text: &str) {
    let sentences = Segmenter::new().segment(text);
    let found = AttributionTagger::new().tag(text, &sentences);
    let mut last = 0;
    for a in &found {
        assert!(on_boundary(text, a.cue), "cue {:?}", a.cue);
        assert!(on_boundary(text, a.content.span), "content {:?}", a.content);
        assert!(!a.content.span.is_empty());
        for p in &a.content.parts {
            assert!(on_boundary(text, *p) && a.content.span.contains(*p));
        }
        if let Some(s) = &a.source {
            assert!(on_boundary(text, s.span), "source {:?}", s.span);
            assert!(!s.span.overlaps(a.cue), "source and cue overlap");
            if a.kind == AttributionKind::Other {
                assert_eq!(s.resolved, None, "hypothetical speech credited");
            }
        }
        assert!(a.content.span.start >= last, "contents out of order");
        last = a.content.span.start;
        // The cue and the content lie in the sentences named.
        let r = &a.sentences;
        assert!(r.start < r.end && r.end <= sentences.len(), "{r:?}");
        let covered = Span::new(
            sentences[r.start].span.start,
            sentences[r.end - 1].span.end,
        );
        assert!(covered.contains(a.cue) && covered.contains(a.content.span));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn news_like_text(text in news_text()) {
        check(&text);
    }

    #[test]
    fn any_text(text in "\\PC{0,200}") {
        check(&text);
    }

    #[test]
    fn runs_of_quote_marks(marks in "[\"“”‘’' a-z,.\n]{0,400}") {
        check(&marks);
    }
}

#[test]
fn cases_the_properties_found() {
    // A source read on into a second cue ("... but insisted").
    check("said according to said but insisted 0 !");
}
