//! The pipeline finds the quantity, attribution and claim stages' words
//! in one pass over each article; what the stages make of those hits is
//! exactly what each makes alone, with its own finder.

use factmark_attribution::AttributionTagger;
use factmark_core::{Annotations, Document};
use factmark_pipeline::Pipeline;
use factmark_quantity::QuantityTagger;
use factmark_segment::Segmenter;

#[test]
fn one_pass_gives_what_the_stages_give_alone() {
    let pipeline = Pipeline::new();
    let (segmenter, quantities, attributions) =
        (Segmenter::new(), QuantityTagger::new(), AttributionTagger::new());
    let texts = factmark_testkit::news_sample()
        .into_iter()
        .take(300)
        .chain([factmark_testkit::read("data/articles/seed.txt")]);
    let mut claims = 0;
    for (i, text) in texts.enumerate() {
        let id = format!("a{i}");
        let sentences = segmenter.segment(&text);
        let q = quantities.tag(&text, &sentences);
        let a = attributions.tag(&text, &sentences);
        let c = factmark_claim::claims(&id, &text, &sentences, &q, &a);
        claims += c.len();
        let alone = Annotations {
            sentences,
            quantities: q,
            attributions: a,
            claims: c,
        };
        assert_eq!(pipeline.annotate(&Document::new(id, text)), alone);
    }
    assert!(claims > 1000, "the articles hold claims: {claims}");
}
