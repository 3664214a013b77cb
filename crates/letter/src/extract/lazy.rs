//! A PDF read on demand: only the objects asked for are parsed, decrypted
//! and (for object streams and content streams) inflated, where `lopdf`'s
//! load reads, decrypts and inflates every object of the file first.
//!
//! A letter's text needs the catalog, the page tree, each page's content
//! streams and resources, and the fonts those name: a few objects out of a
//! hundred, and none of the images, font files, metadata or structure tree.
//! Objects come out as `lopdf` objects, equal to the ones its full load
//! makes (same parser rules in [`super::syntax`], `lopdf`'s own standard
//! security handler for the key, its per-object decryption or
//! [`super::decrypt`]'s equal one for AES-128), so the fast page reader
//! ([`super::simple_page`]) gives the same text from either.
//!
//! This module owns the document-level reading: which table to trust
//! ([`super::xref`] reads it or rebuilds it), the encryption key, the page
//! list, a page's content. When the declared table is missing or wrong, the
//! rebuilt one is used and [`Lazy::repaired`] says so.

use std::collections::BTreeMap;

use once_cell::unsync::OnceCell;
use pdf_extract::{Dictionary, Document, EncryptionState, Object, ObjectId, Stream};

use super::decrypt::Decryptor;
use super::inflate::Inflater;
use super::simple_page::entry;
use super::syntax::Cursor;
use super::xref::{self, Entry, Table};

/// What the fast page reader asks of a document; `lopdf`'s loaded
/// [`Document`] and [`Lazy`] both answer it.
pub(super) trait Objects {
    /// The object `id`, references followed, as `Document::get_object`.
    fn object(&self, id: ObjectId) -> Option<&Object>;
    /// A page's content streams, inflated and joined with newlines, as
    /// `Document::get_page_content`.
    fn page_content(&self, page: ObjectId) -> Option<Vec<u8>>;
    /// A damaged page's content: the streams that can be read.
    fn readable_content(&self, page: ObjectId) -> Option<Vec<u8>> {
        self.page_content(page)
    }
    /// `true` only when what [`Objects::object`] gives for `id` is
    /// certainly not a dictionary with the key `key` (the answer may be
    /// `false` anyway): a font descriptor is read only to ask for its
    /// `FontFile3`.
    fn surely_lacks(&self, id: ObjectId, key: &[u8]) -> bool {
        let _ = (id, key);
        false
    }
    /// The bytes object `id` is read from when it sits in an object
    /// stream (decrypted and inflated with it; the object's own bytes
    /// need nothing more), from its start to the stream's end: what
    /// [`Objects::object`] gives for `id` is the first object they hold.
    /// `None` when it is not so stored.
    fn packed_bytes(&self, id: ObjectId) -> Option<&[u8]> {
        let _ = id;
        None
    }
}

impl Objects for Document {
    fn object(&self, id: ObjectId) -> Option<&Object> {
        self.get_object(id).ok()
    }

    fn page_content(&self, page: ObjectId) -> Option<Vec<u8>> {
        self.get_page_content(page).ok()
    }
}

/// Why a file cannot be read lazily; the caller then reads it with `lopdf`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(super) enum LazyError {
    /// No `%PDF-` header in the first KiB, nor the objects of a PDF
    /// whose header is damaged.
    #[error("no %PDF- header")]
    NoHeader,
    /// Neither the declared table nor a rebuilt one leads to a catalog.
    #[error("no readable cross-reference table or catalog")]
    NoTable,
    /// An encryption this reader does not set up (not the standard
    /// handler, or the empty password does not open it).
    #[error("encryption not opened with the empty password")]
    Encryption,
}

/// An object stream's decoded bytes and where each of its objects starts.
struct Packed {
    data: Vec<u8>,
    /// (object number, offset in `data`), in the stream's order.
    starts: Vec<(u32, usize)>,
}

/// How many references in a row are followed (a loop ends here).
const DEREF_LIMIT: usize = 32;

/// A PDF whose objects are read when first asked for.
pub(super) struct Lazy<'a> {
    /// The file from its `%PDF-` header on (offsets count from there).
    b: &'a [u8],
    table: Table,
    /// The object numbers of the table, sorted: a number's place here is
    /// its slot in `objects` and `packed`.
    slots: Vec<u32>,
    objects: Vec<OnceCell<Option<Object>>>,
    packed: Vec<OnceCell<Option<Packed>>>,
    /// Slots being read now: a reference back to one (a stream whose
    /// `/Length` is itself, a container inside itself) reads as missing.
    busy: std::cell::RefCell<Vec<bool>>,
    crypt: Option<(EncryptionState, Option<ObjectId>)>,
    /// How `crypt`'s objects are decrypted.
    decryptor: Decryptor,
    repaired: bool,
    /// The page tree is unreadable: the pages are the page objects found.
    orphans: bool,
    /// The encryption dictionary was damaged and mended.
    mended: std::cell::Cell<bool>,
    /// A stream read was damaged, and only what came before the damage
    /// kept ([`Lazy::salvaged`]).
    salvaged: std::cell::Cell<bool>,
    inflater: Inflater,
}

