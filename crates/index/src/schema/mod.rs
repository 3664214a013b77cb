//! The index schema, declared as data in `index_schema/fields.tsv` and built
//! from that file (embedded at compile time) into a tantivy [`Schema`].
//!
//! This module is the only place that names index fields: everything else
//! reaches them through [`Fields`]. It also owns the text analyzer, which
//! must be registered on every opened index (see [`register_tokenizers`]).

pub(crate) mod pairs;
pub(crate) mod words;

use once_cell::sync::Lazy;
use tantivy::schema::{
    DateOptions, DateTimePrecision, FacetOptions, Field, IndexRecordOption, NumericOptions, Schema,
    TextFieldIndexing, TextOptions,
};
use tantivy::Index;

use self::pairs::{PairTokenizer, PAIR_ANALYZER};
use self::words::WordTokenizer;

/// The schema file, one line per field.
pub const FIELDS_TSV: &str = include_str!("../../../../index_schema/fields.tsv");

/// Version of the index layout. Bump it whenever `fields.tsv`, the analyzer
/// or the way documents are built changes: an index with another version is
/// refused with a request to rebuild.
pub const SCHEMA_VERSION: u32 = 6;

/// Name of the analyzer every text field uses: split on anything that is not
/// a letter or digit, lower-case, drop tokens over 40 bytes, no stemming. Line
/// breaks, page breaks and double spaces are all just separators, so a phrase
/// matches however the PDF-to-text tool wrapped it, in any letter case.
pub const TEXT_ANALYZER: &str = "imr_text";

/// The value type of a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    /// Tokenised text with positions (phrase queries work).
    Text,
    /// Tokenised text with frequencies but no positions: for the two-word
    /// fields, which queries reach only through their text field.
    Terms,
    /// One untokenised term (exact match), or stored-only text.
    String,
    /// A hierarchical facet path such as `/ODG/Low Back`.
    Facet,
    /// An unsigned integer.
    U64,
    /// A calendar date (day precision is what letters carry).
    Date,
}

/// Which documents of a letter carry a field's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Per {
    /// Each item document carries its own item's value.
    Item,
    /// Every document of the letter carries the letter's value.
    Letter,
    /// Only the letter's first document (item_index 0) carries it.
    First,
}

/// One line of `fields.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldSpec {
    /// Field name, as users write it in queries.
    pub name: &'static str,
    /// Value type.
    pub field_type: FieldType,
    /// Searchable / filterable.
    pub indexed: bool,
    /// Returned with hits.
    pub stored: bool,
    /// Has a fast (columnar) field.
    pub fast: bool,
    /// Tokenizer name for text and string fields.
    pub tokenizer: Option<&'static str>,
    /// A document may hold several values.
    pub multi: bool,
    /// Which documents of a letter carry the value.
    pub per: Per,
    /// One line of meaning, for users.
    pub meaning: &'static str,
}

impl FieldSpec {
    /// True for facet fields.
    pub fn is_facet(&self) -> bool {
        self.field_type == FieldType::Facet
    }
}

/// Parses `fields.tsv`. Errors name the line; the embedded file is checked by
/// a unit test, so in practice this never fails at run time.
pub fn parse_fields_tsv(tsv: &'static str) -> Result<Vec<FieldSpec>, String> {
    let mut specs = Vec::new();
    let mut header_seen = false;
    for (n, line) in tsv.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if !header_seen {
            header_seen = true;
            if line.starts_with("name\t") {
                continue;
            }
        }
        let cols: Vec<&'static str> = line.split('\t').collect();
        let err = |what: &str| format!("fields.tsv line {}: {what}: {line:?}", n + 1);
        if cols.len() != 9 {
            return Err(err("expected 9 tab-separated columns"));
        }
        let yes_no = |s: &str| match s {
            "yes" => Ok(true),
            "no" => Ok(false),
            _ => Err(err("expected yes or no")),
        };
        let field_type = match cols[1] {
            "text" => FieldType::Text,
            "terms" => FieldType::Terms,
            "string" => FieldType::String,
            "facet" => FieldType::Facet,
            "u64" => FieldType::U64,
            "date" => FieldType::Date,
            _ => return Err(err("unknown type")),
        };
        let per = match cols[7] {
            "item" => Per::Item,
            "letter" => Per::Letter,
            "first" => Per::First,
            _ => return Err(err("per must be item, letter or first")),
        };
        let tokenizer = match cols[5] {
            "-" => None,
            t => Some(t),
        };
        if matches!(field_type, FieldType::Text | FieldType::Terms) && tokenizer.is_none() {
            return Err(err("text fields need a tokenizer"));
        }
        if specs.iter().any(|s: &FieldSpec| s.name == cols[0]) {
            return Err(err("duplicate field name"));
        }
        specs.push(FieldSpec {
            name: cols[0],
            field_type,
            indexed: yes_no(cols[2])?,
            stored: yes_no(cols[3])?,
            fast: yes_no(cols[4])?,
            tokenizer,
            multi: yes_no(cols[6])?,
            per,
            meaning: cols[8],
        });
    }
    Ok(specs)
}

