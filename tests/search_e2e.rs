//! End-to-end tests of `imr search`, `imr stats` and `imr show`: a small
//! index is built in a temp folder from hand-written items whose every field
//! is known, then the real binary runs against it and its JSON is parsed
//! back with serde. Expected hit sets and counts are worked out by hand from
//! the table in `corpus()`.
//!
//! The letters are built here as `Letter` values and indexed through the
//! index layer's own document builder, so these tests do not depend on the
//! parser. Tests against `corpus_samples/` and the real parser live in
//! `tests/search_samples.rs`.

use std::collections::BTreeSet;
use std::path::Path;

use assert_cmd::Command;
use imr_search::date::IsoDate;
use imr_search::document::letter_documents;
use imr_search::letter::{Item, Layout, Letter, Outcome, ReasonEvidence};
use imr_search::normalize::reason;
use imr_search::parse_text;
use imr_search::schema::Fields;
use imr_search::store::{commit_with_manifest, create_index, open_writer, Manifest};

use crate::common::json::{FacetJson, HitJson, SearchJson, StatsJson, TrendJson};

/// One hand-built item, with its letter's fields (items of a letter repeat
/// them; `letters()` groups them by file).
struct Row {
    file: &'static str,
    case: Option<&'static str>,
    ur_date: Option<(i32, u32, u32)>,
    age: Option<u32>,
    specialties: &'static [&'static str],
    summary: &'static str,
    service: &'static str,
    category: &'static str,
    regions: &'static [&'static str],
    outcome: Option<Outcome>,
    guidelines: &'static [&'static str],
    rationale: &'static str,
}

/// The test corpus: one.txt (2 items), two.txt (1), three.txt (2),
/// four.txt (1 item without outcome; no case number, date or age).
fn rows() -> Vec<Row> {
    vec![
        Row {
            file: "a/one.txt",
            case: Some("CM14-0000001"),
            ur_date: Some((2014, 3, 2)),
            age: Some(45),
            specialties: &["Pain Medicine"],
            summary: "The worker hurt her back lifting boxes.",
            service: "Norco 10/325mg #90",
            category: "/Pharmaceuticals/Opioids",
            regions: &["/Lumbar Spine"],
            outcome: Some(Outcome::Upheld),
            guidelines: &["/MTUS/Chronic Pain/Opioids", "/ODG/Pain/Opioids"],
            rationale: "Opioids need documented functional\nimprovement. Here there is no \
                        functional improvement documented, and Improvement alone is not enough.",
        },
        Row {
            file: "a/one.txt",
            case: Some("CM14-0000001"),
            ur_date: Some((2014, 3, 2)),
            age: Some(45),
            specialties: &["Pain Medicine"],
            summary: "The worker hurt her back lifting boxes.",
            service: "Lumbar epidural steroid injection",
            category: "/Procedures/Injections",
            regions: &["/Lumbar Spine"],
            outcome: Some(Outcome::Overturned),
            guidelines: &["/ODG/Low Back/Epidural steroid injections"],
            rationale: "An epidural steroid injection is supported when radiculopathy is \
                        documented by exam and imaging, as it is here.",
        },
        Row {
            file: "b/two.txt",
            case: Some("CM14-0000002"),
            ur_date: Some((2014, 7, 15)),
            age: Some(60),
            specialties: &["Orthopedic Surgery"],
            summary: "Knee injury at work.",
            service: "Physical therapy x 12",
            category: "/Therapy/Physical",
            regions: &["/Knee"],
            outcome: Some(Outcome::Overturned),
            guidelines: &["/MTUS/Postsurgical"],
            rationale: "After repair of the torn ligament, physical therapy is recommended; \
                        functional gains are expected.",
        },
        Row {
            file: "c/three.txt",
            case: Some("CM13-0000003"),
            ur_date: Some((2013, 11, 20)),
            age: Some(33),
            specialties: &["Pain Medicine", "Anesthesiology"],
            summary: "Chronic low back pain.",
            service: "Epidurography",
            category: "/Procedures/Imaging",
            regions: &["/Lumbar Spine"],
            outcome: Some(Outcome::Upheld),
            guidelines: &["/ODG/Low Back/Epidurography"],
            rationale: "There was no functional or objective improvement after the prior \
                        epidurals, so epidurography is not needed.",
        },
        Row {
            file: "c/three.txt",
            case: Some("CM13-0000003"),
            ur_date: Some((2013, 11, 20)),
            age: Some(33),
            specialties: &["Pain Medicine", "Anesthesiology"],
            summary: "Chronic low back pain.",
            service: "Tramadol 50mg #60",
            category: "/Pharmaceuticals/Opioids",
            regions: &["/Lumbar Spine", "/Psyche"],
            outcome: Some(Outcome::Upheld),
            guidelines: &["/ODG/Pain/Opioids", "/ODG/Pain/Tramadol"],
            rationale: "Tramadol is a synthetic opioid; without pain relief it is not \
                        supported.",
        },
        Row {
            file: "d/four.txt",
            case: None,
            ur_date: None,
            age: None,
            specialties: &[],
            summary: "Twisted knee.",
            service: "Knee brace",
            category: "/Equipment",
            regions: &["/Knee"],
            outcome: None,
            guidelines: &[],
            rationale: "A knee brace may help ligament instability.",
        },
    ]
}

