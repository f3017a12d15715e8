//! The grammar of quantity expressions, read around one candidate token
//! of a sentence.
//!
//! A quantity is read in this order: a lead word (`between`, `from`,
//! `minus`, `age`), a currency symbol or code, the number (digits, words,
//! fractions, vague magnitudes), its scale, then what follows it: a
//! percent sign, a currency name, a unit (composite amounts such as `7
//! feet 10 inches` add up), a second number making a range, a hedge after
//! it (`or more`). Around that: the hedge before it (`up to`), the counted
//! noun and the rate period after it.

use factmark_core::lexicon::{
    is_ly_adverb, is_possessive, with_lowercase, AsciiLower,
};
use factmark_core::token::{number_value, Class, Token};
use factmark_core::{
    Base, Bound, Hedge, Period, Quantity, QuantityKind, Span, Value,
};

use std::cell::RefCell;

use crate::lexicons::{
    Currency, Dimension, Entry, HedgeWord, Lexicons, ScaleUse, Unit, Word,
    ANOTHER, ARTICLES, WHOLE,
};

/// What reading at a candidate gave.
pub(crate) enum Step {
    /// A quantity, and the first token after it.
    Found(Quantity, usize),
    /// Tokens to pass over (a model name, a time of day), up to here.
    Skip(usize),
    /// Nothing here.
    Nothing,
}

/// A bare number: tokens `start..end`, its value and how it was written.
#[derive(Clone, Copy, Debug)]
struct Num {
    start: usize,
    end: usize,
    value: f64,
    /// Digits only, without grouping, decimals or a scale: maybe a year.
    plain: bool,
    /// A vague magnitude; `value` is its lower bound.
    vague: bool,
    /// The factor its scale word gave (1 without one).
    factor: f64,
    /// `one` or `a` alone: a quantity only with a unit or a hedge.
    weak: bool,
}

impl Num {
    fn new(start: usize, end: usize, value: f64) -> Num {
        Num {
            start,
            end,
            value: clean(value),
            plain: false,
            vague: false,
            factor: 1.0,
            weak: false,
        }
    }
}

/// A number with what follows it.
#[derive(Clone, Debug)]
struct Expr {
    start: usize,
    end: usize,
    value: Value,
    kind: QuantityKind,
    unit: Option<String>,
    /// The unit's dimension and size, for measures and durations.
    measure: Option<(Dimension, Option<f64>)>,
    num: Num,
}

impl Expr {
    fn high(&self) -> f64 {
        match self.value {
            Value::Exact(v) | Value::AtLeast(v) | Value::Range(_, v) => v,
            Value::Unknown => 0.0,
        }
    }
}

pub(crate) struct Parser<'a, 'l> {
    text: &'a str,
    toks: &'a [Token],
    lex: &'l Lexicons,
    sentence: usize,
    /// The first token not taken by an earlier quantity.
    floor: usize,
    /// The sentence has a count or vague magnitude before the candidate
    /// (set by the tagger before each step).
    pub(crate) counts_before: bool,
    /// Each token's lexicon entry, looked up once, when first needed.
    entries: RefCell<&'a mut Vec<Option<&'l Entry>>>,
}