// The embedded file is a build input checked by `tests::tsv_parses`; an
// empty schema makes every later step fail loudly instead of panicking.
static SPECS: Lazy<Vec<FieldSpec>> = Lazy::new(|| parse_fields_tsv(FIELDS_TSV).unwrap_or_default());

/// Every field of the schema, in `fields.tsv` order.
pub fn field_specs() -> &'static [FieldSpec] {
    &SPECS
}

/// The spec of one field by name.
pub fn field_spec(name: &str) -> Option<&'static FieldSpec> {
    SPECS.iter().find(|s| s.name == name)
}

fn build_schema(specs: &[FieldSpec]) -> Schema {
    let mut builder = Schema::builder();
    for spec in specs {
        match spec.field_type {
            FieldType::Text | FieldType::Terms | FieldType::String => {
                let mut opts = TextOptions::default();
                if spec.indexed {
                    let (tokenizer, record) = match spec.field_type {
                        FieldType::Text => (
                            spec.tokenizer.unwrap_or(TEXT_ANALYZER),
                            IndexRecordOption::WithFreqsAndPositions,
                        ),
                        FieldType::Terms => (
                            spec.tokenizer.unwrap_or(TEXT_ANALYZER),
                            IndexRecordOption::WithFreqs,
                        ),
                        _ => ("raw", IndexRecordOption::Basic),
                    };
                    opts = opts.set_indexing_options(
                        TextFieldIndexing::default()
                            .set_tokenizer(tokenizer)
                            .set_index_option(record),
                    );
                }
                if spec.stored {
                    opts = opts.set_stored();
                }
                if spec.fast {
                    opts = opts.set_fast("raw");
                }
                builder.add_text_field(spec.name, opts);
            }
            FieldType::Facet => {
                let mut opts = FacetOptions::default();
                if spec.stored {
                    opts = opts.set_stored();
                }
                builder.add_facet_field(spec.name, opts);
            }
            FieldType::U64 => {
                let mut opts = NumericOptions::default();
                if spec.indexed {
                    opts = opts.set_indexed();
                }
                if spec.stored {
                    opts = opts.set_stored();
                }
                if spec.fast {
                    opts = opts.set_fast();
                }
                builder.add_u64_field(spec.name, opts);
            }
            FieldType::Date => {
                let mut opts = DateOptions::default().set_precision(DateTimePrecision::Seconds);
                if spec.indexed {
                    opts = opts.set_indexed();
                }
                if spec.stored {
                    opts = opts.set_stored();
                }
                if spec.fast {
                    opts = opts.set_fast();
                }
                builder.add_date_field(spec.name, opts);
            }
        }
    }
    builder.build()
}

static SCHEMA: Lazy<Schema> = Lazy::new(|| build_schema(&SPECS));

/// The tantivy schema built from `fields.tsv`.
pub fn schema() -> Schema {
    SCHEMA.clone()
}

