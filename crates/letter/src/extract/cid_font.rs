//! Type0 fonts with the `Identity-H` (or `-V`) encoding, read for the fast
//! page reader ([`super::simple_page`]) as `pdf-extract` reads them: two
//! bytes a code, each code's width from the descendant font's `W` array
//! (else its `DW`, else 1000), each code's text from a `ToUnicode` map of
//! single UTF-16 units (else nothing).
//!
//! Only what `pdf-extract` reads without a panic and in a way this module
//! follows exactly is taken; anything else answers `None` and the page
//! goes to `pdf-extract` as before. In particular the `ToUnicode` stream
//! must be the standard Adobe template with `bfchar` entries of four hex
//! digits only: `pdf-extract` parses it with `adobe-cmap-parser`, whose
//! other rules this module does not repeat.

use std::collections::HashMap;

use pdf_extract::{Dictionary, Object, Stream};

use super::lazy::Objects;
use super::simple_page::entry;

/// A composite font's widths and text, by two-byte code.
#[derive(Debug)]
pub(super) struct CidFont {
    widths: HashMap<u32, f64>,
    default_width: f64,
    to_unicode: Option<HashMap<u32, String>>,
}

impl CidFont {
    /// The code's width in glyph space (`pdf-extract`'s `get_width`).
    pub(super) fn width(&self, code: u32) -> f64 {
        self.widths
            .get(&code)
            .copied()
            .unwrap_or(self.default_width)
    }

    /// The code's text (`pdf-extract`'s `decode_char`): empty when the map
    /// or the code is missing.
    pub(super) fn text(&self, code: u32) -> &str {
        self.to_unicode
            .as_ref()
            .and_then(|m| m.get(&code))
            .map_or("", String::as_str)
    }
}

/// `o` with a reference followed; `None` for a missing object (where
/// `pdf-extract` panics).
fn deref<'a>(doc: &'a dyn Objects, o: &'a Object) -> Option<&'a Object> {
    match o {
        Object::Reference(id) => doc.object(*id),
        _ => Some(o),
    }
}

/// An entry that `pdf-extract` requires, its reference followed.
fn required<'a>(doc: &'a dyn Objects, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    deref(doc, entry(dict, key)?)
}

/// A Type0 font (its `Subtype` checked by the caller) as `pdf-extract`'s
/// `PdfCIDFont::new` reads it, when it reads it without a panic and this
/// module follows every rule it applies.
pub(super) fn cid_font(doc: &dyn Objects, font: &Dictionary) -> Option<CidFont> {
    if !matches!(required(doc, font, b"BaseFont")?, Object::Name(_)) {
        return None;
    }
    let Object::Array(descendants) = required(doc, font, b"DescendantFonts")? else {
        return None;
    };
    let Object::Dictionary(cid) = deref(doc, descendants.first()?)? else {
        return None;
    };
    match required(doc, font, b"Encoding")? {
        Object::Name(n) if n == b"Identity-H" || n == b"Identity-V" => {}
        _ => return None,
    }
    let to_unicode = match entry(font, b"ToUnicode") {
        None => None,
        Some(o) => match deref(doc, o)? {
            Object::Stream(s) => Some(unicode_map(&contents(s))?),
            Object::Name(n) if n == b"Identity-H" => None,
            _ => return None,
        },
    };
    if !matches!(
        required(doc, cid, b"FontDescriptor")?,
        Object::Dictionary(_)
    ) {
        return None;
    }
    // `DW` as an integer written in place, else 1000 (a reference or a
    // real is not read).
    let default_width = match entry(cid, b"DW") {
        Some(Object::Integer(w)) => *w as f64,
        _ => 1000.,
    };
    Some(CidFont {
        widths: widths(doc, cid)?,
        default_width,
        to_unicode,
    })
}

/// A stream's bytes as `pdf-extract` takes them (`get_contents`).
fn contents(s: &Stream) -> Vec<u8> {
    if s.filters().is_ok() {
        s.decompressed_content()
            .unwrap_or_else(|_| s.content.clone())
    } else {
        s.content.clone()
    }
}

/// A number as `pdf-extract`'s `as_num` reads it (it panics on anything
/// else).
fn number(o: &Object) -> Option<f64> {
    match o {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) => Some(f64::from(*r)),
        _ => None,
    }
}

/// The `W` array's widths by `pdf-extract`'s loop: `c [w1 w2 ...]` gives
/// codes `c`, `c + 1`, ...; the `c_first c_last w` form gives none there
/// (it reads both bounds from `c_first`) and skips three items. Its items
/// must be written in place (it follows references, panicking on a
/// missing one), the codes must fit a `u32` without wrapping.
fn widths(doc: &dyn Objects, cid: &Dictionary) -> Option<HashMap<u32, f64>> {
    let mut widths = HashMap::new();
    let w = match entry(cid, b"W") {
        None => return Some(widths),
        Some(o) => deref(doc, o)?,
    };
    let Object::Array(w) = w else {
        return Some(widths);
    };
    if w.iter().any(|o| matches!(o, Object::Reference(_))) {
        return None;
    }
    let mut i = 0;
    while i < w.len() {
        let next = w.get(i + 1)?;
        let Object::Integer(first) = w.get(i)? else {
            return None;
        };
        if let Object::Array(list) = next {
            for (j, v) in list.iter().enumerate() {
                let code = first.checked_add(i64::try_from(j).ok()?)?;
                widths.insert(u32::try_from(code).ok()?, number(v)?);
            }
            i += 2;
        } else {
            i += 3;
        }
    }
    Some(widths)
}

