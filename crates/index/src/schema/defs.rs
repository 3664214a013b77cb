//! The field table: every index field defined once, with its name, type,
//! level, aliases, the record fields it is computed from, its role in
//! searches and hits, and its doc line.
//!
//! Everything else derives from [`FIELDS`]: the tantivy schema and the
//! [`Fields`] handles (this module's `field_table!`), the query aliases and
//! default search fields (`search::fields`), the hit columns of JSON and CSV,
//! the record-to-field drift test (`document`), and the two documents users
//! read, `index_schema/fields.tsv` and the field table of
//! `index_schema/README.md` (`schema::docs`, kept equal by a test).
//!
//! Adding a field: one entry here (and [`SCHEMA_VERSION`] one up), the line
//! of `document` that computes its value, and `IMR_BLESS=1 cargo test -p
//! imr-index schema::docs` to regenerate the two documents.

use tantivy::schema::{Field, Schema};

use super::values::{names, UrMatch, YesNo};
use imr_letter::letter::{FinalDetermination, Gender, Outcome};
use imr_letter::warning::WarningKind;

/// Version of the index layout. Bump it whenever the field table, the
/// analyzer or the way documents are built changes: an index with another
/// version is refused with a request to rebuild.
pub const SCHEMA_VERSION: u32 = 7;

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

impl FieldType {
    /// The name `fields.tsv` gives the type.
    pub const fn name(self) -> &'static str {
        match self {
            FieldType::Text => "text",
            FieldType::Terms => "terms",
            FieldType::String => "string",
            FieldType::Facet => "facet",
            FieldType::U64 => "u64",
            FieldType::Date => "date",
        }
    }
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

impl Per {
    /// The name `fields.tsv` gives the level.
    pub const fn name(self) -> &'static str {
        match self {
            Per::Item => "item",
            Per::Letter => "letter",
            Per::First => "first",
        }
    }
}

/// How a text field takes part in a query that names no field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Search {
    /// Only when a query names it.
    Named,
    /// One of the fields a query word without a field searches.
    Default,
    /// A default field whose matches are also the hit's snippet.
    Snippet,
    /// The whole letter: a query naming it searches this field's pieces,
    /// the letter-level default fields and every item's snippet field, and
    /// is answered in letters.
    Letter,
}

/// Whether an index field adds a column to `imr export`'s tables. The
/// record's own fields (every `from` path) are columns whatever this says;
/// this is for fields that are no record field of their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Export {
    /// No column of its own (its record sources are columns already).
    No,
    /// A key of both tables (`case_number`, `file`): the letters' rows and
    /// their items' rows join on it.
    Key,
    /// A column of its level's table computed as the index computes it
    /// (`item_index`, and the closed facets `modified`, `ur_match`,
    /// `ca_licensed`).
    Computed,
}

/// One index field.
#[derive(Debug, Clone, Copy)]
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
    /// A document may hold several values.
    pub multi: bool,
    /// Which documents of a letter carry the value.
    pub per: Per,
    /// Other names users may type for it (the record's JSON names, everyday
    /// words).
    pub aliases: &'static [&'static str],
    /// The parsed record's fields its value is computed from (`items.x` for
    /// an item's field), as `imr parse` names them.
    pub from: &'static [&'static str],
    /// Its part in queries that name no field.
    pub search: Search,
    /// Its column in the JSON and CSV of hits, when hits carry it.
    pub hit_column: Option<&'static str>,
    /// For a facet with a closed vocabulary, its values' names: a filter
    /// naming another value is refused with this list.
    pub closed: Option<fn() -> Vec<&'static str>>,
    /// One line of meaning, for users.
    pub meaning: &'static str,
    /// Its column in `imr export`'s tables beyond the record's fields.
    pub export: Export,
}

