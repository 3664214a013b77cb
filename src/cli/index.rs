//! `imr index`: build or update the index from a corpus folder, showing
//! progress on stderr and a summary at the end.

use std::fs::File;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::Context;
use imr_search::build::{build_index, BuildOptions, IndexSummary, Progress};
use imr_search::DEFAULT_INDEX_DIR;
use indicatif::{ProgressBar, ProgressStyle};

use super::{allocator, Status};

/// How the summary is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Lines for people.
    Text,
    /// One JSON object.
    Json,
}

/// Arguments of `imr index`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder of letters (searched recursively; `.txt` and `.pdf` files are letters).
    pub corpus: PathBuf,
    /// Index folder.
    #[arg(long, env = "IMR_INDEX", default_value = DEFAULT_INDEX_DIR)]
    pub index: PathBuf,
    /// Start over: drop the index and build it again.
    #[arg(long)]
    pub rebuild: bool,
    /// Threads for parsing and writing [default: all cores].
    #[arg(long)]
    pub threads: Option<usize>,
    /// Write each letter's parser warnings, and each skipped file, as JSON lines.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Summary format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Commit no more often than every N seconds (and only once enough documents wait, or 300 s passed).
    #[arg(long, hide = true, default_value_t = 30)]
    pub commit_every_secs: u64,
    /// Also commit every N letters (0: by time and documents only).
    #[arg(long, hide = true, default_value_t = 0)]
    pub commit_every: u64,
    /// Test hook: abort the process (as `kill -9` would) after N files.
    #[arg(long, hide = true)]
    pub abort_after: Option<u64>,
}

/// How often the indexing run hands free memory back to the kernel.
const TRIM_EVERY: Duration = Duration::from_secs(2);

/// Progress on stderr: a bar on a terminal, else a line every few seconds.
struct Reporter {
    bar: Option<ProgressBar>,
    files: u64,
    files_total: u64,
    items: u64,
    bytes: u64,
    started: Instant,
    last_line: Instant,
    last_trim: Instant,
    abort_after: Option<u64>,
}

impl Reporter {
    fn new(abort_after: Option<u64>) -> Self {
        Reporter {
            bar: None,
            files: 0,
            files_total: 0,
            items: 0,
            bytes: 0,
            started: Instant::now(),
            last_line: Instant::now(),
            last_trim: Instant::now(),
            abort_after,
        }
    }

    fn mb_per_sec(&self) -> f64 {
        let secs = self.started.elapsed().as_secs_f64();
        if secs > 0.0 {
            self.bytes as f64 / 1e6 / secs
        } else {
            0.0
        }
    }
}

