//! End-to-end speed of the batch: JSONL in, every stage, JSONL out, on
//! the news sample (`data/bench/news_sample.jsonl`, see its SOURCES.md)
//! repeated to at least 100 MB with fresh ids, on one thread and on two.
//! The bare UAX #29 sentence iterator of `unicode-segmentation` runs over
//! the same article texts in the same run, as the yardstick `just bench`
//! divides by. Throughput counts the article texts' bytes.

use std::io::Write;
use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use factmark_pipeline::{jsonl, Articles, BatchOptions, Input, Pipeline};
use unicode_segmentation::UnicodeSegmentation;

/// How many bytes of JSONL the bench reads at least.
const TARGET: usize = 100_000_000;

/// Writes the repeated sample to a file and returns it with the article
/// texts.
fn input(dir: &Path) -> (PathBuf, Vec<String>) {
    let docs = factmark_testkit::json_lines("data/bench/news_sample.jsonl");
    let path = dir.join("news.jsonl");
    let mut out =
        std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    let (mut written, mut copy) = (0, 0);
    let mut texts = Vec::new();
    while written < TARGET {
        for d in &docs {
            let mut d = d.clone();
            d["id"] = format!("{}#{copy}", d["id"].as_str().unwrap()).into();
            let line = serde_json::to_string(&d).unwrap();
            written += line.len() + 1;
            writeln!(out, "{line}").unwrap();
            texts.push(d["text"].as_str().unwrap().to_string());
        }
        copy += 1;
    }
    out.flush().unwrap();
    (path, texts)
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let (path, texts) = input(dir.path());
    let bytes: usize = texts.iter().map(String::len).sum();
    let pipeline = Pipeline::new();
    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    for jobs in [1, 2] {
        group.bench_function(format!("j{jobs}"), |b| {
            b.iter(|| {
                let inputs = [Input::Path(path.clone())];
                let options = BatchOptions { jobs, ..BatchOptions::default() };
                let mut out = std::io::sink();
                let render = |o: factmark_pipeline::Outcome| {
                    let (article, ann) = o.expect("the sample reads");
                    let mut line = Vec::new();
                    jsonl::write_article(&mut line, &article, &ann).unwrap();
                    line
                };
                factmark_pipeline::run(
                    &pipeline,
                    Articles::new(&inputs),
                    options,
                    render,
                    |line| out.write_all(&line),
                )
                .unwrap();
            });
        });
    }
    group.bench_function("uax29", |b| {
        b.iter(|| {
            texts.iter().map(|t| t.unicode_sentences().count()).sum::<usize>()
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
