//! The on-disk index: creating and opening it, its schema version, the
//! writer lock, and the manifest of indexed files.
//!
//! Each commit carries a small JSON payload naming the schema version and a
//! manifest file (`.imr-manifest-<opstamp>.json`, written before the commit,
//! so the payload only ever names a complete file). The manifest therefore
//! describes exactly the documents of the commit that names it: a run killed
//! mid-way leaves the previous commit and its manifest, and the next run
//! picks up from there. Dot-files are left alone by tantivy's garbage
//! collector.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use tantivy::directory::error::LockError;
use tantivy::store::{Compressor, ZstdCompressor};
use tantivy::{Index, IndexSettings, IndexWriter, TantivyError};

use super::schema::{register_tokenizers, schema, Fields, SCHEMA_VERSION};

/// Where the index lives when neither `--index` nor `$IMR_INDEX` says.
pub const DEFAULT_INDEX_DIR: &str = "imr-index";

/// Failures of the index layer.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// Another process holds the writer lock.
    #[error(
        "index at {} is locked by another process (another `imr index` is running); wait for it to finish",
        dir.display()
    )]
    Locked {
        /// The index folder.
        dir: PathBuf,
    },
    /// The index was written by an imr with another schema version.
    #[error(
        "index at {} was built by an incompatible version of imr (schema {found}, this imr expects v{expected}): re-run `imr index <corpus> --rebuild`",
        dir.display()
    )]
    Incompatible {
        /// The index folder.
        dir: PathBuf,
        /// The version found (`v0`-style, or `unknown`).
        found: String,
        /// [`SCHEMA_VERSION`].
        expected: u32,
    },
    /// No index at the given folder.
    #[error("no index at {}: run `imr index <corpus> --index {}` first", dir.display(), dir.display())]
    Missing {
        /// The index folder.
        dir: PathBuf,
    },
    /// The corpus folder does not exist or is not a folder.
    #[error("corpus {} is not a readable folder", path.display())]
    Corpus {
        /// The path given.
        path: PathBuf,
    },
    /// The manifest named by the last commit is unreadable.
    #[error("index at {} has a damaged manifest ({reason}): re-run `imr index <corpus> --rebuild`", dir.display())]
    Manifest {
        /// The index folder.
        dir: PathBuf,
        /// What went wrong.
        reason: String,
    },
    /// Any other I/O failure.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// Any other tantivy failure.
    #[error(transparent)]
    Tantivy(#[from] TantivyError),
}

/// Result of the index layer.
pub type Result<T, E = IndexError> = std::result::Result<T, E>;

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> IndexError + '_ {
    move |source| IndexError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// The commit payload.
#[derive(Debug, Serialize, Deserialize)]
struct Payload {
    imr_schema_version: u32,
    manifest: String,
}

/// What the manifest knows about one corpus file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    /// Size in bytes when indexed.
    pub size: u64,
    /// Modification time (nanoseconds since the epoch) when indexed.
    pub mtime_ns: i128,
    /// What became of the file.
    pub status: FileStatus,
}

/// What became of one corpus file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileStatus {
    /// Its letter is in the index.
    Indexed {
        /// The letter key.
        key: String,
        /// The case number, if any.
        case_number: Option<String>,
        /// Documents written (items, or 1).
        docs: u64,
        /// Items recognised.
        items: u64,
        /// The parser's warnings.
        warnings: Vec<String>,
    },
    /// Same letter as `of`, which is indexed instead.
    Duplicate {
        /// The letter key.
        key: String,
        /// The file that is indexed.
        of: String,
    },
    /// Read but not indexed (empty, binary).
    Skipped {
        /// Why.
        reason: String,
    },
}

/// Every corpus file the last commit knows, by path relative to the corpus.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// Relative path (`/` separators) -> entry.
    pub files: BTreeMap<String, FileEntry>,
}

fn is_index(dir: &Path) -> bool {
    dir.join("meta.json").is_file()
}

fn read_payload(dir: &Path, index: &Index) -> Result<Payload> {
    let payload = index.load_metas()?.payload;
    let parsed = payload
        .as_deref()
        .and_then(|p| serde_json::from_str::<Payload>(p).ok());
    match parsed {
        Some(p) if p.imr_schema_version == SCHEMA_VERSION => Ok(p),
        Some(p) => Err(IndexError::Incompatible {
            dir: dir.to_path_buf(),
            found: format!("v{}", p.imr_schema_version),
            expected: SCHEMA_VERSION,
        }),
        None => Err(IndexError::Incompatible {
            dir: dir.to_path_buf(),
            found: "unknown".into(),
            expected: SCHEMA_VERSION,
        }),
    }
}

