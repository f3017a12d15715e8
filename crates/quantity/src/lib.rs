//! Finds the quantities in news text that a fact-checker would check.
//!
//! For each number expression — digits (`25,000`, `1.1 million`,
//! `$2.5bn`), spelled-out numbers (`nine`, `twenty-five thousand`,
//! `a dozen`), vague magnitudes (`thousands`), ranges (`20,000 to
//! 25,000`) — the [`QuantityTagger`] gives a [`Quantity`] with its
//! normalized [`Value`], its [`QuantityKind`] (count, percent, money,
//! duration, year, ...), the hedge the writer put before it (`up to`,
//! `an estimated`), the noun it counts (`soldiers killed`) and the period
//! when it is a rate (`a month`, `every day`).
//!
//! A change is no range: "raised tariffs from 25% to 50%" gives 25% and
//! 50%, two quantities, where "estimates run from 5% to 7%" gives one.
//!
//! Years stand apart from counts (`in 1979` is a year, not 1,979 of
//! something), and numbers that name rather than count (`F-16`,
//! `Covid-19`, times of day) are left out.
//!
//! The word lists it reads — scale words, units, currencies, hedges,
//! periods, the words that end a counted noun — are plain text under
//! `data/lexicons/`, compiled in.
//!
//! # Example
//!
//! ```
//! use factmark_core::{Bound, Period, QuantityKind, Sentence, Span, Value};
//! use factmark_quantity::QuantityTagger;
//!
//! let text = "Russia is losing up to 25,000 soldiers killed a month.";
//! let sentence = Sentence {
//!     span: Span::new(0, text.len()),
//!     kind: Default::default(),
//!     paragraph: 0,
//! };
//! let quantities = QuantityTagger::new().tag(text, &[sentence]);
//! let q = &quantities[0];
//! assert_eq!(&text[q.span], "25,000");
//! assert_eq!(q.kind, QuantityKind::Count);
//! assert_eq!(q.value, Value::Exact(25000.0));
//! assert_eq!(q.hedge.map(|h| h.bound), Some(Bound::UpperBound));
//! assert_eq!(q.counted.map(|c| &text[c]), Some("soldiers killed"));
//! assert_eq!(q.per, Some(Period::Month));
//! assert_eq!(&text[q.full], "up to 25,000 soldiers killed a month");
//! ```

#![deny(missing_docs)]

mod grammar;
mod lexicons;

use factmark_core::token::{has_number, tokenize, Class, Token};
use factmark_core::words::{WordFinder, WordMatch};
use factmark_core::{Quantity, QuantityKind, Sentence};

use crate::grammar::{Parser, Step};
use crate::lexicons::{is_article_word, Lexicons, Trigger};

/// Finds quantities in sentences.
///
/// Building one compiles the word lists; build it once and share it (it
/// is `Send + Sync`).
#[derive(Clone, Debug)]
pub struct QuantityTagger {
    lex: Lexicons,
    /// Finds the words that can begin a spelled-out quantity in one pass
    /// over the text; numbers in digits are found by the tokenizer.
    candidates: WordFinder,
    /// Why each of the finder's words is a candidate, by index.
    triggers: Vec<Trigger>,
}

impl Default for QuantityTagger {
    fn default() -> QuantityTagger {
        QuantityTagger::new()
    }
}

impl QuantityTagger {
    /// Creates a tagger with the word lists of `data/lexicons/`.
    pub fn new() -> QuantityTagger {
        let lex = Lexicons::new();
        let (patterns, triggers): (Vec<String>, Vec<Trigger>) =
            lex.trigger_words().into_iter().unzip();
        let candidates = WordFinder::new(&patterns);
        QuantityTagger { lex, candidates, triggers }
    }

    /// Returns the quantities in `sentences` of `text`, in text order.
    pub fn tag(&self, text: &str, sentences: &[Sentence]) -> Vec<Quantity> {
        let mut found = Vec::new();
        self.candidates.find_all(text, &mut found);
        self.tag_with(text, sentences, &found)
    }

    /// The finder of the words a spelled-out quantity can begin with.
    pub fn finder(&self) -> &WordFinder {
        &self.candidates
    }

