//! The reader every family shares: where a citation's clause ends, its
//! pages, its topic, and how a name is tidied before it becomes a path
//! segment. Nothing here knows one source from another.

use super::tables::{STOP_ANY, STOP_FIRST, TOPIC_TABLE};
use crate::cut;
use once_cell::sync::Lazy;
use regex::{Captures, Regex};
use std::borrow::Cow;

pub(super) fn compile(pattern: &str) -> Regex {
    // Patterns are compile-time constants of this module, covered by tests.
    Regex::new(pattern).expect("built-in citation regex must compile")
}

pub(super) fn only_separators(s: &str) -> bool {
    s.chars().all(is_separator)
}

pub(super) fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | ':' | '-' | '–' | '—' | '(' | ')' | '.')
}

/// Length of leading separators; `None` when a ";" (next citation) comes first.
pub(super) fn skip_separators(s: &str) -> (usize, bool) {
    let mut crossed_sentence = false;
    for (i, c) in s.char_indices() {
        if c == '.' {
            crossed_sentence = true;
        } else if !is_separator(c) {
            return (i, crossed_sentence);
        }
    }
    (s.len(), crossed_sentence)
}

/// Where a citation's clause ends: "; ", a sentence end, or the start of the
/// next citation's wording. Examples: "Page(s): 22. Decision based on ...",
/// "page 78-80, which is part of the MTUS.", "...Opioids; Non-MTUS Citation ...",
/// 2013 sentences: "Physical Medicine, pages 98-99, part of the MTUS",
/// "MRIs (magnetic resonance imaging), a non-MTUS source", "Insomnia
/// treatment, and the U.S. Food and Drug Administration (FDA) label".
pub(super) static BOUNDARY: Lazy<Regex> = Lazy::new(|| {
    compile(
        r"(?i);|\.(?:\s|$)|\bdecision\s+based\s+on\b|,?\s*\b(?:(?:neither\s+of\s+)?which\s+)?(?:(?:is|are)\s+)?(?:not\s+)?(?:a\s+)?part\s+of\b|,\s+(?:and\s+)?(?:the|an?)\s|\bnon[\s-]*mtus\b|\bbased\s+(?:its|his|her|their)\b|\bdid\s+not\s+base\b",
    )
});

/// First clause boundary; `strong` ignores sentence ends (pages may follow a
/// topic's full stop: "Opioids, criteria for use. Page 76").
pub(super) fn find_boundary(s: &str, strong: bool) -> Option<usize> {
    BOUNDARY
        .find_iter(s)
        .find(|m| !(strong && m.as_str().starts_with('.')))
        .map(|m| m.start())
}

/// Abbreviations whose full stop is not a sentence end: "8 C.C.R. 9792.20",
/// "2nd ed.", "p. 49", "et al.", "vs.", "U.S.".
pub(super) static ABBREV_DOT: Lazy<Regex> = Lazy::new(|| {
    compile(
        r"(?i)\b(?:c\.\s*c\.\s*r|u\.\s*s|e\.\s*g|i\.\s*e|et\s+al|eds?|vol|nos?|dr|vs|approx|fig|pp?|pgs?|ch|chap|sec|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|inc|co|st)\.",
    )
});

pub(super) fn undot(s: &str) -> Cow<'_, str> {
    ABBREV_DOT.replace_all(s, |c: &Captures| c[0].replace(['.', ' '], ""))
}

/// Page references: "Page(s): 78-80", "pages 177 - 178", "page 49", "p 9",
/// "pp 78-80", "Page 9 of 127", "Page(s): 9, 78".
pub(super) static PAGES: Lazy<Regex> = Lazy::new(|| {
    compile(
        r"(?i)\b(?:page\s*\(\s*s\s*\)|pages?|pgs?|pp?)\s*(?:#|no\b)?\s*:?\s*(\d{1,4}(?:\s*(?:-|–|—|\bto\b|,|&|\band\b)\s*\d{1,4})*)(?:\s+of\s+\d+)?",
    )
});

/// Tokens of a page list: numbers and the separators between them.
pub(super) static PAGE_TOKEN: Lazy<Regex> = Lazy::new(|| compile(r"(?i)\d+|to|and|[-–—,&]"));

