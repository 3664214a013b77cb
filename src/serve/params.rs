//! Query-string parameters of the API, checked before anything is searched:
//! repeated keys (`filter`, `facet`) kept in order, unknown keys and
//! out-of-range numbers refused with a message naming the parameter.

use crate::search::query::parse_date;
use crate::search::{FacetRequest, Filter, IntRange, SearchRequest, Sort};

use super::response::ApiError;

/// Longest `q` accepted, in bytes. Real questions are a few words; anything
/// longer is a pasted letter or an attack on the query parser.
pub const MAX_QUERY_BYTES: usize = 1000;
/// Most hits one page may ask for.
pub const MAX_LIMIT: usize = 100;
/// Deepest page start. Past this a person should narrow the query; a script
/// should use `imr search --format json`.
pub const MAX_OFFSET: usize = 10_000;
/// Most `filter` or `facet` parameters in one request.
const MAX_REPEATS: usize = 32;

/// Decoded `key=value` pairs, in order.
pub struct Params(Vec<(String, String)>);

impl Params {
    /// Decodes a raw query string and refuses keys outside `allowed`.
    pub fn parse(raw: Option<&str>, allowed: &[&str]) -> Result<Self, ApiError> {
        let pairs: Vec<(String, String)> = form_urlencoded::parse(raw.unwrap_or("").as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        for (key, _) in &pairs {
            if !allowed.contains(&key.as_str()) {
                return Err(ApiError::bad_value(format!(
                    "unknown parameter `{key}`; this route takes: {}",
                    allowed.join(", ")
                )));
            }
        }
        Ok(Params(pairs))
    }

    /// The last value of `key`, if given and not blank.
    pub fn one(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(k, v)| k == key && !v.trim().is_empty())
            .map(|(_, v)| v.as_str())
    }

    /// Every non-blank value of `key`, in order.
    pub fn all(&self, key: &str) -> Result<Vec<&str>, ApiError> {
        let values: Vec<&str> = self
            .0
            .iter()
            .filter(|(k, v)| k == key && !v.trim().is_empty())
            .map(|(_, v)| v.as_str())
            .collect();
        if values.len() > MAX_REPEATS {
            return Err(ApiError::out_of_range(format!(
                "{} `{key}` parameters; at most {MAX_REPEATS}",
                values.len()
            )));
        }
        Ok(values)
    }

    /// `key` as a number in `0..=max`, else `default`.
    pub fn number(&self, key: &str, default: usize, max: usize) -> Result<usize, ApiError> {
        let Some(text) = self.one(key) else {
            return Ok(default);
        };
        let n: usize = text.trim().parse().map_err(|_| {
            ApiError::bad_value(format!("`{key}` must be a whole number, got `{text}`"))
        })?;
        if n > max {
            return Err(ApiError::out_of_range(format!(
                "`{key}` is {n}; it must be between 0 and {max}"
            )));
        }
        Ok(n)
    }

    /// The query and restrictions `search` and `stats` share.
    pub fn request(&self) -> Result<SearchRequest, ApiError> {
        let query = self.one("q").unwrap_or("").to_string();
        if query.len() > MAX_QUERY_BYTES {
            return Err(ApiError::new(
                axum::http::StatusCode::BAD_REQUEST,
                "too_long",
                format!(
                    "the query is {} bytes long; at most {MAX_QUERY_BYTES} are accepted",
                    query.len()
                ),
            ));
        }
        let filters = self
            .all("filter")?
            .into_iter()
            .map(|f| f.parse::<Filter>().map_err(ApiError::bad_value))
            .collect::<Result<Vec<_>, _>>()?;
        let date = |key: &str| {
            self.one(key)
                .map(|d| parse_date(d).map_err(|e| ApiError::bad_value(format!("`{key}`: {e}"))))
                .transpose()
        };
        let age = self
            .one("age")
            .map(|a| {
                a.parse::<IntRange>()
                    .map_err(|e| ApiError::bad_value(format!("`age`: {e}")))
            })
            .transpose()?;
        Ok(SearchRequest {
            query,
            filters,
            since: date("since")?,
            until: date("until")?,
            age,
            ..SearchRequest::default()
        })
    }

    /// `sort=relevance|date`.
    pub fn sort(&self) -> Result<Sort, ApiError> {
        match self.one("sort").map(str::trim) {
            None | Some("relevance") => Ok(Sort::Relevance),
            Some("date") => Ok(Sort::Date),
            Some(other) => Err(ApiError::bad_value(format!(
                "`sort` is `relevance` or `date`, got `{other}`"
            ))),
        }
    }

    /// Every `facet=FIELD[:PATH]`.
    pub fn facets(&self) -> Result<Vec<FacetRequest>, ApiError> {
        self.all("facet")?
            .into_iter()
            .map(|f| f.parse::<FacetRequest>().map_err(ApiError::bad_value))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_keys_keep_order_and_unknown_keys_are_named() {
        let p = Params::parse(
            Some("q=%22epidural+steroid%22&filter=outcome%3D%2Foverturned&filter=year=/2014"),
            &["q", "filter"],
        )
        .unwrap();
        assert_eq!(p.one("q"), Some("\"epidural steroid\""));
        assert_eq!(
            p.all("filter").unwrap(),
            ["outcome=/overturned", "year=/2014"]
        );
        let err = Params::parse(Some("q=x&colour=red"), &["q"]).err().unwrap();
        assert!(err.message.contains("`colour`"), "{}", err.message);
    }

    #[test]
    fn numbers_are_range_checked() {
        let p = Params::parse(Some("limit=101&offset=x"), &["limit", "offset"]).unwrap();
        assert_eq!(
            p.number("limit", 10, MAX_LIMIT).err().unwrap().kind,
            "out_of_range"
        );
        assert_eq!(
            p.number("offset", 0, MAX_OFFSET).err().unwrap().kind,
            "bad_value"
        );
        assert_eq!(p.number("absent", 7, 9).unwrap(), 7);
    }

    #[test]
    fn long_queries_and_bad_sorts_are_refused() {
        let long = format!("q={}", "a".repeat(MAX_QUERY_BYTES + 1));
        let p = Params::parse(Some(&long), &["q"]).unwrap();
        assert_eq!(p.request().err().unwrap().kind, "too_long");
        let p = Params::parse(Some("sort=oldest"), &["sort"]).unwrap();
        assert_eq!(p.sort().err().unwrap().kind, "bad_value");
    }
}
