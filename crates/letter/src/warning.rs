//! Parser warnings: what a letter's record could not read or had to guess,
//! by kind.
//!
//! A record keeps its warnings as sentences (`Letter::warnings`, printed by
//! `imr parse` and stored in the index), written for a person. This module
//! owns those sentences: every warning the crate emits is built by one of the
//! constructors below, and [`WarningKind::of`] reads a sentence back to its
//! kind, so the index can facet on kinds and a run can sum them without a
//! second, typed copy of every record's warnings. A test builds each
//! constructor's sentence and checks it reads back to its own kind; a
//! sentence from outside (an older index) that no rule knows is
//! [`WarningKind::Other`].

use crate::cut;
use std::fmt;

/// What kind of thing a warning says went wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WarningKind {
    /// The parser failed on the letter: it is kept and indexed as text only.
    TextOnly,
    /// The bytes were not UTF-8 and were decoded as Windows-1252.
    Encoding,
    /// PDF pages without a text layer: their text is missing.
    PdfPagesMissing,
    /// A PDF whose cross-reference table was broken and rebuilt by scanning
    /// the file, or a stream of it read only up to its damage: its text was
    /// read, but damage may have cost some of it.
    PdfRepaired,
    /// No IMR layout recognised: no fields, the text searchable.
    UnknownLayout,
    /// A layout was recognised but its disputed items were not all read.
    ItemsNotRead,
    /// An item whose outcome the letter does not state.
    NoOutcome,
    /// An item without a decision rationale.
    NoRationale,
    /// An item whose guideline paragraph gave no guideline.
    GuidelineNotRead,
    /// A guideline citation outside the vocabulary (filed under a fallback).
    CitationUnplaced,
    /// No clinical case summary.
    NoSummary,
    /// Header dates that could not be read.
    DatesNotRead,
    /// The stated final determination disagrees with the items' outcomes.
    FinalMismatch,
    /// A warning sentence no rule here knows (from an older version).
    Other,
}

impl WarningKind {
    /// Every kind, in the order summaries list them.
    pub const ALL: [WarningKind; 14] = [
        WarningKind::TextOnly,
        WarningKind::Encoding,
        WarningKind::PdfPagesMissing,
        WarningKind::PdfRepaired,
        WarningKind::UnknownLayout,
        WarningKind::ItemsNotRead,
        WarningKind::NoOutcome,
        WarningKind::NoRationale,
        WarningKind::GuidelineNotRead,
        WarningKind::CitationUnplaced,
        WarningKind::NoSummary,
        WarningKind::DatesNotRead,
        WarningKind::FinalMismatch,
        WarningKind::Other,
    ];

    /// The kind's name: words a user types in a filter (`warning=/no
    /// outcome`) and reads in a summary.
    pub fn name(self) -> &'static str {
        match self {
            WarningKind::TextOnly => "text only",
            WarningKind::Encoding => "encoding",
            WarningKind::PdfPagesMissing => "pdf pages missing",
            WarningKind::PdfRepaired => "pdf repaired",
            WarningKind::UnknownLayout => "unknown layout",
            WarningKind::ItemsNotRead => "items not read",
            WarningKind::NoOutcome => "no outcome",
            WarningKind::NoRationale => "no rationale",
            WarningKind::GuidelineNotRead => "guideline not read",
            WarningKind::CitationUnplaced => "citation unplaced",
            WarningKind::NoSummary => "no summary",
            WarningKind::DatesNotRead => "dates not read",
            WarningKind::FinalMismatch => "final mismatch",
            WarningKind::Other => "other",
        }
    }

    /// The kind a warning sentence built here reads back to.
    pub fn of(warning: &str) -> WarningKind {
        // Item warnings are "item N (service): marker ...", and the service
        // is free text that may itself hold "): " or a marker's words: the
        // kind is the marker that opens the text after some "): ".
        const ITEM: &[(&str, WarningKind)] = &[
            (NO_OUTCOME, WarningKind::NoOutcome),
            (NO_RATIONALE, WarningKind::NoRationale),
            (GUIDELINE_NOT_READ, WarningKind::GuidelineNotRead),
            (GUIDELINE_MISSING, WarningKind::GuidelineNotRead),
            (CITATION_UNPLACED, WarningKind::CitationUnplaced),
        ];
        const LETTER: &[(&str, WarningKind)] = &[
            (TEXT_ONLY, WarningKind::TextOnly),
            (ENCODING, WarningKind::Encoding),
            (PDF_PAGES, WarningKind::PdfPagesMissing),
            (PAGE_UNREADABLE, WarningKind::PdfPagesMissing),
            (PDF_REPAIRED, WarningKind::PdfRepaired),
            (PAGE_SALVAGED, WarningKind::PdfRepaired),
            (STREAM_SALVAGED, WarningKind::PdfRepaired),
            (UNKNOWN_LAYOUT, WarningKind::UnknownLayout),
            (NO_SUMMARY, WarningKind::NoSummary),
            (FINAL_MISMATCH, WarningKind::FinalMismatch),
            (DATES, WarningKind::DatesNotRead),
            (DATE_DIGITS, WarningKind::DatesNotRead),
            (DATE_LABEL, WarningKind::DatesNotRead),
            (NO_ITEMS, WarningKind::ItemsNotRead),
            (NO_ISSUE, WarningKind::ItemsNotRead),
            (UNMATCHED_BLOCKS, WarningKind::ItemsNotRead),
        ];
        if warning.starts_with("item ") {
            for (at, _) in warning.match_indices("): ") {
                let after = cut::slice(warning, at + 3..);
                if let Some((_, k)) = ITEM.iter().find(|(m, _)| after.starts_with(m)) {
                    return *k;
                }
            }
        }
        LETTER
            .iter()
            .find(|(m, _)| warning.contains(m))
            .map_or(WarningKind::Other, |(_, k)| *k)
    }
}

