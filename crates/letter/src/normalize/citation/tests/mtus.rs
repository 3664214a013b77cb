//! MTUS parts, topics and "Section(s):" lists.

use super::*;

#[test]
fn chronic_pain_with_topic_and_pages() {
    let c = one("MTUS Chronic Pain Medical Treatment Guidelines, Opioids, pages 78-80");
    assert_eq!(
        c.path,
        "/MTUS/Chronic Pain Medical Treatment Guidelines/Opioids"
    );
    assert_eq!(c.pages.as_deref(), Some("78-80"));
}

#[test]
fn chronic_pain_without_topic() {
    let c = one("MTUS: Chronic Pain Medical Treatment Guidelines Page(s): 22");
    assert_eq!(c.path, "/MTUS/Chronic Pain Medical Treatment Guidelines");
    assert_eq!(c.pages.as_deref(), Some("22"));
}

#[test]
fn chronic_pain_topic_after_pages_and_regulation_noise() {
    let c = one("Decision based on MTUS Chronic Pain Medical Treatment Guidelines 8 C.C.R. 9792.20 - 9792.26 MTUS (Effective July 18, 2009) Page(s): 111-113, Topical Analgesics.");
    assert_eq!(
        c.path,
        "/MTUS/Chronic Pain Medical Treatment Guidelines/Topical analgesics"
    );
    assert_eq!(c.pages.as_deref(), Some("111-113"));
}

#[test]
fn chronic_pain_topic_before_pages() {
    let c = one("MTUS: Chronic Pain Medical Treatment Guidelines opioids Page(s): 76 - 78");
    assert_eq!(
        c.path,
        "/MTUS/Chronic Pain Medical Treatment Guidelines/Opioids"
    );
    assert_eq!(c.pages.as_deref(), Some("76-78"));
}

#[test]
fn effective_date_names_chronic_pain_guidelines() {
    let c = one("MTUS (Effective July 18, 2009), page 63, Muscle relaxants (for pain)");
    assert_eq!(
        c.path,
        "/MTUS/Chronic Pain Medical Treatment Guidelines/Muscle relaxants (for pain)"
    );
    assert_eq!(c.pages.as_deref(), Some("63"));
    assert_eq!(
        paths("California MTUS Chronic Pain Medical Treatment Guidelines (May 2009), Muscle relaxants, page 63-66"),
        ["/MTUS/Chronic Pain Medical Treatment Guidelines/Muscle relaxants"]
    );
}

#[test]
fn acupuncture_guidelines_are_their_own_mtus_part() {
    assert_eq!(
        paths("MTUS 9792.24.2 Chronic Pain Medical Treatment Guidelines, page 99; MTUS Acupuncture Medical Treatment Guidelines, page 8"),
        [
            "/MTUS/Chronic Pain Medical Treatment Guidelines",
            "/MTUS/Acupuncture Medical Treatment Guidelines",
        ]
    );
}

#[test]
fn postsurgical() {
    let c = one("MTUS Postsurgical Treatment Guidelines, Knee, page 24.");
    assert_eq!(c.path, "/MTUS/Postsurgical Treatment Guidelines/Knee");
    assert_eq!(c.pages.as_deref(), Some("24"));
    assert_eq!(
        paths("Decision based on MTUS Post-Surgical Treatment Guidelines"),
        ["/MTUS/Postsurgical Treatment Guidelines"]
    );
}

#[test]
fn bare_mtus_is_not_a_citation() {
    assert!(paths("The Expert Reviewer based his/her decision on the MTUS.").is_empty());
    assert!(paths("The Claims Administrator did not base their decision on the MTUS.").is_empty());
    assert!(paths("").is_empty());
    assert!(paths("The reviewer considered the records.").is_empty());
}

#[test]
fn mtus_parts_with_edition_year_and_sections() {
    assert_eq!(
        paths("Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment."),
        ["/MTUS/Chronic Pain Medical Treatment Guidelines/Physical medicine treatment"]
    );
    assert_eq!(
        paths("Decision based on MTUS Shoulder Complaints 2004, Section(s): Special Studies."),
        ["/MTUS/ACOEM/Shoulder Complaints/Special Studies"]
    );
    assert_eq!(
        paths("Decision based on MTUS Knee Complaints 2004."),
        ["/MTUS/ACOEM/Knee Complaints"]
    );
    assert_eq!(
        paths("Decision based on MTUS Acupuncture Treatment 2007."),
        ["/MTUS/Acupuncture Medical Treatment Guidelines"]
    );
    assert_eq!(
        paths("Decision based on MTUS Postsurgical Treatment 2009, Section(s): Shoulder."),
        ["/MTUS/Postsurgical Treatment Guidelines/Shoulder"]
    );
    assert_eq!(
        paths("Decision based on MTUS Elbow Complaints 2007."),
        ["/MTUS/ACOEM/Elbow Disorders"]
    );
}

