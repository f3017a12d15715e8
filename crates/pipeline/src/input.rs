//! Reading articles: text files, folders, JSONL files and standard input.

use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use factmark_core::lexicon::fnv1a;
use factmark_core::Document;
use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::{Map, Value};

/// One input named on the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// A file or a folder.
    Path(PathBuf),
    /// JSONL on standard input (written `-`).
    Stdin,
}

impl Input {
    /// Reads a command-line argument: `-` is standard input.
    pub fn from_arg(arg: &str) -> Input {
        if arg == "-" {
            Input::Stdin
        } else {
            Input::Path(PathBuf::from(arg))
        }
    }
}

/// Where an article (or an error) came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    /// The file, as named on the command line or found in a folder;
    /// `<stdin>` for standard input.
    pub file: String,
    /// The line of a JSONL file, counted from 1.
    pub line: Option<usize>,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}", self.file, line),
            None => f.write_str(&self.file),
        }
    }
}

/// An article read from an input.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    /// The article.
    pub doc: Document,
    /// The other fields of its JSONL line (`title`, `url`, `license`,
    /// ...), written back with the annotations.
    pub extra: Map<String, Value>,
    /// Where it came from.
    pub origin: Origin,
}

/// An input that could not be read as an article. The batch goes on
/// without it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{origin}: {message}")]
pub struct InputError {
    /// Where the problem is.
    pub origin: Origin,
    /// What is wrong, and how to fix it when that is not obvious.
    pub message: String,
}

impl InputError {
    fn new(
        file: &str,
        line: Option<usize>,
        message: impl Into<String>,
    ) -> Self {
        InputError {
            origin: Origin { file: file.to_string(), line },
            message: message.into(),
        }
    }
}

/// What a file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    /// One article: its text.
    Text,
    /// One article a line.
    Jsonl,
}

fn format_of(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "txt" | "text" | "md" | "markdown" => Some(Format::Text),
        "jsonl" | "ndjson" => Some(Format::Jsonl),
        _ => None,
    }
}

/// Returns true if and only if a file found in a folder is documentation
/// rather than an article: hidden files, and names in capitals such as
/// `README.md`, `SOURCES.md` or `LICENSE.txt`.
fn is_documentation(path: &Path) -> bool {
    let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
        return true;
    };
    stem.starts_with('.')
        || (stem.chars().any(char::is_alphabetic)
            && !stem.chars().any(char::is_lowercase))
}

/// A file to read and the id its article gets if it holds one.
#[derive(Clone, Debug)]
enum Pending {
    File { path: PathBuf, name: String, id: String, format: Format },
    Stdin,
    Failed(InputError),
}

