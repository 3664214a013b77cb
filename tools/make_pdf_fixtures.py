#!/usr/bin/env python3
"""Makes the PDF fixtures under crates/letter/tests/pdf/ from sample letters in corpus_samples/.

Run once from the repository root (needs fpdf2: `pip install fpdf2`):

    python3 tools/make_pdf_fixtures.py

Each good fixture is the logical text of one sample letter (the .txt twin),
laid out one text line per PDF line, with a "Page N of M" footer on every page
and page breaks wherever the page fills up (or where the twin has a form feed).
The bad fixtures are a truncated PDF, a text file named .pdf, an image-only
"scan" with no text layer, and a password-protected PDF.
"""

import io
import os
import sys

from fpdf import FPDF

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES = os.path.join(ROOT, "corpus_samples")
OUT = os.path.join(ROOT, "crates", "letter", "tests", "pdf")
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

# stem -> (lines per page, use ligature glyphs).  CM14-0187733 gets short
# pages so its page breaks fall inside items (in the middle of rationales).
GOOD = {
    "CM14-0187733": (40, False),
    "CM13-0058814": (60, True),
    "CM14-0119870": (60, False),
    "CM15-0208871": (60, False),
}


def logical_lines(text):
    """The lines a reader sees: the samples double every line with an empty
    one and mark paragraph breaks with a space-only line; a run of k empty
    lines stands for k // 2 real ones.  A form feed is kept as "\f"."""
    raw = text.replace("\r\n", "\n").split("\n")
    doubled = sum(1 for a, b in zip(raw, raw[1:]) if a.strip() and not b.strip()) * 10 >= (
        sum(1 for a in raw[:-1] if a.strip()) * 9
    )
    out = []
    blanks = 0
    for line in raw:
        if "\f" in line:
            out.append("\f")
        t = line.replace("\f", "").strip()
        if not t:
            blanks += 1
            continue
        real = blanks // 2 if doubled else blanks
        if out and real:
            out.extend([""] * min(real, 2))
        out.append(t)
        blanks = 0
    return out


def ligatures(line):
    """What a typesetter with ligatures leaves in the text layer."""
    return line.replace("ffi", "\ufb03").replace("fi", "\ufb01").replace("fl", "\ufb02")


class Letter(FPDF):
    def footer(self):
        self.set_y(-30)
        self.set_font(self.base_font, size=9)
        self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")


def render(lines, per_page, liga, encrypt=None):
    pdf = Letter(unit="pt", format="letter")
    pdf.set_auto_page_break(False)
    pdf.set_margins(40, 40, 40)
    if liga:
        pdf.add_font("DejaVu", "", DEJAVU)
        pdf.base_font = "DejaVu"
        size = 9.5
    else:
        pdf.base_font = "Helvetica"
        size = 9.5
    if encrypt:
        pdf.set_encryption(owner_password="owner", user_password=encrypt)
    pdf.add_page()
    on_page = 0
    for line in lines:
        if line == "\f" or on_page >= per_page:
            pdf.add_page()
            on_page = 0
            if line == "\f":
                continue
        if not line and on_page == 0:
            continue  # a paragraph gap at the top of a page shows as nothing
        pdf.set_font(pdf.base_font, size=size)
        text = ligatures(line) if liga else line
        pdf.set_xy(40, 40 + on_page * 14)
        pdf.cell(0, 12, text)
        on_page += 1
    return bytes(pdf.output())


def image_only():
    """A "scanned" page: grey bars where text would be, no text objects."""
    pdf = FPDF(unit="pt", format="letter")
    pdf.add_page()
    pdf.set_fill_color(90, 90, 90)
    for i in range(30):
        pdf.rect(40, 60 + i * 20, 300 + (i * 37) % 200, 8, style="F")
    try:
        from PIL import Image

        img = Image.new("L", (200, 60), 255)
        for x in range(10, 190, 6):
            for y in range(20, 40):
                img.putpixel((x, y), 0)
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        buf.seek(0)
        pdf.image(buf, x=40, y=700, w=200)
    except ImportError:
        pass
    return bytes(pdf.output())


def main():
    os.makedirs(OUT, exist_ok=True)
    made = {}
    for stem, (per_page, liga) in GOOD.items():
        with open(os.path.join(SAMPLES, stem + ".txt"), encoding="utf-8") as f:
            lines = logical_lines(f.read())
        data = render(lines, per_page, liga)
        made[stem] = (lines, data)
        with open(os.path.join(OUT, stem + ".pdf"), "wb") as f:
            f.write(data)
    lines, data = made["CM14-0187733"]
    bad = {
        "bad_truncated.pdf": data[: len(data) // 2],
        "bad_not_a_pdf.pdf": b"This is a plain note saved with a .pdf name.\nNo PDF here.\n",
        "bad_image_only.pdf": image_only(),
        "bad_encrypted.pdf": render(made["CM14-0119870"][0], 60, False, encrypt="secret"),
    }
    for name, data in bad.items():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
    print(f"wrote {len(made) + len(bad)} files to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
