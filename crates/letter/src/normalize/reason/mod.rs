//! Decision reasons: an item's rationale and outcome -> reason facet paths,
//! each with the sentence that gave it.
//!
//! This module owns the reason vocabulary ([`REASONS`], the paths in display
//! order) and the rule table ([`RULES`]) that finds them in a rationale.
//! `index_schema/REASONS.md` is the user-facing description of both; a test
//! checks it names every path and every rule pattern.
//!
//! Rules read the rationale one sentence at a time and are written for the
//! ways reviewers state a finding, not for particular letters: a negation in
//! front of the finding ("there is no documentation of red flags", "without
//! functional improvement", "the patient is not a candidate for surgery")
//! or after it ("tried and failed has not been documented"). Rationales
//! quote the guideline before applying it ("ODG recommends imaging when
//! there are red flags"); such a sentence states the guideline's criteria,
//! not a finding, so the rows marked [`Rule::finding`] ignore it (see
//! [`quoted`]). Rows also carry guards that drop a match made of a
//! condition ("if", "when", "unless", "in patients who"). Denial reasons
//! apply to upheld items (and to items whose outcome the letter does not
//! state); `/Guideline criteria met` applies to overturned items only.
//! `/Missing documentation` is the catch-all: it counts only for a sentence
//! no more specific reason explains.

/// A drug's conditions that both precondition rows read (the negation
/// before the finding and after it), written once: the rows' regex
/// alternatives in `table.rs` ...
macro_rules! drug_conditions {
    () => {
        r"(?:opioid |opiate |drug |substance )?(?:addiction|dependence|use disorder)|detox\w*|hypogonadism|(?:low|deficient) testosterone|(?:nutritional |vitamin )?deficienc(?:y|ies)"
    };
}

/// ... and, in `find.rs`, their words, after each row's own.
macro_rules! with_drug_condition_words {
    ($($word:literal),* $(,)?) => {
        &[
            $($word,)*
            "addiction",
            "dependence",
            "use disorder",
            "detox",
            "hypogonadism",
            "testosterone",
            "deficienc",
        ]
    };
}

mod find;
mod find_blind;
mod find_items;
#[cfg(test)]
mod general;
mod memo;
mod quantity;
#[cfg(test)]
mod same_as_per_sentence;
mod service;
mod table;
mod table_blind;
mod table_items;
#[cfg(test)]
mod tests;

use find::{Find, FIND, NEGATIONS};
use service::{
    by_service, names_service, service_stems, Found, OtherItems, NOT_TOPICAL, OTHER_CARE, PAIRED,
};
pub use table::RULES;

use crate::cut;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use once_cell::sync::Lazy;
use regex::Regex;

use crate::dual::lower_pattern;
use crate::values::Outcome;

/// The reason paths in display order.
pub const REASONS: &[&str] = &[
    NO_FUNCTIONAL_IMPROVEMENT,
    EXCEEDS_GUIDELINE,
    NOT_RECOMMENDED,
    NO_RED_FLAGS,
    CONSERVATIVE_CARE,
    MISSING_DOCUMENTATION,
    NOT_SURGICAL_CANDIDATE,
    ANCILLARY,
    CRITERIA_MET,
    HOME_PROGRAM,
    AWAITING_RESULTS,
    REPEAT_STUDY,
    PRECONDITION_ABSENT,
];

/// Prior treatment did not document objective functional gains.
pub const NO_FUNCTIONAL_IMPROVEMENT: &str = "/No functional improvement";
/// The request is over the guideline's number of visits or its duration.
pub const EXCEEDS_GUIDELINE: &str = "/Exceeds guideline quantity or duration";
/// The guideline does not recommend the service (at all, or for this use).
pub const NOT_RECOMMENDED: &str = "/Not recommended by guideline";
/// No red flags, neurologic deficits or objective findings warrant it.
pub const NO_RED_FLAGS: &str = "/No red flags or neurologic findings";
/// First-line or conservative care is not documented as tried and failed.
pub const CONSERVATIVE_CARE: &str = "/Conservative care not tried and failed";
/// The request or the records lack a detail the decision needs (catch-all).
pub const MISSING_DOCUMENTATION: &str = "/Missing documentation";
/// Surgery is not planned or the worker is not described as a candidate.
pub const NOT_SURGICAL_CANDIDATE: &str = "/Not a surgical candidate";
/// The item goes with a procedure that is itself not medically necessary.
pub const ANCILLARY: &str = "/Ancillary to a denied procedure";
/// Overturned: the reviewer found the guideline's criteria met.
pub const CRITERIA_MET: &str = "/Guideline criteria met";
/// Supervised therapy is not needed over a home exercise program.
pub const HOME_PROGRAM: &str = "/Home exercise program suffices";
/// More is asked before the results of an approved or ongoing course are known.
pub const AWAITING_RESULTS: &str = "/Results of approved treatment not yet known";
/// A repeat study with no interval change or new finding since the last one.
pub const REPEAT_STUDY: &str = "/Repeat study without new findings";
/// The treatment's own precondition is absent: the condition a drug or
/// device is for, or what the guideline has tried first.
pub const PRECONDITION_ABSENT: &str = "/Precondition for the drug or device absent";

/// Which outcomes a rule applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applies {
    /// Upheld items and items without a stated outcome.
    Denied,
    /// Overturned items.
    Overturned,
}

/// What a row reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reads {
    /// A finding about this worker: ignored in quoted guideline sentences.
    Finding,
    /// What the guideline says: read in quoted sentences too.
    Guideline,
    /// What the guideline says of some service ("X is not recommended"):
    /// read in a quoted sentence only when it names a word of the item's
    /// service, since the guideline's text lists services besides the one
    /// requested.
    GuidelineOnService,
}

