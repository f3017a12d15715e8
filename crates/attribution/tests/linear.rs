//! No input makes the attribution tagger take more than linear time. Each
//! case times the same pattern at two sizes, four times apart, and checks
//! the larger takes well under the sixteen times a quadratic rule would:
//! a ratio of times on one machine, not a wall-clock limit. The sentences
//! come from the segmenter, as in the pipeline.

use factmark_attribution::AttributionTagger;
use factmark_segment::Segmenter;
use factmark_testkit::best_time;

/// Times `unit` repeated to `small` and to `4 * small` bytes, the tagger
/// alone on the segmenter's sentences.
fn assert_linear(name: &str, unit: &str, small: usize) {
    let (tagger, seg) = (AttributionTagger::new(), Segmenter::new());
    factmark_testkit::assert_linear(name, unit, small, |text| {
        let sentences = seg.segment(text);
        best_time(5, || {
            std::hint::black_box(tagger.tag(text, &sentences));
        })
    });
}

#[test]
fn a_million_quote_marks() {
    // 10^6 marks in the larger input.
    assert_linear("curly quote marks", "“", 3 * (1 << 18) / 3);
    assert_linear("straight quote marks", "\"", 1 << 18);
    assert_linear("mixed quote marks", "\"“”‘’'", 1 << 18);
}

#[test]
fn cues_the_rules_look_around() {
    assert_linear("cues in one sentence", "he said that ", 1 << 16);
    assert_linear("sentences with pronouns", "He said it. ", 1 << 16);
    assert_linear(
        "named sources",
        "Mark Rutte said so. He said it. ",
        1 << 18,
    );
    assert_linear("descriptions", "NATO's top official said so. ", 1 << 16);
    assert_linear("second cues", "he said, adding ", 1 << 16);
    assert_linear("according to", "according to the ministry, ", 1 << 16);
    assert_linear("passives", "It is believed by officials ", 1 << 16);
    // Large enough that comparing each content with every one before
    // (thousands in one sentence) shows.
    assert_linear("quotes and cues", "“A,” he said, “B.” ", 1 << 18);
    assert_linear("open paragraphs", "“A.\n", 1 << 16);
    assert_linear(
        "subjects without stops",
        "analysts of the war said the ",
        1 << 16,
    );
    assert_linear("appositions", "Ann Lee, a fellow, told ", 1 << 16);
    assert_linear("unclosed quote with cues", "“the army said ", 1 << 16);
    assert_linear("agents far apart", "was estimated at by ", 1 << 16);
    assert_linear("floating quotes", "“A,” he said.\n“B.”\n", 1 << 16);
}

#[test]
fn sentences_without_ends() {
    // Each content runs to the sentence's end: no end the rules can see
    // (an abbreviation, a writer in lower case) must not make every cue
    // read the rest of the text.
    assert_linear("abbreviations", "he said approx. ", 1 << 17);
    assert_linear("titles", "he told Mr. ", 1 << 17);
    assert_linear("lower case", "he said. ", 1 << 18);
}
