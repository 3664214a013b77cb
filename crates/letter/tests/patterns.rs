//! Patterns met in real letters outside the development set, each
//! reproduced by a hand-written sample in `tests/patterns/` (the byte
//! style of `corpus_samples/`, none of it real letter text) and checked
//! here field by field.

use std::path::PathBuf;

use imr_letter::letter::{Letter, Outcome};
use imr_letter::parse_bytes;

fn sample_path(name: &str) -> PathBuf {
    crate::root()
        .join("crates/letter/tests/patterns")
        .join(name)
}

fn sample(name: &str) -> Vec<u8> {
    std::fs::read(sample_path(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn parse(name: &str) -> Letter {
    parse_bytes(&sample(name), Some(name))
}

fn services(l: &Letter) -> Vec<(&str, Option<Outcome>)> {
    l.items
        .iter()
        .map(|i| (i.service.as_str(), i.outcome))
        .collect()
}

/// pypdf's header ("Priority: Standard Application" / "Received:" / the
/// date), an item line that starts with the previous rationale's closing
/// sentence, and a "DOS:" label whose date wrapped onto the outcome line.
#[test]
fn rationale_tail_date_of_service_and_pypdf_header() {
    let l = parse("CM15-0300101.txt");
    assert_eq!(
        services(&l),
        vec![
            ("Physical therapy for 6 sessions", Some(Outcome::Upheld)),
            ("Ultram (tramadol) 50mg #90", Some(Outcome::Upheld)),
            (
                "Retrospective request for urine drug screen DOS: 01/15/2015",
                Some(Outcome::Overturned)
            ),
        ]
    );
    // The cut sentence stays with the rationale it closes.
    assert!(l.items[0]
        .rationale
        .ends_with("\"Physical therapy for 6 sessions\" is not medically necessary."));
    assert_eq!(
        l.application_received_date
            .map(|d| d.to_string())
            .as_deref(),
        Some("2015-03-03")
    );
    assert_eq!(
        l.assigned_date.map(|d| d.to_string()).as_deref(),
        Some("2015-03-09")
    );
    for item in &l.items {
        assert!(!item.reviewer_guidelines.is_empty(), "{}", item.service);
    }
    assert!(l.warnings.is_empty(), "{:?}", l.warnings);
}

/// A running page title, with no form feed to mark the page break, inside
/// two wrapped citations and a sentence of the rationale: the letter reads
/// as if the title were not there, and the first page's title and header
/// row stay.
#[test]
fn running_title_inside_a_wrapped_citation() {
    let bytes = sample("CM16-0300202.txt");
    let text = String::from_utf8(bytes.clone()).expect("utf-8 sample");
    let title = "Final Determination Letter for IMR Case Number CM16-0300202";
    let l = parse_bytes(&bytes, None);
    for item in &l.items {
        for p in item
            .reviewer_guidelines
            .iter()
            .chain(&item.claims_administrator_guidelines)
        {
            assert!(!p.contains("Final Determination"), "{p}");
        }
        assert!(!item.rationale.contains("Final Determination"));
        assert!(!item.reviewer_citation.contains("Final Determination"));
    }
    // The same letter with the title's lines gone but page 1's.
    let line = format!("{title} \n\n");
    let first = text.find(&line).expect("title line") + line.len();
    let without = format!("{}{}", &text[..first], text[first..].replace(&line, ""));
    let mut bare = parse_bytes(without.as_bytes(), None);
    bare.text = l.text.clone();
    assert_eq!(
        serde_json::to_value(&l).expect("json"),
        serde_json::to_value(&bare).expect("json")
    );
    assert!(l.text.starts_with(title), "page 1's title stays");
    assert!(l.text.contains("Case Number: CM16-0300202\n"));
    assert_eq!(l.case_number.as_deref(), Some("CM16-0300202"));
}

/// Whitespace runs of a text made single spaces: the text as a web page
/// copy or a converter without line ends gives it.
pub fn without_line_breaks(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What a reading without line breaks must keep: the layout, each item's
/// service, outcome and guideline paths, the five dates and the
/// specialties.
pub fn flat_key(l: &Letter) -> serde_json::Value {
    let items: Vec<serde_json::Value> = l
        .items
        .iter()
        .map(|i| {
            serde_json::json!([
                i.service,
                i.outcome,
                i.reviewer_guidelines,
                i.claims_administrator_guidelines
            ])
        })
        .collect();
    serde_json::json!({
        "layout": l.layout,
        "items": items,
        "dates": [l.injury_date, l.ur_date, l.assigned_date, l.decision_date, l.application_received_date],
        "specialties": l.specialties,
        "case_number": l.case_number,
    })
}

/// Every bundled sample (all layouts, the September 2013 notice form
/// included) and every pattern sample parses to the same items, dates and
/// specialties with all its line breaks turned into spaces.
#[test]
fn samples_read_the_same_without_line_breaks() {
    let mut dirs = Vec::new();
    for dir in ["corpus_samples", "crates/letter/tests/patterns"] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(crate::root().join(dir))
            .expect("sample folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        dirs.extend(files);
    }
    assert!(dirs.len() >= 20, "{} samples", dirs.len());
    let mut layouts = std::collections::BTreeSet::new();
    for path in &dirs {
        let bytes = std::fs::read(path).expect("sample");
        let text = imr_letter::decode::decode(&bytes).text.into_owned();
        let want = parse_bytes(&bytes, None);
        assert!(!want.items.is_empty(), "{path:?}");
        let flat = without_line_breaks(&text);
        assert!(!flat.contains('\n'));
        let got = parse_bytes(flat.as_bytes(), None);
        assert_eq!(flat_key(&got), flat_key(&want), "{path:?}");
        layouts.insert(want.layout.as_str());
    }
    assert_eq!(
        layouts.into_iter().collect::<Vec<_>>(),
        [
            "determination_2014",
            "letterhead_2013",
            "professional_review"
        ]
    );
}
