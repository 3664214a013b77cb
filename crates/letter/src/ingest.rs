//! Corpus folder -> letters: the one place that decides what a letter file
//! is, reads it and parses it. `imr parse` and `imr index` both read through
//! here, so they agree on which files are letters and why a file is not.
//!
//! A file is a letter candidate by its name (`.txt` or `.pdf`, any case); its
//! content then decides how it is read (a PDF saved as `.txt` is still a
//! PDF, see [`DocKind::detect`]). Whatever cannot give a letter becomes a
//! typed [`Skip`] with a reason a user can act on; nothing here panics or
//! stops a walk.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

#[cfg(feature = "walk")]
use rayon::prelude::*;

use crate::extract::{letter_text, DocKind, ExtractError};
use crate::guard;
use crate::letter::{parse_text, Letter};

/// Files above this size are not letters (a letter is a few pages); reading
/// one would hold a parser thread for nothing.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// Why a file gave no letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skip {
    /// Neither `.txt` nor `.pdf`.
    NotALetter,
    /// A directory entry that is not a regular file (a socket, a fifo...).
    NotAFile,
    /// Zero bytes.
    Empty,
    /// Over [`MAX_FILE_BYTES`]; the size in bytes.
    TooLarge(u64),
    /// A text file holding NUL bytes: not text.
    Binary,
    /// A symbolic link that leads back to a folder above it.
    SymlinkLoop,
    /// The operating system refused to read it; its message.
    Unreadable(String),
    /// A PDF (or a file with PDF bytes) that gives no text.
    NoText(ExtractError),
}

impl fmt::Display for Skip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Skip::NotALetter => f.write_str("not a .txt or .pdf file"),
            Skip::NotAFile => f.write_str("not a regular file"),
            Skip::Empty => f.write_str("empty file"),
            Skip::TooLarge(n) => write!(f, "larger than 20 MB ({n} bytes)"),
            Skip::Binary => f.write_str("binary file (contains NUL bytes)"),
            Skip::SymlinkLoop => f.write_str("symlink loop"),
            Skip::Unreadable(e) => write!(f, "cannot read: {e}"),
            Skip::NoText(e) => write!(f, "{e}"),
        }
    }
}

/// A letter candidate found by [`walk`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Path relative to the corpus root, `/`-separated: the file's identity.
    pub rel: String,
    /// Where to read it, only when `rel` cannot say: a name on the way that
    /// is not UTF-8 (`rel` has it with replacement characters).
    pub odd_path: Option<Box<Path>>,
    /// Size in bytes when walked.
    pub size: u64,
    /// Modification time in nanoseconds since the epoch (0 when unknown).
    pub mtime_ns: i128,
}

impl Found {
    /// Where to read it: the walk's corpus folder joined with `rel`. Not
    /// kept in the record, as a million-letter build holds one per letter.
    pub fn path(&self, corpus: &Path) -> PathBuf {
        match &self.odd_path {
            Some(p) => p.to_path_buf(),
            None => corpus.join(&self.rel),
        }
    }
}

/// What a walk found: candidates in path order, and the entries that are
/// not letters by what the walk alone can tell (name, type, size).
#[derive(Debug, Clone, Default)]
pub struct Walk {
    /// Letter candidates, sorted by path.
    pub found: Vec<Found>,
    /// Entries that are not letters: relative path and why.
    pub skipped: Vec<(String, Skip)>,
}

/// Walking a corpus failed before it started.
#[derive(Debug, thiserror::Error)]
pub enum WalkError {
    /// The corpus path is missing or is not a folder.
    #[error("corpus {} is not a folder (give the folder that holds the letters)", path.display())]
    NotAFolder {
        /// The path given.
        path: PathBuf,
    },
}

