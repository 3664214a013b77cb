//! Tests over the real published letters of `../shared/real-letters` (the
//! development set, kept outside the repository), and over bundled samples
//! that carry a PDF-to-text tool's artefacts. Tests that need the real
//! letters or `pdftotext` say they skipped when those are missing, and fail
//! instead when `IMR_REQUIRE_REAL_LETTERS=1` (as `.ci/run` sets it).

mod categories;
mod goldens;
mod reasons;
pub mod support;
mod twins;