impl fmt::Display for WarningKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

const TEXT_ONLY: &str = "could not be parsed";
const ENCODING: &str = "not valid UTF-8";
const PDF_PAGES: &str = "have no text layer";
const PAGE_UNREADABLE: &str = "text not readable";
const PDF_REPAIRED: &str = "rebuilt from the objects found in the file";
const PAGE_SALVAGED: &str = "damaged: its text was salvaged";
const STREAM_SALVAGED: &str = "read up to the damage";
const UNKNOWN_LAYOUT: &str = "unknown layout:";
const NO_ITEMS: &str = "no disputed items found";
const NO_ISSUE: &str = "without an ISSUE AT DISPUTE section";
const UNMATCHED_BLOCKS: &str = "block(s) match no listed item";
const NO_OUTCOME: &str = "no outcome stated";
const NO_RATIONALE: &str = "no decision rationale found";
const GUIDELINE_NOT_READ: &str = "no guideline could be read from";
const GUIDELINE_MISSING: &str = "found no";
const CITATION_UNPLACED: &str = "citation style not recognised, filed as";
const NO_SUMMARY: &str = "no clinical case summary found";
const DATES: &str = "did not line up; their dates were not read";
const DATE_LABEL: &str = "is there but no date was read from it";
const DATE_DIGITS: &str = "written in digits other than 0-9";
const FINAL_MISMATCH: &str = "but its items give";

/// The parser failed on the letter (a contained panic): it is kept as text.
pub fn text_only(failure: &str) -> String {
    format!("{TEXT_ONLY} (parser failure: {failure}): indexed as text only, without fields")
}

/// The bytes were not UTF-8.
pub fn encoding(first_bad_byte: usize, non_ascii: usize) -> String {
    format!(
        "{ENCODING} (first bad byte at offset {first_bad_byte}): decoded as Windows-1252 \
         ({non_ascii} non-ASCII bytes)"
    )
}

/// PDF pages that gave no text (`pages`: their numbers, listed).
pub fn pdf_pages_missing(pages: &str) -> String {
    format!("PDF page(s) {pages} {PDF_PAGES} (scanned?): their text is missing")
}

/// A PDF page the reader failed on (`error`: its message).
pub fn pdf_page_unreadable(page: u32, error: &str) -> String {
    format!("PDF page {page}: {PAGE_UNREADABLE} ({error})")
}

/// A PDF read through a cross-reference table (or page list) rebuilt by
/// scanning the file for its objects (the one it declares is missing or
/// wrong, or its `%PDF-` header is damaged).
pub fn pdf_repaired() -> String {
    format!(
        "PDF damaged (a broken header, cross-reference table or page tree): {PDF_REPAIRED}; \
         the text may be incomplete"
    )
}

/// A damaged PDF page the reader failed on, whose text was read as far as
/// it goes (`error`: the reader's message).
pub fn pdf_page_salvaged(page: u32, error: &str) -> String {
    format!("PDF page {page} {PAGE_SALVAGED} as far as it reads ({error})")
}

/// A PDF with a damaged stream (page content, or an object stream holding
/// the page tree or fonts) that was decrypted or inflated only up to the
/// damage: what came before it is in the text, the rest is not.
pub fn pdf_stream_salvaged() -> String {
    format!(
        "PDF damaged (a corrupt content or object stream): {STREAM_SALVAGED}, the rest of \
         that stream lost; the text may stop early on a page, so check the original PDF \
         or obtain an undamaged copy"
    )
}

/// No layout recognised.
pub fn unknown_layout() -> String {
    format!("{UNKNOWN_LAYOUT} no IMR section headings found; the whole text is kept searchable")
}

/// A recognised layout without items.
pub fn no_items() -> String {
    format!("{NO_ITEMS} in the decisions section")
}

/// A professional review without its issue list.
pub fn no_issue_section() -> String {
    format!("professional review {NO_ISSUE}")
}

/// 2013 notice blocks that match no listed item.
pub fn unmatched_blocks(n: usize) -> String {
    format!("{n} \"Regarding the request for\" {UNMATCHED_BLOCKS}")
}

/// An item without a stated outcome.
pub fn no_outcome(item: usize, service: &str) -> String {
    format!("item {item} ({service}): {NO_OUTCOME}")
}

/// An item without a rationale.
pub fn no_rationale(item: usize, service: &str) -> String {
    format!("item {item} ({service}): {NO_RATIONALE}")
}

