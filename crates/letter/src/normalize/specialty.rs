//! Reviewer specialty text -> canonical specialty names.
//!
//! This module owns the specialty vocabulary: the table of canonical names and
//! the spellings that letters use for them (synonyms, British spellings,
//! abbreviations, and the truncations that a fixed-width
//! `Certification(s)/Specialty:` field produces, such as "Physical Medicine &
//! Rehabn"). `index_schema/SPECIALTIES.md` is the user-facing copy of
//! [`SPECIALTIES`]; a test keeps the two in step.
//!
//! It knows nothing about where the text came from: the letter parser hands it
//! either the field value ([`canonical_specialties`]) or the qualification
//! sentence of older letters ([`specialties_in_prose`]).

use crate::cut;
use once_cell::sync::Lazy;
use regex::Regex;
use std::collections::HashMap;

/// Canonical specialty names and the spellings that map to each.
///
/// Spellings are written in normalised form (see `normalise`): lower case,
/// `&` spelled "and", punctuation replaced by spaces, single spaces. A field
/// value matches a spelling exactly, or as a truncation (see
/// [`canonical_specialties`]). The canonical name itself must normalise to one
/// of its spellings (a test checks this).
pub const SPECIALTIES: &[(&str, &[&str])] = &[
    (
        "Physical Medicine & Rehabilitation",
        &[
            "physical medicine and rehabilitation",
            "physical medicine and rehab",
            // The fixed-width field cuts the word and keeps a trailing "n".
            "physical medicine and rehabn",
            "physical medicine rehabilitation",
            "physical and rehabilitation medicine",
            "physical medicine",
            "pm and r",
            "pmr",
            "physiatry",
            "physiatrist",
        ],
    ),
    (
        "Orthopedic Surgery",
        &[
            "orthopedic surgery",
            "orthopaedic surgery",
            "orthopedic surgeon",
            "orthopaedic surgeon",
            "orthopedics",
            "orthopaedics",
            "orthopedic",
            "orthopaedic",
            "orthopedist",
            "orthopaedist",
        ],
    ),
    (
        "Family Medicine",
        &["family medicine", "family practice", "family physician"],
    ),
    (
        "General Practice",
        &["general practice", "general practitioner"],
    ),
    (
        "Chiropractic",
        &[
            "chiropractic",
            "chiropractor",
            "chiropractic medicine",
            "doctor of chiropractic",
        ],
    ),
    (
        "Anesthesiology",
        &[
            "anesthesiology",
            "anaesthesiology",
            "anesthesiologist",
            "anesthesia",
            "anaesthesia",
        ],
    ),
    (
        "Pain Medicine",
        &[
            "pain medicine",
            "pain management",
            "pain mgmt",
            "interventional pain management",
            "interventional pain medicine",
            "pain management medicine",
        ],
    ),
    ("Internal Medicine", &["internal medicine", "internist"]),
    (
        "Occupational Medicine",
        &[
            "occupational medicine",
            "occupational and environmental medicine",
            "occupational health",
            "occ med",
        ],
    ),
    (
        "Neurology",
        &["neurology", "neurologist", "clinical neurophysiology"],
    ),
    (
        "Neurological Surgery",
        &[
            "neurological surgery",
            "neurologic surgery",
            "neurosurgery",
            "neurosurgeon",
        ],
    ),
    (
        "Psychiatry",
        &["psychiatry", "psychiatrist", "psychiatry and neurology"],
    ),
    (
        "Psychology",
        &[
            "psychology",
            "clinical psychology",
            "psychologist",
            "clinical psychologist",
            "health psychology",
            "pain psychology",
        ],
    ),
    (
        "Plastic Surgery",
        &[
            "plastic surgery",
            "plastic and reconstructive surgery",
            "plastic surgeon",
        ],
    ),
    (
        "Hand Surgery",
        &["hand surgery", "surgery of the hand", "hand surgeon"],
    ),
    (
        "General Surgery",
        &["general surgery", "general surgeon", "surgery"],
    ),
    (
        "Podiatry",
        &[
            "podiatry",
            "podiatric surgery",
            "podiatric medicine",
            "podiatric medicine and surgery",
            "podiatrist",
            "foot and ankle surgery",
        ],
    ),
    ("Emergency Medicine", &["emergency medicine"]),
    ("Rheumatology", &["rheumatology", "rheumatologist"]),
    ("Sports Medicine", &["sports medicine"]),
    (
        "Preventive Medicine",
        &["preventive medicine", "preventative medicine"],
    ),
    (
        "Acupuncture",
        &[
            "acupuncture",
            "acupuncturist",
            "oriental medicine",
            "acupuncture and oriental medicine",
        ],
    ),
    (
        "Physical Therapy",
        &["physical therapy", "physical therapist", "physiotherapy"],
    ),
    (
        "Occupational Therapy",
        &["occupational therapy", "occupational therapist"],
    ),
    (
        "Dentistry",
        &["dentistry", "general dentistry", "dentist", "dental"],
    ),
    (
        "Oral & Maxillofacial Surgery",
        &["oral and maxillofacial surgery", "oral surgery"],
    ),
    (
        "Otolaryngology",
        &["otolaryngology", "ent", "ear nose and throat"],
    ),
    ("Ophthalmology", &["ophthalmology", "ophthalmologist"]),
    ("Optometry", &["optometry", "optometrist"]),
    ("Urology", &["urology", "urologist"]),
    (
        "Pulmonary Disease",
        &[
            "pulmonary disease",
            "pulmonary medicine",
            "pulmonology",
            "pulmonary",
        ],
    ),
    (
        "Cardiology",
        &["cardiology", "cardiovascular disease", "cardiologist"],
    ),
    (
        "Infectious Disease",
        &["infectious disease", "infectious diseases"],
    ),
    ("Dermatology", &["dermatology", "dermatologist"]),
    (
        "Obstetrics & Gynecology",
        &[
            "obstetrics and gynecology",
            "obstetrics and gynaecology",
            "ob gyn",
            "obgyn",
            "gynecology",
            "obstetrics",
        ],
    ),
    (
        "Endocrinology",
        &[
            "endocrinology",
            "endocrinology diabetes and metabolism",
            "endocrinologist",
        ],
    ),
    (
        "Gastroenterology",
        &["gastroenterology", "gastroenterologist"],
    ),
    ("Nephrology", &["nephrology", "nephrologist"]),
    (
        "Hematology & Oncology",
        &[
            "hematology and oncology",
            "hematology",
            "oncology",
            "medical oncology",
        ],
    ),
    (
        "Allergy & Immunology",
        &["allergy and immunology", "allergy", "immunology"],
    ),
    (
        "Radiology",
        &["radiology", "diagnostic radiology", "radiologist"],
    ),
    ("Pathology", &["pathology"]),
    ("Pediatrics", &["pediatrics", "paediatrics"]),
    ("Geriatric Medicine", &["geriatric medicine", "geriatrics"]),
    ("Vascular Surgery", &["vascular surgery"]),
    (
        "Thoracic Surgery",
        &["thoracic surgery", "cardiothoracic surgery"],
    ),
    ("Spine Surgery", &["spine surgery", "spinal surgery"]),
    ("Medical Toxicology", &["medical toxicology", "toxicology"]),
    (
        "Addiction Medicine",
        &["addiction medicine", "addiction psychiatry"],
    ),
    ("Sleep Medicine", &["sleep medicine"]),
    (
        "Electrodiagnostic Medicine",
        &["electrodiagnostic medicine", "electrodiagnosis"],
    ),
    (
        "Hospice & Palliative Medicine",
        &["hospice and palliative medicine", "palliative medicine"],
    ),
    ("Neuromuscular Medicine", &["neuromuscular medicine"]),
    (
        "Public Health & General Preventive Medicine",
        &[
            "public health and general preventive medicine",
            "public health and preventive medicine",
            "public health",
        ],
    ),
];

