//! Cues, sources and contents inside one sentence.
//!
//! A cue is a reporting or belief verb (`said`, `told`, `believe`), a
//! phrase such as `according to`, or an agentless passive (`is believed
//! to`). Around each cue the sentence is read for the patterns news writing
//! uses:
//!
//! - a quotation next to the cue: `“...,” Rutte told lawmakers` or
//!   `Nair said: “...”` (direct);
//! - `SOURCE said (that) CLAUSE` and `CLAUSE, SOURCE said` (indirect);
//! - `CLAUSE, according to SOURCE` and `According to SOURCE, CLAUSE`;
//! - a second cue sharing the source: `..., calling it “unsustainable”`;
//! - `is believed to ...`: no source.

use std::cell::OnceCell;
use std::collections::HashSet;

use factmark_core::lexicon::is_possessive;
use factmark_core::token::{Class, Token};
use factmark_core::{AttributionKind, Span};

use crate::lexicons::{
    in_list, is_name_article, Form, Lexicons, NAME_PARTICLES, TIME_OPENERS,
};

/// An attribution found in one sentence, before its source is resolved.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    pub(crate) source: Option<Span>,
    pub(crate) cue: Span,
    pub(crate) content: Span,
    pub(crate) parts: Vec<Span>,
    pub(crate) kind: AttributionKind,
    /// The cue is a belief or estimate verb.
    pub(crate) hedged: bool,
}

/// What kind of cue a token run is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CueKind {
    /// A reporting or belief verb with its subject before or after it.
    Verb { hedged: bool, hypothetical: bool },
    /// `is believed to`: an agentless passive.
    Passive { hedged: bool },
    /// `was estimated by the ministry`: a passive whose agent, after the
    /// `by` at token `by`, is the source.
    PassiveBy { hedged: bool, by: usize },
    /// `according to`.
    According,
    /// A second cue: `, adding that` or `and added that`. It shares the
    /// source of the cue before it, or (a participle after a verb that
    /// reports nothing) takes the sentence's subject.
    Participle { hedged: bool },
}

#[derive(Clone, Copy, Debug)]
struct Cue {
    /// First token (an auxiliary such as `have` in `have said`).
    start: usize,
    /// One past the last token.
    end: usize,
    kind: CueKind,
}

pub(crate) struct Clause<'a> {
    text: &'a str,
    toks: &'a [Token],
    lex: &'a Lexicons,
    /// Quotations of the whole article.
    quotes: &'a [Span],
    sentence: Span,
    /// Tokens where a cue may be (a cue word starts there), in order.
    hits: &'a [usize],
    /// The commas, and the "and"/"but" before a second cue, where a
    /// content stops (see [`Clause::content_end`]), found once for the
    /// sentence when first needed.
    stops: OnceCell<Vec<usize>>,
    /// The first cue verb of the sentence outside quotations.
    first_verb: OnceCell<Option<usize>>,
}

const PRONOUNS: &[&str] =
    &["he", "she", "it", "they", "we", "i", "you", "who"];
/// Pronouns that open a clause as its subject.
const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "we", "i"];
const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];
const AUX: &[&str] = &[
    "has", "have", "had", "will", "would", "could", "may", "might", "should",
    "must", "did", "does", "do", "can",
];
/// Words that open a question or a reported one ("told them how").
const WH: &[&str] = &["how", "what", "why", "when", "where", "who", "if"];
/// Pronouns as objects: the one spoken to ("told him", "to them").
const OBJECTS: &[&str] = &["him", "her", "them", "me", "us"];
/// The parts of a day that end a time ("on Monday morning").
const DAY_PARTS: &[&str] = &["morning", "afternoon", "evening", "night"];
const ADVERBS: &[&str] = &[
    "also",
    "sometimes",
    "previously",
    "reportedly",
    "repeatedly",
    "again",
    "later",
    "earlier",
    "recently",
    "once",
    "then",
    "now",
    "often",
    "publicly",
    "privately",
    "separately",
    "further",
    "already",
    "always",
    "just",
    "yesterday",
    "today",
    "tonight",
    "widely",
];
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his",
    "her", "our", "my", "your", "so", "average",
];
/// Words that open a description, not a name, when capitalized at the
/// start of a subject: articles and possessives.
const DESCRIPTION_OPENERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
    "one", "another",
];
/// Words that open a clause set off after a comma ("..., after talks
/// broke down").
const SUBORDINATORS: &[&str] = &[
    "after",
    "before",
    "as",
    "when",
    "while",
    "because",
    "although",
    "though",
    "despite",
    "amid",
    "following",
    "since",
    "until",
    "unless",
    "whereas",
];
/// Nouns for what was reported, the object of a verb in "denies
/// reports that", "rejects claims that".
const REPORT_NOUNS: &[&str] = &["reports", "claims", "allegations"];
/// Verbs that turn down what was reported without being cues.
const REBUTTALS: &[&str] = &[
    "reject",
    "rejects",
    "rejected",
    "dismiss",
    "dismisses",
    "dismissed",
    "refute",
    "refutes",
    "refuted",
    "dispute",
    "disputes",
    "disputed",
    "contest",
    "contests",
    "contested",
];
/// Conjunctions that set a clause against the one before ("..., while
/// 1,000 remain in custody").
const CONTRASTS: &[&str] = &["while", "whereas", "but", "although", "though"];
/// Subordinators that are only conjunctions: what follows them is a
/// clause ("While one candidate stated ..., little reaches voters").
const CLAUSE_CONJUNCTIONS: &[&str] = &[
    "while", "although", "though", "because", "whereas", "unless", "if",
    "when",
];
/// Participles by which a writer glosses what was reported, after a
/// comma: where a content ends ("announces the revocation of visas, |
/// citing a refusal").
const GLOSSES: &[&str] = &[
    "citing",
    "making",
    "marking",
    "prompting",
    "sparking",
    "triggering",
    "resulting",
    "causing",
    "requiring",
    "pointing",
    "leading",
    "reversing",
    "violating",
    "sending",
    "demanding",
    "accusing",
    "criticizing",
    "criticising",
    "ending",
    "becoming",
    "meaning",
    "raising",
    "drawing",
    "bringing",
];
/// Conjunctions that join a sentence to the one before ("But ...").
const CONJUNCTIONS: &[&str] = &["and", "but", "or", "so", "yet"];
/// Adverbs that link a sentence to the one before ("However",
/// "Meanwhile"), no part of the subject after them.
const CONNECTIVES: &[&str] = &[
    "however",
    "meanwhile",
    "also",
    "still",
    "then",
    "now",
    "thus",
    "moreover",
    "furthermore",
    "nonetheless",
    "nevertheless",
    "instead",
    "indeed",
    "separately",
    "additionally",
];
/// Common irregular past tenses, which end a subject read forwards.
const IRREGULAR_PASTS: &[&str] = &[
    "met", "won", "lost", "sent", "led", "left", "took", "gave", "made",
    "held", "hit", "cut", "put", "set", "beat", "struck", "sought", "fought",
    "brought", "bought", "became", "came", "went", "began", "ran", "saw",
    "wrote", "spoke", "rose", "fell", "chose", "drew", "knew", "threw",
    "kept", "paid", "sold", "spent", "built", "shot", "stood", "broke",
    "froze", "swore", "withdrew", "upheld",
];
/// Prepositions and linking adverbs that open a phrase setting the
/// scene before a sentence's subject ("In May,", "After the vote,",
/// "Meanwhile,").
const SCENE_OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "since",
    "for",
    "with",
    "by",
    "from",
    "under",
    "over",
    "meanwhile",
    "however",
    "amid",
    "despite",
    "following",
    "within",
    "unlike",
    "like",
];
/// The other words that open a phrase fronted before the subject: times
/// and adverbs that qualify what follows ("Earlier,", "Only 10 people
/// came"), and subordinators ("When ...,").
const FRONTED_OTHERS: &[&str] = &[
    "last", "earlier", "later", "also", "still", "yet", "then", "when",
    "while", "as", "if", "although", "though", "until", "whereas", "nearly",
    "almost", "about", "around", "first", "only", "even", "just", "once",
    "instead", "because",
];

/// Returns true if and only if `w` opens a phrase fronted before a
/// sentence's subject: [`SCENE_OPENERS`] and [`FRONTED_OTHERS`].
fn is_fronted(w: &str) -> bool {
    in_list(w, SCENE_OPENERS) || in_list(w, FRONTED_OTHERS)
}
/// Participles that take a passive infinitive right after a noun, with
/// no auxiliary: "gunmen reported to be aligned", "a man believed to
/// have fled".
/// (Only cue verbs are asked; "rumoured" and "understood" report only
/// after "be", see `passive_verbs.txt`.)
const REDUCED_PASSIVES: &[&str] = &[
    "said",
    "reported",
    "found",
    "believed",
    "thought",
    "estimated",
    "alleged",
    "feared",
];
/// Prepositions after which a word in "-s" is a noun ("over fears",
/// "following reports", "responded to claims").
const NOUN_PREPOSITIONS: &[&str] = &[
    "into",
    "before",
    "under",
    "over",
    "amid",
    "despite",
    "after",
    "following",
    "about",
    "of",
    "by",
    "from",
    "with",
    "without",
    "against",
    "among",
    "to",
    "on",
    "in",
    "for",
];
/// Words that hedge a figure ("about 100", "nearly 40").
const FIGURE_HEDGES: &[&str] = &[
    "about",
    "around",
    "approximately",
    "roughly",
    "nearly",
    "almost",
    "some",
    "over",
    "under",
];
/// Participles of cue verbs that news writes before a noun to describe
/// it ("alleged war crimes", "reported attacks", "the estimated cost").
const ATTRIBUTIVE_PARTICIPLES: &[&str] = &[
    "alleged",
    "reported",
    "suspected",
    "estimated",
    "confirmed",
    "purported",
    "projected",
    "expected",
    "feared",
    "rumoured",
    "rumored",
    "presumed",
    "claimed",
    "pledged",
    "stated",
    "promised",
    "admitted",
    "announced",
    "denied",
];

/// Participles news writes as prepositions, whose object is the noun
/// phrase after them ("citing alleged failures", "strikes targeting
/// alleged militants").
const PREPOSITION_PARTICIPLES: &[&str] = &[
    "regarding",
    "concerning",
    "involving",
    "including",
    "citing",
    "targeting",
];

/// Words that count or describe a plural noun before it ("several
/// reports", "early reports"): a verb in "-s" after one is that noun.
const QUANTIFIERS: &[&str] = &[
    "all",
    "both",
    "many",
    "several",
    "some",
    "few",
    "multiple",
    "numerous",
    "various",
    "other",
    "more",
    "most",
    "early",
    "initial",
    "recent",
    "new",
    "latest",
    "previous",
    "conflicting",
    "unconfirmed",
    "local",
    "certain",
    "different",
    "neighbouring",
    "neighboring",
    "swing",
];

/// How many words before a cue the "who" of a relative clause inside its
/// subject may stand ("a woman who lives nearby said").
const RELATIVE_REACH: usize = 8;

/// Adjectives that take "to" after a noun, inside a subject: "people
/// close to the president", "fighters loyal to the general".
pub(crate) const ADJECTIVES_TO: &[&str] = &[
    "close",
    "closer",
    "closest",
    "loyal",
    "opposed",
    "sympathetic",
    "friendly",
    "connected",
    "linked",
    "allied",
];

/// Words that end a subject read backwards from its verb.
const SUBJECT_STOPS: &[&str] = &[
    "that", "which", "who", "whom", "what", "is", "are", "was", "were", "be",
    "been", "has", "have", "had", "will", "would", "can", "could", "should",
    "may", "might", "must", "to", "not", "as", "when", "while", "because",
    "if", "since", "after", "before", "than", "where",
];

fn is_lower(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
}

