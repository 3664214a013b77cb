//! The mutation harness ([`imr_letter::mutate`]) as part of the suite: a
//! short fixed-seed run over the bundled samples and the real letters (their
//! PDFs damaged as bytes, and their text as read by our own reader damaged
//! as text). It asserts what must hold whatever happened to a file: the
//! parser returns, guideline paths obey the path rule, and no letter has
//! more items than item-shaped lines. Time is not asserted here (timing
//! belongs in benches): the long run, `cargo run -p imr-bench --release
//! --bin fuzz -- --mutants 100000`, also reports the worst time per byte
//! against the undamaged letter's.

use imr_letter::extract::DocKind;
use imr_letter::mutate::{self, Seed};

use crate::real_letters::support::real_pdfs;

/// The bundled samples, as text seeds.
fn sample_seeds() -> Vec<Seed> {
    let dir = crate::root().join("corpus_samples");
    let mut seeds: Vec<Seed> = std::fs::read_dir(&dir)
        .expect("corpus_samples")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| Seed {
            name: p.file_name().unwrap().to_string_lossy().into_owned(),
            bytes: std::fs::read(&p).unwrap(),
            kind: DocKind::Text,
        })
        .collect();
    seeds.sort_by(|a, b| a.name.cmp(&b.name));
    assert!(seeds.len() >= 10, "samples missing");
    seeds
}

fn assert_clean(report: &mutate::Report, mutants: usize) {
    assert_eq!(report.mutants, mutants);
    let shown: Vec<String> = report
        .findings
        .iter()
        .take(10)
        .map(|f| format!("{} / {} / mutant {}: {}", f.seed, f.op, f.mutant, f.what))
        .collect();
    assert!(
        report.findings.is_empty(),
        "{} findings, first ones:\n{}",
        report.findings.len(),
        shown.join("\n")
    );
}

#[test]
fn damaged_samples_parse_and_obey_the_rules() {
    let seeds = sample_seeds();
    // Every small operator meets every sample.
    let ops = mutate::TextOp::small();
    let mutants = seeds.len() * ops.len();
    let report = mutate::run(&seeds, &ops, mutants, 0x1_2345, false, |_| {});
    assert_clean(&report, mutants);
}

#[test]
fn samples_made_huge_parse_and_obey_the_rules() {
    // A 2 MB line, 2,000 item headings, 20,000 citations: on two samples
    // each here (seconds in a debug build), on every letter in the long run.
    let seeds: Vec<Seed> = sample_seeds().into_iter().step_by(9).take(2).collect();
    let mutants = seeds.len() * mutate::TextOp::BIG.len();
    let report = mutate::run(&seeds, &mutate::TextOp::BIG, mutants, 0xB16, false, |_| {});
    assert_clean(&report, mutants);
}

#[test]
fn damaged_real_letters_parse_and_obey_the_rules() {
    let Some(pdfs) = real_pdfs("damaged_real_letters_parse_and_obey_the_rules") else {
        return;
    };
    let seeds: Vec<Seed> = pdfs
        .iter()
        .map(|p| Seed {
            name: p.file_name().unwrap().to_string_lossy().into_owned(),
            bytes: std::fs::read(p).unwrap(),
            kind: DocKind::Pdf,
        })
        .collect();
    let mutants = seeds.len() * 6;
    let report = mutate::run(
        &seeds,
        &mutate::TextOp::small(),
        mutants,
        0x5EED,
        false,
        |_| {},
    );
    assert_clean(&report, mutants);
    assert!(report.pdf_mutants > 0);
    eprintln!(
        "fuzz: {} mutants of {} real letters, {} as PDF bytes ({} refused, {} reader panics contained)",
        report.mutants,
        seeds.len(),
        report.pdf_mutants,
        report.pdf_refused,
        report.pdf_reader_panics
    );
}
