//! Dev tool: where an index's bytes go, per field and component (term
//! dictionary, postings, positions, fast fields, field norms) plus the doc
//! store. `space_usage INDEX_DIR`. Used to decide what to index and store.

use std::collections::BTreeMap;

use anyhow::Context;

fn main() -> anyhow::Result<()> {
    let dir = std::env::args()
        .nth(1)
        .context("usage: space_usage INDEX_DIR")?;
    let index = tantivy::Index::open_in_dir(&dir)?;
    let reader = index.reader()?;
    let usage = reader.searcher().space_usage()?;
    let mut per: BTreeMap<(String, &str), u64> = BTreeMap::new();
    let mut store = 0u64;
    for seg in usage.segments() {
        let parts = [
            ("terms", seg.termdict()),
            ("postings", seg.postings()),
            ("positions", seg.positions()),
            ("fast", seg.fast_fields()),
            ("norms", seg.fieldnorms()),
        ];
        for (part, fields) in parts {
            for f in fields.fields() {
                *per.entry((f.field_name().to_string(), part)).or_default() +=
                    f.total().get_bytes();
            }
        }
        store += seg.store().total().get_bytes();
    }
    let total = usage.total().get_bytes();
    let mut rows: Vec<_> = per.into_iter().collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.1));
    println!("{:>10}  {:>5}  what", "MB", "%");
    println!(
        "{:>10.1}  {:>5.1}  doc store",
        store as f64 / 1e6,
        100.0 * store as f64 / total as f64
    );
    for ((field, part), bytes) in rows.iter().take(25) {
        println!(
            "{:>10.1}  {:>5.1}  {field} {part}",
            *bytes as f64 / 1e6,
            100.0 * *bytes as f64 / total as f64
        );
    }
    println!("{:>10.1}  100.0  total", total as f64 / 1e6);
    Ok(())
}
