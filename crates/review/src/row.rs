//! One row of the review sheet, built from an article's annotations.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt::Write;

use factmark_core::{
    Annotations, Attribution, Bound, Document, Quantity, QuantityKind, Value,
};

/// The sheet's columns, in order. They are part of factmark's public
/// interface; the README says what each holds and who fills it.
pub const COLUMNS: [&str; 14] = [
    "claim_id",
    "article_id",
    "sentence_no",
    "claim",
    "context",
    "quantities",
    "source",
    "cue",
    "attribution",
    "flags",
    "status",
    "reviewer",
    "evidence",
    "note",
];

/// One row of the sheet: a claim and the reviewer's verdict on it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Row {
    /// The claim's stable id (`c-…`).
    pub claim_id: String,
    /// The article the claim is from.
    pub article_id: String,
    /// The claim's sentence, counted from 1 in the article.
    pub sentence_no: usize,
    /// The sentence, with its whitespace folded to single spaces.
    pub claim: String,
    /// What a reviewer needs to read the claim alone: who a pronoun
    /// source is, and the sentence before when the claim leans on it.
    pub context: String,
    /// Each quantity as written, then its reading in brackets.
    pub quantities: String,
    /// Who stands behind the claim, resolved to a name where possible.
    pub source: String,
    /// The reporting words.
    pub cue: String,
    /// How the claim is attributed: direct, indirect, mixed,
    /// according_to, other.
    pub attribution: String,
    /// Why the claim deserves attention first.
    pub flags: String,
    /// The reviewer's verdict: empty, `verified` or `disputed`.
    pub status: String,
    /// Who reviewed it.
    pub reviewer: String,
    /// Where the evidence is (a URL).
    pub evidence: String,
    /// Anything else the reviewer wants to say.
    pub note: String,
    /// Columns a reviewer added to the sheet, by name: carried from run
    /// to run and written back after factmark's own.
    pub extra: Vec<(String, String)>,
}

impl Row {
    /// Returns true if and only if a reviewer wrote anything on the row:
    /// a verdict, their name, evidence, a note or a column of their own.
    pub fn is_reviewed(&self) -> bool {
        [&self.status, &self.reviewer, &self.evidence, &self.note]
            .into_iter()
            .chain(self.extra.iter().map(|(_, v)| v))
            .any(|c| !c.trim().is_empty())
    }

    /// The cell of the added column `name`, or `""`.
    pub fn extra(&self, name: &str) -> &str {
        self.extra
            .iter()
            .find(|(n, _)| n == name)
            .map_or("", |(_, v)| v.as_str())
    }

    /// The row's cells, in [`COLUMNS`] order.
    pub fn cells(&self) -> [Cow<'_, str>; 14] {
        fn s(v: &str) -> Cow<'_, str> {
            Cow::Borrowed(v)
        }
        [
            s(&self.claim_id),
            s(&self.article_id),
            Cow::Owned(self.sentence_no.to_string()),
            s(&self.claim),
            s(&self.context),
            s(&self.quantities),
            s(&self.source),
            s(&self.cue),
            s(&self.attribution),
            s(&self.flags),
            s(&self.status),
            s(&self.reviewer),
            s(&self.evidence),
            s(&self.note),
        ]
    }
}

/// Folds runs of whitespace (line breaks of wrapped text included) to one
/// space.
fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Words that make a sentence lean on the one before it.
const ANAPHORS: &[&str] = &[
    "he", "she", "it", "they", "this", "that", "these", "those", "such",
    "his", "her", "its", "their", "there",
];

/// Builds the rows of one article, one per claim, in sentence order.
pub fn rows(doc: &Document, ann: &Annotations) -> Vec<Row> {
    let text = doc.text.as_str();
    let titles = titles(text, &ann.attributions);
    let grouped = factmark_core::by_sentence(
        &ann.sentences,
        &ann.quantities,
        &ann.attributions,
    );
    ann.claims
        .iter()
        .map(|claim| {
            let i = claim.sentence;
            let sentence = ann.sentences[i];
            let here = &grouped[i];
            let attributions = &here.attributions;
            let quantities: Vec<&Quantity> = here
                .quantities
                .iter()
                .copied()
                .filter(|q| q.kind.is_checkable())
                .collect();
            Row {
                claim_id: claim.id.clone(),
                article_id: doc.id.clone(),
                sentence_no: i + 1,
                claim: fold(&text[sentence.span]),
                context: context(text, ann, i, attributions),
                quantities: quantities
                    .iter()
                    .map(|q| reading(text, q))
                    .collect::<Vec<_>>()
                    .join("; "),
                source: join(
                    attributions.iter().map(|a| source(text, a, &titles)),
                ),
                cue: join(attributions.iter().map(|a| fold(&text[a.cue]))),
                attribution: join(
                    attributions.iter().map(|a| a.kind.as_str().to_string()),
                ),
                flags: claim
                    .flags
                    .iter()
                    .map(|f| f.as_str())
                    .collect::<Vec<_>>()
                    .join("; "),
                ..Row::default()
            }
        })
        .collect()
}

/// Joins distinct values with `; `, keeping their order.
fn join(values: impl Iterator<Item = String>) -> String {
    let mut out: Vec<String> = Vec::new();
    for v in values {
        if !v.is_empty() && !out.contains(&v) {
            out.push(v);
        }
    }
    out.join("; ")
}

