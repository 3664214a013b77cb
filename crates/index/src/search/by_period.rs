//! Trends for `imr stats --by year|quarter|month`: items, upheld, overturned
//! and overturn rate per calendar period of the IMR decision date, in time
//! order, in one pass.
//!
//! An item is dated by its letter's decision date; when the letter states
//! none, by the UR denial date, and the item is counted in `dated_by_ur` so
//! the output can say how many were dated that way. Items with neither date
//! are counted as `undated` and fall in no period. The dates are read from
//! the `decision_date` and `ur_date` fast columns, so trends need no facet of
//! their own (and no re-index): the fallback is decided here, in one place.
//!
//! Periods between the first and the last one that have no item are listed
//! as rows of zero items, so a chart's time axis has no silent gaps.

use std::collections::BTreeMap;

use serde::Serialize;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::fastfield::FacetReader;
use tantivy::{DateTime, DocId, Score, SegmentOrdinal, SegmentReader};

use super::by_outcome::ord_of;
use super::by_outcome::StatsRow;
use crate::document::date_from_value;

/// The calendar period `imr stats --by` groups dates into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    /// `2014`.
    Year,
    /// `2014-Q2`.
    Quarter,
    /// `2014-05`.
    Month,
}

impl Period {
    /// Every period, as `--by` and `?by=` spell them.
    pub const NAMES: [&'static str; 3] = ["year", "quarter", "month"];

    /// The period a `--by` value names (`year`, `quarter`, `month`, any
    /// case), or `None` for a facet name.
    pub fn from_name(name: &str) -> Option<Period> {
        match name.trim().to_ascii_lowercase().as_str() {
            "year" => Some(Period::Year),
            "quarter" => Some(Period::Quarter),
            "month" => Some(Period::Month),
            _ => None,
        }
    }

    /// The name, as `--by` spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Period::Year => "year",
            Period::Quarter => "quarter",
            Period::Month => "month",
        }
    }

    /// The key of the period holding `month` (1-12) of `year`: (year, 0),
    /// (year, quarter 1-4) or (year, month 1-12).
    fn key(self, year: i32, month: u32) -> (i32, u32) {
        match self {
            Period::Year => (year, 0),
            Period::Quarter => (year, month.div_ceil(3)),
            Period::Month => (year, month),
        }
    }

    /// The key after `key`.
    fn next(self, (year, n): (i32, u32)) -> (i32, u32) {
        let last = match self {
            Period::Year => return (year + 1, 0),
            Period::Quarter => 4,
            Period::Month => 12,
        };
        if n >= last {
            (year + 1, 1)
        } else {
            (year, n + 1)
        }
    }

    /// The label of a key: `2014`, `2014-Q2`, `2014-05`.
    fn label(self, (year, n): (i32, u32)) -> String {
        match self {
            Period::Year => format!("{year:04}"),
            Period::Quarter => format!("{year:04}-Q{n}"),
            Period::Month => format!("{year:04}-{n:02}"),
        }
    }
}

/// `imr stats --by year|quarter|month`: the rows, in time order, and how the
/// matching items were dated.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Trend {
    /// Items matching the query (dated or not).
    pub total: usize,
    /// The period.
    pub by: Period,
    /// Always `decision_date`: what the periods are of.
    pub date: &'static str,
    /// Items dated by the UR date because the letter has no decision date.
    pub dated_by_ur: u64,
    /// Items with neither date, in no row.
    pub undated: u64,
    /// One row per period from the first to the last, empty ones included.
    pub rows: Vec<StatsRow>,
}

/// Counts of one month.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(super) struct Counts {
    items: u64,
    upheld: u64,
    overturned: u64,
    dated_by_ur: u64,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.items += o.items;
        self.upheld += o.upheld;
        self.overturned += o.overturned;
        self.dated_by_ur += o.dated_by_ur;
    }
}

/// Per-month counts keyed by (year, month), and the undated items.
pub(super) type Months = (BTreeMap<(i32, u32), Counts>, u64);

/// Collects [`Months`] for matching items.
pub(super) struct ByMonth {
    pub(super) decision_date: String,
    pub(super) ur_date: String,
    pub(super) outcome: String,
}

/// Per segment: the two date columns and the outcome ordinals.
pub(super) struct ByMonthSegment {
    decision: Column<DateTime>,
    ur: Column<DateTime>,
    outcome: FacetReader,
    upheld_ord: Option<u64>,
    overturned_ord: Option<u64>,
    months: Months,
}

