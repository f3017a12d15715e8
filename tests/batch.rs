//! The nightly batch through the binary: bad articles reported and
//! skipped, --fail-fast, shards that together are the whole run, and the
//! .done marker a retried shard finds.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use common::{assert_stderr_has, factmark_in, root, stderr, stdout};

/// A folder with one good article and one bad article of each kind.
fn bad_batch(dir: &Path) {
    std::fs::write(dir.join("good.txt"), "Officials said 300 people died.\n")
        .unwrap();
    std::fs::write(
        dir.join("latin1.txt"),
        b"Caf\xe9 owners said 20 shops closed.\n",
    )
    .unwrap();
    std::fs::write(dir.join("empty.txt"), "  \n").unwrap();
    let lines = [
        serde_json::json!({"id": "ok1", "text": "The ministry said 1,000 soldiers were killed."}).to_string(),
        "[1, 2, 3]".to_string(),
        serde_json::json!({"id": "notext", "title": "x"}).to_string(),
        serde_json::json!({"id": "ok1", "text": "A duplicate said 5 things."}).to_string(),
        "{not json".to_string(),
        serde_json::json!({"id": "huge", "text": "casualties mount ".repeat(3_000_000)}).to_string(),
        serde_json::json!({"id": "ok2", "text": "Up to 25,000 soldiers are killed a month, Rutte said."}).to_string(),
    ];
    std::fs::write(dir.join("batch.jsonl"), lines.join("\n") + "\n").unwrap();
}

#[test]
fn one_bad_article_of_each_kind_is_reported_and_the_rest_written() {
    let dir = tempfile::tempdir().unwrap();
    bad_batch(dir.path());
    let o = factmark_in(
        dir.path(),
        &["annotate", ".", "--format", "jsonl", "-o", "out.jsonl"],
    );
    let err = stderr(&o);
    eprintln!("{err}");
    assert_eq!(o.status.code(), Some(2), "{err}");
    for want in [
        "factmark: ./batch.jsonl:2: not a JSON object",
        "factmark: ./batch.jsonl:3: article \"notext\": no \"text\" field",
        "factmark: ./batch.jsonl:4: duplicate id \"ok1\" (first at ./batch.jsonl:1); skipped",
        "factmark: ./batch.jsonl:5: not JSON",
        "factmark: ./batch.jsonl:6: article \"huge\": 51.0 MB of text, more than the 10.0 MB",
        "factmark: ./empty.txt: empty article",
        "factmark: ./latin1.txt:1: not UTF-8 (invalid byte 0xe9 at byte 3)",
        "factmark: 3 articles annotated, 7 failed, 3 claims",
    ] {
        assert!(err.contains(want), "missing {want:?} in\n{err}");
    }
    let out = std::fs::read_to_string(dir.path().join("out.jsonl")).unwrap();
    let ids: Vec<String> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids, ["ok1", "ok2", "good.txt"]);

    // A 50 MB article with no punctuation, let through, is annotated in
    // linear time like any other.
    let o = factmark_in(
        dir.path(),
        &[
            "annotate",
            "batch.jsonl",
            "--format",
            "jsonl",
            "--max-article-mb",
            "60",
            "-o",
            "big.jsonl",
        ],
    );
    assert_stderr_has(&o, "3 articles annotated, 4 failed");
}

#[test]
fn fail_fast_stops_at_the_first_bad_article_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    bad_batch(dir.path());
    let o = factmark_in(
        dir.path(),
        &["annotate", ".", "--fail-fast", "-o", "out.csv"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert_stderr_has(&o, "--fail-fast");
    assert!(!dir.path().join("out.csv").exists());
}

fn lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path).unwrap().lines().map(String::from).collect()
}

