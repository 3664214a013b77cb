//! Controlled vocabularies: one module per concept, each turning the free text
//! of a letter into the canonical values users facet on.
//!
//! - [`citation`]: guideline citations -> `/MTUS/...`, `/ODG/...` facet paths
//! - [`specialty`]: reviewer specialty text -> canonical specialty names
//! - [`service`]: disputed item text -> `/<category>[/<subcategory>]` paths
//! - [`region`]: service and diagnosis text -> body region paths
//! - [`reason`]: an item's rationale and outcome -> decision reason paths
//! - [`memo`]: per-thread memo tables in front of citation and service
//! - [`state`]: licensure text -> US state names

pub mod citation;
pub mod memo;
pub mod reason;
pub mod region;
pub mod service;
pub mod specialty;
pub mod state;

/// A case-insensitive vocabulary pattern compiled with ASCII `\b`, `\w` and
/// `\s`: the automata stay small and fast, item text is English, and stray
/// non-ASCII characters (curly quotes from Windows-1252 letters) only ever
/// separate words. Patterns are the modules' own static tables.
pub(crate) fn ascii_regex(pattern: &str) -> regex::Regex {
    let ascii = pattern
        .replace(r"\b", r"(?-u:\b)")
        .replace(r"\w", r"(?-u:\w)")
        .replace(r"\s", r"(?-u:\s)");
    regex::Regex::new(&format!("(?i){ascii}")).expect("vocabulary patterns are valid regexes")
}