impl<'a> Lazy<'a> {
    /// Opens a file: its table (declared, or rebuilt when the declared one
    /// cannot be read or does not lead to a page tree) and its encryption.
    pub(super) fn open(bytes: &'a [u8]) -> Result<Lazy<'a>, LazyError> {
        let head = bytes.get(..bytes.len().min(1024)).unwrap_or_default();
        // A damaged header: offsets count from the file's start, and the
        // table is rebuilt (the declared one may count from a header that
        // is gone).
        let (at, headerless) = match memchr::memmem::find(head, b"%PDF-") {
            Some(at) => (at, false),
            None if super::has_damaged_pdf_header(bytes) => (0, true),
            None => return Err(LazyError::NoHeader),
        };
        let b = bytes.get(at..).unwrap_or_default();
        let inflater = Inflater::default();
        let declared = if headerless {
            None
        } else {
            xref::declared(b, &inflater)
        };
        if let Some(table) = declared {
            if let Ok(doc) = Lazy::with_table(b, table, false, inflater) {
                if !doc.page_ids().is_empty() {
                    return Ok(doc);
                }
            }
        }
        let table = xref::rebuilt(b).ok_or(LazyError::NoTable)?;
        let mut doc = Lazy::with_table(b, table, true, Inflater::default())?;
        doc.list_packed_objects();
        doc.orphans = doc.page_ids().is_empty();
        Ok(doc)
    }

    fn with_table(
        b: &'a [u8],
        table: Table,
        repaired: bool,
        inflater: Inflater,
    ) -> Result<Lazy<'a>, LazyError> {
        let mut doc = Lazy {
            b,
            table,
            slots: Vec::new(),
            objects: Vec::new(),
            packed: Vec::new(),
            busy: std::cell::RefCell::new(Vec::new()),
            crypt: None,
            decryptor: Decryptor::Lopdf,
            repaired,
            orphans: false,
            mended: std::cell::Cell::new(false),
            salvaged: std::cell::Cell::new(false),
            inflater,
        };
        doc.index_slots();
        doc.crypt = doc.encryption()?;
        if let Some((state, _)) = &doc.crypt {
            doc.decryptor = Decryptor::for_state(state);
        }
        Ok(doc)
    }

    fn index_slots(&mut self) {
        self.slots = self.table.entries.keys().copied().collect();
        self.slots.sort_unstable();
        let n = self.slots.len();
        self.objects = (0..n).map(|_| OnceCell::new()).collect();
        self.packed = (0..n).map(|_| OnceCell::new()).collect();
        self.busy = std::cell::RefCell::new(vec![false; n]);
    }

    /// A rebuilt table knows the objects found at offsets; the ones inside
    /// object streams are listed from those streams' headers.
    fn list_packed_objects(&mut self) {
        let streams: Vec<u32> = self
            .table
            .entries
            .keys()
            .copied()
            .filter(|&num| {
                matches!(self.object((num, self.generation(num))), Some(Object::Stream(s))
                    if is_object_stream(&s.dict))
            })
            .collect();
        let mut found = Vec::new();
        for stream in streams {
            if let Some(p) = self.packed_stream(stream) {
                for (index, &(num, _)) in p.starts.iter().enumerate() {
                    found.push((num, stream, index));
                }
            }
        }
        let mut added = false;
        for (num, stream, index) in found {
            // An object written out directly is newer than a packed copy.
            if let std::collections::hash_map::Entry::Vacant(v) = self.table.entries.entry(num) {
                v.insert(Entry::Packed { stream, index });
                added = true;
            }
        }
        if added {
            // The new numbers need slots; objects read so far are read
            // again when asked (a few, once per repaired file).
            self.index_slots();
        }
    }

    fn slot(&self, num: u32) -> Option<usize> {
        self.slots.binary_search(&num).ok()
    }

    fn generation(&self, num: u32) -> u16 {
        match self.table.entries.get(&num) {
            Some(Entry::Direct { gen, .. }) => *gen,
            _ => 0,
        }
    }

    /// The standard security handler's state, when the trailer names an
    /// `/Encrypt` dictionary: set up by `lopdf` from a document holding
    /// only the trailer and that dictionary.
    fn encryption(&self) -> Result<Option<(EncryptionState, Option<ObjectId>)>, LazyError> {
        let Ok(reference) = self.table.trailer.get(b"Encrypt") else {
            return Ok(None);
        };
        let id = reference.as_reference().ok();
        let dict = match reference {
            Object::Dictionary(d) => Some(d.clone()),
            Object::Reference(id) => match self.raw(*id) {
                Some(Object::Dictionary(d)) => Some(d),
                _ => None,
            },
            _ => None,
        };
        if let Some(state) = dict.and_then(|d| self.open_with(d, id)) {
            return Ok(Some((state, id)));
        }
        // A damaged dictionary: read leniently, its key length taken from
        // its crypt filter when its own is lost (poppler reads AESV2 by the
        // filter's length). The empty password must still open it.
        let dict = id
            .and_then(|id| self.lenient_raw(id))
            .map(mended_encryption)
            .ok_or(LazyError::Encryption)?;
        let state = self.open_with(dict, id).ok_or(LazyError::Encryption)?;
        self.mended.set(true);
        Ok(Some((state, id)))
    }

