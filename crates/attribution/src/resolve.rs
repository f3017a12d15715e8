//! Who a source is: names, pronouns, short forms and descriptions
//! resolved to the named person or organisation earlier (or, for a
//! description, later) in the article.

use std::cell::{OnceCell, RefCell};

use factmark_core::lexicon::{is_possessive, with_lowercase, Map};
use factmark_core::Span;

use crate::clause::ADJECTIVES_TO;
use crate::lexicons::{
    in_list, is_name_article, Lexicons, NAME_PARTICLES, TIME_OPENERS,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum EntityKind {
    Person,
    Organisation,
    /// Several people, or the unnamed members of a body: what "they"
    /// stands for.
    Group,
    /// One capitalized word in the text ("Blankenship concurred"): a
    /// person if a name in full ends with it, looked up only when a
    /// pronoun needs a person there.
    Surname,
}

/// A named source seen in the article.
#[derive(Clone, Debug)]
struct Entity {
    name: String,
    kind: EntityKind,
    /// The whole source, whose capitalized words a description ("NATO's
    /// top civilian official") can share ([`Resolver::shares_word`]).
    source: Span,
    at: usize,
}

/// What the words of a source are.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Mention {
    /// `he`, `her`, `they`: the subject form, lower case.
    Pronoun(&'static str),
    Person(String),
    Organisation(String),
    /// `the ministry`: refers back to an organisation with that head.
    Definite(String),
    /// `the report`: refers back to a source headed by that word ("a
    /// report by the Fernleigh Foundation"), and is who made it.
    Work(String),
    /// `the 71-year-old`: the one person named just before, if only one
    /// was.
    Age,
    /// One capitalized word: a surname, or a place or body by name.
    Single(String),
    /// Unnamed people or words of a named body: `Researchers at Kestrel
    /// University` (plural), `a statement from Halvorsen Group`.
    Member {
        body: String,
        plural: bool,
    },
    /// Two named sources joined: `Reuters and Axios`, `Hamas and
    /// Israel`; "they" after it stands for both.
    Joined(String),
    /// Unnamed or collective: `conflict analysts`, `a spokesman`.
    Vague,
    /// A singular description: `NATO's top civilian official`, with its
    /// capitalized words, lower case, and whether its head is a title (a
    /// person's description, not "the U.S. state of Florida").
    Description {
        caps: Vec<String>,
        person: bool,
    },
}

/// A resolved source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Resolved {
    pub(crate) name: Option<String>,
    pub(crate) vague: bool,
}

/// A person, body or group named in the text: where, what, who.
type Name = (usize, EntityKind, String);

/// A source resolved to a name, as a pronoun after it may refer to it.
struct Referent {
    /// Where the source is.
    span: Span,
    kind: EntityKind,
    resolved: Resolved,
}

/// How many named sources back (or ahead) a pronoun, short form or
/// description looks for its referent: far more than any article needs,
/// and it keeps resolution linear on text that names thousands.
const REACH: usize = 64;

/// How many sentences before its own a pronoun looks for a name in the
/// text itself: the person or body it stands for need not have been
/// quoted ("Transport Secretary Helen Okafor defended the plan. She
/// said ...").
const SENTENCES_BACK: usize = 3;

/// How far back, in bytes, a pronoun reads the text itself for a name:
/// several long sentences, and a bound that keeps resolution linear in a
/// sentence that never ends.
const TEXT_REACH: usize = 4096;

/// How far back, in bytes, a surname alone looks for the name in full
/// when no source gave it, and at how many of the places it was written.
const SURNAME_REACH: usize = 16384;
const SURNAME_TRIES: usize = 8;

/// How far back, in bytes, "I" looks for the label of its speaker in an
/// interview, and at how many labels (some mark a language, "((es))").
const LABEL_REACH: usize = 16384;
const LABEL_TRIES: usize = 4;

/// Words that open a source naming no one: "a spokesman", "some
/// analysts", "one resident", "another eyewitness", "Others said".
const UNNAMED: &[&str] = &[
    "a", "an", "some", "several", "many", "one", "another", "other", "others",
    "most", "few",
];

/// Pronouns for no one in particular: "Nobody said", "Everyone agreed",
/// "All of these candidates confirmed".
const INDEFINITE: &[&str] = &[
    "nobody",
    "everyone",
    "everybody",
    "someone",
    "somebody",
    "anyone",
    "anybody",
    "all",
    "none",
    "both",
    "each",
    "many",
    "most",
];

/// Words after which a capitalized name is a place or an object, not
/// who a pronoun stands for ("in Port Ansel", "to Jakarta").
const PREPOSITIONS: &[&str] = &[
    "in", "at", "to", "from", "into", "near", "on", "of", "for", "with", "by",
    "across", "over", "under", "outside", "inside", "between", "against",
    "about", "than", "via", "toward", "towards", "through",
];

/// The prepositions after which a source names the body it belongs to or
/// comes from ("researchers at Kestrel University", "a statement by the
/// Supreme Court").
const BODY_PREPOSITIONS: &[&str] =
    &["at", "from", "for", "with", "by", "within", "inside"];

/// A lower-case word inside a name: a particle, or "of" ("University of
/// East Anglia").
fn name_link(w: &str) -> bool {
    w == "of" || in_list(w, NAME_PARTICLES)
}

pub(crate) struct Resolver<'a> {
    lex: &'a Lexicons,
    text: &'a str,
    /// The article's sentences, in order.
    sentences: &'a [Span],
    /// Its quotations, in order: names quoted are no referents.
    quotes: &'a [Span],
    /// The names in each sentence ([`Resolver::names_in`]), read when a
    /// pronoun or surname first looks there.
    names: Vec<OnceCell<Vec<Name>>>,
    /// The surnames alone looked up in the text so far, and the name in
    /// full found for each: an article repeats a surname many times.
    surnames: RefCell<Map<String, Option<String>>>,
    entities: Vec<Entity>,
    /// What each source given to [`Resolver::new`] is, in its order.
    mentions: Vec<Mention>,
    /// And who it is.
    resolved: Vec<Resolved>,
}

/// Words after a noun that open what describes it, before a preposition:
/// "people familiar with the matter", "officials speaking on condition
/// of anonymity"; [`ADJECTIVES_TO`] too, before "to" ("sources close to
/// the club").
const POSTNOMINAL: &[&str] = &[
    "familiar",
    "aware",
    "knowledgeable",
    "involved",
    "briefed",
    "speaking",
    "based",
    "working",
];

/// Where a source's noun phrase ends in its `words`: before its first
/// preposition ("US and Ukrainian assessments | from last year"), or
/// before the word that opens a description and takes one ("people |
/// familiar with the matter").
fn head_end(words: &[&str]) -> usize {
    // The prepositions after which a body is named, and "of", "in", "on".
    let preposition = |w: &str| {
        in_list(w, BODY_PREPOSITIONS) || in_list(w, &["of", "in", "on"])
    };
    let describes = |k: usize| {
        let next = words.get(k + 1).copied().unwrap_or("");
        in_list(words[k], POSTNOMINAL) && preposition(next)
            || in_list(words[k], ADJECTIVES_TO) && in_list(next, &["to"])
    };
    (1..words.len())
        .find(|&k| preposition(words[k]) || describes(k))
        .unwrap_or(words.len())
}

fn words(s: &str) -> Vec<&str> {
    word_iter(s).collect()
}

/// The words of `s`, split at spaces and commas.
fn word_iter(s: &str) -> impl DoubleEndedIterator<Item = &str> {
    s.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty())
}

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("’s").or_else(|| w.strip_suffix("'s")).unwrap_or(w)
}

fn capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase) || article_name(w)
}

/// A name after a short article of its own: "al-Sharaa", "el-Sisi".
fn article_name(w: &str) -> bool {
    w.split_once('-').is_some_and(|(article, name)| {
        is_name_article(article)
            && name.chars().next().is_some_and(char::is_uppercase)
    })
}

/// `the`, `a` or `an`, in any case: a capital that names nothing.
fn is_article(w: &str) -> bool {
    in_list(w, &["the", "a", "an"])
}

fn plural(w: &str) -> bool {
    with_lowercase(w, |w| w.ends_with('s') && !w.ends_with("ss"))
}

/// An acronym ("NATO", "US"): a body or a place, by name.
fn acronym(w: &str) -> bool {
    w.len() > 1 && w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
}

/// A char that can be part of a word: a letter, a digit, an inner
/// hyphen or apostrophe.
fn inner(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '\'' | '’')
}

/// The char before byte `at` (not before `floor`) is part of a word, so
/// no word starts at `at`.
fn inner_before(text: &str, at: usize, floor: usize) -> bool {
    at > floor && text[floor..at].chars().next_back().is_some_and(inner)
}

/// Spaces within a line.
fn spacing(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\u{a0}')
}

/// The end of the word starting at byte `at`, before `limit`, without a
/// trailing hyphen or apostrophe; and where its chars end.
fn word_end(text: &str, at: usize, limit: usize) -> (usize, usize) {
    let len = text[at..limit].find(|c: char| !inner(c)).unwrap_or(limit - at);
    let w = text[at..at + len].trim_end_matches(['-', '\'', '’']);
    (at + w.len(), at + len)
}

/// A capitalized word that can be part of a name: not "I" or "I've".
fn name_word(w: &str) -> bool {
    capitalized(w) && w != "I" && !w.starts_with("I'") && !w.starts_with("I’")
}

/// The words of the run of capitalized words starting at byte `at`,
/// before `limit`: only spaces between them (an initial's stop too:
/// "Pedro R. Pierluisi", "U.S. Army"), and lower-case links between two
/// of them ("University of East Anglia"). Empty if no name word starts
/// at `at`.
fn run_at(text: &str, at: usize, limit: usize) -> Vec<(usize, usize)> {
    let mut words = Vec::new();
    let mut pos = at;
    loop {
        let (w_end, end) = word_end(text, pos, limit);
        let w = &text[pos..w_end];
        let is_name = name_word(w);
        if w.is_empty() || !(is_name || (!words.is_empty() && name_link(w))) {
            break;
        }
        words.push((pos, w_end));
        if w_end < end {
            break;
        }
        let mut g = end;
        let initial = w.len() == 1 && w.as_bytes()[0].is_ascii_uppercase();
        let stop =
            initial && text.as_bytes().get(g) == Some(&b'.') && g < limit;
        if stop {
            g += 1;
        }
        let gap =
            text[g..limit].find(|c: char| !spacing(c)).unwrap_or(limit - g);
        if (gap == 0 && !stop) || g + gap >= limit {
            break;
        }
        pos = g + gap;
    }
    // A link ends no name.
    while words.last().is_some_and(|&(a, b)| !name_word(&text[a..b])) {
        words.pop();
    }
    words
}

