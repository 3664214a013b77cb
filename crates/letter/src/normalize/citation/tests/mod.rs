//! Tests of the citation reader, by family; the helpers and the checks of
//! the tables (every regex compiles, the user docs list every name) are here.

mod acoem;
mod mtus;
mod odg;
mod other;
mod reader;

use super::acoem::*;
use super::clause::*;
use super::markers::*;
use super::mtus::*;
use super::odg::*;
use super::tables::*;
use super::*;

fn paths(p: &str) -> Vec<String> {
    guideline_paths(p)
}

fn one(p: &str) -> Citation {
    let c = citations(p);
    assert_eq!(c.len(), 1, "expected one citation in {p:?}, got {c:?}");
    c.into_iter().next().unwrap_or(Citation {
        path: String::new(),
        pages: None,
    })
}

#[test]
fn all_regexes_compile() {
    let _ = &*MARKERS;
    for re in [
        &MARKER_ALTERNATION,
        &BOUNDARY,
        &ABBREV_DOT,
        &PAGES,
        &PAGE_TOKEN,
        &TOPIC_NOISE,
        &ODG_CHAPTER,
        &ODG_LEAD_NOISE,
        &ODG_CHAPTER_SUFFIX,
        &ACOEM2_TITLE,
        &ACOEM3_TITLE,
        &CHAPTER_NUMBER,
        &EDITION,
        &MTUS_TOKEN,
        &PART_OF_MTUS,
        &ACOEM_NOISE,
        &SCOPE_START,
        &PATH_NOISE,
        &SECTION_LABEL,
        &SECTION_NUMBER,
        &PART_NAME,
        &PART_NAMES,
        &ACOEM_CHAPTER_NAME,
        &PREFACE,
        &AUTHOR,
    ] {
        assert!(!re.as_str().is_empty());
    }
}

#[test]
fn guidelines_doc_lists_every_canonical_name() {
    let doc = include_str!("../../../../../../index_schema/GUIDELINES.md");
    for name in odg_chapters()
        .chain(acoem_chapters())
        .chain(other_sources())
    {
        assert!(
            doc.contains(&format!("`{name}`")),
            "GUIDELINES.md lacks `{name}`"
        );
    }
    for name in ACOEM3_TABLE.iter().map(|(n, _)| *n).chain([
        CPMTG,
        POSTSURGICAL,
        ACUPUNCTURE,
        OPIOIDS,
        FORMULARY,
        GENERAL_APPROACHES,
        ODG_PREFACE,
        NONE_CITED,
    ]) {
        assert!(
            doc.contains(&format!("`{name}`")),
            "GUIDELINES.md lacks `{name}`"
        );
    }
}
