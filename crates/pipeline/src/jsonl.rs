//! The JSONL machine format: one line per article.
//!
//! This module is the one place spans are written to JSON. A span is
//! `{"start", "end", "byte_start", "byte_end", "text"}`: `start`/`end`
//! count Unicode scalar values (as Python does), `byte_*` count UTF-8
//! bytes, and `text` is the slice itself. Objects that are spans with more
//! to say (a sentence, a quantity, a hedge) carry the span's five fields
//! and their own.

use std::io;

use factmark_core::{
    Annotations, Attribution, CharIndex, Claim, Hedge, Quantity, Sentence,
    Source, Span, Value,
};
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

use crate::Article;

/// The text of one article and its code-point index.
struct Ctx<'a> {
    text: &'a str,
    index: CharIndex,
}

impl Ctx<'_> {
    /// Writes the five fields of `span` into an open JSON object.
    fn span<M: SerializeMap>(
        &self,
        m: &mut M,
        span: Span,
    ) -> Result<(), M::Error> {
        m.serialize_entry("start", &self.index.char_offset(span.start))?;
        m.serialize_entry("end", &self.index.char_offset(span.end))?;
        m.serialize_entry("byte_start", &span.start)?;
        m.serialize_entry("byte_end", &span.end)?;
        m.serialize_entry("text", &self.text[span])
    }
}

/// A value to serialize with the article context at hand.
struct J<'a, T: ?Sized>(&'a Ctx<'a>, &'a T);

impl Serialize for J<'_, Span> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(5))?;
        self.0.span(&mut m, *self.1)?;
        m.end()
    }
}

impl Serialize for J<'_, Sentence> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(7))?;
        self.0.span(&mut m, self.1.span)?;
        m.serialize_entry("kind", self.1.kind.as_str())?;
        m.serialize_entry("paragraph", &self.1.paragraph)?;
        m.end()
    }
}

impl Serialize for J<'_, Hedge> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(6))?;
        self.0.span(&mut m, self.1.span)?;
        m.serialize_entry("bound", self.1.bound.as_str())?;
        m.end()
    }
}

impl Serialize for J<'_, Quantity> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (c, q) = (self.0, self.1);
        let mut m = s.serialize_map(Some(13))?;
        c.span(&mut m, q.span)?;
        m.serialize_entry("sentence", &q.sentence)?;
        m.serialize_entry("kind", q.kind.as_str())?;
        m.serialize_entry("value", &ValueJson(q.value))?;
        m.serialize_entry("unit", &q.unit)?;
        m.serialize_entry("base", &q.base.map(BaseJson))?;
        m.serialize_entry("hedge", &q.hedge.as_ref().map(|h| J(c, h)))?;
        m.serialize_entry("counted", &q.counted.as_ref().map(|s| J(c, s)))?;
        m.serialize_entry("per", &q.per.map(|p| p.as_str()))?;
        m.serialize_entry("full", &J(c, &q.full))?;
        m.end()
    }
}

impl Serialize for J<'_, Source> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(7))?;
        self.0.span(&mut m, self.1.span)?;
        m.serialize_entry("resolved", &self.1.resolved)?;
        m.serialize_entry("vague", &self.1.is_vague)?;
        m.end()
    }
}

impl Serialize for J<'_, Attribution> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (c, a) = (self.0, self.1);
        let mut m = s.serialize_map(Some(6))?;
        m.serialize_entry("source", &a.source.as_ref().map(|x| J(c, x)))?;
        m.serialize_entry("cue", &J(c, &a.cue))?;
        m.serialize_entry("content", &ContentJson(c, a))?;
        m.serialize_entry("kind", a.kind.as_str())?;
        m.serialize_entry("hedged", &a.hedged)?;
        let sentences: Vec<usize> = a.sentences.clone().collect();
        m.serialize_entry("sentences", &sentences)?;
        m.end()
    }
}

/// The content span, with `parts` (code points) when it is interrupted.
struct ContentJson<'a>(&'a Ctx<'a>, &'a Attribution);

impl Serialize for ContentJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (c, a) = (self.0, self.1);
        let mut m = s.serialize_map(None)?;
        c.span(&mut m, a.content.span)?;
        if !a.content.parts.is_empty() {
            let parts: Vec<[usize; 2]> = a
                .content
                .parts
                .iter()
                .map(|p| {
                    [c.index.char_offset(p.start), c.index.char_offset(p.end)]
                })
                .collect();
            m.serialize_entry("parts", &parts)?;
        }
        m.end()
    }
}

impl Serialize for J<'_, Claim> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("id", &self.1.id)?;
        m.serialize_entry("sentence", &self.1.sentence)?;
        let flags: Vec<&str> =
            self.1.flags.iter().map(|f| f.as_str()).collect();
        m.serialize_entry("flags", &flags)?;
        m.end()
    }
}

/// A list of annotations, each written with the article context.
struct List<'a, T>(&'a Ctx<'a>, &'a [T]);

impl<'a, T> Serialize for List<'a, T>
where
    J<'a, T>: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.1.iter().map(|x| J(self.0, x)))
    }
}

/// A base value: `{"value": 283824000, "unit": "second"}`.
struct BaseJson(factmark_core::Base);

impl Serialize for BaseJson {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("value", &ValueJson(self.0.value))?;
        m.serialize_entry("unit", self.0.unit)?;
        m.end()
    }
}

/// A value: 25000, [20000, 25000], [2000, null] or null.
struct ValueJson(Value);

/// An integral value is written without a fraction: 25000, not 25000.0.
fn number(v: f64) -> serde_json::Number {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        serde_json::Number::from(v as i64)
    } else {
        serde_json::Number::from_f64(v).unwrap_or_else(|| 0.into())
    }
}

impl Serialize for ValueJson {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Value::Exact(v) => number(v).serialize(s),
            Value::Range(lo, hi) => [number(lo), number(hi)].serialize(s),
            Value::AtLeast(lo) => (number(lo), ()).serialize(s),
            Value::Unknown => s.serialize_none(),
        }
    }
}

/// One article's line.
struct Line<'a> {
    c: &'a Ctx<'a>,
    article: &'a Article,
    ann: &'a Annotations,
}

impl Serialize for Line<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (c, ann) = (self.c, self.ann);
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("id", &self.article.doc.id)?;
        for (k, v) in &self.article.extra {
            m.serialize_entry(k, v)?;
        }
        m.serialize_entry("sentences", &List(c, &ann.sentences))?;
        m.serialize_entry("quantities", &List(c, &ann.quantities))?;
        m.serialize_entry("attributions", &List(c, &ann.attributions))?;
        m.serialize_entry("claims", &List(c, &ann.claims))?;
        m.end()
    }
}

/// Writes one article's annotations as one JSON line: its id, the extra
/// fields its input line had (title, url, ...), then `sentences`,
/// `quantities`, `attributions` and `claims`.
///
/// # Errors
///
/// Returns an error if writing to `out` fails.
pub fn write_article<W: io::Write>(
    out: &mut W,
    article: &Article,
    ann: &Annotations,
) -> io::Result<()> {
    let text = article.doc.text.as_str();
    let c = Ctx { text, index: CharIndex::new(text) };
    serde_json::to_writer(&mut *out, &Line { c: &c, article, ann })?;
    out.write_all(b"\n")
}
