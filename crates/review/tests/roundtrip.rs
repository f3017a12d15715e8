//! Nothing a reviewer writes is ever lost. Many random rounds of: annotate
//! some articles, write the sheet (random delimiter, byte order mark and
//! line ends), let a reviewer type verdicts, notes and columns of their
//! own into the file as people do, edit some articles (sentences removed,
//! changed, repeated, added), annotate again (sometimes only some of the
//! articles) carrying the old sheet over. After every round, every
//! verdict ever written and not since changed by the reviewer is still in
//! the sheet, on its claim or on a row flagged `stale`.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};

use factmark_core::Document;
use factmark_pipeline::Pipeline;
use factmark_review::{Merger, Row, Sheet, SheetOptions, SheetWriter, Status};
use proptest::prelude::*;

/// Sentences the articles are made of: claims with figures and sources,
/// and plain ones.
const SENTENCES: [&str; 10] = [
    "Officials said {} people were evacuated.",
    "The ministry reported {} new cases last week.",
    "“We lost {} soldiers in a month,” he said.",
    "Prices rose {}% last year, according to the central bank.",
    "Up to {} homes were damaged, the mayor told reporters.",
    "It is believed to have cost {} million dollars.",
    "Analysts believe about {} firms will close.",
    "The river rose quickly.",
    "Residents gathered in the square.",
    "Rescue teams worked through the night.",
];

/// An article: sentences as (template, number).
type Article = Vec<(usize, u32)>;

