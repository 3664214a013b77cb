//! The letter's diagnoses, read from the clinical case summary.
//!
//! Letters state diagnoses in three ways, tried in this order:
//! 1. a numbered list ("diagnoses are: 1. a 2. b");
//! 2. a sentence that names them as diagnoses ("The current diagnoses are
//!    documented as a, b and c", "Diagnoses include ...", "diagnosed as
//!    having ...", "has a diagnosis of ...", "treated for the diagnoses of");
//! 3. failing that, what the worker is treated for ("is undergoing
//!    treatment for a and b", "is being treated for ...") or has filed a
//!    claim for ("filed a claim for knee pain reportedly associated with").
//!
//! The sentence is cut at its end and at the clause that follows the list
//! ("... reportedly associated with an industrial injury of ..."), then split
//! into one value per diagnosis without breaking phrases such as "strain of
//! muscle, fascia and tendon of low back" or "neck and back pain" apart.

use crate::cut;
use once_cell::sync::Lazy;
use regex::Regex;

use crate::dual::Dual;

/// The start of a numbered diagnosis list: "diagnoses are: 1.", "Diagnoses:
/// 1)", "diagnoses include: 1."
static NUMBERED_START: Lazy<Dual> =
    Lazy::new(|| Dual::new(r"(?i)\bdiagnos[ie]s\b[^:.]{0,40}:\s*1[.)]\s"));

/// A sentence naming diagnoses; the list follows the match.
static NAMED: Lazy<Dual> = Lazy::new(|| {
    Dual::new(
        r"(?ix)
        \bdiagnos(?:is|es)\b (?:\s+(?:that|which|listed|documented|noted))?
        (?:
            \s+(?:is|are|was|were|has\s+been|have\s+been|consist(?:s|ed)?\s+of)
              (?:\s+(?:documented|noted|listed|reported|given|stated|recorded))?
              (?:\s+(?:as|to\s+be))?\s*:?
          | (?:\s+(?:has|have|had))?\s+(?:include[sd]?|including)\s*:?
          | \s+(?:documented\s+)?(?:as|of)\b
          | \s*:
        )
        | \bdiagnosed\s+(?:as\s+having|as|with)\b
        ",
    )
});

/// What the worker is treated for, when no sentence names diagnoses.
static TREATED_FOR: Lazy<Dual> = Lazy::new(|| {
    Dual::new(
        r"(?i)\b(?:(?:undergoing|receiving|under)\s+(?:(?:active|ongoing|medical|continued|conservative)\s+)?(?:treatments?|care)|being\s+treated|(?:was|were|is|are|has\s+been|have\s+been)\s+treated)\s+for\b",
    )
});

/// What the worker filed a claim for (last resort).
static CLAIM_FOR: Lazy<Dual> = Lazy::new(|| Dual::new(r"(?i)\bfiled\s+(?:a\s+)?claims?\s+for\b"));

/// A denial just before a match ("has not been diagnosed with").
static NEGATED: Lazy<Dual> = Lazy::new(|| {
    Dual::new(r"(?i)\b(?:no|not|never|without|denies|denied|rule\s+out)\b[^.]{0,20}$")
});

/// Where the list ends inside its sentence: the clause that follows it.
static TRAILING_CLAUSE: Lazy<Dual> = Lazy::new(|| {
    Dual::new(
        r"(?ix)
        \s+reportedly\b
        | ,?\s+(?:which|who)\s
        | ,?\s+(?:as\s+a\s+result\s+of|due\s+to|associated\s+with|following|after)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:industrial|work|occupational|injury|fall|accident|motor)
        | ,?\s+(?:on|dated|since|per|according\s+to|as\s+of|from)\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)
        | ,?\s+and\s+(?:is|was|has|had|he|she|they|the\s+(?:injured|patient|worker|applicant))\b
        | ,?\s+(?:with\s+)?(?:the\s+)?(?:date|mechanism)\s+of\s+injury\b
        | ,?\s+now\s+(?:recovering|doing|improving|healing|resolved|better)\b
        ",
    )
});

