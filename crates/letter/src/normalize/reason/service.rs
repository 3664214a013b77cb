//! What an item's service says about its reasons: the service's words
//! (for quoted guideline text that must name it, and to tell the items
//! that share one rationale apart), the kinds of service (a drug, a
//! topical form, a study, a procedure and what goes with it, a
//! stimulator, a therapy), and the settling of the reasons found by what
//! the item is ([`by_service`]).

use once_cell::sync::Lazy;
use regex::Regex;

use super::{
    ANCILLARY_AT, AWAITING, CONSERVATIVE, EXCEEDS, HOME, MISSING, NFI, NOT_CANDIDATE,
    NOT_RECOMMENDED_AT, NO_RED_FLAGS_AT, PRECONDITION, REASONS, REPEAT,
};

/// The reasons found for an item: for each reason, the sentence that gave
/// it first.
pub(super) type Found = [Option<usize>; REASONS.len()];

/// The words of a topical form.
const TOPICAL_FORMS: &str =
    r"topical\w*|creams?|gels?|ointments?|lotions?|patch(?:es)?|compound(?:ed)?|transdermal|balm";

/// A topical form, whose precondition is that first-line oral drugs were
/// tried.
pub(super) static TOPICAL: Lazy<Regex> =
    Lazy::new(|| Regex::new(&format!(r"(?i)\b(?:{TOPICAL_FORMS})\b")).expect("valid regex"));

/// Patches and gels that are not topical analgesics: opioids and hormones
/// through the skin, whose preconditions are their own.
pub(super) static NOT_TOPICAL: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:fentanyl|duragesic|butrans|buprenorphine|opioids?|nicotine|scopolamine|estradiol|testosterone|androgel)\b")
        .expect("valid regex")
});

/// A drug's marks in a service: a dose, a count, a form.
static DRUG_FORM: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\d\s*(?:mg|mcg|ml|%|gm?)\b|#\s*\d|\b(?:tablets?|tabs|capsules?|caps|patch(?:es)?|creams?|gels?|ointments?|lotions?|solution|suspension|ODT|ER|XR|CR|SR|HCl|refills?|medications?|compound\w*)\b")
        .expect("valid regex")
});

/// Whether a service is a drug: a drug's name or class (the drug
/// vocabulary) or a drug's marks, and no study, injection or procedure.
pub(super) fn is_drug(service: &str) -> bool {
    (DRUG_FORM.is_match(service) || crate::normalize::service::drugs::class(service).is_some())
        && !PROCEDURE.is_match(service)
}

/// A study, an injection, a procedure or a consultation: what red flags
/// and neurologic findings are for.
static PROCEDURE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:MRIs?|MRA|CTs?|x-?rays?|radiographs?|imaging|scans?|EMGs?|NCVs?|NCSs?|electrodiagnostic\w*|nerve conduction|injections?|blocks?|epidurals?|ESIs?|ablation|rhizotomy|neurotomy|surg\w*|fusion|arthroscop\w*|decompression|discectomy|laminectomy|release|repair|replacement|arthroplasty|consult\w*|referral|evaluation|myelogra\w*|discogra\w*|ultrasound|stimulator trial)\b")
        .expect("valid regex")
});

/// A study (imaging or electrodiagnostic testing) named in a service.
static STUDY: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:MRIs?|MRA|CTs?|CT scans?|x-?rays?|radiographs?|imaging|bone scans?|EMGs?|NCVs?|NCSs?|electromyogra\w*|electrodiagnostic\w*|nerve conduction|ultrasound|arthrograms?|myelograms?|discograms?|polysomnogra\w*|sleep stud(?:y|ies))\b")
        .expect("valid regex")
});

/// A service that goes with a procedure: before, during or after it.
static ANCILLARY_SERVICE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:pre-?op\w*|post-?op\w*|peri-?op\w*|post-?surgical|assistant|anesthesi\w*|sedation|clearance|labs?|laboratory|EKG|ECG|chest x-?rays?|CBC|BMP|CMP|DME|cold therapy|cryotherapy|CPM|continuous passive|inpatient|hospital stay|length of stay|guidance|fluoroscop\w*|collar|sling|crutches|walker|brac(?:e|es)|LSO|TLSO|orthos[ie]s|electrodes|batteries|supplies|lead wires|bone growth|DVT|compression|vascutherm|home health|skilled nursing|transportation)\b")
        .expect("valid regex")
});

/// Care given in the home by others: an aide, nursing, a caregiver.
static HOME_CARE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:home health|home care|aides?|homemaker|home nursing|nurse visits?|caregivers?|attendant care|housekeeping|chore services?)\b")
        .expect("valid regex")
});

