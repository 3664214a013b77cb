//! Between a letter's first document and its item documents.
//!
//! Letter-level text (summary, diagnoses, the rest of the letter) is indexed
//! once, on the letter's first document (item 0); the documents of a letter
//! are contiguous in their segment (the build adds them as one batch). So a
//! letter is the doc-id range `first .. first + max(item_count, 1)`, and
//! `first = doc - item_index(doc)` for any of its documents.
//! - [`ToItems`] turns a query that matches first documents into one that
//!   matches every item of those letters (`summary:x` answers in items);
//! - [`ToLetters`] turns a query on item documents into one that matches
//!   the first document of each letter holding a match (`letter:x` counts
//!   letters even when the words are in an item's rationale).
//!
//! Both keep the inner query's score.

use std::fmt;

use tantivy::columnar::Column;
use tantivy::query::{EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, Score, SegmentReader, Term, TERMINATED};

/// The two columns that place a document in its letter.
struct LetterColumns {
    item_index: Column<u64>,
    item_count: Column<u64>,
    max_doc: DocId,
}

impl LetterColumns {
    fn open(reader: &SegmentReader) -> tantivy::Result<Self> {
        let fast = reader.fast_fields();
        Ok(LetterColumns {
            item_index: fast.u64(ITEM_INDEX)?,
            item_count: fast.u64(ITEM_COUNT)?,
            max_doc: reader.max_doc(),
        })
    }

    /// The first document of `doc`'s letter.
    fn first(&self, doc: DocId) -> DocId {
        let index = self.item_index.first(doc).unwrap_or(0);
        doc.saturating_sub(u32::try_from(index).unwrap_or(u32::MAX))
    }

    /// One past the last document of the letter starting at `first`.
    fn end(&self, first: DocId) -> DocId {
        let count = self.item_count.first(first).unwrap_or(0).max(1);
        first
            .saturating_add(u32::try_from(count).unwrap_or(u32::MAX))
            .min(self.max_doc)
            .max(first + 1)
    }
}

/// Fast field holding an item's position in its letter.
const ITEM_INDEX: &str = "item_index";
/// Fast field holding a letter's number of items.
const ITEM_COUNT: &str = "item_count";

/// A query on first documents, answered by every item of the matching
/// letters.
pub struct ToItems(pub Box<dyn Query>);

/// A query on item documents, answered by the first document of each
/// letter with a match.
pub struct ToLetters(pub Box<dyn Query>);

macro_rules! join_query {
    ($query:ident, $weight:ident, $scorer:ident) => {
        impl Clone for $query {
            fn clone(&self) -> Self {
                $query(self.0.box_clone())
            }
        }

        impl fmt::Debug for $query {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_tuple(stringify!($query)).field(&self.0).finish()
            }
        }

        impl Query for $query {
            fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
                Ok(Box::new($weight(self.0.weight(scoring)?)))
            }

            fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
                self.0.query_terms(visitor);
            }
        }

        struct $weight(Box<dyn Weight>);

        impl Weight for $weight {
            fn scorer(
                &self,
                reader: &SegmentReader,
                boost: Score,
            ) -> tantivy::Result<Box<dyn Scorer>> {
                let inner = self.0.scorer(reader, boost)?;
                Ok(Box::new($scorer::new(inner, LetterColumns::open(reader)?)))
            }

            fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
                let mut scorer = self.scorer(reader, 1.0)?;
                if scorer.doc() < doc {
                    scorer.seek(doc);
                }
                if scorer.doc() != doc {
                    return Err(tantivy::TantivyError::InvalidArgument(format!(
                        "document {doc} does not match"
                    )));
                }
                Ok(Explanation::new(stringify!($query), scorer.score()))
            }
        }
    };
}

join_query!(ToItems, ToItemsWeight, ToItemsScorer);
join_query!(ToLetters, ToLettersWeight, ToLettersScorer);

/// Walks the matching letters' items: the inner scorer sits on the letter's
/// first document while `doc` runs through `first..end`.
struct ToItemsScorer {
    inner: Box<dyn Scorer>,
    cols: LetterColumns,
    doc: DocId,
    end: DocId,
}

impl ToItemsScorer {
    fn new(inner: Box<dyn Scorer>, cols: LetterColumns) -> Self {
        let mut s = ToItemsScorer {
            inner,
            cols,
            doc: TERMINATED,
            end: TERMINATED,
        };
        let first = s.inner.doc();
        s.enter(first);
        s
    }

    /// Moves onto the letter starting at `first` (or ends).
    fn enter(&mut self, first: DocId) -> DocId {
        self.doc = first;
        self.end = if first == TERMINATED {
            TERMINATED
        } else {
            self.cols.end(first)
        };
        self.doc
    }
}

