//! Decision reasons: an item's rationale and outcome -> reason facet paths.
//!
//! This module owns the reason vocabulary ([`REASONS`], the paths in display
//! order) and the rule table ([`RULES`]) that finds them in a rationale.
//! `index_schema/REASONS.md` is the user-facing description of both; a test
//! checks it names every path and every rule pattern.
//!
//! Rules read the rationale one sentence at a time. Rationales usually quote
//! the guideline before applying it, so most rules look for a *negated*
//! finding ("there is no documentation of objective functional improvement",
//! "there were no red flag symptoms") rather than the topic alone, and some
//! carry a guard that drops guideline-style conditions ("when treatment
//! exceeds the guideline, exceptional factors should be noted"). Denial
//! reasons apply to upheld items (and to items whose outcome the letter does
//! not state); `/Guideline criteria met` applies to overturned items only.
//! `/Missing documentation` is the catch-all: it counts only for a sentence
//! no more specific reason explains.

use crate::cut;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use once_cell::sync::Lazy;
use regex::Regex;

use crate::dual::lower_pattern;
use crate::letter::Outcome;

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
/// The records lack what the decision needs (catch-all).
pub const MISSING_DOCUMENTATION: &str = "/Missing documentation";
/// Surgery is not planned or the worker is not described as a candidate.
pub const NOT_SURGICAL_CANDIDATE: &str = "/Not a surgical candidate";
/// The item goes with a procedure that is itself not medically necessary.
pub const ANCILLARY: &str = "/Ancillary to a denied procedure";
/// Overturned: the reviewer found the guideline's criteria met.
pub const CRITERIA_MET: &str = "/Guideline criteria met";

/// Which outcomes a rule applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applies {
    /// Upheld items and items without a stated outcome.
    Denied,
    /// Overturned items.
    Overturned,
}

/// One row of the rule table.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// The reason path the row gives.
    pub path: &'static str,
    /// Outcomes the row applies to.
    pub applies: Applies,
    /// Case-insensitive regex searched in each sentence.
    pub pattern: &'static str,
    /// When not empty: a match is ignored when the sentence text before it
    /// matches this regex (a guideline's condition, not a finding).
    pub unless_before: &'static str,
    /// When not empty: a match is ignored when the text right after it
    /// matches this regex (anchored at its start).
    pub unless_after: &'static str,
}

