//! Reading a sheet back, whatever a spreadsheet did to it: a byte order
//! mark or none, `,`, `;` or tab between cells, CRLF or LF, cells quoted
//! or not, columns moved, columns added, formulas neutralized by
//! [`SheetWriter`](crate::SheetWriter).

use std::fmt;
use std::io::{BufRead, BufReader, Read};

use crate::row::{Row, COLUMNS};

/// A review sheet as read from a file.
#[derive(Clone, Debug, Default)]
pub struct Sheet {
    /// The header, each name trimmed, in the file's order. Cells beyond
    /// the header are named `column_N` (N counted from 1).
    pub header: Vec<String>,
    /// The rows, empty ones left out.
    pub rows: Vec<SheetRow>,
    /// The delimiter the header was written with.
    pub delimiter: u8,
    /// The file started with a byte order mark.
    pub bom: bool,
    /// The names given to columns with cells but no header name
    /// (`column_N`).
    pub unnamed: Vec<String>,
}

/// One row of a sheet as read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SheetRow {
    /// The line of the file the row starts on (the header is line 1).
    pub line: u64,
    /// The cells, one per header column, formulas' `'` removed.
    pub cells: Vec<String>,
}

/// Why a sheet could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError {
    /// The line of the file where the trouble is.
    pub line: u64,
    /// What is wrong and what to do about it.
    pub message: String,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.line, self.message)
    }
}

impl std::error::Error for ReadError {}

impl Sheet {
    /// Reads a sheet from the bytes of a file.
    ///
    /// UTF-8 with or without a byte order mark is read as is, and UTF-16
    /// with a byte order mark (Excel's "Unicode Text") is decoded. Any
    /// other encoding (Excel's plain "CSV" writes the Windows code page)
    /// is an error that says how to re-save the file.
    ///
    /// # Errors
    ///
    /// Returns the line and cause when the file is not text in a known
    /// encoding, has no header, or is not CSV.
    ///
    /// # Example
    ///
    /// ```
    /// use factmark_review::Sheet;
    ///
    /// let file = "\u{feff}claim_id;status;my notes\r\nc-1; Verified ;ok\r\n";
    /// let sheet = Sheet::read(file.as_bytes()).unwrap();
    /// assert_eq!(sheet.delimiter, b';');
    /// assert_eq!(sheet.get(&sheet.rows[0], "status"), " Verified ");
    /// assert_eq!(sheet.extra_columns(), ["my notes"]);
    /// ```
    pub fn read(bytes: &[u8]) -> Result<Sheet, ReadError> {
        let (text, bom) = decode(bytes)?;
        let mut rows = Vec::new();
        let mut sheet = Sheet::scan(text.as_bytes(), |_, row| rows.push(row))?;
        // Rows before a reviewer's cell beyond the header get that column.
        for row in &mut rows {
            row.cells.resize(sheet.header.len(), String::new());
        }
        sheet.rows = rows;
        sheet.bom = bom;
        Ok(sheet)
    }

    /// Reads CSV in UTF-8 (no byte order mark) from `reader` a row at a
    /// time, calling `each` with the sheet so far (its header, with no
    /// rows) and the row, whose cells fit that header. Returns the sheet
    /// without its rows.
    fn scan(
        mut reader: impl BufRead,
        mut each: impl FnMut(&Sheet, SheetRow),
    ) -> Result<Sheet, ReadError> {
        let head = reader.fill_buf().map_err(unreadable)?;
        let delimiter = detect_delimiter(head);
        let mut rdr = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .from_reader(reader);
        let mut records = rdr.records();
        let header = match records.next() {
            Some(Ok(h)) => h,
            Some(Err(e)) => return Err(csv_error(&e)),
            None => {
                return Err(ReadError {
                    line: 1,
                    message: "the sheet is empty: it has no header".into(),
                })
            }
        };
        let mut sheet = Sheet {
            header: header.iter().map(|h| h.trim().to_string()).collect(),
            delimiter,
            ..Sheet::default()
        };
        for (n, h) in sheet.header.iter_mut().enumerate() {
            if h.is_empty() {
                *h = format!("column_{}", n + 1);
                sheet.unnamed.push(h.clone());
            }
        }
        for r in records {
            let r = r.map_err(|e| csv_error(&e))?;
            if r.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            let line = r.position().map_or(0, csv::Position::line);
            let mut cells: Vec<String> = r.iter().map(unescape).collect();
            // A reviewer typed beside the last named column.
            for n in sheet.header.len()..cells.len() {
                let name = format!("column_{}", n + 1);
                sheet.unnamed.push(name.clone());
                sheet.header.push(name);
            }
            cells.resize(sheet.header.len(), String::new());
            each(&sheet, SheetRow { line, cells });
        }
        Ok(sheet)
    }

