//! Properties every annotation keeps, on arbitrary text: spans fall on
//! character boundaries and point into the text, sentences tile it in
//! order, and every annotation lies inside its sentence.

use factmark_core::{Annotations, Document, Span};
use factmark_pipeline::{jsonl, Article, Origin, Pipeline};
use proptest::prelude::*;

/// Text made of the pieces news is made of, so the taggers get to work,
/// plus arbitrary characters.
fn news_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Mr.".to_string()),
        Just("U.S.".to_string()),
        Just("said".to_string()),
        Just("according to".to_string()),
        Just("up to".to_string()),
        Just("more than".to_string()),
        Just("is believed to".to_string()),
        Just("he".to_string()),
        Just("the ministry".to_string()),
        Just("thousands".to_string()),
        Just("a month".to_string()),
        Just("twenty-five".to_string()),
        Just("between".to_string()),
        Just("and".to_string()),
        Just("%".to_string()),
        Just("$".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("’".to_string()),
        Just("…".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("。".to_string()),
        Just("é".to_string()),
        "[A-Z][a-z]{0,8}",
        "[a-z]{1,8}",
        "[0-9]{1,7}([,.][0-9]{1,3})?",
        "[ .,;:!?()\\-–—/]{1,3}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..80).prop_map(|v| v.join(" "))
}

fn on_boundary(text: &str, s: Span) -> bool {
    s.start <= s.end
        && s.end <= text.len()
        && text.is_char_boundary(s.start)
        && text.is_char_boundary(s.end)
}

fn check(text: &str, ann: &Annotations) {
    // Sentences: in order, trimmed, tiling every non-whitespace character.
    let mut covered = 0;
    for (i, s) in ann.sentences.iter().enumerate() {
        assert!(on_boundary(text, s.span), "sentence {i} {:?}", s.span);
        assert!(!s.span.is_empty());
        let t = &text[s.span];
        assert_eq!(t, t.trim(), "sentence {i} is trimmed");
        assert!(
            text[covered..s.span.start].trim().is_empty(),
            "gap before sentence {i}"
        );
        covered = s.span.end;
        if i > 0 {
            assert!(ann.sentences[i - 1].paragraph <= s.paragraph);
        }
    }
    assert!(text[covered..].trim().is_empty(), "text after the last sentence");
    let mut last = 0;
    for q in &ann.quantities {
        let sentence = ann.sentences[q.sentence].span;
        for s in
            [Some(q.span), Some(q.full), q.counted, q.hedge.map(|h| h.span)]
                .into_iter()
                .flatten()
        {
            assert!(on_boundary(text, s));
            assert!(
                sentence.contains(s),
                "quantity part outside its sentence"
            );
        }
        assert!(q.full.contains(q.span));
        assert!(q.span.start >= last, "quantities in order");
        last = q.span.start;
    }
    for a in &ann.attributions {
        assert!(on_boundary(text, a.cue));
        assert!(on_boundary(text, a.content.span));
        assert!(!a.content.span.is_empty());
        if let Some(s) = &a.source {
            assert!(on_boundary(text, s.span));
        }
        assert!(a.sentences.start < a.sentences.end);
        assert!(a.sentences.end <= ann.sentences.len());
    }
    for c in &ann.claims {
        assert!(ann.sentences[c.sentence].kind.is_prose());
    }
}

fn check_jsonl(text: &str, ann: &Annotations) {
    let article = Article {
        doc: Document::new("p", text),
        extra: Default::default(),
        origin: Origin { file: "-".into(), line: None },
    };
    let mut out = Vec::new();
    jsonl::write_article(&mut out, &article, ann).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let chars: Vec<char> = text.chars().collect();
    let mut stack = vec![&v];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::Object(m) => {
                if let Some(t) = m.get("text").and_then(|t| t.as_str()) {
                    if m.contains_key("start") {
                        let s = m["start"].as_u64().unwrap() as usize;
                        let e = m["end"].as_u64().unwrap() as usize;
                        let slice: String = chars[s..e].iter().collect();
                        assert_eq!(slice, t);
                    }
                }
                stack.extend(m.values());
            }
            serde_json::Value::Array(a) => stack.extend(a),
            _ => {}
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn news_like_text(text in news_text()) {
        let ann = Pipeline::new().annotate(&Document::new("p", text.clone()));
        check(&text, &ann);
        check_jsonl(&text, &ann);
    }

    #[test]
    fn any_text(text in any::<String>()) {
        let ann = Pipeline::new().annotate(&Document::new("p", text.clone()));
        check(&text, &ann);
    }
}

#[test]
fn seed_article() {
    let text = include_str!("../../../data/articles/seed.txt");
    let ann = Pipeline::new().annotate(&Document::new("seed", text));
    check(text, &ann);
    check_jsonl(text, &ann);
}
