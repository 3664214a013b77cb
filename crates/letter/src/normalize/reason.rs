//! Decision reasons: an item's rationale and outcome -> reason facet paths,
//! each with the sentence that gave it.
//!
//! This module owns the reason vocabulary ([`REASONS`], the paths in display
//! order) and the rule table ([`RULES`]) that finds them in a rationale.
//! `index_schema/REASONS.md` is the user-facing description of both; a test
//! checks it names every path and every rule pattern.
//!
//! Rules read the rationale one sentence at a time and are written for the
//! ways reviewers state a finding, not for particular letters: a negation in
//! front of the finding ("there is no documentation of red flags", "without
//! functional improvement", "the patient is not a candidate for surgery")
//! or after it ("tried and failed has not been documented"). Rationales
//! quote the guideline before applying it ("ODG recommends imaging when
//! there are red flags"); such a sentence states the guideline's criteria,
//! not a finding, so the rows marked [`Rule::finding`] ignore it (see
//! [`quoted`]). Rows also carry guards that drop a match made of a
//! condition ("if", "when", "unless", "in patients who"). Denial reasons
//! apply to upheld items (and to items whose outcome the letter does not
//! state); `/Guideline criteria met` applies to overturned items only.
//! `/Missing documentation` is the catch-all: it counts only for a sentence
//! no more specific reason explains.

use crate::cut;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use once_cell::sync::Lazy;
use regex::Regex;

use crate::dual::lower_pattern;
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
    HOME_PROGRAM,
    AWAITING_RESULTS,
    REPEAT_STUDY,
    PRECONDITION_ABSENT,
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
/// The request or the records lack a detail the decision needs (catch-all).
pub const MISSING_DOCUMENTATION: &str = "/Missing documentation";
/// Surgery is not planned or the worker is not described as a candidate.
pub const NOT_SURGICAL_CANDIDATE: &str = "/Not a surgical candidate";
/// The item goes with a procedure that is itself not medically necessary.
pub const ANCILLARY: &str = "/Ancillary to a denied procedure";
/// Overturned: the reviewer found the guideline's criteria met.
pub const CRITERIA_MET: &str = "/Guideline criteria met";
/// Supervised therapy is not needed over a home exercise program.
pub const HOME_PROGRAM: &str = "/Home exercise program suffices";
/// More is asked before the results of an approved or ongoing course are known.
pub const AWAITING_RESULTS: &str = "/Results of approved treatment not yet known";
/// A repeat study with no interval change or new finding since the last one.
pub const REPEAT_STUDY: &str = "/Repeat study without new findings";
/// The treatment's own precondition is absent: the condition a drug or
/// device is for, or what the guideline has tried first.
pub const PRECONDITION_ABSENT: &str = "/Precondition for the drug or device absent";

/// Which outcomes a rule applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applies {
    /// Upheld items and items without a stated outcome.
    Denied,
    /// Overturned items.
    Overturned,
}

/// What a row reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reads {
    /// A finding about this worker: ignored in quoted guideline sentences.
    Finding,
    /// What the guideline says: read in quoted sentences too.
    Guideline,
    /// What the guideline says of some service ("X is not recommended"):
    /// read in a quoted sentence only when it names a word of the item's
    /// service, since the guideline's text lists services besides the one
    /// requested.
    GuidelineOnService,
}

/// One row of the rule table.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// The reason path the row gives.
    pub path: &'static str,
    /// Outcomes the row applies to.
    pub applies: Applies,
    /// What the row reads, which decides whether it fires in a sentence
    /// that quotes the guideline's criteria ([`Quotes`]).
    pub reads: Reads,
    /// Case-insensitive regex searched in each sentence.
    pub pattern: &'static str,
    /// When not empty: a match is ignored when the sentence text before it
    /// matches this regex (a guideline's condition, not a finding).
    pub unless_before: &'static str,
    /// When not empty: a match is ignored when its own text matches this
    /// regex (a condition inside the match: "not recommended unless ...").
    pub unless_within: &'static str,
    /// When not empty: a match is ignored when the text right after it
    /// matches this regex (anchored at its start).
    pub unless_after: &'static str,
}

/// A row with no guards.
const fn row(path: &'static str, reads: Reads, pattern: &'static str) -> Rule {
    Rule {
        path,
        applies: Applies::Denied,
        reads,
        pattern,
        unless_before: "",
        unless_within: "",
        unless_after: "",
    }
}

/// A condition inside a match: the match states when something applies.
const CONDITION: &str = r"\b(?:if|when|unless|until|whether|should|must)\b";

