//! Disputed item text -> service category facet path.
//!
//! This module owns the service category vocabulary: an ordered rule table
//! that maps the free text of one disputed item ("Norco 10/325mg #90",
//! "Lumbar epidural steroid injection L4-5", "TENS unit") to a facet path
//! such as `/Pharmaceuticals/Opioids`. The categories follow the ones
//! California workers' compensation research reports IMR outcomes by, so
//! users can set search results beside published tables.
//! `index_schema/SERVICE_CATEGORIES.md` is the user-facing description of the
//! table; a test checks that it names every path the table can return.
//!
//! The table has three parts, tried in this order: [`EARLY_RULES`] (services
//! around care, tests, programs, procedures, imaging, compounded and topical
//! drug forms), the drug vocabulary [`drugs::CLASSES`] (generic and brand
//! names by class), and [`LATE_RULES`] (therapies, equipment, visits,
//! surgery, and anything written like a prescription). Within each part the
//! first rule that matches wins, so the order is the precedence; the drug
//! vocabulary returns the earliest class any of the item's names belongs to.
//!
//! Regex matching is case-insensitive on ASCII word boundaries, except the
//! abbreviations "PT" and "OT", which must be upper case ("pt" is the usual
//! shorthand for "patient"). The rules are compiled once.

pub mod drugs;
#[cfg(test)]
mod examples;

use once_cell::sync::Lazy;
use regex::Regex;

/// Path for items no rule recognises (and for empty text).
pub const OTHER: &str = "/Other";

/// Longest item text examined; longer text is cut on a character boundary.
/// Real items are under a few hundred characters.
const MAX_INPUT: usize = 4_000;

