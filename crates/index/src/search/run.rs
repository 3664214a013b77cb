//! Running searches: one pass collects the page of hits, the exact total and
//! the facet counts; stats are one pass too (the `ByOutcome` collector counts
//! each value's upheld and overturned items together). Stored
//! documents are loaded only for the page of hits (and for `show`).

use std::path::Path;
use std::sync::Arc;

use serde::Serialize;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{Query, TermQuery};
use tantivy::schema::{Facet, IndexRecordOption};
use tantivy::{
    DateTime, DocAddress, Index, IndexReader, ReloadPolicy, Searcher, TantivyDocument, Term,
};

use super::by_outcome::ByOutcome;
pub use super::by_outcome::{overturn_rate, StatsRow};
use super::by_period::{self, ByMonth, Period, Trend};
use super::facet_counts::{
    match_all_counts, path_of, FacetCounter, FacetRequestResolved, OrdCache,
};
use super::fields;
use super::query::{matches_everything, restrict, Filter, IntRange, QueryBuilder};
use super::snippet::{first_match_sentence, highlight_all, make_snippet, Pattern, Snippet};
use super::{Result, SearchError};
use crate::document::{letter_from_docs, Stored};
use crate::schema::{register_tokenizers, Fields};
use crate::store::open_index;
use imr_letter::date::IsoDate;
use imr_letter::letter::{Letter, Outcome};

/// Hit order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[serde(rename_all = "lowercase")]
pub enum Sort {
    /// Best score first.
    #[default]
    Relevance,
    /// Newest UR date first; items without a date last; ties by score.
    Date,
}

/// `--facet FIELD[:PATH]` / `--by FIELD[:PATH]`: counts one level below PATH.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetRequest {
    /// Field name or alias, as typed.
    pub field: String,
    /// The path whose children are counted; `/` for the top level.
    pub path: String,
}

impl std::str::FromStr for FacetRequest {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let (field, path) = match s.split_once(':') {
            Some((f, p)) => (f.trim(), p.trim()),
            None => (s.trim(), "/"),
        };
        if field.is_empty() {
            return Err(format!("expected FIELD or FIELD:PATH, got `{s}`"));
        }
        let path = if path.is_empty() { "/" } else { path };
        Ok(FacetRequest {
            field: field.to_string(),
            path: path.to_string(),
        })
    }
}

/// Everything `imr search` and `imr stats` need to know.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    /// The user query; empty or `*` for everything.
    pub query: String,
    /// `--filter`s, all of which must hold.
    pub filters: Vec<Filter>,
    /// UR date on or after.
    pub since: Option<IsoDate>,
    /// UR date on or before.
    pub until: Option<IsoDate>,
    /// Worker's age range.
    pub age: Option<IntRange>,
    /// Page size.
    pub limit: usize,
    /// Hits skipped before the page.
    pub offset: usize,
    /// Hit order.
    pub sort: Sort,
    /// Facet counts wanted.
    pub facets: Vec<FacetRequest>,
}

/// Per item of a letter, the byte ranges of its rationale a query matched.
pub type ItemMarks = Vec<Vec<(usize, usize)>>;

