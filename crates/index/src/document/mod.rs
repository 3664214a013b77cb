//! [`Letter`] -> tantivy documents, and back.
//!
//! One document per decided item, carrying its letter's facets and dates; a
//! letter without a recognised item is one document with outcome `/unknown`.
//! The documents of a letter are added together, so they are contiguous in
//! their segment (first the item 0 document). Letter-level text (summary,
//! diagnoses, the rest of the letter) and the JSON record go on that first
//! document only, so each text is tokenised once; queries on them reach the
//! other items through `search::join`.
//! [`letter_from_docs`] rebuilds the parsed record from the stored fields, so
//! `imr show` works after the corpus folder is gone.
//!
//! Which record fields feed which index field is the field table's `from`
//! column (`schema::defs`); a test checks it against the record and against
//! what this builder fills.

mod letter_text;
mod read;

pub use read::{item_from_doc, letter_from_docs, ItemJson, Stored};

use tantivy::schema::{Facet, Field};
use tantivy::{DateTime, TantivyDocument};

use self::letter_text::remaining_pieces;
use crate::schema::values::{FacetValue, UrMatch, YesNo};
use crate::schema::Fields;
use imr_letter::date::IsoDate;
use imr_letter::letter::{Item, Letter, Outcome};
use imr_letter::warning::WarningKind;

/// The identity of a letter: its case number, else `file:` and the path.
/// Two files with the same key are the same letter (duplicates).
pub fn letter_key(letter: &Letter, file: &str) -> String {
    match &letter.case_number {
        Some(cn) if !cn.trim().is_empty() => cn.trim().to_string(),
        _ => format!("file:{file}"),
    }
}

/// A facet from a parser path such as `/ODG/Low Back/Discography`; `None`
/// when the path has no segment. Never panics (unlike `Facet::from`).
pub fn facet_from_path(path: &str) -> Option<Facet> {
    let segments: Vec<&str> = path
        .split('/')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    (!segments.is_empty()).then(|| Facet::from_path(segments))
}

/// The parser-style path of a facet (`/a/b`), the inverse of
/// [`facet_from_path`].
pub fn facet_to_path(facet: &Facet) -> String {
    facet.to_path().iter().fold(String::new(), |mut acc, s| {
        acc.push('/');
        acc.push_str(s);
        acc
    })
}

/// A date as the index stores it: midnight UTC of that day.
pub fn date_value(date: IsoDate) -> DateTime {
    DateTime::from_timestamp_secs(date.days_since_epoch() * 86_400)
}

/// The calendar day of a stored date (tantivy's own `time` does the
/// calendar arithmetic).
pub fn date_from_value(value: DateTime) -> Option<IsoDate> {
    let d = value.into_utc().date();
    IsoDate::new(d.year(), u32::from(u8::from(d.month())), u32::from(d.day()))
}

/// The `ca_licensed` facet of a letter: `/yes` when California is among the
/// reviewer's licence states, `/no` when other states are named and it is
/// not, `None` when the letter names no state (unknown is not "no").
pub fn ca_licensed(license_states: &[String]) -> Option<YesNo> {
    if license_states.is_empty() {
        return None;
    }
    // The parser writes full names (`/California`); accept the code too.
    let ca = license_states.iter().any(|s| {
        let s = s.trim_matches('/').trim();
        s.eq_ignore_ascii_case("California") || s.eq_ignore_ascii_case("CA")
    });
    Some(YesNo::from(ca))
}

/// The distinct kinds of a letter's warnings, in [`WarningKind::ALL`] order.
pub fn warning_kinds(warnings: &[String]) -> std::collections::BTreeSet<WarningKind> {
    warnings.iter().map(|w| WarningKind::of(w)).collect()
}

fn add_facet(doc: &mut TantivyDocument, field: Field, path: &str) {
    if let Some(facet) = facet_from_path(path) {
        doc.add_facet(field, facet);
    }
}

/// The JSON stored in `letter_json`: the record without items (they live
/// on their own documents) and without the text (indexed, not stored, in
/// `letter`: nothing prints it).
fn letter_json(letter: &Letter) -> String {
    // Serialising a copy without the items writes the record directly; a
    // JSON tree of the whole letter, items dropped after, cost twice as much.
    serde_json::to_string(&letter.without_items()).unwrap_or_else(|_| "null".to_string())
}

fn item_json(item: &Item) -> String {
    serde_json::to_string(&ItemJson {
        reviewer_citation: item.reviewer_citation.clone(),
        claims_administrator_citation: item.claims_administrator_citation.clone(),
        requested: item.requested.clone(),
        authorized: item.authorized.clone(),
        reason_evidence: item.reason_evidence.clone(),
    })
    .unwrap_or_else(|_| "null".to_string())
}

