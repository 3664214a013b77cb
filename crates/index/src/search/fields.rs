//! Field names as users type them: the schema's names plus a few friendly
//! aliases, resolved in this one place for queries, filters, facets and stats.

use crate::schema::{field_spec, field_specs, FieldSpec, FieldType};

use super::{Result, SearchError};
use imr_letter::letter::{FinalDetermination, Gender, Outcome};

/// Alias -> schema field name. Users read `Letter`'s JSON (`specialties`,
/// `reviewer_guidelines`, ...) and everyday words (`date`), so those names work
/// too.
pub const ALIASES: &[(&str, &str)] = &[
    ("guidelines", "guideline"),
    ("reviewer_guideline", "guideline"),
    ("reviewer_guidelines", "guideline"),
    ("ca_guidelines", "ca_guideline"),
    ("claims_administrator_guideline", "ca_guideline"),
    ("claims_administrator_guidelines", "ca_guideline"),
    ("specialties", "specialty"),
    ("service_category", "category"),
    ("regions", "region"),
    ("reasons", "reason"),
    ("warnings", "warning"),
    ("final_determination", "final"),
    ("license_states", "state"),
    ("states", "state"),
    ("date", "ur_date"),
    ("case", "case_number"),
    ("text", "letter"),
    ("received", "received_date"),
    ("application_received_date", "received_date"),
];

/// Text fields searched when a query word names no field.
pub const DEFAULT_FIELDS: &[&str] = &["rationale", "service", "summary"];

/// The field snippets are cut from.
pub const SNIPPET_FIELD: &str = "rationale";

/// The two-word twin of a text field (`rationale` -> `rationale_pairs`),
/// when the schema has one.
pub fn pairs_twin(name: &str) -> Option<&'static FieldSpec> {
    field_spec(&format!("{name}_pairs"))
}

/// The spec of the searchable field `name` (schema name or alias), else an
/// [`SearchError::UnknownField`] listing the valid names.
pub fn resolve(name: &str) -> Result<&'static FieldSpec> {
    let lower = name.to_ascii_lowercase();
    let canonical = ALIASES
        .iter()
        .find(|(alias, _)| *alias == lower)
        .map_or(lower.as_str(), |(_, c)| c);
    match field_spec(canonical) {
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
    valid.extend(ALIASES.iter().map(|(a, c)| format!("{a} (= {c})")));
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
        for (alias, canonical) in ALIASES {
            assert_eq!(resolve(alias).unwrap().name, *canonical);
            assert!(field_spec(alias).is_none(), "alias {alias} shadows a field");
        }
        for name in DEFAULT_FIELDS.iter().chain([&SNIPPET_FIELD]) {
            assert_eq!(resolve(name).unwrap().field_type, FieldType::Text);
        }
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
/// segments), for the facets the index fills from a fixed set; `None` for
/// open facets (guidelines, specialties, ...). A filter on a closed facet
/// with another value is refused with the list, rather than answering "no
/// hits" to a typo (`--filter outcome=maybe`).
pub fn closed_values(name: &str) -> Option<Vec<&'static str>> {
    Some(match name {
        // The parser's own names (what the document builder writes), and
        // "unknown" where the builder writes it for a missing value.
        "outcome" => vec![
            Outcome::Upheld.as_str(),
            Outcome::Overturned.as_str(),
            "unknown",
        ],
        "final" => vec![
            FinalDetermination::Uphold.as_str(),
            FinalDetermination::Overturn.as_str(),
            FinalDetermination::Partial.as_str(),
            "unknown",
        ],
        "modified" | "ca_licensed" => vec!["yes", "no"],
        "ur_match" => vec!["same", "different", "none cited"],
        "gender" => vec![Gender::Female.as_str(), Gender::Male.as_str()],
        "warning" => imr_letter::warning::WarningKind::ALL
            .iter()
            .map(|k| k.name())
            .collect(),
        _ => return None,
    })
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
