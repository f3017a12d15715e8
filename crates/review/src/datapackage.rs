//! A Frictionless Data Package descriptor (`datapackage.json`) for sheets:
//! their columns, types, the status values and the unique claim id, so
//! that teams that validate tables in CI with Frictionless tools can
//! validate factmark's sheets too.

use serde_json::{json, Value};

use crate::row::COLUMNS;
use crate::status::STATUSES;
use crate::write::SheetOptions;

/// What each of factmark's columns holds, for the schema.
fn describe(column: &str) -> (&'static str, &'static str) {
    match column {
        "claim_id" => ("string", "Stable claim id: c- and 12 hex digits, -N when a sentence repeats."),
        "article_id" => ("string", "The article the claim is from."),
        "sentence_no" => ("integer", "The claim's sentence, counted from 1 in the article."),
        "claim" => ("string", "The sentence, whitespace folded."),
        "context" => ("string", "What a reviewer needs to read the claim alone."),
        "quantities" => ("string", "Each quantity as written, then its reading in brackets; joined by '; '."),
        "source" => ("string", "Who stands behind the claim, resolved to a name where possible."),
        "cue" => ("string", "The reporting words."),
        "attribution" => ("string", "How the claim is attributed: direct, indirect, mixed, according_to, other."),
        "flags" => ("string", "Why to look first, joined by '; '."),
        "status" => ("string", "The reviewer's verdict: empty, verified or disputed."),
        "reviewer" => ("string", "Who reviewed the claim."),
        "evidence" => ("string", "URLs of the evidence."),
        "note" => ("string", "Anything else the reviewer wants to say."),
        _ => ("string", "A column a reviewer added."),
    }
}

/// The descriptor of the data resource for the sheet at `path` (relative
/// to the descriptor), written with `options`, with the columns
/// reviewers added (`extra`).
pub fn resource(path: &str, options: SheetOptions, extra: &[String]) -> Value {
    let name: String = path
        .rsplit('/')
        .next()
        .unwrap_or(path)
        .trim_end_matches(".csv")
        .chars()
        .map(|c| {
            let c = c.to_ascii_lowercase();
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '-'
            }
        })
        .collect();
    let fields: Vec<Value> = COLUMNS
        .iter()
        .copied()
        .chain(extra.iter().map(String::as_str))
        .map(|c| {
            let (ty, description) = describe(c);
            let mut field =
                json!({"name": c, "type": ty, "description": description});
            let constraints = match c {
                "claim_id" => Some(json!({
                    "required": true,
                    "unique": true,
                    "pattern": "c-[0-9a-f]{12}(-[0-9]+)?"
                })),
                "article_id" => Some(json!({"required": true})),
                "sentence_no" => Some(json!({"required": true, "minimum": 1})),
                "status" => Some(json!({"enum": STATUSES})),
                _ => None,
            };
            if let Some(c) = constraints {
                field["constraints"] = c;
            }
            field
        })
        .collect();
    json!({
        "name": if name.is_empty() { "review".to_string() } else { name },
        "path": path,
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": if options.bom { "utf-8-sig" } else { "utf-8" },
        "dialect": {
            "delimiter": (options.delimiter as char).to_string(),
            "lineTerminator": "\r\n",
            "quoteChar": "\"",
            "doubleQuote": true,
            "header": true
        },
        "schema": {
            "fields": fields,
            "primaryKey": ["claim_id"],
            "missingValues": [""]
        }
    })
}

/// Puts `resource` into the descriptor `existing` (a `datapackage.json`
/// already beside the sheet, if any), replacing a resource with the same
/// path and keeping the others, and returns the new descriptor.
pub fn with_resource(existing: Option<Value>, resource: Value) -> Value {
    let mut package = match existing {
        Some(v @ Value::Object(_)) => v,
        _ => json!({
            "name": "factmark-review",
            "title": "factmark review sheets",
            "profile": "tabular-data-package",
            "resources": []
        }),
    };
    if !package["resources"].is_array() {
        package["resources"] = json!([]);
    }
    let resources = package["resources"].as_array_mut().expect("an array");
    resources.retain(|r| r["path"] != resource["path"]);
    resources.push(resource);
    package
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_resource_per_sheet() {
        let options = SheetOptions::default();
        let a = resource("review.csv", options, &["my notes".into()]);
        assert_eq!(
            a["schema"]["fields"].as_array().unwrap().len(),
            COLUMNS.len() + 1
        );
        assert_eq!(a["schema"]["primaryKey"][0], "claim_id");
        assert_eq!(a["encoding"], "utf-8-sig");
        let p = with_resource(None, a.clone());
        let p = with_resource(Some(p), resource("other.csv", options, &[]));
        let p = with_resource(Some(p), a);
        let paths: Vec<_> = p["resources"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["path"].clone())
            .collect();
        assert_eq!(paths, [json!("other.csv"), json!("review.csv")]);
    }
}
