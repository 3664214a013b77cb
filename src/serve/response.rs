//! What the API sends back: JSON bodies (escaped for safe embedding) and
//! errors as `{"error": message, "kind": kind}` with their HTTP status. The
//! handlers ([`super::api`]) and the parameter parser ([`super::params`])
//! both answer through here.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::search::SearchError;

/// An API failure: HTTP status, a short machine-readable kind and a message
/// for the person who typed the query.
#[derive(Debug)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// `syntax`, `unknown_field`, `unsupported`, `bad_value`,
    /// `out_of_range`, `too_long`, `not_found`, `forbidden_host`,
    /// `internal`.
    pub kind: &'static str,
    /// What went wrong and what to do.
    pub message: String,
}

impl ApiError {
    /// Any error.
    pub fn new(status: StatusCode, kind: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            status,
            kind,
            message: message.into(),
        }
    }

    /// 400, a value that does not parse or is not allowed.
    pub fn bad_value(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "bad_value", message)
    }

    /// 400, a number outside its range.
    pub fn out_of_range(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "out_of_range", message)
    }

    /// 404.
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, "not_found", message)
    }
}

impl From<SearchError> for ApiError {
    fn from(e: SearchError) -> Self {
        let (status, kind) = match &e {
            SearchError::Syntax(_) => (StatusCode::BAD_REQUEST, "syntax"),
            SearchError::UnknownField { .. } => (StatusCode::BAD_REQUEST, "unknown_field"),
            SearchError::Unsupported(_) => (StatusCode::BAD_REQUEST, "unsupported"),
            SearchError::BadValue(_) => (StatusCode::BAD_REQUEST, "bad_value"),
            SearchError::NoSuchLetter(_) => (StatusCode::NOT_FOUND, "not_found"),
            SearchError::NoItems(_) | SearchError::NoSuchItem { .. } => {
                (StatusCode::BAD_REQUEST, "out_of_range")
            }
            SearchError::Index(_)
            | SearchError::Stored { .. }
            | SearchError::Io(_)
            | SearchError::Tantivy(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        };
        ApiError::new(status, kind, e.to_string())
    }
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    error: &'a str,
    kind: &'a str,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody {
            error: &self.message,
            kind: self.kind,
        };
        json_response(self.status, &body)
    }
}

/// Serialises `value` compactly. `<`, `>` and `&` are written as `\u003c`
/// and so on (still the same JSON strings), so a response that somehow ends
/// up rendered as HTML cannot carry markup from a letter or a query.
pub fn json_response(status: StatusCode, value: &impl Serialize) -> Response {
    let body = match serde_json::to_string(value) {
        Ok(s) => s
            .replace('<', "\\u003c")
            .replace('>', "\\u003e")
            .replace('&', "\\u0026"),
        Err(e) => {
            return (
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("serialising the response failed: {e}"),
            )
                .into_response()
        }
    };
    let mut res = (status, body).into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json; charset=utf-8"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}
