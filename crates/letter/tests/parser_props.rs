//! Property tests: whatever bytes land in a corpus folder, the parser returns
//! a record (never panics) and keeps the text. Time is the long fuzz run's
//! to judge (`cargo run -p imr-bench --release --bin fuzz`), which compares
//! each damaged letter's time per byte with its undamaged letter's: a
//! wall-clock bound here would fail on a busy machine and pass a slow
//! parser on a fast one.

use imr_letter::parse_bytes;
use proptest::prelude::*;

/// Fragments of real letter structure, so generated inputs reach the deep
/// paths (headings, labels, items, dates, page breaks) and not just the
/// unknown-layout fallback.
const FRAGMENTS: &[&str] = &[
    "HOW THE IMR FINAL DETERMINATION WAS MADE",
    "CLINICAL CASE SUMMARY",
    "IMR ISSUES, DECISIONS AND RATIONALES",
    "IMR DECISION(S) AND RATIONALE(S)",
    "MAXIMUS FEDERAL SERVICES, INC.",
    "MEDICAL PROFESSIONAL REVIEW",
    "ISSUE AT DISPUTE:",
    "CASE SUMMARY:",
    "MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL\nREVIEWER AND WHY:",
    "RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:",
    "Norco 10/325mg #90:  Upheld",
    "MRI:  Overturned",
    "1. Physical therapy is not medically necessary and appropriate.",
    "2. Naproxen is medically necessary and appropriate.",
    "Claims Administrator guideline:",
    "MAXIMUS guideline:",
    "Decision rationale:",
    "The Expert Reviewer based his/her decision on",
    "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Pain (Chronic)",
    "MTUS Chronic Pain Medical Treatment Guidelines Page(s): 78-80",
    "State(s) of Licensure: California",
    "Certification(s)/Specialty: Orthopaedic Sur",
    "a 50 year old female",
    "diagnoses are:1. a2. b3. c",
    "on9/30/14",
    "Page 2 of 4",
    "CM14-0123456",
    "\u{c}",
    "\r\n",
    "\n\n",
    " \n\n",
    ":",
    "1.",
    "\u{92}",
];

fn letterish() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(
        prop_oneof![
            (0..FRAGMENTS.len()).prop_map(|i| FRAGMENTS[i].as_bytes().to_vec()),
            prop::collection::vec(any::<u8>(), 0..12),
            "[a-zA-Z0-9 /:.()#%,-]{0,30}".prop_map(String::into_bytes),
        ],
        0..120,
    )
    .prop_map(|parts| parts.concat())
}

fn check(bytes: &[u8]) -> Result<(), TestCaseError> {
    let letter = parse_bytes(bytes, Some("x.txt"));
    // Nothing is lost: cleaning drops only whitespace, control bytes and
    // running page headers/footers, so without page furniture every letter
    // of the input survives, and with it nothing is ever added.
    let kept: usize = letter.text.chars().filter(|c| c.is_alphabetic()).count();
    let decoded = imr_letter::decode::decode(bytes);
    let had: usize = decoded.text.chars().filter(|c| c.is_alphabetic()).count();
    let furniture = decoded.text.contains('\u{c}')
        || decoded.text.to_ascii_lowercase().contains("page")
        || decoded.text.contains("CM");
    if furniture {
        prop_assert!(kept <= had, "text invented: kept {kept} of {had}");
    } else {
        prop_assert_eq!(kept, had, "letters lost in cleaning");
    }
    for item in &letter.items {
        prop_assert!(item.service_category.starts_with('/'));
        for p in item
            .reviewer_guidelines
            .iter()
            .chain(&item.claims_administrator_guidelines)
        {
            prop_assert!(p.starts_with('/') && !p.contains("//"), "bad path {p:?}");
        }
    }
    // The record always serialises.
    prop_assert!(serde_json::to_string(&letter).is_ok());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        check(&bytes)?;
    }

    #[test]
    fn letter_like_bytes_never_panic(bytes in letterish()) {
        check(&bytes)?;
    }
}

#[test]
fn large_input_keeps_its_text() {
    // 2 MB of repeated structure (its time per byte is the fuzz run's).
    let mut s = String::new();
    while s.len() < 2_000_000 {
        s.push_str("Item X:  Upheld\nDecision rationale: diagnoses are:1. a2. b\nPage 2 of 4\n");
    }
    let letter = parse_bytes(s.as_bytes(), None);
    assert!(letter.text.len() > 1_000_000);
}
