//! Searching the index: the request vocabulary the CLI and the API share
//! (`request`), user query and filters -> tantivy query ([`query`]),
//! collectors for hits, counts, facets and stats (`run`, `by_outcome`,
//! `by_period`, `facet_counts`), highlighted snippets (`snippet`) and
//! similar items (`similar`). Returns plain data; rendering is the CLI's job
//! (the `imr` binary's `output` module).
//!
//! Field names, their aliases and the default search fields come from the
//! field table ([`crate::schema::defs`]) through [`fields`], nowhere else.

mod by_outcome;
mod by_period;
mod error;
mod facet_counts;
pub mod fields;
pub mod join;
pub mod query;
mod request;
mod run;
pub(crate) mod scan;
mod similar;
mod snippet;

pub use by_period::{Period, Trend};
pub use query::{Filter, IntRange};
pub use request::{Page, Restrictions, View};
pub use run::{
    hit_columns, overturn_rate, Breakdown, FacetCount, FacetCounts, FacetRequest, Hit,
    IndexSearcher, SearchRequest, SearchResults, Sort, StatsRow,
};
pub use scan::{Scan, ScannedLetter};
pub use similar::SimilarRequest;
pub use snippet::{sentence_around, Snippet};

pub use error::{Result, SearchError};
