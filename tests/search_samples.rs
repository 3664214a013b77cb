//! End-to-end tests of `imr search`, `imr stats` and `imr show` on the real
//! bundled `corpus_samples/` (every letter there), indexed once per test process with
//! the real `imr index`.
//!
//! Expected hit sets and counts are never copied from the CLI: they are
//! worked out here from the golden records (`crates/letter/tests/golden/*.json`) with a
//! small model of the index (`Model`): one document per item, searchable
//! text = the item's rationale and service plus its letter's summary, words
//! split at non-alphanumeric characters and lower-cased (what the `imr_text`
//! analyzer does). Letter-level phrase sets (`letter:` field) are checked
//! against the "Recurring phrases" table of `tests/samples_expected.md`.
//! The hand-built-index tests of every flag are in `tests/search_e2e.rs`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::OnceLock;

use assert_cmd::Command;
use serde_json::Value;

use crate::common::json::{FacetJson, SearchJson, StatsJson, StatsRowJson};
use crate::common::{imr, root};

/// `imr search --format json --limit 1000 QUERY EXTRA...`, exit code 0 or 1.
fn search(query: &str, extra: &[&str]) -> SearchJson {
    let mut args = vec!["search", "--format", "json"];
    if !extra.contains(&"--limit") {
        args.extend(["--limit", "1000"]);
    }
    args.extend_from_slice(extra);
    args.push("--");
    args.push(query);
    let (code, out, err) = imr(&args);
    assert!(code == 0 || code == 1, "{args:?}: exit {code}: {err}");
    let parsed: SearchJson =
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: {e}\n{out}"));
    assert_eq!(code == 1, parsed.total == 0, "{args:?}: exit {code}");
    if !extra.contains(&"--limit") {
        assert_eq!(parsed.total, parsed.hits.len(), "{args:?}: all hits fit");
    }
    parsed
}

type ItemSet = BTreeSet<(String, u64)>;

/// The (file, item_index) pairs `imr search` returns.
fn hits(query: &str, extra: &[&str]) -> ItemSet {
    let found = search(query, extra);
    let set: ItemSet = found
        .hits
        .iter()
        .map(|h| (h.file.clone(), h.item_index))
        .collect();
    assert_eq!(set.len(), found.hits.len(), "{query}: a hit listed twice");
    set
}

fn files(set: &ItemSet) -> BTreeSet<String> {
    set.iter().map(|(f, _)| f.clone()).collect()
}

// ---------------------------------------------------------------------------
// The model: golden records as item documents.
// ---------------------------------------------------------------------------

/// One item document as the golden records describe it.
#[derive(Debug, Clone)]
struct Doc {
    file: String,
    case_number: Option<String>,
    item_index: u64,
    age: Option<u64>,
    ur_date: Option<String>,
    specialties: Vec<String>,
    states: Vec<String>,
    service: String,
    category: String,
    outcome: String,
    guidelines: Vec<String>,
    rationale: String,
    /// Words of rationale, service and summary, one list per field.
    words: [Vec<String>; 3],
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn text(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_string()
}

/// Words as the `imr_text` analyzer makes them: runs of alphanumerics,
/// lower-cased.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The golden records, parsed once.
fn golden() -> &'static Vec<Value> {
    static GOLDEN: OnceLock<Vec<Value>> = OnceLock::new();
    GOLDEN.get_or_init(|| {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(root().join("crates/letter/tests/golden"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        paths.sort();
        let samples = std::fs::read_dir(root().join("corpus_samples"))
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "txt"))
            })
            .count();
        assert_eq!(paths.len(), samples, "one golden record per sample letter");
        paths
            .iter()
            .map(|p| serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap())
            .collect()
    })
}

fn docs() -> &'static Vec<Doc> {
    static DOCS: OnceLock<Vec<Doc>> = OnceLock::new();
    DOCS.get_or_init(|| {
        let mut docs = Vec::new();
        for g in golden() {
            let file = text(&g["file"]);
            let file = file.rsplit('/').next().unwrap().to_string();
            let summary = text(&g["summary"]);
            for (i, item) in g["items"].as_array().unwrap().iter().enumerate() {
                let rationale = text(&item["rationale"]);
                let service = text(&item["service"]);
                docs.push(Doc {
                    file: file.clone(),
                    case_number: g["case_number"].as_str().map(str::to_string),
                    item_index: i as u64,
                    age: g["age"].as_u64(),
                    ur_date: g["ur_date"].as_str().map(str::to_string),
                    specialties: strings(&g["specialties"]),
                    states: strings(&g["license_states"]),
                    category: text(&item["service_category"]),
                    outcome: text(&item["outcome"]),
                    guidelines: strings(&item["reviewer_guidelines"]),
                    words: [words(&rationale), words(&service), words(&summary)],
                    rationale,
                    service,
                });
            }
        }
        assert_eq!(docs.len(), 54, "the samples hold 54 items");
        docs
    })
}

