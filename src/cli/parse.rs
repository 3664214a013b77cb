//! `imr parse FILE|DIR...`: one JSON record per letter per line, from `.txt`
//! letters and PDFs alike; a folder stands for the letters in it.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use imr_search::ingest;
use imr_search::warning::WarningKind;

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

/// Adds the letters below `dir` (as [`ingest::walk`] finds them: what
/// `imr index` would read) to `out`, in path order; returns how many entries
/// could not be read (each reported on stderr). Files that are not letters
/// are passed over quietly, as a folder of letters holds other things too.
fn letters_in(dir: &std::path::Path, out: &mut Vec<(PathBuf, Option<ingest::Skip>)>) -> usize {
    let walk = match ingest::walk(dir, None) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("imr parse: {e}");
            return 1;
        }
    };
    let mut failed = 0;
    let mut here = Vec::new();
    for (rel, skip) in walk.skipped {
        match skip {
            ingest::Skip::NotALetter => {}
            // Reported in path order with the letters, below.
            skip @ (ingest::Skip::Empty | ingest::Skip::TooLarge(_) | ingest::Skip::NotAFile) => {
                here.push((dir.join(rel), Some(skip)));
            }
            skip => {
                eprintln!("imr parse: {}: {skip}", dir.join(rel).display());
                failed += 1;
            }
        }
    }
    if walk.found.is_empty() && here.is_empty() {
        eprintln!("imr parse: no .txt or .pdf letters in {}", dir.display());
        failed += 1;
    }
    here.extend(walk.found.into_iter().map(|f| (f.path(dir), None)));
    here.sort_by(|a, b| a.0.cmp(&b.0));
    out.extend(here);
    failed
}

/// Runs `imr parse`: unreadable files and PDFs without text ("encrypted",
/// "no text layer: needs OCR", ...) are reported on stderr, the others still
/// print, and the exit code is 2 if any file failed.
pub fn run(args: Args) -> anyhow::Result<Status> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    let mut files: Vec<(PathBuf, Option<ingest::Skip>)> = Vec::new();
    for path in &args.files {
        if path.is_dir() {
            failed += letters_in(path, &mut files);
        } else {
            files.push((path.clone(), None));
        }
    }
    for (path, walked_skip) in &files {
        let shown = path.to_string_lossy();
        let read = match walked_skip {
            Some(skip) => Err(skip.clone()),
            None => ingest::read(path, &shown).letter,
        };
        let letter = match read {
            Ok(letter) => letter,
            Err(skip) => {
                eprintln!("imr parse: {}: {skip}", path.display());
                failed += 1;
                continue;
            }
        };
        // A parser failure is the letter's, not the run's: the record is
        // printed (text only) and the run goes on, but the user hears of it.
        for w in &letter.warnings {
            if WarningKind::of(w) == WarningKind::TextOnly {
                eprintln!("imr parse: {shown}: {w}");
            }
        }
        // One line per citation the vocabulary could not place, so a user
        // sees how far to trust the guideline facet without reading JSON.
        for (item, path) in imr_search::letter::unplaced_citations(&letter) {
            eprintln!(
                "imr parse: {shown}: item {item}: guideline citation not recognised, filed as {path}"
            );
        }
        // As io errors, so a closed pipe (`imr parse DIR | head`) ends the
        // run quietly like any other write to stdout.
        if args.pretty {
            serde_json::to_writer_pretty(&mut out, &letter).map_err(std::io::Error::from)?;
        } else {
            serde_json::to_writer(&mut out, &letter).map_err(std::io::Error::from)?;
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
