//! PDF -> text with the `pdf-extract` crate (over `lopdf`); see
//! `docs/PDF_EXTRACTION.md` for why this crate.
//!
//! Each page is extracted on its own so that one bad page costs a warning,
//! not the letter, and pages are joined with form feeds as PDF-to-text
//! tools do, which lets the cleaner drop running footers and join sentences
//! cut by a page break. The crate call runs under `catch_unwind`: PDF
//! readers are known to panic on malformed input, and one bad file must not
//! take an indexing run down.

use std::collections::BTreeMap;

use pdf_extract::{Document, ObjectId, PlainTextOutput};

use super::lazy::Lazy;
use super::{simple_page, ExtractError, ExtractedText};

pub use super::{has_damaged_pdf_header, has_pdf_header};

/// Extracts the text of a PDF file's bytes.
///
/// A file whose header is damaged ([`has_damaged_pdf_header`]) is read
/// through a table rebuilt from its objects, with the "pdf repaired"
/// warning.
///
/// Errors: [`ExtractError::NotAPdf`] without a `%PDF-` header or the
/// objects of a PDF,
/// [`ExtractError::Encrypted`] when a password is needed (an owner-only
/// password, which opens with the empty one, is no obstacle),
/// [`ExtractError::NoTextLayer`] when no page holds text,
/// [`ExtractError::Malformed`] when the file cannot be read, and
/// [`ExtractError::Panicked`] when the reader panicked.
pub fn pdf_text(bytes: &[u8]) -> Result<ExtractedText, ExtractError> {
    if !has_pdf_header(bytes) && !has_damaged_pdf_header(bytes) {
        return Err(ExtractError::NotAPdf);
    }
    guarded(|| extract(bytes))?
}

fn extract(bytes: &[u8]) -> Result<ExtractedText, ExtractError> {
    extract_with(bytes, true)
}

/// A loaded, decrypted document, its pages by number, and what damage
/// was repaired to read it.
type Opened = (Document, BTreeMap<u32, ObjectId>, Damage);

/// What damage a document was read through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Damage {
    /// Its cross-reference table (or page list, or encryption dictionary)
    /// was rebuilt or mended.
    repaired: bool,
    /// A stream was read only up to its damage.
    salvaged: bool,
}

impl Damage {
    const NONE: Damage = Damage {
        repaired: false,
        salvaged: false,
    };

    fn of(lazy: &Lazy<'_>) -> Damage {
        Damage {
            repaired: lazy.repaired(),
            salvaged: lazy.salvaged(),
        }
    }
}

/// `lopdf`'s load of the whole file; when it fails or finds no page, a
/// document made from the table [`Lazy`] reads or rebuilds.
fn open(bytes: &[u8]) -> Result<Opened, ExtractError> {
    let failure = match Document::load_mem(bytes) {
        Ok(mut doc) => {
            if doc.is_encrypted() && doc.decrypt("").is_err() {
                return Err(ExtractError::Encrypted);
            }
            let pages = doc.get_pages();
            if !pages.is_empty() {
                return Ok((doc, pages, Damage::NONE));
            }
            ExtractError::Malformed("no pages".into())
        }
        Err(e) => load_error(&e),
    };
    if failure == ExtractError::Encrypted {
        return Err(failure);
    }
    rebuilt_document(bytes).ok_or(failure)
}

/// Every object [`Lazy`] can read, as a `lopdf` document.
fn rebuilt_document(bytes: &[u8]) -> Option<Opened> {
    let lazy = Lazy::open(bytes).ok()?;
    let doc = lazy.to_document();
    let pages = doc.get_pages();
    (!pages.is_empty()).then_some((doc, pages, Damage::of(&lazy)))
}

/// A page's text from `pdf-extract`, and its error when it failed. A panic
/// in it (it unwraps a missing object, which a rebuilt table may lack)
/// costs the page, not the letter.
fn slow_page(doc: &Document, number: u32) -> (String, Option<String>) {
    let read = crate::guard::contain(|| {
        let mut page = String::new();
        let res = {
            let mut out = PlainTextOutput::new(&mut page);
            pdf_extract::output_doc_page(doc, &mut out, number)
        };
        (page, res.err().map(|e| e.to_string()))
    });
    read.unwrap_or_else(|panic| (String::new(), Some(panic.message)))
}

