//! How many items of the real published letters in `../shared/real-letters/`
//! the service category rules (`imr_letter::normalize::service`) leave in
//! `/Other`.
//!
//! The rules and the drug vocabulary were written to generalise to letters
//! nobody has read; the development letters are the check that they still
//! recognise what is there. The letters are split into two halves (sorted by
//! file name, alternating), as when the vocabulary was written from one half
//! and measured on the other; the test prints both halves' figures and fails
//! when the `/Other` share of all items exceeds [`MAX_OTHER_SHARE`].

use imr_letter::normalize::service::OTHER;

use super::support::real_pdfs;

/// Most `/Other` items tolerated, as a share of all items.
const MAX_OTHER_SHARE: f64 = 0.03;

/// Fewest items the development letters hold (so a reader that loses items
/// cannot pass by having fewer to classify).
const MIN_ITEMS: usize = 70;

/// (items, items in `/Other`, their service texts) of some letters.
fn other_count(pdfs: &[&std::path::PathBuf]) -> (usize, usize, Vec<String>) {
    let mut items = 0;
    let mut other = Vec::new();
    for pdf in pdfs {
        let letter = super::support::parsed_pdf(pdf);
        for item in &letter.items {
            items += 1;
            if item.service_category == OTHER {
                other.push(format!(
                    "{}: {}",
                    letter.file.as_deref().unwrap_or_default(),
                    item.service
                ));
            }
        }
    }
    (items, other.len(), other)
}

#[test]
fn few_real_items_fall_into_other() {
    let Some(pdfs) = real_pdfs("few_real_items_fall_into_other") else {
        return;
    };
    let half_a: Vec<_> = pdfs.iter().step_by(2).collect();
    let half_b: Vec<_> = pdfs.iter().skip(1).step_by(2).collect();
    let (items_a, other_a, list_a) = other_count(&half_a);
    let (items_b, other_b, list_b) = other_count(&half_b);
    let share = |o: usize, n: usize| if n == 0 { 0.0 } else { o as f64 / n as f64 };
    eprintln!(
        "/Other: half A {other_a} of {items_a} items ({:.1}%), half B {other_b} of {items_b} ({:.1}%)",
        100.0 * share(other_a, items_a),
        100.0 * share(other_b, items_b)
    );
    let items = items_a + items_b;
    let other = other_a + other_b;
    assert!(
        items >= MIN_ITEMS,
        "only {items} items in the real letters (expected at least {MIN_ITEMS})"
    );
    assert!(
        share(other, items) <= MAX_OTHER_SHARE,
        "{other} of {items} real items are {OTHER} (at most {:.0}% allowed):\n{}",
        100.0 * MAX_OTHER_SHARE,
        list_a
            .iter()
            .chain(&list_b)
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join("\n")
    );
}