/// The rule table, in [`REASONS`] order. Every matching row gives its path.
pub const RULES: &[Rule] = &[
    // No functional improvement: a negation, then an improvement word.
    Rule {
        path: NO_FUNCTIONAL_IMPROVEMENT,
        applies: Applies::Denied,
        pattern: r"\b(?:no|not|lack|lacks|absence|unclear|neither|nor|against|without documented)\b[^.;]{0,100}?\b(?:functional (?:improvement|benefits?|response|gains?)|improvement in function|increased? (?:in )?function|gains? in function|objective (?:response|improvement)|pain relief|decrease in pain|medication efficacy)|\b(?:lack of|no) (?:\w+ )?benefit\b",
        unless_before: "",
        unless_after: "",
    },
    // Exceeds the guideline: over its visits or duration, unless stated as
    // the guideline's own condition or claim ("when ... exceeds", "should
    // not exceed", "guidelines state excessive splinting ...").
    Rule {
        path: EXCEEDS_GUIDELINE,
        applies: Applies::Denied,
        pattern: r"\b(?:exceed(?:s|ed|ing)?|in excess of|excessive|surpass(?:es|ed)?|beyond the (?:recommended|guidelines?)|over the (?:number|quantity|amount) (?:of visits )?(?:recommended|allowed)|more than the (?:guidelines?|recommended))\b",
        unless_before: r"\b(?:when|if|should not|not to|must not|may not|guidelines? (?:states?|says?|notes?))\b[^.;]{0,60}$",
        unless_after: "",
    },
    Rule {
        path: NOT_RECOMMENDED,
        applies: Applies::Denied,
        pattern: r"\b(?:given that|as|since|because) the (?:\w+ ){0,3}guidelines? (?:\w+ )?(?:do|does) not (?:recommend|support)",
        unless_before: "",
        unless_after: "",
    },
    Rule {
        path: NOT_RECOMMENDED,
        applies: Applies::Denied,
        pattern: r"\bnot (?:recommended|supported) by the (?:[\w-]+ ){0,4}guidelines?",
        unless_before: "",
        unless_after: "",
    },
    // A guideline named as the subject ("ODG does not recommend X"), but not
    // its routine-use or primary-treatment caveats.
    Rule {
        path: NOT_RECOMMENDED,
        applies: Applies::Denied,
        pattern: r"\b(?:MTUS|ODG|ACOEM|guidelines?) (?:\w+ )?(?:does|do) not recommend\b",
        unless_before: "",
        unless_after: r"^\s*(?:the )?routine|^[^.;]{0,80}\bas an? (?:primary|first-line)",
    },
    // "is not recommended (approved) for <use>", but not the conditional forms: for
    // long-term use, for routine use, in the absence of findings.
    Rule {
        path: NOT_RECOMMENDED,
        applies: Applies::Denied,
        pattern: r"\b(?:is|are) not (?:recommended|approved) (?:for|beyond|in)\b",
        unless_before: "",
        unless_after: r"^\s*(?:long[- ]term|routine|the absence)",
    },
    Rule {
        path: NO_RED_FLAGS,
        applies: Applies::Denied,
        pattern: r#"\b(?:no|not|lack|absence|neither|nor)\b[^.;]{0,80}?\b(?:red[- "]*flags?|neurolog\w*|nerve (?:root )?(?:compromise|impairment|dysfunction|involvement)|specific (?:spinal )?nerve|radicul\w*|objective (?:exam\w* )?findings|derangement|tissue insult)"#,
        unless_before: "",
        unless_after: "",
    },
    Rule {
        path: NO_RED_FLAGS,
        applies: Applies::Denied,
        pattern: r"\bneurolog\w* exam\w* (?:is|was) (?:unremarkable|normal|non-?focal)",
        unless_before: "",
        unless_after: "",
    },
    // Conservative care: no record that first-line care was tried and failed.
    Rule {
        path: CONSERVATIVE_CARE,
        applies: Applies::Denied,
        pattern: r"\b(?:no|lack of|absence of)\b (?:[\w-]+ ){0,6}(?:indication|documentation|evidence|mention)\b[^.;]{0,80}?\b(?:failed|fail to improve|intolerant)\b",
        unless_before: "",
        unless_after: "",
    },
    Rule {
        path: CONSERVATIVE_CARE,
        applies: Applies::Denied,
        pattern: r"\b(?:not|never) (?:been )?documented to have (?:failed|tried)|\b(?:does|did) not (?:establish|show|indicate|document) that [^.;]{0,40}\bfailed|\bno evidence of failed",
        unless_before: "",
        unless_after: "",
    },
    Rule {
        path: CONSERVATIVE_CARE,
        applies: Applies::Denied,
        pattern: r"\b(?:no|lack of|absence of)\b (?:[\w'-]+ ){0,8}(?:recent |prior )?conservative (?:care|treatment|management|measures)|\bhas not yet had\b|\byet to be completed\b|\bno (?:prior )?(?:trial|attempt)s? (?:of|at)\b",
        unless_before: "",
        unless_after: "",
    },
    // The catch-all. Only a few words may sit between the negation and the
    // record ("lack of clinical documentation"), so "in the absence of such
    // documentation", which points back to a finding, adds nothing.
    Rule {
        path: MISSING_DOCUMENTATION,
        applies: Applies::Denied,
        pattern: r"\b(?:lack of|no|absence of|without) (?:(?:any|clear|clinical|medical|sufficient|adequate|specific|objective|physical|therapy|treatment|progress|the) ){0,2}(?:documentation|information|records?|notes)\b|\b(?:not|never) (?:been )?(?:documented|provided|submitted|specified)\b|\b(?:did not|does not|failed to|fails to) (?:specify|document|provide)\b|\b(?:no|unclear)\b[^.;]{0,20}\brationale\b|\bnothing specific\b|\bno\b[^.;]{0,40}\b(?:is|are|was|were) documented\b|\b(?:do|does|did) not (?:mention|describe|identify)\b|\bnot (?:identified|described|discussed)\b",
        unless_before: "",
        unless_after: "",
    },
    Rule {
        path: NOT_SURGICAL_CANDIDATE,
        applies: Applies::Denied,
        pattern: r"\b(?:no|not|lack|absence)\b[^.;]{0,80}?\b(?:candidate for surgery|surgical candidate|plans? for surgery|surgery (?:is|was|would be) (?:warranted|planned|indicated|contemplated)|undergoing surgical|surgical intervention (?:is|was) planned)",
        unless_before: "",
        unless_after: "",
    },
    Rule {
        path: ANCILLARY,
        applies: Applies::Denied,
        pattern: r"\b(?:since|as|because|given that)\b[^.;]{0,80}\b(?:procedure|surgery|operation|injection|surgical request)s?\b[^.;]{0,60}\b(?:is|are|was|were|has been|have been) (?:also )?(?:not|deemed not|found not|non-?certified)\b|\b(?:associated|ancillary|concurrent) (?:services?|requests?|items?)\b[^.;]{0,60}\b(?:is|are) (?:also )?not\b|\bbecause\b[^.;]{0,60}\bitself (?:is|was) not (?:supported|medically necessary|certified|recommended)",
        unless_before: "",
        unless_after: "",
    },
    // Overturned: the reviewer finds the request necessary or its criteria met.
    Rule {
        path: CRITERIA_MET,
        applies: Applies::Overturned,
        pattern: r"\b(?:medically (?:necessary|reasonable|appropriate)|meets?|met|supported|indicated|recommended)\b",
        unless_before: "",
        unless_after: "",
    },
];

