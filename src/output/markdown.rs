//! Markdown citations (`--format md`): per item a citation line (case
//! number, IMR decision date, service, outcome, reviewer specialty,
//! guidelines relied on) and, when the query matched the rationale, the
//! whole sentence holding the first match as a block quote; then the
//! item's decision reasons, each with the sentence that gave it. The same
//! [`Citation`] serves search hits, the letter view's "Copy citation"
//! button (through `/api/letter`) and any later list of items, so a pasted
//! citation reads the same wherever it was copied from.

use std::io::{self, Write};

use crate::date::IsoDate;
use crate::letter::{Letter, Outcome, ReasonEvidence};
use crate::search::{Hit, SearchResults};

/// What a citation names. Paths are facet paths (`/ODG/Low Back`).
#[derive(Debug, Clone, PartialEq)]
pub struct Citation<'a> {
    /// Case number, else the file the letter came from.
    pub case: &'a str,
    /// IMR decision date.
    pub decision_date: Option<IsoDate>,
    /// The disputed item as written.
    pub service: &'a str,
    /// Upheld or overturned; `None` when the letter does not say.
    pub outcome: Option<Outcome>,
    /// Reviewer specialties, primary first.
    pub specialties: &'a [String],
    /// Guidelines the expert reviewer relied on.
    pub guidelines: &'a [String],
    /// The reviewer's sentence to quote, when there is one.
    pub sentence: Option<&'a str>,
    /// The item's decision reasons with the sentences that gave them.
    pub reasons: &'a [ReasonEvidence],
}

impl<'a> Citation<'a> {
    /// The citation of a search hit.
    pub fn of_hit(hit: &'a Hit) -> Self {
        Citation {
            case: hit.case_number.as_deref().unwrap_or(&hit.file),
            decision_date: hit.decision_date,
            service: &hit.service,
            outcome: hit.outcome,
            specialties: &hit.specialties,
            guidelines: &hit.guidelines,
            sentence: hit.sentence.as_deref(),
            reasons: &hit.reason_evidence,
        }
    }

    /// The citation of item `index` of `letter` (`None` past its items),
    /// quoting `sentence` when given.
    pub fn of_item(letter: &'a Letter, index: usize, sentence: Option<&'a str>) -> Option<Self> {
        let item = letter.items.get(index)?;
        Some(Citation {
            case: letter
                .case_number
                .as_deref()
                .or(letter.file.as_deref())
                .unwrap_or("case number not stated"),
            decision_date: letter.decision_date,
            service: &item.service,
            outcome: item.outcome,
            specialties: &letter.specialties,
            guidelines: &item.reviewer_guidelines,
            sentence,
            reasons: &item.reason_evidence,
        })
    }

    /// The one-line citation, e.g. `CM14-0000001 (IMR decision 2014-04-01):
    /// Norco 10/325mg #90, upheld. Reviewer: Pain Medicine. Guidelines
    /// relied on: MTUS/Chronic Pain/Opioids; ODG/Pain/Opioids.`
    pub fn line(&self) -> String {
        let date = self
            .decision_date
            .map_or("decision date not stated".to_string(), |d| {
                format!("IMR decision {d}")
            });
        let outcome = self.outcome.map_or("outcome not stated", Outcome::as_str);
        let specialty = if self.specialties.is_empty() {
            "specialty not stated".to_string()
        } else {
            paths(self.specialties, ", ")
        };
        let guidelines = if self.guidelines.is_empty() {
            "none named".to_string()
        } else {
            paths(self.guidelines, "; ")
        };
        format!(
            "{} ({date}): {}, {outcome}. Reviewer: {specialty}. Guidelines relied on: {guidelines}.",
            escape(self.case),
            escape(self.service.trim()),
        )
    }