/// The rule table, grouped by reason (in [`REASONS`] order, then more ways
/// of saying some of them). Every matching row gives its path.
pub const RULES: &[Rule] = &[
    // No functional improvement: a negation (or "argued against"), then an
    // improvement word.
    Rule {
        unless_within: CONDITION,
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\b(?:no|not|lack|lacks|lacking|absence|absent|without (?:documented|documentation|evidence|any|objective|significant|measurable|demonstrated|clear|re-?evaluation|reassessment)|neither|nor|unclear|against|minimal|little|insufficient)\b[^.;]{0,100}?\b(?:functional (?:improvement|benefits?|response|gains?)|(?:improvement|gains?|increases?) in (?:function|activities)|(?:improved|increased?) function|objective (?:response|improvement|benefits?|gains?|progress)|pain relief|relief of pain|(?:reduction|decrease) in pain|(?:decreased|reduced) pain|pain (?:reduction|decrease)|medication efficacy)",
        )
    },
    Rule {
        unless_within: CONDITION,
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\b(?:lack of|no|without (?:documented|any|objective|significant|measurable|demonstrated|clear)|minimal|little|limited) (?:\w+ ){0,2}(?:benefit|improvement|relief|progress)\b|\b(?:did|does|has|have|had) not (?:\w+ ){0,2}(?:improved?|helped|benefit(?:ed|ted)?|respond(?:ed)?|provided? (?:\w+ ){0,2}(?:relief|benefit|improvement))\b",
        )
    },
    // Exceeds the guideline: over its visits or duration, unless stated as
    // the guideline's own condition ("when ... exceeds", "should not exceed").
    Rule {
        unless_before: r"\b(?:when|if|unless|should not|not to|must not|may not|does not|do not|did not|would not|will not|cannot|guidelines? (?:states?|says?|notes?))\b[^.;]{0,60}$",
        ..row(
            EXCEEDS_GUIDELINE,
            Reads::Finding,
            r"\b(?:exceed(?:s|ed|ing)?|in excess of|excessive|surpass(?:es|ed|ing)?|beyond the (?:recommended|guidelines?|allowed|maximum)|(?:over|above) the (?:recommended|allowed|maximum|guidelines?)|over the (?:number|quantity|amount) (?:of visits )?(?:recommended|allowed)|more than the (?:guidelines?|recommended|maximum|allowed)|(?:greater|more) than (?:the )?(?:\w+ ){0,2}(?:recommended|allowed|supported) by)\b",
        )
    },
    // Not recommended: what the guideline says is the reason, so these rows
    // read quoted sentences too, minus the guideline's conditional forms.
    row(
        NOT_RECOMMENDED,
        Reads::Guideline,
        r"\b(?:given that|as|since|because) the (?:\w+ ){0,3}guidelines? (?:\w+ ){0,2}(?:do|does|did) not (?:recommend|support|endorse)",
    ),
    row(
        NOT_RECOMMENDED,
        Reads::Guideline,
        r"\bnot (?:recommended|supported|endorsed|indicated|approved) (?:by|per|under|in) (?:the )?(?:[\w/-]+ ){0,4}(?:guidelines?|MTUS|ODG|ACOEM)",
    ),
    Rule {
        unless_after: r"^\s*(?:the )?routine|^[^.;]{0,80}\bas an? (?:primary|first-line|sole|isolated|stand-?alone)|^[^.;]{0,80}\b(?:unless|except|in the absence|without)\b",
        ..row(
            NOT_RECOMMENDED,
            Reads::Guideline,
            r"\b(?:MTUS|ODG|ACOEM|guidelines?) (?:\w+ ){0,2}(?:do|does|did) not (?:recommend|support|endorse)\b",
        )
    },
    Rule {
        unless_before: r"\b(?:the|this|that) (?:\w+ ){0,2}requests?\b[^.;]{0,20}$|\b(?:it|itself)\s*$|\b(?:if|when|unless)\b[^.;]{0,60}$",
        unless_after: r"^\s*(?:as (?:an? )?(?:primary|first[- ]line|sole|isolated|stand-?alone|initial)|for (?:long[- ]term|routine|extended|prolonged)\b|for chronic (?:use|treatment|therapy|administration)\b|(?:in|with) the absence|unless|except|until|without|if|when|(?:in|for) (?:patients|individuals|those|cases)|routinely)",
        ..row(
            NOT_RECOMMENDED,
            Reads::GuidelineOnService,
            r"\b(?:is|are|was|were) (?:\w+ )?not (?:(?:recommended|approved|endorsed)\b|supported (?:for|in|beyond|as)\b)",
        )
    },
    row(
        NOT_RECOMMENDED,
        Reads::Guideline,
        r"\brecommend(?:s|ed)? against\b|\bnot (?:a )?(?:guideline[- ](?:supported|recommended)|recommended (?:treatment|option|modality|therapy|intervention|medication))\b|\b(?:is|are|remains?|considered|be) (?:\w+ )?(?:experimental|investigational|under study)\b|\bnot (?:\w+ )?FDA[- ]approved\b|\bno (?:(?:high|good|quality|sufficient|adequate|scientific|published|strong|convincing|reliable|high-quality|good-quality|peer[- ]reviewed) ){1,3}(?:evidence|studies|literature|research|trials) (?:to support|supporting|that supports?|for)\b|\b(?:evidence|literature) (?:does|do|did) not support\b",
    ),
    // No red flags: a negation, then a red flag, a neurologic or objective
    // finding; or a normal neurologic examination.
    Rule {
        unless_within: r"\b(?:if|when|unless|until|whether|recommended|indicated|warranted|reserved)\b",
        ..row(
            NO_RED_FLAGS,
            Reads::Finding,
            r#"\b(?:no|not|non|lack|lacks|absence|absent|without|neither|nor|negative for|free of)\b[^.;]{0,80}?\b(?:red[- "]*flags?|neurolog\w*|nerve (?:root )?(?:compromise|impairment|dysfunction|involvement|irritation|damage)|specific (?:spinal )?nerve|radicul\w*|myelopath\w*|objective (?:(?:exam\w*|physical|clinical) )?(?:findings|evidence|signs)|derangement|tissue insult|(?:focal|motor|sensory|neuro) deficits?|cauda equina|progressive (?:\w+ )?deficits?|fractures?|tumou?rs?|infections?|malignan\w*|cancer|(?:osteo|avascular )?necrosis|dislocation)"#,
        )
    },
    row(
        NO_RED_FLAGS,
        Reads::Finding,
        r"\bneurolog\w* (?:exam\w*|status|findings|evaluation) (?:is|was|were|are|remains?) (?:\w+ )?(?:unremarkable|normal|non-?focal|intact|benign|negative)|\b(?:sensation|strength|reflexes|motor strength|sensory exam\w*) (?:is|are|was|were) (?:\w+ ){0,2}(?:intact|normal|symmetric(?:al)?)\b",
    ),
    // Conservative care: no record that first-line care was tried and failed.
    Rule {
        unless_within: r"\bfail(?:ed|s)? to (?:specify|provide|document|submit|include|address|indicate|show|demonstrate|establish|meet|note)\b|\b(?:patients|those|if|when|unless|whether)\b",
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:no|lack of|absence of|without)\b (?:[\w-]+ ){0,6}(?:indication|documentation|evidence|mention|record)\b[^.;]{0,80}?\b(?:failed|fail to improve|intolerant|intolerance|tried|exhausted|refractory|unresponsive|did not respond|not responded)\b",
        )
    },
    Rule {
        unless_within: r"\b(?:patients|those|if|when|unless|whether)\b",
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:not|never) (?:been )?documented to have (?:failed|tried)|\b(?:does|did|do) not (?:establish|show|indicate|document|demonstrate|reflect) that [^.;]{0,60}\b(?:failed|tried)|\bno evidence of failed|\b(?:has|have|had) not (?:yet )?(?:\w+ )?(?:failed|tried|attempted|exhausted|undergone)\b[^.;]{0,60}\b(?:conservative|first[- ]line|therapy|treatment|medications?|PT|exercise|injections?|NSAIDs?|trial)",
        )
    },
    row(
        CONSERVATIVE_CARE,
        Reads::Finding,
        r"\b(?:no|lack of|absence of|without)\b (?:[\w'-]+ ){0,8}(?:recent |prior )?(?:conservative|first[- ]line|lower[- ]level|less invasive) (?:care|treatment|therapy|management|measures|options|modalities|medications?|agents|drugs)|\bhas not yet had\b|\bno (?:prior )?(?:trial|attempt|course)s? (?:of|at)\b|\b(?:not|never) (?:\w+ )?(?:trialed|tried)\b|\bfirst[- ]line (?:\w+ ){0,3}(?:has|have|had) not\b|\b(?:conservative|first[- ]line) (?:care|treatment|therapy|management|measures)\b[^.;]{0,60}\b(?:yet to be|not yet|still (?:being|under ?way|ongoing)|in progress|under ?way)\b|\b(?:ongoing|current) conservative (?:care|treatment|therapy|management)\b",
    ),
    // The catch-all, narrowed to what the request or the records lack: a
    // detail of the request (quantity, frequency, duration, body part,
    // rental or purchase, plan or goals), the records of prior care, or a
    // rationale. "Lack of documentation of <finding>" is the finding's own
    // reason, not this one.
    row(
        MISSING_DOCUMENTATION,
        Reads::Finding,
        r"\b(?:did|does|do|has|have) not (?:specify|specified|state|stated|indicate|include|identify|mention|list)\b[^.;]{0,60}?\b(?:quantity|number|amount|frequency|duration|dosage|dose|strength|body parts?|site|levels?|side|laterality|rental|purchase|length|how many|how long|which|goals?|plan)\b|\bfail(?:ed|s)? to (?:specify|state|indicate|include|identify|list|document|explain|describe|discuss)\b|\bno (?:\w+ ){0,2}(?:end ?point|end date|stop date)\b|\bnothing specific\b|\b(?:no|without|lack of|absence of) (?:(?:clear|specific|measurable|functional|treatment|stated|documented) ){0,2}goals?\b|\b(?:quantity|number of (?:sessions|visits|units)|amount|frequency|duration|dosage|dose|strength|body parts?|rental|length of (?:use|treatment|rental)|treatment goals?|treatment plan|goals|program|components?|location|site|levels?|provider) (?:\w+ ){0,4}(?:was|were|is|are|has|have) (?:neither|not|never) (?:been )?(?:specified|stated|documented|indicated|provided|included|identified|given|noted|listed)\b",
    ),
    row(
        MISSING_DOCUMENTATION,
        Reads::Finding,
        r"\b(?:no|lack of|absence of|without|insufficient|limited|inadequate|incomplete)\b (?:(?:any|recent|current|clear|clinical|medical|sufficient|adequate|updated|detailed|the|progress|treatment|therapy|objective|physical|submitted|specific) ){0,3}(?:documentation|records?|notes|information|reports?|details)\b (?:(?:was|were|is|are|has been|have been) )?(?:(?:submitted|provided|available|included|presented|for review|specifying|stating)\b|(?:regarding|about|concerning|as to|detailing|describing|outlining)\b|(?:of|on|for|from|with|to) (?:the )?(?:\w+ ){0,3}(?:number|quantity|duration|frequency|dates?|results?|outcomes?|progress|sessions|visits|prior|previous|history|course|plan|goals|exam\w*|evaluations?|reports?|response|findings|assessment|surgery|imaging|values|measurements?|details)\b)",
    ),
    row(
        MISSING_DOCUMENTATION,
        Reads::Finding,
        r"\b(?:no|unclear|lack of|without (?:a|any)|absent)\b (?:(?:clear|clinical|medical|specific|sufficient|adequate|documented|compelling|stated|the|a|any) ){0,2}(?:rationale|explanation|justification)\b",
    ),
    row(
        MISSING_DOCUMENTATION,
        Reads::Finding,
        r"\b(?:not|never) (?:been )?(?:provided|submitted|included|available) for (?:this )?review\b|\brecords? (?:\w+ ){0,3}(?:was|were|is|are) not (?:provided|submitted|available|included)\b|\b(?:did not|does not|do not|failed to|fails to) (?:provide|submit|include)\b|\b(?:is|are|was|were) not specified\b|\bno (?:\w+ ){0,2}(?:assessment|evaluation|screening|work-?up) (?:is|was|has been|were|are|have been) (?:documented|provided|described|noted)\b|\b(?:no|lack of|absence of|without)\b[^.;]{0,80}\b(?:monitor\w*|urine drug (?:screens?|tests?|testing)|UDS|CURES|pain (?:contract|agreement)|opioid (?:contract|agreement))\b",
    ),
    // Not a surgical candidate: surgery not planned, not considered, or the
    // worker not a candidate.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether|patients|those|who)\b",
        ..row(
            NOT_SURGICAL_CANDIDATE,
            Reads::Finding,
            r"\b(?:no|not|lack|lacks|absence|without|neither|nor)\b[^.;]{0,80}?\b(?:candidate for (?:\w+ ){0,2}(?:surg\w*|operat\w*)|surgical candidate|(?:plans?|planning|intention) (?:for|of|to (?:have|undergo|proceed with)) (?:\w+ ){0,2}(?:surg\w*|operat\w*)|surg\w* (?:\w+ )?(?:is|was|would be|has been|being|will be) (?:\w+ )?(?:warranted|planned|indicated|contemplated|considered|scheduled|recommended|authorized|certified|anticipated|pending)|(?:undergo\w*|consider\w*|proceed\w* with|scheduled for) (?:\w+ ){0,2}(?:surg\w*|operat\w*)|surgical (?:intervention|procedure|treatment|plan) (?:is|was|has been|being) (?:planned|scheduled|contemplated|considered|recommended|authorized))",
        )
    },
    row(
        NOT_SURGICAL_CANDIDATE,
        Reads::Finding,
        r"\b(?:not|no longer|never) (?:\w+ ){0,2}candidate\b|\bno (?:\w+ ){0,2}candidacy\b",
    ),
    Rule {
        unless_within: r"\b(?:as such|as a result|as noted|as above|as discussed)\b",
        ..row(
            ANCILLARY,
            Reads::Finding,
            r"\b(?:since|as|because|given that|given)\b[^.;]{0,80}\b(?:procedure|surgery|operation|injection|surgical request|arthroscopy|fusion|decompression|repair|replacement|arthroplasty|block|ablation)s?\b[^.;]{0,60}\b(?:is|are|was|were|has been|have been) (?:also )?(?:not|deemed not|found not|non-?certified|denied)\b|\b(?:associated|ancillary|concurrent|related|post-?operative|pre-?operative|peri-?operative) (?:services?|requests?|items?)\b[^.;]{0,60}\b(?:is|are) (?:also )?not\b|\bbecause\b[^.;]{0,60}\bitself (?:is|was) not (?:supported|medically necessary|certified|recommended)|\bthe (?:associated|primary|underlying) (?:\w+ ){0,3}(?:procedure|surgery|operation|injection|arthroscopy|fusion|decompression|repair|replacement|arthroplasty|block)s? (?:is|are|was|were|has been|have been) (?:also )?(?:not|deemed not|found not|non-?certified|denied)\b",
        )
    },
    // Overturned: the reviewer finds the request necessary or its criteria met.
    Rule {
        applies: Applies::Overturned,
        ..row(
            CRITERIA_MET,
            Reads::Finding,
            r"\b(?:medically (?:necessary|reasonable|appropriate)|meets?|met|supported|indicated|recommended)\b",
        )
    },
    // Home exercise program: a home program would do (or would not, says
    // the reviewer of the request, without a reason), the worker can go on
    // at home, no deficit is named that a home program cannot address, or
    // formal supervision is not needed.
    Rule {
        unless_within: r"\b(?:if|when|unless|extenuating|exceptional|exceed\w*)\b",
        ..row(
            HOME_PROGRAM,
            Reads::Finding,
            r"\b(?:home exercises?|home exercise program|home program|HEP|independent (?:home )?(?:exercises?|program)|self[- ](?:directed|guided|management)|home[- ]based (?:exercises?|program))\b[^.;]{0,100}?\b(?:sufficient|adequate|insufficient|inadequate|appropriate|enough|suffice)\b|\b(?:should|could|can|would|is able to|be able to|are able to)\b (?:\w+ ){0,3}(?:continue|transition|perform|proceed|be managed|progress|be transitioned|be instructed|do|maintain|carry out)\b[^.;]{0,60}?\b(?:home|independent|self[- ]directed)\b|\b(?:transition(?:ed|ing)? (?:to|into)|continue with|continuation of|instructed in|versed in|educated in|proficient in) (?:an? |the |his |her )?(?:\w+ )?(?:home|independent|self[- ]directed)\b",
        )
    },
    row(
        HOME_PROGRAM,
        Reads::Finding,
        r"\b(?:deficits?|impairments?|limitations?)\b[^.;]{0,80}\b(?:cannot|could not|can not|would not|unable to) be (?:addressed|managed|treated|resolved|performed)\b",
    ),
    Rule {
        unless_within: r"\b(?:if|when|unless|extenuating|exceptional|exceed\w*)\b",
        ..row(
            HOME_PROGRAM,
            Reads::Finding,
            r"\b(?:no|not|unlikely|no longer)\b[^.;]{0,80}\b(?:formal|supervised|skilled) (?:[\w-]+ ){0,2}(?:therap\w*|PT|oversight|supervision|instruction|care)\b",
        )
    },
    row(
        HOME_PROGRAM,
        Reads::Finding,
        r"\b(?:no|not|without|lack)\b[^.;]{0,100}?\b(?:(?:significant|residual|specific|measurable|objective|remaining|ongoing) )?functional (?:deficits?|limitations?|impairments?|loss(?:es)?)\b",
    ),
    // Awaiting results: an approved or ongoing course is not finished, or its
    // results are not known yet.
    Rule {
        unless_before: r"\bconservative (?:care|treatment|therapy|management|measures)\b[^.;]{0,80}$",
        ..row(
            AWAITING_RESULTS,
            Reads::Finding,
            r"\balready (?:been )?(?:authorized|approved|certified)\b|\b(?:prior to|before|until|pending) (?:the )?(?:completion|results?|outcomes?|response|conclusion|end|finish)\b|\b(?:currently|still|presently|already) (?:\w+ ){0,2}(?:undergoing|receiving|participating in|attending|enrolled in|engaged in)\b[^.;]{0,40}\b(?:therapy|PT|sessions|visits|program|course|trial|chiropractic|acupuncture|rehabilitation)\b|\byet to (?:be )?(?:complete|completed|start|started|begin|begun|initiated|finish|finished|known|assessed|determined|evaluated|documented|reported)\b|\bnot yet (?:been )?(?:completed|started|begun|initiated|finished|known|available|documented|reported|assessed)\b|\bresults? (?:of|from) (?:the )?(?:\w+ ){0,4}(?:is|are|was|were|remain|remains) (?:not (?:yet )?(?:known|available|documented|reported)|pending|unknown)\b|\bcannot be (?:judged|assessed|determined|evaluated) until\b|\b(?:response|results?) (?:to|of|from) the (?:previously )?(?:approved|authorized|certified|current|initial|recent|ongoing) (?:\w+ ){0,3}(?:is|are|was|were) (?:not|unknown)\b",
        )
    },
    // Repeat study: no change or new finding since the previous one ...
    Rule {
        unless_within: r"\b(?:routinely|unless|if|when|should|reserved)\b",
        ..row(
            REPEAT_STUDY,
            Reads::Finding,
            r"\b(?:no|not|without|absence of|lack of|neither|nor)\b[^.;]{0,60}?\b(?:(?:significant|interval|substantial|material|marked|major) (?:\w+ )?(?:changes?|worsening|progression)|new (?:injury|injuries|trauma|findings|symptoms|pathology|deficits?|complaints))\b[^.;]{0,100}?\b(?:since|previous|prior|last|earlier|compared|repeat|preceding)\b|\b(?:since|previous|prior|last|earlier|repeat|preceding|another|second|updated)\b[^.;]{0,100}?\b(?:no|not|without|absence of|lack of|neither|nor)\b[^.;]{0,60}?\b(?:(?:significant|interval|substantial|material|marked|major) (?:\w+ )?(?:changes?|worsening|progression)|new (?:injury|injuries|trauma|findings|symptoms|pathology|deficits?|complaints))\b|\bno interval change|\b(?:unchanged|stable) (?:\w+ ){0,3}since\b",
        )
    },
    // ... or a repeat said not to be needed, or asked without a reason.
    Rule {
        unless_within: r"\b(?:routinely|unless|if|when|should|reserved)\b",
        ..row(
            REPEAT_STUDY,
            Reads::Finding,
            r"\b(?:repeat|another|second|updated) (?:\w+ ){0,3}(?:MRI|CT|imaging|stud(?:y|ies)|EMG|NCV|NCS|electrodiagnostic\w*|x-?rays?|radiographs?|scans?)\b[^.;]{0,100}?(?:\bnot (?:\w+ )?(?:warranted|indicated|necessary|needed|supported|recommended)|\bunnecessary|\bno (?:indication|reason|rationale|need))\b|\b(?:unclear|no (?:\w+ )?(?:rationale|reason|indication|explanation))\b[^.;]{0,80}\b(?:repeat|another|second|updated|additional|new|further) (?:\w+ ){0,3}(?:MRI|CT|imaging|stud(?:y|ies)|EMG|NCV|NCS|electrodiagnostic\w*|x-?rays?|radiographs?|scans?)\b",
        )
    },
    // Precondition absent: the condition the drug or device is for (GI risk
    // for an acid reducer, spasm for a muscle relaxant, anxiety, insomnia,
    // neuropathic pain, trouble swallowing for a liquid form).
    Rule {
        unless_within: r"\b(?:if|when|unless|patients|those|individuals|recommended)\b",
        ..row(
            PRECONDITION_ABSENT,
            Reads::Finding,
            r"\b(?:no|not|non|lack|lacks|absence|absent|without|neither|nor|negative for|denie[sd])\b[^.;]{0,80}?\b(?:gastro\w*|GI (?:risk|events?|symptoms?|issues?|complaints?|bleed\w*|upset|distress|history|problems?|complications?)|dyspepsia|ulcers?|bleeding|reflux|GERD|gastritis|heartburn|spasms?|spasticity|anxiety|panic|insomnia|sleep (?:disturbance|disorder|issues?|complaints?|problems?|difficult\w*)|depress\w*|neuropath\w*|postherpetic|fibromyalgia|seizures?|nausea|vomiting|constipation|osteoarthritis|trouble (?:sleeping|swallowing)|(?:unable|inability|difficulty|not able) (?:\w+ ){0,5}(?:swallow\w*|oral|tablets?|capsules?|pills?))\b",
        )
    },
    // ... or the oral first-line drugs the guideline has tried before a
    // topical ...
    Rule {
        unless_within: r"\b(?:if|when|unless|but)\b",
        ..row(
            PRECONDITION_ABSENT,
            Reads::Finding,
            r"\b(?:no|not|lack|lacks|absence|without|neither|nor)\b[^.;]{0,100}?\b(?:antidepressants?|anticonvulsants?|antiepileptics?|AEDs?|oral (?:medications?|NSAIDs?|analgesics?|agents?|drugs?)|tricyclics?|TCAs?|SNRIs?|gabapentin|pregabalin|amitriptyline|nortriptyline|duloxetine)\b",
        )
    },
    // ... or the program a device is to be an adjunct to ...
    Rule {
        unless_within: r"\b(?:if|when|unless|but)\b",
        ..row(
            PRECONDITION_ABSENT,
            Reads::Finding,
            r"\b(?:no|not|lack|lacks|absence|without)\b[^.;]{0,80}?\b(?:adjunct|in conjunction with|combined with)\b[^.;]{0,60}?\b(?:program|restoration|exercise|rehabilitation|therapy)\b|\b(?:no|not|lack|lacks|absence|without)\b[^.;]{0,120}?\b(?:program|rehabilitation|exercise)\b[^.;]{0,60}?\b(?:adjunct|in conjunction with|combined with)\b|\bno (?:proposed |documented )?program of functional restoration\b|\bnot (?:\w+ ){0,2}(?:involved|participating|enrolled|engaged) in (?:an? |any )?(?:\w+ ){0,3}program\b",
        )
    },
    // ... or the trial the guideline has before a purchase.
    Rule {
        unless_within: r"\b(?:if|when|unless|but)\b",
        ..row(
            PRECONDITION_ABSENT,
            Reads::Finding,
            r"\b(?:no|not|lack|lacks|absence|without)\b[^.;]{0,60}?\b(?:\d+|one|thirty)[- ](?:days?|months?)\b[^.;]{0,30}?\btrial\b",
        )
    },
    // More ways of saying the reasons above, kept as rows of their own so
    // each has its own words.
    //
    // Not recommended for a use: "not indicated for the treatment of".
    Rule {
        unless_before: r"\b(?:the|this|that) (?:\w+ ){0,2}requests?\b[^.;]{0,20}$|\b(?:it|itself)\s*$|\b(?:if|when|unless)\b[^.;]{0,60}$",
        ..row(
            NOT_RECOMMENDED,
            Reads::GuidelineOnService,
            r"\bnot (?:recommended|indicated|supported|approved) (?:for|in) (?:the )?(?:treatment|management|use|relief) (?:of|in|for)\b",
        )
    },
    // Conservative care: "no documentation of failure of", the negation
    // after the care ("conservative care has not been tried"), no trial of
    // a first-line treatment.
    Rule {
        unless_within: r"\b(?:patients|those|if|when|unless|whether)\b",
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:no|lack of|absence of|without)\b (?:[\w-]+ ){0,6}(?:indication|documentation|evidence|mention|record)\b[^.;]{0,60}?\bfailures? (?:of|with|to)\b",
        )
    },
    row(
        CONSERVATIVE_CARE,
        Reads::Finding,
        r"\b(?:conservative|first[- ]line|lower[- ]level|less invasive) (?:care|treatment|therapy|management|measures|options|modalities)\b (?:\w+ ){0,3}(?:has|have|was|were|is|are) not (?:yet )?(?:been )?(?:tried|attempted|exhausted|completed|documented|failed|provided|undertaken)\b",
    ),
    Rule {
        unless_within: r"\b(?:patients|those|if|when|unless|whether)\b",
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:no|lacks?|absence of|without)\b[^.;]{0,60}?\b(?:trial|attempt)s? (?:of|with|at) (?:\w+ ){0,3}(?:conservative|physical therapy|PT|therapy|exercises?|NSAIDs?|anti-inflammator\w*|medications?|injections?|activity modification|rest|bracing|chiropractic|acupuncture|first[- ]line|gabapentin|pregabalin|tricyclics?|antidepressants?|anticonvulsants?|antiepileptics?|acetaminophen)\b",
        )
    },
    // Not a surgical candidate: the negation after surgery, a worker who
    // declines it, no surgical plan or referral.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether|patients|those)\b",
        ..row(
            NOT_SURGICAL_CANDIDATE,
            Reads::Finding,
            r"\bsurg\w* (?:\w+ ){0,2}(?:is|was|has|have|had) (?:not|never) (?:been )?(?:planned|scheduled|recommended|considered|contemplated|authorized|certified|discussed|requested|indicated|warranted|proposed)\b|\b(?:declined|declines|refused|refuses|not interested in|does not want|did not want|does not wish to (?:have|undergo|pursue)|not willing to (?:have|undergo)) (?:\w+ ){0,2}(?:surg\w*|operat\w*)|\b(?:no|not|without|lack)\b[^.;]{0,80}?\bsurgical (?:plan|consult\w*|referral|evaluation|opinion)\b",
        )
    },
    // No red flags: a normal neurologic examination said other ways.
    row(
        NO_RED_FLAGS,
        Reads::Finding,
        r"\bneurologically (?:intact|normal|unremarkable|stable)\b|\b(?:normal|unremarkable|non-?focal|benign|intact) neurolog\w* (?:exam\w*|findings|status|evaluation)|\b(?:straight[- ]leg[- ]rais\w*|SLR)\b[^.;]{0,30}\bnegative\b|\bnegative (?:straight[- ]leg[- ]rais\w*|SLR)\b|\bnon-?focal\b",
    ),
    // No functional improvement: "failed to provide relief".
    Rule {
        unless_within: CONDITION,
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\bfail(?:ed|s)? to (?:provide|produce|result in|show|demonstrate|yield|give)\b[^.;]{0,60}?\b(?:improvement|relief|benefit|gains?|progress)\b",
        )
    },
    // Awaiting results: the results of an approved course not known, or
    // the approved course to be completed first.
    row(
        AWAITING_RESULTS,
        Reads::Finding,
        r"\b(?:results?|outcomes?|response|effects?|benefits?) (?:of|from|to) the (?:(?:recently|previously) )?(?:approved|authorized|certified|current|ongoing|initial|recent) (?:\w+ ){0,4}(?:is|are|was|were|remains?|has|have)\b (?:not|yet|unknown|pending)\b|\bcomplet\w* (?:the )?(?:\w+ ){0,3}(?:approved|authorized|certified|current|remaining|initial) (?:\w+ ){0,3}(?:sessions|visits|trial|course|therapy|treatments?)\b[^.;]{0,60}\b(?:before|prior to|first)\b",
    ),
    // Repeat study: no change since the previous study (no adjective needed
    // when the study is named).
    Rule {
        unless_within: r"\b(?:routinely|unless|if|when|should|reserved)\b",
        ..row(
            REPEAT_STUDY,
            Reads::Finding,
            r"\b(?:no|without|absence of|lack of)\b (?:\w+ ){0,3}(?:changes?|worsening|progression)\b[^.;]{0,80}?\b(?:since|compared (?:to|with)|from) (?:the |his |her )?(?:(?:previous|prior|last|earlier|recent|preceding|initial|original) )?(?:\w+ ){0,2}(?:MRI|CT|imaging|stud(?:y|ies)|EMG|NCV|NCS|electrodiagnostic\w*|x-?rays?|radiographs?|scans?)\b",
        )
    },
    // Conservative care: no prior attempt ("no prior diet attempt").
    Rule {
        unless_within: r"\b(?:patients|those|if|when|unless|whether)\b",
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:no|not|lacks?|absence of|without)\b[^.;]{0,60}?\b(?:prior|previous|earlier) (?:[\w-]+ )?(?:trial|attempt)s?\b",
        )
    },
];

