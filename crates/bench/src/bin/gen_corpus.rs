//! Synthetic IMR decision letter corpus for load tests and benchmarks.
//!
//! ```text
//! cargo run --release --example gen_corpus -- --out DIR --count N [--seed S]
//! ```
//!
//! Writes `N` letters into `DIR/00000/`, `DIR/00001/`, ... (1,000 files per
//! shard) in the three published layouts (about 70% 2014 determinations, 15%
//! 2013 letterheads, 15% medical professional reviews), with the
//! PDF-to-text artefacts that published letters carry: lines
//! followed by empty lines or not, trailing spaces or not, CRLF, form feeds
//! with running footers and case-number headers, Windows-1252 apostrophes,
//! header tables flat or flattened, glued dates and diagnoses, long item
//! names that wrap, and hashed file names for letters without a case number.
//!
//! Output is a pure function of `(seed, letter index)`: every letter draws
//! from its own random stream, so the corpus is identical whatever the
//! thread count. Case numbers come from a bijection on the index, so they are
//! unique up to ten million letters.
//!
//! Speed: each rayon task owns one shard and reuses its text buffers for all
//! its letters, so a letter costs no allocation once the buffers have grown.
//! The rationales are assembled from pools of sentences, so phrase queries
//! against the corpus get realistic, skewed hit counts.

use std::fmt::Write as _;
use std::fs::{self, File};
use std::io::{BufWriter, Write as _};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::Parser;
use rayon::prelude::*;

/// Command-line options.
#[derive(Parser, Debug)]
#[command(about = "Write a synthetic corpus of IMR decision letters")]
struct Args {
    /// Output directory (created if missing); shards go in numbered subfolders.
    #[arg(long)]
    out: PathBuf,
    /// Number of letters to write (at most 10,000,000).
    #[arg(long)]
    count: u64,
    /// Seed for the random streams; the same seed gives the same corpus.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Letters per shard subfolder.
    #[arg(long, default_value_t = 1000)]
    shard_size: u64,
}

fn main() -> Result<()> {
    let args = Args::parse();
    if args.count > 10_000_000 {
        bail!(
            "--count {} is above 10,000,000: case numbers would repeat",
            args.count
        );
    }
    if args.shard_size == 0 {
        bail!("--shard-size must be at least 1");
    }
    fs::create_dir_all(&args.out)
        .with_context(|| format!("creating output directory {}", args.out.display()))?;
    let start = Instant::now();
    let shards = args.count.div_ceil(args.shard_size);
    let bytes: u64 = (0..shards)
        .into_par_iter()
        .map(|shard| {
            let first = shard * args.shard_size;
            let last = (first + args.shard_size).min(args.count);
            write_shard(&args.out, shard, first..last, args.seed)
        })
        .try_reduce(|| 0, |a, b| Ok(a + b))?;
    let secs = start.elapsed().as_secs_f64();
    println!(
        "files: {}  bytes: {} ({:.1} MB)  seconds: {:.2}  ({:.0} letters/s, {:.1} MB/s)",
        args.count,
        bytes,
        bytes as f64 / 1e6,
        secs,
        args.count as f64 / secs.max(1e-9),
        bytes as f64 / 1e6 / secs.max(1e-9)
    );
    Ok(())
}

/// Writes one shard folder; returns the bytes written.
fn write_shard(out: &Path, shard: u64, range: std::ops::Range<u64>, seed: u64) -> Result<u64> {
    let dir = out.join(format!("{shard:05}"));
    fs::create_dir_all(&dir).with_context(|| format!("creating shard {}", dir.display()))?;
    let mut gen = Gen::new();
    let mut path = dir.clone();
    let mut total = 0;
    for index in range {
        gen.letter(index, seed);
        path.push(&gen.file_name);
        let file = File::create(&path).with_context(|| format!("creating {}", path.display()))?;
        let mut w = BufWriter::with_capacity(64 * 1024, file);
        w.write_all(&gen.out)
            .and_then(|()| w.flush())
            .with_context(|| format!("writing {}", path.display()))?;
        path.pop();
        total += gen.out.len() as u64;
    }
    Ok(total)
}

// ───────────────────────────── randomness ─────────────────────────────

/// SplitMix64's output function: a bijection on u64, used both to seed the
/// per-letter streams and to make hashed file names (unique because the
/// function is invertible).
fn splitmix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// xorshift64* stream; small, fast and good enough for picking words.
struct Rng(u64);

impl Rng {
    fn new(seed: u64, index: u64) -> Self {
        let s = splitmix(seed ^ splitmix(index.wrapping_add(0xA076_1D64_78BD_642F)));
        Rng(s | 1)
    }
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (((self.next() >> 32) * n as u64) >> 32) as usize
    }
    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + self.below((hi - lo + 1) as usize) as u32
    }
    /// True with probability `pct` percent.
    fn pct(&mut self, pct: u32) -> bool {
        self.below(100) < pct as usize
    }
    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len())]
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

// ───────────────────────────── dates ─────────────────────────────

#[derive(Clone, Copy)]
struct Date {
    y: i64,
    m: u32,
    d: u32,
}

impl Date {
    /// Howard Hinnant's civil_from_days.
    fn from_days(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        Date {
            y: yoe + era * 400 + i64::from(m <= 2),
            m,
            d,
        }
    }
    /// Days since 1970-01-01 of the first day of `year`.
    fn year_start(year: i64) -> i64 {
        let y = year - 1;
        365 * (year - 1970) + (y / 4 - y / 100 + y / 400) - (1969 / 4 - 1969 / 100 + 1969 / 400)
    }
    fn write(self, s: &mut String, long: bool) {
        // Writing into a String cannot fail.
        let _ = if long {
            write!(s, "{:02}/{:02}/{:04}", self.m, self.d, self.y)
        } else {
            write!(s, "{}/{}/{:02}", self.m, self.d, self.y % 100)
        };
    }
}

// ───────────────────────────── page text ─────────────────────────────

/// Logical lines of one letter before the PDF-to-text styling is applied.
/// A line holding only `\x0c` asks for a page break at that point.
#[derive(Default)]
struct Lines {
    text: String,
    ends: Vec<usize>,
    width: usize,
}

impl Lines {
    fn clear(&mut self, width: usize) {
        self.text.clear();
        self.ends.clear();
        self.width = width;
    }
    /// One line as given, with the trailing space pdftotext leaves.
    fn line(&mut self, s: &str) {
        self.text.push_str(s);
        if !s.ends_with(' ') {
            self.text.push(' ');
        }
        self.ends.push(self.text.len());
    }
    /// The paragraph separator: a line holding one space.
    fn sep(&mut self) {
        self.line(" ");
    }
    fn empty(&mut self) {
        self.ends.push(self.text.len());
    }
    fn page_break(&mut self) {
        self.text.push('\x0c');
        self.ends.push(self.text.len());
    }
    /// Greedy word wrap; each line keeps the spaces it broke at, so a line
    /// can end with one or two spaces like the seed letter.
    fn para(&mut self, text: &str) {
        let t = text.trim();
        let b = t.as_bytes();
        let mut line_start = 0;
        let mut prev: Option<usize> = None; // start of the word after the last gap
        let mut pos = 0;
        while pos < b.len() {
            let word_end = b[pos..]
                .iter()
                .position(|&c| c == b' ')
                .map_or(b.len(), |p| pos + p);
            if let Some(next) = prev {
                if word_end - line_start > self.width && next > line_start {
                    self.text.push_str(&t[line_start..next]);
                    self.ends.push(self.text.len());
                    line_start = next;
                }
            }
            let mut next = word_end;
            while next < b.len() && b[next] == b' ' {
                next += 1;
            }
            prev = Some(next);
            pos = next;
        }
        if line_start < b.len() {
            self.line(&t[line_start..]);
        }
    }
}

/// How one letter's text is laid out in bytes.
struct Style {
    doubled: bool,
    trailing: bool,
    crlf: bool,
    cp1252: bool,
    /// Apostrophes written as U+2019 (valid UTF-8).
    curly: bool,
    /// Lines per page when page breaks are drawn, else 0.
    page_len: usize,
    footer: bool,
    running_header: bool,
}

/// Turns logical lines into the bytes a PDF-to-text tool would leave.
fn render(lines: &Lines, style: &Style, case: &str, out: &mut Vec<u8>) {
    let is_break = |i: usize| -> bool {
        let s = if i == 0 { 0 } else { lines.ends[i - 1] };
        &lines.text[s..lines.ends[i]] == "\x0c"
    };
    // First pass: count pages so footers can say "Page k of M".
    let mut pages = 1;
    if style.page_len > 0 {
        let mut on_page = 0;
        for i in 0..lines.ends.len() {
            if is_break(i) || on_page == style.page_len {
                pages += 1;
                on_page = 0;
            }
            on_page += usize::from(!is_break(i));
        }
    }
    let nl: &[u8] = match (style.crlf, style.doubled) {
        (false, false) => b"\n",
        (false, true) => b"\n\n",
        (true, false) => b"\r\n",
        (true, true) => b"\r\n\r\n",
    };
    let emit = |out: &mut Vec<u8>, line: &str| {
        let line = if style.trailing {
            line
        } else {
            line.trim_end_matches(' ')
        };
        if style.cp1252 || style.curly {
            // Word-processor apostrophes: 0x92 in Windows-1252 (invalid
            // UTF-8), or U+2019 in valid UTF-8.
            for &b in line.as_bytes() {
                match (b, style.cp1252) {
                    (b'\'', true) => out.push(0x92),
                    (b'\'', false) => out.extend_from_slice("\u{2019}".as_bytes()),
                    _ => out.push(b),
                }
            }
        } else {
            out.extend_from_slice(line.as_bytes());
        }
        out.extend_from_slice(nl);
    };
    let mut page = 1;
    let mut on_page = 0;
    let mut pending_ff = false;
    let mut hdr = String::new();
    let mut start = 0;
    for i in 0..lines.ends.len() {
        let line = &lines.text[start..lines.ends[i]];
        start = lines.ends[i];
        let forced = line == "\x0c";
        if style.page_len > 0 && (forced || on_page == style.page_len) {
            if style.footer {
                hdr.clear();
                let _ = write!(hdr, "Page {page} of {pages} ");
                emit(out, &hdr);
            }
            page += 1;
            on_page = 0;
            if style.running_header && !case.is_empty() {
                hdr.clear();
                let _ = write!(
                    hdr,
                    "\x0cFinal Determination Letter for IMR Case Number {case} "
                );
                emit(out, &hdr);
            } else {
                pending_ff = true;
            }
        }
        if forced {
            continue;
        }
        if pending_ff {
            out.push(0x0c);
            pending_ff = false;
        }
        emit(out, line);
        on_page += 1;
    }
    out.extend_from_slice(if style.crlf { b"\r\n" } else { b"\n" });
}