/// One matching item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    /// Path relative to the indexed corpus folder.
    pub file: String,
    /// Case number, when the letter has one.
    pub case_number: Option<String>,
    /// 0-based position of the item in its letter.
    pub item_index: u64,
    /// The disputed item as written.
    pub service: String,
    /// Service category path.
    pub category: Option<String>,
    /// The item's decision reasons (facet paths), as `imr show` has them.
    pub reasons: Vec<String>,
    /// Each of `reasons` with the rationale's sentence that gave it
    /// (`{"reason", "sentence"}`, `imr show`'s shape), in the same order.
    pub reason_evidence: Vec<imr_letter::letter::ReasonEvidence>,
    /// Upheld or overturned; `None` (written `"unknown"`) when the letter
    /// does not say or has no recognised item.
    #[serde(serialize_with = "outcome_or_unknown")]
    pub outcome: Option<Outcome>,
    /// Reviewer specialties (facet paths).
    pub specialties: Vec<String>,
    /// Guidelines the expert reviewer relied on (facet paths).
    pub guidelines: Vec<String>,
    /// UR denial date.
    pub ur_date: Option<IsoDate>,
    /// Relevance score (also computed when sorting by date).
    pub score: f32,
    /// Rationale window with the matches marked (`snippet` and
    /// `highlights` in JSON).
    #[serde(flatten)]
    pub snippet: Snippet,
    /// IMR decision date, for citations (`--format md`). Not in the JSON:
    /// its shape stays as documented.
    #[serde(skip)]
    pub decision_date: Option<IsoDate>,
    /// The whole sentence of the rationale holding the first match, for
    /// citations; `None` when the query matched nothing in the rationale
    /// (a filter-only search, or a match in the service or summary).
    #[serde(skip)]
    pub sentence: Option<String>,
}

/// The columns of a hit in JSON and CSV, in CSV order: the index fields the
/// field table gives a hit column (`reasons` followed by their sentences,
/// `reason_evidence`, which comes from the stored item), then the score and
/// the snippet.
pub fn hit_columns() -> Vec<&'static str> {
    crate::schema::defs::hit_columns()
        .flat_map(|c| match c {
            "reasons" => vec![c, "reason_evidence"],
            _ => vec![c],
        })
        .chain(["score", "snippet", "highlights"])
        .collect()
}

/// An outcome as JSON writes it: `upheld`, `overturned` or `unknown`.
fn outcome_or_unknown<S: serde::Serializer>(o: &Option<Outcome>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(crate::schema::values::FacetValue::name(*o))
}

/// What `--by` breaks the matching items down by.
#[derive(Debug, Clone, PartialEq)]
pub enum Breakdown {
    /// One row per value of a facet, one level below `path`.
    Values {
        /// Items matching the query.
        total: usize,
        /// The facet's schema name.
        by: &'static str,
        /// The path whose children are the rows.
        path: String,
        /// One row per value, most items first.
        rows: Vec<StatsRow>,
    },
    /// One row per period, in time order.
    Trend(Trend),
}

impl Breakdown {
    /// Items matching the query.
    pub fn total(&self) -> usize {
        match self {
            Breakdown::Values { total, .. } => *total,
            Breakdown::Trend(t) => t.total,
        }
    }
}

/// One facet value and how many matched items carry it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FacetCount {
    /// Full facet path.
    pub path: String,
    /// Matched items with this value (or a value below it).
    pub count: u64,
}

/// The counts for one `--facet`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FacetCounts {
    /// Schema field name.
    pub field: String,
    /// The path counted below.
    pub path: String,
    /// Children of `path`, largest count first, then by path.
    pub counts: Vec<FacetCount>,
}

/// The result of a search.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchResults {
    /// Exact number of matching items.
    pub total: usize,
    /// The requested page.
    pub hits: Vec<Hit>,
    /// One entry per `--facet`, in request order.
    pub facets: Vec<FacetCounts>,
}

/// An opened index, ready for any number of searches.
pub struct IndexSearcher {
    pub(super) index: Index,
    pub(super) reader: IndexReader,
    pub(super) fields: Fields,
    /// Decoded facet columns, kept by long-running readers only.
    facet_cache: Option<Arc<OrdCache>>,
}

impl IndexSearcher {
    /// Opens the index in `dir` (checking its schema version); a folder
    /// without an index is an error saying how to build one.
    pub fn open(dir: &Path) -> Result<Self> {
        Self::from_index(open_index(dir)?)
    }

    /// Like [`IndexSearcher::open`], for reading every stored document once
    /// (`imr export`): the document stores are read, not memory-mapped, so
    /// the process's memory stays flat however large the index.
    pub fn open_for_export(dir: &Path) -> Result<Self> {
        Self::from_index(crate::store::open_index_reading_stores(dir)?)
    }