/// The rules tried before the drug vocabulary: `(facet path, pattern)`; the
/// first matching rule wins. A path may appear more than once at different precedence (for
/// example a few unmistakable equipment names are checked before the topical
/// drug forms, the rest after the therapies).
///
/// Patterns are case-insensitive regexes; `\b` is an ASCII word boundary.
/// Each group's comment names the item text it exists for.
pub const EARLY_RULES: &[(&str, &str)] = &[
    // ---- 0. Services around care, before anything they name: "Transportation
    // to physical therapy appointments", "Round-trip taxi to the MRI".
    (
        "/Transportation",
        r"\b(?:transportation|transport|taxi\w*|cab|mileage|ambulance|uber|lyft|shuttle|(?:medical\s+)?rides?\s+to)\b",
    ),
    // Non-medical services: "Interpreter for the psychological evaluation",
    // "Copies of medical records".
    (
        OTHER,
        r"\b(?:interpreters?|(?:interpret\w*|translation)\s+services?|translators?|medical\s+records|copies\s+of\s+records)\b",
    ),
    // ---- 1. Tests about drugs, before any drug name: "Urine drug screen",
    // "Urine toxicology for opioid compliance".
    (
        "/Diagnostic Testing/Drug Screening",
        r"\b(?:urine\s+(?:drug|tox\w*|screen\w*|test\w*)|drug\s+(?:screen\w*|test\w*|panel)|uds|tox(?:icology)?\s+screen\w*|toxicology|confirmatory\s+(?:testing|test))\b",
    ),
    // ---- 1a. Assessments about drugs, before any drug name: "Opioid risk
    // assessment", "Addiction medicine consultation" are visits.
    (
        "/Evaluation and Management",
        r"\b(?:(?:opioid|opiate|narcotic)\s+(?:risk\s+)?(?:assessment|evaluation|screening\s+questionnaire|consult\w*)|addiction\s+(?:medicine\s+)?(?:consult\w*|evaluation|assessment))\b",
    ),
    // ---- 1b. A visit with a practitioner, and a course of acupuncture
    // visits, before the practitioner's own rule and before any drug named
    // as an add-on: "Re-exam with chiropractor", "Twelve acupuncture visits
    // with capsaicin patch"; dry needling before the trigger points it names.
    (
        "/Evaluation and Management",
        r"\b(?:re-?\s?exam\w*|exam\w*|evaluations?|re-?\s?evaluations?|consult\w*|visits?|follow[\s-]?ups?)\s+(?:with|by)\s+(?:an?\s+|the\s+)?(?:chiropractor|acupuncturist|physical\s+therapist|orthopedi\w+|orthopaedi\w+|specialist|surgeon|psycholog\w+|psychiatrist|neurologist|podiatrist|physician)\b",
    ),
    (
        "/Acupuncture",
        r"\b(?:acupunct\w*\s+(?:visits?|sessions?|treatments?)|dry\s+needling)\b",
    ),
    // ---- 2. Programs: "Functional restoration program x 10 days",
    // "Outpatient detoxification", "Gym membership x 6 months".
    (
        "/Programs/Functional Restoration",
        r"\b(?:functional\s+restoration|frp|help\s+program|(?:inter|multi)-?\s?disciplinary\s+(?:pain|program|rehab\w*|evaluation)|(?:chronic\s+)?pain\s+(?:management\s+|rehabilitation\s+)?program)\b",
    ),
    (
        "/Programs/Detoxification",
        r"\b(?:detox\w*|(?:opioid|opiate|narcotic)\s+(?:weaning|taper\w*)\s+program|drug\s+rehabilitation)\b",
    ),
    (
        "/Programs/Work Conditioning",
        r"\b(?:work\s+(?:hardening|conditioning|simulation))\b",
    ),
    (
        "/Programs/Weight Loss",
        r"\b(?:weight\s+(?:loss|reduction|management)|lindora|medifast|nutrisystem|jenny\s+craig)\b",
    ),
    (
        "/Programs/Gym Membership",
        r"\b(?:gym|health\s+club|fitness\s+(?:center|club|membership)|ymca|(?:pool|club)\s+membership|membership)\b",
    ),
    // Day programs, before any hospital word: "Partial hospitalization
    // program 5 days a week", "Intensive outpatient program".
    (
        "/Programs/Day Treatment",
        r"\b(?:partial\s+hospitali[sz]ations?|php|intensive\s+out-?\s?patient|iop|day\s+(?:treatment|program|hospital)|adult\s+day\s+(?:care|health|program))\b",
    ),
    // Stays in a facility for care, not for an operation: "Inpatient
    // rehabilitation", "Skilled nursing facility stay".
    (
        "/Programs/Residential",
        r"\b(?:(?:inpatient|acute)\s+rehab\w*|skilled\s+nursing\s+facilit(?:y|ies)|snf|residential\s+(?:treatment|programs?|care|rehab\w*|facilit(?:y|ies))|assisted\s+living|nursing\s+(?:homes?|facilit(?:y|ies))|sub-?\s?acute\s+(?:rehab\w*|care))\b",
    ),
    // A psychological evaluation before an implant is a psychological
    // service: "Psychological clearance for a spinal cord stimulator".
    (
        "/Psychological Services",
        r"\b(?:psych\w*\s+(?:clearance|evaluations?|assessments?|screening|consult\w*|testing))\b",
    ),
    // Supports named after a joint that injections also name: "Sacroiliac
    // belt", "SI joint brace".
    (
        "/Durable Medical Equipment",
        r"\b(?:(?:sacroiliac|si)\s+(?:joint\s+)?(?:belts?|braces?|supports?|binders?))\b",
    ),
    // ---- 3. Implanted devices and procedures that mention injection-like
    // words: "Spinal cord stimulator trial", "Manipulation under anesthesia";
    // an assistant surgeon is part of the operation, whatever visit words
    // follow ("Assistant surgeon consult"), and so is a physician assistant
    // or nurse first assistant at surgery.
    (
        "/Surgery",
        r"\b(?:manipulation\s+under\s+(?:general\s+)?an(?:a)?esthesia|mua|spinal\s+cord\s+stimulat\w*|scs|dorsal\s+column\s+stimulat\w*|(?:peripheral|occipital)\s+nerve\s+stimulat\w*|(?:dorsal\s+root\s+ganglion|drg)\s+stimulat\w*|(?:sacroiliac|si)\s+(?:joint\s+)?(?:fusion|arthrodesis)|ifuse|(?:intrathecal|implant\w*)\s+(?:\w+\s+){0,2}(?:pumps?|delivery\s+systems?|trials?)|pain\s+pump|kyphoplasty|vertebroplasty|assistant\s+surgeons?|co-?\s?surgeons?|surgical\s+assist\w*|assist(?:ant|ance|ing)?\s+(?:at|in|for|during|with)\s+(?:the\s+)?(?:surgery|operation|procedure)|first\s+assist\w*|rnfa|(?:physician\s+assistant|pa-?c)\s+(?:assist\w*|(?:at|for|during|in)\s+(?:the\s+)?(?:surgery|operation|procedure)))\b",
    ),
    // A therapy that follows a trigger point test: "Localized intense
    // neurostimulation therapy following TPII".
    (
        "/Physical Therapy",
        r"\b(?:neuro-?\s?stimulation\s+therap\w*)\b",
    ),
    // A test that names trigger points: "Trigger point impedance imaging".
    (
        "/Diagnostic Testing/Other",
        r"\b(?:trigger\s*-?\s*points?\s+impedance\s+imaging|impedance\s+imaging|tpii)\b",
    ),
    // ---- 4. Injection procedures, before drug names so "Lidocaine trigger
    // point injections" is a procedure: "Lumbar epidural steroid injection
    // L4-5", "Bilateral L4-5 medial branch blocks", "Right knee Synvisc".
    (
        "/Injections/Radiofrequency Ablation",
        r"\b(?:radio\s?-?frequency|rfa|rhizotom(?:y|ies)|neurotom(?:y|ies)|neurolys[ie]s|ablations?|rf\s+lesion\w*)\b",
    ),
    (
        "/Injections/Epidural Steroid",
        r"\b(?:epidurals?|esis?|tfesis?|transforaminal|interlaminar|caudal|(?:selective\s+)?nerve\s+root\s+blocks?|snrbs?)\b",
    ),
    (
        "/Injections/Facet",
        r"\b(?:facets?|medial\s+branch|mbbs?|zygapophys\w*)\b",
    ),
    (
        "/Injections/Trigger Point",
        r"\b(?:trigger\s*-?\s*points?|tpis?)\b",
    ),
    (
        "/Injections/Other",
        r"\b(?:prps?|platelet[\s-]+rich|prolotherap\w*|botox|botulinum|stem\s+cells?|ozone\s+injections?|autologous\s+(?:blood|conditioned\s+serum)|amniotic|exosomes?|regenerative\s+injections?)\b",
    ),
    (
        "/Injections/Joint",
        r"\b(?:intra-?\s?articular|arthrocentes[ie]s|(?:joint|knee|bursa\w*|elbow|shoulder|ankle|wrist|hip)\s+aspirations?|aspirations?\s+of\s+(?:the\s+)?(?:right\s+|left\s+)?(?:joint|knee|bursa\w*|elbow|shoulder|ankle|wrist|hip)|sacroiliac|si\s+joint|joint\s+injections?|visco-?\s?supplement\w*|hyaluron\w*|synvisc\w*|euflexxa|orthovisc|supartz|hyalgan|gel-one|monovisc|cortisone|corticosteroid\s+injections?|steroid\s+injections?|(?:knee|shoulder|hip|elbow|wrist|ankle|subacromial|bursa[l]?|bursitis|joint|tendon\s+sheath|carpal\s+tunnel|trigger\s+finger)\b[^.;]{0,40}\binjections?|injections?\b[^.;]{0,40}\b(?:knee|shoulder|hip|elbow|wrist|ankle|subacromial|bursa[l]?|joint|tendon\s+sheath|carpal\s+tunnel|trigger\s+finger))\b",
    ),
    (
        "/Injections/Nerve Block",
        r"\b(?:nerve\s+blocks?|stellate\s+ganglion|sympathetic\s+blocks?|ganglion\s+impar|genicular|blocks?)\b",
    ),
    // Steroids sold only for injection, before the drug vocabulary (which
    // would class "Depo-Medrol" by its oral namesake): "Kenalog 40mg".
    (
        "/Injections/Other",
        r"\b(?:kenalog|triamcinolone|depo-?\s?medrol|celestone|aristospan|zilretta)\b",
    ),
    // ---- 5. Imaging and tests, before drug and therapy names:
    // "MRI of the lumbar spine", "EMG/NCV bilateral upper extremities".
    // "Therapeutic ultrasound" is a physical therapy modality and an
    // ultrasound bone stimulator is equipment, so both come first.
    // "Pulsed ultrasound 2 times a week", "Ultrasound 1 times 8": a course
    // of sessions is a treatment, not an imaging study; so is interferential
    // current therapy (an interferential unit is equipment) and infrared
    // therapy (an infrared lamp is equipment), and hot or cold packs given as
    // a course ("Hot packs 2x4"; the packs themselves are equipment).
    (
        "/Physical Therapy",
        r"\b(?:therapeutic\s+ultrasound|pulsed\s+ultrasound|ultrasound\s+(?:therapy|treatments?|sessions?|\d+\s*(?:times|x)\b)|interferential\s+(?:current\s+)?(?:therap\w*|treatments?|sessions?|stimulation)|infrared\s+(?:light\s+)?(?:therap\w*|treatments?|sessions?)|(?:hot|cold)\s+packs?\s+(?:\d+\s*(?:x|times)\s*\d+|x\s*\d+|\d+\s+sessions?))\b",
    ),
    (
        "/Durable Medical Equipment",
        r"\b(?:(?:ultrasound\s+)?bone\s+(?:growth\s+)?stimulat\w*|exogen|(?:tens|interferential|h-?\s?wave)\s+(?:unit\s+)?(?:patch(?:es)?|pads?|electrodes?|supplies)|hearing\s+aids?|work\s?-?\s?stations?|sit[\s/-]+(?:to[\s/-]+)?stand\w*|standing\s+desks?|(?:telephone\s+|phone\s+)?headsets?|(?:voice|speech)\s+recognition|dictation\s+software|ergonomic\s+(?:chairs?|desks?|keyboards?|mouse|equipment|evaluation\s+and\s+equipment))\b",
    ),
    (
        "/Diagnostic Imaging",
        r"\b(?:mri'?s?|mra|mr\s+arthrogra\w*|magnetic\s+resonance|ct|cat\s+scans?|computed\s+tomography|x-?\s?rays?|xrays?|radiographs?|radiographic|ultrasounds?|sonogra\w*|ultrasonogra\w*|bone\s+scans?|scintigra\w*|myelogra\w*|arthrogra\w*|discogra\w*|pet\s+scans?|dexa|dxa|bone\s+density|fluoroscop\w*|doppler|imaging|scans?)\b",
    ),
    (
        "/Diagnostic Testing/Electrodiagnostic",
        r"\b(?:emgs?|ncvs?|ncs|nerve\s+conduction|evoked\s+potentials?|veps?|baers?|electromyogra\w*|electrodiagnostic\w*|ssep|somatosensory\s+evoked|qst|quantitative\s+sensory)\b",
    ),
    (
        "/Diagnostic Testing/Sleep Study",
        r"\b(?:sleep\s+stud(?:y|ies)|polysomnogra\w*|sleep\s+(?:apnea\s+)?tests?|sleep\s+(?:apnea\s+)?testing)\b",
    ),
    (
        "/Diagnostic Testing/Laboratory",
        r"\b(?:labs?|laboratory|blood\s+(?:work|tests?|draw|panel|level)|cbc|cmp|bmp|metabolic\s+panel|chem(?:istry)?\s+panel|liver\s+function|lfts?|renal\s+function|kidney\s+function|hepatic\s+function|a1c|hba1c|lipid\s+panel|urinalysis|cultures?|genetic\s+test\w*|dna\s+test\w*|cytokine\w*|pharmacogen\w*|serum|tsh|esr|crp|sed\s+rate|pt/inr|inr|prothrombin|complete\s+blood\s+count|blood\s+count|(?:hepatic|liver|renal|thyroid|electrolyte|coagulation|arthritis|rheumatoid|inflammatory|autoimmune)\s+panel|rheumatoid\s+factor|uric\s+acid|hemoglobin|(?:vitamin|b12|testosterone|hormone|thyroid|drug|medication|magnesium|potassium|calcium|iron|lithium|glucose|cortisol)\b[^.;]{0,30}\blevels?)\b",
    ),
    (
        "/Diagnostic Testing/Other",
        r"\b(?:functional\s+(?:capacity|abilities)\s+(?:evaluations?|exam\w*|test\w*|assessments?)|fces?|ekgs?|ecgs?|electrocardiogra\w*|echocardiogra\w*|eegs?|electroencephalogra\w*|(?:cardiac\s+|treadmill\s+)?stress\s+tests?|pulmonary\s+function|pfts?|holter|vng|videonystagmogra\w*|audiogra\w*|audiometr\w*|audiolog\w*|hearing\s+tests?|spirometr\w*|computeri[sz]ed\s+(?:rom|range\s+of\s+motion|muscle\s+test\w*)|(?:range\s+of\s+motion|rom)\s+(?:test\w*|measurements?)|muscle\s+testing|grip\s+(?:strength|test\w*|dynamomet\w*)|dynamomet\w*|jamar|pinch\s+(?:strength|test\w*)|tilt\s+table|autonomic\s+(?:function\s+|nervous\s+system\s+)?test\w*|sudomotor|sudoscan|biops(?:y|ies)|nerve\s+fiber\s+density|balance\s+test\w*|posturograph\w*|vestibular\s+test\w*|allergy\s+test\w*|(?:pulse|overnight)\s+oximetry|ankle[\s-]+brachial|current\s+perception\s+threshold|neurometer|physical\s+performance\s+(?:evaluations?|test\w*)|diagnostic\s+test\w*)\b",
    ),
    // ---- 6. Hot/cold packs and insoles say "gel" but are equipment:
    // "Hot/cold gel packs".
    (
        "/Durable Medical Equipment",
        r"\b(?:(?:hot|cold|ice|gel|heat(?:ing)?)(?:\s*/\s*(?:hot|cold))?\s+(?:gel\s+)?(?:packs?|wraps?|pads?)|thermacare|insoles?)\b",
    ),
    // ---- 7. Drugs. Compounded products first, whatever they contain:
    // "compounded Flurbiprofen 20%/Baclofen 5%/Lidocaine 4% cream 180gm",
    // "Compound Ketoprofen 20%, 240 grams", and the compounded oral
    // suspension and cream kits sold under brand names ("Synapryn 10mg/ml
    // oral suspension", "Ketophene 20% cream"). Two strengths in percent mark
    // a compound. "Compound fracture" is not a drug.
    (
        "/Pharmaceuticals/Compounded",
        r"\b(?:compounded|compounding|compound\s*:|compound\s+(?:creams?|gels?|ointments?|medications?|drugs?|topicals?|analgesics?)|oral\s+suspensions?|deprizine|dicopanol|fanatrex|synapryn|tabradol|ketophene|cyclophene|fluriflex|gabaclotram|tg\s*-?\s*(?:hot|ice))\b|\bcompound\s+[a-z]+\s*[/,+\d]|\d\s*%[^%]{0,80}\d\s*%",
    ),
    // Topical forms next, so a cream of an NSAID is a topical; a weight in
    // grams marks a cream (20 grams or more: oral doses given in grams, such
    // as "Sucralfate 1gm", are smaller), and lidocaine in percent is a
    // topical strength.
    (
        "/Pharmaceuticals/Topicals",
        r"\b(?:creams?|gels?|ointments?|lotions?|liniments?|topicals?|topically|lidoderm|lidocaine\s+(?:\d+(?:\.\d+)?\s*%\s*)?(?:patch|pad)(?:es|s)?|terocin|flector|pennsaid|capsaicin|capzasin|menthol|methyl\s+salicylate|medrox|lidopro|dendracin|biofreeze|ben-?gay|salonpas|camphor|(?:[2-9]\d|[1-9]\d{2,})(?:\.\d+)?\s*(?:gm|grams?))\b|\blidocaine\s+\d+(?:\.\d+)?\s*%",
    ),
    // "Tylenol #3", "Tylenol No. 3": the number names the codeine strength.
    (
        "/Pharmaceuticals/Opioids",
        r"\btylenol\s*(?:#\s*[234]|no\.?\s*[234]|[234])\b",
    ),
];

