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

use crate::extract::{letter_text, DocKind, ExtractError};
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
    /// Where to read it.
    pub path: PathBuf,
    /// Size in bytes when walked.
    pub size: u64,
    /// Modification time in nanoseconds since the epoch (0 when unknown).
    pub mtime_ns: i128,
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

/// Walks `corpus` (following links, in path order). `exclude` is a folder
/// left out of the walk when it lies inside the corpus, such as the index
/// itself (`imr index .` with the default `./imr-index`).
pub fn walk(corpus: &Path, exclude: Option<&Path>) -> Result<Walk, WalkError> {
    if !corpus.is_dir() {
        return Err(WalkError::NotAFolder {
            path: corpus.to_path_buf(),
        });
    }
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
                    match err.io_error() {
                        Some(io) => Skip::Unreadable(io.to_string()),
                        None => Skip::Unreadable(err.to_string()),
                    }
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
        let meta = match entry.metadata() {
            Ok(m) => m,
            Err(err) => {
                out.skipped.push((rel, Skip::Unreadable(err.to_string())));
                continue;
            }
        };
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
            rel,
            path: entry.into_path(),
            size: meta.len(),
            mtime_ns,
        });
    }
    Ok(out)
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
    if kind == DocKind::Text && bytes.contains(&0) {
        return Err(Skip::Binary);
    }
    let extracted = letter_text(bytes, kind).map_err(Skip::NoText)?;
    let mut letter = parse_text(&extracted.text, shown);
    if !extracted.warnings.is_empty() {
        let mut warnings = extracted.warnings;
        warnings.append(&mut letter.warnings);
        letter.warnings = warnings;
    }
    Ok(letter)
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
