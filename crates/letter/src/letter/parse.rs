//! Entry points: bytes or text -> [`Letter`], wiring the stages together.

use once_cell::sync::Lazy;
use regex::Regex;

use super::header;
use super::items::{self, RawItem};
use super::notice;
use super::{FinalDetermination, Item, Layout, Letter, Outcome, ReasonEvidence};
use crate::clean::{clean, join_paragraphs, squash};
use crate::decode::decode;
use crate::normalize::{memo, reason, region, specialty};
use crate::sections::{split, SectionKind};

/// Parses one letter from raw file bytes. Never panics; what cannot be read
/// becomes a warning on the record, and the text is always kept.
pub fn parse_bytes(bytes: &[u8], file: Option<&str>) -> Letter {
    let decoded = decode(bytes);
    let mut letter = parse_text(&decoded.text, file);
    if let Some(w) = decoded.warning {
        letter.warnings.insert(0, w);
    }
    letter
}

/// A summary's opening boilerplate, which says nothing about the case: the
/// 2014 "The expert reviewer developed the following clinical case summary
/// based on ..." and the 2013 notice's "Disclaimer: The following case
/// summary was taken directly from the utilization review ... dated ...".
static SUMMARY_BOILERPLATE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^(?:the\s+(?:expert|physician)\s+reviewer\s+\w+\s+the\s+following\s+(?:clinical\s+)?case\s+summary[^:]{0,120}:\s*|disclaimer\s*:\s*the\s+following\s+case\s+summary\s+was\s+taken\s+directly\s+from\s+the\s+utilization\s+review[^.]{0,120}\.\s*)")
        .expect("static regex")
});

/// "1. MRI of the lumbar spine - Upheld" / "MRI:  Overturned" in an issue list.
static NAME_OUTCOME: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^(.*\S)\s*(?:[:\-\u{2013}]\s*)(upheld|overturned)\.?$").expect("static regex")
});

/// Parses one letter from already-decoded text.
pub fn parse_text(text: &str, file: Option<&str>) -> Letter {
    let cleaned = clean(text);
    let sections = split(&cleaned);
    let layout = sections.layout;
    let mut warnings = Vec::new();

    let header_text = sections.get(SectionKind::Header).unwrap_or("");
    let summary_raw = sections.longest(SectionKind::Summary).unwrap_or("");
    let summary_joined = join_paragraphs(summary_raw);
    let summary = SUMMARY_BOILERPLATE
        .replace(&summary_joined, "")
        .into_owned();
    let facts_text: &str = if summary.is_empty() {
        &cleaned
    } else {
        &summary
    };

    let labelled = header::labelled_dates(if layout == Layout::Unknown {
        &cleaned
    } else {
        header_text
    });
    warnings.extend(labelled.warnings.iter().cloned());
    let (age, gender) = header::age_gender(facts_text);
    let notice_dates = if layout == Layout::Letterhead2013 {
        notice::dates(&cleaned)
    } else {
        notice::NoticeDates::default()
    };
    let injury_date = labelled
        .injury
        .or_else(|| header::injury_date(facts_text))
        .or_else(|| header::injury_date(&cleaned));
    let ur_date = labelled
        .ur_denial
        .or(notice_dates.ur_denial)
        .or_else(|| header::ur_date(facts_text))
        .or_else(|| header::ur_date(&cleaned));

    let credentials = sections
        .get(SectionKind::HowMade)
        .or_else(|| sections.get(SectionKind::Qualifications))
        .unwrap_or(&cleaned);
    let mut license_states = header::license_states(credentials);
    if license_states.is_empty() {
        license_states = header::license_states(&cleaned);
    }
    let specialty_text = header::specialty_field(&cleaned);
    let specialties = match &specialty_text {
        Some(field) => specialty::canonical_specialties(field),
        None => specialty::specialties_in_prose(&squash(credentials)),
    };

    let raw_items = match layout {
        Layout::Determination2014 => decisions(&sections)
            .map(items::items_2014)
            .unwrap_or_default(),
        Layout::Letterhead2013 => {
            let mut raw = decisions(&sections)
                .map(items::items_2013)
                .unwrap_or_default();
            let blocks: Vec<&str> = sections.all(SectionKind::ItemBlock).collect();
            let unmatched = notice::fill_from_blocks(&mut raw, &blocks);
            if unmatched > 0 {
                warnings.push(format!(
                    "{unmatched} \"Regarding the request for\" block(s) match no listed item"
                ));
            }
            raw
        }
        Layout::ProfessionalReview => professional_items(&sections, &mut warnings),
        Layout::Unknown => Vec::new(),
    };
    let items: Vec<Item> = raw_items
        .into_iter()
        .enumerate()
        .map(|(i, raw)| finish_item(i, raw, &mut warnings))
        .collect();

    match layout {
        Layout::Unknown => warnings.push(
            "unknown layout: no IMR section headings found; the whole text is kept searchable"
                .into(),
        ),
        _ if items.is_empty() => {
            warnings.push("no disputed items found in the decisions section".into())
        }
        _ => {}
    }
    for (i, item) in items.iter().enumerate() {
        if item.outcome.is_none() {
            warnings.push(format!("item {i} ({}): no outcome stated", item.service));
        }
        if item.rationale.is_empty() {
            warnings.push(format!(
                "item {i} ({}): no decision rationale found",
                item.service
            ));
        }
    }
    if layout != Layout::Unknown && summary.is_empty() {
        warnings.push("no clinical case summary found".into());
    }

    let derived =
        FinalDetermination::from_outcomes(items.iter().filter_map(|i| i.outcome.as_ref()));
    let stated = header::stated_final(&cleaned);
    if let (Some(s), Some(d)) = (stated, derived) {
        if s != d {
            warnings.push(format!(
                "letter states final determination {} but its items give {}",
                s.as_str(),
                d.as_str()
            ));
        }
    }

    let diagnoses = super::diagnoses::diagnoses(&summary);
    let items = items
        .into_iter()
        .map(|mut item| {
            item.regions = region::item_regions(&item.service, &diagnoses);
            let found = reason::reasons_with_evidence(&item.service, &item.rationale, item.outcome);
            item.reason_evidence = found
                .iter()
                .map(|(path, (a, b))| ReasonEvidence {
                    reason: (*path).to_string(),
                    sentence: item.rationale.get(*a..*b).unwrap_or_default().to_string(),
                })
                .collect();
            item.reasons = found.iter().map(|(p, _)| (*p).to_string()).collect();
            item
        })
        .collect();

    Letter {
        file: file.map(str::to_string),
        case_number: header::case_number(text, file),
        layout,
        age,
        gender,
        injury_date,
        ur_date,
        assigned_date: labelled.assigned.or(notice_dates.assigned),
        decision_date: labelled.decision,
        application_received_date: labelled.received.or(notice_dates.application),
        license_states,
        specialties,
        specialty_text,
        final_determination: stated.or(derived),
        diagnoses,
        summary,
        items,
        warnings,
        text: cleaned,
    }
}