/// The tantivy documents of one letter: one per item, or one with outcome
/// `/unknown` when it has none. `file` is the path relative to the corpus
/// root, the key deletes go by.
pub fn letter_documents(letter: &Letter, file: &str, f: &Fields) -> Vec<TantivyDocument> {
    let mut base = TantivyDocument::default();
    base.add_text(f.file, file);
    if let Some(cn) = letter
        .case_number
        .as_deref()
        .filter(|c| !c.trim().is_empty())
    {
        base.add_text(f.case_number, cn.trim());
    }
    base.add_text(f.letter_key, letter_key(letter, file));
    base.add_u64(f.item_count, letter.items.len() as u64);
    base.add_text(f.layout, letter.layout.as_str());
    add_facet(&mut base, f.final_, &letter.final_determination.path());
    for s in &letter.specialties {
        add_facet(&mut base, f.specialty, s);
    }
    for s in &letter.license_states {
        add_facet(&mut base, f.state, s);
    }
    if let Some(ca) = ca_licensed(&letter.license_states) {
        add_facet(&mut base, f.ca_licensed, &ca.path());
    }
    if let Some(g) = letter.gender {
        add_facet(&mut base, f.gender, &g.path());
    }
    if let Some(y) = letter.ur_date.or(letter.decision_date).map(|d| d.year) {
        add_facet(&mut base, f.year, &y.to_string());
    }
    for (field, date) in [
        (f.ur_date, letter.ur_date),
        (f.injury_date, letter.injury_date),
        (f.decision_date, letter.decision_date),
        (f.assigned_date, letter.assigned_date),
        (f.received_date, letter.application_received_date),
    ] {
        if let Some(d) = date {
            base.add_date(field, date_value(d));
        }
    }
    if let Some(age) = letter.age {
        base.add_u64(f.age, u64::from(age));
    }
    base.add_u64(f.warning_count, letter.warnings.len() as u64);
    for kind in warning_kinds(&letter.warnings) {
        add_facet(&mut base, f.warning, kind.name());
    }

    let mut docs = Vec::with_capacity(letter.items.len().max(1));
    if letter.items.is_empty() {
        let mut doc = base;
        doc.add_u64(f.item_index, 0);
        add_facet(&mut doc, f.outcome, &None::<Outcome>.path());
        docs.push(doc);
    } else {
        for (i, item) in letter.items.iter().enumerate() {
            let mut doc = base.clone();
            doc.add_u64(f.item_index, i as u64);
            doc.add_text(f.service, &item.service);
            add_facet(&mut doc, f.category, &item.service_category);
            for r in &item.regions {
                add_facet(&mut doc, f.region, r);
            }
            for r in &item.reasons {
                add_facet(&mut doc, f.reason, r);
            }
            add_facet(
                &mut doc,
                f.modified,
                &YesNo::from(item.requested.is_some()).path(),
            );
            add_facet(&mut doc, f.outcome, &item.outcome.path());
            for g in &item.reviewer_guidelines {
                add_facet(&mut doc, f.guideline, g);
            }
            for g in &item.claims_administrator_guidelines {
                add_facet(&mut doc, f.ca_guideline, g);
            }
            let ur_match = UrMatch::of(
                &item.reviewer_guidelines,
                &item.claims_administrator_guidelines,
            );
            add_facet(&mut doc, f.ur_match, &ur_match.path());
            doc.add_text(f.rationale, &item.rationale);
            doc.add_text(f.rationale_pairs, &item.rationale);
            doc.add_text(f.item_json, item_json(item));
            docs.push(doc);
        }
    }
    if let Some(first) = docs.first_mut() {
        add_letter_text(first, letter, f);
        first.add_text(f.letter_json, letter_json(letter));
    }
    docs
}

