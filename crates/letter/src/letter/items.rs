//! Per-item decisions: service, outcome, the two guideline paragraphs and
//! the rationale, for each layout.
//!
//! Works on the body of the decisions section(s) of clean text (see
//! [`crate::clean`]: lines, with an empty line between paragraphs) and
//! returns [`RawItem`]s with text as written; the caller normalises
//! citations and categories.

use crate::cut;
use once_cell::sync::Lazy;
use regex::Regex;

use crate::clean::{join_paragraphs, squash};
use crate::dual::{Dual, Span};
use crate::values::Outcome;

/// One item as the letter writes it, before normalisation.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RawItem {
    /// The item name, whitespace-normalised.
    pub service: String,
    /// The outcome, when the letter states one.
    pub outcome: Option<Outcome>,
    /// For a modified request: the original request as written.
    pub requested: Option<String>,
    /// For a modified request: what the claims administrator authorized.
    pub authorized: Option<String>,
    /// The claims administrator's guideline paragraph.
    pub ca_citation: String,
    /// The expert reviewer's guideline paragraph.
    pub reviewer_citation: String,
    /// The rationale, paragraphs kept.
    pub rationale: String,
}

/// 2014 item line: "Diagnostic ultrasound (cervical spine, left shoulder):  Upheld".
/// The name may itself hold colons; the last one before the outcome counts.
static ITEM_2014: Lazy<Dual> = Lazy::new(|| Dual::new(ITEM_2014_PATTERN));
const ITEM_2014_PATTERN: &str =
    r"(?m)^(.*\S)\s*:\s*(Upheld|Overturned|UPHELD|OVERTURNED)\.?[ \t]*$";

/// One 2014 item line found in text: the whole match, the name and the
/// outcome word, as byte offsets (the groups of [`ITEM_2014`]).
type ItemLine = (Span, Span, Span);

/// Whitespace as `\s` matches it in the byte form of a regex (ASCII only,
/// vertical tab included, unlike `u8::is_ascii_whitespace`).
fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ')
}

/// Where the tail of an [`ITEM_2014`] match after the colon at `colon` ends,
/// with the outcome word's span: `\s*(Upheld|Overturned|UPHELD|OVERTURNED)\.?[ \t]*$`.
/// Each part has one way to match (the word starts at the first non-space,
/// and a dot the optional `\.` skips can be neither blank nor line end), so
/// a straight walk decides it.
fn outcome_after(hay: &[u8], colon: usize) -> Option<(Span, usize)> {
    let mut at = colon + 1;
    while hay.get(at).is_some_and(|&b| is_space(b)) {
        at += 1;
    }
    let rest = hay.get(at..)?;
    let len = [&b"Upheld"[..], b"Overturned", b"UPHELD", b"OVERTURNED"]
        .into_iter()
        .find(|w| rest.starts_with(w))?
        .len();
    let word = (at, at + len);
    let mut end = word.1;
    if hay.get(end) == Some(&b'.') {
        end += 1;
    }
    while hay.get(end).is_some_and(|&b| b == b' ' || b == b'\t') {
        end += 1;
    }
    match hay.get(end) {
        None | Some(b'\n') => Some((word, end)),
        Some(_) => None,
    }
}

/// The matches of [`ITEM_2014`] in `text`, as `captures_iter` gives them.
///
/// Scanning the whole decisions section with the regex cost a tenth of the
/// parse, so ASCII text takes a walk over its colons instead. Every match
/// turns on one colon: the name is the line up to the last non-space before
/// that colon (`^(.*\S)\s*:` — the gap may cross lines), and the greedy
/// `.*` makes the regex take, for the first line that has any, the last
/// colon that works. A colon's line never moves back as the colons go on,
/// so the last working colon of each line is kept until the next line's
/// turns up; a line that starts inside the previous match is skipped, as
/// the regex resumes its search at that match's end.
fn item_lines_2014(text: &str) -> Vec<ItemLine> {
    if !text.is_ascii() {
        return ITEM_2014
            .captures_iter(text)
            .into_iter()
            .filter_map(|c| Some(((*c.first()?)?, (*c.get(1)?)?, (*c.get(2)?)?)))
            .collect();
    }
    let hay = text.as_bytes();
    let mut found: Vec<ItemLine> = Vec::new();
    // The best match so far of the line it starts on.
    let mut pending: Option<ItemLine> = None;
    // Where the last kept match ends: later matches start after it.
    let mut resume: Option<usize> = None;
    for colon in memchr::memchr_iter(b':', hay) {
        let Some((word, end)) = outcome_after(hay, colon) else {
            continue;
        };
        let Some(last) = hay[..colon].iter().rposition(|&b| !is_space(b)) else {
            continue;
        };
        let line = memchr::memrchr(b'\n', &hay[..last]).map_or(0, |i| i + 1);
        if let Some(p) = pending.take_if(|p| p.0 .0 != line) {
            resume = Some(p.0 .1);
            found.push(p);
        }
        if resume.is_some_and(|r| line <= r) {
            continue;
        }
        pending = Some(((line, end), (line, last + 1), word));
    }
    found.extend(pending);
    found
}

/// 2014 paragraph labels.
static LABEL_2014: Lazy<Dual> = Lazy::new(|| Dual::new(LABEL_2014_PATTERN));
const LABEL_2014_PATTERN: &str = r"(?i)\b(?:(claims\s+administrator\s+guidelines?)|(maximus\s+guidelines?|expert\s+reviewer\s+guidelines?)|(decision\s+rationale))\s*:";

/// Finds the paragraph labels of one layout in an item's body: the spans
/// `find_iter` of the layout's label regex gives.
pub(crate) type Labels<'a> = &'a dyn Fn(&str) -> Vec<Span>;

/// ASCII word characters, as the byte form's `\b` sees them.
fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Where `word` (lower case) starts when `hay[..end]` ends with it in any
/// case.
fn word_before(hay: &[u8], end: usize, word: &str) -> Option<usize> {
    let start = end.checked_sub(word.len())?;
    hay[start..end]
        .eq_ignore_ascii_case(word.as_bytes())
        .then_some(start)
}

