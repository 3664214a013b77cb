//! The header table of 2014+ letters (and the 2013 letterhead's labelled
//! lines), read as PDF-to-text tools leave it.
//!
//! This module owns pairing header labels with their values. The same table
//! comes out in several shapes:
//!
//! - one `Label: value` per line, or two per line far apart (`pdftotext
//!   -layout`: `Date Assigned:   12/07/2016   Date of Injury:   10/23/2016`);
//! - a label on one line and its value on the next, or a label cut over two
//!   lines (`Application` / `Received:`, `UR Denial` / `Date:`), the value
//!   sometimes sitting between the two halves (`-layout` puts it on the
//!   first half's line, far to the right);
//! - flattened (`pdftotext` default mode): a block of labels in order, then a
//!   block of their values in the same order.
//!
//! All are read the same way: the header becomes a stream of cells (line
//! pieces split at runs of two or more spaces), each cell a label, a value
//! or other text. A run of labels is paired with the run of values right
//! after it only when the two runs have the same length and every value has
//! the kind its label expects (a date, a case number, a one-word priority).
//! Anything else pairs nothing and is reported, so an unknown layout loses a
//! date rather than filing it under the wrong label.

use crate::cut;
use crate::date::IsoDate;

/// A header label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Label {
    Case,
    Assigned,
    Decision,
    /// The 2013 letterhead's "Dated:" (the decision date).
    Dated,
    Priority,
    Injury,
    UrDenial,
    Received,
}

/// Labels as words (lower case, no colon). "Dated" is the only one-word
/// date label and is only taken with its colon, since "dated" is common in
/// prose.
const LABELS: &[(&[&str], Label)] = &[
    (&["imr", "case", "number"], Label::Case),
    (&["case", "number"], Label::Case),
    (&["date", "assigned"], Label::Assigned),
    (&["decision", "date"], Label::Decision),
    (&["dated"], Label::Dated),
    (&["priority"], Label::Priority),
    (&["date", "of", "injury"], Label::Injury),
    (&["ur", "denial", "date"], Label::UrDenial),
    (&["application", "received"], Label::Received),
];

/// The most words a label in [`LABELS`] has.
const LABEL_WORDS: usize = 3;

/// A value cell.
#[derive(Debug, Clone, PartialEq)]
enum Value {
    Date(IsoDate),
    CaseNumber,
    /// One word standing alone ("Standard", "Expedited").
    Word,
}

#[derive(Debug, Clone, PartialEq)]
enum Cell {
    Label(Label),
    /// The first words of a label cut over two lines: candidate labels and
    /// how many of their words are here.
    Head(Vec<(Label, usize)>),
    /// The rest of a cut label ("Received:"): candidates and how many of
    /// their words came first.
    Tail(Vec<(Label, usize)>),
    Value(Value),
    Other,
}

/// What the header said: values by label, and what could not be paired.
#[derive(Debug, Default, Clone)]
pub(super) struct Read {
    pub pairs: Vec<(Label, IsoDate)>,
    /// Runs of labels and values that did not line up (count mismatch or a
    /// value of the wrong kind).
    pub unpaired: usize,
}

impl Read {
    pub fn get(&self, label: Label) -> Option<IsoDate> {
        self.pairs
            .iter()
            .find(|(l, _)| *l == label)
            .map(|&(_, d)| d)
    }
}

fn is_case_number(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() == 12
        && b.starts_with(b"CM")
        && b[2..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..].iter().all(u8::is_ascii_digit)
}

fn value_of(word: &str) -> Option<Value> {
    let w = word.trim_end_matches(['.', ',']);
    if w.contains('/') {
        return IsoDate::from_us(w).map(Value::Date);
    }
    is_case_number(w).then_some(Value::CaseNumber)
}

/// A word that can be a one-word value ("Standard", "Expedited").
fn is_word_value(w: &str) -> bool {
    w.chars().all(char::is_alphabetic) && w.len() <= 12
}