/// The items for which `pred` holds.
fn expect(pred: impl Fn(&Doc) -> bool) -> ItemSet {
    docs()
        .iter()
        .filter(|d| pred(d))
        .map(|d| (d.file.clone(), d.item_index))
        .collect()
}

/// Whether `phrase`'s words occur in `field` with total slop at most `slop`
/// (tantivy: each word may sit up to `slop` positions, summed, away from
/// where an exact phrase would put it).
fn phrase_in(field: &[String], phrase: &str, slop: usize) -> bool {
    let want = words(phrase);
    if want.len() == 2 {
        let at = |w: &str| -> Vec<i64> {
            (0..field.len())
                .filter(|&i| field[i] == w)
                .map(|i| i as i64)
                .collect()
        };
        let (a, b) = (at(&want[0]), at(&want[1]));
        return a.iter().any(|x| {
            b.iter()
                .any(|y| (y - x - 1).unsigned_abs() as usize <= slop)
        });
    }
    assert_eq!(slop, 0, "the model does slop for two words only");
    field.windows(want.len()).any(|w| w == want.as_slice())
}

/// Default-field phrase match: rationale, service or summary.
fn has_phrase(d: &Doc, phrase: &str, slop: usize) -> bool {
    d.words.iter().any(|f| phrase_in(f, phrase, slop))
}

fn has_word(d: &Doc, word: &str) -> bool {
    d.words.iter().any(|f| f.iter().any(|w| w == word))
}

fn has_word_where(d: &Doc, pred: impl Fn(&str) -> bool) -> bool {
    d.words.iter().any(|f| f.iter().any(|w| pred(w)))
}

/// Optimal string alignment distance (a transposition is one edit).
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

/// Whether facet path `path` is `under` or below it.
fn is_under(path: &str, under: &str) -> bool {
    path == under || path.starts_with(&format!("{under}/"))
}

/// The child of `under` that `path` lies in (`/ODG/Pain (Chronic)/Office
/// visits` under `/ODG` is `/ODG/Pain (Chronic)`).
fn child_of(path: &str, under: &str) -> Option<String> {
    let prefix = if under == "/" {
        "/".to_string()
    } else {
        format!("{under}/")
    };
    let rest = path.strip_prefix(&prefix)?;
    let seg = rest.split('/').next().filter(|s| !s.is_empty())?;
    Some(format!("{prefix}{seg}"))
}

/// Facet counts as the CLI defines them: over the matched items, one level
/// below `under`, each document counted once per bucket, largest first then
/// by path.
fn facet_model(
    matched: &[&Doc],
    values: impl Fn(&Doc) -> Vec<String>,
    under: &str,
) -> Vec<FacetJson> {
    let mut counts: BTreeMap<String, u64> = BTreeMap::new();
    for d in matched {
        let buckets: BTreeSet<String> = values(d)
            .iter()
            .filter_map(|p| child_of(p, under))
            .collect();
        for b in buckets {
            *counts.entry(b).or_default() += 1;
        }
    }
    let mut out: Vec<FacetJson> = counts
        .into_iter()
        .map(|(path, count)| FacetJson { path, count })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.path.cmp(&b.path)));
    out
}

fn matched(set: &ItemSet) -> Vec<&'static Doc> {
    docs()
        .iter()
        .filter(|d| set.contains(&(d.file.clone(), d.item_index)))
        .collect()
}

fn set_of(items: &[(&str, u64)]) -> ItemSet {
    items.iter().map(|(f, i)| (f.to_string(), *i)).collect()
}

fn file_set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|s| s.to_string()).collect()
}

// ---------------------------------------------------------------------------
// Phrases.
// ---------------------------------------------------------------------------

