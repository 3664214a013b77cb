//! The two documents of the field table users read, generated from
//! [`FIELDS`]: `index_schema/fields.tsv` (one line per field, for scripts)
//! and the field table of `index_schema/README.md` (between two marker
//! lines). A test keeps both files equal to what this module writes;
//! `IMR_BLESS=1 cargo test -p imr-index schema::docs` rewrites them.

use super::defs::{FieldSpec, FieldType, Search, FIELDS};

/// The marker lines around the generated table in `index_schema/README.md`.
pub const README_BEGIN: &str =
    "<!-- field table: generated from crates/index/src/schema/defs.rs -->";
/// See [`README_BEGIN`].
pub const README_END: &str = "<!-- end of field table -->";

fn yes_no(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

fn search_name(spec: &FieldSpec) -> &'static str {
    match spec.search {
        Search::Named => "named",
        Search::Default => "default",
        Search::Snippet => "snippet",
        Search::Letter => "letter",
    }
}

fn list(items: &[&str]) -> String {
    if items.is_empty() {
        "-".to_string()
    } else {
        items.join(",")
    }
}

/// `index_schema/fields.tsv` as the table defines it.
pub fn fields_tsv() -> String {
    let mut out = String::from(
        "# imr-search index schema: one line per tantivy field, tab-separated.\n\
# GENERATED from the field table in crates/index/src/schema/defs.rs; do not\n\
# edit (a test fails when they differ; IMR_BLESS=1 cargo test -p imr-index\n\
# schema::docs rewrites this file).\n\
#\n\
# type:      text (tokenised by `tokenizer`, with positions), terms (tokenised,\n\
#            frequencies but no positions; not searchable by name), string (one\n\
#            untokenised term), facet (hierarchical path), u64, date (day).\n\
# indexed:   yes = searchable / filterable.\n\
# stored:    yes = returned with hits, so `search` and `show` need no corpus.\n\
# fast:      yes = column for sorting, ranges, stats and distinct counts.\n\
# multi:     yes = a document may hold several values.\n\
# per:       item = the item's own value; letter = the letter's value, copied\n\
#            onto each of its item documents; first = only on the letter's\n\
#            first document (item_index 0), to keep the index small.\n\
# aliases:   other names a query, filter or facet may use.\n\
# from:      the fields of `imr parse`'s record the value is computed from.\n\
# search:    default = searched by query words that name no field; snippet =\n\
#            also the field snippets are cut from; letter = a query naming it\n\
#            searches the whole letter; named = only when named.\n\
name\ttype\tindexed\tstored\tfast\ttokenizer\tmulti\tper\taliases\tfrom\tsearch\tmeaning\n",
    );
    for s in FIELDS {
        let row = [
            s.name,
            s.field_type.name(),
            yes_no(s.indexed),
            yes_no(s.stored),
            yes_no(s.fast),
            s.tokenizer().unwrap_or("-"),
            yes_no(s.multi),
            s.per.name(),
            &list(s.aliases),
            &list(s.from),
            search_name(s),
            s.meaning,
        ];
        out.push_str(&row.join("\t"));
        out.push('\n');
    }
    out
}

/// The Markdown field table of `index_schema/README.md`, markers included.
pub fn readme_table() -> String {
    let mut out = format!(
        "{README_BEGIN}\n| field | type | level | also | meaning |\n|---|---|---|---|---|\n"
    );
    for s in FIELDS.iter().filter(|s| s.field_type != FieldType::Terms) {
        let level = match (s.per, s.indexed) {
            (_, false) => "stored only",
            (super::Per::Item, _) => "item",
            _ => "letter",
        };
        let kind = if s.multi {
            format!("{} (several)", s.field_type.name())
        } else {
            s.field_type.name().to_string()
        };
        let also: Vec<String> = s.aliases.iter().map(|a| format!("`{a}`")).collect();
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | {} |\n",
            s.name,
            kind,
            level,
            also.join(", "),
            s.meaning.replace('|', "\\|")
        ));
    }
    out.push_str(README_END);
    out.push('\n');
    out
}

/// `readme` with its generated table replaced by [`readme_table`]; `None`
/// when the markers are missing.
pub fn with_readme_table(readme: &str) -> Option<String> {
    let start = readme.find(README_BEGIN)?;
    let end = readme[start..].find(README_END)? + start + README_END.len();
    let end = end + usize::from(readme[end..].starts_with('\n'));
    Some(format!(
        "{}{}{}",
        &readme[..start],
        readme_table(),
        &readme[end..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn schema_dir() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../index_schema")
    }

    fn bless() -> bool {
        std::env::var_os("IMR_BLESS").is_some()
    }

    #[test]
    fn fields_tsv_is_the_table() {
        let path = schema_dir().join("fields.tsv");
        let want = fields_tsv();
        if bless() {
            std::fs::write(&path, &want).unwrap();
        }
        let have = std::fs::read_to_string(&path).unwrap();
        assert!(
            have == want,
            "index_schema/fields.tsv differs from the field table: run IMR_BLESS=1 cargo test -p imr-index schema::docs"
        );
    }

    #[test]
    fn readme_field_table_is_the_table() {
        let path = schema_dir().join("README.md");
        let have = std::fs::read_to_string(&path).unwrap();
        let want = with_readme_table(&have).expect("README.md lacks the field table markers");
        if bless() {
            std::fs::write(&path, &want).unwrap();
        }
        assert!(
            have == want,
            "index_schema/README.md's field table differs from the field table: run IMR_BLESS=1 cargo test -p imr-index schema::docs"
        );
    }

    #[test]
    fn tsv_has_one_line_per_field_and_equal_columns() {
        let tsv = fields_tsv();
        let rows: Vec<&str> = tsv.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(rows.len(), FIELDS.len() + 1);
        for row in rows {
            assert_eq!(row.split('\t').count(), 12, "{row}");
        }
    }
}
