//! factmark under a real distributed engine: Spark's `RDD.pipe` in local
//! mode feeds it the news sample as JSONL on stdin, and the collected
//! output must equal a plain run (`scripts/spark_pipe.py`). Skipped, with
//! a notice, when no Python with pyspark is found: `just spark` installs
//! one in `.venv-spark` and runs this test.

mod common;

use std::process::Command;

use common::root;

/// A Python that imports pyspark: $FACTMARK_PYSPARK, the repository's
/// `.venv-spark`, or `python3`.
fn pyspark() -> Option<String> {
    let candidates = [
        std::env::var("FACTMARK_PYSPARK").ok(),
        Some(root().join(".venv-spark/bin/python").display().to_string()),
        Some("python3".to_string()),
    ];
    candidates.into_iter().flatten().find(|py| {
        Command::new(py)
            .args(["-c", "import pyspark"])
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

#[test]
fn spark_pipe_equals_a_plain_run() {
    let Some(python) = pyspark() else {
        eprintln!("NOTICE: no Python with pyspark: the Spark RDD.pipe test was skipped; `just spark` installs pyspark in .venv-spark and runs it");
        return;
    };
    let o = Command::new(&python)
        .arg(root().join("scripts/spark_pipe.py"))
        .arg(env!("CARGO_BIN_EXE_factmark"))
        .arg(root().join("data/bench/news_sample.jsonl"))
        .output()
        .expect("running the Spark script");
    let out = String::from_utf8_lossy(&o.stdout);
    eprintln!("{out}");
    assert!(
        o.status.success(),
        "{out}\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(out.contains("identical to a plain run"), "{out}");
}
