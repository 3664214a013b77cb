//! The text of one PDF page read straight from its content stream, for the
//! pages the DWC's letters are made of: text in non-embedded TrueType fonts
//! with the standard WinAnsi encoding, no `ToUnicode` map and their widths
//! given, and no XObjects drawn.
//!
//! `pdf-extract` reads such a page for 2.7 ms a letter: it parses the
//! content stream into an object tree, rebuilds every font for every page
//! and makes a `String` for every character. This module lays the page out
//! by the same rules as `pdf-extract`'s plain-text output (same matrices,
//! same `f32` operands, same thresholds for spaces and line breaks), so the
//! text is the same byte for byte; a test holds it to that on every PDF the
//! project has. Anything it does not cover (another font kind or encoding,
//! a form XObject, anything lopdf's content parser would read differently,
//! a malformed text operator) makes it answer `None`, and the caller reads
//! that page with `pdf-extract` as before. Non-text operators are ignored,
//! also where `pdf-extract` would panic on them (a colour space missing from
//! the resources): such a page is read rather than failing its letter.

use std::borrow::Cow;
use std::collections::HashMap;
use std::rc::Rc;

use pdf_extract::{Dictionary, Object, ObjectId};

use super::lazy::Objects;

/// A 2-D affine transform in PDF's row-vector form (`[a b c d e f]`).
#[derive(Debug, Clone, Copy)]
struct Matrix {
    a: f64,
    b: f64,
    c: f64,
    d: f64,
    e: f64,
    f: f64,
}

impl Matrix {
    const IDENTITY: Matrix = Matrix {
        a: 1.,
        b: 0.,
        c: 0.,
        d: 1.,
        e: 0.,
        f: 0.,
    };

    fn translation(x: f64, y: f64) -> Matrix {
        Matrix {
            e: x,
            f: y,
            ..Matrix::IDENTITY
        }
    }

    /// `self` then `m` (the product `self × m`), with the terms in the
    /// order `pdf-extract`'s matrix library adds them, so that rounding
    /// is the same.
    fn then(&self, m: &Matrix) -> Matrix {
        Matrix {
            a: self.a * m.a + self.b * m.c,
            b: self.a * m.b + self.b * m.d,
            c: self.c * m.a + self.d * m.c,
            d: self.c * m.b + self.d * m.d,
            e: self.e * m.a + self.f * m.c + m.e,
            f: self.e * m.b + self.f * m.d + m.f,
        }
    }
}

/// A simple font with the WinAnsi encoding ([`win_ansi`] says what each
/// one-byte code shows): how wide each code is.
#[derive(Debug)]
struct Font {
    widths: [Option<f64>; 256],
    missing_width: f64,
}

impl Font {
    /// What a salvaged page uses for a font it cannot read: WinAnsi codes,
    /// each half an em wide (words stay apart; exact spacing is lost).
    fn stand_in() -> Font {
        Font {
            widths: [None; 256],
            missing_width: 500.,
        }
    }

    fn width(&self, code: u8) -> f64 {
        self.widths[usize::from(code)].unwrap_or(self.missing_width)
    }
}

/// The WinAnsi encoding (PDF 32000, annex D): Windows-1252, except that
/// codes below 32 show nothing (U+0000), 160 is a plain space, 173 a plain
/// hyphen, and the codes Windows-1252 leaves undefined a bullet.
fn win_ansi(code: u8) -> char {
    WIN_ANSI[usize::from(code)]
}

/// [`win_ansi`] for every code, built once: it is asked for every character
/// shown.
static WIN_ANSI: once_cell::sync::Lazy<[char; 256]> = once_cell::sync::Lazy::new(|| {
    let mut table = ['\0'; 256];
    for (code, c) in (0..=255u8).zip(table.iter_mut()) {
        *c = win_ansi_of(code);
    }
    table
});

fn win_ansi_of(code: u8) -> char {
    match code {
        0..=31 => '\0',
        0x7f | 0x81 | 0x8d | 0x8f | 0x90 | 0x9d => '\u{2022}',
        0xa0 => ' ',
        0xad => '-',
        0x20..=0x7e => char::from(code),
        _ => {
            let byte = [code];
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&byte);
            text.chars().next().unwrap_or('\u{fffd}')
        }
    }
}

/// Fonts of one document, by object id: a letter's pages share them.
#[derive(Default)]
pub(super) struct Fonts {
    by_id: HashMap<ObjectId, Option<Rc<Font>>>,
}

