//! ODG vocabulary: the chapters and their spellings, the two book titles
//! and the preface.

pub(in crate::normalize::citation) const ODG_PREFACE: &str = "Preface";
pub(in crate::normalize::citation) const ODG_TWC: &str = "Treatment in Workers' Comp";
pub(in crate::normalize::citation) const ODG_ITDDG: &str =
    "Integrated Treatment and Disability Duration Guidelines";

/// Canonical ODG chapter, then its spellings. " AND " stands for "&", "and"
/// or "+" with any spacing. A chapter must end at a non-alphanumeric
/// character, so "Head" does not match "Headaches".
pub(in crate::normalize::citation) const ODG_CHAPTER_TABLE: &[(&str, &str)] = &[
    // "Pain (Chronic)", "Pain Chapter", "Chronic Pain", "Pain"
    (
        "Pain (Chronic)",
        r"pain\s*\(\s*chronic\s*\)|chronic\s+pain|pain",
    ),
    // "Low Back, Lumbar & Thoracic (Acute & Chronic)", "Low Back - Lumbar & Thoracic", "Lumbar"
    (
        "Low Back",
        r"low(?:er)?\s+back(?:\s*[-,–]?\s*lumbar(?: AND thoracic)?)?(?:\s+spine)?|lumbar(?: AND thoracic)?(?:\s+spine)?",
    ),
    // "Knee & Leg (Acute & Chronic)", "Knee and Leg", "Knee"
    ("Knee & Leg", r"knee(?: AND leg)?"),
    // "Neck and Upper Back (Acute & Chronic)", "Neck & Upper Back", "Cervical Spine"
    (
        "Neck and Upper Back",
        r"neck(?: AND upper\s+back)?|cervical(?:\s+spine)?|upper\s+back",
    ),
    ("Shoulder", r"shoulder"),
    ("Elbow", r"elbow"),
    // "Forearm, Wrist, & Hand (Acute & Chronic)", "Wrist and Hand", "Hand"
    (
        "Forearm Wrist & Hand",
        r"forearm\s*,?\s*wrist\s*,?\s*(?:(?:&|and)\s*)?hand|forearm|wrist(?: AND hand)?|hand(?: AND wrist)?",
    ),
    // "Carpal Tunnel Syndrome (Acute & Chronic)"; bare "carpal tunnel" is a topic
    // ("carpal tunnel release"), so the chapter needs "syndrome" or "chapter".
    (
        "Carpal Tunnel Syndrome",
        r"carpal\s+tunnel\s+syndrome(?:\s*\(\s*CTS\s*\))?|carpal\s+tunnel\s+chapter",
    ),
    ("Ankle & Foot", r"ankle(?: AND foot)?|foot(?: AND ankle)?"),
    ("Hip & Pelvis", r"hips?(?: AND pelvis)?|pelvis"),
    // "Head (trauma, headaches, etc., not including stress & mental disorders)"
    ("Head", r"head(?:\s*\(\s*trauma[^)]*\))?"),
    // "Mental Illness & Stress", "Stress/Mental Illness", "Mental Health"
    (
        "Mental Illness & Stress",
        r"mental\s+illness(?: AND stress)?|stress\s*(?:&|and|/|-)\s*mental\s+(?:illness|health)|mental\s+(?:health|stress)|mental",
    ),
    ("Burns", r"burns?"),
    ("Eye", r"eyes?"),
    ("Pulmonary", r"pulmonary"),
    // "Diabetes (Type 1, 2, and Gestational)"
    ("Diabetes", r"diabetes(?:\s*\(\s*type[^)]*\))?"),
    ("Hernia", r"hernia"),
    ("Fitness for Duty", r"fitness\s+for\s+duty"),
    ("Drug Formulary", r"(?:drug\s+)?formulary"),
];
