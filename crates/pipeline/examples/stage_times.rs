//! Where the time of a batch goes: reads a JSONL file of articles (by
//! default the bench sample) and times each step on one thread as the
//! pipeline runs it: reading and parsing, segmentation, the one pass
//! that finds the later stages' words, the quantity and attribution
//! taggers, claims, and the JSONL rendering, in MB/s of article text.
//!
//! `cargo run --release -p factmark-pipeline --example stage_times [FILE]`

use std::path::PathBuf;
use std::time::{Duration, Instant};

use factmark_attribution::AttributionTagger;
use factmark_core::Annotations;
use factmark_pipeline::{jsonl, Articles, Input};
use factmark_quantity::QuantityTagger;
use factmark_segment::Segmenter;

fn main() {
    let path = std::env::args().nth(1).map_or_else(
        || factmark_testkit::repo_path("data/bench/news_sample.jsonl"),
        PathBuf::from,
    );
    let mut times = [Duration::ZERO; 7];
    let names = [
        "read + parse JSONL",
        "segment",
        "find words",
        "quantities",
        "attributions",
        "claims",
        "render JSONL",
    ];
    let (segmenter, quantities, attributions) =
        (Segmenter::new(), QuantityTagger::new(), AttributionTagger::new());
    let words = factmark_pipeline::stage_words(&quantities, &attributions);
    let mut found = [Vec::new(), Vec::new(), Vec::new()];
    let mut bytes = 0;
    let mut out = Vec::new();
    let mut t = Instant::now();
    for article in Articles::new(&[Input::Path(path)]) {
        let article = article.expect("the file reads");
        let lap = |t: &mut Instant, slot: &mut Duration| {
            *slot += t.elapsed();
            *t = Instant::now();
        };
        lap(&mut t, &mut times[0]);
        let text = article.doc.text.as_str();
        bytes += text.len();
        let sentences = segmenter.segment(text);
        lap(&mut t, &mut times[1]);
        words.find_all(text, &mut found);
        lap(&mut t, &mut times[2]);
        let q = quantities.tag_with(text, &sentences, &found[0]);
        lap(&mut t, &mut times[3]);
        let a = attributions.tag_with(text, &sentences, &found[1]);
        lap(&mut t, &mut times[4]);
        let claims = factmark_claim::claims_with(
            &article.doc.id,
            text,
            &sentences,
            &q,
            &a,
            &found[2],
        );
        lap(&mut t, &mut times[5]);
        let ann =
            Annotations { sentences, quantities: q, attributions: a, claims };
        out.clear();
        jsonl::write_article(&mut out, &article, &ann).unwrap();
        lap(&mut t, &mut times[6]);
    }
    let total: Duration = times.iter().sum();
    let mb = bytes as f64 / 1e6;
    for (name, time) in names.iter().zip(times) {
        println!(
            "{name:20} {:6.1}%  {:8.1} MB/s",
            100.0 * time.as_secs_f64() / total.as_secs_f64(),
            mb / time.as_secs_f64()
        );
    }
    println!(
        "{:20} {:6.1}%  {:8.1} MB/s",
        "all",
        100.0,
        mb / total.as_secs_f64()
    );
}