/// ICD wording that says nothing about the diagnosis itself.
static ENCOUNTER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i),?\s*\b(?:initial|subsequent)\s+encounter\b(?:\s+for\s+[a-z ]+)?$")
        .expect("static regex")
});

/// An ICD qualifier that belongs to the element before it: "other cervical
/// disc displacement, mid cervical region", "..., subsequent encounter".
static QUALIFIER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^(?:[a-z-]+\s+){0,3}(?:region|level|side|site|encounter)$")
        .expect("static regex")
});

/// A month and year (or a year) closing a value: "... June 2016".
static TRAILING_DATE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\s+(?:in\s+|on\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?\d{4,5}$")
        .expect("static regex")
});

/// A word that is a whole diagnosis on its own ("myalgia", "anxiety").
static STANDALONE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^(?:[a-z]+(?:itis|algia|algias|osis|opathy|opathies|aches?|plegia|paresis|penia|oma)|anxiety|depression|insomnia|obesity|hypertension|diabetes|vertigo|tinnitus|concussion|sciatica|dizziness|gerd|ptsd|radiculopathy)$",
    )
    .expect("static regex")
});

/// Body parts and the words that qualify them: a list element ending in one
/// of these ("neck" in "neck and back pain") is not a diagnosis by itself.
const BODY_WORDS: &[&str] = &[
    "neck",
    "back",
    "spine",
    "cervical",
    "thoracic",
    "lumbar",
    "lumbosacral",
    "sacral",
    "thoracolumbar",
    "shoulder",
    "shoulders",
    "elbow",
    "elbows",
    "wrist",
    "wrists",
    "hand",
    "hands",
    "finger",
    "fingers",
    "thumb",
    "hip",
    "hips",
    "knee",
    "knees",
    "ankle",
    "ankles",
    "foot",
    "feet",
    "toe",
    "toes",
    "leg",
    "legs",
    "arm",
    "arms",
    "head",
    "face",
    "chest",
    "abdomen",
    "abdominal",
    "groin",
    "left",
    "right",
    "bilateral",
    "upper",
    "lower",
    "mid",
    "low",
    "sided",
    "muscle",
    "muscles",
    "fascia",
    "tendon",
    "tendons",
    "ligament",
    "ligaments",
    "extremity",
    "extremities",
    "thigh",
    "buttock",
    "trapezius",
];

/// Longest value kept: longer text is a sentence, not a diagnosis.
const MAX_VALUE: usize = 160;
/// Longest stretch examined after the sentence's opening words.
const MAX_SENTENCE: usize = 700;

/// The diagnoses the summary states, one value per diagnosis, in order.
pub fn diagnoses(summary: &str) -> Vec<String> {
    let numbered = numbered(summary);
    if !numbered.is_empty() {
        return numbered;
    }
    for re in [&*NAMED, &*TREATED_FOR, &*CLAIM_FOR] {
        let mut out = Vec::new();
        for (start, end) in re.find_iter(summary) {
            let before = cut::slice(summary, ..start);
            let from = before.len().saturating_sub(40);
            let from = (from..=before.len())
                .find(|&i| before.is_char_boundary(i))
                .unwrap_or(before.len());
            if NEGATED.is_match(cut::slice(before, from..)) {
                continue;
            }
            for d in split_list(sentence_after(cut::slice(summary, end..))) {
                if !out.iter().any(|o: &String| o.eq_ignore_ascii_case(&d)) {
                    out.push(d);
                }
            }
        }
        if !out.is_empty() {
            return out;
        }
    }
    Vec::new()
}

