//! The review sheet: one row per claim, for a fact-checker to mark
//! `verified` or `disputed` in Excel, LibreOffice or Google Sheets.
//!
//! [`rows`] turns an article's annotations into [`Row`]s with the
//! [`COLUMNS`] of the sheet; [`SheetWriter`] writes them as CSV that any
//! spreadsheet opens cleanly: RFC 4180 quoting, CRLF line ends, a UTF-8
//! byte order mark, and cells that cannot run as formulas.
//!
//! [`Sheet::read`] reads a sheet back whatever a spreadsheet did to it;
//! [`Merger`] carries reviewers' verdicts from yesterday's sheet onto
//! today's rows, keeping reviewed claims that are gone as `stale`;
//! [`check`] finds what CI should stop; [`datapackage`] describes a
//! sheet for Frictionless tools.
//!
//! # Example
//!
//! ```
//! use factmark_review::{Row, SheetOptions, SheetWriter};
//!
//! let mut sheet = SheetWriter::new(Vec::new(), SheetOptions {
//!     bom: false,
//!     delimiter: b',',
//! })?;
//! sheet.write(&Row {
//!     claim_id: "c-0123456789ab".into(),
//!     article_id: "seed".into(),
//!     sentence_no: 3,
//!     claim: "He said that 20,000 troops died.".into(),
//!     ..Row::default()
//! })?;
//! let csv = String::from_utf8(sheet.finish()?).unwrap();
//! assert!(csv.starts_with("claim_id,article_id,sentence_no,claim,"));
//! assert!(csv.contains("c-0123456789ab,seed,3,\"He said that 20,000 "));
//! # Ok::<(), factmark_review::Error>(())
//! ```

#![deny(missing_docs)]

mod check;
pub mod datapackage;
mod merge;
mod read;
mod row;
mod status;
mod write;

pub use crate::check::{check, CheckOptions, Finding, CODES};
pub use crate::merge::{MergeStats, Merger, STALE};
pub use crate::read::{ReadError, Sheet, SheetRow};
pub use crate::row::{rows, Row, COLUMNS};
pub use crate::status::{Status, STATUSES};
pub use crate::write::{
    CutCell, EncodedRows, RowEncoder, SheetOptions, SheetWriter, CUT_MARKER,
    MAX_CELL_CHARS,
};

/// An error reading or writing a sheet.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Reading or writing the file failed.
    #[error("I/O error")]
    Io(#[from] std::io::Error),
    /// The CSV could not be written or parsed.
    #[error("CSV error")]
    Csv(#[from] csv::Error),
}
