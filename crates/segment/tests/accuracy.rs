//! Accuracy floors on the segmentation gold data in `tests/data/segment/`
//! (see its SOURCES.md): the 52 English golden rules and the GUM
//! documents. The floors are what the segmenter reaches today; a change
//! that breaks a rule fails here. Raise them as the segmenter improves.

use factmark_segment::Segmenter;
use serde_json::Value;

fn gold(name: &str) -> Vec<Value> {
    factmark_testkit::json_lines(&format!("tests/data/segment/{name}"))
}

fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn predicted(seg: &Segmenter, text: &str) -> Vec<String> {
    seg.segment(text).iter().map(|s| text[s.span].to_string()).collect()
}

#[test]
fn golden_rules() {
    let seg = Segmenter::new();
    let cases = gold("golden_rules_en.jsonl");
    let mut failed = Vec::new();
    for case in &cases {
        let text = case["text"].as_str().unwrap();
        let want: Vec<String> = case["sentences"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| fold(s.as_str().unwrap()))
            .filter(|s| !s.is_empty())
            .collect();
        let got: Vec<String> =
            predicted(&seg, text).iter().map(|s| fold(s)).collect();
        if got != want {
            failed.push(format!(
                "{}: want {want:?}\n       got  {got:?}",
                case["id"]
            ));
        }
    }
    let passed = cases.len() - failed.len();
    eprintln!("golden rules: {passed}/{}", cases.len());
    // Issue #3: all 52.
    assert!(passed == 52, "{passed}/52 passed:\n{}", failed.join("\n"));
}

/// Boundary offsets, counted in non-whitespace characters, of sentences
/// that tile `text` (ignoring whitespace). The first sentence's start is
/// not a boundary.
fn boundaries<'a>(sentences: impl Iterator<Item = &'a str>) -> Vec<usize> {
    let mut out = Vec::new();
    let mut at = 0;
    for s in sentences {
        let n = s.chars().filter(|c| !c.is_whitespace()).count();
        if n == 0 {
            continue;
        }
        if at > 0 {
            out.push(at);
        }
        at += n;
    }
    out
}

#[test]
fn gum_boundary_f1() {
    let seg = Segmenter::new();
    let (mut tp, mut n_pred, mut n_gold) = (0, 0, 0);
    let mut news = (0, 0, 0);
    for doc in gold("gum_docs.jsonl") {
        let text = doc["text"].as_str().unwrap();
        let gold: Vec<&str> = doc["sentences"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap())
            .collect();
        let pred = predicted(&seg, text);
        let g = boundaries(gold.iter().copied());
        let p = boundaries(pred.iter().map(String::as_str));
        let hit = p.iter().filter(|b| g.binary_search(b).is_ok()).count();
        tp += hit;
        n_pred += p.len();
        n_gold += g.len();
        if doc["genre"] == "news" {
            news.0 += hit;
            news.1 += p.len();
            news.2 += g.len();
        }
    }
    let f1 =
        |(tp, p, g): (usize, usize, usize)| 2.0 * tp as f64 / (p + g) as f64;
    let (all, news) = (f1((tp, n_pred, n_gold)), f1(news));
    eprintln!("GUM boundary F1: {all:.4} (news {news:.4})");
    // Floors: what the segmenter reaches today (issue #3 asks for 0.985
    // overall and 0.975 on news).
    assert!(all >= 0.988, "GUM boundary F1 {all:.4}");
    assert!(news >= 0.980, "GUM news boundary F1 {news:.4}");
}
