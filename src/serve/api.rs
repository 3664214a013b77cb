//! The JSON API: one handler per route, each parsing its parameters
//! ([`super::params`]), running the search on the blocking pool and
//! answering with the CLI's JSON document plus `took_ms`. Errors are
//! `{"error": message, "kind": kind}` with a 4xx status for anything the
//! request got wrong.

use std::sync::Arc;
use std::time::Instant;

use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::params::{Params, MAX_LIMIT, MAX_OFFSET};
use super::response::{json_response, ApiError};
use super::AppState;
use crate::letter::Letter;
use crate::letter::Outcome;
use crate::output::json::{JsonSearch, JsonStats};
use crate::output::markdown::Citation;
use crate::search::snippet::sentence_around;
use crate::search::{fields, FacetRequest, Period, SimilarRequest};

/// The search document of a page of hits (search and similar), timed from
/// `start`.
fn hits_response(results: &crate::search::SearchResults, start: Instant) -> Response {
    let doc = Timed {
        doc: JsonSearch::new(results),
        took_ms: millis(start),
    };
    json_response(StatusCode::OK, &doc)
}

/// A document with the server-side time it took.
#[derive(Serialize)]
struct Timed<T: Serialize> {
    #[serde(flatten)]
    doc: T,
    took_ms: f64,
}

fn millis(start: Instant) -> f64 {
    (start.elapsed().as_secs_f64() * 1e5).round() / 100.0
}

/// Runs blocking search work off the async threads.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(work).await.map_err(|e| {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            format!("the search failed: {e}"),
        )
    })?
}

const SEARCH_PARAMS: &[&str] = &[
    "q", "filter", "since", "until", "age", "limit", "offset", "sort", "facet",
];

/// `GET /api/search`: `imr search --format json`'s document plus `took_ms`.
pub async fn search(State(state): State<Arc<AppState>>, RawQuery(raw): RawQuery) -> Response {
    let run = move || -> Result<Response, ApiError> {
        let p = Params::parse(raw.as_deref(), SEARCH_PARAMS)?;
        let mut req = p.request()?;
        req.limit = p.number("limit", 10, MAX_LIMIT)?;
        req.offset = p.number("offset", 0, MAX_OFFSET)?;
        req.sort = p.sort()?;
        req.facets = p.facets()?;
        let start = Instant::now();
        let results = state.searcher.search(&req)?;
        Ok(hits_response(&results, start))
    };
    respond(blocking(run).await)
}

const STATS_PARAMS: &[&str] = &["by", "q", "filter", "since", "until", "age"];

/// `GET /api/stats?by=FIELD[:PATH]`: `imr stats --format json`'s document
/// plus `took_ms`; `by=year|quarter|month` gives the trend document.
pub async fn stats(State(state): State<Arc<AppState>>, RawQuery(raw): RawQuery) -> Response {
    let run = move || -> Result<Response, ApiError> {
        let p = Params::parse(raw.as_deref(), STATS_PARAMS)?;
        let by: FacetRequest = p
            .one("by")
            .ok_or_else(|| {
                ApiError::bad_value(format!(
                    "`by` is required: one of {} (FIELD or FIELD:PATH), or {} for a trend",
                    fields::facet_names().join(", "),
                    Period::NAMES.join(", ")
                ))
            })?
            .parse()
            .map_err(ApiError::bad_value)?;
        let req = p.request()?;
        let start = Instant::now();
        if by.path == "/" {
            if let Some(period) = Period::from_name(&by.field) {
                let trend = state.searcher.trend(&req, period)?;
                let doc = Timed {
                    doc: &trend,
                    took_ms: millis(start),
                };
                return Ok(json_response(StatusCode::OK, &doc));
            }
        }
        let (total, rows) = state.searcher.stats(&req, &by)?;
        let field = fields::resolve_facet(&by.field)?.name;
        let doc = Timed {
            doc: JsonStats {
                total,
                by: field,
                path: &by.path,
                rows: &rows,
            },
            took_ms: millis(start),
        };
        Ok(json_response(StatusCode::OK, &doc))
    };
    respond(blocking(run).await)
}

/// A letter with where the query matched each item's rationale, and each
/// item's citation as `imr search --format md` writes it.
#[derive(Serialize)]
struct MarkedLetter<'a> {
    #[serde(flatten)]
    letter: &'a Letter,
    highlights: &'a [Vec<(usize, usize)>],
    citations: Vec<String>,
}