    /// The encryption state the empty password opens with `dict` as the
    /// encryption dictionary.
    fn open_with(&self, dict: Dictionary, id: Option<ObjectId>) -> Option<EncryptionState> {
        let mut mini = Document::new();
        mini.trailer = self.table.trailer.clone();
        let encrypt_id = id.unwrap_or((u32::MAX, 0));
        mini.trailer.set("Encrypt", Object::Reference(encrypt_id));
        mini.objects.insert(encrypt_id, Object::Dictionary(dict));
        // The empty password as lopdf's load accepts it, as the owner's or
        // the user's. The state is decoded first and the user's checked
        // with its key (it opens every DWC letter): lopdf's own check would
        // derive the key a second time. Anything that check does not
        // accept goes to lopdf's checks, user's then owner's, as before.
        let state = EncryptionState::decode(&mini, "").ok()?;
        if super::password::empty_user_password_opens(&state, &mini.trailer) {
            return Some(state);
        }
        mini.authenticate_user_password("")
            .or_else(|_| mini.authenticate_owner_password(""))
            .ok()?;
        Some(state)
    }

    /// A direct dictionary read leniently.
    fn lenient_raw(&self, id: ObjectId) -> Option<Dictionary> {
        let Some(&Entry::Direct { offset, .. }) = self.table.entries.get(&id.0) else {
            return None;
        };
        let mut c = Cursor::new(self.b, offset);
        c.object_header()?;
        c.lenient_dictionary()
    }

    /// Whether a stream read so far (a content stream, an object stream)
    /// was damaged, decrypted or inflated only up to the damage.
    pub(super) fn salvaged(&self) -> bool {
        self.salvaged.get()
    }

    /// Whether the file was repaired: its table rebuilt by scanning it,
    /// or its encryption dictionary mended.
    pub(super) fn repaired(&self) -> bool {
        self.repaired || self.mended.get()
    }

    /// The pages by number (1 on), in the page tree's order, as
    /// `Document::get_pages` lists them; in a repaired file whose page tree
    /// cannot be read, every page object found (as poppler falls back to).
    pub(super) fn pages(&self) -> BTreeMap<u32, ObjectId> {
        if self.orphans {
            return (1..).zip(self.page_objects()).collect();
        }
        (1..).zip(self.page_ids()).collect()
    }

    /// Every object whose type is `/Page`, in the order of the file (a
    /// writer puts the first page first; object numbers need not follow).
    fn page_objects(&self) -> Vec<ObjectId> {
        let place = |num: u32| match self.table.entries.get(&num) {
            Some(Entry::Direct { offset, .. }) => (*offset, 0),
            Some(Entry::Packed { stream, index }) => match self.table.entries.get(stream) {
                Some(Entry::Direct { offset, .. }) => (*offset, index + 1),
                _ => (usize::MAX, *index),
            },
            _ => (usize::MAX, 0),
        };
        let mut nums: Vec<u32> = self.table.entries.keys().copied().collect();
        nums.sort_unstable_by_key(|&n| (place(n), n));
        nums.into_iter()
            .map(|num| (num, self.generation(num)))
            .filter(|&id| {
                matches!(self.cached(id), Some(Object::Dictionary(d))
                    if matches!(d.get_type(), Ok(b"Page")))
            })
            .collect()
    }

    fn page_ids(&self) -> Vec<ObjectId> {
        let mut out = Vec::new();
        let Some(Object::Dictionary(catalog)) = self.root() else {
            return out;
        };
        let Ok(Object::Reference(tree)) = catalog.get(b"Pages") else {
            return out;
        };
        // Depth first through /Kids; a kid is a page or a node by /Type.
        // Each kid visited costs one of a budget as large as the table, so
        // a loop in the tree ends.
        let mut budget = self.table.entries.len();
        let mut stack: Vec<&[Object]> = Vec::new();
        let mut kids = self.kids(*tree);
        loop {
            while let Some((kid, rest)) = kids.and_then(<[Object]>::split_first) {
                if budget == 0 {
                    return out;
                }
                budget -= 1;
                kids = Some(rest);
                let Object::Reference(id) = kid else {
                    continue;
                };
                let Some(Object::Dictionary(d)) = self.object(*id) else {
                    continue;
                };
                match d.get_type() {
                    Ok(b"Page") => out.push(*id),
                    Ok(b"Pages") if stack.len() < 256 => {
                        if !rest.is_empty() {
                            stack.push(rest);
                        }
                        kids = self.kids(*id);
                    }
                    // In a repaired file, a kid whose `/Type` is lost and
                    // that has no `/Kids` is a page, as poppler takes it
                    // (`lopdf` skips it; an undamaged file always names
                    // the type).
                    Err(_) if self.repaired && !d.has(b"Kids") => out.push(*id),
                    _ => {}
                }
            }
            match stack.pop() {
                Some(k) => kids = Some(k),
                None => return out,
            }
        }
    }