/// The rules tried after the drug vocabulary ([`drugs::CLASSES`]), in order.
pub const LATE_RULES: &[(&str, &str)] = &[
    // Patches not named above (a patch of a drug the vocabulary names, such
    // as "Butrans" or "Clonidine patch", was matched already).
    (
        "/Pharmaceuticals/Topicals",
        r"\b(?:patch(?:es)?|transdermal)\b",
    ),
    // ---- 8. Therapies and services.
    // "Cognitive behavioral therapy 6 sessions", "Biofeedback x 6".
    (
        "/Psychological Services",
        r"\b(?:psychotherap\w*|psycholog\w*|neurocognitive|cognitive\s+(?:testing|tests?|assessments?|evaluations?)|psychiatr\w*|psych|neuropsych\w*|psychometric\w*|cognitive[\s-]+behavio\w*|cbt|biofeedback|counsel+ing|mental\s+health|hypno\w*|behavio(?:u)?ral\s+(?:therapy|medicine|health|pain|treatment|intervention\w*)|relaxation\s+training|stress\s+management|group\s+therapy|individual\s+therapy|family\s+therapy)\b",
    ),
    // Teeth and mouth, before the splints and implants they may name:
    // "Dental evaluation", "Occlusal splint", "Dental implants #8 and #9".
    (
        "/Dental",
        r"\b(?:dental|dentist\w*|dentures?|teeth|tooth|root\s+canals?|periodont\w*|endodont\w*|orthodont\w*|prosthodont\w*|tmj\s+(?:splints?|appliances?)|occlusal\s+(?:splints?|guards?|appliances?|adjustments?)|night\s+guards?|mouth\s+guards?|oral\s+appliances?)\b",
    ),
    // "Interferential unit purchase", "Lumbar brace", "Cold therapy unit",
    // "Back support", "Heating pad", supplies such as gloves and electrodes.
    (
        "/Durable Medical Equipment",
        r"\b(?:tens|h-?\s?wave|interferential|if\s+unit|muscle\s+stimulator|nmes|ems\s+unit|e-?\s?stim\s+unit|braces?|bracing|orthos[ie]s|orthotics?|splints?|walkers?|canes?|crutch(?:es)?|wheel\s?chairs?|scooters?|rollators?|cold\s+therapy|cryotherapy|polar\s+care|game\s+ready|vasopneumatic|dvt\s+(?:prophylaxis\s+)?(?:device|unit|pump)|compression\s+(?:device|unit|pump|stockings?|garments?|sleeves?)|sequential\s+compression|home\s+exercise\s+(?:kit|equipment)|exercise\s+(?:ball|bike|equipment|kit)|thera-?\s?band|pulleys?|hospital\s+bed|adjustable\s+bed|mattress\w*|pillows?|lumbar\s+(?:support|roll)|cervical\s+collar|collars?|traction\s+(?:unit|device)|home\s+traction|saunders|cpm|continuous\s+passive\s+motion|shower\s+chair|commode|grab\s+bars?|toilet\s+seat|reacher|durable\s+medical\s+equipment|dme|slings?|walking\s+boot|cam\s+boot|boots?|shoe\s+inserts?|heel\s+lifts?|(?:infrared|paraffin|heat|cold)\s+(?:unit|device|bath|lamp)|heat(?:ing)?\s+(?:therapy|pads?|wraps?|devices?)|(?:back|knee|wrist|ankle|lumbar|lumbosacral|abdominal|arch|elbow|thumb|neck|sacroiliac|si)\s+supports?|supports?\s+(?:belt|brace|garment)|(?:lift|recliner|ergonomic|office)\s+chairs?|gloves?|wipes|diapers?|incontinence\s+(?:pads?|supplies|briefs)|dressings?|bandages?|gauze|electrodes?|batter(?:y|ies)|c-?\s?paps?|bi-?\s?paps?|nebuli[sz]ers?|oxygen\s+(?:concentrators?|tanks?|supplies)|glucometers?|glucose\s+monitor\w*|blood\s+pressure\s+(?:monitors?|cuffs?)|(?:tub|bath|transfer|shower)\s+(?:benches|bench|chairs?|seats?)|hoyer|patient\s+lifts?|stair\s*-?\s*lifts?|hand\s?-?\s?rails?|orthopedic\s+shoes|compression\s+socks?|ice\s+machines?|wound\s+vacs?|power\s+(?:wheel\s?)?chairs?|motori[sz]ed\s+(?:wheel\s?)?(?:chairs?|scooters?)|cushions?|foam\s+rollers?|yoga\s+mats?|lso|tlso|clso|afo|kafo|corsets?|(?:abdominal|lumbar)\s+binders?|eye\s?glasses|prescription\s+glasses|contact\s+lenses|raised\s+toilet|bedside\s+commode|contrast\s+(?:therapy\s+)?units?|infrared\s+(?:lamps?|units?|devices?)|tens\s+units?|stimulation\s+(?:units?|devices?)|(?:home|vehicle|van|bathroom)\s+modifications?|(?:stationary|recumbent|exercise)\s+(?:bikes?|bicycles?|cycles?)|treadmills?|ellipticals?|inversion\s+tables?|glasses|wheelchair\s+ramps?|casts?|casting|heel\s+cups?|(?:home|supplemental|portable)\s+oxygen|oxygen\s+(?:tubing|cylinders?)|prosthetic\s+(?:legs?|limbs?|arms?|hands?|feet|foot|devices?|sockets?|liners?)|prosthetics|(?:leg|limb|arm|hand|foot)\s+prosthe(?:sis|ses))\b",
    ),
    // "Chiropractic treatment 2x4", "Osteopathic manipulation",
    // "Chirophysio therapy".
    (
        "/Chiropractic",
        r"\b(?:chiro\w*|manipulation|manipulative|cmt|omt)\b",
    ),
    // "Acupuncture 6 sessions".
    (
        "/Acupuncture",
        r"\b(?:acupunct\w*|electro-?\s?acupunct\w*|dry\s+needling|acupressure|cupping|moxibustion|auricular\s+(?:therapy|stimulation))\b",
    ),
    // "Physical therapy 2x6 lumbar spine", "Post-operative physical therapy",
    // "Aquatic therapy", "PT 3x4" (upper case only), "E-stim 2x4" (a clinic
    // modality; a stimulator unit to take home is equipment, above).
    (
        "/Physical Therapy",
        r"\b(?:physical\s+therap\w*|physio\w*|(?-i:PT)|(?-i:OT)|occupational\s+therap\w*|aqua(?:tic)?\s*-?\s*therap\w*|pool\s+therap\w*|water\s+therap\w*|hydrotherap\w*|hand\s+therap\w*|massage\w*|manual\s+therap\w*|myofascial\s+release|therapeutic\s+exercises?|iontophoresis|phonophoresis|traction|home\s+exercise\s+program|modalit\w*|vestibular\s+(?:therapy|rehab\w*)|(?:cold|low[\s-]+level)\s+laser|laser\s+therap\w*|shock\s*wave|eswt|diathermy|electrical\s+(?:muscle\s+)?stimulation|electric\s+stim\w*|e-?\s?stim\w*|neuro-?\s?stimulation\s+therap\w*|rehab(?:ilitation)?\s+(?:therapy|sessions?|visits?)|infrared|paraffin|whirlpool|hydrocollator|fluidotherapy|contrast\s+baths?|kinesio\w*|taping|graston|iastm|instrument[\s-]+assisted|active\s+release|gait\s+training|balance\s+training|neuromuscular\s+re-?\s?education|speech\s+(?:therap\w*|patholog\w*)|cognitive\s+rehab\w*|spinal\s+decompression\s+therap\w*|non-?\s?surgical\s+(?:spinal\s+)?decompression|vax-?\s?d|exercise\s+therap\w*|therapeutic\s+activities|yoga|pilates|tai\s+chi|aqua(?:tic)?\s+(?:exercise|program|rehab\w*)|scrambler\s+therap\w*|calmare)\b",
    ),
    // "Home health aide 4 hours/day", "Home care assistance", "Daily RN
    // visits for wound care".
    (
        "/Home Health",
        r"\b(?:home\s+health|home\s+care|in-?\s?home\s+(?:care|assistance|support|services?|aides?|help)|home\s+(?:aides?|assistance|nursing|attendant\w*|help)|care\s?givers?|attendant\s+care|housekeep\w*|homemaker\w*|nursing\s+(?:care|services?|visits?)|skilled\s+nursing|chore\s+services?|personal\s+care|(?-i:RN)|(?-i:LVN)|registered\s+nurse|wound\s+care|cna|certified\s+nursing\s+assistants?|respite\s+care|companion\s+care|custodial\s+care|meals?\s+(?:delivery|on\s+wheels|preparation)|home\s+infusion|private\s+duty)\b",
    ),
    // "Follow-up visit with pain management", "Orthopedic consultation",
    // "Referral to a spine surgeon".
    (
        "/Evaluation and Management",
        r"\b(?:office\s+visits?|follow[\s-]?ups?|consult\w*|referrals?|refer|re-?\s?evaluations?|evaluations?|visits?|appointments?|second\s+opinions?|evaluation\s+and\s+management|e\s?&\s?m|e/m|new\s+patient|established\s+patient|specialist|pain\s+(?:management|medicine)|medication\s+management|clearance|tele(?:medicine|health)|examinations?|exams?|assessments?|history\s+and\s+physical|h\s?&\s?p)\b",
    ),
    // "Right knee arthroscopy", "L4-5 laminectomy", "Assistant surgeon".
    (
        "/Surgery",
        r"\b(?:surgery|surgeries|surgical|surgeon|amputations?|transpositions?|grafts?|grafting|(?:tendon|nerve)\s+transfers?|closed\s+reduction|tenex|bariatric|gastric\s+(?:bypass|sleeve|band\w*)|lap[\s-]?band|arthroscop\w*|replacement|fusion|laminectomy|laminotomy|(?:micro)?discectomy|foraminotomy|decompression|release|repair|reconstruction|acdf|tlif|plif|alif|xlif|hardware\s+removal|removal\s+of\s+hardware|debridement|orif|open\s+reduction|excision|resection|implant\w*|(?:inpatient|hospital)\s+(?:stay|admission|days?)|length\s+of\s+stay|(?:pre|post)-?\s?op(?:erative(?:ly)?)?|an(?:a)?esthesia|[a-z]+ectomy|[a-z]+otomy|[a-z]+oplasty|[a-z]+odesis|[a-z]+orrhaphy|[a-z]+oscopy)\b",
    ),
    // Remaining injections and infusions: "Injection of the left thumb",
    // "Lidocaine infusion".
    (
        "/Injections/Other",
        r"\b(?:injections?|injectable|shots?|infusions?|intravenous|iv\s+therapy)\b",
    ),
    // Remaining equipment words: "Purchase of unit", "Supplies".
    (
        "/Durable Medical Equipment",
        r"\b(?:rental|purchase|units?|supplies|equipment|device)\b",
    ),
    // Anything written like a prescription: "XYZ 10mg #30".
    (
        "/Pharmaceuticals/Other",
        r"\b(?:\d+(?:\.\d+)?\s*(?:mg|mcg|ml|meq|iu)|tablets?|tabs?|capsules?|caps|pills?|medications?|meds|prescriptions?|rx|refills?|drugs?|dosage|bid|tid|qid|qhs|prn)\b|#\s*\d+",
    ),
];

