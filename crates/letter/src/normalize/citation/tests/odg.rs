//! ODG chapters, books, topics and the preface.

use super::*;

#[test]
fn seed_style_odg_citations() {
    assert_eq!(
        paths("The Claims Administrator did not base their decision on the MTUS. Decision based on Non-MTUS Citation Official Disability Guidelines, Shoulder, Arterial UR TOS Testing"),
        ["/ODG/Shoulder/Arterial UR TOS Testing"]
    );
    assert_eq!(
        paths("The Expert Reviewer did not base their decision on the MTUS. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Neck and Upper Back. Ultrasound, diagnostic."),
        ["/ODG/Neck and Upper Back/Ultrasound, diagnostic"]
    );
}

#[test]
fn odg_chapter_words_that_run_into_a_topic() {
    assert_eq!(
        paths("Non-MTUS Official Disability Guidelines (ODG), Chronic pain programs (functional restoration programs)"),
        ["/ODG/Pain (Chronic)/Chronic pain programs (functional restoration programs)"]
    );
    assert_eq!(
        paths("ODG Knee joint replacement"),
        ["/ODG/Knee & Leg/Knee joint replacement"]
    );
    assert_eq!(
        paths("ODG Knee chapter, Knee joint replacement"),
        paths("ODG Knee joint replacement")
    );
}

#[test]
fn claims_administrator_2013_odg_sentence() {
    assert_eq!(
        paths("The Claims Administrator based its decision on the Official Disability Guidelines (ODG), Low Back Chapter, Lumbar supports."),
        ["/ODG/Low Back/Lumbar supports"]
    );
}

#[test]
fn odg_chapter_spellings_are_canonical() {
    let cases: &[(&str, &str)] = &[
        ("ODG, Pain Chapter, Opioids", "Pain (Chronic)"),
        ("ODG Pain (Chronic) Opioids", "Pain (Chronic)"),
        (
            "Official Disability Guidelines, Chronic Pain Chapter, Opioids",
            "Pain (Chronic)",
        ),
        ("ODG Pain, Opioids", "Pain (Chronic)"),
        ("ODG Knee & Leg (Acute & Chronic), Opioids", "Knee & Leg"),
        ("ODG Knee & Leg, Opioids", "Knee & Leg"),
        ("ODG Knee and Leg Chapter, Opioids", "Knee & Leg"),
        ("ODG, Knee, Opioids", "Knee & Leg"),
        (
            "ODG Low Back, Lumbar & Thoracic (Acute & Chronic), Opioids",
            "Low Back",
        ),
        (
            "ODG Low Back - Lumbar & Thoracic (Acute & Chronic), Opioids",
            "Low Back",
        ),
        ("ODG Low Back Chapter, Opioids", "Low Back"),
        ("ODG Low Back, Opioids", "Low Back"),
        (
            "ODG Neck & Upper Back (Acute & Chronic), Opioids",
            "Neck and Upper Back",
        ),
        (
            "ODG Neck and Upper Back Chapter, Opioids",
            "Neck and Upper Back",
        ),
        (
            "ODG Forearm, Wrist, & Hand (Acute & Chronic), Opioids",
            "Forearm Wrist & Hand",
        ),
        (
            "ODG Forearm, Wrist and Hand, Opioids",
            "Forearm Wrist & Hand",
        ),
        ("ODG Wrist & Hand, Opioids", "Forearm Wrist & Hand"),
        (
            "ODG Ankle & Foot (Acute & Chronic), Opioids",
            "Ankle & Foot",
        ),
        ("ODG Ankle and Foot, Opioids", "Ankle & Foot"),
        (
            "ODG Hip & Pelvis (Acute & Chronic), Opioids",
            "Hip & Pelvis",
        ),
        ("ODG Hip, Opioids", "Hip & Pelvis"),
        (
            "ODG Head (trauma, headaches, etc., not including stress & mental disorders), Opioids",
            "Head",
        ),
        (
            "ODG Mental Illness & Stress, Opioids",
            "Mental Illness & Stress",
        ),
        (
            "ODG Mental Illness and Stress Chapter, Opioids",
            "Mental Illness & Stress",
        ),
        (
            "ODG Stress/Mental Illness, Opioids",
            "Mental Illness & Stress",
        ),
        (
            "ODG Carpal Tunnel Syndrome (Acute & Chronic), Opioids",
            "Carpal Tunnel Syndrome",
        ),
        ("ODG Shoulder (Acute & Chronic), Opioids", "Shoulder"),
        ("ODG Elbow (Acute & Chronic), Opioids", "Elbow"),
        ("ODG Burns, Opioids", "Burns"),
        ("ODG Eye, Opioids", "Eye"),
        ("ODG Pulmonary (Acute & Chronic), Opioids", "Pulmonary"),
        (
            "ODG Diabetes (Type 1, 2, and Gestational), Opioids",
            "Diabetes",
        ),
    ];
    for (input, chapter) in cases {
        assert_eq!(paths(input), [format!("/ODG/{chapter}/Opioids")], "{input}");
    }
}

