//! Decision reasons: an item's rationale and outcome -> reason facet paths.
//!
//! This module owns the reason vocabulary ([`REASONS`], the paths in display
//! order) and the rule table ([`RULES`]) that finds them in a rationale.
//! `index_schema/REASONS.md` is the user-facing description of both; a test
//! checks it names every path and every rule pattern.
//!
//! Rules read the rationale one sentence at a time. Rationales usually quote
//! the guideline before applying it, so most rules look for a *negated*
//! finding ("there is no documentation of objective functional improvement",
//! "there were no red flag symptoms") rather than the topic alone, and some
//! carry a guard that drops guideline-style conditions ("when treatment
//! exceeds the guideline, exceptional factors should be noted"). Denial
//! reasons apply to upheld items (and to items whose outcome the letter does
//! not state); `/Guideline criteria met` applies to overturned items only.
//! `/Missing documentation` is the catch-all: it counts only for a sentence
//! no more specific reason explains.

use once_cell::sync::Lazy;
use regex::Regex;

use crate::letter::Outcome;

/// The reason paths in display order.
pub const REASONS: &[&str] = &[
    NO_FUNCTIONAL_IMPROVEMENT,
    EXCEEDS_GUIDELINE,
    NOT_RECOMMENDED,
    NO_RED_FLAGS,
    CONSERVATIVE_CARE,
    MISSING_DOCUMENTATION,
    NOT_SURGICAL_CANDIDATE,
    ANCILLARY,
    CRITERIA_MET,
];

/// Prior treatment did not document objective functional gains.
pub const NO_FUNCTIONAL_IMPROVEMENT: &str = "/No functional improvement";
/// The request is over the guideline's number of visits or its duration.
pub const EXCEEDS_GUIDELINE: &str = "/Exceeds guideline quantity or duration";
/// The guideline does not recommend the service (at all, or for this use).
pub const NOT_RECOMMENDED: &str = "/Not recommended by guideline";
/// No red flags, neurologic deficits or objective findings warrant it.
pub const NO_RED_FLAGS: &str = "/No red flags or neurologic findings";
/// First-line or conservative care is not documented as tried and failed.
pub const CONSERVATIVE_CARE: &str = "/Conservative care not tried and failed";
/// The records lack what the decision needs (catch-all).
pub const MISSING_DOCUMENTATION: &str = "/Missing documentation";
/// Surgery is not planned or the worker is not described as a candidate.
pub const NOT_SURGICAL_CANDIDATE: &str = "/Not a surgical candidate";
/// The item goes with a procedure that is itself not medically necessary.
pub const ANCILLARY: &str = "/Ancillary to a denied procedure";
/// Overturned: the reviewer found the guideline's criteria met.
pub const CRITERIA_MET: &str = "/Guideline criteria met";

/// Which outcomes a rule applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applies {
    /// Upheld items and items without a stated outcome.
    Denied,
    /// Overturned items.
    Overturned,
}

/// One row of the rule table.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// The reason path the row gives.
    pub path: &'static str,
    /// Outcomes the row applies to.
    pub applies: Applies,
    /// Case-insensitive regex searched in each sentence.
    pub pattern: &'static str,
    /// When not empty: a match is ignored when the sentence text before it
    /// matches this regex (a guideline's condition, not a finding).
    pub unless_before: &'static str,
    /// When not empty: a match is ignored when the text right after it
    /// matches this regex (anchored at its start).
    pub unless_after: &'static str,
}