/// The rows as parsed letters, by file, in file order.
fn letters() -> Vec<(String, Letter)> {
    let mut out: Vec<(String, Letter)> = Vec::new();
    for r in rows() {
        if out.last().is_none_or(|(f, _)| f != r.file) {
            let mut letter = parse_text("", Some(r.file));
            letter.warnings.clear();
            letter.layout = Layout::Determination2014;
            letter.case_number = r.case.map(str::to_string);
            letter.ur_date = r.ur_date.and_then(|(y, m, d)| IsoDate::new(y, m, d));
            letter.age = r.age;
            letter.specialties = r.specialties.iter().map(|s| s.to_string()).collect();
            letter.summary = r.summary.to_string();
            // Licence states and a decision date for the ca_licensed facet
            // and the citations of `--format md`; four.txt names neither.
            letter.license_states = match r.file {
                "a/one.txt" => vec!["/California".into()],
                "b/two.txt" => vec!["/Nevada".into()],
                "c/three.txt" => vec!["/Arizona".into(), "/California".into()],
                _ => Vec::new(),
            };
            letter.decision_date = (r.file == "a/one.txt")
                .then(|| IsoDate::new(2014, 4, 1))
                .flatten();
            out.push((r.file.to_string(), letter));
        }
        let Some((_, letter)) = out.last_mut() else {
            unreachable!()
        };
        // The parser's own rules, so the reason facet tests read like an
        // index built from letters.
        let found = reason::reasons_with_evidence(r.service, r.rationale, r.outcome);
        letter.items.push(Item {
            service: r.service.to_string(),
            service_category: r.category.to_string(),
            outcome: r.outcome,
            requested: None,
            authorized: None,
            regions: r.regions.iter().map(|s| s.to_string()).collect(),
            reasons: found.iter().map(|(p, _)| (*p).to_string()).collect(),
            reason_evidence: found
                .iter()
                .map(|(p, (a, b))| ReasonEvidence {
                    reason: (*p).to_string(),
                    sentence: r.rationale[*a..*b].to_string(),
                })
                .collect(),
            reviewer_guidelines: r.guidelines.iter().map(|s| s.to_string()).collect(),
            claims_administrator_guidelines: vec!["/MTUS/Chronic Pain".to_string()],
            reviewer_citation: format!("Reviewer cited guidelines for {}.", r.service),
            claims_administrator_citation: String::new(),
            rationale: r.rationale.to_string(),
        });
    }
    out
}

/// Writes the corpus as an index in `dir`, through the index layer.
fn build_index(dir: &Path) {
    write_index(dir, letters());
}

/// Writes `letters` as an index in `dir`, through the index layer.
pub(crate) fn write_index(dir: &Path, letters: Vec<(String, Letter)>) {
    let index = create_index(dir).unwrap();
    let f = Fields::new(&index.schema()).unwrap();
    // Other test threads spawn `imr` processes meanwhile: the writer lock
    // `create_index` just released can look busy for a moment.
    let mut writer = open_writer(&index, dir, 1, 20_000_000, true).unwrap();
    for (file, letter) in letters {
        for doc in letter_documents(&letter, &file, &f) {
            writer.add_document(doc).unwrap();
        }
    }
    commit_with_manifest(&mut writer, dir, &Manifest::default()).unwrap();
    writer.wait_merging_threads().unwrap();
}

pub(crate) struct Fixture {
    pub(crate) dir: tempfile::TempDir,
}

impl Fixture {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        build_index(dir.path());
        Fixture { dir }
    }

    pub(crate) fn imr(&self, args: &[&str]) -> (i32, String, String) {
        // `--index` right after the subcommand: later arguments may follow `--`.
        let out = Command::cargo_bin("imr")
            .unwrap()
            .arg(args[0])
            .arg("--index")
            .arg(self.dir.path())
            .args(&args[1..])
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    }

    fn search(&self, args: &[&str]) -> SearchJson {
        let mut all = vec!["search", "--format", "json"];
        all.extend_from_slice(args);
        let (code, out, err) = self.imr(&all);
        assert!(code == 0 || code == 1, "exit {code}: {err}");
        let parsed: SearchJson =
            serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
        assert_eq!(code == 0, parsed.total > 0, "exit code vs total");
        parsed
    }

    /// (file, item_index) of every hit, limit raised so all are returned.
    fn hits(&self, query: &str, extra: &[&str]) -> BTreeSet<(String, u64)> {
        let mut args = vec!["--limit", "1000", "--", query];
        args.splice(0..0, extra.iter().copied());
        let r = self.search(&args);
        assert_eq!(r.total, r.hits.len(), "total must count every hit");
        r.hits.into_iter().map(|h| (h.file, h.item_index)).collect()
    }
}

fn set(items: &[(&str, u64)]) -> BTreeSet<(String, u64)> {
    items.iter().map(|(f, i)| (f.to_string(), *i)).collect()
}

fn highlighted(h: &HitJson) -> Vec<&str> {
    h.highlights
        .iter()
        .map(|&(a, b)| &h.snippet[a..b])
        .collect()
}

#[test]
fn phrase_matches_across_a_line_break_and_is_highlighted_as_a_unit() {
    let fx = Fixture::new();
    assert_eq!(
        fx.hits("\"functional improvement\"", &[]),
        set(&[("a/one.txt", 0)])
    );
    let r = fx.search(&["\"functional improvement\""]);
    let hit = &r.hits[0];
    // Both occurrences (one across the line break) marked whole; the stray
    // "Improvement" and nothing else is not.
    assert_eq!(
        highlighted(hit),
        ["functional improvement", "functional improvement"]
    );
    assert!(!hit.snippet.contains('\n'));
}

