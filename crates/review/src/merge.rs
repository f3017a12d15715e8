//! Carrying reviewers' work from yesterday's sheet into today's.
//!
//! Verdicts follow claims by id. A reviewed claim whose sentence is gone
//! from its article (or was changed, which changes its id) stays in the
//! sheet with the flag `stale` and its verdict intact; an unreviewed one
//! is dropped. Rows of articles the run did not annotate are carried over
//! as they were: a partial run (one shard, one folder) never marks the
//! rest stale.

use std::collections::HashMap;

use crate::read::Sheet;
use crate::row::Row;
use crate::status::Status;

/// The flag of a reviewed claim no longer in its article.
pub const STALE: &str = "stale";

/// What a merge did, for the run's summary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeStats {
    /// Verdicts carried onto a claim of this run.
    pub carried: usize,
    /// Reviewed claims no longer in their article, kept as `stale`.
    pub stale: usize,
    /// Unreviewed claims no longer in their article, dropped.
    pub dropped: usize,
    /// Rows of articles this run did not annotate, kept as they were.
    pub untouched: usize,
}

/// Merges a previous sheet into the rows of a run, article by article.
///
/// # Example
///
/// ```
/// use factmark_review::{Merger, Row, Sheet};
///
/// let previous = Sheet::read(
///     "claim_id,article_id,sentence_no,claim,flags,status,note\n\
///      c-1,a,1,Old claim.,,Verified,checked\n\
///      c-2,a,2,Gone claim.,,disputed,wrong\n\
///      c-3,a,3,Never reviewed.,,,\n".as_bytes(),
/// ).unwrap();
/// let mut merger = Merger::new(&previous);
/// let today = vec![Row {
///     claim_id: "c-1".into(),
///     article_id: "a".into(),
///     sentence_no: 1,
///     claim: "Old claim.".into(),
///     ..Row::default()
/// }];
/// let rows = merger.article("a", today);
/// assert_eq!(rows.len(), 2);
/// assert_eq!((rows[0].status.as_str(), rows[0].note.as_str()), ("verified", "checked"));
/// assert_eq!((rows[1].claim_id.as_str(), rows[1].flags.as_str()), ("c-2", "stale"));
/// assert_eq!(merger.stats().dropped, 1);
/// ```
#[derive(Debug)]
pub struct Merger {
    previous: Vec<Row>,
    /// Whether each previous row has found its place.
    placed: Vec<bool>,
    /// Previous rows by claim id, in sheet order.
    by_id: HashMap<String, Vec<usize>>,
    /// Previous rows by article, in sheet order.
    by_article: HashMap<String, Vec<usize>>,
    extra_columns: Vec<String>,
    stats: MergeStats,
}

impl Merger {
    /// Prepares to merge the rows of `previous`.
    pub fn new(previous: &Sheet) -> Merger {
        let previous: Vec<Row> =
            previous.rows.iter().map(|r| previous.to_row(r)).collect();
        Merger::from_rows(previous)
    }

    /// Prepares to merge `previous` rows (their extra columns, in order of
    /// first appearance, become the sheet's).
    pub fn from_rows(previous: Vec<Row>) -> Merger {
        let mut by_id: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_article: HashMap<String, Vec<usize>> = HashMap::new();
        let mut extra_columns: Vec<String> = Vec::new();
        for (i, r) in previous.iter().enumerate() {
            by_id.entry(r.claim_id.clone()).or_default().push(i);
            by_article.entry(r.article_id.clone()).or_default().push(i);
            for (name, _) in &r.extra {
                if !extra_columns.contains(name) {
                    extra_columns.push(name.clone());
                }
            }
        }
        Merger {
            placed: vec![false; previous.len()],
            previous,
            by_id,
            by_article,
            extra_columns,
            stats: MergeStats::default(),
        }
    }

    /// The columns reviewers added, to write after factmark's own.
    pub fn extra_columns(&self) -> &[String] {
        &self.extra_columns
    }

