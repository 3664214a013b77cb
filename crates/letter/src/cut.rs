//! String slicing that cannot panic: the parser's one way to cut text at a
//! byte offset.
//!
//! `&s[a..b]` panics when an offset falls inside a multi-byte character, and
//! letters hold them (accents, typographic quotes, other scripts' digits,
//! invisible marks). An offset taken from a match on the same text is always
//! on a boundary; one computed from it (`+ n`, a fixed width, a position in a
//! lower-cased or folded copy, a cap on length) may not be. The crate denies
//! `clippy::string_slice`, so every cut goes through here: an offset inside a
//! character moves back to that character's start, one past the end stops at
//! the end, and a range that comes out reversed is empty. On offsets that
//! are already boundaries (nearly all) these are the plain slices.

use std::ops::{Bound, RangeBounds};

/// The char boundary at or before `i`, at most `s.len()`.
#[inline]
pub fn floor(s: &str, i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    let mut i = i;
    // A UTF-8 character is at most 4 bytes: at most 3 steps back.
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `&s[range]`, each end moved back to a char boundary (see the module doc).
#[inline]
pub fn slice<R: RangeBounds<usize>>(s: &str, range: R) -> &str {
    let start = match range.start_bound() {
        Bound::Included(&a) => floor(s, a),
        Bound::Excluded(&a) => floor(s, a.saturating_add(1)),
        Bound::Unbounded => 0,
    };
    let end = match range.end_bound() {
        Bound::Included(&b) => floor(s, b.saturating_add(1)),
        Bound::Excluded(&b) => floor(s, b),
        Bound::Unbounded => s.len(),
    };
    s.get(start..end.max(start)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries_are_plain_slices() {
        let s = "ab\u{e9}cd";
        assert_eq!(slice(s, 1..4), "b\u{e9}");
        assert_eq!(slice(s, 4..), "cd");
        assert_eq!(slice(s, ..2), "ab");
        assert_eq!(slice(s, ..), s);
        assert_eq!(slice(s, 0..=1), "ab");
    }

    #[test]
    fn offsets_inside_a_character_move_back() {
        let s = "a\u{e9}b"; // é is bytes 1..3
        assert_eq!(slice(s, 2..), "\u{e9}b");
        assert_eq!(slice(s, ..2), "a");
        assert_eq!(slice(s, 2..2), "");
        assert_eq!(floor(s, 2), 1);
    }

    #[test]
    fn out_of_range_and_reversed_are_clamped() {
        let s = "abc";
        assert_eq!(slice(s, 2..10), "c");
        assert_eq!(slice(s, 10..), "");
        let (hi, lo) = (2, 1);
        assert_eq!(slice(s, hi..lo), "");
        assert_eq!(slice(s, ..=usize::MAX), "abc");
    }

    #[test]
    fn any_offsets_on_any_text_never_panic() {
        let texts = [
            "",
            "x",
            "\u{1D7CE}\u{0301}a\u{200B}",
            "\u{0660}/\u{0661}/20",
        ];
        for t in texts {
            for a in 0..=t.len() + 2 {
                for b in 0..=t.len() + 2 {
                    let got = slice(t, a..b);
                    assert!(got.len() <= t.len());
                    let _ = slice(t, a..=b);
                    let _ = slice(t, ..b);
                    let _ = slice(t, a..);
                }
            }
        }
    }
}
