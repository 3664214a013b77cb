//! Line breaks put back into text that lost them: a letter copied from a web
//! page or a viewer, or written out by a converter that keeps no line ends,
//! comes as one line or a few very long ones, with its headings, header
//! labels, item lines and numbered decisions in the middle of a line. The
//! rest of the parser reads lines, so this pass breaks the text again:
//!
//! - a paragraph break before each section heading and a line break after
//!   it (`... appropriate. INDEPENDENT MEDICAL REVIEW DECISION AND
//!   RATIONALE An application ...`);
//! - a line break before each header label (`Date Assigned:`, `Dated:`,
//!   ...), each item paragraph label (`Claims Administrator guideline:`,
//!   ...) and around each running page title or page footer;
//! - a paragraph break after a 2014 item's outcome (`...:  Upheld`) and a
//!   line break after the colon that ends a list's lead-in (`set forth
//!   below:`) or a September 2013 block's item name;
//! - a line break after each sentence (a full stop, question or exclamation
//!   mark, then a capital, a digit or a quote), but not after a list number
//!   (`2.`) or a short abbreviation (`Dr.`, `Inc.`, `P.O.`);
//! - a line break before each entry of a numbered list that counts up from
//!   the start of a line (`1. MRI 2. Norco 3. ...`).
//!
//! Every break is an insertion, so no text is lost, and every search is a
//! single pass over the text (the list pass looks a bounded distance ahead
//! of each entry), so the work stays linear in the text's size.

use once_cell::sync::Lazy;
use regex::Regex;

/// Whether a text has lost its line breaks: at least 1,000 bytes, and at
/// least half of them on lines longer than [`LONG_LINE`] bytes (letters
/// with their line breaks have lines of at most 100-odd characters;
/// `pdftotext -layout` pads some to 200), or an upper-case section heading
/// in the middle of a line (a copy that keeps only paragraph breaks:
/// `MEDICAL PROFESSIONAL REVIEW IMR Case Number: ... ISSUE AT DISPUTE: 1.
/// ...`).
pub(super) fn needs_reflow(text: &str) -> bool {
    if text.len() < 1_000 {
        return false;
    }
    long_lines(text) || heading_mid_line(text)
}

/// The upper-case section headings of [`crate::sections`], words apart by
/// any blanks. Fragment: `... dated 6/2/14. IMR ISSUES, DECISIONS AND
/// RATIONALES The Final Determination ...`.
static UPPER_HEADING: Lazy<Regex> = Lazy::new(|| {
    let alts: Vec<String> = crate::sections::heading_phrases()
        .filter(|h| !h.chars().any(char::is_lowercase))
        .map(|h| {
            h.split(' ')
                .map(regex::escape)
                .collect::<Vec<_>>()
                .join(r"[ \t]+")
        })
        .collect();
    Regex::new(&alts.join("|")).expect("static regex")
});

/// Whether an upper-case heading starts after other text on its line.
fn heading_mid_line(text: &str) -> bool {
    let b = text.as_bytes();
    UPPER_HEADING.find_iter(text).any(|m| {
        b[..m.start()]
            .iter()
            .rev()
            .find(|c| **c != b' ' && **c != b'\t')
            .is_some_and(|c| *c != b'\n' && *c != b'\r' && *c != 0x0c)
    })
}

/// [`needs_reflow`]'s first test: half the text on long lines.
fn long_lines(text: &str) -> bool {
    let b = text.as_bytes();
    let mut long = 0usize;
    let mut start = 0usize;
    for nl in memchr::memchr_iter(b'\n', b).chain([b.len()]) {
        let len = nl - start;
        if len > LONG_LINE {
            long += len;
        }
        start = nl + 1;
    }
    long * 2 >= text.len()
}

/// A line longer than this is no line a PDF-to-text tool writes.
const LONG_LINE: usize = 400;

/// The section headings of [`crate::sections`] anywhere in the text (words
/// apart by any whitespace, case as written), and the September 2013
/// notice's numbered block heading `2) Regarding the request for`.
/// Fragment: `... and appropriate. INDEPENDENT MEDICAL REVIEW DECISION AND
/// RATIONALE An application ...`.
static HEADING: Lazy<Regex> = Lazy::new(|| {
    let mut alts: Vec<String> = crate::sections::heading_phrases()
        .map(|h| {
            h.split(' ')
                .map(regex::escape)
                .collect::<Vec<_>>()
                .join(r"\s+")
        })
        .collect();
    alts.push(r"\d{1,2}\)\s*Regarding\s+the\s+request\s+for\b".into());
    Regex::new(&alts.join("|")).expect("static regex")
});