/// Where a service's name turns to what the service is for ("labs for the
/// arthroscopy", "anesthesia prior to the injection").
static SERVICE_OBJECT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:for|prior to|before|after|following|to accompany)\b")
        .expect("valid regex")
});

/// Care said to be tried or not: what a sentence about a trial of
/// treatment names.
static UNTRIED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:tried|attempted|trial of|trialed|undertaken|failed)\b")
        .expect("valid regex")
});

/// A procedure in its own right.
static PRIMARY_SERVICE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:surgery|arthroscop\w*|fusion|decompression|discectomy|laminectomy|arthroplasty|replacement|release|repair|reconstruction|ablation|neurotomy|rhizotomy|injections?|blocks?|ESIs?|epidurals?|implant\w*|\w+ectomy|\w+oplasty|units?|stimulators?)\b")
        .expect("valid regex")
});

/// An approved, authorized or ongoing course named in a sentence.
static APPROVAL: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:authori[sz]\w*|approv\w*|certif\w*|ongoing|currently|underway|in progress|scheduled|remaining)\b")
        .expect("valid regex")
});

/// An operation or a nerve block: a procedure that is not a drug given by
/// injection (a viscosupplement, a vitamin, a toxin, which have a drug's
/// precondition).
static OPERATION_OR_BLOCK: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:surgery|surgical|arthroscop\w*|fusion|decompression|discectomy|laminectomy|laminotomy|foraminotomy|arthroplasty|replacement|release|repair|reconstruction|ablation|neurotomy|rhizotomy|blocks?|ESIs?|epidurals?|\w+ectomy|\w+oplasty)\b")
        .expect("valid regex")
});

/// A facet joint's block or neurotomy, which the guidelines reserve for
/// pain without radiculopathy.
static FACET: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:facets?|medial branch\w*|MBBs?|radiofrequency|RFA|neurotomy|rhizotomy)\b")
        .expect("valid regex")
});

/// A facet joint's neurotomy, which follows diagnostic blocks.
static NEUROTOMY: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:radiofrequency|RFA|neurotomy|rhizotomy|ablation)\b").expect("valid regex")
});

/// Blocks named in a sentence.
static BLOCKS: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?i)\b(?:blocks?|MBBs?)\b").expect("valid regex"));

/// Pain said to be without radiculopathy.
static NON_RADICULAR: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?i)\b(?:non-?radicular|axial)\b").expect("valid regex"));

/// Where a service's name turns to where it goes ("transportation to").
static TO: Lazy<Regex> = Lazy::new(|| Regex::new(r"(?i)\bto\b").expect("valid regex"));

/// Care said not to have been given ("has not received a corticosteroid
/// injection").
static NOT_GIVEN: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:not|never) (?:yet )?(?:received|had|undergone|been given)\b")
        .expect("valid regex")
});

/// A program of any kind (restoration, weight loss, detoxification).
static ANY_PROGRAM: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?i)\bprograms?\b").expect("valid regex"));

/// An evaluation, clearance or screening named in a sentence: a step the
/// records lack, not a condition.
static EVALUATION: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:evaluation|assessment|clearance|screening|consultation)\b")
        .expect("valid regex")
});

/// A topical form (by form or brand) or an electrical stimulator, named in
/// a sentence: care "not tried" before it is its own precondition
/// (first-line oral drugs before a topical, a TENS trial before an H-wave
/// unit).
pub(super) static PAIRED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:{TOPICAL_FORMS}|lidoderm|flector|pennsaid|{STIMULATOR_WORDS})\b"
    ))
    .expect("valid regex")
});

/// Lesser care other than a topical form or a simpler unit, named beside
/// it: untried, it is conservative care as well as the precondition.
pub(super) static OTHER_CARE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:physical therapy|PT|physiotherapy|chiropractic|acupuncture|exercise program|home exercises?|activity modification|rest|ice)\b")
        .expect("valid regex")
});

/// A brace, an orthosis, a support or other equipment for a condition (a
/// night guard, a bathroom aid): what the records lack
/// (instability, a fracture, a limitation in transfers) is the condition the
/// device is for, not a red flag. (The blind sets' readers split on a
/// lumbar support's missing fracture or slip, about evenly: precondition or
/// red flags.)
static BRACE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)\b(?:brac(?:e|es|ing)|orthos[ie]s|orthotics?|immobilizers?|sleeves?|splints?|insoles?|night guards?|mouth guards?|occlusal|shower chairs?|tub (?:benches|bench|seats?)|toilet (?:seats?|risers?)|commodes?|grab bars?|hospital beds?|mattress\w*|cushions?|reachers?)\b",
    )
    .expect("valid regex")
});

