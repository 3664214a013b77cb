//! Other sources, web addresses, and "no evidence cited".

use super::*;

#[test]
fn other_source_names() {
    assert_eq!(paths("FDA prescribing information, Lyrica"), ["/Other/FDA"]);
    assert_eq!(
        paths("U.S. Food and Drug Administration (FDA)"),
        ["/Other/FDA"]
    );
    assert_eq!(
        paths("Aetna Clinical Policy Bulletin: Hyaluronic acid"),
        ["/Other/Aetna Clinical Policy Bulletin"]
    );
    assert_eq!(
        paths("National Guideline Clearinghouse (NGC)"),
        ["/Other/National Guideline Clearinghouse"]
    );
    assert_eq!(
        paths("Smith J, et al. Spine 2010;35:1-8."),
        ["/Other/Journal article"]
    );
    assert_eq!(
        paths("Cochrane Database Syst Rev"),
        ["/Other/Cochrane Database of Systematic Reviews"]
    );
    assert_eq!(
        paths("Work Loss Data Institute. Pain (chronic). Encinitas (CA)"),
        ["/Other/Work Loss Data Institute"]
    );
    // "up to date" in prose is not UpToDate
    assert!(paths("the records are up to date").is_empty());
}

#[test]
fn no_evidence_cited_is_a_value() {
    let p = "The Expert Reviewer did not cite any medical evidence for its decision.";
    assert_eq!(paths(p), [NONE_CITED]);
    assert!(unplaced(p).is_empty());
}

#[test]
fn urls_are_filed_by_site() {
    assert_eq!(
        paths("Decision based on Non-MTUS Citation Other Medical Treatment Guidelines https://www.example-guides.org/spine/page.html"),
        ["/Other/example-guides.org"]
    );
    assert_eq!(
        paths("Other Medical Treatment Guidelines www.cms.gov/some/manual.pdf."),
        ["/Other/Medicare (CMS)"]
    );
    assert_eq!(
        paths("see https://www.ncbi.nlm.nih.gov/pubmed/123"),
        ["/Other/National Institutes of Health"]
    );
}

#[test]
fn unknown_named_source_goes_under_other_with_a_warning() {
    let p = "Decision based on Non-MTUS Citation Harborview Spine Institute. Imaging rules. Seattle; 2012.";
    assert_eq!(paths(p), ["/Other/Harborview Spine Institute"]);
    assert_eq!(unplaced(p), ["/Other/Harborview Spine Institute"]);
}
