//! Page text: a letter's logical lines, then the bytes a PDF-to-text tool
//! would leave of them (blank lines, trailing spaces, CRLF, form feeds with
//! running footers and headers, Windows-1252 apostrophes).

use std::fmt::Write as _;

/// Logical lines of one letter before the PDF-to-text styling is applied.
/// A line holding only `\x0c` asks for a page break at that point.
#[derive(Default)]
pub(crate) struct Lines {
    pub(crate) text: String,
    pub(crate) ends: Vec<usize>,
    pub(crate) width: usize,
}

impl Lines {
    pub(crate) fn clear(&mut self, width: usize) {
        self.text.clear();
        self.ends.clear();
        self.width = width;
    }
    /// One line as given, with the trailing space pdftotext leaves.
    pub(crate) fn line(&mut self, s: &str) {
        self.text.push_str(s);
        if !s.ends_with(' ') {
            self.text.push(' ');
        }
        self.ends.push(self.text.len());
    }
    /// The paragraph separator: a line holding one space.
    pub(crate) fn sep(&mut self) {
        self.line(" ");
    }
    pub(crate) fn empty(&mut self) {
        self.ends.push(self.text.len());
    }
    pub(crate) fn page_break(&mut self) {
        self.text.push('\x0c');
        self.ends.push(self.text.len());
    }
    /// Greedy word wrap; each line keeps the spaces it broke at, so a line
    /// can end with one or two spaces like the seed letter.
    pub(crate) fn para(&mut self, text: &str) {
        let t = text.trim();
        let b = t.as_bytes();
        let mut line_start = 0;
        let mut prev: Option<usize> = None; // start of the word after the last gap
        let mut pos = 0;
        while pos < b.len() {
            let word_end = b[pos..]
                .iter()
                .position(|&c| c == b' ')
                .map_or(b.len(), |p| pos + p);
            if let Some(next) = prev {
                if word_end - line_start > self.width && next > line_start {
                    self.text.push_str(&t[line_start..next]);
                    self.ends.push(self.text.len());
                    line_start = next;
                }
            }
            let mut next = word_end;
            while next < b.len() && b[next] == b' ' {
                next += 1;
            }
            prev = Some(next);
            pos = next;
        }
        if line_start < b.len() {
            self.line(&t[line_start..]);
        }
    }
}

/// How one letter's text is laid out in bytes.
pub(crate) struct Style {
    pub(crate) doubled: bool,
    pub(crate) trailing: bool,
    pub(crate) crlf: bool,
    pub(crate) cp1252: bool,
    /// Apostrophes written as U+2019 (valid UTF-8).
    pub(crate) curly: bool,
    /// Lines per page when page breaks are drawn, else 0.
    pub(crate) page_len: usize,
    pub(crate) footer: bool,
    pub(crate) running_header: bool,
}

/// Turns logical lines into the bytes a PDF-to-text tool would leave.
pub(crate) fn render(lines: &Lines, style: &Style, case: &str, out: &mut Vec<u8>) {
    let is_break = |i: usize| -> bool {
        let s = if i == 0 { 0 } else { lines.ends[i - 1] };
        &lines.text[s..lines.ends[i]] == "\x0c"
    };
    // First pass: count pages so footers can say "Page k of M".
    let mut pages = 1;
    if style.page_len > 0 {
        let mut on_page = 0;
        for i in 0..lines.ends.len() {
            if is_break(i) || on_page == style.page_len {
                pages += 1;
                on_page = 0;
            }
            on_page += usize::from(!is_break(i));
        }
    }
    let nl: &[u8] = match (style.crlf, style.doubled) {
        (false, false) => b"\n",
        (false, true) => b"\n\n",
        (true, false) => b"\r\n",
        (true, true) => b"\r\n\r\n",
    };
    let emit = |out: &mut Vec<u8>, line: &str| {
        let line = if style.trailing {
            line
        } else {
            line.trim_end_matches(' ')
        };
        if style.cp1252 || style.curly {
            // Word-processor apostrophes: 0x92 in Windows-1252 (invalid
            // UTF-8), or U+2019 in valid UTF-8.
            for &b in line.as_bytes() {
                match (b, style.cp1252) {
                    (b'\'', true) => out.push(0x92),
                    (b'\'', false) => out.extend_from_slice("\u{2019}".as_bytes()),
                    _ => out.push(b),
                }
            }
        } else {
            out.extend_from_slice(line.as_bytes());
        }
        out.extend_from_slice(nl);
    };
    let mut page = 1;
    let mut on_page = 0;
    let mut pending_ff = false;
    let mut hdr = String::new();
    let mut start = 0;
    for i in 0..lines.ends.len() {
        let line = &lines.text[start..lines.ends[i]];
        start = lines.ends[i];
        let forced = line == "\x0c";
        if style.page_len > 0 && (forced || on_page == style.page_len) {
            if style.footer {
                hdr.clear();
                let _ = write!(hdr, "Page {page} of {pages} ");
                emit(out, &hdr);
            }
            page += 1;
            on_page = 0;
            if style.running_header && !case.is_empty() {
                hdr.clear();
                let _ = write!(
                    hdr,
                    "\x0cFinal Determination Letter for IMR Case Number {case} "
                );
                emit(out, &hdr);
            } else {
                pending_ff = true;
            }
        }
        if forced {
            continue;
        }
        if pending_ff {
            out.push(0x0c);
            pending_ff = false;
        }
        emit(out, line);
        on_page += 1;
    }
    out.extend_from_slice(if style.crlf { b"\r\n" } else { b"\n" });
}