    /// The citation line; when there is a sentence, a blank line and the
    /// sentence as a Markdown block quote; when the item has decision
    /// reasons, a blank line and a list of them, each with the sentence
    /// that gave it (`- No functional improvement: "There is ..."`). No
    /// trailing newline.
    pub fn markdown(&self) -> String {
        let mut out = match self.sentence {
            Some(s) => format!("{}\n\n> {}", self.line(), escape(s)),
            None => self.line(),
        };
        if !self.reasons.is_empty() {
            out.push_str("\n\nReasons:");
            for r in self.reasons {
                out.push_str(&format!(
                    "\n- {}: \"{}\"",
                    escape(r.reason.trim_start_matches('/')),
                    escape(&r.sentence)
                ));
            }
        }
        out
    }
}

/// Facet paths as words: `/ODG/Low Back` -> `ODG/Low Back`.
fn paths(list: &[String], sep: &str) -> String {
    let words: Vec<String> = list
        .iter()
        .map(|p| escape(p.trim_start_matches('/')))
        .collect();
    words.join(sep)
}

/// Backslash-escapes the characters that would turn letter text into
/// Markdown emphasis, code, links or HTML, and folds line breaks, so the
/// pasted text reads exactly as the letter wrote it.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>') {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// Writes one citation per hit, separated by blank lines.
pub fn search(out: &mut dyn Write, results: &SearchResults) -> io::Result<()> {
    for (i, hit) in results.hits.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        writeln!(out, "{}", Citation::of_hit(hit).markdown())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn full_citation_with_quote() {
        let specialties = strings(&["/Pain Medicine", "/Anesthesiology"]);
        let guidelines = strings(&["/MTUS/Chronic Pain", "/ODG/Pain/Opioids"]);
        let c = Citation {
            case: "CM14-0000001",
            decision_date: IsoDate::new(2014, 4, 1),
            service: "Norco 10/325mg #90\n",
            outcome: Some(Outcome::Upheld),
            specialties: &specialties,
            guidelines: &guidelines,
            sentence: Some("Use *only* with <care>."),
            reasons: &[],
        };
        assert_eq!(
            c.markdown(),
            "CM14-0000001 (IMR decision 2014-04-01): Norco 10/325mg #90, upheld. \
             Reviewer: Pain Medicine, Anesthesiology. Guidelines relied on: \
             MTUS/Chronic Pain; ODG/Pain/Opioids.\n\n> Use \\*only\\* with \\<care\\>."
        );
    }

    #[test]
    fn reasons_follow_with_their_sentences() {
        let reasons = [
            ReasonEvidence {
                reason: "/No functional improvement".into(),
                sentence: "There is no documented gain from *prior* visits.".into(),
            },
            ReasonEvidence {
                reason: "/Exceeds guideline quantity or duration".into(),
                sentence: "Twelve visits exceed the guideline.".into(),
            },
        ];
        let c = Citation {
            case: "CM14-0000002",
            decision_date: None,
            service: "Physical therapy x12",
            outcome: Some(Outcome::Upheld),
            specialties: &[],
            guidelines: &[],
            sentence: Some("Twelve visits exceed the guideline."),
            reasons: &reasons,
        };
        let md = c.markdown();
        assert!(
            md.ends_with(
                "\n\n> Twelve visits exceed the guideline.\n\nReasons:\n\
                 - No functional improvement: \"There is no documented gain from \\*prior\\* visits.\"\n\
                 - Exceeds guideline quantity or duration: \"Twelve visits exceed the guideline.\""
            ),
            "{md}"
        );
    }

    #[test]
    fn missing_parts_are_said() {
        let c = Citation {
            case: "d/four.txt",
            decision_date: None,
            service: "Knee brace",
            outcome: None,
            specialties: &[],
            guidelines: &[],
            sentence: None,
            reasons: &[],
        };
        assert_eq!(
            c.markdown(),
            "d/four.txt (decision date not stated): Knee brace, outcome not stated. \
             Reviewer: specialty not stated. Guidelines relied on: none named."
        );
    }
}
