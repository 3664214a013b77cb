//! User query string and filters -> one tantivy [`Query`], plus the
//! [`Pattern`]s the snippet highlighter looks for.
//!
//! The string is parsed with tantivy's own grammar, but the tree is turned
//! into queries here, leaf by leaf, because tantivy's `QueryParser` silently
//! searches for something else on two things users type:
//! - `epidur*` becomes the term `epidur`: here it is a prefix query;
//! - `ligamnet~1` becomes the term `ligamnet`: here it is a fuzzy query
//!   (edit distance 1 or 2, a transposition counting as one edit).
//!
//! Other wildcards (`*dural`, `ep?dural`) and regexes are refused with a
//! message. Plain words and phrases are handed to tantivy's parser one leaf
//! at a time, so phrase, slop and phrase-prefix semantics are tantivy's.
//! Words without an operator are ANDed (`epidural steroid` needs both).
//! Facet fields match case-insensitively and include their descendants.

use std::ops::Bound;
use std::str::FromStr;

use once_cell::sync::Lazy;
use regex::Regex;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, FuzzyTermQuery, Occur, PhrasePrefixQuery,
    PhraseQuery, Query, QueryParser, QueryParserError, RangeQuery, TermQuery,
};
use tantivy::query_grammar::{
    self, Delimiter, UserInputAst, UserInputBound, UserInputLeaf, UserInputLiteral,
};
use tantivy::schema::{Facet, Field, IndexRecordOption};
use tantivy::{DateTime, Index, Searcher, Term};

use super::fields;
use super::join::{ToItems, ToLetters};
use super::snippet::Pattern;
use super::{Result, SearchError};
use crate::schema::pairs::pair_term;
use crate::schema::{FieldSpec, FieldType, Per, Search};
use imr_letter::date::IsoDate;

/// Largest edit distance a fuzzy word may ask for (tantivy's limit).
const MAX_FUZZY_DISTANCE: u32 = 2;

/// `--filter FIELD=VALUE`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    /// Field name or alias, as typed.
    pub field: String,
    /// The value: a facet path, a word or phrase, a number or `MIN..MAX`, a
    /// date or `FROM..TO`.
    pub value: String,
}

impl FromStr for Filter {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        match s.split_once('=') {
            Some((f, v)) if !f.trim().is_empty() && !v.trim().is_empty() => Ok(Filter {
                field: f.trim().to_string(),
                value: v.trim().to_string(),
            }),
            _ => Err(format!("expected FIELD=VALUE, got `{s}`")),
        }
    }
}

/// An inclusive range of whole numbers, either end open: `40..60`, `40..`,
/// `..60`, or one number `45`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct IntRange {
    /// Smallest value allowed.
    pub min: Option<u64>,
    /// Largest value allowed.
    pub max: Option<u64>,
}

impl FromStr for IntRange {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let bad = || format!("expected a number or MIN..MAX (either end optional), got `{s}`");
        let num = |t: &str| -> Result<Option<u64>, String> {
            let t = t.trim();
            if t.is_empty() {
                Ok(None)
            } else {
                t.parse().map(Some).map_err(|_| bad())
            }
        };
        let range = match s.split_once("..") {
            Some((a, b)) => IntRange {
                min: num(a)?,
                max: num(b)?,
            },
            None => {
                let n = num(s)?.ok_or_else(bad)?;
                IntRange {
                    min: Some(n),
                    max: Some(n),
                }
            }
        };
        match (range.min, range.max) {
            (Some(a), Some(b)) if a > b => Err(format!("empty range `{s}`: {a} > {b}")),
            _ => Ok(range),
        }
    }
}

/// A date as users type it ([`IsoDate`]'s `FromStr`), as a search error.
fn parse_date(text: &str) -> Result<IsoDate> {
    text.parse()
        .map_err(|e: imr_letter::date::BadDate| SearchError::BadValue(e.to_string()))
}

