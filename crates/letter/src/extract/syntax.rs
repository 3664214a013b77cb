//! PDF object syntax over a byte slice: white space and comments, numbers,
//! names, strings, arrays, dictionaries, references, `N G obj` headers and
//! streams, read as `lopdf` reads them (same number types, same escapes,
//! same nesting limits), so an object read here equals the one `lopdf`'s
//! full load makes of the same bytes.
//!
//! It owns only the syntax: where objects are ([`super::xref`]) and what
//! they mean ([`super::lazy`]) live elsewhere. The cursor never indexes
//! past its slice (every read is a `get`) and answers `None` for anything
//! it cannot read, so arbitrary bytes cost a refusal, never a panic. Tokens
//! are sub-slices of the input; only the objects handed out own bytes.
//! A dictionary of plain values (a font's) can also be read flat
//! ([`Cursor::flat_dictionary`]): the same reading, its values borrowed
//! from the input instead of built as `lopdf` objects.

use pdf_extract::{Dictionary, Object, ObjectId, Stream, StringFormat};

/// How deep arrays and dictionaries may nest, and literal strings their
/// parentheses (`lopdf`'s limits, so the same objects are refused).
const MAX_DEPTH: usize = 100;

/// Entries a dictionary has room for from the start.
const DICT_ROOM: usize = 12;

/// PDF white space (NUL and form feed included).
pub(super) fn is_white(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\0' | b'\x0c')
}

