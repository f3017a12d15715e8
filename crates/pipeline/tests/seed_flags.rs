//! The seed article's flagged claims (`tests/data/attribution/
//! seed_article_gold.json`, `flagged_claims`), checked one by one: the
//! claim of the sentence each lies in carries the flags a fact-checker
//! reading the gold's reason would expect, and no other sentence is
//! flagged.

use factmark_core::{Document, Flag};
use factmark_pipeline::Pipeline;

/// What each gold flagged claim must carry, in the gold's order, with the
/// start of its text to keep the list readable.
const EXPECTED: [(&str, &[Flag]); 11] = [
    ("an estimated 15,000", &[Flag::UnattributedQuantity]),
    ("Ukrainian and Western estimates", &[Flag::VagueSource]),
    ("Still, KIAs remain high", &[Flag::UnattributedComparison]),
    ("for more than a year", &[Flag::UnattributedQuantity]),
    (
        "believed to be responsible",
        &[Flag::UnattributedQuantity, Flag::HedgedCue],
    ),
    ("It has a much larger", &[Flag::UnattributedComparison]),
    ("conflict analysts believe", &[Flag::VagueSource, Flag::HedgedCue]),
    ("US and Ukrainian assessments", &[Flag::VagueSource, Flag::HedgedCue]),
    ("figures similar to its", &[Flag::UnattributedComparison]),
    ("thousands more than", &[Flag::VagueQuantity]),
    (
        "is believed to have suffered",
        &[Flag::UnattributedQuantity, Flag::HedgedCue],
    ),
];

/// Sentences the gold does not list that we flag on purpose: a
/// collective source is vague even when no figure depends on it.
const ALSO_FLAGGED: [(&str, &[Flag]); 1] = [(
    "Ukrainian and Western soldiers and officers have said",
    &[Flag::VagueSource],
)];

fn byte_offset(text: &str, chars: usize) -> usize {
    text.char_indices().nth(chars).map_or(text.len(), |(b, _)| b)
}

#[test]
fn seed_flagged_claims_field_by_field() {
    let gold = factmark_testkit::json_lines(
        "tests/data/attribution/seed_article_gold.json",
    )
    .remove(0);
    let text = gold["text"].as_str().unwrap();
    let flagged = gold["flagged_claims"].as_array().unwrap();
    assert_eq!(flagged.len(), EXPECTED.len());

    let ann = Pipeline::new().annotate(&Document::new("seed", text));
    let claim_of = |at: usize| {
        let s = ann
            .sentences
            .iter()
            .position(|s| s.span.start <= at && at < s.span.end)
            .expect("every flagged claim lies in a sentence");
        ann.claims.iter().find(|c| c.sentence == s).unwrap_or_else(|| {
            panic!(
                "sentence {:?} is not a claim",
                &text[ann.sentences[s].span]
            )
        })
    };
    let mut flagged_sentences = Vec::new();
    for (g, (head, flags)) in flagged.iter().zip(EXPECTED) {
        let gold_text = g["span"]["text"].as_str().unwrap();
        assert!(gold_text.starts_with(head), "{gold_text:?} vs {head:?}");
        let at =
            byte_offset(text, g["span"]["start"].as_u64().unwrap() as usize);
        let claim = claim_of(at);
        for f in flags {
            assert!(
                claim.flags.contains(f),
                "{gold_text:?} ({}): {f} missing from {:?}",
                g["reason"],
                claim.flags
            );
        }
        flagged_sentences.push(claim.sentence);
    }
    for (head, flags) in ALSO_FLAGGED {
        let claim = claim_of(text.find(head).unwrap());
        assert_eq!(claim.flags, flags, "{head:?}");
        flagged_sentences.push(claim.sentence);
    }
    for c in &ann.claims {
        if !flagged_sentences.contains(&c.sentence) {
            assert!(
                c.flags.is_empty(),
                "{:?} flagged {:?}",
                &text[ann.sentences[c.sentence].span],
                c.flags
            );
        }
    }
}
