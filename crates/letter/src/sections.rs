//! Clean text -> layout + named sections.
//!
//! Letters are parsed by their upper-case headings, never by offsets. A
//! heading may wrap onto a second line and may lose its trailing space, so
//! each heading is matched with any whitespace between its words. The layout
//! is decided by which headings are present.

use crate::cut;
use once_cell::sync::Lazy;
use regex::Regex;

use serde::{Deserialize, Serialize};

/// Which published layout a letter follows (`tests/samples_expected.md`
/// names a sample of each).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Layout {
    /// 2013: MAXIMUS letterhead, numbered "is (not) medically necessary" items.
    #[serde(rename = "letterhead_2013")]
    Letterhead2013,
    /// 2014 onward: `IMR ISSUES, DECISIONS AND RATIONALES`, with or without
    /// the header table.
    #[serde(rename = "determination_2014")]
    Determination2014,
    /// `MEDICAL PROFESSIONAL REVIEW` with `ISSUE AT DISPUTE:` sections.
    ProfessionalReview,
    /// No known headings: the record still carries the whole text.
    Unknown,
}

impl Layout {
    /// The name used in JSON and in the index.
    pub fn as_str(self) -> &'static str {
        match self {
            Layout::Letterhead2013 => "letterhead_2013",
            Layout::Determination2014 => "determination_2014",
            Layout::ProfessionalReview => "professional_review",
            Layout::Unknown => "unknown",
        }
    }
}

/// A named part of a letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SectionKind {
    /// Everything before the first heading: letterhead or header table.
    Header,
    /// `HOW THE IMR FINAL DETERMINATION WAS MADE` (credentials live here).
    HowMade,
    /// `DOCUMENTS REVIEWED` (2013) / `DOCUMENTS REVIEWED FOR DETERMINATION:`.
    DocumentsReviewed,
    /// `CLINICAL CASE SUMMARY` / `CASE SUMMARY:`.
    Summary,
    /// `IMR ISSUES, DECISIONS AND RATIONALES` / `IMR DECISION(S) AND RATIONALE(S)`.
    Decisions,
    /// `ISSUE AT DISPUTE:` (professional review).
    IssueAtDispute,
    /// `MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:`.
    Guidelines,
    /// `RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:`.
    Rationale,
    /// `MEDICAL REVIEWER QUALIFICATIONS:`.
    Qualifications,
    /// `MEDICAL PROFESSIONAL REVIEW` title line.
    Title,
    /// "1) Regarding the request for `<item>`:" (the September 2013 notice):
    /// one item's guideline and rationale paragraphs.
    ItemBlock,
}

/// The headings, each as words (matched with any whitespace between them)
/// and the section it opens. Longer headings come first so that
/// `DOCUMENTS REVIEWED FOR DETERMINATION:` wins over `DOCUMENTS REVIEWED`
/// and `CLINICAL CASE SUMMARY` over `CASE SUMMARY:`.
const HEADINGS: &[(&str, SectionKind)] = &[
    (
        "HOW THE IMR FINAL DETERMINATION WAS MADE",
        SectionKind::HowMade,
    ),
    (
        "IMR ISSUES, DECISIONS AND RATIONALES",
        SectionKind::Decisions,
    ),
    ("IMR DECISION(S) AND RATIONALE(S)", SectionKind::Decisions),
    ("IMR DECISIONS AND RATIONALES", SectionKind::Decisions),
    (
        "DOCUMENTS REVIEWED FOR DETERMINATION:",
        SectionKind::DocumentsReviewed,
    ),
    ("DOCUMENTS REVIEWED", SectionKind::DocumentsReviewed),
    ("CLINICAL CASE SUMMARY", SectionKind::Summary),
    ("CASE SUMMARY:", SectionKind::Summary),
    ("MEDICAL PROFESSIONAL REVIEW", SectionKind::Title),
    ("ISSUE AT DISPUTE:", SectionKind::IssueAtDispute),
    ("ISSUES AT DISPUTE:", SectionKind::IssueAtDispute),
    (
        "MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:",
        SectionKind::Guidelines,
    ),
    (
        "RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:",
        SectionKind::Rationale,
    ),
    (
        "MEDICAL REVIEWER QUALIFICATIONS:",
        SectionKind::Qualifications,
    ),
    // The September 2013 notice writes its headings in title case.
    (
        "INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE",
        SectionKind::Decisions,
    ),
    (
        "Medical Qualifications of the Expert Reviewer:",
        SectionKind::Qualifications,
    ),
    ("Expert Reviewer Case Summary:", SectionKind::Summary),
    ("Case Summary:", SectionKind::Summary),
];