/// Midnight UTC of a date, the way dates are indexed.
fn day_start(date: IsoDate) -> DateTime {
    crate::document::date_value(date)
}

/// Whether a user query matches every item by itself: empty or `*`. The
/// one place that decides it (query lowering, and the counters that answer
/// such requests from the index's own counts).
pub fn matches_everything(query: &str) -> bool {
    matches!(query.trim(), "" | "*")
}

/// A user query after translation.
pub struct Built {
    /// What to run.
    pub query: Box<dyn Query>,
    /// What to highlight in the snippet field (positive clauses only).
    pub patterns: Vec<Pattern>,
}

/// A leaf query on `spec`, answered in items: a field kept only on the
/// letter's first document (summary, diagnoses) matches every item of the
/// letter. `letter:` itself stays on first documents: it counts letters.
fn in_items(spec: &FieldSpec, q: Box<dyn Query>) -> Box<dyn Query> {
    if spec.per == Per::First && spec.search != Search::Letter {
        Box::new(ToItems(q))
    } else {
        q
    }
}

/// How a literal leaf is to be matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Plain,
    Prefix,
    Fuzzy(u8),
}

/// Translates queries and filters against one opened index.
pub struct QueryBuilder<'a> {
    index: &'a Index,
    searcher: &'a Searcher,
    parser: QueryParser,
}

impl<'a> QueryBuilder<'a> {
    /// A builder for `index`, looking facet values up in `searcher`.
    pub fn new(index: &'a Index, searcher: &'a Searcher) -> Self {
        let mut parser = QueryParser::for_index(index, Vec::new());
        parser.set_conjunction_by_default();
        QueryBuilder {
            index,
            searcher,
            parser,
        }
    }

    fn field(&self, spec: &FieldSpec) -> Result<Field> {
        Ok(self.index.schema().get_field(spec.name)?)
    }

    /// Translates a user query. Empty or `*` matches every item.
    pub fn user_query(&self, text: &str) -> Result<Built> {
        let mut patterns = Vec::new();
        if matches_everything(text) {
            return Ok(Built {
                query: Box::new(AllQuery),
                patterns,
            });
        }
        let ast = query_grammar::parse_query(text).map_err(|_| syntax_error(text))?;
        let query = self.walk(ast, true, &mut patterns)?;
        Ok(Built { query, patterns })
    }

    fn walk(
        &self,
        ast: UserInputAst,
        positive: bool,
        patterns: &mut Vec<Pattern>,
    ) -> Result<Box<dyn Query>> {
        match ast {
            UserInputAst::Clause(children) => {
                let mut clauses = Vec::with_capacity(children.len() + 1);
                for (occur, child) in children {
                    let occur = occur.unwrap_or(Occur::Must);
                    let q = self.walk(child, positive && occur != Occur::MustNot, patterns)?;
                    clauses.push((occur, q));
                }
                // `-x` alone means "everything but x", not nothing.
                if clauses.iter().all(|(o, _)| *o == Occur::MustNot) {
                    clauses.push((Occur::Must, Box::new(AllQuery) as Box<dyn Query>));
                }
                if clauses.len() == 1 {
                    if let Some((_, q)) = clauses.pop() {
                        return Ok(q);
                    }
                }
                Ok(Box::new(BooleanQuery::new(clauses)))
            }
            UserInputAst::Boost(inner, boost) => {
                let q = self.walk(*inner, positive, patterns)?;
                Ok(Box::new(BoostQuery::new(q, boost.into_inner() as f32)))
            }
            UserInputAst::Leaf(leaf) => self.leaf(*leaf, positive, patterns),
        }
    }