/// One row of the rule table.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// The reason path the row gives.
    pub path: &'static str,
    /// Outcomes the row applies to.
    pub applies: Applies,
    /// What the row reads, which decides whether it fires in a sentence
    /// that quotes the guideline's criteria ([`Quotes`]).
    pub reads: Reads,
    /// Case-insensitive regex searched in each sentence.
    pub pattern: &'static str,
    /// When not empty: a match is ignored when the sentence text before it
    /// matches this regex (a guideline's condition, not a finding).
    pub unless_before: &'static str,
    /// When not empty: a match is ignored when its own text matches this
    /// regex (a condition inside the match: "not recommended unless ...").
    pub unless_within: &'static str,
    /// When not empty: a match is ignored when the text right after it
    /// matches this regex (anchored at its start).
    pub unless_after: &'static str,
}

/// Tables as one array, in order (the rule table and its words are kept
/// in three files each: the first rows, the blind sentence sets' rows and
/// the item sets' rows).
const fn concat<T: Copy, const N: usize>(parts: &[&[T]]) -> [T; N] {
    assert!(
        !parts.is_empty() && !parts[0].is_empty(),
        "concat: empty first table"
    );
    let mut out = [parts[0][0]; N];
    let mut at = 0;
    let mut p = 0;
    while p < parts.len() {
        let mut i = 0;
        while i < parts[p].len() {
            out[at] = parts[p][i];
            at += 1;
            i += 1;
        }
        p += 1;
    }
    assert!(at == N, "concat: lengths differ");
    out
}

/// A row with no guards.
const fn row(path: &'static str, reads: Reads, pattern: &'static str) -> Rule {
    Rule {
        path,
        applies: Applies::Denied,
        reads,
        pattern,
        unless_before: "",
        unless_within: "",
        unless_after: "",
    }
}

/// Every row's words in one automaton over the lower-cased bytes of an
/// ASCII rationale, with the row each pattern belongs to. Overlapping
/// search, since one row's word may sit inside another's ("objective
/// response", "objective ") and each row must see its own.
/// [`NEGATIONS`] are in it too, as the row [`NEGATION`].
static WORDS: Lazy<(AhoCorasick, Vec<usize>)> = Lazy::new(|| {
    let (words, rows): (Vec<&str>, Vec<usize>) = FIND
        .iter()
        .enumerate()
        .flat_map(|(r, f)| f.words().iter().map(move |w| (*w, r)))
        .chain(NEGATIONS.iter().map(|w| (*w, NEGATION)))
        .unzip();
    let automaton = AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::DFA))
        .match_kind(MatchKind::Standard)
        .build(words)
        .expect("FIND words make a valid automaton");
    (automaton, rows)
});

/// The row number [`WORDS`] gives a negation.
const NEGATION: usize = usize::MAX;

/// Whether `a..b` of the lower-cased bytes `text` is a whole word, as the
/// byte regexes' `\b` sees one: no word byte right before or after it.
fn whole_word(text: &[u8], a: usize, b: usize) -> bool {
    let word = |i: Option<usize>| {
        i.and_then(|i| text.get(i))
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
    };
    !word(a.checked_sub(1)) && !word(Some(b))
}

/// One rule pattern, compiled twice: as written (case-insensitive, with
/// Unicode classes and word boundaries) for any text, and lower-cased with
/// Unicode off, case-sensitive, over bytes, for the ASCII-lower-cased copy
/// of an ASCII text ([`Hay`]). On ASCII text both give the same matches at
/// the same offsets: lower-casing keeps offsets, `\w`, `\s`, `\b` and
/// `[^.;]` agree on ASCII characters, ASCII case-insensitive matching is
/// exactly matching after lower-casing both sides, and the only case folds
/// that leave ASCII (Kelvin sign, long s) cannot occur in it. The byte form
/// is far cheaper: its literals are found by exact search instead of by
/// case permutations, and its automaton lacks the UTF-8 states that the
/// bounded gaps (`[^.;]{0,100}?`) multiply.
///
/// Each form is compiled on first use: a run that meets only ASCII
/// rationales never builds the Unicode forms, and rows behind a gate that
/// never opens cost nothing (compiling the whole table up front was a tenth
/// of a second at every start).
struct Pattern {
    source: String,
    unicode: once_cell::sync::OnceCell<Regex>,
    lower: once_cell::sync::OnceCell<regex::bytes::Regex>,
}

impl Pattern {
    /// A table pattern, compiled when first used; the table is constant, so
    /// a bad pattern is a programming error the unit tests catch (they
    /// compile every row).
    fn new(p: &str) -> Pattern {
        Pattern {
            source: p.to_string(),
            unicode: once_cell::sync::OnceCell::new(),
            lower: once_cell::sync::OnceCell::new(),
        }
    }

    fn unicode(&self) -> &Regex {
        self.unicode.get_or_init(|| {
            Regex::new(&format!("(?i){}", self.source)).expect("RULES patterns are valid regexes")
        })
    }

    fn lower(&self) -> &regex::bytes::Regex {
        self.lower.get_or_init(|| {
            regex::bytes::Regex::new(&format!("(?-u){}", lower_pattern(&self.source)))
                .expect("RULES patterns are valid regexes")
        })
    }

    fn is_match(&self, hay: Hay<'_>) -> bool {
        match hay.lower {
            Some(lower) => self.lower().is_match(lower),
            None => self.unicode().is_match(hay.text),
        }
    }

    /// The first match starting at or after byte `at` (a character
    /// boundary), with the text before `at` as its context.
    fn find_at(&self, hay: Hay<'_>, at: usize) -> Option<(usize, usize)> {
        match hay.lower {
            Some(lower) => self
                .lower()
                .find_at(lower, at)
                .map(|m| (m.start(), m.end())),
            None => self
                .unicode()
                .find_at(hay.text, at)
                .map(|m| (m.start(), m.end())),
        }
    }

