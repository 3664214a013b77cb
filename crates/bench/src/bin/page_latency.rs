//! Bench tool for `bench/run.sh`: how long the `imr serve` page takes from
//! Enter to rendered results, in headless Chromium driven by chromedriver.
//!
//! ```text
//! page_latency --url http://127.0.0.1:PORT/ [--runs K] QUERY...
//! ```
//!
//! For each query, K times after one warm-up: type it into the search box,
//! submit the form (what Enter does), and time in the page, with
//! `performance.now()`, until the page has drawn the answer (its loading
//! flag cleared) and the next animation frame has come. Prints
//! `{"QUERY": [ms, ...], ...}`.

use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use fantoccini::{Client, ClientBuilder};
use serde_json::{json, Map, Value};

/// In the page: submit `arguments[0]` and call back with the milliseconds
/// until the results are drawn.
const MEASURE: &str = r#"
const [query, done] = arguments;
const q = document.getElementById('q');
const form = document.getElementById('search-form');
q.value = query;
const t0 = performance.now();
const finish = () => requestAnimationFrame(() => done(performance.now() - t0));
const observer = new MutationObserver(() => {
  if (!document.body.classList.contains('is-loading')) {
    observer.disconnect();
    finish();
  }
});
observer.observe(document.body, { attributes: true, attributeFilter: ['class'] });
form.requestSubmit();
"#;

struct Reaper(Child);

impl Drop for Reaper {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn main() -> anyhow::Result<()> {
    let mut url = None;
    let mut runs = 10usize;
    let mut driver = "chromedriver".to_string();
    let mut chromium = "/usr/bin/chromium".to_string();
    let mut queries = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--url" => url = args.next(),
            "--runs" => runs = args.next().context("--runs N")?.parse()?,
            "--driver" => driver = args.next().context("--driver PATH")?,
            "--chromium" => chromium = args.next().context("--chromium PATH")?,
            _ => queries.push(a),
        }
    }
    let Some(url) = url else {
        bail!("usage: page_latency --url URL [--runs K] [--driver PATH] [--chromium PATH] QUERY...")
    };

    let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let _driver = Reaper(
        Command::new(&driver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .with_context(|| format!("starting {driver}"))?,
    );
    let deadline = Instant::now() + Duration::from_secs(15);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        if Instant::now() > deadline {
            bail!("{driver} did not start");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let profile = tempfile::tempdir()?;
    let caps = json!({"goog:chromeOptions": {"binary": chromium, "args": [
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--window-size=1280,900",
        format!("--user-data-dir={}", profile.path().display()),
    ]}});
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let out = rt.block_on(async {
        let c = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps.as_object().cloned().unwrap_or_default())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await?;
        let result = measure(&c, &url, &queries, runs).await;
        let _ = c.close().await;
        result
    })?;
    println!("{}", Value::Object(out));
    Ok(())
}

async fn measure(
    c: &Client,
    url: &str,
    queries: &[String],
    runs: usize,
) -> anyhow::Result<Map<String, Value>> {
    c.goto(url).await?;
    // Let the first load (info, the empty search) finish.
    c.execute_async(MEASURE, vec![json!("")]).await?;
    let mut out = Map::new();
    for q in queries {
        let mut times = Vec::new();
        for i in 0..=runs {
            let ms = c.execute_async(MEASURE, vec![json!(q)]).await?;
            if i > 0 {
                times.push(ms);
            }
        }
        out.insert(q.clone(), Value::Array(times));
    }
    Ok(out)
}
