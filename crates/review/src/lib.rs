//! The review sheet: one row per claim, for a fact-checker to mark
//! `verified` or `disputed` in Excel, LibreOffice or Google Sheets.
//!
//! [`rows`] turns an article's annotations into [`Row`]s with the
//! [`COLUMNS`] of the sheet; [`SheetWriter`] writes them as CSV that any
//! spreadsheet opens cleanly: RFC 4180 quoting, CRLF line ends, a UTF-8
//! byte order mark, and cells that cannot run as formulas.
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

mod row;
mod write;

pub use crate::row::{rows, Row, COLUMNS};
pub use crate::write::{
    CutCell, SheetOptions, SheetWriter, CUT_MARKER, MAX_CELL_CHARS,
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
