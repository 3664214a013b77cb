#!/usr/bin/env python3
"""Measurements behind bench/run.sh (run that, not this).

Times `imr index` (full and no-change), the plain-tantivy floor, an SQLite
FTS5 build, then the query mix as whole processes (imr search / stats, rg,
the sqlite3 CLI) and FTS5 in-process; compares per-letter phrase hits across
tools; writes bench-out/results-N.json and regenerates BENCHMARKS.md, keeping
its history section.
"""

import argparse
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request

HISTORY_START = "<!-- history:start -->"
HISTORY_END = "<!-- history:end -->"

# The query mix. Phrases are chosen so that every tool tokenises them alike
# (plain words, no hyphens or digits): imr and FTS5 both split on anything
# that is not a letter or digit, and rg matches the words with \s+ between.
PHRASES = [
    "functional improvement",
    "medically necessary",
    "epidural steroid injection",
    "transcutaneous electrical nerve stimulation",
]

# (label, imr search arguments after the query, description)
FILTERED = [
    ('"functional improvement"', ["--filter", "outcome=/overturned"],
     "phrase + outcome facet"),
    ('"physical therapy"', ["--filter", "guideline=/MTUS"],
     "phrase + guideline facet"),
]

# Boolean queries: (imr query, FTS5 query). imr searches rationale, service
# and summary by default; FTS5 searches the whole letter, so the counts of
# this pair differ by design. The `letter:` form below is the like-for-like
# count.
BOOLEAN = [
    ('opioids AND "urine drug" AND NOT tramadol',
     'opioids AND "urine drug" NOT tramadol',
     'letter:opioids AND letter:"urine drug" AND NOT letter:tramadol'),
    ('(acupuncture OR chiropractic) AND "functional improvement"',
     '(acupuncture OR chiropractic) AND "functional improvement"',
     '(letter:acupuncture OR letter:chiropractic) AND letter:"functional improvement"'),
]


def pct(values, p):
    """Nearest-rank percentile of a list of numbers."""
    if not values:
        return float("nan")
    s = sorted(values)
    k = max(0, min(len(s) - 1, int(round(p / 100.0 * len(s) + 0.5)) - 1))
    return s[k]


def summary_ms(times):
    return {
        "p50": pct(times, 50),
        "p95": pct(times, 95),
        "p99": pct(times, 99),
        "n": len(times),
    }


def run_measured(cmd, cwd=None, stdout_path=None, env=None):
    """Runs cmd to completion; returns (exit code, wall seconds, peak RSS MB,
    stdout text or None). Peak RSS comes from wait4's rusage of that child."""
    out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    err = subprocess.DEVNULL if stdout_path is None else open(stdout_path + ".err", "wb")
    t = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=err, env=env)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t
    p.returncode = os.waitstatus_to_exitcode(status)
    if stdout_path:
        out.close()
        err.close()
    text = None
    if stdout_path:
        with open(stdout_path, "r", encoding="utf-8", errors="replace") as f:
            text = f.read()
    return p.returncode, wall, ru.ru_maxrss / 1024.0, text


def at_least_one(text):
    """argparse type: a whole number >= 1."""
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return n


def measured(cmd, stdout_path, what):
    """One build: wall seconds, CPU seconds, peak RSS and stdout, or an error
    naming the log to read."""
    before = os.times()
    rc, wall, rss, text = run_measured(cmd, stdout_path=stdout_path)
    after = os.times()
    if rc != 0:
        raise RuntimeError(f"{what} exited {rc}; see {stdout_path}.err")
    return {"seconds": wall, "rss_mb": rss, "text": text,
            "user": after.children_user - before.children_user,
            "sys": after.children_system - before.children_system}


def build_figures(runs):
    """Median wall and CPU seconds of a tool's build rounds, the highest
    peak RSS, and every round's wall time."""
    med = lambda key: statistics.median(r[key] for r in runs)
    return {"seconds": med("seconds"), "user_s": med("user"), "sys_s": med("sys"),
            "rss_mb": max(r["rss_mb"] for r in runs),
            "rounds_s": [round(r["seconds"], 2) for r in runs]}


def time_process(cmd, k, cwd=None, ok=(0,)):
    """Whole-process latency: one warm-up run, then k timed runs (ms)."""
    times = []
    for i in range(k + 1):
        t = time.perf_counter()
        p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        dt = (time.perf_counter() - t) * 1000.0
        if p.returncode not in ok:
            raise RuntimeError(f"{cmd} exited {p.returncode}")
        if i > 0:
            times.append(dt)
    return times


def capture(cmd, cwd=None, ok=(0,)):
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, errors="replace")
    if p.returncode not in ok:
        raise RuntimeError(f"{cmd} exited {p.returncode}: {p.stderr[-2000:]}")
    return p.stdout


def dir_bytes(path):
    total = 0
    for root, _, names in os.walk(path):
        for n in names:
            try:
                total += os.path.getsize(os.path.join(root, n))
            except OSError:
                pass
    return total


def corpus_stats(corpus):
    files = 0
    nbytes = 0
    for root, _, names in os.walk(corpus):
        for n in names:
            if n.endswith(".txt"):
                files += 1
                nbytes += os.path.getsize(os.path.join(root, n))
    return files, nbytes


def machine():
    cpu = platform.processor() or "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem_gb = float("nan")
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    mem_gb = int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return {
        "cores": os.cpu_count(),
        "memory_gb": round(mem_gb, 1),
        "cpu": cpu,
        "kernel": platform.release(),
    }