/// The titles sources were given where they were named in full: "Mark
/// Rutte" -> "NATO Secretary General".
fn titles(
    text: &str,
    attributions: &[Attribution],
) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for a in attributions {
        let Some(s) = &a.source else { continue };
        let Some(name) = &s.resolved else { continue };
        let written = fold(&text[s.span]);
        if let Some(title) = written.strip_suffix(name.as_str()) {
            let title = title.trim().trim_end_matches(',').trim();
            // "The Emergencies Ministry": an article is no title.
            let article = ["the", "a", "an"]
                .iter()
                .any(|a| title.eq_ignore_ascii_case(a));
            if !title.is_empty() && !article {
                out.entry(name.clone()).or_insert_with(|| title.to_string());
            }
        }
    }
    out
}

fn source(
    text: &str,
    a: &Attribution,
    titles: &HashMap<String, String>,
) -> String {
    let Some(s) = &a.source else { return String::new() };
    match &s.resolved {
        Some(name) => match titles.get(name) {
            Some(title) => format!("{name} ({title})"),
            None => name.clone(),
        },
        None => fold(&text[s.span]),
    }
}

fn context(
    text: &str,
    ann: &Annotations,
    i: usize,
    attributions: &[&Attribution],
) -> String {
    let sentence = ann.sentences[i].span;
    let mut parts = Vec::new();
    for a in attributions {
        let Some(s) = &a.source else { continue };
        let written = fold(&text[s.span]);
        if let Some(name) = &s.resolved {
            // "He" needs a name; "Mark Rutte" or "Rutte" does not.
            if !written.contains(name.as_str())
                && !name.contains(written.as_str())
            {
                parts.push(format!("“{written}” is {name}"));
            }
        }
    }
    let first = text[sentence]
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    // A quotation whose cue is in another sentence continues one; its
    // first word is the speaker's, not an anaphor of the writer's.
    let leans = if text[sentence].starts_with(['“', '"', '‘']) {
        !attributions.iter().any(|a| sentence.overlaps(a.cue))
    } else {
        ANAPHORS.contains(&first.as_str())
    };
    if leans && i > 0 && ann.sentences[i - 1].kind.is_prose() {
        parts.push(format!(
            "Before: {}",
            fold(&text[ann.sentences[i - 1].span])
        ));
    }
    join(parts.into_iter())
}

/// `up to 25,000 soldiers killed a month [≤25000 soldier / month]`.
fn reading(text: &str, q: &Quantity) -> String {
    let mut r = String::new();
    let symbol = match q.hedge.map(|h| h.bound) {
        Some(Bound::UpperBound) => "≤",
        Some(Bound::LowerBound) => "≥",
        Some(Bound::Approx | Bound::Estimate | Bound::Average) => "≈",
        Some(Bound::ApproxBelow) => "<≈",
        None => "",
    };
    r.push_str(symbol);
    match q.value {
        Value::Exact(v) => r.push_str(&number(v)),
        Value::Range(lo, hi) => {
            let _ = write!(r, "{}–{}", number(lo), number(hi));
        }
        Value::AtLeast(v) => {
            let _ = write!(r, "≥{}", number(v));
        }
        Value::Unknown => r.push('?'),
    }
    if q.kind == QuantityKind::Percent {
        r.push('%');
    } else if let Some(unit) = &q.unit {
        r.push(' ');
        r.push_str(unit);
    }
    if let Some(per) = q.per {
        let _ = write!(r, " / {}", per.as_str());
    }
    match q.hedge.map(|h| h.bound) {
        Some(Bound::Estimate) => r.push_str(", estimate"),
        Some(Bound::Average) => r.push_str(", average"),
        _ => {}
    }
    if q.kind == QuantityKind::Vague {
        r.push_str(", vague");
    }
    format!("{} [{r}]", fold(&text[q.full]))
}

/// Writes a number without a needless `.0`.
fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

#[cfg(test)]
mod tests {
    use factmark_core::{AttributionKind, Content, Source, Span};

    use super::*;

    fn said_by(text: &str, written: &str, name: &str) -> Attribution {
        let at = text.find(written).expect("the source");
        let cue = text.find("said").expect("the cue");
        Attribution {
            source: Some(Source {
                span: Span::new(at, at + written.len()),
                resolved: Some(name.to_string()),
                is_vague: false,
            }),
            cue: Span::new(cue, cue + 4),
            content: Content {
                span: Span::new(cue + 5, text.len() - 1),
                parts: Vec::new(),
            },
            kind: AttributionKind::Indirect,
            hedged: false,
            sentences: 0..1,
        }
    }

    #[test]
    fn a_source_keeps_the_title_it_was_named_with() {
        let text = "NATO Secretary General Mark Rutte said troops died.";
        let a =
            said_by(text, "NATO Secretary General Mark Rutte", "Mark Rutte");
        let known = titles(text, std::slice::from_ref(&a));
        assert_eq!(
            source(text, &a, &known),
            "Mark Rutte (NATO Secretary General)"
        );
        // An article is no title.
        let text = "The Emergencies Ministry said six died.";
        let a =
            said_by(text, "The Emergencies Ministry", "Emergencies Ministry");
        let known = titles(text, std::slice::from_ref(&a));
        assert_eq!(source(text, &a, &known), "Emergencies Ministry");
    }
}