    /// The number of rows of the sheet in `reader` that a reviewer has
    /// marked, read a row at a time, so that memory does not grow with
    /// the sheet: what `annotate` checks before it overwrites a sheet.
    /// A sheet in UTF-16, or one whose accents a spreadsheet garbled, is
    /// decoded whole first (such sheets were saved by hand, so small).
    ///
    /// # Errors
    ///
    /// As [`Sheet::read`].
    ///
    /// # Example
    ///
    /// ```
    /// use factmark_review::Sheet;
    ///
    /// let file = "claim_id,status\nc-1,verified\nc-2,\n";
    /// assert_eq!(Sheet::reviewed_rows(file.as_bytes()).unwrap(), 1);
    /// ```
    pub fn reviewed_rows(reader: impl Read) -> Result<usize, ReadError> {
        let mut reader = BufReader::with_capacity(1 << 16, reader);
        let head = reader.fill_buf().map_err(unreadable)?;
        let bom = head.starts_with(UTF8_BOM);
        let plain = utf16_order(head).is_none()
            && !head[if bom { 3 } else { 0 }..]
                .starts_with(MOJIBAKE_BOM.as_bytes());
        let reviewed = |sheet: &Sheet, row: &SheetRow| {
            usize::from(sheet.to_row(row).is_reviewed())
        };
        if !plain {
            let mut bytes = Vec::new();
            reader.read_to_end(&mut bytes).map_err(unreadable)?;
            let sheet = Sheet::read(&bytes)?;
            return Ok(sheet.rows.iter().map(|r| reviewed(&sheet, r)).sum());
        }
        if bom {
            reader.consume(UTF8_BOM.len());
        }
        let mut count = 0;
        Sheet::scan(reader, |sheet, row| count += reviewed(sheet, &row))?;
        Ok(count)
    }

    /// The index of the column named `name` (case does not matter).
    pub fn column(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|h| h.eq_ignore_ascii_case(name))
    }

    /// The cell of `row` in the column `name`, or `""`.
    pub fn get<'a>(&self, row: &'a SheetRow, name: &str) -> &'a str {
        self.column(name)
            .and_then(|i| row.cells.get(i))
            .map_or("", String::as_str)
    }

    /// factmark's columns the header lacks.
    pub fn missing_columns(&self) -> Vec<&'static str> {
        COLUMNS.into_iter().filter(|c| self.column(c).is_none()).collect()
    }

    /// Header names given twice, once each.
    pub fn duplicate_columns(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for (i, h) in self.header.iter().enumerate() {
            let twice =
                self.header[..i].iter().any(|e| e.eq_ignore_ascii_case(h));
            if twice && !out.iter().any(|o| o.eq_ignore_ascii_case(h)) {
                out.push(h);
            }
        }
        out
    }

    /// The columns a reviewer added, in the sheet's order.
    pub fn extra_columns(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for h in &self.header {
            let known = COLUMNS.iter().any(|c| c.eq_ignore_ascii_case(h));
            if !known && !out.contains(&h.as_str()) {
                out.push(h);
            }
        }
        out
    }

    /// The row as a [`Row`], extra columns included. A `sentence_no` that
    /// is not a number reads as 0.
    pub fn to_row(&self, r: &SheetRow) -> Row {
        let get = |c: &str| self.get(r, c).to_string();
        Row {
            claim_id: get("claim_id").trim().to_string(),
            article_id: get("article_id"),
            sentence_no: self
                .get(r, "sentence_no")
                .trim()
                .parse()
                .unwrap_or(0),
            claim: get("claim"),
            context: get("context"),
            quantities: get("quantities"),
            source: get("source"),
            cue: get("cue"),
            attribution: get("attribution"),
            flags: get("flags"),
            status: get("status"),
            reviewer: get("reviewer"),
            evidence: get("evidence"),
            note: get("note"),
            extra: self
                .extra_columns()
                .into_iter()
                .map(|c| (c.to_string(), get(c)))
                .collect(),
        }
    }
}

