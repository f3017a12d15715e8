//! No input makes the segmenter take more than linear time. Each case
//! times the same pattern at two sizes, four times apart, and checks the
//! larger takes well under the sixteen times a quadratic rule would: a
//! ratio of times on one machine, not a wall-clock limit.

use factmark_segment::Segmenter;
use factmark_testkit::best_time;

/// Times `unit` repeated to `small` and to `4 * small` bytes.
fn assert_linear(name: &str, unit: &str, small: usize) {
    let seg = Segmenter::new();
    factmark_testkit::assert_linear(name, unit, small, |text| {
        best_time(5, || {
            std::hint::black_box(seg.segment(text));
        })
    });
}

#[test]
fn a_20_mb_line_without_punctuation() {
    assert_linear("20 MB line, no punctuation", "casualties mount ", 5 << 20);
}

#[test]
fn a_1_mb_run_of_quote_marks() {
    assert_linear("quote marks", "\"“”‘’'", 1 << 18);
}

#[test]
fn long_runs_the_rules_look_back_over() {
    assert_linear("stops without spaces", "a.", 1 << 18);
    assert_linear("words glued by stops", "ab.Cd.", 1 << 16);
    assert_linear("initials", "A. ", 1 << 18);
    assert_linear("colons", "Photo:", 1 << 18);
    assert_linear("weekdays", "Tuesday,", 1 << 18);
    assert_linear("brackets", "(Xinhua). ", 1 << 18);
    assert_linear("citations", ". [1]", 1 << 18);
    assert_linear("digits", "1", 1 << 18);
    assert_linear("ellipses", ". . . ", 1 << 18);
    assert_linear("lines", "word\n", 1 << 18);
}

#[test]
fn multibyte_text_the_rules_look_ahead_over() {
    // Curly quotes put multibyte characters where the credit check cuts
    // its look-ahead.
    assert_linear("quotes after initials", "“A,” he said, “B.” ", 1 << 18);
    assert_linear("accented words", "Ça été dit. ", 1 << 18);
}
