//! MTUS vocabulary: the parts' canonical names, how `MTUS <part> <year>`
//! spells them, and topics letters write two ways.

pub(in crate::normalize::citation) const CPMTG: &str = "Chronic Pain Medical Treatment Guidelines";
pub(in crate::normalize::citation) const POSTSURGICAL: &str = "Postsurgical Treatment Guidelines";
pub(in crate::normalize::citation) const ACUPUNCTURE: &str =
    "Acupuncture Medical Treatment Guidelines";
pub(in crate::normalize::citation) const OPIOIDS: &str = "Opioids Treatment Guidelines";
pub(in crate::normalize::citation) const GENERAL_APPROACHES: &str = "General Approaches";
pub(in crate::normalize::citation) const FORMULARY: &str = "Drug Formulary";

/// MTUS parts by name, as "MTUS <name> <year>" writes them.
pub(in crate::normalize::citation) const PART_TABLE: &[(&str, &str)] = &[
    (
        CPMTG,
        r"chronic\s+pain(?:\s+medical)?(?:\s+treatment)?(?:\s+guidel?ines?)?",
    ),
    (
        POSTSURGICAL,
        r"post[\s-]*surgical(?:\s+treatment)?(?:\s+guidel?ines?)?",
    ),
    (
        ACUPUNCTURE,
        r"acupuncture(?:\s+medical)?(?:\s+treatment)?(?:\s+guidel?ines?)?",
    ),
    (OPIOIDS, r"opioids?(?:\s+treatment)?(?:\s+guidel?ines?)?"),
    (GENERAL_APPROACHES, r"general\s+approach(?:es)?"),
    (FORMULARY, r"(?:drug\s+)?formulary"),
];

/// Topics commonly written two ways, keyed by their lower-case words:
/// "Opioids criteria for use" and "opioids, criteria for use" are one value.
pub(in crate::normalize::citation) const TOPIC_TABLE: &[&str] = &[
    "Opioids, criteria for use",
    "Opioids, ongoing management",
    "Opioids, long-term assessment",
    "Opioids, specific drug list",
    "Opioids, dosing",
    "Opioids, pain treatment agreement",
    "Opioids for chronic pain",
    "Topical analgesics",
    "Muscle relaxants (for pain)",
    "Anti-epilepsy drugs (AEDs)",
    "NSAIDs (non-steroidal anti-inflammatory drugs)",
    "NSAIDs, GI symptoms & cardiovascular risk",
    "Proton pump inhibitors (PPIs)",
    "Weaning of medications",
    "Urine drug testing (UDT)",
    "Drug testing",
    "Physical medicine",
    "Massage therapy",
    "Manual therapy & manipulation",
    "Ultrasound, diagnostic",
    "Ultrasound, therapeutic",
    "Lumbar supports",
    "Functional restoration programs (FRPs)",
    "Chronic pain programs (functional restoration programs)",
    "TENS (transcutaneous electrical nerve stimulation)",
    "Epidural steroid injections (ESIs)",
    "Facet joint diagnostic blocks (injections)",
    "Work conditioning, work hardening",
    "Continuous passive motion (CPM)",
    "Cold-heat packs",
    "Forearm, Wrist, & Hand",
    "NSAIDs, specific drug list & adverse effects",
    "Opioids, cancer pain vs. nonmalignant pain",
];