#[test]
fn odg_chapter_topic_split_forms() {
    assert_eq!(
        paths("ODG Pain (Chronic) Opioids, criteria for use"),
        ["/ODG/Pain (Chronic)/Opioids, criteria for use"]
    );
    assert_eq!(
        paths("Official Disability Guidelines (ODG), Knee & Leg (Acute & Chronic), Arthroscopic surgery for osteoarthritis"),
        ["/ODG/Knee & Leg/Arthroscopic surgery for osteoarthritis"]
    );
    assert_eq!(
        paths("Official Disability Guidelines Treatment Index, 11th Edition (web), 2013, Pain, Opioids for chronic pain"),
        ["/ODG/Pain (Chronic)/Opioids for chronic pain"]
    );
    assert_eq!(
        paths("ODG, Low Back Procedure Summary - Lumbar supports (updated 10/09/14)"),
        ["/ODG/Low Back/Lumbar supports"]
    );
}

#[test]
fn odg_topics_written_two_ways_are_one_value() {
    for p in [
        "ODG Pain Chapter, Opioids criteria for use",
        "ODG Pain Chapter, opioids, criteria for use.",
        "ODG Pain Chapter, Opioids,criteria  for use",
    ] {
        assert_eq!(
            paths(p),
            ["/ODG/Pain (Chronic)/Opioids, criteria for use"],
            "{p}"
        );
    }
    assert_eq!(paths("ODG Pain, opioids"), paths("ODG Pain, Opioids"),);
}

#[test]
fn odg_books_and_unknown_chapters() {
    assert_eq!(
        paths("ODG-TWC Pain Chapter, Weaning of medications"),
        ["/ODG/Pain (Chronic)/Weaning of medications"]
    );
    assert_eq!(
        paths("Official Disability Guidelines (ODG) Treatment in Workers' Comp, Opioids"),
        ["/ODG/Treatment in Workers' Comp/Opioids"]
    );
    assert_eq!(
        paths("Official Disability Guidelines (ODG), Integrated Treatment/Disability Duration Guidelines"),
        ["/ODG/Integrated Treatment and Disability Duration Guidelines"]
    );
    assert_eq!(
        paths("Official Disability Guidelines (ODG), Integrated Treatment/Disability Duration Guidelines, Pain (Chronic), Opioids"),
        ["/ODG/Pain (Chronic)/Opioids"]
    );
    assert_eq!(
        paths("ODG Toxicology chapter, Something"),
        ["/ODG/Toxicology"]
    );
    assert_eq!(
        paths("ODG Workers' Compensation Drug Formulary, Appendix A"),
        ["/ODG/Drug Formulary/Appendix A"]
    );
    assert_eq!(paths("Decision based on Non-MTUS Citation ODG"), ["/ODG"]);
    assert_eq!(
        paths("The ODG guidelines state that this is not recommended."),
        ["/ODG"]
    );
}