/// A finding no different from before: what makes a study a repeat one.
static UNCHANGED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\bno (?:new|interval|further) (?:\w+ )?(?:trauma|injury|weakness|deficits?|findings?|symptoms?|changes?|complaints?)\b|\bno (?:interval )?(?:change|progression|worsening)\b|\b(?:unchanged|the same|stable|no different)\b|\balready (?:had|underwent|undergone|has had)\b")
        .expect("valid regex")
});

/// Conservative care named: a request premature until it is completed is
/// care not tried, not an approved course's results awaited.
static LESSER_CARE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:conservative|non-?operative|non-?surgical|first[- ]line|lower[- ]level|less invasive)\b")
        .expect("valid regex")
});

/// Tests that are not imaging or electrodiagnosis but can be repeated.
static TEST: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:FCE|functional capacity|tests?|testing|labs?|laboratory|panels?|stud(?:y|ies)|scans?)\b")
        .expect("valid regex")
});

/// The oral drugs a topical analgesic comes after, named as drugs
/// (antidepressants, anticonvulsants, "first-line oral agents", "agents for
/// neuropathic pain"): untried, they are the topical's precondition, not
/// conservative care in general. "First-line therapy" or "oral
/// medication" not tried and failed is both (the development letters'
/// labels).
static ORAL_FIRST_LINE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:antidepressants?|anticonvulsants?|anti-?epilep\w*|AEDs?|tricyclics?|TCAs?|SNRIs?|gabapentin|pregabalin|lyrica|neurontin|amitriptyline|duloxetine|cymbalta|neuropathic (?:agents?|drugs?|medications?)|first[- ]line (?:oral )?(?:agents?|drugs?)|oral (?:agents?|drugs?)|(?:agents?|drugs?|medications?) for neuropathic pain)\b")
        .expect("valid regex")
});

/// An electrical stimulator for home use.
static STIMULATOR: Lazy<Regex> =
    Lazy::new(|| Regex::new(&format!(r"(?i)\b(?:{STIMULATOR_WORDS})\b")).expect("valid regex"));

/// The words of a home electrical stimulator, for [`STIMULATOR`] and
/// [`PAIRED`].
const STIMULATOR_WORDS: &str = r"TENS|H-?wave|interferential|NMES|neuromuscular (?:electrical )?stimulat\w*|(?:muscle|electrical) stimulators?|E-?stim";

/// A device's own trial or use named: a rental, a trial, the program it
/// goes with.
static DEVICE_USE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:trial|rental|program|adjunct|in conjunction|used with)\b")
        .expect("valid regex")
});

/// A multidisciplinary or restoration program.
static PROGRAM: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:functional restoration|FRP|multidisciplinary|interdisciplinary|work (?:hardening|conditioning)|pain (?:management )?program)\b")
        .expect("valid regex")
});

/// What an antiemetic is for, named beside an operation.
static NAUSEA_CAUSES: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:chemotherapy|chemo|cancer|radiation|nausea|gastroenteritis)\b")
        .expect("valid regex")
});

/// Care said not to have begun yet.
static NOT_BEGUN: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:not yet|never|yet to)\b[^.;]{0,30}?\b(?:started|begun|begin|start|received|undergone|had|been provided)\b|\bno (?:\w+ ){0,2}has been provided so far\b")
        .expect("valid regex")
});

/// Psychological treatment, named as a service or in a sentence.
static PSYCH_CARE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:psychotherap\w*|CBT|cognitive[- ]behavio\w*|counsel\w*|psychological (?:treatment|therapy|sessions?))\b")
        .expect("valid regex")
});

/// A course of therapy (not a drug, a device or a procedure).
static THERAPY: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:physical therapy|occupational therapy|physiotherapy|PT|OT|chiropractic|chiropractor|manipulation|aquatic|pool therapy|acupuncture|massage|work (?:hardening|conditioning))\b")
        .expect("valid regex")
});

/// Supervision, a home program or independence named: what a home
/// program suffices for.
static SUPERVISION: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:supervis\w*|home|independent\w*|on (?:his|her|their) own|self-directed|skilled|hands-on)\b")
        .expect("valid regex")
});

/// A gym or pool membership: a home program that has not failed is the
/// reason a home program suffices.
static MEMBERSHIP: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:gym|memberships?|YMCA|health club|pool access)\b").expect("valid regex")
});

/// A home exercise program named in a sentence.
static HOME_PROGRAM_NAMED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)\bhome (?:exercise |stretching |strengthening )?(?:program|exercises?|routine)\b",
    )
    .expect("valid regex")
});

/// Too early, said with no approved course in sight: care not yet tried.
static PREMATURE: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?i)\b(?:premature|too early|too soon)\b").expect("valid regex"));

