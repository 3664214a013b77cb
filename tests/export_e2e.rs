//! End-to-end tests of `imr export` on the bundled `corpus_samples/` index:
//! the Parquet tables read back with the `parquet` crate equal `imr show`
//! for every letter and item; CSV and JSON Lines hold the same values; a
//! query and filters select exactly the items `imr search` returns; the
//! per-quarter overturn rates of the tables equal `imr stats --by quarter`;
//! and the errors (a table already there, a file or unwritable folder as
//! the target, a bad filter, no index) exit 2 with a message.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::path::{Path, PathBuf};

use parquet::file::reader::{FileReader, SerializedFileReader};
use parquet::record::Field;
use serde_json::{json, Map, Value};

use crate::common::imr;
use crate::common::json::{SearchJson, TrendJson};

type Row = Map<String, Value>;

/// A fresh folder for one export.
fn out_dir(name: &str) -> PathBuf {
    let dir = tempfile::Builder::new()
        .prefix(&format!("export-{name}-"))
        .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
        .unwrap()
        .keep();
    dir.join("out")
}

/// `imr export DIR ARGS...` on the samples index: (exit, stdout, stderr).
fn export(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let dir = dir.to_str().unwrap();
    let mut all = vec!["export", dir];
    all.extend_from_slice(args);
    imr(&all)
}

fn export_ok(dir: &Path, args: &[&str]) {
    let (code, out, err) = export(dir, args);
    assert_eq!(code, 0, "imr export {args:?}: {err}\n{out}");
}

/// The rows of a Parquet file, as JSON objects.
fn parquet_rows(path: &Path) -> Vec<Row> {
    let reader = SerializedFileReader::new(File::open(path).unwrap()).unwrap();
    reader
        .get_row_iter(None)
        .unwrap()
        .map(|row| {
            row.unwrap()
                .get_column_iter()
                .map(|(name, field)| (name.clone(), field_json(field)))
                .collect()
        })
        .collect()
}

/// A Parquet value as JSON (the crate's own `to_json_value` needs its
/// `json` feature): dates as `YYYY-MM-DD`, lists as arrays.
fn field_json(field: &Field) -> Value {
    match field {
        Field::Null => Value::Null,
        Field::Str(s) => json!(s),
        Field::Long(n) => json!(n),
        Field::Date(days) => {
            let date = imr_search::date::IsoDate::new(1970, 1, 1).unwrap();
            let (y, m, d) = civil(i64::from(*days) + date.days_since_epoch());
            json!(format!("{y:04}-{m:02}-{d:02}"))
        }
        Field::ListInternal(list) => list.elements().iter().map(field_json).collect(),
        other => panic!("unexpected Parquet value {other:?}"),
    }
}

/// The calendar day `days` after 1970-01-01 (Howard Hinnant's algorithm).
fn civil(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

fn jsonl_rows(path: &Path) -> Vec<Row> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The tables of the whole samples index, exported once per process.
fn whole() -> &'static (Vec<Row>, Vec<Row>, PathBuf) {
    static WHOLE: std::sync::OnceLock<(Vec<Row>, Vec<Row>, PathBuf)> = std::sync::OnceLock::new();
    WHOLE.get_or_init(|| {
        let dir = out_dir("whole");
        export_ok(&dir, &[]);
        (
            parquet_rows(&dir.join("letters.parquet")),
            parquet_rows(&dir.join("items.parquet")),
            dir,
        )
    })
}

fn show(file: &str) -> Value {
    let (code, out, err) = imr(&["show", "--format", "json", file]);
    assert_eq!(code, 0, "show {file}: {err}");
    serde_json::from_str(&out).unwrap()
}

fn ca_licensed(states: &Value) -> Value {
    let states = states.as_array().unwrap();
    if states.is_empty() {
        return Value::Null;
    }
    let ca = states.iter().any(|s| {
        let s = s.as_str().unwrap().trim_matches('/');
        s.eq_ignore_ascii_case("California") || s.eq_ignore_ascii_case("CA")
    });
    json!(if ca { "yes" } else { "no" })
}

fn families(paths: &Value) -> BTreeSet<String> {
    paths
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p.as_str().unwrap().split('/').find(|s| !s.is_empty()))
        .filter(|f| *f != "None cited")
        .map(str::to_string)
        .collect()
}