/// How the sentences a row can fire in are found, for each row of [`RULES`]
/// (same order). Every match of a row contains, case-insensitively, one of
/// its words, so a sentence holding none of them cannot fire; the words of
/// all rows are found with one pass over the rationale ([`WORDS`]) instead
/// of one regex search per row.
#[derive(Debug, Clone, Copy)]
enum Find {
    /// Most rows open with a common negation ("no", "not") and a long gap
    /// (`[^.;]{0,100}?`): their searches cost the most, while the words
    /// after the gap are rare. Only sentences holding one of these words
    /// are searched with the row.
    Words(&'static [&'static str]),
    /// As [`Find::Words`], for a row every match of which also holds a
    /// negation ([`NEGATIONS`]) as a whole word: only sentences holding both
    /// one of its words and a negation are searched with the row. Most
    /// sentences a reviewer writes state no negated finding, and each row
    /// searched costs a cold automaton (about 2 us a sentence).
    Negated(&'static [&'static str]),
    /// The row starts with a literal, so its own search over the whole
    /// rationale is cheap and says which sentences fire; it runs only when
    /// the rationale holds one of these words (always, when there are
    /// none).
    Gate(&'static [&'static str]),
}

impl Find {
    fn words(self) -> &'static [&'static str] {
        match self {
            Find::Words(w) | Find::Negated(w) | Find::Gate(w) => w,
        }
    }
}

