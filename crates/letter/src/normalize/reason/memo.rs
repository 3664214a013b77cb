//! What the rows found in sentences already read, by the sentence's text:
//! reviewers paste the same guideline passages and stock findings into
//! thousands of letters, and a sentence's row results depend on its text
//! alone, so a sentence met again is not searched again.
//!
//! This module owns the per-thread table of those results ([`Memo`]). It
//! holds for each sentence which rows were searched and whether each fired,
//! whether it quotes the guideline by itself and whether it ends a quoted
//! block; everything else (the rationale's other sentences, the item's
//! service and outcome) is decided by the caller each time. The table is
//! bounded: it keeps sentences of at most [`LONGEST`] bytes (pasted text is
//! short sentences; a damaged letter may have one of megabytes), and when
//! it holds [`CAPACITY`] of them it starts again empty, so a thread's table
//! stays under about ten megabytes.

use std::cell::RefCell;
use std::collections::HashMap;

use super::RULES;

/// Sentences kept per thread before the table starts again: a few
/// megabytes, enough for the boilerplate of a large corpus.
pub(super) const CAPACITY: usize = 1 << 14;

/// The longest sentence kept, in bytes.
pub(super) const LONGEST: usize = 600;

/// Words of a row bitset.
const WORDS: usize = 5;

// Every row has a bit.
const _: () = assert!(RULES.len() <= 64 * WORDS);

/// A yes, no or not yet known, in two bits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) enum Known {
    #[default]
    Unknown,
    No,
    Yes,
}

impl Known {
    fn of(b: bool) -> Known {
        if b {
            Known::Yes
        } else {
            Known::No
        }
    }

    fn get(self) -> Option<bool> {
        match self {
            Known::Unknown => None,
            Known::No => Some(false),
            Known::Yes => Some(true),
        }
    }
}

/// What is known of one sentence.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Memo {
    /// Rows searched in the sentence.
    searched: [u64; WORDS],
    /// Rows that fired in it (a subset of `searched`).
    fired: [u64; WORDS],
    /// Whether it quotes the guideline by itself.
    quoted: Known,
    /// Whether it ends a quoted block.
    block_end: Known,
}

impl Memo {
    /// Whether row `r` fires in the sentence: remembered, or found by
    /// `search` and remembered.
    pub(super) fn fires(&mut self, r: usize, search: impl FnOnce() -> bool) -> bool {
        let (w, bit) = (r / 64, 1u64 << (r % 64));
        if self.searched[w] & bit != 0 {
            return self.fired[w] & bit != 0;
        }
        let fired = search();
        self.searched[w] |= bit;
        if fired {
            self.fired[w] |= bit;
        }
        fired
    }

    /// Whether the sentence quotes the guideline by itself.
    pub(super) fn quoted(&mut self, decide: impl FnOnce() -> bool) -> bool {
        remembered(&mut self.quoted, decide)
    }

    /// Whether the sentence ends a quoted block.
    pub(super) fn block_end(&mut self, decide: impl FnOnce() -> bool) -> bool {
        remembered(&mut self.block_end, decide)
    }

    /// `other`'s knowledge added to this one's (both are of one sentence,
    /// so they never disagree).
    fn merge(&mut self, other: &Memo) {
        for w in 0..WORDS {
            self.fired[w] |= other.fired[w] & !self.searched[w];
            self.searched[w] |= other.searched[w];
        }
        if self.quoted == Known::Unknown {
            self.quoted = other.quoted;
        }
        if self.block_end == Known::Unknown {
            self.block_end = other.block_end;
        }
    }
}

fn remembered(k: &mut Known, decide: impl FnOnce() -> bool) -> bool {
    if let Some(b) = k.get() {
        return b;
    }
    let b = decide();
    *k = Known::of(b);
    b
}

thread_local! {
    static TABLE: RefCell<HashMap<Box<str>, Memo>> = RefCell::new(HashMap::new());
}

/// What is known of the sentence `text` (nothing, for one not met yet).
pub(super) fn recall(text: &str) -> Memo {
    if text.len() > LONGEST {
        return Memo::default();
    }
    TABLE.with(|t| t.borrow().get(text).copied().unwrap_or_default())
}

/// Keeps what `memo` knows of the sentence `text`, when it knows more than
/// `before` (what [`recall`] gave).
pub(super) fn keep(text: &str, before: &Memo, memo: &Memo) {
    if memo == before || text.len() > LONGEST {
        return;
    }
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        if let Some(m) = t.get_mut(text) {
            m.merge(memo);
            return;
        }
        if t.len() >= CAPACITY {
            t.clear();
        }
        t.insert(text.into(), *memo);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_is_searched_once_per_sentence() {
        let text = "memo test: a sentence no letter holds.";
        let before = recall(text);
        let mut m = before;
        let mut searches = 0;
        for _ in 0..3 {
            assert!(m.fires(5, || {
                searches += 1;
                true
            }));
            assert!(!m.fires(70, || {
                searches += 1;
                false
            }));
        }
        assert_eq!(searches, 2);
        keep(text, &before, &m);
        let mut again = recall(text);
        assert!(again.fires(5, || unreachable!()));
        assert!(!again.fires(70, || unreachable!()));
        assert!(again.quoted(|| true));
        assert!(again.quoted(|| unreachable!()));
    }

    #[test]
    fn long_sentences_are_not_kept() {
        let text = "x".repeat(LONGEST + 1);
        let before = recall(&text);
        let mut m = before;
        m.fires(3, || true);
        keep(&text, &before, &m);
        assert_eq!(recall(&text), Memo::default());
    }

    #[test]
    fn knowledge_kept_twice_adds_up() {
        let text = "memo test: another sentence.";
        let before = recall(text);
        let (mut a, mut b) = (before, before);
        a.fires(1, || true);
        b.fires(2, || false);
        b.block_end(|| true);
        keep(text, &before, &a);
        keep(text, &before, &b);
        let mut m = recall(text);
        assert!(m.fires(1, || unreachable!()));
        assert!(!m.fires(2, || unreachable!()));
        assert!(m.block_end(|| unreachable!()));
    }
}
