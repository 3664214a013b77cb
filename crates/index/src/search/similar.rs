//! `imr similar`: the items closest to one given item by the words of its
//! rationale and service. Owns the item lookup (letter key + item index),
//! the more-like-this query over the item's stored text, and what is excluded from the answer (the item itself and,
//! by default, the rest of its letter). Filters are the search's own.

use std::collections::BTreeMap;
use tantivy::collector::{Count, TopDocs};

use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DocAddress, Searcher, TantivyDocument, Term};

use super::query::{restrict, Filter};
use super::run::{IndexSearcher, SearchRequest, SearchResults};
use super::snippet::Pattern;
use super::{Result, SearchError};
use imr_letter::letter::Outcome;

/// Words too common in any English prose to say what an item is about. The
/// index keeps every word (phrase search needs them), so more-like-this must
/// skip them itself; otherwise "the" and "of", frequent in every rationale,
/// outweigh the one mention of "arthroscopy".
const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "has", "have",
    "he", "her", "his", "if", "in", "into", "is", "it", "its", "may", "no", "not", "of", "on",
    "or", "she", "should", "such", "that", "the", "their", "there", "these", "this", "to", "was",
    "were", "which", "with", "would", "will", "than", "then", "also", "any", "all", "does", "do",
    "per", "other", "who", "when", "being", "had", "can", "only",
];

/// Words taken from the item (tantivy's more-like-this default, 25, misses
/// the service words of a long rationale).
const MAX_QUERY_TERMS: usize = 40;

/// How many times the service's words count against the rationale's. A
/// word weighs by its count in the item, so a service named once is
/// drowned by a long rationale. On `corpus_samples/`, of the 39 items with a
/// same-category item in another letter, counting the service three times
/// instead of once made the best hit one of those for 33 instead of 31, and
/// 65 instead of 56 of their 84 top-1-to-3 hits.
const SERVICE_WEIGHT: usize = 3;

/// Rationale words marked in each hit's snippet and used to pick its quoted
/// sentence: the item's most telling few, not all of them.
const MARKED_TERMS: usize = 6;

/// What `imr similar` asks.
#[derive(Debug, Clone, Default)]
pub struct SimilarRequest {
    /// The letter: case number or file, as `show` takes it.
    pub key: String,
    /// 0-based item index, as `show` prints it.
    pub item: usize,
    /// Only items of the given item's service category.
    pub same_category: bool,
    /// Also items of the same letter (never the item itself).
    pub same_letter: bool,
    /// Only items with this outcome.
    pub outcome: Option<Outcome>,
    /// Filters, dates, ages, page; its query text, sort and facets are
    /// ignored.
    pub search: SearchRequest,
}

