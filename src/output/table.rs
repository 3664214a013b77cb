//! The human format: every line fits [`WIDTH`] columns. A hit is a header
//! line (rank, case, item, outcome, date, score, service), a line of file,
//! specialty and guidelines, then the snippet wrapped and indented, with
//! highlights in bold when [`Emphasis::Bold`].

use std::io::{self, Write};

use super::{Emphasis, WIDTH};
use crate::letter::Letter;
use crate::search::{FacetCounts, SearchResults, Snippet, StatsRow, Trend};

const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";
const INDENT: &str = "    ";

/// `s` cut to at most `width` characters, `…` marking a cut.
pub fn fit(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        return s.to_string();
    }
    let mut out: String = s.chars().take(width.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Lines of at most `width` characters, broken at spaces: byte ranges into
/// `text` (a word longer than the width is cut).
fn wrap(text: &str, width: usize) -> Vec<(usize, usize)> {
    let mut lines = Vec::new();
    let mut start = 0;
    let len = text.len();
    while start < len {
        // Skip leading spaces of a line.
        while start < len && text.as_bytes()[start] == b' ' {
            start += 1;
        }
        if start >= len {
            break;
        }
        let mut end = start;
        let mut last_space = None;
        for (i, c) in text[start..].char_indices().take(width) {
            if c == ' ' {
                last_space = Some(start + i);
            }
            end = start + i + c.len_utf8();
        }
        if end < len && text.as_bytes()[end] != b' ' {
            if let Some(sp) = last_space {
                end = sp;
            }
        }
        lines.push((start, end));
        start = end;
    }
    lines
}

/// The snippet as indented lines, highlights bold when asked.
fn snippet_lines(out: &mut dyn Write, snippet: &Snippet, emphasis: Emphasis) -> io::Result<()> {
    for (start, end) in wrap(&snippet.text, WIDTH - INDENT.len()) {
        let mut line = String::from(INDENT);
        let mut at = start;
        for &(a, b) in &snippet.highlights {
            let (a, b) = (a.max(start), b.min(end));
            if a >= b {
                continue;
            }
            line.push_str(&snippet.text[at..a]);
            if emphasis == Emphasis::Bold {
                line.push_str(BOLD);
            }
            line.push_str(&snippet.text[a..b]);
            if emphasis == Emphasis::Bold {
                line.push_str(RESET);
            }
            at = b;
        }
        line.push_str(&snippet.text[at..end]);
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// Writes search results: a summary line, the hits, then facet counts.
pub fn search(
    out: &mut dyn Write,
    results: &SearchResults,
    offset: usize,
    emphasis: Emphasis,
) -> io::Result<()> {
    let n = results.hits.len();
    if n == 0 {
        writeln!(out, "{} matching items; none on this page", results.total)?;
    } else {
        writeln!(
            out,
            "{} matching items; showing {}-{}",
            results.total,
            offset + 1,
            offset + n
        )?;
    }
    for (i, h) in results.hits.iter().enumerate() {
        writeln!(out)?;
        let rank = format!("{}.", offset + i + 1);
        let head = format!(
            "{rank:<5} {:<12} #{:<2} {:<10} {:<10} {:>6.2}  ",
            fit(h.case_number.as_deref().unwrap_or("-"), 12),
            h.item_index,
            h.outcome.map_or("-", |o| o.as_str()),
            h.ur_date.map_or_else(|| "-".to_string(), |d| d.to_string()),
            h.score,
        );
        let room = WIDTH.saturating_sub(head.chars().count());
        let line = format!("{head}{}", fit(&h.service, room));
        writeln!(out, "{}", line.trim_end())?;
        let mut meta = format!("file: {}", h.file);
        if !h.specialties.is_empty() {
            meta.push_str(&format!("  specialty: {}", h.specialties.join("; ")));
        }
        writeln!(out, "{INDENT}{}", fit(&meta, WIDTH - INDENT.len()))?;
        if !h.guidelines.is_empty() {
            let g = format!("guidelines: {}", h.guidelines.join("; "));
            writeln!(out, "{INDENT}{}", fit(&g, WIDTH - INDENT.len()))?;
        }
        snippet_lines(out, &h.snippet, emphasis)?;
    }
    for f in &results.facets {
        writeln!(out)?;
        facet_block(out, f)?;
    }
    Ok(())
}

fn facet_block(out: &mut dyn Write, f: &FacetCounts) -> io::Result<()> {
    let title = if f.path == "/" {
        format!("{}:", f.field)
    } else {
        format!("{} below {}:", f.field, f.path)
    };
    writeln!(out, "{}", fit(&title, WIDTH))?;
    if f.counts.is_empty() {
        writeln!(out, "  (none)")?;
    }
    for c in &f.counts {
        writeln!(out, "  {:>8}  {}", c.count, fit(&c.path, WIDTH - 12))?;
    }
    Ok(())
}

/// Writes stats rows as a table.
pub fn stats(
    out: &mut dyn Write,
    total: usize,
    by: &str,
    path: &str,
    rows: &[StatsRow],
) -> io::Result<()> {
    let title = if path == "/" {
        format!("{total} matching items by {by}")
    } else {
        format!("{total} matching items by {by} below {path}")
    };
    writeln!(out, "{}", fit(&title, WIDTH))?;
    const NUMS: usize = 8 + 8 + 11 + 9 + 4;
    let vw = WIDTH - NUMS;
    writeln!(
        out,
        "{:<vw$} {:>8} {:>8} {:>11} {:>9}",
        "value", "items", "upheld", "overturned", "rate"
    )?;
    for r in rows {
        let rate = r
            .overturn_rate
            .map_or_else(|| "-".to_string(), |x| format!("{:.1}%", 100.0 * x));
        writeln!(
            out,
            "{:<vw$} {:>8} {:>8} {:>11} {:>9}",
            fit(&r.value, vw),
            r.items,
            r.upheld,
            r.overturned,
            rate
        )?;
    }
    Ok(())
}

/// Writes a trend as a table in time order, then a note saying how many
/// items were dated by the UR date or not at all.
pub fn trend(out: &mut dyn Write, t: &Trend) -> io::Result<()> {
    let title = format!(
        "{} matching items by {} of the decision date",
        t.total,
        t.by.as_str()
    );
    writeln!(out, "{}", fit(&title, WIDTH))?;
    writeln!(
        out,
        "{:<10} {:>8} {:>8} {:>11} {:>9} {:>12}",
        "period", "items", "upheld", "overturned", "rate", "by UR date"
    )?;
    for r in &t.rows {
        let rate = r
            .overturn_rate
            .map_or_else(|| "-".to_string(), |x| format!("{:.1}%", 100.0 * x));
        writeln!(
            out,
            "{:<10} {:>8} {:>8} {:>11} {:>9} {:>12}",
            r.value,
            r.items,
            r.upheld,
            r.overturned,
            rate,
            r.dated_by_ur.unwrap_or(0)
        )?;
    }
    let note = format!(
        "note: {} of {} items are dated by the UR date (no decision date in the letter); \
         {} have neither date and are left out; periods without items are listed with 0.",
        t.dated_by_ur, t.total, t.undated
    );
    for (start, end) in wrap(&note, WIDTH) {
        writeln!(out, "{}", &note[start..end])?;
    }
    Ok(())
}

/// Writes a letter: its fields, then each item with its outcome, both
/// guideline lists (with the citation paragraphs) and the full rationale.
pub fn show(out: &mut dyn Write, letter: &Letter) -> io::Result<()> {
    const KEY: usize = 28;
    let mut long_fields = Vec::new();
    let record = serde_json::to_value(letter).map_err(io::Error::other)?;
    if let Some(obj) = record.as_object() {
        for (k, v) in obj {
            let text = match v {
                _ if k == "items" => continue,
                serde_json::Value::Null => continue,
                serde_json::Value::String(s) if s.is_empty() => continue,
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Array(a) if a.is_empty() => continue,
                serde_json::Value::Array(a) => a
                    .iter()
                    .map(|x| x.as_str().map_or_else(|| x.to_string(), str::to_string))
                    .collect::<Vec<_>>()
                    .join("; "),
                other => other.to_string(),
            };
            if text.chars().count() > WIDTH - KEY || text.contains('\n') {
                long_fields.push((k.clone(), text));
            } else {
                writeln!(out, "{k:<KEY$}{text}")?;
            }
        }
    }
    for (k, text) in &long_fields {
        writeln!(out, "{k}:")?;
        paragraph(out, text)?;
    }
    for (i, item) in letter.items.iter().enumerate() {
        writeln!(out)?;
        let outcome = item.outcome.map_or("unknown", |o| o.as_str());
        let head = format!("Item {i} [{outcome}]: {}", item.service);
        writeln!(out, "{}", fit(&head, WIDTH))?;
        if !item.service_category.is_empty() {
            let c = fit(&item.service_category, WIDTH - 14);
            writeln!(out, "{INDENT}category: {c}")?;
        }
        if !item.regions.is_empty() {
            let r = fit(&item.regions.join("; "), WIDTH - 14);
            writeln!(out, "{INDENT}regions: {r}")?;
        }
        if !item.reasons.is_empty() {
            let r = fit(&item.reasons.join("; "), WIDTH - 14);
            writeln!(out, "{INDENT}reasons: {r}")?;
            // Each reason with the sentence that gave it, whole.
            for e in &item.reason_evidence {
                writeln!(out, "{INDENT}  {}", fit(&e.reason, WIDTH - 6))?;
                paragraph(out, &format!("  \"{}\"", e.sentence))?;
            }
        }
        if let Some(r) = &item.requested {
            writeln!(out, "{INDENT}original request: {}", fit(r, WIDTH - 24))?;
        }
        if let Some(a) = &item.authorized {
            writeln!(out, "{INDENT}authorized by UR: {}", fit(a, WIDTH - 24))?;
        }
        let lists = [
            (
                "reviewer guidelines",
                &item.reviewer_guidelines,
                &item.reviewer_citation,
            ),
            (
                "claims administrator guidelines",
                &item.claims_administrator_guidelines,
                &item.claims_administrator_citation,
            ),
        ];
        for (label, list, citation) in lists {
            writeln!(out, "{INDENT}{label}:")?;
            if list.is_empty() {
                writeln!(out, "{INDENT}  (none)")?;
            }
            for g in list {
                writeln!(out, "{INDENT}  {}", fit(g, WIDTH - 6))?;
            }
            if !citation.is_empty() {
                paragraph(out, citation)?;
            }
        }
        writeln!(out, "{INDENT}rationale:")?;
        paragraph(out, &item.rationale)?;
    }
    Ok(())
}

fn paragraph(out: &mut dyn Write, text: &str) -> io::Result<()> {
    let flat: String = text
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    for (a, b) in wrap(&flat, WIDTH - INDENT.len()) {
        writeln!(out, "{INDENT}{}", &flat[a..b])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_at_spaces_within_width() {
        let text = "aaa bbb ccc ddd eee";
        let lines: Vec<&str> = wrap(text, 7).iter().map(|&(a, b)| &text[a..b]).collect();
        assert_eq!(lines, ["aaa bbb", "ccc ddd", "eee"]);
        let long = "x".repeat(25);
        assert_eq!(wrap(&long, 10).len(), 3);
    }

    #[test]
    fn highlight_spanning_a_line_break_is_bold_on_both_lines() {
        let text = "one two three four".to_string();
        let snippet = Snippet {
            highlights: vec![(4, 13)],
            text,
        };
        let mut buf = Vec::new();
        // Wrap narrowly by hand: reuse the renderer at full width instead and
        // check the marking.
        snippet_lines(&mut buf, &snippet, Emphasis::Bold).unwrap();
        let s = String::from_utf8(buf).unwrap();
        assert_eq!(s, format!("{INDENT}one {BOLD}two three{RESET} four\n"));
    }

    #[test]
    fn fit_cuts_with_ellipsis() {
        assert_eq!(fit("abcdef", 4), "abc…");
        assert_eq!(fit("abc", 4), "abc");
    }
}
