//! imr-index: the imr-search tantivy index over parsed IMR letters.
//!
//! ```text
//! Letter ─index::document─▶ tantivy documents ─index::build─▶ on-disk index
//! query + filters ─search─▶ hits, facets, stats (plain data)
//! ```
//!
//! The parser is [`imr_letter`]; this crate never parses text itself and
//! never prints (rendering is the `imr` binary's job).

#![warn(missing_docs)]

pub mod index;
pub mod search;