impl<'a, 'l: 'a> Parser<'a, 'l> {
    pub(crate) fn new(
        text: &'a str,
        toks: &'a [Token],
        lex: &'l Lexicons,
        sentence: usize,
        cache: &'a mut Vec<Option<&'l Entry>>,
    ) -> Parser<'a, 'l> {
        cache.clear();
        cache.resize(toks.len(), None);
        Parser {
            text,
            toks,
            lex,
            sentence,
            floor: 0,
            counts_before: false,
            entries: RefCell::new(cache),
        }
    }

    // ----------------------------------------------------------- tokens

    fn tok(&self, i: usize) -> Option<&'a Token> {
        self.toks.get(i)
    }

    fn str(&self, i: usize) -> &'a str {
        &self.text[self.toks[i].span]
    }

    fn word(&self, i: usize) -> Option<&'a str> {
        self.tok(i)
            .filter(|t| t.class == Class::Word)
            .map(|t| &self.text[t.span])
    }

    /// What the lexicons say about token `i` (nothing for numbers and
    /// past the end).
    fn entry(&self, i: usize) -> Entry {
        let Some(t) = self.tok(i) else { return Entry::default() };
        if t.class == Class::Number {
            return Entry::default();
        }
        let mut cache = self.entries.borrow_mut();
        **cache[i].get_or_insert_with(|| self.lex.entry(&self.text[t.span]))
    }

    fn info(&self, i: usize) -> Word {
        match self.tok(i) {
            Some(t) if t.class == Class::Word => self.entry(i).word,
            _ => Word::default(),
        }
    }

    fn hedge_at(&self, i: usize) -> Option<(usize, Bound)> {
        let (n, h) = self.lex.hedges.at(
            self.entry(i).hedges,
            self.text,
            self.toks,
            i,
        )?;
        Some((n, h.bound))
    }

    /// The hedge that ends right before token `end`.
    fn hedge_ending(&self, end: usize) -> Option<(usize, HedgeWord)> {
        let last = end.checked_sub(1)?;
        let g = self.entry(last).hedges;
        let (n, h) = self
            .lex
            .hedges
            .ending_at(g, self.text, self.toks, self.floor, last)?;
        Some((n, *h))
    }

    fn post_hedge_at(&self, i: usize) -> Option<(usize, Bound)> {
        let g = self.entry(i).post_hedges;
        let (n, b) = self.lex.post_hedges.at(g, self.text, self.toks, i)?;
        Some((n, *b))
    }

    /// A unit at token `i`: token count, unit. A unit written only as a
    /// capital against the number ("25C") is one only there.
    fn unit_at(&self, i: usize) -> Option<(usize, &'l Unit)> {
        self.lex
            .units
            .at(self.entry(i).units, self.text, self.toks, i)
            .filter(|(_, u)| !u.capital || self.capital_against_number(i))
    }

    fn currency_at(&self, i: usize) -> Option<(usize, &'l Currency)> {
        self.lex.currencies.at(
            self.entry(i).currencies,
            self.text,
            self.toks,
            i,
        )
    }

    /// The currency that ends right before token `end`.
    fn currency_ending(&self, end: usize) -> Option<(usize, &'l Currency)> {
        let last = end.checked_sub(1)?;
        let g = self.entry(last).currencies;
        self.lex
            .currencies
            .ending_at(g, self.text, self.toks, self.floor, last)
    }

    fn is_word(&self, i: usize, w: &str) -> bool {
        self.word(i).is_some_and(|s| s.eq_ignore_ascii_case(w))
    }

    fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        self.word(i)
            .is_some_and(|s| ws.iter().any(|w| s.eq_ignore_ascii_case(w)))
    }

    fn is_punct(&self, i: usize, p: &str) -> bool {
        self.tok(i).is_some_and(|t| t.class == Class::Punct)
            && self.str(i) == p
    }

    fn is_dash(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.class == Class::Punct)
            && matches!(self.str(i), "-" | "–" | "—" | "~")
    }

    /// Skips the `+` and `-` signs from token `k` on; returns the token
    /// after them and the sign they make (`-+-` is `+`).
    fn signs(&self, mut k: usize) -> (usize, f64) {
        let mut sign = 1.0;
        while self.is_punct(k, "+") || self.is_punct(k, "-") {
            if self.str(k) == "-" {
                sign = -sign;
            }
            k += 1;
        }
        (k, sign)
    }

    /// Token `i` is written against the token before it.
    fn glued(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.space_before)
    }

    /// Token `i` is a hyphen written against the token before it ("T-",
    /// "1-in-", "five-").
    fn hyphen_at(&self, i: usize) -> bool {
        self.is_punct(i, "-") && self.glued(i)
    }

    fn is_number(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.class == Class::Number)
    }

    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.toks[start].span.start, self.toks[end - 1].span.end)
    }

    /// The token before `i`, if it is free to use.
    fn before(&self, i: usize) -> Option<usize> {
        i.checked_sub(1).filter(|&p| p >= self.floor)
    }

    // ------------------------------------------------------------ entry

    /// Reads the quantity whose number is at (or, for `a year`, right
    /// before) candidate token `i`; tokens before `floor` are taken.
    pub(crate) fn step(&mut self, floor: usize, i: usize) -> Step {
        self.floor = floor;
        if let Some((q, next)) = self.rank_at(i) {
            return Step::Found(q, next);
        }
        if let Some(next) = self.identifier_at(i) {
            return Step::Skip(next);
        }
        if let Some(next) = self.number_word_in_a_name(i) {
            return Step::Skip(next);
        }
        if let Some(next) = self.half_as_a_word(i) {
            return Step::Skip(next);
        }
        if let Some((q, next)) = self.date_at(i) {
            return Step::Found(q, next);
        }
        let Some(expr) = self.expr_at(i) else { return Step::Nothing };
        match self.finish(expr) {
            Some((q, next)) => Step::Found(q, next),
            None => Step::Nothing,
        }
    }

    /// Adds the hedge, counted noun and rate to an expression.
    fn finish(&self, mut expr: Expr) -> Option<(Quantity, usize)> {
        // "within 36 hours", not "within 30 countries".
        let span = matches!(
            expr.kind,
            QuantityKind::Duration | QuantityKind::Measure
        );
        let mut hedge = self
            .hedge_before(expr.start)
            .filter(|(_, _, h)| span || !h.spans_only)
            .map(|(start, end, h)| (start, end, h.bound));
        // A hedge after the number: "500 or more", "10+".
        let mut end = expr.end;
        // "30-odd", "20-plus": a one-word hedge joined by a hyphen (its
        // first token, its token count from `end`, its bound).
        let hyphened = (self.hyphen_at(end) && self.glued(end + 1))
            .then(|| self.post_hedge_at(end + 1))
            .flatten()
            .filter(|&(n, _)| n == 1)
            .map(|(n, bound)| (end + 1, n + 1, bound));
        let post = hyphened.or_else(|| {
            self.post_hedge_at(end).map(|(n, bound)| (end, n, bound))
        });
        if let Some((from, n, bound)) = post {
            let plus = self.is_punct(end, "+");
            // "and below a half" is a second bound, not a hedge.
            let number_next = self.is_number(end + n)
                || self.info(end + n).number.is_some()
                || self.is_any(end + n, &["a", "an", "than"]);
            if (!plus || self.glued(end)) && !number_next {
                // A bound after the number says more than an approximation
                // before it: "about five hundred or more".
                let weaker = hedge.is_none_or(|(_, _, b)| {
                    b == Bound::Approx && bound != Bound::Approx
                });
                if weaker {
                    hedge = Some((from, end + n, bound));
                }
                end += n;
            }
        }
        // A lone "one" counts a person ("one person", "one other"), or
        // one more in a list of counts ("four are killed and one
        // injured"); elsewhere it is a pronoun ("one of them", "no one").
        let lone = expr.num.weak
            && hedge.is_none()
            && expr.measure.is_none()
            && expr.kind != QuantityKind::Money
            && expr.kind != QuantityKind::Percent;
        let listed = lone
            && self.counts_before
            && !self.is_word(end, "of")
            && self.before(expr.start).is_some_and(|p| {
                self.is_word(p, "and") || self.is_punct(p, ",")
            });
        let person = || {
            self.is_any(
                end,
                &["person", "persons", "people", "other", "others"],
            )
        };
        if lone && !listed && !person() {
            return None;
        }
        // "more than 10 and less than 40": two bounds make a range.
        if let Some((_, _, bound)) = hedge.filter(|&(h, _, _)| h < expr.start)
        {
            if let Some((hi_expr, stop)) = self.second_bound(end, bound) {
                let (lo, hi) = match bound {
                    Bound::LowerBound => (expr.high(), hi_expr.high()),
                    _ => (hi_expr.high(), expr.high()),
                };
                if lo < hi {
                    expr.value = Value::Range(lo, hi);
                    expr.end = hi_expr.end;
                    end = stop;
                }
            }
        }
        // "one" in words, with no bound after it ("one or more"): in news,
        // one of something ("One person dies"), not a figure's "1".
        let one = expr.value == Value::Exact(1.0)
            && !self.is_number(expr.num.start)
            && hedge.is_none_or(|(h, _, _)| h < expr.end);
        let counted = match expr.kind {
            QuantityKind::Count | QuantityKind::Vague => {
                self.counted(end, false, one)
            }
            QuantityKind::Percent | QuantityKind::Measure => {
                self.counted(end, true, one)
            }
            _ => None,
        };
        let mut unit = expr.unit.take();
        let mut full_end = end;
        if let Some((_, stop, head)) = counted {
            full_end = stop;
            if unit.is_none() {
                unit = Some(lemma(self.lex, self.compound_at(head)));
            }
        }
        if listed && unit.is_none() {
            // What the list counted, filled in by the tagger.
            unit = Some(crate::OTHERS.into());
        }
        let mut per = None;
        if matches!(
            expr.kind,
            QuantityKind::Count
                | QuantityKind::Money
                | QuantityKind::Measure
                | QuantityKind::Vague
                | QuantityKind::Percent
        ) {
            if let Some((period, stop)) = self.rate(full_end) {
                per = Some(period);
                full_end = stop;
            } else if let Some(stop) = self.per_base(full_end) {
                full_end = stop;
                // "18.9 deaths per 100,000 people per year"
                if let Some((period, stop)) = self.rate(full_end) {
                    per = Some(period);
                    full_end = stop;
                }
            }
        }
        let first = hedge.map_or(expr.start, |(h, _, _)| h.min(expr.start));
        let base = expr.measure.and_then(|(dim, size)| {
            let size = size?;
            let value = match expr.value {
                Value::Exact(v) => Value::Exact(clean(v * size)),
                Value::Range(a, b) => {
                    Value::Range(clean(a * size), clean(b * size))
                }
                Value::AtLeast(v) => Value::AtLeast(clean(v * size)),
                Value::Unknown => return None,
            };
            Some(Base { value, unit: dim.base_unit() })
        });
        let q = Quantity {
            span: self.span(expr.start, expr.end),
            sentence: self.sentence,
            kind: expr.kind,
            value: expr.value,
            unit,
            base,
            hedge: hedge
                .map(|(h, e, bound)| Hedge { span: self.span(h, e), bound }),
            counted: counted.map(|(s, e, _)| self.span(s, e)),
            per,
            full: self.span(first, full_end.max(expr.end)),
        };
        Some((q, full_end.max(expr.end)))
    }

    /// What a rate is of, from "per" at token `k`: "6 per 100,000
    /// people", "$5 per person", "per capita". The figure after "per" is
    /// the base of the rate, no quantity of its own. Returns the token
    /// after it.
    fn per_base(&self, k: usize) -> Option<usize> {
        if !self.is_word(k, "per") {
            return None;
        }
        if self.is_number(k + 1) {
            let end =
                self.number_at(k + 1, false, false).map_or(k + 2, |n| n.end);
            return Some(
                self.counted(end, false, false)
                    .map_or(end, |(_, stop, _)| stop),
            );
        }
        let noun = self
            .word(k + 1)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
            && !self.info(k + 1).stop
            && self.info(k + 1).number.is_none();
        noun.then_some(k + 2)
    }

    /// After a bounded quantity, `and less than 40`: the other bound.
    fn second_bound(&self, at: usize, bound: Bound) -> Option<(Expr, usize)> {
        if !(self.is_any(at, &["and", "but"]) || self.is_punct(at, ",")) {
            return None;
        }
        let (n, b2) = self.hedge_at(at + 1)?;
        let opposite = matches!(
            (bound, b2),
            (Bound::LowerBound, Bound::UpperBound)
                | (Bound::UpperBound, Bound::LowerBound)
        );
        if !opposite {
            return None;
        }
        let hi = self.simple_expr(at + 1 + n)?;
        let end = hi.end;
        Some((hi, end))
    }

    // ------------------------------------------------------ identifiers

    /// Numbers that name rather than count: `F-16`, `Covid-19`, `G7`,
    /// `10:30`, `6am`, `192.168.1.2`, `Section 230`, `10 Downing
    /// Street`, `(France 24)`, and scores (`3–0`). Returns the token
    /// after them.
    fn identifier_at(&self, i: usize) -> Option<usize> {
        if !self.is_number(i) {
            return None;
        }
        // A currency code against the number is money: "USD3.14".
        if self.currency_before(i).is_some() {
            return None;
        }
        if let Some(end) = self.score_at(i) {
            return Some(end);
        }
        // "24/7", "HR 16/10", "9/11": a number over one no larger, or a
        // month over a day, names; a fraction is proper ("1/2",
        // "232/250", "3/16").
        if let Some((n, d, _)) = self.slash_fraction(i) {
            let date = (1.0..=12.0).contains(&n)
                && (11.0..=31.0).contains(&d)
                && d != 16.0;
            if n >= d || date {
                return Some(self.glued_run_end(i));
            }
        }
        // "2019-nCoV": a number joined to a code with a capital inside it
        // (not "a 10-Year Plan", nor a unit: "50-mL", "5-kWh").
        if self.hyphen_at(i + 1)
            && self.glued(i + 2)
            && self.word(i + 2).is_some_and(|w| {
                w.bytes().skip(1).any(|b| b.is_ascii_uppercase())
                    && w.bytes().any(|b| b.is_ascii_lowercase())
            })
            && self.unit_at(i + 2).is_none()
        {
            return Some(self.glued_run_end(i + 2));
        }
        // "9K333", "3M14", "3C58": letters between digits, all against
        // each other, make a code. Not "3x4" (a size), "1.3e6" (a power
        // of ten) or "24703m2" (a unit squared or cubed).
        let power = |k: usize| {
            self.unit_at(k - 1).is_some()
                && matches!(self.str(k), "2" | "3")
                && !(self.glued(k + 1)
                    && self
                        .tok(k + 1)
                        .is_some_and(|t| t.class != Class::Punct))
        };
        if self.glued(i + 1)
            && self.word(i + 1).is_some_and(|w| {
                !["x", "e"].iter().any(|c| w.eq_ignore_ascii_case(c))
            })
            && self.glued(i + 2)
            && self.is_number(i + 2)
            && !power(i + 2)
        {
            return Some(self.glued_run_end(i));
        }
        if let Some(p) = self.before(i) {
            let word_before =
                self.tok(p).is_some_and(|t| t.class == Class::Word);
            // "G7", "MH17"; "F-16", "Su-34".
            if word_before && self.glued(i) && !self.is_any(p, &["e"]) {
                return Some(self.glued_run_end(i));
            }
            // A unit there is a unit ("1-in-77", "3km-5km"), unless it is
            // a capital against no number: a code ("G-20", "Mi-17").
            if (self.is_punct(p, "-") || self.is_punct(p, "−"))
                && self.glued(i)
                && self.glued(p)
                && p > 0
                && self.tok(p - 1).is_some_and(|t| t.class == Class::Word)
                // "230-to-198" is a tally, two counts.
                && !self.is_word(p - 1, "to")
                && (self.unit_at(p - 1).is_none()
                    || self.capitalized(p - 1)
                        && !(p > 1 && self.is_number(p - 2)))
            {
                return Some(self.glued_run_end(i));
            }
            // "Republic Act No. 3846", "Signal No. 10", "§ 1201", "¶ 3"
            // (a rank, "world No. 5", is read by `rank_at`).
            let numero = self.is_numero(p) && !self.is_rank(p);
            if numero || self.is_punct(p, "§") || self.is_punct(p, "¶") {
                // With the numbers listed after it: "No. 2 to 6 and 15".
                let mut end = self.glued_run_end(i);
                while (self.is_any(end, &["to", "and", "or"])
                    || self.is_dash(end))
                    && self.is_number(end + 1)
                {
                    end = self.glued_run_end(end + 1);
                }
                return Some(end);
            }
            if self.is_label(p, i) {
                // With the other end of a span of them: "from version 0.3
                // to 0.4", "category 3-4" (not "... to 40 people").
                let end = self.glued_run_end(i);
                let to = self.is_word(end, "to") || self.is_dash(end);
                if to && self.is_number(end + 1) && !self.counts_after(end + 1)
                {
                    return Some(self.glued_run_end(end + 1));
                }
                return Some(end);
            }
            if self.is_in_a_name(p, i) {
                return Some(self.glued_run_end(i));
            }
        }
        // A number called or texted, with nothing counted after it: "by
        // calling 101", "dial 999 now".
        let phone_verb = |p: usize| {
            self.word(p).is_some_and(|w| {
                matches!(w.as_bytes()[0] | 0x20, b'c' | b'd' | b't' | b'r')
                    && PHONE_VERBS.iter().any(|v| w.eq_ignore_ascii_case(v))
            })
        };
        if self.before(i).is_some_and(phone_verb)
            && !self.str(i).contains(['.', ','])
            && self.word(i + 1).is_none_or(|_| self.info(i + 1).stop)
        {
            return Some(i + 1);
        }
        // A web address: "(24.kg)", "1.fm".
        if self.is_punct(i + 1, ".")
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.word(i + 2).is_some_and(|w| {
                w.len() >= 2 && w.bytes().all(|b| b.is_ascii_lowercase())
            })
        {
            return Some(i + 3);
        }
        // Times of day in four digits before a zone: "(1130 UTC)".
        if self.is_clock(i) && self.is_zone(i + 1) {
            return Some(i + 2);
        }
        // Times of day: "10:30", "6am", "6 a.m.", "6 p.m"; with seconds
        // too ("a record of 1:59:30").
        if self.is_punct(i + 1, ":")
            && self.is_number(i + 2)
            && self.glued(i + 2)
        {
            let mut end = i + 3;
            if self.is_punct(end, ":")
                && self.glued(end)
                && self.is_number(end + 1)
                && self.glued(end + 1)
            {
                end += 2;
            }
            if self.word(end).is_some_and(is_day_half) {
                end = self.skip_stops(end + 1);
            }
            return Some(end);
        }
        if self.word(i + 1).is_some_and(is_day_half)
            && (self.glued(i + 1) || self.is_punct(i + 2, "."))
        {
            return Some(self.skip_stops(i + 2));
        }
        // "at 3 pm": spaced, and without stops, only an hour of the clock
        // before "am" or "pm" ("3 a" is no time).
        let hour =
            self.str(i).parse::<u8>().is_ok_and(|h| (1..=12).contains(&h));
        if hour
            && self.word(i + 1).is_some_and(|w| {
                with_lowercase(w, |w| matches!(w, "am" | "pm"))
            })
        {
            return Some(i + 2);
        }
        // Codes: three or more numbers joined by hyphens or stops
        // ("555-123-4567"), or a decimal followed by a stop and digits
        // ("192.168.1.2", "2.0.1").
        let mut k = i + 1;
        let mut parts = 1;
        while (self.is_punct(k, "-")
            || self.is_punct(k, ".")
            || self.is_punct(k, "/"))
            && self.glued(k)
            && self.is_number(k + 1)
            && self.glued(k + 1)
        {
            parts += 1;
            k += 2;
        }
        let dotted = self.str(i).contains('.')
            && parts >= 2
            && self.is_punct(i + 1, ".");
        if parts >= 3 || dotted {
            return Some(k);
        }
        // Street numbers: "10 Downing Street".
        let mut k = i + 1;
        while k < self.toks.len() && k <= i + 4 && self.capitalized(k) {
            if self.entry(k).street {
                return Some(k + 1);
            }
            k += 1;
        }
        None
    }

    /// Token `p` is the stop of "No." (or "Nos.") before a number.
    fn is_numero(&self, p: usize) -> bool {
        self.is_punct(p, ".")
            && self.glued(p)
            && p.checked_sub(1).is_some_and(|w| self.is_any(w, &["no", "nos"]))
    }

    /// The "No." ending at token `p` ranks rather than names: after a
    /// word in lower case that labels nothing or a determiner ("world No.
    /// 5", "The No. 1 seed"), not after a capital or a label ("Republic Act No. 3846",
    /// "Signal No. 10", "resolution No. 12").
    fn is_rank(&self, p: usize) -> bool {
        let Some(w) = (p - 1).checked_sub(1) else { return false };
        let entry = self.entry(w);
        self.word(w).is_some_and(|w| {
            w.starts_with(|c: char| c.is_lowercase()) || is_determiner(w)
        }) && !(entry.label || entry.label_any_case || entry.street)
    }

    /// A rank: "world No. 5" is the ordinal 5.
    fn rank_at(&self, i: usize) -> Option<(Quantity, usize)> {
        let p = self
            .before(i)
            .filter(|&p| p >= 1 && self.is_numero(p) && self.is_rank(p))?;
        let num = self.digits_at(i, false)?;
        // A whole number alone: not "No. 1430/2019", nor "No. 10 Downing
        // Street" (an address).
        let joined = self.glued(i + 1)
            && (self.word(i + 1).is_some()
                || self.is_number(i + 1)
                || self.is_punct(i + 1, "/")
                || self.is_punct(i + 1, "-"));
        if num.end != i + 1 || joined || self.identifier_at(i).is_some() {
            return None;
        }
        let expr = Expr {
            start: p - 1,
            end: i + 1,
            value: Value::Exact(num.value),
            kind: QuantityKind::Ordinal,
            unit: None,
            measure: None,
            num,
        };
        self.finish(expr)
    }

    /// Token `i` is four digits that read as a time of day: "0040",
    /// "2359".
    fn is_clock(&self, i: usize) -> bool {
        let s = self.str(i).as_bytes();
        let two = |k: usize| {
            u32::from(s[k] - b'0') * 10 + u32::from(s[k + 1] - b'0')
        };
        s.len() == 4
            && s.iter().all(u8::is_ascii_digit)
            && two(0) <= 24
            && two(2) <= 59
    }

    /// Token `i` is a time zone of three letters or more written in
    /// capitals ("UTC", not "ut"; not "PT", which is also a word).
    fn is_zone(&self, i: usize) -> bool {
        self.entry(i).time_zone
            && self.word(i).is_some_and(|w| {
                w.len() >= 3 && !w.bytes().any(|b| b.is_ascii_lowercase())
            })
    }

    /// Scores, results and tallies: "won 3–0", "a 1-1 draw", "3 – 0",
    /// "a 5-to-4 ruling": a dash (spaced on both sides or on neither) or
    /// "-to-" between two small whole numbers, the first not below the
    /// second, is no range. In a list of sets, "4–6, 6–4, 6–0", a pair
    /// next to such a score is one too, in whatever order ("ages 4–6,
    /// 7–9" stay ranges). Returns the token after the score.
    #[inline(never)]
    fn score_at(&self, i: usize) -> Option<usize> {
        let (second, ordered) = self.score_pair(i)?;
        let set_list = || {
            let after = self.is_punct(second + 1, ",")
                && self.score_pair(second + 2).is_some_and(|(_, o)| o);
            let before = i >= 4
                && self.is_punct(i - 1, ",")
                && self.score_pair(i - 4) == Some((i - 2, true));
            after || before
        };
        (ordered || set_list()).then_some(second + 1)
    }

    /// Two small whole numbers joined as a score is ("3–0", "5-to-4"):
    /// the second's token, and whether the first is not below it.
    fn score_pair(&self, i: usize) -> Option<(usize, bool)> {
        if !self.is_number(i) {
            return None;
        }
        let second = if self.hyphen_at(i + 1)
            && self.is_word(i + 2, "to")
            && self.glued(i + 2)
            && self.hyphen_at(i + 3)
        {
            i + 4
        } else if self.is_dash(i + 1) && self.glued(i + 1) == self.glued(i + 2)
        {
            i + 2
        } else {
            return None;
        };
        if !(self.is_number(second)
            && (second == i + 2 || self.glued(second))
            && !self.is_number(second + 1)
            && self.percent_len(second + 1).is_none()
            && self.unit_after(second + 1).is_none()
            && !self.before(i).is_some_and(|p| {
                self.is_punct(p, "-") || self.is_punct(p, "−")
            }))
        {
            return None;
        }
        let small = |k: usize| {
            let s = self.str(k);
            (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
        };
        let value = |k: usize| self.str(k).parse::<u32>().ok();
        (small(i) && small(second))
            .then(|| (second, value(i) >= value(second)))
    }

    fn capitalized(&self, i: usize) -> bool {
        self.word(i)
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    }

    /// Words after which a number is a name: "Section 230", "Flight 370";
    /// `p` is the word, `i` the number.
    fn is_label(&self, p: usize, i: usize) -> bool {
        let entry = self.entry(p);
        // Any label in lower case after a preposition, with nothing
        // counted after the number: "on day 3 of the war", "under
        // article 5", "in section 230".
        let placed = || {
            p.checked_sub(1)
                .is_some_and(|d| self.is_any(d, LABEL_PREPOSITIONS))
                && !self.counts_after(i)
        };
        // In lower case too, unless a determiner makes it a plain noun
        // and a plural or a share follows the number: "the category 4
        // hurricane", "upgraded to category 4", but "in the category 12
        // films competed", "within each category 20 percent".
        let noun = || {
            let determined = p.checked_sub(1).is_some_and(|d| {
                self.is_any(
                    d,
                    &[
                        "the", "this", "that", "each", "every", "any", "its",
                        "their",
                    ],
                ) || self.word(d).is_some_and(is_possessive)
            });
            let counted = self.is_plural(p + 2)
                || self.is_any(p + 2, &["percent", "in", "of"])
                || self.is_punct(p + 2, "%");
            determined && counted
        };
        (entry.label || entry.label_any_case) && self.capitalized(p)
            || entry.label_any_case && !noun()
            || entry.label && placed()
    }

    /// What follows number `i` is what it counts: a plural, a unit or a
    /// share ("2 times", "40 people", "5 km", "20 percent").
    fn counts_after(&self, i: usize) -> bool {
        self.is_plural(i + 1)
            || self.unit_after(i + 1).is_some()
            || self.percent_len(i + 1).is_some()
    }

    /// A number word with a capital inside the sentence, before another
    /// capital, is a word of a name: "(Nine News)", "the Twelve-Day War".
    /// Returns the token after the name.
    fn number_word_in_a_name(&self, i: usize) -> Option<usize> {
        let opens = |k: usize| {
            self.tok(k).is_none_or(|t| t.class == Class::Punct)
                && !self.is_punct(k, "(")
        };
        if !self.capitalized(i) || i == 0 || opens(i - 1) {
            return None;
        }
        let mut k = i + 1;
        if self.hyphen_at(k) {
            k += 1;
        }
        if !self.capitalized(k) {
            return None;
        }
        while self.capitalized(k) {
            k += 1;
        }
        Some(k)
    }

    /// "half" that is no amount: one of the two halves of a time or a
    /// match ("the first half of this year", "in the second half") or
    /// the first part of a compound word ("half-mast", "half-brother";
    /// not "half-hour", a unit). Returns the token after it.
    fn half_as_a_word(&self, i: usize) -> Option<usize> {
        if !self.is_word(i, "half") {
            return None;
        }
        let p = self.before(i);
        if p.is_some_and(|p| {
            self.is_any(p, &["first", "second", "latter", "former", "back"])
        }) {
            return Some(i + 1);
        }
        self.opens_compound(i).then(|| self.glued_run_end(i))
    }

    /// The word at `i` is the first part of a compound word that names no
    /// unit: "half-brother", "third-party", not "half-hour".
    fn opens_compound(&self, i: usize) -> bool {
        self.hyphen_at(i + 1)
            && self.word(i + 2).is_some()
            && self.glued(i + 2)
            && self.unit_at(i + 2).is_none()
            && self.info(i + 2).period.is_none()
    }

    /// The whole number `i` ends a name with the capital `p` before it:
    /// "(France 24)", "Blue Ghost Mission 1", "Storm Area 51". The name
    /// has two capitals or a bracket around it ("(AFP via France 24)";
    /// "told Reuters 40 were killed" counts), and no month ("The June
    /// 15") or unit.
    fn is_in_a_name(&self, p: usize, i: usize) -> bool {
        let plain = |k: usize| {
            let s = self.str(k);
            s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit())
        };
        // "Donald Trump's 2024 campaign": a possessive owns the number.
        let name = |k: usize| {
            self.capitalized(k)
                && !is_possessive(self.str(k))
                && self.info(k).month.is_none()
                && !self.info(k).weekday
                && self.unit_at(k).is_none()
                && self.currency_at(k).is_none()
        };
        // A capital opening the sentence may be any word ("In Gaza 40
        // died").
        // "five new Type 26 frigates", "a Cessna 172 aircraft": a capital
        // after the determiner or count of a noun phrase (and at most one
        // word more) names the model the phrase counts, when a plain word
        // follows the number.
        let opens = |k: usize| {
            self.word(k).is_some_and(is_determiner)
                || self.is_number(k)
                || self.info(k).number.is_some()
        };
        // "runs on Windows 10.", "written in HTML 5 and CSS": one capital
        // inside the sentence, and nothing after the number that it could
        // count. A year stays a year ("the Brit Awards 2025").
        let alone = || {
            p > 0
                && self.word(p - 1).is_some()
                && !self.is_year_number(i)
                && !self.counts_after(i)
                && (self.tok(i + 1).is_none_or(|t| {
                    t.class == Class::Punct
                        && matches!(self.str(i + 1), "." | "," | ";" | ")")
                }) || self.is_any(i + 1, &["and", "or"]))
        };
        // "Democracy 2.0", "Web 3.0", "Monolix 4.2 (Lixoft)": a version,
        // a number with one digit before its point and one or two after,
        // after a word of three letters or more ("Ni 3.5 to 5%" is an
        // element's share), with a word in lower case after it that
        // counts nothing, or a mark that ends a phrase. Opening the
        // sentence, the capital may be any word ("Particularly 5.6 is
        // best"): only a heading ("Society 1.0:") is a version.
        let version = || {
            let ends = |k: usize| {
                self.tok(k).is_none()
                    || matches!(
                        self.str(k),
                        "." | "," | ";" | ":" | ")" | "(" | "\"" | "”" | "’"
                    )
            };
            let plain_word_after = self.word(i + 1).is_some_and(|w| {
                w.starts_with(|c: char| c.is_ascii_lowercase())
                    && !self.is_any(i + 1, &["to", "and", "or", "through"])
                    && !self.counts_after(i)
                    && self.info(i + 1).scale.is_none()
            });
            self.str(i).split_once('.').is_some_and(|(whole, part)| {
                whole.len() == 1
                    && (1..=2).contains(&part.len())
                    && (whole.bytes().chain(part.bytes()))
                        .all(|b| b.is_ascii_digit())
            }) && self.str(p).len() >= 3
                && if p == 0 {
                    self.is_punct(i + 1, ":") || self.tok(i + 1).is_none()
                } else {
                    ends(i + 1) || plain_word_after
                }
        };
        let model = || {
            self.before(p).is_some_and(|q| {
                opens(q)
                    || !self.capitalized(q)
                        && self.word(q).is_some()
                        && self.before(q).is_some_and(opens)
            }) && self.is_model_number(i)
        };
        if p + 1 != i || self.glued(i) || !name(p) {
            return false;
        }
        if !self.word(p).is_some_and(is_determiner)
            && !self.is_magnitude_scale(p)
            && version()
        {
            return true;
        }
        plain(i)
            && (self.is_punct(i + 1, ")")
                // "saw Donald Trump 2 times", "told President Biden 40
                // people had died": what follows is counted (asked last,
                // of the few numbers after a capital).
                || self.before(p).is_some_and(|q| {
                    self.is_punct(q, "(") || (q > 0 && name(q))
                }) && !self.counts_after(i)
                || model()
                || alone())
    }

    /// The number `i`, after a capital, can be a model's ("Type 26
    /// frigates", "Boeing 737 jets"): a whole number of up to four digits
    /// set apart, no year, with a plain word after it that is no scale,
    /// unit or share, and no word that ends a counted noun ("34 more
    /// days", "51 to 49").
    fn is_model_number(&self, i: usize) -> bool {
        self.is_number(i)
            && !self.glued(i)
            && self.str(i).len() <= 4
            && self.str(i).bytes().all(|b| b.is_ascii_digit())
            && !self.is_year_number(i)
            && self.word(i + 1).is_some_and(|w| {
                w.starts_with(|c: char| c.is_ascii_lowercase())
            })
            && !self.info(i + 1).stop
            && self.info(i + 1).scale.is_none()
            && self.unit_after(i + 1).is_none()
            && self.percent_len(i + 1).is_none()
    }

    /// The word at `i` with the words joined to it by hyphens after it:
    /// "half-brothers", "co-workers".
    fn compound_at(&self, i: usize) -> &'a str {
        let mut end = i;
        while self.hyphen_at(end + 1)
            && self.glued(end + 2)
            && self.word(end + 2).is_some()
        {
            end += 2;
        }
        &self.text[self.toks[i].span.start..self.toks[end].span.end]
    }

    fn glued_run_end(&self, mut i: usize) -> usize {
        i += 1;
        while self.glued(i)
            && (self.is_number(i)
                || self.tok(i).is_some_and(|t| t.class == Class::Word)
                || self.is_punct(i, "-")
                || self.is_punct(i, "/")
                // "2011.2.01": a point between numbers.
                || self.is_punct(i, ".")
                    && self.is_number(i + 1)
                    && self.glued(i + 1))
        {
            i += 1;
        }
        i
    }

    /// Skips the stops of "a.m." after a time.
    fn skip_stops(&self, mut i: usize) -> usize {
        while self.is_punct(i, ".") && self.glued(i) {
            i += 1;
            if self.word(i).is_some_and(|w| w.len() == 1) && self.glued(i) {
                i += 1;
            }
        }
        i
    }

    // ------------------------------------------------------------ dates

    fn is_day(&self, k: usize) -> bool {
        self.is_number(k)
            && self.str(k).len() <= 2
            && number_value(self.str(k))
                .is_some_and(|d| (1.0..=31.0).contains(&d))
    }

    fn is_year_number(&self, k: usize) -> bool {
        self.is_number(k)
            && self.str(k).len() == 4
            && number_value(self.str(k))
                .is_some_and(|y| (1000.0..=2200.0).contains(&y))
    }

    fn is_month(&self, k: usize) -> bool {
        self.info(k).month.is_some() && self.capitalized(k)
    }

    /// Whether token `k` is a dash that joins a day to the day at `k + 1`
    /// ("25–27"), with no space on either side.
    fn day_range_dash(&self, k: usize) -> bool {
        (self.is_punct(k, "-") || self.is_punct(k, "–"))
            && self.glued(k)
            && self.glued(k + 1)
            && self.is_day(k + 1)
    }

    /// `November 4, 2019`, `4 November 2019`, `May 2024`, `May 7th`; the
    /// number at `i` is its day or year.
    fn date_at(&self, i: usize) -> Option<(Quantity, usize)> {
        if !self.is_number(i) {
            return None;
        }
        let mut start = None;
        let mut end = i;
        // The month before: "May 7", "Jan. 5", "May 2024".
        if let Some(p) = self.before(i) {
            let m =
                if self.is_punct(p, ".") { p.checked_sub(1) } else { Some(p) };
            if let Some(m) = m.filter(|&m| m >= self.floor && self.is_month(m))
            {
                if self.is_day(i) {
                    start = Some(m);
                    end = i + 1;
                    if self.word(end).is_some_and(is_ordinal_suffix)
                        && self.glued(end)
                    {
                        end += 1;
                    }
                    // A range of days: "September 25–27".
                    if self.day_range_dash(end) {
                        end += 2;
                    }
                    if self.is_punct(end, ",") && self.is_year_number(end + 1)
                    {
                        end += 2;
                    } else if self.is_year_number(end) {
                        end += 1;
                    }
                } else if self.is_year_number(i) {
                    start = Some(m);
                    end = i + 1;
                }
            }
        }
        // The month after: "4 November 2019", "7th of May".
        if start.is_none() && self.is_day(i) {
            let mut k = i + 1;
            if self.word(k).is_some_and(is_ordinal_suffix) && self.glued(k) {
                k += 1;
            }
            // "25–27 September".
            if self.day_range_dash(k) {
                k += 2;
            }
            if self.is_word(k, "of") {
                k += 1;
            }
            if self.is_month(k) {
                start = Some(i);
                end = k + 1;
                if self.is_punct(end, ",") && self.is_year_number(end + 1) {
                    end += 2;
                } else if self.is_year_number(end) {
                    end += 1;
                }
            }
        }
        let start = start?;
        let span = self.span(start, end);
        let q = Quantity {
            span,
            sentence: self.sentence,
            kind: QuantityKind::Date,
            value: Value::Unknown,
            unit: None,
            base: None,
            hedge: None,
            counted: None,
            per: None,
            full: span,
        };
        Some((q, end))
    }

    // ------------------------------------------------------- expression

    /// A number with its currency, unit or percent sign, without ranges:
    /// the second half of a range, or the second of two bounds.
    fn simple_expr(&self, i: usize) -> Option<Expr> {
        let (currency, at) = match self.currency_prefix(i) {
            Some((code, n)) => (Some(code), i + n),
            None => (None, i),
        };
        // "-0.75 to -0.95", "−28° and −6°"
        let signed = (self.is_punct(at, "-") || self.is_punct(at, "−"))
            && self.is_number(at + 1)
            && self.glued(at + 1);
        let mut num = self.number_at(
            at + usize::from(signed),
            currency.is_some(),
            false,
        )?;
        if signed {
            num.start = at;
            num.value = -num.value;
        }
        let mut e = self.suffix(num, currency);
        e.start = e.start.min(i);
        Some(e)
    }

    fn expr_at(&self, i: usize) -> Option<Expr> {
        // A duration unit counted by "a": "more than a year", "another
        // hour", "half an hour".
        if !self.is_number(i) && self.info(i).number.is_none() {
            if let Some(e) = self.article_unit(i) {
                return Some(e);
            }
        }
        // "a dozen", "a thousand", "a third", "a couple", "a few": the
        // article counts one.
        let i = match self.before(i) {
            Some(p)
                if self.is_any(p, &["a", "an"])
                    && self.counts_with_article(i) =>
            {
                p
            }
            _ => i,
        };
        let mut num = self.number_at(i, false, true)?;
        let currency = self.currency_before(num.start);
        if currency.is_some() && num.factor == 1.0 {
            // Scales written only after a currency: "$2.5m".
            if let Some(n) = self.number_at(i, true, true) {
                num = n;
            }
        }
        let own_start = currency.as_ref().map_or(num.start, |&(_, s)| s);
        let factor = self.currency_factor_before(num.start);
        let mut expr = self.suffix(num, currency.map(|(c, _)| c));
        expr.start = own_start;
        self.spaced_minus(&mut expr);
        if factor != 1.0 {
            expr.value = scale(expr.value, factor);
        }
        // The same number again in brackets: "forty-five (45)".
        if self.is_punct(expr.end, "(") {
            if let Some(again) = self.number_at(expr.end + 1, false, false) {
                if again.value == num.value && self.is_punct(again.end, ")") {
                    let close = again.end + 1;
                    let mut e = self.suffix(
                        Num { start: num.start, end: close, ..num },
                        None,
                    );
                    e.start = own_start;
                    expr = e;
                }
            }
        }
        // "percent of 10", "per cent of twenty-two"
        if expr.kind == QuantityKind::Count {
            if let Some(of) =
                self.before(own_start).filter(|&p| self.is_word(p, "of"))
            {
                let pct = of
                    .checked_sub(1)
                    .filter(|&p| p >= self.floor)
                    .and_then(|p| {
                        if self
                            .is_any(p, &["percent", "percents", "percentage"])
                        {
                            Some(p)
                        } else if self.is_word(p, "cent")
                            && p > self.floor
                            && self.is_word(p - 1, "per")
                        {
                            Some(p - 1)
                        } else {
                            None
                        }
                    });
                if let Some(p) = pct {
                    expr.start = p;
                    expr.kind = QuantityKind::Percent;
                    expr.unit = Some("percent".into());
                    return Some(expr);
                }
            }
        }
        // An uncertainty: "30 ± 10 years", "2,000.45±0.01 pounds", "9.83e-3
        // +/- 1e-5 km/s2". The value is the central one.
        if let Some(k) = self.plus_minus_at(expr.end) {
            if let Some(err) = self.simple_expr(k) {
                let end = err.end;
                if expr.unit.is_none() && err.unit.is_some() {
                    let mut e = err;
                    e.start = expr.start;
                    e.value = expr.value;
                    e.num = expr.num;
                    expr = e;
                }
                expr.end = end;
                return Some(expr);
            }
        }
        // "between 30 and 40", "from 5% to 7%", "20,000 to 25,000"
        let lead = self
            .before(own_start)
            .filter(|&p| self.is_any(p, &["between", "from"]));
        if let Some(mut range) = self.range_after(&expr, lead) {
            self.magnitude_first(&mut range, own_start);
            return Some(range);
        }
        // Ages: "age 87", "aged 30", and a person's age set off after
        // the name: "Adamowicz, 53, has", "Another brother, 22, was".
        if let Some(p) = self.before(own_start) {
            let aged = self.is_any(p, &["age", "aged"]);
            if expr.kind == QuantityKind::Count
                && (aged || self.age_after_name(p, &expr))
            {
                if aged {
                    expr.start = p;
                }
                expr.kind = QuantityKind::Duration;
                expr.unit = Some("year".into());
                expr.measure =
                    Some((Dimension("duration"), Some(31_536_000.0)));
            }
        }
        self.magnitude_first(&mut expr, own_start);
        Some(expr)
    }

    /// A magnitude named before its number, which starts at `own_start`:
    /// "a magnitude 6.1 earthquake", "magnitude-7.0", "a Mw 7.6
    /// earthquake", "a Mww 5.0-5.2 earthquake".
    fn magnitude_first(&self, expr: &mut Expr, own_start: usize) {
        let Some(p) = self.before(own_start) else { return };
        let p = if self.is_punct(p, "-") && self.glued(own_start) {
            p.checked_sub(1).filter(|&q| q >= self.floor)
        } else {
            Some(p)
        };
        let scale = p.filter(|&p| self.is_magnitude_scale(p));
        if let Some(p) = scale.filter(|_| {
            expr.kind == QuantityKind::Count && expr.unit.is_none()
        }) {
            expr.start = p;
            expr.kind = QuantityKind::Measure;
            expr.unit = Some(MAGNITUDE.into());
            expr.measure = Some((Dimension("other"), None));
        }
    }

    /// The word at `p` names an earthquake's magnitude before its number:
    /// "magnitude", or a scale's symbol ("Mw" the moment magnitude, "Ms"
    /// the surface-wave, "ML" the local, "mb" the body-wave).
    fn is_magnitude_scale(&self, p: usize) -> bool {
        self.is_word(p, MAGNITUDE)
            || self.word(p).is_some_and(|w| {
                matches!(
                    w,
                    "Mw" | "Mww"
                        | "Mwp"
                        | "Mwb"
                        | "Mwc"
                        | "Ms"
                        | "ML"
                        | "Ml"
                        | "mb"
                        | "Mb"
                        | "Md"
                        | "Mj"
                )
            })
    }

    /// A whole number up to 120 between commas after a name or a singular
    /// noun ("Sirhan, 75, is", "the princess, 67, announced"): an age.
    /// Not after a plural ("women, 102, and"), a number or a date.
    fn age_after_name(&self, comma: usize, e: &Expr) -> bool {
        let Some(w) = comma.checked_sub(1) else { return false };
        let whole = matches!(e.value, Value::Exact(v)
            if (1.0..=120.0).contains(&v) && v.fract() == 0.0);
        // "Ohio, 18, Florida, 29": a tally, not ages.
        let tally = self.capitalized(e.end + 1)
            && self.is_punct(e.end + 2, ",")
            && self.is_number(e.end + 3)
            || w >= 2 && self.is_punct(w - 1, ",") && self.is_number(w - 2);
        whole
            && e.num.plain
            && e.end == e.num.end
            && !tally
            && self.is_punct(comma, ",")
            && self.is_punct(e.end, ",")
            && self.word(w).is_some_and(|n| {
                let info = self.info(w);
                n.chars().all(char::is_alphabetic)
                    && info.number.is_none()
                    && info.month.is_none()
                    && !info.weekday
                    && !info.stop
                    && !is_determiner(n)
                    && !n.ends_with("ed")
                    && !self.is_any(w, &["dead", "others"])
                    && !self.is_plural(w)
            })
    }

    /// A minus set apart from a temperature after a word: "lows of - 5C",
    /// "convert - 20 degrees". Elsewhere a spaced dash is punctuation
    /// ("in 2019 - 20 people"), so only temperatures, which go below
    /// zero, take it as a sign.
    fn spaced_minus(&self, e: &mut Expr) {
        let temperature =
            e.measure.is_some_and(|(d, _)| d == Dimension("temperature"));
        if !temperature || e.start != e.num.start || e.num.value < 0.0 {
            return;
        }
        let Some(p) = self.before(e.start) else { return };
        let minus = self.is_punct(p, "-") || self.is_punct(p, "−");
        let apart = !self.glued(e.start)
            && self.tok(p).is_some_and(|t| t.space_before);
        let after_word = p == self.floor
            || self.before(p).is_some_and(|w| self.word(w).is_some());
        if minus && apart && after_word {
            e.start = p;
            e.value = negate(e.value);
        }
    }

    /// A "±" or "+/-" at `i`: the token after it.
    fn plus_minus_at(&self, i: usize) -> Option<usize> {
        if self.is_punct(i, "±") {
            return Some(i + 1);
        }
        (self.is_punct(i, "+")
            && self.is_punct(i + 1, "/")
            && self.is_punct(i + 2, "-"))
        .then_some(i + 3)
    }

    /// Returns true if and only if the word at `i` takes `a` as its
    /// count: a scale, a fraction, `dozen`, `couple`, `pair`, `few`.
    fn counts_with_article(&self, i: usize) -> bool {
        let w = self.info(i);
        w.scale.is_some_and(|s| s.written == ScaleUse::Free)
            || w.denominator.is_some_and(|d| d > 2.0)
            || self.is_any(
                i,
                &["half", "quarter", "dozen", "couple", "pair", "few"],
            )
            || self.denominator(i, true).is_some()
    }

    /// `a year`, `an hour`, `another week`, `all day`, `half an hour`: a
    /// duration unit at `i` counted by the word before it.
    fn article_unit(&self, i: usize) -> Option<Expr> {
        let (n, unit) = self.unit_at(i)?;
        if !unit.dimension.is_duration()
            || n != 1
            || self.str(i).ends_with('s')
        {
            return None;
        }
        // "for a second term", "a second round": the ordinal before its
        // noun; "for a second and left" is a time.
        if self.is_word(i, "second")
            && self.word(i + 1).is_some()
            && !self.info(i + 1).stop
        {
            return None;
        }
        let p = self.before(i)?;
        // The candidate scan keeps these words only after article words ([`is_article_word`]).
        let (start, value, weak) = if self.is_any(p, &ARTICLES) {
            match self.before(p) {
                Some(h) if self.is_word(h, "half") => (h, 0.5, false),
                _ => (p, 1.0, true),
            }
        } else if self.is_word(p, ANOTHER) || self.is_any(p, &WHOLE) {
            (p, 1.0, false)
        } else if self.is_punct(p, "-") && self.glued(i) {
            // "full-day", "all-year"
            let w = p.checked_sub(1).filter(|&w| w >= self.floor)?;
            if !self.is_any(w, &WHOLE) || !self.glued(p) {
                return None;
            }
            (w, 1.0, false)
        } else {
            return None;
        };
        let mut num = Num::new(start, i, value);
        num.weak = weak;
        // "an hour and a half" stands alone; "a year" needs "more than",
        // "for" or "within" to be an amount of time.
        let mut e = self.suffix(num, None);
        if e.num.weak
            && self.hedge_before(start).is_none()
            && !self
                .before(start)
                .is_some_and(|b| self.is_any(b, &["for", "within", "over"]))
        {
            return None;
        }
        e.num.weak = false;
        Some(e)
    }

    /// A range after `first`: `20,000 to 25,000`, `between 30 and 40`,
    /// `30,000-36,000`, `from 5% to 7%`, `3km-5km`, `2 - ~7 grams`.
    fn range_after(&self, first: &Expr, lead: Option<usize>) -> Option<Expr> {
        // "8- to 16-meter": a hyphen left hanging for the unit after.
        let hanging = self.is_punct(first.end, "-")
            && self.glued(first.end)
            && self.is_word(first.end + 1, "to");
        let sep = first.end + usize::from(hanging);
        let lead_word = lead.map(|l| self.str(l).to_ascii_lowercase());
        let ok = match lead_word.as_deref() {
            // "between 30-40 people", as well.
            Some("between") => self.is_word(sep, "and") || self.is_dash(sep),
            Some(_) => {
                self.is_any(sep, &["to", "through", "thru"])
                    || self.is_dash(sep)
            }
            None => {
                self.is_any(sep, &["to", "through", "thru", "or"])
                    || self.is_dash(sep)
            }
        };
        // "two or three days", "2000 or 3000 likes": two guesses make a
        // range, from the smaller; "in 2019 or 2020" are two years, and
        // "either 10 bln or 10 tln" two choices.
        let or = self.is_word(sep, "or");
        if or && first.start > 0 && self.is_word(first.start - 1, "either") {
            return None;
        }
        // "A 15-year-old" is no range's first end: "sentenced a
        // 15-year-old to seven years" ("65 years of age to 80" is one).
        if !ok
            || matches!(first.kind, QuantityKind::Date | QuantityKind::Ordinal)
            || self.is_word(first.end - 1, "old")
        {
            return None;
        }
        // "30 units — one unit is ...": an em dash set apart by spaces
        // opens an aside, not a range's other end.
        if self.is_punct(sep, "—") && !(self.glued(sep) && self.glued(sep + 1))
        {
            return None;
        }
        // "4e14 s-1", "km/s-2": a unit's exponent, not a range.
        if first.measure.is_some()
            && self.is_dash(sep)
            && self.glued(sep)
            && self.glued(sep + 1)
        {
            return None;
        }
        let mut k = sep + 1;
        // "passed 230-to-198": a hyphen against "to" joins, it is no sign.
        if hanging && self.hyphen_at(k) {
            k += 1;
        }
        // A hedge on the second number: "2 - ~7 grams", "and about 7".
        if let Some((n, _)) = self.hedge_at(k) {
            k += n;
        }
        let mut second = self.simple_expr(k)?;
        if second.num.weak && second.measure.is_none() {
            return None;
        }
        // "800-1000 people": after a count, a four-digit number is no year.
        if second.kind == QuantityKind::Year
            && first.kind == QuantityKind::Count
            && first.unit.is_none()
        {
            second.kind = QuantityKind::Count;
        }
        // Years: "2019-2020", "2023-24". Otherwise the first was no year:
        // "1000-5000".
        let mut first = first.clone();
        if first.kind == QuantityKind::Year {
            let lo = first.high();
            let mut hi = second.num.value;
            let short =
                second.num.plain && self.str(second.num.start).len() == 2;
            if short {
                hi += (lo / 100.0).floor() * 100.0;
            }
            if !(short || second.kind == QuantityKind::Year) || hi <= lo {
                first.kind = QuantityKind::Count;
            } else if or {
                return None;
            } else {
                return Some(Expr {
                    start: lead.unwrap_or(first.start),
                    end: second.end,
                    value: Value::Range(lo, hi),
                    kind: QuantityKind::Year,
                    unit: None,
                    measure: None,
                    num: first.num,
                });
            }
        }
        let first = &first;
        if or && !self.guessed_range(first, &second, k - sep) {
            return None;
        }
        let plain =
            |e: &Expr| e.kind == QuantityKind::Count && e.unit.is_none();
        let (kind, unit, measure) = if plain(first) {
            (second.kind, second.unit.clone(), second.measure)
        } else if plain(&second) || second.kind == first.kind {
            (first.kind, first.unit.clone(), first.measure)
        } else {
            return None;
        };
        if kind == QuantityKind::Year {
            return None;
        }
        let mut lo = first.high();
        let hi = second.high();
        // "20 to 25 million": the scale of the second applies to both.
        if second.num.factor > 1.0
            && first.num.factor == 1.0
            && lo * second.num.factor <= hi
        {
            lo = clean(lo * second.num.factor);
        }
        // "2 ft to 3 m": both in the second's unit; "44 ml to 50 mg" is
        // no range at all.
        if let (Some((d1, s1)), Some((d2, s2))) =
            (first.measure, second.measure)
        {
            if d1 != d2 {
                return None;
            }
            if let (Some(s1), Some(s2)) = (s1, s2) {
                if s1 != s2 {
                    lo = clean(lo * s1 / s2);
                }
            }
        }
        let (unit, measure) = if second.unit.is_some() {
            (second.unit.clone(), second.measure)
        } else {
            (unit, measure)
        };
        // "from -18 °C to -34 °C": a range runs from its smaller end. With
        // no "from" or "between", a larger number before "to" compares
        // two ("led 47 percent to 40 percent"), unless they are below zero
        // (colder, not fewer); two guesses ("two or one") still make one.
        // The same with a dash: "voted 230-198" is a tally, and
        // "112–104" a result.
        if lead.is_none()
            && lo > hi
            && hi >= 0.0
            && (self.is_word(sep, "to") || self.is_dash(sep))
        {
            return None;
        }
        // "cut the stations from 180 to 5", "raised tariffs from 25% to
        // 50%": a change from one amount to another, two quantities. The
        // first, found here, is what the range would say of it ("five"
        // in "from five to seven years" is five years).
        if let Some(from) = lead.filter(|&p| self.is_word(p, "from")) {
            if lo > hi && hi >= 0.0 || self.changes_before(from) {
                let mut alone = first.clone();
                if lo != first.high() {
                    alone.value = Value::Exact(lo);
                }
                (alone.kind, alone.unit, alone.measure) =
                    (kind, unit, measure);
                return Some(alone);
            }
        }
        let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
        Some(Expr {
            start: lead.unwrap_or(first.start),
            end: second.end,
            value: Value::Range(lo, hi),
            kind,
            unit,
            measure,
            num: first.num,
        })
    }

    /// Whether a verb that changes an amount (`change_verbs.txt`) comes
    /// before token `from` in its clause, within ten tokens, with no
    /// "range" or "vary" between: "extends terms from five to seven
    /// years", not "terms ranging from five to seven years".
    fn changes_before(&self, from: usize) -> bool {
        for k in (from.saturating_sub(10)..from).rev() {
            let stop = [",", ";", ":"].iter().any(|p| self.is_punct(k, p));
            if k < self.floor || stop {
                return false;
            }
            if self.is_any(k, &["range", "ranges", "ranged", "ranging"])
                || self.is_any(k, &["vary", "varies", "varied", "varying"])
            {
                return false;
            }
            if self.word(k).is_some() && self.info(k).change {
                return true;
            }
        }
        false
    }

    /// Whether `first or second` is one range of two guesses: "two or
    /// three days", "2000 or 3000 likes", "20 or 30 million people".
    /// Not two years (see the caller) or decades, two scales ("10 bln or
    /// 10 tln"), two units ("3 km or 4 miles"), a bound on the second
    /// ("5.5 or over 6.5", `gap` tokens from "or"), a second far from the
    /// first ("one in 5 or 6 adults"), a label's number ("page 5 or 10",
    /// "Section 3 or 4"), or numbers with nothing after them to count
    /// ("vote 1 or 2").
    fn guessed_range(&self, first: &Expr, second: &Expr, gap: usize) -> bool {
        // "20 or 30 million": the second's scale is the first's too.
        let shared = first.num.factor == 1.0 && second.num.factor > 1.0;
        let lo = first.high() * if shared { second.num.factor } else { 1.0 };
        let hi = second.high();
        let scales_differ =
            first.num.factor > 1.0 && first.num.factor != second.num.factor;
        let units_differ = first.unit.is_some() && first.unit != second.unit;
        let label = first.start.checked_sub(1).is_some_and(|p| {
            let e = self.entry(p);
            e.label || e.label_any_case
        });
        let counts = second.unit.is_some()
            || self.word(second.end).is_some_and(|w| {
                w.starts_with(|c: char| c.is_lowercase())
                    && !matches!(
                        w,
                        "or" | "and"
                            | "to"
                            | "of"
                            | "in"
                            | "on"
                            | "at"
                            | "for"
                            | "from"
                            | "per"
                            | "by"
                    )
            });
        gap == 1
            && matches!(first.value, Value::Exact(_))
            && second.kind != QuantityKind::Year
            && !first.num.vague
            && !second.num.vague
            && !scales_differ
            && !units_differ
            && !label
            && counts
            && lo < hi
            && hi <= lo * 10.0
    }

    // ------------------------------------------------------------ suffix

    /// What follows a number: a percent sign, a currency, a unit; or
    /// nothing, and then the number is a count, a year or an ordinal.
    fn suffix(&self, num: Num, currency: Option<String>) -> Expr {
        let value = if num.vague {
            Value::AtLeast(num.value)
        } else {
            Value::Exact(num.value)
        };
        let mut e = Expr {
            start: num.start,
            end: num.end,
            value,
            kind: QuantityKind::Count,
            unit: None,
            measure: None,
            num,
        };
        if let Some(n) = self.percent_len(num.end) {
            let unit = if self.is_word(num.end, "percentage")
                && self.is_any(num.end + 1, &["point", "points"])
            {
                "percentage point"
            } else {
                "percent"
            };
            e.end += n;
            e.kind = QuantityKind::Percent;
            e.unit = Some(unit.into());
            return e;
        }
        if let Some(code) = currency {
            e.kind = QuantityKind::Money;
            // "US$ 5 dollars" is rare; "5 USD" after "$" is not a thing.
            if let Some((n, c)) = self.currency_at(e.end) {
                let name = self.word(e.end + n - 1).is_some();
                if !c.minor
                    && c.code == code
                    && name
                    && !self.is_number(e.end + n)
                {
                    e.end += n;
                }
            }
            e.unit = Some(code);
            self.cents(&mut e);
            return e;
        }
        if let Some((n, c)) = self.currency_after(e.end) {
            e.end += n;
            e.kind = QuantityKind::Money;
            if c.minor {
                e.unit = Some(format!("{} cent", c.code));
            } else {
                e.unit = Some(c.code.clone());
                let mut factor = c.factor;
                // "75 USD million"
                if let Some(sc) = self.info(e.end).scale {
                    if sc.written == ScaleUse::Free && e.num.factor == 1.0 {
                        factor *= sc.factor;
                        e.end += 1;
                    }
                }
                if factor != 1.0 {
                    e.value = scale(e.value, factor);
                }
                self.cents(&mut e);
            }
            return e;
        }
        // "a couple of days", "a dozen of eggs"
        if self.is_word(e.end, "of")
            && e.end > e.start
            && self.is_any(e.end - 1, &["couple", "dozen", "pair", "few"])
            && self.unit_after(e.end + 1).is_some()
        {
            e.end += 1;
        }
        // A fraction of a unit: "a quarter of an hour", "tenth of a gallon".
        if num.value < 10.0
            && num.value.fract() != 0.0
            && self.is_word(e.end, "of")
        {
            let k = if self.is_any(e.end + 1, &["a", "an"]) {
                e.end + 2
            } else {
                e.end + 1
            };
            if self.unit_after(k).is_some() {
                e.end = k;
            }
        }
        if num.plain && num.value % 10.0 == 0.0 && self.glued(e.end) {
            if let Some(decade) = self.decade(&e) {
                return decade;
            }
        }
        // "60 more days", "two additional weeks": the unit after "more".
        let more = usize::from(
            self.is_any(e.end, &["more", "additional", "further", "extra"])
                && self.unit_after(e.end + 1).is_some(),
        );
        if let Some((n, unit)) = self.unit_after(e.end + more) {
            e.end += more + n;
            e.kind = if unit.dimension.is_duration() {
                QuantityKind::Duration
            } else {
                QuantityKind::Measure
            };
            e.unit = Some(unit.name.clone());
            e.measure = Some((unit.dimension, unit.size));
            self.composite(&mut e, unit);
            return e;
        }
        // "2 below zero"
        if self.is_word(e.end, "below") && self.is_word(e.end + 1, "zero") {
            e.value = negate(e.value);
            e.end += 2;
            e.kind = QuantityKind::Measure;
            e.unit = Some("degree".into());
            return e;
        }
        if num.vague {
            e.kind = QuantityKind::Vague;
            return e;
        }
        // Ordinals: "5th", "21st".
        if self.word(e.end).is_some_and(is_ordinal_suffix) && self.glued(e.end)
        {
            e.end += 1;
            e.kind = QuantityKind::Ordinal;
            return e;
        }
        if num.plain
            && self.str(num.start).len() == 4
            && (1000.0..=2100.0).contains(&num.value)
            && self.is_year_context(&num)
        {
            e.kind = QuantityKind::Year;
        }
        e
    }

    /// A round number with "s" against it: a decade ("the 1990s", "the
    /// '80s", "the early 20s"), an age ("in his 20s", a duration in
    /// years), a century ("the 1800s") or many hundreds or thousands
    /// ("1000s of homes"). A two-digit decade needs a word before it
    /// that says so; else the "s" is seconds ("lasts 30s").
    #[inline(never)]
    fn decade(&self, e: &Expr) -> Option<Expr> {
        let num = e.num;
        if num.value < 10.0 || !self.is_word(e.end, "s") {
            return None;
        }
        let before = self.before(num.start);
        let apostrophe =
            before.is_some_and(|p| matches!(self.str(p), "'" | "’"));
        let age = before.is_some_and(|p| {
            self.is_any(
                p,
                &["his", "her", "their", "my", "our", "your", "its"],
            )
        });
        let decade_word = apostrophe
            || before.is_some_and(|p| {
                self.is_any(p, &["the", "early", "mid", "late"])
            });
        let (value, kind, unit) = if num.value % 100.0 == 0.0 {
            if !before.is_some_and(|p| self.is_word(p, "the")) {
                // "1000s of homes": thousands.
                (Value::AtLeast(2.0 * num.value), QuantityKind::Vague, None)
            } else {
                let span = num.value + 99.0;
                (Value::Range(num.value, span), QuantityKind::Year, None)
            }
        } else if age {
            let span = num.value + 9.0;
            let unit = Some("year".to_string());
            (Value::Range(num.value, span), QuantityKind::Duration, unit)
        } else if num.value >= 1000.0 || decade_word {
            (
                Value::Range(num.value, num.value + 9.0),
                QuantityKind::Year,
                None,
            )
        } else {
            return None;
        };
        Some(Expr { end: e.end + 1, value, kind, unit, ..e.clone() })
    }

    /// A four-digit number is a year unless a bounding hedge comes before
    /// it or it is a round number counting a plural noun (`2000 people`).
    fn is_year_context(&self, num: &Num) -> bool {
        // "within 2023" is a time, not a bound on a count.
        if let Some((_, _, h)) = self.hedge_before(num.start) {
            if h.bound != Bound::Approx && !h.spans_only {
                return false;
            }
        }
        let round = num.value % 100.0 == 0.0;
        let plural_next = self.word(num.end).is_some_and(|w| {
            w.ends_with('s')
                && w.chars().next().is_some_and(char::is_lowercase)
        });
        !(round && plural_next)
    }

    /// Composite amounts: "7 feet 10 inches", "1 year 1 month 21 days",
    /// "2 km and 1 meter", "1 hour thirty", "an hour and a half". The
    /// value is given in the smallest unit written (94 inches), the
    /// amount every part divides into.
    fn composite(&self, e: &mut Expr, unit: &'l Unit) {
        let adds_up = matches!(
            unit.dimension.0,
            "duration" | "length" | "mass" | "volume"
        );
        let Some(first_size) = unit.size.filter(|_| adds_up) else {
            // Temperatures: "2 degrees below zero".
            if self.is_word(e.end, "below") && self.is_word(e.end + 1, "zero")
            {
                e.value = negate(e.value);
                e.end += 2;
            }
            return;
        };
        let Value::Exact(v) = e.value else { return };
        // The amount in the dimension's base unit, and the smallest unit.
        let mut base = v * first_size;
        let mut last = unit;
        let mut size = first_size;
        let mut parts = 1;
        // The amount in months, while every part is years or months:
        // "2 years and 3 months" is 27 months, not 27.33 30-day months.
        let mut months = months_in(unit).map(|m| v * m);
        loop {
            let (k, and) = self.joined_after(e.end);
            // "and a half", "and half"
            let half = if self.is_any(k, &["a", "an"])
                && self.is_word(k + 1, "half")
            {
                Some(k + 2)
            } else if self.is_word(k, "half") {
                Some(k + 1)
            } else {
                None
            };
            if let (true, Some(end)) = (and, half) {
                months =
                    months.map(|m| m + 0.5 * months_in(last).unwrap_or(0.0));
                base += 0.5 * size;
                e.end = end;
                parts += 1;
                break;
            }
            let Some(num) = self.number_at(k, false, false) else { break };
            match self.any_unit_after(num.end) {
                Some((n, u))
                    if u.dimension == unit.dimension
                        && u.size.is_some()
                        && u.name != last.name
                        && u.name != unit.name =>
                {
                    let s = u.size.expect("checked");
                    base += num.value * s;
                    months = months
                        .zip(months_in(u))
                        .map(|(m, per)| m + num.value * per);
                    if s < size {
                        size = s;
                        last = u;
                    }
                    e.end = num.end + n;
                    parts += 1;
                }
                // "1 hour thirty": minutes.
                None if size == 3600.0
                    && num.value < 60.0
                    && num.value.fract() == 0.0
                    && !self
                        .tok(num.end)
                        .is_some_and(|t| t.class == Class::Word) =>
                {
                    months = None;
                    base += num.value * 60.0;
                    size = 60.0;
                    last = self.lex.minute();
                    e.end = num.end;
                    parts += 1;
                    break;
                }
                _ => break,
            }
        }
        if parts > 1 {
            e.num.weak = false;
            let value = match months {
                Some(m) if last.name == "month" => m,
                _ => base / size,
            };
            e.value = Value::Exact(clean(value));
            e.unit = Some(last.name.clone());
            e.measure = Some((last.dimension, last.size));
        }
        // Ages: "five years old", "a 60-year-old man", "ninety five years
        // of age".
        if unit.dimension.is_duration() {
            if self.is_word(e.end, "old") {
                e.end += 1;
            } else if self.is_punct(e.end, "-")
                && self.glued(e.end)
                && self.is_word(e.end + 1, "old")
                && self.glued(e.end + 1)
                || self.is_word(e.end, "of") && self.is_word(e.end + 1, "age")
            {
                e.end += 2;
            }
        }
    }

    /// Skips the ", and" that may join a second part of an amount at
    /// token `k` ("5 feet, and 2 inches", "$20 and 43c"): the token after
    /// it, and whether "and" was there.
    fn joined_after(&self, mut k: usize) -> (usize, bool) {
        if self.is_punct(k, ",") {
            k += 1;
        }
        let and = self.is_word(k, "and");
        (k + usize::from(and), and)
    }

    /// Cents after a main currency: "thirteen dollars forty-five cents",
    /// "$20 and 43c", "20 Rupees 43".
    fn cents(&self, e: &mut Expr) {
        let Value::Exact(v) = e.value else { return };
        let (k, _) = self.joined_after(e.end);
        let Some(num) = self.number_at(k, false, false) else { return };
        if num.value >= 100.0 || num.value.fract() != 0.0 || num.start < e.end
        {
            return;
        }
        let minor = self
            .currency_after(num.end)
            .filter(|(_, c)| c.minor)
            .map(|(n, _)| n);
        // Without a minor unit, only at the end of the phrase.
        let at_end = self.tok(num.end).is_none_or(|t| t.class == Class::Punct);
        match minor {
            Some(n) => {
                e.value = Value::Exact(clean(v + num.value / 100.0));
                e.end = num.end + n;
            }
            None if at_end => {
                e.value = Value::Exact(clean(v + num.value / 100.0));
                e.end = num.end;
            }
            _ => {}
        }
    }

    fn percent_len(&self, i: usize) -> Option<usize> {
        if self.is_punct(i, "%") {
            return Some(1);
        }
        let w = self.word(i)?;
        with_lowercase(w, |w| match w {
            "percent" | "percents" | "pct" | "per-cent" => Some(1),
            "per" if self.is_word(i + 1, "cent") => Some(2),
            "percentage" if self.is_any(i + 1, &["point", "points"]) => {
                Some(2)
            }
            "percentage" => Some(1),
            _ => None,
        })
    }

    // ----------------------------------------------------------- number

    /// The number at token `i`. `after_currency` allows the scale words
    /// written only after a currency (`$2.5m`); `look_back` takes a sign
    /// before it (`-5`, `minus five`).
    fn number_at(
        &self,
        i: usize,
        after_currency: bool,
        look_back: bool,
    ) -> Option<Num> {
        let mut num = if self.is_number(i) {
            self.digits_at(i, after_currency)?
        } else {
            self.words_at(i).or_else(|| self.vague_at(i))?
        };
        if let Some(ratio) = self.ratio_after(&num) {
            num = ratio;
        }
        if look_back {
            // "point 77"
            if let Some(p) = self.before(num.start) {
                if self.is_word(p, "point")
                    && self.is_number(num.start)
                    && num.end == num.start + 1
                {
                    if let Ok(v) =
                        format!("0.{}", self.str(num.start)).parse::<f64>()
                    {
                        num = Num::new(p, num.end, v);
                    }
                }
            }
            if let Some(p) = self.before(num.start) {
                // A minus against a word, a number or a percent sign
                // before it is a hyphen or an exponent ("F-16", "fb−1",
                // "80%-20%"), not a sign.
                let sign = (self.is_punct(p, "-") || self.is_punct(p, "−"))
                    && self.glued(num.start)
                    && (p == 0
                        || !self.glued(p)
                        || self.tok(p - 1).is_some_and(|t| {
                            t.class == Class::Punct
                                && !self.is_punct(p - 1, "%")
                        }));
                if sign || self.is_any(p, &["minus", "negative"]) {
                    num.start = p;
                    num.value = -num.value;
                    num.plain = false;
                    num.weak = false;
                }
            }
        }
        Some(num)
    }

    fn digits_at(&self, i: usize, after_currency: bool) -> Option<Num> {
        let s = self.str(i);
        let value = number_value(s)?;
        let mut end = i + 1;
        let plain = s.bytes().all(|b| b.is_ascii_digit());
        // Scientific notation: "12.32e+14", "-12e-1", "1.1^23".
        if self.is_any(end, &["e"]) && self.glued(end) {
            let (k, sign) = self.signs(end + 1);
            if self.is_number(k) && self.glued(k) {
                let exp = number_value(self.str(k))?;
                return Some(Num::new(
                    i,
                    k + 1,
                    value * 10f64.powf(sign * exp),
                ));
            }
        }
        // "6.23x10^-4", "8x2^10", "5.5x10-3"
        if self.is_any(end, &["x"])
            && self.glued(end)
            && self.is_number(end + 1)
        {
            let b = number_value(self.str(end + 1))?;
            if b == 10.0 && self.hyphen_at(end + 2) && self.is_number(end + 3)
            {
                let exp = number_value(self.str(end + 3))?;
                return Some(Num::new(i, end + 4, value * 10f64.powf(-exp)));
            }
            if !self.is_punct(end + 2, "^") {
                return Some(Num::new(i, end + 2, value * b));
            }
            let (k, sign) = self.signs(end + 3);
            if self.is_number(k) {
                let exp = number_value(self.str(k))?;
                return Some(Num::new(i, k + 1, value * b.powf(sign * exp)));
            }
        }
        if self.is_punct(end, "^") && self.glued(end) {
            let (k, sign) = self.signs(end + 1);
            if self.is_number(k) {
                let exp = number_value(self.str(k))?;
                return Some(Num::new(i, k + 1, value.powf(sign * exp)));
            }
        }
        // Fractions: "1/2", "2/1000"; mixed: "10 1/2".
        if let Some((_, d, k)) = self.slash_fraction(i) {
            if d != 0.0 {
                return Some(Num::new(i, k, value / d));
            }
        }
        if plain && self.is_number(end) && !self.glued(end) {
            if let Some((n, d, k)) = self.slash_fraction(end) {
                if d != 0.0 && n < d {
                    return Some(Num::new(i, k, value + n / d));
                }
            }
        }
        let mut factor = 1.0;
        // "10M", and "1,674,200.5 M" at the end of a phrase.
        let exact = self
            .word(end)
            .filter(|_| {
                self.glued(end)
                    || self
                        .tok(end + 1)
                        .is_none_or(|t| t.class == Class::Punct)
                        && !self.model_code_at(end)
            })
            .and_then(|w| self.lex.exact_scale(w));
        if let Some(scale) = exact {
            let mut num = Num::new(i, end + 1, value * scale.factor);
            num.factor = scale.factor;
            return Some(num);
        }
        if self.word(end).is_some() {
            if let Some(scale) = self.info(end).scale {
                let ok = match scale.written {
                    ScaleUse::Free => true,
                    ScaleUse::Attached => self.glued(end),
                    ScaleUse::Currency => after_currency,
                };
                if ok {
                    factor = scale.factor;
                    end += 1;
                    // "1.5 thousand million"
                    if let Some(s2) = self.info(end).scale {
                        if s2.written == ScaleUse::Free {
                            factor *= s2.factor;
                            end += 1;
                        }
                    }
                }
            }
        }
        // "3 dozens", "200 dozens"
        if self.is_any(end, DOZEN) {
            factor *= 12.0;
            end += 1;
        }
        let mut total = value * factor;
        // "4 thousand 3 hundred and 21": smaller groups after a scale.
        if factor >= 100.0 {
            let mut last = factor;
            loop {
                let mut k = end;
                if self.is_word(k, "and") {
                    k += 1;
                }
                let words = !self.is_number(k);
                let part = if words {
                    self.cardinal(k).map(|(v, e, _)| (v, e, 1.0))
                } else {
                    self.digits_group(k)
                };
                match part {
                    // "and 0" is a second number, not a part of this one.
                    Some((v, e, f))
                        if v > 0.0
                            && v < last
                            && (f > 1.0 || v < 100.0 || words) =>
                    {
                        total += v;
                        last = f.max(1.0);
                        end = e;
                        if f <= 1.0 {
                            break;
                        }
                    }
                    _ => break,
                }
            }
        }
        // "3 million and a half", "3 million and a quarter"
        if factor > 1.0 && self.is_word(end, "and") {
            if let Some(f) = self.words_fraction(end + 1) {
                if f.value < 1.0 && self.info(f.end).scale.is_none() {
                    total += f.value * factor;
                    end = f.end;
                }
            }
        }
        // "5 and a half": a half more.
        if self.is_word(end, "and") {
            let k = if self.is_any(end + 1, &["a", "an"]) {
                end + 2
            } else {
                end + 1
            };
            if self.is_any(k, &["half", "quarter"])
                && self.unit_at(k + 1).is_some()
            {
                total += if self.is_word(k, "half") { 0.5 } else { 0.25 };
                end = k + 1;
            }
        }
        let mut num = Num::new(i, end, total);
        num.plain = plain && factor == 1.0 && end == i + 1;
        num.factor = factor;
        Some(num)
    }

    /// A ratio after a whole number: "1 over three", "one in five", "one
    /// out of three". The second number must not be a year or counted
    /// in a unit ("5 in 10 minutes" is no ratio).
    fn ratio_after(&self, num: &Num) -> Option<Num> {
        if num.vague || num.value.fract() != 0.0 {
            return None;
        }
        // "a three-in-five chance", "1-in-77": hyphens against "in".
        let k = if self.hyphen_at(num.end)
            && self.is_word(num.end + 1, "in")
            && self.glued(num.end + 1)
            && self.hyphen_at(num.end + 2)
        {
            num.end + 3
        } else if self.is_word(num.end, "over") || self.is_word(num.end, "in")
        {
            num.end + 1
        } else if self.is_word(num.end, "out")
            && self.is_word(num.end + 1, "of")
        {
            num.end + 2
        } else {
            return None;
        };
        let over = self.is_word(num.end, "over");
        let (d, end) = if self.is_number(k) {
            let d = self.digits_at(k, false)?;
            if d.plain && self.str(k).len() == 4 {
                return None;
            }
            (d.value, d.end)
        } else {
            let (v, e, _) = self.cardinal(k)?;
            (v, e)
        };
        // "a 1-in-100-year flood": nor joined to a unit.
        let unit = self.unit_at(end).is_some()
            || self.hyphen_at(end) && self.unit_at(end + 1).is_some();
        if d == 0.0 || (!over && d <= num.value) || unit {
            return None;
        }
        // "1 over 20" ends the phrase; "won 3 over 20 rivals" does not.
        if over && self.word(end).is_some() {
            return None;
        }
        Some(Num::new(num.start, end, num.value / d))
    }

    /// Digits with a scale word: "3 hundred". Returns the value, the
    /// token after, and the scale.
    fn digits_group(&self, k: usize) -> Option<(f64, usize, f64)> {
        let v = number_value(self.str(k))?;
        match self.info(k + 1).scale.filter(|s| s.written == ScaleUse::Free) {
            Some(s) => Some((v * s.factor, k + 2, s.factor)),
            None => Some((v, k + 1, 1.0)),
        }
    }

    /// `N/D` at token `i`, not a date (`1/2/2020`): numerator, denominator
    /// and the token after it.
    fn slash_fraction(&self, i: usize) -> Option<(f64, f64, usize)> {
        if !(self.is_number(i)
            && self.is_punct(i + 1, "/")
            && self.glued(i + 1)
            && self.is_number(i + 2)
            && self.glued(i + 2))
        {
            return None;
        }
        if self.is_punct(i + 3, "/") && self.glued(i + 3) {
            return None;
        }
        let n = number_value(self.str(i))?;
        let d = number_value(self.str(i + 2))?;
        Some((n, d, i + 3))
    }

    /// A whole number in words: "nine", "twenty-five thousand", "one
    /// hundred and six", "a million", "two point two", "three dozen".
    /// Returns the number, the token after it, and where its last "and"
    /// was (for "one hundred and three quarters").
    fn cardinal(&self, i: usize) -> Option<(f64, usize, Option<LastAnd>)> {
        let mut total = 0.0;
        let mut current: f64 = 0.0;
        let mut any = false;
        let mut j = i;
        let mut end = i;
        let mut last_and = None;
        // The last scale of a thousand or more: what a fraction after "and"
        // is a fraction of ("two million and one half").
        let mut big = 1.0;
        while let Some(w) = self.word(j) {
            let info = self.info(j);
            if let Some(v) = info.number {
                let fits = !any
                    || current == 0.0 && total > 0.0
                    || current % 100.0 == 0.0 && current > 0.0
                    || (current % 100.0 >= 20.0
                        && current % 10.0 == 0.0
                        && v < 10.0);
                if !fits {
                    break;
                }
                current += v;
                any = true;
                j += 1;
                end = j;
                // "twenty-five"
                if self.hyphen_at(j) && self.glued(j + 1) {
                    // "twenty-first": an ordinal, no amount.
                    let ordinal = self.info(j + 1).denominator.is_some()
                        && self.word(j + 1).is_some_and(|o| !o.ends_with('s'));
                    if ordinal && (20.0..100.0).contains(&v) {
                        return None;
                    }
                    if let Some(u) = self.info(j + 1).number {
                        if (20.0..100.0).contains(&v) && u < 10.0 {
                            current += u;
                            j += 2;
                            end = j;
                        }
                    }
                }
                continue;
            }
            let lowered = AsciiLower::new(w);
            let lower: &str = &lowered;
            match lower {
                "a" | "an" if !any => {
                    let scales = self
                        .info(j + 1)
                        .scale
                        .is_some_and(|s| s.written == ScaleUse::Free)
                        || self.is_any(j + 1, &["dozen"]);
                    if !scales {
                        break;
                    }
                    current = 1.0;
                    any = true;
                    j += 1;
                }
                // "two hundred", "a hundred", "hundred thousand"
                "hundred" if !any || (current > 0.0 && current < 100.0) => {
                    current = current.max(1.0) * 100.0;
                    any = true;
                    j += 1;
                    end = j;
                }
                "dozen" | "dozens" | "dz" | "dzs" | "doz" | "dozs" if any => {
                    current = current.max(1.0) * 12.0;
                    j += 1;
                    end = j;
                }
                "and" if any && (current >= 100.0 || total > 0.0) => {
                    if self.info(j + 1).number.is_some() {
                        let scale = if current == 0.0 { big } else { 1.0 };
                        last_and = Some((total + current, j, scale));
                        j += 1;
                    } else {
                        break;
                    }
                }
                _ => {
                    // "three billions", "three hundred krores"
                    let plural = info
                        .vague
                        .and_then(|_| lower.strip_suffix('s'))
                        .map(|one| self.lex.entry(one).word.scale)
                        .unwrap_or(None);
                    let scale = info.scale.or(plural);
                    if any {
                        if let Some(s) =
                            scale.filter(|s| s.written == ScaleUse::Free)
                        {
                            if s.factor > 100.0 {
                                if current == 0.0 && total > 0.0 && end == j {
                                    // "three lakh crore", "a thousand million"
                                    total *= s.factor;
                                } else {
                                    total += current.max(1.0) * s.factor;
                                }
                                big = s.factor;
                                current = 0.0;
                                j += 1;
                                end = j;
                                continue;
                            }
                        }
                    }
                    break;
                }
            }
        }
        if !any || end == i {
            return None;
        }
        let mut value = total + current;
        // "two point two", "two hundred point zero three"
        if self.is_word(end, "point") {
            let mut k = end + 1;
            let mut frac = String::new();
            while let Some(d) = self.info(k).number {
                if d >= 10.0 {
                    break;
                }
                frac.push(char::from(b'0' + d as u8));
                k += 1;
            }
            if self.is_number(k) && frac.is_empty() {
                frac.push_str(self.str(k));
                k += 1;
            }
            if !frac.is_empty() {
                value += format!("0.{frac}").parse::<f64>().unwrap_or(0.0);
                end = k;
                // "two point two million"
                if let Some(s) = self.info(end).scale {
                    if s.written == ScaleUse::Free {
                        value *= s.factor;
                        end += 1;
                    }
                }
            }
        }
        Some((value, end, last_and))
    }

    /// The denominator of a fraction word at `k` ("thirds", "twenty
    /// firsts", "thirty-fifths"): its value and the token after it.
    fn denominator(
        &self,
        k: usize,
        compound_only: bool,
    ) -> Option<(f64, usize)> {
        self.word(k)?;
        let info = self.info(k);
        // Tens with an ordinal: "twenty-first", "thirty fifths".
        if let Some(t) = info.number.filter(|t| *t >= 20.0 && *t % 10.0 == 0.0)
        {
            let k2 = if self.is_punct(k + 1, "-") { k + 2 } else { k + 1 };
            if let Some(d) = self.info(k2).denominator {
                if d < 10.0 {
                    return Some((t + d, k2 + 1));
                }
            }
            return None;
        }
        if compound_only {
            return None;
        }
        let d = info.denominator?;
        if d <= 2.0 && !self.is_any(k, &["half", "halves"]) {
            // "first" and "second" alone are not fractions.
            return None;
        }
        // "one half-sister", "a third-party candidate" ("a half-hour" is
        // a part of a unit).
        if self.opens_compound(k) {
            return None;
        }
        Some((d, k + 1))
    }

    /// Spelled-out numbers with their fractions: "nine", "two-thirds",
    /// "a third", "one and a half", "twenty and three fifths", "one over
    /// 20", "half a dozen", "a couple".
    fn words_at(&self, i: usize) -> Option<Num> {
        let w = self.word(i)?;
        let lowered = AsciiLower::new(w);
        let lower: &str = &lowered;
        // "half", "half a million", "half million", "quarter million",
        // "half a dozen", "half an hour"
        if lower == "half" || lower == "quarter" {
            // "the first quarter of 2026", "the second half of the
            // season", "the final quarter": part of a year or a game,
            // not an amount.
            if self.before(i).is_some_and(|p| {
                self.info(p).denominator.is_some()
                    || self.is_any(p, &["last", "final", "next", "previous"])
            }) {
                return None;
            }
            let part = if lower == "half" { 0.5 } else { 0.25 };
            let article = self.is_any(i + 1, &["a", "an"]);
            let k = if article { i + 2 } else { i + 1 };
            if let Some(s) =
                self.info(k).scale.filter(|s| s.written == ScaleUse::Free)
            {
                let mut n = Num::new(i, k + 1, part * s.factor);
                n.factor = s.factor;
                return Some(n);
            }
            if article && self.is_word(k, "dozen") {
                return Some(Num::new(i, k + 1, part * 12.0));
            }
            // "half an hour", "half a gallon": part of one unit.
            if article && self.unit_at(k).is_some() {
                return Some(Num::new(i, k, part));
            }
            // "the third quarter" is no amount; "quarter of an hour" is.
            if lower == "quarter" && !self.is_word(i + 1, "of") {
                return None;
            }
            return Some(Num::new(i, i + 1, part));
        }
        if lower == "couple" || lower == "pair" {
            let start = self.before(i).filter(|&p| self.is_any(p, &["a"]))?;
            return Some(Num::new(start, i + 1, 2.0));
        }
        // "a third", "a hundredth", "a twenty-first"
        if matches!(lower, "a" | "an")
            && self.is_any(i + 1, &["couple", "pair"])
        {
            return Some(Num::new(i, i + 2, 2.0));
        }
        if matches!(lower, "a" | "an") {
            let d = self
                .denominator(i + 1, true)
                .or_else(|| self.denominator(i + 1, false));
            if let Some((d, end)) = d {
                // "a quarter million", "a half billion"
                if let Some(s) = self
                    .info(end)
                    .scale
                    .filter(|s| s.written == ScaleUse::Free)
                {
                    let mut n = Num::new(i, end + 1, s.factor / d);
                    n.factor = s.factor;
                    return Some(n);
                }
                // "a third term", "a fourth straight title": an ordinal
                // before its noun; "a third of", "cut by a third in" are
                // fractions.
                // A verb or a comparative after it keeps the fraction:
                // "a third voted no", "a third higher".
                // "a fourth and final round" is an ordinal too.
                let and_final = self.is_word(end, "and")
                    && self.is_any(end + 1, &["final", "last", "deciding"]);
                // "a third-party candidate" too.
                let hyphened = self.hyphen_at(end)
                    && self.word(end + 1).is_some()
                    && self.glued(end + 1);
                let fraction = self.is_any(i + 1, &["half", "quarter"]);
                let ordinal = !fraction
                    && (and_final
                        || hyphened
                        || self.word(end).is_some_and(|w| {
                            !self.info(end).stop
                                && !self.is_word(end, "of")
                                && !w.ends_with("ed")
                                && !self.is_any(end, COMPARATIVES)
                        }));
                // "Two women are killed and a third is injured", "killing
                // two, injuring a third": one more of a count before.
                let one_more = self.counts_before
                    && !fraction
                    && (self.is_any(end, &["is", "was", "has", "remains"])
                        || self
                            .tok(end)
                            .is_none_or(|t| t.class == Class::Punct))
                    && self.before(i).is_some_and(|p| {
                        self.is_punct(p, ",")
                            || self.is_word(p, "and")
                            || self.word(p).is_some_and(|w| w.ends_with("ing"))
                    });
                if ordinal || one_more {
                    return None;
                }
                return Some(self.of_scale(Num::new(i, end, 1.0 / d)));
            }
        }
        let (whole, end, last_and) = self.cardinal(i)?;
        // "two-thirds", "five eighths", "five - eighths", "three twenty
        // firsts"
        let k = if self.is_punct(end, "-") { end + 1 } else { end };
        let denominator = self
            .denominator(k, true)
            .or_else(|| self.denominator(k, false))
            .filter(|_| {
                k == end
                    || self.glued(end)
                    || self.word(k).is_some_and(|w| w.ends_with('s'))
            });
        if let Some((d, after)) = denominator {
            // "one hundred thirty fifths" is a hundred thirty-fifths: the
            // tens join the ordinal.
            let tens = self
                .info(end - 1)
                .number
                .filter(|t| *t >= 20.0 && *t % 10.0 == 0.0);
            let joined = k == end || self.glued(end);
            let (numerator, d) = match tens {
                Some(t)
                    if d < 10.0
                        && joined
                        && whole > t
                        && last_and.is_none() =>
                {
                    (whole - t, t + d)
                }
                _ => (whole, d),
            };
            let value = match last_and {
                // "one hundred and three quarters" = 100 + 3/4; "two
                // million and one half" = 2,500,000.
                Some((int, _, scale)) => int + (numerator - int) / d * scale,
                None => numerator / d,
            };
            return Some(self.of_scale(Num::new(i, after, value)));
        }
        let scale_of_whole = self
            .info(end - 1)
            .scale
            .filter(|s| s.written == ScaleUse::Free)
            .map_or(1.0, |s| s.factor);
        // "one and a half", "twenty and three fifths", "one million and a
        // half", "five and a half million", "one billion and a quarter
        // million"; hyphenated, "three-and-a-half million".
        let hyphenated = |k: usize, w: &str| {
            self.hyphen_at(k) && self.is_word(k + 1, w) && self.glued(k + 1)
        };
        let half = if hyphenated(end, "and")
            && hyphenated(end + 2, "a")
            && hyphenated(end + 4, "half")
        {
            Some(Num::new(end + 3, end + 6, 0.5))
        } else {
            None
        };
        if self.is_word(end, "and") || half.is_some() {
            if let Some(f) = half.or_else(|| self.words_fraction(end + 1)) {
                let after_scale = self
                    .info(f.end)
                    .scale
                    .filter(|s| s.written == ScaleUse::Free)
                    .map(|s| s.factor);
                let (value, stop) = match after_scale {
                    Some(s) if scale_of_whole == 1.0 => {
                        ((whole + f.value) * s, f.end + 1)
                    }
                    Some(s) => (whole + f.value * s, f.end + 1),
                    None => (whole + f.value * scale_of_whole, f.end),
                };
                let mut n = Num::new(i, stop, value);
                n.factor = after_scale.unwrap_or(scale_of_whole);
                return Some(n);
            }
        }
        let mut num = Num::new(i, end, whole);
        num.weak = end == i + 1 && whole == 1.0;
        num.factor = scale_of_whole;
        Some(num)
    }

    /// A fraction of a scale: "two thirds of a million".
    fn of_scale(&self, num: Num) -> Num {
        if self.is_word(num.end, "of")
            && self.is_any(num.end + 1, &["a", "an"])
        {
            if let Some(s) = self
                .info(num.end + 2)
                .scale
                .filter(|s| s.written == ScaleUse::Free)
            {
                let mut n =
                    Num::new(num.start, num.end + 3, num.value * s.factor);
                n.factor = s.factor;
                return n;
            }
        }
        num
    }

    /// A fraction alone: "a half", "three fifths", "fifty-four
    /// hundredths".
    fn words_fraction(&self, i: usize) -> Option<Num> {
        if self.is_any(i, &["a", "an"]) {
            let (d, end) = self.denominator(i + 1, false)?;
            return Some(Num::new(i, end, 1.0 / d));
        }
        if self.is_word(i, "half") {
            return Some(Num::new(i, i + 1, 0.5));
        }
        if self.is_word(i, "quarter") {
            return Some(Num::new(i, i + 1, 0.25));
        }
        let (n, end, _) = self.cardinal(i)?;
        let k = if self.hyphen_at(end) { end + 1 } else { end };
        let (d, after) = self
            .denominator(k, true)
            .or_else(|| self.denominator(k, false))?;
        Some(Num::new(i, after, n / d))
    }

    /// Vague magnitudes: `thousands`, `tens of thousands`, `dozens`,
    /// `several hundred`, `a few thousand`.
    fn vague_at(&self, i: usize) -> Option<Num> {
        let w = self.word(i)?;
        let info = self.info(i);
        let lowered = AsciiLower::new(w);
        let lower: &str = &lowered;
        let (count, next, start) = match lower {
            "several" => (3.0, i + 1, i),
            "few" => {
                let start =
                    self.before(i).filter(|&p| self.is_word(p, "a"))?;
                (2.0, i + 1, start)
            }
            _ => {
                let lb = info.vague?;
                // "tens of thousands", "hundreds of millions"
                if self.is_word(i + 1, "of") {
                    if let Some(lb2) = self.info(i + 2).vague {
                        if lb2 >= 200.0 {
                            let mut n = Num::new(i, i + 3, lb * lb2 / 2.0);
                            n.vague = true;
                            return Some(n);
                        }
                    }
                }
                if matches!(lower, "tens" | "scores") {
                    return None;
                }
                let mut n = Num::new(i, i + 1, lb);
                n.vague = true;
                return Some(n);
            }
        };
        // "several hundred", "a few thousand"
        let s = self.word(next)?;
        let factor = if s.eq_ignore_ascii_case("hundred") {
            100.0
        } else {
            self.info(next)
                .scale
                .filter(|s| s.written == ScaleUse::Free)?
                .factor
        };
        let mut n = Num::new(start, next + 1, count * factor);
        n.vague = true;
        n.factor = factor;
        Some(n)
    }

    // ------------------------------------------------ currency and units

    /// A currency symbol or code right before the number at `num`: its
    /// code and first token.
    fn currency_before(&self, num: usize) -> Option<(String, usize)> {
        let (n, c) = self.currency_ending(num)?;
        (c.prefix || c.factor != 1.0).then(|| (c.code.clone(), num - n))
    }

    /// The factor of the currency before `num` ("MAUD 60": a million).
    fn currency_factor_before(&self, num: usize) -> f64 {
        self.currency_ending(num).map_or(1.0, |(_, c)| c.factor)
    }

    /// A currency symbol or code at `i` followed by a number: its code and
    /// token count.
    fn currency_prefix(&self, i: usize) -> Option<(String, usize)> {
        let (n, c) = self.currency_at(i)?;
        let followed =
            self.is_number(i + n) || self.info(i + n).number.is_some();
        (c.prefix && followed).then(|| (c.code.clone(), n))
    }

    /// A currency after the number (`rubles`, `USD`, `元`, `cents`).
    fn currency_after(&self, i: usize) -> Option<(usize, &'l Currency)> {
        // "12-cent", "one-yen"
        let hyphen = self.hyphen_at(i) && self.glued(i + 1);
        let k = if hyphen { i + 1 } else { i };
        let Some((n, c)) = self.currency_at(k) else {
            return self.named_currency_after(i);
        };
        let unit = self.unit_at(k);
        // "25C" is a temperature, "25c" cents.
        if unit.is_some_and(|(_, u)| u.capital) {
            return None;
        }
        // One-letter minor units ("c", "p") only against the number.
        if self.str(k).len() == 1 && self.word(k).is_some() && !self.glued(k) {
            return None;
        }
        // A symbol right before another number, or a code written against
        // it, is that number's: "1 $10 bill", "3 USD50 cards".
        let symbol = self.word(k + n - 1).is_none();
        if c.prefix && self.is_number(k + n) && (symbol || self.glued(k + n)) {
            return None;
        }
        // "pounds of meat" weigh.
        if self.is_word(k + n, "of") && unit.is_some() {
            return None;
        }
        Some((n + usize::from(hyphen), c))
    }

    /// "1 billion Czech koruna", "5 billion South Korean won": a
    /// currency's name that means it alone, after one or two words in
    /// capitals (a pair the lexicon lists, "Canadian dollars", is read by
    /// `currency_at`).
    fn named_currency_after(&self, i: usize) -> Option<(usize, &'l Currency)> {
        let caps = (i..i + 2)
            .take_while(|&k| {
                self.capitalized(k)
                    && self.word(k).is_some_and(|w| w.len() > 1)
            })
            .count();
        if caps == 0 || self.capitalized(i + caps) {
            return None;
        }
        let (n, c) = self.currency_at(i + caps)?;
        c.sole.then_some((caps + n, c))
    }

    /// Token `k` is one capital letter written against the number
    /// before it and not against a word after it: "25C", not "5Cs".
    fn capital_against_number(&self, k: usize) -> bool {
        let Some(s) = self.word(k) else { return false };
        s.len() == 1
            && s.as_bytes()[0].is_ascii_uppercase()
            && self.glued(k)
            && k.checked_sub(1).is_some_and(|p| self.is_number(p))
            && !(self.word(k + 1).is_some() && self.glued(k + 1))
    }

    /// A unit at `i` (or after a hyphen: "3-inch"): token count, unit.
    fn unit_after(&self, i: usize) -> Option<(usize, &'l Unit)> {
        let (n, unit) = self.any_unit_after(i)?;
        (!unit.composite_only).then_some((n, unit))
    }

    /// A unit at `i`, including those only written as the second part of
    /// a composite amount ("in" for inches).
    fn any_unit_after(&self, i: usize) -> Option<(usize, &'l Unit)> {
        // "20 (kg)", "20 {kg}"; not "20 {kg)".
        let closing = match self.tok(i) {
            Some(t) if t.class == Class::Punct => match self.str(i) {
                "(" => Some(")"),
                "{" => Some("}"),
                "<" => Some(">"),
                "[" => Some("]"),
                _ => None,
            },
            _ => None,
        };
        if let Some(close_mark) = closing {
            let (n, unit) = self.unit_at(i + 1)?;
            let close = i + 1 + n;
            return self.is_punct(close, close_mark).then_some((n + 2, unit));
        }
        let hyphen = self.hyphen_at(i) && self.glued(i + 1);
        let k = if hyphen { i + 1 } else { i };
        let (n, unit) = self.unit_at(k)?;
        // "5 m away" is not metres of "away"; "2 g and 7 g" is grams.
        if unit.short
            && !self.glued(k)
            && self.word(k + n).is_some()
            && !self.is_any(
                k + n,
                &[
                    "and", "or", "to", "of", "per", "a", "an", "in", "on",
                    "at", "for", "each", "x", "by",
                ],
            )
        {
            return None;
        }
        // "6 T-72 tanks": a capital set apart from the number names a
        // model, not a unit ("25C-30C" is a range).
        if !self.glued(k) && self.model_code_at(k + n - 1) {
            return None;
        }
        Some((n + usize::from(hyphen), unit))
    }

    /// The word at `k` is a capital joined by a hyphen to a number, a
    /// model's name ("T-72", "G-20", "B-2", "M-2"), whatever the letter
    /// stands for elsewhere (tonnes, grams, billions, millions).
    fn model_code_at(&self, k: usize) -> bool {
        self.capitalized(k)
            && self.hyphen_at(k + 1)
            && self.is_number(k + 2)
            && self.glued(k + 2)
    }

    // ---------------------------------------------- hedge, counted, rate

    /// The hedge ending right before token `start`: first and end token
    /// and what it says.
    fn hedge_before(&self, start: usize) -> Option<(usize, usize, HedgeWord)> {
        let (n, b) = self.hedge_ending(start)?;
        Some((start - n, start, b))
    }

    /// The counted noun after token `i`: `soldiers killed`, `battlefield
    /// casualties`, or (`of_phrase`) what a percentage or a measure is of;
    /// `one` when the number is 1 ("one person | dies"). Returns the
    /// first and end tokens and the head noun.
    fn counted(
        &self,
        i: usize,
        of_phrase: bool,
        one: bool,
    ) -> Option<(usize, usize, usize)> {
        // "a 17-story building", "a four-term lawmaker": a number joined
        // by a hyphen to a noun makes an adjective, and the noun is what
        // it counts ("5-year-old" and "24-hour" are read as durations
        // before this; "state-of-the-art" runs on and counts nothing).
        if !of_phrase && self.hyphen_at(i) {
            let noun = i + 1;
            let runs_on = self.hyphen_at(noun + 1);
            let info = self.info(noun);
            // Not an adjective in "-ed" or "-al" ("two-legged",
            // "three-dimensional").
            let noun_like = self.word(noun).is_some_and(|w| {
                w.starts_with(|c: char| c.is_ascii_lowercase())
                    && !w.ends_with("ed")
                    && !w.ends_with("al")
            });
            if noun_like
                && self.glued(noun)
                && !runs_on
                && !info.stop
                && info.number.is_none()
                && info.scale.is_none()
            {
                return Some((noun, noun + 1, noun));
            }
            return None;
        }
        let mut start = i;
        let mut j = i;
        // "twelve more bodies", "two more armed attackers": what is
        // counted comes after "more" ("17 more injured" names no noun,
        // and in "60 more days" the unit is read with the number).
        if !of_phrase
            && self.is_any(j, &["more", "additional", "further"])
            && (j + 1..j + 4)
                .take_while(|&k| self.word(k).is_some() && !self.info(k).stop)
                .any(|k| self.is_plural(k))
            && self.unit_at(j + 1).is_none()
        {
            j += 1;
        }
        if self.is_word(j, "of") {
            j += 1;
            if self.word(j).is_some_and(is_determiner) {
                j += 1;
            }
            if !of_phrase {
                // "15,000 of its soldiers": what is counted is the noun.
                start = j;
            }
        } else if of_phrase {
            return None;
        }
        let mut words = 0;
        // Words a compound's "and" lets the noun run to.
        let mut most_words = 4;
        let mut head = None;
        let mut end = None;
        let mut after_participle = false;
        while let Some(w) = self.word(j) {
            // "fifteen seriously injured", "including twelve fatally,":
            // an adverb says what befell the counted, not what they are
            // ("two early warnings" count warnings).
            if words == 0
                && is_ly_adverb(w, self.info(j).ly_noun)
                && !self.hyphen_at(j + 1)
                && self
                    .word(j + 1)
                    .is_none_or(|n| n.ends_with("ed") || self.info(j + 1).stop)
            {
                return None;
            }
            let info = self.info(j);
            // "soldiers killed and wounded", but not "10 people and
            // injured nearly 100": "and" joins two participles.
            let and_participle = w.eq_ignore_ascii_case("and")
                && self.word(j + 1).is_some_and(|n| n.ends_with("ed"))
                && self.word(j - 1).is_some_and(|p| p.ends_with("ed"));
            // "three oil and gas fields", "search and rescue teams":
            // "and" inside a compound noun, between two singulars before
            // the plural they describe.
            // Nouns only: no participle ("left homeless and estimated
            // damages"), no verb ("personnel and injuring dozens").
            let plain = |k: usize| {
                let info = self.info(k);
                self.word(k).is_some_and(|w| {
                    w.starts_with(|c: char| c.is_ascii_lowercase())
                        && !w.ends_with("ed")
                        && !w.ends_with("ing")
                }) && !info.stop
                    && info.number.is_none()
                    && info.vague.is_none()
                    && info.scale.is_none()
            };
            let and_compound = w.eq_ignore_ascii_case("and")
                && !after_participle
                && head.is_some_and(|h| {
                    h + 1 == j && plain(h) && !self.is_plural(h)
                })
                && plain(j + 1)
                && !self.is_plural(j + 1)
                && plain(j + 2)
                && self.is_plural(j + 2);
            if and_compound {
                most_words = words + 3;
            }
            if info.stop && !and_participle && !and_compound
                // "60 confirmed dead": not after a participle.
                || info.stop_after_noun
                    && head.is_some_and(|h| {
                        !self.word(h).is_some_and(|w| w.ends_with("ed"))
                    })
            {
                break;
            }
            // After the participles only "and" and another participle go
            // on: "three men accused | of murder".
            if after_participle && !w.ends_with("ed") && !and_participle {
                break;
            }
            // A possessive belongs to the noun after it: "five of the
            // company's employees" counts employees. With no noun after it
            // ("39 of the state's 50 delegates", "the nation's roughly
            // 7,000") nothing is named.
            if is_possessive(w) {
                let noun_after = self.word(j + 1).is_some_and(|n| {
                    let next = self.info(j + 1);
                    !next.stop
                        && next.number.is_none()
                        && next.scale.is_none()
                        && !is_ly_adverb(n, next.ly_noun)
                });
                if !noun_after {
                    return None;
                }
                words += 1;
                j += 1;
                continue;
            }
            // An abbreviation in capitals is one word: "billions of U.S.
            // dollars".
            if let Some(after) = self.abbreviation_end(j) {
                head = Some(j);
                words += 1;
                j = after;
                end = Some(j);
                continue;
            }
            // "20 people daily", but "Apple Daily executives" is a name.
            if info.period.is_some_and(|p| p.adverb) && !self.capitalized(j)
                || info.month.is_some()
            {
                break;
            }
            if words >= most_words.max(4)
                || info.number.is_some()
                || info.scale.is_some() && !self.model_code_at(j)
            {
                break;
            }
            // "3 USD50 cards": a currency or unit belongs to the next
            // number.
            let entry = self.entry(j);
            if entry.currencies.first != 0 && self.is_number(j + 1) {
                break;
            }
            // The head is the last noun before participles: "soldiers"
            // in "soldiers killed and wounded".
            let participle = head.is_some() && w.ends_with("ed");
            // A past with an object after it is the verb of the sentence:
            // "20 senators backed the bill", "five gunmen attacked a
            // village" (but "soldiers killed a month", "homes destroyed
            // this year").
            if participle && self.object_at(j + 1) {
                break;
            }
            // A plural ends the noun; what follows it is its verb ("two
            // trains collide", "20 people came"), unless it joins
            // ("and") or describes ("killed"). After "of" the phrase runs
            // on: "90% of all targets hit".
            if !of_phrase
                && !participle
                && !w.eq_ignore_ascii_case("and")
                && head.is_some_and(|h| h + 1 == j && self.is_plural(h))
            {
                break;
            }
            // One of a singular: a word in "-s" after it is its verb ("one
            // person dies"), where after more it may be the noun a
            // singular describes ("three car crashes").
            if one
                && !of_phrase
                && words == 1
                && head.is_some_and(|h| {
                    h + 1 == j
                        && !self.is_plural(h)
                        && self.info(h).scale.is_none()
                })
                && w.ends_with('s')
                && !w.ends_with("ss")
                && w.starts_with(|c: char| c.is_ascii_lowercase())
            {
                break;
            }
            if !w.eq_ignore_ascii_case("and") && !participle {
                head = Some(j);
            }
            // "soldiers killed": a participle after a plural noun; not
            // "two seized armored cars" or "high speed trains".
            after_participle |= participle
                && w.starts_with(|c: char| c.is_ascii_lowercase())
                && head.is_some_and(|h| self.is_plural(h));
            words += 1;
            j += 1;
            // hyphenated words: "war-torn", "full-time"
            while self.hyphen_at(j)
                && self.word(j + 1).is_some()
                && self.glued(j + 1)
            {
                j += 2;
            }
            // A model's number is part of its name: "ten F-35 fighter
            // jets", "five new Type 26 frigates".
            if self.capitalized(j - 1) {
                if self.hyphen_at(j)
                    && self.is_number(j + 1)
                    && self.glued(j + 1)
                {
                    j = self.glued_run_end(j + 1);
                } else if self.is_model_number(j) {
                    j += 1;
                }
            }
            end = Some(j);
        }
        let end = end?;
        if self.is_word(end - 1, "and") {
            return None;
        }
        // "five transited it", "198 recorded in the last 24 hours": a
        // word in "-ed" alone is the verb, unless it stands for people
        // ("12 injured").
        let alone = start + 1 == end
            && self.word(start).is_some_and(|w| {
                w.ends_with("ed") && w.starts_with(|c: char| c.is_lowercase())
            })
            && !self.info(start).counted_participle;
        if alone {
            return None;
        }
        Some((start, end, head?))
    }

    /// Token `k` opens an object: a determiner or a number that is not a
    /// rate or a time ("the bill", "a village", "12 civilians"; not "a
    /// month", "this year").
    fn object_at(&self, k: usize) -> bool {
        let opens =
            self.word(k).is_some_and(is_determiner) || self.is_number(k);
        let time = |j: usize| {
            let info = self.info(j);
            info.period.is_some() || info.month.is_some()
        };
        opens && self.rate(k).is_none() && !time(k + 1)
    }

    /// The token after an abbreviation of single capitals and stops at
    /// token `j` ("U.S.", "U.K."), if one is there.
    fn abbreviation_end(&self, j: usize) -> Option<usize> {
        let letter = |k: usize| {
            self.word(k).is_some_and(|w| {
                w.len() == 1 && w.starts_with(|c: char| c.is_ascii_uppercase())
            })
        };
        let mut k = j;
        while letter(k) && self.is_punct(k + 1, ".") && self.glued(k + 1) {
            k += 2;
            if !(letter(k) && self.glued(k)) {
                break;
            }
        }
        (k >= j + 4).then_some(k)
    }

    /// Token `k` is a plural noun in lower case: in "-s" (not "-ss",
    /// "-us", "-is") or a plural without one ("people"), and not a noun
    /// in "-s" that describes the next ("sales staff", "news outlets").
    fn is_plural(&self, k: usize) -> bool {
        // A capital is a name's ("60 United Nations member states"); the
        // rest of a word in lower case is read as written.
        let Some(w) = self.word(k) else { return false };
        if !w.starts_with(|c: char| c.is_ascii_lowercase()) {
            return false;
        }
        let s = w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
            && !self.info(k).singular_in_s;
        let plain = matches!(w, "people" | "children") || men_plural(w);
        let modifier = matches!(
            w,
            "sales"
                | "news"
                | "arms"
                | "sports"
                | "goods"
                | "savings"
                | "customs"
                | "series"
                | "species"
                // Nouns in "-s" that are no plurals: "the three largest
                // measles outbreaks".
                | "measles"
                | "mumps"
                | "rabies"
                | "diabetes"
                | "herpes"
                | "politics"
                | "economics"
                | "physics"
                | "athletics"
        );
        (s || plain) && !modifier
    }

    /// A rate period at or shortly after token `i`: `a month`, `each
    /// month`, `every day`, `per year`, `annually`, or after a short verb
    /// (`are dying each month`). Returns the period and the token after.
    fn rate(&self, i: usize) -> Option<(Period, usize)> {
        for skip in 0..=3 {
            let k = i + skip;
            if skip > 0 {
                let w = self.word(k - 1)?;
                let verbish = with_lowercase(w, |w| {
                    matches!(
                        w,
                        "are" | "is" | "were" | "was" | "being" | "been"
                    ) || w.ends_with("ing")
                        || w.ends_with("ed")
                });
                if !verbish {
                    return None;
                }
            }
            if self.word(k).is_some() {
                let info = self.info(k);
                // Not a capital inside a name: "Apple Daily".
                if let Some(p) = info.period.filter(|p| p.adverb) {
                    if !self.capitalized(k) {
                        return Some((p.period, k + 1));
                    }
                }
                if self.is_any(k, &["a", "an", "per", "each", "every"]) {
                    if let Some(p) = self.info(k + 1).period {
                        if !p.adverb {
                            return Some((p.period, k + 2));
                        }
                    }
                }
            }
            if self.is_punct(k, "/") && self.glued(k) {
                if let Some(p) = self.info(k + 1).period {
                    return Some((p.period, k + 2));
                }
            }
            // In a compound before a noun: "a $3 million-per-year deal",
            // "a $5-a-day wage".
            if skip == 0
                && self.hyphen_at(k)
                && self.is_any(k + 1, &["a", "an", "per"])
                && self.hyphen_at(k + 2)
                && self.glued(k + 3)
            {
                if let Some(p) = self.info(k + 3).period.filter(|p| !p.adverb)
                {
                    return Some((p.period, k + 4));
                }
            }
        }
        None
    }
}

