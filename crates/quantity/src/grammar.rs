//! The grammar of quantity expressions, over the tokens of one sentence.
//!
//! A quantity is read left to right: an optional hedge, the number
//! expression (currency, number, scale, range, percent sign or unit), then
//! the counted noun and the rate period. Each step only looks at the
//! tokens next to the number, so a sentence costs little more than its
//! tokenization.

use factmark_core::lexicon::with_lowercase;
use factmark_core::{Hedge, Period, Quantity, QuantityKind, Span, Value};

use crate::lexicons::{Lexicons, UnitKind};
use factmark_core::token::{number_value, Class, Token};

/// A number expression: tokens `start..end` and what they mean.
#[derive(Clone, Debug)]
struct Expr {
    start: usize,
    end: usize,
    value: Value,
    kind: QuantityKind,
    unit: Option<String>,
}

/// A bare number: tokens `start..end`, its value and how it was written.
#[derive(Clone, Copy, Debug)]
struct Num {
    start: usize,
    end: usize,
    value: f64,
    /// Written in digits, with no grouping, decimal or scale: a year
    /// candidate.
    plain_integer: bool,
    /// A vague magnitude; `value` is its lower bound.
    vague: bool,
    /// A scale word multiplied it (`1.1 million`).
    scaled: bool,
    /// The factor the scale words gave (1 when unscaled).
    factor: f64,
    /// Spelled out as the single word `one`, or `a`/`an` with a unit.
    weak: bool,
}

pub(crate) struct Parser<'a> {
    text: &'a str,
    toks: &'a [Token],
    lex: &'a Lexicons,
    sentence: usize,
}

