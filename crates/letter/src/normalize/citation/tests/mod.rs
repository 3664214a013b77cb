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

/// Canonical ODG chapter names, as they appear in `/ODG/<chapter>` paths.
fn odg_chapters() -> impl Iterator<Item = &'static str> {
    ODG_CHAPTER_TABLE
        .iter()
        .map(|(name, _)| *name)
        .chain([ODG_TWC, ODG_ITDDG])
}

/// Canonical titles of the ACOEM Practice Guidelines 2nd edition chapters,
/// chapter 1 first (used under `/MTUS/ACOEM/` and `/ACOEM/2nd Edition/`).
fn acoem_chapters() -> impl Iterator<Item = &'static str> {
    ACOEM2_TABLE.iter().map(|(name, _)| *name)
}

/// Canonical names of the sources filed under `/Other/`.
fn other_sources() -> impl Iterator<Item = &'static str> {
    let mut seen: Vec<&'static str> = Vec::new();
    for (kind, _) in MARKER_TABLE {
        if let Kind::Other(name) = kind {
            if !seen.contains(name) {
                seen.push(name);
            }
        }
    }
    seen.push(WLDI);
    seen.into_iter()
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