/// Where an initial and its stop ("R. ", "L.") just before byte `at`
/// (not before `floor`) begin.
fn initial_before(text: &str, at: usize, floor: usize) -> Option<usize> {
    let t = text[floor..at].trim_end_matches(spacing);
    let t = t.strip_suffix('.')?;
    let c = t.chars().next_back()?;
    let start = floor + t.len() - c.len_utf8();
    (c.is_ascii_uppercase() && !inner_before(text, start, floor))
        .then_some(start)
}

/// The word just before byte `at` (not before `floor`), with only spaces
/// between.
fn word_before(text: &str, at: usize, floor: usize) -> Option<(usize, usize)> {
    let before = &text[floor..at];
    let trimmed = before.trim_end_matches(spacing);
    if trimmed.len() == before.len() {
        return None;
    }
    let end = floor + trimmed.len();
    let start = floor
        + trimmed
            .char_indices()
            .rev()
            .find(|&(_, c)| !inner(c))
            .map_or(0, |(p, c)| p + c.len_utf8());
    let w = text[start..end].trim_end_matches(['-', '\'', '’']);
    (!w.is_empty() && w.len() == end - start).then_some((start, end))
}

impl<'a> Resolver<'a> {
    /// Learns the named sources of the article among `sources` and
    /// resolves every one; `sentences` and `quotes` are the article's.
    pub(crate) fn new(
        lex: &'a Lexicons,
        text: &'a str,
        sentences: &'a [Span],
        quotes: &'a [Span],
        sources: &[Span],
    ) -> Resolver<'a> {
        let mut r = Resolver {
            lex,
            text,
            sentences,
            quotes,
            names: vec![OnceCell::new(); sentences.len()],
            surnames: RefCell::default(),
            entities: Vec::new(),
            mentions: Vec::with_capacity(sources.len()),
            resolved: Vec::with_capacity(sources.len()),
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
                r.entities.push(Entity { name, kind, source: s, at: s.start });
            }
        }
        // In text order, for the searches of `before` and `after`.
        r.entities.sort_by_key(|e| e.at);
        // Resolved in text order, so a pronoun can stand for a short form
        // resolved before it.
        let mut order: Vec<usize> = (0..sources.len()).collect();
        order.sort_by_key(|&i| sources[i].start);
        let mut resolved =
            vec![Resolved { name: None, vague: false }; sources.len()];
        let mut referents = Vec::new();
        for i in order {
            let res = r.resolve_one(i, sources[i], &referents);
            if let Some(kind) = r.referent_kind(i, &res) {
                referents.push(Referent {
                    span: sources[i],
                    kind,
                    resolved: res.clone(),
                });
            }
            resolved[i] = res;
        }
        r.resolved = resolved;
        r
    }

    /// "Reuters and Axios", "The Israel Defense Forces and Shin Bet":
    /// two names of capitals joined by "and", neither with a title (in
    /// "Road Transport and Bridges Minister Obaidul Quader" the "and" is
    /// the title's), each a name of its own; both, as one source.
    fn joined_names(&self, all: &[&str]) -> Option<String> {
        let k = all.iter().rposition(|w| *w == "and")?;
        let plain = |side: &[&str]| {
            let lead = side
                .iter()
                .take_while(|w| in_list(w, &["the", "both"]))
                .count();
            let side = &side[lead..];
            (!side.is_empty()
                && side.iter().all(|w| {
                    // "India's Securities and Exchange Board": one body.
                    capitalized(w)
                        && !is_possessive(w)
                        && !self.lex.is_title(w)
                        && !self.lex.is_title_modifier(w)
                }))
            .then(|| side.join(" "))
        };
        let name = |side: String| match self.mention(&side) {
            Mention::Person(n)
            | Mention::Organisation(n)
            | Mention::Single(n) => Some(n),
            _ => None,
        };
        // "Securities and Exchange Commission": the words of one body,
        // whose head only the second half has.
        let body = |w: &&str| self.lex.is_organisation(w);
        if all.last().is_some_and(body) && !all[..k].last().is_some_and(body) {
            return None;
        }
        let left = name(plain(&all[..k])?)?;
        let right = name(plain(&all[k + 1..])?)?;
        Some(format!("{left} and {right}"))
    }

    /// Who each source given to [`Resolver::new`] is, in their order.
    pub(crate) fn into_resolved(self) -> Vec<Resolved> {
        self.resolved
    }

    /// Whether entity `e`'s source has a capitalized word among `caps`
    /// (lower case).
    fn shares_word(&self, e: &Entity, caps: &[String]) -> bool {
        word_iter(&self.text[e.source])
            .filter(|w| capitalized(w) && !is_article(w))
            .any(|w| caps.contains(&strip_possessive(w).to_lowercase()))
    }

    /// What a pronoun after source `index`, resolved as `res`, may refer
    /// to it as.
    fn referent_kind(
        &self,
        index: usize,
        res: &Resolved,
    ) -> Option<EntityKind> {
        let name = res.name.as_deref()?;
        match &self.mentions[index] {
            Mention::Person(_)
            | Mention::Description { .. }
            | Mention::Age => Some(EntityKind::Person),
            Mention::Organisation(_)
            | Mention::Definite(_)
            | Mention::Work(_) => Some(EntityKind::Organisation),
            Mention::Member { plural: true, .. } => Some(EntityKind::Group),
            Mention::Member { plural: false, .. } => {
                Some(EntityKind::Organisation)
            }
            // "I" speaks; "she" after it is someone else.
            Mention::Pronoun("i") => None,
            Mention::Pronoun(p) => pronoun_kind(p),
            // A lone name resolved to a person named in full before.
            Mention::Single(_) => {
                name.contains(' ').then_some(EntityKind::Person)
            }
            Mention::Joined(_) => Some(EntityKind::Group),
            Mention::Vague => None,
        }
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

    /// The work a noun phrase `ws` (up to its head) names, lower case:
    /// a head in lower case that `media_nouns.txt` lists ("report").
    fn work(&self, ws: &[&str]) -> Option<String> {
        let last = ws.last()?;
        (!capitalized(last) && self.lex.is_media_noun(last))
            .then(|| last.to_lowercase())
    }

    fn mention(&self, s: &str) -> Mention {
        let mut all = words(s);
        // "Rick Santorum himself": the reflexive only stresses the name.
        if all.len() > 1
            && all.last().is_some_and(|w| {
                in_list(w, &["himself", "herself", "itself", "themselves"])
            })
        {
            all.pop();
        }
        // "the Supreme Court (Oberster Gerichtshof) of Austria": what is
        // in brackets is another name of the same.
        if all.iter().any(|w| w.ends_with(')')) {
            let mut inside = false;
            all.retain(|w| {
                inside |= w.starts_with('(');
                let keep = !inside;
                inside &= !w.ends_with(')');
                keep
            });
        }
        // "the Royal Palace of Cambodia", "the Centers for Disease Control
        // and Prevention": after "the", a name of capitals joined by "of"
        // or "for" is a body's, whole ("Doug Miller of Milltech Marine" is
        // a person and where he works; a title makes it a person's).
        let the = all.first().is_some_and(|w| in_list(w, &["the"]));
        let name = &all[usize::from(the)..];
        // A title heads a person ("the Secretary of State Marco Rubio"),
        // but inside a body's name it is a word of it ("the Directorate
        // General of Civil Aviation", "the Office of the Director of
        // National Intelligence").
        let joined = the
            && name.len() >= 3
            && name.iter().any(|w| in_list(w, &["of", "for"]))
            && capitalized(name[0])
            && !self.lex.is_title(strip_possessive(name[0]))
            && name.last().is_some_and(|w| capitalized(w))
            && name.iter().all(|w| {
                in_list(w, &["of", "for", "and", "on", "the"])
                    || capitalized(w)
            });
        if joined {
            return Mention::Organisation(name.join(" "));
        }
        if let Some(both) = self.joined_names(&all) {
            return Mention::Joined(both);
        }
        let core = head_end(&all);
        let ws = &all[..core];
        let Some(&last) = ws.last() else { return Mention::Vague };
        // "The 71-year-old": an age stands for a person named before.
        if all.len() == 2
            && in_list(all[0], &["the"])
            && last.strip_suffix("-year-old").is_some_and(|n| {
                !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())
            })
        {
            return Mention::Age;
        }

        if ws.len() == 1 {
            if let Some(p) = pronoun(last) {
                return Mention::Pronoun(p);
            }
            // "Tuesday": a time read as a subject names no one, nor does
            // "Nobody", "All (of these candidates)" or "Data (shows)".
            if self.lex.is_calendar_word(last)
                || in_list(last, INDEFINITE)
                || core == all.len()
                    && with_lowercase(last, |w| self.lex.is_media_noun(w))
            {
                return Mention::Vague;
            }
        }
        let first = ws[0];
        // "the Vox website", "a UN report": the body that published it
        // ("Manila Bulletin" is the name itself).
        let of_a_body =
            core < all.len() && in_list(all[core], BODY_PREPOSITIONS);
        // "The report", "the survey of 800 residents": a work named before.
        if ws.len() == 2
            && !of_a_body
            && in_list(first, &["the", "this", "that"])
        {
            if let Some(head) = self.work(ws) {
                return Mention::Work(head);
            }
        }
        if ws.len() >= 2
            && !of_a_body
            && !capitalized(last)
            && self.lex.is_media_noun(last)
        {
            let from = usize::from(is_article(first) || is_possessive(first));
            let name = &ws[from..ws.len() - 1];
            // A lone capital opening the sentence may be any word
            // ("Shipping data"); an acronym is a name ("NEOC data").
            let opening = from == 0 && name.len() == 1 && !acronym(name[0]);
            if !name.is_empty()
                && !opening
                && name
                    .iter()
                    .all(|w| capitalized(w) && !self.lex.is_starter(w))
            {
                return Mention::Organisation(name.join(" "));
            }
            // "a new report", "Maritime tracking data": a work nobody is
            // named for.
            if core == all.len()
                && !in_list(first, &["the", "this", "that"])
                && !ws.iter().any(|w| is_possessive(w))
            {
                return Mention::Vague;
            }
        }
        // "Secretary of State Marco Rubio", "Governor of the Bank of
        // England Andrew Bailey", "Senator from Vermont Bernie Sanders": a
        // title, what it is of, then the name
        // (its last two words, three with an initial between).
        // All after "of" is capitals and the words that join them, or
        // words in lower case before the name ("secretary of state Marco
        // Rubio", "minister of foreign affairs Abbas Araghchi").
        // So too "ambassador to Russia Kazem Jalali".
        let of = (core < all.len()
            && in_list(all[core], &["of", "for", "from"])
            && self.lex.is_title(strip_possessive(last)))
        .then_some(core + 1);
        let to = || {
            let t = all.iter().position(|w| in_list(w, &["to"]))?;
            (t > 0 && self.lex.is_title(strip_possessive(all[t - 1])))
                .then_some(t + 1)
        };
        let title_of = of.or_else(to).filter(|&from| {
            !in_list(first, &["a", "an"])
                && from < all.len()
                && all[from..].iter().all(|w| {
                    capitalized(w)
                        || in_list(w, &["the", "of", "for", "and"])
                        || w.chars().all(char::is_lowercase)
                            && !in_list(w, PREPOSITIONS)
                })
        });
        if let Some(from) = title_of {
            let rest = &all[from..];
            let run = rest
                .iter()
                .rev()
                .take_while(|w| {
                    let initial = w.trim_end_matches('.').len() == 1;
                    capitalized(w)
                        && !self.lex.is_title(w)
                        && (initial || !acronym(w))
                })
                .count();
            // What the title is of keeps its first word ("of State",
            // not the name "Information Moammar"; "to the United
            // Nations" names no one).
            let place = rest.len() - usize::from(is_article(rest[0]));
            let run = if run >= place { place.saturating_sub(1) } else { run };
            let tail = &all[all.len() - run..];
            let body =
                tail.last().is_some_and(|w| self.lex.is_organisation(w));
            // "Undersecretary for Education Mr. Toccafondi": a surname
            // after an honorific is name enough.
            let honorific = run == 1
                && all.len() >= 2
                && in_list(
                    all[all.len() - 2],
                    &["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."],
                );
            if honorific && !body {
                return Mention::Person(tail[0].to_string());
            }
            if run >= 2 && !body {
                let keep = if run >= 3
                    && tail[run - 2].trim_end_matches('.').len() == 1
                {
                    3
                } else {
                    2
                };
                return Mention::Person(all[all.len() - keep..].join(" "));
            }
        }
        // "Researchers at Kestrel University", "a statement from
        // Halvorsen Group": unnamed, of a body that is named.
        let body = all
            .get(core)
            .filter(|p| in_list(p, BODY_PREPOSITIONS))
            .and_then(|_| {
                let rest = &all[core + 1..];
                let rest = match rest.first() {
                    Some(w) if in_list(w, &["the"]) => &rest[1..],
                    _ => rest,
                };
                // The whole rest a name: "from Omsk hospital" is no body.
                let name = !rest.is_empty()
                    && capitalized(rest[0])
                    && rest.iter().all(|w| capitalized(w) || name_link(w));
                name.then(|| rest.join(" "))
            });
        // "by" names who made it, whatever it is ("evidence by The New
        // York Times", "results announced by interior minister Raymond
        // Mboulou").
        // So too past a time after a participle ("a poll published on
        // Wednesday by Larkspur Research").
        let participle = |w: &&str| !capitalized(w) && w.ends_with("ed");
        let by_at = all[core..]
            .iter()
            .position(|w| in_list(w, &["by"]))
            .map(|p| core + p)
            .filter(|&p| {
                p == core
                    || ws.last().is_some_and(participle)
                        && all[core..p].iter().all(|w| {
                            in_list(w, TIME_OPENERS)
                                || self.lex.is_calendar_word(w)
                                || w.bytes().all(|b| b.is_ascii_digit())
                        })
            });
        let by = by_at.is_some();
        let unnamed = by
            || in_list(first, UNNAMED)
            || self.lex.is_media_noun(last)
            || (plural(last) && !capitalized(ws.get(1).unwrap_or(&first)))
            || (ws.len() == 1 && plural(last));
        if let Some(body) = body.filter(|_| unnamed) {
            // "a memo posted by Senator Juan Dalmau": a person's.
            if let Mention::Person(name) = self.mention(&body) {
                return Mention::Person(name);
            }
            return Mention::Member { body, plural: plural(last) };
        }
        if let Some(p) = by_at {
            let agent = self.mention(&all[p + 1..].join(" "));
            if let Mention::Person(_)
            | Mention::Organisation(_)
            | Mention::Member { .. }
            | Mention::Joined(_) = agent
            {
                return agent;
            }
        }
        // "Residents said", "Critics from across the spectrum": a
        // collective source. "Police said", "authorities said": the body
        // the text named with that word, else the same ("police in
        // Baytown, Texas" is a body of its own).
        // So too with words before it in lower case or a people's name:
        // "local residents", "Nigerian police" ("Thames Valley Police"
        // is a force by name).
        let described = ws.len() > 1
            && !capitalized(last)
            && ws[..ws.len() - 1]
                .iter()
                .all(|w| !self.lex.is_title(w) && !in_list(w, &["and", "&"]));
        if (ws.len() == 1 || described) && self.lex.is_collective_source(last)
        {
            // Described, it is not the force the text named ("Indonesian
            // police" after "the Metropolitan Police").
            if described || !self.lex.is_organisation(last) {
                return Mention::Vague;
            }
            if core == all.len() {
                return Mention::Definite(last.to_lowercase());
            }
        }
        // "Reports" or "Officials" opening a sentence name no one.
        if ws.len() == 1 && plural(last) {
            let singular = &last[..last.len() - 1];
            if self.lex.is_media_noun(singular) || self.lex.is_title(singular)
            {
                return Mention::Vague;
            }
        }
        let head_is_org = self.lex.is_organisation(last)
            || (ws.len() >= 2
                && self.lex.is_organisation_pair(ws[ws.len() - 2], last));
        if head_is_org && !last.ends_with("forces") {
            // "the ministry", but "The Greyhaven Nurses’ Association".
            let named = ws[1..].iter().any(|w| capitalized(w));
            if in_list(first, &["the", "this", "that"]) && !named {
                return Mention::Definite(last.to_lowercase());
            }
            if in_list(first, &["a", "an"]) {
                return Mention::Vague;
            }
            // "American airline company Southwest Airlines": a name
            // written after what the body is. The name is the capitals at
            // the end with the words that join them ("Securities and
            // Exchange Commission"); after "and" or "the" the whole is one
            // or two bodies' names.
            let linking =
                |w: &str| in_list(w, &["and", "&", "of", "for", "the"]);
            let mut k = ws.len();
            while k > 0 && (capitalized(ws[k - 1]) || linking(ws[k - 1])) {
                k -= 1;
            }
            while k < ws.len() && linking(ws[k]) {
                k += 1;
            }
            if k > 0 && ws.len() - k >= 2 && !linking(ws[k - 1]) {
                return Mention::Organisation(all[k..].join(" "));
            }
            let name = s.trim();
            let name = if in_list(first, &["the"]) {
                name[first.len()..].trim_start()
            } else {
                name
            };
            return Mention::Organisation(name.to_string());
        }
        // A name: the capitalized words after the titles (and after "The"
        // opening a sentence).
        let mut name_start = ws.len();
        let in_name = |w: &str| {
            capitalized(w)
                && !self.lex.is_title(strip_possessive(w))
                && !is_possessive(w)
                && !is_article(w)
        };
        // "Former prime minister John Major", "civil rights leader Martin
        // Luther King": after a title and a given name, a word of titles
        // in capitals is the surname (not after words that describe:
        // "Chief Technological Officer").
        let n = ws.len();
        let given =
            |w: &str| in_name(w) && !w.ends_with("al") && !w.ends_with("ic");
        let first_given = (0..n.saturating_sub(1))
            .rev()
            .take_while(|&k| given(ws[k]))
            .last();
        if n >= 3
            && capitalized(ws[n - 1])
            && !is_possessive(ws[n - 1])
            && self.lex.is_title(ws[n - 1])
            && first_given
                .is_some_and(|k| k > 0 && self.lex.is_title(ws[k - 1]))
        {
            name_start = n - 1;
        }
        while name_start > 0 {
            let w = ws[name_start - 1];
            // "Lula da Silva": a particle between two words of the name.
            let particle = in_list(w, NAME_PARTICLES)
                && name_start < ws.len()
                && name_start >= 2
                && (in_name(ws[name_start - 2])
                    || in_list(ws[name_start - 2], NAME_PARTICLES));
            // "The Lost 52 Project": a number between two words of the
            // name.
            let numeral = w.bytes().all(|b| b.is_ascii_digit())
                && name_start < ws.len()
                && name_start >= 2
                && in_name(ws[name_start - 2]);
            // "One senator", "Others": no name ("Formula One" is one).
            let unnamed = name_start == 1 && in_list(w, UNNAMED);
            if !(in_name(w) || particle || numeral) || unnamed {
                break;
            }
            name_start -= 1;
        }
        let name = &ws[name_start..];
        // "Health Canada", "Interior Ministry Office": title words that
        // only qualify another title, with none for them to qualify, are
        // words of the name.
        let qualifiers = ws[..name_start]
            .iter()
            .rev()
            .take_while(|w| {
                capitalized(w)
                    && self.lex.is_title_modifier(strip_possessive(w))
            })
            .count();
        // Nothing but an article before them.
        let rest = &ws[..name_start - qualifiers];
        if !name.is_empty()
            && qualifiers > 0
            && (rest.is_empty() || rest.len() == 1 && is_article(rest[0]))
        {
            return Mention::Organisation(
                ws[name_start - qualifiers..].join(" "),
            );
        }
        // "the Recording Academy", "The Hellenic Coast Guard": no person
        // is named with "the" before the name.
        if !name.is_empty()
            && name_start > 0
            && in_list(ws[name_start - 1], &["the"])
        {
            return Mention::Organisation(name.join(" "));
        }
        if name.len() >= 2 {
            return Mention::Person(name.join(" "));
        }
        // "One MP", "a CEO": a title in capitals names no one.
        if name.len() == 1
            && in_list(first, UNNAMED)
            && self.lex.is_title(strip_possessive(name[0]))
        {
            return Mention::Vague;
        }
        if name.len() == 1 && (ws.len() == 1 || name_start > 0) {
            let w = name[0];
            // An acronym (NATO) is a body; a lone name may be a surname.
            if acronym(w) {
                return Mention::Organisation(w.to_string());
            }
            return if ws.len() == 1 {
                Mention::Single(w.to_string())
            } else {
                Mention::Person(w.to_string())
            };
        }
        if in_list(first, UNNAMED) {
            return Mention::Vague;
        }
        if plural(last) {
            return Mention::Vague;
        }
        let caps = all
            .iter()
            .filter(|w| capitalized(w) && !is_article(w))
            .map(|w| strip_possessive(w).to_lowercase())
            .collect();
        let person = self.lex.is_title(strip_possessive(last));
        Mention::Description { caps, person }
    }

    /// Resolves source `index`, at `span`, given the `referents` resolved
    /// before it.
    fn resolve_one(
        &self,
        index: usize,
        span: Span,
        referents: &[Referent],
    ) -> Resolved {
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
                // "I" is the speaker an interview labels, else of a
                // quotation, not someone the text named before; "we" in
                // an interview is the speaker too, with those they speak
                // for. ("you" is left alone: as often as the one spoken
                // to, it is anyone, "you find what you do not look for".)
                if matches!(*p, "i" | "we") {
                    if let Some(label) = self.labelled_speaker(at) {
                        return named(Some(label));
                    }
                }
                let Some(kind) = pronoun_kind(p) else {
                    return Resolved { name: None, vague: true };
                };
                if *p != "i" {
                    let any = |_: &str| true;
                    if let Some(found) =
                        self.antecedent(at, kind, referents, &any)
                    {
                        return found;
                    }
                }
                if kind == EntityKind::Group {
                    return Resolved { name: None, vague: true };
                }
                // A long quotation: the speaker named further back.
                let e = self.before(at, false).find(|e| e.kind == kind);
                named(e.map(|e| e.name.clone()))
            }
            Mention::Definite(head) => {
                // "the bank": a body whose name has "Bank" ("Reserve Bank
                // of Australia", "Santander Bank").
                // Not the head alone: "Police arrested him. Police said".
                let has_head = |name: &str| {
                    with_lowercase(name, |n| {
                        n != head && n.split(' ').any(|w| w == head)
                    })
                };
                let e = self.before(at, false).find(|e| {
                    e.kind == EntityKind::Organisation && has_head(&e.name)
                });
                if let Some(e) = e {
                    return named(Some(e.name.clone()));
                }
                // Or one the text named before, not as a source: "The
                // Reserve Bank of Australia raised rates. The bank said".
                // The names of a sentence are read only if the head is
                // there in capitals.
                let mut chars = head.chars();
                let capital: String = chars
                    .next()
                    .map(|c| c.to_uppercase().chain(chars).collect())
                    .unwrap_or_default();
                let floor = self.reach_back(at, TEXT_REACH);
                if self.text[floor..at].contains(&*capital) {
                    let in_text =
                        self.sentences_back(at).find_map(|(i, part)| {
                            self.names_between(i, part.start, part.end)
                                .iter()
                                .rev()
                                .find(|n| {
                                    n.1 == EntityKind::Organisation
                                        && has_head(&n.2)
                                })
                                .map(|n| n.2.clone())
                        });
                    if in_text.is_some() {
                        return named(in_text);
                    }
                }
                // "Tessaro Pharmaceuticals ... The company denied": a
                // generic body stands for the last one named, as "it".
                if self.lex.is_generic_organisation(head) {
                    // "the Department of Energy" is no company.
                    let company = |name: &str| {
                        !name.contains(" of ")
                            && name
                                .rsplit(' ')
                                .next()
                                .is_some_and(|w| self.lex.is_company_word(w))
                    };
                    let found = self.antecedent(
                        at,
                        EntityKind::Organisation,
                        referents,
                        &company,
                    );
                    if let Some(found) = found {
                        return found;
                    }
                }
                // "the police", named nowhere: a collective source.
                if self.lex.is_collective_source(head) {
                    return Resolved { name: None, vague: true };
                }
                // The words after its determiner: "the ministry" and "The
                // ministry" are "ministry".
                let text = &self.text[span];
                let fallback = match text.split_once(' ') {
                    Some((first, rest))
                        if in_list(first, &["the", "this", "that"]) =>
                    {
                        rest
                    }
                    _ => text,
                };
                named(Some(fallback.trim().to_string()))
            }
            Mention::Work(head) => {
                // The work last brought in before ("the report" only refers
                // back to it), when a source is headed by it: "A report by
                // the Marlow County Water District" (not when "the
                // government published its own report" since).
                let floor = self.reach_back(at, TEXT_REACH);
                let before = self.text[floor..at].to_ascii_lowercase();
                let b = before.as_bytes();
                let edge = |c: Option<&u8>| {
                    !c.is_some_and(|c| c.is_ascii_alphanumeric())
                };
                let definite = |i: usize| {
                    let word = before[..i].trim_end().rsplit(' ').next();
                    word.is_some_and(|w| in_list(w, &["the", "this", "that"]))
                };
                let last =
                    before.rmatch_indices(head.as_str()).find(|&(i, w)| {
                        edge(i.checked_sub(1).and_then(|p| b.get(p)))
                            && edge(b.get(i + w.len()))
                            && !definite(i)
                    });
                let from = referents.partition_point(|r| r.span.start < at);
                let maker = last.and_then(|(i, _)| {
                    let pos = floor + i;
                    referents[..from]
                        .iter()
                        .rev()
                        .take(REACH)
                        .find(|r| r.span.start <= pos && pos < r.span.end)
                        .filter(|r| {
                            let all = words(&self.text[r.span]);
                            self.work(&all[..head_end(&all)]).as_ref()
                                == Some(head)
                        })
                });
                match maker {
                    Some(r) => r.resolved.clone(),
                    None => match last
                        .and_then(|(i, _)| self.publisher(floor + i))
                    {
                        Some(name) => named(Some(name)),
                        None => Resolved { name: None, vague: true },
                    },
                }
            }
            Mention::Age => match self.people_before(at, referents).as_slice()
            {
                [one] => named(Some(one.clone())),
                _ => Resolved { name: None, vague: true },
            },
            Mention::Single(w) => {
                named(Some(self.full_name(at, w).unwrap_or_else(|| w.clone())))
            }
            Mention::Member { body, plural } => {
                Resolved { name: Some(body.clone()), vague: *plural }
            }
            Mention::Joined(name) => named(Some(name.clone())),
            Mention::Vague => Resolved { name: None, vague: true },
            Mention::Description { caps, person } => {
                // "The commissioner said", after "commissioner Albert
                // Muchanga": the person the text named with that title.
                if *person && caps.is_empty() {
                    if let Some(found) = self.titled_before(at, span) {
                        return named(Some(found));
                    }
                }
                // The nearest person before, else after, sharing a name
                // word: "NATO's top civilian official" and "NATO
                // Secretary General Mark Rutte".
                let shares =
                    |e: &&Entity| *person && self.shares_word(e, caps);
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

    /// Who a pronoun of `kind` at byte `at` stands for: in its sentence
    /// (before it) or else the nearest of the [`SENTENCES_BACK`] before,
    /// the first source of that kind resolved there, else the first
    /// person or body of that kind named there (the subject, before
    /// names later in the sentence); only names that `accept` takes.
    fn antecedent(
        &self,
        at: usize,
        kind: EntityKind,
        referents: &[Referent],
        accept: &dyn Fn(&str) -> bool,
    ) -> Option<Resolved> {
        for (i, sentence) in self.sentences_back(at) {
            let end = sentence.end;
            let from =
                referents.partition_point(|r| r.span.start < sentence.start);
            let resolved = referents[from..]
                .iter()
                .take_while(|r| r.span.start < end)
                .find(|r| {
                    r.kind == kind
                        && r.resolved.name.as_deref().is_some_and(accept)
                })
                .map(|r| (r.span.start, r.resolved.clone()));
            let named = || {
                self.names_between(i, sentence.start, end).iter().find_map(
                    |(at, k, name)| {
                        let name = if *k == kind && accept(name) {
                            name.clone()
                        } else if *k == EntityKind::Surname
                            && kind == EntityKind::Person
                        {
                            self.full_name(*at, name)?
                        } else {
                            return None;
                        };
                        Some((
                            *at,
                            Resolved { name: Some(name), vague: false },
                        ))
                    },
                )
            };
            if let Some((_, found)) = resolved.or_else(named) {
                return Some(found);
            }
        }
        None
    }

    /// The sentences a reference at byte `at` reads back through: its
    /// own up to `at` and the [`SENTENCES_BACK`] before it, within
    /// [`TEXT_REACH`], nearest first, each as its index and the part read.
    fn sentences_back(
        &self,
        at: usize,
    ) -> impl Iterator<Item = (usize, Span)> + '_ {
        self.sentences_back_by(at, SENTENCES_BACK)
    }

    /// [`Resolver::sentences_back`], reading `count` sentences back.
    fn sentences_back_by(
        &self,
        at: usize,
        count: usize,
    ) -> impl Iterator<Item = (usize, Span)> + '_ {
        let own = self.sentences.partition_point(|s| s.end <= at);
        let back = own.saturating_sub(count);
        let floor = self.reach_back(at, TEXT_REACH);
        let own = own.min(self.sentences.len().saturating_sub(1));
        (back..=own).rev().filter_map(move |i| {
            let sentence = self.sentences.get(i)?;
            let end = sentence.end.min(at);
            (end > sentence.start && end > floor)
                .then(|| (i, Span::new(sentence.start.max(floor), end)))
        })
    }

    /// The people resolved or named before byte `at`, in the sentences
    /// [`Resolver::sentences_back`] reads, each once.
    fn people_before(&self, at: usize, referents: &[Referent]) -> Vec<String> {
        let mut people: Vec<String> = Vec::new();
        let mut add = |name: String| {
            if !people.contains(&name) {
                people.push(name);
            }
        };
        for (i, part) in self.sentences_back(at) {
            let from =
                referents.partition_point(|r| r.span.start < part.start);
            for r in referents[from..]
                .iter()
                .take_while(|r| r.span.start < part.end)
            {
                if let (EntityKind::Person, Some(name)) =
                    (r.kind, &r.resolved.name)
                {
                    add(name.clone());
                }
            }
            let sentence = self.sentences[i];
            for (pos, kind, name) in
                self.names_between(i, part.start, part.end)
            {
                // A lone capital opening the sentence may be any word
                // ("Former mayor Harold Bixby"); inside it, a first name
                // ("her son Daniel") is someone.
                let opening = !self.text[sentence.start..*pos]
                    .contains(|c: char| c.is_alphanumeric());
                match kind {
                    EntityKind::Person => add(name.clone()),
                    EntityKind::Surname => match self.full_name(*pos, name) {
                        Some(full) => add(full),
                        None if !opening => add(name.clone()),
                        None => {}
                    },
                    _ => {}
                }
            }
        }
        people
    }

    /// The full name of the person whose surname alone, `surname`, is at
    /// byte `at`: a source's name, else one written before
    /// ([`Resolver::named_in_full`], remembered per surname).
    fn full_name(&self, at: usize, surname: &str) -> Option<String> {
        let source = self.before(at, true).find(|e| {
            e.kind == EntityKind::Person
                && e.name.split(' ').next_back() == Some(surname)
        });
        if let Some(e) = source {
            return Some(e.name.clone());
        }
        // "Terri Collins ... Terri said": a given name alone, of a person
        // a source named in full.
        let given = self.before(at, true).find(|e| {
            e.kind == EntityKind::Person
                && e.name.contains(' ')
                && e.name.split(' ').next() == Some(surname)
        });
        if let Some(e) = given {
            return Some(e.name.clone());
        }
        if let Some(found) = self.surnames.borrow().get(surname) {
            return found.clone();
        }
        let found = self.named_in_full(at, surname);
        self.surnames.borrow_mut().insert(surname.to_string(), found.clone());
        found
    }

    /// The person named in full, in the text before byte `at`, whose
    /// surname is `surname` ("Council leader Maren Holt ... Holt said"):
    /// the nearest of the last few places the surname was written, as far
    /// back as [`SURNAME_REACH`] bytes, where capitalized words before it
    /// make a name.
    fn named_in_full(&self, at: usize, surname: &str) -> Option<String> {
        let floor = self.reach_back(at, SURNAME_REACH);
        let mut end = at;
        for _ in 0..SURNAME_TRIES {
            let p = floor
                + memchr::memmem::rfind(
                    &self.text.as_bytes()[floor..end],
                    surname.as_bytes(),
                )?;
            end = p;
            let e = p + surname.len();
            let whole = !self.text[..p]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
                && !self.text[e..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
            if !whole {
                continue;
            }
            // The capitalized words just before it, on its line.
            let floor = self.reach_back(p, 160);
            let mut first = p;
            loop {
                let back = word_before(self.text, first, floor)
                    .filter(|&(a, b)| capitalized(&self.text[a..b]))
                    .map(|(a, _)| a)
                    .or_else(|| initial_before(self.text, first, floor));
                match back {
                    Some(a) => first = a,
                    None => break,
                }
            }
            let words = run_at(self.text, first, e);
            let k = self.starters(&words);
            if k + 1 >= words.len() || words[words.len() - 1].1 != e {
                continue;
            }
            // With the title before it when what the title is of comes
            // between, so that is not read as a given name.
            let start =
                self.title_of_before(first, floor).unwrap_or(words[k].0);
            let run = &self.text[start..e];
            if let Some(name) = self.person(self.mention(run)) {
                return Some(name);
            }
        }
        None
    }

    /// Where the title starts before the capitalized words from byte
    /// `first` (not before `floor`), when they begin with what it is of:
    /// "Secretary of State | Antony Blinken", "Senator from Vermont |
    /// Bernie Sanders", "Governor of the Bank of England | Andrew Bailey".
    fn title_of_before(&self, first: usize, floor: usize) -> Option<usize> {
        let word = |(a, b): (usize, usize)| &self.text[a..b];
        let mut at = first;
        // A few links at most: "of the Bank of England".
        for _ in 0..4 {
            let (a, b) = word_before(self.text, at, floor)?;
            if in_list(word((a, b)), &["the"]) {
                at = a;
                continue;
            }
            if !in_list(word((a, b)), &["of", "for", "from"]) {
                return None;
            }
            let before = word_before(self.text, a, floor)?;
            if self.lex.is_title(word(before)) {
                return Some(before.0);
            }
            // A body's name between: go back over its capitals.
            at = a;
            while let Some(w) =
                word_before(self.text, at, floor).filter(|&w| {
                    capitalized(word(w)) && !self.lex.is_title(word(w))
                })
            {
                at = w.0;
            }
            if at == a {
                return None;
            }
        }
        None
    }

    /// The speaker of an interview turn before byte `at`: the nearest
    /// label of capitalized words in double brackets, as interviews are
    /// written on some news sites ("((Dorsa Derakhshani)) I think ...",
    /// "((WN)) ...").
    fn labelled_speaker(&self, at: usize) -> Option<String> {
        let floor = self.reach_back(at, LABEL_REACH);
        let hay = &self.text.as_bytes()[floor..at];
        let mut end = hay.len();
        for _ in 0..LABEL_TRIES {
            let open = memchr::memmem::rfind(&hay[..end], b"((")?;
            end = open;
            let rest = &hay[open + 2..];
            let Some(close) = memchr::memmem::find(rest, b"))") else {
                continue;
            };
            // Both brackets are ASCII: the label is whole characters.
            let from = floor + open + 2;
            let label = &self.text[from..from + close];
            let words: Vec<&str> = label.split(' ').collect();
            if words.len() <= 4 && words.iter().all(|w| capitalized(w)) {
                // A turn labelled another way since ("Natasha Gownaris:",
                // "NG:") is someone else's.
                if self.turn_label_between(from + close, at) {
                    return None;
                }
                return Some(label.to_string());
            }
        }
        None
    }

    /// Whether a line between bytes `from` and `to` opens with a speaker
    /// written as a name or initials and a colon: "Natasha Gownaris: I
    /// have", "NG: We think".
    fn turn_label_between(&self, from: usize, to: usize) -> bool {
        let part = &self.text[from..to];
        memchr::memchr_iter(b'\n', part.as_bytes()).any(|nl| {
            let line = &part[nl + 1..];
            // A colon is ASCII: where it is, the line splits whole.
            let colon = line
                .bytes()
                .take(40)
                .take_while(|&b| b != b'\n')
                .position(|b| b == b':');
            colon.is_some_and(|c| {
                let who = &line[..c];
                // A name of two words or more, or initials ("Reindeer:
                // 276" in a list is neither).
                let initials = who.len() <= 3
                    && who.len() >= 2
                    && who.bytes().all(|b| b.is_ascii_uppercase());
                let name = (2..=4).contains(&who.split(' ').count())
                    && who.split(' ').all(|w| {
                        capitalized(w) && w.chars().all(char::is_alphabetic)
                    });
                initials || name
            })
        })
    }

    /// The person a run of capitals read from the text names, as `mention`
    /// read it: at least a given name and a surname, and no place by its
    /// words ("New Jersey").
    fn person(&self, mention: Mention) -> Option<String> {
        let Mention::Person(name) = mention else { return None };
        let name = given_and_surname(&name);
        (name.contains(' ') && !self.lex.is_place_name(&name)).then_some(name)
    }

    /// How many words open `run` that only open a sentence ("In", "The").
    fn starters(&self, run: &[(usize, usize)]) -> usize {
        run.iter()
            .take_while(|&&(a, b)| self.lex.is_starter(&self.text[a..b]))
            .count()
    }

    /// The person the text before byte `at` (up to [`TEXT_REACH`] bytes
    /// back) named right after the title that ends the source at `span`
    /// ("the commissioner" and "commissioner Albert Muchanga"), the
    /// nearest.
    fn titled_before(&self, at: usize, span: Span) -> Option<String> {
        // The words of the title, all of them title words ("the prime
        // minister", not "the incumbent prime minister").
        let title: Vec<&str> = word_iter(&self.text[span])
            .skip_while(|w| is_article(w))
            .collect();
        let all_titles = title
            .iter()
            .all(|w| self.lex.is_title(w) || self.lex.is_title_modifier(w));
        if title.is_empty() || !all_titles {
            return None;
        }
        // The same words right before the name, in lower case before it
        // or in capitals at its head ("Sheriff Kerry Lee").
        let titled = |n: &&Name| {
            if n.1 != EntityKind::Person || n.0 >= at {
                return false;
            }
            // The name is written within its capitals; a bounded search
            // keeps this linear.
            let mut end = (n.0 + 256).min(self.text.len());
            while !self.text.is_char_boundary(end) {
                end -= 1;
            }
            let Some(k) = self.text[n.0..end].find(n.2.as_str()) else {
                return false;
            };
            // A few words of the name may stand between ("archbishop
            // Monsenor Jorge Eduardo Scheinig").
            let mut before: Vec<&str> = word_iter(&self.text[..n.0 + k])
                .rev()
                .take(title.len() + 2)
                .collect();
            before.reverse();
            // Not another office: "Vice President Joe Biden" is no
            // president.
            let other = |w: usize| {
                w.checked_sub(1).is_some_and(|p| {
                    with_lowercase(before[p], |p| {
                        in_list(
                            p,
                            &["vice", "deputy", "assistant", "associate"],
                        )
                    })
                })
            };
            before.windows(title.len()).enumerate().any(|(w, ws)| {
                ws.iter()
                    .zip(&title)
                    .all(|(a, b)| strip_possessive(a).eq_ignore_ascii_case(b))
                    && !other(w)
            })
        };
        // A title names one person for a while: "Governor Kay Ivey
        // signed the act. ... The governor tweeted" reaches past the few
        // sentences a pronoun does, as far as the text reach.
        self.sentences_back_by(at, usize::MAX).find_map(|(i, part)| {
            self.names_between(i, part.start, part.end)
                .iter()
                .rev()
                .find(titled)
                .map(|n| n.2.clone())
        })
    }

    /// The names of sentence `i` that begin from byte `from` up to `to`.
    fn names_between(&self, i: usize, from: usize, to: usize) -> &[Name] {
        let names =
            self.names[i].get_or_init(|| self.names_in(self.sentences[i]));
        let a = names.partition_point(|n| n.0 < from);
        let b = names.partition_point(|n| n.0 < to);
        &names[a..b.max(a)]
    }

    /// Who brought out the work named at byte `at`, when its sentence
    /// says so: the subject, a verb of `publishing_verbs.txt` and at most
    /// a few words before the work ("The Civic Pulse Institute published
    /// its annual household survey").
    fn publisher(&self, at: usize) -> Option<String> {
        /// How many words may stand between the verb and the work ("its
        /// annual household").
        const BETWEEN: usize = 4;
        let i = self.sentences.partition_point(|s| s.end <= at);
        let sentence = self.sentences.get(i).filter(|s| s.start <= at)?;
        // Word by word back from the work, with only spaces between: no
        // clause or quotation ends there.
        let (mut verb, mut end) = (None, at);
        for _ in 0..=BETWEEN {
            let (start, stop) = word_before(self.text, end, sentence.start)?;
            if self.lex.is_publishing_verb(&self.text[start..stop]) {
                verb = Some(start);
                break;
            }
            end = start;
        }
        // "On Friday, the institute published": the subject is after the
        // last comma; "has published": before the auxiliary.
        let subject = self.text[sentence.start..verb?].rsplit(',').next()?;
        let subject = subject.trim();
        let subject = subject
            .rsplit_once(' ')
            .filter(|(_, aux)| in_list(aux, &["has", "have", "had"]))
            .map_or(subject, |(s, _)| s.trim_end());
        match self.mention(subject) {
            Mention::Person(name) | Mention::Organisation(name) => Some(name),
            Mention::Member { body, .. } | Mention::Joined(body) => Some(body),
            Mention::Single(w) => Some(self.full_name(at, &w).unwrap_or(w)),
            _ => None,
        }
    }

    /// The char boundary `reach` bytes (or a little more) before byte
    /// `at`.
    fn reach_back(&self, at: usize, reach: usize) -> usize {
        let mut floor = at.saturating_sub(reach);
        while !self.text.is_char_boundary(floor) {
            floor -= 1;
        }
        floor
    }

    /// The people and bodies named in `span` outside quotations, in
    /// order: runs of capitalized words read as a source would be
    /// ("Transport Secretary Helen Okafor" is Helen Okafor), two people
    /// joined by "and" as a group. A name after a preposition is a place
    /// or an object ("in Port Ansel"), unless a body's head word makes it
    /// one ("by the Fernleigh Foundation"). Only the capitals are read
    /// closely.
    fn names_in(&self, span: Span) -> Vec<Name> {
        let (text, bytes) = (self.text, self.text.as_bytes());
        let word = |(a, b): (usize, usize)| &text[a..b];
        let mut out = Vec::new();
        // The last person found, for "A and B".
        let mut last_person: Option<(usize, usize, String)> = None;
        let mut q = self.quotes.partition_point(|q| q.end <= span.start);
        let mut i = span.start;
        while i < span.end {
            let b = bytes[i];
            let capital = b.is_ascii_uppercase() || b >= 0xC0;
            if !capital || inner_before(text, i, span.start) {
                i += 1;
                continue;
            }
            let run = run_at(text, i, span.end);
            let Some(&(_, run_end)) = run.last() else {
                i += 1;
                continue;
            };
            while self.quotes.get(q).is_some_and(|q| q.end <= i) {
                q += 1;
            }
            // Quoted words are no one's name here.
            if self.quotes.get(q).is_some_and(|q| q.start < i) {
                i = run_end;
                continue;
            }
            i = run_end;
            let s = self.starters(&run);
            if s == run.len() {
                continue;
            }
            // The word before the name (a starter left out of it counts),
            // and the one before that.
            let before = if s > 0 {
                Some(run[s - 1])
            } else {
                word_before(text, run[0].0, span.start)
            };
            let after_the = before.is_some_and(|w| in_list(word(w), &["the"]));
            let prev = match before {
                Some(w) if after_the => word_before(text, w.0, span.start),
                w => w,
            };
            let after_preposition =
                prev.is_some_and(|w| in_list(word(w), PREPOSITIONS));
            let (start, end) = (run[s].0, run_end);
            // "(AP)", "((WN))": a citation or a speaker's tag, not someone
            // named in the story.
            let bracketed = text[..run[0].0].ends_with('(')
                && text[run_end..].starts_with(')');
            if bracketed {
                continue;
            }
            // One word names a body as an acronym ("NATO") or by its head
            // ("the Kremlin"); a lone capital is read no further.
            if s + 1 == run.len() {
                let w = word(run[s]);
                let body = (acronym(w) && !after_preposition)
                    || self.lex.is_organisation(w);
                if body {
                    out.push((start, EntityKind::Organisation, w.into()));
                } else if !after_preposition
                    && !after_the
                    && !self.lex.is_calendar_word(w)
                {
                    out.push((start, EntityKind::Surname, w.into()));
                }
                continue;
            }
            match self.mention(&text[start..end]) {
                Mention::Organisation(name)
                    if !(after_preposition && acronym(&name)) =>
                {
                    out.push((start, EntityKind::Organisation, name));
                }
                mention => {
                    let Some(name) = self.person(mention) else { continue };
                    if after_preposition || after_the {
                        continue;
                    }
                    if let Some((a, b, first)) = &last_person {
                        if text[*b..start].trim() == "and" {
                            let both = format!("{first} and {name}");
                            out.push((*a, EntityKind::Group, both));
                        }
                    }
                    out.push((start, EntityKind::Person, name.clone()));
                    last_person = Some((start, end, name));
                }
            }
        }
        // In order of where each begins ("A and B" before B).
        out.sort_by_key(|n| n.0);
        out
    }
}