fn deref<'a>(doc: &'a dyn Objects, o: &'a Object) -> Option<&'a Object> {
    match o {
        Object::Reference(id) => doc.object(*id),
        _ => Some(o),
    }
}

fn dictionary(doc: &dyn Objects, id: ObjectId) -> Option<&Dictionary> {
    doc.object(id)?.as_dict().ok()
}

fn get<'a>(doc: &'a dyn Objects, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    dict.get(key).ok().and_then(|o| deref(doc, o))
}

fn number(o: &Object) -> Option<f64> {
    match o {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) => Some(f64::from(*r)),
        _ => None,
    }
}

fn name_is(doc: &dyn Objects, dict: &Dictionary, key: &[u8], want: &[u8]) -> bool {
    matches!(get(doc, dict, key), Some(Object::Name(n)) if n == want)
}

/// The font a dictionary describes, when it is one this module reads.
fn simple_font(doc: &dyn Objects, font: &Dictionary) -> Option<Font> {
    if !name_is(doc, font, b"Subtype", b"TrueType")
        || !name_is(doc, font, b"Encoding", b"WinAnsiEncoding")
        || !matches!(get(doc, font, b"BaseFont"), Some(Object::Name(_)))
        || font.has(b"ToUnicode")
    {
        return None;
    }
    if let Some(Object::Dictionary(descriptor)) = get(doc, font, b"FontDescriptor") {
        if descriptor.has(b"FontFile3") {
            return None;
        }
    }
    let first = match get(doc, font, b"FirstChar")? {
        Object::Integer(i) => *i,
        _ => return None,
    };
    let last = match get(doc, font, b"LastChar")? {
        Object::Integer(i) => *i,
        _ => return None,
    };
    let Object::Array(list) = get(doc, font, b"Widths")? else {
        return None;
    };
    let count = i64::try_from(list.len()).ok()?;
    if first < 0 || last > 255 || first.checked_add(count - 1)? != last {
        return None;
    }
    let mut widths = [None; 256];
    for (i, w) in list.iter().enumerate() {
        // pdf-extract reads the list as numbers only (a reference in it
        // sends the font down another path).
        let w = number(w)?;
        widths[usize::try_from(first).ok()? + i] = Some(w);
    }
    // pdf-extract reads MissingWidth without following a reference.
    let missing_width = match font.get(b"MissingWidth").ok() {
        None => 0.,
        Some(o) => number(o)?,
    };
    Some(Font {
        widths,
        missing_width,
    })
}

/// A dictionary entry of a page or one of its ancestors.
fn inherited<'a>(doc: &'a dyn Objects, page: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    let mut dict = page;
    for _ in 0..64 {
        if let Some(o) = get(doc, dict, key) {
            return Some(o);
        }
        let id = dict.get(b"Parent").ok()?.as_reference().ok()?;
        dict = dictionary(doc, id)?;
    }
    None
}