/// The "Recurring phrases" table of `tests/samples_expected.md`: phrase and
/// the files whose cleaned text contains it.
const RECURRING: &[(&str, &[&str])] = &[
    (
        "functional improvement",
        &[
            "CM14-0103527.txt",
            "CM14-0187733.txt",
            "CM14-0098215.txt",
            "CM14-0166012.txt",
            "CM13-0067290.txt",
        ],
    ),
    (
        "epidural steroid injection",
        &["CM14-0187733.txt", "CM14-0145678.txt", "CM15-0034519.txt"],
    ),
    (
        "urine drug screen",
        &[
            "CM14-0103527.txt",
            "CM14-0187733.txt",
            "CM14-0166012.txt",
            "CM14-0133302.txt",
            "CM13-0058814.txt",
        ],
    ),
    (
        "physical therapy",
        &[
            "3f9a1c07be52d6e4.txt",
            "CM13-0003186.txt",
            "CM14-0151904.txt",
            "CM14-0187733.txt",
            "CM14-0210448.txt",
            "CM14-0072391.txt",
            "CM14-0241176.txt",
            "CM14-0145678.txt",
            "CM13-0041872.txt",
            "CM13-0067290.txt",
            "CM15-0034519.txt",
        ],
    ),
    (
        "home exercise program",
        &[
            "3f9a1c07be52d6e4.txt",
            "CM14-0241176.txt",
            "CM14-0145678.txt",
            "CM13-0041872.txt",
        ],
    ),
    (
        "not medically necessary",
        &[
            "3f9a1c07be52d6e4.txt",
            "CM14-0103527.txt",
            "CM14-0187733.txt",
            "CM14-0098215.txt",
            "CM14-0210448.txt",
            "CM14-0166012.txt",
            "CM14-0241176.txt",
            "CM14-0119870.txt",
            "CM14-0133302.txt",
            "CM14-0145678.txt",
            "CM13-0041872.txt",
            "CM13-0058814.txt",
            "CM15-0034519.txt",
            "CM15-0208871.txt",
            "CM16-0007342.txt",
            "CM13-0003186.txt",
            "CM16-0198342.txt",
        ],
    ),
    (
        "did not base their decision on the MTUS",
        &[
            "3f9a1c07be52d6e4.txt",
            "CM14-0103527.txt",
            "CM14-0187733.txt",
            "CM14-0210448.txt",
            "CM14-0119870.txt",
            "CM14-0133302.txt",
        ],
    ),
    (
        "criteria for use",
        &[
            "CM14-0103527.txt",
            "CM14-0187733.txt",
            "CM14-0166012.txt",
            "CM14-0133302.txt",
            "CM13-0058814.txt",
        ],
    ),
    ("Norco", &["CM14-0103527.txt"]),
    (
        "gabapentin",
        &[
            "CM14-0187733.txt",
            "CM14-0072391.txt",
            "CM14-0166012.txt",
            "CM14-0241176.txt",
        ],
    ),
    (
        "conservative care",
        &["CM14-0210448.txt", "CM13-0003186.txt"],
    ),
    ("maximal medical improvement", &["CM14-0178025.txt"]),
];

/// `letter:"PHRASE"` (whole letter text, one document per letter) finds
/// exactly the files the samples' table lists, including the phrases split
/// by a line break and by a page break.
#[test]
fn letter_phrases_match_the_recurring_phrases_table() {
    for (phrase, want) in RECURRING {
        let got = hits(&format!("letter:\"{phrase}\""), &[]);
        assert!(
            got.iter().all(|(_, i)| *i == 0),
            "{phrase}: letter text lives on item 0 only: {got:?}"
        );
        assert_eq!(files(&got), file_set(want), "letter:\"{phrase}\"");
    }
}

/// Default-field phrases give exactly the items the golden records predict.
#[test]
fn phrases_match_exact_item_sets() {
    for (phrase, _) in RECURRING {
        let want = expect(|d| has_phrase(d, phrase, 0));
        assert_eq!(hits(&format!("\"{phrase}\""), &[]), want, "\"{phrase}\"");
    }
    assert_eq!(
        hits("\"slipped on a wet floor\"", &[]),
        expect(|d| d.file == "CM14-0187733.txt"),
        "a phrase in the summary matches every item of its letter"
    );
}

/// `functional` / `improvement` split by a line break (CM14-0166012) and by
/// a page break with footer and running header in between (CM14-0098215):
/// both still match as a phrase, in the rationale of the right item.
#[test]
fn phrase_across_line_break_and_page_break() {
    let got = hits("rationale:\"functional improvement\"", &[]);
    let want = expect(|d| phrase_in(&d.words[0], "functional improvement", 0));
    assert_eq!(got, want);
    assert_eq!(
        want,
        set_of(&[
            ("CM13-0067290.txt", 0),
            ("CM14-0098215.txt", 1),
            ("CM14-0103527.txt", 0),
            ("CM14-0166012.txt", 1),
            ("CM14-0187733.txt", 1),
        ])
    );
    // The page-break item: its snippet marks both words as one phrase.
    let found = search(
        "rationale:\"functional improvement\"",
        &["--filter", "case_number=CM14-0098215"],
    );
    assert_eq!(found.total, 1);
    let h = &found.hits[0];
    assert_eq!(h.item_index, 1);
    assert_eq!(h.service, "Interferential unit rental for 30 days");
    let golden_item = docs()
        .iter()
        .find(|d| d.file == "CM14-0098215.txt" && d.item_index == 1)
        .unwrap();
    assert!(
        golden_item.rationale.contains("functional improvement"),
        "the golden rationale has the phrase joined across the page break"
    );
    let marked: Vec<String> = h
        .highlights
        .iter()
        .map(|&(s, e)| h.snippet[s..e].to_lowercase())
        .collect();
    assert!(
        marked
            .iter()
            .any(|m| words(m) == ["functional", "improvement"])
            || (marked.contains(&"functional".to_string())
                && marked.contains(&"improvement".to_string())),
        "{marked:?} in {}",
        h.snippet
    );
    assert!(!h.snippet.contains("Page 2 of 3"), "{}", h.snippet);
    assert!(!h.snippet.contains('\u{c}'), "{}", h.snippet);
}

