//! Over the guideline's number, read from the numbers themselves: a limit
//! the rationale quotes ("up to 18 visits", "no longer than four weeks")
//! and this worker's count or duration of care past it ("has already
//! attended 26 sessions", "has been taking it for over a year", "the
//! request for 30 days"). The rows of the table read words ("exceeds",
//! "in excess of"); reviewers as often state the two numbers and leave the
//! comparison to the reader.
//!
//! Limits are read from the whole rationale first (the guideline may be
//! quoted before or after it is applied); a count is compared only with a
//! limit of its own kind (visits with visits, durations with durations,
//! opioid doses in morphine equivalents with the quoted ceiling),
//! and with the largest one quoted, so a guideline's initial trial ("6
//! visits") does not stand for its total ("up to 18"). Without a quoted
//! number, the guidelines' own limits for short-term drugs and for
//! visit-capped care apply.

use once_cell::sync::Lazy;
use regex::Regex;

use super::service::TOPICAL;
use super::Hay;

/// A number as reviewers write it, in digits or words.
const NUM: &str = r"(\d{1,4}(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|several|a few|a couple of)";

/// Units of a count of visits or of a duration.
const UNIT: &str = r"(visits?|sessions?|treatments?|appointments?|days?|weeks?|months?|years?)";

/// Any number followed by a unit: a rationale without one is not read.
static ANY: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"(?i)\b{NUM}[\s-]+(?:[\w-]+\s+){{0,2}}?{UNIT}\b")).expect("valid regex")
});

/// A guideline's verb or name: a sentence without one quotes no limit.
static GUIDELINE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:allow\w*|support\w*|recommend\w*|suggested|limit\w*|permit\w*|indicated|intended|endorse\w*|guidelines?|MTUS|ODG|ACOEM)\b")
        .expect("valid regex")
});

/// A treating provider's own plan ("the physician recommended 12
/// visits"): a request, not the guideline's limit.
static PROVIDER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:physician|provider|doctor|surgeon|therapist|treater|clinician|PTP|chiropractor|he|she)\b[^.;]{0,30}\b(?:recommend\w*|request\w*|prescrib\w*|order\w*|plan\w*)\b")
        .expect("valid regex")
});

/// A limit: a bound word, a number or a range (its upper end counts), a
/// unit.
static LIMIT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:up to|a maximum of|maximum of|no more than|not more than|no longer than|for longer than|not to exceed|not exceed|at most|a total of|total of|only for|for only|for up to|only|for|of|allows?|allowed|supports?|supported|recommends?|recommended|permits?|permitted)\s+(?:an? |the )?(?:initial |total of |maximum of )?(?:short[- ]term use of\s+)?{NUM}(?:\s*(?:to|-|or)\s*{NUM})?[\s-]+(?:[\w-]+\s+){{0,2}}?{UNIT}\b"
    ))
    .expect("valid regex")
});

/// A limit stated as the guideline's number: "guideline is 10", "a
/// guideline allowance of 10", "limits carisoprodol to a 2-3 week period"
/// (a number without a unit is a count of visits).
static LIMIT_NOUN: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:guidelines?|allowance|limit|maximum|recommendation|MTUS|ODG|ACOEM)\b (?:(?:is|are|of|allows?|recommends?|supports?) |limits? (?:[\w-]+ ){{0,2}}?to )(?:an? |the )?{NUM}(?:\s*(?:to|-|or)\s*{NUM})?\b(?:[\s-]+(?:[\w-]+\s+){{0,2}}?{UNIT}\b)?"
    ))
    .expect("valid regex")
});

/// A count of care had: visits attended, completed, received (the unit may
/// be left to the limit: "has already completed 20").
static HAD: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:already|previously|so far|to date|has|have|had|having)\b (?:\w+ ){{0,2}}?(?:attended|completed|had|received|undergone|participated in|done)\b (?:(at least|over|more than|in excess of|approximately|about|nearly|a total of) )?{NUM}\b(?:[\s-]+(?:[\w-]+\s+){{0,2}}?{UNIT}\b)?"
    ))
    .expect("valid regex")
});

