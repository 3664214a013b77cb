//! The on-disk index: creating and opening it, its schema version, the
//! writer lock, and the manifest of indexed files.
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

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::io::{BufRead, BufReader, BufWriter, Write};
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

/// Reads the whole manifest the last commit names into memory. For tests
/// and small indexes; a build streams it ([`ManifestFiles::entries`]).
pub fn read_manifest(dir: &Path, index: &Index) -> Result<Manifest> {
    let mut m = Manifest::default();
    for item in manifest_files(dir, index)?.entries()? {
        let (rel, entry) = item?;
        m.files.insert(rel, entry);
    }
    Ok(m)
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

/// First line of every manifest file: the record format below, so a file of
/// another format is refused rather than misread.
const MANIFEST_HEADER: &str = "imr-manifest\t1";

/// One manifest record: a file's entry, or (in a delta) its removal.
pub type Record = (String, Option<FileEntry>);

/// Writes `s` with `\\`, tab, newline and carriage return escaped, so a field
/// never holds the record's separators.
fn escape_into(out: &mut String, s: &str) {
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
}

fn unescape(s: &str) -> Option<String> {
    if !s.contains('\\') {
        return Some(s.to_owned());
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(ch) = chars.next() {
        if ch == '\\' {
            out.push(match chars.next()? {
                '\\' => '\\',
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                _ => return None,
            });
        } else {
            out.push(ch);
        }
    }
    Some(out)
}

/// Stands for `None` in an optional field: escaping never produces it.
const NONE_FIELD: &str = "\\N";

/// One record as a line: `path size mtime_ns kind fields...`, tab-separated,
/// where kind is `I` (indexed: key, case number, docs, items, then one field
/// per warning), `D` (duplicate: key, file), `S` (skipped: reason) or `-`
/// (removed, deltas only). No JSON: a no-change run reads a million of
/// these, and plain fields parse several times faster.
fn write_record(line: &mut String, rel: &str, entry: Option<&FileEntry>) {
    line.clear();
    escape_into(line, rel);
    let Some(e) = entry else {
        line.push_str("\t0\t0\t-\n");
        return;
    };
    line.push('\t');
    line.push_str(&e.size.to_string());
    line.push('\t');
    line.push_str(&e.mtime_ns.to_string());
    match &e.status {
        FileStatus::Indexed {
            key,
            case_number,
            docs,
            items,
            warnings,
        } => {
            line.push_str("\tI\t");
            escape_into(line, key);
            line.push('\t');
            match case_number {
                Some(c) => escape_into(line, c),
                None => line.push_str(NONE_FIELD),
            }
            line.push('\t');
            line.push_str(&docs.to_string());
            line.push('\t');
            line.push_str(&items.to_string());
            for w in warnings {
                line.push('\t');
                escape_into(line, w);
            }
        }
        FileStatus::Duplicate { key, of } => {
            line.push_str("\tD\t");
            escape_into(line, key);
            line.push('\t');
            escape_into(line, of);
        }
        FileStatus::Skipped { reason } => {
            line.push_str("\tS\t");
            escape_into(line, reason);
        }
    }
    line.push('\n');
}

/// The inverse of [`write_record`] (`line` without its newline).
fn parse_record(line: &str) -> Option<Record> {
    let mut f = line.split('\t');
    let rel = unescape(f.next()?)?;
    let size = f.next()?.parse().ok()?;
    let mtime_ns = f.next()?.parse().ok()?;
    let status = match f.next()? {
        "-" => return f.next().is_none().then_some((rel, None)),
        "I" => {
            let key = unescape(f.next()?)?;
            let case_number = match f.next()? {
                NONE_FIELD => None,
                c => Some(unescape(c)?),
            };
            let docs = f.next()?.parse().ok()?;
            let items = f.next()?.parse().ok()?;
            let warnings = f.by_ref().map(unescape).collect::<Option<Vec<_>>>()?;
            FileStatus::Indexed {
                key,
                case_number,
                docs,
                items,
                warnings,
            }
        }
        "D" => {
            let key = unescape(f.next()?)?;
            let of = unescape(f.next()?)?;
            FileStatus::Duplicate { key, of }
        }
        "S" => FileStatus::Skipped {
            reason: unescape(f.next()?)?,
        },
        _ => return None,
    };
    if f.next().is_some() && !matches!(status, FileStatus::Indexed { .. }) {
        return None;
    }
    Some((
        rel,
        Some(FileEntry {
            size,
            mtime_ns,
            status,
        }),
    ))
}

/// Writes `records` (sorted by path, each path once) to `dir/name`: a
/// temporary file, synced, then renamed, so `name` is whole or absent.
fn write_manifest_file(
    dir: &Path,
    name: &str,
    records: impl Iterator<Item = Result<Record>>,
) -> Result<()> {
    let path = dir.join(name);
    let tmp = dir.join(format!("{name}.tmp"));
    let file = fs::File::create(&tmp).map_err(io_err(&tmp))?;
    let mut out = BufWriter::with_capacity(1 << 16, file);
    let mut line = String::new();
    writeln!(out, "{MANIFEST_HEADER}").map_err(io_err(&tmp))?;
    for record in records {
        let (rel, entry) = record?;
        write_record(&mut line, &rel, entry.as_ref());
        out.write_all(line.as_bytes()).map_err(io_err(&tmp))?;
    }
    let file = out.into_inner().map_err(|e| IndexError::Io {
        path: tmp.clone(),
        source: e.into_error(),
    })?;
    file.sync_all().map_err(io_err(&tmp))?;
    fs::rename(&tmp, &path).map_err(io_err(&path))
}

/// Reads one manifest file record by record, checking the header and that
/// paths strictly ascend (a damaged file fails rather than misleads).
struct RecordReader {
    dir: PathBuf,
    name: String,
    input: BufReader<fs::File>,
    line: String,
    line_no: u64,
    last: Option<String>,
}

impl RecordReader {
    fn open(dir: &Path, name: &str) -> Result<Self> {
        let damaged = |reason: String| IndexError::Manifest {
            dir: dir.to_path_buf(),
            reason: format!("{name}: {reason}"),
        };
        let file = fs::File::open(dir.join(name)).map_err(|e| damaged(e.to_string()))?;
        let mut r = RecordReader {
            dir: dir.to_path_buf(),
            name: name.to_owned(),
            input: BufReader::with_capacity(1 << 16, file),
            line: String::new(),
            line_no: 1,
            last: None,
        };
        r.input
            .read_line(&mut r.line)
            .map_err(|e| damaged(e.to_string()))?;
        if r.line.trim_end_matches('\n') != MANIFEST_HEADER {
            return Err(damaged("not a manifest of this imr".into()));
        }
        Ok(r)
    }

    fn damaged(&self, reason: &str) -> IndexError {
        IndexError::Manifest {
            dir: self.dir.clone(),
            reason: format!("{} line {}: {reason}", self.name, self.line_no),
        }
    }

    fn next_record(&mut self) -> Result<Option<Record>> {
        self.line.clear();
        self.line_no += 1;
        let n = self
            .input
            .read_line(&mut self.line)
            .map_err(|e| self.damaged(&e.to_string()))?;
        if n == 0 {
            return Ok(None);
        }
        // A record always ends with its newline: a file cut short is damaged.
        let Some(body) = self.line.strip_suffix('\n') else {
            return Err(self.damaged("cut short"));
        };
        let Some(record) = parse_record(body) else {
            return Err(self.damaged("unreadable record"));
        };
        if self.last.as_deref().is_some_and(|l| l >= record.0.as_str()) {
            return Err(self.damaged("paths out of order"));
        }
        self.last = Some(record.0.clone());
        Ok(Some(record))
    }
}

/// The manifest files a commit names: a base and deltas over it.
#[derive(Debug, Clone)]
pub struct ManifestFiles {
    dir: PathBuf,
    base: String,
    deltas: Vec<String>,
}

/// The manifest files the last commit names. An index whose manifest is a
/// JSON document (made before the manifest was streamed) is refused with
/// the `--rebuild` advice.
pub fn manifest_files(dir: &Path, index: &Index) -> Result<ManifestFiles> {
    let payload = read_payload(dir, index)?;
    if !payload.manifest.ends_with(".tsv") {
        return Err(IndexError::Incompatible {
            dir: dir.to_path_buf(),
            found: format!("v{} with a JSON manifest", payload.imr_schema_version),
            expected: SCHEMA_VERSION,
        });
    }
    Ok(ManifestFiles {
        dir: dir.to_path_buf(),
        base: payload.manifest,
        deltas: payload.deltas,
    })
}

impl ManifestFiles {
    /// The manifest's entries in path order, read as a stream: base and
    /// deltas merged, a later file's record winning, removals dropped.
    pub fn entries(&self) -> Result<Entries> {
        self.merged(Vec::new())
    }

    /// The files written so far (base first).
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.base.as_str()).chain(self.deltas.iter().map(String::as_str))
    }

    fn merged(&self, last: Vec<Record>) -> Result<Entries> {
        let mut sources = Vec::with_capacity(self.deltas.len() + 2);
        for name in self.names() {
            sources.push(Source::File(RecordReader::open(&self.dir, name)?));
        }
        sources.push(Source::Memory(last.into_iter()));
        let mut heads = Vec::with_capacity(sources.len());
        for s in &mut sources {
            heads.push(s.next_record()?);
        }
        Ok(Entries { sources, heads })
    }
}

