//! The columns of the two export tables, derived from the field table
//! ([`crate::schema::FIELDS`]) and nothing else:
//!
//! - the keys of both tables: the fields marked [`Export::Key`] (`file`,
//!   `case_number`), first in both;
//! - every record field the table's `from` column names, once, in table
//!   order: `items.x` is column `x` of `items`, any other path a column of
//!   `letters`; `items` itself is the rows, not a column, and a path that
//!   feeds only unstored fields (`text`) is not kept by the index, so it is
//!   no column either;
//! - the fields marked [`Export::Computed`], named as the index names them
//!   (`item_index`, `modified`, `ur_match`, `ca_licensed`), at their place
//!   in the table.
//!
//! A column's type is its index field's: the field named as the column (or
//! having it as an alias): a date is a DATE, a u64 an INT64, a multi-valued
//! field a LIST of strings, a closed facet a string of its fixed values, the
//! rest strings. The record fields the index keeps only in its stored JSON
//! (`requested`, `authorized`, the two citation paragraphs, `specialty_text`,
//! `reason_evidence`) are strings, except `reason_evidence`, a list: the
//! sentence behind each of `reasons`, in the same order.
//!
//! [`Source`] is how a column's value is read from a [`Letter`]: one variant
//! per record path or computed field, resolved once when the columns are
//! built (a test checks that every path of the table resolves).

use once_cell::sync::Lazy;

use crate::document::ca_licensed;
use crate::schema::values::{FacetValue, YesNo};
use crate::schema::{Export, FieldSpec, FieldType, Per, FIELDS};
use imr_letter::date::IsoDate;
use imr_letter::letter::{Item, Letter, ReasonEvidence};

/// Which of the two tables a column belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    /// `letters.*`: one row per letter.
    Letters,
    /// `items.*`: one row per decided item.
    Items,
}

impl Table {
    /// The table's file stem (`letters`, `items`).
    pub const fn name(self) -> &'static str {
        match self {
            Table::Letters => "letters",
            Table::Items => "items",
        }
    }
}

/// The type of a column.
#[derive(Debug, Clone, Copy)]
pub enum ColumnType {
    /// UTF-8 text.
    String,
    /// UTF-8 text from a fixed set of values.
    Enum(fn() -> Vec<&'static str>),
    /// A signed 64-bit integer.
    Int,
    /// A calendar day.
    Date,
    /// A list of strings (never null; empty when there is none).
    List,
}

impl ColumnType {
    /// The type as EXPORT.md and `--help` name it.
    pub fn name(self) -> &'static str {
        match self {
            ColumnType::String => "STRING",
            ColumnType::Enum(_) => "STRING (fixed values)",
            ColumnType::Int => "INT64",
            ColumnType::Date => "DATE",
            ColumnType::List => "LIST<STRING>",
        }
    }
}

/// One column of an export table.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// Its name, as `imr parse`'s JSON names the record field (or the index
    /// its computed field).
    pub name: &'static str,
    /// The table it is in.
    pub table: Table,
    /// Its type.
    pub column_type: ColumnType,
    /// Where it comes from: the record path (`items.service`) or, for a
    /// computed column, the index field's name.
    pub from: &'static str,
    /// The index field it is typed by, if any.
    pub field: Option<&'static FieldSpec>,
    /// How its value is read.
    pub source: Source,
}

impl Column {
    /// Null is a possible value: the record's optional fields (a missing
    /// outcome or final determination is `unknown`, a missing list empty).
    pub fn nullable(&self) -> bool {
        self.source.nullable()
    }

    /// What the column means, for EXPORT.md.
    pub fn meaning(&self) -> &'static str {
        self.source
            .meaning()
            .or(self.field.map(|f| f.meaning))
            .unwrap_or("")
    }
}

/// How a column's value is read from the letter (and item) of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)] // each variant is the record field of its name
pub enum Source {
    File,
    CaseNumber,
    Layout,
    FinalDetermination,
    Specialties,
    SpecialtyText,
    LicenseStates,
    CaLicensed,
    Gender,
    UrDate,
    InjuryDate,
    DecisionDate,
    AssignedDate,
    ReceivedDate,
    Age,
    Warnings,
    Summary,
    Diagnoses,
    ItemIndex,
    Service,
    ServiceCategory,
    Outcome,
    Modified,
    Requested,
    Authorized,
    Regions,
    Reasons,
    ReasonEvidence,
    ReviewerGuidelines,
    ClaimsAdministratorGuidelines,
    UrMatch,
    ReviewerCitation,
    ClaimsAdministratorCitation,
    Rationale,
}

