//! Damage for robustness testing: letters broken the ways files get broken,
//! and the checks a parsed record must pass whatever was done to its file.
//!
//! The suite runs a short, fixed-seed pass over the bundled samples and the
//! real letters (`cargo test`); `cargo run -p imr-bench --release --bin fuzz
//! -- --mutants 100000` runs a long one and also times each mutant against
//! its undamaged letter. Both go through [`run`], so they damage and judge
//! alike. Nothing here is used when indexing.
//!
//! Damage to text ([`TextOp`]) copies what converters, editors and copy-paste
//! do: digits of another script, invisible and right-to-left marks,
//! combining accents, non-breaking spaces, control characters, form feeds or
//! carriage returns for line breaks, line breaks lost, a 2 MB line, repeated
//! headings, 2,000 repeated item headings, a 20,000-entry citation list, a
//! second letter spliced in, case changes, truncation, flipped and deleted
//! bytes. Damage to PDF bytes ([`PdfOp`]): truncation, flipped bytes, another
//! file's bytes spliced in.
//!
//! The checks ([`check`]): the parser returns (a panic is a finding, not
//! contained here), every guideline path obeys the path rule, and a letter
//! never has more items than item-shaped lines.

use crate::cut;
use crate::normalize::citation;
use std::time::Instant;

use crate::extract::{letter_text, DocKind, ExtractError};
use crate::letter::{parse_bytes, parse_text, Letter};

/// A small, fast, seedable generator (SplitMix64): the harness must be
/// reproducible from its seed, and needs no statistical quality.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }

    /// True with probability `1/n`.
    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }
}

/// One kind of damage to a letter's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TextOp {
    /// ASCII digits in a run replaced by another script's (Arabic-Indic,
    /// Devanagari, full-width, ...).
    OtherDigits,
    /// Zero-width spaces, joiners, byte-order marks and right-to-left marks
    /// or overrides inserted.
    Invisible,
    /// Combining accents after letters.
    Combining,
    /// Spaces turned into non-breaking or other Unicode spaces.
    UnicodeSpaces,
    /// C0 control characters inserted.
    Controls,
    /// Line breaks written as form feeds.
    FormFeeds,
    /// Line breaks written as carriage returns (old Mac) or CRLF.
    CarriageReturns,
    /// Every line break turned into a space.
    NoLineBreaks,
    /// One line of about 2 MB inserted.
    LongLine,
    /// A heading line repeated many times, at line starts.
    RepeatedHeadings,
    /// An item heading repeated 2,000 times.
    RepeatedItems,
    /// A guideline line of 20,000 citations.
    CitationList,
    /// Another letter's text, from one of its line starts, inserted at a
    /// line start.
    Splice,
    /// The whole text, or a stretch of it, upper- or lower-cased.
    Case,
    /// Cut at a random place (anywhere: maybe inside a character).
    Truncate,
    /// Random bytes changed (the file may stop being UTF-8).
    FlipBytes,
    /// A random stretch of bytes deleted.
    DeleteBytes,
}

impl TextOp {
    /// Every operator, in the order a seeded run cycles through them.
    pub const ALL: [TextOp; 17] = [
        TextOp::OtherDigits,
        TextOp::Invisible,
        TextOp::Combining,
        TextOp::UnicodeSpaces,
        TextOp::Controls,
        TextOp::FormFeeds,
        TextOp::CarriageReturns,
        TextOp::NoLineBreaks,
        TextOp::LongLine,
        TextOp::RepeatedHeadings,
        TextOp::RepeatedItems,
        TextOp::CitationList,
        TextOp::Splice,
        TextOp::Case,
        TextOp::Truncate,
        TextOp::FlipBytes,
        TextOp::DeleteBytes,
    ];