/// The section headings as written (words apart by one space), for
/// [`crate::clean`]'s pass that puts lost line breaks back before them.
pub(crate) fn heading_phrases() -> impl Iterator<Item = &'static str> {
    HEADINGS.iter().map(|(h, _)| *h)
}

/// Headings with a number in them, as regex fragments (matched like
/// [`HEADINGS`], at a line start).
const NUMBERED_HEADINGS: &[(&str, SectionKind)] = &[(
    r"\d{1,2}\)[ \t]*Regarding[ \t]+the[ \t]+request[ \t]+for\b",
    SectionKind::ItemBlock,
)];

/// Each heading as a pattern anchored at the start of the haystack, in
/// [`HEADINGS`] then [`NUMBERED_HEADINGS`] order: it is tried only at line
/// starts (see [`headings`]). A heading must start a line (after optional
/// spaces) so that prose such as "the clinical case summary" or a quoted
/// heading inside a sentence does not split a section.
fn heading_patterns() -> Vec<String> {
    HEADINGS
        .iter()
        .map(|(h, _)| {
            let words: Vec<String> = h.split(' ').map(regex::escape).collect();
            format!(r"\A[ \t]*(?:{})", words.join(r"[ \t]*\n?[ \t]*"))
        })
        .chain(
            NUMBERED_HEADINGS
                .iter()
                .map(|(re, _)| format!(r"\A[ \t]*(?:{re})")),
        )
        .collect()
}

/// All headings as one leftmost-first regex of many patterns, pattern `i`
/// being heading `i`: the match it finds is that of the alternation of the
/// patterns (see [`HEADING_ALTERNATION`]), and its pattern id names the
/// heading without a capture engine, which clears a visited set as large
/// as the automaton for every heading and cost more than the rest of
/// splitting. Each pattern repeats `\A[ \t]*`, which agrees with one
/// shared prefix: a heading starts with neither a space nor a tab, so every
/// alternative can only match after all of the line's leading blanks.
static HEADING_RE: Lazy<regex_automata::meta::Regex> = Lazy::new(|| {
    regex_automata::meta::Regex::builder()
        .configure(
            regex_automata::meta::Config::new()
                .which_captures(regex_automata::nfa::thompson::WhichCaptures::Implicit),
        )
        .build_many(&heading_patterns())
        .expect("static regex")
});

/// The headings as one alternation with a group per heading, as
/// [`HEADING_RE`] was built before: the tests check that both find the
/// same headings.
#[cfg(test)]
static HEADING_ALTERNATION: Lazy<Regex> = Lazy::new(|| {
    let alts: Vec<String> = HEADINGS
        .iter()
        .map(|(h, _)| {
            let words: Vec<String> = h.split(' ').map(regex::escape).collect();
            format!("({})", words.join(r"[ \t]*\n?[ \t]*"))
        })
        .chain(NUMBERED_HEADINGS.iter().map(|(re, _)| format!("({re})")))
        .collect();
    Regex::new(&format!(r"\A[ \t]*(?:{})", alts.join("|"))).expect("static regex")
});

/// Whether a heading can start with this byte: the first letters of
/// [`HEADINGS`] and the digit of [`NUMBERED_HEADINGS`]. Lines starting
/// with anything else are not tried, which skips most lines.
fn may_open_heading(b: u8) -> bool {
    b.is_ascii_digit() || matches!(b, b'H' | b'I' | b'D' | b'C' | b'M' | b'R' | b'E')
}

/// Whether a line (or text) opens with one of the section headings that
/// end a letter's header, as [`split`] finds them at a line start: any but
/// the `MEDICAL PROFESSIONAL REVIEW` title, which opens the header.
pub(crate) fn opens_body_heading(line: &str) -> bool {
    line.trim_start_matches([' ', '\t'])
        .bytes()
        .next()
        .is_some_and(may_open_heading)
        && HEADING_RE.find(line).is_some_and(|m| {
            HEADINGS
                .iter()
                .chain(NUMBERED_HEADINGS)
                .nth(m.pattern().as_usize())
                .is_some_and(|h| h.1 != SectionKind::Title)
        })
}

