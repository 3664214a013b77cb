//! The September 2013 notice form: "Notice of Independent Medical Review
//! Determination", "Dated: `<date>`", items as "1) MAXIMUS Federal Services,
//! Inc. has determined the request for `<item>` is (not) medically necessary
//! and appropriate." (read by [`super::items::items_2013`]), dates stated in
//! sentences, and one block per item opening "1) Regarding the request for
//! `<item>`:". This module owns the sentences and the blocks.

use crate::cut;
use once_cell::sync::Lazy;

use super::items::{fill_parts, RawItem};
use crate::clean::squash;
use crate::date::IsoDate;
use crate::dual::Dual;

use super::header::DATE;

/// "An application for Independent Medical Review was filed on <date>".
static APPLICATION: Lazy<Dual> = Lazy::new(|| {
    Dual::new(&format!(
        r"(?i)application\s+for\s+independent\s+medical\s+review\s+was\s+(?:filed|received)\s+on\s*{DATE}"
    ))
});

/// "... disputing the Utilization Review Denial dated <date>", and the
/// letterhead's "Date of UR Decision: <date>".
static UR_DENIAL: Lazy<Dual> = Lazy::new(|| {
    Dual::new(&format!(
        r"(?i)(?:disputing\s+the\s+utilization\s+review\s+(?:denial|decision|determination|modification)\s+dated|date\s+of\s+UR\s+(?:decision|denial)\s*:)\s*{DATE}"
    ))
});

/// "A Notice of Assignment and Request for Information was provided to the
/// above parties on <date>".
static ASSIGNED: Lazy<Dual> = Lazy::new(|| {
    Dual::new(&format!(
        r"(?i)notice\s+of\s+assignment\b[^.]{{0,80}}?\bon\s*{DATE}"
    ))
});

/// The dates the notice states in sentences (or in its own labels).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct NoticeDates {
    /// The day the IMR application was filed.
    pub application: Option<IsoDate>,
    /// The UR denial under review.
    pub ur_denial: Option<IsoDate>,
    /// The day the case was assigned (notice of assignment sent).
    pub assigned: Option<IsoDate>,
}

/// Reads the notice's date sentences from the letter text.
pub fn dates(text: &str) -> NoticeDates {
    let first = |re: &Dual| {
        re.captures_iter(text).into_iter().find_map(|c| {
            let (start, end) = (*c.get(1)?)?;
            IsoDate::from_us(cut::slice(text, start..end))
        })
    };
    NoticeDates {
        application: first(&APPLICATION),
        ur_denial: first(&UR_DENIAL),
        assigned: first(&ASSIGNED),
    }
}

/// Labels inside an item block.
static BLOCK_LABEL: Lazy<Dual> = Lazy::new(|| {
    Dual::new(
        r"(?i)\b(?:(the\s+claims\s+administrator\s+based\s+(?:its|his|her|their)\s+decision\s+on)|(medical\s+treatment\s+guidelines?(?:\(s\))?\s+relied\s+upon\s+by\s+the\s+(?:expert|physician)\s+reviewer\s*:?)|(rationale\s+for\s+the\s+decision\s*:))",
    )
});