/// Where the word before the whitespace ending at `start` ends, when there
/// is at least one whitespace byte (`\s+`).
fn after_gap(hay: &[u8], start: usize) -> Option<usize> {
    let end = hay[..start]
        .iter()
        .rposition(|&b| !is_space(b))
        .map_or(0, |i| i + 1);
    (end < start).then_some(end)
}

/// `start` when a match may begin there (`\b` before a word).
fn bounded(hay: &[u8], start: usize) -> Option<usize> {
    (start == 0 || !is_word(hay[start - 1])).then_some(start)
}

/// The matches of [`LABEL_2014`] in `text`, as its `find_iter` gives them.
///
/// Splitting each item by its labels searched every item body with the
/// regex (and a lower-cased copy of it), so ASCII text is read back from
/// each colon instead. Every match ends at a colon, after optional
/// whitespace, and holds no other colon, so the matches ending at
/// successive colons start in order and never overlap; what precedes a
/// colon fits at most one alternative, decided by the last word
/// ("guideline(s)" or "rationale") and the one or two before it.
fn labels_2014(text: &str) -> Vec<Span> {
    if !text.is_ascii() {
        return LABEL_2014.find_iter(text);
    }
    let hay = text.as_bytes();
    let label_start = |end: usize| -> Option<usize> {
        if let Some(s) = word_before(hay, end, "rationale") {
            let s = word_before(hay, after_gap(hay, s)?, "decision")?;
            return bounded(hay, s);
        }
        let s =
            word_before(hay, end, "guidelines").or_else(|| word_before(hay, end, "guideline"))?;
        let e = after_gap(hay, s)?;
        if let Some(s) = word_before(hay, e, "maximus") {
            return bounded(hay, s);
        }
        if let Some(s) = word_before(hay, e, "administrator") {
            let s = word_before(hay, after_gap(hay, s)?, "claims")?;
            return bounded(hay, s);
        }
        let s = word_before(hay, e, "reviewer")?;
        let s = word_before(hay, after_gap(hay, s)?, "expert")?;
        bounded(hay, s)
    };
    memchr::memchr_iter(b':', hay)
        .filter_map(|colon| {
            let end = hay[..colon].iter().rposition(|&b| !is_space(b))? + 1;
            Some((label_start(end)?, colon + 1))
        })
        .collect()
}

/// 2013 item sentence: "1. Norco 10/325mg #60 is not medically necessary and
/// appropriate.", and the September 2013 notice's "1) MAXIMUS Federal
/// Services, Inc. has determined the request for <item> is not medically
/// necessary and appropriate." The name may wrap but never crosses a
/// paragraph break; PDF text may glue the words ("notmedically").
static ITEM_2013: Lazy<Dual> = Lazy::new(|| {
    Dual::new(
        r"(?m)^[ \t]*\d{1,2}[.)][ \t]*(?:MAXIMUS\s+Federal\s+Services,?\s+Inc\.?,?\s+has\s+determined\s+(?:that\s+)?the\s+requests?\s+for\s+)?((?:[^\n]|\n[^\n])+?)\s+(?:is|are|was|were)\s*(not\s*)?medically\s*necessary(?:\s*and\s*appropriate)?\s*\.",
    )
});

/// 2013 paragraph openers: "The Claims Administrator based its decision on",
/// "The Expert Reviewer based his/her decision on", "The Expert Reviewer's
/// decision rationale:" (older letters say Physician Reviewer).
static LABEL_2013: Lazy<Dual> = Lazy::new(|| {
    Dual::new(
        r"(?i)\b(?:(the\s+claims\s+administrator\s+based\s+(?:its|his|her|their|his/her)\s+decision\s+on)|(the\s+(?:expert|physician)\s+reviewer\s+based\s+(?:his/her|his|her|their|its)\s+decision\s+on)|(the\s+(?:expert|physician)\s+reviewer['\u{2019}]?s\s+decision\s+rationale\s*:?))",
    )
});

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Ca,
    Reviewer,
    Rationale,
}

/// Splits one item's body into its guideline paragraphs and rationale by
/// the labels found in it. Text before the first label is kept at the start
/// of the rationale so nothing is lost.
pub(crate) fn fill_parts(item: &mut RawItem, body: &str, labels: Labels<'_>) {
    let mut marks: Vec<(usize, usize, Part)> = Vec::new();
    // `find_iter` and a look at the matched words, not capture groups: the
    // capture engine cost more than the search itself.
    for (start, end) in labels(body) {
        let words = cut::slice(body, start..end).to_ascii_lowercase();
        let part = if words.contains("claims") {
            Part::Ca
        } else if words.contains("rationale") {
            Part::Rationale
        } else {
            Part::Reviewer
        };
        marks.push((start, end, part));
        // Everything after the rationale label is rationale, even a quoted
        // "decision rationale:" inside it.
        if part == Part::Rationale {
            break;
        }
    }
    let lead = cut::slice(body, ..marks.first().map_or(body.len(), |m| m.0));
    let mut rationale = String::new();
    if !lead.trim().is_empty() {
        rationale.push_str(&join_paragraphs(lead));
    }
    for (i, &(_, end, part)) in marks.iter().enumerate() {
        let stop = marks.get(i + 1).map_or(body.len(), |m| m.0);
        let text = cut::slice(body, end..stop);
        match part {
            Part::Ca => append(&mut item.ca_citation, &squash(text)),
            Part::Reviewer => append(&mut item.reviewer_citation, &squash(text)),
            Part::Rationale => {
                let r = join_paragraphs(text);
                if !r.is_empty() {
                    if !rationale.is_empty() {
                        rationale.push_str("\n\n");
                    }
                    rationale.push_str(&r);
                }
            }
        }
    }
    item.rationale = rationale;
}

fn append(to: &mut String, text: &str) {
    if text.is_empty() {
        return;
    }
    if !to.is_empty() {
        to.push(' ');
    }
    to.push_str(text);
}

