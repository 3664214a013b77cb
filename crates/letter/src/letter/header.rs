//! Letter-level fields: case number, dates, demographics, reviewer
//! credentials and stated final determination (diagnoses are in
//! `letter::diagnoses`).
//!
//! Each field has a small extractor that takes the clean text (or one
//! section of it) and returns `None` when the letter does not say: values
//! are never invented.

use crate::cut;
use once_cell::sync::Lazy;
use regex::Regex;

use crate::date::IsoDate;
use crate::dual::Dual;
use crate::values::{FinalDetermination, Gender};

mod table;

/// `CM13-0012345`: CM, two-digit year, seven digits.
static CASE_NUMBER: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"\bCM\d{2}-\d{7}\b").expect("static regex"));

/// A date as letters write it: `2/20/14`, `02/20/2014`. ASCII digits only:
/// a date in another script's digits is not read (see
/// [`other_digit_date`]).
pub(crate) const DATE: &str = r"([0-9]{1,2}/[0-9]{1,2}/(?:[0-9]{4}|[0-9]{2}))\b";

/// A date-shaped run in any script's digits (`\d` is Unicode here).
static ANY_DIGIT_DATE: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"\d{1,2}/\d{1,2}/\d{2,4}").expect("static regex"));

/// What the first date written with digits other than 0-9 dates (the words
/// before it on its line, or "a date"), when the text has one. Such a date
/// is not read: converters and editors that change a letter's digits change
/// other things too, and a date guessed wrong is worse than one missing; the
/// letter gets a warning instead of silence.
pub fn other_digit_date(text: &str) -> Option<String> {
    // Most letters are ASCII: one SIMD pass answers for them.
    if text.is_ascii() {
        return None;
    }
    let m = ANY_DIGIT_DATE
        .find_iter(text)
        .find(|m| !m.as_str().is_ascii())?;
    let line_start = cut::slice(text, ..m.start())
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let before = cut::slice(text, line_start..m.start()).trim();
    let label: String = before
        .chars()
        .rev()
        .take(40)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let label = label.trim().trim_end_matches(':').trim();
    Some(if label.is_empty() {
        "a date".to_string()
    } else {
        format!("\"{label}\"")
    })
}

/// A label followed by a date on the same line: the fallback for labels the
/// header reader did not see as cells ("... the Date of Injury: 3/4/12").
/// Never crosses a line, so a flattened table cannot pair a label with the
/// value of another.
fn same_line(label: &str) -> Dual {
    let words: Vec<String> = label.split(' ').map(regex::escape).collect();
    Dual::new(&format!(
        r"(?i)\b{}[ \t]*:?[ \t]*{DATE}",
        words.join(r"[ \t]+")
    ))
}

/// Header-table and letterhead labels (2014 table, 2013 letterhead).
/// The header's date labels as the letters write them: the same-line
/// fallbacks below are built from them, and a label seen without its date
/// is named by them in a warning.
const ASSIGNED_LABEL: &str = "Date Assigned";
const DECISION_LABEL: &str = "Decision Date";
const RECEIVED_LABEL: &str = "Application Received";
const UR_DENIAL_LABEL: &str = "UR Denial Date";
const INJURY_DATE_LABEL: &str = "Date of Injury";

static ASSIGNED: Lazy<Dual> = Lazy::new(|| same_line(ASSIGNED_LABEL));
static DECISION: Lazy<Dual> = Lazy::new(|| same_line(DECISION_LABEL));
static RECEIVED: Lazy<Dual> = Lazy::new(|| same_line(RECEIVED_LABEL));
static UR_DENIAL: Lazy<Dual> = Lazy::new(|| same_line(UR_DENIAL_LABEL));
static INJURY_LABEL: Lazy<Dual> = Lazy::new(|| same_line(INJURY_DATE_LABEL));
/// The 2013 letterhead's "Dated: 12/18/2013" line is the decision date; the
/// colon is required since "dated" is common in prose.
static DATED: Lazy<Dual> =
    Lazy::new(|| Dual::new(&format!(r"(?m)^[ \t]*Dated[ \t]*:[ \t]*{DATE}")));

/// "The utilization review determination being challenged is dated 11/26/14."
static UR_CHALLENGED: Lazy<Dual> = Lazy::new(|| {
    Dual::new(&format!(
        r"(?i)(?:utilization\s+review|\bUR\b)[^.]{{0,60}}?(?:being\s+challenged|under\s+review|in\s+dispute|disputed)[^.]{{0,30}}?(?:dated|of|on)\s*{DATE}"
    ))
});