#[test]
fn slop_lets_words_in_between() {
    let fx = Fixture::new();
    assert_eq!(
        fx.hits("\"functional improvement\"~2", &[]),
        set(&[("a/one.txt", 0), ("c/three.txt", 0)])
    );
    assert_eq!(
        fx.hits("\"functional improvement\"~1", &[]),
        set(&[("a/one.txt", 0)])
    );
}

#[test]
fn boolean_queries() {
    let fx = Fixture::new();
    // Words are ANDed by default.
    assert_eq!(fx.hits("epidural steroid", &[]), set(&[("a/one.txt", 1)]));
    assert_eq!(
        fx.hits("tramadol OR norco", &[]),
        set(&[("a/one.txt", 0), ("c/three.txt", 1)])
    );
    assert_eq!(
        fx.hits("ligament AND NOT brace", &[]),
        set(&[("b/two.txt", 0)])
    );
    assert_eq!(
        fx.hits("+ligament -therapy", &[]),
        set(&[("d/four.txt", 0)])
    );
    assert_eq!(fx.hits("-functional", &[]).len(), 3);
    assert_eq!(
        fx.hits("(opioid OR opioids) AND supported", &[]),
        set(&[("c/three.txt", 1)])
    );
}

#[test]
fn fields_and_aliases() {
    let fx = Fixture::new();
    assert_eq!(fx.hits("service:norco", &[]), set(&[("a/one.txt", 0)]));
    assert_eq!(fx.hits("SERVICE:NORCO", &[]), set(&[("a/one.txt", 0)]));
    assert_eq!(
        fx.hits("rationale:\"functional improvement\"", &[]),
        set(&[("a/one.txt", 0)])
    );
    // Summary is a default field: "boxes" is only there.
    assert_eq!(
        fx.hits("boxes", &[]),
        set(&[("a/one.txt", 0), ("a/one.txt", 1)])
    );
    assert_eq!(fx.hits("outcome:overturned", &[]).len(), 2);
    assert_eq!(
        fx.hits("specialties:\"/anesthesiology\"", &[]),
        set(&[("c/three.txt", 0), ("c/three.txt", 1)])
    );
}

#[test]
fn prefix_and_fuzzy_words() {
    let fx = Fixture::new();
    // epidur* covers epidural, epidurals, epidurography (service too).
    assert_eq!(
        fx.hits("epidur*", &[]),
        set(&[("a/one.txt", 1), ("c/three.txt", 0)])
    );
    let r = fx.search(&["rationale:epidur*"]);
    let three = r.hits.iter().find(|h| h.file == "c/three.txt").unwrap();
    assert_eq!(highlighted(three), ["epidurals", "epidurography"]);
    // ligamnet~1 finds "ligament" (one transposition).
    assert_eq!(
        fx.hits("ligamnet~1", &[]),
        set(&[("b/two.txt", 0), ("d/four.txt", 0)])
    );
    let r = fx.search(&["ligamnet~1", "--filter", "file=b/two.txt"]);
    assert_eq!(highlighted(&r.hits[0]), ["ligament"]);
    // Plain "ligamnet" finds nothing: the fuzzy hits are not a coincidence.
    assert!(fx.hits("ligamnet", &[]).is_empty());
}

#[test]
fn unsupported_syntax_is_refused_with_a_message() {
    let fx = Fixture::new();
    for (q, needle) in [
        ("*dural", "wildcard"),
        ("ep?dural", "wildcard"),
        ("ligamnet~3", "at most 2"),
        ("ligamnet~", "edit distance"),
        ("/epidur.*/", "regular expressions"),
    ] {
        let (code, out, err) = fx.imr(&["search", "--", q]);
        assert_eq!(code, 2, "{q}: {out}{err}");
        assert!(err.contains(needle), "{q}: {err}");
    }
}

#[test]
fn filters() {
    let fx = Fixture::new();
    let all = |extra: &[&str]| fx.hits("", extra);
    assert_eq!(
        all(&["--filter", "guideline=/ODG"]),
        set(&[
            ("a/one.txt", 0),
            ("a/one.txt", 1),
            ("c/three.txt", 0),
            ("c/three.txt", 1)
        ])
    );
    assert_eq!(
        all(&["--filter", "guideline=/ODG/Pain"]),
        set(&[("a/one.txt", 0), ("c/three.txt", 1)])
    );
    assert_eq!(
        all(&["--filter", "outcome=overturned"]),
        set(&[("a/one.txt", 1), ("b/two.txt", 0)])
    );
    // Both filters must hold; facet values are case-insensitive.
    assert_eq!(
        all(&[
            "--filter",
            "outcome=Upheld",
            "--filter",
            "category=/pharmaceuticals"
        ]),
        set(&[("a/one.txt", 0), ("c/three.txt", 1)])
    );
    assert_eq!(
        all(&["--filter", "case_number=CM14-0000002"]),
        set(&[("b/two.txt", 0)])
    );
    assert_eq!(
        all(&["--filter", "service=steroid injection"]),
        set(&[("a/one.txt", 1)])
    );
    assert_eq!(
        all(&["--since", "2014-03-02"]),
        set(&[("a/one.txt", 0), ("a/one.txt", 1), ("b/two.txt", 0)])
    );
    assert_eq!(
        all(&["--until", "3/2/2014"]),
        set(&[
            ("a/one.txt", 0),
            ("a/one.txt", 1),
            ("c/three.txt", 0),
            ("c/three.txt", 1)
        ])
    );
    assert_eq!(
        all(&["--since", "2014-01-01", "--until", "2014-03-01"]),
        BTreeSet::new()
    );
    assert_eq!(
        all(&["--age", "40..60"]),
        set(&[("a/one.txt", 0), ("a/one.txt", 1), ("b/two.txt", 0)])
    );
    assert_eq!(
        all(&["--age", "..40"]),
        set(&[("c/three.txt", 0), ("c/three.txt", 1)])
    );
    assert_eq!(
        all(&["--filter", "ur_date=2014-07-15"]),
        set(&[("b/two.txt", 0)])
    );
    assert_eq!(
        fx.hits("ur_date:[2014-01-01 TO 2014-12-31]", &[]),
        set(&[("a/one.txt", 0), ("a/one.txt", 1), ("b/two.txt", 0)])
    );
}

