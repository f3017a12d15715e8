//! factmark's batch: read articles, run every stage on them in parallel,
//! hand the results on in input order.
//!
//! [`Articles`] reads inputs — `.txt`/`.md` files (an article each),
//! folders (walked recursively in sorted order), JSONL files (an article
//! a line: `{"id", "text", ...}`) and standard input — and reports each
//! unreadable article as an [`InputError`] naming its file and line,
//! without stopping. [`Pipeline::annotate`] runs segmentation, the
//! quantity and attribution taggers and claim selection on one
//! [`Document`]; [`run`] does it for a whole stream of articles on a
//! local thread pool, in bounded batches, calling back in input order.
//! [`jsonl::write_article`] writes the machine format.
//!
//! # Example
//!
//! ```
//! use factmark_core::Document;
//! use factmark_pipeline::Pipeline;
//!
//! let doc = Document::new(
//!     "seed",
//!     "NATO Secretary General Mark Rutte spoke on Tuesday. He said that \
//!      20,000 to 25,000 troops are dying each month.",
//! );
//! let ann = Pipeline::new().annotate(&doc);
//! assert_eq!(ann.sentences.len(), 2);
//! assert_eq!(&doc.text[ann.quantities[0].span], "20,000 to 25,000");
//! assert_eq!(ann.claims.len(), 1);
//! assert_eq!(ann.claims[0].sentence, 1);
//! ```

#![deny(missing_docs)]

mod input;
pub mod jsonl;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc;

use factmark_attribution::AttributionTagger;
use factmark_core::words::{MultiFinder, WordMatch};
use factmark_core::{Annotations, Document};
use factmark_quantity::QuantityTagger;
use factmark_segment::Segmenter;

pub use crate::input::{
    Article, Articles, Input, InputError, Origin, Shard, MAX_ARTICLE_BYTES,
};
use crate::input::{Entry, Unchecked};

/// Every stage, built once and shared by all threads.
#[derive(Clone, Debug)]
pub struct Pipeline {
    segmenter: Segmenter,
    quantities: QuantityTagger,
    attributions: AttributionTagger,
    /// The quantity, attribution and claim stages' word finders, run in
    /// one pass over each article.
    words: MultiFinder,
}

/// One finder for the words of the quantity, attribution and claim
/// stages' finders, reporting them in that order: the pass
/// [`Pipeline::annotate`] makes over each article for all three.
pub fn stage_words(
    quantities: &QuantityTagger,
    attributions: &AttributionTagger,
) -> MultiFinder {
    MultiFinder::new(&[
        quantities.finder(),
        attributions.finder(),
        factmark_claim::finder(),
    ])
}

impl Default for Pipeline {
    fn default() -> Pipeline {
        let (quantities, attributions) =
            (QuantityTagger::new(), AttributionTagger::new());
        let words = stage_words(&quantities, &attributions);
        Pipeline {
            segmenter: Segmenter::new(),
            quantities,
            attributions,
            words,
        }
    }
}

impl Pipeline {
    /// Builds the stages (compiling their word lists).
    pub fn new() -> Pipeline {
        Pipeline::default()
    }

    /// Annotates one article.
    pub fn annotate(&self, doc: &Document) -> Annotations {
        let text = doc.text.as_str();
        let sentences = self.segmenter.segment(text);
        FOUND.with_borrow_mut(|found| {
            self.words.find_all(text, found);
            let [for_quantities, for_attributions, for_claims] = &*found;
            let (quantities, attributions) = (
                self.quantities.tag_with(text, &sentences, for_quantities),
                self.attributions.tag_with(text, &sentences, for_attributions),
            );
            let claims = factmark_claim::claims_with(
                &doc.id,
                text,
                &sentences,
                &quantities,
                &attributions,
                for_claims,
            );
            Annotations { sentences, quantities, attributions, claims }
        })
    }
}

thread_local! {
    /// The words found in an article, for each stage: kept from one
    /// article to the next, so the lists are not grown anew each time.
    static FOUND: RefCell<[Vec<WordMatch>; 3]> = RefCell::default();
}

/// What became of one article.
pub type Outcome = Result<(Article, Annotations), InputError>;

/// How [`run`] batches its work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BatchOptions {
    /// Threads to annotate on.
    pub jobs: usize,
    /// Most articles held in memory at once.
    pub max_articles: usize,
    /// Most bytes of article text held in memory at once (a single larger
    /// article is still processed, alone).
    pub max_bytes: usize,
}

impl Default for BatchOptions {
    fn default() -> BatchOptions {
        BatchOptions {
            jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
            max_articles: 1024,
            max_bytes: 16 << 20,
        }
    }
}