/// Walks `corpus` (following links, in path order: depth first, each
/// folder's entries by name). `exclude` is a folder left out of the walk
/// when it lies inside the corpus, such as the index itself (`imr index .`
/// with the default `./imr-index`).
///
/// Folders are listed, and their files stat-ed, on all cores (rayon): at a
/// million letters the walk is mostly `stat` calls, which one core cannot
/// issue fast enough. Each folder's results are gathered in name order and
/// spliced in place of the folder, so the order (and every skip) is the
/// same as a sequential walk's.
pub fn walk(corpus: &Path, exclude: Option<&Path>) -> Result<Walk, WalkError> {
    if !corpus.is_dir() {
        return Err(WalkError::NotAFolder {
            path: corpus.to_path_buf(),
        });
    }
    let exclude = exclude.and_then(|p| fs::canonicalize(p).ok());
    let ctx = WalkCtx {
        exclude: exclude.as_deref(),
    };
    let mut out = Walk::default();
    match fs::canonicalize(corpus) {
        Ok(root) => {
            if ctx.exclude != Some(root.as_path()) {
                let ancestors = Ancestors {
                    dir: &root,
                    up: None,
                };
                ctx.folder(corpus, "", true, &ancestors, &mut out);
            }
        }
        Err(e) => out
            .skipped
            .push((String::new(), Skip::Unreadable(e.to_string()))),
    }
    Ok(out)
}

/// What every folder of one walk shares.
struct WalkCtx<'a> {
    exclude: Option<&'a Path>,
}

/// The canonical paths of the folders above one being walked: a followed
/// link leading to one of them would walk forever.
struct Ancestors<'a> {
    dir: &'a Path,
    up: Option<&'a Ancestors<'a>>,
}

impl Ancestors<'_> {
    fn contains(&self, dir: &Path) -> bool {
        self.dir == dir || self.up.is_some_and(|a| a.contains(dir))
    }
}

/// One entry of a folder, as far as the walk takes it.
enum Entry {
    Found(Found),
    Skipped(String, Skip),
    /// A sub-folder's whole walk, in its place.
    Folder(Walk),
    /// A folder left out (the excluded one).
    Nothing,
}

impl WalkCtx<'_> {
    /// Walks the folder `dir` (`rel`: its path relative to the corpus,
    /// `exact` unless a name in it was not UTF-8; its canonical path heads
    /// `ancestors`) into `out`.
    fn folder(
        &self,
        dir: &Path,
        rel: &str,
        exact: bool,
        ancestors: &Ancestors<'_>,
        out: &mut Walk,
    ) {
        let listing = match fs::read_dir(dir) {
            Ok(l) => l,
            Err(e) => {
                out.skipped
                    .push((rel.to_owned(), Skip::Unreadable(e.to_string())));
                return;
            }
        };
        let mut names = Vec::new();
        for item in listing {
            match item {
                Ok(item) => names.push(item),
                Err(e) => out
                    .skipped
                    .push((rel.to_owned(), Skip::Unreadable(e.to_string()))),
            }
        }
        names.sort_by_cached_key(|a| a.file_name());
        #[cfg(feature = "walk")]
        let entries: Vec<Entry> = names
            .par_iter()
            .map(|item| self.entry(item, rel, exact, ancestors))
            .collect();
        #[cfg(not(feature = "walk"))]
        let entries: Vec<Entry> = names
            .iter()
            .map(|item| self.entry(item, rel, exact, ancestors))
            .collect();
        for entry in entries {
            match entry {
                Entry::Found(f) => out.found.push(f),
                Entry::Skipped(rel, skip) => out.skipped.push((rel, skip)),
                Entry::Folder(mut w) => {
                    out.found.append(&mut w.found);
                    out.skipped.append(&mut w.skipped);
                }
                Entry::Nothing => {}
            }
        }
    }

    fn entry(
        &self,
        item: &fs::DirEntry,
        dir_rel: &str,
        dir_exact: bool,
        ancestors: &Ancestors<'_>,
    ) -> Entry {
        let path = item.path();
        // Built from the folder's own relative path: cheaper than taking
        // each file's full path apart again.
        let name = item.file_name();
        let exact = dir_exact && name.to_str().is_some();
        let name = name.to_string_lossy();
        let rel = if dir_rel.is_empty() {
            name.into_owned()
        } else {
            format!("{dir_rel}/{name}")
        };
        // `file_type` comes with the listing (no `stat`) and does not follow
        // links; only links need a `stat` to learn what they lead to.
        let file_type = match item.file_type() {
            Ok(t) => t,
            Err(e) => return Entry::Skipped(rel, Skip::Unreadable(e.to_string())),
        };
        let mut meta = None;
        let is_dir = if file_type.is_symlink() {
            match fs::metadata(&path) {
                Ok(m) => {
                    let d = m.is_dir();
                    meta = Some(m);
                    d
                }
                Err(e) => return Entry::Skipped(rel, Skip::Unreadable(e.to_string())),
            }
        } else {
            file_type.is_dir()
        };
        if is_dir {
            return self.sub_folder(&path, rel, exact, ancestors);
        }
        if DocKind::from_path(&path).is_none() {
            return Entry::Skipped(rel, Skip::NotALetter);
        }
        // Not a link: `DirEntry::metadata` stats the name relative to the
        // open folder, sparing the kernel a lookup of the whole path (most
        // of a no-change run's time at a million letters).
        let meta = match meta.map_or_else(|| item.metadata(), Ok) {
            Ok(m) => m,
            Err(e) => return Entry::Skipped(rel, Skip::Unreadable(e.to_string())),
        };
        if let Some(skip) = size_skip(&meta) {
            return Entry::Skipped(rel, skip);
        }
        let mtime_ns = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos() as i128);
        Entry::Found(Found {
            rel,
            odd_path: (!exact).then(|| path.into_boxed_path()),
            size: meta.len(),
            mtime_ns,
        })
    }

    fn sub_folder(
        &self,
        path: &Path,
        rel: String,
        exact: bool,
        ancestors: &Ancestors<'_>,
    ) -> Entry {
        let canonical = match fs::canonicalize(path) {
            Ok(c) => c,
            Err(e) => return Entry::Skipped(rel, Skip::Unreadable(e.to_string())),
        };
        if self.exclude == Some(canonical.as_path()) {
            return Entry::Nothing;
        }
        if ancestors.contains(&canonical) {
            return Entry::Skipped(rel, Skip::SymlinkLoop);
        }
        let below = Ancestors {
            dir: &canonical,
            up: Some(ancestors),
        };
        let mut w = Walk::default();
        self.folder(path, &rel, exact, &below, &mut w);
        Entry::Folder(w)
    }
}