    /// The operators that make a letter megabytes long or thousands of
    /// items: seconds each in a debug build, so the suite runs them on a
    /// few letters and the long run on all.
    pub const BIG: [TextOp; 3] = [
        TextOp::LongLine,
        TextOp::RepeatedItems,
        TextOp::CitationList,
    ];

    /// [`TextOp::ALL`] without [`TextOp::BIG`].
    pub fn small() -> Vec<TextOp> {
        TextOp::ALL
            .into_iter()
            .filter(|op| !TextOp::BIG.contains(op))
            .collect()
    }
}

/// One kind of damage to a PDF file's bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PdfOp {
    /// Cut at a random byte.
    Truncate,
    /// Random bytes changed.
    Flip,
    /// A stretch of another file inserted or written over.
    Splice,
}

impl PdfOp {
    /// Every operator.
    pub const ALL: [PdfOp; 3] = [PdfOp::Truncate, PdfOp::Flip, PdfOp::Splice];
}

/// Zero digits of scripts whose digits are `zero..zero+9`.
const DIGIT_ZEROS: &[char] = &[
    '\u{0660}',  // Arabic-Indic
    '\u{06F0}',  // Extended Arabic-Indic (Persian)
    '\u{0966}',  // Devanagari
    '\u{09E6}',  // Bengali
    '\u{0E50}',  // Thai
    '\u{FF10}',  // full-width
    '\u{1D7CE}', // mathematical bold
];

const INVISIBLE: &[char] = &[
    '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}', '\u{200E}', '\u{200F}', '\u{202E}',
    '\u{202A}', '\u{00AD}',
];

const COMBINING: &[char] = &['\u{0301}', '\u{0300}', '\u{0308}', '\u{0327}', '\u{0338}'];

const SPACES: &[char] = &['\u{00A0}', '\u{2007}', '\u{202F}', '\u{2002}', '\u{3000}'];

/// Lines a letter's structure hangs on, repeated by the heading operators.
const HEADINGS: &[&str] = &[
    "CLINICAL CASE SUMMARY",
    "IMR ISSUES, DECISIONS AND RATIONALES",
    "HOW THE IMR FINAL DETERMINATION WAS MADE",
    "Claims Administrator guideline:",
    "MAXIMUS guideline:",
    "Decision rationale:",
    "ISSUE AT DISPUTE:",
];

/// Char boundaries of `s` (and its length), for cuts that must land on one.
fn boundary_at(s: &str, byte: usize) -> usize {
    let mut b = byte.min(s.len());
    while !s.is_char_boundary(b) {
        b -= 1;
    }
    b
}

/// A random char boundary of `s`.
fn random_boundary(s: &str, rng: &mut Rng) -> usize {
    boundary_at(s, rng.below(s.len() + 1))
}

/// A random line start of `s` (or its end): where whole lines are added
/// or removed, as a repeated running header or a page of another letter is.
fn random_line_start(s: &str, rng: &mut Rng) -> usize {
    let at = random_boundary(s, rng);
    cut::slice(s, at..)
        .find('\n')
        .map_or(s.len(), |i| at + i + 1)
}

/// Inserts `piece` at `count` random places of `s`.
fn sprinkle_at(
    s: &str,
    rng: &mut Rng,
    count: usize,
    place: fn(&str, &mut Rng) -> usize,
    mut piece: impl FnMut(&mut Rng) -> String,
) -> String {
    let mut cuts: Vec<usize> = (0..count).map(|_| place(s, rng)).collect();
    cuts.sort_unstable();
    let mut out = String::with_capacity(s.len() + count * 4);
    let mut last = 0;
    for c in cuts {
        out.push_str(cut::slice(s, last..c));
        out.push_str(&piece(rng));
        last = c;
    }
    out.push_str(cut::slice(s, last..));
    out
}

/// Inserts `piece` at `count` random places of `s` (inside words too).
fn sprinkle(s: &str, rng: &mut Rng, count: usize, piece: impl FnMut(&mut Rng) -> String) -> String {
    sprinkle_at(s, rng, count, random_boundary, piece)
}

