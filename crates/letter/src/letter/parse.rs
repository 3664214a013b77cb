//! Entry points: bytes or text -> [`Letter`], wiring the stages together.

use once_cell::sync::Lazy;
use regex::Regex;

use super::header;
use super::items::{self, RawItem};
use super::notice;
use super::{FinalDetermination, Item, Layout, Letter, Outcome, ReasonEvidence};
use crate::clean::{clean, join_paragraphs, squash};
use crate::date::IsoDate;
use crate::decode::decode;
use crate::normalize::{memo, reason, region, specialty};
use crate::sections::{split, SectionKind};
use crate::warning;

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
///
/// A recipe of named steps; the record's warnings come out in the order
/// the steps run (dates, items, what the items lack, the final result).
pub fn parse_text(text: &str, file: Option<&str>) -> Letter {
    let cleaned = clean(text);
    let sections = split(&cleaned);
    let layout = sections.layout;
    let mut warnings = Vec::new();

    let summary = summary_of(&sections);
    // Age, gender and fallback dates are read from the summary, else from
    // the whole letter.
    let facts_text: &str = if summary.is_empty() {
        &cleaned
    } else {
        &summary
    };
    let dates = Dates::read(&cleaned, &sections, facts_text, &mut warnings);
    let (age, gender) = header::age_gender(facts_text);
    let reviewer = Reviewer::read(&cleaned, &sections);

    let items: Vec<Item> = raw_items(&sections, &mut warnings)
        .into_iter()
        .enumerate()
        .map(|(i, raw)| finish_item(i, raw, &mut warnings))
        .collect();
    warn_what_is_missing(layout, &items, &summary, &mut warnings);
    let final_determination = final_determination(&cleaned, &items, &mut warnings);

    let diagnoses = super::diagnoses::diagnoses(&summary);
    // Items that share one rationale: each is read knowing the others, so
    // a sentence about another item only gives this one nothing. Grouped
    // by text in one pass; a group larger than a letter's usual handful
    // (a damaged or repeated list) is read item by item, so the work stays
    // linear in the items.
    let mut groups: std::collections::HashMap<&str, Vec<usize>> = std::collections::HashMap::new();
    for (i, item) in items.iter().enumerate() {
        groups.entry(item.rationale.as_str()).or_default().push(i);
    }
    let shared: Vec<Vec<String>> = items
        .iter()
        .enumerate()
        .map(|(i, item)| match groups.get(item.rationale.as_str()) {
            Some(group) if group.len() > 1 && group.len() <= MAX_SHARING => group
                .iter()
                .filter(|&&j| j != i)
                .map(|&j| items[j].service.clone())
                .collect(),
            _ => Vec::new(),
        })
        .collect();
    drop(groups);
    let items = items
        .into_iter()
        .zip(shared)
        .map(|(item, others)| with_regions_and_reasons(item, &others, &diagnoses))
        .collect();

    Letter {
        file: file.map(str::to_string),
        case_number: header::case_number(text, file),
        layout,
        age,
        gender,
        injury_date: dates.injury,
        ur_date: dates.ur,
        assigned_date: dates.assigned,
        decision_date: dates.decision,
        application_received_date: dates.received,
        license_states: reviewer.license_states,
        specialties: reviewer.specialties,
        specialty_text: reviewer.specialty_text,
        final_determination,
        diagnoses,
        summary,
        items,
        warnings,
        text: cleaned,
    }
}

/// The clinical case summary, paragraphs joined, without its opening
/// boilerplate; empty when the letter has none.
fn summary_of(sections: &crate::sections::Sections<'_>) -> String {
    let raw = sections.longest(SectionKind::Summary).unwrap_or("");
    SUMMARY_BOILERPLATE
        .replace(&join_paragraphs(raw), "")
        .into_owned()
}

/// The letter's dates, each from the first place that has it.
struct Dates {
    injury: Option<IsoDate>,
    ur: Option<IsoDate>,
    assigned: Option<IsoDate>,
    decision: Option<IsoDate>,
    received: Option<IsoDate>,
}

impl Dates {
    /// The header's labelled dates first (the whole text when the layout is
    /// unknown), then the 2013 notice's date sentences, then dates written
    /// in the facts or anywhere in the letter.
    fn read(
        cleaned: &str,
        sections: &crate::sections::Sections<'_>,
        facts_text: &str,
        warnings: &mut Vec<String>,
    ) -> Dates {
        let layout = sections.layout;
        let labelled = header::labelled_dates(if layout == Layout::Unknown {
            cleaned
        } else {
            sections.get(SectionKind::Header).unwrap_or("")
        });
        warnings.extend(labelled.warnings.iter().cloned());
        if let Some(label) = header::other_digit_date(cleaned) {
            warnings.push(warning::date_digits(&label));
        }
        let notice_dates = if layout == Layout::Letterhead2013 {
            notice::dates(cleaned)
        } else {
            notice::NoticeDates::default()
        };
        Dates {
            injury: labelled
                .injury
                .or_else(|| header::injury_date(facts_text))
                .or_else(|| header::injury_date(cleaned)),
            ur: labelled
                .ur_denial
                .or(notice_dates.ur_denial)
                .or_else(|| header::ur_date(facts_text))
                .or_else(|| header::ur_date(cleaned)),
            assigned: labelled.assigned.or(notice_dates.assigned),
            decision: labelled.decision,
            received: labelled.received.or(notice_dates.application),
        }
    }
}

