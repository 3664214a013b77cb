//! The parser crate's integration tests, one binary: golden records of the
//! bundled samples, property tests on arbitrary bytes, PDF fixtures against
//! their text twins, the real published letters (when present), and the
//! decision-reason sentence sets written blind to the rules.

use std::path::PathBuf;

mod damaged_pdfs;
mod external_reasons;
mod fuzz;
mod golden;
mod parser_props;
mod patterns;
mod pdf_golden;
mod real_letters;
mod reason_sets;

/// The workspace root: `corpus_samples/` and `../shared/` are found from it.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}