/// Applies `op` to `text`; `other` is another letter's text (for splices).
pub fn damage_text(op: TextOp, text: &str, other: &str, rng: &mut Rng) -> Vec<u8> {
    let n = (text.len() / 400).max(3);
    match op {
        TextOp::OtherDigits => other_digits(text, rng).into_bytes(),
        TextOp::Invisible => sprinkle(text, rng, n, |r| {
            INVISIBLE[r.below(INVISIBLE.len())].to_string()
        })
        .into_bytes(),
        TextOp::Combining => text
            .chars()
            .flat_map(|c| {
                let mark = (c.is_alphabetic() && rng.one_in(6))
                    .then(|| COMBINING[rng.below(COMBINING.len())]);
                std::iter::once(c).chain(mark)
            })
            .collect::<String>()
            .into_bytes(),
        TextOp::UnicodeSpaces => text
            .chars()
            .map(|c| {
                if c == ' ' && rng.one_in(3) {
                    SPACES[rng.below(SPACES.len())]
                } else {
                    c
                }
            })
            .collect::<String>()
            .into_bytes(),
        TextOp::Controls => sprinkle(text, rng, n, |r| {
            let c = [1u8, 2, 7, 8, 0x0b, 0x1b, 0x1f, 0x7f][r.below(8)];
            char::from(c).to_string()
        })
        .into_bytes(),
        TextOp::FormFeeds => text.replace('\n', "\u{c}").into_bytes(),
        TextOp::CarriageReturns => {
            let to = if rng.one_in(2) { "\r" } else { "\r\r\n" };
            text.replace('\n', to).into_bytes()
        }
        TextOp::NoLineBreaks => text.replace(['\n', '\u{c}', '\r'], " ").into_bytes(),
        TextOp::LongLine => long_line(text, rng).into_bytes(),
        TextOp::RepeatedHeadings => {
            let h = HEADINGS[rng.below(HEADINGS.len())];
            let count = 2 + rng.below(200);
            // Whole heading lines, as a running header or a doubled
            // section repeats them.
            sprinkle_at(text, rng, count, random_line_start, |_| format!("{h}\n")).into_bytes()
        }
        TextOp::RepeatedItems => repeated_items(text, rng).into_bytes(),
        TextOp::CitationList => citation_list(text, rng).into_bytes(),
        TextOp::Splice => splice(text, other, rng).into_bytes(),
        TextOp::Case => change_case(text, rng).into_bytes(),
        TextOp::Truncate | TextOp::FlipBytes | TextOp::DeleteBytes => {
            damage_bytes(op, text.as_bytes().to_vec(), rng)
        }
    }
}

/// Every digit of some runs (dates among them) in another script, so a
/// whole date may come out in it.
fn other_digits(text: &str, rng: &mut Rng) -> String {
    let zero = DIGIT_ZEROS[rng.below(DIGIT_ZEROS.len())] as u32;
    let keep = 1 + rng.below(3);
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) if rng.below(keep + 1) != 0 => char::from_u32(zero + d).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// `piece` put into `text` at byte `at` (a char boundary).
fn insert_at(text: &str, at: usize, piece: &str) -> String {
    format!(
        "{}{piece}{}",
        cut::slice(text, ..at),
        cut::slice(text, at..)
    )
}

/// A line of two million bytes of letter words at a random place.
fn long_line(text: &str, rng: &mut Rng) -> String {
    let at = random_boundary(text, rng);
    let words = [
        "pain ", "lumbar ", "MTUS ", "7/14/14 ", "Upheld ", "1. ", ": ",
    ];
    let mut line = String::with_capacity(2_000_100);
    while line.len() < 2_000_000 {
        line.push_str(words[rng.below(words.len())]);
    }
    insert_at(text, at, &line)
}

