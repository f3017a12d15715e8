//! The word lists the quantity tagger is compiled with.

use std::collections::{HashMap, HashSet};

use factmark_core::lexicon::{self, with_lowercase};
use factmark_core::{Bound, Period};

macro_rules! lexicon_file {
    ($name:literal) => {
        ($name, include_str!(concat!("../../../data/lexicons/", $name)))
    };
}

/// A scale word and whether it must be written against the number.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Scale {
    pub(crate) factor: f64,
    pub(crate) attached_only: bool,
}

/// What a unit measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UnitKind {
    Duration,
    Measure,
}

/// A unit: its canonical name and kind.
#[derive(Clone, Debug)]
pub(crate) struct Unit {
    pub(crate) name: String,
    pub(crate) kind: UnitKind,
}

/// A rate period and whether it stands alone (`annually`) or needs a
/// determiner (`a month`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct PeriodWord {
    pub(crate) period: Period,
    pub(crate) adverb: bool,
}

/// The compiled word lists. Keys are lower case.
#[derive(Clone, Debug)]
pub(crate) struct Lexicons {
    pub(crate) numbers: HashMap<String, f64>,
    pub(crate) scales: HashMap<String, Scale>,
    pub(crate) fractions: HashMap<String, f64>,
    pub(crate) vague: HashMap<String, f64>,
    /// Hedge phrases, words joined by one space.
    pub(crate) hedges: HashMap<String, Bound>,
    pub(crate) hedge_words: usize,
    /// Units, words joined by one space.
    pub(crate) units: HashMap<String, Unit>,
    pub(crate) unit_words: usize,
    pub(crate) currencies: HashMap<String, String>,
    pub(crate) currency_words: usize,
    pub(crate) periods: HashMap<String, PeriodWord>,
    pub(crate) stopwords: HashSet<String>,
    pub(crate) months: HashMap<String, u32>,
}

fn parse<T>(
    (name, text): (&str, &str),
    mut f: impl FnMut(&str) -> Option<T>,
) -> HashMap<String, T> {
    lexicon::entries(text)
        .map(|e| {
            let value = e
                .value
                .and_then(&mut f)
                .unwrap_or_else(|| panic!("{name}:{}: bad value", e.line));
            (e.key.to_lowercase(), value)
        })
        .collect()
}

fn longest<T>(map: &HashMap<String, T>) -> usize {
    map.keys().map(|k| k.split(' ').count()).max().unwrap_or(1)
}

impl Lexicons {
    pub(crate) fn new() -> Lexicons {
        let number = |v: &str| v.parse::<f64>().ok();
        let numbers = parse(lexicon_file!("number_words.txt"), number);
        let fractions = parse(lexicon_file!("fractions.txt"), number);
        let vague = parse(lexicon_file!("vague_numbers.txt"), number);
        let scales = parse(lexicon_file!("scale_words.txt"), |v| {
            let (factor, flag) = match v.split_once(' ') {
                Some((f, flag)) => (f, Some(flag)),
                None => (v, None),
            };
            Some(Scale {
                factor: factor.parse().ok()?,
                attached_only: match flag {
                    None => false,
                    Some("attached") => true,
                    Some(_) => return None,
                },
            })
        });
        let hedges = parse(lexicon_file!("hedges.txt"), Bound::from_name);
        let units = parse(lexicon_file!("units.txt"), |v| {
            let (name, kind) = v.split_once(", ")?;
            let kind = match kind {
                "duration" => UnitKind::Duration,
                "measure" => UnitKind::Measure,
                _ => return None,
            };
            Some(Unit { name: name.to_string(), kind })
        });
        let currencies =
            parse(lexicon_file!("currencies.txt"), |v| Some(v.to_string()));
        let periods = parse(lexicon_file!("periods.txt"), |v| {
            let (name, adverb) = match v.split_once(", ") {
                Some((n, "adverb")) => (n, true),
                Some(_) => return None,
                None => (v, false),
            };
            Some(PeriodWord { period: Period::from_name(name)?, adverb })
        });
        let months = parse(lexicon_file!("calendar.txt"), |v| {
            Some(v.parse::<u32>().unwrap_or(0))
        })
        .into_iter()
        .filter(|&(_, m)| m > 0)
        .collect();
        let (_, stop) = lexicon_file!("counted_stopwords.txt");
        let stopwords =
            lexicon::entries(stop).map(|e| e.key.to_lowercase()).collect();
        Lexicons {
            hedge_words: longest(&hedges),
            unit_words: longest(&units),
            currency_words: longest(&currencies),
            numbers,
            scales,
            fractions,
            vague,
            hedges,
            units,
            currencies,
            periods,
            stopwords,
            months,
        }
    }

    pub(crate) fn number(&self, w: &str) -> Option<f64> {
        with_lowercase(w, |w| self.numbers.get(w).copied())
    }

    pub(crate) fn scale(&self, w: &str) -> Option<Scale> {
        with_lowercase(w, |w| self.scales.get(w).copied())
    }

    pub(crate) fn fraction(&self, w: &str) -> Option<f64> {
        with_lowercase(w, |w| self.fractions.get(w).copied())
    }

    pub(crate) fn vague(&self, w: &str) -> Option<f64> {
        with_lowercase(w, |w| self.vague.get(w).copied())
    }

    pub(crate) fn period(&self, w: &str) -> Option<PeriodWord> {
        with_lowercase(w, |w| self.periods.get(w).copied())
    }

    pub(crate) fn is_stopword(&self, w: &str) -> bool {
        with_lowercase(w, |w| self.stopwords.contains(w))
    }

    pub(crate) fn month(&self, w: &str) -> Option<u32> {
        with_lowercase(w, |w| self.months.get(w).copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicons_load() {
        let lex = Lexicons::new();
        assert_eq!(lex.number("Twenty"), Some(20.0));
        assert_eq!(lex.scale("million").map(|s| s.factor), Some(1e6));
        assert!(lex.scale("m").unwrap().attached_only);
        assert_eq!(lex.hedges["up to"], Bound::UpperBound);
        assert_eq!(lex.units["years"].name, "year");
        assert_eq!(lex.currencies["$"], "USD");
        assert_eq!(lex.period("month").map(|p| p.period), Some(Period::Month));
        assert!(lex.period("annually").unwrap().adverb);
        assert!(lex.is_stopword("are"));
        assert_eq!(lex.month("Nov"), Some(11));
        assert!(lex.hedge_words >= 3);
    }
}