/// The standard `ToUnicode` template up to its mappings (the number
/// before `dict begin` may vary).
const HEAD: &[u8] = b"/CIDInit /ProcSet findresource begin\n";
const HEAD_REST: &[u8] = b" dict begin\nbegincmap\n/CIDSystemInfo\n<< /Registry (Adobe)\n\
/Ordering (UCS)\n/Supplement 0\n>> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
const TAIL: &[u8] = b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend";

/// A `ToUnicode` stream of the standard template whose mappings are
/// `N beginbfchar` blocks of `<XXXX> <YYYY>` lines (upper-case hex), as
/// `pdf-extract` maps it: the code to the one UTF-16 unit, a later line
/// for the same code winning, a unit that is a surrogate left out.
/// `None` for anything else.
fn unicode_map(b: &[u8]) -> Option<HashMap<u32, String>> {
    let mut rest = b.strip_prefix(HEAD)?;
    rest = rest.get(decimal(rest)?.1..)?;
    rest = rest.strip_prefix(HEAD_REST)?;
    let mut map = HashMap::new();
    loop {
        if let Some(end) = rest.strip_prefix(TAIL) {
            return matches!(end, b"" | b"\n" | b"\r\n").then_some(map);
        }
        let (count, digits) = decimal(rest)?;
        rest = rest.get(digits..)?.strip_prefix(b" beginbfchar\n")?;
        for _ in 0..count {
            let line = rest.get(..14)?;
            rest = rest.get(14..)?;
            let [b'<', c0, c1, c2, c3, b'>', b' ', b'<', u0, u1, u2, u3, b'>', b'\n'] = *line
            else {
                return None;
            };
            let code = hex4([c0, c1, c2, c3])?;
            let unit = hex4([u0, u1, u2, u3])?;
            // The parser keeps the last line for a code; pdf-extract then
            // leaves the code out when that line's unit is a surrogate.
            match char::from_u32(unit) {
                Some(c) => map.insert(code, c.to_string()),
                None => map.remove(&code),
            };
        }
        rest = rest.strip_prefix(b"endbfchar\n")?;
    }
}

/// A decimal of one to three digits at the start, without a leading
/// zero: its value (at least one) and length.
fn decimal(b: &[u8]) -> Option<(u32, usize)> {
    let n = b.iter().take(4).take_while(|c| c.is_ascii_digit()).count();
    if !(1..=3).contains(&n) || b.first() == Some(&b'0') {
        return None;
    }
    let value = b
        .get(..n)?
        .iter()
        .fold(0u32, |v, d| v * 10 + u32::from(d - b'0'));
    (value > 0).then_some((value, n))
}

/// Four upper-case hex digits.
fn hex4(d: [u8; 4]) -> Option<u32> {
    d.iter().try_fold(0u32, |v, &c| {
        let x = match c {
            b'0'..=b'9' => c - b'0',
            b'A'..=b'F' => c - b'A' + 10,
            _ => return None,
        };
        Some(v * 16 + u32::from(x))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cmap(body: &str) -> Vec<u8> {
        let mut b = HEAD.to_vec();
        b.extend_from_slice(b"12");
        b.extend_from_slice(HEAD_REST);
        b.extend_from_slice(body.as_bytes());
        b.extend_from_slice(TAIL);
        b
    }

    #[test]
    fn reads_the_standard_template() {
        let map = unicode_map(&cmap(
            "2 beginbfchar\n<00B1> <2013>\n<0003> <0020>\nendbfchar\n1 beginbfchar\n<0003> <0041>\nendbfchar\n",
        ))
        .expect("read");
        assert_eq!(map.get(&0xb1).map(String::as_str), Some("\u{2013}"));
        // A later line for the same code wins.
        assert_eq!(map.get(&3).map(String::as_str), Some("A"));
        // A surrogate unit is left out, also over an earlier line.
        let map = unicode_map(&cmap(
            "2 beginbfchar\n<0001> <0041>\n<0001> <D800>\nendbfchar\n",
        ))
        .expect("read");
        assert!(map.is_empty());
    }

    #[test]
    fn refuses_anything_else() {
        for body in [
            "1 beginbfrange\n<0000> <0001> <0041>\nendbfrange\n",
            "1 beginbfchar\n<00b1> <2013>\nendbfchar\n",
            "2 beginbfchar\n<00B1> <2013>\nendbfchar\n",
            "1 beginbfchar\n<00B1> <20130041>\nendbfchar\n",
            "0 beginbfchar\nendbfchar\n",
        ] {
            assert_eq!(unicode_map(&cmap(body)), None, "{body}");
        }
        assert_eq!(unicode_map(b""), None);
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..300)) {
            let _ = unicode_map(&bytes);
            let mut b = HEAD.to_vec();
            b.extend_from_slice(&bytes);
            let _ = unicode_map(&b);
        }
    }
}
