//! The word lists the segmenter is compiled with.

use factmark_core::lexicon::{self, Map, Set};
use factmark_core::words::{WordMap, WordSet};

/// How an abbreviation behaves before the next word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Abbrev {
    /// Ends a sentence only before a usual sentence opener.
    Ordinary,
    /// Comes before a name: never ends a sentence (`Mr.`).
    Title,
    /// Comes before a number, which then does not start a sentence.
    Number,
    /// Never ends a sentence (`e.g.`).
    Inline,
    /// `a.m.` / `p.m.`.
    Time,
    /// Usually ends its sentence (`etc.`): a capital after it opens the
    /// next.
    Final,
}

/// The compiled word lists.
#[derive(Clone, Debug)]
pub(crate) struct Lexicons {
    /// Abbreviations written in lower case: matched ignoring case.
    abbrev_any_case: WordMap<Abbrev>,
    /// Abbreviations with a capital: matched as written.
    abbrev_exact: Map<String, Abbrev>,
    /// Usual sentence openers, any case.
    starters: WordSet,
    /// Forms of reporting verbs (`said`, `told`), any case.
    reporting: WordSet,
    /// Photo credit words and agencies, lower case.
    pub(crate) credits: Vec<String>,
    /// Month and weekday names, any case.
    calendar: WordSet,
    /// Words of titles written before a name, lower case.
    titles: Set<String>,
    /// Time zones, as written (`EST`).
    time_zones: Set<String>,
}

const ABBREVIATIONS: &str =
    include_str!("../../../data/lexicons/abbreviations.txt");
const STARTERS: &str =
    include_str!("../../../data/lexicons/sentence_starters.txt");
const REPORTING: &str =
    include_str!("../../../data/lexicons/reporting_verbs.txt");
const CREDITS: &str = include_str!("../../../data/lexicons/credits.txt");
const CALENDAR: &str = include_str!("../../../data/lexicons/calendar.txt");
const TITLES: &str = include_str!("../../../data/lexicons/titles.txt");
const TIME_ZONES: &str = include_str!("../../../data/lexicons/time_zones.txt");

impl Lexicons {
    pub(crate) fn new() -> Lexicons {
        let mut abbrev_any_case = Map::default();
        let mut abbrev_exact = Map::default();
        for e in lexicon::entries(ABBREVIATIONS) {
            let kind = match e.value {
                None => Abbrev::Ordinary,
                Some("title") => Abbrev::Title,
                Some("number") => Abbrev::Number,
                Some("inline") => Abbrev::Inline,
                Some("time") => Abbrev::Time,
                Some("final") => Abbrev::Final,
                Some(other) => panic!(
                    "abbreviations.txt:{}: unknown kind {other:?}",
                    e.line
                ),
            };
            if e.key.chars().any(char::is_uppercase) {
                abbrev_exact.insert(e.key.to_string(), kind);
            } else {
                abbrev_any_case.insert(e.key.to_string(), kind);
            }
        }
        let reporting = lexicon::entries(REPORTING)
            .flat_map(|e| e.value.unwrap_or(e.key).split_whitespace())
            .collect();
        Lexicons {
            // Each key once (the last kind given wins), then looked up
            // ASCII case aside.
            abbrev_any_case: WordMap::new(abbrev_any_case),
            abbrev_exact,
            starters: lexicon::entries(STARTERS).map(|e| e.key).collect(),
            reporting,
            credits: lexicon::entries(CREDITS)
                .map(|e| e.key.to_lowercase())
                .collect(),
            calendar: lexicon::entries(CALENDAR).map(|e| e.key).collect(),
            titles: lexicon::entries(TITLES)
                .map(|e| e.key.to_lowercase())
                .collect(),
            time_zones: lexicon::entries(TIME_ZONES)
                .map(|e| e.key.to_string())
                .collect(),
        }
    }

    /// Looks up the word before a full stop (without the stop).
    pub(crate) fn abbrev(&self, word: &str) -> Option<Abbrev> {
        if let Some(&k) = self.abbrev_exact.get(word) {
            return Some(k);
        }
        self.abbrev_any_case.get(word).copied()
    }

    pub(crate) fn is_starter(&self, word: &str) -> bool {
        self.starters.contains(word)
    }

    pub(crate) fn is_reporting_verb(&self, word: &str) -> bool {
        self.reporting.contains(word)
    }

    pub(crate) fn is_calendar_word(&self, word: &str) -> bool {
        self.calendar.contains(word)
    }

    /// A word of a title in lower case (`minister`), before a name.
    pub(crate) fn is_lower_title(&self, word: &str) -> bool {
        word.starts_with(char::is_lowercase) && self.titles.contains(word)
    }

    /// A time zone, as written (`EST`, not `est`).
    pub(crate) fn is_time_zone(&self, word: &str) -> bool {
        self.time_zones.contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicons_load() {
        let lex = Lexicons::new();
        assert_eq!(lex.abbrev("Mr"), Some(Abbrev::Title));
        assert_eq!(lex.abbrev("U.S"), Some(Abbrev::Ordinary));
        assert_eq!(lex.abbrev("a.m"), Some(Abbrev::Time));
        assert_eq!(lex.abbrev("P.M"), Some(Abbrev::Time));
        assert_eq!(lex.abbrev("N°"), Some(Abbrev::Number));
        assert_eq!(lex.abbrev("Wash"), Some(Abbrev::Ordinary));
        assert_eq!(lex.abbrev("wash"), None);
        assert!(lex.is_starter("How"));
        assert!(!lex.is_starter("Government"));
        assert!(lex.is_reporting_verb("clarified"));
        assert!(lex.is_calendar_word("Tuesday"));
        assert!(lex.is_lower_title("minister"));
        assert!(!lex.is_lower_title("Minister"));
        assert!(lex.is_time_zone("EST"));
        assert!(!lex.is_time_zone("Est"));
    }
}