/// What the items row of item `i` of a shown letter must be.
fn expected_item(letter: &Value, i: usize, columns: &BTreeSet<String>) -> Row {
    let item = &letter["items"][i];
    let mut want = Row::new();
    for key in item.as_object().unwrap().keys() {
        assert!(columns.contains(key), "item field {key} is no column");
    }
    for column in columns {
        let value = match column.as_str() {
            "file" | "case_number" => letter[column].clone(),
            "item_index" => json!(i),
            "outcome" if item["outcome"].is_null() => json!("unknown"),
            "modified" => json!(if item["requested"].is_null() {
                "no"
            } else {
                "yes"
            }),
            "reason_evidence" => item["reason_evidence"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["sentence"].clone())
                .collect(),
            "ur_match" => {
                let (ours, theirs) = (
                    families(&item["reviewer_guidelines"]),
                    families(&item["claims_administrator_guidelines"]),
                );
                json!(if ours.is_empty() || theirs.is_empty() {
                    "none cited"
                } else if ours.intersection(&theirs).next().is_some() {
                    "same"
                } else {
                    "different"
                })
            }
            other => item
                .get(other)
                .cloned()
                .unwrap_or_else(|| panic!("items column {other} is no item field")),
        };
        want.insert(column.clone(), value);
    }
    want
}

/// What the letters row of a shown letter must be.
fn expected_letter(letter: &Value, columns: &BTreeSet<String>) -> Row {
    for key in letter.as_object().unwrap().keys() {
        assert!(
            key == "items" || columns.contains(key),
            "letter field {key} is no column"
        );
    }
    columns
        .iter()
        .map(|c| {
            let value = match c.as_str() {
                "ca_licensed" => ca_licensed(&letter["license_states"]),
                "final_determination" if letter[c].is_null() => json!("unknown"),
                other => letter
                    .get(other)
                    .cloned()
                    .unwrap_or_else(|| panic!("letters column {other} is no letter field")),
            };
            (c.clone(), value)
        })
        .collect()
}

#[test]
fn parquet_round_trips_show_for_every_letter_and_item() {
    let (letters, items, _) = whole();
    let all = search("*", &[]);
    let files: BTreeSet<&str> = all.hits.iter().map(|h| h.file.as_str()).collect();
    assert_eq!(letters.len(), files.len(), "one row per letter");
    assert_eq!(items.len(), all.total, "one row per item");
    let letter_columns: BTreeSet<String> = letters[0].keys().cloned().collect();
    let item_columns: BTreeSet<String> = items[0].keys().cloned().collect();
    let mut item_rows = items.iter();
    for row in letters {
        let file = row["file"].as_str().unwrap();
        let shown = show(file);
        assert_eq!(row, &expected_letter(&shown, &letter_columns), "{file}");
        for i in 0..shown["items"].as_array().unwrap().len() {
            let got = item_rows.next().expect("an items row per item");
            assert_eq!(got, &expected_item(&shown, i, &item_columns), "{file} #{i}");
        }
    }
    assert!(item_rows.next().is_none(), "no extra items rows");
}

/// A CSV cell as the JSON value it stands for would be written.
fn csv_text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(list) => list
            .iter()
            .map(|e| e.as_str().unwrap())
            .collect::<Vec<_>>()
            .join(" | "),
        other => other.to_string(),
    }
}

#[test]
fn csv_and_jsonl_hold_the_parquet_values() {
    let (letters, items, _) = whole();
    for format in ["csv", "jsonl"] {
        let dir = out_dir(format);
        export_ok(&dir, &["--format", format]);
        for (table, want) in [("letters", letters), ("items", items)] {
            let path = dir.join(format!("{table}.{format}"));
            if format == "jsonl" {
                assert_eq!(&jsonl_rows(&path), want, "{table}.jsonl");
                continue;
            }
            let mut reader = csv::Reader::from_path(&path).unwrap();
            let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
            let columns: Vec<&String> = want[0].keys().collect();
            assert_eq!(
                header.iter().collect::<BTreeSet<_>>(),
                columns.into_iter().collect::<BTreeSet<_>>()
            );
            let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
            assert_eq!(rows.len(), want.len(), "{table}.csv rows");
            for (got, want) in rows.iter().zip(want) {
                for (name, cell) in header.iter().zip(got.iter()) {
                    assert_eq!(cell, csv_text(&want[name]), "{table}.csv {name}");
                }
            }
        }
    }
}

