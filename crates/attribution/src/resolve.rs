//! Who a source is: names, pronouns, short forms and descriptions
//! resolved to the named person or organisation earlier (or, for a
//! description, later) in the article.

use factmark_core::Span;

use crate::lexicons::{in_list, Lexicons};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum EntityKind {
    Person,
    Organisation,
}

/// A named source seen in the article.
#[derive(Clone, Debug)]
struct Entity {
    name: String,
    kind: EntityKind,
    /// Capitalized words of the whole source, lower case: what a
    /// description ("NATO's top civilian official") can share with it.
    words: Vec<String>,
    at: usize,
}

/// What the words of a source are.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Mention {
    Pronoun(String),
    Person(String),
    Organisation(String),
    /// `the ministry`: refers back to an organisation with that head.
    Definite(String),
    /// One capitalized word: a surname, or a place or body by name.
    Single(String),
    /// Unnamed or collective: `conflict analysts`, `a spokesman`.
    Vague,
    /// A singular description: `NATO's top civilian official`.
    Description(Vec<String>),
}

/// A resolved source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Resolved {
    pub(crate) name: Option<String>,
    pub(crate) vague: bool,
}

/// How many named sources back (or ahead) a pronoun, short form or
/// description looks for its referent: far more than any article needs,
/// and it keeps resolution linear on text that names thousands.
const REACH: usize = 64;

pub(crate) struct Resolver<'a> {
    lex: &'a Lexicons,
    text: &'a str,
    entities: Vec<Entity>,
    /// What each source given to [`Resolver::new`] is, in its order.
    mentions: Vec<Mention>,
}

fn words(s: &str) -> Vec<&str> {
    s.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect()
}

/// `name`, lower-cased, ends with `tail` (lower case already).
fn ends_with_lowercase(name: &str, tail: &str) -> bool {
    if !name.is_ascii() {
        return name.to_lowercase().ends_with(tail);
    }
    name.len() >= tail.len()
        && name.as_bytes()[name.len() - tail.len()..]
            .eq_ignore_ascii_case(tail.as_bytes())
}

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("’s").or_else(|| w.strip_suffix("'s")).unwrap_or(w)
}

fn capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

