//! Reviewer specialty text -> canonical specialty names.

/// Canonical specialties in a `Certification(s)/Specialty:` field value,
/// primary first, without duplicates.
pub fn canonical_specialties(field: &str) -> Vec<String> {
    let _ = field;
    Vec::new()
}

/// Canonical specialties named in a prose sentence such as the 2013 letters'
/// "The physician reviewer is board certified in Internal Medicine ...".
pub fn specialties_in_prose(text: &str) -> Vec<String> {
    let _ = text;
    Vec::new()
}
