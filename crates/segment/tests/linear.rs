//! No input makes the segmenter take more than linear time. Each case
//! times the same pattern at two sizes, four times apart, and checks the
//! larger takes well under the sixteen times a quadratic rule would: a
//! ratio of times on one machine, not a wall-clock limit.

use std::time::{Duration, Instant};

use factmark_segment::Segmenter;

fn best_time(seg: &Segmenter, text: &str) -> Duration {
    (0..5)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(seg.segment(text));
            t.elapsed()
        })
        .min()
        .unwrap()
}

/// Times `unit` repeated to `small` and to `4 * small` bytes.
fn assert_linear(name: &str, unit: &str, small: usize) {
    let seg = Segmenter::new();
    let make = |n: usize| unit.repeat(n / unit.len() + 1);
    let (a, b) = (make(small), make(4 * small));
    // Warm up allocator and caches on the small input first.
    best_time(&seg, &a);
    let (ta, tb) = (best_time(&seg, &a), best_time(&seg, &b));
    let ratio = tb.as_secs_f64() / ta.as_secs_f64().max(1e-9);
    eprintln!("{name}: {ta:?} -> {tb:?} (x{ratio:.1} for x4 input)");
    assert!(ratio < 10.0, "{name}: x{ratio:.1} for an input 4 times larger");
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