#[test]
fn facet_counts_over_the_whole_match_set() {
    let fx = Fixture::new();
    let r = fx.search(&[
        "--limit",
        "1",
        "--facet",
        "guideline",
        "--facet",
        "guideline:/ODG",
        "--facet",
        "outcome",
    ]);
    assert_eq!(r.total, 6);
    assert_eq!(r.hits.len(), 1);
    let f = |path: &str, count: u64| FacetJson {
        path: path.into(),
        count,
    };
    assert_eq!(r.facets["guideline"], [f("/ODG", 4), f("/MTUS", 2)]);
    assert_eq!(
        r.facets["guideline:/ODG"],
        [f("/ODG/Low Back", 2), f("/ODG/Pain", 2)]
    );
    assert_eq!(
        r.facets["outcome"],
        [f("/upheld", 3), f("/overturned", 2), f("/unknown", 1)]
    );
}

#[test]
fn paging_and_sorting() {
    let fx = Fixture::new();
    let files = |args: &[&str]| -> Vec<(String, u64)> {
        fx.search(args)
            .hits
            .into_iter()
            .map(|h| (h.file, h.item_index))
            .collect()
    };
    let by_date = files(&["--sort", "date", "--limit", "10"]);
    assert_eq!(by_date.len(), 6);
    assert_eq!(by_date[0].0, "b/two.txt");
    assert_eq!(by_date[5].0, "d/four.txt", "items without a date come last");
    assert_eq!(
        files(&["--sort", "date", "--limit", "2", "--offset", "1"]),
        by_date[1..3].to_vec()
    );
    let r = fx.search(&["--sort", "date", "--limit", "2", "--offset", "5"]);
    assert_eq!((r.total, r.hits.len()), (6, 1));
    // Relevance: the item naming epidural in service and rationale ranks first.
    let rel = files(&["epidural"]);
    assert_eq!(rel[0], ("a/one.txt".to_string(), 1));
    let r = fx.search(&["--limit", "10000", "--offset", "0"]);
    assert_eq!(r.hits.len(), 6);
}