    /// Gives `f` the spans `find_iter` gives, until it returns false.
    fn each_span(&self, hay: Hay<'_>, mut f: impl FnMut((usize, usize)) -> bool) {
        match hay.lower {
            Some(lower) => {
                for m in self.lower().find_iter(lower) {
                    if !f((m.start(), m.end())) {
                        return;
                    }
                }
            }
            None => {
                for m in self.unicode().find_iter(hay.text) {
                    if !f((m.start(), m.end())) {
                        return;
                    }
                }
            }
        }
    }
}

/// Text to search: the text itself and, when it is ASCII, its lower-cased
/// bytes (made once per rationale, searched by every rule).
#[derive(Clone, Copy)]
struct Hay<'a> {
    text: &'a str,
    lower: Option<&'a [u8]>,
}

impl<'a> Hay<'a> {
    /// The part `a..b` (byte offsets of a match or sentence, so on
    /// character boundaries).
    fn part(self, a: usize, b: usize) -> Hay<'a> {
        Hay {
            text: cut::slice(self.text, a..b),
            lower: self.lower.map(|l| &l[a..b]),
        }
    }
}

/// One compiled rule.
struct Compiled {
    rule: &'static Rule,
    /// The place of the row's path in [`REASONS`].
    reason: usize,
    pattern: Pattern,
    unless_before: Option<Pattern>,
    unless_within: Option<Pattern>,
    unless_after: Option<Pattern>,
    /// How the row's sentences are found.
    find: Find,
    /// For a rationale that is not ASCII (so not searched with [`WORDS`]):
    /// the row's words as one case-insensitive Unicode regex, when the row
    /// has [`Find::Words`].
    words: Option<Regex>,
}

/// Words as a case-insensitive Unicode regex: the same case folds the rows'
/// Unicode form applies, so it finds a word in every match of the row.
fn words_regex(words: &[&str]) -> Regex {
    let alternation: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
    Regex::new(&format!("(?i){}", alternation.join("|"))).expect("escaped words make a valid regex")
}

/// [`RULES`] compiled once, in order.
static COMPILED: Lazy<Vec<Compiled>> = Lazy::new(|| {
    RULES
        .iter()
        .zip(FIND)
        .map(|(rule, find)| Compiled {
            rule,
            reason: REASONS
                .iter()
                .position(|p| *p == rule.path)
                .expect("RULES paths are in REASONS"),
            find,
            words: match find {
                Find::Words(words) | Find::Negated(words) => Some(words_regex(words)),
                Find::Gate(_) => None,
            },
            pattern: Pattern::new(rule.pattern),
            unless_before: (!rule.unless_before.is_empty())
                .then(|| Pattern::new(rule.unless_before)),
            unless_within: (!rule.unless_within.is_empty())
                .then(|| Pattern::new(rule.unless_within)),
            unless_after: (!rule.unless_after.is_empty()).then(|| Pattern::new(rule.unless_after)),
        })
        .collect()
});

impl Compiled {
    /// Whether any match of the row fires (it has no guards).
    fn unguarded(&self) -> bool {
        self.unless_before.is_none() && self.unless_within.is_none() && self.unless_after.is_none()
    }
}

/// Sentence ends: `.`, `;`, `!` or `?` followed by space or the end ("e.g.,"
/// and decimals stay whole). The definition [`sentence_spans`] is tested
/// against; the parse itself scans.
#[cfg(test)]
static SENTENCE_END: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"[.;!?]+(?:\s+|$)").expect("valid regex"));

/// Whether `c` matches somewhere in `sentence` outside its guards.
fn fires(c: &Compiled, sentence: Hay<'_>) -> bool {
    // Without guards any match fires, and asking whether there is one
    // skips finding where each match starts and ends.
    if c.unguarded() {
        return c.pattern.is_match(sentence);
    }
    let len = sentence.text.len();
    let kept = |start: usize, end: usize| {
        !c.unless_before
            .as_ref()
            .is_some_and(|r| r.is_match(sentence.part(0, start)))
            && !c
                .unless_within
                .as_ref()
                .is_some_and(|r| r.is_match(sentence.part(start, end)))
            && !c
                .unless_after
                .as_ref()
                .is_some_and(|r| r.is_match(sentence.part(end, len)))
    };
    // A match a guard drops is searched again from its next character,
    // not its end: a guideline's condition early in the sentence ("not
    // recommended for topical use, and there is no documentation of
    // neuropathic pain") must not hide the finding after it.
    let mut at = 0;
    while let Some((start, end)) = c.pattern.find_at(sentence, at) {
        if kept(start, end) {
            return true;
        }
        at = start
            + cut::slice(sentence.text, start..)
                .chars()
                .next()
                .map_or(1, char::len_utf8);
        if at > len {
            break;
        }
    }
    false
}

/// The rationale's sentences as byte ranges, exactly the pieces
/// `SENTENCE_END.split` gives (the last one may be empty).
///
/// Found by a scan, not the regex (which cost a few percent of the parse):
/// a run of end marks ends a sentence when whitespace (`\s`, Unicode, as
/// `char::is_whitespace`) or the end of the text follows it. A run followed
/// by anything else holds no match at all, since any shorter run inside it
/// is followed by another mark, so the scan moves past it.
fn sentence_spans(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let is_mark = |c: u8| matches!(c, b'.' | b';' | b'!' | b'?');
    let marks = |from: usize| memchr::memchr3(b'.', b';', b'!', &b[from..]).map(|k| from + k);
    let questions = |from: usize| memchr::memchr(b'?', &b[from..]).map(|k| from + k);
    let (mut next_mark, mut next_question) = (marks(0), questions(0));
    let mut spans = Vec::new();
    let mut last = 0;
    while let Some(at) = [next_mark, next_question].into_iter().flatten().min() {
        let run_end = at
            + b[at..]
                .iter()
                .position(|&c| !is_mark(c))
                .unwrap_or(b.len() - at);
        // The marks are ASCII, so `run_end` is a character boundary.
        let rest = cut::slice(text, run_end..);
        let space = rest.len() - rest.trim_start().len();
        let resume = if space > 0 || rest.is_empty() {
            spans.push((last, at));
            last = run_end + space;
            last
        } else {
            run_end
        };
        if next_mark.is_some_and(|k| k < resume) {
            next_mark = marks(resume);
        }
        if next_question.is_some_and(|k| k < resume) {
            next_question = questions(resume);
        }
    }
    spans.push((last, text.len()));
    spans
}

