//! Item text written for the tests, with the category each must map to:
//! one row per path (several items each), in the tests' order. Generic and
//! brand names come from general pharmacology; procedures and services are
//! ones the development letters did not contain.

use super::OTHER;

/// Every class of the drug vocabulary (the test checks that each class of
/// `drugs` has a row here; `/Pharmaceuticals/Other` has its own test).
pub(super) const DRUG_CLASSES: &[(&str, &[&str])] = &[
    (
        "/Pharmaceuticals/Opioids",
        &[
            "Apadaz 6.12/325mg #60",
            "Xtampza ER 9mg",
            "Belbuca film 150mcg",
        ],
    ),
    (
        "/Pharmaceuticals/NSAIDs",
        &["Aleve twice daily", "Mefenamic acid 250mg", "Dolobid 500mg"],
    ),
    (
        "/Pharmaceuticals/Muscle Relaxants",
        &["Lorzone 375mg", "Muscle relaxer at bedtime"],
    ),
    (
        "/Pharmaceuticals/Anticonvulsants",
        &["Lacosamide 50mg", "Trileptal 300mg"],
    ),
    (
        "/Pharmaceuticals/Antidepressants",
        &[
            "Fetzima 40mg",
            "Nortriptyline 10mg qhs",
            "Escitalopram 10mg",
        ],
    ),
    (
        "/Pharmaceuticals/Sleep Aids",
        &["Belsomra 10mg", "Halcion 0.25mg", "Melatonin 3mg"],
    ),
    (
        "/Pharmaceuticals/Benzodiazepines",
        &["Lorazepam 0.5mg", "Klonopin 1mg"],
    ),
    ("/Pharmaceuticals/PPIs", &["Dexilant 60mg", "Protonix 40mg"]),
    (
        "/Pharmaceuticals/Medical Foods",
        &["Trepadone #120", "Gabadone"],
    ),
    (
        "/Pharmaceuticals/Barbiturate Combinations",
        &[
            "Fioricet #30",
            "Butalbital/APAP/caffeine",
            "Esgic 50/325/40",
        ],
    ),
    (
        "/Pharmaceuticals/Migraine Drugs",
        &[
            "Sumatriptan 50mg #9",
            "Maxalt MLT 10mg",
            "Aimovig 70mg monthly",
        ],
    ),
    (
        "/Pharmaceuticals/Antiemetics",
        &["Zofran ODT 4mg", "Promethazine 25mg", "Metoclopramide 10mg"],
    ),
    (
        "/Pharmaceuticals/H2 Blockers",
        &["Famotidine 20mg #60", "Pepcid 40mg", "Ranitidine 150mg #60"],
    ),
    (
        "/Pharmaceuticals/Other Gastrointestinal",
        &[
            "Sucralfate 1g four times daily",
            "Misoprostol 200mcg",
            "Imodium as needed",
        ],
    ),
    (
        "/Pharmaceuticals/Laxatives",
        &[
            "Colace 100mg",
            "Docusate sodium 100mg #60",
            "Senna-S two at bedtime",
            "Sennosides 8.6mg",
            "Bisacodyl 5mg",
            "Polyethylene glycol 17g",
            "Miralax",
            "Lactulose 20g",
            "Movantik 25mg",
        ],
    ),
    (
        "/Pharmaceuticals/Corticosteroids",
        &[
            "Prednisone 10mg taper",
            "Medrol Dosepak",
            "Methylprednisolone 4mg",
        ],
    ),
    (
        "/Pharmaceuticals/Antihistamines",
        &["Hydroxyzine 25mg", "Benadryl 25mg", "Zyrtec daily"],
    ),
    (
        "/Pharmaceuticals/Antipsychotics",
        &["Seroquel 50mg", "Abilify 5mg"],
    ),
    (
        "/Pharmaceuticals/Stimulants",
        &["Nuvigil 150mg", "Provigil 200mg", "Adderall 10mg"],
    ),
    (
        "/Pharmaceuticals/Erectile Dysfunction",
        &[
            "Viagra 100mg #10",
            "Sildenafil 50mg",
            "Cialis 5mg",
            "Vardenafil 20mg",
        ],
    ),
    (
        "/Pharmaceuticals/Hormones",
        &[
            "Testosterone cypionate 200mg",
            "AndroGel 1.62%",
            "Levothyroxine 50mcg",
        ],
    ),
    (
        "/Pharmaceuticals/Opioid Antagonists",
        &["Narcan nasal spray", "Naloxone 4mg", "Naltrexone 50mg"],
    ),
    (
        "/Pharmaceuticals/Cannabinoids",
        &["Dronabinol 5mg", "Medical marijuana"],
    ),
    (
        "/Pharmaceuticals/Cardiovascular",
        &[
            "Lisinopril 10mg",
            "Amlodipine 5mg",
            "Clonidine 0.1mg",
            "Atorvastatin 20mg",
        ],
    ),
    (
        "/Pharmaceuticals/Diabetes",
        &["Metformin 500mg", "Januvia 100mg", "Insulin glargine"],
    ),
    (
        "/Pharmaceuticals/Anticoagulants",
        &["Xarelto 10mg x 30 days", "Eliquis 2.5mg", "Lovenox 40mg"],
    ),
    (
        "/Pharmaceuticals/Anti-infectives",
        &["Keflex 500mg", "Augmentin 875mg", "Valtrex 1g"],
    ),
    (
        "/Pharmaceuticals/Vitamins and Supplements",
        &[
            "Vitamin D3 2000 IU",
            "Vitamin B12 injections",
            "B12 shots",
            "Glucosamine chondroitin",
            "Fish oil 1000mg",
        ],
    ),
    (
        "/Pharmaceuticals/Topicals",
        &["Icy Hot", "Lidocaine 4%", "Qutenza application"],
    ),
];

