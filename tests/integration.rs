//! End-to-end tests of the `factmark` binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn factmark(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factmark"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("running factmark")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Compares `got` with the committed file `path`; with FACTMARK_BLESS=1
/// in the environment, rewrites the file instead (on purpose, after
/// reading the diff).
fn assert_matches_file(got: &str, path: &Path) {
    if std::env::var_os("FACTMARK_BLESS").is_some() {
        std::fs::write(path, got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(path).unwrap_or_default();
    if got != want {
        let diff: Vec<String> = want
            .lines()
            .zip(got.lines())
            .enumerate()
            .filter(|(_, (w, g))| w != g)
            .take(5)
            .map(|(i, (w, g))| format!("line {}:\n- {w}\n+ {g}", i + 1))
            .collect();
        panic!(
            "output differs from {} ({} vs {} lines); if the change is \
             intended, rerun with FACTMARK_BLESS=1 and commit the file.\n{}",
            path.display(),
            got.lines().count(),
            want.lines().count(),
            diff.join("\n")
        );
    }
}

fn rows(csv_text: &str) -> Vec<csv::StringRecord> {
    csv::ReaderBuilder::new()
        .from_reader(csv_text.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .map(|r| r.unwrap())
        .collect()
}

#[test]
fn seed_sheet_is_the_committed_one() {
    let out = factmark(&["annotate", "data/articles/seed.txt", "--quiet"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_matches_file(
        &stdout(&out),
        &root().join("tests/data/expected/seed.csv"),
    );
}

#[test]
fn seed_sheet_rows() {
    let out = factmark(&["annotate", "data/articles/seed.txt", "--quiet"]);
    let text = stdout(&out);
    assert!(text.starts_with('\u{feff}'), "the sheet starts with a BOM");
    assert!(text.contains("\r\n"), "the sheet has CRLF line ends");
    let rows = rows(&text);
    // Columns: claim_id, article_id, sentence_no, claim, context,
    // quantities, source, cue, attribution, flags, status, ...
    assert!(
        rows.iter().all(|r| !r[3].contains("Getty Images")),
        "photo credits are never claims"
    );
    let first = &rows[0];
    assert_eq!(&first[2], "1");
    assert!(first[5].starts_with("up to 25,000 soldiers killed a month ["));
    assert!(first[5].contains("≤25000") && first[5].contains("/ month"));
    assert!(first[6].contains("Mark Rutte"), "source: {}", &first[6]);
    let he_said = rows
        .iter()
        .find(|r| r[3].starts_with("He said that 20,000 to 25,000 troops"))
        .expect("the row of 'He said that 20,000 to 25,000'");
    assert!(he_said[6].starts_with("Mark Rutte"), "source: {}", &he_said[6]);
    assert!(he_said[4].contains("“He” is Mark Rutte"));
    let ids: Vec<&str> = rows.iter().map(|r| &r[0]).collect();
    assert!(ids.iter().all(|id| id.starts_with("c-")));
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "claim ids are unique");
}

#[test]
fn a_file_that_is_not_utf8_is_reported_and_the_rest_written() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("data/articles/seed.txt"),
        dir.path().join("a.txt"),
    )
    .unwrap();
    std::fs::write(dir.path().join("b.txt"), b"Caf\xe9 prices rose 5%.\n")
        .unwrap();
    std::fs::write(
        dir.path().join("c.txt"),
        "Prices rose 5% in May, officials said.\n",
    )
    .unwrap();
    let out = factmark(&["annotate", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    let bad = dir.path().join("b.txt");
    assert!(
        err.contains(&format!("factmark: {}:1: not UTF-8", bad.display())),
        "{err}"
    );
    assert!(err.contains("2 articles annotated, 1 failed"), "{err}");
    let rows = rows(&stdout(&out));
    assert!(rows.iter().any(|r| &r[1] == "a.txt"));
    assert!(rows.iter().any(|r| &r[1] == "c.txt"));
}

#[test]
fn jsonl_spans_point_into_the_text() {
    let out =
        factmark(&["annotate", "data/articles", "--format", "jsonl", "-q"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut articles = 0;
    for line in stdout(&out).lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let id = v["id"].as_str().unwrap();
        let text =
            std::fs::read_to_string(root().join("data/articles").join(id))
                .unwrap();
        let chars: Vec<char> = text.chars().collect();
        let mut spans = Vec::new();
        collect_spans(&v, &mut spans);
        assert!(spans.len() > 10, "{id}: spans found");
        for s in spans {
            let (b0, b1) = (
                s["byte_start"].as_u64().unwrap() as usize,
                s["byte_end"].as_u64().unwrap() as usize,
            );
            let (c0, c1) = (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            );
            let want = s["text"].as_str().unwrap();
            assert_eq!(&text[b0..b1], want, "{id}: byte span");
            assert_eq!(
                chars[c0..c1].iter().collect::<String>(),
                want,
                "{id}: char span"
            );
        }
        articles += 1;
    }
    assert_eq!(articles, 21);
}

/// Every object with `byte_start` in a JSON tree.
fn collect_spans<'a>(
    v: &'a serde_json::Value,
    out: &mut Vec<&'a serde_json::Value>,
) {
    match v {
        serde_json::Value::Object(m) => {
            if m.contains_key("byte_start") {
                out.push(v);
            }
            m.values().for_each(|x| collect_spans(x, out));
        }
        serde_json::Value::Array(a) => {
            a.iter().for_each(|x| collect_spans(x, out))
        }
        _ => {}
    }
}

#[test]
fn output_is_the_same_for_any_jobs() {
    let one = factmark(&["annotate", "data/articles", "-j", "1", "-q"]);
    let two = factmark(&["annotate", "data/articles", "-j", "3", "-q"]);
    assert!(one.status.success());
    assert_eq!(stdout(&one), stdout(&two));
}

#[test]
fn jsonl_on_stdin_and_file_output() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.jsonl");
    let mut child = Command::new(env!("CARGO_BIN_EXE_factmark"))
        .args(["annotate", "--format", "jsonl", "-o"])
        .arg(&target)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            b"{\"id\": \"a\", \"text\": \"Up to 300 people died, police said.\", \"url\": \"u\"}\n",
        )
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(&target).unwrap();
    let v: serde_json::Value = serde_json::from_str(written.trim()).unwrap();
    assert_eq!(v["id"], "a");
    assert_eq!(v["url"], "u");
    assert_eq!(v["quantities"][0]["value"], 300);
    assert_eq!(v["attributions"][0]["source"]["text"], "police");
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(left.len(), 1, "no temporary file is left behind");
}