/// What makes a count a share of a course ("3 of them", "five of the 12").
static PART_OF: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^\s+(?:[\w-]+\s+)?of (?:them|those|these|the|its|his|her)\b")
        .expect("valid regex")
});

/// A duration of use: taking, using or on the treatment for a time.
static USED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:taking|taken|using|used|use|on|prescribed|receiving|attending|undergoing|been in|refilled|continued)\b (?:[\w-]+ ){{0,4}}?for (?:(?:the (?:past|last)|over|more than|at least|approximately|about|nearly|almost|longer than|in excess of) )?{NUM}[\s-]+(?:[\w-]+\s+)??{UNIT}\b"
    ))
    .expect("valid regex")
});

/// A supply or course stated as time: "three months of nightly use", "a
/// 30-day supply".
static SUPPLY: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"(?i)\b{NUM}[\s-]+(?:[\w-]+\s+){{0,1}}?{UNIT} (?:of (?:\w+ )?(?:use|supply|treatment)|supply|rental|course|prescription)\b"
    ))
    .expect("valid regex")
});

/// A program's hours restated as days or weeks ("160 hours, which is four
/// weeks of full-day participation", "the equivalent of 20 full days"):
/// the time it comes to.
static HOURS_AS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"(?i)\b\d{{2,4}}[\s-]+hours?,?\s+(?:which is|(?:is |being )?(?:the )?equivalent (?:of|to)|(?:is )?equal to|equates to|amounts to|or) (?:about |roughly |approximately )?{NUM}[\s-]+(?:[\w-]+\s+)??{UNIT}\b"
    ))
    .expect("valid regex")
});

/// What is requested: "the request for 30 days", "12 sessions were
/// requested".
static ASKED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"(?i)\brequest(?:ed|s)? (?:is )?(?:for )?(?:an? )?(?:additional |more |further |another )?{NUM}[\s-]+(?:[\w-]+\s+){{0,2}}?{UNIT}\b|\b{NUM} (?:additional |more |further )?(?:[\w-]+ ){{0,2}}?{UNIT} (?:of [\w\s-]{{0,30}}?)?(?:(?:is|are|were|was|has been|have been|being) )?requested\b"
    ))
    .expect("valid regex")
});

/// A daily opioid dose in morphine equivalents ("270 MED", "about 300 mg
/// MED", "195 mg morphine equivalents daily"): its number.
const MORPHINE: &str = r"(\d{2,4})\s*(?:mg\s*)?(?:(?:of\s+)?(?:oral\s+)?(?:daily\s+)?morphine[- ](?:milligram\s+)?equivalents?|MEDD?|MMEs?)\b";

static DOSE: Lazy<Regex> =
    Lazy::new(|| Regex::new(&format!(r"(?i)\b{MORPHINE}")).expect("valid regex"));

/// A ceiling the guideline puts on that dose ("not exceed 120 mg oral
/// morphine equivalents per day", "doses above 90 MME").
static DOSE_LIMIT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:exceed(?:s|ing)?|above|over|more than|beyond|up to|maximum of|limit of|threshold of|ceiling of|no more than|not more than|below|under|less than)\s+(?:(?:a|an|the)\s+)?(?:(?:total|daily|cumulative)\s+)?(?:dose\s+(?:of\s+)?)?{MORPHINE}"
    ))
    .expect("valid regex")
});

/// Words one of which every [`DOSE`] holds, lower case.
const DOSE_WORDS: &[&str] = &["morphine", "med", "mme"];

