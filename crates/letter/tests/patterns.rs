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

/// Each paragraph of a clean text on one line (the form of a copy from a
/// web page that keeps paragraphs).
pub fn one_line_per_paragraph(clean: &str) -> String {
    clean
        .split("\n\n")
        .map(without_line_breaks)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
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
/// specialties with all its line breaks turned into spaces, and with each
/// paragraph on one line.
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
        // From the clean text, which no longer holds the running titles
        // that may be the only place naming the case: the case number is
        // not compared.
        let paragraphs = one_line_per_paragraph(&imr_letter::clean::clean(&text));
        let mut got = flat_key(&parse_bytes(paragraphs.as_bytes(), None));
        got["case_number"] = flat_key(&want)["case_number"].clone();
        assert_eq!(got, flat_key(&want), "{path:?}, one line per paragraph");
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

/// A long professional review (twelve items): names that share their first
/// words, rationales that repeat other items' names, and one guideline
/// paragraph that names its item in other words. Every item keeps its own
/// guideline and outcome.
#[test]
fn long_letter_keeps_guidelines_in_step() {
    let l = parse("CM16-0300303.txt");
    let want: [(&str, Outcome, &str); 12] = [
        (
            "lumbar spine",
            Outcome::Upheld,
            "/MTUS/Chronic Pain Medical Treatment Guidelines/Physical medicine",
        ),
        (
            "cervical spine",
            Outcome::Overturned,
            "/ODG/Neck and Upper Back/Physical therapy (PT)",
        ),
        (
            "thoracic spine",
            Outcome::Upheld,
            "/ODG/Low Back/Physical therapy",
        ),
        (
            "#60",
            Outcome::Upheld,
            "/MTUS/Chronic Pain Medical Treatment Guidelines/Opioids, criteria for use",
        ),
        (
            "#90",
            Outcome::Upheld,
            "/MTUS/Chronic Pain Medical Treatment Guidelines/Opioids, dosing",
        ),
        (
            "Urine",
            Outcome::Overturned,
            "/MTUS/Chronic Pain Medical Treatment Guidelines/Drug testing",
        ),
        (
            "L4-L5",
            Outcome::Overturned,
            "/MTUS/Chronic Pain Medical Treatment Guidelines/Epidural steroid injections (ESIs)",
        ),
        (
            "L5-S1",
            Outcome::Upheld,
            "/MTUS/Chronic Pain Medical Treatment Guidelines/Epidural steroid injections (ESIs)",
        ),
        (
            "exercise kit",
            Outcome::Upheld,
            "/ODG/Knee & Leg/Exercise equipment",
        ),
        (
            "stimulation",
            Outcome::Overturned,
            "/MTUS/Chronic Pain Medical Treatment Guidelines/TENS, chronic pain",
        ),
        (
            "Lidoderm",
            Outcome::Upheld,
            "/MTUS/Chronic Pain Medical Treatment Guidelines/Lidoderm (lidocaine patch)",
        ),
        (
            "pain management",
            Outcome::Overturned,
            "/ODG/Pain (Chronic)/Office visits",
        ),
    ];
    assert_eq!(l.items.len(), want.len());
    for (item, (part, outcome, path)) in l.items.iter().zip(want) {
        assert!(item.service.contains(part), "{} / {part}", item.service);
        assert_eq!(item.outcome, Some(outcome), "{}", item.service);
        assert_eq!(item.reviewer_guidelines, [path], "{}", item.service);
    }
    assert!(l.warnings.is_empty(), "{:?}", l.warnings);
}

/// No guideline paragraph is lost without a warning naming the item (the
/// warnings of `warning.rs`), in a professional review too: one the
/// guideline section does not hold at all, and one whose words give no
/// guideline.
#[test]
fn lost_guideline_paragraphs_are_warned_about() {
    let text = "MEDICAL PROFESSIONAL REVIEW\n\nISSUE AT DISPUTE:\n1. Norco 10/325mg #60\n2. Soma 350mg #30\n3. Urine drug screen\n\n\
CASE SUMMARY:\nThe worker has low back pain.\n\n\
MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:\n\
Norco 10/325mg #60: MTUS Chronic Pain Medical Treatment Guidelines, Opioids, pages 76-80.\n\
Urine drug screen: MTUS Chronic Pain Medical Treatment Guidelines, Drug testing, page 43.\n\n\
RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:\n\
Norco 10/325mg #60: No function shown. It is not medically necessary.\n\
Soma 350mg #30: Not for long-term use. It is not medically necessary.\n\
Urine drug screen: Opioids are prescribed. It is medically necessary.\n\n\
MEDICAL REVIEWER QUALIFICATIONS:\nThe reviewer is board certified in Family Medicine.\n";
    let l = imr_letter::parse_text(text, None);
    assert_eq!(l.items.len(), 3);
    assert_eq!(
        l.warnings,
        [imr_letter::warning::guideline_missing(
            1,
            "Soma 350mg #30",
            "reviewer"
        )]
    );
    let text = "IMR ISSUES, DECISIONS AND RATIONALES\nThe items are set forth below:\n\n\
Naproxen 550mg #60:  Upheld\n\nClaims Administrator guideline: Decision based on MTUS.\n\n\
MAXIMUS guideline: Retrospective request for naproxen\n\nDecision rationale: No benefit.\n";
    let l = imr_letter::parse_text(text, None);
    let want = imr_letter::warning::guideline_not_read(
        0,
        "Naproxen 550mg #60",
        "reviewer",
        "Retrospective request for naproxen",
    );
    assert!(l.warnings.contains(&want), "{:?}", l.warnings);
}
