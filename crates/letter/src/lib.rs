//! imr-letter: California workers' compensation Independent Medical Review
//! (IMR) decision letters -> structured records. No index, no terminal: a
//! program that only wants the records uses this crate alone.
//!
//! The pipeline, one module per stage:
//!
//! ```text
//! file bytes ─extract─▶ text (PDF text layer, or the bytes)
//!            ─decode─▶ text ─clean─▶ clean text ─sections─▶ layout + sections
//!            ─letter─▶ Letter { fields, items }
//! ```
//!
//! [`ingest`] walks a corpus folder and reads each file through those stages
//! into a [`Letter`] or a typed [`ingest::Skip`]; [`normalize`] owns the
//! vocabularies (guideline citations, specialties, service categories, body
//! regions, states) the parser maps free text onto.
//!
//! The public modules are the ones the index, the `imr` binary, the
//! benchmarks and the tests call; the rest (`cut`, `sections`, the parser's
//! own submodules, the citation and state vocabularies) is this crate's
//! business and may change shape freely. The record's closed values
//! ([`letter::Outcome`] and its siblings) are defined at the bottom, in
//! `values`, so the vocabularies can name them.

#![warn(missing_docs)]
// Every cut of text goes through `cut`, which cannot panic (see its doc).
#![cfg_attr(not(test), deny(clippy::string_slice))]

pub mod clean;
pub(crate) mod cut;
pub mod date;
pub mod decode;
mod dual;
pub mod extract;
mod guard;
pub mod ingest;
pub mod letter;
pub mod mutate;
pub mod normalize;
pub(crate) mod sections;
mod values;
pub mod warning;

#[cfg(test)]
mod samples;

pub use letter::{parse_bytes, parse_text, Letter};