/// A drug the guidelines support for short-term use only (muscle
/// relaxants two to three weeks, benzodiazepines four, sleep aids two to
/// six): used past [`SHORT_TERM_DAYS`] it is over the guideline's duration
/// whether or not the rationale quotes the number.
static SHORT_TERM_DRUG: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:cyclobenzaprine|flexeril|fexmid|amrix|carisoprodol|soma|tizanidine|zanaflex|methocarbamol|robaxin|orphenadrine|norflex|metaxalone|skelaxin|chlorzoxazone|diazepam|valium|alprazolam|xanax|lorazepam|ativan|clonazepam|klonopin|temazepam|restoril|benzodiazepines?|zolpidem|ambien|eszopiclone|lunesta|zaleplon|sonata|muscle relaxants?|hypnotics?)\b")
        .expect("valid regex")
});

/// The longest use of a [`SHORT_TERM_DRUG`] the guidelines allow, in days.
const SHORT_TERM_DAYS: f64 = 42.0;

/// Use since a year, or for months or years without a number: long use.
static LONG_USE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)\b(?:since|going back to) (?:\w+ ){0,3}?(?:\d{1,2}/){0,2}(?:19|20)\d\d\b|\bfor (?:many |several )?(?:months|years)\b|\b(?:taking|taken|takes|used|using|uses|prescribed|filled|refilled|dispensed)\b[^.;]{0,40}?\b(?:for|over) (?:more than |over |at least )?(?:a|one|two|three|several|many|\d+) years?\b|\b(?:taking|taken|takes|used|using|uses|prescribed|filled|refilled|dispensed)\b[^.;]{0,40}?\b(?:for|over) (?:more than |over |at least )?(?:two|three|four|five|six|several|many|[2-9]|\d\d) months\b",
    )
    .expect("valid regex")
});

/// Use of the item given by its fills or by "it" since or through a year
/// ("refilled at each monthly visit through 09/2014", "has been on it
/// since 03/2014"): only read for a short-term drug's own item, since a
/// year alone may date the injury.
static USED_SINCE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)\b(?:taking|taken|takes|using|used|on (?:it|this|the (?:medication|drug))|been on|prescribed|filled|refilled|refills|dispensed|medication list)\b[^.;]{0,60}?\b(?:since|going back to|through) (?:\w+ ){0,3}?(?:\d{1,2}/){0,2}(?:19|20)\d\d\b",
    )
    .expect("valid regex")
});

/// Visit-based care the guidelines cap (physical therapy 9-10 visits for
/// chronic pain, chiropractic 18, acupuncture and most courses after an
/// injury at most 24): a count past [`DEFAULT_VISITS`] is over whether or
/// not the rationale quotes the number. Post-operative and psychological
/// care, which some guidelines allow longer, are left to a quoted limit.
static CAPPED_CARE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:physical therapy|PT|chiropractic|chiropractor|manipulation|acupuncture|massage|aquatic therapy|occupational therapy)\b")
        .expect("valid regex")
});

/// Care [`CAPPED_CARE`]'s default does not read.
static LONGER_CARE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)\b(?:post-?operative|post-?op|post-?surgical|surgery|psycho\w*|cognitive|CBT)\b",
    )
    .expect("valid regex")
});

/// The most visits of [`CAPPED_CARE`] any guideline allows a course.
const DEFAULT_VISITS: f64 = 24.0;

/// Words one of which every limit's sentence holds ([`GUIDELINE`] or
/// [`LIMIT_NOUN`]), lower case.
const LIMIT_WORDS: &[&str] = &[
    "allow",
    "suggested",
    "support",
    "recommend",
    "limit",
    "permit",
    "indicated",
    "intended",
    "endorse",
    "guideline",
    "mtus",
    "odg",
    "acoem",
    "maximum",
];

/// Words one of which every count's match holds ([`HAD`], [`USED`],
/// [`ASKED`]), lower case.
const COUNT_WORDS: &[&str] = &[
    "attended",
    "completed",
    "had",
    "received",
    "undergone",
    "participated",
    "done",
    "for ",
    "request",
    "supply",
    " use",
    "rental",
    "course",
    "prescription",
    "hour",
];

