//! Controlled vocabularies: one module per concept, each turning the free text
//! of a letter into the canonical values users facet on.
//!
//! - `citation`: guideline citations -> `/MTUS/...`, `/ODG/...` facet paths
//! - [`specialty`]: reviewer specialty text -> canonical specialty names
//! - [`service`]: disputed item text -> `/<category>[/<subcategory>]` paths
//! - [`region`]: service and diagnosis text -> body region paths
//! - [`reason`]: an item's rationale and outcome -> decision reason paths
//! - [`memo`]: per-thread memo tables in front of citation and service
//! - `state`: licensure text -> US state names

pub(crate) mod citation;
pub mod memo;
pub mod reason;
pub mod region;
pub mod service;
pub mod specialty;
pub(crate) mod state;

/// The path of a side that cited no medical evidence (`/None cited`): the
/// index compares guideline families without it.
pub use citation::NONE_CITED;

/// A case-insensitive vocabulary pattern compiled with ASCII `\b`, `\w` and
/// `\s`: the automata stay small and fast, item text is English, and stray
/// non-ASCII characters (curly quotes from Windows-1252 letters) only ever
/// separate words. Patterns are the modules' own static tables.
pub(crate) fn ascii_regex(pattern: &str) -> regex::Regex {
    regex::Regex::new(&ascii_pattern(pattern)).expect("vocabulary patterns are valid regexes")
}

/// The pattern [`ascii_regex`] compiles, for building a `RegexSet` of a
/// whole table: one pass tells which rows match, with the same answer per
/// row as that row's own regex.
pub(crate) fn ascii_pattern(pattern: &str) -> String {
    let ascii = pattern
        .replace(r"\b", r"(?-u:\b)")
        .replace(r"\w", r"(?-u:\w)")
        .replace(r"\s", r"(?-u:\s)");
    format!("(?i){ascii}")
}
