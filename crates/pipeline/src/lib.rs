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

use std::panic::{self, AssertUnwindSafe};

use factmark_attribution::AttributionTagger;
use factmark_core::words::MultiFinder;
use factmark_core::{Annotations, Document};
use factmark_quantity::QuantityTagger;
use factmark_segment::Segmenter;
use rayon::prelude::*;

pub use crate::input::{
    Article, Articles, Input, InputError, Origin, Shard, MAX_ARTICLE_BYTES,
};

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
        let mut found = [Vec::new(), Vec::new(), Vec::new()];
        self.words.find_all(text, &mut found);
        let [for_quantities, for_attributions, for_claims] = &found;
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
    }
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
/// Articles are read and written in batches, so memory stays bounded
/// however long the input is: while the threads annotate one batch, the
/// calling thread writes the one before and reads the one after. Stops
/// early if `sink` returns an error, and returns it.
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
/// Panics if the thread pool cannot be built.
pub fn run<T: Send, E>(
    pipeline: &Pipeline,
    articles: impl Iterator<Item = Result<Article, InputError>>,
    options: BatchOptions,
    render: impl Fn(Outcome) -> T + Sync,
    mut sink: impl FnMut(T) -> Result<(), E>,
) -> Result<(), E> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.jobs.max(1))
        .build()
        .expect("building the thread pool");
    let mut articles = articles;
    let mut read = || read_batch(&mut articles, &options);
    let annotate = |batch: Vec<Result<Article, InputError>>| -> Vec<T> {
        pool.install(|| {
            batch
                .into_par_iter()
                .map(|item| {
                    render(item.and_then(|a| annotate_caught(pipeline, a)))
                })
                .collect()
        })
    };
    let mut next = read();
    let mut done: Vec<T> = Vec::new();
    while !next.is_empty() {
        let batch = std::mem::take(&mut next);
        let finished = std::thread::scope(|s| {
            let working = s.spawn(|| annotate(batch));
            let written: Result<(), E> =
                done.drain(..).try_for_each(&mut sink);
            if written.is_ok() {
                next = read();
            }
            let finished = working.join().unwrap_or_else(|p| {
                std::panic::resume_unwind(p);
            });
            written.map(|()| finished)
        })?;
        done = finished;
    }
    done.into_iter().try_for_each(&mut sink)
}

/// The next batch of `articles`: up to `options.max_articles`, and
/// `options.max_bytes` of text (one larger article alone).
fn read_batch(
    articles: &mut impl Iterator<Item = Result<Article, InputError>>,
    options: &BatchOptions,
) -> Vec<Result<Article, InputError>> {
    let mut batch = Vec::new();
    let mut bytes = 0;
    while batch.len() < options.max_articles
        && (batch.is_empty() || bytes < options.max_bytes)
    {
        let Some(item) = articles.next() else { break };
        if let Ok(a) = &item {
            bytes += a.doc.text.len();
        }
        batch.push(item);
    }
    batch
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
