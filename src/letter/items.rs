//! Per-item decisions: service, outcome, the two guideline paragraphs and
//! the rationale, for each layout.
//!
//! Works on the body of the decisions section(s) of clean text (see
//! [`crate::clean`]: lines, with an empty line between paragraphs) and
//! returns [`RawItem`]s with text as written; the caller normalises
//! citations and categories.

use once_cell::sync::Lazy;
use regex::Regex;

use crate::clean::{join_paragraphs, squash};
use crate::letter::Outcome;

/// One item as the letter writes it, before normalisation.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RawItem {
    /// The item name, whitespace-normalised.
    pub service: String,
    /// The outcome, when the letter states one.
    pub outcome: Option<Outcome>,
    /// The claims administrator's guideline paragraph.
    pub ca_citation: String,
    /// The expert reviewer's guideline paragraph.
    pub reviewer_citation: String,
    /// The rationale, paragraphs kept.
    pub rationale: String,
}

/// 2014 item line: "Diagnostic ultrasound (cervical spine, left shoulder):  Upheld".
/// The name may itself hold colons; the last one before the outcome counts.
static ITEM_2014: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?m)^(.*\S)\s*:\s*(Upheld|Overturned|UPHELD|OVERTURNED)\.?[ \t]*$")
        .expect("static regex")
});

/// 2014 paragraph labels.
static LABEL_2014: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)\b(?:(claims\s+administrator\s+guidelines?)|(maximus\s+guidelines?|expert\s+reviewer\s+guidelines?)|(decision\s+rationale))\s*:",
    )
    .expect("static regex")
});

/// 2013 item sentence: "1. Norco 10/325mg #60 is not medically necessary and
/// appropriate." The name may wrap but never crosses a paragraph break.
static ITEM_2013: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?m)^[ \t]*\d{1,2}\.[ \t]*((?:[^\n]|\n[^\n])+?)\s+(?:is|are|was|were)\s+(not\s+)?medically\s+necessary(?:\s+and\s+appropriate)?\s*\.",
    )
    .expect("static regex")
});

