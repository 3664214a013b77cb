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

use std::collections::HashMap;
use std::rc::Rc;

use pdf_extract::{Dictionary, Object, ObjectId};

use super::cid_font::{cid_font, CidFont};
use super::content::{Lexer, Operand, Operands};
use super::lazy::Objects;
use super::syntax::{Cursor, Flat, FlatDictionary};

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
    /// Each code's width in text space: the width given (the missing
    /// width where none is) over 1000, divided once here rather than for
    /// every character shown (the same quotient either way).
    widths: [f64; 256],
    /// Every width is finite and moderate ([`show_tame`] may place it).
    tame: bool,
    /// A Type0 font (`Identity-H`): two bytes a code, its own widths and
    /// text ([`show`] places it; `widths` is unused).
    cid: Option<CidFont>,
}

impl Font {
    fn new(widths: [Option<f64>; 256], missing_width: f64) -> Font {
        let widths = widths.map(|w| w.unwrap_or(missing_width));
        Font {
            tame: tame(&widths),
            widths: widths.map(|w| w / 1000.),
            cid: None,
        }
    }

    fn composite(cid: CidFont) -> Font {
        Font {
            widths: [0.; 256],
            tame: false,
            cid: Some(cid),
        }
    }

    /// What a salvaged page uses for a font it cannot read: WinAnsi codes,
    /// each half an em wide (words stay apart; exact spacing is lost).
    fn stand_in() -> Font {
        Font::new([None; 256], 500.)
    }

    /// `code`'s width over 1000 (pdf-extract's `w0`).
    fn w0(&self, code: u8) -> f64 {
        self.widths[usize::from(code)]
    }
}

/// The WinAnsi encoding (PDF 32000, annex D): Windows-1252, except that
/// codes below 32 show nothing (U+0000), 160 is a plain space, 173 a plain
/// hyphen, and the codes Windows-1252 leaves undefined a bullet.
fn win_ansi(code: u8) -> char {
    WIN_ANSI[usize::from(code)]
}

/// [`win_ansi`] for every code: Latin-1 from 160 on, Windows-1252's own
/// characters from 128 to 159 (a test holds the table to `encoding_rs`).
static WIN_ANSI: [char; 256] = win_ansi_table();

const fn win_ansi_table() -> [char; 256] {
    const HIGH: [char; 32] = [
        '\u{20ac}', '\u{2022}', '\u{201a}', '\u{192}', '\u{201e}', '\u{2026}', '\u{2020}',
        '\u{2021}', '\u{2c6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{2022}', '\u{17d}',
        '\u{2022}', '\u{2022}', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}', '\u{2022}',
        '\u{2013}', '\u{2014}', '\u{2dc}', '\u{2122}', '\u{161}', '\u{203a}', '\u{153}',
        '\u{2022}', '\u{17e}', '\u{178}',
    ];
    let mut table = ['\0'; 256];
    let mut code = 32;
    while code < 256 {
        table[code] = match code {
            0x7f => '\u{2022}',
            0x80..=0x9f => HIGH[code - 0x80],
            0xa0 => ' ',
            0xad => '-',
            // Below 256 a code is its own Latin-1 character.
            _ => code as u8 as char,
        };
        code += 1;
    }
    table
}

/// [`win_ansi`] by its definition, for the test of the table.
#[cfg(test)]
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

/// `dict`'s entry `key`, as `Dictionary::get` finds it but without the
/// error it builds (a `String` of the key) on every call, found or not.
pub(super) fn entry<'a>(dict: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    dict.as_hashmap().get(key)
}

fn get<'a>(doc: &'a dyn Objects, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    entry(dict, key).and_then(|o| deref(doc, o))
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
    if name_is(doc, font, b"Subtype", b"Type0") {
        return cid_font(doc, font).map(Font::composite);
    }
    font_of(doc, font)
}

