//! Segmentation speed on real news (`data/bench/news_sample.jsonl`, see
//! its SOURCES.md): factmark's segmenter, the bare UAX #29 sentence
//! iterator of `unicode-segmentation`, and the `sentencex` crate, in one
//! run, each over the whole sample. Criterion reports the throughput;
//! `just bench` turns the medians into MB/s and ratios.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use factmark_segment::Segmenter;
use unicode_segmentation::UnicodeSegmentation;

fn bench(c: &mut Criterion) {
    let docs = factmark_testkit::news_sample();
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut group = c.benchmark_group("segment");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);

    let segmenter = Segmenter::new();
    let mut out = Vec::new();
    group.bench_function("factmark", |b| {
        b.iter(|| {
            let mut n = 0;
            for d in &docs {
                out.clear();
                segmenter.segment_into(d, &mut out);
                n += out.len();
            }
            n
        })
    });
    group.bench_function("uax29", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| d.split_sentence_bounds().count())
                .sum::<usize>()
        })
    });
    group.bench_function("sentencex", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| sentencex::segment("en", d).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