impl<'a> Parser<'a> {
    pub(crate) fn new(
        text: &'a str,
        toks: &'a [Token],
        lex: &'a Lexicons,
        sentence: usize,
    ) -> Parser<'a> {
        Parser { text, toks, lex, sentence }
    }

    /// Appends the quantities of the sentence to `out`.
    pub(crate) fn parse(&self, out: &mut Vec<Quantity>) {
        let mut i = 0;
        while i < self.toks.len() {
            if let Some(next) = self.identifier_at(i) {
                i = next;
                continue;
            }
            match self.quantity_at(i) {
                Some((q, next)) => {
                    out.push(q);
                    i = next;
                }
                None => i += 1,
            }
        }
    }

    // ----------------------------------------------------------- tokens

    fn tok(&self, i: usize) -> Option<&Token> {
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

    fn is_word(&self, i: usize, w: &str) -> bool {
        self.word(i).is_some_and(|s| s.eq_ignore_ascii_case(w))
    }

    fn is_punct(&self, i: usize, p: &str) -> bool {
        self.tok(i).is_some_and(|t| t.class == Class::Punct)
            && self.str(i) == p
    }

    /// Token `i` is written against the token before it.
    fn glued(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.space_before)
    }

    fn is_number(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.class == Class::Number)
    }

    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.toks[start].span.start, self.toks[end - 1].span.end)
    }

    /// Lower-case text of tokens `i..i + n`, words joined by one space:
    /// the key of a multi-word lexicon entry.
    fn phrase(&self, i: usize, n: usize) -> Option<String> {
        if i + n > self.toks.len() {
            return None;
        }
        let mut s = String::new();
        for k in i..i + n {
            if k > i && self.toks[k].space_before {
                s.push(' ');
            }
            s.push_str(&self.str(k).to_lowercase());
        }
        Some(s)
    }

    // --------------------------------------------------------- quantity

    fn quantity_at(&self, i: usize) -> Option<(Quantity, usize)> {
        if let Some(r) = self.date_at(i) {
            return Some(r);
        }
        let expr = self.expr_at(i)?;
        let hedge = self.hedge_before(expr.start);
        if expr.kind == QuantityKind::Duration
            && self.is_weak_article(expr.start)
            && hedge.is_none()
            && !self.prev_word_in(expr.start, &["for", "within", "over"])
        {
            return None;
        }
        let mut end = expr.end;
        let counted = match expr.kind {
            QuantityKind::Count | QuantityKind::Vague => {
                self.counted(end, false)
            }
            QuantityKind::Percent => self.counted(end, true),
            _ => None,
        };
        let mut unit = expr.unit.clone();
        if let Some((start, stop, head)) = counted {
            let _ = start;
            end = stop;
            if unit.is_none() {
                unit = Some(lemma(self.str(head)));
            }
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
            if let Some((period, stop)) = self.rate(end) {
                per = Some(period);
                end = stop;
            }
        }
        let first = hedge.map_or(expr.start, |(h, _)| h);
        let full = self.span(first, end.max(expr.end));
        let q = Quantity {
            span: self.span(expr.start, expr.end),
            sentence: self.sentence,
            kind: expr.kind,
            value: expr.value,
            unit,
            hedge: hedge.map(|(h, bound)| Hedge {
                span: self.span(h, expr.start),
                bound,
            }),
            counted: counted.map(|(s, e, _)| self.span(s, e)),
            per,
            full,
        };
        Some((q, end.max(expr.end)))
    }

    /// Numbers that name rather than count: `F-16`, `Covid-19`, `G7`,
    /// `10:30`, `6am`, phone numbers. Returns the token after them.
    fn identifier_at(&self, i: usize) -> Option<usize> {
        if !self.is_number(i) {
            // A word glued to a number after it: "F-16", "G7".
            let is_word = self.tok(i)?.class == Class::Word;
            if is_word && self.is_number(i + 1) && self.glued(i + 1) {
                return Some(self.glued_run_end(i + 1));
            }
            if is_word
                && self.is_punct(i + 1, "-")
                && self.glued(i + 1)
                && self.is_number(i + 2)
                && self.glued(i + 2)
            {
                return Some(self.glued_run_end(i + 2));
            }
            return None;
        }
        // Times of day: "10:30", "6am", "6 a.m.", "6 p.m".
        if self.is_punct(i + 1, ":")
            && self.is_number(i + 2)
            && self.glued(i + 2)
        {
            let mut end = i + 3;
            if self.word(end).is_some_and(is_day_half) {
                end += 1;
            }
            return Some(self.skip_stops(end));
        }
        if self.word(i + 1).is_some_and(is_day_half) {
            return Some(self.skip_stops(i + 2));
        }
        // Phone numbers and other codes: three or more numbers joined by
        // hyphens or stops without spaces.
        let mut k = i + 1;
        let mut parts = 1;
        while (self.is_punct(k, "-") || self.is_punct(k, "."))
            && self.glued(k)
            && self.is_number(k + 1)
            && self.glued(k + 1)
        {
            parts += 1;
            k += 2;
        }
        if parts >= 3 {
            return Some(k);
        }
        None
    }

    fn glued_run_end(&self, mut i: usize) -> usize {
        i += 1;
        while self.tok(i).is_some_and(|t| !t.space_before)
            && (self.is_number(i)
                || self.tok(i).is_some_and(|t| t.class == Class::Word)
                || self.is_punct(i, "-"))
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

    /// `November 4, 2019`, `4 November 2019`, `May 2024`.
    fn date_at(&self, i: usize) -> Option<(Quantity, usize)> {
        let day = |k: usize| {
            self.is_number(k)
                && self.str(k).len() <= 2
                && number_value(self.str(k))
                    .is_some_and(|d| (1.0..=31.0).contains(&d))
        };
        let year = |k: usize| {
            self.is_number(k)
                && self.str(k).len() == 4
                && number_value(self.str(k))
                    .is_some_and(|y| (1000.0..=2200.0).contains(&y))
        };
        let end;
        if self.word(i).and_then(|w| self.lex.month(w)).is_some() {
            // "May" alone is a word; it needs a day or year after it.
            let mut k = i + 1;
            if self.is_punct(k, ".") && self.glued(k) {
                k += 1;
            }
            if day(k) {
                k += 1;
                if self.word(k).is_some_and(is_ordinal_suffix) && self.glued(k)
                {
                    k += 1;
                }
                if self.is_punct(k, ",") && year(k + 1) {
                    k += 2;
                } else if year(k) {
                    k += 1;
                }
                end = k;
            } else if year(k) {
                end = k + 1;
            } else {
                return None;
            }
        } else if day(i) {
            let mut k = i + 1;
            if self.word(k).is_some_and(is_ordinal_suffix) && self.glued(k) {
                k += 1;
            }
            if self.is_word(k, "of") {
                k += 1;
            }
            self.word(k).and_then(|w| self.lex.month(w))?;
            k += 1;
            if year(k) {
                k += 1;
            }
            end = k;
        } else {
            return None;
        }
        let span = self.span(i, end);
        let q = Quantity {
            span,
            sentence: self.sentence,
            kind: QuantityKind::Date,
            value: Value::Unknown,
            unit: None,
            hedge: None,
            counted: None,
            per: None,
            full: span,
        };
        Some((q, end))
    }

    // ------------------------------------------------------- expression

    fn expr_at(&self, i: usize) -> Option<Expr> {
        let (currency, num_at) = match self.currency_prefix(i) {
            Some((code, n)) => (Some(code), n),
            None => (None, i),
        };
        let mut start = i;
        let mut lead = None;
        // "between 30 and 40", "from 5% to 7%"
        if currency.is_none()
            && (self.is_word(i, "between") || self.is_word(i, "from"))
        {
            lead = Some(i);
        }
        let first_at = if lead.is_some() { i + 1 } else { num_at };
        let first_cur = match (currency.clone(), lead) {
            (None, Some(_)) => self.currency_prefix(first_at),
            (c, _) => c.map(|c| (c, num_at)),
        };
        let (currency, num_at) = match first_cur {
            Some((c, n)) => (Some(c), n),
            None => (currency, first_at),
        };
        let num = self.number_at(num_at)?;
        if num.weak && currency.is_none() && lead.is_none() {
            // "one" and "a" count only before a unit, scale or currency.
            let unit = self.unit_at(num.end);
            if unit.is_none()
                && self.hedge_before(num.start).is_none()
                && !self.is_percent_at(num.end)
            {
                return None;
            }
        }
        let mut expr = self.suffix(num, currency.clone());
        // Ranges.
        let sep = expr.end;
        let joins =
            |w: &str| match lead.map(|l| self.str(l).to_ascii_lowercase()) {
                Some(ref l) if l == "between" => w.eq_ignore_ascii_case("and"),
                Some(_) => w.eq_ignore_ascii_case("to"),
                None => w.eq_ignore_ascii_case("to"),
            };
        let dash = self.tok(sep).is_some_and(|t| t.class == Class::Punct)
            && matches!(self.str(sep), "-" | "–" | "—");
        let sep_ok =
            self.word(sep).is_some_and(joins) || (dash && lead.is_none());
        if sep_ok {
            let second_cur = self.currency_prefix(sep + 1);
            let second_at = second_cur.as_ref().map_or(sep + 1, |&(_, n)| n);
            if let Some(second) = self.number_at(second_at) {
                let cur = second_cur.map(|(c, _)| c).or(currency.clone());
                let hi = self.suffix(second, cur);
                let mut lo = expr.value_f64();
                let hi_v = hi.value_f64();
                // "20 to 25 million": the scale of the second applies to
                // the first.
                if second.scaled && !num.scaled && lo * second.factor <= hi_v {
                    lo = clean(lo * second.factor);
                }
                let kind = if hi.kind != QuantityKind::Count {
                    hi.kind
                } else {
                    expr.kind
                };
                if kind == QuantityKind::Year
                    || expr.kind == QuantityKind::Year
                {
                    expr = Expr {
                        start: expr.start,
                        end: hi.end,
                        value: Value::Range(lo, hi_v),
                        kind: QuantityKind::Year,
                        unit: None,
                    };
                } else {
                    expr = Expr {
                        start: expr.start,
                        end: hi.end,
                        value: Value::Range(lo, hi_v),
                        kind,
                        unit: hi.unit.or(expr.unit),
                    };
                }
            }
        }
        if let Some(l) = lead {
            if matches!(expr.value, Value::Range(..)) {
                start = l;
            } else {
                return None;
            }
        } else {
            start = start.min(expr.start);
        }
        expr.start = start;
        Some(expr)
    }

    /// What follows a number: a percent sign, a currency name or a unit;
    /// or nothing, and then the number may be a year.
    fn suffix(&self, num: Num, currency: Option<String>) -> Expr {
        let mut end = num.end;
        let value = if num.vague {
            Value::AtLeast(num.value)
        } else {
            Value::Exact(num.value)
        };
        let start = if currency.is_some() {
            self.currency_start(num.start)
        } else {
            num.start
        };
        if let Some(n) = self.percent_len(end) {
            let unit = if self.is_word(end, "percentage") {
                "percentage point"
            } else {
                "percent"
            };
            end += n;
            return Expr {
                start,
                end,
                value,
                kind: QuantityKind::Percent,
                unit: Some(unit.into()),
            };
        }
        if let Some(code) = currency {
            // "$5 billion dollars" is rare; a trailing code is not.
            if let Some((_, n)) = self.currency_name(end) {
                end += n;
            }
            return Expr {
                start,
                end,
                value,
                kind: QuantityKind::Money,
                unit: Some(code),
            };
        }
        if let Some((code, n)) = self.currency_name(end) {
            let (value, code) = cents(value, code);
            return Expr {
                start,
                end: end + n,
                value,
                kind: QuantityKind::Money,
                unit: Some(code),
            };
        }
        if let Some((unit, kind, n)) = self.unit_at(end) {
            end += n;
            let kind = match kind {
                UnitKind::Duration => QuantityKind::Duration,
                UnitKind::Measure => QuantityKind::Measure,
            };
            let mut value = value;
            // "an hour and a half", "two years and a half"
            if self.is_word(end, "and")
                && (self.is_word(end + 1, "a") || self.is_word(end + 1, "an"))
                && self.is_word(end + 2, "half")
            {
                if let Value::Exact(v) = value {
                    value = Value::Exact(v + 0.5);
                    end += 3;
                }
            }
            return Expr { start, end, value, kind, unit: Some(unit) };
        }
        if num.vague {
            return Expr {
                start,
                end,
                value,
                kind: QuantityKind::Vague,
                unit: None,
            };
        }
        // Ordinals: "5th", "21st".
        if self.word(end).is_some_and(is_ordinal_suffix) && self.glued(end) {
            return Expr {
                start,
                end: end + 1,
                value,
                kind: QuantityKind::Ordinal,
                unit: None,
            };
        }
        // Decades: "the 1990s".
        if num.plain_integer && self.is_word(end, "s") && self.glued(end) {
            return Expr {
                start,
                end: end + 1,
                value,
                kind: QuantityKind::Year,
                unit: None,
            };
        }
        if num.plain_integer
            && (1000.0..=2100.0).contains(&num.value)
            && self.str(num.start).len() == 4
            && self.is_year_context(num)
        {
            return Expr {
                start,
                end,
                value,
                kind: QuantityKind::Year,
                unit: None,
            };
        }
        Expr { start, end, value, kind: QuantityKind::Count, unit: None }
    }

    /// A four-digit number is a year unless a hedge comes before it or it
    /// is a round number counting a plural noun (`2000 people`).
    fn is_year_context(&self, num: Num) -> bool {
        if self.hedge_before(num.start).is_some() {
            return false;
        }
        let round = num.value % 100.0 == 0.0;
        let plural_next = self.word(num.end).is_some_and(|w| {
            w.ends_with('s')
                && w.chars().next().is_some_and(char::is_lowercase)
        });
        !(round && plural_next)
    }

    // ----------------------------------------------------------- number

    fn number_at(&self, i: usize) -> Option<Num> {
        if self.is_number(i) {
            return self.digits_at(i);
        }
        // Negative numbers: "-5", "−5".
        if (self.is_punct(i, "-") || self.is_punct(i, "−"))
            && self.is_number(i + 1)
            && self.glued(i + 1)
            && !self.glued(i)
        {
            let mut n = self.digits_at(i + 1)?;
            n.start = i;
            n.value = -n.value;
            n.plain_integer = false;
            return Some(n);
        }
        self.words_at(i).or_else(|| self.vague_at(i))
    }

    fn digits_at(&self, i: usize) -> Option<Num> {
        let s = self.str(i);
        let mut value = number_value(s)?;
        let mut end = i + 1;
        let plain = s.bytes().all(|b| b.is_ascii_digit());
        // Fractions: "1/2" (but not dates "1/2/2020").
        if self.is_punct(end, "/")
            && self.glued(end)
            && self.is_number(end + 1)
            && self.glued(end + 1)
        {
            if self.is_punct(end + 2, "/") && self.glued(end + 2) {
                return None;
            }
            let d = number_value(self.str(end + 1))?;
            if d != 0.0 {
                value /= d;
                end += 2;
                return Some(Num {
                    start: i,
                    end,
                    value,
                    plain_integer: false,
                    vague: false,
                    scaled: false,
                    factor: 1.0,
                    weak: false,
                });
            }
        }
        let mut scaled = false;
        let mut factor = 1.0;
        if let Some(w) = self.word(end) {
            if let Some(scale) = self.lex.scale(w) {
                let attached = self.glued(end);
                let after_currency = i > 0
                    && self.currency_prefix(self.currency_start(i)).is_some();
                if attached
                    || !scale.attached_only
                    || (after_currency && !self.toks[end].space_before)
                {
                    factor = scale.factor;
                    end += 1;
                    scaled = true;
                    // "1.5 thousand million"
                    if let Some(s2) =
                        self.word(end).and_then(|w| self.lex.scale(w))
                    {
                        if !s2.attached_only {
                            factor *= s2.factor;
                            end += 1;
                        }
                    }
                    value *= factor;
                }
            }
        }
        Some(Num {
            start: i,
            end,
            value: clean(value),
            plain_integer: plain && !scaled,
            vague: false,
            scaled,
            factor,
            weak: false,
        })
    }

    /// Spelled-out numbers: `nine`, `twenty-five thousand`, `one hundred
    /// and six`, `a dozen`, `two-thirds`, `half`, `a million`.
    fn words_at(&self, i: usize) -> Option<Num> {
        let mut total = 0.0;
        let mut current = 0.0;
        let mut any = false;
        let mut article = false;
        let mut scaled = false;
        let mut factor = 1.0;
        let mut j = i;
        let mut last_end = i;
        while let Some(w) = self.word(j) {
            if let Some(v) = self.lex.number(w) {
                if any && current % 10.0 != 0.0 && current < 100.0 {
                    break;
                }
                current += v;
                any = true;
                j += 1;
                // "twenty-five", "twenty five"
                if (20.0..100.0).contains(&v) {
                    let hyphen = self.is_punct(j, "-")
                        && self.glued(j)
                        && self.glued(j + 1);
                    let k = if hyphen { j + 1 } else { j };
                    if let Some(u) =
                        self.word(k).and_then(|w| self.lex.number(w))
                    {
                        if u < 10.0 {
                            current += u;
                            j = k + 1;
                        }
                    }
                }
                last_end = j;
                // "two-thirds", "three quarters"
                let hyphen = self.is_punct(j, "-")
                    && self.glued(j)
                    && self.glued(j + 1);
                let k = if hyphen { j + 1 } else { j };
                if let Some(f) =
                    self.word(k).and_then(|w| self.lex.fraction(w))
                {
                    if !self.is_word(k, "second") {
                        let value = (total + current) * f;
                        return Some(Num {
                            start: i,
                            end: k + 1,
                            value: clean(value),
                            plain_integer: false,
                            vague: false,
                            scaled: false,
                            factor: 1.0,
                            weak: false,
                        });
                    }
                }
                continue;
            }
            let lower = w.to_ascii_lowercase();
            match lower.as_str() {
                "a" | "an" if !any => {
                    // "a hundred", "a dozen", "a million", "a third"
                    let next = self.word(j + 1).map(str::to_ascii_lowercase);
                    match next.as_deref() {
                        Some("hundred" | "dozen") => {}
                        Some(n)
                            if self
                                .lex
                                .scale(n)
                                .is_some_and(|s| !s.attached_only) => {}
                        Some(n)
                            if self.lex.fraction(n).is_some()
                                && n != "second"
                                && n != "fourth" =>
                        {
                            let f = self.lex.fraction(n)?;
                            return Some(Num {
                                start: i,
                                end: j + 2,
                                value: f,
                                plain_integer: false,
                                vague: false,
                                scaled: false,
                                factor: 1.0,
                                weak: false,
                            });
                        }
                        Some(n)
                            if self.lex.units.get(n).is_some_and(|u| {
                                u.kind == UnitKind::Duration
                            }) =>
                        {
                            return Some(Num {
                                start: i,
                                end: j + 1,
                                value: 1.0,
                                plain_integer: false,
                                vague: false,
                                scaled: false,
                                factor: 1.0,
                                weak: true,
                            });
                        }
                        _ => break,
                    }
                    current = 1.0;
                    any = true;
                    article = true;
                    j += 1;
                }
                "hundred" if any => {
                    current = current.max(1.0) * 100.0;
                    j += 1;
                    last_end = j;
                }
                "dozen" if any => {
                    current = current.max(1.0) * 12.0;
                    j += 1;
                    last_end = j;
                }
                "and" if any && (current >= 100.0 || total > 0.0) => {
                    if self
                        .word(j + 1)
                        .and_then(|w| self.lex.number(w))
                        .is_some()
                    {
                        j += 1;
                    } else if (self.is_word(j + 1, "a")
                        || self.is_word(j + 1, "an"))
                        && self.is_word(j + 2, "half")
                    {
                        current += 0.5;
                        j += 3;
                        last_end = j;
                    } else {
                        break;
                    }
                }
                "half" if !any => {
                    // "half of the", "half a million"
                    if let Some(s) = self
                        .word(j + 1)
                        .and_then(|w| {
                            if w == "a" || w == "an" {
                                self.word(j + 2)
                            } else {
                                None
                            }
                        })
                        .and_then(|w| self.lex.scale(w))
                    {
                        if !s.attached_only {
                            return Some(Num {
                                start: i,
                                end: j + 3,
                                value: 0.5 * s.factor,
                                plain_integer: false,
                                vague: false,
                                scaled: true,
                                factor: s.factor,
                                weak: false,
                            });
                        }
                    }
                    return Some(Num {
                        start: i,
                        end: j + 1,
                        value: 0.5,
                        plain_integer: false,
                        vague: false,
                        scaled: false,
                        factor: 1.0,
                        weak: false,
                    });
                }
                _ => {
                    if any {
                        if let Some(s) =
                            self.lex.scale(&lower).filter(|s| !s.attached_only)
                        {
                            total += current.max(1.0) * s.factor;
                            current = 0.0;
                            scaled = true;
                            factor = s.factor;
                            j += 1;
                            last_end = j;
                            continue;
                        }
                    }
                    break;
                }
            }
        }
        if !any || last_end == i {
            return None;
        }
        let value = total + current;
        let single = last_end == i + 1;
        let weak = single && (value == 1.0 || article);
        Some(Num {
            start: i,
            end: last_end,
            value: clean(value),
            plain_integer: false,
            vague: false,
            scaled,
            factor,
            weak,
        })
    }

    /// Vague magnitudes: `thousands`, `tens of thousands`, `dozens`,
    /// `several hundred`, `a few thousand`.
    fn vague_at(&self, i: usize) -> Option<Num> {
        let w = self.word(i)?;
        if let Some(lb) = self.lex.vague(w) {
            // "tens of thousands", "hundreds of millions"
            if self.is_word(i + 1, "of") {
                if let Some(lb2) =
                    self.word(i + 2).and_then(|w| self.lex.vague(w))
                {
                    return Some(Num {
                        start: i,
                        end: i + 3,
                        value: lb * lb2 / 2.0,
                        plain_integer: false,
                        vague: true,
                        scaled: false,
                        factor: 1.0,
                        weak: false,
                    });
                }
            }
            if w.eq_ignore_ascii_case("tens")
                || w.eq_ignore_ascii_case("scores")
            {
                return None;
            }
            return Some(Num {
                start: i,
                end: i + 1,
                value: lb,
                plain_integer: false,
                vague: true,
                scaled: false,
                factor: 1.0,
                weak: false,
            });
        }
        let (few, next) = if w.eq_ignore_ascii_case("several") {
            (3.0, i + 1)
        } else if w.eq_ignore_ascii_case("a") && self.is_word(i + 1, "few") {
            (2.0, i + 2)
        } else {
            return None;
        };
        let s = self.word(next)?;
        let factor = if s.eq_ignore_ascii_case("hundred") {
            100.0
        } else {
            self.lex.scale(s).filter(|s| !s.attached_only)?.factor
        };
        Some(Num {
            start: i,
            end: next + 1,
            value: few * factor,
            plain_integer: false,
            vague: true,
            scaled: true,
            factor,
            weak: false,
        })
    }

    // ------------------------------------------------ currency and units

    /// A currency symbol or code at `i` (`$`, `US$`, `£`, `USD`) followed
    /// by a number: returns its code and where the number starts.
    fn currency_prefix(&self, i: usize) -> Option<(String, usize)> {
        for n in (1..=2).rev() {
            if n == 2 && !self.glued(i + 1) {
                continue;
            }
            let key = self.phrase(i, n)?;
            if let Some(code) = self.lex.currencies.get(&key) {
                // Names ("dollars") come after numbers, not before.
                let symbol_or_code = key.chars().any(|c| !c.is_alphabetic())
                    || self.str(i + n - 1).chars().all(|c| c.is_uppercase())
                    || matches!(key.as_str(), "rs" | "rm");
                if !symbol_or_code || code.contains('/') {
                    continue;
                }
                let at = i + n;
                if self.is_number(at)
                    || (self.word(at).is_some()
                        && self.lex.number(self.str(at)).is_some())
                {
                    return Some((code.clone(), at));
                }
            }
        }
        None
    }

    /// Where the currency before the number starting at `num` starts.
    fn currency_start(&self, num: usize) -> usize {
        for n in (1..=2).rev() {
            if num >= n {
                if let Some((_, at)) = self.currency_prefix(num - n) {
                    if at == num {
                        return num - n;
                    }
                }
            }
        }
        num
    }

    /// A currency name or code after a number (`rubles`, `USD`): its
    /// code and token count.
    fn currency_name(&self, i: usize) -> Option<(String, usize)> {
        for n in (1..=self.lex.currency_words).rev() {
            let Some(key) = self.phrase(i, n) else { continue };
            if let Some(code) = self.lex.currencies.get(&key) {
                if key.chars().all(char::is_alphabetic) || key.contains(' ') {
                    return Some((code.clone(), n));
                }
            }
        }
        None
    }

    /// A unit at `i`: its canonical name, kind and token count.
    fn unit_at(&self, i: usize) -> Option<(String, UnitKind, usize)> {
        for n in (1..=self.lex.unit_words + 1).rev() {
            let Some(key) = self.phrase(i, n) else { continue };
            if let Some(u) = self.lex.units.get(&key) {
                // One- and two-letter units ("m", "g") only count written
                // against the number or before a non-word.
                if key.len() <= 2
                    && !self.glued(i)
                    && self.word(i + n).is_some()
                    && u.kind == UnitKind::Measure
                {
                    continue;
                }
                return Some((u.name.clone(), u.kind, n));
            }
        }
        None
    }

    fn percent_len(&self, i: usize) -> Option<usize> {
        if self.is_punct(i, "%") {
            return Some(1);
        }
        let w = self.word(i)?.to_ascii_lowercase();
        match w.as_str() {
            "percent" | "pct" | "per-cent" => Some(1),
            "per" if self.is_word(i + 1, "cent") => Some(2),
            "percentage"
                if self.word(i + 1).is_some_and(|w| {
                    w.eq_ignore_ascii_case("points")
                        || w.eq_ignore_ascii_case("point")
                }) =>
            {
                Some(2)
            }
            _ => None,
        }
    }

    fn is_percent_at(&self, i: usize) -> bool {
        self.percent_len(i).is_some()
    }

    // ---------------------------------------------- hedge, counted, rate

    /// The hedge ending right before token `start`: its first token and
    /// what it says.
    fn hedge_before(
        &self,
        start: usize,
    ) -> Option<(usize, factmark_core::Bound)> {
        for n in (1..=self.lex.hedge_words).rev() {
            if start < n {
                continue;
            }
            let h = start - n;
            let Some(key) = self.phrase(h, n) else { continue };
            if let Some(&bound) = self.lex.hedges.get(&key) {
                if (h..start).all(|k| {
                    self.tok(k).is_some_and(|t| t.class == Class::Word)
                        || self.is_punct(k, ".")
                }) {
                    return Some((h, bound));
                }
            }
        }
        None
    }

    fn is_weak_article(&self, i: usize) -> bool {
        self.is_word(i, "a") || self.is_word(i, "an")
    }

    fn prev_word_in(&self, i: usize, words: &[&str]) -> bool {
        i > 0 && words.iter().any(|w| self.is_word(i - 1, w))
    }

    /// The counted noun after token `i`: `soldiers killed`, `battlefield
    /// casualties`, or for a percentage the `of ...` phrase. Returns the
    /// first and end tokens and the head noun.
    fn counted(
        &self,
        i: usize,
        percent: bool,
    ) -> Option<(usize, usize, usize)> {
        let mut start = i;
        let mut j = i;
        if self.is_word(j, "of") {
            if percent {
                j += 1;
            } else {
                // "15,000 of its soldiers": what is counted is the noun.
                j += 1;
                if self.word(j).is_some_and(is_determiner) {
                    j += 1;
                }
                start = j;
            }
            if percent && self.word(j).is_some_and(is_determiner) {
                j += 1;
            }
        }
        let mut words = 0;
        let mut head = None;
        let mut end = None;
        while let Some(w) = self.word(j) {
            if self.lex.is_stopword(w)
                && !(w.eq_ignore_ascii_case("and")
                    && self.word(j + 1).is_some_and(|n| n.ends_with("ed")))
            {
                break;
            }
            if self.lex.period(w).is_some_and(|p| p.adverb)
                || self.lex.month(w).is_some()
            {
                break;
            }
            if words >= 4 {
                break;
            }
            // The head is the last noun before participles: "soldiers"
            // in "soldiers killed and wounded".
            let participle = head.is_some() && w.ends_with("ed");
            if !w.eq_ignore_ascii_case("and") && !participle {
                head = Some(j);
            }
            words += 1;
            j += 1;
            // hyphenated words: "war-torn", "full-time"
            while self.is_punct(j, "-")
                && self.glued(j)
                && self.word(j + 1).is_some()
                && self.glued(j + 1)
            {
                j += 2;
            }
            end = Some(j);
        }
        let end = end?;
        if self.is_word(end - 1, "and") {
            return None;
        }
        let head = head?;
        if percent && start == i && !self.is_word(i, "of") {
            // A percentage counts what it is a percentage of.
            return None;
        }
        Some((start, end, head))
    }

    /// A rate period at or shortly after token `i`: `a month`, `each
    /// month`, `every day`, `per year`, `annually`, or after a short verb
    /// (`are dying each month`). Returns the period and the token after.
    fn rate(&self, i: usize) -> Option<(Period, usize)> {
        for skip in 0..=3 {
            let k = i + skip;
            if skip > 0 {
                let w = self.word(k - 1)?;
                let lower = w.to_ascii_lowercase();
                let verbish = matches!(
                    lower.as_str(),
                    "are" | "is" | "were" | "was" | "being" | "been"
                ) || lower.ends_with("ing")
                    || lower.ends_with("ed");
                if !verbish {
                    return None;
                }
            }
            if let Some(w) = self.word(k) {
                if let Some(p) = self.lex.period(w).filter(|p| p.adverb) {
                    return Some((p.period, k + 1));
                }
                let det = matches!(
                    w.to_ascii_lowercase().as_str(),
                    "a" | "an" | "per" | "each" | "every"
                );
                if det {
                    if let Some(p) = self
                        .word(k + 1)
                        .and_then(|w| self.lex.period(w))
                        .filter(|p| !p.adverb)
                    {
                        return Some((p.period, k + 2));
                    }
                }
            }
            if self.is_punct(k, "/") && self.glued(k) {
                if let Some(p) =
                    self.word(k + 1).and_then(|w| self.lex.period(w))
                {
                    return Some((p.period, k + 2));
                }
            }
        }
        None
    }
}