/// What [`lex_at`] read at one position of a cell.
enum Lexed {
    /// A cell of this many words; reading goes on after them.
    Took(Cell, usize),
    /// A cell that is the whole rest of the piece.
    Rest(Cell),
}

/// Cells of one piece of a line (already split at wide gaps).
fn lex_cell(cell: &str, out: &mut Vec<Cell>) {
    let words: Vec<&str> = cell.split_whitespace().collect();
    let mut p = 0;
    while p < words.len() {
        match lex_at(&words[p..], out.last()) {
            Lexed::Took(cell, used) => {
                out.push(cell);
                p += used;
            }
            Lexed::Rest(cell) => {
                out.push(cell);
                return;
            }
        }
    }
}

/// The cell that starts at `rest` (not empty), tried in order: a whole
/// label, the head of a label cut over two lines, the tail of one, a value,
/// a one-word value before the next label, else text. `prev` is the cell
/// before.
fn lex_at(rest: &[&str], prev: Option<&Cell>) -> Lexed {
    let (first, n) = first_words(rest);
    let lower = &first[..n];
    if let Some(lexed) = whole_label(rest, lower) {
        return lexed;
    }
    // The rest of the cell is the head or the tail of a cut label.
    let ends_colon = rest.last().is_some_and(|w| w.ends_with(':'));
    let heads: Vec<(Label, usize)> = LABELS
        .iter()
        .filter(|(lw, _)| lower.len() < lw.len() && same(&lw[..lower.len()], lower))
        .map(|(lw, l)| (*l, lower.len().min(lw.len())))
        .collect();
    if !heads.is_empty() && !ends_colon && !lower.is_empty() {
        return Lexed::Rest(Cell::Head(heads));
    }
    if let Some(lexed) = label_tail(rest) {
        return lexed;
    }
    if let Some(v) = rest.first().and_then(|w| value_of(w)) {
        return Lexed::Took(Cell::Value(v), 1);
    }
    if word_before_label(rest, lower, ends_colon, prev) {
        return Lexed::Took(Cell::Value(Value::Word), 1);
    }
    // A lone word is a value only when it is the whole rest of the cell
    // ("Standard"); anything longer is text.
    match rest {
        [word] if is_word_value(word) => Lexed::Rest(Cell::Value(Value::Word)),
        _ => Lexed::Rest(Cell::Other),
    }
}

/// The first label words of `rest`, colons trimmed, and how many there are.
/// Labels have at most three words, so four tell every comparison of
/// [`lex_at`] apart from a longer rest: the rest is never lower-cased or
/// collected whole (it may be a long line of prose).
fn first_words<'a>(rest: &[&'a str]) -> ([&'a str; LABEL_WORDS + 1], usize) {
    let mut first = [""; LABEL_WORDS + 1];
    let mut n = 0;
    for w in rest {
        let t = w.trim_end_matches(':');
        if !t.is_empty() {
            first[n] = t;
            n += 1;
            if n == first.len() {
                break;
            }
        }
    }
    (first, n)
}

/// The same words without regard to ASCII case.
fn same(a: &[&str], b: &[&str]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.eq_ignore_ascii_case(y))
}

/// A whole label at the start of `rest` (`lower`: its first words, as
/// [`first_words`] gives them), with the words it used.
fn whole_label(rest: &[&str], lower: &[&str]) -> Option<Lexed> {
    let (lw, label) = LABELS
        .iter()
        .find(|(lw, _)| lower.len() >= lw.len() && same(&lower[..lw.len()], lw))?;
    // Count the words used (a lone ":" after the label goes too).
    let mut used = 0;
    let mut seen = 0;
    while seen < lw.len() && used < rest.len() {
        if !rest[used].trim_end_matches(':').is_empty() {
            seen += 1;
        }
        used += 1;
    }
    let lone_colon = rest.get(used).is_some_and(|w| *w == ":");
    let has_colon = rest
        .get(used.saturating_sub(1))
        .is_some_and(|w| w.ends_with(':'))
        || lone_colon;
    if lone_colon {
        used += 1;
    }
    if *label == Label::Dated && !has_colon {
        return Some(Lexed::Rest(Cell::Other));
    }
    Some(Lexed::Took(Cell::Label(*label), used))
}

