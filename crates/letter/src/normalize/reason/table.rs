//! The rule table: each row a reason path and the regex (with its guards)
//! that finds it in a sentence. `index_schema/REASONS.md` describes every
//! row; a test checks it names each pattern.

use super::table_blind::BLIND_RULES;
use super::table_items::ITEM_RULES;
use super::*;

/// A condition in the sentence before a match ("if the dosage is not
/// specified, ..."): the match states when something applies.
pub(super) const CONDITION_BEFORE: &str = r"\b(?:if|when|unless|until|whether)\b[^.;]{0,60}$";

/// A condition or a class of patients before a match ("if there is no
/// improvement", "in patients who have not responded"): the guideline's
/// rule, not a finding about this worker.
pub(super) const GENERIC_BEFORE: &str = r"\b(?:if|when|unless|until|whether)\b[^.;]{0,60}$|\b(?:patients|those|individuals|people|cases) (?:who|with|that|whose)\b[^.;]{0,40}$";

/// A condition inside a match: the match states when something applies.
pub(super) const CONDITION: &str = r"\b(?:if|when|unless|until|whether|should|must)\b";

/// Findings inside a missing-documentation match: the sentence gives that
/// finding's own reason (when a row finds it), not the catch-all.
pub(super) const MISSING_NOT_FINDING: &str = r"\b(?:functional|improvement|improved|benefit|relief|red flags?|neurolog\w*|radicul\w*|deficits?|conservative|first[- ]line|failed|failure|spasms?|spasticity|anxiety|insomnia|sleep|depress\w*|neuropath\w*|gastro\w*|GI|candidate|surg\w*|nausea|constipation|exceed\w*)\b";

/// A guideline's own limit before an exceeds match ("when ... exceeds",
/// "should not exceed"): the limit, not a finding.
pub(super) const EXCEEDS_BEFORE: &str = r"\b(?:when|if|unless|should not|not to|must not|may not|does not|do not|did not|would not|will not|cannot|guidelines? (?:states?|says?|notes?))\b[^.;,]{0,60}$";

/// A topical form named before a match: first-line oral drugs not tried
/// are the topical's precondition, not conservative care.
pub(super) const TOPICAL_BEFORE: &str =
    r"\b(?:topical\w*|lidoderm|patch(?:es)?|creams?|gels?|ointments?|compound\w*)\b[^.;]*$";

/// The first-line drugs for neuropathic pain right after a match, or a
/// topical form later in the sentence: trials of them before a topical are
/// the topical's precondition (see [`TOPICAL_BEFORE`]). "Oral
/// medications" in general stay conservative care as well.
pub(super) const FIRST_LINE_AFTER: &str = r"^[^.;]{0,60}\b(?:tricyclics?|TCAs?|SNRIs?|antidepressants?|anticonvulsants?|antiepileptics?|AEDs?|gabapentin|pregabalin|amitriptyline|nortriptyline|duloxetine)\b|^[^.;]*\b(?:topical\w*|lidoderm|creams?|gels?|ointments?)\b";