/// The results of a course named: what is awaited.
static RESULTS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:results?|outcomes?|response|effects?|benefits?|evaluat\w*|assess\w*|known|completion|completed|complete|finished|pending|awaiting|await)\b")
        .expect("valid regex")
});

/// Words of a service too common in guideline text to say it is the one
/// discussed.
const COMMON_SERVICE_WORDS: &[&str] = &[
    "additional",
    "bilateral",
    "cervical",
    "consult",
    "consultation",
    "continue",
    "continued",
    "continuation",
    "contrast",
    "daily",
    "evaluation",
    "follow",
    "grams",
    "imaging",
    "initial",
    "lumbar",
    "magnetic",
    "management",
    "medical",
    "medication",
    "month",
    "physical",
    "program",
    "purchase",
    "rental",
    "request",
    "resonance",
    "retrospective",
    "right",
    "session",
    "sessions",
    "spine",
    "tablets",
    "therapy",
    "thoracic",
    "times",
    "treatment",
    "treatments",
    "unit",
    "units",
    "visit",
    "visits",
    "weeks",
    "with",
    "without",
];

/// Abbreviations and brands in a service, and the words guideline text
/// names them by (general medical usage, lower case; matched inside a
/// sentence's words as [`service_stems`] are).
const SERVICE_ALIASES: &[(&str, &[&str])] = &[
    ("ncv", &["conduction"]),
    ("ncs", &["conduction"]),
    ("emg", &["electromyogra", "electrodiagnos"]),
    ("esi", &["epidural"]),
    ("esis", &["epidural"]),
    ("tens", &["transcutaneous"]),
    ("cpm", &["passive"]),
    ("rfa", &["radiofrequency", "neurotomy", "ablation"]),
    ("mbb", &["medial"]),
    ("prp", &["platelet"]),
    ("fce", &["capacity"]),
    ("frp", &["restoration"]),
    ("cbt", &["cognitive"]),
    ("synvisc", &["hyaluron", "viscosup"]),
    ("euflexxa", &["hyaluron", "viscosup"]),
    ("orthovisc", &["hyaluron", "viscosup"]),
    ("supartz", &["hyaluron", "viscosup"]),
    ("gelsyn", &["hyaluron", "viscosup"]),
    ("hyalgan", &["hyaluron", "viscosup"]),
    ("toradol", &["ketorolac"]),
    ("lidoderm", &["lidocaine"]),
    ("terocin", &["lidocaine"]),
];

/// The words of a service a quoted sentence must name for a
/// [`Reads::GuidelineOnService`] row: lower-case ASCII prefixes (six letters
/// at most, so "chiropractor" names "chiropractic", and "diazepam"
/// "benzodiazepines") of its words of four letters or more, minus
/// [`COMMON_SERVICE_WORDS`].
///
/// Guideline text names services in full words and by class where letters
/// abbreviate them or give a brand: an abbreviation adds its words
/// ([`SERVICE_ALIASES`]), and a drug adds the words for its class
/// ("antiemetics" for Zofran, "medical foods" for Theramine), from the drug
/// vocabulary.
pub(super) fn service_stems(service: &str) -> Vec<String> {
    let stem = |w: &str| -> Option<String> {
        let w = w.to_ascii_lowercase();
        (w.len() >= 4 && !COMMON_SERVICE_WORDS.contains(&w.as_str()))
            .then(|| w.chars().take(6).collect())
    };
    let words = service.split(|c: char| !c.is_ascii_alphabetic());
    let mut stems: Vec<String> = words.clone().filter_map(stem).collect();
    for w in words {
        let w = w.to_ascii_lowercase();
        if let Some((_, aliases)) = SERVICE_ALIASES.iter().find(|(a, _)| *a == w) {
            stems.extend(aliases.iter().map(|a| (*a).to_string()));
        }
    }
    if let Some(path) = crate::normalize::service::drugs::class(service) {
        let class = crate::normalize::service::drugs::CLASSES
            .iter()
            .filter(|c| c.path == path);
        for c in class {
            stems.extend(
                c.class_words
                    .split(|ch: char| !ch.is_ascii_alphabetic())
                    .filter_map(stem),
            );
        }
    }
    stems.sort();
    stems.dedup();
    stems
}

