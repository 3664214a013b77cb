//! CSV output (RFC 4180 quoting). Lists are joined with `; `; highlights are
//! `start-end` byte ranges of the snippet, space-separated.

use std::io::{self, Write};

use crate::search::{Hit, StatsRow};

/// Quotes a field when it holds a comma, quote or line break.
pub fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn row(out: &mut dyn Write, cols: &[String]) -> io::Result<()> {
    let line: Vec<String> = cols.iter().map(|c| field(c)).collect();
    writeln!(out, "{}", line.join(","))
}

/// Writes hits with a header row.
pub fn hits(out: &mut dyn Write, hits: &[Hit]) -> io::Result<()> {
    let header = [
        "file",
        "case_number",
        "item_index",
        "service",
        "category",
        "outcome",
        "specialties",
        "guidelines",
        "ur_date",
        "score",
        "snippet",
        "highlights",
    ];
    row(out, &header.map(String::from))?;
    for h in hits {
        let highlights: Vec<String> = h
            .snippet
            .highlights
            .iter()
            .map(|(a, b)| format!("{a}-{b}"))
            .collect();
        row(
            out,
            &[
                h.file.clone(),
                h.case_number.clone().unwrap_or_default(),
                h.item_index.to_string(),
                h.service.clone(),
                h.category.clone().unwrap_or_default(),
                h.outcome.clone().unwrap_or_default(),
                h.specialties.join("; "),
                h.guidelines.join("; "),
                h.ur_date.clone().unwrap_or_default(),
                format!("{:.4}", h.score),
                h.snippet.text.clone(),
                highlights.join(" "),
            ],
        )?;
    }
    Ok(())
}

/// Writes stats rows with a header row; the rate is a fraction (0..1).
pub fn stats(out: &mut dyn Write, rows: &[StatsRow]) -> io::Result<()> {
    row(
        out,
        &["value", "items", "upheld", "overturned", "overturn_rate"].map(String::from),
    )?;
    for r in rows {
        row(
            out,
            &[
                r.value.clone(),
                r.items.to_string(),
                r.upheld.to_string(),
                r.overturned.to_string(),
                r.overturn_rate
                    .map(|x| format!("{x:.4}"))
                    .unwrap_or_default(),
            ],
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }
}
