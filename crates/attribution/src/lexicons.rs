//! The word lists the attribution tagger is compiled with.

use factmark_core::lexicon::{self, Map};
use factmark_core::words::{WordMap, WordSet};

const REPORTING: &str =
    include_str!("../../../data/lexicons/reporting_verbs.txt");
const HEDGED: &str = include_str!("../../../data/lexicons/hedged_verbs.txt");
const PASSIVE: &str = include_str!("../../../data/lexicons/passive_verbs.txt");
const TITLES: &str = include_str!("../../../data/lexicons/titles.txt");
const ORGANISATIONS: &str =
    include_str!("../../../data/lexicons/organisations.txt");
const CUES: &str = include_str!("../../../data/lexicons/attribution_cues.txt");
const NOT_SOURCES: &str =
    include_str!("../../../data/lexicons/not_sources.txt");
const ABBREVIATIONS: &str =
    include_str!("../../../data/lexicons/abbreviations.txt");
const STARTERS: &str =
    include_str!("../../../data/lexicons/sentence_starters.txt");
const PLACE_WORDS: &str =
    include_str!("../../../data/lexicons/place_words.txt");
const LY_NOUNS: &str = include_str!("../../../data/lexicons/ly_nouns.txt");
const PLURAL_NOUNS: &str =
    include_str!("../../../data/lexicons/plural_nouns.txt");
const NUMBER_WORDS: &str =
    include_str!("../../../data/lexicons/number_words.txt");
const ACT_VERBS: &str = include_str!("../../../data/lexicons/act_verbs.txt");
const CALENDAR: &str = include_str!("../../../data/lexicons/calendar.txt");
const SPEECH_SETTINGS: &str =
    include_str!("../../../data/lexicons/speech_settings.txt");
const MEDIA_NOUNS: &str =
    include_str!("../../../data/lexicons/media_nouns.txt");
const PUBLISHING_VERBS: &str =
    include_str!("../../../data/lexicons/publishing_verbs.txt");
const COLLECTIVE_SOURCES: &str =
    include_str!("../../../data/lexicons/collective_sources.txt");
const PARTICLE_VERBS: &str =
    include_str!("../../../data/lexicons/particle_verbs.txt");

/// Words that open a time before a month or weekday: "on Monday", "in
/// March", "last Friday", "this May", "early June".
pub(crate) const TIME_OPENERS: &[&str] =
    &["on", "in", "last", "this", "early"];

/// Lower-case words inside a person's name, before the surname ("Ursula
/// von der Leyen", "Luiz Inácio Lula da Silva", "Mohammed bin Salman").
pub(crate) const NAME_PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "den", "da", "das", "do", "dos", "del",
    "della", "di", "du", "la", "le", "ter", "bin", "ibn",
];

/// `w` may be the article a name is written against ("al" of
/// "al-Sharaa", "el" of "el-Sisi"): one to three letters in lower case.
pub(crate) fn is_name_article(w: &str) -> bool {
    (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_lowercase())
}

/// `w` is one of `list`, ASCII case aside.
pub(crate) fn in_list(w: &str, list: &[&str]) -> bool {
    list.iter().any(|l| w.eq_ignore_ascii_case(l))
}

/// A form of a cue verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Verb {
    /// The verb attributes a belief or estimate, not a statement.
    pub(crate) hedged: bool,
    /// Which form it is.
    pub(crate) form: Form,
    /// The verb also names an act (`act_verbs.txt`): it reports only a
    /// clause.
    pub(crate) act: bool,
    /// The verb reports only in an agentless passive
    /// (`passive_verbs.txt`: "is understood to").
    pub(crate) passive_only: bool,
}

/// The form of a verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Form {
    /// `say`, `believe`.
    Base,
    /// `says`, `believes`.
    Third,
    /// `said`, `believed`.
    Past,
    /// `saying`, `believing`.
    Gerund,
}

/// A form of a verb that reports only with its particle after it
/// (`particle_verbs.txt`: "pointed out").
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ParticleVerb {
    pub(crate) form: Form,
    /// The particle, in lower case ("out").
    pub(crate) particle: String,
}

