//! Unit tests of the rules: a finding for each reason, guideline conditions
//! that are not findings, quoted blocks, evidence.

/// Patterns compile on first use, so a bad row would fail only when a
/// letter reaches it: compile every form of every row here.
#[test]
fn every_row_compiles_in_both_forms() {
    for c in COMPILED.iter() {
        for p in [
            Some(&c.pattern),
            c.unless_before.as_ref(),
            c.unless_within.as_ref(),
            c.unless_after.as_ref(),
        ]
        .into_iter()
        .flatten()
        {
            let _ = (p.unicode(), p.lower());
        }
    }
}

use super::*;
use proptest::prelude::*;

const UP: Option<Outcome> = Some(Outcome::Upheld);

/// A sentence for each way of stating a reason, and the reasons it gives
/// (upheld).
const FINDINGS: &[(&str, &[&str])] = &[
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
        "The frequency and duration of the sessions were not specified.",
        &[MISSING_DOCUMENTATION],
    ),
    // Negation after the finding, hedges, candidates.
    (
        "A trial and failure of first-line care has not been documented.",
        &[CONSERVATIVE_CARE],
    ),
    (
        "There is no clear indication that the claimant has tried a course of physical therapy.",
        &[CONSERVATIVE_CARE],
    ),
    (
        "The worker is not a candidate for an operation at this point.",
        &[NOT_SURGICAL_CANDIDATE],
    ),
    (
        "Prior sessions have not improved her ability to work.",
        &[NO_FUNCTIONAL_IMPROVEMENT],
    ),
    (
        "Sensation and strength are intact in both legs.",
        &[NO_RED_FLAGS],
    ),
    (
        "Medical foods are not recommended for chronic pain.",
        &[NOT_RECOMMENDED],
    ),
    (
        "Topical muscle relaxants are not supported for this use.",
        &[NOT_RECOMMENDED],
    ),
    (
        "Since the guidelines recommend ten visits, the twelve asked are in excess of them.",
        &[EXCEEDS_GUIDELINE],
    ),
    (
        "There is no clear indication that the worker has radicular findings.",
        &[NO_RED_FLAGS],
    ),
    (
        "The exam shows no sign of fracture or infection.",
        &[NO_RED_FLAGS],
    ),
    // The reasons added for unseen letters.
    (
        "He should be able to continue his exercises in a home program.",
        &[HOME_PROGRAM],
    ),
    (
        "No deficits are described that could not be addressed with a home program.",
        &[HOME_PROGRAM],
    ),
    (
        "Further visits are premature prior to the completion of the six approved sessions.",
        &[AWAITING_RESULTS],
    ),
    (
        "The results of the approved acupuncture trial are not yet known.",
        &[AWAITING_RESULTS],
    ),
    (
        "There has been no significant change in symptoms since the previous MRI.",
        &[REPEAT_STUDY],
    ),
    (
        "There is no documentation of gastrointestinal risk factors to support a proton pump inhibitor.",
        &[PRECONDITION_ABSENT],
    ),
    (
        "The examination notes no spasticity for which baclofen would be indicated.",
        &[PRECONDITION_ABSENT],
    ),
    (
        "It is not documented that she tried oral antidepressants before this topical cream.",
        &[PRECONDITION_ABSENT],
    ),
    // More ways of saying them.
    (
        "Lidocaine patches are not indicated for the treatment of axial back pain.",
        &[NOT_RECOMMENDED],
    ),
    (
        "There is no evidence of failure of a home exercise program.",
        &[CONSERVATIVE_CARE],
    ),
    (
        "Conservative treatment has not yet been exhausted.",
        &[CONSERVATIVE_CARE],
    ),
    (
        "The file lacks any mention of a trial of physical therapy.",
        &[CONSERVATIVE_CARE],
    ),
    (
        "Surgery has not been recommended by the orthopedist.",
        &[NOT_SURGICAL_CANDIDATE],
    ),
    (
        "She has declined surgery.",
        &[NOT_SURGICAL_CANDIDATE],
    ),
    (
        "The notes do not describe a surgical plan.",
        &[NOT_SURGICAL_CANDIDATE],
    ),
    (
        "There is no record of a trial of gabapentin or a tricyclic.",
        &[CONSERVATIVE_CARE, PRECONDITION_ABSENT],
    ),
    (
        "The provider states no functional goals for the medication.",
        &[MISSING_DOCUMENTATION],
    ),
    (
        "No psychological evaluation has been documented.",
        &[MISSING_DOCUMENTATION],
    ),
    (
        "The records do not mention any previous dietary attempt.",
        &[CONSERVATIVE_CARE],
    ),
    (
        "The location and frequency of the sessions are not identified.",
        &[MISSING_DOCUMENTATION],
    ),
    (
        "He is neurologically intact with a negative straight leg raise.",
        &[NO_RED_FLAGS],
    ),
    (
        "The injections failed to provide lasting relief.",
        &[NO_FUNCTIONAL_IMPROVEMENT],
    ),
    (
        "She should complete the authorized visits before more are considered.",
        &[AWAITING_RESULTS],
    ),
    (
        "There has been no change in his complaints since the prior lumbar MRI.",
        &[REPEAT_STUDY],
    ),
    // A past test's results not on file are missing records, not a trial
    // still running: only "not yet" or "pending" says the results are awaited.
    (
        "The results of the last toxicology screen are not documented.",
        &[MISSING_DOCUMENTATION],
    ),
];