fn is_delimiter(c: u8) -> bool {
    matches!(
        c,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

fn is_regular(c: u8) -> bool {
    !is_white(c) && !is_delimiter(c)
}

/// A read position in a byte slice.
#[derive(Debug, Clone)]
pub(super) struct Cursor<'a> {
    pub(super) b: &'a [u8],
    pub(super) i: usize,
}

/// How a stream's `/Length` is found when it is a reference: the caller
/// resolves it (the object may be anywhere in the file).
pub(super) type LengthOf<'r> = &'r dyn Fn(Object) -> Option<i64>;

impl<'a> Cursor<'a> {
    pub(super) fn new(b: &'a [u8], i: usize) -> Cursor<'a> {
        Cursor { b, i }
    }

    pub(super) fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn at(&self, k: &[u8]) -> bool {
        self.b.get(self.i..).is_some_and(|rest| rest.starts_with(k))
    }

    /// Takes `k` if the input continues with it.
    pub(super) fn eat(&mut self, k: &[u8]) -> bool {
        let found = self.at(k);
        if found {
            self.i += k.len();
        }
        found
    }

    /// White space only.
    fn white(&mut self) {
        while self.peek().is_some_and(is_white) {
            self.i += 1;
        }
    }

    /// White space and comments.
    pub(super) fn space(&mut self) {
        loop {
            self.white();
            if self.peek() != Some(b'%') {
                return;
            }
            while self.peek().is_some_and(|c| c != b'\r' && c != b'\n') {
                self.i += 1;
            }
        }
    }

    /// An end of line: CR LF, LF or CR.
    pub(super) fn eol(&mut self) -> bool {
        self.eat(b"\r\n") || self.eat(b"\n") || self.eat(b"\r")
    }

    fn digits(&mut self) -> &'a [u8] {
        let start = self.i;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.i += 1;
        }
        self.b.get(start..self.i).unwrap_or_default()
    }

    /// An unsigned integer (no sign); `None` without digits or on overflow.
    pub(super) fn unsigned<T: TryFrom<u64>>(&mut self) -> Option<T> {
        let start = self.i;
        let got = digits_value(self.digits()).and_then(|v| T::try_from(v).ok());
        if got.is_none() {
            self.i = start;
        }
        got
    }

    /// `N G obj` at the cursor (after white space and comments): the
    /// object's number and generation, the cursor after `obj` and the space
    /// that follows.
    pub(super) fn object_header(&mut self) -> Option<(u32, u16)> {
        let start = self.i;
        let got = (|| {
            self.space();
            let num = self.unsigned::<u32>()?;
            self.space();
            let gen = self.unsigned::<u16>()?;
            self.space();
            self.eat(b"obj").then_some((num, gen))
        })();
        match got {
            Some(id) => {
                self.space();
                Some(id)
            }
            None => {
                self.i = start;
                None
            }
        }
    }

    /// The object of an `N G obj` whose header was read: a direct object or
    /// a stream. A stream's `/Length` may be a reference, which `length`
    /// resolves; when the length is missing, unresolvable or wrong, the data
    /// runs to the next `endstream` (a repair `lopdf` does not make, so it
    /// only changes what damaged files give).
    pub(super) fn indirect_body(&mut self, length: LengthOf<'_>) -> Option<Object> {
        let object = self.object(MAX_DEPTH)?;
        let Object::Dictionary(dict) = object else {
            return Some(object);
        };
        let before = self.i;
        self.space();
        if !self.eat(b"stream") {
            self.i = before;
            return Some(Object::Dictionary(dict));
        }
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.i += 1;
        }
        if !self.eol() {
            return None;
        }
        let start = self.i;
        let declared = match dict.get(b"Length").ok()? {
            Object::Integer(n) => Some(*n),
            r @ Object::Reference(_) => length(r.clone()),
            _ => None,
        };
        let data = declared
            .and_then(|n| self.stream_data(start, n))
            .or_else(|| self.data_to_endstream(start))?;
        Some(Object::Stream(Stream::new(dict, data.to_vec())))
    }

    /// `n` bytes from `start`, when `endstream` follows them (after an
    /// optional end of line).
    fn stream_data(&mut self, start: usize, n: i64) -> Option<&'a [u8]> {
        let end = start.checked_add(usize::try_from(n).ok()?)?;
        let data = self.b.get(start..end)?;
        self.i = end;
        self.eol();
        self.eat(b"endstream").then_some(data)
    }

    /// The bytes from `start` to the next `endstream`, less the end of line
    /// before it.
    fn data_to_endstream(&mut self, start: usize) -> Option<&'a [u8]> {
        let rest = self.b.get(start..)?;
        let at = memchr::memmem::find(rest, b"endstream")?;
        let mut data = rest.get(..at)?;
        if let Some(d) = data.strip_suffix(b"\n") {
            data = d.strip_suffix(b"\r").unwrap_or(d);
        } else if let Some(d) = data.strip_suffix(b"\r") {
            data = d;
        }
        self.i = start + at + b"endstream".len();
        Some(data)
    }

    /// A direct object and the space after it.
    pub(super) fn object(&mut self, depth: usize) -> Option<Object> {
        let start = self.i;
        let got = self.object_inner(depth);
        match got {
            Some(o) => {
                self.space();
                Some(o)
            }
            None => {
                self.i = start;
                None
            }
        }
    }

    fn object_inner(&mut self, depth: usize) -> Option<Object> {
        let depth = depth.checked_sub(1)?;
        match self.peek()? {
            b'n' if self.eat(b"null") => Some(Object::Null),
            b't' if self.eat(b"true") => Some(Object::Boolean(true)),
            b'f' if self.eat(b"false") => Some(Object::Boolean(false)),
            b'0'..=b'9' | b'+' | b'-' | b'.' => {
                if let Some(n) = self.plain_integer() {
                    return Some(Object::Integer(n));
                }
                if self.may_be_reference() {
                    if let Some(r) = self.reference() {
                        return Some(r);
                    }
                }
                self.number()
            }
            b'/' => self.name().map(Object::Name),
            b'(' => self
                .literal()
                .map(|s| Object::String(s, StringFormat::Literal)),
            b'<' if self.at(b"<<") => self.dictionary(depth).map(Object::Dictionary),
            b'<' => self
                .hex()
                .map(|s| Object::String(s, StringFormat::Hexadecimal)),
            b'[' => self.array(depth).map(Object::Array),
            _ => None,
        }
    }

    /// Whether [`Cursor::reference`] may read a reference here, by the
    /// bytes alone: `false` only where it would fail (digits, white space,
    /// digits, white space, then no `R`), so a number in an array (a
    /// font's widths) is not read two or three times over. A comment
    /// leaves the answer to `reference`.
    fn may_be_reference(&self) -> bool {
        let b = self.b;
        let mut i = self.i;
        for _ in 0..2 {
            let start = i;
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            if i == start {
                return false;
            }
            while b.get(i).is_some_and(|&c| is_white(c)) {
                i += 1;
            }
            if b.get(i) == Some(&b'%') {
                return true;
            }
        }
        b.get(i) == Some(&b'R')
    }

    /// An unsigned integer of at most 18 digits that [`Cursor::reference`]
    /// cannot read as a reference, in one pass over its digits (a font's
    /// width array is 256 of them): no `.` after the digits, and after
    /// white space neither a comment nor digits, white space and `R`. It is
    /// then the integer [`Cursor::number`] reads, the cursor after its
    /// digits. `None`, the cursor unmoved, leaves everything else to the
    /// general path.
    #[inline]
    fn plain_integer(&mut self) -> Option<i64> {
        let b = self.b;
        let start = self.i;
        let mut i = start;
        let mut value: u64 = 0;
        while let Some(&d) = b.get(i).filter(|d| d.is_ascii_digit()) {
            value = value.wrapping_mul(10).wrapping_add(u64::from(d - b'0'));
            i += 1;
        }
        if i == start || i - start > 18 || b.get(i) == Some(&b'.') {
            return None;
        }
        let end = i;
        while b.get(i).is_some_and(|&c| is_white(c)) {
            i += 1;
        }
        match b.get(i) {
            Some(b'%') => return None,
            Some(d) if d.is_ascii_digit() => {
                while b.get(i).is_some_and(u8::is_ascii_digit) {
                    i += 1;
                }
                while b.get(i).is_some_and(|&c| is_white(c)) {
                    i += 1;
                }
                if matches!(b.get(i), Some(b'R' | b'%')) {
                    return None;
                }
            }
            _ => {}
        }
        self.i = end;
        // At most 18 digits: the value fits.
        i64::try_from(value).ok()
    }

    /// A run of array items that [`Cursor::plain_integer`] reads, each
    /// pushed as `object` and the space after it would read it, the
    /// cursor after the last one and its white space: each number's
    /// digits are scanned once (the look past a number is the next one).
    /// `false` when the first item is not one.
    fn plain_integers(&mut self, items: &mut Vec<Object>) -> bool {
        self.plain_integers_with(|v| items.push(Object::Integer(v)))
    }

    /// [`Cursor::plain_integers`], each value handed to `push`.
    #[inline(always)]
    fn plain_integers_with(&mut self, mut push: impl FnMut(i64)) -> bool {
        let b = self.b;
        let Some((mut value, mut end)) = plain_digits(b, self.i) else {
            return false;
        };
        let mut pushed = false;
        loop {
            let mut next = end;
            while b.get(next).is_some_and(|&c| is_white(c)) {
                next += 1;
            }
            match b.get(next) {
                Some(b'%') => return pushed,
                Some(d) if d.is_ascii_digit() => {
                    // The next number's digits, read once: its value is
                    // the one `plain_digits` gives when it takes them.
                    let mut after = next;
                    let mut v: i64 = 0;
                    while let Some(&d) = b.get(after).filter(|d| d.is_ascii_digit()) {
                        v = v.wrapping_mul(10).wrapping_add(i64::from(d - b'0'));
                        after += 1;
                    }
                    let digits_end = after;
                    while b.get(after).is_some_and(|&c| is_white(c)) {
                        after += 1;
                    }
                    if matches!(b.get(after), Some(b'R' | b'%')) {
                        return pushed;
                    }
                    push(value);
                    pushed = true;
                    self.i = next;
                    if digits_end - next > 18 || b.get(digits_end) == Some(&b'.') {
                        return true;
                    }
                    (value, end) = (v, digits_end);
                }
                _ => {
                    push(value);
                    self.i = next;
                    return true;
                }
            }
        }
    }

    /// `N G R` (any space, even none, between the parts, as `lopdf` has it).
    fn reference(&mut self) -> Option<Object> {
        let start = self.i;
        let got = (|| {
            let num = self.unsigned::<u32>()?;
            self.space();
            let gen = self.unsigned::<u16>()?;
            self.space();
            self.eat(b"R").then_some(Object::Reference((num, gen)))
        })();
        if got.is_none() {
            self.i = start;
        }
        got
    }

    /// An integer (`i64`) or a real (`f32`, as `lopdf` keeps them).
    fn number(&mut self) -> Option<Object> {
        let start = self.i;
        if matches!(self.peek(), Some(b'+' | b'-')) {
            self.i += 1;
        }
        let int = self.digits().len();
        let is_real = if self.peek() == Some(b'.') {
            self.i += 1;
            let frac = self.digits().len();
            int > 0 || frac > 0
        } else {
            false
        };
        if !is_real {
            // An integer: the sign and digits only (a lone `.` is nothing).
            if int == 0 {
                self.i = start;
                return None;
            }
            self.i = start + usize::from(matches!(self.b.get(start), Some(b'+' | b'-'))) + int;
        }
        let text = self.b.get(start..self.i)?;
        if is_real {
            real(text).map(Object::Real)
        } else {
            integer(text).map(Object::Integer)
        }
    }

    /// A name after its `/`, `#xx` decoded; a `#` without two hex digits
    /// ends it.
    pub(super) fn name(&mut self) -> Option<Vec<u8>> {
        if !self.eat(b"/") {
            return None;
        }
        // Most names are plain: one slice, copied once.
        let rest = self.b.get(self.i..).unwrap_or_default();
        let plain = rest
            .iter()
            .position(|&c| c == b'#' || !is_regular(c))
            .unwrap_or(rest.len());
        if rest.get(plain) != Some(&b'#') {
            self.i += plain;
            return Some(rest.get(..plain).unwrap_or_default().to_vec());
        }
        let mut out = Vec::with_capacity(plain + 8);
        loop {
            match self.peek() {
                Some(b'#') => {
                    let pair = self.b.get(self.i + 1..self.i + 3);
                    match pair.and_then(hex_byte) {
                        Some(v) => {
                            out.push(v);
                            self.i += 3;
                        }
                        None => return Some(out),
                    }
                }
                Some(c) if is_regular(c) => {
                    out.push(c);
                    self.i += 1;
                }
                _ => return Some(out),
            }
        }
    }

    /// A literal string's bytes: escapes decoded, ends of line kept as
    /// written, balanced parentheses kept.
    fn literal(&mut self) -> Option<Vec<u8>> {
        let mut out = Vec::new();
        self.literal_into(&mut out, MAX_DEPTH)?;
        // The outer parentheses are not part of the string.
        out.pop();
        out.remove(0);
        Some(out)
    }

    fn literal_into(&mut self, out: &mut Vec<u8>, depth: usize) -> Option<()> {
        if !self.eat(b"(") {
            return None;
        }
        out.push(b'(');
        loop {
            let c = self.peek()?;
            match c {
                b')' => {
                    self.i += 1;
                    out.push(b')');
                    return Some(());
                }
                b'(' => self.literal_into(out, depth.checked_sub(1)?)?,
                b'\\' => {
                    self.i += 1;
                    self.escape(out)?;
                }
                _ => {
                    out.push(c);
                    self.i += 1;
                }
            }
        }
    }

    fn escape(&mut self, out: &mut Vec<u8>) -> Option<()> {
        let e = self.peek()?;
        if e.is_ascii_digit() && e < b'8' {
            let mut v: u16 = 0;
            let mut n = 0;
            while n < 3 {
                match self.peek() {
                    Some(d @ b'0'..=b'7') => {
                        v = v * 8 + u16::from(d - b'0');
                        self.i += 1;
                        n += 1;
                    }
                    _ => break,
                }
            }
            // Overflow is ignored, as the spec asks.
            out.push(v.to_le_bytes()[0]);
            return Some(());
        }
        if self.eol() {
            return Some(());
        }
        self.i += 1;
        out.push(match e {
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'b' => 8,
            b'f' => 12,
            other => other,
        });
        Some(())
    }

    /// A hex string: white space between digits skipped, an odd last digit
    /// read as if followed by 0.
    fn hex(&mut self) -> Option<Vec<u8>> {
        if !self.eat(b"<") {
            return None;
        }
        let mut out = Vec::new();
        let mut high = true;
        loop {
            self.white();
            let c = self.peek()?;
            self.i += 1;
            if c == b'>' {
                return Some(out);
            }
            let v = hex_digit(c)?;
            if high {
                out.push(v << 4);
            } else if let Some(last) = out.last_mut() {
                *last |= v;
            }
            high = !high;
        }
    }

    fn array(&mut self, depth: usize) -> Option<Vec<Object>> {
        if !self.eat(b"[") {
            return None;
        }
        self.space();
        let mut items = Vec::with_capacity(self.flat_array_tokens());
        // Plain integers (a font's widths) are read here directly, as
        // `object` reads them when the depth left allows an item at all,
        // without passing each 128-byte object through return values.
        let plain = depth > 0;
        loop {
            if self.eat(b"]") {
                return Some(items);
            }
            if plain && self.plain_integers(&mut items) {
                continue;
            }
            items.push(self.object(depth)?);
        }
    }

    /// Room for the items of an array of plain tokens (a font's 256
    /// widths): how many runs of regular characters come before its `]`,
    /// counted only while nothing but regular characters and white space
    /// comes, and at most 1024 (an object is 128 bytes; growing the list
    /// by doubling copied each one seven times). Zero for anything else,
    /// which then grows as it is read.
    fn flat_array_tokens(&self) -> usize {
        let rest = self.b.get(self.i..).unwrap_or_default();
        let mut tokens = 0;
        let mut in_token = false;
        for &c in rest {
            if c == b']' {
                return tokens;
            }
            if is_white(c) {
                in_token = false;
            } else if is_delimiter(c) || tokens == 1024 {
                return 0;
            } else if !in_token {
                in_token = true;
                tokens += 1;
            }
        }
        0
    }

    fn dictionary(&mut self, depth: usize) -> Option<Dictionary> {
        if !self.eat(b"<<") {
            return None;
        }
        self.space();
        let mut dict = Dictionary::new();
        // Room for a font's or a page's entries at once, rather than
        // growing (and rehashing) from four to eight to sixteen.
        dict.as_hashmap_mut().reserve(DICT_ROOM);
        loop {
            if self.eat(b">>") {
                return Some(dict);
            }
            let key = self.name()?;
            self.space();
            let value = self.object(depth)?;
            dict.set(key, value);
        }
    }

    /// A dictionary read as poppler reads a damaged one: a key that is not
    /// a name, or a value that cannot be read, is skipped as one token, and
    /// the end of the input ends the dictionary. Only a table being rebuilt
    /// reads this way (the objects themselves are read as `lopdf` reads
    /// them).
    pub(super) fn lenient_dictionary(&mut self) -> Option<Dictionary> {
        self.space();
        if !self.eat(b"<<") {
            return None;
        }
        let mut dict = Dictionary::new();
        loop {
            self.space();
            if self.eat(b">>") || self.peek().is_none() {
                return Some(dict);
            }
            let Some(key) = self.name() else {
                self.skip_token();
                continue;
            };
            self.space();
            match self.lenient_object(MAX_DEPTH) {
                Some(value) => dict.set(key, value),
                None => self.skip_token(),
            }
        }
    }

    /// A value read as [`Cursor::lenient_dictionary`] reads one: arrays
    /// and dictionaries leniently, a hex string with each character that
    /// is not a hex digit or white space read as a 0 digit (as poppler
    /// reads it), anything else as usual.
    fn lenient_object(&mut self, depth: usize) -> Option<Object> {
        let depth = depth.checked_sub(1)?;
        if let Some(o) = self.object(depth) {
            return Some(o);
        }
        let got = match self.peek()? {
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                loop {
                    self.space();
                    if self.eat(b"]") || self.peek().is_none() {
                        break Some(Object::Array(items));
                    }
                    match self.lenient_object(depth) {
                        Some(o) => items.push(o),
                        None => self.skip_token(),
                    }
                }
            }
            b'<' if self.at(b"<<") => self.lenient_dictionary().map(Object::Dictionary),
            b'<' => {
                self.i += 1;
                let start = self.i;
                let end = start + memchr::memchr(b'>', self.b.get(start..)?)?;
                self.i = end + 1;
                // poppler counts a character that is neither a digit nor
                // white space as a 0 digit: the digits after it keep their
                // places (a damaged `/ID` still gives its key).
                let digits: Vec<u8> = self
                    .b
                    .get(start..end)?
                    .iter()
                    .filter(|&&c| !is_white(c))
                    .map(|&c| hex_digit(c).unwrap_or(0))
                    .collect();
                let bytes = digits
                    .chunks(2)
                    .map(|p| p.first().copied().unwrap_or(0) * 16 + p.get(1).copied().unwrap_or(0))
                    .collect();
                Some(Object::String(bytes, StringFormat::Hexadecimal))
            }
            _ => None,
        };
        if got.is_some() {
            self.space();
        }
        got
    }

    /// An indirect object's body read leniently (a table being rebuilt,
    /// when the strict reading failed): a dictionary as
    /// [`Cursor::lenient_dictionary`] reads it, and a stream's data up to
    /// `endstream` whatever its `/Length` says.
    pub(super) fn lenient_body(&mut self) -> Option<Object> {
        self.space();
        if !self.at(b"<<") {
            return self.object(MAX_DEPTH);
        }
        let dict = self.lenient_dictionary()?;
        self.space();
        if !self.eat(b"stream") {
            return Some(Object::Dictionary(dict));
        }
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.i += 1;
        }
        self.eol();
        let data = self.data_to_endstream(self.i)?;
        Some(Object::Stream(Stream::new(dict, data.to_vec())))
    }

    /// Skips a run of regular characters, or else one character.
    fn skip_token(&mut self) {
        let start = self.i;
        while self.peek().is_some_and(is_regular) {
            self.i += 1;
        }
        if self.i == start && self.peek().is_some() {
            self.i += 1;
        }
    }

    /// A dictionary at the cursor (after space), for trailers.
    pub(super) fn dictionary_here(&mut self) -> Option<Dictionary> {
        self.space();
        match self.object(MAX_DEPTH)? {
            Object::Dictionary(d) => Some(d),
            _ => None,
        }
    }
}

