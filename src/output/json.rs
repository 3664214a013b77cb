//! JSON output. Search:
//! `{"total": N, "hits": [{"file", "case_number", "item_index", "service",
//! "category", "reasons", "reason_evidence": [{"reason", "sentence"}, ...],
//! "outcome", "specialties", "guidelines", "ur_date", "score",
//! "snippet", "highlights": [[start, end], ...]}], "facets": {"guideline":
//! [{"path": "/ODG", "count": 3}]}}`. A facet asked for below a path is keyed
//! `field:path` (`"guideline:/ODG"`). Stats: `{"total", "by", "path",
//! "rows": [...]}`. Show: the letter record, as `imr parse` prints it. A hit
//! is [`Hit`]'s own `Serialize`, the one place its JSON shape is written.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;

use crate::letter::Letter;
use crate::search::{FacetCount, Hit, SearchResults, StatsRow, Trend};

/// The search document, as `imr search --format json` prints it and the
/// web API returns it.
#[derive(Serialize)]
pub struct JsonSearch<'a> {
    total: usize,
    hits: &'a [Hit],
    facets: BTreeMap<String, &'a [FacetCount]>,
}

impl<'a> JsonSearch<'a> {
    /// The document for `results`.
    pub fn new(results: &'a SearchResults) -> Self {
        JsonSearch {
            total: results.total,
            hits: &results.hits,
            facets: results
                .facets
                .iter()
                .map(|f| (facet_key(&f.field, &f.path), f.counts.as_slice()))
                .collect(),
        }
    }
}

/// The key a facet's counts appear under.
pub fn facet_key(field: &str, path: &str) -> String {
    if path == "/" {
        field.to_string()
    } else {
        format!("{field}:{path}")
    }
}

/// Writes search results as one pretty JSON document.
pub fn search(out: &mut dyn Write, results: &SearchResults) -> io::Result<()> {
    write_json(out, &JsonSearch::new(results))
}

/// The stats document: `{"total", "by", "path", "rows"}`.
#[derive(Serialize)]
pub struct JsonStats<'a> {
    /// Items matching the query.
    pub total: usize,
    /// Facet field broken down.
    pub by: &'a str,
    /// Path whose children are the rows.
    pub path: &'a str,
    /// One row per value.
    pub rows: &'a [StatsRow],
}

/// Writes stats rows: `{"total", "by", "path", "rows"}`.
pub fn stats(
    out: &mut dyn Write,
    total: usize,
    by: &str,
    path: &str,
    rows: &[StatsRow],
) -> io::Result<()> {
    write_json(
        out,
        &JsonStats {
            total,
            by,
            path,
            rows,
        },
    )
}

/// Writes a trend: `{"total", "by", "date", "dated_by_ur", "undated",
/// "rows": [{"value", "items", "upheld", "overturned", "overturn_rate",
/// "dated_by_ur"}]}`, rows in time order.
pub fn trend(out: &mut dyn Write, t: &Trend) -> io::Result<()> {
    write_json(out, t)
}

/// Writes a letter read back from the index, in `imr parse`'s record shape.
pub fn show(out: &mut dyn Write, letter: &Letter) -> io::Result<()> {
    write_json(out, letter)
}

fn write_json(out: &mut dyn Write, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(io::Error::other)?;
    writeln!(out)
}
