//! Quantity tagging speed on real news (`data/bench/news_sample.jsonl`,
//! see its SOURCES.md). The articles are segmented once, outside the
//! measurement: this times the quantity stage alone. `just bench` turns
//! the median into MB/s.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use factmark_core::Sentence;
use factmark_quantity::QuantityTagger;
use factmark_segment::Segmenter;

/// The news sample's articles with their sentences.
fn news() -> Vec<(String, Vec<Sentence>)> {
    let segmenter = Segmenter::new();
    factmark_testkit::news_sample()
        .into_iter()
        .map(|text| {
            let sentences = segmenter.segment(&text);
            (text, sentences)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let docs = news();
    let bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
    let mut group = c.benchmark_group("quantity");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    let tagger = QuantityTagger::new();
    group.bench_function("factmark", |b| {
        b.iter(|| {
            docs.iter().map(|(t, s)| tagger.tag(t, s).len()).sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
