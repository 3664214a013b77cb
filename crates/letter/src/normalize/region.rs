//! Body regions: the words of a service or a diagnosis -> region facet paths.
//!
//! This module owns the region vocabulary ([`REGIONS`]): canonical region
//! names such as `/Lumbar Spine` or `/Wrist and Hand`, each with the words
//! letters use for it ("low back", "L4-5", "lumbosacral"; "carpal tunnel",
//! "finger"). `index_schema/REGIONS.md` is the user-facing description; a
//! test checks that it names every path.
//!
//! An item's regions come from its own text first ("MRI of the right
//! shoulder" -> `/Shoulder`), and only when it names none from the letter's
//! diagnoses (a drug for a letter about a lumbar strain -> `/Lumbar Spine`).

use once_cell::sync::Lazy;
use regex::{Regex, RegexSet};

/// The region table in display order: `(facet path, pattern)`. Every
/// matching row contributes its path, so one text may name several regions.
/// Patterns are case-insensitive regexes on ASCII word boundaries.
pub const REGIONS: &[(&str, &str)] = &[
    (
        "/Head",
        r"\b(?:head|heads|headaches?|face|facial|skull|scalp|brain|cranial|concussion|post-?\s?concussive|migraines?|tmj|temporomandibular|jaws?|dental|teeth|tooth|eyes?|ocular|vision|visual|ears?|hearing|tinnitus|vertigo|vestibular|nasal|nose)\b",
    ),
    (
        "/Psyche",
        r"\b(?:psych\w*|neuropsych\w*|depress\w*|anxiety|anxious|adjustment\s+disorder|ptsd|post-?\s?traumatic\s+stress|mental|mood|emotional|cognitive\s+behavio\w*|cbt|biofeedback|counsel+ing|insomnia)\b",
    ),
    (
        "/Cervical Spine",
        r"\b(?:cervical\w*|neck|cervicothoracic|c[1-7](?:\s*-\s*(?:c?[1-7]|t1))?|whiplash|trapezi\w*)\b",
    ),
    (
        "/Thoracic Spine",
        r"\b(?:thoracic|thoracolumbar|cervicothoracic|mid[\s-]*back|upper\s+back|dorsal\s+spine|t(?:[1-9]|1[0-2])\s*-\s*(?:t?(?:[1-9]|1[0-2])|l1))\b",
    ),
    (
        "/Lumbar Spine",
        r"\b(?:lumbar|lumbosacral|thoracolumbar|low(?:er)?[\s-]+back|back|sacral|sacrum|coccy\w*|sciatica|l[1-5](?:\s*-\s*(?:l?[1-5]|s1))?|l5\s*-\s*s1)\b",
    ),
    (
        "/Chest and Abdomen",
        r"\b(?:chest|ribs?|sternum|sternal|abdom\w*|hernias?|inguinal|umbilical|colon|laparotomy)\b",
    ),
    (
        "/Shoulder",
        r"\b(?:shoulders?|rotator\s+cuff|acromio\w*|subacromial|glenohumeral|clavic\w*|scapula\w*|bicipital|ac\s+joint)\b",
    ),
    (
        "/Upper Extremity",
        r"\b(?:upper\s+(?:extremit\w*|limbs?)|arms?|forearms?|humer\w*)\b",
    ),
    ("/Elbow", r"\b(?:elbows?|epicondyl\w*|olecranon|cubital)\b"),
    (
        "/Wrist and Hand",
        r"\b(?:wrists?|hands?|fingers?|thumbs?|carpal\w*|metacarp\w*|digits?|palms?|de\s*quervain'?s?|trigger\s+finger|scaphoid)\b",
    ),
    (
        "/Hip",
        r"\b(?:hips?|pelvi\w*|groin|sacroiliac|si\s+joints?|trochanter\w*|acetabul\w*|buttocks?|glute\w*)\b",
    ),
    (
        "/Lower Extremity",
        r"\b(?:lower\s+(?:extremit\w*|limbs?|legs?)|legs?|thighs?|femur|femoral|tibia\w*|fibula\w*|calf|calves|shins?)\b",
    ),
    (
        "/Knee",
        r"\b(?:knees?|patell\w*|menisc\w*|acl|mcl|pcl|lcl|cruciate)\b",
    ),
    (
        "/Ankle and Foot",
        r"\b(?:ankles?|foot|feet|toes?|heels?|plantar|achilles|calcane\w*|metatars\w*|tarsal|talus|bunions?)\b",
    ),
];

/// Longest text examined; longer text is cut on a character boundary.
const MAX_INPUT: usize = 4_000;

/// [`REGIONS`] compiled once as one set: a single pass over the text
/// tells which rows match (a row matches in the set exactly when its own
/// regex matches), instead of one search per row.
static REGION_SET: Lazy<RegexSet> = Lazy::new(|| {
    RegexSet::new(REGIONS.iter().map(|(_, p)| super::ascii_pattern(p)))
        .expect("region patterns are valid regexes")
});