/// `"functional baseline"~N`: in the samples the two words stand 2, 3 and 5
/// words apart, so the hit set grows exactly at those slops.
#[test]
fn slop_allows_words_in_between() {
    for slop in 0..=6 {
        let want = expect(|d| has_phrase(d, "functional baseline", slop));
        let got = hits(&format!("\"functional baseline\"~{slop}"), &[]);
        assert_eq!(got, want, "slop {slop}");
    }
    assert!(expect(|d| has_phrase(d, "functional baseline", 0)).is_empty());
    assert_eq!(
        expect(|d| has_phrase(d, "functional baseline", 5)),
        set_of(&[
            ("CM13-0067290.txt", 0),
            ("CM14-0103527.txt", 0),
            ("CM14-0187733.txt", 1),
        ])
    );
    assert_eq!(
        hits("\"functional baseline\"~4", &[]),
        set_of(&[("CM13-0067290.txt", 0), ("CM14-0103527.txt", 0)])
    );
}

// ---------------------------------------------------------------------------
// Boolean, prefix, fuzzy.
// ---------------------------------------------------------------------------

#[test]
fn boolean_queries() {
    let w = |word: &'static str| move |d: &Doc| has_word(d, word);
    let (gaba, norco, epidural, urine, opioid) = (
        w("gabapentin"),
        w("norco"),
        w("epidural"),
        w("urine"),
        w("opioid"),
    );
    let cases: Vec<(&str, ItemSet)> = vec![
        ("gabapentin", expect(gaba)),
        (
            "gabapentin AND epidural",
            expect(|d| gaba(d) && epidural(d)),
        ),
        ("gabapentin epidural", expect(|d| gaba(d) && epidural(d))),
        ("gabapentin OR norco", expect(|d| gaba(d) || norco(d))),
        (
            "gabapentin AND NOT epidural",
            expect(|d| gaba(d) && !epidural(d)),
        ),
        ("+urine -opioid", expect(|d| urine(d) && !opioid(d))),
        ("-urine", expect(|d| !urine(d))),
        (
            "(gabapentin OR norco) AND urine",
            expect(|d| (gaba(d) || norco(d)) && urine(d)),
        ),
        (
            "\"urine drug screen\" -opioids",
            expect(|d| has_phrase(d, "urine drug screen", 0) && !has_word(d, "opioids")),
        ),
    ];
    for (query, want) in cases {
        assert!(
            !want.is_empty() || query.contains("NOT"),
            "{query}: vacuous"
        );
        assert_eq!(hits(query, &[]), want, "{query}");
    }
    // The sets differ from each other, so the operators are really tested.
    assert_ne!(expect(gaba), expect(|d| gaba(d) && !epidural(d)));
    assert_ne!(expect(urine), expect(|d| urine(d) && !opioid(d)));
}

/// A negated phrase: `-"criteria for use"` must drop the items holding the
/// phrase. Regression: with tantivy's debug assertions on, the binary
/// panicked (exit 101) in `PhraseScorer::seek_danger`; Cargo.toml now builds
/// tantivy without them, as it ships in release.
#[test]
fn negated_phrase() {
    for (query, want) in [
        (
            "\"urine drug screen\" -\"criteria for use\"",
            expect(|d| {
                has_phrase(d, "urine drug screen", 0) && !has_phrase(d, "criteria for use", 0)
            }),
        ),
        (
            "pain -\"for use\"",
            expect(|d| has_word(d, "pain") && !has_phrase(d, "for use", 0)),
        ),
        (
            "-\"criteria for use\"",
            expect(|d| !has_phrase(d, "criteria for use", 0)),
        ),
    ] {
        assert!(!want.is_empty(), "{query}");
        assert_eq!(hits(query, &[]), want, "{query}");
    }
}

#[test]
fn prefix_and_fuzzy_words() {
    let want = expect(|d| has_word_where(d, |w| w.starts_with("epidur")));
    assert!(!want.is_empty());
    assert_eq!(hits("epidur*", &[]), want);
    assert_eq!(want, expect(|d| has_word(d, "epidural")));
    let want = expect(|d| has_word_where(d, |w| w.starts_with("menisc")));
    assert_eq!(
        want,
        expect(|d| has_word(d, "meniscus") || has_word(d, "meniscectomy"))
    );
    assert_eq!(hits("menisc*", &[]), want);
    // Fuzzy: a transposition is one edit.
    let want = expect(|d| has_word_where(d, |w| edit_distance(w, "ligamnet") <= 1));
    assert!(!want.is_empty());
    assert_eq!(want, expect(|d| has_word(d, "ligament")));
    assert_eq!(hits("ligamnet~1", &[]), want);
    assert!(hits("ligamnet", &[]).is_empty());
    let want = expect(|d| has_word_where(d, |w| edit_distance(w, "gabapentn") <= 1));
    assert_eq!(hits("gabapentn~1", &[]), want);
    assert_eq!(want, expect(|d| has_word(d, "gabapentin")));
    let want = expect(|d| has_word_where(d, |w| edit_distance(w, "radiclopthy") <= 2));
    assert!(!want.is_empty());
    assert_eq!(hits("radiclopthy~2", &[]), want);
}

