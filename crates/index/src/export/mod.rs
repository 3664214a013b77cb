//! `imr export`: the items a request matches, and their letters, as two
//! tables for analysts (`items.*`, one row per decided item; `letters.*`,
//! one row per letter), joinable on `case_number` (or `file`, never empty).
//!
//! - [`columns`]: the tables' columns, derived from the field table.
//! - [`writer`]: the [`TableSink`] trait, CSV and JSON Lines sinks.
//! - `parquet_sink`: the Parquet sink.
//! - [`docs`]: the column tables of `index_schema/EXPORT.md`.
//!
//! The matching is the search's own ([`IndexSearcher::scan`]: the same
//! query, filters and dates as `search`), streamed one letter at a time:
//! memory holds the matches' document numbers (4 bytes an item), one letter
//! and one row group per table, whatever the index's size. Files are
//! written under a temporary name in the target folder and renamed when
//! complete, so a failed export leaves no half table behind.

pub mod columns;
pub mod docs;
mod parquet_sink;
pub mod writer;

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use serde::Serialize;

use crate::search::{IndexSearcher, Scan, ScannedLetter, SearchError, SearchRequest};
pub use columns::{all_columns, columns, Column, ColumnType, Table, Value};
pub use parquet_sink::{message_type, ParquetSink, ROW_GROUP_BYTES, ROW_GROUP_ROWS};
pub use writer::{CsvSink, JsonlSink, SinkError, TableSink, LIST_SEPARATOR};

/// The file format of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Apache Parquet (typed columns, zstd-compressed).
    #[default]
    Parquet,
    /// CSV with a header row (lists joined with ` | `).
    Csv,
    /// JSON Lines (one object per row).
    Jsonl,
}

impl Format {
    /// The tables' file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Parquet => "parquet",
            Format::Csv => "csv",
            Format::Jsonl => "jsonl",
        }
    }
}

/// What exporting can fail with. Every message is meant for the user.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The request or the index failed (a bad filter, no index, ...).
    #[error(transparent)]
    Search(#[from] SearchError),
    /// A table file is there already.
    #[error("{} already exists; pass --force to overwrite it", .0.display())]
    Exists(PathBuf),
    /// The target is not a folder.
    #[error("{} is not a folder", .0.display())]
    NotAFolder(PathBuf),
    /// The target folder cannot be made or written in.
    #[error("cannot write in {}: {source}", path.display())]
    Folder {
        /// The folder.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// Writing a table failed.
    #[error("writing {}: {source}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        source: SinkError,
    },
}

/// Progress of an export, in matching documents.
pub trait ExportProgress {
    /// The export has `documents` matching documents to write.
    fn start(&mut self, _documents: u64) {}
    /// `documents` more are written.
    fn advance(&mut self, _documents: u64) {}
    /// Done.
    fn finish(&mut self) {}
}

/// An [`ExportProgress`] that reports nothing.
pub struct NoExportProgress;

impl ExportProgress for NoExportProgress {}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExportSummary {
    /// Rows of the letters table.
    pub letters: u64,
    /// Rows of the items table.
    pub items: u64,
    /// Matching documents (`search`'s total; a letter without recognised
    /// items is one document and no item row).
    pub documents: u64,
    /// The files written, letters first.
    pub files: Vec<PathBuf>,
    /// Wall time.
    pub seconds: f64,
}

/// Rows written by [`write_tables`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Letter rows.
    pub letters: u64,
    /// Item rows.
    pub items: u64,
    /// Matching documents.
    pub documents: u64,
}

/// Letters read ahead of the writing (the reading thread waits beyond).
const LETTERS_AHEAD: usize = 64;

/// Writes every letter of `scan` to `letters` and its matching items to
/// `items` (either may be absent), then finishes both. Two threads: one
/// reads and decodes the letters from the index, this one encodes and
/// writes them, at most [`LETTERS_AHEAD`] letters apart.
pub fn write_tables(
    scan: &mut Scan,
    letters: Option<&mut dyn TableSink>,
    items: Option<&mut dyn TableSink>,
    progress: &mut dyn ExportProgress,
) -> Result<Counts, TableError> {
    std::thread::scope(|s| {
        let (tx, rx) = std::sync::mpsc::sync_channel(LETTERS_AHEAD);
        let reader = s.spawn(move || {
            while let Some(next) = scan.next_letter().transpose() {
                let failed = next.is_err();
                // A closed channel: the writing failed and stopped.
                if tx.send(next).is_err() || failed {
                    break;
                }
            }
        });
        let written = write_letters(rx.iter(), letters, items, progress);
        drop(rx);
        if let Err(panic) = reader.join() {
            std::panic::resume_unwind(panic);
        }
        written
    })
}

fn write_letters(
    found: impl Iterator<Item = Result<ScannedLetter, SearchError>>,
    mut letters: Option<&mut dyn TableSink>,
    mut items: Option<&mut dyn TableSink>,
    progress: &mut dyn ExportProgress,
) -> Result<Counts, TableError> {
    let letter_columns = columns(Table::Letters);
    let item_columns = columns(Table::Items);
    let mut counts = Counts::default();
    let width = letter_columns.len().max(item_columns.len());
    for found in found {
        let found = found?;
        let letter = &found.letter;
        let mut row = Vec::with_capacity(width);
        if let Some(sink) = letters.as_deref_mut() {
            row.extend(letter_columns.iter().map(|c| c.source.value(letter, None)));
            sink.write_row(&row).map_err(TableError::Letters)?;
        }
        counts.letters += 1;
        if let Some(sink) = items.as_deref_mut() {
            for &i in &found.items {
                let item = Some((i, &letter.items[i]));
                row.clear();
                row.extend(item_columns.iter().map(|c| c.source.value(letter, item)));
                sink.write_row(&row).map_err(TableError::Items)?;
            }
        }
        counts.items += found.items.len() as u64;
        counts.documents += found.documents;
        progress.advance(found.documents);
    }
    if let Some(sink) = letters {
        sink.finish().map_err(TableError::Letters)?;
    }
    if let Some(sink) = items {
        sink.finish().map_err(TableError::Items)?;
    }
    Ok(counts)
}

