//! Precision and recall of the decision-reason rules
//! (`imr_letter::normalize::reason`) on hand-labelled items of the real
//! published letters in `../shared/real-letters/`.
//!
//! [`LABELS`] holds, per item (case number, item index from 0), the reasons
//! its rationale gives as judged by reading the letter, before looking at
//! what the rules say. Facts only: no letter text. The test recomputes
//! micro-averaged precision and recall over all labelled reasons and fails
//! when either drops below the floors reached when the rules were written
//! ([`MIN_PRECISION`], [`MIN_RECALL`]), or when an item goes missing.

use std::collections::BTreeMap;
use std::path::Path;

use imr_letter::extract::DocKind;
use imr_letter::ingest::letter_from_bytes;
use imr_letter::normalize::reason::{
    ANCILLARY, CONSERVATIVE_CARE as CONS, CRITERIA_MET as MET, EXCEEDS_GUIDELINE as EXC,
    MISSING_DOCUMENTATION as MISS, NOT_RECOMMENDED as NOTREC, NOT_SURGICAL_CANDIDATE as SURG,
    NO_FUNCTIONAL_IMPROVEMENT as NFI, NO_RED_FLAGS as RED, REASONS,
};

use super::support::real_pdfs;

/// Floors: the micro-averaged figures the rules reached on [`LABELS`].
const MIN_PRECISION: f64 = 0.99;
const MIN_RECALL: f64 = 0.97;

/// Hand labels: (case number, item index, reasons).
const LABELS: &[(&str, usize, &[&str])] = &[
    ("CM16-0231745", 0, &[NFI, MISS]),
    ("CM16-0231745", 1, &[MISS]),
    ("CM16-0231745", 2, &[MISS]),
    ("CM16-0231745", 3, &[NOTREC, MISS]),
    ("CM16-0231745", 4, &[MISS]),
    ("CM16-0235724", 0, &[MET]),
    ("CM16-0239479", 0, &[RED]),
    ("CM16-0240518", 0, &[RED]),
    ("CM16-0241231", 0, &[NFI, EXC]),
    ("CM16-0243453", 0, &[RED, CONS]),
    ("CM16-0243453", 1, &[RED, CONS]),
    ("CM16-0243453", 2, &[NOTREC]),
    ("CM16-0243453", 3, &[EXC]),
    ("CM16-0245295", 0, &[NFI]),
    ("CM16-0245295", 1, &[RED]),
    ("CM16-0247255", 0, &[RED, SURG]),
    ("CM16-0247405", 0, &[EXC]),
    ("CM16-0248233", 0, &[EXC]),
    ("CM16-0248471", 0, &[NFI, MISS]),
    ("CM16-0248471", 1, &[NOTREC]),
    ("CM16-0248471", 2, &[MISS]),
    ("CM16-0248471", 3, &[MISS]),
    ("CM16-0248471", 4, &[MISS]),
    ("CM16-0248471", 5, &[MISS, SURG]),
    ("CM16-0248655", 0, &[RED]),
    ("CM16-0249726", 0, &[MET]),
    ("CM17-0002857", 0, &[NFI, EXC, MISS]),
    ("CM17-0005246", 0, &[RED, SURG]),
    ("CM17-0005344", 0, &[NFI]),
    ("CM17-0005344", 1, &[NFI]),
    ("CM17-0005344", 2, &[NOTREC]),
    ("CM17-0005344", 3, &[NFI]),
    ("CM17-0005412", 0, &[CONS]),
    ("CM17-0005418", 0, &[RED, CONS]),
    ("CM17-0005418", 1, &[RED, CONS]),
    ("CM17-0006912", 0, &[MISS]),
    ("CM17-0006912", 1, &[MISS]),
    ("CM17-0006912", 2, &[EXC, MISS]),
    ("CM17-0007151", 0, &[RED]),
    ("CM17-0007857", 0, &[EXC]),
    ("CM17-0008479", 0, &[RED]),
    ("CM17-0008479", 1, &[NFI, NOTREC]),
    ("CM17-0008479", 2, &[NFI]),
    ("CM17-0008479", 3, &[NFI]),
    ("CM17-0008479", 4, &[NFI, CONS, MISS]),
    ("CM17-0008479", 5, &[NOTREC, MISS]),
    ("CM17-0008479", 6, &[NOTREC]),
    ("CM17-0008479", 7, &[NOTREC]),
    ("CM17-0009574", 0, &[MET]),
    ("CM17-0009996", 0, &[MISS]),
    ("CM17-0010021", 0, &[MISS]),
    ("CM17-0010021", 1, &[MISS]),
    ("CM17-0010364", 0, &[RED, CONS]),
    ("CM17-0010885", 0, &[MET]),
    ("CM17-0010885", 1, &[MET]),
    ("CM17-0012614", 0, &[RED, SURG]),
    ("CM17-0012640", 0, &[RED]),
    ("CM17-0012640", 1, &[MET]),
    ("CM17-0013077", 0, &[RED, CONS, MISS, SURG]),
    ("CM17-0013077", 1, &[NOTREC]),
    ("CM17-0013077", 2, &[NFI, CONS]),
    ("CM17-0013625", 0, &[MISS]),
    ("CM17-0013625", 1, &[MISS]),
    ("CM17-0013625", 2, &[CONS, MISS]),
    ("CM17-0013625", 3, &[MISS]),
    ("CM17-0013625", 4, &[MISS]),
    ("CM17-0014438", 0, &[NFI, CONS]),
    ("CM17-0014438", 1, &[NFI, NOTREC, CONS]),
    ("CM17-0014438", 2, &[NFI, CONS]),
    ("CM17-0014438", 3, &[NFI, NOTREC, CONS]),
    ("CM17-0014438", 4, &[NFI, CONS]),
    ("CM17-0014438", 5, &[NFI, MISS]),
    ("CM17-0014438", 6, &[NFI, MISS]),
    ("CM17-0015198", 0, &[EXC]),
    ("CM17-0015198", 1, &[NFI]),
    ("CM17-0015849", 0, &[EXC]),
    ("CM17-0019011", 0, &[MET]),
    ("CM17-0019120", 0, &[EXC]),
    ("CM17-0019120", 1, &[MET]),
    ("CM17-0020237", 0, &[RED, SURG]),
    ("CM17-0021791", 0, &[RED, CONS, MISS]),
];

