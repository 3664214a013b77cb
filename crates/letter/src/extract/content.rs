//! The content-stream lexer of the fast page reader ([`super::simple_page`]):
//! splits a page's content into operations as `lopdf`'s content parser does
//! for a well-formed stream, and answers `None` for anything else (inline
//! images included), which sends the page to `pdf-extract`.
//!
//! It owns the token rules and nothing of what operators mean. It allocates
//! nothing per token: names and strings without escapes are slices of the
//! content, strings with escapes and hex strings are decoded into one byte
//! buffer, array items go to one item list, and those buffers are reused
//! from operation to operation. Numbers are read as `lopdf` reads them (an
//! integer as `i64`, a real as `f32`), by a short path that gives the same
//! value as Rust's own parsing for the numbers content streams hold.

/// A content-stream operand. Dictionaries (marked-content properties) and
/// arrays inside arrays are kept only as [`Operand::Other`].
#[derive(Debug, Clone, Copy)]
pub(super) enum Operand<'a> {
    Number(f64),
    Name(&'a [u8]),
    /// A string without escapes, as written.
    Bytes(&'a [u8]),
    /// A string decoded into [`Operands::bytes`], at this range.
    Decoded(usize, usize),
    /// An array: its items at this range of [`Operands::items`].
    Array(usize, usize),
    Other,
}

/// The operands of one operation, with the buffers they point into.
#[derive(Debug, Default)]
pub(super) struct Operands<'a> {
    /// The operands in order.
    pub(super) top: Vec<Operand<'a>>,
    /// Items of the operation's arrays.
    items: Vec<Operand<'a>>,
    /// Decoded strings.
    bytes: Vec<u8>,
    /// At least the largest magnitude of a number in `items` (NaN when
    /// one is NaN): the layout asks it whether every adjustment of a
    /// `TJ` is moderate without going through the items once more.
    items_bound: f64,
}

impl<'a> Operands<'a> {
    fn clear(&mut self) {
        self.top.clear();
        self.items.clear();
        self.bytes.clear();
        self.items_bound = 0.;
    }

    /// At least the largest magnitude of a number in the operation's
    /// arrays (an array inside an array counts too); NaN when one is NaN.
    pub(super) fn items_bound(&self) -> f64 {
        self.items_bound
    }

    /// A string operand's bytes.
    pub(super) fn string(&self, o: &Operand<'a>) -> Option<&[u8]> {
        match *o {
            Operand::Bytes(b) => Some(b),
            Operand::Decoded(start, end) => self.bytes.get(start..end),
            _ => None,
        }
    }

    /// An array operand's items.
    pub(super) fn array(&self, o: &Operand<'a>) -> Option<&[Operand<'a>]> {
        match *o {
            Operand::Array(start, end) => self.items.get(start..end),
            _ => None,
        }
    }

    /// Operand `i` when it is a number.
    pub(super) fn number(&self, i: usize) -> Option<f64> {
        match self.top.get(i) {
            Some(Operand::Number(n)) => Some(*n),
            _ => None,
        }
    }
}

/// A read position in a content stream.
pub(super) struct Lexer<'a> {
    b: &'a [u8],
    i: usize,
}

/// The byte tests [`CLASSES`] holds, for its test.
#[cfg(test)]
fn is_delimiter_byte(c: u8) -> bool {
    matches!(
        c,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

#[cfg(test)]
fn is_white_byte(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\r' | b'\n')
}

#[cfg(test)]
fn is_operator_byte(c: u8) -> bool {
    c.is_ascii_alphabetic() || matches!(c, b'*' | b'\'' | b'"')
}

const WHITE: u8 = 1;
const DELIMITER: u8 = 2;
const OPERATOR: u8 = 4;
/// A byte that ends a plain literal string ([`string_stop`]'s bytes).
const STRING_STOP: u8 = 8;

/// Each byte's classes, so that a test is one load (the lexer tests the
/// byte after every token, and white space before it).
static CLASSES: [u8; 256] = classes();

const fn classes() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        let white = matches!(c, b' ' | b'\t' | b'\r' | b'\n');
        let delimiter = matches!(
            c,
            b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
        );
        let operator = c.is_ascii_alphabetic() || matches!(c, b'*' | b'\'' | b'"');
        let stop = matches!(c, b'(' | b')' | b'\\' | b'\r' | b'\n');
        t[i] = (white as u8) * WHITE
            + (delimiter as u8) * DELIMITER
            + (operator as u8) * OPERATOR
            + (stop as u8) * STRING_STOP;
        i += 1;
    }
    t
}