/// Shortest normalised text accepted as a truncated spelling.
const MIN_PREFIX_LEN: usize = 6;

/// Longest field value examined; anything longer is cut (defensive bound for
/// garbage input, far above any real specialty field).
const MAX_INPUT: usize = 2_000;

/// Exact normalised spelling -> index into [`SPECIALTIES`].
static EXACT: Lazy<HashMap<&'static str, usize>> = Lazy::new(|| {
    let mut map = HashMap::new();
    for (i, (_, spellings)) in SPECIALTIES.iter().enumerate() {
        for s in spellings.iter() {
            map.entry(*s).or_insert(i);
        }
    }
    map
});

/// Every spelling split into words, for truncation matching.
static SPELLING_WORDS: Lazy<Vec<(usize, Vec<&'static str>)>> = Lazy::new(|| {
    let mut out = Vec::new();
    for (i, (_, spellings)) in SPECIALTIES.iter().enumerate() {
        for s in spellings.iter() {
            out.push((i, s.split(' ').collect()));
        }
    }
    out
});

/// Lower case, `&`/`+` spelled "and", every other non-alphanumeric character
/// turned into a space, runs of spaces collapsed.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let push_word_sep = |out: &mut String| {
        if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    };
    for c in text.chars() {
        if c == '&' || c == '+' {
            push_word_sep(&mut out);
            out.push_str("and ");
        } else if c == '\'' || c == '\u{2019}' {
            // "Physician's" -> "physicians": apostrophes join, not split.
        } else if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else {
            push_word_sep(&mut out);
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

/// The canonical index for normalised words: an exact spelling, else a
/// truncation of spellings of exactly one canonical specialty.
///
/// Truncation is word-wise: each input word must be a prefix of the spelling's
/// word in the same place ("phys med and rehab", "orthopaedic sur"), and the
/// input must be at least [`MIN_PREFIX_LEN`] characters long.
fn lookup(words: &[&str]) -> Option<usize> {
    if words.is_empty() {
        return None;
    }
    let joined = words.join(" ");
    if let Some(&i) = EXACT.get(joined.as_str()) {
        return Some(i);
    }
    if joined.len() < MIN_PREFIX_LEN {
        return None;
    }
    let mut found: Option<usize> = None;
    for (i, spelling) in SPELLING_WORDS.iter() {
        if words.len() > spelling.len() {
            continue;
        }
        let is_prefix = words
            .iter()
            .zip(spelling.iter())
            .all(|(w, s)| s.starts_with(w));
        if is_prefix {
            match found {
                Some(j) if j != *i => return None, // ambiguous truncation
                _ => found = Some(*i),
            }
        }
    }
    found.or_else(|| near_spelling(&joined))
}

/// Shortest text compared by edit distance: shorter names are too close to
/// each other for a typo to say which one was meant.
const MIN_TYPO_LEN: usize = 8;

/// The specialty an obviously mistyped name stands for ("sports medicinea"):
/// the spellings within one edit (two from 16 characters on) of the text,
/// if they all belong to one specialty.
fn near_spelling(joined: &str) -> Option<usize> {
    if joined.len() < MIN_TYPO_LEN || joined.len() > 80 {
        return None;
    }
    let bound = if joined.len() >= 16 { 2 } else { 1 };
    let mut best: Option<(usize, usize)> = None; // (distance, canonical)
    let mut tie = false;
    for (i, spellings) in SPECIALTIES.iter().map(|(_, s)| s).enumerate() {
        for s in spellings.iter() {
            if s.len() < MIN_TYPO_LEN {
                continue;
            }
            let d = edit_distance(joined, s, bound);
            if d > bound {
                continue;
            }
            match best {
                Some((bd, _)) if d > bd => {}
                Some((bd, bi)) if d == bd => tie |= bi != i,
                _ => {
                    best = Some((d, i));
                    tie = false;
                }
            }
        }
    }
    best.filter(|_| !tie).map(|(_, i)| i)
}

/// Levenshtein distance over bytes, giving up (returning `bound + 1`) as
/// soon as it must exceed `bound`.
fn edit_distance(a: &str, b: &str, bound: usize) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len().abs_diff(b.len()) > bound {
        return bound + 1;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, &ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        if cur.iter().min().is_some_and(|&m| m > bound) {
            return bound + 1;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Whether `next`, the line after a `Certification(s)/Specialty:` field
/// whose value is `field`, continues the list: the field ends on a joining
/// word or mark ("Public Health &"), or its last name is only complete with
/// the next line's first words ("Occupational" / "Medicine"). A heading, a
/// labelled line or a sentence never continues it.
pub fn continues_field(field: &str, next: &str) -> bool {
    let next = next.trim();
    let letters = next.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 0
        || next.len() > 80
        || next.contains(':')
        || next.ends_with('.')
        || !next.chars().any(char::is_lowercase)
    {
        return false;
    }
    let field = field.trim_end();
    let last_word = field.rsplit(' ').next().unwrap_or("").to_ascii_lowercase();
    if field.ends_with(['&', ',', '/', '-', '+'])
        || ["and", "of", "in"].contains(&last_word.as_str())
    {
        return true;
    }
    let tail = normalise(field.rsplit([',', ';', '/']).next().unwrap_or(""));
    let head = normalise(next.split([',', ';', '/']).next().unwrap_or(""));
    if tail.is_empty() || head.is_empty() || EXACT.contains_key(tail.as_str()) {
        return false;
    }
    EXACT.contains_key(format!("{tail} {head}").as_str())
}

/// Canonical indices for a segment with no `,;/` separators: the whole
/// segment, else a split at one or more "and"s where every part is known
/// ("Anesthesiology and Pain Medicine"). `None` if no such reading exists.
fn parse_words(words: &[&str], depth: usize) -> Option<Vec<usize>> {
    if let Some(i) = lookup(words) {
        return Some(vec![i]);
    }
    // Real fields have at most a handful of "and"s; the bound keeps garbage
    // input from costing more than a few lookups.
    if depth > 4 {
        return None;
    }
    for (k, w) in words.iter().enumerate() {
        if *w != "and" || k == 0 || k + 1 == words.len() {
            continue;
        }
        if let Some(left) = lookup(&words[..k]) {
            if let Some(mut rest) = parse_words(&words[k + 1..], depth + 1) {
                rest.insert(0, left);
                return Some(rest);
            }
        }
    }
    None
}

/// Words that stay lower case inside a title-cased unknown specialty.
const MINOR_WORDS: &[&str] = &["and", "of", "the", "in", "for", "with", "&"];

/// Unknown specialty text as written, whitespace collapsed and title-cased;
/// short all-capital words ("ENT", "DO") are kept as they are.
fn title_case(raw: &str) -> String {
    let mut out = String::new();
    for (n, word) in raw.split_whitespace().enumerate() {
        if n > 0 {
            out.push(' ');
        }
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let all_caps = letters > 0 && !word.chars().any(|c| c.is_lowercase());
        let lower = word.to_lowercase();
        if all_caps && letters <= 4 {
            out.push_str(word);
        } else if n > 0 && MINOR_WORDS.contains(&lower.as_str()) {
            out.push_str(&lower);
        } else {
            let mut chars = lower.chars();
            if let Some(first) = chars.next() {
                out.extend(first.to_uppercase());
                out.push_str(chars.as_str());
            }
        }
    }
    out
}

/// One parsed segment: a known canonical name or unknown text kept as written.
enum Found {
    Known(usize),
    Unknown(String),
}

/// Split a field value into specialties, in order (duplicates kept).
fn parse_field(field: &str) -> Vec<Found> {
    let field = crate::clean::truncate_chars(field, MAX_INPUT);
    let whole = normalise(field);
    // "OB/GYN" and similar spellings contain a separator: try the whole value
    // before splitting it.
    if let Some(&i) = EXACT.get(whole.as_str()) {
        return vec![Found::Known(i)];
    }
    let mut out = Vec::new();
    for raw in field.split([',', ';', '/', '|', '(', ')', '\n']) {
        let norm = normalise(raw);
        if norm.is_empty() {
            continue;
        }
        let words: Vec<&str> = norm.split(' ').collect();
        match parse_words(&words, 0) {
            Some(found) => out.extend(found.into_iter().map(Found::Known)),
            None => out.push(Found::Unknown(title_case(raw))),
        }
    }
    out
}

/// Resolve parsed segments to names, first occurrence wins.
fn names(found: Vec<Found>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for f in found {
        let name = match f {
            Found::Known(i) => SPECIALTIES[i].0.to_string(),
            Found::Unknown(s) => s,
        };
        if !name.is_empty() && !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// Canonical specialties in a `Certification(s)/Specialty:` field value,
/// primary first, without duplicates.
///
/// The value is split at `,`, `;` and `/` (unless the whole value is itself a
/// known spelling such as "OB/GYN"), and at "and"/"&" only where every part is
/// a known specialty, so "Physical Medicine and Rehabilitation" stays whole
/// while "Anesthesiology and Pain Medicine" yields two. Each part maps to its
/// canonical name by exact spelling, or as a truncation (at least six
/// characters, each word a prefix of the same word of the spelling) of the
/// spellings of exactly one specialty. Unrecognised parts are kept, title-cased
/// with whitespace collapsed, so nothing is lost.
///
/// ```
/// use imr_letter::normalize::specialty::canonical_specialties;
/// assert_eq!(
///     canonical_specialties("Anesthesiology, Pain Management"),
///     ["Anesthesiology", "Pain Medicine"]
/// );
/// assert_eq!(
///     canonical_specialties("Physical Medicine & Rehabn"),
///     ["Physical Medicine & Rehabilitation"]
/// );
/// ```
pub fn canonical_specialties(field: &str) -> Vec<String> {
    names(parse_field(field))
}

/// The phrases that introduce a specialty in a qualification sentence.
///
/// For the 2013 fragment "The physician reviewer is board certified in
/// Orthopaedic Surgery and is licensed to practice in California", and the
/// qualification paragraphs of other layouts ("Diplomate of the American Board
/// of Physical Medicine and Rehabilitation", "with a subspecialty in Pain
/// Medicine", "Specialty: Chiropractic").
static PROSE_TRIGGER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)\b(?:(?:board[- ])?certified\s+(?:in|by\s+the\s+american\s+board\s+of)|american\s+board\s+of|speciali[sz](?:es|ed|ing)\s+in|(?:sub-?)?specialty\s+(?:of|in)|(?:sub-?)?specialt(?:y|ies)\s*:|fellowship[- ]trained\s+in|practice\s+of)\s*",
    )
    .expect("PROSE_TRIGGER is a valid regex")
});

/// Where the specialty phrase after a trigger ends.
///
/// For "... in Orthopaedic Surgery and is licensed to practice in California"
/// (cut before "and is") and "... in Internal Medicine, licensed in ..."; a
/// plain "and" is not an end, because "Physical Medicine and Rehabilitation"
/// contains one.
static PROSE_END: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)[.:\n]|\s(?:and\s+)?(?:is|are|has|have|was|who|with|holds|licensed|currently|maintains|practices|practicing|since|for|to|at|by|in\s+the|a|an)\b",
    )
    .expect("PROSE_END is a valid regex")
});