fn search(query: &str, extra: &[&str]) -> SearchJson {
    let mut args = vec!["search", "--format", "json", "--limit", "1000"];
    args.extend_from_slice(extra);
    args.extend(["--", query]);
    let (code, out, err) = imr(&args);
    assert!(code == 0 || code == 1, "{args:?}: {err}");
    serde_json::from_str(&out).unwrap()
}

#[test]
fn a_query_and_filters_select_the_items_search_returns() {
    let cases: &[(&str, &[&str])] = &[
        ("epidural", &[]),
        (
            "\"functional improvement\"",
            &["--filter", "outcome=overturned"],
        ),
        (
            "*",
            &["--filter", "guideline=/ODG", "--since", "2014-06-01"],
        ),
        (
            "letter:\"independent medical review\"",
            &["--age", "40..60"],
        ),
        ("summary:pain", &["--until", "2014-12-31"]),
        ("no such words anywhere", &[]),
    ];
    for (query, filters) in cases {
        let found = search(query, filters);
        let want: BTreeSet<(String, u64)> = found
            .hits
            .iter()
            .map(|h| (h.file.clone(), h.item_index))
            .collect();
        let dir = out_dir("query");
        let mut args = vec!["--format", "jsonl"];
        args.extend_from_slice(filters);
        args.extend(["--", query]);
        let (code, _, err) = export(&dir, &args);
        assert_eq!(code, if want.is_empty() { 1 } else { 0 }, "{query}: {err}");
        let items = jsonl_rows(&dir.join("items.jsonl"));
        let got: BTreeSet<(String, u64)> = items
            .iter()
            .map(|r| {
                (
                    r["file"].as_str().unwrap().to_string(),
                    r["item_index"].as_u64().unwrap(),
                )
            })
            .collect();
        assert_eq!(got, want, "{query} {filters:?}");
        assert_eq!(items.len(), want.len());
        let letters: BTreeSet<String> = jsonl_rows(&dir.join("letters.jsonl"))
            .iter()
            .map(|r| r["file"].as_str().unwrap().to_string())
            .collect();
        let want_letters: BTreeSet<String> = want.iter().map(|(f, _)| f.clone()).collect();
        assert_eq!(letters, want_letters, "{query}: the letters of the items");
    }
}