/// A value of a dictionary read flat ([`Cursor::flat_dictionary`]): the
/// kinds a font's entries hold, borrowed from the bytes, where `object`
/// builds `lopdf` objects (a font's 256 widths are 32 KiB of them, and
/// every dictionary an `IndexMap` hashed with SipHash).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Flat<'a> {
    Null,
    Boolean(bool),
    Integer(i64),
    Real(f32),
    /// A name without `#` escapes, as written.
    Name(&'a [u8]),
    Reference(ObjectId),
    /// An array of scalars: its items at this range of
    /// [`FlatDictionary::items`].
    Array(usize, usize),
}

/// A dictionary of [`Flat`] values, its entries in the order written.
#[derive(Debug, Default)]
pub(super) struct FlatDictionary<'a> {
    entries: Vec<(&'a [u8], Flat<'a>)>,
    items: Vec<Flat<'a>>,
}

impl<'a> FlatDictionary<'a> {
    /// The value of `key`: the last one written, as `lopdf`'s dictionary
    /// keeps a repeated key's last value.
    pub(super) fn get(&self, key: &[u8]) -> Option<Flat<'a>> {
        self.entries
            .iter()
            .rev()
            .find(|(k, _)| *k == key)
            .map(|&(_, v)| v)
    }

    /// An array value's items.
    pub(super) fn items(&self, array: Flat<'a>) -> Option<&[Flat<'a>]> {
        match array {
            Flat::Array(start, end) => self.items.get(start..end),
            _ => None,
        }
    }

    /// The dictionary as `lopdf` objects, for the tests.
    #[cfg(test)]
    fn to_lopdf(&self) -> Dictionary {
        let object = |v: Flat<'_>| match v {
            Flat::Null => Object::Null,
            Flat::Boolean(b) => Object::Boolean(b),
            Flat::Integer(n) => Object::Integer(n),
            Flat::Real(r) => Object::Real(r),
            Flat::Name(n) => Object::Name(n.to_vec()),
            Flat::Reference(id) => Object::Reference(id),
            Flat::Array(..) => Object::Null,
        };
        let mut d = Dictionary::new();
        for &(k, v) in &self.entries {
            let value = match self.items(v) {
                Some(items) => Object::Array(items.iter().copied().map(object).collect()),
                None => object(v),
            };
            d.set(k.to_vec(), value);
        }
        d
    }
}

