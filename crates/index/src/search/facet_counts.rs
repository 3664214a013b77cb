//! Counts for every `--facet` of a search in one collector: per segment,
//! each facet column's ordinals are mapped once to "which child of the
//! requested path", then each matching item costs one column read per
//! facet and an array increment, with no per-facet collector to call.
//!
//! A long-running reader (`imr serve`) may keep an [`OrdCache`]: each
//! facet column of each segment decoded once into plain arrays, so a page
//! with six facets over a million matching items reads arrays, not
//! compressed columns. One-shot commands read the columns.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::fastfield::FacetReader;
use tantivy::index::SegmentId;
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

/// The facet ordinals of every document of one segment, decoded.
pub enum DocOrds {
    /// At most one value per document ([`OUTSIDE`] for none): the common
    /// case (outcome, category, year).
    Single(Vec<u32>),
    /// Document `d`'s ordinals are `ords[starts[d]..starts[d + 1]]`.
    Multi {
        /// Offsets into `ords`, one per document plus one.
        starts: Vec<u32>,
        /// Every document's ordinals, in document order.
        ords: Vec<u32>,
    },
}

impl DocOrds {
    fn decode(reader: &FacetReader, max_doc: DocId) -> Self {
        let mut starts = Vec::with_capacity(max_doc as usize + 1);
        let mut ords: Vec<u32> = Vec::with_capacity(max_doc as usize);
        let mut most = 0;
        for doc in 0..max_doc {
            let start = ords.len();
            starts.push(start as u32);
            ords.extend(reader.facet_ords(doc).map(|o| o as u32));
            most = most.max(ords.len() - start);
        }
        starts.push(ords.len() as u32);
        if most > 1 {
            return DocOrds::Multi { starts, ords };
        }
        let single = starts
            .windows(2)
            .map(|w| {
                if w[1] > w[0] {
                    ords.get(w[0] as usize).copied().unwrap_or(OUTSIDE)
                } else {
                    OUTSIDE
                }
            })
            .collect();
        DocOrds::Single(single)
    }

    /// Bytes held, for the cache's accounting.
    fn bytes(&self) -> usize {
        match self {
            DocOrds::Single(v) => v.len() * 4,
            DocOrds::Multi { starts, ords } => (starts.len() + ords.len()) * 4,
        }
    }
}

/// Decoded facet columns by segment and field, for a long-running reader.
/// Entries of segments the reader no longer sees are dropped at each use,
/// so the cache holds the live index's columns and nothing older.
#[derive(Default)]
pub struct OrdCache {
    map: Mutex<HashMap<(SegmentId, String), Arc<DocOrds>>>,
}

impl OrdCache {
    /// Drops the entries of segments not in `live`.
    pub fn retain(&self, live: &[SegmentId]) {
        if let Ok(mut map) = self.map.lock() {
            map.retain(|(id, _), _| live.contains(id));
        }
    }

    /// Bytes the cache holds.
    pub fn bytes(&self) -> usize {
        self.map
            .lock()
            .map(|m| m.values().map(|v| v.bytes()).sum())
            .unwrap_or(0)
    }

    fn get(&self, reader: &SegmentReader, field: &str, facets: &FacetReader) -> Arc<DocOrds> {
        let key = (reader.segment_id(), field.to_string());
        if let Some(found) = self.map.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return found;
        }
        // Decoded outside the lock: two requests may both decode a column
        // the first time; the second insert simply wins.
        let decoded = Arc::new(DocOrds::decode(facets, reader.max_doc()));
        if let Ok(mut map) = self.map.lock() {
            map.insert(key, decoded.clone());
        }
        decoded
    }
}

/// The collector: for each request, child path -> matching items.
pub struct FacetCounter {
    requests: Vec<FacetRequestResolved>,
    cache: Option<Arc<OrdCache>>,
}

impl FacetCounter {
    /// A collector counting the children of each request's path, reading
    /// decoded columns from `cache` when given.
    pub fn new(requests: Vec<FacetRequestResolved>, cache: Option<Arc<OrdCache>>) -> Self {
        FacetCounter { requests, cache }
    }
}

/// Where a segment's facet ordinals are read from.
enum Source {
    Column(FacetReader),
    Cached(Arc<DocOrds>),
}

/// One request in one segment.
struct SegmentFacet {
    source: Source,
    /// Facet ordinal -> index into `children`, or [`OUTSIDE`].
    child_of_ord: Vec<u32>,
    /// Encoded paths of the children present in this segment.
    children: Vec<Vec<u8>>,
    counts: Vec<u64>,
}

impl SegmentFacet {
    fn new(
        reader: FacetReader,
        parent: &Facet,
        cached: Option<Arc<DocOrds>>,
    ) -> tantivy::Result<Self> {
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
            source: match cached {
                Some(c) => Source::Cached(c),
                None => Source::Column(reader),
            },
            child_of_ord,
            children,
            counts,
        })
    }

    fn collect(&mut self, doc: DocId) {
        match &self.source {
            Source::Column(reader) => {
                count_ords(&self.child_of_ord, &mut self.counts, reader.facet_ords(doc))
            }
            Source::Cached(c) => match &**c {
                DocOrds::Single(v) => {
                    if let Some(&ord) = v.get(doc as usize) {
                        count_ords(
                            &self.child_of_ord,
                            &mut self.counts,
                            std::iter::once(ord as u64),
                        )
                    }
                }
                DocOrds::Multi { starts, ords } => {
                    let d = doc as usize;
                    if let (Some(&a), Some(&b)) = (starts.get(d), starts.get(d + 1)) {
                        let values = ords.get(a as usize..b as usize).unwrap_or_default();
                        count_ords(
                            &self.child_of_ord,
                            &mut self.counts,
                            values.iter().map(|&o| o as u64),
                        )
                    }
                }
            },
        }
    }
}

/// Counts one document's ordinals. Ordinals come sorted, and one child's
/// ordinals are contiguous, so an item with two values under one child
/// counts once.
fn count_ords(child_of_ord: &[u32], counts: &mut [u64], ords: impl Iterator<Item = u64>) {
    let mut last = OUTSIDE;
    for ord in ords {
        let child = child_of_ord.get(ord as usize).copied().unwrap_or(OUTSIDE);
        if child != OUTSIDE && child != last {
            if let Some(n) = counts.get_mut(child as usize) {
                *n += 1;
            }
            last = child;
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
            .map(|r| {
                let facets = reader.facet_reader(&r.field)?;
                let cached = self
                    .cache
                    .as_ref()
                    .map(|c| c.get(reader, &r.field, &facets));
                SegmentFacet::new(facets, &r.parent, cached)
            })
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
