//! Per-thread memo tables in front of the costliest vocabularies.
//!
//! A corpus repeats itself: the same guideline paragraph ("Decision based on
//! Non-MTUS Citation Official Disability Guidelines (ODG) Pain (Chronic),
//! Opioids") and the same item names ("Norco 10/325mg #90") recur across
//! thousands of letters, and mapping them is most of the parser's regex work.
//! Each thread keeps a bounded table, so parallel indexing needs no locks;
//! a full table is simply emptied (the hot entries come straight back).

use std::cell::RefCell;
use std::collections::HashMap;
use std::thread::LocalKey;

use super::{citation, service};

/// Entries per table before it is emptied.
const CAPACITY: usize = 16_384;

/// Paragraphs longer than this are mapped directly: long paragraphs are
/// rarely repeated word for word, and keying on them costs memory.
const MAX_KEY: usize = 2_048;

type Table<V> = RefCell<HashMap<Box<str>, V>>;

thread_local! {
    static PATHS: Table<citation::Reading> = RefCell::new(HashMap::new());
    static CATEGORIES: Table<String> = RefCell::new(HashMap::new());
}

fn memo<V: Clone>(
    table: &'static LocalKey<Table<V>>,
    key: &str,
    compute: impl FnOnce(&str) -> V,
) -> V {
    if key.len() > MAX_KEY {
        return compute(key);
    }
    if let Some(v) = table.with(|t| t.borrow().get(key).cloned()) {
        return v;
    }
    let v = compute(key);
    table.with(|t| {
        let mut t = t.borrow_mut();
        if t.len() >= CAPACITY {
            t.clear();
        }
        t.insert(key.into(), v.clone());
    });
    v
}

/// [`citation::guideline_paths`], memoised per thread (the tests' view of
/// [`reading`]).
#[cfg(test)]
fn guideline_paths(paragraph: &str) -> Vec<String> {
    reading(paragraph).paths
}

/// [`citation::reading`], memoised per thread.
pub(crate) fn reading(paragraph: &str) -> citation::Reading {
    memo(&PATHS, paragraph, citation::reading)
}

/// [`service::category`], memoised per thread.
pub fn category(item: &str) -> String {
    memo(&CATEGORIES, item, service::category)
}

/// Empties this thread's tables (benchmarks measure cold parsing with it).
pub fn clear() {
    PATHS.with(|t| t.borrow_mut().clear());
    CATEGORIES.with(|t| t.borrow_mut().clear());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memo_agrees_with_direct_calls() {
        let p = "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Pain (Chronic), Opioids";
        clear();
        let first = guideline_paths(p);
        assert_eq!(first, citation::guideline_paths(p));
        assert_eq!(
            guideline_paths(p),
            first,
            "second call served from the table"
        );
        assert_eq!(
            category("Norco 10/325mg #90"),
            service::category("Norco 10/325mg #90")
        );
        let long = "ODG Pain ".repeat(400);
        assert_eq!(guideline_paths(&long), citation::guideline_paths(&long));
    }
}