    fn leaf(
        &self,
        leaf: UserInputLeaf,
        positive: bool,
        patterns: &mut Vec<Pattern>,
    ) -> Result<Box<dyn Query>> {
        match leaf {
            UserInputLeaf::All => Ok(Box::new(AllQuery)),
            UserInputLeaf::Literal(lit) => self.literal(lit, positive, patterns),
            UserInputLeaf::Range {
                field,
                lower,
                upper,
            } => {
                let Some(name) = field else {
                    return Err(SearchError::Syntax(
                        "a range needs a field, e.g. age:[40 TO 60] or ur_date:[2014-01-01 TO 2014-12-31]"
                            .into(),
                    ));
                };
                let spec = fields::resolve(&name)?;
                if spec.field_type == FieldType::Date {
                    let bound = |b: &UserInputBound| -> Result<Option<IsoDate>> {
                        match b {
                            UserInputBound::Unbounded => Ok(None),
                            b if b.term_str() == "*" => Ok(None),
                            b => parse_date(b.term_str()).map(Some),
                        }
                    };
                    let (from, to) = (bound(&lower)?, bound(&upper)?);
                    // Exclusive date bounds move by a day.
                    let from = match (&lower, from) {
                        (UserInputBound::Exclusive(_), Some(d)) => next_day(d),
                        (_, d) => d,
                    };
                    let to = match (&upper, to) {
                        (UserInputBound::Exclusive(_), Some(d)) => prev_day(d),
                        (_, d) => d,
                    };
                    return Ok(self.date_range(self.field(spec)?, from, to));
                }
                self.parse_leaf(UserInputLeaf::Range {
                    field: Some(spec.name.to_string()),
                    lower,
                    upper,
                })
            }
            UserInputLeaf::Set { field, elements } => {
                let Some(name) = field else {
                    return Err(SearchError::Syntax(
                        "IN [...] needs a field, e.g. service: IN [norco tramadol]".into(),
                    ));
                };
                let spec = fields::resolve(&name)?;
                if spec.field_type == FieldType::Facet {
                    let mut clauses = Vec::new();
                    for e in elements {
                        clauses.push((Occur::Should, self.facet_query(spec, &e)?));
                    }
                    return Ok(Box::new(BooleanQuery::new(clauses)));
                }
                let q = self.parse_leaf(UserInputLeaf::Set {
                    field: Some(spec.name.to_string()),
                    elements,
                })?;
                Ok(in_items(spec, q))
            }
            UserInputLeaf::Exists { field } => {
                let spec = fields::resolve(&field)?;
                let q = self.parse_leaf(UserInputLeaf::Exists {
                    field: spec.name.to_string(),
                })?;
                Ok(in_items(spec, q))
            }
            UserInputLeaf::Regex { pattern, .. } => Err(SearchError::Unsupported(format!(
                "regular expressions such as /{pattern}/ are not supported; \
                 use a prefix (epidur*) or a fuzzy word (ligamnet~1)"
            ))),
        }
    }

    fn literal(
        &self,
        lit: UserInputLiteral,
        positive: bool,
        patterns: &mut Vec<Pattern>,
    ) -> Result<Box<dyn Query>> {
        let mut lit = lit;
        let kind = if lit.delimiter == Delimiter::None {
            // tantivy's grammar keeps `*` and `~N` inside a bare word.
            let (word, kind) = bare_word_kind(&lit.phrase)?;
            lit.phrase = word;
            kind
        } else if lit.prefix {
            Kind::Prefix
        } else {
            Kind::Plain
        };
        let specs: Vec<&FieldSpec> = match &lit.field_name {
            Some(name) => vec![fields::resolve(name)?],
            None => fields::default_fields().collect(),
        };
        let mut per_field = Vec::with_capacity(specs.len() + 2);
        for spec in specs {
            if spec.search == Search::Letter {
                // The letter's words are spread over the rest-of-letter
                // pieces, the summary and the items' rationales (each indexed
                // once): search all three, answered by the first document.
                let letter_level = fields::default_fields().filter(|s| s.per == Per::First);
                for spec in std::iter::once(spec).chain(letter_level) {
                    let q = self.literal_on(spec, &lit, kind, false, patterns)?;
                    per_field.push((Occur::Should, q));
                }
                if let Some(snippet) = fields::snippet_field() {
                    let q = self.literal_on(snippet, &lit, kind, false, patterns)?;
                    per_field.push((Occur::Should, Box::new(ToLetters(q)) as Box<dyn Query>));
                }
                continue;
            }
            let q = self.literal_on(spec, &lit, kind, positive, patterns)?;
            per_field.push((Occur::Should, in_items(spec, q)));
        }
        if per_field.len() == 1 {
            if let Some((_, q)) = per_field.pop() {
                return Ok(q);
            }
        }
        Ok(Box::new(BooleanQuery::new(per_field)))
    }