/// The rest of a cut label up to its colon ("Received:"), whether or not
/// its value follows on the same line ("Received: 2/20/2015").
fn label_tail(rest: &[&str]) -> Option<Lexed> {
    let k = rest
        .iter()
        .take(LABEL_WORDS)
        .position(|w| w.ends_with(':'))?;
    let part: Vec<&str> = rest[..=k]
        .iter()
        .map(|w| w.trim_end_matches(':'))
        .filter(|w| !w.is_empty())
        .collect();
    let tails: Vec<(Label, usize)> = LABELS
        .iter()
        .filter(|(lw, _)| {
            !part.is_empty() && part.len() < lw.len() && same(&lw[lw.len() - part.len()..], &part)
        })
        .map(|(lw, l)| (*l, lw.len() - part.len()))
        .collect();
    (!tails.is_empty()).then_some(Lexed::Took(Cell::Tail(tails), k + 1))
}

/// A one-word value with the next cell's label after it: pypdf writes the
/// row "Priority: Standard | Application Received: 12/01/2016" as
/// "Priority: Standard Application" / "Received:" / the date, the label cut
/// around its own line break, and a reader that keeps the row on one line
/// gives "Priority: Standard Application Received: 12/01/2016". The word is
/// the value; what follows is the head of a label ending the cell, or a
/// whole label with its colon. Only right after a label that takes a word
/// ("Priority:"): "IMR Application Received:" is one label.
fn word_before_label(rest: &[&str], lower: &[&str], ends_colon: bool, prev: Option<&Cell>) -> bool {
    let after_word_label = matches!(prev, Some(Cell::Label(l)) if fits(*l, &Value::Word));
    if !after_word_label || rest.len() < 2 || !is_word_value(rest[0]) {
        return false;
    }
    let tail = &rest[1..];
    let next = lower.get(1..).unwrap_or_default();
    LABELS.iter().any(|(lw, _)| {
        let head = !ends_colon
            && tail.len() < lw.len()
            && tail
                .iter()
                .zip(lw.iter())
                .all(|(x, y)| x.eq_ignore_ascii_case(y));
        let whole = next.len() >= lw.len()
            && same(&next[..lw.len()], lw)
            && tail.get(lw.len() - 1).is_some_and(|w| w.ends_with(':'));
        head || whole
    })
}

fn cells(header: &str) -> Vec<Cell> {
    let mut out = Vec::new();
    for line in header.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        // `-layout` separates columns by runs of spaces; prose never has
        // three in a row, and two after a full stop are sentence spacing.
        let mut start = 0;
        let b = line.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b' ' && b.get(i + 1) == Some(&b' ') && (i == 0 || b[i - 1] != b'.') {
                lex_cell(cut::slice(line, start..i), &mut out);
                while i < b.len() && b[i] == b' ' {
                    i += 1;
                }
                start = i;
            } else {
                i += 1;
            }
        }
        lex_cell(cut::slice(line, start..), &mut out);
    }
    out
}

/// How many cells after a cut label's head its tail may come: the value
/// may sit between them (`-layout`), and nothing else should.
const TAIL_REACH: usize = 3;