    fn kids(&self, node: ObjectId) -> Option<&[Object]> {
        let Some(Object::Dictionary(d)) = self.object(node) else {
            return None;
        };
        match entry(d, b"Kids")? {
            Object::Array(a) => Some(a),
            Object::Reference(id) => match self.object(*id)? {
                Object::Array(a) => Some(a),
                _ => None,
            },
            _ => None,
        }
    }

    fn root(&self) -> Option<&Object> {
        let id = self.table.trailer.get(b"Root").ok()?.as_reference().ok()?;
        self.object(id)
    }

    /// The object `id` as read (no reference followed), cached.
    fn cached(&self, id: ObjectId) -> Option<&Object> {
        let slot = self.slot(id.0)?;
        let cell = self.objects.get(slot)?;
        if let Some(done) = cell.get() {
            return done.as_ref();
        }
        if self.busy.borrow().get(slot).copied().unwrap_or(true) {
            return None;
        }
        set_busy(&self.busy, slot, true);
        let read = self.load(id);
        set_busy(&self.busy, slot, false);
        // `load` may have filled the cell through a reference of its own
        // (it cannot: the slot was busy), so `get_or_init` keeps the first.
        cell.get_or_init(|| read).as_ref()
    }

    /// Reads object `id` from the file: parsed, and decrypted unless it is
    /// inside an object stream (decrypted as a whole) or the encryption
    /// dictionary.
    fn load(&self, id: ObjectId) -> Option<Object> {
        match *self.table.entries.get(&id.0)? {
            Entry::Direct { gen, .. } if gen != id.1 => None,
            Entry::Direct { .. } => {
                let mut object = self.raw(id)?;
                if let Some((state, encrypt_id)) = &self.crypt {
                    if Some(id) != *encrypt_id {
                        // lopdf's load ignores a failed decryption too; a
                        // damaged AES stream is decrypted up to the damage.
                        let salvaged = self.decryptor.decrypt_salvaging(state, id, &mut object);
                        if salvaged == Ok(true) {
                            self.salvaged.set(true);
                        }
                    }
                }
                Some(object)
            }
            Entry::Packed { .. } if id.1 != 0 => None,
            Entry::Packed { stream, index } => self.unpack(stream, index, id.0),
            Entry::Free => None,
        }
    }

    /// A direct object as written in the file (not decrypted).
    fn raw(&self, id: ObjectId) -> Option<Object> {
        let Some(&Entry::Direct { offset, .. }) = self.table.entries.get(&id.0) else {
            return None;
        };
        let mut c = Cursor::new(self.b, offset);
        if c.object_header()? != id {
            return None;
        }
        let length = |r: Object| match r {
            Object::Reference(l) => match self.object(l)? {
                Object::Integer(n) => Some(*n),
                _ => None,
            },
            _ => None,
        };
        let body = c.indirect_body(&length);
        if body.is_none() && self.repaired {
            // A damaged file: the object as poppler would read it.
            let mut c = Cursor::new(self.b, offset);
            c.object_header()?;
            return c.lenient_body();
        }
        body
    }

    /// Object `num` from object stream `stream`, at `index` (or, when the
    /// stream lists it elsewhere, where it lists it).
    /// In a repaired file, an object the strict reading fails on is read
    /// leniently ([`Cursor::lenient_body`]) from its own bytes, up to the
    /// next object of the stream: a garbled object stream (its page tree,
    /// its fonts) still gives what it holds, as poppler reads it.
    fn unpack(&self, stream: u32, index: usize, num: u32) -> Option<Object> {
        let bytes = self.packed_at(stream, index, num)?;
        let strict = Cursor::new(bytes, 0).object(100);
        if strict.is_some() || !self.repaired {
            return strict;
        }
        let own = self
            .packed_stream(stream)
            .and_then(|p| {
                let start = p.data.len().checked_sub(bytes.len())?;
                let next = p
                    .starts
                    .iter()
                    .map(|&(_, at)| at)
                    .filter(|&at| at > start)
                    .min()?;
                bytes.get(..next - start)
            })
            .unwrap_or(bytes);
        let object = Cursor::new(own, 0).lenient_body()?;
        // A stream cannot sit in an object stream: only a value is kept.
        (!matches!(object, Object::Stream(_))).then_some(object)
    }

    /// Object `num`'s bytes in object stream `stream` (listed at `index`,
    /// or else where the stream lists it last), to the stream's end.
    fn packed_at(&self, stream: u32, index: usize, num: u32) -> Option<&[u8]> {
        let p = self.packed_stream(stream)?;
        let start = match p.starts.get(index) {
            Some(&(n, at)) if n == num => at,
            _ => p.starts.iter().rev().find(|(n, _)| *n == num)?.1,
        };
        p.data.get(start..)
    }