#[derive(Clone, Debug)]
pub(crate) struct Lexicons {
    verbs: WordMap<Verb>,
    particle_verbs: WordMap<ParticleVerb>,
    titles: WordSet,
    /// The title words marked `modifier` ("health", "former").
    title_modifiers: WordSet,
    organisations: WordSet,
    /// The organisation words marked `generic` ("company"): "the company"
    /// may be any company named before.
    generic_organisations: WordSet,
    /// The words that end a company's name, marked `company` ("Energy")
    /// or `generic` ("Company").
    company_words: WordSet,
    /// The last words of the organisation entries of two words ("house"
    /// of "white house").
    organisation_tails: WordSet,
    /// Words that often open a sentence: capitalized there, no name.
    starters: WordSet,
    /// Titles written short with a stop ("Dr", "Gen"), without it.
    title_abbreviations: WordSet,
    /// Nouns that name no source after a cue phrase ("according to plan").
    not_sources: WordSet,
    /// Multi-word cues before a source ("according to"), as word lists.
    pub(crate) cue_phrases: Vec<Vec<String>>,
    /// Words that open ("North") or end ("War") a name of no person.
    place_first: WordSet,
    place_last: WordSet,
    /// Plurals without a final "s" ("people", "police").
    plural_nouns: WordSet,
    /// Nouns in "-ly" ("family"), which are no adverbs.
    ly_nouns: WordSet,
    /// Spelled-out numbers ("nine", "twenty").
    number_words: WordSet,
    /// Month and weekday names ("May", "Tuesday").
    calendar: WordSet,
    /// What a body publishes ("website", "report").
    media_nouns: WordSet,
    /// How it brings one out ("published", "launched").
    publishing_verbs: WordSet,
    /// People or bodies that, unnamed, make a vague source ("residents",
    /// "police").
    collective_sources: WordSet,
    /// Where words are said ("statement", "interview").
    speech_places: WordSet,
    /// When words are said, alone ("yesterday") and after "last"
    /// ("week").
    speech_times: WordSet,
    speech_time_parts: WordSet,
    /// Sources that are writings ("lawsuit", "report").
    written_sources: WordSet,
}

impl Lexicons {
    pub(crate) fn new() -> Lexicons {
        let acts: Vec<&str> =
            lexicon::entries(ACT_VERBS).map(|e| e.key).collect();
        let mut verbs = Map::default();
        for (text, hedged, passive_only) in [
            (REPORTING, false, false),
            (HEDGED, true, false),
            (PASSIVE, true, true),
        ] {
            for e in lexicon::entries(text) {
                let lemma = e.key;
                let act = acts.contains(&lemma);
                for form in e.value.unwrap_or(lemma).split_whitespace() {
                    let f = form_of(lemma, form);
                    verbs.entry(form.to_lowercase()).or_insert(Verb {
                        hedged,
                        form: f,
                        act,
                        passive_only,
                    });
                }
            }
        }
        let mut particle_verbs = Vec::new();
        for e in lexicon::entries(PARTICLE_VERBS) {
            let (lemma, particle) =
                e.key.rsplit_once(' ').unwrap_or_else(|| {
                    panic!(
                        "particle_verbs.txt:{}: no particle in {:?}",
                        e.line, e.key
                    )
                });
            for form in e.value.unwrap_or(lemma).split_whitespace() {
                let verb = ParticleVerb {
                    form: form_of(lemma, form),
                    particle: particle.to_lowercase(),
                };
                particle_verbs.push((form.to_lowercase(), verb));
            }
        }
        let set = |text: &str| -> WordSet {
            lexicon::entries(text).map(|e| e.key.to_lowercase()).collect()
        };
        Lexicons {
            verbs: WordMap::new(verbs),
            particle_verbs: WordMap::new(particle_verbs),
            titles: set(TITLES),
            title_modifiers: marked(TITLES, &["modifier"]),
            organisations: set(ORGANISATIONS),
            generic_organisations: marked(ORGANISATIONS, &["generic"]),
            company_words: marked(ORGANISATIONS, &["company", "generic"]),
            organisation_tails: lexicon::entries(ORGANISATIONS)
                .filter_map(|e| {
                    let (_, tail) = e.key.split_once(' ')?;
                    (!tail.contains(' ')).then(|| tail.to_lowercase())
                })
                .collect(),
            starters: set(STARTERS),
            not_sources: set(NOT_SOURCES),
            title_abbreviations: marked(ABBREVIATIONS, &["title"]),
            place_first: marked(PLACE_WORDS, &["first"]),
            place_last: marked(PLACE_WORDS, &["last"]),
            plural_nouns: set(PLURAL_NOUNS),
            ly_nouns: set(LY_NOUNS),
            number_words: set(NUMBER_WORDS),
            calendar: set(CALENDAR),
            media_nouns: set(MEDIA_NOUNS),
            publishing_verbs: set(PUBLISHING_VERBS),
            collective_sources: set(COLLECTIVE_SOURCES),
            speech_places: lexicon::entries(SPEECH_SETTINGS)
                .filter(|e| e.value.is_none())
                .map(|e| e.key.to_lowercase())
                .collect(),
            speech_times: marked(SPEECH_SETTINGS, &["when"]),
            speech_time_parts: marked(SPEECH_SETTINGS, &["part"]),
            written_sources: marked(SPEECH_SETTINGS, &["document"]),
            cue_phrases: lexicon::entries(CUES)
                .map(|e| {
                    e.key.split_whitespace().map(str::to_lowercase).collect()
                })
                .collect(),
        }
    }