/// `fast`: the file is read lazily ([`Lazy`]) and pages of simple fonts
/// by [`simple_page`] (the same text, several times faster); `lopdf` loads
/// the whole file only when a page needs `pdf-extract`. Without it, every
/// page goes through `lopdf` and `pdf-extract` (the tests compare the two).
fn extract_with(bytes: &[u8], fast: bool) -> Result<ExtractedText, ExtractError> {
    if fast {
        if let Ok(lazy) = Lazy::open(bytes) {
            if let Some(got) = read_lazily(bytes, &lazy) {
                return got;
            }
        }
    }
    let (doc, pages, damage) = open(bytes)?;
    let mut fonts = simple_page::Fonts::default();
    let mut read = Read::new(damage);
    for (&number, &id) in &pages {
        let quick = if fast {
            simple_page::page_text(&doc, id, &mut fonts)
        } else {
            None
        };
        match quick {
            Some(text) => read.texts.push((number, text)),
            None => read.slow(&doc, number),
        }
    }
    read.finish()
}

/// The pages of a lazily read file: [`simple_page`] where it can, and
/// `pdf-extract` over a full load for the others; a page that fails there
/// too is salvaged ([`simple_page::salvaged_text`]) when it can be. `None`
/// when the full load numbers the pages otherwise (the caller then reads
/// it all that way).
fn read_lazily(bytes: &[u8], lazy: &Lazy<'_>) -> Option<Result<ExtractedText, ExtractError>> {
    let pages = lazy.pages();
    if pages.is_empty() {
        return None;
    }
    let mut fonts = simple_page::Fonts::default();
    let mut read = Read::new(Damage {
        repaired: lazy.repaired(),
        salvaged: false,
    });
    let mut full: Option<Result<Opened, ExtractError>> = None;
    for (&number, &id) in &pages {
        if let Some(text) = simple_page::page_text(lazy, id, &mut fonts) {
            read.texts.push((number, text));
            continue;
        }
        // A stream salvaged from damage: `pdf-extract` reads it as `lopdf`
        // leaves it (often encrypted or empty), so a page it reads to
        // nothing is read from the salvaged stream instead.
        let lost = |text: &str| lazy.salvaged() && text.trim().is_empty();
        if let Some(text) = page_alone(lazy, number, id).filter(|t| !lost(t)) {
            read.texts.push((number, text));
            continue;
        }
        let (partial, error) = match full.get_or_insert_with(|| open(bytes)) {
            Ok((doc, all, _)) if all.get(&number) == Some(&id) => match slow_page(doc, number) {
                (text, None) if !lost(&text) => {
                    read.texts.push((number, text));
                    continue;
                }
                (text, None) => (text, "no text in its damaged content".into()),
                (text, Some(error)) => (text, error),
            },
            // A repaired file's pages may be found where `lopdf` finds
            // none, or others: those are salvaged.
            Ok(_) if !lazy.repaired() => return None,
            Ok(_) => (String::new(), "page not in the page tree".into()),
            Err(e) => (String::new(), e.to_string()),
        };
        match simple_page::salvaged_text(lazy, id).filter(|t| !t.trim().is_empty()) {
            Some(text) => {
                read.warnings
                    .push(crate::warning::pdf_page_salvaged(number, &error));
                read.texts.push((number, text));
            }
            // Nothing salvaged from a page `pdf-extract` read without an
            // error (a blank page in a file with a damaged stream elsewhere).
            None if lost(&partial) && error == "no text in its damaged content" => {
                read.texts.push((number, partial));
            }
            None => read.failed(number, &error, partial),
        }
    }
    // Streams are read as the pages are: what damage cost is known now.
    if lazy.salvaged() {
        read.warnings.push(crate::warning::pdf_stream_salvaged());
    }
    Some(read.finish())
}

/// A page's text from `pdf-extract` over [`Lazy::page_document`] (the
/// page's own objects, not the whole file), when the file needed no
/// repair, the page has the same number there, and `pdf-extract` reads it
/// without an error. Anything else is left to the full load, as before.
fn page_alone(lazy: &Lazy<'_>, number: u32, id: ObjectId) -> Option<String> {
    if lazy.repaired() {
        return None;
    }
    let doc = lazy.page_document(id);
    if doc.get_pages().get(&number) != Some(&id) {
        return None;
    }
    match slow_page(&doc, number) {
        (text, None) => Some(text),
        _ => None,
    }
}

