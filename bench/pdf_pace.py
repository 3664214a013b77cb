#!/usr/bin/env python3
"""PDF pace: `imr index` over the real letters as the DWC posts them (PDF)
against the same letters as `pdftotext` text, in one invocation.

The 38 letters of ../shared/real-letters are copied COPIES times into a PDF
corpus and, converted once with `pdftotext`, into a text corpus of the same
letters. Each binary given builds both corpora in turns (pdf, text, pdf,
text, ...), and binaries alternate round by round, so every figure sees the
same machine. Reported per binary: median wall and CPU (user + sys)
seconds of each corpus and the ratio PDF / text of the medians. CPU is the
figure to trust on a shared machine; wall is printed beside it.

    python3 bench/pdf_pace.py --imr before=/tmp/imr-old --imr after=target/profiling/imr
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile


def corpora(letters, copies, work):
    """Writes the PDF and text corpora; returns their folders."""
    pdf_dir, txt_dir = os.path.join(work, "pdf"), os.path.join(work, "text")
    pdfs = sorted(f for f in os.listdir(letters) if f.lower().endswith(".pdf"))
    if not pdfs:
        sys.exit(f"no PDFs in {letters}")
    for c in range(copies):
        for d in (pdf_dir, txt_dir):
            os.makedirs(os.path.join(d, f"c{c:03}"), exist_ok=True)
    for name in pdfs:
        src = os.path.join(letters, name)
        stem = name[:-4]
        text = subprocess.run(["pdftotext", "-q", src, "-"], check=True,
                              capture_output=True).stdout
        for c in range(copies):
            shutil.copyfile(src, os.path.join(pdf_dir, f"c{c:03}", name))
            with open(os.path.join(txt_dir, f"c{c:03}", stem + ".txt"), "wb") as f:
                f.write(text)
    return pdf_dir, txt_dir, len(pdfs) * copies


def build(imr, corpus, index, threads):
    """One full build: (wall, cpu) seconds."""
    shutil.rmtree(index, ignore_errors=True)
    cmd = ["/usr/bin/time", "-f", "%e %U %S", imr, "index", corpus, "--index", index,
           "--format", "json", "--threads", str(threads)]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{r.stderr}")
    wall, user, sys_ = (float(x) for x in r.stderr.strip().splitlines()[-1].split())
    return wall, user + sys_


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--imr", action="append", required=True,
                    help="NAME=PATH of an imr binary (repeat to alternate several)")
    ap.add_argument("--letters", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "../../shared/real-letters"))
    ap.add_argument("--copies", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    bins = [tuple(b.split("=", 1)) for b in args.imr]
    work = tempfile.mkdtemp(prefix="imr-pdf-pace-")
    try:
        pdf_dir, txt_dir, n = corpora(args.letters, args.copies, work)
        print(f"corpus: {n} PDFs ({args.copies} copies of the letters in {args.letters}) "
              f"and the same {n} letters as pdftotext text; {args.rounds} rounds, "
              f"{args.threads} threads")
        times = {(name, kind): [] for name, _ in bins for kind in ("pdf", "text")}
        index = os.path.join(work, "index")
        for _, path in bins:  # warm the page cache and the binaries
            build(path, pdf_dir, index, args.threads)
            build(path, txt_dir, index, args.threads)
        for r in range(args.rounds):
            for name, path in bins:
                for kind, corpus in (("pdf", pdf_dir), ("text", txt_dir)):
                    times[(name, kind)].append(build(path, corpus, index, args.threads))
            print(f"round {r + 1}: " + "; ".join(
                f"{name} pdf {times[(name, 'pdf')][-1][1]:.2f} s cpu, "
                f"text {times[(name, 'text')][-1][1]:.2f} s cpu" for name, _ in bins))
        print("| binary | PDF wall | text wall | wall PDF/text | PDF CPU | text CPU | CPU PDF/text |")
        print("|---|---|---|---|---|---|---|")
        for name, _ in bins:
            med = {k: [statistics.median(t[i] for t in times[(name, k)]) for i in (0, 1)]
                   for k in ("pdf", "text")}
            print(f"| {name} | {med['pdf'][0]:.2f} s | {med['text'][0]:.2f} s | "
                  f"{med['pdf'][0] / med['text'][0]:.2f}x | {med['pdf'][1]:.2f} s | "
                  f"{med['text'][1]:.2f} s | {med['pdf'][1] / med['text'][1]:.2f}x |")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
