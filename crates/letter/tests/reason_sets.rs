//! Sentence and item sets written blind to the decision-reason rules, kept
//! as facts: each sentence set in `tests/reason_sets/` holds 180 sentences
//! a reviewer might write, in one style per file, each labelled with every
//! reason it states (`REASONS<TAB>SENTENCE`, the paths joined by `|`, `-`
//! for none; a first line `# labels: all` says the labels are complete, so
//! a reason given to a sentence not labelled with it is a false fire). Each
//! item set (`I*.tsv`, first line `# items: all`) holds 60 whole items:
//! reasons, outcome, service and the rationale as a letter gives it.
//! They were written by readers who never saw the rules, from the reason
//! definitions alone, each measured once as a held-out set and then used to
//! write rules (index_schema/REASONS.md, "Blind sentence sets", has both
//! figures). Here they guard against losing what the rules read: each set
//! must keep its recall and precision at or above the floor below.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use imr_letter::letter::Outcome;
use imr_letter::normalize::reason::{reasons_with_evidence_among, CRITERIA_MET};

/// Figures of one set: per reason (labelled, caught, false fires), and the
/// sentences missed or given a reason they do not state.
#[derive(Debug, Default)]
pub struct Figures {
    pub per_reason: BTreeMap<String, (usize, usize, usize)>,
    pub mistakes: Vec<String>,
}

impl Figures {
    fn totals(&self) -> (usize, usize, usize) {
        self.per_reason
            .values()
            .fold((0, 0, 0), |(n, c, f), (n2, c2, f2)| {
                (n + n2, c + c2, f + f2)
            })
    }

    /// Micro recall over every label.
    pub fn recall(&self) -> f64 {
        let (n, caught, _) = self.totals();
        ratio(caught, n)
    }

    /// Micro precision over every reason given.
    pub fn precision(&self) -> f64 {
        let (_, caught, false_fires) = self.totals();
        ratio(caught, caught + false_fires)
    }

    /// One line per reason, then the micro figures.
    pub fn report(&self) -> String {
        let mut out = String::new();
        for (reason, (n, caught, false_fires)) in &self.per_reason {
            let _ = writeln!(
                out,
                "{reason}: {caught} of {n} caught, {false_fires} false fires"
            );
        }
        let (n, caught, false_fires) = self.totals();
        let _ = writeln!(
            out,
            "all: {caught} of {n} caught (recall {:.3}), {false_fires} false fires (precision {:.3})",
            self.recall(),
            self.precision()
        );
        out
    }
}

/// A label saying the line gives no reason: `-`, or an empty field (the
/// item sets' writers leave it empty for boilerplate).
fn no_reason(label: &str) -> bool {
    label.is_empty() || label == "-"
}

