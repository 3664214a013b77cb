//! `imr stats --by FIELD[:PATH] [QUERY]`: items, upheld, overturned and
//! overturn rate per facet value among the matching items; `--by year`,
//! `quarter` or `month` give the same per period of the decision date, in
//! time order (the trend; see `imr_search::search::by_period`).

use std::io::Write;

use anyhow::Context;
use imr_search::output;
use imr_search::search::{FacetRequest, IndexSearcher, Period};

use super::search::{describe, FormatArg, QueryArgs};
use super::Status;

/// Arguments of `imr stats`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Facet FIELD[:PATH] to break down: one row per value one level below
    /// PATH (the top by default), most items first. `year`, `quarter` or
    /// `month`: one row per period of the decision date (the UR date when
    /// the letter has none), in time order, empty periods as 0.
    #[arg(long, value_name = "FIELD[:PATH]")]
    pub by: FacetRequest,
    #[command(flatten)]
    pub query: QueryArgs,
    /// Output format (md is for search hits, not stats).
    #[arg(long, value_enum, default_value_t)]
    pub format: FormatArg,
}

/// Runs `imr stats`: exit 0 with rows, 1 when nothing matched.
pub fn run(args: Args) -> anyhow::Result<Status> {
    // Checked before searching, so the answer does not depend on the index.
    if matches!(args.format, FormatArg::Md) {
        anyhow::bail!("imr stats prints table, json or csv, not md");
    }
    let searcher = IndexSearcher::open(args.query.index())?;
    let req = args.query.request()?;
    if args.by.path == "/" {
        if let Some(period) = Period::from_name(&args.by.field) {
            return trend(&searcher, &req, period, args.format.into());
        }
    }
    let (total, rows) = searcher.stats(&req, &args.by)?;
    let by = imr_search::search::fields::resolve_facet(&args.by.field)?.name;
    if total == 0 {
        eprintln!("no hits for {}", describe(&req.query));
        return Ok(Status::NotFound);
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format.into() {
        output::Format::Table => output::table::stats(&mut out, total, by, &args.by.path, &rows)?,
        output::Format::Json => output::json::stats(&mut out, total, by, &args.by.path, &rows)?,
        output::Format::Csv => output::csv::stats(&mut out, &rows)?,
        output::Format::Md => anyhow::bail!("imr stats prints table, json or csv, not md"),
    }
    out.flush().context("writing to stdout")?;
    Ok(Status::Found)
}

/// `imr stats --by year|quarter|month`.
fn trend(
    searcher: &IndexSearcher,
    req: &imr_search::search::SearchRequest,
    period: Period,
    format: output::Format,
) -> anyhow::Result<Status> {
    let t = searcher.trend(req, period)?;
    if t.total == 0 {
        eprintln!("no hits for {}", describe(&req.query));
        return Ok(Status::NotFound);
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        output::Format::Table => output::table::trend(&mut out, &t)?,
        output::Format::Json => output::json::trend(&mut out, &t)?,
        output::Format::Csv => output::csv::trend(&mut out, &t)?,
        output::Format::Md => anyhow::bail!("imr stats prints table, json or csv, not md"),
    }
    out.flush().context("writing to stdout")?;
    Ok(Status::Found)
}