/// Negations, whole words (not inside another word): every match of a
/// [`Find::Negated`] row holds one of them (a test checks it on the samples
/// and on random rule-like text).
const NEGATIONS: &[&str] = &[
    "no",
    "not",
    "non",
    "nor",
    "neither",
    "never",
    "nothing",
    "lack",
    "lacks",
    "lacking",
    "absence",
    "absent",
    "without",
    "negative",
    "free of",
    "denies",
    "denied",
    "unclear",
    "against",
    "minimal",
    "little",
    "limited",
    "insufficient",
    "inadequate",
    "incomplete",
    "unlikely",
    "fail",
    "fails",
    "failed",
    "cannot",
    "unable",
    "unnecessary",
    "noncertified",
    "declined",
    "declines",
    "refused",
    "refuses",
];

/// The words of the `/Not recommended by guideline` rows on the guideline
/// as the subject: each match holds "do", "does" or "did", then "not" and
/// the verb (a passive "is not recommended" holds none of them).
const NOT_RECOMMEND_WORDS: &[&str] = &[
    "do not recommend",
    "does not recommend",
    "did not recommend",
    "do not support",
    "does not support",
    "did not support",
    "do not endorse",
    "does not endorse",
    "did not endorse",
];

/// The words of the `/Results of approved treatment not yet known` row:
/// each of its matches holds one ("prior to the completion", "already
/// authorized", "currently undergoing", "yet to", "results of").
const AWAITING_WORDS: &[&str] = &[
    "already",
    "prior to completion",
    "prior to the completion",
    "prior to result",
    "prior to the result",
    "prior to outcome",
    "prior to the outcome",
    "prior to response",
    "prior to the response",
    "prior to conclusion",
    "prior to the conclusion",
    "prior to end",
    "prior to the end",
    "prior to finish",
    "prior to the finish",
    "before completion",
    "before the completion",
    "before result",
    "before the result",
    "before outcome",
    "before the outcome",
    "before response",
    "before the response",
    "before conclusion",
    "before the conclusion",
    "before end",
    "before the end",
    "before finish",
    "before the finish",
    "until completion",
    "until the completion",
    "until result",
    "until the result",
    "until outcome",
    "until the outcome",
    "until response",
    "until the response",
    "until conclusion",
    "until the conclusion",
    "until end",
    "until the end",
    "until finish",
    "until the finish",
    "pending completion",
    "pending the completion",
    "pending result",
    "pending the result",
    "pending outcome",
    "pending the outcome",
    "pending response",
    "pending the response",
    "pending conclusion",
    "pending the conclusion",
    "pending end",
    "pending the end",
    "pending finish",
    "pending the finish",
    "undergoing",
    "receiving",
    "participating in",
    "attending",
    "enrolled in",
    "engaged in",
    "yet to",
    "not yet",
    "result of",
    "result from",
    "results of",
    "results from",
    "cannot be",
    "response to the",
    "response of the",
    "response from the",
    "result to the",
    "results to the",
];

