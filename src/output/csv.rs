//! CSV output through the `csv` crate (RFC 4180 quoting). Lists are joined
//! with `; `; a hit's reason sentences (`reason_evidence`, in the order of
//! its `reasons`) with ` | `, as `imr export` joins them, since sentences
//! hold semicolons; highlights are `start-end` byte ranges of the snippet,
//! space-separated.

use std::io::{self, Write};

use crate::search::{Hit, StatsRow, Trend};

fn writer(out: &mut dyn Write) -> csv::Writer<&mut dyn Write> {
    csv::WriterBuilder::new().from_writer(out)
}

fn io_err(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// Writes hits with a header row.
pub fn hits(out: &mut dyn Write, hits: &[Hit]) -> io::Result<()> {
    let mut w = writer(out);
    // Cells below follow `hit_columns()`'s order (a test in the `imr`
    // integration tests reads CSV by these names).
    w.write_record(crate::search::hit_columns())
        .map_err(io_err)?;
    for h in hits {
        let highlights: Vec<String> = h
            .snippet
            .highlights
            .iter()
            .map(|(a, b)| format!("{a}-{b}"))
            .collect();
        let sentences: Vec<&str> = h
            .reason_evidence
            .iter()
            .map(|e| e.sentence.as_str())
            .collect();
        w.write_record([
            h.file.as_str(),
            h.case_number.as_deref().unwrap_or_default(),
            &h.item_index.to_string(),
            &h.service,
            h.category.as_deref().unwrap_or_default(),
            &h.reasons.join("; "),
            &sentences.join(imr_index::export::LIST_SEPARATOR),
            imr_index::schema::values::FacetValue::name(h.outcome),
            &h.specialties.join("; "),
            &h.guidelines.join("; "),
            &h.ur_date.map(|d| d.to_string()).unwrap_or_default(),
            &format!("{:.4}", h.score),
            &h.snippet.text,
            &highlights.join(" "),
        ])
        .map_err(io_err)?;
    }
    w.flush()
}

/// The cells every stats-like row starts with: value, items, upheld,
/// overturned, and the rate as a fraction (0..1, empty when undefined).
fn counts(value: &str, items: u64, upheld: u64, overturned: u64, rate: Option<f64>) -> Vec<String> {
    vec![
        value.to_string(),
        items.to_string(),
        upheld.to_string(),
        overturned.to_string(),
        rate.map(|x| format!("{x:.4}")).unwrap_or_default(),
    ]
}

/// Writes stats rows with a header row; the rate is a fraction (0..1).
pub fn stats(out: &mut dyn Write, rows: &[StatsRow]) -> io::Result<()> {
    let mut w = writer(out);
    w.write_record(["value", "items", "upheld", "overturned", "overturn_rate"])
        .map_err(io_err)?;
    for r in rows {
        w.write_record(counts(
            &r.value,
            r.items,
            r.upheld,
            r.overturned,
            r.overturn_rate,
        ))
        .map_err(io_err)?;
    }
    w.flush()
}

/// Writes trend rows in time order with a header row; the rate is a
/// fraction (0..1), `dated_by_ur` the items dated by the UR date.
pub fn trend(out: &mut dyn Write, t: &Trend) -> io::Result<()> {
    let mut w = writer(out);
    w.write_record([
        "value",
        "items",
        "upheld",
        "overturned",
        "overturn_rate",
        "dated_by_ur",
    ])
    .map_err(io_err)?;
    for r in &t.rows {
        let mut row = counts(&r.value, r.items, r.upheld, r.overturned, r.overturn_rate);
        row.push(r.dated_by_ur.unwrap_or(0).to_string());
        w.write_record(row).map_err(io_err)?;
    }
    w.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting() {
        let rows = [StatsRow::new("/ODG/Knee & Leg, \"MRI\"".into(), 2, 1, 1)];
        let mut out = Vec::new();
        stats(&mut out, &rows).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "value,items,upheld,overturned,overturn_rate\n\"/ODG/Knee & Leg, \"\"MRI\"\"\",2,1,1,0.5000\n"
        );
    }
}
