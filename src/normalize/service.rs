//! Disputed item text -> service category facet path.

/// The `/<category>[/<subcategory>]` facet path for one disputed item.
pub fn category(service: &str) -> String {
    let _ = service;
    "/Other".to_string()
}
