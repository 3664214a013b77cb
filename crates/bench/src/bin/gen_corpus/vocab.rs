//! Word lists and citation tables, kept one entry per line for reading
//! (`main.rs` skips them in rustfmt): ODG chapters, the citations of each
//! kind of service, the disputed services, reviewer specialties and states.

use crate::model::Kind as K;
use crate::model::Qty as Q;
use crate::model::Region as R;
use crate::model::{c, s, Cite, Fam, Service};

/// ODG chapter names in the spellings letters use; one row per chapter.
pub(crate) const ODG_CHAPTERS: [&[&str]; 7] = [
    &["Pain (Chronic)", "Pain Chapter", "Pain"],
    &[
        "Low Back, Lumbar & Thoracic (Acute & Chronic)",
        "Low Back Chapter",
        "Low Back",
    ],
    &["Knee & Leg (Acute & Chronic)", "Knee & Leg", "Knee Chapter"],
    &[
        "Neck and Upper Back (Acute & Chronic)",
        "Neck Chapter",
        "Neck and Upper Back",
    ],
    &["Shoulder (Acute & Chronic)", "Shoulder Chapter", "Shoulder"],
    &[
        "Forearm, Wrist, & Hand (Acute & Chronic)",
        "Carpal Tunnel Syndrome",
        "Forearm, Wrist & Hand",
    ],
    &[
        "Fitness for Duty",
        "Mental Illness & Stress",
        "Fitness For Duty Chapter",
    ],
];
pub(crate) const PAIN: usize = 0;
pub(crate) const LBACK: usize = 1;
pub(crate) const KNEE: usize = 2;
pub(crate) const NECK: usize = 3;
pub(crate) const SHOULDER: usize = 4;
pub(crate) const HAND: usize = 5;
pub(crate) const FIT: usize = 6;


