//! Source markers: every spelling of a guideline source that starts a
//! citation, one row per source kind, in the order they are tried.

use super::super::markers::Kind;

/// Marker patterns (case-insensitive, non-capturing inside). Order matters
/// where two could start at the same place: the more specific comes first.
pub(in crate::normalize::citation) const MARKER_TABLE: &[(Kind, &str)] = &[
    // "https://www.cms.gov/...", "www.mdguidelines.com", "drugs.com": first, so
    // that a source name inside an address ("cms") is not a marker of its own.
    (
        Kind::Url,
        r"\bhttps?://\s*[\w.-]+(?:/\S*)?|\b(?:[\w-]+\.)+(?:com|org|gov|net|edu|int|info)\b(?:/\S*)?",
    ),
    // "MTUS Chronic Pain Medical Treatment 2016", "MTUS Low Back Complaints 2004",
    // "..., and Knee Complaints 2004": before the single-part markers so that
    // the whole name and its year are one marker.
    (
        Kind::MtusPart,
        r"(?:\bMTUS[:\s]{1,3}|,\s*and\s+)(?-i:[A-Z][\w'’&-]*)(?:,?\s+(?:(?:and|&|of|to|for|in)\s+)?(?-i:[A-Z][\w'’&-]*)){0,7}\s+(?:\(\s*(?:revised|updated|effective)\s+)?(?:19|20)\d\d\b\)?",
    ),
    (
        Kind::NoneCited,
        r"\bdid\s+not\s+cite\s+any\s+(?:medical\s+evidence|evidence|guidel?ines?)|\bno\s+(?:medical\s+evidence|guidel?ines?)\s+(?:was|were)\s+cited",
    ),
    (
        Kind::Lead,
        r"\bnon[\s-]*MTUS\s+citations?\s*:?|\bother\s+medical\s+treatment\s+guidel?ines?\s*:?",
    ),
    (
        Kind::Opioids,
        r"(?:MTUS\W{0,3})?opioids?\s+treatment\s+guidel?ines?|MTUS\W{0,3}opioids?\s+treatment",
    ),
    (
        Kind::GeneralApproaches,
        r"MTUS\W{0,3}general\s+approach(?:es)?\b",
    ),
    // "MTUS: Chronic Pain Medical Treatment Guidelines Page(s): 22",
    // "MTUS Chronic Pain, Opioids", "CA MTUS (Effective July 18, 2009) Chronic Pain ...",
    // and "MTUS (Effective July 18, 2009), page 63": that date is the Chronic Pain
    // guidelines' effective date, so the bare form names them too.
    (
        Kind::ChronicPain,
        r"MTUS\W{0,3}(?:\(\s*effective[^)]{0,30}\)\s*)?chronic\s+pain(?:\s+medical)?(?:\s+treatment)?(?:\s+guidel?ines?)?|chronic\s+pain\s+medical\s+treatment(?:\s+guidel?ines?)?|chronic\s+pain\s+treatment\s+guidel?ines?|\bCPMTG\b|MTUS\W{0,3}\(\s*effective\s+july\s+18,?\s+2009\s*\)",
    ),
    // "MTUS Acupuncture Medical Treatment Guidelines", "Acupuncture Medical Treatment Guidelines"
    (
        Kind::Acupuncture,
        r"(?:MTUS\W{0,3})?acupuncture\s+medical\s+treatment\s+guidel?ines?|MTUS\W{0,3}acupuncture(?:\s+(?:medical\s+)?treatment)?(?:\s+guidel?ines?)?",
    ),
    // "MTUS Postsurgical Treatment Guidelines, Knee", "Post-Surgical Treatment Guidelines"
    (
        Kind::Postsurgical,
        r"(?:MTUS\W{0,3})?post[\s-]*surgical\s+(?:treatment\s+)?guidel?ines?|(?:MTUS\W{0,3})?post[\s-]*surgical\s+treatment|MTUS\W{0,3}post[\s-]*surgical",
    ),
    // "American College of Occupational and Environmental Medicine (ACOEM) ...",
    // "ACOEM Practice Guidelines, 2nd Edition (2004)", "ACOEM's Occupational Medicine Practice Guidelines"
    (
        Kind::Acoem,
        r"american\s+college\s+of\s+occupational\s+(?:and|&)\s+environmental\s+medicine(?:\s*\(\s*ACOEM\s*\))?(?:\s*,?\s*(?:ACOEM\s+)?(?:occupational\s+medicine\s+)?practice\s+guidelines?)?|\bACOEM(?:['’]s)?(?:\s+(?:occupational\s+medicine\s+)?practice\s+guidelines?|\s+guidelines?)?|occupational\s+medicine\s+practice\s+guidelines?",
    ),
    // "Chapter 8 Neck and Upper Back Complaints" (after "MTUS:" or inside an ACOEM citation)
    (
        Kind::AcoemTitle,
        r"\b(?:neck\s+(?:and|&)\s+upper\s+back|shoulder|low\s+back|knee|ankle\s+(?:and|&)\s+foot|elbow|forearm,?\s+wrist,?\s+(?:and|&)\s+hand)\s+complaints\b|\bstress[\s-]+related\s+conditions\b",
    ),
    // "Official Disability Guidelines (ODG)", "ODG Pain Chapter"
    (
        Kind::Odg,
        r"official\s+disability\s+guidel?ines?(?:\s*\(\s*ODG\s*\))?|\bODG\b",
    ),
    // "Work Loss Data Institute" (ODG's publisher; see Kind::Wldi)
    (Kind::Wldi, r"work\s+loss\s+data\s+institute"),
    // Other sources: canonical name, then the spellings seen in letters.
    (
        Kind::Other("FDA"),
        r"(?:U\.?\s*S\.?\s+)?food\s+(?:and|&)\s+drug\s+administration(?:\s*\(\s*FDA\s*\))?(?:[\s-]*(?:approved\s+)?(?:label(?:ing)?|prescribing\s+information|package\s+insert))?|\bFDA\b(?:[\s-]*(?:approved\s+)?(?:drug\s+)?(?:label(?:ing)?|prescribing\s+information|package\s+insert))?",
    ),
    (
        Kind::Other("Prescribing Information"),
        r"(?:manufacturer['’]?s?\s+)?(?:prescribing\s+information|package\s+insert|product\s+(?:label(?:ing)?|monograph))",
    ),
    (
        Kind::Other("Physicians' Desk Reference"),
        r"physicians?['’]?\s*desk\s+reference|\bPDR\b",
    ),
    (Kind::Other("Medscape"), r"\bmedscape\b"),
    // "UpToDate" only in its own spellings: "up to date" is ordinary prose.
    (
        Kind::Other("UpToDate"),
        r"(?-i:\bUpToDate\b|\bUp\s*-?\s*[Tt]o\s*-?\s*Date\b|\bUPTODATE\b)",
    ),
    (
        Kind::Other("Aetna Clinical Policy Bulletin"),
        r"\baetna(?:\s+(?:clinical\s+)?policy\s+bulletins?(?:\s*(?:no\.?|number|#)?\s*:?\s*\d+)?)?",
    ),
    (
        Kind::Other("Anthem Medical Policy"),
        r"\banthem(?:\s+blue\s+cross)?(?:\s+medical\s+polic(?:y|ies))?",
    ),
    (
        Kind::Other("Blue Cross Blue Shield"),
        r"\bblue\s+cross(?:\s+(?:and\s+|&\s*)?blue\s+shield)?|\bBCBS\w*",
    ),
    (
        Kind::Other("Cigna"),
        r"\bcigna(?:\s+medical\s+coverage\s+polic(?:y|ies))?",
    ),
    (
        Kind::Other("UnitedHealthcare"),
        r"\bunited\s*health\s*care(?:\s+medical\s+polic(?:y|ies))?",
    ),
    (Kind::Other("Humana"), r"\bhumana\b"),
    (
        Kind::Other("Medicare (CMS)"),
        r"centers\s+for\s+medicare\s+(?:and|&)\s+medicaid\s+services(?:\s*\(\s*CMS\s*\))?|\bmedicare(?:\s+national\s+coverage\s+determinations?|\s+NCD)?\b|\bCMS\b",
    ),
    (
        Kind::Other("National Guideline Clearinghouse"),
        r"national\s+guidelines?\s+clearinghouse(?:\s*\(\s*NGC\s*\))?|\bNGC\b",
    ),
    (
        Kind::Other("Agency for Healthcare Research and Quality"),
        r"agency\s+for\s+health\s*care\s+research\s+(?:and|&)\s+quality(?:\s*\(\s*AHRQ\s*\))?|\bAHRQ\b",
    ),
    (
        Kind::Other("AMA Guides to the Evaluation of Permanent Impairment"),
        r"\bAMA\s+guides?(?:\s+to\s+the\s+evaluation\s+of\s+permanent\s+impairment)?|guides\s+to\s+the\s+evaluation\s+of\s+permanent\s+impairment",
    ),
    (
        Kind::Other("American Academy of Orthopaedic Surgeons"),
        r"american\s+academy\s+of\s+orthopa?edic\s+surgeons(?:\s*\(\s*AAOS\s*\))?|\bAAOS\b",
    ),
    (
        Kind::Other("American College of Radiology"),
        r"american\s+college\s+of\s+radiology(?:\s*\(\s*ACR\s*\))?(?:\s+appropriateness\s+criteria)?|\bACR\s+appropriateness\s+criteria",
    ),
    (
        Kind::Other("American Society of Interventional Pain Physicians"),
        r"american\s+society\s+of\s+interventional\s+pain\s+physicians(?:\s*\(\s*ASIPP\s*\))?|\bASIPP\b",
    ),
    (
        Kind::Other("Colorado Division of Workers' Compensation"),
        r"\bcolorado(?:\s+division\s+of\s+workers['’]?\s*comp\w*)?(?:\s+medical\s+treatment\s+guidelines?)?",
    ),
    (
        Kind::Other("Centers for Disease Control and Prevention"),
        r"centers\s+for\s+disease\s+control(?:\s+(?:and|&)\s+prevention)?(?:\s*\(\s*CDC\s*\))?|\bCDC\b",
    ),
    (
        Kind::Other("National Institutes of Health"),
        r"national\s+institutes?\s+of\s+health(?:\s*\(\s*NIH\s*\))?|\bNIH\b",
    ),
    (Kind::Other("Micromedex"), r"\bmicromedex\b"),
    (Kind::Other("Drugs.com"), r"\bdrugs\.com\b"),
    (Kind::Other("Epocrates"), r"\bepocrates\b"),
    (Kind::Other("Lexicomp"), r"\blexi-?comp\b"),
    (Kind::Other("Merck Manual"), r"\bmerck\s+manuals?\b"),
    (Kind::Other("MedlinePlus"), r"\bmedline\s*plus\b"),
    (Kind::Other("WebMD"), r"\bwebmd\b"),
    (Kind::Other("Wikipedia"), r"\bwikipedia\b"),
    (
        Kind::Other("Cochrane Database of Systematic Reviews"),
        r"\bcochrane(?:\s+(?:database|library|review|collaboration)s?(?:\s+of\s+systematic\s+reviews)?)?",
    ),
    (
        Kind::Other("New England Journal of Medicine"),
        r"new\s+england\s+journal\s+of\s+medicine|\bN\.?\s*Engl\.?\s+J\.?\s+Med\b",
    ),
    (
        Kind::Other("JAMA"),
        r"journal\s+of\s+the\s+american\s+medical\s+association|\bJAMA\b",
    ),
    // Generic article signs: "Smith J, et al.", "Journal of Pain", "J Bone Joint Surg".
    (
        Kind::Other("Journal article"),
        r"\bet\s+al\b\.?|\bjournal\s+of\b|\bJ\s+(?:bone|am|pain|clin|neurosurg|occup|spinal)\b|\bpubmed\b",
    ),
];