/// Font `id`: read flat from its object stream's bytes when it is a
/// dictionary of plain values there and not a Type0 font (no `lopdf`
/// objects built: a font is a dictionary of about ten entries and an
/// array of 256 widths); else from its `lopdf` object, as before. Both
/// readings give the same dictionary, so the same font.
fn read_font(doc: &dyn Objects, id: ObjectId) -> Option<Rc<Font>> {
    let flat = doc
        .packed_bytes(id)
        .and_then(|b| Cursor::new(b, 0).flat_dictionary());
    if let Some(flat) = flat {
        let type0 = matches!(
            font_value(doc, &flat, b"Subtype"),
            Some(Value::Name(b"Type0"))
        );
        if !type0 {
            return font_of(doc, &flat).map(Rc::new);
        }
    }
    dictionary(doc, id)
        .and_then(|d| simple_font(doc, d))
        .map(Rc::new)
}

/// A font dictionary's entry as [`font_of`] reads it, from a `lopdf`
/// dictionary or from one read flat ([`FlatDictionary`]).
#[derive(Clone, Copy)]
enum Value<'x> {
    Integer(i64),
    Real(f32),
    Name(&'x [u8]),
    Reference(ObjectId),
    Dictionary(&'x Dictionary),
    Objects(&'x [Object]),
    Flats(&'x [Flat<'x>]),
    Other,
}

impl<'x> From<&'x Object> for Value<'x> {
    fn from(o: &'x Object) -> Value<'x> {
        match o {
            Object::Integer(i) => Value::Integer(*i),
            Object::Real(r) => Value::Real(*r),
            Object::Name(n) => Value::Name(n),
            Object::Reference(id) => Value::Reference(*id),
            Object::Dictionary(d) => Value::Dictionary(d),
            Object::Array(a) => Value::Objects(a),
            _ => Value::Other,
        }
    }
}

impl<'x> From<Flat<'x>> for Value<'x> {
    fn from(f: Flat<'x>) -> Value<'x> {
        match f {
            Flat::Integer(i) => Value::Integer(i),
            Flat::Real(r) => Value::Real(r),
            Flat::Name(n) => Value::Name(n),
            Flat::Reference(id) => Value::Reference(id),
            Flat::Null | Flat::Boolean(_) | Flat::Array(..) => Value::Other,
        }
    }
}

impl Value<'_> {
    fn number(self) -> Option<f64> {
        match self {
            Value::Integer(i) => Some(i as f64),
            Value::Real(r) => Some(f64::from(r)),
            _ => None,
        }
    }
}

/// The entries of a font dictionary, whichever way it was read.
trait FontEntries {
    /// The entry `key` as written (no reference followed).
    fn value(&self, key: &[u8]) -> Option<Value<'_>>;
}

impl FontEntries for Dictionary {
    fn value(&self, key: &[u8]) -> Option<Value<'_>> {
        entry(self, key).map(Value::from)
    }
}

impl FontEntries for FlatDictionary<'_> {
    fn value(&self, key: &[u8]) -> Option<Value<'_>> {
        let v = self.get(key)?;
        Some(match self.items(v) {
            Some(items) => Value::Flats(items),
            None => Value::from(v),
        })
    }
}

/// A font entry with a reference followed, as [`get`] gives it.
fn font_value<'x>(
    doc: &'x dyn Objects,
    font: &'x impl FontEntries,
    key: &[u8],
) -> Option<Value<'x>> {
    match font.value(key)? {
        Value::Reference(id) => doc.object(id).map(Value::from),
        v => Some(v),
    }
}

