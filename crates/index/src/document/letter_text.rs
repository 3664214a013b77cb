//! Which parts of a letter's cleaned text the `letter` field indexes: the
//! text minus the stretches other fields already carry (the clinical case
//! summary and each item's rationale), so that no text is tokenised twice.
//!
//! The parser hands over the summary and rationales as strings (whitespace
//! squashed, boilerplate dropped), not as offsets, so they are found again in
//! the text word by word: a stretch is cut out only where the part's words
//! occur there in order, exactly as the analyzer splits them. A part that
//! cannot be found that way stays in the letter text (indexed twice, which
//! costs space but never a hit). `letter:` queries search the remaining
//! pieces, the summary and the rationales together (see `search::join`).

use std::ops::Range;

use crate::schema::words::{is_ascii_word_byte, next_word};

/// Parts shorter than this many words are left in the letter text: too
/// short to place with confidence, and too small to matter for the index.
const MIN_PART_WORDS: usize = 4;

/// Byte spans of the analyzer's words in `text` (see [`next_word`]).
fn word_spans(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::with_capacity(text.len() / 6);
    let mut at = 0;
    while let Some((start, end, _)) = next_word(text, at) {
        spans.push(start..end);
        at = end;
    }
    spans
}

/// Whether two words are the same word after lower-casing.
fn same_word(a: &str, b: &str) -> bool {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    // Most comparisons are of different words: two ASCII first letters
    // that differ settle it (an ASCII letter lower-cases to ASCII).
    if let (Some(p), Some(q)) = (x.first(), y.first()) {
        if p.is_ascii() && q.is_ascii() && !p.eq_ignore_ascii_case(q) {
            return false;
        }
    }
    if x.len() == y.len() && x.eq_ignore_ascii_case(y) {
        return true;
    }
    if x.is_ascii() && y.is_ascii() {
        return false;
    }
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

/// Where the words of `part` occur contiguously in `text`'s words, searching
/// from word `from` on and then, for parts the parser took out of order,
/// from the start. Returns the index of the first word.
fn find_words(
    text: &str,
    words: &[Range<usize>],
    part: &str,
    part_words: &[Range<usize>],
    from: usize,
) -> Option<usize> {
    let n = part_words.len();
    if n == 0 || n > words.len() {
        return None;
    }
    let last_start = words.len() - n;
    let first = &part[part_words[0].clone()];
    let matches_at = |i: usize| {
        part_words
            .iter()
            .zip(&words[i..i + n])
            .all(|(p, w)| same_word(&part[p.clone()], &text[w.clone()]))
    };
    let scan = |range: Range<usize>| {
        range
            .into_iter()
            .find(|&i| same_word(first, &text[words[i].clone()]) && matches_at(i))
    };
    scan(from.min(last_start + 1)..last_start + 1).or_else(|| scan(0..from.min(last_start + 1)))
}

/// The pieces of `text` left for the `letter` field once `parts` (in the
/// order they appear in the letter) are cut out, in text order, blank
/// pieces dropped. With nothing found, the whole text is the one piece.
pub fn remaining_pieces<'t>(text: &'t str, parts: &[&str]) -> Vec<&'t str> {
    let cuts = cuts(text, parts);
    let mut pieces = Vec::with_capacity(cuts.len() + 1);
    let mut at = 0;
    for cut in cuts
        .iter()
        .chain(std::iter::once(&(text.len()..text.len())))
    {
        let piece = &text[at..cut.start];
        if piece.chars().any(char::is_alphanumeric) {
            pieces.push(piece);
        }
        at = cut.end;
    }
    pieces
}

/// The byte spans of `text` that hold `parts`, sorted, not overlapping.
fn cuts(text: &str, parts: &[&str]) -> Vec<Range<usize>> {
    // Letters are nearly always ASCII: then a part is found by searching the
    // lower-cased text for its first word (a vectorised byte search) and
    // checking the words after it, which places the same span as the word by
    // word scan without splitting the whole text into words first.
    let lower = text.is_ascii().then(|| text.to_ascii_lowercase());
    let mut words: Option<Vec<Range<usize>>> = None;
    let mut cuts: Vec<Range<usize>> = Vec::with_capacity(parts.len());
    let mut from = 0;
    for part in parts {
        let found = match &lower {
            Some(lower) if part.is_ascii() => find_ascii(lower, part, from),
            _ => {
                let words = words.get_or_insert_with(|| word_spans(text));
                find_span(text, words, part, from)
            }
        };
        let Some(span) = found else {
            continue;
        };
        // Two parts with the same words (a rationale repeated for two items)
        // are cut once.
        if cuts
            .iter()
            .any(|c| c.start < span.end && span.start < c.end)
        {
            continue;
        }
        from = span.end;
        cuts.push(span);
    }
    cuts.sort_by_key(|c| c.start);
    cuts
}

