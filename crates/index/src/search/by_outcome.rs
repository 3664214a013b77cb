//! One pass for `imr stats`: facet counts over all matching items, and the
//! same counts over the upheld and the overturned ones, by reading each
//! matching item's outcome from its facet column. Three searches (the query,
//! the query AND upheld, the query AND overturned) cost three times the
//! query; this costs it once. Also the row such counts become ([`StatsRow`],
//! for facet values and periods alike) and the one overturn-rate formula.

use serde::Serialize;
use tantivy::collector::{Collector, FacetCollector, FacetCounts, SegmentCollector};
use tantivy::fastfield::FacetReader;
use tantivy::schema::Facet;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

type Child = <FacetCollector as Collector>::Child;

/// One row of `imr stats`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatsRow {
    /// Facet path of the value.
    pub value: String,
    /// Matched items with that value.
    pub items: u64,
    /// Of those, upheld.
    pub upheld: u64,
    /// Of those, overturned.
    pub overturned: u64,
    /// overturned / (upheld + overturned); `None` when neither.
    pub overturn_rate: Option<f64>,
    /// Trend rows only: of the items, those dated by the UR date (the letter
    /// has no decision date).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dated_by_ur: Option<u64>,
}

impl StatsRow {
    /// A row of `items` matched items with `value`, `upheld` and
    /// `overturned` of them; the rate is [`overturn_rate`]'s.
    pub fn new(value: String, items: u64, upheld: u64, overturned: u64) -> Self {
        StatsRow {
            value,
            items,
            upheld,
            overturned,
            overturn_rate: overturn_rate(upheld, overturned),
            dated_by_ur: None,
        }
    }
}

/// The overturn rate: overturned / (upheld + overturned), items whose
/// outcome is unknown left out; `None` when no item has a known outcome.
pub fn overturn_rate(upheld: u64, overturned: u64) -> Option<f64> {
    let decided = upheld + overturned;
    (decided > 0).then(|| overturned as f64 / decided as f64)
}

/// Facet counts of all, upheld and overturned matches.
pub struct ByOutcome {
    all: FacetCollector,
    upheld: FacetCollector,
    overturned: FacetCollector,
    outcome_field: String,
}

impl ByOutcome {
    /// Counts the children of `facet` in `field`, split by the facet field
    /// `outcome_field` (`/upheld`, `/overturned`).
    pub fn new(field: &str, facet: &Facet, outcome_field: &str) -> Self {
        let make = || {
            let mut c = FacetCollector::for_field(field);
            c.add_facet(facet.clone());
            c
        };
        ByOutcome {
            all: make(),
            upheld: make(),
            overturned: make(),
            outcome_field: outcome_field.to_string(),
        }
    }
}

/// Per segment: the three inner collectors and the outcome ordinals.
pub struct ByOutcomeSegment {
    all: Child,
    upheld: Child,
    overturned: Child,
    outcome: FacetReader,
    upheld_ord: Option<u64>,
    overturned_ord: Option<u64>,
}

pub(super) fn ord_of(reader: &FacetReader, path: &str) -> tantivy::Result<Option<u64>> {
    let facet = Facet::from_text(path).map_err(|e| {
        tantivy::TantivyError::InvalidArgument(format!("outcome facet {path}: {e}"))
    })?;
    Ok(reader.facet_dict().term_ord(facet.encoded_str())?)
}

impl Collector for ByOutcome {
    type Fruit = (FacetCounts, FacetCounts, FacetCounts);
    type Child = ByOutcomeSegment;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<ByOutcomeSegment> {
        let outcome = reader.facet_reader(&self.outcome_field)?;
        Ok(ByOutcomeSegment {
            all: self.all.for_segment(segment, reader)?,
            upheld: self.upheld.for_segment(segment, reader)?,
            overturned: self.overturned.for_segment(segment, reader)?,
            upheld_ord: ord_of(&outcome, "/upheld")?,
            overturned_ord: ord_of(&outcome, "/overturned")?,
            outcome,
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(
        &self,
        fruits: Vec<(FacetCounts, FacetCounts, FacetCounts)>,
    ) -> tantivy::Result<Self::Fruit> {
        let (mut a, mut u, mut o) = (Vec::new(), Vec::new(), Vec::new());
        for (all, upheld, overturned) in fruits {
            a.push(all);
            u.push(upheld);
            o.push(overturned);
        }
        Ok((
            self.all.merge_fruits(a)?,
            self.upheld.merge_fruits(u)?,
            self.overturned.merge_fruits(o)?,
        ))
    }
}

impl SegmentCollector for ByOutcomeSegment {
    type Fruit = (FacetCounts, FacetCounts, FacetCounts);

    fn collect(&mut self, doc: DocId, score: Score) {
        self.all.collect(doc, score);
        // An item has one outcome; `/unknown` goes to neither side.
        for ord in self.outcome.facet_ords(doc) {
            if Some(ord) == self.upheld_ord {
                self.upheld.collect(doc, score);
            } else if Some(ord) == self.overturned_ord {
                self.overturned.collect(doc, score);
            }
        }
    }

    fn harvest(self) -> Self::Fruit {
        (
            self.all.harvest(),
            self.upheld.harvest(),
            self.overturned.harvest(),
        )
    }
}