    /// The words a cue starts or turns on: every verb form (with a
    /// particle or without), and the first word of each cue phrase
    /// ("according").
    pub(crate) fn trigger_words(&self) -> Vec<String> {
        let mut out: Vec<String> = self.verbs.iter().map(|(k, _)| k).collect();
        out.extend(self.particle_verbs.iter().map(|(k, _)| k));
        out.extend(self.cue_phrases.iter().map(|p| p[0].clone()));
        out.sort();
        out.dedup();
        out
    }

    pub(crate) fn verb(&self, w: &str) -> Option<Verb> {
        self.verbs.get(w).copied()
    }

    /// `w` as a form of a verb that reports only with its particle.
    pub(crate) fn particle_verb(&self, w: &str) -> Option<&ParticleVerb> {
        self.particle_verbs.get(w)
    }

    pub(crate) fn is_title(&self, w: &str) -> bool {
        self.titles.contains(w)
    }

    /// A title word that only qualifies another ("Health Minister").
    pub(crate) fn is_title_modifier(&self, w: &str) -> bool {
        self.title_modifiers.contains(w)
    }

    /// A word that often opens a sentence ("But", "What", "It"), so its
    /// capital there names no one.
    pub(crate) fn is_starter(&self, w: &str) -> bool {
        self.starters.contains(w)
    }

    /// A noun that names no source after a cue phrase ("plan").
    pub(crate) fn is_not_source(&self, w: &str) -> bool {
        self.not_sources.contains(w)
    }

    /// A title written short, whose stop does not end a name ("Dr.").
    pub(crate) fn is_title_abbreviation(&self, w: &str) -> bool {
        self.title_abbreviations.contains(w)
    }

    /// A plural noun a capital or a missing "s" hides: one of
    /// `plural_nouns.txt` ("Police say", "two women allege") or a plural
    /// organisation head ("the Armed Forces confirm", "Health Services").
    pub(crate) fn is_plural_noun(&self, w: &str) -> bool {
        self.plural_nouns.contains(w)
            || (w.ends_with(['s', 'S']) && self.organisations.contains(w))
    }

    /// An adverb by its form: a lower-case word in "-ly" that
    /// `ly_nouns.txt` does not list ("initially", not "family").
    pub(crate) fn is_ly_adverb(&self, w: &str) -> bool {
        lexicon::is_ly_adverb(w, self.ly_nouns.contains(w))
    }

    /// A month or weekday name, as `calendar.txt` lists them: no one's
    /// name.
    pub(crate) fn is_calendar_word(&self, w: &str) -> bool {
        self.calendar.contains(w)
    }

    /// What a body publishes ("website", "report"), as
    /// `media_nouns.txt` lists them.
    pub(crate) fn is_media_noun(&self, w: &str) -> bool {
        self.media_nouns.contains(w)
    }

    /// A form of a verb by which a body brings out a work ("published"),
    /// as `publishing_verbs.txt` lists them.
    pub(crate) fn is_publishing_verb(&self, w: &str) -> bool {
        self.publishing_verbs.contains(w)
    }

