//! The review sheet through a real spreadsheet: headless LibreOffice
//! turns factmark's CSV into .xlsx and back, as a reviewer's round trip
//! would, and `check` and `annotate --previous` must accept the result
//! and keep every verdict. Skipped, with a notice, when `soffice` is not
//! installed (`just e2e` installs it).

mod common;

use std::path::Path;
use std::process::Command;

use common::{factmark_in, root, stderr, stdout, Csv};

fn soffice() -> Option<&'static str> {
    let found = Command::new("soffice")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    found.then_some("soffice")
}

/// Converts `file` into `dir` with LibreOffice's filter `to`, reading CSV
/// as UTF-8 with commas (what a reviewer picks in the import dialog).
fn convert(soffice: &str, profile: &Path, file: &Path, to: &str, dir: &Path) {
    let o = Command::new(soffice)
        .arg(format!("-env:UserInstallation=file://{}", profile.display()))
        .args([
            "--headless",
            "--infilter=CSV:44,34,76,1",
            "--convert-to",
            to,
            "--outdir",
        ])
        .arg(dir)
        .arg(file)
        .output()
        .expect("running soffice");
    assert!(
        o.status.success(),
        "soffice: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn verdicts_survive_a_libreoffice_round_trip() {
    let Some(soffice) = soffice() else {
        eprintln!("NOTICE: soffice (LibreOffice) is not installed: the spreadsheet round trip was skipped; `just e2e` installs it and runs it");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir_all(d.join("articles")).unwrap();
    std::fs::copy(
        root().join("data/articles/seed.txt"),
        d.join("articles/seed.txt"),
    )
    .unwrap();
    let o = factmark_in(d, &["annotate", "articles", "-o", "review.csv"]);
    assert!(o.status.success(), "{}", stderr(&o));

    // The reviewer's work, typed as people type it.
    let mut sheet = Csv::read(&d.join("review.csv"));
    sheet.header.push("desk".into());
    for r in &mut sheet.rows {
        r.push(String::new());
    }
    let verdicts = ["Verified", "disputed ", "VERIFIED", "verified"];
    let mut edited = Vec::new();
    for (k, r) in (0..sheet.rows.len()).step_by(3).enumerate() {
        let v = verdicts[k % verdicts.len()];
        sheet.set(r, "status", v);
        sheet.set(r, "reviewer", "Zoë Ørsted");
        sheet.set(
            r,
            "evidence",
            &format!("https://example.org/claim/{k}?a=1&b=2"),
        );
        sheet.set(
            r,
            "note",
            if k == 1 {
                "=SUM(A1:A2) looks wrong; “sic”, 1,000\nsecond line"
            } else {
                "ok"
            },
        );
        sheet.set(r, "desk", "europe");
        edited.push(sheet.get(r, "claim_id").to_string());
    }
    sheet.write(&d.join("review.csv"), b',');
    let want = Csv::read(&d.join("review.csv"));

    // Through a spreadsheet file and back.
    let profile = d.join("lo-profile");
    convert(soffice, &profile, &d.join("review.csv"), "xlsx", &d.join("xlsx"));
    convert(
        soffice,
        &profile,
        &d.join("xlsx/review.xlsx"),
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false",
        &d.join("back"),
    );
    let back = d.join("back/review.csv");
    let got = Csv::read(&back);
    assert_eq!(got.rows.len(), want.rows.len());

    let o = factmark_in(
        d,
        &["check", "back/review.csv", "--articles", "articles"],
    );
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));

    let o = factmark_in(
        d,
        &[
            "annotate",
            "articles",
            "--previous",
            "back/review.csv",
            "-o",
            "next.csv",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let next = Csv::read(&d.join("next.csv"));
    for id in &edited {
        let (w, n) = (want.find(id).unwrap(), next.find(id).unwrap());
        assert_eq!(
            next.get(n, "status"),
            want.get(w, "status").trim().to_lowercase(),
            "{id}"
        );
        for col in ["reviewer", "evidence", "note", "desk"] {
            let want_cell = want.get(w, col);
            // The writer guards a formula with a `'`; so does the sheet.
            let want_cell = if want_cell.starts_with('=') {
                format!("'{want_cell}")
            } else {
                want_cell.to_string()
            };
            assert_eq!(next.get(n, col), want_cell, "{id} {col}");
        }
    }
    eprintln!(
        "LibreOffice round trip: {} rows, {} verdicts kept",
        next.rows.len(),
        edited.len()
    );
}