    /// [`QuantityTagger::tag`], given what [`QuantityTagger::finder`]
    /// finds in `text` (every hit, in text order): how a caller that runs
    /// several stages' finders in one pass
    /// ([`MultiFinder`](factmark_core::words::MultiFinder)) spares the
    /// tagger its own.
    pub fn tag_with(
        &self,
        text: &str,
        sentences: &[Sentence],
        found: &[WordMatch],
    ) -> Vec<Quantity> {
        let mut out = Vec::new();
        let mut tokens = Vec::new();
        let mut starts = Vec::new();
        let mut cache = Vec::new();
        let bytes = text.as_bytes();
        let mut hits = found.iter().filter(|m: &&WordMatch| {
            self.triggers[m.word] == Trigger::Alone
                || after_article_word(bytes, m.start)
        });
        let mut next = hits.next();
        for (index, sentence) in sentences.iter().enumerate() {
            starts.clear();
            while let Some(m) = next.filter(|m| m.start < sentence.span.end) {
                if m.start >= sentence.span.start {
                    starts.push(m.start);
                }
                next = hits.next();
            }
            if starts.is_empty() && !has_number(&text[sentence.span.range()]) {
                continue;
            }
            tokens.clear();
            tokenize(text, sentence.span, &mut tokens);
            let mut parser =
                Parser::new(text, &tokens, &self.lex, index, &mut cache);
            let mut floor = 0;
            let first = out.len();
            let mut words = starts.iter().peekable();
            for (t, token) in tokens.iter().enumerate() {
                // A candidate is a number, or a word the finder found.
                let word =
                    words.peek().is_some_and(|&&at| at == token.span.start);
                if word {
                    words.next();
                }
                while words.peek().is_some_and(|&&at| at < token.span.start) {
                    words.next();
                }
                if t < floor || !(word || token.class == Class::Number) {
                    continue;
                }
                match parser.step(floor, t) {
                    Step::Found(mut q, end) => {
                        if stands_in(&q) || elided(text, &tokens, &q) {
                            q.unit =
                                counted_before(text, &out[first..]).or(q.unit);
                        } else if q.unit.is_none() && q.counted.is_none() {
                            q.unit = toll_before(text, &tokens, &q);
                        }
                        parser.counts_before |= matches!(
                            q.kind,
                            QuantityKind::Count | QuantityKind::Vague
                        );
                        out.push(q);
                        floor = end;
                    }
                    Step::Skip(end) => floor = end,
                    Step::Nothing => {}
                }
            }
        }
        out
    }
}

/// The unit of a count of "others", until the sentence says what they
/// are.
pub(crate) const OTHERS: &str = "other";

/// Counted words that stand for a noun named before them: "19 others",
/// "five of them".
const STAND_INS: &[&str] = &[OTHERS, "them", "those", "these", "whom"];

/// Whether `q` counts a stand-in for a noun named before ([`STAND_INS`]).
fn stands_in(q: &Quantity) -> bool {
    q.unit.as_deref().is_some_and(|u| STAND_INS.contains(&u))
}

/// The words after a count whose noun is left out: "Seven people are
/// killed and two are injured", "three remain missing".
const AFTER_ELIDED: &[&str] = &[
    "are", "were", "was", "is", "remain", "remained", "remains", "have",
    "had", "died", "survived",
];

/// Whether `q` is a count with its noun left out: a verb right after it
/// ([`AFTER_ELIDED`]), or "including" before it.
fn elided(text: &str, tokens: &[Token], q: &Quantity) -> bool {
    if q.kind != QuantityKind::Count || q.unit.is_some() || q.counted.is_some()
    {
        return false;
    }
    // "Three children under the age of four are": an age, not a count.
    let at = tokens.partition_point(|t| t.span.start < q.full.start);
    let before = at.checked_sub(1).map(|p| &text[tokens[p].span]);
    if before == Some("of") {
        return false;
    }
    // "three tankers, including two from Iran": a part of a count named
    // before.
    if before == Some("including") {
        return true;
    }
    let next = tokens.partition_point(|t| t.span.start < q.full.end);
    tokens.get(next).is_some_and(|t| {
        t.class == Class::Word
            && AFTER_ELIDED
                .iter()
                .any(|w| text[t.span].eq_ignore_ascii_case(w))
    })
}