/// The rule table, grouped by reason (in [`REASONS`] order, then more ways
/// of saying some of them). Every matching row gives its path.
const FIRST_RULES: &[Rule] = &[
    // No functional improvement: a negation (or "argued against"), then an
    // improvement word.
    Rule {
        unless_before: GENERIC_BEFORE,
        unless_within: CONDITION,
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\b(?:no|not|lack|lacks|lacking|absence|absent|without (?:documented|documentation|evidence|any|objective|significant|measurable|demonstrated|clear|re-?evaluation|reassessment)|neither|nor|unclear|against|minimal|little|insufficient)\b[^.;]{0,100}?\b(?:functional (?:improvement|benefits?|response|gains?)|(?:improvement|gains?|increases?) in (?:function|activities)|(?:improved|increased?) function|objective (?:response|improvement|benefits?|gains?|progress)|pain relief|relief of pain|(?:reduction|decrease) in pain|(?:decreased|reduced) pain|pain (?:reduction|decrease)|medication efficacy)",
        )
    },
    Rule {
        // "the ODG, which found no benefit": the evidence, not this worker.
        unless_before: r"\b(?:if|when|unless|until|whether)\b[^.;]{0,60}$|\b(?:patients|those|individuals|people|cases) (?:who|with|that|whose)\b[^.;]{0,40}$|\b(?:which|that|studies|trials|evidence|guidelines?|ODG|MTUS|ACOEM) (?:\w+ )?(?:found|show\w*|report\w*)\s+$",
        unless_within: r"\b(?:if|when|unless|until|whether|should|must|proven|established|greater|superior)\b",
        // "no recent progress notes" names documents, not progress.
        unless_after: r"^\s*(?:notes?|reports?)\b",
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\b(?:lack of|no|without (?:documented|any|objective|significant|measurable|demonstrated|clear)|minimal|little|limited) (?:\w+ ){0,2}(?:benefit|improvement|relief|progress)\b|\b(?:did|does|has|have|had) not (?:\w+ ){0,2}(?:improved?|helped|benefit(?:ed|ted)?|respond(?:ed)?|provided? (?:\w+ ){0,2}(?:relief|benefit|improvement))\b",
        )
    },
    // Exceeds the guideline: over its visits or duration, unless stated as
    // the guideline's own condition ("when ... exceeds", "should not exceed").
    Rule {
        unless_before: r"\b(?:when|if|unless|should not|not to|must not|may not|does not|do not|did not|would not|will not|cannot|guidelines? (?:states?|says?|notes?))\b[^.;,]{0,60}$|\b(?:demands?|requirements?) (?:that |which )?$",
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
    Rule {
        unless_after: r"^[\s,]*(?:\w+ ){0,2}?(?:as an? (?:primary|first[- ]line|sole|isolated|stand-?alone|medical prescription)|unless|except|in the absence|for (?:long[- ]term|chronic|prolonged|extended) use|beyond)\b",
        ..row(
            NOT_RECOMMENDED,
            Reads::Guideline,
            r"\bnot (?:recommended|supported|endorsed|indicated|approved) (?:by|per|under|in) (?:the )?(?:[\w/-]+ ){0,4}(?:guidelines?|MTUS|ODG|ACOEM)",
        )
    },
    Rule {
        unless_after: r"^\s*(?:the )?routine|^[^.;]{0,80}\bas an? (?:primary|first-line|sole|isolated|stand-?alone|medical prescription)|^[^.;]{0,80}\b(?:unless|except|in the absence|without|absent|when|if)\b|^\s*(?:treatment |care |use )?(?:more than|beyond|over|in excess of)\b|^\s*(?:[\w-]+ ){0,3}for (?:long[- ]term|chronic|prolonged|extended) use\b",
        ..row(
            NOT_RECOMMENDED,
            Reads::Guideline,
            r"\b(?:MTUS|ODG|ACOEM|guidelines?) (?:\w+ ){0,2}(?:do|does|did) not (?:recommend|support|endorse)\b",
        )
    },
    Rule {
        // A procedure "not approved" is its certification, not the guideline.
        // The conditional forms count after "by the MTUS" too ("not
        // recommended by the MTUS for long-term use").
        unless_before: r"\b(?:the|this|that) (?:\w+ ){0,2}requests?\b[^.;]{0,20}$|\b(?:it|itself)\s*$|\b(?:if|when|unless)\b[^.;]{0,60}$|\b(?:surg\w*|procedures?|operations?|arthroscop\w*|arthroplast\w*|fusion|decompression|release|repair|replacement|reconstruction)(?:,?\s+(?:that|which))?\s+$|\b(?:ordered|requested|intended|needed) (?:for|with)\s+$",
        unless_after: r"^\s*(?:(?:by|per|under|in) (?:the )?(?:[\w/-]+ ){0,4}?(?:guidelines?|MTUS|ODG|ACOEM)\s*,?\s*)?(?:as (?:an? )?(?:primary|first[- ]line|initial)|(?:to be used )?(?:for (?:use )?)?(?:beyond|longer than|more than|over|past) (?:\d+|one|two|three|four|five|six|eight|ten|twelve)\b|for (?:long[- ]term|routine|extended|prolonged)\b|for chronic (?:use|treatment|therapy|administration)\b|(?:in|with) the absence|unless|except|until|without|if|when|(?:in|for) (?:patients|individuals|those|cases)|routinely|as (?:an? )?(?:isolated|stand-?alone|sole|medical prescription))|^[^.;]{0,80}\bunless\b",
        ..row(
            NOT_RECOMMENDED,
            Reads::GuidelineOnService,
            r"\b(?:is|are|was|were) (?:\w+ )?not (?:(?:recommended|approved|endorsed)\b|supported (?:for|in|beyond|as)\b)",
        )
    },
    Rule {
        // A surgeon or physician recommending against is not the guideline.
        unless_before: r"\b(?:surgeon|physician|doctor|provider|consultant|specialist|orthopedist|neurosurgeon)\b[^.;]{0,40}$",
        // "... recommends against it in the absence of red flags" is the
        // guideline's condition.
        unless_after: r"^[^.;]{0,80}\b(?:in the absence|unless|except|absent|without)\b",
        ..row(
            NOT_RECOMMENDED,
            Reads::Guideline,
            r"\brecommend(?:s|ed)? against\b|\bnot (?:a )?(?:guideline[- ](?:supported|recommended)|recommended (?:treatment|option|modality|therapy|intervention|medication))\b|\b(?:is|are|remains?|considered|be) (?:\w+ )?(?:experimental|investigational|under study)\b|\bnot (?:\w+ )?FDA[- ]approved\b|\bno (?:(?:high|good|quality|sufficient|adequate|scientific|published|strong|convincing|reliable|high-quality|good-quality|peer[- ]reviewed) ){1,3}(?:evidence|studies|literature|research|trials) (?:to support|supporting|that supports?|for)\b|\b(?:evidence|literature) (?:does|do|did) not support\b",
        )
    },
    // No red flags: a negation, then a red flag, a neurologic or objective
    // finding; or a normal neurologic examination.
    Rule {
        unless_within: r"\b(?:if|when|unless|until|whether|recommended|indicated|warranted|reserved|spastic\w*|complications?|DVT|deep vein|thrombo\w*|coagulopathy|embolism)\b|\bnon-?malignan",
        // "No new neurologic findings since the prior study": nothing new
        // since a study is the repeat study's reason; "no objective
        // evidence of functional improvement" is about the treatment.
        unless_after: r"^[^.;]{0,60}\bsince (?:the|that|this|his|her|a|an) (?:\w+ ){0,3}(?:stud(?:y|ies)|MRI|CT|EMG|NCV|NCS|electrodiagnostic\w*|imaging|scans?|x-?rays?|films|exam\w*|evaluation)|^\s*(?:of )?(?:any )?(?:functional |objective |significant )?(?:improvement|benefit|efficacy|gains?|response|relief)\b",
        ..row(
            NO_RED_FLAGS,
            Reads::Finding,
            r#"\b(?:no|not|non|none|lack|lacks|absence|absent|without|neither|nor|negative for|free of|silent on|nothing to (?:suggest|indicate|show)|little to (?:suggest|indicate)|cannot find|could not find|couldn'?t (?:find|locate)|unable to (?:find|identify|locate)|silent as to|scant)\b[^.;]{0,80}?\b(?:red[- "]*flags?|neurologic\w*|(?:discrete |circumscribed )?trigger points|twitch response|nerve (?:root )?(?:compromise|impairment|dysfunction|involvement|irritation|damage)|specific (?:spinal )?nerve|radicul\w*|myelopath\w*|objective (?:(?:exam\w*|physical|clinical) )?(?:findings|evidence|signs)|derangement|tissue insult|(?:focal|motor|sensory|neuro) deficits?|cauda equina|progressive (?:\w+ )?deficits?|fractures?|tumou?rs?|infections?|malignan\w*|cancer|(?:osteo|avascular )?necrosis|dislocation)"#,
        )
    },
    row(
        NO_RED_FLAGS,
        Reads::Finding,
        r"\bneuro(?:log\w*)? (?:exam\w*|status|findings|evaluation)\b (?:[\w-]+ ){0,4}?(?:is|was|were|are|remains?) (?:\w+ )?(?:unremarkable|normal|non-?focal|intact|benign|negative)|\b(?:sensation|strength|reflexes|motor strength|sensory exam\w*) (?:is|are|was|were) (?:\w+ ){0,2}(?:intact|normal|symmetric(?:al)?)\b",
    ),
    // Conservative care: no record that first-line care was tried and failed.
    Rule {
        unless_within: r"\bfail(?:ed|s)? to (?:specify|provide|document|submit|include|address|indicate|show|demonstrate|establish|meet|note)\b|\b(?:patients|those|if|when|unless|whether|tricyclics?|TCAs?|SNRIs?|antidepressants?|anticonvulsants?|antiepileptics?|AEDs?)\b",
        unless_before: TOPICAL_BEFORE,
        unless_after: FIRST_LINE_AFTER,
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:no|lack of|absence of|without|nor is there)\b (?:[\w-]+ ){0,6}(?:indication|documentation|evidence|mention|record|account)\b[^.;]{0,80}?\b(?:failed|fail to improve|intolerant|intolerance|tried|exhausted|refractory|unresponsive|did not respond|not responded)\b",
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
    Rule {
        unless_before: CONDITION_BEFORE,
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\b(?:did|does|do|has|have) not (?:specify|specified|state|stated|indicate|include|identify|mention|list)\b[^.;]{0,60}?\b(?:quantity|number|amount|frequency|duration|dosage|dose|strength|body parts?|site|levels?|side|laterality|rental|purchase|length|how many|how long|which|goals?|plan)\b|\bfail(?:ed|s)? to (?:specify|state|indicate|include|identify|list|document|explain|describe|discuss)\b|\bno (?:\w+ ){0,2}(?:end ?point|end date|stop date)\b|\bnothing specific\b|\b(?:no|without|lack of|absence of) (?:(?:clear|specific|measurable|functional|treatment|stated|documented) ){0,2}goals?\b|\b(?:quantity|number of (?:sessions|visits|units)|amount|frequency|duration|dosage|dose|strength|body parts?|rental|length of (?:use|treatment|rental)|treatment goals?|treatment plan|goals|program|components?|location|site|levels?|provider) (?:\w+ ){0,4}(?:was|were|is|are|has|have) (?:neither|not|never) (?:been )?(?:specified|stated|documented|indicated|provided|included|identified|given|noted|listed)\b",
        )
    },
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
    Rule {
        unless_before: CONDITION_BEFORE,
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\b(?:not|never) (?:been )?(?:provided|submitted|included|available) for (?:this )?review\b|\brecords? (?:\w+ ){0,3}(?:was|were|is|are) not (?:provided|submitted|available|included)\b|\b(?:did not|does not|do not|failed to|fails to) (?:provide|submit|include)\b|\b(?:is|are|was|were) not specified\b|\bno (?:\w+ ){0,2}(?:assessment|evaluation|screening|work-?up) (?:is|was|has been|were|are|have been) (?:documented|provided|described|noted)\b|\b(?:no|lack of|absence of|without)\b[^.;]{0,80}\b(?:monitor\w*|urine drug (?:screens?|tests?|testing)|UDS|CURES|pain (?:contract|agreement)|opioid (?:contract|agreement))\b",
        )
    },
    // Not a surgical candidate: surgery not planned, not considered, or the
    // worker not a candidate.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether|patients|those|who)\b",
        ..row(
            NOT_SURGICAL_CANDIDATE,
            Reads::Finding,
            r"\b(?:no|not|lack|lacks|absence|without|neither|nor)\b[^.;]{0,80}?\b(?:candidate for (?:\w+ ){0,2}(?:surg\w*|operat\w*)|surgical candidate|(?:plans?|planning|intention) (?:for|of|to (?:have|undergo|proceed with)) (?:\w+ ){0,2}(?:surg\w*|operat\w*)|surg\w* (?:\w+ )?(?:is|was|would be|has been|being|will be) (?:\w+ )?(?:warranted|planned|indicated|contemplated|considered|scheduled|recommended|anticipated|pending)|(?:undergo\w*|consider\w*|proceed\w* with|scheduled for) (?:\w+ ){0,2}(?:surg\w*|operat\w*)|surgical (?:intervention|procedure|treatment|plan) (?:is|was|has been|being) (?:planned|scheduled|contemplated|considered|recommended))",
        )
    },
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_after: r"^\s*where\b",
        ..row(
            NOT_SURGICAL_CANDIDATE,
            Reads::Finding,
            r"\b(?:not|no longer|never) (?:\w+ ){0,2}candidate\b|\bno (?:\w+ ){0,2}candidacy\b",
        )
    },
    Rule {
        unless_after: r"^\s*(?:being |been )?(?:contemplated|considered|planned|scheduled|pursued|proposed|offered|a candidate|interested|wanted|desired)\b",
        unless_within: r"\b(?:as such|as a result|as noted|as above|as discussed)\b|\bno (?:\w+ )?(?:surg\w*|procedures?|operations?)\b|\b(?:plans?|planning|intention) (?:for|of|to)\b|\b(?:response|results?|outcomes?|effects?) (?:to|of|from)\b",
        ..row(
            ANCILLARY,
            Reads::Finding,
            r"\b(?:since|as|because|given that)\b[^.;,]{0,80}\b(?:procedure|surgery|operation|injection|surgical request|arthroscopy|fusion|decompression|repair|replacement|arthroplasty|block|ablation)s?\b(?: [\w-]+){0,5}? (?:is|are|was|were|has been|have been) (?:also )?(?:not|deemed not|found not|non-?certified|denied)\b|\b(?:associated|ancillary|concurrent|related|post-?operative|pre-?operative|peri-?operative) (?:services?|requests?|items?)\b[^.;]{0,60}\b(?:is|are) (?:also )?not\b|\bbecause\b[^.;]{0,60}\bitself (?:is|was) not (?:supported|medically necessary|certified|recommended)|\bthe (?:associated|primary|underlying) (?:\w+ ){0,3}(?:procedure|surgery|operation|injection|arthroscopy|fusion|decompression|repair|replacement|arthroplasty|block)s? (?:is|are|was|were|has been|have been) (?:also )?(?:not|deemed not|found not|non-?certified|denied)\b",
        )
    },
    // Overturned: the reviewer finds the request necessary or its criteria met.
    Rule {
        applies: Applies::Overturned,
        ..row(
            CRITERIA_MET,
            Reads::Finding,
            r"\b(?:medically (?:necessary|reasonable|appropriate)|meets?|met|meeting|satisf(?:y|ies|ied|ying)|fulfil(?:l|ls|led|ling|s)?|supported|supports?|indicated|recommended|warranted|appropriate|reasonable|justified|consistent with|in (?:accordance|keeping|line) with|within (?:the )?(?:[\w-]+ ){0,3}(?:guidelines?|limits?|allowance|recommendations?|criteria))\b",
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
            r"\b(?:home exercises?|home exercise program|home program|HEP|independent (?:home )?(?:exercises?|program)|self[- ](?:directed|guided|management)|home[- ]based (?:exercises?|program))\b[^.;]{0,100}?\b(?:sufficient|adequate|insufficient|inadequate|appropriate|enough|suffice)\b|\b(?:should|could|can|would|is able to|be able to|are able to)\b (?:\w+ ){0,3}(?:continue|transition|perform|proceed|be managed|progress|be transitioned|be instructed|do|maintain|carry out)\b[^.;]{0,60}?\b(?:home|independent|self[- ]directed|HEP)\b|\b(?:transition(?:ed|ing)? (?:to|into)|continue with|continuation of|instructed in|versed in|educated (?:in|on)|proficient (?:in|with)|capable of|ready for|competent (?:in|with)|familiar with|trained in|taught|discharged? to) (?:an? |the |his |her |their )?(?:\w+ )?(?:home|independent|self[- ]directed|HEP)\b",
        )
    },
    row(
        HOME_PROGRAM,
        Reads::Finding,
        r"\b(?:no|not|none|without|unclear|why)\b[^.;]{0,60}?\b(?:deficits?|impairments?|limitations?)\b[^.;]{0,80}\b(?:cannot|could not|can not|would not|unable to) be (?:addressed|managed|treated|resolved|performed)\b",
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
        // "is not currently participating in therapy": nothing under way.
        unless_before: r"\bconservative (?:care|treatment|therapy|management|measures)\b[^.;]{0,80}$|\b(?:not|never|nor)\s+$",
        // "has yet to begin a first course of therapy": care not tried.
        unless_after: r"^\s*(?:a|any|an initial|a first|one) (?:\w+ ){0,2}?(?:course|trial) of\b|^[^.;]{0,60}\b(?:conservative|first[- ]line)\b",
        ..row(
            AWAITING_RESULTS,
            Reads::Finding,
            r"\balready (?:been )?(?:authorized|approved|certified)\b|\b(?:prior to|before|until|pending) (?:the )?(?:completion|results?|outcomes?|response|conclusion|end|finish)\b|\b(?:currently|still|presently|already) (?:\w+ ){0,2}(?:undergoing|receiving|participating in|attending|enrolled in|engaged in)\b[^.;]{0,40}\b(?:therapy|PT|sessions|visits|program|course|trial|chiropractic|acupuncture|rehabilitation)\b|\byet to (?:be )?(?:complete|completed|start|started|begin|begun|initiated|finish|finished|known|assessed|determined|evaluated|documented|reported)\b|\bnot yet (?:been )?(?:completed|started|begun|initiated|finished|known|available|documented|reported|assessed)\b|\bresults? (?:of|from) (?:the )?(?:\w+ ){0,4}(?:is|are|was|were|remain|remains) (?:not yet (?:known|available|documented|reported)|not known|pending|unknown)\b|\bcannot be (?:judged|assessed|determined|evaluated) until\b|\b(?:response|results?) (?:to|of|from) the (?:previously )?(?:approved|authorized|certified|current|initial|recent|ongoing) (?:\w+ ){0,3}(?:is|are|was|were) (?:not|unknown)\b",
        )
    },
    // Repeat study: no change or new finding since the previous one ...
    Rule {
        unless_within: r"\b(?:routinely|unless|if|when|should|reserved)\b",
        ..row(
            REPEAT_STUDY,
            Reads::Finding,
            r"\b(?:no|not|without|absence of|lack of|neither|nor|nothing)\b[^.;]{0,60}?\b(?:(?:significant|interval|substantial|material|marked|major) (?:\w+ )?(?:changes?|worsening|progression)|new (?:injury|injuries|trauma|findings|symptoms|pathology|deficits?|complaints))\b[^.;]{0,100}?\b(?:since|previous|prior|last|earlier|compared|repeat|preceding)\b|\b(?:since|previous|prior|last|earlier|repeat|preceding|another|second|updated)\b[^.;]{0,100}?\b(?:no|not|without|absence of|lack of|neither|nor)\b[^.;]{0,60}?\b(?:(?:significant|interval|substantial|material|marked|major) (?:\w+ )?(?:changes?|worsening|progression)|new (?:injury|injuries|trauma|findings|symptoms|pathology|deficits?|complaints))\b|\bno interval change|\b(?:unchanged|stable) (?:\w+ ){0,3}since\b",
        )
    },
    // ... or a repeat said not to be needed, or asked without a reason.
    Rule {
        unless_before: r"\brequest(?:ed)? (?:for )?(?:an? |the )?$",
        unless_within: r"\b(?:routinely|unless|if|when|should|reserved)\b",
        ..row(
            REPEAT_STUDY,
            Reads::Finding,
            r"\b(?:repeat|another|second|updated) (?:\w+ ){0,3}(?:MRI|CT|imaging|stud(?:y|ies)|EMG|NCV|NCS|electrodiagnostic\w*|x-?rays?|radiographs?|scans?)\b[^.;]{0,100}?(?:\bnot (?:\w+ )?(?:warranted|indicated|necessary|needed|supported|recommended)|\bunnecessary|\bno (?:indication|reason|rationale|need))\b|\b(?:unclear|no (?:\w+ )?(?:rationale|reason|indication|explanation))\b[^.;]{0,80}\b(?:repeat|another|second|updated|additional|new|further) (?:\w+ ){0,3}(?:MRI|CT|imaging|stud(?:y|ies)|EMG|NCV|NCS|electrodiagnostic\w*|x-?rays?|radiographs?|scans?)\b",
        )
    },
    // Precondition absent: the condition the drug or device is for (GI risk
    // for an acid reducer, spasm for a muscle relaxant, anxiety, insomnia,
    // neuropathic pain, trouble swallowing for a liquid form, addiction for
    // buprenorphine, hypogonadism for testosterone, a deficiency for a
    // vitamin or a medical food).
    Rule {
        unless_within: r"\b(?:if|when|unless|patients|those|individuals|recommended|(?:change|improvement|reduction|decrease|response) in)\b",
        ..row(
            PRECONDITION_ABSENT,
            Reads::Finding,
            concat!(
                r"\b(?:no|not|non|lack|lacks|absence|absent|without|neither|nor|none|negative for|denie[sd]|silent on|cannot find|could not find|couldn'?t (?:find|locate)|unable to (?:find|identify|locate)|silent as to|scant)\b[^.;]{0,80}?\b(?:gastro\w*|GI (?:risk|events?|symptoms?|issues?|complaints?|bleed\w*|upset|distress|history|problems?|complications?)|dyspepsia|ulcers?|bleeding|reflux|GERD|gastritis|heartburn|spasms?|spasticity|anxiety|panic|insomnia|sleep (?:disturbance|disorder|issues?|complaints?|problems?|difficult\w*)|depress\w*|neuropath\w*|postherpetic|fibromyalgia|seizures?|nausea|vomiting|constipation|osteoarthritis|",
                drug_conditions!(),
                r"|trouble (?:sleeping|swallowing)|(?:unable|inability|difficulty|not able) (?:\w+ ){0,5}(?:swallow\w*|oral|tablets?|capsules?|pills?))\b"
            ),
        )
    },
    // ... or the oral first-line drugs the guideline has tried before a
    // topical ...
    Rule {
        unless_within: r"\b(?:if|when|unless|but|before|until|pending|response to|reduction|reduced|decrease|decreased|intake|dependence|improved|helped|relieved|recommended|contain\w*|adding|added|add|known)\b",
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
            r"\b(?:no|lack of|absence of|without|nor is there)\b (?:[\w-]+ ){0,6}(?:indication|documentation|evidence|mention|record)\b[^.;]{0,60}?\bfailures? (?:of|with|to)\b",
        )
    },
    row(
        CONSERVATIVE_CARE,
        Reads::Finding,
        r"\b(?:conservative|first[- ]line|lower[- ]level|less invasive) (?:care|treatment|therapy|management|measures|options|modalities)\b (?:\w+ ){0,3}(?:has|have|was|were|is|are) not (?:yet )?(?:been )?(?:tried|attempted|exhausted|completed|documented|failed|provided|undertaken)\b",
    ),
    Rule {
        unless_within: r"\b(?:patients|those|if|when|unless|whether)\b",
        unless_before: TOPICAL_BEFORE,
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
            r"\bsurg\w* (?:\w+ ){0,2}(?:is|was|has|have|had) (?:not|never) (?:been )?(?:planned|scheduled|recommended|considered|contemplated|discussed|requested|indicated|warranted|proposed)\b|\b(?:declined|declines|refused|refuses|not interested in|does not want|did not want|does not wish to (?:have|undergo|pursue)|not willing to (?:have|undergo)) (?:\w+ ){0,2}(?:surg\w*|operat\w*)|\b(?:no|not|without|lack)\b[^.;,]{0,80}?\bsurgical (?:plan|consult\w*|referral|evaluation|opinion)\b",
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
    // Rows written from general knowledge of how reviewers state the
    // reasons the rules found least often on held-out letters (issue 27);
    // each has its sentences in `general.rs`.
    //
    // Precondition absent, the negation after it ("spasm is not
    // documented", "spasm was absent").
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_after: r"^\s+(?:to|as)\b",
        ..row(
            PRECONDITION_ABSENT,
            Reads::Finding,
            concat!(
                r"\b(?:gastro\w*|GI (?:risk|events?|symptoms?|bleed\w*|history|complaints?)|dyspepsia|ulcers?|reflux|GERD|gastritis|heartburn|spasms?|spasticity|anxiety|panic|insomnia|sleep (?:disturbance|disorder|difficult\w*|complaints?|problems?|assessment|evaluation|study|hygiene)|depress\w*|neuropath\w*|nausea|vomiting|constipation|osteoarthritis|",
                drug_conditions!(),
                r"|trouble swallowing|difficulty swallowing)\b[^.;]{0,60}?\b(?:(?:is|are|was|were|has|have|had)(?: \w+)? (?:not|never) (?:been )?(?:clearly |objectively |specifically |formally )?(?:documented|noted|reported|present|described|evident|observed|identified|established|diagnosed|demonstrated|found|mentioned|recorded|listed|shown|performed|done|addressed|evaluated|assessed|investigated|characterized|explored|quantified)|(?:is|are|was|were) (?:absent|lacking|missing))\b"
            ),
        )
    },
    // ... no NSAID taken, the precondition of an acid reducer ...
    row(
        PRECONDITION_ABSENT,
        Reads::Finding,
        r"\b(?:not|no longer|never)\b (?:\w+ ){0,2}(?:taking|on|using|prescribed|receiving)\b (?:\w+ ){0,3}(?:NSAIDs?|anti-?inflammator\w*|aspirin|ibuprofen|naproxen|opioids?|opiates?|narcotics?)\b|\bno (?:\w+ ){0,2}(?:NSAIDs?|anti-?inflammator\w*) (?:use|therapy|treatment|medications?)\b",
    ),
    // ... an acute flare (muscle relaxants; for more therapy visits a flare
    // is not a drug's or device's precondition) or a sleep assessment
    // (sleep aids) named after a negation ...
    Rule {
        // "not justified, since the prior sleep study ...": a repeat study.
        unless_within: r"\b(?:if|when|unless|patients|those|individuals|recommended|justif\w*|since|prior|previous|repeat|second|medically)\b",
        unless_after: r"^[^.;]{0,60}\b(?:PT|therap\w*|physical|chiropractic|acupuncture|visits|sessions|treatments)\b",
        ..row(
            PRECONDITION_ABSENT,
            Reads::Finding,
            r"\b(?:no|not|non|lack|lacks|absence|absent|without|neither|nor)\b[^.;]{0,80}?\b(?:(?:acute )?(?:exacerbation|flare(?:-?up)?)s?|sleep (?:hygiene|assessment|evaluation|study|history|pattern|quality)|sleep(?:ing)? (?:difficult\w*|problems?))\b",
        )
    },
    // ... first-line oral drugs, the negation after them ...
    Rule {
        unless_before: CONDITION_BEFORE,
        ..row(
            PRECONDITION_ABSENT,
            Reads::Finding,
            r"\b(?:antidepressants?|anticonvulsants?|antiepileptics?|tricyclics?|SNRIs?|gabapentin|pregabalin|amitriptyline|nortriptyline|duloxetine|first[- ]line (?:oral )?(?:medications?|agents?|drugs?|analgesics?))\b[^.;]{0,60}?\b(?:has|have|had|is|are|was|were)(?: \w+)? (?:not|never) (?:been )?(?:tried|trialed|attempted|documented|used|given|prescribed|failed|exhausted)\b",
        )
    },
    // ... or the device's trial, the negation after it.
    Rule {
        unless_before: CONDITION_BEFORE,
        ..row(
            PRECONDITION_ABSENT,
            Reads::Finding,
            r"\b(?:\d+|one|thirty)[- ](?:days?|months?)\b[^.;]{0,40}?\btrial\b[^.;]{0,40}?\b(?:has|have|had|is|was)(?: \w+)? (?:not|never) (?:been )?(?:completed|documented|performed|done|undertaken|conducted|attempted|tried|reported)\b",
        )
    },
    // Missing documentation, the negation after the record ("documentation
    // of the frequency is absent", "the operative report is missing"); a
    // finding named inside is that finding's reason, not this one.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: r"\b(?:functional|improvement|benefit|relief|red flags?|neurolog\w*|radicul\w*|deficits?|conservative|first[- ]line|failed|failure|spasms?|anxiety|insomnia|depress\w*|neuropath\w*|gastro\w*|candidate|surg\w*)\b",
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\b(?:documentation|records?|notes|reports?|information|details|description|results?) (?:of|about|regarding|on|for|from|concerning|as to) [^.;]{0,80}?\b(?:(?:is|are|was|were) (?:absent|missing|lacking|unavailable)|(?:is|are|was|were|has|have|had) (?:not|never) (?:been )?(?:provided|submitted|included|available|documented|given|presented|specified|supplied|forwarded|made available))\b|\b(?:report|records?|notes|documentation|results|films)\b (?:\w+ ){0,2}(?:is|are|was|were|remains?) (?:missing|absent|unavailable|not available|not (?:provided|included|enclosed|attached))\b",
        )
    },
    // ... the records or the request said to be incomplete ...
    row(
        MISSING_DOCUMENTATION,
        Reads::Finding,
        r"\b(?:records?|documentation|notes|file|request|information|submission)\b (?:\w+ ){0,2}(?:is|are|was|were|remains?) (?:\w+ )?(?:incomplete|insufficient|inadequate|sparse)\b",
    ),
    // ... what the records leave unknown ("unclear how many", "no record
    // of when") ...
    Rule {
        unless_before: CONDITION_BEFORE,
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\b(?:unclear|not clear|unknown|not known|not stated|not documented|no (?:record|documentation|indication|information|mention))\b (?:of )?(?:(?:from|in) the (?:\w+ ){0,2})?(?:how many|how much|how long|how often|when|which|what|whether|where|why)\b",
        )
    },
    // ... or what they lack or do not contain or explain.
    Rule {
        unless_before: CONDITION_BEFORE,
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\black(?:s|ing)? (?:any|a|an|the) (?:(?:clear|specific|detailed|intended|proposed|requested) )?(?:description|mention|discussion|details?|documentation|record|explanation|frequency|duration|quantity|dosage|dose|number|amount|plan|goals?|rationale)\b|\b(?:records?|documentation|notes|file|request|submitted \w+)\b (?:do|does|did) not (?:contain|include|show|reflect|provide|specify|detail|list)\b|\b(?:did|does|do|has|have) not (?:explain|clarify|justify|describe|discuss)\b",
        )
    },
    // Home exercise program: the worker independent with the exercises,
    // deficits that a home program can address, no reason the worker cannot
    // go on at home, supervision said not to be needed, a home routine
    // already under way.
    Rule {
        unless_before: r"\b(?:not|never)\b(?: \w+)?\s*$|\b(?:if|when|unless|until|whether)\b[^.;]{0,60}$",
        ..row(
            HOME_PROGRAM,
            Reads::Finding,
            r"\bindependent (?:with|in|on) (?:his|her|their|the|a|an) (?:home )?(?:exercises?|exercise program|program|HEP|routine)\b",
        )
    },
    Rule {
        unless_before: CONDITION_BEFORE,
        ..row(
            HOME_PROGRAM,
            Reads::Finding,
            r"\b(?:can|could|may|might|should|would) be (?:addressed|managed|treated|achieved|met|continued|maintained|accomplished|performed|done|handled) (?:through|with|by|in|via|at)\b[^.;]{0,30}?\b(?:home|self[- ](?:directed|guided)|independent(?:ly)?)\b",
        )
    },
    Rule {
        unless_before: CONDITION_BEFORE,
        ..row(
            HOME_PROGRAM,
            Reads::Finding,
            r"\b(?:no|not)\b (?:\w+ ){0,6}(?:unable|not able|cannot|can not|could not|incapable) (?:to )?(?:\w+ ){0,3}(?:perform|do|continue|carry out|follow|participate in|complete|manage)\b[^.;]{0,30}?\b(?:home|independent\w*|self[- ]directed|on (?:his|her|their) own)\b",
        )
    },
    Rule {
        unless_before: CONDITION_BEFORE,
        ..row(
            HOME_PROGRAM,
            Reads::Finding,
            r"\b(?:formal|supervised|skilled) (?:[\w-]+ ){0,2}(?:therap\w*|PT|physiotherapy|rehabilitation|supervision|instruction)\b (?:\w+ ){0,2}(?:is|are|would be|was) (?:not|no longer) (?:necessary|needed|required|warranted|indicated)\b",
        )
    },
    row(
        HOME_PROGRAM,
        Reads::Finding,
        r"\balready (?:doing|performing|participating in|following|engaged in|using) (?:an? |the |his |her |their )?(?:\w+ ){0,2}(?:home|independent|self[- ]directed)\b",
    ),
    // Awaiting results: an approved course not yet attended, still under
    // way, awaited, or to be finished first.
    Rule {
        unless_within: r"\b(?:conservative|first[- ]line)\b",
        ..row(
            AWAITING_RESULTS,
            Reads::Finding,
            r"\bnot yet (?:been )?(?:attended|used|scheduled|undertaken|received|performed|done|utilized)\b|\b(?:still|currently|presently|now|only) (?:\w+ )?(?:in the middle of|partway through|midway through|part way through|halfway through)\b|\b(?:partway|midway|halfway|part way) through (?:the|his|her) (?:\w+ ){0,2}(?:approved|authorized|certified|current|initial)\b|\bawait(?:s|ing)? (?:the )?(?:outcome|results?|response|completion|conclusion)\b|\b(?:approved|authorized|certified) (?:\w+ ){0,3}(?:is|are|was|were|may|might|could) (?:still |currently |presently )?(?:be )?(?:in progress|under ?way|ongoing|incomplete|not (?:yet )?(?:complete|completed|finished))\b|\buntil (?:the |it |they |this |that )?(?:\w+ ){0,3}(?:is|are|has been|have been) (?:complete|completed|finished|done|concluded|over)\b",
        )
    },
    row(
        AWAITING_RESULTS,
        Reads::Finding,
        r"\b(?:effects?|results?|outcomes?|response|benefits?) (?:of|from|to) the (?:first|initial|recent|current|ongoing|approved|authorized|certified) (?:\w+ ){0,3}(?:has|have|is|are|was|were) (?:not|yet to) (?:yet )?(?:been )?(?:reported|documented|assessed|known|established|determined|evaluated)\b|\bremaining (?:\w+ )?(?:approved|authorized|certified) (?:\w+ ){0,2}(?:visits|sessions|treatments)\b[^.;]{0,40}\b(?:should|must|need to|to) be (?:used|completed|finished|attended)\b",
    ),
    // Repeat study: nothing changed since the study named, or the same as
    // at its time; a follow-up study not needed; no new finding to repeat it
    // for.
    Rule {
        unless_within: r"\b(?:routinely|unless|if|when|should|reserved)\b",
        ..row(
            REPEAT_STUDY,
            Reads::Finding,
            r"\b(?:MRI|CT|imaging|stud(?:y|ies)|EMG|NCV|NCS|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?)\b[^.;]{0,80}\bnothing (?:\w+ )?(?:has|have) changed\b|\b(?:has|have|had) not (?:\w+ )?changed\b[^.;]{0,60}?\b(?:since|from|compared (?:to|with))\b[^.;]{0,30}?\b(?:MRI|CT|imaging|stud(?:y|ies)|EMG|NCV|NCS|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?)\b|\b(?:unchanged|stable|the same)\b (?:\w+ ){0,2}(?:from|compared (?:to|with)|as (?:at|on|before|during))\b[^.;]{0,40}?\b(?:prior|previous|last|earlier|initial|original|preceding) (?:\w+ ){0,2}(?:MRI|CT|imaging|stud(?:y|ies)|EMG|NCV|NCS|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|testing)\b",
        )
    },
    Rule {
        unless_within: r"\b(?:routinely|unless|if|when|should|reserved)\b",
        ..row(
            REPEAT_STUDY,
            Reads::Finding,
            r"\bfollow-?up (?:\w+ ){0,3}(?:MRI|CT|imaging|stud(?:y|ies)|EMG|NCV|NCS|electrodiagnostic\w*|x-?rays?|radiographs?|scans?)\b[^.;]{0,100}?(?:\bnot (?:\w+ )?(?:warranted|indicated|necessary|needed|supported|recommended)|\bunnecessary|\bno (?:indication|reason|rationale|need))\b|\bno (?:\w+ )?new (?:red flags?|neurologic\w* (?:\w+ )?(?:findings|deficits?|signs|symptoms|changes)|objective (?:findings|signs|evidence)|clinical (?:findings|signs))\b[^.;]{0,100}?\b(?:repeat\w*|since|prior|previous|last|another|second|again)\b",
        )
    },
    // Second rows from general knowledge (issue 27): more of the ways
    // reviewers state the three reasons least often found on held-out
    // letters; each has its sentences in `general.rs`.
    //
    // Precondition absent: the acid reducer's other risk factors and
    // stomach complaints, a psychiatric diagnosis, a sleep complaint's
    // nature, named after a negation ...
    Rule {
        unless_within: r"\b(?:if|when|unless|patients|those|individuals|recommended)\b",
        // A corticosteroid injection is a treatment tried, not a GI risk.
        unless_after: r"^\s*(?:or [\w-]+ )?(?:injections?|shots?)\b",
        ..row(
            PRECONDITION_ABSENT,
            Reads::Finding,
            r"\b(?:no|not|without|neither|nor|denies|denied)\b[^.;]{0,60}?\b(?:corticosteroids?|anticoagula\w*|blood thinners?|warfarin|stomach (?:upset|pain|problems?|complaints?|issues?|irritation|distress)|upset stomach|abdominal (?:pain|complaints?|symptoms?|discomfort)|epigastric|indigestion|psychiatric (?:diagnos[ie]s|conditions?|disorders?|history)|sleep (?:onset|maintenance|latency|architecture|habits))\b",
        )
    },
    // ... a condition "which the patient does not have" ...
    row(
        PRECONDITION_ABSENT,
        Reads::Finding,
        r"\b(?:which|that) (?:this |the )?(?:patient|claimant|worker|injured worker|injured employee|IW|applicant|employee|he|she|they) (?:does|did|do) not (?:have|exhibit|suffer from|carry)\b",
    ),
    // ... or no diagnosis that would call for the drug.
    Rule {
        unless_within: r"\b(?:radicul\w*|neurolog\w*|surg\w*|fractures?|if|when|unless)\b",
        ..row(
            PRECONDITION_ABSENT,
            Reads::Finding,
            r"\bno (?:(?:documented|established|clear|formal|current|confirmed|psychiatric|psychological|mental health|appropriate|relevant) ){0,2}diagnos[ie]s\b[^.;]{0,60}?\b(?:support\w*|justif\w*|warrant\w*|requir\w*|calls? for|for which|that would)\b",
        )
    },
    // Missing documentation: a detail of the request or the records said
    // not to be documented, known or clear ("the duration of use is not
    // known", "the results of the prior study are not documented"); a
    // finding named inside is that finding's reason, not this one.
    Rule {
        unless_before: r"\b(?:if|when|unless|until|whether)\b[^.;]{0,60}$|\bnecessity (?:of|for) (?:the |this |these |that )?(?:[\w-]+ )?$",
        unless_within: MISSING_NOT_FINDING,
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\b(?:results?|findings|indication|rationale|reason|duration|frequency|number|quantity|dosage|dose|history|response|outcome|details?|dates?|plan|goals?|exam\w*|assessment|evaluation|measurements?|scores?|medications?|regimen|imaging|course|timeline|specifics|amount|length|location|side|levels?)\b (?:[\w/-]+ ){0,6}(?:(?:is|are|was|were|has|have|had|remains?)(?: \w+)? (?:not|never) (?:been )?(?:clearly |adequately |specifically |fully |objectively |well )?(?:documented|stated|known|specified|recorded|noted|reported|described|provided|included|listed|identified|established|available|submitted|clear|discussed|detailed|outlined|explained|addressed|quantified)|(?:is|are|was|were|remains?) (?:\w+ )?(?:unclear|unknown|undocumented|unspecified))\b",
        )
    },
    // ... the records contain none of it, are limited, or lack a document ...
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: MISSING_NOT_FINDING,
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\b(?:records?|documentation|notes?|file|reports?|submission|chart)\b (?:\w+ ){0,3}(?:contains?|includes?|provides?|shows?|has|have|offers?) (?:no|little|minimal)\b|\b(?:records?|documentation|notes|information) (?:\w+ ){0,3}(?:is|are|was|were) limited to\b|\b(?:is|are|was|were) not (?:in|on|part of|among|found in) the (?:\w+ )?(?:file|records?|chart|documents|documentation|submission)\b|\bno (?:\w+ ){0,3}(?:exam\w*|notes?|records?|reports?|documentation|results|evaluations?|assessments?|studies|imaging|films)\b (?:\w+ ){0,2}(?:on file|in the (?:\w+ )?(?:file|records?|chart|documentation|submission))\b",
        )
    },
    // ... too little information to decide ...
    row(
        MISSING_DOCUMENTATION,
        Reads::Finding,
        r"\b(?:insufficient|inadequate|incomplete|limited|not enough|lack of|no|without) (?:\w+ ){0,2}(?:information|documentation|data|details|records)\b (?:\w+ ){0,3}(?:to (?:determine|establish|support|substantiate|assess|evaluate|justify|confirm|make|render)|for (?:a |the )?(?:determination|decision))\b",
    ),
    // ... no document of a kind was submitted, or none is documented ...
    Rule {
        unless_within: MISSING_NOT_FINDING,
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\bno (?:[\w-]+ ){0,3}(?:reports?|records?|notes|results|studies|films|images|documentation|imaging|information)\b (?:(?:was|were|is|are|has been|have been) )?(?:submitted|provided|available|included|enclosed|attached|forwarded|supplied|presented)\b|\bno (?:documented|recorded|formal|detailed) (?:\w+ ){0,2}(?:notes?|records?|reports?|exam\w*|evaluations?|assessments?|documentation|history|results)\b",
        )
    },
    // ... documents that are not recent ...
    row(
        MISSING_DOCUMENTATION,
        Reads::Finding,
        r"\b(?:records?|notes?|documentation|reports?|exam\w*|evaluations?|information) (?:\w+ ){0,2}(?:is|are|was|were) (?:\w+ )?(?:outdated|out of date|stale|not current|not recent)\b",
    ),
    row(
        MISSING_DOCUMENTATION,
        Reads::Finding,
        r"\bno (?:\w+ ){0,2}(?:recent|current|updated|up-to-date|contemporaneous) (?:\w+ ){0,2}(?:notes?|records?|reports?|exam\w*|evaluations?|documentation|clinical information)\b",
    ),
    row(
        MISSING_DOCUMENTATION,
        Reads::Finding,
        r"\b(?:most recent|latest|last|only) (?:\w+ ){0,2}(?:notes?|reports?|exam\w*|evaluations?|records?|visits?|documentation)\b (?:\w+ ){0,3}(?:is|was|are|were) (?:dated |from )?(?:\w+ ){0,3}(?:years?|months?) (?:ago|earlier|prior|before)\b",
    ),
    // Home exercise program: the exercises can be done, or the worker can
    // go on with them, independently or at home ...
    Rule {
        unless_before: r"\b(?:not|never|unable|cannot)\b(?: \w+){0,3}\s*$|\b(?:if|when|unless|until|whether)\b[^.;]{0,60}$",
        unless_within: r"\b(?:not|unable|cannot|if|when|unless)\b",
        ..row(
            HOME_PROGRAM,
            Reads::Finding,
            r"\b(?:exercises?|program|rehabilitation|therapy|stretch\w*|strengthening|routine|regimen|treatment)\b (?:\w+ ){0,3}(?:can|could|may|might|should|would) (?:\w+ )?be (?:performed|done|continued|carried out|completed|practiced|managed|accomplished|maintained|undertaken) (?:\w+ ){0,3}(?:independently|at home|on (?:his|her|their|one's) own|without (?:formal |direct |skilled )?supervision|unsupervised|in (?:an? |the )?(?:\w+ )?home)\b|\b(?:continue|perform|do|carry on|maintain|progress)\b (?:with )?(?:(?:his|her|their|the|an?) )?(?:\w+ ){0,2}(?:exercises?|program|routine|regimen|rehabilitation|stretch\w*)\b (?:\w+ ){0,2}(?:on (?:his|her|their) own|independently|at home|unsupervised|without (?:formal |direct |skilled )?supervision)\b",
        )
    },
    // ... or a home program in place of supervised care.
    Rule {
        unless_within: r"\b(?:not|if|when|unless|failed)\b",
        ..row(
            HOME_PROGRAM,
            Reads::Finding,
            r"\b(?:home|HEP|self[- ](?:directed|guided|managed)|independent)\b[^.;]{0,60}?\b(?:instead of|rather than|in lieu of|in place of|as opposed to)\b|\b(?:instead of|rather than|in lieu of|in place of|as opposed to) (?:\w+ ){0,3}(?:formal|supervised|skilled|clinic|in-clinic|office|facility)\b[^.;]{0,30}?\b(?:home|HEP|self[- ]directed|independent)\b|\b(?:home|HEP)\b (?:\w+ ){0,3}instead\b",
        )
    },
    // Later rows from general knowledge of how reviewers write, checked on
    // sentences of our own written before them (REASONS.md). No functional
    // improvement: relief only brief or partial, not sustained, a plateau,
    // no meaningful benefit, less than the relief a guideline asks for,
    // function unchanged, no drop in medication use.
    Rule {
        unless_within: CONDITION,
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\b(?:only|merely) (?:\w+ ){0,2}(?:temporary|transient|short[- ]lived|short[- ]term|brief|partial|minimal|modest|slight) (?:\w+ ){0,2}(?:relief|benefit|improvement|response)\b|\b(?:relief|benefit|improvement) (?:was|were|has been|have been|is|are) not (?:sustained|maintained|lasting|durable)\b|\b(?:has|have|had) (?:plateaued|reached a plateau)\b|\b(?:did|does|has|have|had) not (?:\w+ ){0,3}(?:meaningful|significant|measurable|lasting|sustained|objective|durable) (?:benefit|improvement|relief|gains?)\b|\bdid not (?:provide|produce|achieve|yield|result in) (?:at least )?\d+ ?(?:%|percent)|\b(?:function|pain scores?|pain levels?|symptoms)\b[^.;]{0,40}\b(?:remains?|remained) (?:unchanged|the same|no better)\b|\b(?:no|without|lack of) (?:\w+ ){0,2}(?:decrease|reduction) in (?:\w+ ){0,2}(?:medications?|opioids?|analgesics?)\b",
        )
    },
    // Exceeds the guideline: more visits or days than it supports, over its
    // maximum, use beyond its time limit; the same guideline-condition guard
    // as the first exceeds row.
    Rule {
        unless_before: EXCEEDS_BEFORE,
        ..row(
            EXCEEDS_GUIDELINE,
            Reads::Finding,
            r"\bmore (?:sessions|visits|treatments|days|weeks|months|units|injections|tablets|pills) than (?:the )?(?:\w+ ){0,2}(?:guidelines?|recommended|allowed|supported|recommends?|supports?|allows?)\b|\bgreater than (?:the )?(?:\w+ ){0,2}(?:maximum|limit)\b|\b(?:use|treatment|therapy|duration) beyond (?:the )?(?:\d+|one|two|three|four|five|six|eight|ten|twelve) (?:days|weeks|months)\b[^.;]{0,30}\bnot (?:recommended|supported|indicated)\b",
        )
    },
    // Conservative care: no indication that a course was completed, lesser
    // treatments not exhausted, records that show no failed trial.
    Rule {
        unless_within: r"\b(?:patients|those|if|when|unless|whether)\b",
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\bno (?:\w+ ){0,2}indication that (?:the )?(?:\w+ ){0,2}(?:has|had|have) (?:completed|tried|undergone|failed|participated in|attempted)\b[^.;]{0,60}\b(?:conservative|physical therapy|PT|therapy|exercises?|NSAIDs?|anti-inflammator\w*|medications?|injections?|chiropractic|acupuncture|first[- ]line|course|trial)\b|\b(?:less|lesser|more conservative|less invasive|lesser invasive|non-?operative|non-?surgical|non-?invasive) (?:\w+ ){0,2}(?:treatments?|measures|options|care|therapies|modalities|management)\b[^.;]{0,40}\b(?:not|never) (?:\w+ ){0,2}(?:exhausted|tried|attempted|failed)\b|\b(?:does|do|did) not (?:show|document|demonstrate|indicate|reflect|establish) (?:a |any )?(?:failed|failure of|unsuccessful) (?:\w+ ){0,3}(?:trial|course|attempt)s?\b",
        )
    },
    // Third rows from general knowledge (issue 27): more of the ways a
    // reviewer states each reason, written from how review letters are
    // phrased and measured on sentences written blind to the rules
    // (REASONS.md, "Blind sentence sets").
    //
    // Ancillary: a cue of dependence (post-operative, underlying, contingent) and
    // the procedure's own denial in a relative clause ("the surgery, which was
    // not certified").
    row(
        ANCILLARY,
        Reads::Finding,
        r"\b(?:post-?operative(?:ly)?|pre-?operative(?:ly)?|peri-?operative|post-?op|pre-?op|post-?surgical(?:ly)?|underlying|associated|contingent|dependent|depends|depending|ancillary|clearance|after|following|in conjunction with|in association with)\b[^.;]{0,100}?\b(?:procedure|surgery|surgeries|operation|arthroscopy|fusion|decompression|release|repair|replacement|arthroplasty|reconstruction|laminectomy|discectomy|microdiscectomy|block|ablation|injection|implantation|surgical request)s?\b,? (?:which|that) (?:\w+ )?(?:is|are|was|were|has|have|had)(?: been)? (?:also )?(?:not (?:been )?(?:certified|approved|authorized|supported|deemed|found|considered|medically)|non-?certified|denied|deemed not|found not|determined not)\b|\b(?:procedure|surgery|surgeries|operation|arthroscopy|fusion|decompression|release|repair|replacement|arthroplasty|reconstruction|laminectomy|discectomy|microdiscectomy|block|ablation|injection|implantation|surgical request)s?\b,? (?:which|that) (?:\w+ )?(?:is|are|was|were|has|have|had)(?: been)? (?:also )?(?:not (?:been )?(?:certified|approved|authorized|supported|deemed|found|considered|medically)|non-?certified|denied|deemed not|found not|determined not)\b[^.;]{0,100}?\b(?:post-?operative(?:ly)?|pre-?operative(?:ly)?|peri-?operative|post-?op|pre-?op|post-?surgical(?:ly)?|underlying|associated|contingent|dependent|depends|depending|ancillary|clearance|after|following|in conjunction with|in association with)\b",
    ),
    // ... the procedure not certified, as the reason ("when the underlying
    // arthroplasty is not certified"); a guideline never speaks of
    // certification, so these two read quoted-looking sentences too ...
    row(
        ANCILLARY,
        Reads::Guideline,
        r"\b(?:as|since|because|given that|given|when|where|with|now that)\b (?:the )?(?:[\w-]+ ){0,4}(?:procedure|surgery|surgeries|operation|arthroscopy|fusion|decompression|release|repair|replacement|arthroplasty|reconstruction|laminectomy|discectomy|microdiscectomy|block|ablation|injection|implantation|surgical request)s?\b (?:\w+ )?(?:is|are|was|were|has been|have been) (?:also )?(?:non-?certified|denied|not (?:been )?(?:certified|approved|authorized))\b",
    ),
    // ... the procedure not certified, then what depends on it.
    row(
        ANCILLARY,
        Reads::Guideline,
        r"\b(?:procedure|surgery|surgeries|operation|arthroscopy|fusion|decompression|release|repair|replacement|arthroplasty|reconstruction|laminectomy|discectomy|microdiscectomy|block|ablation|injection|implantation|surgical request)s?\b (?:\w+ )?(?:is|are|was|were|has been|have been) (?:also )?(?:non-?certified|denied|not (?:been )?(?:certified|approved|authorized))\b[^.;]{0,120}?\b(?:post-?operative(?:ly)?|pre-?operative(?:ly)?|peri-?operative|post-?op|pre-?op|post-?surgical(?:ly)?|underlying|associated|contingent|dependent|ancillary|clearance|after (?:the )?(?:\w+ ){0,2}(?:surgery|procedure|operation)|following (?:the )?(?:\w+ ){0,2}(?:surgery|procedure|operation)|in conjunction with|in association with)\b",
    ),
    // ... or the item contingent on an approval, or without an approved procedure.
    row(
        ANCILLARY,
        Reads::Finding,
        r"\b(?:contingent|dependent|conditional) (?:up)?on (?:the )?(?:approval|certification|authorization) of\b|\bin the absence of (?:an? |the )?(?:approved|certified|authorized) (?:\w+ )?(?:surgery|procedure|operation)\b",
    ),
    // Not a surgical candidate: no surgery planned or scheduled.
    row(
        NOT_SURGICAL_CANDIDATE,
        Reads::Finding,
        r"\b(?:no|absence of|without)\b (?:an? |any )?(?:\w+ )?(?:planned|scheduled|upcoming|pending|contemplated|proposed|imminent) (?:\w+ ){0,2}(?:surg\w*|operat\w*|procedures?)\b",
    ),
    // Conservative care: the failure or trial of conservative care said not to
    // be documented, or the worker not unresponsive to it ...
    Rule {
        unless_before: CONDITION_BEFORE,
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:failure|failed trials?|trials?|course|attempts?) (?:of|with) (?:[\w-]+ ){0,6}(?:conservative|first[- ]line|non-?operative|non-?surgical|lower[- ]levels?|less invasive)\b[^.;]{0,80}?\b(?:has|have|was|were|is|are)(?: \w+)? (?:not|never) (?:been )?(?:clearly )?(?:documented|shown|demonstrated|established|tried|attempted|completed|noted|evident|met|exhausted|reported)\b|\b(?:unresponsive|refractory|failed to respond|not responded) to (?:\w+ ){0,3}(?:conservative|first[- ]line|non-?operative|non-?surgical)\b[^.;]{0,60}?\b(?:which|that) (?:has|have|had|was|is) not\b",
        )
    },
    // ... lower levels of care, or a named treatment, not shown to have been
    // tried ...
    Rule {
        unless_within: r"\b(?:authorized|approved|certified|sessions|visits|course of|if|when|unless|patients|those)\b",
        unless_after: FIRST_LINE_AFTER,
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:not evident|no (?:\w+ )?(?:evidence|indication|documentation|record|mention)|not documented|not clear|unclear)\b (?:that )?[^.;]{0,60}?\b(?:lower|lesser|less invasive|more conservative|conservative)\b (?:levels? of )?(?:care|treatments?|therap\w*|measures|options|management)\b|\b(?:not evident|no (?:\w+ )?(?:evidence|indication|documentation|record|mention)|not documented|not clear|unclear)\b (?:that )?[^.;]{0,40}?\b(?:has|have|had)(?: \w+)? (?:undergone|tried|attempted|completed|received|participated in|done|had) (?:any |a |an |the )?(?:\w+ ){0,2}(?:physical therapy|PT|physiotherapy|conservative|exercises?|home exercise|injections?|NSAIDs?|anti-inflammator\w*|bracing|braces?|splinting|splints?|rest|activity modification|chiropractic|acupuncture|therapy|rehabilitation)\b",
        )
    },
    // ... or the records not showing a trial ("did not document a trial of").
    Rule {
        unless_after: FIRST_LINE_AFTER,
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:did|does|do|has|have) not (?:document|show|demonstrate|establish|indicate|reflect|describe|mention|detail)\b (?:a |an |any )?(?:(?:prior|previous|recent|adequate|sufficient|reasonable|appropriate|failed) ){0,2}(?:trial|course|attempt|failure)s? (?:of|at|with)\b",
        )
    },
    // Exceeds the guideline: use far beyond its period ...
    Rule {
        unless_before: EXCEEDS_BEFORE,
        // "well beyond the acute phase" dates the injury (a brace or rest
        // is for the acute phase): the guideline's use, not a count.
        unless_after: r"^\s*(?:the )?(?:acute|initial|early|subacute) (?:phase|period|stage)",
        ..row(
            EXCEEDS_GUIDELINE,
            Reads::Finding,
            r"\b(?:far|well|long|significantly|considerably|substantially) (?:beyond|past|longer than|in excess of)\b",
        )
    },
    // ... no more than the guideline allows, then this request past it ...
    row(
        EXCEEDS_GUIDELINE,
        Reads::Finding,
        r"\bno more than\b[^.;]{0,80}\b(?:this would be|this is|would be the|this represents|which would be|the (?:\w+ )?request(?:ed)? would (?:be|make))\b|\b(?:ago|last|previous|prior|already|recently)\b[^.;]{0,100}?\bno more (?:often|frequently) than\b|\bno more (?:often|frequently) than\b[^.;]{0,100}?\b(?:ago|already|last|previous|prior|recently)\b",
    ),
    // ... or short-term use said against months of it.
    Rule {
        unless_before: CONDITION_BEFORE,
        ..row(
            EXCEEDS_GUIDELINE,
            Reads::Finding,
            r"\bshort[- ]term (?:use|treatment|therapy|course)\b[^.;]{0,100}?\b(?:yet|but|however|whereas|while|although)\b[^.;]{0,80}?\b(?:months|years|long[- ]term|chronic(?:ally)?|extended (?:period|time))\b|\b(?:has|have|had) been (?:taking|on|using|prescribed|receiving|treated with)\b[^.;]{0,60}?\b(?:months|years|since \d{4})\b[^.;]{0,100}?\b(?:short[- ]term|brief|limited (?:period|duration|course))\b",
        )
    },
    // Home exercise program: a home program said to be enough ...
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: r"\bhome (?:health|care|nursing|aides?|visits?|assistance|modifications?|services?|traction|units?|use|TENS|H-wave)\b",
        ..row(
            HOME_PROGRAM,
            Reads::Finding,
            r"\b(?:home|home[- ]based|self[- ]directed|self[- ]guided|independent|unsupervised)\b (?:[\w-]+ ){0,4}(?:is|are|would be|should be|will be|remains?|seems?|appears?)(?: to be)? (?:(?:more than|entirely|fully|quite|certainly|likely|clearly) )?(?:sufficient|adequate|appropriate|enough|suitable|reasonable)\b",
        )
    },
    // ... the worker able to go on at home or on his own ...
    Rule {
        unless_before: r"\b(?:not|never|unable|cannot|no longer|if|when|unless|whether)\b(?: \w+){0,3}\s*$",
        unless_within: r"\b(?:not|unable|cannot|if|when|unless|TENS|units?|devices?|medications?|drugs?|tablets|braces?|use|using)\b|home (?:health|care|nursing|aides?|visits?|assistance|modifications?|services?|traction|units?|use|TENS|H-wave)\b",
        ..row(
            HOME_PROGRAM,
            Reads::Finding,
            r"\b(?:capable of|able to|can|could|should|may)\b (?:\w+ ){0,3}(?:continu\w*|perform\w*|do|doing|progress\w*|maintain\w*|carry\w* (?:on|out)|manag\w*|complet\w*|advanc\w*)\b[^.;]{0,60}?\b(?:at home|on (?:his|her|their|one's) own|independently|unsupervised|without (?:formal |direct |skilled |professional )?supervision|(?:with|to|into|in|through) (?:an? |the |his |her |their )?(?:\w+ )?(?:home|HEP|independent|self[- ]directed))\b",
        )
    },
    // ... no reason given why the exercises cannot go on at home ...
    row(
        HOME_PROGRAM,
        Reads::Finding,
        r"\b(?:no|not|unclear|nothing)\b[^.;]{0,40}\bwhy\b[^.;]{0,60}\b(?:cannot|could not|can not|can't|unable to|would not be able to)\b[^.;]{0,40}\b(?:independent\w*|at home|on (?:his|her|their) own|home|self[- ]directed)\b",
    ),
    // ... or the worker already taught the home exercises.
    Rule {
        unless_before: r"\b(?:no|not|without|lack of|absence of|if|when|unless)\b(?: \w+){0,4}\s*$",
        ..row(
            HOME_PROGRAM,
            Reads::Finding,
            r"\b(?:instruction|training|education|teaching) (?:in|on|for) (?:an? |the |his |her |their )?(?:\w+ )?(?:home|independent|self[- ]directed|HEP)\b",
        )
    },
    // Missing documentation: what the request leaves unspecified ("it is not
    // specified whether") ...
    Rule {
        unless_before: CONDITION_BEFORE,
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\b(?:not specified|unspecified|not indicated|not mentioned|not explained|not stated|not reported|not described),? (?:whether|how many|how much|how long|how often|when|which|what|why|where)\b",
        )
    },
    // ... no plan or goals for the request ...
    Rule {
        unless_after: r"^[^.;]{0,30}\b(?:surg\w*|operat\w*|procedures?)\b",
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\bno (?:(?:clear|specific|detailed|written|formal|documented|individualized|proposed|stated|measurable|updated|current) ){0,2}(?:treatment plan|plan of care|(?:treatment|therapy|rehabilitation|functional) goals?|goals?)\b",
        )
    },
    // ... or the number of visits asked said not to be specified.
    Rule {
        unless_before: CONDITION_BEFORE,
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\b(?:number|quantity|frequency|duration|amount|length|dosage|dose) of (?:[\w-]+ ){0,3}(?:sessions|visits|treatments|units|days|weeks|months|tablets|pills|refills|injections|use|rental|therapy|medication)\b (?:\w+ ){0,3}(?:was|were|is|are|has|have) (?:not|never)(?: been)? (?:clearly )?(?:specified|stated|documented|indicated|provided|included|identified|given|listed|clear|noted)\b",
        )
    },
    // No functional improvement: no gain in activities named, or no lasting benefit ...
    Rule {
        unless_within: r"\b(?:if|when|unless|until|whether|should|must|shown to|proven to|studies|evidence (?:that|for))\b",
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\b(?:no|not|without|lack of|absence of|silent (?:as to|about|on|regarding|with respect to)|nothing)\b[^.;]{0,80}?\b(?:(?:improved|improvement in|increased|better|greater|enhanced) (?:\w+ ){0,2}(?:activities|ADLs?|daily living|ability to|tolerance|capacity|mobility|range of motion|work)|(?:sustained|lasting|durable|meaningful|measurable|significant|objective) (?:benefit|improvement|relief|gains?|response))\b",
        )
    },
    // ... unclear whether the prior course helped ...
    row(
        NO_FUNCTIONAL_IMPROVEMENT,
        Reads::Finding,
        r"\b(?:unclear|not clear|no (?:\w+ )?(?:evidence|indication|documentation|record))\b (?:as to )?(?:whether|if|that) [^.;]{0,80}?\b(?:resulted in|produced|provided|led to|yielded|achieved|gave|offered|brought) (?:any )?(?:\w+ ){0,2}(?:improvement|benefit|relief|gains?|progress)\b",
    ),
    // ... the efficacy of prior care said not to be shown ...
    Rule {
        unless_before: CONDITION_BEFORE,
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\b(?:efficacy|effectiveness|benefit|improvement|gains?|relief|success|usefulness)\b (?:of|from|with|to|in) [^.;]{0,60}?\b(?:has|have|had|is|are|was|were)(?: \w+)? (?:not|never) (?:been )?(?:clearly |objectively |adequately )?(?:demonstrated|documented|shown|established|noted|reported|evident|quantified|objectified|described|sustained|maintained|proven|verified)\b",
        )
    },
    // ... or pain and function the same despite it.
    row(
        NO_FUNCTIONAL_IMPROVEMENT,
        Reads::Finding,
        r"\b(?:same|unchanged|similar|no change in(?: the)?) (?:levels? of |degree of )?(?:pain|function\w*|symptoms|complaints|limitations)\b[^.;]{0,60}?\b(?:despite|notwithstanding|in spite of|even with|even after)\b|\b(?:pain|function\w*|symptoms)\b (?:\w+ ){0,2}(?:is|are|was|were|has been|have been|remains?|remained) (?:\w+ )?(?:unchanged|the same|no better)\b[^.;]{0,40}?\b(?:despite|notwithstanding|in spite of|after)\b",
    ),
    // No red flags: a negated sign of the joint or the nerve ...
    Rule {
        unless_within: r"\b(?:if|when|unless|until|whether|recommended|indicated|warranted|reserved)\b",
        ..row(
            NO_RED_FLAGS,
            Reads::Finding,
            r"\b(?:no|not|without|absence of|negative for|free of|neither|nor|denies|denied)\b[^.;]{0,60}?\b(?:effusion|instability|mechanical (?:signs|symptoms|findings|block\w*)|locking|catching|giving way|atrophy|dermatomal|reflex (?:changes|asymmetry|loss|deficits?)|sensory (?:loss|changes|deficits?)|motor (?:loss|weakness|deficits?)|weakness|numbness|radiating (?:pain|symptoms)|paresthesias?|tingling|hyporeflexia)\b",
        )
    },
    // ... nerve findings said not to be evident, or a requirement for them
    // "which has not occurred" ...
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: r"\b(?:functional|improvement|benefit|relief)\b",
        ..row(
            NO_RED_FLAGS,
            Reads::Finding,
            r"\b(?:nerve (?:root )?(?:compromise|impingement|involvement|irritation|impairment|entrapment)|radicul\w*|neurolog\w* (?:deficits?|findings|signs|compromise|abnormalit\w*)|red[- ]flags?|myelopath\w*|focal (?:neurolog\w* )?deficits?|objective (?:\w+ )?(?:findings|signs))\b[^.;]{0,80}?\b(?:(?:is|are|was|were|has|have|had)(?: \w+)? (?:not|never) (?:been )?(?:clearly |objectively |adequately )?(?:evident|present|documented|noted|found|shown|demonstrated|established|identified|observed|described|corroborated|objectified|confirmed|apparent|reported|elicited)|(?:which|that|this) (?:has|have|had) not (?:yet )?(?:occurred|happened|been (?:done|shown|documented|established|met|demonstrated)))\b",
        )
    },
    // ... or a study asked in the absence of nerve findings.
    row(
        NO_RED_FLAGS,
        Reads::Finding,
        r"\b(?:in the absence of|absent|without|lacking) (?:any |documented |objective |clear )?(?:\w+ ){0,2}(?:radicul\w*|neurolog\w*|red[- ]flags?|focal deficits?|nerve (?:root )?(?:compromise|impingement))",
    ),
    // Precondition absent: the condition a supply or drug is for (incontinence,
    // edema, clotting risk, low testosterone, trouble swallowing) ...
    Rule {
        // Bowel incontinence, saddle signs: a red flag, not a supply's need.
        unless_within: r"\b(?:if|when|unless|patients|those|individuals|recommended|bowel|saddle|cauda|neurolog\w*|necessary|certified|supported)\b",
        ..row(
            PRECONDITION_ABSENT,
            Reads::Finding,
            r"\b(?:no|not|without|absence of|lack of|denies|denied)\b[^.;]{0,60}?\b(?:incontinence|edema|lymphedema|DVT|deep vein thrombosis|venous (?:insufficiency|thrombo\w*)|thrombo\w* risk|dysphagia|hypogonadism|low testosterone|erectile dysfunction|osteoporosis|dry mouth|xerostomia)\b",
        )
    },
    // ... or the device trial, the negation far after it.
    Rule {
        unless_before: CONDITION_BEFORE,
        ..row(
            PRECONDITION_ABSENT,
            Reads::Finding,
            r"\b(?:\d+|one|thirty)[- ](?:days?|months?)\b[^.;]{0,40}?\btrial\b[^.;]{0,100}?\b(?:has|have|had|is|was|were)(?: \w+)? (?:not|never) (?:been )?(?:completed|documented|performed|done|undertaken|conducted|attempted|tried|reported)\b",
        )
    },
    // Repeat study: the study named, then the picture unchanged; or unchanged
    // since the study named ...
    Rule {
        unless_within: r"\b(?:routinely|unless|if|when|should|reserved)\b",
        ..row(
            REPEAT_STUDY,
            Reads::Finding,
            r"\b(?:repeat|another|second|updated|follow-?up|prior|previous|last|earlier)\b (?:[\w-]+ ){0,3}(?:MRIs?|CT|imaging|stud(?:y|ies)|EMG|NCV|NCS|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|arthrograms?|FCE|functional capacity evaluation|ultrasound|sonogram|myelogram|discogram|testing|tests?)\b[^.;]{0,120}?\b(?:clinical (?:picture|presentation|status)|exam\w*|symptoms|condition|presentation|findings)\b (?:\w+ ){0,2}(?:is|are|was|were|has|have|remains?|remained)(?: been)? (?:\w+ )?(?:unchanged|stable|the same|not changed|identical)\b|\b(?:unchanged|stable|the same|identical|not changed|no change)\b[^.;]{0,80}?\b(?:since|as at|as of|at the time of|compared (?:to|with)|from|to those)\b[^.;]{0,40}?\b(?:the )?(?:(?:prior|previous|last|earlier|original|initial|preceding) )?(?:[\w-]+ ){0,2}(?:MRIs?|CT|imaging|stud(?:y|ies)|EMG|NCV|NCS|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|arthrograms?|FCE|functional capacity evaluation|ultrasound|sonogram|myelogram|discogram|testing|tests?)\b",
        )
    },
    // ... no interval pathology, then a repeat ...
    Rule {
        unless_within: r"\b(?:routinely|unless|if|when|should|reserved)\b",
        ..row(
            REPEAT_STUDY,
            Reads::Finding,
            r"\b(?:without|absent|no|in the absence of)\b (?:\w+ ){0,3}(?:significant|interval|new|substantial|material) (?:\w+ )?(?:pathology|findings|changes?|injury|trauma|deficits?|symptoms)\b[^.;]{0,60}?\b(?:repeat|another|second|updated|follow-?up)\b",
        )
    },
    // ... or a study had, and nothing new since then.
    row(
        REPEAT_STUDY,
        Reads::Finding,
        r"\b(?:had|underwent|obtained|performed)\b (?:an? |the )?(?:[\w-]+ ){0,2}(?:MRIs?|CT|imaging|stud(?:y|ies)|EMG|NCV|NCS|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|arthrograms?|FCE|functional capacity evaluation|ultrasound|sonogram|myelogram|discogram|testing|tests?)\b[^.;]{0,60}?\b(?:since (?:then|that (?:time|study))|thereafter|subsequently)\b[^.;]{0,40}?\b(?:no|not|without|nothing)\b",
    ),
    // Awaiting results: the approved course only just begun ...
    row(
        AWAITING_RESULTS,
        Reads::Finding,
        r"\b(?:only (?:just |recently )?|just |recently )(?:begun|began|started|commenced|initiated)\b[^.;]{0,40}?\b(?:approved|authorized|certified|course|sessions|visits|therapy|treatment|trial)\b",
    ),
    // ... or approved sessions not yet completed.
    row(
        AWAITING_RESULTS,
        Reads::Finding,
        r"\b(?:approved|authorized|certified) (?:\w+ ){0,3}(?:sessions|visits|treatments|course|trial)\b,? (?:that|which) (?:have|has|had) not (?:yet )?(?:been )?(?:completed|attended|used|finished|started|begun)\b",
    ),
    // Exceeds the guideline: past the number it supports, or well over a
    // duration ...
    Rule {
        unless_before: EXCEEDS_BEFORE,
        ..row(
            EXCEEDS_GUIDELINE,
            Reads::Finding,
            r"\b(?:beyond|over|above|more than|in excess of|past) the (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty(?:-\w+)?) (?:\w+ ){0,3}(?:visits|sessions|treatments|injections|days|weeks|months)\b[^.;]{0,60}?\b(?:supported|recommended|allowed|permitted|guidelines?|MTUS|ODG|ACOEM)\b|\b(?:well|far) over (?:\w+ )?(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty(?:-\w+)?)|a) (?:\w+ )?(?:days|weeks|months|years|year|visits|sessions)\b",
        )
    },
    // ... or a short course, or a limit in weeks, then months of use.
    Rule {
        unless_before: CONDITION_BEFORE,
        ..row(
            EXCEEDS_GUIDELINE,
            Reads::Finding,
            r"\b(?:short[- ]term (?:use|treatment|therapy|course)|short (?:course|period|duration)|brief (?:course|period)|not (?:recommended|supported|indicated) for (?:use )?(?:beyond|over|past|longer than|more than) (?:\d+|one|two|three|four|five|six|eight|ten|twelve)(?:[- ]to[- ]\w+)? (?:days|weeks|months))\b[^.;]{0,100}?\b(?:has|have|had) been (?:taking|on|using|prescribed|receiving|treated with)\b[^.;]{0,40}?\b(?:months|years?|long[- ]term|chronic(?:ally)?)\b",
        )
    },
    // Conservative care: the records not showing lesser care attempted, lacking
    // evidence of a failed trial, or earlier methods required to have failed
    // and not shown to.
    Rule {
        unless_within: r"\b(?:patients|those|if|when|unless|whether|tricyclics?|TCAs?|SNRIs?|antidepressants?|anticonvulsants?|antiepileptics?|AEDs?)\b",
        unless_after: FIRST_LINE_AFTER,
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:does|did|do) not (?:establish|show|indicate|document|demonstrate|reflect|confirm) that\b[^.;]{0,80}?\b(?:conservative|first[- ]line|lower[- ]level|less invasive|physical therapy|PT|splint\w*|brac\w*|NSAIDs?|injections?|activity modification|medications?|therap\w*)\b[^.;]{0,40}?\b(?:were|was|have been|has been|had been)(?: \w+)? (?:attempted|tried|exhausted|undertaken|completed|trialed|failed|unsuccessful|ineffective)\b|\black(?:s|ing)? (?:any )?(?:evidence|documentation|indication|record)\b[^.;]{0,60}?\b(?:failed|tried|exhausted|unresponsive|refractory|did not respond)\b|\b(?:previous|prior|other|lesser) (?:methods|treatments?|measures|options)\b[^.;]{0,80}?\b(?:unsuccessful|failed|ineffective|exhausted)\b[^.;]{0,80}?\b(?:not|no|neither|none)\b",
        )
    },
    // Not a surgical candidate: no surgery on the horizon or scheduled, the
    // condition not amenable to it, or a surgeon advising against it.
    row(
        NOT_SURGICAL_CANDIDATE,
        Reads::Finding,
        r"\bno (?:\w+ ){0,2}(?:surg\w*|operat\w*|procedures?) (?:is |was |are )?(?:on the horizon|forthcoming|imminent|upcoming|anticipated)\b|\bno (?:\w+ ){0,2}(?:surg\w*|operat\w*|procedures?) (?:\w+ ){0,2}(?:has been|have been|is|was|are|were) (?:\w+ )?(?:scheduled|planned|contemplated|anticipated|proposed|recommended|requested)\b|\bnot (?:\w+ )?amenable to (?:\w+ ){0,2}(?:surg\w*|operat\w*)|\b(?:recommended|advised|decided) against (?:\w+ ){0,2}(?:surg\w*|operat\w*)",
    ),
    // Ancillary: the procedure not certified a few words on ("the surgery it
    // would accompany has not been approved", "with the fusion denied") ...
    row(
        ANCILLARY,
        Reads::Guideline,
        r"\b(?:as|since|because|given that|given|when|where|with|now that)\b (?:the )?(?:[\w-]+ ){0,4}(?:procedure|surgery|surgeries|operation|arthroscopy|fusion|decompression|release|repair|replacement|arthroplasty|reconstruction|laminectomy|discectomy|microdiscectomy|block|ablation|injection|implantation|surgical request)s?\b (?:(?:\w+ ){0,3}(?:is|are|was|were|has|have|had)(?: been)? (?:also )?(?:non-?certified|denied|not (?:been )?(?:certified|approved|authorized))|(?:being )?(?:denied|non-?certified|not certified|not approved|not authorized))\b",
    ),
    // ... or not medically necessary, then what goes with it.
    row(
        ANCILLARY,
        Reads::Finding,
        r"\b(?:procedure|surgery|surgeries|operation|arthroscopy|fusion|decompression|release|repair|replacement|arthroplasty|reconstruction|laminectomy|discectomy|microdiscectomy|block|ablation|injection|implantation|surgical request)s?\b (?:\w+ )?(?:is|are|was|were|has been|have been) (?:also )?not (?:medically )?(?:necessary|indicated|supported|warranted|appropriate)\b[^.;]{0,120}?\b(?:post-?operative(?:ly)?|pre-?operative(?:ly)?|peri-?operative|post-?op|pre-?op|post-?surgical(?:ly)?|associated|ancillary|clearance)\b",
    ),
    // Awaiting results: a request called premature (for lesser care not yet
    // tried, that is conservative care) ...
    Rule {
        unless_before: r"\b(?:not|no)\s+$|\b(?:conservative|first[- ]line|lesser|less invasive|not yet (?:undergone|tried|had|attempted|failed)|no (?:prior )?trial)\b[^.;]*$|\bno (?:\w+ ){0,2}(?:therapy|treatment|care|PT|rehabilitation) (?:yet|to date|so far)\b|\bno (?:\w+ )?(?:surg\w*|fusion|procedures?|operations?)\b[^.;]*$",
        unless_after: r"^[^.;]{0,80}\b(?:conservative|first[- ]line|lesser|less invasive|not yet (?:tried|undergone|had|attempted|failed)|no (?:prior )?trial|(?:has|have) not (?:tried|undergone|had|attempted)|failed|exhausted)\b",
        ..row(
            AWAITING_RESULTS,
            Reads::Finding,
            r"\b(?:premature|too early|too soon)\b",
        )
    },
    // ... to await the findings of what was only just approved.
    row(
        AWAITING_RESULTS,
        Reads::Finding,
        r"\bawait\w* (?:its|their|the|his|her) (?:\w+ )?(?:findings|results?|outcomes?|completion|conclusion|effects?)\b|\bonly (?:just |recently )?(?:been )?(?:certified|approved|authorized)\b",
    ),
    // No red flags: normal strength, sensation or reflexes.
    Rule {
        unless_before: CONDITION_BEFORE,
        ..row(
            NO_RED_FLAGS,
            Reads::Finding,
            r"\b(?:normal|intact|symmetric(?:al)?|full) (?:motor )?(?:strength|sensation|sensory (?:exam\w*|function)|(?:deep tendon )?reflexes|DTRs)\b",
        )
    },
    // Repeat study: what a repeat is reserved for, then none of it documented.
    row(
        REPEAT_STUDY,
        Reads::Finding,
        r"\brepeat (?:\w+ ){0,2}(?:MRIs?|CT|imaging|stud(?:y|ies)|EMG|NCV|NCS|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|arthrograms?|FCE|functional capacity evaluation|ultrasound|sonogram|myelogram|discogram|testing|tests?)\b[^.;]{0,120}?\b(?:(?:neither|none(?: of (?:these|which|them|this))?) (?:is|are|has been|have been|was|were) (?:\w+ )?(?:documented|present|evident|shown|described|noted|reported)|(?:this|these|such|which) (?:\w+ )?(?:is|are|has|have|was|were) not (?:been )?(?:documented|present|evident|shown|described|noted|reported))\b",
    ),
    // Missing documentation: a compound's ingredients not listed ...
    Rule {
        unless_before: CONDITION_BEFORE,
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\b(?:did|does|do|has|have|had) not (?:specify|state|list|identify|include|name|provide|indicate|detail)\b[^.;]{0,40}?\b(?:ingredients?|components?|contents|formulation|concentrations?|percentages?|active agents?)\b",
        )
    },
    // ... or a report or its results not submitted.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: MISSING_NOT_FINDING,
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\b(?:reports?|records?|notes|results|films|images|studies|documentation)\b (?:\w+ ){0,2}(?:was|were|is|are|has|have) (?:not|never)(?: been)? (?:submitted|provided|included|enclosed|attached|furnished|supplied|forwarded|made available)\b",
        )
    },
    // Ancillary: needed only if the procedure were approved, which it was not;
    // the denied procedure named as such.
    row(
        ANCILLARY,
        Reads::Guideline,
        r"\b(?:if|unless) (?:the )?(?:[\w-]+ ){0,4}(?:procedure|surgery|surgeries|operation|arthroscopy|fusion|decompression|release|repair|replacement|arthroplasty|reconstruction|laminectomy|discectomy|microdiscectomy|block|ablation|injection|implantation|surgical request)s? (?:were|was|is|are|had been|has been) (?:approved|certified|authorized)\b[^.;]{0,30}?\b(?:which|and) (?:it |they )?(?:was|were|has|have|is|are) not\b|\b(?:the|a|this|that) (?:previously |recently )?(?:denied|non-?certified|uncertified|unapproved|unauthorized) (?:[\w-]+ ){0,3}(?:procedure|surgery|surgeries|operation|arthroscopy|fusion|decompression|release|repair|replacement|arthroplasty|reconstruction|laminectomy|discectomy|microdiscectomy|block|ablation|injection|implantation|surgical request)s?\b|\b(?:with|given|following|after|because of|due to|in light of) (?:the )?(?:denial|non-?certification) of (?:the )?(?:[\w-]+ ){0,4}(?:procedure|surgery|surgeries|operation|arthroscopy|fusion|decompression|release|repair|replacement|arthroplasty|reconstruction|laminectomy|discectomy|microdiscectomy|block|ablation|injection|implantation|surgical request)s?\b",
    ),
    // Conservative care: lesser care that should come first and has not, a
    // course not taken part in, care declined or never received ...
    Rule {
        unless_within: r"\b(?:approved|authorized|certified|current|ongoing|remaining|if|when|unless|patients|those)\b",
        unless_after: FIRST_LINE_AFTER,
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:trial|course) of (?:[\w-]+ ){1,6}(?:should|must) (?:first )?(?:precede|be (?:completed|attempted|tried|undertaken) (?:first|before|prior))\b|\b(?:should|must|needs? to|is expected to) (?:first )?(?:complete|undergo|try|attempt|participate in|exhaust)\b[^.;]{0,60}?\b(?:which|and) (?:he|she|they|the (?:patient|claimant|worker|injured worker|injured employee|IW|applicant|employee)) (?:has|have|had) not\b|\b(?:has|have|had) not (?:yet )?(?:\w+ )?(?:participated in|completed|received|had|done|engaged in|started|begun|attended)\b (?:a |an |any )?(?:\w+ ){0,3}(?:course|trial|program|sessions?) of (?:\w+ ){0,2}(?:physical therapy|PT|therapy|conservative|exercises?|rehabilitation|chiropractic|acupuncture)\b|\b(?:has|have|had) (?:received|had|undergone|tried) no (?:\w+ ){0,2}(?:physical therapy|PT|therapy|conservative (?:care|treatment)|treatment|rehabilitation|injections?)\b|\b(?:declined|refused|declines|refuses) (?:\w+ ){0,2}(?:physical therapy|PT|therapy|injections?|conservative (?:care|treatment))\b|\b(?:has|have|had) not (?:taken|used|tried) (?:any )?(?:\w+ ){0,2}(?:anti-?inflammator\w*|NSAIDs?)\b",
        )
    },
    // ... lesser measures, listed, not yet exhausted, or what was tried not said.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_after: FIRST_LINE_AFTER,
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:conservative|first[- ]line|lower[- ]level|less invasive|non-?operative|non-?surgical) (?:care|treatment|therapy|management|measures|options|modalities|interventions)\b[^.;]{0,80}?\b(?:has|have|was|were|is|are) not (?:yet )?(?:been )?(?:tried|attempted|exhausted|completed|documented|failed|provided|undertaken|pursued|maximized)\b|\b(?:not|no)\b[^.;]{0,40}\b(?:what|which|whether|any) (?:\w+ )?(?:conservative|first[- ]line) (?:care|treatment|therapy|measures)\b",
        )
    },
    // Exceeds the guideline: a limit, then more asked or had ...
    Rule {
        unless_before: EXCEEDS_BEFORE,
        ..row(
            EXCEEDS_GUIDELINE,
            Reads::Finding,
            r"\bno more than\b[^.;]{0,80}\b(?:whereas|while|but|yet|however),? (?:\w+ ){0,4}(?:requested|request(?:s|ed)?|asked|proposed|sought|received|had|undergone|attended)\b|\b(?:limited to|up to|maximum of|no more than|at most) (?:\d+|\w+)(?:[- ]to[- ](?:\d+|\w+))? (?:\w+ ){0,2}(?:visits|sessions|treatments|injections|days|weeks)\b[^.;]{0,60}?\b(?:whereas|while|but|yet|however|and)\b[^.;]{0,40}?\b(?:already (?:had|received|undergone|attended|completed)|has had|have had|has received|has attended|has completed|requested|request(?:s|ed)? (?:is|are|was|were) for)\b",
        )
    },
    // ... or a dose over the guideline's ceiling.
    Rule {
        unless_before: EXCEEDS_BEFORE,
        ..row(
            EXCEEDS_GUIDELINE,
            Reads::Finding,
            r"\b(?:above|over|exceed\w*|beyond|in excess of) (?:the )?(?:\d+[- ]?(?:mg|milligrams?|MED|MME)|recommended|maximum) (?:\w+ ){0,2}(?:ceiling|limit|maximum|threshold|cap)\b",
        )
    },
    // Home exercise program: no need of supervision named, or a home program
    // preferred over the therapy asked.
    Rule {
        unless_within: r"\b(?:if|when|unless|extenuating|exceptional|exceed\w*)\b",
        ..row(
            HOME_PROGRAM,
            Reads::Finding,
            r"\b(?:no|nothing|not)\b[^.;]{0,60}?\b(?:needs?|requires?|required|necessitates?)\b (?:\w+ ){0,2}(?:supervision|supervised|skilled|formal|one-on-one|hands-on)\b|\b(?:over|versus|vs\.?) (?:an? |the )?(?:home|independent|self[- ]directed) (?:\w+ ){0,2}(?:program|exercises?|HEP)\b",
        )
    },
    // Missing documentation: the area, items or services not identified, or no
    // rationale offered ...
    Rule {
        unless_before: CONDITION_BEFORE,
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\b(?:body (?:area|part|region|site)s?|treatment (?:area|site)s?|area to be treated|site of (?:application|treatment|injection)|equipment|items?|services?|supplies) (?:\w+ ){0,4}(?:was|were|is|are|has|have) (?:not|never) (?:been )?(?:specified|identified|listed|stated|documented|indicated|named|described|itemized)\b|\b(?:did|does|do|has|have|had) not (?:\w+ )?(?:identif\w*|list\w*|specif\w*|itemiz\w*|nam\w*|describ\w*) (?:the |which |what )?(?:\w+ ){0,2}(?:services?|items?|equipment|supplies|body (?:area|part|region)s?|components?)\b|\b(?:has|have|had|did|does|do) not (?:\w+ )?(?:offered|provided|given|supplied|presented|articulated|explained|stated) (?:a |an |any )?(?:\w+ )?(?:rationale|explanation|justification|reason)\b",
        )
    },
    // ... or records neither included.
    row(
        MISSING_DOCUMENTATION,
        Reads::Finding,
        r"\b(?:nor|neither) (?:was|were|has|have|is|are)(?: been)? (?:the |any )?(?:[\w-]+ ){0,3}(?:notes|reports?|records?|results|documentation|films|studies)\b (?:\w+ )?(?:included|provided|submitted|enclosed|attached|available)\b",
    ),
    // No functional improvement: no change in function from the care given,
    // scores unchanged, relief that lasted only briefly or under the
    // percentage, no drop in reliance on drugs.
    Rule {
        unless_before: CONDITION_BEFORE,
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\b(?:produced|resulted in|yielded|provided|showed|led to|brought|achieved) (?:no|little|minimal|not any) (?:\w+ ){0,2}(?:change|improvement|gains?|benefit|relief|difference) in (?:\w+ ){0,2}(?:function\w*|pain|activities|ADLs?|work status)\b|\bno (?:\w+ )?change in (?:\w+ ){0,3}(?:function\w*|tolerance|activities|ADLs?|work status|pain (?:scores?|levels?))\b|\b(?:pain (?:scores?|levels?|ratings?)|VAS|function\w*|ADLs?|activities of daily living)\b[^.;]{0,60}?\b(?:was|were|is|are|remained|remains?|has been|have been) (?:\w+ )?(?:unchanged|the same|no better|not (?:\w+ )?(?:improved|changed))\b|\b(?:relief|benefit|improvement|effect)\b[^.;]{0,60}?\blast(?:ed|ing)? (?:only|just|less than|under|no more than|for only)\b|\bfalls? (?:well |far )?short of\b[^.;]{0,40}?\b(?:sustained|lasting|meaningful|significant|the (?:\d+ ?%|required|recommended))|\b(?:does|did|do) not (?:indicate|show|document|demonstrate|establish|reflect|suggest) that\b[^.;]{0,60}?\b(?:decreased|reduced|lessened|improved|increased|enhanced|restored|helped)\b (?:\w+ ){0,4}(?:function\w*|pain|reliance|use|intake|dependence|ability|ADLs?|activities|tolerance|work)\b|\b(?:less than|under|below) \d+ ?(?:%|percent) (?:\w+ ){0,2}(?:relief|improvement|reduction)\b",
        )
    },
    // No red flags: the provocative tests negative.
    Rule {
        unless_before: CONDITION_BEFORE,
        ..row(
            NO_RED_FLAGS,
            Reads::Finding,
            r"\b(?:Tinel|Phalen|Spurling|Hoffmann?|Babinski|Durkan|straight[- ]leg|slump|Hawkins|Neer|McMurray|Lachman|drawer|impingement|provocative)\b[^.;]{0,40}?\b(?:was|were|is|are) (?:\w+ )?(?:negative|normal|unremarkable)\b|\bnegative (?:\w+ ){0,2}(?:impingement|provocative|Tinel|Phalen|Spurling|McMurray|Lachman|drawer|apprehension|Hawkins|Neer|Hoffmann?|Babinski|Durkan)\b",
        )
    },
    // Not a surgical candidate: not found to be one, a poor candidate, surgery
    // declined or of no interest, or a surgeon not recommending it.
    Rule {
        unless_before: r"\b(?:MTUS|ODG|ACOEM|guidelines?)\b[^.;]{0,30}$|\b(?:if|when|unless|whether)\b[^.;]{0,60}$",
        ..row(
            NOT_SURGICAL_CANDIDATE,
            Reads::Finding,
            r"\bsurgical candidates?\b[^.;]{0,80}?\b(?:has|have|is|are|was|were) not (?:been )?(?:identified|considered|deemed|established|found|determined) (?:as|to be) (?:one|such|a candidate)\b|\b(?:surg\w*|operat\w*|procedures?)\b,? (?:which|that) (?:the |this )?(?:(?:patient|claimant|worker|injured worker|injured employee|IW|applicant|employee)|he|she|they) (?:has |have |had )?(?:already )?(?:declined|refused|rejected|does not want|did not want)\b|\b(?:poor|unsuitable|inappropriate) (?:\w+ )?candidate\b|\bno (?:\w+ )?(?:interest in|desire for|wish (?:for|to)|intention (?:of|to)) (?:\w+ ){0,3}(?:surg\w*|operat\w*|procedures?)|\b(?:did|does|has|have|had) not (?:\w+ )?(?:recommend\w*|advise\w*|suggest\w*|propose\w*|offer\w*)\b (?:\w+ ){0,2}(?:surg\w*|operat\w*)",
        )
    },
    // Not recommended: not supported by evidence, none of the agents
    // recommended, or too little evidence it helps.
    Rule {
        unless_after: r"^\s*(?:the|this|his|her|any) (?:\w+ )?(?:patient|claimant|worker|injured|iw|applicant|employee)|^\s*(?:he|she|they)\b",
        ..row(
            NOT_RECOMMENDED,
            Reads::Guideline,
            r"\bnot (?:\w+ )?supported by (?:\w+ ){0,2}(?:evidence|literature|studies|research|data)\b|\b(?:neither|none) of (?:which|these|them|those)\b (?:is|are|was|were) (?:\w+ )?(?:recommended|supported|approved|indicated)\b|\b(?:insufficient|inadequate|limited|little|weak|poor|low[- ]quality|no (?:quality|good|high[- ]quality|scientific|reliable|published|strong|convincing)) (?:\w+ ){0,2}(?:evidence|literature|studies|data|research)\b (?:to (?:support|show|demonstrate|establish)|that|for|supporting|regarding)\b",
        )
    },
    // Precondition absent: a device's own condition ("only when ..."), then
    // neither or none of it described ...
    Rule {
        unless_within: r"\b(?:conservative|first[- ]line|radicul\w*|neurolog\w*|red flags?|surg\w*|function\w*|improvement|exceed\w*)\b",
        ..row(
            PRECONDITION_ABSENT,
            Reads::Finding,
            r"\b(?:only|reserved) (?:when|if|for|in)\b[^.;]{0,120}?\b(?:neither|none) (?:\w+ ){0,2}(?:is|are|has been|have been|was|were) (?:\w+ )?(?:described|documented|present|evident|noted|shown|met|established)\b|\badjunct to\b[^.;]{0,100}?\b(?:not|no|neither|none)\b (?:\w+ ){0,3}(?:participat\w*|enrolled|engaged|involved|in one|in such)",
        )
    },
    // ... the first-line drugs named, then no indication those were tried ...
    row(
        PRECONDITION_ABSENT,
        Reads::Finding,
        r"\b(?:antidepressants?|anticonvulsants?|antiepileptics?|AEDs?|tricyclics?|TCAs?|SNRIs?|gabapentin|pregabalin|amitriptyline|nortriptyline|duloxetine)\b[^.;]{0,80}?\b(?:no (?:\w+ )?(?:indication|evidence|documentation|record)|not (?:documented|shown))\b[^.;]{0,40}?\b(?:those|these|they|either|such (?:agents|drugs|medications))\b (?:\w+ ){0,2}(?:were|was|have been|has been|had been) (?:tried|trialed|attempted|used|failed)\b",
    ),
    // ... or obesity or a weight-bearing limit, the need for water therapy.
    Rule {
        unless_within: r"\b(?:if|when|unless|candidate|surg\w*)\b",
        ..row(
            PRECONDITION_ABSENT,
            Reads::Finding,
            r"\b(?:no|not|without|absence of|lack of)\b[^.;]{0,60}?\b(?:obesity|reduced weight[- ]bearing|weight[- ]bearing (?:restrictions?|limitations?|precautions?))\b",
        )
    },
    // Repeat study: no worsening to justify updated imaging, nothing changed
    // since the study, a study had and nothing changed since, a repeat that
    // would add nothing.
    Rule {
        unless_within: r"\b(?:routinely|unless|if|when|should|reserved)\b",
        ..row(
            REPEAT_STUDY,
            Reads::Finding,
            r"\b(?:no|nothing|not)\b[^.;]{0,60}?\b(?:worsening|deterioration|progression|change|new (?:\w+ )?(?:findings|symptoms|injury|trauma))\b[^.;]{0,60}?\b(?:repeat|updated|new|further|another|second|additional) (?:\w+ ){0,2}(?:MRIs?|CT|imaging|stud(?:y|ies)|EMG|NCV|NCS|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|arthrograms?|FCE|functional capacity evaluation|ultrasound|sonogram|myelogram|discogram|testing|tests?)\b|\bnothing (?:has |have )?(?:\w+ )?changed (?:\w+ )?since\b|\b(?:underwent|had|completed|obtained|performed)\b (?:an? |the )?(?:[\w-]+ ){0,2}(?:MRIs?|CT|imaging|stud(?:y|ies)|EMG|NCV|NCS|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|arthrograms?|FCE|functional capacity evaluation|ultrasound|sonogram|myelogram|discogram|testing|tests?)\b[^.;]{0,100}?\b(?:have|has|had) not (?:\w+ )?changed\b|\brepeat (?:\w+ ){0,2}(?:MRIs?|CT|imaging|stud(?:y|ies)|EMG|NCV|NCS|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|arthrograms?|FCE|functional capacity evaluation|ultrasound|sonogram|myelogram|discogram|testing|tests?)\b[^.;]{0,60}?\b(?:offer|add|provide|yield|contribute) (?:nothing|little|no)\b",
        )
    },
    // Awaiting results: approved sessions not completed, only some attended, a
    // trial just started, whether it helped unknown, a certified study still
    // pending, or its outcome to be assessed first.
    row(
        AWAITING_RESULTS,
        Reads::Finding,
        r"\b(?:authoriz\w*|approv\w*|certif\w*)\b[^.;]{0,80}?\b(?:they|these|those|it|which|the sessions|the visits)\b (?:have|has|had) not (?:yet )?(?:been )?(?:completed|attended|used|finished|started|begun|performed|done)\b|\b(?:has|have|had) (?:attended|completed|used|received|undergone) only\b[^.;]{0,30}?\b(?:of (?:them|these|the|those)|sessions|visits)\b|\b(?:course|sessions|visits|therapy|treatment|trial|program)\b (?:\w+ ){0,2}(?:was|were|has been|have been|is) (?:only )?(?:just|recently) (?:started|begun|initiated|commenced|approved|authorized|certified)\b|\b(?:whether|if) (?:it|they|this|the \w+) (?:has|have) (?:helped|worked|been effective|been beneficial)\b[^.;]{0,30}?\b(?:unknown|not (?:yet )?known|unclear|not clear|to be determined)\b|\b(?:approved|authorized|certified) (?:but )?(?:still |yet )?(?:pending|outstanding|not yet (?:done|performed|completed))\b|\b(?:outcome|results?|response|effect|benefit)s? (?:of|from|to) (?:that|this|the|these|those) (?:\w+ ){0,3}(?:should|must|needs? to) be (?:assessed|evaluated|reviewed|known|documented|determined|established)\b (?:before|prior to)",
    ),
];

/// The rule table: the first rows (above), the rows written from the
/// blind sentence sets ([`super::table_blind`]) and from the item sets
/// ([`super::table_items`]), one table.
pub const RULES: &[Rule] = &ALL_RULES;

// A const, not a static: `RULES.len()` sizes other tables at compile time,
// and `RULES` is its only use, so the array is in the binary once.
#[allow(clippy::large_const_arrays)]
const ALL_RULES: [Rule; FIRST_RULES.len() + BLIND_RULES.len() + ITEM_RULES.len()] =
    concat(&[FIRST_RULES, BLIND_RULES, ITEM_RULES]);
