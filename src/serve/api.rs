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

use super::params::{names, By, Key, Params, Query, SimilarOf};
use super::response::{json_response, ApiError};
use super::AppState;
use crate::letter::Letter;
use crate::output::json::{JsonSearch, JsonStats};
use crate::output::markdown::Citation;
use crate::search::sentence_around;
use crate::search::{
    fields, Breakdown, Page, Period, Restrictions, SearchRequest, SimilarRequest, View,
};

/// Highest `item` the similar route accepts.
const MAX_ITEM: usize = 10_000;

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

/// `GET /api/search`: `imr search --format json`'s document plus `took_ms`.
pub async fn search(State(state): State<Arc<AppState>>, RawQuery(raw): RawQuery) -> Response {
    let run = move || -> Result<Response, ApiError> {
        let p = Params::parse(
            raw.as_deref(),
            &[
                names::<Query>(),
                names::<Restrictions>(),
                names::<Page>(),
                names::<View>(),
            ],
        )?;
        let query = p.get::<Query>()?.checked()?;
        let req = SearchRequest::new(query.q, p.get()?, p.page()?, p.get()?);
        let start = Instant::now();
        let results = state.searcher.search(&req)?;
        Ok(hits_response(&results, start))
    };
    respond(blocking(run).await)
}

/// `GET /api/stats?by=FIELD[:PATH]`: `imr stats --format json`'s document
/// plus `took_ms`; `by=year|quarter|month` gives the trend document.
pub async fn stats(State(state): State<Arc<AppState>>, RawQuery(raw): RawQuery) -> Response {
    let run = move || -> Result<Response, ApiError> {
        let p = Params::parse(
            raw.as_deref(),
            &[names::<By>(), names::<Query>(), names::<Restrictions>()],
        )?;
        let by = p.get::<By>()?.by.ok_or_else(|| {
            ApiError::bad_value(format!(
                "`by` is required: one of {} (FIELD or FIELD:PATH), or {} for a trend",
                fields::facet_names().join(", "),
                Period::NAMES.join(", ")
            ))
        })?;
        let query = p.get::<Query>()?.checked()?;
        let req = SearchRequest::new(query.q, p.get()?, Page::default(), View::default());
        let start = Instant::now();
        let response = match state.searcher.breakdown(&req, &by)? {
            Breakdown::Trend(trend) => json_response(
                StatusCode::OK,
                &Timed {
                    doc: &trend,
                    took_ms: millis(start),
                },
            ),
            Breakdown::Values {
                total,
                by,
                path,
                rows,
            } => json_response(
                StatusCode::OK,
                &Timed {
                    doc: JsonStats {
                        total,
                        by,
                        path: &path,
                        rows: &rows,
                    },
                    took_ms: millis(start),
                },
            ),
        };
        Ok(response)
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

/// `GET /api/letter?key=CASE_OR_FILE[&q=QUERY]`: `imr show --format json`'s
/// record plus `highlights` (per item, byte ranges of the rationale) and
/// `citations` (per item, its `--format md` citation).
pub async fn letter(State(state): State<Arc<AppState>>, RawQuery(raw): RawQuery) -> Response {
    let run = move || -> Result<Response, ApiError> {
        let p = Params::parse(raw.as_deref(), &[names::<Key>(), names::<Query>()])?;
        let key = p.get::<Key>()?.required()?;
        let query = p.get::<Query>()?.checked()?.q;
        let start = Instant::now();
        let (letter, highlights) = state.searcher.show_highlighted(&key, &query)?;
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

/// `GET /api/similar?key=CASE&item=N`: `imr similar --format json`'s
/// document plus `took_ms`; 404 for an unknown letter, 400 for an item the
/// letter does not have.
pub async fn similar(State(state): State<Arc<AppState>>, RawQuery(raw): RawQuery) -> Response {
    let run = move || -> Result<Response, ApiError> {
        let p = Params::parse(
            raw.as_deref(),
            &[
                names::<Key>(),
                names::<SimilarOf>(),
                names::<Restrictions>(),
                names::<Page>(),
            ],
        )?;
        let key = p.get::<Key>()?.required()?;
        let of: SimilarOf = p.get()?;
        // Items are numbered from 0; a letter has far fewer than this.
        if of.item > MAX_ITEM {
            return Err(ApiError::out_of_range(format!(
                "`item` is {}; it must be between 0 and {MAX_ITEM}",
                of.item
            )));
        }
        let req = SimilarRequest {
            key,
            item: of.item,
            same_category: of.same_category,
            same_letter: of.same_letter,
            outcome: of.outcome,
            search: SearchRequest::new("", p.get()?, p.page()?, View::default()),
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