/// Opens an existing index for reading (or writing): checks the schema
/// version and registers the text analyzer. Readers see the last commit.
pub fn open_index(dir: &Path) -> Result<Index> {
    if !is_index(dir) {
        return Err(IndexError::Missing {
            dir: dir.to_path_buf(),
        });
    }
    let index = Index::open_in_dir(dir)?;
    read_payload(dir, &index)?;
    if Fields::new(&index.schema()).is_err() {
        return Err(IndexError::Incompatible {
            dir: dir.to_path_buf(),
            found: format!("v{SCHEMA_VERSION} with other fields"),
            expected: SCHEMA_VERSION,
        });
    }
    register_tokenizers(&index);
    Ok(index)
}

/// Reads the manifest the last commit names.
pub fn read_manifest(dir: &Path, index: &Index) -> Result<Manifest> {
    let payload = read_payload(dir, index)?;
    let path = dir.join(&payload.manifest);
    let bytes = fs::read(&path).map_err(|e| IndexError::Manifest {
        dir: dir.to_path_buf(),
        reason: format!("{}: {e}", payload.manifest),
    })?;
    serde_json::from_slice(&bytes).map_err(|e| IndexError::Manifest {
        dir: dir.to_path_buf(),
        reason: format!("{}: {e}", payload.manifest),
    })
}

/// Maps tantivy's lock failure onto [`IndexError::Locked`].
pub fn lock_error(dir: &Path, err: TantivyError) -> IndexError {
    match err {
        TantivyError::LockFailure(LockError::LockBusy, _) => IndexError::Locked {
            dir: dir.to_path_buf(),
        },
        other => IndexError::Tantivy(other),
    }
}

