//! The shared reader: markers, segments, clauses, pages, several sources in
//! one paragraph, and properties every reading keeps.

use super::*;
use proptest::prelude::*;

#[test]
fn scope_starts_agree_with_a_search_of_each_prefix() {
    let p = "Decision based on MTUS; ODG Pain; decision based on ACOEM 2004; based its decision on Official Disability Guidelines; x";
    let starts = super::scope_starts(p);
    for at in (0..=p.len()).filter(|&i| p.is_char_boundary(i)) {
        let slow = super::SCOPE_START
            .find_iter(&p[..at])
            .last()
            .map_or(0, |m| m.start());
        assert_eq!(super::scope_start(&starts, at), slow, "at {at}");
    }
}

/// What [`segments`] read from the alternation's captures before
/// [`markers`]: the first group that took part and the whole match.
fn markers_by_captures(p: &str) -> Vec<(usize, usize, usize)> {
    MARKER_ALTERNATION
        .captures_iter(p)
        .filter_map(|caps| {
            let idx = caps.iter().skip(1).position(|g| g.is_some())?;
            let m = caps.get(0)?;
            Some((idx, m.start(), m.end()))
        })
        .collect()
}

#[test]
fn markers_agree_with_the_alternation_on_samples() {
    let mut n = 0;
    for (_, bytes) in crate::samples::files() {
        let letter = crate::parse_bytes(&bytes, None);
        let paragraphs = letter
            .items
            .iter()
            .flat_map(|i| [&i.reviewer_citation, &i.claims_administrator_citation]);
        for p in paragraphs.chain([&letter.summary]) {
            assert_eq!(
                markers(p).collect::<Vec<_>>(),
                markers_by_captures(p),
                "{p}"
            );
            n += markers_by_captures(p).len();
        }
    }
    assert!(n > 20, "only {n} markers seen");
}

proptest! {
    #[test]
    fn markers_agree_with_the_alternation(
        words in proptest::collection::vec(
            "(ODG|Official Disability Guidelines|\\(ODG-TWC\\)|ACOEM|Practice Guidelines|MTUS|Non-MTUS|Chronic Pain Medical Treatment Guidelines|Postsurgical|Acupuncture|Medscape|journal of|et al\\.|J Bone|pubmed|JAMA|Pain|Chapter 8|2nd Edition|,|;|\\.|\\u{17f}|\\u{212a}|x)",
            0..30,
        ),
    ) {
        let p = words.join(" ");
        prop_assert_eq!(markers(&p).collect::<Vec<_>>(), markers_by_captures(&p));
    }
}

#[test]
fn multiple_sources_in_order() {
    let c = citations("MTUS Chronic Pain Medical Treatment Guidelines, Opioids, Page(s): 9, 78; Non-MTUS Citation ODG Pain (Chronic), Opioids, criteria for use");
    assert_eq!(
        c,
        [
            Citation {
                path: "/MTUS/Chronic Pain Medical Treatment Guidelines/Opioids".into(),
                pages: Some("9, 78".into()),
            },
            Citation {
                path: "/ODG/Pain (Chronic)/Opioids, criteria for use".into(),
                pages: None,
            },
        ]
    );
}

#[test]
fn many_sources_with_decision_based_on() {
    assert_eq!(
        paths("Decision based on MTUS: Chronic Pain Medical Treatment Guidelines Page(s): 22. Decision based on MTUS: ACOEM Chapter 12, page 308. Decision based on Non-MTUS Citation: Official Disability Guidelines, Pain Chapter, Compound drugs; Medscape; UpToDate; Aetna Clinical Policy Bulletin No. 0016"),
        [
            "/MTUS/Chronic Pain Medical Treatment Guidelines",
            "/MTUS/ACOEM/Low Back Complaints",
            "/ODG/Pain (Chronic)/Compound drugs",
            "/Other/Medscape",
            "/Other/UpToDate",
            "/Other/Aetna Clinical Policy Bulletin",
        ]
    );
}

#[test]
fn repeated_paths_are_deduplicated() {
    assert_eq!(
        paths("ODG Pain Chapter, Opioids; ODG Pain (Chronic), opioids; ODG, Pain, Weaning of medications"),
        ["/ODG/Pain (Chronic)/Opioids", "/ODG/Pain (Chronic)/Weaning of medications"]
    );
}

