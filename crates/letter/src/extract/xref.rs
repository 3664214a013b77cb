//! Where a PDF's objects are: the cross-reference table or stream the
//! trailer points to (and the older sections its `/Prev` chain names), or,
//! when those are missing or wrong, a table rebuilt by scanning the file for
//! `N G obj` headers and `trailer` dictionaries, as poppler and MuPDF rebuild
//! a broken one.
//!
//! It owns the table and the trailer, nothing of what objects mean: objects
//! inside object streams are listed by [`super::lazy`], which can decrypt
//! and inflate them. Offsets count from the `%PDF-` header, as `lopdf`
//! counts them (a file may have junk before it).

use std::collections::HashMap;

use pdf_extract::{Dictionary, Object};

use super::inflate::Inflater;
use super::syntax::Cursor;

/// Where one object is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Entry {
    /// At this offset, with this generation.
    Direct {
        /// Offset from the `%PDF-` header.
        offset: usize,
        /// The generation its references must name.
        gen: u16,
    },
    /// Object `index` of the object stream numbered `stream`.
    Packed {
        /// The object stream's number.
        stream: u32,
        /// Its place in that stream.
        index: usize,
    },
    /// Free: a newer section deleted it.
    Free,
}

/// Object numbers to places, and the trailer.
#[derive(Debug, Clone, Default)]
pub(super) struct Table {
    pub(super) entries: HashMap<u32, Entry>,
    pub(super) trailer: Dictionary,
}

/// How many `/Prev` sections are followed: a loop or a long chain in a
/// damaged file ends here.
const MAX_SECTIONS: usize = 64;

/// The table the file declares: from `startxref` through the `/Prev`
/// chain (newer sections win). `None` when any section cannot be read or
/// the trailer has no `/Root`: the caller then rebuilds.
pub(super) fn declared(b: &[u8], inflater: &Inflater) -> Option<Table> {
    let mut next = Some(start(b)?);
    let mut table = Table::default();
    let mut seen = Vec::new();
    while let Some(at) = next.take() {
        if seen.contains(&at) || seen.len() >= MAX_SECTIONS {
            break;
        }
        seen.push(at);
        let trailer = section(b, at, &mut table.entries, inflater)?;
        // A hybrid file's table names a stream with the objects its
        // classic section leaves out.
        if let Some(stm) = offset_of(&trailer, b"XRefStm") {
            section(b, stm, &mut table.entries, inflater)?;
        }
        next = offset_of(&trailer, b"Prev");
        if table.trailer.is_empty() {
            table.trailer = trailer;
        }
    }
    table.trailer.remove(b"Prev");
    table.trailer.get(b"Root").ok()?.as_reference().ok()?;
    Some(table)
}

fn offset_of(dict: &Dictionary, key: &[u8]) -> Option<usize> {
    match dict.get(key).ok()? {
        Object::Integer(n) => usize::try_from(*n).ok(),
        _ => None,
    }
}

/// The offset after the last `startxref` near the end of the file.
fn start(b: &[u8]) -> Option<usize> {
    let tail_from = b.len().saturating_sub(1024);
    let tail = b.get(tail_from..)?;
    let at = memchr::memmem::rfind(tail, b"startxref")?;
    let mut c = Cursor::new(b, tail_from + at + b"startxref".len());
    c.space();
    c.unsigned()
}

/// Reads one section at `at` into `entries` (entries already there, from
/// newer sections, are kept); its trailer dictionary.
fn section(
    b: &[u8],
    at: usize,
    entries: &mut HashMap<u32, Entry>,
    inflater: &Inflater,
) -> Option<Dictionary> {
    let mut c = Cursor::new(b, at);
    c.space();
    if c.eat(b"xref") {
        classic(&mut c, entries)
    } else {
        stream_section(&mut c, entries, inflater)
    }
}

/// A classic table: subsections of `start count` and 20-byte lines, then
/// `trailer` and its dictionary.
fn classic(c: &mut Cursor<'_>, entries: &mut HashMap<u32, Entry>) -> Option<Dictionary> {
    loop {
        c.space();
        if c.eat(b"trailer") {
            return c.dictionary_here();
        }
        let first = c.unsigned::<u32>()?;
        c.space();
        let count = c.unsigned::<u32>()?;
        for k in 0..count {
            c.space();
            let offset = c.unsigned::<usize>()?;
            c.space();
            let gen = c.unsigned::<u32>()?;
            c.space();
            let entry = if c.eat(b"n") {
                Entry::Direct {
                    offset,
                    gen: u16::try_from(gen).ok()?,
                }
            } else if c.eat(b"f") {
                Entry::Free
            } else {
                return None;
            };
            let num = first.checked_add(k)?;
            // Offset 0 marks an entry a writer left unused.
            if num != 0 && !(matches!(entry, Entry::Direct { offset: 0, .. })) {
                entries.entry(num).or_insert(entry);
            }
        }
    }
}

