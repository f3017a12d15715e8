# factmark's everyday commands. `just --list` shows them.

# The gold sets and scorers `just eval` runs live beside the project, in
# ../shared/eval; a fresh clone does not have them.
eval_dir := "../shared/eval"
factmark := "target/release/factmark"
tagger := factmark + " annotate --format jsonl --quiet"

# Annotate the sample articles into review.csv.
run:
    cargo run --release -- annotate data/articles -o review.csv

# Run every test.
test:
    cargo test --workspace

# Formatting and lints, as CI checks them.
lint:
    cargo fmt --check
    cargo clippy --workspace --all-targets -- -D warnings

# Run the benchmarks and print their medians in MB/s.
bench *ARGS:
    cargo bench --workspace {{ARGS}}
    python3 scripts/bench_report.py

# Fuzz one target (segment, quantity, attribution, annotate) for SECONDS; needs cargo-fuzz.
fuzz TARGET="annotate" SECONDS="60":
    cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run {{TARGET}} -- -max_total_time={{SECONDS}} -max_len=65536

# What CI runs.
ci:
    .ci/run

# Score segmentation, quantities and attributions with the external scorers.
eval:
    #!/usr/bin/env bash
    set -euo pipefail
    if [ ! -d "{{eval_dir}}" ]; then
        echo "just eval: {{eval_dir}} is not here (a fresh clone has no"
        echo "external gold data); the accuracy tests in cargo test cover"
        echo "the copies in tests/data."
        exit 1
    fi
    cargo build --release --quiet
    out=$(mktemp -d)
    trap 'rm -rf "$out"' EXIT
    cmd="$PWD/{{tagger}}"
    seg="{{eval_dir}}/segment"
    python3 "$seg/score.py" --gold "$seg/golden_rules_en.jsonl" --cmd "$cmd" \
        --json "$out/golden.json" > /dev/null
    python3 "$seg/score.py" --gold "$seg/gum_docs.jsonl" --cmd "$cmd" \
        --by genre --json "$out/gum.json" > /dev/null
    # Each quantity set is scored in its own span and value convention
    # (see scripts/quantity_view.py).
    qty="{{eval_dir}}/quantity"
    view="python3 $PWD/scripts/quantity_view.py --convention"
    python3 "$qty/score.py" --tagger "$cmd | $view rt" \
        --source recognizers-text --json "$out/qty_rt.json" > /dev/null
    python3 "$qty/score.py" --tagger "$cmd | $view duckling" \
        --source duckling --json "$out/qty_duckling.json" > /dev/null
    python3 "$qty/score.py" --tagger "$cmd | $view quantulum3" \
        --source quantulum3 --json "$out/qty_q3.json" > /dev/null
    python3 "$qty/score.py" --tagger "$cmd" \
        --source grobid-quantities --json "$out/qty.json" \
        --doc "$qty/seed_article_gold.json" data/articles/seed.txt > /dev/null
    att="{{eval_dir}}/attribution"
    python3 "$att/score.py" --cmd "$cmd" --json "$out/att.json" \
        --gold "$att/seed_article_gold.json" \
        --gold "$att/patterns_synthetic.jsonl" \
        --gold "$att/patterns_news.jsonl" > /dev/null
    python3 scripts/eval_summary.py "$out"

# The review sheet through LibreOffice and back (installs LibreOffice
# with apt when soffice is missing).
e2e:
    #!/usr/bin/env bash
    set -euo pipefail
    if ! command -v soffice >/dev/null; then
        run=""; if [ "$(id -u)" -ne 0 ]; then run="sudo"; fi
        $run apt-get update
        DEBIAN_FRONTEND=noninteractive $run apt-get install -y --no-install-recommends libreoffice-calc-nogui
    fi
    cargo test --test libreoffice -- --nocapture

# factmark under Spark: RDD.pipe in local mode over the news sample,
# checked against a plain run (installs pyspark in .venv-spark; needs Java).
spark:
    #!/usr/bin/env bash
    set -euo pipefail
    test -x .venv-spark/bin/python || python3 -m venv .venv-spark
    .venv-spark/bin/python -c "import pyspark" 2>/dev/null || .venv-spark/bin/pip install --quiet pyspark
    FACTMARK_PYSPARK=.venv-spark/bin/python cargo test --release --test spark -- --nocapture