#[test]
fn shards_together_are_the_whole_run() {
    let dir = tempfile::tempdir().unwrap();
    let articles = root().join("data/articles");
    let articles = articles.to_str().unwrap();
    let o = factmark_in(
        dir.path(),
        &["annotate", articles, "--format", "jsonl", "-o", "all.jsonl"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let all = lines(&dir.path().join("all.jsonl"));
    let mut union = Vec::new();
    for i in 0..4 {
        let out = format!("shard{i}.jsonl");
        let spec = format!("{i}/4");
        let o = factmark_in(
            dir.path(),
            &[
                "annotate", articles, "--format", "jsonl", "--shard", &spec,
                "-o", &out,
            ],
        );
        assert!(o.status.success(), "{}", stderr(&o));
        let part = lines(&dir.path().join(&out));
        assert!(
            part.len() < all.len(),
            "shard {i} holds {} of {}",
            part.len(),
            all.len()
        );
        union.extend(part);
    }
    assert_eq!(union.len(), all.len(), "each article in exactly one shard");
    let union: BTreeSet<String> = union.into_iter().collect();
    let all: BTreeSet<String> = all.into_iter().collect();
    assert_eq!(union, all);
}

#[test]
fn shard_auto_reads_the_job_environment() {
    let dir = tempfile::tempdir().unwrap();
    let articles = root().join("data/articles");
    let run = |envs: &[(&str, &str)], spec: &str| {
        Command::new(env!("CARGO_BIN_EXE_factmark"))
            .args(["annotate", "--format", "jsonl", "--shard", spec])
            .arg(&articles)
            .envs(envs.iter().copied())
            .current_dir(dir.path())
            .output()
            .unwrap()
    };
    let explicit = run(&[], "1/3");
    for (envs, spec) in [
        (
            &[
                ("SLURM_ARRAY_TASK_ID", "2"),
                ("SLURM_ARRAY_TASK_MIN", "1"),
                ("SLURM_ARRAY_TASK_COUNT", "3"),
            ][..],
            "auto",
        ),
        (
            &[("JOB_COMPLETION_INDEX", "1"), ("JOB_COMPLETIONS", "3")][..],
            "auto",
        ),
        (&[("JOB_COMPLETION_INDEX", "1")][..], "auto/3"),
        (
            &[
                ("AWS_BATCH_JOB_ARRAY_INDEX", "1"),
                ("AWS_BATCH_JOB_ARRAY_SIZE", "3"),
            ][..],
            "auto",
        ),
    ] {
        let o = run(envs, spec);
        assert!(o.status.success(), "{envs:?}: {}", stderr(&o));
        assert_eq!(stdout(&o), stdout(&explicit), "{envs:?}");
    }
    let o = run(&[], "auto");
    assert_eq!(o.status.code(), Some(2));
    assert_stderr_has(&o, "JOB_COMPLETION_INDEX");
}

#[test]
fn a_finished_shard_is_skipped_when_the_job_is_retried() {
    let dir = tempfile::tempdir().unwrap();
    bad_batch(dir.path());
    let args = ["annotate", ".", "--shard", "0/1", "-o", "part.csv"];
    let first = factmark_in(dir.path(), &args);
    assert_eq!(first.status.code(), Some(2), "bad articles fail the shard");
    assert!(dir.path().join("part.csv.done").exists());
    std::fs::write(dir.path().join("part.csv"), "kept").unwrap();
    let again = factmark_in(dir.path(), &args);
    assert_eq!(
        again.status.code(),
        Some(2),
        "a retry reports what the run found"
    );
    assert_stderr_has(&again, "already done");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("part.csv")).unwrap(),
        "kept"
    );
    // Without its output, a marker does not count.
    std::fs::remove_file(dir.path().join("part.csv")).unwrap();
    let third = factmark_in(dir.path(), &args);
    assert!(!stderr(&third).contains("already done"));
    assert!(dir.path().join("part.csv").exists());
}

#[cfg(unix)]
#[test]
fn output_to_a_pipe_or_through_a_link_is_not_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Officials said 300 people died.\n",
    )
    .unwrap();
    // A named pipe: written in place, still a pipe afterwards.
    let fifo = dir.path().join("out.fifo");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    let o = factmark_in(
        dir.path(),
        &["annotate", "a.txt", "-o", "out.fifo", "--shard", "0/1"],
    );
    {
        // Should factmark not have opened the pipe, release the reader
        // (without blocking when it is gone: O_NONBLOCK).
        use std::os::unix::fs::OpenOptionsExt;
        let _ = std::fs::OpenOptions::new()
            .write(true)
            .custom_flags(0o4000)
            .open(&fifo);
    }
    let read = reader.join().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(read.contains("Officials said 300"), "{read}");
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
    assert!(
        !dir.path().join("datapackage.json").exists(),
        "no datapackage beside a pipe"
    );
    // Nor a shard's marker: a retried job would skip writing to it.
    assert!(!dir.path().join("out.fifo.done").exists());
    // A symbolic link: the file it names is written, the link stays.
    std::fs::create_dir(dir.path().join("sheets")).unwrap();
    std::fs::write(dir.path().join("sheets/real.csv"), "").unwrap();
    std::os::unix::fs::symlink("sheets/real.csv", dir.path().join("link.csv"))
        .unwrap();
    let o = factmark_in(dir.path(), &["annotate", "a.txt", "-o", "link.csv"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::fs::symlink_metadata(dir.path().join("link.csv"))
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(std::fs::read_to_string(dir.path().join("sheets/real.csv"))
        .unwrap()
        .contains("Officials"));
    assert!(dir.path().join("sheets/datapackage.json").exists());
}
