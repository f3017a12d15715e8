//! Finds who stands behind a claim: for every attribution in an article,
//! its source, its cue words and its content.
//!
//! The [`AttributionTagger`] reads each body sentence for cues — reporting
//! verbs (`said`, `told`, `clarified`), belief and estimate verbs
//! (`believe`, `suggested`), `according to`, agentless passives (`is
//! believed to`) — and around each cue finds the source (a name with its
//! title, an organisation, a pronoun) and the content (a quotation,
//! reported speech with or without `that`, or the clause an `according
//! to` qualifies, also when set off in the middle of it). A second cue
//! after a comma (`, adding that ...`) or after `and`/`but` (`and added
//! that`) shares the source of the first; a participle after a verb that
//! reports nothing (`The union rejected the offer, saying ...`) takes
//! the sentence's subject. A paragraph that is only a quotation is
//! credited to the speaker of the sentence before it, quoted or reported.
//! A source after an inverted cue may open with a description (`“...,”
//! said festival director Odalys Brenner`, `said the mayor`). A verb in
//! capitals inside a sentence (`the United States`) and idioms (`That
//! said,`, `easier said than done`, `according to plan`) are no cues.
//!
//! Sources are then resolved across the article. `He`, `she` and `it`
//! stand for the first person or body of their kind in their sentence or
//! the few before — a source resolved there, else a name in the text
//! itself, outside quotations and not after a preposition (`in Port
//! Ansel`) — and `they` for a group (`Hugo Ferrante and Lise Damgaard`,
//! `Researchers at Kestrel University`); `I` for the speaker an
//! interview's label names (`((Name))`), else the last person quoted.
//! `the ministry` goes to the last organisation with that head, a
//! surname to the full name (a source's, or one written earlier), and a
//! description such as `NATO’s top civilian official` to the nearest
//! named person it shares a name with. Unnamed and collective sources
//! (`conflict analysts`, `US and Ukrainian assessments`) are marked
//! vague, with the body they belong to when it is named (`analysts at
//! Quillmere Capital`); hypothetical speech (`Moscow has to think:
//! “...”`) is kind `other` and credited to nobody. Resolution knows no
//! given names, so it cannot tell `he` from `she`.
//!
//! Cue verbs that also name an act (`declares a state of emergency`)
//! report only a clause or a quotation; verbs that report only in the
//! passive (`is understood to`, `is rumoured to`) report from no one
//! named, like `is believed to`; a participle before its noun
//! (`alleged war crimes`) and a question (`Why do you think ...?`) report
//! nothing.
//!
//! The verb lists, titles, organisation words, the nouns that name no
//! source, the words that make a name a place, plurals without an "s",
//! the act verbs and what a body publishes (`the Vox website`) are plain
//! text under `data/lexicons/`, compiled in.
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
//! assert_eq!(source.resolved.as_deref(), Some("Mark Rutte"));
//! assert_eq!(&text[a.cue], "said");
//! assert_eq!(&text[a.content.span], "that 20,000 troops are dying each month");
//! assert_eq!(a.kind, AttributionKind::Indirect);
//! ```

#![deny(missing_docs)]

mod clause;
mod lexicons;
mod quotes;
mod resolve;

use factmark_core::words::{phrase_may_start, WordFinder, WordMatch};
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
    /// Finds the words a cue can turn on in one pass over the text; only
    /// sentences with one are read closely.
    cues: WordFinder,
    /// What each of the finder's words can begin, by its index.
    triggers: Vec<Trigger>,
}

