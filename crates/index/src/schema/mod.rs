//! The index schema: the field table ([`defs`]), the tantivy [`Schema`] and
//! field handles built from it, the typed facet values ([`values`]), the
//! documents generated from the table ([`docs`]), and the text analyzers,
//! which must be registered on every opened index (see
//! [`register_tokenizers`]).
//!
//! This module is the only place that names index fields: everything else
//! reaches them through [`Fields`] or a [`FieldSpec`].

pub mod defs;
pub mod docs;
pub(crate) mod pairs;
pub mod values;
pub(crate) mod words;

pub use defs::{
    field_spec, Export, FieldSpec, FieldType, Fields, Per, Search, FIELDS, SCHEMA_VERSION,
};

use once_cell::sync::Lazy;
use tantivy::schema::{
    DateOptions, DateTimePrecision, FacetOptions, IndexRecordOption, NumericOptions, Schema,
    TextFieldIndexing, TextOptions,
};
use tantivy::Index;

use self::pairs::{PairTokenizer, PAIR_ANALYZER};
use self::words::WordTokenizer;

/// Name of the analyzer every text field uses: split on anything that is not
/// a letter or digit, lower-case, drop tokens over 40 bytes, no stemming. Line
/// breaks, page breaks and double spaces are all just separators, so a phrase
/// matches however the PDF-to-text tool wrapped it, in any letter case.
pub const TEXT_ANALYZER: &str = "imr_text";

/// Every field of the schema, in table order.
pub fn field_specs() -> &'static [FieldSpec] {
    FIELDS
}

fn build_schema(specs: &[FieldSpec]) -> Schema {
    let mut builder = Schema::builder();
    for spec in specs {
        match spec.field_type {
            FieldType::Text | FieldType::Terms | FieldType::String => {
                let mut opts = TextOptions::default();
                if spec.indexed {
                    let record = match spec.field_type {
                        FieldType::Text => IndexRecordOption::WithFreqsAndPositions,
                        FieldType::Terms => IndexRecordOption::WithFreqs,
                        _ => IndexRecordOption::Basic,
                    };
                    let tokenizer = spec.tokenizer().unwrap_or("raw");
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

static SCHEMA: Lazy<Schema> = Lazy::new(|| build_schema(FIELDS));

/// The tantivy schema built from the field table.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_builds_a_schema_with_every_handle() {
        assert!(FIELDS.len() >= 25);
        Fields::new(&schema()).unwrap();
        for (i, spec) in FIELDS.iter().enumerate() {
            assert!(
                FIELDS[..i].iter().all(|s| s.name != spec.name),
                "{} twice",
                spec.name
            );
            assert!(!spec.meaning.is_empty(), "{} has no doc line", spec.name);
            assert!(spec.indexed || spec.stored, "{} is neither", spec.name);
            assert!(!spec.from.is_empty(), "{} comes from nothing", spec.name);
        }
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
