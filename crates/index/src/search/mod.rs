//! Searching the index: user query and filters -> tantivy query ([`query`]),
//! collectors for hits, counts, facets and stats ([`run`]), and highlighted
//! snippets ([`snippet`]). Returns plain data; rendering is the CLI's job
//! (the `imr` binary's `output` module).
//!
//! Field names come from `index_schema/fields.tsv` through
//! [`crate::schema`]; the friendly aliases users may type instead
//! (`specialties`, `date`, ...) live in [`fields::ALIASES`], nowhere else.

mod by_outcome;
pub mod by_period;
mod error;
mod facet_counts;
pub mod fields;
pub mod join;
pub mod query;
pub mod request;
pub mod run;
pub mod similar;
pub mod snippet;

pub use by_period::{Period, Trend};
pub use query::{Filter, IntRange};
pub use request::{Page, Restrictions, View};
pub use run::{
    Breakdown, FacetCount, FacetCounts, FacetRequest, Hit, IndexSearcher, SearchRequest,
    SearchResults, Sort, StatsRow,
};
pub use similar::SimilarRequest;
pub use snippet::Snippet;

pub use error::{Result, SearchError};