/// [`EARLY_RULES`] and [`LATE_RULES`] compiled once, in order.
///
/// Separate regexes rather than one `RegexSet`: each rule is an alternation
/// of literal words, which the regex crate turns into a fast literal
/// prefilter, so trying the rules in order and stopping at the first match
/// is far cheaper than one set that must run every rule to the end (about
/// twenty-five times faster on typical items when measured).
static EARLY_REGEXES: Lazy<Vec<Regex>> = Lazy::new(|| compile(EARLY_RULES));
static LATE_REGEXES: Lazy<Vec<Regex>> = Lazy::new(|| compile(LATE_RULES));

fn compile(rules: &[(&str, &str)]) -> Vec<Regex> {
    rules.iter().map(|(_, p)| super::ascii_regex(p)).collect()
}

/// The path of the first rule of `rules` whose regex matches `text`.
fn first_match(
    regexes: &[Regex],
    rules: &'static [(&'static str, &'static str)],
    text: &str,
) -> Option<&'static str> {
    regexes
        .iter()
        .zip(rules)
        .find(|(re, _)| re.is_match(text))
        .map(|(_, (path, _))| *path)
}

/// Every path [`category`] can return, in table order (with repeats).
pub fn paths() -> impl Iterator<Item = &'static str> {
    EARLY_RULES
        .iter()
        .map(|(p, _)| *p)
        .chain(drugs::paths())
        .chain(LATE_RULES.iter().map(|(p, _)| *p))
        .chain(std::iter::once(OTHER))
}

