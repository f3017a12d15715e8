//! The word lists the quantity tagger is compiled with.

use factmark_core::lexicon::{self, Map};
use factmark_core::token::{tokenize, Token};
use factmark_core::words::WordMap;
use factmark_core::{Bound, Period, Span};

macro_rules! lexicon_file {
    ($name:literal) => {
        ($name, include_str!(concat!("../../../data/lexicons/", $name)))
    };
}

/// Where a scale word may stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScaleUse {
    /// Anywhere after a number: `1.1 million`.
    Free,
    /// Only written against the number: `20k`.
    Attached,
    /// Only after a currency: `$2.5m`.
    Currency,
}

/// A scale word.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Scale {
    pub(crate) factor: f64,
    pub(crate) written: ScaleUse,
}

/// A rate period, and whether it stands alone (`annually`) or needs a
/// determiner (`a month`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct PeriodWord {
    pub(crate) period: Period,
    pub(crate) adverb: bool,
}

/// What a single word can be. One lookup answers every question the
/// grammar asks of a word.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Word {
    pub(crate) number: Option<f64>,
    pub(crate) scale: Option<Scale>,
    /// The denominator of a fraction word (`third` is 3).
    pub(crate) denominator: Option<f64>,
    pub(crate) vague: Option<f64>,
    pub(crate) period: Option<PeriodWord>,
    pub(crate) month: Option<u32>,
    /// A day of the week (`calendar.txt`, marked `weekday`).
    pub(crate) weekday: bool,
    /// Ends a counted noun.
    pub(crate) stop: bool,
    /// Ends a counted noun after its head (`counted_stopwords.txt`, marked
    /// `after a noun`): "eleven people | linked to a network".
    pub(crate) stop_after_noun: bool,
    /// A noun in "-ly" (`ly_nouns.txt`): no adverb.
    pub(crate) ly_noun: bool,
    /// Changes an amount (`change_verbs.txt`): "raised it from 5 to 7".
    pub(crate) change: bool,
    /// A participle that stands for those counted, alone after a number
    /// (`counted_participles.txt`): "12 injured".
    pub(crate) counted_participle: bool,
    /// A singular noun in "-s" (`singular_nouns.txt`): "gas", "bus".
    pub(crate) singular_in_s: bool,
}

/// What a unit measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Dimension(pub(crate) &'static str);

impl Dimension {
    pub(crate) fn is_duration(self) -> bool {
        self.0 == "duration"
    }

    /// The base unit values of this dimension are given in.
    pub(crate) fn base_unit(self) -> &'static str {
        match self.0 {
            "duration" => "second",
            "length" => "metre",
            "mass" => "gram",
            "volume" => "litre",
            "area" => "square metre",
            "speed" => "metre per second",
            "data" => "byte",
            "power" => "watt",
            "energy" => "joule",
            "flow" => "litre per second",
            other => other,
        }
    }
}

/// Why a word is a candidate for the quantity grammar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Trigger {
    /// It can begin a quantity on its own: "twenty", "thousands", "½".
    Alone,
    /// A singular duration unit: a quantity only after one of
    /// the article words ([`ARTICLES`]: "a year", "another hour",
    /// "full-day").
    AfterArticle,
}

/// The words that count a singular duration unit as one, the
/// article words: these ("more than a year", "half an hour"),
/// [`ANOTHER`] ("another hour") and [`WHOLE`] ("the whole day").
pub(crate) const ARTICLES: [&str; 2] = ["a", "an"];
/// See [`ARTICLES`].
pub(crate) const ANOTHER: &str = "another";
/// See [`ARTICLES`]; these also join the unit with a hyphen ("a full-day
/// strike", "an entire-day").
pub(crate) const WHOLE: [&str; 4] = ["whole", "entire", "full", "all"];

/// One of the article words (see [`ARTICLES`]), ASCII case aside.
pub(crate) fn is_article_word(w: &[u8]) -> bool {
    ARTICLES
        .iter()
        .chain(&[ANOTHER])
        .chain(&WHOLE)
        .any(|a| w.eq_ignore_ascii_case(a.as_bytes()))
}

