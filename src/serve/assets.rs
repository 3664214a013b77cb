//! The web page and its script and style, compiled into the binary so
//! `imr serve` works offline and from any folder.

use axum::extract::Path;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

const PAGE: &str = include_str!("assets/index.html");
const SCRIPT: &str = include_str!("assets/app.js");
const STYLE: &str = include_str!("assets/style.css");

fn with_type(body: &'static str, content_type: &'static str) -> Response {
    let mut res = body.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    // The assets change only with the binary; revalidating costs little.
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    res
}

/// `GET /`.
pub async fn page() -> Response {
    with_type(PAGE, "text/html; charset=utf-8")
}

/// `GET /assets/{name}`: only the two names the page links; nothing from
/// the request is looked up anywhere else.
pub async fn asset(Path(name): Path<String>) -> Response {
    match name.as_str() {
        "app.js" => with_type(SCRIPT, "text/javascript; charset=utf-8"),
        "style.css" => with_type(STYLE, "text/css; charset=utf-8"),
        _ => (StatusCode::NOT_FOUND, "no such asset\n").into_response(),
    }
}
