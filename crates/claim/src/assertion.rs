//! Claims that carry no figure and no source but still ask to be
//! checked: a reporter's comparison (`a much larger pool than Ukraine
//! does`, `figures similar to its casualty rate`), a magnitude stated as
//! fact (`losses remain high`), and evidence nobody is named for
//! (`Ukrainian and Western estimates paint a grim picture`). The words
//! are in `data/lexicons/assertions.txt`.

use std::sync::LazyLock;

use factmark_core::lexicon::{self, is_possessive, with_lowercase, Map};
use factmark_core::words::{phrase_may_start, WordFinder, WordMap, WordMatch};
use factmark_core::{Flag, Span};

const ASSERTIONS: &str = include_str!("../../../data/lexicons/assertions.txt");

/// What a word of the lexicon does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// Starts a phrase that compares; the value is the phrase's words.
    Compare,
    Comparative,
    Linking,
    Degree,
    Magnitude,
    Evidence,
    Shows,
}

struct Lexicon {
    /// Single words and their roles, ASCII case ignored.
    words: WordMap<Role>,
    /// Phrases that compare, as words, by their first word.
    phrases: Map<String, Vec<Vec<String>>>,
    /// Finds, in one pass over an article, the words a finding may start
    /// at, `than`, and the first words of comparing phrases: word `k` is
    /// `starts[k]`.
    finder: WordFinder,
    starts: Vec<Start>,
}

/// What a word of the candidate finder may start.
#[derive(Clone, Debug)]
struct Start {
    /// A finding of this role on its own; `None` for `than` and for the
    /// first words of phrases that are nothing alone (`in`, `on`).
    role: Option<Role>,
    /// The comparing phrases this word is the first of (`in` of `in line
    /// with`); none for other words.
    phrases: Vec<Vec<String>>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut words = Map::default();
    let mut phrases: Map<String, Vec<Vec<String>>> = Map::default();
    for e in lexicon::entries(ASSERTIONS) {
        let role = match e.value {
            Some("compare") => Role::Compare,
            Some("comparative") => Role::Comparative,
            Some("linking") => Role::Linking,
            Some("degree") => Role::Degree,
            Some("magnitude") => Role::Magnitude,
            Some("evidence") => Role::Evidence,
            Some("shows") => Role::Shows,
            other => panic!(
                "assertions.txt:{}: unknown role {other:?} for {:?}",
                e.line, e.key
            ),
        };
        if role == Role::Compare {
            let phrase: Vec<String> =
                e.key.split_whitespace().map(str::to_lowercase).collect();
            phrases.entry(phrase[0].clone()).or_default().push(phrase);
        } else {
            words.insert(e.key.to_lowercase(), role);
        }
    }
    // A phrase's first word is looked up with the others.
    for first in phrases.keys() {
        words.entry(first.clone()).or_insert(Role::Compare);
    }
    // The finder looks for `than`, the words that start a finding alone,
    // and the first words of phrases, whose rest `Candidates::of` checks
    // (a sentence with `in` alone is no candidate).
    let mut patterns: Vec<&str> = vec!["than"];
    let mut starts = vec![Start { role: None, phrases: Vec::new() }];
    for (w, &role) in &words {
        let alone = matches!(
            role,
            Role::Comparative | Role::Magnitude | Role::Evidence
        );
        let phrase = phrases.get(w).cloned().unwrap_or_default();
        if alone || !phrase.is_empty() {
            patterns.push(w);
            starts
                .push(Start { role: alone.then_some(role), phrases: phrase });
        }
    }
    let finder = WordFinder::new(&patterns);
    let words = WordMap::new(words.iter().map(|(w, &role)| (w, role)));
    Lexicon { words, phrases, finder, starts }
});

/// A word of the sentence.
#[derive(Clone, Copy, Debug)]
struct Word {
    span: Span,
    /// Punctuation that ends a clause (`.`, `;`, `:`, a dash) comes
    /// between the previous word and this one.
    clause_break: bool,
    /// A comma or other mark comes between the previous word and this
    /// one.
    mark_before: bool,
}

