//! Word finder speed on real news (`data/bench/news_sample.jsonl`, see
//! its SOURCES.md): one pass over every article with a list the size of
//! the taggers' cue lists. `just bench` turns the median into MB/s.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use factmark_core::words::WordFinder;

/// Two hundred words: reporting verbs in several forms and common words,
/// so that the finder meets hits as often as the taggers' finders do.
fn list() -> Vec<String> {
    let stems = [
        "say", "tell", "add", "claim", "state", "report", "note", "warn",
        "argue", "believe", "estimate", "suggest", "insist", "explain",
        "announce", "confirm", "deny", "admit", "write", "accord",
    ];
    let mut words = Vec::new();
    for s in stems {
        for suffix in ["", "s", "ed", "ing", "er"] {
            words.push(format!("{s}{suffix}"));
        }
    }
    words.extend(
        "said told wrote according than million billion thousand hundred \
         dozen half third percent per cent year years month months week \
         weeks day days hour hours minute minutes one two three four five \
         six seven eight nine ten eleven twelve twenty thirty forty fifty \
         sixty seventy eighty ninety more less fewer nearly almost about \
         around roughly some several many few"
            .split_whitespace()
            .map(String::from),
    );
    words
}

fn bench(c: &mut Criterion) {
    let docs = factmark_testkit::news_sample();
    let bytes: usize = docs.iter().map(String::len).sum();
    let finder = WordFinder::new(&list());
    let mut group = c.benchmark_group("words");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(30);
    let mut found = Vec::new();
    group.bench_function("find_all", |b| {
        b.iter(|| {
            let mut n = 0;
            for t in &docs {
                found.clear();
                finder.find_all(t, &mut found);
                n += found.len();
            }
            n
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
