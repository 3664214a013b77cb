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
mod facet_counts;
pub mod fields;
pub mod join;
pub mod query;
pub mod request;
pub mod run;
pub mod scan;
pub mod similar;
pub mod snippet;

pub use by_period::{Period, Trend, TrendRow};
pub use query::{Filter, IntRange};
pub use request::{Page, Restrictions, View};
pub use run::{
    Breakdown, FacetCount, FacetCounts, FacetRequest, Hit, IndexSearcher, SearchRequest,
    SearchResults, Sort, StatsRow,
};
pub use scan::{Scan, ScannedLetter};
pub use similar::SimilarRequest;
pub use snippet::Snippet;

/// What searching can fail with. Every message is meant for the user as is.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The query string does not parse.
    #[error("query syntax error: {0}")]
    Syntax(String),
    /// A field name that the schema does not have (or that is not searchable).
    #[error("unknown field `{name}`; valid fields: {}", valid.join(", "))]
    UnknownField {
        /// The name as the user wrote it.
        name: String,
        /// Searchable field names and aliases.
        valid: Vec<String>,
    },
    /// Query syntax that parses but that imr-search does not run (rather than
    /// silently searching for something else).
    #[error("unsupported query: {0}")]
    Unsupported(String),
    /// A bad filter, date, range or facet path.
    #[error("{0}")]
    BadValue(String),
    /// The index is missing, locked or of another version.
    #[error(transparent)]
    Index(#[from] crate::store::IndexError),
    /// Nothing in the index matches a `show` argument.
    #[error("no letter with case number or file `{0}` in the index")]
    NoSuchLetter(String),
    /// `similar` on a letter without recognised items.
    #[error("letter `{0}` has no recognised items, so there is nothing to compare; pick a letter `imr show` lists items for")]
    NoItems(String),
    /// `similar` on an item index the letter does not have.
    #[error("letter `{key}` has {count} item(s), numbered 0 to {}; there is no item {item} (give CASE#N with N as `imr show` prints it)", count - 1)]
    NoSuchItem {
        /// The letter as given.
        key: String,
        /// The index asked for.
        item: usize,
        /// How many items the letter has (at least 1).
        count: u64,
    },
    /// The stored letter data could not be read back.
    #[error("stored data of {what} is unreadable: {reason}")]
    Stored {
        /// Which document.
        what: String,
        /// Why.
        reason: String,
    },
    /// Reading the index failed.
    #[error("reading the index: {0}")]
    Io(#[from] std::io::Error),
    /// A tantivy failure.
    #[error(transparent)]
    Tantivy(#[from] tantivy::TantivyError),
}

/// Result with [`SearchError`].
pub type Result<T, E = SearchError> = std::result::Result<T, E>;