/// The words that tell one item of a letter from another: stems (six
/// letters at most) of the service's words of four letters or more, less
/// the words any request or letter holds ([`NOT_ITEM_WORDS`]: sides,
/// counts, the physician's report), with an abbreviation's words and the
/// region's plain name ("neck" for cervical). Unlike [`service_stems`], no
/// drug class: two drugs of one letter are told apart by their names.
pub(super) fn item_words(service: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for w in service.split(|c: char| !c.is_ascii_alphabetic()) {
        let w = w.to_ascii_lowercase();
        if w.len() < 4 || NOT_ITEM_WORDS.contains(&w.as_str()) {
            continue;
        }
        words.push(w.chars().take(6).collect());
        if let Some((_, aliases)) = SERVICE_ALIASES.iter().find(|(a, _)| *a == w) {
            words.extend(aliases.iter().map(|a| (*a).to_string()));
        }
        match w.as_str() {
            "cervical" => words.push("neck".to_string()),
            "lumbar" | "lumbosacral" => words.push("back".to_string()),
            _ => {}
        }
    }
    words.sort();
    words.dedup();
    words
}

/// Words of a service that do not tell it from another item of the letter.
const NOT_ITEM_WORDS: &[&str] = &[
    "additional",
    "bilateral",
    "both",
    "continue",
    "continued",
    "continuation",
    "daily",
    "each",
    "evaluation",
    "follow",
    "initial",
    "left",
    "month",
    "months",
    "physician",
    "provider",
    "purchase",
    "rental",
    "report",
    "request",
    "requested",
    "retrospective",
    "right",
    "session",
    "sessions",
    "surgeon",
    "times",
    "unit",
    "units",
    "visits",
    "week",
    "weeks",
    "with",
    "without",
];

/// Whether `sentence` has a word holding one of `stems` (ASCII,
/// case-insensitive).
pub(super) fn names_service(sentence: &str, stems: &[String]) -> bool {
    if stems.is_empty() {
        return false;
    }
    sentence
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 4)
        .any(|w| {
            let w = w.to_ascii_lowercase();
            stems.iter().any(|s| w.contains(s.as_str()))
        })
}

/// The words of the other items that share this item's rationale, less
/// this item's own: a sentence naming one of those items (two of its
/// words, or its one word) and nothing of this item's speaks of that item
/// ("the electrodes are not needed either"); one word alone ("still in
/// therapy") does not.
pub(super) struct OtherItems {
    own: Vec<String>,
    theirs: Vec<Vec<String>>,
}

impl OtherItems {
    pub(super) fn new(service: &str, others: &[&str]) -> Self {
        let own = if others.is_empty() {
            Vec::new()
        } else {
            item_words(service)
        };
        let theirs = others
            .iter()
            .map(|o| {
                item_words(o)
                    .into_iter()
                    .filter(|w| !own.contains(w))
                    .collect::<Vec<_>>()
            })
            .filter(|w| !w.is_empty())
            .collect();
        OtherItems { own, theirs }
    }

    /// Whether `sentence` speaks of another item and not of this one.
    pub(super) fn spoken_of(&self, sentence: &str) -> bool {
        !self.theirs.is_empty()
            && self.theirs.iter().any(|words| {
                let named = words
                    .iter()
                    .filter(|w| names_service(sentence, std::slice::from_ref(*w)))
                    .count();
                named >= words.len().min(2)
            })
            && !names_service(sentence, &self.own)
    }
}

/// Settles the reasons found (each the first sentence that gave it) by
/// what the item is: a drug or a topical form, a study, a procedure and
/// what goes with it, a course of care, a device or a therapy; and by the
/// sentence that gave two of them. `sentence(s)` is the text of sentence
/// `s`.
pub(super) fn by_service<'a>(
    found: &mut Found,
    service: &str,
    sentence: impl Fn(usize) -> &'a str,
) {
    drugs_and_studies(found, service, &sentence);
    shared_text(found, service, &sentence);
    courses(found, service, &sentence);
    devices_and_therapies(found, service, &sentence);
    reasons_of_other_kinds(found, service, &sentence);
}