/// Looser UR-date sentences: "a utilization review dated 3/4/13 denied",
/// "the UR determination of 06/12/2014".
static UR_LOOSE: Lazy<Dual> = Lazy::new(|| {
    Dual::new(&format!(
        r"(?i)(?:utilization\s+review|\bUR\b)(?:\s+\(UR\))?(?:\s+(?:determination|decision|denial|letter|report))?\s+(?:dated|of|on)\s*{DATE}"
    ))
});

/// "injury date on 2/20/14", "date of injury of 1/2/13", "was injured on
/// 4/5/12", "sustained an industrial injury on 10/1/2011".
static INJURY: Lazy<Dual> = Lazy::new(|| {
    Dual::new(&format!(
        r"(?i)(?:date\s+of\s+injury|injury\s+date|injured|injury)\b[^.]{{0,40}}?\b(?:on|of|dated|date|is|:)\s*{DATE}"
    ))
});

/// "a 50 year old female", "This 38-year-old woman", "a 61 y/o male".
static AGE_GENDER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)\b(\d{1,3})[\s-]*(?:years?[\s-]*old|year-old|y/?o|yr\.?[\s-]*old)\b[\s,]*(?:(?:right|left)[\s-]*(?:hand|handed)[\s-]*(?:dominant)?\s*|[a-z]+\s+){0,2}?(female|male|woman|man|gentleman|lady|girl|boy)?\b",
    )
    .expect("static regex")
});

/// Pronouns, for a letter that never states the gender in words.
static SHE: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"\b(?:[Ss]he|[Hh]er|[Hh]erself)\b").expect("static regex"));
static HE: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Hh]imself)\b").expect("static regex"));

/// "State(s) of Licensure: California, Nevada"
static LICENSURE_FIELD: Lazy<Dual> =
    Lazy::new(|| Dual::new(r"(?i)State\(?s?\)?\s+of\s+Licensure\s*:[ \t]*([^\n]*)"));

/// "... is licensed to practice in California and Nevada." (2013 prose),
/// "holds licenses to practice in California and Texas", "holds active
/// licenses in California, Washington".
static LICENSURE_PROSE: Lazy<Dual> = Lazy::new(|| {
    Dual::new(
        r"(?i)licen[sc](?:ed|es?)\b(?:\s+to\s+practice)?\s+(?:medicine\s+)?in\s+(?:the\s+states?\s+of\s+)?([^.;\n]*(?:\n[^.;\n]*)?)",
    )
});

/// "Certification(s)/Specialty: Physical Medicine & Rehabn"
static SPECIALTY_FIELD: Lazy<Dual> =
    Lazy::new(|| Dual::new(r"(?i)Certification\(?s?\)?\s*/\s*Specialt(?:y|ies)\s*:[ \t]*([^\n]*)"));

/// A stated overall result: "the final determination is to uphold",
/// "FINAL DETERMINATION: OVERTURN", "the decision is partially overturned".
static FINAL_STATED: Lazy<Dual> = Lazy::new(|| {
    Dual::new(
        r"(?i)final\s+determination\b[^.]{0,60}?\b(partially\s+overturn(?:ed)?|partial(?:ly)?|uph[oe]ld?s?|overturn(?:ed|s)?)\b",
    )
});

/// The first case number in the text, else one in the file name.
pub fn case_number(text: &str, file: Option<&str>) -> Option<String> {
    if let Some(m) = CASE_NUMBER.find(text) {
        return Some(m.as_str().to_string());
    }
    let name = file?.rsplit(['/', '\\']).next()?;
    CASE_NUMBER.find(name).map(|m| m.as_str().to_string())
}

/// The first valid date a date regex finds. Every date regex here ends
/// with [`DATE`], so the date is the match's trailing run of digits and
/// slashes; reading it off the match avoids the (slower) capture engine.
fn first_date(re: &Dual, text: &str) -> Option<IsoDate> {
    re.find_iter(text).into_iter().find_map(|(start, end)| {
        let s = cut::slice(text, start..end);
        let start = s
            .rfind(|c: char| !(c.is_ascii_digit() || c == '/'))
            .map_or(0, |i| i + 1);
        IsoDate::from_us(cut::slice(s, start..))
    })
}

/// Dates read from header-table or letterhead labels.
#[derive(Debug, Default, Clone)]
pub struct LabelledDates {
    /// `Date Assigned:`
    pub assigned: Option<IsoDate>,
    /// `Decision Date:` (2013: `Dated:`)
    pub decision: Option<IsoDate>,
    /// `Application Received:`
    pub received: Option<IsoDate>,
    /// `UR Denial Date:`
    pub ur_denial: Option<IsoDate>,
    /// `Date of Injury:`
    pub injury: Option<IsoDate>,
    /// What the reader could not pair (labels and values that did not line
    /// up), for the record's warnings.
    pub warnings: Vec<String>,
}