// ---------------------------------------------------------------------------
// Filters.
// ---------------------------------------------------------------------------

#[test]
fn each_filter_restricts_to_the_golden_items() {
    let guideline_odg = expect(|d| d.guidelines.iter().any(|g| is_under(g, "/ODG")));
    let cases: Vec<(Vec<&str>, ItemSet)> = vec![
        (vec!["--filter", "guideline=/ODG"], guideline_odg.clone()),
        (
            vec!["--filter", "guideline=/ODG/Knee & Leg"],
            expect(|d| d.guidelines.iter().any(|g| is_under(g, "/ODG/Knee & Leg"))),
        ),
        (
            vec!["--filter", "outcome=overturned"],
            expect(|d| d.outcome == "overturned"),
        ),
        (
            vec!["--filter", "outcome=upheld"],
            expect(|d| d.outcome == "upheld"),
        ),
        (
            vec!["--filter", "category=/Pharmaceuticals/Opioids"],
            expect(|d| d.category == "/Pharmaceuticals/Opioids"),
        ),
        (
            vec!["--filter", "category=/Pharmaceuticals"],
            expect(|d| is_under(&d.category, "/Pharmaceuticals")),
        ),
        (
            vec!["--filter", "specialty=/Pain Medicine"],
            expect(|d| d.specialties.iter().any(|s| s == "Pain Medicine")),
        ),
        (
            vec!["--filter", "specialty=Anesthesiology"],
            expect(|d| d.specialties.iter().any(|s| s == "Anesthesiology")),
        ),
        (
            vec!["--filter", "state=/Nevada"],
            expect(|d| d.states.iter().any(|s| s == "Nevada")),
        ),
        (
            vec!["--filter", "state=oregon"],
            expect(|d| d.states.iter().any(|s| s == "Oregon")),
        ),
        (
            vec!["--since", "2014-09-01"],
            expect(|d| d.ur_date.as_deref().is_some_and(|u| u >= "2014-09-01")),
        ),
        (
            vec!["--until", "2014-06-02"],
            expect(|d| d.ur_date.as_deref().is_some_and(|u| u <= "2014-06-02")),
        ),
        (
            vec!["--since", "2014-06-02", "--until", "10/29/2014"],
            expect(|d| {
                d.ur_date
                    .as_deref()
                    .is_some_and(|u| ("2014-06-02"..="2014-10-29").contains(&u))
            }),
        ),
        (
            vec!["--age", "40..55"],
            expect(|d| d.age.is_some_and(|a| (40..=55).contains(&a))),
        ),
        (
            vec!["--age", "60.."],
            expect(|d| d.age.is_some_and(|a| a >= 60)),
        ),
        (vec!["--age", "52"], expect(|d| d.age == Some(52))),
        (
            vec![
                "--filter",
                "outcome=upheld",
                "--filter",
                "category=/Pharmaceuticals",
                "--age",
                "..50",
            ],
            expect(|d| {
                d.outcome == "upheld"
                    && is_under(&d.category, "/Pharmaceuticals")
                    && d.age.is_some_and(|a| a <= 50)
            }),
        ),
    ];
    let all = expect(|_| true);
    for (args, want) in cases {
        assert!(!want.is_empty() && want != all, "{args:?}: vacuous case");
        assert_eq!(hits("", &args), want, "{args:?}");
    }
    // Filters combine with a query.
    assert_eq!(
        hits("\"urine drug screen\"", &["--filter", "guideline=/ODG"]),
        expect(|d| has_phrase(d, "urine drug screen", 0)
            && d.guidelines.iter().any(|g| is_under(g, "/ODG")))
    );
    // Date bounds are inclusive: the letter dated 2014-06-02 is in both.
    assert!(hits("", &["--until", "2014-06-02"])
        .iter()
        .any(|(f, _)| f == "CM14-0098215.txt"));
    assert!(
        hits("", &["--since", "2014-06-02", "--until", "2014-06-02"])
            .iter()
            .all(|(f, _)| f == "CM14-0098215.txt")
    );
}

// ---------------------------------------------------------------------------
// Facets and stats.
// ---------------------------------------------------------------------------