/// Who reviewed: where they are licensed and their specialties.
struct Reviewer {
    license_states: Vec<String>,
    specialties: Vec<String>,
    specialty_text: Option<String>,
}

impl Reviewer {
    /// From the credentials section ("How the IMR Final Determination Was
    /// Made", else the qualifications), else from the whole letter.
    fn read(cleaned: &str, sections: &crate::sections::Sections<'_>) -> Reviewer {
        let credentials = sections
            .get(SectionKind::HowMade)
            .or_else(|| sections.get(SectionKind::Qualifications))
            .unwrap_or(cleaned);
        let mut license_states = header::license_states(credentials);
        if license_states.is_empty() {
            license_states = header::license_states(cleaned);
        }
        let specialty_text = header::specialty_field(cleaned);
        let specialties = match &specialty_text {
            Some(field) => specialty::canonical_specialties(field),
            None => specialty::specialties_in_prose(&squash(credentials)),
        };
        Reviewer {
            license_states,
            specialties,
            specialty_text,
        }
    }
}

/// The disputed items as the layout lists them, before their citations are
/// read.
fn raw_items(sections: &crate::sections::Sections<'_>, warnings: &mut Vec<String>) -> Vec<RawItem> {
    match sections.layout {
        Layout::Determination2014 => decisions(sections)
            .map(items::items_2014)
            .unwrap_or_default(),
        Layout::Letterhead2013 => {
            let mut raw = decisions(sections)
                .map(items::items_2013)
                .unwrap_or_default();
            let blocks: Vec<&str> = sections.all(SectionKind::ItemBlock).collect();
            let unmatched = notice::fill_from_blocks(&mut raw, &blocks);
            if unmatched > 0 {
                warnings.push(warning::unmatched_blocks(unmatched));
            }
            raw
        }
        Layout::ProfessionalReview => professional_items(sections, warnings),
        Layout::Unknown => Vec::new(),
    }
}

/// No silent loss: what the letter should have and the parser did not find
/// (a layout, items, an item's guideline paragraph, outcome or rationale,
/// the summary) becomes a warning.
fn warn_what_is_missing(layout: Layout, items: &[Item], summary: &str, warnings: &mut Vec<String>) {
    match layout {
        Layout::Unknown => warnings.push(warning::unknown_layout()),
        _ if items.is_empty() => warnings.push(warning::no_items()),
        _ => {}
    }
    // An item without the reviewer's guideline paragraph in a letter whose
    // other items have theirs lost it in pairing.
    let cited = items
        .iter()
        .filter(|i| !i.reviewer_citation.trim().is_empty())
        .count();
    if cited > 0 && cited < items.len() {
        for (i, item) in items.iter().enumerate() {
            if item.reviewer_citation.trim().is_empty() {
                warnings.push(warning::guideline_missing(i, &item.service, "reviewer"));
            }
        }
    }
    for (i, item) in items.iter().enumerate() {
        if item.outcome.is_none() {
            warnings.push(warning::no_outcome(i, &item.service));
        }
        if item.rationale.is_empty() {
            warnings.push(warning::no_rationale(i, &item.service));
        }
    }
    if layout != Layout::Unknown && summary.is_empty() {
        warnings.push(warning::no_summary());
    }
}

/// The letter's overall result: as the letter states it, else derived from
/// the items' outcomes; a warning when the two disagree.
fn final_determination(
    cleaned: &str,
    items: &[Item],
    warnings: &mut Vec<String>,
) -> Option<FinalDetermination> {
    let derived =
        FinalDetermination::from_outcomes(items.iter().filter_map(|i| i.outcome.as_ref()));
    let stated = header::stated_final(cleaned);
    if let (Some(s), Some(d)) = (stated, derived) {
        if s != d {
            warnings.push(warning::final_mismatch(s.as_str(), d.as_str()));
        }
    }
    stated.or(derived)
}

/// The most items read knowing each other's services when they share one
/// rationale (letters hold a handful of items; more is a damaged or
/// repeated list).
const MAX_SHARING: usize = 12;