#[test]
fn opioid_guideline_sections_lose_their_numbers() {
    assert_eq!(
        paths(
            "Decision based on MTUS Opioid Treatment 2016, Section(s): 4. Opioids for Acute Pain."
        ),
        ["/MTUS/Opioids Treatment Guidelines/Opioids for Acute Pain"]
    );
    assert_eq!(
        paths(
            "Decision based on MTUS Opioid Treatment 2016, Section(s): 3.3.1 Tapering of Opioids."
        ),
        ["/MTUS/Opioids Treatment Guidelines/Tapering of Opioids"]
    );
    assert_eq!(
        paths("Decision based on MTUS Opioid Treatment 2016."),
        ["/MTUS/Opioids Treatment Guidelines"]
    );
}

#[test]
fn general_approaches_section_names_the_chapter() {
    assert_eq!(
        paths("Decision based on MTUS General Approaches 2004, Section(s): Initial Approaches to Treatment."),
        ["/MTUS/ACOEM/Initial Approaches to Treatment"]
    );
    assert_eq!(
        paths("Decision based on MTUS General Approaches 2004, Section(s): Cornerstones of Disability Prevention and Management."),
        ["/MTUS/ACOEM/Cornerstones of Disability Prevention and Management"]
    );
    assert_eq!(
        paths("Decision based on MTUS General Approaches 2004."),
        ["/MTUS/ACOEM/General Approaches"]
    );
}

#[test]
fn parts_joined_by_and_are_separate_citations() {
    assert_eq!(
        paths("Decision based on MTUS Acupuncture Treatment 2007, and Chronic Pain Medical Treatment 2016, Section(s): Topical analgesics."),
        [
            "/MTUS/Acupuncture Medical Treatment Guidelines",
            "/MTUS/Chronic Pain Medical Treatment Guidelines/Topical analgesics",
        ]
    );
    assert_eq!(
        paths("Decision based on MTUS Ankle and Foot Complaints 2004, Section(s): Initial Care, and Knee Complaints 2004, and Forearm, Wrist, and Hand Complaints 2004."),
        [
            "/MTUS/ACOEM/Ankle and Foot Complaints/Initial Care",
            "/MTUS/ACOEM/Knee Complaints",
            "/MTUS/ACOEM/Forearm Wrist and Hand Complaints",
        ]
    );
}

#[test]
fn section_lists_split_between_names_not_inside_them() {
    assert_eq!(
        paths("Decision based on MTUS Low Back Complaints 2004, Section(s): Diagnostic Criteria, Special Studies, Summary."),
        [
            "/MTUS/ACOEM/Low Back Complaints/Diagnostic Criteria",
            "/MTUS/ACOEM/Low Back Complaints/Special Studies",
            "/MTUS/ACOEM/Low Back Complaints/Summary",
        ]
    );
    assert_eq!(
        paths("Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Ultrasound, therapeutic, NSAIDs, GI symptoms & cardiovascular risk."),
        [
            "/MTUS/Chronic Pain Medical Treatment Guidelines/Ultrasound, therapeutic",
            "/MTUS/Chronic Pain Medical Treatment Guidelines/NSAIDs, GI symptoms & cardiovascular risk",
        ]
    );
    assert_eq!(
        paths("Decision based on MTUS Postsurgical Treatment 2009, Section(s): Knee, Forearm, Wrist, & Hand."),
        [
            "/MTUS/Postsurgical Treatment Guidelines/Knee",
            "/MTUS/Postsurgical Treatment Guidelines/Forearm, Wrist, & Hand",
        ]
    );
}

#[test]
fn unknown_mtus_part_is_kept_readable_and_reported() {
    let p =
        "Decision based on MTUS Occupational Interstitial Lung Disease 2019, Section(s): Imaging.";
    assert_eq!(
        paths(p),
        ["/MTUS/Occupational Interstitial Lung Disease/Imaging"]
    );
    assert_eq!(
        unplaced(p),
        ["/MTUS/Occupational Interstitial Lung Disease/Imaging"]
    );
    // Chapters the MTUS adopted from later ACOEM editions, and a 2004
    // chapter without a "Complaints" suffix, are ACOEM chapters.
    let p = "Decision based on MTUS Hip and Groin Disorders 2011, Section(s): Imaging.";
    assert_eq!(paths(p), ["/MTUS/ACOEM/Hip and Groin Disorders/Imaging"]);
    assert!(unplaced(p).is_empty());
    assert_eq!(
        paths("Decision based on MTUS Eye 2004, Section(s): Referral."),
        ["/MTUS/ACOEM/Eye/Referral"]
    );
    assert_eq!(
        paths("Decision based on MTUS Elbow Disorders (Revised 2007), Section(s): Surgical Considerations."),
        ["/MTUS/ACOEM/Elbow Disorders/Surgical Considerations"]
    );
    assert!(unplaced("Decision based on MTUS Knee Complaints 2004.").is_empty());
}