#[test]
fn quarter_overturn_rates_equal_stats() {
    let (letters, items, _) = whole();
    let dates: BTreeMap<&str, &Value> = letters
        .iter()
        .map(|l| {
            let date = if l["decision_date"].is_null() {
                &l["ur_date"]
            } else {
                &l["decision_date"]
            };
            (l["file"].as_str().unwrap(), date)
        })
        .collect();
    // period -> (upheld, overturned), as DuckDB's recipe in README.md counts.
    let mut counts: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    for item in items {
        let Some(date) = dates[item["file"].as_str().unwrap()].as_str() else {
            continue;
        };
        let month: u32 = date[5..7].parse().unwrap();
        let period = format!("{}-Q{}", &date[..4], (month - 1) / 3 + 1);
        let entry = counts.entry(period).or_default();
        match item["outcome"].as_str().unwrap() {
            "upheld" => entry.0 += 1,
            "overturned" => entry.1 += 1,
            _ => {}
        }
    }
    let (code, out, err) = imr(&["stats", "--by", "quarter", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let trend: TrendJson = serde_json::from_str(&out).unwrap();
    let stats: BTreeMap<String, (u64, u64)> = trend
        .rows
        .iter()
        .filter(|r| r.items > 0)
        .map(|r| (r.value.clone(), (r.upheld, r.overturned)))
        .collect();
    assert_eq!(counts, stats);
}

#[test]
fn existing_tables_are_kept_unless_forced() {
    let dir = out_dir("force");
    export_ok(&dir, &["epidural"]);
    let before = std::fs::read(dir.join("items.parquet")).unwrap();
    let (code, _, err) = export(&dir, &["*"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("already exists") && err.contains("--force"),
        "{err}"
    );
    assert_eq!(std::fs::read(dir.join("items.parquet")).unwrap(), before);
    export_ok(&dir, &["--force", "*"]);
    assert_ne!(std::fs::read(dir.join("items.parquet")).unwrap(), before);
    // Another format's tables are other files.
    export_ok(&dir, &["--format", "csv"]);
    let names: BTreeSet<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let want: BTreeSet<String> = [
        "items.csv",
        "items.parquet",
        "letters.csv",
        "letters.parquet",
    ]
    .map(String::from)
    .into();
    assert_eq!(names, want, "no partial files left");
}

#[test]
fn unwritable_targets_are_errors() {
    // A file where the folder should be.
    let dir = out_dir("file");
    std::fs::create_dir_all(dir.parent().unwrap()).unwrap();
    std::fs::write(&dir, "not a folder").unwrap();
    let (code, _, err) = export(&dir, &[]);
    assert_eq!(code, 2);
    assert!(err.contains("is not a folder"), "{err}");

    // A read-only folder (root writes in one anyway: then a read-only
    // file system stands in, where there is one).
    let dir = out_dir("readonly");
    std::fs::create_dir_all(&dir).unwrap();
    let mut perms = std::fs::metadata(&dir).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o555);
    std::fs::set_permissions(&dir, perms).unwrap();
    let root_writes = File::create(dir.join("probe")).is_ok();
    let target = if root_writes {
        PathBuf::from("/sys/imr-export-test")
    } else {
        dir.clone()
    };
    let (code, _, err) = export(&target, &[]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("cannot write in"), "{err}");
}

#[test]
fn bad_requests_and_missing_index_exit_2_and_write_nothing() {
    for filters in [
        &["--filter", "outcome=maybe"][..],
        &["--filter", "nosuchfield=1"][..],
        &["--", "service:(unclosed"][..],
    ] {
        let dir = out_dir("bad");
        let (code, _, err) = export(&dir, filters);
        assert_eq!(code, 2, "{filters:?}: {err}");
        assert!(err.starts_with("error: "), "{err}");
        assert!(!dir.exists(), "{filters:?}: nothing written");
    }
    let dir = out_dir("noindex");
    let missing = dir.parent().unwrap().join("no-index");
    let out = assert_cmd::Command::cargo_bin("imr")
        .unwrap()
        .args(["export", "--index"])
        .arg(&missing)
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("imr index"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// GET `uri` from the API over the samples index, in process: (status,
/// headers, body).
fn api_get(uri: &str) -> (u16, axum::http::HeaderMap, String) {
    use axum::http::{header, Request};
    use tower::ServiceExt;
    let searcher =
        imr_search::search::IndexSearcher::open_live(crate::common::samples_index()).unwrap();
    let addr: std::net::SocketAddr = "127.0.0.1:8080".parse().unwrap();
    let app = imr_search::serve::router(std::sync::Arc::new(imr_search::serve::AppState::new(
        searcher, addr,
    )));
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let req = Request::get(uri)
            .header(header::HOST, "127.0.0.1:8080")
            .body(axum::body::Body::empty())
            .unwrap();
        let res = app.oneshot(req).await.unwrap();
        let (status, headers) = (res.status().as_u16(), res.headers().clone());
        let body = axum::body::to_bytes(res.into_body(), 1 << 26)
            .await
            .unwrap();
        (status, headers, String::from_utf8(body.to_vec()).unwrap())
    })
}

#[test]
fn the_api_streams_the_items_csv_of_a_search() {
    let dir = out_dir("api");
    export_ok(
        &dir,
        &[
            "--format",
            "csv",
            "--filter",
            "outcome=upheld",
            "--",
            "pain",
        ],
    );
    let want = std::fs::read_to_string(dir.join("items.csv")).unwrap();
    let (status, headers, body) = api_get("/api/export?q=pain&filter=outcome%3Dupheld");
    assert_eq!(status, 200, "{body}");
    assert_eq!(headers["content-type"], "text/csv; charset=utf-8");
    assert_eq!(
        headers["content-disposition"],
        "attachment; filename=\"items.csv\""
    );
    assert_eq!(body, want);
    // The whole index: more than one 16 KiB chunk of the body.
    let dir = out_dir("api-all");
    export_ok(&dir, &["--format", "csv"]);
    let want = std::fs::read_to_string(dir.join("items.csv")).unwrap();
    assert!(want.len() > 16 << 10, "{} bytes", want.len());
    assert_eq!(api_get("/api/export").2, want);
    // Bad requests are refused before anything is sent.
    for uri in [
        "/api/export?filter=outcome%3Dmaybe",
        "/api/export?q=service%3A(",
        "/api/export?limit=5",
    ] {
        let (status, _, body) = api_get(uri);
        assert_eq!(status, 400, "{uri}: {body}");
        let v: Value = serde_json::from_str(&body).unwrap();
        assert!(v["error"].is_string(), "{uri}: {body}");
    }
}

/// The fenced code blocks of README.md's export section: (language, code).
fn readme_recipes() -> Vec<(String, String)> {
    let readme = std::fs::read_to_string(crate::common::root().join("README.md")).unwrap();
    let start = readme
        .find("## Tables for analysts")
        .expect("the export section");
    let end = start + readme[start..].find("\n## ").unwrap();
    let mut blocks = Vec::new();
    let mut lines = readme[start..end].lines();
    while let Some(line) = lines.next() {
        if let Some(lang) = line.strip_prefix("```") {
            let code: Vec<&str> = lines.by_ref().take_while(|l| *l != "```").collect();
            blocks.push((lang.to_string(), code.join("\n") + "\n"));
        }
    }
    blocks
}

fn have(program: &str, args: &[&str]) -> bool {
    std::process::Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Runs the README's DuckDB, pandas and R recipes as written, in a folder
/// where `imr export tables/` was run, when the tools are installed (each
/// says it was skipped otherwise); DuckDB's per-quarter rates must equal
/// `imr stats --by quarter`. `IMR_REQUIRE_RECIPES` names the recipes whose
/// tools must be there (`duckdb,pandas`, as `.ci/run` sets it): a missing
/// tool then fails the test instead of skipping.
#[test]
fn readme_recipes_run_as_written() {
    let recipes = readme_recipes();
    let langs: Vec<&str> = recipes.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(langs, ["sh", "sh", "python", "r"], "the README's recipes");
    let required = std::env::var("IMR_REQUIRE_RECIPES").unwrap_or_default();
    let skip = |recipe: &str, why: &str| {
        assert!(
            !required.split(',').any(|r| r.trim() == recipe),
            "IMR_REQUIRE_RECIPES names {recipe}, but {why}"
        );
        eprintln!("readme_recipes: {recipe} skipped ({why})");
    };
    let work = out_dir("recipes");
    std::fs::create_dir_all(&work).unwrap();
    export_ok(&work.join("tables"), &[]);
    let run = |program: &str, args: &[&str]| {
        let out = std::process::Command::new(program)
            .args(args)
            .current_dir(&work)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{program} {args:?}: {err}");
        assert!(!text.trim().is_empty(), "{program}: no output");
        text
    };
    if have("duckdb", &["--version"]) {
        let first = recipes[0].1.replace("imr export tables/\n", "");
        assert!(!first.contains("imr "), "{first}");
        run("bash", &["-c", &first]);
        // The second, with JSON output, against `imr stats`.
        let json_out = run(
            "bash",
            &["-c", &recipes[1].1.replace("duckdb -c", "duckdb -json -c")],
        );
        let rows: Vec<Value> = serde_json::from_str(&json_out).unwrap();
        let (_, out, _) = imr(&["stats", "--by", "quarter", "--format", "json"]);
        let trend: TrendJson = serde_json::from_str(&out).unwrap();
        let stats: Vec<(String, u64, f64)> = trend
            .rows
            .iter()
            .filter(|r| r.items > 0)
            .map(|r| (r.value.clone(), r.items, r.overturn_rate.unwrap()))
            .collect();
        let duck: Vec<(String, u64, f64)> = rows
            .iter()
            .map(|r| {
                (
                    r["quarter"].as_str().unwrap().to_string(),
                    r["items"].as_u64().unwrap(),
                    r["overturn_rate"].as_f64().unwrap(),
                )
            })
            .collect();
        assert_eq!(duck.len(), stats.len());
        for (d, s) in duck.iter().zip(&stats) {
            assert_eq!((&d.0, d.1), (&s.0, s.1));
            assert!((d.2 - s.2).abs() < 1e-9, "{d:?} vs {s:?}");
        }
    } else {
        skip("duckdb", "no duckdb command; pip install duckdb-cli");
    }
    if have("python3", &["-c", "import pandas, pyarrow"]) {
        run("python3", &["-c", &recipes[2].1]);
    } else {
        skip("pandas", "python3 with pandas and pyarrow not found");
    }
    if have("Rscript", &["-e", "library(arrow)"]) {
        run("Rscript", &["-e", &recipes[3].1]);
    } else {
        skip("r", "Rscript with the arrow package not found");
    }
}
