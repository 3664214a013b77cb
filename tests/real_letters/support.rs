//! Shared helpers for the real-letter tests (lead's stub until merge).
use std::path::{Path, PathBuf};

/// The real letters' PDFs in path order, or `None` (and a note on stderr)
/// when `../shared/real-letters` is not there.
pub fn real_letter_pdfs() -> Option<Vec<PathBuf>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/real-letters");
    let Ok(rd) = std::fs::read_dir(&dir) else {
        assert!(
            std::env::var_os("IMR_REQUIRE_REAL_LETTERS").is_none(),
            "IMR_REQUIRE_REAL_LETTERS is set but {} is missing",
            dir.display()
        );
        eprintln!("skipped: no real letters at {}", dir.display());
        return None;
    };
    let mut v: Vec<PathBuf> = rd
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    v.sort();
    Some(v)
}