    fn packed_stream(&self, stream: u32) -> Option<&Packed> {
        let slot = self.slot(stream)?;
        self.packed
            .get(slot)?
            .get_or_init(|| {
                let Some(Object::Stream(s)) = self.cached((stream, 0)) else {
                    return None;
                };
                let (packed, salvaged) = decode_packed(s, &self.inflater)?;
                if salvaged {
                    self.salvaged.set(true);
                }
                Some(packed)
            })
            .as_ref()
    }
}

/// Whether a stream found in a damaged file is an object stream: its type
/// says so, or its type is lost (read leniently, `/Type]ObjStm` has none)
/// and it has an object stream's `/N` and `/First`.
fn is_object_stream(d: &Dictionary) -> bool {
    match d.get(b"Type") {
        Ok(Object::Name(n)) => n == b"ObjStm",
        Ok(_) => false,
        Err(_) => {
            let int = |key: &[u8]| matches!(d.get(key), Ok(Object::Integer(_)));
            int(b"N") && int(b"First")
        }
    }
}

/// An encryption dictionary with what damage is known to cost filled in:
/// the standard handler's name, and the key length of a version 4 handler
/// from its standard crypt filter (in bytes there, in bits here).
fn mended_encryption(mut d: Dictionary) -> Dictionary {
    if d.get(b"Filter").is_err() {
        d.set("Filter", Object::Name(b"Standard".to_vec()));
    }
    let filter_length = d
        .get(b"CF")
        .and_then(Object::as_dict)
        .and_then(|cf| cf.get(b"StdCF"))
        .and_then(Object::as_dict)
        .and_then(|f| f.get(b"Length"))
        .and_then(Object::as_i64);
    if let (Err(_), Ok(bytes)) = (d.get(b"Length"), filter_length) {
        d.set("Length", Object::Integer(bytes * 8));
    }
    d
}

/// The references in `o` (a stream's dictionary included), but not those
/// under a `/Parent` key; nested values deeper than `lopdf`'s limit are
/// not searched.
fn references(o: &Object, out: &mut Vec<ObjectId>, depth: usize) {
    if depth > 100 {
        return;
    }
    let dict = match o {
        Object::Reference(id) => return out.push(*id),
        Object::Array(items) => {
            for item in items {
                references(item, out, depth + 1);
            }
            return;
        }
        Object::Dictionary(d) => d,
        Object::Stream(s) => &s.dict,
        _ => return,
    };
    for (key, value) in dict.iter() {
        if key.as_slice() != b"Parent" {
            references(value, out, depth + 1);
        }
    }
}

fn set_busy(busy: &std::cell::RefCell<Vec<bool>>, slot: usize, value: bool) {
    if let Some(b) = busy.borrow_mut().get_mut(slot) {
        *b = value;
    }
}

/// An object stream's data (inflated when it can be, else as stored, as
/// `lopdf` does) and its header of `number offset` pairs.
fn decode_packed(s: &Stream, inflater: &Inflater) -> Option<(Packed, bool)> {
    let (data, salvaged) = inflater.decode_salvaging(s);
    let first = usize::try_from(entry(&s.dict, b"First")?.as_i64().ok()?).ok()?;
    let header = std::str::from_utf8(data.get(..first)?).ok()?;
    let numbers: Vec<Option<u32>> = header
        .split_whitespace()
        .map(|n| n.parse::<u32>().ok())
        .collect();
    let starts = numbers
        .chunks_exact(2)
        .filter_map(|pair| {
            let at = first.checked_add(usize::try_from(pair[1]?).ok()?)?;
            (at < data.len()).then_some((pair[0]?, at))
        })
        .collect();
    Some((Packed { data, starts }, salvaged))
}

impl Objects for Lazy<'_> {
    fn object(&self, id: ObjectId) -> Option<&Object> {
        let mut object = self.cached(id)?;
        for _ in 0..DEREF_LIMIT {
            match object {
                Object::Reference(next) => object = self.cached(*next)?,
                _ => return Some(object),
            }
        }
        None
    }

    fn page_content(&self, page: ObjectId) -> Option<Vec<u8>> {
        self.content(page, false)
    }

    fn readable_content(&self, page: ObjectId) -> Option<Vec<u8>> {
        self.content(page, true)
    }

    /// An object in an object stream not read yet is not parsed for this:
    /// when its bytes start a dictionary (so the reading is a dictionary
    /// or nothing, never a reference to another object) and the stream's
    /// bytes from there on hold neither `key` nor a `#` (a name's escape),
    /// no reading of them has the key.
    fn surely_lacks(&self, id: ObjectId, key: &[u8]) -> bool {
        let Some(&Entry::Packed { stream, index }) = self.table.entries.get(&id.0) else {
            return false;
        };
        let read = self
            .slot(id.0)
            .and_then(|slot| self.objects.get(slot))
            .is_none_or(|cell| cell.get().is_some());
        if id.1 != 0 || read || key.is_empty() {
            return false;
        }
        let Some(rest) = self.packed_at(stream, index, id.0) else {
            return false;
        };
        rest.starts_with(b"<<")
            && memchr::memchr(b'#', rest).is_none()
            && memchr::memmem::find(rest, key).is_none()
    }

    fn packed_bytes(&self, id: ObjectId) -> Option<&[u8]> {
        match *self.table.entries.get(&id.0)? {
            Entry::Packed { stream, index } if id.1 == 0 => self.packed_at(stream, index, id.0),
            _ => None,
        }
    }
}