enum Source {
    File(RecordReader),
    Memory(std::vec::IntoIter<Record>),
}

impl Source {
    fn next_record(&mut self) -> Result<Option<Record>> {
        match self {
            Source::File(r) => r.next_record(),
            Source::Memory(it) => Ok(it.next()),
        }
    }
}

/// The merged stream of [`ManifestFiles::entries`]. Holds one record per
/// file, whatever the manifest's size.
pub struct Entries {
    sources: Vec<Source>,
    heads: Vec<Option<Record>>,
}

impl Entries {
    fn next_record(&mut self) -> Result<Option<(String, FileEntry)>> {
        loop {
            // The fewest paths first; of equal paths, the latest file's.
            let mut pick: Option<usize> = None;
            for (i, head) in self.heads.iter().enumerate() {
                if let Some((rel, _)) = head {
                    let better = match pick.and_then(|p| self.heads[p].as_ref()) {
                        Some((best, _)) => rel <= best,
                        None => true,
                    };
                    if better {
                        pick = Some(i);
                    }
                }
            }
            let Some(pick) = pick else {
                return Ok(None);
            };
            let Some((rel, entry)) = self.heads[pick].take() else {
                return Ok(None);
            };
            let heads = self.heads.iter_mut().zip(&mut self.sources).enumerate();
            for (i, (head, source)) in heads {
                if i == pick || head.as_ref().is_some_and(|(r, _)| *r == rel) {
                    *head = source.next_record()?;
                }
            }
            if let Some(entry) = entry {
                return Ok(Some((rel, entry)));
            }
        }
    }
}