/// 2013 paragraph openers: "The Claims Administrator based its decision on",
/// "The Expert Reviewer based his/her decision on", "The Expert Reviewer's
/// decision rationale:" (older letters say Physician Reviewer).
static LABEL_2013: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)\b(?:(the\s+claims\s+administrator\s+based\s+(?:its|his|her|their|his/her)\s+decision\s+on)|(the\s+(?:expert|physician)\s+reviewer\s+based\s+(?:his/her|his|her|their|its)\s+decision\s+on)|(the\s+(?:expert|physician)\s+reviewer['\u{2019}]?s\s+decision\s+rationale\s*:?))",
    )
    .expect("static regex")
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
fn fill_parts(item: &mut RawItem, body: &str, labels: &Regex) {
    let mut marks: Vec<(usize, usize, Part)> = Vec::new();
    // `find_iter` and a look at the matched words, not capture groups: the
    // capture engine cost more than the search itself.
    for m in labels.find_iter(body) {
        let words = m.as_str().to_ascii_lowercase();
        let part = if words.contains("claims") {
            Part::Ca
        } else if words.contains("rationale") {
            Part::Rationale
        } else {
            Part::Reviewer
        };
        marks.push((m.start(), m.end(), part));
        // Everything after the rationale label is rationale, even a quoted
        // "decision rationale:" inside it.
        if part == Part::Rationale {
            break;
        }
    }
    let lead = &body[..marks.first().map_or(body.len(), |m| m.0)];
    let mut rationale = String::new();
    if !lead.trim().is_empty() {
        rationale.push_str(&join_paragraphs(lead));
    }
    for (i, &(_, end, part)) in marks.iter().enumerate() {
        let stop = marks.get(i + 1).map_or(body.len(), |m| m.0);
        let text = &body[end..stop];
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
/// sentence or a label (a long name wraps at most twice).
fn name_start(text: &str, line_start: usize, floor: usize) -> usize {
    let mut start = line_start;
    for _ in 0..2 {
        if start <= floor + 1 {
            break;
        }
        let prev_end = start - 1; // the '\n' before `start`
        let prev_start = text[..prev_end].rfind('\n').map_or(0, |i| i + 1).max(floor);
        let prev = text[prev_start..prev_end].trim_end();
        if prev.is_empty()
            || prev.ends_with(['.', ':', '"'])
            || LABEL_2014.is_match(prev)
            || ITEM_2014.is_match(prev)
        {
            break;
        }
        start = prev_start;
    }
    start
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
    for c in ITEM_2014.captures_iter(body) {
        let (Some(m), Some(name), Some(out)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        // A label line ("Decision rationale: ... Upheld") is not an item.
        if LABEL_2014.is_match(name.as_str()) {
            continue;
        }
        let start = name_start(body, m.start(), floor);
        let service = squash(&body[start..name.end()]);
        heads.push((start, m.end(), service, outcome_word(out.as_str())));
        floor = m.end();
    }
    assemble(body, heads, &LABEL_2014)
}

/// Items of a 2013-layout decisions section.
pub fn items_2013(body: &str) -> Vec<RawItem> {
    let heads: Vec<Head> = ITEM_2013
        .captures_iter(body)
        .filter_map(|c| {
            let m = c.get(0)?;
            let name = c.get(1)?;
            let outcome = if c.get(2).is_some() {
                Outcome::Upheld
            } else {
                Outcome::Overturned
            };
            Some((m.start(), m.end(), squash(name.as_str()), outcome))
        })
        .collect();
    assemble(body, heads, &LABEL_2013)
}

/// An item heading found in a decisions section: where it starts, where it
/// ends, the item name and its outcome.
type Head = (usize, usize, String, Outcome);

/// Each item's body runs from the end of its heading to the start of the
/// next one; the labels split it into guideline paragraphs and rationale.
fn assemble(body: &str, heads: Vec<Head>, labels: &Regex) -> Vec<RawItem> {
    let starts: Vec<usize> = heads
        .iter()
        .skip(1)
        .map(|h| h.0)
        .chain([body.len()])
        .collect();
    heads
        .into_iter()
        .zip(starts)
        .map(|((_, end, service, outcome), stop)| {
            let mut item = RawItem {
                service,
                outcome: Some(outcome),
                ..RawItem::default()
            };
            fill_parts(&mut item, &body[end..stop], labels);
            item
        })
        .collect()
}

/// A numbered or bulleted list entry at the start of a line.
static LIST_MARK: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?m)^[ \t]*(?:\d{1,2}[.)]|[-*\u{2022}])[ \t]+").expect("static regex")
});

/// The items named under `ISSUE AT DISPUTE:` (professional review): one per
/// list entry, else one per paragraph.
pub fn disputed_names(section: &str) -> Vec<String> {
    let names: Vec<String> = if LIST_MARK.is_match(section) {
        LIST_MARK
            .split(section)
            .map(squash)
            .filter(|s| !s.is_empty())
            .collect()
    } else {
        section
            .split("\n\n")
            .map(squash)
            .filter(|s| !s.is_empty())
            .collect()
    };
    names
        .into_iter()
        .map(|n| n.trim_end_matches(['.', ';']).trim().to_string())
        .filter(|n| !n.is_empty())
        .collect()
}

/// The outcome a passage states for an item: "is not medically necessary"
/// (upheld) against "is medically necessary" (overturned), or the words
/// upheld / overturned. The last statement wins: a rationale argues first
/// and concludes at the end.
pub fn stated_outcome(passage: &str) -> Option<Outcome> {
    static STATEMENT: Lazy<Regex> = Lazy::new(|| {
        Regex::new(
            r"(?i)\b(?:(?:is|are|was|were)\s+(not\s+)?medically\s+(?:necessary|indicated)|(upheld|not\s+certified|non-?certified)|(overturned|certified))\b",
        )
        .expect("static regex")
    });
    let mut last = None;
    for c in STATEMENT.captures_iter(passage) {
        // "not" or an upheld word means the denial stands; "is medically
        // necessary" and "overturned"/"certified" reverse it.
        last = Some(if c.get(1).is_some() || c.get(2).is_some() {
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
    let mut starts: Vec<Option<usize>> = Vec::with_capacity(names.len());
    let mut from = 0;
    for name in names {
        let key: String = name
            .split_whitespace()
            .take(4)
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        let found = find_key(&lower, &key, from);
        if let Some(s) = found {
            from = s + 1;
        }
        starts.push(found);
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
            out.push(&section[s..e]);
        } else {
            out.push(section);
        }
    }
    out
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
            stated_outcome("It is medically necessary. Thus it is not medically necessary."),
            Some(Outcome::Upheld)
        );
        let names = vec!["MRI lumbar spine".to_string(), "Norco 10/325".to_string()];
        let p = passages_by_name("MRI lumbar\nspine: good.\n\nNorco 10/325: bad.", &names);
        assert_eq!(
            p,
            vec!["MRI lumbar\nspine: good.\n\n", "Norco 10/325: bad."]
        );
    }
}
