//! `imr parse FILE...`: one JSON record per letter per line, from `.txt`
//! letters and PDFs alike.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use imr_search::extract::{parse_file, DocKind};

use super::Status;

/// Arguments of `imr parse`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Letter files (.txt or .pdf) to parse.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Pretty-print each record over several lines instead of JSON Lines.
    #[arg(long)]
    pub pretty: bool,
}

/// Runs `imr parse`: unreadable files and PDFs without text ("encrypted",
/// "no text layer: needs OCR", ...) are reported on stderr, the others still
/// print, and the exit code is 2 if any file failed.
pub fn run(args: Args) -> anyhow::Result<Status> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    for path in &args.files {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("imr parse: cannot read {}: {e}", path.display());
                failed += 1;
                continue;
            }
        };
        let shown = path.to_string_lossy();
        // Content decides (a PDF is a PDF whatever its name); anything that
        // is neither .pdf nor PDF bytes is read as text, as before.
        let kind = DocKind::detect(path, &bytes).unwrap_or(DocKind::Text);
        let letter = match parse_file(&bytes, kind, Some(&shown)) {
            Ok(letter) => letter,
            Err(e) => {
                eprintln!("imr parse: {}: {e}", path.display());
                failed += 1;
                continue;
            }
        };
        if args.pretty {
            serde_json::to_writer_pretty(&mut out, &letter)?;
        } else {
            serde_json::to_writer(&mut out, &letter)?;
        }
        out.write_all(b"\n").context("writing to stdout")?;
    }
    out.flush().context("writing to stdout")?;
    Ok(if failed > 0 {
        Status::Error
    } else {
        Status::Found
    })
}
