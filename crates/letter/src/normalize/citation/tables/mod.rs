//! The citation vocabularies: what letters write and the canonical names
//! it maps to. Adding a spelling or a source is an edit here; the code that
//! reads them is in the family files beside this folder.

mod acoem;
mod markers;
mod mtus;
mod odg;
mod other;
mod prose;

pub(super) use acoem::{ACOEM2_TABLE, ACOEM3_TABLE};
pub(super) use markers::MARKER_TABLE;
#[cfg(test)]
pub(super) use mtus::FORMULARY;
pub(super) use mtus::{
    ACUPUNCTURE, CPMTG, GENERAL_APPROACHES, OPIOIDS, PART_TABLE, POSTSURGICAL, TOPIC_TABLE,
};
pub(super) use odg::{ODG_CHAPTER_TABLE, ODG_ITDDG, ODG_PREFACE, ODG_TWC};
pub(super) use other::{SITE_TABLE, WLDI};
pub(super) use prose::{STOP_ANY, STOP_FIRST};
