//! Text -> clean text: undoes what PDF-to-text tools do to a letter.
//!
//! The output has `\n` line ends, no trailing spaces, no form feeds, no
//! running page footers, and exactly one empty line between paragraphs, so
//! the later stages can think in lines and paragraphs. Artefacts handled
//! (each reproduced by a letter in `corpus_samples/`):
//!
//! - CRLF and lone CR line ends;
//! - "double spacing": every line followed by an empty line, with
//!   paragraph breaks written as a line holding one space;
//! - form feeds at page breaks and the `Page 2 of 4` / case-number lines
//!   dropped around them (a page break is not a paragraph break, so a
//!   sentence cut by one joins up again);
//! - typographic ligatures (`U+FB01` for "fi", ...) that PDF text
//!   layers hand out for one glyph, spelled out as letters;
//! - line breaks lost altogether (text copied from a web page or a viewer):
//!   put back first, see `reflow`;
//! - words glued to dates (`per7/18/14`) and numbered lists glued to the
//!   previous item (`are:1. lesions2. neuritis3. ...`).

use crate::cut;
use std::borrow::Cow;

mod reflow;
pub(crate) use reflow::break_numbered_lists;

use once_cell::sync::Lazy;
use regex::Regex;

/// A running header or footer line: `Page 2 of 4`, a bare case number, or
/// both on one line (`CM14-0123456 Page 2 of 4`).
static FOOTER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?i:page\s+\d+\s+of\s+\d+|CM\d{2}-\d{7})(?:\s+(?i:page\s+\d+\s+of\s+\d+|CM\d{2}-\d{7}))*$")
        .expect("static regex")
});

/// Cleans one letter's decoded text.
pub fn clean(text: &str) -> String {
    let text: Cow<'_, str> = if memchr::memchr(b'\r', text.as_bytes()).is_some() {
        Cow::Owned(unix_line_ends(text))
    } else {
        Cow::Borrowed(text)
    };
    let text = if reflow::needs_reflow(&text) {
        Cow::Owned(reflow::reflow(&text))
    } else {
        text
    };
    let text = unligature(text);
    let text = visible(text);
    // A line is (trimmed text, page break before it). Lines are the pieces
    // of `text.split('\n')`, found with memchr, as are the form feeds: most
    // letters have few, and a per-line search cost more than the rest of
    // the loop.
    let b = text.as_bytes();
    let mut feeds = memchr::memchr_iter(0x0c, b).peekable();
    let mut raw: Vec<(&str, bool)> = Vec::with_capacity(text.len() / 40);
    let mut start = 0;
    loop {
        let end = memchr::memchr(b'\n', &b[start..]).map_or(b.len(), |i| start + i);
        let mut page_break = false;
        while let Some(&f) = feeds.peek() {
            if f >= end {
                break;
            }
            page_break |= f >= start;
            feeds.next();
        }
        let line = cut::slice(&text, start..end);
        let t = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{c}' || c == '\u{0}');
        raw.push((t, page_break));
        if end == b.len() {
            break;
        }
        start = end + 1;
    }
    let doubled = is_double_spaced(&raw);
    let running = running_lines(&raw);
    let titles = page_titles(&raw);
    // Below the letter's first section heading a line that only names the
    // case is a page title wherever it falls: text without form feeds
    // (pypdf, a copy from a viewer) drops it between two lines of a
    // wrapped citation or sentence. Above it, such a line is the header.
    let body_from = raw
        .iter()
        .position(|(line, _)| crate::sections::opens_body_heading(line))
        .unwrap_or(raw.len());

    // Collapse blank runs: with double spacing a run of k empty lines stands
    // for k / 2 real ones (each real line brought one along).
    let mut out = String::with_capacity(text.len());
    let mut blanks = 0usize;
    let mut pending_break = false;
    let mut started = false;
    let mut first_page = true;
    for (i, &(line, page_break)) in raw.iter().enumerate() {
        pending_break |= page_break;
        first_page &= !page_break;
        if line.is_empty() {
            blanks += 1;
            continue;
        }
        if ((footer_candidate(line) && FOOTER.is_match(line))
            || running.contains(&line)
            || titles.binary_search(&i).is_ok()
            || (i > body_from && is_case_title(line)))
            && !(first_page && is_case_number_value(&raw[..i]))
        {
            // A footer takes the blank lines next to it with it.
            blanks = 0;
            pending_break = true;
            continue;
        }
        let real_blanks = if doubled { blanks / 2 } else { blanks };
        if started {
            // Blank lines that only surround a page break are layout, not a
            // paragraph break, unless the tool left a real gap (>= 2).
            let para = if pending_break {
                real_blanks >= 2
            } else {
                real_blanks >= 1
            };
            if para {
                out.push_str("\n\n");
            } else if !hyphen_wrap(&out, line) {
                out.push('\n');
            }
        }
        push_squashed(&mut out, line);
        started = true;
        blanks = 0;
        pending_break = false;
    }
    if started {
        out.push('\n');
    }

    unglue_numbered_lists(unglue_dates(out))
}

