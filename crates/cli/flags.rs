//! Command-line arguments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// factmark reads news articles, tags every quantity and attribution in
/// them, and writes a review sheet: one row per claim for a fact-checker
/// to mark verified or disputed.
#[derive(Debug, Parser)]
#[command(name = "factmark", version, about, long_about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Annotate articles and write the review sheet (CSV) or the full
    /// annotations (JSONL).
    ///
    /// INPUT is a .txt or .md file (one article), a folder (walked
    /// recursively, in sorted order; files named in capitals such as
    /// README.md are skipped), a .jsonl file (one {"id", "text", ...}
    /// object a line) or - for JSONL on standard input. With no INPUT,
    /// standard input is read.
    ///
    /// An article that cannot be read is reported on stderr as
    /// `factmark: FILE:LINE: message`; the others are still written, and
    /// the exit code is 2.
    Annotate(AnnotateArgs),

    /// Check reviewed sheets, for CI.
    ///
    /// Finds wrong or missing header columns, unknown status values,
    /// duplicate claim ids, disputed rows with neither evidence nor note,
    /// evidence that is not a URL, claim text edited by hand (it no longer
    /// hashes to its id); with --articles, rows whose claim is no longer
    /// in its article; with --require-reviewed, rows without a verdict.
    ///
    /// Exit codes: 0 clean, 1 findings, 2 a sheet or article could not be
    /// read.
    Check(CheckArgs),
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The sheets to check.
    #[arg(value_name = "SHEET", required = true)]
    pub sheets: Vec<PathBuf>,

    /// The articles the sheets were made from (files, folders or JSONL,
    /// as for annotate): check that every claim is still in its article.
    #[arg(long, value_name = "INPUT")]
    pub articles: Vec<String>,

    /// Every row must have a verdict (verified or disputed).
    #[arg(long)]
    pub require_reviewed: bool,

    /// How to print findings: `file:line: code: message` lines (text),
    /// one JSON object (json), or GitHub Actions annotations (github).
    #[arg(short, long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// `file:line: code: message`, one finding a line.
    Text,
    /// One JSON object with every finding.
    Json,
    /// `::error file=...,line=...::` lines for GitHub Actions.
    Github,
}

#[derive(Debug, Args)]
pub struct AnnotateArgs {
    /// Files, folders or - (JSONL on standard input).
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<String>,

    /// Write to FILE (atomically: through a temporary file renamed into
    /// place) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Output format: the review sheet (csv) or every annotation, one
    /// article a line (jsonl).
    #[arg(short, long, value_enum, default_value_t = Format::Csv)]
    pub format: Format,

    /// Annotate on N threads (0: one per core).
    #[arg(short, long, value_name = "N", default_value_t = 0)]
    pub jobs: usize,

    /// Do not start the CSV with a UTF-8 byte order mark (Excel needs it
    /// to read UTF-8; other tools may not want it).
    #[arg(long)]
    pub no_bom: bool,

    /// CSV field delimiter: ',' or ';' (for Excel in locales that write
    /// decimals with a comma).
    #[arg(long, value_name = "CHAR", default_value = ",", value_parser = parse_delimiter)]
    pub delimiter: u8,

    /// Carry reviewers' verdicts (status, reviewer, evidence, note and
    /// any columns they added) over from this earlier sheet, by claim id.
    /// A reviewed claim no longer in its article stays, flagged stale;
    /// rows of articles not annotated in this run stay as they were. May
    /// name the same file as -o.
    #[arg(long, value_name = "REVIEWED.csv")]
    pub previous: Option<PathBuf>,

    /// Overwrite an output sheet that holds reviewers' verdicts without
    /// carrying them over (without this, annotate refuses and suggests
    /// --previous).
    #[arg(long)]
    pub force: bool,

    /// Do not write datapackage.json (a Frictionless description of the
    /// sheet) beside a CSV output file.
    #[arg(long)]
    pub no_datapackage: bool,

    /// Keep going past articles that cannot be read, reporting each (the
    /// default).
    #[arg(long, overrides_with = "fail_fast")]
    pub keep_going: bool,

    /// Stop at the first article that cannot be read; nothing is written.
    #[arg(long, overrides_with = "keep_going")]
    pub fail_fast: bool,

    /// Annotate only shard I of N: the articles whose id hashes there
    /// (64-bit FNV-1a of the id, modulo N), so N jobs together annotate
    /// each article once. `auto` takes I and N from the job's
    /// environment: JOB_COMPLETION_INDEX and JOB_COMPLETIONS
    /// (Kubernetes indexed Job; `auto/N` gives N), SLURM_ARRAY_TASK_ID
    /// and SLURM_ARRAY_TASK_COUNT (less SLURM_ARRAY_TASK_MIN), or
    /// AWS_BATCH_JOB_ARRAY_INDEX and AWS_BATCH_JOB_ARRAY_SIZE. With -o,
    /// a finished shard leaves FILE.done, and a retried job finding it
    /// skips the work.
    #[arg(long, value_name = "I/N|auto")]
    pub shard: Option<String>,

    /// Skip (as a failed article) any article of more than MB megabytes
    /// of text.
    #[arg(long, value_name = "MB", default_value_t = 10.0)]
    pub max_article_mb: f64,

    /// Do not print the summary line or the progress bar on stderr.
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The review sheet.
    Csv,
    /// All annotations, one JSON object per article.
    Jsonl,
}

fn parse_delimiter(s: &str) -> Result<u8, String> {
    match s {
        "," => Ok(b','),
        ";" => Ok(b';'),
        "\\t" | "\t" | "tab" => Ok(b'\t'),
        _ => Err(format!("{s:?} is not a delimiter: use ',' or ';'")),
    }
}