/// What the first pass knows of a row in a sentence: no match near it.
const NONE: u8 = 0;
/// The row fires in the sentence.
const FIRES: u8 = 1;
/// The row may fire: the sentence is to be searched with it alone.
const CHECK: u8 = 2;

/// Records that a row's match, or one of its words, spans `ms..me`:
/// every sentence it overlaps may fire, and for a `sure` row (a match of
/// the row itself, without guards) one that holds it wholly does. Whether
/// one of them is now known to fire.
fn mark(
    state: &mut [u8],
    sentences: &[(usize, usize)],
    row: usize,
    (ms, me): (usize, usize),
    sure: bool,
) -> bool {
    let mut fired = false;
    let mut k = sentences.partition_point(|s| s.1 <= ms);
    while k < sentences.len() && sentences[k].0 < me {
        let (a, b) = sentences[k];
        let cell = &mut state[k * RULES.len() + row];
        if *cell != FIRES {
            *cell = if sure && a <= ms && me <= b {
                FIRES
            } else {
                CHECK
            };
        }
        fired |= *cell == FIRES;
        k += 1;
    }
    fired
}

/// Clears the cells of [`Find::Negated`] rows in sentences that hold no
/// negation (such a row has no match there; only word hits, never
/// [`FIRES`], set them).
fn unmark_unnegated(state: &mut [u8], negated: &[bool]) {
    for (row, negated) in state.chunks_exact_mut(RULES.len()).zip(negated) {
        if *negated {
            continue;
        }
        for (cell, find) in row.iter_mut().zip(FIND) {
            if matches!(find, Find::Negated(_)) {
                *cell = NONE;
            }
        }
    }
}

/// For each sentence and each row of [`RULES`] that applies (`state[s *
/// RULES.len() + r]`): [`NONE`], [`FIRES`] or [`CHECK`], found with one
/// search of the whole rationale instead of one per sentence and row.
///
/// Why no sentence in which a row fires is left at [`NONE`]: a sentence is
/// bounded by non-word characters (its end punctuation, the whitespace
/// after it, or the text's ends) and no pattern uses `^` or `$`, so a match
/// inside a sentence is also a match of the whole text at the same place.
/// Every place a match of the whole text can start is either the start of
/// a match `find_iter` reports or lies inside one, so only sentences that
/// overlap a reported match can fire; a reported match that lies wholly
/// inside a sentence proves the sentence fires for an unguarded row. The
/// same holds for a row's words ([`FIND`]), which every match of the row
/// contains: the automaton reports every occurrence of every word, and the
/// Unicode words regex (for text that is not ASCII) one covering each.
fn candidates(hay: Hay<'_>, sentences: &[(usize, usize)], applies: Applies) -> Vec<u8> {
    let mut state = vec![NONE; sentences.len() * RULES.len()];
    let mut applying = [false; RULES.len()];
    for (a, c) in applying.iter_mut().zip(COMPILED.iter()) {
        *a = c.rule.applies == applies;
    }
    // A gate with no words is always open; so is every gate on text that is
    // not ASCII (its words are not looked for there).
    let mut open = [true; RULES.len()];
    match hay.lower {
        Some(lower) => {
            for (o, f) in open.iter_mut().zip(FIND) {
                *o = f.words().is_empty();
            }
            let words_wanted = FIND
                .iter()
                .zip(applying)
                .any(|(f, a)| a && !f.words().is_empty());
            if words_wanted {
                let (automaton, rows) = &*WORDS;
                let mut negated = vec![false; sentences.len()];
                for m in automaton.find_overlapping_iter(lower) {
                    let Some(&r) = rows.get(m.pattern().as_usize()) else {
                        continue;
                    };
                    if r == NEGATION {
                        if whole_word(lower, m.start(), m.end()) {
                            let k = sentences.partition_point(|s| s.1 <= m.start());
                            if let Some(n) = negated.get_mut(k) {
                                *n = true;
                            }
                        }
                        continue;
                    }
                    if !applying[r] {
                        continue;
                    }
                    match FIND[r] {
                        Find::Words(_) | Find::Negated(_) => {
                            mark(&mut state, sentences, r, (m.start(), m.end()), false);
                        }
                        Find::Gate(_) => open[r] = true,
                    }
                }
                unmark_unnegated(&mut state, &negated);
            }
        }
        None => {
            for (r, c) in COMPILED.iter().enumerate() {
                if let (true, Some(words)) = (applying[r], &c.words) {
                    for m in words.find_iter(hay.text) {
                        mark(&mut state, sentences, r, (m.start(), m.end()), false);
                    }
                }
            }
        }
    }
    for (r, c) in COMPILED.iter().enumerate() {
        if applying[r] && open[r] && matches!(c.find, Find::Gate(_)) {
            let sure = c.unguarded();
            c.pattern.each_span(hay, |span| {
                mark(&mut state, sentences, r, span, sure);
                true
            });
        }
    }
    state
}

/// Guideline names a quoting sentence opens with.
const GUIDELINE: &str = r"(?:MTUS|ODG|ACOEM|guidelines?|official disability)";

/// A guideline named in the first words of a sentence.
static GUIDE_START: Lazy<Pattern> =
    Lazy::new(|| Pattern::new(&format!(r"^[^.;]{{0,45}}?\b{GUIDELINE}\b")));

/// ... followed closely by a verb of saying or recommending.
static GUIDE_VERB: Lazy<Pattern> = Lazy::new(|| {
    Pattern::new(&format!(
        r"^[^.;]{{0,45}}?\b{GUIDELINE}\b[^.;]{{0,30}}?\b(?:states?|stated|recommends?|recommended|supports?|indicates?|notes?|advises?|suggests?|requires?|says|endorses?|considers?|describes?|defines?|allows?|do not|does not|writes|refers?|includes?|lists?)\b"
    ))
});

