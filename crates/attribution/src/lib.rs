//! Finds who stands behind a claim: for every attribution in an article,
//! its source, its cue words and its content.
//!
//! The [`AttributionTagger`] reads each body sentence for cues — reporting
//! verbs (`said`, `told`, `clarified`), belief and estimate verbs
//! (`believe`, `suggested`), `according to`, agentless passives (`is
//! believed to`) — and around each cue finds the source (a name with its
//! title, an organisation, a pronoun) and the content (a quotation,
//! reported speech with or without `that`, or the clause an `according
//! to` qualifies). A second cue after a comma (`, adding that ...`)
//! shares the source of the first, and a quotation that follows a quoted
//! sentence in the same paragraph is credited to the same speaker.
//!
//! Sources are then resolved across the article: `He` and `she` to the
//! last named person, `It` and `the ministry` to the last organisation,
//! a surname to the full name, and a description such as `NATO’s top
//! civilian official` to the nearest named person it shares a name with.
//! Unnamed and collective sources (`conflict analysts`, `US and Ukrainian
//! assessments`) are marked vague; hypothetical speech (`Moscow has to
//! think: “...”`) is kind `other` and credited to nobody.
//!
//! The verb lists, titles and organisation words are plain text under
//! `data/lexicons/`, compiled in.
//!
//! # Example
//!
//! ```
//! use factmark_core::{AttributionKind, Sentence, Span};
//! use factmark_attribution::AttributionTagger;
//!
//! let text = "NATO Secretary General Mark Rutte spoke in Brussels. \
//!             He said that 20,000 troops are dying each month.";
//! let sentences = [
//!     Sentence { span: Span::new(0, 52), kind: Default::default(), paragraph: 0 },
//!     Sentence { span: Span::new(53, text.len()), kind: Default::default(), paragraph: 0 },
//! ];
//! let found = AttributionTagger::new().tag(text, &sentences);
//! let a = &found[0];
//! let source = a.source.as_ref().unwrap();
//! assert_eq!(&text[source.span], "He");
//! assert_eq!(&text[a.cue], "said");
//! assert_eq!(&text[a.content.span], "that 20,000 troops are dying each month");
//! assert_eq!(a.kind, AttributionKind::Indirect);
//! ```
//!
//! Here "He" stays unresolved, because Rutte is never a source before it;
//! in the seed article he is, and "He" resolves to "Mark Rutte".

#![deny(missing_docs)]

mod clause;
mod lexicons;
mod quotes;
mod resolve;

use factmark_core::{
    Attribution, AttributionKind, Content, Sentence, Source, Span,
};

use crate::clause::{Clause, Found};
use crate::lexicons::Lexicons;
use crate::resolve::Resolver;

/// Finds attributions in an article.
///
/// Building one compiles the word lists; build it once and share it (it
/// is `Send + Sync`).
#[derive(Clone, Debug)]
pub struct AttributionTagger {
    lex: Lexicons,
}

impl Default for AttributionTagger {
    fn default() -> AttributionTagger {
        AttributionTagger::new()
    }
}

/// An attribution before resolution, with where it sits.
struct Located {
    found: Found,
    /// The sentence of the cue.
    sentence: usize,
}

impl AttributionTagger {
    /// Creates a tagger with the word lists of `data/lexicons/`.
    pub fn new() -> AttributionTagger {
        AttributionTagger { lex: Lexicons::new() }
    }

    /// Returns the attributions of the article `text` cut into
    /// `sentences`, in the order of their content.
    pub fn tag(&self, text: &str, sentences: &[Sentence]) -> Vec<Attribution> {
        let quotes = quotes::find(text);
        let mut located: Vec<Located> = Vec::new();
        let mut toks = Vec::new();
        for (i, sentence) in sentences.iter().enumerate() {
            if !sentence.kind.is_prose() {
                continue;
            }
            toks.clear();
            factmark_core::token::tokenize(text, sentence.span, &mut toks);
            let clause =
                Clause::new(text, &toks, &self.lex, &quotes, sentence.span);
            for found in clause.attributions() {
                located.push(Located { found, sentence: i });
            }
        }
        self.continued_quotes(text, sentences, &quotes, &mut located);
        located.sort_by_key(|l| (l.found.content.start, l.found.cue.start));

        let sources: Vec<Span> =
            located.iter().filter_map(|l| l.found.source).collect();
        let resolver = Resolver::new(&self.lex, text, &sources);
        located
            .into_iter()
            .map(|l| {
                let f = l.found;
                let source = f.source.map(|span| {
                    let r = resolver.resolve(span);
                    let hypothetical = f.kind == AttributionKind::Other;
                    Source {
                        span,
                        resolved: if hypothetical { None } else { r.name },
                        is_vague: r.vague,
                    }
                });
                let first =
                    sentence_of(sentences, f.content.start.min(f.cue.start));
                let last =
                    sentence_of(sentences, f.content.end.max(f.cue.end) - 1);
                Attribution {
                    source,
                    cue: f.cue,
                    content: Content { span: f.content, parts: f.parts },
                    kind: f.kind,
                    hedged: f.hedged,
                    sentences: first.min(l.sentence)..last.max(l.sentence) + 1,
                }
            })
            .collect()
    }

    /// Credits a quoted sentence with no cue of its own, right after a
    /// direct quotation in the same paragraph, to the same speaker:
    /// `“A,” he said. “B.”` gives two attributions.
    fn continued_quotes(
        &self,
        text: &str,
        sentences: &[Sentence],
        quotes: &[Span],
        located: &mut Vec<Located>,
    ) {
        let mut extra = Vec::new();
        for (i, s) in sentences.iter().enumerate().skip(1) {
            let Some(q) = quotes.iter().find(|q| q.start == s.span.start)
            else {
                continue;
            };
            if q.end + 1 < s.span.end.min(text.len())
                && !text[q.end..s.span.end].trim().is_empty()
            {
                continue;
            }
            let used = located
                .iter()
                .chain(&extra)
                .any(|l: &Located| l.found.content.overlaps(*q));
            if used || sentences[i - 1].paragraph != s.paragraph {
                continue;
            }
            let prev = located.iter().chain(&extra).rfind(|l| {
                l.sentence + 1 == i && l.found.kind == AttributionKind::Direct
            });
            if let Some(p) = prev {
                let found = Found {
                    source: p.found.source,
                    cue: p.found.cue,
                    content: *q,
                    parts: Vec::new(),
                    kind: AttributionKind::Direct,
                    hedged: p.found.hedged,
                };
                extra.push(Located { found, sentence: i });
            }
        }
        located.extend(extra);
    }
}

/// The index of the sentence that contains byte `at`.
fn sentence_of(sentences: &[Sentence], at: usize) -> usize {
    sentences
        .partition_point(|s| s.span.end <= at)
        .min(sentences.len().saturating_sub(1))
}
