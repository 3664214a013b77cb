#!/usr/bin/env bash
# Benchmark imr against a plain-tantivy floor, SQLite FTS5 and ripgrep on one
# warm synthetic corpus, and write BENCHMARKS.md.
#
#   bench/run.sh [N]          N letters, default 100000
#
# Environment: SEED (corpus seed, default 42), K (timed runs per query,
# default 20), K_RG (timed rg runs per phrase, default 5), BUILDS (build
# rounds per tool, the median counts; default 3 up to 200,000 letters, else
# 1), CORPUS (use this folder of letters instead of generating one).
#
# Everything it creates lives under bench-out/ (gitignored): the corpus in
# bench-out/corpus-N-sSEED/ (reused by later runs with the same N and seed),
# indexes and raw results in bench-out/run-N-sSEED/.
set -euo pipefail

N="${1:-100000}"
SEED="${SEED:-42}"
K="${K:-20}"
K_RG="${K_RG:-5}"
# Build rounds per tool (the median counts): three where a build takes
# seconds, one at a million letters, where a round takes minutes.
if [ "$N" -le 200000 ]; then BUILDS="${BUILDS:-3}"; else BUILDS="${BUILDS:-1}"; fi

repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
out="$repo/bench-out"
mkdir -p "$out"
say() { echo "run.sh: $*" >&2; }

# --- tools ------------------------------------------------------------------
as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi
}
if command -v rg >/dev/null; then
    say "ripgrep found: $(command -v rg) ($(rg --version | head -1))"
else
    say "ripgrep (rg) is missing: installing it with apt-get"
    if ! as_root sh -c 'apt-get update -qq && apt-get install -y -qq ripgrep' >&2; then
        say "could not install ripgrep (need root or sudo): install it and run again"
        exit 1
    fi
    say "ripgrep installed: $(command -v rg) ($(rg --version | head -1))"
fi
for tool in python3 sqlite3 cargo; do
    command -v "$tool" >/dev/null || { say "$tool is required but missing"; exit 1; }
done
python3 -c 'import sqlite3,sys; c=sqlite3.connect(":memory:"); \
    sys.exit(0 if any("FTS5" in r[0] for r in c.execute("pragma compile_options")) else 1)' \
    || { say "python3's sqlite3 lacks FTS5"; exit 1; }
tools="rg $(rg --version | head -1 | awk '{print $2}'), sqlite $(sqlite3 --version | awk '{print $1}'), \
$(python3 --version), $(rustc --version | awk '{print $1, $2}')"

# --- release binaries, built once -------------------------------------------
target="$(cargo metadata --no-deps --format-version 1 \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/profiling"
# The bench tools live in their own crate (crates/bench), outside the test
# build; their binaries land beside imr.
tools_bins=(--bin floor_index --bin page_latency --bin gen_corpus)
have_gen=1
say "building profiling binaries (imr, ${tools_bins[*]})"
cargo build --profile profiling --quiet --bin imr
cargo build --profile profiling --quiet -p imr-bench "${tools_bins[@]}"

have_search=()
if "$target/imr" search --help >/dev/null 2>&1 && "$target/imr" stats --help >/dev/null 2>&1; then
    have_search=(--have-search)
else
    say "this build has no 'imr search' / 'imr stats': their measurements are skipped"
fi

# --- corpus ------------------------------------------------------------------
if [ -n "${CORPUS:-}" ]; then
    corpus="$(cd "$CORPUS" && pwd)"
    say "using the corpus in $corpus"
    work="$out/run-custom"
    SEED="none (CORPUS=$CORPUS)"
else
    corpus="$out/corpus-$N-s$SEED"
    work="$out/run-$N-s$SEED"
    # The marker sits next to the corpus, not in it, so no tool sees it.
    if [ -f "$corpus.complete" ]; then
        say "reusing $corpus"
    else
        if [ "$have_gen" = 0 ]; then
            say "crates/bench/src/bin/gen_corpus/ is missing: set CORPUS=DIR"
            exit 1
        fi
        say "generating $N letters (seed $SEED) into $corpus"
        rm -rf "$corpus.tmp" "$corpus" "$corpus.complete"
        "$target/gen_corpus" --out "$corpus.tmp" --count "$N" --seed "$SEED" >&2
        mv "$corpus.tmp" "$corpus"
        touch "$corpus.complete"
    fi
fi
mkdir -p "$work"

# --- warm the page cache -----------------------------------------------------
# Earlier runs' indexes and databases (tens of GB at a million letters) fill
# the page cache, and a kernel that reclaims cold pages (DAMON) then drops
# corpus pages during a long build: start from an empty cache when allowed.
if as_root sh -c 'sync && echo 3 > /proc/sys/vm/drop_caches' 2>/dev/null; then
    say "dropped the page cache"
    export IMR_BENCH_CACHE_DROPPED=1
else
    say "could not drop the page cache (needs root or sudo): warming it as it is"
fi
say "warming the page cache"
find "$corpus" -type f -name '*.txt' -print0 | xargs -0 cat > /dev/null

# --- measurements ------------------------------------------------------------
python3 "$repo/bench/bench.py" --repo "$repo" --corpus "$corpus" --work "$work" \
    --target "$target" --n "$N" --seed "$SEED" --k "$K" --k-rg "$K_RG" --builds "$BUILDS" \
    --rg "$(command -v rg)" --sqlite3 "$(command -v sqlite3)" --tools "$tools" \
    "${have_search[@]}"
