//! The three published layouts: 2014 determinations, 2013 letterheads and
//! medical professional reviews, each written line by line into the
//! generator's buffers.

use std::fmt::Write as _;

use crate::date::Date;
use crate::letter::{Facts, Gen};
use crate::prose::*;
use crate::vocab::*;

impl Gen {
    pub(crate) fn build_2014(&mut self, f: &Facts) {
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
    pub(crate) fn header_table(&mut self, f: &Facts, variant: usize) {
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

    pub(crate) fn build_2013(&mut self, f: &Facts) {
        self.letterhead_2013(f);
        self.header_rows_2013(f);
        self.intro_2013();
        self.how_made_2013();
        self.documents_2013(f);
        self.lines.line("CLINICAL CASE SUMMARY");
        self.summary(f, false);
        self.decisions_2013(f);
    }

    /// MAXIMUS's letterhead, the notice's title and its date.
    fn letterhead_2013(&mut self, f: &Facts) {
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
    }

    /// The case's header rows, one label per line or two pairs per line.
    fn header_rows_2013(&mut self, f: &Facts) {
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
    }

    /// The treatments in dispute and the opening paragraph.
    fn intro_2013(&mut self) {
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
    }

    /// How the determination was made: the reviewer's board and licence.
    fn how_made_2013(&mut self) {
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
    }

    /// The documents the reviewer read.
    fn documents_2013(&mut self, f: &Facts) {
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
    }

    /// Each item's decision, the two parties' citations and the rationale.
    fn decisions_2013(&mut self, f: &Facts) {
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

    pub(crate) fn build_prof(&mut self, f: &Facts) {
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
