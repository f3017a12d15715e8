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

    /// Do not print the summary line on stderr.
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