/// `text.replace("\r\n", "\n").replace('\r', "\n")` in one pass: a CR
/// before a LF goes, any other CR becomes a LF. Letters with CRs have one
/// on every line, and the two replaces searched and copied them twice.
fn unix_line_ends(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for cr in memchr::memchr_iter(b'\r', b) {
        // CR is ASCII, so both cuts are on character boundaries.
        out.push_str(cut::slice(text, from..cr));
        if b.get(cr + 1) != Some(&b'\n') {
            out.push('\n');
        }
        from = cr + 1;
    }
    out.push_str(cut::slice(text, from..));
    out
}

/// Whether a line break falls inside a hyphenated word or number
/// ("sprain-" / "strain", "11-4-" / "16"), so the lines join with no space.
/// A heading (a line in capitals) never joins.
fn hyphen_wrap(out: &str, next: &str) -> bool {
    let b = out.as_bytes();
    let ends_hyphenated =
        b.len() >= 2 && b[b.len() - 1] == b'-' && b[b.len() - 2].is_ascii_alphanumeric();
    let starts_word = next
        .bytes()
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric());
    // The heading test reads the whole line, so it runs last and only when
    // needed.
    let heading = || {
        next.bytes().any(|c| c.is_ascii_uppercase())
            && !next.bytes().any(|c| c.is_ascii_lowercase())
    };
    ends_hyphenated && starts_word && !heading()
}

