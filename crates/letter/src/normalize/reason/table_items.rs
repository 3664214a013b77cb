//! The rows written from the blind item sets read after they were held out
//! (sets JA on of `crates/letter/tests/reason_sets/`, see
//! index_schema/REASONS.md, "Blind item sets"): each block for the wordings
//! one round of sets showed, in general forms. [`super::table::RULES`] holds
//! them after the blind sentence sets' rows, and [`super::find_items`] their
//! words, in the same order.

use super::table::GENERIC_BEFORE;
use super::*;

/// A condition, a class of patients, or an approved course (care approved
/// and not yet started is awaited, not untried).
const CONDITION_OR_APPROVED: &str =
    r"\b(?:patients|those|if|when|unless|whether|authorized|approved|certified)\b";

/// The rows written from the item sets, after the blind sentence sets' rows.
pub(super) const ITEM_RULES: &[Rule] = &[
    // Twenty-fifth rows, for wordings item sets JA to JG showed (read after they were held out; written in general forms).
    // Conservative care: never referred for or prescribed care; care said not prescribed, tried or started.
    Rule {
        unless_within: CONDITION_OR_APPROVED,
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:has|have|had|was|were) (?:not|never) (?:yet )?(?:been )?(?:referred|sent|prescribed|ordered|scheduled|enrolled) (?:for|to|in|into) (?:any |a |an )?(?:[\w-]+ ){0,2}?(?:physical therapy|PT|physiotherapy|therapy|rehabilitation|exercises?|home exercise program|stretching|chiropractic|acupuncture|injections?|psycholog\w*|splint\w*|brac(?:e|es|ing)|orthotics?|NSAIDs?|anti-?inflammator\w*|acetaminophen|medications?|activity modification)\b|\b(?:physical therapy|PT|physiotherapy|therapy|rehabilitation|exercises?|home exercise program|stretching|chiropractic|acupuncture|injections?|psycholog\w*|splint\w*|brac(?:e|es|ing)|orthotics?|NSAIDs?|anti-?inflammator\w*|acetaminophen|medications?|activity modification) (?:has|have|was|were) (?:not|never) (?:yet )?(?:been )?(?:prescribed|ordered|tried|trialed|attempted|offered|started|initiated)\b",
        )
    },
    // Conservative care: a course stopped after a few visits (not for want of benefit).
    Rule {
        unless_within: r"\b(?:no (?:benefit|improvement|relief|change|gain)|did not help|without (?:benefit|improvement|relief)|worse|ineffective|not helpful|no help|completed)\b",
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:stopped|discontinued|quit|abandoned|dropped out of|ceased)\b[^.;]{0,40}?\bafter (?:only )?(?:one|two|three|four|five|a few|a couple of|\d{1,2}) (?:[\w-]+ )?(?:visits?|sessions?|treatments?)\b",
        )
    },
    // Conservative care: lesser care not carried through, not taken place, skipped, still open, to come first.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether)\b",
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:conservative|non-?operative|non-?surgical|first[- ]line|lower[- ]level|lesser|less invasive|active) (?:[\w-]+ ){0,3}(?:has|have) not (?:yet )?(?:been )?(?:carried (?:through|out)|taken place|occurred|run its course|given a (?:fair |full |adequate )?trial)\b|\b(?:trial|course|period) of (?:[\w-]+ ){0,4}(?:has|have) not (?:yet )?(?:taken place|occurred|been carried out)\b|\b(?:first[- ]line|non-?opioid|conservative|lower[- ]level|lesser|less invasive) (?:[\w-]+ ){0,3}(?:have|has) been (?:skipped|bypassed|passed over|omitted)\b|\b(?:lower[- ]level|lesser|less invasive|conservative|non-?operative|non-?surgical) (?:[\w-]+ ){0,4}(?:options|measures|treatments|alternatives|care)\b[^.;]{0,60}?\bremain (?:open|available|untried|unexplored)\b|\b(?:should|must|would need to|needs to|ought to) come first\b|\bwould come before the (?:[\w-]+ ){0,3}(?:measures|care|treatment)\b",
        )
    },
    // Conservative care: the records do not show that a lesser treatment was ever tried or prescribed.
    Rule {
        unless_within: CONDITION_OR_APPROVED,
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:does|do|did) not (?:show|demonstrate|document|establish|indicate|reflect|confirm|suggest) that (?:an? |any |the )?(?:[\w-]+ ){0,5}?(?:was|were|has been|have been|had been) (?:ever |previously |first )?(?:tried|attempted|trialed|prescribed|taken|given)\b",
        )
    },
    // Conservative care: lesser measures not mentioned anywhere in the records.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether)\b",
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:physical therapy|PT|physiotherapy|therapy|rehabilitation|exercises?|home exercise program|stretching|chiropractic|acupuncture|injections?|psycholog\w*|splint\w*|brac(?:e|es|ing)|orthotics?|NSAIDs?|anti-?inflammator\w*|acetaminophen|medications?|activity modification)\b[^.;]{0,100}?\b(?:is|are|was|were) not (?:mentioned|documented|described|recorded|noted|found) (?:anywhere|at all)\b|\bnowhere (?:in the (?:records?|file|notes) )?(?:is|are|was|were) (?:[\w-]+ ){0,3}(?:tried|mentioned|documented)\b",
        )
    },
    // Conservative care: no record of the usual first measures (orthotics, stretching, a steroid injection, modified duty).
    Rule {
        unless_within: CONDITION_OR_APPROVED,
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\bno (?:record|documentation|evidence|mention|history|description) of (?:a |an |any )?(?:[\w-]+ ){0,2}?(?:orthotics?|night splint\w*|stretching|heel cups?|(?:steroid|cortisone|corticosteroid) injections?|acetaminophen|chiropractic|acupuncture|massage|modified duty|home exercise program|exercise program|non-?operative (?:care|treatment)|conservative (?:care|treatment))\b",
        )
    },
    // Conservative care: nothing documented as attempted and failed, the care listed at length.
    Rule {
        unless_within: CONDITION_OR_APPROVED,
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\bno (?:\w+ ){0,2}(?:documentation|evidence|indication|record) that\b[^.;]{0,160}?\b(?:has|have) been (?:attempted|tried|trialed|undertaken) and (?:failed|been unsuccessful)\b",
        )
    },
    // Missing documentation: an evaluation, a report or notes said not included, submitted or on file.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether|should|must)\b",
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\bno (?:[\w-]+ ){0,4}?(?:evaluation|testing|tests?|reports?|notes|records|screen\w*|assessment|results|stud(?:y|ies)|imaging|films|questionnaires?|plan)\b (?:[\w-]+ ){0,4}?(?:is|are|was|were|has been|have been) (?:included|submitted|provided|attached|enclosed|available|on file|present)\b|\bthere (?:is|are) no (?:[\w-]+ ){1,4}(?:evaluation|testing|reports?|notes|screen\w*|assessment|results) (?:in|on|within) (?:the )?(?:records?|file|submitted (?:records|documents|documentation)|packet)\b",
        )
    },
    // Missing documentation: no psychological screening before surgery; no job or return-to-work goal named.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether|should|must)\b",
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\bno (?:documentation|evidence|record) of (?:a |an |any )?(?:pre-?operative |pre-?surgical |presurgical )?(?:psycholog\w*|psychosocial|behavioral) (?:screen\w*|evaluation|clearance|assessment)\b|\b(?:does|do|did) not (?:identify|state|specify|name|describe|indicate) (?:the |a |any )?(?:specific )?(?:job|position|occupation|return[- ]to[- ]work)\b|\bno (?:documentation of )?(?:a |any )?(?:specific |defined )?(?:job (?:to return to|offer)|return[- ]to[- ]work (?:goal|plan))\b",
        )
    },
    // Missing documentation: without a stated indication; what, why or whether not explained or said.
    Rule {
        unless_within: r"\b(?:if|when|unless)\b",
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\bwithout (?:a |any )?(?:stated|specified|clear|given) (?:indication|reason|rationale|purpose|goal)\b|\b(?:does|do|did) not (?:explain|say|clarify)\b (?:what|why|how|which|whether)\b|\bnor\b[^.;]{0,60}?\bexplains? (?:what|why|how)\b|\bwithout (?:explaining|stating|saying|specifying|clarifying) (?:why|what|how|which|whether)\b|\b(?:has|have|had) not (?:said|stated|specified|indicated|clarified) (?:whether|which|what|how|why)\b|\blists? no (?:quantity|dos\w*|frequency|duration|strength|number)\b",
        )
    },
    // Not recommended: the request is maintenance care; a device to be used alone; against the guideline; not medical treatment; not indicated for chronic or minor pain.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether)\b",
        ..row(
            NOT_RECOMMENDED,
            Reads::Finding,
            r"\b(?:is|represents|constitutes|amounts to|would be|described as) (?:\w+ ){0,2}maintenance (?:care|treatment|therapy)\b|\b(?:would|will|is to) be used (?:as (?:a |an )?(?:stand-?alone|isolated|sole|solitary) (?:treatment|intervention|modality|therapy)|alone|in isolation)\b|\b(?:runs?|goes|go) (?:contrary|counter) to (?:the )?(?:guidelines?|MTUS|ODG|ACOEM|recommendations?)\b|\bis not (?:a )?medical (?:treatment|care)\b|\b(?:is|are) not indicated for (?:minor|chronic|routine|non-?specific|mild)\b",
        )
    },
    // Ancillary: the associated items, listed, are also not necessary.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether)\b",
        ..row(
            ANCILLARY,
            Reads::Finding,
            r"\b(?:associated|accompanying|related|ancillary|attendant|requested|post-?operative|pre-?operative|peri-?operative)\b[^.;]{0,150}?\b(?:are|is) (?:also|likewise|similarly|equally|therefore also) not (?:medically necessary|necessary|supported|indicated|certified)\b",
        )
    },
    // Twenty-sixth rows, for wordings item sets JH, JI and JJ showed (read after they were held out against the twenty-fifth rows; written in general forms).
    // No functional improvement: the treatment has not changed the worker's pain, function or activity, produced no lasting benefit, nothing to show for it.
    Rule {
        unless_before: GENERIC_BEFORE,
        unless_within: r"\b(?:if|when|unless|whether|would|will|could|expected)\b",
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\b(?:has|have|had|did) not (?:changed|altered|improved) (?:how (?:he|she|they|the \w+) (?:functions?|works?|lives)|(?:his|her|their|the (?:worker's|patient's|claimant's)) (?:pain|function\w*|activit\w*|work status|abilit\w*))\b|\b(?:has|have|had|did) not (?:produced|yielded|delivered|brought|achieved|resulted in|led to) (?:any |a |the )?(?:(?:lasting|durable|sustained|documented|measurable|objective|meaningful|significant|functional) ){0,2}(?:benefit|gains?|improvement|response|relief|results?)\b|\bnothing to show for (?:it|them)\b|\b(?:are|is|remains?|remained|were|was) (?:essentially |virtually )?(?:the same|unchanged) from (?:one|month|visit|week)\b|\brecords? the same (?:[\w-]+ ){0,3}(?:score|rating|pain|level|index)\b|\bno\b[^.;]{0,100}?\b(?:activities|tasks) (?:made possible|enabled|allowed) by\b",
        )
    },
    // Not recommended: not a use the guidelines support; custodial or convenience items the guideline does not cover.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether)\b",
        ..row(
            NOT_RECOMMENDED,
            Reads::Finding,
            r"\b(?:is|are) not (?:a |an )?(?:use|indication) (?:that )?(?:the )?(?:guidelines?|MTUS|ODG|ACOEM) (?:supports?|recommends?|recogni[sz]es?|covers?)\b|\b(?:are|is) (?:\w+ ){0,2}(?:custodial|convenience items?|homemaker services)\b|\b(?:household|homemaker|custodial) services (?:that |which )?the guidelines? (?:does|do) not (?:cover|support|include)\b",
        )
    },
    // Twenty-seventh rows, for wordings item sets JK and JL showed (read after they were held out against the twenty-sixth rows; written in general forms).
    // No functional improvement: measures that have not changed, identical or unchanged from visit to visit, no change attributable to the drug, no gains from the care so far.
    Rule {
        unless_before: GENERIC_BEFORE,
        unless_within: r"\b(?:if|when|unless|whether|would|will|could|expected)\b",
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\b(?:scores?|measurements?|restrictions|rotation|range of motion|ROM|pain (?:levels?|scores?|ratings?)|function\w*|tolerance|abilit(?:y|ies))\b (?:[\w-]+ ){0,6}?(?:has|have|had) not (?:changed|improved|been relaxed|lessened|decreased|been reduced)\b|\bwithout (?:any )?(?:the )?(?:prior |previous |earlier )?(?:care|treatment|therapy|visits|sessions|manipulation) having (?:produced|yielded|shown|brought)\b|\b(?:essentially|virtually|largely) unchanged (?:between|from|since|over)\b|\bunchanged from (?:the )?(?:\w+ ){0,2}(?:measurements?|values|visits?|evaluations?|exam\w*|baseline|levels?|scores?)\b|\b(?:carr(?:y|ies|ied) forward|repeats?|repeated|records?|lists?) (?:the )?(?:identical|same) (?:[\w-]+ ){0,4}(?:scores?|measurements?|ratings?|values)\b|\bwithout (?:any )?(?:demonstrated|documented|objective|measurable) (?:functional )?(?:benefit|gains?|improvement)\b|\b(?:does|do|did) not (?:describe|document|show|report|record) any (?:change|improvement|benefit)\b[^.;]{0,80}?\b(?:attributable|due|owing|related) to\b",
        )
    },
    // Twenty-eighth rows, for wordings item sets JM, JN and JO showed (read after they were held out against the sibling-aware rules; written in general forms).
    // Exceeds: more frequent than recommended; a drug continued into a later month or year of use.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether)\b",
        ..row(
            EXCEEDS_GUIDELINE,
            Reads::Finding,
            r"\bmore (?:frequent(?:ly)?|often) than (?:is )?(?:recommended|supported|allowed|indicated|the guidelines?)\b|\b(?:into|for) (?:a|its|the) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth) (?:month|year)\b",
        )
    },
    // Twenty-ninth rows, for wordings item sets JP, JQ and JR showed (read after they were held out against the twenty-eighth rows; written in general forms).
    // Not recommended: chronic or continued use not supported; a use outside the indications the guideline supports; outside the population it is supported for.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether)\b",
        ..row(
            NOT_RECOMMENDED,
            Reads::Finding,
            r"\b(?:chronic|long-term|prolonged) (?:[\w-]+ ){0,2}use (?:is|was) not (?:supported|recommended|indicated)\b|\boutside (?:the )?(?:indications?|uses?|conditions?) (?:supported|recommended|covered|approved)\b|\bfalls? outside the (?:population|indications?|group|patients)\b",
        )
    },
    // No functional improvement: no activity named that has improved; none of the reports says the drug helps; no evidence that the use produced benefit; the same pain repeated.
    Rule {
        unless_before: GENERIC_BEFORE,
        unless_within: r"\b(?:if|when|unless|whether|would|will|could|expected)\b",
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\b(?:does|do|did) not (?:identify|describe|document|name|list|mention)\b[^.;]{0,100}?\bthat (?:has|have|had) (?:improved|increased|gotten better)\b|\bnone of (?:them|these|those|the \w+)\b[^.;]{0,40}?\b(?:says?|states?|documents?|shows?|reports?|notes?) that\b|\bwithout (?:any )?evidence that\b[^.;]{0,60}?\b(?:produced|yielded|resulted in|provided|brought)\b[^.;]{0,30}?\b(?:benefit|improvement|gains?|relief)\b|\brepeats? the same (?:[\w-]+ ){0,3}(?:pain|scores?|ratings?|restrictions|complaints?)\b",
        )
    },
    // Missing documentation: the request includes, names or specifies no detail.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether)\b",
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\b(?:request|requests|submission|order|prescription|RFA) (?:also |itself )?(?:includes?|contains?|names?|specif(?:y|ies)|lists?|gives?|identif(?:y|ies)|states?) no\b",
        )
    },
    // Not a surgical candidate: does not meet the criteria for the operation; no lesion amenable to surgery; no surgical procedure planned or under consideration.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether)\b",
        ..row(
            NOT_SURGICAL_CANDIDATE,
            Reads::Finding,
            r"\b(?:does|do|did) not (?:currently |yet )?meet (?:the )?(?:criteria|indications|requirements) for (?:[\w-]+ ){0,2}(?:surg\w*|arthroplast\w*|fusion|arthroscop\w*|replacement|decompression|discectomy|laminectomy|operation|operative \w+)\b|\bno (?:lesion|pathology|condition|abnormality) (?:\w+ )?amenable to surg\w*\b|\bnot (?:\w+ )?amenable to surg\w*\b|\b(?:no|not|nor|any)\b[^.;]{0,60}?\bsurg\w* (?:procedure|intervention|treatment|option)s? (?:that |which )?(?:is |are |was |were |has been )?(?:planned|contemplated|under consideration|being considered|proposed)\b",
        )
    },
    // Conservative care: the records show no trial or course of a lesser treatment.
    Rule {
        unless_within: CONDITION_OR_APPROVED,
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:records?|notes?|documentation|file) (?:\w+ )?(?:shows?|documents?|reflects?|describes?|contains?) no (?:(?:[\w-]+ ){0,2}(?:trial|course|attempt)s? of|(?:TENS|H-?wave|interferential|PT|physical therapy|therapy|medication|NSAID|injection|exercise)s? (?:trial|course)s?)\b",
        )
    },
    // Thirtieth rows, for wordings item sets JV, JW and JX showed (read after they were held out against the settling steps of the thirtieth round; written in general forms).
    // Exceeds: twice or double the trial, period or limit; above the recommended limit; sooner than the interval after the last one; long-term use outside the guideline's recommendation.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether)\b",
        ..row(
            EXCEEDS_GUIDELINE,
            Reads::Finding,
            r"\b(?:twice|double|triple|three times|two times)\b (?:[\w-]+ ){0,3}?(?:the |its )?(?:length|duration|number|amount|initial|trial|period|limit|allowance|visits|sessions|guideline|recommended|maximum)\b|\b(?:far |well |significantly )?above (?:the )?(?:recommended|guideline'?s?|maximum|suggested|allowed) (?:limit|maximum|ceiling|dose|threshold)\b|\bless than (?:\w+ ){0,2}(?:weeks?|months?|days?) (?:after|since|from) (?:the )?(?:previous|prior|last|first|earlier)\b|\b(?:use|duration|dose|dosing)\b[^.;]{0,40}?\boutside (?:the )?(?:guidelines?'?s?|MTUS|ODG) (?:recommendations?|limits?|parameters)\b",
        )
    },
    // Not recommended: services the guideline excludes; not a region or use for which the treatment is supported; not indicated for the worker's diagnosis; a test or treatment for such a condition not supported.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether)\b",
        ..row(
            NOT_RECOMMENDED,
            Reads::Finding,
            r"\b(?:which|that) the guidelines? (?:excludes?|does not cover|do not cover)\b|\bservices the guidelines? exclude\w*\b|\bnot (?:a|an) (?:region|indication|condition|use|body part|diagnosis) for which\b[^.;]{0,40}?\b(?:supported|recommended|indicated|approved)\b|\bnot indicated for (?:his|her|their|this|the (?:patient's|worker's|claimant's|applicant's)) (?:diagnosis|condition|presentation)\b|\b(?:testing|tests|studies|study|injections?|blocks?|surgery|fusion|use) for (?:a |an |the )?(?:presumed |suspected )?[\w-]+(?: [\w-]+)? (?:is|are) not (?:supported|recommended|indicated)\b",
        )
    },
    // Thirty-first rows, for wordings item sets JY, JZ and KA showed (read after they were held out against the final rules of the thirtieth round; written in general forms).
    // Precondition: the condition a device or drug is meant for not established; no limitation that would make the item necessary.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether)\b",
        ..row(
            PRECONDITION_ABSENT,
            Reads::Finding,
            r"\b(?:condition|diagnosis|indication|disorder|problem)s? (?:that |which )?(?:the |this |these |such )?(?:device|drug|medication|item|equipment|appliance|guard|splint|brace|orthotics?|unit|product)s? (?:is|are|was|were) (?:meant|intended|designed|indicated|made|prescribed)(?: for| to treat)?\b[^.;]{0,40}?\b(?:not|never|absent|lacking|missing)\b|\b(?:no|without)\b (?:\w+ ){0,2}(?:limitation|condition|diagnosis|indication|impairment|deficit)s? (?:that|which) would (?:make|render|justify)\b",
        )
    },
    // Red flags (a drug's or a device's precondition, settled by service): neither of the conditions present; nothing in the findings points to one; no objective deficit identified.
    Rule {
        // Not a condition: what a home program, a gain, a repeat or an
        // exception would need, or a detail of the request.
        unless_within: r"\b(?:if|when|unless|whether|supervis\w*|home|self-directed|unsupervised|gains?|benefit|improvement|relief|analgesia|levels?|joints?|sides?|exceptions?|aberrant|warrants?|new|interval|change)\b",
        unless_after: r"^[^.;]{0,80}?\b(?:supervis\w*|home|self-directed|unsupervised|exercis\w*)\b",
        ..row(
            NO_RED_FLAGS,
            Reads::Finding,
            r"\bneither (?:an? |the )?[\w-]+(?: [\w-]+){0,3} nor (?:an? |the )?[\w-]+(?: [\w-]+){0,3} (?:is|are|was|were|has been|have been) (?:present|documented|diagnosed|found|described|identified|shown)\b|\bnothing in the (?:\w+ ){0,2}(?:findings|examination|exam|history|presentation|records?|notes) (?:points to|suggests|indicates|supports|is consistent with) (?:an? |any )?(?:[\w-]+ )?(?:inflammatory|rheumat\w*|systemic|infection|infectious|tumou?r|malignan\w*|cancer|fracture|neurolog\w*|radicul\w*|myelopath\w*|instability|arthropath\w*|arthritis|disorder|disease|pathology|nerve \w+|compression)\b|\bno objective (?:[\w-]+ ){0,3}(?:deficits?|abnormalit\w+|findings?|impairments?) (?:is|are|was|were|has been|have been) (?:identified|documented|found|shown|noted|described|present)\b",
        )
    },
    // Exceeds: above or past the number the guideline supports; past the guideline's ceiling.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether)\b",
        ..row(
            EXCEEDS_GUIDELINE,
            Reads::Finding,
            r"\b(?:above|beyond|past|over|exceeds?|exceeding) the (?:number|amount|quantity|total|duration|length)\b[^.;]{0,30}?\b(?:guidelines?|MTUS|ODG|recommended|supported|allowed|supports|allows|recommends)\b|\b(?:past|beyond|above|over) (?:the )?(?:guidelines?'?s?|MTUS|ODG|recommended|supported|allowed) (?:ceiling|limit|maximum|cap|cutoff|threshold|total)\b",
        )
    },
    // Conservative care: never given, offered or fitted with the lesser care.
    Rule {
        unless_within: CONDITION_OR_APPROVED,
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:has|have|had|was|were) (?:not|never) (?:yet )?been (?:given|offered|provided|fitted with|issued|taught|instructed in|trialed on|started on) (?:a |an |any )?(?:[\w-]+ ){0,2}?(?:physical therapy|PT|physiotherapy|therapy|rehabilitation|exercises?|home exercise program|stretching|chiropractic|acupuncture|injections?|psycholog\w*|(?:night )?splint\w*|brac(?:e|es|ing)|orthotics?|NSAIDs?|anti-?inflammator\w*|acetaminophen|medications?|activity modification|TENS)\b",
        )
    },
    // Not a surgical candidate: not cleared for an operation; surgery not to proceed until a condition is controlled.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether)\b",
        ..row(
            NOT_SURGICAL_CANDIDATE,
            Reads::Finding,
            r"\b(?:has|have|had|is|are|was|were) not (?:yet )?(?:been )?(?:medically )?cleared (?:(?:the (?:worker|patient|claimant|applicant|employee)|him|her|them) )?for (?:an? |the )?(?:surg\w*|operation|operative \w+|procedure)\b|\bsurgery (?:should|can|could|will|would) not (?:proceed|be performed|go forward|take place) until\b",
        )
    },
    // Not recommended: not supported for this operation or use; of a kind the guideline does not cover.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether)\b",
        ..row(
            NOT_RECOMMENDED,
            Reads::Finding,
            r"\b(?:is|are|was|were) not (?:supported|recommended|indicated|warranted) for (?:this|these|the|such an?) (?:operation|procedure|surgery|type of (?:surgery|procedure)|kind of (?:surgery|procedure))\b|\bof a (?:kind|type|sort) (?:that )?the guidelines? (?:excludes?|does not cover|do not cover|does not support|do not support)\b",
        )
    },
    // No functional improvement: not shown to help; no change attributable to the drug or treatment.
    Rule {
        // "where topical NSAIDs have not been shown to work": the
        // guideline's evidence for a class, not this worker's response.
        unless_before: r"\b(?:if|when|unless|until|whether|where|which|that|for which|in which)\b[^.;]{0,60}$|\b(?:patients|those|individuals|people|cases) (?:who|with|that|whose)\b[^.;]{0,40}$",
        unless_within: r"\b(?:if|when|unless|whether)\b",
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\b(?:has|have|had) not been shown to (?:help|work|be (?:effective|helpful|beneficial)|benefit|improve)\b|\bno (?:change|improvement) in\b[^.;]{0,60}?\b(?:attributable|due|owing) to (?:the |this |its )?(?:drug|medication|treatment|therapy|use)\b",
        )
    },
    // Not recommended: the guideline's "not indicated for" a class of conditions (minor, chronic); "for chronic use" is the conditional form.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether|without|absence)\b",
        unless_after: r"^\s*(?:use|usage|administration|dosing)\b",
        ..row(
            NOT_RECOMMENDED,
            Reads::GuidelineOnService,
            r"\b(?:is|are) not indicated for (?:use in |the treatment of )?(?:[\w-]+ (?:or|and) )?(?:minor|chronic|mild|non-?specific|routine)\b",
        )
    },
    // Ancillary: the procedure it goes with has not been found medically necessary or certified in this review; no surgery to prepare for.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether|previously|prior|earlier|last year)\b",
        ..row(
            ANCILLARY,
            Reads::Finding,
            r"\b(?:procedure|surgery|surgical request|operation|arthroscopy|fusion|decompression|discectomy|microdiscectomy|laminectomy|release|repair|replacement|arthroplasty|meniscectomy|blocks?|injections?|ablation|neurotomy)\b(?:,? [^.;,]{0,80}?,)?(?: [\w-]+){0,8}? (?:has|have|had) not been (?:found |deemed |considered )?(?:medically necessary|certified|approved|authorized)\b|\b(?:procedure|surgery|surgical request|operation|arthroscopy|fusion|decompression|discectomy|microdiscectomy|laminectomy|release|repair|replacement|arthroplasty|meniscectomy|blocks?|injections?|ablation|neurotomy)\b(?:,? [^.;,]{0,80}?,)?(?: [\w-]+){0,8}? (?:is|are|was|were) not (?:found |deemed )?(?:medically necessary|certified|approved|authorized) (?:in|by|during) this review\b|\bno (?:surgery|procedure|operation) (?:to prepare for|for which)\b",
        )
    },
    // No functional improvement: measures of function or use unchanged after the care; the response falls short of what a repeat needs.
    Rule {
        unless_before: GENERIC_BEFORE,
        unless_within: r"\b(?:if|when|unless|whether|would|will|could|expected)\b",
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\b(?:restrictions|medication use|(?:opioid|narcotic|analgesic|medication|drug|pill|tablet|[\w-]+) (?:use|intake|dose|dosage|consumption)|tolerance|grip strength|function\w*|activit(?:y|ies)(?: of daily living)?|ADLs?|work (?:status|duties|restrictions)|range of motion|(?:pain|disability|VAS|NDI|ODI|Oswestry) (?:scores?|levels?|ratings?|index\w*)|measurements)\b[^.;]{0,80}?\b(?:(?:were|was|are|is|remained|remain|remains|stayed|stays) (?:also |all |likewise |essentially |largely |virtually )?(?:unchanged|the same|not changed|no different|at (?:the same|baseline))|did not change|have not changed|has not changed|were not (?:changed|reduced|relaxed|lifted)|the same as before)\b|\b(?:falls?|fell) (?:well |far |considerably )?short(?: of (?:the |that )?(?:degree|duration|threshold|relief|benefit|improvement|response|level|amount)\b|\W*$)",
        )
    },
    // Thirty-second rows, for wordings item sets KG to KJ showed (read after they were held out; written in general forms).
    // No red flags: the findings (required, objective, of a condition) said to be not present or absent.
    Rule {
        unless_within: r"\b(?:if|when|unless|whether|should|must)\b",
        ..row(
            NO_RED_FLAGS,
            Reads::Finding,
            r"\b(?:findings|signs)\b (?:[\w-]+ ){0,3}?(?:are|were|is|was|remain) (?:not present|absent|lacking|missing)\b",
        )
    },
    // Conservative care: the records do not show (no evidence) that the worker has begun, tried or taken part in the lesser care.
    Rule {
        unless_within: CONDITION_OR_APPROVED,
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\b(?:(?:does|did|do) not (?:show|document|indicate|reflect|establish|demonstrate)|(?:no|nor is there|nor was there|without) (?:\w+ ){0,2}(?:evidence|indication|documentation|record|mention)) that (?:he|she|they|the (?:patient|claimant|worker|injured worker|employee|applicant)) (?:has |have |had )?(?:ever |yet )?(?:begun|started|tried|attempted|undergone|completed|received|participated in)\b[^.;]{0,40}?\b(?:physical therapy|PT|physiotherapy|therapy|conservative|first[- ]line|NSAIDs?|anti-?inflammator\w*|medications?|injections?|exercises?|chiropractic|acupuncture|splint\w*|brac(?:e|es|ing)|activity modification)\b",
        )
    },
    // Conservative care: no indication that lesser care, named at any length, has been tried.
    Rule {
        unless_within: CONDITION_OR_APPROVED,
        ..row(
            CONSERVATIVE_CARE,
            Reads::Finding,
            r"\bno (?:\w+ ){0,2}(?:indication|evidence|documentation|record|mention) that\b[^.;]{0,120}?\b(?:has|have) (?:ever )?been (?:tried|attempted|undertaken|trialed)\b",
        )
    },
    // No functional improvement: the records never say whether the care has helped; a measure that stayed at its number.
    Rule {
        unless_before: GENERIC_BEFORE,
        unless_within: r"\b(?:if|when|unless|should|must|would|will)\b",
        ..row(
            NO_FUNCTIONAL_IMPROVEMENT,
            Reads::Finding,
            r"\b(?:never|not|fail to|fails to|failed to)\b (?:\w+ ){0,2}?(?:record|document|say|state|describe|mention|note|report|address)(?:s|ed)? (?:whether|how|if) (?:the |this |that |his |her |it )?(?:[\w-]+ ){0,2}?(?:has |have |had )?(?:helped|improved|worked|benefit\w*|changed|reduced|relieved|made a difference)\b|\b(?:pain|rotation|flexion|extension|abduction|range of motion|ROM|scores?|grip(?: strength)?|VAS|Oswestry|ODI|NDI)\b[^.;]{0,60}?\b(?:stayed|remained|was still|is still) (?:at |steady at )?\d",
        )
    },
    // Precondition: no deficit the device is for ("no mobility deficit that a cane cannot address"); none of the criteria for the device's or drug's trial documented; not enrolled in the program it is an adjunct to.
    Rule {
        unless_before: GENERIC_BEFORE,
        unless_within: r"\b(?:if|when|unless|whether|should|must)\b",
        ..row(
            PRECONDITION_ABSENT,
            Reads::Finding,
            r"\bno (?:\w+ )?(?:mobility|ambulat\w*|transfer) (?:deficits?|limitations?|impairments?)\b|\bnone of the (?:\w+ )?(?:criteria|indications|conditions) (?:for|of) (?:an? |the )?(?:\w+ ){0,4}?(?:trial|use|unit|device|stimulat\w*|medication|drug)\b[^.;]{0,30}?\b(?:are|is|were|has been|have been) (?:documented|met|present|described|established)\b|\b(?:not|neither|nor)\b (?:\w+ ){0,5}?(?:enrolled|participating|engaged|involved) in (?:an? |any )?(?:[\w-]+ ){0,3}?(?:CBT|cognitive behavio\w* therapy|functional restoration|exercise|rehabilitation) (?:program|programme)\b",
        )
    },
    // Missing documentation: how many visits or sessions were had is not documented or not known.
    Rule {
        unless_within: r"\b(?:if|when|unless|should|must)\b",
        ..row(
            MISSING_DOCUMENTATION,
            Reads::Finding,
            r"\b(?:the )?(?:number|count|total) of (?:[\w-]+ ){0,3}?(?:visits|sessions|treatments)\b[^.;]{0,80}?\b(?:is|are|was|were|remains?) (?:not (?:documented|stated|given|specified|provided|known|recorded)|unknown|unclear|undocumented)\b|\bno (?:documentation|record|indication|mention|information) of how many (?:[\w-]+ ){0,3}?(?:visits|sessions|treatments)\b",
        )
    },
];
