//! Letter files -> letter text: decides whether a file is a text letter or a
//! PDF (by its magic bytes first, then its extension), and pulls the text out
//! of PDFs.
//!
//! This module owns everything format-specific before the parser: the PDF
//! crate is called only from [`pdf`], inside a panic guard (`simple_page`
//! reads the DWC's own simple pages without it, to the same text), and its failures
//! become typed [`ExtractError`]s ("encrypted", "no text layer: needs OCR",
//! ...) that callers report per file. It knows nothing of the parser:
//! the ingest module hands the text that comes out to the parser
//! like the text of a `.txt` letter, and the cleaner absorbs what is left of
//! the PDF layout (page footers, page breaks, ligatures).

use std::path::Path;

use crate::decode::decode;

#[cfg(feature = "pdf")]
mod cid_font;
#[cfg(feature = "pdf")]
mod content;
#[cfg(feature = "pdf")]
mod decrypt;
#[cfg(feature = "pdf")]
mod inflate;
#[cfg(feature = "pdf")]
mod lazy;
#[cfg(feature = "pdf")]
mod password;
#[cfg(feature = "pdf")]
pub mod pdf;
#[cfg(feature = "pdf")]
mod simple_page;
#[cfg(feature = "pdf")]
mod syntax;
#[cfg(feature = "pdf")]
mod xref;

/// Two lopdf objects are the same for the readers' tests: a stream by its
/// dictionary and its bytes (lopdf's own equality also compares where the
/// stream started in the file).
#[cfg(all(test, feature = "pdf"))]
fn same_object(a: &pdf_extract::Object, b: &pdf_extract::Object) -> bool {
    match (a, b) {
        (pdf_extract::Object::Stream(x), pdf_extract::Object::Stream(y)) => {
            x.dict == y.dict && x.content == y.content
        }
        _ => a == b,
    }
}

/// `%PDF-` within the first KiB (the spec lets junk come before it).
pub fn has_pdf_header(bytes: &[u8]) -> bool {
    // Every file is asked, text letters included: a SIMD search built once
    // rather than a comparison at each of a thousand offsets.
    static MAGIC: once_cell::sync::Lazy<memchr::memmem::Finder<'static>> =
        once_cell::sync::Lazy::new(|| memchr::memmem::Finder::new(b"%PDF-"));
    let head = bytes.get(..bytes.len().min(1024)).unwrap_or_default();
    MAGIC.find(head).is_some()
}

/// What kind of letter file a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocKind {
    /// Text, as a PDF-to-text tool leaves it (UTF-8 or Windows-1252).
    Text,
    /// A PDF file.
    Pdf,
}

impl DocKind {
    /// The kind a file's name says: `.pdf` or `.txt` (any case); `None` for
    /// anything else.
    pub fn from_path(path: &Path) -> Option<DocKind> {
        let ext = path.extension()?.to_str()?;
        if ext.eq_ignore_ascii_case("pdf") {
            Some(DocKind::Pdf)
        } else if ext.eq_ignore_ascii_case("txt") {
            Some(DocKind::Text)
        } else {
            None
        }
    }

    /// The kind of a file's content: its magic bytes win over its name, so a
    /// PDF saved as `.txt` is still read as a PDF. A `.pdf` that is not one
    /// stays [`DocKind::Pdf`] and fails extraction with
    /// [`ExtractError::NotAPdf`], which says more than parsing it as text.
    pub fn detect(path: &Path, bytes: &[u8]) -> Option<DocKind> {
        if has_pdf_header(bytes) {
            return Some(DocKind::Pdf);
        }
        DocKind::from_path(path)
    }
}

/// A letter's text, and what was noticed while getting it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtractedText {
    /// The letter's text; pages of a PDF are separated by form feeds
    /// (`\u{c}`), as PDF-to-text tools write them.
    pub text: String,
    /// Things the record should carry: a decoding fallback, pages that gave
    /// no text, ...
    pub warnings: Vec<String>,
}

/// Why no text could be had from a file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExtractError {
    /// The PDF needs a password to open.
    #[error("encrypted: needs a password")]
    Encrypted,
    /// The PDF opened but holds no text: a scan that needs OCR.
    #[error("no text layer: needs OCR ({pages} page(s) of images)")]
    NoTextLayer {
        /// Pages in the document.
        pages: usize,
    },
    /// The file does not start like a PDF.
    #[error("not a PDF (no %PDF- header)")]
    NotAPdf,
    /// The PDF is damaged or uses something the reader cannot follow.
    #[error("malformed PDF: {0}")]
    Malformed(String),
    /// This build of the parser has no PDF reader (feature `pdf` off).
    #[error("PDF letters need the `pdf` feature of imr-letter (built without it)")]
    NoPdfSupport,
    /// The PDF reader panicked on this file; the panic was contained.
    #[error("PDF reader failed on this file (contained panic: {0})")]
    Panicked(String),
}

/// Gets a letter's text from a file's bytes.
pub fn letter_text(bytes: &[u8], kind: DocKind) -> Result<ExtractedText, ExtractError> {
    match kind {
        DocKind::Text => {
            let decoded = decode(bytes);
            Ok(ExtractedText {
                text: decoded.text.into_owned(),
                warnings: decoded.warning.into_iter().collect(),
            })
        }
        #[cfg(feature = "pdf")]
        DocKind::Pdf => pdf::pdf_text(bytes),
        #[cfg(not(feature = "pdf"))]
        DocKind::Pdf => Err(ExtractError::NoPdfSupport),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_by_name_and_magic() {
        let p = Path::new("a/CM14-0000001.PDF");
        assert_eq!(DocKind::from_path(p), Some(DocKind::Pdf));
        assert_eq!(DocKind::from_path(Path::new("x.txt")), Some(DocKind::Text));
        assert_eq!(DocKind::from_path(Path::new("x.doc")), None);
        assert_eq!(DocKind::from_path(Path::new("pdf")), None);
        // Content wins: a PDF named .txt is a PDF; a text named .pdf stays a
        // (failing) PDF.
        let t = Path::new("x.txt");
        assert_eq!(DocKind::detect(t, b"%PDF-1.4\n..."), Some(DocKind::Pdf));
        assert_eq!(DocKind::detect(p, b"hello"), Some(DocKind::Pdf));
    }

    #[test]
    fn text_kind_decodes() {
        let got = letter_text(b"caf\xe9\n", DocKind::Text).unwrap();
        assert_eq!(got.text, "caf\u{e9}\n");
        assert_eq!(got.warnings.len(), 1);
    }

    #[test]
    fn not_a_pdf() {
        assert_eq!(
            letter_text(b"just words\n", DocKind::Pdf),
            Err(ExtractError::NotAPdf)
        );
    }
}