    /// Like [`IndexSearcher::open`], for long-running readers (`imr serve`):
    /// each call searches the newest commit, picked up shortly after
    /// `imr index` makes it, without reopening.
    pub fn open_live(dir: &Path) -> Result<Self> {
        let mut s = Self::with_policy(open_index(dir)?, ReloadPolicy::OnCommitWithDelay)?;
        // Serving many requests, decoding each facet column once pays:
        // about 4 bytes per item and requested facet value.
        s.facet_cache = Some(Arc::default());
        Ok(s)
    }

    /// Wraps an already opened index (tests build them in RAM).
    pub fn from_index(index: Index) -> Result<Self> {
        // A one-shot process reads one commit; watching for more would only
        // cost a thread at start-up.
        Self::with_policy(index, ReloadPolicy::Manual)
    }

    fn with_policy(mut index: Index, policy: ReloadPolicy) -> Result<Self> {
        // Segments are searched in parallel: a phrase over a few hundred
        // thousand items is CPU-bound, and the machine's cores are idle
        // while one `imr search` runs.
        // One segment (a merged index) is searched by one thread: starting a
        // pool would only cost the process's start-up. A live reader may see
        // more segments later, so it always has one.
        let segments = index.searchable_segment_metas()?.len();
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
        if threads > 1 && (segments > 1 || !matches!(policy, ReloadPolicy::Manual)) {
            index.set_multithread_executor(threads)?;
        }
        register_tokenizers(&index);
        let fields = Fields::new(&index.schema())?;
        let reader = index.reader_builder().reload_policy(policy).try_into()?;
        Ok(IndexSearcher {
            index,
            reader,
            fields,
            facet_cache: None,
        })
    }

    /// Bytes of decoded facet columns held (0 for one-shot readers).
    pub fn facet_cache_bytes(&self) -> usize {
        self.facet_cache.as_ref().map_or(0, |c| c.bytes())
    }

    /// Number of item documents in the index.
    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// The whole query of a request: user query, filters, dates, ages.
    pub(super) fn full_query(
        &self,
        searcher: &Searcher,
        req: &SearchRequest,
    ) -> Result<(Box<dyn Query>, Vec<Pattern>)> {
        let b = QueryBuilder::new(&self.index, searcher);
        let built = b.user_query(&req.query)?;
        let filters = self.filter_queries(searcher, req)?;
        Ok((restrict(built.query, filters), built.patterns))
    }

    /// The restrictions of a request (filters, dates, ages), one query each;
    /// its query text is ignored.
    pub(super) fn filter_queries(
        &self,
        searcher: &Searcher,
        req: &SearchRequest,
    ) -> Result<Vec<Box<dyn Query>>> {
        let b = QueryBuilder::new(&self.index, searcher);
        let mut filters = Vec::new();
        for f in &req.filters {
            filters.push(b.filter(f)?);
        }
        if req.since.is_some() || req.until.is_some() {
            filters.push(b.date_range(self.fields.ur_date, req.since, req.until));
        }
        if let Some(age) = req.age {
            filters.push(b.int_range(self.fields.age, age));
        }
        Ok(filters)
    }

    /// A `--facet`/`--by` request resolved against the index: the schema
    /// field and the facet whose children are counted.
    fn resolve_facet_request(
        &self,
        searcher: &Searcher,
        req: &FacetRequest,
    ) -> Result<FacetRequestResolved> {
        let spec = fields::resolve_facet(&req.field)?;
        let field = self.index.schema().get_field(spec.name)?;
        let parent =
            QueryBuilder::new(&self.index, searcher).resolve_facet(field, spec.name, &req.path)?;
        Ok(FacetRequestResolved {
            field: spec.name.to_string(),
            parent,
        })
    }