/// A guideline's list of criteria ("The MTUS criteria for a functional
/// restoration program include ... that the patient is not a candidate
/// for surgery"): the patient it names is any patient.
static CRITERIA_LIST: Lazy<Pattern> = Lazy::new(|| {
    Pattern::new(&format!(
        r"^[^.;]{{0,45}}?\b{GUIDELINE}(?:'s)? (?:[\w-]+ ){{0,2}}criteria\b[^.;]{{0,60}}?\b(?:include|includes|are|require|requires)\b"
    ))
});

/// This worker's case named before the guideline ("the request exceeds the
/// ODG ...").
static CASE_BEFORE: Lazy<Pattern> = Lazy::new(|| {
    Pattern::new(&format!(
        r"^[^.;]{{0,45}}?\b(?:request\w*|exceed\w*|in this case|here|patient|claimant|worker|applicant|employee|he|she|records?|documentation)\b[^.;]{{0,45}}?\b{GUIDELINE}\b"
    ))
});

/// A sentence applying the guideline to this case.
static IN_CASE: Lazy<Pattern> = Lazy::new(|| {
    Pattern::new(r"\b(?:in this case|in the present case|in this instance|in this patient|here)\b")
});

/// Words that tie a sentence to this worker or this request.
static CASE_WORDS: Lazy<Pattern> = Lazy::new(|| {
    Pattern::new(
        r"\b(?:in this case|in the present case|in this instance|here|this (?:patient|claimant|worker|applicant|injured worker|employee|iw|individual|request)|the (?:patient|claimant|injured worker|applicant|employee|iw|worker|injured employee)|the (?:medical )?records?|the request|the requested|submitted|provided|he|she|his|her)\b",
    )
});

/// A conditional recommendation ("MRI is recommended when ...") or a
/// requirement ("there should be documentation of ...") without a subject.
static CRITERIA: Lazy<Pattern> = Lazy::new(|| {
    Pattern::new(
        r"\b(?:is|are|be) (?:\w+ ){0,2}(?:recommended|indicated|supported|warranted|reserved|appropriate|considered|allowed|justified|suggested|advised)\b[^.;]{0,80}?\b(?:if|when|where|unless|for patients|in patients|for those|in cases|as long as|provided|for longer than|without evidence)\b|^[^.;]{0,40}?\bcriteria\b[^.;]{0,60}?\binclude\b|^[^.;]{0,30}?\b(?:there|patients|it) (?:should|must) (?:be|have|include)\b|\b(?:is|are) (?:\w+ ){0,2}not (?:\w+ )?recommended in the absence of\b|^[^.;]{0,40}?\b(?:should|must) be (?:tapered|faded|transitioned|reduced|limited|documented|reserved|attempted|tried|monitored)\b",
    )
});

/// A sentence that opens by applying the guideline ("As the guidelines
/// recommend 8 visits, 6 more are in excess"), or whose first words hold
/// the case up against it ("These findings fulfill the guideline", "This is
/// well past the duration the guidelines describe", "That number is ..."):
/// its main clause is a finding.
static APPLYING: Lazy<Pattern> = Lazy::new(|| {
    Pattern::new(
        r"^\W*(?:since|because|given that|given|while|although|though|as the)\b|\b(?:criteria|requirements|indications?|conditions)\b (?:[\w-]+ ){0,4}(?:are|is|have been|has been|were) (?:all |now )?(?:met|satisfied|fulfilled)\b|^[^.;]{0,45}?\b(?:above|beyond|exceeds?|exceeding|outside|below|than|past|contrary to|meets?|fulfil(?:l|ls|led)?|satisf(?:y|ies|ied)|overdue under) (?:all |each )?(?:the |these |those )?(?:\w+ )?(?:MTUS|ODG|ACOEM|guidelines?)\b|^[^.;]{0,30}?\b(?:above|beyond|past|over|exceeds?|exceeding|twice|double|triple|more than) (?:the |what |that )(?:[\w-]+ ){0,3}?(?:the |either |any )(?:MTUS|ODG|ACOEM|guidelines?)\b|^\W*(?:this|that|these|those)(?: [\w-]+)? (?:is|are|was|were|would)\b",
    )
});

/// A clause after the guideline's that applies it ("ODG allows 6 visits,
/// and the request for 12 exceeds this"; "..., and this has not been
/// documented"; "..., and the MRI is medically necessary"): the sentence is
/// a finding.
static APPLIED_AFTER: Lazy<Pattern> = Lazy::new(|| {
    Pattern::new(
        r",\s+so (?:that )?(?:the request|this request|the \d+|\d+|these|this|it|they)\b|,\s+(?:and|but|yet|however|whereas|while)\s+(?:the (?:request(?:ed)?|patient|claimant|worker|injured worker|applicant|employee|iw|documentation|records?|provider|treating)|this (?:request|would|is|has|was)|these (?:have|are|were)|(?:that|it) (?:has|have|is|was) not|there (?:is|are|was|were|has been|have been) (?:no|not)|neither|none|he|she|no)\b|,\s+(?:and|so)\s+(?:the|this|these) [^.;]{0,80}?\b(?:is|are) medically necessary\b",
    )
});