#[test]
fn each_reason_has_a_finding_that_gives_it() {
    for (text, want) in FINDINGS {
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
        "This drug is not indicated for long-term use.",
        "Treatment may be extended if functional improvement is documented.",
        // Quoted criteria: the guideline's requirements, not findings.
        "ODG recommends an MRI when there is documentation of radiculopathy and no improvement.",
        "According to the MTUS, imaging is indicated when there is no response to conservative care.",
        "There should be documentation of pain relief and no adverse effects.",
        "Guidelines recommend an MRI for patients who have not responded to care and who would agree to surgery.",
        // Boilerplate is not a reason of its own.
        "There are no exceptional factors to deviate from the guidelines.",
        "There is a lack of evidence based rationale provided by the physician.",
        "Therefore, the request is not supported.",
        "Surgery may be considered in patients who have not improved.",
        "A repeat MRI should be reserved for a significant change in symptoms.",
        "There is no change in pain since the last visit.",
    ] {
        assert!(
            reasons(text, UP).is_empty(),
            "{text:?}: {:?}",
            reasons(text, UP)
        );
    }
}

#[test]
fn a_quoted_block_runs_until_a_sentence_applies_it() {
    let text =
        "The MTUS states that imaging is for red flags. Imaging without red flags is not needed. \
                Passive care is not recommended. In this case there are no red flags.";
    let got = reasons_with_evidence("MRI of the knee", text, UP);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, NO_RED_FLAGS);
    assert_eq!(
        &text[got[0].1 .0..got[0].1 .1],
        "In this case there are no red flags."
    );
    // A dated sentence, "the request" or an opening "there was no" end
    // the block too.
    for finding in [
        "On 1/2/2016 there was no radicular finding.",
        "There were no red flag symptoms.",
    ] {
        let text =
            format!("ODG recommends an MRI for red flags. It is reserved for trauma. {finding}");
        assert_eq!(reasons(&text, UP), [NO_RED_FLAGS], "{text}");
    }
}

#[test]
fn a_purchase_sentence_applies_the_guideline() {
    let text = "ODG recommends a rental for the first week. A purchase is not supported because use after that week is not recommended.";
    assert_eq!(reasons(text, UP), [NOT_RECOMMENDED]);
}

/// The reasons' paths an upheld item with this service and text gets.
fn paths_of(service: &str, text: &str) -> Vec<&'static str> {
    reasons_with_evidence(service, text, UP)
        .into_iter()
        .map(|(p, _)| p)
        .collect()
}

#[test]
fn quoted_not_recommended_counts_for_the_service_it_names() {
    let text = "According to ODG, ultrasound is not recommended. Ice is not recommended either.";
    let of = |service: &str| paths_of(service, text);
    assert_eq!(of("Therapeutic ultrasound x6"), [NOT_RECOMMENDED]);
    assert!(of("Lumbar MRI").is_empty());
    // Outside a quote it counts whatever the service.
    assert_eq!(
        reasons("Ultrasound is not recommended for this condition.", UP),
        [NOT_RECOMMENDED]
    );
}

#[test]
fn a_first_course_or_an_approved_operation_awaits_nothing() {
    let text = "The patient has not yet started psychotherapy.";
    assert!(paths_of("Cognitive behavioral therapy x12", text).is_empty());
    let text = "The patient has not yet started the physical therapy authorized last month.";
    assert!(paths_of("Lumbar MRI", text).contains(&AWAITING_RESULTS));
    let text = "The right knee arthroscopy was certified and is scheduled.";
    assert!(paths_of("Post-operative cold therapy unit, 14-day rental", text).is_empty());
    // The service's head decides what goes with a procedure.
    let text = "The injection is not medically necessary, and therefore the associated anesthesia is also not medically necessary. There are no radicular findings.";
    assert_eq!(
        paths_of("Lumbar epidural steroid injection under fluoroscopy", text),
        [NO_RED_FLAGS]
    );
    assert_eq!(
        paths_of("Anesthesia for the lumbar epidural steroid injection", text),
        [ANCILLARY]
    );
}