impl Expr {
    fn value_f64(&self) -> f64 {
        match self.value {
            Value::Exact(v) | Value::AtLeast(v) => v,
            Value::Range(_, hi) => hi,
            Value::Unknown => 0.0,
        }
    }
}

/// Rounds away the binary noise of `1.1 * 1e6`.
fn clean(v: f64) -> f64 {
    if v.abs() >= 1.0 {
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

/// Cents and pence are hundredths of their currency.
fn cents(value: Value, code: String) -> (Value, String) {
    match code.split_once('/') {
        Some((c, _)) => match value {
            Value::Exact(v) => (Value::Exact(clean(v / 100.0)), c.to_string()),
            other => (other, c.to_string()),
        },
        None => (value, code),
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
pub(crate) fn lemma(word: &str) -> String {
    let w = word.to_lowercase();
    let irregular = [
        ("people", "person"),
        ("children", "child"),
        ("men", "man"),
        ("women", "woman"),
        ("lives", "life"),
        ("feet", "foot"),
        ("mice", "mouse"),
    ];
    if let Some(&(_, s)) = irregular.iter().find(|(p, _)| *p == w) {
        return s.to_string();
    }
    if let Some(stem) = w.strip_suffix("ies") {
        if stem.len() >= 2 {
            return format!("{stem}y");
        }
    }
    for suffix in ["sses", "shes", "ches", "xes"] {
        if w.ends_with(suffix) {
            return w[..w.len() - 2].to_string();
        }
    }
    if w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && w.len() > 3
    {
        return w[..w.len() - 1].to_string();
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lemmas() {
        assert_eq!(lemma("soldiers"), "soldier");
        assert_eq!(lemma("casualties"), "casualty");
        assert_eq!(lemma("troops"), "troop");
        assert_eq!(lemma("people"), "person");
        assert_eq!(lemma("buses"), "buse");
        assert_eq!(lemma("crisis"), "crisis");
    }
}
