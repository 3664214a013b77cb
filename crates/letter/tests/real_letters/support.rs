//! Shared helpers: finding the real letters, converting them with poppler's
//! `pdftotext`, parsing a reading, and skipping loudly when a tool or the
//! folder is missing.

use std::path::{Path, PathBuf};
use std::process::Command;

use imr_letter::extract::DocKind;
use imr_letter::ingest::letter_from_bytes;

/// The repository root.
pub fn root() -> PathBuf {
    crate::root()
}

/// Whether a missing folder or tool must fail the test instead of skipping.
fn required() -> bool {
    std::env::var("IMR_REQUIRE_REAL_LETTERS").is_ok_and(|v| v == "1")
}

/// Reports a skipped test, or fails it when the real letters are required.
pub fn skip(test: &str, why: &str) {
    assert!(
        !required(),
        "{test}: {why}, and IMR_REQUIRE_REAL_LETTERS=1 requires it"
    );
    eprintln!("SKIPPED {test}: {why}");
}

/// The real letters' PDFs, sorted; `None` (after saying so) when the folder
/// is missing or empty.
pub fn real_pdfs(test: &str) -> Option<Vec<PathBuf>> {
    let dir = root().join("../shared/real-letters");
    let mut pdfs: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("pdf")))
            .collect(),
        Err(_) => Vec::new(),
    };
    if pdfs.is_empty() {
        skip(test, &format!("no PDFs in {}", dir.display()));
        return None;
    }
    pdfs.sort();
    Some(pdfs)
}

/// Whether poppler's `pdftotext` runs here (after saying so when not).
pub fn have_pdftotext(test: &str) -> bool {
    let ok = Command::new("pdftotext")
        .arg("-v")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        skip(test, "pdftotext (poppler-utils) is not installed");
    }
    ok
}

/// The text `pdftotext` makes of a PDF, with extra arguments (`-layout`).
pub fn pdftotext(pdf: &Path, args: &[&str]) -> Vec<u8> {
    stdout_of(
        Command::new("pdftotext").args(args).arg(pdf).arg("-"),
        "pdftotext",
        pdf,
    )
}

/// What a converter printed for `pdf`; a failure fails the test, naming it.
fn stdout_of(cmd: &mut Command, tool: &str, pdf: &Path) -> Vec<u8> {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("{tool} {pdf:?}: {e}"));
    assert!(
        out.status.success(),
        "{tool} {pdf:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// A real letter's PDF read and parsed as `imr parse` does, named by its
/// file name.
pub fn parsed_pdf(pdf: &Path) -> imr_letter::Letter {
    let name = pdf
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("letter.pdf");
    let bytes = std::fs::read(pdf).unwrap_or_else(|e| panic!("{name}: {e}"));
    letter_from_bytes(&bytes, DocKind::Pdf, Some(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The script that prints pypdf's text of a PDF: pages joined by a line
/// break (as pypdf users commonly write them out), in UTF-8 whatever the
/// locale. The DWC's files are encrypted with an empty password, which
/// pypdf must be told.
const PYPDF_SCRIPT: &str = "import sys, pypdf\n\
r = pypdf.PdfReader(sys.argv[1])\n\
if r.is_encrypted:\n    r.decrypt('')\n\
t = '\\n'.join(p.extract_text() for p in r.pages)\n\
sys.stdout.buffer.write(t.encode('utf-8'))\n";

/// Whether python3 can import pypdf here (after saying so when not).
pub fn have_pypdf(test: &str) -> bool {
    let ok = Command::new("python3")
        .args(["-c", "import pypdf"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        skip(
            test,
            "pypdf is not importable by python3 (python3 -m pip install pypdf)",
        );
    }
    ok
}

/// The text pypdf makes of a PDF.
pub fn pypdf(pdf: &Path) -> Vec<u8> {
    stdout_of(
        Command::new("python3").args(["-c", PYPDF_SCRIPT]).arg(pdf),
        "pypdf",
        pdf,
    )
}

/// The record `imr parse` prints for a file of this kind, as JSON.
pub fn record(bytes: &[u8], kind: DocKind) -> serde_json::Value {
    let letter = letter_from_bytes(bytes, kind, None).unwrap_or_else(|e| panic!("parse: {e}"));
    serde_json::to_value(&letter).expect("record serialises")
}