/// A numbered diagnosis list: "diagnoses are: 1. a 2. b". The last item ends
/// at the sentence end, since extraction often glued the next sentence to it.
fn numbered(summary: &str) -> Vec<String> {
    let Some((start, end)) = NUMBERED_START.find(summary) else {
        return Vec::new();
    };
    let delim = if cut::slice(summary, start..end).trim_end().ends_with(')') {
        ')'
    } else {
        '.'
    };
    let mut out = Vec::new();
    let mut cur = cut::slice(summary, end..);
    let mut n = 2u32;
    loop {
        let marker = format!(" {n}{delim} ");
        // Only a marker starting in the first 300 bytes counts, so only the
        // text it can lie in is searched, not the rest of the summary; an
        // ASCII marker ends on a character boundary, so the cut keeps it.
        let window = crate::clean::truncate_chars(cur, 300 + marker.len());
        match window.find(&marker) {
            Some(i) if i <= 300 => {
                push_value(&mut out, cut::slice(cur, ..i));
                cur = cut::slice(cur, i + marker.len()..);
                n += 1;
            }
            _ => {
                // An end past 120 bytes is cut to 120, so the ends are looked
                // for only where one before it can lie: a two-byte end in the
                // first 122 bytes, a glued sentence (which needs four letters
                // after its capital) in the first 125.
                let head = crate::clean::truncate_chars(cur, 122);
                let end = [". ", " \"", "\n\n"]
                    .iter()
                    .filter_map(|p| head.find(p))
                    .chain(glued_sentence(crate::clean::truncate_chars(cur, 125)))
                    .min()
                    .unwrap_or(cur.len())
                    .min(120);
                push_value(&mut out, crate::clean::truncate_chars(cur, end));
                break;
            }
        }
        if n > 40 {
            break;
        }
    }
    out
}

/// The text from `rest`'s start to the end of its sentence.
fn sentence_after(rest: &str) -> &str {
    let rest = crate::clean::truncate_chars(rest, MAX_SENTENCE);
    let b = rest.as_bytes();
    let mut end = rest.len();
    for (i, &c) in b.iter().enumerate() {
        if c == b'\n' && b.get(i + 1) == Some(&b'\n') {
            end = i;
            break;
        }
        if c != b'.' {
            continue;
        }
        // "12.5", "e.g." and "M54.5" are not sentence ends.
        let next = b.get(i + 1).copied();
        let prev = i.checked_sub(1).map(|p| b[p]);
        let ends = match next {
            None => true,
            Some(n) if n.is_ascii_whitespace() => !matches!(
                cut::slice(rest, ..i).rsplit(' ').next(),
                Some("e.g" | "i.e" | "vs" | "Dr" | "St")
            ),
            // "2016.In" and "pain.The": a lost space after the full stop.
            Some(n) => n.is_ascii_uppercase() && prev.is_some_and(|p| !p.is_ascii_uppercase()),
        };
        if ends {
            end = i;
            break;
        }
    }
    let s = cut::slice(rest, ..end);
    match glued_sentence(s) {
        Some(g) => cut::slice(s, ..g),
        None => s,
    }
}

/// Where a sentence starts glued to the previous word, as PDF-to-text
/// leaves a lost line break: "secondary to painExamination on 9/16/14".
/// At least three lower-case letters before the capital and four after, so
/// "DeQuervain's" and "McMurray" stay whole.
fn glued_sentence(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    (3..b.len().saturating_sub(4)).find(|&i| {
        b[i].is_ascii_uppercase()
            && b[i - 3..i].iter().all(u8::is_ascii_lowercase)
            && b[i + 1..i + 5].iter().all(u8::is_ascii_lowercase)
    })
}

fn words(s: &str) -> Vec<&str> {
    s.split_whitespace().collect()
}

fn is_body_word(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_ascii_alphanumeric());
    BODY_WORDS.iter().any(|b| b.eq_ignore_ascii_case(w))
}

fn is_standalone(w: &str) -> bool {
    STANDALONE.is_match(w.trim_matches(|c: char| !c.is_ascii_alphanumeric()))
}

