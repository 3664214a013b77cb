//! ACOEM citations: the chapter (by number, by title, or as written), the
//! edition, and whether the citation is of the MTUS-adopted text
//! (`/MTUS/ACOEM/...`) or of ACOEM outside the MTUS (`/ACOEM/<edition>/...`).

use super::clause::{clean_name, compile, find_boundary, is_separator, PAGES};
use super::markers::Kind;
use super::tables::{ACOEM2_TABLE, ACOEM3_TABLE};
use super::Context;
use crate::cut;
use once_cell::sync::Lazy;
use regex::Regex;
use std::borrow::Cow;

fn title_regex(table: &[(&str, &str)]) -> Regex {
    let alts: Vec<String> = table.iter().map(|(_, p)| format!("({p})")).collect();
    compile(&format!(r"(?i)\b(?:{})\b", alts.join("|")))
}

pub(super) static ACOEM2_TITLE: Lazy<Regex> = Lazy::new(|| title_regex(ACOEM2_TABLE));

pub(super) static ACOEM3_TITLE: Lazy<Regex> = Lazy::new(|| title_regex(ACOEM3_TABLE));

pub(super) fn title_in(
    re: &Regex,
    table: &[(&'static str, &str)],
    s: &str,
) -> Option<&'static str> {
    let caps = re.captures(s)?;
    let idx = caps.iter().skip(1).position(|g| g.is_some())?;
    Some(table[idx].0)
}

/// "Chapter 8", "Chapter: 12", "Ch 13", "chap 7".
pub(super) static CHAPTER_NUMBER: Lazy<Regex> =
    Lazy::new(|| compile(r"(?i)\bch(?:apter|apt|ap)?\s*[:#]?\s*(\d{1,2})\b"));

/// "2nd Edition (2004)", "Second Edition", "3rd ed", "(2011)".
pub(super) static EDITION: Lazy<Regex> = Lazy::new(|| {
    compile(
        r"(?i)\b(?:(2nd|second)|(3rd|third)|(4th|fourth))\s+ed(?:ition)?\b|\((?:(2004|2007|2008)|(2011|2012))\)",
    )
});

fn edition_in(s: &str) -> Option<u8> {
    let caps = EDITION.captures(s)?;
    let idx = caps.iter().skip(1).position(|g| g.is_some())?;
    Some(match idx {
        0 | 3 => 2,
        1 | 4 => 3,
        _ => 4,
    })
}

/// "MTUS", "Medical Treatment Utilization Schedule"; group 1 for the words
/// that put what follows outside it: "Non-MTUS", "outside of the MTUS",
/// "Other Medical Treatment Guidelines".
pub(super) static MTUS_TOKEN: Lazy<Regex> = Lazy::new(|| {
    compile(
        r"(?i)\b(non[\s-]*MTUS|outside\s+(?:of\s+)?the\s+MTUS|other\s+medical\s+treatment\s+guidel?ines?)\b|\b(?:MTUS|medical\s+treatment\s+utilization\s+schedule)\b",
    )
});

/// "..., which is part of the MTUS." / "which is not part of the MTUS."
pub(super) static PART_OF_MTUS: Lazy<Regex> = Lazy::new(|| {
    compile(
        r"(?i)\b(?:is|are)\s+(not\s+)?(?:a\s+)?part\s+of\s+(?:the\s+)?(?:CA\s+|california\s+)?(?:MTUS|medical\s+treatment\s+utilization\s+schedule)",
    )
});

/// Wording around an ACOEM chapter name that is not the name: editions,
/// years, book titles, "Chapter N".
pub(super) static ACOEM_NOISE: Lazy<Regex> = Lazy::new(|| {
    compile(
        r"(?i)\b(?:2nd|second|3rd|third|4th|fourth)\s+ed(?:ition)?\b|\(\s*(?:19|20)\d\d\s*\)|\b(?:19|20)\d\d\b|\bch(?:apter|apt|ap)?\s*[:#]?\s*\d{1,2}\b|\bACOEM\b|\b(?:occupational\s+medicine\s+)?practice\s+guidel?ines?\b|\bguidel?ines?\b|\bnon[\s-]*MTUS\b|\bMTUS\b|\brevised\b|\bupdated?\b",
    )
});

pub(super) fn acoem_path(kind: Kind, ctx: &Context<'_>, tail: &str, strong: &str) -> String {
    // A bare "Low Back Complaints" marker names the chapter itself.
    let lead = if kind == Kind::AcoemTitle {
        ctx.marker
    } else {
        ""
    };
    let sentence = cut::slice(tail, ..find_boundary(tail, false).unwrap_or(tail.len()));
    let edition = edition_in(strong);
    // "Decision based on Non-MTUS Citation ..., Harris J. Occupational medicine
    // practice guidelines, 2nd edition": the whole citation sentence decides
    // when nothing nearer does.
    let in_mtus = mtus_context(ctx.before)
        .or_else(|| PART_OF_MTUS.captures(tail).map(|c| c.get(1).is_none()))
        .or_else(|| edition.filter(|e| *e > 2).map(|_| false))
        .or_else(|| {
            MTUS_TOKEN
                .captures_iter(ctx.scope)
                .last()
                .map(|c| c.get(1).is_none())
        })
        .unwrap_or(true);
    let number = CHAPTER_NUMBER
        .captures(strong)
        .and_then(|c| c.get(1)?.as_str().parse::<usize>().ok());
    let later_edition = edition.is_some_and(|e| e > 2);
    let title: Option<Cow<'static, str>> = if later_edition {
        title_in(&ACOEM3_TITLE, ACOEM3_TABLE, sentence)
            .map(Cow::Borrowed)
            .or_else(|| acoem_as_written(sentence).map(Cow::Owned))
            .or_else(|| number.map(|n| Cow::Owned(format!("Chapter {n}"))))
    } else {
        number
            .and_then(|n| ACOEM2_TABLE.get(n.checked_sub(1)?))
            .map(|(t, _)| Cow::Borrowed(*t))
            .or_else(|| title_in(&ACOEM2_TITLE, ACOEM2_TABLE, lead).map(Cow::Borrowed))
            .or_else(|| title_in(&ACOEM2_TITLE, ACOEM2_TABLE, sentence).map(Cow::Borrowed))
            .or_else(|| acoem_as_written(sentence).map(Cow::Owned))
    };
    // A chapter only the 3rd edition has ("Hip and Groin Disorders") names
    // its edition when the letter does not.
    let third_only = title.as_deref().is_some_and(|t| {
        ACOEM3_TABLE.iter().any(|(n, _)| *n == t) && !ACOEM2_TABLE.iter().any(|(n, _)| *n == t)
    });
    let edition = edition.or(third_only.then_some(3));
    let mut path = if in_mtus {
        String::from("/MTUS/ACOEM")
    } else {
        let ed = match edition {
            Some(2) => "2nd Edition",
            Some(3) => "3rd Edition",
            Some(_) => "4th Edition",
            None => "Edition not stated",
        };
        format!("/ACOEM/{ed}")
    };
    if let Some(t) = title {
        path.push('/');
        path.push_str(&t);
    }
    path
}

/// The nearest "MTUS" (true) or "Non-MTUS" (false) in the same sentence
/// before a marker: "MTUS: ACOEM ...", "Non-MTUS Citation: ACOEM ...".
fn mtus_context(before: &str) -> Option<bool> {
    let from = before
        .rfind(';')
        .max(before.rfind(". "))
        .map_or(0, |i| i + 1);
    MTUS_TOKEN
        .captures_iter(cut::slice(before, from..))
        .last()
        .map(|c| c.get(1).is_none())
}

/// A chapter name as the letter wrote it: "Chronic Pain chapter" in
/// "ACOEM Practice Guidelines, 3rd Edition, Chronic Pain chapter".
fn acoem_as_written(sentence: &str) -> Option<String> {
    let no_pages = PAGES.replace_all(sentence, " ");
    let text = ACOEM_NOISE.replace_all(&no_pages, " ");
    text.split([',', ':', '(', ')'])
        .map(str::trim)
        .filter(|p| !p.chars().all(is_separator))
        .find_map(|p| {
            p.starts_with(|c: char| c.is_uppercase())
                .then(|| clean_name(p, 6))
                .flatten()
        })
}