impl DocSet for ToItemsScorer {
    fn advance(&mut self) -> DocId {
        if self.doc == TERMINATED {
            return TERMINATED;
        }
        if self.doc + 1 < self.end {
            self.doc += 1;
            return self.doc;
        }
        let mut next = self.inner.advance();
        // Only first documents carry letter-level text, so `next` starts a
        // later letter; skipping anything inside the current one keeps the
        // walk in order even on an inconsistent index.
        while next != TERMINATED && next < self.end {
            next = self.inner.advance();
        }
        self.enter(next)
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc >= target {
            return self.doc;
        }
        if target < self.end {
            self.doc = target;
            return target;
        }
        if target >= self.cols.max_doc {
            self.inner.seek(TERMINATED);
            return self.enter(TERMINATED);
        }
        let first = self.cols.first(target);
        let found = if self.inner.doc() < first {
            self.inner.seek(first)
        } else {
            self.inner.doc()
        };
        if found != first {
            return self.enter(found);
        }
        self.enter(first);
        if target < self.end {
            self.doc = target;
            return target;
        }
        // Only on an index whose item counts disagree with its documents.
        let mut doc = self.doc;
        while doc < target {
            doc = self.advance();
        }
        doc
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.inner.size_hint().saturating_mul(2)
    }
}

impl Scorer for ToItemsScorer {
    fn score(&mut self) -> Score {
        self.inner.score()
    }
}

/// Walks the first documents of letters with a matching item: the inner
/// scorer sits on the letter's first matching item.
struct ToLettersScorer {
    inner: Box<dyn Scorer>,
    cols: LetterColumns,
    doc: DocId,
}

impl ToLettersScorer {
    fn new(inner: Box<dyn Scorer>, cols: LetterColumns) -> Self {
        let mut s = ToLettersScorer {
            inner,
            cols,
            doc: TERMINATED,
        };
        let at = s.inner.doc();
        s.settle(at, 0);
        s
    }

    /// With the inner scorer on `at`, settles on the first letter starting
    /// at or after `min` that holds a match.
    fn settle(&mut self, mut at: DocId, min: DocId) -> DocId {
        while at != TERMINATED {
            let first = self.cols.first(at);
            if first >= min {
                self.doc = first;
                return first;
            }
            // A match inside a letter that starts before `min`: go to the
            // letter after it.
            at = self.inner.seek(self.cols.end(first).max(at + 1));
        }
        self.doc = TERMINATED;
        TERMINATED
    }
}

impl DocSet for ToLettersScorer {
    fn advance(&mut self) -> DocId {
        if self.doc == TERMINATED {
            return TERMINATED;
        }
        let end = self.cols.end(self.doc);
        let at = if self.inner.doc() < end {
            self.inner.seek(end)
        } else {
            self.inner.doc()
        };
        self.settle(at, end)
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc >= target {
            return self.doc;
        }
        let at = if self.inner.doc() < target {
            self.inner.seek(target)
        } else {
            self.inner.doc()
        };
        self.settle(at, target)
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.inner.size_hint()
    }
}

impl Scorer for ToLettersScorer {
    fn score(&mut self) -> Score {
        self.inner.score()
    }
}

#[cfg(test)]
mod tests {
    use tantivy::collector::{Count, DocSetCollector};
    use tantivy::indexer::UserOperation;
    use tantivy::{Index, IndexWriter};

    use crate::document::{letter_documents, tests::full_letter};
    use crate::schema::{register_tokenizers, schema, Fields};
    use crate::search::query::QueryBuilder;
    use imr_letter::letter::Letter;

    /// Three letters: two items (summary "alpha"), none (summary "beta"),
    /// three items (summary "alpha beta", "gamma" in item 1's rationale
    /// only), plus words in the rest of each letter's text.
    fn letters() -> Vec<Letter> {
        let mut a = full_letter();
        a.case_number = Some("CM1".into());
        a.summary = "Alpha is what the summary says here.".into();
        a.text = format!(
            "Heading one.\n{}\nThen the rest: {}\n{}\nSigned delta.",
            a.summary, a.items[0].rationale, a.items[1].rationale
        );
        let mut b = full_letter();
        b.case_number = Some("CM2".into());
        b.items.clear();
        b.summary = "Beta is what the summary says here.".into();
        b.text = format!("Heading two.\n{}\nSigned epsilon.", b.summary);
        let mut c = full_letter();
        c.case_number = Some("CM3".into());
        c.summary = "Alpha and beta both appear in this one.".into();
        let mut third = c.items[1].clone();
        third.rationale = "A third rationale without the rare word at all.".into();
        c.items.push(third);
        c.items[1].rationale = "Rationale with gamma in it, and nothing else.".into();
        c.text = format!(
            "Heading three.\n{}\n{}\n{}\n{}\nSigned delta.",
            c.summary, c.items[0].rationale, c.items[1].rationale, c.items[2].rationale
        );
        vec![a, b, c]
    }