    fn literal_on(
        &self,
        spec: &FieldSpec,
        lit: &UserInputLiteral,
        kind: Kind,
        positive: bool,
        patterns: &mut Vec<Pattern>,
    ) -> Result<Box<dyn Query>> {
        let field = self.field(spec)?;
        let not_here = |what: &str| {
            SearchError::Unsupported(format!(
                "{what} works on text fields only; `{}` is not one",
                spec.name
            ))
        };
        match spec.field_type {
            FieldType::Facet => {
                return match kind {
                    Kind::Plain => self.facet_query(spec, &lit.phrase),
                    Kind::Prefix => Err(not_here("a trailing `*`")),
                    Kind::Fuzzy(_) => Err(not_here("fuzzy search (~N)")),
                }
            }
            FieldType::Date => {
                if kind != Kind::Plain {
                    return Err(not_here("prefix and fuzzy search"));
                }
                let d = parse_date(&lit.phrase)?;
                return Ok(self.date_range(field, Some(d), Some(d)));
            }
            FieldType::U64 => {
                if kind != Kind::Plain {
                    return Err(not_here("prefix and fuzzy search"));
                }
            }
            // `Terms` fields never come out of `fields::resolve`.
            FieldType::Text | FieldType::Terms | FieldType::String => {}
        }
        let words = self.analyze(field, &lit.phrase)?;
        let highlight = positive && spec.search == Search::Snippet;
        match kind {
            Kind::Plain => {
                if highlight {
                    match words.len() {
                        0 => {}
                        1 => patterns.push(Pattern::Term(words[0].clone())),
                        _ => patterns.push(Pattern::Phrase {
                            words: words.clone(),
                            slop: lit.slop,
                            last_is_prefix: false,
                        }),
                    }
                }
                if lit.slop == 0 {
                    if let Some(q) = self.pair_query(spec, &lit.phrase)? {
                        return Ok(q);
                    }
                }
                let mut leaf = lit.clone();
                leaf.field_name = Some(spec.name.to_string());
                self.parse_leaf(UserInputLeaf::Literal(leaf))
            }
            Kind::Prefix => match words.as_slice() {
                [] => Err(SearchError::Syntax(format!(
                    "`{}` has no word to search",
                    display_literal(lit)
                ))),
                [one] => {
                    if highlight {
                        patterns.push(Pattern::Prefix(one.clone()));
                    }
                    let term = Term::from_field_text(field, one);
                    Ok(Box::new(FuzzyTermQuery::new_prefix(term, 0, false)))
                }
                _ => {
                    if highlight {
                        patterns.push(Pattern::Phrase {
                            words: words.clone(),
                            slop: 0,
                            last_is_prefix: true,
                        });
                    }
                    let terms = words
                        .iter()
                        .map(|w| Term::from_field_text(field, w))
                        .collect();
                    Ok(Box::new(PhrasePrefixQuery::new(terms)))
                }
            },
            Kind::Fuzzy(distance) => match words.as_slice() {
                [one] => {
                    if highlight {
                        patterns.push(Pattern::Fuzzy {
                            word: one.clone(),
                            distance,
                        });
                    }
                    let term = Term::from_field_text(field, one);
                    Ok(Box::new(FuzzyTermQuery::new(term, distance, true)))
                }
                _ => Err(SearchError::Unsupported(format!(
                    "`{}`: fuzzy search works on a single word",
                    display_literal(lit)
                ))),
            },
        }
    }