/// Lists the files of `inputs`, folders walked recursively in sorted
/// order.
fn expand(inputs: &[Input]) -> VecDeque<Pending> {
    let mut out = VecDeque::new();
    for input in inputs {
        let path = match input {
            Input::Stdin => {
                out.push_back(Pending::Stdin);
                continue;
            }
            Input::Path(p) => p,
        };
        let name = path.display().to_string();
        if path.is_dir() {
            let mut files = Vec::new();
            if let Err(e) = walk(path, &mut files) {
                out.push_back(Pending::Failed(InputError::new(
                    &name,
                    None,
                    format!("cannot read folder: {e}"),
                )));
            }
            files.sort();
            for file in files {
                let Some(format) = format_of(&file) else { continue };
                if is_documentation(&file) {
                    continue;
                }
                let rel = file.strip_prefix(path).unwrap_or(&file);
                let id = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                out.push_back(Pending::File {
                    name: file.display().to_string(),
                    path: file,
                    id,
                    format,
                });
            }
        } else {
            let id = path
                .file_name()
                .map_or_else(|| name.clone(), |n| n.to_string_lossy().into());
            out.push_back(Pending::File {
                path: path.clone(),
                name,
                id,
                format: format_of(path).unwrap_or(Format::Text),
            });
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            walk(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

/// Reads the articles of some inputs, one at a time, in input order.
///
/// Each item is an article or an error naming the file (and line) that
/// could not be read; the iteration goes on past errors, so one bad
/// article never costs the rest of the batch. Duplicate ids are errors
/// too: the first article with an id wins.
///
/// Read one at a time, as an iterator, it does all the work on the
/// calling thread. [`run`](crate::run) shares it out: one thread splits
/// the inputs into lines without parsing any JSON, the pool's threads
/// parse the lines, and ids are checked in input order as the results
/// come back.
pub struct Articles {
    reader: Reader,
    ids: Ids,
}

/// The reading half of [`Articles`]: the inputs still to read.
pub(crate) struct Reader {
    pending: VecDeque<Pending>,
    jsonl: Option<JsonlReader>,
    shard: Option<Shard>,
    max_bytes: usize,
}

/// The checking half of [`Articles`]: the ids seen so far and the shard
/// kept.
pub(crate) struct Ids {
    seen: SeenIds,
    shard: Option<Shard>,
}

/// The most bytes of text an article may have by default: far above any
/// news article, and it keeps a stray dump (a whole site in one file, a
/// log with no sentence end) from holding up a batch.
pub const MAX_ARTICLE_BYTES: usize = 10_000_000;

/// The error for an article over the size limit.
fn too_big(
    name: &str,
    line: Option<usize>,
    id: &str,
    len: usize,
    max: usize,
) -> InputError {
    InputError::new(
        name,
        line,
        format!(
            "article {id:?}: {:.1} MB of text, more than the {:.1} MB an article may have \
             (--max-article-mb); skipped",
            len as f64 / 1e6,
            max as f64 / 1e6
        ),
    )
}

/// The ids seen so far, in a few bytes each: a 128-bit hash of the id
/// and where it was first seen (the file's number and the line), so
/// that memory stays small however many articles a batch has (about 40
/// bytes an article). Two different ids collide with a chance of about
/// n²/2¹²⁹: never, in practice.
#[derive(Default)]
struct SeenIds {
    first: HashMap<u128, (u32, u32)>,
    files: Vec<String>,
}

impl SeenIds {
    /// Records `id` at `origin`; returns where it was first seen if it
    /// was seen before.
    fn insert(&mut self, id: &str, origin: &Origin) -> Option<Origin> {
        // Two unrelated 64-bit hashes (FNV-1a and SipHash) side by side.
        let mut sip = std::collections::hash_map::DefaultHasher::new();
        std::hash::Hasher::write(&mut sip, id.as_bytes());
        let key = u128::from(fnv1a(id.as_bytes())) << 64
            | u128::from(std::hash::Hasher::finish(&sip));
        if let Some(&(file, line)) = self.first.get(&key) {
            return Some(Origin {
                file: self.files[file as usize].clone(),
                line: (line > 0).then_some(line as usize),
            });
        }
        if self.files.last() != Some(&origin.file) {
            self.files.push(origin.file.clone());
        }
        let file = u32::try_from(self.files.len() - 1).unwrap_or(u32::MAX);
        let line =
            origin.line.map_or(0, |l| u32::try_from(l).unwrap_or(u32::MAX));
        self.first.insert(key, (file, line));
        None
    }
}

/// One of N parts of a batch: the articles whose id hashes to it.
///
/// The hash is 64-bit FNV-1a of the id's UTF-8 bytes, modulo N: stable
/// across runs, machines and releases, so N jobs given shards 0..N
/// between them annotate every article exactly once. An input error
/// (which has no id) goes to the shard its `file:line` hashes to, so it
/// too is reported once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shard {
    /// This shard, from 0.
    pub index: u64,
    /// How many shards there are (at least 1).
    pub count: u64,
}

impl Shard {
    /// Returns true if and only if the article `id` belongs to this
    /// shard.
    ///
    /// ```
    /// use factmark_pipeline::Shard;
    ///
    /// let shards: Vec<Shard> = (0..3).map(|index| Shard { index, count: 3 }).collect();
    /// for id in ["a", "b", "seed.txt"] {
    ///     assert_eq!(shards.iter().filter(|s| s.holds(id)).count(), 1);
    /// }
    /// ```
    pub fn holds(&self, id: &str) -> bool {
        fnv1a(id.as_bytes()) % self.count.max(1) == self.index
    }
}

struct JsonlReader {
    name: String,
    reader: Box<dyn BufRead + Send>,
    line: usize,
    buf: Vec<u8>,
    max_bytes: usize,
    /// The shard being read, if any: lines of other shards are skimmed
    /// for their id rather than parsed (see [`skim`]).
    shard: Option<Shard>,
}

/// What reading an input gives next.
pub(crate) enum Entry {
    /// An article, or why one could not be read.
    Read(Result<Article, InputError>),
    /// A line of a JSONL file, not yet parsed.
    Line(Line),
    /// A well-formed article of another shard, skimmed: only its id and
    /// where it is, which duplicates are checked against.
    Elsewhere { id: String, origin: Origin },
}

/// A JSONL line as read, and what parsing it needs to know.
pub(crate) struct Line {
    bytes: Vec<u8>,
    file: String,
    line: usize,
    max_bytes: usize,
    shard: Option<Shard>,
}

impl Entry {
    /// Parses a JSONL line (or, for a line of another shard, only skims
    /// it for its id); other entries are already what they are.
    pub(crate) fn parse(self) -> Entry {
        let Entry::Line(line) = self else { return self };
        if let Some(shard) = line.shard {
            if let Some(id) = skim(&line.bytes, line.max_bytes) {
                if !shard.holds(&id) {
                    let origin =
                        Origin { file: line.file, line: Some(line.line) };
                    return Entry::Elsewhere { id, origin };
                }
            }
        }
        Entry::Read(line.article())
    }

    /// The bytes it holds: a batch's share of memory.
    fn len(&self) -> usize {
        match self {
            Entry::Read(Ok(a)) => a.doc.text.len(),
            Entry::Line(line) => line.bytes.len(),
            Entry::Read(Err(_)) | Entry::Elsewhere { .. } => 0,
        }
    }
}

impl Articles {
    /// Reads `inputs` (folders, `.txt`/`.md` files, `.jsonl` files and
    /// standard input). No inputs at all means standard input.
    pub fn new(inputs: &[Input]) -> Articles {
        let pending = if inputs.is_empty() {
            VecDeque::from([Pending::Stdin])
        } else {
            expand(inputs)
        };
        Articles {
            reader: Reader {
                pending,
                jsonl: None,
                shard: None,
                max_bytes: MAX_ARTICLE_BYTES,
            },
            ids: Ids { seen: SeenIds::default(), shard: None },
        }
    }

    /// Skips, as errors, articles of more than `max` bytes of text
    /// (default [`MAX_ARTICLE_BYTES`]).
    #[must_use]
    pub fn max_article_bytes(mut self, max: usize) -> Articles {
        self.reader.max_bytes = max;
        self
    }

    /// Keeps only the articles (and input errors) of `shard`.
    #[must_use]
    pub fn shard(mut self, shard: Shard) -> Articles {
        self.reader.shard = Some(shard);
        self.ids.shard = Some(shard);
        self
    }

    /// The two halves, to be run on different threads.
    pub(crate) fn halves(&mut self) -> (&mut Reader, &mut Ids) {
        (&mut self.reader, &mut self.ids)
    }

    /// The bytes of input files still to read, when known (not for
    /// standard input): what a progress bar counts towards.
    pub fn total_bytes(&self) -> Option<u64> {
        let mut total = 0;
        for p in &self.reader.pending {
            match p {
                Pending::File { path, .. } => {
                    total += std::fs::metadata(path).map_or(0, |m| m.len());
                }
                Pending::Stdin => return None,
                Pending::Failed(_) => {}
            }
        }
        Some(total)
    }
}

impl Reader {
    /// The next entries: up to `max_entries`, and `max_bytes` (one larger
    /// entry alone).
    pub(crate) fn batch(
        &mut self,
        max_entries: usize,
        max_bytes: usize,
    ) -> Vec<Entry> {
        let mut batch = Vec::new();
        let mut bytes = 0;
        while batch.len() < max_entries
            && (batch.is_empty() || bytes < max_bytes)
        {
            let Some(entry) = self.next() else { break };
            bytes += entry.len();
            batch.push(entry);
        }
        batch
    }

    fn next(&mut self) -> Option<Entry> {
        loop {
            if let Some(reader) = &mut self.jsonl {
                match reader.next() {
                    Some(item) => return Some(item),
                    None => self.jsonl = None,
                }
            }
            match self.pending.pop_front()? {
                Pending::Failed(e) => return Some(Entry::Read(Err(e))),
                Pending::Stdin => {
                    self.jsonl = Some(JsonlReader {
                        name: "<stdin>".into(),
                        reader: Box::new(BufReader::new(io::stdin())),
                        line: 0,
                        buf: Vec::new(),
                        max_bytes: self.max_bytes,
                        shard: self.shard,
                    });
                }
                Pending::File { path, name, id, format } => match format {
                    Format::Text => {
                        return Some(Entry::Read(read_text(
                            &path,
                            &name,
                            id,
                            self.max_bytes,
                        )))
                    }
                    Format::Jsonl => match File::open(&path) {
                        Ok(f) => {
                            self.jsonl = Some(JsonlReader {
                                name,
                                reader: Box::new(BufReader::with_capacity(
                                    1 << 16,
                                    f,
                                )),
                                line: 0,
                                buf: Vec::new(),
                                max_bytes: self.max_bytes,
                                shard: self.shard,
                            });
                        }
                        Err(e) => {
                            return Some(Entry::Read(Err(InputError::new(
                                &name,
                                None,
                                format!("cannot open: {e}"),
                            ))))
                        }
                    },
                },
            }
        }
    }
}

/// An entry parsed, before its id is checked against the ids before it
/// (which must be done in input order).
pub(crate) enum Unchecked<T> {
    /// What this run keeps whatever came before: an input error.
    Ready(T),
    /// An article, or another shard's, whose id is still to be checked;
    /// `kept` is what this run makes of it, if it keeps it.
    Article { id: String, origin: Origin, kept: Option<T> },
}

impl<T> Unchecked<T> {
    /// The same entry with `f` applied to what is kept.
    pub(crate) fn map<U>(self, f: impl FnOnce(T) -> U) -> Unchecked<U> {
        match self {
            Unchecked::Ready(t) => Unchecked::Ready(f(t)),
            Unchecked::Article { id, origin, kept } => {
                Unchecked::Article { id, origin, kept: kept.map(f) }
            }
        }
    }
}

impl Entry {
    /// Parses the entry and sorts it for `shard`: `None` for an input
    /// error another shard reports.
    pub(crate) fn unchecked(
        self,
        shard: Option<Shard>,
    ) -> Option<Unchecked<Result<Article, InputError>>> {
        match self.parse() {
            Entry::Read(Ok(a)) => {
                let (id, origin) = (a.doc.id.clone(), a.origin.clone());
                let kept = kept(shard, Ok(&a)).then_some(Ok(a));
                Some(Unchecked::Article { id, origin, kept })
            }
            Entry::Read(Err(e)) => {
                kept(shard, Err(&e)).then_some(Unchecked::Ready(Err(e)))
            }
            // Another shard annotates it; its id still counts, so that
            // every shard sees the same duplicates.
            Entry::Elsewhere { id, origin } => {
                Some(Unchecked::Article { id, origin, kept: None })
            }
            Entry::Line(_) => unreachable!("a parsed entry is not a line"),
        }
    }
}

impl Ids {
    /// What `entry`, the next in input order, comes to: an article, an
    /// error (a duplicate id is one), or nothing for another shard's.
    pub(crate) fn settle(
        &mut self,
        entry: Entry,
    ) -> Option<Result<Article, InputError>> {
        let unchecked = entry.unchecked(self.shard)?;
        self.check(unchecked, Err)
    }

    /// What `unchecked`, the next in input order, comes to once its id is
    /// checked: what was kept, or for an id seen before, `failed` of the
    /// duplicate's error if this run reports it.
    pub(crate) fn check<T>(
        &mut self,
        unchecked: Unchecked<T>,
        failed: impl FnOnce(InputError) -> T,
    ) -> Option<T> {
        match unchecked {
            Unchecked::Ready(t) => Some(t),
            Unchecked::Article { id, origin, kept: article } => {
                match self.seen.insert(&id, &origin) {
                    None => article,
                    Some(first) => {
                        let duplicate = duplicate(&id, first, origin);
                        kept(self.shard, Err(&duplicate))
                            .then(|| failed(duplicate))
                    }
                }
            }
        }
    }

    /// The shard kept, if any.
    pub(crate) fn shard(&self) -> Option<Shard> {
        self.shard
    }
}

/// Returns true if and only if `shard` keeps `item`: an article by its
/// id, an error by where it is.
fn kept(shard: Option<Shard>, item: Result<&Article, &InputError>) -> bool {
    match (shard, item) {
        (None, _) => true,
        (Some(s), Ok(a)) => s.holds(&a.doc.id),
        (Some(s), Err(e)) => s.holds(&e.origin.to_string()),
    }
}

impl Iterator for Articles {
    type Item = Result<Article, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let entry = self.reader.next()?;
            if let Some(item) = self.ids.settle(entry) {
                return Some(item);
            }
        }
    }
}

/// The error for an article whose id was `first` seen elsewhere.
fn duplicate(id: &str, first: Origin, origin: Origin) -> InputError {
    InputError {
        origin,
        message: format!("duplicate id {id:?} (first at {first}); skipped"),
    }
}

/// Checks that `bytes` are UTF-8, with an error that says where they are
/// not and how to fix it.
fn utf8(
    bytes: Vec<u8>,
    name: &str,
    line: Option<usize>,
) -> Result<String, InputError> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let line = line.or_else(|| {
            Some(bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1)
        });
        InputError::new(
            name,
            line,
            format!(
                "not UTF-8 (invalid byte 0x{:02x} at byte {at}); re-save \
                 the file as UTF-8",
                bytes[at]
            ),
        )
    })
}

