//! The request vocabulary: the restrictions, the page and the view every
//! reading command and API route shares, each defined once. The `imr`
//! binary flattens these structs into its commands (feature `clap`: the doc
//! comments below are the flags' help), and the web API deserialises the
//! same structs from the query string (serde), so a parameter has one name,
//! one type and one parser on the command line and over HTTP.

use serde::{Deserialize, Deserializer};

use super::query::{Filter, IntRange};
use super::run::{FacetRequest, SearchRequest, Sort};
use imr_letter::date::IsoDate;

/// Which items count: filters, a UR date window and an age range.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "clap", derive(clap::Args))]
pub struct Restrictions {
    /// FIELD=VALUE, repeatable, all must hold. Facet fields match the path
    /// and everything below it (guideline=/ODG, outcome=overturned); numbers
    /// and dates take MIN..MAX.
    #[cfg_attr(feature = "clap", arg(long = "filter", value_name = "FIELD=VALUE"))]
    #[serde(default, rename = "filter")]
    pub filters: Vec<Filter>,
    /// UR date on or after (YYYY-MM-DD or M/D/YYYY).
    #[cfg_attr(feature = "clap", arg(long, value_name = "DATE"))]
    #[serde(default)]
    pub since: Option<IsoDate>,
    /// UR date on or before (YYYY-MM-DD or M/D/YYYY).
    #[cfg_attr(feature = "clap", arg(long, value_name = "DATE"))]
    #[serde(default)]
    pub until: Option<IsoDate>,
    /// Injured worker's age, MIN..MAX (either end optional) or one number.
    #[cfg_attr(feature = "clap", arg(long, value_name = "MIN..MAX"))]
    #[serde(default)]
    pub age: Option<IntRange>,
}

/// Hits per page and where the page starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "clap", derive(clap::Args))]
pub struct Page {
    /// Hits per page.
    #[cfg_attr(feature = "clap", arg(long, default_value_t = Page::DEFAULT_LIMIT))]
    #[serde(default = "Page::default_limit")]
    pub limit: usize,
    /// Hits to skip.
    #[cfg_attr(feature = "clap", arg(long, default_value_t = 0))]
    #[serde(default)]
    pub offset: usize,
}

impl Page {
    /// Hits per page when none is asked for.
    pub const DEFAULT_LIMIT: usize = 10;

    fn default_limit() -> usize {
        Page::DEFAULT_LIMIT
    }
}

impl Default for Page {
    fn default() -> Self {
        Page {
            limit: Page::DEFAULT_LIMIT,
            offset: 0,
        }
    }
}

/// How a page of hits is ordered, and the facet counts that come with it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "clap", derive(clap::Args))]
pub struct View {
    /// Hit order.
    #[cfg_attr(feature = "clap", arg(long, value_enum, default_value_t))]
    #[serde(default)]
    pub sort: Sort,
    /// FIELD[:PATH], repeatable: counts over all matches, one level below
    /// PATH (the top by default), largest first.
    #[cfg_attr(feature = "clap", arg(long = "facet", value_name = "FIELD[:PATH]"))]
    #[serde(default, rename = "facet")]
    pub facets: Vec<FacetRequest>,
}

impl SearchRequest {
    /// The request of `query` under `restrict`, one `page`, in `view`.
    pub fn new(query: impl Into<String>, restrict: Restrictions, page: Page, view: View) -> Self {
        SearchRequest {
            query: query.into(),
            filters: restrict.filters,
            since: restrict.since,
            until: restrict.until,
            age: restrict.age,
            limit: page.limit,
            offset: page.offset,
            sort: view.sort,
            facets: view.facets,
        }
    }
}

/// Values typed as text (flags, query parameters) deserialise through their
/// `FromStr`, so the API refuses exactly what the command line refuses, with
/// the same message.
macro_rules! deserialize_from_str {
    ($($t:ty),*) => {$(
        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = String::deserialize(d)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }
    )*};
}

deserialize_from_str!(Filter, IntRange, FacetRequest);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_values_deserialise_through_from_str() {
        let f: Filter = serde_json::from_str("\"outcome=/upheld\"").unwrap();
        assert_eq!(f.field, "outcome");
        let err = serde_json::from_str::<Filter>("\"outcome\"").unwrap_err();
        assert!(err.to_string().contains("FIELD=VALUE"), "{err}");
        let r: IntRange = serde_json::from_str("\"40..60\"").unwrap();
        assert_eq!((r.min, r.max), (Some(40), Some(60)));
        let page: Page = serde_json::from_str("{}").unwrap();
        assert_eq!(page, Page::default());
        let view: View = serde_json::from_str(r#"{"sort": "date", "facet": ["outcome"]}"#).unwrap();
        assert_eq!(view.sort, Sort::Date);
        assert_eq!(view.facets[0].path, "/");
    }
}