def rg_regex(phrase):
    words = [re.escape(w) for w in phrase.split()]
    return r"\b" + r"\s+".join(words) + r"\b"


def page_break_regex(phrase):
    """The phrase with a page break (form feed plus running header/footer
    lines) allowed between two words: how a letter's text can hold a phrase
    that rg and FTS5 miss and imr, which removes page furniture, finds."""
    words = [re.escape(w) for w in phrase.split()]
    gap = r"(?:\s+|\s[^\f]{0,300}?\f(?:[^\f]{0,300}?\s)?)"
    return re.compile(r"\b" + gap.join(words) + r"\b", re.I | re.S)


def explain_extra(corpus, files, phrase):
    """How many of files (found by imr, not rg) hold the phrase across a page
    break."""
    rx = page_break_regex(phrase)
    n = 0
    for f in files:
        try:
            with open(os.path.join(corpus, f), encoding="utf-8", errors="replace") as fh:
                if rx.search(fh.read()):
                    n += 1
        except OSError:
            pass
    return n


def fts_phrase(phrase):
    return '"' + phrase + '"'


def sql_quote(s):
    return "'" + s.replace("'", "''") + "'"


# `imr serve` API requests: (label, query string). "page" rows are what the
# web page sends on Enter: the query, 10 hits and its six sidebar facets.
PAGE_FACETS = "".join(f"&facet={f}" for f in
                      ("outcome", "guideline", "ca_guideline", "category", "specialty", "year"))
SERVE_MIX = (
    [(f'"{ph}"', "search?q=" + urllib.parse.quote(f'"{ph}"')) for ph in PHRASES]
    + [(f'"{ph}" (page: + 6 facets)', "search?q=" + urllib.parse.quote(f'"{ph}"') + PAGE_FACETS)
       for ph in PHRASES[:2]]
    + [('"functional improvement" outcome=/overturned',
        "search?q=%22functional%20improvement%22&filter=outcome%3D%2Foverturned"),
       ("match-all (page: + 6 facets)", "search?q=" + PAGE_FACETS),
       ("stats by guideline", "stats?by=guideline"),
       ("letter", "letter?key=__FIRST__&q=%22medically%20necessary%22")]
)
# Queries typed into the page for the Enter-to-results measurement.
PAGE_QUERIES = ['"functional improvement"', '"medically necessary"',
                '"epidural steroid injection"', 'opioids AND "urine drug" AND NOT tramadol']