#[test]
fn page_lists_are_normalised() {
    assert_eq!(
        one("MTUS Chronic Pain Medical Treatment Guidelines Page(s): 9, 78")
            .pages
            .as_deref(),
        Some("9, 78")
    );
    assert_eq!(
        one("Chronic Pain Medical Treatment Guidelines, page 49")
            .pages
            .as_deref(),
        Some("49")
    );
    assert_eq!(
        one("Chronic Pain Medical Treatment Guidelines, pp. 78 to 80")
            .pages
            .as_deref(),
        Some("78-80")
    );
    assert_eq!(
        one("Chronic Pain Medical Treatment Guidelines, Page 9 of 127")
            .pages
            .as_deref(),
        Some("9")
    );
}

#[test]
fn paths_have_no_slash_inside_segments() {
    for p in paths("ODG Pain Chapter, Flurbiprofen/Baclofen compounds") {
        assert_eq!(p, "/ODG/Pain (Chronic)/Flurbiprofen-Baclofen compounds");
    }
}

#[test]
fn version_notes_and_dangling_words_never_reach_a_path() {
    assert_eq!(
        paths("Decision based on Non-MTUS Citation ODG (Official Disability Guidelines) Low Back Procedure Summary, Online version, last updated 12/14/16, Lumbar fusion."),
        ["/ODG/Low Back/Lumbar fusion"]
    );
    assert_eq!(
        paths("Decision based on Non-MTUS Citation Treating physician's progress report dated 1/2/2016."),
        ["/Other/Treating physician's progress report"]
    );
}

#[test]
fn sentences_2013_end_topics_at_part_of_and_next_source() {
    assert_eq!(
        paths("The Claims Administrator based its decision on the Chronic Pain Medical Treatment Guidelines, Physical Medicine, pages 98-99, part of the MTUS."),
        vec!["/MTUS/Chronic Pain Medical Treatment Guidelines/Physical medicine"]
    );
    assert_eq!(
        paths("the Official Disability Guidelines (ODG) Low Back Chapter, MRIs (magnetic resonance imaging), a non-MTUS source."),
        vec!["/ODG/Low Back/MRIs (magnetic resonance imaging)"]
    );
    assert_eq!(
        paths("the ODG Pain Chapter, Insomnia treatment, and the U.S. Food and Drug Administration (FDA) label for zolpidem, neither of which is part of the MTUS."),
        vec!["/ODG/Pain (Chronic)/Insomnia treatment", "/Other/FDA"]
    );
}

#[test]
fn expert_reviewer_2013_sentence() {
    let c = one("The Expert Reviewer based his/her decision on the MTUS Chronic Pain Medical Treatment Guidelines, Opioids, page 78-80, which is part of the MTUS.");
    assert_eq!(
        c.path,
        "/MTUS/Chronic Pain Medical Treatment Guidelines/Opioids"
    );
    assert_eq!(c.pages.as_deref(), Some("78-80"));
}

fn check(out: &[Citation]) {
    for c in out {
        for bad in ["Section(s)", "http", "(updated"] {
            assert!(!c.path.contains(bad), "{c:?}");
        }
        assert!(!c.path.ends_with(',') && !c.path.ends_with(" and"), "{c:?}");
        assert!(c.path.starts_with('/'), "{c:?}");
        assert!(
            FAMILIES
                .iter()
                .any(|f| c.path[1..].split('/').next() == Some(*f)),
            "{c:?}"
        );
        assert!(
            c.path[1..].split('/').all(|s| !s.trim().is_empty()),
            "{c:?}"
        );
        assert!(!c.path.ends_with('/'), "{c:?}");
    }
    let mut seen: Vec<&str> = out.iter().map(|c| c.path.as_str()).collect();
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen.len(), out.len());
}

fn wordish() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("ODG".to_string()),
        Just("MTUS".to_string()),
        Just("Non-MTUS".to_string()),
        Just("ACOEM".to_string()),
        Just("Official Disability Guidelines (ODG)".to_string()),
        Just("Chronic Pain Medical Treatment Guidelines".to_string()),
        Just("Chapter 12".to_string()),
        Just("Page(s): 78-80".to_string()),
        Just("Pain (Chronic)".to_string()),
        Just("Knee Complaints".to_string()),
        Just("3rd Edition".to_string()),
        Just("Work Loss Data Institute".to_string()),
        Just("which is part of the MTUS.".to_string()),
        "[a-zA-Z0-9 ,.;:()&/'’é-]{0,12}",
    ]
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,200}") {
        check(&citations(&s));
    }

    #[test]
    fn citation_like_text_never_panics(words in prop::collection::vec(wordish(), 0..14)) {
        check(&citations(&words.join(" ")));
    }
}
