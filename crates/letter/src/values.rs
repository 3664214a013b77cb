//! The closed values a record takes: an item's [`Outcome`], a letter's
//! [`FinalDetermination`] and the worker's [`Gender`], with the names JSON
//! and the index use for them.
//!
//! They sit at the bottom of the crate, below `letter` (the record) and
//! `normalize` (the vocabularies), so that both can name them; `letter`
//! re-exports them where they were first defined.

use serde::{Deserialize, Serialize};

/// The outcome of one disputed item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The UR denial stands: not medically necessary.
    Upheld,
    /// The UR denial is reversed: medically necessary.
    Overturned,
}

impl Outcome {
    /// The name used in JSON and in the index.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Upheld => "upheld",
            Outcome::Overturned => "overturned",
        }
    }
}

/// The letter's overall result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FinalDetermination {
    /// Every item upheld.
    Uphold,
    /// Every item overturned.
    Overturn,
    /// Some items upheld, some overturned.
    Partial,
}

impl FinalDetermination {
    /// The name used in JSON and in the index.
    pub fn as_str(self) -> &'static str {
        match self {
            FinalDetermination::Uphold => "uphold",
            FinalDetermination::Overturn => "overturn",
            FinalDetermination::Partial => "partial",
        }
    }

    /// The letter-level result implied by its items' outcomes, if any.
    pub fn from_outcomes<'a>(outcomes: impl IntoIterator<Item = &'a Outcome>) -> Option<Self> {
        let (mut up, mut over) = (false, false);
        for o in outcomes {
            match o {
                Outcome::Upheld => up = true,
                Outcome::Overturned => over = true,
            }
        }
        match (up, over) {
            (true, false) => Some(FinalDetermination::Uphold),
            (false, true) => Some(FinalDetermination::Overturn),
            (true, true) => Some(FinalDetermination::Partial),
            (false, false) => None,
        }
    }
}

/// The injured worker's gender as the summary states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    /// "female", "woman", "she".
    Female,
    /// "male", "man", "he".
    Male,
}

impl Gender {
    /// The name used in JSON and in the index.
    pub fn as_str(self) -> &'static str {
        match self {
            Gender::Female => "female",
            Gender::Male => "male",
        }
    }
}