/// Where a wrapped item name starts: walk back over the lines just before
/// the outcome line while they are in the same paragraph and do not end a
/// sentence or a label (a long name wraps at most twice). A line ending in
/// a date-of-service label ("... #60 DOS:") is no label line of its own:
/// the date after it belongs to the same name, and so does any line before
/// a name that would otherwise be a date alone.
fn name_start(text: &str, line_start: usize, name_end: usize, floor: usize) -> usize {
    let mut start = line_start;
    for _ in 0..2 {
        if start <= floor + 1 {
            break;
        }
        let prev_end = start - 1; // the '\n' before `start`
        let prev_start = cut::slice(text, ..prev_end)
            .rfind('\n')
            .map_or(0, |i| i + 1)
            .max(floor);
        let prev = cut::slice(text, prev_start..prev_end).trim_end();
        let label_end = prev.ends_with(':')
            && !ends_with_dos_label(prev)
            && !is_date_only(cut::slice(text, start..name_end).trim_end_matches(':'));
        if prev.is_empty()
            || prev.ends_with(['.', '"'])
            || label_end
            || !labels_2014(prev).is_empty()
            || !item_lines_2014(prev).is_empty()
        {
            // The line ends a rationale whose last sentence is followed by
            // the first words of the name: those words still belong to it.
            if let Some(tail) = after_rationale_tail(prev) {
                let rest = cut::slice(prev, tail..);
                if !rest.ends_with(['.', '"', ':']) && labels_2014(rest).is_empty() {
                    start = prev_start + tail;
                }
            }
            break;
        }
        start = prev_start;
    }
    start
}

/// Whether a line ends with a date-of-service label: "DOS:", "(DOS:",
/// "date of service:", "dates of service:", "date(s) of service:".
fn ends_with_dos_label(line: &str) -> bool {
    let b = line.as_bytes();
    let ends = |w: &[u8]| {
        b.len() >= w.len()
            && b[b.len() - w.len()..].eq_ignore_ascii_case(w)
            && (b.len() == w.len() || !is_word(b[b.len() - w.len() - 1]))
    };
    ends(b"dos:") || ends(b"dos :") || ends(b"of service:")
}

/// Whether an item name is nothing but a date or a range of dates
/// ("10/21/2014", "(10/21/2014 - 10/30/2014)"): a date of service cut off
/// from its service, never a service by itself.
fn is_date_only(name: &str) -> bool {
    let date_word = |w: &str| {
        w.contains('/')
            && w.bytes()
                .all(|b| b.is_ascii_digit() || b"/-(),.".contains(&b))
    };
    let mut dates = 0;
    for w in name.split_whitespace() {
        if date_word(w) {
            dates += 1;
        } else if !matches!(w, "-" | "to" | "through") {
            return false;
        }
    }
    dates > 0
}

/// The closing sentence of a rationale ("... is not medically necessary.")
/// followed by the next item's name on the same line: the fragment
/// `"Physical therapy for 6 sessions" is not medically necessary. Ultram
/// (tramadol) 50mg #90` when a converter did not break the line before the
/// item. A conclusion word, its full stop (a closing quote or bracket may
/// follow) and the space after it.
static RATIONALE_TAIL: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r#"(?i)\b(?:necessary|appropriate|indicated|supported|warranted|recommended|established|certified|approved|reasonable|upheld|overturned)\s*\.["')\]]?\s+"#,
    )
    .expect("static regex")
});

/// Where the item name in `heading` starts when the heading opens with the
/// previous rationale's last sentence (see [`RATIONALE_TAIL`]): after the
/// last such sentence end that has a name after it starting with a capital
/// letter, a digit or a quote, and at least three words before it.
fn after_rationale_tail(heading: &str) -> Option<usize> {
    RATIONALE_TAIL
        .find_iter(heading)
        .filter(|m| {
            let next = cut::slice(heading, m.end()..).chars().next();
            next.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '"')
                && cut::slice(heading, ..m.start()).split_whitespace().count() >= 3
        })
        .last()
        .map(|m| m.end())
}

fn outcome_word(w: &str) -> Outcome {
    if w.eq_ignore_ascii_case("upheld") {
        Outcome::Upheld
    } else {
        Outcome::Overturned
    }
}

/// Items of a 2014-layout decisions section.
pub fn items_2014(body: &str) -> Vec<RawItem> {
    let mut heads: Vec<Head> = Vec::new();
    let mut floor = 0;
    for (m, name, out) in item_lines_2014(body) {
        let name_text = cut::slice(body, name.0..name.1);
        let mut start = if labels_2014(name_text).is_empty() {
            name_start(body, m.0, name.1, floor)
        } else {
            // A label line ("Decision rationale: ... Upheld") is not an
            // item, unless the rationale's closing sentence on it is
            // followed by the next item's name (a copy that keeps only
            // paragraph breaks).
            match after_rationale_tail(name_text) {
                Some(t) if labels_2014(cut::slice(name_text, t..)).is_empty() => name.0 + t,
                _ => continue,
            }
        };
        if let Some(tail) = after_rationale_tail(cut::slice(body, start..name.1)) {
            start += tail;
        }
        if let Some(s) = modified_start(body, floor, name.1) {
            start = start.min(s);
        }
        let heading = squash(cut::slice(body, start..name.1));
        heads.push((
            start,
            m.1,
            heading,
            outcome_word(cut::slice(body, out.0..out.1)),
        ));
        floor = m.1;
    }
    assemble(body, heads, &labels_2014)
}

/// "was the original request": the item heading of a modified request, which
/// runs over several lines (and often over a page break) before its outcome.
static ORIGINAL_REQUEST: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?i)\bwas\s+the\s+original\s+request\b").expect("static regex"));

