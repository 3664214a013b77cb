//! Test support: the bundled sample letters, for the tests that check a
//! fast scan against the regex or rule it replaced on real-shaped text.

/// Every file of `corpus_samples/`, by name, with its bytes, in name order.
pub(crate) fn files() -> Vec<(String, Vec<u8>)> {
    files_in(
        std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus_samples")),
        None,
    )
}

/// The files of `dir` (those ending `.ext` when given), by name, with their
/// bytes, in name order; none when the folder is missing.
pub(crate) fn files_in(dir: &std::path::Path, ext: Option<&str>) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| ext.is_none_or(|x| e.path().extension().is_some_and(|got| got == x)))
        .filter_map(|e| {
            Some((
                e.path().display().to_string(),
                std::fs::read(e.path()).ok()?,
            ))
        })
        .collect();
    out.sort();
    out
}

/// The sample letters that are UTF-8, by name, as text.
pub(crate) fn texts() -> Vec<(String, String)> {
    files()
        .into_iter()
        .filter_map(|(name, bytes)| Some((name, String::from_utf8(bytes).ok()?)))
        .collect()
}