#[inline(always)]
fn is(c: u8, class: u8) -> bool {
    CLASSES[usize::from(c)] & class != 0
}

/// The white space lopdf's content parser skips between operations. A form
/// feed, a NUL or a comment, which it treats differently between operands
/// and operators, sends the page to pdf-extract.
fn is_white(c: u8) -> bool {
    is(c, WHITE)
}

fn is_operator_char(c: u8) -> bool {
    is(c, OPERATOR)
}

/// Whether `c` may follow a token: white space or a delimiter.
fn ends_token(c: u8) -> bool {
    is(c, WHITE | DELIMITER)
}

impl<'a> Lexer<'a> {
    pub(super) fn new(b: &'a [u8]) -> Lexer<'a> {
        Lexer { b, i: 0 }
    }

    fn skip_space(&mut self) {
        while self.b.get(self.i).is_some_and(|&c| is_white(c)) {
            self.i += 1;
        }
    }

    /// The next operation: operands (into `ops`) and operator; `Some(None)`
    /// at the end.
    pub(super) fn operation(&mut self, ops: &mut Operands<'a>) -> Option<Option<&'a [u8]>> {
        ops.clear();
        loop {
            self.skip_space();
            let Some(&c) = self.b.get(self.i) else {
                return if ops.top.is_empty() { Some(None) } else { None };
            };
            if is_operator_char(c) {
                let start = self.i;
                while self.b.get(self.i).is_some_and(|&c| is_operator_char(c)) {
                    self.i += 1;
                }
                let op = self.b.get(start..self.i)?;
                // lopdf reads `null`, `true` and `false` as operands even
                // when letters follow, and anything from `BI` on as an
                // inline image.
                // (Slice patterns: compared inline, where `starts_with`
                // called `bcmp` for every operator.)
                if matches!(
                    op,
                    [b'B', b'I', ..]
                        | [b'I', b'D', ..]
                        | [b'E', b'I', ..]
                        | [b't', b'r', b'u', b'e', ..]
                        | [b'f', b'a', b'l', b's', b'e', ..]
                        | [b'n', b'u', b'l', b'l', ..]
                ) {
                    return None;
                }
                if self.b.get(self.i).is_some_and(|&c| !ends_token(c)) {
                    return None;
                }
                return Some(Some(op));
            }
            // Numbers (most operands) are read here, as `operand` reads
            // them, without its call.
            let operand = match c {
                b'0'..=b'9' | b'+' | b'-' | b'.' => self.number()?,
                _ => self.operand(0, ops)?,
            };
            ops.top.push(operand);
        }
    }

    fn operand(&mut self, depth: usize, ops: &mut Operands<'a>) -> Option<Operand<'a>> {
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
                while self
                    .b
                    .get(self.i)
                    .is_some_and(|&c| !ends_token(c) && !matches!(c, b'#' | b'\0' | b'\x0c'))
                {
                    self.i += 1;
                }
                // lopdf decodes `#xx` and ends a name at a NUL or a form
                // feed, then gives up on the stream.
                if matches!(self.b.get(self.i), Some(b'#' | b'\0' | b'\x0c')) {
                    return None;
                }
                Some(Operand::Name(self.b.get(start..self.i)?))
            }
            b'(' => self.literal(ops),
            b'<' if self.b.get(self.i + 1) == Some(&b'<') => {
                self.skip_dictionary(depth, ops)?;
                Some(Operand::Other)
            }
            b'<' => self.hex(ops),
            b'[' => self.array(depth, ops),
            _ => None,
        }
    }

    /// An array; one inside another (or inside a dictionary) is read for
    /// its syntax only, as the text operators ignore it.
    fn array(&mut self, depth: usize, ops: &mut Operands<'a>) -> Option<Operand<'a>> {
        self.i += 1;
        let start = ops.items.len();
        // The items of a `TJ` are strings and numbers: those are read here
        // rather than through `operand` (same rules, same depth limit).
        let deep = depth + 1 > 32;
        loop {
            self.skip_space();
            let item = match *self.b.get(self.i)? {
                b']' => {
                    self.i += 1;
                    break;
                }
                _ if deep => return None,
                b'(' => self.literal(ops)?,
                b'0'..=b'9' | b'+' | b'-' | b'.' => self.number()?,
                _ => self.operand(depth + 1, ops)?,
            };
            if let Operand::Number(n) = item {
                // A NaN is kept, and then stays (`max` would drop it).
                let m = n.abs();
                if m > ops.items_bound || m.is_nan() {
                    ops.items_bound = m;
                }
            }
            ops.items.push(item);
        }
        if depth > 0 {
            ops.items.truncate(start);
            return Some(Operand::Other);
        }
        Some(Operand::Array(start, ops.items.len()))
    }

    /// An integer or a real, as lopdf reads them: a real is an `f32`.
    /// Inlined into its two callers (most `TJ` items are numbers).
    #[inline(always)]
    fn number(&mut self) -> Option<Operand<'a>> {
        let b = self.b;
        let start = self.i;
        let mut i = start;
        let negative = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        // The digits as one integer; it is used only when there are at
        // most 18 of them (wrapping beyond that is never read).
        let mut mantissa: u64 = 0;
        let int_start = i;
        while let Some(&d) = b.get(i).filter(|d| d.is_ascii_digit()) {
            mantissa = mantissa.wrapping_mul(10).wrapping_add(u64::from(d - b'0'));
            i += 1;
        }
        let int = i - int_start;
        let real = b.get(i) == Some(&b'.');
        let mut frac = 0;
        if real {
            i += 1;
            let frac_start = i;
            while let Some(&d) = b.get(i).filter(|d| d.is_ascii_digit()) {
                mantissa = mantissa.wrapping_mul(10).wrapping_add(u64::from(d - b'0'));
                i += 1;
            }
            frac = i - frac_start;
        }
        self.i = i;
        let digits = int + frac;
        let value = if real {
            if digits == 0 {
                return None;
            }
            f64::from(self.real(start, negative, mantissa, digits, frac)?)
        } else {
            if int == 0 {
                return None;
            }
            match i64::try_from(mantissa) {
                Ok(m) if digits < 19 => (if negative { -m } else { m }) as f64,
                _ => {
                    let text = std::str::from_utf8(self.b.get(start..self.i)?).ok()?;
                    text.parse::<i64>().ok()? as f64
                }
            }
        };
        if self.b.get(self.i).is_some_and(|&c| !ends_token(c)) {
            return None;
        }
        Some(Operand::Number(value))
    }

    /// A real's `f32`: `mantissa / 10^frac` in one correctly rounded
    /// division when both are exact in an `f32` (the value Rust's parser
    /// gives by the same fast path), else Rust's parser itself.
    fn real(
        &self,
        start: usize,
        negative: bool,
        mantissa: u64,
        digits: usize,
        frac: usize,
    ) -> Option<f32> {
        if let Some(v) = super::syntax::exact_f32(negative, mantissa, digits, frac) {
            return Some(v);
        }
        let text = std::str::from_utf8(self.b.get(start..self.i)?).ok()?;
        text.parse::<f32>().ok()
    }

    /// A literal string: a slice of the content when it holds no escape,
    /// no parenthesis and no line end (most of a page's strings).
    #[inline(always)]
    fn literal(&mut self, ops: &mut Operands<'a>) -> Option<Operand<'a>> {
        let start = self.i + 1;
        let rest = self.b.get(start..)?;
        // One character (the letters' kerned `TJ`s show one or two a
        // string): what `string_stop` finds, its stop being the `)`.
        if let [c, b')', ..] = rest {
            if !is(*c, STRING_STOP) {
                self.i = start + 2;
                return rest.get(..1).map(Operand::Bytes);
            }
        }
        let (end, stop) = string_stop(rest)?;
        if stop == b')' {
            self.i = start + end + 1;
            return rest.get(..end).map(Operand::Bytes);
        }
        let from = ops.bytes.len();
        self.escaped_literal(&mut ops.bytes)?;
        Some(Operand::Decoded(from, ops.bytes.len()))
    }

    fn escaped_literal(&mut self, out: &mut Vec<u8>) -> Option<()> {
        self.i += 1;
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
                b')' if depth == 0 => return Some(()),
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

    /// A hex string of whole bytes (white space between digits allowed).
    fn hex(&mut self, ops: &mut Operands<'a>) -> Option<Operand<'a>> {
        self.i += 1;
        let from = ops.bytes.len();
        let mut high: Option<u8> = None;
        loop {
            let c = *self.b.get(self.i)?;
            self.i += 1;
            if c == b'>' {
                break;
            }
            if is_white(c) {
                continue;
            }
            let v = hex_value(c)?;
            match high.take() {
                None => high = Some(v),
                Some(h) => ops.bytes.push(h * 16 + v),
            }
        }
        if high.is_some() {
            return None;
        }
        Some(Operand::Decoded(from, ops.bytes.len()))
    }

    /// A dictionary of name keys and values, as lopdf requires (it gives
    /// up on the stream otherwise).
    fn skip_dictionary(&mut self, depth: usize, ops: &mut Operands<'a>) -> Option<()> {
        self.i += 2;
        loop {
            self.skip_space();
            if self.b.get(self.i..self.i + 2) == Some(b">>") {
                self.i += 2;
                return Some(());
            }
            let Operand::Name(_) = self.operand(depth + 1, ops)? else {
                return None;
            };
            self.skip_space();
            if self.b.get(self.i..self.i + 2) == Some(b">>") {
                return None;
            }
            self.operand(depth + 1, ops)?;
        }
    }
}

/// Where the first byte that ends a plain literal string (`(`, `)`, `\\`,
/// CR, LF) is in `rest`, and that byte: the first eight bytes are tested at once (a
/// page's strings hold one to three characters, and a byte-by-byte scan
/// mispredicted its exit for every one), the rest byte by byte.
#[inline(always)]
fn string_stop(rest: &[u8]) -> Option<(usize, u8)> {
    let is_stop = |c: &u8| matches!(c, b'(' | b')' | b'\\' | b'\r' | b'\n');
    let Some(word) = rest.first_chunk::<8>() else {
        let at = rest.iter().position(is_stop)?;
        return Some((at, *rest.get(at)?));
    };
    let x = u64::from_le_bytes(*word);
    let found = stops(x);
    if found != 0 {
        // The stop byte is taken from the word already in a register
        // rather than loaded again.
        let bits = found.trailing_zeros() & !7;
        let at = usize::try_from(bits / 8).ok()?;
        return Some((at, (x >> bits) as u8));
    }
    let tail = rest.get(8..)?;
    let at = tail.iter().position(is_stop)?;
    Some((8 + at, *tail.get(at)?))
}

/// A mask with the high bit of each byte of `x` (little-endian) that is
/// a stop byte of [`string_stop`] set, exactly so at the lowest such
/// byte: a byte-wise zero test of `x ^ c` per stop byte, whose borrows
/// can only mark bytes above a true match.
#[inline(always)]
fn stops(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero = |c: u8| {
        let y = x ^ (ONES * u64::from(c));
        y.wrapping_sub(ONES) & !y & HIGH
    };
    zero(b'(') | zero(b')') | zero(b'\\') | zero(b'\r') | zero(b'\n')
}

fn hex_value(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// Whole numbers and decimals as `lopdf` reads them (an `i64`, or an `f32`
/// by Rust's parser), for the tests of the short path.
#[cfg(test)]
fn lopdf_number(text: &str) -> Option<f64> {
    if text.contains('.') {
        text.parse::<f32>().ok().map(f64::from)
    } else {
        text.parse::<i64>().ok().map(|n| n as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_classes_are_the_byte_tests() {
        for c in 0..=255u8 {
            assert_eq!(is_white(c), is_white_byte(c), "{c}");
            assert_eq!(is_operator_char(c), is_operator_byte(c), "{c}");
            assert_eq!(
                ends_token(c),
                is_white_byte(c) || is_delimiter_byte(c),
                "{c}"
            );
            assert_eq!(
                is(c, STRING_STOP),
                matches!(c, b'(' | b')' | b'\\' | b'\r' | b'\n'),
                "{c}"
            );
        }
    }

    #[test]
    fn reads_operands_and_operators() {
        let mut l = Lexer::new(b"/P <</MCID 0>> BDC BT /F1 12 Tf [(C)5(as\\)e)-3.5 <4E75>] TJ ET");
        let mut ops = Operands::default();
        let mut seen = Vec::new();
        while let Some(op) = l.operation(&mut ops).expect("well formed") {
            seen.push((String::from_utf8_lossy(op).into_owned(), ops.top.len()));
        }
        let names: Vec<&str> = seen.iter().map(|(o, _)| o.as_str()).collect();
        assert_eq!(names, ["BDC", "BT", "Tf", "TJ", "ET"]);
        let mut l = Lexer::new(b"[(C)5(as\\)e)-3.5 <4E75> [1 [2]]] TJ");
        l.operation(&mut ops).expect("well formed");
        let items = ops.array(&ops.top[0]).expect("an array");
        assert_eq!(items.len(), 6);
        assert!(matches!(&items[1], Operand::Number(n) if *n == 5.0));
        assert_eq!(ops.string(&items[2]), Some(&b"as)e"[..]));
        assert!(matches!(&items[3], Operand::Number(n) if *n == f64::from(-3.5f32)));
        assert_eq!(ops.string(&items[4]), Some(&b"Nu"[..]));
        assert!(matches!(&items[5], Operand::Other));
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
            b"<4E7> Tj",
            b"99999999999999999999 Tw",
        ] {
            assert_eq!(lex_all(bad), None, "{:?}", String::from_utf8_lossy(bad));
        }
    }

    #[test]
    fn numbers_read_as_lopdf_reads_them() {
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
            "16777217",
            "1.00000001",
            "123456789.123",
            "9223372036854775807",
            "-9223372036854775808",
            "9223372036854775808",
            "3.4028236e",
            "0.30000000000000004",
            "340282350000000000000000000000000000000.0",
            "1e5",
        ] {
            let mut l = Lexer::new(text.as_bytes());
            let got = match l.number() {
                Some(Operand::Number(n)) if l.i == text.len() => Some(n),
                _ => None,
            };
            let want = lopdf_number(text);
            assert_eq!(
                got.map(f64::to_bits),
                want.map(f64::to_bits),
                "{text}: {got:?} vs {want:?}"
            );
        }
    }

    /// Runs the lexer to its end or its first refusal.
    fn lex_all(bytes: &[u8]) -> Option<usize> {
        let mut l = Lexer::new(bytes);
        let mut ops = Operands::default();
        let mut n = 0;
        while l.operation(&mut ops)?.is_some() {
            n += 1;
        }
        Some(n)
    }

    proptest::proptest! {
        /// The word-at-a-time search finds the first stop byte, as a
        /// byte-by-byte search does.
        #[test]
        fn string_stop_finds_the_first_stop(
            bytes in proptest::collection::vec(
                proptest::sample::select(b"()\\\r\na \x00\xff\x28\x29\x5c\x7f\x80\x01".to_vec()),
                0..24,
            )
        ) {
            let want = bytes
                .iter()
                .position(|c| matches!(c, b'(' | b')' | b'\\' | b'\r' | b'\n'));
            let got = string_stop(&bytes);
            proptest::prop_assert_eq!(got.map(|(at, _)| at), want);
            if let Some((at, stop)) = got {
                proptest::prop_assert_eq!(Some(&stop), bytes.get(at));
            }
        }

        #[test]
        fn never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..400)) {
            let _ = lex_all(&bytes);
        }

        #[test]
        fn never_panics_on_content_like_text(
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

        /// Any number a writer may print reads as `lopdf` reads it, bit
        /// for bit.
        #[test]
        fn numbers_match_rusts_parser(
            sign in proptest::sample::select(vec!["", "-", "+"]),
            int in "[0-9]{0,12}",
            frac in proptest::option::of("[0-9]{0,12}"),
        ) {
            let text = match &frac {
                Some(f) => format!("{sign}{int}.{f}"),
                None => format!("{sign}{int}"),
            };
            let mut l = Lexer::new(text.as_bytes());
            let got = match l.number() {
                Some(Operand::Number(n)) => Some(n),
                _ => None,
            };
            let digits = int.len() + frac.as_ref().map_or(0, String::len);
            let want = if digits == 0 { None } else { lopdf_number(&text) };
            proptest::prop_assert_eq!(got.map(f64::to_bits), want.map(f64::to_bits), "{}", text);
        }
    }
}