/// The text of the file and whether it had a byte order mark.
fn decode(bytes: &[u8]) -> Result<(String, bool), ReadError> {
    if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
        return utf8(rest).map(|t| (t, true));
    }
    let utf16 = |le: bool| {
        let units = bytes[2..]
            .chunks(2)
            .map(|c| match c {
                [a, b] if le => u16::from_le_bytes([*a, *b]),
                [a, b] => u16::from_be_bytes([*a, *b]),
                [a] => u16::from(*a),
                _ => unreachable!("chunks of two"),
            })
            .collect::<Vec<u16>>();
        String::from_utf16(&units).map(|t| (t, true)).map_err(|_| ReadError {
            line: 1,
            message: "the file says it is UTF-16 but is not valid \
                          UTF-16; re-save it as CSV UTF-8"
                .into(),
        })
    };
    match utf16_order(bytes) {
        Some(little_endian) => utf16(little_endian),
        None => utf8(bytes).map(|t| (t, false)),
    }
}

/// For bytes that start with UTF-16's byte order mark, whether the
/// order is little-endian.
fn utf16_order(bytes: &[u8]) -> Option<bool> {
    match bytes {
        [0xff, 0xfe, ..] => Some(true),
        [0xfe, 0xff, ..] => Some(false),
        _ => None,
    }
}

fn utf8(bytes: &[u8]) -> Result<String, ReadError> {
    match std::str::from_utf8(bytes) {
        Ok(t) if t.starts_with(MOJIBAKE_BOM) => repair(t),
        Ok(t) => Ok(t.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
            Err(ReadError {
                line: line as u64,
                message: format!(
                    "not UTF-8 (byte 0x{:02X}); the sheet was probably saved \
                     as plain \"CSV\" in the Windows code page. Re-save it as \
                     \"CSV UTF-8 (Comma delimited)\" in Excel, or with the \
                     character set \"Unicode (UTF-8)\" in LibreOffice or \
                     Google Sheets' CSV download",
                    bytes[at]
                ),
            })
        }
    }
}

/// The byte order mark of UTF-8.
const UTF8_BOM: &[u8] = b"\xef\xbb\xbf";

/// A byte order mark read in the Windows code page and saved again as
/// UTF-8: the mark of a sheet a spreadsheet imported with the wrong
/// character set, whose every accent and curly quote is now garbled.
const MOJIBAKE_BOM: &str = "\u{ef}\u{bb}\u{bf}";

/// Undoes a wrong import: the text's characters are the Windows-1252
/// readings of the original UTF-8 bytes. Succeeds only when every
/// character maps back to a byte and the bytes are UTF-8, so a text
/// that merely starts like one is never changed.
fn repair(text: &str) -> Result<String, ReadError> {
    let bytes: Option<Vec<u8>> = text.chars().map(cp1252_byte).collect();
    let repaired = bytes.and_then(|b| String::from_utf8(b).ok());
    match repaired {
        Some(t) => Ok(t.strip_prefix('\u{feff}').unwrap_or(&t).to_string()),
        None => Err(ReadError {
            line: 1,
            message: "the sheet was opened with the wrong character set \
                      (its first cell starts with \"ï»¿\") and its accents \
                      and quotes are garbled; open the original file again \
                      choosing \"Unicode (UTF-8)\" when importing"
                .into(),
        }),
    }
}