/// Every spelling of nine or more characters, for scanning prose that has no
/// trigger phrase. Short spellings ("ent", "pmr", "surgery") are left out
/// because they occur in ordinary words and sentences.
static PROSE_NAMES: Lazy<Regex> = Lazy::new(|| {
    let mut spellings: Vec<&str> = SPECIALTIES
        .iter()
        .flat_map(|(_, s)| s.iter().copied())
        .filter(|s| s.len() >= 9)
        .collect();
    // Longest first so "physical medicine and rehabilitation" wins over
    // "physical medicine".
    spellings.sort_by_key(|s| std::cmp::Reverse(s.len()));
    let alternatives: Vec<String> = spellings
        .iter()
        .map(|s| {
            s.split(' ')
                .map(|w| {
                    if w == "and" {
                        "(?:and|&)".to_string()
                    } else {
                        regex::escape(w)
                    }
                })
                .collect::<Vec<_>>()
                .join(r"[\s,/-]+")
        })
        .collect();
    let pattern = format!(r"(?i)\b(?:{})\b", alternatives.join("|"));
    Regex::new(&pattern).expect("PROSE_NAMES is built from escaped words")
});

/// Longest phrase after a trigger that is read as specialty text.
const MAX_PHRASE: usize = 150;

/// Canonical specialties named in a prose sentence such as the 2013 letters'
/// "The physician reviewer is board certified in Internal Medicine ...".
///
/// The phrase after each trigger ("board certified in", "certified by the
/// American Board of", "specializes in", "specialty of", "subspecialty in",
/// "Specialty:", ...) up to the end of the clause is read like a field value
/// (see [`canonical_specialties`]); unknown parts are kept only when they look
/// like a name (at most five words, starting with a capital letter). If no
/// trigger yields anything, the text is scanned for canonical spellings of
/// nine or more characters instead. Primary (first named) first, without
/// duplicates.
pub fn specialties_in_prose(text: &str) -> Vec<String> {
    let text = crate::clean::truncate_chars(text, 20 * MAX_INPUT);
    let mut found: Vec<Found> = Vec::new();
    for m in PROSE_TRIGGER.find_iter(text) {
        let rest = crate::clean::truncate_chars(cut::slice(text, m.end()..), MAX_PHRASE);
        let phrase = match PROSE_END.find(rest) {
            Some(end) => cut::slice(rest, ..end.start()),
            None => rest,
        };
        for f in parse_field(phrase) {
            match f {
                Found::Known(i) => found.push(Found::Known(i)),
                Found::Unknown(s) => {
                    let starts_upper = s.chars().next().is_some_and(|c| c.is_uppercase());
                    let short = s.split_whitespace().count() <= 5;
                    let from_capital = phrase
                        .trim_start()
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase());
                    if starts_upper && short && from_capital {
                        found.push(Found::Unknown(s));
                    }
                }
            }
        }
    }
    if found.is_empty() {
        for m in PROSE_NAMES.find_iter(text) {
            if let Some(&i) = EXACT.get(normalise(m.as_str()).as_str()) {
                found.push(Found::Known(i));
            }
        }
    }
    names(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn field(s: &str) -> Vec<String> {
        canonical_specialties(s)
    }

    #[test]
    fn obvious_typos_map_to_the_known_name() {
        assert_eq!(
            field("Orthopedic Surgery, Sports Medicinea"),
            ["Orthopedic Surgery", "Sports Medicine"]
        );
        assert_eq!(field("Anesthesiolgy"), ["Anesthesiology"]);
        assert_eq!(field("Occupational Medcine"), ["Occupational Medicine"]);
        // Two edits in a short name is another name, not a typo.
        assert_eq!(field("Neurology"), ["Neurology"]);
        assert_eq!(field("Serology"), ["Serology"]);
        // Equally close to two specialties: kept as written.
        assert_eq!(edit_distance("sports medicinea", "sports medicine", 1), 1);
        assert_eq!(edit_distance("abcdefgh", "zzzzzzzz", 2), 3);
    }

    #[test]
    fn wrapped_list_continuation() {
        assert!(continues_field(
            "Preventive Medicine, Public Health &",
            "General Preventive Medicine"
        ));
        assert!(continues_field("Family Practice, Occupational", "Medicine"));
        assert!(!continues_field("Family Practice", "CLINICAL CASE SUMMARY"));
        assert!(!continues_field("Family Practice", "Sports Medicine"));
        assert!(!continues_field(
            "Family Practice,",
            "State(s) of Licensure: California"
        ));
        assert_eq!(
            field("Preventive Medicine, Occupational Medicine, Public Health & General Preventive Medicine"),
            [
                "Preventive Medicine",
                "Occupational Medicine",
                "Public Health & General Preventive Medicine"
            ]
        );
        assert_eq!(
            field("Anesthesiology, Pain Management, Hospice & Palliative Medicine"),
            [
                "Anesthesiology",
                "Pain Medicine",
                "Hospice & Palliative Medicine"
            ]
        );
    }

    #[test]
    fn table_spellings_are_normalised_and_canonicals_match_themselves() {
        for (canon, spellings) in SPECIALTIES {
            for s in spellings.iter() {
                assert_eq!(normalise(s), *s, "spelling of {canon} not normalised");
            }
            assert_eq!(field(canon), vec![canon.to_string()], "{canon}");
        }
    }

    #[test]
    fn no_spelling_belongs_to_two_specialties() {
        let mut seen: HashMap<&str, &str> = HashMap::new();
        for (canon, spellings) in SPECIALTIES {
            for s in spellings.iter() {
                if let Some(other) = seen.insert(s, canon) {
                    panic!("{s:?} is listed for {other} and {canon}");
                }
            }
        }
    }

    #[test]
    fn documented_table_matches_the_code() {
        let doc = include_str!("../../../../index_schema/SPECIALTIES.md");
        for (canon, spellings) in SPECIALTIES {
            let row = format!("| {} | {} |", canon, spellings.join(", "));
            assert!(doc.contains(&row), "SPECIALTIES.md lacks row: {row}");
        }
    }

    #[test]
    fn pmr_spellings() {
        for s in [
            "Physical Medicine & Rehabn",
            "Physical Medicine and Rehabilitation",
            "PM&R",
            "Physical Medicine & Reha",
            "Phys Med & Rehab",
            "physical medicine & rehabilitation ",
        ] {
            assert_eq!(field(s), ["Physical Medicine & Rehabilitation"], "{s}");
        }
    }

    #[test]
    fn orthopedic_spellings() {
        for s in [
            "Orthopaedic",
            "Orthopedic",
            "Orthopaedic Surgery",
            "Orthopedic Surgery",
            "Orthopaedic Sur",
            "ORTHOPEDIC SURGERY",
        ] {
            assert_eq!(field(s), ["Orthopedic Surgery"], "{s}");
        }
    }

    #[test]
    fn simple_synonyms() {
        assert_eq!(field("Family Practice"), ["Family Medicine"]);
        assert_eq!(field("Family Medicine"), ["Family Medicine"]);
        assert_eq!(field("Chiropractor"), ["Chiropractic"]);
        assert_eq!(field("Chiropractic Medicine"), ["Chiropractic"]);
        assert_eq!(field("Neurosurgery"), ["Neurological Surgery"]);
        assert_eq!(field("Clinical Psychology"), ["Psychology"]);
        assert_eq!(field("Podiatric Surgery"), ["Podiatry"]);
        assert_eq!(field("OB/GYN"), ["Obstetrics & Gynecology"]);
        assert_eq!(
            field("Obstetrics and Gynecology"),
            ["Obstetrics & Gynecology"]
        );
        assert_eq!(field("Pain Management"), ["Pain Medicine"]);
        assert_eq!(field("Internal Medicine"), ["Internal Medicine"]);
    }

    #[test]
    fn two_specialties_comma_semicolon_slash() {
        assert_eq!(
            field("Anesthesiology, Pain Management"),
            ["Anesthesiology", "Pain Medicine"]
        );
        assert_eq!(
            field("Internal Medicine; Occupational Medicine"),
            ["Internal Medicine", "Occupational Medicine"]
        );
        assert_eq!(
            field("Family Practice / Sports Medicine"),
            ["Family Medicine", "Sports Medicine"]
        );
    }

    #[test]
    fn and_splits_only_between_known_specialties() {
        assert_eq!(
            field("Anesthesiology and Pain Medicine"),
            ["Anesthesiology", "Pain Medicine"]
        );
        assert_eq!(
            field("Physical Medicine and Rehabilitation and Pain Medicine"),
            ["Physical Medicine & Rehabilitation", "Pain Medicine"]
        );
        assert_eq!(
            field("Internal Medicine & Rheumatology"),
            ["Internal Medicine", "Rheumatology"]
        );
        // "and" inside an unknown name is not a separator.
        assert_eq!(field("Bread and Butter"), ["Bread and Butter"]);
    }

    #[test]
    fn primary_first_and_deduplicated() {
        assert_eq!(
            field("Orthopaedic Surgery, Orthopedics, Hand Surgery"),
            ["Orthopedic Surgery", "Hand Surgery"]
        );
        assert_eq!(
            field("Pain Management, Anesthesiology"),
            ["Pain Medicine", "Anesthesiology"]
        );
    }

    #[test]
    fn ambiguous_or_short_truncation_is_kept_as_written() {
        // "Physical" begins both PM&R and Physical Therapy.
        assert_eq!(field("Physical"), ["Physical"]);
        // Below six characters a prefix is not trusted.
        assert_eq!(field("Ortho"), ["Ortho"]);
    }

    #[test]
    fn unknown_text_is_kept_title_cased() {
        assert_eq!(field("  wound   care  medicine "), ["Wound Care Medicine"]);
        assert_eq!(
            field("Orthopedic Surgery, HYPERBARIC MEDICINE"),
            ["Orthopedic Surgery", "Hyperbaric Medicine"]
        );
        assert_eq!(field("ENT"), ["Otolaryngology"]);
        assert!(field("").is_empty());
        assert!(field(" , ; ").is_empty());
    }

    #[test]
    fn prose_2013_sentence() {
        let s = "The physician reviewer is board certified in Orthopaedic Surgery and is licensed to practice in California.";
        assert_eq!(specialties_in_prose(s), ["Orthopedic Surgery"]);
    }

    #[test]
    fn prose_two_specialties_and_licensed_clause() {
        let s = "The expert reviewer is board certified in Anesthesiology, Pain Management, licensed in California, and has been in practice for over 10 years.";
        assert_eq!(specialties_in_prose(s), ["Anesthesiology", "Pain Medicine"]);
        let s = "The physician reviewer is board certified in Physical Medicine and Rehabilitation and Pain Medicine and is licensed to practice in California.";
        assert_eq!(
            specialties_in_prose(s),
            ["Physical Medicine & Rehabilitation", "Pain Medicine"]
        );
    }

    #[test]
    fn prose_other_triggers() {
        assert_eq!(
            specialties_in_prose(
                "Diplomate of the American Board of Physical Medicine & Rehabilitation."
            ),
            ["Physical Medicine & Rehabilitation"]
        );
        assert_eq!(
            specialties_in_prose("The reviewer specializes in Family Practice and has a subspecialty in Sports Medicine."),
            ["Family Medicine", "Sports Medicine"]
        );
        assert_eq!(
            specialties_in_prose("Specialty: Chiropractor"),
            ["Chiropractic"]
        );
    }

    #[test]
    fn prose_without_trigger_scans_names() {
        assert_eq!(
            specialties_in_prose("A licensed Internal Medicine physician reviewed the file."),
            ["Internal Medicine"]
        );
        assert!(specialties_in_prose("The reviewer is licensed in California.").is_empty());
    }

    #[test]
    fn prose_drops_lowercase_noise_after_trigger() {
        assert!(specialties_in_prose("He is certified in the state of California.").is_empty());
    }

    proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,200}") {
            let a = canonical_specialties(&s);
            let b = specialties_in_prose(&s);
            for name in a.iter().chain(b.iter()) {
                prop_assert!(!name.trim().is_empty());
            }
        }

        #[test]
        fn never_panics_on_specialty_like_text(s in "[A-Za-z&,;/ ]{0,80}( and [A-Za-z ]{0,20})?") {
            let _ = canonical_specialties(&s);
            let _ = specialties_in_prose(&format!("board certified in {s}."));
        }
    }
}