/// A list of 2,000 numbered items with outcomes at a random place.
fn repeated_items(text: &str, rng: &mut Rng) -> String {
    let at = random_boundary(text, rng);
    let mut block = String::new();
    for i in 0..2_000 {
        block.push_str(&format!(
            "\n{}. Item {i} requested:  {}\n",
            i + 1,
            if i % 2 == 0 { "Upheld" } else { "Overturned" }
        ));
    }
    insert_at(text, at, &block)
}

/// A guideline paragraph of 20,000 citations at a random place.
fn citation_list(text: &str, rng: &mut Rng) -> String {
    let at = random_boundary(text, rng);
    let mut line = String::from("\nMAXIMUS guideline: Decision based on ");
    let kinds = [
        "MTUS Chronic Pain Medical Treatment Guidelines Page(s) 78",
        "Non-MTUS Official Disability Guidelines (ODG) Low Back Chapter",
        "ACOEM Chapter 12",
        "Non-MTUS Citation Journal of Pain 2009",
    ];
    for i in 0..20_000 {
        line.push_str(kinds[i % kinds.len()]);
        line.push_str(if i % 3 == 0 { "; " } else { ", " });
    }
    line.push('\n');
    insert_at(text, at, &line)
}

/// Whole lines of the other letter from one of its line starts on: two
/// files run together, a page of one inside the other.
fn splice(text: &str, other: &str, rng: &mut Rng) -> String {
    let at = random_line_start(text, rng);
    let from = random_line_start(other, rng);
    insert_at(text, at, cut::slice(other, from..))
}

/// The whole text, or a run of up to 4,000 bytes, upper- or lower-cased.
fn change_case(text: &str, rng: &mut Rng) -> String {
    let (a, b) = if rng.one_in(2) {
        (0, text.len())
    } else {
        let a = random_boundary(text, rng);
        (a, boundary_at(text, a + rng.below(4_000)))
    };
    let part = if rng.one_in(2) {
        cut::slice(text, a..b).to_uppercase()
    } else {
        cut::slice(text, a..b).to_lowercase()
    };
    format!("{}{part}{}", cut::slice(text, ..a), cut::slice(text, b..))
}

/// The operators that break the bytes, not only the text: a cut, flipped
/// bits, a run deleted (any of them may leave invalid UTF-8).
fn damage_bytes(op: TextOp, mut b: Vec<u8>, rng: &mut Rng) -> Vec<u8> {
    match op {
        TextOp::Truncate => b.truncate(rng.below(b.len() + 1)),
        TextOp::FlipBytes => {
            for _ in 0..(1 + rng.below(8)) {
                let i = rng.below(b.len());
                if let Some(x) = b.get_mut(i) {
                    *x ^= 1 << rng.below(8);
                }
            }
        }
        TextOp::DeleteBytes => {
            let start = rng.below(b.len() + 1);
            let end = (start + 1 + rng.below(200)).min(b.len());
            if start < end {
                b.drain(start..end);
            }
        }
        _ => {}
    }
    b
}

/// Applies `op` to a PDF's bytes; `other` is another file (for splices).
pub fn damage_pdf(op: PdfOp, pdf: &[u8], other: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut b = pdf.to_vec();
    match op {
        PdfOp::Truncate => {
            // Mostly near the end (a cut-off download), sometimes anywhere.
            let keep = if rng.one_in(2) {
                b.len().saturating_sub(rng.below(4_096))
            } else {
                rng.below(b.len() + 1)
            };
            b.truncate(keep);
        }
        PdfOp::Flip => {
            for _ in 0..(1 + rng.below(16)) {
                let i = rng.below(b.len());
                if let Some(x) = b.get_mut(i) {
                    *x = rng.next_u64() as u8;
                }
            }
        }
        PdfOp::Splice => {
            let from = rng.below(other.len() + 1);
            let len = rng.below(8_192).min(other.len() - from);
            let at = rng.below(b.len() + 1);
            let piece = &other[from..from + len];
            if rng.one_in(2) {
                b.splice(at..at, piece.iter().copied());
            } else {
                let end = (at + len).min(b.len());
                b.splice(at..end, piece.iter().copied());
            }
        }
    }
    b
}