/// What [`write_tables`] can fail with: the search, or one table's sink.
#[derive(Debug, thiserror::Error)]
pub enum TableError {
    /// Reading the matches failed.
    #[error(transparent)]
    Search(#[from] SearchError),
    /// Writing the letters table failed.
    #[error("{0}")]
    Letters(SinkError),
    /// Writing the items table failed.
    #[error("{0}")]
    Items(SinkError),
}

/// A table file being written: its final path and its temporary one.
struct Target {
    path: PathBuf,
    partial: PathBuf,
}

impl Target {
    fn new(dir: &Path, table: Table, format: Format) -> Target {
        let name = format!("{}.{}", table.name(), format.extension());
        Target {
            path: dir.join(&name),
            partial: dir.join(format!(".{name}.partial")),
        }
    }

    fn create(&self) -> Result<BufWriter<File>, ExportError> {
        let file = File::create(&self.partial).map_err(|source| ExportError::Folder {
            path: self
                .partial
                .parent()
                .unwrap_or(Path::new("."))
                .to_path_buf(),
            source,
        })?;
        Ok(BufWriter::with_capacity(1 << 20, file))
    }
}

fn sink(
    out: BufWriter<File>,
    table: Table,
    format: Format,
) -> Result<Box<dyn TableSink>, SinkError> {
    let cols = columns(table);
    Ok(match format {
        Format::Parquet => Box::new(ParquetSink::new(out, table, cols)?),
        Format::Csv => Box::new(CsvSink::new(out, cols)?),
        Format::Jsonl => Box::new(JsonlSink::new(out, cols)),
    })
}

/// Checks the target folder: made when missing, refused when a file, and
/// its tables refused when there unless `force`.
fn prepare(dir: &Path, targets: &[Target], force: bool) -> Result<(), ExportError> {
    if dir.exists() && !dir.is_dir() {
        return Err(ExportError::NotAFolder(dir.to_path_buf()));
    }
    std::fs::create_dir_all(dir).map_err(|source| ExportError::Folder {
        path: dir.to_path_buf(),
        source,
    })?;
    if !force {
        if let Some(t) = targets.iter().find(|t| t.path.exists()) {
            return Err(ExportError::Exists(t.path.clone()));
        }
    }
    Ok(())
}

/// Exports what `req` matches (its query, filters and dates; page, sort
/// and facets are ignored) into `dir` as `letters.EXT` and `items.EXT`.
pub fn export(
    searcher: &IndexSearcher,
    req: &SearchRequest,
    dir: &Path,
    format: Format,
    force: bool,
    progress: &mut dyn ExportProgress,
) -> Result<ExportSummary, ExportError> {
    let started = Instant::now();
    let targets = [
        Target::new(dir, Table::Letters, format),
        Target::new(dir, Table::Items, format),
    ];
    // The request is checked before anything is written.
    let mut scan = searcher.scan(req)?;
    prepare(dir, &targets, force)?;
    let result = write_files(&mut scan, &targets, format, progress);
    if result.is_err() {
        for t in &targets {
            let _ = std::fs::remove_file(&t.partial);
        }
    }
    progress.finish();
    let counts = result?;
    Ok(ExportSummary {
        letters: counts.letters,
        items: counts.items,
        documents: counts.documents,
        files: targets.iter().map(|t| t.path.clone()).collect(),
        seconds: started.elapsed().as_secs_f64(),
    })
}

fn write_files(
    scan: &mut Scan,
    targets: &[Target; 2],
    format: Format,
    progress: &mut dyn ExportProgress,
) -> Result<Counts, ExportError> {
    let [letters_at, items_at] = targets;
    let write_error = |t: &Target| {
        let path = t.path.clone();
        move |source| ExportError::Write { path, source }
    };
    let mut letters =
        sink(letters_at.create()?, Table::Letters, format).map_err(write_error(letters_at))?;
    let mut items =
        sink(items_at.create()?, Table::Items, format).map_err(write_error(items_at))?;
    progress.start(scan.total());
    let counts = write_tables(scan, Some(letters.as_mut()), Some(items.as_mut()), progress)
        .map_err(|e| match e {
            TableError::Search(e) => ExportError::Search(e),
            TableError::Letters(source) => write_error(letters_at)(source),
            TableError::Items(source) => write_error(items_at)(source),
        })?;
    drop((letters, items));
    for t in targets {
        std::fs::rename(&t.partial, &t.path).map_err(|source| ExportError::Write {
            path: t.path.clone(),
            source: source.into(),
        })?;
    }
    Ok(counts)
}

/// Writes the items table of `scan` as CSV to `out` (the web page's
/// *Download CSV*), flushing it at the end.
pub fn items_csv<W: Write>(scan: &mut Scan, out: W) -> Result<Counts, TableError> {
    let mut sink = CsvSink::new(out, columns(Table::Items)).map_err(TableError::Items)?;
    write_tables(scan, None, Some(&mut sink), &mut NoExportProgress)
}
