//! imr-search: full-text search over California workers' compensation
//! Independent Medical Review (IMR) decision letters. This crate is the `imr`
//! binary's library: rendering ([`output`]) and the web page ([`serve`]) over
//! two library crates:
//!
//! ```text
//! imr-letter  bytes ─extract/decode─▶ text ─clean─▶ clean text ─sections─▶
//!             layout + sections ─letter─▶ Letter { fields, items }
//! imr-index   Letter ─index─▶ tantivy documents; query ─search─▶ hits,
//!             facets, stats
//! imr-search  hits ─output─▶ table / JSON / CSV;  ─serve─▶ JSON API + page
//! ```
//!
//! The parser's and the index's modules are re-exported under their own
//! names so callers write `imr_search::letter::Letter` whichever crate holds
//! it.

#![warn(missing_docs)]

pub use imr_index::{build, document, export, schema, search, store, DEFAULT_INDEX_DIR};
pub use imr_letter::{
    clean, date, decode, extract, ingest, letter, mutate, normalize, parse_bytes, parse_text,
    warning, Letter,
};

pub mod output;
pub mod serve;