/// A name read from the text, up to three words ("Recep Tayyip
/// Erdoğan"); a longer run of capitals carries a place or a body before
/// the name ("Hong Kong Carrie Lam"), so only the last two words are kept
/// (three with an initial between: "Pedro R. Pierluisi").
fn given_and_surname(name: &str) -> String {
    let words: Vec<&str> = name.split(' ').collect();
    let n = words.len();
    let mut keep = if n <= 3 {
        n
    } else if words[n - 2].trim_end_matches('.').len() == 1 {
        3
    } else {
        2
    };
    // A surname's particles and the given name before them: "Lula da
    // Silva", "Ursula von der Leyen".
    while keep < n && in_list(words[n - keep], NAME_PARTICLES) {
        keep += 1;
    }
    words[n - keep..].join(" ")
}

/// The subject form of a pronoun that may name a source.
fn pronoun(w: &str) -> Option<&'static str> {
    ["he", "she", "it", "they", "we", "i", "you", "who", "her", "him", "them"]
        .into_iter()
        .find(|p| w.eq_ignore_ascii_case(p))
        .map(|p| match p {
            "her" => "she",
            "him" => "he",
            "them" => "they",
            p => p,
        })
}

/// What a pronoun refers to; `None` for one that names no one ("we",
/// "you").
fn pronoun_kind(p: &str) -> Option<EntityKind> {
    match p {
        "he" | "she" | "i" | "who" => Some(EntityKind::Person),
        "it" => Some(EntityKind::Organisation),
        "they" => Some(EntityKind::Group),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use factmark_segment::Segmenter;

    use super::*;

    /// How a source of these words is read, outside any text.
    fn mention(s: &str) -> Mention {
        let lex = Lexicons::new();
        Resolver::new(&lex, "", &[], &[], &[]).mention(s)
    }

    #[test]
    fn mentions() {
        let lex = Lexicons::new();
        let r = Resolver::new(&lex, "", &[], &[], &[]);
        assert_eq!(
            r.mention("NATO Secretary General Mark Rutte"),
            Mention::Person("Mark Rutte".into())
        );
        assert_eq!(
            r.mention("Russian President Vladimir Putin"),
            Mention::Person("Vladimir Putin".into())
        );
        assert_eq!(
            r.mention("Senator from Vermont Bernie Sanders"),
            Mention::Person("Bernie Sanders".into())
        );
        assert_eq!(
            r.mention("Iran's ambassador to Russia Kazem Jalali"),
            Mention::Person("Kazem Jalali".into())
        );
        // A title of words in lower case, and an article against the
        // surname.
        assert_eq!(
            r.mention("U.S. secretary of state Marco Rubio"),
            Mention::Person("Marco Rubio".into())
        );
        assert_eq!(
            r.mention("Iran's minister of foreign affairs Abbas Araghchi"),
            Mention::Person("Abbas Araghchi".into())
        );
        assert_eq!(
            r.mention("Syrian President Ahmed al-Sharaa"),
            Mention::Person("Ahmed al-Sharaa".into())
        );
        assert_ne!(
            r.mention("the Leader of the Opposition in Lok Sabha"),
            Mention::Person("Lok Sabha".into())
        );
        // Particles inside a person's name.
        assert_eq!(
            r.mention("Brazilian president Luiz Inácio Lula da Silva"),
            Mention::Person("Luiz Inácio Lula da Silva".into())
        );
        assert_eq!(
            r.mention("Commission President Ursula von der Leyen"),
            Mention::Person("Ursula von der Leyen".into())
        );
        assert_eq!(
            given_and_surname("Luiz Inácio Lula da Silva"),
            "Lula da Silva"
        );
        // An occupation before a name is a title.
        assert_eq!(
            r.mention("Broadcaster Piers Morgan"),
            Mention::Person("Piers Morgan".into())
        );
        // A number inside a name.
        assert_eq!(
            r.mention("The March 23 Movement"),
            Mention::Organisation("March 23 Movement".into())
        );
        assert_eq!(
            r.mention("US special envoy to the Middle East Steve Witkoff"),
            Mention::Person("Steve Witkoff".into())
        );
        assert_ne!(
            r.mention("The ambassador to the United Nations"),
            Mention::Person("United Nations".into())
        );
        assert_eq!(
            r.mention("Britain’s defense ministry"),
            Mention::Organisation("Britain’s defense ministry".into())
        );
        assert_eq!(
            r.mention("the ministry"),
            Mention::Definite("ministry".into())
        );
        assert_eq!(
            r.mention("the Supreme Court (Oberster Gerichtshof ) of Austria"),
            Mention::Organisation("Supreme Court of Austria".into())
        );
        assert_eq!(
            r.mention("The Greyhaven Nurses’ Association"),
            Mention::Organisation("Greyhaven Nurses’ Association".into())
        );
        assert_eq!(r.mention("conflict analysts"), Mention::Vague);
        assert_eq!(
            r.mention("US and Ukrainian assessments from last year"),
            Mention::Vague
        );
        assert_eq!(
            r.mention("Researchers at Kestrel University"),
            Mention::Member {
                body: "Kestrel University".into(),
                plural: true
            }
        );
        assert_eq!(
            r.mention("a statement from Halvorsen Group"),
            Mention::Member { body: "Halvorsen Group".into(), plural: false }
        );
        assert_eq!(r.mention("reports from Omsk hospital"), Mention::Vague);
        // A title inside a body's name is a word of it.
        assert_eq!(
            r.mention("the Directorate General of Civil Aviation"),
            Mention::Organisation(
                "Directorate General of Civil Aviation".into()
            )
        );
        assert_eq!(
            r.mention("the Secretary of State Marco Rubio"),
            Mention::Person("Marco Rubio".into())
        );
        assert_eq!(r.mention("He"), Mention::Pronoun("he"));
        assert_eq!(r.mention("You"), Mention::Pronoun("you"));
        assert_eq!(r.mention("her"), Mention::Pronoun("she"));
        assert_eq!(r.mention("Rutte"), Mention::Single("Rutte".into()));
        assert_eq!(
            r.mention("NATO’s top civilian official"),
            Mention::Description { caps: vec!["nato".into()], person: true }
        );
    }

    /// Resolves the sources of `text`, each given by its text, found
    /// after the one before; text before a `|` is context to find it by
    /// and not part of it.
    fn resolve(text: &str, sources: &[&str]) -> Vec<Resolved> {
        let sentences: Vec<Span> =
            Segmenter::new().segment(text).iter().map(|s| s.span).collect();
        let quotes = crate::quotes::find(text);
        let mut from = 0;
        let spans: Vec<Span> = sources
            .iter()
            .map(|s| {
                let (before, s) = s.split_once('|').unwrap_or(("", s));
                let at = from
                    + text[from..]
                        .find(&format!("{before}{s}"))
                        .expect("source")
                    + before.len();
                from = at + s.len();
                Span::new(at, at + s.len())
            })
            .collect();
        let lex = Lexicons::new();
        Resolver::new(&lex, text, &sentences, &quotes, &spans).into_resolved()
    }

    fn names(text: &str, sources: &[&str]) -> Vec<Option<String>> {
        resolve(text, sources).into_iter().map(|r| r.name).collect()
    }

    #[test]
    fn resolution() {
        let text = "NATO’s top civilian official said. NATO Secretary \
                    General Mark Rutte told them. He said. Rutte said.";
        let sources = [
            "NATO’s top civilian official",
            "NATO Secretary General Mark Rutte",
            "He",
            "Rutte",
        ];
        for name in names(text, &sources) {
            assert_eq!(name.as_deref(), Some("Mark Rutte"));
        }
    }

    #[test]
    fn a_work_is_who_made_it_and_an_age_a_person() {
        let text = "A report by the Marlow County Water District found a \
                    leak. The report estimated the cost.";
        let district = Some("Marlow County Water District".to_string());
        assert_eq!(
            names(
                text,
                &[
                    "A report by the Marlow County Water District",
                    "The report"
                ]
            ),
            [district.clone(), district]
        );
        // No source made it, or made another work: no one.
        assert_eq!(
            names("The report said costs rose.", &["The report"]),
            [None]
        );
        let text = "A poll by Larkspur Research found a lead. The survey \
                    found more.";
        assert_eq!(
            names(text, &["A poll by Larkspur Research", "The survey"]),
            [Some("Larkspur Research".into()), None]
        );
        let text = "Margit Halloran sold flowers. The 71-year-old said \
                    rents rose.";
        let margit = Some("Margit Halloran".to_string());
        assert_eq!(
            names(text, &["Margit Halloran", "The 71-year-old"]),
            [margit.clone(), margit]
        );
        assert_eq!(
            names("A 71-year-old said so.", &["A 71-year-old"]),
            [None]
        );
        // Only when one person was named just before.
        for text in [
            "Coach Ana Ruiz praised striker Leo Marsh. The 19-year-old said so.",
            "Amelia Stone and her son Daniel were rescued. The 8-year-old said so.",
        ] {
            let age = text.split(". ").nth(1).unwrap().trim_end_matches(" said so.");
            assert_eq!(names(text, &[age]), [None], "{text}");
        }
        let text = "Former mayor Harold Bixby was arrested. The 71-year-old \
                    said so.";
        assert_eq!(
            names(text, &["The 71-year-old"]),
            [Some("Harold Bixby".into())]
        );
        // The work last brought in, not one a source made before it; "the
        // report" in between refers back and does not count.
        let text = "A report by the Fenwick Foundation found rents rose. The \
                    government published its own report. The report said \
                    rents were stable.";
        assert_eq!(
            names(text, &["A report by the Fenwick Foundation", "The report"])
                [1],
            None
        );
        let text = "A report by the Fenwick Foundation found rents rose. \
                    Tenants said the report was accurate. The report warned \
                    of evictions.";
        assert_eq!(
            names(text, &["A report by the Fenwick Foundation", "The report"])
                [1],
            Some("Fenwick Foundation".into())
        );
        // A work its sentence says someone brought out, not a source.
        let survey = |text: &str| names(text, &["The survey"]);
        let institute = Some("Civic Pulse Institute".to_string());
        for text in [
            "The Civic Pulse Institute published its annual household \
             survey on Monday. The survey found that rents rose.",
            "On Monday, the Civic Pulse Institute has released a new \
             survey. The survey found that rents rose.",
        ] {
            assert_eq!(
                survey(text),
                std::slice::from_ref(&institute),
                "{text}"
            );
        }
        for text in [
            // Too far from the verb, or past the end of a clause.
            "The Civic Pulse Institute published its long awaited annual \
             household survey. The survey found that rents rose.",
            "The Civic Pulse Institute published, it said, a survey. The \
             survey found that rents rose.",
            // No one by name.
            "Officials published a survey. The survey found that rents \
             rose.",
        ] {
            assert_eq!(survey(text), [None], "{text}");
        }
        // Who made a work, past the time it came out.
        assert_eq!(
            mention(
                "a poll published on Wednesday by the Civic Pulse Institute"
            ),
            Mention::Organisation("Civic Pulse Institute".into())
        );
        assert_eq!(
            mention("A study published in March by glaciologists at Kestrel University"),
            Mention::Member { body: "Kestrel University".into(), plural: true }
        );
    }

    #[test]
    fn the_company_is_the_company_named_last() {
        let text = "A former employee claimed that Tessaro Pharmaceuticals \
                    hid two trials. The company denied it. The Army said \
                    nothing. The bank said it had closed.";
        assert_eq!(
            names(
                text,
                &["A former employee", "The company", "The Army", "The bank"]
            ),
            [
                None,
                Some("Tessaro Pharmaceuticals".to_string()),
                Some("Army".to_string()),
                Some("bank".to_string())
            ]
        );
    }

    #[test]
    fn the_bank_is_a_body_named_with_bank() {
        // Named in the text, not as a source, with the head anywhere in
        // the name.
        let text = "The Reserve Bank of Australia raised rates. The bank \
                    said inflation was high.";
        assert_eq!(
            names(text, &["The bank"]),
            [Some("Reserve Bank of Australia".to_string())]
        );
        let text = "The Ministry of Health counted. The ministry said so.";
        assert_eq!(
            names(text, &["The Ministry of Health", "The ministry"]),
            vec![Some("Ministry of Health".to_string()); 2]
        );
    }

    #[test]
    fn bodies_named_after_what_they_are() {
        let org = |s: &str| Mention::Organisation(s.into());
        assert_eq!(
            mention("American airline company Southwest Airlines"),
            org("Southwest Airlines")
        );
        assert_eq!(
            mention("The U.S. Securities and Exchange Commission"),
            org("U.S. Securities and Exchange Commission")
        );
        assert_eq!(
            mention("Gaza's civil defence agency and Al-Shifa Hospital"),
            org("Gaza's civil defence agency and Al-Shifa Hospital")
        );
    }

    #[test]
    fn i_is_the_speaker_an_interview_labels() {
        let text = "Olsen wrote the report. ((WN)) What do you study? \
                    ((es)) ((Ana Ruiz)) I study ice. I think it melts.";
        assert_eq!(
            names(text, &["Olsen", "I"]),
            [Some("Olsen".to_string()), Some("Ana Ruiz".to_string())]
        );
        // "we" too; but not across a turn labelled another way.
        let text = "((WN)) What do you study?\n\n((Ana Ruiz)) We think it \
                    melts.\n\n((WN)) Why?\n\nNG: We found that it melts.";
        assert_eq!(
            names(text, &["We", "NG: |We"]),
            [Some("Ana Ruiz".to_string()), None]
        );
        // A line that opens with wide characters is read whole.
        let wide = "█".repeat(14);
        let text = format!("((Ana Ruiz)) Hi.\n{wide}: 1\nWe think so.");
        assert_eq!(names(&text, &["We"]), [Some("Ana Ruiz".to_string())]);
    }

    #[test]
    fn titles_of_places_and_bodies_before_a_name() {
        let r = mention;
        let person = |s: &str| Mention::Person(s.into());
        assert_eq!(r("Secretary of State Marco Rubio"), person("Marco Rubio"));
        assert_eq!(
            r("Governor of the Bank of England Andrew Bailey"),
            person("Andrew Bailey")
        );
        assert_eq!(r("Minister of Health Jane R. Doe"), person("Jane R. Doe"));
        assert_eq!(r("Rick Santorum himself"), person("Rick Santorum"));
        // What the title is of is no name; a body is no person.
        assert_ne!(
            r("Minister of Information Moammar"),
            person("Information Moammar")
        );
        assert_ne!(
            r("The Leader of the Opposition in Lok Sabha"),
            person("Lok Sabha")
        );
        assert_ne!(r("A spokesman of Kestrel Group"), person("Kestrel Group"));
        // Words that only qualify a title, with none to qualify, belong
        // to the name.
        assert_eq!(
            r("Health Canada"),
            Mention::Organisation("Health Canada".into())
        );
        assert_eq!(
            r("Health Minister Wes Streeting"),
            person("Wes Streeting")
        );
        assert_eq!(
            r("Former First Lady Michelle Obama"),
            person("Michelle Obama")
        );
        // A description shares a name word with a person only when it
        // describes a person: "the U.S. state" is no one's title.
        assert_eq!(
            names(
                "U.S. envoy Mara Quist said talks would resume. The U.S. \
                 state of Ohio said it would sue. The U.S. official said so.",
                &[
                    "U.S. envoy Mara Quist",
                    "The U.S. state of Ohio",
                    "The U.S. official"
                ]
            ),
            [
                Some("Mara Quist".to_string()),
                None,
                Some("Mara Quist".to_string())
            ]
        );
    }

    #[test]
    fn what_a_body_publishes_and_who_made_it() {
        let r = mention;
        let body = |s: &str| Mention::Organisation(s.into());
        assert_eq!(r("the Vox website"), body("Vox"));
        assert_eq!(r("A UN report"), body("UN"));
        assert_eq!(r("NEOC data"), body("NEOC"));
        // A name that ends in such a word; a capital opening a sentence.
        assert_ne!(r("The Manila Bulletin"), body("Manila"));
        assert_ne!(r("Shipping data"), body("Shipping"));
        assert_eq!(
            r("a statement released by the Supreme Court"),
            Mention::Member { body: "Supreme Court".into(), plural: false }
        );
        assert_eq!(
            r("results announced by interior minister Ana Ruiz"),
            Mention::Person("Ana Ruiz".into())
        );
        assert_eq!(
            r("the Centers for Disease Control and Prevention"),
            body("Centers for Disease Control and Prevention")
        );
        assert_eq!(
            r("The Royal Palace of Kessia"),
            body("Royal Palace of Kessia")
        );
        assert_eq!(
            r("Ivo Brandt of the Harbour Trust"),
            Mention::Person("Ivo Brandt".into())
        );
        assert_eq!(r("Reports"), Mention::Vague);
        assert_eq!(r("Officials"), Mention::Vague);
        // Unnamed people, however they are described after the noun.
        for s in [
            "People",
            "People familiar with the matter",
            "Two people familiar with the plans",
            "Sources close to the club",
            "Officials speaking on condition of anonymity",
            "Staff",
            "Iranian state media",
            "Local media",
            "Associates of Navalny",
            "Nobody",
            "All of these candidates",
            "Data",
        ] {
            assert_eq!(r(s), Mention::Vague, "{s}");
        }
        // What the data is from names who stands behind it.
        assert_ne!(r("Data from Kestrel Analytics"), Mention::Vague);
        // A title "for" what it is for, then the name.
        assert_eq!(
            r("Minister for Foreign Affairs Penny Wong"),
            Mention::Person("Penny Wong".into())
        );
        // Or a surname after an honorific; and titles that describe.
        assert_eq!(
            r("Undersecretary for Education Mr. Toccafondi"),
            Mention::Person("Toccafondi".into())
        );
        for (s, name) in [
            ("Countryman Lawrence Cherono", "Lawrence Cherono"),
            ("House Speaker Nancy Pelosi", "Nancy Pelosi"),
            ("Scientist Rebecca Falconer", "Rebecca Falconer"),
            ("Actor Denzel Washington", "Denzel Washington"),
            ("Former prime minister John Major", "John Major"),
            ("Civil rights leader Martin Luther King", "Martin Luther King"),
            ("Party (PKK) founder Abdullah Öcalan", "Abdullah Öcalan"),
            ("Lakers player LeBron James", "LeBron James"),
            // "Sheikh" is a word of many names.
            ("Former prime minister Sheikh Hasina", "Sheikh Hasina"),
        ] {
            assert_eq!(r(s), Mention::Person(name.into()), "{s}");
        }
        assert_eq!(
            r("Sources within the Harbour Party"),
            Mention::Member { body: "Harbour Party".into(), plural: true }
        );
        assert_eq!(
            r("Researchers at Kestrel University"),
            Mention::Member {
                body: "Kestrel University".into(),
                plural: true
            }
        );
    }

    #[test]
    fn a_day_is_no_one() {
        assert_eq!(
            names(
                "Tuesday said it would rain. He said so.",
                &["Tuesday", "He"]
            ),
            [None, None]
        );
    }

    #[test]
    fn a_name_after_the_is_a_body() {
        let some = |s: &str| Some(s.to_string());
        // "The Aldmere Trust" is a body "it" can stand for, not a person
        // a description or "he" can.
        assert_eq!(
            names(
                "The Aldmere Trust said it had raised $2m. It said more                  would come. The chief executive said so too.",
                &["The Aldmere Trust", "It", "The chief executive"]
            ),
            [some("Aldmere Trust"), some("Aldmere Trust"), None]
        );
    }

    #[test]
    fn pronouns_find_names_no_source_gave() {
        let some = |s: &str| Some(s.to_string());
        // The subject of the sentence before.
        assert_eq!(
            names(
                "Transport Secretary Helen Okafor defended the plan on \
                 Tuesday. She said the line would cost $3 billion.",
                &["She"]
            ),
            [some("Helen Okafor")]
        );
        // A place after a preposition, or by its words, is no one.
        assert_eq!(
            names(
                "In Port Ansel, Margit Halloran sells flowers. “It is \
                 quiet,” she said.",
                &["she"]
            ),
            [some("Margit Halloran")]
        );
        assert_eq!(
            names(
                "Governor Phil Murphy spoke first. New Jersey voted on \
                 Tuesday. He said the count was fair.",
                &["He"]
            ),
            [some("Phil Murphy")]
        );
        // A surname alone, named in full only in the text.
        assert_eq!(
            names(
                "Council leader Maren Holt and her deputy, Jonas \
                 Pelletier, clashed. Pelletier said the council had no \
                 choice. “The money is not there,” he said.",
                &["clashed. |Pelletier", "he"]
            ),
            [some("Jonas Pelletier"), some("Jonas Pelletier")]
        );
        // A title and what it is of before the name in full: the place
        // or body is no given name.
        assert_eq!(
            names(
                "Yesterday, United States Senator from Vermont Bernie \
                 Sanders won. Sanders said the path was closed. Secretary \
                 of State Antony Blinken arrived. Blinken said the talks \
                 would go on. The Governor of the Bank of England Andrew \
                 Bailey spoke too. Bailey said rates would fall.",
                &["won. |Sanders", "arrived. |Blinken", "too. |Bailey"]
            ),
            [
                some("Bernie Sanders"),
                some("Antony Blinken"),
                some("Andrew Bailey")
            ]
        );
        // A surname alone in the text stands for the name in full.
        assert_eq!(
            names(
                "Jo Jorgensen and Don Blankenship debated. “We agree,” said \
                 Jorgensen. Blankenship concurred: “Stop policing the \
                 world,” he argued.",
                &["said |Jorgensen", "he"]
            ),
            [some("Jo Jorgensen"), some("Don Blankenship")]
        );
        // Two people are "they"; so are the researchers of a body.
        assert_eq!(
            names(
                "Two board members, Hugo Ferrante and Lise Damgaard, wrote \
                 to regulators. They said the board had approved bonuses.",
                &["They"]
            ),
            [some("Hugo Ferrante and Lise Damgaard")]
        );
        let got = resolve(
            "Researchers at Kestrel University said the cell lasts. They \
             noted that production was years away.",
            &["Researchers at Kestrel University", "They"],
        );
        for r in got {
            assert_eq!(r.name, some("Kestrel University"));
            assert!(r.vague, "unnamed researchers are a vague source");
        }
        // "I" speaks a quotation: no name in the text before is it.
        assert_eq!(
            names("Ann Berg spoke. “I said no,” Tom Lee recalled.", &["I"]),
            [None]
        );
    }

    #[test]
    fn unnamed_collective_sources_are_vague() {
        let some = |s: &str| Some(s.to_string());
        // People, at a sentence start too: no one's name.
        let got = resolve(
            "Residents said the road flooded. Later, local activists said \
             the dam leaked. Critics from across the spectrum agreed.",
            &["Residents", "local activists", "Critics from across"],
        );
        for r in got {
            assert_eq!(r.name, None);
            assert!(r.vague, "unnamed people are a vague source");
        }
        // A quantifier or "one", "another" naming no one ("Formula One"
        // is a name), and a title in capitals after one.
        let got = resolve(
            "Some called for change. Others agreed. One senator said no. \
             Another eyewitness said yes. One MP told the BBC so.",
            &["Some", "Others", "One senator", "Another eyewitness", "One MP"],
        );
        for r in got {
            assert_eq!(r.name, None);
            assert!(r.vague, "an unnamed someone is a vague source");
        }
        let got =
            resolve("Formula One said the race is off.", &["Formula One"]);
        assert_eq!(got[0].name, some("Formula One"));
        // A title word opening a body's name is a word of it.
        assert_eq!(
            names(
                "The Economist Intelligence Unit said so. The UN General \
                 Assembly agreed.",
                &[
                    "The Economist Intelligence Unit",
                    "The UN General Assembly"
                ]
            ),
            [some("Economist Intelligence Unit"), some("UN General Assembly")]
        );
        // A body by a generic word: the one the text named with it, else
        // vague, and never the word alone named before.
        let got = resolve(
            "The Thames Valley Police arrived. Police said five men fled.",
            &["arrived. |Police"],
        );
        assert_eq!(got[0].name, some("Thames Valley Police"));
        let got = resolve(
            "Police arrested a man. The police said he fled. Authorities \
             said more would follow.",
            &["The police", "Authorities"],
        );
        for r in got {
            assert_eq!(r.name, None);
            assert!(r.vague, "police named nowhere are a vague source");
        }
        // Two names joined are both the source, and "they" after them.
        assert_eq!(
            names(
                "Hamas and Israel said the talks failed. They added that \
                 more would follow. Projections by CNN and NPR showed it.",
                &["Hamas and Israel", "They", "Projections by CNN and NPR"]
            ),
            [
                some("Hamas and Israel"),
                some("Hamas and Israel"),
                some("CNN and NPR")
            ]
        );
        // Not the words of one body's name, nor a title's "and".
        assert_eq!(
            names(
                "India's Securities and Exchange Board said it. Road \
                 Transport and Bridges Minister Obaidul Quader agreed.",
                &[
                    "India's Securities and Exchange Board",
                    "Road Transport and Bridges Minister Obaidul Quader"
                ]
            ),
            [
                some("India's Securities and Exchange Board"),
                some("Obaidul Quader")
            ]
        );
        // A title alone: the person the text named with it before.
        assert_eq!(
            names(
                "The talks were led by commissioner Albert Muchanga. The \
                 commissioner said the deal was historic.",
                &["The commissioner"]
            ),
            [some("Albert Muchanga")]
        );
        assert_eq!(
            names(
                "Sheriff Kerry Lee arrived. The sheriff said two men fled.",
                &["The sheriff"]
            ),
            [some("Kerry Lee")]
        );
        // Further back than a pronoun reaches, and not another office.
        assert_eq!(
            names(
                "Governor Kay Ivey signed the act. It passed on Tuesday. \
                 Collins sponsored it. Terri said it would stand. Critics \
                 spoke. The governor said it was right.",
                &["The governor"]
            ),
            [some("Kay Ivey")]
        );
        assert_eq!(
            names(
                "Vice President Joe Biden spoke. The president said no.",
                &["The president"]
            ),
            [None]
        );
        // The whole title: a finance minister is no prime minister.
        assert_eq!(
            names(
                "Finance minister Romuald Wadagni ran. The prime minister \
                 said he lost.",
                &["The prime minister"]
            ),
            [None]
        );
        // A work nobody is named for.
        let got = resolve(
            "Maritime tracking data shows ships left. A new report says \
             they returned. A UN report says they stayed.",
            &["Maritime tracking data", "A new report", "A UN report"],
        );
        assert_eq!((got[0].name.as_deref(), got[0].vague), (None, true));
        assert_eq!((got[1].name.as_deref(), got[1].vague), (None, true));
        assert_eq!(got[2].name, some("UN"));
        // So with a people's name or words in lower case before it (and
        // then never the force named before); a force by name, or bodies
        // joined, are named.
        let got = resolve(
            "Nigerian police said six died. Local authorities said more \
             would follow. Lagos State Police said it was calm.",
            &["Nigerian police", "Local authorities", "Lagos State Police"],
        );
        assert_eq!((got[0].name.as_deref(), got[0].vague), (None, true));
        assert_eq!((got[1].name.as_deref(), got[1].vague), (None, true));
        assert_eq!(got[2].name, some("Lagos State Police"));
        let got = resolve(
            "The Metropolitan Police arrived. Indonesian police said so.",
            &["Indonesian police"],
        );
        assert_eq!((got[0].name.as_deref(), got[0].vague), (None, true));
        let got = resolve(
            "The Israeli military and police said they were reviewing it.",
            &["The Israeli military and police"],
        );
        assert!(!got[0].vague);
        // A body named nowhere else is the words after its article, at a
        // sentence start too.
        assert_eq!(
            names(
                "The ministry said it rose. Later the ministry said it fell.",
                &["The ministry", "the ministry"]
            ),
            [some("ministry"), some("ministry")]
        );
        // With a place of its own it is a body.
        assert_eq!(
            names("Police in Baytown said he fled.", &["Police in Baytown"]),
            [some("Police in Baytown")]
        );
    }
}
