//! `imr index`: build or update the index from a corpus folder.

use std::path::PathBuf;

use super::Status;

/// Arguments of `imr index`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder of letters (searched recursively).
    pub corpus: PathBuf,
}

/// Runs `imr index`.
pub fn run(args: Args) -> anyhow::Result<Status> {
    anyhow::bail!("imr index is not implemented yet ({})", args.corpus.display())
}