    /// What the merge has done so far.
    pub fn stats(&self) -> MergeStats {
        self.stats
    }

    /// Carries the verdicts of the previous sheet onto `rows`, this run's
    /// rows of the article `article_id`, and returns them with the
    /// article's reviewed claims that are gone, flagged `stale`, each
    /// where it was: after the row it followed in the previous sheet.
    pub fn article(&mut self, article_id: &str, rows: Vec<Row>) -> Vec<Row> {
        let mut out = Vec::with_capacity(rows.len());
        for mut row in rows {
            if let Some(i) = self.take(&row.claim_id) {
                let prev = &self.previous[i];
                row.status = Status::normalize(&prev.status);
                row.reviewer.clone_from(&prev.reviewer);
                row.evidence.clone_from(&prev.evidence);
                row.note.clone_from(&prev.note);
                row.extra.clone_from(&prev.extra);
                if prev.is_reviewed() {
                    self.stats.carried += 1;
                }
            }
            out.push(row);
        }
        let sheet_order: Vec<usize> =
            self.by_article.get(article_id).cloned().unwrap_or_default();
        for (k, &i) in sheet_order.iter().enumerate() {
            if self.placed[i] {
                continue;
            }
            self.placed[i] = true;
            if !self.previous[i].is_reviewed() {
                self.stats.dropped += 1;
                continue;
            }
            let mut row = self.previous[i].clone();
            row.status = Status::normalize(&row.status);
            if !row.flags.split(';').any(|f| f.trim() == STALE) {
                row.flags = if row.flags.trim().is_empty() {
                    STALE.to_string()
                } else {
                    format!("{}; {STALE}", row.flags.trim())
                };
            }
            self.stats.stale += 1;
            // Right after the row it followed in the previous sheet, if
            // that row is still here; else by sentence number.
            let after = sheet_order[..k].iter().rev().find_map(|&j| {
                let id = &self.previous[j].claim_id;
                out.iter().rposition(|r| &r.claim_id == id)
            });
            let at = match after {
                Some(p) => p + 1,
                None => {
                    out.partition_point(|r| r.sentence_no < row.sentence_no)
                }
            };
            out.insert(at, row);
        }
        out
    }

    /// Returns the rows of articles this run did not annotate, as they
    /// were (the status spelled the usual way), in the previous sheet's
    /// order, and what the merge did.
    pub fn finish(self) -> (Vec<Row>, MergeStats) {
        let mut stats = self.stats;
        let placed = self.placed;
        let rows: Vec<Row> = self
            .previous
            .into_iter()
            .zip(placed)
            .filter_map(|(row, placed)| (!placed).then_some(row))
            .map(|mut row| {
                row.status = Status::normalize(&row.status);
                row
            })
            .collect();
        stats.untouched = rows.len();
        (rows, stats)
    }

    /// The first previous row with `id` not yet placed. Later rows with
    /// the same id (a row copied by hand) become stale if reviewed, so
    /// that no verdict is lost.
    fn take(&mut self, id: &str) -> Option<usize> {
        let i = *self.by_id.get(id)?.iter().find(|&&i| !self.placed[i])?;
        self.placed[i] = true;
        // A copy with the same verdict adds nothing: fold it in.
        let same: Vec<usize> = self.by_id[id]
            .iter()
            .copied()
            .filter(|&j| {
                !self.placed[j]
                    && same_review(&self.previous[i], &self.previous[j])
            })
            .collect();
        for j in same {
            self.placed[j] = true;
        }
        Some(i)
    }
}

fn same_review(a: &Row, b: &Row) -> bool {
    Status::parse(&a.status) == Status::parse(&b.status)
        && a.reviewer.trim() == b.reviewer.trim()
        && a.evidence.trim() == b.evidence.trim()
        && a.note.trim() == b.note.trim()
        && a.extra == b.extra
}
