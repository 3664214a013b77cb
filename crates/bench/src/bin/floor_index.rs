//! The benchmark floor for `imr index`: each letter's raw text indexed as one
//! tantivy text field, with no parsing, no per-item documents and no facets.
//!
//! It uses the analyzer `imr index` registers (same tokenizer, lower-casing,
//! long-token filter, no stemming) and an explicit writer thread count and
//! memory budget, so `bench/run.sh` can show what parsing, item documents and
//! facets cost as a ratio to this figure.
//!
//! ```text
//! cargo run --release -p imr-bench --bin floor_index -- CORPUS OUT [--threads 2] [--budget-mb 400]
//! ```
//!
//! Prints one JSON object on stdout: files, bytes read, seconds, index bytes.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context};
use imr_index::schema::{register_tokenizers, TEXT_ANALYZER};
use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
use tantivy::{doc, Index, IndexWriter};

/// Command-line options.
struct Opts {
    corpus: PathBuf,
    out: PathBuf,
    threads: usize,
    budget_mb: usize,
}

fn parse_args() -> anyhow::Result<Opts> {
    let mut positional = Vec::new();
    let mut threads = 2;
    let mut budget_mb = 400;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--threads" => {
                threads = args
                    .next()
                    .context("--threads needs a value")?
                    .parse()
                    .context("--threads")?;
            }
            "--budget-mb" => {
                budget_mb = args
                    .next()
                    .context("--budget-mb needs a value")?
                    .parse()
                    .context("--budget-mb")?;
            }
            a if a.starts_with("--") => bail!("unknown option {a}"),
            _ => positional.push(PathBuf::from(arg)),
        }
    }
    let [corpus, out]: [PathBuf; 2] = positional.try_into().map_err(|_| {
        anyhow::anyhow!("usage: floor_index CORPUS OUT [--threads N] [--budget-mb MB]")
    })?;
    Ok(Opts {
        corpus,
        out,
        threads: threads.max(1),
        budget_mb,
    })
}

/// Total size of the regular files under `dir`.
fn dir_bytes(dir: &Path) -> u64 {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter_map(|e| e.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum()
}

fn main() -> anyhow::Result<()> {
    let opts = parse_args()?;
    let started = Instant::now();

    // One stored text field with positions, analysed like imr's text fields.
    let mut builder = Schema::builder();
    let indexing = TextFieldIndexing::default()
        .set_tokenizer(TEXT_ANALYZER)
        .set_index_option(IndexRecordOption::WithFreqsAndPositions);
    let body = builder.add_text_field(
        "body",
        TextOptions::default()
            .set_indexing_options(indexing)
            .set_stored(),
    );
    let schema = builder.build();

    if opts.out.exists() {
        std::fs::remove_dir_all(&opts.out)
            .with_context(|| format!("removing {}", opts.out.display()))?;
    }
    std::fs::create_dir_all(&opts.out)
        .with_context(|| format!("creating {}", opts.out.display()))?;
    let index = Index::create_in_dir(&opts.out, schema)?;
    register_tokenizers(&index);
    let mut writer: IndexWriter =
        index.writer_with_num_threads(opts.threads, opts.budget_mb * 1_000_000)?;

    let mut files = 0u64;
    let mut bytes = 0u64;
    for entry in walkdir::WalkDir::new(&opts.corpus).sort_by_file_name() {
        let entry = entry.with_context(|| format!("walking {}", opts.corpus.display()))?;
        let is_txt = entry.path().extension().is_some_and(|e| e == "txt");
        if !entry.file_type().is_file() || !is_txt {
            continue;
        }
        let raw = std::fs::read(entry.path())
            .with_context(|| format!("reading {}", entry.path().display()))?;
        bytes += raw.len() as u64;
        files += 1;
        let text = String::from_utf8_lossy(&raw).into_owned();
        writer.add_document(doc!(body => text))?;
    }
    writer.commit()?;
    writer.wait_merging_threads()?;
    let seconds = started.elapsed().as_secs_f64();

    println!(
        "{{\"files\": {files}, \"bytes\": {bytes}, \"seconds\": {seconds:.3}, \"index_bytes\": {}}}",
        dir_bytes(&opts.out)
    );
    Ok(())
}