impl<'a> Cursor<'a> {
    /// A dictionary whose keys are plain names and whose values are
    /// scalars (null, booleans, numbers, plain names, references) or
    /// arrays of scalars: read as `object` reads it, values borrowed.
    /// `None` for anything else (a string, a nested dictionary or array,
    /// a `#` in a name, a syntax error), which the caller then reads with
    /// `object`: this reading only ever agrees with that one.
    pub(super) fn flat_dictionary(&mut self) -> Option<FlatDictionary<'a>> {
        if !self.eat(b"<<") {
            return None;
        }
        self.space();
        let mut dict = FlatDictionary {
            entries: Vec::with_capacity(DICT_ROOM),
            items: Vec::new(),
        };
        loop {
            if self.eat(b">>") {
                return Some(dict);
            }
            let key = self.plain_name()?;
            self.space();
            let value = if self.peek() == Some(b'[') {
                self.flat_array(&mut dict.items)?
            } else {
                self.flat_scalar()?
            };
            dict.entries.push((key, value));
        }
    }

    /// A name without `#` escapes, as [`Cursor::name`] reads it.
    fn plain_name(&mut self) -> Option<&'a [u8]> {
        if !self.eat(b"/") {
            return None;
        }
        let rest = self.b.get(self.i..)?;
        let end = rest
            .iter()
            .position(|&c| c == b'#' || !is_regular(c))
            .unwrap_or(rest.len());
        if rest.get(end) == Some(&b'#') {
            return None;
        }
        self.i += end;
        rest.get(..end)
    }

    /// A scalar and the space after it, as `object` reads one.
    fn flat_scalar(&mut self) -> Option<Flat<'a>> {
        let value = match self.peek()? {
            b'n' if self.eat(b"null") => Flat::Null,
            b't' if self.eat(b"true") => Flat::Boolean(true),
            b'f' if self.eat(b"false") => Flat::Boolean(false),
            b'0'..=b'9' | b'+' | b'-' | b'.' => {
                if let Some(n) = self.plain_integer() {
                    Flat::Integer(n)
                } else {
                    let reference = if self.may_be_reference() {
                        self.reference()
                    } else {
                        None
                    };
                    match reference.or_else(|| self.number())? {
                        Object::Integer(n) => Flat::Integer(n),
                        Object::Real(r) => Flat::Real(r),
                        Object::Reference(id) => Flat::Reference(id),
                        _ => return None,
                    }
                }
            }
            b'/' => Flat::Name(self.plain_name()?),
            _ => return None,
        };
        self.space();
        Some(value)
    }

    /// An array of scalars and the space after it, as `object` reads one;
    /// its items go to `items`.
    fn flat_array(&mut self, items: &mut Vec<Flat<'a>>) -> Option<Flat<'a>> {
        if !self.eat(b"[") {
            return None;
        }
        self.space();
        let start = items.len();
        // Room for the items at once (a font's 256 widths grew by
        // doubling, copying each item eight times): at most one item
        // every two bytes up to the first `]`, found by memchr rather
        // than by `flat_array_tokens`' byte-by-byte count.
        let rest = self.b.get(self.i..).unwrap_or_default();
        if let Some(end) = memchr::memchr(b']', rest) {
            items.reserve((end / 2 + 1).min(1024));
        }
        loop {
            if self.eat(b"]") {
                self.space();
                return Some(Flat::Array(start, items.len()));
            }
            if self.plain_integers_with(|v| items.push(Flat::Integer(v))) {
                continue;
            }
            items.push(self.flat_scalar()?);
        }
    }
}

