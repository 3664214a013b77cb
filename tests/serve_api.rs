//! `imr serve`'s JSON API, in-process (tower `oneshot` on the router) over
//! the index of `corpus_samples/`: every document equals what the CLI's
//! `--format json` prints for the same question, every bad input gets its
//! 4xx and error kind, nothing is echoed unescaped, and a new commit is
//! picked up without a restart.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use assert_cmd::Command;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use imr_search::search::IndexSearcher;
use imr_search::serve::{router, AppState};
use serde_json::Value;
use tower::ServiceExt;

use crate::common::{imr, root, samples_index};

const ADDR: &str = "127.0.0.1:8080";

fn app_for(index: &Path) -> axum::Router {
    let searcher = IndexSearcher::open_live(index).unwrap();
    let addr: SocketAddr = ADDR.parse().unwrap();
    router(Arc::new(AppState::new(searcher, addr)))
}

/// GET `uri` with `Host: host`: (status, headers, body).
fn get_as(app: &axum::Router, uri: &str, host: &str) -> (StatusCode, header::HeaderMap, String) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let req = Request::get(uri)
            .header(header::HOST, host)
            .body(Body::empty())
            .unwrap();
        let res = app.clone().oneshot(req).await.unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        let body = axum::body::to_bytes(res.into_body(), 1 << 24)
            .await
            .unwrap();
        (status, headers, String::from_utf8(body.to_vec()).unwrap())
    })
}

fn get(uri: &str) -> (StatusCode, header::HeaderMap, String) {
    static APP: std::sync::OnceLock<axum::Router> = std::sync::OnceLock::new();
    let app = APP.get_or_init(|| app_for(samples_index()));
    get_as(app, uri, ADDR)
}

/// GET a JSON route that must succeed; `took_ms` is checked and removed so
/// the rest compares with the CLI.
fn ok_json(uri: &str) -> Value {
    let (status, headers, body) = get(uri);
    assert_eq!(status, StatusCode::OK, "{uri}: {body}");
    assert_eq!(
        headers[header::CONTENT_TYPE],
        "application/json; charset=utf-8"
    );
    let mut v: Value = serde_json::from_str(&body).unwrap();
    if let Some(obj) = v.as_object_mut() {
        if let Some(took) = obj.remove("took_ms") {
            assert!(
                took.as_f64().is_some_and(|t| t >= 0.0),
                "{uri}: took_ms {took}"
            );
        }
    }
    v
}

/// A failing route: (status, kind, message).
fn err_json(uri: &str) -> (StatusCode, String, String) {
    let (status, _, body) = get(uri);
    let v: Value = serde_json::from_str(&body).unwrap_or_else(|e| panic!("{uri}: {e}: {body}"));
    (
        status,
        v["kind"].as_str().unwrap().to_string(),
        v["error"].as_str().unwrap().to_string(),
    )
}