impl Progress for Reporter {
    fn start(&mut self, files: u64, _bytes: u64) {
        // The walk's and the plan's temporaries are gone by now.
        allocator::trim();
        self.last_trim = Instant::now();
        self.files_total = files;
        self.started = Instant::now();
        self.last_line = Instant::now();
        if std::io::stderr().is_terminal() && files > 0 {
            let bar = ProgressBar::new(files);
            let style =
                ProgressStyle::with_template("{bar:30} {pos}/{len} files  {msg}  ETA {eta}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar());
            bar.set_style(style);
            self.bar = Some(bar);
        } else if files > 0 {
            eprintln!("imr index: {files} files to read");
        }
    }

    fn advance(&mut self, bytes: u64, items: u64) {
        self.files += 1;
        self.items += items;
        self.bytes += bytes;
        if let Some(bar) = &self.bar {
            bar.set_position(self.files);
            bar.set_message(format!(
                "{} items  {:.1} MB/s",
                self.items,
                self.mb_per_sec()
            ));
        } else if self.last_line.elapsed() >= Duration::from_secs(5) {
            self.last_line = Instant::now();
            eprintln!(
                "imr index: {}/{} files, {} items, {:.1} MB/s",
                self.files,
                self.files_total,
                self.items,
                self.mb_per_sec()
            );
        }
        // The indexing run is where freed memory piles up (see
        // `allocator`); a trim takes a few milliseconds.
        if self.last_trim.elapsed() >= TRIM_EVERY {
            self.last_trim = Instant::now();
            allocator::trim();
        }
        if self.abort_after.is_some_and(|n| self.files >= n) {
            std::process::abort();
        }
    }

    fn committing(&mut self) {
        if let Some(bar) = &self.bar {
            bar.set_message(format!("{} items  committing", self.items));
        }
    }

    fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

fn write_report(path: &PathBuf, summary: &IndexSummary) -> anyhow::Result<()> {
    let file =
        File::create(path).with_context(|| format!("cannot write --report {}", path.display()))?;
    let mut out = BufWriter::new(file);
    for w in &summary.warnings {
        serde_json::to_writer(&mut out, w)?;
        writeln!(out)?;
    }
    for s in &summary.skipped {
        serde_json::to_writer(
            &mut out,
            &serde_json::json!({ "file": s.file, "skipped": s.reason }),
        )?;
        writeln!(out)?;
    }
    out.flush()
        .with_context(|| format!("cannot write --report {}", path.display()))
}

fn print_text(summary: &IndexSummary) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "indexed {} letters ({} items) in {:.1} s, {:.1} MB/s; {} with warnings",
        summary.letters,
        summary.items,
        summary.seconds,
        summary.mb_per_sec(),
        summary.letters_with_warnings
    )?;
    if summary.citations > 0 {
        // How far to trust the guideline facet: what share of the citations
        // read fell outside the known vocabulary.
        writeln!(
            out,
            "guideline citations: {} read, {} not placed ({:.1}%; `imr parse` or --report lists them)",
            summary.citations,
            summary.citations_unplaced,
            100.0 * summary.citations_unplaced as f64 / summary.citations as f64
        )?;
    }
    if summary.text_only_letters > 0 {
        writeln!(
            out,
            "{} letters could not be parsed: indexed as text only, their words found by text: queries \
             (list them: imr search '*' --filter warning='/text only'; --report FILE says why)",
            summary.text_only_letters
        )?;
    }
    if !summary.letters_by_warning.is_empty() {
        // Largest first: where the parser most needs a look.
        let mut kinds: Vec<(&String, &u64)> = summary.letters_by_warning.iter().collect();
        kinds.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let listed: Vec<String> = kinds.iter().map(|(k, n)| format!("{k} {n}")).collect();
        writeln!(
            out,
            "letters with warnings, by kind: {} (list one kind: imr search '*' --filter warning='/KIND')",
            listed.join(", ")
        )?;
    }
    writeln!(
        out,
        "unchanged {} files, removed {}, skipped {}, duplicates {}",
        summary.unchanged,
        summary.removed,
        summary.skipped.len(),
        summary.duplicates.len()
    )?;
    writeln!(
        out,
        "index holds {} letters, {} documents",
        summary.total_letters, summary.total_docs
    )?;
    // Per-kind throughput only when PDFs were read: text-only runs keep the
    // summary short.
    if summary.pdf.files > 0 {
        for (kind, k) in [("text", &summary.text), ("pdf", &summary.pdf)] {
            writeln!(
                out,
                "{kind}: {} files read, {:.0} letters/s per parse thread",
                k.files, k.letters_per_sec_per_thread
            )?;
        }
    }
    for s in &summary.skipped {
        writeln!(out, "skipped {}: {}", s.file, s.reason)?;
    }
    for d in &summary.duplicates {
        writeln!(
            out,
            "duplicate {} (same letter {} as {})",
            d.duplicate, d.key, d.kept
        )?;
    }
    Ok(())
}

/// Runs `imr index`.
pub fn run(args: Args) -> anyhow::Result<Status> {
    let mut opts = BuildOptions::new(&args.corpus, &args.index);
    opts.rebuild = args.rebuild;
    if let Some(t) = args.threads {
        anyhow::ensure!(t >= 1, "--threads must be at least 1");
        opts.threads = t;
    }
    opts.commit_every_secs = args.commit_every_secs;
    opts.commit_every_letters = args.commit_every;
    let mut reporter = Reporter::new(args.abort_after);
    let summary = build_index(&opts, &mut reporter)?;
    if let Some(path) = &args.report {
        write_report(path, &summary)?;
    }
    match args.format {
        Format::Text => print_text(&summary)?,
        Format::Json => {
            let mut out = std::io::stdout().lock();
            serde_json::to_writer_pretty(&mut out, &summary)?;
            writeln!(out)?;
        }
    }
    Ok(Status::Found)
}
