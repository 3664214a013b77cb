//! Precision and recall of the decision-reason rules
//! (`imr_letter::normalize::reason`) on hand-labelled items of the real
//! published letters in `../shared/real-letters/`.
//!
//! [`LABELS`] holds, per item (case number, item index from 0), the reasons
//! its rationale gives, as judged by reading the rationale without the
//! rules' output (a second, blind labelling, reconciled with the first one;
//! the disagreements are listed in `index_schema/REASONS.md`). Facts only:
//! no letter text.
//!
//! The letters are split in two halves, alternating by sorted case number
//! ([`half`]). The rules were written from half A's rationales only and
//! measured on half B; then half B was read and the rules changed, and
//! those changes were measured on half A. The test prints per-reason and
//! micro-averaged figures for each half and for both, and fails when the
//! micro figures on both halves drop below the floors reached
//! ([`MIN_PRECISION`], [`MIN_RECALL`]), or when an item goes missing.

use std::collections::BTreeMap;

use imr_letter::normalize::reason::{
    ANCILLARY, AWAITING_RESULTS as TRIAL, CONSERVATIVE_CARE as CONS, CRITERIA_MET as MET,
    EXCEEDS_GUIDELINE as EXC, HOME_PROGRAM as HOME, MISSING_DOCUMENTATION as MISS,
    NOT_RECOMMENDED as NOTREC, NOT_SURGICAL_CANDIDATE as SURG, NO_FUNCTIONAL_IMPROVEMENT as NFI,
    NO_RED_FLAGS as RED, PRECONDITION_ABSENT as PRECOND, REASONS, REPEAT_STUDY as REPEAT,
};

use super::support::real_pdfs;

/// Floors: the micro-averaged figures the rules reached on all of
/// [`LABELS`] (both halves).
const MIN_PRECISION: f64 = 0.97;
const MIN_RECALL: f64 = 0.94;

