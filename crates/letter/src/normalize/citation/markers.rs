//! Step 1 of reading a paragraph: every source marker, left to right, with
//! the markers that repeat or complete the one before folded into it. Each
//! marker becomes a [`Segment`] that owns the text up to the next one. The
//! spellings themselves are in [`super::tables`].

use super::clause::{find_boundary, only_separators, undot};
use super::tables::MARKER_TABLE;
use crate::cut;
use once_cell::sync::Lazy;
#[cfg(test)]
use {super::clause::compile, regex::Regex};

/// The source a marker names (each row of the marker table has one), which
/// decides how the text after the marker is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    ChronicPain,
    Postsurgical,
    Acupuncture,
    Acoem,
    /// An ACOEM 2nd edition chapter title ending in "Complaints"; on its own
    /// it stands for the MTUS-adopted chapter.
    AcoemTitle,
    /// The MTUS guideline adopted in 2016 for opioids.
    Opioids,
    /// "MTUS General Approaches": ACOEM chapters 1-7, named by the section.
    GeneralApproaches,
    /// "MTUS <part name> <edition year>" (2016-17 letters), or ", and <part
    /// name> <year>" continuing such a list; the name says which part.
    MtusPart,
    Odg,
    /// Work Loss Data Institute: ODG's publisher; folded into an adjacent ODG
    /// marker, else an `/Other/` source.
    Wldi,
    /// A web address: filed by its site.
    Url,
    /// "did not cite any medical evidence": a decision without cited authority.
    NoneCited,
    /// "Non-MTUS Citation" / "Other Medical Treatment Guidelines": words that
    /// announce a source; what follows them, when no known marker does, is
    /// a bare ODG chapter or a source this module does not know.
    Lead,
    Other(&'static str),
}

/// All markers as one leftmost-first regex of many patterns; pattern `i`
/// is `MARKER_TABLE[i]`. It finds the same matches as the alternation
/// `(?i)(p0)|(p1)|...` (see [`MARKER_ALTERNATION`]), and the pattern that
/// matched is the group that took part, but it says which pattern matched
/// without running a capture engine (a bounded backtracker clearing its
/// visited set for every marker, half of a paragraph's reading).
pub(super) static MARKERS: Lazy<regex_automata::meta::Regex> = Lazy::new(|| {
    let patterns: Vec<String> = MARKER_TABLE
        .iter()
        .map(|(_, p)| format!("(?i){p}"))
        .collect();
    regex_automata::meta::Regex::builder()
        .configure(
            regex_automata::meta::Config::new()
                .which_captures(regex_automata::nfa::thompson::WhichCaptures::Implicit),
        )
        .build_many(&patterns)
        .expect("built-in citation regex must compile")
});

/// The markers as one alternation with a group per row, as [`MARKERS`]
/// was built before: the tests check that both find the same markers.
#[cfg(test)]
pub(super) static MARKER_ALTERNATION: Lazy<Regex> = Lazy::new(|| {
    let alts: Vec<String> = MARKER_TABLE.iter().map(|(_, p)| format!("({p})")).collect();
    compile(&format!("(?i){}", alts.join("|")))
});

/// Each marker of `p`: its row of [`MARKER_TABLE`] and its span.
pub(super) fn markers(p: &str) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    MARKERS
        .find_iter(p)
        .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
}

/// One source marker and where its text starts.
pub(super) struct Segment {
    /// Which source the marker names.
    pub(super) kind: Kind,
    /// Where the marker starts.
    pub(super) start: usize,
    /// Where the marker ends and the text it owns begins.
    pub(super) marker_end: usize,
}

/// Source markers of a paragraph, with repeats and completions folded in.
pub(super) fn segments(p: &str) -> Vec<Segment> {
    let mut segs: Vec<Segment> = Vec::new();
    for (idx, start, end) in markers(p) {
        let Some(&(kind, _)) = MARKER_TABLE.get(idx) else {
            continue;
        };
        if let Some(last) = segs.last_mut() {
            let between = cut::slice(p, last.marker_end..start);
            let adjacent = only_separators(between);
            match (last.kind, kind) {
                // "Official Disability Guidelines (ODG-TWC)", "ACOEM ... Occupational
                // Medicine Practice Guidelines": one citation named twice.
                (a, b) if a == b && adjacent && a != Kind::MtusPart => {
                    last.marker_end = end;
                    continue;
                }
                // "Chronic Pain Medical Treatment Guidelines 8 C.C.R. 9792.20 -
                // 9792.26 MTUS (Effective July 18, 2009) Page(s): 111-113": an MTUS
                // part named again within the same clause is the same citation.
                (a, b)
                    if a == b
                        && matches!(
                            a,
                            Kind::ChronicPain | Kind::Postsurgical | Kind::Acupuncture
                        )
                        && find_boundary(&undot(between), false).is_none() =>
                {
                    continue;
                }
                // "ACOEM ..., Chapter 8 Neck and Upper Back Complaints": the title
                // belongs to the ACOEM citation it follows.
                (Kind::Acoem | Kind::AcoemTitle, Kind::AcoemTitle)
                    if find_boundary(between, true).is_none() =>
                {
                    continue;
                }
                (Kind::Odg, Kind::Wldi) if adjacent => {
                    last.marker_end = end;
                    continue;
                }
                (Kind::Wldi, Kind::Odg) if adjacent => {
                    last.kind = Kind::Odg;
                    last.marker_end = end;
                    continue;
                }
                _ => {}
            }
        }
        segs.push(Segment {
            kind,
            start,
            marker_end: end,
        });
    }
    segs
}
