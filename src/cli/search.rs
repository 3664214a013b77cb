//! `imr search QUERY`: hits, total and facet counts as a table, JSON, CSV or
//! Markdown citations; also prints `similar`'s hits.

use std::io::{IsTerminal, Write};

use anyhow::Context;
use imr_search::output::{self, Emphasis, Format};
use imr_search::search::{IndexSearcher, Page, SearchRequest, View};

use super::args::QueryArgs;
use super::Status;

/// Arguments of `imr search`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub query: QueryArgs,
    #[command(flatten)]
    pub page: Page,
    #[command(flatten)]
    pub view: View,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

/// Runs `imr search`: exit 0 with matches, 1 without.
pub fn run(args: Args) -> anyhow::Result<Status> {
    let searcher = IndexSearcher::open(args.query.index())?;
    let req = SearchRequest::new(
        args.query.query(),
        args.query.restrict.clone(),
        args.page,
        args.view,
    );
    let results = searcher.search(&req)?;
    print_hits(
        &results,
        req.offset,
        args.format,
        &format!("no hits for {}", describe(&req.query)),
    )
}

/// Prints a page of hits in the chosen format (search and similar share
/// it); `none` goes to stderr when nothing matched, and the status says so.
pub fn print_hits(
    results: &imr_search::search::SearchResults,
    offset: usize,
    format: output::Format,
    none: &str,
) -> anyhow::Result<Status> {
    let stdout = std::io::stdout();
    let emphasis = if stdout.is_terminal() {
        Emphasis::Bold
    } else {
        Emphasis::Plain
    };
    let mut out = std::io::BufWriter::new(stdout.lock());
    if results.total == 0 {
        eprintln!("{none}");
    }
    match format {
        output::Format::Table if results.total == 0 => {}
        output::Format::Table => output::table::search(&mut out, results, offset, emphasis)?,
        output::Format::Json => output::json::search(&mut out, results)?,
        output::Format::Csv => output::csv::hits(&mut out, &results.hits)?,
        output::Format::Md => output::markdown::search(&mut out, results)?,
    }
    out.flush().context("writing to stdout")?;
    Ok(if results.total == 0 {
        Status::NotFound
    } else {
        Status::Found
    })
}

/// The query as named in messages.
pub fn describe(query: &str) -> String {
    if query.trim().is_empty() {
        "the filters".to_string()
    } else {
        format!("`{query}`")
    }
}