    /// An exact phrase on a field with a two-word twin (`rationale` ->
    /// `rationale_pairs`), asked of the twin: one term for two words; for
    /// more, every pair and the word phrase. The same documents match as for the word
    /// phrase, from far fewer postings. `None` when the field has no twin
    /// or the text is not a phrase of adjacent words.
    fn pair_query(&self, spec: &FieldSpec, text: &str) -> Result<Option<Box<dyn Query>>> {
        let Some(twin) = fields::pairs_twin(spec.name) else {
            return Ok(None);
        };
        let words = self.analyze_positions(self.field(spec)?, text)?;
        if words.len() < 2 || words.windows(2).any(|w| w[0].1 + 1 != w[1].1) {
            return Ok(None);
        }
        let pairs = self.field(twin)?;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = words
            .windows(2)
            .map(|w| {
                let term = Term::from_field_text(pairs, &pair_term(&w[0].0, &w[1].0));
                let q: Box<dyn Query> =
                    Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs));
                (Occur::Must, q)
            })
            .collect();
        if clauses.len() == 1 {
            return Ok(clauses.pop().map(|(_, q)| q));
        }
        // The pairs hold no positions (they would cost as much again): for
        // three words or more, the pairs narrow the documents and the word
        // phrase decides, reading positions only where every pair occurs.
        let field = self.field(spec)?;
        let terms = words
            .iter()
            .map(|(w, _)| Term::from_field_text(field, w))
            .collect();
        clauses.push((Occur::Must, Box::new(PhraseQuery::new(terms))));
        Ok(Some(Box::new(BooleanQuery::new(clauses))))
    }

    /// Words of `text` with their positions, as the field's analyzer makes
    /// them.
    fn analyze_positions(&self, field: Field, text: &str) -> Result<Vec<(String, usize)>> {
        let mut analyzer = self.index.tokenizer_for_field(field)?;
        let mut stream = analyzer.token_stream(text);
        let mut words = Vec::new();
        while stream.advance() {
            words.push((stream.token().text.clone(), stream.token().position));
        }
        Ok(words)
    }

    /// Words of `text` as the field's analyzer makes them.
    fn analyze(&self, field: Field, text: &str) -> Result<Vec<String>> {
        let mut analyzer = self.index.tokenizer_for_field(field)?;
        let mut stream = analyzer.token_stream(text);
        let mut words = Vec::new();
        while stream.advance() {
            words.push(stream.token().text.clone());
        }
        Ok(words)
    }

    fn parse_leaf(&self, leaf: UserInputLeaf) -> Result<Box<dyn Query>> {
        self.parser
            .build_query_from_user_input_ast(UserInputAst::Leaf(Box::new(leaf)))
            .map_err(parser_error)
    }

    /// Items whose facet `spec` holds `value` or a path below it. `value` may
    /// omit the leading `/`; letter case does not matter.
    pub fn facet_query(&self, spec: &FieldSpec, value: &str) -> Result<Box<dyn Query>> {
        let field = self.field(spec)?;
        let facet = self.resolve_facet(field, spec.name, value)?;
        Ok(Box::new(TermQuery::new(
            Term::from_facet(field, &facet),
            IndexRecordOption::Basic,
        )))
    }

    /// The facet for a user's path: the path as written if the index has it,
    /// else the indexed path equal to it ignoring case, else the path as
    /// written (which then matches nothing).
    pub fn resolve_facet(&self, field: Field, field_name: &str, value: &str) -> Result<Facet> {
        let facet = parse_facet(field_name, value)?;
        if facet.is_root() || self.searcher.doc_freq(&Term::from_facet(field, &facet))? > 0 {
            return Ok(facet);
        }
        let wanted = facet.encoded_str().to_lowercase();
        for segment in self.searcher.segment_readers() {
            let inverted = segment.inverted_index(field)?;
            let mut stream = inverted.terms().stream()?;
            while stream.advance() {
                let key = stream.key();
                if key.len() == wanted.len()
                    && String::from_utf8_lossy(key).to_lowercase() == wanted
                {
                    if let Ok(found) = Facet::from_encoded(key.to_vec()) {
                        return Ok(found);
                    }
                }
            }
        }
        Ok(facet)
    }

    /// Items whose date `field` lies in `[from, to]`, either end open.
    pub fn date_range(
        &self,
        field: Field,
        from: Option<IsoDate>,
        to: Option<IsoDate>,
    ) -> Box<dyn Query> {
        let lower = match from {
            Some(d) => Bound::Included(Term::from_field_date_for_search(field, day_start(d))),
            None => Bound::Unbounded,
        };
        let upper = match to.and_then(next_day) {
            Some(d) => Bound::Excluded(Term::from_field_date_for_search(field, day_start(d))),
            None => Bound::Unbounded,
        };
        if matches!((&lower, &upper), (Bound::Unbounded, Bound::Unbounded)) {
            // An open range still requires the date to exist.
            let name = self.index.schema().get_field_name(field).to_string();
            return match self.parse_leaf(UserInputLeaf::Exists { field: name }) {
                Ok(q) => q,
                Err(_) => Box::new(AllQuery),
            };
        }
        Box::new(RangeQuery::new(lower, upper))
    }

    /// Items whose number `field` lies in `range`.
    pub fn int_range(&self, field: Field, range: IntRange) -> Box<dyn Query> {
        let lower = match range.min {
            Some(n) => Bound::Included(Term::from_field_u64(field, n)),
            None => Bound::Unbounded,
        };
        let upper = match range.max {
            Some(n) => Bound::Included(Term::from_field_u64(field, n)),
            None => Bound::Unbounded,
        };
        Box::new(RangeQuery::new(lower, upper))
    }

    /// Translates one `--filter`.
    pub fn filter(&self, filter: &Filter) -> Result<Box<dyn Query>> {
        let spec = fields::resolve(&filter.field)?;
        let field = self.field(spec)?;
        let value = filter.value.as_str();
        match spec.field_type {
            FieldType::Facet => {
                fields::check_closed(spec.name, value)?;
                self.facet_query(spec, value)
            }
            FieldType::String => Ok(Box::new(TermQuery::new(
                Term::from_field_text(field, value),
                IndexRecordOption::Basic,
            ))),
            FieldType::Text => {
                let q = self.parse_leaf(UserInputLeaf::Literal(UserInputLiteral {
                    field_name: Some(spec.name.to_string()),
                    phrase: value.to_string(),
                    delimiter: Delimiter::DoubleQuotes,
                    slop: 0,
                    prefix: false,
                }))?;
                Ok(in_items(spec, q))
            }
            FieldType::Terms => Err(fields::unknown(&filter.field)),
            FieldType::U64 => {
                let range: IntRange = value
                    .parse()
                    .map_err(|e| SearchError::BadValue(format!("--filter {}: {e}", spec.name)))?;
                Ok(self.int_range(field, range))
            }
            FieldType::Date => {
                let (from, to) = match value.split_once("..") {
                    Some((a, b)) => (opt_date(a)?, opt_date(b)?),
                    None => {
                        let d = parse_date(value)?;
                        (Some(d), Some(d))
                    }
                };
                Ok(self.date_range(field, from, to))
            }
        }
    }
}