impl Iterator for Entries {
    type Item = Result<(String, FileEntry)>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_record().transpose()
    }
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
    fn records_survive_awkward_paths_and_fields() {
        let cases = [
            (
                "a\tb\\c\n.txt",
                entry(
                    3,
                    FileStatus::Indexed {
                        key: "CM14-1\tx".into(),
                        case_number: None,
                        docs: 2,
                        items: 1,
                        warnings: vec!["w\none".into(), String::new(), "\\N".into()],
                    },
                ),
            ),
            (
                "dir/with\ttab/\u{e9}.pdf",
                entry(
                    0,
                    FileStatus::Indexed {
                        key: "k".into(),
                        case_number: Some(String::new()),
                        docs: 1,
                        items: 0,
                        warnings: Vec::new(),
                    },
                ),
            ),
            (
                "d.txt",
                entry(
                    9,
                    FileStatus::Duplicate {
                        key: "k".into(),
                        of: "x\ty.txt".into(),
                    },
                ),
            ),
            (
                "s.txt",
                entry(
                    1,
                    FileStatus::Skipped {
                        reason: "empty\r\nfile".into(),
                    },
                ),
            ),
        ];
        let mut line = String::new();
        for (rel, e) in &cases {
            write_record(&mut line, rel, Some(e));
            assert_eq!(line.matches('\n').count(), 1, "{line:?}");
            let body = line.strip_suffix('\n').unwrap();
            assert_eq!(parse_record(body), Some((rel.to_string(), Some(e.clone()))));
        }
        write_record(&mut line, "gone\t.txt", None);
        assert_eq!(
            parse_record(line.trim_end_matches('\n')),
            Some(("gone\t.txt".to_string(), None))
        );
        assert_eq!(parse_record("a.txt\t1\t2\tS"), None);
        assert_eq!(parse_record("a.txt\t1\t2\tS\tr\textra"), None);
        assert_eq!(parse_record("a\\q.txt\t1\t2\tS\tr"), None);
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
