//! ACOEM chapters and editions, inside and outside the MTUS.

use super::*;

#[test]
fn mtus_acoem_by_number_and_by_title_agree() {
    let c = one("MTUS: ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 8 Neck and Upper Back Complaints, page 177-178");
    assert_eq!(c.path, "/MTUS/ACOEM/Neck and Upper Back Complaints");
    assert_eq!(c.pages.as_deref(), Some("177-178"));
    for p in [
        "MTUS: ACOEM, Chapter 8, page 177",
        "Decision based on MTUS ACOEM Neck and Upper Back Complaints",
        "MTUS: Neck and Upper Back Complaints, page 181",
        "MTUS ACOEM Practice Guidelines, Neck & Upper Back chapter",
    ] {
        assert_eq!(
            paths(p),
            ["/MTUS/ACOEM/Neck and Upper Back Complaints"],
            "{p}"
        );
    }
}

#[test]
fn mtus_acoem_chapter_numbers_map_to_titles() {
    assert_eq!(
        paths("MTUS ACOEM Chapter 12, pages 303-305"),
        ["/MTUS/ACOEM/Low Back Complaints"]
    );
    assert_eq!(
        paths("MTUS: ACOEM Chapter 11 Forearm, Wrist, and Hand Complaints"),
        ["/MTUS/ACOEM/Forearm Wrist and Hand Complaints"]
    );
    assert_eq!(
        paths("MTUS ACOEM Practice Guidelines, Chapter 6, page 115"),
        ["/MTUS/ACOEM/Pain Suffering and the Restoration of Function"]
    );
    assert_eq!(
        paths("MTUS: ACOEM Chapter 13 Knee Complaints, page 343"),
        ["/MTUS/ACOEM/Knee Complaints"]
    );
}

#[test]
fn acoem_2013_sentence_with_part_of_mtus() {
    let c = one("The Claims Administrator based its decision on the ACOEM Occupational Medicine Practice Guidelines, 2nd Edition (2004), Chapter 9, page 209, which is part of the MTUS.");
    assert_eq!(c.path, "/MTUS/ACOEM/Shoulder Complaints");
    assert_eq!(c.pages.as_deref(), Some("209"));
}

#[test]
fn acoem_outside_mtus() {
    assert_eq!(
        paths("The Claims Administrator did not base their decision on the MTUS. Decision based on Non-MTUS: ACOEM Practice Guidelines, 3rd Edition, Chronic Pain chapter"),
        ["/ACOEM/3rd Edition/Chronic Pain"]
    );
    assert_eq!(
        paths("Non-MTUS Citation: ACOEM Practice Guidelines, Second Edition (2004), Chapter 7, Independent Medical Examinations and Consultations, page 127"),
        ["/ACOEM/2nd Edition/Independent Medical Examinations and Consultations"]
    );
    assert_eq!(
        paths("ACOEM Practice Guidelines, 3rd Edition (2011), Low Back Disorders"),
        ["/ACOEM/3rd Edition/Low Back Disorders"]
    );
    assert_eq!(
        paths("Decision based on Non-MTUS Citation ACOEM guidelines"),
        ["/ACOEM/Edition not stated"]
    );
}

#[test]
fn acoem_after_other_guidelines_is_outside_mtus() {
    assert_eq!(
        paths("Decision based on Non-MTUS Citation Other Medical Treatment Guidelines ACOEM Hip and Groin Disorders, Imaging"),
        ["/ACOEM/3rd Edition/Hip and Groin Disorders"]
    );
    assert_eq!(
        paths("Decision based on Non-MTUS Citation ODG Low Back, Manipulation Roe K. Occupational medicine practice guidelines, 2nd edition (2004) p 12."),
        ["/ODG/Low Back/Manipulation", "/ACOEM/2nd Edition"]
    );
}
