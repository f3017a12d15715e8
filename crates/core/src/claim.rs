//! Claims: the sentences a fact-checker reviews.

use std::fmt;
use std::str::FromStr;

/// Why a claim deserves a fact-checker's attention first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Flag {
    /// The sentence gives a figure that no source stands behind.
    UnattributedQuantity,
    /// The only source is unnamed or collective (`analysts believe`,
    /// `is believed to`).
    VagueSource,
    /// The cue itself hedges (`suggested`, `believes`, `estimated`).
    HedgedCue,
    /// The figure is vague (`thousands`, `dozens`).
    VagueQuantity,
    /// The sentence compares or sizes something with no figure and no
    /// source (`a much larger pool than Ukraine does`, `losses remain
    /// high`): the reporter's own judgement.
    UnattributedComparison,
    /// The claim's sentence is no longer in the article (set when an
    /// earlier review sheet is merged).
    Stale,
}

impl Flag {
    /// All flags, in the order they are written.
    pub const ALL: [Flag; 6] = [
        Flag::UnattributedQuantity,
        Flag::VagueSource,
        Flag::HedgedCue,
        Flag::VagueQuantity,
        Flag::UnattributedComparison,
        Flag::Stale,
    ];

    /// Returns the flag's name as written in the sheet and in JSONL.
    pub fn as_str(self) -> &'static str {
        match self {
            Flag::UnattributedQuantity => "unattributed-quantity",
            Flag::VagueSource => "vague-source",
            Flag::HedgedCue => "hedged-cue",
            Flag::VagueQuantity => "vague-quantity",
            Flag::UnattributedComparison => "unattributed-comparison",
            Flag::Stale => "stale",
        }
    }
}

impl fmt::Display for Flag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error for a flag name that factmark does not know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownFlag(pub String);

impl fmt::Display for UnknownFlag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown flag {:?}", self.0)
    }
}

impl std::error::Error for UnknownFlag {}

impl FromStr for Flag {
    type Err = UnknownFlag;

    fn from_str(s: &str) -> Result<Flag, UnknownFlag> {
        Flag::ALL
            .into_iter()
            .find(|f| f.as_str() == s)
            .ok_or_else(|| UnknownFlag(s.to_string()))
    }
}

/// A sentence worth checking: a body sentence with at least one checkable
/// quantity or one attribution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    /// A stable id (`c-3f9a…`) computed from the article id and the
    /// sentence's normalized text.
    pub id: String,
    /// Index of the claim's sentence.
    pub sentence: usize,
    /// Why it deserves attention, if it does.
    pub flags: Vec<Flag>,
}