/// Byte offsets of the headings' matches, in order, with their section
/// kinds: the same matches as a multi-line `^[ \t]*(?:...)` search would
/// give (leftmost first, each search resuming where the last match ended),
/// found by trying the anchored patterns at each candidate line start.
fn headings(text: &str) -> Vec<(usize, usize, SectionKind)> {
    headings_with(text, |rest| {
        HEADING_RE
            .find(rest)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
    })
}

/// [`headings`], given the anchored search at a line start: the span of the
/// match in `rest` and the index of the heading that matched.
fn headings_with(
    text: &str,
    find: impl Fn(&str) -> Option<(usize, usize, usize)>,
) -> Vec<(usize, usize, SectionKind)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut line = 0;
    while line < b.len() {
        let next_line = memchr::memchr(b'\n', &b[line..]).map_or(b.len(), |i| line + i + 1);
        let first = b[line..next_line]
            .iter()
            .position(|&c| c != b' ' && c != b'\t')
            .map(|i| b[line + i]);
        if first.is_some_and(may_open_heading) {
            if let Some((start, end, idx)) = find(cut::slice(text, line..)) {
                let kind = HEADINGS
                    .iter()
                    .chain(NUMBERED_HEADINGS)
                    .nth(idx)
                    .map_or(SectionKind::Header, |h| h.1);
                let end = line + end;
                out.push((line + start, end, kind));
                // The next search starts where this match ended: at the
                // first line start at or after it.
                line = if end > 0 && b[end - 1] == b'\n' {
                    end
                } else {
                    memchr::memchr(b'\n', &b[end..]).map_or(b.len(), |i| end + i + 1)
                };
                continue;
            }
        }
        line = next_line;
    }
    out
}

/// A 2013 letter's letterhead.
static LETTERHEAD_2013: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"MAXIMUS\s+FEDERAL\s+SERVICES,?\s+INC").expect("static regex"));

/// A letter split into its sections.
#[derive(Debug, Clone)]
pub struct Sections<'a> {
    /// The layout the headings point to.
    pub layout: Layout,
    /// Sections in letter order: kind and body (text after the heading).
    pub parts: Vec<(SectionKind, &'a str)>,
}

impl<'a> Sections<'a> {
    /// The body of the first section of this kind.
    pub fn get(&self, kind: SectionKind) -> Option<&'a str> {
        self.parts.iter().find(|(k, _)| *k == kind).map(|(_, b)| *b)
    }

    /// The bodies of every section of this kind, in letter order.
    pub fn all(&self, kind: SectionKind) -> impl Iterator<Item = &'a str> + '_ {
        self.parts
            .iter()
            .filter(move |(k, _)| *k == kind)
            .map(|(_, b)| *b)
    }

    /// The body of the section of this kind with the most text (a heading
    /// quoted again later must not shadow the real section).
    pub fn longest(&self, kind: SectionKind) -> Option<&'a str> {
        self.parts
            .iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, b)| *b)
            .max_by_key(|b| b.len())
    }
}