/// `user` restricted by every filter; filters do not change scores.
pub fn restrict(user: Box<dyn Query>, filters: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    if filters.is_empty() {
        return user;
    }
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, user)];
    clauses.extend(filters.into_iter().map(|f| {
        (
            Occur::Must,
            Box::new(ConstScoreQuery::new(f, 0.0)) as Box<dyn Query>,
        )
    }));
    Box::new(BooleanQuery::new(clauses))
}

fn opt_date(text: &str) -> Result<Option<IsoDate>> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        parse_date(text).map(Some)
    }
}

fn next_day(d: IsoDate) -> Option<IsoDate> {
    IsoDate::new(d.year, d.month, d.day + 1)
        .or_else(|| IsoDate::new(d.year, d.month + 1, 1))
        .or_else(|| IsoDate::new(d.year + 1, 1, 1))
}

fn prev_day(d: IsoDate) -> Option<IsoDate> {
    if d.day > 1 {
        return IsoDate::new(d.year, d.month, d.day - 1);
    }
    let (y, m) = if d.month > 1 {
        (d.year, d.month - 1)
    } else {
        (d.year - 1, 12)
    };
    (28..=31).rev().find_map(|day| IsoDate::new(y, m, day))
}

/// A facet path from user text: `/ODG/Low Back`, `ODG/Low Back`, `overturned`.
pub fn parse_facet(field_name: &str, value: &str) -> Result<Facet> {
    let value = value.trim();
    let path = if value.starts_with('/') {
        value.to_string()
    } else {
        format!("/{value}")
    };
    let path = path.trim_end_matches('/');
    if path.is_empty() {
        return Ok(Facet::root());
    }
    Facet::from_text(path)
        .map_err(|e| SearchError::BadValue(format!("bad {field_name} path `{value}`: {e}")))
}