/// A unit.
#[derive(Clone, Debug)]
pub(crate) struct Unit {
    pub(crate) name: String,
    pub(crate) dimension: Dimension,
    /// The unit in its dimension's base unit; `None` for units that do
    /// not add up (temperatures).
    pub(crate) size: Option<f64>,
    /// One letter: counts only against the number or before a function
    /// word.
    pub(crate) short: bool,
    /// Only the second part of a composite amount ("5 ft 2 in").
    pub(crate) composite_only: bool,
    /// Only as a capital letter against the number ("25C").
    pub(crate) capital: bool,
}

/// A currency.
#[derive(Clone, Debug)]
pub(crate) struct Currency {
    pub(crate) code: String,
    /// A hundredth of the currency (cents, pence).
    pub(crate) minor: bool,
    /// A symbol or code, which may stand before the number.
    pub(crate) prefix: bool,
    /// What the amount is multiplied by ("MEUR" is a million euros).
    pub(crate) factor: f64,
    /// A name that means this currency whatever country is named before
    /// it: "koruna", "yen", but not "dollars" ("Canadian dollars" are
    /// not US dollars).
    pub(crate) sole: bool,
}

/// Multi-token lexicon entries (`more than`, `metric tons`, `US$`),
/// matched against tokens ignoring case and spacing. The entries are
/// grouped by their first and by their last token; a token's [`Entry`]
/// says which group, if any, it opens or closes, so matching needs no
/// hashing beyond the token's one lookup.
#[derive(Clone, Debug)]
pub(crate) struct Phrases<T> {
    /// Groups by first token: the other tokens and the value, longest
    /// first.
    first: Vec<Vec<(Vec<String>, bool, T)>>,
    /// Groups by last token: the tokens before it (last first) and the
    /// value, longest first.
    last: Vec<Vec<(Vec<String>, bool, T)>>,
}

/// The tokens of a lexicon key, lower case, and whether they are written
/// together ("us$", matched only glued) rather than apart ("us $",
/// matched either way).
fn key_tokens(key: &str) -> (Vec<String>, bool) {
    let mut toks = Vec::new();
    tokenize(key, Span::new(0, key.len()), &mut toks);
    let glued = toks.len() > 1 && toks[1..].iter().all(|t| !t.space_before);
    (toks.iter().map(|t| key[t.span].to_lowercase()).collect(), glued)
}

/// Token `t` of `text` equals the lower-case lexicon token `w`.
pub(crate) fn token_is(text: &str, t: &Token, w: &str) -> bool {
    let s = &text[t.span];
    if s.is_ascii() {
        s.eq_ignore_ascii_case(w)
    } else {
        s.len() == w.len() && s.to_lowercase() == w
    }
}

/// Which phrase groups a token opens or closes: an index plus one, or 0.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Groups {
    pub(crate) first: u32,
    pub(crate) last: u32,
}

impl<T: Clone> Phrases<T> {
    /// Builds the groups, recording each key token's group ids in
    /// `entries` through `groups`.
    fn build<'a>(
        items: impl Iterator<Item = (&'a str, T)>,
        entries: &mut Map<String, Entry>,
        groups: fn(&mut Entry) -> &mut Groups,
    ) -> Phrases<T> {
        let mut p = Phrases { first: Vec::new(), last: Vec::new() };
        for (key, value) in items {
            let (mut toks, glued) = key_tokens(key);
            let Some(head) = toks.first().cloned() else { continue };
            let g = groups(entries.entry(head).or_default());
            if g.first == 0 {
                p.first.push(Vec::new());
                g.first = p.first.len() as u32;
            }
            p.first[g.first as usize - 1].push((
                toks[1..].to_vec(),
                glued,
                value.clone(),
            ));
            let tail = toks.pop().expect("not empty");
            toks.reverse();
            let g = groups(entries.entry(tail).or_default());
            if g.last == 0 {
                p.last.push(Vec::new());
                g.last = p.last.len() as u32;
            }
            p.last[g.last as usize - 1].push((toks, glued, value));
        }
        for v in p.first.iter_mut().chain(p.last.iter_mut()) {
            v.sort_by_key(|(rest, _, _)| std::cmp::Reverse(rest.len()));
        }
        p
    }

    /// The longest entry starting at token `i`, whose entry is `e`: its
    /// token count and value.
    pub(crate) fn at(
        &self,
        groups: Groups,
        text: &str,
        toks: &[Token],
        i: usize,
    ) -> Option<(usize, &T)> {
        let list = self.first.get((groups.first as usize).checked_sub(1)?)?;
        list.iter().find_map(|(rest, glued, v)| {
            let ok = rest.iter().enumerate().all(|(k, w)| {
                toks.get(i + 1 + k).is_some_and(|t| {
                    token_is(text, t, w) && !(*glued && t.space_before)
                })
            });
            ok.then_some((rest.len() + 1, v))
        })
    }

