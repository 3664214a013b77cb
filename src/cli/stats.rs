//! `imr stats --by FIELD[:PATH] [QUERY]`: items, upheld, overturned and
//! overturn rate per facet value among the matching items; `--by year`,
//! `quarter` or `month` give the same per period of the decision date, in
//! time order (the trend; see `imr_search::search::Period`).

use std::io::Write;

use anyhow::Context;
use imr_search::output::{self, Format};
use imr_search::search::{Breakdown, FacetRequest, IndexSearcher};

use super::args::QueryArgs;
use super::search::describe;
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
    pub format: Format,
}

/// Runs `imr stats`: exit 0 with rows, 1 when nothing matched.
pub fn run(args: Args) -> anyhow::Result<Status> {
    // Checked before searching, so the answer does not depend on the index.
    if args.format == Format::Md {
        anyhow::bail!("imr stats prints table, json or csv, not md");
    }
    let searcher = IndexSearcher::open(args.query.index())?;
    let req = args.query.request();
    let breakdown = searcher.breakdown(&req, &args.by)?;
    if breakdown.total() == 0 {
        eprintln!("no hits for {}", describe(&req.query));
        return Ok(Status::NotFound);
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match (&breakdown, args.format) {
        (
            Breakdown::Values {
                total,
                by,
                path,
                rows,
            },
            Format::Table,
        ) => output::table::stats(&mut out, *total, by, path, rows)?,
        (
            Breakdown::Values {
                total,
                by,
                path,
                rows,
            },
            Format::Json,
        ) => output::json::stats(&mut out, *total, by, path, rows)?,
        (Breakdown::Values { rows, .. }, _) => output::csv::stats(&mut out, rows)?,
        (Breakdown::Trend(t), Format::Table) => output::table::trend(&mut out, t)?,
        (Breakdown::Trend(t), Format::Json) => output::json::trend(&mut out, t)?,
        (Breakdown::Trend(t), _) => output::csv::trend(&mut out, t)?,
    }
    out.flush().context("writing to stdout")?;
    Ok(Status::Found)
}