/// Fills the guideline paragraphs and rationale of `items` from the item
/// blocks (the bodies after "N) Regarding the request for"), matching a
/// block to an item by the first words of its name, else by position.
/// Returns how many blocks found no item.
pub fn fill_from_blocks(items: &mut [RawItem], blocks: &[&str]) -> usize {
    let mut unmatched = 0;
    let item_words: Vec<Vec<String>> = items.iter().map(|it| word_set(&it.service)).collect();
    for (i, block) in blocks.iter().enumerate() {
        // The block opens with the item's name and a colon on its line.
        let (name, body) = match block.find(":\n") {
            Some(end) if end < 600 => (
                squash(cut::slice(block, ..end)),
                cut::slice(block, end + 1..),
            ),
            _ => (String::new(), *block),
        };
        let key = name_key(&name);
        // By name: the same first words, else the open item sharing the
        // most words with the block's name (a block may word its item a
        // little differently); by position only when no name fits, so one
        // odd block cannot put the blocks after it out of step.
        let target = items
            .iter()
            .position(|it| {
                it.rationale.is_empty() && !key.is_empty() && name_key(&it.service) == key
            })
            .or_else(|| closest_open_item(items, &item_words, &name))
            .or_else(|| (i < items.len() && items[i].rationale.is_empty()).then_some(i));
        let Some(t) = target else {
            unmatched += 1;
            continue;
        };
        let mut filled = RawItem::default();
        fill_parts(&mut filled, body, &|t| BLOCK_LABEL.find_iter(t));
        let item = &mut items[t];
        item.rationale = filled.rationale;
        if item.reviewer_citation.is_empty() {
            item.reviewer_citation = filled.reviewer_citation;
        }
        if item.ca_citation.is_empty() {
            item.ca_citation = filled.ca_citation;
        }
    }
    unmatched
}

/// A name's words (letters and digits, lower case), sorted, once each.
fn word_set(s: &str) -> Vec<String> {
    let mut w: Vec<String> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    w.sort_unstable();
    w.dedup();
    w
}

/// The item without a rationale yet whose name (its [`word_set`] in
/// `item_words`) shares the most words with `name`, when they share at
/// least two and at least half of the shorter name's words; the first such
/// item on a tie.
fn closest_open_item(items: &[RawItem], item_words: &[Vec<String>], name: &str) -> Option<usize> {
    let want = word_set(name);
    let mut best: Option<(usize, usize)> = None;
    for (i, (it, have)) in items.iter().zip(item_words).enumerate() {
        if !it.rationale.is_empty() {
            continue;
        }
        let shared = want
            .iter()
            .filter(|w| have.binary_search(w).is_ok())
            .count();
        let enough = shared >= 2 && shared * 2 >= want.len().min(have.len());
        if enough && best.is_none_or(|(_, b)| shared > b) {
            best = Some((i, shared));
        }
    }
    best.map(|(i, _)| i)
}