/// How the sentences a row can fire in are found, for each row of [`RULES`]
/// (same order). Every match of a row contains, case-insensitively, one of
/// its words, so a sentence holding none of them cannot fire; the words of
/// all rows are found with one pass over the rationale ([`WORDS`]) instead
/// of one regex search per row.
#[derive(Debug, Clone, Copy)]
enum Find {
    /// Most rows open with a common negation ("no", "not") and a long gap
    /// (`[^.;]{0,100}?`): their searches cost the most, while the words
    /// after the gap are rare. Only sentences holding one of these words
    /// are searched with the row.
    Words(&'static [&'static str]),
    /// The row starts with a literal, so its own search over the whole
    /// rationale is cheap and says which sentences fire; it runs only when
    /// the rationale holds one of these words (always, when there are
    /// none).
    Gate(&'static [&'static str]),
}

impl Find {
    fn words(self) -> &'static [&'static str] {
        match self {
            Find::Words(w) | Find::Gate(w) => w,
        }
    }
}

/// [`Find`] for each row of [`RULES`]. Words are lower-case ASCII and hold
/// none of the sentence end marks, so a word found lies inside a sentence.
const FIND: [Find; RULES.len()] = [
    Find::Words(&[
        "functional improvement",
        "functional response",
        "functional gain",
        "improvement in function",
        "increase function",
        "increased function",
        "increase in function",
        "increased in function",
        "gain in function",
        "gains in function",
        "objective response",
        "objective improvement",
        "pain relief",
        "decrease in pain",
        "medication efficacy",
        "benefit",
    ]),
    Find::Gate(&[
        "exceed",
        "excess",
        "surpass",
        "beyond the recommended",
        "beyond the guideline",
        "over the number",
        "over the quantity",
        "over the amount",
        "more than the guideline",
        "more than the recommended",
    ]),
    Find::Words(&["not recommend", "not support"]),
    Find::Gate(&["not recommended by the", "not supported by the"]),
    Find::Words(&["not recommend"]),
    Find::Gate(&["not recommended ", "not approved "]),
    Find::Words(&[
        "flag",
        "neurolog",
        "nerve ",
        "specific ",
        "radicul",
        "objective ",
        "derangement",
        "tissue insult",
    ]),
    Find::Gate(&["neurolog"]),
    Find::Words(&["failed", "fail to improve", "intolerant"]),
    Find::Words(&["documented to have", "failed"]),
    Find::Words(&[
        "conservative care",
        "conservative treatment",
        "conservative management",
        "conservative measures",
        "has not yet had",
        "yet to be completed",
        "no trial",
        "no prior trial",
        "no attempt",
        "no prior attempt",
    ]),
    Find::Words(&[
        "document",
        "information",
        "record",
        "notes",
        "provide",
        "submitted",
        "specif",
        "rationale",
        "mention",
        "describe",
        "identif",
        "discussed",
    ]),
    Find::Words(&["surg"]),
    Find::Words(&[
        "procedure",
        "surgery",
        "operation",
        "injection",
        "surgical request",
        "associated",
        "ancillary",
        "concurrent",
        "itself",
    ]),
    Find::Gate(&[]),
];