/// What a word of the cue finder can begin.
#[derive(Clone, Debug)]
struct Trigger {
    /// It is a form of a cue verb.
    verb: bool,
    /// The cue phrases it is the first word of (`in` of `in the words
    /// of`); a hit on a word that is no verb counts only where one of
    /// them may start.
    phrases: Vec<Vec<String>>,
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
        let lex = Lexicons::new();
        let words = lex.trigger_words();
        let cues = WordFinder::new(&words);
        let triggers = words
            .iter()
            .map(|w| {
                let phrases = lex
                    .cue_phrases
                    .iter()
                    .filter(|p| p[0] == *w)
                    .cloned()
                    .collect();
                let verb =
                    lex.verb(w).is_some() || lex.particle_verb(w).is_some();
                Trigger { verb, phrases }
            })
            .collect();
        AttributionTagger { lex, cues, triggers }
    }

    /// Returns the attributions of the article `text` cut into
    /// `sentences`, in the order of their content.
    pub fn tag(&self, text: &str, sentences: &[Sentence]) -> Vec<Attribution> {
        let mut found = Vec::new();
        self.cues.find_all(text, &mut found);
        self.tag_with(text, sentences, &found)
    }

    /// The finder of the words a cue can turn on.
    pub fn finder(&self) -> &WordFinder {
        &self.cues
    }

    /// [`AttributionTagger::tag`], given what
    /// [`AttributionTagger::finder`] finds in `text` (every hit, in text
    /// order): how a caller that runs several stages' finders in one pass
    /// ([`MultiFinder`](factmark_core::words::MultiFinder)) spares the
    /// tagger its own.
    pub fn tag_with(
        &self,
        text: &str,
        sentences: &[Sentence],
        found: &[WordMatch],
    ) -> Vec<Attribution> {
        let quotes = quotes::find(text);
        let mut located: Vec<Located> = Vec::new();
        let mut toks = Vec::new();
        let mut starts = Vec::new();
        let mut hits = Vec::new();
        // A word that only begins cue phrases counts only where one may
        // start: most sentences have an "in" or an "as", few "in the
        // words of" or "as reported by".
        let bytes = text.as_bytes();
        let mut matches = found
            .iter()
            .filter(|m| {
                let trigger = &self.triggers[m.word];
                trigger.verb
                    || trigger
                        .phrases
                        .iter()
                        .any(|p| phrase_may_start(bytes, m.start, p))
            })
            .peekable();
        for (i, sentence) in sentences.iter().enumerate() {
            starts.clear();
            // Where the sentence's first word may be; after a space that
            // is not ASCII, anywhere.
            let first = sentence.span.start
                + bytes[sentence.span.range()]
                    .iter()
                    .take_while(|b| b.is_ascii_whitespace())
                    .count();
            let unsure = bytes.get(first).is_some_and(|b| !b.is_ascii());
            // A verb with a capital inside the sentence is a name's ("the
            // United States"), no cue (see `Clause::verb_cue_at`): a
            // sentence with only such hits is not read. Hits on phrase
            // words always count, and where the sentence opens with a
            // character outside ASCII, every hit does.
            let mut live = false;
            while let Some(&m) = matches.peek() {
                if m.start >= sentence.span.end {
                    break;
                }
                if m.start >= sentence.span.start {
                    starts.push(m.start);
                    live |= unsure
                        || m.start == first
                        || !bytes[m.start].is_ascii_uppercase()
                        || !self.triggers[m.word].phrases.is_empty();
                }
                matches.next();
            }
            if !live || !sentence.kind.is_prose() {
                continue;
            }
            toks.clear();
            factmark_core::token::tokenize(text, sentence.span, &mut toks);
            hits.clear();
            for &at in &starts {
                let t = toks.partition_point(|t| t.span.end <= at);
                if toks.get(t).is_some_and(|t| t.span.start == at) {
                    hits.push(t);
                }
            }
            let clause = Clause::new(
                text,
                &toks,
                &self.lex,
                &quotes,
                sentence.span,
                &hits,
            );
            // A question asks: what it says someone thinks or said is no
            // report ("Why do you think that ...?", "Did he say ...?"),
            // though a quotation in it is.
            let question = text[sentence.span]
                .trim_end_matches(|c: char| {
                    c.is_whitespace()
                        || matches!(c, '"' | '”' | '’' | '\'' | ')' | ']')
                })
                .ends_with('?');
            for found in clause.attributions() {
                if question && found.kind == AttributionKind::Indirect {
                    continue;
                }
                located.push(Located { found, sentence: i });
            }
        }
        self.continued_quotes(text, sentences, &quotes, &mut located);
        located.sort_by_key(|l| (l.found.content.start, l.found.cue.start));

        let sources: Vec<Span> =
            located.iter().filter_map(|l| l.found.source).collect();
        // Names in captions and headings are no one a pronoun stands for.
        let prose: Vec<Span> = sentences
            .iter()
            .filter(|s| s.kind.is_prose())
            .map(|s| s.span)
            .collect();
        // In the order the sources were given to the resolver.
        let mut resolved =
            Resolver::new(&self.lex, text, &prose, &quotes, &sources)
                .into_resolved()
                .into_iter();
        located
            .into_iter()
            .map(|l| {
                let f = l.found;
                let source = f.source.map(|span| {
                    let r = resolved.next().expect("one for each source");
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
                let mut parts = f.parts;
                if f.kind == AttributionKind::AccordingTo && parts.is_empty() {
                    if let Some(source) = f.source {
                        parts = set_off(text, f.content, f.cue, source);
                    }
                }
                Attribution {
                    source,
                    cue: f.cue,
                    content: Content { span: f.content, parts },
                    kind: f.kind,
                    hedged: f.hedged,
                    sentences: first.min(l.sentence)..last.max(l.sentence) + 1,
                }
            })
            .collect()
    }

    /// Credits a quoted sentence with no cue of its own to the speaker of
    /// the quotation next to it: `“A,” he said. “B.”` gives two
    /// attributions, and so does a quotation paragraph after (or, left
    /// open, before) one that names its speaker, as news writing runs a
    /// long quotation over several paragraphs.
    fn continued_quotes(
        &self,
        text: &str,
        sentences: &[Sentence],
        quotes: &[Span],
        located: &mut Vec<Located>,
    ) {
        // The contents found so far, by start, with the furthest end up
        // to each: whether a quotation is already content is a search.
        let mut contents: Vec<Span> =
            located.iter().map(|l| l.found.content).collect();
        contents.sort_unstable();
        let mut reach = Vec::with_capacity(contents.len());
        let mut furthest = 0;
        for c in &contents {
            furthest = furthest.max(c.end);
            reach.push(furthest);
        }
        let used = |q: Span| {
            let n = contents.partition_point(|c| c.start < q.end);
            n > 0 && reach[n - 1] > q.start
        };
        // The direct attribution of each sentence, if it has one, as an
        // index into `located`: of the cue's sentence and of the sentence
        // its quotation ends in.
        let mut direct: Vec<Option<usize>> = vec![None; sentences.len()];
        // The attribution with a named source that a quotation after the
        // sentence continues: a direct one, or reported speech ("X said
        // the company would raise prices.\n\n“Our costs have doubled.”").
        let mut speaker: Vec<Option<usize>> = vec![None; sentences.len()];
        for (k, l) in located.iter().enumerate() {
            let f = &l.found;
            let spoken = matches!(
                f.kind,
                AttributionKind::Direct
                    | AttributionKind::Indirect
                    | AttributionKind::Mixed
            );
            if f.kind == AttributionKind::Direct {
                let last = sentence_of(sentences, f.content.end - 1);
                direct[l.sentence] = Some(k);
                direct[last] = Some(k);
                speaker[last] = Some(k);
            }
            if spoken && f.source.is_some() && speaker[l.sentence].is_none() {
                speaker[l.sentence] = Some(k);
            }
        }
        // The quotation that opens each sentence and is all of it.
        let whole_quote = |s: &Sentence| -> Option<Span> {
            let k = quotes.partition_point(|q| q.start < s.span.start);
            let q = *quotes.get(k).filter(|q| q.start == s.span.start)?;
            let rest = &text[q.end.min(s.span.end)..s.span.end];
            (q.end >= s.span.end || rest.trim().is_empty()).then_some(q)
        };
        // Forwards: a quotation right after one with its speaker is a
        // further attribution to the same speaker.
        for i in 1..sentences.len() {
            let Some(q) = whole_quote(&sentences[i]) else { continue };
            if used(q) || direct[i].is_some() {
                continue;
            }
            if let Some(k) = speaker[i - 1] {
                let p = &located[k].found;
                let found = Found {
                    source: p.source,
                    cue: p.cue,
                    content: q,
                    parts: Vec::new(),
                    kind: AttributionKind::Direct,
                    hedged: p.hedged,
                };
                direct[i] = Some(located.len());
                speaker[i] = Some(located.len());
                located.push(Located { found, sentence: i });
            }
        }
        // Backwards: a quotation left open at its end runs on into the
        // next, which names the speaker; together they are one content.
        for i in (0..sentences.len().saturating_sub(1)).rev() {
            let Some(q) = whole_quote(&sentences[i]) else { continue };
            let open = !text[..q.end].trim_end().ends_with(['”', '"']);
            if !open || used(q) || direct[i].is_some() {
                continue;
            }
            if let Some(k) = direct[i + 1] {
                let f = &mut located[k].found;
                if f.content.start == sentences[i + 1].span.start {
                    f.content = Span::new(q.start, f.content.end);
                    f.parts.clear();
                    direct[i] = Some(k);
                }
            }
        }
    }
}

/// The index of the sentence that contains byte `at`.
fn sentence_of(sentences: &[Sentence], at: usize) -> usize {
    sentences
        .partition_point(|s| s.span.end <= at)
        .min(sentences.len().saturating_sub(1))
}

/// The two parts of a content that holds its own "according to" set off
/// by commas ("The plant, according to the company, employs 1,400
/// people"): the words before the first comma and after the second;
/// none when the cue is not set off inside the content.
fn set_off(text: &str, content: Span, cue: Span, source: Span) -> Vec<Span> {
    if !(content.start < cue.start && source.end < content.end) {
        return Vec::new();
    }
    let before = text[content.start..cue.start].trim_end();
    // The comma after the source, past a time ("in March,").
    let after = &text[source.end..content.end];
    let tail = after.find(',').filter(|&c| {
        c <= 24 && !after[..c].contains(['.', ';', ':', '"', '“', '”'])
    });
    let (Some(head), Some(tail)) =
        (before.strip_suffix(','), tail.map(|c| &after[c + 1..]))
    else {
        return Vec::new();
    };
    let head = head.trim_end();
    let tail_start = content.end - tail.trim_start().len();
    if head.is_empty() || tail_start >= content.end {
        return Vec::new();
    }
    vec![
        Span::new(content.start, content.start + head.len()),
        Span::new(tail_start, content.end),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use factmark_segment::Segmenter;

    fn contents(text: &str) -> Vec<(Option<String>, String)> {
        let sentences = Segmenter::new().segment(text);
        AttributionTagger::new()
            .tag(text, &sentences)
            .into_iter()
            .map(|a| {
                (
                    a.source.and_then(|s| s.resolved),
                    text[a.content.span].to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn according_to_set_off_inside_its_content_leaves_two_parts() {
        let text = "The plant, according to the company, employs 1,400 \
                    people. The deal is worth $1bn, according to Reuters.";
        let sentences = Segmenter::new().segment(text);
        let got = AttributionTagger::new().tag(text, &sentences);
        let parts: Vec<Vec<&str>> = got
            .iter()
            .map(|a| a.content.parts.iter().map(|&p| &text[p]).collect())
            .collect();
        assert_eq!(parts[0], ["The plant", "employs 1,400 people"]);
        // Before a quotation, and past a source of a few words or a time.
        for (text, source, first) in [
            (
                "Six were, according to facts heard in court, \"planned\".",
                "facts heard in court",
                "Six were",
            ),
            (
                "The unit, according to the paper in March, is to close.",
                "the paper",
                "The unit",
            ),
        ] {
            let sentences = Segmenter::new().segment(text);
            let a = &AttributionTagger::new().tag(text, &sentences)[0];
            assert_eq!(&text[a.source.as_ref().unwrap().span], source);
            assert_eq!(&text[a.content.parts[0]], first);
        }
        assert!(parts[1].is_empty(), "{parts:?}");
    }

    #[test]
    fn a_question_reports_nothing_but_its_quotations() {
        assert!(contents("Why do you think that rents rose 40%?").is_empty());
        assert!(contents("Did the mayor say that 12 people died?").is_empty());
        let got = contents("She asked: “Is it over?”");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, "“Is it over?”");
    }

    #[test]
    fn a_quotation_paragraph_continues_the_speaker_before() {
        let text =
            "Chief executive Marit Lindqvist said prices would rise 6%.\n\n\
                    “Our grain costs have doubled.”";
        let got = contents(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(
            got[1],
            (
                Some("Marit Lindqvist".into()),
                "“Our grain costs have doubled.”".into()
            )
        );
        // A quotation over two sentences, then a paragraph that goes on.
        let text =
            "Fire Chief Arvid Nyquist told reporters: “It started upstairs. \
                    We do not know why.”\n\n“Everyone got out.”";
        let got = contents(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(
            got[1],
            (Some("Arvid Nyquist".into()), "“Everyone got out.”".into())
        );
    }
}
