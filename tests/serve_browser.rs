//! The web page end to end in a real headless Chromium, driven through
//! WebDriver (chromedriver + fantoccini): load the page, search a phrase,
//! check the count and a highlighted snippet, click a guideline facet and
//! check the filtered count and its Download CSV (`imr export`'s items.csv
//! for the same search), open a letter, copy an item's citation, list
//! an item's similar decisions, go Back.
//!
//! Needs Debian's `chromium` and `chromium-driver` (`.ci/run` installs
//! them). Without them the test says it was skipped and why, unless
//! `IMR_REQUIRE_BROWSER=1` is set (CI sets it), when their absence fails.

use std::io::{BufRead, BufReader};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

use crate::common::{imr, root, samples_index};

const WAIT: Duration = Duration::from_secs(15);

/// Kills a child process when the test ends, however it ends.
struct Reaper(Child);

impl Drop for Reaper {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn find_program(env: &str, candidates: &[&str]) -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(env) {
        return Some(PathBuf::from(p)).filter(|p| p.exists());
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    for name in candidates {
        let p = PathBuf::from(name);
        if p.is_absolute() && p.exists() {
            return Some(p);
        }
        for dir in std::env::split_paths(&path) {
            if dir.join(name).exists() {
                return Some(dir.join(name));
            }
        }
    }
    None
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Starts `imr serve` on a free port over the samples index; its URL.
fn start_server() -> (Reaper, String) {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("imr"))
        .current_dir(root())
        .args(["serve", "--addr", "127.0.0.1:0", "--index"])
        .arg(samples_index())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("no URL in `{line}`"))
        .to_string();
    (Reaper(child), url)
}

fn start_chromedriver(driver: &PathBuf) -> (Reaper, String) {
    let port = free_port();
    let child = Command::new(driver)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let reaper = Reaper(child);
    let deadline = Instant::now() + WAIT;
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "chromedriver did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    (reaper, format!("http://127.0.0.1:{port}"))
}