/// Longest name a path segment may have: canonical names are short, and a
/// name kept as written is cut well below this.
const MAX_SEGMENT_CHARS: usize = 200;

/// The path rule: `/Family/...`, a known family first, no empty or padded
/// segment, no control character, no segment longer than
/// `MAX_SEGMENT_CHARS`. `None` when `path` obeys it, else what is wrong.
pub fn path_rule_broken(path: &str) -> Option<String> {
    let Some(rest) = path.strip_prefix('/') else {
        return Some("does not start with /".into());
    };
    let mut segs = rest.split('/');
    let top = segs.next().unwrap_or_default();
    if !citation::FAMILIES.contains(&top) {
        return Some(format!("unknown family {top:?}"));
    }
    for seg in rest.split('/') {
        if seg.is_empty() || seg.trim() != seg {
            return Some(format!("empty or padded segment {seg:?}"));
        }
        if seg.chars().any(char::is_control) {
            return Some(format!("control character in {seg:?}"));
        }
        if seg.chars().count() > MAX_SEGMENT_CHARS {
            return Some(format!("segment of {} chars", seg.chars().count()));
        }
    }
    None
}

/// How many items the text could hold at most: each item of every layout
/// is listed with an outcome or decision phrase ("Upheld", "is not medically
/// necessary", "Regarding the request for", ...) or as a numbered line of an
/// issue list, so a record with more items than such phrases and numbers
/// made items up. Counted as occurrences, not lines, so text that lost its
/// line breaks is bounded alike.
pub fn item_shaped_lines(text: &str) -> usize {
    // Marks and invisible characters inside a word ("nec\u{301}essary")
    // are not what made the word: fold them away before counting.
    let lower: String = text
        .chars()
        .filter(char::is_ascii)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let phrases: usize = [
        "upheld",
        "overturn",
        "uphold",
        "necessary",
        "regarding",
        "certif",
        "approv",
        "deni",
        "modif",
    ]
    .iter()
    .map(|w| lower.matches(w).count())
    .sum();
    let b = lower.as_bytes();
    let numbers = (1..b.len())
        .filter(|&i| matches!(b[i], b'.' | b')') && b[i - 1].is_ascii_digit())
        .count();
    // A professional review lists its items by name alone, a line each,
    // under ISSUE AT DISPUTE: those lines (up to the next label) count too.
    let lines: Vec<&str> = lower.lines().collect();
    let listed: usize = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.contains("issue at dispute"))
        .map(|(i, _)| {
            lines
                .iter()
                .skip(i + 1)
                .take(40)
                .take_while(|l| !l.trim_end().ends_with(':'))
                .filter(|l| !l.trim().is_empty())
                .count()
        })
        .sum();
    phrases + numbers + listed
}

/// What is wrong with a record parsed from `text`, if anything.
pub fn check(letter: &Letter, text: &str) -> Vec<String> {
    let mut wrong = Vec::new();
    for (i, item) in letter.items.iter().enumerate() {
        for path in item
            .reviewer_guidelines
            .iter()
            .chain(&item.claims_administrator_guidelines)
        {
            if let Some(why) = path_rule_broken(path) {
                let shown: String = path.chars().take(120).collect();
                wrong.push(format!("item {i}: path {shown:?}: {why}"));
            }
        }
    }
    let shaped = item_shaped_lines(text);
    if letter.items.len() > shaped.max(1) {
        wrong.push(format!(
            "{} items from {shaped} item-shaped lines",
            letter.items.len()
        ));
    }
    wrong
}