/// A bare word with a trailing `*` (prefix) or `~N` (fuzzy), e.g. `epidur*`,
/// `ligamnet~1`; the word itself has no other wildcard.
static BARE_SUFFIX: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?P<word>[^*?~]+)(?:(?P<star>\*)|~(?P<dist>\d*))$").expect("constant regex")
});

/// The word and how to match it, for a bare (unquoted) literal.
fn bare_word_kind(phrase: &str) -> Result<(String, Kind)> {
    if !phrase.contains(['*', '?', '~']) {
        return Ok((phrase.to_string(), Kind::Plain));
    }
    let Some(caps) = BARE_SUFFIX.captures(phrase) else {
        if phrase.contains(['*', '?']) {
            return Err(SearchError::Unsupported(format!(
                "`{phrase}` has a wildcard inside it; only a trailing `*` (a prefix, as in epidur*) is supported"
            )));
        }
        // A `~` inside a word (`a~b`) is just a separator to the analyzer.
        return Ok((phrase.to_string(), Kind::Plain));
    };
    let word = caps["word"].to_string();
    if caps.name("star").is_some() {
        return Ok((word, Kind::Prefix));
    }
    let dist = caps.name("dist").map_or("", |m| m.as_str());
    if dist.is_empty() {
        return Err(SearchError::Unsupported(format!(
            "fuzzy search needs an edit distance: `{word}~1` or `{word}~2`"
        )));
    }
    match dist.parse::<u32>() {
        Ok(0) => Ok((word, Kind::Plain)),
        Ok(d) if d <= MAX_FUZZY_DISTANCE => Ok((word, Kind::Fuzzy(d as u8))),
        _ => Err(SearchError::Unsupported(format!(
            "`{phrase}`: fuzzy search allows at most {MAX_FUZZY_DISTANCE} edits"
        ))),
    }
}

fn display_literal(lit: &UserInputLiteral) -> String {
    format!("{lit:?}").replace('"', "")
}

fn parser_error(err: QueryParserError) -> SearchError {
    match err {
        QueryParserError::FieldDoesNotExist(name) => fields::unknown(&name),
        QueryParserError::SyntaxError(s) => SearchError::Syntax(s),
        other => SearchError::BadValue(other.to_string()),
    }
}