/// A cross-reference stream (PDF 1.5): its dictionary is the trailer.
fn stream_section(
    c: &mut Cursor<'_>,
    entries: &mut HashMap<u32, Entry>,
    inflater: &Inflater,
) -> Option<Dictionary> {
    c.object_header()?;
    let Object::Stream(stream) = c.indirect_body(&|_| None)? else {
        return None;
    };
    // Its `/W` makes it one: `lopdf` and poppler read the stream the table
    // points to whatever its `/Type` says (a damaged `/Type/X?ef`).
    let data = inflater.decompressed(&stream)?;
    let widths: Vec<usize> = match stream.dict.get(b"W").ok()? {
        Object::Array(w) => w
            .iter()
            .map(|o| match o {
                Object::Integer(n) => usize::try_from(*n).ok().filter(|n| *n <= 8),
                _ => None,
            })
            .collect::<Option<_>>()?,
        _ => return None,
    };
    let [w0, w1, w2] = widths[..] else {
        return None;
    };
    let size = match stream.dict.get(b"Size").ok()? {
        Object::Integer(n) => *n,
        _ => return None,
    };
    let index: Vec<i64> = match stream.dict.get(b"Index") {
        Ok(Object::Array(items)) => items
            .iter()
            .map(|o| match o {
                Object::Integer(n) => Some(*n),
                _ => None,
            })
            .collect::<Option<_>>()?,
        _ => vec![0, size],
    };
    let row = w0 + w1 + w2;
    if row == 0 {
        return None;
    }
    let mut rows = data.chunks_exact(row);
    for pair in index.chunks_exact(2) {
        let (first, count) = (u32::try_from(pair[0]).ok()?, u32::try_from(pair[1]).ok()?);
        // Room for the section at once (at most the rows the data holds):
        // growing the table rehashes every entry already in it.
        entries.reserve(rows.len().min(usize::try_from(count).unwrap_or(usize::MAX)));
        for k in 0..count {
            let Some(r) = rows.next() else {
                break;
            };
            let field = |from: usize, width: usize| -> u64 {
                r.get(from..from + width)
                    .unwrap_or_default()
                    .iter()
                    .fold(0, |v, &byte| (v << 8) | u64::from(byte))
            };
            // A missing type field means type 1.
            let kind = if w0 == 0 { 1 } else { field(0, w0) };
            let (f1, f2) = (field(w0, w1), field(w0 + w1, w2));
            let entry = match kind {
                0 => Entry::Free,
                1 => Entry::Direct {
                    offset: usize::try_from(f1).ok()?,
                    gen: u16::try_from(f2).ok()?,
                },
                2 => Entry::Packed {
                    stream: u32::try_from(f1).ok()?,
                    index: usize::try_from(f2).ok()?,
                },
                // Unknown types are references to null.
                _ => Entry::Free,
            };
            let num = first.checked_add(k)?;
            if num != 0 {
                entries.entry(num).or_insert(entry);
            }
        }
    }
    Some(stream.dict)
}

/// A table rebuilt from the file's bytes: every `N G obj` header (a later
/// one wins, as an update appends), and the last trailer that names a
/// `/Root`, from a `trailer` keyword or a cross-reference stream's
/// dictionary. `None` when no object or no such trailer is found: poppler
/// gives up there too (a file cut before its trailer has lost the key of
/// its encryption and the name of its catalog).
pub(super) fn rebuilt(b: &[u8]) -> Option<Table> {
    let mut table = Table::default();
    let mut trailers: Vec<(usize, Dictionary)> = Vec::new();
    for at in memchr::memmem::find_iter(b, b"obj") {
        let Some(start) = header_start(b, at) else {
            continue;
        };
        let mut c = Cursor::new(b, start);
        let Some((num, gen)) = c.object_header() else {
            continue;
        };
        table
            .entries
            .insert(num, Entry::Direct { offset: start, gen });
        // Only the dictionary is read here (not a stream's data).
        if let Some(d) = c.lenient_dictionary() {
            // A cross-reference stream: by its type, or by its `/W` when
            // its type is damaged.
            let xref = matches!(d.get(b"Type"), Ok(Object::Name(n)) if n == b"XRef");
            if xref || d.has(b"W") {
                trailers.push((start, d));
            }
        }
    }
    for at in memchr::memmem::find_iter(b, b"trailer") {
        let mut c = Cursor::new(b, at + b"trailer".len());
        if let Some(d) = c.lenient_dictionary() {
            trailers.push((at, d));
        }
    }
    if table.entries.is_empty() {
        return None;
    }
    trailers.sort_by_key(|(at, _)| *at);
    let root = |d: &Dictionary| matches!(d.get(b"Root"), Ok(Object::Reference(_)));
    let (_, mut trailer) = trailers.into_iter().rev().find(|(_, d)| root(d))?;
    for key in [&b"Prev"[..], b"XRefStm", b"Type", b"W", b"Index", b"Filter"] {
        trailer.remove(key);
    }
    table.trailer = trailer;
    Some(table)
}

