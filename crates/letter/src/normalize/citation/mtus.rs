//! MTUS citations: the parts (Chronic Pain, Postsurgical, Acupuncture,
//! Opioids, Drug Formulary), the `MTUS <part> <year>, Section(s): <list>`
//! form of 2016-17 letters, and General Approaches (ACOEM chapters 1-7).
//! ACOEM chapters cited as parts of the MTUS are read by [`super::acoem`].

use super::acoem::{title_in, ACOEM2_TITLE};
use super::clause::{
    canonical_topic, clean_name, compile, find_boundary, topic_in, topic_key, PAGES, TOPIC_KEYS,
    TOPIC_NOISE,
};
use super::tables::{ACOEM2_TABLE, ACOEM3_TABLE, GENERAL_APPROACHES, PART_TABLE};
use super::Found;
use crate::cut;
use once_cell::sync::Lazy;
use regex::Regex;

/// "Section(s): " opening a list of the cited part's sections.
pub(super) static SECTION_LABEL: Lazy<Regex> =
    Lazy::new(|| compile(r"(?i)^[\s,.:;-]*(?:section\s*\(\s*s\s*\)|sections?)\s*:\s*"));

/// A section's number ("2. ", "3.3.9 "), which is not part of its name.
pub(super) static SECTION_NUMBER: Lazy<Regex> =
    Lazy::new(|| compile(r"(^|,)\s*\d+(?:\.\d+)*\.?\s+([A-Za-z])"));

/// The sections listed after "Section(s):", one name each; `None` when the
/// tail has no such list.
fn sections_in(tail: &str) -> Option<Vec<String>> {
    let label = SECTION_LABEL.find(tail)?;
    let rest = SECTION_NUMBER.replace_all(cut::slice(tail, label.end()..), "$1 $2");
    let list = cut::slice(&rest, ..find_boundary(&rest, false).unwrap_or(rest.len()));
    let no_pages = PAGES.replace_all(list, " ");
    let text = TOPIC_NOISE.replace_all(&no_pages, " ");
    Some(
        split_sections(&text)
            .iter()
            .filter_map(|s| clean_name(s, 14).map(canonical_topic))
            .collect(),
    )
}

/// Split a section list at commas, except where the comma is inside one
/// section's name: "TENS, chronic pain", "NSAIDs, GI symptoms & cardiovascular
/// risk", "Forearm, Wrist, & Hand" (a lower-case continuation, or a name the
/// topic table knows).
fn split_sections(list: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for piece in list.split(',') {
        let piece = piece.trim();
        if piece.is_empty() {
            continue;
        }
        let conj = ["and ", "& ", "or "]
            .iter()
            .find_map(|c| piece.strip_prefix(c))
            .map(str::trim_start);
        let rest = conj.unwrap_or(piece);
        match out.last_mut() {
            Some(last)
                if continues_known_topic(last, rest)
                    || (conj.is_none() && rest.starts_with(char::is_lowercase)) =>
            {
                last.push_str(", ");
                last.push_str(piece);
            }
            _ if rest.is_empty() => {}
            _ => out.push(rest.to_string()),
        }
    }
    out
}

/// Whether `head, next` starts a topic of the topic table ("and"/"&" aside).
fn continues_known_topic(head: &str, next: &str) -> bool {
    let key = loose_key(&format!("{head} {next}"));
    TOPIC_KEYS.iter().any(|(k, _)| {
        let k = loose_key(k);
        k == key || k.starts_with(&format!("{key} "))
    })
}

fn loose_key(s: &str) -> String {
    topic_key(s)
        .split(' ')
        .filter(|w| *w != "and")
        .collect::<Vec<_>>()
        .join(" ")
}

/// One MTUS part with its topics: one path per listed section, else the
/// topic written after the part's name, else the part alone.
pub(super) fn mtus_paths(part: &str, tail: &str) -> Vec<String> {
    match sections_in(tail) {
        Some(sections) if !sections.is_empty() => sections
            .into_iter()
            .map(|s| format!("/MTUS/{part}/{s}"))
            .collect(),
        Some(_) => vec![format!("/MTUS/{part}")],
        None => vec![mtus_path(part, tail)],
    }
}