/// What a count with no noun of its own counts, "19 others", "five of
/// them", "two are injured": the unit of the last count or vague
/// magnitude before it in the sentence (`quantities`), if it has one.
/// Not one in an aside ("Fifteen people are killed, including two
/// children, and thirteen others are injured": the others are people).
fn counted_before(text: &str, quantities: &[Quantity]) -> Option<String> {
    quantities
        .iter()
        .rev()
        .filter(|q| {
            // A noun the text wrote: not a toll's ("the toll rises to 142,
            // with 127 others missing": the others are not deaths).
            matches!(q.kind, QuantityKind::Count | QuantityKind::Vague)
                && (q.counted.is_some() || q.unit.is_none())
                // Not a noun a number makes an adjective of ("a
                // nine-vehicle pile-up ... injures eight others").
                && !q.counted.is_some_and(|c| text[..c.start].ends_with('-'))
                && !text[..q.full.start]
                    .trim_end()
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.eq_ignore_ascii_case("including"))
        })
        .find_map(|q| q.unit.clone().filter(|u| !STAND_INS.contains(&&**u)))
}

/// What a toll counts: "death toll", "casualty toll".
const TOLLS: &[&str] = &["death", "casualty", "injury", "fatality"];

/// What a bare count after "to" or "at" counts when the sentence gives
/// a toll before it ([`TOLLS`]): "The death toll from the floods rises
/// to 16" counts deaths.
fn toll_before(text: &str, tokens: &[Token], q: &Quantity) -> Option<String> {
    if q.kind != QuantityKind::Count {
        return None;
    }
    let at = tokens.partition_point(|t| t.span.start < q.full.start);
    let word_before = tokens.get(at.checked_sub(1)?)?;
    if !matches!(&text[word_before.span], "to" | "at") {
        return None;
    }
    let toll = tokens[..at].iter().rposition(|t| &text[t.span] == "toll")?;
    // The toll's own number, not one after another ("the toll rises to
    // 50 and the injury count to 1,205").
    let before = &tokens[toll..at - 1];
    if before
        .windows(2)
        .any(|w| &text[w[0].span] == "to" && w[1].class == Class::Number)
    {
        return None;
    }
    let noun = &text[tokens.get(toll.checked_sub(1)?)?.span];
    TOLLS.iter().find(|&&t| t == noun).map(|t| t.to_string())
}

/// The word before byte `at` may be one of the article words (see
/// [`is_article_word`]), with
/// spaces or a hyphen between ("a year", "full-day"). Anything this byte
/// check cannot read (a non-ASCII space or letter) counts as "may be": the
/// grammar decides on the tokens.
fn after_article_word(bytes: &[u8], at: usize) -> bool {
    let mut end = at;
    while end > 0 && bytes[end - 1].is_ascii_whitespace() {
        end -= 1;
    }
    if end == at && end > 0 && bytes[end - 1] == b'-' {
        end -= 1;
    }
    if end > 0 && !bytes[end - 1].is_ascii() {
        return true;
    }
    let mut start = end;
    while start > 0 && bytes[start - 1].is_ascii_alphabetic() {
        start -= 1;
    }
    if start > 0 && !bytes[start - 1].is_ascii() {
        return true;
    }
    let word = &bytes[start..end];
    is_article_word(word)
}

#[cfg(test)]
mod tests {
    use super::after_article_word;

    #[test]
    fn article_words_before_a_duration_unit() {
        let at = |text: &str| after_article_word(text.as_bytes(), text.len());
        assert!(at("more than a "));
        assert!(at("for An  "));
        assert!(at("another\n"));
        assert!(at("a full-"));
        assert!(!at(""));
        assert!(!at("-"));
        assert!(!at("last "));
        assert!(!at("the "));
        assert!(!at("banana "));
        // What bytes cannot read, the grammar decides.
        assert!(at("un\u{a0}"));
        assert!(at("café "));
    }
}
