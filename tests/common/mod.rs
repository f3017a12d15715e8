//! Helpers shared by the end-to-end tests of the `factmark` binary.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs factmark with `args` in `dir`.
pub fn factmark_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factmark"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("running factmark")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Asserts that the run's stderr says `text`, showing it when not.
pub fn assert_stderr_has(o: &Output, text: &str) {
    let err = stderr(o);
    assert!(err.contains(text), "stderr lacks {text:?}:\n{err}");
}

/// A sheet as header and rows of cells.
pub struct Csv {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Csv {
    pub fn read(path: &Path) -> Csv {
        let text = std::fs::read_to_string(path).unwrap();
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let mut records = rdr.records().map(|r| {
            r.unwrap().iter().map(str::to_string).collect::<Vec<String>>()
        });
        let header = records.next().unwrap();
        Csv { header, rows: records.collect() }
    }

    pub fn col(&self, name: &str) -> usize {
        self.header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name}"))
    }

    /// The cell of row `r` in column `name`.
    pub fn get(&self, r: usize, name: &str) -> &str {
        &self.rows[r][self.col(name)]
    }

    pub fn set(&mut self, r: usize, name: &str, value: &str) {
        let c = self.col(name);
        self.rows[r][c] = value.to_string();
    }

    /// The row whose claim_id is `id`.
    pub fn find(&self, id: &str) -> Option<usize> {
        let c = self.col("claim_id");
        self.rows.iter().position(|r| r[c] == id)
    }

    pub fn write(&self, path: &Path, delimiter: u8) {
        let mut out = Vec::from("\u{feff}".as_bytes());
        {
            let mut w = csv::WriterBuilder::new()
                .delimiter(delimiter)
                .flexible(true)
                .terminator(csv::Terminator::CRLF)
                .from_writer(&mut out);
            w.write_record(&self.header).unwrap();
            for r in &self.rows {
                w.write_record(r).unwrap();
            }
        }
        std::fs::write(path, out).unwrap();
    }
}