/// Every row's words in one automaton over the lower-cased bytes of an
/// ASCII rationale, with the row each pattern belongs to. Overlapping
/// search, since one row's word may sit inside another's ("objective
/// response", "objective ") and each row must see its own.
static WORDS: Lazy<(AhoCorasick, Vec<usize>)> = Lazy::new(|| {
    let (words, rows): (Vec<&str>, Vec<usize>) = FIND
        .iter()
        .enumerate()
        .flat_map(|(r, f)| f.words().iter().map(move |w| (*w, r)))
        .unzip();
    let automaton = AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::DFA))
        .match_kind(MatchKind::Standard)
        .build(words)
        .expect("FIND words make a valid automaton");
    (automaton, rows)
});

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
struct Pattern {
    unicode: Regex,
    lower: regex::bytes::Regex,
}

impl Pattern {
    /// Compiles a table pattern; the table is constant, so a bad pattern is
    /// a programming error the unit tests catch.
    fn new(p: &str) -> Pattern {
        Pattern {
            unicode: Regex::new(&format!("(?i){p}")).expect("RULES patterns are valid regexes"),
            lower: regex::bytes::Regex::new(&format!("(?-u){}", lower_pattern(p)))
                .expect("RULES patterns are valid regexes"),
        }
    }

    fn is_match(&self, hay: Hay<'_>) -> bool {
        match hay.lower {
            Some(lower) => self.lower.is_match(lower),
            None => self.unicode.is_match(hay.text),
        }
    }

    /// The spans `find_iter` gives.
    fn spans(&self, hay: Hay<'_>) -> Vec<(usize, usize)> {
        let mut spans = Vec::new();
        self.each_span(hay, |span| {
            spans.push(span);
            true
        });
        spans
    }

    /// Gives `f` the spans `find_iter` gives, until it returns false.
    fn each_span(&self, hay: Hay<'_>, mut f: impl FnMut((usize, usize)) -> bool) {
        match hay.lower {
            Some(lower) => {
                for m in self.lower.find_iter(lower) {
                    if !f((m.start(), m.end())) {
                        return;
                    }
                }
            }
            None => {
                for m in self.unicode.find_iter(hay.text) {
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
                Find::Words(words) => Some(words_regex(words)),
                Find::Gate(_) => None,
            },
            pattern: Pattern::new(rule.pattern),
            unless_before: (!rule.unless_before.is_empty())
                .then(|| Pattern::new(rule.unless_before)),
            unless_after: (!rule.unless_after.is_empty()).then(|| Pattern::new(rule.unless_after)),
        })
        .collect()
});

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
    if c.unless_before.is_none() && c.unless_after.is_none() {
        return c.pattern.is_match(sentence);
    }
    let len = sentence.text.len();
    c.pattern.spans(sentence).into_iter().any(|(start, end)| {
        !c.unless_before
            .as_ref()
            .is_some_and(|r| r.is_match(sentence.part(0, start)))
            && !c
                .unless_after
                .as_ref()
                .is_some_and(|r| r.is_match(sentence.part(end, len)))
    })
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
                for m in automaton.find_overlapping_iter(lower) {
                    let Some(&r) = rows.get(m.pattern().as_usize()) else {
                        continue;
                    };
                    if !applying[r] {
                        continue;
                    }
                    match FIND[r] {
                        Find::Words(_) => {
                            mark(&mut state, sentences, r, (m.start(), m.end()), false);
                        }
                        Find::Gate(_) => open[r] = true,
                    }
                }
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
    // Without a catch-all (overturned items), a row matters only through
    // whether it fires at all, so one sentence known to fire is enough.
    let once = !COMPILED
        .iter()
        .zip(applying)
        .any(|(c, a)| a && c.reason == MISSING);
    for (r, c) in COMPILED.iter().enumerate() {
        if applying[r] && open[r] && matches!(c.find, Find::Gate(_)) {
            let sure = c.unless_before.is_none() && c.unless_after.is_none();
            c.pattern.each_span(hay, |span| {
                let fired = mark(&mut state, sentences, r, span, sure);
                !(once && fired)
            });
        }
    }
    state
}

