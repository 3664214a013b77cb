//! What a letter is made of: its layout, the body region, the services in
//! dispute and the guideline citations that support or deny them. The
//! tables of them are in `vocab.rs`.

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Layout {
    Determination2014,
    Letterhead2013,
    ProfessionalReview,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Region {
    Any,
    Lumbar,
    Cervical,
    Shoulder,
    Knee,
    Wrist,
}

pub(crate) const REGIONS: [Region; 5] = [
    Region::Lumbar,
    Region::Cervical,
    Region::Shoulder,
    Region::Knee,
    Region::Wrist,
];

/// Which rationale sentence pool a service draws from.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Opioid,
    Medication,
    Topical,
    Therapy,
    Injection,
    Imaging,
    Surgery,
    Equipment,
    Program,
    Testing,
    Visit,
}

/// How the requested quantity is written after the service name.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Qty {
    None,
    Pills,
    Sessions,
    Grams,
}

/// Guideline families, as the letters cite them.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fam {
    /// MTUS Chronic Pain Medical Treatment Guidelines: topic, pages.
    Cp,
    /// MTUS Postsurgical Treatment Guidelines: body part, pages.
    Post,
    /// MTUS ACOEM 2nd edition chapter: chapter, pages.
    Acoem,
    /// MTUS Acupuncture Medical Treatment Guidelines.
    Acup,
    /// ODG: chapter (index into ODG_CHAPTERS), topic.
    Odg(usize),
    /// ACOEM 3rd edition (not MTUS): chapter, topic.
    Acoem3,
    Medscape,
    UpToDate,
    Payer,
    Fda,
}

#[derive(Clone, Copy)]
pub(crate) struct Cite {
    pub(crate) fam: Fam,
    pub(crate) a: &'static str,
    pub(crate) b: &'static str,
}

impl Cite {
    pub(crate) fn is_mtus(self) -> bool {
        matches!(self.fam, Fam::Cp | Fam::Post | Fam::Acoem | Fam::Acup)
    }
}

pub(crate) const fn c(fam: Fam, a: &'static str, b: &'static str) -> Cite {
    Cite { fam, a, b }
}

pub(crate) struct Service {
    pub(crate) name: &'static str,
    pub(crate) kind: Kind,
    pub(crate) region: Region,
    pub(crate) qty: Qty,
    pub(crate) cites: &'static [Cite],
}

pub(crate) const fn s(
    name: &'static str,
    kind: Kind,
    region: Region,
    qty: Qty,
    cites: &'static [Cite],
) -> Service {
    Service {
        name,
        kind,
        region,
        qty,
        cites,
    }
}