fn read_text(
    path: &Path,
    name: &str,
    id: String,
    max_bytes: usize,
) -> Result<Article, InputError> {
    // Not even read when too big.
    if let Ok(m) = std::fs::metadata(path) {
        let len = usize::try_from(m.len()).unwrap_or(usize::MAX);
        if len > max_bytes {
            return Err(too_big(name, None, &id, len, max_bytes));
        }
    }
    let mut bytes = Vec::new();
    File::open(path).and_then(|mut f| f.read_to_end(&mut bytes)).map_err(
        |e| InputError::new(name, None, format!("cannot read: {e}")),
    )?;
    let mut text = utf8(bytes, name, None)?;
    if text.starts_with('\u{feff}') {
        text.drain(..3);
    }
    if text.trim().is_empty() {
        return Err(InputError::new(name, None, "empty article"));
    }
    Ok(Article {
        doc: Document::new(id, text),
        extra: Map::new(),
        origin: Origin { file: name.to_string(), line: None },
    })
}

impl JsonlReader {
    fn next(&mut self) -> Option<Entry> {
        loop {
            self.buf.clear();
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    return Some(Entry::Read(Err(InputError::new(
                        &self.name,
                        Some(self.line + 1),
                        format!("cannot read: {e}"),
                    ))))
                }
            }
            self.line += 1;
            if self.line == 1 && self.buf.starts_with(b"\xef\xbb\xbf") {
                self.buf.drain(..3);
            }
            if self.buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            // The next line is likely as long: read it without regrowing.
            let capacity = self.buf.len();
            let bytes =
                std::mem::replace(&mut self.buf, Vec::with_capacity(capacity));
            return Some(Entry::Line(Line {
                bytes,
                file: self.name.clone(),
                line: self.line,
                max_bytes: self.max_bytes,
                shard: self.shard,
            }));
        }
    }
}