/// A sentence that ends a quoted block: it names this case, the records or
/// the reviewer's conclusion, or opens with a negated finding ("There were
/// no red flags.").
static BLOCK_END: Lazy<Pattern> = Lazy::new(|| {
    Pattern::new(
        r"\b(?:in this case|in the present case|in the case of|here|this (?:patient|claimant|worker|applicant|injured worker|employee|request)|the (?:injured worker|claimant|applicant|iw)|(?:he|she|the patient|the worker|the employee) (?:is|was|has|had|have|does|did|reports?|reported|presented|complains?|complained|underwent|received|completed|continues|remains)|documentation|documented|records?|notes|submitted|reviewed|provided|authorized|approved|certified|requests?|requested|the (?:order|prescription|referral|RFA|provider)|the (?:requesting|treating|prescribing|primary|ordering) (?:physician|provider|doctor|surgeon|clinician|chiropractor|therapist)|purchase|rental|because|medically necessary|therefore|thus|as such|however|there (?:is|was|were|are|has been|have been) (?:no|not|a lack|lack|insufficient|little|minimal)|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}/(?:19|20)\d\d|(?:examination|exam|MRI|imaging|radiographs?|x-?rays?|films|study|studies|EMG|CT|ultrasound)s? (?:[\w/-]+ ){0,3}?(?:shows?|showed|reveals?|revealed|demonstrates?|demonstrated|documents?|documented|reports?|reported|finds|found|records?|recorded|describes?|described))\b|^\W*(?:no|(?:the )?(?:patient|claimant|worker|injured worker|applicant|employee|iw))\b",
    )
});

/// Whether a sentence states the guideline's own criteria rather than a
/// finding about this worker: it opens with the guideline ("ODG recommends
/// ...", "According to the MTUS, ...") and does not apply it to this case
/// ("in this case", the worker or the request named before the guideline,
/// or after it when no verb of saying follows the guideline's name, or an
/// opening "as the guidelines recommend ..., <finding>"); or it states a
/// conditional recommendation or requirement and names neither the worker
/// nor the request.
fn quoted(sentence: Hay<'_>) -> bool {
    if APPLYING.is_match(sentence) || APPLIED_AFTER.is_match(sentence) {
        return false;
    }
    if GUIDE_START.is_match(sentence) {
        if CASE_BEFORE.is_match(sentence) || IN_CASE.is_match(sentence) {
            return false;
        }
        if GUIDE_VERB.is_match(sentence)
            || !CASE_WORDS.is_match(sentence)
            || CRITERIA_LIST.is_match(sentence)
        {
            return true;
        }
    }
    CRITERIA.is_match(sentence) && !CASE_WORDS.is_match(sentence)
}

/// A sentence that reports what utilization review or an earlier reviewer
/// decided or said ("The UR physician noted that ...", "According to the
/// prior review, ..."): its findings are theirs, not this reviewer's
/// reasons. Unlike a quoted guideline it opens no block: the next sentence
/// is read on its own.
static REPORTED: Lazy<Pattern> = Lazy::new(|| {
    Pattern::new(
        r"^\W*(?:(?:in|per|according to) )?(?:the |a |an )?(?:prior |previous |original |initial |earlier |first )?(?:utilization review(?:er)?s?|UR|peer review(?:er)?s?)(?: (?:physician|doctor|reviewer|nurse|determination|decision|denial|letter|report)(?:'s)?)?\b[^.;]{0,40}?\b(?:noted|notes|stated|states|found|finds|determined|non-?certified|denied|modified|cited|concluded|indicated|reasoned|felt|opined|argued|said|wrote|explained|dated)\b",
    )
});

/// Which sentences quote the guideline: a sentence does by itself
/// ([`quoted`]), or it continues a quoted block (the sentence before was
/// quoted) and does not end it ([`BLOCK_END`]). Reviewers quote a guideline
/// over several sentences before applying it ("MTUS states ... Manual
/// therapy is ... Manipulation under anesthesia is not recommended. In this
/// case ..."). Decided on demand, only for sentences where a row fires, by
/// walking back to the sentence that decides it, and remembered.
struct Quotes<'a> {
    hay: Hay<'a>,
    sentences: &'a [(usize, usize)],
    known: Vec<Option<bool>>,
}

impl<'a> Quotes<'a> {
    fn new(hay: Hay<'a>, sentences: &'a [(usize, usize)]) -> Self {
        Quotes {
            hay,
            sentences,
            known: vec![None; sentences.len()],
        }
    }

    /// Whether sentence `s` quotes the guideline. A sentence that neither
    /// quotes by itself nor ends a block has the state of the one before.
    fn at(&mut self, s: usize) -> bool {
        let mut t = s;
        let decided = loop {
            if let Some(q) = self.known.get(t).copied().flatten() {
                break q;
            }
            let Some(&(a, b)) = self.sentences.get(t) else {
                break false;
            };
            let sentence = self.hay.part(a, b);
            let before = memo::recall(sentence.text);
            let mut known = before;
            let quotes = known.quoted(|| quoted(sentence));
            let ends = !quotes && (t == 0 || known.block_end(|| BLOCK_END.is_match(sentence)));
            memo::keep(sentence.text, &before, &known);
            if quotes {
                break true;
            }
            if ends {
                break false;
            }
            t -= 1;
        };
        for k in self.known.iter_mut().take(s + 1).skip(t) {
            *k = Some(decided);
        }
        decided
    }
}

/// The reasons a rationale gives for an item's outcome, in [`REASONS`]
/// order, each once. `None` (outcome not stated) reads it as a denial.
/// Without the item's service, a row that reads the guideline's words on
/// a service ([`Reads::GuidelineOnService`]) ignores quoted sentences; see
/// [`reasons_with_evidence`].
///
/// ```
/// use imr_letter::letter::Outcome;
/// use imr_letter::normalize::reason::reasons;
/// assert_eq!(
///     reasons("There were no red flag symptoms. There was no plan for surgery.", Some(Outcome::Upheld)),
///     ["/No red flags or neurologic findings", "/Not a surgical candidate"]
/// );
/// ```
pub fn reasons(rationale: &str, outcome: Option<Outcome>) -> Vec<String> {
    reasons_with_evidence("", rationale, outcome)
        .into_iter()
        .map(|(p, _)| p.to_string())
        .collect()
}