impl Lazy<'_> {
    /// A page's content streams, inflated and joined with newlines; a
    /// stream that cannot be read is left out when `skip_missing`, else
    /// makes the answer `None`.
    fn content(&self, page: ObjectId, skip_missing: bool) -> Option<Vec<u8>> {
        let Some(Object::Dictionary(d)) = self.object(page) else {
            return None;
        };
        let mut ids = Vec::new();
        let mut contents = entry(d, b"Contents");
        for _ in 0..DEREF_LIMIT {
            match contents {
                Some(Object::Reference(id)) => match self.cached(*id) {
                    None | Some(Object::Stream(_)) => ids.push(*id),
                    Some(other) => {
                        contents = Some(other);
                        continue;
                    }
                },
                Some(Object::Array(items)) => {
                    ids.extend(items.iter().filter_map(|o| o.as_reference().ok()));
                }
                _ => {}
            }
            break;
        }
        let mut streams = Vec::with_capacity(ids.len());
        for id in ids {
            // A content stream that cannot be read (`lopdf` would skip it)
            // sends the page to pdf-extract, which says the page failed.
            let Some(Object::Stream(s)) = self.object(id) else {
                if skip_missing {
                    continue;
                }
                return None;
            };
            streams.push(s);
        }
        // Room for the streams inflated (about four times their size) at
        // once, rather than growing and copying stream by stream.
        let stored: usize = streams.iter().map(|s| s.content.len()).sum();
        let mut out = Vec::with_capacity(stored.saturating_mul(4).min(1 << 24));
        for s in streams {
            if self.inflater.decode_salvaging_into(s, &mut out) {
                self.salvaged.set(true);
            }
            out.push(b'\n');
        }
        Some(out)
    }
}

