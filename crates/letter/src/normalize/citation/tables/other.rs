//! Other sources' vocabulary: ODG's publisher and the web sites of known
//! sources.

pub(in crate::normalize::citation) const WLDI: &str = "Work Loss Data Institute";

/// Sites of known sources, by registered domain.
pub(in crate::normalize::citation) const SITE_TABLE: &[(&str, &str)] = &[
    ("cms.gov", "/Other/Medicare (CMS)"),
    ("medicare.gov", "/Other/Medicare (CMS)"),
    ("fda.gov", "/Other/FDA"),
    ("nih.gov", "/Other/National Institutes of Health"),
    (
        "cdc.gov",
        "/Other/Centers for Disease Control and Prevention",
    ),
    (
        "ahrq.gov",
        "/Other/Agency for Healthcare Research and Quality",
    ),
    ("guideline.gov", "/Other/National Guideline Clearinghouse"),
    ("medlineplus.gov", "/Other/MedlinePlus"),
    ("uptodate.com", "/Other/UpToDate"),
    ("medscape.com", "/Other/Medscape"),
    ("medscape.org", "/Other/Medscape"),
    ("aetna.com", "/Other/Aetna Clinical Policy Bulletin"),
    ("drugs.com", "/Other/Drugs.com"),
    ("webmd.com", "/Other/WebMD"),
    ("wikipedia.org", "/Other/Wikipedia"),
    ("nejm.org", "/Other/New England Journal of Medicine"),
    ("jamanetwork.com", "/Other/JAMA"),
    (
        "cochranelibrary.com",
        "/Other/Cochrane Database of Systematic Reviews",
    ),
    ("odg-twc.com", "/ODG"),
];
