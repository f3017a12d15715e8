//! Attribution tagging speed on real news (`data/bench/news_sample.jsonl`,
//! see its SOURCES.md). The articles are segmented once, outside the
//! measurement: this times the attribution stage alone. `just bench` turns
//! the median into MB/s.

use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use factmark_attribution::AttributionTagger;
use factmark_core::Sentence;
use factmark_segment::Segmenter;

fn news() -> Vec<(String, Vec<Sentence>)> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/bench/news_sample.jsonl");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let segmenter = Segmenter::new();
    text.lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let text = v["text"].as_str().unwrap().to_string();
            let sentences = segmenter.segment(&text);
            (text, sentences)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let docs = news();
    let bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
    let mut group = c.benchmark_group("attribution");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    let tagger = AttributionTagger::new();
    group.bench_function("factmark", |b| {
        b.iter(|| {
            docs.iter().map(|(t, s)| tagger.tag(t, s).len()).sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