#[test]
fn facet_counts_match_the_golden_records() {
    let guidelines = |d: &Doc| d.guidelines.clone();
    let category = |d: &Doc| vec![d.category.clone()];
    let outcome = |d: &Doc| vec![format!("/{}", d.outcome)];
    for (query, want_items) in [
        ("", expect(|_| true)),
        ("urine", expect(|d| has_word(d, "urine"))),
        (
            "\"not medically necessary\"",
            expect(|d| has_phrase(d, "not medically necessary", 0)),
        ),
    ] {
        let found = search(
            query,
            &[
                "--limit",
                "0",
                "--facet",
                "guideline",
                "--facet",
                "category",
                "--facet",
                "outcome",
                "--facet",
                "guideline:/ODG",
                "--facet",
                "category:/Pharmaceuticals",
            ],
        );
        assert_eq!(found.total, want_items.len(), "{query}");
        assert!(found.hits.is_empty(), "--limit 0 lists no hits");
        let m = matched(&want_items);
        let expected: BTreeMap<String, Vec<FacetJson>> = [
            ("guideline", facet_model(&m, guidelines, "/")),
            ("category", facet_model(&m, category, "/")),
            ("outcome", facet_model(&m, outcome, "/")),
            ("guideline:/ODG", facet_model(&m, guidelines, "/ODG")),
            (
                "category:/Pharmaceuticals",
                facet_model(&m, category, "/Pharmaceuticals"),
            ),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        assert_eq!(found.facets, expected, "facets of `{query}`");
    }
    // Hand check on the whole corpus: 54 items, per outcome.
    let all = search("", &["--limit", "0", "--facet", "outcome"]);
    let upheld = expect(|d| d.outcome == "upheld").len() as u64;
    let overturned = expect(|d| d.outcome == "overturned").len() as u64;
    assert_eq!(upheld + overturned, 54);
    let counts: BTreeMap<&str, u64> = all.facets["outcome"]
        .iter()
        .map(|f| (f.path.as_str(), f.count))
        .collect();
    assert_eq!(
        counts,
        BTreeMap::from([("/upheld", upheld), ("/overturned", overturned)])
    );
    // A document citing two topics of one chapter counts once for it.
    let odg = search("", &["--limit", "0", "--facet", "guideline:/ODG"]);
    let pain = odg.facets["guideline:/ODG"]
        .iter()
        .find(|f| f.path == "/ODG/Pain (Chronic)")
        .map(|f| f.count);
    assert_eq!(
        pain,
        Some(
            expect(|d| d
                .guidelines
                .iter()
                .any(|g| is_under(g, "/ODG/Pain (Chronic)")))
            .len() as u64
        )
    );
}

/// `imr stats --by ...`: items, upheld, overturned and rate per value,
/// most items first, as computed from the golden records.
fn stats_model(
    matched: &[&Doc],
    values: impl Fn(&Doc) -> Vec<String>,
    under: &str,
) -> Vec<StatsRowJson> {
    let count = |outcome: Option<&str>| -> BTreeMap<String, u64> {
        let subset: Vec<&Doc> = matched
            .iter()
            .copied()
            .filter(|d| outcome.is_none_or(|o| d.outcome == o))
            .collect();
        facet_model(&subset, &values, under)
            .into_iter()
            .map(|f| (f.path, f.count))
            .collect()
    };
    let (upheld, overturned) = (count(Some("upheld")), count(Some("overturned")));
    facet_model(matched, &values, under)
        .into_iter()
        .map(|f| {
            let up = upheld.get(&f.path).copied().unwrap_or(0);
            let over = overturned.get(&f.path).copied().unwrap_or(0);
            StatsRowJson {
                overturn_rate: (up + over > 0).then(|| over as f64 / (up + over) as f64),
                value: f.path,
                items: f.count,
                upheld: up,
                overturned: over,
            }
        })
        .collect()
}

fn stats(by: &str, query: &str, extra: &[&str]) -> StatsJson {
    let mut args = vec!["stats", "--by", by, "--format", "json"];
    args.extend_from_slice(extra);
    args.push("--");
    args.push(query);
    let (code, out, err) = imr(&args);
    assert_eq!(code, 0, "{args:?}: {err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: {e}\n{out}"))
}

#[test]
fn stats_match_the_golden_records() {
    let guidelines = |d: &Doc| d.guidelines.clone();
    let category = |d: &Doc| vec![d.category.clone()];
    let all = expect(|_| true);
    let m = matched(&all);

    let s = stats("guideline:/MTUS", "", &[]);
    assert_eq!(
        (s.total, s.by.as_str(), s.path.as_str()),
        (54, "guideline", "/MTUS")
    );
    let want = stats_model(&m, guidelines, "/MTUS");
    assert_eq!(s.rows, want);
    // The big MTUS bucket, spelled out.
    let cpmtg = &want[0];
    assert_eq!(
        cpmtg.value,
        "/MTUS/Chronic Pain Medical Treatment Guidelines"
    );
    let in_cpmtg = expect(|d| {
        d.guidelines
            .iter()
            .any(|g| is_under(g, "/MTUS/Chronic Pain Medical Treatment Guidelines"))
    });
    assert_eq!(cpmtg.items, in_cpmtg.len() as u64);
    assert_eq!(cpmtg.upheld + cpmtg.overturned, cpmtg.items);

    let s = stats("category", "", &[]);
    assert_eq!(
        (s.total, s.by.as_str(), s.path.as_str()),
        (54, "category", "/")
    );
    assert_eq!(s.rows, stats_model(&m, category, "/"));
    assert_eq!(s.rows.iter().map(|r| r.items).sum::<u64>(), 54);

    // With a query and a filter.
    let want_items = expect(|d| has_word(d, "pain") && d.states.iter().any(|x| x == "California"));
    let s = stats(
        "category:/Pharmaceuticals",
        "pain",
        &["--filter", "state=California"],
    );
    assert_eq!(s.total, want_items.len());
    assert_eq!(
        s.rows,
        stats_model(&matched(&want_items), category, "/Pharmaceuticals")
    );
    assert!(!s.rows.is_empty());
}

