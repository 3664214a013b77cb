//! PDF -> text with the `pdf-extract` crate (over `lopdf`); see
//! `docs/PDF_EXTRACTION.md` for why this crate.
//!
//! Each page is extracted on its own so that one bad page costs a warning,
//! not the letter, and pages are joined with form feeds as PDF-to-text
//! tools do, which lets the cleaner drop running footers and join sentences
//! cut by a page break. The crate call runs under `catch_unwind`: PDF
//! readers are known to panic on malformed input, and one bad file must not
//! take an indexing run down.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

use pdf_extract::{Document, PlainTextOutput};

use once_cell::sync::Lazy;

use super::{ExtractError, ExtractedText};

/// `%PDF-` within the first KiB (the spec lets junk come before it).
pub fn has_pdf_header(bytes: &[u8]) -> bool {
    // Every file is asked, text letters included: a SIMD search built once
    // rather than a comparison at each of a thousand offsets.
    static MAGIC: Lazy<memchr::memmem::Finder<'static>> =
        Lazy::new(|| memchr::memmem::Finder::new(b"%PDF-"));
    let head = &bytes[..bytes.len().min(1024)];
    MAGIC.find(head).is_some()
}

/// Extracts the text of a PDF file's bytes.
///
/// Errors: [`ExtractError::NotAPdf`] without a `%PDF-` header,
/// [`ExtractError::Encrypted`] when a password is needed (an owner-only
/// password, which opens with the empty one, is no obstacle),
/// [`ExtractError::NoTextLayer`] when no page holds text,
/// [`ExtractError::Malformed`] when the file cannot be read, and
/// [`ExtractError::Panicked`] when the reader panicked.
pub fn pdf_text(bytes: &[u8]) -> Result<ExtractedText, ExtractError> {
    if !has_pdf_header(bytes) {
        return Err(ExtractError::NotAPdf);
    }
    guarded(|| extract(bytes))?
}

fn extract(bytes: &[u8]) -> Result<ExtractedText, ExtractError> {
    let mut doc = Document::load_mem(bytes).map_err(|e| load_error(&e))?;
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err(ExtractError::Encrypted);
    }
    let pages = doc.get_pages();
    if pages.is_empty() {
        return Err(ExtractError::Malformed("no pages".into()));
    }
    let mut texts: Vec<String> = Vec::with_capacity(pages.len());
    let mut warnings = Vec::new();
    let mut empty_pages = Vec::new();
    for &number in pages.keys() {
        let mut page = String::new();
        let res = {
            let mut out = PlainTextOutput::new(&mut page);
            pdf_extract::output_doc_page(&doc, &mut out, number)
        };
        if let Err(e) = res {
            warnings.push(format!("PDF page {number}: text not readable ({e})"));
        }
        if page.trim().is_empty() {
            empty_pages.push(number);
        }
        texts.push(page);
    }
    if empty_pages.len() == pages.len() {
        if warnings.len() == pages.len() {
            // Every page failed: a damaged file, not a scan.
            return Err(ExtractError::Malformed(warnings.join("; ")));
        }
        return Err(ExtractError::NoTextLayer { pages: pages.len() });
    }
    if !empty_pages.is_empty() {
        let list: Vec<String> = empty_pages.iter().map(u32::to_string).collect();
        warnings.push(format!(
            "PDF page(s) {} have no text layer (scanned?): their text is missing",
            list.join(", ")
        ));
    }
    let mut text = String::with_capacity(texts.iter().map(String::len).sum::<usize>() + 8);
    for (i, page) in texts.iter().enumerate() {
        if i > 0 {
            text.push_str("\n\u{c}");
        }
        text.push_str(page.trim_matches('\n'));
    }
    text.push('\n');
    Ok(ExtractedText { text, warnings })
}

/// Sorts lopdf's load errors: a password problem is "encrypted", anything
/// else is a damaged file.
fn load_error(e: &pdf_extract::Error) -> ExtractError {
    match e {
        pdf_extract::Error::Decryption(_) => ExtractError::Encrypted,
        other => ExtractError::Malformed(other.to_string()),
    }
}

thread_local! {
    /// Set while this thread runs guarded PDF code: its panics are expected
    /// and reported per file, so the panic hook stays quiet for them.
    static QUIET_PANICS: Cell<bool> = const { Cell::new(false) };
}

static HOOK: Once = Once::new();

/// Installs, once per process, a panic hook that stays silent on threads
/// inside [`guarded`] and hands every other panic to the hook that was there
/// before, so real bugs still print.
fn install_quiet_hook() {
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !QUIET_PANICS.with(Cell::get) {
                previous(info);
            }
        }));
    });
}

/// Runs `f`, turning a panic into [`ExtractError::Panicked`].
fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, ExtractError> {
    install_quiet_hook();
    let was = QUIET_PANICS.with(|q| q.replace(true));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    QUIET_PANICS.with(|q| q.set(was));
    result.map_err(|payload| {
        let msg = payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_string()))
            .unwrap_or_else(|| "unknown panic".into());
        ExtractError::Panicked(msg)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_may_follow_junk() {
        assert!(has_pdf_header(b"%PDF-1.7\n"));
        assert!(has_pdf_header(b"\xef\xbb\xbfjunk%PDF-1.4"));
        assert!(!has_pdf_header(b"PDF-1.4"));
        assert!(!has_pdf_header(b""));
        // Within the first KiB only: ending at byte 1024, or one past it.
        for (junk, found) in [(1019, true), (1020, false)] {
            let mut b = vec![b'x'; junk];
            b.extend_from_slice(b"%PDF-1.4");
            assert_eq!(has_pdf_header(&b), found, "{junk}");
        }
    }

    #[test]
    fn panics_are_contained() {
        let got: Result<(), _> = guarded(|| panic!("bad xref {}", 7));
        assert_eq!(got, Err(ExtractError::Panicked("bad xref 7".into())));
        // The flag is cleared afterwards.
        assert!(!QUIET_PANICS.with(Cell::get));
        assert_eq!(guarded(|| 5), Ok(5));
    }

    #[test]
    fn garbage_after_header_is_malformed() {
        let got = pdf_text(b"%PDF-1.4\nthis is not an object\n%%EOF\n");
        assert!(
            matches!(got, Err(ExtractError::Malformed(_))),
            "got {got:?}"
        );
    }
}
