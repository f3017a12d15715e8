//! The JSONL machine format: one line per article.
//!
//! This module is the one place spans are written to JSON. A span is
//! `{"start", "end", "byte_start", "byte_end", "text"}`: `start`/`end`
//! count Unicode scalar values (as Python does), `byte_*` count UTF-8
//! bytes, and `text` is the slice itself. Objects that are spans with more
//! to say (a sentence, a quantity, a hedge) carry the span's five fields
//! and their own.
//!
//! The line is written by hand rather than through `serde`: a line holds
//! the article's text about four times over (every sentence, and the
//! spans inside them), and escaping it eight bytes at a time is what
//! keeps rendering from costing as much as a tagger. The output is the
//! compact JSON `serde_json` writes, byte for byte (a test checks).

use std::io;

use factmark_core::{
    swar, Annotations, Attribution, CharIndex, Claim, Hedge, Quantity,
    Sentence, Source, Span, Value, HEX_DIGITS,
};

use crate::Article;

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
    let mut w = Writer { out, text, index: CharIndex::new(text) };
    w.raw(b"{\"id\":")?;
    w.string(&article.doc.id)?;
    for (k, v) in &article.extra {
        w.raw(b",")?;
        w.string(k)?;
        w.raw(b":")?;
        serde_json::to_writer(&mut *w.out, v)?;
    }
    w.raw(b",\"sentences\":")?;
    w.list(&ann.sentences, Writer::sentence)?;
    w.raw(b",\"quantities\":")?;
    w.list(&ann.quantities, Writer::quantity)?;
    w.raw(b",\"attributions\":")?;
    w.list(&ann.attributions, Writer::attribution)?;
    w.raw(b",\"claims\":")?;
    w.list(&ann.claims, Writer::claim)?;
    w.raw(b"}\n")
}

/// Compact JSON for one article, with its text and code-point index at
/// hand for spans.
struct Writer<'a, W> {
    out: &'a mut W,
    text: &'a str,
    index: CharIndex,
}