/// The first four words of a name, lower case: enough to tell items apart
/// and robust to a name that wraps or ends differently in the block.
fn name_key(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| !matches!(w.to_ascii_lowercase().as_str(), "a" | "an" | "the" | "one"))
        .take(4)
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::Outcome;

    #[test]
    fn dates_in_sentences() {
        let t = "An application for Independent Medical Review was filed on 7/1/2013 disputing the\n\
                 Utilization Review Denial dated 6/20/2013. A Notice of Assignment and Request for\n\
                 Information was provided to the above parties on 7/9/2013.";
        let d = dates(t);
        assert_eq!(
            d.application.map(|d| d.to_string()).as_deref(),
            Some("2013-07-01")
        );
        assert_eq!(
            d.ur_denial.map(|d| d.to_string()).as_deref(),
            Some("2013-06-20")
        );
        assert_eq!(
            d.assigned.map(|d| d.to_string()).as_deref(),
            Some("2013-07-09")
        );
        assert_eq!(
            dates("Date of UR Decision: 5/6/2013")
                .ur_denial
                .map(|d| d.to_string())
                .as_deref(),
            Some("2013-05-06")
        );
        assert_eq!(dates("nothing dated here 1/2/2013"), NoticeDates::default());
    }

    /// A notice whose rationale is in no form the parser knows still gives
    /// its items, outcomes, dates and specialty, and says what it missed.
    #[test]
    fn unknown_rationale_form_degrades_to_items_and_warnings() {
        let text = "MAXIMUS FEDERAL SERVICES, INC.\nNotice of Independent Medical Review Determination\n\
Dated: 10/2/2013\n\n\
1) MAXIMUS Federal Services, Inc. has determined the request for a cane is notmedically\nnecessary and appropriate.\n\n\
INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE\n\
An application for Independent Medical Review was filed on 8/30/2013 disputing the Utilization\n\
Review Denial dated 8/21/2013. A Notice of Assignment and Request for Information was provided to\n\
the above parties on 9/5/2013.\n\n\
1) MAXIMUS Federal Services, Inc. has determined the request for a cane is notmedically\nnecessary and appropriate.\n\n\
Medical Qualifications of the Expert Reviewer:\n\
The reviewer is Board Certified in Family Practice and is licensed to practice in California.\n\n\
Case Summary:\nThe worker is a 60 year old woman with knee pain.\n\n\
Why the cane was denied: walking is steady.\n";
        let l = crate::parse_text(text, None);
        assert_eq!(l.layout, crate::letter::Layout::Letterhead2013);
        assert_eq!(l.items.len(), 1, "{:?}", l.items);
        assert_eq!(l.items[0].service, "a cane");
        assert_eq!(l.items[0].outcome, Some(Outcome::Upheld));
        let day = |d: Option<IsoDate>| d.map(|d| d.to_string());
        assert_eq!(day(l.decision_date).as_deref(), Some("2013-10-02"));
        assert_eq!(
            day(l.application_received_date).as_deref(),
            Some("2013-08-30")
        );
        assert_eq!(day(l.ur_date).as_deref(), Some("2013-08-21"));
        assert_eq!(day(l.assigned_date).as_deref(), Some("2013-09-05"));
        assert_eq!(l.specialties, ["Family Medicine"]);
        assert!(
            l.warnings
                .iter()
                .any(|w| w.contains("no decision rationale")),
            "{:?}",
            l.warnings
        );
    }

    #[test]
    fn blocks_fill_items_by_name() {
        let mut items = vec![
            RawItem {
                service: "a lumbar brace".into(),
                outcome: Some(Outcome::Upheld),
                ..RawItem::default()
            },
            RawItem {
                service: "eight sessions of aquatic therapy".into(),
                outcome: Some(Outcome::Overturned),
                ..RawItem::default()
            },
        ];
        let blocks = [
            " eight sessions of aquatic therapy:\n\nMedical Treatment Guideline(s) Relied Upon by the Expert Reviewer:\nThe MTUS, Aquatic therapy.\n\nRationale for the Decision:\nBuoyancy helps here.\n",
            " a lumbar brace:\n\nRationale for the Decision:\nNo instability.\n",
        ];
        assert_eq!(fill_from_blocks(&mut items, &blocks), 0);
        assert_eq!(items[0].rationale, "No instability.");
        assert_eq!(items[1].rationale, "Buoyancy helps here.");
        assert_eq!(items[1].reviewer_citation, "The MTUS, Aquatic therapy.");
    }

    /// Blocks that word their items a little differently, in another order
    /// than the list: each goes to the item it names, not to the item at
    /// its position.
    #[test]
    fn blocks_worded_differently_keep_in_step() {
        let item = |s: &str| RawItem {
            service: s.into(),
            outcome: Some(Outcome::Upheld),
            ..RawItem::default()
        };
        let mut items = vec![
            item("12 sessions of physical therapy for the neck"),
            item("Norco 10/325mg #90"),
            item("MRI of the cervical spine without contrast"),
        ];
        let blocks = [
            " an MRI of the cervical spine:\n\nRationale for the Decision:\nNo red flags.\n",
            " twelve physical therapy sessions for the neck:\n\nRationale for the Decision:\nEnough visits.\n",
            " Norco 10/325 mg, #90:\n\nRationale for the Decision:\nNo function noted.\n",
        ];
        assert_eq!(fill_from_blocks(&mut items, &blocks), 0);
        assert_eq!(items[0].rationale, "Enough visits.");
        assert_eq!(items[1].rationale, "No function noted.");
        assert_eq!(items[2].rationale, "No red flags.");
    }
}
