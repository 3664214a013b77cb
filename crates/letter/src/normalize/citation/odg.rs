//! ODG citations: the book titles and edition noise after the marker, the
//! longest known chapter spelling, the topic, the preface's guidelines, and
//! chapters written after their topic or without "ODG".

use super::clause::{clean_name, compile, find_boundary, skip_separators, topic_in, PAGES};
use super::tables::{ODG_CHAPTER_TABLE, ODG_ITDDG, ODG_PREFACE, ODG_TWC};
use super::Found;
use crate::cut;
use once_cell::sync::Lazy;
use regex::Regex;

const AND: &str = r"\s*(?:&|\band\b|\+)\s*";

pub(super) static ODG_CHAPTER: Lazy<Regex> = Lazy::new(|| {
    let alts: Vec<String> = ODG_CHAPTER_TABLE
        .iter()
        .map(|(_, p)| format!("({})", p.replace(" AND ", AND)))
        .collect();
    compile(&format!("(?i)^(?:{})", alts.join("|")))
});

/// Words between "ODG" and its chapter: "(ODG)", "Treatment Index, 11th
/// Edition (web), 2013", "TWC", "Integrated Treatment/Disability Duration
/// Guidelines", "Chapter:", "Work Loss Data Institute", "Workers' Compensation"
/// (as in "ODG Workers' Compensation Drug Formulary"). Group 1 / 2 mark the
/// two ODG book titles that become the chapter when no real chapter follows.
pub(super) static ODG_LEAD_NOISE: Lazy<Regex> = Lazy::new(|| {
    compile(
        r"(?i)^(?:(treatment\s+(?:in|for)\s+workers['’]?\s*comp(?:ensation)?(?:\s*\(\s*(?:ODG\s*-\s*)?TWC\s*\))?|TWC\b)|(integrated\s+treatment\s*(?:/|&|and|-)?\s*disability\s+duration\s+guidelines?)|official\s+disability\s+guidel?ines?|ODG\b|non[\s-]*MTUS\b|MTUS\b|citations?\b|treatment\s+index\b|\d+(?:st|nd|rd|th)\s+edition\b|editions?\b|web\b|online\b|versions?\b|(?:19|20)\d\d\b|updated?s?\b|guidel?ines?\b|chapters?\b|sections?\b|work\s+loss\s+data\s+institute|workers['’]?\s*comp(?:ensation)?\b|current\b|the\b|for\b|of\b|from\b|in\b|under\b|per\b)",
    )
});

/// Words between an ODG chapter and its topic: "(Acute & Chronic)",
/// "Chapter", "Procedure Summary", "(updated 06/12/14)".
pub(super) static ODG_CHAPTER_SUFFIX: Lazy<Regex> = Lazy::new(|| {
    compile(
        r"(?i)^(?:(?:(?:thoracic|lumbar|cervical|acute|chronic)\b(?:\s*(?:,|&|\band\b)\s*)?)+\)|acute\s*(?:&|and)\s*chronic\b|acute\b|chronic\b|chapters?\b|sections?\b|procedure\s+summary\b|procedures?\b|summary\b|guidel?ines?\b|(?:last\s+)?updated[^)]*|\d{1,2}/\d{1,2}/\d{2,4})",
    )
});

/// ODG citations of one marker's clause. A clause may name a second
/// chapter as "<chapter>/<topic>" after a comma ("Knee/DME, Low Back/Mattress
/// selection"): each such chapter starts its own citation.
pub(super) fn odg_paths(tail: &str) -> Vec<Found> {
    let end = find_boundary(tail, false).unwrap_or(tail.len());
    let split = cut::slice(tail, ..end)
        .match_indices(',')
        .map(|(i, _)| i)
        .find(|&i| {
            let next = cut::slice(tail, i + 1..).trim_start();
            odg_chapter_at(next)
                .is_some_and(|(_, len)| cut::slice(next, len..).trim_start().starts_with('/'))
        });
    match split {
        Some(i) => {
            let mut out = vec![odg_path(cut::slice(tail, ..i))];
            out.extend(odg_paths(cut::slice(tail, i + 1..)));
            out
        }
        None => {
            let first = odg_path(tail);
            let more = topics_after_semicolon(&first.path, tail);
            std::iter::once(first).chain(more).collect()
        }
    }
}

/// "ODG Low Back - Trigger point imaging; Hyperstimulation analgesia": topics
/// after ";" with no new source named are more topics of the same chapter.
fn topics_after_semicolon(path: &str, tail: &str) -> Vec<Found> {
    let Some(chapter) = path
        .match_indices('/')
        .nth(2)
        .map(|(i, _)| cut::slice(path, ..i))
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut rest = tail;
    while let Some(b) = find_boundary(rest, false) {
        let Some(after) = cut::slice(rest, b..).strip_prefix(';') else {
            break;
        };
        rest = after;
        let end = find_boundary(rest, false).unwrap_or(rest.len());
        if let Some(topic) = topic_in(cut::slice(rest, ..end)) {
            out.push(Found::known(format!("{chapter}/{topic}")));
        }
    }
    out
}

