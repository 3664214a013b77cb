//! The process's allocator settings: glibc's malloc, tuned for a long
//! indexing run that must stay within a laptop's memory.
//!
//! With glibc's defaults a million-letter build grew from 0.9 to 1.3 GB
//! resident while what it held stayed flat. Every thread (parsers,
//! tantivy's indexers, its merger, its doc-store compressors) gets an arena
//! of its own, and a freed block stays in the arena that made it, where
//! only a new allocation by a thread of that arena can reuse it; tantivy
//! frees its 1 MB indexing pages and term tables at every segment flush.
//! Two arenas, and a trim every few seconds of the indexing run (which
//! hands free pages inside the arenas back to the kernel), keep resident
//! memory near what is in use (BENCHMARKS.md has the figures). A fixed,
//! low mmap threshold did as well for memory but cost about a tenth more
//! system time in page faults. `MALLOC_ARENA_MAX` in the environment still
//! wins when set.

/// Sets the allocator up; call first thing in `main`, before any thread
/// starts.
pub fn tune() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if std::env::var_os("MALLOC_ARENA_MAX").is_none() {
        // SAFETY: `mallopt` only changes allocator parameters; it runs on
        // the main thread before any other thread exists.
        unsafe {
            glibc::mallopt(glibc::M_ARENA_MAX, 2);
        }
    }
}

/// Hands the allocator's free memory back to the kernel.
pub fn trim() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `malloc_trim` is thread-safe (it locks each arena in turn)
    // and only releases memory that is free.
    unsafe {
        glibc::malloc_trim(0);
    }
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
mod glibc {
    use std::ffi::c_int;

    pub const M_ARENA_MAX: c_int = -8;

    extern "C" {
        pub fn mallopt(param: c_int, value: c_int) -> c_int;
        pub fn malloc_trim(pad: usize) -> c_int;
    }
}