pub(super) fn pages_in(clause: &str) -> Option<String> {
    let mut out = String::new();
    for caps in PAGES.captures_iter(clause) {
        let Some(list) = caps.get(1) else { continue };
        let mut one = String::new();
        let mut pending: Option<&str> = None;
        for t in PAGE_TOKEN.find_iter(list.as_str()) {
            let t = t.as_str();
            if t.as_bytes()[0].is_ascii_digit() {
                if !one.is_empty() {
                    one.push_str(pending.unwrap_or(", "));
                }
                one.push_str(t);
                pending = None;
            } else {
                pending = Some(match t {
                    "," | "&" => ", ",
                    _ if t.eq_ignore_ascii_case("and") => ", ",
                    _ => "-",
                });
            }
        }
        if !one.is_empty() && !out.split(", ").any(|p| p == one) {
            if !out.is_empty() {
                out.push_str(", ");
            }
            out.push_str(&one);
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Wording that is not part of a topic: "(updated 10/09/14)", "8 CCR 9792.20 -
/// 9792.26", "MTUS (Effective July 18, 2009)", "(May 2009)", "guidelines",
/// "Procedure Summary", stray years and dates.
pub(super) static TOPIC_NOISE: Lazy<Regex> = Lazy::new(|| {
    compile(
        r"(?i)\(\s*(?:last\s+)?(?:updated|effective|revised|web|online)[^)]*\)|\b(?:online|web|print)\s+version\b|\b(?:last\s+)?updated(?:\s+(?:on|as\s+of))?\b|\((?:may\s+)?(?:19|20)\d\d\)|\beffective\s+[a-z]+\s+\d{1,2},?\s*\d{4}|\b\d*\s*CCR\b|§+|\b9792\.[\d.]*\d(?:\s*(?:-|–|to|through)\s*9792\.[\d.]*\d)?|\bMTUS\b|\bODG\b|\bguidel?ines?\b|\bprocedure\s+summary\b|\b(?:19|20)\d\d\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\(\s*\)",
    )
});

/// Topic of a citation from the text after its source (and chapter): the
/// clause up to the next boundary, without pages and noise.
pub(super) fn topic_in(after: &str) -> Option<String> {
    // A leading "(" stays: "(May 2009)" must still be recognised as noise.
    let start = after.len()
        - after
            .trim_start_matches(|c: char| is_separator(c) && c != '(')
            .len();
    let rest = cut::slice(after, start..);
    let clause = cut::slice(rest, ..find_boundary(rest, false).unwrap_or(rest.len()));
    if clause.is_empty() {
        return None;
    }
    // "Manipulation Harris J. Occupational medicine ...": an author's name
    // starts a reference, not part of the topic.
    let author = AUTHOR.captures_iter(rest).find(|c| {
        c.get(1)
            .is_none_or(|w| !["Decision", "The", "This", "Non"].contains(&w.as_str()))
    });
    let clause = match author.and_then(|c| c.get(0)) {
        Some(m) if m.start() > 0 && m.start() < clause.len() => cut::slice(clause, ..m.start()),
        _ => clause,
    };
    let no_pages = PAGES.replace_all(clause, " ");
    let text = TOPIC_NOISE.replace_all(&no_pages, " ");
    // "Pain (Benzodiazepines)": a topic written in brackets after the chapter.
    let text = text.trim();
    let text = match text.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        Some(inner) if balance_parens(inner) == inner => inner,
        _ => text,
    };
    clean_name(text, 14).map(canonical_topic)
}

/// "Harris J. Occupational medicine ...": a reference's author, then the
/// first words of its title (group 1: the title's first word) or the end of
/// the clause (the title is the next source marker).
pub(super) static AUTHOR: Lazy<Regex> =
    Lazy::new(|| compile(r"(?-i)\s[A-Z][a-z]+\s[A-Z]{1,2}\.(?:\s+([A-Z][a-z]+)\s+[a-z]|\s*$)"));

/// Tidy a name: `/` -> `-`, dashes unified, whitespace collapsed, empty
/// comma pieces dropped, "chapter"/"section" words and edge punctuation
/// trimmed, first letter capitalised. `None` when nothing name-like is left.
pub(super) fn clean_name(raw: &str, max_words: usize) -> Option<String> {
    let mut pieces: Vec<String> = Vec::new();
    for piece in raw.split(',') {
        let mut words: Vec<&str> = piece
            .split(|c: char| c.is_whitespace())
            .filter(|w| !w.is_empty())
            .collect();
        while let Some(w) = words.first() {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            if w.is_empty() || is_filler(w) {
                words.remove(0);
            } else {
                break;
            }
        }
        while let Some(w) = words.last() {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            if w.is_empty() || is_filler(w) || ["and", "or"].contains(&w) {
                words.pop();
            } else {
                break;
            }
        }
        let joined = words.join(" ").replace('/', "-").replace(['–', '—'], "-");
        let trimmed = joined
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ':' | ';' | '-' | '"'));
        let trimmed = balance_parens(trimmed);
        if !trimmed.is_empty() {
            pieces.push(trimmed.to_string());
        }
    }
    let name = pieces.join(", ");
    let first = name.chars().next()?;
    if !first.is_alphanumeric() || !name.chars().any(char::is_alphabetic) {
        return None;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() > max_words || name.len() > 120 {
        return None;
    }
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase()
    };
    if STOP_FIRST.contains(&bare(words[0]).as_str())
        || words.iter().any(|w| STOP_ANY.contains(&bare(w).as_str()))
    {
        return None;
    }
    Some(capitalise(&name))
}

fn is_filler(word: &str) -> bool {
    [
        "chapter",
        "chapters",
        "section",
        "sections",
        "topic",
        "regarding",
        "re",
    ]
    .iter()
    .any(|f| word.eq_ignore_ascii_case(f))
}

/// Drop an unmatched trailing "(" or leading ")" left by clause cuts.
pub(super) fn balance_parens(s: &str) -> &str {
    let mut s = s;
    loop {
        let open = s.matches('(').count();
        let close = s.matches(')').count();
        if open > close && s.ends_with('(') {
            s = cut::slice(s, ..s.len() - 1).trim_end();
        } else if close > open && s.starts_with(')') {
            s = cut::slice(s, 1..).trim_start();
        } else if close > open && s.ends_with(')') {
            s = cut::slice(s, ..s.len() - 1).trim_end();
        } else if open > close && s.starts_with('(') {
            s = cut::slice(s, 1..).trim_start();
        } else {
            return s;
        }
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_lowercase() => c.to_uppercase().chain(chars).collect(),
        _ => s.to_string(),
    }
}

pub(super) fn topic_key(s: &str) -> String {
    let mut key = String::with_capacity(s.len());
    for w in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !key.is_empty() {
            key.push(' ');
        }
        key.extend(w.chars().flat_map(char::to_lowercase));
    }
    key
}

pub(super) static TOPIC_KEYS: Lazy<Vec<(String, &'static str)>> =
    Lazy::new(|| TOPIC_TABLE.iter().map(|t| (topic_key(t), *t)).collect());

pub(super) fn canonical_topic(topic: String) -> String {
    let key = topic_key(&topic);
    TOPIC_KEYS
        .iter()
        .find(|(k, _)| *k == key)
        .map_or(topic, |(_, canonical)| (*canonical).to_string())
}
