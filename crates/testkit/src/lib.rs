//! What factmark's tests and benchmarks share, so each crate's test
//! targets do not write it again: reading the data bundled in the
//! repository (`tests/data/`, `data/bench/`) and checking that a stage
//! takes linear time.
//!
//! Only for tests and benchmarks: it panics, naming the file, on data
//! that is not there.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// `path`, relative to the repository's root.
pub fn repo_path(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(path)
}

/// The text of the file at `path` under the repository's root.
///
/// # Panics
///
/// If it cannot be read, with its path.
pub fn read(path: &str) -> String {
    let full = repo_path(path);
    std::fs::read_to_string(&full)
        .unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

/// The JSON values of a file under the repository's root: each line of
/// a `.jsonl` file (blank lines skipped), or the one value of a `.json`.
///
/// # Panics
///
/// If it cannot be read or a line is not JSON, naming the file and line.
pub fn json_lines(path: &str) -> Vec<serde_json::Value> {
    let text = read(path);
    if path.ends_with(".json") {
        let v = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{path}: not JSON: {e}"));
        return vec![v];
    }
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l)
                .unwrap_or_else(|e| panic!("{path}:{}: not JSON: {e}", i + 1))
        })
        .collect()
}

/// The article texts of the news sample the benchmarks run on
/// (`data/bench/news_sample.jsonl`, see its SOURCES.md).
pub fn news_sample() -> Vec<String> {
    json_lines("data/bench/news_sample.jsonl")
        .into_iter()
        .map(|v| {
            v["text"]
                .as_str()
                .expect("a news sample line has a text")
                .to_string()
        })
        .collect()
}

/// The shortest of `runs` timings of `f`.
pub fn best_time(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs.max(1))
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .expect("at least one run")
}

/// Checks that a stage takes linear time: `unit` repeated to `small`
/// bytes and to four times that, `time` measuring each (usually with
/// [`best_time`]), the larger must take well under the sixteen times a
/// quadratic rule would (a ratio of times on one machine, not a
/// wall-clock limit). The small input is measured once first to warm
/// allocator and caches.
///
/// # Panics
///
/// If the larger input takes ten times as long or more.
pub fn assert_linear(
    name: &str,
    unit: &str,
    small: usize,
    mut time: impl FnMut(&str) -> Duration,
) {
    let make = |n: usize| unit.repeat(n / unit.len() + 1);
    let (a, b) = (make(small), make(4 * small));
    time(&a);
    let (ta, tb) = (time(&a), time(&b));
    let ratio = tb.as_secs_f64() / ta.as_secs_f64().max(1e-9);
    eprintln!("{name}: {ta:?} -> {tb:?} (x{ratio:.1} for x4 input)");
    assert!(ratio < 10.0, "{name}: x{ratio:.1} for an input 4 times larger");
}