/// The reasons a rationale gives for an item's outcome, in [`REASONS`]
/// order, each once. `None` (outcome not stated) reads it as a denial.
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
    let applies = match outcome {
        Some(Outcome::Overturned) => Applies::Overturned,
        Some(Outcome::Upheld) | None => Applies::Denied,
    };
    let sentences = sentence_spans(rationale);
    let lower = rationale
        .is_ascii()
        .then(|| rationale.to_ascii_lowercase().into_bytes());
    let hay = Hay {
        text: rationale,
        lower: lower.as_deref(),
    };
    let state = candidates(hay, &sentences, applies);
    let mut found = [false; REASONS.len()];
    for (s, row) in state.chunks_exact(RULES.len()).enumerate() {
        if row.iter().all(|&st| st == NONE) {
            continue;
        }
        let (a, b) = sentences[s];
        let sentence = hay.part(a, b);
        let fires_here =
            |r: usize| row[r] == FIRES || (row[r] == CHECK && fires(&COMPILED[r], sentence));
        // A row whose reason an earlier sentence gave cannot add to it, so it
        // is searched only when it decides the catch-all below.
        let mut specific = false;
        let mut deferred = [false; RULES.len()];
        let mut catch_all = [false; RULES.len()];
        for (r, c) in COMPILED.iter().enumerate() {
            if row[r] == NONE {
                continue;
            }
            if c.reason == MISSING {
                catch_all[r] = true;
            } else if found[c.reason] {
                deferred[r] = true;
            } else if fires_here(r) {
                found[c.reason] = true;
                specific = true;
            }
        }
        // The catch-all only when nothing more specific explains the sentence.
        if !specific
            && !found[MISSING]
            && (0..RULES.len()).any(|r| catch_all[r] && fires_here(r))
            && !(0..RULES.len()).any(|r| deferred[r] && fires_here(r))
        {
            found[MISSING] = true;
        }
    }
    paths_found(found)
}

/// The place of [`MISSING_DOCUMENTATION`] in [`REASONS`].
const MISSING: usize = 5;