impl Source {
    /// The source of a record path (`items.service`) or computed field.
    pub fn of(path: &str) -> Option<Source> {
        use Source::*;
        Some(match path {
            "file" => File,
            "case_number" => CaseNumber,
            "layout" => Layout,
            "final_determination" => FinalDetermination,
            "specialties" => Specialties,
            "specialty_text" => SpecialtyText,
            "license_states" => LicenseStates,
            "ca_licensed" => CaLicensed,
            "gender" => Gender,
            "ur_date" => UrDate,
            "injury_date" => InjuryDate,
            "decision_date" => DecisionDate,
            "assigned_date" => AssignedDate,
            "application_received_date" => ReceivedDate,
            "age" => Age,
            "warnings" => Warnings,
            "summary" => Summary,
            "diagnoses" => Diagnoses,
            "item_index" => ItemIndex,
            "items.service" => Service,
            "items.service_category" => ServiceCategory,
            "items.outcome" => Outcome,
            "modified" => Modified,
            "items.requested" => Requested,
            "items.authorized" => Authorized,
            "items.regions" => Regions,
            "items.reasons" => Reasons,
            "items.reason_evidence" => ReasonEvidence,
            "items.reviewer_guidelines" => ReviewerGuidelines,
            "items.claims_administrator_guidelines" => ClaimsAdministratorGuidelines,
            "ur_match" => UrMatch,
            "items.reviewer_citation" => ReviewerCitation,
            "items.claims_administrator_citation" => ClaimsAdministratorCitation,
            "items.rationale" => Rationale,
            _ => return None,
        })
    }

    /// Whether the value may be missing (null): the record's `Option`
    /// fields, but the file (the index always has it).
    pub fn nullable(self) -> bool {
        use Source::*;
        matches!(
            self,
            CaseNumber
                | SpecialtyText
                | CaLicensed
                | Gender
                | UrDate
                | InjuryDate
                | DecisionDate
                | AssignedDate
                | ReceivedDate
                | Age
                | Requested
                | Authorized
        )
    }

    /// The meaning of a record field the index keeps only in its stored
    /// JSON (no index field describes it), or of a column whose index
    /// field's meaning speaks of the index's documents.
    fn meaning(self) -> Option<&'static str> {
        Some(match self {
            Source::SpecialtyText => "The reviewer's specialty as the letter writes it.",
            Source::Requested => "For a modified request (UR authorized part of it): the original request as written; null when the request came to IMR whole.",
            Source::Authorized => "For a modified request: the part the claims administrator authorized; null otherwise.",
            Source::ReasonEvidence => "For each of `reasons`, in the same order: the sentence of the rationale that gave it.",
            Source::ReviewerCitation => "The reviewer's guideline paragraph as written (pages included).",
            Source::ClaimsAdministratorCitation => "The claims administrator's guideline paragraph as written.",
            Source::Warnings => "What the parser could not read or had to guess, one message per warning (the kinds are in README.md).",
            Source::Summary => "The clinical case summary.",
            Source::Diagnoses => "Diagnoses the summary states, one element per diagnosis.",
            Source::ItemIndex => "Position of the item in its letter, from 0 (as `imr show` numbers items).",
            Source::Modified => "Whether UR modified the request before IMR: `yes` when the claims administrator authorized part of it and the item is the rest (see `requested` and `authorized`), else `no`.",
            _ => return None,
        })
    }

    /// The value of this column for `letter` and, in the items table, its
    /// item `index`.
    pub fn value<'a>(self, letter: &'a Letter, item: Option<(usize, &'a Item)>) -> Value<'a> {
        use Source::*;
        let date = |d: Option<IsoDate>| d.map_or(Value::Null, Value::Date);
        match self {
            File => Value::Str(letter.file.as_deref().unwrap_or_default()),
            CaseNumber => opt(&letter.case_number),
            Layout => Value::Str(letter.layout.as_str()),
            FinalDetermination => Value::Str(letter.final_determination.name()),
            Specialties => Value::List(&letter.specialties),
            SpecialtyText => opt(&letter.specialty_text),
            LicenseStates => Value::List(&letter.license_states),
            CaLicensed => {
                ca_licensed(&letter.license_states).map_or(Value::Null, |v| Value::Str(v.name()))
            }
            Gender => letter.gender.map_or(Value::Null, |g| Value::Str(g.name())),
            UrDate => date(letter.ur_date),
            InjuryDate => date(letter.injury_date),
            DecisionDate => date(letter.decision_date),
            AssignedDate => date(letter.assigned_date),
            ReceivedDate => date(letter.application_received_date),
            Age => letter.age.map_or(Value::Null, |a| Value::Int(i64::from(a))),
            Warnings => Value::List(&letter.warnings),
            Summary => Value::Str(&letter.summary),
            Diagnoses => Value::List(&letter.diagnoses),
            _ => match item {
                Some((index, item)) => self.item_value(index, item),
                None => Value::Null,
            },
        }
    }

    fn item_value(self, index: usize, item: &Item) -> Value<'_> {
        use Source::*;
        match self {
            ItemIndex => Value::Int(i64::try_from(index).unwrap_or(i64::MAX)),
            Service => Value::Str(&item.service),
            ServiceCategory => Value::Str(&item.service_category),
            Outcome => Value::Str(item.outcome.name()),
            Modified => Value::Str(YesNo::from(item.requested.is_some()).name()),
            Requested => opt(&item.requested),
            Authorized => opt(&item.authorized),
            Regions => Value::List(&item.regions),
            Reasons => Value::List(&item.reasons),
            ReasonEvidence => Value::Sentences(&item.reason_evidence),
            ReviewerGuidelines => Value::List(&item.reviewer_guidelines),
            ClaimsAdministratorGuidelines => Value::List(&item.claims_administrator_guidelines),
            UrMatch => Value::Str(
                crate::schema::values::UrMatch::of(
                    &item.reviewer_guidelines,
                    &item.claims_administrator_guidelines,
                )
                .name(),
            ),
            ReviewerCitation => Value::Str(&item.reviewer_citation),
            ClaimsAdministratorCitation => Value::Str(&item.claims_administrator_citation),
            Rationale => Value::Str(&item.rationale),
            _ => Value::Null,
        }
    }
}

