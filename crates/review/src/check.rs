//! What `factmark check` finds wrong with a reviewed sheet.

use std::collections::{HashMap, HashSet};

use crate::merge::STALE;
use crate::read::Sheet;
use crate::status::Status;

/// One thing wrong with a sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The line of the file (the header is line 1).
    pub line: u64,
    /// What kind of finding it is: one of [`CODES`].
    pub code: &'static str,
    /// What is wrong, and where it helps, what to do.
    pub message: String,
}

/// Every finding's code, with what it means.
pub const CODES: [(&str, &str); 12] = [
    ("missing-column", "the header lacks one of factmark's columns"),
    ("duplicate-column", "the header names a column twice"),
    ("unnamed-column", "cells were typed under no header"),
    ("missing-id", "a row has no claim id"),
    ("duplicate-id", "two rows have the same claim id"),
    ("edited-claim", "the claim text no longer hashes to its id"),
    ("unknown-status", "the status is not empty, verified or disputed"),
    ("disputed-without-reason", "a disputed claim has no evidence or note"),
    ("evidence-not-url", "the evidence cell holds something not a URL"),
    ("unknown-article", "with --articles: the article is not among them"),
    ("not-in-article", "with --articles: the claim is not in its article"),
    ("unreviewed", "with --require-reviewed: the claim has no verdict"),
];

/// What else to check.
#[derive(Clone, Copy, Debug, Default)]
pub struct CheckOptions<'a> {
    /// Every row must have a verdict.
    pub require_reviewed: bool,
    /// The claim ids of each article, by article id: rows must be claims
    /// of these articles (rows flagged `stale` excepted).
    pub articles: Option<&'a HashMap<String, HashSet<String>>>,
}

/// Checks a reviewed sheet; findings come in line order, header first.
///
/// # Example
///
/// ```
/// use factmark_review::{check, CheckOptions, Sheet};
///
/// let sheet = Sheet::read(b"claim_id,status\nc-1,verfied\nc-1,\n").unwrap();
/// let codes: Vec<_> = check(&sheet, &CheckOptions::default())
///     .into_iter()
///     .map(|f| (f.line, f.code))
///     .collect();
/// assert!(codes.contains(&(2, "unknown-status")));
/// assert!(codes.contains(&(3, "duplicate-id")));
/// ```
pub fn check(sheet: &Sheet, options: &CheckOptions) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut find = |line: u64, code: &'static str, message: String| {
        out.push(Finding { line, code, message });
    };
    for c in sheet.missing_columns() {
        find(1, "missing-column", format!("the header has no `{c}` column"));
    }
    for c in sheet.duplicate_columns() {
        find(1, "duplicate-column", format!("the header names `{c}` twice"));
    }
    for c in &sheet.unnamed {
        find(
            1,
            "unnamed-column",
            format!(
                "cells were typed in a column with no header (read as \
                 `{c}`); give it a name"
            ),
        );
    }
    let has = |c: &str| sheet.column(c).is_some();
    let mut first_line: HashMap<&str, u64> = HashMap::new();
    for r in &sheet.rows {
        let row = sheet.to_row(r);
        let line = r.line;
        let id = sheet.get(r, "claim_id").trim();
        if has("claim_id") && id.is_empty() {
            find(line, "missing-id", "the row has no claim id".into());
        } else if has("claim_id") {
            match first_line.get(id) {
                Some(first) => find(
                    line,
                    "duplicate-id",
                    format!("claim id {id} is also on line {first}"),
                ),
                None => {
                    first_line.insert(id, line);
                }
            }
            let hashable = has("article_id") && has("claim");
            if hashable
                && !factmark_claim::is_claim_id_of(
                    id,
                    &row.article_id,
                    &row.claim,
                )
            {
                find(
                    line,
                    "edited-claim",
                    format!(
                        "the claim text no longer matches its id {id}: it \
                         was edited by hand; restore it or run annotate \
                         again"
                    ),
                );
            }
        }
        let status = Status::parse(&row.status);
        if let Status::Unknown(s) = &status {
            let hint = match status.suggestion() {
                Some(v) => format!("; did you mean `{v}`?"),
                None => String::new(),
            };
            find(
                line,
                "unknown-status",
                format!(
                    "status `{s}` is not verified, disputed or empty{hint}"
                ),
            );
        }
        if status == Status::Disputed
            && row.evidence.trim().is_empty()
            && row.note.trim().is_empty()
        {
            find(
                line,
                "disputed-without-reason",
                "disputed, but neither evidence nor note says why".into(),
            );
        }
        if evidence_items(&row.evidence).any(|e| !is_url(e)) {
            find(
                line,
                "evidence-not-url",
                format!(
                    "evidence `{}` is not a list of URLs (http:// or \
                     https://); put words in the note",
                    row.evidence.trim()
                ),
            );
        }
        if let (Some(articles), false) = (options.articles, id.is_empty()) {
            let stale = row.flags.split(';').any(|f| f.trim() == STALE);
            match articles.get(&row.article_id) {
                None => find(
                    line,
                    "unknown-article",
                    format!(
                        "article `{}` is not among the articles given",
                        row.article_id
                    ),
                ),
                Some(claims) if !stale && !claims.contains(id) => find(
                    line,
                    "not-in-article",
                    format!(
                        "claim {id} is no longer in article `{}`: its \
                         sentence was changed or removed; run annotate \
                         with --previous to mark it stale",
                        row.article_id
                    ),
                ),
                Some(_) => {}
            }
        }
        if options.require_reviewed && status == Status::Unreviewed {
            find(line, "unreviewed", format!("claim {id} has no verdict yet"));
        }
    }
    out
}

/// The URLs of an evidence cell: separated by spaces, line breaks or
/// `;`.
fn evidence_items(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(|c: char| c.is_whitespace() || c == ';')
        .filter(|e| !e.is_empty())
}

/// An `http` or `https` URL with a host.
fn is_url(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    let Some(rest) = rest else { return false };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or(host);
    let host = host.split(':').next().unwrap_or(host);
    !host.is_empty()
        && host.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-')
        && !host.starts_with('.')
        && !host.ends_with('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        for ok in [
            "https://example.org/a?b=c#d",
            "http://sub.example.co.uk",
            "HTTPS://Example.org/path",
            "https://user@host.org:8080/x",
        ] {
            assert!(is_url(ok), "{ok}");
        }
        for bad in [
            "example.org",
            "see note",
            "ftp://x.org",
            "https://",
            "https:///x",
            "https://.x",
        ] {
            assert!(!is_url(bad), "{bad}");
        }
        let items: Vec<_> =
            evidence_items("https://a.org; https://b.org\nhttps://c.org")
                .collect();
        assert_eq!(items.len(), 3);
    }
}
