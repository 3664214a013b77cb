//! `imr show CASE_NUMBER|FILE`: a whole parsed letter read back from the
//! index (letter fields, then each item with its outcome, guidelines and
//! rationale).

use std::io::Write;

use anyhow::Context;
use imr_search::output::{self, Format};
use imr_search::search::{IndexSearcher, SearchError};

use super::args::IndexArg;
use super::Status;

/// Arguments of `imr show`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A case number (CM14-0123456) or a letter's file: its path relative to
    /// the corpus folder, or any path ending in that.
    pub letter: String,
    #[command(flatten)]
    pub index: IndexArg,
    /// Output format (csv and md are not available for letters).
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

/// Runs `imr show`: exit 1 when no letter matches.
pub fn run(args: Args) -> anyhow::Result<Status> {
    // Checked before searching, so the answer does not depend on the index.
    match args.format {
        Format::Md => anyhow::bail!(
            "imr show prints table or json, not md (citations come from imr search --format md)"
        ),
        Format::Csv => anyhow::bail!("imr show prints table or json, not csv"),
        Format::Table | Format::Json => {}
    }
    let searcher = IndexSearcher::open(&args.index.index)?;
    let letter = match searcher.show(&args.letter) {
        Ok(l) => l,
        Err(e @ SearchError::NoSuchLetter(_)) => {
            eprintln!("{e}");
            return Ok(Status::NotFound);
        }
        Err(e) => return Err(e.into()),
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.format == Format::Json {
        output::json::show(&mut out, &letter)?;
    } else {
        output::table::show(&mut out, &letter)?;
    }
    out.flush().context("writing to stdout")?;
    Ok(Status::Found)
}