#[test]
fn stats_by_guideline_chapter() {
    let fx = Fixture::new();
    let (code, out, err) = fx.imr(&["stats", "--by", "guideline:/ODG", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let s: StatsJson = serde_json::from_str(&out).unwrap();
    assert_eq!(
        (s.total, s.by.as_str(), s.path.as_str()),
        (6, "guideline", "/ODG")
    );
    let rows: Vec<(&str, u64, u64, u64)> = s
        .rows
        .iter()
        .map(|r| (r.value.as_str(), r.items, r.upheld, r.overturned))
        .collect();
    assert_eq!(rows, [("/ODG/Low Back", 2, 1, 1), ("/ODG/Pain", 2, 2, 0)]);
    assert_eq!(s.rows[0].overturn_rate, Some(0.5));
    // Restricted by a query.
    let (_, out, _) = fx.imr(&[
        "stats",
        "--by",
        "guideline:/ODG",
        "--format",
        "json",
        "epidural",
    ]);
    let s: StatsJson = serde_json::from_str(&out).unwrap();
    assert_eq!(s.total, 1);
    assert_eq!(s.rows.len(), 1);
    assert_eq!(
        (s.rows[0].value.as_str(), s.rows[0].overturned),
        ("/ODG/Low Back", 1)
    );
    let (code, out, _) = fx.imr(&["stats", "--by", "outcome", "--format", "csv"]);
    assert_eq!(code, 0);
    assert_eq!(
        out.lines().next().unwrap(),
        "value,items,upheld,overturned,overturn_rate"
    );
    assert!(out.contains("/upheld,3,3,0,0.0000"), "{out}");
}

#[test]
fn region_filter_facet_and_stats() {
    let fx = Fixture::new();
    assert_eq!(
        fx.hits("", &["--filter", "region=/Knee"]),
        set(&[("b/two.txt", 0), ("d/four.txt", 0)])
    );
    // Several regions per item: the tramadol item is found under both.
    assert_eq!(
        fx.hits("tramadol", &["--filter", "region=/Psyche"]),
        set(&[("c/three.txt", 1)])
    );
    assert_eq!(fx.hits("", &["--filter", "region=/Lumbar Spine"]).len(), 4);
    let r = fx.search(&["--limit", "1", "--facet", "region"]);
    let f = |path: &str, count: u64| FacetJson {
        path: path.into(),
        count,
    };
    assert_eq!(
        r.facets["region"],
        [f("/Lumbar Spine", 4), f("/Knee", 2), f("/Psyche", 1)]
    );
    let (code, out, err) = fx.imr(&["stats", "--by", "region", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let s: StatsJson = serde_json::from_str(&out).unwrap();
    let rows: Vec<(&str, u64, u64, u64)> = s
        .rows
        .iter()
        .map(|r| (r.value.as_str(), r.items, r.upheld, r.overturned))
        .collect();
    assert_eq!(
        rows,
        [
            ("/Lumbar Spine", 4, 3, 1),
            ("/Knee", 2, 0, 1),
            ("/Psyche", 1, 1, 0)
        ]
    );
}

#[test]
fn reason_filter_facet_and_stats() {
    let fx = Fixture::new();
    // Upheld: "no functional improvement documented" (one.txt) and "no
    // functional or objective improvement" (three.txt); tramadol's "without
    // pain relief" and the knee brace's rationale give no reason.
    let nfi = set(&[("a/one.txt", 0), ("c/three.txt", 0)]);
    assert_eq!(
        fx.hits("", &["--filter", "reason=/No functional improvement"]),
        nfi
    );
    // Filter paths ignore case, and the record's name works as an alias.
    assert_eq!(
        fx.hits("", &["--filter", "reasons=/no functional improvement"]),
        nfi
    );
    // Overturned: "is supported", "is recommended".
    assert_eq!(
        fx.hits("", &["--filter", "reason=/Guideline criteria met"]),
        set(&[("a/one.txt", 1), ("b/two.txt", 0)])
    );
    let r = fx.search(&["--limit", "1", "--facet", "reason"]);
    let f = |path: &str, count: u64| FacetJson {
        path: path.into(),
        count,
    };
    assert_eq!(
        r.facets["reason"],
        [
            f("/Guideline criteria met", 2),
            f("/No functional improvement", 2)
        ]
    );
    let (code, out, err) = fx.imr(&["stats", "--by", "reason", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let s: StatsJson = serde_json::from_str(&out).unwrap();
    let rows: Vec<(&str, u64, u64, u64)> = s
        .rows
        .iter()
        .map(|r| (r.value.as_str(), r.items, r.upheld, r.overturned))
        .collect();
    assert_eq!(
        rows,
        [
            ("/Guideline criteria met", 2, 0, 2),
            ("/No functional improvement", 2, 2, 0)
        ]
    );
}

#[test]
fn show_by_case_number_and_by_file() {
    let fx = Fixture::new();
    let (code, out, err) = fx.imr(&["show", "CM13-0000003", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    // The record reads back exactly as it was indexed.
    let shown: Letter = serde_json::from_str(&out).unwrap();
    let expected = letters()
        .into_iter()
        .find(|(f, _)| f == "c/three.txt")
        .unwrap()
        .1;
    assert_eq!(shown, expected);
    for key in ["d/four.txt", "/somewhere/corpus/d/four.txt"] {
        let (code, out, err) = fx.imr(&["show", key]);
        assert_eq!(code, 0, "{key}: {err}");
        assert!(out.contains("Knee brace"), "{out}");
        assert!(out.lines().all(|l| l.chars().count() <= 100));
    }
    let (code, _, err) = fx.imr(&["show", "CM99-9999999"]);
    assert_eq!(code, 1);
    assert!(err.contains("no letter"), "{err}");
}

#[test]
fn table_and_csv_output() {
    let fx = Fixture::new();
    let (code, out, _) = fx.imr(&[
        "search",
        "\"functional improvement\"~2",
        "--facet",
        "outcome",
    ]);
    assert_eq!(code, 0);
    assert!(out.starts_with("2 matching items"), "{out}");
    assert!(out.lines().all(|l| l.chars().count() <= 100), "{out}");
    assert!(!out.contains('\x1b'), "no ANSI codes when piped");
    let (_, out, _) = fx.imr(&["search", "--format", "csv", "norco"]);
    let mut lines = out.lines();
    assert!(lines
        .next()
        .unwrap()
        .starts_with("file,case_number,item_index,service"));
    assert!(lines
        .next()
        .unwrap()
        .starts_with("a/one.txt,CM14-0000001,0,Norco 10/325mg #90,"));
}

#[test]
fn errors_and_exit_codes() {
    let fx = Fixture::new();
    let (code, _, err) = fx.imr(&["search", "zebra"]);
    assert_eq!(code, 1);
    assert!(err.contains("no hits"), "{err}");
    let (code, _, err) = fx.imr(&["search", "(epidural"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("syntax error") && err.contains("expected ')'"),
        "{err}"
    );
    let (code, _, err) = fx.imr(&["search", "colour:red"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("unknown field `colour`") && err.contains("rationale"),
        "{err}"
    );
    let (code, _, err) = fx.imr(&["search", "x", "--filter", "colour=red"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown field"), "{err}");
    let (code, _, err) = fx.imr(&["search", "x", "--since", "2014-13-01"]);
    assert_eq!(code, 2);
    assert!(err.contains("bad date"), "{err}");
    let (code, _, err) = fx.imr(&["search", "--facet", "service", "x"]);
    assert_eq!(code, 2);
    assert!(err.contains("not a facet field"), "{err}");
    let missing = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("imr")
        .unwrap()
        .args(["search", "x", "--index"])
        .arg(missing.path().join("nope"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no index") && err.contains("imr index"),
        "{err}"
    );
}

// ---------------------------------------------------------------- trends

/// Letters for `stats --by year|quarter|month`: (file, decision date, UR
/// date, item outcomes). t1's UR date is in 2013 but its decision in 2014:
/// the decision date wins. t3 has only a UR date; t6 has no date at all.
#[allow(clippy::type_complexity)]
const TREND: &[(
    &str,
    Option<(i32, u32, u32)>,
    Option<(i32, u32, u32)>,
    &[Option<Outcome>],
)] = &[
    (
        "t1.txt",
        Some((2014, 1, 20)),
        Some((2013, 12, 1)),
        &[Some(Outcome::Upheld), Some(Outcome::Overturned)],
    ),
    (
        "t2.txt",
        Some((2014, 2, 28)),
        None,
        &[Some(Outcome::Overturned)],
    ),
    ("t3.txt", None, Some((2014, 5, 3)), &[Some(Outcome::Upheld)]),
    (
        "t4.txt",
        Some((2014, 11, 10)),
        Some((2014, 9, 1)),
        &[Some(Outcome::Upheld), None],
    ),
    (
        "t5.txt",
        Some((2015, 3, 2)),
        None,
        &[Some(Outcome::Overturned)],
    ),
    ("t6.txt", None, None, &[Some(Outcome::Upheld)]),
];

fn trend_letters() -> Vec<(String, Letter)> {
    let date = |d: Option<(i32, u32, u32)>| d.and_then(|(y, m, d)| IsoDate::new(y, m, d));
    TREND
        .iter()
        .map(|&(file, decision, ur, outcomes)| {
            let mut letter = parse_text("", Some(file));
            letter.warnings.clear();
            letter.decision_date = date(decision);
            letter.ur_date = date(ur);
            for (i, &outcome) in outcomes.iter().enumerate() {
                letter.items.push(Item {
                    service: format!("Physical therapy {i}"),
                    service_category: "/Therapy/Physical Therapy".to_string(),
                    outcome,
                    requested: None,
                    authorized: None,
                    regions: Vec::new(),
                    reasons: Vec::new(),
                    reason_evidence: Vec::new(),
                    reviewer_guidelines: Vec::new(),
                    claims_administrator_guidelines: Vec::new(),
                    reviewer_citation: String::new(),
                    claims_administrator_citation: String::new(),
                    rationale: "Therapy is supported.".to_string(),
                });
            }
            (file.to_string(), letter)
        })
        .collect()
}

fn trend_fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    write_index(dir.path(), trend_letters());
    Fixture { dir }
}

/// (period, items, upheld, overturned, dated_by_ur) of every row.
type TrendRows = Vec<(String, u64, u64, u64, u64)>;

fn trend_json(fx: &Fixture, args: &[&str]) -> (TrendJson, TrendRows) {
    let mut all = vec!["stats", "--format", "json"];
    all.extend_from_slice(args);
    let (code, out, err) = fx.imr(&all);
    assert_eq!(code, 0, "{err}");
    let t: TrendJson = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    let rows = t
        .rows
        .iter()
        .map(|r| {
            (
                r.value.clone(),
                r.items,
                r.upheld,
                r.overturned,
                r.dated_by_ur,
            )
        })
        .collect();
    (t, rows)
}

fn row(
    p: &str,
    items: u64,
    upheld: u64,
    overturned: u64,
    by_ur: u64,
) -> (String, u64, u64, u64, u64) {
    (p.to_string(), items, upheld, overturned, by_ur)
}

#[test]
fn stats_by_year_quarter_and_month_of_the_decision_date() {
    let fx = trend_fixture();
    let (t, rows) = trend_json(&fx, &["--by", "year"]);
    assert_eq!(
        (
            t.total,
            t.by.as_str(),
            t.date.as_str(),
            t.dated_by_ur,
            t.undated
        ),
        (8, "year", "decision_date", 1, 1)
    );
    assert_eq!(rows, [row("2014", 6, 3, 2, 1), row("2015", 1, 0, 1, 0)]);
    assert_eq!(t.rows[0].overturn_rate, Some(0.4));
    assert_eq!(t.rows[1].overturn_rate, Some(1.0));

    // Time order, the empty third quarter of 2014 kept as a zero row.
    let (t, rows) = trend_json(&fx, &["--by", "quarter"]);
    assert_eq!(
        rows,
        [
            row("2014-Q1", 3, 1, 2, 0),
            row("2014-Q2", 1, 1, 0, 1),
            row("2014-Q3", 0, 0, 0, 0),
            row("2014-Q4", 2, 1, 0, 0),
            row("2015-Q1", 1, 0, 1, 0),
        ]
    );
    let rates: Vec<Option<f64>> = t.rows.iter().map(|r| r.overturn_rate).collect();
    assert_eq!(
        rates,
        [Some(2.0 / 3.0), Some(0.0), None, Some(0.0), Some(1.0)]
    );

    let (t, rows) = trend_json(&fx, &["--by", "month"]);
    assert_eq!(rows.len(), 15, "2014-01 to 2015-03: {rows:?}");
    let nonzero: TrendRows = rows.into_iter().filter(|r| r.1 > 0).collect();
    assert_eq!(
        nonzero,
        [
            row("2014-01", 2, 1, 1, 0),
            row("2014-02", 1, 0, 1, 0),
            row("2014-05", 1, 1, 0, 1),
            row("2014-11", 2, 1, 0, 0),
            row("2015-03", 1, 0, 1, 0),
        ]
    );
    assert_eq!((t.rows[2].value.as_str(), t.rows[2].items), ("2014-03", 0));

    // A filter restricts the items counted; the periods span only theirs.
    let (t, rows) = trend_json(&fx, &["--by", "quarter", "--filter", "outcome=/overturned"]);
    assert_eq!((t.total, t.dated_by_ur, t.undated), (3, 0, 0));
    assert_eq!(
        rows,
        [
            row("2014-Q1", 2, 0, 2, 0),
            row("2014-Q2", 0, 0, 0, 0),
            row("2014-Q3", 0, 0, 0, 0),
            row("2014-Q4", 0, 0, 0, 0),
            row("2015-Q1", 1, 0, 1, 0),
        ]
    );
}

/// `(value, items, upheld, overturned)` of `imr stats --by FIELD`.
fn stats_rows(fx: &Fixture, by: &str) -> Vec<(String, u64, u64, u64)> {
    let (code, out, err) = fx.imr(&["stats", "--by", by, "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let s: StatsJson = serde_json::from_str(&out).unwrap();
    s.rows
        .iter()
        .map(|r| (r.value.clone(), r.items, r.upheld, r.overturned))
        .collect()
}

#[test]
fn ca_licensed_and_ur_match_facets() {
    let fx = Fixture::new();
    let f = |path: &str, count: u64| FacetJson {
        path: path.into(),
        count,
    };
    // Every item's UR decision cited the MTUS: the reviewer's families
    // decide. four.txt names no state (no ca_licensed) and no guideline.
    let r = fx.search(&[
        "--limit",
        "0",
        "--facet",
        "ca_licensed",
        "--facet",
        "ur_match",
    ]);
    assert_eq!(r.facets["ca_licensed"], [f("/yes", 4), f("/no", 1)]);
    assert_eq!(
        r.facets["ur_match"],
        [f("/different", 3), f("/same", 2), f("/none cited", 1)]
    );
    assert_eq!(
        fx.hits("", &["--filter", "ca_licensed=/no"]),
        set(&[("b/two.txt", 0)])
    );
    assert_eq!(
        fx.hits("", &["--filter", "ur_match=/none cited"]),
        set(&[("d/four.txt", 0)])
    );
    assert_eq!(
        fx.hits("", &["--filter", "ur_match=/same"]),
        set(&[("a/one.txt", 0), ("b/two.txt", 0)])
    );
    let row = |v: &str, n, u, o| (v.to_string(), n, u, o);
    assert_eq!(
        stats_rows(&fx, "ca_licensed"),
        [row("/yes", 4, 3, 1), row("/no", 1, 0, 1)]
    );
    assert_eq!(
        stats_rows(&fx, "ur_match"),
        [
            row("/different", 3, 2, 1),
            row("/same", 2, 1, 1),
            row("/none cited", 1, 0, 0)
        ]
    );
}

#[test]
fn stats_by_period_table_and_csv_say_how_items_were_dated() {
    let fx = trend_fixture();
    let (code, out, err) = fx.imr(&["stats", "--by", "Year"]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "8 matching items by year of the decision date");
    assert_eq!(
        lines[2],
        "2014              6        3           2     40.0%            1"
    );
    assert!(
        out.contains("note: 1 of 8 items are dated by the UR date (no decision date in the letter); 1 have neither date"),
        "{out}"
    );
    let (code, out, _) = fx.imr(&["stats", "--by", "quarter", "--format", "csv"]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            "value,items,upheld,overturned,overturn_rate,dated_by_ur",
            "2014-Q1,3,1,2,0.6667,0",
            "2014-Q2,1,1,0,0.0000,1",
            "2014-Q3,0,0,0,,0",
            "2014-Q4,2,1,0,0.0000,0",
            "2015-Q1,1,0,1,1.0000,0",
        ]
    );
    // Nothing matched: exit 1, as for facet stats.
    let (code, _, err) = fx.imr(&["stats", "--by", "month", "nosuchword"]);
    assert_eq!(code, 1);
    assert!(err.contains("no hits"), "{err}");
}

#[test]
fn markdown_citations_quote_the_matched_sentence() {
    let fx = Fixture::new();
    let (code, out, err) = fx.imr(&["search", "--format", "md", "\"functional improvement\""]);
    assert_eq!(code, 0, "{err}");
    // The first match spans a line break: its whole sentence is quoted on
    // one line, not the snippet window.
    assert_eq!(
        out,
        "CM14-0000001 (IMR decision 2014-04-01): Norco 10/325mg #90, upheld. \
         Reviewer: Pain Medicine. Guidelines relied on: MTUS/Chronic Pain/Opioids; \
         ODG/Pain/Opioids.\n\n> Opioids need documented functional improvement.\n\n\
         Reasons:\n- No functional improvement: \"Here there is no functional improvement \
         documented, and Improvement alone is not enough.\"\n"
    );
    // two.txt matches in its summary only: a citation without a quote.
    let (code, out, err) = fx.imr(&["search", "--format", "md", "--sort", "date", "knee"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "CM14-0000002 (decision date not stated): Physical therapy x 12, overturned. \
         Reviewer: Orthopedic Surgery. Guidelines relied on: MTUS/Postsurgical.\n\n\
         Reasons:\n- Guideline criteria met: \"After repair of the torn ligament, physical \
         therapy is recommended;\"\n\n\
         d/four.txt (decision date not stated): Knee brace, outcome not stated. \
         Reviewer: specialty not stated. Guidelines relied on: none named.\n\n\
         > A knee brace may help ligament instability.\n"
    );
    let (code, _, err) = fx.imr(&["stats", "--by", "outcome", "--format", "md"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("imr stats prints table, json or csv, not md"),
        "{err}"
    );
}

/// A filter on a facet with a fixed set of values names the valid ones
/// instead of answering "no hits" to a typo (exit 2, not 1).
#[test]
fn a_filter_value_a_closed_facet_cannot_hold_is_an_error() {
    let (code, out, err) = crate::common::imr(&["search", "*", "--filter", "outcome=maybe"]);
    assert_eq!(code, 2, "{out}");
    assert!(
        err.contains(
            "--filter outcome: no such value `maybe`; valid values: /upheld, /overturned, /unknown"
        ),
        "{err}"
    );
    let (code, _, err) = crate::common::imr(&["search", "*", "--filter", "warning=/text-only"]);
    assert_eq!(code, 2);
    assert!(err.contains("/text only"), "{err}");
}

/// A letter of our own wording whose two items each give one reason the
/// parser's rules find, for the evidence tests.
const EVIDENCE_LETTER: &str = "CLINICAL CASE SUMMARY\n\
The injured worker is a clerk who strained the lower back lifting files.\n\n\
IMR ISSUES, DECISIONS AND RATIONALES\n\
Omeprazole 20mg #60:  Upheld\n\
Decision rationale: Acid suppression is advised for people taking anti-inflammatory\n\
drugs who are at raised risk of stomach bleeding. The notes mention no stomach\n\
complaints, ulcer history or other gastrointestinal risk factors for this worker. The\n\
request is therefore not medically necessary.\n\
Physical therapy 8 visits:  Upheld\n\
Decision rationale: The worker already completed 12 supervised visits. She should be\n\
able to continue her exercises at home. The request is not medically necessary.\n";

/// The reason and sentence each item of [`EVIDENCE_LETTER`] must carry.
const EVIDENCE: [(&str, &str); 2] = [
    (
        "/Precondition for the drug or device absent",
        "The notes mention no stomach complaints, ulcer history or other \
         gastrointestinal risk factors for this worker.",
    ),
    (
        "/Home exercise program suffices",
        "She should be able to continue her exercises at home.",
    ),
];

/// `imr index` on a temp corpus holding [`EVIDENCE_LETTER`]: the temp
/// folder and the index's path.
fn evidence_index() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    std::fs::write(corpus.join("CM14-0000099.txt"), EVIDENCE_LETTER).unwrap();
    let index = tmp.path().join("ix");
    let out = Command::cargo_bin("imr")
        .unwrap()
        .env_remove("IMR_INDEX")
        .arg("index")
        .arg(&corpus)
        .arg("--index")
        .arg(&index)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (tmp, index)
}

fn run_imr(index: &Path, args: &[&str]) -> String {
    let (code, stdout, stderr) = crate::common::imr_on(index, args);
    assert_eq!(code, 0, "{stderr}");
    stdout
}

/// A hit's item index, reasons, and (reason, sentence) pairs.
type HitReasons = (u64, Vec<String>, Vec<(String, String)>);

#[test]
fn search_hits_carry_each_reason_with_its_sentence() {
    let (_tmp, index) = evidence_index();
    let out = run_imr(
        &index,
        &["search", "--format", "json", "--sort", "date", "*"],
    );
    let r: SearchJson = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    let mut got: Vec<HitReasons> = r
        .hits
        .iter()
        .map(|h| {
            let evidence = h
                .reason_evidence
                .iter()
                .map(|e| (e.reason.clone(), e.sentence.clone()));
            (h.item_index, h.reasons.clone(), evidence.collect())
        })
        .collect();
    got.sort();
    let want: Vec<HitReasons> = EVIDENCE
        .iter()
        .enumerate()
        .map(|(i, (reason, sentence))| {
            let pair = (reason.to_string(), sentence.to_string());
            (i as u64, vec![reason.to_string()], vec![pair])
        })
        .collect();
    assert_eq!(got, want);
    // `imr show`'s JSON has the same pairs for each item.
    let shown: Letter = serde_json::from_str(&run_imr(
        &index,
        &["show", "CM14-0000099", "--format", "json"],
    ))
    .unwrap();
    for (item, (reason, sentence)) in shown.items.iter().zip(EVIDENCE) {
        let pairs: Vec<(&str, &str)> = item
            .reason_evidence
            .iter()
            .map(|e| (e.reason.as_str(), e.sentence.as_str()))
            .collect();
        assert_eq!(pairs, [(reason, sentence)]);
    }
    // CSV: `reasons` and the sentences, as `imr export` joins a list.
    let out = run_imr(&index, &["search", "--format", "csv", "omeprazole"]);
    let mut rows = csv::Reader::from_reader(out.as_bytes());
    let header = rows.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let row = rows.records().next().unwrap().unwrap();
    assert_eq!(&row[col("reasons")], EVIDENCE[0].0);
    assert_eq!(&row[col("reason_evidence")], EVIDENCE[0].1);
}

#[test]
fn show_table_quotes_each_reason_under_its_item() {
    let (_tmp, index) = evidence_index();
    let out = run_imr(&index, &["show", "CM14-0000099"]);
    for (reason, sentence) in EVIDENCE {
        let lines: Vec<&str> = out.lines().collect();
        // The reason on a line of its own, then its sentence, quoted and
        // wrapped over the lines up to the closing quote.
        let at = lines
            .iter()
            .position(|l| *l == format!("      {reason}"))
            .unwrap_or_else(|| panic!("no line for {reason}:\n{out}"));
        let mut quoted = Vec::new();
        for l in &lines[at + 1..] {
            assert!(l.starts_with("    "), "{out}");
            quoted.push(l.trim());
            if l.ends_with('"') {
                break;
            }
        }
        assert_eq!(quoted.join(" "), format!("\"{sentence}\""), "{out}");
    }
    assert!(out.lines().all(|l| l.chars().count() <= 100), "{out}");
}
