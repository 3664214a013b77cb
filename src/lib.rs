//! imr-search: full-text search over California workers' compensation
//! Independent Medical Review (IMR) decision letters.
//!
//! The pipeline, one module per stage:
//!
//! ```text
//! bytes ─decode─▶ text ─clean─▶ clean text ─sections─▶ layout + sections
//!       ─letter─▶ Letter { fields, items } ─index─▶ tantivy documents
//!       ─search─▶ hits, facets, stats ─(CLI)─▶ table / JSON / CSV
//!                                     ─(serve)─▶ JSON API + web page
//! ```
//!
//! [`normalize`] owns the vocabularies (guideline citations, specialties,
//! service categories) the parser maps free text onto.

#![warn(missing_docs)]

pub mod clean;
pub mod date;
pub mod decode;
pub mod error;
pub mod extract;
pub mod index;
pub mod letter;
pub mod normalize;
pub mod output;
pub mod search;
pub mod sections;
pub mod serve;

pub use error::{Error, Result};
pub use letter::{parse_bytes, parse_text, Letter};
