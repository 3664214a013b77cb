//! The on-disk index ([`Store`]): creating and opening it, its schema
//! version, the writer lock, and the manifest of indexed files
//! (`manifest`).
//!
//! Each commit carries a small JSON payload naming the schema version and
//! the manifest files of that commit: a sorted base
//! (`.imr-manifest-<opstamp>.tsv`) and, for the commits in the middle of a
//! run, the deltas appended since (`.imr-delta-<opstamp>.tsv`). Every file
//! is written and synced before the commit that names it, and is never
//! changed after, so the files a payload names always exist and are whole:
//! the manifest describes exactly the documents of the commit that names it.
//! A run killed mid-way leaves the previous commit and its files, and the
//! next run picks up from there. The run's last commit compacts base and
//! deltas into a new base. Dot-files are left alone by tantivy's garbage
//! collector.
//!
//! The files are read as streams, record by record, in path order: at a
//! million letters the manifest is hundreds of megabytes as a tree in
//! memory, and rewriting it whole at every commit made a build's commits
//! grow with the corpus. One record per line, tab-separated (see
//! `write_record`), with a header line naming the format.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use tantivy::directory::error::LockError;
use tantivy::indexer::IndexWriterOptions;
use tantivy::schema::Document;
use tantivy::store::{Compressor, ZstdCompressor};
use tantivy::{Index, IndexSettings, IndexWriter, TantivyError};

mod read_store;

pub use read_store::ReadStoreDirectory;

use crate::schema::{register_tokenizers, schema, Fields, SCHEMA_VERSION};

mod manifest;

use self::manifest::write_manifest_file;
pub use self::manifest::{
    manifest_files, Entries, FileEntry, FileStatus, Manifest, ManifestFiles, Record,
};

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
    /// The base manifest file.
    manifest: String,
    /// Delta files over the base, oldest first (absent after a compaction).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    deltas: Vec<String>,
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

/// An index folder: the tantivy index in it, its writer (which holds the
/// folder's lock while it lives) and its manifest.
pub struct Store {
    dir: PathBuf,
    index: Index,
}

impl Store {
    /// The existing index in `dir` ([`open_index`]).
    pub fn open(dir: &Path) -> Result<Store> {
        Ok(Store {
            dir: dir.to_path_buf(),
            index: open_index(dir)?,
        })
    }

    /// The index in `dir` for a build: wiped first when `rebuild`, created
    /// when missing. Also says whether it was just created.
    pub fn open_or_create(dir: &Path, rebuild: bool) -> Result<(Store, bool)> {
        if rebuild {
            wipe_index(dir)?;
        }
        let (index, created) = match open_index(dir) {
            Ok(index) => (index, false),
            Err(IndexError::Missing { .. }) => (create_index(dir)?, true),
            Err(e) => return Err(e),
        };
        let store = Store {
            dir: dir.to_path_buf(),
            index,
        };
        Ok((store, created))
    }

    /// The tantivy index.
    pub fn index(&self) -> &Index {
        &self.index
    }

    /// The index folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The writer, which takes the folder's lock ([`open_writer`]).
    pub fn writer<D: Document>(
        &self,
        threads: usize,
        budget: usize,
        just_created: bool,
    ) -> Result<IndexWriter<D>> {
        open_writer(&self.index, &self.dir, threads, budget, just_created)
    }

    /// The manifest files the last commit names.
    pub fn manifest(&self) -> Result<ManifestFiles> {
        manifest_files(&self.dir, &self.index)
    }
}

/// Opens an existing index for reading (or writing): checks the schema
/// version and registers the text analyzer. Readers see the last commit.
pub fn open_index(dir: &Path) -> Result<Index> {
    open_index_with(dir, || Index::open_in_dir(dir))
}

/// [`open_index`] for reading every stored document once (`imr export`):
/// the document stores are read, not memory-mapped ([`ReadStoreDirectory`]),
/// so the process's memory does not grow with the index.
pub fn open_index_reading_stores(dir: &Path) -> Result<Index> {
    open_index_with(dir, || Index::open(ReadStoreDirectory::open(dir)?))
}