/// Comparatives a fraction may measure: "a third higher".
const COMPARATIVES: &[&str] = &[
    "higher", "lower", "larger", "smaller", "bigger", "greater", "cheaper",
    "faster", "slower", "longer", "shorter", "fewer",
];

fn scale(v: Value, factor: f64) -> Value {
    match v {
        Value::Exact(x) => Value::Exact(clean(x * factor)),
        Value::Range(a, b) => {
            Value::Range(clean(a * factor), clean(b * factor))
        }
        Value::AtLeast(x) => Value::AtLeast(clean(x * factor)),
        Value::Unknown => Value::Unknown,
    }
}

fn negate(v: Value) -> Value {
    match v {
        Value::Exact(x) => Value::Exact(-x),
        Value::Range(a, b) => Value::Range(-b, -a),
        other => other,
    }
}

/// How many months a unit of years is (`None` for other units).
fn months_in(unit: &Unit) -> Option<f64> {
    match unit.name.as_str() {
        "month" => Some(1.0),
        "year" => Some(12.0),
        "decade" => Some(120.0),
        "century" => Some(1200.0),
        _ => None,
    }
}

/// Where a spelled-out number had its last "and": the value before it,
/// the token, and the scale a fraction after it is of ("two million and
/// one half").
type LastAnd = (f64, usize, f64);