fn cli_json(args: &[&str]) -> Value {
    let (code, out, err) = imr(args);
    assert!(code == 0 || code == 1, "imr {args:?}: {err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("imr {args:?}: {e}: {out}"))
}

fn cli_text(args: &[&str]) -> String {
    let (code, out, err) = imr(args);
    assert_eq!(code, 0, "imr {args:?}: {err}");
    out
}

fn enc(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

#[test]
fn search_documents_equal_the_cli_json() {
    let cases: &[(&str, &[&str])] = &[
        (
            "q=%22functional+improvement%22&facet=guideline&facet=outcome",
            &[
                "\"functional improvement\"",
                "--facet",
                "guideline",
                "--facet",
                "outcome",
            ],
        ),
        (
            "q=%22medically+necessary%22&filter=outcome%3D%2Foverturned&facet=guideline:/ODG",
            &[
                "\"medically necessary\"",
                "--filter",
                "outcome=/overturned",
                "--facet",
                "guideline:/ODG",
            ],
        ),
        (
            "facet=specialty&facet=category&facet=year&limit=5&offset=5",
            &[
                "--facet",
                "specialty",
                "--facet",
                "category",
                "--facet",
                "year",
                "--limit",
                "5",
                "--offset",
                "5",
            ],
        ),
        (
            "q=injection+AND+NOT+facet&sort=date&limit=20",
            &["injection AND NOT facet", "--sort", "date", "--limit", "20"],
        ),
        (
            "q=epidur*&since=2014-06-01&until=12/31/2014&age=40..60",
            &[
                "epidur*",
                "--since",
                "2014-06-01",
                "--until",
                "12/31/2014",
                "--age",
                "40..60",
            ],
        ),
    ];
    for (query, args) in cases {
        let api = ok_json(&format!("/api/search?{query}"));
        let mut cli_args = vec!["search"];
        cli_args.extend_from_slice(args);
        cli_args.extend_from_slice(&["--format", "json"]);
        let cli = cli_json(&cli_args);
        assert_eq!(
            api, cli,
            "/api/search?{query} differs from imr {cli_args:?}"
        );
        assert!(api["total"].as_u64().unwrap() > 0, "{query} found nothing");
    }
    // The exact figures, not only agreement: 54 items in the samples.
    assert_eq!(ok_json("/api/search?limit=0")["total"], 54);
}

#[test]
fn stats_documents_equal_the_cli_json() {
    for (query, args) in [
        ("by=guideline", vec!["--by", "guideline"]),
        (
            "by=guideline:/ODG&q=pain",
            vec!["--by", "guideline:/ODG", "pain"],
        ),
        (
            "by=specialty&filter=year%3D%2F2014",
            vec!["--by", "specialty", "--filter", "year=/2014"],
        ),
    ] {
        let api = ok_json(&format!("/api/stats?{query}"));
        let mut cli_args = vec!["stats"];
        cli_args.extend(args);
        cli_args.extend(["--format", "json"]);
        assert_eq!(api, cli_json(&cli_args), "/api/stats?{query}");
    }
    let v = ok_json("/api/stats?by=outcome");
    let rows = v["rows"].as_array().unwrap();
    let items: u64 = rows.iter().map(|r| r["items"].as_u64().unwrap()).sum();
    assert_eq!(items, 54);
}

#[test]
fn letter_is_the_cli_record_with_highlights_of_the_query() {
    let api = ok_json("/api/letter?key=CM14-0103527&q=%22functional+improvement%22+OR+physical");
    let mut record = api.clone();
    let highlights = record
        .as_object_mut()
        .unwrap()
        .remove("highlights")
        .unwrap();
    let citations = record.as_object_mut().unwrap().remove("citations").unwrap();
    assert_eq!(
        record,
        cli_json(&["show", "CM14-0103527", "--format", "json"])
    );
    // Each matched item's citation is the one `imr search --format md`
    // writes for it (same line, same quoted sentence).
    let args = [
        "--filter",
        "case_number=CM14-0103527",
        "--limit",
        "100",
        "\"functional improvement\" OR physical",
    ];
    let hits = cli_json(&[&["search", "--format", "json"][..], &args[..]].concat());
    let md = cli_text(&[&["search", "--format", "md"][..], &args[..]].concat());
    let citations = citations.as_array().unwrap();
    assert_eq!(citations.len(), api["items"].as_array().unwrap().len());
    let hits = hits["hits"].as_array().unwrap();
    assert!(!hits.is_empty());
    for h in hits {
        let c = citations[h["item_index"].as_u64().unwrap() as usize]
            .as_str()
            .unwrap();
        assert!(c.starts_with("CM14-0103527 ("), "{c}");
        assert!(md.contains(&format!("{c}\n")), "{c}\nnot in\n{md}");
    }
    let items = api["items"].as_array().unwrap();
    let highlights = highlights.as_array().unwrap();
    assert_eq!(highlights.len(), items.len());
    let mut marked = Vec::new();
    for (item, ranges) in items.iter().zip(highlights) {
        let rationale = item["rationale"].as_str().unwrap();
        for r in ranges.as_array().unwrap() {
            let (s, e) = (
                r[0].as_u64().unwrap() as usize,
                r[1].as_u64().unwrap() as usize,
            );
            marked.push(
                rationale[s..e]
                    .to_lowercase()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
            );
        }
    }
    assert!(!marked.is_empty(), "no highlights at all");
    for m in &marked {
        assert!(
            m == "functional improvement" || m == "physical",
            "highlighted `{m}`, which the query did not ask for"
        );
    }
    // Without a query there is nothing to mark.
    let plain = ok_json("/api/letter?key=CM14-0103527");
    assert!(plain["highlights"]
        .as_array()
        .unwrap()
        .iter()
        .all(|h| h.as_array().unwrap().is_empty()));
    // A file path works as the key too.
    let by_file = ok_json(&format!(
        "/api/letter?key={}",
        enc("corpus_samples/CM14-0103527.txt")
    ));
    assert_eq!(by_file["case_number"], "CM14-0103527");
}

#[test]
fn reason_facet_filter_and_stats_over_the_api() {
    let api = ok_json("/api/stats?by=reason");
    assert_eq!(
        api,
        cli_json(&["stats", "--by", "reason", "--format", "json"])
    );
    let rows = api["rows"].as_array().unwrap();
    assert!(rows.len() >= 3, "{rows:?}");
    for r in rows {
        let (upheld, overturned) = (
            r["upheld"].as_u64().unwrap(),
            r["overturned"].as_u64().unwrap(),
        );
        // Denial reasons come from upheld items (or ones without an outcome),
        // the criteria-met reason from overturned items only.
        if r["value"] == "/Guideline criteria met" {
            assert_eq!(upheld, 0, "{r}");
            assert!(overturned > 0, "{r}");
        } else {
            assert_eq!(overturned, 0, "{r}");
        }
    }
    let q = format!(
        "filter={}&facet=reason",
        enc("reason=/No functional improvement")
    );
    let v = ok_json(&format!("/api/search?{q}"));
    assert_eq!(
        v,
        cli_json(&[
            "search",
            "--filter",
            "reason=/No functional improvement",
            "--facet",
            "reason",
            "--format",
            "json"
        ])
    );
    assert!(v["total"].as_u64().unwrap() > 0, "{v}");
}

#[test]
fn info_counts_documents_and_lists_facets() {
    let v = ok_json("/api/info");
    assert_eq!(v["documents"], 54);
    let facets: Vec<&str> = v["facets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap())
        .collect();
    for f in [
        "guideline",
        "ca_guideline",
        "specialty",
        "category",
        "outcome",
        "year",
    ] {
        assert!(facets.contains(&f), "{f} missing from {facets:?}");
    }
}

/// Requests the API must refuse: (URI, status, kind, a word the message
/// holds). `LONG` stands for a 1,001-byte query.
const BAD_INPUTS: &[(&str, StatusCode, &str, &str)] = &[
    (
        "/api/search?q=%22unclosed",
        StatusCode::BAD_REQUEST,
        "syntax",
        "syntax",
    ),
    (
        "/api/search?q=colour:red",
        StatusCode::BAD_REQUEST,
        "unknown_field",
        "`colour`",
    ),
    (
        "/api/search?filter=outcome%3Dmaybe",
        StatusCode::BAD_REQUEST,
        "bad_value",
        "valid values: /upheld, /overturned, /unknown",
    ),
    (
        "/api/search?limit=101",
        StatusCode::BAD_REQUEST,
        "out_of_range",
        "`limit`",
    ),
    (
        "/api/search?limit=-1",
        StatusCode::BAD_REQUEST,
        "bad_value",
        "`limit`",
    ),
    (
        "/api/search?offset=10001",
        StatusCode::BAD_REQUEST,
        "out_of_range",
        "`offset`",
    ),
    (
        "/api/search?q=LONG",
        StatusCode::BAD_REQUEST,
        "too_long",
        "1001 bytes",
    ),
    (
        "/api/search?colour=red",
        StatusCode::BAD_REQUEST,
        "bad_value",
        "`colour`",
    ),
    (
        "/api/search?sort=oldest",
        StatusCode::BAD_REQUEST,
        "bad_value",
        "`sort`",
    ),
    (
        "/api/search?facet=service",
        StatusCode::BAD_REQUEST,
        "bad_value",
        "not a facet",
    ),
    (
        "/api/search?filter=outcome",
        StatusCode::BAD_REQUEST,
        "bad_value",
        "FIELD=VALUE",
    ),
    (
        "/api/search?since=yesterday",
        StatusCode::BAD_REQUEST,
        "bad_value",
        "`since`",
    ),
    (
        "/api/search?age=60..40",
        StatusCode::BAD_REQUEST,
        "bad_value",
        "`age`",
    ),
    (
        "/api/stats",
        StatusCode::BAD_REQUEST,
        "bad_value",
        "`by` is required",
    ),
    (
        "/api/stats",
        StatusCode::BAD_REQUEST,
        "bad_value",
        "or year, quarter, month for a trend",
    ),
    (
        "/api/stats?by=nope",
        StatusCode::BAD_REQUEST,
        "unknown_field",
        "`nope`",
    ),
    (
        "/api/letter",
        StatusCode::BAD_REQUEST,
        "bad_value",
        "`key` is required",
    ),
    (
        "/api/letter?key=CM99-0000000",
        StatusCode::NOT_FOUND,
        "not_found",
        "CM99-0000000",
    ),
    (
        "/api/nothing",
        StatusCode::NOT_FOUND,
        "not_found",
        "/api/search",
    ),
];

#[test]
fn every_bad_input_gets_a_4xx_naming_the_problem() {
    let long = "a".repeat(1001);
    for &(uri, status, kind, needle) in BAD_INPUTS {
        let uri = uri.replace("LONG", &long);
        let (got_status, got_kind, message) = err_json(&uri);
        assert_eq!(
            (got_status, got_kind.as_str()),
            (status, kind),
            "{uri}: {message}"
        );
        assert!(
            message.contains(needle),
            "{uri}: `{message}` lacks `{needle}`"
        );
    }
}

#[test]
fn nothing_from_a_request_is_echoed_as_markup() {
    let q = enc("<script>alert(\"x&y\")</script>:z");
    let (status, headers, body) = get(&format!("/api/search?q={q}"));
    assert!(status.is_client_error(), "{status}: {body}");
    assert!(
        !body.contains('<') && !body.contains('>') && !body.contains('&'),
        "{body}"
    );
    assert!(body.contains("\\u003cscript\\u003e"), "{body}");
    assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert!(headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .contains("default-src 'self'"));
    // Still the same JSON strings once decoded.
    let v: Value = serde_json::from_str(&body).unwrap();
    assert!(
        v["error"].as_str().unwrap().contains("<script>")
            || v["error"].as_str().unwrap().contains("script")
    );
}

#[test]
fn page_and_assets_are_embedded_and_nothing_else_is_served() {
    let (status, headers, body) = get("/");
    assert_eq!(status, StatusCode::OK);
    assert!(headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    assert!(body.contains("/assets/app.js") && body.contains("/assets/style.css"));
    let (status, headers, body) = get("/assets/app.js");
    assert_eq!(status, StatusCode::OK);
    assert!(headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/javascript"));
    assert!(body.contains("/api/search"));
    for uri in [
        "/assets/../Cargo.toml",
        "/assets/%2e%2e%2fCargo.toml",
        "/Cargo.toml",
        "/assets/index.html",
    ] {
        let (status, _, body) = get(uri);
        assert_eq!(status, StatusCode::NOT_FOUND, "{uri}: {body}");
        assert!(!body.contains("[package]"), "{uri} leaked a file");
    }
}

#[test]
fn a_foreign_host_name_is_refused_on_loopback() {
    let app = app_for(samples_index());
    let (status, _, body) = get_as(&app, "/api/info", "evil.example:8080");
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert!(body.contains("forbidden_host"));
    for host in ["localhost:8080", "[::1]:8080"] {
        assert_eq!(get_as(&app, "/api/info", host).0, StatusCode::OK, "{host}");
    }
}

#[test]
fn a_new_commit_is_picked_up_without_a_restart() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("letters");
    std::fs::create_dir(&corpus).unwrap();
    let index = tmp.path().join("index");
    let copy = |name: &str| {
        std::fs::copy(root().join("corpus_samples").join(name), corpus.join(name)).unwrap();
    };
    let index_run = || {
        Command::cargo_bin("imr")
            .unwrap()
            .args(["index"])
            .arg(&corpus)
            .arg("--index")
            .arg(&index)
            .assert()
            .success();
    };
    copy("CM14-0103527.txt");
    index_run();
    let app = app_for(&index);
    let count = || -> u64 {
        let (status, _, body) = get_as(&app, "/api/search?limit=0", ADDR);
        assert_eq!(status, StatusCode::OK, "{body}");
        serde_json::from_str::<Value>(&body).unwrap()["total"]
            .as_u64()
            .unwrap()
    };
    let before = count();
    copy("CM13-0041872.txt");
    index_run();
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut after = count();
    while after == before && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
        after = count();
    }
    let added = ok_items(&[
        "search",
        "--filter",
        "case_number=CM13-0041872",
        "--limit",
        "0",
        "--format",
        "json",
    ]);
    assert_eq!(
        after,
        before + added,
        "the server kept serving the old commit"
    );
}

/// Items of one sample letter, asked of the CLI over the samples index.
fn ok_items(args: &[&str]) -> u64 {
    cli_json(args)["total"].as_u64().unwrap()
}

/// Starts `imr serve ARGS...` and returns its first stdout line and
/// whatever it wrote to stderr by then, then stops it.
fn serve_start(args: &[&str]) -> (String, String) {
    use std::io::{BufRead, BufReader, Read};
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("imr"))
        .arg("serve")
        .arg("--index")
        .arg(samples_index())
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    (line, err)
}

#[test]
fn serve_prints_its_url_and_warns_off_loopback() {
    let (line, err) = serve_start(&["--addr", "127.0.0.1:0"]);
    assert!(line.starts_with("imr serve: http://127.0.0.1:"), "{line}");
    assert!(line.contains("54 items"), "{line}");
    assert!(err.is_empty(), "{err}");
    let (line, err) = serve_start(&["--addr", "0.0.0.0:0"]);
    assert!(line.starts_with("imr serve: http://127.0.0.1:"), "{line}");
    assert!(err.contains("warning: listening on 0.0.0.0:"), "{err}");
    assert!(err.contains("anyone who can reach this machine"), "{err}");
}

#[test]
fn serve_fails_clearly_without_an_index_or_a_free_port() {
    let tmp = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("imr")
        .unwrap()
        .args(["serve", "--addr", "127.0.0.1:0", "--index"])
        .arg(tmp.path().join("none"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("imr index"), "{err}");

    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let out = Command::cargo_bin("imr")
        .unwrap()
        .args(["serve", "--addr", &addr, "--index"])
        .arg(samples_index())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("cannot listen on {addr}")), "{err}");
    assert!(err.contains("--addr"), "{err}");
}

#[test]
fn trend_documents_equal_the_cli_json() {
    for (query, args) in [
        ("by=year", vec!["--by", "year"]),
        ("by=quarter&q=pain", vec!["--by", "quarter", "pain"]),
        (
            "by=month&filter=outcome%3D%2Foverturned",
            vec!["--by", "month", "--filter", "outcome=/overturned"],
        ),
    ] {
        let api = ok_json(&format!("/api/stats?{query}"));
        let mut cli_args = vec!["stats"];
        cli_args.extend(args);
        cli_args.extend(["--format", "json"]);
        assert_eq!(api, cli_json(&cli_args), "/api/stats?{query}");
    }
    // The samples: 54 items, all dated; 23 of them by the UR date only.
    let v = ok_json("/api/stats?by=year");
    assert_eq!(
        (v["total"].as_u64(), v["by"].as_str()),
        (Some(54), Some("year"))
    );
    assert_eq!(
        (v["dated_by_ur"].as_u64(), v["undated"].as_u64()),
        (Some(23), Some(0))
    );
    let years: Vec<(&str, u64)> = v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["value"].as_str().unwrap(), r["items"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        years,
        [
            ("2013", 10),
            ("2014", 29),
            ("2015", 12),
            ("2016", 2),
            ("2017", 1)
        ]
    );
}

#[test]
fn similar_documents_equal_the_cli_json() {
    let cases: &[(&str, &[&str])] = &[
        ("key=CM14-0103527&item=1", &["CM14-0103527#1"]),
        (
            "key=CM14-0103527&item=1&outcome=overturned&filter=year%3D%2F2014&limit=3",
            &[
                "CM14-0103527#1",
                "--outcome",
                "overturned",
                "--filter",
                "year=/2014",
                "--limit",
                "3",
            ],
        ),
        (
            "key=CM14-0103527&same_category=true&same_letter=true",
            &["CM14-0103527", "--same-category", "--same-letter"],
        ),
    ];
    for (query, args) in cases {
        let api = ok_json(&format!("/api/similar?{query}"));
        let cli = cli_json(&[&["similar", "--format", "json"][..], args].concat());
        assert_eq!(api, cli, "{query}");
    }
    // A urine drug screen is most like the other urine drug screen.
    let v = ok_json("/api/similar?key=CM14-0103527&item=1&limit=1");
    assert_eq!(v["hits"][0]["case_number"], "CM14-0187733");
    assert_eq!(v["hits"][0]["service"], "Urine toxicology screen");
}

#[test]
fn similar_refuses_unknown_letters_and_items() {
    let (status, kind, msg) = err_json("/api/similar?key=CM99-0000000");
    assert_eq!(
        (status, kind.as_str()),
        (StatusCode::NOT_FOUND, "not_found")
    );
    assert_eq!(
        msg,
        "no letter with case number or file `CM99-0000000` in the index"
    );
    let (status, kind, msg) = err_json("/api/similar?key=CM14-0103527&item=7");
    assert_eq!(
        (status, kind.as_str()),
        (StatusCode::BAD_REQUEST, "out_of_range")
    );
    assert_eq!(
        msg,
        "letter `CM14-0103527` has 2 item(s), numbered 0 to 1; there is no item 7 \
         (give CASE#N with N as `imr show` prints it)"
    );
    for (query, kind) in [
        ("item=0", "bad_value"),
        ("key=CM14-0103527&item=x", "bad_value"),
        ("key=CM14-0103527&outcome=partial", "bad_value"),
        ("key=CM14-0103527&same_category=maybe", "bad_value"),
        ("key=CM14-0103527&q=knee", "bad_value"),
        ("key=CM14-0103527&limit=101", "out_of_range"),
    ] {
        let (status, k, msg) = err_json(&format!("/api/similar?{query}"));
        assert_eq!(
            (status, k.as_str()),
            (StatusCode::BAD_REQUEST, kind),
            "{query}: {msg}"
        );
    }
}