/// [`Find`] for each row of [`RULES`]. Words are lower-case ASCII and hold
/// none of the sentence end marks, so a word found lies inside a sentence.
const FIND: [Find; RULES.len()] = [
    Find::Negated(&[
        "functional improvement",
        "functional benefit",
        "functional response",
        "functional gain",
        "improvement in",
        "gain in",
        "gains in",
        "increase in",
        "increases in",
        "improved function",
        "increased function",
        "increase function",
        "objective response",
        "objective improvement",
        "objective benefit",
        "objective gain",
        "objective progress",
        "pain relief",
        "relief of pain",
        "in pain",
        "decreased pain",
        "reduced pain",
        "pain reduction",
        "pain decrease",
        "medication efficacy",
    ]),
    Find::Negated(&[
        "benefit", "improve", "relief", "progress", "helped", "respond",
    ]),
    Find::Gate(&[
        "exceed",
        "excess",
        "surpass",
        "beyond the",
        "over the",
        "above the",
        "more than",
        "greater than",
    ]),
    Find::Words(NOT_RECOMMEND_WORDS),
    Find::Gate(&[
        "not recommended ",
        "not supported ",
        "not endorsed ",
        "not indicated ",
        "not approved ",
    ]),
    Find::Words(NOT_RECOMMEND_WORDS),
    Find::Gate(&[
        "not recommended",
        "not approved",
        "not endorsed",
        "not supported ",
    ]),
    Find::Words(&[
        "against",
        "guideline-",
        "guideline supported",
        "guideline recommended",
        "recommended treatment",
        "recommended option",
        "recommended modality",
        "recommended therapy",
        "recommended intervention",
        "recommended medication",
        "experimental",
        "investigational",
        "under study",
        "fda",
        "evidence to support",
        "evidence supporting",
        "evidence that support",
        "evidence for",
        "studies to support",
        "studies supporting",
        "studies that support",
        "studies for",
        "literature to support",
        "literature supporting",
        "literature that support",
        "literature for",
        "research to support",
        "research supporting",
        "research that support",
        "research for",
        "trials to support",
        "trials supporting",
        "trials that support",
        "trials for",
        "not support",
    ]),
    Find::Negated(&[
        "flag",
        "neurolog",
        "nerve ",
        "specific nerve",
        "specific spinal",
        "radicul",
        "myelopath",
        "objective finding",
        "objective evidence",
        "objective sign",
        "objective exam",
        "objective physical",
        "objective clinical",
        "derangement",
        "tissue insult",
        "deficit",
        "cauda equina",
        "fracture",
        "tumor",
        "tumour",
        "infection",
        "malignan",
        "cancer",
        "necrosis",
        "dislocation",
    ]),
    Find::Words(&[
        "neurolog",
        "sensation",
        "strength",
        "reflexes",
        "sensory exam",
    ]),
    Find::Negated(&[
        "failed",
        "fail to improve",
        "intoleran",
        "tried",
        "exhausted",
        "refractory",
        "unresponsive",
        "respond",
    ]),
    Find::Negated(&[
        "documented to have",
        "failed",
        "tried",
        "attempted",
        "exhausted",
        "undergone",
    ]),
    Find::Words(&[
        "conservative ",
        "first line",
        "first-line",
        "lower level",
        "lower-level",
        "less invasive",
        "has not yet had",
        "no trial",
        "no prior trial",
        "no attempt",
        "no prior attempt",
        "no course",
        "no prior course",
        "trialed",
        "tried",
    ]),
    Find::Negated(&[
        "not specif",
        "not state",
        "not indicate",
        "not include",
        "not identif",
        "not mention",
        "not list",
        "fail to",
        "failed to",
        "fails to",
        "end point",
        "endpoint",
        "end date",
        "stop date",
        "nothing specific",
        "quantity",
        "number of sessions",
        "number of visits",
        "number of units",
        "amount",
        "frequency",
        "duration",
        "dosage",
        "dose",
        "strength",
        "body part",
        "rental",
        "length of",
        "goal",
        "treatment plan",
        "program",
        "component",
        "location",
        "site",
        "level",
        "provider",
    ]),
    Find::Negated(&[
        "documentation",
        "record",
        "notes",
        "information",
        "report",
        "details",
    ]),
    Find::Negated(&["rationale", "explanation", "justification"]),
    Find::Negated(&[
        "provide",
        "submit",
        "include",
        "available",
        "specified",
        "monitor",
        "urine drug",
        "uds",
        "cures",
        "contract",
        "agreement",
        "assessment",
        "evaluation",
        "screening",
        "workup",
        "work-up",
    ]),
    Find::Negated(&["surg", "operat"]),
    Find::Words(&["candida"]),
    Find::Negated(&[
        "procedure",
        "surgery",
        "operation",
        "injection",
        "surgical request",
        "arthroscop",
        "fusion",
        "decompression",
        "repair",
        "replacement",
        "arthroplasty",
        "block",
        "ablation",
        "associated",
        "ancillary",
        "concurrent",
        "related",
        "operative",
        "itself",
    ]),
    Find::Gate(&[]),
    Find::Words(&["home", "hep", "independent", "self-", "self "]),
    Find::Negated(&[
        "be addressed",
        "be managed",
        "be treated",
        "be resolved",
        "be performed",
    ]),
    Find::Negated(&["formal", "supervised", "skilled"]),
    Find::Negated(&[
        "functional deficit",
        "functional limitation",
        "functional impairment",
        "functional loss",
    ]),
    Find::Words(AWAITING_WORDS),
    Find::Words(&[
        "change",
        "worsening",
        "progression",
        "new injur",
        "new trauma",
        "new finding",
        "new symptom",
        "new patholog",
        "new deficit",
        "new complaint",
        "unchanged",
        "stable",
    ]),
    Find::Negated(&[
        "repeat",
        "another",
        "second",
        "updated",
        "additional",
        "new ",
        "further",
    ]),
    Find::Negated(&[
        "gastro",
        "gi risk",
        "gi event",
        "gi symptom",
        "gi issue",
        "gi complaint",
        "gi bleed",
        "gi upset",
        "gi distress",
        "gi history",
        "gi problem",
        "gi complication",
        "dyspepsia",
        "ulcer",
        "bleeding",
        "reflux",
        "gerd",
        "gastritis",
        "heartburn",
        "spasm",
        "spasticity",
        "anxiety",
        "panic",
        "insomnia",
        "sleep ",
        "depress",
        "neuropath",
        "postherpetic",
        "fibromyalgia",
        "seizure",
        "nausea",
        "vomiting",
        "constipation",
        "osteoarthritis",
        "trouble ",
        "swallow",
        "oral",
        "tablet",
        "capsule",
        "pill",
    ]),
    Find::Negated(&[
        "antidepressant",
        "anticonvulsant",
        "antiepileptic",
        "aed",
        "tricyclic",
        "tca",
        "snri",
        "gabapentin",
        "pregabalin",
        "amitriptyline",
        "nortriptyline",
        "duloxetine",
        "oral medication",
        "oral nsaid",
        "oral analgesic",
        "oral agent",
        "oral drug",
    ]),
    Find::Negated(&[
        "adjunct",
        "in conjunction with",
        "combined with",
        "program of functional restoration",
        "involved",
        "participating",
        "enrolled",
        "engaged",
    ]),
    Find::Negated(&["trial"]),
    Find::Words(&[
        "not recommended ",
        "not indicated ",
        "not supported ",
        "not approved ",
    ]),
    Find::Negated(&["failure"]),
    Find::Negated(&[
        "conservative ",
        "first line",
        "first-line",
        "lower level",
        "lower-level",
        "less invasive",
    ]),
    Find::Negated(&[
        "trial of",
        "trial with",
        "trial at",
        "trials of",
        "trials with",
        "trials at",
        "attempt of",
        "attempt with",
        "attempt at",
        "attempts of",
        "attempts with",
        "attempts at",
    ]),
    Find::Negated(&["surg", "operat"]),
    Find::Words(&[
        "neurologically",
        "normal neurolog",
        "unremarkable neurolog",
        "nonfocal neurolog",
        "non-focal neurolog",
        "benign neurolog",
        "intact neurolog",
        "straight leg",
        "straight-leg",
        "slr",
        "nonfocal",
        "non-focal",
    ]),
    Find::Words(&[
        "fail to provide",
        "fail to produce",
        "fail to result in",
        "fail to show",
        "fail to demonstrate",
        "fail to yield",
        "fail to give",
        "failed to provide",
        "failed to produce",
        "failed to result in",
        "failed to show",
        "failed to demonstrate",
        "failed to yield",
        "failed to give",
        "fails to provide",
        "fails to produce",
        "fails to result in",
        "fails to show",
        "fails to demonstrate",
        "fails to yield",
        "fails to give",
    ]),
    Find::Words(&[
        "of the approved",
        "of the authorized",
        "of the certified",
        "of the current",
        "of the ongoing",
        "of the initial",
        "of the recent",
        "of the previously",
        "from the approved",
        "from the authorized",
        "from the certified",
        "from the current",
        "from the ongoing",
        "from the initial",
        "from the recent",
        "from the previously",
        "to the approved",
        "to the authorized",
        "to the certified",
        "to the current",
        "to the ongoing",
        "to the initial",
        "to the recent",
        "to the previously",
        "complet",
    ]),
    Find::Negated(&["change", "worsening", "progression"]),
    Find::Negated(&["trial", "attempt"]),
];

/// Every row's words in one automaton over the lower-cased bytes of an
/// ASCII rationale, with the row each pattern belongs to. Overlapping
/// search, since one row's word may sit inside another's ("objective
/// response", "objective ") and each row must see its own.
/// [`NEGATIONS`] are in it too, as the row [`NEGATION`].
static WORDS: Lazy<(AhoCorasick, Vec<usize>)> = Lazy::new(|| {
    let (words, rows): (Vec<&str>, Vec<usize>) = FIND
        .iter()
        .enumerate()
        .flat_map(|(r, f)| f.words().iter().map(move |w| (*w, r)))
        .chain(NEGATIONS.iter().map(|w| (*w, NEGATION)))
        .unzip();
    let automaton = AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::DFA))
        .match_kind(MatchKind::Standard)
        .build(words)
        .expect("FIND words make a valid automaton");
    (automaton, rows)
});

/// The row number [`WORDS`] gives a negation.
const NEGATION: usize = usize::MAX;

/// Whether `a..b` of the lower-cased bytes `text` is a whole word, as the
/// byte regexes' `\b` sees one: no word byte right before or after it.
fn whole_word(text: &[u8], a: usize, b: usize) -> bool {
    let word = |i: Option<usize>| {
        i.and_then(|i| text.get(i))
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
    };
    !word(a.checked_sub(1)) && !word(Some(b))
}

/// One rule pattern, compiled twice: as written (case-insensitive, with
/// Unicode classes and word boundaries) for any text, and lower-cased with
/// Unicode off, case-sensitive, over bytes, for the ASCII-lower-cased copy
/// of an ASCII text ([`Hay`]). On ASCII text both give the same matches at
/// the same offsets: lower-casing keeps offsets, `\w`, `\s`, `\b` and
/// `[^.;]` agree on ASCII characters, ASCII case-insensitive matching is
/// exactly matching after lower-casing both sides, and the only case folds
/// that leave ASCII (Kelvin sign, long s) cannot occur in it. The byte form
/// is far cheaper: its literals are found by exact search instead of by
/// case permutations, and its automaton lacks the UTF-8 states that the
/// bounded gaps (`[^.;]{0,100}?`) multiply.
///
/// Each form is compiled on first use: a run that meets only ASCII
/// rationales never builds the Unicode forms, and rows behind a gate that
/// never opens cost nothing (compiling the whole table up front was a tenth
/// of a second at every start).
struct Pattern {
    source: String,
    unicode: once_cell::sync::OnceCell<Regex>,
    lower: once_cell::sync::OnceCell<regex::bytes::Regex>,
}

impl Pattern {
    /// A table pattern, compiled when first used; the table is constant, so
    /// a bad pattern is a programming error the unit tests catch (they
    /// compile every row).
    fn new(p: &str) -> Pattern {
        Pattern {
            source: p.to_string(),
            unicode: once_cell::sync::OnceCell::new(),
            lower: once_cell::sync::OnceCell::new(),
        }
    }

    fn unicode(&self) -> &Regex {
        self.unicode.get_or_init(|| {
            Regex::new(&format!("(?i){}", self.source)).expect("RULES patterns are valid regexes")
        })
    }

    fn lower(&self) -> &regex::bytes::Regex {
        self.lower.get_or_init(|| {
            regex::bytes::Regex::new(&format!("(?-u){}", lower_pattern(&self.source)))
                .expect("RULES patterns are valid regexes")
        })
    }

    fn is_match(&self, hay: Hay<'_>) -> bool {
        match hay.lower {
            Some(lower) => self.lower().is_match(lower),
            None => self.unicode().is_match(hay.text),
        }
    }

    /// The spans `find_iter` gives.
    fn spans(&self, hay: Hay<'_>) -> Vec<(usize, usize)> {
        let mut spans = Vec::new();
        self.each_span(hay, |span| {
            spans.push(span);
            true
        });
        spans
    }

    /// Gives `f` the spans `find_iter` gives, until it returns false.
    fn each_span(&self, hay: Hay<'_>, mut f: impl FnMut((usize, usize)) -> bool) {
        match hay.lower {
            Some(lower) => {
                for m in self.lower().find_iter(lower) {
                    if !f((m.start(), m.end())) {
                        return;
                    }
                }
            }
            None => {
                for m in self.unicode().find_iter(hay.text) {
                    if !f((m.start(), m.end())) {
                        return;
                    }
                }
            }
        }
    }
}

/// Text to search: the text itself and, when it is ASCII, its lower-cased
/// bytes (made once per rationale, searched by every rule).
#[derive(Clone, Copy)]
struct Hay<'a> {
    text: &'a str,
    lower: Option<&'a [u8]>,
}

impl<'a> Hay<'a> {
    /// The part `a..b` (byte offsets of a match or sentence, so on
    /// character boundaries).
    fn part(self, a: usize, b: usize) -> Hay<'a> {
        Hay {
            text: cut::slice(self.text, a..b),
            lower: self.lower.map(|l| &l[a..b]),
        }
    }
}