// ---------------------------------------------------------------------------
// Paging and sorting.
// ---------------------------------------------------------------------------

fn page(query: &str, limit: usize, offset: usize, extra: &[&str]) -> Vec<(String, u64)> {
    let (limit, offset) = (limit.to_string(), offset.to_string());
    let mut args = vec![
        "search", "--format", "json", "--limit", &limit, "--offset", &offset,
    ];
    args.extend_from_slice(extra);
    args.push("--");
    args.push(query);
    let (_, out, err) = imr(&args);
    let parsed: SearchJson =
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: {e}\n{err}"));
    parsed
        .hits
        .into_iter()
        .map(|h| (h.file, h.item_index))
        .collect()
}

#[test]
fn pages_concatenate_to_the_full_list() {
    for (query, extra) in [
        ("", &[][..]),
        ("pain", &[][..]),
        ("", &["--sort", "date"][..]),
        ("\"not medically necessary\"", &["--sort", "date"][..]),
    ] {
        let full = page(query, 1000, 0, extra);
        let total = search(query, extra).total;
        assert_eq!(full.len(), total, "{query} {extra:?}");
        assert!(total > 7, "{query}: too few hits to page");
        let mut joined = Vec::new();
        let mut offset = 0;
        loop {
            let p = page(query, 7, offset, extra);
            assert!(p.len() <= 7);
            if p.is_empty() {
                break;
            }
            joined.extend(p);
            offset += 7;
        }
        assert_eq!(joined, full, "{query} {extra:?}: pages = full list");
        let distinct: BTreeSet<_> = joined.iter().collect();
        assert_eq!(distinct.len(), joined.len(), "no overlap");
        assert!(
            page(query, 5, total, extra).is_empty(),
            "offset past the end"
        );
    }
}

#[test]
fn sort_by_date_is_newest_first() {
    for query in ["", "pain", "\"urine drug screen\""] {
        let found = search(query, &["--sort", "date"]);
        let dates: Vec<&str> = found
            .hits
            .iter()
            .map(|h| h.ur_date.as_deref().unwrap_or(""))
            .collect();
        assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{query}: {dates:?}");
        // Same set as relevance order, and each date is the golden one.
        let relevance = hits(query, &[]);
        let by_date: ItemSet = found
            .hits
            .iter()
            .map(|h| (h.file.clone(), h.item_index))
            .collect();
        assert_eq!(by_date, relevance, "{query}");
        for h in &found.hits {
            let d = docs()
                .iter()
                .find(|d| d.file == h.file && d.item_index == h.item_index)
                .unwrap();
            assert_eq!(h.ur_date, d.ur_date, "{}", h.file);
        }
    }
    let newest = search("", &["--sort", "date", "--limit", "1"]);
    let max = docs().iter().filter_map(|d| d.ur_date.clone()).max();
    assert_eq!(newest.hits[0].ur_date, max);
    assert_eq!(newest.hits[0].file, "CM17-0031406.txt");
}

// ---------------------------------------------------------------------------
// JSON shape.
// ---------------------------------------------------------------------------

#[test]
fn json_hits_carry_the_golden_fields() {
    let found = search("tramadol", &["--facet", "outcome"]);
    let want = expect(|d| has_word(d, "tramadol"));
    assert_eq!(found.total, want.len());
    assert!(found.facets.contains_key("outcome"));
    let mut last = f32::INFINITY;
    for h in &found.hits {
        let d = docs()
            .iter()
            .find(|d| d.file == h.file && d.item_index == h.item_index)
            .unwrap_or_else(|| panic!("{h:?} is not a golden item"));
        assert_eq!(h.case_number, d.case_number);
        assert_eq!(h.service, d.service);
        assert_eq!(h.category.as_deref(), Some(d.category.as_str()));
        assert_eq!(h.outcome.as_deref(), Some(d.outcome.as_str()));
        let specialties: Vec<String> = d.specialties.iter().map(|s| format!("/{s}")).collect();
        assert_eq!(h.specialties, specialties);
        let mut got = h.guidelines.clone();
        let mut golden = d.guidelines.clone();
        got.sort();
        golden.sort();
        assert_eq!(got, golden, "{}#{}", h.file, h.item_index);
        assert_eq!(h.ur_date, d.ur_date);
        assert!(h.score > 0.0 && h.score <= last, "relevance order");
        last = h.score;
        // Highlights are char-boundary ranges of the snippet over the word.
        for &(s, e) in &h.highlights {
            assert!(s < e && e <= h.snippet.len());
            assert!(h.snippet.is_char_boundary(s) && h.snippet.is_char_boundary(e));
            assert_eq!(h.snippet[s..e].to_lowercase(), "tramadol", "{}", h.snippet);
        }
        if d.words[0].iter().any(|w| w == "tramadol") {
            assert!(!h.highlights.is_empty(), "{}#{}", h.file, h.item_index);
        }
    }
    // A letter without a case number in its text keeps the one from its
    // file name; the hashed file has none.
    let h = &search("", &["--filter", "case_number=CM14-0072391"]).hits[0];
    assert_eq!(h.file, "CM14-0072391.txt");
    let hashed = search("", &["--filter", "file=3f9a1c07be52d6e4.txt"]);
    assert_eq!(hashed.total, 1);
    assert_eq!(hashed.hits[0].case_number, None);
}