fn mtus_path(part: &str, tail: &str) -> String {
    match topic_in(tail) {
        Some(topic) => format!("/MTUS/{part}/{topic}"),
        None => format!("/MTUS/{part}"),
    }
}

/// "MTUS General Approaches 2004, Section(s): Initial Approaches to Treatment":
/// General Approaches is ACOEM chapters 1-7, and the section names the
/// chapter; a section that is no chapter title stays a topic.
pub(super) fn general_approaches_paths(tail: &str) -> Vec<String> {
    let base = format!("/MTUS/ACOEM/{GENERAL_APPROACHES}");
    let sections = sections_in(tail).unwrap_or_default();
    if sections.is_empty() {
        return vec![base];
    }
    sections
        .into_iter()
        .map(|s| match general_chapter(&s) {
            Some(chapter) => format!("/MTUS/ACOEM/{chapter}"),
            None => format!("{base}/{s}"),
        })
        .collect()
}

fn general_chapter(section: &str) -> Option<&'static str> {
    let caps = ACOEM2_TITLE.captures(section)?;
    let idx = caps.iter().skip(1).position(|g| g.is_some())?;
    (idx < 7).then(|| ACOEM2_TABLE[idx].0)
}

/// The name and edition year of an MTUS part marker ("Elbow Disorders
/// (Revised 2007)" writes the year as a revision note).
pub(super) static PART_NAME: Lazy<Regex> = Lazy::new(|| {
    compile(
        r"(?is)^(?:MTUS[:\s]{1,3}|,\s*and\s+)(.+?)\s+(?:\(\s*(?:revised|updated|effective)\s+)?(?:19|20)\d\d\)?$",
    )
});

pub(super) static PART_NAMES: Lazy<Regex> = Lazy::new(|| {
    let alts: Vec<String> = PART_TABLE.iter().map(|(_, p)| format!("({p})")).collect();
    compile(&format!("(?i)^(?:{})$", alts.join("|")))
});

/// "Shoulder Complaints", "Elbow Disorders", "Stress Related Conditions".
pub(super) static ACOEM_CHAPTER_NAME: Lazy<Regex> = Lazy::new(|| {
    compile(r"(?i)^(?:ACOEM\s+)?(.+?)\s+(?:complaints|disorders|conditions)$|^ACOEM$")
});

pub(super) fn mtus_part_paths(marker: &str, tail: &str) -> Vec<Found> {
    let name = PART_NAME
        .captures(marker)
        .and_then(|c| c.get(1))
        .map_or("", |m| m.as_str().trim());
    if let Some(caps) = PART_NAMES.captures(name) {
        let idx = caps.iter().skip(1).position(|g| g.is_some()).unwrap_or(0);
        let part = PART_TABLE[idx].0;
        let paths = if part == GENERAL_APPROACHES {
            general_approaches_paths(tail)
        } else {
            mtus_paths(part, tail)
        };
        return paths.into_iter().map(Found::known).collect();
    }
    // The 2004 chapters ("Shoulder Complaints", "Eye"), else a chapter of
    // the later ACOEM editions that the MTUS adopted from 2017 on ("Hip and
    // Groin Disorders"), named as that edition names it.
    let chapter = ACOEM_CHAPTER_NAME
        .captures(name)
        .and_then(|c| match c.get(1) {
            Some(head) => title_in(&ACOEM2_TITLE, ACOEM2_TABLE, head.as_str()),
            None => Some(""),
        })
        .or_else(|| {
            ACOEM2_TABLE
                .iter()
                .chain(ACOEM3_TABLE)
                .map(|(t, _)| *t)
                .find(|t| t.eq_ignore_ascii_case(name.trim()))
        });
    let (base, known) = match chapter {
        Some("") => ("/MTUS/ACOEM".to_string(), true),
        Some(title) => (format!("/MTUS/ACOEM/{title}"), true),
        None => {
            let cleaned = TOPIC_NOISE.replace_all(name, " ");
            match clean_name(&cleaned, 8) {
                Some(n) => (format!("/MTUS/{n}"), false),
                None => return Vec::new(),
            }
        }
    };
    let sections = sections_in(tail).unwrap_or_default();
    if sections.is_empty() {
        return vec![Found { path: base, known }];
    }
    sections
        .into_iter()
        .map(|s| Found {
            path: format!("{base}/{s}"),
            known,
        })
        .collect()
}
