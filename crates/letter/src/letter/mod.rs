//! The parsed record of one IMR letter: [`Letter`] and its disputed [`Item`]s.
//!
//! This module owns the serde shape that `imr parse` prints and that the
//! index layer turns into documents. It knows nothing of tantivy or of the
//! terminal. The parsing itself lives in the submodules, one per layout
//! concern: `header` (letter-level fields), `diagnoses` (the summary's
//! diagnoses) and `items` (per-item decisions).

use serde::{Deserialize, Serialize};

use crate::date::IsoDate;

pub(crate) mod diagnoses;
pub(crate) mod header;
pub(crate) mod items;
pub(crate) mod notice;
mod parse;

pub use parse::{citation_tally, parse_bytes, parse_text, unplaced_citations};

pub use crate::sections::Layout;
// The closed values live at the bottom of the crate, so that the
// vocabularies under `normalize` can name them without reaching up here;
// their old paths stay.
pub use crate::values::{FinalDetermination, Gender, Outcome};

/// One decision reason of an item and the sentence of its rationale that
/// gave it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReasonEvidence {
    /// The reason's facet path, one of the item's `reasons`.
    pub reason: String,
    /// The rationale's sentence, as written there (trimmed).
    pub sentence: String,
}

/// One disputed item and the reviewer's decision on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// The item as written in the letter, whitespace-normalised.
    pub service: String,
    /// Facet path from `normalize::service`, e.g. `/Pharmaceuticals/Opioids`.
    pub service_category: String,
    /// Upheld or overturned; `None` only when the letter does not say.
    pub outcome: Option<Outcome>,
    /// For a modified request (UR authorized part of it): the original
    /// request as written. `None` when the request came to IMR whole.
    #[serde(default)]
    pub requested: Option<String>,
    /// For a modified request: the part the claims administrator authorized.
    #[serde(default)]
    pub authorized: Option<String>,
    /// Body regions the item concerns, as facet paths (see
    /// `index_schema/REGIONS.md`), e.g. `/Lumbar Spine`.
    #[serde(default)]
    pub regions: Vec<String>,
    /// Reasons the rationale gives for the outcome, as facet paths (see
    /// `index_schema/REASONS.md`), e.g. `/No functional improvement`.
    #[serde(default)]
    pub reasons: Vec<String>,
    /// For each of `reasons`, in the same order: the rationale's sentence
    /// that gave it, so a facet value can be checked against the letter.
    #[serde(default)]
    pub reason_evidence: Vec<ReasonEvidence>,
    /// Guideline facet paths the expert reviewer relied on, in citation order.
    pub reviewer_guidelines: Vec<String>,
    /// Guideline facet paths the claims administrator's UR decision cited.
    pub claims_administrator_guidelines: Vec<String>,
    /// The reviewer's guideline paragraph as written (pages stay here).
    pub reviewer_citation: String,
    /// The claims administrator's guideline paragraph as written.
    pub claims_administrator_citation: String,
    /// The decision rationale, full text with line breaks joined.
    pub rationale: String,
}

/// One parsed letter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Letter {
    /// The file the letter came from, as given by the caller.
    pub file: Option<String>,
    /// `CMyy-nnnnnnn`, from the text, else the file name, else none.
    pub case_number: Option<String>,
    /// The recognised layout.
    pub layout: Layout,
    /// The injured worker's age in years.
    pub age: Option<u32>,
    /// The injured worker's gender.
    pub gender: Option<Gender>,
    /// Date of injury.
    pub injury_date: Option<IsoDate>,
    /// Date of the UR determination being challenged.
    pub ur_date: Option<IsoDate>,
    /// Date the case was assigned to the reviewer (header table / letterhead).
    pub assigned_date: Option<IsoDate>,
    /// Date of the IMR decision (header table / letterhead).
    pub decision_date: Option<IsoDate>,
    /// Date the IMR application was received.
    pub application_received_date: Option<IsoDate>,
    /// States where the reviewer is licensed.
    pub license_states: Vec<String>,
    /// Canonical reviewer specialties, primary first.
    pub specialties: Vec<String>,
    /// The specialty text as written.
    pub specialty_text: Option<String>,
    /// Overall result: stated in the letter, or derived from the items.
    pub final_determination: Option<FinalDetermination>,
    /// The clinical case summary.
    pub summary: String,
    /// Diagnoses the summary states, one value per diagnosis.
    pub diagnoses: Vec<String>,
    /// The disputed items in letter order.
    pub items: Vec<Item>,
    /// What the parser could not read, or had to guess.
    pub warnings: Vec<String>,
    /// The whole cleaned text (not printed by `imr parse`, kept for the index).
    #[serde(skip_serializing, default)]
    pub text: String,
}

impl Letter {
    /// A letter the parser failed on, kept as text: its words stay
    /// searchable, its case number is read if it can be (a plain pattern
    /// search, nothing of the parser that failed), and a
    /// [`crate::warning::WarningKind::TextOnly`] warning names the failure.
    pub fn text_only(text: &str, file: Option<&str>, failure: &str) -> Letter {
        let case_number = crate::guard::contain(|| header::case_number(text, file))
            .ok()
            .flatten();
        Letter {
            file: file.map(str::to_string),
            case_number,
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
            warnings: vec![crate::warning::text_only(failure)],
            text: text.to_string(),
        }
    }

    /// The letter without its items and text: the letter-level record, as
    /// the index stores it once per letter (items have documents of their
    /// own). Every field is named here, so a new field is a compile error
    /// until it is decided whether the record carries it.
    pub fn without_items(&self) -> Letter {
        let Letter {
            file,
            case_number,
            layout,
            age,
            gender,
            injury_date,
            ur_date,
            assigned_date,
            decision_date,
            application_received_date,
            license_states,
            specialties,
            specialty_text,
            final_determination,
            summary,
            diagnoses,
            items: _,
            warnings,
            text: _,
        } = self;
        Letter {
            file: file.clone(),
            case_number: case_number.clone(),
            layout: *layout,
            age: *age,
            gender: *gender,
            injury_date: *injury_date,
            ur_date: *ur_date,
            assigned_date: *assigned_date,
            decision_date: *decision_date,
            application_received_date: *application_received_date,
            license_states: license_states.clone(),
            specialties: specialties.clone(),
            specialty_text: specialty_text.clone(),
            final_determination: *final_determination,
            summary: summary.clone(),
            diagnoses: diagnoses.clone(),
            items: Vec::new(),
            warnings: warnings.clone(),
            text: String::new(),
        }
    }
}
