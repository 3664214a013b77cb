//! ACOEM vocabulary: the chapters of the 2nd edition (the text adopted into
//! the MTUS) and of the 3rd edition, with the words that identify them.

/// ACOEM Practice Guidelines 2nd edition (2004) chapters, numbered from 1,
/// with the spellings that identify them when no number is given. Titles use
/// "and" instead of commas.
pub(in crate::normalize::citation) const ACOEM2_TABLE: &[(&str, &str)] = &[
    ("Prevention", r"prevention"),
    (
        "General Approach to Initial Assessment and Documentation",
        r"general\s+approach|initial\s+assessment",
    ),
    (
        "Initial Approaches to Treatment",
        r"initial\s+approach(?:es)?\s+to\s+treatment",
    ),
    ("Work-Relatedness", r"work[\s-]*relatedness"),
    (
        "Cornerstones of Disability Prevention and Management",
        r"cornerstones(?:\s+of\s+disability\s+prevention(?:\s+(?:and|&)\s+management)?)?",
    ),
    (
        "Pain Suffering and the Restoration of Function",
        r"pain\s*,?\s*suffering",
    ),
    (
        "Independent Medical Examinations and Consultations",
        r"independent\s+medical\s+exam\w*",
    ),
    (
        "Neck and Upper Back Complaints",
        r"neck(?:\s+(?:and|&)\s+upper\s+back)?|cervical|upper\s+back",
    ),
    ("Shoulder Complaints", r"shoulder"),
    ("Elbow Disorders", r"elbow"),
    ("Forearm Wrist and Hand Complaints", r"forearm|wrist|hand"),
    ("Low Back Complaints", r"low(?:er)?\s+back|lumbar"),
    ("Knee Complaints", r"knee"),
    ("Ankle and Foot Complaints", r"ankle|foot"),
    ("Stress Related Conditions", r"stress"),
    ("Eye", r"eyes?"),
];

/// ACOEM 3rd edition (2011 on) chapters, as cited outside MTUS.
pub(in crate::normalize::citation) const ACOEM3_TABLE: &[(&str, &str)] = &[
    ("Chronic Pain", r"chronic\s+pain"),
    ("Opioids", r"opioids?"),
    ("Low Back Disorders", r"low(?:er)?\s+back|lumbar"),
    (
        "Cervical and Thoracic Spine Disorders",
        r"cervical|thoracic|neck",
    ),
    ("Shoulder Disorders", r"shoulder"),
    ("Elbow Disorders", r"elbow"),
    ("Hand Wrist and Forearm Disorders", r"hand|wrist|forearm"),
    ("Knee Disorders", r"knee"),
    ("Ankle and Foot Disorders", r"ankle|foot"),
    ("Hip and Groin Disorders", r"hip|groin"),
];