/// The end of a sentence or of a label line: where a heading can start.
static SENTENCE_END: Lazy<Regex> =
    Lazy::new(|| Regex::new(r#"[.:;!?]["')\]]?\s+"#).expect("static regex"));

/// Where the heading of a modified request starts, when the heading that
/// ends at `name_end` is one: the start of the sentence that says "X was the
/// original request". Such a heading is a paragraph of three sentences, too
/// long for [`name_start`]'s two-line walk.
fn modified_start(body: &str, floor: usize, name_end: usize) -> Option<usize> {
    // Far enough back for three long sentences, never past the previous item.
    let mut from = name_end.saturating_sub(1_200).max(floor);
    while !body.is_char_boundary(from) {
        from += 1;
    }
    let window = cut::slice(body, from..name_end);
    let phrase = ORIGINAL_REQUEST.find_iter(window).next()?;
    let before = cut::slice(window, ..phrase.start());
    let start = SENTENCE_END.find_iter(before).last().map_or(0, |m| m.end());
    Some(from + start)
}

/// One modified-request heading split into the item under review, the
/// original request and what was authorized.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Modified {
    /// The part of the request that IMR decides.
    pub service: String,
    /// The original request.
    pub requested: String,
    /// What the claims administrator authorized, when the heading says.
    pub authorized: Option<String>,
}

/// "X was the original request. Y was authorized by the Claims
/// Administrator. The remaining IMR eligible portion of the original
/// request, Z is" and "X was the original request. The Claims Administrator
/// authorized Y, leaving the original request IMR eligible. The original
/// request, X is". `None` when the heading is not a modified request.
pub fn split_modified(heading: &str) -> Option<Modified> {
    static REQUESTED: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?i)^(.+?)\s+was\s+the\s+original\s+request\s*[.,;]?\s*")
            .expect("static regex")
    });
    // "Y was authorized/certified/approved (by the Claims Administrator)."
    static AUTHORIZED_PASSIVE: Lazy<Regex> = Lazy::new(|| {
        Regex::new(
            r"(?i)^(.+?)\s+(?:was|were)\s+(?:authorized|certified|approved|modified)\b[^.]*\.\s*",
        )
        .expect("static regex")
    });
    // "The Claims Administrator authorized Y, leaving the original request ..."
    static AUTHORIZED_ACTIVE: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?i)^the\s+claims\s+administrator\s+(?:authorized|certified|approved|modified\s+(?:it|the\s+request)\s+to)\s+(.+?)(?:,\s*leaving\b[^.]*)?\.\s*")
            .expect("static regex")
    });
    // The last "original request," (or "... portion of the original request
    // is") introduces the item under review.
    static UNDER_REVIEW: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?i)\boriginal\s+request\s*(?:,|\bis\b:?)\s*").expect("static regex")
    });

    let req = REQUESTED.captures(heading)?;
    let requested = tidy(req.get(1)?.as_str());
    let mut rest = cut::slice(heading, req.get(0)?.end()..);
    let mut authorized = None;
    for re in [&*AUTHORIZED_PASSIVE, &*AUTHORIZED_ACTIVE] {
        if let Some(c) = re.captures(rest) {
            authorized = c.get(1).map(|m| tidy(m.as_str()));
            rest = cut::slice(rest, c.get(0).map_or(0, |m| m.end())..);
            break;
        }
    }
    let service = match UNDER_REVIEW.find_iter(rest).last() {
        Some(m) => tidy(cut::slice(rest, m.end()..)),
        None => String::new(),
    };
    let service = if service.is_empty() {
        requested.clone()
    } else {
        service
    };
    Some(Modified {
        service,
        requested,
        authorized: authorized.filter(|a| !a.is_empty()),
    })
}

/// A name cut out of a heading sentence: no trailing "is", sentence
/// punctuation or spaces.
fn tidy(s: &str) -> String {
    let mut t = s.trim().trim_end_matches(['.', ',', ';', ':']).trim_end();
    for tail in [" is", " are"] {
        if t.len() > tail.len() && cut::slice(t, t.len() - tail.len()..).eq_ignore_ascii_case(tail)
        {
            t = cut::slice(t, ..t.len() - tail.len()).trim_end();
        }
    }
    t.to_string()
}

/// Items of a 2013-layout decisions section.
pub fn items_2013(body: &str) -> Vec<RawItem> {
    let heads: Vec<Head> = ITEM_2013
        .captures_iter(body)
        .into_iter()
        .filter_map(|c| {
            let m = (*c.first()?)?;
            let name = (*c.get(1)?)?;
            let outcome = if c.get(2).is_some_and(Option::is_some) {
                Outcome::Upheld
            } else {
                Outcome::Overturned
            };
            Some((m.0, m.1, squash(cut::slice(body, name.0..name.1)), outcome))
        })
        .collect();
    assemble(body, heads, &|t| LABEL_2013.find_iter(t))
}

/// An item heading found in a decisions section: where it starts, where it
/// ends, the item name and its outcome.
type Head = (usize, usize, String, Outcome);

/// Each item's body runs from the end of its heading to the start of the
/// next one; the labels split it into guideline paragraphs and rationale.
fn assemble(body: &str, heads: Vec<Head>, labels: Labels<'_>) -> Vec<RawItem> {
    let starts: Vec<usize> = heads
        .iter()
        .skip(1)
        .map(|h| h.0)
        .chain([body.len()])
        .collect();
    heads
        .into_iter()
        .zip(starts)
        .map(|((_, end, heading, outcome), stop)| {
            let mut item = RawItem {
                outcome: Some(outcome),
                ..RawItem::default()
            };
            match split_modified(&heading) {
                Some(m) => {
                    item.service = m.service;
                    item.requested = Some(m.requested);
                    item.authorized = m.authorized;
                }
                None => item.service = heading,
            }
            fill_parts(&mut item, cut::slice(body, end..stop), labels);
            item
        })
        .collect()
}

/// A numbered or bulleted list entry at the start of a line.
static LIST_MARK: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?m)^[ \t]*(?:\d{1,2}[.)]|[-*\u{2022}])[ \t]+").expect("static regex")
});

/// The items named under `ISSUE AT DISPUTE:` (professional review): one per
/// list entry, else one per line, where a line that plainly continues the
/// one before (a wrapped long name) is joined to it. Lines, not paragraphs:
/// double-spaced letters list items one per line with blank lines between
/// them, and cleaning turns those blanks back into plain line breaks.
pub fn disputed_names(section: &str) -> Vec<String> {
    let names: Vec<String> = if LIST_MARK.is_match(section) {
        // Entries that count up on one line ("1. MRI 2. Norco", a copy
        // that kept only paragraph breaks) are split too.
        LIST_MARK
            .split(&crate::clean::break_numbered_lists(section))
            .map(squash)
            .filter(|s| !s.is_empty())
            .collect()
    } else {
        let mut names: Vec<String> = Vec::new();
        let mut prev_in_paragraph = false;
        for line in section.split('\n') {
            let line = line.trim();
            if line.is_empty() {
                prev_in_paragraph = false;
                continue;
            }
            match names.last_mut() {
                Some(last) if prev_in_paragraph && continues(last, line) => {
                    last.push(' ');
                    last.push_str(line);
                }
                _ => names.push(line.to_string()),
            }
            prev_in_paragraph = true;
        }
        names.iter().map(|n| squash(n)).collect()
    };
    names
        .into_iter()
        .map(|n| n.trim_end_matches(['.', ';']).trim().to_string())
        .filter(|n| !n.is_empty() && !is_label(n))
        .collect()
}