/// A letter to damage: its name, its file bytes and their kind.
#[derive(Debug, Clone)]
pub struct Seed {
    /// Shown in findings.
    pub name: String,
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// Text or PDF.
    pub kind: DocKind,
}

/// Something a mutant did that it must not.
#[derive(Debug, Clone)]
pub struct Finding {
    /// The seed letter.
    pub seed: String,
    /// The damage, as `Debug` of its operator.
    pub op: String,
    /// The mutant's number in the run (with the run's seed, reproduces it).
    pub mutant: usize,
    /// What went wrong.
    pub what: String,
}

/// A run's tallies.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Mutants parsed.
    pub mutants: usize,
    /// Of those, made from PDF bytes.
    pub pdf_mutants: usize,
    /// PDF mutants the PDF reader refused (a typed skip).
    pub pdf_refused: usize,
    /// PDF mutants on which the PDF reader panicked (contained by design:
    /// the file becomes a typed skip).
    pub pdf_reader_panics: usize,
    /// Parser panics, broken path rules, made-up items.
    pub findings: Vec<Finding>,
    /// Bytes parsed, over all mutants.
    pub bytes: usize,
    /// The largest ratio of a mutant's parse time per byte to its seed's,
    /// among mutants of at least 64 KiB or taking at least 20 ms at their
    /// better of two timings (smaller ones are noise), with the mutant it
    /// came from.
    pub worst_time_ratio: Option<(f64, Finding)>,
    /// Of the mutants at least [`DOUBLING_FROM`] times slower per byte than
    /// their letter, the largest ratio of the time for the mutant's bytes
    /// twice over to its own time (2 is linear), with the mutant.
    pub worst_doubling: Option<(f64, Finding)>,
}

/// Keeps in `slot` the larger of its figure and `value` (with the mutant
/// `finding` names, made only when it is kept).
pub fn keep_worst(
    slot: &mut Option<(f64, Finding)>,
    value: f64,
    finding: impl FnOnce() -> Finding,
) {
    if slot.as_ref().is_none_or(|(worst, _)| value > *worst) {
        *slot = Some((value, finding()));
    }
}

/// Mutants this many times slower per byte than their letter are parsed
/// again at twice their size, to tell dear damage from super-linear work.
pub const DOUBLING_FROM: f64 = 10.0;

/// Parses `bytes` of `kind` as `imr index` would but without its
/// containment, so a panic is seen: `Err` holds a parser panic.
fn parse_uncontained(
    bytes: &[u8],
    kind: DocKind,
) -> Result<Option<(Letter, String)>, ExtractError> {
    match kind {
        DocKind::Text => {
            let text = String::from_utf8_lossy(bytes).into_owned();
            Ok(Some((parse_bytes(bytes, None), text)))
        }
        DocKind::Pdf => {
            let extracted = letter_text(bytes, kind)?;
            let letter = parse_text(&extracted.text, None);
            Ok(Some((letter, extracted.text)))
        }
    }
}