/// A simple font (not Type0): a non-embedded TrueType font in the WinAnsi
/// encoding, without a `ToUnicode` map, its widths given.
fn font_of(doc: &dyn Objects, font: &impl FontEntries) -> Option<Font> {
    let name_is = |key: &[u8], want: &[u8]| matches!(font_value(doc, font, key), Some(Value::Name(n)) if n == want);
    if !name_is(b"Subtype", b"TrueType")
        || !name_is(b"Encoding", b"WinAnsiEncoding")
        || !matches!(font_value(doc, font, b"BaseFont"), Some(Value::Name(_)))
        || font.value(b"ToUnicode").is_some()
    {
        return None;
    }
    // The descriptor is read only for its `FontFile3`; most need no
    // reading to know they have none.
    let plain = match font.value(b"FontDescriptor") {
        Some(Value::Reference(id)) => doc.surely_lacks(id, b"FontFile3"),
        _ => false,
    };
    if !plain {
        if let Some(Value::Dictionary(descriptor)) = font_value(doc, font, b"FontDescriptor") {
            if descriptor.has(b"FontFile3") {
                return None;
            }
        }
    }
    let Value::Integer(first) = font_value(doc, font, b"FirstChar")? else {
        return None;
    };
    let Value::Integer(last) = font_value(doc, font, b"LastChar")? else {
        return None;
    };
    let list = font_value(doc, font, b"Widths")?;
    // pdf-extract reads the list as numbers only (a reference in it
    // sends the font down another path).
    let (len, width): (usize, &dyn Fn(usize) -> Option<f64>) = match list {
        Value::Objects(l) => (l.len(), &|i| l.get(i).and_then(number)),
        Value::Flats(l) => (l.len(), &|i| {
            l.get(i).and_then(|&f| Value::from(f).number())
        }),
        _ => return None,
    };
    let count = i64::try_from(len).ok()?;
    if first < 0 || last > 255 || first.checked_add(count - 1)? != last {
        return None;
    }
    let mut widths = [None; 256];
    for i in 0..len {
        *widths.get_mut(usize::try_from(first).ok()? + i)? = Some(width(i)?);
    }
    // pdf-extract reads MissingWidth without following a reference.
    let missing_width = match font.value(b"MissingWidth") {
        None => 0.,
        Some(v) => v.number()?,
    };
    Some(Font::new(widths, missing_width))
}

/// A dictionary entry of a page or one of its ancestors.
fn inherited<'a>(doc: &'a dyn Objects, page: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    let mut dict = page;
    for _ in 0..64 {
        if let Some(o) = get(doc, dict, key) {
            return Some(o);
        }
        let id = entry(dict, b"Parent")?.as_reference().ok()?;
        dict = dictionary(doc, id)?;
    }
    None
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

impl TextState {
    /// The text rendering matrix of the next glyph: the text space's scale
    /// and rise, then the text matrix, then the page's `ctm`.
    #[inline(always)]
    fn rendering(&self, ctm: &Matrix) -> Matrix {
        let tsm = Matrix {
            a: self.scale,
            b: 0.,
            c: 0.,
            d: 1.0,
            e: 0.,
            f: self.rise,
        };
        tsm.then(&self.tm.then(ctm))
    }
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
        self.placed(position.e, position.f, size, width, c);
    }

    /// [`Output::character`] for a code whose text is a string (a Type0
    /// font's, possibly empty: the position moves all the same).
    fn text(&mut self, trm: &Matrix, width: f64, font_size: f64, s: &str) {
        let position = trm.then(&self.flip);
        let vx = font_size * trm.a + font_size * trm.c;
        let vy = font_size * trm.b + font_size * trm.d;
        let size = (vx * vy).sqrt();
        let (x, y) = (position.e, position.f);
        self.separate(x, y, size);
        self.text.push_str(s);
        self.advance(x, y, size, width);
    }

    /// A character at `(x, y)` on the flipped page, `size` its rendered
    /// font size. Inlined into the per-character loops (it runs once a
    /// character).
    #[inline(always)]
    fn placed(&mut self, x: f64, y: f64, size: f64, width: f64, c: char) {
        self.separate(x, y, size);
        self.text.push(c);
        self.advance(x, y, size, width);
    }

    /// The line break or space pdf-extract puts before the first
    /// character of a text run at `(x, y)`.
    #[inline(always)]
    fn separate(&mut self, x: f64, y: f64, size: f64) {
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
    }

    /// Where the next character's gap is measured from.
    #[inline(always)]
    fn advance(&mut self, x: f64, y: f64, size: f64, width: f64) {
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
            // About a character for every four bytes of content.
            text: String::with_capacity(content.len() / 4),
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
        by_name: Vec::new(),
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
    /// The fonts `Tf` has named on this page so far, by name (a page
    /// switches between a few fonts hundreds of times).
    by_name: Vec<(Vec<u8>, Option<Rc<Font>>)>,
}

fn six(ops: &Operands<'_>) -> Option<Matrix> {
    if ops.top.len() != 6 {
        return None;
    }
    Some(Matrix {
        a: ops.number(0)?,
        b: ops.number(1)?,
        c: ops.number(2)?,
        d: ops.number(3)?,
        e: ops.number(4)?,
        f: ops.number(5)?,
    })
}