    /// Runs a search: the page of hits, the exact total, facet counts.
    pub fn search(&self, req: &SearchRequest) -> Result<SearchResults> {
        let searcher = self.reader.searcher();
        let (query, patterns) = self.full_query(&searcher, req)?;
        let wanted = req
            .facets
            .iter()
            .map(|f| self.resolve_facet_request(&searcher, f))
            .collect::<Result<Vec<_>>>()?;
        // Everything matches (the page's first view): the counts are the
        // facet terms' frequencies, with no document to read.
        let known = if is_match_all(req) && !wanted.is_empty() {
            match_all_counts(&searcher, &wanted)?
        } else {
            None
        };
        if let Some(cache) = &self.facet_cache {
            let live: Vec<_> = searcher
                .segment_readers()
                .iter()
                .map(|s| s.segment_id())
                .collect();
            cache.retain(&live);
        }
        let multi = FacetCounter::new(
            if known.is_some() {
                Vec::new()
            } else {
                wanted.clone()
            },
            self.facet_cache.clone(),
        );
        // The collector allocates for `limit` hits: never more than exist.
        let limit = req.limit.min(searcher.num_docs() as usize).max(1);
        let top = TopDocs::with_limit(limit).and_offset(req.offset);
        let (page, total, facet_fruits): (Vec<(f32, DocAddress)>, usize, _) = match req.sort {
            Sort::Relevance => searcher.search(&*query, &(top.order_by_score(), Count, multi))?,
            Sort::Date => {
                let ur_date = self
                    .index
                    .schema()
                    .get_field_name(self.fields.ur_date)
                    .to_string();
                let collector = top.tweak_score(move |segment: &tantivy::SegmentReader| {
                    let column = segment.fast_fields().date(&ur_date).ok();
                    move |doc: tantivy::DocId, score: tantivy::Score| {
                        let date = column
                            .as_ref()
                            .and_then(|c| c.first(doc))
                            .map(|d: DateTime| d.into_timestamp_secs());
                        (date, score)
                    }
                });
                let (page, total, fruits) = searcher.search(&*query, &(collector, Count, multi))?;
                let page = page
                    .into_iter()
                    .map(|((_, score), addr)| (score, addr))
                    .collect();
                (page, total, fruits)
            }
        };
        let page: Vec<(f32, DocAddress)> = if req.limit == 0 { Vec::new() } else { page };
        let facets = wanted
            .into_iter()
            .zip(known.unwrap_or(facet_fruits))
            .map(|(w, counts)| {
                let mut counts: Vec<FacetCount> = counts
                    .into_iter()
                    .filter_map(|(path, count)| {
                        Some(FacetCount {
                            path: path_of(&path)?,
                            count,
                        })
                    })
                    .collect();
                counts.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.path.cmp(&b.path)));
                FacetCounts {
                    field: w.field,
                    path: w.parent.to_path_string(),
                    counts,
                }
            })
            .collect();
        let mut analyzer = self.index.tokenizer_for_field(self.fields.rationale)?;
        let mut hits = Vec::with_capacity(page.len());
        for (score, addr) in page {
            let doc: TantivyDocument = searcher.doc(addr)?;
            hits.push(self.hit(&doc, score, &patterns, &mut analyzer));
        }
        Ok(SearchResults {
            total,
            hits,
            facets,
        })
    }

    /// One hit from a stored item document: its fields, and the snippet and
    /// sentence where `patterns` match its rationale.
    pub(super) fn hit(
        &self,
        doc: &TantivyDocument,
        score: f32,
        patterns: &[Pattern],
        analyzer: &mut tantivy::tokenizer::TextAnalyzer,
    ) -> Hit {
        let (d, f) = (self.stored(doc), &self.fields);
        let rationale = d.text(f.rationale).unwrap_or_default();
        let snippet = make_snippet(&rationale, patterns, analyzer);
        let sentence = first_match_sentence(&rationale, patterns, analyzer);
        Hit {
            file: d.text(f.file).unwrap_or_default(),
            case_number: d.text(f.case_number),
            item_index: d.u64(f.item_index).unwrap_or(0),
            service: d.text(f.service).unwrap_or_default(),
            category: d.facet(f.category),
            reasons: d.facets(f.reason),
            reason_evidence: d.item_json().reason_evidence,
            outcome: d.outcome(),
            specialties: d.facets(f.specialty),
            guidelines: d.facets(f.guideline),
            ur_date: d.date(f.ur_date),
            score,
            snippet,
            decision_date: d.date(f.decision_date),
            sentence,
        }
    }

    /// `--by FIELD[:PATH]` as `imr stats` and `/api/stats` answer it: per
    /// period of the decision date when FIELD is `year`, `quarter` or
    /// `month` (with no path), else per value of the facet. The one place
    /// that choice is made.
    pub fn breakdown(&self, req: &SearchRequest, by: &FacetRequest) -> Result<Breakdown> {
        if by.path == "/" {
            if let Some(period) = Period::from_name(&by.field) {
                return Ok(Breakdown::Trend(self.trend(req, period)?));
            }
        }
        let (total, rows) = self.stats(req, by)?;
        Ok(Breakdown::Values {
            total,
            by: fields::resolve_facet(&by.field)?.name,
            path: by.path.clone(),
            rows,
        })
    }

    /// `imr stats`: for each value one level below `by.path`, among items
    /// matching `req` (its page, sort and facets are ignored): items,
    /// upheld, overturned, overturn rate. Sorted by items, largest first.
    pub fn stats(&self, req: &SearchRequest, by: &FacetRequest) -> Result<(usize, Vec<StatsRow>)> {
        let searcher = self.reader.searcher();
        let (query, _) = self.full_query(&searcher, req)?;
        let by = self.resolve_facet_request(&searcher, by)?;
        if is_match_all(req) {
            if let Some(rows) = self.match_all_stats(&searcher, &by)? {
                return Ok((searcher.num_docs() as usize, rows));
            }
        }
        let (field, facet) = (by.field, by.parent);
        let outcome = self
            .index
            .schema()
            .get_field_name(self.fields.outcome)
            .to_string();
        let split = ByOutcome::new(&field, &facet, &outcome);
        let (total, (all, upheld, overturned)) = searcher.search(&*query, &(Count, split))?;
        let (all, upheld, overturned) = (
            sorted_counts(&all, &facet),
            sorted_counts(&upheld, &facet),
            sorted_counts(&overturned, &facet),
        );
        let lookup = |counts: &[FacetCount], path: &str| {
            counts
                .iter()
                .find(|c| c.path == path)
                .map_or(0, |c| c.count)
        };
        let rows = all
            .into_iter()
            .map(|c| {
                let up = lookup(&upheld, &c.path);
                let over = lookup(&overturned, &c.path);
                StatsRow::new(c.path, c.count, up, over)
            })
            .collect();
        Ok((total, rows))
    }

    /// `imr stats` over every item, from the postings alone: per child of
    /// `facet`, its items are the child term's document frequency, and its
    /// upheld and overturned items the intersections of its postings with
    /// the outcome terms' (no document is read). `None` when documents are
    /// deleted (frequencies would count them): the caller collects.
    fn match_all_stats(
        &self,
        searcher: &Searcher,
        by: &FacetRequestResolved,
    ) -> Result<Option<Vec<StatsRow>>> {
        let Some(mut counts) = match_all_counts(searcher, std::slice::from_ref(by))? else {
            return Ok(None);
        };
        let facet_field = self.index.schema().get_field(&by.field)?;
        let outcome_term = |o: Outcome| {
            let f = Facet::from_path([o.as_str()]);
            Term::from_facet(self.fields.outcome, &f)
        };
        let mut rows = Vec::new();
        for (encoded, items) in counts.pop().unwrap_or_default() {
            let Some(path) = path_of(&encoded) else {
                continue;
            };
            let child = Facet::from_encoded(encoded)
                .map_err(|e| SearchError::BadValue(format!("facet {path}: {e}")))?;
            let mut split = [0u64; 2];
            for (n, o) in split.iter_mut().zip([Outcome::Upheld, Outcome::Overturned]) {
                let both = tantivy::query::BooleanQuery::new(vec![
                    (
                        tantivy::query::Occur::Must,
                        Box::new(TermQuery::new(
                            Term::from_facet(facet_field, &child),
                            IndexRecordOption::Basic,
                        )) as Box<dyn Query>,
                    ),
                    (
                        tantivy::query::Occur::Must,
                        Box::new(TermQuery::new(outcome_term(o), IndexRecordOption::Basic)),
                    ),
                ]);
                *n = both.count(searcher)? as u64;
            }
            let [up, over] = split;
            rows.push(StatsRow::new(path, items, up, over));
        }
        rows.sort_by(|a, b| b.items.cmp(&a.items).then_with(|| a.value.cmp(&b.value)));
        Ok(Some(rows))
    }

    /// `imr stats --by year|quarter|month`: among items matching `req`,
    /// items, upheld, overturned and overturn rate per period of the
    /// decision date (the UR date when there is none), in time order.
    pub fn trend(&self, req: &SearchRequest, by: Period) -> Result<Trend> {
        let searcher = self.reader.searcher();
        let (query, _) = self.full_query(&searcher, req)?;
        let name = |f| self.index.schema().get_field_name(f).to_string();
        let months = ByMonth {
            decision_date: name(self.fields.decision_date),
            ur_date: name(self.fields.ur_date),
            outcome: name(self.fields.outcome),
        };
        let (total, months) = searcher.search(&*query, &(Count, months))?;
        Ok(by_period::trend(total, by, months))
    }

    /// `imr show`: the letter whose case number is `key`, or whose stored
    /// file path is `key`, or the stored path that `key` ends with (so a path
    /// under the corpus folder works too), rebuilt from the index alone.
    pub fn show(&self, key: &str) -> Result<Letter> {
        self.show_in(&self.reader.searcher(), key)
    }

    fn show_in(&self, s: &Searcher, key: &str) -> Result<Letter> {
        let (letter_key, addrs) = self.letter_docs(s, key)?;
        let mut docs = Vec::new();
        for addr in addrs {
            docs.push(s.doc::<TantivyDocument>(addr)?);
        }
        let first = &docs[0];
        let mut letter =
            letter_from_docs(&docs, &self.fields).ok_or_else(|| SearchError::Stored {
                what: format!("letter {letter_key}"),
                reason: "its first document or its JSON record is missing".into(),
            })?;
        if let Some(file) = self.stored(first).text(self.fields.file) {
            letter.file = Some(file);
        }
        Ok(letter)
    }

    /// The letter `key` names (case number, stored file, or a path ending
    /// in one): its letter key and the addresses of all its documents,
    /// never empty.
    pub(super) fn letter_docs(&self, s: &Searcher, key: &str) -> Result<(String, Vec<DocAddress>)> {
        let key = key.trim();
        let mut addrs = self.docs_with(s, self.fields.case_number, &key.to_ascii_uppercase())?;
        if addrs.is_empty() {
            addrs = self.docs_with(s, self.fields.file, &key.replace('\\', "/"))?;
        }
        if addrs.is_empty() {
            if let Some(file) = self.file_ending(s, key)? {
                addrs = self.docs_with(s, self.fields.file, &file)?;
            }
        }
        let Some(&first) = addrs.first() else {
            return Err(SearchError::NoSuchLetter(key.to_string()));
        };
        // All documents of that letter (a case number's, or a file's); the
        // one found first is among them, so the list is never empty.
        let first_doc: TantivyDocument = s.doc(first)?;
        let letter_key = self
            .stored(&first_doc)
            .text(self.fields.letter_key)
            .unwrap_or_default();
        let mut addrs = self.docs_with(s, self.fields.letter_key, &letter_key)?;
        if !addrs.contains(&first) {
            addrs.insert(0, first);
        }
        Ok((letter_key, addrs))
    }

    /// The service category path of an item document.
    pub(super) fn category_of(&self, doc: &TantivyDocument) -> Option<String> {
        self.stored(doc).facet(self.fields.category)
    }

    /// [`IndexSearcher::show`], plus where `query` matches each item's
    /// rationale (byte ranges, one list per item) for a page that marks them.
    pub fn show_highlighted(&self, key: &str, query: &str) -> Result<(Letter, ItemMarks)> {
        // One snapshot for both, so the letter and the query agree on the
        // commit even if `imr index` commits in between.
        let searcher = self.reader.searcher();
        let letter = self.show_in(&searcher, key)?;
        let patterns = QueryBuilder::new(&self.index, &searcher)
            .user_query(query)?
            .patterns;
        let mut analyzer = self.index.tokenizer_for_field(self.fields.rationale)?;
        let marks = letter
            .items
            .iter()
            .map(|item| highlight_all(&item.rationale, &patterns, &mut analyzer))
            .collect();
        Ok((letter, marks))
    }

    fn docs_with(
        &self,
        searcher: &Searcher,
        field: tantivy::schema::Field,
        value: &str,
    ) -> Result<Vec<DocAddress>> {
        let q = TermQuery::new(
            Term::from_field_text(field, value),
            IndexRecordOption::Basic,
        );
        let docs = searcher.search(&q, &TopDocs::with_limit(10_000).order_by_score())?;
        Ok(docs.into_iter().map(|(_, a)| a).collect())
    }

    /// The stored file path that `path` ends with at a `/` boundary.
    fn file_ending(&self, searcher: &Searcher, path: &str) -> Result<Option<String>> {
        let path = path.replace('\\', "/");
        let mut best: Option<String> = None;
        for segment in searcher.segment_readers() {
            let inverted = segment.inverted_index(self.fields.file)?;
            let mut stream = inverted.terms().stream()?;
            while stream.advance() {
                let Ok(stored) = std::str::from_utf8(stream.key()) else {
                    continue;
                };
                let hit = path == stored
                    || path.ends_with(&format!("/{stored}"))
                    || stored.ends_with(&format!("/{path}"));
                if hit && best.as_ref().is_none_or(|b| stored.len() > b.len()) {
                    best = Some(stored.to_string());
                }
            }
        }
        Ok(best)
    }
}