impl<'a> Resolver<'a> {
    /// Learns the named sources of the article among `sources`.
    pub(crate) fn new(
        lex: &'a Lexicons,
        text: &'a str,
        sources: &[Span],
    ) -> Resolver<'a> {
        let mut r = Resolver {
            lex,
            text,
            entities: Vec::new(),
            mentions: Vec::with_capacity(sources.len()),
        };
        for &s in sources {
            let mention = r.mention(&text[s]);
            let kind = match &mention {
                Mention::Person(name) => {
                    Some((name.clone(), EntityKind::Person))
                }
                Mention::Organisation(name) => {
                    Some((name.clone(), EntityKind::Organisation))
                }
                _ => None,
            };
            r.mentions.push(mention);
            if let Some((name, kind)) = kind {
                let words = words(&text[s])
                    .into_iter()
                    .filter(|w| capitalized(w))
                    .map(|w| strip_possessive(w).to_lowercase())
                    .collect();
                r.entities.push(Entity { name, kind, words, at: s.start });
            }
        }
        // In text order, for the searches of `before` and `after`.
        r.entities.sort_by_key(|e| e.at);
        r
    }

    /// The named sources before byte `at` (at it too, if `inclusive`),
    /// nearest first, as far back as [`REACH`].
    fn before(
        &self,
        at: usize,
        inclusive: bool,
    ) -> impl Iterator<Item = &Entity> {
        let n = self
            .entities
            .partition_point(|e| e.at < at || inclusive && e.at == at);
        self.entities[..n].iter().rev().take(REACH)
    }

    /// The named sources after byte `at`, nearest first, as far as
    /// [`REACH`].
    fn after(&self, at: usize) -> impl Iterator<Item = &Entity> {
        let n = self.entities.partition_point(|e| e.at <= at);
        self.entities[n..].iter().take(REACH)
    }

    fn mention(&self, s: &str) -> Mention {
        let all = words(s);
        // The noun phrase's head comes before its first preposition: "US
        // and Ukrainian assessments | from last year".
        let core = all
            .iter()
            .skip(1)
            .position(|w| {
                ["from", "of", "in", "at", "with", "for", "on"]
                    .iter()
                    .any(|p| w.eq_ignore_ascii_case(p))
            })
            .map_or(all.len(), |p| p + 1);
        let ws = &all[..core];
        let Some(&last) = ws.last() else { return Mention::Vague };

        if ws.len() == 1
            && in_list(last, &["he", "she", "it", "they", "we", "i", "who"])
        {
            return Mention::Pronoun(last.to_lowercase());
        }
        let first = ws[0];
        let head_is_org = self.lex.is_organisation(last)
            || (ws.len() >= 2
                && self.lex.is_organisation(&format!(
                    "{} {}",
                    ws[ws.len() - 2],
                    last
                )));
        if head_is_org && !last.ends_with("forces") {
            if in_list(first, &["the", "this", "that"]) {
                return Mention::Definite(last.to_lowercase());
            }
            if in_list(first, &["a", "an"]) {
                return Mention::Vague;
            }
            return Mention::Organisation(s.trim().to_string());
        }
        // A name: the capitalized words after the titles.
        let mut name_start = ws.len();
        while name_start > 0
            && capitalized(ws[name_start - 1])
            && !self.lex.is_title(strip_possessive(ws[name_start - 1]))
            && !ws[name_start - 1].ends_with("’s")
            && !ws[name_start - 1].ends_with("'s")
        {
            name_start -= 1;
        }
        let name = &ws[name_start..];
        if name.len() >= 2 {
            return Mention::Person(name.join(" "));
        }
        if name.len() == 1 && (ws.len() == 1 || name_start > 0) {
            let w = name[0];
            // An acronym (NATO) is a body; a lone name may be a surname.
            if w.len() > 1
                && w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
            {
                return Mention::Organisation(w.to_string());
            }
            return if ws.len() == 1 {
                Mention::Single(w.to_string())
            } else {
                Mention::Person(w.to_string())
            };
        }
        if in_list(first, &["a", "an", "some", "several", "many"]) {
            return Mention::Vague;
        }
        let lower = last.to_lowercase();
        if lower.ends_with('s') && !lower.ends_with("ss") {
            return Mention::Vague;
        }
        let caps = all
            .iter()
            .filter(|w| capitalized(w))
            .map(|w| strip_possessive(w).to_lowercase())
            .collect();
        Mention::Description(caps)
    }

    /// Resolves the source `span`; `at` is where its attribution is.
    /// Resolves source `index` of those given to [`Resolver::new`], at
    /// `span`.
    pub(crate) fn resolve(&self, index: usize, span: Span) -> Resolved {
        let at = span.start;
        let named = |name: Option<String>| Resolved { name, vague: false };
        match &self.mentions[index] {
            Mention::Person(name) | Mention::Organisation(name) => {
                // A surname-only person mentioned in full before.
                let full = self
                    .before(at, true)
                    .filter(|e| e.kind == EntityKind::Person)
                    .find(|e| {
                        e.name
                            .strip_suffix(name.as_str())
                            .is_some_and(|rest| rest.ends_with(' '))
                    })
                    .map(|e| e.name.clone());
                named(Some(full.unwrap_or_else(|| name.clone())))
            }
            Mention::Pronoun(p) => {
                let kind = match p.as_str() {
                    "he" | "she" | "i" | "who" => EntityKind::Person,
                    "it" => EntityKind::Organisation,
                    _ => return Resolved { name: None, vague: true },
                };
                let e = self.before(at, false).find(|e| e.kind == kind);
                named(e.map(|e| e.name.clone()))
            }
            Mention::Definite(head) => {
                let e = self.before(at, false).find(|e| {
                    e.kind == EntityKind::Organisation
                        && ends_with_lowercase(&e.name, head)
                });
                let fallback = self.text[span]
                    .trim_start_matches(|c: char| c.is_lowercase())
                    .trim();
                named(Some(
                    e.map_or_else(|| fallback.to_string(), |e| e.name.clone()),
                ))
            }
            Mention::Single(w) => {
                let e = self.before(at, true).find(|e| {
                    e.kind == EntityKind::Person
                        && e.name.split(' ').next_back() == Some(w.as_str())
                });
                named(Some(e.map_or_else(|| w.clone(), |e| e.name.clone())))
            }
            Mention::Vague => Resolved { name: None, vague: true },
            Mention::Description(caps) => {
                // The nearest person before, else after, sharing a name
                // word: "NATO's top civilian official" and "NATO
                // Secretary General Mark Rutte".
                let shares =
                    |e: &&Entity| caps.iter().any(|c| e.words.contains(c));
                let before = self
                    .before(at, false)
                    .filter(|e| e.kind == EntityKind::Person)
                    .find(shares);
                let after = || {
                    self.after(at)
                        .filter(|e| e.kind == EntityKind::Person)
                        .find(shares)
                };
                match before.or_else(after) {
                    Some(e) => named(Some(e.name.clone())),
                    None => Resolved { name: None, vague: caps.is_empty() },
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions() {
        let lex = Lexicons::new();
        let r = Resolver::new(&lex, "", &[]);
        assert_eq!(
            r.mention("NATO Secretary General Mark Rutte"),
            Mention::Person("Mark Rutte".into())
        );
        assert_eq!(
            r.mention("Russian President Vladimir Putin"),
            Mention::Person("Vladimir Putin".into())
        );
        assert_eq!(
            r.mention("Britain’s defense ministry"),
            Mention::Organisation("Britain’s defense ministry".into())
        );
        assert_eq!(
            r.mention("the ministry"),
            Mention::Definite("ministry".into())
        );
        assert_eq!(r.mention("conflict analysts"), Mention::Vague);
        assert_eq!(
            r.mention("US and Ukrainian assessments from last year"),
            Mention::Vague
        );
        assert_eq!(r.mention("He"), Mention::Pronoun("he".into()));
        assert_eq!(r.mention("Rutte"), Mention::Single("Rutte".into()));
        assert_eq!(
            r.mention("NATO’s top civilian official"),
            Mention::Description(vec!["nato".into()])
        );
    }

    #[test]
    fn resolution() {
        let text = "NATO’s top civilian official said. NATO Secretary \
                    General Mark Rutte told them. He said. Rutte said.";
        let span = |i: usize, s: &str| Span::new(i, i + s.len());
        let sources = [
            span(0, "NATO’s top civilian official"),
            span(
                text.find("NATO S").unwrap(),
                "NATO Secretary General Mark Rutte",
            ),
            span(text.find("He").unwrap(), "He"),
            span(text.rfind("Rutte").unwrap(), "Rutte"),
        ];
        let lex = Lexicons::new();
        let r = Resolver::new(&lex, text, &sources);
        for (i, s) in sources.into_iter().enumerate() {
            assert_eq!(r.resolve(i, s).name.as_deref(), Some("Mark Rutte"));
        }
    }
}