/// A list element that cannot stand alone: one word that is no diagnosis by
/// itself ("fascia", "neck"), or such a word joined by "and" to what follows
/// ("fascia and tendon of low back").
fn is_bare(part: &str) -> bool {
    let w = words(part);
    match w.as_slice() {
        [one] => !is_standalone(one),
        [first, conj, ..] => {
            matches!(conj.to_ascii_lowercase().as_str(), "and" | "&" | "or")
                && !is_standalone(first)
        }
        [] => false,
    }
}

fn strip_conjunction(part: &str) -> &str {
    let p = part.trim();
    for c in ["and ", "or ", "& "] {
        if p.len() > c.len() && p.get(..c.len()).is_some_and(|h| h.eq_ignore_ascii_case(c)) {
            return cut::slice(p, c.len()..).trim_start();
        }
    }
    p
}

/// Splits a stated list into diagnoses: at semicolons and commas, and at
/// "and" between two complete diagnoses.
fn split_list(sentence: &str) -> Vec<String> {
    let sentence = match TRAILING_CLAUSE.find(sentence) {
        Some((start, _)) => cut::slice(sentence, ..start),
        None => sentence,
    };
    let mut out = Vec::new();
    for group in sentence.split(';') {
        // Commas inside parentheses and before a year or day ("October 22,
        // 2016") do not separate diagnoses.
        let mut parts: Vec<&str> = Vec::new();
        let (mut depth, mut start) = (0i32, 0usize);
        for (i, c) in group.char_indices() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                ',' if depth <= 0 => {
                    let next_digit = cut::slice(group, i + 1..)
                        .trim_start()
                        .starts_with(|c: char| c.is_ascii_digit());
                    if !next_digit {
                        parts.push(cut::slice(group, start..i));
                        start = i + 1;
                    }
                }
                _ => {}
            }
        }
        parts.push(cut::slice(group, start..));

        // Glue elements that cannot stand alone to their neighbours:
        // "neck, shoulder, and arm pain" is one value, and so is "strain of
        // muscle, fascia, and tendon of low back".
        let mut values: Vec<String> = Vec::new();
        let mut pending: Option<String> = None;
        let mut open = false;
        for raw in parts {
            let raw = raw.trim();
            if raw.is_empty() {
                continue;
            }
            let part = strip_conjunction(raw);
            let starts_with_and = part.len() != raw.len();
            if let Some(p) = pending.take() {
                let joined = format!("{p}, {raw}");
                if is_bare(part) {
                    pending = Some(joined);
                } else {
                    values.push(joined);
                }
                continue;
            }
            if QUALIFIER.is_match(part) {
                if let Some(last) = values.last_mut() {
                    last.push_str(", ");
                    last.push_str(part);
                    continue;
                }
            }
            let prev_is_list = values
                .last()
                .is_some_and(|v| v.contains(" of ") || v.contains(" at "));
            if (is_bare(part) && prev_is_list) || (open && starts_with_and) {
                if let Some(last) = values.last_mut() {
                    last.push_str(", ");
                    last.push_str(raw);
                }
                open = is_bare(part);
                continue;
            }
            open = false;
            if is_bare(part) && values.is_empty() {
                pending = Some(raw.to_string());
                continue;
            }
            values.push(part.to_string());
        }
        if let Some(p) = pending {
            values.push(p);
        }
        for v in values {
            for part in split_repeated_status_post(&v) {
                for d in split_and(part) {
                    push_value(&mut out, d);
                }
            }
        }
    }
    out
}

/// "status post A status post B" lists two histories without a separator;
/// a single "X status post Y" stays one value.
fn split_repeated_status_post(value: &str) -> Vec<&str> {
    let lower = value.to_ascii_lowercase();
    let starts: Vec<usize> = lower
        .match_indices("status post ")
        .map(|(i, _)| i)
        .filter(|&i| i == 0 || lower.as_bytes()[i - 1] == b' ')
        .collect();
    if starts.len() < 2 || starts[0] != 0 {
        return vec![value];
    }
    let mut out = Vec::with_capacity(starts.len());
    for (k, &s) in starts.iter().enumerate() {
        let e = starts.get(k + 1).copied().unwrap_or(value.len());
        out.push(cut::slice(value, s..e).trim());
    }
    out
}

