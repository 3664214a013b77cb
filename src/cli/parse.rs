//! `imr parse FILE|DIR...`: one JSON record per letter per line, from `.txt`
//! letters and PDFs alike; a folder stands for the letters in it.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use imr_search::extract::{parse_file, DocKind};

use super::Status;

/// Arguments of `imr parse`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Letter files (.txt or .pdf) to parse; a folder means every .txt and
    /// .pdf below it, in path order.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Pretty-print each record over several lines instead of JSON Lines.
    #[arg(long)]
    pub pretty: bool,
}

/// Adds the .txt and .pdf files below `dir` to `out`, sorted; returns how
/// many entries could not be read (each reported on stderr).
fn letters_in(dir: &std::path::Path, out: &mut Vec<PathBuf>) -> usize {
    let mut failed = 0;
    let mut found = Vec::new();
    for entry in walkdir::WalkDir::new(dir).follow_links(true) {
        match entry {
            Ok(e) if e.file_type().is_file() && DocKind::from_path(e.path()).is_some() => {
                found.push(e.into_path());
            }
            Ok(_) => {}
            Err(e) => {
                eprintln!("imr parse: {e}");
                failed += 1;
            }
        }
    }
    if found.is_empty() {
        eprintln!("imr parse: no .txt or .pdf letters in {}", dir.display());
        failed += 1;
    }
    found.sort();
    out.extend(found);
    failed
}

/// Runs `imr parse`: unreadable files and PDFs without text ("encrypted",
/// "no text layer: needs OCR", ...) are reported on stderr, the others still
/// print, and the exit code is 2 if any file failed.
pub fn run(args: Args) -> anyhow::Result<Status> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    let mut files = Vec::new();
    for path in &args.files {
        if path.is_dir() {
            failed += letters_in(path, &mut files);
        } else {
            files.push(path.clone());
        }
    }
    for path in &files {
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
        // One line per citation the vocabulary could not place, so a user
        // sees how far to trust the guideline facet without reading JSON.
        for (item, path) in imr_search::letter::unplaced_citations(&letter) {
            eprintln!(
                "imr parse: {shown}: item {item}: guideline citation not recognised, filed as {path}"
            );
        }
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
