//! The word finder against the plain reading of its rule, on text made
//! of list words, their pieces, digits, spaces and non-ASCII letters, at
//! every alignment to its 64-byte blocks.

use factmark_core::lexicon::is_whole_word;
use factmark_core::words::{MultiFinder, WordFinder, WordMatch};
use proptest::prelude::*;

const WORDS: [&str; 6] =
    ["said", "Told", "a", "than", "thousands", "internationally"];

/// Every whole word of `words`, case aside, in text order.
fn plain_in(words: &[&str], text: &str) -> Vec<WordMatch> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for start in 0..bytes.len() {
        for (word, w) in words.iter().enumerate() {
            let end = start + w.len();
            if end <= bytes.len()
                && bytes[start..end].eq_ignore_ascii_case(w.as_bytes())
                && is_whole_word(bytes, start, end)
            {
                out.push(WordMatch { start, end, word });
            }
        }
    }
    out
}

fn plain(text: &str) -> Vec<WordMatch> {
    plain_in(&WORDS, text)
}

#[test]
fn runs_across_blocks_and_at_the_ends() {
    let words = ["said", "a", "internationalisations", "told"];
    let finder = WordFinder::new(&words);
    // Pads past 128 make a run that covers a whole block.
    for pad in (0..70).chain(120..140) {
        let text = format!(
            "{} said a A2 Internationalisations 9told told{}SAID",
            "x".repeat(pad),
            " ".repeat(pad % 9)
        );
        let mut got = Vec::new();
        finder.find_all(&text, &mut got);
        assert_eq!(got, plain_in(&words, &text), "{text:?}");
    }
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(WORDS.to_vec()).prop_map(String::from),
        proptest::sample::select(vec![
            " ", "  ", "\n", ",", "-", "’", "é", "9", "SAID", "tha", "s", "x",
            "“", "thousand", "\u{a0}",
        ])
        .prop_map(String::from),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn finds_what_the_rule_says(
        pieces in prop::collection::vec(piece(), 0..80),
        pad in 0usize..64,
    ) {
        let text = format!("{}{}", " ".repeat(pad), pieces.concat());
        let finder = WordFinder::new(&WORDS);
        let mut got = Vec::new();
        finder.find_all(&text, &mut got);
        prop_assert_eq!(got, plain(&text));
    }

    #[test]
    fn any_text(text in any::<String>()) {
        let finder = WordFinder::new(&WORDS);
        let mut got = Vec::new();
        finder.find_all(&text, &mut got);
        prop_assert_eq!(got, plain(&text));
    }

    #[test]
    fn many_lists_in_one_pass_find_what_each_finds(
        pieces in prop::collection::vec(piece(), 0..80),
        picks in prop::collection::vec(
            prop::collection::vec(0..WORDS.len(), 0..8),
            1..4,
        ),
    ) {
        // Lists drawn from the words, with repeats, in any order, and a
        // word too long to pack.
        let lists: Vec<Vec<String>> = picks
            .iter()
            .map(|p| {
                let mut list: Vec<String> =
                    p.iter().map(|&w| WORDS[w].to_string()).collect();
                list.push("Internationalisations".into());
                list
            })
            .collect();
        let finders: Vec<WordFinder> =
            lists.iter().map(|l| WordFinder::new(l)).collect();
        let refs: Vec<&WordFinder> = finders.iter().collect();
        let text = pieces.concat() + " internationalisations said";
        let mut got = vec![Vec::new(); finders.len()];
        MultiFinder::new(&refs).find_all(&text, &mut got);
        for (finder, got) in finders.iter().zip(&got) {
            let mut alone = Vec::new();
            finder.find_all(&text, &mut alone);
            prop_assert_eq!(got, &alone);
        }
    }
}