/// Page texts as they are read, and the warnings so far.
struct Read {
    texts: Vec<(u32, String)>,
    warnings: Vec<String>,
    /// Pages `pdf-extract` failed on.
    failed: usize,
}

impl Read {
    fn new(damage: Damage) -> Read {
        let repaired = damage.repaired.then(crate::warning::pdf_repaired);
        let salvaged = damage.salvaged.then(crate::warning::pdf_stream_salvaged);
        Read {
            texts: Vec::new(),
            warnings: repaired.into_iter().chain(salvaged).collect(),
            failed: 0,
        }
    }

    fn slow(&mut self, doc: &Document, number: u32) {
        let (text, error) = slow_page(doc, number);
        match error {
            Some(e) => self.failed(number, &e, text),
            None => self.texts.push((number, text)),
        }
    }

    /// A page no reader could read (`text`: what `pdf-extract` had read
    /// when it failed).
    fn failed(&mut self, number: u32, error: &str, text: String) {
        self.warnings
            .push(crate::warning::pdf_page_unreadable(number, error));
        self.failed += 1;
        self.texts.push((number, text));
    }

    /// The letter: pages joined with form feeds, pages without text named
    /// in a warning.
    fn finish(mut self) -> Result<ExtractedText, ExtractError> {
        let empty_pages: Vec<u32> = self
            .texts
            .iter()
            .filter(|(_, t)| t.trim().is_empty())
            .map(|(n, _)| *n)
            .collect();
        let pages = self.texts.len();
        if empty_pages.len() == pages {
            if self.failed == pages {
                // Every page failed: a damaged file, not a scan.
                let page_warnings: Vec<String> = self
                    .warnings
                    .into_iter()
                    .filter(|w| {
                        *w != crate::warning::pdf_repaired()
                            && *w != crate::warning::pdf_stream_salvaged()
                    })
                    .collect();
                return Err(ExtractError::Malformed(page_warnings.join("; ")));
            }
            return Err(ExtractError::NoTextLayer { pages });
        }
        if !empty_pages.is_empty() {
            let list: Vec<String> = empty_pages.iter().map(u32::to_string).collect();
            self.warnings
                .push(crate::warning::pdf_pages_missing(&list.join(", ")));
        }
        let size = self.texts.iter().map(|(_, t)| t.len()).sum::<usize>() + 8;
        let mut text = String::with_capacity(size);
        for (i, (_, page)) in self.texts.iter().enumerate() {
            if i > 0 {
                text.push_str("\n\u{c}");
            }
            text.push_str(page.trim_matches('\n'));
        }
        text.push('\n');
        Ok(ExtractedText {
            text,
            warnings: self.warnings,
        })
    }
}

/// Sorts lopdf's load errors: a password problem is "encrypted", anything
/// else is a damaged file.
fn load_error(e: &pdf_extract::Error) -> ExtractError {
    match e {
        pdf_extract::Error::Decryption(_) => ExtractError::Encrypted,
        other => ExtractError::Malformed(other.to_string()),
    }
}