/// The digits at `i` as [`Cursor::plain_integer`] takes them, without its
/// look past them: one to eighteen digits not followed by `.`; their value
/// and end.
fn plain_digits(b: &[u8], i: usize) -> Option<(i64, usize)> {
    let mut end = i;
    let mut value: i64 = 0;
    while let Some(&d) = b.get(end).filter(|d| d.is_ascii_digit()) {
        value = value.wrapping_mul(10).wrapping_add(i64::from(d - b'0'));
        end += 1;
    }
    (end > i && end - i <= 18 && b.get(end) != Some(&b'.')).then_some((value, end))
}

/// Decimal digits as a number; `None` for none, or on overflow.
fn digits_value(d: &[u8]) -> Option<u64> {
    if d.is_empty() {
        return None;
    }
    d.iter().try_fold(0u64, |v, &c| {
        v.checked_mul(10)?
            .checked_add(u64::from(c.wrapping_sub(b'0')))
    })
}

/// `[+-]digits` as Rust's parser reads it to an `i64`.
fn integer(text: &[u8]) -> Option<i64> {
    let (negative, digits) = match text.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, text),
    };
    // Eighteen digits always fit; longer ones go to Rust's parser.
    if digits.len() <= 18 && digits.iter().all(u8::is_ascii_digit) {
        let v = i64::try_from(digits_value(digits)?).ok()?;
        return Some(if negative { -v } else { v });
    }
    std::str::from_utf8(text).ok()?.parse().ok()
}