impl Line {
    /// The article the line holds, or why it holds none.
    fn article(self) -> Result<Article, InputError> {
        let line = Some(self.line);
        let err = |m: String| InputError::new(&self.file, line, m);
        let text = utf8(self.bytes, &self.file, line)?;
        let value: Value = serde_json::from_str(&text)
            .map_err(|e| err(format!("not JSON: {e}")))?;
        let Value::Object(mut map) = value else {
            return Err(err("not a JSON object".into()));
        };
        let id = match map.remove("id") {
            Some(Value::String(s)) if !s.is_empty() => s,
            Some(Value::Number(n)) => n.to_string(),
            Some(_) => return Err(err("\"id\" is not a string".into())),
            None => return Err(err("no \"id\" field".into())),
        };
        let text = match map.remove("text") {
            Some(Value::String(s)) => s,
            Some(_) => {
                return Err(err(format!(
                    "article {id:?}: \"text\" is not a string"
                )))
            }
            None => {
                return Err(err(format!("article {id:?}: no \"text\" field")))
            }
        };
        if text.trim().is_empty() {
            return Err(err(format!("article {id:?}: empty article")));
        }
        if text.len() > self.max_bytes {
            return Err(too_big(
                &self.file,
                line,
                &id,
                text.len(),
                self.max_bytes,
            ));
        }
        let field =
            |k: &str| map.get(k).and_then(Value::as_str).map(String::from);
        let doc = Document {
            title: field("title"),
            url: field("url"),
            published: field("published").or_else(|| field("date")),
            id,
            text,
        };
        Ok(Article {
            doc,
            extra: map,
            origin: Origin { file: self.file, line },
        })
    }
}

