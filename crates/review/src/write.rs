//! Writing the sheet as CSV that opens cleanly in any spreadsheet.

use std::borrow::Cow;
use std::cell::RefCell;
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
///
/// Rows can also be encoded where they are made, by a [`RowEncoder`] with
/// the same options and columns, and handed over as bytes
/// ([`SheetWriter::write_encoded`]): how a batch encodes on the threads
/// that annotate and leaves the one that writes only bytes to copy.
pub struct SheetWriter<W: io::Write> {
    out: W,
    encoder: RowEncoder,
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
        let mut encoder = RowEncoder::new(options, extra);
        encoder.wtr.write_record(
            COLUMNS.iter().copied().chain(extra.iter().map(String::as_str)),
        )?;
        let mut cut = Vec::new();
        encoder.move_to(&mut out, &mut cut)?;
        Ok(SheetWriter { out, encoder, cut })
    }

    /// Writes one row.
    ///
    /// # Errors
    ///
    /// Returns an error if writing fails.
    pub fn write(&mut self, row: &Row) -> Result<(), Error> {
        self.encoder.encode(row);
        self.encoder.move_to(&mut self.out, &mut self.cut)?;
        Ok(())
    }

    /// Writes rows a [`RowEncoder`] encoded with this sheet's options
    /// and columns.
    ///
    /// # Errors
    ///
    /// Returns an error if writing fails.
    pub fn write_encoded(&mut self, rows: EncodedRows) -> Result<(), Error> {
        self.out.write_all(&rows.csv)?;
        self.cut.extend(rows.cut);
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
    pub fn finish(mut self) -> Result<W, Error> {
        self.out.flush()?;
        Ok(self.out)
    }
}

/// Encodes rows as the CSV lines of a sheet, as [`SheetWriter`] writes
/// them (header aside).
///
/// ```
/// use factmark_review::{RowEncoder, Row, SheetOptions, SheetWriter};
///
/// let row = Row { claim_id: "c-1".into(), claim: "=1+1".into(), ..Row::default() };
/// let mut encoder = RowEncoder::new(SheetOptions::default(), &[]);
/// encoder.encode(&row);
/// let mut sheet = SheetWriter::new(Vec::new(), SheetOptions::default()).unwrap();
/// sheet.write_encoded(encoder.take()).unwrap();
/// let mut direct = SheetWriter::new(Vec::new(), SheetOptions::default()).unwrap();
/// direct.write(&row).unwrap();
/// assert_eq!(sheet.finish().unwrap(), direct.finish().unwrap());
/// ```
#[derive(Debug)]
pub struct RowEncoder {
    wtr: csv::Writer<Buffer>,
    /// Columns reviewers added, encoded after factmark's own.
    extra: Vec<String>,
    /// The cells cut, since the last [`RowEncoder::take`].
    cut: Vec<CutCell>,
}

/// What a [`RowEncoder`]'s CSV writer writes into: bytes that can be
/// taken out through the shared reference the writer lends.
#[derive(Debug, Default)]
struct Buffer(RefCell<Vec<u8>>);

impl io::Write for Buffer {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0.get_mut().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Rows a [`RowEncoder`] encoded, for [`SheetWriter::write_encoded`].
#[derive(Debug, Default)]
pub struct EncodedRows {
    csv: Vec<u8>,
    cut: Vec<CutCell>,
}

impl RowEncoder {
    /// An encoder for a sheet written with `options`, with the columns
    /// reviewers added (`extra`) after factmark's own.
    pub fn new(options: SheetOptions, extra: &[String]) -> RowEncoder {
        let wtr = csv::WriterBuilder::new()
            .delimiter(options.delimiter)
            .terminator(csv::Terminator::CRLF)
            .from_writer(Buffer::default());
        RowEncoder { wtr, extra: extra.to_vec(), cut: Vec::new() }
    }

    /// Encodes `row` after the rows encoded before.
    pub fn encode(&mut self, row: &Row) {
        let cells = row.cells();
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
            self.wtr
                .write_field(safe.as_bytes())
                .expect("writing to memory cannot fail");
        }
        // Ends the record whose fields were written.
        self.wtr
            .write_record(None::<&[u8]>)
            .expect("writing to memory cannot fail");
    }

    /// Writes the rows encoded since the last call to `out` and moves
    /// the cells cut in them to `cut`, keeping the buffer for the next.
    fn move_to(
        &mut self,
        out: &mut impl io::Write,
        cut: &mut Vec<CutCell>,
    ) -> io::Result<()> {
        self.wtr.flush()?;
        let encoded = &self.wtr.get_ref().0;
        out.write_all(&encoded.borrow())?;
        encoded.borrow_mut().clear();
        cut.append(&mut self.cut);
        Ok(())
    }

    /// The rows encoded since the last call, with the cells cut in them.
    pub fn take(&mut self) -> EncodedRows {
        self.wtr.flush().expect("writing to memory cannot fail");
        EncodedRows {
            csv: self.wtr.get_ref().0.take(),
            cut: std::mem::take(&mut self.cut),
        }
    }
}

/// Returns the cell as it is written, and its length in characters if it
/// had to be cut. Most cells are written as they are, without a copy.
fn spreadsheet_safe(cell: &str) -> (Cow<'_, str>, Option<usize>) {
    let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r', '\0']);
    let mark = usize::from(formula);
    // A cell has at most as many characters as bytes: one that short
    // needs no counting.
    let chars = if cell.len() + mark <= MAX_CELL_CHARS {
        None
    } else {
        Some(cell.chars().count()).filter(|&n| n + mark > MAX_CELL_CHARS)
    };
    if !formula && chars.is_none() {
        return (Cow::Borrowed(cell), None);
    }
    let mut out = String::with_capacity(cell.len() + mark);
    if formula {
        out.push('\'');
    }
    match chars {
        Some(n) => {
            let keep = MAX_CELL_CHARS - mark - CUT_MARKER.chars().count();
            out.extend(cell.chars().take(keep));
            out.push_str(CUT_MARKER);
            (Cow::Owned(out), Some(n))
        }
        None => {
            out.push_str(cell);
            (Cow::Owned(out), None)
        }
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
    fn encoded_rows_write_as_rows_do() {
        let options = SheetOptions { bom: true, delimiter: b';' };
        let extra = ["checked by".to_string()];
        let rows = [
            Row {
                claim_id: "c-1".into(),
                claim: "+5%; \"up\"".into(),
                extra: vec![("checked by".into(), "=ana".into())],
                ..Row::default()
            },
            Row {
                claim_id: "c-2".into(),
                context: "x".repeat(MAX_CELL_CHARS + 1),
                ..Row::default()
            },
            Row { claim_id: "c-3".into(), ..Row::default() },
        ];
        let mut direct =
            SheetWriter::with_extra_columns(Vec::new(), options, &extra)
                .unwrap();
        for row in &rows {
            direct.write(row).unwrap();
        }
        // Encoded in two parts, as two articles would be.
        let mut sheet =
            SheetWriter::with_extra_columns(Vec::new(), options, &extra)
                .unwrap();
        for part in rows.chunks(2) {
            let mut encoder = RowEncoder::new(options, &extra);
            for row in part {
                encoder.encode(row);
            }
            sheet.write_encoded(encoder.take()).unwrap();
        }
        assert_eq!(sheet.cut_cells(), direct.cut_cells());
        assert_eq!(sheet.cut_cells()[0].claim_id, "c-2");
        assert_eq!(sheet.finish().unwrap(), direct.finish().unwrap());
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
