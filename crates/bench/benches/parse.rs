//! Parse throughput, one thread, over the bundled sample letters.
//! `cargo bench -p imr-bench --bench parse` reports MB/s (criterion's throughput).

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn samples() -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus_samples");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter_map(|p| std::fs::read(p).ok())
        .collect()
}

fn bench_parse(c: &mut Criterion) {
    let letters = samples();
    let bytes: usize = letters.iter().map(Vec::len).sum();
    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Bytes(bytes as u64));
    // Cold: the memo tables are emptied before every pass, so each letter's
    // citations and categories are mapped from scratch (the worst case). Warm:
    // they persist, as across a real corpus, which repeats its guideline
    // paragraphs and item names.
    for (name, cold) in [("cold memo", true), ("warm memo", false)] {
        group.bench_function(
            format!("{} sample letters, {name} ({bytes} bytes)", letters.len()),
            |b| {
                b.iter(|| {
                    if cold {
                        imr_letter::normalize::memo::clear();
                    }
                    let mut items = 0;
                    for l in &letters {
                        items += imr_letter::parse_bytes(std::hint::black_box(l), None)
                            .items
                            .len();
                    }
                    items
                })
            },
        );
    }
    // The baseline in the same run: decoding and cleaning alone, so the
    // cost of sectioning and field extraction shows as a ratio.
    group.bench_function("decode+clean only (baseline)", |b| {
        b.iter(|| {
            let mut n = 0;
            for l in &letters {
                n += imr_letter::clean::clean(
                    &imr_letter::decode::decode(std::hint::black_box(l)).text,
                )
                .len();
            }
            n
        })
    });
    group.finish();
}

criterion_group!(benches, bench_parse);
criterion_main!(benches);