/// The decisions section; when a heading repeats (a running header), the
/// bodies are taken together in order.
fn decisions<'a>(sections: &crate::sections::Sections<'a>) -> Option<&'a str> {
    sections.longest(SectionKind::Decisions)
}

fn professional_items(
    sections: &crate::sections::Sections<'_>,
    warnings: &mut Vec<String>,
) -> Vec<RawItem> {
    let Some(issue) = sections.get(SectionKind::IssueAtDispute) else {
        warnings.push("professional review without an ISSUE AT DISPUTE section".into());
        return Vec::new();
    };
    let mut names = Vec::new();
    let mut listed = Vec::new();
    for n in items::disputed_names(issue) {
        match NAME_OUTCOME.captures(&n) {
            Some(c) => {
                let outcome = c.get(2).map(|m| {
                    if m.as_str().eq_ignore_ascii_case("upheld") {
                        Outcome::Upheld
                    } else {
                        Outcome::Overturned
                    }
                });
                names.push(c.get(1).map_or(n.as_str(), |m| m.as_str()).to_string());
                listed.push(outcome);
            }
            None => {
                names.push(n);
                listed.push(None);
            }
        }
    }
    let guidelines = sections.get(SectionKind::Guidelines).unwrap_or("");
    let rationale = sections.get(SectionKind::Rationale).unwrap_or("");
    let g = items::passages_by_name(guidelines, &names);
    let r = items::passages_by_name(rationale, &names);
    names
        .into_iter()
        .enumerate()
        .map(|(i, service)| {
            let passage = r.get(i).copied().unwrap_or("");
            let outcome = listed[i].or_else(|| items::stated_outcome(passage));
            RawItem {
                service,
                outcome,
                requested: None,
                authorized: None,
                ca_citation: String::new(),
                reviewer_citation: squash(g.get(i).copied().unwrap_or("")),
                rationale: join_paragraphs(passage),
            }
        })
        .collect()
}

fn finish_item(index: usize, raw: RawItem, warnings: &mut Vec<String>) -> Item {
    let reviewer = memo::reading(&raw.reviewer_citation);
    let ca = memo::reading(&raw.ca_citation);
    for (whose, r) in [("reviewer", &reviewer), ("claims administrator", &ca)] {
        for path in &r.unplaced {
            warnings.push(format!(
                "item {index} ({}): {UNPLACED} {path} (from the {whose}'s guideline paragraph)",
                raw.service
            ));
        }
    }
    Item {
        service_category: memo::category(&raw.service),
        reviewer_guidelines: reviewer.paths,
        claims_administrator_guidelines: ca.paths,
        service: raw.service,
        outcome: raw.outcome,
        requested: raw.requested,
        authorized: raw.authorized,
        regions: Vec::new(),
        reasons: Vec::new(),
        reason_evidence: Vec::new(),
        reviewer_citation: raw.reviewer_citation,
        claims_administrator_citation: raw.ca_citation,
        rationale: raw.rationale,
    }
}

/// How a warning about a citation the vocabulary could not place starts
/// (after the item it belongs to).
const UNPLACED: &str = "citation style not recognised, filed as";

/// Guideline citations of a parsed letter: how many paths its items carry
/// (not counting `/None cited`) and how many of those could not be placed in
/// the taxonomy. Cheap right after parsing: the readings are memoised.
pub fn citation_tally(letter: &Letter) -> (u64, u64) {
    let read = letter
        .items
        .iter()
        .flat_map(|i| {
            i.reviewer_guidelines
                .iter()
                .chain(&i.claims_administrator_guidelines)
        })
        .filter(|p| p.as_str() != crate::normalize::citation::NONE_CITED)
        .count() as u64;
    (read, unplaced_citations(letter).len() as u64)
}

/// The guideline paths of a parsed letter that the citation vocabulary could
/// not place, with the index of the item they belong to.
pub fn unplaced_citations(letter: &Letter) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (i, item) in letter.items.iter().enumerate() {
        for paragraph in [&item.reviewer_citation, &item.claims_administrator_citation] {
            out.extend(
                memo::reading(paragraph)
                    .unplaced
                    .into_iter()
                    .map(|p| (i, p)),
            );
        }
    }
    out
}
