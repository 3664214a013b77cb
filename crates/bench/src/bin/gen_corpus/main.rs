//! Synthetic IMR decision letter corpus for load tests and benchmarks.
//!
//! ```text
//! cargo run --release -p imr-bench --bin gen_corpus -- --out DIR --count N [--seed S] [--shard-size K]
//! ```
//!
//! Writes `N` letters into `DIR/00000/`, `DIR/00001/`, ... (1,000 files per
//! shard) in the three published layouts (about 70% 2014 determinations, 15%
//! 2013 letterheads, 15% medical professional reviews), with the
//! PDF-to-text artefacts that published letters carry: lines
//! followed by empty lines or not, trailing spaces or not, CRLF, form feeds
//! with running footers and case-number headers, Windows-1252 apostrophes,
//! header tables flat or flattened, glued dates and diagnoses, long item
//! names that wrap, and hashed file names for letters without a case number.
//!
//! Output is a pure function of `(seed, letter index)`: every letter draws
//! from its own random stream, so the corpus is identical whatever the
//! thread count. Case numbers come from a bijection on the index, so they are
//! unique up to ten million letters.
//!
//! Speed: each rayon task owns one shard and reuses its text buffers for all
//! its letters, so a letter costs no allocation once the buffers have grown.
//! The rationales are assembled from pools of sentences, so phrase queries
//! against the corpus get realistic, skewed hit counts.
//!
//! Files: `main.rs` (options, shards, files), `rng.rs` (the random
//! streams), `date.rs`, `model.rs` (what a letter is made of: layouts,
//! services, citations), `vocab.rs` (services, citations, reviewers) and
//! `prose.rs` (sentence pools), `letter.rs` (one letter's facts and shared
//! sections), `layouts.rs` (the three layouts) and `render.rs` (the
//! PDF-to-text artefacts).

mod date;
mod layouts;
mod letter;
mod model;
#[rustfmt::skip]
mod prose;
mod render;
mod rng;
#[rustfmt::skip]
mod vocab;

use std::fs::{self, File};
use std::io::{BufWriter, Write as _};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::Parser;
use rayon::prelude::*;

use letter::Gen;

/// Command-line options.
#[derive(Parser, Debug)]
#[command(about = "Write a synthetic corpus of IMR decision letters")]
struct Args {
    /// Output directory (created if missing); shards go in numbered subfolders.
    #[arg(long)]
    out: PathBuf,
    /// Number of letters to write (at most 10,000,000).
    #[arg(long)]
    count: u64,
    /// Seed for the random streams; the same seed gives the same corpus.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Letters per shard subfolder.
    #[arg(long, default_value_t = 1000)]
    shard_size: u64,
}

fn main() -> Result<()> {
    let args = Args::parse();
    if args.count > 10_000_000 {
        bail!(
            "--count {} is above 10,000,000: case numbers would repeat",
            args.count
        );
    }
    if args.shard_size == 0 {
        bail!("--shard-size must be at least 1");
    }
    fs::create_dir_all(&args.out)
        .with_context(|| format!("creating output directory {}", args.out.display()))?;
    let start = Instant::now();
    let shards = args.count.div_ceil(args.shard_size);
    let bytes: u64 = (0..shards)
        .into_par_iter()
        .map(|shard| {
            let first = shard * args.shard_size;
            let last = (first + args.shard_size).min(args.count);
            write_shard(&args.out, shard, first..last, args.seed)
        })
        .try_reduce(|| 0, |a, b| Ok(a + b))?;
    let secs = start.elapsed().as_secs_f64();
    println!(
        "files: {}  bytes: {} ({:.1} MB)  seconds: {:.2}  ({:.0} letters/s, {:.1} MB/s)",
        args.count,
        bytes,
        bytes as f64 / 1e6,
        secs,
        args.count as f64 / secs.max(1e-9),
        bytes as f64 / 1e6 / secs.max(1e-9)
    );
    Ok(())
}

/// Writes one shard folder; returns the bytes written.
fn write_shard(out: &Path, shard: u64, range: std::ops::Range<u64>, seed: u64) -> Result<u64> {
    let dir = out.join(format!("{shard:05}"));
    fs::create_dir_all(&dir).with_context(|| format!("creating shard {}", dir.display()))?;
    let mut gen = Gen::new();
    let mut path = dir.clone();
    let mut total = 0;
    for index in range {
        gen.letter(index, seed);
        path.push(&gen.file_name);
        let file = File::create(&path).with_context(|| format!("creating {}", path.display()))?;
        let mut w = BufWriter::with_capacity(64 * 1024, file);
        w.write_all(&gen.out)
            .and_then(|()| w.flush())
            .with_context(|| format!("writing {}", path.display()))?;
        path.pop();
        total += gen.out.len() as u64;
    }
    Ok(total)
}