/// Splits `text[span]` into words: runs of letters and digits, with
/// inner apostrophes, hyphens and decimal points.
fn words(text: &str, span: Span) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    let mut clause_break = false;
    let mut mark_before = false;
    let s = &text[span];
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner = matches!(c, '\'' | '’' | '-' | '.' | ',')
            && start.is_some()
            && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric())
            && (c != ',' && c != '.'
                || s[..i].ends_with(|p: char| p.is_ascii_digit())
                    && chars.peek().is_some_and(|&(_, n)| n.is_ascii_digit()));
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
            continue;
        }
        if let Some(st) = start.take() {
            out.push(Word {
                span: Span::new(span.start + st, span.start + i),
                clause_break,
                mark_before,
            });
            clause_break = false;
            mark_before = false;
        }
        if !c.is_whitespace() {
            mark_before = true;
            if matches!(c, '.' | ';' | ':' | '!' | '?' | '—' | '–') {
                clause_break = true;
            }
        }
    }
    if let Some(st) = start {
        out.push(Word {
            span: Span::new(span.start + st, span.end),
            clause_break,
            mark_before,
        });
    }
    out
}

/// Where in an article a finding may start, found in one pass: a
/// sentence without any of these words, or with a comparative but no
/// `than`, holds no finding and is not looked at word by word.
pub(crate) struct Candidates {
    /// Whole-word hits, in text order: where, and whether the word is a
    /// comparative (`None` for `than`).
    hits: Vec<(usize, Option<Role>)>,
}

/// The finder of the words a finding may start at (see [`Candidates`]).
pub(crate) fn finder() -> &'static WordFinder {
    &LEXICON.finder
}

impl Candidates {
    /// The candidates in `text`, given what [`finder`] finds there.
    pub(crate) fn of(text: &str, found: &[WordMatch]) -> Candidates {
        let bytes = text.as_bytes();
        let lex = &*LEXICON;
        let hits = found
            .iter()
            .filter_map(|m| {
                let start = &lex.starts[m.word];
                if start
                    .phrases
                    .iter()
                    .any(|p| phrase_may_start(bytes, m.start, p))
                {
                    Some((m.start, Some(Role::Compare)))
                } else if start.role.is_some() || start.phrases.is_empty() {
                    Some((m.start, start.role))
                } else {
                    None
                }
            })
            .collect();
        Candidates { hits }
    }

    /// Whether the sentence `span` may hold a finding.
    pub(crate) fn any_in(&self, span: Span) -> bool {
        let i = self.hits.partition_point(|&(at, _)| at < span.start);
        let inside =
            self.hits[i..].iter().take_while(|&&(at, _)| at < span.end);
        let (mut comparative, mut than) = (false, false);
        for &(_, role) in inside {
            match role {
                None => than = true,
                Some(Role::Comparative) => comparative = true,
                Some(_) => return true,
            }
        }
        comparative && than
    }
}

/// One finding: where it is and the flag it earns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Finding {
    pub(crate) span: Span,
    pub(crate) flag: Flag,
}

/// How many words after a comparative its `than` may come.
const THAN_REACH: usize = 20;