/// Runs `mutants` damaged copies of `seeds` (seeded by `seed`, cycling
/// through the seeds and the operators: `ops` for text, every [`PdfOp`]
/// for PDF bytes) through the parser and [`check`]s each. `timed` also measures each seed and mutant, for
/// [`Report::worst_time_ratio`] (the suite leaves it off: timing belongs in
/// benches). `progress` is called after each mutant.
pub fn run(
    seeds: &[Seed],
    ops: &[TextOp],
    mutants: usize,
    seed: u64,
    timed: bool,
    mut progress: impl FnMut(usize),
) -> Report {
    let mut report = Report::default();
    if seeds.is_empty() || ops.is_empty() {
        return report;
    }
    let texts = seed_texts(seeds);
    let base: Vec<f64> = if timed {
        seed_speeds(seeds)
    } else {
        Vec::new()
    };
    let mut rng = Rng::new(seed);
    for m in 0..mutants {
        let si = m % seeds.len();
        let s = &seeds[si];
        let mutant = make_mutant(m, seeds, ops, &texts, &mut rng);
        report.mutants += 1;
        report.bytes += mutant.bytes.len();
        let finding = |what: String| Finding {
            seed: s.name.clone(),
            op: mutant.op.clone(),
            mutant: m,
            what,
        };
        let started = Instant::now();
        let parsed = crate::guard::contain(|| parse_uncontained(&mutant.bytes, mutant.kind));
        let secs = started.elapsed().as_secs_f64();
        if mutant.kind == DocKind::Pdf {
            report.pdf_mutants += 1;
        }
        match parsed {
            Err(p) => report.findings.push(finding(format!("parser panic: {p}"))),
            Ok(Err(ExtractError::Panicked(_))) => report.pdf_reader_panics += 1,
            Ok(Err(_)) => report.pdf_refused += 1,
            Ok(Ok(None)) => {}
            Ok(Ok(Some((letter, text)))) => {
                for what in check(&letter, &text) {
                    report.findings.push(finding(what));
                }
                if timed {
                    time_mutant(&mut report, &mutant, secs, base[si], &finding);
                }
            }
        }
        progress(m + 1);
    }
    report
}

/// Each seed's text: the bytes, or a PDF's text layer.
fn seed_texts(seeds: &[Seed]) -> Vec<String> {
    seeds
        .iter()
        .map(|s| match s.kind {
            DocKind::Text => String::from_utf8_lossy(&s.bytes).into_owned(),
            DocKind::Pdf => letter_text(&s.bytes, DocKind::Pdf)
                .map(|t| t.text)
                .unwrap_or_default(),
        })
        .collect()
}

/// Seconds per byte of each undamaged seed (best of three).
fn seed_speeds(seeds: &[Seed]) -> Vec<f64> {
    seeds
        .iter()
        .map(|s| {
            (0..3)
                .map(|_| {
                    let t = Instant::now();
                    let _ = parse_uncontained(&s.bytes, s.kind);
                    t.elapsed().as_secs_f64() / s.bytes.len().max(1) as f64
                })
                .fold(f64::INFINITY, f64::min)
        })
        .collect()
}

/// One damaged copy of a seed, named by its operator.
struct Mutant {
    op: String,
    bytes: Vec<u8>,
    kind: DocKind,
}

/// Mutant `m`: seed `m` (cycling), damaged by the next operator, with
/// another seed for splices.
fn make_mutant(
    m: usize,
    seeds: &[Seed],
    ops: &[TextOp],
    texts: &[String],
    rng: &mut Rng,
) -> Mutant {
    let si = m % seeds.len();
    let s = &seeds[si];
    let other = (si + 1 + rng.below(seeds.len())) % seeds.len();
    // A PDF seed is damaged as bytes or, half the time, as its text (the
    // same letter through the text path).
    match s.kind {
        DocKind::Pdf if rng.one_in(2) => {
            let op = PdfOp::ALL[(m / seeds.len()) % PdfOp::ALL.len()];
            let other_pdf = seeds
                .iter()
                .cycle()
                .skip(other)
                .take(seeds.len())
                .find(|x| x.kind == DocKind::Pdf)
                .map_or(&s.bytes, |x| &x.bytes);
            Mutant {
                op: format!("Pdf{op:?}"),
                bytes: damage_pdf(op, &s.bytes, other_pdf, rng),
                kind: DocKind::Pdf,
            }
        }
        _ => {
            let op = ops[(m / seeds.len()) % ops.len()];
            Mutant {
                op: format!("{op:?}"),
                bytes: damage_text(op, &texts[si], &texts[other], rng),
                kind: DocKind::Text,
            }
        }
    }
}