pub(crate) const OPIOID_CITES: &[Cite] = &[
    c(Fam::Cp, "Opioids, criteria for use", "78-80"),
    c(Fam::Cp, "Opioids for chronic pain", "80-81"),
    c(Fam::Cp, "Opioids, specific drug list", "91-94"),
    c(Fam::Odg(PAIN), "Opioids", ""),
    c(Fam::Fda, "opioid analgesic class labeling", ""),
];
pub(crate) const NSAID_CITES: &[Cite] = &[
    c(Fam::Cp, "NSAIDs (non-steroidal anti-inflammatory drugs)", "67-68"),
    c(Fam::Cp, "Anti-inflammatory medications", "22"),
    c(Fam::Cp, "NSAIDs, GI symptoms & cardiovascular risk", "68-69"),
    c(Fam::Odg(PAIN), "NSAIDs (non-steroidal anti-inflammatory drugs)", ""),
];
pub(crate) const PPI_CITES: &[Cite] = &[
    c(Fam::Cp, "NSAIDs, GI symptoms & cardiovascular risk", "68-69"),
    c(Fam::Odg(PAIN), "Proton pump inhibitors (PPIs)", ""),
    c(Fam::UpToDate, "Proton pump inhibitors: overview of use and adverse effects", ""),
];
pub(crate) const RELAXANT_CITES: &[Cite] = &[
    c(Fam::Cp, "Muscle relaxants (for pain)", "63-66"),
    c(Fam::Cp, "Cyclobenzaprine (Flexeril)", "41-42"),
    c(Fam::Cp, "Carisoprodol (Soma)", "29"),
    c(Fam::Odg(PAIN), "Muscle relaxants (for pain)", ""),
];
pub(crate) const NEURO_CITES: &[Cite] = &[
    c(Fam::Cp, "Antiepilepsy drugs (AEDs)", "16-18"),
    c(Fam::Cp, "Antidepressants for chronic pain", "13-16"),
    c(Fam::Cp, "Duloxetine (Cymbalta)", "43-44"),
    c(Fam::Odg(PAIN), "Anti-epilepsy drugs (AEDs) for pain", ""),
];
pub(crate) const SLEEP_CITES: &[Cite] = &[
    c(Fam::Odg(PAIN), "Insomnia treatment", ""),
    c(Fam::Odg(PAIN), "Zolpidem (Ambien)", ""),
    c(Fam::Fda, "zolpidem tartrate", ""),
    c(Fam::Medscape, "Insomnia treatment & management", ""),
];
pub(crate) const MISC_DRUG_CITES: &[Cite] = &[
    c(Fam::Odg(PAIN), "Antiemetics (for opioid nausea)", ""),
    c(Fam::Cp, "Opioids, initiating therapy", "77"),
    c(Fam::Fda, "ondansetron", ""),
    c(Fam::UpToDate, "Management of chronic constipation in adults", ""),
];
pub(crate) const TOPICAL_CITES: &[Cite] = &[
    c(Fam::Cp, "Topical Analgesics", "111-113"),
    c(Fam::Cp, "Lidoderm (lidocaine patch)", "56-57"),
    c(Fam::Odg(PAIN), "Compound drugs", ""),
    c(Fam::Fda, "topical ketoprofen", ""),
];
pub(crate) const PT_CITES: &[Cite] = &[
    c(Fam::Cp, "Physical Medicine", "98-99"),
    c(Fam::Acoem, "Chapter 12 Low Back Complaints", "page 299"),
    c(Fam::Odg(LBACK), "Physical therapy (PT)", ""),
    c(Fam::Odg(NECK), "Physical therapy", ""),
];
pub(crate) const CHIRO_CITES: &[Cite] = &[
    c(Fam::Cp, "Manual therapy & manipulation", "58-59"),
    c(Fam::Odg(LBACK), "Manipulation", ""),
];
pub(crate) const ACUP_CITES: &[Cite] = &[
    c(Fam::Acup, "", ""),
    c(Fam::Payer, "Aetna Clinical Policy Bulletin: Acupuncture", ""),
    c(Fam::Medscape, "Acupuncture for chronic pain", ""),
];
pub(crate) const AQUA_CITES: &[Cite] = &[
    c(Fam::Cp, "Aquatic therapy", "22"),
    c(Fam::Cp, "Physical Medicine", "98-99"),
];
pub(crate) const ESI_CITES: &[Cite] = &[
    c(Fam::Cp, "Epidural steroid injections (ESIs)", "46"),
    c(Fam::Odg(LBACK), "Epidural steroid injections (ESIs), therapeutic", ""),
    c(Fam::Acoem3, "Low Back Disorders", "Epidural injections"),
    c(Fam::Payer, "Aetna Clinical Policy Bulletin: Back Pain - Invasive Procedures", ""),
];
pub(crate) const CESI_CITES: &[Cite] = &[
    c(Fam::Cp, "Epidural steroid injections (ESIs)", "46"),
    c(Fam::Odg(NECK), "Epidural steroid injection (ESI)", ""),
    c(Fam::Acoem3, "Cervical and Thoracic Spine Disorders", "Epidural injections"),
];
pub(crate) const FACET_CITES: &[Cite] = &[
    c(Fam::Acoem, "Chapter 12 Low Back Complaints", "pages 300-301"),
    c(Fam::Odg(LBACK), "Facet joint diagnostic blocks (injections)", ""),
    c(Fam::Odg(LBACK), "Facet joint radiofrequency neurotomy", ""),
];
pub(crate) const TPI_CITES: &[Cite] = &[
    c(Fam::Cp, "Trigger point injections", "122"),
    c(Fam::Odg(PAIN), "Trigger point injections", ""),
];
pub(crate) const KNEE_INJ_CITES: &[Cite] = &[
    c(Fam::Odg(KNEE), "Hyaluronic acid injections", ""),
    c(Fam::Acoem, "Chapter 13 Knee Complaints", "page 339"),
    c(Fam::Odg(KNEE), "Corticosteroid injections", ""),
];
pub(crate) const SHOULDER_INJ_CITES: &[Cite] = &[
    c(Fam::Acoem, "Chapter 9 Shoulder Complaints", "pages 204-205"),
    c(Fam::Odg(SHOULDER), "Steroid injections", ""),
];
pub(crate) const LSPINE_IMG_CITES: &[Cite] = &[
    c(Fam::Acoem, "Chapter 12 Low Back Complaints", "pages 303-305"),
    c(Fam::Odg(LBACK), "MRIs (magnetic resonance imaging)", ""),
    c(Fam::Acoem3, "Low Back Disorders", "Diagnostic investigations"),
];
pub(crate) const CSPINE_IMG_CITES: &[Cite] = &[
    c(Fam::Acoem, "Chapter 8 Neck and Upper Back Complaints", "pages 177-178"),
    c(Fam::Odg(NECK), "Magnetic resonance imaging (MRI)", ""),
];
pub(crate) const SHOULDER_IMG_CITES: &[Cite] = &[
    c(Fam::Acoem, "Chapter 9 Shoulder Complaints", "pages 207-209"),
    c(Fam::Odg(SHOULDER), "Magnetic resonance imaging (MRI)", ""),
];
pub(crate) const KNEE_IMG_CITES: &[Cite] = &[
    c(Fam::Acoem, "Chapter 13 Knee Complaints", "pages 341-343"),
    c(Fam::Odg(KNEE), "MRI's (magnetic resonance imaging)", ""),
    c(Fam::Odg(KNEE), "Radiography (x-rays)", ""),
];
pub(crate) const EMG_CITES: &[Cite] = &[
    c(Fam::Acoem, "Chapter 12 Low Back Complaints", "page 303"),
    c(Fam::Acoem, "Chapter 8 Neck and Upper Back Complaints", "pages 178-182"),
    c(Fam::Odg(LBACK), "EMGs (electromyography)", ""),
    c(Fam::Odg(LBACK), "Nerve conduction studies (NCS)", ""),
];
pub(crate) const HAND_CITES: &[Cite] = &[
    c(Fam::Acoem, "Chapter 11 Forearm, Wrist, and Hand Complaints", "pages 270-271"),
    c(Fam::Odg(HAND), "Carpal tunnel release surgery (CTR)", ""),
    c(Fam::Odg(HAND), "Splints", ""),
];
pub(crate) const LSPINE_SURG_CITES: &[Cite] = &[
    c(Fam::Acoem, "Chapter 12 Low Back Complaints", "pages 305-307"),
    c(Fam::Odg(LBACK), "Fusion (spinal)", ""),
    c(Fam::Odg(LBACK), "Discectomy/laminectomy", ""),
];
pub(crate) const CSPINE_SURG_CITES: &[Cite] = &[
    c(Fam::Acoem, "Chapter 8 Neck and Upper Back Complaints", "pages 180-183"),
    c(Fam::Odg(NECK), "Fusion, anterior cervical", ""),
];
pub(crate) const SHOULDER_SURG_CITES: &[Cite] = &[
    c(Fam::Acoem, "Chapter 9 Shoulder Complaints", "pages 209-211"),
    c(Fam::Odg(SHOULDER), "Surgery for impingement syndrome", ""),
];
pub(crate) const KNEE_SURG_CITES: &[Cite] = &[
    c(Fam::Acoem, "Chapter 13 Knee Complaints", "pages 344-345"),
    c(Fam::Odg(KNEE), "Meniscectomy", ""),
    c(Fam::Odg(KNEE), "Knee joint replacement", ""),
];
pub(crate) const POSTOP_CITES: &[Cite] = &[
    c(Fam::Post, "Knee", "page 24"),
    c(Fam::Post, "Shoulder", "pages 26-27"),
    c(Fam::Post, "Low Back", "page 26"),
    c(Fam::Post, "Forearm, Wrist, & Hand", "page 15"),
];
pub(crate) const DME_CITES: &[Cite] = &[
    c(Fam::Odg(KNEE), "Durable medical equipment (DME)", ""),
    c(Fam::Odg(KNEE), "Continuous-flow cryotherapy", ""),
    c(Fam::Odg(LBACK), "Lumbar supports", ""),
    c(Fam::Payer, "Aetna Clinical Policy Bulletin: Durable Medical Equipment", ""),
];
pub(crate) const STIM_CITES: &[Cite] = &[
    c(Fam::Cp, "TENS, chronic pain (transcutaneous electrical nerve stimulation)", "114-116"),
    c(Fam::Cp, "Interferential Current Stimulation (ICS)", "118-120"),
    c(Fam::Odg(PAIN), "TENS (transcutaneous electrical nerve stimulation)", ""),
];
pub(crate) const PROGRAM_CITES: &[Cite] = &[
    c(Fam::Cp, "Chronic pain programs (functional restoration programs)", "30-32"),
    c(Fam::Cp, "Functional restoration programs (FRPs)", "49"),
    c(Fam::Odg(PAIN), "Functional restoration programs (FRPs)", ""),
];
pub(crate) const PSYCH_CITES: &[Cite] = &[
    c(Fam::Cp, "Psychological evaluations", "100-101"),
    c(Fam::Cp, "Behavioral interventions", "23"),
    c(Fam::Odg(FIT), "Cognitive therapy for depression", ""),
    c(Fam::UpToDate, "Psychotherapy for chronic pain", ""),
];
pub(crate) const WEIGHT_CITES: &[Cite] = &[
    c(Fam::UpToDate, "Obesity in adults: overview of management", ""),
    c(Fam::Medscape, "Obesity treatment & management", ""),
    c(Fam::Payer, "Aetna Clinical Policy Bulletin: Weight Reduction Medications and Programs", ""),
    c(Fam::Odg(LBACK), "Gym memberships", ""),
];
pub(crate) const UDS_CITES: &[Cite] = &[
    c(Fam::Cp, "Drug testing", "43"),
    c(Fam::Cp, "Opioids, steps to avoid misuse/addiction", "94-95"),
    c(Fam::Odg(PAIN), "Urine drug testing (UDT)", ""),
];
pub(crate) const FCE_CITES: &[Cite] = &[
    c(Fam::Acoem, "Chapter 7 Independent Medical Examinations and Consultations", "pages 137-138"),
    c(Fam::Odg(FIT), "Functional capacity evaluation (FCE)", ""),
];
pub(crate) const VISIT_CITES: &[Cite] = &[
    c(Fam::Acoem, "Chapter 7 Independent Medical Examinations and Consultations", "page 127"),
    c(Fam::Odg(PAIN), "Office visits", ""),
];
pub(crate) const HOME_CITES: &[Cite] = &[
    c(Fam::Cp, "Home health services", "51"),
    c(Fam::Odg(KNEE), "Transportation (to & from appointments)", ""),
    c(Fam::Medscape, "Home health care for the elderly", ""),
];


