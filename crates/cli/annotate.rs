//! `factmark annotate`.

use std::io::{self, Write};

use anyhow::Context;
use factmark_pipeline::{jsonl, Articles, BatchOptions, Input, Pipeline};
use factmark_review::{SheetOptions, SheetWriter};

use crate::flags::{AnnotateArgs, Format};
use crate::output::Output;

/// What a run did, for the summary line and the exit code.
#[derive(Debug, Default)]
pub struct Summary {
    pub done: usize,
    pub failed: usize,
    pub claims: usize,
}

/// Writes results in the chosen format.
enum Sink<W: Write> {
    Csv(Box<SheetWriter<W>>),
    Jsonl(W),
}

pub fn run(args: &AnnotateArgs) -> anyhow::Result<Summary> {
    let inputs: Vec<Input> =
        args.inputs.iter().map(|a| Input::from_arg(a)).collect();
    let out = Output::create(args.output.as_deref())?;
    let mut sink = match args.format {
        Format::Csv => Sink::Csv(Box::new(SheetWriter::new(
            out,
            SheetOptions { bom: !args.no_bom, delimiter: args.delimiter },
        )?)),
        Format::Jsonl => Sink::Jsonl(out),
    };
    let pipeline = Pipeline::new();
    let mut options = BatchOptions::default();
    if args.jobs > 0 {
        options.jobs = args.jobs;
    }
    let mut summary = Summary::default();
    let stderr = io::stderr();
    factmark_pipeline::run(
        &pipeline,
        Articles::new(&inputs),
        options,
        |outcome| -> anyhow::Result<()> {
            match outcome {
                Ok((article, ann)) => {
                    summary.done += 1;
                    summary.claims += ann.claims.len();
                    match &mut sink {
                        Sink::Csv(sheet) => {
                            for row in
                                factmark_review::rows(&article.doc, &ann)
                            {
                                sheet.write(&row)?;
                            }
                        }
                        Sink::Jsonl(w) => {
                            jsonl::write_article(w, &article, &ann)?
                        }
                    }
                }
                Err(e) => {
                    summary.failed += 1;
                    let _ = writeln!(stderr.lock(), "factmark: {e}");
                }
            }
            Ok(())
        },
    )?;
    let out = match sink {
        Sink::Csv(sheet) => {
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
    out.commit().context("writing the output")?;
    Ok(summary)
}
