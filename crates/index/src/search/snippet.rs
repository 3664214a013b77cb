//! Our own highlighter: picks the best window of a stored rationale and marks
//! what the query matched there.
//!
//! tantivy's `SnippetGenerator` highlights each query word wherever it occurs
//! (a stray "necessary" lights up for the phrase "medically necessary") and
//! yields nothing for prefix and fuzzy queries. Here the query builder hands
//! over what it searched ([`Pattern`]s, already analysed), the text is
//! tokenised with the field's own analyzer, and a phrase is marked as one
//! range from its first to its last word, only where it occurs as a phrase.
//!
//! Highlights are byte ranges into [`Snippet::text`]; renderers turn them into
//! bold, markers or JSON offsets. This module knows nothing of terminals.

use serde::Serialize;
use tantivy::tokenizer::TextAnalyzer;

/// Longest snippet, in bytes of the original text (ellipses excluded).
pub const SNIPPET_LEN: usize = 200;

/// How much text to keep before the first highlighted match, so a snippet
/// does not start on the match itself.
const LEAD: usize = 40;

/// Written where the snippet cuts the text.
const ELLIPSIS: &str = "…";

/// One thing the query searched for in the highlighted field, after analysis
/// (lower-cased words).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pattern {
    /// One word.
    Term(String),
    /// Any word starting with this.
    Prefix(String),
    /// Any word within `distance` edits (a transposition counts as one).
    Fuzzy {
        /// The word as typed, analysed.
        word: String,
        /// Edits allowed.
        distance: u8,
    },
    /// Consecutive words; `slop` extra positions may separate them in total;
    /// with `last_is_prefix`, the last word is a prefix.
    Phrase {
        /// The words in order.
        words: Vec<String>,
        /// Extra positions allowed between the words, in total.
        slop: u32,
        /// True for `"ultrasound thera"*`.
        last_is_prefix: bool,
    },
}

/// A window of a text with the query's matches marked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Snippet {
    /// Plain text: the window, line breaks as spaces, `…` where it was cut.
    #[serde(rename = "snippet")]
    pub text: String,
    /// Byte ranges `[start, end)` of [`Snippet::text`] to highlight, sorted
    /// and disjoint.
    pub highlights: Vec<(usize, usize)>,
}

impl Snippet {
    /// The text with every highlight wrapped in `open` and `close`.
    pub fn marked(&self, open: &str, close: &str) -> String {
        let mut out = String::with_capacity(self.text.len() + 8 * self.highlights.len());
        let mut at = 0;
        for &(start, end) in &self.highlights {
            out.push_str(&self.text[at..start]);
            out.push_str(open);
            out.push_str(&self.text[start..end]);
            out.push_str(close);
            at = end;
        }
        out.push_str(&self.text[at..]);
        out
    }
}

/// One token of the analysed text.
struct Token {
    position: usize,
    from: usize,
    to: usize,
    text: String,
}

/// A match in the original text, with a weight for window selection.
#[derive(Debug, Clone, Copy)]
struct Match {
    from: usize,
    to: usize,
    weight: usize,
}

/// Builds the snippet of `text` for `patterns`, tokenising with `analyzer`
/// (the highlighted field's own analyzer, so matching agrees with the index).
/// Without any match the snippet is the start of the text.
pub fn make_snippet(text: &str, patterns: &[Pattern], analyzer: &mut TextAnalyzer) -> Snippet {
    let tokens = tokenize(text, analyzer);
    let matches = find_matches(&tokens, patterns);
    let (start, end) = choose_window(text, &matches, SNIPPET_LEN);
    build(text, start, end, &matches)
}

/// Every match of `patterns` in the whole of `text`: sorted, disjoint byte
/// ranges (the letter view marks the full rationale, not a window).
pub fn highlight_all(
    text: &str,
    patterns: &[Pattern],
    analyzer: &mut TextAnalyzer,
) -> Vec<(usize, usize)> {
    if patterns.is_empty() {
        return Vec::new();
    }
    let tokens = tokenize(text, analyzer);
    find_matches(&tokens, patterns)
        .into_iter()
        .map(|m| (m.from, m.to))
        .collect()
}

/// Longest quoted sentence, in bytes: a "sentence" longer than this is a
/// list or a paragraph without full stops, and is cut around the match.
pub const SENTENCE_MAX: usize = 600;

/// Words that end in a full stop without ending a sentence ("Dr. Smith",
/// "e.g. the MTUS", "et al. 2010"). Single letters (initials) count too.
const ABBREVIATIONS: &[&str] = &[
    "dr", "mr", "mrs", "ms", "vs", "no", "nos", "e.g", "i.e", "p", "pp", "fig", "approx", "cf",
    "al", "st", "jr", "u.s", "m.d", "d.o", "ph.d",
];