/// The rule table, in [`REASONS`] order. Every matching row gives its path.
pub const RULES: &[Rule] = &[
    // No functional improvement: a negation, then an improvement word.
    Rule {
        path: NO_FUNCTIONAL_IMPROVEMENT,
        applies: Applies::Denied,
        pattern: r"\b(?:no|not|lack|lacks|absence|unclear|neither|nor|against|without documented)\b[^.;]{0,100}?\b(?:functional (?:improvement|benefits?|response|gains?)|improvement in function|increased? (?:in )?function|gains? in function|objective (?:response|improvement)|pain relief|decrease in pain|medication efficacy)|\b(?:lack of|no) (?:\w+ )?benefit\b",
        unless_before: "",
        unless_after: "",
    },
    // Exceeds the guideline: over its visits or duration, unless stated as
    // the guideline's own condition or claim ("when ... exceeds", "should
    // not exceed", "guidelines state excessive splinting ...").
    Rule {
        path: EXCEEDS_GUIDELINE,
        applies: Applies::Denied,
        pattern: r"\b(?:exceed(?:s|ed|ing)?|in excess of|excessive|surpass(?:es|ed)?|beyond the (?:recommended|guidelines?)|over the (?:number|quantity|amount) (?:of visits )?(?:recommended|allowed)|more than the (?:guidelines?|recommended))\b",
        unless_before: r"\b(?:when|if|should not|not to|must not|may not|guidelines? (?:states?|says?|notes?))\b[^.;]{0,60}$",
        unless_after: "",
    },
    Rule {
        path: NOT_RECOMMENDED,
        applies: Applies::Denied,
        pattern: r"\b(?:given that|as|since|because) the (?:\w+ ){0,3}guidelines? (?:\w+ )?(?:do|does) not (?:recommend|support)",
        unless_before: "",
        unless_after: "",
    },
    Rule {
        path: NOT_RECOMMENDED,
        applies: Applies::Denied,
        pattern: r"\bnot (?:recommended|supported) by the (?:[\w-]+ ){0,4}guidelines?",
        unless_before: "",
        unless_after: "",
    },
    // A guideline named as the subject ("ODG does not recommend X"), but not
    // its routine-use or primary-treatment caveats.
    Rule {
        path: NOT_RECOMMENDED,
        applies: Applies::Denied,
        pattern: r"\b(?:MTUS|ODG|ACOEM|guidelines?) (?:\w+ )?(?:does|do) not recommend\b",
        unless_before: "",
        unless_after: r"^\s*(?:the )?routine|^[^.;]{0,80}\bas an? (?:primary|first-line)",
    },
    // "is not recommended (approved) for <use>", but not the conditional forms: for
    // long-term use, for routine use, in the absence of findings.
    Rule {
        path: NOT_RECOMMENDED,
        applies: Applies::Denied,
        pattern: r"\b(?:is|are) not (?:recommended|approved) (?:for|beyond|in)\b",
        unless_before: "",
        unless_after: r"^\s*(?:long[- ]term|routine|the absence)",
    },
    Rule {
        path: NO_RED_FLAGS,
        applies: Applies::Denied,
        pattern: r#"\b(?:no|not|lack|absence|neither|nor)\b[^.;]{0,80}?\b(?:red[- "]*flags?|neurolog\w*|nerve (?:root )?(?:compromise|impairment|dysfunction|involvement)|specific (?:spinal )?nerve|radicul\w*|objective (?:exam\w* )?findings|derangement|tissue insult)"#,
        unless_before: "",
        unless_after: "",
    },
    Rule {
        path: NO_RED_FLAGS,
        applies: Applies::Denied,
        pattern: r"\bneurolog\w* exam\w* (?:is|was) (?:unremarkable|normal|non-?focal)",
        unless_before: "",
        unless_after: "",
    },
    // Conservative care: no record that first-line care was tried and failed.
    Rule {
        path: CONSERVATIVE_CARE,
        applies: Applies::Denied,
        pattern: r"\b(?:no|lack of|absence of)\b (?:[\w-]+ ){0,6}(?:indication|documentation|evidence|mention)\b[^.;]{0,80}?\b(?:failed|fail to improve|intolerant)\b",
        unless_before: "",
        unless_after: "",
    },
    Rule {
        path: CONSERVATIVE_CARE,
        applies: Applies::Denied,
        pattern: r"\b(?:not|never) (?:been )?documented to have (?:failed|tried)|\b(?:does|did) not (?:establish|show|indicate|document) that [^.;]{0,40}\bfailed|\bno evidence of failed",
        unless_before: "",
        unless_after: "",
    },
    Rule {
        path: CONSERVATIVE_CARE,
        applies: Applies::Denied,
        pattern: r"\b(?:no|lack of|absence of)\b (?:[\w'-]+ ){0,8}(?:recent |prior )?conservative (?:care|treatment|management|measures)|\bhas not yet had\b|\byet to be completed\b|\bno (?:prior )?(?:trial|attempt)s? (?:of|at)\b",
        unless_before: "",
        unless_after: "",
    },
    // The catch-all. Only a few words may sit between the negation and the
    // record ("lack of clinical documentation"), so "in the absence of such
    // documentation", which points back to a finding, adds nothing.
    Rule {
        path: MISSING_DOCUMENTATION,
        applies: Applies::Denied,
        pattern: r"\b(?:lack of|no|absence of|without) (?:(?:any|clear|clinical|medical|sufficient|adequate|specific|objective|physical|therapy|treatment|progress|the) ){0,2}(?:documentation|information|records?|notes)\b|\b(?:not|never) (?:been )?(?:documented|provided|submitted|specified)\b|\b(?:did not|does not|failed to|fails to) (?:specify|document|provide)\b|\b(?:no|unclear)\b[^.;]{0,20}\brationale\b|\bnothing specific\b|\bno\b[^.;]{0,40}\b(?:is|are|was|were) documented\b|\b(?:do|does|did) not (?:mention|describe|identify)\b|\bnot (?:identified|described|discussed)\b",
        unless_before: "",
        unless_after: "",
    },
    Rule {
        path: NOT_SURGICAL_CANDIDATE,
        applies: Applies::Denied,
        pattern: r"\b(?:no|not|lack|absence)\b[^.;]{0,80}?\b(?:candidate for surgery|surgical candidate|plans? for surgery|surgery (?:is|was|would be) (?:warranted|planned|indicated|contemplated)|undergoing surgical|surgical intervention (?:is|was) planned)",
        unless_before: "",
        unless_after: "",
    },
    Rule {
        path: ANCILLARY,
        applies: Applies::Denied,
        pattern: r"\b(?:since|as|because|given that)\b[^.;]{0,80}\b(?:procedure|surgery|operation|injection|surgical request)s?\b[^.;]{0,60}\b(?:is|are|was|were|has been|have been) (?:also )?(?:not|deemed not|found not|non-?certified)\b|\b(?:associated|ancillary|concurrent) (?:services?|requests?|items?)\b[^.;]{0,60}\b(?:is|are) (?:also )?not\b|\bbecause\b[^.;]{0,60}\bitself (?:is|was) not (?:supported|medically necessary|certified|recommended)",
        unless_before: "",
        unless_after: "",
    },
    // Overturned: the reviewer finds the request necessary or its criteria met.
    Rule {
        path: CRITERIA_MET,
        applies: Applies::Overturned,
        pattern: r"\b(?:medically (?:necessary|reasonable|appropriate)|meets?|met|supported|indicated|recommended)\b",
        unless_before: "",
        unless_after: "",
    },
];

