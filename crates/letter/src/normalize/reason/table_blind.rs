//! The rows written from the blind sentence sets (sets H to AC of
//! `crates/letter/tests/reason_sets/`, see index_schema/REASONS.md): each
//! block for the wordings one round of sets showed, in general forms.
//! [`super::table::RULES`] holds them after the first rows, and
//! [`super::find_blind`] their words, in the same order.

use super::table::{
    CONDITION, CONDITION_BEFORE, EXCEEDS_BEFORE, GENERIC_BEFORE, MISSING_NOT_FINDING,
};
use super::*;

/// A condition word in a match: it states when something applies.
const IF_WHEN: &str = r"\b(?:if|when|unless|whether)\b";

/// A repeat study's condition in a match ("not routinely", "reserved for").
const STUDY_CONDITION: &str = r"\b(?:routinely|unless|if|when|should|reserved|patients)\b";

/// A condition, or the class of patients a guideline speaks of.
const CONDITION_OR_CLASS: &str = r"\b(?:if|when|unless|until|whether|patients|those|individuals)\b";

/// A condition, a class of patients, or an approved course (that is awaited results, not care untried).
const CONDITION_OR_APPROVED: &str =
    r"\b(?:patients|those|if|when|unless|whether|authorized|approved|certified)\b";

/// A condition or a class of patients, for a drug's or device's precondition.
const CONDITION_OR_PATIENTS: &str = r"\b(?:if|when|unless|patients|those|individuals)\b";

/// A condition or an exception to a guideline's verdict.
const CONDITION_OR_EXCEPT: &str = r"\b(?:if|when|unless|except)\b";