/// Phrases that name a region word without meaning the body part: "back to
/// work", "came back", "on the other hand", "head of the department".
static FALSE_FRIENDS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)\b(?:(?:go|goes|going|went|came|come|coming|get|got|getting|return\w*|call\w*|report\w*|sent|bring|brought|cut\w*|step\w*|push\w*|feed)\s+back|back\s+(?:to|from|on|in|up|and\s+forth)\s+(?:work|duty|the\s+office|full|regular|modified)|back\s+order\w*|on\s+the\s+other\s+hand|on\s+hand|hand\s*-?\s*(?:held|written|out)|first[\s-]+hand|by\s+ear|in\s+mind|toe\s+the\s+line|leg\s+work)\b",
    )
    .expect("static regex")
});

/// The region paths `text` names, in [`REGIONS`] order, each once.
///
/// ```
/// use imr_letter::normalize::region::regions_in;
/// assert_eq!(regions_in("MRI of the right shoulder"), ["/Shoulder"]);
/// assert_eq!(regions_in("Physical therapy neck and low back"), ["/Cervical Spine", "/Lumbar Spine"]);
/// ```
pub fn regions_in(text: &str) -> Vec<String> {
    let text = crate::clean::truncate_chars(text, MAX_INPUT);
    let cleaned = FALSE_FRIENDS.replace_all(text, " ");
    let matched = REGION_SET.matches(&cleaned);
    REGIONS
        .iter()
        .enumerate()
        .filter(|&(i, _)| matched.matched(i))
        .map(|(_, (path, _))| (*path).to_string())
        .collect()
}

/// An item's regions: those its service names, else those of the letter's
/// diagnoses (in diagnosis order, each once), else none.
pub fn item_regions(service: &str, diagnoses: &[String]) -> Vec<String> {
    let own = regions_in(service);
    if !own.is_empty() {
        return own;
    }
    let mut out: Vec<String> = Vec::new();
    for d in diagnoses {
        for r in regions_in(d) {
            if !out.contains(&r) {
                out.push(r);
            }
        }
    }
    // Table order, like the service's own regions.
    out.sort_by_key(|r| REGIONS.iter().position(|(p, _)| p == r));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn services_name_their_regions() {
        let cases: &[(&str, &[&str])] = &[
            ("MRI of the right shoulder", &["/Shoulder"]),
            ("MRI of lumbar spine without contrast", &["/Lumbar Spine"]),
            (
                "Right L4 transforaminal epidural steroid injection",
                &["/Lumbar Spine"],
            ),
            ("C5-6 anterior cervical fusion", &["/Cervical Spine"]),
            ("Wrist braces #2", &["/Wrist and Hand"]),
            ("Right carpal tunnel release", &["/Wrist and Hand"]),
            ("Elbow braces", &["/Elbow"]),
            ("Total knee replacement", &["/Knee"]),
            ("Arthroscopic partial meniscectomy", &["/Knee"]),
            (
                "Custom orthotics for plantar fasciitis",
                &["/Ankle and Foot"],
            ),
            ("Psychological evaluation", &["/Psyche"]),
            ("Neurology referral for headaches", &["/Head"]),
            ("Cervical pillow", &["/Cervical Spine"]),
            ("Lumbar support", &["/Lumbar Spine"]),
            ("Back brace", &["/Lumbar Spine"]),
            ("Right SI joint injection", &["/Hip"]),
            (
                "Physical therapy for the bilateral shoulder, elbow and wrist",
                &["/Shoulder", "/Elbow", "/Wrist and Hand"],
            ),
            (
                "X-rays of the thoracolumbar spine",
                &["/Thoracic Spine", "/Lumbar Spine"],
            ),
            (
                "EMG of the bilateral upper extremities",
                &["/Upper Extremity"],
            ),
            ("Hearing aids", &["/Head"]),
        ];
        for (service, want) in cases {
            assert_eq!(regions_in(service), *want, "service: {service:?}");
        }
    }

    #[test]
    fn no_region_words_no_region() {
        for s in [
            "Norco 10/325mg #90",
            "TENS unit",
            "Urine drug screen",
            "Return back to work full duty",
            "Supplies on hand",
            "",
        ] {
            assert!(regions_in(s).is_empty(), "{s:?}: {:?}", regions_in(s));
        }
    }

    #[test]
    fn words_inside_words_do_not_count() {
        // "arm" in "Armodafinil", "ear" in "year", "hip" in "ship".
        assert!(regions_in("Armodafinil 150mg for a year ship").is_empty());
    }

    #[test]
    fn item_falls_back_to_diagnoses() {
        let dx = vec![
            "right knee strain".to_string(),
            "lumbar sprain".to_string(),
            "lumbar radiculopathy".to_string(),
        ];
        assert_eq!(
            item_regions("Naproxen 550mg #60", &dx),
            ["/Lumbar Spine", "/Knee"]
        );
        assert_eq!(item_regions("MRI of the left knee", &dx), ["/Knee"]);
        assert!(item_regions("Naproxen 550mg #60", &[]).is_empty());
    }

    #[test]
    fn documented_regions_match_the_table() {
        let doc = include_str!("../../../../index_schema/REGIONS.md");
        for (path, _) in REGIONS {
            assert!(
                doc.contains(&format!("`{path}`")),
                "{path} missing from doc"
            );
        }
    }

    proptest! {
        #[test]
        fn always_known_paths(s in "\\PC{0,200}") {
            for r in regions_in(&s) {
                prop_assert!(REGIONS.iter().any(|(p, _)| *p == r));
            }
        }
    }
}
