//! PDF throughput beside text: letters/s for the PDF fixtures in
//! `crates/letter/tests/pdf/` (extraction + parse), for their text twins
//! (parse), and for the real letters of `../shared/real-letters` when present.
//! `cargo bench -p imr-bench --bench pdf`; criterion's "elements" throughput is letters/s.

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use imr_letter::extract::DocKind;
use imr_letter::ingest::letter_from_bytes;

const TWINS: [&str; 4] = [
    "CM13-0058814",
    "CM14-0119870",
    "CM14-0187733",
    "CM15-0208871",
];

fn read(rel: String) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join(rel),
    )
    .unwrap_or_default()
}

fn bench_pdf(c: &mut Criterion) {
    let pdfs: Vec<Vec<u8>> = TWINS
        .iter()
        .map(|s| read(format!("crates/letter/tests/pdf/{s}.pdf")))
        .collect();
    let txts: Vec<Vec<u8>> = TWINS
        .iter()
        .map(|s| read(format!("corpus_samples/{s}.txt")))
        .collect();
    let mut group = c.benchmark_group("letters");
    group.throughput(Throughput::Elements(TWINS.len() as u64));
    for (name, files, kind) in [("pdf", &pdfs, DocKind::Pdf), ("text", &txts, DocKind::Text)] {
        group.bench_function(name, |b| {
            b.iter(|| {
                files
                    .iter()
                    .filter_map(|f| letter_from_bytes(std::hint::black_box(f), kind, None).ok())
                    .map(|l| l.items.len())
                    .sum::<usize>()
            })
        });
    }
    group.finish();

    // The real letters as the DWC posts them, when the shared folder is
    // there: what a user's archive costs per letter.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/real-letters");
    let mut real: Vec<Vec<u8>> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "pdf"))
        .filter_map(|e| std::fs::read(e.path()).ok())
        .collect();
    real.sort();
    if real.is_empty() {
        eprintln!(
            "pdf bench: {} not found: the real-letter group is skipped",
            dir.display()
        );
        return;
    }
    let mut group = c.benchmark_group("real letters");
    group.throughput(Throughput::Elements(real.len() as u64));
    group.bench_function("pdf", |b| {
        b.iter(|| {
            real.iter()
                .filter_map(|f| letter_from_bytes(std::hint::black_box(f), DocKind::Pdf, None).ok())
                .map(|l| l.items.len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench_pdf);
criterion_main!(benches);