/// A limit read in a sentence: its unit's kind and size, its number, and
/// where it is.
type Found = ((Kind, f64), f64, (usize, usize));

/// The two kinds of quantity a limit and a count are compared in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Visits,
    Days,
}

/// The largest limit of each kind quoted so far in a rationale.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Limits {
    visits: Option<f64>,
    days: Option<f64>,
    /// The ceiling on a daily opioid dose, in morphine equivalents.
    dose: Option<f64>,
    /// The item is a short-term drug: its use said of "it" counts.
    short_term_item: bool,
}

/// A count, duration or request of this worker's care, with where it is.
#[derive(Debug, Clone, Copy)]
struct Count {
    kind: Kind,
    value: f64,
    /// Said as "over", "more than": equal to the limit is past it.
    over: bool,
    span: (usize, usize),
}

impl Limits {
    /// Whether a rationale has any number with a unit, so that none of its
    /// sentences need reading.
    pub(super) fn worth_reading(rationale: &str) -> bool {
        ANY.is_match(rationale) || LONG_USE.is_match(rationale) || DOSE.is_match(rationale)
    }

    /// The largest limit of each kind the sentences quote, wherever they
    /// quote it: reviewers give the worker's count before the guideline's
    /// number as often as after it.
    pub(super) fn read<'a>(sentences: impl IntoIterator<Item = Hay<'a>>) -> Limits {
        let mut limits = Limits::default();
        for hay in sentences {
            // Most sentences name no guideline word: a substring check
            // spares them the regexes.
            if !holds_any(hay, LIMIT_WORDS) {
                continue;
            }
            if holds_any(hay, DOSE_WORDS) && GUIDELINE.is_match(hay.text) {
                for c in DOSE_LIMIT.captures_iter(hay.text) {
                    if let Some(n) = c.get(1).and_then(|n| n.as_str().parse::<f64>().ok()) {
                        limits.dose = Some(limits.dose.map_or(n, |old: f64| old.max(n)));
                    }
                }
            }
            let sentence = hay.text;
            let mut found: Vec<Found> = Vec::new();
            if GUIDELINE.is_match(sentence) && !PROVIDER.is_match(sentence) {
                for c in LIMIT.captures_iter(sentence) {
                    let Some(m) = c.get(0) else { continue };
                    let upper = c.get(2).or(c.get(1)).and_then(|n| number(n.as_str()));
                    if let (Some(n), Some(u)) = (upper, c.get(3)) {
                        found.push((unit(u.as_str()), n, (m.start(), m.end())));
                    }
                }
            }
            for c in LIMIT_NOUN.captures_iter(sentence) {
                let Some(m) = c.get(0) else { continue };
                let upper = c.get(2).or(c.get(1)).and_then(|n| number(n.as_str()));
                let size = c.get(3).map_or((Kind::Visits, 1.0), |u| unit(u.as_str()));
                if let Some(n) = upper {
                    found.push((size, n, (m.start(), m.end())));
                }
            }
            if found.is_empty() {
                continue;
            }
            // A count read in the same words is not also a limit.
            let counts = counts(hay);
            for (size, n, (a, b)) in found {
                if !counts.iter().any(|c| a < c.span.1 && c.span.0 < b) {
                    limits.keep(size, n);
                }
            }
        }
        limits
    }

    /// The same limits for an item whose service is a short-term drug
    /// ([`SHORT_TERM_DRUG`]): a sentence giving its long use without its
    /// name ("it has been filled every month since at least June 2017")
    /// is over too.
    pub(super) fn for_service(mut self, service: &str) -> Limits {
        // (A compounded cream holding a muscle relaxant is not the oral
        // drug the short-term limit is for.)
        self.short_term_item = SHORT_TERM_DRUG.is_match(service) && !TOPICAL.is_match(service);
        self
    }

    /// [`Limits::read`] for an item of the service ([`Limits::for_service`]).
    pub(super) fn of<'a>(service: &str, sentences: impl IntoIterator<Item = Hay<'a>>) -> Limits {
        Limits::read(sentences).for_service(service)
    }

    fn keep(&mut self, (kind, scale): (Kind, f64), n: f64) {
        let slot = match kind {
            Kind::Visits => &mut self.visits,
            Kind::Days => &mut self.days,
        };
        let limit = n * scale;
        if slot.is_none_or(|old| limit > old) {
            *slot = Some(limit);
        }
    }

    /// Whether a count, duration or request in the sentence is past a
    /// limit of its kind.
    pub(super) fn over(&self, hay: Hay<'_>) -> bool {
        let sentence = hay.text;
        let short_term = SHORT_TERM_DRUG.is_match(sentence);
        if short_term && LONG_USE.is_match(sentence) {
            return true;
        }
        if self.short_term_item && USED_SINCE.is_match(sentence) {
            return true;
        }
        if let Some(ceiling) = self.dose {
            if holds_any(hay, DOSE_WORDS) && Self::dose_over(sentence, ceiling) {
                return true;
            }
        }
        let visits = self.visits.or_else(|| {
            (CAPPED_CARE.is_match(sentence) && !LONGER_CARE.is_match(sentence))
                .then_some(DEFAULT_VISITS)
        });
        let days = self.days.or(short_term.then_some(SHORT_TERM_DAYS));
        if visits.is_none() && days.is_none() {
            return false;
        }
        counts(hay).iter().any(|c| {
            let limit = match c.kind {
                Kind::Visits => visits,
                Kind::Days => days,
            };
            limit.is_some_and(|l| c.value > l || (c.over && c.value >= l))
        })
    }

    /// Whether the sentence gives a daily dose past the ceiling, not as
    /// a ceiling of its own ("above 90 MME").
    fn dose_over(sentence: &str, ceiling: f64) -> bool {
        let limits: Vec<(usize, usize)> = DOSE_LIMIT
            .find_iter(sentence)
            .map(|m| (m.start(), m.end()))
            .collect();
        DOSE.captures_iter(sentence).any(|c| {
            let (Some(m), Some(n)) = (c.get(0), c.get(1)) else {
                return false;
            };
            let is_limit = limits.iter().any(|&(a, b)| a < m.end() && m.start() < b);
            !is_limit && n.as_str().parse::<f64>().is_ok_and(|v| v > ceiling)
        })
    }
}