/// What `stat` alone says against a file being a letter.
fn size_skip(meta: &fs::Metadata) -> Option<Skip> {
    if !meta.is_file() {
        Some(Skip::NotAFile)
    } else if meta.len() == 0 {
        Some(Skip::Empty)
    } else if meta.len() > MAX_FILE_BYTES {
        Some(Skip::TooLarge(meta.len()))
    } else {
        None
    }
}

/// One file read: the letter or why not, and the kind its content turned
/// out to be (for per-kind throughput).
#[derive(Debug, Clone)]
pub struct Read {
    /// The parsed letter, or why the file gave none.
    pub letter: Result<Letter, Skip>,
    /// Text or PDF, by content (else by name).
    pub kind: DocKind,
}

/// Reads and parses one file. `shown` is the name the record carries in its
/// `file` field (the corpus-relative path when walking). A file named
/// neither `.txt` nor `.pdf` is read as text: the caller asked for it.
pub fn read(path: &Path, shown: &str) -> Read {
    let kind = DocKind::from_path(path).unwrap_or(DocKind::Text);
    match fs::metadata(path) {
        Ok(meta) => {
            if let Some(skip) = size_skip(&meta) {
                return Read {
                    letter: Err(skip),
                    kind,
                };
            }
        }
        Err(e) => {
            return Read {
                letter: Err(Skip::Unreadable(e.to_string())),
                kind,
            }
        }
    }
    match fs::read(path) {
        Ok(bytes) => {
            let kind = DocKind::detect(path, &bytes).unwrap_or(kind);
            Read {
                letter: letter_from_bytes(&bytes, kind, Some(shown)),
                kind,
            }
        }
        Err(e) => Read {
            letter: Err(Skip::Unreadable(e.to_string())),
            kind,
        },
    }
}

/// Parses a letter file's bytes of a known kind (`shown` becomes the
/// record's `file`): the text checks, text
/// extraction, then [`parse_text`]; extraction warnings lead the record's.
pub fn letter_from_bytes(bytes: &[u8], kind: DocKind, shown: Option<&str>) -> Result<Letter, Skip> {
    if bytes.is_empty() {
        return Err(Skip::Empty);
    }
    // memchr's SIMD search: `<[u8]>::contains` uses core's word-at-a-time
    // memchr, several times the instructions on a whole letter.
    if kind == DocKind::Text && memchr::memchr(0, bytes).is_some() {
        return Err(Skip::Binary);
    }
    let extracted = letter_text(bytes, kind).map_err(Skip::NoText)?;
    // A parser bug on one letter (a damaged file, a style never seen) must
    // cost that letter's fields, not the run: the letter is kept as text.
    let parsed = guard::contain(|| {
        fault::inject(&extracted.text);
        parse_text(&extracted.text, shown)
    });
    let mut letter = match parsed {
        Ok(letter) => letter,
        Err(failure) => Letter::text_only(&extracted.text, shown, &failure.to_string()),
    };
    if !extracted.warnings.is_empty() {
        let mut warnings = extracted.warnings;
        warnings.append(&mut letter.warnings);
        letter.warnings = warnings;
    }
    Ok(letter)
}