/// The letter-level text, once per letter on its first document: the
/// summary, the diagnoses and the rest of the letter (the text without the
/// summary and the rationales, which their own fields carry). Each piece is a
/// value of its own, so no phrase runs from one piece into the next.
fn add_letter_text(first: &mut TantivyDocument, letter: &Letter, f: &Fields) {
    if !letter.summary.is_empty() {
        first.add_text(f.summary, &letter.summary);
        first.add_text(f.summary_pairs, &letter.summary);
    }
    for d in &letter.diagnoses {
        first.add_text(f.diagnoses, d);
    }
    let mut parts = Vec::with_capacity(letter.items.len() + 1);
    parts.push(letter.summary.as_str());
    parts.extend(letter.items.iter().map(|i| i.rationale.as_str()));
    for piece in remaining_pieces(&letter.text, &parts) {
        first.add_text(f.letter, piece);
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::schema::{field_specs, schema, Per};
    use imr_letter::letter::{FinalDetermination, Gender, Layout};

    fn date(y: i32, m: u32, d: u32) -> Option<IsoDate> {
        IsoDate::new(y, m, d)
    }

    fn item(n: usize, outcome: Outcome) -> Item {
        Item {
            service: format!("Ultrasound therapy {n} sessions"),
            service_category: "/Physical Medicine/Ultrasound".into(),
            outcome: Some(outcome),
            requested: None,
            authorized: None,
            regions: vec!["/Lumbar Spine".into(), "/Hip".into()],
            reasons: vec![
                "/No functional improvement".into(),
                "/Missing documentation".into(),
            ],
            reason_evidence: vec![
                imr_letter::letter::ReasonEvidence {
                    reason: "/No functional improvement".into(),
                    sentence: format!("No functional gain after visit {n}."),
                },
                imr_letter::letter::ReasonEvidence {
                    reason: "/Missing documentation".into(),
                    sentence: "The quantity was not specified.".into(),
                },
            ],
            reviewer_guidelines: vec![
                "/ODG/Low Back/Ultrasound, therapeutic".into(),
                "/MTUS/Chronic Pain".into(),
            ],
            claims_administrator_guidelines: vec!["/ACOEM/Chapter 12".into()],
            reviewer_citation: format!("reviewer cited page {n}"),
            claims_administrator_citation: format!("administrator cited page {n}"),
            rationale: format!("Rationale number {n}: the request is not supported."),
        }
    }

    /// A letter with every optional field filled and every list non-empty.
    pub(crate) fn full_letter() -> Letter {
        Letter {
            file: Some("a/b.txt".into()),
            case_number: Some("CM14-0123456".into()),
            layout: Layout::Determination2014,
            age: Some(47),
            gender: Some(Gender::Female),
            injury_date: date(2010, 5, 3),
            ur_date: date(2014, 2, 20),
            assigned_date: date(2014, 3, 1),
            decision_date: date(2014, 4, 2),
            application_received_date: date(2014, 2, 27),
            license_states: vec!["/CA".into(), "/NV".into()],
            specialties: vec!["/Orthopedic Surgery".into()],
            specialty_text: Some("Orthopedic Surgery".into()),
            final_determination: Some(FinalDetermination::Partial),
            summary: "The patient is a 47 year old female.".into(),
            diagnoses: vec!["lumbar strain".into()],
            items: vec![item(1, Outcome::Upheld), item(2, Outcome::Overturned)],
            warnings: vec!["guessed the decision date".into()],
            text: "Whole letter\ntext here.".into(),
        }
    }

    fn fields() -> Fields {
        Fields::new(&schema()).unwrap()
    }

    fn facets(doc: &TantivyDocument, field: Field) -> Vec<String> {
        Stored::new(doc, &fields()).facets(field)
    }

    fn first_str(doc: &TantivyDocument, field: Field) -> Option<String> {
        Stored::new(doc, &fields()).text(field)
    }

    #[test]
    fn record_and_schema_do_not_drift() {
        let letter = full_letter();
        // Every record field (and item field) is in the table, and vice versa.
        let json = serde_json::to_value(&letter).unwrap();
        let mut record: BTreeSet<String> = json.as_object().unwrap().keys().cloned().collect();
        record.insert("text".into()); // skipped by serde, indexed as `letter`
        for key in serde_json::to_value(&letter.items[0])
            .unwrap()
            .as_object()
            .unwrap()
            .keys()
        {
            record.insert(format!("items.{key}"));
        }
        let table: BTreeSet<String> = field_specs()
            .iter()
            .flat_map(|s| s.from.iter().map(|r| r.to_string()))
            .collect();
        assert_eq!(record, table, "record fields vs the field table's `from`");

        // The builder really fills every field from a full letter.
        let f = fields();
        let s = schema();
        let docs = letter_documents(&letter, "a/b.txt", &f);
        assert_eq!(docs.len(), 2);
        for spec in field_specs() {
            let field = s.get_field(spec.name).unwrap();
            let counts: Vec<usize> = docs.iter().map(|d| d.get_all(field).count()).collect();
            match spec.per {
                Per::First => assert_eq!(counts, vec![1, 0], "{}", spec.name),
                _ => assert!(
                    counts.iter().all(|&c| c >= 1),
                    "{} not filled: {counts:?}",
                    spec.name
                ),
            }
            if !spec.multi {
                assert!(
                    counts.iter().all(|&c| c <= 1),
                    "{} is not multi: {counts:?}",
                    spec.name
                );
            }
        }
    }

    #[test]
    fn letter_round_trips_through_stored_fields() {
        let letter = full_letter();
        let f = fields();
        let docs = letter_documents(&letter, "a/b.txt", &f);
        let back = letter_from_docs(&docs, &f).unwrap();
        assert_eq!(
            back,
            Letter {
                text: String::new(),
                ..letter
            }
        );
    }

    #[test]
    fn letter_without_items_is_one_unknown_document() {
        let mut letter = full_letter();
        letter.items.clear();
        letter.final_determination = None;
        letter.case_number = None;
        let f = fields();
        let docs = letter_documents(&letter, "x/y.txt", &f);
        assert_eq!(docs.len(), 1);
        assert_eq!(facets(&docs[0], f.outcome), vec!["/unknown"]);
        assert_eq!(facets(&docs[0], f.final_), vec!["/unknown"]);
        assert_eq!(
            first_str(&docs[0], f.letter_key).as_deref(),
            Some("file:x/y.txt")
        );
        assert_eq!(
            first_str(&docs[0], f.letter).as_deref(),
            Some("Whole letter\ntext here.")
        );
        assert_eq!(
            letter_from_docs(&docs, &f).unwrap(),
            Letter {
                text: String::new(),
                ..letter
            }
        );
    }

    #[test]
    fn facet_paths_never_panic() {
        assert!(facet_from_path("").is_none());
        assert!(facet_from_path("///").is_none());
        let f = facet_from_path("/ODG/Neck and Upper Back/Ultrasound, diagnostic").unwrap();
        assert_eq!(
            facet_to_path(&f),
            "/ODG/Neck and Upper Back/Ultrasound, diagnostic"
        );
    }

    fn paths(ps: &[&str]) -> Vec<String> {
        ps.iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn ca_licensed_says_yes_no_or_nothing() {
        assert_eq!(ca_licensed(&paths(&["/California"])), Some(YesNo::Yes));
        assert_eq!(
            ca_licensed(&paths(&["/Nevada", "/California"])),
            Some(YesNo::Yes)
        );
        assert_eq!(ca_licensed(&paths(&["/CA"])), Some(YesNo::Yes));
        assert_eq!(
            ca_licensed(&paths(&["/Nevada", "/Arizona"])),
            Some(YesNo::No)
        );
        assert_eq!(ca_licensed(&[]), None);
    }

    #[test]
    fn ur_match_compares_guideline_families() {
        let odg = paths(&["/ODG/Low Back/Discography"]);
        let mtus = paths(&["/MTUS/Chronic Pain"]);
        let none = paths(&["/None cited"]);
        assert_eq!(UrMatch::of(&odg, &paths(&["/ODG/Knee"])), UrMatch::Same);
        assert_eq!(
            UrMatch::of(&paths(&["/MTUS/Chronic Pain", "/ODG/Pain"]), &odg),
            UrMatch::Same
        );
        assert_eq!(UrMatch::of(&odg, &mtus), UrMatch::Different);
        assert_eq!(
            UrMatch::of(
                &paths(&["/ACOEM/Chapter 12"]),
                &paths(&["/Other/Up To Date"])
            ),
            UrMatch::Different
        );
        assert_eq!(UrMatch::of(&odg, &none), UrMatch::NoneCited);
        assert_eq!(UrMatch::of(&none, &odg), UrMatch::NoneCited);
        assert_eq!(UrMatch::of(&[], &odg), UrMatch::NoneCited);
        assert_eq!(UrMatch::of(&odg, &[]), UrMatch::NoneCited);
        // `/None cited` beside a real citation does not count as a family.
        assert_eq!(
            UrMatch::of(&paths(&["/None cited", "/MTUS/Chronic Pain"]), &mtus),
            UrMatch::Same
        );
    }

    #[test]
    fn new_facets_are_on_the_documents() {
        let f = fields();
        let mut letter = full_letter();
        let docs = letter_documents(&letter, "a/b.txt", &f);
        assert_eq!(facets(&docs[0], f.ca_licensed), vec!["/yes"]);
        assert_eq!(facets(&docs[1], f.ur_match), vec!["/different"]);
        letter.license_states.clear();
        letter.items[0].claims_administrator_guidelines = paths(&["/MTUS/Chronic Pain"]);
        let docs = letter_documents(&letter, "a/b.txt", &f);
        assert!(facets(&docs[0], f.ca_licensed).is_empty());
        assert_eq!(facets(&docs[0], f.ur_match), vec!["/same"]);
    }

    #[test]
    fn dates_round_trip() {
        for d in [date(2014, 2, 20), date(1969, 12, 31), date(2000, 2, 29)] {
            let d = d.unwrap();
            assert_eq!(date_from_value(date_value(d)), Some(d));
        }
    }
}
