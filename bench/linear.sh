#!/usr/bin/env bash
# Does an imr build grow linearly? Builds two corpus sizes in turns in one
# invocation and reports the per-letter cost of the large one against the
# small one (bench/linear.py), then rewrites BENCHMARKS.md.
#
#   bench/linear.sh [SMALL] [LARGE]     letters, default 100000 and 1000000
#
# Environment: SEED (corpus seed, default 42), ROUNDS (large builds, default
# 2; the small corpus is built once more, before, between and after them).
# The corpora are those of bench/run.sh (bench-out/corpus-N-sSEED/),
# generated here when missing. Both must fit the page cache together (about
# 10 GB for the defaults) or the large builds read from disk.
set -euo pipefail

SMALL="${1:-100000}"
LARGE="${2:-1000000}"
SEED="${SEED:-42}"
ROUNDS="${ROUNDS:-2}"

repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
out="$repo/bench-out"
mkdir -p "$out"
say() { echo "linear.sh: $*" >&2; }

for tool in python3 cargo; do
    command -v "$tool" >/dev/null || { say "$tool is required but missing"; exit 1; }
done
target="$(cargo metadata --no-deps --format-version 1 \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/profiling"
say "building profiling binaries (imr, gen_corpus)"
cargo build --profile profiling --quiet --bin imr
cargo build --profile profiling --quiet -p imr-bench --bin gen_corpus

corpus_for() {
    local n="$1" corpus="$out/corpus-$1-s$SEED"
    if [ ! -f "$corpus.complete" ]; then
        say "generating $n letters (seed $SEED) into $corpus"
        rm -rf "$corpus.tmp" "$corpus"
        "$target/gen_corpus" --out "$corpus.tmp" --count "$n" --seed "$SEED" >&2
        mv "$corpus.tmp" "$corpus"
        touch "$corpus.complete"
    fi
    echo "$corpus"
}
small="$(corpus_for "$SMALL")"
large="$(corpus_for "$LARGE")"

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi
}
if as_root sh -c 'sync && echo 3 > /proc/sys/vm/drop_caches' 2>/dev/null; then
    say "dropped the page cache"
else
    say "could not drop the page cache (needs root or sudo): warming it as it is"
fi
say "warming the page cache with both corpora"
find "$small" "$large" -type f -name '*.txt' -print0 | xargs -0 cat > /dev/null

work="$out/linear-$SMALL-$LARGE-s$SEED"
python3 "$repo/bench/linear.py" --repo "$repo" --imr "$target/imr" \
    --small "$small" --large "$large" --work "$work" --rounds "$ROUNDS"
rm -rf "$work"
