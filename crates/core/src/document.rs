//! An article as factmark reads it.

/// One article: an id, the text every span points into, and what the input
/// said about it.
///
/// The id is the JSONL `id` field or the file's path relative to the folder
/// it was found in; factmark never changes `text`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    /// The article's id, unique within a batch.
    pub id: String,
    /// The article text, exactly as read.
    pub text: String,
    /// The headline, when the input gave one apart from the text.
    pub title: Option<String>,
    /// Where the article was published.
    pub url: Option<String>,
    /// When the article was published, as the input wrote it.
    pub published: Option<String>,
}

impl Document {
    /// Creates a document with only an id and a text.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document { id: id.into(), text: text.into(), ..Document::default() }
    }
}