impl<'a> Clause<'a> {
    pub(crate) fn new(
        text: &'a str,
        toks: &'a [Token],
        lex: &'a Lexicons,
        quotes: &'a [Span],
        sentence: Span,
        hits: &'a [usize],
    ) -> Clause<'a> {
        Clause {
            text,
            toks,
            lex,
            quotes,
            sentence,
            hits,
            stops: OnceCell::new(),
            first_verb: OnceCell::new(),
        }
    }

    // ----------------------------------------------------------- tokens

    fn str(&self, i: usize) -> &'a str {
        &self.text[self.toks[i].span]
    }

    fn word(&self, i: usize) -> Option<&'a str> {
        self.toks
            .get(i)
            .filter(|t| t.class == Class::Word)
            .map(|t| &self.text[t.span])
    }

    fn is_word_in(&self, i: usize, list: &[&str]) -> bool {
        self.word(i).is_some_and(|w| in_list(w, list))
    }

    /// Where the adverbs and times right before token `b` begin ("now",
    /// "on Tuesday", "on 5 May", "last March"), and a short name in
    /// brackets after the subject ("Central Command (CENTCOM)"): what
    /// stands between a subject and its verb, or "was" and its
    /// participle.
    fn modifiers_before(&self, b: usize) -> usize {
        let opens = |k: usize| {
            self.is_word_in(k, TIME_OPENERS) || self.is_word_in(k, &["next"])
        };
        let mut b = b;
        loop {
            if b > 0 && self.is_adverb(b - 1) {
                b -= 1;
            } else if b >= 2 && self.is_calendar(b - 1) && opens(b - 2) {
                b -= 2;
            } else if b >= 3
                && opens(b - 3)
                && (self.is_calendar(b - 1) && self.is_number(b - 2)
                    || self.is_number(b - 1) && self.is_calendar(b - 2))
            {
                b -= 3;
            } else if let Some(open) = self.bracketed_name_before(b) {
                b = open;
            } else {
                return b;
            }
        }
    }

    /// The token before the verb at `j` and the words that may stand
    /// between them ([`Clause::modifiers_before`]): "was" in "was later
    /// found".
    fn before_modifiers(&self, j: usize) -> Option<usize> {
        self.modifiers_before(j).checked_sub(1)
    }

    /// The verb at `j` has a form of "be" before it, past the words that
    /// may stand between ("was later found", "is also believed"): a
    /// passive.
    fn after_be(&self, j: usize) -> bool {
        self.before_modifiers(j).is_some_and(|p| self.is_word_in(p, BE))
    }

    /// The `(` of a bracketed name that ends right before token `b`, after
    /// a word: "(CENTCOM)", "(Phivolcs)", "(Nancy Drew, Jem)". Its first
    /// word is capitalized and it holds at most eight tokens, none of them
    /// a bracket or quotation mark.
    fn bracketed_name_before(&self, b: usize) -> Option<usize> {
        if b < 4 || !self.is_punct(b - 1, &[")"]) {
            return None;
        }
        let open = (b.saturating_sub(10)..b - 2)
            .rev()
            .take_while(|&k| {
                !self.is_punct(k, &[")", "["]) && !self.is_quote_mark(k)
            })
            .find(|&k| self.is_punct(k, &["("]))?;
        let named =
            self.is_capitalized(open + 1) && self.word(open - 1).is_some();
        named.then_some(open)
    }

    /// Where a time that starts at token `a` ends ("On Monday", "In
    /// March 2020", "On Friday night", "last week", "at about 5:17
    /// p.m."): `a` itself when none does.
    fn time_after(&self, a: usize) -> usize {
        // "last week", "this year"
        let periods = ["week", "weekend", "month", "year"];
        if self.is_word_in(a, &["last", "this", "next"])
            && self.is_word_in(a + 1, &periods)
        {
            return a + 2;
        }
        // "that day", "that same morning", "that week"
        if self.is_word_in(a, &["that"]) {
            let k = a + 1 + usize::from(self.is_word_in(a + 1, &["same"]));
            if self.is_word_in(k, &periods)
                || self.is_word_in(k, DAY_PARTS)
                || self.is_word_in(k, &["day"])
            {
                return k + 1;
            }
        }
        // "At about 5:17 p.m.", "at 10:30"
        if self.is_word_in(a, &["at"]) {
            let k =
                a + 1
                    + usize::from(self.is_word_in(
                        a + 1,
                        &["about", "around", "approximately"],
                    ));
            if self.is_number(k)
                && self.is_punct(k + 1, &[":"])
                && self.is_number(k + 2)
            {
                let e = k + 3;
                let dotted = self.is_word_in(e, &["a", "p"])
                    && self.is_punct(e + 1, &["."])
                    && self.is_word_in(e + 2, &["m"])
                    && self.is_punct(e + 3, &["."]);
                return if dotted {
                    e + 4
                } else {
                    e + usize::from(self.is_word_in(e, &["am", "pm"]))
                };
            }
        }
        if !(self.is_word_in(a, TIME_OPENERS) && self.is_calendar(a + 1)) {
            return a;
        }
        let end = if self.is_number(a + 2) { a + 3 } else { a + 2 };
        // "On Monday morning", "Last Friday night"
        end + usize::from(self.is_word_in(end, DAY_PARTS))
    }

    /// Token `k` is a month or weekday, capitalized ("May", not "may").
    fn is_calendar(&self, k: usize) -> bool {
        self.is_capitalized(k)
            && self.word(k).is_some_and(|w| self.lex.is_calendar_word(w))
    }

    /// Token `k` is a number in digits.
    fn is_number(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| t.class == Class::Number)
    }

    /// An adverb between a subject and its verb ("Smith also said",
    /// "Smith initially said"), in lower case inside a sentence: "USA
    /// Today noted" names a paper. A word in "-ly" after a determiner
    /// describes a noun ("the newly appointed minister said").
    fn is_adverb(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            (i == 0 || is_lower(w)) && in_list(w, ADVERBS)
                || self.lex.is_ly_adverb(w)
                    && !i
                        .checked_sub(1)
                        .is_some_and(|p| self.is_word_in(p, DETERMINERS))
        })
    }

    fn is_punct(&self, i: usize, p: &[&str]) -> bool {
        self.toks.get(i).is_some_and(|t| t.class == Class::Punct)
            && p.contains(&self.str(i))
    }

    fn is_quote_mark(&self, i: usize) -> bool {
        self.is_punct(i, &["“", "”", "\"", "‘", "’", "'"])
            && !self.plural_possessive(i)
    }

    /// Token `i` is the apostrophe of a plural's possessive ("The
    /// Kurdistan Workers' Party"): after a word in "s", against it, and
    /// closing no quotation.
    fn plural_possessive(&self, i: usize) -> bool {
        let t = &self.toks[i];
        self.is_punct(i, &["’", "'"])
            && !t.space_before
            && i > 0
            && self.word(i - 1).is_some_and(|w| w.ends_with('s'))
            && self.quote_at(t.span.start).is_none_or(|q| q.end != t.span.end)
    }

    /// Token `k` is written against the token before it.
    fn glued(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| !t.space_before)
    }

    /// Whether token `i`, in lower case, goes on a name before it: a
    /// particle ("Ursula von der Leyen") or a short article written
    /// against the surname ("Moammar al-Eryani", "Abdel Fattah el-Sisi").
    fn in_name(&self, i: usize) -> bool {
        let article = self.word(i).is_some_and(is_name_article)
            && self.is_punct(i + 1, &["-"])
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.is_capitalized(i + 2);
        let particle = self.is_word_in(i, NAME_PARTICLES)
            && (self.is_capitalized(i + 1)
                || self.is_word_in(i + 1, NAME_PARTICLES));
        i > 0 && self.is_capitalized(i - 1) && (article || particle)
            || i > 0 && self.is_word_in(i - 1, NAME_PARTICLES) && particle
    }

    fn is_capitalized(&self, i: usize) -> bool {
        self.word(i)
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    }

    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.toks[start].span.start, self.toks[end - 1].span.end)
    }

    /// The quotation that contains byte `at`, if any.
    fn quote_at(&self, at: usize) -> Option<Span> {
        let i = self.quotes.partition_point(|q| q.end <= at);
        self.quotes.get(i).copied().filter(|q| q.start <= at)
    }

    /// Returns true if and only if token `i` lies inside a quotation (the
    /// quoted words are not the writer's cues).
    fn in_quote(&self, i: usize) -> bool {
        let at = self.toks[i].span.start;
        self.quote_at(at).is_some_and(|q| q.start < at && at < q.end)
    }

    // ------------------------------------------------------------- cues

    fn cues(&self) -> Vec<Cue> {
        let mut out = Vec::new();
        let mut next_free = 0;
        for &j in self.hits {
            if j < next_free || self.in_quote(j) {
                continue;
            }
            if let Some(len) = self.cue_phrase_at(j) {
                out.push(Cue {
                    start: j,
                    end: j + len,
                    kind: CueKind::According,
                });
                next_free = j + len;
                continue;
            }
            let cue = self.verb_cue_at(j).or_else(|| self.particle_cue_at(j));
            if let Some(cue) = cue {
                out.push(cue);
                next_free = cue.end;
            }
        }
        out
    }

    fn cue_phrase_at(&self, j: usize) -> Option<usize> {
        self.lex.cue_phrases.iter().find_map(|p| {
            let ok = p.iter().enumerate().all(|(k, w)| {
                self.word(j + k).is_some_and(|t| t.eq_ignore_ascii_case(w))
            });
            ok.then_some(p.len())
        })
    }

    /// The verb at token `j` is negated: "has not disclosed", "doesn't
    /// say", "never once told", "did not publicly say". Nothing is
    /// attributed.
    fn negated(&self, j: usize) -> bool {
        let negation = |w: &str| {
            in_list(w, &["not", "never"])
                || w.ends_with("n't")
                || w.ends_with("n’t")
        };
        let Some(p) = j.checked_sub(1) else { return false };
        self.word(p).is_some_and(negation)
            || p >= 1
                && (self.is_adverb(p) || self.is_word_in(p, &["once", "ever"]))
                && self.word(p - 1).is_some_and(negation)
    }

    /// Where a passive cue whose form of "be" is token `be` starts: at
    /// the auxiliary of "has been reported", else at `be`.
    fn passive_start(&self, be: usize) -> usize {
        let aux = be >= 1
            && self.is_word_in(be, &["been"])
            && self.is_word_in(be - 1, AUX);
        if aux {
            be - 1
        } else {
            be
        }
    }

    /// A verb that reports only with its particle right after it
    /// (`particle_verbs.txt`), and then only where a report or the
    /// sentence's end follows: "pointed out that wages rose", "pointed out
    /// she had", "“...,” she chimed in." ("pointed out the window" reports
    /// nothing). The cue spans verb and particle.
    fn particle_cue_at(&self, j: usize) -> Option<Cue> {
        let w = self.word(j)?;
        let verb = self.lex.particle_verb(w)?;
        if j > 0 && !is_lower(w)
            || !self.is_word_in(j + 1, &[verb.particle.as_str()])
            || self.negated(j)
        {
            return None;
        }
        let end = j + 2;
        let opens = end >= self.toks.len()
            || self.is_quote_mark(end)
            || self.is_punct(end, &[":", ",", ".", "!", "?"])
            || self.is_word_in(end, &["that"])
            || self.is_word_in(end, PRONOUNS);
        if !opens {
            return None;
        }
        // "It has been pointed out that": no one named.
        if let Some(be) =
            self.before_modifiers(j).filter(|&p| self.is_word_in(p, BE))
        {
            return (verb.form == Form::Past).then_some(Cue {
                start: self.passive_start(be),
                end,
                kind: CueKind::Passive { hedged: false },
            });
        }
        if verb.form == Form::Gerund {
            // ", pointing out that": a second cue of the subject's.
            let second = j > 0 && self.is_punct(j - 1, &[","])
                || self.participle_after_quote(j);
            return second.then_some(Cue {
                start: j,
                end,
                kind: CueKind::Participle { hedged: false },
            });
        }
        Some(Cue { end, ..self.verb_cue(j, false) })
    }

    fn verb_cue_at(&self, j: usize) -> Option<Cue> {
        let w = self.word(j)?;
        let verb = self.lex.verb(w)?;
        // Inside a sentence a verb is in lower case; "the United States",
        // "Notes" are names.
        if j > 0 && !is_lower(w) {
            return None;
        }
        let prev = j.checked_sub(1);
        let prev_word = prev.and_then(|p| self.word(p));
        if self.negated(j) {
            return None;
        }
        let next_is = |list: &[&str]| self.is_word_in(j + 1, list);
        // "easier said than done"; "That said, ...", "All told, ...".
        let idiom = next_is(&["than"])
            || (j == 1
                && self.is_punct(j + 1, &[","])
                && self.is_word_in(0, &["that", "all", "this", "having"]));
        // "the virus claimed 6606 lives": a death toll; "what we call a
        // hot Jupiter": a term, but "what he calls antidemocratic
        // measures", "what WalesOnline called “fury”" judge.
        let starts = |stem: &str| {
            w.get(..stem.len()).is_some_and(|h| h.eq_ignore_ascii_case(stem))
        };
        let toll = starts("claim")
            && (j + 1..j + 4)
                .take_while(|&k| {
                    !self.is_word_in(
                        k,
                        &["his", "her", "their", "its", "my", "our", "your"],
                    )
                })
                .any(|k| self.is_word_in(k, &["lives", "life"]));
        let term = starts("call")
            && j >= 2
            && self.is_word_in(j - 2, &["what"])
            && self.is_word_in(j - 1, &["we", "you", "they", "i"])
            && !self.is_quote_mark(j + 1);
        // "commented on the plan": a topic, and what follows it is no
        // report ("commented on her age when she was 14").
        let topic = starts("comment") && self.is_word_in(j + 1, &["on"]);
        // "accuses Israel of carrying out 266 attacks" reports what it
        // charges, the one charged first; "three men accused of murder"
        // and "accused criminals" report nothing.
        let charged = self.charges(j)
            && (next_is(&["of"])
                || !(j + 2..(j + 10).min(self.toks.len()))
                    .any(|k| self.is_word_in(k, &["of"]))
                // "are accused by Israel of": the charge, not who made it,
                // is the subject.
                || self.after_be(j));
        // "three Filipinos suspected of espionage", "a tanker, suspected
        // to be part of the fleet": who is suspected, no report ("he is
        // suspected to be" is one, a passive).
        let suspected = self.is_word_in(j, &["suspected"])
            && next_is(&["of", "to"])
            && !self.after_be(j);
        // "The Houthis deny reports that", "rejects claims that": the
        // object of a verb, a noun, not a report of its own.
        let object = self.is_word_in(j, REPORT_NOUNS)
            && j > 0
            && self.word(j - 1).is_some_and(|p| {
                is_lower(p)
                    && (self.lex.verb(p).is_some() || in_list(p, REBUTTALS))
            });
        // "I think of my daughter", "thought about the offer", "believes
        // in freedom": a thought about a thing, no report, unless a clause
        // or a report follows ("thought about it and said", "believe in
        // the announcements Mozilla mentioned how"). "I think in
        // Bangalore they did" and the passive "is suspected of spying"
        // report.
        let belief = verb.hedged
            && (next_is(&["of", "about"])
                || starts("believ") && next_is(&["in"]))
            && !self.after_be(j)
            && !(j + 2..(j + 9).min(self.toks.len())).any(|k| {
                self.is_word_in(k, &["that", "whether"])
                    || self.word(k).is_some_and(|w| {
                        is_lower(w) && self.lex.verb(w).is_some()
                    })
            });
        // "What he said was true", "that's what I thought it was": what
        // was said is the subject of another verb, not reported here.
        // "what he calls a sham", "what she described as" judge (above).
        let relative = j >= 2
            && self.is_word_in(j - 2, &["what"])
            && self.is_word_in(j - 1, PRONOUNS)
            && !starts("call")
            && !starts("descri")
            && !self.is_quote_mark(j + 1)
            && !self.is_punct(j + 1, &[":"]);
        // "continued by announcing", "responded by saying that": the
        // report is the participle's.
        let by_saying = next_is(&["by"])
            && self
                .word(j + 2)
                .and_then(|w| self.lex.verb(w))
                .is_some_and(|v| v.form == Form::Gerund);
        // "will assume the presidency", "assumed office": taking on a
        // charge, no thought reported.
        let charge = starts("assum") && {
            let d = usize::from(self.is_word_in(
                j + 1,
                &["the", "a", "an", "his", "her", "its", "their", "full"],
            ));
            self.is_word_in(
                j + 1 + d,
                &[
                    "office",
                    "power",
                    "presidency",
                    "role",
                    "post",
                    "position",
                    "control",
                    "responsibility",
                    "command",
                    "leadership",
                    "duties",
                    "throne",
                    "chair",
                    "mantle",
                    "charge",
                ],
            )
        };
        // "denies these reports", "Those claims that he lied": after a
        // plural determiner a word in "-s" is a noun, not its verb.
        let plural_noun = verb.form == Form::Third
            && prev_word.is_some_and(|p| {
                in_list(
                    p,
                    &[
                        "these", "those", "many", "several", "both", "few",
                        "all", "such", "various", "numerous",
                    ],
                )
            });
        if idiom
            || toll
            || term
            || relative
            || plural_noun
            || charge
            || by_saying
            || topic
            || charged
            || suspected
            || object
            || belief
        {
            return None;
        }
        if verb.passive_only {
            return self.passive_only_cue(j);
        }
        // "Gunmen reported to be aligned with the government", "shops
        // found to be violating the rules": after a noun and before "to
        // be" or "to have", a participle is a passive with no one named
        // ("He claimed to be" is active).
        let reduced = in_list(w, REDUCED_PASSIVES)
            && next_is(&["to"])
            && self.is_word_in(j + 2, &["be", "have"])
            && self
                .before_modifiers(j)
                .and_then(|p| self.word(p))
                .is_some_and(|p| {
                    !in_list(p, BE)
                        && !in_list(p, AUX)
                        && !in_list(p, PRONOUNS)
                });
        if reduced {
            return Some(Cue {
                start: j,
                end: j + 1,
                kind: CueKind::Passive { hedged: true },
            });
        }
        if verb.act && !self.reports_a_clause(j) {
            return None;
        }
        // "value-added", "showed up": part of another word.
        let hyphened = j > 0
            && self.is_punct(j - 1, &["-"])
            && !self.toks[j].space_before;
        if hyphened || next_is(&["up", "off"]) {
            return None;
        }
        let next_opens = self.is_quote_mark(j + 1)
            || self.is_punct(j + 1, &[":", ",", "."])
            || next_is(&["that"])
            || next_is(PRONOUNS);
        let prev_comma = prev.is_some_and(|p| self.is_punct(p, &[","]));
        // "“...,” says Dr. Morrow-Ito": the cue of the quotation before,
        // which ends in a comma, "?" or "!" (not a scare quote).
        let after_quote = is_lower(w)
            && prev.is_some_and(|p| {
                let closed = |q: usize| {
                    q > 0
                        && self.is_quote_mark(q)
                        && self.is_punct(q - 1, &[",", "?", "!"])
                };
                closed(p)
                    || (self.is_punct(p, &[","])
                        && p > 0
                        && self.is_quote_mark(p - 1))
            });
        let hedged = verb.hedged;
        // "noted that ..., and added that", "acknowledged ..., but
        // insisted": a second cue of the same subject.
        let second = (j.saturating_sub(2)..j)
            .any(|c| self.second_cue_verb(c) == Some(j));
        if second && self.cue_before(j) {
            return Some(Cue {
                start: j,
                end: j + 1,
                kind: CueKind::Participle { hedged },
            });
        }
        match verb.form {
            Form::Gerund => {
                let with = self.with_subject(j).is_some();
                // "responded by saying", "began by noting": how the
                // subject said it.
                let by = j >= 2
                    && self.is_word_in(j - 1, &["by"])
                    && self.word(j - 2).is_some_and(is_lower);
                let past_quote = self.participle_after_quote(j);
                if (prev_comma || past_quote || with || by)
                    && !next_is(&["to"])
                {
                    return Some(Cue {
                        start: j,
                        end: j + 1,
                        kind: CueKind::Participle { hedged },
                    });
                }
                None
            }
            Form::Past => {
                // "arrest for alleged war crimes", "the confirmed cases":
                // a participle before its noun is an adjective, after a
                // determiner or a preposition (or a participle news uses
                // as one: "citing alleged failures", "strikes targeting
                // alleged militants").
                // So after a number, "first", or an adverb in -ly after
                // one of those: "three alleged gang members", "the first
                // reported fatality", "the first observationally confirmed
                // atmosphere".
                // The words that describe a noun as a rule ("alleged",
                // "reported") do after any preposition; "said", "argued"
                // only after these few, as a preposition may end a
                // subject too ("Passers-by said", "those who voted
                // against argued").
                let attributive = in_list(w, ATTRIBUTIVE_PARTICIPLES);
                let modifier = |k: usize| {
                    self.is_number(k)
                        || self.word(k).is_some_and(|p| {
                            (in_list(p, DETERMINERS)
                                && !in_list(p, &["that", "so"]))
                                || in_list(
                                    p,
                                    &["for", "of", "with", "in", "on"],
                                )
                                || attributive
                                    && !k.checked_sub(1).is_some_and(|h| {
                                        self.is_punct(h, &["-"])
                                    })
                                    && (in_list(p, NOUN_PREPOSITIONS)
                                        || in_list(p, PREPOSITION_PARTICIPLES))
                                || in_list(p, &["first", "last", "only"])
                                // "another alleged drug boat"
                                || attributive
                                    && in_list(p, &["another", "other"])
                                // "several alleged accomplices", "after
                                // identifying alleged threats" ("Some
                                // reported wanting" reports)
                                || in_list(w, &["alleged"])
                                    && (in_list(p, QUANTIFIERS)
                                        || is_lower(p)
                                            && p.len() > 4
                                            && p.ends_with("ing"))
                                // "the longest reported period"
                                || attributive
                                    && p.len() > 4
                                    && p.ends_with("est")
                                    && k.checked_sub(1).is_some_and(|h| {
                                        self.is_word_in(h, &["the"])
                                    })
                                || self.lex.is_number_word(p)
                        })
                };
                // "the already confirmed results" too, but "The two also
                // said" reports.
                // After a possessive ("Duterte's alleged crimes"; not
                // "he's said"), and the few words that are adjectives far
                // more than verbs after "to" and a verb ("to investigate
                // reported killings"; "the letter to investors stated"
                // reports), the participle is no finite verb either.
                let possessive = |p: usize| {
                    self.word(p).is_some_and(|w| {
                        is_possessive(w)
                            && !in_list(
                                w.trim_end_matches(['s', '\'', '’']),
                                &[
                                    "he", "she", "it", "that", "who", "there",
                                    "what",
                                ],
                            )
                    })
                };
                let after_to = |p: usize| {
                    in_list(
                        w,
                        &["alleged", "reported", "suspected", "purported"],
                    ) && p >= 1
                        && self.is_word_in(p - 1, &["to"])
                        && self.word(p).is_some_and(|w| {
                            is_lower(w) && self.lex.verb(w).is_none()
                        })
                };
                // "conduct and alleged corruption": joined to a noun, the
                // words that are adjectives far more than verbs.
                let joined = |p: usize| {
                    in_list(
                        w,
                        &["alleged", "suspected", "purported", "presumed"],
                    ) && self.is_word_in(p, &["and", "or"])
                        && self.word(j + 1).is_some_and(|n| {
                            is_lower(n) && !self.lex.is_ly_adverb(n)
                        })
                        // "and alleged police lied": a clause follows.
                        && !self.word(j + 2).is_some_and(|n| self.verb_like(n))
                };
                let before_noun = prev.is_some_and(|p| {
                    modifier(p)
                        || possessive(p)
                        || after_to(p)
                        || joined(p)
                        || self.word(p).is_some_and(|w| {
                            self.lex.is_ly_adverb(w)
                                || in_list(w, &["already"])
                        }) && p.checked_sub(1).is_some_and(modifier)
                });
                // Its noun follows; a determiner or a pronoun opens a
                // clause ("his family said he ...").
                let adjective = before_noun
                    && self.word(j + 1).is_some_and(|n| {
                        !in_list(n, DETERMINERS)
                            && !in_list(n, PRONOUNS)
                            && !self.lex.is_ly_adverb(n)
                    })
                    && !next_is(&["that", "to", "by"]);
                // "a site called Bacho Kiro", "a technology called adaptive
                // optics", "is sometimes called a living fossil": a name
                // given, not words; but "called for", "called the plan a
                // disaster" report.
                let naming = in_list(w, &["called", "named"])
                    && !next_is(&[
                        "for", "on", "upon", "off", "out", "to", "in",
                    ])
                    && (self.thing_before(j)
                        && (self.is_capitalized(j + 1)
                            || self.is_quote_mark(j + 1)
                            || self.word(j + 1).is_some_and(|n| {
                                is_lower(n)
                                    && !in_list(n, DETERMINERS)
                                    && !in_list(n, PRONOUNS)
                                    && !in_list(n, OBJECTS)
                            }))
                        || self.after_be(j)
                        || self.inner_indefinite_before(j)
                            && !next_is(PRONOUNS)
                            && !next_is(OBJECTS));
                // "an increase compared with 2025": a comparison.
                let comparison =
                    in_list(w, &["compared"]) && next_is(&["with", "to"]);
                // "results announced by the minister showed", "a territory
                // also claimed by Manila": a noun and its participle, the
                // agent's words are what follows ("He also said by phone"
                // reports).
                let noun = |k: usize| {
                    self.word(k).is_some_and(|p| {
                        (is_lower(p) || k == 0)
                            && !in_list(p, PRONOUNS)
                            && !in_list(p, AUX)
                            && !in_list(p, BE)
                            && !in_list(p, ADVERBS)
                    })
                };
                let reduced = next_is(&["by"])
                    && prev.is_some_and(|p| {
                        noun(p)
                            || self.is_word_in(p, ADVERBS)
                                && self.before_modifiers(j).is_some_and(noun)
                    });
                if adjective || naming || reduced || comparison {
                    return None;
                }
                // "was told to leave", "was asked to": an instruction to
                // the subject, not a report.
                let directive = in_list(w, &["told", "asked", "urged"]);
                // "was reported", "is widely believed": the form of "be"
                // before the participle, past an adverb.
                let be_at = self
                    .before_modifiers(j)
                    .filter(|&p| self.is_word_in(p, BE));
                let be = be_at.is_some();
                let infinitive = self.infinitive_at(j + 1);
                let passive = infinitive && !directive || (hedged && be);
                if passive && (be || prev_comma) {
                    let start = be_at.unwrap_or(j);
                    let by = be && self.agent_after(j + 1).is_some();
                    if !by {
                        return Some(Cue {
                            start,
                            end: j + 1,
                            kind: CueKind::Passive { hedged },
                        });
                    }
                }
                if prev_word.is_some_and(|p| in_list(p, DETERMINERS)) {
                    return None;
                }
                if let Some(be_at) = be_at {
                    // "was estimated by the ministry": the agent is the
                    // source. "was told", "is said": the subject is not,
                    // but "it has been reported that ..." reports what
                    // follows, from no one named.
                    if let Some(by) = self.agent_after(j + 1) {
                        return Some(Cue {
                            start: be_at,
                            end: j + 1,
                            kind: CueKind::PassiveBy { hedged, by },
                        });
                    }
                    return next_is(&["that"]).then_some(Cue {
                        start: self.passive_start(be_at),
                        end: j + 1,
                        kind: CueKind::Passive { hedged },
                    });
                }
                if hedged
                    && !next_is(&["that"])
                    && !prev_word.is_some_and(|p| in_list(p, AUX))
                    && !self.subject_like(prev)
                {
                    return None;
                }
                Some(self.verb_cue(j, hedged))
            }
            Form::Third => {
                // "Iran's claims that", "his remarks": a noun.
                let owned = prev_word.is_some_and(|p| {
                    is_possessive(p)
                        || in_list(
                            p,
                            &["his", "her", "its", "their", "our", "the"],
                        )
                });
                // "over fears that", "amid reports that", "citing
                // remarks he made": after a preposition, or a participle
                // news writes as one, a noun.
                let after_preposition = prev_word.is_some_and(|p| {
                    in_list(p, NOUN_PREPOSITIONS)
                        || in_list(p, PREPOSITION_PARTICIPLES)
                });
                // "states' rights", "the Baltic states’ power grids": a
                // plural's possessive.
                let possessive = self.is_punct(j + 1, &["'", "’"])
                    && !self.toks.get(j + 1).is_some_and(|t| t.space_before);
                if after_preposition || possessive {
                    return None;
                }
                // "about 30 suspects", "all 50 states", "several
                // reports", "early reports": counted or described, a noun;
                // but a number word in a name ("Formula One announces")
                // counts nothing.
                let counted = prev.is_some_and(|p| {
                    self.is_number(p)
                        || self.word(p).is_some_and(|w| {
                            (is_lower(w) || p == 0)
                                && (self.lex.is_number_word(w)
                                    || in_list(w, QUANTIFIERS))
                        })
                });
                if owned || counted {
                    return None;
                }
                let prev_pronoun =
                    prev_word.is_some_and(|p| in_list(p, PRONOUNS));
                // "Rutte says Russia ...", "the bank expects the economy
                // to": a subject before, the start of a clause after. A
                // capital ("the United States imposed") or a noun after
                // ("his claims of") is a noun, not the verb.
                // "The bank now expects": past an adverb.
                let before = self.before_modifiers(j);
                let named = before.is_some_and(|p| self.named_subject(p));
                let subject = is_lower(w) && named && self.opens_clause(j + 1);
                let told = starts("tell") && named && self.told_then_what(j);
                (next_opens || prev_pronoun || subject || told || after_quote)
                    .then(|| self.verb_cue(j, hedged))
            }
            Form::Base => {
                // "Officials privately concede": the word before the
                // adverbs, read as the word right before a cue is (an
                // adverb does not make a report of what is none without
                // it, nor the other way round).
                let s = self.modifiers_before(j);
                let before = s.checked_sub(1).and_then(|p| self.word(p));
                let ok = before.is_some_and(|p| {
                    in_list(p, PRONOUNS)
                        || in_list(p, AUX)
                        || p.eq_ignore_ascii_case("to")
                        || (p.ends_with('s')
                            && !is_possessive(p)
                            && !in_list(p, DETERMINERS)
                            // "Critics say": a plural opening the sentence.
                            && (is_lower(p) || s == 1))
                }) || after_quote
                    // "Police say the gangs", "two women allege": a plural
                    // without an "s" and a clause after it (not "a police
                    // report showed", "a government think tank").
                    || before.is_some_and(|p| self.lex.is_plural_noun(p))
                        && (next_is(&["that"])
                            || self.is_quote_mark(j + 1)
                            || self.is_punct(j + 1, &[":"])
                            || self.opens_clause(j + 1))
                    // "... by the Statistics Office show that", "The
                    // Houthis deny reports that"
                    || (next_is(&["that"]) || self.reports_object(j + 1))
                        && self.subject_like(prev)
                    // "Sheinbaum and President Trump announce they":
                    // two names joined make a plural.
                    || s.checked_sub(1).is_some_and(|p| self.joined_names(p))
                        && (next_is(&["that"]) || self.opens_clause(j + 1));
                ok.then(|| self.verb_cue(j, hedged))
            }
        }
    }

    /// Token `k` opens an object that says what is reported: "denies
    /// reports that", "rejects claims that".
    fn reports_object(&self, k: usize) -> bool {
        self.is_word_in(k, REPORT_NOUNS) && self.is_word_in(k + 1, &["that"])
    }

    /// Token `i` is a form of "accuse", whose object is the one charged.
    fn charges(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            w.get(..5).is_some_and(|h| h.eq_ignore_ascii_case("accus"))
        })
    }

    /// "is believed to be", not "was added to the list": token `i` is a
    /// "to" that opens an infinitive, not a place.
    fn infinitive_at(&self, i: usize) -> bool {
        self.is_word_in(i, &["to"])
            && self.word(i + 1).is_some_and(|w| {
                is_lower(w)
                    && !in_list(w, DETERMINERS)
                    && !in_list(w, OBJECTS)
                    && !in_list(w, PRONOUNS)
                    && !self.lex.is_number_word(w)
                    // "added to lines": a plural is no verb's base form
                    // ("to discuss", "to focus" are).
                    && !(w.ends_with('s')
                        && !w.ends_with("ss")
                        && !w.ends_with("us"))
            })
            // "is added to only 10 per cent": a hedge of a number.
            && !(self.is_number(i + 2)
                || self.word(i + 2).is_some_and(|w| self.lex.is_number_word(w)))
    }

    /// "underlined that point repeatedly", "commented that day on":
    /// the "that" at `i` is a determiner of the noun after it, which a
    /// preposition, an adverb, "that" or the end of a clause follows.
    fn that_determiner(&self, i: usize) -> bool {
        self.is_word_in(i, &["that"])
            && self.word(i + 1).is_some_and(|w| {
                is_lower(w)
                    && !in_list(w, DETERMINERS)
                    && !in_list(w, PRONOUNS)
                    && !self.verb_like(w)
                    // "that one of the spirals was twisted", "that when
                    // in doubt": a clause.
                    && !self.lex.is_number_word(w)
                    && !in_list(w, WH)
            })
            && (self.is_word_in(
                i + 2,
                &[
                    "in", "on", "of", "at", "for", "with", "without", "to",
                    "from", "that", "during", "again",
                ],
            ) || self.is_adverb(i + 2)
                || self.is_punct(i + 2, &[".", ",", ";"])
                || self.toks.get(i + 2).is_none())
    }

    /// "Trump tells reporters at the White House that ...": after the
    /// "tells" at `j`, the one told (a name, "the BBC", "him",
    /// "reporters"; not "the story"), then, within a few words, "that" or
    /// a quotation.
    fn told_then_what(&self, j: usize) -> bool {
        // "History tells us", "something tells me": an idiom.
        let addressee = self.is_capitalized(j + 1)
            || self.is_word_in(j + 1, &["him", "her", "them"])
            || self.word(j + 1).is_some_and(|n| {
                is_lower(n) && n.ends_with('s') && !in_list(n, DETERMINERS)
            })
            || self.is_word_in(j + 1, &["the"]) && self.is_capitalized(j + 2);
        // Then "that" opening a clause, not a relative ("tells patients
        // that smoke to quit") nor a determiner; no second clause before.
        addressee
            && (j + 2..(j + 10).min(self.toks.len()))
                .take_while(|&k| {
                    (self.toks[k].class != Class::Punct
                        || self.is_quote_mark(k))
                        && !self.is_word_in(k, &["and", "or", "but"])
                })
                .any(|k| {
                    self.is_quote_mark(k)
                        || self.is_word_in(k, &["that"])
                            && !self.that_determiner(k)
                            && (self.opens_clause(k + 1)
                                // "that tariffs will stay", "that nobody
                                // is safe": a subject and its verb.
                                || (k + 2..k + 4).any(|v| {
                                    self.word(v)
                                        .is_some_and(|w| self.finite_like(w))
                                }))
                })
    }

    /// "The club is understood to have been warned", "it is understood
    /// that": a verb that reports only in the passive
    /// (`passive_verbs.txt`) is a cue after a form of "be" (past an
    /// adverb), before an infinitive or "that", from no one named.
    ///
    /// Not "it must be understood that" (the writer's own words), nor
    /// what a word is understood to mean or include, nor "understood to
    /// anyone".
    fn passive_only_cue(&self, j: usize) -> Option<Cue> {
        let be = self.before_modifiers(j).filter(|&p| {
            self.is_word_in(p, BE) && !self.is_word_in(p, &["be"])
        })?;
        let no_report = self.is_word_in(
            j + 2,
            &[
                "mean",
                "include",
                "refer",
                "apply",
                "cover",
                "exclude",
                "anyone",
                "everyone",
                "someone",
                "anybody",
                "everybody",
            ],
        );
        let opens = self.infinitive_at(j + 1) && !no_report
            || self.is_word_in(j + 1, &["that"]);
        opens.then_some(Cue {
            start: be,
            end: j + 1,
            kind: CueKind::Passive { hedged: true },
        })
    }

    /// The `by` that brings in a passive's agent, right after the verb or
    /// after a short complement in the same clause (`was estimated at
    /// 5,000 by the Pentagon`), with a name, an organisation or a plural
    /// noun after it.
    fn agent_after(&self, e: usize) -> Option<usize> {
        let limit = (e + 6).min(self.toks.len());
        let by = (e..limit)
            .take_while(|&k| !self.is_punct(k, &[",", ";", ":", "—", "–"]))
            .take_while(|&k| !self.is_word_in(k, &["that", "to"]))
            // "reported missing in attacks by militants": a "by" after a
            // phrase on a thing is that thing's; after a time ("in 2020",
            // "on Monday") it is still the verb's.
            .take_while(|&k| {
                !self.is_word_in(k, &["in", "on", "of", "from", "during"])
                    || self.is_number(k + 1)
                    || self.is_calendar(k + 1)
            })
            .find(|&k| self.is_word_in(k, &["by"]))?;
        let (a, b) = self.source_after(by + 1, true)?;
        let head = self.word(b - 1)?;
        let named = (a..b).any(|k| self.is_capitalized(k))
            || self.lex.is_organisation(head)
            || self.lex.is_title(head)
            || head.ends_with('s');
        named.then_some(by)
    }

    /// A subject that names who speaks, ending at token `i`: a name or
    /// an organisation ("Rutte", "the ministry"), or a noun after a
    /// definite determiner ("the group", "its board"; not "a rat").
    /// Token `i` ends two names joined by "and" ("Sheinbaum and U.S.
    /// President Donald Trump", "the US and China").
    fn joined_names(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0
            && i - k < 10
            && (self.is_capitalized(k) || self.is_punct(k, &["."]))
        {
            k -= 1;
        }
        k < i
            && self.is_word_in(k, &["and"])
            && k.checked_sub(1).is_some_and(|n| self.is_capitalized(n))
    }

    fn named_subject(&self, i: usize) -> bool {
        let Some(w) = self.word(i) else { return false };
        if in_list(w, DETERMINERS) || in_list(w, SUBJECT_STOPS) {
            return false;
        }
        let definite =
            |d: &str| in_list(d, DETERMINERS) && !in_list(d, &["a", "an"]);
        // "state media says": a plural without an "s" names a body too.
        // What a body publishes speaks for it, named or not ("a new
        // report says", "tracking data shows").
        self.is_capitalized(i)
            || self.lex.is_organisation(w)
            || self.lex.is_plural_noun(w)
            || self.lex.is_media_noun(w)
            || i.checked_sub(1)
                .is_some_and(|d| self.word(d).is_some_and(definite))
    }

    /// Token `k` can begin a reported clause: a determiner, a pronoun, a
    /// number in digits or words or a capitalized word ("says the
    /// economy", "says 600 households", "say nine gunmen", "expects
    /// Russia to").
    fn opens_clause(&self, k: usize) -> bool {
        if self.is_number(k) {
            return true;
        }
        self.word(k).is_some_and(|w| {
            in_list(w, DETERMINERS)
                || in_list(w, PRONOUNS)
                || self.lex.is_number_word(w)
                || in_list(w, &["there", "some", "many", "most"])
                || self.is_capitalized(k)
                || self.reports_object(k)
                // "says police have", "says prices will", "says iodine
                // is", "claims to have" (as "claimed to have" reads): a
                // word and an auxiliary, right after the cue.
                || (self.is_word_in(k + 1, AUX)
                    || self.is_word_in(k + 1, &["is", "are", "was", "were"]))
                    && !in_list(w, AUX)
                    && k.checked_sub(1).is_some_and(|c| {
                        self.word(c).is_some_and(|c| self.lex.verb(c).is_some())
                    })
        })
    }

    /// The subject opening the sentence, when it names someone: a run of
    /// capitalized words, titles and organisation words, joined by "of",
    /// "the", "and", "for", and the modifiers of a title ("Opposition
    /// leader Caspar Lindahl", "federal judge Karin Immergut", "The United
    /// Drivers’ Union", "the company"). It ends before the first other
    /// word, which should be the verb; it must end before `limit`.
    /// The subject of a participle that reports in an absolute phrase
    /// opened by "with" and set off by a comma (or opening the
    /// sentence): "..., with officials saying that", "With the ministry
    /// stating ...,"; not "a man with a sign saying". Returns its first
    /// and end tokens: a few words between "with" and the participle at
    /// `cue`, no punctuation but an abbreviation's stops or a
    /// possessive's apostrophe among them.
    fn with_subject(&self, cue: usize) -> Option<(usize, usize)> {
        // A gerund after a preposition is its object ("laws banning
        // migrants from claiming"); after "and", the second of two
        // participles ("authorities monitoring contacts and reporting").
        let before = cue.checked_sub(1)?;
        if self.is_word_in(before, NOUN_PREPOSITIONS)
            || self.is_word_in(before, &["and"])
        {
            return None;
        }
        let mut k = cue;
        while k > 0 && cue - k < 7 {
            k -= 1;
            if self.is_word_in(k, &["with"]) {
                let set_off = k == 0 || self.is_punct(k - 1, &[","]);
                return (set_off && k + 1 < cue).then_some((k + 1, cue));
            }
            let word = self.word(k).is_some();
            let inner = self.is_punct(k, &[".", "'", "’"])
                && k + 1 < cue
                && self.glued(k + 1);
            if !(word || inner) || self.is_word_in(k, &["but", "or"]) {
                return None;
            }
        }
        None
    }

    fn sentence_subject(&self, limit: usize) -> Option<(usize, usize)> {
        let office = |k: usize| {
            self.word(k).is_some_and(|w| {
                self.lex.is_organisation(w) || self.lex.is_title(w)
            })
        };
        let named = |k: usize| self.is_capitalized(k) || office(k);
        // After a fronted phrase ("In May, the ministry ..."), from its
        // comma on.
        let mut k = 0;
        if self.word(0).is_some_and(is_fronted) {
            k = (0..limit.min(16)).find(|&c| self.is_punct(c, &[","]))? + 1;
        }
        let start = k;
        // "But ...", "What ...", "It ...": no subject that names someone.
        let first = self.word(start)?;
        if self.lex.is_starter(first)
            && !in_list(first, DETERMINERS)
            && !in_list(first, &["he", "she", "they", "we"])
        {
            return None;
        }
        // "he", "they": the resolver names them.
        if self.is_word_in(start, &["he", "she", "they", "we"])
            && self.word(start + 1).is_some()
            && start + 1 < limit
        {
            return Some((start, start + 1));
        }
        let mut end = start;
        let mut substantive = false;
        // A subject is a few words; a longer run is no subject (and each
        // participle of a sentence reads at most this far).
        while k < limit.min(start + 16) {
            if let Some(w) = self.word(k) {
                // "rejected", or an auxiliary ("did not release", "were
                // quick to respond").
                let verb = self.finite_like(w);
                if named(k) {
                    substantive |= !in_list(w, DETERMINERS);
                    end = k + 1;
                } else if in_list(w, &["of", "the", "and", "for"])
                    && named(k + 1)
                    || office(k + 1)
                    || !verb && self.is_capitalized(k + 1)
                    // "Judge Coughenour temporarily blocks": an adverb
                    // before the verb.
                    || end == k
                        && self.is_adverb(k)
                        && self.word(k + 1).is_some_and(|n| self.verb_like(n))
                {
                    // Inside the subject: "Secretary-General of Hezbollah",
                    // "federal judge", "filmmaker Wim Wenders".
                } else if verb {
                    // The verb: "rejected", "confronts", "met". Not a
                    // plural after a word of nationality ("Israeli
                    // troops kill").
                    let plural = w.ends_with('s')
                        && !in_list(w, IRREGULAR_PASTS)
                        && self.lex.verb(w).is_none();
                    let before = k.checked_sub(1).and_then(|p| self.word(p));
                    let demonym = before.is_some_and(|p| {
                        ["i", "ian", "ean", "ese", "ish", "can"]
                            .iter()
                            .any(|x| p.ends_with(x))
                    });
                    // "Iranian supreme leader Ali Khamenei rejects": after
                    // a title, a person's name.
                    if plural && demonym && end == k && !(start..k).any(office)
                    {
                        return None;
                    }
                    break;
                } else {
                    // "Israeli troops kill", "Tens of thousands": where
                    // the subject ends is not clear.
                    return None;
                }
            } else if let Some(close) = self.short_aside(k) {
                // "Kurdistan Workers' Party (PKK) founder": a short form
                // in brackets inside the subject.
                k = close;
            } else if !(self.is_punct(k, &["’", "'", ".", "-", "&"])
                && k > 0
                && self.word(k - 1).is_some()
                && self.word(k + 1).is_some())
            {
                break;
            }
            k += 1;
        }
        if k == start + 16 {
            return None;
        }
        (substantive && end > start && end < limit).then_some((start, end))
    }

    /// Token `k` opens brackets around one or two words that close at
    /// the token returned ("(PKK)", "(B.C.)").
    fn short_aside(&self, k: usize) -> Option<usize> {
        if !self.is_punct(k, &["("]) || self.word(k + 1).is_none() {
            return None;
        }
        (k + 2..(k + 6).min(self.toks.len()))
            .take_while(|&c| {
                self.word(c).is_some() || self.is_punct(c, &[".", ")"])
            })
            .find(|&c| self.is_punct(c, &[")"]))
    }

    /// A cue verb comes before token `j` in the sentence, outside any
    /// quotation, so a verb after "and" or "but" may be its second.
    fn cue_before(&self, j: usize) -> bool {
        let first = self.first_verb.get_or_init(|| {
            self.hits.iter().copied().find(|&k| {
                !self.in_quote(k)
                    && self.word(k).is_some_and(|w| self.lex.verb(w).is_some())
            })
        });
        first.is_some_and(|k| k + 1 < j)
    }

    /// Token `k` is "and" or "but" before a second cue verb ("and added
    /// that", "and also announces that"), where a content ends.
    fn second_cue_at(&self, k: usize) -> bool {
        self.second_cue_verb(k).is_some()
    }

    /// The second cue verb that "and" or "but" at token `k` brings in,
    /// past an adverb: `added` in "and added that", `announces` in "and
    /// also announces that".
    fn second_cue_verb(&self, k: usize) -> Option<usize> {
        if !self.is_word_in(k, &["and", "but"]) {
            return None;
        }
        let v = k + 1 + usize::from(self.is_adverb(k + 1));
        let reports =
            self.word(v).and_then(|w| self.lex.verb(w)).is_some_and(|v| {
                matches!(v.form, Form::Past | Form::Third | Form::Gerund)
            });
        (reports
            && (self.is_word_in(v + 1, &["that"]) || self.opens_clause(v + 1)))
        .then_some(v)
    }

    /// A lower-case word that reads as a finite verb: a cue verb, a past
    /// in -ed or a common irregular one, or a third person in -s.
    fn verb_like(&self, w: &str) -> bool {
        is_lower(w)
            && (w.ends_with("ed")
                || (w.ends_with('s') && !w.ends_with("ss"))
                || in_list(w, IRREGULAR_PASTS)
                || self.lex.verb(w).is_some())
    }

    /// A verb by its form ([`Clause::verb_like`]) or an auxiliary or form
    /// of "be": where a subject ends.
    fn finite_like(&self, w: &str) -> bool {
        self.verb_like(w) || in_list(w, AUX) || in_list(w, BE)
    }

    /// Whether the words before token `j` are a noun phrase opened by
    /// "a" or "an" inside a clause, after a verb, a relative word or a
    /// preposition past a verb: "was a retreat for the Mayor of Birmingham
    /// (called)", "in which a Jurassic-era predator (called)". Such a
    /// phrase is what a name is given to; "A spokesman called ..." and
    /// "In May, a spokesman called ..." open their clauses.
    fn inner_indefinite_before(&self, j: usize) -> bool {
        // Words back to the article, none of them a verb or a relative
        // ("a man who called the plan a disaster" reports).
        let phrase = (j.saturating_sub(9)..j).rev().take_while(|&k| {
            self.is_punct(k, &["-"])
                || self.word(k).is_some_and(|w| {
                    let stop = in_list(w, PRONOUNS)
                        || in_list(w, &["which", "that"])
                        || in_list(w, BE)
                        || in_list(w, AUX)
                        || is_lower(w) && self.lex.verb(w).is_some();
                    !stop
                })
        });
        let Some(article) =
            phrase.into_iter().find(|&k| self.is_word_in(k, &["a", "an"]))
        else {
            return false;
        };
        let verb = |w: &str| {
            is_lower(w)
                && (in_list(w, BE)
                    || in_list(w, AUX)
                    || in_list(w, IRREGULAR_PASTS)
                    || w.ends_with("ed") && self.lex.verb(w).is_none())
        };
        let Some(before) = article.checked_sub(1).and_then(|p| self.word(p))
        else {
            return false;
        };
        // After a preposition, only past a verb: before it the phrase is
        // still in the subject ("A spokesman for a rights group called
        // the arrests arbitrary"; "associated with the discovery of a
        // pattern called a glider" names).
        let past_verb = || {
            (self.clause_start(article, false)..article - 1)
                .any(|k| self.word(k).is_some_and(verb))
        };
        is_lower(before)
            && (verb(before)
                || in_list(before, &["which", "where"])
                || (in_list(before, NOUN_PREPOSITIONS)
                    || in_list(before, &["at", "as", "like"]))
                    && past_verb())
    }

    /// A plausible subject right before a verb: a pronoun, a name, an
    /// organisation or a plural noun.
    fn subject_like(&self, i: Option<usize>) -> bool {
        let Some(i) = i else { return false };
        let Some(w) = self.word(i) else { return false };
        in_list(w, PRONOUNS)
            || self.is_capitalized(i)
            || self.lex.is_organisation(w)
            || (w.ends_with('s') && !in_list(w, DETERMINERS))
    }

    /// Whether the verb at `j` reports a clause rather than names an act
    /// (see `act_verbs.txt`): "that" and a clause ("found that, we" is no
    /// clause), a quotation or a colon, a passive's "to" ("was found to
    /// have"), a quotation just before it ("“...,” declared the
    /// minister"), a clause before it ("..., the chief executive wrote in
    /// a memo"), or a verb among the next few words ("found the drug was
    /// safe").
    fn reports_a_clause(&self, j: usize) -> bool {
        let n = self.toks.len();
        // "underlined that point repeatedly": an object, not a clause.
        if self.that_determiner(j + 1) {
            return false;
        }
        let that = self.is_word_in(j + 1, &["that"])
            && (self.toks.get(j + 2).is_some_and(|t| t.class != Class::Punct)
                || self.is_quote_mark(j + 2));
        let verb_follows = (j + 1..(j + 13).min(n))
            .take_while(|&k| self.toks[k].class != Class::Punct)
            .any(|k| {
                self.is_word_in(k, BE)
                    || self.is_word_in(k, AUX)
                    // "adding it required": a pronoun and its verb.
                    || k == j + 2
                        && self.is_word_in(j + 1, PRONOUNS)
                        && self.word(k).is_some_and(|w| {
                            is_lower(w) && self.verb_like(w)
                        })
            });
        // "was found to have": a passive; "continued to shun" is an act
        // ("wrote to the board that" may report).
        let to = self.infinitive_at(j + 1);
        let passive = to && self.after_be(j);
        // "institutes found to be violating": a passive without its "be".
        if to && !passive && !self.is_word_in(j + 2, &["be", "have"]) {
            return false;
        }
        // A quotation, not a phrase in quotation marks ("declared a
        // “critical incident”"): it opens right after the verb or its
        // object, after a comma, a colon or a place ("wrote on Twitter:
        // “...”", "wrote in the announcement “...”"), and runs on; or it
        // ends just before the verb ("“...,” she recalls").
        let place = self.is_word_in(j + 1, &["in", "on"]);
        let stop = |k: &usize| !self.is_punct(*k, &[".", ";"]);
        let opens_quote = |k: usize| {
            self.is_quote_mark(k)
                && (k <= j + 3 || self.is_punct(k - 1, &[",", ":"]) || place)
                && (k + 1..(k + 5).min(n)).all(|x| !self.is_quote_mark(x))
        };
        let quoted = (j + 1..(j + 9).min(n)).take_while(stop).any(opens_quote)
            || (j.saturating_sub(4)..j).any(|k| self.is_quote_mark(k));
        // The clause reported comes before, and nothing is done to an
        // object after.
        let inverted = (self.is_punct(j + 1, &[".", ","]) || place)
            && (j.saturating_sub(8)..j).any(|k| self.is_punct(k, &[","]));
        // "will conclude “very shortly”": a short phrase in quotation
        // marks right after it is no quotation either.
        that || opens_quote(j + 1)
            || self.is_punct(j + 1, &[":"])
            || passive
            || quoted
            || inverted
            || verb_follows
    }

    /// A verb cue at `j` with the auxiliaries before it (`have said`,
    /// `has to think`).
    fn verb_cue(&self, j: usize, hedged: bool) -> Cue {
        let mut start = j;
        let mut hypothetical = false;
        // "has to think", "have to wonder": thought, not speech.
        if start >= 2
            && self.is_word_in(start - 1, &["to"])
            && self.is_word_in(
                start - 2,
                &["has", "have", "had", "need", "needs"],
            )
        {
            start -= 2;
            hypothetical = true;
        } else if start >= 1
            && self.is_word_in(start - 1, AUX)
            // "on 5 May said": a capital inside a sentence is a name.
            && (start == 1 || !self.is_capitalized(start - 1))
        {
            start -= 1;
        }
        Cue { start, end: j + 1, kind: CueKind::Verb { hedged, hypothetical } }
    }

    // ---------------------------------------------------------- sources

    /// Where a list of names that opens the sentence starts, when the
    /// subject `start..b` is its last name or two: "Hawkins, Blankenship,
    /// and Carroll argued", "Hawkins, Blankenship and Carroll argued".
    fn name_list_start(&self, start: usize, b: usize) -> Option<usize> {
        // A name may have "the" before it: "Kuwait, Saudi Arabia, and
        // the United Arab Emirates report".
        let names = |a: usize, e: usize| {
            let the = a + 1 < e && self.is_word_in(a, &["the"]);
            let n = a + usize::from(the);
            n < e
                && e - n <= 3
                && (n..e)
                    .all(|k| self.is_capitalized(k) && !self.is_calendar(k))
                && self.time_after(a) == a
                && !(a == 0
                    && !the
                    && (self.is_opener(0)
                        || self
                            .word(0)
                            .is_some_and(|w| self.lex.is_starter(w))))
        };
        // "... and Carroll all argued": not the quantifier.
        let b = if b > start + 1 && self.is_word_in(b - 1, &["all", "both"]) {
            b - 1
        } else {
            b
        };
        // The last name, or the last two joined by "and".
        let mut s = start;
        if s >= 2 && self.is_word_in(s - 1, &["and"]) && names(s, b) {
            s -= 1;
        } else {
            // "Blankenship and Carroll": names on both sides of "and".
            let and = (s..b).find(|&k| self.is_word_in(k, &["and"]))?;
            if !(names(s, and) && names(and + 1, b)) {
                return None;
            }
        }
        // Back over ", NAME" to the sentence's first word.
        while s >= 2 && self.is_punct(s - 1, &[","]) {
            let end = s - 1;
            let mut k = end;
            while k > 0 && end - k < 3 && self.is_capitalized(k - 1) {
                k -= 1;
            }
            if k > 0 && self.is_word_in(k - 1, &["the"]) {
                k -= 1;
            }
            if !names(k, end) {
                return None;
            }
            s = k;
        }
        (s == 0 && s < start).then_some(s)
    }

    /// The name or the phrase with an article that ends right before
    /// the comma at token `comma`: "Devocht", "Lee Anne Marsh", "a man",
    /// "the mayor of Lyon".
    fn phrase_before_comma(&self, comma: usize) -> Option<(usize, usize)> {
        let mut k = comma;
        while k > 0
            && comma - k < 5
            && (self.is_capitalized(k - 1) || self.in_name(k - 1))
        {
            k -= 1;
        }
        // Not a place after a preposition of place or another comma ("a
        // professor at GT, who", "in London, England, who"); a person
        // after another preposition is ("the home of Prime Minister
        // Tuilaepa, who", "helped by Rick Santorum, who").
        let placed = k > 0
            && (self.is_punct(k - 1, &[","])
                || self.is_word_in(
                    k - 1,
                    &[
                        "in", "at", "near", "across", "outside", "inside",
                        "into", "within",
                    ],
                ));
        if k < comma && self.is_capitalized(k) {
            if !placed {
                return Some((k, comma));
            }
            // "Mark Hay, a marine ecologist and Regents Professor at GT,
            // who": the name the description is set after.
            let before = (comma.saturating_sub(16)..k)
                .rev()
                .find(|&j| self.is_punct(j, &[","]))?;
            if !(self.is_word_in(before + 1, &["a", "an", "the"])
                && self.word(before + 2).is_some_and(is_lower))
            {
                return None;
            }
            let mut s = before;
            while s > 0 && before - s < 4 && self.is_capitalized(s - 1) {
                s -= 1;
            }
            return (s < before).then_some((s, before));
        }
        (comma.saturating_sub(5)..comma)
            .rev()
            .take_while(|&j| self.word(j).is_some())
            .find(|&j| self.is_word_in(j, &["a", "an", "the"]))
            .map(|d| (d, comma))
    }

    /// "..., but the association disputes the figure and says": the
    /// subject of a clause set against the one before (after ", but", ",
    /// while"), whose verb the one after "and" at `conj` follows. The
    /// subject is a few words with no verb among them.
    fn contrast_subject(&self, conj: usize) -> Option<(usize, usize)> {
        let comma = (conj.saturating_sub(16)..conj).rev().find(|&k| {
            self.is_punct(k, &[","]) && self.is_word_in(k + 1, CONTRASTS)
        })?;
        let s = comma + 2;
        let verb = (s..conj).find(|&k| {
            self.word(k)
                .is_some_and(|w| self.finite_like(w) || in_list(w, REBUTTALS))
        })?;
        let subject = verb > s
            && verb - s <= 6
            && (s..verb).all(|k| self.word(k).is_some())
            && !self.is_word_in(s, PRONOUNS);
        subject.then_some((s, verb))
    }

    /// The subject of the cue starting at token `c`: where its phrase
    /// starts and the token range of the source in it (the name of "the
    /// ministry's chief economist, Rhea Pomeroy,"; else the whole).
    fn subject_before(&self, c: usize) -> Option<(usize, (usize, usize))> {
        // "Pierce derided the two-party system and argued ...": the
        // second of two verbs has the subject of the first, when the
        // sentence or the clause opens with it.
        let b = self.modifiers_before(c);
        if b >= 2 && self.is_word_in(b - 1, &["and", "but"]) {
            if let Some((a, e)) = self.contrast_subject(b - 1) {
                return Some((a, (a, e)));
            }
            if let Some((a, e)) = self.coordinated_subject(b - 1) {
                return Some((a, (a, e)));
            }
            // Else the words before the first verb, if any: "The embassy
            // | declined the request and said"; none in "was arrested and
            // told" (someone told him).
            let (a, e) = self.subject_phrase_before(c)?;
            // A word in -s before another verb is a plural ("tools gave").
            let verb = (a..e).find(|&k| {
                self.word(k).is_some_and(|w| {
                    is_lower(w)
                        && self.finite_like(w)
                        && !(w.ends_with('s')
                            && self.word(k + 1).is_some_and(|n| {
                                self.finite_like(n) && !n.ends_with('s')
                            }))
                })
            })?;
            // Not the adverbs and quantifiers before the verb ("they all
            // just ignored").
            let mut end = verb;
            while end > a
                && (self.is_adverb(end - 1)
                    || self.is_word_in(end - 1, QUANTIFIERS)
                    || self.is_word_in(end - 1, &["any", "each", "just"]))
            {
                end -= 1;
            }
            return (end > a && self.word(a).is_some())
                .then_some((a, (a, end)));
        }
        let (a, b) = self.subject_phrase_before(c)?;
        Some(match self.described_name(a, b) {
            Some(name) => (a, name),
            None => (a, (a, b)),
        })
    }

    /// The subject of the verb before the conjunction at token `conj`
    /// that joins two verbs: the subject opening the sentence, or a
    /// pronoun opening the clause ("..., he expressed no regret and
    /// mentioned"). None when neither is there to read.
    fn coordinated_subject(&self, conj: usize) -> Option<(usize, usize)> {
        // Only where the first verb's subject is the second's: not after
        // a passive ("was arrested and told he faced jail": he was told),
        // nor where a report or a relative clause comes between
        // ("Prosecutors say Smith stole the money and told investors",
        // "a man who resisted and claimed").
        let joins = |from: usize| {
            // The first verb: not "was", nor a cue verb, whose clause the
            // second verb may be in.
            let at = (from..conj).find(|&k| !self.is_adverb(k));
            let first = at.and_then(|k| self.word(k));
            // "did not know the date and said": an auxiliary before an
            // active verb ("has been arrested and told" is passive).
            let active_after = |k: usize| {
                (k + 1..conj)
                    .find(|&v| {
                        !self.is_adverb(v) && !self.is_word_in(v, &["not"])
                    })
                    .and_then(|v| self.word(v))
                    .is_some_and(|v| {
                        is_lower(v) && !in_list(v, BE) && !in_list(v, AUX)
                    })
            };
            // A cue verb may have the second verb in the clause it
            // reports ("say Smith stole the money and told"), not when a
            // preposition follows it ("calls for calm and says").
            let reports_a_clause = |k: usize| {
                self.opens_clause(k + 1) || self.is_word_in(k + 1, &["that"])
            };
            let first_ok = first.is_some_and(|w| {
                is_lower(w)
                    && !in_list(w, BE)
                    && (!in_list(w, AUX) || at.is_some_and(active_after))
                    && (self.lex.verb(w).is_none()
                        || at.is_some_and(|k| !reports_a_clause(k)))
            });
            // Nor where a clause of its own opens between ("after he
            // attacked a guard and claimed", "whose brother fled and").
            first_ok
                && !(from..conj).any(|k| {
                    let w = self.word(k).unwrap_or("");
                    in_list(
                        w,
                        &[
                            "who", "which", "that", "whom", "whose", "when",
                            "if", "because", "although", "though", "whereas",
                            "unless", "meaning",
                        ],
                    ) || in_list(
                        w,
                        &["after", "before", "since", "until", "while", "as"],
                    ) && self.is_word_in(k + 1, PRONOUNS)
                })
        };
        if let Some((a, b)) = self.sentence_subject(conj) {
            // "Speaking to CNN, the senator ...": a participle's phrase
            // is no subject ("King Charles" is).
            let phrase = self.word(a).is_some_and(|w| w.ends_with("ing"))
                && self.word(a + 1).is_some_and(is_lower);
            return (!phrase && joins(b)).then_some((a, b));
        }
        let start = (0..conj)
            .rev()
            .find(|&k| self.is_punct(k, &[",", ";"]))
            .map_or(0, |k| k + 1);
        let verb_next = self
            .word(start + 1)
            .is_some_and(|w| is_lower(w) && self.verb_like(w));
        (start + 1 < conj
            && self.is_word_in(start, PRONOUNS)
            && verb_next
            && joins(start + 1))
        .then_some((start, start + 1))
    }

    /// "the ministry's chief economist, Rhea Pomeroy": the name after a
    /// description and a comma, in the subject `a..b` that ended at a
    /// comma.
    fn described_name(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        // A description opens with a lower-case word, an article or a
        // possessive ("The developer, Kettleby Homes,", "His lawyer,
        // Benedikt Aalto,"); a capital opens a name.
        // So does a possessive before a word in lower case ("England's
        // transport secretary, Grant Shapps,", "German Chancellor Angela
        // Merkel's spokesperson, Steffen Seibert,").
        let comma = (a..b).find(|&k| self.is_punct(k, &[","])).unwrap_or(b);
        let possessive = (a..comma).any(|k| {
            self.word(k).is_some_and(is_possessive)
                && self.word(k + 1).is_some_and(is_lower)
        });
        let description = !self.is_capitalized(a)
            || self.is_word_in(a, DESCRIPTION_OPENERS)
            || possessive;
        if !self.is_punct(b, &[","]) || !description {
            return None;
        }
        let last = (a..b).rev().find(|&k| self.is_punct(k, &[","]))?;
        // "The militant organisation, the Islamic State of Iraq and the
        // Levant,": a body's name after a body's description, with its
        // article and the words that join its capitals.
        let body = last > a
            && self
                .word(last - 1)
                .is_some_and(|w| self.lex.is_organisation(w))
            && self.is_word_in(last + 1, &["the"])
            && b - last - 2 <= 10
            && self.is_capitalized(last + 2)
            && self.is_capitalized(b - 1)
            && (last + 2..b).all(|k| {
                self.is_capitalized(k)
                    || self.is_word_in(k, &["of", "and", "the", "for"])
            });
        if body {
            return Some((last + 1, b));
        }
        let name = last + 1..b;
        // "The government of Sindh, Pakistan,": after a description that
        // ends in a name, one word is where it is.
        // Nor is a day or month ("His lawyer, Monday, said").
        let place = name.len() == 1
            && (last > a && self.is_capitalized(last - 1)
                || self.is_calendar(name.start));
        let is_name = !name.is_empty()
            && !place
            && name.len() <= 5
            && self.is_capitalized(name.start)
            && name.clone().all(|k| {
                self.is_capitalized(k) || self.is_punct(k, &["-", "."])
            });
        is_name.then_some((name.start, name.end))
    }

    /// Where a person's name set off by a comma after a description
    /// ends, when one starts at token `k`: up to five capitals (with the
    /// hyphens and stops inside them), not a body's ("Oslo Police
    /// District") nor a day or month, then the sentence's end or a comma
    /// and the rest of the clause in lower case (not a list: "Lufthansa,
    /// Air France and KLM").
    fn apposed_name(&self, k: usize) -> Option<usize> {
        let mut end = k;
        while end < self.toks.len()
            && end - k < 5
            && (self.is_capitalized(end)
                || end > k
                    && self.is_punct(end, &["-", "."])
                    && !self.toks[end].space_before
                    && self.is_capitalized(end + 1))
        {
            end += 1;
        }
        let closed = end == self.toks.len()
            || self.is_punct(end, &[".", "!", "?", ";"])
            || self.is_punct(end, &[","])
                && self.word(end + 1).is_some_and(is_lower)
                && !self.is_word_in(end + 1, &["and", "or"]);
        let person = end > k
            && !(end == k + 1 && self.is_calendar(k))
            && !(k..end).any(|i| {
                self.word(i).is_some_and(|w| self.lex.is_organisation(w))
            });
        (person && closed).then_some(end)
    }

    /// The phrase of the subject of the cue starting at token `c`.
    fn subject_phrase_before(&self, c: usize) -> Option<(usize, usize)> {
        let b = self.modifiers_before(c);
        if b == 0 {
            return None;
        }
        // "He met Devocht, who said", "a man, who told it": set off by a
        // comma, "who" stands for the name or the phrase before it.
        if b >= 3
            && self.word(b - 1) == Some("who")
            && self.is_punct(b - 2, &[","])
        {
            if let Some(phrase) = self.phrase_before_comma(b - 2) {
                return Some(phrase);
            }
        }
        if self.is_punct(b - 1, &[","]) {
            // "Kateryna Stepanenko, a Russia research fellow ..., told":
            // the source is the name before the apposition.
            let mut start = self.clause_start(b - 1, true);
            // "Yesterday, Joe Biden, ..., announced": a time set off
            // before the subject is not it, nor is a phrase opened by a
            // participle or a preposition before a name and its
            // apposition ("Speaking to Portfolio.hu, Matt Simister,
            // Tesco's CEO, explained").
            loop {
                let time = if self.is_adverb(start) {
                    start + 1
                } else {
                    self.time_after(start)
                };
                if time > start && self.is_punct(time, &[","]) {
                    start = time + 1;
                    continue;
                }
                // "And she, in response, said": the conjunction joins the
                // sentence, it is not the source.
                if start + 1 < b - 1 && self.is_word_in(start, CONJUNCTIONS) {
                    start += 1;
                    continue;
                }
                let opener = self.is_opener(start);
                let mut commas =
                    (start..b - 1).filter(|&k| self.is_punct(k, &[","]));
                match (commas.next(), commas.next()) {
                    (Some(k), Some(_))
                        if opener
                            && (self.is_capitalized(k + 1)
                                || self.is_word_in(k + 1, DETERMINERS)) =>
                    {
                        start = k + 1;
                    }
                    _ => break,
                }
            }
            let comma = (start..b - 1).find(|&k| self.is_punct(k, &[","]))?;
            let pronoun =
                comma == start + 1 && self.is_word_in(start, PRONOUNS);
            // "the ministry's chief economist, Rhea Pomeroy, said", "The
            // developer, Kettleby Homes, said".
            if self.described_name(start, b - 1).is_some() {
                return Some((start, b - 1));
            }
            // "The sheriff's office in Baytown, Texas, said": the place's
            // state or country set off is part of it.
            let state = comma + 1 < b - 1
                && b - 1 - (comma + 1) <= 3
                && (comma + 1..b - 1).all(|k| self.is_capitalized(k))
                && (start..comma)
                    .rev()
                    .find(|&k| !self.is_capitalized(k))
                    .is_some_and(|p| {
                        p + 1 < comma
                            && p > start
                            && self.is_word_in(p, &["in", "from", "near"])
                    });
            if state {
                return Some((start, b - 1));
            }
            if comma > start && (self.is_capitalized(start) || pronoun) {
                // "The Emergencies Ministry has, in a statement, called":
                // the auxiliary before the aside is the verb's.
                let mut end = comma;
                while end > start + 1
                    && self.word(end - 1).is_some_and(|w| {
                        is_lower(w) && (in_list(w, AUX) || in_list(w, BE))
                    })
                {
                    end -= 1;
                }
                return Some((start, end));
            }
            return None;
        }
        let mut start = self.clause_start(b, false);
        // "a man who says": the clause stops at "who", whose phrase
        // before it is read below.
        let relative = b > 0 && self.word(b - 1) == Some("who");
        if start >= b && !relative {
            return None;
        }
        // The most words a subject may have.
        let mut longest = 12;
        // "Police in Lyon, France said", "A spokesman for the ministry in
        // Munich, Germany confirmed": a place and its country after a
        // phrase with no verb are one subject, not a clause and its source.
        if start >= 3
            && b - start <= 3
            && self.is_punct(start - 1, &[","])
            && (start..b).all(|k| self.is_capitalized(k))
        {
            let from = self.clause_start(start - 1, false);
            // The phrase runs from the last mark, with no verb in it and
            // nothing fronted opening it ("Ahead of the vote in Lincoln
            // Park, Trump vowed").
            let opening = (0..start - 1)
                .rev()
                .find(|&k| self.toks[k].class == Class::Punct)
                .map_or(0, |k| k + 1);
            let place = (from..start - 1)
                .rev()
                .take_while(|&k| self.is_capitalized(k))
                .count();
            let prep = (start - 1).checked_sub(place + 1);
            let verb = (opening..start - 1).any(|k| {
                self.word(k).is_some_and(|w| {
                    is_lower(w)
                        && (w.ends_with("ed")
                            || in_list(w, IRREGULAR_PASTS)
                            || self.lex.verb(w).is_some()
                            || in_list(w, BE)
                            || in_list(w, AUX)
                            || w == "to")
                })
            });
            let fronted = self.word(from).is_none_or(|w| {
                is_fronted(w)
                    || in_list(w, NOUN_PREPOSITIONS)
                    || in_list(w, &["ahead", "according"])
            });
            if from == opening
                && !fronted
                && !verb
                && place > 0
                && prep.is_some_and(|p| {
                    p > from && self.is_word_in(p, &["in", "from", "near"])
                })
            {
                // The country and its comma may take the phrase past the
                // usual length ("the Bavarian State Ministry of Public
                // Health and Health Care in Munich, Germany").
                longest += b - start + 1;
                start = from;
            }
        }
        // "Terri Collins who sponsored the bill remarked", "A woman who
        // lives nearby said": a relative clause after the subject, with
        // no commas, is no subject; the phrase before "who" is.
        let who = (b.saturating_sub(RELATIVE_REACH)..b)
            .rev()
            .take_while(|&k| self.toks[k].class != Class::Punct)
            .find(|&k| self.word(k) == Some("who"));
        // Not when the cue is the second verb of the relative clause ("a
        // man who resisted and claimed"), nor when a verb comes before
        // "who" ("Police arrested a man who later said").
        let b = match who {
            Some(who)
                if !(who..b).any(|k| self.is_word_in(k, &["and", "or"])) =>
            {
                let from = self.clause_start(who, false);
                // "We hope any users who": a pronoun with words after it
                // has its verb among them.
                // "You're talking about others who say": a pronoun and its
                // verb in one word.
                let contracted = |w: &str| {
                    ["'re", "’re", "'m", "’m", "'ve", "’ve", "'ll", "’ll"]
                        .iter()
                        .any(|c| w.ends_with(c))
                };
                // A verb's form is a verb only before an object ("state
                // representative Terri Collins"); so is any word but a
                // preposition before an article ("Police arrest a man").
                let verb_at = |k: usize, w: &str| {
                    let object = self.is_word_in(k + 1, &["a", "an", "the"])
                        && !in_list(w, NOUN_PREPOSITIONS)
                        && !in_list(w, &["at", "near", "than"]);
                    is_lower(w)
                        && (w.ends_with("ed")
                            || object
                            || self.lex.verb(w).is_some()
                                && self.is_word_in(k + 1, DETERMINERS))
                };
                let noun_phrase = |from: usize| {
                    from < who
                        && who - from <= 6
                        && !(who - from > 1 && self.is_word_in(from, PRONOUNS))
                        && (from..who).all(|k| {
                            self.word(k).is_some_and(|w| {
                                !contracted(w) && !verb_at(k, w)
                            })
                        })
                };
                // After a verb or a preposition, the object before "who"
                // is who speaks: "Police arrest a man who says he was
                // innocent", "talking about others who say".
                let object = || {
                    (from..who)
                        .rev()
                        .take(4)
                        .find(|&k| {
                            self.is_word_in(k, &["a", "an", "the"])
                                || k > from
                                    && self
                                        .is_word_in(k - 1, NOUN_PREPOSITIONS)
                        })
                        .filter(|&k| k > from && noun_phrase(k))
                };
                if noun_phrase(from) {
                    start = from;
                    who
                } else if let Some(k) = object() {
                    start = k;
                    who
                } else {
                    b
                }
            }
            _ => b,
        };
        if start >= b {
            return None;
        }
        // "Cameroon says Russia has confirmed": a report inside a report;
        // its subject starts after the outer verb (not in a relative
        // clause: "a woman who said she saw it").
        if let Some(k) = (start..b - 1).rev().find(|&k| {
            self.is_word_in(k, &["said", "says", "say"])
                && self.word(k).is_some_and(is_lower)
        }) {
            if !(start..k)
                .any(|j| self.is_word_in(j, &["who", "that", "which"]))
            {
                start = k + 1;
            }
        }
        // "Although the minister said", "But media reports say",
        // "Meanwhile the ministry said": a subordinator or a word that
        // links the sentence to the one before opens the clause and is no
        // word of its subject.
        // A word joined by a hyphen stays ("Then-President Trump"); one
        // that may open a name ("Indeed Hiring Lab", "Still Life") goes
        // only before a word in lower case.
        let links = |k: usize| {
            let joined =
                self.is_punct(k + 1, &["-"]) && !self.toks[k + 1].space_before;
            let before_lower = self.word(k + 1).is_some_and(is_lower)
                || self.is_word_in(k + 1, DETERMINERS);
            // In lower case ("however Bonham") or one that names nothing
            // ("However Bonham") it is the link.
            let plain = self.word(k).is_some_and(is_lower)
                || self.is_word_in(k, &["however", "meanwhile", "moreover"]);
            !joined
                && (self.is_word_in(k, SUBORDINATORS)
                    || self.is_word_in(k, CONJUNCTIONS)
                    || self.is_word_in(k, CONNECTIVES)
                        && (before_lower || plain))
        };
        while b - start > 1 && links(start) {
            start += 1;
        }
        if let Some(list) = self.name_list_start(start, b) {
            // A list of names may run past the usual length ("France,
            // Germany, the Netherlands, Sweden, and the United Kingdom").
            longest = longest.max(b - list).min(24);
            start = list;
        }
        // "On Wednesday Greek Foreign Minister George Katrougalos", "Last
        // week the minister": a time before the subject, with no comma,
        // is not part of it.
        let time = self.time_after(start);
        if time > start && time < b {
            start = time;
        }
        // "They all said": a quantifier after the subject is not a word
        // of it. After names joined by "and" it stays, for now: without it
        // the resolver would take "Pierce and Hawkins" for Hawkins alone.
        let mut b = b;
        if b - start > 1
            && self.is_word_in(b - 1, &["both", "all", "each"])
            && !self.is_word_in(b - 2, NOUN_PREPOSITIONS)
            && (!(start..b).any(|k| self.is_word_in(k, &["and"]))
                || (start..b).any(|k| self.is_punct(k, &[","])))
        {
            b -= 1;
        }
        // "During the speech Trump claimed": a phrase set before the
        // subject with no comma after it; the subject is the name, or
        // the phrase opened by an article, that ends it. Only a phrase
        // opening the sentence: mid-sentence ("with the party VMRO-DPMNE
        // expected to win") it is not read this way. The clause may start
        // after the opener, as "after" ends a subject read backwards.
        if start <= 1 && self.is_opener(0) {
            // The name may be hyphenated: "Kim Min-Woo". Right after a
            // preposition the name may run on from its object ("with CNN
            // Smith", "in Ohio Donald Trump"): no name is read then.
            let name = (1..b)
                .rev()
                .take_while(|&k| {
                    self.is_capitalized(k)
                        || self.is_punct(k, &["-"])
                            && !self.toks[k].space_before
                            && !self.toks[k + 1].space_before
                })
                .last()
                .filter(|&k| {
                    self.is_capitalized(k)
                        && !self.is_calendar(k)
                        && !self.is_word_in(k - 1, NOUN_PREPOSITIONS)
                });
            let article = (2..b)
                .rev()
                .find(|&k| self.is_word_in(k, &["the", "a", "an"]));
            if let Some(k) = name.filter(|&k| k > 1).or(article) {
                start = k;
            }
        }
        // A pronoun is the whole subject.
        let start = (start..b)
            .rev()
            .find(|&k| self.is_word_in(k, PRONOUNS))
            .unwrap_or(start);
        if b - start > longest {
            return None;
        }
        Some((start, b))
    }

    /// Where the clause that ends before token `b` starts: after the
    /// sentence start, a closing quotation, `;`, `:`, a dash, `, and` or
    /// (unless `through_commas`) a comma.
    fn clause_start(&self, b: usize, through_commas: bool) -> usize {
        let mut a = b;
        while a > 0 {
            let k = a - 1;
            let t = &self.toks[k];
            if t.class == Class::Punct {
                let p = self.str(k);
                let comma = p == ",";
                // "At 5:17 p.m. his daughter": a clock's colon.
                let clock = p == ":"
                    && k > 0
                    && self.is_number(k - 1)
                    && self.is_number(k + 1)
                    && self.glued(k)
                    && self.glued(k + 1);
                // "LONDON (Reuters) - Britain said": a hyphen set apart by
                // spaces is a dash.
                let dash = p == "-" && t.space_before && !self.glued(k + 1);
                if (comma && !through_commas)
                    || matches!(p, ";" | ":" | "—" | "–" | "(" | ")") && !clock
                    || dash
                    || self.is_quote_mark(k)
                {
                    break;
                }
            } else if let Some(w) = self.word(k) {
                if in_list(w, &["and", "but", "while", "so", "yet"])
                    && k > 0
                    && self.is_punct(k - 1, &[","])
                {
                    break;
                }
                // "Iran's ambassador to Russia Kazem Jalali": "to" after a
                // title belongs to it.
                // So too after an adjective that takes it ("people close
                // to the president").
                let title_to = w.eq_ignore_ascii_case("to")
                    && k > 0
                    && (self
                        .word(k - 1)
                        .is_some_and(|t| self.lex.is_title(t))
                        && (self.is_capitalized(k + 1)
                            || self.is_word_in(k + 1, &["the"])
                                && self.is_capitalized(k + 2))
                        || self.is_word_in(k - 1, ADJECTIVES_TO));
                if !through_commas && in_list(w, SUBJECT_STOPS) && !title_to {
                    break;
                }
                // "Now, Moscow has to think": a sentence adverb before a
                // comma is not part of the subject.
            }
            a -= 1;
        }
        a
    }

    /// A source named after its cue: `said Finance Minister Lars Berg`,
    /// `according to the ministry`.
    fn source_after(&self, e: usize, any_np: bool) -> Option<(usize, usize)> {
        let mut k = e;
        // Possessive marks, which do not count towards the length.
        let mut marks = 0;
        let n = self.toks.len();
        while k < n {
            let t = &self.toks[k];
            if t.class == Class::Punct {
                // "Dr. Hana Morrow-Ito": the stop of a title goes on.
                let title_stop = self.str(k) == "."
                    && !t.space_before
                    && k > e
                    && self
                        .word(k - 1)
                        .is_some_and(|w| self.lex.is_title_abbreviation(w))
                    && self.is_capitalized(k + 1);
                // "Morrow-Ito", "a whistle-blower complaint", "PG&E"
                let hyphen = k > e
                    && (self.inner_hyphen(k)
                        || self.inner_mark(k, &["&"])
                            && self.is_capitalized(k - 1));
                // "the U.S. embassy": the stops of an abbreviation in
                // capitals.
                let initial = |j: usize| {
                    self.word(j).is_some_and(|w| {
                        w.len() == 1
                            && w.starts_with(|c: char| c.is_ascii_uppercase())
                    })
                };
                let abbreviation = self.str(k) == "."
                    && !t.space_before
                    && k > e
                    && initial(k - 1)
                    && (initial(k + 1) && !self.toks[k + 1].space_before
                        || k >= e + 2
                            && self.is_punct(k - 2, &["."])
                            && self.word(k + 1).is_some());
                // "Politics1.com", "Portfolio.hu": a web address.
                let domain = self.str(k) == "."
                    && !t.space_before
                    && k > e
                    && self.toks.get(k + 1).is_some_and(|n| {
                        !n.space_before && n.class == Class::Word
                    })
                    && self.word(k + 1).is_some_and(is_lower);
                // "John G. Roberts": an initial between the names.
                let middle = self.str(k) == "."
                    && !t.space_before
                    && k >= e + 2
                    && initial(k - 1)
                    && self.is_capitalized(k - 2)
                    && self.is_capitalized(k + 1);
                // "Windsor Locks' first selectman": a plural's possessive.
                let possessive = k > e
                    && self.plural_possessive(k)
                    && self.word(k + 1).is_some()
                    && self.toks[k + 1].space_before;
                if title_stop
                    || hyphen
                    || abbreviation
                    || domain
                    || middle
                    || possessive
                {
                    marks += usize::from(possessive);
                    k += 1;
                    continue;
                }
                break;
            }
            let w = self.str(k);
            // "... but insisted": a second cue ends the source, and so
            // does a subject ("according to the ministry he died").
            if k > e && (self.second_cue_at(k) || in_list(w, SUBJECT_PRONOUNS))
            {
                break;
            }
            // "according to the New York Times about 100 miles from
            // Okinawa": a hedged figure right after a name or a body is
            // part of what was reported (but "a study of about 100
            // people" and "a posting made just over 24 hours ago" are
            // the source).
            // "according to the WHO report yesterday", "Johns Hopkins late
            // today": a time after it.
            // ("USA Today" is a name.)
            let speech_time = |k: usize| {
                self.word(k)
                    .is_some_and(|w| is_lower(w) && self.lex.is_speech_time(w))
            };
            if k > e
                && (speech_time(k)
                    || in_list(w, &["late", "early"])
                        && (speech_time(k + 1) || self.is_calendar(k + 1)))
            {
                break;
            }
            if k > e
                && in_list(w, FIGURE_HEDGES)
                && self.is_number(k + 1)
                && (self.is_capitalized(k - 1)
                    || self.word(k - 1).is_some_and(|p| {
                        self.lex.is_title(p) || self.lex.is_organisation(p)
                    }))
            {
                break;
            }
            let cap = self.is_capitalized(k) || k > e && self.in_name(k);
            // "said UCL astronomer Angelos Tsiaras": a word of what the
            // person does, between a capital and the name.
            let occupation = k > e
                && is_lower(w)
                && self.is_capitalized(k - 1)
                && self.is_capitalized(k + 1)
                && !self.is_calendar(k + 1)
                && self.lex.verb(w).is_none()
                && !in_list(w, NOUN_PREPOSITIONS)
                && !in_list(w, SUBJECT_STOPS)
                && !in_list(w, CONJUNCTIONS)
                && !in_list(w, DETERMINERS)
                && !in_list(
                    w,
                    &[
                        "at", "via", "per", "near", "during", "through",
                        "across", "like", "versus", "last", "this", "next",
                    ],
                );
            let ok = cap
                || occupation
                || in_list(w, PRONOUNS)
                || (any_np
                    // "the mayor via news agency Interfax": the one who
                    // passed it on is not the source.
                    && !in_list(
                        w,
                        &[
                            "that", "on", "in", "at", "during", "after",
                            "last", "this", "via",
                        ],
                    )
                    && (k == e || !in_list(w, &["said", "says"])))
                || (k > e && in_list(w, &["of", "the", "for", "and"]))
                || self.lex.is_title(w);
            if !ok {
                break;
            }
            k += 1;
        }
        // Trailing "of", "the", "and" are not part of a name.
        while k > e && self.is_word_in(k - 1, &["of", "the", "for", "and"]) {
            k -= 1;
        }
        (k > e && k - e - marks <= 10).then_some((e, k))
    }

    /// A source after an inverted cue (`“...,” said ...`) that opens with
    /// a description in lower case: `the mayor`, `a police spokeswoman`,
    /// `festival director Odalys Brenner`, `tenant Marta Vennström`,
    /// `a statement from Halvorsen Group`. The description must end in a
    /// title or body of the word lists, or lead to a name; anything else
    /// (`said the plan`, `said yesterday`) is no source.
    fn described_source_after(&self, e: usize) -> Option<(usize, usize)> {
        let n = self.toks.len();
        let determiner =
            self.is_word_in(e, &["the", "a", "an", "one", "its", "their"]);
        let from = e + usize::from(determiner);
        let mut k = from;
        while k < n
            && k < from + 3
            && self.word(k).is_some_and(|w| {
                is_lower(w)
                    && !in_list(w, SUBJECT_STOPS)
                    && !in_list(w, ADVERBS)
                    && !is_fronted(w)
                    && !in_list(w, DETERMINERS)
                    && self.lex.verb(w).is_none()
            })
        {
            k += 1;
        }
        if k == from {
            return None;
        }
        let head = self.str(k - 1);
        let role = self.lex.is_title(head) || self.lex.is_organisation(head);
        // "festival director Odalys Brenner", "tenant Marta Vennström".
        if self.is_capitalized(k) && (role || !determiner) {
            let (_, end) = self.source_after(k, false)?;
            return Some((e, end));
        }
        // "a statement from Halvorsen Group".
        if determiner
            && self.is_word_in(k, &["from", "of", "at"])
            && self.is_capitalized(k + 1)
        {
            let (_, end) = self.source_after(k + 1, false)?;
            return Some((e, end));
        }
        (role && determiner).then_some((e, k))
    }

    // ---------------------------------------------------------- content

    /// Token `k` is a participle that reports, right after a quotation
    /// ending in a comma: "called the increase “steep and badly timed,”
    /// noting that". A comma inside a quotation ends nothing of its own,
    /// but here it ends what was reported before the participle.
    fn participle_after_quote(&self, k: usize) -> bool {
        k >= 2
            && self.is_punct(k - 2, &[","])
            && self.is_quote_mark(k - 1)
            && self
                .word(k)
                .and_then(|w| self.lex.verb(w))
                .is_some_and(|v| v.form == Form::Gerund)
    }

    /// Where a content starting at token `from` ends: before the first
    /// comma after it that brings in a second cue, an `according to` or
    /// a gloss of the figure, else at the sentence's end; terminal
    /// punctuation left out.
    fn content_end(&self, from: usize) -> usize {
        let stops = self.stops.get_or_init(|| {
            (0..self.toks.len())
                .filter_map(|k| {
                    let t = &self.toks[k];
                    let punct =
                        |p: &str| t.class == Class::Punct && self.str(k) == p;
                    let comma = punct(",");
                    // "...,” noting that": the stop is the participle.
                    if comma && self.participle_after_quote(k + 2) {
                        return Some(k + 2);
                    }
                    // "and", "but": three letters.
                    if !(comma
                        || punct(";")
                        || t.span.len() == 3 && self.second_cue_at(k))
                    {
                        return None;
                    }
                    if self.in_quote(k) {
                        return None;
                    }
                    // "denies the two are related; reports describe ...":
                    // a semicolon ends what was reported.
                    if !comma {
                        return Some(k);
                    }
                    let next = self.word(k + 1);
                    let participle =
                        next.and_then(|w| self.lex.verb(w)).is_some_and(|v| {
                            matches!(v.form, Form::Gerund)
                                || (matches!(v.form, Form::Past)
                                    && self.is_word_in(k + 2, &["to"]))
                        });
                    // ", citing the refusal", ", making it the second":
                    // the writer's gloss on what was reported (not ",
                    // killing 74" or ", including five children").
                    let gloss = next.is_some_and(|w| in_list(w, GLOSSES));
                    // ", while also suggesting that ...": a second report
                    // in passing.
                    let while_reporting =
                        self.is_word_in(k + 1, &["while", "whilst"]) && {
                            let g = k + 2 + usize::from(self.is_adverb(k + 2));
                            self.word(g)
                                .and_then(|w| self.lex.verb(w))
                                .is_some_and(|v| v.form == Form::Gerund)
                        };
                    (participle
                        || gloss
                        || while_reporting
                        || self.cue_phrase_at(k + 1).is_some()
                        || self.restates_figure(k + 1)
                        || self.another_report_at(k + 1)
                        || self.closing_tag_at(k + 1))
                    .then_some(k)
                })
                .collect()
        });
        let i = stops.partition_point(|&k| k < from);
        let mut end = stops.get(i).copied().unwrap_or(self.toks.len());
        // "... arrested. (AP) (CNN)": the outlets a news digest cites
        // after the sentence are not what was reported.
        while let Some(open) = self.citation_before(end, from) {
            end = open;
        }
        // "While one candidate stated that taxes would fall, little of
        // this money trickles down", "the hall, which The Hill described
        // as combative, Trump refused": a report inside a clause that
        // leads to another ends with its clause.
        let quoted = (from..end)
            .find(|&k| !self.is_punct(k, &[","]))
            .is_some_and(|k| self.is_quote_mark(k));
        if !quoted && self.in_dependent_clause(from) {
            if let Some(comma) = self.clause_comma(from, end) {
                end = comma;
            }
        }
        while end > from
            && self.toks[end - 1].class == Class::Punct
            && matches!(self.str(end - 1), "." | "!" | "?" | "," | ";" | ":")
        {
            end -= 1;
        }
        end
    }

    /// "... is believed to have resigned, a source said.": at token `k`,
    /// after a comma, a short subject and a reporting verb close the
    /// sentence. That is a report of its own: what was reported before
    /// ends at the comma before it.
    fn closing_tag_at(&self, k: usize) -> bool {
        let n = self.toks.len();
        // Not "in Gorgan, Golestan and has arrested two suspects.": a
        // subject has no "and", and a counted word is a noun.
        let in_tag = |j: &usize| {
            self.word(*j).is_some() && !self.is_word_in(*j, &["and", "or"])
        };
        // The words run to the sentence's end (checked first: most
        // commas are far from it), the last of them the tag's verb.
        let words_end = (k..(k + 7).min(n)).find(|j| !in_tag(j));
        let last = match words_end {
            Some(e) if self.is_punct(e, &[".", "!", "?"]) => e - 1,
            None if n <= k + 6 => n - 1,
            _ => return false,
        };
        let reports = |j: usize| {
            self.word(j)
                .and_then(|w| self.lex.verb(w))
                .is_some_and(|v| v.form != Form::Gerund && !v.passive_only)
        };
        last > k
            && reports(last)
            && !(k + 1..last).any(reports)
            && !self.word(last - 1).is_some_and(|w| self.lex.is_number_word(w))
    }

    /// Tokens from `k` join a clause that reports someone else's words
    /// to the one before: "but Ukraine's military describes the comments
    /// as manipulation", "while the army says 12 were killed", "and her
    /// deputy said": a conjunction, a subject and a cue verb. What was
    /// reported before ends at the comma before them.
    fn another_report_at(&self, k: usize) -> bool {
        if !self.is_word_in(
            k,
            &["but", "while", "whereas", "and", "although", "though", "yet"],
        ) || !self.opens_clause(k + 1)
            || self.is_word_in(k + 1, &["that"])
        {
            return false;
        }
        // A subject of a few words ("Ukraine's military", "the
        // electoral commission"), then its verb; not a second clause of
        // what was reported ("and that if I tell him ..."). "but the
        // association disputes the figure": a rebuttal is another's
        // account too.
        let words = |j: usize| {
            self.word(j).is_some_and(|w| {
                !in_list(w, &["that", "if", "whether", "when", "because"])
            }) || self.is_punct(j, &["'", "’", "-"])
        };
        let rebuttal = !self.is_word_in(k, &["and"])
            && (k + 2..(k + 8).min(self.toks.len()))
                .take_while(|&j| words(j))
                .any(|j| {
                    self.is_word_in(j, REBUTTALS)
                        && self.word(j - 1).is_some_and(|p| {
                            !in_list(p, BE) && !in_list(p, &["to"])
                        })
                });
        if rebuttal {
            return true;
        }
        (k + 2..(k + 8).min(self.toks.len()))
            .take_while(|&j| words(j))
            .find(|&j| {
                self.word(j)
                    .and_then(|w| self.lex.verb(w))
                    .is_some_and(|v| v.form != Form::Gerund)
            })
            .is_some_and(|j| {
                // A report of its own: a clause follows the verb. Not an
                // act in the first source's account ("and the attacker
                // shouted abuse", "but its engineers warned managers"),
                // nor what someone was told there ("and her boss told
                // her it was her age").
                // ("and the UN told AFP" is another's report.)
                let tell = self.is_word_in(k, &["and"])
                    && self.is_word_in(j, &["told", "tells", "tell"])
                    && self.is_word_in(j + 1, OBJECTS);
                // "reported as many as", "called for a ceasefire", "was
                // later found to be false" report too.
                let passive =
                    (1..=2).any(|b| j >= b && self.is_word_in(j - b, BE));
                let clause = self.is_word_in(j + 1, &["that", "as", "for"])
                    || passive && self.infinitive_at(j + 1)
                    || self.is_quote_mark(j + 1)
                    || self.is_punct(j + 1, &[":", ","])
                    || self.opens_clause(j + 1);
                !tell && clause && self.verb_cue_at(j).is_some()
            })
    }

    /// The comma between `from` and `end` where the clause that holds
    /// `from` ends and the next begins: not one that sets off a phrase
    /// ("that, in his view, prices would fall, | they rose") or parts a
    /// list ("taxes, wages and rents would fall, | little ...").
    fn clause_comma(&self, from: usize, end: usize) -> Option<usize> {
        let comma = |k: usize| self.is_punct(k, &[","]) && !self.in_quote(k);
        let mut k = from + 1;
        while k < end {
            if !comma(k) {
                k += 1;
                continue;
            }
            let phrase = self.is_word_in(k + 1, NOUN_PREPOSITIONS)
                || self.is_word_in(k + 1, SCENE_OPENERS)
                || self.is_word_in(
                    k + 1,
                    &["including", "excluding", "such", "mostly", "mainly"],
                );
            let item = (k + 1..end.min(k + 5)).any(|j| {
                self.is_word_in(j, &["and", "or"])
                    || comma(j) && (k + 1..j).all(|w| self.word(w).is_some())
            });
            if phrase {
                // Past the comma that closes the phrase.
                k = (k + 1..end).find(|&j| comma(j)).map_or(end, |j| j + 1);
            } else if item {
                k += 1;
            } else {
                return Some(k);
            }
        }
        None
    }

    /// Token `from` is in a clause that another one follows: opened by a
    /// subordinator at the sentence's start ("While ...,") or by a
    /// relative pronoun after a comma (", which ...,"). A clause opened
    /// after a comma by a subordinator (", as the government says ...")
    /// runs to the sentence's end.
    fn in_dependent_clause(&self, from: usize) -> bool {
        let s = (0..from)
            .rev()
            .find(|&k| self.is_punct(k, &[",", ";", ":"]))
            .map_or(0, |k| k + 1);
        if s == 0 {
            // "While one candidate stated ...": a conjunction. "After the
            // meeting the president said ...": a preposition, unless a
            // clause follows it ("After he said ...").
            self.is_word_in(0, CLAUSE_CONJUNCTIONS)
                || self.is_word_in(0, SUBORDINATORS)
                    && self.word(1).is_some_and(|w| in_list(w, PRONOUNS))
        } else {
            self.is_punct(s - 1, &[","])
                && self.is_word_in(s, &["which", "who", "whom"])
        }
    }

    /// The opening bracket of a bracketed group ending right before token
    /// `end`, after `from`, that follows the end of a sentence (or another
    /// such group): a citation like "(Reuters)".
    fn citation_before(&self, end: usize, from: usize) -> Option<usize> {
        if end == 0 || !self.is_punct(end - 1, &[")"]) {
            return None;
        }
        let open =
            (from..end - 1).rev().find(|&k| self.is_punct(k, &["("]))?;
        // The sentence's end may be inside a quotation: "“... a
        // sell-off.” (Critical Threats)".
        let ends = |k: usize| self.is_punct(k, &[".", "!", "?", ")"]);
        let after_end = open > from
            && (ends(open - 1)
                || open >= 2
                    && self.is_quote_mark(open - 1)
                    && ends(open - 2))
            && (open + 1..end - 1).all(|k| !self.is_punct(k, &["(", ")"]));
        after_end.then_some(open)
    }

    /// Whether an apposition that restates the figure before it starts at
    /// token `k` (`..., figures similar to its casualty rate`): the
    /// reporter's gloss, not the source's words.
    fn restates_figure(&self, k: usize) -> bool {
        const NOUNS: [&str; 10] = [
            "figure", "figures", "number", "numbers", "level", "levels",
            "rate", "rates", "toll", "total",
        ];
        let k =
            if self.is_word_in(k, &["a", "an", "the"]) { k + 1 } else { k };
        self.is_word_in(k, &NOUNS) && !self.is_word_in(k + 1, &["of"])
    }

    /// A quotation ending right before byte `at`, with only spaces and
    /// commas between.
    fn quote_before(&self, at: usize) -> Option<Span> {
        let i = self.quotes.partition_point(|q| q.end <= at);
        let q = *self.quotes.get(i.checked_sub(1)?)?;
        let gap = &self.text[q.end..at];
        (q.end > self.sentence.start
            && gap.chars().all(|c| c.is_whitespace() || c == ','))
        .then_some(q)
    }

    /// A quotation starting right after byte `at`, with only spaces, a
    /// comma or a colon between.
    fn quote_after(&self, at: usize) -> Option<Span> {
        let i = self.quotes.partition_point(|q| q.start < at);
        let q = *self.quotes.get(i)?;
        let gap = &self.text[at..q.start];
        (gap.chars().all(|c| c.is_whitespace() || c == ',' || c == ':')
            && q.start < self.sentence.end)
            .then_some(q)
    }

    fn kind_of(&self, content: Span) -> AttributionKind {
        // Quotations are in order and apart: only the first one starting
        // inside the content can lie wholly inside it.
        let i = self.quotes.partition_point(|q| q.start < content.start);
        // "said on Friday “I can do it”": the quotation is all of it.
        if self.quotes.get(i) == Some(&content) {
            return AttributionKind::Direct;
        }
        let inner = self
            .quotes
            .get(i)
            .is_some_and(|q| content.contains(*q) && q.len() < content.len());
        if inner {
            AttributionKind::Mixed
        } else {
            AttributionKind::Indirect
        }
    }

    /// Token `k` is a hyphen inside a word: "KDKA-TV", "Morrow-Ito".
    fn inner_hyphen(&self, k: usize) -> bool {
        self.inner_mark(k, &["-"])
    }

    /// Token `k` is one of `marks` inside a word, against a word on
    /// either side: "Morrow-Ito", "PG&E".
    fn inner_mark(&self, k: usize, marks: &[&str]) -> bool {
        self.is_punct(k, marks)
            && !self.toks[k].space_before
            && k > 0
            && self.word(k - 1).is_some()
            && self
                .toks
                .get(k + 1)
                .is_some_and(|n| !n.space_before && n.class == Class::Word)
    }

    /// Tokens from `k` are "to" and someone spoken to ("to regulators",
    /// "to the board", "to him"), not an infinitive ("to cut taxes").
    fn to_addressee(&self, k: usize) -> bool {
        self.is_word_in(k, &["to"])
            && self.word(k + 1).is_some_and(|w| {
                in_list(w, DETERMINERS)
                    || in_list(w, OBJECTS)
                    || self.is_capitalized(k + 1)
                    || (w.ends_with('s')
                        && !in_list(w, &["is", "was", "has", "does"]))
            })
    }

    /// Where reported speech after the cue (tokens from `e`) starts: after
    /// where and when it was said ("said on Monday they believe"), at a
    /// `that` after a short adverbial or addressee, else right after.
    fn complement_start(&self, e: usize) -> usize {
        // "accused him of actions that ...": the one charged opens what
        // is charged.
        if e.checked_sub(1).is_some_and(|p| self.charges(p)) {
            return e;
        }
        let setting = self.setting_end(e);
        if setting > e {
            return setting;
        }
        let limit = (e + 10).min(self.toks.len());
        for k in e..limit {
            // "announced the decision that night": "that" points at a time.
            let demonstrative = || {
                self.is_word_in(k + 1, DAY_PARTS)
                    || self.is_word_in(
                        k + 1,
                        &["day", "week", "month", "year", "time"],
                    )
            };
            if self.is_word_in(k, &["that"]) && !demonstrative() {
                let between_ok = (e..k).all(|m| {
                    self.word(m).is_some_and(|w| self.lex.verb(w).is_none())
                        || self.inner_hyphen(m)
                });
                let first_ok = k == e
                    || self.is_capitalized(e)
                    || self.is_word_in(
                        e,
                        &[
                            "in",
                            "on",
                            "at",
                            "during",
                            "by",
                            "via",
                            "over",
                            "last",
                            "this",
                            "earlier",
                            "yesterday",
                            "today",
                            "on",
                            "him",
                            "her",
                            "them",
                            "me",
                            "us",
                            "reporters",
                            "journalists",
                            "lawmakers",
                            "the",
                            "a",
                            "an",
                            "after",
                            "before",
                            "late",
                            "privately",
                            "publicly",
                            "repeatedly",
                            "previously",
                        ],
                    )
                    || self.to_addressee(e);
                if between_ok && first_ok {
                    return k;
                }
                break;
            }
            // "told CBS station KDKA-TV that": a hyphen inside a word.
            if self.toks[k].class == Class::Punct && !self.inner_hyphen(k) {
                break;
            }
        }
        // "told reporters 40 people died": the one told comes first.
        if e > 0 && self.is_word_in(e - 1, &["told", "tell", "tells"]) {
            if let Some(k) = self.addressee_end(e) {
                return k;
            }
        }
        e
    }

    /// Where what was said starts after a phrase of where and when it
    /// was said, from token `e` right after the cue: "on Monday", "last
    /// week", "yesterday morning", "in a statement", "at a news
    /// conference", "in an interview with Rolling Stone", up to three of
    /// them, and a comma. What follows must open a clause or a quotation,
    /// or be "that"; else nothing is skipped and `e` is returned ("said
    /// on Friday" then a noun, "said in 2030 emissions will peak").
    fn setting_end(&self, e: usize) -> usize {
        let n = self.toks.len();
        // A writing is said nowhere: a place after its cue is where what
        // it tells happened ("the lawsuit said at the conference ...").
        // The word before the cue verb and its auxiliaries and adverbs
        // ("the lawsuit also said", "the report has said").
        // Read only when a place follows the cue.
        let written = || {
            let mut head = e.saturating_sub(1);
            while head > 0
                && (self.is_word_in(head - 1, AUX)
                    || self.is_word_in(head - 1, BE)
                    || self.is_adverb(head - 1))
            {
                head -= 1;
            }
            head.checked_sub(1)
                .and_then(|h| self.word(h))
                .is_some_and(|w| self.lex.is_written_source(w))
        };
        let mut place_noun = None;
        let time_part = |k: usize| {
            self.word(k).is_some_and(|w| self.lex.is_speech_time_part(w))
        };
        let mut k = e;
        for _ in 0..3 {
            let time = self.time_after(k);
            if time > k {
                k = time;
            } else if self.word(k).is_some_and(|w| self.lex.is_speech_time(w))
            {
                // "yesterday", "yesterday morning", "earlier this week"
                k += 1;
                if time_part(k) {
                    k += 1;
                } else if self.is_word_in(k, &["this"]) && time_part(k + 1) {
                    k += 2;
                }
            } else if self.is_word_in(k, &["last", "this"]) && time_part(k + 1)
            {
                k += 2;
            } else if self.is_word_in(k, &["in", "on", "at", "via", "during"])
                && !written()
            {
                // A few words, then a noun of a place of speech: one that
                // is also a verb ("in its report", "in a video post") only
                // after a determiner or a possessive.
                let noun_here = |j: usize, w: &str| {
                    self.lex.is_speech_place(w)
                        && self.word(j - 1).is_some_and(|p| {
                            in_list(p, DETERMINERS) || is_possessive(p)
                        })
                };
                let place = (k + 1..n.min(k + 6))
                    .take_while(|&j| {
                        self.word(j).is_some_and(|w| {
                            (self.lex.verb(w).is_none() || noun_here(j, w))
                                && w != "that"
                        })
                    })
                    .find(|&j| {
                        self.word(j)
                            .is_some_and(|w| self.lex.is_speech_place(w))
                    });
                let Some(place) = place else { break };
                place_noun = Some(place);
                k = place + 1;
                // "in a blog post": a compound of such nouns.
                while self.word(k).is_some_and(|w| self.lex.is_speech_place(w))
                {
                    k += 1;
                }
                // "with Rolling Stone", "to the U.S. Securities and
                // Exchange Commission": whom it was said to.
                if self.is_word_in(k, &["with", "to"]) {
                    let mut j =
                        k + 1 + usize::from(self.is_word_in(k + 1, &["the"]));
                    let name = j;
                    while j < n.min(name + 8)
                        && (self.is_capitalized(j)
                            || self.is_punct(j, &["."]) && j > name
                            || self.is_word_in(j, &["of", "and"])
                                && self.is_capitalized(j + 1))
                    {
                        j += 1;
                    }
                    if j > name {
                        k = j;
                    }
                }
            } else {
                break;
            }
        }
        if k == e {
            return e;
        }
        let comma = self.is_punct(k, &[","]);
        // What a comma sets off may still be the phrase's: a date ("on
        // Tuesday, Jan. 5, that"), an apposition ("on Wednesday, the
        // third day of the strike, that") or the rest of a list ("on
        // Twitter, Facebook and Instagram that").
        if comma {
            let date = self.is_calendar(k + 1)
                || self.is_number(k + 1)
                    && (self.is_calendar(k + 2)
                        || self.is_punct(k + 2, &[","]));
            let listed = place_noun.is_some_and(|p| self.is_capitalized(p));
            let set_off = (k + 1..n.min(k + 10))
                .take_while(|&j| !self.is_punct(j, &[",", ";", ":"]))
                .all(|j| {
                    self.word(j).is_none_or(|w| {
                        self.lex.verb(w).is_none() && !self.verb_like(w)
                    })
                })
                && (k + 1..n.min(k + 10)).any(|j| self.is_punct(j, &[","]));
            if date || listed || set_off {
                return e;
            }
        }
        let after = k + usize::from(comma);
        // "reported on Thursday, coverage had risen": after the comma a
        // noun and its auxiliary open the clause.
        let noun_and_aux = || {
            comma
                && self.word(after).is_some_and(|w| {
                    is_lower(w)
                        && !in_list(w, AUX)
                        && !in_list(w, BE)
                        && self.lex.verb(w).is_none()
                })
                && (self.is_word_in(after + 1, AUX)
                    || self.is_word_in(after + 1, BE))
        };
        let opens = self.is_word_in(after, &["that"])
            || self.is_quote_mark(after)
            || self.opens_clause(after)
            || noun_and_aux();
        if opens && after < n {
            after
        } else {
            e
        }
    }

    /// The token after the one told at `e`, when a clause follows it: a
    /// name ("The Jakarta Post"), a pronoun ("him"), or a noun with its
    /// determiner ("reporters", "the newspaper").
    fn addressee_end(&self, e: usize) -> Option<usize> {
        let n = self.toks.len();
        let article = usize::from(self.is_word_in(e, &["the"]));
        if self.is_capitalized(e + article) {
            let mut k = e + article;
            while k < n && k < e + 5 && self.is_capitalized(k) {
                k += 1;
            }
            // "the BBC News website": a noun the name ends in.
            if !self.opens_clause(k)
                && self
                    .word(k)
                    .is_some_and(|w| is_lower(w) && self.lex.verb(w).is_none())
                && self.opens_clause(k + 1)
            {
                k += 1;
            }
            let word =
                self.toks.get(k).is_some_and(|t| t.class != Class::Punct);
            return (word && !self.is_word_in(k, &["to", "of", "and"]))
                .then_some(k);
        }
        let k = if self.is_word_in(e, OBJECTS) {
            e + 1
        } else {
            let d = usize::from(self.is_word_in(
                e,
                &["the", "a", "an", "his", "her", "their", "its", "our"],
            ));
            let noun = self.word(e + d).is_some_and(|w| {
                is_lower(w)
                    && self.lex.verb(w).is_none()
                    && !in_list(w, AUX)
                    && !in_list(w, WH)
            });
            if !noun {
                return None;
            }
            e + d + 1
        };
        (self.opens_clause(k) || self.is_word_in(k, WH)).then_some(k)
    }

    // ------------------------------------------------------------ main

    /// Finds the attributions of the sentence.
    pub(crate) fn attributions(&self) -> Vec<Found> {
        let mut out: Vec<Found> = Vec::new();
        // The contents in `out`, filled once it has more than a few (a
        // sentence may hold thousands): comparing with a few is cheaper
        // than hashing each one.
        let mut contents: HashSet<Span> = HashSet::new();
        let n = self.toks.len();
        for cue in self.cues() {
            let cue_span = self.span(cue.start, cue.end);
            let found = match cue.kind {
                CueKind::According => self.according(cue, cue_span),
                CueKind::Passive { hedged } => {
                    let s = cue.end;
                    let mut e = self.content_end(s);
                    // After a participle alone ("shops found to be
                    // violating the rules were closed") the sentence's own
                    // verb ends what was found; a verb of a relative clause
                    // inside it does not ("a boat that was capsized").
                    if cue.end == cue.start + 1 {
                        if let Some(k) = (s + 2..e).find(|&k| {
                            self.is_word_in(
                                k,
                                &["was", "were", "is", "are", "has", "had"],
                            ) && !self.is_word_in(
                                k - 1,
                                &["to", "that", "which", "who"],
                            )
                        }) {
                            e = if self.is_punct(k - 1, &[","]) {
                                k - 1
                            } else {
                                k
                            };
                        }
                    }
                    (e > s).then(|| Found {
                        source: None,
                        cue: cue_span,
                        content: self.span(s, e),
                        parts: Vec::new(),
                        kind: AttributionKind::Indirect,
                        hedged,
                    })
                }
                CueKind::PassiveBy { hedged, by } => {
                    self.passive_by(cue, cue_span, hedged, by)
                }
                CueKind::Participle { hedged } => {
                    // The subject of an absolute phrase ("..., with
                    // officials saying"), the source of the cue before
                    // ("said ..., adding"), or the subject of a sentence
                    // whose verb reports nothing ("The union rejected the
                    // offer, saying").
                    let with = self.with_subject(cue.start);
                    // "said ..., but the group disputes the figure and
                    // says": the subject of the clause set against it.
                    let contrast = cue
                        .start
                        .checked_sub(1)
                        .filter(|&p| self.is_word_in(p, &["and"]))
                        .and_then(|p| self.contrast_subject(p));
                    let (source, main_hedged) = match (with, out.last()) {
                        // Not a source that runs into this cue.
                        (_, Some(main))
                            if main
                                .source
                                .is_some_and(|s| s.overlaps(cue_span)) =>
                        {
                            continue;
                        }
                        (Some((a, b)), _) => (Some(self.span(a, b)), false),
                        (None, Some(main)) => {
                            match contrast.filter(|&(a, _)| {
                                self.toks[a].span.start >= main.cue.end
                            }) {
                                Some((a, b)) => (Some(self.span(a, b)), false),
                                None => (main.source, main.hedged),
                            }
                        }
                        (None, None) => {
                            let Some((a, b)) =
                                self.sentence_subject(cue.start)
                            else {
                                continue;
                            };
                            // "a Republican, Mark Amodei, has voiced
                            // support, telling": the name set off after
                            // the description.
                            let described = self
                                .is_word_in(a, &["a", "an", "the"])
                                && self.is_punct(b, &[","]);
                            let (a, b) = described
                                .then(|| self.apposed_name(b + 1))
                                .flatten()
                                .map_or((a, b), |end| (b + 1, end));
                            (Some(self.span(a, b)), false)
                        }
                    };
                    let s = self.complement_start(cue.end);
                    let e = self.content_end(s);
                    (e > s).then(|| {
                        let content = self.span(s, e);
                        Found {
                            source,
                            cue: cue_span,
                            content,
                            parts: Vec::new(),
                            kind: self.kind_of(content),
                            hedged: hedged || main_hedged,
                        }
                    })
                }
                CueKind::Verb { hedged, hypothetical } => {
                    self.verb(cue, cue_span, hedged, hypothetical, n)
                }
            };
            if let Some(mut f) = found {
                self.trim_leading_marks(&mut f);
                // Two cues may reach the same content: the first keeps it.
                let seen = if out.len() < 16 {
                    out.iter().any(|o| o.content == f.content)
                } else {
                    if contents.is_empty() {
                        contents.extend(out.iter().map(|o| o.content));
                    }
                    contents.contains(&f.content)
                };
                if !f.content.is_empty() && !seen {
                    if !contents.is_empty() {
                        contents.insert(f.content);
                    }
                    out.push(f);
                }
            }
        }
        // "He said it would work, while critics called it reckless": a
        // report set against the one before ends that one's content, as
        // does one added with "with" ("..., with officials saying").
        for i in 1..out.len() {
            let Some(source) = out[i].source else { continue };
            let k = self.toks.partition_point(|t| t.span.start < source.start);
            let against = k >= 3
                && self.is_punct(k - 2, &[","])
                && (self.is_word_in(k - 1, CONTRASTS)
                    || self.is_word_in(k - 1, &["as", "with"]))
                && !self.in_quote(k);
            if !against {
                continue;
            }
            // The report before whose content holds it (a few back: a
            // report may stand between).
            let before =
                out[i.saturating_sub(8)..i].iter_mut().rev().find(|o| {
                    o.content.start < self.toks[k - 3].span.start
                        && source.start < o.content.end
                });
            if let Some(outer) = before.filter(|o| o.parts.is_empty()) {
                outer.content.end = self.toks[k - 3].span.end;
            }
        }
        // "Znak.com reported its source said ...": a report inside what
        // another reports has its source inside it too ("its source").
        for i in 1..out.len() {
            let outer = out[i - 1].content;
            // Past the "that" the outer content opens with.
            let k = self.toks.partition_point(|t| t.span.start < outer.start);
            let start = match self.toks.get(k + 1) {
                Some(next) if self.is_word_in(k, &["that"]) => next.span.start,
                _ => outer.start,
            };
            let inner = &mut out[i];
            if let Some(source) = inner.source.as_mut() {
                if outer.start <= inner.cue.start
                    && inner.cue.end <= outer.end
                    && source.start < outer.start
                    && start < source.end
                {
                    source.start = start;
                }
            }
        }
        out
    }

    /// A content does not start with the comma, colon or semicolon that
    /// set it off from its cue (`saying, “...”`, `told, he had ...`).
    fn trim_leading_marks(&self, f: &mut Found) {
        let text = &self.text[f.content];
        let rest = text.trim_start_matches(|c: char| {
            matches!(c, ',' | ';' | ':' | '.') || c.is_whitespace()
        });
        let start = f.content.end - rest.len();
        if start == f.content.start {
            return;
        }
        f.content = Span::new(start, f.content.end);
        // `saying, “...”` is a direct quotation once the comma is off.
        let quote = self.quote_at(f.content.start);
        if f.kind == AttributionKind::Mixed
            && quote.is_some_and(|q| {
                q.start == f.content.start && q.end >= f.content.end
            })
        {
            f.kind = AttributionKind::Direct;
        }
        if let Some(first) = f.parts.first_mut() {
            if first.end <= start {
                f.parts.remove(0);
            } else {
                first.start = first.start.max(start);
            }
        }
        if f.parts.len() == 1 {
            f.parts.clear();
        }
    }

    /// `SUBJECT was estimated [COMPLEMENT] by AGENT [COMPLEMENT]`: the
    /// agent is the source; the content is what is said of the subject,
    /// or the clause after the agent (`It is believed by officials that
    /// ...`).
    fn passive_by(
        &self,
        cue: Cue,
        cue_span: Span,
        hedged: bool,
        by: usize,
    ) -> Option<Found> {
        let (_, agent_end) = self.source_after(by + 1, true)?;
        let source = Some(self.span(by + 1, agent_end));
        let make = |content: Span, parts: Vec<Span>| Found {
            source,
            cue: cue_span,
            content,
            parts,
            kind: AttributionKind::Indirect,
            hedged,
        };
        let after = self.complement_start(agent_end);
        let e = self.content_end(after);
        // The subject: back from the auxiliary to the clause's start.
        let mut s = cue.start;
        while s > 0
            && !self.is_punct(s - 1, &[",", ";", ":", "—", "–"])
            && !self.is_quote_mark(s - 1)
        {
            s -= 1;
        }
        let expletive = s + 1 == cue.start && self.is_word_in(s, &["it"]);
        let clause_after = self.is_word_in(after, &["that", "to"]);
        // "It is believed by officials that ...", "He was told by doctors
        // that ...": the clause after the agent is what was said.
        if expletive || clause_after {
            return (e > after).then(|| make(self.span(after, e), Vec::new()));
        }
        if s == cue.start {
            return None;
        }
        let subject = self.span(s, cue.start);
        let mut parts = vec![subject];
        if by > cue.end {
            parts.push(self.span(cue.end, by));
        }
        // "was announced by his son via Twitter": the channel is not what
        // was said.
        if e > agent_end && !self.is_word_in(agent_end, &["via"]) {
            parts.push(self.span(agent_end, e));
        }
        let content = subject.cover(*parts.last().expect("the subject"));
        if parts.len() == 1 {
            parts.clear();
        }
        Some(make(content, parts))
    }

    fn according(&self, cue: Cue, cue_span: Span) -> Option<Found> {
        let (ss, mut se) = self.source_after(cue.end, true)?;
        // "According to officials in Kyiv, ...", "according to the
        // embassy in Beijing,": a place that the source is in, up to the
        // comma that ends the phrase.
        // Not after a name: "the Centers for Disease Control and
        // Prevention in the United States" is the name.
        let common = self.word(se - 1).is_some_and(is_lower);
        if common && self.is_word_in(se, &["in", "at", "from"]) {
            // A place name of a few words at most.
            let place = (se + 1..self.toks.len().min(se + 8))
                .take_while(|&k| {
                    self.is_capitalized(k) && !self.is_calendar(k)
                        || self.is_word_in(k, &["the"])
                        || self.is_punct(k, &["-", "."])
                })
                .last();
            if let Some(mut last) = place.filter(|&l| {
                self.is_capitalized(l) && self.is_punct(l + 1, &[","])
            }) {
                // "police in Baytown, Texas," but not "police in Texas,
                // Smith, 45,".
                if self.is_capitalized(last + 2)
                    && self.is_punct(last + 3, &[","])
                    && !self.is_number(last + 4)
                {
                    last += 2;
                }
                se = last + 1;
            }
        }
        // "according to a poll published on Wednesday by Larkspur
        // Research": a time between a participle and its agent.
        if self.word(se - 1).is_some_and(|w| is_lower(w) && w.ends_with("ed"))
        {
            let t = self.time_after(se);
            if t > se && self.is_word_in(t, &["by"]) {
                if let Some((_, mut end)) = self.source_after(t, true) {
                    // "by glaciologists at Kestrel University"
                    if self.word(end - 1).is_some_and(is_lower)
                        && self.is_word_in(end, &["at", "from", "of"])
                        && self.is_capitalized(end + 1)
                    {
                        if let Some((_, e)) = self.source_after(end + 1, false)
                        {
                            end = e;
                        }
                    }
                    se = end;
                }
            }
        }
        // "Six of the murders were, according to agreed facts heard in
        // court, ...": set off by commas, the source runs on to the
        // comma that closes it, over a few words.
        // A time or a channel before the comma is no part of it
        // ("according to Gazeta Wyborcza in March,", "according to the
        // mayor via Interfax,").
        let mut source_end = None;
        // "According to the World Health Organization (WHO), ...": the
        // short name in brackets goes with the source.
        if self.is_punct(se, &["("])
            && self.is_punct(se + 2, &[")"])
            && self.word(se + 1).is_some_and(|w| {
                w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase())
            })
        {
            source_end = Some(se);
            se += 3;
        }
        if cue.start > 0 && self.is_punct(cue.start - 1, &[","]) {
            let close = (se..self.toks.len().min(se + 5))
                .find(|&k| self.toks[k].class == Class::Punct);
            if let Some(c) =
                close.filter(|&c| c > se && self.is_punct(c, &[","]))
            {
                if self.time_after(se) == c || self.is_word_in(se, &["via"]) {
                    source_end = Some(se);
                }
                se = c;
            }
        }
        // "according to the mayor via Interfax, four died": the channel
        // the words came through is neither the source nor what was said.
        if source_end.is_none() && self.is_word_in(se, &["via"]) {
            let channel = (se + 1..self.toks.len().min(se + 8)).find(|&k| {
                self.toks[k].class == Class::Punct && !self.inner_hyphen(k)
            });
            if let Some(c) = channel {
                source_end = Some(se);
                se = c;
            }
        }
        // "according to a police spokeswoman, Anneli Ruud": the name set
        // off after a title is who the source is.
        // The title must be whom the description names: "a statement
        // from the mayor, Lisa Chen", but not "a spokesman for the mayor,
        // Lisa Chen" (the spokesman spoke).
        let mut ss = ss;
        let title =
            |k: usize| self.word(k).is_some_and(|w| self.lex.is_title(w));
        let of = (ss..se).find(|&k| self.is_word_in(k, NOUN_PREPOSITIONS));
        let titled =
            common && title(se - 1) && !of.is_some_and(|p| (ss..p).any(title));
        if titled && self.is_punct(se, &[","]) {
            if let Some(end) = self.apposed_name(se + 1) {
                (ss, se, source_end) = (se + 1, end, None);
            }
        }
        // "according to plan", "according to the rules": no one.
        let head = if self.is_word_in(ss, &["the"]) { ss + 1 } else { ss };
        if se == head + 1
            && self.word(head).is_some_and(|w| self.lex.is_not_source(w))
        {
            return None;
        }
        let source = Some(self.span(ss, source_end.unwrap_or(se)));
        // Not before a clause on the source that ends the sentence
        // ("according to a police spokeswoman, who declined to be named").
        // "The company, according to Ms. Reyes, who joined in 2019, has
        // never turned a profit": the clause resumes after it.
        let relative =
            self.is_word_in(se + 1, &["who", "which", "whose", "whom"]);
        let resume = if relative {
            (se + 2..self.toks.len())
                .find(|&k| self.is_punct(k, &[","]))
                .map(|c| c + 1)
                .filter(|&r| {
                    self.word(r).is_some_and(is_lower)
                        && !self.is_word_in(r, CONJUNCTIONS)
                        && !self.is_word_in(r, SUBORDINATORS)
                })
        } else {
            Some(se + 1)
        };
        // Not before a clause of its own: "..., according to police, but
        // the man was found dead".
        let parenthetical = cue.start > 0
            && self.is_punct(cue.start - 1, &[","])
            && self.is_punct(se, &[","])
            && (self.word(se + 1).is_some() || self.is_quote_mark(se + 1))
            && !self.is_word_in(se + 1, CONJUNCTIONS)
            && resume.is_some();
        // "... and according to the ministry he died in the morning":
        // a subject right after the source opens what it reports.
        let subject_after = source_end.is_none()
            && se < self.toks.len()
            && self.is_word_in(se, SUBJECT_PRONOUNS);
        let content = if subject_after {
            let e = self.content_end(se);
            (e > se).then(|| self.span(se, e))?
        } else if cue.start == 0 || (cue.start == 1 && self.is_quote_mark(0)) {
            // "According to X, CLAUSE.", "As reported by X on
            // Tuesday, CLAUSE.": past a time or a short phrase.
            let phrase = self.is_word_in(se, NOUN_PREPOSITIONS)
                || self.is_word_in(se, &["last", "this", "late", "early"])
                || self.word(se).is_some_and(|w| self.lex.is_speech_time(w));
            let comma = (se..self.toks.len().min(se + 6))
                .find(|&k| self.is_punct(k, &[","]));
            let s = match comma {
                // "According to AFP, which cited sources, the man had
                // ...": past the clause on the source.
                Some(c) if c == se && relative => resume?,
                Some(c) if c == se || phrase => c + 1,
                _ => se,
            };
            let e = self.content_end(s);
            (e > s).then(|| self.span(s, e))?
        } else if parenthetical {
            // "The plant, according to the company, employs 1,400
            // people": the whole clause around it.
            let r = resume.unwrap_or(se + 1);
            let e = self.content_end(r);
            (e > r).then(|| self.span(0, e))?
        } else {
            // "CLAUSE, according to X."
            let mut e = cue.start;
            while e > 0 && self.is_punct(e - 1, &[",", "—", "–"]) {
                e -= 1;
            }
            // "Groups report that 13 were freed, while 1,000 remain in
            // custody according to X": after a cue verb's report, X
            // stands behind the clause set against it.
            let contrast = (1..e).rev().find(|&k| {
                self.is_punct(k - 1, &[","]) && self.is_word_in(k, CONTRASTS)
            });
            let reported = |b: usize| {
                self.hits.iter().any(|&k| {
                    k < b
                        && !self.in_quote(k)
                        && self.word(k).is_some_and(|w| {
                            is_lower(w)
                                && self.lex.verb(w).is_some_and(|v| !v.act)
                        })
                })
            };
            let s = contrast
                .filter(|&b| b + 1 < e && reported(b))
                .map_or(0, |b| b + 1);
            (e > s).then(|| self.span(s, e))?
        };
        Some(Found {
            source,
            cue: cue_span,
            content,
            parts: Vec::new(),
            kind: AttributionKind::AccordingTo,
            hedged: false,
        })
    }

    fn verb(
        &self,
        cue: Cue,
        cue_span: Span,
        hedged: bool,
        hypothetical: bool,
        n: usize,
    ) -> Option<Found> {
        let (subject, named) = match self.subject_before(cue.start) {
            Some((head, (a, b))) => {
                // "He cited a CNN report that ...": a name between an
                // article and the noun is whose report it is.
                let noun = self.is_word_in(cue.start, &["report", "claim"])
                    && cue.end == cue.start + 1;
                // Not the last of a list of names: "Kuwait, Qatar, and the
                // United Arab Emirates report that".
                let article = (a + 1..b)
                    .rev()
                    .take_while(|&k| k + 1 == b || self.is_capitalized(k + 1))
                    .find(|&k| self.is_word_in(k, &["a", "an", "the"]))
                    .filter(|&k| (k + 1..b).all(|j| self.is_capitalized(j)))
                    .filter(|&k| !self.is_word_in(k - 1, CONJUNCTIONS));
                match article.filter(|_| noun) {
                    Some(k) => (Some((k, b)), Some((k + 1, b))),
                    None => (Some((head, b)), Some((a, b))),
                }
            }
            None => (None, None),
        };
        // "..., with no injuries reported", "with the loss of 365 jobs
        // expected": the writer's aside, no one's report.
        if subject.is_some_and(|(a, _)| self.is_word_in(a, &["with"])) {
            return None;
        }
        let inverted = cue.start > 0
            && (self.is_punct(cue.start - 1, &[","])
                || self.is_quote_mark(cue.start - 1));
        // "deny Russia's claim": a verb's plain form has its subject
        // before it, and after it only where a quotation inverts the two
        // ("“...,” say the researchers").
        let plain = self
            .word(cue.end - 1)
            .and_then(|w| self.lex.verb(w))
            .is_some_and(|v| v.form == Form::Base);
        // "was arrested and told he faced jail": a second verb whose
        // subject the first verb's phrase is not has no source after it
        // either.
        let second_verb = self
            .before_modifiers(cue.start)
            .is_some_and(|p| self.is_word_in(p, &["and", "but"]));
        // "who accused Kyrgyz President Sadyr Japarov of": after
        // "accuse" is the one charged, never the one charging.
        let charge = self.charges(cue.end - 1);
        let source = match named {
            Some(s) => Some(s),
            None if plain && !inverted || second_verb || charge => None,
            // "“...,” tweeted former thinktank executive Ken Gude": a
            // description runs on past the title words a name may follow.
            None => {
                let named = self.source_after(cue.end, false);
                let described = inverted
                    .then(|| self.described_source_after(cue.end))
                    .flatten();
                match (named, described) {
                    (Some(n), Some(d)) if d.1 > n.1 => Some(d),
                    (n, d) => n.or(d),
                }
            }
        };
        let source_span = source.map(|(a, b)| self.span(a, b));
        let kind_direct = if hypothetical {
            AttributionKind::Other
        } else {
            AttributionKind::Direct
        };
        let make = |content: Span, parts: Vec<Span>, kind| Found {
            source: source_span,
            cue: cue_span,
            content,
            parts,
            kind,
            hedged,
        };
        // Quotation before the source (or the cue, when inverted).
        let head = match subject {
            Some((a, _)) => self.toks[a].span.start,
            None => cue_span.start,
        };
        let tail = match (subject, source) {
            (None, Some((_, b))) => self.toks[b - 1].span.end,
            _ => cue_span.end,
        };
        // The token after the cue, or after the source named after it.
        let after = match (subject, source) {
            (None, Some((_, b))) => b,
            _ => cue.end,
        };
        if let Some(q) = self.quote_before(head) {
            if let Some(q2) = self.quote_after(tail) {
                let content = q.cover(q2);
                return Some(make(content, vec![q, q2], kind_direct));
            }
            // "The city spent $5 million on “urgent repairs”, the mayor
            // said": a quotation opened inside the writer's clause of
            // this sentence is a part of what was said, from the clause's
            // start, when a comma sets the source after it and nothing
            // is said after the cue.
            let gap = self.text[q.start..head].trim_end();
            let set_off = gap.ends_with(',')
                || gap.trim_end_matches(['"', '”', '’', '\'']).ends_with(',');
            let opening =
                self.toks.iter().position(|t| t.span.start == q.start).filter(
                    |_| {
                        q.start > self.sentence.start
                            && set_off
                            && self.tail_is_adverbial(after)
                    },
                );
            // Not a quotation with a cue of its own before it ("says
            // “...”").
            if let Some(o) = opening.filter(|&o| {
                o >= 1
                    && self
                        .word(o - 1)
                        .is_some_and(|w| self.lex.verb(w).is_none())
            }) {
                let a = self.clause_start(o, true);
                if a < o - 1 {
                    let content = Span::new(self.toks[a].span.start, q.end);
                    return Some(make(
                        content,
                        Vec::new(),
                        self.kind_of(content),
                    ));
                }
            }
            return Some(make(q, Vec::new(), kind_direct));
        }
        if let Some(q) = self.quote_after(tail) {
            return Some(make(q, Vec::new(), kind_direct));
        }
        // "told reporters: “...”": the quotation after the one spoken to.
        if subject.is_some() {
            let mut k = cue.end;
            while k < n
                && k < cue.end + 4
                && self.word(k).is_some_and(|w| {
                    self.lex.verb(w).is_none() && !in_list(w, &["that"])
                })
            {
                k += 1;
            }
            if k > cue.end && self.is_punct(k, &[":", ","]) {
                let at = self.toks[k - 1].span.end;
                if let Some(q) = self.quote_after(at) {
                    return Some(make(q, Vec::new(), kind_direct));
                }
            }
        }
        // "CLAUSE, SOURCE said [this week]": content before the source.
        if let Some((a, _)) = subject {
            if a > 0
                && self.is_punct(a - 1, &[","])
                && self.tail_is_adverbial(after)
            {
                let mut e = a - 1;
                while e > 0 && self.is_punct(e - 1, &[","]) {
                    e -= 1;
                }
                // "No, he said." reports "No"; "Yeah, I think that's how
                // I see it" reports what follows.
                let said_after = self.content_end(after) > after;
                // "As expected, he said the plan failed": a clause opened
                // by a subordinator sets the scene for what follows.
                // It runs from the sentence's start to the subject, and a
                // clause follows the cue: not "Since January, 300 people
                // have died, the ministry said yesterday".
                let first_comma = (0..a).find(|&k| self.is_punct(k, &[","]));
                let fronted = said_after
                    && self.is_word_in(0, SUBORDINATORS)
                    && first_comma == Some(a - 1)
                    && self.opens_clause(after)
                    && !self.is_calendar(after)
                    && self.time_after(after) == after;
                let opening = fronted
                    || e == 1 && said_after
                    || self.is_scene_setting(e);
                if e > 0 && !opening {
                    let content = self.span(0, e);
                    return Some(make(
                        content,
                        Vec::new(),
                        self.kind_of(content),
                    ));
                }
            }
        }
        if subject.is_none() && source.is_some() {
            // "CLAUSE, said X." without quotation marks.
            if cue.start > 0 && self.is_punct(cue.start - 1, &[","]) {
                let e = cue.start - 1;
                if e > 0 {
                    let content = self.span(0, e);
                    return Some(make(
                        content,
                        Vec::new(),
                        self.kind_of(content),
                    ));
                }
            }
        }
        // "As the minister said, prices will rise", "Prices, as the
        // minister said, will rise": what is said is the clause the
        // aside is set in.
        // "As Heald told The Huffington Post, US surface ozone ...": the
        // one told may come before the comma, a few words at most.
        let aside_end = (after..n.min(after + 6))
            .take_while(|&k| {
                self.is_punct(k, &[","])
                    || self.word(k).is_some_and(|w| !in_list(w, &["that"]))
            })
            .find(|&k| self.is_punct(k, &[","]));
        // Only the one told, or a word like "before", comes between: "as
        // Biden remarked on the inquiry, he failed to" is no aside.
        let aside_end = aside_end.filter(|&comma| {
            let tell = self.word(cue.end - 1).is_some_and(|w| {
                in_list(w, &["told", "tells", "tell", "telling"])
            });
            // A time or a short phrase: "noted last week", "said on
            // Monday", "said in a statement".
            let time = self.time_after(after) == comma
                || comma - after <= 4
                    && (self.is_word_in(after, &["last", "this", "earlier"])
                        || self.is_word_in(after, NOUN_PREPOSITIONS));
            comma == after
                || tell
                || time
                || self.to_addressee(after)
                || (after..comma).all(|k| {
                    self.is_word_in(k, ADVERBS)
                        || self.is_word_in(k, &["before", "above"])
                })
        });
        if let Some(comma) = aside_end.filter(|_| source.is_some()) {
            let open = (0..cue.start)
                .rev()
                .find(|&k| self.is_punct(k, &[","]))
                .map_or(0, |k| k + 1);
            // "The new line, she said, will open", "The moment, I think,
            // is right": a source and its cue set off by commas inside
            // the clause they report.
            let set_off = open >= 2 && subject.is_some_and(|(a, _)| a == open);
            if self.is_word_in(open, &["as"]) || set_off {
                let e = self.content_end(comma + 1);
                if e > comma + 1 {
                    let rest = self.span(comma + 1, e);
                    if open == 0 {
                        return Some(make(
                            rest,
                            Vec::new(),
                            self.kind_of(rest),
                        ));
                    }
                    if open >= 2 {
                        let host = self.span(0, open - 1);
                        let content = host.cover(rest);
                        return Some(make(
                            content,
                            vec![host, rest],
                            self.kind_of(content),
                        ));
                    }
                }
            }
        }
        // "Reuters reported, citing two sources, that ...": the gloss set
        // off after the cue is not what was reported.
        let after = if self.is_punct(after, &[","])
            && self.is_word_in(after + 1, GLOSSES)
        {
            (after + 2..n)
                .find(|&k| self.is_punct(k, &[","]))
                .map_or(after, |k| k + 1)
        } else {
            after
        };
        // "SOURCE said (that) CLAUSE."
        let s = self.complement_start(after);
        let e = self.content_end(s);
        if source.is_none() || e <= s + 1 || s >= n {
            return None;
        }
        // "wrote to regulators last month": to whom, not what; "said to
        // Biden: “...”": the quotation after the one spoken to.
        if !hedged && s == after && self.to_addressee(s) {
            let mut k = s + 1;
            while k < n && k <= s + 6 && self.word(k).is_some() {
                k += 1;
            }
            let at = self.toks.get(k - 1)?.span.end;
            let q = self.quote_after(at)?;
            return Some(make(q, Vec::new(), kind_direct));
        }
        let content = self.span(s, e);
        let kind = if hypothetical {
            AttributionKind::Other
        } else {
            self.kind_of(content)
        };
        Some(make(content, Vec::new(), kind))
    }

    /// Returns true if and only if a noun for a thing, not a person,
    /// comes right before token `j`: "a firm", "smaller molecules", not
    /// "A spokesman", "the minister" or "officials".
    fn thing_before(&self, j: usize) -> bool {
        j >= 1
            && self.word(j - 1).is_some_and(|p| {
                let singular = p.strip_suffix('s').unwrap_or(p);
                is_lower(p)
                    && !in_list(p, PRONOUNS)
                    && !in_list(p, AUX)
                    && !in_list(p, BE)
                    && !self.lex.is_title(p)
                    && !self.lex.is_title(singular)
            })
            && !self.is_adverb(j - 1)
    }

    /// Returns true if and only if the tokens before `e` only set the
    /// scene for the sentence: a time ("On Tuesday,") or a short phrase
    /// opened by a preposition or a participle ("After the vote,",
    /// "Speaking to reporters,"). What follows such an opening reports;
    /// "Everything is fine, he said" and "Only 10 people came, he said"
    /// report what comes before.
    fn is_scene_setting(&self, e: usize) -> bool {
        self.time_after(0) >= e || (e <= 4 && self.is_opener(0))
    }

    /// Returns true if and only if token `k` opens a phrase set before a
    /// sentence's subject: a preposition of place, time or manner ("In",
    /// "After", "Despite") or a participle with its preposition
    /// ("Speaking to", "Writing in").
    fn is_opener(&self, k: usize) -> bool {
        let Some(w) = self.word(k) else { return false };
        // "AT&T said": a word in capitals is a name, not "At".
        if w.len() > 1 && w.bytes().all(|b| b.is_ascii_uppercase()) {
            return false;
        }
        let participle = w.len() > 4
            && w.ends_with("ing")
            && self.is_word_in(
                k + 1,
                &["to", "at", "in", "on", "with", "after", "from", "before"],
            );
        participle || in_list(w, SCENE_OPENERS)
    }

    /// Returns true if and only if what follows token `e` to the end of
    /// the sentence (or to a second cue) is only an adverbial: `this
    /// week`, `on Tuesday`, `in a statement`.
    fn tail_is_adverbial(&self, e: usize) -> bool {
        let end = self.content_end(e);
        // ", after talks over pay broke down": a clause of its own.
        if self.is_punct(e, &[","]) && self.is_word_in(e + 1, SUBORDINATORS) {
            return true;
        }
        let words = (e..end).all(|k| {
            self.toks[k].class == Class::Word && !self.is_word_in(k, &["that"])
        });
        // "said they seized drugs", "said prices will rise", "said the
        // bank will": it opens with a subject and its verb (not "said on
        // condition he not be named", "said as she was leaving", "said
        // they believe").
        let verb =
            |k: usize| self.is_word_in(k, AUX) || self.is_word_in(k, BE);
        let noun = !self.is_word_in(e, SUBORDINATORS)
            && !self.is_word_in(e, NOUN_PREPOSITIONS)
            && !self.is_word_in(e, &["at"]);
        let clause = || {
            end - e >= 3
                && (self
                    .is_word_in(e, &["he", "she", "it", "they", "we", "i"])
                    || noun && verb(e + 1)
                    || self.is_word_in(e, DETERMINERS) && verb(e + 2))
        };
        // "on Monday", "in a memo to employees on Tuesday"
        let phrase = self.is_word_in(e, &["in", "on", "at", "to", "during"]);
        words && (end - e <= 6 || phrase && end - e <= 10) && !clause()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes;

    fn found(
        text: &str,
    ) -> Vec<(Option<String>, String, String, AttributionKind)> {
        let lex = Lexicons::new();
        let quotes = quotes::find(text);
        let mut toks = Vec::new();
        let sentence = Span::new(0, text.len());
        factmark_core::token::tokenize(text, sentence, &mut toks);
        let hits: Vec<usize> = (0..toks.len()).collect();
        Clause::new(text, &toks, &lex, &quotes, sentence, &hits)
            .attributions()
            .into_iter()
            .map(|f| {
                (
                    f.source.map(|s| text[s].to_string()),
                    text[f.cue].to_string(),
                    text[f.content].to_string(),
                    f.kind,
                )
            })
            .collect()
    }

    fn one(text: &str) -> (Option<String>, String, String, AttributionKind) {
        let mut all = found(text);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        all.remove(0)
    }

    /// The one attribution of `text` has this source and content.
    fn assert_source_and_content(text: &str, source: &str, content: &str) {
        let (s, _, c, _) = one(text);
        assert_eq!((s.as_deref(), c.as_str()), (Some(source), content));
    }

    #[test]
    fn second_cues_idioms_and_names() {
        let s = |x: &str| Some(x.to_string());
        let all = found("They noted that output was five years away, and added that each cell cost more.");
        let cues: Vec<(&str, &str)> =
            all.iter().map(|f| (f.1.as_str(), f.2.as_str())).collect();
        assert_eq!(
            cues,
            [
                ("noted", "that output was five years away"),
                ("added", "that each cell cost more")
            ]
        );
        assert_eq!(all[1].0, s("They"));
        // Parenthetical "according to": the whole clause.
        assert_eq!(
            one("The plant, according to the company, employs 1,400 people.")
                .2,
            "The plant, according to the company, employs 1,400 people"
        );
        // Content before the source, a clause or a phrase after it.
        assert_eq!(
            one("Nurses will strike from Thursday, their union said, after talks broke down.").2,
            "Nurses will strike from Thursday"
        );
        assert_eq!(
            one("Fire Chief Arvid Nyquist told reporters: “The fire started upstairs.”").2,
            "“The fire started upstairs.”"
        );
        // To whom, then what: "wrote to regulators that", "said to Biden:".
        assert!(
            found("Board members wrote to regulators last month.").is_empty()
        );
        assert_eq!(
            one("They wrote to the board that the bonuses were unlawful.").2,
            "that the bonuses were unlawful"
        );
        assert_eq!(
            one("Sanders said to Biden: “Today, I ask all of you.”").2,
            "“Today, I ask all of you.”"
        );
        assert_eq!(
            one("The minister promised to cut taxes by 5%.").2,
            "to cut taxes by 5%"
        );
        // Not attributions: idioms, objects that are no source, names.
        assert!(found(
            "That said, the hardest part is easier said than done."
        )
        .is_empty());
        assert!(found("Work is running according to plan.").is_empty());
        assert!(found("He lives in the United States, officials think.")
            .iter()
            .all(|f| f.1 != "States"));
    }

    #[test]
    fn sources_named_after_a_quotation() {
        use AttributionKind::{Direct, Indirect};
        let s = |x: &str| Some(x.to_string());
        let own = |x: &str| x.to_string();
        assert_eq!(
            one("“Most have waited nine months,” says Dr. Hana Morrow-Ito, a psychiatrist."),
            (s("Dr. Hana Morrow-Ito"), own("says"), own("“Most have waited nine months,”"), Direct)
        );
        assert_eq!(
            one("“He should resign,” tweeted former thinktank executive Ken Gude.").0,
            s("former thinktank executive Ken Gude")
        );
        assert_eq!(
            one("“It is over,” said former President Mara Holt.").0,
            s("former President Mara Holt")
        );
        assert_eq!(
            one("“Inflation has peaked,” the ministry’s chief economist, Rhea Pomeroy, said."),
            (s("Rhea Pomeroy"), own("said"), own("“Inflation has peaked,”"), Direct)
        );
        assert_eq!(
            one("It has been reported that the office spent $310,000."),
            (
                None,
                own("has been reported"),
                own("that the office spent $310,000"),
                Indirect
            )
        );
        // A description before the name, or for a name.
        let source = |text: &str| one(text).0;
        for (text, who) in [
            (
                "“Sales are up,” said festival director Odalys Brenner.",
                "festival director Odalys Brenner",
            ),
            (
                "“It shook,” recalled tenant Marta Vennström.",
                "tenant Marta Vennström",
            ),
            (
                "“We comply,” said a statement from Halvorsen Group.",
                "a statement from Halvorsen Group",
            ),
            (
                "“Stay indoors,” said a police spokeswoman.",
                "a police spokeswoman",
            ),
            ("“No,” said the ministry.", "the ministry"),
        ] {
            assert_eq!(source(text), s(who), "{text}");
        }
        // A description that ends in no title, body or name is no source.
        assert_eq!(source("“No,” said the plan."), None);
        assert_eq!(source("“No,” said yesterday Moscow."), None);
        // A paper's name is no adverb.
        assert_eq!(source("USA Today noted that sales fell."), s("USA Today"));
        // "be", an adverb, the participle: an agentless passive.
        assert_eq!(
            one("A bomb was yesterday reported to have killed four."),
            (
                None,
                own("was yesterday reported"),
                own("to have killed four"),
                Indirect
            )
        );
        // A scare quote before a verb is no quotation of its speaker.
        assert!(found("Critics of the “reform” say nothing.")
            .iter()
            .all(|f| f.2 != "“reform”"));
    }

    #[test]
    fn a_participle_after_a_verb_that_reports_nothing() {
        let source = |text: &str| one(text).0;
        let s = |x: &str| Some(x.to_string());
        assert_eq!(
            source("The United Drivers’ Union rejected the offer, saying it amounted to a raise of 1.5%."),
            s("The United Drivers’ Union")
        );
        assert_eq!(
            source("Opposition leader Caspar Lindahl attacked the budget, calling it “a gift.”"),
            s("Opposition leader Caspar Lindahl")
        );
        assert_eq!(
            source(
                "In May, the ministry cut rates, saying inflation had eased."
            ),
            s("the ministry")
        );
        assert_eq!(
            source("Biden rejected Pelosi's plan, saying he would act."),
            s("Biden")
        );
        // No subject that names someone, or no telling where it ends.
        assert!(found("But prices rose, saying nothing.").is_empty());
        assert!(found(
            "Israeli troops kill nine people, saying they crossed a line."
        )
        .is_empty());
        assert!(
            found("Tens of thousands marched, asking for reform.").is_empty()
        );
    }

    #[test]
    fn present_tense_after_a_named_subject() {
        use AttributionKind::Indirect;
        let s = |x: &str| Some(x.to_string());
        let own = |x: &str| x.to_string();
        assert_eq!(
            one("Critics say the new fees will push families out."),
            (
                s("Critics"),
                own("say"),
                own("the new fees will push families out"),
                Indirect
            )
        );
        assert_eq!(
            one("The group says 600 households could be forced out."),
            (
                s("The group"),
                own("says"),
                own("600 households could be forced out"),
                Indirect
            )
        );
        assert_eq!(
            one("Rutte says Russia is losing 1,000 soldiers a day."),
            (
                s("Rutte"),
                own("says"),
                own("Russia is losing 1,000 soldiers a day"),
                Indirect
            )
        );
        // Nouns, not verbs: a capital, a noun after, an indefinite
        // subject, a contraction.
        assert!(found("The United States imposed 25% tariffs.").is_empty());
        assert!(found("His claims of 600 deaths were false.").is_empty());
        assert!(
            found("Whether a rat shows more freezing is unclear.").is_empty()
        );
        assert!(found("Let's say I bought it on a DVD.").is_empty());
        // What a body publishes speaks, named or not.
        assert_eq!(
            one("A new report says the base was hit."),
            (
                s("A new report"),
                own("says"),
                own("the base was hit"),
                Indirect
            )
        );
    }

    #[test]
    fn review_mends_this_session() {
        let content = |text: &str| one(text).2;
        let source = |text: &str| one(text).0.unwrap_or_default();
        // A main clause before the source is what was said.
        assert_eq!(
            content("Since January, 300 people have died, the ministry said yesterday."),
            "Since January, 300 people have died"
        );
        assert_eq!(
            content("Despite the rain, turnout was high, officials told AFP."),
            "Despite the rain, turnout was high"
        );
        // A preposition opens no clause to cut at its comma; a phrase or
        // a list inside the report is no clause's end.
        assert_eq!(
            content("Despite this the ministry said prices, wages and rents would rise."),
            "prices, wages and rents would rise"
        );
        assert_eq!(
            content("Although he said that, in his view, prices would fall, they rose."),
            "that, in his view, prices would fall"
        );
        assert_eq!(
            content("After the meeting the president said the plan, which cost $5 billion, had failed."),
            "the plan, which cost $5 billion, had failed"
        );
        // An aside with a phrase; a cue phrase with a time.
        assert_eq!(
            content("As the company said in a statement, profits fell 10%."),
            "profits fell 10%"
        );
        assert_eq!(
            content(
                "As reported by Reuters on Tuesday, the talks have stalled."
            ),
            "the talks have stalled"
        );
        // A gloss right after the cue; words in -ing that are no gloss.
        assert_eq!(
            content("Reuters reported, citing two sources, that the deal was close."),
            "that the deal was close"
        );
        assert_eq!(
            content("The minister said, everything was fine."),
            "everything was fine"
        );
        // "also" before "said" does not make it an adjective.
        assert_eq!(
            content("The two also said prices would rise."),
            "prices would rise"
        );
        // Names after a preposition, a hyphen, "Indeed" as a name.
        assert_eq!(
            source("Then-President Trump said prices rose."),
            "Then-President Trump"
        );
        assert_eq!(
            source("Indeed Hiring Lab said prices rose."),
            "Indeed Hiring Lab"
        );
        assert_eq!(
            source("Officials from both said prices rose."),
            "Officials from both"
        );
        assert_ne!(
            source("In an interview with CNN Smith said prices rose."),
            "CNN Smith"
        );
        assert_eq!(
            source("According to police in Texas, Smith, 45, had crashed."),
            "police in Texas"
        );
    }

    #[test]
    fn asides_and_reports_inside_another_clause() {
        let content = |text: &str| one(text).2;
        // The writer's gloss after a comma, but not the toll reported.
        assert_eq!(
            content(
                "Rubio announces the revocation of visas, citing a refusal."
            ),
            "the revocation of visas"
        );
        assert_eq!(
            content(
                "The ministry reports two more cases, bringing the total \
                 to 50, meaning the outbreak grew."
            ),
            "two more cases"
        );
        assert_eq!(
            content(
                "The Houthis say that strikes hit a port, killing 74 people."
            ),
            "that strikes hit a port, killing 74 people"
        );
        assert_eq!(
            content("Police said two men fled, during a storm."),
            "two men fled, during a storm"
        );
        // A report in a clause another follows ends with its clause.
        assert_eq!(
            content("While one candidate stated that taxes would fall, little of it reaches voters."),
            "that taxes would fall"
        );
        assert_eq!(
            content("At his rally, which The Hill described as combative, Trump refused to answer."),
            "as combative"
        );
        // A clause opened after a comma runs to the end.
        assert_eq!(
            content("Jets hit ports, as Katz warns that if attacks persist, leaders will be targeted."),
            "that if attacks persist, leaders will be targeted"
        );
        // A quotation is whole.
        assert_eq!(
            content("When someone comes up and says, “Frank, thank you, it is great.”"),
            "“Frank, thank you, it is great.”"
        );
        // "As X said, CLAUSE": the clause the aside is set in.
        assert_eq!(
            content("As the minister said, prices will rise."),
            "prices will rise"
        );
        assert_eq!(
            content("As Heald told The Huffington Post, ozone has dropped."),
            "ozone has dropped"
        );
        assert_eq!(
            content("As she noted last week, the line carries 40,000 people."),
            "the line carries 40,000 people"
        );
        // No comma or colon opens a content.
        let (_, _, quoted, kind) =
            one("Trump replied, saying, “we will get it done.”");
        assert_eq!(
            (quoted.as_str(), kind),
            ("“we will get it done.”", AttributionKind::Direct)
        );
        // A place the source is in, and an abbreviation, are the source's.
        assert_eq!(
            one("According to police in Baytown, Texas, he had crashed.").0,
            Some("police in Baytown, Texas".to_string())
        );
        assert_eq!(
            one("According to the U.S. embassy, the man died.").0,
            Some("the U.S. embassy".to_string())
        );
        // A source and cue set off inside the clause they report.
        assert_eq!(
            content("The new line, she said, will open in 2031."),
            "The new line, she said, will open in 2031"
        );
        assert_eq!(
            content("The moment, I think, is right."),
            "The moment, I think, is right"
        );
        let (_, _, interrupted, _) =
            one("Prices, as the minister said, will rise.");
        assert_eq!(interrupted, "Prices, as the minister said, will rise");
        // A fronted subordinate clause sets the scene.
        assert_eq!(
            content("As expected, he said the plan failed."),
            "the plan failed"
        );
        assert_eq!(
            content(
                "Despite the talks, she left, police revealed on Saturday."
            ),
            "Despite the talks, she left"
        );
    }

    #[test]
    fn acts_adjectives_and_the_ends_of_content() {
        let content = |text: &str| one(text).2;
        // The outlets a digest cites, a semicolon.
        assert_eq!(
            content("Police say nine people were held. (Wire) (Daily Post)"),
            "nine people were held"
        );
        assert_eq!(
            content(
                "The agency denies the fires are linked; others doubt it."
            ),
            "the fires are linked"
        );
        assert_eq!(
            content("He said the toll rose (from five)."),
            "the toll rose (from five)"
        );
        // Verbs that also name an act report only a clause.
        assert!(found("The mayor declares a state of emergency.").is_empty());
        assert!(found("Divers find two bodies near the pier.").is_empty());
        assert!(
            found("Its chief had maintained close ties with him.").is_empty()
        );
        assert!(found("After we found that, we went home.").is_empty());
        assert_eq!(
            content("The study found the drug was safe."),
            "the drug was safe"
        );
        assert_eq!(content("He maintains he is innocent."), "he is innocent");
        assert_eq!(
            content("The court declared that the vote was void."),
            "that the vote was void"
        );
        assert_eq!(
            one("“We won,” declared the minister.").0.as_deref(),
            Some("the minister")
        );
        // A participle before its noun is an adjective.
        assert!(found("He was held for alleged war crimes.").is_empty());
        assert!(found("The number of confirmed cases rose.").is_empty());
        assert!(found("Three alleged smugglers were held.").is_empty());
        assert!(
            found("It was the first officially confirmed case.").is_empty()
        );
        // A name given; a noun and its participle before "by".
        assert!(found("They dug at a site called Kessel Ridge.").is_empty());
        assert_eq!(
            one("Figures released by the agency showed 40 people died.").2,
            "40 people died"
        );
        // Acts, and the same verbs reporting.
        assert!(found("Norland recalls its ambassador from Vesk.").is_empty());
        assert!(found("The strikers continued to block the port.").is_empty());
        assert!(found("She wrote two novels about the war.").is_empty());
        assert!(found("The agency adds 26 firms to its list.").is_empty());
        let all = found(
            "Winds were strong, Ruiz said, adding it required great skill.",
        );
        assert_eq!(all[1].2, "it required great skill", "{all:?}");
        assert_eq!(
            content(
                "He added officials “are still waiting for news of the ship.”"
            ),
            "officials “are still waiting for news of the ship.”"
        );
        assert_eq!(
            content("Ana Ruiz wrote on social media: “We are safe.”"),
            "“We are safe.”"
        );
        assert_eq!(
            content("Ana Ruiz wrote, “We are safe.”"),
            "“We are safe.”"
        );
        assert_eq!(
            one("“We are safe,” she recalls.").0.as_deref(),
            Some("she")
        );
        assert_eq!(
            one("Output will fall 15%, chief executive Ivo Brandt wrote in a memo.")
                .0
                .as_deref(),
            Some("chief executive Ivo Brandt")
        );
        assert!(found("The mayor declared a “critical incident” at noon.")
            .is_empty());
        // Nouns and parts of words.
        assert!(found("His remarks that 40 died were false.").is_empty());
        assert!(found("It is a so-called star.").is_empty());
        assert!(found("Fewer than two hundred showed up.").is_empty());
        assert_eq!(
            content("The port authority denies Kestrel's claims that it shut the port."),
            "Kestrel's claims that it shut the port"
        );
        assert_eq!(
            content("Ruiz wrote that “prices will rise.”"),
            "that “prices will rise.”"
        );
    }

    #[test]
    fn the_one_told_is_not_what_was_told() {
        let content = |text: &str| one(text).2;
        assert_eq!(
            content("He told reporters 40 people died."),
            "40 people died"
        );
        assert_eq!(
            content("She told the newspaper the dam held."),
            "the dam held"
        );
        assert_eq!(
            content("He told AFP the toll rose to 40."),
            "the toll rose to 40"
        );
        // How it was said, before "that".
        assert_eq!(
            content("He also said by phone that he was fine."),
            "that he was fine"
        );
        assert_eq!(
            content("She told Reuters over the phone that it was over."),
            "that it was over"
        );
        assert_eq!(
            content("She told The Harbour Post radio masts were down."),
            "radio masts were down"
        );
        assert_eq!(
            content("Police told the Kestrel News website 40 people died."),
            "40 people died"
        );
        assert_eq!(content("He told them how we got out."), "how we got out");
    }

    #[test]
    fn a_time_set_off_before_the_subject() {
        assert_eq!(
            one("Yesterday, Ana Ruiz, the port's director, announced that 40 ships had left.")
                .0
                .as_deref(),
            Some("Ana Ruiz")
        );
        assert_eq!(
            one("On Monday, Ivo Brandt, a trader, said prices would fall.")
                .0
                .as_deref(),
            Some("Ivo Brandt")
        );
    }

    #[test]
    fn a_bracketed_aside_between_the_subject_and_its_verb() {
        for (text, source, content) in [
            (
                "The Eastern Command (EASTCOM) says that its ships have left port.",
                "The Eastern Command",
                "that its ships have left port",
            ),
            (
                "The Volcano Institute (Volcin) reported the first tremor occurred at noon.",
                "The Volcano Institute",
                "the first tremor occurred at noon",
            ),
            (
                "The river authority (RA) said levels would fall.",
                "The river authority",
                "levels would fall",
            ),
        ] {
            assert_source_and_content(text, source, content);
        }
    }

    #[test]
    fn a_clause_after_the_cue_is_what_a_fronted_phrase_is_not() {
        // The phrase before the subject sets the scene; the clause after
        // the cue is what was said.
        for (text, content) in [
            (
                "In a statement on Monday, the harbour police said they seized the boat.",
                "they seized the boat",
            ),
            (
                "In the capital on Friday, the central bank said rates will rise.",
                "rates will rise",
            ),
            // A short tail with no clause still leaves the content before.
            ("Only ten people came, the organisers said this week.", "Only ten people came"),
        ] {
            assert_eq!(one(text).2, content, "{text}");
        }
        // "that" before a time points at it: no clause opens there.
        assert_eq!(
            one("The council announced the decision that night.").2,
            "the decision that night"
        );
    }

    #[test]
    fn names_given_inside_a_clause_and_superlatives_are_no_cues() {
        for text in [
            "It was a country retreat for the mayor of Ashford called Bryn Tirion before becoming a hotel.",
            "Divers found a reef in which a Jurassic-era predator called the sevengill shark moved in.",
            "They installed a new system called the Smart Grid.",
            "It was the longest reported period of growth.",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
        // Opening its clause, the indefinite subject speaks.
        for text in [
            "A spokesman called the decision a mistake.",
            "In May, a spokesman called the decision a mistake.",
            "The tallest player said he would stay.",
        ] {
            assert_eq!(found(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn a_past_after_another_describes_a_noun() {
        assert!(
            found("The Navy strikes another alleged drug boat.").is_empty()
        );
        for text in [
            "Police tried several alleged accomplices.",
            "It acted after identifying alleged threats.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
        // A quantifier before another participle may be its subject.
        assert_eq!(
            one("Some reported wanting to draft articles.").0.as_deref(),
            Some("Some")
        );
        assert!(found("It cited other alleged war crimes.").is_empty());
        assert_eq!(found("Some said they left.").len(), 1);
    }

    #[test]
    fn a_plural_possessive_is_no_quotation_mark() {
        assert_source_and_content(
            "The Kurdistan Workers' Party said it would disarm.",
            "The Kurdistan Workers' Party",
            "it would disarm",
        );
    }

    #[test]
    fn a_report_set_against_another_ends_its_content() {
        let contents: Vec<_> =
            found("He said it would work, while critics called it reckless.")
                .into_iter()
                .map(|f| f.2)
                .collect();
        assert_eq!(contents, ["it would work", "it reckless"]);
        // With no report of its own, the clause may be the speaker's.
        assert_eq!(
            one("Police said 5 died, while 3 were hurt.").2,
            "5 died, while 3 were hurt"
        );
    }

    #[test]
    fn a_report_inside_a_report_has_its_source_inside_it() {
        let sources: Vec<_> =
            found("Znak.com reported its source said the tenant left.")
                .into_iter()
                .map(|f| f.0)
                .collect();
        let some = |s: &str| Some(s.to_string());
        assert_eq!(sources, [some("Znak.com"), some("its source")]);
    }

    #[test]
    fn according_to_after_a_report_stands_behind_the_clause_set_against_it() {
        let got = found(
            "Groups report that 13 were freed, while 1,000 remain held \
             according to rights organizations.",
        );
        let according = got
            .iter()
            .find(|f| f.3 == AttributionKind::AccordingTo)
            .expect("according to");
        assert_eq!(according.2, "1,000 remain held");
        // With no report before it, the whole clause.
        assert_eq!(
            one(
                "Prices will rise, but wages will not, according to the bank."
            )
            .2,
            "Prices will rise, but wages will not"
        );
    }

    #[test]
    fn a_time_after_the_source_and_an_auxiliary_before_an_aside_are_not_in_it()
    {
        assert_source_and_content(
            "According to the WHO report yesterday, there were 41 cases.",
            "the WHO report",
            "there were 41 cases",
        );
        assert_source_and_content(
            "According to Johns Hopkins late today, 291 have recovered.",
            "Johns Hopkins",
            "291 have recovered",
        );
        assert_source_and_content(
            "According to late reports, five died.",
            "late reports",
            "five died",
        );
        assert_eq!(
            one("The Emergencies Ministry has, in a statement, called on \
                 drivers to slow down.")
            .0
            .as_deref(),
            Some("The Emergencies Ministry")
        );
    }

    #[test]
    fn the_outlets_cited_after_a_sentence_are_not_what_was_said() {
        assert_eq!(
            one("He says the deal is a sell-off. (AP) (CNN)").2,
            "the deal is a sell-off"
        );
        // Also after a quotation that ends the sentence.
        assert_eq!(
            one("He criticizes it, calling it a \"sell-off.\" (AP)").2,
            "it a \"sell-off.\""
        );
    }

    #[test]
    fn a_second_cue_may_have_an_adverb_before_it() {
        let got = found(
            "Ghalibaf says that talks have progressed but also states that \
             a deal is far off.",
        );
        let contents: Vec<&str> = got.iter().map(|f| f.2.as_str()).collect();
        assert_eq!(
            contents,
            ["that talks have progressed", "that a deal is far off"]
        );
    }

    #[test]
    fn a_setting_may_be_a_compound_noun() {
        let got = one("He said in a blog post \"I have done it.\"");
        assert_eq!(got.2, "\"I have done it.\"");
        assert_eq!(got.3, AttributionKind::Direct);
        assert_eq!(
            one("He said in a blog post that he had done it.").2,
            "that he had done it"
        );
    }

    #[test]
    fn a_dateline_before_a_spaced_hyphen_is_no_part_of_the_subject() {
        assert_source_and_content(
            "LONDON (Reuters) - Britain said on Monday it would act.",
            "Britain",
            "it would act",
        );
        assert_source_and_content(
            "Evansville, Indiana - Police said two people died.",
            "Police",
            "two people died",
        );
    }

    #[test]
    fn a_quotation_inside_the_writers_clause_is_part_of_what_was_said() {
        let got = one(
            "The city spent $5 million on \"urgent repairs,\" the mayor said.",
        );
        assert_eq!(got.2, "The city spent $5 million on \"urgent repairs,\"");
        assert_eq!(got.3, AttributionKind::Mixed);
        // A whole quotation is still the content, alone.
        let got = one("\"The city spent $5 million,\" the mayor said.");
        assert_eq!(got.2, "\"The city spent $5 million,\"");
        assert_eq!(got.3, AttributionKind::Direct);
    }

    #[test]
    fn an_occupation_between_a_capital_and_a_name_is_in_the_source() {
        assert_eq!(
            one("\"It is water,\" said UCL astronomer Angelos Tsiaras.")
                .0
                .as_deref(),
            Some("UCL astronomer Angelos Tsiaras")
        );
        // Not a preposition: "per ABC News" is where it was reported.
        assert_eq!(
            one("\"It is water,\" said Russell Zimmerman per ABC News.")
                .0
                .as_deref(),
            Some("Russell Zimmerman")
        );
    }

    #[test]
    fn a_plural_possessive_goes_on_in_a_source_after_its_cue() {
        assert_source_and_content(
            "According to the Philippines' foreign ministry, two ships \
             collided.",
            "the Philippines' foreign ministry",
            "two ships collided",
        );
        // And the name set off after a title is who spoke.
        assert_source_and_content(
            "According to Windsor Locks' first selectman, Chris Kervick, \
             ten were aboard.",
            "Chris Kervick",
            "ten were aboard",
        );
    }

    #[test]
    fn a_hedged_figure_after_the_source_is_no_part_of_it() {
        let got =
            one("According to the Saudi Interior Ministry over 345 pilgrims \
             have been killed.");
        assert_eq!(got.0.as_deref(), Some("the Saudi Interior Ministry"));
        assert_eq!(got.2, "over 345 pilgrims have been killed");
        let got =
            one("The ship sank according to the New York Times about 100 \
             miles from Okinawa.");
        assert_eq!(got.0.as_deref(), Some("the New York Times"));
        // After "of" or a participle's adverb, the figure describes the
        // source.
        let got = one("According to a study of about 100 people, it works.");
        assert_eq!(got.0.as_deref(), Some("a study of about 100 people"));
        let got =
            one("According to a posting made just over 24 hours ago, the \
             site is down.");
        assert_eq!(
            got.0.as_deref(),
            Some("a posting made just over 24 hours ago")
        );
    }

    #[test]
    fn a_noun_and_its_auxiliary_after_a_setting_open_the_clause() {
        assert_source_and_content(
            "Al Jazeera reported on Thursday, coverage had risen to 55%.",
            "Al Jazeera",
            "coverage had risen to 55%",
        );
    }

    #[test]
    fn a_hyphenated_addressee_comes_before_that() {
        assert_source_and_content(
            "Neighbors told CBS station KDKA-TV that the area is quiet.",
            "Neighbors",
            "that the area is quiet",
        );
    }

    #[test]
    fn an_ampersand_joins_a_name() {
        assert_source_and_content(
            "According to PG&E's schedule, 5 homes lost power.",
            "PG&E's schedule",
            "5 homes lost power",
        );
        assert_source_and_content(
            "On Monday, AT&T said 5 million lost service.",
            "AT&T",
            "5 million lost service",
        );
        assert_source_and_content(
            "AT&T said 5 million lost service.",
            "AT&T",
            "5 million lost service",
        );
    }

    #[test]
    fn a_clock_time_or_a_relative_clause_is_no_word_of_the_source() {
        for (text, source) in [
            ("At about 5:17 p.m. his daughter told police he left.", "his daughter"),
            ("At 10:30 the minister said that 5 died.", "the minister"),
            (
                "Representative Terri Collins who sponsored the bill remarked that it was fine.",
                "Representative Terri Collins",
            ),
            (
                "Republican state representative Terri Collins who sponsored the bill remarked that it was fine.",
                "Republican state representative Terri Collins",
            ),
            ("A woman who lives nearby said the bus was speeding.", "A woman"),
            ("Witnesses who were there said the bus was speeding.", "Witnesses"),
            (
                "The officials who ordered that change claimed it was a study.",
                "The officials",
            ),
        ] {
            assert_eq!(one(text).0.as_deref(), Some(source), "{text}");
        }
        // Not a noun phrase before "who": a verb and its object, or a
        // company's name.
        for (text, not) in [
            (
                "Police arrested a man who later said he was innocent.",
                "Police arrested a man",
            ),
            (
                "We hope any users who are affected will tell us.",
                "We hope any users",
            ),
        ] {
            let found = found(text);
            assert!(
                found.iter().all(|a| a.0.as_deref() != Some(not)),
                "{text}: {found:?}"
            );
        }
        // "who" right before the cue: the object or the phrase after a
        // preposition speaks, never a pronoun after the cue.
        for (text, source, content) in [
            (
                "Police arrest a man who says he was beaten.",
                "a man",
                "he was beaten",
            ),
            (
                "Police arrested a man who later said he was innocent.",
                "a man",
                "he was innocent",
            ),
            (
                "You're talking about others who say that this is their goal.",
                "others",
                "that this is their goal",
            ),
            (
                "Rain was rare according to CNN who reported that storms rose.",
                "CNN",
                "that storms rose",
            ),
        ] {
            let all = found(text);
            assert!(
                all.iter().any(|a| a.0.as_deref() == Some(source)
                    && a.2 == content),
                "{text}: {all:?}"
            );
        }
    }

    #[test]
    fn a_participle_after_a_noun_is_a_passive_with_no_source() {
        for (text, content) in [
            (
                "Gunmen reported to be aligned with the army clashed.",
                "to be aligned with the army clashed",
            ),
            (
                "Shops found to be violating the rules were closed.",
                "to be violating the rules",
            ),
            (
                "A tanker, believed to be part of the fleet, which was \
                 carrying oil, is leaking.",
                "to be part of the fleet, which was carrying oil",
            ),
        ] {
            let (s, _, c, _) = one(text);
            assert_eq!((s, c.as_str()), (None, content), "{text}");
        }
        // With its auxiliary it is the passive it always was; with a
        // subject of its own, active.
        assert_eq!(
            one("Khan is also believed to be in India.").1,
            "is also believed"
        );
        assert_eq!(one("He claimed to be innocent.").0.as_deref(), Some("He"));
    }

    #[test]
    fn that_day_is_when_it_was_said() {
        assert_source_and_content(
            "Officials said that day the talks had failed.",
            "Officials",
            "the talks had failed",
        );
        assert_source_and_content(
            "He said that prices rose.",
            "He",
            "that prices rose",
        );
    }

    #[test]
    fn the_channel_words_came_through_is_no_source() {
        for (text, source, content) in [
            (
                "Four were hurt, according to the mayor via Interfax.",
                "the mayor",
                "Four were hurt",
            ),
            (
                "According to the mayor via Interfax, four died.",
                "the mayor",
                "four died",
            ),
            (
                "His death was announced by his son Abhijit via Twitter.",
                "his son Abhijit",
                "His death",
            ),
            // Nor is a short name in brackets what was said.
            (
                "According to the World Health Organization (WHO), cases rose.",
                "the World Health Organization",
                "cases rose",
            ),
            // Nor a clause on the source after it.
            (
                "According to AFP, which cited two sources, the man fled.",
                "AFP",
                "the man fled",
            ),
            // Nor a clause of its own after the source set off.
            (
                "He admitted it, according to prosecutors, but the court disagreed.",
                "prosecutors",
                "He admitted it",
            ),
        ] {
            let (s, _, c, _) = one(text);
            assert_eq!((s.as_deref(), c.as_str()), (Some(source), content));
        }
    }

    #[test]
    fn a_place_and_its_country_are_one_subject() {
        for (text, source) in [
            ("Police in Lyon, France said two people died.", "Police in Lyon, France"),
            (
                "A spokesman for the ministry in Munich, Germany confirmed the arrests.",
                "A spokesman for the ministry in Munich, Germany",
            ),
            (
                "The sheriff's office in Baytown, Texas, said two people died.",
                "The sheriff's office in Baytown, Texas",
            ),
            // Past the usual length of a subject by the country.
            (
                "Yesterday, the State Ministry of Public Health and Health Care in Munich, Germany confirmed a case.",
                "the State Ministry of Public Health and Health Care in Munich, Germany",
            ),
            // A clause before the comma, or a phrase fronted, stays apart.
            ("Fighting continued in Donetsk, Ukraine said.", "Ukraine"),
            (
                "Pohiva was an advocate for democracy in Tonga, The Guardian reported.",
                "The Guardian",
            ),
            ("Ahead of the vote in Lincoln Park, Trump vowed to act.", "Trump"),
            ("In Kyiv, Zelensky said the war goes on.", "Zelensky"),
        ] {
            assert_eq!(one(text).0.as_deref(), Some(source), "{text}");
        }
    }

    #[test]
    fn a_thought_about_a_thing_reports_nothing() {
        for text in [
            "I think of my daughter.",
            "He thought about the offer for a week.",
            "She believes in freedom and the rule of law.",
            "We have to think about the future.",
        ] {
            assert_eq!(found(text), vec![], "{text}");
        }
        // A clause after it, a fronted phrase, or the passive reports.
        for (text, content) in [
            (
                "He thought about it and said that it was fine.",
                "that it was fine",
            ),
            ("I think in Kyiv they did well.", "in Kyiv they did well"),
            ("Russia is suspected of being behind it.", "of being behind it"),
        ] {
            let all = found(text);
            assert!(all.iter().any(|a| a.2 == content), "{text}: {all:?}");
        }
    }

    #[test]
    fn to_after_a_verb_reports_only_before_an_infinitive() {
        // An act and its infinitive, or a place, report nothing, even
        // with a clause later in the sentence.
        for text in [
            "Crews continued to cool the structure after the fire was gone.",
            "Equipment is being added to lines to aid in shutdowns.",
        ] {
            assert_eq!(found(text), vec![], "{text}");
        }
        // A passive before an infinitive reports a finding.
        for text in [
            "The drug was found to contain lead.",
            "Four more children are reported to have died.",
            "Shops found to be violating the rules were closed.",
        ] {
            assert_eq!(found(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn an_adjective_that_takes_to_keeps_it_in_the_source() {
        for (text, source) in [
            (
                "Two people close to the president said the deal was off.",
                "Two people close to the president",
            ),
            (
                "Fighters loyal to the general said the town had fallen.",
                "Fighters loyal to the general",
            ),
        ] {
            assert_eq!(one(text).0.as_deref(), Some(source), "{text}");
        }
    }

    #[test]
    fn an_absolute_phrase_with_a_reporting_participle_reports() {
        for (text, source, content) in [
            (
                "Germany banned the airline, with officials saying this is for security reasons.",
                "officials",
                "this is for security reasons",
            ),
            (
                "The court sentenced her, with her lawyers stating they will appeal.",
                "her lawyers",
                "they will appeal",
            ),
            (
                "With the ministry reporting that 12 died, the toll rose.",
                "the ministry",
                "that 12 died",
            ),
        ] {
            assert_source_and_content(text, source, content);
        }
        // Not set off by a comma; a gerund after a preposition, or after
        // "and".
        assert_eq!(
            found("A man with a sign saying no entry stood there."),
            []
        );
        assert_eq!(
            found(
                "It passed, with laws banning migrants from claiming asylum."
            ),
            []
        );
        assert_eq!(
            found("It ended, with police checking cars and reporting no arrests."),
            []
        );
    }

    #[test]
    fn an_absolute_phrase_with_a_participle_reports_nothing() {
        assert_eq!(
            found("Fighting went on, with heavy clashes reported along the front."),
            []
        );
        assert_eq!(found("A quake hit, with no injuries reported."), []);
        assert_eq!(
            one("With Smith, Jones said 5 died.").0.as_deref(),
            Some("Jones")
        );
    }

    #[test]
    fn an_accusation_reports_its_charge() {
        for (text, source, content) in [
            (
                "Hamas accuses Israel of carrying out at least 266 attacks.",
                "Hamas",
                "Israel of carrying out at least 266 attacks",
            ),
            (
                "The government issued a warrant, accusing him of taking actions that could violate the accords.",
                "The government",
                "him of taking actions that could violate the accords",
            ),
        ] {
            assert_source_and_content(text, source, content);
        }
        // No charge made: a participle before "of", an adjective, a
        // passive; and the one charged is never the source.
        assert_eq!(found("Three men accused of murder were freed."), []);
        // So is one suspected; "is suspected to be" is a passive report.
        assert_eq!(found("Police arrest six men suspected of fraud."), []);
        assert_eq!(found("The tanker, suspected to be Iranian, sank."), []);
        assert_eq!(
            one("He is suspected to be the leader.").2,
            "to be the leader"
        );
        // "reports" after a verb is its object: the denier speaks.
        assert_eq!(
            found("Araghchi rejects reports that Iran declined talks."),
            []
        );
        assert_eq!(
            one("The Houthis deny reports that they closed the strait."),
            (
                Some("The Houthis".to_string()),
                "deny".to_string(),
                "reports that they closed the strait".to_string(),
                AttributionKind::Indirect
            )
        );
        // So is "reports" after a plural determiner.
        assert_eq!(
            one("His office denies these reports.").0.as_deref(),
            Some("His office")
        );
        assert_eq!(found("Those claims that he lied are false."), []);
        // "conclude" a deal is an act; "concluded that" reports, and so
        // does a quotation after it, but not a short phrase in quotation
        // marks.
        assert_eq!(found("The UK and the EU conclude a deal on travel."), []);
        assert_eq!(found("The war will conclude \"very shortly\"."), []);
        assert_eq!(
            one("The court concluded \"the law is void and must go.\"").3,
            AttributionKind::Direct
        );
        assert_eq!(
            one("The panel concluded that the drug is safe.").2,
            "that the drug is safe"
        );
        assert_eq!(
            found("It lets the state extradite accused criminals."),
            []
        );
        assert_eq!(
            found("Militants are accused by Israel of attacking soldiers."),
            []
        );
        assert!(found("An adviser, who accused President Japarov of corruption, was held.")
            .iter()
            .all(|a| a.0.as_deref() != Some("President Japarov")));
    }

    #[test]
    fn present_tense_with_a_bare_noun_after_or_a_possessive_before() {
        for (text, source, content) in [
            (
                "Mbeki says police have freed all 46 pupils.",
                "Mbeki",
                "police have freed all 46 pupils",
            ),
            (
                "Chad's state media says a reward will be paid.",
                "Chad's state media",
                "a reward will be paid",
            ),
            (
                "The navy claims to have sunk two boats.",
                "The navy",
                "to have sunk two boats",
            ),
            (
                "Professor Eastman says iodine is added to only 10 per cent of salt.",
                "Professor Eastman",
                "iodine is added to only 10 per cent of salt",
            ),
            // Two names joined are a plural subject.
            (
                "Mexico's president Claudia Sheinbaum and U.S. President Donald Trump announce they have agreed.",
                "Mexico's president Claudia Sheinbaum and U.S. President Donald Trump",
                "they have agreed",
            ),
            ("The US and China say tariffs will fall.", "The US and China", "tariffs will fall"),
        ] {
            assert_source_and_content(text, source, content);
        }
        // "added to only 10": a hedged number, no infinitive of a passive.
        assert_eq!(found("Iodine is added to only 10 per cent of salt."), []);
        // A possessive inside a phrase owns no subject.
        assert_eq!(
            found("It ended its recognition of Ruritania's breakaway states Nord and Sud."),
            []
        );
    }

    #[test]
    fn a_time_before_the_subject_without_a_comma_and_a_report_in_passing() {
        for (text, source) in [
            (
                "On Wednesday Foreign Minister Ana Ruiz told reporters the talks failed.",
                "Foreign Minister Ana Ruiz",
            ),
            ("Last week the minister said the talks failed.", "the minister"),
        ] {
            assert_eq!(one(text).0.as_deref(), Some(source), "{text}");
        }
        assert_eq!(
            one("The minister said the talks failed, while also suggesting that a deal was close.")
                .2,
            "the talks failed"
        );
    }

    #[test]
    fn names_set_off_after_a_description_and_agents_past_a_time() {
        assert_source_and_content(
            "His lawyer, Benedikt Aalto, said his client rejects every allegation.",
            "Benedikt Aalto",
            "his client rejects every allegation",
        );
        assert_source_and_content(
            "About $180,000 was taken, according to a police spokeswoman, Anneli Ruud.",
            "Anneli Ruud",
            "About $180,000 was taken",
        );
        assert_source_and_content(
            "Cash was taken, according to a police spokeswoman, who declined to be named.",
            "a police spokeswoman",
            "Cash was taken",
        );
        // A report inside a report: the inner subject starts after the
        // outer verb.
        let all =
            found("Cameroon says Russia has confirmed that 16 soldiers died.");
        let sources: Vec<_> = all.iter().map(|f| f.0.as_deref()).collect();
        assert_eq!(sources, [Some("Cameroon"), Some("Russia")]);
        // After a body, not a title, the name is the next clause's.
        assert_source_and_content(
            "In 2024, according to the ministry, Russia lost 400 tanks.",
            "the ministry",
            "In 2024, according to the ministry, Russia lost 400 tanks",
        );
        assert_source_and_content(
            "The glacier lost 40% of its ice, according to a study published on Thursday by glaciologists at Kestrel University.",
            "a study published on Thursday by glaciologists at Kestrel University",
            "The glacier lost 40% of its ice",
        );
    }

    #[test]
    fn names_set_off_only_where_they_name_the_speaker() {
        // The one who spoke is not the title in a phrase after the head;
        // a list, a body or a day is no apposed name.
        for (text, source) in [
            (
                "The meeting was cancelled, according to a spokesman for the mayor, Lisa Chen.",
                "a spokesman for the mayor",
            ),
            (
                "According to the airline's chief executive, Lufthansa, Air France and KLM all raised fares.",
                "the airline's chief executive",
            ),
            (
                "The suspect fled, according to a police spokeswoman, Oslo Police District.",
                "a police spokeswoman",
            ),
            ("His lawyer, Monday, said the case was weak.", "His lawyer"),
        ] {
            assert_eq!(one(text).0.as_deref(), Some(source), "{text}");
        }
        // But what a statement from a title says is that person's.
        assert_eq!(
            one("The plan was approved, according to a statement from the mayor, Lisa Chen.")
                .0
                .as_deref(),
            Some("Lisa Chen")
        );
        // A relative clause on the source, then the clause resumes: the
        // whole; then a conjunction: the clause before.
        assert_source_and_content(
            "The plan, according to officials, who declined to be named, will cost $3 billion.",
            "officials",
            "The plan, according to officials, who declined to be named, will cost $3 billion",
        );
        assert_source_and_content(
            "Prices will rise, according to Mr. Obi, who is not an economist, but the bank disagrees.",
            "Mr. Obi",
            "Prices will rise",
        );
    }

    #[test]
    fn a_plain_verb_past_an_adverb() {
        assert_source_and_content(
            "Campaign officials in both camps privately concede the race is too close to call.",
            "Campaign officials in both camps",
            "the race is too close to call",
        );
        assert_source_and_content(
            "Critics increasingly say the plan failed.",
            "Critics",
            "the plan failed",
        );
    }

    #[test]
    fn review_mends_of_round_ten() {
        // A tail opened by a preposition or a subordinator, or too short
        // for a clause, leaves the content before the source.
        for text in [
            "The deal is close, a senior official said on condition he not be named.",
            "The market will recover, she said as she was leaving the building.",
            "The gunman acted alone, police said they believe.",
        ] {
            let content = one(text).2;
            assert!(text.starts_with(&content), "{text}: {content}");
        }
        // A prepositional phrase inside the subject does not make
        // "called" a name given; nor does a superlative make "told" an
        // adjective.
        assert_eq!(
            one(
                "A spokesman for a rights group called the arrests arbitrary."
            )
            .2,
            "the arrests arbitrary"
        );
        assert_eq!(
            one("The youngest told police she had hidden under a bed.").2,
            "she had hidden under a bed"
        );
        // A phrasal "called off", a noun "claims" in a compound.
        for text in [
            "The Coast Guard (USCG) called off its search late on Tuesday.",
            "America's jobless claims data will be released on Thursday.",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
        // The whole time phrase before the subject goes.
        assert_eq!(
            one("On Monday morning the mayor announced a curfew.")
                .0
                .as_deref(),
            Some("the mayor")
        );
    }

    #[test]
    fn scene_setting_before_the_subject_and_adverbs_in_ly() {
        let got = |text: &str| {
            let (source, _, content, _) = one(text);
            (source.unwrap_or_default(), content)
        };
        let pair = |s: &str, c: &str| (s.to_string(), c.to_string());
        // A phrase set before the subject with no comma after it.
        assert_eq!(
            got("During the speech Trump claimed the plan had failed."),
            pair("Trump", "the plan had failed")
        );
        assert_eq!(
            got("After the meeting the president said the plan had failed."),
            pair("the president", "the plan had failed")
        );
        assert_eq!(
            got("In the 62nd minute Kim Min-Woo said he was sorry."),
            pair("Kim Min-Woo", "he was sorry")
        );
        assert_eq!(
            got("Under Secretary Jo Bell said the plan had failed."),
            pair("Under Secretary Jo Bell", "the plan had failed")
        );
        // "what the government described as": "what" is no word of it.
        assert_eq!(
            got("It killed eight members of what the government described as a terrorist group."),
            pair("the government", "as a terrorist group")
        );
        // Nor does a word that links to the sentence before.
        assert_eq!(
            got("But media reports say the plan failed."),
            pair("media reports", "the plan failed")
        );
        assert_eq!(
            got("Meanwhile the ministry said the plan failed."),
            pair("the ministry", "the plan failed")
        );
        // A subordinator opens the clause, not its subject.
        assert_eq!(
            got(
                "Although the minister said the plan would work, prices rose."
            ),
            pair("the minister", "the plan would work")
        );
        // A quantifier after the subject.
        assert_eq!(
            got("They all said the plan had failed."),
            pair("They", "the plan had failed")
        );
        // A title's "to": "ambassador to Russia".
        assert_eq!(
            got("Iran's ambassador to Russia Kazem Jalali said talks failed."),
            pair("Iran's ambassador to Russia Kazem Jalali", "talks failed")
        );
        assert!(found("There is no doctor to show the problems.").is_empty());
        // "the already confirmed results": an adjective.
        assert!(found("The already confirmed results stand.").is_empty());
        // A phrase set off before a name and its apposition.
        assert_eq!(
            got("Speaking to reporters, Ana Ruiz, the port's director, said 40 ships had left."),
            pair("Ana Ruiz", "40 ships had left")
        );
        // A word or a short phrase before the subject is no content.
        assert_eq!(
            got("Later, the minister said the talks had failed."),
            pair("the minister", "the talks had failed")
        );
        assert_eq!(got("No, he said."), pair("he", "No"));
        assert_eq!(
            got("After the vote, the minister said the talks had failed."),
            pair("the minister", "the talks had failed")
        );
        assert_eq!(
            got("Prices rose, the minister said."),
            pair("the minister", "Prices rose")
        );
        // Openings that are the report itself.
        for text in [
            "Everything is fine, he said.",
            "Only 10 people came, he said.",
            "Rising prices hurt families, the minister said.",
        ] {
            let content = text.split(',').next().unwrap();
            assert_eq!(got(text).1, content, "{text}");
        }
        // An adverb in -ly stands between subject and verb; a noun in -ly
        // is the subject.
        assert_eq!(
            got("The military initially confirmed the strike had hit a school."),
            pair("The military", "the strike had hit a school")
        );
        assert_eq!(
            got("His family said he was innocent."),
            pair("His family", "he was innocent")
        );
        assert_eq!(
            got("The Kennedy family said the claims were false."),
            pair("The Kennedy family", "the claims were false")
        );
    }

    #[test]
    fn names_given_and_comparisons_are_no_cues() {
        let none = |text: &str| found(text).is_empty();
        assert!(none("So we use a technology called adaptive optics which corrects blur."));
        assert!(none(
            "Tseng runs a firm called eTranslate, which helps developers."
        ));
        assert!(none("The sevengill is sometimes called a living fossil."));
        assert!(none("It was broken into smaller molecules called peptides."));
        assert!(none("Rainfall rose 95 percent compared with 2025."));
        assert!(!none("Protesters called for his resignation."));
        assert!(!none("The minister called the plan a disaster."));
        assert!(!none(
            "He compared the losses to the Soviet invasion of Afghanistan."
        ));
    }

    #[test]
    fn what_was_said_as_a_subject_reports_nothing() {
        for text in [
            "What he said was true.",
            "That's what I thought it was.",
            "Our results are what we say they are.",
            "In their routine what they expect is food.",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
        assert_eq!(one("What he said: \"We won.\"").2, "\"We won.\"");
        assert_eq!(one("It is what he calls a sham.").2, "a sham");
        // Taking on a charge.
        for text in [
            "The vice president will assume the presidency if it is vacant.",
            "She assumed office in May.",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
        assert_eq!(
            one("I assume the plan will fail.").2,
            "the plan will fail"
        );
    }

    #[test]
    fn sources_past_conjunctions_openers_and_hyphens() {
        let source = |text: &str| one(text).0;
        let s = |x: &str| Some(x.to_string());
        // A name goes on past a particle, an article against the
        // surname and a middle initial.
        for name in
            ["Ursula von der Leyen", "Moammar al-Eryani", "John G. Roberts"]
        {
            let text = format!("\"It is over,\" said minister {name}.");
            assert_eq!(source(&text), Some(format!("minister {name}")));
        }
        assert_eq!(
            source("In a statement, the current bishop, Allan Casicas, said the bishop had died."),
            s("Allan Casicas")
        );
        assert_eq!(
            source("And she, in response, said the talks had failed."),
            s("she")
        );
        // The name after a description opening the sentence, after a
        // possessive too; a body's name with its article.
        assert_eq!(
            source("England's transport secretary, Grant Shapps, announced that trains would stop."),
            s("Grant Shapps")
        );
        assert_eq!(
            source("Chancellor Ida Lund's spokesperson, Nils Berg, said it is possible."),
            s("Nils Berg")
        );
        assert_eq!(
            source("The militant organisation, the Islamic State of Iraq and the Levant, claimed that it struck."),
            s("the Islamic State of Iraq and the Levant")
        );
        assert_eq!(
            source("The developer, Kettleby Homes, said the flats were late."),
            s("Kettleby Homes")
        );
        assert_eq!(
            source("One senator, Eduardo Bhatia, said he would sue."),
            s("Eduardo Bhatia")
        );
        assert_eq!(
            source("The mayor of London, Sadiq Khan, said the city stood together."),
            s("Sadiq Khan")
        );
        assert_eq!(
            source("The government of Sindh, Pakistan, said a commission would sit."),
            s("The government of Sindh")
        );
        assert_eq!(
            source("According to a whistle-blower complaint, the president misused his office."),
            s("a whistle-blower complaint")
        );
    }

    #[test]
    fn tolls_terms_and_nouns_after_prepositions_are_no_cues() {
        let none = |text: &str| found(text).is_empty();
        assert!(none("The virus claimed 6606 lives in Italy."));
        assert!(none("This is what we call a hot Jupiter."));
        assert!(none(
            "He prorogued parliament over fears that MPs would block it."
        ));
        assert!(none("Stocks rose following reports that a deal was near."));
        assert!(!none("He claimed that the vote was rigged."));
        assert!(!none("He claimed his life was in danger."));
        assert!(!none("A spokesman called reports of a cover-up baseless."));
        assert!(!none("It was met with what WalesOnline called “fury”."));
        // A participle after a preposition is its noun's adjective.
        assert!(none(
            "Prosecutors detain 109 officials over alleged vote manipulation."
        ));
        assert!(none("The court opened a case into alleged war crimes."));
        assert!(none(
            "The regulator banned the app, citing alleged failures."
        ));
        assert!(none("Jets struck targets following reported attacks."));
        assert!(!none("Forensic testing revealed one of the bodies was his."));
        assert!(!none("The lawsuit, as reported by Reuters, seeks damages."));
        // A preposition that ends a subject: the verb after it reports.
        assert!(!none("Passers-by said flames engulfed the car."));
        assert!(!none("People close to him said Trump was furious."));
        assert!(!none("The letter to investors stated that profits fell."));
        assert!(!none("The member says the leader must resign."));
        assert!(none(
            "Despite stated opposition from Germany, the plan passed."
        ));
        assert!(!none("Those who voted against argued the bill was flawed."));
    }

    #[test]
    fn counted_nouns_and_places_are_no_cues() {
        let none = |text: &str| found(text).is_empty();
        assert!(none("Benin places about 30 suspects, most of them soldiers, in detention."));
        assert!(none("Protests were held in all 50 states, the same day."));
        assert!(none("Protests were held in multiple states, the same day."));
        assert!(none("The site was added to the list."));
        assert!(!none(
            "Formula One announces that the race will be held in May."
        ));
        assert!(!none("Two reports say 30 were injured."));
        assert!(!none("He is believed to be in Moscow."));
    }

    #[test]
    fn times_between_a_subject_and_its_verb() {
        let source = |text: &str| one(text).0;
        let s = |x: &str| Some(x.to_string());
        assert_eq!(
            source("Mira Holt, a port official, on Tuesday told reporters the ship had left."),
            s("Mira Holt")
        );
        assert_eq!(
            source("The agency on 5 May said 300 homes flooded."),
            s("The agency")
        );
        assert_eq!(
            source("The mayor last March said taxes would rise."),
            s("The mayor")
        );
        let (source, cue, ..) =
            one("Her condition was on Wednesday reported to be stable.");
        assert_eq!(
            (source, cue.as_str()),
            (None, "was on Wednesday reported")
        );
    }

    #[test]
    fn the_second_of_two_verbs_has_the_first_ones_subject() {
        let source = |text: &str| one(text).0;
        let s = |x: &str| Some(x.to_string());
        assert_eq!(
            source("Pierce derided the two-party system and argued that it was broken."),
            s("Pierce")
        );
        assert_eq!(
            source("Police arrested two men and said they were armed."),
            s("Police")
        );
        assert_eq!(
            source("On Monday, he expressed no regret and said he would do it again."),
            s("he")
        );
        // "who" set off by a comma stands for the name or the phrase
        // before it, not for what follows the cue.
        for (text, who, what) in [
            (
                "He met Devocht, who said he would help.",
                "Devocht",
                "he would help",
            ),
            (
                "She cited Lee, who told Reuters it had failed.",
                "Lee",
                "it had failed",
            ),
            (
                "They saw a man, who told it the plan failed.",
                "a man",
                "the plan failed",
            ),
            (
                "He met with Devocht, who said he would help.",
                "Devocht",
                "he would help",
            ),
        ] {
            let (source, _, content, _) = one(text);
            assert_eq!(
                (source.as_deref(), content.as_str()),
                (Some(who), what),
                "{text}"
            );
        }
        // Not a place after a preposition of place or a comma, but the
        // name before a description that ends in one.
        let text = "He studied at GT, who said \"It works.\"";
        assert!(
            found(text).iter().all(|a| a.0.as_deref() != Some("GT")),
            "{text}"
        );
        assert_eq!(
            one("It was led by Mark Hay, a professor at GT, who said \"No.\"")
                .0
                .as_deref(),
            Some("Mark Hay")
        );
        // "by saying": the participle reports, with the verb's subject.
        let (who, cue, content, _) =
            one("She responded by saying that it was false.");
        assert_eq!(
            (who, cue.as_str(), content.as_str()),
            (s("She"), "saying", "that it was false")
        );
        // A name set off after a description is the participle's source.
        assert_eq!(
            one("A senator, Ana Ruiz, backed the bill, telling reporters it would pass.").0,
            s("Ana Ruiz")
        );
        // A clause set against a report ends it, and its subject is the
        // source of the verb after "and".
        let all = found(
            "Police say 80 returned, but the church group disputes the figure and says 177 are missing.",
        );
        assert_eq!(all.len(), 2, "{all:?}");
        assert_eq!(all[0].2, "80 returned");
        assert_eq!(all[1].0.as_deref(), Some("the church group"));
        // A list of names opening the sentence is the subject, whole.
        assert_eq!(
            source(
                "Hawkins, Blankenship, and Carroll all argued it was wrong."
            ),
            s("Hawkins, Blankenship, and Carroll")
        );
        assert_eq!(
            source("Yesterday, Hawkins and Carroll argued it was wrong."),
            s("Hawkins and Carroll")
        );
        // With an article before a name, and past the usual length; a
        // verb "report" after the last is no "CNN report".
        assert_eq!(
            source(
                "France, Germany, the Netherlands, Sweden, and the United \
                 Kingdom assess that he was poisoned."
            ),
            s("France, Germany, the Netherlands, Sweden, and the United Kingdom")
        );
        assert_eq!(
            source("Kuwait, Qatar, and the UAE report that they hit it."),
            s("Kuwait, Qatar, and the UAE")
        );
        // A sentence's opening "And" is no name before it.
        assert_eq!(
            source(
                "And the Electronic Frontier Foundation explained why it was."
            ),
            s("the Electronic Frontier Foundation")
        );
        // A name between an article and "report" is whose report it is.
        assert_eq!(
            source("He cited a CNN report that the talks failed."),
            s("CNN")
        );
        // A short form in brackets is inside the subject.
        assert_eq!(
            source("Workers' Party (PKK) founder Ali Can calls for calm and asks the group to disarm."),
            s("Workers' Party (PKK) founder Ali Can")
        );
        // Not after a passive, a report or a relative clause, where the
        // second verb has another subject.
        let second_not = |text: &str, who: &str| {
            let found = found(text);
            let second = found.iter().find(|a| a.1 != "say" && a.1 != "says");
            assert!(
                second.is_none_or(|a| a.0.as_deref() != Some(who)),
                "{text}: {found:?}"
            );
        };
        second_not(
            "Navalny was arrested on arrival and told he faced jail.",
            "Navalny",
        );
        second_not(
            "Prosecutors say Smith stole the money and told investors it was safe.",
            "Prosecutors",
        );
        second_not(
            "Police arrested a man who resisted and claimed he was innocent.",
            "Police",
        );
        second_not(
            "He has been arrested and told he faces deportation.",
            "He",
        );
        second_not(
            "Police held the man after he hit a guard and claimed he was innocent.",
            "Police",
        );
        // With no subject of its own, the words before the first verb
        // are the second's ("The embassy | declined the request and
        // said"); none before it, no source.
        assert_eq!(
            source(
                "The embassy declined the request and said the family left."
            ),
            s("The embassy")
        );
        assert_eq!(
            source("She did not know the date and said it was years ago."),
            s("She")
        );
        assert_eq!(
            source("Tshisekedi calls for calm and says order will return."),
            s("Tshisekedi")
        );
        assert!(found("He was arrested and told he faced jail.").is_empty());
        assert_eq!(
            source("King Charles visited the site and said it was moving."),
            s("King Charles")
        );
        // "and alleged" before a noun joins an adjective; before a
        // clause it reports.
        assert_eq!(
            found("He rejected the findings and alleged police lied.").len(),
            1
        );
        assert!(found("They protest against the conduct and alleged corruption of officials.").is_empty());
        assert_eq!(
            found(
                "The minister denied the report and alleged that police lied."
            )
            .len(),
            2
        );
    }

    #[test]
    fn a_report_ends_where_another_source_speaks() {
        let contents = |text: &str| -> Vec<String> {
            found(text).into_iter().map(|f| f.2).collect()
        };
        assert_eq!(
            contents("Putin said the strikes were a response, but Ukraine's military describes the comments as manipulation."),
            ["the strikes were a response", "the comments as manipulation"]
        );
        assert_eq!(
            contents("The ministry said 40 people died, while the army says 12 were killed."),
            ["40 people died", "12 were killed"]
        );
        assert_eq!(
            contents("Israel said it struck militants, while Palestinian officials told AFP that civilians died.")[0],
            "it struck militants"
        );
        assert_eq!(
            contents("Police said 12 died, and the UN told AFP the toll was higher.")[0],
            "12 died"
        );
        // A second clause of the same report goes on.
        assert_eq!(
            contents("She said that he was kind, and that if I tell him he will help.")[0],
            "that he was kind, and that if I tell him he will help"
        );
        assert_eq!(
            contents("He said prices rose, and wages fell."),
            ["prices rose, and wages fell"]
        );
        // Acts and words inside the first source's account.
        assert_eq!(
            contents("The victim said he was attacked, and the attacker shouted abuse.")[0],
            "he was attacked, and the attacker shouted abuse"
        );
        assert_eq!(
            contents("She said she was fired, and her boss told her it was her age.")[0],
            "she was fired, and her boss told her it was her age"
        );
    }

    #[test]
    fn where_and_when_it_was_said_is_not_what_was_said() {
        use AttributionKind::{Direct, Indirect};
        let said = |text: &str| {
            let (_, _, content, kind) = one(text);
            (content, kind)
        };
        let c = |x: &str, k| (x.to_string(), k);
        assert_eq!(
            said(
                "The mayor indicated on Twitter the baby was critically ill."
            ),
            c("the baby was critically ill", Indirect)
        );
        assert_eq!(
            said("Police said on Monday the fire was arson."),
            c("the fire was arson", Indirect)
        );
        assert_eq!(
            said("The minister said at a press conference yesterday morning the laws should change."),
            c("the laws should change", Indirect)
        );
        assert_eq!(
            said("Stern said in an interview with Rolling Stone he was open to it."),
            c("he was open to it", Indirect)
        );
        assert_eq!(
            said("The ministry noted on Monday, the victims were all unvaccinated."),
            c("the victims were all unvaccinated", Indirect)
        );
        assert_eq!(
            said("He said earlier this week the plan would fail."),
            c("the plan would fail", Indirect)
        );
        assert_eq!(
            said("Pelosi said on Friday “We are committed to this.”"),
            c("“We are committed to this.”", Direct)
        );
        // A place that is also a verb, after a determiner or a possessive.
        assert_eq!(
            said("Phivolcs said in its report, the fault is active."),
            c("the fault is active", Indirect)
        );
        assert_eq!(
            said("Zelensky said in a meeting with Honcharuk, “I decided.”"),
            c("“I decided.”", Direct)
        );
        // A writing is said nowhere; what a comma sets off may be the
        // phrase's still.
        assert_eq!(
            said("The lawsuit said at the conference two executives met."),
            c("at the conference two executives met", Indirect)
        );
        assert_eq!(
            said("The report said in the interview the suspect confessed."),
            c("in the interview the suspect confessed", Indirect)
        );
        assert_eq!(
            said("The governor said on Tuesday, Jan. 5, that schools would close."),
            c("on Tuesday, Jan. 5, that schools would close", Indirect)
        );
        assert_eq!(
            said("The firm announced on Twitter, Facebook and Instagram that it would close."),
            c("on Twitter, Facebook and Instagram that it would close", Indirect)
        );
        // A time that is the claim's, and a phrase no clause follows.
        assert_eq!(
            said("She said by Friday the deal would close."),
            c("by Friday the deal would close", Indirect)
        );
        assert_eq!(
            said("He said in 2030 emissions will peak."),
            c("in 2030 emissions will peak", Indirect)
        );
        assert_eq!(
            said(
                "He reported on a radio broadcast from the boat near the coast."
            ),
            c("on a radio broadcast from the boat near the coast", Indirect)
        );
    }

    #[test]
    fn plurals_without_an_s_and_numbers_in_words() {
        use AttributionKind::Indirect;
        let s = |x: &str| Some(x.to_string());
        let own = |x: &str| x.to_string();
        assert_eq!(
            one("Harbour police say nine fishermen are still missing."),
            (
                s("Harbour police"),
                own("say"),
                own("nine fishermen are still missing"),
                Indirect
            )
        );
        assert_eq!(
            one("Two tenants allege the landlord kept their deposits."),
            (
                s("Two tenants"),
                own("allege"),
                own("the landlord kept their deposits"),
                Indirect
            )
        );
        assert_eq!(
            one("Many people believe the bridge is unsafe.").0,
            s("Many people")
        );
        assert_eq!(
            one("The Coastal Defence Forces confirm the ferry sank.").0,
            s("The Coastal Defence Forces")
        );
        // A noun, not a verb: a compound, a sentence's end.
        assert!(found("A police report on the crash was leaked.").is_empty());
        assert!(found("A government think tank met.").is_empty());
        assert!(found("It is a one-party state.").is_empty());
        // No subject before a plain form: its object is no source.
        let got = found(
            "Harbour master Ilse Varga and the General Staff of the \
             Coastal Defence Forces deny Kestrel's claim that it took the \
             port, saying the port is still held.",
        );
        assert!(
            got.iter().all(|f| f.0.as_deref() != Some("Kestrel's")),
            "{got:?}"
        );
    }

    #[test]
    fn patterns() {
        use AttributionKind::*;
        let s = |x: &str| Some(x.to_string());
        assert_eq!(
            one("“We will not back down,” Mayor Ana Ortiz said on Monday."),
            (
                s("Mayor Ana Ortiz"),
                "said".into(),
                "“We will not back down,”".into(),
                Direct
            )
        );
        assert_eq!(
            one("“The budget is balanced,” said Finance Minister Lars Berg."),
            (
                s("Finance Minister Lars Berg"),
                "said".into(),
                "“The budget is balanced,”".into(),
                Direct
            )
        );
        assert_eq!(
            one("Health Minister Priya Nair said: “Hospitals are full.”"),
            (
                s("Health Minister Priya Nair"),
                "said".into(),
                "“Hospitals are full.”".into(),
                Direct
            )
        );
        assert_eq!(
            one("He said that 20,000 troops are dying each month."),
            (
                s("He"),
                "said".into(),
                "that 20,000 troops are dying each month".into(),
                Indirect
            )
        );
        assert_eq!(
            one("Prices rose 5% in May, according to the ministry."),
            (
                s("the ministry"),
                "according to".into(),
                "Prices rose 5% in May".into(),
                AccordingTo
            )
        );
        assert_eq!(
            one("Ukraine is believed to have suffered 400,000 losses."),
            (
                None,
                "is believed".into(),
                "to have suffered 400,000 losses".into(),
                Indirect
            )
        );
        assert_eq!(
            one("Now, Moscow has to think: “Where else can we go?”"),
            (
                s("Moscow"),
                "has to think".into(),
                "“Where else can we go?”".into(),
                Other
            )
        );
        assert_eq!(
            found("Russia has not disclosed official figures.").len(),
            0
        );
        assert_eq!(found("Western estimates paint a grim picture.").len(), 0);
        assert_eq!(found("The said property was sold.").len(), 0);
        // Negated past an adverb.
        assert_eq!(found("And they never once told me to go.").len(), 0);
        assert_eq!(
            found("He did not publicly say that he would go.").len(),
            0
        );
        assert_eq!(
            found("He once told reporters that he was tired.").len(),
            1
        );
        // Participles after a possessive or an infinitive describe a noun.
        assert_eq!(
            found("A prison built to hold alleged gang members.").len(),
            0
        );
        assert_eq!(
            found("It cited links to Duterte’s alleged crimes.").len(),
            0
        );
        assert_eq!(found("He’s said he would run.").len(), 1);
        // Plural nouns in "-s": a possessive, or after what describes them.
        assert_eq!(found("The party advocates states' rights.").len(), 0);
        assert_eq!(
            found("He sued certain states over mail-in voting.").len(),
            0
        );
        assert_eq!(found("Votes were counted in swing states.").len(), 0);
        assert_eq!(
            found("The governor states that taxes will rise.").len(),
            1
        );
        assert_eq!(found("The company's estimated that sales fell.").len(), 1);
    }

    #[test]
    fn second_cue_shares_the_source() {
        let all = found(
            "“It is a challenge,” Stepanenko said, adding that Russia will \
             “hit a wall” soon.",
        );
        assert_eq!(all.len(), 2);
        assert_eq!(all[1].0.as_deref(), Some("Stepanenko"));
        assert_eq!(all[1].1, "adding");
        assert_eq!(all[1].2, "that Russia will “hit a wall” soon");
        assert_eq!(all[1].3, AttributionKind::Mixed);
    }

    #[test]
    fn a_participle_after_a_quotation_is_a_second_cue() {
        let all = found(
            "Consumer groups called the increase “steep and badly timed,” \
             noting that bills had already risen 8% last year.",
        );
        let got: Vec<(Option<&str>, &str, &str)> = all
            .iter()
            .map(|f| (f.0.as_deref(), f.1.as_str(), f.2.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    Some("Consumer groups"),
                    "called",
                    "the increase “steep and badly timed,”"
                ),
                (
                    Some("Consumer groups"),
                    "noting",
                    "that bills had already risen 8% last year"
                ),
            ]
        );
    }

    #[test]
    fn verbs_that_report_with_their_particle() {
        let cues = |text: &str| -> Vec<(Option<String>, String, String)> {
            found(text).into_iter().map(|f| (f.0, f.1, f.2)).collect()
        };
        let s = |x: &str| x.to_string();
        assert_eq!(
            cues("Economist Linnea Farago pointed out that wages rose 3.1%."),
            [(
                Some(s("Economist Linnea Farago")),
                s("pointed out"),
                s("that wages rose 3.1%")
            )]
        );
        assert_eq!(
            cues("“It is over,” she chimed in."),
            [(Some(s("she")), s("chimed in"), s("“It is over,”"))]
        );
        assert_eq!(
            cues("The union backed the plan, pointing out he had won."),
            [(Some(s("The union")), s("pointing out"), s("he had won"))]
        );
        assert_eq!(
            cues("It has been pointed out that the data are old."),
            [(None, s("has been pointed out"), s("that the data are old"))]
        );
        // Not without the particle, before a plain object, or negated.
        assert!(cues("He pointed to the map.").is_empty());
        assert!(cues("He pointed out the window.").is_empty());
        assert!(cues("She did not point out that prices rose.").is_empty());
    }

    #[test]
    fn passives_with_an_agent() {
        use AttributionKind::Indirect;
        let s = |x: &str| Some(x.to_string());
        let own = |x: &str| x.to_string();
        assert_eq!(
            one("Losses were estimated at 5,000 by the Pentagon."),
            (
                s("the Pentagon"),
                own("were estimated"),
                own("Losses were estimated at 5,000"),
                Indirect
            )
        );
        assert_eq!(
            one("It is believed by officials that 300 people died."),
            (
                s("officials"),
                own("is believed"),
                own("that 300 people died"),
                Indirect
            )
        );
        assert_eq!(
            one("He was told by doctors that he would recover."),
            (
                s("doctors"),
                own("was told"),
                own("that he would recover"),
                Indirect
            )
        );
        // Without an agent it stays an agentless passive; a `by` of
        // means is no agent.
        assert_eq!(one("Losses are estimated at 5,000.").0, None);
        assert_eq!(found("He was told to leave by Friday.").len(), 0);
        assert_eq!(found("Sales were hit by weak demand.").len(), 0);
        // A noun and its participle, past an adverb.
        let text = "It is a reef, a territory also claimed by Manila.";
        assert_eq!(found(text), [], "{text}");
        // A "by" after a phrase on a thing is that thing's.
        let text = "Others are reported missing in attacks by Boko fighters.";
        assert!(found(text).iter().all(|a| a.0.is_none()), "{text}");
        assert_eq!(
            one("Losses were estimated in 2020 by the Pentagon.").0,
            s("the Pentagon")
        );
    }

    #[test]
    fn verbs_that_report_only_in_the_passive() {
        use AttributionKind::Indirect;
        let own = |x: &str| x.to_string();
        assert_eq!(
            one("The club is understood to have been warned in 2022."),
            (
                None,
                own("is understood"),
                own("to have been warned in 2022"),
                Indirect
            )
        );
        assert_eq!(
            one("It is widely understood that talks have stalled."),
            (
                None,
                own("is widely understood"),
                own("that talks have stalled"),
                Indirect
            )
        );
        assert_eq!(
            one("The singer was rumoured to be planning a tour.").1,
            "was rumoured"
        );
        // Active, or with an agent, or before a noun, they report nothing.
        assert_eq!(found("I understood that more than anyone.").len(), 0);
        assert_eq!(found("The rules are understood by few.").len(), 0);
        assert_eq!(found("It is understood to the letter.").len(), 0);
        assert_eq!(found("It is not understood to work.").len(), 0);
        // The writer's own words, a definition, an audience.
        for text in [
            "It must be understood that the law applies to everyone.",
            "The term is understood to include agency workers.",
            "The instructions are easily understood to anyone.",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
        // A closing tag of another source ends what was reported.
        let all = found(
            "The minister is understood to have resigned, a source said.",
        );
        assert_eq!(all.len(), 2);
        assert!(all.iter().any(|a| a.2 == "to have resigned"), "{all:?}");
    }

    #[test]
    fn comments_and_reaffirmations() {
        assert_source_and_content(
            "The ministry reaffirms that talks will continue.",
            "The ministry",
            "that talks will continue",
        );
        assert_source_and_content(
            "Hill commented: \"Hoping is not enough.\"",
            "Hill",
            "\"Hoping is not enough.\"",
        );
        // What is commented on is a topic; a reaffirmed noun is an act.
        assert_eq!(
            found("Tom commented on her age when she was 14.").len(),
            0
        );
        assert_eq!(found("She reaffirmed her support for the plan.").len(), 0);
        // "that" before a noun and a preposition or adverb: an object.
        for text in [
            "She reaffirmed that commitment in a speech on Friday.",
            "The minister underlined that point repeatedly.",
            "The teacher underlined that word that the boy had misspelled.",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
        assert_source_and_content(
            "We find that one of the spirals was twisted.",
            "We",
            "that one of the spirals was twisted",
        );
    }

    #[test]
    fn a_participle_after_an_auxiliary_verb() {
        // The sentence's verb need not report: its subject, up to an
        // auxiliary, is the participle's source.
        assert_source_and_content(
            "Boeing did not release details, telling reporters that it grieves.",
            "Boeing",
            "that it grieves",
        );
        assert_source_and_content(
            "Officials were quick to respond, saying the plan was safe.",
            "Officials",
            "the plan was safe",
        );
        // Past an adverb before the verb, and a name after a title.
        assert_source_and_content(
            "Judge Ann Lee temporarily blocks the order, calling it void.",
            "Judge Ann Lee",
            "it void",
        );
        assert_source_and_content(
            "Iranian supreme leader Ali Khamenei rejects talks, stating \
             that Iran is ready.",
            "Iranian supreme leader Ali Khamenei",
            "that Iran is ready",
        );
        // A nationality and a plural noun: where the subject ends is
        // not clear.
        assert_eq!(
            found("Israeli troops kill two, saying they fled.").len(),
            0
        );
    }

    #[test]
    fn tells_someone_then_what() {
        assert_source_and_content(
            "Trump tells reporters at the White House that Iran is weak.",
            "Trump",
            "that Iran is weak",
        );
        assert_source_and_content(
            "Meloni tells the BBC that the budget is fair.",
            "Meloni",
            "that the budget is fair",
        );
        assert_source_and_content(
            "The coach tells them that nobody is safe.",
            "The coach",
            "that nobody is safe",
        );
        // An idiom, a relative "that", a "that" past another clause.
        for text in [
            "History tells us that empires fall.",
            "The doctor tells patients that smoke to quit.",
            "The teacher tells students about the rules and that never changes.",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
    }
}