#[test]
fn operations_blocks_programs_and_psychological_care_take_no_precondition() {
    // A drug's missing condition, said of an operation or a block, is a
    // finding that would warrant it; of a drug, its precondition.
    let text = "The nerve study was normal, with no evidence of neuropathic pain.";
    assert_eq!(
        paths_of("Right carpal tunnel release", text),
        [NO_RED_FLAGS]
    );
    assert_eq!(
        paths_of("Gabapentin 600mg #90", text),
        [PRECONDITION_ABSENT]
    );
    // Care not received before an operation is conservative care.
    let text = "He has not received a corticosteroid injection.";
    assert_eq!(
        paths_of("Right total knee arthroplasty", text),
        [CONSERVATIVE_CARE]
    );
    // A psychological evaluation not done is a step the records lack.
    let text = "There is no psychological evaluation, and no diagnosis of anxiety.";
    assert_eq!(
        paths_of("L4-5 lumbar fusion", text),
        [MISSING_DOCUMENTATION]
    );
    // A program or psychotherapy: no reason of that kind at all.
    let text = "The worker is not severely depressed and has no anxiety.";
    assert!(paths_of("Cognitive behavioral therapy x6", text).is_empty());
    assert!(paths_of("Weight loss program x10 weeks", text).is_empty());
    assert_eq!(
        paths_of("Alprazolam 0.5mg #60", text),
        [PRECONDITION_ABSENT]
    );
}

#[test]
fn an_item_with_its_procedure_keeps_the_guidelines_word_on_itself() {
    let text = "ODG does not recommend ultrasound guidance for knee joint injections. The Synvisc injection has not been found medically necessary, so guidance for it is not required.";
    assert_eq!(
        paths_of("Ultrasound guidance for right knee injection", text),
        [NOT_RECOMMENDED, ANCILLARY]
    );
    // Said of the procedure, the guideline's word is the procedure's.
    let text = "ODG does not recommend the knee injection for mild arthritis. The injection has not been found medically necessary, so the anesthesia for it is not required.";
    assert_eq!(
        paths_of("Anesthesia for right knee injection", text),
        [ANCILLARY]
    );
}

#[test]
fn pain_without_radiculopathy_is_a_facet_blocks_condition_met() {
    let text = "He has axial low back pain, and there are no radicular findings.";
    assert!(paths_of("Bilateral L4-5 medial branch blocks", text).is_empty());
    assert_eq!(
        paths_of("Lumbar epidural steroid injection L4-5", text),
        [NO_RED_FLAGS]
    );
}

#[test]
fn first_line_not_tried_is_a_topical_precondition() {
    let text = "There is no documentation that first-line therapy was tried and failed.";
    let paths = |service: &str| paths_of(service, text);
    assert_eq!(
        paths("Ketoprofen 20% cream"),
        [CONSERVATIVE_CARE, PRECONDITION_ABSENT]
    );
    assert_eq!(paths("Lumbar epidural injection"), [CONSERVATIVE_CARE]);
    // Named by class, the untried oral drugs are the topical's own
    // precondition only; for an injection they are conservative care.
    let text = "The records do not show that she has tried and failed an antidepressant or anticonvulsant.";
    let paths = |service: &str| paths_of(service, text);
    assert_eq!(paths("Lidoderm 5% patch #30"), [PRECONDITION_ABSENT]);
    assert!(paths("Lumbar epidural injection").contains(&CONSERVATIVE_CARE));
}