/// The id of a JSONL line that holds a well-formed article (UTF-8, an
/// object with a non-empty string `"id"` and a `"text"` string that is
/// neither blank nor over `max_bytes`), read without copying the text;
/// `None` for any other line, which [`Line::article`] then reads
/// in full and, if it is bad, says why. A line this accepts is one that
/// `article` accepts with the same id: a shard can pass over it knowing it
/// is another shard's article, not an error of its own to report.
fn skim(line: &[u8], max_bytes: usize) -> Option<String> {
    let line = std::str::from_utf8(line).ok()?;
    let mut de = serde_json::Deserializer::from_str(line);
    let skimmed = Skim::deserialize(&mut de).ok()?;
    de.end().ok()?;
    let text = skimmed.text?;
    if text.blank || text.len > max_bytes {
        return None;
    }
    skimmed.id
}

/// An article line's id and the shape of its text. Fields are read as
/// [`Line::article`] reads them (the last of a repeated key wins,
/// other fields must be valid JSON values), but a text is only looked
/// at, never kept.
#[derive(Default)]
struct Skim {
    id: Option<String>,
    text: Option<TextShape>,
}

/// How long a text is, and whether it is all white space.
struct TextShape {
    len: usize,
    blank: bool,
}

impl<'de> Deserialize<'de> for Skim {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Skim, D::Error> {
        struct Fields;
        impl<'de> Visitor<'de> for Fields {
            type Value = Skim;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an article object")
            }
            fn visit_map<A: MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Skim, A::Error> {
                let mut skim = Skim::default();
                while let Some(key) = map.next_key::<KeyName>()? {
                    match key {
                        KeyName::Id => {
                            let Plain(id) = map.next_value()?;
                            skim.id = Some(id).filter(|id| !id.is_empty());
                        }
                        KeyName::Text => skim.text = Some(map.next_value()?),
                        KeyName::Other => {
                            map.next_value::<Value>()?;
                        }
                    }
                }
                Ok(skim)
            }
        }
        d.deserialize_map(Fields)
    }
}