// ---------------------------------------------------------------------------
// show.
// ---------------------------------------------------------------------------

#[test]
fn show_returns_the_golden_letter() {
    let golden = golden()
        .iter()
        .find(|g| g["case_number"] == "CM14-0187733")
        .unwrap();
    let want_items = golden["items"].as_array().unwrap();
    assert_eq!(want_items.len(), 6);
    for key in [
        "CM14-0187733",
        "cm14-0187733",
        "CM14-0187733.txt",
        "corpus_samples/CM14-0187733.txt",
    ] {
        let (code, out, err) = imr(&["show", key, "--format", "json"]);
        assert_eq!(code, 0, "{key}: {err}");
        let letter: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{key}: {e}"));
        assert_eq!(letter["case_number"], "CM14-0187733", "{key}");
        assert_eq!(letter["file"], "CM14-0187733.txt", "{key}");
        for field in ["ur_date", "age", "specialties", "license_states", "summary"] {
            assert_eq!(letter[field], golden[field], "{key}: {field}");
        }
        let items = letter["items"].as_array().unwrap();
        assert_eq!(items.len(), 6, "{key}");
        for (i, (got, want)) in items.iter().zip(want_items).enumerate() {
            for field in [
                "service",
                "service_category",
                "outcome",
                "reviewer_guidelines",
                "claims_administrator_guidelines",
                "reviewer_citation",
                "rationale",
            ] {
                assert_eq!(got[field], want[field], "{key} item {i}: {field}");
            }
        }
    }
    // Table output names every item.
    let (code, out, _) = imr(&["show", "CM14-0187733"]);
    assert_eq!(code, 0);
    for item in want_items {
        let service = item["service"].as_str().unwrap();
        assert!(out.contains(service), "{service} missing:\n{out}");
    }
    let (code, _, err) = imr(&["show", "CM99-0000000"]);
    assert_eq!(code, 1);
    assert!(err.contains("CM99-0000000"), "{err}");
}

// ---------------------------------------------------------------------------
// Errors and exit codes.
// ---------------------------------------------------------------------------

#[test]
fn error_paths_and_exit_codes() {
    let (code, out, err) = imr(&["search", "\"functional baseline\""]);
    assert_eq!(code, 1, "no hits");
    assert!(out.is_empty(), "{out}");
    assert!(
        err.contains("no hits") && err.contains("functional baseline"),
        "{err}"
    );
    let (code, _, err) = imr(&["search", "--format", "json", "zebra"]);
    assert_eq!(code, 1);
    assert!(err.contains("no hits"), "{err}");
    let (code, _, err) = imr(&["search", "", "--filter", "state=Atlantis"]);
    assert_eq!(code, 1);
    assert!(err.contains("no hits for the filters"), "{err}");

    let (code, _, err) = imr(&["search", "(epidural AND"]);
    assert_eq!(code, 2, "syntax error");
    assert!(err.contains("syntax error"), "{err}");
    let (code, _, err) = imr(&["search", "\"unclosed phrase"]);
    assert_eq!(code, 2);
    assert!(err.contains("syntax error"), "{err}");

    let (code, _, err) = imr(&["search", "diagnosis:radiculopathy"]);
    assert_eq!(code, 2, "unknown field");
    assert!(err.contains("unknown field `diagnosis`"), "{err}");
    for valid in [
        "rationale",
        "service",
        "summary",
        "guideline",
        "category",
        "specialty",
    ] {
        assert!(err.contains(valid), "{valid} not listed: {err}");
    }
    let (code, _, err) = imr(&["stats", "--by", "colour"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown field `colour`"), "{err}");

    let missing = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("imr")
        .unwrap()
        .args(["search", "epidural", "--index"])
        .arg(missing.path().join("no-index-here"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "missing index");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("imr index"), "{err}");
}
