//! `imr serve`'s HTTP layer: a read-only JSON API over one shared
//! [`IndexSearcher`] and the embedded web page that uses it.
//!
//! Routes: `/` (the page), `/assets/*` (its script and style, compiled into
//! the binary), `/api/search`, `/api/stats`, `/api/letter`, `/api/similar`, `/api/info`,
//! and `/api/export` (the search's items as a CSV download, [`download`]).
//! The API's bodies are the CLI's `--format json` documents (built by
//! [`crate::output::json`]) with `took_ms` added, so a script can switch
//! between the two without changing its parser.
//!
//! Nothing a request carries reaches the file system: the index folder is
//! fixed at start-up, assets are static strings, and letters are looked up
//! in the index by term. Searches run on tokio's blocking pool, since they
//! are CPU work.

mod api;
mod assets;
mod download;
mod params;
mod response;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use crate::search::IndexSearcher;

pub use response::ApiError;

/// What every handler shares.
pub struct AppState {
    /// The index, reloaded when `imr index` commits.
    pub searcher: IndexSearcher,
    /// Host names the server answers to; empty = any (non-loopback binds).
    allowed_hosts: Vec<String>,
}

impl AppState {
    /// State for a server bound to `addr`. On a loopback address only
    /// requests naming a loopback host are answered, so a web page elsewhere
    /// cannot reach the index through DNS rebinding.
    pub fn new(searcher: IndexSearcher, addr: SocketAddr) -> Self {
        let allowed_hosts = if addr.ip().is_loopback() {
            let port = addr.port();
            vec![
                format!("127.0.0.1:{port}"),
                format!("localhost:{port}"),
                format!("[::1]:{port}"),
            ]
        } else {
            Vec::new()
        };
        AppState {
            searcher,
            allowed_hosts,
        }
    }
}

/// The whole application: page, assets, API, security headers.
pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/", get(assets::page))
        .route("/assets/{name}", get(assets::asset))
        .route("/api/search", get(api::search))
        .route("/api/stats", get(api::stats))
        .route("/api/letter", get(api::letter))
        .route("/api/similar", get(api::similar))
        .route("/api/info", get(api::info))
        .route("/api/export", get(download::export))
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(state.clone(), guard))
        .with_state(state)
}

async fn not_found(req: Request) -> Response {
    if req.uri().path().starts_with("/api/") {
        ApiError::not_found(
            "no such API route; the routes are /api/search, /api/stats, /api/letter, /api/similar, /api/export, /api/info",
        )
        .into_response()
    } else {
        (StatusCode::NOT_FOUND, "not found: the page is at /\n").into_response()
    }
}

/// Host check, then headers that keep the page and the API from being
/// framed, sniffed or cached by anything else.
async fn guard(State(state): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    if !state.allowed_hosts.is_empty() {
        let host = req
            .headers()
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("");
        if !state.allowed_hosts.iter().any(|a| a == host) {
            return ApiError::new(
                StatusCode::FORBIDDEN,
                "forbidden_host",
                "this server answers only to 127.0.0.1, localhost or [::1] on its own port",
            )
            .into_response();
        }
    }
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; img-src 'self' data:; style-src 'self'; \
             frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
        ),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    res
}