/// Spells out the Latin ligatures U+FB00..=U+FB06 ("\u{fb01}brosis" ->
/// "fibrosis"): a PDF set with ligatures gives one code point per ligature
/// glyph, and a search for "fibrosis" must still find the word.
fn unligature(text: Cow<'_, str>) -> Cow<'_, str> {
    // U+FB00..=U+FB06 are EF AC 80..=86 in UTF-8: a byte search for the
    // two lead bytes instead of decoding every character.
    let has_ligature = memchr::memmem::find_iter(text.as_bytes(), b"\xef\xac")
        .any(|i| matches!(text.as_bytes().get(i + 2), Some(0x80..=0x86)));
    if !has_ligature {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '\u{fb00}' => out.push_str("ff"),
            '\u{fb01}' => out.push_str("fi"),
            '\u{fb02}' => out.push_str("fl"),
            '\u{fb03}' => out.push_str("ffi"),
            '\u{fb04}' => out.push_str("ffl"),
            '\u{fb05}' | '\u{fb06}' => out.push_str("st"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// What [`visible`] does to one character: `None` drops it.
fn visible_char(c: char) -> Option<char> {
    match c {
        // Line and page breaks and tabs carry layout.
        '\n' | '\t' | '\u{c}' => Some(c),
        // Other C0 and C1 controls and DEL; zero-width spaces, joiners and
        // word joiners; left-to-right / right-to-left marks, embeddings,
        // overrides and isolates; byte-order marks; soft hyphens.
        '\0'..='\u{1f}'
        | '\u{7f}'..='\u{9f}'
        | '\u{200b}'..='\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{feff}'
        | '\u{ad}'
        // Combining accents: letters arrive composed ("é" is one
        // character); a mark on its own is damage, and inside a heading
        // ("C\u{301}ASE SUMMARY") it hid the heading.
        | '\u{300}'..='\u{36f}' => None,
        // Non-breaking and other fixed-width spaces read as spaces.
        '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => Some(' '),
        c => Some(c),
    }
}

/// Drops characters that show nothing (controls, zero-width and direction
/// marks, byte-order marks, soft hyphens) and combining accents standing
/// alone, and turns Unicode spaces into spaces. Editors, web pages and converters put them inside words
/// ("Medi\u{200b}cal"), where they would split a word for search and end up
/// in guideline names; a reader of the letter never sees them.
fn visible(text: Cow<'_, str>) -> Cow<'_, str> {
    let b = text.as_bytes();
    // Most letters have none: one pass over the bytes tells (every
    // character dropped or changed is a control byte or starts with one of
    // these lead bytes).
    let suspect = b.iter().any(|&x| {
        (x < 0x20 && !matches!(x, b'\n' | b'\t' | 0x0c))
            || matches!(x, 0x7f | 0xc2 | 0xcc | 0xcd | 0xe2 | 0xe3 | 0xef)
    });
    if !suspect || text.chars().all(|c| visible_char(c) == Some(c)) {
        return text;
    }
    Cow::Owned(text.chars().filter_map(visible_char).collect())
}

/// Running headers and footers: a line that sits next to a page break (the
/// last before a form feed or the first after one) at least twice, counting
/// the letter's first line as next to a page break. Example: "Final
/// Determination Letter for IMR Case Number CM14-0098215" opening the letter
/// and every page. A line that merely repeats elsewhere (the same guideline
/// boilerplate on every item) and meets one page break by chance is content.
fn running_lines<'a>(raw: &[(&'a str, bool)]) -> Vec<&'a str> {
    let nonempty_after = |i: usize| nonempty_from(raw, i);
    let nonempty_before = |i: usize| (0..i).rev().find(|&j| !raw[j].0.is_empty());
    let mut at: Vec<usize> = Vec::new();
    for (i, &(_, page_break)) in raw.iter().enumerate() {
        if page_break {
            at.extend(nonempty_after(i));
            at.extend(nonempty_before(i));
        }
    }
    if at.is_empty() {
        return Vec::new();
    }
    // The letter's first line counts too (a running header opens page 1),
    // but not its last: a closing sentence such as "The request is
    // medically necessary." often also opens a page.
    at.extend(nonempty_after(0));
    // Positions, not texts, are counted: a two-line letter's first line is
    // also the line before its one page break.
    at.sort_unstable();
    at.dedup();
    let mut texts: Vec<&str> = at.iter().map(|&i| raw[i].0).collect();
    texts.sort_unstable();
    let mut running: Vec<&str> = Vec::new();
    for group in texts.chunk_by(|a, b| a == b) {
        if group.len() >= 2 && group[0].len() >= 8 {
            running.push(group[0]);
        }
    }
    running
}

/// Positions of page titles: the first line after a page break when it
/// names the case ([`is_case_title`]). Such a title is a running header even
/// when it is seen only once: a two-page letter whose first page opens with
/// the header table shows it just once, after the form feed, and it would
/// otherwise run into the sentence it interrupts. Only that line goes, not
/// other lines with the same text (a header row on page 1 stays).
/// The first non-empty line at or after `i`.
fn nonempty_from(raw: &[(&str, bool)], i: usize) -> Option<usize> {
    (i..raw.len()).find(|&j| !raw[j].0.is_empty())
}

fn page_titles(raw: &[(&str, bool)]) -> Vec<usize> {
    raw.iter()
        .enumerate()
        .filter(|(_, &(_, page_break))| page_break)
        .filter_map(|(i, _)| nonempty_from(raw, i))
        .filter(|&j| is_case_title(raw[j].0))
        .collect()
}

/// A short line that names a case and ends with its number: "Final
/// Determination Letter for IMR Case Number CM14-0123456", "IMR Case No.
/// CM15-0000001", "Case Number: CM15-0000001". Prose that mentions a case
/// number goes on after it or ends with a full stop, and a header table
/// puts another label on the same line.
fn is_case_title(line: &str) -> bool {
    static TITLE: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?i)^(?:[a-z][a-z ]{0,60})?\bcase\s+(?:number|no\.?|#)\s*:?\s*CM\d{2}-\d{7}$")
            .expect("static regex")
    });
    // The regex only for short lines ending in a digit.
    line.len() <= 100 && line.ends_with(|c: char| c.is_ascii_digit()) && TITLE.is_match(line)
}

/// Whether the line after `before` is the value of a "Case Number:" label
/// rather than a running header: `pdftotext` flattens the header table into
/// a block of labels and then a block of values, which puts the case number
/// alone on a line a few lines below its label.
fn is_case_number_value(before: &[(&str, bool)]) -> bool {
    before
        .iter()
        .rev()
        .filter(|(l, _)| !l.is_empty())
        .take(HEADER_BLOCK)
        .any(|(l, _)| {
            let l = l.trim_end_matches(':').trim_end().to_ascii_lowercase();
            l.ends_with("case number") && l.len() <= "imr case number".len()
        })
}

