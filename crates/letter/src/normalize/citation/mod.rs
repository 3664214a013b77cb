//! Guideline citations -> hierarchical facet paths.
//!
//! This module alone knows what "MTUS", "ODG", "ACOEM" and the other guideline
//! sources are and how letters spell them. It turns one guideline paragraph
//! (already whitespace-normalised to one line by the letter parser) into
//! [`Citation`]s whose `path` is a facet path such as
//! `/ODG/Pain (Chronic)/Opioids, criteria for use`. It knows nothing about
//! where the paragraph came from or how the paths are indexed.
//!
//! # Taxonomy
//!
//! ```text
//! /MTUS/Chronic Pain Medical Treatment Guidelines[/<topic>]
//! /MTUS/Postsurgical Treatment Guidelines[/<topic>]
//! /MTUS/ACOEM[/<chapter title>[/<section>]] ACOEM chapters adopted into MTUS
//! /MTUS/Acupuncture Medical Treatment Guidelines[/<topic>]
//! /MTUS/Opioids Treatment Guidelines[/<topic>]
//! /MTUS/Drug Formulary[/<topic>]
//! /ODG[/<chapter>[/<topic>]]                a chapter of tables/odg.rs, or as written
//! /ACOEM/<edition>[/<chapter>]              ACOEM cited outside MTUS
//! /Other/<source>                           a source of tables/markers.rs, or a web site
//! /None cited                               "did not cite any medical evidence"
//! ```
//!
//! 2016-17 letters name MTUS parts as "MTUS `<part>` `<year>`, Section(s): `<list>`",
//! several joined by ", and"; each listed section becomes a topic (one path
//! each). What this module cannot place is still filed readably and listed
//! by [`unplaced`] so callers can warn.
//!
//! The user-facing description of the same rules lives in
//! `index_schema/GUIDELINES.md`; a test keeps its tables in step with the
//! tables here.
//!
//! # How a paragraph is read (one pass over source markers)
//!
//! 1. One combined regex finds every *source marker* ("Official Disability
//!    Guidelines (ODG)", "ODG", "ACOEM Practice Guidelines", "Chronic Pain
//!    Medical Treatment Guidelines", "Medscape", ...) left to right. Markers
//!    that merely repeat or complete the previous one ("Official Disability
//!    Guidelines (ODG-TWC)", an ACOEM chapter title after "ACOEM") are folded
//!    into it. Each remaining marker owns the text up to the next marker.
//! 2. ODG: after the marker, edition and book-title noise is skipped
//!    ("Treatment Index, 11th Edition (web), 2013", "TWC"), then the *longest
//!    known chapter spelling* is matched at that point; the rest of the clause
//!    is the topic. The clause ends at `;`, at a sentence end, or at phrases
//!    that start the next citation ("Decision based on", "Non-MTUS",
//!    "which is part of the MTUS").
//! 3. ACOEM: inside or outside MTUS is decided by the nearest "MTUS" /
//!    "Non-MTUS" before the marker in the same sentence, else by a following
//!    "which is (not) part of the MTUS", else by edition (2nd edition or
//!    unstated = the MTUS-adopted text).
//! 4. Pages ("Page(s): 78-80", "pages 177 - 178", "p. 49") are taken from the
//!    citation's clause and removed from the topic.
//!
//! Names never contain `/` (the path separator): a `/` written in a letter
//! becomes `-`, and canonical names are chosen without one.
//!
//! # Files
//!
//! One file per family of sources, the vocabularies apart from the code
//! that reads them:
//!
//! ```text
//! mod.rs      the public API; one paragraph's reading (`read`), the path rules
//! markers.rs  step 1: source markers found and folded into segments
//! clause.rs   the shared reader: clause ends, pages, topics, name tidying
//! mtus.rs     MTUS parts, "Section(s):" lists, General Approaches
//! odg.rs      ODG chapters, books, preface, topics
//! acoem.rs    ACOEM chapters, editions, inside or outside MTUS
//! other.rs    web addresses and sources named after a lead ("Non-MTUS Citation")
//! tables/     the vocabularies: marker spellings, MTUS parts and topics,
//!             ODG chapters, ACOEM chapters, web sites, prose words
//! ```

mod acoem;
mod clause;
mod markers;
mod mtus;
mod odg;
mod other;
mod tables;
#[cfg(test)]
mod tests;

use crate::cut;
use acoem::acoem_path;
use clause::{balance_parens, compile, find_boundary, pages_in, undot};
use markers::{segments, Kind};
use mtus::{general_approaches_paths, mtus_part_paths, mtus_paths};
use odg::odg_paths;
use once_cell::sync::Lazy;
use other::{lead_paths, url_path};
use regex::Regex;
use tables::{ACUPUNCTURE, CPMTG, OPIOIDS, POSTSURGICAL, WLDI};