#[test]
fn evidence_is_the_sentence_trimmed_with_its_mark() {
    let text = "  Intro words.   No red flags were found;  the rest.";
    let got = reasons_with_evidence("", text, UP);
    assert_eq!(got.len(), 1);
    assert_eq!(&text[got[0].1 .0..got[0].1 .1], "No red flags were found;");
    // Not ASCII: the same, on character boundaries.
    let text = "Résumé — no red flags were found";
    let got = reasons_with_evidence("", text, UP);
    assert_eq!(&text[got[0].1 .0..got[0].1 .1], text);
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
fn missing_names_the_catch_all() {
    assert_eq!(REASONS[MISSING], MISSING_DOCUMENTATION);
    assert_eq!(REASONS[CONSERVATIVE], CONSERVATIVE_CARE);
    assert_eq!(REASONS[PRECONDITION], PRECONDITION_ABSENT);
}

#[test]
fn table_is_consistent() {
    for r in RULES {
        assert!(REASONS.contains(&r.path), "{} not in REASONS", r.path);
        for p in [r.pattern, r.unless_before, r.unless_within, r.unless_after] {
            if !p.is_empty() {
                Regex::new(p).unwrap_or_else(|e| panic!("{p}: {e}"));
            }
        }
    }
    for p in REASONS {
        assert!(RULES.iter().any(|r| r.path == *p), "{p} has no rule");
    }
}

/// The "Rule table" section of REASONS.md as the table gives it: one entry
/// per row, in table order, with its guards.
fn rule_table_markdown() -> String {
    let mut out = String::new();
    for r in RULES {
        let applies = match r.applies {
            Applies::Denied => "upheld or unstated",
            Applies::Overturned => "overturned",
        };
        let reads = match r.reads {
            Reads::Finding => "",
            Reads::Guideline => "; also in quoted guideline sentences",
            Reads::GuidelineOnService => {
                "; in a quoted guideline sentence only when it names a word of the service"
            }
        };
        let guards = [
            (r.unless_before, "the sentence before the match ends with"),
            (r.unless_within, "the match itself holds"),
            (r.unless_after, "the text after the match starts with"),
        ];
        let guarded = guards.iter().any(|(p, _)| !p.is_empty());
        out.push_str(&format!(
            "- `{}` ({applies}{reads}):\n  `{}`{}\n",
            r.path,
            r.pattern,
            if guarded { ";" } else { "" }
        ));
        for (p, what) in guards {
            if !p.is_empty() {
                out.push_str(&format!("  ignored when {what} `{p}`\n"));
            }
        }
    }
    out
}

/// REASONS.md names every reason and lists every row exactly as the table
/// has it; `UPDATE_GOLDEN=1` rewrites its rule table section.
#[test]
fn documented_reasons_match_the_table() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../index_schema/REASONS.md");
    let doc = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    for p in REASONS {
        assert!(
            doc.contains(&format!("`{p}`")),
            "{p} missing from REASONS.md"
        );
    }
    let (head, rest) = doc
        .split_once("## Rule table\n\n")
        .expect("REASONS.md has a '## Rule table' section");
    let (documented, tail) = rest
        .split_once("\n## ")
        .expect("a section follows the rule table");
    let table = rule_table_markdown();
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        let rewritten = format!("{head}## Rule table\n\n{table}\n## {tail}");
        std::fs::write(path, rewritten).unwrap_or_else(|e| panic!("{path}: {e}"));
        return;
    }
    assert!(
        documented == table,
        "the rule table in REASONS.md differs from RULES; regenerate it with \
         UPDATE_GOLDEN=1 cargo test -p imr-letter --lib documented_reasons"
    );
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

#[test]
fn a_sentence_met_again_gives_what_it_gave_in_its_new_context() {
    // The memo keeps a sentence's own results, never its place: the same
    // sentence inside a quoted block and after a finding that ends one.
    let shared = "Imaging without red flags is not needed.";
    let quoted_first = format!("The MTUS states that imaging is for red flags. {shared}");
    let found_first = format!("There were no red flag symptoms. {shared}");
    for _ in 0..2 {
        assert!(reasons(&quoted_first, UP).is_empty(), "{quoted_first}");
        assert_eq!(reasons(&found_first, UP), [NO_RED_FLAGS], "{found_first}");
        // The same rationale twice: the same reasons and the same sentences.
        let text = "ODG recommends a rental for the first week. A purchase is not supported because use after that week is not recommended.";
        assert_eq!(
            reasons_with_evidence("TENS unit", text, UP),
            reasons_with_evidence("TENS unit", text, UP)
        );
        assert_eq!(reasons(text, UP), [NOT_RECOMMENDED]);
    }
}

/// The rows that fire in a sentence, by path; `IMR_WHY` (sentences, one a
/// line) prints them with their patterns, for reading a rule's mistakes.
fn rows_firing(sentence: &str) -> Vec<usize> {
    let lower = sentence.to_ascii_lowercase();
    let hay = Hay {
        text: sentence,
        lower: sentence.is_ascii().then_some(lower.as_bytes()),
    };
    (0..RULES.len())
        .filter(|&r| fires(&COMPILED[r], hay))
        .collect()
}

#[test]
fn why_rows_fire() {
    let plain = "There is no documentation of objective functional improvement.";
    assert!(rows_firing(plain)
        .iter()
        .any(|&r| RULES[r].path == NO_FUNCTIONAL_IMPROVEMENT));
    assert!(rows_firing("The patient was seen on 03/14/2016.").is_empty());
    let Ok(text) = std::env::var("IMR_WHY") else {
        return;
    };
    for sentence in text.lines() {
        eprintln!("{sentence}");
        for r in rows_firing(sentence) {
            eprintln!("  row {r} {}: {}", RULES[r].path, RULES[r].pattern);
        }
    }
}