fn cli_total(args: &[&str]) -> (u64, Value) {
    let mut all = vec!["search"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--limit", "0", "--format", "json"]);
    let (code, out, err) = imr(&all);
    assert!(code <= 1, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    (v["total"].as_u64().unwrap(), v)
}

async fn wait_total(c: &Client, want: u64) {
    let deadline = Instant::now() + WAIT;
    let mut last = None;
    while Instant::now() < deadline {
        if let Ok(el) = c.find(Locator::Css("#count")).await {
            last = el.attr("data-total").await.ok().flatten();
            if last.as_deref() == Some(want.to_string().as_str()) {
                return;
            }
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("#count data-total stayed {last:?}, expected {want}");
}

async fn wait_displayed(c: &Client, css: &str) {
    let deadline = Instant::now() + WAIT;
    while Instant::now() < deadline {
        if let Ok(el) = c.find(Locator::Css(css)).await {
            if el.is_displayed().await.unwrap_or(false) {
                return;
            }
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{css} never showed");
}

/// The elements matching `css`, once there is at least one.
async fn wait_all(c: &Client, css: &str) -> Vec<fantoccini::elements::Element> {
    let deadline = Instant::now() + WAIT;
    while Instant::now() < deadline {
        if let Ok(found) = c.find_all(Locator::Css(css)).await {
            if !found.is_empty() {
                return found;
            }
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("nothing matched {css}");
}

/// Waits until exactly `n` elements match `css`.
async fn wait_count(c: &Client, css: &str, n: usize) {
    let deadline = Instant::now() + WAIT;
    let mut last = 0;
    while Instant::now() < deadline {
        if let Ok(found) = c.find_all(Locator::Css(css)).await {
            last = found.len();
            if last == n {
                return;
            }
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{css} matched {last}, expected {n}");
}

/// `imr stats --by PERIOD` for the phrase within /ODG: (rows, rows with a
/// rate, items dated by the UR date).
fn cli_trend(period: &str, phrase: &str) -> (usize, usize, u64) {
    let (code, out, err) = imr(&[
        "stats",
        "--by",
        period,
        "--filter",
        "guideline=/ODG",
        "--format",
        "json",
        "--",
        phrase,
    ]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let rows = v["rows"].as_array().unwrap();
    let rated = rows
        .iter()
        .filter(|r| !r["overturn_rate"].is_null())
        .count();
    (rows.len(), rated, v["dated_by_ur"].as_u64().unwrap())
}

/// The text of the first element matching `css`, once it has some.
async fn wait_text(c: &Client, css: &str) -> String {
    let deadline = Instant::now() + WAIT;
    while Instant::now() < deadline {
        if let Ok(el) = c.find(Locator::Css(css)).await {
            let text = el.text().await.unwrap_or_default();
            if !text.is_empty() {
                return text;
            }
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{css} never got any text");
}

fn squash(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// What the page must show, computed with the CLI on the same index.
struct Expect {
    phrase: &'static str,
    /// Items matching the phrase, and of them with an ODG guideline.
    total: u64,
    odg: u64,
    /// A reason path, and the ODG items with it.
    met: &'static str,
    odg_met: u64,
    /// Trend periods of the phrase: years, quarters, quarters with decided
    /// items, items dated by their UR date.
    years: usize,
    quarters: usize,
    rated: usize,
    by_ur: u64,
    /// The first ODG hit's `--format md` citation.
    citation: String,
    /// `imr similar` on that hit.
    similar_hits: Vec<Value>,
    similar_first: String,
    /// The CSS of the first item with reasons in the hit's letter, its
    /// reason count, and its first reason with that reason's sentence.
    with_reasons: String,
    reason_count: usize,
    first_reason: String,
    first_sentence: String,
    /// Letters with an encoding warning.
    warned_total: u64,
    /// `imr export --format csv`'s items.csv of the phrase's ODG items.
    exported_csv: String,
}

/// `imr export --format csv`'s items.csv for the filtered search: the
/// page's Download CSV must give the same bytes.
fn export_expectation(phrase: &str) -> String {
    let export_dir = tempfile::Builder::new()
        .prefix("browser-export-")
        .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
        .unwrap();
    let (code, _, err) = imr(&[
        "export",
        export_dir.path().to_str().unwrap(),
        "--format",
        "csv",
        "--force",
        "--filter",
        "guideline=/ODG",
        "--",
        phrase,
    ]);
    assert_eq!(code, 0, "{err}");
    std::fs::read_to_string(export_dir.path().join("items.csv")).unwrap()
}

/// Counts for the phrase, the ODG facet and a reason within it.
fn facet_expectations(phrase: &str, met: &str) -> (u64, u64, u64) {
    let (total, facets) = cli_total(&[phrase, "--facet", "guideline"]);
    let odg = facets["facets"]["guideline"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == "/ODG")
        .and_then(|f| f["count"].as_u64())
        .expect("an /ODG count for the phrase");
    let (filtered, _) = cli_total(&[phrase, "--filter", "guideline=/ODG"]);
    assert_eq!(filtered, odg);
    assert!(
        0 < odg && odg < total,
        "the facet must narrow: {odg} of {total}"
    );
    let (odg_met, _) = cli_total(&[
        phrase,
        "--filter",
        "guideline=/ODG",
        "--filter",
        &format!("reason={met}"),
    ]);
    assert!(
        0 < odg_met && odg_met < odg,
        "the reason facet must narrow: {odg_met} of {odg}"
    );
    (total, odg, odg_met)
}

/// The first ODG hit (JSON) and its `--format md` citation: the letter
/// view's "Copy citation" on that item must carry the same text.
fn first_hit_and_citation(phrase: &str) -> (Value, String) {
    let args = |format| {
        let (code, out, err) = imr(&[
            "search",
            phrase,
            "--filter",
            "guideline=/ODG",
            "--limit",
            "1",
            "--format",
            format,
        ]);
        assert_eq!(code, 0, "{err}");
        out
    };
    let citation = args("md").trim_end().to_string();
    assert!(
        citation.contains("\n\n> "),
        "no quoted sentence: {citation}"
    );
    let first: Value = serde_json::from_str(&args("json")).unwrap();
    (first, citation)
}

/// The items `imr similar` finds for the hit: the letter view's "Similar
/// decisions" button on it must list them.
fn similar_expectations(first: &Value) -> Vec<Value> {
    let target = format!(
        "{}#{}",
        first["hits"][0]["case_number"].as_str().unwrap(),
        first["hits"][0]["item_index"]
    );
    let (code, out, err) = imr(&["similar", &target, "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let similar: Value = serde_json::from_str(&out).unwrap();
    let hits = similar["hits"].as_array().unwrap().clone();
    assert_eq!(hits.len(), 10, "{target}: the page lists a full page");
    hits
}

/// The reasons of the hit letter's first item that has some, with their
/// sentences as `imr show` gives them (the letter view must show each
/// sentence on its reason), and the md citation of an item with the first
/// reason listing the reasons with their sentences. Returns the item's
/// index, its reasons (path, sentence).
fn reason_expectations(case: &str) -> (usize, Vec<(String, String)>) {
    let (code, out, err) = imr(&["show", case, "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let shown: Value = serde_json::from_str(&out).unwrap();
    let items = shown["items"].as_array().unwrap();
    let index = items
        .iter()
        .position(|it| {
            it["reason_evidence"]
                .as_array()
                .is_some_and(|e| !e.is_empty())
        })
        .unwrap_or_else(|| panic!("{case}: no item with reason evidence in imr show"));
    let evidence: Vec<(String, String)> = items[index]["reason_evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["reason"].as_str().unwrap().to_string(),
                e["sentence"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        evidence.len(),
        items[index]["reasons"].as_array().unwrap().len(),
        "one sentence per reason"
    );
    let (first_reason, first_sentence) = &evidence[0];
    assert!(
        items[index]["rationale"]
            .as_str()
            .unwrap()
            .contains(first_sentence.as_str()),
        "the evidence is a sentence of the rationale"
    );
    let filter = format!("reason={first_reason}");
    let (code, md, err) = imr(&[
        "search", "*", "--filter", &filter, "--limit", "1", "--format", "md",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        md.contains(&format!(
            "\n\nReasons:\n- {}: \"",
            first_reason.trim_start_matches('/')
        )),
        "the md citation lists the reasons: {md}"
    );
    (index, evidence)
}

/// Letters with a parser warning of one kind, as the CLI lists them (one
/// sample is not UTF-8); the page's warning facet must give the same.
fn warned_expectation() -> u64 {
    let (code, warned, err) = imr(&[
        "search",
        "*",
        "--filter",
        "warning=/encoding",
        "--format",
        "json",
        "--limit",
        "0",
    ]);
    assert_eq!(code, 0, "{err}");
    let warned: Value = serde_json::from_str(&warned).unwrap();
    let total = warned["total"].as_u64().unwrap();
    assert!(total > 0);
    total
}

fn expectations() -> Expect {
    let phrase = "\"medically necessary\"";
    let met = "/Guideline criteria met";
    let (total, odg, odg_met) = facet_expectations(phrase, met);
    let (years, _, _) = cli_trend("year", phrase);
    let (quarters, rated, by_ur) = cli_trend("quarter", phrase);
    assert!(
        1 < years && years < quarters,
        "{years} years, {quarters} quarters"
    );
    let (first, citation) = first_hit_and_citation(phrase);
    let similar_hits = similar_expectations(&first);
    let similar_first = similar_hits[0]["case_number"].as_str().unwrap().to_string();
    let (index, evidence) = reason_expectations(first["hits"][0]["case_number"].as_str().unwrap());
    Expect {
        phrase,
        total,
        odg,
        met,
        odg_met,
        years,
        quarters,
        rated,
        by_ur,
        citation,
        similar_hits,
        similar_first,
        with_reasons: format!("#letter #item-{index} .item-reasons"),
        reason_count: evidence.len(),
        first_reason: evidence[0].0.clone(),
        first_sentence: evidence[0].1.clone(),
        warned_total: warned_expectation(),
        exported_csv: export_expectation(phrase),
    }
}

type Step = Result<(), fantoccini::error::CmdError>;

/// Loads the page, checks `/` focuses the search box and the two facets of
/// the published analyses, searches the phrase and clicks the ODG facet.
/// Returns the filtered results' URL.
async fn search_and_facet(
    c: &Client,
    url: &str,
    e: &Expect,
) -> Result<String, fantoccini::error::CmdError> {
    // Load the page; `/` focuses the search box.
    c.goto(url).await?;
    wait_total(c, 54).await;
    let body = c.find(Locator::Css("body")).await?;
    body.send_keys("/").await?;
    let q = c.find(Locator::Css("#q")).await?;
    let focused = c
        .execute("return document.activeElement.id", vec![])
        .await?;
    assert_eq!(focused, "q", "`/` did not focus the search box");

    // The two facets from the published analyses have sidebar boxes
    // (every sample reviewer is licensed in California).
    c.find(Locator::Css(
        "button.facet-value[data-field=\"ca_licensed\"][data-path=\"/yes\"]",
    ))
    .await?;
    c.find(Locator::Css(
        "button.facet-value[data-field=\"ur_match\"][data-path=\"/same\"]",
    ))
    .await?;

    // Search a phrase with Enter.
    q.send_keys(&format!("{}\u{E007}", e.phrase)).await?;
    wait_total(c, e.total).await;
    let marks = wait_all(c, "#results .hit .snippet mark").await;
    for m in &marks {
        assert_eq!(squash(&m.text().await?), "medically necessary");
    }

    // Click the /ODG guideline facet.
    c.find(Locator::Css(
        "button.facet-value[data-field=\"guideline\"][data-path=\"/ODG\"]",
    ))
    .await?
    .click()
    .await?;
    wait_total(c, e.odg).await;
    c.find(Locator::Css(
        "button.chip[data-field=\"guideline\"][data-path=\"/ODG\"]",
    ))
    .await?;
    let results_url = c.current_url().await?;
    assert!(
        results_url.query().unwrap_or("").contains("guideline"),
        "the filter is not in the URL: {results_url}"
    );
    Ok(results_url.to_string())
}

/// "Download CSV": every matching item, as `imr export` writes items.csv
/// for the same search.
async fn download_csv(c: &Client, e: &Expect) -> Step {
    wait_displayed(c, "#download-csv").await;
    let got = c
        .execute(
            "const a = document.querySelector('#download-csv');\
             return fetch(a.href).then(r => r.text().then(t => \
               [a.getAttribute('download'), r.headers.get('content-disposition'), t]));",
            vec![],
        )
        .await?;
    assert_eq!(got[0], "items.csv");
    assert_eq!(got[1], "attachment; filename=\"items.csv\"");
    let downloaded = got[2].as_str().unwrap_or_default();
    assert_eq!(
        downloaded, e.exported_csv,
        "the page's CSV is imr export's items.csv"
    );
    let rows = csv::Reader::from_reader(downloaded.as_bytes())
        .records()
        .count();
    assert_eq!(rows as u64, e.odg, "one row per matching item");
    Ok(())
}

/// Opens the first hit's letter: the phrase marked, "Copy citation", each
/// reason's sentence, "Similar decisions".
async fn letter_view(c: &Client, e: &Expect) -> Step {
    let hits = c.find_all(Locator::Css("#results .hit")).await?;
    assert_eq!(hits.len() as u64, e.odg.min(10));
    c.find(Locator::Css("#results .hit a.open-letter"))
        .await?
        .click()
        .await?;
    wait_displayed(c, "#letter .item").await;
    let marked = wait_all(c, "#letter .rationale mark").await;
    assert_eq!(squash(&marked[0].text().await?), "medically necessary");
    assert!(c.current_url().await?.as_str().contains("view=letter"));

    // "Copy citation" on the opened item: the CLI's citation, copied.
    let button = c
        .find(Locator::Css("#letter .item.target button.copy-citation"))
        .await?;
    assert_eq!(button.text().await?, "Copy citation");
    assert_eq!(
        button.attr("data-citation").await?.as_deref(),
        Some(e.citation.as_str())
    );
    button.click().await?;
    let status = wait_text(c, "#letter .item.target .copy-status").await;
    assert_eq!(status, "Copied.");
    reason_evidence(c, e).await?;
    similar_decisions(c, e).await
}

/// Each reason carries its sentence: on hover (title) and, once expanded,
/// as a quote under the reason.
async fn reason_evidence(c: &Client, e: &Expect) -> Step {
    let with_reasons = &e.with_reasons;
    let reasons = c
        .find_all(Locator::Css(&format!("{with_reasons} details.reason")))
        .await?;
    assert_eq!(reasons.len(), e.reason_count);
    let summary = c
        .find(Locator::Css(&format!(
            "{with_reasons} details.reason > summary"
        )))
        .await?;
    assert_eq!(
        summary.attr("title").await?.as_deref(),
        Some(e.first_sentence.as_str())
    );
    assert_eq!(
        reasons[0].attr("data-reason").await?.as_deref(),
        Some(e.first_reason.as_str())
    );
    summary.click().await?;
    let open = format!("{with_reasons} details.reason[open] blockquote.reason-evidence");
    let quote = wait_text(c, &open).await;
    assert_eq!(squash(&quote), squash(&e.first_sentence));
    Ok(())
}

/// "Similar decisions" on the opened item: imr similar's hits, each with
/// its outcome, service and a link to its letter.
async fn similar_decisions(c: &Client, e: &Expect) -> Step {
    let button = c
        .find(Locator::Css(
            "#letter .item.target button.similar-button[data-outcome=\"\"]",
        ))
        .await?;
    assert_eq!(button.text().await?, "Similar decisions");
    button.click().await?;
    wait_count(c, "#letter .item.target .similar-hit", e.similar_hits.len()).await;
    let link = c
        .find(Locator::Css(
            "#letter .item.target .similar-hit a.open-letter",
        ))
        .await?;
    assert_eq!(link.text().await?, e.similar_first);
    assert_eq!(
        link.attr("data-key").await?.as_deref(),
        Some(e.similar_first.as_str())
    );
    let first_hit = c
        .find(Locator::Css("#letter .item.target .similar-hit"))
        .await?;
    assert_eq!(
        first_hit.attr("data-outcome").await?.as_deref(),
        e.similar_hits[0]["outcome"].as_str()
    );
    Ok(())
}

/// Back to the filtered results as they were; the decision-reason facet
/// narrows like the others, and taking its chip off restores the search.
async fn back_and_reason_facet(c: &Client, e: &Expect, results_url: &str) -> Step {
    c.back().await?;
    wait_displayed(c, "#results .hit").await;
    wait_total(c, e.odg).await;
    assert_eq!(c.current_url().await?.as_str(), results_url);
    assert!(
        !c.find(Locator::Css("#letter"))
            .await?
            .is_displayed()
            .await?
    );
    let met = e.met;
    c.find(Locator::Css(&format!(
        "button.facet-value[data-field=\"reason\"][data-path=\"{met}\"]"
    )))
    .await?
    .click()
    .await?;
    wait_total(c, e.odg_met).await;
    let chip = format!("button.chip[data-field=\"reason\"][data-path=\"{met}\"]");
    c.find(Locator::Css(&chip)).await?;
    c.find(Locator::Css(&chip)).await?.click().await?;
    wait_total(c, e.odg).await;
    Ok(())
}

/// Over time: one bar per year of the same search, then per quarter, with a
/// dot per period that has decided items, the table listing every period
/// and the note on UR-dated items; then the overturn-rate groupings.
async fn trend_and_stats(c: &Client, url: &str, e: &Expect) -> Step {
    c.find(Locator::Css("#tab-trend")).await?.click().await?;
    wait_displayed(c, "#trend-chart svg").await;
    wait_count(c, "#trend-chart .trend-bar", e.years).await;
    c.find(Locator::Css("#period"))
        .await?
        .select_by_value("quarter")
        .await?;
    wait_count(c, "#trend-chart .trend-bar", e.quarters).await;
    wait_count(c, "#trend-chart .trend-dot", e.rated).await;
    wait_count(c, "#trend-table tbody tr", e.quarters).await;
    let note = c.find(Locator::Css("#trend-note")).await?.text().await?;
    assert!(
        note.starts_with(&format!("{} item", e.by_ur)),
        "note: {note}"
    );
    let trend_url = c.current_url().await?;
    let query = trend_url.query().unwrap_or("");
    assert!(
        query.contains("view=trend") && query.contains("period=quarter"),
        "{trend_url}"
    );

    // ... and overturn-rate groupings: 43 of the 54 sample items relied on
    // the family UR cited.
    c.goto(&format!(
        "{}/?view=stats&by=ur_match",
        url.trim_end_matches('/')
    ))
    .await?;
    let rows = wait_all(c, "tr[data-value=\"/same\"]").await;
    assert!(squash(&rows[0].text().await?).contains("43"));
    for by in ["ca_licensed", "ur_match"] {
        c.find(Locator::Css(&format!("#by option[value=\"{by}\"]")))
            .await?;
    }
    Ok(())
}

/// The parser-warning facet lists the letters of one kind, as `imr search
/// --filter warning=...` does. (The facet boxes come after the page loads:
/// wait for it.)
async fn warning_facet(c: &Client, url: &str, e: &Expect) -> Step {
    c.goto(url).await?;
    let warned_facet = wait_all(
        c,
        "button.facet-value[data-field=\"warning\"][data-path=\"/encoding\"]",
    )
    .await;
    warned_facet[0].click().await?;
    wait_total(c, e.warned_total).await;
    Ok(())
}

/// The whole walk through the page, step by step.
async fn browse(c: &Client, url: &str, e: &Expect) -> Step {
    let results_url = search_and_facet(c, url, e).await?;
    download_csv(c, e).await?;
    letter_view(c, e).await?;
    back_and_reason_facet(c, e, &results_url).await?;
    trend_and_stats(c, url, e).await?;
    warning_facet(c, url, e).await
}

#[test]
fn search_facet_letter_and_back_in_a_real_browser() {
    let required = std::env::var_os("IMR_REQUIRE_BROWSER").is_some_and(|v| v != "0");
    let driver = find_program(
        "IMR_CHROMEDRIVER",
        &["/usr/bin/chromedriver", "chromedriver"],
    );
    let browser = find_program("IMR_CHROMIUM", &["/usr/bin/chromium", "chromium"]);
    let (Some(driver), Some(browser)) = (driver, browser) else {
        let why = "chromium and chromedriver were not found (apt-get install chromium \
                   chromium-driver, or set IMR_CHROMIUM and IMR_CHROMEDRIVER)";
        assert!(!required, "IMR_REQUIRE_BROWSER is set but {why}");
        eprintln!("serve_browser: skipped: {why}");
        return;
    };
    let expect = expectations();

    let (_server, url) = start_server();
    let (_driver, webdriver) = start_chromedriver(&driver);
    let profile = tempfile::tempdir().unwrap();
    let caps = json!({
        "goog:chromeOptions": {
            "binary": browser,
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                format!("--user-data-dir={}", profile.path().display()),
            ]
        }
    });
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let c = ClientBuilder::new(connector)
            .capabilities(caps.as_object().unwrap().clone())
            .connect(&webdriver)
            .await
            .expect("a WebDriver session");
        let result = browse(&c, &url, &expect).await;
        let _ = c.close().await;
        result.expect("a WebDriver command failed");
    });
}