/// One guideline source cited in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    /// Facet path, e.g. `/MTUS/Chronic Pain Medical Treatment Guidelines/Opioids`.
    /// Starts with `/`, has no empty segments and no `/` inside a segment.
    pub path: String,
    /// Pages as cited, normalised: ranges as `78-80`, lists as `9, 78`.
    pub pages: Option<String>,
}

// The parser reads through [`reading`]; the narrower questions below are the
// tests' way in, so they exist in test builds only.

/// Facet paths for every guideline source named in one guideline paragraph
/// (the text after "Claims Administrator guideline:" or "MAXIMUS guideline:",
/// whitespace-normalised), in citation order, without duplicates.
#[cfg(test)]
pub fn guideline_paths(paragraph: &str) -> Vec<String> {
    citations(paragraph).into_iter().map(|c| c.path).collect()
}

/// Every guideline source cited in one guideline paragraph, in citation
/// order, one entry per distinct path (pages of a repeated path are kept from
/// its first mention that has any).
#[cfg(test)]
pub fn citations(paragraph: &str) -> Vec<Citation> {
    read(paragraph).0
}

/// What one guideline paragraph gives: its paths and the ones among them
/// that could not be placed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reading {
    /// Facet paths for every guideline source the paragraph names (the text
    /// after "Claims Administrator guideline:" or "MAXIMUS guideline:",
    /// whitespace-normalised), in citation order, without duplicates.
    pub paths: Vec<String>,
    /// The paths this module could not place in its taxonomy: a source it
    /// does not know (filed under `/Other/<as written>`), an MTUS part or ODG
    /// chapter it does not know (kept as written). Callers warn about these
    /// so users know how far to trust the facet.
    pub unplaced: Vec<String>,
}

/// Reads one guideline paragraph: its paths and the unplaced ones among
/// them, in one pass.
pub fn reading(paragraph: &str) -> Reading {
    let (citations, unplaced) = read(paragraph);
    Reading {
        paths: citations.into_iter().map(|c| c.path).collect(),
        unplaced,
    }
}

/// The paths of [`citations`] that this module could not place in its
/// taxonomy: a source it does not know (filed under `/Other/<as written>`),
/// an MTUS part or ODG chapter it does not know (kept as written). Callers
/// warn about these so users know how far to trust the facet.
#[cfg(test)]
pub fn unplaced(paragraph: &str) -> Vec<String> {
    read(paragraph).1
}

/// One path found by a marker, before de-duplication.
struct Found {
    path: String,
    /// False when the path was made from wording this module does not know.
    known: bool,
}

impl Found {
    fn known(path: String) -> Self {
        Found { path, known: true }
    }
    fn unknown(path: String) -> Self {
        Found { path, known: false }
    }
}

fn read(paragraph: &str) -> (Vec<Citation>, Vec<String>) {
    let segments = segments(paragraph);
    let mut out: Vec<Citation> = Vec::with_capacity(segments.len());
    let mut unplaced: Vec<String> = Vec::new();
    let mut prev_marker_end = 0;
    // Sentence starts, found once: searching each segment's whole prefix
    // again made a 20,000-entry citation list quadratic (2 minutes).
    let scope_starts = scope_starts(paragraph);
    for (i, seg) in segments.iter().enumerate() {
        let tail_end = segments.get(i + 1).map_or(paragraph.len(), |s| s.start);
        let marker = cut::slice(paragraph, seg.start..seg.marker_end);
        let tail = cut::slice(paragraph, seg.marker_end..tail_end);
        let before = cut::slice(paragraph, prev_marker_end..seg.start);
        let scope = cut::slice(paragraph, scope_start(&scope_starts, seg.start)..seg.start);
        prev_marker_end = seg.marker_end;
        let ctx = Context {
            marker,
            before,
            scope,
        };
        let (found, pages) = citation_for(seg.kind, &ctx, tail);
        for f in found {
            let Some(path) = sanitize(&f.path) else {
                continue;
            };
            if !f.known && !unplaced.contains(&path) {
                unplaced.push(path.clone());
            }
            match out.iter_mut().find(|o| o.path == path) {
                Some(existing) => {
                    if existing.pages.is_none() {
                        existing.pages.clone_from(&pages);
                    }
                }
                None => out.push(Citation {
                    path,
                    pages: pages.clone(),
                }),
            }
        }
    }
    (out, unplaced)
}

/// Where the citation sentence holding a marker starts: after the last
/// "Decision based on" / "based its decision on" / ";" before it.
static SCOPE_START: Lazy<Regex> = Lazy::new(|| {
    compile(r"(?i)decision\s+based\s+on|based\s+(?:its|his|her|their)\s+decision\s+on|;")
});