/// A line that is a label or heading, not a treatment: it ends in a colon
/// ("Decision rationale:", "CASE SUMMARY:"), or opens with a label of the
/// letter's own ("Decision rationale: ...", "MAXIMUS guideline: ..."). A
/// heading repeated into the issue list (a damaged copy, a running header)
/// must not become an item.
fn is_label(line: &str) -> bool {
    static LABEL: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?i)(?::$|^(?:decision\s+rationale|(?:claims\s+administrator|maximus)\s+guideline|case\s+summary|issue\s+at\s+dispute)\s*:)")
            .expect("static regex")
    });
    LABEL.is_match(line)
}

/// Whether `next` is the wrapped rest of the item name `prev` rather than a
/// new item: it starts in lower case or with a bracket or joiner, or `prev`
/// ends in a joiner, a function word or an open bracket.
fn continues(prev: &str, next: &str) -> bool {
    const JOIN_WORDS: &[&str] = &[
        "and",
        "or",
        "of",
        "for",
        "with",
        "without",
        "to",
        "the",
        "a",
        "an",
        "x",
        "per",
        "at",
        "in",
        "into",
        "on",
        "by",
        "times",
        "plus",
        "including",
        "from",
        "over",
        "under",
        "after",
        "before",
        "between",
        "every",
        "each",
        "than",
        "w/",
    ];
    let first_word = next.split_whitespace().next().unwrap_or("");
    let starts_inside = next
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || "([&#,-/%".contains(c))
        || is_quantity(first_word)
        || is_date_only(first_word)
        || first_word.trim_end_matches(':').eq_ignore_ascii_case("dos");
    let ends_open = prev.ends_with([',', '/', '&', '-', '(', '+'])
        || prev.matches('(').count() > prev.matches(')').count()
        || prev
            .rsplit(' ')
            .next()
            .is_some_and(|w| JOIN_WORDS.iter().any(|j| w.eq_ignore_ascii_case(j)));
    starts_inside || ends_open
}

/// A quantity glued to its unit ("180gm", "60mg", "2%", "120ml"): the
/// wrapped end of a drug's name, never the start of a new item.
fn is_quantity(word: &str) -> bool {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    let unit = word
        .get(digits..)
        .unwrap_or("")
        .trim_end_matches([',', '.', ';']);
    digits > 0
        && matches!(
            unit.to_ascii_lowercase().as_str(),
            "mg" | "gm" | "g" | "mcg" | "ml" | "%" | "gms" | "grams" | "oz"
        )
}

/// The outcome a passage states for an item: "is not medically necessary"
/// (upheld) against "is medically necessary" (overturned), or the words
/// upheld / overturned. The last statement wins: a rationale argues first
/// and concludes at the end.
pub fn stated_outcome(passage: &str) -> Option<Outcome> {
    static STATEMENT: Lazy<Dual> = Lazy::new(|| {
        Dual::new(
            r"(?i)\b(?:(?:is|are|was|were)\s+(not\s+)?medically\s+(?:necessary|indicated)|(upheld|not\s+certified|non-?certified)|(overturned|certified))\b",
        )
    });
    let mut last = None;
    for c in STATEMENT.captures_iter(passage) {
        // "not" or an upheld word means the denial stands; "is medically
        // necessary" and "overturned"/"certified" reverse it.
        let group = |i: usize| c.get(i).is_some_and(Option::is_some);
        last = Some(if group(1) || group(2) {
            Outcome::Upheld
        } else {
            Outcome::Overturned
        });
    }
    last
}

/// Splits a professional-review section keyed by item name into one passage
/// per item: a passage starts where the item's name (or its first words)
/// starts a paragraph. With one item the whole section is its passage.
pub fn passages_by_name<'a>(section: &'a str, names: &[String]) -> Vec<&'a str> {
    if names.len() <= 1 {
        return vec![section; names.len()];
    }
    let lower = section.to_lowercase();
    let key = |name: &str, n: usize| {
        let words: Vec<&str> = name.split_whitespace().collect();
        words[..n.min(words.len())].join(" ").to_lowercase()
    };
    // Anchors first: each item's whole name opening a line, kept while they
    // come in the items' order. Names that share their first words
    // ("Physical therapy 2 times a week, lumbar spine" / "..., cervical
    // spine") and passages that repeat an item's name would otherwise put
    // a passage's start in another item's text, and an item whose
    // paragraph is worded differently would pull every item after it out
    // of step.
    let mut starts: Vec<Option<usize>> = Vec::with_capacity(names.len());
    let mut last = None;
    for name in names {
        let from = last.map_or(0, |l| l + 1);
        let found = find_key_opening_line(&lower, &key(name, usize::MAX), from);
        if found.is_some() {
            last = found;
        }
        starts.push(found);
    }
    // The other items between the anchors around them: their first words
    // opening a line, else their first words anywhere.
    for i in 0..names.len() {
        if starts[i].is_some() {
            continue;
        }
        let from = starts[..i].iter().flatten().last().map_or(0, |s| s + 1);
        let until = starts[i + 1..].iter().flatten().next().copied();
        let k = key(&names[i], 4);
        starts[i] = find_key_opening_line(&lower, &k, from)
            .or_else(|| find_key(&lower, &k, from))
            .or_else(|| next_name_line(&lower, from, until))
            .filter(|&s| until.is_none_or(|u| s < u));
    }
    let mut out = Vec::with_capacity(names.len());
    for (i, s) in starts.iter().enumerate() {
        let Some(s) = *s else {
            out.push("");
            continue;
        };
        let e = starts[i + 1..]
            .iter()
            .flatten()
            .next()
            .copied()
            .unwrap_or(section.len());
        // `lower` can differ in length from `section` for non-ASCII text;
        // fall back to the whole section then rather than cut a char.
        if lower.len() == section.len()
            && section.is_char_boundary(s)
            && section.is_char_boundary(e)
        {
            out.push(cut::slice(section, s..e));
        } else {
            out.push(section);
        }
    }
    out
}