/// Joins cut labels: a head and the tail that completes it become one label
/// where the head was; a head no tail completes is a label only when it can
/// be the start of one label alone ("Application"). Unmatched tails are text.
fn join_cut_labels(cells: Vec<Cell>) -> Vec<Cell> {
    let mut cells: Vec<Option<Cell>> = cells.into_iter().map(Some).collect();
    for i in 0..cells.len() {
        let Some(Cell::Head(heads)) = cells[i].clone() else {
            continue;
        };
        let mut joined = None;
        for (j, cell) in cells.iter().enumerate().skip(i + 1).take(TAIL_REACH) {
            if let Some(Cell::Tail(tails)) = cell {
                let hit = heads.iter().find(|h| tails.contains(h));
                if let Some(&(label, _)) = hit {
                    joined = Some((label, j));
                    break;
                }
            }
            // Only values may stand between the halves.
            if !matches!(cell, Some(Cell::Value(_))) {
                break;
            }
        }
        cells[i] = Some(match joined {
            Some((label, j)) => {
                cells[j] = None;
                Cell::Label(label)
            }
            None => match heads.as_slice() {
                [(label, _)] => Cell::Label(*label),
                _ => Cell::Other,
            },
        });
    }
    cells
        .into_iter()
        .flatten()
        .map(|c| match c {
            Cell::Tail(_) | Cell::Head(_) => Cell::Other,
            c => c,
        })
        .collect()
}

fn fits(label: Label, value: &Value) -> bool {
    match label {
        Label::Case => *value == Value::CaseNumber,
        Label::Priority => *value == Value::Word,
        _ => matches!(value, Value::Date(_)),
    }
}