/// Registers [`TEXT_ANALYZER`] on an index. Needed every time an index is
/// created or opened, by writers and readers alike: tantivy does not persist
/// custom analyzers.
pub fn register_tokenizers(index: &Index) {
    index.tokenizers().register(PAIR_ANALYZER, PairTokenizer);
    index
        .tokenizers()
        .register(TEXT_ANALYZER, WordTokenizer::default());
}

macro_rules! fields_struct {
    ($($field:ident = $name:literal),* $(,)?) => {
        /// Handles of every schema field, by name. Built from the schema so a
        /// field missing from `fields.tsv` is an error, not a panic.
        #[derive(Debug, Clone, Copy)]
        pub struct Fields {
            $(#[doc = concat!("The `", $name, "` field.")] pub $field: Field,)*
        }

        impl Fields {
            /// Every field name this struct knows, in declaration order.
            pub const NAMES: &'static [&'static str] = &[$($name),*];

            /// Looks every field up in `schema`.
            pub fn new(schema: &Schema) -> tantivy::Result<Fields> {
                Ok(Fields {
                    $($field: schema.get_field($name)?,)*
                })
            }
        }
    };
}

fields_struct!(
    file = "file",
    case_number = "case_number",
    letter_key = "letter_key",
    item_index = "item_index",
    item_count = "item_count",
    layout = "layout",
    service = "service",
    category = "category",
    region = "region",
    reason = "reason",
    modified = "modified",
    outcome = "outcome",
    final_ = "final",
    guideline = "guideline",
    ca_guideline = "ca_guideline",
    specialty = "specialty",
    state = "state",
    gender = "gender",
    year = "year",
    ur_date = "ur_date",
    injury_date = "injury_date",
    decision_date = "decision_date",
    assigned_date = "assigned_date",
    received_date = "received_date",
    age = "age",
    warning_count = "warning_count",
    warning = "warning",
    rationale = "rationale",
    summary = "summary",
    diagnoses = "diagnoses",
    letter = "letter",
    item_json = "item_json",
    letter_json = "letter_json",
    ca_licensed = "ca_licensed",
    ur_match = "ur_match",
    rationale_pairs = "rationale_pairs",
    summary_pairs = "summary_pairs",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_parses() {
        let specs = parse_fields_tsv(FIELDS_TSV).unwrap();
        assert_eq!(specs.len(), field_specs().len());
        assert!(specs.len() >= 25);
        let facets: Vec<_> = specs
            .iter()
            .filter(|s| s.is_facet())
            .map(|s| s.name)
            .collect();
        for name in [
            "guideline",
            "ca_guideline",
            "specialty",
            "category",
            "region",
            "reason",
            "modified",
            "outcome",
            "final",
            "gender",
            "state",
            "year",
            "ca_licensed",
            "ur_match",
            "warning",
        ] {
            assert!(facets.contains(&name), "{name} must be a facet");
        }
    }

    #[test]
    fn fields_struct_matches_tsv() {
        let names: Vec<&str> = field_specs().iter().map(|s| s.name).collect();
        assert_eq!(names, Fields::NAMES);
        Fields::new(&schema()).unwrap();
    }

    #[test]
    fn bad_tsv_is_rejected() {
        assert!(parse_fields_tsv("name\ta\nx\ttext\tyes\tyes\tno\t-\tno\titem\tm\n").is_err());
        assert!(parse_fields_tsv("x\tblob\tyes\tyes\tno\t-\tno\titem\tm\n").is_err());
        assert!(parse_fields_tsv("x\tu64\tmaybe\tyes\tno\t-\tno\titem\tm\n").is_err());
    }

    #[test]
    fn analyzer_joins_line_breaks_and_lowercases() {
        let index = Index::create_in_ram(schema());
        register_tokenizers(&index);
        let mut analyzer = index.tokenizers().get(TEXT_ANALYZER).unwrap();
        let mut stream = analyzer.token_stream("Medically\n\n\x0cNECESSARY  and");
        let mut words = Vec::new();
        while stream.advance() {
            words.push((stream.token().text.clone(), stream.token().position));
        }
        assert_eq!(
            words,
            vec![
                ("medically".into(), 0),
                ("necessary".into(), 1),
                ("and".into(), 2)
            ]
        );
    }
}