fn open_index_with(dir: &Path, open: impl FnOnce() -> tantivy::Result<Index>) -> Result<Index> {
    if !is_index(dir) {
        return Err(IndexError::Missing {
            dir: dir.to_path_buf(),
        });
    }
    let index = open()?;
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
pub fn open_writer<D: Document>(
    index: &Index,
    dir: &Path,
    threads: usize,
    budget: usize,
    just_created: bool,
) -> Result<IndexWriter<D>> {
    let mut grace = if just_created { 25 } else { 0 };
    loop {
        // One merge at a time: tantivy's default of four concurrent merges
        // buys nothing on the two cores a laptop gives the indexer (at a
        // million letters the build peaked at 2.2 GB with four, 2.1 GB with
        // one, in 455 s and 345 s, on a machine loaded differently).
        let options = IndexWriterOptions::builder()
            .num_worker_threads(threads)
            .memory_budget_per_thread(budget / threads.max(1))
            .num_merge_threads(1)
            .build();
        match index.writer_with_options(options) {
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
/// zstd in larger blocks shrinks that part by about a third, and
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

/// zstd level of the doc store: level 1 takes about 4% less of a build's
/// CPU than level 3 for a doc store 2-3% larger (10,000 letters: index 41
/// against 40 MB). The level is the writer's choice only; any level reads.
const DOCSTORE_ZSTD_LEVEL: i32 = 1;

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

/// Commits the writer's pending changes with `payload`, then removes the
/// manifest files (and temporary files of killed runs) it does not name.
fn commit_naming<D: Document>(
    mut prepared: tantivy::indexer::PreparedCommit<'_, D>,
    dir: &Path,
    payload: &Payload,
) -> Result<()> {
    let text = serde_json::to_string(payload).map_err(|e| IndexError::Manifest {
        dir: dir.to_path_buf(),
        reason: e.to_string(),
    })?;
    prepared.set_payload(&text);
    prepared.commit()?;
    let named: HashSet<&str> = std::iter::once(payload.manifest.as_str())
        .chain(payload.deltas.iter().map(String::as_str))
        .collect();
    if let Ok(entries) = fs::read_dir(dir) {
        for entry in entries.flatten() {
            let other = entry.file_name().to_string_lossy().into_owned();
            let ours = other.starts_with(".imr-manifest-") || other.starts_with(".imr-delta-");
            if ours && !named.contains(other.as_str()) {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
    Ok(())
}

/// Commits the writer's pending changes together with `manifest`, written
/// whole as a new base: for a new index and for tests.
pub fn commit_with_manifest<D: Document>(
    writer: &mut IndexWriter<D>,
    dir: &Path,
    manifest: &Manifest,
) -> Result<()> {
    let prepared = writer.prepare_commit()?;
    let name = format!(".imr-manifest-{}.tsv", prepared.opstamp());
    let records = manifest
        .files
        .iter()
        .map(|(rel, e)| Ok((rel.clone(), Some(e.clone()))));
    write_manifest_file(dir, &name, records)?;
    let payload = Payload {
        imr_schema_version: SCHEMA_VERSION,
        manifest: name,
        deltas: Vec::new(),
    };
    commit_naming(prepared, dir, &payload)
}

/// Commits the writer's pending changes with `changes` (the files handled
/// since the last commit, each path once) as a new delta, appended to
/// `files`. Only the delta is written: the cost of a commit is that of the
/// work since the last one, not of the manifest.
pub fn commit_delta<D: Document>(
    writer: &mut IndexWriter<D>,
    files: &mut ManifestFiles,
    mut changes: Vec<Record>,
) -> Result<()> {
    changes.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let prepared = writer.prepare_commit()?;
    let name = format!(".imr-delta-{}.tsv", prepared.opstamp());
    write_manifest_file(&files.dir, &name, changes.into_iter().map(Ok))?;
    let mut deltas = files.deltas.clone();
    deltas.push(name);
    let payload = Payload {
        imr_schema_version: SCHEMA_VERSION,
        manifest: files.base.clone(),
        deltas,
    };
    commit_naming(prepared, &files.dir, &payload)?;
    files.deltas = payload.deltas;
    Ok(())
}

/// Commits the writer's pending changes with the manifest compacted: base,
/// deltas and `changes` (as for [`commit_delta`]) merged into one new base,
/// streamed; the old files go once the commit names the new one. `each` sees
/// every entry of the new manifest, in path order (the pass's totals).
pub fn commit_compacted<D: Document>(
    writer: &mut IndexWriter<D>,
    files: &mut ManifestFiles,
    mut changes: Vec<Record>,
    each: &mut dyn FnMut(&str, &FileEntry),
) -> Result<()> {
    changes.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let prepared = writer.prepare_commit()?;
    let name = format!(".imr-manifest-{}.tsv", prepared.opstamp());
    let merged = files.merged(changes)?.map(|item| {
        item.map(|(rel, entry)| {
            each(&rel, &entry);
            (rel, Some(entry))
        })
    });
    write_manifest_file(&files.dir, &name, merged)?;
    let payload = Payload {
        imr_schema_version: SCHEMA_VERSION,
        manifest: name,
        deltas: Vec::new(),
    };
    commit_naming(prepared, &files.dir, &payload)?;
    files.base = payload.manifest;
    files.deltas.clear();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The whole manifest the last commit names.
    fn read_manifest(dir: &Path, index: &Index) -> Result<Manifest> {
        let mut m = Manifest::default();
        for item in manifest_files(dir, index)?.entries()? {
            let (rel, entry) = item?;
            m.files.insert(rel, entry);
        }
        Ok(m)
    }

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

    fn entry(size: u64, status: FileStatus) -> FileEntry {
        FileEntry {
            size,
            mtime_ns: -5,
            status,
        }
    }

    fn manifest_names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(".imr-manifest-") || n.starts_with(".imr-delta-"))
            .collect();
        names.sort();
        names
    }

    #[test]
    fn deltas_stack_over_the_base_and_compact_into_one_file() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        let index = create_index(dir).unwrap();
        let skipped = |r: &str| FileStatus::Skipped { reason: r.into() };
        let mut base = Manifest::default();
        for (rel, size) in [("a.txt", 1), ("b.txt", 2), ("c.txt", 3)] {
            base.files.insert(rel.into(), entry(size, skipped("base")));
        }
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        commit_with_manifest(&mut writer, dir, &base).unwrap();
        let mut files = manifest_files(dir, &index).unwrap();

        // Two deltas: b changes, then c goes and d comes; b changes again.
        commit_delta(
            &mut writer,
            &mut files,
            vec![("b.txt".into(), Some(entry(20, skipped("one"))))],
        )
        .unwrap();
        commit_delta(
            &mut writer,
            &mut files,
            vec![
                ("d.txt".into(), Some(entry(4, skipped("two")))),
                ("b.txt".into(), Some(entry(21, skipped("two")))),
                ("c.txt".into(), None),
            ],
        )
        .unwrap();
        assert_eq!(manifest_names(dir).len(), 3, "{:?}", manifest_names(dir));
        let expected: Vec<(String, u64)> = [("a.txt", 1), ("b.txt", 21), ("d.txt", 4)]
            .iter()
            .map(|(r, s)| (r.to_string(), *s))
            .collect();
        let sizes = |m: Manifest| -> Vec<(String, u64)> {
            m.files.into_iter().map(|(r, e)| (r, e.size)).collect()
        };
        // What the last commit names, read back by a fresh reader.
        assert_eq!(sizes(read_manifest(dir, &index).unwrap()), expected);

        // Compaction: one base, the deltas gone, the same entries (plus
        // the last changes), each seen once in path order.
        let mut seen = Vec::new();
        commit_compacted(
            &mut writer,
            &mut files,
            vec![("a.txt".into(), None)],
            &mut |rel, _| seen.push(rel.to_string()),
        )
        .unwrap();
        assert_eq!(seen, ["b.txt", "d.txt"]);
        let names = manifest_names(dir);
        assert_eq!(names.len(), 1, "{names:?}");
        assert!(names[0].starts_with(".imr-manifest-"), "{names:?}");
        assert_eq!(sizes(read_manifest(dir, &index).unwrap()), expected[1..]);
    }

    #[test]
    fn damaged_or_json_manifests_say_rebuild() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        let index = create_index(dir).unwrap();
        let mut m = Manifest::default();
        m.files.insert(
            "a.txt".into(),
            entry(1, FileStatus::Skipped { reason: "r".into() }),
        );
        m.files.insert(
            "b.txt".into(),
            entry(1, FileStatus::Skipped { reason: "r".into() }),
        );
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        commit_with_manifest(&mut writer, dir, &m).unwrap();
        let name = manifest_names(dir).remove(0);

        // Cut short mid-record.
        let full = fs::read_to_string(dir.join(&name)).unwrap();
        fs::write(dir.join(&name), &full[..full.len() - 3]).unwrap();
        let err = read_manifest(dir, &index).unwrap_err().to_string();
        assert!(
            err.contains("damaged manifest") && err.contains("--rebuild"),
            "{err}"
        );

        // Records out of order.
        let mut lines: Vec<&str> = full.lines().collect();
        lines.swap(1, 2);
        fs::write(dir.join(&name), lines.join("\n") + "\n").unwrap();
        let err = read_manifest(dir, &index).unwrap_err().to_string();
        assert!(err.contains("out of order"), "{err}");

        // The JSON manifest of earlier versions.
        let mut prepared = writer.prepare_commit().unwrap();
        prepared.set_payload(&format!(
            r#"{{"imr_schema_version":{SCHEMA_VERSION},"manifest":".imr-manifest-1.json"}}"#
        ));
        prepared.commit().unwrap();
        let err = read_manifest(dir, &index).unwrap_err().to_string();
        assert!(
            err.contains("JSON manifest") && err.contains("--rebuild"),
            "{err}"
        );
    }

    #[test]
    fn index_file_names() {
        assert!(is_index_file("meta.json"));
        assert!(is_index_file("0123456789abcdef0123456789abcdef.idx"));
        assert!(is_index_file("0123456789abcdef0123456789abcdef.12.del"));
        assert!(is_index_file(".imr-manifest-3.json"));
        assert!(is_index_file(".imr-delta-4.tsv"));
        assert!(!is_index_file("notes.txt"));
        assert!(!is_index_file("0123456789abcdef0123456789abcdef.txt"));
    }
}