/// Returns the unsourced comparisons, magnitudes and evidence of the
/// sentence `span` (which [`Candidates::any_in`] passed: most sentences
/// are never read word by word). `figures` are the sentence's quantities (their full
/// spans): a `than` inside one hedges that figure (`more than 1.1
/// million`) and compares nothing by itself.
pub(crate) fn find(text: &str, span: Span, figures: &[Span]) -> Vec<Finding> {
    let lex = &*LEXICON;
    let ws = words(text, span);
    let word = |k: usize| &text[ws[k].span];
    let roles: Vec<Option<Role>> =
        ws.iter().map(|w| lex.words.get(&text[w.span]).copied()).collect();
    let role = |k: usize| roles[k];
    let is = |k: usize, s: &str| word(k).eq_ignore_ascii_case(s);
    let in_figure = |at: Span| figures.iter().any(|f| f.contains(at));
    // A finding from word `k` to word `last`, with the word before `k`
    // too when no mark comes between them.
    let comparison = |k: usize, last: usize| {
        let start = if k > 0 && !ws[k].mark_before {
            ws[k - 1].span.start
        } else {
            ws[k].span.start
        };
        Finding {
            span: Span::new(start, ws[last].span.end),
            flag: Flag::UnattributedComparison,
        }
    };
    let mut out = Vec::new();
    for k in 0..ws.len() {
        // A phrase that compares.
        let first = (role(k) == Some(Role::Compare))
            .then(|| with_lowercase(word(k), |w| lex.phrases.get(w)))
            .flatten();
        if let Some(phrases) = first {
            for p in phrases {
                let n = p.len();
                let matches = k + n <= ws.len()
                    && (0..n).all(|j| {
                        is(k + j, &p[j]) && (j == 0 || !ws[k + j].mark_before)
                    });
                if matches {
                    out.push(comparison(k, k + n - 1));
                }
            }
        }
        match role(k) {
            // A comparative with its `than` further on in the clause.
            Some(Role::Comparative) => {
                let end = (k + THAN_REACH).min(ws.len());
                let than = (k + 1..end)
                    .take_while(|&j| !ws[j].clause_break)
                    .find(|&j| is(j, "than"));
                let Some(j) = than else { continue };
                let next = ws.get(j + 1);
                let hedge = in_figure(ws[j].span)
                    || next.is_some_and(|n| {
                        in_figure(n.span)
                            || text[n.span]
                                .starts_with(|c: char| c.is_ascii_digit())
                    });
                if !hedge {
                    let end = next.map_or(ws[j].span.end, |n| n.span.end);
                    out.push(Finding {
                        span: Span::new(ws[k].span.start, end),
                        flag: Flag::UnattributedComparison,
                    });
                }
            }
            // A linking verb, maybe degree words, a magnitude, and then the
            // clause ends or turns.
            Some(Role::Linking) => {
                let mut j = k + 1;
                while j < ws.len()
                    && !ws[j].mark_before
                    && role(j) == Some(Role::Degree)
                {
                    j += 1;
                }
                let sized = j < ws.len()
                    && !ws[j].mark_before
                    && role(j) == Some(Role::Magnitude)
                    && ws.get(j + 1).is_none_or(|n| {
                        n.mark_before
                            || CLAUSE_TURNS.iter().any(|t| is(j + 1, t))
                    });
                if sized {
                    out.push(comparison(k, j));
                }
            }
            // Evidence as the subject of a showing verb, with no one named
            // in the words before it.
            Some(Role::Evidence) => {
                let shows = k + 1 < ws.len()
                    && !ws[k + 1].mark_before
                    && role(k + 1) == Some(Role::Shows);
                let subject = shows.then(|| unnamed_subject(text, &ws, k));
                if let Some(Some(start)) = subject {
                    out.push(Finding {
                        span: Span::new(start, ws[k + 1].span.end),
                        flag: Flag::VagueSource,
                    });
                }
            }
            _ => {}
        }
    }
    out
}

/// Words after a magnitude that end its clause as well as punctuation
/// does (`losses remain high in the east`).
const CLAUSE_TURNS: [&str; 10] = [
    "and", "but", "in", "for", "among", "despite", "as", "because", "after",
    "since",
];

/// Words that end the noun phrase before an evidence noun when walking
/// back over its modifiers (`..., but Western estimates show`).
const PHRASE_STOPS: [&str; 22] = [
    "but", "and", "or", "that", "as", "while", "with", "of", "in", "on",
    "for", "to", "by", "from", "because", "since", "if", "although", "though",
    "when", "yet", "which",
];

/// Walks back from the evidence noun at `k` over its modifiers
/// (`Ukrainian and Western`, `recent`) to where its noun phrase starts,
/// and returns that start if no one is named there: a possessive (`the
/// ministry's estimates`) or a capitalised word inside the sentence that
/// is not a nationality (`Pentagon estimates`) names a source.
fn unnamed_subject(text: &str, ws: &[Word], k: usize) -> Option<usize> {
    let mut start = ws[k].span.start;
    let mut j = k;
    while j > 0 && !ws[j].mark_before {
        j -= 1;
        let w = &text[ws[j].span];
        let lower = w.to_lowercase();
        let capital = |w: &str| w.starts_with(char::is_uppercase);
        if matches!(lower.as_str(), "the" | "these" | "those" | "such") {
            start = ws[j].span.start;
            break;
        }
        if is_possessive(w) {
            return None;
        }
        let coordinated = matches!(lower.as_str(), "and" | "or")
            && j > 0
            && !ws[j].mark_before
            && capital(&text[ws[j - 1].span]);
        if !coordinated && PHRASE_STOPS.contains(&lower.as_str()) {
            break;
        }
        let opens = j == 0 || ws[j].clause_break;
        if capital(w) && !opens && !is_nationality(w) {
            return None;
        }
        start = ws[j].span.start;
    }
    Some(start)
}