impl<W: io::Write> Writer<'_, W> {
    fn raw(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.out.write_all(bytes)
    }

    /// `[a,b,...]`, each item written by `item`.
    fn list<T>(
        &mut self,
        items: &[T],
        item: impl Fn(&mut Self, &T) -> io::Result<()>,
    ) -> io::Result<()> {
        self.raw(b"[")?;
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                self.raw(b",")?;
            }
            item(self, x)?;
        }
        self.raw(b"]")
    }

    /// `null`, or what `some` writes.
    fn option<T>(
        &mut self,
        x: Option<T>,
        some: impl FnOnce(&mut Self, T) -> io::Result<()>,
    ) -> io::Result<()> {
        match x {
            Some(x) => some(self, x),
            None => self.raw(b"null"),
        }
    }

    fn bool(&mut self, b: bool) -> io::Result<()> {
        self.raw(if b { b"true" } else { b"false" })
    }

    fn uint(&mut self, n: usize) -> io::Result<()> {
        self.raw(itoa::Buffer::new().format(n).as_bytes())
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\n`,
    /// `\t`, ... or `\u00XX`, everything else (non-ASCII too) as it is.
    fn string(&mut self, s: &str) -> io::Result<()> {
        let bytes = s.as_bytes();
        self.raw(b"\"")?;
        // `bytes[done..i]` needs no escape and is not written yet.
        let (mut done, mut i) = (0, 0);
        while i < bytes.len() {
            if bytes.len() - i >= 8 {
                let m = swar::json_escapes(swar::load(bytes, i));
                if m == 0 {
                    i += 8;
                    continue;
                }
                i += m.trailing_zeros() as usize / 8;
            } else if !needs_escape(bytes[i]) {
                i += 1;
                continue;
            }
            self.raw(&bytes[done..i])?;
            self.escape(bytes[i])?;
            i += 1;
            done = i;
        }
        self.raw(&bytes[done..])?;
        self.raw(b"\"")
    }

    fn escape(&mut self, b: u8) -> io::Result<()> {
        match b {
            b'"' => self.raw(b"\\\""),
            b'\\' => self.raw(b"\\\\"),
            b'\n' => self.raw(b"\\n"),
            b'\r' => self.raw(b"\\r"),
            b'\t' => self.raw(b"\\t"),
            0x08 => self.raw(b"\\b"),
            0x0c => self.raw(b"\\f"),
            _ => self.raw(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX_DIGITS[usize::from(b >> 4)],
                HEX_DIGITS[usize::from(b & 0xf)],
            ]),
        }
    }

    /// The five fields of `span`, inside an object being written.
    fn span_fields(&mut self, span: Span) -> io::Result<()> {
        self.raw(b"\"start\":")?;
        self.uint(self.index.char_offset(span.start))?;
        self.raw(b",\"end\":")?;
        self.uint(self.index.char_offset(span.end))?;
        self.raw(b",\"byte_start\":")?;
        self.uint(span.start)?;
        self.raw(b",\"byte_end\":")?;
        self.uint(span.end)?;
        self.raw(b",\"text\":")?;
        let text = self.text;
        self.string(&text[span])
    }

    /// An object of the five fields of `span` and what `more` writes
    /// after them.
    fn span_object(
        &mut self,
        span: Span,
        more: impl FnOnce(&mut Self) -> io::Result<()>,
    ) -> io::Result<()> {
        self.raw(b"{")?;
        self.span_fields(span)?;
        more(self)?;
        self.raw(b"}")
    }

    fn span(&mut self, span: Span) -> io::Result<()> {
        self.span_object(span, |_| Ok(()))
    }

    fn sentence(&mut self, s: &Sentence) -> io::Result<()> {
        self.span_object(s.span, |w| {
            w.raw(b",\"kind\":")?;
            w.string(s.kind.as_str())?;
            w.raw(b",\"paragraph\":")?;
            w.uint(s.paragraph)
        })
    }

    fn hedge(&mut self, h: &Hedge) -> io::Result<()> {
        self.span_object(h.span, |w| {
            w.raw(b",\"bound\":")?;
            w.string(h.bound.as_str())
        })
    }

    fn quantity(&mut self, q: &Quantity) -> io::Result<()> {
        self.span_object(q.span, |w| w.quantity_fields(q))
    }

    fn quantity_fields(&mut self, q: &Quantity) -> io::Result<()> {
        self.raw(b",\"sentence\":")?;
        self.uint(q.sentence)?;
        self.raw(b",\"kind\":")?;
        self.string(q.kind.as_str())?;
        self.raw(b",\"value\":")?;
        self.value(q.value)?;
        self.raw(b",\"unit\":")?;
        self.option(q.unit.as_deref(), Self::string)?;
        // A base value: `{"value":283824000,"unit":"second"}`.
        self.raw(b",\"base\":")?;
        self.option(q.base, |w, base| {
            w.raw(b"{\"value\":")?;
            w.value(base.value)?;
            w.raw(b",\"unit\":")?;
            w.string(base.unit)?;
            w.raw(b"}")
        })?;
        self.raw(b",\"hedge\":")?;
        self.option(q.hedge.as_ref(), Self::hedge)?;
        self.raw(b",\"counted\":")?;
        self.option(q.counted, Self::span)?;
        self.raw(b",\"per\":")?;
        self.option(q.per, |w, p| w.string(p.as_str()))?;
        self.raw(b",\"full\":")?;
        self.span(q.full)
    }

    /// A value: 25000, [20000,25000], [2000,null] or null.
    fn value(&mut self, v: Value) -> io::Result<()> {
        match v {
            Value::Exact(v) => self.number(v),
            Value::Range(lo, hi) => {
                self.raw(b"[")?;
                self.number(lo)?;
                self.raw(b",")?;
                self.number(hi)?;
                self.raw(b"]")
            }
            Value::AtLeast(lo) => {
                self.raw(b"[")?;
                self.number(lo)?;
                self.raw(b",null]")
            }
            Value::Unknown => self.raw(b"null"),
        }
    }

    /// An integral value is written without a fraction: 25000, not
    /// 25000.0; any other as the shortest decimal that reads back the
    /// same.
    fn number(&mut self, v: f64) -> io::Result<()> {
        if v.fract() == 0.0 && v.abs() < 9.0e15 {
            if v < 0.0 {
                self.raw(b"-")?;
            }
            self.uint(v.abs() as usize)
        } else {
            let n =
                serde_json::Number::from_f64(v).unwrap_or_else(|| 0.into());
            serde_json::to_writer(&mut *self.out, &n).map_err(io::Error::from)
        }
    }

    fn source(&mut self, s: &Source) -> io::Result<()> {
        self.span_object(s.span, |w| {
            w.raw(b",\"resolved\":")?;
            w.option(s.resolved.as_deref(), Self::string)?;
            w.raw(b",\"vague\":")?;
            w.bool(s.is_vague)
        })
    }

    fn attribution(&mut self, a: &Attribution) -> io::Result<()> {
        self.raw(b"{\"source\":")?;
        self.option(a.source.as_ref(), Self::source)?;
        self.raw(b",\"cue\":")?;
        self.span(a.cue)?;
        // The content span, with `parts` (code points) when it is
        // interrupted.
        self.raw(b",\"content\":")?;
        self.span_object(a.content.span, |w| {
            if a.content.parts.is_empty() {
                return Ok(());
            }
            w.raw(b",\"parts\":")?;
            w.list(&a.content.parts, |w, p| {
                w.raw(b"[")?;
                w.uint(w.index.char_offset(p.start))?;
                w.raw(b",")?;
                w.uint(w.index.char_offset(p.end))?;
                w.raw(b"]")
            })
        })?;
        self.raw(b",\"kind\":")?;
        self.string(a.kind.as_str())?;
        self.raw(b",\"hedged\":")?;
        self.bool(a.hedged)?;
        self.raw(b",\"sentences\":")?;
        self.raw(b"[")?;
        for s in a.sentences.clone() {
            if s > a.sentences.start {
                self.raw(b",")?;
            }
            self.uint(s)?;
        }
        self.raw(b"]}")
    }

    fn claim(&mut self, c: &Claim) -> io::Result<()> {
        self.raw(b"{\"id\":")?;
        self.string(&c.id)?;
        self.raw(b",\"sentence\":")?;
        self.uint(c.sentence)?;
        self.raw(b",\"flags\":")?;
        self.list(&c.flags, |w, f| w.string(f.as_str()))?;
        self.raw(b"}")
    }
}

/// Whether JSON needs `b` escaped: a quote, a backslash or a control
/// character. The byte-at-a-time twin of [`swar::json_escapes`].
fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `write` writes through a writer over `text`.
    fn written(text: &str, write: impl Fn(&mut Writer<Vec<u8>>)) -> String {
        let mut out = Vec::new();
        let mut w =
            Writer { out: &mut out, text, index: CharIndex::new(text) };
        write(&mut w);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn strings_as_serde_json_writes_them() {
        // Every ASCII byte, at every place of an eight-byte word, among
        // ASCII and wide characters, in runs long and short.
        for b in 0..=0x7fu8 {
            let c = char::from(b);
            for shift in 0..9 {
                for fill in ["a", "é", "日本", "\"", "\n"] {
                    let s = format!("{}{c}{}{c}", fill.repeat(shift), fill);
                    let ours = written("", |w| w.string(&s).unwrap());
                    assert_eq!(ours, serde_json::to_string(&s).unwrap());
                }
            }
        }
        assert_eq!(written("", |w| w.string("").unwrap()), "\"\"");
    }

    #[test]
    fn numbers_as_serde_json_writes_them() {
        for n in [0, 7, 10, 99, 100, 25_000, 1_100_000, usize::MAX] {
            let ours = written("", |w| w.uint(n).unwrap());
            assert_eq!(ours, n.to_string());
        }
        for v in
            [0.0f64, -0.0, 1.0, -3.0, 0.5, 1.1e6, 2.5e9, -0.25, 1e20, 1e-7]
        {
            let expected = if v.fract() == 0.0 && v.abs() < 9.0e15 {
                serde_json::to_string(&(v as i64)).unwrap()
            } else {
                serde_json::to_string(&v).unwrap()
            };
            assert_eq!(written("", |w| w.number(v).unwrap()), expected);
        }
    }

    #[test]
    fn span_fields_count_code_points_and_bytes() {
        let text = "“Killed,” he said";
        let span = Span::new(text.find("he").unwrap(), text.len());
        let ours = written(text, |w| w.span(span).unwrap());
        assert_eq!(
            ours,
            r#"{"start":10,"end":17,"byte_start":14,"byte_end":21,"text":"he said"}"#
        );
    }
}