/// Labels that open a line: the 2014 header table's and the 2013
/// letterhead's (`IMR Case Number:`, `Date Assigned:`, `Date of Injury:`,
/// `Decision Date:`, `UR Denial Date:`, `Date of UR Decision:`, `Priority:`,
/// `IMR Application Received:`, `Dated:`), the credentials
/// (`State(s) of Licensure:`, `Certification(s)/Specialty:`) and a 2014
/// item's paragraph labels (`Claims Administrator guideline:`, `MAXIMUS
/// guideline:`, `Decision rationale:`). Fragment: `Case Number: CM16-0000001
/// Date Assigned: 12/07/2016 Date of Injury: 10/23/2016 ...`.
static LABEL: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?:\b(?:IMR|MAXIMUS)\s+)?\bCase\s+Number\s*:|\bDate\s+Assigned\s*:|\bDate\s+of\s+Injury\s*:|\bDecision\s+Date\s*:|\bUR\s+Denial\s+Date\s*:|\bDate\s+of\s+UR\s+Decision\s*:|\bPriority\s*:|(?:\bIMR\s+)?\bApplication\s+Received\s*:|\bDated\s*:|\bState\(s\)\s+of\s+Licensure\s*:|\bCertification\(s\)/Specialty\s*:|\bClaims\s+Administrator\s+guidelines?\s*:|\bMAXIMUS\s+guidelines?\s*:|\bDecision\s+rationale\s*:",
    )
    .expect("static regex")
});

/// A running page title or footer in running text, put on a line of its
/// own so that [`super::clean`]'s line rules drop it. Fragment:
/// `... Page(s): Final Determination Letter for IMR Case Number
/// CM16-0000001 30-32 ...` and `... Page 2 of 4 ...`.
static PAGE_MARK: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)\bFinal\s+Determination\s+Letter\s+for\s+(?:IMR\s+)?Case\s+(?:Number|No\.?)\s*:?\s*CM\d{2}-\d{7}\b|\bPage\s+\d+\s+of\s+\d+\b",
    )
    .expect("static regex")
});

/// What ends a line: a 2014 item's outcome (`Ultram 50mg #90:  Upheld`),
/// a list's lead-in (`... items/services set forth below:`) and a 2013
/// block's item name (`1) Regarding the request for <item>:`).
static LINE_END: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(:\s*(?:Upheld|Overturned|UPHELD|OVERTURNED)\.?)\s|(\bbelow\s*:)\s|(\bRegarding\s+the\s+request\s+for\s[^:\n]{1,300}:)\s",
    )
    .expect("static regex")
});

/// Abbreviations after which a full stop ends no sentence.
const ABBREVIATIONS: &[&str] = &[
    "dr", "mr", "mrs", "ms", "inc", "no", "vs", "st", "jr", "sr", "co", "corp", "ltd", "approx",
    "fig", "dept", "nos",
];

/// Puts line breaks back into `text` (see the module doc).
pub(super) fn reflow(text: &str) -> String {
    // (byte offset, break): breaks go in before the byte at the offset.
    let mut at: Vec<(usize, &'static str)> = Vec::new();
    for m in HEADING.find_iter(text) {
        at.push((m.start(), "\n\n"));
        at.push((m.end(), "\n"));
    }
    for m in LABEL.find_iter(text) {
        at.push((m.start(), "\n"));
    }
    for m in PAGE_MARK.find_iter(text) {
        at.push((m.start(), "\n"));
        at.push((m.end(), "\n"));
    }
    for c in LINE_END.captures_iter(text) {
        let Some(g) = c.get(1).or_else(|| c.get(2)).or_else(|| c.get(3)) else {
            continue;
        };
        at.push((g.end(), if c.get(1).is_some() { "\n\n" } else { "\n" }));
    }
    sentence_ends(text, &mut at);
    break_numbered_lists(&insert(text, at))
}

/// `text` with each break of `at` inserted at its offset (the longer one
/// where two fall at the same place).
fn insert(text: &str, mut at: Vec<(usize, &'static str)>) -> String {
    at.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.len().cmp(&a.1.len())));
    at.dedup_by_key(|a| a.0);
    let mut out = String::with_capacity(text.len() + at.len() * 2);
    let mut last = 0;
    for (i, brk) in at {
        // Every offset comes from a match or an ASCII byte, so it is a
        // character boundary; `get` keeps that a promise, not a panic.
        if let Some(piece) = text.get(last..i) {
            out.push_str(piece);
            out.push_str(brk);
            last = i;
        }
    }
    out.push_str(text.get(last..).unwrap_or_default());
    out
}

