//! Every match of a request, letter by letter, for exports: one pass of
//! the search's own query (the same lowering as `search` and `stats`)
//! collects the matching item documents of each segment (4 bytes each, no
//! top-k, no scores), then [`Scan`] walks them in index order and rebuilds
//! one letter at a time from its stored documents, as `show` does.
//!
//! A letter's documents are contiguous in their segment, item 0 first
//! (`document`), so a matching document at item index `k` finds its
//! letter's documents at `doc - k ..` without a term lookup; each one read
//! is checked to belong to the same letter.

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::schema::Value;
use tantivy::{DocAddress, DocId, Score, Searcher, SegmentOrdinal, SegmentReader, TantivyDocument};

use super::run::{IndexSearcher, SearchRequest};
use super::{Result, SearchError};
use crate::document::letter_from_docs;
use crate::schema::Fields;
use imr_letter::letter::Letter;

/// Collects every matching document, per segment, in document order.
struct AllMatches;

struct SegmentMatches {
    segment: SegmentOrdinal,
    docs: Vec<DocId>,
}

impl Collector for AllMatches {
    type Fruit = Vec<(SegmentOrdinal, Vec<DocId>)>;
    type Child = SegmentMatches;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        _: &SegmentReader,
    ) -> tantivy::Result<Self::Child> {
        Ok(SegmentMatches {
            segment,
            docs: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(
        &self,
        fruits: Vec<(SegmentOrdinal, Vec<DocId>)>,
    ) -> tantivy::Result<Self::Fruit> {
        let mut fruits: Vec<_> = fruits.into_iter().filter(|(_, d)| !d.is_empty()).collect();
        fruits.sort_by_key(|(segment, _)| *segment);
        Ok(fruits)
    }
}

impl SegmentCollector for SegmentMatches {
    type Fruit = (SegmentOrdinal, Vec<DocId>);

    fn collect(&mut self, doc: DocId, _: Score) {
        self.docs.push(doc);
    }

    fn harvest(mut self) -> Self::Fruit {
        // Collected in order already; sorting guards against a query that
        // does not visit in order.
        self.docs.sort_unstable();
        self.docs.dedup();
        (self.segment, self.docs)
    }
}

/// One letter with at least one matching document.
#[derive(Debug, Clone, PartialEq)]
pub struct ScannedLetter {
    /// The letter, rebuilt from the index as `show` rebuilds it.
    pub letter: Letter,
    /// Positions in `letter.items` of the items that matched, ascending.
    pub items: Vec<usize>,
    /// Matching documents of this letter (its items; 1 for the document of
    /// a letter without recognised items).
    pub documents: u64,
}

/// The matches of a request, walked one letter at a time (see the module
/// docs). Holds the searcher's snapshot, so a commit made meanwhile does
/// not change what it reads.
pub struct Scan {
    searcher: Searcher,
    fields: Fields,
    matches: Vec<(SegmentOrdinal, Vec<DocId>)>,
    segment: usize,
    position: usize,
    total: u64,
}

impl IndexSearcher {
    /// Every item document matching `req` (its page, sort and facets are
    /// ignored), as [`Scan`] walks them.
    pub fn scan(&self, req: &SearchRequest) -> Result<Scan> {
        let searcher = self.reader.searcher();
        let (query, _) = self.full_query(&searcher, req)?;
        let matches = searcher.search(&*query, &AllMatches)?;
        let total = matches.iter().map(|(_, d)| d.len() as u64).sum();
        Ok(Scan {
            searcher,
            fields: self.fields,
            matches,
            segment: 0,
            position: 0,
            total,
        })
    }
}

impl Scan {
    /// Matching documents (what `search` reports as its total).
    pub fn total(&self) -> u64 {
        self.total
    }

    fn read(&self, segment: SegmentOrdinal, doc: DocId) -> Result<TantivyDocument> {
        Ok(self.searcher.doc(DocAddress::new(segment, doc))?)
    }

    fn u64_of(&self, doc: &TantivyDocument, field: tantivy::schema::Field) -> u64 {
        doc.get_first(field).and_then(|v| v.as_u64()).unwrap_or(0)
    }

    fn key_of(&self, doc: &TantivyDocument) -> Option<String> {
        doc.get_first(self.fields.letter_key)
            .and_then(|v| v.as_str())
            .map(str::to_string)
    }

    /// The next letter with a match, or `None` after the last.
    pub fn next_letter(&mut self) -> Result<Option<ScannedLetter>> {
        let (segment, doc) = loop {
            let Some((segment, docs)) = self.matches.get(self.segment) else {
                return Ok(None);
            };
            match docs.get(self.position) {
                Some(&doc) => break (*segment, doc),
                None => {
                    // This segment's matches are done: free them.
                    self.matches[self.segment].1 = Vec::new();
                    self.segment += 1;
                    self.position = 0;
                }
            }
        };
        let f = self.fields;
        let matched = self.read(segment, doc)?;
        let key = self.key_of(&matched);
        let broken = |why: &str| SearchError::Stored {
            what: format!("document {doc} of segment {segment}"),
            reason: why.to_string(),
        };
        let index = self.u64_of(&matched, f.item_index);
        let count = self.u64_of(&matched, f.item_count).max(1);
        let first = u32::try_from(index)
            .ok()
            .and_then(|i| doc.checked_sub(i))
            .ok_or_else(|| broken("its item index is past the segment's start"))?;
        let end = u32::try_from(count)
            .ok()
            .and_then(|n| first.checked_add(n))
            .ok_or_else(|| broken("its item count is out of range"))?;
        let mut docs = Vec::with_capacity(count as usize);
        for d in first..end {
            let stored = if d == doc {
                matched.clone()
            } else {
                self.read(segment, d)?
            };
            if self.key_of(&stored) != key {
                return Err(broken("its letter's documents are not together"));
            }
            docs.push(stored);
        }
        let mut letter = letter_from_docs(&docs, &f).ok_or_else(|| SearchError::Stored {
            what: format!("letter {}", key.clone().unwrap_or_default()),
            reason: "its first document or its JSON record is missing".into(),
        })?;
        if let Some(file) = docs[0].get_first(f.file).and_then(|v| v.as_str()) {
            letter.file = Some(file.to_string());
        }
        let list = &self.matches[self.segment].1;
        let mut items = Vec::new();
        let mut documents = 0;
        while let Some(&d) = list.get(self.position).filter(|&&d| d < end) {
            documents += 1;
            let i = (d - first) as usize;
            if i < letter.items.len() {
                items.push(i);
            }
            self.position += 1;
        }
        Ok(Some(ScannedLetter {
            letter,
            items,
            documents,
        }))
    }
}

impl Iterator for Scan {
    type Item = Result<ScannedLetter>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_letter().transpose()
    }
}