/// A content-stream operand; dictionaries (marked-content properties) are
/// kept only as a placeholder. Names, and strings without escapes, are
/// slices of the content (no allocation for most of a page's operands).
#[derive(Debug, Clone)]
enum Operand<'a> {
    Number(f64),
    Name(&'a [u8]),
    Bytes(Cow<'a, [u8]>),
    Array(Vec<Operand<'a>>),
    Other,
}

/// Splits a content stream into operations, as lopdf's content parser does
/// for a well-formed stream; `None` for anything else (inline images
/// included), which sends the page to `pdf-extract`.
struct Lexer<'a> {
    b: &'a [u8],
    i: usize,
}

fn is_delimiter(c: u8) -> bool {
    matches!(
        c,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

/// The white space lopdf's content parser skips between operations. A form
/// feed, a NUL or a comment, which it treats differently between operands
/// and operators, sends the page to pdf-extract.
fn is_white(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\r' | b'\n')
}

impl<'a> Lexer<'a> {
    fn skip_space(&mut self) {
        while self.b.get(self.i).is_some_and(|&c| is_white(c)) {
            self.i += 1;
        }
    }

    /// The next operation: operands and operator; `Some(None)` at the end.
    fn operation(&mut self, operands: &mut Vec<Operand<'a>>) -> Option<Option<&'a [u8]>> {
        operands.clear();
        loop {
            self.skip_space();
            let Some(&c) = self.b.get(self.i) else {
                return if operands.is_empty() {
                    Some(None)
                } else {
                    None
                };
            };
            if c.is_ascii_alphabetic() || matches!(c, b'*' | b'\'' | b'"') {
                let start = self.i;
                while self
                    .b
                    .get(self.i)
                    .is_some_and(|&c| c.is_ascii_alphabetic() || matches!(c, b'*' | b'\'' | b'"'))
                {
                    self.i += 1;
                }
                let op = &self.b[start..self.i];
                // lopdf reads `null`, `true` and `false` as operands even
                // when letters follow, and anything from `BI` on as an
                // inline image.
                if [&b"BI"[..], b"ID", b"EI", b"true", b"false", b"null"]
                    .iter()
                    .any(|p| op.starts_with(p))
                {
                    return None;
                }
                if self
                    .b
                    .get(self.i)
                    .is_some_and(|&c| !is_white(c) && !is_delimiter(c))
                {
                    return None;
                }
                return Some(Some(op));
            }
            operands.push(self.operand(0)?);
        }
    }

    fn operand(&mut self, depth: usize) -> Option<Operand<'a>> {
        if depth > 32 {
            return None;
        }
        self.skip_space();
        let c = *self.b.get(self.i)?;
        match c {
            b'0'..=b'9' | b'+' | b'-' | b'.' => self.number(),
            b'/' => {
                self.i += 1;
                let start = self.i;
                while self.b.get(self.i).is_some_and(|&c| {
                    !is_white(c) && !is_delimiter(c) && !matches!(c, b'#' | b'\0' | b'\x0c')
                }) {
                    self.i += 1;
                }
                // lopdf decodes `#xx` and ends a name at a NUL or a form
                // feed, then gives up on the stream.
                if matches!(self.b.get(self.i), Some(b'#' | b'\0' | b'\x0c')) {
                    return None;
                }
                Some(Operand::Name(self.b.get(start..self.i)?))
            }
            b'(' => self.literal().map(Operand::Bytes),
            b'<' if self.b.get(self.i + 1) == Some(&b'<') => {
                self.skip_dictionary(depth)?;
                Some(Operand::Other)
            }
            b'<' => self.hex().map(|h| Operand::Bytes(Cow::Owned(h))),
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_space();
                    match self.b.get(self.i)? {
                        b']' => {
                            self.i += 1;
                            return Some(Operand::Array(items));
                        }
                        _ => items.push(self.operand(depth + 1)?),
                    }
                }
            }
            _ => None,
        }
    }

    /// An integer or a real, as lopdf reads them: a real is an `f32`.
    fn number(&mut self) -> Option<Operand<'a>> {
        let start = self.i;
        if matches!(self.b[self.i], b'+' | b'-') {
            self.i += 1;
        }
        let digits = |l: &mut Self| {
            let s = l.i;
            while l.b.get(l.i).is_some_and(u8::is_ascii_digit) {
                l.i += 1;
            }
            l.i - s
        };
        let int = digits(self);
        let value = if self.b.get(self.i) == Some(&b'.') {
            self.i += 1;
            let frac = digits(self);
            if int == 0 && frac == 0 {
                return None;
            }
            let text = std::str::from_utf8(&self.b[start..self.i]).ok()?;
            f64::from(text.parse::<f32>().ok()?)
        } else {
            if int == 0 {
                return None;
            }
            let text = std::str::from_utf8(&self.b[start..self.i]).ok()?;
            text.parse::<i64>().ok()? as f64
        };
        if self
            .b
            .get(self.i)
            .is_some_and(|&c| !is_white(c) && !is_delimiter(c))
        {
            return None;
        }
        Some(Operand::Number(value))
    }

    /// A literal string: a slice of the content when it holds no escape,
    /// no parenthesis and no line end (most of a page's strings).
    fn literal(&mut self) -> Option<Cow<'a, [u8]>> {
        let start = self.i + 1;
        let rest = self.b.get(start..)?;
        let end = rest
            .iter()
            .position(|&c| matches!(c, b'(' | b')' | b'\\' | b'\r' | b'\n'))?;
        if rest.get(end) == Some(&b')') {
            self.i = start + end + 1;
            return rest.get(..end).map(Cow::Borrowed);
        }
        self.escaped_literal().map(Cow::Owned)
    }

    fn escaped_literal(&mut self) -> Option<Vec<u8>> {
        self.i += 1;
        let mut out = Vec::new();
        let mut depth = 0usize;
        loop {
            let c = *self.b.get(self.i)?;
            self.i += 1;
            match c {
                b'(' => {
                    depth += 1;
                    // lopdf's nesting limit is 100.
                    if depth >= 99 {
                        return None;
                    }
                    out.push(c);
                }
                b')' if depth == 0 => return Some(out),
                b')' => {
                    depth -= 1;
                    out.push(c);
                }
                b'\\' => {
                    let e = *self.b.get(self.i)?;
                    self.i += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'(' | b')' | b'\\' => out.push(e),
                        b'0'..=b'7' => {
                            let mut v = u32::from(e - b'0');
                            for _ in 0..2 {
                                match self.b.get(self.i) {
                                    Some(&d @ b'0'..=b'7') => {
                                        v = v * 8 + u32::from(d - b'0');
                                        self.i += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push(u8::try_from(v & 0xff).ok()?);
                        }
                        // Escapes whose handling varies between readers
                        // (line continuations, unknown letters).
                        _ => return None,
                    }
                }
                b'\r' | b'\n' => return None,
                _ => out.push(c),
            }
        }
    }

    fn hex(&mut self) -> Option<Vec<u8>> {
        self.i += 1;
        let mut digits = Vec::new();
        loop {
            let c = *self.b.get(self.i)?;
            self.i += 1;
            match c {
                b'>' => break,
                c if c.is_ascii_hexdigit() => digits.push(c),
                c if is_white(c) => {}
                _ => return None,
            }
        }
        if digits.len() % 2 != 0 {
            return None;
        }
        let value = |d: u8| (d as char).to_digit(16).and_then(|v| u8::try_from(v).ok());
        digits
            .chunks(2)
            .map(|p| Some(value(p[0])? * 16 + value(p[1])?))
            .collect()
    }

    /// A dictionary of name keys and values, as lopdf requires (it gives
    /// up on the stream otherwise).
    fn skip_dictionary(&mut self, depth: usize) -> Option<()> {
        self.i += 2;
        loop {
            self.skip_space();
            if self.b.get(self.i..self.i + 2) == Some(b">>") {
                self.i += 2;
                return Some(());
            }
            let Operand::Name(_) = self.operand(depth + 1)? else {
                return None;
            };
            self.skip_space();
            if self.b.get(self.i..self.i + 2) == Some(b">>") {
                return None;
            }
            self.operand(depth + 1)?;
        }
    }
}

#[derive(Clone)]
struct TextState {
    font: Option<Rc<Font>>,
    size: f64,
    char_spacing: f64,
    word_spacing: f64,
    scale: f64,
    leading: f64,
    rise: f64,
    tm: Matrix,
}

#[derive(Clone)]
struct State {
    ctm: Matrix,
    ts: TextState,
}

/// Plain-text output: a line break when the baseline moves by more than
/// 1.5 font sizes (or the text goes back left and down by half of one), a
/// space when a word starts more than a tenth of a font size after the
/// last one ended.
struct Output {
    text: String,
    flip: Matrix,
    first_char: bool,
    last_y: f64,
    last_end: f64,
}

impl Output {
    fn character(&mut self, trm: &Matrix, width: f64, font_size: f64, c: char) {
        let position = trm.then(&self.flip);
        let vx = font_size * trm.a + font_size * trm.c;
        let vy = font_size * trm.b + font_size * trm.d;
        let size = (vx * vy).sqrt();
        let (x, y) = (position.e, position.f);
        if self.first_char {
            if (y - self.last_y).abs() > size * 1.5 {
                self.text.push('\n');
            }
            if x < self.last_end && (y - self.last_y).abs() > size * 0.5 {
                self.text.push('\n');
            }
            if x > self.last_end + size * 0.1 {
                self.text.push(' ');
            }
        }
        self.text.push(c);
        self.first_char = false;
        self.last_y = y;
        self.last_end = x + width * size;
    }
}

/// The text of a page, or `None` when the page needs `pdf-extract`.
pub(super) fn page_text(doc: &dyn Objects, page_id: ObjectId, fonts: &mut Fonts) -> Option<String> {
    read_page(doc, page_id, fonts, false)
}

/// The text of a damaged page that `pdf-extract` failed on, read as far as
/// it goes: content streams that cannot be read are left out, an operation
/// that cannot be read is skipped (the text stops where the content stops
/// parsing), a font that cannot be read is taken as WinAnsi with a middling
/// width, and an XObject that cannot be read draws nothing. Poppler reads
/// damaged files in the same spirit; the text is the best there is, not
/// `pdf-extract`'s, so the caller warns.
pub(super) fn salvaged_text(doc: &dyn Objects, page_id: ObjectId) -> Option<String> {
    read_page(doc, page_id, &mut Fonts::default(), true)
}

fn read_page(
    doc: &dyn Objects,
    page_id: ObjectId,
    fonts: &mut Fonts,
    salvage: bool,
) -> Option<String> {
    let page = dictionary(doc, page_id)?;
    let empty = Dictionary::new();
    let resources = match inherited(doc, page, b"Resources") {
        Some(Object::Dictionary(d)) => d,
        Some(_) if !salvage => return None,
        _ => &empty,
    };
    let Object::Array(media) = inherited(doc, page, b"MediaBox")? else {
        return None;
    };
    // Numbers as written: pdf-extract does not follow a reference here.
    let media: Vec<f64> = media.iter().map(number).collect::<Option<_>>()?;
    let (Some(bottom), Some(top)) = (media.get(1), media.get(3)) else {
        return None;
    };
    let content = if salvage {
        doc.readable_content(page_id)?
    } else {
        doc.page_content(page_id)?
    };
    let mut page = Page {
        doc,
        resources,
        fonts,
        salvage,
        out: Output {
            text: String::new(),
            flip: Matrix {
                a: 1.,
                b: 0.,
                c: 0.,
                d: -1.,
                e: 0.,
                f: top - bottom,
            },
            first_char: false,
            last_y: 0.,
            last_end: 100000.,
        },
        gs: State {
            ctm: Matrix::IDENTITY,
            ts: TextState {
                font: None,
                size: f64::NAN,
                char_spacing: 0.,
                word_spacing: 0.,
                scale: 1.,
                leading: 0.,
                rise: 0.,
                tm: Matrix::IDENTITY,
            },
        },
        stack: Vec::new(),
        tlm: Matrix::IDENTITY,
    };
    page.run(&content)?;
    Some(page.out.text)
}

/// One page being read: its resources, the graphics state, the output.
struct Page<'d, 'f> {
    doc: &'d dyn Objects,
    resources: &'d Dictionary,
    fonts: &'f mut Fonts,
    /// Reading a damaged page as far as it goes ([`salvaged_text`]).
    salvage: bool,
    out: Output,
    gs: State,
    stack: Vec<State>,
    tlm: Matrix,
}

fn operand_number(ops: &[Operand<'_>], i: usize) -> Option<f64> {
    match ops.get(i) {
        Some(Operand::Number(n)) => Some(*n),
        _ => None,
    }
}

fn six(ops: &[Operand<'_>]) -> Option<Matrix> {
    if ops.len() != 6 {
        return None;
    }
    let num = operand_number;
    Some(Matrix {
        a: num(ops, 0)?,
        b: num(ops, 1)?,
        c: num(ops, 2)?,
        d: num(ops, 3)?,
        e: num(ops, 4)?,
        f: num(ops, 5)?,
    })
}

impl Page<'_, '_> {
    /// Runs the content: `None` at the first thing the fast reader does
    /// not cover, unless salvaging (then an unreadable operation is skipped
    /// and unreadable content ends the page).
    fn run(&mut self, content: &[u8]) -> Option<()> {
        let mut lexer = Lexer { b: content, i: 0 };
        let mut ops: Vec<Operand> = Vec::new();
        loop {
            let op = match lexer.operation(&mut ops) {
                Some(Some(op)) => op,
                Some(None) => return Some(()),
                None if self.salvage => return Some(()),
                None => return None,
            };
            if self.step(op, &ops).is_none() && !self.salvage {
                return None;
            }
        }
    }

    /// One operation.
    fn step(&mut self, op: &[u8], ops: &[Operand<'_>]) -> Option<()> {
        let num = operand_number;
        let gs = &mut self.gs;
        match op {
            b"BT" | b"ET" => {
                self.tlm = Matrix::IDENTITY;
                gs.ts.tm = self.tlm;
            }
            b"cm" => gs.ctm = six(ops)?.then(&gs.ctm),
            b"q" => self.stack.push(gs.clone()),
            b"Q" => {
                if let Some(s) = self.stack.pop() {
                    *gs = s;
                }
            }
            b"Tc" => gs.ts.char_spacing = num(ops, 0)?,
            b"Tw" => gs.ts.word_spacing = num(ops, 0)?,
            b"Tz" => gs.ts.scale = num(ops, 0)? / 100.,
            b"TL" => gs.ts.leading = num(ops, 0)?,
            b"Ts" => gs.ts.rise = num(ops, 0)?,
            b"Tf" => {
                let font = self.font(ops.first());
                let font = if self.salvage {
                    font.or_else(|| Some(Rc::new(Font::stand_in())))
                } else {
                    font
                };
                self.gs.ts.font = Some(font?);
                self.gs.ts.size = num(ops, 1)?;
            }
            b"Tm" => {
                self.tlm = six(ops)?;
                gs.ts.tm = self.tlm;
            }
            b"Td" | b"TD" => {
                if ops.len() != 2 {
                    return None;
                }
                let (tx, ty) = (num(ops, 0)?, num(ops, 1)?);
                if op == b"TD" {
                    gs.ts.leading = -ty;
                }
                self.tlm = Matrix::translation(tx, ty).then(&self.tlm);
                gs.ts.tm = self.tlm;
            }
            b"T*" => {
                self.tlm = Matrix::translation(0.0, -gs.ts.leading).then(&self.tlm);
                gs.ts.tm = self.tlm;
            }
            b"Tj" => match ops.first()? {
                Operand::Bytes(s) => show(gs, s, &mut self.out)?,
                _ => return None,
            },
            b"TJ" => {
                if let Operand::Array(items) = ops.first()? {
                    for item in items {
                        match item {
                            Operand::Bytes(s) => show(gs, s, &mut self.out)?,
                            Operand::Number(n) => {
                                let ts = &mut gs.ts;
                                let tx = ts.scale * ((0. - n / 1000.) * ts.size);
                                ts.tm = Matrix::translation(tx, 0.).then(&ts.tm);
                            }
                            _ => {}
                        }
                    }
                }
            }
            b"Do" => inert_image(self.doc, self.resources, ops.first())?,
            _ => {}
        }
        Some(())
    }

    /// The font a `Tf` names, when this module reads it.
    fn font(&mut self, name: Option<&Operand<'_>>) -> Option<Rc<Font>> {
        let doc = self.doc;
        let Some(Operand::Name(name)) = name else {
            return None;
        };
        let Some(Object::Dictionary(table)) = get(doc, self.resources, b"Font") else {
            return None;
        };
        match table.get(name).ok()? {
            Object::Reference(id) => self
                .fonts
                .by_id
                .entry(*id)
                .or_insert_with(|| {
                    dictionary(doc, *id)
                        .and_then(|d| simple_font(doc, d))
                        .map(Rc::new)
                })
                .clone(),
            Object::Dictionary(d) => simple_font(doc, d).map(Rc::new),
            _ => None,
        }
    }
}

/// `Some` when a `Do` draws an image that changes nothing in the text.
/// `pdf-extract` runs every XObject's bytes as a content stream, an image's
/// too; an image whose bytes hold no operation (a JPEG's or most pixel
/// data's first byte is no PDF token) is thus inert. Anything else (a form
/// with text of its own, image bytes that parse as operations) is left to
/// `pdf-extract`.
fn inert_image(
    doc: &dyn Objects,
    resources: &Dictionary,
    name: Option<&Operand<'_>>,
) -> Option<()> {
    let Some(Operand::Name(name)) = name else {
        return None;
    };
    let Some(Object::Dictionary(xobjects)) = get(doc, resources, b"XObject") else {
        return None;
    };
    let Some(Object::Stream(stream)) = get(doc, xobjects, name) else {
        return None;
    };
    if !name_is(doc, &stream.dict, b"Subtype", b"Image") {
        return None;
    }
    // The bytes pdf-extract reads: decoded when lopdf can decode them.
    let bytes = if stream.filters().is_ok() {
        stream
            .decompressed_content()
            .unwrap_or_else(|_| stream.content.clone())
    } else {
        stream.content.clone()
    };
    let content = pdf_extract::content::Content::decode(&bytes).ok()?;
    content.operations.is_empty().then_some(())
}

/// One string shown: each code placed and written as `pdf-extract` does.
fn show(gs: &mut State, s: &[u8], out: &mut Output) -> Option<()> {
    let ts = &mut gs.ts;
    let font = ts.font.clone()?;
    out.first_char = true;
    for &code in s {
        let tsm = Matrix {
            a: ts.scale,
            b: 0.,
            c: 0.,
            d: 1.0,
            e: 0.,
            f: ts.rise,
        };
        let trm = tsm.then(&ts.tm.then(&gs.ctm));
        let w0 = font.width(code) / 1000.;
        let mut spacing = ts.char_spacing;
        if code == 32 {
            spacing += ts.word_spacing;
        }
        out.character(&trm, w0, ts.size, win_ansi(code));
        let tx = ts.scale * ((w0 - 0. / 1000.) * ts.size + spacing);
        ts.tm = Matrix::translation(tx, 0.).then(&ts.tm);
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexer_reads_operands_and_operators() {
        let mut l = Lexer {
            b: b"/P <</MCID 0>> BDC BT /F1 12 Tf [(C)5(as\\)e)-3.5 <4E75>] TJ ET",
            i: 0,
        };
        let mut ops = Vec::new();
        let mut seen = Vec::new();
        while let Some(op) = l.operation(&mut ops).expect("well formed") {
            seen.push((String::from_utf8_lossy(op).into_owned(), ops.len()));
        }
        let names: Vec<&str> = seen.iter().map(|(o, _)| o.as_str()).collect();
        assert_eq!(names, ["BDC", "BT", "Tf", "TJ", "ET"]);
        let mut l = Lexer {
            b: b"[(C)5(as\\)e)-3.5 <4E75>] TJ",
            i: 0,
        };
        l.operation(&mut ops).expect("well formed");
        let Some(Operand::Array(items)) = ops.first() else {
            panic!("an array");
        };
        assert!(matches!(&items[1], Operand::Number(n) if *n == 5.0));
        assert!(matches!(&items[2], Operand::Bytes(b) if b.as_ref() == b"as)e"));
        assert!(matches!(&items[3], Operand::Number(n) if *n == f64::from(-3.5f32)));
        assert!(matches!(&items[4], Operand::Bytes(b) if b.as_ref() == b"Nu"));
    }

    #[test]
    fn unusual_content_is_refused() {
        for bad in [
            &b"BI /W 1 ID x EI"[..],
            b"(unterminated",
            b"/F#31 12 Tf",
            b"1 2 3",
            b"(Hi) nullTj",
            b"BIx",
            b"/P\x00 BMC",
            b"/P <</MCID>> BDC",
            b"/P <<1 2>> BDC",
            b"BT % a comment\nET",
            b"BT\x0cET",
            b"(a\\\nb) Tj",
        ] {
            assert_eq!(lex_all(bad), None, "{:?}", String::from_utf8_lossy(bad));
        }
    }

    /// Runs the lexer to its end or its first refusal.
    fn lex_all(bytes: &[u8]) -> Option<usize> {
        let mut l = Lexer { b: bytes, i: 0 };
        let mut ops = Vec::new();
        let mut n = 0;
        while l.operation(&mut ops)?.is_some() {
            n += 1;
        }
        Some(n)
    }

    proptest::proptest! {
        #[test]
        fn lexer_never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..400)) {
            let _ = lex_all(&bytes);
        }

        #[test]
        fn lexer_never_panics_on_content_like_text(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "BT", "ET", "Tf", "TJ", "Tj", "Td", "cm", "q", "Q", "/F1", "12", "-3.5", ".5",
                    "5.", "+", "-", "(", ")", "(a\\(b\\)c)", "<4E75>", "<4E7>", "[", "]", "<<",
                    ">>", "%c\n", "\\", "\\053", " ", "\n", "\r", "#", "{", "}",
                ]),
                0..60,
            )
        ) {
            let _ = lex_all(parts.concat().as_bytes());
        }
    }

    #[test]
    fn win_ansi_is_windows_1252_with_the_pdf_exceptions() {
        assert_eq!(win_ansi(b'A'), 'A');
        assert_eq!(win_ansi(0x92), '\u{2019}');
        assert_eq!(win_ansi(0x96), '\u{2013}');
        assert_eq!(win_ansi(0x80), '\u{20ac}');
        assert_eq!(win_ansi(0xa0), ' ');
        assert_eq!(win_ansi(0xad), '-');
        assert_eq!(win_ansi(0x81), '\u{2022}');
        assert_eq!(win_ansi(0x05), '\0');
        assert_eq!(win_ansi(0xe9), '\u{e9}');
    }
}
