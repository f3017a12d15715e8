//! Quantities: a number, how the writer qualified it, what it counts.

use serde::{Deserialize, Serialize};

use crate::Span;

/// What a [`Quantity`] measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuantityKind {
    /// A number of things (`25,000 soldiers`).
    Count,
    /// A percentage (`90%`, `3.5 per cent`) or percentage points.
    Percent,
    /// An amount of money with its currency (`$2.5bn`).
    Money,
    /// A length of time (`more than nine years`).
    Duration,
    /// A calendar year (`1979`); never counted as a count.
    Year,
    /// A calendar date (`January 4, 2019`).
    Date,
    /// A measure with a unit (`40 km`, `7 feet 10 inches`).
    Measure,
    /// A rank (`5th`); not a figure to check.
    Ordinal,
    /// A vague magnitude (`thousands`, `dozens`) with only a lower bound.
    Vague,
    /// A number that names rather than counts (`F-16`, a phone number, a
    /// time of day); never made into a claim.
    Identifier,
}

impl QuantityKind {
    /// Returns the kind's name as written in JSONL.
    pub fn as_str(self) -> &'static str {
        match self {
            QuantityKind::Count => "count",
            QuantityKind::Percent => "percent",
            QuantityKind::Money => "money",
            QuantityKind::Duration => "duration",
            QuantityKind::Year => "year",
            QuantityKind::Date => "date",
            QuantityKind::Measure => "measure",
            QuantityKind::Ordinal => "ordinal",
            QuantityKind::Vague => "vague",
            QuantityKind::Identifier => "identifier",
        }
    }

    /// Returns true if and only if a quantity of this kind is a figure a
    /// fact-checker would check (so its sentence becomes a claim).
    pub fn is_checkable(self) -> bool {
        !matches!(
            self,
            QuantityKind::Year
                | QuantityKind::Date
                | QuantityKind::Ordinal
                | QuantityKind::Identifier
        )
    }
}

/// The normalized value of a quantity, comparable by a machine.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    /// A single number: 25000 for `25,000`, 90 for `90%`.
    Exact(f64),
    /// A range `[low, high]`: `20,000 to 25,000`.
    Range(f64, f64),
    /// Only a lower bound is known: 2000 for `thousands`.
    AtLeast(f64),
    /// No number can be given.
    Unknown,
}

/// A measure's value in the base unit of its dimension, so that amounts
/// written in different units compare: seconds for durations, metres,
/// grams, litres, square metres, metres per second, bytes, watts, joules.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Base {
    /// The value in `unit`.
    pub value: Value,
    /// The base unit (`second`, `metre`, `gram`, ...).
    pub unit: &'static str,
}

/// How the writer qualified a number (`up to`, `an estimated`, ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// The number is a maximum: `up to`, `at most`, `no more than`.
    UpperBound,
    /// The number is a minimum: `more than`, `at least`, `over`.
    LowerBound,
    /// Near the number either way: `around`, `about`, `roughly`.
    Approx,
    /// Near but under the number: `nearly`, `almost`, `just under`.
    ApproxBelow,
    /// An estimate: `an estimated`, `estimated`.
    Estimate,
    /// An average: `an average of`, `on average`.
    Average,
}

impl Bound {
    /// Returns the bound's name as written in JSONL.
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::UpperBound => "upper_bound",
            Bound::LowerBound => "lower_bound",
            Bound::Approx => "approx",
            Bound::ApproxBelow => "approx_below",
            Bound::Estimate => "estimate",
            Bound::Average => "average",
        }
    }

    /// Parses a bound from its JSONL name.
    pub fn from_name(name: &str) -> Option<Bound> {
        Some(match name {
            "upper_bound" => Bound::UpperBound,
            "lower_bound" => Bound::LowerBound,
            "approx" => Bound::Approx,
            "approx_below" => Bound::ApproxBelow,
            "estimate" => Bound::Estimate,
            "average" => Bound::Average,
            _ => return None,
        })
    }
}

/// The words that qualify a number, and what they mean.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hedge {
    /// Where the hedge is (`up to`).
    pub span: Span,
    /// What the hedge says about the number.
    pub bound: Bound,
}

/// A period of a rate (`a month`, `every day`, `per year`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    /// Per hour.
    Hour,
    /// Per day.
    Day,
    /// Per week.
    Week,
    /// Per month.
    Month,
    /// Per year.
    Year,
}

impl Period {
    /// Returns the period's name as written in JSONL.
    pub fn as_str(self) -> &'static str {
        match self {
            Period::Hour => "hour",
            Period::Day => "day",
            Period::Week => "week",
            Period::Month => "month",
            Period::Year => "year",
        }
    }

    /// Parses a period from its name (`day`, `month`, ...).
    pub fn from_name(name: &str) -> Option<Period> {
        Some(match name {
            "hour" => Period::Hour,
            "day" => Period::Day,
            "week" => Period::Week,
            "month" => Period::Month,
            "year" => Period::Year,
            _ => return None,
        })
    }
}

/// A quantity found in a sentence.
///
/// `span` is the number expression itself (`20,000 to 25,000`, `90%`,
/// `nine years`); `full` adds the hedge, the counted noun and the rate
/// (`up to 25,000 soldiers killed a month`).
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// The number expression.
    pub span: Span,
    /// Index of the sentence the quantity is in.
    pub sentence: usize,
    /// What the quantity measures.
    pub kind: QuantityKind,
    /// Its normalized value.
    pub value: Value,
    /// The unit: a currency code (`USD`), a unit of time or measure
    /// (`year`, `km`), `percent`, or the singular of the counted noun
    /// (`soldier`; for "19 others", what the count before them in the
    /// sentence counted: "Seven people are killed and 19 others ...").
    pub unit: Option<String>,
    /// For a duration or a measure, its value in the base unit of its
    /// dimension (`nine years` is 283,824,000 seconds).
    pub base: Option<Base>,
    /// How the writer qualified the number, if they did.
    pub hedge: Option<Hedge>,
    /// What is counted (`soldiers killed`, `battlefield casualties`).
    pub counted: Option<Span>,
    /// The period, when the quantity is a rate.
    pub per: Option<Period>,
    /// The number with its hedge, counted noun and rate.
    pub full: Span,
}