/// The Windows-1252 byte a character is the reading of.
fn cp1252_byte(c: char) -> Option<u8> {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ',
        '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—',
        '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    match u32::from(c) {
        n @ (0..=0x7f | 0xa0..=0xff) => u8::try_from(n).ok(),
        // LibreOffice reads the bytes Windows-1252 leaves undefined as
        // private-use characters U+F180 + byte.
        n @ 0xf180..=0xf19f => u8::try_from(n - 0xf100).ok(),
        _ => HIGH.iter().position(|&h| h == c).map(|i| 0x80 + i as u8),
    }
}

/// The delimiter of the header line, the first of `head`: the one of
/// `,`, `;` and tab that splits it into the most of factmark's column
/// names, else the one that splits it into the most cells.
fn detect_delimiter(head: &[u8]) -> u8 {
    let first = head.split(|&b| b == b'\n').next().unwrap_or_default();
    let score = |d: u8| {
        let mut rdr = csv::ReaderBuilder::new()
            .delimiter(d)
            .has_headers(false)
            .from_reader(first);
        let Some(Ok(header)) = rdr.records().next() else { return (0, 0) };
        let known = header
            .iter()
            .filter(|h| {
                COLUMNS.iter().any(|c| c.eq_ignore_ascii_case(h.trim()))
            })
            .count();
        (known, header.len())
    };
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|&d| (score(d), d == b','))
        .unwrap_or(b',')
}

/// Undoes the formula guard of the writer: `'=SUM(A1)` reads `=SUM(A1)`.
fn unescape(cell: &str) -> String {
    match cell.strip_prefix('\'') {
        Some(rest)
            if rest.starts_with(['=', '+', '-', '@', '\t', '\r', '\0']) =>
        {
            rest.to_string()
        }
        _ => cell.to_string(),
    }
}

/// The error for a sheet that could not be read at all.
fn unreadable(e: std::io::Error) -> ReadError {
    ReadError { line: 1, message: format!("cannot read: {e}") }
}