    /// The longest entry ending at token `last` (whose entry is `e`) and
    /// starting at or after `floor`: its token count and value.
    pub(crate) fn ending_at(
        &self,
        groups: Groups,
        text: &str,
        toks: &[Token],
        floor: usize,
        last: usize,
    ) -> Option<(usize, &T)> {
        let list = self.last.get((groups.last as usize).checked_sub(1)?)?;
        list.iter().find_map(|(before, glued, v)| {
            if last < floor + before.len() {
                return None;
            }
            let ok = before.iter().enumerate().all(|(k, w)| {
                token_is(text, &toks[last - 1 - k], w)
                    && !(*glued && toks[last - k].space_before)
            });
            ok.then_some((before.len() + 1, v))
        })
    }
}

/// Everything the lexicons say about one token, found with one lookup.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Entry {
    pub(crate) word: Word,
    pub(crate) hedges: Groups,
    pub(crate) post_hedges: Groups,
    pub(crate) units: Groups,
    pub(crate) currencies: Groups,
    /// A word after which a number is a name ("Section 230").
    pub(crate) label: bool,
    /// Such a word in lower case too ("category 3").
    pub(crate) label_any_case: bool,
    /// A street word ("10 Downing Street").
    pub(crate) street: bool,
    /// A time zone (`time_zones.txt`), which makes four digits before it
    /// a time of day when written in capitals ("1130 UTC").
    pub(crate) time_zone: bool,
}

/// A hedge of `hedges.txt`: its bound, and whether it bounds only spans
/// of time and space ("within 36 hours", "within 5 km"; not "within 30
/// countries" or "within 2023").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct HedgeWord {
    pub(crate) bound: Bound,
    pub(crate) spans_only: bool,
}

/// The compiled word lists.
#[derive(Clone, Debug)]
pub(crate) struct Lexicons {
    entries: WordMap<Entry>,
    /// Scale words matched only as written ("10M").
    exact_scales: Map<String, Scale>,
    pub(crate) hedges: Phrases<HedgeWord>,
    pub(crate) post_hedges: Phrases<Bound>,
    pub(crate) units: Phrases<Unit>,
    pub(crate) currencies: Phrases<Currency>,
}

