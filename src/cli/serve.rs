//! `imr serve`: the web page and JSON API over an index, on loopback unless
//! told otherwise. Read-only; Ctrl-C stops it.

use std::io::Write;
use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use imr_search::search::IndexSearcher;
use imr_search::serve::{router, AppState};

use super::args::IndexArg;
use super::Status;

/// Arguments of `imr serve`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub index: IndexArg,
    /// Address to listen on. The default answers this computer only; port 0
    /// picks a free port (the URL printed says which).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
}

/// Runs the server until Ctrl-C.
pub fn run(args: Args) -> anyhow::Result<Status> {
    let dir = &args.index.index;
    let searcher = IndexSearcher::open_live(dir)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the server's threads")?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(args.addr)
            .await
            .with_context(|| {
                format!(
                    "cannot listen on {}: pick another port with --addr 127.0.0.1:PORT \
                     (port 0 takes any free one)",
                    args.addr
                )
            })?;
        let addr = listener.local_addr().context("reading the bound address")?;
        if !addr.ip().is_loopback() {
            eprintln!(
                "warning: listening on {addr}, not loopback: anyone who can reach this \
                 machine can read the index at {}",
                dir.display()
            );
        }
        let items = searcher.num_docs();
        let state = Arc::new(AppState::new(searcher, addr));
        let host = if addr.ip().is_unspecified() {
            format!("127.0.0.1:{}", addr.port())
        } else {
            addr.to_string()
        };
        let mut out = std::io::stdout().lock();
        writeln!(
            out,
            "imr serve: http://{host}/ ({items} items in {}; read-only; Ctrl-C stops)",
            dir.display()
        )?;
        out.flush()?;
        drop(out);
        axum::serve(listener, router(state))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .context("serving")?;
        Ok(Status::Found)
    })
}
