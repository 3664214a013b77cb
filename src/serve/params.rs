//! Query-string parameters of the API, decoded into the library's typed
//! request structs (`Restrictions`, `Page`, `View`: the ones the command
//! line flattens into its flags) and the routes' own small structs below.
//! Checked before anything is searched: unknown keys are refused by name
//! (the allowed names are the structs' own field names), repeated keys
//! (`filter`, `facet`) are kept in order, blank values count as absent, and
//! a value that does not parse names its parameter.

use serde::de::{self, DeserializeOwned, Deserializer, Visitor};
use serde::Deserialize;

use super::response::ApiError;
use crate::letter::Outcome;
use crate::schema::values::decided_outcome;
use crate::search::{FacetRequest, Page};

/// Longest `q` accepted, in bytes. Real questions are a few words; anything
/// longer is a pasted letter or an attack on the query parser.
pub const MAX_QUERY_BYTES: usize = 1000;
/// Most hits one page may ask for.
pub const MAX_LIMIT: usize = 100;
/// Deepest page start. Past this a person should narrow the query; a script
/// should use `imr search --format json`.
pub const MAX_OFFSET: usize = 10_000;
/// Most values of one key (`filter`, `facet`) in one request.
const MAX_REPEATS: usize = 32;
/// Longest `key` accepted, in bytes.
const MAX_KEY_BYTES: usize = 1000;

/// The query text (`q`), shared by the search, stats and letter routes.
#[derive(Debug, Default, Deserialize)]
pub struct Query {
    /// The query; empty matches everything.
    #[serde(default)]
    pub q: String,
}

impl Query {
    /// Refuses a query too long to be a question.
    pub fn checked(self) -> Result<Self, ApiError> {
        if self.q.len() > MAX_QUERY_BYTES {
            return Err(ApiError::new(
                axum::http::StatusCode::BAD_REQUEST,
                "too_long",
                format!(
                    "the query is {} bytes long; at most {MAX_QUERY_BYTES} are accepted",
                    self.q.len()
                ),
            ));
        }
        Ok(self)
    }
}

/// `by` of the stats route.
#[derive(Debug, Deserialize)]
pub struct By {
    /// FIELD[:PATH], or year/quarter/month.
    pub by: Option<FacetRequest>,
}

/// `key` of the letter and similar routes: a case number or a file.
#[derive(Debug, Deserialize)]
pub struct Key {
    /// Required; see [`Key::required`].
    pub key: Option<String>,
}

impl Key {
    /// The key: required, at most 1000 bytes.
    pub fn required(self) -> Result<String, ApiError> {
        let key = self.key.ok_or_else(|| {
            ApiError::bad_value("`key` is required: a case number (CM14-0123456) or a file path")
        })?;
        if key.len() > MAX_KEY_BYTES {
            return Err(ApiError::new(
                axum::http::StatusCode::BAD_REQUEST,
                "too_long",
                "`key` is longer than 1000 bytes; give a case number or a file path",
            ));
        }
        Ok(key)
    }
}

/// The similar route's own parameters (besides `key`, the restrictions and
/// the page).
#[derive(Debug, Deserialize)]
pub struct SimilarOf {
    /// 0-based item of the letter.
    #[serde(default)]
    pub item: usize,
    /// Only items with this outcome.
    #[serde(default, deserialize_with = "outcome")]
    pub outcome: Option<Outcome>,
    /// Only items of the same service category.
    #[serde(default, deserialize_with = "flag")]
    pub same_category: bool,
    /// Also the other items of the same letter.
    #[serde(default, deserialize_with = "flag")]
    pub same_letter: bool,
}

/// A yes/no parameter: `false` or `0` is no; `true` or `1` is yes.
fn flag<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    let text = String::deserialize(d)?;
    match text.trim() {
        "false" | "0" => Ok(false),
        "true" | "1" => Ok(true),
        other => Err(de::Error::custom(format!(
            "is `true` or `false`, got `{other}`"
        ))),
    }
}

fn outcome<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Outcome>, D::Error> {
    let text = String::deserialize(d)?;
    decided_outcome(text.trim())
        .map(Some)
        .map_err(de::Error::custom)
}

/// A checked query string, ready to decode into any of the structs its
/// route allows.
pub struct Params {
    encoded: String,
}

