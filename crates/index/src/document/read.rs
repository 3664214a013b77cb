//! Stored documents read back: the one reader of stored fields, used by
//! hits (`search::run`), `show`, `similar` and exports alike, so a facet or
//! a date is decoded one way everywhere.

use serde::{Deserialize, Serialize};
use tantivy::schema::{Facet, Field, Value};
use tantivy::TantivyDocument;

use super::{date_from_value, facet_to_path};
use crate::schema::values::FacetValue;
use crate::schema::Fields;
use imr_letter::date::IsoDate;
use imr_letter::letter::{Item, Letter, Outcome, ReasonEvidence};

/// What an item document stores in `item_json`: the parts of the item no
/// field of its own holds. Absent parts are left out (most items are not
/// modified requests and have no evidence).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemJson {
    /// The reviewer's guideline citation paragraph.
    #[serde(default)]
    pub reviewer_citation: String,
    /// The claims administrator's guideline citation paragraph.
    #[serde(default)]
    pub claims_administrator_citation: String,
    /// A modified request's original request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requested: Option<String>,
    /// A modified request's authorized part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorized: Option<String>,
    /// Each decision reason with the rationale's sentence that gave it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reason_evidence: Vec<ReasonEvidence>,
}

/// A stored document with the schema's field handles.
#[derive(Clone, Copy)]
pub struct Stored<'a> {
    doc: &'a TantivyDocument,
    /// The field handles.
    pub f: &'a Fields,
}

impl<'a> Stored<'a> {
    /// Reads `doc` with the handles `f`.
    pub fn new(doc: &'a TantivyDocument, f: &'a Fields) -> Self {
        Stored { doc, f }
    }

    /// The first text value of `field`.
    pub fn text(&self, field: Field) -> Option<String> {
        self.doc
            .get_first(field)
            .and_then(|v| v.as_str())
            .map(str::to_string)
    }

    /// The first number of `field`.
    pub fn u64(&self, field: Field) -> Option<u64> {
        self.doc.get_first(field).and_then(|v| v.as_u64())
    }

    /// Every facet of `field`, as parser-style paths (`/a/b`).
    pub fn facets(&self, field: Field) -> Vec<String> {
        self.doc
            .get_all(field)
            .filter_map(|v| v.as_facet())
            .filter_map(|encoded| Facet::from_encoded(encoded.as_bytes().to_vec()).ok())
            .map(|facet| facet_to_path(&facet))
            .collect()
    }

    /// The first facet of `field`.
    pub fn facet(&self, field: Field) -> Option<String> {
        self.facets(field).into_iter().next()
    }

    /// The date of `field`.
    pub fn date(&self, field: Field) -> Option<IsoDate> {
        self.doc
            .get_first(field)?
            .as_datetime()
            .and_then(date_from_value)
    }

    /// The item's outcome (`/unknown` is `None`).
    pub fn outcome(&self) -> Option<Outcome> {
        self.facet(self.f.outcome)
            .and_then(|p| Option::<Outcome>::from_path(&p))
            .flatten()
    }

    /// The item's `item_json` (empty when absent or unreadable).
    pub fn item_json(&self) -> ItemJson {
        self.text(self.f.item_json)
            .and_then(|s| serde_json::from_str(&s).ok())
            .unwrap_or_default()
    }

    /// The item this document holds, if it holds one (`None` for the single
    /// document of a letter without recognised items).
    pub fn item(&self) -> Option<Item> {
        let f = self.f;
        if self.u64(f.item_count).unwrap_or(0) == 0 {
            return None;
        }
        let json = self.item_json();
        Some(Item {
            service: self.text(f.service).unwrap_or_default(),
            service_category: self.facet(f.category).unwrap_or_default(),
            outcome: self.outcome(),
            requested: json.requested,
            authorized: json.authorized,
            regions: self.facets(f.region),
            reasons: self.facets(f.reason),
            reason_evidence: json.reason_evidence,
            reviewer_guidelines: self.facets(f.guideline),
            claims_administrator_guidelines: self.facets(f.ca_guideline),
            reviewer_citation: json.reviewer_citation,
            claims_administrator_citation: json.claims_administrator_citation,
            rationale: self.text(f.rationale).unwrap_or_default(),
        })
    }
}

/// The item a stored document holds, if it holds one.
pub fn item_from_doc(doc: &TantivyDocument, f: &Fields) -> Option<Item> {
    Stored::new(doc, f).item()
}

/// Rebuilds a parsed letter from all its stored documents (any order). `None`
/// when the first document (item_index 0) is missing or unreadable.
pub fn letter_from_docs(docs: &[TantivyDocument], f: &Fields) -> Option<Letter> {
    let mut sorted: Vec<Stored> = docs.iter().map(|d| Stored::new(d, f)).collect();
    sorted.sort_by_key(|d| d.u64(f.item_index).unwrap_or(u64::MAX));
    let first = sorted.first()?;
    // The text is not stored (only its pieces are indexed): `text` stays empty.
    let mut letter: Letter = serde_json::from_str(&first.text(f.letter_json)?).ok()?;
    letter.items = sorted.iter().filter_map(Stored::item).collect();
    Some(letter)
}
