//! Damaged copies of the real letters against poppler: a file that
//! `pdftotext` reads to more than 200 words must be read by us too (the
//! cross-reference table rebuilt when it is broken), and no file may make
//! the reader panic. The damage is seeded ([`imr_letter::mutate`]'s PDF
//! operators: truncation, flipped bytes, another letter spliced in), so a
//! failure names a mutant that can be made again (`IMR_DAMAGED_DUMP=dir`
//! writes every mutant there).

use std::io::Write;
use std::process::{Command, Stdio};

use imr_letter::extract::{letter_text, DocKind, ExtractError};
use imr_letter::mutate::{damage_pdf, PdfOp, Rng};

use crate::real_letters::support::{have_pdftotext, real_pdfs};

/// How many damaged copies are made (`IMR_DAMAGED_MUTANTS` for a longer
/// run).
const MUTANTS: usize = 300;
/// What poppler must read for the file to count as readable.
const MIN_WORDS: usize = 200;

/// Words `pdftotext` reads from `bytes` (0 when it fails).
fn poppler_words(bytes: &[u8]) -> usize {
    let Ok(mut child) = Command::new("pdftotext")
        .args(["-q", "-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
    else {
        return 0;
    };
    if let Some(mut stdin) = child.stdin.take() {
        // A write error means poppler stopped reading: its output says
        // what it read.
        let _ = stdin.write_all(bytes);
    }
    child
        .wait_with_output()
        .map(|o| {
            String::from_utf8_lossy(&o.stdout)
                .split_whitespace()
                .count()
        })
        .unwrap_or(0)
}

#[test]
fn damaged_letters_poppler_reads_are_read() {
    let test = "damaged_letters_poppler_reads_are_read";
    let Some(paths) = real_pdfs(test) else {
        return;
    };
    if !have_pdftotext(test) {
        return;
    }
    let letters: Vec<Vec<u8>> = paths.iter().map(|p| std::fs::read(p).unwrap()).collect();
    let mutants = std::env::var("IMR_DAMAGED_MUTANTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(MUTANTS);
    let mut rng = Rng::new(0x26_DA3A6E);
    let (mut poppler, mut ours, mut repaired) = (0, 0, 0);
    let mut lost = Vec::new();
    let mut panics = Vec::new();
    for m in 0..mutants {
        let op = PdfOp::ALL[m % PdfOp::ALL.len()];
        let seed = &letters[rng.below(letters.len())];
        let other = &letters[rng.below(letters.len())];
        let bytes = damage_pdf(op, seed, other, &mut rng);
        let words = poppler_words(&bytes);
        let got = letter_text(&bytes, DocKind::Pdf);
        if let Err(ExtractError::Panicked(p)) = &got {
            panics.push(format!("mutant {m} ({op:?}): {p}"));
        }
        let read = got.as_ref().is_ok_and(|t| !t.text.trim().is_empty());
        // IMR_DAMAGED_DUMP=dir keeps every mutant, named by what poppler
        // and we made of it, for a look or for another build to read.
        if let Ok(dir) = std::env::var("IMR_DAMAGED_DUMP") {
            let verdict = if read { "read" } else { "lost" };
            let name = format!("{dir}/mutant-{m:04}-{words}w-{verdict}.pdf");
            let _ = std::fs::write(name, &bytes);
        }
        if read {
            ours += 1;
            let warned = got.as_ref().is_ok_and(|t| {
                t.warnings
                    .iter()
                    .any(|w| *w == imr_letter::warning::pdf_repaired())
            });
            repaired += usize::from(warned);
        }
        if words > MIN_WORDS {
            poppler += 1;
            if !read {
                lost.push(format!("mutant {m} ({op:?}, {words} words): {got:?}"));
            }
        }
    }
    eprintln!(
        "damaged letters: {mutants} mutants; pdftotext reads {poppler} to more than \
         {MIN_WORDS} words; imr reads {ours} ({repaired} through a rebuilt table); \
         {} poppler reads that imr does not; {} panics",
        lost.len(),
        panics.len()
    );
    assert!(panics.is_empty(), "{}", panics.join("\n"));
    assert!(lost.is_empty(), "{}", lost.join("\n"));
}
