//! Field names as users type them: the schema's names plus a few friendly
//! aliases, resolved in this one place for queries, filters, facets and stats.

use crate::schema::defs::by_user_name;
use crate::schema::{field_spec, field_specs, FieldSpec, FieldType, Search};

use super::{Result, SearchError};

/// Text fields searched when a query word names no field, in table order.
pub fn default_fields() -> impl Iterator<Item = &'static FieldSpec> {
    field_specs()
        .iter()
        .filter(|s| matches!(s.search, Search::Default | Search::Snippet))
}

/// The field snippets are cut from (the table marks one).
pub fn snippet_field() -> Option<&'static FieldSpec> {
    field_specs().iter().find(|s| s.search == Search::Snippet)
}

/// The two-word twin of a text field (`rationale` -> `rationale_pairs`),
/// when the schema has one.
pub fn pairs_twin(name: &str) -> Option<&'static FieldSpec> {
    field_spec(&format!("{name}_pairs"))
}

/// The spec of the searchable field `name` (schema name or alias), else an
/// [`SearchError::UnknownField`] listing the valid names.
pub fn resolve(name: &str) -> Result<&'static FieldSpec> {
    match by_user_name(name) {
        // Two-word fields are reached through their text field only.
        Some(spec) if spec.indexed && spec.field_type != FieldType::Terms => Ok(spec),
        _ => Err(unknown(name)),
    }
}

/// Like [`resolve`], but the field must be a facet (for `--facet`, `--by`).
pub fn resolve_facet(name: &str) -> Result<&'static FieldSpec> {
    let spec = resolve(name)?;
    if spec.field_type == FieldType::Facet {
        return Ok(spec);
    }
    Err(SearchError::BadValue(format!(
        "`{name}` is not a facet field; facet fields: {}",
        facet_names().join(", ")
    )))
}

/// Names of the facet fields.
pub fn facet_names() -> Vec<&'static str> {
    field_specs()
        .iter()
        .filter(|s| s.indexed && s.field_type == FieldType::Facet)
        .map(|s| s.name)
        .collect()
}

/// The error for an unknown field name.
pub fn unknown(name: &str) -> SearchError {
    let mut valid: Vec<String> = field_specs()
        .iter()
        .filter(|s| s.indexed && s.field_type != FieldType::Terms)
        .map(|s| s.name.to_string())
        .collect();
    for spec in field_specs() {
        valid.extend(
            spec.aliases
                .iter()
                .map(|a| format!("{a} (= {})", spec.name)),
        );
    }
    SearchError::UnknownField {
        name: name.to_string(),
        valid,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_point_at_real_searchable_fields() {
        for spec in field_specs() {
            for alias in spec.aliases {
                assert_eq!(resolve(alias).unwrap().name, spec.name);
                assert!(field_spec(alias).is_none(), "alias {alias} shadows a field");
                let owners = field_specs()
                    .iter()
                    .filter(|s| s.aliases.contains(alias))
                    .count();
                assert_eq!(owners, 1, "alias {alias} names {owners} fields");
            }
        }
        let defaults: Vec<&str> = default_fields().map(|s| s.name).collect();
        assert_eq!(defaults, ["rationale", "service", "summary"]);
        for spec in default_fields() {
            assert_eq!(spec.field_type, FieldType::Text);
        }
        assert_eq!(snippet_field().map(|s| s.name), Some("rationale"));
    }

    #[test]
    fn unknown_and_unindexed_fields_list_valid_names() {
        let msg = resolve("colour").unwrap_err().to_string();
        assert!(msg.contains("`colour`") && msg.contains("rationale") && msg.contains("guideline"));
        assert!(resolve("letter_json").is_err());
        assert_eq!(resolve("SERVICE").unwrap().name, "service");
        assert!(resolve_facet("service").is_err());
        assert_eq!(resolve_facet("specialties").unwrap().name, "specialty");
    }
}

/// The values a facet with a closed vocabulary can hold (its paths' first
/// segments), as the field table gives them; `None` for open facets
/// (guidelines, specialties, ...). A filter on a closed facet with another
/// value is refused with the list, rather than answering "no hits" to a typo
/// (`--filter outcome=maybe`).
pub fn closed_values(name: &str) -> Option<Vec<&'static str>> {
    field_spec(name)
        .and_then(|s| s.closed)
        .map(|values| values())
}

/// Refuses a filter path on a closed facet that names no value of it.
pub fn check_closed(name: &str, path: &str) -> Result<()> {
    let Some(valid) = closed_values(name) else {
        return Ok(());
    };
    let first = path
        .split('/')
        .map(str::trim)
        .find(|s| !s.is_empty())
        .unwrap_or_default();
    if first.is_empty() || valid.iter().any(|v| v.eq_ignore_ascii_case(first)) {
        return Ok(());
    }
    Err(SearchError::BadValue(format!(
        "--filter {name}: no such value `{first}`; valid values: {}",
        valid
            .iter()
            .map(|v| format!("/{v}"))
            .collect::<Vec<_>>()
            .join(", ")
    )))
}

#[cfg(test)]
mod closed_tests {
    use super::*;

    #[test]
    fn closed_facets_refuse_other_values_by_name() {
        assert!(check_closed("outcome", "/Upheld").is_ok());
        assert!(check_closed("warning", "/text only").is_ok());
        assert!(check_closed("guideline", "/Anything").is_ok());
        let err = check_closed("outcome", "maybe").unwrap_err().to_string();
        assert_eq!(
            err,
            "--filter outcome: no such value `maybe`; valid values: /upheld, /overturned, /unknown"
        );
        assert!(check_closed("ur_match", "/none cited").is_ok());
    }
}