/// The `/<category>[/<subcategory>]` facet path for one disputed item.
///
/// The first rule of [`EARLY_RULES`] that matches the item text decides;
/// failing that, the drug vocabulary; failing that, the first rule of
/// [`LATE_RULES`]; text nothing matches is [`OTHER`]. The result always
/// starts with `/`.
///
/// ```
/// use imr_letter::normalize::service::category;
/// assert_eq!(category("Norco 10/325mg #90"), "/Pharmaceuticals/Opioids");
/// assert_eq!(category("Famotidine 20mg #60"), "/Pharmaceuticals/H2 Blockers");
/// assert_eq!(category("TENS unit"), "/Durable Medical Equipment");
/// ```
pub fn category(service: &str) -> String {
    let text = crate::clean::truncate_chars(service, MAX_INPUT);
    first_match(&EARLY_REGEXES, EARLY_RULES, text)
        .or_else(|| drugs::class(text))
        .or_else(|| first_match(&LATE_REGEXES, LATE_RULES, text))
        .unwrap_or(OTHER)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Assert each item maps to `path`.
    fn all(path: &str, items: &[&str]) {
        for item in items {
            assert_eq!(category(item), path, "item: {item:?}");
        }
    }

    #[test]
    fn rules_compile_and_paths_are_well_formed() {
        assert_eq!(EARLY_REGEXES.len(), EARLY_RULES.len());
        assert_eq!(LATE_REGEXES.len(), LATE_RULES.len());
        for path in paths() {
            assert!(path.starts_with('/') && !path.ends_with('/'), "{path}");
        }
    }

    #[test]
    fn brief_examples() {
        let cases = [
            ("Norco 10/325mg #90", "/Pharmaceuticals/Opioids"),
            (
                "Retrospective request for compounded Flurbiprofen 20%/Baclofen 5%/Lidocaine 4% cream 180gm (DOS 10/21/2014)",
                "/Pharmaceuticals/Compounded",
            ),
            ("Physical therapy 2x6 lumbar spine", "/Physical Therapy"),
            ("MRI of the lumbar spine", "/Diagnostic Imaging"),
            (
                "EMG/NCV bilateral upper extremities",
                "/Diagnostic Testing/Electrodiagnostic",
            ),
            ("Urine drug screen", "/Diagnostic Testing/Drug Screening"),
            (
                "Lumbar epidural steroid injection L4-5",
                "/Injections/Epidural Steroid",
            ),
            (
                "Functional restoration program x 10 days",
                "/Programs/Functional Restoration",
            ),
            ("Right knee arthroscopy", "/Surgery"),
            ("Home health aide 4 hours/day", "/Home Health"),
            (
                "Cognitive behavioral therapy 6 sessions",
                "/Psychological Services",
            ),
            (
                "Follow-up visit with pain management",
                "/Evaluation and Management",
            ),
            ("TENS unit", "/Durable Medical Equipment"),
            (
                "Diagnostic ultrasound (cervical spine, left shoulder)",
                "/Diagnostic Imaging",
            ),
        ];
        for (item, path) in cases {
            assert_eq!(category(item), path, "item: {item:?}");
        }
    }

    #[test]
    fn traps() {
        // Therapy words beat evaluation and surgery words.
        assert_eq!(category("Physical therapy evaluation"), "/Physical Therapy");
        assert_eq!(
            category("Post-operative physical therapy 12 sessions right knee"),
            "/Physical Therapy"
        );
        // A drug beats the surgery it follows.
        assert_eq!(
            category("Norco for post-op pain"),
            "/Pharmaceuticals/Opioids"
        );
        // A drug given by injection is the drug; an injection procedure is not.
        assert_eq!(
            category("Toradol 60mg IM injection"),
            "/Pharmaceuticals/NSAIDs"
        );
        assert_eq!(
            category("Lidocaine trigger point injections x 4"),
            "/Injections/Trigger Point"
        );
        // "MRI" only as a word.
        assert_eq!(category("Primrose oil"), "/Other");
        // "pt" is a patient, "PT" physical therapy.
        assert_eq!(category("PT 2x4 cervical"), "/Physical Therapy");
        assert_eq!(
            category("Consult with pt's surgeon"),
            "/Evaluation and Management"
        );
        // "drug" in a test is a test.
        assert_eq!(
            category("Urine toxicology screen for opioid compliance"),
            "/Diagnostic Testing/Drug Screening"
        );
        // Pain management as a service is a visit, as a program a program.
        assert_eq!(
            category("Pain management consultation"),
            "/Evaluation and Management"
        );
        assert_eq!(
            category("Chronic pain management program"),
            "/Programs/Functional Restoration"
        );
        // Hot/cold gel packs are equipment, not a topical gel.
        assert_eq!(category("Hot/cold gel packs"), "/Durable Medical Equipment");
        // Ultrasound guiding an injection is the injection.
        assert_eq!(
            category("Ultrasound-guided Synvisc injection right knee"),
            "/Injections/Joint"
        );
        // An opioid patch is an opioid; other patches are topicals.
        assert_eq!(
            category("Butrans 10mcg/hr patch #4"),
            "/Pharmaceuticals/Opioids"
        );
        assert_eq!(
            category("Lidocaine 5% patch #30"),
            "/Pharmaceuticals/Topicals"
        );
        assert_eq!(
            category("Fentanyl transdermal patch 25mcg"),
            "/Pharmaceuticals/Opioids"
        );
        // Topical NSAID forms are topicals.
        assert_eq!(
            category("Voltaren gel 1% 100g"),
            "/Pharmaceuticals/Topicals"
        );
        assert_eq!(
            category("Diclofenac sodium ER 100mg"),
            "/Pharmaceuticals/NSAIDs"
        );
        // An assessment about opioids is a visit, not a drug.
        assert_eq!(
            category("Opioid risk assessment"),
            "/Evaluation and Management"
        );
        assert_eq!(
            category("Addiction medicine consultation"),
            "/Evaluation and Management"
        );
        assert_eq!(
            category("Opioid weaning program"),
            "/Programs/Detoxification"
        );
        // Tylenol with codeine is an opioid; plain Tylenol is not.
        assert_eq!(category("Tylenol #3 #60"), "/Pharmaceuticals/Opioids");
        assert_eq!(category("Tylenol 500mg"), "/Pharmaceuticals/Other");
        // Functional capacity evaluation is a test, not a visit.
        assert_eq!(
            category("Functional capacity evaluation"),
            "/Diagnostic Testing/Other"
        );
        // Myofascial release is hands-on therapy, not a surgical release.
        assert_eq!(category("Myofascial release 6 visits"), "/Physical Therapy");
        // Manipulation under anesthesia is a procedure.
        assert_eq!(
            category("Manipulation under anesthesia lumbar spine"),
            "/Surgery"
        );
    }

    #[test]
    fn documented_decisions() {
        // Two drug classes: the earlier class in the table wins.
        assert_eq!(category("Norco and Soma"), "/Pharmaceuticals/Opioids");
        assert_eq!(category("Soma and Motrin"), "/Pharmaceuticals/NSAIDs");
        // The therapy wins over the home setting.
        assert_eq!(
            category("Home health physical therapy 2x4"),
            "/Physical Therapy"
        );
        // Equipment after surgery is equipment.
        assert_eq!(
            category("Post-operative cold therapy unit rental"),
            "/Durable Medical Equipment"
        );
        // A misspelled drug written like a prescription is still a drug.
        assert_eq!(category("Norcco 10/325mg #90"), "/Pharmaceuticals/Other");
        // Curly quotes and other non-ASCII text neither panic nor block words.
        assert_eq!(
            category("Patient\u{2019}s MRI \u{2013} lumbar"),
            "/Diagnostic Imaging"
        );
        // "Medication adjustment" is not a chiropractic adjustment.
        assert_eq!(category("Medication adjustment"), "/Pharmaceuticals/Other");
    }

    #[test]
    fn pharmaceutical_classes() {
        all(
            "/Pharmaceuticals/Opioids",
            &[
                "Hydrocodone/APAP 10/325mg #120",
                "Oxycontin 20mg #60",
                "Percocet 5/325 #60",
                "Tramadol ER 150mg #30",
                "Ultracet 37.5/325mg",
                "Nucynta 50mg",
                "MS Contin 30mg #60",
                "Methadone 10mg",
                "Dilaudid 4mg",
                "Oxymorphone ER 10mg",
            ],
        );
        all(
            "/Pharmaceuticals/NSAIDs",
            &[
                "Naproxen sodium 550mg #60",
                "Anaprox DS 550mg",
                "Motrin 800mg",
                "Meloxicam 15mg #30",
                "Celebrex 200mg",
                "Etodolac 400mg",
                "Nabumetone 750mg #60",
            ],
        );
        all(
            "/Pharmaceuticals/Muscle Relaxants",
            &[
                "Cyclobenzaprine 7.5mg #90",
                "Fexmid 7.5mg",
                "Soma 350mg #60",
                "Tizanidine 4mg",
                "Robaxin 750mg",
                "Orphenadrine ER 100mg",
                "Skelaxin 800mg",
            ],
        );
        all(
            "/Pharmaceuticals/Anticonvulsants",
            &["Gabapentin 600mg #90", "Lyrica 75mg", "Topamax 50mg"],
        );
        all(
            "/Pharmaceuticals/Antidepressants",
            &[
                "Cymbalta 60mg #30",
                "Amitriptyline 25mg",
                "Trazodone 50mg #30",
                "Effexor XR 75mg",
                "Wellbutrin SR 150mg",
            ],
        );
        all(
            "/Pharmaceuticals/Sleep Aids",
            &["Ambien 10mg #30", "Lunesta 3mg", "Temazepam 15mg"],
        );
        all(
            "/Pharmaceuticals/Benzodiazepines",
            &["Xanax 0.5mg #60", "Valium 5mg", "Clonazepam 1mg"],
        );
        all(
            "/Pharmaceuticals/PPIs",
            &["Omeprazole 20mg #60", "Prilosec DR 20mg", "Nexium 40mg"],
        );
        all(
            "/Pharmaceuticals/Medical Foods",
            &["Theramine #90", "Sentra PM #60"],
        );
        all(
            "/Pharmaceuticals/Topicals",
            &[
                "Lidoderm 5% patch #30",
                "Terocin patches #30",
                "Flector patch 1.3%",
                "Ketoprofen 20% cream",
                "Menthoderm gel",
                "Capsaicin 0.075% cream",
            ],
        );
        all(
            "/Pharmaceuticals/Compounded",
            &[
                "Flurbiprofen 20%, Lidocaine 5% 180",
                "Compound Ketoprofen 20%, 240 grams",
                "Compounded cream of gabapentin and amitriptyline",
                "Synapryn 10mg/ml oral suspension 500ml",
                "Tabradol 1mg/ml oral suspension",
                "Deprizine 15mg/ml 250ml",
                "Dicopanol 5mg/ml 150ml",
                "Fanatrex 25mg/ml 420ml",
                "Ketophene 20% cream 167 grams",
            ],
        );
        all(
            "/Pharmaceuticals/Other",
            &[
                "Zyxthrozine 10mg #30",
                "Unspecified medications",
                "Acetaminophen 500mg #100",
                "Buspirone 10mg twice daily",
            ],
        );
    }

    /// Every class of the drug vocabulary, and drugs where two rules meet
    /// (rows in `examples`).
    #[test]
    fn drug_vocabulary_classes() {
        for (path, items) in examples::DRUG_CLASSES.iter().chain(examples::DRUG_EDGES) {
            all(path, items);
        }
        // Every class of the vocabulary has examples (Other above).
        for path in drugs::paths() {
            assert!(
                path == "/Pharmaceuticals/Other"
                    || examples::DRUG_CLASSES.iter().any(|(p, _)| *p == path),
                "no examples for {path}"
            );
        }
    }

    /// Procedures and services added for items the development letters did
    /// not contain (rows in `examples`).
    #[test]
    fn procedure_vocabulary() {
        for (path, items) in examples::PROCEDURES {
            all(path, items);
        }
    }

    #[test]
    fn injection_kinds() {
        all(
            "/Injections/Epidural Steroid",
            &[
                "Right L5-S1 transforaminal ESI",
                "Cervical interlaminar epidural",
                "Caudal epidural steroid injection",
            ],
        );
        all(
            "/Injections/Facet",
            &[
                "Bilateral L4-5 medial branch blocks",
                "Lumbar facet joint injections L4-S1",
            ],
        );
        all(
            "/Injections/Radiofrequency Ablation",
            &[
                "Radiofrequency ablation of the lumbar facets L3-5",
                "Cervical rhizotomy C5-6",
            ],
        );
        all(
            "/Injections/Joint",
            &[
                "Right knee Synvisc injection",
                "Cortisone injection left shoulder",
                "Intra-articular hip injection",
                "Right SI joint injection",
            ],
        );
        all(
            "/Injections/Nerve Block",
            &["Stellate ganglion block", "Occipital nerve block"],
        );
        all(
            "/Injections/Other",
            &[
                "PRP injection right elbow",
                "Kenalog 40 injection",
                "Botox 100 units",
            ],
        );
    }

    #[test]
    fn diagnostics() {
        all(
            "/Diagnostic Imaging",
            &[
                "X-rays of the right knee",
                "CT scan of the cervical spine",
                "MR arthrogram left shoulder",
                "Bone scan",
                "Repeat MRIs of the lumbar spine",
            ],
        );
        all(
            "/Diagnostic Testing/Laboratory",
            &[
                "Labs: CBC, CMP",
                "Blood work",
                "Genetic testing for narcotic risk",
            ],
        );
        all(
            "/Diagnostic Testing/Sleep Study",
            &["Sleep study", "Polysomnogram"],
        );
        all(
            "/Diagnostic Testing/Electrodiagnostic",
            &["Nerve conduction studies of the lower extremities"],
        );
        all("/Diagnostic Testing/Other", &["FCE", "EKG"]);
    }

    #[test]
    fn services() {
        all(
            "/Durable Medical Equipment",
            &[
                "Interferential unit purchase",
                "H-wave device 30 day rental",
                "Lumbar brace",
                "Cold therapy unit rental x 7 days",
                "Front wheeled walker",
                "Custom orthotics",
                "Home exercise kit",
                "Hospital bed",
            ],
        );
        all(
            "/Physical Therapy",
            &[
                "Aquatic therapy 2x6",
                "Physiotherapy 8 visits",
                "Occupational therapy right hand 12 sessions",
                "Massage therapy x 6",
            ],
        );
        all(
            "/Chiropractic",
            &["Chiropractic treatment 2x4", "Osteopathic manipulation"],
        );
        all("/Acupuncture", &["Acupuncture 6 sessions", "Dry needling"]);
        all(
            "/Psychological Services",
            &[
                "Psychological evaluation",
                "Biofeedback x 6",
                "Psychotherapy 12 sessions",
            ],
        );
        all(
            "/Home Health",
            &["Home care assistance 6 hours a day", "Caregiver 24 hours"],
        );
        all(
            "/Evaluation and Management",
            &[
                "Orthopedic surgery consultation",
                "Office visit",
                "Referral to a spine specialist",
                "Pre-operative medical clearance",
            ],
        );
        all(
            "/Surgery",
            &[
                "L4-5 laminectomy and discectomy",
                "Right carpal tunnel release",
                "Total knee replacement",
                "Assistant surgeon",
                "Left shoulder arthroscopic subacromial decompression",
                "Spinal cord stimulator trial",
            ],
        );
        all("/Programs/Weight Loss", &["Weight loss program x 10 weeks"]);
        all("/Programs/Gym Membership", &["Gym membership x 6 months"]);
        all("/Programs/Detoxification", &["Outpatient detoxification"]);
        all(
            "/Programs/Work Conditioning",
            &["Work hardening 10 sessions"],
        );
        all(
            "/Transportation",
            &[
                "Transportation to appointments by taxi",
                "Round trip transportation to physical therapy",
                "Mileage reimbursement",
            ],
        );
        all(
            OTHER,
            &["", "   ", "Interpreter for office visits", "Hygiene kit"],
        );
    }

    #[test]
    fn items_that_used_to_fall_into_other() {
        all(
            "/Durable Medical Equipment",
            &[
                "Back support",
                "Knee support sleeve",
                "Heating pad",
                "Hot and cold therapy unit",
                "Bilateral hearing aids",
                "Sit-stand workstation",
                "Ergonomic chair",
                "Large gloves",
                "Hygiene wipes",
                "TENS electrodes and batteries",
            ],
        );
        all(
            "/Physical Therapy",
            &[
                "E-stim 2x4",
                "Electrical muscle stimulation 8 sessions",
                "Pulsed ultrasound 2 times a week",
                "Ultrasound 1 times 8",
            ],
        );
        assert_eq!(category("Chirophysio therapy 2x4"), "/Chiropractic");
        assert_eq!(category("Daily RN visits for wound care"), "/Home Health");
        assert_eq!(
            category("Trigger point impedance imaging"),
            "/Diagnostic Testing/Other"
        );
        assert_eq!(
            category("Neurostimulation therapy after TPII"),
            "/Physical Therapy"
        );
        // An assistant surgeon is surgery even when a visit word follows.
        assert_eq!(category("Assistant surgeon consult"), "/Surgery");
        // A compound fracture is no compounded drug; an imaging reading is
        // no interpreter.
        assert_eq!(category("ORIF of compound fracture"), "/Surgery");
        assert_eq!(category("X-ray with interpretation"), "/Diagnostic Imaging");
        // Ultrasound imaging of a body part stays imaging.
        assert_eq!(
            category("Ultrasound of the left shoulder"),
            "/Diagnostic Imaging"
        );
    }

    #[test]
    fn documented_paths_match_the_table() {
        let doc = include_str!("../../../../index_schema/SERVICE_CATEGORIES.md");
        for path in paths() {
            assert!(
                doc.contains(&format!("`{path}`")),
                "{path} missing from doc"
            );
        }
        assert!(doc.contains(&format!("`{OTHER}`")));
    }

    proptest! {
        #[test]
        fn never_panics_and_always_a_path(s in "\\PC{0,300}") {
            let c = category(&s);
            prop_assert!(c.starts_with('/'));
        }

        #[test]
        fn item_like_text_is_a_known_path(s in "[A-Za-z0-9/#%.,() -]{0,120}") {
            let c = category(&s);
            prop_assert!(paths().any(|p| p == c));
        }
    }
}