/// Every sentence start of a paragraph ([`SCOPE_START`] matches), as
/// (start, end), in order.
fn scope_starts(paragraph: &str) -> Vec<(usize, usize)> {
    SCOPE_START
        .find_iter(paragraph)
        .map(|m| (m.start(), m.end()))
        .collect()
}

/// The start of the last sentence-start match that ends by `at` (0 when
/// none): the same as searching the paragraph's first `at` bytes alone,
/// since a match that runs past `at` is not one in that prefix, and one
/// within it is found either way.
fn scope_start(starts: &[(usize, usize)], at: usize) -> usize {
    let n = starts.partition_point(|&(_, end)| end <= at);
    n.checked_sub(1).map_or(0, |i| starts[i].0)
}

/// What a path must never hold: "Section(s):", the word "chapter", a web
/// scheme, version notes ("(updated ...)", "online version, last updated"),
/// dates and years.
static PATH_NOISE: Lazy<Regex> = Lazy::new(|| {
    compile(
        r"(?i)\bsections?\s*\(\s*s\s*\)\s*:?|\bchapters?\b|\(\s*(?:last\s+)?updated[^)]*\)?|\b(?:online|web|print)\s+version\b|\b(?:last\s+)?updated(?:\s+(?:on|as\s+of))?\b|\bhttps?\b:?|\b\d{1,2}[-/]\d{1,2}[-/]\d{2,4}\b|\b(?:19|20)\d\d\b",
    )
});

/// Last line of defence for the path rules: noise is cut out of every name
/// below the top level, dangling "and" / "," are trimmed, and a name left
/// empty ends the path there.
fn sanitize(path: &str) -> Option<String> {
    let mut segs = path.split('/').skip(1);
    let top = segs.next().filter(|t| !t.trim().is_empty())?;
    let mut out = format!("/{top}");
    for seg in segs {
        let cleaned = PATH_NOISE.replace_all(seg, " ");
        let mut name = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
        name = name.replace(" ,", ",");
        while name.contains(",,") {
            name = name.replace(",,", ",");
        }
        loop {
            let t = name
                .trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-'))
                .to_string();
            let t = [
                "and", "or", "&", "dated", "of", "on", "from", "for", "per", "by", "the", "with",
            ]
            .iter()
            .find_map(|w| {
                t.strip_suffix(w)
                    .filter(|r| r.ends_with([' ', ',']))
                    .map(str::to_string)
            })
            .unwrap_or(t);
            let t = balance_parens(&t).to_string();
            if t == name {
                break;
            }
            name = t;
        }
        if name.is_empty() || !name.chars().any(char::is_alphanumeric) {
            break;
        }
        out.push('/');
        out.push_str(&name);
    }
    Some(out)
}

/// The path of a paragraph that says no evidence was cited.
pub const NONE_CITED: &str = "/None cited";

/// The first segment of every path, one per family of sources (the
/// taxonomy above): callers that check a path's shape ask here instead of
/// spelling the families again.
pub const FAMILIES: &[&str] = &["MTUS", "ODG", "ACOEM", "Other", "None cited"];

/// The text around one marker that decides how it reads.
struct Context<'a> {
    /// The marker as matched.
    marker: &'a str,
    /// Text since the previous marker.
    before: &'a str,
    /// The citation sentence up to the marker (see [`scope_start`]).
    scope: &'a str,
}

fn citation_for(kind: Kind, ctx: &Context<'_>, tail: &str) -> (Vec<Found>, Option<String>) {
    let tail = undot(tail);
    let tail = tail.as_ref();
    let strong = cut::slice(tail, ..find_boundary(tail, true).unwrap_or(tail.len()));
    let pages = pages_in(strong);
    let known = |paths: Vec<String>| paths.into_iter().map(Found::known).collect();
    let found = match kind {
        Kind::ChronicPain => known(mtus_paths(CPMTG, tail)),
        Kind::Postsurgical => known(mtus_paths(POSTSURGICAL, tail)),
        Kind::Acupuncture => known(mtus_paths(ACUPUNCTURE, tail)),
        Kind::Opioids => known(mtus_paths(OPIOIDS, tail)),
        Kind::GeneralApproaches => known(general_approaches_paths(tail)),
        Kind::MtusPart => mtus_part_paths(ctx.marker, tail),
        Kind::Odg => odg_paths(tail),
        Kind::Acoem | Kind::AcoemTitle => vec![Found::known(acoem_path(kind, ctx, tail, strong))],
        Kind::Wldi => vec![Found::known(format!("/Other/{WLDI}"))],
        Kind::Url => vec![url_path(ctx.marker)],
        Kind::NoneCited => vec![Found::known(NONE_CITED.to_string())],
        Kind::Lead => lead_paths(tail),
        Kind::Other(name) => vec![Found::known(format!("/Other/{name}"))],
    };
    (found, pages)
}
