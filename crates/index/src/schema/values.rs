//! Typed facet values: each closed facet's value type has one conversion to
//! its facet path and one back, here and nowhere else. The document builder
//! writes with [`FacetValue::path`], readers decode with
//! [`FacetValue::from_path`], and filters on a closed facet are checked
//! against [`FacetValue::ALL`] (the field table names each closed facet's
//! type).
//!
//! A missing outcome or final determination is a value of its own
//! (`/unknown`), so those facets are typed as `Option<_>`.

use imr_letter::letter::{FinalDetermination, Gender, Outcome};
use imr_letter::normalize::NONE_CITED;

/// A value of a closed facet.
pub trait FacetValue: Copy + Sized + 'static {
    /// Every value, in the order lists show them.
    const ALL: &'static [Self];

    /// The value's path segment (`upheld`, `none cited`).
    fn name(self) -> &'static str;

    /// The facet path the index stores (`/upheld`).
    fn path(self) -> String {
        format!("/{}", self.name())
    }

    /// The value a facet path names, in any letter case; `None` for a path
    /// that names no value.
    fn from_path(path: &str) -> Option<Self> {
        let first = path.split('/').map(str::trim).find(|s| !s.is_empty())?;
        Self::ALL
            .iter()
            .copied()
            .find(|v| v.name().eq_ignore_ascii_case(first))
    }
}

/// The names of every value of `T`, for listing valid values.
pub fn names<T: FacetValue>() -> Vec<&'static str> {
    T::ALL.iter().map(|v| v.name()).collect()
}

/// An outcome a user asks for (`--outcome`, `outcome=`): `upheld` or
/// `overturned`, in any letter case.
pub fn decided_outcome(text: &str) -> Result<Outcome, String> {
    match Option::<Outcome>::from_path(text) {
        Some(Some(outcome)) => Ok(outcome),
        _ => Err(format!("expected `overturned` or `upheld`, got `{text}`")),
    }
}

/// The path segment of a missing value.
const UNKNOWN: &str = "unknown";

impl FacetValue for Option<Outcome> {
    const ALL: &'static [Self] = &[Some(Outcome::Upheld), Some(Outcome::Overturned), None];
    fn name(self) -> &'static str {
        self.map_or(UNKNOWN, Outcome::as_str)
    }
}

impl FacetValue for Option<FinalDetermination> {
    const ALL: &'static [Self] = &[
        Some(FinalDetermination::Uphold),
        Some(FinalDetermination::Overturn),
        Some(FinalDetermination::Partial),
        None,
    ];
    fn name(self) -> &'static str {
        self.map_or(UNKNOWN, FinalDetermination::as_str)
    }
}

impl FacetValue for Gender {
    const ALL: &'static [Self] = &[Gender::Female, Gender::Male];
    fn name(self) -> &'static str {
        self.as_str()
    }
}

/// A yes/no facet (`modified`, `ca_licensed`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YesNo {
    /// `/yes`.
    Yes,
    /// `/no`.
    No,
}

impl From<bool> for YesNo {
    fn from(b: bool) -> Self {
        if b {
            YesNo::Yes
        } else {
            YesNo::No
        }
    }
}

impl FacetValue for YesNo {
    const ALL: &'static [Self] = &[YesNo::Yes, YesNo::No];
    fn name(self) -> &'static str {
        match self {
            YesNo::Yes => "yes",
            YesNo::No => "no",
        }
    }
}

/// Whether the expert reviewer relied on a guideline family the claims
/// administrator's UR decision also cited (the `ur_match` facet).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrMatch {
    /// At least one family in common.
    Same,
    /// Both cited something, no family in common.
    Different,
    /// Either side cited nothing: nothing to compare.
    NoneCited,
}

impl FacetValue for UrMatch {
    const ALL: &'static [Self] = &[UrMatch::Same, UrMatch::Different, UrMatch::NoneCited];
    fn name(self) -> &'static str {
        match self {
            UrMatch::Same => "same",
            UrMatch::Different => "different",
            UrMatch::NoneCited => "none cited",
        }
    }
}

impl UrMatch {
    /// Compares the two sides' guideline paths by family (the first path
    /// segment: MTUS, ODG, ACOEM, Other). The parser's path for a side that
    /// cited no medical evidence is not a family.
    pub fn of(reviewer: &[String], claims_administrator: &[String]) -> UrMatch {
        let none = NONE_CITED.trim_start_matches('/');
        // Borrowed family names: this runs for every item a build writes.
        fn families<'a>(paths: &'a [String], none: &str) -> std::collections::BTreeSet<&'a str> {
            paths
                .iter()
                .filter_map(|p| p.split('/').map(str::trim).find(|s| !s.is_empty()))
                .filter(|f| *f != none)
                .collect()
        }
        let (ours, theirs) = (
            families(reviewer, none),
            families(claims_administrator, none),
        );
        if ours.is_empty() || theirs.is_empty() {
            UrMatch::NoneCited
        } else if ours.intersection(&theirs).next().is_some() {
            UrMatch::Same
        } else {
            UrMatch::Different
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trips<T: FacetValue + PartialEq + std::fmt::Debug>() {
        for v in T::ALL {
            assert_eq!(T::from_path(&v.path()), Some(*v));
            assert_eq!(T::from_path(&v.path().to_uppercase()), Some(*v));
        }
        assert_eq!(T::from_path("/no such value"), None);
        assert_eq!(T::from_path(""), None);
    }

    #[test]
    fn every_value_round_trips_through_its_path() {
        round_trips::<Option<Outcome>>();
        round_trips::<Option<FinalDetermination>>();
        round_trips::<Gender>();
        round_trips::<YesNo>();
        round_trips::<UrMatch>();
        assert_eq!(None::<Outcome>.path(), "/unknown");
        assert_eq!(UrMatch::NoneCited.path(), "/none cited");
        assert_eq!(decided_outcome("Upheld"), Ok(Outcome::Upheld));
        assert!(decided_outcome("unknown").is_err());
    }
}