/// Drugs where two rules meet: a patch, two names, a drug level, an
/// injection-only steroid.
pub(super) const DRUG_EDGES: &[(&str, &[&str])] = &[
    // A systemic drug in a patch is its class; other patches are topicals.
    (
        "/Pharmaceuticals/Cardiovascular",
        &["Clonidine patch weekly"],
    ),
    ("/Pharmaceuticals/Other", &["Nicotine patch 21mg"]),
    ("/Pharmaceuticals/Topicals", &["Heat patch"]),
    // The earlier class wins; the order of the names does not matter.
    ("/Pharmaceuticals/Opioids", &["Colace while on Percocet"]),
    ("/Pharmaceuticals/Opioids", &["Fioricet with codeine #30"]),
    // A drug level is a laboratory test, not the drug.
    ("/Diagnostic Testing/Laboratory", &["Vitamin D level"]),
    ("/Diagnostic Testing/Laboratory", &["Testosterone level"]),
    // Injection-only steroids stay injections.
    (
        "/Injections/Other",
        &["Kenalog 40mg", "Depo-Medrol 80mg injection"],
    ),
    ("/Injections/Joint", &["Kenalog injection right knee"]),
];

/// Procedures and services added for items the development letters did
/// not contain.
pub(super) const PROCEDURES: &[(&str, &[&str])] = &[
    (
        "/Injections/Other",
        &[
            "Platelet-rich plasma injections to the left elbow",
            "PRP injections x 3",
            "Autologous blood injection",
            "Prolotherapy injections",
        ],
    ),
    ("/Injections/Epidural Steroid", &["Two lumbar epidurals"]),
    ("/Injections/Facet", &["Lumbar facets L4-S1 bilateral"]),
    (
        "/Injections/Radiofrequency Ablation",
        &["Cervical rhizotomies", "Genicular nerve ablations"],
    ),
    (
        "/Diagnostic Testing/Other",
        &[
            "Functional capacity evaluations",
            "FCEs",
            "EKGs",
            "12-lead ECG",
            "EEG",
            "Electroencephalogram",
            "Grip strength testing",
            "Grip testing bilateral hands",
            "Jamar dynamometer testing",
            "Tilt table test",
            "Skin biopsy for nerve fiber density",
            "Range of motion testing",
            "Treadmill stress test",
        ],
    ),
    (
        "/Diagnostic Testing/Electrodiagnostic",
        &[
            "EMGs of both arms",
            "NCVs lower extremities",
            "Visual evoked potentials",
        ],
    ),
    (
        "/Physical Therapy",
        &[
            "Infrared therapy 2x4",
            "Infrared",
            "Paraffin wax treatments",
            "Diathermy 6 sessions",
            "Interferential current therapy 8 sessions",
            "Iontophoresis x 6",
            "Mechanical traction 2x3",
            "Kinesio taping",
            "Whirlpool",
            "Graston technique",
            "Speech therapy 12 visits",
            "Spinal decompression therapy 20 sessions",
            "Hot packs 2x4",
        ],
    ),
    (
        "/Programs/Day Treatment",
        &[
            "Partial hospitalization program",
            "Partial hospitalization 5 days",
            "Intensive outpatient program x 6 weeks",
            "IOP 3 days a week",
        ],
    ),
    (
        "/Programs/Residential",
        &[
            "Inpatient rehabilitation 2 weeks",
            "Skilled nursing facility stay",
            "Assisted living facility",
        ],
    ),
    (
        "/Surgery",
        &[
            "Physician assistant at surgery",
            "PA-C assist for the fusion",
            "RN first assistant",
            "Assistant at surgery",
        ],
    ),
    // A physician assistant seen for a visit is a visit.
    (
        "/Evaluation and Management",
        &["Follow-up visit with physician assistant"],
    ),
    (
        "/Durable Medical Equipment",
        &[
            "CPAP machine",
            "Nebulizer",
            "Shower bench",
            "Power wheelchair",
            "LSO brace",
            "Seat cushion",
            "Infrared lamp",
            "Glucometer and strips",
        ],
    ),
    (
        "/Home Health",
        &["CNA 4 hours a day", "Respite care", "Meals on wheels"],
    ),
    ("/Acupuncture", &["Cupping 6 sessions"]),
    // Oral doses given in grams are not creams.
    (
        "/Pharmaceuticals/Other Gastrointestinal",
        &["Sucralfate 1gm four times daily"],
    ),
    ("/Programs/Work Conditioning", &["Work simulation 2x4"]),
    (
        "/Diagnostic Testing/Laboratory",
        &["Complete blood count", "Hepatic panel", "Uric acid"],
    ),
    (
        "/Injections/Other",
        &["Ketamine infusion", "Lidocaine infusion x 3"],
    ),
    (
        "/Psychological Services",
        &["Psychological clearance before a spinal cord stimulator"],
    ),
    ("/Acupuncture", &["Dry needling of trigger points x 6"]),
    (
        "/Surgery",
        &[
            "Peripheral nerve stimulator trial",
            "Right SI joint fusion",
            "Below-knee amputation revision",
            "Skin graft to the forearm",
            "Tenex procedure right elbow",
            "Closed reduction of the wrist",
        ],
    ),
    (
        "/Injections/Joint",
        &[
            "Arthrocentesis of the right knee",
            "Knee aspiration and injection",
        ],
    ),
    (
        "/Physical Therapy",
        &[
            "Yoga classes x 8",
            "Aquatic exercise program",
            "Scrambler therapy",
        ],
    ),
    ("/Surgery", &["Intrathecal hydromorphone pump trial"]),
    ("/Surgery", &["Ulnar nerve transposition"]),
    ("/Psychological Services", &["Neurocognitive testing"]),
    ("/Diagnostic Testing/Other", &["Audiological evaluation"]),
    (
        "/Diagnostic Testing/Sleep Study",
        &["Home sleep apnea test"],
    ),
    ("/Diagnostic Testing/Laboratory", &["Vitamin D 25-OH level"]),
    ("/Pharmaceuticals/Hormones", &["Depo-Provera 150mg"]),
    (
        "/Durable Medical Equipment",
        &[
            "Recumbent exercise bike",
            "Inversion table",
            "Telephone headset",
            "Voice recognition software",
            "Reading glasses",
        ],
    ),
    // Hyperbaric oxygen is not home oxygen equipment.
    (OTHER, &["Hyperbaric oxygen therapy"]),
    (
        "/Durable Medical Equipment",
        &[
            "Sacroiliac belt",
            "SI joint brace",
            "Home modification for wheelchair access",
            "Short arm cast",
            "TENS patches",
            "Interferential unit pads",
            "Electrical stimulation unit",
            "Heel cups",
            "Prosthetic leg socket",
            "Home oxygen",
        ],
    ),
    (
        "/Dental",
        &[
            "Dental evaluation",
            "Dental implants #8 and #9",
            "Occlusal splint",
            "Root canal tooth #14",
            "Dentures upper and lower",
        ],
    ),
];