impl Page<'_, '_> {
    /// Runs the content: `None` at the first thing the fast reader does
    /// not cover, unless salvaging (then an unreadable operation is skipped
    /// and unreadable content ends the page).
    fn run(&mut self, content: &[u8]) -> Option<()> {
        let mut lexer = Lexer::new(content);
        let mut ops = Operands::default();
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
    fn step(&mut self, op: &[u8], ops: &Operands<'_>) -> Option<()> {
        let num = |i| ops.number(i);
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
            b"Tc" => gs.ts.char_spacing = num(0)?,
            b"Tw" => gs.ts.word_spacing = num(0)?,
            b"Tz" => gs.ts.scale = num(0)? / 100.,
            b"TL" => gs.ts.leading = num(0)?,
            b"Ts" => gs.ts.rise = num(0)?,
            b"Tf" => {
                let font = self.named_font(ops.top.first());
                // A salvaged page reads a Type0 font as any other font it
                // does not read (the stand-in), as before.
                let font = if self.salvage {
                    font.filter(|f| f.cid.is_none())
                        .or_else(|| Some(Rc::new(Font::stand_in())))
                } else {
                    font
                };
                self.gs.ts.font = Some(font?);
                self.gs.ts.size = num(1)?;
            }
            b"Tm" => {
                self.tlm = six(ops)?;
                gs.ts.tm = self.tlm;
            }
            b"Td" | b"TD" => {
                if ops.top.len() != 2 {
                    return None;
                }
                let (tx, ty) = (num(0)?, num(1)?);
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
            b"Tj" => {
                // A `Tj` of anything but a string is refused.
                let shown = ops.top.first()?;
                ops.string(shown)?;
                show_items(gs, ops, std::slice::from_ref(shown), &mut self.out)?;
            }
            b"TJ" => {
                if let Some(items) = ops.array(ops.top.first()?) {
                    show_items(gs, ops, items, &mut self.out)?;
                }
            }
            b"Do" => inert_image(self.doc, self.resources, ops.top.first())?,
            _ => {}
        }
        Some(())
    }

    /// [`Page::font`], remembered by name for the page. Kept out of the
    /// operation loop (a `Tf` is one operation in twenty-five).
    #[inline(never)]
    fn named_font(&mut self, name: Option<&Operand<'_>>) -> Option<Rc<Font>> {
        let Some(Operand::Name(key)) = name else {
            return None;
        };
        if let Some((_, font)) = self.by_name.iter().find(|(k, _)| k == key) {
            return font.clone();
        }
        let font = self.font(name);
        if self.by_name.len() < 32 {
            self.by_name.push((key.to_vec(), font.clone()));
        }
        font
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
        match entry(table, name)? {
            Object::Reference(id) => self
                .fonts
                .by_id
                .entry(*id)
                .or_insert_with(|| read_font(doc, *id))
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

/// The strings and adjustments of a `TJ` (or the one string of a `Tj`):
/// each code placed and written as `pdf-extract` does.
fn show_items(
    gs: &mut State,
    ops: &Operands<'_>,
    items: &[Operand<'_>],
    out: &mut Output,
) -> Option<()> {
    if let Some(mut pen) = Pen::new(gs, ops, items) {
        pen.show(ops, items, out)?;
        pen.finish(gs);
        return Some(());
    }
    for item in items {
        match item {
            Operand::Bytes(_) | Operand::Decoded(..) => show(gs, ops.string(item)?, out)?,
            Operand::Number(n) => {
                let ts = &mut gs.ts;
                let tx = ts.scale * ((0. - n / 1000.) * ts.size);
                ts.tm = Matrix::translation(tx, 0.).then(&ts.tm);
            }
            _ => {}
        }
    }
    Some(())
}

/// One string shown, by the general rules (any values, infinities
/// included).
fn show(gs: &mut State, s: &[u8], out: &mut Output) -> Option<()> {
    let font = gs.ts.font.clone()?;
    out.first_char = true;
    if let Some(cid) = &font.cid {
        show_composite(gs, cid, s, out);
        return Some(());
    }
    let ts = &mut gs.ts;
    for &code in s {
        let trm = ts.rendering(&gs.ctm);
        let w0 = font.w0(code);
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

/// One string in a Type0 font, by the general rules: two bytes a code (a
/// last odd byte is dropped, as `pdf-extract`'s code iterator drops it),
/// no word spacing (its codes are never the one-byte 32).
fn show_composite(gs: &mut State, cid: &CidFont, s: &[u8], out: &mut Output) {
    let ts = &mut gs.ts;
    for pair in s.chunks_exact(2) {
        let [high, low] = *pair else {
            break;
        };
        let code = u32::from(high) << 8 | u32::from(low);
        let trm = ts.rendering(&gs.ctm);
        let w0 = cid.width(code) / 1000.;
        let spacing = ts.char_spacing;
        out.text(&trm, w0, ts.size, cid.text(code));
        let tx = ts.scale * ((w0 - 0. / 1000.) * ts.size + spacing);
        ts.tm = Matrix::translation(tx, 0.).then(&ts.tm);
    }
}

/// Values this far from zero keep every product and sum of [`Pen`]
/// finite (four factors of `1e50` and a content stream's worth of
/// advances stay far below `f64::MAX`).
const TAME: f64 = 1e50;

fn tame(values: &[f64]) -> bool {
    values.iter().all(|v| v.abs() <= TAME)
}

/// The short path of [`show`] for one `TJ` whose font, matrices, text
/// state and adjustments are all finite and moderate. It computes the
/// same sums and products less the terms that are a zero times a finite
/// value (`x + 0·y` is `x`, up to the sign of a zero result, which no
/// comparison of the layout sees) and less what does not change from one
/// character to the next (an advance moves only the text matrix's
/// translation, `e` and `f`). Every value that reaches the output is
/// thus the one the general path computes.
struct Pen {
    font: Rc<Font>,
    ctm: Matrix,
    /// The text matrix's linear part (an advance leaves it as it is).
    tm: Matrix,
    /// The rendered matrix's `c` and `d` (`tm × ctm`).
    mc: f64,
    md: f64,
    /// The rendered font size.
    shown: f64,
    scale: f64,
    size: f64,
    rise: f64,
    char_spacing: f64,
    word_spacing: f64,
}

impl Pen {
    fn new(gs: &State, ops: &Operands<'_>, items: &[Operand<'_>]) -> Option<Pen> {
        let (ts, tm, ctm) = (&gs.ts, gs.ts.tm, gs.ctm);
        let font = ts.font.clone().filter(|f| f.tame)?;
        // `items` are of the operation's arrays: their bound says it for
        // all of them at once, and when it cannot, they are asked.
        let adjustments_tame = ops.items_bound() <= TAME
            || items.iter().all(|i| match i {
                Operand::Number(n) => n.abs() <= TAME,
                _ => true,
            });
        let state_tame = tame(&[tm.a, tm.b, tm.c, tm.d, tm.e, tm.f])
            && tame(&[ctm.a, ctm.b, ctm.c, ctm.d, ctm.e, ctm.f])
            && tame(&[ts.scale, ts.rise, ts.size, ts.char_spacing, ts.word_spacing]);
        if !(adjustments_tame && state_tame) {
            return None;
        }
        // tm × ctm, the part that does not move; then the rendering
        // matrix's linear part (the horizontal scale applied) and the
        // font size it gives.
        let (ma, mb) = (tm.a * ctm.a + tm.b * ctm.c, tm.a * ctm.b + tm.b * ctm.d);
        let (mc, md) = (tm.c * ctm.a + tm.d * ctm.c, tm.c * ctm.b + tm.d * ctm.d);
        let (ta, tb) = (ts.scale * ma, ts.scale * mb);
        let size = ts.size;
        let vx = size * ta + size * mc;
        let vy = size * tb + size * md;
        Some(Pen {
            font,
            ctm,
            tm,
            mc,
            md,
            shown: (vx * vy).sqrt(),
            scale: ts.scale,
            size,
            rise: ts.rise,
            char_spacing: ts.char_spacing,
            word_spacing: ts.word_spacing,
        })
    }

    /// The strings and adjustments of one `TJ`. The loop keeps the state
    /// it reads in locals (the products that do not change from one
    /// character to the next taken once: `rise × mc`, `rise × md`, and the
    /// spacing after a space, are the same values each time) and writes
    /// the pen and the output back at the end, also when an item cannot be
    /// read (the output then holds what was written, as before). Not
    /// inlined: in the operation loop its values did not fit in registers;
    /// and one call a `TJ`, not one a string (two characters).
    #[inline(never)]
    fn show(&mut self, ops: &Operands<'_>, items: &[Operand<'_>], out: &mut Output) -> Option<()> {
        let ctm = self.ctm;
        let (ta, tb) = (self.tm.a, self.tm.b);
        let (mut e, mut f) = (self.tm.e, self.tm.f);
        let (rx, ry) = (self.rise * self.mc, self.rise * self.md);
        let (scale, size, shown) = (self.scale, self.size, self.shown);
        let spacing = self.char_spacing;
        let space_spacing = self.char_spacing + self.word_spacing;
        let widths = &self.font.widths;
        let h = out.flip.f;
        let (mut last_y, mut last_end) = (out.last_y, out.last_end);
        let mut first = out.first_char;
        let text = &mut out.text;
        let mut read = Some(());
        for item in items {
            let s = match item {
                Operand::Bytes(_) | Operand::Decoded(..) => match ops.string(item) {
                    Some(s) => s,
                    None => {
                        read = None;
                        break;
                    }
                },
                Operand::Number(n) => {
                    let tx = scale * ((0. - n / 1000.) * size);
                    e += tx * ta;
                    f += tx * tb;
                    continue;
                }
                _ => continue,
            };
            // `Output::placed` for each code; the first of a string is
            // measured against the last one written.
            first = true;
            for &code in s {
                let x = rx + (e * ctm.a + f * ctm.c + ctm.e);
                // `flip` is `[1 0 0 -1 0 h]`: x stays, y becomes h - y.
                let y = h - (ry + (e * ctm.b + f * ctm.d + ctm.f));
                let w0 = widths[usize::from(code)];
                if first {
                    first = false;
                    if (y - last_y).abs() > shown * 1.5 {
                        text.push('\n');
                    }
                    if x < last_end && (y - last_y).abs() > shown * 0.5 {
                        text.push('\n');
                    }
                    if x > last_end + shown * 0.1 {
                        text.push(' ');
                    }
                }
                // A printable ASCII code is its own character (the
                // table's first rows): pushed as one byte, where a `char`
                // of unknown width takes the UTF-8 encoder's branches.
                if (0x20..0x7f).contains(&code) {
                    text.push(char::from(code));
                } else {
                    text.push(win_ansi(code));
                }
                last_y = y;
                last_end = x + w0 * shown;
                let spacing = if code == 32 { space_spacing } else { spacing };
                let tx = scale * ((w0 - 0. / 1000.) * size + spacing);
                e += tx * ta;
                f += tx * tb;
            }
        }
        out.first_char = first;
        out.last_y = last_y;
        out.last_end = last_end;
        self.tm.e = e;
        self.tm.f = f;
        read
    }

    fn finish(self, gs: &mut State) {
        gs.ts.tm.e = self.tm.e;
        gs.ts.tm.f = self.tm.f;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn win_ansi_is_windows_1252_with_the_pdf_exceptions() {
        // The layout pushes these as themselves.
        for code in 0x20..0x7fu8 {
            assert_eq!(win_ansi(code), char::from(code));
        }
        assert_eq!(win_ansi(b'A'), 'A');
        assert_eq!(win_ansi(0x92), '\u{2019}');
        assert_eq!(win_ansi(0x96), '\u{2013}');
        assert_eq!(win_ansi(0x80), '\u{20ac}');
        assert_eq!(win_ansi(0xa0), ' ');
        assert_eq!(win_ansi(0xad), '-');
        assert_eq!(win_ansi(0x81), '\u{2022}');
        assert_eq!(win_ansi(0x05), '\0');
        assert_eq!(win_ansi(0xe9), '\u{e9}');
        for code in 0..=255u8 {
            assert_eq!(win_ansi(code), win_ansi_of(code), "code {code}");
        }
    }
}
