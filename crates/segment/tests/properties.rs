//! Segments tile any text: every non-whitespace character is in exactly
//! one segment, segments are in order, trimmed, and start and end on
//! character boundaries.

use factmark_segment::Segmenter;
use proptest::prelude::*;

fn check(seg: &Segmenter, text: &str) {
    let mut covered = 0;
    for s in seg.segment(text) {
        assert!(text.is_char_boundary(s.span.start), "{:?}", s.span);
        assert!(text.is_char_boundary(s.span.end), "{:?}", s.span);
        assert!(s.span.start >= covered, "segments overlap or go back");
        assert!(!s.span.is_empty());
        assert!(text[covered..s.span.start].trim().is_empty(), "gap");
        let t = &text[s.span];
        assert_eq!(t, t.trim(), "segment is trimmed");
        covered = s.span.end;
    }
    assert!(text[covered..].trim().is_empty(), "text left over");
}

/// Pieces that trip segmenters: stops, abbreviations, quotes and brackets
/// of every kind, list markers, dates, credits, and multi-byte characters
/// right next to punctuation.
fn tricky() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just(". ".to_string()),
        Just(".".to_string()),
        Just("...".to_string()),
        Just(". . .".to_string()),
        Just("…".to_string()),
        Just("!?".to_string()),
        Just("。".to_string()),
        Just("Mr.".to_string()),
        Just("U.S.".to_string()),
        Just("a.m.".to_string()),
        Just("No.".to_string()),
        Just("etc.".to_string()),
        Just("[1]".to_string()),
        Just("[citation needed]".to_string()),
        Just("(Xinhua)".to_string()),
        Just("(credit: ".to_string()),
        Just("Image:".to_string()),
        Just("Tuesday, May 7, 2015".to_string()),
        Just("• ".to_string()),
        Just("1.) ".to_string()),
        Just("a. ".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("’".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\u{a0}".to_string()),
        Just("\u{2009}".to_string()),
        "[A-Z][a-z]{0,6}",
        "[a-z]{1,6}",
        "[0-9]{1,4}",
        "[ ,;:()\\[\\]/\\-—]",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn tricky_text_tiles(text in tricky()) {
        check(&Segmenter::new(), &text);
    }

    #[test]
    fn any_text_tiles(text in any::<String>()) {
        check(&Segmenter::new(), &text);
    }
}