/// The ODG preface's guidelines: "Physical Therapy Guidelines", "Preface -
/// Physical Therapy", "ODG Chiropractic Guidelines", or "Preface" alone.
pub(super) static PREFACE: Lazy<Regex> = Lazy::new(|| {
    compile(
        r"(?i)^(?:(preface\b[\s:,.\-–—]*)?(?:(physical\s+therapy)|(physical\s+medicine)|(chiropractic))(\s+guidel?ines?\b)?|(preface\b))",
    )
});

fn preface_path(rest: &str) -> Option<String> {
    let caps = PREFACE.captures(rest)?;
    if caps.get(6).is_some() {
        return Some(format!("/ODG/{ODG_PREFACE}"));
    }
    let guide = ["Physical Therapy", "Physical Medicine", "Chiropractic"]
        .iter()
        .zip(2..5)
        .find_map(|(name, g)| caps.get(g).map(|_| *name))?;
    (caps.get(1).is_some() || caps.get(5).is_some())
        .then(|| format!("/ODG/{ODG_PREFACE}/{guide} Guidelines"))
}

fn odg_path(tail: &str) -> Found {
    let mut pos = 0;
    let mut crossed = false;
    let mut book: Option<&str> = None;
    loop {
        let (n, dot) = skip_separators(cut::slice(tail, pos..));
        pos += n;
        crossed |= dot;
        match ODG_LEAD_NOISE.captures(cut::slice(tail, pos..)) {
            Some(c) if c.get(0).is_some_and(|m| !m.is_empty()) => {
                if c.get(1).is_some() {
                    book = Some(ODG_TWC);
                } else if c.get(2).is_some() {
                    book = Some(ODG_ITDDG);
                }
                pos += c.get(0).map_or(0, |m| m.end());
            }
            _ => break,
        }
    }
    let rest = cut::slice(tail, pos..);
    if let Some(path) = preface_path(rest) {
        return Found::known(path);
    }
    if let Some((chapter, len)) = odg_chapter_at(rest) {
        // "ODG, Chronic pain programs (functional restoration programs)": the
        // chapter name runs on into a lower-case word, so it is the start of
        // the topic ("Knee joint replacement", "Chronic pain programs"); the
        // chapter is still the one named.
        let after = cut::slice(rest, len..);
        let run_on = after.starts_with(' ')
            && after.trim_start().starts_with(|c: char| c.is_lowercase())
            && !ODG_CHAPTER_SUFFIX.is_match(after.trim_start());
        if run_on {
            return Found::known(match topic_in(rest) {
                Some(topic) => format!("/ODG/{chapter}/{topic}"),
                None => format!("/ODG/{chapter}"),
            });
        }
        let mut p = len;
        // "Knee/DME": a slash between chapter and topic.
        if let Some(r) = cut::slice(rest, p..).trim_start().strip_prefix('/') {
            p = rest.len() - r.len();
        }
        loop {
            let (n, _) = skip_separators(cut::slice(rest, p..));
            match ODG_CHAPTER_SUFFIX.find(cut::slice(rest, p + n..)) {
                Some(m) if !m.is_empty() => p += n + m.end(),
                _ => break,
            }
        }
        return Found::known(match topic_in(cut::slice(rest, p..)) {
            Some(topic) => format!("/ODG/{chapter}/{topic}"),
            None => format!("/ODG/{chapter}"),
        });
    }
    if let Some(book) = book {
        return Found::known(match topic_in(rest) {
            Some(topic) => format!("/ODG/{book}/{topic}"),
            None => format!("/ODG/{book}"),
        });
    }
    // Unknown chapter: the first phrase as written, only when it directly
    // follows the marker and looks like a name (not "the guidelines state").
    if !crossed {
        let clause = cut::slice(rest, ..find_boundary(rest, false).unwrap_or(rest.len()));
        let end = clause.find([',', ':', '(', ')']).unwrap_or(clause.len());
        let first = cut::slice(clause, ..end);
        let first = first.split(" - ").next().unwrap_or(first);
        let no_pages = PAGES.replace_all(first, " ");
        if first.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
            // "(ODG) MRI shoulder": the chapter written after the topic.
            if let Some(path) = chapter_last(no_pages.trim()) {
                return Found::known(path);
            }
            if let Some(name) = clean_name(&no_pages, 6) {
                return Found::unknown(format!("/ODG/{name}"));
            }
        }
    }
    Found::known("/ODG".to_string())
}

/// "MRI shoulder" -> `/ODG/Shoulder/MRI`: a short phrase that ends in a
/// chapter name.
fn chapter_last(phrase: &str) -> Option<String> {
    let words: Vec<(usize, &str)> = phrase
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    if words.len() > 4 {
        return None;
    }
    words.iter().skip(1).find_map(|&(start, _)| {
        let (chapter, len) = odg_chapter_at(cut::slice(phrase, start..))?;
        if len != phrase.len() - start {
            return None;
        }
        let topic = clean_name(cut::slice(phrase, ..start), 4)?;
        Some(format!("/ODG/{chapter}/{topic}"))
    })
}

/// Canonical chapter and matched length at the start of `s`.
pub(super) fn odg_chapter_at(s: &str) -> Option<(&'static str, usize)> {
    let caps = ODG_CHAPTER.captures(s)?;
    let m = caps.get(0)?;
    if cut::slice(s, m.end()..).starts_with(char::is_alphanumeric) {
        return None;
    }
    let idx = caps.iter().skip(1).position(|g| g.is_some())?;
    Some((ODG_CHAPTER_TABLE[idx].0, m.end()))
}
