//! The flags the reading commands share, in one place: the index folder,
//! the query with its restrictions, and the output format. The restrictions,
//! page and view themselves are the library's request structs
//! (`imr_search::search::request`), which the web API deserialises too.

use std::path::{Path, PathBuf};

use imr_search::search::{Restrictions, SearchRequest};

/// The index folder, shared by every reading command.
#[derive(Debug, clap::Args)]
pub struct IndexArg {
    /// Index folder.
    #[arg(long, env = "IMR_INDEX", default_value = imr_search::DEFAULT_INDEX_DIR)]
    pub index: PathBuf,
}

/// A query, its restrictions and the index: what `search`, `stats` and
/// `export` share.
#[derive(Debug, clap::Args)]
pub struct QueryArgs {
    /// The query, tantivy syntax: words (all required), "phrases", "a b"~2
    /// (slop), AND/OR/NOT, +must, -exclude, field:term, epidur* (prefix),
    /// ligamnet~1 (fuzzy, 1 or 2 edits). Searches rationale, service and
    /// summary unless a field is named. Empty or * matches everything.
    /// Several arguments are joined with spaces; put `--` before a query
    /// that starts with `-`.
    pub query: Vec<String>,
    #[command(flatten)]
    pub restrict: Restrictions,
    #[command(flatten)]
    pub index: IndexArg,
}

impl QueryArgs {
    /// The query as one string.
    pub fn query(&self) -> String {
        self.query.join(" ")
    }

    /// The request these arguments describe (first page, default view).
    pub fn request(&self) -> SearchRequest {
        SearchRequest::new(
            self.query(),
            self.restrict.clone(),
            Default::default(),
            Default::default(),
        )
    }

    /// The index folder.
    pub fn index(&self) -> &Path {
        &self.index.index
    }
}