/// True when the byte at `i` (a `.`, `?` or `!`) ends a sentence: whitespace
/// or the end follows, and for a full stop the word before it is not an
/// abbreviation (decimals such as 2.5 never qualify: no space follows).
fn ends_sentence(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    if !matches!(bytes.get(i), Some(b'.' | b'?' | b'!')) {
        return false;
    }
    if !bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace()) {
        return false;
    }
    if bytes[i] != b'.' {
        return true;
    }
    let word_start = text[..i]
        .rfind(|c: char| c.is_whitespace() || c == '(')
        .map_or(0, |k| k + 1);
    let word = text[word_start..i].to_ascii_lowercase();
    let single_letter = word.len() == 1 && word.bytes().all(|b| b.is_ascii_alphabetic());
    !(single_letter || ABBREVIATIONS.contains(&word.as_str()))
}

/// The whole sentence of `text` holding the byte range `[from, to)` (a
/// match), whitespace runs and line breaks collapsed to single spaces: from
/// just after the previous sentence end or blank line to the next sentence
/// end. A sentence over [`SENTENCE_MAX`] bytes is cut on word boundaries
/// around the match, with `…` where it was cut. Out-of-range offsets are
/// clamped, so this never panics.
pub fn sentence_around(text: &str, from: usize, to: usize) -> String {
    let from = floor_boundary(text, from.min(text.len()));
    let to = floor_boundary(text, to.min(text.len()).max(from));
    let mut start = 0;
    for (i, _) in text[..from].char_indices().rev() {
        if ends_sentence(text, i) {
            start = i + 1;
            break;
        }
    }
    if let Some(k) = text[start..from].rfind("\n\n") {
        start += k + 2;
    }
    let mut end = text.len();
    for (i, _) in text[to..].char_indices() {
        if ends_sentence(text, to + i) {
            end = to + i + 1;
            break;
        }
    }
    if let Some(k) = text[to..end].find("\n\n") {
        end = to + k;
    }
    let (mut lead, mut tail) = ("", "");
    if end - start > SENTENCE_MAX {
        let room = SENTENCE_MAX.saturating_sub(to - from) / 2;
        let s = snap_start(text, from.saturating_sub(room).max(start), from);
        let e = snap_end(text, (to + room).min(end), to);
        if s > start {
            (start, lead) = (s, ELLIPSIS);
        }
        if e < end {
            (end, tail) = (e, ELLIPSIS);
        }
    }
    let words: Vec<&str> = text[start..end].split_whitespace().collect();
    format!("{lead}{}{tail}", words.join(" "))
}

/// The sentence of `text` holding the first match of `patterns`, if any
/// (see [`sentence_around`]).
pub fn first_match_sentence(
    text: &str,
    patterns: &[Pattern],
    analyzer: &mut TextAnalyzer,
) -> Option<String> {
    let (from, to) = highlight_all(text, patterns, analyzer).into_iter().next()?;
    Some(sentence_around(text, from, to))
}

fn tokenize(text: &str, analyzer: &mut TextAnalyzer) -> Vec<Token> {
    let mut stream = analyzer.token_stream(text);
    let mut tokens = Vec::new();
    while stream.advance() {
        let t = stream.token();
        tokens.push(Token {
            position: t.position,
            from: t.offset_from,
            to: t.offset_to,
            text: t.text.clone(),
        });
    }
    tokens
}

fn word_matches(pattern_word: &str, token: &str, prefix: bool) -> bool {
    if prefix {
        token.starts_with(pattern_word)
    } else {
        token == pattern_word
    }
}

fn find_matches(tokens: &[Token], patterns: &[Pattern]) -> Vec<Match> {
    let mut matches = Vec::new();
    for pattern in patterns {
        match pattern {
            Pattern::Term(w) => push_single(tokens, &mut matches, |t| t == w),
            Pattern::Prefix(p) => push_single(tokens, &mut matches, |t| t.starts_with(p.as_str())),
            Pattern::Fuzzy { word, distance } => push_single(tokens, &mut matches, |t| {
                edit_distance(word, t) <= usize::from(*distance)
            }),
            Pattern::Phrase {
                words,
                slop,
                last_is_prefix,
            } => phrase_matches(tokens, words, *slop, *last_is_prefix, &mut matches),
        }
    }
    merge(matches)
}

fn push_single(tokens: &[Token], out: &mut Vec<Match>, hit: impl Fn(&str) -> bool) {
    out.extend(tokens.iter().filter(|t| hit(&t.text)).map(|t| Match {
        from: t.from,
        to: t.to,
        weight: 1,
    }));
}

