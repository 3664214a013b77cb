//! `imr show CASE_NUMBER|FILE`: a whole parsed letter read back from the
//! index (letter fields, then each item with its outcome, guidelines and
//! rationale).

use std::io::Write;

use anyhow::Context;
use imr_search::output;
use imr_search::search::{IndexSearcher, SearchError};

use super::search::{FormatArg, IndexArg};
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
    pub format: FormatArg,
}

/// Runs `imr show`: exit 1 when no letter matches.
pub fn run(args: Args) -> anyhow::Result<Status> {
    // Checked before searching, so the answer does not depend on the index.
    if matches!(args.format, FormatArg::Md) {
        anyhow::bail!(
            "imr show prints table or json, not md (citations come from imr search --format md)"
        );
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
    match args.format.into() {
        output::Format::Table => output::table::show(&mut out, &letter)?,
        output::Format::Json => output::json::show(&mut out, &letter)?,
        output::Format::Csv => anyhow::bail!("imr show prints table or json, not csv"),
        output::Format::Md => anyhow::bail!(
            "imr show prints table or json, not md (citations come from imr search --format md)"
        ),
    }
    out.flush().context("writing to stdout")?;
    Ok(Status::Found)
}
