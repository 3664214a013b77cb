//! Twin readings: a letter parses to the same record whatever turned its PDF
//! into text: the project's own PDF reader, poppler's `pdftotext` (default
//! and `-layout`) and pypdf (whose text splits the header label
//! "Application Received:" around the Priority cell's value).
//!
//! Text fields are compared whitespace-normalised and with hyphens ignored: `pdftotext`'s default mode deletes a hyphen that ends
//! a line and glues the halves ("non-" / "certified" -> "noncertified",
//! "11-4-" / "16" -> "11-416"), so which hyphen was there cannot be known
//! from its text; every other difference counts.

use serde_json::Value;

use imr_letter::extract::DocKind;

use super::support::{have_pdftotext, have_pypdf, pdftotext, pypdf, real_pdfs, record, root};

/// Whitespace runs collapsed and, in text of several words, hyphens
/// dropped: the cleaner joins "sprain-" / "strain" into "sprain-strain",
/// which `pdftotext` gives as "sprainstrain". Dates and other one-word
/// values are compared as they are.
fn norm_text(s: &str) -> String {
    let squashed = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if squashed.contains(' ') {
        squashed.replace("- ", "").replace('-', "")
    } else {
        squashed
    }
}

fn normalised(v: &Value) -> Value {
    match v {
        Value::String(s) => Value::String(norm_text(s)),
        Value::Array(a) => Value::Array(a.iter().map(normalised).collect()),
        Value::Object(o) => Value::Object(
            o.iter()
                .filter(|(k, _)| k.as_str() != "file")
                .map(|(k, v)| (k.clone(), normalised(v)))
                .collect(),
        ),
        v => v.clone(),
    }
}

const DATES: [&str; 4] = [
    "assigned_date",
    "decision_date",
    "ur_date",
    "application_received_date",
];

#[derive(Default)]
struct Tally {
    dates: usize,
    case: usize,
    items: usize,
    whole: usize,
}

/// The PDF-to-text tools a twin reading comes from.
#[derive(Clone, Copy)]
enum Reader {
    Pdftotext,
    PdftotextLayout,
    Pypdf,
}

impl Reader {
    fn name(self) -> &'static str {
        match self {
            Reader::Pdftotext => "pdftotext",
            Reader::PdftotextLayout => "pdftotext -layout",
            Reader::Pypdf => "pypdf",
        }
    }

    fn text(self, pdf: &std::path::Path) -> Vec<u8> {
        match self {
            Reader::Pdftotext => pdftotext(pdf, &[]),
            Reader::PdftotextLayout => pdftotext(pdf, &["-layout"]),
            Reader::Pypdf => pypdf(pdf),
        }
    }
}

#[test]
fn pdf_pdftotext_layout_and_pypdf_readings_agree() {
    const TEST: &str = "pdf_pdftotext_layout_and_pypdf_readings_agree";
    let Some(pdfs) = real_pdfs(TEST) else { return };
    // Each tool that is missing is skipped (or fails the test when the real
    // letters are required); the others still run.
    let mut readers = Vec::new();
    if have_pdftotext(TEST) {
        readers.extend([Reader::Pdftotext, Reader::PdftotextLayout]);
    }
    if have_pypdf(TEST) {
        readers.push(Reader::Pypdf);
    }
    if readers.is_empty() {
        return;
    }
    let mut tallies: Vec<Tally> = readers.iter().map(|_| Tally::default()).collect();
    let mut diffs = Vec::new();
    for pdf in &pdfs {
        let stem = pdf.file_stem().and_then(|s| s.to_str()).unwrap_or("?");
        let bytes = std::fs::read(pdf).expect("real letter readable");
        let own = normalised(&record(&bytes, DocKind::Pdf));
        assert!(
            own["items"].as_array().is_some_and(|a| !a.is_empty()),
            "{stem}: the PDF reading has items"
        );
        for (reader, tally) in readers.iter().zip(&mut tallies) {
            let txt = normalised(&record(&reader.text(pdf), DocKind::Text));
            tally.dates += usize::from(DATES.iter().all(|d| txt[d] == own[d]));
            tally.case += usize::from(txt["case_number"] == own["case_number"]);
            tally.items += usize::from(txt["items"] == own["items"]);
            tally.whole += usize::from(txt == own);
            if let Some(obj) = own.as_object() {
                for (key, want) in obj {
                    if &txt[key] != want {
                        diffs.push(format!("{stem} ({}): field {key} differs", reader.name()));
                    }
                }
            }
        }
    }
    for (reader, x) in readers.iter().zip(&tallies) {
        eprintln!(
            "{}: of {n} letters, same four header dates {} / case number {} / items {} / whole record {} as the PDF reading",
            reader.name(),
            x.dates,
            x.case,
            x.items,
            x.whole,
            n = pdfs.len()
        );
    }
    assert!(diffs.is_empty(), "readings differ:\n{}", diffs.join("\n"));
}