/// Phrase occurrences: each word must follow the previous one, the extra
/// positions skipped adding up to at most `slop` (tantivy's in-order slop).
fn phrase_matches(
    tokens: &[Token],
    words: &[String],
    slop: u32,
    last_is_prefix: bool,
    out: &mut Vec<Match>,
) {
    let Some(first) = words.first() else { return };
    let n = words.len();
    let is_last_prefix = |i: usize| last_is_prefix && i + 1 == n;
    for (i, start) in tokens.iter().enumerate() {
        if !word_matches(first, &start.text, is_last_prefix(0)) {
            continue;
        }
        let mut budget = slop as usize;
        let mut prev = i;
        let mut ok = true;
        for (w, word) in words.iter().enumerate().skip(1) {
            // Search forward from the previous word within the remaining slop.
            let mut found = None;
            for (j, t) in tokens.iter().enumerate().skip(prev + 1) {
                let gap = t.position.saturating_sub(tokens[prev].position + 1);
                if gap > budget {
                    break;
                }
                if word_matches(word, &t.text, is_last_prefix(w)) {
                    found = Some((j, gap));
                    break;
                }
            }
            match found {
                Some((j, gap)) => {
                    budget -= gap;
                    prev = j;
                }
                None => {
                    ok = false;
                    break;
                }
            }
        }
        if ok {
            out.push(Match {
                from: start.from,
                to: tokens[prev].to,
                weight: 3 * n,
            });
        }
    }
}

/// Sorts matches and merges overlapping ones (a phrase swallows the single
/// words inside it), keeping the largest weight.
fn merge(mut matches: Vec<Match>) -> Vec<Match> {
    matches.sort_by_key(|m| (m.from, std::cmp::Reverse(m.to)));
    let mut out: Vec<Match> = Vec::with_capacity(matches.len());
    for m in matches {
        match out.last_mut() {
            Some(last) if m.from < last.to => {
                last.to = last.to.max(m.to);
                last.weight = last.weight.max(m.weight);
            }
            _ => out.push(m),
        }
    }
    out
}