/// Whether the sentence holds one of the (lower-case) words, read from
/// its lower-cased form when the rationale has one.
fn holds_any(hay: Hay<'_>, words: &[&str]) -> bool {
    match hay.lower.and_then(|l| std::str::from_utf8(l).ok()) {
        Some(lower) => words.iter().any(|w| lower.contains(w)),
        None => {
            let lower = hay.text.to_ascii_lowercase();
            words.iter().any(|w| lower.contains(w))
        }
    }
}

/// The counts, durations and requests of care a sentence states.
fn counts(hay: Hay<'_>) -> Vec<Count> {
    let mut counts = Vec::new();
    if !holds_any(hay, COUNT_WORDS) {
        return counts;
    }
    let sentence = hay.text;
    let mut push = |kind, value, over, m: regex::Match<'_>| {
        counts.push(Count {
            kind,
            value,
            over,
            span: (m.start(), m.end()),
        });
    };
    for c in HAD.captures_iter(sentence) {
        let Some(m) = c.get(0) else { continue };
        let over = c
            .get(1)
            .is_some_and(|w| !w.as_str().eq_ignore_ascii_case("a total of"));
        let Some(value) = c.get(2).and_then(|n| number(n.as_str())) else {
            continue;
        };
        // "Attended 3 of them" is a share of an authorized course, not a
        // count to hold against a limit.
        if sentence
            .get(m.end()..)
            .is_some_and(|rest| PART_OF.is_match(rest))
        {
            continue;
        }
        // Weeks "had" are weeks of relief or symptoms, not of care.
        if c.get(3).is_none_or(|u| unit(u.as_str()).0 == Kind::Visits) {
            push(Kind::Visits, value, over, m);
        }
    }
    // Durations of use ("for over a year" is past a limit it equals) and
    // supplies ("three months of nightly use").
    for (re, said_over) in [(&*USED, true), (&*SUPPLY, false)] {
        for c in re.captures_iter(sentence) {
            let (Some(m), Some(n), Some(u)) = (c.get(0), c.get(1), c.get(2)) else {
                continue;
            };
            let (kind, scale) = unit(u.as_str());
            if let (Kind::Days, Some(n)) = (kind, number(n.as_str())) {
                let said = m.as_str().to_ascii_lowercase();
                let over = said_over
                    && ["over", "more than", "longer than", "in excess of"]
                        .iter()
                        .any(|w| said.contains(w));
                push(kind, n * scale, over, m);
            }
        }
    }
    for c in HOURS_AS.captures_iter(sentence) {
        let (Some(m), Some(n), Some(u)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        let (kind, scale) = unit(u.as_str());
        if let Some(n) = number(n.as_str()) {
            push(kind, n * scale, false, m);
        }
    }
    for c in ASKED.captures_iter(sentence) {
        let Some(m) = c.get(0) else { continue };
        let (n, u) = match (c.get(1), c.get(2), c.get(3), c.get(4)) {
            (Some(n), Some(u), _, _) | (_, _, Some(n), Some(u)) => (n, u),
            _ => continue,
        };
        let (kind, scale) = unit(u.as_str());
        if let Some(n) = number(n.as_str()) {
            push(kind, n * scale, false, m);
        }
    }
    counts
}

