//! `imr index` over a folder mixing PDFs and text letters: PDFs are indexed,
//! a PDF and a .txt of the same case are one letter, bad PDFs are skipped
//! with their reason and never stop the run, and reruns are incremental.

use std::fs;
use std::path::Path;

use imr_index::build::{build_index, BuildOptions, NoProgress};

fn copy(from: &str, to: &Path) {
    let root = crate::root();
    fs::copy(root.join(from), to).unwrap_or_else(|e| panic!("{from}: {e}"));
}

#[test]
fn pdfs_index_beside_text_and_bad_ones_are_skipped() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    fs::create_dir_all(corpus.join("pdf")).unwrap();
    for stem in ["CM14-0187733", "CM15-0208871"] {
        copy(
            &format!("crates/letter/tests/pdf/{stem}.pdf"),
            &corpus.join(format!("pdf/{stem}.pdf")),
        );
    }
    // The text twin of one PDF: the same letter, so a duplicate.
    copy(
        "corpus_samples/CM14-0187733.txt",
        &corpus.join("twin-CM14-0187733.txt"),
    );
    copy(
        "corpus_samples/CM14-0098215.txt",
        &corpus.join("CM14-0098215.txt"),
    );
    for bad in [
        "bad_encrypted.pdf",
        "bad_image_only.pdf",
        "bad_not_a_pdf.pdf",
        "bad_truncated.pdf",
    ] {
        copy(&format!("crates/letter/tests/pdf/{bad}"), &corpus.join(bad));
    }
    let mut opts = BuildOptions::new(&corpus, tmp.path().join("index"));
    opts.threads = 2;
    let s = build_index(&opts, &mut NoProgress).unwrap();

    assert_eq!(s.letters, 3, "two PDFs and one text letter");
    assert_eq!(s.total_letters, 3);
    assert_eq!(s.pdf.files, 6);
    assert_eq!(s.text.files, 2);
    assert!(s.pdf.letters_per_sec_per_thread > 0.0);
    assert_eq!(s.duplicates.len(), 1, "{:?}", s.duplicates);
    assert_eq!(s.duplicates[0].kept, "pdf/CM14-0187733.pdf");
    assert_eq!(s.duplicates[0].duplicate, "twin-CM14-0187733.txt");
    assert_eq!(s.duplicates[0].key, "CM14-0187733");
    let reasons: Vec<(&str, &str)> = s
        .skipped
        .iter()
        .map(|k| (k.file.as_str(), k.reason.as_str()))
        .collect();
    assert_eq!(reasons.len(), 4, "{reasons:?}");
    assert_eq!(
        reasons[0],
        ("bad_encrypted.pdf", "encrypted: needs a password")
    );
    assert!(reasons[1].1.starts_with("no text layer: needs OCR"));
    assert_eq!(reasons[2].1, "not a PDF (no %PDF- header)");
    assert!(reasons[3].1.starts_with("malformed PDF"), "{reasons:?}");
    assert_eq!(s.items, 6 + 2 + 2);

    // A second pass reads nothing; every file keeps its status.
    let again = build_index(&opts, &mut NoProgress).unwrap();
    assert_eq!(again.letters, 0);
    assert_eq!(again.unchanged, 8);
    assert_eq!(again.pdf.files, 0);
    assert_eq!(again.skipped.len(), 4);
    assert_eq!(again.duplicates.len(), 1);
    assert_eq!(again.total_letters, 3);
}
