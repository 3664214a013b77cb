//! The JSON documents `imr search`, `imr stats` (and the web API) print,
//! as the CLI documents them; unknown keys are refused, so a renamed or
//! added key fails the tests that read them.

use std::collections::BTreeMap;

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchJson {
    pub total: usize,
    pub hits: Vec<HitJson>,
    pub facets: BTreeMap<String, Vec<FacetJson>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HitJson {
    pub file: String,
    pub case_number: Option<String>,
    pub item_index: u64,
    pub service: String,
    pub category: Option<String>,
    pub reasons: Vec<String>,
    pub reason_evidence: Vec<EvidenceJson>,
    pub outcome: Option<String>,
    pub specialties: Vec<String>,
    pub guidelines: Vec<String>,
    pub ur_date: Option<String>,
    pub score: f32,
    pub snippet: String,
    pub highlights: Vec<(usize, usize)>,
}

/// A reason with the rationale's sentence that gave it, as `imr show` has it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvidenceJson {
    pub reason: String,
    pub sentence: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FacetJson {
    pub path: String,
    pub count: u64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatsJson {
    pub total: usize,
    pub by: String,
    pub path: String,
    pub rows: Vec<StatsRowJson>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatsRowJson {
    pub value: String,
    pub items: u64,
    pub upheld: u64,
    pub overturned: u64,
    pub overturn_rate: Option<f64>,
}

/// Rows are equal when their counts are and their rates agree to 1e-12
/// (serde_json's default float parsing may be off in the last digit).
impl PartialEq for StatsRowJson {
    fn eq(&self, other: &Self) -> bool {
        let rate = match (self.overturn_rate, other.overturn_rate) {
            (Some(a), Some(b)) => (a - b).abs() < 1e-12,
            (a, b) => a == b,
        };
        rate && (&self.value, self.items, self.upheld, self.overturned)
            == (&other.value, other.items, other.upheld, other.overturned)
    }
}

/// `imr stats --by year|quarter|month --format json`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrendJson {
    pub total: usize,
    pub by: String,
    pub date: String,
    pub dated_by_ur: u64,
    pub undated: u64,
    pub rows: Vec<TrendRowJson>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrendRowJson {
    pub value: String,
    pub items: u64,
    pub upheld: u64,
    pub overturned: u64,
    pub overturn_rate: Option<f64>,
    pub dated_by_ur: u64,
}