/// Damerau-Levenshtein distance (optimal string alignment), on characters,
/// which is what tantivy's fuzzy query with transpositions costing one uses.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (n, m) = (a.len(), b.len());
    let mut d = vec![vec![0usize; m + 1]; n + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=n {
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[n][m]
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Moves `start` forward to the beginning of a word (unless it is 0).
fn snap_start(text: &str, start: usize, limit: usize) -> usize {
    if start == 0 {
        return 0;
    }
    let start = floor_boundary(text, start);
    let bytes = text.as_bytes();
    if bytes[start - 1].is_ascii_whitespace() {
        return start;
    }
    match text[start..limit].find(|c: char| c.is_whitespace()) {
        Some(off) => start + off + 1,
        None => start,
    }
}

/// Moves `end` back to the end of a word (unless it is the text's end).
fn snap_end(text: &str, end: usize, limit: usize) -> usize {
    if end >= text.len() {
        return text.len();
    }
    let end = floor_boundary(text, end);
    match text[limit..end].rfind(|c: char| c.is_whitespace()) {
        Some(off) => limit + off,
        None => end,
    }
}

/// The `[start, end)` window of at most `max_len` bytes holding the most
/// match weight; ties go to the earliest window.
fn choose_window(text: &str, matches: &[Match], max_len: usize) -> (usize, usize) {
    if text.len() <= max_len {
        return (0, text.len());
    }
    let mut best = (0usize, 0usize, 0usize); // (weight, start, end)
    for anchor in matches {
        let raw_start = anchor.from.saturating_sub(LEAD);
        let start = snap_start(text, raw_start, anchor.from);
        let end = snap_end(text, start + max_len, anchor.to.min(start + max_len));
        let weight: usize = matches
            .iter()
            .filter(|m| m.from >= start && m.to <= end)
            .map(|m| m.weight)
            .sum();
        if weight > best.0 {
            best = (weight, start, end);
        }
    }
    if best.0 == 0 {
        return (0, snap_end(text, max_len, 0));
    }
    (best.1, best.2)
}

fn build(text: &str, start: usize, end: usize, matches: &[Match]) -> Snippet {
    let mut out = String::with_capacity(end - start + 8);
    if start > 0 {
        out.push_str(ELLIPSIS);
    }
    let shift = out.len();
    // Line breaks and tabs become spaces (same byte length, so offsets hold).
    out.extend(text[start..end].chars().map(|c| {
        if c.is_whitespace() && c.is_ascii() {
            ' '
        } else {
            c
        }
    }));
    if end < text.len() {
        out.push_str(ELLIPSIS);
    }
    let highlights = matches
        .iter()
        .filter(|m| m.from >= start && m.to <= end)
        .map(|m| (m.from - start + shift, m.to - start + shift))
        .collect();
    Snippet {
        text: out,
        highlights,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::tokenizer::{LowerCaser, SimpleTokenizer};

    fn analyzer() -> TextAnalyzer {
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(LowerCaser)
            .build()
    }

    fn marked(text: &str, patterns: &[Pattern]) -> String {
        make_snippet(text, patterns, &mut analyzer()).marked("[", "]")
    }

    fn phrase(words: &[&str], slop: u32) -> Pattern {
        Pattern::Phrase {
            words: words.iter().map(|w| w.to_string()).collect(),
            slop,
            last_is_prefix: false,
        }
    }

    #[test]
    fn phrase_is_marked_as_a_unit_and_stray_words_are_not() {
        let text = "Improvement was noted. There was no functional\nimprovement documented.";
        assert_eq!(
            marked(text, &[phrase(&["functional", "improvement"], 0)]),
            "Improvement was noted. There was no [functional improvement] documented."
        );
    }

    #[test]
    fn slop_allows_words_between() {
        let text = "no functional or objective improvement; functional gains";
        assert_eq!(
            marked(text, &[phrase(&["functional", "improvement"], 2)]),
            "no [functional or objective improvement]; functional gains"
        );
        assert_eq!(
            marked(text, &[phrase(&["functional", "improvement"], 1)]),
            text
        );
    }

    #[test]
    fn prefix_and_fuzzy_words() {
        let text = "An Epidural injection; the ligament was torn; epidurals again";
        assert_eq!(
            marked(text, &[Pattern::Prefix("epidur".into())]),
            "An [Epidural] injection; the ligament was torn; [epidurals] again"
        );
        assert_eq!(
            marked(
                text,
                &[Pattern::Fuzzy {
                    word: "ligamnet".into(),
                    distance: 1
                }]
            ),
            "An Epidural injection; the [ligament] was torn; epidurals again"
        );
    }

    #[test]
    fn window_goes_to_the_densest_matches() {
        let filler = "word ".repeat(100);
        let text = format!("{filler}target here {filler}target target end");
        let s = make_snippet(&text, &[Pattern::Term("target".into())], &mut analyzer());
        assert!(s.text.starts_with(ELLIPSIS));
        assert_eq!(s.highlights.len(), 2, "{s:?}");
        for &(a, b) in &s.highlights {
            assert_eq!(&s.text[a..b], "target");
        }
        assert!(s.text.len() <= SNIPPET_LEN + 2 * ELLIPSIS.len());
    }

    #[test]
    fn no_match_gives_the_start() {
        let text = "alpha ".repeat(60);
        let s = make_snippet(&text, &[Pattern::Term("zzz".into())], &mut analyzer());
        assert!(s.text.starts_with("alpha"));
        assert!(s.text.ends_with(ELLIPSIS));
        assert!(s.highlights.is_empty());
    }

    #[test]
    fn sentence_around_a_match_is_whole() {
        let text = "Dr. Smith saw her. The MTUS, e.g. page 9, requires\nfunctional  improvement \
                    of 2.5 points. It was not shown!\n\nHeading without stop";
        let at = text.find("functional").unwrap();
        assert_eq!(
            sentence_around(text, at, at + 10),
            "The MTUS, e.g. page 9, requires functional improvement of 2.5 points."
        );
        assert_eq!(sentence_around(text, 0, 3), "Dr. Smith saw her.");
        let at = text.find("shown").unwrap();
        assert_eq!(sentence_around(text, at, at + 5), "It was not shown!");
        let at = text.find("Heading").unwrap();
        assert_eq!(sentence_around(text, at, at + 7), "Heading without stop");
        // Offsets past the end or inside a character never panic.
        assert_eq!(sentence_around("é.", 1, 99), "é.");
    }

    #[test]
    fn overlong_sentence_is_cut_around_the_match() {
        let text = format!("{} needle {}", "word ".repeat(200), "more ".repeat(200));
        let at = text.find("needle").unwrap();
        let s = sentence_around(&text, at, at + 6);
        assert!(s.starts_with("…word ") && s.ends_with(" more…"), "{s}");
        assert!(s.contains(" needle "));
        assert!(s.len() <= SENTENCE_MAX + 2 * "…".len(), "{}", s.len());
    }

    #[test]
    fn first_match_sentence_finds_the_phrase() {
        let mut a = analyzer();
        let text = "No gains. Functional\nimprovement is required here. Improvement alone no.";
        assert_eq!(
            first_match_sentence(text, &[phrase(&["functional", "improvement"], 0)], &mut a)
                .as_deref(),
            Some("Functional improvement is required here.")
        );
        assert_eq!(
            first_match_sentence(text, &[Pattern::Term("absent".into())], &mut a),
            None
        );
    }

    #[test]
    fn osa_distance() {
        assert_eq!(edit_distance("ligamnet", "ligament"), 1);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
