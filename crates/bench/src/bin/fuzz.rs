//! The long run of the mutation harness (`imr_letter::mutate`): damaged
//! copies of the bundled samples and the real letters, parsed on every core,
//! each checked (no panic, the guideline path rule, no made-up items) and
//! timed against its undamaged letter.
//!
//! ```text
//! cargo run -p imr-bench --release --bin fuzz -- --mutants 100000 [--seed N]
//!     [--max-doubling 3] [--real-letters ../shared/real-letters]
//! ```
//!
//! Exits 1 when any mutant broke a rule, or when a mutant much slower per
//! byte than its letter also takes more than `--max-doubling` times as long
//! at twice its size (a super-linear case), printing what to rerun; the suite's short run (`cargo test`, crates/letter/tests/fuzz.rs) checks the
//! same rules without timing.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use anyhow::{bail, Context};
use clap::Parser;
use imr_letter::extract::DocKind;
use imr_letter::mutate::{self, Report, Seed, TextOp};
use rayon::prelude::*;

#[derive(Debug, Parser)]
struct Args {
    /// Mutants to parse in all.
    #[arg(long, default_value_t = 10_000)]
    mutants: usize,
    /// Seed of the run; chunk k of the run uses seed + k.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// A mutant whose bytes taken twice over parse more than this many
    /// times slower than the mutant itself is super-linear (2 is linear).
    /// Asked of mutants 10x slower per byte than their letter, of at least
    /// 64 KiB or 20 ms.
    #[arg(long, default_value_t = 3.0)]
    max_doubling: f64,
    /// The real letters' folder (PDFs); skipped when missing.
    #[arg(long, default_value = "../shared/real-letters")]
    real_letters: PathBuf,
    /// The bundled samples' folder.
    #[arg(long, default_value = "corpus_samples")]
    samples: PathBuf,
}

fn seeds_in(dir: &Path, ext: &str, kind: DocKind) -> anyhow::Result<Vec<Seed>> {
    let mut seeds = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(seeds);
    };
    for e in entries {
        let p = e?.path();
        if p.extension().is_some_and(|x| x.eq_ignore_ascii_case(ext)) {
            seeds.push(Seed {
                name: p
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
                bytes: std::fs::read(&p).with_context(|| format!("reading {}", p.display()))?,
                kind,
            });
        }
    }
    seeds.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(seeds)
}

/// Mutants per chunk: small enough to spread over the cores, large enough
/// that each chunk meets every operator on several letters.
const CHUNK: usize = 2_000;

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let mut seeds = seeds_in(&args.samples, "txt", DocKind::Text)?;
    let samples = seeds.len();
    seeds.extend(seeds_in(&args.real_letters, "pdf", DocKind::Pdf)?);
    if seeds.is_empty() {
        bail!(
            "no letters in {} or {}: run from the repository root",
            args.samples.display(),
            args.real_letters.display()
        );
    }
    eprintln!(
        "fuzz: {} mutants of {} letters ({samples} samples, {} real PDFs), seed {}",
        args.mutants,
        seeds.len(),
        seeds.len() - samples,
        args.seed
    );
    let chunks: Vec<(usize, usize)> = (0..args.mutants.div_ceil(CHUNK))
        .map(|k| (k, CHUNK.min(args.mutants - k * CHUNK)))
        .collect();
    let done = AtomicUsize::new(0);
    let started = Instant::now();
    let reports: Vec<(usize, Report)> = chunks
        .par_iter()
        .map(|&(k, n)| {
            let r = mutate::run(&seeds, &TextOp::ALL, n, args.seed + k as u64, true, |_| {
                let d = done.fetch_add(1, Ordering::Relaxed) + 1;
                if d.is_multiple_of(5_000) {
                    eprintln!(
                        "fuzz: {d} / {} mutants, {:.0} s",
                        args.mutants,
                        started.elapsed().as_secs_f64()
                    );
                }
            });
            (k, r)
        })
        .collect();

    let mut total = Report::default();
    let mut slow = Vec::new();
    for (k, r) in reports {
        total.mutants += r.mutants;
        total.pdf_mutants += r.pdf_mutants;
        total.pdf_refused += r.pdf_refused;
        total.pdf_reader_panics += r.pdf_reader_panics;
        total.bytes += r.bytes;
        for mut f in r.findings {
            f.what = format!("{} (chunk seed {})", f.what, args.seed + k as u64);
            total.findings.push(f);
        }
        if let Some((growth, f)) = r.worst_doubling {
            if growth > args.max_doubling {
                slow.push((growth, f.clone(), k));
            }
            mutate::keep_worst(&mut total.worst_doubling, growth, || f);
        }
        if let Some((ratio, f)) = r.worst_time_ratio {
            mutate::keep_worst(&mut total.worst_time_ratio, ratio, || f);
        }
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "{} mutants ({} of PDF bytes: {} refused by the reader, {} reader panics contained), {:.1} MB parsed in {secs:.0} s",
        total.mutants,
        total.pdf_mutants,
        total.pdf_refused,
        total.pdf_reader_panics,
        total.bytes as f64 / 1e6
    );
    if let Some((ratio, f)) = &total.worst_time_ratio {
        println!(
            "slowest per byte against its letter: {ratio:.1}x ({} / {} / mutant {}: {})",
            f.seed, f.op, f.mutant, f.what
        );
    }
    if let Some((growth, f)) = &total.worst_doubling {
        println!(
            "largest growth at twice the size, among the slow ones: {growth:.2}x ({} / {} / mutant {}: {})",
            f.seed, f.op, f.mutant, f.what
        );
    }
    println!("findings: {}", total.findings.len());
    for f in total.findings.iter().take(20) {
        println!("  {} / {} / mutant {}: {}", f.seed, f.op, f.mutant, f.what);
    }
    for (growth, f, k) in &slow {
        println!(
            "  super-linear: {growth:.2}x at twice the size: {} / {} / mutant {} of chunk seed {}: {}",
            f.seed,
            f.op,
            f.mutant,
            args.seed + *k as u64,
            f.what
        );
    }
    if !total.findings.is_empty() || !slow.is_empty() {
        std::process::exit(1);
    }
    Ok(())
}
