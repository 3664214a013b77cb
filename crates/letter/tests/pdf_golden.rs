//! Each PDF fixture in `tests/pdf/` (made by `tools/make_pdf_fixtures.py`
//! from a sample letter) parses to the same record as its text twin in
//! `corpus_samples/`, every field but `file` compared; and each bad PDF
//! fails with its own clear error instead of a panic or an empty record.

use std::path::{Path, PathBuf};

use imr_letter::extract::{letter_text, DocKind, ExtractError};
use imr_letter::ingest::letter_from_bytes;

fn root() -> PathBuf {
    crate::root()
}

fn record(path: &Path) -> serde_json::Value {
    let bytes = std::fs::read(path).expect("fixture readable");
    let kind = DocKind::detect(path, &bytes).expect("known kind");
    let letter = letter_from_bytes(&bytes, kind, None).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    serde_json::to_value(&letter).expect("serialises")
}

#[test]
fn pdf_records_equal_their_text_twins() {
    let twins = [
        "CM13-0058814", // 2013 letterhead, set with fi/fl/ffi ligatures
        "CM14-0119870", // twin has a form feed where the PDF breaks the page
        "CM14-0187733", // 6 items, short pages: breaks fall inside rationales
        "CM15-0208871", // professional review layout
    ];
    for stem in twins {
        let pdf = record(&root().join(format!("crates/letter/tests/pdf/{stem}.pdf")));
        let txt = record(&root().join(format!("corpus_samples/{stem}.txt")));
        assert!(
            txt["items"].as_array().is_some_and(|a| !a.is_empty()),
            "{stem}: twin has items"
        );
        let obj = txt.as_object().expect("record is an object");
        for (key, want) in obj {
            assert_eq!(&pdf[key], want, "{stem}: field {key} differs");
        }
    }
}

#[test]
fn pdf_text_has_page_breaks_and_no_ligatures_left_after_cleaning() {
    let bytes = std::fs::read(root().join("crates/letter/tests/pdf/CM14-0187733.pdf")).unwrap();
    let got = letter_text(&bytes, DocKind::Pdf).unwrap();
    assert!(got.warnings.is_empty(), "{:?}", got.warnings);
    // Four pages, joined by form feeds as PDF-to-text tools do.
    assert_eq!(got.text.matches('\u{c}').count(), 3);
    assert!(got.text.contains("Page 2 of 4"));
    let bytes = std::fs::read(root().join("crates/letter/tests/pdf/CM13-0058814.pdf")).unwrap();
    let raw = letter_text(&bytes, DocKind::Pdf).unwrap().text;
    assert!(raw.contains('\u{fb01}'), "fixture keeps its ligatures");
    let cleaned = imr_letter::clean::clean(&raw);
    assert!(!cleaned.contains('\u{fb01}') && !cleaned.contains("Page 1 of"));
}

#[test]
fn bad_pdfs_fail_with_clear_errors() {
    let err = |name: &str| {
        let bytes = std::fs::read(root().join("crates/letter/tests/pdf").join(name)).unwrap();
        letter_text(&bytes, DocKind::Pdf).expect_err(name)
    };
    assert_eq!(err("bad_encrypted.pdf"), ExtractError::Encrypted);
    assert_eq!(
        err("bad_image_only.pdf"),
        ExtractError::NoTextLayer { pages: 1 }
    );
    assert_eq!(err("bad_not_a_pdf.pdf"), ExtractError::NotAPdf);
    assert!(matches!(
        err("bad_truncated.pdf"),
        ExtractError::Malformed(_)
    ));
    assert_eq!(
        ExtractError::NoTextLayer { pages: 1 }.to_string(),
        "no text layer: needs OCR (1 page(s) of images)"
    );
}

#[test]
fn every_truncation_of_a_pdf_is_an_error_or_text_never_a_panic() {
    let bytes = std::fs::read(root().join("crates/letter/tests/pdf/CM15-0208871.pdf")).unwrap();
    for cut in (0..bytes.len()).step_by(97) {
        // A contained panic is an Err too; what matters is that nothing
        // unwinds out of the call and no empty text passes as a letter.
        if let Ok(t) = letter_text(&bytes[..cut], DocKind::Pdf) {
            assert!(!t.text.trim().is_empty(), "cut at {cut}");
        }
    }
}