    /// A plural for people or bodies that, unnamed, is a vague source
    /// ("residents", "police"), as `collective_sources.txt` lists them.
    pub(crate) fn is_collective_source(&self, w: &str) -> bool {
        self.collective_sources.contains(w)
    }

    /// A noun of a place of speech or writing ("statement", "Twitter"),
    /// as `speech_settings.txt` lists them.
    pub(crate) fn is_speech_place(&self, w: &str) -> bool {
        self.speech_places.contains(w)
    }

    /// A time of speech on its own ("yesterday"), as
    /// `speech_settings.txt` marks them.
    pub(crate) fn is_speech_time(&self, w: &str) -> bool {
        self.speech_times.contains(w)
    }

    /// A stretch of time after "last" or "this" ("week", "morning"), as
    /// `speech_settings.txt` marks them.
    pub(crate) fn is_speech_time_part(&self, w: &str) -> bool {
        self.speech_time_parts.contains(w)
    }

    /// A source that is a writing ("lawsuit", "report"), as
    /// `speech_settings.txt` marks them.
    pub(crate) fn is_written_source(&self, w: &str) -> bool {
        self.written_sources.contains(w)
    }

    /// A number spelled out ("nine"), as `number_words.txt` lists them.
    pub(crate) fn is_number_word(&self, w: &str) -> bool {
        self.number_words.contains(w)
    }

    /// An organisation word any named body may be ("company"), marked
    /// `generic` in `organisations.txt`.
    pub(crate) fn is_generic_organisation(&self, w: &str) -> bool {
        self.generic_organisations.contains(w)
    }

    /// A word that ends a company's name ("Pharmaceuticals", "Company").
    pub(crate) fn is_company_word(&self, w: &str) -> bool {
        self.company_words.contains(w)
    }

    pub(crate) fn is_organisation(&self, w: &str) -> bool {
        self.organisations.contains(w)
    }

    /// The two words `a b` are an organisation of the list ("White
    /// House"); no allocation unless `b` ends such an entry.
    pub(crate) fn is_organisation_pair(&self, a: &str, b: &str) -> bool {
        self.organisation_tails.contains(b)
            && self.is_organisation(&format!("{a} {b}"))
    }

    /// The name (words joined by spaces) is a place, event or thing by
    /// its first or last word: "New Jersey", "Iraq War".
    pub(crate) fn is_place_name(&self, name: &str) -> bool {
        let first = name.split(' ').next().unwrap_or(name);
        let last = name.rsplit(' ').next().unwrap_or(name);
        self.place_first.contains(first) || self.place_last.contains(last)
    }
}

/// The words of the list `text` marked `= mark`, lower case.
fn marked(text: &str, marks: &[&str]) -> WordSet {
    lexicon::entries(text)
        .filter(|e| e.value.is_some_and(|v| marks.contains(&v)))
        .map(|e| e.key.to_lowercase())
        .collect()
}

/// Which form of `lemma` the word `form` is.
fn form_of(lemma: &str, form: &str) -> Form {
    if form == lemma {
        Form::Base
    } else if form.ends_with("ing") {
        Form::Gerund
    } else if form.ends_with('s') && !form.ends_with("ss") {
        Form::Third
    } else {
        Form::Past
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicons_load() {
        let lex = Lexicons::new();
        let said = lex.verb("Said").unwrap();
        assert_eq!((said.hedged, said.form), (false, Form::Past));
        assert_eq!(lex.verb("believe").unwrap().form, Form::Base);
        assert!(lex.verb("believes").unwrap().hedged);
        assert_eq!(lex.verb("adding").unwrap().form, Form::Gerund);
        assert_eq!(lex.verb("stresses").unwrap().form, Form::Third);
        let pointed = lex.particle_verb("Pointed").unwrap();
        assert_eq!(
            (pointed.form, pointed.particle.as_str()),
            (Form::Past, "out")
        );
        assert!(lex.verb("pointed").is_none());
        assert!(lex.is_title("Secretary"));
        assert!(lex.is_organisation("ministry"));
        assert_eq!(lex.cue_phrases[0], ["according", "to"]);
    }
}
