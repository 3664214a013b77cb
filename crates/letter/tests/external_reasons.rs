//! The decision-reason rules on sentences kept outside the repository: an
//! out-of-sample check, run by hand. `IMR_REASON_SENTENCES=FILE cargo test
//! -p imr-letter --test letter external_reasons -- --nocapture` reads FILE
//! in one of the formats of `tests/reason_sets/` (labelled sentences, or
//! labelled items with outcome, service and whole rationale; see
//! [`crate::reason_sets::score`]) and prints per reason how many of its
//! sentences or items give it and how many labelled otherwise give it. Without the variable the test
//! does nothing: a set written blind to the rules stops being out of
//! sample once it is in the repository next to them, so a new set is
//! measured from outside first, once, and only then added to
//! `tests/reason_sets/`.

use crate::reason_sets::score;

#[test]
fn external_reasons() {
    let Some(path) = std::env::var_os("IMR_REASON_SENTENCES") else {
        return;
    };
    let text = std::fs::read_to_string(&path).expect("IMR_REASON_SENTENCES names a readable file");
    let figures = score(&text);
    for line in &figures.mistakes {
        eprintln!("{line}");
    }
    eprint!("{}", figures.report());
}
