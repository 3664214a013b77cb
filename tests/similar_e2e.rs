//! End-to-end tests of `imr similar` on a small hand-made index: three
//! letters about knee MRIs, one about an opioid for knee pain, one with no
//! recognised items. Which items come back, in which order, and the exit
//! codes and messages of bad input.

use imr_search::letter::{Item, Outcome};
use imr_search::parse_text;

use crate::common::json::SearchJson;
use crate::search_e2e::{write_index, Fixture};

/// (file, case number, items as (service, category, outcome, rationale)).
type LetterRow = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str, Outcome, &'static str)],
);

const LETTERS: &[LetterRow] = &[
    (
        "k1.txt",
        "CM15-0000011",
        &[
            (
                "MRI of the left knee",
                "/Diagnostic Imaging",
                Outcome::Upheld,
                "A knee MRI is indicated for a suspected meniscus tear when locking persists \
                 after conservative care. The knee examination shows no locking, so the MRI \
                 is not supported.",
            ),
            (
                "Ibuprofen 800mg #60",
                "/Pharmaceuticals/NSAIDs",
                Outcome::Upheld,
                "Ibuprofen is recommended for short periods; for chronic knee pain long use \
                 is not supported.",
            ),
        ],
    ),
    (
        "k2.txt",
        "CM15-0000012",
        &[(
            "MRI of the right knee",
            "/Diagnostic Imaging",
            Outcome::Overturned,
            "Locking and a positive McMurray test point to a meniscus tear; a knee MRI is \
             indicated after failed conservative care.",
        )],
    ),
    (
        "k3.txt",
        "CM15-0000013",
        &[(
            "Knee MRI without contrast",
            "/Diagnostic Imaging",
            Outcome::Upheld,
            "An MRI of the knee for a meniscus tear needs mechanical symptoms such as \
             locking, which the examination does not show.",
        )],
    ),
    (
        "o4.txt",
        "CM15-0000014",
        &[(
            "Oxycodone 10mg #60",
            "/Pharmaceuticals/Opioids",
            Outcome::Upheld,
            "Oxycodone for chronic knee pain needs documented functional improvement; \
             none is documented.",
        )],
    ),
    ("e5.txt", "CM15-0000015", &[]),
];

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let letters = LETTERS
        .iter()
        .map(|&(file, case, items)| {
            let mut letter = parse_text("", Some(file));
            letter.warnings.clear();
            letter.case_number = Some(case.to_string());
            for &(service, category, outcome, rationale) in items {
                letter.items.push(Item {
                    service: service.to_string(),
                    service_category: category.to_string(),
                    outcome: Some(outcome),
                    requested: None,
                    authorized: None,
                    regions: vec!["/Knee".to_string()],
                    reasons: Vec::new(),
                    reason_evidence: Vec::new(),
                    reviewer_guidelines: Vec::new(),
                    claims_administrator_guidelines: Vec::new(),
                    reviewer_citation: String::new(),
                    claims_administrator_citation: String::new(),
                    rationale: rationale.to_string(),
                });
            }
            (file.to_string(), letter)
        })
        .collect();
    write_index(dir.path(), letters);
    Fixture { dir }
}

/// `imr similar --format json ARGS`: the document and, per hit,
/// (case number, item index, outcome).
fn similar(fx: &Fixture, args: &[&str]) -> (SearchJson, Vec<(String, u64, String)>) {
    let mut all = vec!["similar", "--format", "json"];
    all.extend_from_slice(args);
    let (code, out, err) = fx.imr(&all);
    assert!(code == 0 || code == 1, "exit {code}: {err}");
    let doc: SearchJson = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    assert_eq!(code == 0, doc.total > 0, "exit code vs total");
    let hits = doc
        .hits
        .iter()
        .map(|h| {
            (
                h.case_number.clone().unwrap_or_default(),
                h.item_index,
                h.outcome.clone().unwrap_or_default(),
            )
        })
        .collect();
    (doc, hits)
}

fn hit(case: &str, item: u64, outcome: &str) -> (String, u64, String) {
    (case.to_string(), item, outcome.to_string())
}