/// One compiled rule.
struct Compiled {
    rule: &'static Rule,
    pattern: Regex,
    unless_before: Option<Regex>,
    unless_after: Option<Regex>,
}

/// Compiles a table pattern, case-insensitive; the table is constant, so a
/// bad pattern is a programming error the unit tests catch.
fn compile(p: &str) -> Regex {
    Regex::new(&format!("(?i){p}")).expect("RULES patterns are valid regexes")
}

/// [`RULES`] compiled once, in order.
static COMPILED: Lazy<Vec<Compiled>> = Lazy::new(|| {
    RULES
        .iter()
        .map(|rule| Compiled {
            rule,
            pattern: compile(rule.pattern),
            unless_before: (!rule.unless_before.is_empty()).then(|| compile(rule.unless_before)),
            unless_after: (!rule.unless_after.is_empty()).then(|| compile(rule.unless_after)),
        })
        .collect()
});

/// Sentence ends: `.`, `;`, `!` or `?` followed by space or the end ("e.g.,"
/// and decimals stay whole).
static SENTENCE_END: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"[.;!?]+(?:\s+|$)").expect("valid regex"));

/// Whether `c` matches somewhere in `sentence` outside its guards.
fn fires(c: &Compiled, sentence: &str) -> bool {
    c.pattern.find_iter(sentence).any(|m| {
        let before = &sentence[..m.start()];
        let after = &sentence[m.end()..];
        !c.unless_before.as_ref().is_some_and(|r| r.is_match(before))
            && !c.unless_after.as_ref().is_some_and(|r| r.is_match(after))
    })
}