/// Splits "a and b" where both sides are diagnoses: "lumbar strain and left
/// knee strain" splits, "neck and back pain", "sprain and strain" and
/// "thoracic and lumbar spine" do not.
fn split_and(value: &str) -> Vec<&str> {
    let lower = value.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = cut::slice(&lower, from..).find(" and ").map(|i| i + from) {
        let (left, right) = (cut::slice(value, ..i), cut::slice(value, i + 5..));
        let (lw, rw) = (words(left), words(right));
        let left_ok = lw.len() >= 2 || lw.first().is_some_and(|w| is_standalone(w));
        let right_ok = rw.len() >= 2 || rw.first().is_some_and(|w| is_standalone(w));
        // "neck and back pain" shares "pain"; "shoulder pain and injury
        // status post surgery" shares "shoulder".
        let shared = (lw.last().is_some_and(|w| is_body_word(w))
            && rw.first().is_some_and(|w| is_body_word(w)))
            || rw.first().is_some_and(|w| {
                ["injury", "injuries", "pain", "status"]
                    .iter()
                    .any(|g| g.eq_ignore_ascii_case(w))
            });
        if left_ok && right_ok && !shared && !left.trim_end().ends_with(',') {
            let mut out = vec![left];
            out.extend(split_and(right));
            return out;
        }
        from = i + 5;
    }
    vec![value]
}

