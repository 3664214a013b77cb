//! Golden records: every letter in `corpus_samples/` parses to the record
//! stored in `crates/letter/tests/golden/<name>.json`. Regenerate on purpose
//! with `UPDATE_GOLDEN=1 cargo test -p imr-letter --test letter golden::` and
//! review the diff.
//! Also checks the real seed letter in `../shared/seeds/` when present.

use std::path::PathBuf;

use imr_letter::letter::{FinalDetermination, Gender, Layout, Outcome};
use imr_letter::parse_bytes;

fn samples() -> Vec<PathBuf> {
    let dir = crate::root().join("corpus_samples");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("corpus_samples/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
}

#[test]
fn samples_match_golden_records() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let golden_dir = crate::root().join("crates/letter/tests/golden");
    let files = samples();
    assert!(
        files.len() >= 15,
        "expected at least 15 sample letters, found {}",
        files.len()
    );
    let mut mismatches = Vec::new();
    for path in &files {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("utf-8 name");
        let bytes = std::fs::read(path).expect("readable sample");
        let letter = parse_bytes(&bytes, Some(&format!("corpus_samples/{name}")));
        let mut json = serde_json::to_string_pretty(&letter).expect("serialises");
        json.push('\n');
        let golden = golden_dir.join(name.replace(".txt", ".json"));
        if update {
            std::fs::write(&golden, &json).expect("write golden");
            continue;
        }
        match std::fs::read_to_string(&golden) {
            Ok(expected) if expected == json => {}
            Ok(expected) => mismatches.push(format!("{name}:\n{}", first_diff(&expected, &json))),
            Err(_) => mismatches.push(format!("{name}: no golden file {}", golden.display())),
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} of {} records differ from tests/golden (UPDATE_GOLDEN=1 to regenerate, then review):\n{}",
        mismatches.len(),
        files.len(),
        mismatches.join("\n")
    );
}

fn first_diff(expected: &str, actual: &str) -> String {
    for (i, (e, a)) in expected.lines().zip(actual.lines()).enumerate() {
        if e != a {
            return format!("  line {}:\n  - {e}\n  + {a}", i + 1);
        }
    }
    format!(
        "  lengths differ: {} vs {} lines",
        expected.lines().count(),
        actual.lines().count()
    )
}

/// Golden records must stay loadable as records (the index reads them back).
#[test]
fn golden_records_deserialise() {
    let golden_dir = crate::root().join("crates/letter/tests/golden");
    let mut n = 0;
    for entry in std::fs::read_dir(golden_dir)
        .expect("tests/golden exists")
        .flatten()
    {
        let text = std::fs::read_to_string(entry.path()).expect("readable");
        let _: imr_letter::Letter = serde_json::from_str(&text).expect("golden record parses back");
        n += 1;
    }
    assert!(n >= 15, "only {n} golden records");
}

#[test]
fn seed_letter_parses_to_known_record() {
    let seed = crate::root().join("../shared/seeds/000_8bd84cf395c9c173.txt");
    let Ok(bytes) = std::fs::read(&seed) else {
        crate::real_letters::support::skip(
            "seed_letter_parses_to_known_record",
            &format!("seed letter not found at {}", seed.display()),
        );
        return;
    };
    let l = parse_bytes(&bytes, Some("000_8bd84cf395c9c173.txt"));
    assert_eq!(l.case_number, None);
    assert_eq!(l.layout, Layout::Determination2014);
    assert_eq!(l.age, Some(50));
    assert_eq!(l.gender, Some(Gender::Female));
    assert_eq!(
        l.injury_date.map(|d| d.to_string()).as_deref(),
        Some("2014-02-20")
    );
    assert_eq!(
        l.ur_date.map(|d| d.to_string()).as_deref(),
        Some("2014-11-26")
    );
    assert_eq!(l.specialties, vec!["Physical Medicine & Rehabilitation"]);
    assert_eq!(l.license_states, vec!["California"]);
    assert_eq!(l.final_determination, Some(FinalDetermination::Uphold));
    assert_eq!(l.items.len(), 1);
    let item = &l.items[0];
    assert_eq!(
        item.service,
        "Diagnostic ultrasound (cervical spine, left shoulder)"
    );
    assert_eq!(item.outcome, Some(Outcome::Upheld));
    assert!(
        item.reviewer_guidelines
            .iter()
            .any(|g| g.starts_with("/ODG/Neck and Upper Back")),
        "{:?}",
        item.reviewer_guidelines
    );
    assert!(
        item.claims_administrator_guidelines
            .iter()
            .any(|g| g.starts_with("/ODG/Shoulder")),
        "{:?}",
        item.claims_administrator_guidelines
    );
    assert!(item.rationale.starts_with("This patient presents with"));
    assert!(item
        .rationale
        .ends_with("The request is not medically necessary."));
    assert_eq!(l.diagnoses.len(), 7, "{:?}", l.diagnoses);
    assert!(l.warnings.is_empty(), "{:?}", l.warnings);
}
