//! Counts for every `--facet` of a search in one collector: per segment,
//! each facet column's ordinals are mapped once to "which child of the
//! requested path", then each matching item costs one column read per
//! facet and an array increment, with no per-facet collector to call.

use std::collections::BTreeMap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::fastfield::FacetReader;
use tantivy::schema::Facet;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// Marks an ordinal that is not below the requested path.
const OUTSIDE: u32 = u32::MAX;

/// One requested count: children of `parent` in the facet field `field`.
#[derive(Debug, Clone)]
pub struct FacetRequestResolved {
    /// Schema field name.
    pub field: String,
    /// The path whose children are counted.
    pub parent: Facet,
}

/// The collector: for each request, child path -> matching items.
pub struct FacetCounter {
    requests: Vec<FacetRequestResolved>,
}

impl FacetCounter {
    /// A collector counting the children of each request's path.
    pub fn new(requests: Vec<FacetRequestResolved>) -> Self {
        FacetCounter { requests }
    }
}

/// One request in one segment.
struct SegmentFacet {
    reader: FacetReader,
    /// Facet ordinal -> index into `children`, or [`OUTSIDE`].
    child_of_ord: Vec<u32>,
    /// Encoded paths of the children present in this segment.
    children: Vec<Vec<u8>>,
    counts: Vec<u64>,
}

impl SegmentFacet {
    fn new(reader: FacetReader, parent: &Facet) -> tantivy::Result<Self> {
        let dict = reader.facet_dict();
        let prefix = parent.encoded_str().as_bytes();
        // Children of `/a` are encoded `a\0child...`; of the root, any term.
        let (mut stream, skip) = if prefix.is_empty() {
            (dict.stream()?, 0)
        } else {
            let mut lo = prefix.to_vec();
            lo.push(0);
            let mut hi = prefix.to_vec();
            hi.push(1);
            (
                dict.range().ge(&lo).lt(&hi).into_stream()?,
                prefix.len() + 1,
            )
        };
        let mut child_of_ord = vec![OUTSIDE; reader.num_facets()];
        let mut children: Vec<Vec<u8>> = Vec::new();
        while stream.advance() {
            let key = stream.key();
            let Some(rest) = key.get(skip..) else {
                continue;
            };
            let len = rest.iter().position(|&b| b == 0).unwrap_or(rest.len());
            let child = &key[..skip + len];
            if children.last().map(Vec::as_slice) != Some(child) {
                children.push(child.to_vec());
            }
            if let Some(slot) = usize::try_from(stream.term_ord())
                .ok()
                .and_then(|o| child_of_ord.get_mut(o))
            {
                *slot = (children.len() - 1) as u32;
            }
        }
        let counts = vec![0; children.len()];
        Ok(SegmentFacet {
            reader,
            child_of_ord,
            children,
            counts,
        })
    }

    fn collect(&mut self, doc: DocId) {
        // Ordinals come sorted, and one child's ordinals are contiguous, so
        // an item with two values under one child counts once.
        let mut last = OUTSIDE;
        for ord in self.reader.facet_ords(doc) {
            let child = self
                .child_of_ord
                .get(ord as usize)
                .copied()
                .unwrap_or(OUTSIDE);
            if child != OUTSIDE && child != last {
                self.counts[child as usize] += 1;
                last = child;
            }
        }
    }
}

/// Per segment: one [`SegmentFacet`] per request.
pub struct FacetCounterSegment {
    facets: Vec<SegmentFacet>,
}

/// Per request, encoded child path -> count.
pub type Counts = Vec<BTreeMap<Vec<u8>, u64>>;

impl Collector for FacetCounter {
    type Fruit = Counts;
    type Child = FacetCounterSegment;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<FacetCounterSegment> {
        let facets = self
            .requests
            .iter()
            .map(|r| SegmentFacet::new(reader.facet_reader(&r.field)?, &r.parent))
            .collect::<tantivy::Result<_>>()?;
        Ok(FacetCounterSegment { facets })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Counts>) -> tantivy::Result<Counts> {
        let mut out: Counts = vec![BTreeMap::new(); self.requests.len()];
        for fruit in fruits {
            for (total, part) in out.iter_mut().zip(fruit) {
                for (path, n) in part {
                    *total.entry(path).or_insert(0) += n;
                }
            }
        }
        Ok(out)
    }
}

impl SegmentCollector for FacetCounterSegment {
    type Fruit = Counts;

    fn collect(&mut self, doc: DocId, _: Score) {
        for f in &mut self.facets {
            f.collect(doc);
        }
    }

    fn harvest(self) -> Counts {
        self.facets
            .into_iter()
            .map(|f| {
                f.children
                    .into_iter()
                    .zip(f.counts)
                    .filter(|(_, n)| *n > 0)
                    .collect()
            })
            .collect()
    }
}

/// A facet from its encoded bytes, as a `/a/b` path; `None` when the bytes
/// are not a facet (never for a facet dictionary's own terms).
pub fn path_of(encoded: &[u8]) -> Option<String> {
    Facet::from_encoded(encoded.to_vec())
        .ok()
        .map(|f| f.to_path_string())
}

/// The counts a [`FacetCounter`] would give for a query matching every
/// document, read from the facet terms' document frequencies instead of
/// from each document: a facet field indexes every ancestor of a value as
/// a term too, so the documents holding `/a` or anything below it are the
/// postings of the term `/a`. Exact only when no document is deleted
/// (frequencies count deleted documents until a merge drops them): `None`
/// then, and the caller collects.
pub fn match_all_counts(
    searcher: &tantivy::Searcher,
    requests: &[FacetRequestResolved],
) -> tantivy::Result<Option<Counts>> {
    let segments = searcher.segment_readers();
    if segments.iter().any(|s| s.num_deleted_docs() > 0) {
        return Ok(None);
    }
    let schema = searcher.schema();
    let mut out: Counts = vec![BTreeMap::new(); requests.len()];
    for (counts, req) in out.iter_mut().zip(requests) {
        let field = schema.get_field(&req.field)?;
        let prefix = req.parent.encoded_str().as_bytes();
        let skip = if prefix.is_empty() {
            0
        } else {
            prefix.len() + 1
        };
        for segment in segments {
            let inverted = segment.inverted_index(field)?;
            let terms = inverted.terms();
            let mut stream = if prefix.is_empty() {
                terms.stream()?
            } else {
                let mut lo = prefix.to_vec();
                lo.push(0);
                let mut hi = prefix.to_vec();
                hi.push(1);
                terms.range().ge(&lo).lt(&hi).into_stream()?
            };
            while stream.advance() {
                let key = stream.key();
                // Children only: deeper terms are counted in their child's.
                match key.get(skip..) {
                    Some(rest) if !rest.is_empty() && !rest.contains(&0) => {
                        *counts.entry(key.to_vec()).or_insert(0) +=
                            u64::from(stream.value().doc_freq);
                    }
                    _ => {}
                }
            }
        }
    }
    Ok(Some(out))
}