impl Params {
    /// Decodes a raw query string: refuses keys that none of `allowed` (the
    /// field names of the route's structs, see [`names`]) holds, and more
    /// than [`MAX_REPEATS`] values of one key; drops blank values; of a key
    /// given twice that is not a list, keeps the last value.
    pub fn parse(raw: Option<&str>, allowed: &[&[&str]]) -> Result<Self, ApiError> {
        let pairs: Vec<(String, String)> = form_urlencoded::parse(raw.unwrap_or("").as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let allowed: Vec<&str> = allowed
            .iter()
            .flat_map(|names| names.iter().copied())
            .collect();
        for (key, _) in &pairs {
            if !allowed.contains(&key.as_str()) {
                return Err(ApiError::bad_value(format!(
                    "unknown parameter `{key}`; this route takes: {}",
                    allowed.join(", ")
                )));
            }
        }
        let mut kept: Vec<(String, String)> = Vec::with_capacity(pairs.len());
        for (key, value) in pairs {
            if value.trim().is_empty() {
                continue;
            }
            let count = kept.iter().filter(|(k, _)| *k == key).count();
            if count >= MAX_REPEATS {
                return Err(ApiError::out_of_range(format!(
                    "more than {MAX_REPEATS} `{key}` parameters; at most {MAX_REPEATS}"
                )));
            }
            if count > 0 && !LIST_KEYS.contains(&key.as_str()) {
                kept.retain(|(k, _)| *k != key);
            }
            kept.push((key, value));
        }
        let encoded = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(kept)
            .finish();
        Ok(Params { encoded })
    }

    /// The parameters as `T`; a value that does not parse is refused with
    /// its parameter's name.
    pub fn get<T: DeserializeOwned>(&self) -> Result<T, ApiError> {
        let de =
            serde_html_form::Deserializer::new(form_urlencoded::parse(self.encoded.as_bytes()));
        serde_path_to_error::deserialize(de).map_err(|e| {
            let path = e.path().to_string();
            let key = path.split('[').next().unwrap_or_default();
            ApiError::bad_value(format!("`{key}`: {}", e.inner()))
        })
    }

    /// The page, range-checked.
    pub fn page(&self) -> Result<Page, ApiError> {
        let page: Page = self.get()?;
        for (key, n, max) in [
            ("limit", page.limit, MAX_LIMIT),
            ("offset", page.offset, MAX_OFFSET),
        ] {
            if n > max {
                return Err(ApiError::out_of_range(format!(
                    "`{key}` is {n}; it must be between 0 and {max}"
                )));
            }
        }
        Ok(page)
    }
}

/// The keys that may repeat: the library's list parameters.
const LIST_KEYS: &[&str] = &["filter", "facet"];

/// The field names of a parameter struct, as its query string spells them
/// (renames applied): asks the struct's own `Deserialize` which fields it
/// takes, so the allowed keys cannot drift from the structs.
pub fn names<T: DeserializeOwned>() -> &'static [&'static str] {
    struct Fields<'a>(&'a mut &'static [&'static str]);

    impl<'de> Deserializer<'de> for Fields<'_> {
        type Error = de::value::Error;

        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(de::Error::custom("not a struct"))
        }

        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _name: &'static str,
            fields: &'static [&'static str],
            _visitor: V,
        ) -> Result<V::Value, Self::Error> {
            *self.0 = fields;
            Err(de::Error::custom("fields read"))
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
            bytes byte_buf option unit unit_struct newtype_struct seq tuple
            tuple_struct map enum identifier ignored_any
        }
    }

    let mut fields: &'static [&'static str] = &[];
    let _ = T::deserialize(Fields(&mut fields));
    fields
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::{Restrictions, View};

    fn params(raw: &str) -> Result<Params, ApiError> {
        Params::parse(
            Some(raw),
            &[
                names::<Query>(),
                names::<Restrictions>(),
                names::<Page>(),
                names::<View>(),
            ],
        )
    }

    #[test]
    fn allowed_keys_are_the_structs_field_names() {
        assert_eq!(names::<Query>(), ["q"]);
        assert_eq!(names::<Restrictions>(), ["filter", "since", "until", "age"]);
        assert_eq!(names::<View>(), ["sort", "facet"]);
        for key in LIST_KEYS {
            assert!(names::<Restrictions>().contains(key) || names::<View>().contains(key));
        }
    }

    #[test]
    fn repeated_keys_keep_order_and_unknown_keys_are_named() {
        let p = params("q=%22epidural+steroid%22&filter=outcome%3D%2Foverturned&filter=year=/2014")
            .unwrap();
        assert_eq!(p.get::<Query>().unwrap().q, "\"epidural steroid\"");
        let r: Restrictions = p.get().unwrap();
        let filters: Vec<String> = r
            .filters
            .iter()
            .map(|f| format!("{}={}", f.field, f.value))
            .collect();
        assert_eq!(filters, ["outcome=/overturned", "year=/2014"]);
        let one: Restrictions = params("filter=outcome=/upheld").unwrap().get().unwrap();
        assert_eq!(one.filters.len(), 1);
        let err = params("q=x&colour=red").err().unwrap();
        assert!(err.message.contains("`colour`"), "{}", err.message);
    }

    #[test]
    fn numbers_are_range_checked_and_bad_values_named() {
        assert_eq!(
            params("limit=101").unwrap().page().err().unwrap().kind,
            "out_of_range"
        );
        let err = params("offset=x").unwrap().page().err().unwrap();
        assert_eq!(err.kind, "bad_value");
        assert!(err.message.starts_with("`offset`"), "{}", err.message);
        assert_eq!(params("").unwrap().page().unwrap(), Page::default());
        assert_eq!(params("limit=5&limit=7").unwrap().page().unwrap().limit, 7);
        let err = params("since=yesterday")
            .unwrap()
            .get::<Restrictions>()
            .err()
            .unwrap();
        assert!(
            err.message.starts_with("`since`: bad date"),
            "{}",
            err.message
        );
        let blank: Restrictions = params("since=&age=&filter=").unwrap().get().unwrap();
        assert_eq!(blank, Restrictions::default());
    }

    #[test]
    fn long_queries_and_bad_sorts_are_refused() {
        let long = format!("q={}", "a".repeat(MAX_QUERY_BYTES + 1));
        let q: Query = params(&long).unwrap().get().unwrap();
        assert_eq!(q.checked().err().unwrap().kind, "too_long");
        let err = params("sort=oldest").unwrap().get::<View>().err().unwrap();
        assert_eq!(err.kind, "bad_value");
        assert!(err.message.contains("`sort`"), "{}", err.message);
        let many = vec!["facet=outcome"; MAX_REPEATS + 1].join("&");
        assert_eq!(params(&many).err().unwrap().kind, "out_of_range");
    }
}