/// Where the `N G obj` header ending at the `obj` found at `at` starts:
/// two unsigned integers before it, separated by white space, the first
/// preceded by white space, a delimiter or the start of the file.
fn header_start(b: &[u8], at: usize) -> Option<usize> {
    // `obj` followed by a regular character is part of a longer word.
    if b.get(at + 3).is_some_and(|&c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let before = |i: usize| i.checked_sub(1).and_then(|j| b.get(j).copied());
    let mut i = at;
    while before(i).is_some_and(super::syntax::is_white) {
        i -= 1;
    }
    let gen_end = i;
    while before(i).is_some_and(|c| c.is_ascii_digit()) {
        i -= 1;
    }
    if i == gen_end {
        return None;
    }
    let gen_start = i;
    while before(i).is_some_and(super::syntax::is_white) {
        i -= 1;
    }
    if i == gen_start {
        return None;
    }
    let num_end = i;
    while before(i).is_some_and(|c| c.is_ascii_digit()) {
        i -= 1;
    }
    if i == num_end {
        return None;
    }
    match before(i) {
        None => Some(i),
        Some(c) if !c.is_ascii_alphanumeric() && c != b'.' && c != b'-' && c != b'+' => Some(i),
        Some(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLASSIC: &[u8] = b"%PDF-1.4\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n\
2 0 obj\n<</Type/Pages/Kids[]/Count 0>>\nendobj\n\
xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000054 00000 n \n\
trailer\n<</Size 3/Root 1 0 R>>\nstartxref\n100\n%%EOF\n";

    /// CLASSIC's second object where CLASSIC has it, and its catalog.
    fn assert_names_classic_objects(t: &Table) {
        assert_eq!(
            t.entries.get(&2),
            Some(&Entry::Direct { offset: 54, gen: 0 })
        );
        assert_eq!(
            t.trailer.get(b"Root").ok(),
            Some(&Object::Reference((1, 0)))
        );
    }

    #[test]
    fn reads_a_classic_table() {
        let t = declared(CLASSIC, &Inflater::default()).expect("a table");
        assert_eq!(
            t.entries.get(&1),
            Some(&Entry::Direct { offset: 9, gen: 0 })
        );
        assert_names_classic_objects(&t);
    }

    #[test]
    fn rebuilds_a_table_from_the_objects() {
        // The startxref offset is wrong and the table is gone.
        let broken = [
            &CLASSIC[..100],
            b"trailer\n<</Size 3/Root 1 0 R>>\nstartxref\n7\n%%EOF\n",
        ]
        .concat();
        assert!(declared(&broken, &Inflater::default()).is_none());
        let t = rebuilt(&broken).expect("rebuilt");
        assert_names_classic_objects(&t);
        // No trailer at all: nothing names the catalog (poppler gives up).
        assert!(rebuilt(&CLASSIC[..100]).is_none());
    }

    #[test]
    fn a_cross_reference_stream_with_a_damaged_type_is_read() {
        // CLASSIC's two objects, then a cross-reference stream (no filter)
        // whose `/Type/XRef` is damaged to `/Type/Xzef`.
        let mut b = CLASSIC[..100].to_vec();
        b.extend_from_slice(
            b"3 0 obj\n<</Type/Xzef/W[1 2 1]/Size 4/Root 1 0 R/Length 16>>stream\n",
        );
        b.extend_from_slice(&[0, 0, 0, 255, 1, 0, 9, 0, 1, 0, 54, 0, 1, 0, 100, 0]);
        b.extend_from_slice(b"\nendstream\nendobj\n");
        let good = [&b[..], b"startxref\n100\n%%EOF\n"].concat();
        let t = declared(&good, &Inflater::default()).expect("a table");
        assert_names_classic_objects(&t);
        // Its offset lost too: the rebuilt table takes its dictionary,
        // known by its `/W`, for the trailer.
        let lost = [&b[..], b"startxref\n7\n%%EOF\n"].concat();
        assert!(declared(&lost, &Inflater::default()).is_none());
        let t = rebuilt(&lost).expect("rebuilt");
        assert_eq!(
            t.trailer.get(b"Root").ok(),
            Some(&Object::Reference((1, 0)))
        );
    }

    #[test]
    fn header_starts_need_two_numbers() {
        assert_eq!(header_start(b"12 0 obj", 5), Some(0));
        assert_eq!(header_start(b"x\n12 0 obj", 7), Some(2));
        assert_eq!(header_start(b"endobj", 3), None);
        assert_eq!(header_start(b"a12 0 obj", 6), None);
        assert_eq!(header_start(b"0 obj", 2), None);
        assert_eq!(header_start(b"1 0 objx", 4), None);
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..400)) {
            let _ = declared(&bytes, &Inflater::default());
            let _ = rebuilt(&bytes);
        }

        #[test]
        fn pdf_like_bytes_never_panic(parts in proptest::collection::vec(proptest::sample::select(vec![
            "1 0 obj", "endobj", "xref", "0 3", "0000000009 00000 n ", "trailer", "<<", ">>",
            "/Root 1 0 R", "/Prev 0", "startxref", "9", "%%EOF", "\n", " ", "stream\n", "endstream",
            "/Type/XRef", "/W[1 2 1]", "/Size 3", "/Index[0 3]", "/Length 4",
        ]), 0..40)) {
            let bytes = parts.concat();
            let _ = declared(bytes.as_bytes(), &Inflater::default());
            let _ = rebuilt(bytes.as_bytes());
        }
    }
}
