//! Reviewed golden records for the real published letters in
//! `../shared/real-letters/` (read as PDFs by the project's own reader).
//!
//! A golden holds facts, not the letters' sentences: fields, items,
//! outcomes, categories, regions and guideline paths; long text fields only
//! as their first words and a word count. Every value was checked by reading
//! the letter. Regenerate on purpose with
//! `UPDATE_GOLDEN=1 cargo test -p imr-letter --test letter real_letters::goldens`
//! and review the diff against the letters before committing it.

use std::path::Path;

use imr_letter::extract::DocKind;
use imr_letter::ingest::letter_from_bytes;
use imr_letter::Letter;
use serde::{Deserialize, Serialize};

use super::support::real_pdfs;

/// A long text field as first words and a length.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct TextFacts {
    first_words: String,
    words: usize,
}

impl TextFacts {
    fn of(text: &str) -> Self {
        TextFacts {
            first_words: text
                .split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" "),
            words: text.split_whitespace().count(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct ItemFacts {
    service: String,
    requested: Option<String>,
    authorized: Option<String>,
    outcome: Option<String>,
    category: String,
    regions: Vec<String>,
    reviewer_guidelines: Vec<String>,
    claims_administrator_guidelines: Vec<String>,
    rationale: TextFacts,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct LetterFacts {
    case_number: Option<String>,
    layout: String,
    age: Option<u32>,
    gender: Option<String>,
    injury_date: Option<String>,
    ur_date: Option<String>,
    assigned_date: Option<String>,
    decision_date: Option<String>,
    application_received_date: Option<String>,
    license_states: Vec<String>,
    specialties: Vec<String>,
    final_determination: Option<String>,
    diagnoses: Vec<String>,
    summary: TextFacts,
    items: Vec<ItemFacts>,
    warnings: Vec<String>,
}

impl LetterFacts {
    fn of(l: &Letter) -> Self {
        let day = |d: Option<imr_letter::date::IsoDate>| d.map(|d| d.to_string());
        LetterFacts {
            case_number: l.case_number.clone(),
            layout: l.layout.as_str().to_string(),
            age: l.age,
            gender: l.gender.map(|g| g.as_str().to_string()),
            injury_date: day(l.injury_date),
            ur_date: day(l.ur_date),
            assigned_date: day(l.assigned_date),
            decision_date: day(l.decision_date),
            application_received_date: day(l.application_received_date),
            license_states: l.license_states.clone(),
            specialties: l.specialties.clone(),
            final_determination: l.final_determination.map(|f| f.as_str().to_string()),
            diagnoses: l.diagnoses.clone(),
            summary: TextFacts::of(&l.summary),
            items: l
                .items
                .iter()
                .map(|i| ItemFacts {
                    service: i.service.clone(),
                    requested: i.requested.clone(),
                    authorized: i.authorized.clone(),
                    outcome: i.outcome.map(|o| o.as_str().to_string()),
                    category: i.service_category.clone(),
                    regions: i.regions.clone(),
                    reviewer_guidelines: i.reviewer_guidelines.clone(),
                    claims_administrator_guidelines: i.claims_administrator_guidelines.clone(),
                    rationale: TextFacts::of(&i.rationale),
                })
                .collect(),
            warnings: l.warnings.clone(),
        }
    }
}

fn parse_pdf(path: &Path) -> Letter {
    let bytes = std::fs::read(path).expect("readable letter");
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("letter.pdf");
    letter_from_bytes(&bytes, DocKind::Pdf, Some(name))
        .unwrap_or_else(|e| panic!("{name}: the PDF reader refused a published letter: {e}"))
}

#[test]
fn real_letters_match_reviewed_goldens() {
    let Some(pdfs) = real_pdfs("real_letters_match_reviewed_goldens") else {
        return;
    };
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let dir = crate::root().join("crates/letter/tests/real_letters/golden");
    let mut mismatches = Vec::new();
    for pdf in &pdfs {
        let stem = pdf
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("utf-8 name");
        let facts = LetterFacts::of(&parse_pdf(pdf));
        let golden = dir.join(format!("{stem}.json"));
        if update {
            let mut json = serde_json::to_string_pretty(&facts).expect("serialises");
            json.push('\n');
            std::fs::write(&golden, json).expect("write golden");
            continue;
        }
        let expected: LetterFacts = match std::fs::read_to_string(&golden) {
            Ok(text) => serde_json::from_str(&text).expect("golden parses"),
            Err(_) => {
                mismatches.push(format!("{stem}: no golden {}", golden.display()));
                continue;
            }
        };
        if expected != facts {
            let e = serde_json::to_value(&expected).expect("serialises");
            let a = serde_json::to_value(&facts).expect("serialises");
            mismatches.push(format!("{stem}: {}", field_diff(&e, &a)));
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} of {} real letters differ from their reviewed goldens:\n{}",
        mismatches.len(),
        pdfs.len(),
        mismatches.join("\n")
    );
}

/// The first differing fields of two records, by JSON path.
fn field_diff(e: &serde_json::Value, a: &serde_json::Value) -> String {
    fn walk(path: &str, e: &serde_json::Value, a: &serde_json::Value, out: &mut Vec<String>) {
        use serde_json::Value::{Array, Object};
        match (e, a) {
            (Object(eo), Object(ao)) => {
                for (k, ev) in eo {
                    let av = ao.get(k).unwrap_or(&serde_json::Value::Null);
                    walk(&format!("{path}.{k}"), ev, av, out);
                }
            }
            (Array(ea), Array(aa)) if ea.len() == aa.len() => {
                for (i, (ev, av)) in ea.iter().zip(aa).enumerate() {
                    walk(&format!("{path}[{i}]"), ev, av, out);
                }
            }
            _ if e != a => out.push(format!("{path}: expected {e}, got {a}")),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk("", e, a, &mut out);
    out.truncate(6);
    out.join("; ")
}

/// The facet rule for guideline paths: no path carries citation furniture
/// or a fragment, on any real letter.
#[test]
fn real_guideline_paths_follow_the_rule() {
    let Some(pdfs) = real_pdfs("real_guideline_paths_follow_the_rule") else {
        return;
    };
    let mut bad = Vec::new();
    let mut paths = 0;
    for pdf in &pdfs {
        let l = parse_pdf(pdf);
        for (i, item) in l.items.iter().enumerate() {
            for p in item
                .reviewer_guidelines
                .iter()
                .chain(&item.claims_administrator_guidelines)
            {
                paths += 1;
                if let Some(why) = breaks_rule(p) {
                    bad.push(format!("{}#{i}: {p} ({why})", pdf.display()));
                }
            }
        }
    }
    assert!(paths > 100, "only {paths} guideline paths read");
    assert!(
        bad.is_empty(),
        "{} paths break the rule:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

/// Why a guideline path breaks the facet rule, if it does.
pub fn breaks_rule(path: &str) -> Option<&'static str> {
    let lower = path.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if lower.contains("section(s)") || lower.contains("section (s)") {
        return Some("Section(s)");
    }
    if words.contains(&"chapter") {
        return Some("the word chapter");
    }
    if lower.contains("http") || lower.contains("www") {
        return Some("a URL");
    }
    if lower.contains("updated") {
        return Some("a version note");
    }
    if words.iter().any(|w| {
        w.len() == 4
            && (w.starts_with("19") || w.starts_with("20"))
            && w.bytes().all(|b| b.is_ascii_digit())
    }) {
        return Some("a year");
    }
    let date = regex::Regex::new(r"\b\d{1,2}[-.]\d{1,2}[-.]\d{2,4}\b").expect("static regex");
    if date.is_match(path) {
        return Some("a date");
    }
    let last = path.rsplit('/').next().unwrap_or("");
    let last_word = last.split_whitespace().last().unwrap_or("");
    if last.trim_end().ends_with(',') || last_word.eq_ignore_ascii_case("and") {
        return Some("a cut-off name");
    }
    if !path.starts_with('/') || path.contains("//") {
        return Some("not a facet path");
    }
    None
}

#[test]
fn the_rule_itself() {
    assert_eq!(breaks_rule("/ODG/Low Back/MRI"), None);
    assert_eq!(breaks_rule("/None cited"), None);
    assert!(breaks_rule("/MTUS/Chronic Pain Medical Treatment Guidelines/Medical Treatment, Section(s): Office visits").is_some());
    assert!(breaks_rule("/ODG/Low Back/Thoracic chapter (Acute & Chronic)").is_some());
    assert!(breaks_rule("/ODG/Neck and Upper Back/Manipulation and").is_some());
    assert!(breaks_rule("/Other/https:--www.cms.gov").is_some());
    assert!(breaks_rule("/MTUS/Acupuncture Treatment 2007").is_some());
    assert!(breaks_rule("/ODG/Pain (Chronic) (updated 11-22-16)").is_some());
    assert!(breaks_rule("/ODG/Pain/as of 11-22-16").is_some());
}