/// The rows written from the blind sentence sets, after the first rows.
pub(super) const BLIND_RULES: &[Rule] = &[
    // Sixth rows, for wordings blind sets H and I showed (written in general forms).
    // Ancillary: the associated service is also denied.
    Rule {
        unless_within: CONDITION,
        ..row(
            ANCILLARY,
            Reads::Finding,
            r"\b(?:associated|accompanying|related|ancillary|concurrent|attendant|adjunctive|post-?operative|pre-?operative|peri-?operative|post-?surgical)\b (?:[\w/-]+ ){0,6}(?:is|are|would be|becomes?) (?:also|likewise|similarly|equally|therefore|consequently|thus|then|in turn)\b[^.;]{0,30}?\b(?:not|denied|non-?certified|unnecessary|moot|unsupported)\b",
        )
    },
    // ... the underlying procedure was denied, or none is approved ...
    Rule {
        unless_within: CONDITION,
        ..row(
            ANCILLARY,
            Reads::Finding,
            r"\b(?:underlying|primary|index|parent|principal) (?:[\w-]+ ){0,3}(?:surg\w*|procedures?|operations?|fusion|arthroscop\w*|arthroplast\w*|replacement|repair|reconstruction|decompression|release|laminectomy|discectomy|microdiscectomy|foraminotomy|injections?|ESIs?|blocks?|ablation|rhizotomy|implant\w*|stimulator|pump)\b,? (?:(?:has|have|having|had|was|were|is|are) (?:also )?(?:been )?)?(?:denied|non-?certified|not (?:been )?(?:approved|certified|authorized|found (?:to be )?medically necessary|deemed medically necessary|found necessary))|\b(?:absence of|without) an? (?:approved|certified|authorized) (?:[\w-]+ ){0,3}(?:surg\w*|procedures?|operations?|fusion|arthroscop\w*|arthroplast\w*|replacement|repair|reconstruction|decompression|release|laminectomy|discectomy|microdiscectomy|foraminotomy|injections?|ESIs?|blocks?|ablation|rhizotomy|implant\w*|stimulator|pump)\b|\b(?:surg\w*|procedures?|operations?|fusion|arthroscop\w*|arthroplast\w*|replacement|repair|reconstruction|decompression|release|laminectomy|discectomy|microdiscectomy|foraminotomy|injections?|ESIs?|blocks?|ablation|rhizotomy|implant\w*|stimulator|pump)\b (?:that |which )?(?:it|they|this|these) (?:accompan\w*|supports?|follows?|relates? to|is for|are for)\b[^.;]{0,30}?\b(?:was|were|is|has|have) not (?:been )?(?:approved|certified|authorized|medically necessary|found|deemed)|\b(?:is|are|becomes?|rendered|renders?|considered) (?:\w+ )?moot\b",
        )
    },
    // ... or, after the denial is given as the cause, the item follows it.
    Rule {
        unless_within: IF_WHEN,
        ..row(
            ANCILLARY,
            Reads::Finding,
            r"\b(?:because|since|as|given that|with|now that)\b (?:the )?(?:requested |proposed |planned |recommended )?(?:[\w-]+ ){0,3}(?:surg\w*|procedures?|operations?|fusion|arthroscop\w*|arthroplast\w*|replacement|repair|reconstruction|decompression|release|laminectomy|discectomy|microdiscectomy|foraminotomy|injections?|ESIs?|blocks?|ablation|rhizotomy|implant\w*|stimulator|pump)\b (?:[\w-]+ ){0,2}?(?:(?:has|have|having|had|was|were|is|are) (?:also )?(?:been )?)?(?:denied|non-?certified|not (?:been )?(?:approved|certified|authorized|found (?:to be )?medically necessary|deemed medically necessary|found necessary)|(?:found|deemed|considered) not (?:to be )?(?:medically necessary|necessary|supported|indicated))\b[^.;]{0,100}?\b(?:also|either|likewise|similarly|in turn|associated|accompanying|ancillary|moot|no longer|none of|post-?operative|pre-?operative|peri-?operative)\b",
        )
    },
    // Not a surgical candidate: non-operative care chosen, no surgical lesion or plan ...
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: CONDITION_OR_CLASS,
        ..row(
            NOT_SURGICAL_CANDIDATE,
            Reads::Finding,
            r"\b(?:recommended|advised|suggested|favored|prefers?|opted for|deemed|considered|found to be|is|was|remains?) (?:a |an |continued |ongoing |further )?non-?(?:operative|surgical) (?:management|care|treatment|candidate|approach|course)\b|\bno (?:\w+ )?(?:surgical|operative) (?:lesion|pathology|indications?|target|plans?)\b|\bno (?:\w+ )?(?:surg\w*|operative) (?:\w+ )?(?:intervention|treatment|procedure)s? (?:is |are |has been |have been )?(?:planned|scheduled|contemplated|proposed|anticipated|pending)\b",
        )
    },
    // ... surgery not being considered, or not an option ...
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: CONDITION_OR_CLASS,
        ..row(
            NOT_SURGICAL_CANDIDATE,
            Reads::Finding,
            r"\b(?:not|no longer|never) (?:\w+ ){0,2}(?:being |been )?(?:considered|contemplated|planned|scheduled|pursued|proposed|offered|evaluated) (?:for )?(?:an? |the )?(?:[\w-]+ ){0,2}(?:surg\w*|operat\w*|fusion|arthroscop\w*|arthroplast\w*|decompression|laminectomy|discectomy|microdiscectomy|replacement|reconstruction)\b|\b(?:surg\w*|operat\w*|fusion|arthroscop\w*|arthroplast\w*|decompression|laminectomy|discectomy|microdiscectomy|replacement|reconstruction) (?:is|are|was|were|has|have) (?:not|no longer|never) (?:\w+ ){0,2}(?:being |been )?(?:considered|contemplated|planned|scheduled|pursued|proposed|offered|anticipated)\b|\b(?:not|no)\b[^.;]{0,60}?\bthat\b[^.;]{0,60}?\b(?:being|been) (?:considered|contemplated|planned|scheduled|evaluated) (?:for )?(?:an? |the )?(?:[\w-]+ ){0,2}(?:surg\w*|operat\w*|fusion|arthroscop\w*|arthroplast\w*|decompression|laminectomy|discectomy|microdiscectomy|replacement|reconstruction)\b|\b(?:not|no)\b[^.;]{0,60}?\bthat (?:an? |the )?(?:[\w-]+ ){0,3}(?:surg\w*|operat\w*|fusion|arthroscop\w*|arthroplast\w*|decompression|laminectomy|discectomy|microdiscectomy|replacement|reconstruction)\b (?:is|are|was|were|has been|have been) (?:being )?(?:considered|contemplated|planned|scheduled|proposed|recommended)|\b(?:surg\w*|operat\w*|fusion|arthroscop\w*|arthroplast\w*|decompression|laminectomy|discectomy|microdiscectomy|replacement|reconstruction)(?: \w+)? (?:is|are|would be) not (?:a |an )?(?:\w+ ){0,2}(?:option|alternative|consideration)\b",
        )
    },
    // Repeat study: nothing changed since the study, no new finding to justify another ...
    Rule {
        unless_within: STUDY_CONDITION,
        ..row(
            REPEAT_STUDY,
            Reads::Finding,
            r"\b(?:remained|remains|has been|have been|is|are|was|were) (?:\w+ )?(?:static|stable|unchanged|the same)\b[^.;]{0,40}?\bsince (?:[\w/-]+ ){0,4}(?:MRIs?|CTs?|imaging|stud(?:y|ies)|EMGs?|NCVs?|NCSs?|EMG/NCV|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|arthrograms?|ultrasounds?|sonograms?|myelograms?|discograms?|testing|it was (?:performed|done|obtained))\b|\b(?:has|have) (?:\w+ )?(?:not|never) (?:\w+ )?(?:evolved|changed|progressed|worsened|deteriorated)\b[^.;]{0,20}?\bsince (?:[\w/-]+ ){0,4}(?:MRIs?|CTs?|imaging|stud(?:y|ies)|EMGs?|NCVs?|NCSs?|EMG/NCV|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|arthrograms?|ultrasounds?|sonograms?|myelograms?|discograms?|testing|it was (?:performed|done|obtained))\b|\b(?:no|without)\b (?:\w+ ){0,3}(?:new|interval|intervening|significant) (?:\w+ ){0,3}(?:injury|injuries|trauma|findings?|symptoms?|complaints?|deficits?|changes?|progression|worsening|deterioration|events?)\b[^.;]{0,80}?\b(?:justify|warrant|support|necessitate|require|call for)\w* (?:\w+ ){0,3}(?:repeat\w*|another|a second|a third|additional|further|updated|re-?\w+)\b|\b(?:no|without)\b (?:\w+ ){0,3}new (?:\w+ ){0,3}(?:findings?|symptoms?|complaints?|injury|trauma)\b[^.;]{0,40}?\bsince (?:the )?(?:[\w/-]+ ){0,3}(?:MRIs?|CTs?|imaging|stud(?:y|ies)|EMGs?|NCVs?|NCSs?|EMG/NCV|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|arthrograms?|ultrasounds?|sonograms?|myelograms?|discograms?|testing)\b",
        )
    },
    // ... a study already had and nothing new since, one that would only duplicate it.
    Rule {
        unless_within: STUDY_CONDITION,
        ..row(
            REPEAT_STUDY,
            Reads::Finding,
            r"\b(?:already|previously) (?:underwent|had|undergone|completed|obtained)\b[^.;]{0,60}?\b(?:MRIs?|CTs?|imaging|stud(?:y|ies)|EMGs?|NCVs?|NCSs?|EMG/NCV|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|arthrograms?|ultrasounds?|sonograms?|myelograms?|discograms?|testing)\b[^.;]{0,80}?\b(?:no|not|nothing|without)\b (?:\w+ ){0,3}(?:new|changed?|progression|progressed|worse\w*|evolved)\b|\b(?:would|will|could) (?:\w+ )?(?:duplicate|replicate)\b (?:the|a|an|that|those|these) (?:\w+ ){0,3}(?:MRIs?|CTs?|imaging|stud(?:y|ies)|EMGs?|NCVs?|NCSs?|EMG/NCV|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|arthrograms?|ultrasounds?|sonograms?|myelograms?|discograms?|testing)\b|\b(?:offers?|adds?|provides?) (?:nothing|little) (?:over|beyond|more than) (?:the|what) (?:\w+ ){0,2}(?:prior|previous|earlier|existing)\b|\b(?:prior|previous|last|most recent) (?:\w+ ){0,2}(?:MRIs?|CTs?|imaging|stud(?:y|ies)|EMGs?|NCVs?|NCSs?|EMG/NCV|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|arthrograms?|ultrasounds?|sonograms?|myelograms?|discograms?|testing)\b (?:was|were|is) (?:\w+ )?(?:unchanged|stable)\b|\b(?:MRIs?|CTs?|imaging|stud(?:y|ies)|EMGs?|NCVs?|NCSs?|EMG/NCV|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|arthrograms?|ultrasounds?|sonograms?|myelograms?|discograms?|testing)\b[^.;]{0,150}?\b(?:exam\w*|presentation|clinical picture|neurologic status) (?:is|are|has been|have been|remains?|remained) (?:\w+ )?(?:unchanged|static|stable)\b",
        )
    },
    // Awaiting results: the response still pending, too soon to judge, a course under way.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: CONDITION,
        ..row(
            AWAITING_RESULTS,
            Reads::Finding,
            r"\b(?:response|results?|outcome|effect|benefit|efficacy)s? (?:to|of|from) (?:that|this|the|these|those|her|his) (?:\w+ ){0,3}(?:is|are) (?:still |yet |as yet )?(?:pending|unknown|awaited|not (?:yet )?(?:known|available|clear))\b|\b(?:not|in)sufficient time\b|\bnot (?:been )?(?:enough|sufficient|adequate) time\b|\btoo (?:soon|early) to (?:judge|assess|evaluate|determine|know|tell|gauge)\b|\b(?:midway|partway|part way|halfway|in the middle of|in the midst of)\b (?:through )?(?:an? |the |her |his )?(?:[\w-]+ ){0,3}(?:course|program|trial|series|sessions|visits|therapy|treatment)\b|\bstill (?:completing|attending|undergoing|receiving|participating in|enrolled in)\b|\b(?:completing|attending|undergoing|in the middle of) (?:an? |the |her |his )?(?:authorized|approved|certified)\b",
        )
    },
    // Exceeds: outside or beyond the guideline's course, more often, double it, or a total over it.
    Rule {
        unless_before: EXCEEDS_BEFORE,
        // "falls outside what the MTUS supports" is the guideline's verdict.
        unless_after: r"^\s*(?:of )?(?:what|the (?:scope|range|list)|recommended|guideline (?:recommendations|support))\b",
        ..row(
            EXCEEDS_GUIDELINE,
            Reads::Finding,
            r"\bfalls? (?:well )?outside\b|\b(?:go|goes|going|went|extends?|extending) (?:well |far )?beyond\b|\bmore (?:often|frequent(?:ly)?) than\b|\b(?:double|twice|triple|three times|several times|far more than|well over|well above|well in excess of) (?:the|what) (?:[\w-]+ ){0,3}(?:recommended|allowed|supported|initial|trial|guidelines?|number|maximum|limit|allotted|permitted)\b",
        )
    },
    // ... and a total that, added to the visits had, is over it.
    row(
        EXCEEDS_GUIDELINE,
        Reads::Finding,
        r"\b(?:when|once|if) (?:added|combined|taken together|counted)\b[^.;]{0,80}?\b(?:exceed\w*|surpass\w*|more than|over|beyond|in excess of|totals?)\b",
    ),
    // Home program: exercises already done at home, no barrier to an independent program ...
    Rule {
        unless_before: r"\b(?:if|when|unless|until|whether)\b[^.;]{0,60}$",
        unless_within: r"\b(?:if|when|unless|TENS|units?|devices?|medications?|drugs?)\b",
        ..row(
            HOME_PROGRAM,
            Reads::Finding,
            r"\b(?:already|currently|continues to|is able to|can|regularly) (?:\w+ ){0,2}(?:perform\w*|doing|does|do|carr(?:y|ies) out|complet\w*)\b (?:\w+ ){0,5}(?:at home|home exercises?|independently|on (?:his|her|their) own)\b|\bno (?:\w+ )?(?:barriers?|obstacles?|impediments?|limitations?) (?:to|that (?:would )?(?:prevent|preclude)|preventing|precluding) (?:an? |the |that |his |her )?(?:[\w,-]+ ){0,3}(?:independent|self-?directed|home|transition|HEP|unsupervised)\b|\b(?:no|nothing|not)\b[^.;]{0,60}?\b(?:cannot|can not|could not|unable to|would be unable to)\b (?:\w+ ){0,4}(?:exercises?|program|HEP|routine)\b(?: \w+){0,2} (?:unsupervised|independently|at home|on (?:his|her|their) own|without (?:formal )?supervision)\b",
        )
    },
    // ... a home program not ineffective, supervision over it unexplained, a transition due.
    Rule {
        unless_before: r"\bguidelines? (?:\w+ ){0,2}(?:recommend|support|advise|state|say|note)\w*\b[^.;]*$",
        unless_within: r"\b(?:if|when|unless)\b",
        ..row(
            HOME_PROGRAM,
            Reads::Finding,
            r"\b(?:no|not|nothing)\b[^.;]{0,60}?\bhome (?:exercise )?(?:program|exercises?|HEP|regimen)\b (?:\w+ ){0,3}(?:ineffective|insufficient|inadequate|failed|unsuccessful|not (?:been )?(?:effective|sufficient|adequate|successful))\b|\bwhy\b[^.;]{0,80}?\b(?:rather than|instead of|over|versus|as opposed to) (?:\w+ ){0,2}(?:home|self-?directed|independent)\b|\b(?:no|not)\b[^.;]{0,40}?\b(?:explain\w*|reason|rationale|justif\w*)\b[^.;]{0,60}?\b(?:rather than|instead of|as opposed to) (?:\w+ ){0,2}(?:home|self-?directed|independent)\b|\btransition\w* (?:\w+ ){0,2}to (?:an? |the )?(?:[\w,-]+ ){0,3}(?:independent|self-?directed|home)\b (?:\w+ ){0,2}(?:is|was|should be|would be) (?:\w+ )?(?:expected|appropriate|indicated|reasonable|due)\b",
        )
    },
    // Missing documentation: a detail of the request not stated, omitted or lacking ...
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: MISSING_NOT_FINDING,
        unless_after: r"^\s*(?:deficits?|loss|weakness|testing|training|exercises?|gains?)\b",
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\b(?:body parts?|body regions?|levels?|laterality|dosage|doses?|quantity|quantities|frequency|duration|strength|concentration|number of (?:sessions|visits|units|tablets|refills)|specialty|purpose|reason for (?:the )?referral|goals?|treatment plan|rental|purchase|length of (?:use|rental|treatment)|directions|instructions)\b (?:[\w,/-]+ ){0,8}(?:was|were|is|are|has been|have been) (?:\w+ )?(?:not (?:\w+ )?(?:stated|specified|identified|provided|indicated|given|listed|documented|articulated|defined|described|included|noted|clarified|mentioned)|omitted|missing|absent|unspecified|undefined|left blank)\b|\bno (?:\w+ )?(?:body parts?|body regions?|levels?|laterality|dosage|doses?|quantity|quantities|frequency|duration|strength|concentration|number of (?:sessions|visits|units|tablets|refills)|specialty|purpose|reason for (?:the )?referral|goals?|treatment plan|rental|purchase|length of (?:use|rental|treatment)|directions|instructions)\b (?:\w+ ){0,2}(?:was|were|is|are|has been|have been) (?:\w+ )?(?:stated|specified|identified|provided|indicated|given|listed|documented|articulated|defined|described|included|noted|mentioned)\b|\b(?:does|do|did) not (?:specify|state|identify|indicate|include|list|name|define|clarify|mention|describe)\b (?:the |a |an |any )?(?:[\w-]+ ){0,2}(?:body parts?|body regions?|levels?|laterality|dosage|doses?|quantity|quantities|frequency|duration|strength|concentration|number of (?:sessions|visits|units|tablets|refills)|specialty|purpose|reason for (?:the )?referral|goals?|treatment plan|rental|purchase|length of (?:use|rental|treatment)|directions|instructions)\b|\b(?:lacks?|lacking|missing)\b (?:an? |the |any )?(?:[\w-]+ ){0,2}(?:strength|dosage|dose|quantity|frequency|duration|concentration|laterality|body part|specialty|treatment plan)\b",
        )
    },
    // ... the request silent on it, unaccompanied by a description, a plan not submitted, a report not in the file.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: MISSING_NOT_FINDING,
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\bsilent (?:as to|on|regarding|about|with respect to)\b[^.;]{0,60}|\b(?:not accompanied|unaccompanied) by\b (?:any |an? |the )?(?:\w+ ){0,3}(?:description|explanation|rationale|documentation|reports?|records?|notes?|details?|justification)\b|\b(?:has|have|had|did) not (?:\w+ )?(?:submitted|supplied|furnished|sent|outlined|presented)\b (?:an? |the |any )?(?:[\w-]+ ){0,3}(?:body parts?|body regions?|levels?|laterality|dosage|doses?|quantity|quantities|frequency|duration|strength|concentration|number of (?:sessions|visits|units|tablets|refills)|specialty|purpose|reason for (?:the )?referral|goals?|treatment plan|rental|purchase|length of (?:use|rental|treatment)|directions|instructions|reports?|records?|notes?|results|documentation|rationale|justification)\b|\bwithout (?:the |a |an |any )?(?:\w+ ){0,3}(?:reports?|records?|notes|results|films|images|documentation)\b (?:\w+ ){0,3}(?:in the (?:file|record|chart)|available|for review|submitted|on file)\b",
        )
    },
    // Conservative care: no trial of it before the request, yet to try it, the record silent on it.
    Rule {
        unless_within: CONDITION_OR_APPROVED,
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:no|not|never|neither|nor|without)\b (?:[\w-]+ ){0,10}?(?:trial|course|period|attempt)s? of\b[^.;]{0,80}?\b(?:before|prior to|preceding)\b (?:the |this |a |an |any )?(?:[\w-]+ ){0,3}?(?:request\w*|proposed|planned|surg\w*|injections?|release|procedures?|blocks?|MRI|stud(?:y|ies)|referral|consideration|purchase|prescri\w*)\b|\b(?:has|have|had) yet to (?:try|trial|attempt|undergo|complete|fail)\b|\bsilent (?:as to|on|regarding|about) (?:any )?(?:\w+ ){0,3}(?:failed|trial|tried|conservative|first[- ]line)\b|\b(?:non-?operative|conservative|non-?surgical|first[- ]line) (?:management|care|treatment|therapy|measures)\b[^.;]{0,60}?\b(?:does not appear|(?:is|are|was|were|has|have) not (?:been )?(?:documented|described|mentioned|recorded|attempted|tried))\b|\b(?:no|lack of|absence of|without)\b (?:[\w-]+ ){0,6}(?:indication|documentation|evidence|mention|record)\b[^.;]{0,80}?\b(?:trialed|attempted)\b|\bneither\b[^.;]{0,80}?\bnor\b[^.;]{0,60}?\b(?:was|were|has been|have been) (?:\w+ )?(?:attempted|tried|trialed|undertaken|done)\b",
        )
    },
    // No functional improvement: benefit nowhere documented, pain the same despite the drug ...
    Rule {
        unless_before: GENERIC_BEFORE,
        unless_within: CONDITION,
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\b(?:function\w*|objective) (?:\w+ ){0,2}(?:benefit|improvement|gains?|response)\b[^.;]{0,60}?\b(?:is|are|was|were|has been|have been) (?:nowhere|not|never) (?:\w+ )?(?:documented|described|shown|demonstrated|evident|noted|reported|established|quantified|objectified)\b|\bno (?:\w+ ){0,2}(?:increase|improvement|gains?|change) in (?:\w+ )?(?:activity|function\w*|ADLs?|activities|work|range|tolerance|mobility|capacity|endurance)\b|\b(?:pain|function\w*|range of motion|ADLs?|symptoms|VAS)\b[^.;]{0,60}?\b(?:essentially |virtually |largely )?(?:identical|unchanged|the same|static|no better|plateaued|stagnant)\b[^.;]{0,80}?\b(?:despite|notwithstanding|in spite of|even with)\b|\b(?:continues to|still) (?:rate|report|describe|complain)\w* (?:\w+ ){0,4}pain\b[^.;]{0,60}?\b(?:despite|notwithstanding|in spite of)\b|\b(?:does|did|do|has|have) not (?:\w+ )?(?:help|improve|increase|benefit) (?:\w+ ){0,2}(?:function\w*|ADLs?|activities|pain)\b|\bnowhere\b[^.;]{0,60}?\b(?:decrease|reduction|improvement|increase|gains?|benefit)\b|\b(?:ADLs?|function|activities) (?:\w+ ){0,2}(?:remains?|remained) (?:as |equally |similarly )?(?:limited|restricted|unchanged|impaired)\b",
        )
    },
    // Not recommended: not advised, no proven efficacy, regarded as investigational, no support in the guideline.
    Rule {
        unless_before: r"\b(?:while|although|though|whereas)\b[^.;,]{0,60}$",
        unless_within: CONDITION_OR_EXCEPT,
        unless_after: r"^[^.;]{0,80}\b(?:unless|except|in the absence|without|for (?:long[- ]term|routine|chronic))\b",
        ..row(
            NOT_RECOMMENDED,
            Reads::Guideline,
            r"\b(?:is|are|was|were) (?:\w+ )?not advised\b|\bas (?:\w+ )?(?:investigational|experimental|unproven)\b|\b(?:finds?|found|has|have|receives?|lacks?) (?:no|little) (?:\w+ )?support (?:in|from) (?:the )?(?:[\w/-]+ ){0,3}(?:guidelines?|MTUS|ODG|ACOEM|literature|evidence)\b",
        )
    },
    // Precondition absent: its indication lacking, the condition not among the complaints, no trouble swallowing.
    Rule {
        unless_within: CONDITION_OR_PATIENTS,
        ..row(
            PRECONDITION_ABSENT,
            Reads::Finding,
            r"\bindication for (?:the |this |that )?(?:[\w-]+ ){0,2}(?:is|was) (?:lacking|absent|missing)\b|\bnot among (?:the |his |her )?(?:documented |reported |listed |presenting )?(?:complaints|diagnoses|symptoms|problems|conditions)\b|\b(?:no|nothing|not|without|denies)\b[^.;]{0,60}?\b(?:dysphagia|(?:difficulty|trouble|inability|problems?) (?:with )?swallow\w*)|\bfor which (?:it|they|the (?:\w+ ){0,2}(?:medication|drug|device|agent)) (?:would|might|could|is|are) (?:be )?(?:prescribed|indicated|used|needed|appropriate)\b",
        )
    },
    // ... an efficacy to be assessed while the course is still in progress.
    Rule {
        unless_within: IF_WHEN,
        ..row(
            AWAITING_RESULTS,
            Reads::Finding,
            r"\b(?:now |currently |still )(?:in progress|under ?way|ongoing)\b[^.;]{0,80}?\b(?:before|prior to|until)\b",
        )
    },
    // Seventh rows, for wordings blind sets J and K showed (written in general forms).
    // Ancillary: not needed either, or the procedure it was requested for denied.
    Rule {
        unless_within: IF_WHEN,
        ..row(
            ANCILLARY,
            Reads::Finding,
            r"\b(?:is|are|was|were) not (?:\w+ )?(?:needed|necessary|indicated|supported|required|warranted|certified|appropriate) either\b|\b(?:surg\w*|procedures?|operations?|fusion|arthroscop\w*|arthroplast\w*|replacement|repair|reconstruction|decompression|release|laminectomy|discectomy|microdiscectomy|injections?|ESIs?|blocks?|ablation|implant\w*|stimulator)\b (?:that |which )?(?:it|they|this|these) (?:was|were|is|are|had been) (?:requested|ordered|needed|intended|prescribed) (?:for|with)\b[^.;]{0,40}?\b(?:denied|non-?certified|not (?:been )?(?:approved|certified|authorized|found (?:to be )?medically necessary)|(?:found|deemed|considered) not (?:to be )?(?:medically necessary|necessary|supported|indicated))",
        )
    },
    // Conservative care: not tried or had before the request, never received, no record such care was completed.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: CONDITION_OR_APPROVED,
        unless_after: r"^\s*(?:any )?(?:spine |spinal |back |lumbar |cervical |knee |shoulder )?(?:surg\w*|operations?|fusion)\b",
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:not|never)\b (?:\w+ ){0,2}?(?:tried|trialed|completed|had|undergone|received|attempted|participated in|addressed with)\b[^.;]{0,100}?\b(?:before|prior to|preceding)\b (?:the |this |a |an |any )?(?:[\w-]+ ){0,3}?(?:request\w*|proposed|planned|surg\w*|injections?|release|procedures?|blocks?|MRI|stud(?:y|ies)|referral|consideration|purchase|prescri\w*)\b|\b(?:has|have|had) never (?:\w+ )?(?:received|had|tried|undergone|attempted|trialed)\b|\bno (?:record|evidence|indication|documentation) (?:that|of) (?:[\w'-]+ ){0,4}(?:completed|tried|trialed|attempted|underwent|undergone|had) (?:such|this|that|these|those|any|the) (?:\w+ )?(?:treatment|therapy|care|measures|course|program)\b|\b(?:do|does|did) not (?:show|document|indicate|demonstrate|reflect|establish)\b (?:[\w-]+ ){0,6}?(?:of )?(?:conservative|first[- ]line|non-?operative|non-?surgical) (?:care|treatment|therapy|management|measures)\b",
        )
    },
    // Results not yet known: an approval just given, a course started days ago, its effect to be seen before more.
    Rule {
        unless_within: IF_WHEN,
        ..row(
            AWAITING_RESULTS,
            Reads::Finding,
            r"\b(?:just|recently|only recently|newly) (?:been )?(?:authorized|approved|certified)\b|\b(?:authorized|approved|certified) (?:just |only )?(?:last (?:week|month)|(?:\w+ )?(?:days|weeks) ago|recently)\b|\b(?:effect|response|results?|outcome|efficacy|benefit)s?\b[^.;]{0,60}?\b(?:should|must|needs? to|ought to) be (?:\w+ )?(?:assessed|evaluated|reviewed|known|documented|determined|established|seen)\b (?:before|prior to)\b|\bbefore (?:the )?(?:effect|response|results?|outcome|efficacy|benefit)s? (?:of|from|to) (?:[\w-]+ ){0,4}(?:is|are|has been|have been|was|were) (?:known|assessed|evaluated|documented|determined|established|available|seen)\b|\bbefore (?:the )?(?:[\w-]+ ){0,2}(?:authorized|approved|certified) (?:[\w-]+ ){0,2}(?:(?:had|have|has|were|was) )?(?:been )?(?:completed|finished|used|attended)\b|\bwithout knowing (?:the )?(?:effect|response|results?|outcome|efficacy|benefit)\b|\b(?:no|not) (?:\w+ ){0,3}yet (?:\w+ ){0,2}(?:showing|documenting|describing|reporting|indicating)\b",
        )
    },
    // Missing documentation: neither detail stated, a result that cannot be determined, no report submitted, no word on which one.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: MISSING_NOT_FINDING,
        unless_after: r"^\s*(?:deficits?|loss|weakness|testing|training|exercises?|gains?)\b",
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\bneither (?:the )?(?:body parts?|levels?|laterality|dosage|doses?|quantity|quantities|frequency|duration|strength|concentration|number of (?:sessions|visits|units|tablets|refills|hours)|hours(?: per \w+)?|specialty|purpose|goals?|treatment plan|instructions|directions)\b[^.;]{0,80}?\bnor\b[^.;]{0,60}?\b(?:was|were|is|are|has been|have been) (?:\w+ )?(?:stated|specified|identified|provided|indicated|given|listed|documented|included)\b|\b(?:cannot|could not|can not) be (?:determined|assessed|established|verified|confirmed|ascertained)\b|\b(?:absence|lack) of (?:an? |the |any )?(?:specific |written |detailed |clear |formal |documented |prior |recent )?(?:body parts?|levels?|laterality|dosage|doses?|quantity|quantities|frequency|duration|strength|concentration|number of (?:sessions|visits|units|tablets|refills|hours)|hours(?: per \w+)?|specialty|purpose|goals?|treatment plan|instructions|directions|(?:[\w-]+ ){0,2}(?:notes|records|reports?|results))\b|\bno (?:[\w-]+ ){0,4}(?:was|were|has been|have been) (?:submitted|provided|included|enclosed|attached|made available)\b|\b(?:does|do|did) not (?:state|specify|indicate|clarify|say|explain) (?:whether|if|which|what|how many|how long|how often)\b|\bwithout (?:the |a |an |any )?(?:body parts?|levels?|laterality|dosage|doses?|quantity|quantities|frequency|duration|strength|concentration|number of (?:sessions|visits|units|tablets|refills|hours)|hours(?: per \w+)?|specialty|purpose|goals?|treatment plan|instructions|directions)\b",
        )
    },
    // Not a surgical candidate: no operation contemplated, no benefit from surgery, surgery declined, not being considered.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: CONDITION_OR_CLASS,
        ..row(
            NOT_SURGICAL_CANDIDATE,
            Reads::Finding,
            r"\bno (?:\w+ )?(?:surg\w*|operat\w*|procedure)s?\b (?:[\w-]+ ){0,4}(?:is|are|has been|have been|was|were) (?:\w+ )?(?:contemplated|planned|scheduled|considered|proposed|anticipated|pending)\b|\bnot (?:\w+ )?benefit from (?:\w+ ){0,2}(?:surg\w*|operat\w*)|\b(?:declined|refused|deferred|does not want|did not want|is not interested in|not interested in)\b (?:the |any |a |further )?(?:[\w-]+ ){0,3}(?:surg\w*|operat\w*|fusion|arthroscop\w*|arthroplast\w*|decompression|laminectomy|discectomy|microdiscectomy|replacement|reconstruction|release|repair)\b|\bwithout (?:any )?(?:indication|evidence|documentation)\b[^.;]{0,60}?\b(?:being|been) (?:considered|contemplated|planned|scheduled|evaluated) (?:for )?(?:an? |the )?(?:[\w-]+ ){0,2}(?:surg\w*|operat\w*|fusion|arthroscop\w*|arthroplast\w*|decompression|laminectomy|discectomy|microdiscectomy|replacement|reconstruction|release|repair)\b",
        )
    },
    // No functional improvement: no reported gains, nothing produced, only modest relief, scores unchanged, efficacy not shown.
    Rule {
        unless_before: GENERIC_BEFORE,
        // "have not been shown to have lasting benefit" is the evidence on
        // the treatment, not this worker's result.
        unless_within: r"\b(?:if|when|unless|until|whether|should|must|shown to|proven to|been shown)\b",
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\bno (?:reported|documented|objective|measurable|significant|meaningful|appreciable|sustained|further|additional|lasting|clear) (?:\w+ )?(?:gains?|benefit|improvement|progress)\b|\b(?:has|have|had|did|does) not (?:\w+ )?(?:produced|yielded|resulted in|led to|achieved|provided|shown|demonstrated)\b (?:\w+ ){0,3}(?:gains?|benefit|improvement|progress|relief|results)\b|\bonly (?:\w+ ){0,4}(?:modest|partial|temporary|transient|brief|short[- ]lived|minimal|slight|mild) (?:\w+ )?(?:relief|benefit|improvement)\b|\b(?:scores?|ratings?|levels?|measures?)\b (?:\w+ ){0,2}(?:remain|remained|remains|are|were|have been) (?:essentially |largely |virtually )?(?:unchanged|the same|static)\b|\b(?:does|do|did) not (?:demonstrate|show|establish|document) (?:the |any |an? )?(?:\w+ )?(?:efficacy|effectiveness|benefit|improvement|progress)\b|\bwithout (?:any )?(?:evidence|documentation|indication) (?:that|of) [^.;]{0,60}?\b(?:reduced|improved|increased|decreased|helped|relieved)\b",
        )
    },
    // No red flags: the neurologic examination, read over its qualifiers, normal.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: r"\b(?:if|when|unless|whether|abnormal)\b",
        ..row(
            NO_RED_FLAGS,
            Reads::Finding,
            r"\bneurolog\w* (?:exam\w*|status|findings|evaluation)\b[^.;]{0,60}?\b(?:is|was|were|are|remains?) (?:\w+ ){0,2}(?:unremarkable|normal|non-?focal|intact|benign|negative)\b",
        )
    },
    // Repeat study: symptoms unchanged since a study, a repeat redundant, nothing calling for repeating it.
    Rule {
        unless_within: r"\b(?:routinely|unless|if|when|should|reserved|patients|relief|injections?|blocks?)\b",
        ..row(
            REPEAT_STUDY,
            Reads::Finding,
            r"\b(?:MRIs?|CTs?|imaging|stud(?:y|ies)|EMGs?|NCVs?|NCSs?|EMG/NCV|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|ultrasounds?|audiograms?|polysomnograms?|labs?|laboratory|blood tests?|tests?)\b[^.;]{0,100}?\b(?:symptoms|presentation|condition|findings|exam\w*|clinical (?:picture|status|findings))\b (?:\w+ ){0,2}(?:have|has|are|is|remain|remains|remained) (?:not (?:\w+ )?(?:changed|progressed|worsened|evolved)|unchanged)\b|\b(?:MRIs?|CTs?|imaging|stud(?:y|ies)|EMGs?|NCVs?|NCSs?|EMG/NCV|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|ultrasounds?|audiograms?|polysomnograms?|labs?|laboratory|blood tests?|tests?)\b[^.;]{0,80}?\b(?:redundant|duplicative)\b|\b(?:redundant|duplicative)\b[^.;]{0,40}?\b(?:MRIs?|CTs?|imaging|stud(?:y|ies)|EMGs?|NCVs?|NCSs?|EMG/NCV|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|ultrasounds?|audiograms?|polysomnograms?|labs?|laboratory|blood tests?|tests?)\b|\b(?:had|underwent|obtained|completed)\b[^.;]{0,60}?\b(?:MRIs?|CTs?|imaging|stud(?:y|ies)|EMGs?|NCVs?|NCSs?|EMG/NCV|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|ultrasounds?|audiograms?|polysomnograms?|labs?|laboratory|blood tests?|tests?)\b[^.;]{0,100}?\b(?:no|not|nothing)\b[^.;]{0,40}?\b(?:worsening|change|progression|deterioration)\b|\b(?:no|nothing|not)\b[^.;]{0,80}?\b(?:call for|justify|justifies|warrant|warrants|necessitate|necessitates|require|requires)\b (?:\w+ ){0,2}(?:repeat\w*|re-?doing|redo)\b",
        )
    },
    // Home program: no reason it cannot be managed with the home program.
    Rule {
        unless_within: r"\b(?:if|when|unless)\b",
        ..row(
            HOME_PROGRAM,
            Reads::Finding,
            r"\b(?:no|nothing)\b[^.;]{0,80}?\b(?:cannot|can not|could not|unable to)\b (?:\w+ ){0,4}(?:with|through|by|via) (?:an? |the |his |her |their )?(?:[\w-]+ ){0,3}(?:home|self-?directed|independent)\b",
        )
    },
    // Precondition: no program with the device, no deficit the device would address, no condition requiring it.
    Rule {
        unless_within: r"\b(?:if|when|unless|patients|those|individuals|surg\w*|supervis\w*|skilled|formal)\b",
        ..row(
            PRECONDITION_ABSENT,
            Reads::Finding,
            r"\bwithout (?:any |an? )?(?:accompanying |concurrent |associated )?(?:program|participation|enrollment) (?:of|in)\b|\b(?:no|not|without)\b[^.;]{0,60}?\b(?:that|which) (?:an? |the )?(?:[\w-]+ ){0,2}(?:would|could|might) (?:address|treat|help|correct|relieve)\b|\bno (?:\w+ )?(?:condition|diagnosis|indication|deficit|impairment)s? (?:requiring|necessitating|warranting|that requires?|that would require|calling for)\b",
        )
    },
    // Not recommended: the guideline considers or regards the service investigational.
    Rule {
        unless_within: r"\b(?:if|when|unless|except|no longer)\b",
        ..row(
            NOT_RECOMMENDED,
            Reads::Guideline,
            r"\b(?:considers?|considered|deems?|deemed|regards?|regarded|classif\w*|lists?|listed|rates?|rated) (?:[\w-]+ ){0,8}?(?:investigational|experimental|unproven)\b",
        )
    },
    // Exceeds: the full duration the guidelines support already used, more than the guidelines allow.
    Rule {
        unless_before: EXCEEDS_BEFORE,
        ..row(
            EXCEEDS_GUIDELINE,
            Reads::Finding,
            r"\b(?:the )?(?:full|entire|whole|maximum|complete) (?:\w+ )?(?:duration|course|number|amount|quantity)\b (?:\w+ ){0,3}(?:the )?guidelines? (?:support|allow|recommend|permit)|\bmore than (?:the )?(?:[\w-]+ ){0,4}(?:the )?(?:guidelines?|MTUS|ODG|ACOEM) (?:allow|support|recommend|permit)",
        )
    },
    // Eighth rows, for wordings blind sets L and M showed (written in general forms).
    // Ancillary: what it goes with was denied, so it is also denied.
    Rule {
        unless_within: IF_WHEN,
        ..row(
            ANCILLARY,
            Reads::Finding,
            r"\b(?:surg\w*|procedures?|operations?|fusion|arthroscop\w*|arthroplast\w*|replacement|repair|reconstruction|decompression|release|laminectomy|discectomy|microdiscectomy|injections?|ESIs?|blocks?|ablation|implant\w*|stimulator|scope)\b (?:was |is |has been )?(?:denied|non-?certified|not certified)\b,? (?:so|and|therefore|thus|hence) [^.;]{0,60}?\balso (?:\w+ )?(?:denied|not|non-?certified)\b|\b(?:since|because|as|given that)\b (?:the )?(?:[\w-]+ ){0,4}?(?:was|were|is|are|has been|have been|having been) (?:denied|non-?certified|not (?:been )?(?:approved|certified|authorized|found (?:to be )?medically necessary)|(?:found|deemed|considered) not (?:to be )?(?:medically necessary|necessary|supported|indicated))\b[^.;]{0,100}?\b(?:also|either|likewise|similarly|in turn)\b",
        )
    },
    // Conservative care: none yet taken part in, no PT or drug trial, not unresponsive to it.
    Rule {
        // "takes no NSAIDs" is an acid reducer's precondition.
        unless_before: r"\b(?:if|when|unless|until|whether)\b[^.;]{0,60}$|\b(?:takes?|taking|uses?|using|on|receiving)\s+$",
        unless_within: CONDITION_OR_APPROVED,
        // "no physical therapy notes" are missing records, not care untried.
        unless_after: r"^\s*(?:notes?|records?|reports?|visits?|sessions?|documentation|progress|evaluations?)\b",
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:has|have|had) not (?:yet )?(?:participated in|undergone|had|received|tried|attempted|completed)\b (?:any |a |an )?(?:\w+ ){0,3}(?:therapy|PT|treatment|care|trial|course|injections?|medications?|NSAIDs?|exercises?)\b|\bno (?:formal |prior |previous )?(?:PT|physical therapy|NSAIDs?|NSAID trial|medication trial|trial of (?:PT|NSAIDs?|physical therapy|medications?))\b|\b(?:no|not|nor|without)\b[^.;]{0,60}?\b(?:unresponsive|refractory|resistant|failed to respond|did not respond) to\b|\bnot (?:\w+ ){0,6}?(?:tried|trialed|completed|had|undergone|received|attempted|given)\b[^.;]{0,100}?\b(?:before|prior to)\b (?:the |this |a |an |any )?(?:[\w-]+ ){0,3}?(?:proceed\w*|ablation|neurotomy|arthroscop\w*|fusion|decompression|surgery|request\w*|blocks?|injections?)\b",
        )
    },
    // Exceeds: in use for years where the guideline is for short-term use.
    row(
        EXCEEDS_GUIDELINE,
        Reads::Finding,
        r"\b(?:since (?:19|20)\d\d|for (?:over |more than |at least )?(?:\w+ )?(?:years?|months))\b[^.;]{0,100}?\bnot (?:recommended|indicated|supported) for (?:long[- ]term|chronic|prolonged|extended) use\b|\bnot (?:recommended|indicated|supported) for (?:long[- ]term|chronic|prolonged|extended) use\b[^.;]{0,100}?\b(?:since (?:19|20)\d\d|for (?:over |more than |at least )?(?:\w+ )?(?:years?|months))\b",
    ),
    // Home program: independent with the home exercises.
    Rule {
        unless_before: r"\b(?:not|no longer|if|when|unless|whether)\b(?: \w+){0,3}\s*$",
        ..row(
            HOME_PROGRAM,
            Reads::Finding,
            r"\bindependent (?:with|in) (?:(?:a|an|the|his|her|their) )?(?:home exercises?|home program|home exercise program|HEP|exercises?)\b",
        )
    },
    // Missing documentation: a detail not stated, or the request that does not say it.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: MISSING_NOT_FINDING,
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\b(?:body parts?|levels?|laterality|dosage|doses?|quantity|quantities|frequency|duration|strength|concentration|specialty|purpose|goals?|treatment plan|instructions|directions)\b not (?:stated|specified|provided|given|documented|indicated|listed|identified)\b|\b(?:this|the|the current) (?:request|prescription|order|submission) (?:does|did) not\W*$",
        )
    },
    // No functional improvement: no change in function over time, the same pain after treatment, efficacy not shown, no reduction followed.
    Rule {
        unless_before: GENERIC_BEFORE,
        unless_within: r"\b(?:if|when|unless|until|whether|should|must|studies|literature|trials|research|shown to|proven)\b",
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\bwithout (?:any )?(?:(?:documented|reported|objective|measurable|significant|meaningful) )*(?:change|improvement|gains?|benefit|reduction|decrease) in (?:[\w-]+ ){0,3}(?:symptoms|function\w*|pain|ADLs?|activit\w*)\b|\b(?:continue|continues|continued) to (?:record|show|document|report|note|describe) (?:the )?same\b|\b(?:despite|after|following)\b[^.;]{0,100}?\bthe same (?:[\w/-]+ ){0,2}(?:pain|VAS|range of motion|function\w*|limitations?|levels?|inability)\b|\bthe same (?:[\w/-]+ ){0,2}(?:pain|VAS|range of motion|function\w*|limitations?|levels?)\b[^.;]{0,60}?\b(?:after|despite|following|as before)\b|\b(?:efficacy|benefit|improvement|effectiveness|response)\b (?:(?:was|is|has been|have been) )?not (?:shown|demonstrated|documented|established|evident|seen)\b|\bnot (?:\w+ ){0,2}(?:followed by|accompanied by|associated with|resulted? in|led to|produced?) (?:an? |any )?(?:(?:documented|objective|measurable|significant|sustained) )*(?:reduction|decrease|improvement|gains?|benefit|relief)\b",
        )
    },
    // Not a surgical candidate: not a candidate for the named operation, no plan for it, not considering or wanting it, none under consideration.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: CONDITION_OR_CLASS,
        ..row(
            NOT_SURGICAL_CANDIDATE,
            Reads::Finding,
            r"\b(?:no|not|without)\b[^.;]{0,60}?\bcandidate for (?:an? |the )?(?:[\w-]+ ){0,3}(?:surg\w*|operat\w*|fusion|arthroscop\w*|arthroplast\w*|decompression|laminectomy|discectomy|microdiscectomy|replacement|reconstruction|release|repair|revision|hardware removal)\b|\bno (?:\w+ )?plans? (?:for|of|to) (?:[\w-]+ ){0,4}(?:surg\w*|operat\w*|fusion|arthroscop\w*|arthroplast\w*|decompression|laminectomy|discectomy|microdiscectomy|replacement|reconstruction|release|repair|revision|hardware removal)\b|\b(?:not|no)\b[^.;]{0,60}?\b(?:considering|contemplating|planning|pursuing|interested in)\b (?:\w+ ){0,5}(?:surg\w*|operat\w*)|\bnot (?:wanting|planning|considering|seeking|pursuing) (?:the |any |further )?(?:surg\w*|operat\w*)|\bno (?:\w+ )?(?:surg\w*|operative) (?:\w+ )?(?:intervention|treatment|procedure|option)s? (?:is |are )?(?:under consideration|being considered|contemplated|planned)\b",
        )
    },
    // Not recommended: described as of no proven benefit, studies that do not support it, guidance that does not favour it, not consistent with the guidelines.
    Rule {
        unless_within: CONDITION_OR_EXCEPT,
        unless_after: r"^[^.;]{0,80}\b(?:unless|except|in the absence|without)\b",
        ..row(
            NOT_RECOMMENDED,
            Reads::Guideline,
            r"\b(?:describes?|described|considers?|considered|regards?|regarded|rates?|rated) (?:\w+ ){0,3}as (?:having |being )?(?:no|little|limited|unproven|insufficient) (?:proven |demonstrated |established )?(?:benefit|efficacy|value|evidence|support)\b|\b(?:studies|evidence|literature|research|trials)\b (?:[\w-]+ ){0,4}(?:do|does|did) not support\b|\b(?:guidance|guidelines?|MTUS|ODG|ACOEM) (?:\w+ ){0,2}(?:do|does|did) not (?:favou?r|endorse|advocate|advise)\b|\bnot (?:consistent|in keeping|in accordance|compliant) with (?:the )?(?:\w+ ){0,3}(?:guidelines?|MTUS|ODG|ACOEM|recommendations)\b",
        )
    },
    // Precondition: no evidence of taking part in the program a device goes with.
    row(
        PRECONDITION_ABSENT,
        Reads::Finding,
        r"\bwithout (?:any )?(?:evidence|documentation|indication) of (?:\w+ )?(?:participation|enrollment|involvement) in\b",
    ),
    // Repeat study: the same findings described since a study, unchanged complaints since the prior one, no new symptoms since, nothing changed to justify another.
    Rule {
        unless_within: STUDY_CONDITION,
        ..row(
            REPEAT_STUDY,
            Reads::Finding,
            r"\b(?:MRIs?|MR arthrograms?|CTs?|imaging|stud(?:y|ies)|EMGs?|NCVs?|NCSs?|EMG/NCV|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|ultrasounds?|arthrograms?|audiograms?|polysomnograms?)\b[^.;]{0,100}?\bthe same (?:\w+ ){0,3}(?:symptoms|findings|complaints|examination|presentation)\b|\b(?:prior|previous|earlier|last) (?:[\w-]+ ){0,2}(?:MRIs?|MR arthrograms?|CTs?|imaging|stud(?:y|ies)|EMGs?|NCVs?|NCSs?|EMG/NCV|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|ultrasounds?|arthrograms?|audiograms?|polysomnograms?)\b[^.;]{0,120}?\b(?:unchanged|the same|not changed|no change)\b|\bno new (?:\w+ )?(?:sx|symptoms|findings|complaints|deficits|injury|trauma)\b[^.;]{0,20}?\bsince\b(?:\s*$| then\b| (?:the|that|this) (?:MRIs?|MR arthrograms?|CTs?|imaging|stud(?:y|ies)|EMGs?|NCVs?|NCSs?|EMG/NCV|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|ultrasounds?|arthrograms?|audiograms?|polysomnograms?))|\bnothing (?:has )?changed\b[^.;]{0,40}?\b(?:justify|warrant)\w* (?:a (?:second|third|fourth)|another|further|repeat\w*|redo)\b|\b(?:had|underwent|obtained|completed)\b[^.;]{0,60}?\b(?:MRIs?|MR arthrograms?|CTs?|imaging|stud(?:y|ies)|EMGs?|NCVs?|NCSs?|EMG/NCV|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|ultrasounds?|arthrograms?|audiograms?|polysomnograms?)\b[^.;]{0,100}?\bno new\b",
        )
    },
    // Results not yet known: completion of the authorized course not documented, its outcome not yet reported, a procedure just done, visits still remaining, an approved consult pending.
    Rule {
        unless_within: IF_WHEN,
        ..row(
            AWAITING_RESULTS,
            Reads::Finding,
            r"\bcompletion of (?:the )?(?:[\w-]+ ){0,3}(?:authorized|approved|certified)\b|\bnot yet (?:\w+ )?(?:report|document|show|describe|reflect)\w* (?:the )?(?:outcome|results?|response|effect)\b|\b(?:performed|done|administered|given|started|begun)\b (?:\w+ ){0,2}(?:last week|(?:only )?(?:one|two|three|\d+|a) (?:days?|weeks?) (?:ago|before|prior))\b|\bcannot yet be (?:assessed|evaluated|determined|known|judged)\b|\bno (?:\w+ ){0,4}(?:has|have) been (?:submitted|provided|received|documented) yet\b|\b(?:authorized|approved|certified)\b[^.;]{0,60}?\b(?:remaining|left|outstanding|unused|still available)\b|\b(?:remaining|unused) (?:\w+ ){0,2}(?:authorized|approved|certified)\b|\b(?:approved|authorized|certified) and (?:is |are )?(?:still )?(?:pending|awaited|scheduled|not yet (?:done|completed|performed))\b",
        )
    },
    // Ninth rows, for wordings blind sets N and O showed (written in general forms).
    // Results not yet known: the course started days ago, or days before this request.
    Rule {
        unless_before: r"\b(?:pain|symptoms?|injury|complaints?|problems?|it|they|condition|numbness|weakness)\s+(?:\w+\s+)?$",
        unless_within: IF_WHEN,
        ..row(
            AWAITING_RESULTS,
            Reads::Finding,
            r"\b(?:started|began|begun|initiated|commenced)\b (?:\w+ ){0,3}?(?:only )?(?:\w+ )?(?:days?|weeks?) (?:ago|before (?:this|the) request)\b",
        )
    },
    // ... visits attended of those certified, still within the authorized ones, visits left, the response pending or under way, notes yet to come.
    Rule {
        unless_within: IF_WHEN,
        ..row(
            AWAITING_RESULTS,
            Reads::Finding,
            r"\b(?:attended|completed|had|received|used) (?:only )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) of (?:the |her |his |their )?(?:\d+|\w+) (?:[\w-]+ ){0,2}?(?:authorized|approved|certified|sessions|visits|treatments)\b|\b(?:still )?within (?:the|an?|her|his|their) (?:[\w-]+ ){0,2}(?:authorized|approved|certified)\b|\b(?:remaining|left|unused|outstanding)\b (?:\w+ ){0,3}(?:authoriz\w*|approv\w*|certif\w*)|\b(?:report|results?|response|outcome)\b (?:\w+ ){0,3}(?:is|are) (?:still )?pending\b|\b(?:sessions?|visits?|therapy|treatments?|course|program|trial|block|injection)\b[^.;]{0,40}?\b(?:have|has) yet to be (?:received|submitted|provided|documented|reported)\b|\bbefore (?:any|a|the|its|their) (?:response|result|outcome|benefit|effect)s? (?:could|can|would|had) (?:be )?(?:\w+ )?(?:documented|assessed|known|seen|determined|evaluated)\b|\b(?:were|was|are|is) still (?:under ?way|in progress|ongoing|being (?:given|provided|performed))\b",
        )
    },
    // Conservative care: the only treatment so far, treated only with one thing, care that consisted of little, yet to be tried, still in its first weeks, before any course, therapy deferred.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: CONDITION_OR_APPROVED,
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:only|sole) (?:treatment|therapy|care)\b (?:\w+ ){0,3}(?:has been|was|is|consisted of|consists of)\b|\b(?:treated|managed)\b (?:\w+ ){0,2}(?:only|solely|exclusively) (?:with|by)\b|\b(?:treated|managed) with (?:[\w-]+ ){1,3}(?:alone|only)\b|\b(?:care|treatment|treatment history|management)\b (?:\w+ ){0,3}(?:has |have )?consist(?:ed|s) (?:only )?of (?:a single|one|two|three|an? )|\byet to (?:begin|start|receive|have|undergo|try)\b|\byet to be (?:tried|attempted|trialed|offered|given|started)\b|\b(?:in|within) the first (?:\w+ ){0,2}(?:weeks?|month) of (?:conservative|non-?operative|initial)\b|\bbefore (?:the |this )?(?:patient|claimant|worker|injured worker|employee|applicant|he|she) (?:has )?(?:completed|tried|attempted|undergone|had) (?:any|a|an)\b|\b(?:deferred|declined|refused|skipped) (?:\w+ ){0,2}(?:physical therapy|PT|therapy|injections?|medications?)\b|\b(?:has|have|had) not (?:yet )?completed (?:at least |a minimum of )?(?:[\w-]+ ){0,4}(?:weeks?|months?) of (?:conservative|non-?operative|first[- ]line)\b",
        )
    },
    // Exceeds: an ordinal visit or injection, a supply or rental of days, a total brought past the limit (compared by quantity.rs), in use since a year for a short course.
    row(
        EXCEEDS_GUIDELINE,
        Reads::Finding,
        r"\b(?:since (?:19|20)\d\d|for (?:over |more than |at least )?(?:\w+ )?(?:years?|months))\b[^.;]{0,100}?\b(?:short[- ]term|short course|brief course|limited course|acute use)\b|\b(?:short[- ]term|short course|brief course|limited course|acute use)\b[^.;]{0,100}?\b(?:since (?:19|20)\d\d|for (?:over |more than |at least )?(?:\w+ )?(?:years?|months))\b",
    ),
    // No functional improvement: pain still at its score, the same before and after, back to baseline, stayed the same, where it was, no improvement after, matches the first visit.
    Rule {
        unless_before: GENERIC_BEFORE,
        unless_within: CONDITION,
        unless_after: r"^[^.;]{0,40}\bsince (?:the |that |this )?(?:\w+ )?(?:MRI|CT|study|imaging|EMG|x-?ray|scan)",
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\b(?:VAS|pain(?: scores?| levels?| ratings?)?)\b (?:\w+ ){0,2}(?:remains?|remained|is still|was still|stayed|stays)\b (?:at )?(?:\d+(?:\.\d+)?/10|unchanged|the same|high|elevated|severe)\b|\bthe same before and after\b|\b(?:exactly |essentially )?as (?:they|it) (?:were|was) before\b|\breturned to (?:the |her |his )?baseline\b|\b(?:stayed|remained|remains|stays) (?:essentially |largely |virtually )?(?:the same|unchanged)\b|\b(?:where|what) (?:it|they|she|he) (?:was|were) (?:\w+ ){0,3}(?:ago|before)\b|\bno (?:documentation|evidence|indication)\b[^.;]{0,80}?\b(?:improved|increased|decreased|reduced|lessened)\b (?:after|with|following|from|since)\b|\bmatch(?:es|ed)? (?:that|those) (?:of|from|at) (?:the )?(?:first|initial|prior|previous|last|earlier|baseline)\b",
        )
    },
    // Not a surgical candidate: conservative care elected, no surgery wanted, the operation ruled out or deferred, to be managed without it, none scheduled, nowhere mentioned.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: CONDITION_OR_CLASS,
        ..row(
            NOT_SURGICAL_CANDIDATE,
            Reads::Finding,
            r"\b(?:elected|chose|chosen|opted|prefers?|preferred|wishes|wants?) (?:to )?(?:continue |pursue |remain )?(?:with )?(?:conservative|non-?operative|non-?surgical|medical) (?:care|treatment|management)\b|\bwants? no (?:\w+ )?(?:surg\w*|operat\w*)|\bwould (?:decline|refuse|not (?:want|consider|accept)) (?:\w+ )?(?:surg\w*|operat\w*|an operation)|\b(?:surg\w*|operat\w*|fusion|arthroscop\w*|arthroplast\w*|decompression|laminectomy|discectomy|\w+ectomy|\w+oplasty|replacement|reconstruction|release|repair|revision)\b (?:\w+ ){0,4}?(?:ruled out|deferred|deferring|declined|rejected)\b|\b(?:ruled out|deferring|rejected) (?:the |a |any )?(?:[\w-]+ ){0,2}(?:surg\w*|operat\w*|fusion|arthroscop\w*|arthroplast\w*|decompression|laminectomy|discectomy|\w+ectomy|\w+oplasty|replacement|reconstruction|release|repair|revision)\b|\b(?:should|will|would|to|is being|are being|continue to) be (?:\w+ ){0,2}?(?:managed|treated|handled) (?:\w+ ){0,2}?(?:non-?operatively|non-?surgically|conservatively|medically|without surgery)\b|\bnon-?(?:surgical|operative) (?:care|management|treatment) (?:was |is |being )?(?:recommended|advised|planned|continued)\b|\bscheduled for no\b|\b(?:surg\w*|operat\w*)\b[^.;]{0,40}?\b(?:appears?|is mentioned|mentioned) nowhere\b",
        )
    },
    // Precondition: gait steady and unassisted, swallowing without difficulty, mood calm, taking no NSAIDs, the first medication tried, nothing done alongside the device, approved only for another condition.
    Rule {
        unless_within: CONDITION_OR_PATIENTS,
        ..row(
            PRECONDITION_ABSENT,
            Reads::Finding,
            r"\b(?:gait|ambulat\w*|walks?|walking|transfers?)\b[^.;]{0,40}?\b(?:steady|unassisted|independent(?:ly)?|without (?:an? )?(?:assistive device|assistance|aid|difficulty))\b|\bswallow\w* (?:\w+ ){0,2}without (?:difficulty|problems?|trouble)\b|\b(?:mood|affect)\b (?:is |was |are )?(?:\w+ ){0,3}?(?:euthymic|calm)\b|\b(?:takes?|taking|uses?|using|on) no (?:NSAIDs?|anti-?inflammator\w*|aspirin|anticoagulants?|steroids?|opioids?)\b|\bas (?:the )?first (?:medication|drug|agent|treatment)\b|\b(?:no|without)\b (?:\w+ ){0,4}(?:alongside|in conjunction with|together with|along with|in combination with)\b|\b(?:FDA[- ])?(?:approved|indicated) only for\b",
        )
    },
    // Not recommended: outside what the guideline supports, without guideline support, listed as under study, unsupported by the evidence, advised against.
    Rule {
        unless_before: r"\b(?:surgeon|physician|doctor|provider|consultant|specialist|orthop\w*|neurosurg\w*|consultation|evaluation|report|note)\b[^.;]{0,80}$",
        unless_within: CONDITION_OR_EXCEPT,
        // "advise against exceeding 120 mg ... without review" is a limit
        // and its condition.
        unless_after: r"^[^.;]{0,80}\b(?:unless|except|in the absence|without)\b|^\s*(?:exceeding|going beyond|using more|more than)\b",
        ..row(
            NOT_RECOMMENDED,
            Reads::Guideline,
            r"\b(?:falls?|lies|is|are|places? (?:\w+ ){0,2}) outside (?:of )?(?:what|the (?:scope|range) of|recommended|guideline)|\b(?:lacks?|without|has no|have no) (?:\w+ )?(?:guideline|evidence(?:-based)?|MTUS|ODG|ACOEM) support\b|\bas (?:\w+ )?(?:under study|unsupported|unproven|investigational|experimental)\b|\bunsupported by (?:the )?(?:\w+ )?(?:evidence|guidelines?|literature|MTUS|ODG|ACOEM)\b|\b(?:advises?|advised|cautions?|cautioned|counsels?) against\b|\b(?:FDA[- ])?approved only for\b",
        )
    },
    // Repeat study: a third study, several already obtained, one repeating another, findings stable, no change since then, nothing new since the prior imaging.
    Rule {
        unless_within: STUDY_CONDITION,
        ..row(
            REPEAT_STUDY,
            Reads::Finding,
            r"\b(?:third|fourth|fifth|3rd|4th|5th) (?:[\w-]+ ){0,2}(?:MRIs?|MR arthrograms?|CTs?|CT scans?|imaging|stud(?:y|ies)|EMGs?|NCVs?|NCSs?|EMG/NCV|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|ultrasounds?|arthrograms?|audiograms?|polysomnograms?)\b|\b(?:two|three|four|several|multiple|\d+) (?:[\w-]+ ){0,2}(?:MRIs?|MR arthrograms?|CTs?|CT scans?|imaging|stud(?:y|ies)|EMGs?|NCVs?|NCSs?|EMG/NCV|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|ultrasounds?|arthrograms?|audiograms?|polysomnograms?)\b (?:\w+ ){0,3}(?:already|previously|since|in the past|were obtained)\b|\brepeats? (?:the|a|an) (?:\w+ ){0,3}(?:one|MRIs?|MR arthrograms?|CTs?|CT scans?|imaging|stud(?:y|ies)|EMGs?|NCVs?|NCSs?|EMG/NCV|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|ultrasounds?|arthrograms?|audiograms?|polysomnograms?)\b (?:\w+ ){0,3}(?:done|performed|obtained)\b|\b(?:MRIs?|MR arthrograms?|CTs?|CT scans?|imaging|stud(?:y|ies)|EMGs?|NCVs?|NCSs?|EMG/NCV|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|ultrasounds?|arthrograms?|audiograms?|polysomnograms?)\b[^.;]{0,80}?\b(?:have|has) been stable\b|\bno (?:\w+ )?change in (?:\w+ ){0,4}since (?:then|that (?:time|study)|the (?:prior|previous|last) (?:[\w-]+ )?(?:MRIs?|MR arthrograms?|CTs?|CT scans?|imaging|stud(?:y|ies)|EMGs?|NCVs?|NCSs?|EMG/NCV|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|ultrasounds?|arthrograms?|audiograms?|polysomnograms?))\b|\b(?:no|nothing|not)\b[^.;]{0,60}?\bnew (?:injury|trauma|findings?|symptoms?|complaints?)\b[^.;]{0,30}?\bsince (?:the )?(?:prior|previous|last|earlier|\d{4})\b",
        )
    },
    // Ancillary: it falls with the procedure, goes with or accompanies one that is not certified, or was requested for a surgery itself not certified.
    Rule {
        unless_within: IF_WHEN,
        ..row(
            ANCILLARY,
            Reads::Finding,
            r"\bfalls? with (?:it|them|the (?:\w+ ){0,2}(?:procedure|surgery|injection|request))\b|\b(?:accompan\w*|goes with|go with|attached to|tied to|part of|associated with) (?:an? |the )?(?:[\w-]+ ){0,4}(?:surg\w*|procedures?|operations?|fusion|arthroscop\w*|arthroplast\w*|replacement|repair|reconstruction|decompression|release|laminectomy|discectomy|microdiscectomy|\w+ectomy|\w+oplasty|injections?|ESIs?|epidurals?|blocks?|ablation|implant\w*|stimulator)\b,? (?:that|which|whose)\b[^.;]{0,60}?\b(?:not (?:\w+ )?(?:medically necessary|certified|approved|supported|indicated)|non-?certifi\w*|denied|upholds?)\b|\bfor (?:an? |the )(?:[\w-]+ ){0,2}(?:surg\w*|procedures?|operations?|fusion|arthroscop\w*|arthroplast\w*|replacement|repair|reconstruction|decompression|release|laminectomy|discectomy|microdiscectomy|\w+ectomy|\w+oplasty|injections?|ESIs?|epidurals?|blocks?|ablation|implant\w*|stimulator)\b (?:that|which) (?:was|is|has been) (?:itself |also )?(?:not (?:been )?certified|non-?certified|denied|not (?:medically necessary|approved))\b|\b(?:requested|proposed|planned) (?:[\w-]+ ){0,2}(?:surg\w*|procedures?|operations?|fusion|arthroscop\w*|arthroplast\w*|replacement|repair|reconstruction|decompression|release|laminectomy|discectomy|microdiscectomy|\w+ectomy|\w+oplasty|injections?|ESIs?|epidurals?|blocks?|ablation|implant\w*|stimulator)\b (?:was|has been|is) (?:not (?:been )?certified|non-?certified|denied)\b,? (?:and|so|therefore)\b",
        )
    },
    // Missing documentation: a detail left blank, left out or omitted, nothing that explains it, records that do not reflect the current status or consist of one form.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: MISSING_NOT_FINDING,
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\b(?:body parts?|levels?|laterality|dosage|doses?|quantity|quantities|frequency|duration|strength|concentration|specialty|purpose|goals?|treatment plan|instructions|directions|number of \w+)\b[^.;]{0,40}?\bleft blank\b|\bleaves? out\b (?:the )?(?:body parts?|levels?|laterality|dosage|doses?|quantity|quantities|frequency|duration|strength|concentration|specialty|purpose|goals?|treatment plan|instructions|directions|number of \w+)|\bomits? (?:the |any )?(?:body parts?|levels?|laterality|dosage|doses?|quantity|quantities|frequency|duration|strength|concentration|specialty|purpose|goals?|treatment plan|instructions|directions|number of \w+)|\bwithout (?:indicating|specifying|stating|identifying|saying) (?:whether|which|what|how|the)\b|\bnothing (?:in|on) (?:the )?(?:\w+ ){0,2}(?:explains?|states?|indicates?|specifies?|says?)\b|\b(?:do|does) not reflect (?:the )?(?:patient's |claimant's |worker's |current )?(?:current )?(?:status|condition|presentation)\b|\b(?:records?|documentation|submission)\b (?:\w+ ){0,2}consists? (?:only )?of (?:a single|one|only)\b|\bleft out of\b",
        )
    },
    // No red flags: uncorroborated or non-dermatomal symptoms, nothing on examination to support them, symmetric reflexes.
    Rule {
        unless_within: IF_WHEN,
        ..row(
            NO_RED_FLAGS,
            Reads::Finding,
            r"\buncorroborated\b|\bnothing (?:on|in) (?:the )?(?:exam\w*|physical exam\w*) to (?:corroborate|support|confirm)\b|\bnon-?dermatomal\b|\breflexes (?:are |were )?(?:\d\+ and )?symmetric(?:al)?\b",
        )
    },
    // Tenth rows, for wordings blind sets P and Q showed (written in general forms).
    // Ancillary: the procedure itself not necessary, the item following a denial, or denied elsewhere in this review.
    Rule {
        unless_within: IF_WHEN,
        ..row(
            ANCILLARY,
            Reads::Finding,
            r"\b(?:itself|themselves)\b (?:was|were|is|are|has been|have been) (?:found |deemed |also )?(?:not (?:medically necessary|certified|approved|supported)|non-?certified|denied)\b|^\W*(?:therefore|thus|consequently|accordingly|hence),? (?:the )?(?:associated|accompanying|related|ancillary|concurrent)\b[^.;]{0,60}?\b(?:is|are) not\b|^\W*(?:therefore|thus|consequently|accordingly|hence),? (?:the )?(?:post-?operative|pre-?operative|peri-?operative|post-?surgical)\b[^.;]{0,60}?\b(?:is|are) (?:also|likewise) not\b|\b(?:denied|non-?certifi\w*|not (?:medically necessary|certified|approved)|does not certify|upheld|denial)\b[^.;]{0,60}?\b(?:above|earlier in this (?:review|decision|determination)|in (?:item \d+|the (?:first|second|previous|preceding|item above)|this (?:same )?(?:review|decision|determination)))\b",
        )
    },
    // Conservative care: lower levels of care not exhausted, neither tried, before any first treatment, medication alone, the same visit as the diagnosis, in the first weeks of the first course.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: r"\b(?:patients|those|if|when|unless|whether)\b",
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:lower|lesser) levels? of care\b[^.;]{0,40}?\bnot (?:been )?(?:exhausted|tried|attempted|completed)\b|\b(?:has|have) (?:had|tried|received|undergone|attempted) neither\b|\bbefore any\b (?:[\w-]+ ){0,3}(?:splint\w*|injections?|therapy|PT|medications?|trial|conservative|treatment|bracing)\b|\bas the only (?:treatment|therapy|care)\b|\b(?:only|sole) (?:treatment|therapy|care)\b[^.;]{0,80}?\b(?:has been|was|is|consisted of|consists of)\b|\b(?:medications?|medication management|rest|NSAIDs?|analgesics|ice) (?:\w+ )?(?:alone|only)\b|\b(?:in|on|at|during) (?:the|that) same (?:week|month|visit|day)\b[^.;]{0,60}?\b(?:first|diagnos\w*|began|reported|prescribed|started)\b|\b(?:requested|recommended|scheduled|ordered)\b (?:\w+ ){0,3}(?:in|on|at) (?:the|that) same (?:week|month|visit|day)\b|\bin the (?:first|second|third) weeks? of (?:the |an? )?(?:initial |first )?(?:course|trial)\b",
        )
    },
    // Home program: exercising on one's own, doing the home program daily.
    Rule {
        unless_before: r"\b(?:not|no longer|never|unable|cannot|if|when|unless|whether)\b(?: \w+){0,4}\s*$",
        unless_within: r"\b(?:not|unable|cannot|if|when|unless)\b",
        ..row(
            HOME_PROGRAM,
            Reads::Finding,
            r"\bexercises? (?:\w+ ){0,4}(?:on (?:his|her|their) own|independently|at home)\b|\b(?:does|do|performs?|completes?|continues|keeps? (?:up|to)|follows?|doing|performing) (?:the |her |his |their )?(?:[\w-]+ ){0,2}(?:home (?:exercise )?program|HEP|home exercises?|exercise (?:program|routine)|stretching routine)\b",
        )
    },
    // Missing documentation: only a page available, none of the details given, the last report long before the request, a field left blank, a report never sent.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: MISSING_NOT_FINDING,
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\bonly (?:the )?(?:[\w-]+ ){0,6}(?:was|were) (?:available|provided|submitted|included)\b|\bprovides? none of\b|\b(?:most recent|latest|last) (?:[\w-]+ ){0,3}(?:reports?|notes?|records?|evaluations?)\b[^.;]{0,60}?\b(?:years?|months?) (?:before|prior to|earlier than) (?:the|this) (?:request|review|date)\b|\b(?:field|fields|box|section|line|quantity|form)\b[^.;]{0,40}?\b(?:blank|empty|TBD)\b|\bleaves? (?:the )?(?:[\w-]+ ){0,4}(?:blank|empty)\b|\bnames? neither\b|\b(?:were|was) never (?:sent|submitted|provided)\b",
        )
    },
    // No functional improvement: no improvement after the visits, only a small percent of relief, still off work, no word of the device's effect.
    Rule {
        unless_before: GENERIC_BEFORE,
        unless_within: CONDITION,
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\b(?:absence|lack) of (?:any |objective |functional |measurable |documented )*(?:improvement|benefit|progress|gains?)\b|\bonly (?:about |approximately )?\d{1,2}% (?:\w+ )?(?:relief|improvement|reduction)\b|\b(?:remains?|remained|still) (?:on |off )?(?:temporary total disability|TTD|off work|totally disabled)\b|\bno (?:description|documentation|mention|report|record) of (?:its|their|the) (?:effect|benefit|response|impact|efficacy)\b",
        )
    },
    // No red flags: an examination that shows only minor findings, symptoms limited to axial pain, no radiation.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: IF_WHEN,
        ..row(
            NO_RED_FLAGS,
            Reads::Finding,
            r"\b(?:exam\w*|findings?)\b (?:\w+ ){0,3}(?:showed|shows|revealed|reveals|documented|documents|records?|recorded|notes?|noted) only\b|\b(?:limited|confined|restricted) to (?:\w+ ){0,2}(?:axial|localized|local)\b|\bwithout radiation\b|\bnon-?radiating\b",
        )
    },
    // Precondition: a trial required and none done, no such program or condition.
    Rule {
        unless_within: CONDITION_OR_PATIENTS,
        ..row(
            PRECONDITION_ABSENT,
            Reads::Finding,
            r"\brequires? (?:a |an )?(?:successful )?(?:[\w-]+ ){0,2}trial\b[^.;]{0,60}?\b(?:no|not|without)\b|\bno such (?:program|trial|condition|diagnosis|finding|symptoms?|indication|complaints?)\b",
        )
    },
    // Repeat study: symptoms the same as before the study, several studies already had, a duplicate study.
    Rule {
        unless_within: STUDY_CONDITION,
        ..row(
            REPEAT_STUDY,
            Reads::Finding,
            r"\bthe same as (?:those |that |what )?(?:\w+ ){0,3}(?:before|at the time of|prior to|during)\b[^.;]{0,40}?\b(?:MRIs?|MR arthrograms?|CTs?|CT scans?|imaging|stud(?:y|ies)|EMGs?|NCVs?|NCSs?|EMG/NCV|electrodiagnostic\w*|nerve conduction stud(?:y|ies)|x-?rays?|radiographs?|films|scans?|ultrasounds?|arthrograms?|audiograms?|polysomnograms?)\b|\b(?:already|previously) (?:had|undergone|obtained|received) (?:two|three|four|several|multiple|\d+) (?:[\w-]+ ){0,2}(?:MRIs?|MR arthrograms?|CTs?|CT scans?|imaging|stud(?:y|ies)|EMGs?|NCVs?|NCSs?|EMG/NCV|electrodiagnostic\w*|nerve conduction stud(?:y|ies)|x-?rays?|radiographs?|films|scans?|ultrasounds?|arthrograms?|audiograms?|polysomnograms?)\b|\bwould (?:\w+ )?duplicate (?:\w+ ){0,3}(?:MRIs?|MR arthrograms?|CTs?|CT scans?|imaging|stud(?:y|ies)|EMGs?|NCVs?|NCSs?|EMG/NCV|electrodiagnostic\w*|nerve conduction stud(?:y|ies)|x-?rays?|radiographs?|films|scans?|ultrasounds?|arthrograms?|audiograms?|polysomnograms?)\b",
        )
    },
    // Results not yet known: only the first week attended, sessions of the authorized course remaining.
    Rule {
        unless_within: IF_WHEN,
        ..row(
            AWAITING_RESULTS,
            Reads::Finding,
            r"\battended only (?:the )?(?:first|\w+) (?:weeks?|sessions?|visits?)\b|\b(?:remaining|left|unused) (?:\w+ ){0,5}(?:authoriz\w*|approv\w*|certif\w*)",
        )
    },
    // Eleventh rows, for wordings blind sets R and S showed (written in general forms).
    // Ancillary: in any case, or but, the procedure it goes with was denied.
    Rule {
        unless_within: IF_WHEN,
        ..row(
            ANCILLARY,
            Reads::Finding,
            r"\b(?:in any case|in any event|but|however|and)\b,? (?:the )?(?:[\w-]+ ){0,3}(?:surg\w*|procedures?|operations?|fusion|arthroscop\w*|arthroplast\w*|replacement|repair|reconstruction|decompression|release|laminectomy|discectomy|\w+ectomy|\w+oplasty|transposition|injections?|ESIs?|epidurals?|blocks?|ablation|implant\w*)\b (?:has been|was|is|had been) (?:denied|non-?certified|not (?:certified|approved))\b",
        )
    },
    // Conservative care: absent documented failure, consisting only of a little, not attempted, not treated first, injured only weeks ago, not tried either.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: CONDITION_OR_APPROVED,
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:absent|absence of|without)\b (?:any |a )?(?:documented |evidence of )?(?:failure|failed)\b|\babsent (?:\w+ ){0,3}evidence that\b[^.;]{0,60}?\bfailed\b|\b(?:absence|absent|without)\b[^.;]{0,80}?\b(?:documented )?failure of (?:\w+ ){0,2}(?:conservative|first[- ]line|less invasive|lower[- ]level)\b|\b(?:conservative (?:care|treatment|management)|treatment)\b (?:has )?consisted of only\b|\b(?:have|has) not been (?:attempted|tried|trialed|undertaken|offered)\b|\b(?:not|no)\b[^.;]{0,60}?\b(?:treated|managed) with\b[^.;]{0,60}?\bbefore\b|\binjured only (?:\w+ ){0,2}(?:days?|weeks?) ago\b|\bonly (?:\w+ )(?:days?|weeks?) (?:after|since) (?:the )?(?:injury|onset)\b|\b(?:no|not)\b[^.;]{0,60}?\b(?:tried|received|had|taken) either\b",
        )
    },
    // Exceeds: not supported beyond a number, longer or more than the guideline, at its maximum already.
    Rule {
        unless_before: EXCEEDS_BEFORE,
        ..row(
            EXCEEDS_GUIDELINE,
            Reads::Finding,
            r"\b(?:do|does|did) not (?:support|recommend|allow) (?:treatment |care |use )?(?:more than|beyond|over|in excess of)\b|\b(?:longer|more|greater) than (?:the )?(?:[\w-]+ ){0,5}(?:that )?(?:the )?(?:ODG|MTUS|ACOEM|guidelines?)\b|\bthe maximum (?:\w+ ){0,3}(?:guidelines?|ODG|MTUS|ACOEM) (?:recommends?|allows?|supports?|permits?)\b",
        )
    },
    // Home program: exercising independently at a gym, no reason given why home exercise cannot be done.
    Rule {
        unless_before: r"\b(?:not|no longer|never|unable|cannot|if|when|unless|whether)\b(?: \w+){0,4}\s*$",
        unless_within: r"\b(?:if|when|unless)\b",
        ..row(
            HOME_PROGRAM,
            Reads::Finding,
            r"\bexercis\w* (?:\w+ ){0,3}(?:independently|on (?:his|her|their) own|at (?:home|his gym|her gym|a gym|the gym))\b|\bno (?:\w+ )?(?:explanation|reason|rationale)\b[^.;]{0,40}?\bwhy\b[^.;]{0,60}?\bhome\b",
        )
    },
    // Missing documentation: without a documented detail.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: MISSING_NOT_FINDING,
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\bwithout (?:a |an |any )?(?:documented |specified |stated )(?:body parts?|levels?|laterality|dosage|doses?|quantity|frequency|duration|strength|concentration|specialty|purpose|goals?|treatment plan)\b",
        )
    },
    // No functional improvement: absent improvement in pain or function, still temporarily totally disabled, the same as at the start, improvement none, unchanged from intake, pain at the same intensity, efficacy argued against.
    Rule {
        unless_before: GENERIC_BEFORE,
        unless_within: CONDITION,
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\b(?:absent|in the absence of|without)\b (?:any )?(?:reported |documented |objective |measurable )?(?:improvement|benefit|reduction|gains?) in (?:pain|function)|\b(?:remains?|remained|still) (?:temporarily totally disabled|on temporary total disability)\b|\bthe same as (?:at |on |in |during )?(?:the )?(?:initial|first|prior|previous|baseline|intake|original)\b|\b(?:improvement|benefit|gains?|progress)\b[^.;]{0,80}?\bshow(?:s|ed)? none\b|\b(?:essentially |largely |virtually )?unchanged from (?:the )?(?:intake|initial|baseline|prior|previous|first|original)\b|\b(?:pain|symptoms?|scores?|ratings?|complaints?|remains?|remained|continues?|continued|persists?|persisted)\b[^.;]{0,40}?\bat the same (?:intensity|level|severity)\b|\bargues? against (?:the |its )?(?:efficacy|effectiveness|benefit)\b",
        )
    },
    // Not a surgical candidate: absent a surgical plan, no discussion of surgery.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: CONDITION_OR_CLASS,
        ..row(
            NOT_SURGICAL_CANDIDATE,
            Reads::Finding,
            r"\b(?:absent|absence of|without) (?:any |a )?(?:plans?|intention|consideration) (?:for|of) (?:\w+ )?(?:surg\w*|operat\w*)|\b(?:absence of|absent|without|no) (?:any )?(?:surgical|operative) plans?\b|\bno (?:discussion|mention|consideration) of (?:\w+ )?(?:surg\w*|operat\w*)",
        )
    },
    // Not recommended: absent guideline support, not shown to have benefit.
    Rule {
        unless_within: CONDITION_OR_EXCEPT,
        unless_after: r"^[^.;]{0,60}?\bbeyond the (?:acute|initial|early)\b",
        ..row(
            NOT_RECOMMENDED,
            Reads::Guideline,
            r"\b(?:absent|in the absence of) (?:any )?guideline support\b|\b(?:have|has) not been shown to (?:have|provide|produce|be|improve|reduce)\b",
        )
    },
    // Precondition: not until the trial is done, no use with an exercise program.
    Rule {
        unless_within: CONDITION_OR_PATIENTS,
        ..row(
            PRECONDITION_ABSENT,
            Reads::Finding,
            r"\buntil (?:the )?(?:[\w-]+ ){0,3}trial\b|\b(?:no|not|without)\b[^.;]{0,60}?\b(?:used|use) (?:with|in conjunction with|alongside|as an adjunct to) (?:an? |the )?(?:\w+ ){0,2}(?:exercise|rehabilitation|restoration|therapy) program\b",
        )
    },
    // Repeat study: a study done in a year past with nothing new, from last year with no interval change.
    Rule {
        unless_within: STUDY_CONDITION,
        ..row(
            REPEAT_STUDY,
            Reads::Finding,
            r"\b(?:MRIs?|MR arthrograms?|CTs?|CT scans?|imaging|stud(?:y|ies)|EMGs?|NCVs?|NCSs?|EMG/NCV|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|ultrasounds?|arthrograms?|audiograms?|polysomnograms?)\b[^.;]{0,60}?\b(?:was|were) (?:done|performed|obtained|completed) in (?:\w+ )?(?:19|20)\d\d\b[^.;]{0,60}?\b(?:no new|no change|unchanged|no interval)\b|\b(?:MRIs?|MR arthrograms?|CTs?|CT scans?|imaging|stud(?:y|ies)|EMGs?|NCVs?|NCSs?|EMG/NCV|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|ultrasounds?|arthrograms?|audiograms?|polysomnograms?)\b (?:\w+ ){0,2}from (?:last year|(?:19|20)\d\d)\b[^.;]{0,120}?\bno (?:interval|new)\b",
        )
    },
    // Results not yet known: started at the last visit, its effect not yet evaluated, results of a course under way absent, the response not yet reported, until the trial is complete.
    Rule {
        unless_within: IF_WHEN,
        ..row(
            AWAITING_RESULTS,
            Reads::Finding,
            r"\bstarted (?:at|on|during) the (?:last|most recent|prior) (?:visit|appointment)\b|\b(?:effect|response|results?|outcome)\b (?:\w+ ){0,3}(?:has|have) not yet been (?:evaluated|assessed|determined|documented|seen|known)\b|\b(?:absence of|without) (?:the )?(?:results?|outcomes?|response) (?:of|from|to) (?:the )?(?:[\w-]+ ){0,4}(?:currently|still|now) (?:under ?way|in progress|ongoing)\b|\b(?:the )?(?:response|outcome|effect)\b (?:\w+ ){0,3}(?:has|have) not (?:yet )?been (?:reported|documented|provided|known|assessed)\b|\buntil (?:the )?(?:[\w-]+ ){0,4}(?:trial|course|program|sessions|visits)\b[^.;]{0,60}?\b(?:completed|finished|documented)\b",
        )
    },
    // Twelfth rows, for wordings blind sets T and U showed (written in general forms).
    // Ancillary: the procedure it was ordered for not certified, one this review did not find necessary, requested with it, the underlying one not necessary, itself not authorized.
    Rule {
        unless_within: IF_WHEN,
        ..row(
            ANCILLARY,
            Reads::Finding,
            r"\bfor which (?:it|they) (?:was|were) (?:ordered|requested)\b[^.;]{0,40}?\b(?:has not been certified|not (?:been )?(?:certified|approved|authorized|found medically necessary)|not medically necessary|non-?certified|denied)\b|\b(?:which|that) this (?:review|reviewer|decision) (?:did not|does not) (?:find|certify|approve|uphold)\b|\brequested with (?:it|them)\b[^.;]{0,30}?\b(?:is|are) (?:also |likewise )?not\b|\b(?:underlying|primary|index) (?:[\w-]+ ){0,3}(?:surg\w*|procedures?|operations?|fusion|arthroscop\w*|arthroplast\w*|replacement|repair|reconstruction|decompression|release|laminectomy|discectomy|\w+ectomy|\w+oplasty|transposition|injections?|ESIs?|epidurals?|blocks?|ablation|implant\w*)\b (?:is|was|has been) not (?:medically necessary|certified|approved|authorized)\b|\b(?:itself|themselves)\b (?:has|have) not been (?:authorized|certified|approved|found medically necessary)\b",
        )
    },
    // Conservative care: still improving with it, its failure not shown, nothing showing it attempted first, short of the required weeks, lower levels not exhausted, no prior treatment, straight to surgery, begun only weeks before, sleep hygiene not described.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: CONDITION_OR_APPROVED,
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\bstill improving\b|\bfailure of (?:[\w-]+ ){0,6}(?:conservative|first[- ]line)\b[^.;]{0,40}?\bnot (?:been )?(?:shown|documented|established|demonstrated)\b|\bnothing\b[^.;]{0,80}?\b(?:attempted|tried|trialed|underwent|received|completed)\b[^.;]{0,80}?\bbefore\b|\bshort of (?:the )?(?:[\w-]+ ){0,6}(?:weeks?|months?|visits?|sessions?) of (?:\w+ ){0,2}(?:conservative|therapy|care|treatment)\b|\bnot (?:\w+ ){0,4}exhausted (?:\w+ ){0,2}(?:lower|lesser|less invasive|conservative|first[- ]line)\b|\bno prior (?:treatment|therapy|care)\b|\b(?:not|no) (?:describe|document|record|show)\w* any prior (?:treatment|therapy|care)\b|\bproceed\w* directly to\b|\bwithout any (?:record|documentation|trial) of (?:\w+ ){0,3}(?:bracing|therapy|PT|injections?|medications?|NSAIDs?|splinting|conservative)\b|\bbegan (?:\w+ ){0,3}(?:treatment|therapy|care) only (?:\w+ ){0,2}(?:days?|weeks?) (?:before|ago)\b|\bsleep hygiene\b[^.;]{0,60}?\bnot (?:described|documented|tried|attempted|addressed)\b",
        )
    },
    // Exceeds: twice the ceiling, well outside the period, the allowance already passed.
    Rule {
        unless_before: EXCEEDS_BEFORE,
        ..row(
            EXCEEDS_GUIDELINE,
            Reads::Finding,
            r"\b(?:twice|double|triple|\w+ times) the (?:\d+ )?(?:mg )?(?:\w+ )?(?:ceiling|limit|maximum|cap|threshold)\b|\bwell outside\b|\boutside the (?:[\w-]+ ){0,3}(?:period|window|time ?frame|allowance)\b|\b(?:passed|surpassed|reached|used up|exhausted) the (?:guideline'?s? )?(?:allowance|limit|maximum|number)\b",
        )
    },
    // Home program: the home program not shown ineffective, independence with it, an adequate substitute for supervised care, deficits a home routine can address or maintain.
    Rule {
        unless_before: r"\b(?:if|when|unless|whether)\b[^.;]{0,60}$",
        unless_within: r"\b(?:if|when|unless)\b",
        ..row(
            HOME_PROGRAM,
            Reads::Finding,
            r"\bhome (?:exercise )?(?:program|exercises?|HEP|regimen)\b (?:\w+ ){0,3}(?:has|have) not been (?:shown|documented|demonstrated) to be (?:ineffective|insufficient|inadequate|unsuccessful)\b|\bindependence (?:with|in) (?:(?:a|an|the|his|her|their) )?(?:home exercises?|home program|home exercise program|HEP|exercises?)\b|\b(?:adequate|sufficient|appropriate) (?:continuation|substitute|alternative|replacement)\b|\bin place of (?:further |continued |additional )?(?:supervised|formal|work conditioning|therapy|PT)\b|\b(?:deficits?|limitations?|impairments?)\b (?:\w+ ){0,2}(?:an? |the )?home (?:[\w-]+ ){0,2}(?:routine|program|exercises?) can (?:address|manage|treat|handle)\b|\bhome (?:[\w-]+ ){0,2}(?:program|routine|exercises?)\b (?:that |which )?can (?:maintain|preserve|sustain|continue)\b",
        )
    },
    // Missing documentation: neither detail listed, the condition at the time unknown, records that end long before, illegible notes.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: MISSING_NOT_FINDING,
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\b(?:lists?|states?|specifies|specify|gives?|provides?|includes?) neither\b|\b(?:condition|status|presentation)\b (?:\w+ ){0,6}(?:is|remains) unknown\b|\b(?:records?|notes) (?:\w+ )?(?:submitted |provided )?end (?:with|in|at)\b|\billegible\b",
        )
    },
    // No functional improvement: no gain in strength or motion, no account of the device's effect, the same score, the same as before treatment, no improvement from the prior visits.
    Rule {
        unless_before: GENERIC_BEFORE,
        unless_within: CONDITION,
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\bno (?:\w+ )?(?:gain|improvement|increase|change) in (?:[\w-]+ ){0,2}(?:strength|grip|range|motion|ROM|tolerance|endurance|capacity)\b|\bno account of (?:the |its |their |any )?(?:(?:[\w-]+'s|device|drug|medication|treatment|therapy|injection|unit|program|functional|clinical) )?(?:effects?|benefits?|response|results?|improvement|progress|outcome)\b|\bno (?:description|documentation|mention|report|record|account) of (?:how|whether) (?:it|they|this|the \w+) (?:has|have) (?:changed|helped|improved|affected|reduced)\b|\bthe same \d+(?:\.\d+)?/10\b|\bthe same\b[^.;]{0,100}?\bas before (?:treatment|therapy|the \w+)\b|\bwithout (?:any )?(?:documentation|evidence|report) of (?:\w+ )?(?:improvement|benefit|progress|gains?) (?:from|with|after)\b",
        )
    },
    // No red flags: no focal or localizing findings, no trauma or fever raising concern.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: IF_WHEN,
        ..row(
            NO_RED_FLAGS,
            Reads::Finding,
            r"\bno (?:focal|localizing|lateralizing) (?:findings|signs|deficits)\b|\bno (?:history of )?(?:trauma|fever|weight loss|night pain)\b[^.;]{0,60}?\b(?:serious|red flags?|concern)\b",
        )
    },
    // Not a surgical candidate: the surgeon would not operate, too young or too heavy for it, nothing showing it considered, conservative care rather than surgery, no surgical lesion identified, advised against it.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: CONDITION_OR_CLASS,
        ..row(
            NOT_SURGICAL_CANDIDATE,
            Reads::Finding,
            r"\b(?:would|will) not (?:operate|perform (?:\w+ )?surgery|offer (?:\w+ )?surgery)\b|\btoo (?:young|old|heavy|obese|ill|frail|high[- ]risk) for (?:an? |the )?(?:[\w-]+ ){0,2}(?:surg\w*|operat\w*|fusion|arthroscop\w*|arthroplast\w*|decompression|laminectomy|discectomy|\w+ectomy|\w+oplasty|replacement|reconstruction|release|repair)\b|\bnothing\b[^.;]{0,60}?\bthat (?:an? |the )?(?:[\w-]+ ){0,3}(?:surg\w*|operat\w*|fusion|arthroscop\w*|arthroplast\w*|decompression|laminectomy|discectomy|\w+ectomy|\w+oplasty|replacement|reconstruction|release|repair)\b (?:is|are|was|were|has been|have been) (?:being )?(?:considered|contemplated|planned|scheduled|proposed|recommended)\b|\b(?:conservative|non-?operative|non-?surgical) (?:management|care|treatment) rather than (?:\w+ ){0,2}(?:surg\w*|operat\w*|fusion|arthroscop\w*|arthroplast\w*|decompression|laminectomy|discectomy|\w+ectomy|\w+oplasty|replacement|reconstruction|release|repair)\b|\bnot (?:\w+ )?(?:identified|found|documented|described) (?:a |any )?surgical (?:lesion|pathology|target|indication)\b|\badvised against (?:\w+ )?(?:surg\w*|operat\w*)",
        )
    },
    // Not recommended: no guideline support.
    Rule {
        unless_within: CONDITION_OR_EXCEPT,
        ..row(
            NOT_RECOMMENDED,
            Reads::Guideline,
            r"\bno (?:\w+ )?guideline support\b",
        )
    },
    // Precondition: no muscle spasm found, neither of the required things documented, no such trial, no low testosterone, not enrolled in the program the device goes with.
    Rule {
        unless_within: CONDITION_OR_PATIENTS,
        ..row(
            PRECONDITION_ABSENT,
            Reads::Finding,
            r"\bno (?:\w+ )?(?:muscle )?spasms? (?:was|were|is|are|has been|have been) (?:found|noted|documented|observed|present|seen)\b|\brequires?\b[^.;]{0,80}?\bneither of which\b|\bno (?:documentation|evidence|record) of such (?:a )?trial\b|\b(?:no|without|absence of)\b[^.;]{0,40}?\blow (?:\w+ )?testosterone\b|\bnot (?:\w+ ){0,4}(?:enrolled|participating|involved|engaged) in (?:any |an? )?(?:[\w-]+ ){0,4}program\b",
        )
    },
    // Repeat study: a study done months ago, nothing new since.
    Rule {
        unless_within: STUDY_CONDITION,
        ..row(
            REPEAT_STUDY,
            Reads::Finding,
            r"\b(?:MRIs?|CTs?|CT scans?|imaging|stud(?:y|ies)|EMGs?|NCVs?|NCSs?|EMG/NCV|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|ultrasounds?|arthrograms?|audiograms?|polysomnograms?)\b (?:\w+ ){0,2}(?:obtained|performed|done) (?:\w+ ){0,3}ago\b[^.;]{0,100}?\b(?:nothing|no)\b[^.;]{0,60}?\bnew\b",
        )
    },
    // Results not yet known: once those results are in, until the authorized consultation has taken place, authorized but never started or not yet performed, only days attended so far.
    Rule {
        unless_within: IF_WHEN,
        ..row(
            AWAITING_RESULTS,
            Reads::Finding,
            r"\bonce (?:those|the|its|their) (?:results?|findings|outcome)s? (?:are|is|become) (?:available|known)\b|\buntil (?:the )?(?:authorized|approved|certified|pending) (?:[\w-]+ ){0,3}(?:has|have) (?:taken place|been (?:completed|performed|done))\b|\b(?:authorized|approved|certified)\b[^.;]{0,60}?\b(?:never|not yet) (?:started|begun|attended|performed|done|completed)\b|\b(?:authorized|approved|certified)\b[^.;]{0,60}?\b(?:has|have) not (?:yet )?(?:been (?:performed|done|completed|started)|taken place)\b|\bso far (?:attended|completed|had|received) only\b|\battended only (?:\w+ ){0,2}days?\b",
        )
    },
    // Thirteenth rows, for wordings blind sets V and W showed (written in general forms).
    // Ancillary: ancillary to it, requested with it and also not supported, the procedure having been non-certified.
    Rule {
        unless_within: IF_WHEN,
        ..row(
            ANCILLARY,
            Reads::Finding,
            r"\bancillary to\b|\b(?:in anticipation of|in conjunction with|in connection with|meant to (?:follow|accompany)|to accompany)\b[^.;]{0,100}?\b(?:also|likewise|either|similarly)\b|\b(?:surg\w*|procedures?|operations?|fusion|arthroscop\w*|arthroplast\w*|replacement|repair|reconstruction|decompression|release|laminectomy|discectomy|\w+ectomy|\w+oplasty|transposition|injections?|ESIs?|epidurals?|blocks?|ablation|implant\w*|trial)\b (?:[\w-]+ ){0,4}having been (?:non-?certified|denied|not (?:certified|approved|found medically necessary))\b",
        )
    },
    // Conservative care: consisting only of drugs, before any course of care, none of which tried, injured only weeks before, less than the months required, not exhausted, not established that it failed.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: r"\b(?:patients|those|if|when|unless|whether)\b",
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\bconsist(?:ed|s) only of\b|\bbefore any (?:course|trial|period) of\b|\bnone of which (?:is|are|was|were|has|have) (?:\w+ ){0,3}(?:tried|attempted|trialed)\b|\binjured only (?:\w+ ){0,2}(?:days?|weeks?) (?:before|earlier|prior)\b|\b(?:less|fewer) than (?:\w+ ){0,2}(?:weeks?|months?) of (?:\w+ )?(?:conservative|therapy|care|treatment)\b|\bcannot be considered (?:exhausted|to have failed)\b|\b(?:conservative|first[- ]line) (?:care|treatment|therapy|management|measures) (?:cannot|can not) be (?:considered|said)\b|\bnot been established that\b[^.;]{0,80}?\b(?:unsuccessful|failed|exhausted)\b",
        )
    },
    // Exceeds: past the post-surgical period, beyond that limit.
    Rule {
        unless_before: EXCEEDS_BEFORE,
        ..row(
            EXCEEDS_GUIDELINE,
            Reads::Finding,
            r"\b(?:already|now|well) (?:past|beyond) the (?:[\w-]+ ){0,5}(?:period|window|allowance|limit)\b|\bbeyond (?:that|this|the) (?:limit|allowance|maximum|number)\b",
        )
    },
    // Home program: supervision not required, better served by the home program.
    Rule {
        unless_before: r"\b(?:if|when|unless|whether)\b[^.;]{0,60}$",
        ..row(
            HOME_PROGRAM,
            Reads::Finding,
            r"\bsupervision\b (?:\w+ ){0,4}(?:is|was) not (?:required|needed|necessary)\b|\bbetter served by (?:\w+ ){0,3}(?:home|independent|self-?directed)\b",
        )
    },
    // Missing documentation: not recorded or not identified, no report accompanying the request, a report not included, an open-ended request, neither detail specified, without its ingredients.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: r"\b(?:functional|improvement|red flags?|conservative|failed|benefit|relief)\b",
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\b(?:are|is|was|were) not (?:recorded|identified)\b|\bno (?:\w+ ){0,3}(?:report|note|records?|documentation) accompanied\b|\b(?:report|notes?|records?|results?)\b (?:\w+ ){0,5}(?:was|were) not (?:included|provided|submitted|enclosed|attached)\b|\bopen-?ended\b|\b(?:does|do) not define\b|\bwith neither\b[^.;]{0,80}?\bnor\b[^.;]{0,40}?\b(?:specified|stated|identified|given|named|documented)\b|\bwithout (?:its|their|the) (?:ingredients|concentrations?|quantity|dosage|strength|frequency|duration)\b",
        )
    },
    // No functional improvement: none reported to have helped, subjective improvement only, a score worse than before, no appreciable change after, not followed by relief.
    Rule {
        unless_before: GENERIC_BEFORE,
        unless_within: CONDITION,
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\bnone of (?:them|these|those|which) (?:was|were|is|are|has been|have been) (?:\w+ ){0,2}(?:reported|documented|shown|noted) to have (?:provided|produced|given|resulted)\b|\bsubjective (?:improvement|benefit|relief) only\b|\bonly subjective (?:improvement|benefit|relief)\b|\b(?:scores?|index|ODI|Oswestry|disability)\b (?:\w+ ){0,2}(?:worsened|deteriorated|rose|increased) from\b|\bby no (?:appreciable |significant |meaningful |measurable )?(?:change|improvement|reduction|benefit)\b|\bnot followed by (?:\w+ ){0,6}(?:relief|improvement|reduction|benefit)\b",
        )
    },
    // Not a surgical candidate: this patient is not one, no fusion contemplated, surgery neither proposed nor discussed.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: CONDITION_OR_CLASS,
        ..row(
            NOT_SURGICAL_CANDIDATE,
            Reads::Finding,
            r"\bcandidates?\b[^.;]{0,80}?\bis not one\b|\bno (?:\w+ )?(?:surg\w*|operat\w*|fusion|arthroscop\w*|arthroplast\w*|decompression|laminectomy|discectomy|\w+ectomy|\w+oplasty|replacement|reconstruction|release|repair)\b (?:[\w-]+ ){0,3}(?:is|are|has been|have been|was|were) (?:\w+ )?(?:contemplated|planned|scheduled|considered|proposed)\b|\b(?:surg\w*|operat\w*)\b (?:\w+ ){0,2}(?:has|have) been neither (?:proposed|recommended|planned|discussed|offered)\b",
        )
    },
    // Not recommended: not considered medical treatment, the guideline finding no evidence, no form of it recommended.
    Rule {
        unless_within: CONDITION_OR_EXCEPT,
        ..row(
            NOT_RECOMMENDED,
            Reads::Guideline,
            r"\b(?:does|do) not consider (?:[\w-]+ ){0,4}(?:to be )?(?:a )?(?:medical treatment|medically necessary|treatment)\b|\b(?:guidelines?|MTUS|ODG|ACOEM) (?:\w+ )?finds? no (?:\w+ )?(?:evidence|support|benefit)\b|\brecommends? no (?:form|type|kind|formulation) of\b",
        )
    },
    // Precondition: a device as a stand-alone treatment, indicated for a condition the records do not describe.
    Rule {
        unless_within: CONDITION_OR_PATIENTS,
        ..row(
            PRECONDITION_ABSENT,
            Reads::Finding,
            r"\bas a stand-?alone (?:treatment|therapy|modality|intervention)\b|\bindicated for (?:\w+ ){0,3}\b[^.;]{0,60}?\b(?:records?|notes?|exam\w*) (?:\w+ ){0,3}(?:describe|document|show|note)s? only\b",
        )
    },
    // Repeat study: a second study without any new finding, repeating it despite no new findings.
    Rule {
        unless_within: STUDY_CONDITION,
        ..row(
            REPEAT_STUDY,
            Reads::Finding,
            r"\b(?:second|another|repeat|third) (?:[\w-]+ ){0,3}(?:MRIs?|CTs?|CT scans?|imaging|stud(?:y|ies)|EMGs?|NCVs?|NCSs?|EMG/NCV|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|bone scans?|ultrasounds?|arthrograms?)\b[^.;]{0,60}?\bwithout (?:any )?new\b|\brepeat\w* (?:the |a )?(?:\w+ )?(?:MRIs?|CTs?|CT scans?|imaging|stud(?:y|ies)|EMGs?|NCVs?|NCSs?|EMG/NCV|electrodiagnostic\w*|x-?rays?|radiographs?|films|scans?|bone scans?|ultrasounds?|arthrograms?)\b[^.;]{0,60}?\b(?:absence of|without|no) new\b",
        )
    },
    // Results not yet known: the authorized course still in progress or being attended, the initial visits not completed.
    Rule {
        unless_within: IF_WHEN,
        ..row(
            AWAITING_RESULTS,
            Reads::Finding,
            r"\b(?:remains?|is still|are still) (?:in progress|under ?way|ongoing)\b|\bstill being (?:attended|completed|provided|given)\b|\b(?:initial|first|authorized|approved|certified) (?:[\w-]+ ){0,3}(?:visits|sessions|treatments|course) (?:have|has) not (?:yet )?been (?:completed|finished|attended)\b",
        )
    },
    // Fourteenth rows, for wordings blind sets Z, AA, AB and AC showed (written in general forms).
    // No functional improvement: the records fail to quantify, describe or report the effect of prior care; no statement or comparison of how it helped.
    Rule {
        unless_before: GENERIC_BEFORE,
        unless_within: r"\b(?:if|when|unless|whether|would|will|could|expected|anticipated|goals?|plan|maxim\w* medical)\b",
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\b(?:fails?|failed|failing) to (?:quantify|describe|document|report|mention|state|show|demonstrate|identify|detail|specify)\b[^.;]{0,60}?\b(?:improv\w*|benefit\w*|relief|gains?|efficacy|effect(?:s|iveness)?|response|helped|affected)\b|\b(?:does|do|did|has|have|had) not (?:quantif\w*|describe[sd]?|report(?:ed)?|mention(?:ed)?|state[sd]?|detail(?:ed)?|specif(?:y|ied))\b[^.;]{0,60}?\b(?:improv\w*|benefit\w*|relief|gains?|efficacy|effect(?:s|iveness)?|response|helped|affected)\b|\bno (?:\w+ ){0,2}(?:statement|mention|description|discussion|comparison|account|quantification|report)s? of (?:how|what|any|the)\b[^.;]{0,60}?\b(?:improv\w*|benefit\w*|relief|gains?|efficacy|effect(?:s|iveness)?|response|helped|affected|changed|before and after)\b",
        )
    },
    // No functional improvement: lack of documented efficacy; no gain in a tolerance; without reported gains; no documentation that it helped.
    Rule {
        unless_before: GENERIC_BEFORE,
        unless_within: r"\b(?:if|when|unless|whether|would|will|could|expected|anticipated|goals?|plan|maxim\w* medical)\b",
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\b(?:lack|absence|no)\b (?:of )?(?:any )?(?:documented |demonstrated |reported |objective |clear )?(?:efficacy|effectiveness)\b|\b(?:no|without) (?:\w+ )?gains? in\b|\bwithout (?:any )?(?:reported|documented|objective|measurable|demonstrated|meaningful|appreciable|significant) (?:\w+ )?(?:gains?|improvement|benefit|progress)\b|\bwithout (?:any )?(?:\w+ )?(?:evidence|documentation|indication) of (?:any )?(?:\w+ )?(?:improvement|benefit|gains?|progress)\b|\bno (?:\w+ ){0,2}comparisons?\b[^.;]{0,60}?\bbefore and after\b|\bno (?:\w+ ){0,2}(?:documentation|evidence|indication|record|report|mention) that (?:it|this|these|they|the (?:\w+ ){1,3})\b[^.;]{0,40}?\b(?:has|have|had) (?:\w+ )?(?:improved|helped|reduced|benefited|decreased|increased)\b",
        )
    },
    // No functional improvement: unchanged or not changed after or despite the sessions or months of care; it did not reduce pain or drug use.
    Rule {
        unless_before: GENERIC_BEFORE,
        unless_within: r"\b(?:if|when|unless|whether|would|will|could|expected|anticipated|goals?|plan|maxim\w* medical)\b",
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\b(?:unchanged|(?:has|have|had) not changed|(?:did|does|do) not change)\b[^.;]{0,60}?\b(?:despite|after|following)\b[^.;]{0,40}?\b(?:sessions?|visits?|treatments?|therap\w*|injections?|blocks?|course|medications?|months|weeks|years?|use)\b|\b(?:after|despite|following)\b[^.;]{0,40}?\b(?:sessions?|visits?|treatments?|therap\w*|injections?|course)\b[^.;]{0,40}?\b(?:unchanged|no change)\b|\b(?:did|does|has|have|had) not (?:reduce|decrease|lower|lessen|diminish)d?\b[^.;]{0,30}?\b(?:medications?|pain|opioids?|use|need|intake|scores?|consumption)\b",
        )
    },
    // Conservative care: no course of therapy attempted, no therapy yet, not yet participated in or undergone any therapy, not treated with a trial, conservative care not given an adequate trial.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: r"\b(?:if|when|unless|whether|patients|those|authorized|approved|certified|surg\w*)\b",
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\bno (?:\w+ ){0,3}(?:course|trial|program)s? of (?:[\w-]+ ){0,3}(?:therapy|PT|exercise|treatment|care|rehabilitation|medications?)\b[^.;]{0,30}?\b(?:has|have|had) been (?:attempted|tried|undertaken|completed|provided|given|documented)\b|\bno (?:\w+ ){0,2}(?:therapy|treatment|rehabilitation|PT) (?:yet|to date|so far)\b|\b(?:has|have) not (?:yet )?(?:participated in|undergone|received|attended|started|begun) (?:any |a |an )?(?:[\w-]+ ){0,2}(?:rehabilitation|therapy|PT|conservative|physiotherapy|trial)\b|\b(?:has|have) not been treated with (?:a |an )?(?:trial|course)\b|\b(?:conservative|first[- ]line)\b[^.;]{0,30}?\b(?:has|have) not (?:yet )?been given (?:an? )?(?:\w+ )?trial\b",
        )
    },
    // Conservative care: not shown or established that conservative care was exhausted or failed; absent evidence that it was completed.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: r"\b(?:if|when|unless|whether|patients|those)\b",
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:fails?|failed) to (?:show|demonstrate|document|establish|indicate|confirm)\b[^.;]{0,40}?\b(?:exhausted|failed|tried|attempted|completed)\b[^.;]{0,40}?\b(?:conservative|first[- ]line|measures|care|treatment|therapy|physical therapy|medications?)\b|\bnot been (?:shown|demonstrated|documented|established|confirmed) that\b[^.;]{0,60}?\b(?:exhausted|failed|tried|attempted|completed)\b[^.;]{0,40}?\b(?:conservative|first[- ]line|measures|care|treatment|therapy|medications?)\b|\b(?:absent|without|no) (?:\w+ ){0,2}(?:evidence|documentation|indication) that\b[^.;]{0,60}?\b(?:conservative|first[- ]line)\b[^.;]{0,40}?\b(?:completed|tried|failed|exhausted|attempted)\b",
        )
    },
    // Exceeds: the maximum reached or used up; which is the maximum; beyond what the guideline allows; more than the number recommended.
    Rule {
        unless_before: EXCEEDS_BEFORE,
        unless_within: r"\b(?:if|when|unless|whether)\b",
        ..row(
            EXCEEDS_GUIDELINE,
            Reads::Finding,
            r"\bwhich is the (?:\w+ )?(?:maximum|limit|upper limit|most)\b|\b(?:reached|used up|exhausted|met) the (?:[\w-]+ ){0,4}(?:maximum|limit|allowance|cap)\b|\bused up the\b[^.;]{0,40}?\b(?:visits|sessions|treatments|allowed|recommended)\b|\bbeyond what\b[^.;]{0,40}?\b(?:allow|recommend|support|permit)\w*|\b(?:more|greater) than the (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty) (?:[\w-]+ ){0,2}(?:recommended|allowed|supported|permitted)\b|\bbring(?:s|ing)? the total to\b",
        )
    },
    // Missing documentation: the rationale or reason for it not stated; no explanation given; goals not described; not listed; lacks the results; type or body part not identified; a quantity not specified; no recent progress report.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: MISSING_NOT_FINDING,
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\b(?:rationale|reason|indication|justification|purpose)\b (?:[\w'-]+ ){0,10}(?:is|was|are|were) not (?:stated|given|provided|explained|documented|specified|described|clear)\b|\b(?:gave|gives|give|provided|provides|offered|offers|offer) no (?:\w+ )?(?:explanation|rationale|reason|justification)\b|\b(?:has|have|had|did|does|do) not (?:describe[sd]?|document(?:ed)?|provide[sd]?|state[sd]?|outline[sd]?|list(?:ed)?|specif(?:y|ied)) (?:any |the |a |an )?(?:specific |measurable |functional |treatment )?(?:goals?|treatment plan|plan|rationale|reason|justification|indication)\b|\b(?:were|was|are|is) not (?:listed|itemized|named)\b|\black(?:s|ed|ing)? the (?:results?|reports?|records?|notes?|findings)\b|\b(?:does|do|did) not (?:identify|name|indicate|state) (?:the|which|what) (?:type|kind|model|body|site|level|joint|region|part|frequency|duration|quantity|number|side|location|area)\b|\b(?:quantity|frequency|duration|dosage|dose|number|strength|amount|type|site|level|side)\b (?:of (?:[\w-]+ ){1,3})?(?:was |were |is |are |has |have )?(?:been )?not (?:specified|stated|given|indicated|documented|listed|provided|identified)\b|\b(?:quantity|frequency|duration|dosage|dose|number|strength|amount)\b of\b[^.;]{0,70}?\b(?:is|are|was|were|has|have)(?: been)? not (?:specified|stated|given|indicated|documented|listed|provided|identified)\b|\bno (?:dose|dosage|frequency|quantity|duration|strength)\b[^.;]{0,40}?\b(?:was|were|is|are|has been|have been) (?:provided|given|specified|stated|listed|documented)\b|\b(?:reports?|notes|records)\b[^.;]{0,100}?\b(?:are|is|were|was) not (?:included|attached|enclosed|available|in the file)\b|\bno (?:recent |current |updated |new )?(?:progress|clinical|office|treating|medical|follow-?up) (?:reports?|notes?|evaluations?|records?)\b",
        )
    },
    // Precondition: no deficiency documented; fails to describe the condition a drug is for; no migraines; sleep not described.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: CONDITION_OR_PATIENTS,
        ..row(
            PRECONDITION_ABSENT,
            Reads::Finding,
            r"\bno (?:\w+ ){0,2}deficiency\b|\bdeficiency (?:\w+ ){0,3}(?:has|have|was|is) not been (?:documented|shown|established|demonstrated)\b|\b(?:fails?|failed) to (?:describe|document|show|establish|identify|mention|demonstrate)\b (?:any |a |an )?(?:\w+ ){0,2}(?:neuropathic|spasms?|spasticity|anxiety|insomnia|sleep (?:disturbance|disorder|problems?)|gastro\w*|GI|dyspepsia|migraines?|deficiency|swallowing)\b|\bno (?:\w+ ){0,2}migraines?\b|\bmigraines?\b (?:\w+ ){0,3}(?:is|are|was|were|has|have) not (?:\w+ )?(?:documented|described|diagnosed|reported)\b|\bsleep (?:latency|quality|onset|maintenance|hygiene|patterns?|disturbance|duration)\b[^.;]{0,60}?\b(?:are|is|were|was|has|have) not (?:\w+ )?(?:described|documented|assessed|recorded|reported)\b",
        )
    },
    // Ancillary: a procedure that has itself been found not necessary; relates to a procedure that was denied.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether)\b",
        ..row(
            ANCILLARY,
            Reads::Finding,
            r"\bitself (?:has |had )?(?:been )?(?:found|deemed|considered|judged|determined) not\b|\bitself (?:been |was |is )?(?:non-?certified|denied)\b|\b(?:relates?|related|relating|tied|linked|attached|secondary) to (?:a |an |the )?(?:[\w-]+ ){0,3}(?:surg\w*|procedures?|operations?|fusion|arthroscop\w*|arthroplast\w*|replacement|repair|reconstruction|decompression|release|laminectomy|discectomy|\w+ectomy|\w+oplasty|transposition|injections?|ESIs?|epidurals?|blocks?|ablation|implant\w*|trial)\b (?:that|which) (?:was|is|has been|were|have been) (?:also )?(?:denied|non-?certified|not (?:certified|approved|authorized|medically necessary|supported))\b",
        )
    },
    // Not recommended: neither guideline supports it.
    Rule {
        unless_within: CONDITION_OR_EXCEPT,
        ..row(
            NOT_RECOMMENDED,
            Reads::Guideline,
            r"\bneither (?:the )?(?:CA )?(?:MTUS|ODG|ACOEM|guidelines?)\b[^.;]{0,40}?\bnor\b[^.;]{0,30}?\b(?:supports?|recommends?|endorses?)\b",
        )
    },
    // Not a surgical candidate: the procedure itself has not been recommended, offered or planned.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: CONDITION_OR_CLASS,
        ..row(
            NOT_SURGICAL_CANDIDATE,
            Reads::Finding,
            r"\b(?:surg\w*|operat\w*|fusion|arthroscop\w*|arthroplast\w*|decompression|laminectomy|discectomy|\w+ectomy|\w+oplasty|replacement|reconstruction|release|repair)\b (?:[\w-]+ ){0,2}(?:has|have) not (?:yet )?been (?:recommended|offered|proposed|planned|scheduled|requested)\b",
        )
    },
    // Fifteenth rows, for wordings blind sets X and Y showed (read after they were held out; written in general forms).
    // Results not yet known: the results of an authorized course not documented or not in the file yet, to await its findings, no report yet, begun only last week.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether|patients)\b",
        ..row(
            AWAITING_RESULTS,
            Reads::Finding,
            r"\b(?:authori[sz]ed|approved|certified|granted)\b[^.;]{0,100}?\b(?:results?|findings|outcomes?|response|reports?)\b[^.;]{0,50}?\b(?:not (?:yet )?(?:been )?(?:documented|reported|available|known|provided|submitted|in the)|(?:are|is) not (?:yet )?(?:in|available|known)|yet)\b|\bawait(?:ing)? (?:the |those |these |its |their )?(?:results?|findings|outcomes?|response)\b|\bno (?:\w+ )?(?:report|results?|findings) yet\b|\b(?:began|started|begun|initiated|commenced)\b[^.;]{0,80}?\bonly (?:last week|this week|recently|yesterday|(?:a|one|two|three|\d+) (?:days?|weeks?) ago)\b",
        )
    },
    // Conservative care: the records do not show or it does not appear that care was tried; without first trying a course; not shown to have been exhausted; has not failed conservative care; without a documented trial.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: r"\b(?:if|when|unless|whether|patients|those|authorized|approved|certified)\b",
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:does|do|did) not (?:show|demonstrate|document|establish|indicate|reflect|appear) (?:that )?\b[^.;]{0,60}?\b(?:participated|exhausted|failed|tried|attempted|completed|undergone|received)\b[^.;]{0,40}?\b(?:conservative|first[- ]line|therapy|treatment|care|medications?|measures|PT)\b|\bwithout (?:first )?(?:trying|attempting|undergoing|completing|exhausting)\b|\bnot been (?:shown|demonstrated|documented) to have been (?:exhausted|tried|attempted|completed)\b|\b(?:has|have) not (?:yet )?failed (?:\w+ ){0,2}(?:conservative|first[- ]line|therapy|treatment|care|measures)\b|\bwithout (?:a |an |any )?(?:documented |prior |successful |adequate )?(?:[\w-]+ ){0,2}trial\b",
        )
    },
    // Precondition: the drug is intended for a condition none of the records show, neither of which applies.
    Rule {
        unless_within: CONDITION_OR_PATIENTS,
        ..row(
            PRECONDITION_ABSENT,
            Reads::Finding,
            r"\b(?:intended|indicated|reserved|used|approved) for\b[^.;]{0,60}?\b(?:and|but|yet) (?:none|neither|no such)\b(?: of (?:which|these|them))? (?:is|was|are|were|has been|have been|applies|apply)\b",
        )
    },
    // Exceeds: a request that would bring the total above the number the guidelines allow.
    Rule {
        unless_before: EXCEEDS_BEFORE,
        unless_within: IF_WHEN,
        ..row(
            EXCEEDS_GUIDELINE,
            Reads::Finding,
            r"\bbring(?:s|ing)? the total (?:to|above|beyond|over|past)\b|\b(?:above|beyond|past|over) the (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty(?:-\w+)?) (?:that )?(?:the )?(?:guidelines?|MTUS|ODG|ACOEM) (?:allow|recommend|support|permit)\w*\b",
        )
    },
    // Not a surgical candidate: surgery not planned at this time, no surgery planned, managed without surgery, the surgeon does not plan a procedure.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: CONDITION_OR_CLASS,
        ..row(
            NOT_SURGICAL_CANDIDATE,
            Reads::Finding,
            r"(?:^|[\s(])(?:surgery|surgeries|operations?|surgical (?:interventions?|treatment|procedures?|repair|options?))\b (?:[\w-]+ ){0,3}(?:is|are|was|were) not (?:being |currently )?(?:planned|scheduled|contemplated|considered|proposed)\b|\bno (?:\w+ )?(?:surg\w*|operations?|procedures?)\b (?:\w+ )?(?:planned|scheduled|contemplated|pending)\b|\b(?:managed|treated) (?:\w+ )?without (?:surg\w*|operat\w*)\b|\b(?:does|do|did) not plan (?:an? |any )?(?:[\w-]+ ){0,3}(?:surg\w*|operat\w*|fusion|arthroscop\w*|arthroplast\w*|decompression|laminectomy|discectomy|\w+ectomy|\w+oplasty|replacement|reconstruction|release|repair|reduction)\b",
        )
    },
    // Ancillary: the primary procedure was non-certified, the implants themselves not found necessary, with the procedure non-certified.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether)\b",
        ..row(
            ANCILLARY,
            Reads::Finding,
            r"\b(?:primary|underlying|associated|main|index) (?:procedure|surgery|operation)\b[^.;]{0,60}?\b(?:was|were|is|has been|have been) (?:also )?(?:non-?certified|denied|not (?:certified|approved|authorized|found medically necessary|medically necessary|supported))\b|\bthemselves (?:were|are|have been|had been) (?:not|non-?certified|denied)\b|\bwith the (?:[\w-]+ ){1,5}(?:non-?certified|denied|not (?:certified|approved|authorized))\b|\b(?:it|they|this|these) would (?:accompany|follow|support|go with)\b[^.;]{0,30}?\b(?:has|have|was|were|is|are) (?:not been (?:approved|certified|authorized)|(?:been )?(?:denied|non-?certified))\b|\b(?:associated|related|ancillary|accompanying) (?:items?|requests?|services?) (?:fail|are not (?:needed|necessary|supported))\b",
        )
    },
    // Repeat study: a second study though no change in clinical status; no new indication to repeat it.
    Rule {
        unless_within: STUDY_CONDITION,
        ..row(
            REPEAT_STUDY,
            Reads::Finding,
            r"\b(?:second|another|repeat|third|new)\b[^.;]{0,80}?\bno (?:\w+ )?change in (?:\w+ )?(?:status|condition|presentation|symptoms|findings|examination)\b|\bno new (?:\w+ )?indication\b[^.;]{0,30}?\brepeat\w*",
        )
    },
    // No functional improvement: without quantifying relief or describing benefit; function has declined.
    Rule {
        unless_before: GENERIC_BEFORE,
        unless_within: r"\b(?:if|when|unless|whether|would|will|could|expected|goals?)\b",
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\bwithout (?:quantifying|describing|documenting|specifying|measuring|reporting|demonstrating|showing)\b[^.;]{0,60}?\b(?:improv\w*|benefit\w*|relief|gains?|efficacy|effect(?:s|iveness)?|response|helped|affected)\b|\bfunction\w* (?:has|have|had) (?:\w+ )?(?:declined|worsened|deteriorated|decreased|regressed)\b",
        )
    },
    // Not recommended: not considered medical treatment.
    Rule {
        unless_within: CONDITION_OR_EXCEPT,
        ..row(
            NOT_RECOMMENDED,
            Reads::Guideline,
            r"\b(?:is|are) not considered (?:to be )?(?:a )?(?:medical treatment|medically necessary treatment)\b",
        )
    },
    // Sixteenth rows, for wordings blind sets AD and AE showed (read after they were held out; written in general forms).
    // Conservative care: care named, then neither or none of it attempted, documented or prescribed.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: r"\b(?:if|when|unless|whether|patients|those)\b",
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:splint\w*|injections?|therapy|PT|medications?|NSAIDs?|exercises?|trials?|conservative|brac\w*|rest|tricyclics?|SNRIs?|anticonvulsants?|antidepressants?|first[- ]line)\b[^.;]{0,80}?\b(?:neither|none)\b(?: of (?:which|these|them|those))? (?:[\w-]+ ){0,3}?(?:has|have|had|was|were)(?: been)? (?:documented|attempted|tried|prescribed|given|received|undergone|provided|completed)\b",
        )
    },
    // No functional improvement: no documented or measurable change in function, scores or work status; scores have not changed; no mention of improved sleep or function; unchanged from entry.
    Rule {
        unless_before: GENERIC_BEFORE,
        unless_within: r"\b(?:if|when|unless|whether|would|will|could|expected|goals?|since the|since that|since his|since her)\b",
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\b(?:no|without|without any) (?:documented |measurable |meaningful |significant |appreciable |objective |reported )?change in (?:the )?(?:[\w'-]+ ){0,3}(?:function\w*|range of motion|work status|pain (?:scores?|levels?)|scores?|activities|Beck|ODI|Oswestry|VAS|lifting|sitting|standing|walking|tolerance|medication (?:use|intake))\b|\b(?:scores?|levels?|ratings?|function\w*|tolerance) (?:have|has) not changed\b|\bno (?:\w+ )?(?:mention|documentation|evidence|report|record) of (?:any )?improved\b|\bunchanged from (?:entry|admission|the start|the beginning)\b",
        )
    },
    // No red flags: reflexes, strength or sensation within normal limits.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether|should|must|requires?)\b",
        ..row(
            NO_RED_FLAGS,
            Reads::Finding,
            r"\b(?:reflexes|strength|sensation|sensory|motor)\b[^.;]{0,50}?\bwithin normal limits\b",
        )
    },
    // Seventeenth rows, for wordings blind item sets IA-ID showed (read after they were held out; written in general forms).
    // Exceeds: use beyond the guideline's period; far more than the visits allowed.
    Rule {
        unless_before: EXCEEDS_BEFORE,
        unless_within: IF_WHEN,
        ..row(
            EXCEEDS_GUIDELINE,
            Reads::Finding,
            r"\b(?:use|treatment|therapy|duration|prescribing|course)\b (?:\w+ )?beyond the (?:[\w-]+ ){0,3}(?:period|window|limit|duration|timeframe|time frame)\b|\b(?:far |well |much )?more than the (?:\d+(?:-\d+)?|one|two|three|four|five|six|eight|ten|twelve) (?:[\w-]+ ){0,5}(?:recommended|allowed|supported|permitted)\b",
        )
    },
    // Missing documentation: no plan or rationale indicated or given; no procedure note or pain diary; no evaluation or report provided or submitted.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: MISSING_NOT_FINDING,
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\b(?:has|have|had|did|does|do) not (?:indicated?|given|give|gave) (?:any |a |an |the )?(?:specific )?(?:plan|rationale|reason|justification|goals?)\b|\bnor (?:given|provided|offered|stated) (?:any |a |an )?(?:rationale|reason|justification|explanation)\b|\bno (?:procedure|operative|post-?injection|injection) (?:notes?|reports?|diar(?:y|ies)|logs?)\b|\bno (?:\w+ )?pain (?:diar(?:y|ies)|logs?)\b|\bno (?:[\w-]+ ){0,2}(?:evaluations?|assessments?|clearances?|reports?|notes?|stud(?:y|ies)|imaging)\b[^.;]{0,60}?\b(?:was|were|has been|have been) (?:provided|submitted|documented|included|enclosed|attached)\b",
        )
    },
    // Precondition: the diagnoses for which the device is indicated are absent.
    Rule {
        unless_within: CONDITION_OR_PATIENTS,
        ..row(
            PRECONDITION_ABSENT,
            Reads::Finding,
            r"\b(?:diagnos[ie]s|conditions?|indications?) for which\b[^.;]{0,60}?\b(?:are|is) (?:absent|not (?:present|documented|established|described))\b",
        )
    },
    // Not recommended: would not be considered medical treatment; a diagnosis for which it is not supported.
    Rule {
        unless_within: CONDITION_OR_EXCEPT,
        ..row(
            NOT_RECOMMENDED,
            Reads::Guideline,
            r"\bnot (?:\w+ ){0,2}(?:be )?considered (?:to be )?(?:a )?medical treatment\b|\bfor which (?:[\w-]+ ){0,3}(?:is|are) not (?:supported|recommended|indicated)\b",
        )
    },
    // Conservative care: no record of splinting, an injection, therapy or medication; conservative measures not adequately trialed.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: r"\b(?:if|when|unless|whether|patients|those|authorized|approved|certified|prior|previous|last|first|repeat|how many|how much)\b",
        unless_after: r"^\s*(?:'s )?(?:response|results?|relief|outcome|benefit)",
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\bno (?:record|documentation|evidence|mention|history) of (?:a |an |any )?(?:\w+ ){0,2}(?:splint\w*|bracing|injections?|physical therapy|PT|therapy|NSAIDs?|anti-?inflammator\w*|home exercises?|activity modification)\b|\b(?:conservative|first[- ]line) (?:care|treatment|therapy|management|measures)\b (?:\w+ ){0,2}(?:has|have) not been \w+ly (?:trialed|tried|attempted|exhausted|completed|pursued)\b",
        )
    },
    // No red flags: provocative tests not recorded as positive.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether|should|must)\b",
        ..row(
            NO_RED_FLAGS,
            Reads::Finding,
            r"\b(?:tests?|signs?|maneuvers?|findings)\b (?:are|is|were|was) not (?:recorded|documented|noted|reported|described) as (?:positive|abnormal|present)\b",
        )
    },
    // Eighteenth rows, for wordings blind item sets IE-IH showed (read after they were held out; written in general forms).
    // No functional improvement: the prior care did not provide the relief required.
    Rule {
        unless_before: GENERIC_BEFORE,
        unless_within: r"\b(?:if|when|unless|whether|would|will|could|expected)\b",
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\b(?:did|does|has|have|had) not (?:provide|produce|give|yield|result in|achieve)d?\b[^.;]{0,50}?\b(?:relief|improvement|benefit|reduction in pain)\b",
        )
    },
    // Conservative care: hedged, unclear or nothing to show that care was tried; no injection given, no therapy documented, not fitted with a splint.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: r"\b(?:if|when|unless|whether|patients|those|authorized|approved|certified|prior|previous|first|repeat|second|notes?|reports?|records?|progress|re-?evaluations?)\b",
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:unclear|not clear|nothing (?:to (?:show|suggest|indicate)|in the records? (?:shows?|suggests?|indicates?))|little to (?:suggest|indicate|show))\b (?:that )?[^.;]{0,60}?\b(?:tried|attempted|trialed|failed|exhausted|undergone|completed)\b|\bno (?:\w+ ){0,2}(?:injections?|therapy|PT|splint\w*|bracing)\b (?:[\w-]+ ){0,4}?(?:has|have) been (?:given|provided|tried|attempted|performed|administered)\b|\bno (?:\w+ ){0,2}(?:therapy|PT|injections?|splint\w*|bracing) (?:for (?:the )?[\w-]+ )?(?:is|are|was|were) documented\b|\bnot been fitted with\b",
        )
    },
    // Missing documentation: no such details documented, a list of missing items ending 'is documented'.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: MISSING_NOT_FINDING,
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"^\W*no\b[^.;]{0,80}?\b(?:goals?|plans?|job|demands|frequency|duration|quantity|dos(?:e|age)|reports?|rationale|records?|notes|results?|dates?|details?)\b[^.;]{0,40}?\b(?:is|are|was|were|has been|have been) (?:documented|provided|specified|stated|described|identified|included|submitted)\b",
        )
    },
    // Results not yet known: an approved injection not yet performed; a second one depends on the response to the first.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether|patients)\b",
        ..row(
            AWAITING_RESULTS,
            Reads::Finding,
            r"\b(?:authori[sz]ed|approved|certified|granted)\b[^.;]{0,80}?\b(?:had|has|have) not (?:yet )?been (?:performed|done|given|started|completed|attended|administered)\b|\bdepends? on the (?:response|results?|outcome) (?:to|of|from) the (?:first|initial|prior|previous)\b",
        )
    },
    // Home program: nothing a home program could not address.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether)\b",
        ..row(
            HOME_PROGRAM,
            Reads::Finding,
            r"\bnothing (?:that )?(?:a |the |an )?(?:HEP|home (?:exercise )?program|home exercises?|independent (?:exercise )?program) (?:could|can|would|cannot|could not) (?:not )?(?:address|treat|manage)\b",
        )
    },
    // Ancillary: the procedure requested with it has not been certified.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether)\b",
        ..row(
            ANCILLARY,
            Reads::Finding,
            r"\b(?:requested|proposed|planned|associated|primary) (?:[\w-]+ ){0,4}(?:surg\w*|procedures?|operations?|fusion|arthroscop\w*|arthroplast\w*|replacement|repair|reconstruction|decompression|release|laminectomy|discectomy|\w+ectomy|\w+oplasty|transposition|injections?|ESIs?|epidurals?|blocks?|ablation|implant\w*|trial)\b (?:[\w-]+ ){0,3}?(?:has|have) not been (?:certified|approved|authorized)\b",
        )
    },
    // Twentieth rows, for wordings blind item sets IJ-IM showed (read after they were held out; written in general forms).
    // Results not yet known: the response to the current or approved course not yet documented.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether|patients)\b",
        ..row(
            AWAITING_RESULTS,
            Reads::Finding,
            r"\b(?:response|results?|outcomes?) (?:to|of|from) the (?:current|ongoing|present|authorized|approved|certified) (?:[\w-]+ ){0,2}(?:course|trial|sessions|therapy|treatment|program|visits)\b",
        )
    },
    // Precondition: no program named that the device would accompany.
    Rule {
        unless_within: CONDITION_OR_PATIENTS,
        ..row(
            PRECONDITION_ABSENT,
            Reads::Finding,
            r"\b(?:program|exercises?|therapy|plan)\b[^.;]{0,40}?\b(?:that|which) the (?:[\w-]+ ){0,2}(?:stimulator|unit|device|TENS|traction|brace|biofeedback|equipment) (?:would|will|is to|could) (?:accompany|supplement|complement|be (?:used|paired) with)\b",
        )
    },
    // No red flags: trigger points, a twitch response, radicular or neurologic findings not documented.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether|should|must|requires?|required)\b",
        ..row(
            NO_RED_FLAGS,
            Reads::Finding,
            r"\b(?:twitch response|trigger points?|radicul\w*|neurologic(?:al)? (?:deficits?|findings)|red flags?|objective findings)\b[^.;]{0,60}?\b(?:is|are|was|were|has|have)(?: \w+)? not (?:been )?(?:documented|noted|identified|described|present|found|demonstrated)\b",
        )
    },
    // Conservative care: the records show no injections or therapy.
    Rule {
        unless_before: CONDITION_BEFORE,
        unless_within: r"\b(?:if|when|unless|whether|patients|those|prior|previous|repeat)\b",
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:records?|notes?|documentation) (?:\w+ )?(?:show|document|reflect|describe)s? no (?:\w+ ){0,2}(?:injections?|therapy|PT|splint\w*|bracing|NSAIDs?|anti-?inflammator\w*)\b",
        )
    },
    // Precondition: none of the conditions for which it is indicated; the condition for which it is recommended has not been established.
    Rule {
        unless_within: CONDITION_OR_PATIENTS,
        ..row(
            PRECONDITION_ABSENT,
            Reads::Finding,
            r"\b(?:no|none of the|not have the|any of the other|without (?:any )?(?:of )?the) (?:[\w-]+ ){0,4}(?:conditions?|diagnos[ie]s|symptoms|indications?|findings) for which\b|\b(?:conditions?|diagnos[ie]s|symptoms|indications?) for which (?:[\w-]+ ){0,5}(?:is|are) (?:being )?(?:recommended|indicated|supported|used|prescribed|requested|intended)\b[^.;]{0,30}?\b(?:has|have|is|are|was|were) not (?:been )?(?:established|documented|present|shown|identified)\b",
        )
    },
    // No functional improvement: has not been effective; pain or function described as unchanged.
    Rule {
        unless_before: GENERIC_BEFORE,
        unless_within: r"\b(?:if|when|unless|whether|would|will|could|expected)\b",
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\b(?:has|have|was|were) not been (?:effective|helpful|beneficial|successful)\b|\b(?:pain|function\w*|symptoms|condition)\b (?:is|are|was|were|as) (?:described|reported|documented|noted|recorded) as (?:unchanged|the same|no better|worse)\b|\bdescribes? (?:the )?(?:pain|function\w*|symptoms) as (?:unchanged|the same|no better|worse)\b",
        )
    },
    // Missing documentation: no urine drug screen, opioid agreement or risk assessment documented.
    Rule {
        unless_before: CONDITION_BEFORE,
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\b(?:has|have|had|did|does|do) not (?:documented?|provided?|submitted|included?|performed|obtained) (?:a |an |any )?(?:recent |current )?(?:urine drug (?:screens?|tests?)|UDS|CURES|opioid (?:agreement|contract)|pain (?:agreement|contract)|signed (?:\w+ )?(?:agreement|contract)|risk assessment)\b",
        )
    },
    // Ancillary: that procedure has been determined not to be necessary.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether)\b",
        ..row(
            ANCILLARY,
            Reads::Finding,
            r"\b(?:that|this|the (?:primary|associated|requested|underlying)) (?:procedure|surgery|operation)\b (?:has been|was|is|had been) (?:determined|found|deemed|judged|considered) (?:to be )?not\b",
        )
    },
    // Ancillary: the procedure it was requested to accompany not found necessary.
    Rule {
        unless_within: IF_WHEN,
        ..row(
            ANCILLARY,
            Reads::Finding,
            r"\b(?:requested|intended|meant|ordered) to (?:accompany|follow|go with|support)\b[^.;]{0,40}?\b(?:has|have|was|were|is|are) not (?:been )?(?:found|deemed|certified|approved|authorized)\b",
        )
    },
    // Twenty-fourth rows, for wordings item sets IR, IV, IW and IX showed (read after they were held out; written in general forms).
    // Precondition: no DVT history or risk factor for a compression device.
    Rule {
        unless_within: CONDITION_OR_PATIENTS,
        ..row(
            PRECONDITION_ABSENT,
            Reads::Finding,
            r"\b(?:no|not|without|none|denies)\b[^.;]{0,60}?\b(?:DVT|deep vein thrombosis|deep venous thrombosis|thromboembol\w*|coagulopathy|pulmonary embol\w*|clotting disorder)\b",
        )
    },
    // No functional improvement: no activity described that the drug lets the worker do.
    Rule {
        unless_before: GENERIC_BEFORE,
        unless_within: r"\b(?:if|when|unless|whether|would|will|could|expected)\b",
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\b(?:does|do|did) not (?:describe|document|identify|list|mention)\b (?:any |an? )?(?:activit(?:y|ies)|function\w*|tasks?)\b[^.;]{0,40}?\b(?:can|could|is able to|was able to|has been able to)\b",
        )
    },
];