/// The reasons a rationale gives for an item's outcome, in [`REASONS`]
/// order, each once. `None` (outcome not stated) reads it as a denial.
///
/// ```
/// use imr_letter::letter::Outcome;
/// use imr_letter::normalize::reason::reasons;
/// assert_eq!(
///     reasons("There were no red flag symptoms. There was no plan for surgery.", Some(Outcome::Upheld)),
///     ["/No red flags or neurologic findings", "/Not a surgical candidate"]
/// );
/// ```
pub fn reasons(rationale: &str, outcome: Option<Outcome>) -> Vec<String> {
    let applies = match outcome {
        Some(Outcome::Overturned) => Applies::Overturned,
        Some(Outcome::Upheld) | None => Applies::Denied,
    };
    let mut found = [false; REASONS.len()];
    let mark = |found: &mut [bool], path: &str| {
        if let Some(i) = REASONS.iter().position(|p| *p == path) {
            found[i] = true;
        }
    };
    for sentence in SENTENCE_END.split(rationale) {
        let mut specific = false;
        let mut missing = false;
        for c in COMPILED.iter().filter(|c| c.rule.applies == applies) {
            if !fires(c, sentence) {
                continue;
            }
            if c.rule.path == MISSING_DOCUMENTATION {
                missing = true;
            } else {
                specific = true;
                mark(&mut found, c.rule.path);
            }
        }
        // The catch-all only when nothing more specific explains the sentence.
        if missing && !specific {
            mark(&mut found, MISSING_DOCUMENTATION);
        }
    }
    REASONS
        .iter()
        .zip(found)
        .filter(|(_, f)| *f)
        .map(|(p, _)| (*p).to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const UP: Option<Outcome> = Some(Outcome::Upheld);

    #[test]
    fn each_reason_has_a_finding_that_gives_it() {
        let cases: &[(&str, &[&str])] = &[
            (
                "There is no documentation of objective functional improvement with prior sessions.",
                &[NO_FUNCTIONAL_IMPROVEMENT],
            ),
            (
                "The request for 12 visits exceeds the guideline recommendation.",
                &[EXCEEDS_GUIDELINE],
            ),
            (
                "Given that the guidelines do not recommend this device, it is not supported.",
                &[NOT_RECOMMENDED],
            ),
            (
                "Benzodiazepines are not recommended for long-term use. They are not recommended for the treatment of pain.",
                &[NOT_RECOMMENDED],
            ),
            (
                "The exam shows no neurological deficits.",
                &[NO_RED_FLAGS],
            ),
            ("The neurologic exam was unremarkable.", &[NO_RED_FLAGS]),
            (
                "There is no indication the patient has failed a trial of conservative treatment.",
                &[CONSERVATIVE_CARE],
            ),
            (
                "The request did not specify the duration of use.",
                &[MISSING_DOCUMENTATION],
            ),
            (
                "There is no indication the worker is a candidate for surgery.",
                &[NOT_SURGICAL_CANDIDATE],
            ),
            (
                "As the requested surgery is not medically necessary, the preoperative clearance is not either.",
                &[ANCILLARY],
            ),
            (
                "The associated services are also not medically necessary.",
                &[ANCILLARY],
            ),
            (
                "Because the opioid itself is not supported, the antiemetic is not either.",
                &[ANCILLARY],
            ),
            (
                "The worker has had 18 visits, well over the number recommended.",
                &[EXCEEDS_GUIDELINE],
            ),
            (
                "Without documented functional improvement, continued use is not supported.",
                &[NO_FUNCTIONAL_IMPROVEMENT],
            ),
            ("ODG does not recommend carisoprodol.", &[NOT_RECOMMENDED]),
            (
                "Ketoprofen is not approved for topical use.",
                &[NOT_RECOMMENDED],
            ),
            (
                "There has been no trial of behavioral treatment.",
                &[CONSERVATIVE_CARE],
            ),
            (
                "No sleep assessment is documented, and the program is not identified.",
                &[MISSING_DOCUMENTATION],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(reasons(text, UP), *want, "{text:?}");
        }
    }

    #[test]
    fn guideline_conditions_are_not_findings() {
        for text in [
            "When treatment duration exceeds the guideline, exceptional factors should be noted.",
            "Sessions should not exceed 18 visits.",
            "Imaging is not recommended in the absence of trauma.",
            "Sedating antihistamines are not recommended for long-term insomnia treatment.",
            "TENS is not recommended as a primary treatment modality.",
            "The guidelines do not recommend the routine use of MRI.",
            "The guidelines do not recommend TENS units as a primary treatment.",
            "This medication is not indicated for long term use.",
            "Treatment may be extended if functional improvement is documented.",
        ] {
            assert!(
                reasons(text, UP).is_empty(),
                "{text:?}: {:?}",
                reasons(text, UP)
            );
        }
    }

    #[test]
    fn missing_documentation_yields_to_a_specific_reason() {
        // One sentence: the specific reason explains the missing record.
        assert_eq!(
            reasons("There is no documentation of red flags.", UP),
            [NO_RED_FLAGS]
        );
        // Two sentences: both reasons.
        assert_eq!(
            reasons(
                "There is no documentation of red flags. The request did not specify a quantity.",
                UP
            ),
            [NO_RED_FLAGS, MISSING_DOCUMENTATION]
        );
        // "In the absence of such documentation" points back, adds nothing.
        assert!(reasons("In the absence of such documentation, it is denied.", UP).is_empty());
    }

    #[test]
    fn outcome_chooses_the_rules() {
        let text = "There were no red flags. The request is medically necessary.";
        assert_eq!(reasons(text, None), [NO_RED_FLAGS]);
        assert_eq!(reasons(text, Some(Outcome::Overturned)), [CRITERIA_MET]);
        assert!(reasons("", Some(Outcome::Overturned)).is_empty());
    }

    #[test]
    fn table_is_consistent() {
        for r in RULES {
            assert!(REASONS.contains(&r.path), "{} not in REASONS", r.path);
            for p in [r.pattern, r.unless_before, r.unless_after] {
                if !p.is_empty() {
                    Regex::new(p).unwrap_or_else(|e| panic!("{p}: {e}"));
                }
            }
        }
        for p in REASONS {
            assert!(RULES.iter().any(|r| r.path == *p), "{p} has no rule");
        }
    }

    #[test]
    fn documented_reasons_match_the_table() {
        let doc = include_str!("../../../../index_schema/REASONS.md");
        for p in REASONS {
            assert!(
                doc.contains(&format!("`{p}`")),
                "{p} missing from REASONS.md"
            );
        }
        for r in RULES {
            assert!(
                doc.contains(&format!("`{}`", r.pattern)),
                "pattern of {} missing from REASONS.md: {}",
                r.path,
                r.pattern
            );
        }
    }

    proptest! {
        #[test]
        fn any_text_gives_known_paths_once(s in "\\PC{0,300}") {
            for outcome in [None, Some(Outcome::Upheld), Some(Outcome::Overturned)] {
                let got = reasons(&s, outcome);
                let mut sorted = got.clone();
                sorted.dedup();
                prop_assert_eq!(&sorted, &got);
                for r in &got {
                    prop_assert!(REASONS.contains(&r.as_str()));
                }
            }
        }
    }
}
