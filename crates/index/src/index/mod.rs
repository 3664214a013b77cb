//! The index layer: turns parsed [`Letter`](imr_letter::Letter)s into tantivy
//! documents and keeps an on-disk index in step with a corpus folder.
//!
//! - [`schema`]: the fields, built from `index_schema/fields.tsv`, and the
//!   text analyzer every opened index needs.
//! - [`document`]: one letter -> its documents, and stored documents -> the
//!   letter again (for `show`).
//! - [`store`]: creating and opening the index, schema version, lock,
//!   manifest of indexed files.
//! - [`build`]: the `imr index` pass (walk, parallel parse, write, commit).
//!
//! This layer never prints: progress goes through [`build::Progress`], which
//! the CLI renders.

pub mod build;
pub mod document;
pub mod letter_text;
pub mod owners;
pub mod pairs;
pub mod queue;
pub mod schema;
pub mod store;
pub mod words;

pub use build::{build_index, BuildOptions, IndexSummary, NoProgress, Progress};
pub use document::{letter_documents, letter_from_docs};
pub use schema::{register_tokenizers, Fields, SCHEMA_VERSION};
pub use store::{open_index, IndexError, DEFAULT_INDEX_DIR};
