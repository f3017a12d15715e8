//! The quantity tagger on any text: no panic, every span on character
//! boundaries inside its sentence, and linear time on long runs of
//! digits and separators (a ratio of times at two sizes, not a
//! wall-clock limit).

use factmark_core::{Sentence, Span};
use factmark_quantity::QuantityTagger;
use factmark_segment::Segmenter;
use proptest::prelude::*;

fn check(text: &str) {
    let sentences = Segmenter::new().segment(text);
    for q in QuantityTagger::new().tag(text, &sentences) {
        let sentence = sentences[q.sentence].span;
        for s in
            [Some(q.span), Some(q.full), q.counted, q.hedge.map(|h| h.span)]
                .into_iter()
                .flatten()
        {
            assert!(
                text.is_char_boundary(s.start) && text.is_char_boundary(s.end)
            );
            assert!(sentence.contains(s), "{s:?} outside {sentence:?}");
        }
    }
}

fn quantity_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[0-9]{1,7}",
        "[0-9]{1,3}(,[0-9]{3}){0,3}(\\.[0-9]{1,3})?",
        Just("½".to_string()),
        Just("−".to_string()),
        Just("±".to_string()),
        Just("%".to_string()),
        Just("$".to_string()),
        Just("£".to_string()),
        Just("US$".to_string()),
        Just("million".to_string()),
        Just("a".to_string()),
        Just("half".to_string()),
        Just("twenty-five".to_string()),
        Just("thousands".to_string()),
        Just("between".to_string()),
        Just("and".to_string()),
        Just("to".to_string()),
        Just("more than".to_string()),
        Just("or more".to_string()),
        Just("km".to_string()),
        Just("feet".to_string()),
        Just("years".to_string()),
        Just("a month".to_string()),
        Just("of".to_string()),
        Just("e".to_string()),
        Just("^".to_string()),
        Just("x10".to_string()),
        "[ ,.\\-/:()+]",
        "[a-z]{1,6}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn quantity_like_text(text in quantity_text()) {
        check(&text);
    }

    #[test]
    fn glued_pieces(text in quantity_text().prop_map(|t| t.replace(' ', ""))) {
        check(&text);
    }

    #[test]
    fn any_text(text in any::<String>()) {
        check(&text);
    }
}

/// A 10 MB run of `unit` (as one sentence) takes well under sixteen times
/// what a run four times shorter takes.
fn assert_linear(name: &str, unit: &str) {
    let tagger = QuantityTagger::new();
    factmark_testkit::assert_linear(name, unit, (10 << 20) / 4, |text| {
        let sentence = Sentence {
            span: Span::new(0, text.len()),
            kind: Default::default(),
            paragraph: 0,
        };
        factmark_testkit::best_time(2, || {
            std::hint::black_box(tagger.tag(text, &[sentence]));
        })
    });
}

#[test]
fn runs_of_digits_and_separators() {
    assert_linear("digits", "1234567890");
    assert_linear("grouped", "1,234,567,");
    assert_linear("decimals", "1.2.3.4.5.");
    assert_linear("ranges", "1-2 ");
    assert_linear("spaced groups", "123 456 ");
    assert_linear("words", "twenty five thousand and ");
}