/// One compiled rule.
struct Compiled {
    rule: &'static Rule,
    /// The place of the row's path in [`REASONS`].
    reason: usize,
    pattern: Pattern,
    unless_before: Option<Pattern>,
    unless_within: Option<Pattern>,
    unless_after: Option<Pattern>,
    /// How the row's sentences are found.
    find: Find,
    /// For a rationale that is not ASCII (so not searched with [`WORDS`]):
    /// the row's words as one case-insensitive Unicode regex, when the row
    /// has [`Find::Words`].
    words: Option<Regex>,
}

/// Words as a case-insensitive Unicode regex: the same case folds the rows'
/// Unicode form applies, so it finds a word in every match of the row.
fn words_regex(words: &[&str]) -> Regex {
    let alternation: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
    Regex::new(&format!("(?i){}", alternation.join("|"))).expect("escaped words make a valid regex")
}

/// [`RULES`] compiled once, in order.
static COMPILED: Lazy<Vec<Compiled>> = Lazy::new(|| {
    RULES
        .iter()
        .zip(FIND)
        .map(|(rule, find)| Compiled {
            rule,
            reason: REASONS
                .iter()
                .position(|p| *p == rule.path)
                .expect("RULES paths are in REASONS"),
            find,
            words: match find {
                Find::Words(words) | Find::Negated(words) => Some(words_regex(words)),
                Find::Gate(_) => None,
            },
            pattern: Pattern::new(rule.pattern),
            unless_before: (!rule.unless_before.is_empty())
                .then(|| Pattern::new(rule.unless_before)),
            unless_within: (!rule.unless_within.is_empty())
                .then(|| Pattern::new(rule.unless_within)),
            unless_after: (!rule.unless_after.is_empty()).then(|| Pattern::new(rule.unless_after)),
        })
        .collect()
});

impl Compiled {
    /// Whether any match of the row fires (it has no guards).
    fn unguarded(&self) -> bool {
        self.unless_before.is_none() && self.unless_within.is_none() && self.unless_after.is_none()
    }
}

/// Sentence ends: `.`, `;`, `!` or `?` followed by space or the end ("e.g.,"
/// and decimals stay whole). The definition [`sentence_spans`] is tested
/// against; the parse itself scans.
#[cfg(test)]
static SENTENCE_END: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"[.;!?]+(?:\s+|$)").expect("valid regex"));

/// Whether `c` matches somewhere in `sentence` outside its guards.
fn fires(c: &Compiled, sentence: Hay<'_>) -> bool {
    // Without guards any match fires, and asking whether there is one
    // skips finding where each match starts and ends.
    if c.unguarded() {
        return c.pattern.is_match(sentence);
    }
    let len = sentence.text.len();
    c.pattern.spans(sentence).into_iter().any(|(start, end)| {
        !c.unless_before
            .as_ref()
            .is_some_and(|r| r.is_match(sentence.part(0, start)))
            && !c
                .unless_within
                .as_ref()
                .is_some_and(|r| r.is_match(sentence.part(start, end)))
            && !c
                .unless_after
                .as_ref()
                .is_some_and(|r| r.is_match(sentence.part(end, len)))
    })
}

/// The rationale's sentences as byte ranges, exactly the pieces
/// `SENTENCE_END.split` gives (the last one may be empty).
///
/// Found by a scan, not the regex (which cost a few percent of the parse):
/// a run of end marks ends a sentence when whitespace (`\s`, Unicode, as
/// `char::is_whitespace`) or the end of the text follows it. A run followed
/// by anything else holds no match at all, since any shorter run inside it
/// is followed by another mark, so the scan moves past it.
fn sentence_spans(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let is_mark = |c: u8| matches!(c, b'.' | b';' | b'!' | b'?');
    let marks = |from: usize| memchr::memchr3(b'.', b';', b'!', &b[from..]).map(|k| from + k);
    let questions = |from: usize| memchr::memchr(b'?', &b[from..]).map(|k| from + k);
    let (mut next_mark, mut next_question) = (marks(0), questions(0));
    let mut spans = Vec::new();
    let mut last = 0;
    while let Some(at) = [next_mark, next_question].into_iter().flatten().min() {
        let run_end = at
            + b[at..]
                .iter()
                .position(|&c| !is_mark(c))
                .unwrap_or(b.len() - at);
        // The marks are ASCII, so `run_end` is a character boundary.
        let rest = cut::slice(text, run_end..);
        let space = rest.len() - rest.trim_start().len();
        let resume = if space > 0 || rest.is_empty() {
            spans.push((last, at));
            last = run_end + space;
            last
        } else {
            run_end
        };
        if next_mark.is_some_and(|k| k < resume) {
            next_mark = marks(resume);
        }
        if next_question.is_some_and(|k| k < resume) {
            next_question = questions(resume);
        }
    }
    spans.push((last, text.len()));
    spans
}

/// What the first pass knows of a row in a sentence: no match near it.
const NONE: u8 = 0;
/// The row fires in the sentence.
const FIRES: u8 = 1;
/// The row may fire: the sentence is to be searched with it alone.
const CHECK: u8 = 2;

/// Records that a row's match, or one of its words, spans `ms..me`:
/// every sentence it overlaps may fire, and for a `sure` row (a match of
/// the row itself, without guards) one that holds it wholly does. Whether
/// one of them is now known to fire.
fn mark(
    state: &mut [u8],
    sentences: &[(usize, usize)],
    row: usize,
    (ms, me): (usize, usize),
    sure: bool,
) -> bool {
    let mut fired = false;
    let mut k = sentences.partition_point(|s| s.1 <= ms);
    while k < sentences.len() && sentences[k].0 < me {
        let (a, b) = sentences[k];
        let cell = &mut state[k * RULES.len() + row];
        if *cell != FIRES {
            *cell = if sure && a <= ms && me <= b {
                FIRES
            } else {
                CHECK
            };
        }
        fired |= *cell == FIRES;
        k += 1;
    }
    fired
}

/// Clears the cells of [`Find::Negated`] rows in sentences that hold no
/// negation (such a row has no match there; only word hits, never
/// [`FIRES`], set them).
fn unmark_unnegated(state: &mut [u8], negated: &[bool]) {
    for (row, negated) in state.chunks_exact_mut(RULES.len()).zip(negated) {
        if *negated {
            continue;
        }
        for (cell, find) in row.iter_mut().zip(FIND) {
            if matches!(find, Find::Negated(_)) {
                *cell = NONE;
            }
        }
    }
}

/// For each sentence and each row of [`RULES`] that applies (`state[s *
/// RULES.len() + r]`): [`NONE`], [`FIRES`] or [`CHECK`], found with one
/// search of the whole rationale instead of one per sentence and row.
///
/// Why no sentence in which a row fires is left at [`NONE`]: a sentence is
/// bounded by non-word characters (its end punctuation, the whitespace
/// after it, or the text's ends) and no pattern uses `^` or `$`, so a match
/// inside a sentence is also a match of the whole text at the same place.
/// Every place a match of the whole text can start is either the start of
/// a match `find_iter` reports or lies inside one, so only sentences that
/// overlap a reported match can fire; a reported match that lies wholly
/// inside a sentence proves the sentence fires for an unguarded row. The
/// same holds for a row's words ([`FIND`]), which every match of the row
/// contains: the automaton reports every occurrence of every word, and the
/// Unicode words regex (for text that is not ASCII) one covering each.
fn candidates(hay: Hay<'_>, sentences: &[(usize, usize)], applies: Applies) -> Vec<u8> {
    let mut state = vec![NONE; sentences.len() * RULES.len()];
    let mut applying = [false; RULES.len()];
    for (a, c) in applying.iter_mut().zip(COMPILED.iter()) {
        *a = c.rule.applies == applies;
    }
    // A gate with no words is always open; so is every gate on text that is
    // not ASCII (its words are not looked for there).
    let mut open = [true; RULES.len()];
    match hay.lower {
        Some(lower) => {
            for (o, f) in open.iter_mut().zip(FIND) {
                *o = f.words().is_empty();
            }
            let words_wanted = FIND
                .iter()
                .zip(applying)
                .any(|(f, a)| a && !f.words().is_empty());
            if words_wanted {
                let (automaton, rows) = &*WORDS;
                let mut negated = vec![false; sentences.len()];
                for m in automaton.find_overlapping_iter(lower) {
                    let Some(&r) = rows.get(m.pattern().as_usize()) else {
                        continue;
                    };
                    if r == NEGATION {
                        if whole_word(lower, m.start(), m.end()) {
                            let k = sentences.partition_point(|s| s.1 <= m.start());
                            if let Some(n) = negated.get_mut(k) {
                                *n = true;
                            }
                        }
                        continue;
                    }
                    if !applying[r] {
                        continue;
                    }
                    match FIND[r] {
                        Find::Words(_) | Find::Negated(_) => {
                            mark(&mut state, sentences, r, (m.start(), m.end()), false);
                        }
                        Find::Gate(_) => open[r] = true,
                    }
                }
                unmark_unnegated(&mut state, &negated);
            }
        }
        None => {
            for (r, c) in COMPILED.iter().enumerate() {
                if let (true, Some(words)) = (applying[r], &c.words) {
                    for m in words.find_iter(hay.text) {
                        mark(&mut state, sentences, r, (m.start(), m.end()), false);
                    }
                }
            }
        }
    }
    for (r, c) in COMPILED.iter().enumerate() {
        if applying[r] && open[r] && matches!(c.find, Find::Gate(_)) {
            let sure = c.unguarded();
            c.pattern.each_span(hay, |span| {
                mark(&mut state, sentences, r, span, sure);
                true
            });
        }
    }
    state
}

/// Guideline names a quoting sentence opens with.
const GUIDELINE: &str = r"(?:MTUS|ODG|ACOEM|guidelines?|official disability)";

/// A guideline named in the first words of a sentence.
static GUIDE_START: Lazy<Pattern> =
    Lazy::new(|| Pattern::new(&format!(r"^[^.;]{{0,45}}?\b{GUIDELINE}\b")));

/// ... followed closely by a verb of saying or recommending.
static GUIDE_VERB: Lazy<Pattern> = Lazy::new(|| {
    Pattern::new(&format!(
        r"^[^.;]{{0,45}}?\b{GUIDELINE}\b[^.;]{{0,30}}?\b(?:states?|stated|recommends?|recommended|supports?|indicates?|notes?|advises?|suggests?|requires?|says|endorses?|considers?|describes?|defines?|allows?|do not|does not|writes|refers?)\b"
    ))
});

/// This worker's case named before the guideline ("the request exceeds the
/// ODG ...").
static CASE_BEFORE: Lazy<Pattern> = Lazy::new(|| {
    Pattern::new(&format!(
        r"^[^.;]{{0,45}}?\b(?:request\w*|exceed\w*|in this case|here|patient|claimant|worker|applicant|employee|he|she|records?|documentation)\b[^.;]{{0,45}}?\b{GUIDELINE}\b"
    ))
});

