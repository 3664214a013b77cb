#!/usr/bin/env python3
"""SQLite FTS5 peer for bench/run.sh.

build DB CORPUS
    One FTS5 table letters(path UNINDEXED, body) with tokenize='unicode61',
    every .txt file under CORPUS inserted in one transaction. Prints JSON:
    files, bytes, seconds, db_bytes.

query DB KIND QUERY [--repeat K] [--paths]
    KIND is count (count(*) of matching rows, one row per letter), top (top 10
    by bm25 with a snippet) or paths (the matching paths, for hit agreement).
    Runs the query once to warm up, then K times in this process, and prints
    JSON: rows (count, or number of rows returned), times_ms, and paths for
    KIND=paths.
"""

import json
import os
import sqlite3
import sys
import time

COUNT_SQL = "SELECT count(*) FROM letters WHERE letters MATCH ?"
TOP_SQL = (
    "SELECT path, snippet(letters, 1, '[', ']', '...', 16) FROM letters "
    "WHERE letters MATCH ? ORDER BY rank LIMIT 10"
)
PATHS_SQL = "SELECT path FROM letters WHERE letters MATCH ?"


def build(db, corpus):
    started = time.perf_counter()
    for suffix in ("", "-journal", "-wal"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    con = sqlite3.connect(db)
    con.execute(
        "CREATE VIRTUAL TABLE letters USING fts5(path UNINDEXED, body, tokenize='unicode61')"
    )
    files = 0
    nbytes = 0
    with con:  # one transaction
        for root, dirs, names in os.walk(corpus):
            dirs.sort()
            for name in sorted(names):
                if not name.endswith(".txt"):
                    continue
                full = os.path.join(root, name)
                with open(full, "rb") as f:
                    raw = f.read()
                nbytes += len(raw)
                files += 1
                rel = os.path.relpath(full, corpus)
                con.execute(
                    "INSERT INTO letters(path, body) VALUES (?, ?)",
                    (rel, raw.decode("utf-8", errors="replace")),
                )
    con.close()
    seconds = time.perf_counter() - started
    print(
        json.dumps(
            {
                "files": files,
                "bytes": nbytes,
                "seconds": round(seconds, 3),
                "db_bytes": os.path.getsize(db),
            }
        )
    )


def query(db, kind, q, repeat):
    con = sqlite3.connect(db)
    sql = {"count": COUNT_SQL, "top": TOP_SQL, "paths": PATHS_SQL}[kind]

    def once():
        rows = con.execute(sql, (q,)).fetchall()
        return rows

    rows = once()  # warm-up
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        rows = once()
        times.append((time.perf_counter() - t) * 1000.0)
    out = {"times_ms": times}
    if kind == "count":
        out["rows"] = rows[0][0]
    else:
        out["rows"] = len(rows)
    if kind == "paths":
        out["paths"] = sorted(r[0] for r in rows)
    print(json.dumps(out))


def main(argv):
    if len(argv) >= 3 and argv[0] == "build":
        build(argv[1], argv[2])
        return 0
    if len(argv) >= 4 and argv[0] == "query":
        repeat = 20
        if "--repeat" in argv:
            repeat = int(argv[argv.index("--repeat") + 1])
        query(argv[1], argv[2], argv[3], repeat)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