impl FieldSpec {
    const fn new(name: &'static str, field_type: FieldType, per: Per) -> FieldSpec {
        FieldSpec {
            name,
            field_type,
            indexed: true,
            stored: true,
            fast: false,
            multi: false,
            per,
            aliases: &[],
            from: &[],
            search: Search::Named,
            hit_column: None,
            closed: None,
            meaning: "",
            export: Export::No,
        }
    }
    const fn fast(self) -> Self {
        FieldSpec { fast: true, ..self }
    }
    const fn multi(self) -> Self {
        FieldSpec {
            multi: true,
            ..self
        }
    }
    const fn unstored(self) -> Self {
        FieldSpec {
            stored: false,
            ..self
        }
    }
    const fn unindexed(self) -> Self {
        FieldSpec {
            indexed: false,
            ..self
        }
    }
    const fn aliases(self, aliases: &'static [&'static str]) -> Self {
        FieldSpec { aliases, ..self }
    }
    const fn from(self, from: &'static [&'static str]) -> Self {
        FieldSpec { from, ..self }
    }
    const fn search(self, search: Search) -> Self {
        FieldSpec { search, ..self }
    }
    const fn hit(self, column: &'static str) -> Self {
        FieldSpec {
            hit_column: Some(column),
            ..self
        }
    }
    const fn closed(self, values: fn() -> Vec<&'static str>) -> Self {
        FieldSpec {
            closed: Some(values),
            ..self
        }
    }
    const fn doc(self, meaning: &'static str) -> Self {
        FieldSpec { meaning, ..self }
    }
    const fn export(self, export: Export) -> Self {
        FieldSpec { export, ..self }
    }

    /// True for facet fields.
    pub fn is_facet(&self) -> bool {
        self.field_type == FieldType::Facet
    }

    /// The tokenizer of an indexed text-like field: the word analyzer for
    /// text, the two-word analyzer for terms, `raw` for strings.
    pub fn tokenizer(&self) -> Option<&'static str> {
        match (self.field_type, self.indexed) {
            (FieldType::Text, true) => Some(super::TEXT_ANALYZER),
            (FieldType::Terms, true) => Some(super::pairs::PAIR_ANALYZER),
            (FieldType::String, true) => Some("raw"),
            _ => None,
        }
    }
}

use FieldType::{Date, Facet, Terms, Text, U64};
use Per::{First, Item, Letter};

const fn string(name: &'static str, per: Per) -> FieldSpec {
    FieldSpec::new(name, FieldType::String, per)
}
const fn text(name: &'static str, per: Per) -> FieldSpec {
    FieldSpec::new(name, Text, per)
}
const fn facet(name: &'static str, per: Per) -> FieldSpec {
    FieldSpec::new(name, Facet, per)
}
const fn u64_(name: &'static str, per: Per) -> FieldSpec {
    FieldSpec::new(name, U64, per).fast()
}
fn warning_names() -> Vec<&'static str> {
    WarningKind::ALL.iter().map(|k| k.name()).collect()
}

const fn date(name: &'static str) -> FieldSpec {
    FieldSpec::new(name, Date, Letter).fast()
}

macro_rules! field_table {
    ($($handle:ident => $spec:expr,)*) => {
        /// Every index field, in schema order.
        pub const FIELDS: &[FieldSpec] = &[$($spec),*];

        /// Handles of every schema field, one per entry of [`FIELDS`].
        /// Looked up by name, so an index whose schema lacks a field is an
        /// error, not a panic.
        #[derive(Debug, Clone, Copy)]
        pub struct Fields {
            $(#[doc = concat!("The `", stringify!($handle), "` entry of the field table.")]
            pub $handle: Field,)*
        }

        impl Fields {
            /// Looks every field up in `schema`.
            pub fn new(schema: &Schema) -> tantivy::Result<Fields> {
                let mut specs = FIELDS.iter();
                let mut next = || -> tantivy::Result<Field> {
                    let spec = specs.next().ok_or_else(|| {
                        tantivy::TantivyError::SchemaError("field table and handles differ".into())
                    })?;
                    schema.get_field(spec.name)
                };
                Ok(Fields { $($handle: next()?,)* })
            }
        }
    };
}