/// The first line after the one holding `from` (and before `until`) that
/// opens like an item's passage, "<name>: ...": a colon within its first
/// 120 bytes with no full stop before it. An item whose passage names it
/// in other words is placed by its position between its neighbours.
fn next_name_line(hay: &str, from: usize, until: Option<usize>) -> Option<usize> {
    let b = hay.as_bytes();
    let end = until.unwrap_or(b.len()).min(b.len());
    let mut line = memchr::memchr(b'\n', b.get(from..end)?).map(|k| from + k + 1)?;
    while line < end {
        let next = memchr::memchr(b'\n', &b[line..end]).map_or(end, |k| line + k + 1);
        let text = &b[line..next];
        let head = &text[..text.len().min(120)];
        if let Some(colon) = memchr::memchr(b':', head) {
            let name = &head[..colon];
            if name.iter().any(u8::is_ascii_alphabetic) && !name.contains(&b'.') {
                return Some(line + name.iter().take_while(|c| c.is_ascii_whitespace()).count());
            }
        }
        line = next;
    }
    None
}

/// [`find_key`] where the match opens a line (after optional blanks).
fn find_key_opening_line(hay: &str, key: &str, from: usize) -> Option<usize> {
    let b = hay.as_bytes();
    let mut pos = from;
    while let Some(i) = find_key(hay, key, pos) {
        let line_start = b[..i]
            .iter()
            .rposition(|&c| c != b' ' && c != b'\t')
            .is_none_or(|k| b[k] == b'\n');
        if line_start {
            return Some(i);
        }
        pos = i + cut::slice(hay, i..)
            .chars()
            .next()
            .map_or(1, char::len_utf8);
    }
    None
}