impl Collector for ByMonth {
    type Fruit = Months;
    type Child = ByMonthSegment;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<Self::Child> {
        let outcome = reader.facet_reader(&self.outcome)?;
        Ok(ByMonthSegment {
            decision: reader.fast_fields().date(&self.decision_date)?,
            ur: reader.fast_fields().date(&self.ur_date)?,
            upheld_ord: ord_of(&outcome, "/upheld")?,
            overturned_ord: ord_of(&outcome, "/overturned")?,
            outcome,
            months: Months::default(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Months>) -> tantivy::Result<Months> {
        let mut all = Months::default();
        for (months, undated) in fruits {
            for (k, c) in months {
                all.0.entry(k).or_default().add(&c);
            }
            all.1 += undated;
        }
        Ok(all)
    }
}

impl SegmentCollector for ByMonthSegment {
    type Fruit = Months;

    fn collect(&mut self, doc: DocId, _: Score) {
        let (date, by_ur) = match (self.decision.first(doc), self.ur.first(doc)) {
            (Some(d), _) => (d, false),
            (None, Some(d)) => (d, true),
            (None, None) => {
                self.months.1 += 1;
                return;
            }
        };
        let Some(day) = date_from_value(date) else {
            self.months.1 += 1;
            return;
        };
        let mut c = Counts {
            items: 1,
            dated_by_ur: u64::from(by_ur),
            ..Counts::default()
        };
        // An item has one outcome; `/unknown` goes to neither side.
        for ord in self.outcome.facet_ords(doc) {
            if Some(ord) == self.upheld_ord {
                c.upheld = 1;
            } else if Some(ord) == self.overturned_ord {
                c.overturned = 1;
            }
        }
        self.months
            .0
            .entry((day.year, day.month))
            .or_default()
            .add(&c);
    }

    fn harvest(self) -> Months {
        self.months
    }
}

/// Groups month counts into `by` periods, first to last, gaps as zero rows.
pub(super) fn trend(total: usize, by: Period, (months, undated): Months) -> Trend {
    let mut periods: BTreeMap<(i32, u32), Counts> = BTreeMap::new();
    for ((year, month), c) in months {
        periods.entry(by.key(year, month)).or_default().add(&c);
    }
    let mut rows = Vec::new();
    if let (Some(&first), Some(&last)) = (periods.keys().next(), periods.keys().next_back()) {
        let mut key = first;
        while key <= last {
            let c = periods.get(&key).copied().unwrap_or_default();
            rows.push(StatsRow {
                dated_by_ur: Some(c.dated_by_ur),
                ..StatsRow::new(by.label(key), c.items, c.upheld, c.overturned)
            });
            key = by.next(key);
        }
    }
    Trend {
        total,
        by,
        date: "decision_date",
        dated_by_ur: rows.iter().filter_map(|r| r.dated_by_ur).sum(),
        undated,
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// ((year, month), items, upheld, overturned, dated_by_ur).
    type Month = ((i32, u32), u64, u64, u64, u64);

    fn months(list: &[Month]) -> Months {
        let map = list
            .iter()
            .map(|&(k, items, upheld, overturned, dated_by_ur)| {
                (
                    k,
                    Counts {
                        items,
                        upheld,
                        overturned,
                        dated_by_ur,
                    },
                )
            })
            .collect();
        (map, 2)
    }

    fn summary(t: &Trend) -> Vec<(String, u64, u64, u64)> {
        t.rows
            .iter()
            .map(|r| {
                (
                    r.value.clone(),
                    r.items,
                    r.overturned,
                    r.dated_by_ur.unwrap_or(0),
                )
            })
            .collect()
    }

    #[test]
    fn quarters_fill_gaps_across_a_year_end() {
        let m = months(&[((2013, 11), 2, 1, 1, 0), ((2014, 5), 3, 0, 2, 1)]);
        let t = trend(7, Period::Quarter, m);
        assert_eq!(
            summary(&t),
            vec![
                ("2013-Q4".into(), 2, 1, 0),
                ("2014-Q1".into(), 0, 0, 0),
                ("2014-Q2".into(), 3, 2, 1),
            ]
        );
        assert_eq!(t.rows[0].overturn_rate, Some(0.5));
        assert_eq!(t.rows[1].overturn_rate, None);
        assert_eq!((t.total, t.dated_by_ur, t.undated), (7, 1, 2));
    }

    #[test]
    fn months_and_years() {
        let m = || months(&[((2014, 12), 1, 1, 0, 1), ((2015, 2), 1, 0, 1, 0)]);
        assert_eq!(
            summary(&trend(4, Period::Month, m())),
            vec![
                ("2014-12".into(), 1, 0, 1),
                ("2015-01".into(), 0, 0, 0),
                ("2015-02".into(), 1, 1, 0),
            ]
        );
        assert_eq!(
            summary(&trend(4, Period::Year, m())),
            vec![("2014".into(), 1, 0, 1), ("2015".into(), 1, 1, 0)]
        );
        assert!(trend(0, Period::Year, Months::default()).rows.is_empty());
    }

    #[test]
    fn names() {
        assert_eq!(Period::from_name(" Quarter"), Some(Period::Quarter));
        assert_eq!(Period::from_name("guideline"), None);
        for n in Period::NAMES {
            assert_eq!(Period::from_name(n).map(Period::as_str), Some(n));
        }
    }
}