fn opt(s: &Option<String>) -> Value<'_> {
    s.as_deref().map_or(Value::Null, Value::Str)
}

/// One cell.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value<'a> {
    /// No value.
    Null,
    /// Text.
    Str(&'a str),
    /// A number.
    Int(i64),
    /// A day.
    Date(IsoDate),
    /// A list of strings.
    List(&'a [String]),
    /// A list of strings: the sentences of reason evidence.
    Sentences(&'a [ReasonEvidence]),
}

impl<'a> Value<'a> {
    /// The elements of a list value (none for a scalar).
    pub fn elements(&self) -> impl Iterator<Item = &'a str> + 'a {
        let (list, sentences): (&'a [String], &'a [ReasonEvidence]) = match *self {
            Value::List(l) => (l, &[]),
            Value::Sentences(s) => (&[], s),
            _ => (&[], &[]),
        };
        list.iter()
            .map(String::as_str)
            .chain(sentences.iter().map(|e| e.sentence.as_str()))
    }
}

/// The index field a record path's column is typed by: the one named as
/// the column, or having its name as an alias.
fn typing_field(name: &str) -> Option<&'static FieldSpec> {
    FIELDS
        .iter()
        .find(|s| s.name == name)
        .or_else(|| FIELDS.iter().find(|s| s.aliases.contains(&name)))
}

fn column_type(spec: Option<&FieldSpec>, source: Source) -> ColumnType {
    let Some(spec) = spec else {
        return if source == Source::ReasonEvidence {
            ColumnType::List
        } else {
            ColumnType::String
        };
    };
    match (spec.field_type, spec.multi, spec.closed) {
        (_, true, _) => ColumnType::List,
        (FieldType::Date, ..) => ColumnType::Date,
        (FieldType::U64, ..) => ColumnType::Int,
        (FieldType::Facet, false, Some(values)) => ColumnType::Enum(values),
        _ => ColumnType::String,
    }
}

fn table_of(per: Per) -> Table {
    match per {
        Per::Item => Table::Items,
        Per::Letter | Per::First => Table::Letters,
    }
}

/// Whether a record path is kept by the index: it feeds a stored field.
fn stored(path: &str) -> bool {
    FIELDS.iter().any(|s| s.stored && s.from.contains(&path))
}

fn build() -> Vec<Column> {
    let mut out: Vec<Column> = Vec::new();
    let push = |out: &mut Vec<Column>, name, table, from, field: Option<&'static FieldSpec>| {
        let Some(source) = Source::of(from) else {
            return;
        };
        if out.iter().any(|c| c.table == table && c.name == name) {
            return;
        }
        out.push(Column {
            name,
            table,
            column_type: column_type(field, source),
            from,
            field,
            source,
        });
    };
    for table in [Table::Letters, Table::Items] {
        for spec in FIELDS.iter().filter(|s| s.export == Export::Key) {
            push(&mut out, spec.name, table, spec.name, Some(spec));
        }
    }
    for spec in FIELDS {
        if spec.export == Export::Computed {
            push(
                &mut out,
                spec.name,
                table_of(spec.per),
                spec.name,
                Some(spec),
            );
        }
        for &path in spec.from {
            if path == "items" || !stored(path) {
                continue;
            }
            let (table, name) = match path.strip_prefix("items.") {
                Some(name) => (Table::Items, name),
                None => (Table::Letters, path),
            };
            push(&mut out, name, table, path, typing_field(name));
        }
    }
    out
}

static COLUMNS: Lazy<Vec<Column>> = Lazy::new(build);