fn csv_error(e: &csv::Error) -> ReadError {
    ReadError {
        line: e.position().map_or(1, csv::Position::line),
        message: format!("not CSV: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "claim_id,article_id,sentence_no,claim,context,\
                          quantities,source,cue,attribution,flags,status,\
                          reviewer,evidence,note";

    #[test]
    fn what_spreadsheets_do_to_a_sheet() {
        let crlf = format!(
            "\u{feff}{HEADER}\r\nc-1,a,1,\"x, y\",,,,,,,verified,,,\r\n"
        );
        let lf = format!("{HEADER}\nc-1,a,1,\"x, y\",,,,,,,verified,,,\n");
        let semi = format!(
            "{}\nc-1;a;1;x, y;;;;;;;verified;;;\n",
            HEADER.replace(',', ";")
        );
        for file in [crlf, lf, semi] {
            let s = Sheet::read(file.as_bytes()).unwrap();
            assert_eq!(s.rows.len(), 1, "{file}");
            let row = s.to_row(&s.rows[0]);
            assert_eq!(row.claim, "x, y");
            assert_eq!(row.status, "verified");
            assert!(s.missing_columns().is_empty());
        }
    }

    #[test]
    fn reordered_extra_and_unnamed_columns() {
        let file =
            "status,claim_id,Source link,\nVerified,c-1,http://x,typed here\n";
        let s = Sheet::read(file.as_bytes()).unwrap();
        assert_eq!(s.get(&s.rows[0], "claim_id"), "c-1");
        assert_eq!(s.extra_columns(), ["Source link", "column_4"]);
        assert_eq!(s.unnamed, ["column_4"]);
        assert_eq!(s.missing_columns().len(), COLUMNS.len() - 2);
    }

    #[test]
    fn reviewed_rows_as_reading_the_whole_sheet_counts_them() {
        let whole = |bytes: &[u8]| {
            Sheet::read(bytes).map(|s| {
                s.rows.iter().filter(|r| s.to_row(r).is_reviewed()).count()
            })
        };
        let mut utf16 = vec![0xff, 0xfe];
        utf16.extend(
            "claim_id\tstatus\r\nc-1\tverified\r\n"
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        );
        let sheets: [&[u8]; 9] = [
            b"\xef\xbb\xbfclaim_id,status\r\nc-1,verified\r\nc-2,\r\n",
            b"claim_id;status;note\nc-1;;\nc-2;;checked\nc-3;;\n",
            b"status,claim_id,Source link,\nVerified,c-1,http://x,typed here\n",
            // Typed beside the header, and under a column with no name.
            b"claim_id,status\nc-1,\nc-2,,typed beside\n",
            b"claim_id,,status\nc-1,a note,\nc-2,,\n",
            b"claim_id,status\nc-1,\n\n",
            &utf16,
            b"claim_id,status\nc-1,caf\xe9\n",
            b"",
        ];
        for sheet in sheets {
            assert_eq!(
                Sheet::reviewed_rows(sheet).ok(),
                whole(sheet).ok(),
                "{}",
                String::from_utf8_lossy(sheet)
            );
        }
        assert_eq!(Sheet::reviewed_rows(sheets[1]).unwrap(), 1);
        assert_eq!(Sheet::reviewed_rows(sheets[4]).unwrap(), 1);
    }

    #[test]
    fn formulas_read_back_as_written() {
        assert_eq!(unescape("'=SUM(A1)"), "=SUM(A1)");
        assert_eq!(unescape("'-5 degrees"), "-5 degrees");
        assert_eq!(unescape("'quoted"), "'quoted");
    }

    #[test]
    fn encodings() {
        // Windows-1252 "é" is 0xE9: an error naming the line and the fix.
        let mut cp1252 = format!("{HEADER}\nc-1,a,1,").into_bytes();
        cp1252.extend(b"caf\xe9,,,,,,,,,,\n");
        let e = Sheet::read(&cp1252).unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("CSV UTF-8"), "{}", e.message);
        // UTF-16 with its byte order mark, as Excel's "Unicode Text".
        let text = format!(
            "{}\r\nc-1\ta\t1\tcafé\t\t\t\t\t\t\tverified\t\t\t\r\n",
            HEADER.replace(',', "\t")
        );
        let mut utf16 = vec![0xff, 0xfe];
        utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let s = Sheet::read(&utf16).unwrap();
        assert_eq!(s.delimiter, b'\t');
        assert_eq!(s.get(&s.rows[0], "claim"), "café");
    }

    #[test]
    fn a_sheet_imported_with_the_wrong_character_set_is_repaired() {
        let original = format!(
            "\u{feff}{HEADER}\r\nc-1,a,1,“Café” – 20 €,,,,,,,verified,,,\r\n"
        );
        // What a spreadsheet shows after reading UTF-8 as Windows-1252,
        // and then saves as UTF-8.
        let garbled: String = original
            .bytes()
            .map(|b| match b {
                0x80..=0x9f => {
                    "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8d}Ž\u{8f}\u{90}‘’“”•–—˜™š›œ\u{9d}žŸ"
                        .chars()
                        .nth(usize::from(b - 0x80))
                        .unwrap()
                }
                _ => char::from(b),
            })
            .collect();
        assert!(garbled.starts_with("ï»¿claim_id"));
        let s = Sheet::read(garbled.as_bytes()).unwrap();
        assert_eq!(s.get(&s.rows[0], "claim"), "“Café” – 20 €");
        // Garbled beyond repair: an error that says what happened.
        let e = Sheet::read("ï»¿claim_id\nc-1 ☃\n".as_bytes()).unwrap_err();
        assert!(e.message.contains("wrong character set"));
    }

    #[test]
    fn empty_rows_are_skipped_and_lines_counted() {
        let file = format!("{HEADER}\n,,,,,,,,,,,,,\n\"c-1\",a,1,\"two\nlines\",,,,,,,,,,\nc-2,a,2,x,,,,,,,,,,\n");
        let s = Sheet::read(file.as_bytes()).unwrap();
        assert_eq!(s.rows.iter().map(|r| r.line).collect::<Vec<_>>(), [3, 5]);
    }
}
