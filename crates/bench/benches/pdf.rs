//! PDF throughput beside text: letters/s for the PDF fixtures in
//! `crates/letter/tests/pdf/` (extraction + parse) and for their text twins (parse).
//! `cargo bench --bench pdf`; criterion's "elements" throughput is letters/s.

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
}

criterion_group!(benches, bench_pdf);
criterion_main!(benches);
