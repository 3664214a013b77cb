//! Regexes for the hot path, compiled twice: as written, for any text, and
//! over bytes with Unicode off, for ASCII text (most letters).
//!
//! On an ASCII haystack the two forms give the same matches at the same
//! byte offsets: `.`, `\w`, `\s`, `\d`, `\b` and negated classes agree on
//! ASCII characters, and the only case folds that leave ASCII (Kelvin sign,
//! long s) cannot occur in it. The byte form is much cheaper: its automaton
//! has none of the UTF-8 states that Unicode classes multiply inside
//! repetitions such as `[^.]{0,60}?`, and the lazy DFA never has to give up
//! on a Unicode word boundary. A pattern with a non-ASCII literal has no
//! byte form and always runs as written.

use std::borrow::Cow;

use regex::Regex;

/// A pattern in both forms.
pub(crate) struct Dual {
    unicode: Regex,
    ascii: Option<regex::bytes::Regex>,
    /// The byte form is lower-cased and case-sensitive, and searches the
    /// lower-cased text: ASCII case-insensitive matching is exactly that,
    /// at the same offsets, and exact literals make a much faster
    /// prefilter than their case permutations.
    lowered: bool,
}

/// `p` with its literal ASCII letters lower-cased; the character after a
/// backslash is kept (`\b`, `\S`, `\d` mean the same on lower-cased text).
pub(crate) fn lower_pattern(p: &str) -> String {
    let mut out = String::with_capacity(p.len());
    let mut escaped = false;
    for c in p.chars() {
        out.push(if escaped { c } else { c.to_ascii_lowercase() });
        escaped = !escaped && c == '\\';
    }
    out
}

/// The lower-cased byte form of a pattern that is case-insensitive as a
/// whole (`(?i)` or `(?ix)` in front and no other flag group).
fn lowered_form(pattern: &str) -> Option<regex::bytes::Regex> {
    let (flags, rest) = if let Some(rest) = pattern.strip_prefix("(?i)") {
        ("(?-u)", rest)
    } else {
        ("(?-u)(?x)", pattern.strip_prefix("(?ix)")?)
    };
    if rest.replace("(?:", "").contains("(?") || rest.contains("\\x") || rest.contains("\\u") {
        return None;
    }
    regex::bytes::Regex::new(&format!("{flags}{}", lower_pattern(rest))).ok()
}

/// A match or capture group: byte offsets into the searched text.
pub(crate) type Span = (usize, usize);

impl Dual {
    /// Compiles a static pattern; a bad one is a programming error that
    /// every test run would hit.
    pub(crate) fn new(pattern: &str) -> Dual {
        let lowered = lowered_form(pattern);
        Dual {
            unicode: Regex::new(pattern).expect("static regex"),
            lowered: lowered.is_some(),
            ascii: lowered.or_else(|| regex::bytes::Regex::new(&format!("(?-u){pattern}")).ok()),
        }
    }

    /// The byte form and the bytes it searches, when `text` is ASCII.
    fn bytes_for<'a>(&'a self, text: &'a str) -> Option<(&'a regex::bytes::Regex, Cow<'a, [u8]>)> {
        let re = self.ascii.as_ref().filter(|_| text.is_ascii())?;
        let hay = if self.lowered {
            Cow::Owned(text.as_bytes().to_ascii_lowercase())
        } else {
            Cow::Borrowed(text.as_bytes())
        };
        Some((re, hay))
    }

    /// Whether the pattern matches somewhere in `text`.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        match self.bytes_for(text) {
            Some((re, hay)) => re.is_match(&hay),
            None => self.unicode.is_match(text),
        }
    }

    /// The leftmost match.
    pub(crate) fn find(&self, text: &str) -> Option<Span> {
        match self.bytes_for(text) {
            Some((re, hay)) => re.find(&hay).map(|m| (m.start(), m.end())),
            None => self.unicode.find(text).map(|m| (m.start(), m.end())),
        }
    }

    /// The successive non-overlapping matches (`find_iter`).
    pub(crate) fn find_iter(&self, text: &str) -> Vec<Span> {
        match self.bytes_for(text) {
            Some((re, hay)) => re.find_iter(&hay).map(|m| (m.start(), m.end())).collect(),
            None => self
                .unicode
                .find_iter(text)
                .map(|m| (m.start(), m.end()))
                .collect(),
        }
    }

    /// The groups of the leftmost match; group 0 is the whole match.
    pub(crate) fn captures(&self, text: &str) -> Option<Vec<Option<Span>>> {
        match self.bytes_for(text) {
            Some((re, hay)) => re
                .captures(&hay)
                .map(|c| c.iter().map(|g| g.map(|m| (m.start(), m.end()))).collect()),
            None => self
                .unicode
                .captures(text)
                .map(|c| c.iter().map(|g| g.map(|m| (m.start(), m.end()))).collect()),
        }
    }

    /// The groups of each successive match (`captures_iter`); group 0 is the
    /// whole match.
    pub(crate) fn captures_iter(&self, text: &str) -> Vec<Vec<Option<Span>>> {
        match self.bytes_for(text) {
            Some((re, hay)) => re
                .captures_iter(&hay)
                .map(|c| c.iter().map(|g| g.map(|m| (m.start(), m.end()))).collect())
                .collect(),
            None => self
                .unicode
                .captures_iter(text)
                .map(|c| c.iter().map(|g| g.map(|m| (m.start(), m.end()))).collect())
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_forms_agree_on_ascii_and_unicode_text() {
        let d = Dual::new(r"(?i)\binjur\w*\b[^.]{0,20}?\bon\s*(\d{1,2}/\d{1,2})");
        assert!(d.ascii.is_some() && d.lowered);
        for t in [
            "Injured at work on 3/4 and again ON 5/6.",
            "caf\u{e9} injury on 3/4",
            "\u{e9}injury on 3/4",
            "INJURED AT WORK ON 3/4; Injury On 12/31 and injuries on 1/2",
        ] {
            let want: Vec<Vec<Option<Span>>> = d
                .unicode
                .captures_iter(t)
                .map(|c| c.iter().map(|g| g.map(|m| (m.start(), m.end()))).collect())
                .collect();
            assert_eq!(d.captures_iter(t), want, "{t}");
        }
        assert!(
            Dual::new("[\u{2019}']s").ascii.is_none() || Dual::new("[\u{2019}']s").is_match("x's")
        );
    }
}