/// A topical form's untried first-line drugs, a drug's missing condition,
/// a study's findings.
fn drugs_and_studies<'a>(found: &mut Found, service: &str, sentence: &impl Fn(usize) -> &'a str) {
    // First-line oral drugs not tried is a topical form's own precondition;
    // when the sentence names those drugs, only that (the issue lists it
    // under the drug's precondition, and every blind item set's readers
    // agree), else conservative care too (the development letters' labels
    // for "failed first line therapy"). (An opioid or hormone patch is not a
    // topical analgesic.)
    if let Some(c) = found[CONSERVATIVE] {
        if TOPICAL.is_match(service) && !NOT_TOPICAL.is_match(service) {
            found[PRECONDITION].get_or_insert(c);
            if ORAL_FIRST_LINE.is_match(sentence(c)) {
                found[CONSERVATIVE] = None;
            }
        }
    }
    // For a drug, a finding the records lack is the condition it is for
    // (no neuropathic findings for gabapentin, no cancer treatment for an
    // antiemetic), not the red flags that imaging, injections and surgery
    // wait for. (Surgical candidacy stays: a drug for after an operation
    // that is not planned goes with the operation.)
    // ("No objective evidence that the opioid improved function" is the
    // drug's missing effect, said once: no functional improvement alone.)
    if found[NO_RED_FLAGS_AT].is_some() && is_drug(service) {
        if let Some(s) = found[NO_RED_FLAGS_AT].take() {
            if found[NFI] != Some(s) {
                found[PRECONDITION].get_or_insert(s);
            }
        }
    }
    // For a study, nothing is a precondition or a functional gain: a
    // condition the records lack is a finding that would warrant it, and
    // "unchanged" describes the condition, not a treatment's effect.
    // (The service is read only when one of these reasons is there: this
    // runs for every item of the archive.)
    if (found[PRECONDITION].is_some() || found[NFI].is_some()) && STUDY.is_match(service) {
        // (Unless the sentence names care not tried before the study, "no
        // trial of a sleep medication": that is conservative care.)
        if let Some(s) = found[PRECONDITION].take() {
            if UNTRIED.is_match(sentence(s)) {
                found[CONSERVATIVE].get_or_insert(s);
            } else {
                found[NO_RED_FLAGS_AT].get_or_insert(s);
            }
        }
        found[NFI] = None;
    }
    // For a study, a finding that is no different from before ("no new
    // weakness", "the same sensory loss", "already had an EMG, normal")
    // says the repeat study would show nothing new, not that red flags
    // are absent.
    if let Some(r) = found[NO_RED_FLAGS_AT] {
        if STUDY.is_match(service) && UNCHANGED.is_match(sentence(r)) {
            found[NO_RED_FLAGS_AT] = None;
            found[REPEAT].get_or_insert(r);
        }
    }
}

/// Whether a service goes with a procedure rather than being one. The
/// service's head decides: "epidural injection under fluoroscopy" is the
/// procedure, "fluoroscopic guidance for the injection" and "psychological
/// evaluation for stimulator clearance" go with one.
fn goes_with_procedure(service: &str) -> bool {
    let head = SERVICE_OBJECT
        .find(service)
        .and_then(|m| service.get(..m.start()))
        .unwrap_or(service);
    let at = |re: &Regex| re.find(head).map(|m| m.start());
    match (at(&ANCILLARY_SERVICE), at(&PRIMARY_SERVICE)) {
        (Some(a), Some(p)) => a < p,
        (Some(_), None) => true,
        (None, Some(_)) => false,
        (None, None) => ANCILLARY_SERVICE.is_match(service),
    }
}

/// A service's name up to what it is for or goes to ("ultrasound guidance"
/// of "ultrasound guidance for the knee injection", "transportation" of
/// "transportation to physical therapy").
fn head_of(service: &str) -> &str {
    SERVICE_OBJECT
        .find(service)
        .map(|m| m.start())
        .into_iter()
        .chain(TO.find(service).map(|m| m.start()))
        .min()
        .and_then(|at| service.get(..at))
        .unwrap_or(service)
}

/// One text for a procedure and the items that go with it.
fn shared_text<'a>(found: &mut Found, service: &str, sentence: &impl Fn(usize) -> &'a str) {
    // One text for a procedure and the items that go with it: the
    // procedure is not ancillary to itself, and an item denied because its
    // procedure is takes that reason (and its own quantity's) alone: the
    // other reasons of the text are the procedure's.
    if found[ANCILLARY_AT].is_some() {
        if goes_with_procedure(service) {
            // What the request for this item lacks is its own too ("the
            // request for an inpatient stay does not give the days"), and
            // so is the guideline's word on the item itself ("ODG does not
            // recommend ultrasound guidance for knee injections").
            // (The item itself is its name's head: "guidance" of
            // "ultrasound guidance for the knee injection".)
            let stems = service_stems(service);
            let own_missing = found[MISSING].is_some_and(|m| names_service(sentence(m), &stems));
            let head = service_stems(head_of(service));
            let own_advice = found[NOT_RECOMMENDED_AT].is_some_and(|m| {
                found[ANCILLARY_AT] != Some(m) && names_service(sentence(m), &head)
            });
            for (r, f) in found.iter_mut().enumerate() {
                let kept = r == ANCILLARY_AT
                    || r == EXCEEDS
                    || (r == MISSING && own_missing)
                    || (r == NOT_RECOMMENDED_AT && own_advice);
                if !kept {
                    *f = None;
                }
            }
        } else if PRIMARY_SERVICE.is_match(service) {
            // (Except a neurotomy denied with the diagnostic blocks it
            // depends on: "the medial branch blocks requested at the same
            // time have not been certified".)
            let after_blocks = found[ANCILLARY_AT]
                .is_some_and(|a| NEUROTOMY.is_match(service) && BLOCKS.is_match(sentence(a)));
            if !after_blocks {
                found[ANCILLARY_AT] = None;
            }
        }
    }
}