/// The disputed services: 80 distinct drugs, procedures and programs.
pub(crate) const SERVICES: &[Service] = &[
    s("Norco 10/325mg", K::Opioid, R::Any, Q::Pills, OPIOID_CITES),
    s("Hydrocodone/APAP 10/325mg", K::Opioid, R::Any, Q::Pills, OPIOID_CITES),
    s("Oxycodone 10mg", K::Opioid, R::Any, Q::Pills, OPIOID_CITES),
    s("OxyContin 20mg", K::Opioid, R::Any, Q::Pills, OPIOID_CITES),
    s("Percocet 10/325mg", K::Opioid, R::Any, Q::Pills, OPIOID_CITES),
    s("Tramadol ER 150mg", K::Opioid, R::Any, Q::Pills, OPIOID_CITES),
    s("Tramadol 50mg", K::Opioid, R::Any, Q::Pills, OPIOID_CITES),
    s("Nucynta (tapentadol) 50mg", K::Opioid, R::Any, Q::Pills, OPIOID_CITES),
    s("Morphine sulfate ER 30mg", K::Opioid, R::Any, Q::Pills, OPIOID_CITES),
    s("Fentanyl 25mcg/hr transdermal patch", K::Opioid, R::Any, Q::Pills, OPIOID_CITES),
    s("Butrans (buprenorphine) 10mcg/hr patch", K::Opioid, R::Any, Q::Pills, OPIOID_CITES),
    s("Tylenol with Codeine #3", K::Opioid, R::Any, Q::Pills, OPIOID_CITES),
    s("Naproxen sodium 550mg", K::Medication, R::Any, Q::Pills, NSAID_CITES),
    s("Ibuprofen 800mg", K::Medication, R::Any, Q::Pills, NSAID_CITES),
    s("Meloxicam 15mg", K::Medication, R::Any, Q::Pills, NSAID_CITES),
    s("Celebrex 200mg", K::Medication, R::Any, Q::Pills, NSAID_CITES),
    s("Diclofenac sodium ER 100mg", K::Medication, R::Any, Q::Pills, NSAID_CITES),
    s("Omeprazole 20mg", K::Medication, R::Any, Q::Pills, PPI_CITES),
    s("Pantoprazole 20mg", K::Medication, R::Any, Q::Pills, PPI_CITES),
    s("Cyclobenzaprine 7.5mg", K::Medication, R::Any, Q::Pills, RELAXANT_CITES),
    s("Tizanidine 4mg", K::Medication, R::Any, Q::Pills, RELAXANT_CITES),
    s("Soma 350mg", K::Medication, R::Any, Q::Pills, RELAXANT_CITES),
    s("Methocarbamol 750mg", K::Medication, R::Any, Q::Pills, RELAXANT_CITES),
    s("Gabapentin 600mg", K::Medication, R::Any, Q::Pills, NEURO_CITES),
    s("Lyrica (pregabalin) 75mg", K::Medication, R::Any, Q::Pills, NEURO_CITES),
    s("Duloxetine 60mg", K::Medication, R::Any, Q::Pills, NEURO_CITES),
    s("Amitriptyline 25mg", K::Medication, R::Any, Q::Pills, NEURO_CITES),
    s("Zolpidem 10mg", K::Medication, R::Any, Q::Pills, SLEEP_CITES),
    s("Trazodone 50mg", K::Medication, R::Any, Q::Pills, SLEEP_CITES),
    s("Ondansetron 8mg ODT", K::Medication, R::Any, Q::Pills, MISC_DRUG_CITES),
    s("Docusate sodium 100mg", K::Medication, R::Any, Q::Pills, MISC_DRUG_CITES),
    s("Lidoderm 5% patch", K::Topical, R::Any, Q::Pills, TOPICAL_CITES),
    s("Terocin patch", K::Topical, R::Any, Q::Pills, TOPICAL_CITES),
    s("Flurbiprofen 20%/Baclofen 5%/Lidocaine 4% cream", K::Topical, R::Any, Q::Grams, TOPICAL_CITES),
    s("Ketoprofen 10%/Gabapentin 6%/Cyclobenzaprine 2% cream", K::Topical, R::Any, Q::Grams, TOPICAL_CITES),
    s("Tramadol 8%/Capsaicin 0.0375%/Menthol 2%/Camphor 2% compound", K::Topical, R::Any, Q::Grams, TOPICAL_CITES),
    s("Physical therapy", K::Therapy, R::Any, Q::Sessions, PT_CITES),
    s("Chiropractic manipulation", K::Therapy, R::Any, Q::Sessions, CHIRO_CITES),
    s("Acupuncture", K::Therapy, R::Any, Q::Sessions, ACUP_CITES),
    s("Aquatic therapy", K::Therapy, R::Any, Q::Sessions, AQUA_CITES),
    s("Lumbar epidural steroid injection at L4-L5", K::Injection, R::Lumbar, Q::None, ESI_CITES),
    s("Right L5-S1 transforaminal epidural steroid injection", K::Injection, R::Lumbar, Q::None, ESI_CITES),
    s("Bilateral L4-L5 and L5-S1 facet medial branch blocks", K::Injection, R::Lumbar, Q::None, FACET_CITES),
    s("Radiofrequency ablation, left L3-L5", K::Injection, R::Lumbar, Q::None, FACET_CITES),
    s("Trigger point injections x4, lumbar paraspinals", K::Injection, R::Lumbar, Q::None, TPI_CITES),
    s("Cervical epidural steroid injection C5-C6 under fluoroscopy", K::Injection, R::Cervical, Q::None, CESI_CITES),
    s("Hyaluronic acid injection (Synvisc-One), right knee", K::Injection, R::Knee, Q::None, KNEE_INJ_CITES),
    s("Corticosteroid injection, left knee", K::Injection, R::Knee, Q::None, KNEE_INJ_CITES),
    s("Subacromial corticosteroid injection, right shoulder", K::Injection, R::Shoulder, Q::None, SHOULDER_INJ_CITES),
    s("MRI of the lumbar spine without contrast", K::Imaging, R::Lumbar, Q::None, LSPINE_IMG_CITES),
    s("MRI of the cervical spine without contrast", K::Imaging, R::Cervical, Q::None, CSPINE_IMG_CITES),
    s("MRI of the right shoulder", K::Imaging, R::Shoulder, Q::None, SHOULDER_IMG_CITES),
    s("MRI of the left knee", K::Imaging, R::Knee, Q::None, KNEE_IMG_CITES),
    s("X-rays of the right knee, 3 views", K::Imaging, R::Knee, Q::None, KNEE_IMG_CITES),
    s("EMG/NCV of the bilateral lower extremities", K::Imaging, R::Lumbar, Q::None, EMG_CITES),
    s("EMG/NCV of the bilateral upper extremities", K::Imaging, R::Cervical, Q::None, EMG_CITES),
    s("Lumbar fusion L4-S1 with instrumentation", K::Surgery, R::Lumbar, Q::None, LSPINE_SURG_CITES),
    s("Microdiscectomy L5-S1, left", K::Surgery, R::Lumbar, Q::None, LSPINE_SURG_CITES),
    s("Anterior cervical discectomy and fusion C5-C6", K::Surgery, R::Cervical, Q::None, CSPINE_SURG_CITES),
    s("Right shoulder arthroscopy with subacromial decompression", K::Surgery, R::Shoulder, Q::None, SHOULDER_SURG_CITES),
    s("Left knee arthroscopy with partial medial meniscectomy", K::Surgery, R::Knee, Q::None, KNEE_SURG_CITES),
    s("Right carpal tunnel release", K::Surgery, R::Wrist, Q::None, HAND_CITES),
    s("Post-operative physical therapy", K::Therapy, R::Any, Q::Sessions, POSTOP_CITES),
    s("Wrist splint, right", K::Equipment, R::Wrist, Q::None, HAND_CITES),
    s("Cold therapy unit purchase", K::Equipment, R::Any, Q::None, DME_CITES),
    s("Lumbar back brace (LSO)", K::Equipment, R::Lumbar, Q::None, DME_CITES),
    s("Hinged knee brace, purchase", K::Equipment, R::Knee, Q::None, DME_CITES),
    s("TENS unit, 30-day home trial", K::Equipment, R::Any, Q::None, STIM_CITES),
    s("Interferential unit rental for 30 days", K::Equipment, R::Any, Q::None, STIM_CITES),
    s("Functional restoration program, 80 hours", K::Program, R::Any, Q::None, PROGRAM_CITES),
    s("Psychological evaluation", K::Program, R::Any, Q::None, PSYCH_CITES),
    s("Cognitive behavioral therapy", K::Program, R::Any, Q::Sessions, PSYCH_CITES),
    s("Weight loss program (10 weeks)", K::Program, R::Any, Q::None, WEIGHT_CITES),
    s("Gym membership for 6 months", K::Program, R::Any, Q::None, WEIGHT_CITES),
    s("Urine drug screen", K::Testing, R::Any, Q::None, UDS_CITES),
    s("Functional capacity evaluation", K::Testing, R::Any, Q::None, FCE_CITES),
    s("Follow-up visit with pain management", K::Visit, R::Any, Q::None, VISIT_CITES),
    s("Orthopedic surgery consultation", K::Visit, R::Any, Q::None, VISIT_CITES),
    s("Home health care 4 hours/day, 5 days/week for 6 weeks", K::Visit, R::Any, Q::None, HOME_CITES),
    s("Transportation to and from medical appointments", K::Visit, R::Any, Q::None, HOME_CITES),
];

