//! The review sheet's round trip through the binary: verdicts carried by
//! `annotate --previous`, sheets with verdicts never overwritten by
//! accident, `check` finding each kind of problem in each format, and
//! the datapackage.json written beside the sheet.

mod common;

use std::path::Path;

use common::{assert_stderr_has, factmark_in, root, stderr, stdout, Csv};

const SHORT: &str = "Officials said 300 people were evacuated on Monday.\n";

/// A folder of two articles: the seed article (`a.txt`) and a short one
/// (`b.txt`).
fn articles(dir: &Path) {
    let folder = dir.join("articles");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::copy(root().join("data/articles/seed.txt"), folder.join("a.txt"))
        .unwrap();
    std::fs::write(folder.join("b.txt"), SHORT).unwrap();
}

fn edit_article(dir: &Path, from: &str, to: &str) {
    let path = dir.join("articles/a.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{from}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn previous_keeps_every_verdict_and_marks_gone_claims_stale() {
    let dir = tempfile::tempdir().unwrap();
    articles(dir.path());
    let run = |args: &[&str]| {
        let o = factmark_in(dir.path(), args);
        assert!(o.status.success(), "{}", stderr(&o));
        o
    };
    run(&["annotate", "articles", "-o", "review.csv"]);
    let mut sheet = Csv::read(&dir.path().join("review.csv"));
    // A reviewer adds a column, and marks rows the way people type.
    sheet.header.push("desk".into());
    for r in &mut sheet.rows {
        r.push(String::new());
    }
    let said = sheet
        .rows
        .iter()
        .position(|r| r[3].starts_with("He said that 20,000"))
        .unwrap();
    let kias = sheet
        .rows
        .iter()
        .position(|r| r[3] == "Still, KIAs remain high.")
        .unwrap();
    let drones = sheet
        .rows
        .iter()
        .position(|r| r[3].starts_with("Ukrainian officials"))
        .unwrap();
    let golden = sheet
        .rows
        .iter()
        .position(|r| r[3].starts_with("Ukrainian and Western soldiers"))
        .unwrap();
    sheet.set(said, "status", " Verified ");
    sheet.set(said, "reviewer", "ana");
    sheet.set(said, "evidence", "https://example.org/nato");
    sheet.set(kias, "status", "disputed");
    sheet.set(kias, "note", "=no source; see desk");
    sheet.set(drones, "desk", "europe");
    let (said_id, kias_id, drones_id, golden_id) = (
        sheet.get(said, "claim_id").to_string(),
        sheet.get(kias, "claim_id").to_string(),
        sheet.get(drones, "claim_id").to_string(),
        sheet.get(golden, "claim_id").to_string(),
    );
    sheet.write(&dir.path().join("review.csv"), b';');

    // The article changes: one reviewed sentence is removed, one
    // unreviewed sentence is edited.
    edit_article(dir.path(), "Still, KIAs remain high.", "");
    edit_article(
        dir.path(),
        "have said that “golden hour”",
        "said that “golden hour”",
    );
    let o = run(&[
        "annotate",
        "articles",
        "--previous",
        "review.csv",
        "-o",
        "review.csv",
    ]);
    assert!(
        stderr(&o)
            .contains("2 verdicts carried, 1 stale, 1 unreviewed claims gone"),
        "{}",
        stderr(&o)
    );

    let after = Csv::read(&dir.path().join("review.csv"));
    assert_eq!(after.header.last().unwrap(), "desk");
    let r = after.find(&said_id).unwrap();
    assert_eq!(
        [
            after.get(r, "status"),
            after.get(r, "reviewer"),
            after.get(r, "evidence"),
            after.get(r, "flags")
        ],
        ["verified", "ana", "https://example.org/nato", ""]
    );
    let r = after.find(&kias_id).unwrap();
    assert_eq!(after.get(r, "status"), "disputed");
    assert_eq!(
        after.get(r, "note"),
        "'=no source; see desk",
        "the formula guard is written back"
    );
    assert!(after.get(r, "flags").ends_with("stale"));
    // The stale row stays where its sentence was.
    assert_eq!(after.get(r - 1, "claim"), sheet.get(kias - 1, "claim"));
    assert_eq!(after.get(after.find(&drones_id).unwrap(), "desk"), "europe");
    assert_eq!(
        after.find(&golden_id),
        None,
        "an unreviewed claim that is gone is dropped"
    );

    // Annotating only the short article keeps the seed's rows as they were.
    let o = run(&[
        "annotate",
        "articles/b.txt",
        "--previous",
        "review.csv",
        "-o",
        "partial.csv",
    ]);
    assert_stderr_has(&o, "rows of other articles kept");
    let partial = Csv::read(&dir.path().join("partial.csv"));
    assert_eq!(partial.rows.len(), after.rows.len());
    assert_eq!(
        partial.get(partial.find(&said_id).unwrap(), "status"),
        "verified"
    );

    let o = factmark_in(
        dir.path(),
        &["check", "review.csv", "--articles", "articles"],
    );
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
}

#[test]
fn annotate_refuses_to_overwrite_verdicts() {
    let dir = tempfile::tempdir().unwrap();
    articles(dir.path());
    let o =
        factmark_in(dir.path(), &["annotate", "articles", "-o", "review.csv"]);
    assert!(o.status.success());
    // Running again over an unreviewed sheet is fine.
    let o =
        factmark_in(dir.path(), &["annotate", "articles", "-o", "review.csv"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut sheet = Csv::read(&dir.path().join("review.csv"));
    sheet.set(0, "status", "verified");
    sheet.write(&dir.path().join("review.csv"), b',');
    let before = std::fs::read(dir.path().join("review.csv")).unwrap();
    let o =
        factmark_in(dir.path(), &["annotate", "articles", "-o", "review.csv"]);
    assert_eq!(o.status.code(), Some(2));
    assert_stderr_has(&o, "--previous review.csv");
    assert_eq!(std::fs::read(dir.path().join("review.csv")).unwrap(), before);
    let o = factmark_in(
        dir.path(),
        &["annotate", "articles", "-o", "review.csv", "--force"],
    );
    assert!(o.status.success());
}

#[test]
fn a_previous_sheet_that_cannot_be_read_stops_the_run() {
    let dir = tempfile::tempdir().unwrap();
    articles(dir.path());
    std::fs::write(
        dir.path().join("old.csv"),
        b"claim_id,note\nc-1,caf\xe9\n",
    )
    .unwrap();
    let o = factmark_in(
        dir.path(),
        &["annotate", "articles", "--previous", "old.csv", "-o", "old.csv"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert_stderr_has(&o, "old.csv:2: not UTF-8");
    assert_eq!(
        std::fs::read(dir.path().join("old.csv")).unwrap(),
        b"claim_id,note\nc-1,caf\xe9\n"
    );
}

/// A reviewed sheet with one problem of each kind `check` knows.
fn sheet_with_one_of_each(dir: &Path) {
    articles(dir);
    let o = factmark_in(dir, &["annotate", "articles", "-o", "review.csv"]);
    assert!(o.status.success());
    let mut s = Csv::read(&dir.join("review.csv"));
    for r in 0..s.rows.len() {
        s.set(r, "status", "verified");
    }
    let row = |s: &Csv, start: &str| {
        s.rows.iter().position(|r| r[3].starts_with(start)).unwrap()
    };
    let r = row(&s, "He said that 20,000");
    s.set(r, "status", "Verfied");
    let r = row(&s, "“I’m not talking");
    s.set(r, "status", "disputed");
    let r = row(&s, "Killed.”");
    s.set(r, "evidence", "the ministry's website");
    let r = row(&s, "He compared");
    let edited = s.get(r, "claim").replace("1979", "1980");
    s.set(r, "claim", &edited);
    let r = row(&s, "“Now they lose");
    s.set(r, "claim_id", "");
    let r = row(&s, "“So that’s also");
    s.set(r, "status", "");
    let copy = s.rows[row(&s, "Britain’s defense ministry said")].clone();
    s.rows.push(copy);
    // The sentence of this row leaves the article.
    edit_article(dir, "Still, KIAs remain high.", "");
    // Header: `context` dropped, `reviewer` twice, a cell with no header.
    let context = s.col("context");
    s.header.remove(context);
    for r in &mut s.rows {
        r.remove(context);
    }
    s.header.push("reviewer".into());
    for r in &mut s.rows {
        r.push(String::new());
    }
    s.rows[0].push("typed beside".into());
    s.write(&dir.join("review.csv"), b',');
    // b.txt is left out of --articles: its row is of an unknown article.
    std::fs::rename(dir.join("articles/b.txt"), dir.join("b.txt")).unwrap();
}

#[test]
fn check_reports_each_kind_of_finding_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    sheet_with_one_of_each(dir.path());
    let args = [
        "check",
        "review.csv",
        "--articles",
        "articles",
        "--require-reviewed",
    ];

    let text = factmark_in(dir.path(), &args);
    assert_eq!(text.status.code(), Some(1), "{}", stderr(&text));
    let out = stdout(&text);
    eprintln!("--- text\n{out}");
    let codes: Vec<&str> =
        out.lines().map(|l| l.split(": ").nth(1).unwrap()).collect();
    let mut want: Vec<&str> =
        factmark_review::CODES.iter().map(|(c, _)| *c).collect();
    let mut got = codes.clone();
    got.sort_unstable();
    want.sort_unstable();
    assert_eq!(got, want, "one finding of each kind:\n{out}");
    assert!(out.contains(
        "review.csv:1: missing-column: the header has no `context` column"
    ));
    assert!(out.contains("did you mean `verified`?"));

    let json =
        factmark_in(dir.path(), &[&args[..], &["--format", "json"]].concat());
    assert_eq!(json.status.code(), Some(1));
    eprintln!("--- json\n{}", stdout(&json));
    let v: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(
        v["findings"].as_array().unwrap().len(),
        factmark_review::CODES.len()
    );
    assert_eq!(v["findings"][0]["file"], "review.csv");

    let gh = factmark_in(
        dir.path(),
        &[&args[..], &["--format", "github"]].concat(),
    );
    assert_eq!(gh.status.code(), Some(1));
    eprintln!("--- github\n{}", stdout(&gh));
    assert!(stdout(&gh)
        .lines()
        .all(|l| l.starts_with("::error file=review.csv,line=")));
    assert_eq!(stdout(&gh).lines().count(), factmark_review::CODES.len());
}

#[test]
fn check_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    articles(dir.path());
    let o =
        factmark_in(dir.path(), &["annotate", "articles", "-o", "review.csv"]);
    assert!(o.status.success());
    let o = factmark_in(
        dir.path(),
        &["check", "review.csv", "--articles", "articles"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let o = factmark_in(dir.path(), &["check", "missing.csv"]);
    assert_eq!(o.status.code(), Some(2));
    assert_stderr_has(&o, "missing.csv");
}

#[test]
fn a_datapackage_describes_the_sheet() {
    let dir = tempfile::tempdir().unwrap();
    articles(dir.path());
    let o = factmark_in(
        dir.path(),
        &["annotate", "articles", "-o", "review.csv", "--delimiter", ";"],
    );
    assert!(o.status.success());
    let o = factmark_in(
        dir.path(),
        &["annotate", "articles/b.txt", "-o", "b.csv", "--no-bom"],
    );
    assert!(o.status.success());
    let text =
        std::fs::read_to_string(dir.path().join("datapackage.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let resources = v["resources"].as_array().unwrap();
    assert_eq!(resources.len(), 2);
    let review = resources.iter().find(|r| r["path"] == "review.csv").unwrap();
    assert_eq!(review["dialect"]["delimiter"], ";");
    assert_eq!(review["encoding"], "utf-8-sig");
    let fields = review["schema"]["fields"].as_array().unwrap();
    let names: Vec<&str> =
        fields.iter().map(|f| f["name"].as_str().unwrap()).collect();
    assert_eq!(names, factmark_review::COLUMNS);
    let status = fields.iter().find(|f| f["name"] == "status").unwrap();
    assert_eq!(
        status["constraints"]["enum"],
        serde_json::json!(["verified", "disputed"])
    );
    let b = resources.iter().find(|r| r["path"] == "b.csv").unwrap();
    assert_eq!(b["encoding"], "utf-8");
}