/// A number in digits or words; "several" and "a few" as three.
fn number(s: &str) -> Option<f64> {
    let s = s.to_ascii_lowercase();
    let n = match s.as_str() {
        "a" | "an" | "one" => 1.0,
        "two" | "a couple of" => 2.0,
        "three" | "several" | "a few" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        digits => return digits.parse().ok(),
    };
    Some(n)
}

/// A unit's kind and its size in that kind's measure (days for durations).
fn unit(s: &str) -> (Kind, f64) {
    let s = s.to_ascii_lowercase();
    if s.starts_with("day") {
        (Kind::Days, 1.0)
    } else if s.starts_with("week") {
        (Kind::Days, 7.0)
    } else if s.starts_with("month") {
        (Kind::Days, 30.0)
    } else if s.starts_with("year") {
        (Kind::Days, 365.0)
    } else {
        (Kind::Visits, 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::{Hay, Limits};

    fn over(sentences: &[&str]) -> bool {
        let hay = |text| Hay { text, lower: None };
        let limits = Limits::read(sentences.iter().map(|s| hay(s)));
        sentences.iter().any(|s| limits.over(hay(s)))
    }

    #[test]
    fn a_share_of_an_authorized_course_is_no_count() {
        let limit = "ODG allows up to 2 visits.";
        assert!(over(&[limit, "She has attended 3 visits so far."]));
        assert!(!over(&[
            limit,
            "Six visits were authorized, and she has attended 3 of them."
        ]));
    }

    #[test]
    fn a_count_past_the_quoted_limit_is_over() {
        assert!(over(&["ODG allows up to 13 to 20 visits with evidence of improvement, and the patient has already attended 26 sessions."]));
        assert!(over(&["As ODG recommends up to 18 chiropractic visits over 6 to 8 weeks and the patient has already completed 20, more are not supported."]));
        assert!(over(&[
            "The MTUS supports 9-10 visits over 8 weeks for myalgia.",
            "The worker has had 24 visits of therapy to date."
        ]));
        assert!(over(&[
            "Benzodiazepines are recommended for no longer than four weeks.",
            "She has been taking alprazolam for over a year."
        ]));
        assert!(over(&["ODG allows cold therapy for only seven days after surgery, so the request for 30 days is not supported."]));
        assert!(over(&["IW has had 30+ PT visits", "guideline is 10."]));
        assert!(over(&["Having completed 18 visits against a guideline allowance of 10, she can continue at home."]));
        assert!(over(&["The guideline limits carisoprodol to a 2-3 week period, and this patient has been taking it for 8 months."]));
        assert!(over(&["ODG allows 12 visits over 12 weeks after meniscectomy; the 24 visits requested here are twice that."]));
    }

    #[test]
    fn counts_within_the_limit_or_of_another_kind_are_not() {
        assert!(!over(&[
            "ODG allows up to 18 visits.",
            "The patient has completed 12 visits."
        ]));
        assert!(!over(&[
            "ODG recommends up to 10 visits.",
            "He has been taking tramadol for 6 months."
        ]));
        assert!(!over(&[
            "The patient has attended 24 visits of physical therapy."
        ]));
        assert!(!over(&[
            "The physician recommended 12 visits.",
            "The patient has had 24 visits."
        ]));
        assert!(!over(&["Repeat blocks are supported when the first gave relief for six to eight weeks; she had 12 weeks of relief."]));
        assert!(!over(&[
            "The patient has had pain for 2 years.",
            "Opioids are recommended for up to 4 weeks."
        ]));
    }

    #[test]
    fn short_term_drugs_and_capped_care_have_default_limits() {
        assert!(over(&[
            "The patient has been taking cyclobenzaprine for six months."
        ]));
        assert!(over(&[
            "Diazepam 5 mg has been taken three times daily since the spring of 2013."
        ]));
        assert!(over(&[
            "She has attended 36 chiropractic visits since 2012."
        ]));
        assert!(!over(&["He has taken tizanidine for two weeks."]));
        assert!(!over(&[
            "She has completed 30 post-operative physical therapy visits."
        ]));
        assert!(!over(&["She has completed 18 chiropractic visits."]));
        assert!(!over(&["He has been taking tramadol for two years."]));
    }

    #[test]
    fn an_opioid_dose_past_the_quoted_ceiling_is_over() {
        let ceiling =
            "The MTUS advises that doses not exceed 120 mg oral morphine equivalents per day.";
        assert!(over(&[
            ceiling,
            "The current regimen totals roughly 210 mg MED."
        ]));
        assert!(over(&[
            ceiling,
            "At six tablets daily, this request alone amounts to 270 MED."
        ]));
        assert!(!over(&[ceiling, "The regimen converts to 90 MED."]));
        // The ceiling's own number, and a dose with no ceiling quoted.
        assert!(!over(&[ceiling]));
        assert!(!over(&[
            "Doses above 90 MME carry more risk, and he takes 150 MME."
        ]));
        assert!(!over(&["The current regimen totals roughly 210 mg MED."]));
    }

    #[test]
    fn a_short_term_drugs_own_item_counts_its_use_said_of_it() {
        let hay = |text| Hay { text, lower: None };
        let said = "Pharmacy records show it has been filled every month since at least June 2017.";
        let read = |service: &str| {
            Limits::read([hay(said)])
                .for_service(service)
                .over(hay(said))
        };
        assert!(read("Cyclobenzaprine 7.5mg #90"));
        assert!(!read("Norco 10/325mg #120"));
        assert!(!read("Flurbiprofen 20%/Cyclobenzaprine 4% cream 180g"));
    }

    #[test]
    fn a_programs_hours_restated_as_weeks_are_counted() {
        let limit =
            "Treatment is not suggested for longer than 2 weeks without evidence of efficacy.";
        assert!(over(&[
            limit,
            "The request is for 160 hours, which is four weeks of full-day participation."
        ]));
        assert!(over(&[
            limit,
            "The request is for 160 hours, the equivalent of 20 full days."
        ]));
        assert!(!over(&[
            limit,
            "The request is for 80 hours, which is 10 full days."
        ]));
    }
}