/// Powers of ten that are exact in an `f32`.
const POW10_F32: [f32; 11] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];

/// `[+-]digits.digits` as Rust's parser reads it to an `f32`: when the
/// digits make at most 2^24 and there are at most ten after the point,
/// one correctly rounded division (the fast path Rust's parser takes
/// too, and any correctly rounded route gives the same `f32`); else Rust's
/// parser itself.
pub(super) fn real(text: &[u8]) -> Option<f32> {
    let (negative, body) = match text.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, text),
    };
    let dot = body.iter().position(|&c| c == b'.');
    let (int, frac) = match dot {
        Some(at) => (body.get(..at)?, body.get(at + 1..)?),
        None => (body, &b""[..]),
    };
    let plain = |d: &[u8]| d.iter().all(u8::is_ascii_digit);
    if int.len() + frac.len() <= 18
        && !(int.is_empty() && frac.is_empty())
        && plain(int)
        && plain(frac)
    {
        let mantissa = int
            .iter()
            .chain(frac)
            .fold(0u64, |v, &c| v * 10 + u64::from(c - b'0'));
        if let Some(v) = exact_f32(negative, mantissa, int.len() + frac.len(), frac.len()) {
            return Some(v);
        }
    }
    std::str::from_utf8(text).ok()?.parse().ok()
}

/// A decimal's `f32` from its digits read as one integer (`mantissa`,
/// `digits` of them, `frac` after the point), when one correctly rounded
/// division gives it: at most 18 digits making at most 2^24, at most ten
/// after the point. `None` sends the caller to Rust's parser. Both the
/// object reader and the content lexer read reals through it, so they
/// agree with each other and with lopdf.
pub(super) fn exact_f32(negative: bool, mantissa: u64, digits: usize, frac: usize) -> Option<f32> {
    if digits > 18 || mantissa > 1 << 24 {
        return None;
    }
    let v = mantissa as f32 / *POW10_F32.get(frac)?;
    Some(if negative { -v } else { v })
}

fn hex_digit(c: u8) -> Option<u8> {
    char::from(c)
        .to_digit(16)
        .and_then(|v| u8::try_from(v).ok())
}