#[test]
fn the_other_knee_mris_come_first_and_never_the_item_or_its_letter() {
    let fx = fixture();
    let (doc, hits) = similar(&fx, &["CM15-0000011"]);
    assert_eq!(
        hits,
        [
            hit("CM15-0000012", 0, "overturned"),
            hit("CM15-0000013", 0, "upheld"),
            hit("CM15-0000014", 0, "upheld"),
        ]
    );
    assert_eq!(doc.total, 3);
    assert!(doc.facets.is_empty());
    // The hit's snippet marks the item's most telling words (frequent in
    // the item, rare in the index) where it shares them.
    let h = &doc.hits[0];
    let marked: Vec<&str> = h
        .highlights
        .iter()
        .map(|&(a, b)| &h.snippet[a..b])
        .collect();
    assert_eq!(marked, ["Locking", "MRI", "after", "conservative", "care"]);

    // `#0` is the default; `--same-letter` lets the letter's other item in,
    // never the item itself.
    let (_, same) = similar(&fx, &["CM15-0000011#0", "--same-letter"]);
    assert_eq!(same.len(), 4);
    assert!(same.contains(&hit("CM15-0000011", 1, "upheld")));
    assert!(!same.contains(&hit("CM15-0000011", 0, "upheld")));
    // By a file path too, as `show` takes it.
    let (_, by_file) = similar(&fx, &["k1.txt"]);
    assert_eq!(by_file, hits);
}

#[test]
fn outcome_category_and_search_filters_narrow_the_hits() {
    let fx = fixture();
    let (_, over) = similar(&fx, &["CM15-0000013", "--outcome", "overturned"]);
    assert_eq!(over, [hit("CM15-0000012", 0, "overturned")]);
    // The opioid shares "knee" but not the service category.
    let (_, cat) = similar(&fx, &["CM15-0000011", "--same-category"]);
    assert_eq!(
        cat,
        [
            hit("CM15-0000012", 0, "overturned"),
            hit("CM15-0000013", 0, "upheld")
        ]
    );
    let (_, filtered) = similar(&fx, &["CM15-0000011", "--filter", "outcome=/upheld"]);
    assert_eq!(
        filtered,
        [
            hit("CM15-0000013", 0, "upheld"),
            hit("CM15-0000014", 0, "upheld")
        ]
    );
    let (doc, limited) = similar(&fx, &["CM15-0000011", "--limit", "1"]);
    assert_eq!((doc.total, limited.len()), (3, 1));
    // Item 1 (an NSAID for knee pain) is most like the opioid for knee pain.
    let (_, nsaid) = similar(&fx, &["CM15-0000011#1"]);
    assert_eq!(nsaid[0], hit("CM15-0000014", 0, "upheld"));
}

#[test]
fn table_csv_and_md_print_the_hits() {
    let fx = fixture();
    let (code, out, _) = fx.imr(&["similar", "CM15-0000013", "--outcome", "upheld"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("3 matching items; showing 1-3"), "{out}");
    assert!(out.contains("1.    CM15-0000011 #0  upheld"), "{out}");
    let (code, out, _) = fx.imr(&["similar", "CM15-0000013", "--format", "csv"]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 1 + 4, "{out}");
    assert!(out
        .lines()
        .nth(1)
        .unwrap()
        .starts_with("k1.txt,CM15-0000011,0,MRI of the left knee,"));
    let (code, out, _) = fx.imr(&["similar", "CM15-0000012", "--format", "md", "--limit", "1"]);
    assert_eq!(code, 0);
    // The citation quotes the hit's sentence holding the first of the
    // item's telling words.
    assert_eq!(
        out,
        "CM15-0000011 (decision date not stated): MRI of the left knee, upheld. Reviewer: \
         specialty not stated. Guidelines relied on: none named.\n\n> A knee MRI is indicated \
         for a suspected meniscus tear when locking persists after conservative care.\n"
    );
}

#[test]
fn bad_items_exit_2_saying_what_to_fix() {
    let fx = fixture();
    let (code, out, err) = fx.imr(&["similar", "CM99-0000000"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert_eq!(
        err.trim(),
        "error: no letter with case number or file `CM99-0000000` in the index"
    );
    let (code, _, err) = fx.imr(&["similar", "CM15-0000011#2"]);
    assert_eq!(code, 2);
    assert_eq!(
        err.trim(),
        "error: letter `CM15-0000011` has 2 item(s), numbered 0 to 1; there is no item 2 \
         (give CASE#N with N as `imr show` prints it)"
    );
    let (code, _, err) = fx.imr(&["similar", "CM15-0000015"]);
    assert_eq!(code, 2);
    assert_eq!(
        err.trim(),
        "error: letter `CM15-0000015` has no recognised items, so there is nothing to \
         compare; pick a letter `imr show` lists items for"
    );
    let (code, _, err) = fx.imr(&["similar", "CM15-0000011#first"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("the part after `#` must be an item number"),
        "{err}"
    );
}
