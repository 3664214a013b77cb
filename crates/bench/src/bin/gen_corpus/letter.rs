//! One letter: the per-task generator, the facts every section shares,
//! the items in dispute, and the sections the layouts have in common
//! (summary, citations, rationales). The layouts are in `layouts.rs`.

use std::fmt::Write as _;

use crate::date::Date;
use crate::model::{Cite, Fam, Layout, Qty, Region, Service, REGIONS};
use crate::prose::*;
use crate::render::{render, Lines, Style};
use crate::rng::{splitmix, Rng};
use crate::vocab::*;

#[derive(Clone, Copy)]
pub(crate) struct ItemPlan {
    pub(crate) svc: &'static Service,
    pub(crate) upheld: bool,
}

/// Per-task generator state; all buffers are reused from letter to letter.
pub(crate) struct Gen {
    pub(crate) rng: Rng,
    pub(crate) lines: Lines,
    pub(crate) para: String,
    pub(crate) names: Vec<String>,
    pub(crate) items: Vec<ItemPlan>,
    pub(crate) case: String,
    pub(crate) file_name: String,
    pub(crate) out: Vec<u8>,
}

/// Everything about a letter that more than one section needs.
pub(crate) struct Facts {
    pub(crate) layout: Layout,
    pub(crate) region: Region,
    pub(crate) age: u32,
    pub(crate) male: bool,
    pub(crate) injury: Date,
    pub(crate) ur: Date,
    pub(crate) ur_days: i64,
    /// The report that made the request, a few weeks before the UR date.
    pub(crate) request: Date,
    pub(crate) received: Date,
    pub(crate) assigned: Date,
    pub(crate) decision: Date,
    pub(crate) long_dates: bool,
    pub(crate) glue: bool,
    pub(crate) target: usize,
}

impl Gen {
    pub(crate) fn new() -> Self {
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
    pub(crate) fn letter(&mut self, index: u64, seed: u64) {
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

    pub(crate) fn choose_items(&mut self, f: &Facts) {
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

    pub(crate) fn build_names(&mut self, f: &Facts) {
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

    pub(crate) fn summary(&mut self, f: &Facts, ur_sentence: bool) {
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
    pub(crate) fn cites(&mut self, it: ItemPlan, f: &Facts, who: &str, max: u32) {
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
    pub(crate) fn rationale_body(&mut self, it: ItemPlan, budget: usize, paras: bool) {
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

    pub(crate) fn rationale_budget(&self, f: &Facts, base: usize) -> usize {
        let n = self.items.len().max(1);
        (f.target.saturating_sub(base) / n).clamp(250, 12_000)
    }
}
