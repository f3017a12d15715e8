//! Attributions: who says so, with which words, about what.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::Span;

/// How the content of an [`Attribution`] is reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttributionKind {
    /// The source's own words, in quotation marks.
    Direct,
    /// Reported speech: `He said that ...`.
    Indirect,
    /// Reported speech with some quoted words.
    Mixed,
    /// `according to ...`.
    AccordingTo,
    /// Hypothetical or rhetorical speech (`Moscow has to think: ...`); never
    /// credited as a real quote.
    Other,
}

impl AttributionKind {
    /// Returns the kind's name as written in JSONL.
    pub fn as_str(self) -> &'static str {
        match self {
            AttributionKind::Direct => "direct",
            AttributionKind::Indirect => "indirect",
            AttributionKind::Mixed => "mixed",
            AttributionKind::AccordingTo => "according_to",
            AttributionKind::Other => "other",
        }
    }
}

/// Who an attribution names as its source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// The words naming the source, as written (`He`, `the ministry`).
    pub span: Span,
    /// The named person or organisation behind a pronoun, short form or
    /// description (`Mark Rutte`), when it is known.
    pub resolved: Option<String>,
    /// True if and only if the source is unnamed or collective
    /// (`conflict analysts`, `US and Ukrainian assessments`).
    pub is_vague: bool,
}

/// What was said.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Content {
    /// From the first to the last byte of the content.
    pub span: Span,
    /// The pieces, when the content is interrupted by its cue
    /// (`"A," she said, "B."`, `The plant, according to the company,
    /// employs 1,400 people`); empty when it is one piece.
    pub parts: Vec<Span>,
}

/// One attribution: a source (or none, for an agentless passive), the cue
/// words, and the content they attribute.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    /// The source, or `None` when the text names none (`is believed to`).
    pub source: Option<Source>,
    /// The reporting words (`said`, `according to`, `is believed`).
    pub cue: Span,
    /// What is attributed.
    pub content: Content,
    /// How it is reported.
    pub kind: AttributionKind,
    /// True if and only if the cue attributes a belief, an estimate or a
    /// hint (`believe`, `suggested`, `is believed to`) rather than a
    /// statement.
    pub hedged: bool,
    /// The sentences (indices) the attribution covers.
    pub sentences: Range<usize>,
}