impl Lazy<'_> {
    /// The objects `pdf-extract` can reach when it reads page `page`, read
    /// and decrypted, as a `lopdf` document: the catalog, the page tree
    /// (its nodes with everything they refer to, the other pages' own
    /// dictionaries only), and everything `page` refers to, except through
    /// `/Parent` (the nodes above it are in the tree already). `lopdf`'s
    /// full load reads, decrypts and parses every object of the file: the
    /// other pages' content, images and fonts, the structure tree, the
    /// metadata.
    pub(super) fn page_document(&self, page: ObjectId) -> Document {
        let mut doc = Document::new();
        doc.trailer = self.table.trailer.clone();
        doc.trailer.remove(b"Encrypt");
        let encrypt_id = self.crypt.as_ref().and_then(|(_, e)| *e);
        let root = self
            .table
            .trailer
            .get(b"Root")
            .ok()
            .and_then(|r| r.as_reference().ok());
        let mut todo: Vec<ObjectId> = root.into_iter().collect();
        let mut refs = Vec::new();
        // A budget as large as the table ends a walk on any file.
        let mut budget = self.table.entries.len().saturating_add(1);
        while let Some(id) = todo.pop() {
            if doc.objects.contains_key(&id) || Some(id) == encrypt_id || budget == 0 {
                continue;
            }
            budget -= 1;
            let Some(object) = self.cached(id) else {
                continue;
            };
            refs.clear();
            match object {
                // The catalog: only its page tree.
                Object::Dictionary(d) if Some(id) == root => {
                    if let Some(Object::Reference(tree)) = entry(d, b"Pages") {
                        refs.push(*tree);
                    }
                }
                // Another page: its dictionary, for the page list.
                Object::Dictionary(d) if id != page && matches!(d.get_type(), Ok(b"Page")) => {}
                other => references(other, &mut refs, 0),
            }
            todo.extend(refs.iter().rev().copied());
            doc.objects.insert(id, object.clone());
        }
        doc.max_id = doc.objects.keys().map(|id| id.0).max().unwrap_or(0);
        doc
    }

    /// Every object of the table, read and decrypted, as a `lopdf`
    /// document: for `pdf-extract`, when `lopdf` cannot load the file
    /// itself (a rebuilt table).
    pub(super) fn to_document(&self) -> Document {
        let mut doc = Document::new();
        for (&num, entry) in &self.table.entries {
            let gen = match entry {
                Entry::Direct { gen, .. } => *gen,
                _ => 0,
            };
            let id = (num, gen);
            if self.crypt.as_ref().is_some_and(|(_, e)| *e == Some(id)) {
                continue;
            }
            if let Some(o) = self.cached(id) {
                doc.objects.insert(id, o.clone());
            }
        }
        doc.trailer = self.table.trailer.clone();
        doc.trailer.remove(b"Encrypt");
        doc.max_id = doc.objects.keys().map(|id| id.0).max().unwrap_or(0);
        doc
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pdf_extract::{Dictionary, StringFormat};
    use proptest::prelude::*;

    /// Objects as a writer may write them: reals are quarters (they print
    /// and read back exactly), names are regular characters.
    fn value() -> impl Strategy<Value = Object> {
        let leaf = prop_oneof![
            Just(Object::Null),
            any::<bool>().prop_map(Object::Boolean),
            any::<i32>().prop_map(|n| Object::Integer(i64::from(n))),
            // Whole reals print as integers, and read back as such.
            (-4000i32..4000)
                .prop_filter("a fraction", |n| n % 4 != 0)
                .prop_map(|n| Object::Real(n as f32 / 4.0)),
            "[A-Za-z0-9_.]{0,8}".prop_map(|n| Object::Name(n.into_bytes())),
            proptest::collection::vec(any::<u8>(), 0..24)
                .prop_map(|b| Object::String(b, StringFormat::Literal)),
            proptest::collection::vec(any::<u8>(), 0..24)
                .prop_map(|b| Object::String(b, StringFormat::Hexadecimal)),
            (1u32..5, 0u16..2).prop_map(Object::Reference),
        ];
        leaf.prop_recursive(3, 24, 6, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(Object::Array),
                proptest::collection::vec(("[A-Za-z]{1,6}", inner), 0..6).prop_map(|kv| {
                    let mut d = Dictionary::new();
                    for (k, v) in kv {
                        d.set(k.into_bytes(), v);
                    }
                    Object::Dictionary(d)
                }),
            ]
        })
    }

    /// A document with one page and the given objects, and the ids they
    /// got.
    fn document(objects: &[Object], content: &[u8]) -> (Document, Vec<ObjectId>) {
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let content_id = doc.add_object(Stream::new(Dictionary::new(), content.to_vec()));
        let mut page = Dictionary::new();
        page.set("Type", Object::Name(b"Page".to_vec()));
        page.set("Parent", Object::Reference(pages_id));
        page.set("Contents", Object::Reference(content_id));
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
        let mut ids = vec![content_id, page_id, pages_id, catalog_id];
        for o in objects {
            ids.push(doc.add_object(o.clone()));
        }
        (doc, ids)
    }

    use super::super::same_object as same;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// A generated PDF, written with a classic table or with object and
        /// cross-reference streams, reads back as written, and its one page
        /// is found with its content.
        #[test]
        fn a_generated_pdf_reads_back_as_written(
            objects in proptest::collection::vec(value(), 0..12),
            content in proptest::collection::vec(any::<u8>(), 0..200),
            modern in any::<bool>(),
        ) {
            let (mut doc, ids) = document(&objects, &content);
            let written = doc.objects.clone();
            let mut bytes = Vec::new();
            if modern {
                doc.save_modern(&mut bytes).expect("saved");
            } else {
                doc.save_to(&mut bytes).expect("saved");
            }
            let lazy = Lazy::open(&bytes).expect("opens");
            prop_assert!(!lazy.repaired());
            for id in &ids {
                let got = lazy.cached(*id);
                prop_assert!(got.is_some_and(|g| same(g, &written[id])), "{:?}: {:?} vs {:?}", id, got, written[id]);
            }
            let pages = lazy.pages();
            prop_assert_eq!(pages.len(), 1);
            let mut want = content.clone();
            want.push(b'\n');
            prop_assert_eq!(lazy.page_content(pages[&1]), Some(want));
        }

        /// An object said to lack a key is, when read, no dictionary with
        /// that key.
        #[test]
        fn surely_lacks_is_never_wrong(
            objects in proptest::collection::vec(value(), 0..12),
            modern in any::<bool>(),
        ) {
            let (mut doc, ids) = document(&objects, b"");
            let mut bytes = Vec::new();
            if modern {
                doc.save_modern(&mut bytes).expect("saved");
            } else {
                doc.save_to(&mut bytes).expect("saved");
            }
            let asked = Lazy::open(&bytes).expect("opens");
            let read = Lazy::open(&bytes).expect("opens");
            let keys: [&[u8]; 5] = [b"Type", b"Kids", b"A", b"ab", b"Count"];
            for id in &ids {
                for key in keys {
                    if asked.surely_lacks(*id, key) {
                        let has = matches!(read.object(*id), Some(Object::Dictionary(d)) if d.has(key));
                        prop_assert!(!has, "{:?} {:?}", id, String::from_utf8_lossy(key));
                    }
                }
            }
        }

        /// Damaged bytes (a real-looking file cut, flipped or spliced)
        /// never make the reader panic, whatever is asked of it.
        #[test]
        fn damaged_bytes_never_panic(
            objects in proptest::collection::vec(value(), 0..6),
            cut in any::<proptest::sample::Index>(),
            flips in proptest::collection::vec((any::<proptest::sample::Index>(), any::<u8>()), 0..6),
            modern in any::<bool>(),
        ) {
            let (mut doc, _) = document(&objects, b"BT /F1 12 Tf (Hi) Tj ET");
            let mut bytes = Vec::new();
            if modern {
                doc.save_modern(&mut bytes).expect("saved");
            } else {
                doc.save_to(&mut bytes).expect("saved");
            }
            for (at, v) in flips {
                let i = at.index(bytes.len());
                bytes[i] = v;
            }
            bytes.truncate(cut.index(bytes.len() + 1));
            if let Ok(lazy) = Lazy::open(&bytes) {
                for id in lazy.pages().values() {
                    let _ = lazy.page_content(*id);
                    let _ = lazy.readable_content(*id);
                    let _ = lazy.page_document(*id).get_pages();
                }
                let _ = lazy.to_document();
            }
        }
    }

    /// A file of the given objects (`(number, body)`) with no
    /// cross-reference table, so that it is read through a rebuilt one.
    fn tableless(objects: &[(u32, &str)]) -> Vec<u8> {
        let mut b = b"%PDF-1.5\n".to_vec();
        for (num, body) in objects {
            b.extend_from_slice(format!("{num} 0 obj\n{body}\nendobj\n").as_bytes());
        }
        b.extend_from_slice(b"trailer\n<</Root 1 0 R/Size 9>>\n%%EOF\n");
        b
    }

    const CONTENT: &str = "<</Length 17>>stream\nBT (Hi) Tj ET\n\nendstream";

    #[test]
    fn a_repaired_page_tree_takes_an_untyped_leaf_for_a_page() {
        // The page's `/Type` is damaged away (`/Tzpe`).
        let bytes = tableless(&[
            (1, "<</Type/Catalog/Pages 2 0 R>>"),
            (2, "<</Type/Pages/Kids[3 0 R]/Count 1>>"),
            (
                3,
                "<</Tzpe/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>",
            ),
            (4, CONTENT),
        ]);
        let lazy = Lazy::open(&bytes).expect("opens");
        assert!(lazy.repaired());
        assert_eq!(lazy.pages(), BTreeMap::from([(1, (3, 0))]));
        // A node with `/Kids` is not a page, typed or not.
        let bytes = tableless(&[
            (1, "<</Type/Catalog/Pages 2 0 R>>"),
            (2, "<</Type/Pages/Kids[5 0 R]/Count 1>>"),
            (5, "<</Kids[]/Count 0>>"),
        ]);
        assert!(Lazy::open(&bytes).map_or(true, |l| l.pages().is_empty()));
    }

    #[test]
    fn a_garbled_object_stream_is_read_leniently_in_a_repaired_file() {
        // The page tree sits in an object stream, a stray `]` in its
        // dictionary; its page has lost its type (so no scan for page
        // objects finds it either).
        let packed = "2 0 <</Type/Pages/Kids[3 0 R] ]/Count 1>>\n";
        let stream = format!(
            "<</Type/ObjStm/N 1/First 4/Length {}>>stream\n{packed}\nendstream",
            packed.len()
        );
        let bytes = tableless(&[
            (1, "<</Type/Catalog/Pages 2 0 R>>"),
            (3, "<</Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>"),
            (4, CONTENT),
            (6, &stream),
        ]);
        let lazy = Lazy::open(&bytes).expect("opens");
        assert!(lazy.repaired());
        let pages = lazy.pages();
        assert_eq!(pages, BTreeMap::from([(1, (3, 0))]));
        assert_eq!(
            lazy.page_content((3, 0)).as_deref(),
            Some(&b"BT (Hi) Tj ET\n\n"[..])
        );
    }

    #[test]
    fn an_object_stream_whose_type_is_lost_is_known_by_its_n_and_first() {
        // `/Type]ObjStm`: read leniently, the dictionary has no type.
        let packed = "2 0 <</Type/Pages/Kids[3 0 R]/Count 1>>\n";
        let stream = format!(
            "<</Type]ObjStm/N 1/First 4/Length {}>>stream\n{packed}\nendstream",
            packed.len()
        );
        let bytes = tableless(&[
            (1, "<</Type/Catalog/Pages 2 0 R>>"),
            (
                3,
                "<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>",
            ),
            (4, CONTENT),
            (6, &stream),
        ]);
        let lazy = Lazy::open(&bytes).expect("opens");
        assert!(matches!(lazy.object((2, 0)), Some(Object::Dictionary(d)) if d.has(b"Kids")));
        assert_eq!(lazy.pages(), BTreeMap::from([(1, (3, 0))]));
        // A stream of another type is not taken for one.
        let mut d = Dictionary::new();
        d.set("N", Object::Integer(1));
        d.set("First", Object::Integer(4));
        assert!(is_object_stream(&d));
        d.set("Type", Object::Name(b"XObject".to_vec()));
        assert!(!is_object_stream(&d));
    }

    #[test]
    fn arbitrary_bytes_never_panic() {
        let mut runner = proptest::test_runner::TestRunner::default();
        runner
            .run(&proptest::collection::vec(any::<u8>(), 0..600), |bytes| {
                let mut with_header = b"%PDF-1.5\n".to_vec();
                with_header.extend_from_slice(&bytes);
                for b in [&bytes, &with_header] {
                    if let Ok(lazy) = Lazy::open(b) {
                        let _ = lazy.pages();
                    }
                }
                Ok(())
            })
            .expect("no panic");
    }
}
