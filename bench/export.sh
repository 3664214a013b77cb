#!/usr/bin/env bash
# How long does `imr export` take against the `imr index` build of the same
# corpus? Builds the index from scratch, then exports everything as Parquet
# (and CSV), all in one invocation, timing each with /usr/bin/time for wall
# time and peak RSS. The issue's target: an export in at most a quarter of
# the build's time, under 1 GB of memory.
#
#   bench/export.sh [N]      letters, default 20000
#
# Environment: SEED (corpus seed, default 42). The corpus is bench/run.sh's
# (bench-out/corpus-N-sSEED/), generated here when missing.
set -euo pipefail

N="${1:-20000}"
SEED="${SEED:-42}"

repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
out="$repo/bench-out"
mkdir -p "$out"
say() { echo "export.sh: $*" >&2; }

[ -x /usr/bin/time ] || { say "/usr/bin/time is required (apt-get install time)"; exit 1; }
target="$(cargo metadata --no-deps --format-version 1 \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/profiling"
say "building profiling binaries (imr, gen_corpus)"
cargo build --profile profiling --quiet --bin imr
cargo build --profile profiling --quiet -p imr-bench --bin gen_corpus

corpus="$out/corpus-$N-s$SEED"
if [ ! -f "$corpus.complete" ]; then
    say "generating $N letters (seed $SEED) into $corpus"
    rm -rf "$corpus.tmp" "$corpus"
    "$target/gen_corpus" --out "$corpus.tmp" --count "$N" --seed "$SEED" >&2
    mv "$corpus.tmp" "$corpus"
    touch "$corpus.complete"
fi
say "warming the page cache with the corpus"
find "$corpus" -type f -name '*.txt' -print0 | xargs -0 cat > /dev/null

work="$out/export-$N-s$SEED"
rm -rf "$work"
mkdir -p "$work"

# Runs a command under /usr/bin/time; prints "seconds peak_rss_mb".
timed() {
    local log="$work/time.log"
    /usr/bin/time -f '%e %M' -o "$log" "$@" > "$work/last.out" 2> "$work/last.err" \
        || { cat "$work/last.err" >&2; exit 1; }
    awk '{ printf "%s %.0f\n", $1, $2 / 1024 }' "$log"
}

say "imr index (from scratch)"
read -r build_s build_mb < <(timed "$target/imr" index "$corpus" --index "$work/index")
say "imr export --format parquet"
read -r parquet_s parquet_mb < <(timed "$target/imr" export "$work/parquet" --index "$work/index")
tail -1 "$work/last.out" >&2
say "imr export --format csv"
read -r csv_s csv_mb < <(timed "$target/imr" export "$work/csv" --format csv --index "$work/index")
size() { du -sm "$1" | cut -f1; }

cat <<EOF
| $(date -u '+%Y-%m-%d %H:%M') | \`$(git rev-parse --short HEAD)\` | $N | $(size "$corpus") | $build_s / $build_mb | $parquet_s / $parquet_mb / $(size "$work/parquet") | $csv_s / $csv_mb / $(size "$work/csv") | $(python3 -c "print(f'{$parquet_s / $build_s:.3f}')") | $(cut -d' ' -f1-3 /proc/loadavg) |
EOF