/// Tidies one value and keeps it when it reads as a diagnosis.
fn push_value(out: &mut Vec<String>, raw: &str) {
    let mut d = crate::clean::squash(raw);
    for lead in [
        "to include ",
        "to be ",
        "including ",
        "include ",
        "includes ",
        "the diagnoses of ",
        "the diagnosis of ",
        "diagnoses of ",
        "documented as ",
        "having ",
        "a ",
        "an ",
        "the ",
    ] {
        if d.len() > lead.len()
            && d.get(..lead.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(lead))
        {
            d = cut::slice(&d, lead.len()..).to_string();
        }
    }
    let d = ENCOUNTER.replace(&d, "");
    let d = TRAILING_DATE.replace(&d, "");
    let d = d
        .trim()
        .trim_end_matches(['.', ',', ';', ':'])
        .trim()
        .trim_start_matches([':', '-', ' ']);
    let d = strip_conjunction(d);
    if d.is_empty() || d.len() > MAX_VALUE || !d.chars().any(|c| c.is_alphabetic()) {
        return;
    }
    if !out.iter().any(|o| o.eq_ignore_ascii_case(d)) {
        out.push(d.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn more_sentence_forms() {
        assert_eq!(
            diagnoses("The diagnoses were noted to include lumbar disc displacement and right knee meniscal tear."),
            ["lumbar disc displacement", "right knee meniscal tear"]
        );
        assert_eq!(
            diagnoses(
                "A worker. He was treated for a fracture of the left distal radius. He improved."
            ),
            ["fracture of the left distal radius"]
        );
    }

    #[test]
    fn repeated_status_post_splits() {
        assert_eq!(
            split_repeated_status_post("status post fall status post hip pinning"),
            ["status post fall", "status post hip pinning"]
        );
        assert_eq!(
            split_repeated_status_post("knee pain status post arthroscopy"),
            ["knee pain status post arthroscopy"]
        );
    }

    /// [`numbered`] as it was, searching the whole rest of the summary for
    /// each marker and sentence end.
    fn numbered_unbounded(summary: &str) -> Vec<String> {
        let Some((start, end)) = NUMBERED_START.find(summary) else {
            return Vec::new();
        };
        let delim = if summary[start..end].trim_end().ends_with(')') {
            ')'
        } else {
            '.'
        };
        let mut out = Vec::new();
        let mut cur = &summary[end..];
        let mut n = 2u32;
        loop {
            let marker = format!(" {n}{delim} ");
            match cur.find(&marker) {
                Some(i) if i <= 300 => {
                    push_value(&mut out, &cur[..i]);
                    cur = &cur[i + marker.len()..];
                    n += 1;
                }
                _ => {
                    let end = [". ", " \"", "\n\n"]
                        .iter()
                        .filter_map(|p| cur.find(p))
                        .chain(glued_sentence(cur))
                        .min()
                        .unwrap_or(cur.len())
                        .min(120);
                    push_value(&mut out, crate::clean::truncate_chars(cur, end));
                    break;
                }
            }
            if n > 40 {
                break;
            }
        }
        out
    }

    #[test]
    fn numbered_agrees_with_the_unbounded_search_on_samples() {
        let mut n = 0;
        for (name, text) in crate::samples::texts() {
            let t = crate::clean::clean(&text);
            // Every place a list could start, so that lists that are not
            // the letter's first are tried too.
            for (i, _) in t.match_indices(':') {
                let from = (0..=i.saturating_sub(40))
                    .rev()
                    .find(|&k| t.is_char_boundary(k))
                    .unwrap_or(0);
                let s = &t[from..];
                assert_eq!(numbered(s), numbered_unbounded(s), "{name} at {from}");
                n += usize::from(!numbered(s).is_empty());
            }
        }
        assert!(n > 10, "only {n} lists seen");
    }

    proptest::proptest! {
        #[test]
        fn generated_lists_agree(
            parts in proptest::collection::vec(
                ("(Diagnoses|diagnoses are|Diagnosis include|1|2|3|4|lumbar|Sprain|strain|Knee|pain|x{0,150}|\u{e9}{1,3})", "(: |\\. |\\) | |  |\n|\n\n| \"|)"),
                0..30,
            ),
        ) {
            let t: String = parts.iter().flat_map(|(w, g)| [w.as_str(), g.as_str()]).collect();
            proptest::prop_assert_eq!(numbered(&t), numbered_unbounded(&t));
        }
    }

    #[test]
    fn numbered_list_and_glued_sentence() {
        let s = "the diagnoses are: 1. brachial lesions 2. neuritis and radiculitis 3. disc disease. A physical exam showed";
        assert_eq!(
            diagnoses(s),
            [
                "brachial lesions",
                "neuritis and radiculitis",
                "disc disease"
            ]
        );
        let d = diagnoses(
            "the diagnoses are: 1. lumbar strain 2. sleep disturbance secondary to \
             painExamination on 9/16/14 showed tenderness.",
        );
        assert_eq!(d, ["lumbar strain", "sleep disturbance secondary to pain"]);
        let d = diagnoses("the diagnoses are: 1. DeQuervain's tenosynovitis, right wrist.");
        assert_eq!(d, ["DeQuervain's tenosynovitis, right wrist"]);
    }

    #[test]
    fn numbered_with_parentheses() {
        assert_eq!(
            diagnoses("Diagnoses: 1) lumbar strain 2) knee sprain. Plan: rest."),
            ["lumbar strain", "knee sprain"]
        );
    }

    #[test]
    fn icd_qualifiers_and_dates_stay_with_their_diagnosis() {
        assert_eq!(
            diagnoses(
                "The diagnosis is documented as other cervical disc displacement, mid cervical \
                 region."
            ),
            ["other cervical disc displacement, mid cervical region"]
        );
        assert_eq!(
            diagnoses("She is being treated for knee pain and injury status post surgery March 2015, hip sprain."),
            ["knee pain and injury status post surgery", "hip sprain"]
        );
        assert_eq!(
            diagnoses("The diagnoses have included wrist sprain, subsequent encounter."),
            ["wrist sprain"]
        );
    }

    #[test]
    fn documented_as_sentence() {
        let s = "A clerk hurt her back. The current diagnoses are documented as lumbar sprain, \
                 left hip strain and knee contusion. She was seen on 1/2/16.";
        assert_eq!(
            diagnoses(s),
            ["lumbar sprain", "left hip strain", "knee contusion"]
        );
        let s = "The current diagnosis is documented cervical sprain/strain and low back pain.";
        assert_eq!(diagnoses(s), ["cervical sprain/strain", "low back pain"]);
    }

    #[test]
    fn include_and_are_forms_with_semicolons() {
        assert_eq!(
            diagnoses("Diagnoses include low back pain and myalgia. Treatment followed."),
            ["low back pain", "myalgia"]
        );
        assert_eq!(
            diagnoses(
                "In 2016. Diagnoses are sprain of right knee; knee pain; and fracture of tibia."
            ),
            ["sprain of right knee", "knee pain", "fracture of tibia"]
        );
        assert_eq!(
            diagnoses("He has a diagnosis of lumbar and cervical muscle strain."),
            ["lumbar and cervical muscle strain"]
        );
    }

    #[test]
    fn diagnosed_as_having_and_with() {
        assert_eq!(
            diagnoses("The worker was diagnosed as having left knee strain. X-rays were normal."),
            ["left knee strain"]
        );
        assert_eq!(
            diagnoses("She was diagnosed with a right wrist sprain and right hip sprain."),
            ["right wrist sprain", "right hip sprain"]
        );
    }

    #[test]
    fn phrases_with_inner_commas_stay_whole() {
        assert_eq!(
            diagnoses(
                "The diagnosis is documented as strain of muscle, fascia, and tendon of low back."
            ),
            ["strain of muscle, fascia, and tendon of low back"]
        );
        assert_eq!(
            diagnoses(
                "He is undergoing treatment for neuralgia, strain of muscle, fascia and tendon at \
                 neck level, strain of right knee and sprain of the left ankle."
            ),
            [
                "neuralgia",
                "strain of muscle, fascia and tendon at neck level",
                "strain of right knee",
                "sprain of the left ankle"
            ]
        );
    }

    #[test]
    fn shared_words_do_not_split() {
        assert_eq!(
            diagnoses("The man is undergoing treatment for neck and back pain. He drives."),
            ["neck and back pain"]
        );
        assert_eq!(
            diagnoses("She is being treated for thoracic and lumbar spine sprain and strain."),
            ["thoracic and lumbar spine sprain and strain"]
        );
    }

    #[test]
    fn trailing_clause_is_cut() {
        assert_eq!(
            diagnoses(
                "The applicant has filed a claim for wrist pain reportedly associated with an \
                 industrial injury of May 2, 2016."
            ),
            ["wrist pain"]
        );
        assert_eq!(
            diagnoses(
                "The worker was being treated for the diagnoses of shoulder contusion, neck strain \
                 and headache.The injured worker was evaluated on 3/4/16."
            ),
            ["shoulder contusion", "neck strain", "headache"]
        );
        assert_eq!(
            diagnoses("She was diagnosed with carpal tunnel syndrome on 4/5/15 by her doctor."),
            ["carpal tunnel syndrome"]
        );
    }

    #[test]
    fn named_diagnoses_beat_treatment_sentences() {
        let s = "She is undergoing treatment for pain. The diagnoses include knee strain.";
        assert_eq!(diagnoses(s), ["knee strain"]);
    }

    #[test]
    fn no_diagnosis_no_value() {
        assert!(diagnoses("").is_empty());
        assert!(
            diagnoses("She has not been diagnosed with diabetes. Diagnostic tests were done.")
                .is_empty()
        );
        assert!(diagnoses("The diagnostic studies are pending.").is_empty());
    }

    #[test]
    fn odd_text_never_panics() {
        for s in [
            "diagnoses are: 1. ",
            "diagnosed with",
            "diagnosis of é, ü and ß.",
            "undergoing treatment for ,,, and ;;",
            "diagnoses include (a, b",
        ] {
            let _ = diagnoses(s);
        }
    }
}