/// Line breaks after sentence ends: `.`, `?` or `!` (a closing quote or
/// bracket may follow), whitespace, then a capital, a digit, a quote or an
/// opening bracket. Not after a list number (`2.`), a single letter or
/// dotted initials (`P.O.`), or an abbreviation of [`ABBREVIATIONS`].
fn sentence_ends(text: &str, at: &mut Vec<(usize, &'static str)>) {
    let b = text.as_bytes();
    for i in memchr::memchr3_iter(b'.', b'?', b'!', b) {
        let mut j = i + 1;
        if b.get(j).is_some_and(|c| b"\"')]".contains(c)) {
            j += 1;
        }
        if !b.get(j).is_some_and(|c| c.is_ascii_whitespace()) {
            continue;
        }
        let next = b[j..].iter().position(|c| !c.is_ascii_whitespace());
        let Some(next) = next.map(|k| j + k) else {
            continue;
        };
        if !(b[next].is_ascii_uppercase() || b[next].is_ascii_digit() || b"\"(".contains(&b[next]))
        {
            continue;
        }
        // Only short words are list numbers, initials or abbreviations, so
        // the look back is bounded (a long run of dots stays linear).
        let from = i.saturating_sub(WORD_LOOK_BACK);
        let word = match b[from..i].iter().rposition(|c| c.is_ascii_whitespace()) {
            Some(k) => &b[from + k + 1..i],
            None if from == 0 => &b[..i],
            None => &b[from..from],
        };
        let word = word.strip_prefix(b"(").unwrap_or(word);
        // A list number ("2.") follows a sentence end, a colon or the start
        // of the text, or comes a little after the number before it
        // ("1. Zolpidem 10mg #30 2. Duloxetine"); "page 46." ends a sentence.
        let number = !word.is_empty() && word.len() <= 2 && word.iter().all(u8::is_ascii_digit);
        let list_number = number && {
            let word_start = i - word.len();
            let after_end = b[..word_start]
                .iter()
                .rev()
                .find(|c| !c.is_ascii_whitespace())
                .is_none_or(|c| b".:;?!)".contains(c));
            after_end || follows_previous_number(text, word_start, word)
        };
        let initials = word.len() <= 3
            && word.iter().all(|c| c.is_ascii_alphabetic() || *c == b'.')
            && (word.len() == 1 || word.contains(&b'.'));
        let abbreviation = ABBREVIATIONS
            .iter()
            .any(|a| word.eq_ignore_ascii_case(a.as_bytes()));
        if b[i] == b'.' && (list_number || initials || abbreviation) {
            continue;
        }
        at.push((next, "\n"));
    }
}

/// The longest word [`sentence_ends`] looks at before a full stop.
const WORD_LOOK_BACK: usize = 8;

/// Whether the list number `word` (digits) at `at` has the number before
/// it ("1." or "1)" after a blank or at a line start) within
/// [`LIST_REACH`] bytes before it.
fn follows_previous_number(text: &str, at: usize, word: &[u8]) -> bool {
    let n: u32 = std::str::from_utf8(word)
        .ok()
        .and_then(|w| w.parse().ok())
        .unwrap_or(0);
    if n < 2 {
        return false;
    }
    let prev = (n - 1).to_string();
    let prev = prev.as_bytes();
    let b = text.as_bytes();
    let from = at.saturating_sub(LIST_REACH);
    // Each '.' or ')' of the window, with the digits before it.
    memchr::memchr2_iter(b'.', b')', &b[from..at]).any(|k| {
        let mark = from + k;
        mark > prev.len()
            && &b[mark - prev.len()..mark] == prev
            && b[mark - prev.len() - 1].is_ascii_whitespace()
    })
}

/// `text` with a line break before each entry of a numbered list that
/// counts up from a line start (see [`list_entries`]): `1. MRI 2. Norco`
/// on one line becomes two lines.
pub(crate) fn break_numbered_lists(text: &str) -> String {
    let mut at = Vec::new();
    list_entries(text, &mut at);
    insert(text, at)
}

/// How far after one numbered entry the next may start.
const LIST_REACH: usize = 400;

/// Line breaks before the entries of numbered lists that count up from a
/// line start: `1. MRI lumbar spine 2. Norco 10/325 #60 3. ...` (a
/// professional review's `ISSUE AT DISPUTE:` list). Entry `n + 1` is
/// `n + 1.` or `n + 1)` after a space, within [`LIST_REACH`] bytes of entry
/// `n`, written the same way; the first entry must open a line.
fn list_entries(text: &str, at: &mut Vec<(usize, &'static str)>) {
    let b = text.as_bytes();
    let mut line = 0;
    while line < b.len() {
        let next_line = memchr::memchr(b'\n', &b[line..]).map_or(b.len(), |k| line + k + 1);
        let first = b[line..next_line]
            .iter()
            .position(|c| *c != b' ' && *c != b'\t')
            .map(|k| line + k);
        if let Some(p) =
            first.filter(|&p| b[p] == b'1' && matches!(b.get(p + 1), Some(b'.' | b')')))
        {
            let mark = b[p + 1];
            let mut pos = p + 2;
            let mut n = 2u32;
            while n < 100 {
                let marker = format!(" {n}{}", mark as char);
                let end = (pos + LIST_REACH).min(next_line);
                let Some(found) = text
                    .get(pos..end)
                    .and_then(|w| w.find(&marker))
                    .map(|k| pos + k + 1)
                else {
                    break;
                };
                if b.get(found + marker.len() - 1) != Some(&b' ') {
                    break;
                }
                at.push((found, "\n"));
                pos = found + marker.len();
                n += 1;
            }
        }
        line = next_line;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_before_headings_labels_and_after_sentences() {
        let t = "Case Number: CM15-0000001 Date Assigned: 3/02/2015 Priority: Standard \
                 HOW THE IMR FINAL DETERMINATION WAS MADE The reviewer was chosen. \
                 Dr. Lee and P.O. Box 1 stay. IMR ISSUES, DECISIONS AND RATIONALES The items \
                 are set forth below: Norco 10/325mg #90: Upheld Claims Administrator \
                 guideline: Decision based on MTUS. Decision rationale: No gain. \
                 2. Soma is not medically necessary.";
        assert_eq!(
            reflow(t),
            "\nCase Number: CM15-0000001 \nDate Assigned: 3/02/2015 \nPriority: Standard \
             \n\nHOW THE IMR FINAL DETERMINATION WAS MADE\n The reviewer was chosen. \
             \nDr. Lee and P.O. Box 1 stay. \n\nIMR ISSUES, DECISIONS AND RATIONALES\n The items \
             are set forth below:\n Norco 10/325mg #90: Upheld\n\n \nClaims Administrator \
             guideline: Decision based on MTUS. \nDecision rationale: No gain. \
             \n2. Soma is not medically necessary."
        );
    }

    #[test]
    fn page_numbers_end_sentences_and_list_numbers_do_not() {
        let mut at = Vec::new();
        let t = "ESIs, page 46. Exercise kit: ODG. 1. Zolpidem 10mg #30 2. Duloxetine";
        sentence_ends(t, &mut at);
        assert_eq!(
            insert(t, at),
            "ESIs, page 46. \nExercise kit: ODG. \n1. Zolpidem 10mg #30 2. Duloxetine"
        );
    }

    #[test]
    fn numbered_list_from_a_line_start() {
        let mut at = Vec::new();
        let t = "x\n1. MRI lumbar spine 2. Norco 10/325 3. Soma 350mg 5. gap\n";
        list_entries(t, &mut at);
        assert_eq!(
            insert(t, at),
            "x\n1. MRI lumbar spine \n2. Norco 10/325 \n3. Soma 350mg 5. gap\n"
        );
        // A list that does not open a line is left alone.
        let mut at = Vec::new();
        list_entries("seen at 1. x 2. y", &mut at);
        assert!(at.is_empty());
    }

    #[test]
    fn only_long_lines_need_it() {
        assert!(!needs_reflow("short"));
        let lines = "A line of an ordinary letter, well under the limit.\n".repeat(40);
        assert!(!needs_reflow(&lines));
        assert!(needs_reflow(&lines.replace('\n', " ")));
    }
}