/// The paths of [`REASONS`] whose flag is set, in [`REASONS`] order.
fn paths_found(found: [bool; REASONS.len()]) -> Vec<String> {
    REASONS
        .iter()
        .zip(found)
        .filter(|(_, f)| *f)
        .map(|(p, _)| (*p).to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const UP: Option<Outcome> = Some(Outcome::Upheld);

    #[test]
    fn each_reason_has_a_finding_that_gives_it() {
        let cases: &[(&str, &[&str])] = &[
            (
                "There is no documentation of objective functional improvement with prior sessions.",
                &[NO_FUNCTIONAL_IMPROVEMENT],
            ),
            (
                "The request for 12 visits exceeds the guideline recommendation.",
                &[EXCEEDS_GUIDELINE],
            ),
            (
                "Given that the guidelines do not recommend this device, it is not supported.",
                &[NOT_RECOMMENDED],
            ),
            (
                "Benzodiazepines are not recommended for long-term use. They are not recommended for the treatment of pain.",
                &[NOT_RECOMMENDED],
            ),
            (
                "The exam shows no neurological deficits.",
                &[NO_RED_FLAGS],
            ),
            ("The neurologic exam was unremarkable.", &[NO_RED_FLAGS]),
            (
                "There is no indication the patient has failed a trial of conservative treatment.",
                &[CONSERVATIVE_CARE],
            ),
            (
                "The request did not specify the duration of use.",
                &[MISSING_DOCUMENTATION],
            ),
            (
                "There is no indication the worker is a candidate for surgery.",
                &[NOT_SURGICAL_CANDIDATE],
            ),
            (
                "As the requested surgery is not medically necessary, the preoperative clearance is not either.",
                &[ANCILLARY],
            ),
            (
                "The associated services are also not medically necessary.",
                &[ANCILLARY],
            ),
            (
                "Because the opioid itself is not supported, the antiemetic is not either.",
                &[ANCILLARY],
            ),
            (
                "The worker has had 18 visits, well over the number recommended.",
                &[EXCEEDS_GUIDELINE],
            ),
            (
                "Without documented functional improvement, continued use is not supported.",
                &[NO_FUNCTIONAL_IMPROVEMENT],
            ),
            ("ODG does not recommend carisoprodol.", &[NOT_RECOMMENDED]),
            (
                "Ketoprofen is not approved for topical use.",
                &[NOT_RECOMMENDED],
            ),
            (
                "There has been no trial of behavioral treatment.",
                &[CONSERVATIVE_CARE],
            ),
            (
                "No sleep assessment is documented, and the program is not identified.",
                &[MISSING_DOCUMENTATION],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(reasons(text, UP), *want, "{text:?}");
        }
    }

    #[test]
    fn guideline_conditions_are_not_findings() {
        for text in [
            "When treatment duration exceeds the guideline, exceptional factors should be noted.",
            "Sessions should not exceed 18 visits.",
            "Imaging is not recommended in the absence of trauma.",
            "Sedating antihistamines are not recommended for long-term insomnia treatment.",
            "TENS is not recommended as a primary treatment modality.",
            "The guidelines do not recommend the routine use of MRI.",
            "The guidelines do not recommend TENS units as a primary treatment.",
            "This medication is not indicated for long term use.",
            "Treatment may be extended if functional improvement is documented.",
        ] {
            assert!(
                reasons(text, UP).is_empty(),
                "{text:?}: {:?}",
                reasons(text, UP)
            );
        }
    }

    #[test]
    fn missing_documentation_yields_to_a_specific_reason() {
        // One sentence: the specific reason explains the missing record.
        assert_eq!(
            reasons("There is no documentation of red flags.", UP),
            [NO_RED_FLAGS]
        );
        // Two sentences: both reasons.
        assert_eq!(
            reasons(
                "There is no documentation of red flags. The request did not specify a quantity.",
                UP
            ),
            [NO_RED_FLAGS, MISSING_DOCUMENTATION]
        );
        // "In the absence of such documentation" points back, adds nothing.
        assert!(reasons("In the absence of such documentation, it is denied.", UP).is_empty());
    }

    #[test]
    fn outcome_chooses_the_rules() {
        let text = "There were no red flags. The request is medically necessary.";
        assert_eq!(reasons(text, None), [NO_RED_FLAGS]);
        assert_eq!(reasons(text, Some(Outcome::Overturned)), [CRITERIA_MET]);
        assert!(reasons("", Some(Outcome::Overturned)).is_empty());
    }

    #[test]
    fn missing_names_the_catch_all() {
        assert_eq!(REASONS[MISSING], MISSING_DOCUMENTATION);
    }

    #[test]
    fn table_is_consistent() {
        for r in RULES {
            assert!(REASONS.contains(&r.path), "{} not in REASONS", r.path);
            for p in [r.pattern, r.unless_before, r.unless_after] {
                if !p.is_empty() {
                    Regex::new(p).unwrap_or_else(|e| panic!("{p}: {e}"));
                }
            }
        }
        for p in REASONS {
            assert!(RULES.iter().any(|r| r.path == *p), "{p} has no rule");
        }
    }

    #[test]
    fn documented_reasons_match_the_table() {
        let doc = include_str!("../../../../index_schema/REASONS.md");
        for p in REASONS {
            assert!(
                doc.contains(&format!("`{p}`")),
                "{p} missing from REASONS.md"
            );
        }
        for r in RULES {
            assert!(
                doc.contains(&format!("`{}`", r.pattern)),
                "pattern of {} missing from REASONS.md: {}",
                r.path,
                r.pattern
            );
        }
    }

    proptest! {
        #[test]
        fn any_text_gives_known_paths_once(s in "\\PC{0,300}") {
            for outcome in [None, Some(Outcome::Upheld), Some(Outcome::Overturned)] {
                let got = reasons(&s, outcome);
                let mut sorted = got.clone();
                sorted.dedup();
                prop_assert_eq!(&sorted, &got);
                for r in &got {
                    prop_assert!(REASONS.contains(&r.as_str()));
                }
            }
        }
    }
}

#[cfg(test)]
mod same_as_per_sentence {
    use super::*;
    use proptest::prelude::*;

    /// The rule table applied as it reads: each sentence, each rule, the
    /// Unicode form. [`reasons`] must always agree with it.
    fn reference(rationale: &str, outcome: Option<Outcome>) -> Vec<String> {
        let applies = match outcome {
            Some(Outcome::Overturned) => Applies::Overturned,
            _ => Applies::Denied,
        };
        let mut found = [false; REASONS.len()];
        let at = |p: &str| REASONS.iter().position(|r| *r == p).unwrap_or(0);
        for sentence in SENTENCE_END.split(rationale) {
            let (mut specific, mut missing) = (false, false);
            for c in COMPILED.iter().filter(|c| c.rule.applies == applies) {
                let hit = c.pattern.unicode.find_iter(sentence).any(|m| {
                    !c.unless_before
                        .as_ref()
                        .is_some_and(|r| r.unicode.is_match(&sentence[..m.start()]))
                        && !c
                            .unless_after
                            .as_ref()
                            .is_some_and(|r| r.unicode.is_match(&sentence[m.end()..]))
                });
                if !hit {
                    continue;
                }
                if c.rule.path == MISSING_DOCUMENTATION {
                    missing = true;
                } else {
                    specific = true;
                    found[at(c.rule.path)] = true;
                }
            }
            if missing && !specific {
                found[at(MISSING_DOCUMENTATION)] = true;
            }
        }
        paths_found(found)
    }

    /// The pieces of the sentence regex's `split`, as byte ranges.
    fn regex_spans(text: &str) -> Vec<(usize, usize)> {
        let mut spans = Vec::new();
        let mut last = 0;
        for m in SENTENCE_END.find_iter(text) {
            spans.push((last, m.start()));
            last = m.end();
        }
        spans.push((last, text.len()));
        spans
    }

    #[test]
    fn sentence_scan_is_the_regex_on_samples() {
        for (_, text) in crate::samples::texts() {
            assert_eq!(sentence_spans(&text), regex_spans(&text));
        }
    }

    proptest! {
        #[test]
        fn sentence_scan_is_the_regex(
            parts in proptest::collection::vec(
                "(a|bc|\\.|;|!|\\?|\\.\\.| |\\n|\\t|\\x0b|\\u{a0}|\\u{2028}|\\u{3000}|\\u{e9}|e\\.g\\.,|1\\.5)",
                0..30,
            ),
        ) {
            let text = parts.concat();
            prop_assert_eq!(sentence_spans(&text), regex_spans(&text));
        }
    }

    #[test]
    fn sample_rationales_agree() {
        let mut n = 0;
        for (_, bytes) in crate::samples::files() {
            for item in crate::parse_bytes(&bytes, None).items {
                for outcome in [Some(Outcome::Upheld), Some(Outcome::Overturned), None] {
                    assert_eq!(
                        reasons(&item.rationale, outcome),
                        reference(&item.rationale, outcome),
                        "{}",
                        item.rationale
                    );
                    // Upper-cased, the ASCII path must still agree.
                    let upper = item.rationale.to_uppercase();
                    assert_eq!(reasons(&upper, outcome), reference(&upper, outcome));
                }
                n += 1;
            }
        }
        assert!(n > 20, "only {n} items read");
    }

    /// Words of the rule table, its rows' words ([`FIND`]) and the case
    /// folds that leave ASCII, joined at random into rule-like text.
    const RULE_WORDS: &str = "(no|not|lack of|NO|Not|functional|improvement|surgery|documentation|is|are|the|guidelines|recommend|recommended|exceeds|when|red flags|neurologic|failed|conservative|care|since|procedure|also|medically|necessary|benefit|in excess of|approved|for|by|flag|specific nerve|radicular|candidate|surgical|yet to be completed|trial of|associated|itself|documented to have|exam|normal|\\.|;|!|\\?|,|\u{e9}|\u{212a}|\u{17f}|x)";

    /// Whether every match of every row, in its Unicode form, holds one of
    /// the row's words (lower-cased), as [`candidates`] relies on.
    fn words_in_every_match(text: &str) -> Result<(), String> {
        for (r, c) in COMPILED.iter().enumerate() {
            let words = FIND[r].words();
            if words.is_empty() {
                continue;
            }
            for m in c.pattern.unicode.find_iter(text) {
                let lower = m.as_str().to_lowercase();
                if !words.iter().any(|w| lower.contains(w)) {
                    return Err(format!(
                        "row {r} matched {:?}, none of {words:?}",
                        m.as_str()
                    ));
                }
            }
        }
        Ok(())
    }

    #[test]
    fn sample_matches_hold_their_words() {
        for (_, text) in crate::samples::texts() {
            if let Err(e) = words_in_every_match(&text) {
                panic!("{e}");
            }
        }
    }

    proptest! {
        #[test]
        fn rule_like_matches_hold_their_words(
            words in proptest::collection::vec(RULE_WORDS, 0..40),
        ) {
            let text = words.join(" ");
            prop_assert_eq!(words_in_every_match(&text), Ok(()));
        }

        #[test]
        fn rule_like_text_agrees(
            words in proptest::collection::vec(RULE_WORDS, 0..40),
            overturned in any::<bool>(),
        ) {
            let text = words.join(" ");
            let outcome = Some(if overturned { Outcome::Overturned } else { Outcome::Upheld });
            prop_assert_eq!(reasons(&text, outcome), reference(&text, outcome));
        }
    }
}
