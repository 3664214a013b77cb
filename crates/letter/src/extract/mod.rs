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

/// A PDF whose `%PDF-` header is damaged or lost (`%PJF-1.6`): no header,
/// but an indirect object header (`12 0 obj`) in the first KiB and an
/// `endobj` after it. poppler reads such a file (it warns and goes on);
/// the PDF reader reads it through a table rebuilt from its objects, with
/// the "pdf repaired" warning. A text letter has no object headers.
pub fn has_damaged_pdf_header(bytes: &[u8]) -> bool {
    let head = bytes.get(..bytes.len().min(1024)).unwrap_or_default();
    let Some(obj) =
        memchr::memmem::find_iter(head, b"obj").find(|&at| object_header_ends(head, at))
    else {
        return false;
    };
    !has_pdf_header(bytes)
        && bytes
            .get(obj..)
            .is_some_and(|rest| memchr::memmem::find(rest, b"endobj").is_some())
}

/// Whether `obj` at `at` ends an object header: digits, white space,
/// digits, white space before it, and no regular character after it.
fn object_header_ends(b: &[u8], at: usize) -> bool {
    let white = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\0' | b'\x0c');
    let after = b.get(at + 3);
    if after.is_some_and(|c| c.is_ascii_alphanumeric()) {
        return false;
    }
    let before = b.get(..at).unwrap_or_default();
    let mut rest = before.iter().rev().peekable();
    for _ in 0..2 {
        let mut spaces = 0;
        while rest.next_if(|c| white(c)).is_some() {
            spaces += 1;
        }
        let mut digits = 0;
        while rest.next_if(|c| c.is_ascii_digit()).is_some() {
            digits += 1;
        }
        if spaces == 0 || digits == 0 {
            return false;
        }
    }
    // The object number starts a line or follows white space.
    rest.next().is_none_or(white)
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
    /// PDF saved as `.txt` is still read as a PDF, and so does a PDF's
    /// object structure when its header is damaged
    /// ([`has_damaged_pdf_header`]). A `.pdf` that is not one stays
    /// [`DocKind::Pdf`] and fails extraction with
    /// [`ExtractError::NotAPdf`], which says more than parsing it as text.
    pub fn detect(path: &Path, bytes: &[u8]) -> Option<DocKind> {
        if has_pdf_header(bytes) || has_damaged_pdf_header(bytes) {
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
        // A damaged header: the objects say PDF, whatever the name.
        let damaged = b"%PJF-1.6\r%\xe2\xe3\r\n107 0 obj\r<</N 1>>\rendobj\r";
        assert_eq!(DocKind::detect(t, damaged), Some(DocKind::Pdf));
        assert_eq!(DocKind::detect(Path::new("x"), damaged), Some(DocKind::Pdf));
    }

    #[test]
    fn a_damaged_header_is_known_by_its_objects() {
        assert!(has_damaged_pdf_header(b"%PDJ-1.4\n1 0 obj\n<<>>\nendobj\n"));
        assert!(has_damaged_pdf_header(b"12 3 obj<<>>endobj"));
        // Not damaged: a header is there.
        assert!(!has_damaged_pdf_header(
            b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n"
        ));
        // Text that mentions objects is text.
        for text in [
            &b"The objective: 1 0 objects endobj"[..],
            b"Treatment goals and objectives were not stated. endobj",
            b"page 2 of 3 obj",
            b"1 0 obj with no end",
            b"x1 0 obj endobj",
            b"1 0obj endobj",
            b"",
        ] {
            assert!(
                !has_damaged_pdf_header(text),
                "{:?}",
                String::from_utf8_lossy(text)
            );
        }
        // Only the first KiB is searched for the object header.
        let mut late = vec![b'x'; 1030];
        late.extend_from_slice(b"\n1 0 obj\n<<>>\nendobj\n");
        assert!(!has_damaged_pdf_header(&late));
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