/// The reasons the parser gives each item of the real letters, by
/// (case number, item index).
fn predicted(pdfs: &[std::path::PathBuf]) -> BTreeMap<(String, usize), Vec<String>> {
    let mut out = BTreeMap::new();
    for pdf in pdfs {
        let name = pdf
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("letter.pdf");
        let bytes = std::fs::read(pdf).unwrap_or_else(|e| panic!("{name}: {e}"));
        let letter = letter_from_bytes(&bytes, DocKind::Pdf, Some(name))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let case = letter
            .case_number
            .clone()
            .unwrap_or_else(|| panic!("{name}: no case number"));
        for (i, item) in letter.items.iter().enumerate() {
            out.insert((case.clone(), i), item.reasons.clone());
        }
    }
    out
}

/// True positives, false positives and false negatives of one reason.
#[derive(Debug, Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        1.0
    } else {
        num as f64 / den as f64
    }
}

#[test]
fn reason_rules_keep_their_precision_and_recall() {
    let Some(pdfs) = real_pdfs("reason_rules_keep_their_precision_and_recall") else {
        return;
    };
    let _: &Path = pdfs[0].as_path();
    let got = predicted(&pdfs);
    assert_eq!(got.len(), LABELS.len(), "every real item is labelled once");

    let mut per: BTreeMap<&str, Counts> = REASONS.iter().map(|r| (*r, Counts::default())).collect();
    let mut misses = Vec::new();
    for (case, index, want) in LABELS {
        let have = got
            .get(&(case.to_string(), *index))
            .unwrap_or_else(|| panic!("{case} #{index}: no such item"));
        for r in REASONS {
            let w = want.contains(r);
            let h = have.iter().any(|x| x == r);
            let c = per.entry(r).or_default();
            match (w, h) {
                (true, true) => c.tp += 1,
                (false, true) => c.fp += 1,
                (true, false) => c.fn_ += 1,
                (false, false) => {}
            }
            if w != h {
                misses.push(format!(
                    "{case} #{index} {} {r}",
                    if h { "extra" } else { "missed" }
                ));
            }
        }
    }
    let total = per.values().fold(Counts::default(), |a, c| Counts {
        tp: a.tp + c.tp,
        fp: a.fp + c.fp,
        fn_: a.fn_ + c.fn_,
    });
    let precision = ratio(total.tp, total.tp + total.fp);
    let recall = ratio(total.tp, total.tp + total.fn_);
    for (r, c) in &per {
        eprintln!(
            "{r}: labelled {}, given {}, precision {:.2}, recall {:.2}",
            c.tp + c.fn_,
            c.tp + c.fp,
            ratio(c.tp, c.tp + c.fp),
            ratio(c.tp, c.tp + c.fn_)
        );
    }
    eprintln!("all: precision {precision:.3}, recall {recall:.3}");
    for m in &misses {
        eprintln!("  {m}");
    }
    assert!(
        precision >= MIN_PRECISION && recall >= MIN_RECALL,
        "reason rules fell to precision {precision:.3} (floor {MIN_PRECISION}), recall {recall:.3} (floor {MIN_RECALL}):\n{}",
        misses.join("\n")
    );
}

#[test]
fn labels_use_known_reasons_once_per_item() {
    let mut seen = std::collections::BTreeSet::new();
    for (case, index, want) in LABELS {
        assert!(
            seen.insert((*case, *index)),
            "{case} #{index} labelled twice"
        );
        for r in *want {
            assert!(REASONS.contains(r), "{case} #{index}: unknown reason {r}");
        }
    }
    // No real item is ancillary to a denied procedure; the constant is
    // imported so a label can use it without another import.
    assert!(!LABELS.iter().any(|(_, _, w)| w.contains(&ANCILLARY)));
}