/// Prepositions after which a label in lower case still names: "on day
/// 3", "under article 5".
const LABEL_PREPOSITIONS: &[&str] = &[
    "on", "in", "by", "at", "from", "until", "till", "since", "after",
    "before", "of", "to", "under", "through", "into", "during",
];

/// Verbs after which a bare number is one to call or text.
const PHONE_VERBS: &[&str] = &[
    "call", "calls", "calling", "called", "dial", "dials", "dialling",
    "dialing", "dialled", "dialed", "text", "texting", "ring",
];

/// The scale of an earthquake, the one unit also written before its
/// number ("magnitude 6.1").
const MAGNITUDE: &str = "magnitude";

/// Ways of writing a dozen.
const DOZEN: &[&str] = &["dozen", "dozens", "dz", "dzs", "doz", "dozs"];

/// Rounds away the binary noise of `1.1 * 1e6`.
fn clean(v: f64) -> f64 {
    if v.abs() >= 1.0 && v.is_finite() {
        let r = (v * 1e6).round() / 1e6;
        if (r - v).abs() <= 1e-9 * v.abs() {
            r
        } else {
            v
        }
    } else {
        v
    }
}

fn is_day_half(w: &str) -> bool {
    with_lowercase(w, |w| matches!(w, "am" | "pm" | "a" | "p"))
}