/// Every column of both tables, letters first.
pub fn all_columns() -> &'static [Column] {
    &COLUMNS
}

/// The columns of one table, in order.
pub fn columns(table: Table) -> Vec<Column> {
    COLUMNS
        .iter()
        .filter(|c| c.table == table)
        .copied()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(table: Table) -> Vec<&'static str> {
        columns(table).iter().map(|c| c.name).collect()
    }

    #[test]
    fn every_kept_record_path_is_a_column() {
        for spec in FIELDS {
            for &path in spec.from {
                if path == "items" || !stored(path) {
                    continue;
                }
                assert!(Source::of(path).is_some(), "no source for {path}");
                assert!(
                    all_columns().iter().any(|c| c.from == path),
                    "{path} is no column"
                );
            }
            if spec.export != Export::No {
                assert!(
                    Source::of(spec.name).is_some(),
                    "no source for {}",
                    spec.name
                );
            }
        }
        assert!(Source::of("text").is_none());
    }

    #[test]
    fn tables_hold_what_the_issue_names() {
        let items = names(Table::Items);
        assert_eq!(&items[..3], ["file", "case_number", "item_index"]);
        for want in [
            "service",
            "service_category",
            "outcome",
            "regions",
            "reasons",
            "modified",
            "requested",
            "authorized",
            "reviewer_guidelines",
            "claims_administrator_guidelines",
            "ur_match",
            "rationale",
        ] {
            assert!(items.contains(&want), "items lacks {want}: {items:?}");
        }
        let letters = names(Table::Letters);
        assert_eq!(&letters[..2], ["file", "case_number"]);
        for want in [
            "layout",
            "ur_date",
            "injury_date",
            "decision_date",
            "assigned_date",
            "application_received_date",
            "age",
            "gender",
            "license_states",
            "specialties",
            "ca_licensed",
            "final_determination",
            "diagnoses",
            "summary",
            "warnings",
        ] {
            assert!(letters.contains(&want), "letters lacks {want}: {letters:?}");
        }
        assert!(!letters.contains(&"text") && !letters.contains(&"items"));
    }

    #[test]
    fn types_follow_the_field_table() {
        let ty = |table, name| {
            all_columns()
                .iter()
                .find(|c| c.table == table && c.name == name)
                .map(|c| c.column_type.name())
        };
        assert_eq!(ty(Table::Letters, "ur_date"), Some("DATE"));
        assert_eq!(ty(Table::Letters, "age"), Some("INT64"));
        assert_eq!(ty(Table::Letters, "specialties"), Some("LIST<STRING>"));
        assert_eq!(ty(Table::Letters, "warnings"), Some("LIST<STRING>"));
        assert_eq!(ty(Table::Items, "outcome"), Some("STRING (fixed values)"));
        assert_eq!(ty(Table::Items, "item_index"), Some("INT64"));
        assert_eq!(ty(Table::Items, "reason_evidence"), Some("LIST<STRING>"));
        assert_eq!(ty(Table::Items, "requested"), Some("STRING"));
        assert_eq!(ty(Table::Items, "service_category"), Some("STRING"));
        let outcome = all_columns().iter().find(|c| c.name == "outcome").unwrap();
        assert!(!outcome.nullable());
        let gender = all_columns().iter().find(|c| c.name == "gender").unwrap();
        assert!(gender.nullable());
    }

    #[test]
    fn values_come_from_the_record() {
        let letter = crate::document::tests::full_letter();
        let item = (1, &letter.items[1]);
        let get = |name: &str| {
            let c = all_columns().iter().find(|c| c.name == name).unwrap();
            c.source.value(&letter, Some(item))
        };
        assert_eq!(get("item_index"), Value::Int(1));
        assert_eq!(get("outcome"), Value::Str("overturned"));
        assert_eq!(get("modified"), Value::Str("no"));
        assert_eq!(get("ur_match"), Value::Str("different"));
        assert_eq!(get("ca_licensed"), Value::Str("yes"));
        assert_eq!(get("age"), Value::Int(47));
        assert_eq!(get("requested"), Value::Null);
        let evidence: Vec<&str> = get("reason_evidence").elements().collect();
        assert_eq!(evidence[0], "No functional gain after visit 2.");
        for c in all_columns() {
            let v = c.source.value(&letter, Some(item));
            assert!(c.nullable() || v != Value::Null, "{} is null", c.name);
        }
        // Only the nullable columns are ever null: a letter with nothing
        // optional filled.
        let mut bare = imr_letter::letter::Letter::text_only("x", None, "test");
        bare.items = letter.items.clone();
        bare.items[0].requested = None;
        for c in all_columns() {
            let v = c.source.value(&bare, Some((0, &bare.items[0])));
            assert!(c.nullable() || v != Value::Null, "{} is null", c.name);
        }
    }
}
