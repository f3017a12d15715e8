//! `factmark annotate`.

use std::io::{self, Write};
use std::path::Path;

use anyhow::{bail, Context};
use factmark_pipeline::{
    jsonl, Articles, BatchOptions, Input, InputError, Pipeline,
};
use factmark_review::{
    datapackage, EncodedRows, MergeStats, Merger, Row, RowEncoder, Sheet,
    SheetOptions, SheetWriter,
};

use crate::flags::{AnnotateArgs, Format};
use crate::output::Output;
use crate::progress::Progress;
use crate::{done_marker, shard};

/// What a run did, for the summary line and the exit code.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Summary {
    pub done: usize,
    pub failed: usize,
    pub claims: usize,
    /// What carrying over an earlier sheet did, with --previous.
    #[serde(skip)]
    pub merge: Option<MergeStats>,
}

/// Writes results in the chosen format.
enum Sink<W: Write> {
    Csv(Box<SheetWriter<W>>),
    Jsonl(W),
}

/// Reads a reviewed sheet, or says which line of which file is wrong.
pub fn read_sheet(path: &Path) -> anyhow::Result<Sheet> {
    let bytes = std::fs::read(path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    Sheet::read(&bytes).map_err(|e| {
        anyhow::anyhow!("{}:{}: {}", path.display(), e.line, e.message)
    })
}

/// Refuses to overwrite a sheet that holds verdicts unless they are
/// carried over (--previous) or dropped on purpose (--force).
fn guard_verdicts(args: &AnnotateArgs) -> anyhow::Result<()> {
    let Some(out) = &args.output else { return Ok(()) };
    if args.force || args.format != Format::Csv || args.previous.is_some() {
        return Ok(());
    }
    // Only a sheet file holds verdicts (reading a pipe would wait).
    if !std::fs::metadata(out).is_ok_and(|m| m.is_file()) {
        return Ok(());
    }
    // Read a row at a time: last night's sheet may be large.
    let Ok(file) = std::fs::File::open(out) else { return Ok(()) };
    let Ok(reviewed) = Sheet::reviewed_rows(file) else { return Ok(()) };
    if reviewed > 0 {
        bail!(
            "{} holds {reviewed} reviewed rows; pass --previous {} to keep \
             them, or --force to overwrite them",
            out.display(),
            out.display()
        );
    }
    Ok(())
}

/// One article's result, made ready to write on the annotating threads.
enum Rendered {
    /// Sheet rows to merge with the earlier sheet's (--previous) first.
    Rows {
        id: String,
        rows: Vec<Row>,
        claims: usize,
        bytes: usize,
    },
    /// Sheet rows, encoded.
    Csv {
        rows: EncodedRows,
        claims: usize,
        bytes: usize,
    },
    Jsonl {
        line: Vec<u8>,
        claims: usize,
        bytes: usize,
    },
    Failed(InputError),
}

pub fn run(args: &AnnotateArgs) -> anyhow::Result<Summary> {
    if args.previous.is_some() && args.format != Format::Csv {
        bail!("--previous carries verdicts between review sheets: it needs --format csv");
    }
    let shard = match &args.shard {
        Some(spec) => Some(shard::parse(spec, |k| std::env::var(k).ok())?),
        None => None,
    };
    // A shard a killed or retried job already finished.
    if let (Some(s), Some(out)) = (shard, &args.output) {
        if let Some(summary) = done_marker::read(out)? {
            if !args.quiet {
                eprintln!(
                    "factmark: shard {}/{} already done ({}); skipping",
                    s.index,
                    s.count,
                    done_marker::path(out).display()
                );
            }
            return Ok(summary);
        }
    }
    guard_verdicts(args)?;
    // Read the earlier sheet whole before anything is written: -o may
    // name the same file.
    let mut merger = match &args.previous {
        Some(p) => Some(Merger::new(&read_sheet(p)?)),
        None => None,
    };
    let inputs: Vec<Input> =
        args.inputs.iter().map(|a| Input::from_arg(a)).collect();
    let mut articles = Articles::new(&inputs)
        .max_article_bytes((args.max_article_mb * 1e6) as usize);
    if let Some(s) = shard {
        articles = articles.shard(s);
    }
    let progress = Progress::new(articles.total_bytes(), args.quiet);
    let out = Output::create(args.output.as_deref())?;
    // A file is renamed into place only at the end; standard output or a
    // pipe has had the batches before the bad article.
    let stopped = if matches!(out, Output::File { .. }) {
        "nothing was written"
    } else {
        "the articles before it were written"
    };
    let sheet_options =
        SheetOptions { bom: !args.no_bom, delimiter: args.delimiter };
    let extra: Vec<String> =
        merger.as_ref().map_or(Vec::new(), |m| m.extra_columns().to_vec());
    let mut sink =
        match args.format {
            Format::Csv => Sink::Csv(Box::new(
                SheetWriter::with_extra_columns(out, sheet_options, &extra)?,
            )),
            Format::Jsonl => Sink::Jsonl(out),
        };
    let pipeline = Pipeline::new();
    let mut options = BatchOptions::default();
    if args.jobs > 0 {
        options.jobs = args.jobs;
    }
    let csv = args.format == Format::Csv;
    let merging = merger.is_some();
    let render = |outcome: factmark_pipeline::Outcome| match outcome {
        Ok((article, ann)) if csv && merging => Rendered::Rows {
            id: article.doc.id.clone(),
            rows: factmark_review::rows(&article.doc, &ann),
            claims: ann.claims.len(),
            bytes: article.doc.text.len(),
        },
        Ok((article, ann)) if csv => {
            let mut encoder = RowEncoder::new(sheet_options, &extra);
            for row in factmark_review::rows(&article.doc, &ann) {
                encoder.encode(&row);
            }
            Rendered::Csv {
                rows: encoder.take(),
                claims: ann.claims.len(),
                bytes: article.doc.text.len(),
            }
        }
        Ok((article, ann)) => {
            // JSONL runs about five times the text (4.7 on the news sample).
            let mut line = Vec::with_capacity(article.doc.text.len() * 6);
            jsonl::write_article(&mut line, &article, &ann)
                .expect("writing to memory cannot fail");
            Rendered::Jsonl {
                line,
                claims: ann.claims.len(),
                bytes: article.doc.text.len(),
            }
        }
        Err(e) => Rendered::Failed(e),
    };
    let mut summary = Summary::default();
    let stderr = io::stderr();
    factmark_pipeline::run(
        &pipeline,
        articles,
        options,
        render,
        |rendered| -> anyhow::Result<()> {
            let (claims, bytes) = match rendered {
                Rendered::Rows { id, mut rows, claims, bytes } => {
                    let Sink::Csv(sheet) = &mut sink else {
                        unreachable!("rows are rendered for CSV")
                    };
                    if let Some(m) = &mut merger {
                        rows = m.article(&id, rows);
                    }
                    for row in &rows {
                        sheet.write(row)?;
                    }
                    (claims, bytes)
                }
                Rendered::Csv { rows, claims, bytes } => {
                    let Sink::Csv(sheet) = &mut sink else {
                        unreachable!("rows are rendered for CSV")
                    };
                    sheet.write_encoded(rows)?;
                    (claims, bytes)
                }
                Rendered::Jsonl { line, claims, bytes } => {
                    let Sink::Jsonl(w) = &mut sink else {
                        unreachable!("lines are rendered for JSONL")
                    };
                    w.write_all(&line)?;
                    (claims, bytes)
                }
                Rendered::Failed(e) => {
                    summary.failed += 1;
                    progress.suspend(|| {
                        let _ = writeln!(stderr.lock(), "factmark: {e}");
                    });
                    if args.fail_fast {
                        bail!("stopped at the first article that could not be read (--fail-fast); {stopped}");
                    }
                    return Ok(());
                }
            };
            summary.done += 1;
            summary.claims += claims;
            progress.article(bytes);
            Ok(())
        },
    )?;
    progress.finish();
    let out = match sink {
        Sink::Csv(mut sheet) => {
            // Rows of articles this run did not annotate (or could not
            // read) stay as they were.
            if let Some(m) = merger.take() {
                let (rest, stats) = m.finish();
                for row in &rest {
                    sheet.write(row)?;
                }
                summary.merge = Some(stats);
            }
            for cut in sheet.cut_cells() {
                eprintln!(
                    "factmark: claim {}: the {} cell had {} characters and \
                     was cut to fit a spreadsheet cell",
                    cut.claim_id, cut.column, cut.chars
                );
            }
            sheet.finish()?
        }
        Sink::Jsonl(w) => w,
    };
    // The data package and the shard's marker go beside a file written,
    // not beside standard output, a device or a pipe.
    let written = out.commit().context("writing the output")?;
    if let (Some(file), Format::Csv, false) =
        (&written, args.format, args.no_datapackage)
    {
        write_datapackage(file, sheet_options, &extra)?;
    }
    if let (Some(_), Some(_), Some(out)) = (shard, &written, &args.output) {
        done_marker::write(out, &summary)?;
    }
    Ok(summary)
}

/// Writes (or updates) `datapackage.json` beside the sheet at `sheet`.
fn write_datapackage(
    sheet: &Path,
    options: SheetOptions,
    extra: &[String],
) -> anyhow::Result<()> {
    let dir = match sheet.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let path = dir.join("datapackage.json");
    let existing = std::fs::read(&path)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok());
    let name = sheet
        .file_name()
        .map_or("review.csv".into(), |n| n.to_string_lossy().into_owned());
    let package = datapackage::with_resource(
        existing,
        datapackage::resource(&name, options, extra),
    );
    let mut out = Output::create(Some(&path))?;
    serde_json::to_writer_pretty(&mut out, &package)?;
    out.write_all(b"\n")?;
    out.commit().with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}