/// [`find_words`] as a byte span: where `part` lies in `text`, searching
/// from the first word at or after byte `from` on, then from the start.
fn find_span(text: &str, words: &[Range<usize>], part: &str, from: usize) -> Option<Range<usize>> {
    let part_words = word_spans(part);
    if part_words.len() < MIN_PART_WORDS {
        return None;
    }
    let from_word = words.partition_point(|w| w.start < from);
    let i = find_words(text, words, part, &part_words, from_word)?;
    Some(words[i].start..words[i + part_words.len() - 1].end)
}

/// Where the words of `part` from byte `j` on end in `text` when they are
/// its words from byte `i` on (both at a word's start), compared byte by
/// byte: the ASCII text lower-cased, the ASCII part in any case.
fn same_words(text: &[u8], mut i: usize, part: &[u8], mut j: usize) -> Option<usize> {
    loop {
        // Where eight bytes are the same in both (the part lower-cased),
        // words and separators line up alike, so they are taken at once.
        let block_from = i;
        while let (Some(t), Some(p)) = (text.get(i..i + 8), part.get(j..j + 8)) {
            let t = u64::from_le_bytes(t.try_into().ok()?);
            let p = u64::from_le_bytes(p.try_into().ok()?);
            if t != ascii_lower8(p) {
                break;
            }
            i += 8;
            j += 8;
        }
        // A block that ended between words may end inside one side's
        // separators only: go on from the next word of each.
        if i > block_from && !is_ascii_word_byte(text[i - 1]) {
            match next_words(text, i, part, j) {
                After::Words(a, b) => (i, j) = (a, b),
                After::PartEnds(end) => return Some(end),
                After::TextEnds => return None,
            }
            continue;
        }
        // One word of each.
        while i < text.len() && j < part.len() {
            let (t, p) = (text[i], part[j]);
            if !is_ascii_word_byte(t) || !is_ascii_word_byte(p) {
                break;
            }
            if t != p.to_ascii_lowercase() {
                return None;
            }
            i += 1;
            j += 1;
        }
        if word_at(text, i) || word_at(part, j) {
            // One word is longer than the other.
            return None;
        }
        match next_words(text, i, part, j) {
            After::Words(a, b) => (i, j) = (a, b),
            After::PartEnds(end) => return Some(end),
            After::TextEnds => return None,
        }
    }
}

/// What follows the separators after a word of both.
enum After {
    /// The next words start here (text, part).
    Words(usize, usize),
    /// The part has no word left: it ends here in the text.
    PartEnds(usize),
    /// The text ran out first.
    TextEnds,
}

/// Skips the separators after a word of both.
fn next_words(text: &[u8], mut i: usize, part: &[u8], mut j: usize) -> After {
    while j < part.len() && !is_ascii_word_byte(part[j]) {
        j += 1;
    }
    if j == part.len() {
        return After::PartEnds(last_word_end(text, i));
    }
    while i < text.len() && !is_ascii_word_byte(text[i]) {
        i += 1;
    }
    if i == text.len() {
        After::TextEnds
    } else {
        After::Words(i, j)
    }
}

/// Whether byte `i` of `b` is an ASCII letter or digit (false past the end).
fn word_at(b: &[u8], i: usize) -> bool {
    b.get(i).copied().is_some_and(is_ascii_word_byte)
}

/// The end of the last word before byte `i` (a block may have taken the
/// separators after it).
fn last_word_end(text: &[u8], i: usize) -> usize {
    text[..i]
        .iter()
        .rposition(|&b| is_ascii_word_byte(b))
        .map_or(i, |k| k + 1)
}

/// Eight ASCII bytes lower-cased at once: the bytes from `A` to `Z` get
/// their 0x20 bit.
fn ascii_lower8(x: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low = x & LOW7;
    // The high bit of each byte: set from `A` on, and from past `Z` on.
    let from_a = low + 0x3f3f_3f3f_3f3f_3f3f;
    let past_z = low + 0x2525_2525_2525_2525;
    let upper = from_a & !past_z & HIGH & !x;
    x | (upper >> 2)
}