/// The most labels a flattened header block puts between a label and its
/// value: a 2014 table has at most seven.
const HEADER_BLOCK: usize = 8;

fn footer_candidate(line: &str) -> bool {
    let b = line.as_bytes();
    b.len() >= 10 && matches!(b[0], b'P' | b'p' | b'C')
}

/// A word glued to a date: `per7/18/14` -> `per 7/18/14`, `on9/30/14` ->
/// `on 9/30/14`. A hand-written scan rather than a regex: dates are frequent
/// in letters and a capturing regex cost a tenth of all parsing. Only a
/// letter directly followed by `M/D/YY` or `MM/DD/YYYY` (and no further
/// digit) is split, so `Norco10/325` and `L4-5` stay as written.
fn unglue_dates(text: String) -> String {
    let b = text.as_bytes();
    let mut at: Vec<usize> = Vec::new();
    // A date starts one or two digits before its first slash, so only the
    // bytes just before each slash are tried (the same test as at every
    // byte, far fewer times).
    for slash in memchr::memchr_iter(b'/', b) {
        for back in [2, 1] {
            let Some(i) = slash.checked_sub(back).filter(|&i| i >= 1) else {
                continue;
            };
            if b[i].is_ascii_digit()
                && b[i - 1].is_ascii_alphabetic()
                && date_len(&b[i..]).is_some()
            {
                at.push(i);
            }
        }
    }
    at.sort_unstable();
    at.dedup();
    insert_spaces(text, &at)
}

/// `text` with a space inserted before each byte offset in `at` (ascending,
/// on character boundaries); the text itself when `at` is empty.
fn insert_spaces(text: String, at: &[usize]) -> String {
    if at.is_empty() {
        return text;
    }
    let mut out = String::with_capacity(text.len() + at.len());
    let mut last = 0;
    for &i in at {
        out.push_str(cut::slice(&text, last..i));
        out.push(' ');
        last = i;
    }
    out.push_str(cut::slice(&text, last..));
    out
}

/// Length of a `M/D/YY`-shaped date at the start of `b`, if there is one.
fn date_len(b: &[u8]) -> Option<usize> {
    let digits = |from: usize, min: usize, max: usize| -> Option<usize> {
        let n = b
            .get(from..)?
            .iter()
            .take(max + 1)
            .take_while(|c| c.is_ascii_digit())
            .count();
        (min..=max).contains(&n).then_some(from + n)
    };
    let i = digits(0, 1, 2)?;
    (b.get(i) == Some(&b'/')).then_some(())?;
    let i = digits(i + 1, 1, 2)?;
    (b.get(i) == Some(&b'/')).then_some(())?;
    let end = digits(i + 1, 2, 4)?;
    // YY or YYYY, never three digits.
    let year = end - (i + 1);
    (year != 3).then_some(end)
}

/// Double spacing: nearly every non-empty line is followed by an empty one.
fn is_double_spaced(lines: &[(&str, bool)]) -> bool {
    let mut text_lines = 0usize;
    let mut followed = 0usize;
    for w in lines.windows(2) {
        if !w[0].0.is_empty() {
            text_lines += 1;
            if w[1].0.is_empty() {
                followed += 1;
            }
        }
    }
    text_lines >= 3 && followed * 10 >= text_lines * 9
}

/// Appends a line with inner whitespace runs of tabs or non-breaking spaces
/// made plain spaces; runs of spaces are kept (some letters use two spaces
/// after a sentence, and that helps find sentence ends).
fn push_squashed(out: &mut String, line: &str) {
    // One byte scan for a tab or the lead byte of U+00A0 (0xC2); only then
    // the exact test.
    let plain = memchr::memchr2(b'\t', 0xc2, line.as_bytes()).is_none()
        || (!line.contains('\t') && !line.contains('\u{a0}'));
    if plain {
        out.push_str(line);
        return;
    }
    for c in line.chars() {
        out.push(if c == '\t' || c == '\u{a0}' { ' ' } else { c });
    }
}