/// The reasons of an item with the given service, rationale and outcome,
/// each with the byte range (in `rationale`, on character boundaries,
/// trimmed) of the first sentence that gave it.
///
/// ```
/// use imr_letter::letter::Outcome;
/// use imr_letter::normalize::reason::reasons_with_evidence;
/// let text = "ODG recommends imaging for red flags. There were no red flags.";
/// let got = reasons_with_evidence("MRI of the knee", text, Some(Outcome::Upheld));
/// assert_eq!(got.len(), 1);
/// assert_eq!(&text[got[0].1.0..got[0].1.1], "There were no red flags.");
/// ```
pub fn reasons_with_evidence(
    service: &str,
    rationale: &str,
    outcome: Option<Outcome>,
) -> Vec<(&'static str, (usize, usize))> {
    reasons_with_evidence_among(service, &[], rationale, outcome)
}

/// As [`reasons_with_evidence`], for an item whose rationale the letter
/// gives to other items too (`others`, their services): a sentence that
/// names another item and not this one ("the electrodes are not needed
/// either") is that item's, and gives this one nothing.
///
/// ```
/// use imr_letter::letter::Outcome;
/// use imr_letter::normalize::reason::reasons_with_evidence_among;
/// let text = "The knee MRI shows no new finding since 2019. Physical therapy has not been tried.";
/// let up = Some(Outcome::Upheld);
/// let mri = reasons_with_evidence_among("MRI of the knee", &["Knee brace"], text, up);
/// let brace = reasons_with_evidence_among("Knee brace", &["MRI of the knee"], text, up);
/// assert_eq!(mri.len(), 2);
/// assert_eq!(brace.len(), 1);
/// ```
pub fn reasons_with_evidence_among(
    service: &str,
    others: &[&str],
    rationale: &str,
    outcome: Option<Outcome>,
) -> Vec<(&'static str, (usize, usize))> {
    let applies = applies_to(outcome);
    let sentences = sentence_spans(rationale);
    let lower = rationale
        .is_ascii()
        .then(|| rationale.to_ascii_lowercase().into_bytes());
    let hay = Hay {
        text: rationale,
        lower: lower.as_deref(),
    };
    let state = candidates(hay, &sentences, applies);
    let mut found: Found = [None; REASONS.len()];
    // Which sentences quote the guideline, decided only where a row fires;
    // the service's words, found only when a row needs them.
    let mut quotes = Quotes::new(hay, &sentences);
    let mut stems: Option<Vec<String>> = None;
    // The guideline's limits the rationale quotes, and counts past them,
    // read only where it has a number with a unit and only for denials.
    let limits = (applies == Applies::Denied && quantity::Limits::worth_reading(rationale))
        .then(|| quantity::Limits::of(service, sentences.iter().map(|&(a, b)| hay.part(a, b))));
    // The first sentence with a count past a limit: the evidence only when
    // no sentence says it in words ("the request exceeds the guideline").
    let mut counted: Option<usize> = None;
    let other_items = OtherItems::new(service, others);
    for (s, row) in state.chunks_exact(RULES.len()).enumerate() {
        let (a, b) = sentences[s];
        // Another item's sentence gives this one only what is said of it
        // through that item: its procedure denied, the criteria met.
        let about_other = other_items.spoken_of(hay.part(a, b).text);
        let over = !about_other && limits.as_ref().is_some_and(|l| l.over(hay.part(a, b)));
        if over && counted.is_none() {
            counted = Some(s);
        }
        if row.iter().all(|&st| st == NONE) {
            continue;
        }
        let sentence = hay.part(a, b);
        // A row's result in a sentence depends on the sentence's text alone:
        // one met before (pasted guideline text, stock findings) is not
        // searched again.
        let before = memo::recall(sentence.text);
        let mut known = before;
        let mut reported: Option<bool> = None;
        let mut fires_here = |r: usize| {
            let c = &COMPILED[r];
            if !(row[r] == FIRES || (row[r] == CHECK && known.fires(r, || fires(c, sentence)))) {
                return false;
            }
            match c.rule.reads {
                Reads::Guideline => true,
                Reads::Finding => {
                    !quotes.at(s) && !*reported.get_or_insert_with(|| REPORTED.is_match(sentence))
                }
                Reads::GuidelineOnService => {
                    !quotes.at(s) || {
                        let stems = stems.get_or_insert_with(|| service_stems(service));
                        names_service(sentence.text, stems)
                    }
                }
            }
        };
        // A row whose reason an earlier sentence gave cannot add to it, so it
        // is searched only when it decides the catch-all below.
        let mut specific = over;
        let mut deferred = [false; RULES.len()];
        let mut catch_all = [false; RULES.len()];
        let mut paired: Option<bool> = None;
        for (r, c) in COMPILED.iter().enumerate() {
            if row[r] == NONE
                || (about_other && c.reason != ANCILLARY_AT && c.reason != CRITERIA_AT)
            {
                continue;
            }
            // First-line drugs not tried, said of a topical form the
            // sentence names, is that form's precondition; a stimulator's
            // trial of a simpler unit likewise.
            let is_paired = c.reason == CONSERVATIVE
                && *paired.get_or_insert_with(|| {
                    PAIRED.is_match(sentence.text)
                        && !NOT_TOPICAL.is_match(sentence.text)
                        && !NOT_TOPICAL.is_match(service)
                });
            let reason = if is_paired { PRECONDITION } else { c.reason };
            if reason == MISSING {
                catch_all[r] = true;
            } else if found[reason].is_some() {
                deferred[r] = true;
            } else if fires_here(r) {
                found[reason] = Some(s);
                specific = true;
                // The simpler unit and other lesser care untried ("physical
                // therapy and a TENS unit"): both reasons.
                if is_paired && found[CONSERVATIVE].is_none() && OTHER_CARE.is_match(sentence.text)
                {
                    found[CONSERVATIVE] = Some(s);
                }
            }
        }
        // The catch-all only when nothing more specific explains the
        // sentence, or one of its clauses ("the report was not provided,
        // and the visits exceed the guideline" states two reasons).
        if found[MISSING].is_none() && (0..RULES.len()).any(|r| catch_all[r] && fires_here(r)) {
            let explained = specific || (0..RULES.len()).any(|r| deferred[r] && fires_here(r));
            let reported = *reported.get_or_insert_with(|| REPORTED.is_match(sentence));
            if !explained || clause_unexplained(sentence, row, quotes.at(s), reported, service) {
                found[MISSING] = Some(s);
            }
        }
        memo::keep(sentence.text, &before, &known);
    }
    if found[EXCEEDS].is_none() {
        found[EXCEEDS] = counted;
    }
    settled(found, service, rationale, &sentences)
}