/// Reads the labelled dates of a header region, whatever shape the PDF-to-text
/// tool gave the table (see `table`); a label the table reader did not see
/// as a cell still counts when its date follows on the same line.
pub fn labelled_dates(header: &str) -> LabelledDates {
    let read = table::read(header);
    let or_line =
        |label: table::Label, re: &Dual| read.get(label).or_else(|| first_date(re, header));
    let mut warnings = Vec::new();
    if read.unpaired > 0 {
        warnings.push(crate::warning::dates_unpaired(read.unpaired));
    }
    let dates = LabelledDates {
        assigned: or_line(table::Label::Assigned, &ASSIGNED),
        decision: or_line(table::Label::Decision, &DECISION)
            .or_else(|| or_line(table::Label::Dated, &DATED)),
        received: or_line(table::Label::Received, &RECEIVED),
        ur_denial: or_line(table::Label::UrDenial, &UR_DENIAL),
        injury: or_line(table::Label::Injury, &INJURY_LABEL),
        warnings: Vec::new(),
    };
    // No silent loss: a label the header shows whose date was not read.
    if read.unpaired == 0 {
        let lower = header.to_ascii_lowercase();
        for (label, got) in [
            (ASSIGNED_LABEL, dates.assigned),
            (DECISION_LABEL, dates.decision),
            (RECEIVED_LABEL, dates.received),
            (UR_DENIAL_LABEL, dates.ur_denial),
            (INJURY_DATE_LABEL, dates.injury),
        ] {
            if got.is_none() && lower.contains(&label.to_ascii_lowercase()) {
                warnings.push(crate::warning::date_label_unread(label));
            }
        }
    }
    LabelledDates { warnings, ..dates }
}

/// The date of the UR determination under review, from the text's sentences.
pub fn ur_date(text: &str) -> Option<IsoDate> {
    first_date(&UR_CHALLENGED, text).or_else(|| first_date(&UR_LOOSE, text))
}

/// The date of injury, from the summary's sentences.
pub fn injury_date(text: &str) -> Option<IsoDate> {
    first_date(&INJURY, text)
}

/// Age and gender from the summary's "a 50 year old female" phrase; the
/// gender falls back to pronouns only when they are all of one kind.
pub fn age_gender(summary: &str) -> (Option<u32>, Option<Gender>) {
    let mut age = None;
    let mut gender = None;
    for c in AGE_GENDER.captures_iter(summary) {
        let a = c
            .get(1)
            .and_then(|m| m.as_str().parse::<u32>().ok())
            .filter(|a| (14..=100).contains(a));
        if age.is_none() {
            age = a;
        }
        if gender.is_none() {
            gender = c.get(2).and_then(|m| gender_word(m.as_str()));
        }
        if age.is_some() && gender.is_some() {
            break;
        }
    }
    if gender.is_none() {
        let (she, he) = (
            SHE.find_iter(summary).count(),
            HE.find_iter(summary).count(),
        );
        gender = match (she, he) {
            (s, 0) if s >= 2 => Some(Gender::Female),
            (0, h) if h >= 2 => Some(Gender::Male),
            _ => None,
        };
    }
    (age, gender)
}

fn gender_word(w: &str) -> Option<Gender> {
    match w.to_ascii_lowercase().as_str() {
        "female" | "woman" | "lady" | "girl" => Some(Gender::Female),
        "male" | "man" | "gentleman" | "boy" => Some(Gender::Male),
        _ => None,
    }
}

/// States of licensure: the 2014 field, else a "licensed ... in" sentence.
pub fn license_states(text: &str) -> Vec<String> {
    if let Some(c) = LICENSURE_FIELD.captures(text) {
        let field = c
            .get(1)
            .copied()
            .flatten()
            .map_or("", |(start, end)| cut::slice(text, start..end));
        let states = crate::normalize::state::states_in(field);
        if !states.is_empty() {
            return states;
        }
    }
    LICENSURE_PROSE
        .captures_iter(text)
        .into_iter()
        .filter_map(|c| c.get(1).copied().flatten())
        .map(|(start, end)| crate::normalize::state::states_in(cut::slice(text, start..end)))
        .find(|s| !s.is_empty())
        .unwrap_or_default()
}

/// The `Certification(s)/Specialty:` field as written, if present.
/// A list that wraps onto the next line is joined first ("..., Public Health
/// &" / "General Preventive Medicine"); see
/// [`crate::normalize::specialty::continues_field`] for when a line continues it.
pub fn specialty_field(text: &str) -> Option<String> {
    let (start, end) = SPECIALTY_FIELD.captures(text)?.get(1).copied().flatten()?;
    let mut field = crate::clean::squash(cut::slice(text, start..end));
    let next = cut::slice(text, end..)
        .strip_prefix('\n')
        .and_then(|rest| rest.lines().next());
    if let Some(next) = next {
        if !field.is_empty() && crate::normalize::specialty::continues_field(&field, next) {
            field.push(' ');
            field.push_str(&crate::clean::squash(next));
        }
    }
    Some(field).filter(|s| !s.is_empty())
}