/// Care not yet started or a request called premature, with no approved
/// course named.
fn courses<'a>(found: &mut Found, service: &str, sentence: &impl Fn(usize) -> &'a str) {
    // The requested course itself not yet begun ("has not yet started
    // psychotherapy", said of a CBT request) is a first course, awaiting
    // nothing; an item that goes with an operation named as approved (the
    // cold unit for a certified arthroscopy) awaits nothing either.
    if let Some(a) = found[AWAITING] {
        let said = sentence(a);
        let own_course = NOT_BEGUN.is_match(said)
            && (names_service(said, &service_stems(service))
                || (PSYCH_CARE.is_match(service) && PSYCH_CARE.is_match(said)));
        let approved_operation = APPROVAL.is_match(said)
            && PRIMARY_SERVICE.is_match(said)
            && goes_with_procedure(service);
        if own_course || approved_operation {
            found[AWAITING] = None;
            return;
        }
    }
    // The requested therapy itself not had before ("has not had
    // chiropractic treatment previously", of a chiropractic request) makes
    // the request a first trial: no lesser care is said to be untried.
    if let Some(c) = found[CONSERVATIVE] {
        let said = sentence(c);
        if (THERAPY.is_match(service) || PSYCH_CARE.is_match(service))
            && !STIMULATOR.is_match(service)
            && (NOT_GIVEN.is_match(said) || NOT_BEGUN.is_match(said))
            && !LESSER_CARE.is_match(said)
            && names_service(said, &service_stems(service))
        {
            found[CONSERVATIVE] = None;
        }
    }
    // Psychological care is itself the lesser care: its first sessions
    // not yet held, or asked before a trial, make a first course (none of
    // the labelled sets' 76 psychological items carries care untried).
    if found[CONSERVATIVE].is_some() && PSYCH_CARE.is_match(service) && !is_drug(service) {
        found[CONSERVATIVE] = None;
    }
    // Care "not yet started" with no approval in sight is care not tried,
    // not an approved course whose results are awaited; so is a request
    // called premature with no course named.
    if let Some(a) = found[AWAITING] {
        let unapproved = !APPROVAL.is_match(sentence(a));
        if found[CONSERVATIVE] == Some(a) && unapproved {
            found[AWAITING] = None;
        } else if unapproved
            && PREMATURE.is_match(sentence(a))
            && (!RESULTS.is_match(sentence(a)) || LESSER_CARE.is_match(sentence(a)))
        {
            found[AWAITING] = None;
            found[CONSERVATIVE].get_or_insert(a);
        }
    }
}

