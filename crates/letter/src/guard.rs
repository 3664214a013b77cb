//! Panic containment at a file's boundary: the one place that turns a panic
//! in the PDF reader or in the parser into a value, so one damaged letter
//! among a million costs that letter's fields, never the run.
//!
//! A contained panic is expected and reported per file by the caller, so the
//! process-wide panic hook stays quiet for it (a run over a damaged archive
//! would otherwise print a backtrace banner per bad file); it records where
//! the panic happened instead, which the caller puts in its warning so a bug
//! report can name the line. Panics anywhere else still print as before.

use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// Set while this thread runs contained code.
    static QUIET: Cell<bool> = const { Cell::new(false) };
    /// `file:line` of the last contained panic on this thread.
    static WHERE: RefCell<Option<String>> = const { RefCell::new(None) };
}

static HOOK: Once = Once::new();

/// Installs, once per process, a panic hook that stays silent on threads
/// inside [`contain`] (noting the panic's location) and hands every other
/// panic to the hook that was there before, so real bugs still print.
fn install_quiet_hook() {
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if QUIET.with(Cell::get) {
                let at = info
                    .location()
                    .map(|l| format!("{}:{}", l.file(), l.line()));
                WHERE.with(|w| *w.borrow_mut() = at);
            } else {
                previous(info);
            }
        }));
    });
}

/// A contained panic: its message and, when known, where it happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Panic {
    /// The panic's message.
    pub message: String,
    /// `file:line` of the panic, when the hook saw it.
    pub location: Option<String>,
}

impl std::fmt::Display for Panic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.location {
            Some(at) => write!(f, "{} (at {at})", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// Runs `f`, turning a panic into a [`Panic`]. Nests: an inner call leaves
/// the outer one's quiet state as it found it.
pub fn contain<T>(f: impl FnOnce() -> T) -> Result<T, Panic> {
    install_quiet_hook();
    let was = QUIET.with(|q| q.replace(true));
    WHERE.with(|w| w.borrow_mut().take());
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    QUIET.with(|q| q.set(was));
    result.map_err(|payload| Panic {
        message: payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_string()))
            .unwrap_or_else(|| "unknown panic".into()),
        location: WHERE.with(|w| w.borrow_mut().take()),
    })
}

/// Whether this thread is inside [`contain`] (for tests of the hook).
#[cfg(test)]
pub(crate) fn quiet() -> bool {
    QUIET.with(Cell::get)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panics_become_values_with_their_place() {
        let got: Result<(), _> = contain(|| panic!("bad offset {}", 7));
        let p = got.unwrap_err();
        assert_eq!(p.message, "bad offset 7");
        let at = p.location.as_deref().unwrap_or_default();
        assert!(at.starts_with("crates/letter/src/guard.rs:"), "{at}");
        assert!(p.to_string().starts_with("bad offset 7 (at crates/"));
        assert!(!quiet(), "the flag is cleared afterwards");
        assert_eq!(contain(|| 5), Ok(5));
    }

    #[test]
    fn nested_containment_keeps_the_outer_quiet() {
        let outer = contain(|| {
            let inner: Result<(), Panic> = contain(|| panic!("inner"));
            assert!(quiet(), "still inside the outer call");
            inner.map_err(|p| p.message)
        });
        assert_eq!(outer, Ok(Err("inner".to_string())));
    }

    #[test]
    fn slicing_off_a_char_boundary_is_contained() {
        let s = String::from("d\u{e9}j\u{e0}");
        let got = contain(|| s[..2].len());
        assert!(got.unwrap_err().message.contains("char boundary"));
    }
}
