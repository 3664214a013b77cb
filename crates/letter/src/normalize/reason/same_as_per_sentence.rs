//! The parse agrees with the rule table applied as it reads (each sentence,
//! each rule), and its word prefilter with every match.

use super::*;
use proptest::prelude::*;

/// The rule table applied as it reads: each sentence, each rule, the
/// Unicode form. [`reasons`] must always agree with it.
fn reference(service: &str, rationale: &str, outcome: Option<Outcome>) -> Vec<String> {
    let applies = applies_to(outcome);
    // The first sentence giving each reason, settled by the item's service
    // as the parse settles it ([`by_service`]).
    let mut first: [Option<usize>; REASONS.len()] = [None; REASONS.len()];
    let sentences: Vec<&str> = SENTENCE_END.split(rationale).collect();
    let at = |p: &str| REASONS.iter().position(|r| *r == p).unwrap_or(0);
    let mut previous = false;
    let stems = service_stems(service);
    let limits = quantity::Limits::read(sentences.iter().map(|&text| Hay { text, lower: None }));
    for (k, &sentence) in sentences.iter().enumerate() {
        let hay = Hay {
            text: sentence,
            lower: None,
        };
        let quote = quoted(hay) || (previous && !BLOCK_END.is_match(hay));
        previous = quote;
        let reported = REPORTED.is_match(hay);
        let (missing, mut specific) = reference_rows(sentence, quote, reported, applies, &stems);
        if applies == Applies::Denied && limits.over(hay) {
            specific.push(EXCEEDS_GUIDELINE);
        }
        for p in &specific {
            let r = if *p == CONSERVATIVE_CARE
                && PAIRED.is_match(sentence)
                && !NOT_TOPICAL.is_match(sentence)
                && !NOT_TOPICAL.is_match(service)
            {
                PRECONDITION
            } else {
                at(p)
            };
            first[r].get_or_insert(k);
        }
        // The catch-all when nothing specific explains the sentence, or one
        // of its clauses.
        let clause_missing = || {
            let mut bounds = vec![0];
            bounds.extend(CLAUSE_JOIN.find_iter(sentence).map(|m| m.start() + 1));
            bounds.push(sentence.len());
            bounds.len() > 2
                && bounds.windows(2).any(|w| {
                    let (m, s) =
                        reference_rows(&sentence[w[0]..w[1]], quote, reported, applies, &stems);
                    m && s.is_empty()
                })
        };
        if missing && (specific.is_empty() || clause_missing()) {
            first[at(MISSING_DOCUMENTATION)].get_or_insert(k);
        }
    }
    by_service(&mut first, service, |s| sentences[s]);
    paths_found(first.map(|f| f.is_some()))
}

/// The rows that fire in `text` read as it is: whether a catch-all row
/// does, and the paths of the specific rows that do.
fn reference_rows(
    text: &str,
    quote: bool,
    reported: bool,
    applies: Applies,
    stems: &[String],
) -> (bool, Vec<&'static str>) {
    let (mut missing, mut specific) = (false, Vec::new());
    for c in COMPILED.iter().filter(|c| c.rule.applies == applies) {
        let skip = match c.rule.reads {
            Reads::Finding => quote || reported,
            Reads::Guideline => false,
            Reads::GuidelineOnService => quote && !names_service(text, stems),
        };
        if skip {
            continue;
        }
        // Every start a match can have, as the parse retries after a guard.
        let re = c.pattern.unicode();
        let hit = text.char_indices().any(|(i, _)| {
            re.find_at(text, i).is_some_and(|m| {
                m.start() == i
                    && !c
                        .unless_before
                        .as_ref()
                        .is_some_and(|r| r.unicode().is_match(&text[..m.start()]))
                    && !c
                        .unless_within
                        .as_ref()
                        .is_some_and(|r| r.unicode().is_match(m.as_str()))
                    && !c
                        .unless_after
                        .as_ref()
                        .is_some_and(|r| r.unicode().is_match(&text[m.end()..]))
            })
        });
        if !hit {
            continue;
        }
        if c.rule.path == MISSING_DOCUMENTATION {
            missing = true;
        } else {
            specific.push(c.rule.path);
        }
    }
    (missing, specific)
}