/// [`find_span`] for an ASCII text (given lower-cased, which keeps every
/// offset) and an ASCII part: the first place at or after byte `from`, else
/// the first before it, where the part's words occur in order.
///
/// The text is searched for the longest of the part's first
/// [`MIN_PART_WORDS`] words (a short first word such as "a" or "the" would
/// stop the byte search at every turn); from each place it stands as a
/// whole word, the start is that many words back, and the part is compared
/// with the text there word by word, both walked in step.
fn find_ascii(lower: &str, part: &str, from: usize) -> Option<Range<usize>> {
    // The part's first words: (start, end), enough to pick the anchor.
    let mut first = [(0usize, 0usize); MIN_PART_WORDS];
    let mut at = 0;
    for slot in first.iter_mut() {
        let (start, end, _) = next_word(part, at)?;
        *slot = (start, end);
        at = end;
    }
    let part = part.as_bytes();
    let text = lower.as_bytes();
    let (k, (a_start, a_end)) = first
        .iter()
        .copied()
        .enumerate()
        .max_by_key(|&(i, (s, e))| (e - s, std::cmp::Reverse(i)))?;
    let anchor = part[a_start..a_end].to_ascii_lowercase();
    let finder = memchr::memmem::Finder::new(&anchor);
    let part_from = first[0].0;
    // The start of the word `k` words before the word starting at `i`.
    let back = |mut i: usize| -> Option<usize> {
        for _ in 0..k {
            while i > 0 && !word_at(text, i - 1) {
                i -= 1;
            }
            if i == 0 {
                return None;
            }
            while i > 0 && word_at(text, i - 1) {
                i -= 1;
            }
        }
        Some(i)
    };
    // The first match whose start lies in `lo..hi`.
    let search = |lo: usize, hi: usize| -> Option<Range<usize>> {
        let mut at = lo;
        while at < text.len() {
            let c = at + finder.find(&text[at..])?;
            at = c + 1;
            if (c > 0 && word_at(text, c - 1)) || word_at(text, c + anchor.len()) {
                continue;
            }
            let Some(s) = back(c) else {
                continue;
            };
            if s >= hi {
                return None;
            }
            if s < lo {
                continue;
            }
            if let Some(end) = same_words(text, s, part, part_from) {
                return Some(s..end);
            }
        }
        None
    };
    let from = from.min(text.len());
    search(from, text.len()).or_else(|| search(0, from))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "HEADER Case CM1\n\nCLINICAL CASE SUMMARY\nThe patient is a\n47 year-old male.\n\nIMR ISSUES\n1. Norco\nRationale: The request for\nNorco is not medically\nnecessary.\nQUALIFICATIONS\nBoard certified.";

    #[test]
    fn summary_and_rationale_are_cut_out() {
        let pieces = remaining_pieces(
            TEXT,
            &[
                "The patient is a 47 year-old male.",
                "The request for Norco is not medically necessary.",
            ],
        );
        assert_eq!(
            pieces,
            vec![
                "HEADER Case CM1\n\nCLINICAL CASE SUMMARY\n",
                ".\n\nIMR ISSUES\n1. Norco\nRationale: ",
                ".\nQUALIFICATIONS\nBoard certified."
            ]
        );
    }

    #[test]
    fn parts_not_in_the_text_stay() {
        let pieces = remaining_pieces(TEXT, &["Words that are nowhere in it", "too short"]);
        assert_eq!(pieces, vec![TEXT]);
    }

    #[test]
    fn case_and_line_breaks_do_not_matter_and_order_may_differ() {
        let pieces = remaining_pieces(
            TEXT,
            &[
                "the request for norco is NOT medically necessary",
                "the patient is a 47 year old male",
            ],
        );
        assert_eq!(pieces.len(), 3);
        assert!(!pieces.concat().contains("Norco is"));
        assert!(!pieces.concat().contains("patient"));
    }

    #[test]
    fn words_split_like_the_analyzer_in_any_script() {
        let text = "Née  café-au-lait, x2 \u{2003}Ünïcode\tend";
        let spans: Vec<&str> = word_spans(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            spans,
            vec!["Née", "café", "au", "lait", "x2", "Ünïcode", "end"]
        );
        assert!(same_word("ÜNÏCODE", "ünïcode"));
        assert!(same_word("Medically", "MEDICALLY"));
        assert!(!same_word("medically", "medical"));
        assert!(!same_word("a", "b"));
    }

    #[test]
    fn a_repeated_part_is_cut_once() {
        let pieces = remaining_pieces(
            TEXT,
            &[
                "The request for Norco is not medically necessary.",
                "The request for Norco is not medically necessary.",
            ],
        );
        assert_eq!(pieces.len(), 2);
    }

    /// The letters to check: the bundled samples and, when present, the
    /// real published letters (PDFs, read by the project's own reader).
    fn sample_and_real_letters() -> Vec<(std::path::PathBuf, imr_letter::letter::Letter)> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut out = Vec::new();
        for (dir, ext) in [("corpus_samples", "txt"), ("../shared/real-letters", "pdf")] {
            let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
                continue;
            };
            let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
            paths.retain(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case(ext)));
            paths.sort();
            for path in paths {
                if let Ok(letter) = imr_letter::ingest::read(&path, "x").letter {
                    out.push((path, letter));
                }
            }
        }
        let real = out
            .iter()
            .filter(|(p, _)| p.extension().is_some_and(|e| e == "pdf"))
            .count();
        if real == 0 {
            assert!(
                std::env::var_os("IMR_REQUIRE_REAL_LETTERS").is_none(),
                "no real letters in ../shared/real-letters, and IMR_REQUIRE_REAL_LETTERS is set"
            );
            eprintln!("SKIPPED the real letters: none in ../shared/real-letters");
        }
        out
    }

    /// On every bundled sample and real letter, every summary and rationale
    /// long enough to place is found in the letter text, so nothing is
    /// indexed twice.
    #[test]
    fn letters_place_every_summary_and_rationale() {
        let letters = sample_and_real_letters();
        assert!(letters.len() >= 20, "{} letters", letters.len());
        for (path, letter) in &letters {
            let mut parts = vec![letter.summary.as_str()];
            parts.extend(letter.items.iter().map(|i| i.rationale.as_str()));
            let long: Vec<&str> = parts
                .iter()
                .copied()
                .filter(|p| word_spans(p).len() >= MIN_PART_WORDS)
                .collect();
            let mut distinct = long.clone();
            distinct.sort();
            distinct.dedup();
            // A rationale the letter repeats word for word is found twice.
            let placed = cuts(&letter.text, &long).len();
            assert!(
                placed >= distinct.len() && placed <= long.len(),
                "{}: {placed} of {} parts placed",
                path.display(),
                long.len()
            );
        }
    }

    /// The word-by-word search, as a span, for the ASCII fast path to agree
    /// with.
    fn by_words(text: &str, part: &str, from: usize) -> Option<Range<usize>> {
        find_span(text, &word_spans(text), part, from)
    }

    #[test]
    fn the_ascii_search_places_parts_as_the_word_scan() {
        let text = "Norco. the Request for NORCO is not medically necessary; \
                    the request for norco is not\nmedically necessary. Norcos is not";
        let lower = text.to_ascii_lowercase();
        for (part, from) in [
            ("The request for Norco is not", 0),
            ("The request for Norco is not", 20),
            ("the request for norco is not medically", 200),
            ("is not medically necessary", 0),
            ("norco is not medically necessary", 9),
            ("request for norcos is not", 0),
            ("necessary the request for", 0),
            ("Norcos is not at", 0),
        ] {
            assert_eq!(
                find_ascii(&lower, part, from),
                by_words(text, part, from),
                "{part:?} from {from}"
            );
        }
        let second = find_ascii(&lower, "the request for norco", 20).map(|r| &text[r]);
        assert_eq!(second, Some("the request for norco"));
    }

    #[test]
    fn eight_bytes_lower_case_as_ascii() {
        for b in 0u8..128 {
            let x = u64::from_le_bytes([b, b'A', b'z', b'[', b'@', b'Z', b'0', b'q']);
            let want = u64::from_le_bytes(
                [b, b'A', b'z', b'[', b'@', b'Z', b'0', b'q'].map(|c| c.to_ascii_lowercase()),
            );
            assert_eq!(ascii_lower8(x), want, "{b}");
        }
    }

    proptest::proptest! {
        #[test]
        fn ascii_search_agrees_with_the_word_scan(
            text in "((ab|a|b|ba|AB|c1|abc|bAbc)[ .\n-]{1,2}){0,40}",
            part in "((ab|a|b|ba|Ab|c1|abc|babc)[ ,]){3,6}",
            from in 0usize..200,
        ) {
            let lower = text.to_ascii_lowercase();
            let from = from.min(text.len());
            proptest::prop_assert_eq!(find_ascii(&lower, &part, from), by_words(&text, &part, from));
        }

        #[test]
        fn ascii_search_finds_windows_of_the_text_as_the_word_scan(
            text in "((ab|a|b|ba|AB|c1|abc|bAbc)[ .\\n-]{1,2}){4,40}",
            start in 0usize..40,
            len in 4usize..8,
            from in 0usize..200,
        ) {
            // The part is a run of the text's own words, upper-cased.
            let words: Vec<&str> = word_spans(&text).into_iter().map(|r| &text[r]).collect();
            let start = start.min(words.len() - 1);
            let part = words[start..(start + len).min(words.len())].join(" ").to_uppercase();
            let lower = text.to_ascii_lowercase();
            let from = from.min(text.len());
            let found = find_ascii(&lower, &part, from);
            proptest::prop_assert_eq!(found.clone(), by_words(&text, &part, from));
            if part.split(' ').count() >= MIN_PART_WORDS {
                proptest::prop_assert!(found.is_some());
            }
        }
    }

    #[test]
    fn a_letter_that_is_all_summary_has_no_piece() {
        let text = "one two three four five";
        assert!(remaining_pieces(text, &[text]).is_empty());
    }
}
