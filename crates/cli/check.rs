//! `factmark check`: what CI should stop in a reviewed sheet.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::io::{self, Write};

use factmark_pipeline::{Articles, BatchOptions, Input, Pipeline};
use factmark_review::{check, CheckOptions};
use serde_json::json;

use crate::annotate::read_sheet;
use crate::flags::{CheckArgs, CheckFormat};

/// One finding, with its file.
struct Located {
    file: String,
    line: u64,
    code: &'static str,
    message: String,
}

/// What stopped a sheet or an article from being read.
struct Failure {
    file: String,
    message: String,
}

/// Runs the check; returns the exit code: 0 clean, 1 findings, 2 a sheet
/// or an article could not be read.
pub fn run(args: &CheckArgs) -> anyhow::Result<u8> {
    let mut failures = Vec::new();
    let articles = if args.articles.is_empty() {
        None
    } else {
        Some(claims_of_articles(&args.articles, &mut failures)?)
    };
    let options = CheckOptions {
        require_reviewed: args.require_reviewed,
        articles: articles.as_ref(),
    };
    let mut findings = Vec::new();
    let mut rows = 0;
    for path in &args.sheets {
        let file = path.display().to_string();
        match read_sheet(path) {
            Ok(sheet) => {
                rows += sheet.rows.len();
                for f in check(&sheet, &options) {
                    findings.push(Located {
                        file: file.clone(),
                        line: f.line,
                        code: f.code,
                        message: f.message,
                    });
                }
            }
            Err(e) => {
                failures.push(Failure { file, message: format!("{e:#}") })
            }
        }
    }
    let stdout = io::stdout();
    let mut out = stdout.lock();
    match args.format {
        CheckFormat::Text => {
            for f in &findings {
                writeln!(
                    out,
                    "{}:{}: {}: {}",
                    f.file, f.line, f.code, f.message
                )?;
            }
            for e in &failures {
                eprintln!("factmark: {}", e.message);
            }
        }
        CheckFormat::Json => {
            let report = json!({
                "sheets": args.sheets.len(),
                "rows": rows,
                "findings": findings.iter().map(|f| json!({
                    "file": f.file,
                    "line": f.line,
                    "code": f.code,
                    "message": f.message,
                })).collect::<Vec<_>>(),
                "errors": failures.iter().map(|e| json!({
                    "file": e.file,
                    "message": e.message,
                })).collect::<Vec<_>>(),
            });
            writeln!(out, "{report}")?;
        }
        CheckFormat::Github => {
            for f in &findings {
                writeln!(
                    out,
                    "::error file={},line={},title=factmark {}::{}",
                    escape_property(&f.file),
                    f.line,
                    f.code,
                    escape_data(&f.message)
                )?;
            }
            for e in &failures {
                writeln!(
                    out,
                    "::error file={}::{}",
                    escape_property(&e.file),
                    escape_data(&e.message)
                )?;
            }
        }
    }
    out.flush()?;
    if args.format != CheckFormat::Json {
        let mut summary = format!(
            "factmark check: {} sheets, {rows} rows, {} findings",
            args.sheets.len(),
            findings.len()
        );
        if !failures.is_empty() {
            let _ = write!(summary, ", {} could not be read", failures.len());
        }
        eprintln!("{summary}");
    }
    Ok(if !failures.is_empty() {
        2
    } else if !findings.is_empty() {
        1
    } else {
        0
    })
}

/// Annotates the articles and returns the claim ids of each, by article
/// id. Articles that cannot be read are failures.
fn claims_of_articles(
    inputs: &[String],
    failures: &mut Vec<Failure>,
) -> anyhow::Result<HashMap<String, HashSet<String>>> {
    let inputs: Vec<Input> =
        inputs.iter().map(|a| Input::from_arg(a)).collect();
    let mut out: HashMap<String, HashSet<String>> = HashMap::new();
    factmark_pipeline::run(
        &Pipeline::new(),
        Articles::new(&inputs),
        BatchOptions::default(),
        |outcome| outcome,
        |outcome| -> anyhow::Result<()> {
            match outcome {
                Ok((article, ann)) => {
                    out.insert(
                        article.doc.id.clone(),
                        ann.claims.into_iter().map(|c| c.id).collect(),
                    );
                }
                Err(e) => failures.push(Failure {
                    file: e.origin.file.clone(),
                    message: e.to_string(),
                }),
            }
            Ok(())
        },
    )?;
    Ok(out)
}

/// Escapes a workflow command's message.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a workflow command's property value.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}