/// Scores a set in either format. Sentences (`REASONS<TAB>SENTENCE`, first
/// line `# labels: all`): each sentence is read alone as an upheld item's
/// rationale with no service, or an overturned one's when it is labelled
/// `/Guideline criteria met` (the letter states the outcome). Items
/// (`REASONS<TAB>OUTCOME<TAB>SERVICE<TAB>RATIONALE`, first line `# items:
/// all`, OUTCOME `upheld` or `overturned`): each whole rationale is read
/// with its service and outcome, as the parser reads a letter's item, so
/// quoted guideline text and the rows that need the service are tried as
/// on a real letter. Without one of those first lines, false fires count
/// only for reasons some line is labelled with.
pub fn score(text: &str) -> Figures {
    let mut figures = Figures::default();
    let first = text.lines().next();
    let labels_all = matches!(first, Some("# labels: all" | "# items: all"));
    let checked: Vec<&str> = text
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .flat_map(|(r, _)| r.split('|'))
        .filter(|r| !no_reason(r))
        .collect();
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .collect();
    // Items of one letter sharing a rationale come as consecutive lines
    // with the same text: each is read knowing the others' services, as
    // the parser reads a letter.
    let item_of = |l: &str| -> Option<(String, String)> {
        let f: Vec<&str> = l.split('\t').collect();
        (f.len() == 4).then(|| (f[2].to_string(), f[3].to_string()))
    };
    for (n, line) in lines.iter().enumerate() {
        let mut others: Vec<String> = Vec::new();
        if let Some((_, text)) = item_of(line) {
            for dir in [-1isize, 1] {
                let mut k = n as isize + dir;
                while let Some(Some((svc, t))) = usize::try_from(k)
                    .ok()
                    .and_then(|k| lines.get(k))
                    .map(|l| item_of(l))
                {
                    if t != text {
                        break;
                    }
                    others.push(svc);
                    k += dir;
                }
            }
        }
        let others: Vec<&str> = others.iter().map(String::as_str).collect();
        let fields: Vec<&str> = line.split('\t').collect();
        let (want, outcome, service, rationale) = match fields[..] {
            [want, sentence] => (want, None, "", sentence),
            [want, "upheld", service, rationale] => {
                (want, Some(Outcome::Upheld), service, rationale)
            }
            [want, "overturned", service, rationale] => {
                (want, Some(Outcome::Overturned), service, rationale)
            }
            _ => panic!(
                "not REASONS<TAB>SENTENCE or REASONS<TAB>OUTCOME<TAB>SERVICE<TAB>RATIONALE: {line}"
            ),
        };
        let wanted: Vec<&str> = want.split('|').filter(|w| !no_reason(w)).collect();
        let outcome = outcome.unwrap_or(if wanted.contains(&CRITERIA_MET) {
            Outcome::Overturned
        } else {
            Outcome::Upheld
        });
        let given = reasons_with_evidence_among(service, &others, rationale, Some(outcome));
        let got: Vec<String> = given.iter().map(|(p, _)| p.to_string()).collect();
        let evidence = |path: &str| {
            given
                .iter()
                .find(|(p, _)| *p == path)
                .and_then(|(_, (a, b))| rationale.get(*a..*b))
                .unwrap_or_default()
        };
        let shown = if service.is_empty() {
            rationale.to_string()
        } else {
            format!("[{service}] {rationale}")
        };
        for w in &wanted {
            let f = figures.per_reason.entry(w.to_string()).or_default();
            f.0 += 1;
            if got.iter().any(|g| g == w) {
                f.1 += 1;
            } else {
                figures.mistakes.push(format!("missed {w}: {shown}"));
            }
        }
        for g in got
            .iter()
            .filter(|g| !wanted.contains(&g.as_str()))
            .filter(|g| labels_all || checked.contains(&g.as_str()))
        {
            figures.per_reason.entry(g.clone()).or_default().2 += 1;
            let from = evidence(g);
            figures
                .mistakes
                .push(format!("gave {g} (from \"{from}\"): {shown}"));
        }
    }
    figures
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Each set, its style, and the floors of micro recall and precision the
/// rules must keep on it (the figures when the set was added, less about
/// two sentences).
const SETS: &[(&str, &str, f64, f64)] = &[
    ("H", "reviewer prose applying the guideline", 0.96, 0.95),
    ("I", "indirect and unusual wordings", 0.98, 0.94),
    ("J", "treatments beyond spine and pain", 0.96, 0.95),
    (
        "K",
        "the guideline and its application in one sentence",
        0.95,
        0.96,
    ),
    ("L", "thirty reviewers' habits", 0.93, 0.95),
    (
        "M",
        "decisive sentences on the commonest services",
        0.94,
        0.95,
    ),
    ("N", "reasons stated through facts", 0.77, 0.97),
    ("O", "plain everyday wordings", 0.95, 0.97),
    ("P", "a realistic mixture", 0.91, 0.95),
    ("Q", "facts only, no negation", 0.44, 0.91),
    ("R", "a realistic random sample", 0.95, 0.96),
    ("S", "summing-up sentences, often two reasons", 0.97, 0.96),
    ("T", "a realistic random sample, 2013-2019", 0.96, 0.95),
    ("U", "careful sentences citing the record", 0.95, 0.96),
    ("V", "a realistic random sample", 0.97, 0.95),
    ("W", "long dense and passive sentences", 0.93, 0.88),
    (
        "X",
        "a realistic random sample (held out in its round)",
        0.95,
        0.96,
    ),
    (
        "Y",
        "less common services and situations (held out in its round)",
        0.96,
        0.93,
    ),
    (
        "Z",
        "a realistic random sample with overturned items",
        0.95,
        0.96,
    ),
    (
        "AA",
        "sentences applying the guideline to the case",
        0.96,
        0.97,
    ),
    (
        "AB",
        "near misses: sentences that look like a reason",
        0.96,
        0.89,
    ),
    ("AC", "reviewers of ten specialties", 0.98, 0.95),
    ("AD", "a realistic random sample, 2014-2023", 0.9, 0.91),
    ("AE", "compressed and hedged sentences", 0.86, 0.88),
    ("IA", "items: the commonest services", 0.95, 0.86),
    ("IB", "items: medications", 0.95, 0.93),
    (
        "IC",
        "items: procedures, surgery and its ancillary items",
        0.93,
        0.93,
    ),
    ("ID", "items: therapies, devices and programs", 0.86, 0.92),
    ("IE", "items: a realistic random sample", 0.91, 0.91),
    (
        "IF",
        "items: long guideline quotes before the application",
        0.86,
        0.84,
    ),
    (
        "IG",
        "items: terse, abbreviated and hedged reviewers",
        0.85,
        0.91,
    ),
    (
        "IH",
        "items: decisions that could go either way",
        0.96,
        0.91,
    ),
    (
        "IJ",
        "items: a realistic random sample by many reviewers",
        0.9,
        0.91,
    ),
    ("IK", "items: chronic pain management", 0.92, 0.88),
    ("IL", "items: injuries beyond the spine", 0.92, 0.88),
    (
        "IM",
        "items: reasons stated through facts and explicitly",
        0.78,
        0.94,
    ),
    (
        "IN",
        "items: a random draw from the whole archive",
        0.89,
        0.86,
    ),
    (
        "IO",
        "items: letters of several items sharing one text",
        0.86,
        0.74,
    ),
    (
        "IP",
        "items: letters of 2018-2024 (formulary era)",
        0.86,
        0.9,
    ),
    ("IQ", "items: two or three reasons at once", 0.88, 0.93),
    ("IR", "items: a random draw", 0.85, 0.9),
    ("IS", "items: letters of two to four items", 0.85, 0.8),
    ("IT", "items: reviewers of many specialties", 0.89, 0.91),
    (
        "IU",
        "items: hedges, double negatives, first person",
        0.7,
        0.86,
    ),
    ("IV", "items: the archive's proportions", 0.85, 0.9),
    ("IW", "items: letters of 2014-2017", 0.9, 0.86),
    ("IX", "items: letters of two to four items", 0.83, 0.82),
    ("JA", "items: a random draw", 0.92, 0.94),
    (
        "JB",
        "items: many reviewers, commonest services",
        0.96,
        0.94,
    ),
    ("JC", "items: letters of 2016-2022", 0.92, 0.86),
    ("JD", "items: a random draw from the archive", 0.88, 0.95),
    ("JE", "items: what treatment came before", 0.87, 0.84),
    (
        "JF",
        "items: the paperwork (details missing or complete)",
        0.89,
        0.88,
    ),
    ("JG", "items: letters of two to four items", 0.89, 0.77),
    (
        "JH",
        "items: a random draw, as a researcher pulls them",
        0.88,
        0.84,
    ),
    (
        "JI",
        "items: treatment history and the file, fresh wording",
        0.78,
        0.92,
    ),
    ("JJ", "items: letters of two to five items", 0.81, 0.81),
    ("JK", "items: a random draw, one item a letter", 0.85, 0.87),
    (
        "JL",
        "items: letters of two to four items, as they come",
        0.78,
        0.84,
    ),
    (
        "JM",
        "items: a random draw in the reviewers' usual form",
        0.95,
        0.9,
    ),
    (
        "JN",
        "items: letters of two to four items, some sharing a text",
        0.85,
        0.88,
    ),
    ("JO", "items: letters of 2013-2016", 0.84, 0.88),
    (
        "JP",
        "items: a random draw in the reviewers' usual form",
        0.95,
        0.87,
    ),
    (
        "JQ",
        "items: letters of two to four items, some sharing a text",
        0.87,
        0.83,
    ),
    ("JR", "items: letters of 2019-2024", 0.9, 0.89),
    (
        "JS",
        "items: a random draw, long and short reviewers",
        0.89,
        0.87,
    ),
    (
        "JT",
        "items: letters of two to four items, some sharing a text",
        0.86,
        0.86,
    ),
    (
        "JU",
        "items: reviewers of many specialties, 2015-2020",
        0.84,
        0.9,
    ),
    (
        "JV",
        "items: a random draw in the reviewers' usual form",
        0.89,
        0.9,
    ),
    (
        "JW",
        "items: letters of two to four items, some sharing a text",
        0.88,
        0.89,
    ),
    (
        "JX",
        "items: chronic pain management, 2014-2022",
        0.86,
        0.88,
    ),
    (
        "JY",
        "items: a random draw in the usual form (read after round 14)",
        0.93,
        0.90,
    ),
    (
        "JZ",
        "items: letters of two to four items (read after round 14)",
        0.92,
        0.93,
    ),
    (
        "KA",
        "items: beyond chronic spine pain (read after round 14)",
        0.95,
        0.89,
    ),
    (
        "KG",
        "items: a random draw (read after round 16)",
        0.97,
        0.95,
    ),
    (
        "KH",
        "items: letters of two to five items (read after round 16)",
        0.93,
        0.96,
    ),
    (
        "KI",
        "items: medications and equipment (read after round 16)",
        0.92,
        0.90,
    ),
    (
        "KJ",
        "items: many reviewers, procedures to programs (read after round 16)",
        0.94,
        0.95,
    ),
    (
        "KK",
        "items: the usual form without stock phrases (read after round 16)",
        0.83,
        0.94,
    ),
    (
        "KL",
        "items: letters of two to four items (read after round 16)",
        0.94,
        0.88,
    ),
    (
        "KM",
        "items: a random draw (round 17, held out, not read)",
        0.91,
        0.94,
    ),
    (
        "KN",
        "items: letters of two to four items (round 17, held out, not read)",
        0.83,
        0.90,
    ),
    (
        "KO",
        "items: single-item letters, commonest services (round 17, held out, not read)",
        0.94,
        0.93,
    ),
    (
        "KP",
        "items: letters with upheld and overturned items (round 17, held out, not read)",
        0.89,
        0.87,
    ),
];

#[test]
fn blind_sets_keep_their_figures() {
    let dir = crate::root().join("crates/letter/tests/reason_sets");
    let mut failures = Vec::new();
    for (name, style, min_recall, min_precision) in SETS {
        let path = dir.join(format!("{name}.tsv"));
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let figures = score(&text);
        eprintln!(
            "set {name} ({style}): recall {:.3}, precision {:.3}",
            figures.recall(),
            figures.precision()
        );
        if figures.recall() < *min_recall || figures.precision() < *min_precision {
            failures.push(format!(
                "set {name}: recall {:.3} (floor {min_recall}), precision {:.3} (floor {min_precision})\n{}{}",
                figures.recall(),
                figures.precision(),
                figures.report(),
                figures.mistakes.join("\n")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Every file in the folder is in the table, and each is well formed.
#[test]
fn every_set_is_listed_and_well_formed() {
    let dir = crate::root().join("crates/letter/tests/reason_sets");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".tsv").map(str::to_string))
        .collect();
    // Sets are named in the order they were written: Z, then AA, AB, ...
    names.sort_by_key(|n| (n.len(), n.clone()));
    let listed: Vec<String> = SETS.iter().map(|s| s.0.to_string()).collect();
    assert_eq!(names, listed);
    for name in &names {
        let text = std::fs::read_to_string(dir.join(format!("{name}.tsv"))).unwrap_or_default();
        // Sentence sets have two fields a line, item sets four (reasons,
        // outcome, service, rationale).
        let fields = match text.lines().next() {
            Some("# labels: all") => 2,
            Some("# items: all") => 4,
            other => panic!("{name}: first line {other:?}"),
        };
        for line in text.lines().skip(1) {
            let parts: Vec<&str> = line.split('\t').collect();
            assert_eq!(parts.len(), fields, "{name}: {line}");
            if fields == 4 {
                assert!(
                    matches!(parts[1], "upheld" | "overturned"),
                    "{name}: outcome {}",
                    parts[1]
                );
            }
            let want = parts[0];
            for w in want.split('|') {
                assert!(
                    no_reason(w) || imr_letter::normalize::reason::REASONS.contains(&w),
                    "{name}: unknown reason {w}"
                );
            }
        }
    }
}