/// Splits clean text into sections and decides the layout.
pub fn split(text: &str) -> Sections<'_> {
    let mut parts = Vec::new();
    let mut last_kind = SectionKind::Header;
    let mut last_start = 0;
    for (start, end, kind) in headings(text) {
        parts.push((last_kind, cut::slice(text, last_start..start)));
        last_kind = kind;
        last_start = end;
    }
    parts.push((last_kind, cut::slice(text, last_start..)));

    let has = |k: SectionKind| parts.iter().any(|(kind, _)| *kind == k);
    let professional = has(SectionKind::IssueAtDispute)
        || (has(SectionKind::Title)
            && (has(SectionKind::Rationale) || has(SectionKind::Guidelines)));
    let layout = if professional {
        Layout::ProfessionalReview
    } else if text.contains("IMR ISSUES") && has(SectionKind::Decisions) {
        Layout::Determination2014
    } else if has(SectionKind::Decisions)
        && (LETTERHEAD_2013.is_match(text) || text.contains("DECISION(S)"))
    {
        Layout::Letterhead2013
    } else if has(SectionKind::Decisions) {
        Layout::Determination2014
    } else {
        Layout::Unknown
    };
    Sections { layout, parts }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_heading() {
        let t = "MEDICAL PROFESSIONAL REVIEW\nISSUE AT DISPUTE:\nMRI\n\nMEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL\nREVIEWER AND WHY:\nODG\n";
        let s = split(t);
        assert_eq!(s.layout, Layout::ProfessionalReview);
        assert_eq!(s.get(SectionKind::IssueAtDispute), Some("\nMRI\n\n"));
        assert_eq!(s.get(SectionKind::Guidelines), Some("\nODG\n"));
    }

    #[test]
    fn layout_2014() {
        let t = "HOW THE IMR FINAL DETERMINATION WAS MADE\nx\nCLINICAL CASE SUMMARY\ny\nIMR ISSUES, DECISIONS AND RATIONALES\nz\n";
        let s = split(t);
        assert_eq!(s.layout, Layout::Determination2014);
        assert_eq!(s.get(SectionKind::Summary), Some("\ny\n"));
        assert_eq!(s.get(SectionKind::Decisions), Some("\nz\n"));
    }

    /// [`headings`] as it was: the alternation finds the match, and its
    /// capture groups, read on the match alone, name the heading.
    fn headings_by_captures(text: &str) -> Vec<(usize, usize, SectionKind)> {
        headings_with(text, |rest| {
            let end = HEADING_ALTERNATION.find(rest)?.end();
            let caps = HEADING_ALTERNATION.captures(&rest[..end])?;
            let whole = caps.get(0)?;
            let idx = (1..caps.len()).find(|&i| caps.get(i).is_some())?;
            Some((whole.start(), whole.end(), idx - 1))
        })
    }

    #[test]
    fn headings_agree_with_the_alternation_on_samples() {
        let mut n = 0;
        for (name, text) in crate::samples::texts() {
            for t in [crate::clean::clean(&text), text] {
                let want = headings_by_captures(&t);
                assert_eq!(headings(&t), want, "{name}");
                n += want.len();
            }
        }
        assert!(n > 20, "only {n} headings seen");
    }

    proptest::proptest! {
        #[test]
        fn generated_headings_agree(
            parts in proptest::collection::vec(
                "(CLINICAL|CASE|SUMMARY|SUMMARY:|Case|Summary:|DOCUMENTS|REVIEWED|FOR|DETERMINATION:|IMR|ISSUES,|ISSUE|DECISIONS|DECISION\\(S\\)|AND|RATIONALES|RATIONALE\\(S\\)|AT|DISPUTE:|MEDICAL|PROFESSIONAL|REVIEW|HOW|THE|FINAL|WAS|MADE|1\\)|12\\)|Regarding|the|request|for|forx|x| |  |\t|\n|\n\n|\n \n|:|\u{e9})",
                0..40,
            ),
        ) {
            let text = parts.concat();
            proptest::prop_assert_eq!(headings(&text), headings_by_captures(&text));
        }

        /// Whole headings (and prefixes of them) among words, each space of a
        /// heading written as one of the gaps a wrapped heading may have.
        #[test]
        fn generated_whole_headings_agree(
            parts in proptest::collection::vec(
                (0..HEADINGS.len() + 4, proptest::collection::vec("( |\t|\n| \n |  |\n\n|)", 12), "( |\n|\n\n|\t|x| \n|)"),
                0..12,
            ),
        ) {
            let mut text = String::new();
            for (pick, spaces, after) in &parts {
                let phrase = match HEADINGS.get(*pick) {
                    Some((h, _)) => *h,
                    None => ["12) Regarding the request for", "3)Regarding the request forx", "CLINICAL CASE", "IMR ISSUES, DECISIONS"][pick - HEADINGS.len()],
                };
                for (i, word) in phrase.split(' ').enumerate() {
                    if i > 0 {
                        text.push_str(spaces.get(i - 1).map_or(" ", String::as_str));
                    }
                    text.push_str(word);
                }
                text.push_str(after);
            }
            proptest::prop_assert_eq!(headings(&text), headings_by_captures(&text));
        }
    }

    #[test]
    fn prose_mention_is_not_a_heading() {
        let s = split("based on the CLINICAL CASE SUMMARY below\n");
        assert_eq!(s.layout, Layout::Unknown);
        assert_eq!(s.parts.len(), 1);
    }
}