impl IndexSearcher {
    /// `doc` read with this index's field handles.
    fn stored<'a>(&'a self, doc: &'a TantivyDocument) -> Stored<'a> {
        Stored::new(doc, &self.fields)
    }
}

/// Whether a request matches every item: no query words, no restriction.
fn is_match_all(req: &SearchRequest) -> bool {
    req.filters.is_empty()
        && req.since.is_none()
        && req.until.is_none()
        && req.age.is_none()
        && matches_everything(&req.query)
}

fn sorted_counts(counts: &tantivy::collector::FacetCounts, facet: &Facet) -> Vec<FacetCount> {
    let mut out: Vec<FacetCount> = counts
        .get(facet.clone())
        .map(|(f, count)| FacetCount {
            path: f.to_path_string(),
            count,
        })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.path.cmp(&b.path)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hit_json_keys_are_the_hit_columns() {
        let hit = Hit {
            file: "a.txt".into(),
            case_number: None,
            item_index: 0,
            service: String::new(),
            category: None,
            reasons: vec![],
            reason_evidence: vec![],
            outcome: None,
            specialties: vec![],
            guidelines: vec![],
            ur_date: None,
            score: 0.0,
            snippet: Snippet::default(),
            decision_date: None,
            sentence: None,
        };
        let json = serde_json::to_value(&hit).unwrap();
        let mut keys: Vec<&str> = json
            .as_object()
            .unwrap()
            .keys()
            .map(|k| k.as_str())
            .collect();
        let mut want = hit_columns();
        keys.sort_unstable();
        want.sort_unstable();
        assert_eq!(keys, want);
    }

    #[test]
    fn facet_requests_parse() {
        let r: FacetRequest = "guideline:/ODG".parse().unwrap();
        assert_eq!((r.field.as_str(), r.path.as_str()), ("guideline", "/ODG"));
        let r: FacetRequest = "outcome".parse().unwrap();
        assert_eq!(r.path, "/");
        assert!(":x".parse::<FacetRequest>().is_err());
    }
}