/// An item whose guideline paragraph (of `whose`: "reviewer" or "claims
/// administrator") is there but gave no guideline path.
pub fn guideline_not_read(item: usize, service: &str, whose: &str, paragraph: &str) -> String {
    const SHOWN: usize = 80;
    let mut shown: String = paragraph.chars().take(SHOWN).collect();
    if paragraph.chars().nth(SHOWN).is_some() {
        shown.push_str("...");
    }
    format!("item {item} ({service}): {GUIDELINE_NOT_READ} the {whose}'s guideline paragraph \"{shown}\"")
}

/// An item without a guideline paragraph (of `whose`) in a letter whose
/// other items have one: the paragraph was most likely there and not paired
/// with the item.
pub fn guideline_missing(item: usize, service: &str, whose: &str) -> String {
    format!(
        "item {item} ({service}): {GUIDELINE_MISSING} the {whose}'s guideline paragraph \
         (other items of the letter have one): its guidelines are not read"
    )
}

/// A citation the vocabulary could not place, filed under `path`.
pub fn citation_unplaced(item: usize, service: &str, path: &str, whose: &str) -> String {
    format!("item {item} ({service}): {CITATION_UNPLACED} {path} (from the {whose}'s guideline paragraph)")
}

/// A letter of a known layout without a summary.
pub fn no_summary() -> String {
    NO_SUMMARY.to_string()
}

/// Header label/value runs that did not pair up.
pub fn dates_unpaired(runs: usize) -> String {
    format!("header: {runs} run(s) of labels and values {DATES}")
}

/// A header date label whose date was not read.
pub fn date_label_unread(label: &str) -> String {
    format!("header: \"{label}\" {DATE_LABEL}")
}

/// A date written with digits of another script (`label`: what it dates).
pub fn date_digits(label: &str) -> String {
    format!("{label} {DATE_DIGITS}: not read as a date")
}

/// The stated final determination disagrees with the items.
pub fn final_mismatch(stated: &str, derived: &str) -> String {
    format!("letter states final determination {stated} {FINAL_MISMATCH} {derived}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sentence_reads_back_to_its_kind() {
        // Services that hold other kinds' markers and parentheses must not
        // confuse the reading.
        let svc = "Norco (no outcome stated): 10/325 #90";
        let cases = [
            (
                text_only("byte index 3 is not a char boundary"),
                WarningKind::TextOnly,
            ),
            (encoding(12, 3), WarningKind::Encoding),
            (pdf_pages_missing("2, 3"), WarningKind::PdfPagesMissing),
            (pdf_page_unreadable(2, "bad"), WarningKind::PdfPagesMissing),
            (pdf_repaired(), WarningKind::PdfRepaired),
            (pdf_page_salvaged(2, "bad"), WarningKind::PdfRepaired),
            (pdf_stream_salvaged(), WarningKind::PdfRepaired),
            (unknown_layout(), WarningKind::UnknownLayout),
            (no_items(), WarningKind::ItemsNotRead),
            (no_issue_section(), WarningKind::ItemsNotRead),
            (unmatched_blocks(2), WarningKind::ItemsNotRead),
            (no_outcome(0, "MRI"), WarningKind::NoOutcome),
            (no_rationale(3, svc), WarningKind::NoRationale),
            (
                guideline_not_read(4, svc, "reviewer", "Decision based on \u{e9}"),
                WarningKind::GuidelineNotRead,
            ),
            (
                guideline_missing(2, svc, "reviewer"),
                WarningKind::GuidelineNotRead,
            ),
            (
                citation_unplaced(1, svc, "/Other/Foo", "reviewer"),
                WarningKind::CitationUnplaced,
            ),
            (no_summary(), WarningKind::NoSummary),
            (dates_unpaired(2), WarningKind::DatesNotRead),
            (date_digits("Date of injury"), WarningKind::DatesNotRead),
            (
                date_label_unread("Date Assigned"),
                WarningKind::DatesNotRead,
            ),
            (
                final_mismatch("uphold", "partial"),
                WarningKind::FinalMismatch,
            ),
            ("something else entirely".to_string(), WarningKind::Other),
        ];
        for (sentence, kind) in &cases {
            assert_eq!(WarningKind::of(sentence), *kind, "{sentence}");
        }
        // Every kind is reachable from some sentence.
        for k in WarningKind::ALL {
            assert!(cases.iter().any(|(_, c)| *c == k), "{k} has no sentence");
        }
    }

    #[test]
    fn names_are_distinct_and_lower_case() {
        let mut names: Vec<&str> = WarningKind::ALL.iter().map(|k| k.name()).collect();
        assert!(names.iter().all(|n| *n == n.to_lowercase()));
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), WarningKind::ALL.len());
    }

    #[test]
    fn long_paragraphs_are_cut_on_characters() {
        let para = "\u{e9}".repeat(200);
        let w = guideline_not_read(0, "x", "reviewer", &para);
        assert!(w.ends_with("...\""));
        assert_eq!(w.matches('\u{e9}').count(), 80);
    }
}