/// A sentence applying the guideline to this case.
static IN_CASE: Lazy<Pattern> = Lazy::new(|| {
    Pattern::new(r"\b(?:in this case|in the present case|in this instance|in this patient|here)\b")
});

/// Words that tie a sentence to this worker or this request.
static CASE_WORDS: Lazy<Pattern> = Lazy::new(|| {
    Pattern::new(
        r"\b(?:in this case|in the present case|in this instance|here|this (?:patient|claimant|worker|applicant|injured worker|employee|iw|individual|request)|the (?:patient|claimant|injured worker|applicant|employee|iw|worker|injured employee)|the (?:medical )?records?|the request|the requested|submitted|provided|he|she|his|her)\b",
    )
});

/// A conditional recommendation ("MRI is recommended when ...") or a
/// requirement ("there should be documentation of ...") without a subject.
static CRITERIA: Lazy<Pattern> = Lazy::new(|| {
    Pattern::new(
        r"\b(?:is|are|be) (?:\w+ ){0,2}(?:recommended|indicated|supported|warranted|reserved|appropriate|considered|allowed|justified)\b[^.;]{0,80}?\b(?:if|when|where|unless|for patients|in patients|for those|in cases|as long as|provided)\b|^[^.;]{0,30}?\b(?:there|patients|it) (?:should|must) (?:be|have|include)\b",
    )
});

/// A sentence that opens by applying the guideline ("As the guidelines
/// recommend 8 visits, 6 more are in excess"): its main clause is a finding.
static APPLYING: Lazy<Pattern> = Lazy::new(|| {
    Pattern::new(r"^\W*(?:since|because|given that|given|while|although|though|as the)\b")
});

/// A sentence that ends a quoted block: it names this case, the records or
/// the reviewer's conclusion, or opens with a negated finding ("There were
/// no red flags.").
static BLOCK_END: Lazy<Pattern> = Lazy::new(|| {
    Pattern::new(
        r"\b(?:in this case|in the present case|in the case of|here|this (?:patient|claimant|worker|applicant|injured worker|employee|request)|the (?:injured worker|claimant|applicant|iw)|(?:he|she|the patient|the worker|the employee) (?:is|was|has|had|have|does|did|reports?|reported|presented|complains?|complained|underwent|received|completed|continues|remains)|documentation|documented|records?|notes|submitted|reviewed|provided|authorized|approved|certified|requests?|requested|purchase|rental|because|medically necessary|therefore|thus|as such|however|there (?:is|was|were|are|has been|have been) (?:no|not|a lack|lack|insufficient|little|minimal)|\d{1,2}/\d{1,2}/\d{2,4})\b|^\W*(?:no|(?:the )?(?:patient|claimant|worker|injured worker|applicant|employee|iw))\b",
    )
});

/// Whether a sentence states the guideline's own criteria rather than a
/// finding about this worker: it opens with the guideline ("ODG recommends
/// ...", "According to the MTUS, ...") and does not apply it to this case
/// ("in this case", the worker or the request named before the guideline,
/// or after it when no verb of saying follows the guideline's name, or an
/// opening "as the guidelines recommend ..., <finding>"); or it states a
/// conditional recommendation or requirement and names neither the worker
/// nor the request.
fn quoted(sentence: Hay<'_>) -> bool {
    if APPLYING.is_match(sentence) {
        return false;
    }
    if GUIDE_START.is_match(sentence) {
        if CASE_BEFORE.is_match(sentence) || IN_CASE.is_match(sentence) {
            return false;
        }
        if GUIDE_VERB.is_match(sentence) || !CASE_WORDS.is_match(sentence) {
            return true;
        }
    }
    CRITERIA.is_match(sentence) && !CASE_WORDS.is_match(sentence)
}

/// Which sentences quote the guideline: a sentence does by itself
/// ([`quoted`]), or it continues a quoted block (the sentence before was
/// quoted) and does not end it ([`BLOCK_END`]). Reviewers quote a guideline
/// over several sentences before applying it ("MTUS states ... Manual
/// therapy is ... Manipulation under anesthesia is not recommended. In this
/// case ..."). Decided on demand, only for sentences where a row fires, by
/// walking back to the sentence that decides it, and remembered.
struct Quotes<'a> {
    hay: Hay<'a>,
    sentences: &'a [(usize, usize)],
    known: Vec<Option<bool>>,
}

impl<'a> Quotes<'a> {
    fn new(hay: Hay<'a>, sentences: &'a [(usize, usize)]) -> Self {
        Quotes {
            hay,
            sentences,
            known: vec![None; sentences.len()],
        }
    }

    /// Whether sentence `s` quotes the guideline. A sentence that neither
    /// quotes by itself nor ends a block has the state of the one before.
    fn at(&mut self, s: usize) -> bool {
        let mut t = s;
        let decided = loop {
            if let Some(q) = self.known.get(t).copied().flatten() {
                break q;
            }
            let Some(&(a, b)) = self.sentences.get(t) else {
                break false;
            };
            let sentence = self.hay.part(a, b);
            if quoted(sentence) {
                break true;
            }
            if t == 0 || BLOCK_END.is_match(sentence) {
                break false;
            }
            t -= 1;
        };
        for k in self.known.iter_mut().take(s + 1).skip(t) {
            *k = Some(decided);
        }
        decided
    }
}

/// A topical form, whose precondition is that first-line oral drugs were
/// tried.
static TOPICAL: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:topical\w*|creams?|gels?|ointments?|lotions?|patch(?:es)?|compound(?:ed)?|transdermal|balm)\b")
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

/// The words of a service a quoted sentence must name for a
/// [`Reads::GuidelineOnService`] row: lower-case ASCII prefixes (six letters
/// at most, so "chiropractor" names "chiropractic", and "diazepam"
/// "benzodiazepines") of its words of four letters or more, minus
/// [`COMMON_SERVICE_WORDS`].
fn service_stems(service: &str) -> Vec<String> {
    let mut stems: Vec<String> = service
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 4)
        .map(str::to_ascii_lowercase)
        .filter(|w| !COMMON_SERVICE_WORDS.contains(&w.as_str()))
        .map(|w| w.chars().take(6).collect())
        .collect();
    stems.sort();
    stems.dedup();
    stems
}

/// Whether `sentence` has a word holding one of `stems` (ASCII,
/// case-insensitive).
fn names_service(sentence: &str, stems: &[String]) -> bool {
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

/// The reasons a rationale gives for an item's outcome, in [`REASONS`]
/// order, each once. `None` (outcome not stated) reads it as a denial.
/// Without the item's service, a row that reads the guideline's words on
/// a service ([`Reads::GuidelineOnService`]) ignores quoted sentences; see
/// [`reasons_with_evidence`].
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
    reasons_with_evidence("", rationale, outcome)
        .into_iter()
        .map(|(p, _)| p.to_string())
        .collect()
}

/// The reasons of an item with the given service, rationale and outcome,
/// each with the byte range (in `rationale`, on character boundaries,
/// trimmed) of the first sentence that gave it.
///
/// ```
/// use imr_letter::letter::Outcome;
/// use imr_letter::normalize::reason::reasons_with_evidence;
/// let text = "ODG recommends imaging for red flags. There were no red flags.";
/// let got = reasons_with_evidence("MRI of the knee", text, Some(Outcome::Upheld));
/// assert_eq!(got.len(), 1);
/// assert_eq!(&text[got[0].1.0..got[0].1.1], "There were no red flags.");
/// ```
pub fn reasons_with_evidence(
    service: &str,
    rationale: &str,
    outcome: Option<Outcome>,
) -> Vec<(&'static str, (usize, usize))> {
    let applies = match outcome {
        Some(Outcome::Overturned) => Applies::Overturned,
        Some(Outcome::Upheld) | None => Applies::Denied,
    };
    let sentences = sentence_spans(rationale);
    let lower = rationale
        .is_ascii()
        .then(|| rationale.to_ascii_lowercase().into_bytes());
    let hay = Hay {
        text: rationale,
        lower: lower.as_deref(),
    };
    let state = candidates(hay, &sentences, applies);
    let mut found: [Option<usize>; REASONS.len()] = [None; REASONS.len()];
    // Which sentences quote the guideline, decided only where a row fires;
    // the service's words, found only when a row needs them.
    let mut quotes = Quotes::new(hay, &sentences);
    let mut stems: Option<Vec<String>> = None;
    for (s, row) in state.chunks_exact(RULES.len()).enumerate() {
        if row.iter().all(|&st| st == NONE) {
            continue;
        }
        let (a, b) = sentences[s];
        let sentence = hay.part(a, b);
        let mut fires_here = |r: usize| {
            let c = &COMPILED[r];
            if !(row[r] == FIRES || (row[r] == CHECK && fires(c, sentence))) {
                return false;
            }
            match c.rule.reads {
                Reads::Guideline => true,
                Reads::Finding => !quotes.at(s),
                Reads::GuidelineOnService => {
                    !quotes.at(s) || {
                        let stems = stems.get_or_insert_with(|| service_stems(service));
                        names_service(sentence.text, stems)
                    }
                }
            }
        };
        // A row whose reason an earlier sentence gave cannot add to it, so it
        // is searched only when it decides the catch-all below.
        let mut specific = false;
        let mut deferred = [false; RULES.len()];
        let mut catch_all = [false; RULES.len()];
        for (r, c) in COMPILED.iter().enumerate() {
            if row[r] == NONE {
                continue;
            }
            if c.reason == MISSING {
                catch_all[r] = true;
            } else if found[c.reason].is_some() {
                deferred[r] = true;
            } else if fires_here(r) {
                found[c.reason] = Some(s);
                specific = true;
            }
        }
        // The catch-all only when nothing more specific explains the sentence.
        if !specific
            && found[MISSING].is_none()
            && (0..RULES.len()).any(|r| catch_all[r] && fires_here(r))
            && !(0..RULES.len()).any(|r| deferred[r] && fires_here(r))
        {
            found[MISSING] = Some(s);
        }
    }
    // First-line oral drugs not tried is a topical form's own precondition.
    if found[PRECONDITION].is_none() && found[CONSERVATIVE].is_some() && TOPICAL.is_match(service) {
        found[PRECONDITION] = found[CONSERVATIVE];
    }
    REASONS
        .iter()
        .zip(found)
        .filter_map(|(p, f)| Some((*p, trimmed(rationale, sentences[f?]))))
        .collect()
}

/// A sentence's range without the whitespace around it, and with its end
/// mark when one follows.
fn trimmed(text: &str, (a, b): (usize, usize)) -> (usize, usize) {
    let part = text.get(a..b).unwrap_or_default();
    let start = a + (part.len() - part.trim_start().len());
    let mut end = a + part.trim_end().len();
    if let Some(c) = text.get(end..).and_then(|rest| rest.chars().next()) {
        if matches!(c, '.' | ';' | '!' | '?') && end == b {
            end += 1;
        }
    }
    (start.min(end), end)
}