/// An item with its body regions (from its name and the letter's
/// diagnoses) and its decision reasons, each with the rationale's sentence
/// that gave it; `others` are the services of the letter's other items
/// with the same rationale.
fn with_regions_and_reasons(mut item: Item, others: &[String], diagnoses: &[String]) -> Item {
    item.regions = region::item_regions(&item.service, diagnoses);
    let others: Vec<&str> = others.iter().map(String::as_str).collect();
    let found =
        reason::reasons_with_evidence_among(&item.service, &others, &item.rationale, item.outcome);
    item.reason_evidence = found
        .iter()
        .map(|(path, (a, b))| ReasonEvidence {
            reason: (*path).to_string(),
            sentence: item.rationale.get(*a..*b).unwrap_or_default().to_string(),
        })
        .collect();
    item.reasons = found.iter().map(|(p, _)| (*p).to_string()).collect();
    item
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
        warnings.push(warning::no_issue_section());
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
    // No silent loss: a paragraph that is there but gave no guideline
    // (all of them first, then the unplaced citations: the order the
    // record's warnings have always had).
    for (whose, paragraph, r) in [
        ("reviewer", &raw.reviewer_citation, &reviewer),
        ("claims administrator", &raw.ca_citation, &ca),
    ] {
        if r.paths.is_empty() && paragraph.chars().any(char::is_alphanumeric) {
            warnings.push(warning::guideline_not_read(
                index,
                &raw.service,
                whose,
                paragraph,
            ));
        }
    }
    for (whose, r) in [("reviewer", &reviewer), ("claims administrator", &ca)] {
        for path in &r.unplaced {
            warnings.push(warning::citation_unplaced(index, &raw.service, path, whose));
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

#[cfg(test)]
mod tests {
    use super::parse_text;
    use crate::warning::WarningKind;

    /// A two-item letter of the 2014 layout; `first_guideline` is the
    /// reviewer's guideline line of the first item (empty: none).
    fn letter(first_guideline: &str) -> String {
        format!(
            "HOW THE IMR FINAL DETERMINATION WAS MADE\n\
             The reviewer is board certified in Internal Medicine.\n\n\
             CLINICAL CASE SUMMARY\n\
             The worker is a 52 year old woman hurt at work on 3/3/12.\n\n\
             IMR ISSUES, DECISIONS AND RATIONALES\n\
             Tizanidine 4mg #60:  Upheld\n\
             {first_guideline}\
             Decision rationale: Muscle relaxants are meant for short courses only.\n\
             Lumbar brace:  Upheld\n\
             MAXIMUS guideline: Decision based on MTUS ACOEM Low Back Complaints 2004, Section(s): Physical Methods.\n\
             Decision rationale: Supports have no lasting benefit past the acute phase.\n"
        )
    }

    fn kinds(text: &str) -> Vec<(WarningKind, String)> {
        parse_text(text, None)
            .warnings
            .into_iter()
            .map(|w| (WarningKind::of(&w), w))
            .collect()
    }

    /// The letter's "guideline not read" warnings.
    fn guideline_warnings(text: &str) -> Vec<String> {
        kinds(text)
            .into_iter()
            .filter(|(k, _)| *k == WarningKind::GuidelineNotRead)
            .map(|(_, w)| w)
            .collect()
    }

    #[test]
    fn a_guideline_paragraph_that_gives_nothing_is_named() {
        let named = guideline_warnings(&letter(
            "MAXIMUS guideline: Decision based on the zzq qqz.\n",
        ));
        assert_eq!(named.len(), 1, "{named:?}");
        assert!(named[0].starts_with(
            "item 0 (Tizanidine 4mg #60): no guideline could be read from the reviewer's"
        ));
    }

    #[test]
    fn an_item_that_lost_its_guideline_paragraph_is_named() {
        let named = guideline_warnings(&letter(""));
        assert_eq!(named.len(), 1, "{named:?}");
        assert!(named[0].starts_with("item 0 (Tizanidine 4mg #60): found no"));
        // The same letter with the paragraph read: no such warning.
        let fine = kinds(&letter(
            "MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines Muscle relaxants Page(s): 63.\n",
        ));
        assert!(
            fine.iter()
                .all(|(k, _)| *k != WarningKind::GuidelineNotRead),
            "{fine:?}"
        );
    }

    #[test]
    fn a_header_label_without_its_date_is_named() {
        let read = super::header::labelled_dates(
            "Case Number: CM14-0000001\nDate Assigned: not stated\nDecision Date: 9/9/14\n",
        );
        assert_eq!(
            read.decision.map(|d| d.to_string()).as_deref(),
            Some("2014-09-09")
        );
        assert_eq!(
            read.warnings,
            ["header: \"Date Assigned\" is there but no date was read from it"]
        );
        let digits = kinds("Date of Injury: \u{0661}/\u{0662}/2013\n");
        assert!(
            digits.iter().any(|(k, w)| *k == WarningKind::DatesNotRead
                && w == "\"Date of Injury\" written in digits other than 0-9: not read as a date"),
            "{digits:?}"
        );
    }
}
