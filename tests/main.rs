//! The `imr` binary end to end, one test binary: every test runs the real
//! `imr` on temporary corpora and indexes (or serves one) and checks exact
//! hits, counts and output shapes.

mod code_shape;
mod common;
mod export_e2e;
mod index_cli;
mod parse_cli;
mod search_e2e;
mod search_samples;
mod serve_api;
mod serve_browser;
mod similar_e2e;
