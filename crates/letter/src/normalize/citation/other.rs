//! Sources outside MTUS, ODG and ACOEM that no marker names: web addresses
//! filed by their site, and what follows a lead such as "Non-MTUS Citation"
//! (a bare ODG chapter, else an unknown source filed under `/Other/`).
//! Named other sources ("Medscape", "FDA") are rows of the marker table.

use super::clause::{clean_name, find_boundary, skip_separators, PAGES, TOPIC_NOISE};
use super::odg::{odg_chapter_at, odg_paths, PREFACE};
use super::tables::SITE_TABLE;
use super::Found;
use crate::cut;

/// A web address, filed by its site: a known source's path, else
/// `/Other/<site>` ("www.mdguidelines.com/..." -> `/Other/mdguidelines.com`).
pub(super) fn url_path(marker: &str) -> Found {
    let no_scheme = marker
        .split_once("://")
        .map_or(marker, |(_, rest)| rest)
        .trim_start();
    let host = no_scheme
        .split(['/', '?', '#'])
        .next()
        .unwrap_or("")
        .trim_end_matches('.')
        .to_ascii_lowercase();
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    // "nhs.co.uk"-style names keep three labels.
    let keep = match labels.as_slice() {
        [.., second, tld]
            if tld.len() == 2 && ["co", "ac", "gov", "org", "com", "net"].contains(second) =>
        {
            3
        }
        _ => 2,
    };
    let site = labels[labels.len().saturating_sub(keep)..].join(".");
    match SITE_TABLE.iter().find(|(s, _)| *s == site) {
        Some((_, path)) => Found::known((*path).to_string()),
        None if site.contains('.') => Found::known(format!("/Other/{site}")),
        None => Found::unknown("/Other/Web page".to_string()),
    }
}

/// What follows "Non-MTUS Citation" or "Other Medical Treatment Guidelines"
/// when no known source marker does: an ODG chapter named without "ODG"
/// ("Non-MTUS Citation Low Back (...)"), else an unknown source, filed by
/// its first phrase ("University of Somewhere Health System. ...").
pub(super) fn lead_paths(tail: &str) -> Vec<Found> {
    let (n, _) = skip_separators(tail);
    let rest = cut::slice(tail, n..);
    if rest.is_empty() {
        return Vec::new();
    }
    if odg_chapter_at(rest).is_some() || PREFACE.find(rest).is_some_and(|m| !m.is_empty()) {
        return odg_paths(rest);
    }
    let clause = cut::slice(rest, ..find_boundary(rest, false).unwrap_or(rest.len()));
    let first = clause
        .split([',', ':', '(', ')', ';'])
        .next()
        .unwrap_or(clause);
    let no_pages = PAGES.replace_all(first, " ");
    let text = TOPIC_NOISE.replace_all(&no_pages, " ");
    match clean_name(&text, 10) {
        Some(name) => vec![Found::unknown(format!("/Other/{name}"))],
        None => Vec::new(),
    }
}
