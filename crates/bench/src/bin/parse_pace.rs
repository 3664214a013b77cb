//! How long the parser takes per letter, for before/after comparisons that
//! need the same invocation (the same binary built at two commits) or
//! instruction counts (run it under `valgrind --tool=callgrind` with
//! `--passes 0` and `--passes 1` and subtract: the difference is one pass
//! without start-up).
//!
//! ```text
//! cargo run --release -p imr-bench --bin parse_pace -- [--warmup LIST] --passes 10 FILE...
//! ```
//!
//! Reads every FILE (text letters) once, parses the letters named in the
//! file LIST (one path a line) once, untimed, then parses all of FILE
//! `--passes` times on one thread and prints the wall time per pass and
//! the number of items and reasons seen (which must not change between the
//! builds compared). The warm-up takes the patterns' first compilation
//! (lazy, a fixed cost larger than a pass over a few hundred letters) out
//! of the measure; with the parser's sentence memo it also stands for the
//! letters a long run has read before.

use std::time::Instant;

use anyhow::Context;
use clap::Parser;

#[derive(Debug, Parser)]
struct Args {
    /// Times to parse every file.
    #[arg(long, default_value_t = 10)]
    passes: usize,
    /// A file naming letters (one path a line) to parse once before.
    #[arg(long)]
    warmup: Option<std::path::PathBuf>,
    /// Text letters.
    files: Vec<std::path::PathBuf>,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let mut texts = Vec::with_capacity(args.files.len());
    for f in &args.files {
        let bytes = std::fs::read(f).with_context(|| format!("reading {}", f.display()))?;
        texts.push((
            f.display().to_string(),
            String::from_utf8_lossy(&bytes).into_owned(),
        ));
    }
    if let Some(list) = &args.warmup {
        let names =
            std::fs::read_to_string(list).with_context(|| format!("reading {}", list.display()))?;
        for name in names.lines().filter(|l| !l.trim().is_empty()) {
            let bytes = std::fs::read(name).with_context(|| format!("reading {name}"))?;
            imr_letter::parse_text(&String::from_utf8_lossy(&bytes), Some(name));
        }
    }
    let start = Instant::now();
    let mut items = 0usize;
    let mut reasons = 0usize;
    for _ in 0..args.passes {
        for (name, text) in &texts {
            let letter = imr_letter::parse_text(text, Some(name));
            items += letter.items.len();
            reasons += letter.items.iter().map(|i| i.reasons.len()).sum::<usize>();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let per_pass = if args.passes == 0 {
        0.0
    } else {
        secs / args.passes as f64
    };
    println!(
        "{} files, {} passes: {:.4} s a pass, {} items, {} reasons",
        texts.len(),
        args.passes,
        per_pass,
        items,
        reasons
    );
    Ok(())
}