/// `diagnoses are:1. brachial lesions2. neuritis3. disc disease` ->
/// `diagnoses are: 1. brachial lesions 2. neuritis 3. disc disease`.
/// Only a run that starts with `1.` after a colon and counts up is touched,
/// so `L5.` or `x2.` elsewhere stay as written.
fn unglue_numbered_lists(text: String) -> String {
    if find_list_start(&text).is_none() {
        return text;
    }
    let bytes = text.as_bytes();
    let mut inserts: Vec<usize> = Vec::new();
    let mut search_from = 0;
    while let Some(rel) = find_list_start(cut::slice(&text, search_from..)) {
        let (colon, one) = (search_from + rel.0, search_from + rel.1);
        if one == colon + 1 {
            inserts.push(one);
        }
        // Look for 2., 3., ... glued to the end of the previous item.
        let mut pos = one + 2;
        let mut n = 2u32;
        loop {
            let marker = format!("{n}.");
            let window_end = (pos + 400).min(text.len());
            let Some(found) = text
                .get(pos..window_end)
                .and_then(|w| w.find(&marker))
                .map(|i| pos + i)
            else {
                break;
            };
            let before = found.checked_sub(1).map(|i| bytes[i]);
            let after = bytes.get(found + marker.len()).copied();
            let ok_after = matches!(after, Some(b' ') | Some(b'\n'));
            match before {
                Some(b) if b.is_ascii_alphabetic() || b == b')' => {
                    if ok_after {
                        inserts.push(found);
                    }
                }
                Some(b' ') | Some(b'\n') if ok_after => {}
                _ => {
                    pos = found + marker.len();
                    continue;
                }
            }
            pos = found + marker.len();
            n += 1;
            if n > 40 {
                break;
            }
        }
        search_from = pos.min(text.len());
        if search_from >= text.len() {
            break;
        }
    }
    insert_spaces(text, &inserts)
}

/// Finds `:1.` or `: 1.`; returns (colon index, index of the `1`). The
/// colons are found with memchr's SIMD search: a letter has dozens, and
/// this runs on every letter.
fn find_list_start(s: &str) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    memchr::memchr_iter(b':', b).find_map(|i| {
        let rest = &b[i + 1..];
        if rest.starts_with(b"1.") {
            Some((i, i + 1))
        } else if rest.starts_with(b" 1.") {
            Some((i, i + 2))
        } else {
            None
        }
    })
}

/// Collapses every whitespace run (line breaks included) to one space and
/// trims: the form in which item names and citation paragraphs are kept.
pub fn squash(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    squash_into(&mut out, text);
    out
}

/// Appends [`squash`]`(text)` to `out`, so callers that build one string
/// from many pieces allocate once.
fn squash_into(out: &mut String, text: &str) {
    let start = out.len();
    if text.is_ascii() {
        return squash_ascii_into(out, text);
    }
    for word in text.split_whitespace() {
        if out.len() > start {
            out.push(' ');
        }
        out.push_str(word);
    }
}

/// `text` cut to at most `max` bytes, on a character boundary: bounds the
/// work vocabulary lookups do on pathological input.
pub fn truncate_chars(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    cut::slice(text, ..end)
}

/// [`squash_into`] for ASCII text: text that is already squashed (words
/// apart by one space) is copied in whole runs, and only other gaps are
/// rewritten. Most letters are ASCII and this runs on every paragraph of
/// every item. On ASCII, `char::is_whitespace` is exactly
/// `is_ascii_whitespace` plus vertical tab, so both paths agree.
///
/// A gap needs rewriting exactly where it holds a byte other than a space
/// or two spaces in a row; those places are found with SIMD searches
/// (line breaks and tabs, form feeds and vertical tabs, double spaces)
/// rather than by stopping at every space, which cost a tenth of the parse.
/// A rewritten gap starts at the single spaces just before what was found
/// and runs over every gap byte after it.
fn squash_ascii_into(out: &mut String, text: &str) {
    let b = text.as_bytes();
    let Some(start) = b.iter().position(|&c| !is_gap(c)) else {
        return;
    };
    let end = b.iter().rposition(|&c| !is_gap(c)).map_or(start, |i| i + 1);
    let body = &b[..end];
    // Positions past the end stand for "none left", so the next place to
    // rewrite is a plain minimum.
    let none = body.len();
    let breaks = |from: usize| {
        memchr::memchr3(b'\n', b'\t', b'\r', &body[from..]).map_or(none, |k| from + k)
    };
    let feeds = |from: usize| memchr::memchr2(0x0b, 0x0c, &body[from..]).map_or(none, |k| from + k);
    let doubles = |from: usize| DOUBLE_SPACE.find(&body[from..]).map_or(none, |k| from + k);
    let (mut next_break, mut next_feed, mut next_double) =
        (breaks(start), feeds(start), doubles(start));
    // Copied up to here; `b[run]` is never a gap.
    let mut run = start;
    loop {
        let found = next_break.min(next_feed).min(next_double);
        if found == none {
            break;
        }
        let mut gap = found;
        while gap > run && b[gap - 1] == b' ' {
            gap -= 1;
        }
        // ASCII text: every offset is a character boundary.
        out.push_str(cut::slice(text, run..gap));
        out.push(' ');
        // b[end - 1] is no gap, so the gap ends before `end`.
        run = found + b[found..end].iter().position(|&c| !is_gap(c)).unwrap_or(0);
        if next_break < run {
            next_break = breaks(run);
        }
        if next_feed < run {
            next_feed = feeds(run);
        }
        if next_double < run {
            next_double = doubles(run);
        }
    }
    out.push_str(cut::slice(text, run..end));
}