/// A stimulator's own trial, a therapy's supervision, a gym's home
/// program, a brace's condition; reasons that belong to another kind of
/// service.
fn devices_and_therapies<'a>(
    found: &mut Found,
    service: &str,
    sentence: &impl Fn(usize) -> &'a str,
) {
    // For a stimulator (TENS, H-wave, interferential), its own trial or
    // the program it would go with, absent, is the device's precondition;
    // lesser care untried (therapy, exercise, "conservative measures")
    // stays conservative care.
    if let Some(c) = found[CONSERVATIVE] {
        let about_device = DEVICE_USE.is_match(sentence(c))
            && !OTHER_CARE.is_match(sentence(c))
            && !LESSER_CARE.is_match(sentence(c));
        if STIMULATOR.is_match(service) && about_device {
            found[CONSERVATIVE] = None;
            found[PRECONDITION].get_or_insert(c);
        }
    }
    // A stimulator's trial or program absent, said with what the records
    // lack of it ("no record of a rental trial, and the goals are not
    // stated"), is the precondition alone.
    if found[MISSING].is_some()
        && found[MISSING] == found[PRECONDITION]
        && STIMULATOR.is_match(service)
    {
        found[MISSING] = None;
    }
    // An operation, a block, psychological care or a program has no
    // precondition of a drug's or a device's kind (no blind set's reader
    // gave one to any of 47 such items that are not a drug's injection):
    // what the records lack is care untried, a step not taken, or a
    // finding that would warrant the procedure.
    if let Some(p) = found[PRECONDITION] {
        let operation = OPERATION_OR_BLOCK.is_match(service) && !goes_with_procedure(service);
        let care = PSYCH_CARE.is_match(service) || ANY_PROGRAM.is_match(service);
        if (operation || care) && !is_drug(service) {
            found[PRECONDITION] = None;
            let said = sentence(p);
            if found[CONSERVATIVE] == Some(p) || UNTRIED.is_match(said) || NOT_GIVEN.is_match(said)
            {
                found[CONSERVATIVE].get_or_insert(p);
            } else if EVALUATION.is_match(said) {
                found[MISSING].get_or_insert(p);
            } else if operation {
                found[NO_RED_FLAGS_AT].get_or_insert(p);
            }
        }
    }
    // A therapy (physical, occupational, chiropractic, aquatic) has no
    // precondition of a drug's or a device's kind (unless the request
    // holds a drug too: "acupuncture with capsaicin patch"): a deficit needing
    // supervision not described is the home program's reason, anything
    // else no reason (no blind set's reader gave a therapy the
    // precondition, over 393 therapy items).
    if let Some(p) = found[PRECONDITION] {
        if THERAPY.is_match(service)
            && !STIMULATOR.is_match(service)
            && !TOPICAL.is_match(service)
            && !is_drug(service)
        {
            found[PRECONDITION] = None;
            if SUPERVISION.is_match(sentence(p)) {
                found[HOME].get_or_insert(p);
            }
        }
    }
    // For a gym membership, a home program that has not failed is the
    // reason a home program suffices, not care untried.
    if let Some(c) = found[CONSERVATIVE] {
        if MEMBERSHIP.is_match(service) && HOME_PROGRAM_NAMED.is_match(sentence(c)) {
            found[CONSERVATIVE] = None;
            found[HOME].get_or_insert(c);
        }
    }
    if let Some(p) = found[PRECONDITION] {
        if MEMBERSHIP.is_match(service) {
            found[PRECONDITION] = None;
            found[HOME].get_or_insert(p);
        }
    }
    // A home program in place of supervised therapy speaks of therapy: for
    // a procedure, a study or a drug, "no supervised therapy" is care not
    // tried (another row gives that); for care given at home (an aide,
    // nursing) "no skilled care at home" is what the guideline covers.
    if found[HOME].is_some()
        && (PRIMARY_SERVICE.is_match(service)
            || STUDY.is_match(service)
            || is_drug(service)
            || HOME_CARE.is_match(service))
    {
        found[HOME] = None;
    }
}

/// Reasons a kind of service does not take: a repeat study for what is not
/// a study, surgery not planned for a therapy, red flags for care that
/// waits for none, a facet block's met condition; and a brace's condition.
fn reasons_of_other_kinds<'a>(
    found: &mut Found,
    service: &str,
    sentence: &impl Fn(usize) -> &'a str,
) {
    // A repeat study is a study's reason: "no new injury" said of therapy
    // or an injection is not. (A rationale read without its service keeps
    // it.)
    if found[REPEAT].is_some()
        && !service.trim().is_empty()
        && !STUDY.is_match(service)
        && !TEST.is_match(service)
    {
        found[REPEAT] = None;
    }
    // Surgery not planned is no reason against a therapy or a program (a
    // restoration program wants a worker who is not a candidate), unless
    // the therapy is for after the operation; nor
    // against a drug for nausea from chemotherapy or an operation (its
    // condition is absent: the precondition).
    if let Some(n) = found[NOT_CANDIDATE] {
        if (THERAPY.is_match(service) || PROGRAM.is_match(service)) && !goes_with_procedure(service)
        {
            found[NOT_CANDIDATE] = None;
        } else if is_drug(service) && NAUSEA_CAUSES.is_match(sentence(n)) {
            found[NOT_CANDIDATE] = None;
            found[PRECONDITION].get_or_insert(n);
        }
    }
    // Red flags and neurologic findings are what imaging, injections and
    // surgery wait for: for a therapy, care at home, psychological care or
    // a program, the examination a reviewer describes is no such reason
    // (none of the labelled sets' 500 such items denied carries it).
    if found[NO_RED_FLAGS_AT].is_some()
        && (THERAPY.is_match(service)
            || HOME_CARE.is_match(service)
            || PSYCH_CARE.is_match(service)
            || ANY_PROGRAM.is_match(service))
        && !STIMULATOR.is_match(service)
        && !is_drug(service)
    {
        found[NO_RED_FLAGS_AT] = None;
    }
    // For a facet block or its neurotomy, pain without radiculopathy is
    // the guideline's own condition, met: no reason against it.
    if let Some(r) = found[NO_RED_FLAGS_AT] {
        if FACET.is_match(service) && NON_RADICULAR.is_match(sentence(r)) {
            found[NO_RED_FLAGS_AT] = None;
        }
    }
    // For a brace or a support, the instability or fracture the records
    // lack is the condition it is for.
    if found[NO_RED_FLAGS_AT].is_some() && BRACE.is_match(service) {
        if let Some(s) = found[NO_RED_FLAGS_AT].take() {
            found[PRECONDITION].get_or_insert(s);
        }
    }
}