/// Opens the index writer, mapping a busy lock to [`IndexError::Locked`].
/// `just_created`: the index was made by [`create_index`] a moment ago, whose
/// own writer has just released the lock; a process spawned meanwhile (by
/// this program, or a test harness) may hold that descriptor until its exec,
/// so a busy lock is retried for up to half a second before it is believed.
pub fn open_writer(
    index: &Index,
    dir: &Path,
    threads: usize,
    budget: usize,
    just_created: bool,
) -> Result<IndexWriter> {
    let mut grace = if just_created { 25 } else { 0 };
    loop {
        match index.writer_with_num_threads(threads, budget) {
            Ok(w) => return Ok(w),
            Err(TantivyError::LockFailure(LockError::LockBusy, _)) if grace > 0 => {
                grace -= 1;
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            Err(e) => return Err(lock_error(dir, e)),
        }
    }
}

/// Doc store compression: zstd, in blocks of [`DOCSTORE_BLOCK`] bytes.
///
/// The stored rationales and letter records are two fifths of an lz4 index;
/// zstd (level 3) in larger blocks shrinks that part by about a third, and
/// costs a search only the decompression of the ten blocks a page of hits
/// lives in. The setting is kept in the index's meta.json, so an index made
/// with lz4 keeps working, and keeps lz4, until `--rebuild`.
pub fn settings() -> IndexSettings {
    IndexSettings {
        docstore_compression: Compressor::Zstd(ZstdCompressor {
            compression_level: Some(DOCSTORE_ZSTD_LEVEL),
        }),
        docstore_blocksize: DOCSTORE_BLOCK,
        ..IndexSettings::default()
    }
}

/// Bytes per doc store block (tantivy's default is 16 KiB).
pub const DOCSTORE_BLOCK: usize = 32 * 1024;

/// zstd level of the doc store.
const DOCSTORE_ZSTD_LEVEL: i32 = 3;

/// Creates an empty index with an empty manifest, committed, in `dir`
/// (created if needed). Fails if `dir` already holds an index.
pub fn create_index(dir: &Path) -> Result<Index> {
    fs::create_dir_all(dir).map_err(io_err(dir))?;
    let index = Index::builder()
        .schema(schema())
        .settings(settings())
        .create_in_dir(dir)?;
    register_tokenizers(&index);
    let mut writer: IndexWriter = index
        .writer_with_num_threads(1, 15_000_000)
        .map_err(|e| lock_error(dir, e))?;
    commit_with_manifest(&mut writer, dir, &Manifest::default())?;
    writer.wait_merging_threads()?;
    Ok(index)
}

/// True for the files an index folder holds: tantivy's and ours. Used to
/// clear an index for `--rebuild` without touching anything else a user may
/// keep in the folder.
fn is_index_file(name: &str) -> bool {
    const SEGMENT_EXTS: &[&str] = &[
        "idx",
        "pos",
        "term",
        "store",
        "fast",
        "fieldnorm",
        "del",
        "temp",
    ];
    if matches!(name, "meta.json" | ".managed.json")
        || name.starts_with(".tantivy-")
        || name.starts_with(".imr-")
    {
        return true;
    }
    let (stem, ext) = name.split_once('.').unwrap_or((name, ""));
    stem.len() == 32
        && stem.bytes().all(|b| b.is_ascii_hexdigit())
        && (SEGMENT_EXTS.contains(&ext)
            || ext.ends_with(".del")
            || ext.chars().all(|c| c.is_ascii_digit() || c == '.'))
}

/// Removes an index (of any version) from `dir`, after checking no writer
/// holds it. Other files in the folder stay.
pub fn wipe_index(dir: &Path) -> Result<()> {
    if !is_index(dir) {
        return Ok(());
    }
    // Take the writer lock if the old index still opens, so a running
    // `imr index` is never pulled from under it.
    if let Ok(old) = Index::open_in_dir(dir) {
        let writer: IndexWriter = old
            .writer_with_num_threads(1, 15_000_000)
            .map_err(|e| lock_error(dir, e))?;
        drop(writer);
    }
    for entry in fs::read_dir(dir).map_err(io_err(dir))? {
        let entry = entry.map_err(io_err(dir))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if is_index_file(&name) && entry.path().is_file() {
            fs::remove_file(entry.path()).map_err(io_err(&entry.path()))?;
        }
    }
    Ok(())
}

/// Commits the writer's pending changes together with `manifest`: the
/// manifest file is written (and synced) first, then the commit whose
/// payload names it, then older manifests are removed.
pub fn commit_with_manifest(
    writer: &mut IndexWriter,
    dir: &Path,
    manifest: &Manifest,
) -> Result<()> {
    let mut prepared = writer.prepare_commit()?;
    let name = format!(".imr-manifest-{}.json", prepared.opstamp());
    let path = dir.join(&name);
    let tmp = dir.join(format!("{name}.tmp"));
    {
        let bytes = serde_json::to_vec(manifest).map_err(|e| IndexError::Manifest {
            dir: dir.to_path_buf(),
            reason: e.to_string(),
        })?;
        let mut file = fs::File::create(&tmp).map_err(io_err(&tmp))?;
        file.write_all(&bytes).map_err(io_err(&tmp))?;
        file.sync_all().map_err(io_err(&tmp))?;
    }
    fs::rename(&tmp, &path).map_err(io_err(&path))?;
    let payload = Payload {
        imr_schema_version: SCHEMA_VERSION,
        manifest: name.clone(),
    };
    prepared.set_payload(&serde_json::to_string(&payload).unwrap_or_default());
    prepared.commit()?;
    // Older manifests (and temp files of killed runs) are garbage now.
    if let Ok(entries) = fs::read_dir(dir) {
        for entry in entries.flatten() {
            let other = entry.file_name().to_string_lossy().into_owned();
            if other.starts_with(".imr-manifest-") && other != name {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_indexes_store_documents_with_zstd() {
        let tmp = tempfile::tempdir().unwrap();
        let index = create_index(tmp.path()).unwrap();
        let settings = index.settings();
        assert_eq!(settings.docstore_blocksize, DOCSTORE_BLOCK);
        assert!(
            matches!(settings.docstore_compression, Compressor::Zstd(_)),
            "{:?}",
            settings.docstore_compression
        );
        // Reopened from disk, the setting holds.
        let reopened = open_index(tmp.path()).unwrap();
        assert_eq!(reopened.settings(), settings);
    }

    #[test]
    fn create_then_open_and_lock() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("ix");
        assert!(matches!(open_index(&dir), Err(IndexError::Missing { .. })));
        create_index(&dir).unwrap();
        let index = open_index(&dir).unwrap();
        assert_eq!(read_manifest(&dir, &index).unwrap(), Manifest::default());
        let _w: IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        let second = index.writer_with_num_threads::<tantivy::TantivyDocument>(1, 15_000_000);
        let err = lock_error(&dir, second.err().unwrap());
        assert!(
            err.to_string().contains("locked by another process"),
            "{err}"
        );
    }

    #[test]
    fn other_version_is_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        let index = create_index(dir).unwrap();
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        let mut prepared = writer.prepare_commit().unwrap();
        prepared.set_payload(r#"{"imr_schema_version":0,"manifest":"x"}"#);
        prepared.commit().unwrap();
        drop(writer);
        let err = open_index(dir).unwrap_err().to_string();
        assert!(
            err.contains(&format!("schema v0, this imr expects v{SCHEMA_VERSION}")),
            "{err}"
        );
        assert!(err.contains("--rebuild"), "{err}");
        wipe_index(dir).unwrap();
        assert!(!dir.join("meta.json").exists());
        create_index(dir).unwrap();
        open_index(dir).unwrap();
    }

    #[test]
    fn index_file_names() {
        assert!(is_index_file("meta.json"));
        assert!(is_index_file("0123456789abcdef0123456789abcdef.idx"));
        assert!(is_index_file("0123456789abcdef0123456789abcdef.12.del"));
        assert!(is_index_file(".imr-manifest-3.json"));
        assert!(!is_index_file("notes.txt"));
        assert!(!is_index_file("0123456789abcdef0123456789abcdef.txt"));
    }
}