/// A way for tests to make the parser fail on a chosen letter, so the
/// containment above is tested end to end through the `imr` binary: in
/// debug builds, a letter whose text holds the value of
/// `IMR_TEST_PANIC_MARKER` panics as a parser bug would. Release builds
/// have no such switch.
mod fault {
    #[cfg(debug_assertions)]
    pub fn inject(text: &str) {
        use once_cell::sync::Lazy;
        static MARKER: Lazy<Option<String>> = Lazy::new(|| {
            std::env::var("IMR_TEST_PANIC_MARKER")
                .ok()
                .filter(|m| !m.is_empty())
        });
        if let Some(m) = MARKER.as_deref() {
            if text.contains(m) {
                panic!("injected test failure ({m})");
            }
        }
    }

    #[cfg(not(debug_assertions))]
    #[inline(always)]
    pub fn inject(_: &str) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walk_sorts_and_says_why_files_are_not_letters() {
        let dir = std::env::temp_dir().join(format!("imr-ingest-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("b")).unwrap();
        fs::write(dir.join("b/one.TXT"), "Letter text\n").unwrap();
        fs::write(dir.join("a.txt"), "Other letter\n").unwrap();
        fs::write(dir.join("empty.txt"), "").unwrap();
        fs::write(dir.join("notes.doc"), "x").unwrap();
        let w = walk(&dir, None).unwrap();
        let found: Vec<&str> = w.found.iter().map(|f| f.rel.as_str()).collect();
        assert_eq!(found, ["a.txt", "b/one.TXT"]);
        assert_eq!(
            w.skipped,
            [
                ("empty.txt".to_string(), Skip::Empty),
                ("notes.doc".to_string(), Skip::NotALetter)
            ]
        );
        assert!(matches!(
            walk(&dir.join("missing"), None),
            Err(WalkError::NotAFolder { .. })
        ));
        let _ = fs::remove_dir_all(&dir);
    }

    /// The sequential walk the parallel one replaced (walkdir, following
    /// links, by file name): the reference for order and skips.
    fn walkdir_walk(corpus: &Path, exclude: Option<&Path>) -> Walk {
        let mut out = Walk::default();
        let rel_of = |p: &Path| -> String {
            let rel = p.strip_prefix(corpus).unwrap_or(p);
            rel.components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/")
        };
        let exclude = exclude.and_then(|p| fs::canonicalize(p).ok());
        let walker = walkdir::WalkDir::new(corpus)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                !(e.file_type().is_dir()
                    && exclude.is_some()
                    && fs::canonicalize(e.path()).ok() == exclude)
            });
        for entry in walker {
            let entry = match entry {
                Ok(e) => e,
                Err(err) => {
                    let file = err.path().map(&rel_of).unwrap_or_default();
                    let skip = if err.loop_ancestor().is_some() {
                        Skip::SymlinkLoop
                    } else {
                        Skip::Unreadable(err.io_error().map_or(err.to_string(), |e| e.to_string()))
                    };
                    out.skipped.push((file, skip));
                    continue;
                }
            };
            if entry.file_type().is_dir() {
                continue;
            }
            let rel = rel_of(entry.path());
            if DocKind::from_path(entry.path()).is_none() {
                out.skipped.push((rel, Skip::NotALetter));
                continue;
            }
            let meta = entry.metadata().unwrap();
            if let Some(skip) = size_skip(&meta) {
                out.skipped.push((rel, skip));
                continue;
            }
            let mtime_ns = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos() as i128);
            out.found.push(Found {
                odd_path: entry.path().to_str().is_none().then(|| entry.path().into()),
                rel,
                size: meta.len(),
                mtime_ns,
            });
        }
        out
    }

    #[test]
    fn parallel_walk_gives_the_sequential_order_and_skips() {
        let dir = std::env::temp_dir().join(format!("imr-ingest-par-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        // Names whose folder order differs from plain string order
        // (`a-c.txt` sorts before `a/…` as a string, after it as a walk).
        for (i, rel) in [
            "a-c.txt",
            "a/b.txt",
            "a/z/deep.pdf",
            "a/notes.md",
            "b/one.TXT",
            "b/empty.txt",
            "c/x/y/z/w.txt",
            "index/meta.json",
            "index/kept-out.txt",
        ]
        .iter()
        .enumerate()
        {
            let p = dir.join(rel);
            fs::create_dir_all(p.parent().unwrap()).unwrap();
            let body = if rel.ends_with("empty.txt") {
                String::new()
            } else {
                format!("letter {i}\n")
            };
            fs::write(&p, body).unwrap();
        }
        for i in 0..40 {
            fs::write(dir.join(format!("c/x/f{i:02}.txt")), "x").unwrap();
        }
        std::os::unix::fs::symlink("..", dir.join("a/z/up")).unwrap();
        std::os::unix::fs::symlink("../c", dir.join("b/to-c")).unwrap();
        std::os::unix::fs::symlink("nowhere.txt", dir.join("b/dangling.txt")).unwrap();
        std::os::unix::fs::symlink("../a-c.txt", dir.join("b/link.txt")).unwrap();
        let exclude = dir.join("index");

        for excl in [None, Some(exclude.as_path())] {
            let ours = walk(&dir, excl).unwrap();
            let theirs = walkdir_walk(&dir, excl);
            assert_eq!(ours.found, theirs.found);
            assert_eq!(ours.skipped, theirs.skipped);
        }
        let w = walk(&dir, Some(&exclude)).unwrap();
        assert!(w
            .skipped
            .contains(&("a/z/up".to_string(), Skip::SymlinkLoop)));
        assert!(w.found.iter().any(|f| f.rel == "b/to-c/x/y/z/w.txt"));
        assert!(!w.found.iter().any(|f| f.rel.starts_with("index/")));
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn found_files_are_read_where_they_are() {
        use std::ffi::OsStr;
        use std::os::unix::ffi::OsStrExt;
        let dir = std::env::temp_dir().join(format!("imr-ingest-path-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        // A folder and a file whose names are not UTF-8: `rel` shows them
        // with replacement characters, so the path must be kept.
        let odd_dir = dir.join(OsStr::from_bytes(b"odd\xff"));
        fs::create_dir_all(&odd_dir).unwrap();
        fs::create_dir_all(dir.join("plain")).unwrap();
        fs::write(odd_dir.join("a.txt"), "one").unwrap();
        fs::write(
            dir.join("plain").join(OsStr::from_bytes(b"b\xfe.txt")),
            "two",
        )
        .unwrap();
        fs::write(dir.join("plain/c.txt"), "three").unwrap();
        let w = walk(&dir, None).unwrap();
        let mut bodies = Vec::new();
        for f in &w.found {
            bodies.push(fs::read_to_string(f.path(&dir)).unwrap());
            assert_eq!(
                f.odd_path.is_some(),
                f.rel.contains('\u{fffd}'),
                "{}",
                f.rel
            );
        }
        assert_eq!(bodies, ["one", "two", "three"]);
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn bytes_that_are_no_letter() {
        assert_eq!(
            letter_from_bytes(b"a\0b", DocKind::Text, Some("x.txt")).err(),
            Some(Skip::Binary)
        );
        assert_eq!(
            letter_from_bytes(b"words", DocKind::Pdf, Some("x.pdf")).err(),
            Some(Skip::NoText(ExtractError::NotAPdf))
        );
        assert_eq!(
            letter_from_bytes(b"", DocKind::Text, None).err(),
            Some(Skip::Empty)
        );
        let l = letter_from_bytes(b"caf\xe9 letter\n", DocKind::Text, Some("x.txt")).unwrap();
        assert_eq!(l.file.as_deref(), Some("x.txt"));
        assert_eq!(
            l.warnings.len(),
            2,
            "decode warning first, then unknown layout: {:?}",
            l.warnings
        );
        assert_eq!(Skip::TooLarge(5).to_string(), "larger than 20 MB (5 bytes)");
    }
}