fn render(a: &Article) -> String {
    a.iter()
        .map(|&(t, n)| SENTENCES[t].replace("{}", &n.to_string()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// What a reviewer writes on a row.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Verdict {
    status: String,
    reviewer: String,
    evidence: String,
    note: String,
    desk: String,
}

/// One action of a round.
#[derive(Clone, Debug)]
enum Edit {
    /// The reviewer writes on the k-th row (modulo the rows).
    Review { row: usize, verdict: Verdict },
    /// The reviewer clears the k-th row.
    Clear { row: usize },
    /// Article a loses a sentence.
    Remove { article: usize, at: usize },
    /// A number in article a changes.
    Change { article: usize, at: usize, number: u32 },
    /// Article a gains a sentence (maybe one it already has).
    Add { article: usize, sentence: (usize, u32) },
}

fn verdict() -> impl Strategy<Value = Verdict> {
    (
        prop::sample::select(vec![
            "verified",
            "Verified ",
            " DISPUTED",
            "disputed",
            "verifed",
        ]),
        prop::sample::select(vec!["", "ana", "Zoë", "b; c"]),
        prop::sample::select(vec![
            "",
            "https://example.org/a?b=1,2",
            "https://x.org https://y.org",
        ]),
        prop::sample::select(vec![
            "",
            "ok",
            "=1+1",
            "-5 is wrong",
            "a, \"quoted\"\nnote",
            "@here",
            "\ttab",
        ]),
        prop::sample::select(vec!["", "europe", "=desk"]),
    )
        .prop_map(|(s, r, e, n, d)| Verdict {
            status: s.into(),
            reviewer: r.into(),
            evidence: e.into(),
            note: n.into(),
            desk: d.into(),
        })
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        3 => (0..50usize, verdict()).prop_map(|(row, verdict)| Edit::Review { row, verdict }),
        1 => (0..50usize).prop_map(|row| Edit::Clear { row }),
        1 => (0..3usize, 0..20usize).prop_map(|(article, at)| Edit::Remove { article, at }),
        1 => (0..3usize, 0..20usize, 1..999u32).prop_map(|(article, at, number)| Edit::Change { article, at, number }),
        1 => (0..3usize, 0..SENTENCES.len(), 1..5u32).prop_map(|(article, t, n)| Edit::Add { article, sentence: (t, n) }),
    ]
}

fn articles() -> impl Strategy<Value = Vec<Article>> {
    prop::collection::vec(
        prop::collection::vec((0..SENTENCES.len(), 1..5u32), 1..8),
        3,
    )
}

/// How a round writes its sheet.
#[derive(Clone, Copy, Debug)]
struct Format {
    bom: bool,
    delimiter: u8,
    lf: bool,
    /// Annotate only the first article this round.
    partial: bool,
}

fn format() -> impl Strategy<Value = Format> {
    (
        any::<bool>(),
        prop::sample::select(vec![b',', b';', b'\t']),
        any::<bool>(),
        prop::bool::weighted(0.2),
    )
        .prop_map(|(bom, delimiter, lf, partial)| Format {
            bom,
            delimiter,
            lf,
            partial,
        })
}

static ROUNDS: AtomicUsize = AtomicUsize::new(0);

/// Annotates `articles` (only the first if `partial`), merges `previous`
/// and returns the sheet's bytes.
fn annotate(
    pipeline: &Pipeline,
    articles: &[Article],
    previous: Option<&Sheet>,
    f: Format,
) -> Vec<u8> {
    let mut merger = previous.map(Merger::new);
    let extra =
        merger.as_ref().map_or(Vec::new(), |m| m.extra_columns().to_vec());
    let mut sheet = SheetWriter::with_extra_columns(
        Vec::new(),
        SheetOptions { bom: f.bom, delimiter: f.delimiter },
        &extra,
    )
    .unwrap();
    let n = if f.partial { 1 } else { articles.len() };
    for (i, a) in articles.iter().enumerate().take(n) {
        let doc = Document::new(format!("a{i}"), render(a));
        let ann = pipeline.annotate(&doc);
        let mut rows = factmark_review::rows(&doc, &ann);
        if let Some(m) = &mut merger {
            rows = m.article(&doc.id, rows);
        }
        for r in &rows {
            sheet.write(r).unwrap();
        }
    }
    if let Some(m) = merger {
        for r in &m.finish().0 {
            sheet.write(r).unwrap();
        }
    }
    let bytes = sheet.finish().unwrap();
    if f.lf {
        // Line ends only: no cell holds a carriage return.
        String::from_utf8(bytes).unwrap().replace("\r\n", "\n").into_bytes()
    } else {
        bytes
    }
}

/// The reviewer's edit, made on the rows as read from the file.
fn review(
    rows: &mut [Row],
    row: usize,
    v: Option<&Verdict>,
) -> Option<(String, Verdict)> {
    if rows.is_empty() {
        return None;
    }
    let r = &mut rows[row % rows.len()];
    let v = v.cloned().unwrap_or(Verdict {
        status: String::new(),
        reviewer: String::new(),
        evidence: String::new(),
        note: String::new(),
        desk: String::new(),
    });
    r.status.clone_from(&v.status);
    r.reviewer.clone_from(&v.reviewer);
    r.evidence.clone_from(&v.evidence);
    r.note.clone_from(&v.note);
    r.extra = vec![("desk".into(), v.desk.clone())];
    Some((r.claim_id.clone(), v))
}

fn write_rows(rows: &[Row], f: Format) -> Vec<u8> {
    let extra = vec!["desk".to_string()];
    let mut w = SheetWriter::with_extra_columns(
        Vec::new(),
        SheetOptions { bom: f.bom, delimiter: f.delimiter },
        &extra,
    )
    .unwrap();
    for r in rows {
        w.write(r).unwrap();
    }
    w.finish().unwrap()
}

fn normalized(v: &Verdict) -> Verdict {
    Verdict {
        status: Status::parse(&v.status).as_str().to_string(),
        ..v.clone()
    }
}

/// How many cases the property runs; each has one to six rounds.
const CASES: u32 = 256;

#[test]
fn no_verdict_is_ever_lost() {
    let mut runner = proptest::test_runner::TestRunner::new(
        ProptestConfig::with_cases(CASES),
    );
    let rounds = prop::collection::vec(
        (prop::collection::vec(edit(), 1..8), format()),
        1..7,
    );
    let result =
        runner.run(&(articles(), rounds), |(mut articles, rounds)| {
            let pipeline = Pipeline::new();
            // The latest verdict the reviewer wrote on each claim id.
            let mut ledger: BTreeMap<String, Verdict> = BTreeMap::new();
            let mut bytes = annotate(
                &pipeline,
                &articles,
                None,
                Format {
                    bom: true,
                    delimiter: b',',
                    lf: false,
                    partial: false,
                },
            );
            for (edits, f) in rounds {
                ROUNDS.fetch_add(1, Ordering::Relaxed);
                // The reviewer works on the sheet as it is in the file.
                let sheet =
                    Sheet::read(&bytes).expect("factmark reads its own sheet");
                let mut rows: Vec<Row> =
                    sheet.rows.iter().map(|r| sheet.to_row(r)).collect();
                for e in &edits {
                    let change = match e {
                        Edit::Review { row, verdict } => {
                            review(&mut rows, *row, Some(verdict))
                        }
                        Edit::Clear { row } => review(&mut rows, *row, None),
                        Edit::Remove { article, at } => {
                            let a = &mut articles[*article];
                            if a.len() > 1 {
                                a.remove(at % a.len());
                            }
                            None
                        }
                        Edit::Change { article, at, number } => {
                            let a = &mut articles[*article];
                            let k = at % a.len();
                            a[k].1 = *number;
                            None
                        }
                        Edit::Add { article, sentence } => {
                            articles[*article].push(*sentence);
                            None
                        }
                    };
                    if let Some((id, v)) = change {
                        let empty = [
                            &v.status,
                            &v.reviewer,
                            &v.evidence,
                            &v.note,
                            &v.desk,
                        ]
                        .iter()
                        .all(|c| c.trim().is_empty());
                        if empty {
                            ledger.remove(&id);
                        } else {
                            ledger.insert(id, v);
                        }
                    }
                }
                let saved = write_rows(&rows, f);
                let previous = Sheet::read(&saved)
                    .expect("the reviewer's sheet reads back");
                bytes = annotate(&pipeline, &articles, Some(&previous), f);

                let sheet = Sheet::read(&bytes).unwrap();
                let now: Vec<Row> =
                    sheet.rows.iter().map(|r| sheet.to_row(r)).collect();
                for (id, v) in &ledger {
                    let want = normalized(v);
                    let found = now.iter().any(|r| {
                        r.claim_id == *id
                            && Verdict {
                                status: r.status.clone(),
                                reviewer: r.reviewer.clone(),
                                evidence: r.evidence.clone(),
                                note: r.note.clone(),
                                desk: r.extra("desk").to_string(),
                            } == want
                    });
                    prop_assert!(
                        found,
                        "verdict on {} lost: {:?}\nsheet: {:#?}",
                        id,
                        want,
                        now
                    );
                }
            }
            Ok(())
        });
    if let Err(e) = result {
        panic!("{e}");
    }
    eprintln!(
        "nothing-lost property: {} cases, {} rounds",
        CASES,
        ROUNDS.load(Ordering::Relaxed)
    );
}
