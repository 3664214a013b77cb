//! imr-index: the imr-search tantivy index over parsed IMR letters.
//!
//! ```text
//! Letter ─document─▶ tantivy documents ─build─▶ on-disk index (store)
//! query + filters ─search─▶ hits, facets, stats (plain data)
//! ```
//!
//! - [`schema`]: the field table (every index field defined once), the
//!   tantivy schema and field handles built from it, typed facet values, and
//!   the text analyzers every opened index needs.
//! - [`document`]: one letter -> its documents, and stored documents -> the
//!   letter again (for `show`, hits and exports).
//! - [`store`]: the index directory: creating and opening it, its schema
//!   version and lock, and the manifest of indexed files.
//! - [`build`]: the `imr index` pass (walk, parallel parse, write, commit).
//! - [`search`]: query lowering, collectors, snippets.
//! - [`export`]: the matches as Parquet, CSV or JSON Lines tables.
//!
//! The parser is [`imr_letter`]; this crate never parses text itself and
//! never prints (rendering is the `imr` binary's job): progress goes through
//! [`build::Progress`], which the CLI renders.

#![warn(missing_docs)]

pub mod build;
pub mod document;
pub mod export;
pub mod schema;
pub mod search;
pub mod store;

pub use build::{build_index, BuildOptions, IndexSummary, NoProgress, Progress};
pub use document::{letter_documents, letter_from_docs};
pub use schema::{register_tokenizers, Fields, SCHEMA_VERSION};
pub use store::{open_index, IndexError, DEFAULT_INDEX_DIR};