/// Finds `key` with any whitespace between its words, at or after `from`.
fn find_key(hay: &str, key: &str, from: usize) -> Option<usize> {
    let flat_key = squash(key);
    if flat_key.is_empty() || from > hay.len() {
        return None;
    }
    let mut pos = from;
    let first = flat_key.split(' ').next()?;
    while let Some(i) = hay.get(pos..)?.find(first).map(|i| pos + i) {
        let window_end = (i + flat_key.len() * 2 + 8).min(hay.len());
        let window = hay.get(i..window_end).map(squash).unwrap_or_default();
        if window.starts_with(&flat_key) {
            return Some(i);
        }
        pos = i + first.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY_2014: &str = "The Final Determination was based on decisions for the disputed items/services set forth below:\n\n\
Retrospective request for compounded cream 180gm\n(DOS 10/21/2014):  Upheld\n\n\
Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines.\n\n\
MAXIMUS guideline: Decision based on ODG Pain (Chronic).\n\n\
Decision rationale: The request is not supported.\nIt is not medically necessary.\n\n\
Norco 10/325mg #90:  Overturned\n\n\
Claims Administrator guideline: Decision based on MTUS.\n\
MAXIMUS guideline: Decision based on MTUS too.\n\n\
Decision rationale: Function improved.\n\nSecond paragraph.\n";

    #[test]
    fn items_2014_wrapped_and_labels() {
        let items = items_2014(BODY_2014);
        assert_eq!(items.len(), 2);
        assert_eq!(
            items[0].service,
            "Retrospective request for compounded cream 180gm (DOS 10/21/2014)"
        );
        assert_eq!(items[0].outcome, Some(Outcome::Upheld));
        assert_eq!(
            items[0].ca_citation,
            "Decision based on MTUS Chronic Pain Medical Treatment Guidelines."
        );
        assert_eq!(
            items[0].reviewer_citation,
            "Decision based on ODG Pain (Chronic)."
        );
        assert_eq!(
            items[0].rationale,
            "The request is not supported. It is not medically necessary."
        );
        assert_eq!(items[1].service, "Norco 10/325mg #90");
        assert_eq!(items[1].outcome, Some(Outcome::Overturned));
        assert_eq!(
            items[1].rationale,
            "Function improved.\n\nSecond paragraph."
        );
    }

    #[test]
    fn modified_request_headings() {
        let m = split_modified(
            "Ten sessions of aquatic therapy was the original request. Four sessions of aquatic \
             therapy was authorized by the Claims Administrator. The remaining IMR eligible \
             portion of the original request, Six sessions of aquatic therapy is",
        )
        .unwrap();
        assert_eq!(m.service, "Six sessions of aquatic therapy");
        assert_eq!(m.requested, "Ten sessions of aquatic therapy");
        assert_eq!(
            m.authorized.as_deref(),
            Some("Four sessions of aquatic therapy")
        );
        let m = split_modified(
            "Gabapentin 600mg #90 was the original request. The Claims Administrator authorized \
             Gabapentin 600mg #60, leaving the original request IMR eligible. The original \
             request, Gabapentin 600mg #90 is",
        )
        .unwrap();
        assert_eq!(m.service, "Gabapentin 600mg #90");
        assert_eq!(m.requested, "Gabapentin 600mg #90");
        assert_eq!(m.authorized.as_deref(), Some("Gabapentin 600mg #60"));
        assert_eq!(split_modified("Norco 10/325mg #90"), None);
    }

    #[test]
    fn modified_request_heading_over_lines_and_a_page_break() {
        let body = "The Final Determination was based on decisions for the disputed items/services set forth below:\n\n\
Home exercise kit: Overturned\n\
Decision rationale: It helps. The request is medically necessary.\n\
Twelve sessions of massage therapy for the\nneck was the original request. Six sessions of massage\n\n\
therapy for the neck was authorized by the Claims Administrator. The remaining IMR eligible\n\
portion of the original request, Six sessions of massage therapy for the neck is: Upheld\n\
Claims Administrator guideline: Decision based on MTUS.\n\
Decision rationale: No gains were shown.\n";
        let items = items_2014(body);
        assert_eq!(items.len(), 2, "{items:#?}");
        assert_eq!(items[0].service, "Home exercise kit");
        assert_eq!(
            items[0].rationale,
            "It helps. The request is medically necessary."
        );
        assert_eq!(
            items[1].service,
            "Six sessions of massage therapy for the neck"
        );
        assert_eq!(
            items[1].requested.as_deref(),
            Some("Twelve sessions of massage therapy for the neck")
        );
        assert_eq!(
            items[1].authorized.as_deref(),
            Some("Six sessions of massage therapy for the neck")
        );
        assert_eq!(items[1].outcome, Some(Outcome::Upheld));
        assert_eq!(items[1].rationale, "No gains were shown.");
    }

    #[test]
    fn service_after_the_previous_rationales_last_sentence() {
        let body = "Aquatic therapy x 8:  Upheld\n\
Decision rationale: No home program is documented. Therefore, \"Aquatic therapy x 8\" is not medically necessary. Naproxen 550mg #60 for\n\
the lumbar spine:  Overturned\n\
Claims Administrator guideline: Decision based on MTUS.\n\
Decision rationale: Pain fell from 8/10 to 4/10. The request is medically necessary.\n\
Dr. Lee follow-up visit:  Upheld\n\
Decision rationale: Not needed.\n";
        let items = items_2014(body);
        assert_eq!(items.len(), 3, "{items:#?}");
        assert_eq!(items[1].service, "Naproxen 550mg #60 for the lumbar spine");
        assert_eq!(items[1].outcome, Some(Outcome::Overturned));
        // The sentence cut from the heading stays with the rationale it ends.
        assert_eq!(
            items[0].rationale,
            "No home program is documented. Therefore, \"Aquatic therapy x 8\" is not medically necessary."
        );
        // A full stop that ends no conclusion is part of the name.
        assert_eq!(items[2].service, "Dr. Lee follow-up visit");
        // The whole rationale paragraph and the next name on one line.
        let body = "Aquatic therapy x 8:  Upheld\n\
Decision rationale: No home program is documented. It is not medically necessary. Naproxen 550mg #60:  Overturned\n\
Decision rationale: Pain fell. It is medically necessary.\n\
Decision rationale: a quoted item line: Upheld\n";
        let items = items_2014(body);
        assert_eq!(items.len(), 2, "{items:#?}");
        assert_eq!(items[1].service, "Naproxen 550mg #60");
        assert_eq!(
            items[0].rationale,
            "No home program is documented. It is not medically necessary."
        );
    }

    #[test]
    fn date_of_service_on_the_outcome_line() {
        let body = "Decision rationale: Nothing shows benefit.\n\
Retrospective request for Lidoderm 5% patches #30 DOS:\n\
08/14/2015:  Upheld\n\
Decision rationale: No neuropathic pain.\n\
Retrospective urine drug screen, date of service:\n\
3/2/2016 - 3/3/2016:  Overturned\n\
Decision rationale: Opioids are prescribed.\n\
The items below were decided:\n\
Cyclobenzaprine 7.5mg #60:  Upheld\n";
        let items = items_2014(body);
        assert_eq!(items.len(), 3, "{items:#?}");
        assert_eq!(
            items[0].service,
            "Retrospective request for Lidoderm 5% patches #30 DOS: 08/14/2015"
        );
        assert_eq!(
            items[1].service,
            "Retrospective urine drug screen, date of service: 3/2/2016 - 3/3/2016"
        );
        // A label line that ends with a colon still ends the walk back.
        assert_eq!(items[2].service, "Cyclobenzaprine 7.5mg #60");
        assert!(is_date_only("(10/21/2014)") && is_date_only("1/2/15 to 1/9/15"));
        assert!(!is_date_only("Norco 10/325") && !is_date_only(""));
    }

    /// Passages keyed by names that share their first words, with a
    /// rationale that repeats another item's name, and one item whose
    /// paragraph words its name differently: each passage still goes to
    /// its own item.
    #[test]
    fn passages_keep_in_step_with_look_alike_names() {
        let names: Vec<String> = [
            "Physical therapy 2 times a week for 4 weeks, lumbar spine",
            "Physical therapy 2 times a week for 4 weeks, cervical spine",
            "Urine toxicology screen",
            "Norco 10/325mg #60",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let section = "Physical therapy 2 times a week for 4 weeks, lumbar spine: ODG Low Back.\n\
Unlike Physical therapy 2 times a week for 4 weeks, cervical spine, this one fails.\n\
Physical therapy 2 times a week for 4 weeks, cervical spine: ODG Neck.\n\
Urine drug testing: MTUS Drug testing, page 43. Norco 10/325mg #60 is on the list.\n\
Norco 10/325mg #60: MTUS Opioids, pages 76-80.\n";
        let p = passages_by_name(section, &names);
        assert!(
            p[0].starts_with("Physical therapy")
                && p[0].contains("ODG Low Back")
                && p[0].contains("this one fails"),
            "{p:?}"
        );
        assert!(
            p[1].contains("ODG Neck") && !p[1].contains("Low Back"),
            "{p:?}"
        );
        // Worded differently: placed by its position between its
        // neighbours, at the next line that opens "<name>:".
        assert_eq!(
            p[2],
            "Urine drug testing: MTUS Drug testing, page 43. Norco 10/325mg #60 is on the list.\n"
        );
        assert_eq!(p[3], "Norco 10/325mg #60: MTUS Opioids, pages 76-80.\n");
    }

    #[test]
    fn items_2013_sentences() {
        let body = "1. Physical therapy 2x6 for the lumbar\nspine is not medically necessary and appropriate.\n\n\
The Claims Administrator based its decision on the MTUS.\n\n\
The Expert Reviewer based his/her decision on the ODG Low Back Chapter.\n\n\
The Expert Reviewer's decision rationale:\nNo gains.\n\n\
2. Naproxen 550mg is medically necessary and appropriate.\n\nThe Expert Reviewer's decision rationale: Helps.\n";
        let items = items_2013(body);
        assert_eq!(items.len(), 2);
        assert_eq!(
            items[0].service,
            "Physical therapy 2x6 for the lumbar spine"
        );
        assert_eq!(items[0].outcome, Some(Outcome::Upheld));
        assert_eq!(items[0].ca_citation, "the MTUS.");
        assert_eq!(items[0].reviewer_citation, "the ODG Low Back Chapter.");
        assert_eq!(items[0].rationale, "No gains.");
        assert_eq!(items[1].outcome, Some(Outcome::Overturned));
        assert_eq!(items[1].rationale, "Helps.");
    }

    #[test]
    fn professional_helpers() {
        assert_eq!(
            disputed_names("1. MRI lumbar spine\n2. Norco 10/325\n"),
            vec!["MRI lumbar spine", "Norco 10/325"]
        );
        assert_eq!(
            disputed_names(" 1. MRI lumbar spine 2. Norco 10/325 #60 3. Soma\n"),
            vec!["MRI lumbar spine", "Norco 10/325 #60", "Soma"]
        );
        assert_eq!(
            stated_outcome("It is medically necessary. Thus it is not medically necessary."),
            Some(Outcome::Upheld)
        );
        assert_eq!(
            disputed_names(
                "\nPhysical therapy for the lumbar spine, twice weekly for\nsix weeks\nTizanidine 4mg #60\n\nLumbar brace (purchase)\n"
            ),
            vec![
                "Physical therapy for the lumbar spine, twice weekly for six weeks",
                "Tizanidine 4mg #60",
                "Lumbar brace (purchase)"
            ]
        );
        // A quantity or a date of service that wrapped is part of the name.
        assert_eq!(
            disputed_names(
                "Compounded flurbiprofen 20%/lidocaine 5% cream\n120gm (DOS 06/06/2015)\nNorco 10/325mg\nDOS: 1/2/2015\n12 sessions of acupuncture\n"
            ),
            vec![
                "Compounded flurbiprofen 20%/lidocaine 5% cream 120gm (DOS 06/06/2015)",
                "Norco 10/325mg DOS: 1/2/2015",
                "12 sessions of acupuncture"
            ]
        );
        assert_eq!(
            disputed_names("Compounded cream (flurbiprofen 20%,\nlidocaine 5%) 120gm\n"),
            vec!["Compounded cream (flurbiprofen 20%, lidocaine 5%) 120gm"]
        );
        let names = vec!["MRI lumbar spine".to_string(), "Norco 10/325".to_string()];
        let p = passages_by_name("MRI lumbar\nspine: good.\n\nNorco 10/325: bad.", &names);
        assert_eq!(
            p,
            vec!["MRI lumbar\nspine: good.\n\n", "Norco 10/325: bad."]
        );
    }
}

#[cfg(test)]
mod item_line_scan {
    use super::*;
    use proptest::prelude::*;

    /// The matches of the item-line regex itself, as written (Unicode form).
    fn reference(text: &str) -> Vec<ItemLine> {
        let re = Regex::new(ITEM_2014_PATTERN).unwrap_or_else(|e| panic!("{e}"));
        re.captures_iter(text)
            .filter_map(|c| {
                let span = |i: usize| c.get(i).map(|m| (m.start(), m.end()));
                Some((span(0)?, span(1)?, span(2)?))
            })
            .collect()
    }

    /// Every sample letter, cleaned and as written, with its file name.
    fn sample_texts() -> Vec<(String, String)> {
        let mut out = Vec::new();
        for (name, text) in crate::samples::texts() {
            out.push((name.clone(), crate::clean::clean(&text)));
            out.push((name, text));
        }
        out
    }

    #[test]
    fn sample_letters_agree() {
        let mut n = 0;
        for (name, t) in sample_texts() {
            let want = reference(&t);
            n += want.len();
            assert_eq!(item_lines_2014(&t), want, "{name}");
        }
        assert!(n > 10, "only {n} item lines seen");
    }

    #[test]
    fn awkward_lines_agree() {
        for t in [
            "A: Upheld",
            "A: : Upheld\n",
            "A: Upheld\n: Overturned\nB : UPHELD.",
            "A\n\n: \nOverturned\nB: Upheld",
            "  : Upheld\n:Upheld",
            "A: Upheld.x\nB:\tOVERTURNED. \t\n",
            "A: Upheld\r\nB: upheld\nC: Upheld\x0b\nD\x0b: Upheld",
            "caf\u{e9}: Upheld\n\u{a0}B\u{a0}:\u{a0}Upheld",
        ] {
            assert_eq!(item_lines_2014(t), reference(t), "{t:?}");
        }
    }

    fn label_reference(text: &str) -> Vec<Span> {
        let re = Regex::new(LABEL_2014_PATTERN).unwrap_or_else(|e| panic!("{e}"));
        re.find_iter(text).map(|m| (m.start(), m.end())).collect()
    }

    #[test]
    fn labels_agree_on_sample_letters() {
        let mut n = 0;
        for (name, t) in sample_texts() {
            let want = label_reference(&t);
            n += want.len();
            assert_eq!(labels_2014(&t), want, "{name}");
        }
        assert!(n > 10, "only {n} labels seen");
    }

    proptest! {
        #[test]
        fn generated_labels_agree(
            parts in proptest::collection::vec(
                "(claims|CLAIMS|Claims|administrator|Administrator|guidelines|Guideline|maximus|MAXIMUS|expert|Reviewer|decision|Rationale|x|_|-|:| |  |\\n|\\t|\\x0b|\\u{a0}|\\u{e9}|\\u{212a})",
                0..30,
            ),
        ) {
            let text = parts.concat();
            prop_assert_eq!(labels_2014(&text), label_reference(&text));
        }

        #[test]
        fn generated_label_words_agree(
            parts in proptest::collection::vec(
                ("(claims|Administrator|GUIDELINES|guideline|decision|Rationale|maximus|expert|reviewer|:|s)", "( |\\n|\\n\\n|\\t| :|:|x|-|)"),
                0..24,
            ),
        ) {
            let text: String = parts.iter().flat_map(|(w, g)| [w.as_str(), g.as_str()]).collect();
            prop_assert_eq!(labels_2014(&text), label_reference(&text));
        }

        #[test]
        fn generated_text_agrees(
            parts in proptest::collection::vec(
                "(A|b c|:|: |\\.| |\t|\n|\n\n|\r|\x0b|\x0c|Upheld|UPHELD|Overturned|OVERTURNED|upheld|Upheldx|\u{e9}|\u{a0}|\u{2028})",
                0..30,
            ),
        ) {
            let text = parts.concat();
            prop_assert_eq!(item_lines_2014(&text), reference(&text));
        }
    }
}