field_table! {
    file => string("file", Letter).from(&["file"]).hit("file").export(Export::Key)
        .doc("Source file, relative to the corpus root, with '/' separators."),
    case_number => string("case_number", Letter).aliases(&["case"]).from(&["case_number"])
        .hit("case_number").export(Export::Key)
        .doc("Case number such as CM14-0123456; absent when the letter has none."),
    letter_key => string("letter_key", Letter).from(&["case_number", "file"])
        .doc("Identity of the letter: its case number, else \"file:\" and its path. Used for duplicates, distinct counts and `show`."),
    item_index => u64_("item_index", Item).from(&["items"]).hit("item_index")
        .export(Export::Computed)
        .doc("Position of the item in its letter, from 0; 0 also for a letter without recognised items."),
    item_count => u64_("item_count", Letter).from(&["items"])
        .doc("Number of decided items the letter has; 0 when none was recognised."),
    layout => string("layout", Letter).from(&["layout"])
        .doc("Recognised layout: letterhead_2013, determination_2014, professional_review or unknown."),
    rationale => text("rationale", Item).from(&["items.rationale"]).search(Search::Snippet)
        .doc("The reviewer's decision rationale for the item."),
    service => text("service", Item).from(&["items.service"]).search(Search::Default).hit("service")
        .doc("The disputed item (drug, test, therapy, surgery, equipment) as the letter writes it."),
    category => facet("category", Item).aliases(&["service_category"])
        .from(&["items.service_category"]).hit("category")
        .doc("Service category path, e.g. /Pharmaceuticals/Opioids (see SERVICE_CATEGORIES.md)."),
    region => facet("region", Item).multi().aliases(&["regions"]).from(&["items.regions"])
        .doc("Body regions the item concerns, e.g. /Lumbar Spine: from the item's own words, else from the letter's diagnoses (see REGIONS.md)."),
    reason => facet("reason", Item).multi().aliases(&["reasons"]).from(&["items.reasons"])
        .hit("reasons")
        .doc("Reasons the rationale gives for the item's outcome, e.g. /No functional improvement, /Guideline criteria met: from the rule table in REASONS.md."),
    modified => facet("modified", Item).from(&["items.requested"]).closed(names::<YesNo>)
        .export(Export::Computed)
        .doc("Whether UR modified the request before IMR: /yes when the claims administrator authorized part of it and the item is the rest (its original request and the authorized part are in item_json), else /no."),
    outcome => facet("outcome", Item).from(&["items.outcome"]).hit("outcome")
        .closed(names::<Option<Outcome>>)
        .doc("The item's outcome: /upheld, /overturned, or /unknown when the letter does not say or has no recognised item."),
    final_ => facet("final", Letter).aliases(&["final_determination"]).from(&["final_determination"])
        .closed(names::<Option<FinalDetermination>>)
        .doc("The letter's overall result: /uphold, /overturn, /partial, or /unknown."),
    specialty => facet("specialty", Letter).multi().aliases(&["specialties"]).from(&["specialties"])
        .hit("specialties")
        .doc("The reviewer's specialties, primary first, e.g. /Orthopedic Surgery (see SPECIALTIES.md)."),
    guideline => facet("guideline", Item).multi()
        .aliases(&["guidelines", "reviewer_guideline", "reviewer_guidelines"])
        .from(&["items.reviewer_guidelines"]).hit("guidelines")
        .doc("Guidelines the expert reviewer relied on, e.g. /ODG/Low Back/Discography (see GUIDELINES.md)."),
    ca_guideline => facet("ca_guideline", Item).multi()
        .aliases(&["ca_guidelines", "claims_administrator_guideline", "claims_administrator_guidelines"])
        .from(&["items.claims_administrator_guidelines"])
        .doc("Guidelines the claims administrator's UR decision cited."),
    state => facet("state", Letter).multi().aliases(&["license_states", "states"]).from(&["license_states"])
        .doc("States where the reviewer is licensed, e.g. /CA."),
    gender => facet("gender", Letter).from(&["gender"]).closed(names::<Gender>)
        .doc("The injured worker's gender: /female or /male; absent when not stated."),
    year => facet("year", Letter).from(&["ur_date", "decision_date"])
        .doc("Year of the UR denial, else of the IMR decision, e.g. /2014; absent when neither is known."),
    ur_date => date("ur_date").aliases(&["date"]).from(&["ur_date"]).hit("ur_date")
        .doc("Date of the UR denial being disputed."),
    injury_date => date("injury_date").from(&["injury_date"])
        .doc("Date of injury."),
    decision_date => date("decision_date").from(&["decision_date"])
        .doc("Date of the IMR decision."),
    assigned_date => date("assigned_date").from(&["assigned_date"])
        .doc("Date the case was assigned to the reviewer."),
    received_date => date("received_date").aliases(&["received", "application_received_date"])
        .from(&["application_received_date"])
        .doc("Date the IMR application was received."),
    age => u64_("age", Letter).from(&["age"])
        .doc("The injured worker's age in years."),
    warning_count => u64_("warning_count", Letter).from(&["warnings"])
        .doc("Number of parser warnings on the letter; 0 when it parsed cleanly."),
    warning => facet("warning", Letter).multi().aliases(&["warnings"]).from(&["warnings"])
        .closed(warning_names)
        .doc("Kinds of the letter's parser warnings, e.g. /text only (the parser failed: indexed as text), /guideline not read, /no outcome; absent when it parsed cleanly (see README.md)."),
    summary => text("summary", First).unstored().from(&["summary"]).search(Search::Default)
        .doc("The clinical case summary (its stored copy is in letter_json). Only on the letter's first document; a query on it matches every item of the letter."),
    diagnoses => text("diagnoses", First).unstored().multi().from(&["diagnoses"])
        .doc("Diagnoses the summary states, one value per diagnosis (stored copy in letter_json). Only on the letter's first document; a query on it matches every item of the letter."),
    letter => text("letter", First).unstored().multi().aliases(&["text"]).from(&["text"])
        .search(Search::Letter)
        .doc("The cleaned letter text without the summary and the rationales (their own fields index those), one value per remaining piece; searchable only. Only on the letter's first document. A letter: query searches these pieces, the summary and every item's rationale, and matches one document per letter."),
    item_json => string("item_json", Item).unindexed()
        .from(&["items.requested", "items.authorized", "items.reason_evidence", "items.reviewer_citation", "items.claims_administrator_citation"])
        .doc("Stored only: the item's two guideline citation paragraphs and, for a modified request, the original request and the authorized part, and each decision reason with the rationale's sentence that gave it (reason_evidence), as JSON, for `show`."),
    letter_json => string("letter_json", First).unindexed()
        .from(&["specialty_text", "summary", "diagnoses", "warnings"])
        .doc("Stored only: the parsed letter record as JSON (without items and text), for `show`."),
    ca_licensed => facet("ca_licensed", Letter).from(&["license_states"]).closed(names::<YesNo>)
        .export(Export::Computed)
        .doc("Whether the reviewer is licensed in California: /yes when California is among the licence states, /no when only other states are named; absent when the letter names no state."),
    ur_match => facet("ur_match", Item).closed(names::<UrMatch>).export(Export::Computed)
        .from(&["items.reviewer_guidelines", "items.claims_administrator_guidelines"])
        .doc("Whether the expert reviewer relied on a guideline family (MTUS, ODG, ACOEM, Other) that the claims administrator's UR decision also cited: /same, /different, or /none cited when either side cited nothing."),
    rationale_pairs => FieldSpec::new("rationale_pairs", Terms, Item).unstored().from(&["items.rationale"])
        .doc("The rationale as two-word terms (\"medically necessary\"), searchable only: phrases on the rationale are answered from it (see crates/index/src/schema/pairs.rs)."),
    summary_pairs => FieldSpec::new("summary_pairs", Terms, First).unstored().from(&["summary"])
        .doc("The summary as two-word terms, searchable only, on the letter's first document: phrases on the summary are answered from it."),
}

/// The spec of one field by schema name.
pub fn field_spec(name: &str) -> Option<&'static FieldSpec> {
    FIELDS.iter().find(|s| s.name == name)
}

/// The field a user's name means: a schema name or one of its aliases, in
/// any letter case.
pub fn by_user_name(name: &str) -> Option<&'static FieldSpec> {
    FIELDS.iter().find(|s| {
        s.name.eq_ignore_ascii_case(name) || s.aliases.iter().any(|a| a.eq_ignore_ascii_case(name))
    })
}

/// The columns of a hit in JSON and CSV that come from index fields, in
/// table order (the hit adds its score and snippet after them).
pub fn hit_columns() -> impl Iterator<Item = &'static str> {
    FIELDS.iter().filter_map(|s| s.hit_column)
}