fn hex_byte(pair: &[u8]) -> Option<u8> {
    match pair {
        [h, l] => Some(hex_digit(*h)? * 16 + hex_digit(*l)?),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &[u8]) -> Option<Object> {
        Cursor::new(text, 0).object(MAX_DEPTH)
    }

    #[test]
    fn reads_objects_as_lopdf_does() {
        assert_eq!(one(b"12"), Some(Object::Integer(12)));
        assert_eq!(one(b"-.5"), Some(Object::Real(-0.5)));
        assert_eq!(one(b"3."), Some(Object::Real(3.0)));
        assert_eq!(one(b"1 0 R"), Some(Object::Reference((1, 0))));
        assert_eq!(one(b"1 0R"), Some(Object::Reference((1, 0))));
        assert_eq!(one(b"/A#42c"), Some(Object::Name(b"ABc".to_vec())));
        assert_eq!(one(b"/A#4"), Some(Object::Name(b"A".to_vec())));
        assert_eq!(
            one(b"(a\\(b\\)\\101\\\nc(d))"),
            Some(Object::String(b"a(b)Ac(d)".to_vec(), StringFormat::Literal))
        );
        assert_eq!(
            one(b"<4E 75 7>"),
            Some(Object::String(
                vec![0x4e, 0x75, 0x70],
                StringFormat::Hexadecimal
            ))
        );
        let Some(Object::Dictionary(d)) = one(b"<</Type/Page/Kids[1 0 R 2 0 R]/N null>>") else {
            panic!("a dictionary");
        };
        assert_eq!(d.get(b"Type").ok(), Some(&Object::Name(b"Page".to_vec())));
        assert_eq!(d.get(b"N").ok(), Some(&Object::Null));
        assert_eq!(one(b"<</A 1"), None);
        assert_eq!(one(b"]"), None);
        assert_eq!(one(b"."), None);
    }

    #[test]
    fn a_damaged_hex_string_keeps_its_digits_in_place() {
        // A flipped byte in a trailer's `/ID`: the strict reading fails,
        // the lenient one reads the bad character as a 0 digit (as
        // poppler does), so the digits after it keep their places.
        let text = b"<</ID[<6F!8 55>]/Size 3>>";
        assert_eq!(one(text), None);
        let d = Cursor::new(text, 0).lenient_dictionary();
        let id = d.as_ref().and_then(|d| d.get(b"ID").ok());
        assert_eq!(
            id,
            Some(&Object::Array(vec![Object::String(
                vec![0x6f, 0x08, 0x55],
                StringFormat::Hexadecimal
            )]))
        );
        assert_eq!(
            d.as_ref().and_then(|d| d.get(b"Size").ok()),
            Some(&Object::Integer(3))
        );
    }

    #[test]
    fn reads_a_stream_by_its_length_or_to_endstream() {
        let text = b"7 0 obj\n<</Length 5>>stream\r\nhello\nendstream\nendobj";
        let mut c = Cursor::new(text, 0);
        assert_eq!(c.object_header(), Some((7, 0)));
        let Some(Object::Stream(s)) = c.indirect_body(&|_| None) else {
            panic!("a stream");
        };
        assert_eq!(s.content, b"hello");
        // A wrong length: the data runs to endstream.
        let text = b"7 0 obj <</Length 99>>stream\nhello\r\nendstream endobj";
        let mut c = Cursor::new(text, 0);
        c.object_header();
        let Some(Object::Stream(s)) = c.indirect_body(&|_| None) else {
            panic!("a stream");
        };
        assert_eq!(s.content, b"hello");
    }

    #[test]
    fn numbers_read_as_rusts_parser_reads_them() {
        for text in [
            "0",
            "-0",
            "+7",
            "12",
            "-3.5",
            ".5",
            "5.",
            "-.25",
            "0.1",
            "612.0",
            "0.000123",
            "16777216.5",
            "16777217.0",
            "1.00000001",
            "123456789.123",
            "-.",
            "+",
            "",
            "9223372036854775807",
            "-9223372036854775808",
            "9223372036854775808",
            "1234567890123456789012.5",
            "0.12345678901",
        ] {
            let t = text.as_bytes();
            assert_eq!(
                real(t).map(f32::to_bits),
                text.parse::<f32>().ok().map(f32::to_bits),
                "{text}"
            );
            assert_eq!(integer(t), text.parse::<i64>().ok(), "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn reals_match_rusts_parser(text in "[+-]?[0-9]{0,12}(\\.[0-9]{0,12})?") {
            proptest::prop_assert_eq!(
                real(text.as_bytes()).map(f32::to_bits),
                text.parse::<f32>().ok().map(f32::to_bits),
                "{}", text
            );
            proptest::prop_assert_eq!(integer(text.as_bytes()), text.parse::<i64>().ok());
        }
    }

    proptest::proptest! {
        /// The byte check before a reference never turns one away.
        #[test]
        fn references_pass_the_quick_check(text in "[0-9 R%\n\x00\x0c+.-]{0,16}") {
            let c = Cursor::new(text.as_bytes(), 0);
            if !c.may_be_reference() {
                proptest::prop_assert_eq!(c.clone().reference(), None, "{:?}", text);
            }
        }
    }

    proptest::proptest! {
        /// A plain integer read in one pass is what the general path reads.
        #[test]
        fn plain_integers_read_as_the_general_path(text in "[0-9 R%\n\x00\x0c+.-]{0,16}") {
            let mut quick = Cursor::new(text.as_bytes(), 0);
            if let Some(n) = quick.plain_integer() {
                let mut general = Cursor::new(text.as_bytes(), 0);
                proptest::prop_assert!(!general.may_be_reference() || general.clone().reference().is_none(), "{:?}", text);
                proptest::prop_assert_eq!(general.number(), Some(Object::Integer(n)), "{:?}", text);
                proptest::prop_assert_eq!(general.i, quick.i, "{:?}", text);
            }
        }
    }

    proptest::proptest! {
        /// An array read with runs of plain integers is the array read
        /// item by item.
        #[test]
        fn plain_runs_read_as_items_do(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "0", "1", "12", "007", "R", "%c\n", " ", "\n", " ", ".5", "-3", "+4", "1.",
                    "9999999999999999999", "123456789012345678", "/N", "(s)", "[1 2]", "]",
                ]),
                0..24,
            )
        ) {
            let text = format!("[{}]", parts.concat());
            let b = text.as_bytes();
            let mut general = Cursor::new(b, 1);
            general.space();
            let mut items = Vec::new();
            let want = loop {
                if general.eat(b"]") {
                    general.space();
                    break Some((Object::Array(std::mem::take(&mut items)), general.i));
                }
                match general.object(MAX_DEPTH - 1) {
                    Some(o) => items.push(o),
                    None => break None,
                }
            };
            let mut quick = Cursor::new(b, 0);
            let got = quick.object(MAX_DEPTH).map(|o| (o, quick.i));
            proptest::prop_assert_eq!(got, want, "{:?}", text);
        }
    }

    #[test]
    fn nesting_is_limited() {
        let deep = [b"[".repeat(150), b"]".repeat(150)].concat();
        assert_eq!(one(&deep), None);
        let fine = [b"[".repeat(50), b"]".repeat(50)].concat();
        assert!(one(&fine).is_some());
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..300)) {
            let mut c = Cursor::new(&bytes, 0);
            let _ = c.object_header();
            let _ = c.indirect_body(&|_| Some(3));
            proptest::prop_assert!(c.i <= bytes.len());
            let _ = one(&bytes);
        }
    }

    /// Reads `text` both ways: flat, and as `object` (the reading of an
    /// object in an object stream); with where each stopped.
    /// A reading and where it stopped.
    type Read<T> = Option<(T, usize)>;

    fn both_ways(text: &[u8]) -> (Read<Dictionary>, Read<Object>) {
        let mut flat = Cursor::new(text, 0);
        // `object` takes the space after an object too.
        let got = flat.flat_dictionary().map(|d| {
            flat.space();
            (d.to_lopdf(), flat.i)
        });
        let mut general = Cursor::new(text, 0);
        let want = general.object(MAX_DEPTH).map(|o| (o, general.i));
        (got, want)
    }

    #[test]
    fn a_font_dictionary_reads_flat_as_objects_read_it() {
        let font = b"<</BaseFont/Arial-BoldMT/Encoding/WinAnsiEncoding/FirstChar 0/FontDescriptor 136 0 R/LastChar 3/Subtype/TrueType/Type/Font/Widths[750 750 278.5 -3]/N null/B true/Widths[1 2]>>";
        let (got, want) = both_ways(font);
        let (dict, end) = got.expect("read flat");
        assert_eq!(Some((Object::Dictionary(dict), end)), want);
        let mut c = Cursor::new(font, 0);
        let flat = c.flat_dictionary().expect("read flat");
        // A repeated key: its last value, as lopdf keeps it.
        let widths = flat.get(b"Widths").expect("widths");
        assert_eq!(
            flat.items(widths),
            Some(&[Flat::Integer(1), Flat::Integer(2)][..])
        );
        assert_eq!(flat.get(b"FontDescriptor"), Some(Flat::Reference((136, 0))));
        // What is not flat is left to `object`.
        for other in [
            &b"<</A(s)>>"[..],
            b"<</A<</B 1>>>>",
            b"<</A[[1]]>>",
            b"<</A#41 1>>",
            b"<</A/B#43>>",
            b"[1]",
            b"<</A 1",
        ] {
            assert!(
                Cursor::new(other, 0).flat_dictionary().is_none(),
                "{:?}",
                other
            );
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]
        /// A dictionary written from flat parts reads back as written,
        /// and as `object` reads it; token soup that reads flat at all
        /// reads so too.
        #[test]
        fn flat_dictionaries_read_as_objects_do(
            entries in proptest::collection::vec((
                "[A-Za-z]{1,3}",
                proptest::sample::select(vec![
                    "0", "12", "-3", "+4", "1.5", ".5", "-.25", "7.", "null", "true", "false",
                    "/Name", "/N.a_1", "3 0 R", "12 5R", "1 2", "[1 2 3]", "[ 750 750\n278 ]",
                    "[1 0 R 2]", "[/A -1.5 null]", "[]", "9999999999999999999",
                    "123456789012345678",
                ]),
            ), 0..10),
            spaces in proptest::collection::vec(proptest::sample::select(vec!["", " ", "\n", "\r\n", " %c\n"]), 4),
        ) {
            let mut text = format!("<<{}", spaces[0]);
            for (k, v) in &entries {
                text.push_str(&format!("/{k}{}{v}{}", spaces[1], spaces[2]));
            }
            text.push_str(&format!(">>{}", spaces[3]));
            let (got, want) = both_ways(text.as_bytes());
            match want {
                Some((Object::Dictionary(d), end)) => {
                    if let Some(got) = got {
                        proptest::prop_assert_eq!(got, (d, end), "{:?}", text);
                    }
                }
                _ => proptest::prop_assert!(got.is_none(), "{:?}", text),
            }
        }

        #[test]
        fn flat_token_soup_reads_as_objects_do(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "<<", ">>", "/A", "/B#", "/", " ", "\n", "%c\n", "0", "12", "R", "1.", ".", "-",
                    "[", "]", "(s)", "<4142>", "null", "nul", "true", "\x00", "\x0c", "+",
                ]),
                0..24,
            )
        ) {
            let text = parts.concat();
            let (got, want) = both_ways(text.as_bytes());
            if let Some(got) = got {
                proptest::prop_assert_eq!(Some((Object::Dictionary(got.0), got.1)), want, "{:?}", text);
            }
        }

        #[test]
        fn flat_reading_of_arbitrary_bytes_never_panics(
            bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..300),
            at in 0usize..300,
        ) {
            let mut c = Cursor::new(&bytes, at.min(bytes.len()));
            let _ = c.flat_dictionary();
            proptest::prop_assert!(c.i <= bytes.len());
            let mut with_start = b"<<".to_vec();
            with_start.extend_from_slice(&bytes);
            let (got, want) = both_ways(&with_start);
            if let Some(got) = got {
                proptest::prop_assert_eq!(Some((Object::Dictionary(got.0), got.1)), want);
            }
        }
    }
}
