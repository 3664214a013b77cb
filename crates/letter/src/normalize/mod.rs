//! Controlled vocabularies: one module per concept, each turning the free text
//! of a letter into the canonical values users facet on.
//!
//! - [`citation`]: guideline citations -> `/MTUS/...`, `/ODG/...` facet paths
//! - [`specialty`]: reviewer specialty text -> canonical specialty names
//! - [`service`]: disputed item text -> `/<category>[/<subcategory>]` paths
//! - [`region`]: service and diagnosis text -> body region paths
//! - [`reason`]: an item's rationale and outcome -> decision reason paths
//! - [`memo`]: per-thread memo tables in front of citation and service
//! - [`state`]: licensure text -> US state names

pub mod citation;
pub mod memo;
pub mod reason;
pub mod region;
pub mod service;
pub mod specialty;
pub mod state;