/// A key of an article line, as far as skimming cares.
enum KeyName {
    Id,
    Text,
    Other,
}

impl<'de> Deserialize<'de> for KeyName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<KeyName, D::Error> {
        read_str(d, |v| match v {
            "id" => KeyName::Id,
            "text" => KeyName::Text,
            _ => KeyName::Other,
        })
    }
}

/// A JSON string and nothing else (an id given as a number is left to
/// the full parse, which spells it).
struct Plain(String);

impl<'de> Deserialize<'de> for Plain {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Plain, D::Error> {
        read_str(d, |v| Plain(v.to_string()))
    }
}

impl<'de> Deserialize<'de> for TextShape {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<TextShape, D::Error> {
        read_str(d, |v| TextShape { len: v.len(), blank: v.trim().is_empty() })
    }
}

/// Reads a JSON string (and nothing else) as `read` makes of it, without
/// keeping it.
fn read_str<'de, D: Deserializer<'de>, T>(
    d: D,
    read: impl FnOnce(&str) -> T,
) -> Result<T, D::Error> {
    struct Read<F>(F);
    impl<T, F: FnOnce(&str) -> T> Visitor<'_> for Read<F> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a string")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
            Ok((self.0)(v))
        }
    }
    d.deserialize_str(Read(read))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn collect(inputs: &[Input]) -> Vec<Result<String, String>> {
        Articles::new(inputs)
            .map(|r| r.map(|a| a.doc.id).map_err(|e| e.to_string()))
            .collect()
    }

    #[test]
    fn folders_jsonl_and_errors() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir(d.join("sub")).unwrap();
        std::fs::write(d.join("b.txt"), "Second.").unwrap();
        std::fs::write(d.join("sub/a.md"), "First.").unwrap();
        std::fs::write(d.join("SOURCES.md"), "Not an article.").unwrap();
        std::fs::write(d.join("bad.txt"), b"caf\xe9\n").unwrap();
        let mut f = std::fs::File::create(d.join("c.jsonl")).unwrap();
        writeln!(f, "{{\"id\": \"x\", \"text\": \"One.\", \"url\": \"u\"}}")
            .unwrap();
        writeln!(f).unwrap();
        writeln!(f, "[1, 2]").unwrap();
        writeln!(f, "{{\"id\": \"y\"}}").unwrap();
        writeln!(f, "{{\"id\": \"x\", \"text\": \"Again.\"}}").unwrap();
        writeln!(f, "{{\"id\": 7, \"text\": \"Seven.\"}}").unwrap();
        drop(f);
        let got = collect(&[Input::Path(d.to_path_buf())]);
        let name = |f: &str| d.join(f).display().to_string();
        assert_eq!(
            got,
            [
                Ok("b.txt".to_string()),
                Err(format!(
                    "{}:1: not UTF-8 (invalid byte 0xe9 at byte 3); \
                     re-save the file as UTF-8",
                    name("bad.txt")
                )),
                Ok("x".to_string()),
                Err(format!("{}:3: not a JSON object", name("c.jsonl"))),
                Err(format!(
                    "{}:4: article \"y\": no \"text\" field",
                    name("c.jsonl")
                )),
                Err(format!(
                    "{}:5: duplicate id \"x\" (first at {}:1); skipped",
                    name("c.jsonl"),
                    name("c.jsonl")
                )),
                Ok("7".to_string()),
                Ok("sub/a.md".to_string()),
            ]
        );
    }

    #[test]
    fn extra_fields_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("in.jsonl");
        std::fs::write(
            &p,
            "{\"id\":\"a\",\"text\":\"T.\",\"title\":\"H\",\"license\":\"CC\"}\n",
        )
        .unwrap();
        let a = Articles::new(&[Input::Path(p)]).next().unwrap().unwrap();
        assert_eq!(a.doc.title.as_deref(), Some("H"));
        assert_eq!(a.extra["license"], "CC");
        assert_eq!(a.extra["title"], "H");
    }

    /// `bytes` as line 1 of `t.jsonl`.
    fn as_line(bytes: &[u8], max_bytes: usize) -> Line {
        Line {
            bytes: bytes.to_vec(),
            file: "t.jsonl".into(),
            line: 1,
            max_bytes,
            shard: None,
        }
    }

    /// A line skimmed as an article of some id parses to that article.
    fn agrees(line: &str) -> Result<(), String> {
        let Some(id) = skim(line.as_bytes(), 100) else { return Ok(()) };
        match as_line(line.as_bytes(), 100).article() {
            Ok(a) if a.doc.id == id => Ok(()),
            Ok(a) => {
                Err(format!("{line}: skimmed {id:?}, parsed {:?}", a.doc.id))
            }
            Err(e) => Err(format!("{line}: skimmed {id:?}, parsed {e}")),
        }
    }

    #[test]
    fn a_skimmed_line_is_an_article_with_that_id() {
        let long =
            format!("{{\"id\":\"a\",\"text\":\"{}\"}}", "x".repeat(101));
        for (line, id) in [
            (r#"{"id":"a","text":"One."}"#, Some("a")),
            (
                r#" {"title":{"x":[1,null]},"text":"T\"\n.","id":"\u00e9"} "#,
                Some("é"),
            ),
            (r#"{"id":"a","id":"b","text":"T."}"#, Some("b")),
            (r#"{"id":"","id":"b","text":"T."}"#, Some("b")),
            // Left to the full parse, which reports or spells them.
            (r#"{"id":"a","id":"","text":"T."}"#, None),
            (r#"{"id":7,"text":"T."}"#, None),
            (r#"{"id":"a","id":7,"text":"T."}"#, None),
            (r#"{"id":"a","text":"T.","text":7}"#, None),
            (r#"{"id":"a","text":" \n\t"}"#, None),
            (r#"{"id":"a"}"#, None),
            (r#"{"text":"T."}"#, None),
            (r#"{"id":"a","text":"T.","n":1e400}"#, None),
            (r#"{"id":"a","text":"T.","n":"\ud800"}"#, None),
            (r#"{"id":"a","text":"T."} x"#, None),
            (r#"[{"id":"a","text":"T."}]"#, None),
            (&long, None),
        ] {
            assert_eq!(skim(line.as_bytes(), 100).as_deref(), id, "{line}");
            agrees(line).unwrap();
        }
        assert_eq!(skim(b"{\"id\":\"a\",\"text\":\"caf\xe9\"}", 100), None);
    }

    proptest::proptest! {
        #[test]
        fn skimming_never_disagrees_with_parsing(
            fields in proptest::collection::vec(
                (0..4usize, 0..12usize), 0..5),
            tail in 0..3usize,
        ) {
            let keys = ["id", "text", "title", "\\u0069d"];
            let values = [
                "\"a\"", "\"\"", "\" \\n\"", "\"T.\"", "\"\\u00e9 \\\"q\\\"\"",
                "7", "-0.5", "1e400", "null", "[1,{\"b\":[]}]", "{}", "\"\\ud800\"",
            ];
            let body: Vec<String> = fields
                .iter()
                .map(|&(k, v)| format!("\"{}\":{}", keys[k], values[v]))
                .collect();
            let line = format!(
                "{{{}}}{}",
                body.join(","),
                ["", " \r\n", " ,"][tail]
            );
            proptest::prop_assert!(agrees(&line).is_ok(), "{}", agrees(&line).unwrap_err());
        }
    }

    /// A JSONL file of 40 articles with duplicates, blank texts, lines
    /// that are not JSON and numeric ids among them.
    fn mixed_jsonl(dir: &Path) -> PathBuf {
        let p = dir.join("in.jsonl");
        let mut lines = Vec::new();
        for i in 0..40 {
            lines.push(format!("{{\"id\":\"a{i}\",\"text\":\"T{i}.\"}}"));
            match i % 8 {
                1 => lines
                    .push(format!("{{\"id\":\"a{i}\",\"text\":\"Again.\"}}")),
                3 => lines.push(format!("{{\"id\":\"b{i}\",\"text\":\" \"}}")),
                5 => lines.push("not json".into()),
                7 => lines.push(format!("{{\"id\":{i}0,\"text\":\"N.\"}}")),
                _ => {}
            }
        }
        std::fs::write(&p, lines.join("\n")).unwrap();
        p
    }

    fn articles_of(p: &Path, shard: Option<Shard>) -> Articles {
        let articles = Articles::new(&[Input::Path(p.to_path_buf())]);
        match shard {
            Some(s) => articles.shard(s),
            None => articles,
        }
    }

    #[test]
    fn shards_report_every_article_and_error_once() {
        let dir = tempfile::tempdir().unwrap();
        let p = mixed_jsonl(dir.path());
        let all = |shard: Option<Shard>| {
            articles_of(&p, shard)
                .map(|r| r.map(|a| a.doc.id).map_err(|e| e.to_string()))
                .collect::<Vec<_>>()
        };
        let whole = all(None);
        assert_eq!(whole.iter().filter(|r| r.is_err()).count(), 15);
        let mut union: Vec<_> = (0..3)
            .flat_map(|index| all(Some(Shard { index, count: 3 })))
            .collect();
        let mut whole = whole;
        union.sort();
        whole.sort();
        assert_eq!(union, whole);
    }

    /// The batch, which parses lines on its threads and checks ids
    /// between them, gives what reading one article at a time gives, in
    /// the same order, whatever the batch size and shard.
    #[test]
    fn a_batch_reads_as_the_iterator_does() {
        let dir = tempfile::tempdir().unwrap();
        let p = mixed_jsonl(dir.path());
        let pipeline = crate::Pipeline::new();
        let show = |r: crate::Outcome| {
            r.map(|(a, _)| a.doc.id).map_err(|e| e.to_string())
        };
        for shard in [None, Some(Shard { index: 1, count: 3 })] {
            let want: Vec<_> = articles_of(&p, shard)
                .map(|r| r.map(|a| a.doc.id).map_err(|e| e.to_string()))
                .collect();
            for max_articles in [1, 3, 1024] {
                let options = crate::BatchOptions {
                    jobs: 2,
                    max_articles,
                    max_bytes: 64,
                };
                let mut got = Vec::new();
                crate::run(
                    &pipeline,
                    articles_of(&p, shard),
                    options,
                    show,
                    |r| -> Result<(), ()> {
                        got.push(r);
                        Ok(())
                    },
                )
                .unwrap();
                assert_eq!(got, want, "{shard:?}, batches of {max_articles}");
            }
        }
    }
}