/// [`reasons_with_evidence`]'s paths.
fn of_item(service: &str, rationale: &str, outcome: Option<Outcome>) -> Vec<String> {
    reasons_with_evidence(service, rationale, outcome)
        .into_iter()
        .map(|(p, _)| p.to_string())
        .collect()
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
                    of_item(&item.service, &item.rationale, outcome),
                    reference(&item.service, &item.rationale, outcome),
                    "{}",
                    item.rationale
                );
                // Upper-cased, the ASCII path must still agree.
                let upper = item.rationale.to_uppercase();
                assert_eq!(
                    of_item(&item.service, &upper, outcome),
                    reference(&item.service, &upper, outcome)
                );
            }
            n += 1;
        }
    }
    assert!(n > 20, "only {n} items read");
}

/// Words of the rule table, its rows' words ([`FIND`]) and the case
/// folds that leave ASCII, joined at random into rule-like text.
const RULE_WORDS: &str = "(no|not|lack of|NO|Not|functional|improvement|surgery|documentation|is|are|the|guidelines|recommend|recommended|exceeds|when|red flags|neurologic|failed|conservative|care|since|procedure|also|medically|necessary|benefit|in excess of|approved|for|by|flag|specific nerve|radicular|candidate|surgical|yet to be completed|trial of|associated|itself|documented to have|exam|normal|home|program|exercise|should|continue|supervised|prior to|completion|currently|undergoing|therapy|already|authorized|repeat|MRI|previous|change|significant|new|GI|spasm|anxiety|oral|unable|swallow|adjunct|30-day|ongoing|monitoring|according to|ODG|states|in this case|patient|there were no|Ultrasound|not able|pill|involved|functional deficits|as the|failure|declined|neurologically intact|SLR|negative|fail|complete|approved|visits|change|since the prior|not indicated for the treatment of|trial of|cannot|unable to|unnecessary|noncertified|non-certified|declined|denied|nothing specific|limited|minimal|inadequate|nonfocal|notable|knot|\\.|;|!|\\?|,|\u{e9}|\u{212a}|\u{17f}|x)";

/// Whether `text[a..b]` holds one of [`NEGATIONS`] as a whole word of
/// `text` (ASCII-lower-cased, as the parse sees it).
fn holds_negation(text: &str, a: usize, b: usize) -> bool {
    let lower = text.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    NEGATIONS.iter().any(|n| {
        bytes
            .get(a..b)
            .unwrap_or_default()
            .windows(n.len())
            .enumerate()
            .any(|(i, w)| w == n.as_bytes() && whole_word(bytes, a + i, a + i + n.len()))
    })
}

/// Whether every match of every row, in its Unicode form, holds one of
/// the row's words (lower-cased), as [`candidates`] relies on.
pub(super) fn words_in_every_match(text: &str) -> Result<(), String> {
    for (r, c) in COMPILED.iter().enumerate() {
        let words = FIND[r].words();
        if words.is_empty() {
            continue;
        }
        for m in c.pattern.unicode().find_iter(text) {
            let lower = m.as_str().to_lowercase();
            if !words.iter().any(|w| lower.contains(w)) {
                return Err(format!(
                    "row {r} matched {:?}, none of {words:?}",
                    m.as_str()
                ));
            }
            if matches!(FIND[r], Find::Negated(_)) && !holds_negation(text, m.start(), m.end()) {
                return Err(format!("row {r} matched {:?}, no negation", m.as_str()));
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
        service in "(|Ultrasound therapy|Ketoprofen cream|MRI of the knee)",
    ) {
        let text = words.join(" ");
        let outcome = Some(if overturned { Outcome::Overturned } else { Outcome::Upheld });
        prop_assert_eq!(of_item(&service, &text, outcome), reference(&service, &text, outcome));
    }
}