fn parse_map<T>(
    (name, text): (&str, &str),
    mut f: impl FnMut(&str) -> Option<T>,
) -> Vec<(String, T)> {
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

fn dimension(name: &str) -> Option<Dimension> {
    const DIMENSIONS: [&str; 13] = [
        "angle",
        "duration",
        "length",
        "area",
        "mass",
        "volume",
        "speed",
        "temperature",
        "data",
        "power",
        "energy",
        "flow",
        "other",
    ];
    DIMENSIONS.iter().find(|d| **d == name).map(|d| Dimension(d))
}

impl Lexicons {
    pub(crate) fn new() -> Lexicons {
        let mut entries: Map<String, Entry> = Map::default();
        let mut words: Map<String, Word> = Map::default();
        let number = |v: &str| v.parse::<f64>().ok();
        for (k, v) in parse_map(lexicon_file!("number_words.txt"), number) {
            words.entry(k).or_default().number = Some(v);
        }
        for (k, v) in parse_map(lexicon_file!("fractions.txt"), number) {
            words.entry(k).or_default().denominator = Some(v);
        }
        for (k, v) in parse_map(lexicon_file!("vague_numbers.txt"), number) {
            words.entry(k).or_default().vague = Some(v);
        }
        let scales = parse_map(lexicon_file!("scale_words.txt"), |v| {
            let (factor, flag) = match v.split_once(' ') {
                Some((f, flag)) => (f, Some(flag)),
                None => (v, None),
            };
            Some(Scale {
                factor: factor.parse().ok()?,
                written: match flag {
                    None => ScaleUse::Free,
                    Some("attached") => ScaleUse::Attached,
                    Some("currency") => ScaleUse::Currency,
                    Some(_) => return None,
                },
            })
        });
        let (_, scale_text) = lexicon_file!("scale_words.txt");
        let exact: Vec<&str> = lexicon::entries(scale_text)
            .filter(|e| e.key.chars().any(char::is_uppercase))
            .map(|e| e.key)
            .collect();
        let mut exact_scales = Map::default();
        for ((k, v), key) in
            scales.into_iter().zip(lexicon::entries(scale_text))
        {
            if exact.contains(&key.key) {
                exact_scales.insert(key.key.to_string(), v);
            } else {
                words.entry(k).or_default().scale = Some(v);
            }
        }
        let periods = parse_map(lexicon_file!("periods.txt"), |v| {
            let (name, adverb) = match v.split_once(", ") {
                Some((n, "adverb")) => (n, true),
                Some(_) => return None,
                None => (v, false),
            };
            Some(PeriodWord { period: Period::from_name(name)?, adverb })
        });
        for (k, v) in periods {
            words.entry(k).or_default().period = Some(v);
        }
        let months = parse_map(lexicon_file!("calendar.txt"), |v| {
            Some(v.parse::<u32>().unwrap_or(0))
        });
        for (k, m) in months {
            let word = words.entry(k).or_default();
            if m > 0 {
                word.month = Some(m);
            } else {
                word.weekday = true;
            }
        }
        let (_, ly_nouns) = lexicon_file!("ly_nouns.txt");
        for e in lexicon::entries(ly_nouns) {
            words.entry(e.key.to_lowercase()).or_default().ly_noun = true;
        }
        let (_, singulars) = lexicon_file!("singular_nouns.txt");
        for e in lexicon::entries(singulars) {
            words.entry(e.key.to_lowercase()).or_default().singular_in_s =
                true;
        }
        let (_, change) = lexicon_file!("change_verbs.txt");
        for e in lexicon::entries(change) {
            words.entry(e.key.to_lowercase()).or_default().change = true;
        }
        let (_, participles) = lexicon_file!("counted_participles.txt");
        for e in lexicon::entries(participles) {
            words
                .entry(e.key.to_lowercase())
                .or_default()
                .counted_participle = true;
        }
        let (_, stop) = lexicon_file!("counted_stopwords.txt");
        for e in lexicon::entries(stop) {
            let word = words.entry(e.key.to_lowercase()).or_default();
            match e.value {
                None => word.stop = true,
                Some("after a noun") => word.stop_after_noun = true,
                Some(other) => panic!(
                    "counted_stopwords.txt:{}: unknown mark {other:?}",
                    e.line
                ),
            }
        }
        let hedges = parse_map(lexicon_file!("hedges.txt"), |v| {
            let (bound, mark) = match v.split_once(", ") {
                Some((bound, mark)) => (bound, Some(mark)),
                None => (v, None),
            };
            let spans_only = match mark {
                None => false,
                Some("durations and measures") => true,
                Some(_) => return None,
            };
            Some(HedgeWord { bound: Bound::from_name(bound)?, spans_only })
        });
        let post =
            parse_map(lexicon_file!("post_hedges.txt"), Bound::from_name);
        let units = parse_map(lexicon_file!("units.txt"), |v| {
            let mut parts = v.split(", ");
            let name = parts.next()?.to_string();
            let dimension = dimension(parts.next()?)?;
            let size = match parts.next()? {
                "-" => None,
                s => Some(s.parse::<f64>().ok()?),
            };
            let (composite_only, capital) = match parts.next() {
                None => (false, false),
                Some("composite") => (true, false),
                Some("capital") => (false, true),
                Some(_) => return None,
            };
            Some(Unit {
                name,
                dimension,
                size,
                short: false,
                composite_only,
                capital,
            })
        });
        let units = units
            .into_iter()
            .map(|(k, mut u)| {
                u.short = k.chars().count() == 1 && k != "°";
                (k, u)
            })
            .collect::<Vec<_>>();
        let mut currencies = parse_map(lexicon_file!("currencies.txt"), |v| {
            let (code, minor, factor) = match v.split_once(", ") {
                Some((c, "minor")) => (c, true, 1.0),
                Some((c, "million")) => (c, false, 1e6),
                Some(_) => return None,
                None => (v, false, 1.0),
            };
            Some(Currency {
                code: code.to_string(),
                minor,
                prefix: false,
                factor,
                sole: false,
            })
        })
        .into_iter()
        .map(|(k, mut c)| {
            // Symbols and codes may come first; names only after.
            let symbol = k.chars().any(|ch| !ch.is_alphabetic() && ch != ' ');
            // A code is its own value ("usd = USD"); "won = KRW" is a
            // name ("The party won 60 seats").
            let code = k.len() == 3
                && k.chars().all(|ch| ch.is_ascii_alphabetic())
                && k.eq_ignore_ascii_case(&c.code);
            c.prefix = !c.minor
                && (symbol
                    || code
                    || matches!(k.as_str(), "rs" | "rm" | "rmb"));
            // Names that are also English words ("Republicans won") are
            // never sole; the lexicon lists their pairs ("korean won").
            c.sole = !c.prefix
                && !c.minor
                && !k.contains(' ')
                && !matches!(
                    k.as_str(),
                    "won"
                        | "rand"
                        | "real"
                        | "reals"
                        | "mark"
                        | "marks"
                        | "dong"
                );
            (k, c)
        })
        .collect::<Vec<_>>();
        // "canadian dollars = CAD" makes "dollars" no sole name of USD.
        let shared: Vec<String> = currencies
            .iter()
            .filter_map(|(k, c)| {
                let (_, last) = k.rsplit_once(' ')?;
                currencies
                    .iter()
                    .any(|(n, o)| n == last && o.code != c.code)
                    .then(|| last.to_string())
            })
            .collect();
        for (k, c) in &mut currencies {
            c.sole &= !shared.contains(k);
        }
        for (k, w) in words {
            entries.entry(k).or_default().word = w;
        }
        let (_, labels) = lexicon_file!("number_labels.txt");
        for e in lexicon::entries(labels) {
            let entry = entries.entry(e.key.to_lowercase()).or_default();
            match e.value {
                Some("street") => entry.street = true,
                Some("any case") => entry.label_any_case = true,
                _ => entry.label = true,
            }
        }
        let (_, zones) = lexicon_file!("time_zones.txt");
        for e in lexicon::entries(zones) {
            entries.entry(e.key.to_lowercase()).or_default().time_zone = true;
        }
        let hedges = Phrases::build(
            hedges.iter().map(|(k, v)| (k.as_str(), *v)),
            &mut entries,
            |e| &mut e.hedges,
        );
        let post_hedges = Phrases::build(
            post.iter().map(|(k, v)| (k.as_str(), *v)),
            &mut entries,
            |e| &mut e.post_hedges,
        );
        let units = Phrases::build(
            units.iter().map(|(k, v)| (k.as_str(), v.clone())),
            &mut entries,
            |e| &mut e.units,
        );
        let currencies = Phrases::build(
            currencies.iter().map(|(k, v)| (k.as_str(), v.clone())),
            &mut entries,
            |e| &mut e.currencies,
        );
        Lexicons {
            entries: WordMap::new(entries),
            exact_scales,
            hedges,
            post_hedges,
            units,
            currencies,
        }
    }

    /// A scale word matched as written (`M` in "10M").
    pub(crate) fn exact_scale(&self, w: &str) -> Option<Scale> {
        self.exact_scales.get(w).copied()
    }

    /// The minute, for "1 hour thirty".
    pub(crate) fn minute(&self) -> &Unit {
        static MINUTE: std::sync::OnceLock<Unit> = std::sync::OnceLock::new();
        MINUTE.get_or_init(|| Unit {
            name: "minute".into(),
            dimension: Dimension("duration"),
            size: Some(60.0),
            short: false,
            composite_only: false,
            capital: false,
        })
    }

    /// Everything the lexicons say about the token `s` (the default,
    /// empty entry for an unknown one).
    pub(crate) fn entry(&self, s: &str) -> &Entry {
        static NONE: Entry = Entry {
            word: Word {
                number: None,
                scale: None,
                denominator: None,
                vague: None,
                period: None,
                month: None,
                weekday: false,
                stop: false,
                stop_after_noun: false,
                ly_noun: false,
                change: false,
                counted_participle: false,
                singular_in_s: false,
            },
            hedges: Groups { first: 0, last: 0 },
            post_hedges: Groups { first: 0, last: 0 },
            units: Groups { first: 0, last: 0 },
            currencies: Groups { first: 0, last: 0 },
            label: false,
            label_any_case: false,
            street: false,
            time_zone: false,
        };
        self.entries.get(s).unwrap_or(&NONE)
    }

    /// The words that can start a spelled-out quantity, for the candidate
    /// finder: number, fraction and vague words and free scale words
    /// (`Trigger::Alone`), and the singular duration units that an
    /// article-like word counts (`more than a year`, `another hour`:
    /// `Trigger::AfterArticle`, see [`ARTICLES`]). Sorted by word.
    /// Numbers in digits and vulgar fractions ("½") are number tokens.
    pub(crate) fn trigger_words(&self) -> Vec<(String, Trigger)> {
        let mut out: Vec<(String, Trigger)> = self
            .entries
            .iter()
            .filter_map(|(k, e)| {
                let w = &e.word;
                let fraction = w
                    .denominator
                    .is_some_and(|d| d > 2.0 || k.starts_with("hal"));
                let duration_unit = self
                    .units
                    .first
                    .get((e.units.first as usize).wrapping_sub(1))
                    .is_some_and(|list| {
                        list.iter().any(|(rest, _, u)| {
                            rest.is_empty() && u.dimension.is_duration()
                        })
                    });
                if w.number.is_some()
                    || fraction
                    || w.vague.is_some()
                    || w.scale.is_some_and(|s| s.written == ScaleUse::Free)
                {
                    Some((k.clone(), Trigger::Alone))
                } else if duration_unit && k.len() > 2 && !k.ends_with('s') {
                    Some((k.clone(), Trigger::AfterArticle))
                } else {
                    None
                }
            })
            .collect();
        out.extend(
            ["dozen", "couple", "pair"]
                .map(|w| (w.to_string(), Trigger::Alone)),
        );
        out.sort();
        out.dedup_by(|a, b| a.0 == b.0);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<Token> {
        let mut t = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut t);
        t
    }

    #[test]
    fn lexicons_load() {
        let lex = Lexicons::new();
        assert_eq!(lex.entry("Twenty").word.number, Some(20.0));
        assert_eq!(
            lex.entry("million").word.scale.map(|s| s.factor),
            Some(1e6)
        );
        assert_eq!(
            lex.entry("m").word.scale.unwrap().written,
            ScaleUse::Currency
        );
        assert_eq!(lex.entry("thirds").word.denominator, Some(3.0));
        assert_eq!(lex.entry("thousands").word.vague, Some(2000.0));
        assert!(lex.entry("annually").word.period.unwrap().adverb);
        assert!(lex.entry("are").word.stop);
        assert_eq!(lex.entry("Nov").word.month, Some(11));
        let triggers = lex.trigger_words();
        let trigger =
            |w: &str| triggers.iter().find(|(k, _)| k == w).map(|&(_, t)| t);
        assert_eq!(trigger("year"), Some(Trigger::AfterArticle));
        assert_eq!(trigger("years"), None);
        assert_eq!(trigger("twenty"), Some(Trigger::Alone));
        assert_eq!(trigger("thousands"), Some(Trigger::Alone));
    }

    #[test]
    fn phrases_ignore_case_and_spacing() {
        let lex = Lexicons::new();
        let text = "It is MORE THAN 5 metric tons, c $ 300 or US$3 >= 2.";
        let t = toks(text);
        let at = |w: &str| t.iter().position(|x| &text[x.span] == w).unwrap();
        let g = |i: usize| *lex.entry(&text[t[i].span]);
        let five = at("5");
        let h =
            lex.hedges.ending_at(g(five - 1).hedges, text, &t, 0, five - 1);
        assert_eq!(h.map(|(n, h)| (n, h.bound)), Some((2, Bound::LowerBound)));
        let h = lex.hedges.ending_at(
            g(five - 1).hedges,
            text,
            &t,
            five - 1,
            five - 1,
        );
        assert_eq!(h.map(|(n, _)| n), None);
        let (n, unit) =
            lex.units.at(g(five + 1).units, text, &t, five + 1).unwrap();
        assert_eq!((n, unit.name.as_str()), (2, "tonne"));
        let (n, cur) = lex
            .currencies
            .at(g(at("c")).currencies, text, &t, at("c"))
            .unwrap();
        assert_eq!((n, cur.code.as_str(), cur.prefix), (2, "CAD", true));
        let (n, cur) = lex
            .currencies
            .at(g(at("US")).currencies, text, &t, at("US"))
            .unwrap();
        assert_eq!((n, cur.code.as_str()), (2, "USD"));
        let eq = t.len() - 3;
        let (n, b) =
            lex.hedges.ending_at(g(eq).hedges, text, &t, 0, eq).unwrap();
        assert_eq!((n, b.bound), (2, Bound::LowerBound));
        assert!(lex.entry("Section").label);
        assert!(lex.entry("street").street);
    }
}