/// Hand labels: (case number, item index, reasons).
const LABELS: &[(&str, usize, &[&str])] = &[
    ("CM16-0231745", 0, &[NFI, MISS, TRIAL]),
    ("CM16-0231745", 1, &[TRIAL]),
    ("CM16-0231745", 2, &[TRIAL]),
    ("CM16-0231745", 3, &[NOTREC, TRIAL]),
    ("CM16-0231745", 4, &[MISS]),
    ("CM16-0235724", 0, &[MET]),
    ("CM16-0239479", 0, &[RED]),
    ("CM16-0240518", 0, &[RED]),
    ("CM16-0241231", 0, &[NFI, EXC, MISS, HOME]),
    ("CM16-0243453", 0, &[RED, CONS]),
    ("CM16-0243453", 1, &[RED, CONS]),
    ("CM16-0243453", 2, &[NOTREC]),
    ("CM16-0243453", 3, &[EXC, TRIAL]),
    ("CM16-0245295", 0, &[NFI]),
    ("CM16-0245295", 1, &[RED]),
    ("CM16-0247255", 0, &[RED, SURG]),
    ("CM16-0247405", 0, &[EXC]),
    ("CM16-0248233", 0, &[EXC]),
    ("CM16-0248471", 0, &[NFI, MISS, PRECOND]),
    ("CM16-0248471", 1, &[NOTREC]),
    ("CM16-0248471", 2, &[PRECOND]),
    ("CM16-0248471", 3, &[PRECOND]),
    ("CM16-0248471", 4, &[PRECOND]),
    ("CM16-0248471", 5, &[SURG]),
    ("CM16-0248655", 0, &[RED]),
    ("CM16-0249726", 0, &[MET]),
    ("CM17-0002857", 0, &[NFI, EXC, MISS, HOME]),
    ("CM17-0005246", 0, &[RED, SURG]),
    ("CM17-0005344", 0, &[NFI]),
    ("CM17-0005344", 1, &[NFI]),
    ("CM17-0005344", 2, &[NOTREC]),
    ("CM17-0005344", 3, &[NFI, PRECOND]),
    ("CM17-0005412", 0, &[CONS]),
    ("CM17-0005418", 0, &[RED, CONS]),
    ("CM17-0005418", 1, &[RED, CONS]),
    ("CM17-0006912", 0, &[MISS]),
    ("CM17-0006912", 1, &[MISS]),
    ("CM17-0006912", 2, &[NFI, EXC, MISS]),
    ("CM17-0007151", 0, &[RED]),
    ("CM17-0007857", 0, &[EXC]),
    ("CM17-0008479", 0, &[RED]),
    ("CM17-0008479", 1, &[NFI, NOTREC]),
    ("CM17-0008479", 2, &[NFI]),
    ("CM17-0008479", 3, &[NFI]),
    ("CM17-0008479", 4, &[NFI, CONS, MISS, PRECOND]),
    ("CM17-0008479", 5, &[NOTREC, MISS]),
    ("CM17-0008479", 6, &[NOTREC]),
    ("CM17-0008479", 7, &[NOTREC]),
    ("CM17-0009574", 0, &[MET]),
    ("CM17-0009996", 0, &[MISS, PRECOND]),
    ("CM17-0010021", 0, &[PRECOND]),
    ("CM17-0010021", 1, &[PRECOND]),
    ("CM17-0010364", 0, &[RED, CONS]),
    ("CM17-0010885", 0, &[MET]),
    ("CM17-0010885", 1, &[MET]),
    ("CM17-0012614", 0, &[RED, SURG]),
    ("CM17-0012640", 0, &[RED]),
    ("CM17-0012640", 1, &[MET]),
    ("CM17-0013077", 0, &[RED, CONS, SURG, REPEAT]),
    ("CM17-0013077", 1, &[NOTREC]),
    ("CM17-0013077", 2, &[NFI, CONS]),
    ("CM17-0013625", 0, &[MISS]),
    ("CM17-0013625", 1, &[PRECOND]),
    ("CM17-0013625", 2, &[CONS, PRECOND]),
    ("CM17-0013625", 3, &[PRECOND]),
    ("CM17-0013625", 4, &[PRECOND]),
    ("CM17-0014438", 0, &[NFI, NOTREC, CONS, MISS]),
    ("CM17-0014438", 1, &[NFI, NOTREC, CONS, PRECOND]),
    ("CM17-0014438", 2, &[NFI, CONS, PRECOND]),
    ("CM17-0014438", 3, &[NFI, NOTREC, CONS, PRECOND]),
    ("CM17-0014438", 4, &[NFI, CONS, PRECOND]),
    ("CM17-0014438", 5, &[NFI, PRECOND]),
    ("CM17-0014438", 6, &[NFI, PRECOND]),
    ("CM17-0015198", 0, &[EXC]),
    ("CM17-0015198", 1, &[NFI]),
    ("CM17-0015849", 0, &[EXC, HOME]),
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
        let letter = super::support::parsed_pdf(pdf);
        let case = letter
            .case_number
            .clone()
            .unwrap_or_else(|| panic!("{:?}: no case number", letter.file));
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

/// The half of the development set a case belongs to: `'A'` or `'B'`,
/// alternating over the labelled case numbers in sorted order.
fn half(case: &str) -> char {
    let mut cases: Vec<&str> = LABELS.iter().map(|(c, _, _)| *c).collect();
    cases.dedup();
    match cases.iter().position(|c| *c == case) {
        Some(k) if k % 2 == 1 => 'B',
        _ => 'A',
    }
}

/// Per-reason counts over the labelled items `keep` selects, and the
/// differences as lines.
fn score(
    got: &BTreeMap<(String, usize), Vec<String>>,
    keep: impl Fn(&str) -> bool,
) -> (BTreeMap<&'static str, Counts>, Vec<String>) {
    let mut per: BTreeMap<&str, Counts> = REASONS.iter().map(|r| (*r, Counts::default())).collect();
    let mut misses = Vec::new();
    for (case, index, want) in LABELS.iter().filter(|(c, _, _)| keep(c)) {
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
    (per, misses)
}

/// Prints the figures of one selection; its micro precision and recall.
fn report(name: &str, per: &BTreeMap<&str, Counts>) -> (f64, f64) {
    let total = per.values().fold(Counts::default(), |a, c| Counts {
        tp: a.tp + c.tp,
        fp: a.fp + c.fp,
        fn_: a.fn_ + c.fn_,
    });
    let precision = ratio(total.tp, total.tp + total.fp);
    let recall = ratio(total.tp, total.tp + total.fn_);
    eprintln!("{name}:");
    for (r, c) in per {
        if c.tp + c.fp + c.fn_ > 0 {
            eprintln!(
                "  {r}: labelled {}, given {}, precision {:.2}, recall {:.2}",
                c.tp + c.fn_,
                c.tp + c.fp,
                ratio(c.tp, c.tp + c.fp),
                ratio(c.tp, c.tp + c.fn_)
            );
        }
    }
    eprintln!(
        "  micro: labelled {}, given {}, precision {precision:.3}, recall {recall:.3}",
        total.tp + total.fn_,
        total.tp + total.fp
    );
    (precision, recall)
}

#[test]
fn reason_rules_keep_their_precision_and_recall() {
    let Some(pdfs) = real_pdfs("reason_rules_keep_their_precision_and_recall") else {
        return;
    };
    let got = predicted(&pdfs);
    assert_eq!(got.len(), LABELS.len(), "every real item is labelled once");
    for h in ['A', 'B'] {
        let (per, _) = score(&got, |c| half(c) == h);
        report(&format!("half {h}"), &per);
    }
    let (per, misses) = score(&got, |_| true);
    let (precision, recall) = report("both halves", &per);
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
fn halves_alternate_and_split_the_letters() {
    let a = LABELS.iter().filter(|(c, _, _)| half(c) == 'A').count();
    let b = LABELS.len() - a;
    assert_eq!((a, b), (39, 42), "items per half");
    assert_eq!(half("CM16-0231745"), 'A');
    assert_eq!(half("CM16-0235724"), 'B');
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
    // The labels are sorted by case number, so the halves alternate.
    assert!(LABELS
        .windows(2)
        .all(|w| (w[0].0, w[0].1) < (w[1].0, w[1].1)));
}