/// The searcher for two spaces in a row, built once: `memmem::find` builds
/// one on every call, and [`squash_ascii_into`] calls it for every
/// paragraph.
static DOUBLE_SPACE: Lazy<memchr::memmem::Finder<'static>> =
    Lazy::new(|| memchr::memmem::Finder::new(b"  "));

/// ASCII whitespace as `char::is_whitespace` sees it (vertical tab too),
/// by table: this test runs on nearly every byte of a letter.
fn is_gap(c: u8) -> bool {
    const GAP: [bool; 256] = {
        let mut t = [false; 256];
        t[b' ' as usize] = true;
        t[b'\t' as usize] = true;
        t[b'\n' as usize] = true;
        t[0x0b] = true;
        t[0x0c] = true;
        t[b'\r' as usize] = true;
        t
    };
    GAP[c as usize]
}

/// Joins the lines of each paragraph with a space and separates paragraphs
/// with one empty line: the form in which rationales and summaries are kept.
pub fn join_paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut push = |para: &str| {
        let before = out.len();
        if before > 0 {
            out.push_str("\n\n");
        }
        let words = out.len();
        squash_into(&mut out, para);
        if out.len() == words {
            // An empty paragraph: no separator for it either.
            out.truncate(before);
        }
    };
    // The pieces of `text.split("\n\n")`: each break is the leftmost
    // "\n\n" after the previous one.
    let b = text.as_bytes();
    let (mut para, mut from) = (0, 0);
    while let Some(k) = memchr::memchr(b'\n', &b[from..]) {
        let i = from + k;
        if b.get(i + 1) == Some(&b'\n') {
            push(cut::slice(text, para..i));
            para = i + 2;
            from = para;
        } else {
            from = i + 1;
        }
    }
    push(cut::slice(text, para..));
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn invisible_characters_go_and_unicode_spaces_become_spaces() {
        assert_eq!(super::visible("C\u{301}ASE SUMMARY".into()), "CASE SUMMARY");
        let got = super::visible(
            "Medi\u{200b}cal\u{1}\tnec\u{ad}essary\u{a0}care\u{feff}\u{202e}\n\u{c}x".into(),
        );
        assert_eq!(got, "Medical\tnecessary care\n\u{c}x");
        // Nothing to do: the text is borrowed, not copied.
        let plain = "Caf\u{e9} \u{201c}quoted\u{201d}\n";
        assert!(matches!(
            super::visible(plain.into()),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    use super::*;

    #[test]
    fn double_spacing_and_space_lines() {
        let raw = "HEADING \n\nfirst line of a \n\nparagraph. \n\n \n\nsecond paragraph \n\n";
        assert_eq!(
            clean(raw),
            "HEADING\nfirst line of a\nparagraph.\n\nsecond paragraph\n"
        );
    }

    #[test]
    fn hyphenated_words_join_across_a_line_break() {
        assert_eq!(
            clean("lumbar sprain-\nstrain and a visit on 11-4-\n16.\nNOTE -\nnext\n"),
            "lumbar sprain-strain and a visit on 11-4-16.\nNOTE -\nnext\n"
        );
        assert_eq!(
            clean("follow-\nCLINICAL CASE SUMMARY\n"),
            "follow-\nCLINICAL CASE SUMMARY\n"
        );
    }

    #[test]
    fn single_spacing_kept() {
        let raw = "a\nb\n\nc\n";
        assert_eq!(clean(raw), "a\nb\n\nc\n");
    }

    #[test]
    fn crlf() {
        assert_eq!(clean("a \r\nb\r\n\r\nc\r\n"), "a\nb\n\nc\n");
    }

    #[test]
    fn footer_mid_sentence_joins() {
        let raw = "the patient has\n\u{c}Page 2 of 4\nCM14-0123456\nimproved function.\n\nnext\n";
        assert_eq!(clean(raw), "the patient has\nimproved function.\n\nnext\n");
    }

    #[test]
    fn flattened_case_number_value_is_not_a_footer() {
        let raw = "Case Number:\nDate Assigned:\n\nCM14-0123456\n3/4/2014\n\nbody\n\u{c}CM14-0123456\nmore\n";
        assert_eq!(
            clean(raw),
            "Case Number:\nDate Assigned:\n\nCM14-0123456\n3/4/2014\n\nbody\nmore\n"
        );
        // Without its label just above, the same line is a running header.
        assert_eq!(clean("Notice\nCM14-0123456\nbody\n"), "Notice\nbody\n");
    }

    #[test]
    fn running_header_repeated_at_page_tops() {
        let raw = "Letter for Case X\nfirst page text\nPage 1 of 2\n\u{c}Letter for Case X\nsecond page\n";
        assert_eq!(clean(raw), "first page text\nsecond page\n");
        // A line seen once next to a page break is content, not a header.
        assert_eq!(
            clean("alpha beta gamma\n\u{c}delta epsilon\n"),
            "alpha beta gamma\ndelta epsilon\n"
        );
    }

    #[test]
    fn case_title_after_one_page_break_is_a_header() {
        // Page 1 opens with the header table, so the title is seen once.
        let raw = "Case Number: CM15-0101010 Date Assigned: 1/2/2015\n\nguideline: ODG Pain,\nPage 1 of 2\n\u{c}Final Determination Letter for IMR Case Number CM15-0101010\n\nOffice visits.\n";
        assert_eq!(
            clean(raw),
            "Case Number: CM15-0101010 Date Assigned: 1/2/2015\n\nguideline: ODG Pain,\nOffice visits.\n"
        );
        // Prose naming the case number, or the title not at a page break,
        // is content.
        for content in [
            "We reviewed IMR case number CM15-0101010.",
            "IMR Case Number CM15-0101010 was assigned to a reviewer on 1/2/2015",
        ] {
            let raw = format!("first page\n\u{c}{content}\nmore\n");
            assert_eq!(clean(&raw), format!("first page\n{content}\nmore\n"));
        }
        let raw = "intro\nFinal Determination Letter for IMR Case Number CM15-0101010\nbody\n";
        assert_eq!(clean(raw), raw);
        // Only the line that opens a page goes: the same row on page 1
        // stays, and so does a wrapped sentence that ends a page.
        assert_eq!(
            clean(
                "Notice\nIMR Case Number: CM15-0101010\nbody\n\u{c}IMR Case Number: CM15-0101010\nmore\n"
            ),
            "Notice\nIMR Case Number: CM15-0101010\nbody\nmore\n"
        );
        let wrapped = "We completed the review of case number CM15-0101010";
        assert_eq!(
            clean(&format!(
                "first page\n{wrapped}\n\u{c}and found it complete.\n"
            )),
            format!("first page\n{wrapped}\nand found it complete.\n")
        );
        // The bare label form is a header too; a table row is not.
        assert_eq!(
            clean("first page\n\u{c}Case Number: CM15-0101010\nmore\n"),
            "first page\nmore\n"
        );
        let row = "Case Number: CM15-0101010 Date Assigned: 1/2/2015";
        assert_eq!(
            clean(&format!("first page\n\u{c}{row}\nmore\n")),
            format!("first page\n{row}\nmore\n")
        );
    }

    #[test]
    fn case_title_below_the_first_heading_goes_wherever_it_falls() {
        // No form feeds (pypdf, a copy from a viewer): the title falls
        // between two lines of a wrapped citation and of a sentence.
        let title = "Final Determination Letter for IMR Case Number CM15-0101010";
        let raw = format!(
            "{title}\nCase Number: CM15-0101010\nHOW THE IMR FINAL DETERMINATION WAS MADE\n\
             text\nMAXIMUS guideline: Decision based on MTUS Chronic Pain, Page(s):\n{title}\n\
             30-32, 49.\nDecision rationale: The patient\n{title}\nimproved.\n"
        );
        assert_eq!(
            clean(&raw),
            format!(
                "{title}\nCase Number: CM15-0101010\nHOW THE IMR FINAL DETERMINATION WAS MADE\n\
                 text\nMAXIMUS guideline: Decision based on MTUS Chronic Pain, Page(s):\n\
                 30-32, 49.\nDecision rationale: The patient\nimproved.\n"
            )
        );
        // A professional review's title opens its header: the case row
        // under it stays.
        let review =
            "MEDICAL PROFESSIONAL REVIEW\nIMR Case Number: CM15-0101010\nISSUE AT DISPUTE:\nMRI\n";
        assert_eq!(clean(review), review);
        // Prose that names the case below the heading stays.
        let prose =
            "HOW THE IMR FINAL DETERMINATION WAS MADE\nThe file of IMR case number CM15-0101010.\n";
        assert_eq!(clean(prose), prose);
    }

    #[test]
    fn ligatures_spelled_out() {
        assert_eq!(
            clean("\u{fb01}brosis, \u{fb02}ares, e\u{fb03}cacy\n"),
            "fibrosis, flares, efficacy\n"
        );
    }

    #[test]
    fn glued_dates() {
        assert_eq!(
            clean("seen per7/18/14 and on9/30/14.\n"),
            "seen per 7/18/14 and on 9/30/14.\n"
        );
        // A ratio like 10/325 is no date and stays.
        assert_eq!(clean("Norco10/325 mg\n"), "Norco10/325 mg\n");
        assert_eq!(
            clean("dated2/3/2014, seen on1/2/123 and x1/2/3\n"),
            "dated 2/3/2014, seen on1/2/123 and x1/2/3\n"
        );
        assert_eq!(clean("per7/18/14.\n"), "per 7/18/14.\n");
    }

    #[test]
    fn glued_list() {
        let s = clean("diagnoses are:1. brachial lesions2. neuritis3. disc. At L5. fine\n");
        assert_eq!(
            s,
            "diagnoses are: 1. brachial lesions 2. neuritis 3. disc. At L5. fine\n"
        );
    }

    #[test]
    fn squash_and_join() {
        assert_eq!(squash("  a \n b\tc  "), "a b c");
        assert_eq!(squash("a\u{c}b\r\n\u{b}c"), "a b c");
        assert_eq!(squash("caf\u{e9}\u{a0} bar"), "caf\u{e9} bar");
        assert_eq!(join_paragraphs("a\nb\n\n\nc\n"), "a b\n\nc");
    }

    /// What [`squash`] means: the words, one space apart.
    fn words(text: &str) -> String {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn squash_is_the_words_on_sample_letters() {
        let mut n = 0;
        for (_, text) in crate::samples::texts() {
            let cleaned = clean(&text);
            for t in [&text, &cleaned] {
                assert_eq!(squash(t), words(t));
                for para in t.split("\n\n") {
                    assert_eq!(squash(para), words(para));
                    n += 1;
                }
            }
        }
        assert!(n > 100, "only {n} paragraphs");
    }

    /// [`find_list_start`] as it was, a `str::find` per colon.
    fn find_list_start_by_find(s: &str) -> Option<(usize, usize)> {
        let mut from = 0;
        while let Some(i) = s[from..].find(':').map(|i| from + i) {
            let rest = &s.as_bytes()[i + 1..];
            if rest.starts_with(b"1.") {
                return Some((i, i + 1));
            }
            if rest.starts_with(b" 1.") {
                return Some((i, i + 2));
            }
            from = i + 1;
        }
        None
    }

    proptest::proptest! {
        #[test]
        fn squash_is_the_words(
            parts in proptest::collection::vec("(a|bc| |  |\\n|\\t|\\r|\\x0b|\\x0c|\\n\\n| \\n |\\u{a0}|\\u{e9})", 0..40),
        ) {
            let t = parts.concat();
            proptest::prop_assert_eq!(squash(&t), words(&t));
            let mut out = String::from("x");
            squash_into(&mut out, &t);
            proptest::prop_assert_eq!(out, format!("x{}", words(&t)));
        }

        #[test]
        fn line_ends_as_the_two_replaces(
            parts in proptest::collection::vec("(\r|\n|\r\n|\n\r|a|\u{e9}| )", 0..30),
        ) {
            let t = parts.concat();
            proptest::prop_assert_eq!(unix_line_ends(&t), t.replace("\r\n", "\n").replace('\r', "\n"));
        }

        #[test]
        fn list_starts_are_found_as_before(
            parts in proptest::collection::vec("(:|1|\\.| |a|2|\n|\u{e9})", 0..30),
        ) {
            let t = parts.concat();
            proptest::prop_assert_eq!(find_list_start(&t), find_list_start_by_find(&t));
            let had_list = t.contains(":1.") || t.contains(": 1.");
            proptest::prop_assert_eq!(find_list_start(&t).is_some(), had_list);
        }
    }
}