/// The reasons found, settled by the service, each with its sentence.
fn settled(
    mut found: Found,
    service: &str,
    rationale: &str,
    sentences: &[(usize, usize)],
) -> Vec<(&'static str, (usize, usize))> {
    by_service(&mut found, service, |s| {
        let (x, y) = sentences[s];
        cut::slice(rationale, x..y)
    });
    REASONS
        .iter()
        .zip(found)
        .filter_map(|(p, f)| Some((*p, trimmed(rationale, sentences[f?]))))
        .collect()
}

/// Which rows an outcome's item reads: an item with no stated outcome is
/// read as a denial.
fn applies_to(outcome: Option<Outcome>) -> Applies {
    match outcome {
        Some(Outcome::Overturned) => Applies::Overturned,
        Some(Outcome::Upheld) | None => Applies::Denied,
    }
}

/// Where a sentence's clauses join: a comma and a conjunction, or "and"
/// before a new subject (the request, the records, "there is").
static CLAUSE_JOIN: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i),\s+(?:and|but|nor|while|whereas|moreover|furthermore|also|plus|in addition)\b|\s+and (?:the (?:request|records?|documentation|provider|submitted)|there (?:is|are|was|were))\b")
        .expect("valid regex")
});

/// Whether some clause of a sentence that a specific reason explains is
/// itself explained by none: a catch-all row fires in it and no other row
/// of the sentence does. Searched only for sentences where both the
/// catch-all and a specific reason fire, and only when the sentence has
/// clauses.
fn clause_unexplained(
    sentence: Hay<'_>,
    row: &[u8],
    quoted: bool,
    reported: bool,
    service: &str,
) -> bool {
    let joins: Vec<usize> = CLAUSE_JOIN
        .find_iter(sentence.text)
        .map(|m| m.start())
        .collect();
    if joins.is_empty() {
        return false;
    }
    let mut stems: Option<Vec<String>> = None;
    let mut fires_in = |r: usize, clause: Hay<'_>| {
        let c = &COMPILED[r];
        row[r] != NONE
            && fires(c, clause)
            && match c.rule.reads {
                Reads::Guideline => true,
                Reads::Finding => !quoted && !reported,
                Reads::GuidelineOnService => {
                    !quoted || {
                        let stems = stems.get_or_insert_with(|| service_stems(service));
                        names_service(clause.text, stems)
                    }
                }
            }
    };
    let bounds: Vec<usize> = std::iter::once(0)
        .chain(joins.iter().map(|j| j + 1))
        .chain(std::iter::once(sentence.text.len()))
        .collect();
    bounds.windows(2).any(|w| {
        // A join starts at an ASCII comma, so `w[0]` and `w[1]` are
        // character boundaries.
        let clause = sentence.part(w[0], w[1]);
        (0..RULES.len()).any(|r| COMPILED[r].reason == MISSING && fires_in(r, clause))
            && !(0..RULES.len()).any(|r| COMPILED[r].reason != MISSING && fires_in(r, clause))
    })
}

/// A sentence's range without the whitespace around it, and with its end
/// mark when one follows.
fn trimmed(text: &str, (a, b): (usize, usize)) -> (usize, usize) {
    let part = text.get(a..b).unwrap_or_default();
    let start = a + (part.len() - part.trim_start().len());
    let mut end = a + part.trim_end().len();
    if let Some(c) = text.get(end..).and_then(|rest| rest.chars().next()) {
        if matches!(c, '.' | ';' | '!' | '?') && end == b {
            end += 1;
        }
    }
    (start.min(end), end)
}

/// The place of `path` in [`REASONS`] (a compile error when it is not
/// there), so the places below follow the list instead of repeating it.
const fn place(path: &str) -> usize {
    let mut i = 0;
    while i < REASONS.len() {
        let (a, b) = (REASONS[i].as_bytes(), path.as_bytes());
        if a.len() == b.len() {
            let mut k = 0;
            while k < a.len() && a[k] == b[k] {
                k += 1;
            }
            if k == a.len() {
                return i;
            }
        }
        i += 1;
    }
    panic!("not a reason path")
}

const MISSING: usize = place(MISSING_DOCUMENTATION);
const CONSERVATIVE: usize = place(CONSERVATIVE_CARE);
const PRECONDITION: usize = place(PRECONDITION_ABSENT);
const EXCEEDS: usize = place(EXCEEDS_GUIDELINE);
const NO_RED_FLAGS_AT: usize = place(NO_RED_FLAGS);
const NFI: usize = place(NO_FUNCTIONAL_IMPROVEMENT);
const ANCILLARY_AT: usize = place(ANCILLARY);
const AWAITING: usize = place(AWAITING_RESULTS);
const HOME: usize = place(HOME_PROGRAM);
const REPEAT: usize = place(REPEAT_STUDY);
const CRITERIA_AT: usize = place(CRITERIA_MET);
const NOT_CANDIDATE: usize = place(NOT_SURGICAL_CANDIDATE);
const NOT_RECOMMENDED_AT: usize = place(NOT_RECOMMENDED);

/// The paths of [`REASONS`] whose flag is set, in [`REASONS`] order.
#[cfg(test)]
fn paths_found(found: [bool; REASONS.len()]) -> Vec<String> {
    REASONS
        .iter()
        .zip(found)
        .filter(|(_, f)| *f)
        .map(|(p, _)| (*p).to_string())
        .collect()
}