#[test]
fn odg_topic_prose_is_rejected() {
    assert_eq!(
        paths("ODG Knee chapter. The patient has had six sessions."),
        ["/ODG/Knee & Leg"]
    );
}

#[test]
fn wldi_next_to_odg_is_odg() {
    assert_eq!(
        paths("Work Loss Data Institute, Official Disability Guidelines (ODG), Shoulder, Surgery for rotator cuff repair"),
        ["/ODG/Shoulder/Surgery for rotator cuff repair"]
    );
}

#[test]
fn odg_chapter_named_without_odg() {
    assert_eq!(
        paths("Decision based on Non-MTUS Citation Knee & Leg (Cold compression therapy)."),
        ["/ODG/Knee & Leg/Cold compression therapy"]
    );
}

#[test]
fn odg_bracketed_topics_and_chapter_descriptions() {
    assert_eq!(
        paths("Non-MTUS Citation Official Disability Guidelines (ODG) Pain (Opioids for chronic pain)."),
        ["/ODG/Pain (Chronic)/Opioids for chronic pain"]
    );
    assert_eq!(
        paths("Non-MTUS Citation Official Disability Guidelines (ODG) Low Back (Thoracic and Lumbar, Acute and Chronic) Chapter, Discectomy-laminectomy."),
        ["/ODG/Low Back/Discectomy-laminectomy"]
    );
    assert_eq!(
        paths("Official Disability Guidelines (ODG) Hips and Pelvis, Arthroscopy"),
        ["/ODG/Hip & Pelvis/Arthroscopy"]
    );
    assert_eq!(
        paths("Official Disability Guidelines (ODG) Shoulder (updated 01/05/17) Chapter: Ultrasound, diagnostic"),
        ["/ODG/Shoulder/Ultrasound, diagnostic"]
    );
}

#[test]
fn odg_chapter_slash_topic_pairs() {
    assert_eq!(
        paths("Official Disability Guidelines (ODG) Shoulder/Sling, Neck and Upper Back/Collars (cervical)"),
        ["/ODG/Shoulder/Sling", "/ODG/Neck and Upper Back/Collars (cervical)"]
    );
}

#[test]
fn odg_topics_after_semicolon_share_the_chapter() {
    assert_eq!(
        paths(
            "Non-MTUS Citation Official Disability Guidelines: Knee - Arthroscopy; Meniscectomy."
        ),
        [
            "/ODG/Knee & Leg/Arthroscopy",
            "/ODG/Knee & Leg/Meniscectomy"
        ]
    );
    assert_eq!(
        paths("ODG Pain Chapter, Opioids; see the guidelines."),
        ["/ODG/Pain (Chronic)/Opioids"]
    );
    assert_eq!(
        paths("ODG Pain Chapter, Opioids; Medscape"),
        ["/ODG/Pain (Chronic)/Opioids", "/Other/Medscape"]
    );
}

#[test]
fn odg_topic_before_chapter() {
    assert_eq!(paths("(ODG) MRI shoulder"), ["/ODG/Shoulder/MRI"]);
}

#[test]
fn odg_preface_guidelines() {
    for p in [
        "Official Disability Guidelines (ODG): Physical Therapy Guidelines.",
        "ODG Preface - Physical Therapy",
        "ODG physical therapy guidelines",
    ] {
        assert_eq!(
            paths(p),
            ["/ODG/Preface/Physical Therapy Guidelines"],
            "{p}"
        );
    }
    assert_eq!(
        paths("ODG Chiropractic Guidelines"),
        ["/ODG/Preface/Chiropractic Guidelines"]
    );
    assert_eq!(paths("ODG Preface"), ["/ODG/Preface"]);
}