/// Per item, its Markdown citation, quoting the sentence of the first
/// highlight when the query marked the rationale (the page's "Copy
/// citation" copies these, so it reads as the CLI's `--format md`).
fn item_citations(letter: &Letter, highlights: &[Vec<(usize, usize)>]) -> Vec<String> {
    (0..letter.items.len())
        .filter_map(|i| {
            let sentence = highlights
                .get(i)
                .and_then(|ranges| ranges.first())
                .map(|&(from, to)| sentence_around(&letter.items[i].rationale, from, to));
            Citation::of_item(letter, i, sentence.as_deref()).map(|c| c.markdown())
        })
        .collect()
}

/// The `key` parameter naming a letter: required, at most 1000 bytes.
fn letter_key(p: &Params) -> Result<&str, ApiError> {
    let key = p.one("key").ok_or_else(|| {
        ApiError::bad_value("`key` is required: a case number (CM14-0123456) or a file path")
    })?;
    if key.len() > 1000 {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "too_long",
            "`key` is longer than 1000 bytes; give a case number or a file path",
        ));
    }
    Ok(key)
}

/// `GET /api/letter?key=CASE_OR_FILE[&q=QUERY]`: `imr show --format json`'s
/// record plus `highlights` (per item, byte ranges of the rationale) and
/// `citations` (per item, its `--format md` citation).
pub async fn letter(State(state): State<Arc<AppState>>, RawQuery(raw): RawQuery) -> Response {
    let run = move || -> Result<Response, ApiError> {
        let p = Params::parse(raw.as_deref(), &["key", "q"])?;
        let key = letter_key(&p)?;
        let query = p.request()?.query;
        let start = Instant::now();
        let (letter, highlights) = state.searcher.show_highlighted(key, &query)?;
        let doc = Timed {
            doc: MarkedLetter {
                letter: &letter,
                highlights: &highlights,
                citations: item_citations(&letter, &highlights),
            },
            took_ms: millis(start),
        };
        Ok(json_response(StatusCode::OK, &doc))
    };
    respond(blocking(run).await)
}

const SIMILAR_PARAMS: &[&str] = &[
    "key",
    "item",
    "outcome",
    "same_category",
    "same_letter",
    "filter",
    "since",
    "until",
    "age",
    "limit",
    "offset",
];

/// A yes/no parameter: absent, `false` or `0` is no; `true`, `1` is yes.
fn flag(p: &Params, key: &str) -> Result<bool, ApiError> {
    match p.one(key).map(str::trim) {
        None | Some("false" | "0") => Ok(false),
        Some("true" | "1") => Ok(true),
        Some(other) => Err(ApiError::bad_value(format!(
            "`{key}` is `true` or `false`, got `{other}`"
        ))),
    }
}

/// `GET /api/similar?key=CASE&item=N`: `imr similar --format json`'s
/// document plus `took_ms`; 404 for an unknown letter, 400 for an item the
/// letter does not have.
pub async fn similar(State(state): State<Arc<AppState>>, RawQuery(raw): RawQuery) -> Response {
    let run = move || -> Result<Response, ApiError> {
        let p = Params::parse(raw.as_deref(), SIMILAR_PARAMS)?;
        let key = letter_key(&p)?;
        let outcome = match p.one("outcome").map(str::trim) {
            None => None,
            Some("overturned") => Some(Outcome::Overturned),
            Some("upheld") => Some(Outcome::Upheld),
            Some(other) => {
                return Err(ApiError::bad_value(format!(
                    "`outcome` is `overturned` or `upheld`, got `{other}`"
                )))
            }
        };
        let mut search = p.request()?;
        search.limit = p.number("limit", 10, MAX_LIMIT)?;
        search.offset = p.number("offset", 0, MAX_OFFSET)?;
        let req = SimilarRequest {
            key: key.to_string(),
            // Items are numbered from 0; a letter has far fewer than this.
            item: p.number("item", 0, 10_000)?,
            same_category: flag(&p, "same_category")?,
            same_letter: flag(&p, "same_letter")?,
            outcome,
            search,
        };
        let start = Instant::now();
        let results = state.searcher.similar(&req)?;
        Ok(hits_response(&results, start))
    };
    respond(blocking(run).await)
}

#[derive(Serialize)]
struct Info {
    documents: u64,
    facets: Vec<&'static str>,
}

/// `GET /api/info`: item documents in the index and the facet fields.
pub async fn info(State(state): State<Arc<AppState>>, RawQuery(raw): RawQuery) -> Response {
    let run = move || -> Result<Response, ApiError> {
        Params::parse(raw.as_deref(), &[])?;
        let info = Info {
            documents: state.searcher.num_docs(),
            facets: fields::facet_names(),
        };
        Ok(json_response(StatusCode::OK, &info))
    };
    respond(run())
}

fn respond(result: Result<Response, ApiError>) -> Response {
    result.unwrap_or_else(IntoResponse::into_response)
}
