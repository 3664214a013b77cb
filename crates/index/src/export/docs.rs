//! The column tables of `index_schema/EXPORT.md`, generated from
//! [`super::columns`] (so from the field table) between two marker lines;
//! a test keeps the file equal to what this module writes, and
//! `IMR_BLESS=1 cargo test -p imr-index export::docs` rewrites it.

use super::columns::{columns, Column, ColumnType, Table};
use crate::schema::Export;

/// The marker lines around the generated tables.
pub const BEGIN: &str = "<!-- column tables: generated from crates/index/src/export/columns.rs -->";
/// See [`BEGIN`].
pub const END: &str = "<!-- end of column tables -->";

fn from_text(c: &Column) -> String {
    match c.field.map(|f| (f.export, f.from)) {
        Some((Export::Computed, from)) if c.from == c.field.map_or("", |f| f.name) => {
            let sources: Vec<String> = from.iter().map(|p| format!("`{p}`")).collect();
            format!(
                "computed from {} (the index's `{}`)",
                sources.join(", "),
                c.from
            )
        }
        _ => format!("`{}`", c.from),
    }
}

fn type_text(c: &Column) -> String {
    let mut out = c
        .column_type
        .name()
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    if let ColumnType::Enum(values) = c.column_type {
        let values: Vec<String> = values().iter().map(|v| format!("`{v}`")).collect();
        out = format!("STRING: {}", values.join(", "));
    }
    if c.nullable() {
        out.push_str(", or null");
    }
    out
}

fn table(t: Table) -> String {
    let mut out = format!(
        "### `{name}.parquet` (`{name}.csv`, `{name}.jsonl`)\n\n| column | type | from the letter | meaning |\n|---|---|---|---|\n",
        name = t.name()
    );
    for c in columns(t) {
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            c.name,
            type_text(&c),
            from_text(&c),
            c.meaning().replace('|', "\\|")
        ));
    }
    out
}

/// Both column tables, markers included.
pub fn column_tables() -> String {
    format!(
        "{BEGIN}\n{}\n{}{END}\n",
        table(Table::Letters),
        table(Table::Items)
    )
}

/// `doc` with its generated tables replaced; `None` without the markers.
pub fn with_column_tables(doc: &str) -> Option<String> {
    let start = doc.find(BEGIN)?;
    let end = doc[start..].find(END)? + start + END.len();
    let end = end + usize::from(doc[end..].starts_with('\n'));
    Some(format!(
        "{}{}{}",
        &doc[..start],
        column_tables(),
        &doc[end..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_md_is_the_columns() {
        let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../index_schema/EXPORT.md");
        let have = std::fs::read_to_string(&path).unwrap();
        let want = with_column_tables(&have).expect("EXPORT.md lacks the column table markers");
        if std::env::var_os("IMR_BLESS").is_some() {
            std::fs::write(&path, &want).unwrap();
            return;
        }
        assert!(
            have == want,
            "index_schema/EXPORT.md's columns differ from the export's: run IMR_BLESS=1 cargo test -p imr-index export::docs"
        );
        for c in crate::export::all_columns() {
            assert!(!c.meaning().is_empty(), "{} has no meaning", c.name);
        }
    }
}