/// Annotates `articles` on `options.jobs` threads, turns each outcome
/// into what is to be written with `render` (on the same threads), and
/// calls `sink` with each in input order.
///
/// The calling thread reads the inputs in chunks of a few articles,
/// without parsing them, and hands each chunk to the pool, which parses,
/// annotates and renders it. The calling thread then checks ids and
/// calls `sink`, chunk by chunk in input order. No thread waits for a
/// batch to finish: while one chunk is slow, the threads go on with the
/// next. At most about `options.max_articles` articles, and
/// `options.max_bytes` of text, are in hand at once, so memory stays
/// bounded however long the input is. Stops early if `sink` returns an
/// error, and returns it.
///
/// Ids are checked after annotating, so an article whose id came before
/// (which is rare) is annotated in vain before it is reported as a
/// duplicate.
///
/// A panic inside a stage (a bug) is caught and reported as that
/// article's error, so it does not take the batch down.
///
/// # Errors
///
/// Returns the first error `sink` returns.
///
/// # Panics
///
/// Panics if the thread pool cannot be built, and passes on a panic of
/// `render` or `sink`.
pub fn run<T: Send, E>(
    pipeline: &Pipeline,
    mut articles: Articles,
    options: BatchOptions,
    render: impl Fn(Outcome) -> T + Sync,
    mut sink: impl FnMut(T) -> Result<(), E>,
) -> Result<(), E> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.jobs.max(1))
        .build()
        .expect("building the thread pool");
    let chunk = Chunks::of(&options);
    let (reader, ids) = articles.halves();
    let shard = ids.shard();
    let render = &render;
    let (done_tx, done_rx) = mpsc::channel();
    pool.in_place_scope(|scope| {
        // Chunks handed out, and chunks written; the ones in between are
        // in hand, and those done early wait in `early`.
        let (mut sent, mut written) = (0, 0);
        let mut early: BTreeMap<usize, Vec<Unchecked<T>>> = BTreeMap::new();
        let mut reading = true;
        loop {
            while reading && sent - written < chunk.in_hand {
                let entries = reader.batch(chunk.articles, chunk.bytes);
                if entries.is_empty() {
                    reading = false;
                    break;
                }
                let (tx, seq) = (done_tx.clone(), sent);
                scope.spawn(move |_| {
                    let done = panic::catch_unwind(AssertUnwindSafe(|| {
                        work(pipeline, entries, shard, render)
                    }));
                    // The receiver lives until every chunk is back.
                    let _ = tx.send((seq, done));
                });
                sent += 1;
            }
            if written == sent {
                return Ok(());
            }
            let (seq, done) =
                done_rx.recv().expect("every chunk handed out comes back");
            let done = done.unwrap_or_else(|p| panic::resume_unwind(p));
            early.insert(seq, done);
            while let Some(done) = early.remove(&written) {
                written += 1;
                for d in done {
                    let out = ids.check(d, |e| render(Err(e)));
                    out.map_or(Ok(()), &mut sink)?;
                }
            }
        }
    })
}

/// How [`run`] cuts its input into chunks: the work one thread takes at a
/// time, and how many are in hand at once.
struct Chunks {
    articles: usize,
    bytes: usize,
    in_hand: usize,
}

impl Chunks {
    /// Chunks of 16 articles, so a thread's share is a few milliseconds
    /// of work, and as many of them as `options` lets be in hand.
    fn of(options: &BatchOptions) -> Chunks {
        let articles = options.max_articles.clamp(1, 16);
        let in_hand = (options.max_articles / articles).max(1);
        Chunks {
            articles,
            bytes: (options.max_bytes / in_hand).max(1),
            in_hand,
        }
    }
}

/// Parses, annotates and renders the entries of one chunk, all but the
/// check of their ids.
fn work<T>(
    pipeline: &Pipeline,
    entries: Vec<Entry>,
    shard: Option<Shard>,
    render: &impl Fn(Outcome) -> T,
) -> Vec<Unchecked<T>> {
    entries
        .into_iter()
        .filter_map(|entry| entry.unchecked(shard))
        .map(|u| {
            u.map(|item| {
                render(item.and_then(|a| annotate_caught(pipeline, a)))
            })
        })
        .collect()
}

fn annotate_caught(pipeline: &Pipeline, a: Article) -> Outcome {
    match panic::catch_unwind(AssertUnwindSafe(|| pipeline.annotate(&a.doc))) {
        Ok(ann) => Ok((a, ann)),
        Err(_) => Err(InputError {
            message: format!(
                "article {:?}: internal error while annotating (a bug in \
                 factmark; please report it with this article)",
                a.doc.id
            ),
            origin: a.origin,
        }),
    }
}