fn is_ordinal_suffix(w: &str) -> bool {
    with_lowercase(w, |w| matches!(w, "st" | "nd" | "rd" | "th"))
}

fn is_determiner(w: &str) -> bool {
    with_lowercase(w, |w| {
        matches!(
            w,
            "the"
                | "all"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
                | "those"
                | "these"
                | "a"
                | "an"
                | "your"
                | "my"
        )
    })
}

/// The singular of a counted noun, for the `unit` field: `soldiers` ->
/// `soldier`, `casualties` -> `casualty`.
pub(crate) fn lemma(lex: &Lexicons, word: &str) -> String {
    let mut w = word.to_lowercase();
    if men_plural(&w) {
        // "gunmen" -> "gunman"
        w.replace_range(w.len() - 2..w.len() - 1, "a");
        return w;
    }
    let irregular = [
        ("lives", "life"),
        ("feet", "foot"),
        ("mice", "mouse"),
        ("species", "species"),
        ("series", "series"),
    ];
    if let Some(&(_, s)) = irregular.iter().find(|(p, _)| *p == w) {
        return s.to_string();
    }
    // Alone or at the end of a compound: "schoolchildren", "townspeople".
    for (p, s) in [("children", "child"), ("people", "person")] {
        if let Some(head) = w.strip_suffix(p) {
            return format!("{head}{s}");
        }
    }
    // Singulars in "-s" take "-es": "buses", "viruses", "ibises" (but
    // "houses", "bases", "abuses" drop only the "s").
    if let Some(single) =
        w.strip_suffix("es").filter(|s| lex.entry(s).word.singular_in_s)
    {
        return single.to_string();
    }
    if w.len() >= 5 && w.ends_with("ies") {
        // "casualties" -> "casualty"
        w.truncate(w.len() - 3);
        w.push('y');
    } else if ["sses", "shes", "ches", "xes"].iter().any(|s| w.ends_with(s)) {
        w.truncate(w.len() - 2);
    } else if w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        // "crisis", but a people's name in "-i": "Israelis", "Yemenis".
        && (!w.ends_with("is")
            || word.starts_with(char::is_uppercase)
                && word.chars().any(char::is_lowercase))
        && w.len() > 3
    {
        w.pop();
    }
    w
}