/// The place of [`MISSING_DOCUMENTATION`] in [`REASONS`].
const MISSING: usize = 5;
/// The place of [`CONSERVATIVE_CARE`] in [`REASONS`].
const CONSERVATIVE: usize = 4;
/// The place of [`PRECONDITION_ABSENT`] in [`REASONS`].
const PRECONDITION: usize = 12;

/// The paths of [`REASONS`] whose flag is set, in [`REASONS`] order.
#[cfg(test)]
fn paths_found(found: [bool; REASONS.len()]) -> Vec<String> {
    REASONS
        .iter()
        .zip(found)
        .filter(|(_, f)| *f)
        .map(|(p, _)| (*p).to_string())
        .collect()
}

#[cfg(test)]
mod tests {
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
        let text = "The MTUS states that imaging is for red flags. Imaging without red flags is not needed. \
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
            let text = format!(
                "ODG recommends an MRI for red flags. It is reserved for trauma. {finding}"
            );
            assert_eq!(reasons(&text, UP), [NO_RED_FLAGS], "{text}");
        }
    }

    #[test]
    fn a_purchase_sentence_applies_the_guideline() {
        let text = "ODG recommends a rental for the first week. A purchase is not supported because use after that week is not recommended.";
        assert_eq!(reasons(text, UP), [NOT_RECOMMENDED]);
    }

    #[test]
    fn quoted_not_recommended_counts_for_the_service_it_names() {
        let text =
            "According to ODG, ultrasound is not recommended. Ice is not recommended either.";
        let of = |service: &str| -> Vec<&str> {
            reasons_with_evidence(service, text, UP)
                .into_iter()
                .map(|(p, _)| p)
                .collect()
        };
        assert_eq!(of("Therapeutic ultrasound x6"), [NOT_RECOMMENDED]);
        assert!(of("Lumbar MRI").is_empty());
        // Outside a quote it counts whatever the service.
        assert_eq!(
            reasons("Ultrasound is not recommended for this condition.", UP),
            [NOT_RECOMMENDED]
        );
    }

    #[test]
    fn first_line_not_tried_is_a_topical_precondition() {
        let text = "There is no documentation that first-line therapy was tried and failed.";
        let paths = |service: &str| -> Vec<&str> {
            reasons_with_evidence(service, text, UP)
                .into_iter()
                .map(|(p, _)| p)
                .collect()
        };
        assert_eq!(
            paths("Ketoprofen 20% cream"),
            [CONSERVATIVE_CARE, PRECONDITION_ABSENT]
        );
        assert_eq!(paths("Lumbar epidural injection"), [CONSERVATIVE_CARE]);
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

#[cfg(test)]
mod same_as_per_sentence {
    use super::*;
    use proptest::prelude::*;

    /// The rule table applied as it reads: each sentence, each rule, the
    /// Unicode form. [`reasons`] must always agree with it.
    fn reference(service: &str, rationale: &str, outcome: Option<Outcome>) -> Vec<String> {
        let applies = match outcome {
            Some(Outcome::Overturned) => Applies::Overturned,
            _ => Applies::Denied,
        };
        let mut found = [false; REASONS.len()];
        let at = |p: &str| REASONS.iter().position(|r| *r == p).unwrap_or(0);
        let mut previous = false;
        let stems = service_stems(service);
        for sentence in SENTENCE_END.split(rationale) {
            let (mut specific, mut missing) = (false, false);
            let hay = Hay {
                text: sentence,
                lower: None,
            };
            let quote = quoted(hay) || (previous && !BLOCK_END.is_match(hay));
            previous = quote;
            for c in COMPILED.iter().filter(|c| c.rule.applies == applies) {
                let skip = match c.rule.reads {
                    Reads::Finding => quote,
                    Reads::Guideline => false,
                    Reads::GuidelineOnService => quote && !names_service(sentence, &stems),
                };
                if skip {
                    continue;
                }
                let hit = c.pattern.unicode().find_iter(sentence).any(|m| {
                    !c.unless_before
                        .as_ref()
                        .is_some_and(|r| r.unicode().is_match(&sentence[..m.start()]))
                        && !c
                            .unless_within
                            .as_ref()
                            .is_some_and(|r| r.unicode().is_match(m.as_str()))
                        && !c
                            .unless_after
                            .as_ref()
                            .is_some_and(|r| r.unicode().is_match(&sentence[m.end()..]))
                });
                if !hit {
                    continue;
                }
                if c.rule.path == MISSING_DOCUMENTATION {
                    missing = true;
                } else {
                    specific = true;
                    found[at(c.rule.path)] = true;
                }
            }
            if missing && !specific {
                found[at(MISSING_DOCUMENTATION)] = true;
            }
        }
        if found[CONSERVATIVE] && TOPICAL.is_match(service) {
            found[PRECONDITION] = true;
        }
        paths_found(found)
    }

    /// [`reasons_with_evidence`]'s paths.
    fn of_item(service: &str, rationale: &str, outcome: Option<Outcome>) -> Vec<String> {
        reasons_with_evidence(service, rationale, outcome)
            .into_iter()
            .map(|(p, _)| p.to_string())
            .collect()
    }

    /// The pieces of the sentence regex's `split`, as byte ranges.
    fn regex_spans(text: &str) -> Vec<(usize, usize)> {
        let mut spans = Vec::new();
        let mut last = 0;
        for m in SENTENCE_END.find_iter(text) {
            spans.push((last, m.start()));
            last = m.end();
        }
        spans.push((last, text.len()));
        spans
    }

    #[test]
    fn sentence_scan_is_the_regex_on_samples() {
        for (_, text) in crate::samples::texts() {
            assert_eq!(sentence_spans(&text), regex_spans(&text));
        }
    }

    proptest! {
        #[test]
        fn sentence_scan_is_the_regex(
            parts in proptest::collection::vec(
                "(a|bc|\\.|;|!|\\?|\\.\\.| |\\n|\\t|\\x0b|\\u{a0}|\\u{2028}|\\u{3000}|\\u{e9}|e\\.g\\.,|1\\.5)",
                0..30,
            ),
        ) {
            let text = parts.concat();
            prop_assert_eq!(sentence_spans(&text), regex_spans(&text));
        }
    }

    #[test]
    fn sample_rationales_agree() {
        let mut n = 0;
        for (_, bytes) in crate::samples::files() {
            for item in crate::parse_bytes(&bytes, None).items {
                for outcome in [Some(Outcome::Upheld), Some(Outcome::Overturned), None] {
                    assert_eq!(
                        of_item(&item.service, &item.rationale, outcome),
                        reference(&item.service, &item.rationale, outcome),
                        "{}",
                        item.rationale
                    );
                    // Upper-cased, the ASCII path must still agree.
                    let upper = item.rationale.to_uppercase();
                    assert_eq!(
                        of_item(&item.service, &upper, outcome),
                        reference(&item.service, &upper, outcome)
                    );
                }
                n += 1;
            }
        }
        assert!(n > 20, "only {n} items read");
    }

    /// Words of the rule table, its rows' words ([`FIND`]) and the case
    /// folds that leave ASCII, joined at random into rule-like text.
    const RULE_WORDS: &str = "(no|not|lack of|NO|Not|functional|improvement|surgery|documentation|is|are|the|guidelines|recommend|recommended|exceeds|when|red flags|neurologic|failed|conservative|care|since|procedure|also|medically|necessary|benefit|in excess of|approved|for|by|flag|specific nerve|radicular|candidate|surgical|yet to be completed|trial of|associated|itself|documented to have|exam|normal|home|program|exercise|should|continue|supervised|prior to|completion|currently|undergoing|therapy|already|authorized|repeat|MRI|previous|change|significant|new|GI|spasm|anxiety|oral|unable|swallow|adjunct|30-day|ongoing|monitoring|according to|ODG|states|in this case|patient|there were no|Ultrasound|not able|pill|involved|functional deficits|as the|failure|declined|neurologically intact|SLR|negative|fail|complete|approved|visits|change|since the prior|not indicated for the treatment of|trial of|cannot|unable to|unnecessary|noncertified|non-certified|declined|denied|nothing specific|limited|minimal|inadequate|nonfocal|notable|knot|\\.|;|!|\\?|,|\u{e9}|\u{212a}|\u{17f}|x)";

    /// Whether `text[a..b]` holds one of [`NEGATIONS`] as a whole word of
    /// `text` (ASCII-lower-cased, as the parse sees it).
    fn holds_negation(text: &str, a: usize, b: usize) -> bool {
        let lower = text.to_ascii_lowercase();
        let bytes = lower.as_bytes();
        NEGATIONS.iter().any(|n| {
            bytes
                .get(a..b)
                .unwrap_or_default()
                .windows(n.len())
                .enumerate()
                .any(|(i, w)| w == n.as_bytes() && whole_word(bytes, a + i, a + i + n.len()))
        })
    }

    /// Whether every match of every row, in its Unicode form, holds one of
    /// the row's words (lower-cased), as [`candidates`] relies on.
    fn words_in_every_match(text: &str) -> Result<(), String> {
        for (r, c) in COMPILED.iter().enumerate() {
            let words = FIND[r].words();
            if words.is_empty() {
                continue;
            }
            for m in c.pattern.unicode().find_iter(text) {
                let lower = m.as_str().to_lowercase();
                if !words.iter().any(|w| lower.contains(w)) {
                    return Err(format!(
                        "row {r} matched {:?}, none of {words:?}",
                        m.as_str()
                    ));
                }
                if matches!(FIND[r], Find::Negated(_)) && !holds_negation(text, m.start(), m.end())
                {
                    return Err(format!("row {r} matched {:?}, no negation", m.as_str()));
                }
            }
        }
        Ok(())
    }

    #[test]
    fn sample_matches_hold_their_words() {
        for (_, text) in crate::samples::texts() {
            if let Err(e) = words_in_every_match(&text) {
                panic!("{e}");
            }
        }
    }

    proptest! {
        #[test]
        fn rule_like_matches_hold_their_words(
            words in proptest::collection::vec(RULE_WORDS, 0..40),
        ) {
            let text = words.join(" ");
            prop_assert_eq!(words_in_every_match(&text), Ok(()));
        }

        #[test]
        fn rule_like_text_agrees(
            words in proptest::collection::vec(RULE_WORDS, 0..40),
            overturned in any::<bool>(),
            service in "(|Ultrasound therapy|Ketoprofen cream|MRI of the knee)",
        ) {
            let text = words.join(" ");
            let outcome = Some(if overturned { Outcome::Overturned } else { Outcome::Upheld });
            prop_assert_eq!(of_item(&service, &text, outcome), reference(&service, &text, outcome));
        }
    }
}