impl IndexSearcher {
    /// The items most like item `req.item` of letter `req.key`, best first,
    /// with the exact total of items sharing any of its telling words.
    pub fn similar(&self, req: &SimilarRequest) -> Result<SearchResults> {
        let searcher = self.reader.searcher();
        let f = self.fields;
        let (letter_key, addrs) = self.letter_docs(&searcher, &req.key)?;
        let mut docs = Vec::with_capacity(addrs.len());
        for addr in addrs {
            docs.push(searcher.doc::<TantivyDocument>(addr)?);
        }
        let count = docs
            .iter()
            .find_map(|d| d.get_first(f.item_count).and_then(|v| v.as_u64()))
            .unwrap_or(0);
        let name = || req.key.trim().to_string();
        if count == 0 {
            return Err(SearchError::NoItems(name()));
        }
        let target = docs
            .iter()
            .find(|d| d.get_first(f.item_index).and_then(|v| v.as_u64()) == Some(req.item as u64))
            .filter(|_| (req.item as u64) < count)
            .ok_or(SearchError::NoSuchItem {
                key: name(),
                item: req.item,
                count,
            })?;
        let text = |field| {
            target
                .get_first(field)
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_string()
        };
        let (rationale, service) = (text(f.rationale), text(f.service));

        let mut analyzer = self.index.tokenizer_for_field(f.rationale)?;
        let mut words = telling_words(&searcher, f.rationale, &rationale, 1, &mut analyzer)?;
        // Rationale words marked in the hits: the item's most telling few.
        let patterns: Vec<Pattern> = words
            .iter()
            .take(MARKED_TERMS)
            .map(|w| Pattern::Term(w.word.clone()))
            .collect();
        let mut service_analyzer = self.index.tokenizer_for_field(f.service)?;
        words.extend(telling_words(
            &searcher,
            f.service,
            &service,
            SERVICE_WEIGHT,
            &mut service_analyzer,
        )?);
        let like = more_like_this(words);

        // Never the item itself; by default none of its letter either (the
        // other items of one letter share its whole history).
        let letter_term = || {
            Box::new(TermQuery::new(
                Term::from_field_text(f.letter_key, &letter_key),
                IndexRecordOption::Basic,
            )) as Box<dyn Query>
        };
        let exclude: Box<dyn Query> = if req.same_letter {
            Box::new(BooleanQuery::new(vec![
                (Occur::Must, letter_term()),
                (
                    Occur::Must,
                    Box::new(TermQuery::new(
                        Term::from_field_u64(f.item_index, req.item as u64),
                        IndexRecordOption::Basic,
                    )),
                ),
            ]))
        } else {
            letter_term()
        };
        let query: Box<dyn Query> = Box::new(BooleanQuery::new(vec![
            (Occur::Must, like),
            (Occur::MustNot, exclude),
        ]));

        let mut search = req.search.clone();
        if let Some(outcome) = req.outcome {
            search.filters.push(Filter {
                field: "outcome".into(),
                value: format!("/{}", outcome.as_str()),
            });
        }
        if req.same_category {
            // An item without a category has nothing to restrict to; it is
            // compared with every item rather than with none.
            if let Some(category) = self.category_of(target) {
                search.filters.push(Filter {
                    field: "category".into(),
                    value: category,
                });
            }
        }
        let query = restrict(query, self.filter_queries(&searcher, &search)?);

        let limit = search.limit.min(searcher.num_docs() as usize).max(1);
        let top = TopDocs::with_limit(limit)
            .and_offset(search.offset)
            .order_by_score();
        let (page, total): (Vec<(f32, DocAddress)>, usize) =
            searcher.search(&*query, &(top, Count))?;
        let page = if search.limit == 0 { Vec::new() } else { page };
        let mut hits = Vec::with_capacity(page.len());
        for (score, addr) in page {
            let doc: TantivyDocument = searcher.doc(addr)?;
            hits.push(self.hit(&doc, score, &patterns, &mut analyzer));
        }
        Ok(SearchResults {
            total,
            hits,
            facets: Vec::new(),
        })
    }
}

/// One word of the item, weighed as Lucene's and tantivy's more-like-this
/// weigh it: its count in the item times its BM25 idf in the index.
struct Word {
    field: Field,
    word: String,
    score: f32,
}

/// The words of `text` (field `field`) worth searching for, best first:
/// not a stop word, in at least one other item (a word only the item itself
/// has finds nothing else), each counted `weight` times per occurrence.
fn telling_words(
    searcher: &Searcher,
    field: Field,
    text: &str,
    weight: usize,
    analyzer: &mut TextAnalyzer,
) -> Result<Vec<Word>> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut stream = analyzer.token_stream(text);
    while stream.advance() {
        let word = &stream.token().text;
        if word.len() >= 2 && !STOP_WORDS.contains(&word.as_str()) {
            *counts.entry(word.clone()).or_default() += weight;
        }
    }
    let docs = searcher.num_docs();
    let mut words = Vec::with_capacity(counts.len());
    for (word, tf) in counts {
        let df = searcher.doc_freq(&Term::from_field_text(field, &word))?;
        if df < 2 {
            continue;
        }
        // Deleted documents still count in `df` until a merge drops them.
        let idf = (1.0 + (docs.saturating_sub(df) as f32 + 0.5) / (df as f32 + 0.5)).ln();
        words.push(Word {
            field,
            word,
            score: tf as f32 * idf,
        });
    }
    sort_words(&mut words);
    Ok(words)
}

/// Best first; equal scores by field and word, so one item always gives
/// the same query.
fn sort_words(words: &mut [Word]) {
    words.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.field.field_id().cmp(&b.field.field_id()))
            .then_with(|| a.word.cmp(&b.word))
    });
}

/// Any of the best [`MAX_QUERY_TERMS`] words, each boosted by its score
/// relative to the best one's. This is what tantivy's `MoreLikeThisQuery`
/// builds, made here because tantivy cuts its word list at the limit in
/// hash-map order when scores tie, so the same item gave different hits
/// from one process to the next.
fn more_like_this(mut words: Vec<Word>) -> Box<dyn Query> {
    sort_words(&mut words);
    words.truncate(MAX_QUERY_TERMS);
    let best = words.first().map_or(1.0, |w| w.score);
    let clauses = words
        .into_iter()
        .map(|w| {
            let term = TermQuery::new(
                Term::from_field_text(w.field, &w.word),
                IndexRecordOption::WithFreqs,
            );
            let boosted: Box<dyn Query> = Box::new(BoostQuery::new(Box::new(term), w.score / best));
            (Occur::Should, boosted)
        })
        .collect();
    Box::new(BooleanQuery::new(clauses))
}