/// The most helpful message for a query tantivy's grammar rejects.
fn syntax_error(text: &str) -> SearchError {
    let (_, errors) = query_grammar::parse_query_lenient(text);
    if let Some(e) = errors.first() {
        return SearchError::Syntax(format!("{} at position {} in `{text}`", e.message, e.pos));
    }
    if text.chars().filter(|&c| c == '"').count() % 2 == 1 {
        return SearchError::Syntax(format!("unclosed quote in `{text}`"));
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    for op in ["AND", "OR", "NOT"] {
        if words.first() == Some(&op) && op != "NOT" || words.last() == Some(&op) {
            return SearchError::Syntax(format!("`{op}` needs a term on each side in `{text}`"));
        }
    }
    SearchError::Syntax(format!("cannot parse `{text}`"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_and_ranges_parse() {
        let f: Filter = "guideline=/ODG/Pain".parse().unwrap();
        assert_eq!(
            (f.field.as_str(), f.value.as_str()),
            ("guideline", "/ODG/Pain")
        );
        assert!("guideline".parse::<Filter>().is_err());
        assert!("=x".parse::<Filter>().is_err());
        assert_eq!(
            "40..60".parse::<IntRange>().unwrap(),
            IntRange {
                min: Some(40),
                max: Some(60)
            }
        );
        assert_eq!("..60".parse::<IntRange>().unwrap().min, None);
        assert_eq!("45".parse::<IntRange>().unwrap().max, Some(45));
        assert!("60..40".parse::<IntRange>().is_err());
        assert!("x..4".parse::<IntRange>().is_err());
    }

    #[test]
    fn dates_in_both_spellings() {
        assert_eq!(parse_date("2014-03-02").unwrap().to_string(), "2014-03-02");
        assert_eq!(parse_date("3/2/2014").unwrap().to_string(), "2014-03-02");
        assert!(parse_date("2014-02-30").is_err());
        assert_eq!(
            next_day(parse_date("2014-12-31").unwrap())
                .unwrap()
                .to_string(),
            "2015-01-01"
        );
        assert_eq!(
            prev_day(parse_date("2016-03-01").unwrap())
                .unwrap()
                .to_string(),
            "2016-02-29"
        );
    }

    #[test]
    fn facet_paths_from_user_text() {
        assert_eq!(
            parse_facet("outcome", "overturned")
                .unwrap()
                .to_path_string(),
            "/overturned"
        );
        assert_eq!(
            parse_facet("g", "/ODG/Low Back/").unwrap().to_path_string(),
            "/ODG/Low Back"
        );
        assert!(parse_facet("g", "/").unwrap().is_root());
    }

    #[test]
    fn bare_words_with_prefix_or_fuzzy_suffix() {
        assert_eq!(
            bare_word_kind("epidur*").unwrap(),
            ("epidur".into(), Kind::Prefix)
        );
        assert_eq!(
            bare_word_kind("ligamnet~1").unwrap(),
            ("ligamnet".into(), Kind::Fuzzy(1))
        );
        assert_eq!(
            bare_word_kind("norco").unwrap(),
            ("norco".into(), Kind::Plain)
        );
        assert!(bare_word_kind("epi*ral").is_err());
        assert!(bare_word_kind("*dural").is_err());
        assert!(bare_word_kind("ep?dural").is_err());
        assert!(bare_word_kind("ligamnet~3").is_err());
        assert!(bare_word_kind("ligamnet~").is_err());
    }

    #[test]
    fn syntax_errors_say_what_is_wrong() {
        let msg = |q: &str| syntax_error(q).to_string();
        assert!(
            msg("(epidural").contains("expected ')'"),
            "{}",
            msg("(epidural")
        );
        assert!(
            msg("epidural AND").contains("`AND` needs a term"),
            "{}",
            msg("epidural AND")
        );
    }
}
