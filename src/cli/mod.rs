//! Command-line layer: clap structs, one file per subcommand, exit codes.
//! Holds no domain rules: each subcommand maps its arguments onto a library
//! call and renders the result.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

pub mod allocator;
mod args;
mod export;
mod index;
mod parse;
mod search;
mod serve;
mod show;
mod similar;
mod stats;

/// Exit codes, as grep and ripgrep use them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Something was found / the command succeeded.
    Found = 0,
    /// The command ran but found nothing.
    NotFound = 1,
    /// An error.
    Error = 2,
}

/// Full-text search over California workers' compensation IMR decision letters.
#[derive(Debug, Parser)]
#[command(name = "imr", version, about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Parse letters and print one JSON record per letter (JSON Lines).
    Parse(parse::Args),
    /// Build or update the index from a folder of letters.
    Index(index::Args),
    /// Search the index: hits with highlighted snippets, totals, facets.
    Search(search::Args),
    /// Items, upheld, overturned and overturn rate per facet value.
    Stats(stats::Args),
    /// Print a whole letter from the index.
    Show(show::Args),
    /// The items most like one item (by rationale and service), as search
    /// prints hits.
    Similar(similar::Args),
    /// Write the matching items and their letters as tables (Parquet, CSV
    /// or JSON Lines) for DuckDB, pandas or R.
    Export(export::Args),
    /// Serve a local web page and JSON API over the index (read-only).
    Serve(serve::Args),
}

/// Parses arguments, runs the subcommand and maps its outcome to an exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() {
                Status::Error
            } else {
                Status::Found
            };
            let _ = e.print();
            return ExitCode::from(code as u8);
        }
    };
    let result = match cli.command {
        Command::Parse(args) => parse::run(args),
        Command::Index(args) => index::run(args),
        Command::Search(args) => search::run(args),
        Command::Stats(args) => stats::run(args),
        Command::Show(args) => show::run(args),
        Command::Similar(args) => similar::run(args),
        Command::Export(args) => export::run(args),
        Command::Serve(args) => serve::run(args),
    };
    match result {
        Ok(status) => ExitCode::from(status as u8),
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::from(Status::Found as u8);
            }
            eprintln!("error: {err:#}");
            ExitCode::from(Status::Error as u8)
        }
    }
}

/// `imr ... | head` closes stdout early; that is not an error worth a message.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