/// Returns true for words shaped like nationalities and regions used as
/// adjectives (`Ukrainian`, `Western`, `British`, `Chinese`, `Israeli`).
fn is_nationality(w: &str) -> bool {
    ["an", "ern", "ish", "ese", "i", "ch"].iter().any(|s| w.ends_with(s))
        && w.len() > 3
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flags(s: &str) -> Vec<(String, Flag)> {
        find(s, Span::new(0, s.len()), &[])
            .into_iter()
            .map(|f| (s[f.span].to_string(), f.flag))
            .collect()
    }

    fn figures(s: &str, figure: &str) -> Vec<(String, Flag)> {
        let at = s.find(figure).unwrap();
        let figures = [Span::new(at, at + figure.len())];
        find(s, Span::new(0, s.len()), &figures)
            .into_iter()
            .map(|f| (s[f.span].to_string(), f.flag))
            .collect()
    }

    use Flag::{UnattributedComparison as Cmp, VagueSource as Vague};

    fn candidates(text: &str) -> Candidates {
        let mut found = Vec::new();
        finder().find_all(text, &mut found);
        Candidates::of(text, &found)
    }

    #[test]
    fn comparisons() {
        assert_eq!(
            flags("It has a much larger population pool from which it can pull new soldiers than Ukraine does."),
            [("larger population pool from which it can pull new soldiers than Ukraine".into(), Cmp)]
        );
        assert_eq!(
            flags("Russia was pulling 30,000 soldiers a month, figures similar to its casualty rate."),
            [("figures similar to".into(), Cmp)]
        );
        assert_eq!(
            flags("Still, KIAs remain high."),
            [("KIAs remain high".into(), Cmp)]
        );
        assert_eq!(
            flags("Losses are still extremely heavy in the east."),
            [("Losses are still extremely heavy".into(), Cmp)]
        );
    }

    #[test]
    fn figures_and_plain_words_are_not_comparisons() {
        assert!(figures(
            "It lost more than 1.1 million soldiers.",
            "more than 1.1 million"
        )
        .is_empty());
        assert!(flags("It lost more than 20 soldiers.").is_empty());
        assert!(flags("The school is high on the hill road.").is_empty());
        assert!(flags("He was high-ranking.").is_empty());
        assert!(flags("More soldiers arrived. Then the rest came.").is_empty());
        assert!(flags("The high court ruled.").is_empty());
    }

    #[test]
    fn candidates_pass_every_sentence_a_finding_is_in() {
        let text =
            "It has a larger pool than Ukraine. More soldiers arrived. \
                    Figures similar to its rate. KIAs remain high. It was in \
                    line with plans. He sat on the bench.";
        let c = candidates(text);
        let mut at = 0;
        let got: Vec<bool> = text
            .split_inclusive(". ")
            .map(|s| {
                let span = Span::new(at, at + s.len());
                at += s.len();
                c.any_in(span)
            })
            .collect();
        assert_eq!(got, [true, false, true, true, true, false]);
        // A phrase's words apart by any whitespace, as the finder reads
        // them: the candidates do not drop it.
        for text in [
            "It was in  line with plans.",
            "It was in\nline with plans.",
            "It was in\u{a0}line with plans.",
            "Figures similar\u{a0}to its rate.",
        ] {
            let span = Span::new(0, text.len());
            assert!(candidates(text).any_in(span), "{text:?}");
            assert!(!find(text, span, &[]).is_empty(), "{text:?}");
        }
    }

    #[test]
    fn unnamed_evidence() {
        assert_eq!(
            flags("Russia has not disclosed figures, but Ukrainian and Western estimates paint a grim picture."),
            [("Ukrainian and Western estimates paint".into(), Vague)]
        );
        assert_eq!(
            flags("Recent estimates show a rise."),
            [("Recent estimates show".into(), Vague)]
        );
        assert!(flags("The ministry's estimates show a rise.").is_empty());
        assert!(flags("He said Pentagon estimates show a rise.").is_empty());
        assert!(flags("Russia has not disclosed official casualty figures.")
            .is_empty());
    }
}
