//! The index crate's integration tests, one binary: building an index
//! through the library API (text and PDF corpora, partial commits, progress,
//! rebuilding letters from stored documents).

use std::path::PathBuf;

mod index_build;
mod pdf_index;

/// The workspace root, where `corpus_samples/` and the PDF fixtures live.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}