/// A fourth reading: the project's own text of each real letter with every
/// line break turned into a space (a copy from a web page or a viewer), and
/// with each paragraph on one line, gives the same items, dates and
/// specialties.
#[test]
fn real_letters_read_the_same_without_line_breaks() {
    const TEST: &str = "real_letters_read_the_same_without_line_breaks";
    let Some(pdfs) = real_pdfs(TEST) else { return };
    for pdf in &pdfs {
        let bytes = std::fs::read(pdf).expect("real letter readable");
        let want = imr_letter::ingest::letter_from_bytes(&bytes, DocKind::Pdf, None)
            .unwrap_or_else(|e| panic!("{pdf:?}: {e}"));
        let flat = crate::patterns::without_line_breaks(&want.text);
        let got = imr_letter::parse_text(&flat, None);
        assert!(!want.items.is_empty(), "{pdf:?}");
        assert_eq!(
            crate::patterns::flat_key(&got),
            crate::patterns::flat_key(&want),
            "{pdf:?}"
        );
        let paragraphs = crate::patterns::one_line_per_paragraph(&want.text);
        // The clean text may have lost the only line naming the case.
        let mut got = crate::patterns::flat_key(&imr_letter::parse_text(&paragraphs, None));
        got["case_number"] = crate::patterns::flat_key(&want)["case_number"].clone();
        assert_eq!(
            got,
            crate::patterns::flat_key(&want),
            "{pdf:?}, one line per paragraph"
        );
    }
    eprintln!(
        "{}: {} real letters read the same without line breaks",
        TEST,
        pdfs.len()
    );
}

/// The bundled sample written with `pdftotext`'s flattened header (labels
/// column, then values column; "Application" / "Received:" cut) reads the
/// same as the same letter with its header as a plain table.
#[test]
fn flattened_header_sample_reads_like_its_table_form() {
    let flat = std::fs::read_to_string(root().join("corpus_samples/CM17-0031406.txt"))
        .expect("sample readable");
    let body = flat
        .find("HOW THE IMR FINAL DETERMINATION WAS MADE")
        .map(|i| &flat[i..])
        .expect("sample has its first heading");
    let table = format!(
        "Case Number: CM17-0031406\nDate Assigned: 02/13/2017\nDate of Injury: 07/19/2015\n\
         Decision Date: 03/09/2017\nUR Denial Date: 01/30/2017\nPriority: Standard\n\
         Application Received: 02/08/2017\n\n{body}"
    );
    let flat = normalised(&record(flat.as_bytes(), DocKind::Text));
    let table = normalised(&record(table.as_bytes(), DocKind::Text));
    for (field, want) in [
        ("assigned_date", "2017-02-13"),
        ("decision_date", "2017-03-09"),
        ("application_received_date", "2017-02-08"),
        ("ur_date", "2017-01-30"),
        ("injury_date", "2015-07-19"),
    ] {
        assert_eq!(flat[field], want, "flattened: {field}");
    }
    assert_eq!(flat["warnings"], Value::Array(Vec::new()));
    assert_eq!(flat, table);
}