    fn index() -> Index {
        let index = Index::create_in_ram(schema());
        register_tokenizers(&index);
        let f = Fields::new(&index.schema()).unwrap();
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        for (n, l) in letters().iter().enumerate() {
            let docs = letter_documents(l, &format!("{n}.txt"), &f);
            writer
                .run(docs.into_iter().map(UserOperation::Add))
                .unwrap();
        }
        writer.commit().unwrap();
        index
    }

    /// (matches, the matching documents' (letter, item) pairs).
    fn run(index: &Index, q: &str) -> (usize, Vec<(String, u64)>) {
        let reader = index.reader().unwrap();
        let searcher = reader.searcher();
        let f = Fields::new(&index.schema()).unwrap();
        let built = QueryBuilder::new(index, &searcher).user_query(q).unwrap();
        let (count, docs) = searcher
            .search(&*built.query, &(Count, DocSetCollector))
            .unwrap();
        let mut found: Vec<(String, u64)> = docs
            .into_iter()
            .map(|addr| {
                use tantivy::schema::Value;
                let doc: tantivy::TantivyDocument = searcher.doc(addr).unwrap();
                let key = doc
                    .get_first(f.letter_key)
                    .and_then(|v| v.as_str())
                    .unwrap()
                    .to_string();
                let item = doc
                    .get_first(f.item_index)
                    .and_then(|v| v.as_u64())
                    .unwrap();
                (key, item)
            })
            .collect();
        found.sort();
        (count, found)
    }

    fn pairs(ps: &[(&str, u64)]) -> Vec<(String, u64)> {
        ps.iter().map(|(k, i)| (k.to_string(), *i)).collect()
    }

    #[test]
    fn summary_words_answer_in_every_item_of_the_letter() {
        let index = index();
        assert_eq!(
            run(&index, "summary:alpha"),
            (
                5,
                pairs(&[("CM1", 0), ("CM1", 1), ("CM3", 0), ("CM3", 1), ("CM3", 2)])
            )
        );
        assert_eq!(
            run(&index, "beta"),
            (4, pairs(&[("CM2", 0), ("CM3", 0), ("CM3", 1), ("CM3", 2)]))
        );
        // With an item's own word: only that item.
        assert_eq!(run(&index, "alpha AND gamma"), (1, pairs(&[("CM3", 1)])));
        assert_eq!(run(&index, "summary:alpha AND outcome:/overturned").0, 3);
        // A text filter on the summary answers in items too.
        let reader = index.reader().unwrap();
        let searcher = reader.searcher();
        let filter = QueryBuilder::new(&index, &searcher)
            .filter(&"summary=alpha".parse().unwrap())
            .unwrap();
        assert_eq!(searcher.search(&*filter, &Count).unwrap(), 5);
        // Exclusion seeks through the join.
        assert_eq!(run(&index, "-summary:alpha"), (1, pairs(&[("CM2", 0)])));
        assert_eq!(run(&index, "-beta"), (2, pairs(&[("CM1", 0), ("CM1", 1)])));
    }

    #[test]
    fn letter_queries_count_letters_wherever_the_words_are() {
        let index = index();
        // In a rationale only.
        assert_eq!(run(&index, "letter:gamma"), (1, pairs(&[("CM3", 0)])));
        // In the rest of the letter.
        assert_eq!(
            run(&index, "letter:delta"),
            (2, pairs(&[("CM1", 0), ("CM3", 0)]))
        );
        assert_eq!(run(&index, "letter:epsilon"), (1, pairs(&[("CM2", 0)])));
        // In the summary; a phrase; several places at once.
        assert_eq!(run(&index, "letter:\"alpha and beta\"").0, 1);
        assert_eq!(run(&index, "letter:supported").0, 2);
        assert_eq!(
            run(&index, "letter:gamma AND letter:beta AND letter:delta").0,
            1
        );
        assert_eq!(
            run(&index, "letter:beta AND -letter:gamma"),
            (1, pairs(&[("CM2", 0)]))
        );
        // A phrase does not run from one piece of the letter into the next.
        assert_eq!(run(&index, "letter:\"here then\"").0, 0);
    }
}
