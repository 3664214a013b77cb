//! `imr export DIR [QUERY]`: the matching items and their letters as two
//! tables (`items.*`, `letters.*`) for DuckDB, pandas, R or a spreadsheet;
//! the columns are in `index_schema/EXPORT.md`. Progress on stderr (a bar
//! on a terminal), a summary on stdout.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::Context;
use imr_search::export::{export, ExportProgress, Format};
use imr_search::search::IndexSearcher;
use indicatif::{ProgressBar, ProgressStyle};

use super::args::QueryArgs;
use super::search::describe;
use super::Status;

/// Arguments of `imr export`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder to write `letters.EXT` and `items.EXT` in (made when missing).
    pub dir: PathBuf,
    #[command(flatten)]
    pub query: QueryArgs,
    /// Table format: parquet (typed), csv (lists joined with " | ") or
    /// jsonl.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
    /// Overwrite tables already in DIR.
    #[arg(long)]
    pub force: bool,
}

/// Progress on stderr: a bar on a terminal, else a line every few seconds
/// (only for long exports).
struct Reporter {
    bar: Option<ProgressBar>,
    done: u64,
    total: u64,
    last_line: Instant,
}

impl ExportProgress for Reporter {
    fn start(&mut self, documents: u64) {
        self.total = documents;
        self.last_line = Instant::now();
        if std::io::stderr().is_terminal() && documents > 0 {
            let style = ProgressStyle::with_template("{bar:30} {pos}/{len} items  ETA {eta}")
                .unwrap_or_else(|_| ProgressStyle::default_bar());
            self.bar = Some(ProgressBar::new(documents).with_style(style));
        }
    }

    fn advance(&mut self, documents: u64) {
        self.done += documents;
        if let Some(bar) = &self.bar {
            bar.set_position(self.done);
        } else if self.last_line.elapsed() >= Duration::from_secs(5) {
            self.last_line = Instant::now();
            eprintln!("imr export: {}/{} items", self.done, self.total);
        }
    }

    fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

/// Runs `imr export`: exit 0 when something matched, 1 when nothing did
/// (the tables are written all the same, with their header only).
pub fn run(args: Args) -> anyhow::Result<Status> {
    let searcher = IndexSearcher::open_for_export(args.query.index())?;
    let req = args.query.request();
    let mut reporter = Reporter {
        bar: None,
        done: 0,
        total: 0,
        last_line: Instant::now(),
    };
    let summary = export(
        &searcher,
        &req,
        &args.dir,
        args.format,
        args.force,
        &mut reporter,
    )?;
    let mut out = std::io::stdout().lock();
    for file in &summary.files {
        writeln!(out, "wrote {}", file.display())?;
    }
    writeln!(
        out,
        "exported {} letters, {} items in {:.1} s",
        summary.letters, summary.items, summary.seconds
    )?;
    out.flush().context("writing to stdout")?;
    if summary.documents == 0 {
        eprintln!("no hits for {}", describe(&req.query));
        return Ok(Status::NotFound);
    }
    Ok(Status::Found)
}
