//! `GET /api/export`: the page's *Download CSV*, every item the current
//! search matches as `imr export --format csv` writes `items.csv`, streamed
//! as an attachment. The parameters are the search's (`q`, `filter`,
//! `since`, `until`, `age`) and are checked, and the query lowered, before
//! the answer starts, so a bad one is a 400 like any route's.
//!
//! The CSV is written on the blocking pool into a bounded channel that the
//! response body reads, so memory holds a few 16 KiB chunks however many
//! items match; a client that goes away stops the export at its next chunk.

use std::io::{self, Write};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use axum::body::{Body, Bytes, HttpBody};
use axum::extract::{RawQuery, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use tokio::sync::{mpsc, oneshot};

use super::params::{names, Params, Query};
use super::response::ApiError;
use super::AppState;
use crate::export::items_csv;
use crate::search::{Page, Restrictions, SearchRequest, View};

/// Bytes sent per chunk.
const CHUNK: usize = 16 << 10;
/// Chunks the writer may be ahead of the client.
const CHUNKS_AHEAD: usize = 4;

type Chunk = Result<Bytes, io::Error>;

/// The response body: chunks as the writer sends them.
struct ChannelBody(mpsc::Receiver<Chunk>);

impl HttpBody for ChannelBody {
    type Data = Bytes;
    type Error = io::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Bytes>, io::Error>>> {
        self.0
            .poll_recv(cx)
            .map(|chunk| chunk.map(|c| c.map(http_body::Frame::data)))
    }
}

/// A blocking writer into the body's channel.
struct ChannelWriter {
    tx: mpsc::Sender<Chunk>,
    buf: Vec<u8>,
}

impl ChannelWriter {
    fn send(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let chunk = Bytes::from(std::mem::replace(&mut self.buf, Vec::with_capacity(CHUNK)));
        self.tx
            .blocking_send(Ok(chunk))
            .map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "the client went away"))
    }
}

impl Write for ChannelWriter {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(data);
        if self.buf.len() >= CHUNK {
            self.send()?;
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.send()
    }
}

/// `GET /api/export?q=...&filter=...`: `items.csv` of the search.
pub async fn export(State(state): State<Arc<AppState>>, RawQuery(raw): RawQuery) -> Response {
    let (tx, rx) = mpsc::channel(CHUNKS_AHEAD);
    let (ready, started) = oneshot::channel::<Result<(), ApiError>>();
    tokio::task::spawn_blocking(move || {
        let scan = (|| -> Result<_, ApiError> {
            let p = Params::parse(raw.as_deref(), &[names::<Query>(), names::<Restrictions>()])?;
            let query = p.get::<Query>()?.checked()?;
            let req = SearchRequest::new(query.q, p.get()?, Page::default(), View::default());
            Ok(state.searcher.scan(&req)?)
        })();
        let mut scan = match scan {
            Ok(scan) => scan,
            Err(e) => {
                let _ = ready.send(Err(e));
                return;
            }
        };
        if ready.send(Ok(())).is_err() {
            return;
        }
        let mut out = ChannelWriter {
            tx: tx.clone(),
            buf: Vec::with_capacity(CHUNK),
        };
        if let Err(e) = items_csv(&mut scan, &mut out) {
            // The header is sent: all that is left is to cut the body short.
            let _ = tx.blocking_send(Err(io::Error::other(e.to_string())));
        }
    });
    match started.await {
        Ok(Ok(())) => {
            let mut res = Body::new(ChannelBody(rx)).into_response();
            let h = res.headers_mut();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            );
            h.insert(
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"items.csv\""),
            );
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            res
        }
        Ok(Err(e)) => e.into_response(),
        Err(_) => ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "the export failed to start",
        )
        .into_response(),
    }
}