/// Runs `f`, turning a panic into [`ExtractError::Panicked`].
fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, ExtractError> {
    crate::guard::contain(f).map_err(|p| ExtractError::Panicked(p.message))
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
        assert_eq!(guarded(|| 5), Ok(5));
    }

    /// Every page [`simple_page`] reads, compared with `pdf-extract`'s text
    /// of the same page: (pages compared, pages it left to pdf-extract).
    fn compare_pages(name: &str, bytes: &[u8]) -> (usize, usize) {
        let Ok((doc, pages, _)) = open(bytes) else {
            return (0, 0);
        };
        let mut fonts = simple_page::Fonts::default();
        let (mut same, mut left) = (0, 0);
        for (&number, &id) in &pages {
            match simple_page::page_text(&doc, id, &mut fonts) {
                Some(fast) => {
                    let (slow, _) = slow_page(&doc, number);
                    assert_eq!(fast, slow, "{name}, page {number}");
                    same += 1;
                }
                None => left += 1,
            }
        }
        (same, left)
    }

    fn pdfs_in(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
        crate::samples::files_in(dir, Some("pdf"))
    }

    #[test]
    fn simple_pages_read_as_pdf_extract_reads_them() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let fixtures = pdfs_in(&root.join("tests/pdf"));
        assert!(fixtures.len() >= 4, "the PDF fixtures are missing");
        let mut total = (0, 0);
        for (name, bytes) in &fixtures {
            let (same, left) = compare_pages(name, bytes);
            total = (total.0 + same, total.1 + left);
        }
        let real = pdfs_in(&root.join("../../../shared/real-letters"));
        if real.is_empty() {
            assert!(
                std::env::var("IMR_REQUIRE_REAL_LETTERS").as_deref() != Ok("1"),
                "../shared/real-letters is missing, and IMR_REQUIRE_REAL_LETTERS=1 requires it"
            );
            eprintln!("simple_pages: ../shared/real-letters not found: real letters skipped");
        }
        let mut real_total = (0, 0);
        for (name, bytes) in &real {
            let (same, left) = compare_pages(name, bytes);
            real_total = (real_total.0 + same, real_total.1 + left);
        }
        eprintln!(
            "simple_pages: fixtures {} pages the same, {} left to pdf-extract; \
             real letters {} the same, {} left",
            total.0, total.1, real_total.0, real_total.1
        );
        if !real.is_empty() {
            // Most real pages take the fast path (a logo page does not).
            assert!(real_total.0 > 3 * real_total.1, "{real_total:?}");
        }
    }

    /// The fixtures and, when present, the real letters.
    fn all_pdfs() -> Vec<(String, Vec<u8>)> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut all = pdfs_in(&root.join("tests/pdf"));
        all.extend(pdfs_in(&root.join("../../../shared/real-letters")));
        all
    }

    #[test]
    fn both_readers_give_the_same_letter_text() {
        for (name, bytes) in all_pdfs() {
            assert_eq!(
                extract_with(&bytes, true),
                extract_with(&bytes, false),
                "{name}"
            );
        }
    }

    /// `pdf-extract` reads every page the same over the page's own
    /// objects ([`Lazy::page_document`]) as over the full load: the fast
    /// reader's pages included, so the walk is tried on every page there is.
    #[test]
    fn a_page_alone_reads_as_in_the_whole_file() {
        let mut pages_read = 0;
        for (name, bytes) in all_pdfs() {
            let Ok((doc, pages, Damage::NONE)) = open(&bytes) else {
                continue;
            };
            let lazy = Lazy::open(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
            for (&number, &id) in &pages {
                let alone = lazy.page_document(id);
                assert_eq!(alone.get_pages().get(&number), Some(&id), "{name}");
                assert!(alone.objects.len() <= doc.objects.len(), "{name}");
                assert_eq!(
                    slow_page(&alone, number),
                    slow_page(&doc, number),
                    "{name}, page {number}"
                );
                pages_read += 1;
            }
        }
        assert!(pages_read >= 8);
    }

    /// Objects equal but for where a stream was found in the file (the
    /// full load notes it, the lazy reader does not need it).
    fn same(a: &pdf_extract::Object, b: &pdf_extract::Object) -> bool {
        use pdf_extract::Object;
        match (a, b) {
            (Object::Stream(x), Object::Stream(y)) => x.dict == y.dict && x.content == y.content,
            (Object::Array(x), Object::Array(y)) => {
                x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same(p, q))
            }
            _ => a == b,
        }
    }

    /// The lazy reader gives every object `lopdf`'s full load gives (parsed
    /// and decrypted alike), the same pages, and the same fast page texts.
    #[test]
    fn lazy_reads_what_the_full_load_reads() {
        use super::super::lazy::Objects;
        let mut checked = (0, 0);
        for (name, bytes) in all_pdfs() {
            let Ok((doc, pages, Damage::NONE)) = open(&bytes) else {
                continue;
            };
            let lazy = Lazy::open(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(!lazy.repaired(), "{name}");
            assert_eq!(lazy.pages(), pages, "{name}");
            for (id, object) in &doc.objects {
                // The full load inflates object streams in place.
                if object.type_name().ok() == Some(b"ObjStm") {
                    continue;
                }
                let got = lazy.object(*id);
                assert!(
                    got.is_some_and(|g| same(g, object)),
                    "{name}, object {id:?}: {:?} vs {:?}",
                    got.map(|g| format!("{g:?}").chars().take(300).collect::<String>()),
                    format!("{object:?}").chars().take(300).collect::<String>()
                );
                checked.0 += 1;
            }
            let (mut a, mut b) = Default::default();
            for id in pages.values() {
                assert_eq!(
                    simple_page::page_text(&lazy, *id, &mut a),
                    simple_page::page_text(&doc, *id, &mut b),
                    "{name}, page {id:?}"
                );
                checked.1 += 1;
            }
        }
        eprintln!(
            "lazy reader: {} objects, {} pages the same",
            checked.0, checked.1
        );
        assert!(checked.1 >= 8);
    }

    /// A one-page document whose page shows `content` in a TrueType font
    /// with WinAnsi encoding and the given widths (codes 32 to 126).
    fn one_page(content: &[u8], widths: &[i64]) -> Document {
        use pdf_extract::{Dictionary, Object, Stream};
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let mut font = Dictionary::new();
        font.set("Type", Object::Name(b"Font".to_vec()));
        font.set("Subtype", Object::Name(b"TrueType".to_vec()));
        font.set("BaseFont", Object::Name(b"Arial".to_vec()));
        font.set("Encoding", Object::Name(b"WinAnsiEncoding".to_vec()));
        font.set("FirstChar", Object::Integer(32));
        font.set("LastChar", Object::Integer(126));
        font.set(
            "Widths",
            Object::Array(
                (0..95)
                    .map(|i| Object::Integer(widths[i % widths.len()]))
                    .collect(),
            ),
        );
        let font_id = doc.add_object(font);
        let mut fonts = Dictionary::new();
        fonts.set("F1", Object::Reference(font_id));
        let mut resources = Dictionary::new();
        resources.set("Font", Object::Dictionary(fonts));
        let content_id = doc.add_object(Stream::new(Dictionary::new(), content.to_vec()));
        let mut page = Dictionary::new();
        page.set("Type", Object::Name(b"Page".to_vec()));
        page.set("Parent", Object::Reference(pages_id));
        page.set("Contents", Object::Reference(content_id));
        page.set("Resources", Object::Dictionary(resources));
        page.set(
            "MediaBox",
            Object::Array(vec![0.into(), 0.into(), 612.into(), 792.into()]),
        );
        let page_id = doc.add_object(page);
        let mut pages = Dictionary::new();
        pages.set("Type", Object::Name(b"Pages".to_vec()));
        pages.set("Kids", Object::Array(vec![Object::Reference(page_id)]));
        pages.set("Count", Object::Integer(1));
        doc.objects.insert(pages_id, Object::Dictionary(pages));
        let mut catalog = Dictionary::new();
        catalog.set("Type", Object::Name(b"Catalog".to_vec()));
        catalog.set("Pages", Object::Reference(pages_id));
        let catalog_id = doc.add_object(catalog);
        doc.trailer.set("Root", Object::Reference(catalog_id));
        doc
    }

    fn operation() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let num = prop_oneof![
            (-40i32..800).prop_map(|n| n.to_string()),
            (-4000i32..8000).prop_map(|n| format!("{:.2}", f64::from(n) / 10.0)),
        ];
        let text = "[ a-zA-Z0-9,.:;-]{0,12}";
        prop_oneof![
            Just("BT".to_string()),
            Just("ET".to_string()),
            Just("q".to_string()),
            Just("Q".to_string()),
            Just("T*".to_string()),
            Just("/P <</MCID 3>> BDC".to_string()),
            Just("EMC".to_string()),
            Just("0 g 66.8 686.1 106.9 12.6 re f*".to_string()),
            (1u8..30).prop_map(|s| format!("/F1 {s} Tf")),
            (num.clone(), num.clone()).prop_map(|(x, y)| format!("{x} {y} Td")),
            (num.clone(), num.clone()).prop_map(|(x, y)| format!("{x} {y} TD")),
            num.clone().prop_map(|v| format!("{v} TL")),
            num.clone().prop_map(|v| format!("{v} Tc")),
            num.clone().prop_map(|v| format!("{v} Tw")),
            (50u8..150).prop_map(|v| format!("{v} Tz")),
            (-5i8..5).prop_map(|v| format!("{v} Ts")),
            (num.clone(), num.clone()).prop_map(|(x, y)| format!("1 0 0 1 {x} {y} Tm")),
            (num.clone(), num.clone()).prop_map(|(x, y)| format!("0.9 0 0 0.9 {x} {y} cm")),
            text.prop_map(|t| format!("({t}) Tj")),
            (text, -300i32..300, text).prop_map(|(a, n, b)| format!("[({a}){n}({b})] TJ")),
        ]
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(96))]
        /// Generated pages: wherever the fast reader answers, it answers
        /// what pdf-extract does, to the byte.
        #[test]
        fn generated_pages_read_the_same(
            ops in proptest::collection::vec(operation(), 0..40),
            widths in proptest::collection::vec(0i64..1000, 1..8),
        ) {
            let content = format!("BT /F1 11 Tf 72 700 Td {}", ops.join("\n"));
            let doc = one_page(content.as_bytes(), &widths);
            let id = doc.get_pages()[&1];
            let fast = simple_page::page_text(&doc, id, &mut simple_page::Fonts::default());
            proptest::prop_assert!(fast.is_some(), "refused: {content}");
            let (slow, _) = slow_page(&doc, 1);
            proptest::prop_assert_eq!(fast.unwrap_or_default(), slow, "{}", content);
        }
    }

    /// [`one_page`] with a second font, `F2`: a Type0 font with the
    /// `Identity-H` encoding, a `W` array of both forms, the given `DW`
    /// and a `ToUnicode` map of the standard template (a dash, five
    /// letters, a surrogate).
    fn one_page_type0(content: &[u8], widths: &[i64], dw: Option<i64>) -> Document {
        use pdf_extract::{Dictionary, Object, Stream};
        let mut doc = one_page(content, widths);
        let map = b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
/CIDSystemInfo\n<< /Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n\
/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\n\
endcodespacerange\n3 beginbfchar\n<00B1> <2013>\n<0050> <D800>\n<0003> <0020>\nendbfchar\n\
5 beginbfchar\n<0041> <0041>\n<0042> <0062>\n<0043> <00E9>\n<0044> <0044>\n<0045> <0045>\n\
endbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend";
        let map_id = doc.add_object(Stream::new(Dictionary::new(), map.to_vec()));
        let mut descriptor = Dictionary::new();
        descriptor.set("Type", Object::Name(b"FontDescriptor".to_vec()));
        let descriptor_id = doc.add_object(descriptor);
        let mut cid = Dictionary::new();
        cid.set("Type", Object::Name(b"Font".to_vec()));
        cid.set("Subtype", Object::Name(b"CIDFontType2".to_vec()));
        cid.set("BaseFont", Object::Name(b"TimesNewRomanPSMT".to_vec()));
        cid.set("FontDescriptor", Object::Reference(descriptor_id));
        if let Some(dw) = dw {
            cid.set("DW", Object::Integer(dw));
        }
        let w = |n: i64| Object::Integer(n);
        cid.set(
            "W",
            Object::Array(vec![
                w(3),
                Object::Array(vec![w(250)]),
                w(65),
                Object::Array(vec![w(722), Object::Real(667.5), w(widths[0])]),
                w(0),
                w(10),
                w(600),
                w(0xb1),
                Object::Array(vec![w(500)]),
            ]),
        );
        let cid_id = doc.add_object(cid);
        let mut font = Dictionary::new();
        font.set("Type", Object::Name(b"Font".to_vec()));
        font.set("Subtype", Object::Name(b"Type0".to_vec()));
        font.set("BaseFont", Object::Name(b"TimesNewRomanPSMT".to_vec()));
        font.set("Encoding", Object::Name(b"Identity-H".to_vec()));
        font.set(
            "DescendantFonts",
            Object::Array(vec![Object::Reference(cid_id)]),
        );
        font.set("ToUnicode", Object::Reference(map_id));
        let font_id = doc.add_object(font);
        let page_id = doc.get_pages()[&1];
        if let Ok(Object::Dictionary(page)) = doc.get_object_mut(page_id) {
            if let Ok(Object::Dictionary(resources)) = page.get_mut(b"Resources") {
                if let Ok(Object::Dictionary(fonts)) = resources.get_mut(b"Font") {
                    fonts.set("F2", Object::Reference(font_id));
                }
            }
        }
        doc
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(96))]
        /// Generated pages in a Type0 font (two-byte codes, mapped and not,
        /// odd lengths, adjustments, a switch to the simple font): the
        /// fast reader answers what pdf-extract does, to the byte.
        #[test]
        fn generated_type0_pages_read_the_same(
            ops in proptest::collection::vec(type0_operation(), 0..30),
            widths in proptest::collection::vec(0i64..1000, 1..4),
            dw in proptest::option::of(0i64..1200),
        ) {
            let content = format!("BT /F2 11 Tf 72 700 Td {}", ops.join("\n"));
            let doc = one_page_type0(content.as_bytes(), &widths, dw);
            let id = doc.get_pages()[&1];
            let fast = simple_page::page_text(&doc, id, &mut simple_page::Fonts::default());
            proptest::prop_assert!(fast.is_some(), "refused: {content}");
            let (slow, _) = slow_page(&doc, 1);
            proptest::prop_assert_eq!(fast.unwrap_or_default(), slow, "{}", content);
        }
    }

    fn type0_operation() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let code = proptest::sample::select(vec![
            "0003", "0041", "0042", "0043", "0044", "0045", "00B1", "0050", "0099", "0024", "00",
        ]);
        let hex = proptest::collection::vec(code, 0..6).prop_map(|c| c.concat());
        prop_oneof![
            hex.clone().prop_map(|h| format!("<{h}> Tj")),
            (hex.clone(), -300i32..300, hex).prop_map(|(a, n, b)| format!("[<{a}>{n}<{b}>] TJ")),
            (-40i32..400, -40i32..40).prop_map(|(x, y)| format!("{x} {y} Td")),
            (-20i32..20).prop_map(|v| format!("{v} Tc")),
            (-20i32..20).prop_map(|v| format!("{v} Tw")),
            (1u8..30).prop_map(|s| format!("/F2 {s} Tf")),
            (1u8..30).prop_map(|s| format!("/F1 {s} Tf")),
            Just("(AB C) Tj".to_string()),
            Just("T*".to_string()),
        ]
    }

    /// [`one_page`] written out, its content stream stored as given.
    fn one_page_bytes(content: &[u8]) -> Vec<u8> {
        let mut doc = one_page(content, &[500]);
        let mut bytes = Vec::new();
        doc.save_to(&mut bytes).expect("saved");
        bytes
    }

    #[test]
    fn a_damaged_header_is_read_as_a_repaired_pdf() {
        let good = one_page_bytes(b"BT /F1 12 Tf 72 700 Td (Headers matter) Tj ET");
        let want = pdf_text(&good).expect("reads");
        assert!(want.warnings.is_empty(), "{:?}", want.warnings);
        for damaged in [&b"%PJF-"[..], b"%PDF_", b"\0\0\0\0\0"] {
            let mut bytes = good.clone();
            bytes[..5].copy_from_slice(damaged);
            assert!(!has_pdf_header(&bytes));
            let got = pdf_text(&bytes).expect("reads");
            assert_eq!(got.text, want.text);
            assert_eq!(got.warnings, vec![crate::warning::pdf_repaired()]);
            // Named .txt, it is still taken for a PDF.
            let kind = super::super::DocKind::detect(std::path::Path::new("a.txt"), &bytes);
            assert_eq!(kind, Some(super::super::DocKind::Pdf));
        }
        // Without its objects, a file is no PDF whatever its name says.
        assert_eq!(pdf_text(b"%PJF-1.4\nwords\n"), Err(ExtractError::NotAPdf));
    }

    #[test]
    fn a_damaged_content_stream_is_read_up_to_the_damage_with_a_warning() {
        use pdf_extract::Object;
        let lines: String = (0..400)
            .map(|i| {
                format!(
                    "BT /F1 12 Tf 72 {} Td (Line {i} of the letter) Tj ET\n",
                    700 - i
                )
            })
            .collect();
        let mut doc = one_page(lines.as_bytes(), &[500]);
        let page = doc.get_pages()[&1];
        let content_id = match doc.get_object(page) {
            Ok(Object::Dictionary(d)) => d.get(b"Contents").and_then(Object::as_reference).ok(),
            _ => None,
        }
        .expect("a content stream");
        if let Ok(Object::Stream(s)) = doc.get_object_mut(content_id) {
            s.compress().expect("compresses");
            // A byte near the end of the deflate data damaged.
            let n = s.content.len();
            s.content[n - 30] ^= 0x5a;
        }
        let mut bytes = Vec::new();
        doc.save_to(&mut bytes).expect("saved");
        let got = pdf_text(&bytes).expect("reads");
        assert!(got.text.contains("Line 0 of the letter"), "{}", got.text);
        assert!(got.text.contains("Line 200 of the letter"));
        assert!(
            got.warnings
                .contains(&crate::warning::pdf_stream_salvaged()),
            "{:?}",
            got.warnings
        );
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