/// Reads a header region: see the module doc.
pub(super) fn read(header: &str) -> Read {
    let cells = join_cut_labels(cells(header));
    let mut read = Read::default();
    let mut i = 0;
    while i < cells.len() {
        let labels: Vec<Label> = cells[i..]
            .iter()
            .map_while(|c| match c {
                Cell::Label(l) => Some(*l),
                _ => None,
            })
            .collect();
        if labels.is_empty() {
            i += 1;
            continue;
        }
        i += labels.len();
        let values: Vec<&Value> = cells[i..]
            .iter()
            .map_while(|c| match c {
                Cell::Value(v) => Some(v),
                _ => None,
            })
            .collect();
        i += values.len();
        if values.is_empty() {
            // A label without a value (left blank, or the next row's label
            // follows): nothing to pair, nothing wrong.
            continue;
        }
        if values.len() != labels.len() || !labels.iter().zip(&values).all(|(l, v)| fits(*l, v)) {
            read.unpaired += 1;
            continue;
        }
        for (l, v) in labels.into_iter().zip(values) {
            if let Value::Date(d) = v {
                if read.get(l).is_none() {
                    read.pairs.push((l, *d));
                }
            }
        }
    }
    read
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(h: &str) -> Vec<(Label, String)> {
        read(h)
            .pairs
            .into_iter()
            .map(|(l, d)| (l, d.to_string()))
            .collect()
    }

    #[test]
    fn flattened_blocks_pair_in_order() {
        let h = "Case Number:\nDate Assigned:\nDecision Date:\nPriority:\n\nCM15-0000001\n3/02/2015\n04/01/2015\nStandard\n\n\
                 Date of Injury:\nUR Denial Date:\nApplication\nReceived:\n\n1/05/2014\n2/10/2015\n2/20/2015\n";
        let r = read(h);
        assert_eq!(r.unpaired, 0);
        assert_eq!(r.get(Label::Assigned).unwrap().to_string(), "2015-03-02");
        assert_eq!(r.get(Label::Decision).unwrap().to_string(), "2015-04-01");
        assert_eq!(r.get(Label::Injury).unwrap().to_string(), "2014-01-05");
        assert_eq!(r.get(Label::UrDenial).unwrap().to_string(), "2015-02-10");
        assert_eq!(r.get(Label::Received).unwrap().to_string(), "2015-02-20");
    }

    #[test]
    fn layout_columns_and_a_label_cut_around_its_value() {
        let h = "Case Number:        CM15-0000001\n\
                 Date Assigned:      3/02/2015          Date of Injury:     1/05/2014\n\
                 Decision Date:      04/01/2015         UR Denial Date:     2/10/2015\n\
                 Priority:           Standard           Application         2/20/2015\n\
                 Received:\n";
        let r = read(h);
        assert_eq!(r.unpaired, 0);
        assert_eq!(r.pairs.len(), 5);
        assert_eq!(r.get(Label::Received).unwrap().to_string(), "2015-02-20");
        assert_eq!(r.get(Label::Injury).unwrap().to_string(), "2014-01-05");
        // The tail on its own line, value after it.
        let r =
            read("Application\nReceived:              2/20/2015\nUR Denial\nDate:\n2/10/2015\n");
        assert_eq!(r.get(Label::Received).unwrap().to_string(), "2015-02-20");
        assert_eq!(r.get(Label::UrDenial).unwrap().to_string(), "2015-02-10");
    }

    #[test]
    fn label_cut_around_the_previous_cells_value() {
        // pypdf's shape: the priority's value, then the next label's first
        // word on the same line, its last word and its date on lines below.
        let h =
            "Case Number: CM15-0000001  \nDate Assigned: 3/02/2015 Date of Injury:  1/05/2014 \n\
                 Decision Date: 04/01/2015 UR Denial Date:  2/10/2015 \n\
                 Priority:  Expedited Application \nReceived:  \n2/20/2015 \n";
        let r = read(h);
        assert_eq!(r.unpaired, 0);
        assert_eq!(r.get(Label::Received).unwrap().to_string(), "2015-02-20");
        assert_eq!(r.get(Label::Assigned).unwrap().to_string(), "2015-03-02");
        assert_eq!(r.get(Label::UrDenial).unwrap().to_string(), "2015-02-10");
        // The same with one space only, and with the date on the tail's line.
        let r = read("Priority: Standard Application\nReceived: 2/20/2015\n");
        assert_eq!(r.get(Label::Received).unwrap().to_string(), "2015-02-20");
        // The row kept on one line.
        let r = read("Priority: Standard Application Received: 2/20/2015\n");
        assert_eq!(r.get(Label::Received).unwrap().to_string(), "2015-02-20");
        // A label's own first word is no value.
        let r = read("Date of Injury: 11/19/2010\nIMR Application Received: 8/12/2013\n");
        assert_eq!(r.unpaired, 0);
        assert_eq!(r.get(Label::Injury).unwrap().to_string(), "2010-11-19");
        // Prose that ends in a label's first word is no value.
        let r = read("Reviewed the prior Application\nReceived: 2/20/2015\n");
        assert!(r.pairs.is_empty(), "{:?}", r.pairs);
    }

    #[test]
    fn blocks_that_do_not_line_up_pair_nothing() {
        // A value is missing: which one is unknown, so no date is taken.
        let h =
            "Date of Injury:\nUR Denial Date:\nApplication\nReceived:\n\n1/05/2014\n2/20/2015\n";
        let r = read(h);
        assert!(r.pairs.is_empty(), "{:?}", r.pairs);
        assert_eq!(r.unpaired, 1);
        // A word where a date belongs.
        let r = read("Decision Date:\nPriority:\nStandard\n04/01/2015\n");
        assert!(r.pairs.is_empty());
        assert_eq!(r.unpaired, 1);
    }

    #[test]
    fn one_line_labels_and_letterhead() {
        assert_eq!(
            dates("IMR Case Number:  CM13-0000001      Date of Injury:  02/08/2010\nDated: 12/18/2013\n"),
            vec![
                (Label::Injury, "2010-02-08".to_string()),
                (Label::Dated, "2013-12-18".to_string())
            ]
        );
        // Prose is text, not a label: "dated" needs its colon.
        assert!(dates("The report dated 1/2/2014 notes pain.\n").is_empty());
        assert!(dates("Treatment(s) in Dispute Listed on IMR Application:\n1/2/2014\n").is_empty());
    }
}
