//! `imr similar`: the items closest to one given item by the words of its
//! rationale and service. Owns the item lookup (letter key + item index),
//! the more-like-this query (tantivy's [`MoreLikeThisQuery`] over the item's
//! stored text) and what is excluded from the answer (the item itself and,
//! by default, the rest of its letter). Filters are the search's own.

use std::collections::HashMap;
use tantivy::collector::{Count, TopDocs};

use tantivy::query::{BooleanQuery, MoreLikeThisQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, OwnedValue, Value};
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

/// Query terms taken from the item (tantivy's default, 25, misses the
/// service words of a long rationale).
const MAX_QUERY_TERMS: usize = 40;

/// How many times the service's words count against the rationale's. The
/// query weighs a word by its frequency in the item, so a service named
/// once is drowned by a long rationale; counting it three times raised the
/// share of the top 1-3 hits of `corpus_samples/` that are of the item's
/// own service category from 57 to 66 of 84 (items with such a
/// neighbour in another letter), the best hit staying at 32 of 39.
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
        let patterns = telling_words(&searcher, f.rationale, &rationale, &mut analyzer)?;
        let like = MoreLikeThisQuery::builder()
            // A word only the item itself has finds nothing else.
            .with_min_doc_frequency(2)
            // A service is a few words, each said once.
            .with_min_term_frequency(1)
            .with_max_query_terms(MAX_QUERY_TERMS)
            .with_min_word_length(2)
            .with_stop_words(STOP_WORDS.iter().map(|w| w.to_string()).collect())
            .with_document_fields(vec![
                (f.rationale, vec![OwnedValue::Str(rationale)]),
                (f.service, vec![OwnedValue::Str(service); SERVICE_WEIGHT]),
            ]);

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
            (Occur::Must, Box::new(like) as Box<dyn Query>),
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

/// The rationale's most telling words, best first (frequency in the text
/// times rarity in the index, as more-like-this weighs them), to mark in
/// each hit: tantivy does not hand back the terms its query chose.
fn telling_words(
    searcher: &Searcher,
    field: Field,
    text: &str,
    analyzer: &mut TextAnalyzer,
) -> Result<Vec<Pattern>> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    let mut stream = analyzer.token_stream(text);
    while stream.advance() {
        let word = &stream.token().text;
        if word.len() >= 2 && !STOP_WORDS.contains(&word.as_str()) {
            *counts.entry(word.clone()).or_default() += 1;
        }
    }
    let docs = searcher.num_docs() as f32;
    let mut scored = Vec::with_capacity(counts.len());
    for (word, tf) in counts {
        let df = searcher.doc_freq(&Term::from_field_text(field, &word))?;
        if df < 2 {
            continue;
        }
        let idf = (docs / (df as f32 + 1.0)).ln() + 1.0;
        scored.push((tf as f32 * idf, word));
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    Ok(scored
        .into_iter()
        .take(MARKED_TERMS)
        .map(|(_, w)| Pattern::Term(w))
        .collect())
}
