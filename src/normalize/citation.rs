//! Guideline citations -> hierarchical facet paths.

/// Facet paths for every guideline source named in one guideline paragraph
/// (the text after "Claims Administrator guideline:" or "MAXIMUS guideline:",
/// whitespace-normalised), in citation order, without duplicates.
pub fn guideline_paths(paragraph: &str) -> Vec<String> {
    let _ = paragraph;
    Vec::new()
}
