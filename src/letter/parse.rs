//! Entry points: bytes or text -> [`Letter`].

use super::{Layout, Letter};

/// Parses one letter from raw file bytes. Never panics; what cannot be read
/// becomes a warning on the record.
pub fn parse_bytes(bytes: &[u8], file: Option<&str>) -> Letter {
    let text = String::from_utf8_lossy(bytes);
    parse_text(&text, file)
}

/// Parses one letter from already-decoded text.
pub fn parse_text(text: &str, file: Option<&str>) -> Letter {
    Letter {
        file: file.map(str::to_string),
        case_number: None,
        layout: Layout::Unknown,
        age: None,
        gender: None,
        injury_date: None,
        ur_date: None,
        assigned_date: None,
        decision_date: None,
        application_received_date: None,
        license_states: Vec::new(),
        specialties: Vec::new(),
        specialty_text: None,
        final_determination: None,
        summary: String::new(),
        diagnoses: Vec::new(),
        items: Vec::new(),
        warnings: vec!["stub parser".into()],
        text: text.to_string(),
    }
}