/// A plural in "-men" ("men", "women", "gunmen", "policemen"), not a
/// singular that ends so ("specimen", "abdomen"). Lower case.
fn men_plural(w: &str) -> bool {
    w.ends_with("men")
        && !matches!(
            w,
            "specimen"
                | "regimen"
                | "abdomen"
                | "omen"
                | "amen"
                | "hymen"
                | "stamen"
                | "acumen"
                | "albumen"
                | "bitumen"
                | "semen"
                | "lumen"
                | "ramen"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lemmas() {
        let lex = Lexicons::new();
        let lemma = |w| lemma(&lex, w);
        assert_eq!(lemma("gunmen"), "gunman");
        assert_eq!(lemma("women"), "woman");
        assert_eq!(lemma("specimens"), "specimen");
        assert_eq!(lemma("soldiers"), "soldier");
        assert_eq!(lemma("casualties"), "casualty");
        assert_eq!(lemma("troops"), "troop");
        assert_eq!(lemma("people"), "person");
        assert_eq!(lemma("crisis"), "crisis");
        assert_eq!(lemma("schoolchildren"), "schoolchild");
        assert_eq!(lemma("species"), "species");
        assert_eq!(lemma("olives"), "olive");
        assert_eq!(lemma("buses"), "bus");
        assert_eq!(lemma("ibises"), "ibis");
        assert_eq!(lemma("houses"), "house");
        assert_eq!(lemma("abuses"), "abuse");
        assert_eq!(lemma("Israelis"), "israeli");
        assert_eq!(lemma("ISIS"), "isis");
        assert_eq!(lemma("crisis"), "crisis");
    }
}