/// The timing of a parsed mutant against its seed's (`base`, seconds per
/// byte), kept in the report when it is the worst so far. `secs` is its
/// first parse.
fn time_mutant(
    report: &mut Report,
    mutant: &Mutant,
    secs: f64,
    base: f64,
    finding: &dyn Fn(String) -> Finding,
) {
    let (bytes, kind) = (&mutant.bytes, mutant.kind);
    // Timed again, the better of two: the first parse to meet a rare
    // pattern also compiles its regex (once per process, not per byte).
    // Mutants under 64 KiB that parse in under 20 ms either way are left
    // out: at that scale the clock measures the machine, not the parser.
    let measurable = |secs: f64| bytes.len() >= 65_536 || secs >= 0.02;
    if !measurable(secs) {
        return;
    }
    let again = Instant::now();
    let _ = crate::guard::contain(|| parse_uncontained(bytes, kind));
    let secs = secs.min(again.elapsed().as_secs_f64());
    if !measurable(secs) {
        return;
    }
    let per_byte = secs / bytes.len().max(1) as f64;
    let ratio = per_byte / base.max(f64::MIN_POSITIVE);
    // A slow mutant is super-linear only if twice its bytes take more than
    // twice its time: some damage is simply dearer per byte (2,000 items
    // cost more than prose).
    if ratio >= DOUBLING_FROM && kind == DocKind::Text {
        let doubled = [bytes.as_slice(), b"\n", bytes.as_slice()].concat();
        let twice = (0..2)
            .map(|_| {
                let t = Instant::now();
                let _ = crate::guard::contain(|| parse_uncontained(&doubled, kind));
                t.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min);
        let growth = twice / secs.max(f64::MIN_POSITIVE);
        keep_worst(&mut report.worst_doubling, growth, || {
            finding(format!(
                "{secs:.3} s for {} bytes, {twice:.3} s for twice them",
                bytes.len()
            ))
        });
    }
    keep_worst(&mut report.worst_time_ratio, ratio, || {
        finding(format!("{secs:.3} s for {} bytes", bytes.len()))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_op_keeps_or_breaks_text_as_documented() {
        let text = "Date: 7/14/2014\nCLINICAL CASE SUMMARY\nThe caf\u{e9} worker.\n";
        let mut rng = Rng::new(1);
        for op in TextOp::ALL {
            let out = damage_text(op, text, "Other letter text\n", &mut rng);
            match op {
                TextOp::Truncate | TextOp::FlipBytes | TextOp::DeleteBytes => {}
                _ => assert!(std::str::from_utf8(&out).is_ok(), "{op:?}"),
            }
        }
        let digits = damage_text(TextOp::OtherDigits, "7/14/2014", "", &mut Rng::new(3));
        let digits = String::from_utf8(digits).unwrap();
        assert!(!digits.is_ascii(), "{digits}");
        let flat = damage_text(TextOp::NoLineBreaks, text, "", &mut rng);
        assert!(!flat.contains(&b'\n'));
    }

    #[test]
    fn the_path_rule() {
        assert_eq!(path_rule_broken("/ODG/Low Back/Discography"), None);
        assert_eq!(path_rule_broken("/None cited"), None);
        assert!(path_rule_broken("ODG").is_some());
        assert!(path_rule_broken("/Foo/Bar").is_some());
        assert!(path_rule_broken("/ODG//x").is_some());
        assert!(path_rule_broken("/ODG/ x").is_some());
        assert!(path_rule_broken(&format!("/Other/{}", "x".repeat(201))).is_some());
        assert!(path_rule_broken("/Other/a\u{7}b").is_some());
    }

    #[test]
    fn the_generator_is_reproducible() {
        let a: Vec<u64> = (0..5)
            .map({
                let mut r = Rng::new(9);
                move |_| r.next_u64()
            })
            .collect();
        let b: Vec<u64> = (0..5)
            .map({
                let mut r = Rng::new(9);
                move |_| r.next_u64()
            })
            .collect();
        assert_eq!(a, b);
        assert_ne!(a[0], a[1]);
    }
}
