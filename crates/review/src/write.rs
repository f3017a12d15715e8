//! Writing the sheet as CSV that opens cleanly in any spreadsheet.

use std::io;

use crate::row::{Row, COLUMNS};
use crate::Error;

/// Excel's limit on the characters in one cell.
pub const MAX_CELL_CHARS: usize = 32_767;

/// What marks a cell cut to fit a spreadsheet.
pub const CUT_MARKER: &str = " […cut by factmark]";

/// How the sheet is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SheetOptions {
    /// Start the file with a UTF-8 byte order mark, so Excel reads it as
    /// UTF-8 rather than in the local code page.
    pub bom: bool,
    /// The field delimiter: `,`, or `;` for Excel in European locales.
    pub delimiter: u8,
}

impl Default for SheetOptions {
    fn default() -> SheetOptions {
        SheetOptions { bom: true, delimiter: b',' }
    }
}

/// A cell cut to fit a spreadsheet cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CutCell {
    /// The claim of the row.
    pub claim_id: String,
    /// The column of the cell.
    pub column: String,
    /// How many characters the cell had.
    pub chars: usize,
}

/// Writes review sheet rows as RFC 4180 CSV: CRLF line ends, quotes where
/// needed, the header first.
///
/// A cell that a spreadsheet would run as a formula (it starts with `=`,
/// `+`, `-`, `@`, a tab, a carriage return or NUL) gets a leading `'`,
/// which spreadsheets show as text; reading a sheet removes it again.
pub struct SheetWriter<W: io::Write> {
    wtr: csv::Writer<W>,
    /// Columns reviewers added, written after factmark's own.
    extra: Vec<String>,
    cut: Vec<CutCell>,
}

impl<W: io::Write> SheetWriter<W> {
    /// Writes the header (and the byte order mark, if asked) to `out`.
    ///
    /// # Errors
    ///
    /// Returns an error if writing to `out` fails.
    pub fn new(out: W, options: SheetOptions) -> Result<Self, Error> {
        SheetWriter::with_extra_columns(out, options, &[])
    }

    /// Writes the header with the columns reviewers added (`extra`)
    /// after factmark's own.
    ///
    /// # Errors
    ///
    /// Returns an error if writing to `out` fails.
    pub fn with_extra_columns(
        mut out: W,
        options: SheetOptions,
        extra: &[String],
    ) -> Result<Self, Error> {
        if options.bom {
            out.write_all("\u{feff}".as_bytes())?;
        }
        let mut wtr = csv::WriterBuilder::new()
            .delimiter(options.delimiter)
            .terminator(csv::Terminator::CRLF)
            .from_writer(out);
        wtr.write_record(
            COLUMNS.iter().copied().chain(extra.iter().map(String::as_str)),
        )?;
        Ok(SheetWriter { wtr, extra: extra.to_vec(), cut: Vec::new() })
    }

    /// Writes one row.
    ///
    /// # Errors
    ///
    /// Returns an error if writing fails.
    pub fn write(&mut self, row: &Row) -> Result<(), Error> {
        let cells = row.cells();
        let mut record = Vec::with_capacity(cells.len() + self.extra.len());
        let named = cells
            .iter()
            .map(|c| c.as_ref())
            .zip(COLUMNS)
            .chain(self.extra.iter().map(|e| (row.extra(e), e.as_str())));
        for (cell, column) in named {
            let (safe, chars) = spreadsheet_safe(cell);
            if let Some(chars) = chars {
                self.cut.push(CutCell {
                    claim_id: row.claim_id.clone(),
                    column: column.to_string(),
                    chars,
                });
            }
            record.push(safe);
        }
        self.wtr.write_record(&record)?;
        Ok(())
    }

    /// The cells cut so far to fit a spreadsheet.
    pub fn cut_cells(&self) -> &[CutCell] {
        &self.cut
    }

    /// Flushes the sheet and returns the writer.
    ///
    /// # Errors
    ///
    /// Returns an error if flushing fails.
    pub fn finish(self) -> Result<W, Error> {
        self.wtr.into_inner().map_err(|e| Error::Io(e.into_error()))
    }
}

/// Returns the cell as it is written, and its length in characters if it
/// had to be cut.
fn spreadsheet_safe(cell: &str) -> (String, Option<usize>) {
    let mut out = String::with_capacity(cell.len() + 1);
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r', '\0']) {
        out.push('\'');
    }
    let chars = cell.chars().count();
    if out.len() + chars > MAX_CELL_CHARS {
        let keep = MAX_CELL_CHARS - out.len() - CUT_MARKER.chars().count();
        out.extend(cell.chars().take(keep));
        out.push_str(CUT_MARKER);
        (out, Some(chars))
    } else {
        out.push_str(cell);
        (out, None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralized() {
        assert_eq!(spreadsheet_safe("=SUM(A1)").0, "'=SUM(A1)");
        assert_eq!(spreadsheet_safe("-5 degrees").0, "'-5 degrees");
        assert_eq!(spreadsheet_safe("He said.").0, "He said.");
    }

    #[test]
    fn long_cells_are_cut_and_reported() {
        let long = "é".repeat(MAX_CELL_CHARS + 10);
        let (cut, chars) = spreadsheet_safe(&long);
        assert_eq!(chars, Some(MAX_CELL_CHARS + 10));
        assert_eq!(cut.chars().count(), MAX_CELL_CHARS);
        assert!(cut.ends_with(CUT_MARKER));
    }

    #[test]
    fn header_crlf_and_bom() {
        let mut w =
            SheetWriter::new(Vec::new(), SheetOptions::default()).unwrap();
        let row = Row {
            claim_id: "c-1".into(),
            claim: "A, \"quoted\"\nline".into(),
            ..Row::default()
        };
        w.write(&row).unwrap();
        let out = String::from_utf8(w.finish().unwrap()).unwrap();
        assert!(out.starts_with("\u{feff}claim_id,article_id,"));
        assert!(out.contains("note\r\nc-1,,0,\"A, \"\"quoted\"\"\nline\","));
    }
}