/// An overall result the letter states in words.
pub fn stated_final(text: &str) -> Option<FinalDetermination> {
    let c = FINAL_STATED.captures(text)?;
    let (start, end) = (*c.get(1)?)?;
    let w = cut::slice(text, start..end).to_ascii_lowercase();
    Some(if w.starts_with("partial") {
        FinalDetermination::Partial
    } else if w.starts_with("overturn") {
        FinalDetermination::Overturn
    } else {
        FinalDetermination::Uphold
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_numbers() {
        assert_eq!(
            case_number("Case Number: CM14-0123456\n", None).as_deref(),
            Some("CM14-0123456")
        );
        assert_eq!(
            case_number("none", Some("dir/CM13-0000042.txt")).as_deref(),
            Some("CM13-0000042")
        );
        assert_eq!(case_number("none", Some("3f9a1c07be52d6e4.txt")), None);
    }

    #[test]
    fn flattened_labels() {
        let h = "Case Number:\nCM14-0123456\nDate Assigned:\n8/11/2014\nApplication\nReceived:\n08/06/2014\nUR Denial Date: 7/2/2014\n";
        let d = labelled_dates(h);
        assert_eq!(d.assigned.unwrap().to_string(), "2014-08-11");
        assert_eq!(d.received.unwrap().to_string(), "2014-08-06");
        assert_eq!(d.ur_denial.unwrap().to_string(), "2014-07-02");
        assert!(d.decision.is_none());
    }

    #[test]
    fn summary_facts() {
        let s =
            "The patient is a 47 year old male with an injury date on 3/5/12. He reports pain. \
                 The utilization review determination being challenged is dated 11/26/14.";
        assert_eq!(age_gender(s), (Some(47), Some(Gender::Male)));
        assert_eq!(injury_date(s).unwrap().to_string(), "2012-03-05");
        assert_eq!(ur_date(s).unwrap().to_string(), "2014-11-26");
        assert_eq!(
            age_gender("This 38-year-old woman was hurt.").1,
            Some(Gender::Female)
        );
        assert_eq!(
            age_gender("The claimant is 61. She fell. Her knee.").1,
            Some(Gender::Female)
        );
    }

    #[test]
    fn licensure_and_specialty() {
        let t = "State(s) of Licensure: California, Nevada\nCertification(s)/Specialty: Physical Medicine & Rehabn\n";
        assert_eq!(license_states(t), vec!["California", "Nevada"]);
        assert_eq!(
            specialty_field(t).as_deref(),
            Some("Physical Medicine & Rehabn")
        );
        // A wrapped list is joined; the heading after it is not.
        let t = "Certification(s)/Specialty: Preventive Medicine, Public Health &\nGeneral Preventive Medicine\nCLINICAL CASE SUMMARY\n";
        assert_eq!(
            specialty_field(t).as_deref(),
            Some("Preventive Medicine, Public Health & General Preventive Medicine")
        );
        let t = "Certification(s)/Specialty: Family Practice, Occupational\nMedicine\n";
        assert_eq!(
            specialty_field(t).as_deref(),
            Some("Family Practice, Occupational Medicine")
        );
        let t = "Certification(s)/Specialty: Family Practice\nThe reviewer read the file.\n";
        assert_eq!(specialty_field(t).as_deref(), Some("Family Practice"));
        let t = "Certification(s)/Specialty: Internal Medicine\nCLINICAL CASE SUMMARY\n";
        assert_eq!(specialty_field(t).as_deref(), Some("Internal Medicine"));
        let p = "The physician reviewer is Board Certified in Orthopaedic Surgery and is licensed to practice in California.";
        assert_eq!(license_states(p), vec!["California"]);
        let p =
            "board certified in Psychiatry and holds active licenses in California, Washington.";
        assert_eq!(license_states(p), vec!["California", "Washington"]);
        let p = "and holds licenses to\npractice in California and Texas.";
        assert_eq!(license_states(p), vec!["California", "Texas"]);
        assert_eq!(
            labelled_dates("Notice\nDated: 12/18/2013\n")
                .decision
                .unwrap()
                .to_string(),
            "2013-12-18"
        );
    }

    #[test]
    fn final_stated() {
        assert_eq!(
            stated_final("The final determination is to overturn the UR."),
            Some(FinalDetermination::Overturn)
        );
        assert_eq!(
            stated_final("The Final Determination was based on decisions for the items"),
            None
        );
    }
}