// ───────────────────────────── vocabulary ─────────────────────────────

#[derive(Clone, Copy, PartialEq, Eq)]
enum Layout {
    Determination2014,
    Letterhead2013,
    ProfessionalReview,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Region {
    Any,
    Lumbar,
    Cervical,
    Shoulder,
    Knee,
    Wrist,
}

const REGIONS: [Region; 5] = [
    Region::Lumbar,
    Region::Cervical,
    Region::Shoulder,
    Region::Knee,
    Region::Wrist,
];

/// Which rationale sentence pool a service draws from.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
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
enum Qty {
    None,
    Pills,
    Sessions,
    Grams,
}

/// Guideline families, as the letters cite them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fam {
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
struct Cite {
    fam: Fam,
    a: &'static str,
    b: &'static str,
}

impl Cite {
    fn is_mtus(self) -> bool {
        matches!(self.fam, Fam::Cp | Fam::Post | Fam::Acoem | Fam::Acup)
    }
}

const fn c(fam: Fam, a: &'static str, b: &'static str) -> Cite {
    Cite { fam, a, b }
}

struct Service {
    name: &'static str,
    kind: Kind,
    region: Region,
    qty: Qty,
    cites: &'static [Cite],
}

const fn s(
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

/// Word lists and citation tables, kept one entry per line for reading.
#[rustfmt::skip]
mod vocab {
    use super::{Cite, Fam, Kind, Service, c, s};

    /// ODG chapter names in the spellings letters use; one row per chapter.
    pub(super) const ODG_CHAPTERS: [&[&str]; 7] = [
        &["Pain (Chronic)", "Pain Chapter", "Pain"],
        &[
            "Low Back, Lumbar & Thoracic (Acute & Chronic)",
            "Low Back Chapter",
            "Low Back",
        ],
        &["Knee & Leg (Acute & Chronic)", "Knee & Leg", "Knee Chapter"],
        &[
            "Neck and Upper Back (Acute & Chronic)",
            "Neck Chapter",
            "Neck and Upper Back",
        ],
        &["Shoulder (Acute & Chronic)", "Shoulder Chapter", "Shoulder"],
        &[
            "Forearm, Wrist, & Hand (Acute & Chronic)",
            "Carpal Tunnel Syndrome",
            "Forearm, Wrist & Hand",
        ],
        &[
            "Fitness for Duty",
            "Mental Illness & Stress",
            "Fitness For Duty Chapter",
        ],
    ];
    pub(super) const PAIN: usize = 0;
    pub(super) const LBACK: usize = 1;
    pub(super) const KNEE: usize = 2;
    pub(super) const NECK: usize = 3;
    pub(super) const SHOULDER: usize = 4;
    pub(super) const HAND: usize = 5;
    pub(super) const FIT: usize = 6;


    pub(super) const OPIOID_CITES: &[Cite] = &[
        c(Fam::Cp, "Opioids, criteria for use", "78-80"),
        c(Fam::Cp, "Opioids for chronic pain", "80-81"),
        c(Fam::Cp, "Opioids, specific drug list", "91-94"),
        c(Fam::Odg(PAIN), "Opioids", ""),
        c(Fam::Fda, "opioid analgesic class labeling", ""),
    ];
    pub(super) const NSAID_CITES: &[Cite] = &[
        c(Fam::Cp, "NSAIDs (non-steroidal anti-inflammatory drugs)", "67-68"),
        c(Fam::Cp, "Anti-inflammatory medications", "22"),
        c(Fam::Cp, "NSAIDs, GI symptoms & cardiovascular risk", "68-69"),
        c(Fam::Odg(PAIN), "NSAIDs (non-steroidal anti-inflammatory drugs)", ""),
    ];
    pub(super) const PPI_CITES: &[Cite] = &[
        c(Fam::Cp, "NSAIDs, GI symptoms & cardiovascular risk", "68-69"),
        c(Fam::Odg(PAIN), "Proton pump inhibitors (PPIs)", ""),
        c(Fam::UpToDate, "Proton pump inhibitors: overview of use and adverse effects", ""),
    ];
    pub(super) const RELAXANT_CITES: &[Cite] = &[
        c(Fam::Cp, "Muscle relaxants (for pain)", "63-66"),
        c(Fam::Cp, "Cyclobenzaprine (Flexeril)", "41-42"),
        c(Fam::Cp, "Carisoprodol (Soma)", "29"),
        c(Fam::Odg(PAIN), "Muscle relaxants (for pain)", ""),
    ];
    pub(super) const NEURO_CITES: &[Cite] = &[
        c(Fam::Cp, "Antiepilepsy drugs (AEDs)", "16-18"),
        c(Fam::Cp, "Antidepressants for chronic pain", "13-16"),
        c(Fam::Cp, "Duloxetine (Cymbalta)", "43-44"),
        c(Fam::Odg(PAIN), "Anti-epilepsy drugs (AEDs) for pain", ""),
    ];
    pub(super) const SLEEP_CITES: &[Cite] = &[
        c(Fam::Odg(PAIN), "Insomnia treatment", ""),
        c(Fam::Odg(PAIN), "Zolpidem (Ambien)", ""),
        c(Fam::Fda, "zolpidem tartrate", ""),
        c(Fam::Medscape, "Insomnia treatment & management", ""),
    ];
    pub(super) const MISC_DRUG_CITES: &[Cite] = &[
        c(Fam::Odg(PAIN), "Antiemetics (for opioid nausea)", ""),
        c(Fam::Cp, "Opioids, initiating therapy", "77"),
        c(Fam::Fda, "ondansetron", ""),
        c(Fam::UpToDate, "Management of chronic constipation in adults", ""),
    ];
    pub(super) const TOPICAL_CITES: &[Cite] = &[
        c(Fam::Cp, "Topical Analgesics", "111-113"),
        c(Fam::Cp, "Lidoderm (lidocaine patch)", "56-57"),
        c(Fam::Odg(PAIN), "Compound drugs", ""),
        c(Fam::Fda, "topical ketoprofen", ""),
    ];
    pub(super) const PT_CITES: &[Cite] = &[
        c(Fam::Cp, "Physical Medicine", "98-99"),
        c(Fam::Acoem, "Chapter 12 Low Back Complaints", "page 299"),
        c(Fam::Odg(LBACK), "Physical therapy (PT)", ""),
        c(Fam::Odg(NECK), "Physical therapy", ""),
    ];
    pub(super) const CHIRO_CITES: &[Cite] = &[
        c(Fam::Cp, "Manual therapy & manipulation", "58-59"),
        c(Fam::Odg(LBACK), "Manipulation", ""),
    ];
    pub(super) const ACUP_CITES: &[Cite] = &[
        c(Fam::Acup, "", ""),
        c(Fam::Payer, "Aetna Clinical Policy Bulletin: Acupuncture", ""),
        c(Fam::Medscape, "Acupuncture for chronic pain", ""),
    ];
    pub(super) const AQUA_CITES: &[Cite] = &[
        c(Fam::Cp, "Aquatic therapy", "22"),
        c(Fam::Cp, "Physical Medicine", "98-99"),
    ];
    pub(super) const ESI_CITES: &[Cite] = &[
        c(Fam::Cp, "Epidural steroid injections (ESIs)", "46"),
        c(Fam::Odg(LBACK), "Epidural steroid injections (ESIs), therapeutic", ""),
        c(Fam::Acoem3, "Low Back Disorders", "Epidural injections"),
        c(Fam::Payer, "Aetna Clinical Policy Bulletin: Back Pain - Invasive Procedures", ""),
    ];
    pub(super) const CESI_CITES: &[Cite] = &[
        c(Fam::Cp, "Epidural steroid injections (ESIs)", "46"),
        c(Fam::Odg(NECK), "Epidural steroid injection (ESI)", ""),
        c(Fam::Acoem3, "Cervical and Thoracic Spine Disorders", "Epidural injections"),
    ];
    pub(super) const FACET_CITES: &[Cite] = &[
        c(Fam::Acoem, "Chapter 12 Low Back Complaints", "pages 300-301"),
        c(Fam::Odg(LBACK), "Facet joint diagnostic blocks (injections)", ""),
        c(Fam::Odg(LBACK), "Facet joint radiofrequency neurotomy", ""),
    ];
    pub(super) const TPI_CITES: &[Cite] = &[
        c(Fam::Cp, "Trigger point injections", "122"),
        c(Fam::Odg(PAIN), "Trigger point injections", ""),
    ];
    pub(super) const KNEE_INJ_CITES: &[Cite] = &[
        c(Fam::Odg(KNEE), "Hyaluronic acid injections", ""),
        c(Fam::Acoem, "Chapter 13 Knee Complaints", "page 339"),
        c(Fam::Odg(KNEE), "Corticosteroid injections", ""),
    ];
    pub(super) const SHOULDER_INJ_CITES: &[Cite] = &[
        c(Fam::Acoem, "Chapter 9 Shoulder Complaints", "pages 204-205"),
        c(Fam::Odg(SHOULDER), "Steroid injections", ""),
    ];
    pub(super) const LSPINE_IMG_CITES: &[Cite] = &[
        c(Fam::Acoem, "Chapter 12 Low Back Complaints", "pages 303-305"),
        c(Fam::Odg(LBACK), "MRIs (magnetic resonance imaging)", ""),
        c(Fam::Acoem3, "Low Back Disorders", "Diagnostic investigations"),
    ];
    pub(super) const CSPINE_IMG_CITES: &[Cite] = &[
        c(Fam::Acoem, "Chapter 8 Neck and Upper Back Complaints", "pages 177-178"),
        c(Fam::Odg(NECK), "Magnetic resonance imaging (MRI)", ""),
    ];
    pub(super) const SHOULDER_IMG_CITES: &[Cite] = &[
        c(Fam::Acoem, "Chapter 9 Shoulder Complaints", "pages 207-209"),
        c(Fam::Odg(SHOULDER), "Magnetic resonance imaging (MRI)", ""),
    ];
    pub(super) const KNEE_IMG_CITES: &[Cite] = &[
        c(Fam::Acoem, "Chapter 13 Knee Complaints", "pages 341-343"),
        c(Fam::Odg(KNEE), "MRI's (magnetic resonance imaging)", ""),
        c(Fam::Odg(KNEE), "Radiography (x-rays)", ""),
    ];
    pub(super) const EMG_CITES: &[Cite] = &[
        c(Fam::Acoem, "Chapter 12 Low Back Complaints", "page 303"),
        c(Fam::Acoem, "Chapter 8 Neck and Upper Back Complaints", "pages 178-182"),
        c(Fam::Odg(LBACK), "EMGs (electromyography)", ""),
        c(Fam::Odg(LBACK), "Nerve conduction studies (NCS)", ""),
    ];
    pub(super) const HAND_CITES: &[Cite] = &[
        c(Fam::Acoem, "Chapter 11 Forearm, Wrist, and Hand Complaints", "pages 270-271"),
        c(Fam::Odg(HAND), "Carpal tunnel release surgery (CTR)", ""),
        c(Fam::Odg(HAND), "Splints", ""),
    ];
    pub(super) const LSPINE_SURG_CITES: &[Cite] = &[
        c(Fam::Acoem, "Chapter 12 Low Back Complaints", "pages 305-307"),
        c(Fam::Odg(LBACK), "Fusion (spinal)", ""),
        c(Fam::Odg(LBACK), "Discectomy/laminectomy", ""),
    ];
    pub(super) const CSPINE_SURG_CITES: &[Cite] = &[
        c(Fam::Acoem, "Chapter 8 Neck and Upper Back Complaints", "pages 180-183"),
        c(Fam::Odg(NECK), "Fusion, anterior cervical", ""),
    ];
    pub(super) const SHOULDER_SURG_CITES: &[Cite] = &[
        c(Fam::Acoem, "Chapter 9 Shoulder Complaints", "pages 209-211"),
        c(Fam::Odg(SHOULDER), "Surgery for impingement syndrome", ""),
    ];
    pub(super) const KNEE_SURG_CITES: &[Cite] = &[
        c(Fam::Acoem, "Chapter 13 Knee Complaints", "pages 344-345"),
        c(Fam::Odg(KNEE), "Meniscectomy", ""),
        c(Fam::Odg(KNEE), "Knee joint replacement", ""),
    ];
    pub(super) const POSTOP_CITES: &[Cite] = &[
        c(Fam::Post, "Knee", "page 24"),
        c(Fam::Post, "Shoulder", "pages 26-27"),
        c(Fam::Post, "Low Back", "page 26"),
        c(Fam::Post, "Forearm, Wrist, & Hand", "page 15"),
    ];
    pub(super) const DME_CITES: &[Cite] = &[
        c(Fam::Odg(KNEE), "Durable medical equipment (DME)", ""),
        c(Fam::Odg(KNEE), "Continuous-flow cryotherapy", ""),
        c(Fam::Odg(LBACK), "Lumbar supports", ""),
        c(Fam::Payer, "Aetna Clinical Policy Bulletin: Durable Medical Equipment", ""),
    ];
    pub(super) const STIM_CITES: &[Cite] = &[
        c(Fam::Cp, "TENS, chronic pain (transcutaneous electrical nerve stimulation)", "114-116"),
        c(Fam::Cp, "Interferential Current Stimulation (ICS)", "118-120"),
        c(Fam::Odg(PAIN), "TENS (transcutaneous electrical nerve stimulation)", ""),
    ];
    pub(super) const PROGRAM_CITES: &[Cite] = &[
        c(Fam::Cp, "Chronic pain programs (functional restoration programs)", "30-32"),
        c(Fam::Cp, "Functional restoration programs (FRPs)", "49"),
        c(Fam::Odg(PAIN), "Functional restoration programs (FRPs)", ""),
    ];
    pub(super) const PSYCH_CITES: &[Cite] = &[
        c(Fam::Cp, "Psychological evaluations", "100-101"),
        c(Fam::Cp, "Behavioral interventions", "23"),
        c(Fam::Odg(FIT), "Cognitive therapy for depression", ""),
        c(Fam::UpToDate, "Psychotherapy for chronic pain", ""),
    ];
    pub(super) const WEIGHT_CITES: &[Cite] = &[
        c(Fam::UpToDate, "Obesity in adults: overview of management", ""),
        c(Fam::Medscape, "Obesity treatment & management", ""),
        c(Fam::Payer, "Aetna Clinical Policy Bulletin: Weight Reduction Medications and Programs", ""),
        c(Fam::Odg(LBACK), "Gym memberships", ""),
    ];
    pub(super) const UDS_CITES: &[Cite] = &[
        c(Fam::Cp, "Drug testing", "43"),
        c(Fam::Cp, "Opioids, steps to avoid misuse/addiction", "94-95"),
        c(Fam::Odg(PAIN), "Urine drug testing (UDT)", ""),
    ];
    pub(super) const FCE_CITES: &[Cite] = &[
        c(Fam::Acoem, "Chapter 7 Independent Medical Examinations and Consultations", "pages 137-138"),
        c(Fam::Odg(FIT), "Functional capacity evaluation (FCE)", ""),
    ];
    pub(super) const VISIT_CITES: &[Cite] = &[
        c(Fam::Acoem, "Chapter 7 Independent Medical Examinations and Consultations", "page 127"),
        c(Fam::Odg(PAIN), "Office visits", ""),
    ];
    pub(super) const HOME_CITES: &[Cite] = &[
        c(Fam::Cp, "Home health services", "51"),
        c(Fam::Odg(KNEE), "Transportation (to & from appointments)", ""),
        c(Fam::Medscape, "Home health care for the elderly", ""),
    ];

    use super::Kind as K;
    use super::Qty as Q;
    use super::Region as R;

    /// The disputed services: 80 distinct drugs, procedures and programs.
    pub(super) const SERVICES: &[Service] = &[
        s("Norco 10/325mg", K::Opioid, R::Any, Q::Pills, OPIOID_CITES),
        s("Hydrocodone/APAP 10/325mg", K::Opioid, R::Any, Q::Pills, OPIOID_CITES),
        s("Oxycodone 10mg", K::Opioid, R::Any, Q::Pills, OPIOID_CITES),
        s("OxyContin 20mg", K::Opioid, R::Any, Q::Pills, OPIOID_CITES),
        s("Percocet 10/325mg", K::Opioid, R::Any, Q::Pills, OPIOID_CITES),
        s("Tramadol ER 150mg", K::Opioid, R::Any, Q::Pills, OPIOID_CITES),
        s("Tramadol 50mg", K::Opioid, R::Any, Q::Pills, OPIOID_CITES),
        s("Nucynta (tapentadol) 50mg", K::Opioid, R::Any, Q::Pills, OPIOID_CITES),
        s("Morphine sulfate ER 30mg", K::Opioid, R::Any, Q::Pills, OPIOID_CITES),
        s("Fentanyl 25mcg/hr transdermal patch", K::Opioid, R::Any, Q::Pills, OPIOID_CITES),
        s("Butrans (buprenorphine) 10mcg/hr patch", K::Opioid, R::Any, Q::Pills, OPIOID_CITES),
        s("Tylenol with Codeine #3", K::Opioid, R::Any, Q::Pills, OPIOID_CITES),
        s("Naproxen sodium 550mg", K::Medication, R::Any, Q::Pills, NSAID_CITES),
        s("Ibuprofen 800mg", K::Medication, R::Any, Q::Pills, NSAID_CITES),
        s("Meloxicam 15mg", K::Medication, R::Any, Q::Pills, NSAID_CITES),
        s("Celebrex 200mg", K::Medication, R::Any, Q::Pills, NSAID_CITES),
        s("Diclofenac sodium ER 100mg", K::Medication, R::Any, Q::Pills, NSAID_CITES),
        s("Omeprazole 20mg", K::Medication, R::Any, Q::Pills, PPI_CITES),
        s("Pantoprazole 20mg", K::Medication, R::Any, Q::Pills, PPI_CITES),
        s("Cyclobenzaprine 7.5mg", K::Medication, R::Any, Q::Pills, RELAXANT_CITES),
        s("Tizanidine 4mg", K::Medication, R::Any, Q::Pills, RELAXANT_CITES),
        s("Soma 350mg", K::Medication, R::Any, Q::Pills, RELAXANT_CITES),
        s("Methocarbamol 750mg", K::Medication, R::Any, Q::Pills, RELAXANT_CITES),
        s("Gabapentin 600mg", K::Medication, R::Any, Q::Pills, NEURO_CITES),
        s("Lyrica (pregabalin) 75mg", K::Medication, R::Any, Q::Pills, NEURO_CITES),
        s("Duloxetine 60mg", K::Medication, R::Any, Q::Pills, NEURO_CITES),
        s("Amitriptyline 25mg", K::Medication, R::Any, Q::Pills, NEURO_CITES),
        s("Zolpidem 10mg", K::Medication, R::Any, Q::Pills, SLEEP_CITES),
        s("Trazodone 50mg", K::Medication, R::Any, Q::Pills, SLEEP_CITES),
        s("Ondansetron 8mg ODT", K::Medication, R::Any, Q::Pills, MISC_DRUG_CITES),
        s("Docusate sodium 100mg", K::Medication, R::Any, Q::Pills, MISC_DRUG_CITES),
        s("Lidoderm 5% patch", K::Topical, R::Any, Q::Pills, TOPICAL_CITES),
        s("Terocin patch", K::Topical, R::Any, Q::Pills, TOPICAL_CITES),
        s("Flurbiprofen 20%/Baclofen 5%/Lidocaine 4% cream", K::Topical, R::Any, Q::Grams, TOPICAL_CITES),
        s("Ketoprofen 10%/Gabapentin 6%/Cyclobenzaprine 2% cream", K::Topical, R::Any, Q::Grams, TOPICAL_CITES),
        s("Tramadol 8%/Capsaicin 0.0375%/Menthol 2%/Camphor 2% compound", K::Topical, R::Any, Q::Grams, TOPICAL_CITES),
        s("Physical therapy", K::Therapy, R::Any, Q::Sessions, PT_CITES),
        s("Chiropractic manipulation", K::Therapy, R::Any, Q::Sessions, CHIRO_CITES),
        s("Acupuncture", K::Therapy, R::Any, Q::Sessions, ACUP_CITES),
        s("Aquatic therapy", K::Therapy, R::Any, Q::Sessions, AQUA_CITES),
        s("Lumbar epidural steroid injection at L4-L5", K::Injection, R::Lumbar, Q::None, ESI_CITES),
        s("Right L5-S1 transforaminal epidural steroid injection", K::Injection, R::Lumbar, Q::None, ESI_CITES),
        s("Bilateral L4-L5 and L5-S1 facet medial branch blocks", K::Injection, R::Lumbar, Q::None, FACET_CITES),
        s("Radiofrequency ablation, left L3-L5", K::Injection, R::Lumbar, Q::None, FACET_CITES),
        s("Trigger point injections x4, lumbar paraspinals", K::Injection, R::Lumbar, Q::None, TPI_CITES),
        s("Cervical epidural steroid injection C5-C6 under fluoroscopy", K::Injection, R::Cervical, Q::None, CESI_CITES),
        s("Hyaluronic acid injection (Synvisc-One), right knee", K::Injection, R::Knee, Q::None, KNEE_INJ_CITES),
        s("Corticosteroid injection, left knee", K::Injection, R::Knee, Q::None, KNEE_INJ_CITES),
        s("Subacromial corticosteroid injection, right shoulder", K::Injection, R::Shoulder, Q::None, SHOULDER_INJ_CITES),
        s("MRI of the lumbar spine without contrast", K::Imaging, R::Lumbar, Q::None, LSPINE_IMG_CITES),
        s("MRI of the cervical spine without contrast", K::Imaging, R::Cervical, Q::None, CSPINE_IMG_CITES),
        s("MRI of the right shoulder", K::Imaging, R::Shoulder, Q::None, SHOULDER_IMG_CITES),
        s("MRI of the left knee", K::Imaging, R::Knee, Q::None, KNEE_IMG_CITES),
        s("X-rays of the right knee, 3 views", K::Imaging, R::Knee, Q::None, KNEE_IMG_CITES),
        s("EMG/NCV of the bilateral lower extremities", K::Imaging, R::Lumbar, Q::None, EMG_CITES),
        s("EMG/NCV of the bilateral upper extremities", K::Imaging, R::Cervical, Q::None, EMG_CITES),
        s("Lumbar fusion L4-S1 with instrumentation", K::Surgery, R::Lumbar, Q::None, LSPINE_SURG_CITES),
        s("Microdiscectomy L5-S1, left", K::Surgery, R::Lumbar, Q::None, LSPINE_SURG_CITES),
        s("Anterior cervical discectomy and fusion C5-C6", K::Surgery, R::Cervical, Q::None, CSPINE_SURG_CITES),
        s("Right shoulder arthroscopy with subacromial decompression", K::Surgery, R::Shoulder, Q::None, SHOULDER_SURG_CITES),
        s("Left knee arthroscopy with partial medial meniscectomy", K::Surgery, R::Knee, Q::None, KNEE_SURG_CITES),
        s("Right carpal tunnel release", K::Surgery, R::Wrist, Q::None, HAND_CITES),
        s("Post-operative physical therapy", K::Therapy, R::Any, Q::Sessions, POSTOP_CITES),
        s("Wrist splint, right", K::Equipment, R::Wrist, Q::None, HAND_CITES),
        s("Cold therapy unit purchase", K::Equipment, R::Any, Q::None, DME_CITES),
        s("Lumbar back brace (LSO)", K::Equipment, R::Lumbar, Q::None, DME_CITES),
        s("Hinged knee brace, purchase", K::Equipment, R::Knee, Q::None, DME_CITES),
        s("TENS unit, 30-day home trial", K::Equipment, R::Any, Q::None, STIM_CITES),
        s("Interferential unit rental for 30 days", K::Equipment, R::Any, Q::None, STIM_CITES),
        s("Functional restoration program, 80 hours", K::Program, R::Any, Q::None, PROGRAM_CITES),
        s("Psychological evaluation", K::Program, R::Any, Q::None, PSYCH_CITES),
        s("Cognitive behavioral therapy", K::Program, R::Any, Q::Sessions, PSYCH_CITES),
        s("Weight loss program (10 weeks)", K::Program, R::Any, Q::None, WEIGHT_CITES),
        s("Gym membership for 6 months", K::Program, R::Any, Q::None, WEIGHT_CITES),
        s("Urine drug screen", K::Testing, R::Any, Q::None, UDS_CITES),
        s("Functional capacity evaluation", K::Testing, R::Any, Q::None, FCE_CITES),
        s("Follow-up visit with pain management", K::Visit, R::Any, Q::None, VISIT_CITES),
        s("Orthopedic surgery consultation", K::Visit, R::Any, Q::None, VISIT_CITES),
        s("Home health care 4 hours/day, 5 days/week for 6 weeks", K::Visit, R::Any, Q::None, HOME_CITES),
        s("Transportation to and from medical appointments", K::Visit, R::Any, Q::None, HOME_CITES),
    ];

    pub(super) const SPECIALTIES: &[&str] = &[
        "Physical Medicine & Rehabilitation",
        "Physical Medicine & Rehabn",
        "Physical Medicine and Rehabilitation",
        "Orthopedic Surgery",
        "Orthopaedic Surgery",
        "Orthopaedic Sur",
        "Family Practice",
        "Family Medicine",
        "Internal Medicine",
        "Anesthesiology",
        "Anesthesiology, Pain Management",
        "Pain Medicine",
        "Chiropractor",
        "Chiropractic",
        "Neurology",
        "Neurological Surgery",
        "Psychiatry",
        "Psychology",
        "Occupational Medicine",
        "Preventive Medicine, Occupational Medicine",
        "Emergency Medicine",
        "Rheumatology",
        "Plastic Surgery, Hand Surgery",
        "Acupuncture",
    ];
    pub(super) const SPECIALTIES_BOARD: &[&str] = &[
        "Physical Medicine and Rehabilitation",
        "Orthopedic Surgery",
        "Family Medicine",
        "Internal Medicine",
        "Anesthesiology",
        "Anesthesiology and Pain Medicine",
        "Psychiatry",
        "Neurology",
        "Occupational Medicine",
        "Preventive Medicine",
    ];
    pub(super) const STATES: &[&str] = &[
        "California",
        "California",
        "California",
        "California",
        "California, Nevada",
        "California, Arizona",
        "California, Texas",
        "California, Oregon, Washington",
        "California, New York",
    ];

    // ───────────────────────────── prose pools ─────────────────────────────

    pub(super) const HOW_2014: &[&str] = &[
        "MAXIMUS Federal Services forwarded the full case file to an independent expert reviewer who has no \
         affiliation with the employer, the employee, the providers or the claims administrator. The reviewer \
         has practised clinically for more than five years and still works at least 24 hours a week in active \
         practice. The reviewer was chosen for clinical experience, education, background and expertise in the \
         same or a similar specialty that evaluates or treats the condition and the disputed items/services, \
         and knows the governing laws and regulations, including the strength of evidence hierarchy that \
         applies to Independent Medical Review determinations.",
        "The complete case file was sent by MAXIMUS Federal Services to an expert reviewer with no connection \
         to the employer, the employee, the providers or the claims administrator.  The reviewer has more than \
         five years of active clinical practice, currently practises at least 24 hours a week, and was matched \
         to the case by training and experience in a specialty that evaluates or treats the condition and the \
         disputed items/services.  The reviewer is familiar with the governing laws and regulations, \
         including the strength of evidence hierarchy for Independent Medical Review determinations.",
    ];
    pub(super) const HOW_2013_TAIL: &str = "  The reviewer has been in clinical practice for more than five years and \
         currently treats patients at least 24 hours a week.  The reviewer was selected for expertise in the \
         type of condition and treatment under dispute, and is familiar with the medical treatment guidelines \
         and the laws that govern Independent Medical Review.";

    pub(super) const MECHANISM: [&[&str]; 6] = [
        &[
            "The injury occurred while lifting a heavy box at work.",
            "The injury happened during a fall at work.",
        ],
        &[
            "The injury occurred while lifting a pallet of merchandise.",
            "The low back was injured while unloading a delivery truck.",
            "The injury happened when the worker slipped on a wet floor and landed on the buttocks.",
        ],
        &[
            "The neck was injured in a rear-end collision while driving a company vehicle.",
            "The injury occurred when a box fell from a shelf and struck the head and neck.",
        ],
        &[
            "The shoulder was injured while reaching overhead to stock shelves.",
            "The injury occurred while pulling cable through a ceiling.",
        ],
        &[
            "The knee was twisted while stepping off a forklift.",
            "The injury occurred when the worker fell from a ladder onto the left knee.",
        ],
        &[
            "Symptoms in the hands developed gradually with repetitive keyboard work.",
            "The wrist was injured while using a pneumatic tool.",
        ],
    ];
    pub(super) const COMPLAINT: [&[&str]; 6] = [
        &["ongoing pain with stiffness and difficulty sleeping"],
        &[
            "low back pain radiating down the left leg with numbness in the foot",
            "constant low back pain rated 7/10 that worsens with sitting",
            "low back pain with intermittent tingling in both legs",
        ],
        &[
            "neck pain radiating into the right arm with numbness in the thumb",
            "neck pain with headaches and stiffness when turning the head",
        ],
        &[
            "right shoulder pain with overhead reaching and weakness",
            "shoulder pain at night and difficulty lifting the arm above shoulder height",
        ],
        &[
            "medial knee pain with locking and giving way",
            "knee pain with swelling after prolonged standing",
        ],
        &[
            "numbness and tingling of the right hand that wakes the patient at night",
            "wrist pain with weak grip and dropping objects",
        ],
    ];
    pub(super) const EXAM: [&[&str]; 6] = [
        &["Examination showed tenderness and guarded motion."],
        &[
            "Examination showed lumbar paraspinal tenderness, limited flexion and a positive straight leg raise \
             on the left.",
            "Examination revealed decreased sensation in the L5 dermatome and an absent Achilles reflex.",
            "Examination showed tenderness over the sacroiliac joint with a normal neurologic examination.",
        ],
        &[
            "Examination showed a positive Spurling test, decreased biceps reflex and diminished sensation in \
             the C6 distribution.",
            "Examination revealed cervical paraspinal spasm with full strength and intact reflexes.",
        ],
        &[
            "Examination showed positive Neer and Hawkins signs with forward flexion to 150 degrees.",
            "Examination revealed tenderness at the acromioclavicular joint and painful arc of motion.",
        ],
        &[
            "Examination showed medial joint line tenderness, a positive McMurray test and a small effusion.",
            "Examination revealed crepitus and a range of motion from 5 to 105 degrees.",
        ],
        &[
            "Examination showed positive Tinel and Phalen signs at the right wrist.",
            "Examination revealed tenderness at the first dorsal compartment and reduced grip strength.",
        ],
    ];
    pub(super) const DIAGNOSES: [&[&str]; 6] = [
        &[
            "chronic pain syndrome",
            "sleep disturbance secondary to pain",
            "depression secondary to chronic pain",
        ],
        &[
            "lumbar radiculopathy",
            "lumbar disc displacement without myelopathy",
            "lumbar sprain/strain",
            "degeneration of lumbar intervertebral disc",
            "failed back surgery syndrome",
        ],
        &[
            "cervical radiculopathy",
            "cervical sprain/strain",
            "degeneration of cervical intervertebral disc",
        ],
        &[
            "right shoulder impingement syndrome",
            "rotator cuff tendinitis",
            "acromioclavicular joint arthrosis",
        ],
        &[
            "tear of the medial meniscus",
            "osteoarthritis of the knee",
            "knee sprain/strain",
        ],
        &[
            "carpal tunnel syndrome",
            "de Quervain tenosynovitis",
            "wrist sprain/strain",
        ],
    ];
    pub(super) const TREATMENT: &[&str] = &[
        "The patient's treatment history includes medications, physical therapy and a home exercise program.",
        "Prior treatment has included chiropractic care, acupuncture and medications.",
        "Conservative care has included physical therapy, activity modification and anti-inflammatory \
         medication.",
        "The patient has had a corticosteroid injection with partial relief for about six weeks.",
        "Treatment to date includes medications only.",
        "The patient completed 12 sessions of physical therapy and now exercises at home.",
        "The patient has not worked since the injury and remains on temporary total disability.",
        "The patient returned to modified duty with lifting restrictions.",
    ];

    pub(super) const GUIDE: [&[&str]; 11] = [
        // Opioid
        &[
            "MTUS requires documentation of pain relief, functional status, appropriate medication use and side \
             effects for ongoing opioid management.",
            "The guidelines call for the 4 A's to be documented at each visit: analgesia, activities of daily \
             living, adverse side effects and aberrant drug-taking behaviors.",
            "MTUS recommends discontinuing opioids when there is no overall improvement in function, unless \
             there are extenuating circumstances.",
            "Pain and functional improvement should be compared with baseline using a numerical scale or a \
             validated instrument at least once every six months.",
            "The guidelines advise against a total daily dose above 120 mg oral morphine equivalents without \
             consultation with a pain specialist.",
            "Opioids may be continued if the patient has returned to work or has improved functioning and \
             pain.",
        ],
        // Medication
        &[
            "MTUS recommends NSAIDs at the lowest dose for the shortest period in patients with moderate to \
             severe pain.",
            "A proton pump inhibitor is supported with an NSAID when the patient is at intermediate risk for \
             gastrointestinal events.",
            "Muscle relaxants are recommended as a second-line option for short-term treatment of acute \
             exacerbations in chronic low back pain.",
            "Antiepilepsy drugs are recommended for neuropathic pain, and a good response is a 50 percent \
             reduction in pain.",
            "Antidepressants are recommended as a first-line option for neuropathic pain.",
            "ODG recommends hypnotics only for short-term treatment of insomnia, generally two to six weeks.",
            "Medications should be trialed one at a time, with documentation of the response to each.",
        ],
        // Topical
        &[
            "Topical analgesics are largely experimental, with few randomized controlled trials to determine \
             efficacy or safety.",
            "Any compounded product that contains at least one drug or drug class that is not recommended is \
             not recommended.",
            "Topical lidocaine may be considered for localized peripheral neuropathic pain after a trial of \
             first-line therapy.",
            "Gabapentin is not recommended as a topical agent, and there is no evidence for topical muscle \
             relaxants.",
            "Ketoprofen is not approved by the FDA for topical application because of a high incidence of \
             photocontact dermatitis.",
        ],
        // Therapy
        &[
            "MTUS allows 9 to 10 visits over 8 weeks for myalgia and myositis, and 8 to 10 visits for \
             neuralgia, neuritis and radiculitis.",
            "Treatment frequency should fade toward an active, self-directed home exercise program.",
            "A trial of 6 visits over 2 weeks is supported, with up to 18 visits over 6 to 8 weeks when there \
             is evidence of objective functional improvement.",
            "Acupuncture may be used when pain medication is reduced or not tolerated, with 3 to 6 treatments \
             as the time to produce an effect.",
            "Aquatic therapy is an option where reduced weight bearing is desirable, for example in extreme \
             obesity.",
            "The Postsurgical Treatment Guidelines allow an initial course of therapy of half the general \
             course, followed by further visits when functional improvement is documented.",
        ],
        // Injection
        &[
            "Radiculopathy must be documented by physical examination and corroborated by imaging or \
             electrodiagnostic studies before an epidural steroid injection is performed.",
            "A repeat block requires at least 50 percent pain relief with an associated reduction of medication \
             use for six to eight weeks.",
            "No more than two nerve root levels should be injected using a transforaminal approach.",
            "Facet joint blocks are limited to patients with low back pain that is non-radicular, at no more \
             than two levels bilaterally.",
            "Trigger point injections are recommended only for myofascial pain syndrome with documented \
             circumscribed trigger points and a twitch response.",
            "Hyaluronic acid injections are an option for severe osteoarthritis that has not responded to \
             conservative treatment after at least three months.",
        ],
        // Imaging
        &[
            "Imaging is indicated when unequivocal objective findings identify specific nerve compromise on \
             the neurologic examination.",
            "Red flags, progressive neurologic deficit or the planning of surgery are the usual indications for \
             advanced imaging.",
            "Electromyography may help identify subtle focal neurologic dysfunction in patients with symptoms \
             lasting more than three or four weeks.",
            "MRI is not recommended for uncomplicated low back pain without red flags.",
            "Repeat imaging is reserved for a significant change in symptoms or findings suggestive of \
             significant pathology.",
        ],
        // Surgery
        &[
            "Surgical consultation is indicated for severe and disabling symptoms, activity limitation for more \
             than one month, and clear clinical and imaging evidence of a lesion that benefits from repair.",
            "Failure of conservative care, including exercise and medication, should be documented before \
             surgery.",
            "Fusion is not recommended for degenerative disc disease without instability.",
            "Arthroscopic partial meniscectomy has a high success rate when there are mechanical symptoms and \
             consistent MRI findings.",
            "A psychological screening is recommended before spinal fusion.",
        ],
        // Equipment
        &[
            "Durable medical equipment is recommended when there is a medical need and the device is used \
             primarily for a medical purpose.",
            "Continuous-flow cryotherapy is recommended as an option after surgery for up to 7 days, including \
             home use.",
            "A one-month home-based TENS trial may be considered as an adjunct to a program of evidence-based \
             functional restoration.",
            "Interferential current stimulation is not recommended as an isolated intervention.",
            "Lumbar supports have not been shown to have lasting benefit beyond the acute phase of symptom \
             relief.",
        ],
        // Program
        &[
            "A functional restoration program requires baseline functional testing so that follow-up with the \
             same test can note functional improvement.",
            "Treatment in a program is not suggested for longer than two weeks without evidence of demonstrated \
             efficacy.",
            "Psychological evaluations are a generally accepted, well-established diagnostic procedure in \
             chronic pain populations.",
            "Cognitive behavioral therapy is recommended with an initial trial of 3 to 4 sessions over 2 \
             weeks.",
            "A supervised weight loss program is reasonable only after a documented failure of caloric \
             restriction and increased physical activity.",
            "Gym memberships are not recommended unless a home exercise program has been ineffective and there \
             is a need for equipment.",
        ],
        // Testing
        &[
            "Drug testing is recommended as an option to assess for the use or presence of illegal drugs in \
             patients on opioid therapy.",
            "Patients at low risk of addiction should be tested within six months of starting therapy and once \
             a year after that.",
            "A functional capacity evaluation may be considered when it is needed to translate medical \
             impairment into functional limitations.",
            "An evaluation is supported when the patient is close to or at maximal medical improvement with a \
             specific job to return to.",
        ],
        // Visit
        &[
            "Referral to a specialist is appropriate when the course of care may benefit from additional \
             expertise.",
            "Office visits are an individualized decision based on symptoms, clinical stability and the \
             medications prescribed.",
            "Home health services are recommended only for medical treatment in patients who are homebound.",
            "Transportation is recommended for patients with disabilities that prevent self-transport.",
        ],
    ];

    pub(super) const RATIONALE_OPENERS: &[&str] = &[
        "This patient presents with ongoing pain.",
        "The patient presents with chronic pain and limited function.",
        "This patient continues to report pain despite treatment.",
        "The request is reviewed against the guidelines cited above.",
    ];
    // Kind masks for the fact sentences below: a fact is only drawn for the
    // kinds of service it makes sense for, which keeps phrase frequencies skewed
    // the way real letters are ("urine drug screen" mostly in opioid letters).
    pub(super) const OPI: u16 = 1 << Kind::Opioid as u16;
    pub(super) const MED: u16 = (1 << Kind::Medication as u16) | (1 << Kind::Topical as u16);
    pub(super) const THER: u16 = (1 << Kind::Therapy as u16) | (1 << Kind::Program as u16);
    pub(super) const PROC: u16 =
        (1 << Kind::Injection as u16) | (1 << Kind::Imaging as u16) | (1 << Kind::Surgery as u16);
    pub(super) const DEV: u16 =
        (1 << Kind::Equipment as u16) | (1 << Kind::Visit as u16) | (1 << Kind::Testing as u16);
    pub(super) const ALL: u16 = u16::MAX;

    pub(super) const FACT_UP: &[(u16, &str)] = &[
        (OPI | THER, "The records do not document functional improvement with the current regimen."),
        (OPI | MED, "The reports list pain scores but do not describe any change in activities of daily living."),
        (OPI, "There is no discussion of side effects or aberrant behavior in the reports reviewed."),
        (ALL, "The patient remains off work, and no gain in function is described."),
        (THER, "The treater does not explain why a home exercise program is insufficient."),
        (THER, "The request exceeds the number of visits the guidelines allow."),
        (PROC, "The examination does not show a focal neurologic deficit."),
        (PROC, "No red flags are documented, and the findings have not changed since the last study."),
        (MED | PROC, "The records do not show a trial and failure of first-line treatment."),
        (OPI | MED, "The medication has been used for far longer than the guidelines recommend."),
        (THER | PROC | DEV, "The prior treatment produced only temporary relief without lasting benefit."),
        (OPI, "There is no opioid agreement or recent urine drug screen in the file."),
        (ALL, "The requesting report does not discuss the necessity of the request."),
        (PROC | DEV, "Conservative care has not been exhausted."),
        (ALL, "The guideline criteria are not met."),
        (DEV, "The device or service is not tied to a specific medical need in the reports."),
        (MED, "No gastrointestinal risk factors are documented."),
    ];
    pub(super) const FACT_OVER: &[(u16, &str)] = &[
        (OPI | MED, "The reports document improved walking tolerance and a return to modified duty with the medication."),
        (PROC, "The examination findings match the imaging at the requested level."),
        (PROC | DEV, "The patient has failed an adequate course of conservative care, including therapy and medication."),
        (PROC, "The prior treatment gave more than 50 percent relief for over two months, with less medication use."),
        (THER, "The request falls within the number of visits the guidelines allow."),
        (OPI | THER, "The treater documents objective functional improvement, with better sitting tolerance and sleep."),
        (OPI, "A urine drug screen and an opioid agreement are on file, and no aberrant behavior is described."),
        (PROC, "The neurologic deficit has progressed despite treatment."),
        (PROC, "The patient has mechanical symptoms and consistent imaging findings."),
        (DEV, "The request is for a trial rather than a purchase."),
        (ALL, "The guideline criteria are met."),
        (MED, "The patient is older than 65 and takes an NSAID daily, which raises gastrointestinal risk."),
        (DEV | THER, "The service is part of a documented plan with measurable goals."),
    ];
    pub(super) const QUOTES: &[&str] = &[
        "The guideline adds that the lowest effective dose should be used for the shortest duration \
         consistent with individual treatment goals.",
        "Continued treatment should be tied to measurable goals and to the patient's participation in an \
         active rehabilitation program.",
        "The evidence hierarchy places the MTUS first, and other guidelines are used only when the MTUS does \
         not address the issue.",
        "Documentation should include current pain, least reported pain over the period since the last \
         assessment, average pain, and how long relief lasts.",
        "The treating physician should set goals before starting a new treatment and record progress toward \
         them at each visit.",
        "Where the records are incomplete, the reviewer must decide on the documentation available in the case \
         file.",
    ];

}
use vocab::*;

// ───────────────────────────── one letter ─────────────────────────────

#[derive(Clone, Copy)]
struct ItemPlan {
    svc: &'static Service,
    upheld: bool,
}

/// Per-task generator state; all buffers are reused from letter to letter.
struct Gen {
    rng: Rng,
    lines: Lines,
    para: String,
    names: Vec<String>,
    items: Vec<ItemPlan>,
    case: String,
    file_name: String,
    out: Vec<u8>,
}

/// Everything about a letter that more than one section needs.
struct Facts {
    layout: Layout,
    region: Region,
    age: u32,
    male: bool,
    injury: Date,
    ur: Date,
    ur_days: i64,
    /// The report that made the request, a few weeks before the UR date.
    request: Date,
    received: Date,
    assigned: Date,
    decision: Date,
    long_dates: bool,
    glue: bool,
    target: usize,
}

impl Gen {
    fn new() -> Self {
        Gen {
            rng: Rng(1),
            lines: Lines::default(),
            para: String::with_capacity(16 * 1024),
            names: (0..6).map(|_| String::with_capacity(128)).collect(),
            items: Vec::with_capacity(6),
            case: String::with_capacity(16),
            file_name: String::with_capacity(32),
            out: Vec::with_capacity(32 * 1024),
        }
    }

    /// Generates letter `index` into `self.out` and names it in `self.file_name`.
    fn letter(&mut self, index: u64, seed: u64) {
        self.rng = Rng::new(seed, index);
        let r = &mut self.rng;
        let layout = match r.below(100) {
            0..=69 => Layout::Determination2014,
            70..=84 => Layout::Letterhead2013,
            _ => Layout::ProfessionalReview,
        };
        // UR date window by layout: the 2013 letters all fall in 2013.
        let (y0, span) = match layout {
            Layout::Letterhead2013 => (2013, 240),
            Layout::Determination2014 => (2014, 3 * 365),
            Layout::ProfessionalReview => (2015, 3 * 365),
        };
        let ur_days = Date::year_start(y0) + 60 + r.below(span) as i64;
        let injury_days = ur_days - 120 - r.below(6000) as i64;
        let received_days = ur_days + 5 + r.below(20) as i64;
        let assigned_days = received_days + 3 + r.below(14) as i64;
        let decision_days = assigned_days + 10 + r.below(40) as i64;
        let received = Date::from_days(received_days);
        let u = r.unit();
        let f = Facts {
            layout,
            region: r.pick(&REGIONS),
            age: r.range(19, 78),
            male: r.pct(55),
            injury: Date::from_days(injury_days),
            ur: Date::from_days(ur_days),
            ur_days,
            request: Date::from_days(ur_days - 7 - r.below(30) as i64),
            received,
            assigned: Date::from_days(assigned_days),
            decision: Date::from_days(decision_days),
            long_dates: r.pct(35) || layout == Layout::Letterhead2013,
            glue: r.pct(30),
            // 3 KB to 15 KB, most letters toward the short end.
            target: 3000 + (u * u * 12_000.0) as usize,
        };

        // Identity: case number from a bijection on the index (unique), a
        // hashed name for about 5% that carry no case number at all.
        let hashed = r.pct(5);
        let number = (index.wrapping_mul(7_919_317) + seed % 10_000_000 + 1_234_567) % 10_000_000;
        self.case.clear();
        self.file_name.clear();
        if hashed {
            let _ = write!(
                self.file_name,
                "{:016x}.txt",
                splitmix(index ^ seed.rotate_left(17))
            );
        } else {
            let _ = write!(self.case, "CM{:02}-{:07}", received.y % 100, number);
            let _ = write!(self.file_name, "{}.txt", self.case);
        }

        self.choose_items(&f);
        self.build_names(&f);
        let r = &mut self.rng;
        let style = Style {
            doubled: r.pct(80),
            trailing: r.pct(90),
            crlf: r.pct(8),
            cp1252: r.pct(4),
            curly: r.pct(4),
            page_len: if r.pct(35) {
                r.range(38, 60) as usize
            } else {
                0
            },
            footer: r.pct(80),
            running_header: r.pct(60),
        };
        self.lines.clear(r.range(88, 100) as usize);
        match layout {
            Layout::Determination2014 => self.build_2014(&f),
            Layout::Letterhead2013 => self.build_2013(&f),
            Layout::ProfessionalReview => self.build_prof(&f),
        }
        self.out.clear();
        // A 2014 letter without header table usually names its case only in
        // the file name, so the running header must not reveal it either.
        let shown = if self.lines.text.contains(self.case.as_str()) {
            self.case.as_str()
        } else {
            ""
        };
        render(&self.lines, &style, shown, &mut self.out);
    }

    fn choose_items(&mut self, f: &Facts) {
        let r = &mut self.rng;
        let n = match r.below(100) {
            0..=44 => 1,
            45..=69 => 2,
            70..=82 => 3,
            83..=91 => 4,
            92..=96 => 5,
            _ => 6,
        };
        self.items.clear();
        let mut guard = 0;
        while self.items.len() < n && guard < 200 {
            guard += 1;
            let svc = &SERVICES[r.below(SERVICES.len())];
            if svc.region != Region::Any && svc.region != f.region {
                continue;
            }
            if self.items.iter().any(|it| std::ptr::eq(it.svc, svc)) {
                continue;
            }
            self.items.push(ItemPlan {
                svc,
                upheld: r.pct(65),
            });
        }
    }

    fn build_names(&mut self, f: &Facts) {
        const REGION_TEXT: [&str; 6] = [
            "lumbar spine",
            "lumbar spine",
            "cervical spine",
            "right shoulder",
            "left knee",
            "right wrist",
        ];
        let region_text = REGION_TEXT[f.region as usize];
        for (i, it) in self.items.iter().enumerate() {
            let r = &mut self.rng;
            let name = &mut self.names[i];
            name.clear();
            let retro = r.pct(if it.svc.qty == Qty::Grams { 40 } else { 5 });
            if retro {
                name.push_str(if it.svc.qty == Qty::Grams {
                    "Retrospective request for compounded "
                } else {
                    "Retrospective request for "
                });
            }
            name.push_str(it.svc.name);
            let _ = match it.svc.qty {
                Qty::None => Ok(()),
                Qty::Pills => write!(name, " #{}", r.pick(&[10, 30, 60, 90, 120, 180])),
                Qty::Grams => write!(name, " {}gm", r.pick(&[120, 180, 240])),
                Qty::Sessions => {
                    let n = r.pick(&[6, 8, 12, 18]);
                    match r.below(3) {
                        0 => write!(name, ", {n} sessions"),
                        1 => write!(name, ": {n} sessions for the {region_text}"),
                        _ => write!(name, " 2x{}, {region_text}", n / 2),
                    }
                }
            };
            if retro {
                let dos = Date::from_days(f.ur_days - 20 - r.below(60) as i64);
                name.push_str(" (DOS ");
                dos.write(name, true);
                name.push(')');
            }
        }
    }

    // ── shared sections ──

    fn summary(&mut self, f: &Facts, ur_sentence: bool) {
        let r = &mut self.rng;
        let p = &mut self.para;
        p.clear();
        let (noun, adj) = if f.male {
            ("man", "male")
        } else {
            ("woman", "female")
        };
        let on = if f.glue { "on" } else { "on " };
        let _ = match r.below(5) {
            0 => write!(
                p,
                "The patient is a {} year old {adj} with a date of injury of ",
                f.age
            ),
            1 => write!(
                p,
                "The patient is a {} year old {adj} with an injury date {on}",
                f.age
            ),
            2 => write!(
                p,
                "This {}-year-old {noun} sustained an industrial injury {on}",
                f.age
            ),
            3 => write!(
                p,
                "The injured worker is a {} year old {adj} who was injured {on}",
                f.age
            ),
            _ => write!(
                p,
                "The applicant is a {}-year-old {noun} who reported an industrial injury {on}",
                f.age
            ),
        };
        f.injury.write(p, f.long_dates);
        p.push_str(".  ");
        let reg = f.region as usize;
        p.push_str(r.pick(MECHANISM[reg]));
        p.push_str("  The patient complains of ");
        p.push_str(r.pick(COMPLAINT[reg]));
        p.push_str(if f.glue { " per" } else { " per " });
        f.request.write(p, f.long_dates);
        p.push_str(" report.  ");
        p.push_str(r.pick(EXAM[reg]));
        p.push_str("  ");
        let dx = DIAGNOSES[reg];
        if r.pct(40) {
            // The glued numbered list pdftotext makes of a table.
            p.push_str("The diagnoses are:");
            for (k, d) in dx
                .iter()
                .take(r.range(2, dx.len() as u32) as usize)
                .enumerate()
            {
                let _ = write!(p, "{}. {d}", k + 1);
            }
            p.push_str(".  ");
        } else {
            let _ = write!(p, "Diagnoses include {} and {}.  ", dx[0], dx[dx.len() - 1]);
        }
        let first = r.below(TREATMENT.len());
        for k in 0..r.range(1, 3) as usize {
            p.push_str(TREATMENT[(first + k) % TREATMENT.len()]);
            p.push_str("  ");
        }
        if matches!(f.region, Region::Lumbar | Region::Cervical) && r.pct(35) {
            p.push_str("A prior epidural steroid injection gave partial relief for a few weeks.  ");
        }
        p.push_str("The treating physician is requesting ");
        for i in 0..self.items.len() {
            if i > 0 {
                p.push_str(if i + 1 == self.items.len() {
                    " and "
                } else {
                    ", "
                });
            }
            p.push_str(&self.names[i]);
        }
        p.push('.');
        if ur_sentence {
            p.push_str("  The utilization review determination being challenged is dated ");
            f.ur.write(p, r.pct(30));
            p.push('.');
        }
        self.lines.para(&self.para);
        self.lines.sep();
    }

    /// Writes the citation list in the layout's style into `self.para`.
    fn cites(&mut self, it: ItemPlan, f: &Facts, who: &str, max: u32) {
        let r = &mut self.rng;
        let p = &mut self.para;
        let n = r.range(1, max.min(it.svc.cites.len() as u32));
        let first = r.below(it.svc.cites.len());
        let picked = (0..n as usize).map(|k| it.svc.cites[(first + k) % it.svc.cites.len()]);
        let any_mtus = picked.clone().any(Cite::is_mtus);
        match f.layout {
            Layout::Determination2014 => {
                if !any_mtus {
                    let _ = write!(p, "The {who} did not base their decision on the MTUS.  ");
                }
                p.push_str("Decision based on ");
            }
            Layout::Letterhead2013 => p.push_str("the "),
            Layout::ProfessionalReview => {}
        }
        for (k, ct) in picked.enumerate() {
            if k > 0 {
                p.push_str(if f.layout == Layout::Letterhead2013 {
                    ", and the "
                } else {
                    "; "
                });
            }
            let ch = match ct.fam {
                Fam::Odg(i) => r.pick(ODG_CHAPTERS[i]),
                _ => "",
            };
            let _ = match (f.layout, ct.fam) {
                (Layout::Letterhead2013, Fam::Cp) => {
                    write!(
                        p,
                        "Chronic Pain Medical Treatment Guidelines, {}, pages {}, part of the MTUS",
                        ct.a, ct.b
                    )
                }
                (Layout::Letterhead2013, Fam::Odg(_)) => {
                    write!(p, "Official Disability Guidelines (ODG) {ch}, {}, which is not part of the MTUS", ct.a)
                }
                (_, Fam::Cp) => write!(
                    p,
                    "MTUS Chronic Pain Medical Treatment Guidelines {} Page(s): {}",
                    ct.a, ct.b
                ),
                (_, Fam::Post) => write!(
                    p,
                    "MTUS Postsurgical Treatment Guidelines, {}, {}",
                    ct.a, ct.b
                ),
                (_, Fam::Acoem) => write!(
                    p,
                    "MTUS ACOEM Practice Guidelines, 2nd Edition (2004), {}, {}",
                    ct.a, ct.b
                ),
                (_, Fam::Acup) => write!(p, "MTUS Acupuncture Medical Treatment Guidelines"),
                (Layout::Determination2014, Fam::Odg(_)) if r.pct(20) => {
                    write!(p, "ODG {ch}, {}", ct.a)
                }
                (_, Fam::Odg(_)) => {
                    write!(
                        p,
                        "Non-MTUS Citation Official Disability Guidelines (ODG) {ch}, {}",
                        ct.a
                    )
                }
                (_, Fam::Acoem3) => {
                    write!(
                        p,
                        "Non-MTUS Citation ACOEM Practice Guidelines, 3rd Edition (2011), {}, {}",
                        ct.a, ct.b
                    )
                }
                (_, Fam::Medscape) => write!(p, "Non-MTUS Citation Medscape Reference, {}", ct.a),
                (_, Fam::UpToDate) => write!(p, "Non-MTUS Citation UpToDate, {}", ct.a),
                (_, Fam::Payer) => write!(p, "Non-MTUS Citation {}", ct.a),
                (_, Fam::Fda) => write!(
                    p,
                    "Non-MTUS Citation U.S. Food and Drug Administration (FDA) label, {}",
                    ct.a
                ),
            };
        }
        p.push('.');
    }

    /// Appends rationale sentences to `self.para` until about `budget` bytes.
    fn rationale_body(&mut self, it: ItemPlan, budget: usize, paras: bool) {
        let r = &mut self.rng;
        let mut written = 0;
        let guide = GUIDE[it.svc.kind as usize];
        let facts = if it.upheld { FACT_UP } else { FACT_OVER };
        let bit = 1u16 << it.svc.kind as u16;
        let mut since_break = 0;
        let mut k = r.below(guide.len());
        loop {
            let pool = match r.below(10) {
                0..=4 => {
                    k += 1;
                    guide[k % guide.len()]
                }
                5..=8 => loop {
                    // Rejection sampling: every kind has at least one ALL fact.
                    let (mask, fact) = r.pick(facts);
                    if mask & bit != 0 {
                        break fact;
                    }
                },
                _ => r.pick(QUOTES),
            };
            self.para.push_str(pool);
            self.para.push_str(if r.pct(70) { "  " } else { " " });
            written += pool.len() + 1;
            since_break += 1;
            if written >= budget {
                break;
            }
            if paras && since_break >= 5 && r.pct(30) {
                // Paragraph break inside a long rationale.
                self.lines.para(&self.para);
                self.lines.sep();
                self.para.clear();
                since_break = 0;
            }
        }
    }

    fn rationale_budget(&self, f: &Facts, base: usize) -> usize {
        let n = self.items.len().max(1);
        (f.target.saturating_sub(base) / n).clamp(250, 12_000)
    }

    // ── the three layouts ──

    fn build_2014(&mut self, f: &Facts) {
        let r = &mut self.rng;
        let has_case = !self.case.is_empty();
        let header = if has_case { r.below(10) } else { 9 };
        if has_case && r.pct(30) {
            self.para.clear();
            let _ = write!(
                self.para,
                "Final Determination Letter for IMR Case Number {}",
                self.case
            );
            self.lines.line(&self.para);
            self.lines.sep();
        }
        if header < 5 {
            self.header_table(f, header);
        }
        let r = &mut self.rng;
        self.lines.line(if r.pct(50) {
            " HOW THE IMR FINAL DETERMINATION WAS MADE"
        } else {
            "HOW THE IMR FINAL DETERMINATION WAS MADE"
        });
        self.lines.para(r.pick(HOW_2014));
        self.lines.sep();
        self.lines.line("Credentials of the Expert Reviewer:");
        self.para.clear();
        let _ = write!(self.para, "State(s) of Licensure: {}", r.pick(STATES));
        self.lines.line(&self.para);
        self.para.clear();
        let _ = write!(
            self.para,
            "Certification(s)/Specialty: {}",
            r.pick(SPECIALTIES)
        );
        self.lines.line(&self.para);
        self.lines.sep();
        self.lines.line("CLINICAL CASE SUMMARY");
        self.lines.para(
            "The expert reviewer prepared the following clinical case summary after reviewing the case file, \
             medical records included:",
        );
        self.lines.sep();
        self.summary(f, true);
        self.lines.line("IMR ISSUES, DECISIONS AND RATIONALES");
        self.lines.para("The Final Determination rests on the decisions on each disputed item/service listed below:");
        self.lines.sep();
        let base = self.lines.text.len() + 500 * self.items.len();
        let budget = self.rationale_budget(f, base);
        for i in 0..self.items.len() {
            let it = self.items[i];
            self.para.clear();
            let _ = write!(
                self.para,
                "{}:  {}",
                self.names[i],
                if it.upheld { "Upheld" } else { "Overturned" }
            );
            self.lines.para(&self.para);
            self.lines.empty();
            if self.rng.pct(10) {
                self.lines.page_break();
            }
            self.lines.sep();
            self.para.clear();
            self.para.push_str("Claims Administrator guideline: ");
            self.cites(it, f, "Claims Administrator", 2);
            self.lines.para(&self.para);
            self.lines.sep();
            self.para.clear();
            self.para.push_str("MAXIMUS guideline: ");
            self.cites(it, f, "Expert Reviewer", 3);
            self.lines.para(&self.para);
            self.lines.sep();
            self.para.clear();
            let opener = self.rng.pick(RATIONALE_OPENERS);
            let _ = write!(
                self.para,
                "Decision rationale: {opener}  The treater has asked for {}",
                self.names[i]
            );
            self.para.push_str(if f.glue { " on" } else { " on " });
            f.request.write(&mut self.para, false);
            self.para.push_str(".  ");
            self.rationale_body(it, budget, true);
            self.para.push_str(if it.upheld {
                "The request is not medically necessary."
            } else {
                "The request is medically necessary."
            });
            self.lines.para(&self.para);
            self.lines.sep();
        }
    }

    /// Header table: 0-1 one pair per line, 2 two pairs per line, 3-4 flattened.
    fn header_table(&mut self, f: &Facts, variant: usize) {
        let labels: [&str; 7] = [
            "Case Number:",
            "Date Assigned:",
            "Date of Injury:",
            "Decision Date:",
            "UR Denial Date:",
            "Priority:",
            "Application Received:",
        ];
        let dates = [
            None,
            Some(f.assigned),
            Some(f.injury),
            Some(f.decision),
            Some(f.ur),
            None,
            Some(f.received),
        ];
        let mut val = String::new();
        for k in 0..7 {
            val.clear();
            match (k, dates[k]) {
                (0, _) => val.push_str(&self.case),
                (5, _) => val.push_str(if self.rng.pct(90) {
                    "Standard"
                } else {
                    "Expedited"
                }),
                (_, Some(d)) => d.write(&mut val, true),
                _ => {}
            }
            self.para.clear();
            match variant {
                0 | 1 => {
                    let _ = write!(self.para, "{} {}", labels[k], val);
                    self.lines.line(&self.para);
                }
                2 => {
                    // Two label/value pairs share a line.
                    let _ = write!(self.para, "{}  {}", labels[k], val);
                    if k % 2 == 0 && k < 6 {
                        self.lines.text.push_str(&self.para);
                        self.lines.text.push_str("      ");
                    } else {
                        self.lines.line(&self.para);
                    }
                }
                _ => {
                    let split = k == 6 || (variant == 4 && (k == 2 || k == 4));
                    if split {
                        let (a, b) = labels[k].rsplit_once(' ').unwrap_or((labels[k], ""));
                        self.lines.line(a);
                        self.lines.line(b);
                    } else {
                        self.lines.line(labels[k]);
                    }
                    self.lines.line(&val);
                }
            }
        }
        self.lines.sep();
    }

    fn build_2013(&mut self, f: &Facts) {
        for l in [
            "MAXIMUS FEDERAL SERVICES, INC.",
            "Independent Medical Review",
            "P.O. Box 138009",
            "Sacramento, CA 95813-8009",
            "(855) 865-8873  Fax: (916) 605-4270",
        ] {
            self.lines.line(l);
        }
        self.lines.sep();
        self.lines
            .line("Notice of Independent Medical Review Determination");
        self.lines.sep();
        let p = &mut self.para;
        p.clear();
        p.push_str("Dated: ");
        f.decision.write(p, true);
        self.lines.line(&self.para);
        self.lines.sep();
        let pairs = self.rng.pct(50);
        let rows: [(&str, Option<Date>); 5] = [
            ("IMR Case Number:", None),
            ("Date of Injury:", Some(f.injury)),
            ("UR Denial Date:", Some(f.ur)),
            ("Priority:", None),
            ("Application Received:", Some(f.received)),
        ];
        for (k, (label, d)) in rows.iter().enumerate() {
            if k == 0 && self.case.is_empty() {
                continue;
            }
            let p = &mut self.para;
            if !pairs || k % 2 == 0 || (k == 1 && self.case.is_empty()) {
                p.clear();
            }
            p.push_str(label);
            p.push_str(if pairs { "  " } else { " " });
            match (k, d) {
                (0, _) => p.push_str(&self.case),
                (3, _) => p.push_str("Standard"),
                (_, Some(d)) => d.write(p, true),
                _ => {}
            }
            if pairs && k % 2 == 0 && k < 4 {
                p.push_str("      ");
            } else {
                self.lines.line(&self.para);
            }
        }
        self.lines
            .line("Treatment(s) in Dispute Listed on IMR Application:");
        self.para.clear();
        for i in 0..self.items.len() {
            if i > 0 {
                self.para.push_str("; ");
            }
            self.para.push_str(&self.names[i]);
        }
        self.lines.para(&self.para);
        self.lines.sep();
        self.lines.para(
            "MAXIMUS Federal Services, Inc. has completed the Independent Medical Review (IMR) of the workers' \
             compensation case identified above.  This letter gives our final determination and explains how it \
             was reached.",
        );
        self.lines.sep();
        self.lines.line("HOW THE IMR FINAL DETERMINATION WAS MADE");
        let r = &mut self.rng;
        let p = &mut self.para;
        p.clear();
        let _ = write!(
            p,
            "MAXIMUS Federal Services, Inc. assigned this case to an independent physician reviewer who has no \
             affiliation with the employer, the employee, the providers or the claims administrator.  The \
             physician reviewer is board certified in {} and is licensed to practice in {}.",
            r.pick(SPECIALTIES_BOARD),
            r.pick(&["California", "California", "California and Texas", "California, Nevada"])
        );
        p.push_str(HOW_2013_TAIL);
        self.lines.para(&self.para);
        self.lines.sep();
        self.lines.line("DOCUMENTS REVIEWED");
        for (k, doc) in [
            "Application of Independent Medical Review dated ",
            "Utilization Review Determination dated ",
        ]
        .iter()
        .enumerate()
        {
            self.para.clear();
            let _ = write!(self.para, "{}. {doc}", k + 1);
            (if k == 0 { f.received } else { f.ur }).write(&mut self.para, true);
            self.lines.line(&self.para);
        }
        self.lines
            .line("3. Medical records from the treating physician");
        self.lines.sep();
        self.lines.line("CLINICAL CASE SUMMARY");
        self.summary(f, false);
        self.lines.line("IMR DECISION(S) AND RATIONALE(S)");
        self.lines.sep();
        let base = self.lines.text.len() + 500 * self.items.len();
        let budget = self.rationale_budget(f, base);
        for i in 0..self.items.len() {
            let it = self.items[i];
            self.para.clear();
            let _ = write!(
                self.para,
                "{}. {} {}",
                i + 1,
                self.names[i],
                if it.upheld {
                    "is not medically necessary and appropriate."
                } else {
                    "is medically necessary and appropriate."
                }
            );
            self.lines.para(&self.para);
            self.lines.sep();
            self.para.clear();
            self.para
                .push_str("The Claims Administrator based its decision on ");
            self.cites(it, f, "Claims Administrator", 2);
            self.lines.para(&self.para);
            self.lines.sep();
            self.para.clear();
            self.para
                .push_str("The Expert Reviewer based his/her decision on ");
            self.cites(it, f, "Expert Reviewer", 3);
            self.lines.para(&self.para);
            self.lines.sep();
            self.lines.line("The Expert Reviewer's decision rationale:");
            self.para.clear();
            self.rationale_body(it, budget, true);
            self.para.push_str(if it.upheld {
                "The request is not supported."
            } else {
                "The request is supported."
            });
            self.lines.para(&self.para);
            self.lines.sep();
        }
    }

    fn build_prof(&mut self, f: &Facts) {
        self.lines.line("MEDICAL PROFESSIONAL REVIEW");
        self.lines.sep();
        if !self.case.is_empty() && self.rng.pct(85) {
            self.para.clear();
            let _ = write!(self.para, "IMR Case Number: {}", self.case);
            self.lines.line(&self.para);
            self.lines.sep();
        }
        self.lines.line("ISSUE AT DISPUTE:");
        let single = self.items.len() == 1;
        for i in 0..self.items.len() {
            self.para.clear();
            if !single {
                let _ = write!(self.para, "{}. ", i + 1);
            }
            self.para.push_str(&self.names[i]);
            self.lines.para(&self.para);
        }
        self.lines.sep();
        self.lines.line("CASE SUMMARY:");
        self.summary(f, true);
        self.lines.line("DOCUMENTS REVIEWED FOR DETERMINATION:");
        self.lines
            .line("Application for Independent Medical Review");
        self.para.clear();
        self.para
            .push_str("Utilization Review determination dated ");
        f.ur.write(&mut self.para, true);
        self.lines.line(&self.para);
        self.lines
            .line("Progress reports from the treating physician");
        self.lines.sep();
        if self.rng.pct(30) {
            self.lines
                .line("MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY");
            self.lines.line("PROFESSIONAL REVIEWER AND WHY:");
        } else {
            self.lines.line(
                "MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:",
            );
        }
        for i in 0..self.items.len() {
            let it = self.items[i];
            self.para.clear();
            let _ = write!(self.para, "{}: ", self.names[i]);
            self.cites(it, f, "", 3);
            self.para
                .push_str("  These guidelines address the requested treatment directly.");
            self.lines.para(&self.para);
            self.lines.sep();
        }
        if self.rng.pct(30) {
            self.lines
                .line("RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT");
            self.lines.line("MEDICALLY NECESSARY:");
        } else {
            self.lines.line(
                "RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:",
            );
        }
        let base = self.lines.text.len() + 300 * self.items.len();
        let budget = self.rationale_budget(f, base);
        for i in 0..self.items.len() {
            let it = self.items[i];
            self.para.clear();
            let _ = write!(self.para, "{}: ", self.names[i]);
            self.rationale_body(it, budget, false);
            let _ = write!(
                self.para,
                "Therefore, the request for {} {}",
                self.names[i],
                if it.upheld {
                    "is not medically necessary."
                } else {
                    "is medically necessary."
                }
            );
            self.lines.para(&self.para);
            self.lines.sep();
        }
        self.lines.line("MEDICAL REVIEWER QUALIFICATIONS:");
        let r = &mut self.rng;
        self.para.clear();
        let _ = write!(
            self.para,
            "The reviewer is board certified in {} and is licensed to practice in {}.",
            r.pick(SPECIALTIES),
            r.pick(STATES)
        );
        self.lines.para(&self.para);
        self.lines.sep();
    }
}