class Bench:
    def __init__(self, a):
        self.a = a
        self.imr = os.path.join(a.target, "imr")
        self.floor = os.path.join(a.target, "floor_index")
        self.work = a.work
        self.idx = os.path.join(self.work, "imr-index")
        self.floor_idx = os.path.join(self.work, "floor-index")
        self.db = os.path.join(self.work, "fts5.db")
        self.fts5 = [sys.executable, os.path.join(a.repo, "bench", "fts5.py")]
        self.r = {"notes": []}

    def note(self, msg):
        print("bench: " + msg, flush=True)
        self.r["notes"].append(msg)

    def log(self, msg):
        print("bench: " + msg, flush=True)

    # ---------------------------------------------------------------- builds
    def builds(self):
        files, nbytes = corpus_stats(self.a.corpus)
        self.r["corpus"] = {"n": self.a.n, "seed": self.a.seed, "files": files,
                            "bytes": nbytes, "path": self.a.corpus}
        self.files, self.bytes = files, nbytes

        # Each build runs `builds` times, the three tools taking turns, and
        # the median counts: one run of a 16-second build varies by +-10% on
        # a shared machine, which hid or faked the targets' margins.
        rounds = self.a.builds
        self.r["build_rounds"] = rounds
        imr_cmd = [self.imr, "index", self.a.corpus, "--index", self.idx, "--format", "json"]
        imr_out = os.path.join(self.work, "imr-index.json")
        floor_cmd = [self.floor, self.a.corpus, self.floor_idx, "--threads", "2", "--budget-mb", "400"]
        fts5_cmd = self.fts5 + ["build", self.db, self.a.corpus]
        runs = {"imr": [], "floor": [], "fts5": []}
        for i in range(rounds):
            tag = f" (round {i + 1} of {rounds})" if rounds > 1 else ""
            self.log("imr index (full build)" + tag)
            shutil.rmtree(self.idx, ignore_errors=True)
            runs["imr"].append(measured(imr_cmd, imr_out, "imr index"))
            self.log("floor: plain tantivy, one text field" + tag)
            shutil.rmtree(self.floor_idx, ignore_errors=True)
            runs["floor"].append(measured(floor_cmd, os.path.join(self.work, "floor.json"),
                                          "floor_index"))
            self.log("SQLite FTS5 build" + tag)
            runs["fts5"].append(measured(fts5_cmd, os.path.join(self.work, "fts5-build.json"),
                                         "fts5 build"))

        # The index left by the last round answers the queries.
        summ = json.loads(runs["imr"][-1]["text"])
        self.r["imr_index"] = dict(build_figures(runs["imr"]), **{
            "index_bytes": dir_bytes(self.idx),
            "letters": summ.get("total_letters"), "items": summ.get("total_docs"),
            "skipped": len(summ.get("skipped", [])),
            "duplicates": len(summ.get("duplicates", [])),
            "own_seconds": summ.get("seconds"),
        })
        fl = json.loads(runs["floor"][-1]["text"])
        self.r["floor"] = dict(build_figures(runs["floor"]), index_bytes=fl["index_bytes"],
                               own_seconds=fl["seconds"])
        fb = json.loads(runs["fts5"][-1]["text"])
        self.r["fts5_build"] = dict(build_figures(runs["fts5"]), index_bytes=fb["db_bytes"],
                                    own_seconds=fb["seconds"])

        self.log("imr index (no-change re-run)")
        again = measured(imr_cmd, imr_out + ".again", "imr index (again)")
        summ2 = json.loads(again["text"])
        self.r["imr_incremental"] = {"seconds": again["seconds"], "rss_mb": again["rss_mb"],
                                     "letters": summ2.get("letters"),
                                     "unchanged": summ2.get("unchanged")}

    # --------------------------------------------------------------- queries
    def imr_cmd(self, sub, query, extra=()):
        cmd = [self.imr, sub, "--index", self.idx]
        cmd += list(extra)
        cmd += ["--", query] if query else []
        return cmd

    def imr_total(self, query, extra=()):
        out = capture(self.imr_cmd("search", query, ["--format", "json", "--limit", "0"] + list(extra)),
                      ok=(0, 1))
        if not out.strip():
            return 0
        return json.loads(out)["total"]

    def queries(self):
        k = self.a.k
        q = []
        self.r["queries"] = q
        have_search = self.a.have_search

        def imr_entry(label, kind, cmd, total):
            e = {"label": label, "kind": kind, "cmd": " ".join(cmd[3:]) if cmd else None,
                 "imr_total": total}
            if have_search and cmd:
                self.log(f"imr {kind}: {label}")
                e["imr_ms"] = summary_ms(time_process(cmd, k, ok=(0, 1)))
            q.append(e)
            return e

        # Phrases: imr (default fields), rg, FTS5 count/top in-process and CLI.
        for ph in PHRASES:
            quoted = fts_phrase(ph)
            cmd = self.imr_cmd("search", quoted) if have_search else None
            total = self.imr_total(quoted) if have_search else None
            e = imr_entry(quoted, "phrase", cmd, total)
            self.log(f"rg: {ph}")
            rg = [self.a.rg, "--no-ignore", "-l", "-i", "-U", rg_regex(ph)]
            e["rg_ms"] = summary_ms(time_process(rg, self.a.k_rg, cwd=self.a.corpus, ok=(0, 1)))
            self.log(f"FTS5: {ph}")
            c = json.loads(capture(self.fts5 + ["query", self.db, "count", quoted, "--repeat", str(k)]))
            e["fts5_count_ms"] = summary_ms(c["times_ms"])
            e["fts5_rows"] = c["rows"]
            t = json.loads(capture(self.fts5 + ["query", self.db, "top", quoted, "--repeat", str(k)]))
            e["fts5_top_ms"] = summary_ms(t["times_ms"])
            sql_c = f"SELECT count(*) FROM letters WHERE letters MATCH {sql_quote(quoted)};"
            sql_t = ("SELECT path, snippet(letters, 1, '[', ']', '...', 16) FROM letters "
                     f"WHERE letters MATCH {sql_quote(quoted)} ORDER BY rank LIMIT 10;")
            e["fts5_cli_count_ms"] = summary_ms(time_process([self.a.sqlite3, self.db, sql_c], k))
            e["fts5_cli_top_ms"] = summary_ms(time_process([self.a.sqlite3, self.db, sql_t], k))

        for label, extra, desc in FILTERED:
            cmd = self.imr_cmd("search", label, extra) if have_search else None
            total = self.imr_total(label, extra) if have_search else None
            e = imr_entry(f"{label} {' '.join(extra)}", "phrase + facet", cmd, total)
            e["desc"] = desc

        facets = ["--facet", "guideline", "--facet", "category", "--facet", "outcome"]
        cmd = self.imr_cmd("search", "*", facets) if have_search else None
        total = self.imr_total("*") if have_search else None
        imr_entry("* " + " ".join(facets), "match-all + 3 facets", cmd, total)

        for imr_q, fts_q, letter_q in BOOLEAN:
            cmd = self.imr_cmd("search", imr_q) if have_search else None
            total = self.imr_total(imr_q) if have_search else None
            e = imr_entry(imr_q, "boolean", cmd, total)
            self.log(f"FTS5 boolean: {fts_q}")
            c = json.loads(capture(self.fts5 + ["query", self.db, "count", fts_q, "--repeat", str(k)]))
            e["fts5_count_ms"] = summary_ms(c["times_ms"])
            e["fts5_rows"] = c["rows"]
            e["fts5_query"] = fts_q
            sql_c = f"SELECT count(*) FROM letters WHERE letters MATCH {sql_quote(fts_q)};"
            e["fts5_cli_count_ms"] = summary_ms(time_process([self.a.sqlite3, self.db, sql_c], k))
            if have_search:
                e["imr_letter_query"] = letter_q
                e["imr_letter_total"] = self.imr_total(letter_q)

        cmd = [self.imr, "stats", "--index", self.idx, "--by", "guideline"] if have_search else None
        imr_entry("imr stats --by guideline", "stats", cmd, None)

        # Process start-up floor of this harness: how long spawning `true` takes.
        self.r["spawn_ms"] = summary_ms(time_process(["true"], k))

    # ----------------------------------------------------------------- serve
    def serve(self):
        """`imr serve` on the same index: server-side time (took_ms) and
        HTTP round trip per API request; then, when chromedriver is there,
        the page's time from Enter to rendered results in headless Chromium."""
        k = self.a.k
        p = subprocess.Popen([self.imr, "serve", "--index", self.idx, "--addr", "127.0.0.1:0"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            m = re.search(r"http://\S+/", p.stdout.readline())
            if not m:
                self.note("imr serve printed no URL: its measurements were skipped")
                return
            url = m.group(0)
            first = json.loads(urllib.request.urlopen(url + "api/search?limit=1").read())
            key = urllib.parse.quote(first["hits"][0]["file"]) if first["hits"] else "x"
            rows = []
            self.r["serve"] = {"api": rows}
            for label, path in SERVE_MIX:
                path = path.replace("__FIRST__", key)
                self.log(f"imr serve: {label}")
                took, rtt, total = [], [], None
                for i in range(k + 1):
                    t = time.perf_counter()
                    body = urllib.request.urlopen(url + "api/" + path).read()
                    ms = (time.perf_counter() - t) * 1000
                    d = json.loads(body)
                    total = d.get("total")
                    if i:
                        took.append(d["took_ms"])
                        rtt.append(ms)
                rows.append({"label": label, "total": total, "server_ms": summary_ms(took),
                             "http_ms": summary_ms(rtt)})
            page = os.path.join(self.a.target, "page_latency")
            driver = shutil.which("chromedriver")
            if not (driver and shutil.which("chromium") and os.path.exists(page)):
                self.note("page latency skipped: needs chromium, chromedriver and "
                          "crates/bench page_latency (apt-get install chromium chromium-driver)")
                return
            self.log("page: Enter to rendered results in headless Chromium")
            out = capture([page, "--url", url, "--runs", str(k)] + PAGE_QUERIES)
            self.r["serve"]["page"] = [{"label": q, "ms": summary_ms(t)}
                                       for q, t in json.loads(out).items()]
        finally:
            p.terminate()
            p.wait()

    # ------------------------------------------------------------- agreement
    def agreement(self):
        rows = []
        self.r["agreement"] = rows
        for ph in PHRASES:
            quoted = fts_phrase(ph)
            row = {"phrase": ph}
            rg = [self.a.rg, "--no-ignore", "-l", "-i", "-U", rg_regex(ph)]
            rg_paths = set(l.strip() for l in capture(rg, cwd=self.a.corpus, ok=(0, 1)).splitlines() if l.strip())
            rg_paths = {p[2:] if p.startswith("./") else p for p in rg_paths}
            row["rg"] = len(rg_paths)
            fts = json.loads(capture(self.fts5 + ["query", self.db, "paths", quoted, "--repeat", "0"]))
            fts_paths = set(fts["paths"])
            row["fts5"] = len(fts_paths)
            if self.a.have_search:
                letter_q = f"letter:{quoted}"
                total = self.imr_total(letter_q)
                row["imr_letters"] = total
                row["imr_items"] = self.imr_total(quoted)
                if total <= self.a.agree_limit:
                    out = capture(self.imr_cmd("search", letter_q,
                                               ["--format", "json", "--limit", str(max(total, 1))]),
                                  ok=(0, 1))
                    hits = json.loads(out)["hits"] if out.strip() else []
                    imr_paths = {h["file"] for h in hits}
                    row["imr_not_rg"] = sorted(imr_paths - rg_paths)[:5]
                    row["rg_not_imr"] = sorted(rg_paths - imr_paths)[:5]
                    row["imr_not_rg_n"] = len(imr_paths - rg_paths)
                    row["imr_not_rg_page_break"] = explain_extra(
                        self.a.corpus, imr_paths - rg_paths, ph)
                    row["rg_not_imr_n"] = len(rg_paths - imr_paths)
                else:
                    row["sets"] = "skipped (more hits than --agree-limit)"
            row["fts5_not_rg_n"] = len(fts_paths - rg_paths)
            row["rg_not_fts5_n"] = len(rg_paths - fts_paths)
            row["fts5_not_rg"] = sorted(fts_paths - rg_paths)[:5]
            row["rg_not_fts5"] = sorted(rg_paths - fts_paths)[:5]
            rows.append(row)
            self.log(f"agreement {ph}: {row}")


# ------------------------------------------------------------------ report
def fmt_ms(s, key="p50"):
    if not s:
        return "-"
    v = s[key]
    if v < 1:
        return f"{v:.2f}"
    return f"{v:.1f}" if v < 100 else f"{v:.0f}"


def ratio(a, b):
    if a is None or b is None or b == 0:
        return "-"
    return f"{a / b:.2f}x"


def agreement_word(a):
    """yes / yes (+k across page breaks) / no for one phrase row."""
    if a["rg"] != a["fts5"] or a["fts5_not_rg_n"] or a["rg_not_fts5_n"]:
        return "**no**"
    il = a.get("imr_letters")
    if il is None or il == a["rg"] and not a.get("imr_not_rg_n"):
        return "yes"
    if "sets" in a:
        # Too many letters to list and compare one by one: counts only.
        more = il - a["rg"]
        return (f"counts only: imr {'+' if more >= 0 else ''}{more} "
                "(sets not compared above --agree-limit)")
    extra = a.get("imr_not_rg_n")
    if extra is not None and a.get("rg_not_imr_n") == 0 and a.get("imr_not_rg_page_break") == extra:
        return f"yes (imr +{extra} across page breaks)"
    return "**no**"


def check(ok):
    return "met" if ok else "**not met**"


def run_body(r, w):
    """One run's tables: machine, builds, queries, serve, agreement, targets."""
    c = r["corpus"]
    mb = c["bytes"] / 1e6
    m = r["machine"]
    w(f"- Date: {r['date']}; commit `{r['commit']}`")
    w(f"- Machine: {m['cores']} cores ({m['cpu']}), {m['memory_gb']} GB memory, Linux {m['kernel']}")
    w(f"- Corpus: N={c['n']} (seed {c['seed']}): {c['files']} files, {mb:.1f} MB; "
      + ("page cache dropped, then warmed (every file read once before the runs)"
         if r.get("cache_dropped") else
         "warm page cache (every file read once before the runs)"))
    w(f"- Tools: {r['tools']}")
    if r.get("load_start") and r.get("load_end"):
        w(f"- Load average (1/5/15 min) at start {' '.join(f'{x:.1f}' for x in r['load_start'])}, "
          f"at end {' '.join(f'{x:.1f}' for x in r['load_end'])}: above {m['cores']} means other "
          "work shared the cores and every figure is slower than on an idle machine")
    w(f"- Query latencies: {r['k']} timed runs per query after one warm-up (rg: {r['k_rg']}); "
      f"spawning `true` from the harness takes p50 {fmt_ms(r['spawn_ms'])} ms, "
      "included in every whole-process figure")
    w("")

    ix, inc, fl, fb = r["imr_index"], r["imr_incremental"], r["floor"], r["fts5_build"]
    w("### Index build")
    w("")
    w("| | seconds | letters/s | MB/s | peak RSS MB | size MB | size / corpus | time vs imr |")
    w("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, d in (("imr index", ix), ("floor (plain tantivy)", fl), ("SQLite FTS5", fb)):
        w(f"| {name} | {d['seconds']:.2f} | {c['files'] / d['seconds']:.0f} | {mb / d['seconds']:.1f} "
          f"| {d['rss_mb']:.0f} | {d['index_bytes'] / 1e6:.1f} | {d['index_bytes'] / c['bytes']:.2f} "
          f"| {ratio(d['seconds'], ix['seconds'])} |")
    w(f"| imr index, no change | {inc['seconds']:.2f} | - | - | {inc['rss_mb']:.0f} | - | - "
      f"| {ratio(inc['seconds'], ix['seconds'])} |")
    w("| ripgrep | no index | | | | | | |")
    w("")
    rounds = r.get("build_rounds", 1)
    if rounds > 1:
        w(f"Build seconds are the median of {rounds} rounds, the three tools taking turns: "
          + "; ".join(f"{name} {' / '.join(f'{x:.1f}' for x in d['rounds_s'])} s"
                      for name, d in (("imr", ix), ("floor", fl), ("FTS5", fb))) + ".")
        w("")
    if "user_s" in ix:
        w("CPU seconds (median, user + system): "
          + "; ".join(f"{name} {d['user_s']:.1f} + {d['sys_s']:.1f}"
                      for name, d in (("imr", ix), ("floor", fl), ("FTS5", fb))) + ".")
        w("")
    w(f"imr indexed {ix.get('letters')} letters as {ix.get('items')} documents "
      f"({ix.get('skipped')} files skipped, {ix.get('duplicates')} duplicates). "
      f"Floor: each file's raw text as one stored text field with positions, imr's analyzer, "
      "2 writer threads, 400 MB budget, no parsing. FTS5: one table `letters(path UNINDEXED, body)`, "
      "`tokenize='unicode61'`, all files in one transaction, from Python's sqlite3.")
    w("")

    w("### Queries")
    w("")
    w("imr figures are whole `imr` processes (start, open index, query, print a table to a pipe). "
      "ripgrep: `rg -l -i -U` with `\\s+` between words over the corpus. FTS5: count(*) and "
      "top 10 by bm25 with `snippet()`, in-process (Python sqlite3, connection open) and "
      "through the `sqlite3` CLI as a whole process.")
    w("")
    w("| query | kind | imr hits | imr p50 / p95 / p99 ms | rg p50 ms | FTS5 count ms (in-proc / CLI) "
      "| FTS5 top 10 + snippet ms (in-proc / CLI) | imr p50 vs FTS5 CLI top 10 | imr p50 vs rg |")
    w("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for e in r["queries"]:
        im = e.get("imr_ms")
        imr_s = f"{fmt_ms(im)} / {fmt_ms(im, 'p95')} / {fmt_ms(im, 'p99')}" if im else "skipped"
        rg = fmt_ms(e.get("rg_ms"))
        fc = (f"{fmt_ms(e.get('fts5_count_ms'))} / {fmt_ms(e.get('fts5_cli_count_ms'))}"
              if e.get("fts5_count_ms") else "-")
        ft = (f"{fmt_ms(e.get('fts5_top_ms'))} / {fmt_ms(e.get('fts5_cli_top_ms'))}"
              if e.get("fts5_top_ms") else "-")
        r_f = ratio(im["p50"], e["fts5_cli_top_ms"]["p50"]) if im and e.get("fts5_cli_top_ms") else "-"
        r_rg = ratio(im["p50"], e["rg_ms"]["p50"]) if im and e.get("rg_ms") else "-"
        label = e["label"].replace("|", "\\|")
        hits = e.get("imr_total")
        w(f"| `{label}` | {e['kind']} | {hits if hits is not None else '-'} | {imr_s} | {rg} | {fc} | {ft} "
          f"| {r_f} | {r_rg} |")
    w("")
    bools = [e for e in r["queries"] if e["kind"] == "boolean"]
    if bools:
        w("Boolean queries: imr searches rationale, service and summary by default, FTS5 the whole "
          "letter; the like-for-like count is imr's `letter:` form.")
        w("")
        w("| imr query | imr items | FTS5 query | FTS5 letters | imr `letter:` form | imr letters |")
        w("|---|---:|---|---:|---|---:|")
        for e in bools:
            it = e.get("imr_total")
            w(f"| `{e['label']}` | {it if it is not None else '-'} | `{e['fts5_query']}` | {e['fts5_rows']} "
              f"| `{e.get('imr_letter_query', '-')}` | {e.get('imr_letter_total', '-')} |")
        w("")

    sv = r.get("serve")
    if sv:
        w("### `imr serve`")
        w("")
        w("API requests to one running `imr serve` on the same index: server-side time "
          "(`took_ms`: parse, search, collect, snippets) and the HTTP round trip from Python's "
          "urllib on loopback (new connection each time).")
        w("")
        w("| request | total | server p50 / p95 / p99 ms | HTTP round trip p50 / p99 ms |")
        w("|---|---:|---:|---:|")
        for e in sv["api"]:
            t = e.get("total")
            w(f"| `{e['label']}` | {t if t is not None else '-'} "
              f"| {fmt_ms(e['server_ms'])} / {fmt_ms(e['server_ms'], 'p95')} / {fmt_ms(e['server_ms'], 'p99')} "
              f"| {fmt_ms(e['http_ms'])} / {fmt_ms(e['http_ms'], 'p99')} |")
        w("")
        if sv.get("page"):
            w("The page in headless Chromium: from Enter (the form's submit) to the results "
              "and facets rendered, measured in the page with `performance.now()` "
              "(`crates/bench/src/bin/page_latency.rs`, driven through chromedriver).")
            w("")
            w("| query typed | p50 / p95 / p99 ms |")
            w("|---|---:|")
            for e in sv["page"]:
                w(f"| `{e['label']}` | {fmt_ms(e['ms'])} / {fmt_ms(e['ms'], 'p95')} / {fmt_ms(e['ms'], 'p99')} |")
            w("")

    w("### Phrase hits per letter")
    w("")
    w("imr: `letter:\"...\"` (one document per letter: the whole cleaned letter); imr items: the "
      "default fields, counted in item documents. rg: files listed by `-l`. FTS5: rows (one per "
      "file). The set columns count letters found by one tool and not the other.")
    w("")
    w("| phrase | imr letters | rg | FTS5 | imr items | imr-rg / rg-imr | of imr-rg, across a page break "
      "| FTS5-rg / rg-FTS5 | agree |")
    w("|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for a in r["agreement"]:
        il = a.get("imr_letters")
        sets_imr = (f"{a['imr_not_rg_n']} / {a['rg_not_imr_n']}" if "imr_not_rg_n" in a
                    else a.get("sets", "-"))
        w(f"| {a['phrase']} | {il if il is not None else '-'} | {a['rg']} | {a['fts5']} "
          f"| {a.get('imr_items', '-')} | {sets_imr} | {a.get('imr_not_rg_page_break', '-')} "
          f"| {a['fts5_not_rg_n']} / {a['rg_not_fts5_n']} | {agreement_word(a)} |")
    w("")
    w("rg and FTS5 read the raw file, so a phrase whose words sit on either side of a page break "
      "(form feed, page number, running header) is not a phrase to them; imr removes that page "
      "furniture before indexing and finds it. Those letters are counted in the column "
      "\"across a page break\" and do not count as disagreement.")
    w("")
    dis = [a for a in r["agreement"]
           if a.get("imr_not_rg") or a.get("rg_not_imr") or a["fts5_not_rg"] or a["rg_not_fts5"]]
    if dis:
        w("Files found by one tool and not another (up to 5 each):")
        w("")
        for a in dis:
            for key in ("imr_not_rg", "rg_not_imr", "fts5_not_rg", "rg_not_fts5"):
                if a.get(key):
                    w(f"- {a['phrase']}, {key.replace('_', ' ')}: {', '.join(a[key])}")
        w("")

    w("### Targets")
    w("")
    w("Targets from issue 13 (2 cores, warm cache). The 100,000-letter ones are stated for "
      "N=100,000; the 1,000,000-letter ones are checked in the scaling table and here when N=1,000,000.")
    w("")
    t = []
    n = r["corpus"]["n"]
    qs = [e for e in r["queries"] if e.get("imr_ms")]
    if n == 100000:
        t.append((f"build: FTS5 time / imr time >= 1.5x: {fb['seconds'] / ix['seconds']:.2f}x",
                  fb["seconds"] / ix["seconds"] >= 1.5))
        t.append((f"build: imr / floor <= 1.5x: {ix['seconds'] / fl['seconds']:.2f}x",
                  ix["seconds"] / fl["seconds"] <= 1.5))
        t.append((f"index size / corpus <= 0.6x: {ix['index_bytes'] / c['bytes']:.2f}x",
                  ix["index_bytes"] / c["bytes"] <= 0.6))
        if qs:
            worst50 = max(qs, key=lambda e: e["imr_ms"]["p50"])
            t.append((f"worst query p50 < 10 ms, whole process: {worst50['imr_ms']['p50']:.1f} ms "
                      f"(`{worst50['label']}`)", worst50["imr_ms"]["p50"] < 10))
    if n == 1000000:
        t.append((f"peak RSS of the build < 1 GB: {ix['rss_mb']:.0f} MB", ix["rss_mb"] < 1000))
        t.append((f"no-change re-run < 3 s: {inc['seconds']:.2f} s", inc["seconds"] < 3))
        if qs:
            worst99 = max(qs, key=lambda e: e["imr_ms"]["p99"])
            t.append((f"worst query p99 < 100 ms, whole process: {worst99['imr_ms']['p99']:.1f} ms "
                      f"(`{worst99['label']}`)", worst99["imr_ms"]["p99"] < 100))
        if sv:
            page = [e for e in sv["api"] if "6 facets" in e["label"]]
            if page:
                worst = max(page, key=lambda e: e["server_ms"]["p50"])
                t.append((f"`imr serve` query + 6 facets, server p50 < 60 ms: "
                          f"{worst['server_ms']['p50']:.1f} ms (`{worst['label']}`)",
                          worst["server_ms"]["p50"] < 60))
    agree_all = all(agreement_word(a).startswith(("yes", "counts only: imr +"))
                    for a in r["agreement"])
    t.append(("phrase letter counts agree across tools", agree_all))
    for text, ok in t:
        w(f"- [{'x' if ok else ' '}] {text}: {check(ok)}")
    if not qs:
        w("- [ ] query latency targets: not measured (`imr search` not in this build)")
    if r["notes"]:
        w("")
        w("Notes from this run:")
        w("")
        for n in r["notes"]:
            w(f"- {n}")
    w("")


def scaling(runs, w):
    """Build time and query p99 of the same commit at 100,000 and 1,000,000."""
    by = {}
    for r in runs:
        by.setdefault(r["commit"], {})[r["corpus"]["n"]] = r
    pairs = [(c, d[100000], d[1000000]) for c, d in by.items() if 100000 in d and 1000000 in d]
    if not pairs:
        return
    w("## Scaling: 100,000 to 1,000,000 letters")
    w("")
    w("Same commit, same script. Linear growth would multiply build time by the corpus size "
      "ratio; the issue's targets at 1,000,000: build grows no worse than linearly, query p99 "
      "under 100 ms. \"imr ratio / floor ratio\" compares imr's growth with plain tantivy's on "
      "the same corpora: near 1 means imr adds no growth of its own beyond tantivy's merging. "
      "The two sizes are separate invocations, minutes to hours apart, and this machine's speed "
      "drifts by 15-20% between sittings (1M builds of the same indexing code took 176 s and 211 s within an hour), "
      "so the \"linear\" column here is not the linearity figure: that is the same-invocation "
      "measurement in the next section.")
    w("")
    w("| commit | corpus ratio | imr build s (100k / 1M) | build ratio | per-letter cost ratio "
      "| per-letter CPU ratio | FTS5 build ratio | floor build ratio | imr ratio / floor ratio "
      "| worst query p99 at 1M | targets |")
    w("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for commit, a, b in pairs:
        cr = b["corpus"]["bytes"] / a["corpus"]["bytes"]
        br = b["imr_index"]["seconds"] / a["imr_index"]["seconds"]
        per = br / (b["corpus"]["files"] / a["corpus"]["files"])
        fr = b["fts5_build"]["seconds"] / a["fts5_build"]["seconds"]
        flr = b["floor"]["seconds"] / a["floor"]["seconds"]
        qs = [e for e in b["queries"] if e.get("imr_ms")]
        worst = max(qs, key=lambda e: e["imr_ms"]["p99"]) if qs else None
        p99 = f"{worst['imr_ms']['p99']:.1f} ms (`{worst['label']}`)" if worst else "-"
        cpu = lambda r: r["imr_index"].get("user_s", 0) + r["imr_index"].get("sys_s", 0)
        per_cpu = (f"{cpu(b) / cpu(a) / (b['corpus']['files'] / a['corpus']['files']):.2f}"
                   if cpu(a) and cpu(b) else "-")
        ok_lin = per <= 1.05
        ok_q = worst is not None and worst["imr_ms"]["p99"] < 100
        w(f"| `{commit}` | {cr:.2f}x | {a['imr_index']['seconds']:.0f} / {b['imr_index']['seconds']:.0f} "
          f"| {br:.2f}x | {per:.2f} | {per_cpu} | {fr:.2f}x | {flr:.2f}x | {br / flr:.2f} | {p99} "
          f"| linear: {check(ok_lin)}; p99: {check(ok_q)} |")
    w("")


def linearity(folder, w):
    """The same-invocation builds of bench/linear.sh, newest last."""
    found = []
    for name in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
        if name.endswith(".json"):
            with open(os.path.join(folder, name)) as f:
                found.append(json.load(f))
    if not found:
        return
    found.sort(key=lambda r: r["date"])
    w("## Linear build: both sizes in one invocation")
    w("")
    w("`bench/linear.sh` builds the small and the large corpus in turns (small, large, small, "
      "large, small) in one invocation, so both see the same machine: the runs above put the "
      "two sizes minutes or days apart, and one build varies by 10-15% between sittings here. "
      "Per-letter cost is (large time / small time) / (large letters / small letters), from the "
      "medians; \"bracketed\" compares each large build with the two small builds around it. "
      "Target: <= 1.05.")
    w("")
    w("| date | commit | letters (small / large) | wall s, small builds | wall s, large builds "
      "| per-letter wall | per-letter CPU | bracketed | target |")
    w("|---|---|---:|---:|---:|---:|---:|---:|---|")
    for r in found:
        walls = lambda k: " / ".join(f"{x['seconds']:.1f}" for x in r["runs"] if x["corpus"] == k)
        w(f"| {r['date']} | `{r['commit']}` | {r['files']['small']} / {r['files']['large']} "
          f"| {walls('small')} | {walls('large')} | {r['per_letter_wall']:.3f} "
          f"| {r['per_letter_cpu']:.3f} | {', '.join(f'{x:.3f}' for x in r['bracketed_wall'])} "
          f"| {check(r['per_letter_wall'] <= 1.05)} |")
    w("")


def report(runs, path):
    """BENCHMARKS.md from every saved run (newest first within each N)."""
    runs = sorted(runs, key=lambda r: (r["corpus"]["n"], r["date"]), reverse=False)
    lines = []
    w = lines.append
    w("# Benchmarks")
    w("")
    w("Generated by `bench/run.sh` from the runs saved in `bench/results/` (do not edit by hand "
      "outside the history section). Each run measures imr and its peers on the same warm corpus "
      "in one invocation; compare figures within a run, as ratios, not across runs.")
    w("")
    w("| run | commit | date | letters | MB | imr build s | FTS5 build s | floor build s "
      "| index / corpus | worst query p50 / p99 ms | load at start |")
    w("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for i, r in enumerate(runs, 1):
        qs = [e for e in r["queries"] if e.get("imr_ms")]
        p50 = max((e["imr_ms"]["p50"] for e in qs), default=None)
        p99 = max((e["imr_ms"]["p99"] for e in qs), default=None)
        c = r["corpus"]
        w(f"| [{i}](#run-{i}) | `{r['commit']}` | {r['date']} | {c['files']} | {c['bytes'] / 1e6:.0f} "
          f"| {r['imr_index']['seconds']:.1f} | {r['fts5_build']['seconds']:.1f} | {r['floor']['seconds']:.1f} "
          f"| {r['imr_index']['index_bytes'] / c['bytes']:.2f} "
          f"| {fmt_ms({'p50': p50}) if p50 else '-'} / {fmt_ms({'p50': p99}) if p99 else '-'} "
          f"| {r.get('load_start', [0])[0]:.1f} |")
    w("")
    scaling(runs, w)
    linearity(os.path.join(os.path.dirname(path), "bench", "results", "linear"), w)
    for i, r in enumerate(runs, 1):
        w(f'<a id="run-{i}"></a>')
        w("")
        w(f"## Run {i}: N={r['corpus']['n']:,}, commit `{r['commit']}`")
        w("")
        run_body(r, w)

    # History: kept from the existing file.
    history = ("## History of changes and what they bought\n\n"
               "Add a line per change: date, commit, what changed, before -> after.\n")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            old = f.read()
        s, e = old.find(HISTORY_START), old.find(HISTORY_END)
        if s >= 0 and e > s:
            history = old[s + len(HISTORY_START):e].strip("\n") + "\n"
    w(HISTORY_START)
    w(history.rstrip("\n"))
    w(HISTORY_END)
    w("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def load_runs(folder):
    runs = []
    for name in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
        if name.endswith(".json"):
            with open(os.path.join(folder, name)) as f:
                runs.append(json.load(f))
    return runs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--target", required=True, help="cargo release target dir")
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--seed", required=True)
    ap.add_argument("--k", type=int, default=20)
    ap.add_argument("--k-rg", type=int, default=5)
    ap.add_argument("--builds", type=at_least_one, default=1,
                    help="build rounds per tool; the median counts")
    ap.add_argument("--rg", default="rg")
    ap.add_argument("--sqlite3", default="sqlite3")
    ap.add_argument("--have-search", action="store_true")
    ap.add_argument("--agree-limit", type=int, default=200000)
    ap.add_argument("--tools", default="")
    ap.add_argument("--report-only", action="store_true",
                    help="rewrite BENCHMARKS.md from the saved results")
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    results = os.path.join(a.work, "results.json")
    md = os.path.join(a.repo, "BENCHMARKS.md")
    saved = os.path.join(a.repo, "bench", "results")
    if a.report_only:
        report(load_runs(saved), md)
        return 0
    b = Bench(a)
    b.r["machine"] = machine()
    b.r["date"] = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    b.r["commit"] = capture(["git", "-C", a.repo, "rev-parse", "--short", "HEAD"]).strip()
    b.r["k"], b.r["k_rg"], b.r["tools"] = a.k, a.k_rg, a.tools
    b.r["load_start"] = list(os.getloadavg())
    b.r["cache_dropped"] = os.environ.get("IMR_BENCH_CACHE_DROPPED") == "1"
    if not a.have_search:
        b.note("`imr search` / `imr stats` are not in this build: their measurements were skipped")
    b.builds()
    b.queries()
    if a.have_search:
        b.serve()
    b.agreement()
    b.r["load_end"] = list(os.getloadavg())
    with open(results, "w") as f:
        json.dump(b.r, f, indent=1)
    # Kept in the repository, so BENCHMARKS.md can show the 100,000 and the
    # 1,000,000 runs side by side; a re-run of the same N and commit
    # replaces its file.
    os.makedirs(saved, exist_ok=True)
    keep = os.path.join(saved, f"{a.n}-{b.r['commit']}.json")
    with open(keep, "w") as f:
        json.dump(b.r, f, indent=1)
    report(load_runs(saved), md)
    print(f"bench: wrote {md}, {results} and {keep}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