pub(crate) const SPECIALTIES: &[&str] = &[
    "Physical Medicine & Rehabilitation",
    "Physical Medicine & Rehabn",
    "Physical Medicine and Rehabilitation",
    "Orthopedic Surgery",
    "Orthopaedic Surgery",
    "Orthopaedic Sur",
    "Family Practice",
    "Family Medicine",
    "Internal Medicine",
    "Anesthesiology",
    "Anesthesiology, Pain Management",
    "Pain Medicine",
    "Chiropractor",
    "Chiropractic",
    "Neurology",
    "Neurological Surgery",
    "Psychiatry",
    "Psychology",
    "Occupational Medicine",
    "Preventive Medicine, Occupational Medicine",
    "Emergency Medicine",
    "Rheumatology",
    "Plastic Surgery, Hand Surgery",
    "Acupuncture",
];
pub(crate) const SPECIALTIES_BOARD: &[&str] = &[
    "Physical Medicine and Rehabilitation",
    "Orthopedic Surgery",
    "Family Medicine",
    "Internal Medicine",
    "Anesthesiology",
    "Anesthesiology and Pain Medicine",
    "Psychiatry",
    "Neurology",
    "Occupational Medicine",
    "Preventive Medicine",
];
pub(crate) const STATES: &[&str] = &[
    "California",
    "California",
    "California",
    "California",
    "California, Nevada",
    "California, Arizona",
    "California, Texas",
    "California, Oregon, Washington",
    "California, New York",
];
