#!/usr/bin/env python3
"""Does an imr build grow linearly? Builds a small and a large corpus in
turns (small, large, small, large, small) in one invocation, so that both
sizes see the same machine, and reports the per-letter cost of the large
build against the small one: medians, and each large build against the
mean of the small builds either side of it.

Run through bench/linear.sh, which builds imr, finds or generates the
corpora and warms the page cache. Writes bench/results/linear/*.json and
rewrites BENCHMARKS.md (bench.py's report)."""

import argparse
import datetime
import json
import os
import shutil
import statistics
import sys

import bench


def build(imr, corpus, index):
    """One full build: wall and CPU seconds, peak RSS, letters indexed."""
    shutil.rmtree(index, ignore_errors=True)
    out = index + ".json"
    m = bench.measured([imr, "index", corpus, "--index", index, "--format", "json"], out,
                       f"imr index {corpus}")
    summary = json.loads(m.pop("text"))
    m["letters"] = summary.get("total_letters")
    m["cpu"] = m["user"] + m["sys"]
    return m


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", required=True)
    ap.add_argument("--imr", required=True)
    ap.add_argument("--small", required=True, help="corpus folder")
    ap.add_argument("--large", required=True, help="corpus folder")
    ap.add_argument("--work", required=True)
    ap.add_argument("--rounds", type=bench.at_least_one, default=2,
                    help="large builds; small ones get one more")
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)

    sizes = {name: bench.corpus_stats(path) for name, path in (("small", a.small), ("large", a.large))}
    order = ["small"] + ["large", "small"] * a.rounds
    runs = []
    for i, name in enumerate(order, 1):
        print(f"linear: build {i} of {len(order)}: {name} corpus", flush=True)
        r = build(a.imr, getattr(a, name), os.path.join(a.work, f"index-{name}"))
        r["corpus"] = name
        runs.append(r)
        print(f"linear:   {r['seconds']:.1f} s wall, {r['user']:.1f} s user, {r['sys']:.1f} s system, "
              f"{r['letters']} letters", flush=True)

    files = {k: v[0] for k, v in sizes.items()}
    scale = files["large"] / files["small"]

    def per_letter(key):
        med = {k: statistics.median(r[key] for r in runs if r["corpus"] == k) for k in files}
        return med["large"] / med["small"] / scale

    # Each large build against the small builds just before and after it.
    bracketed = []
    for i, r in enumerate(runs):
        if r["corpus"] == "large":
            around = (runs[i - 1]["seconds"] + runs[i + 1]["seconds"]) / 2
            bracketed.append(round(r["seconds"] / around / scale, 3))

    result = {
        "date": datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "commit": bench.capture(["git", "-C", a.repo, "rev-parse", "--short", "HEAD"]).strip(),
        "machine": bench.machine(),
        "load": list(os.getloadavg()),
        "files": files,
        "bytes": {k: v[1] for k, v in sizes.items()},
        "runs": [{k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items()} for r in runs],
        "per_letter_wall": round(per_letter("seconds"), 3),
        "per_letter_cpu": round(per_letter("cpu"), 3),
        "per_letter_user": round(per_letter("user"), 3),
        "bracketed_wall": bracketed,
    }
    saved = os.path.join(a.repo, "bench", "results", "linear")
    os.makedirs(saved, exist_ok=True)
    keep = os.path.join(saved, f"{files['small']}-{files['large']}-{result['commit']}.json")
    with open(keep, "w") as f:
        json.dump(result, f, indent=1)
    md = os.path.join(a.repo, "BENCHMARKS.md")
    bench.report(bench.load_runs(os.path.join(a.repo, "bench", "results")), md)
    print(f"linear: per-letter cost, large / small: wall {result['per_letter_wall']:.3f}, "
          f"CPU {result['per_letter_cpu']:.3f}, user {result['per_letter_user']:.3f}; "
          f"each large build against the small ones around it: {bracketed}")
    print(f"linear: wrote {keep} and {md}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
