//! The manifest: which corpus files the index holds and what became of
//! each, one record per file, in path order, written through the `csv`
//! crate (tab-separated, quoted where a field holds a tab, quote or line
//! break), read back as a stream.
//!
//! A record is `path size mtime_ns kind fields...`, where kind is `I`
//! (indexed: key, case number, docs, items, then one field per warning), `D`
//! (duplicate: key, file), `S` (skipped: reason) or `-` (removed, deltas
//! only). A case number is written `#` and the number, and an absent one as
//! an empty field, so an empty number stays distinct from none. The first
//! record names the format, so a file of another format is refused rather
//! than misread. No JSON: a no-change run reads a million of these.

use std::collections::BTreeMap;
use std::fs;
use std::io::{BufReader, BufWriter, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use tantivy::Index;

use super::{io_err, read_payload, IndexError, Result};
use crate::schema::SCHEMA_VERSION;

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

/// The first record of every manifest file.
const MANIFEST_HEADER: [&str; 2] = ["imr-manifest", "2"];

/// One manifest record: a file's entry, or (in a delta) its removal.
pub type Record = (String, Option<FileEntry>);

fn csv_writer<W: std::io::Write>(out: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .delimiter(b'\t')
        .flexible(true)
        .has_headers(false)
        .from_writer(out)
}

fn csv_reader<R: Read>(input: R) -> csv::Reader<R> {
    csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .flexible(true)
        .has_headers(false)
        .from_reader(input)
}

/// The fields of one record.
fn record_fields(rel: &str, entry: Option<&FileEntry>) -> Vec<String> {
    let mut out = vec![rel.to_owned()];
    let Some(e) = entry else {
        out.extend(["0", "0", "-"].map(String::from));
        return out;
    };
    out.push(e.size.to_string());
    out.push(e.mtime_ns.to_string());
    match &e.status {
        FileStatus::Indexed {
            key,
            case_number,
            docs,
            items,
            warnings,
        } => {
            out.push("I".into());
            out.push(key.clone());
            out.push(
                case_number
                    .as_ref()
                    .map_or(String::new(), |c| format!("#{c}")),
            );
            out.push(docs.to_string());
            out.push(items.to_string());
            out.extend(warnings.iter().cloned());
        }
        FileStatus::Duplicate { key, of } => {
            out.extend(["D".to_owned(), key.clone(), of.clone()]);
        }
        FileStatus::Skipped { reason } => {
            out.extend(["S".to_owned(), reason.clone()]);
        }
    }
    out
}

/// The inverse of [`record_fields`]; `None` for a malformed record.
fn parse_record(r: &csv::StringRecord) -> Option<Record> {
    let mut f = r.iter();
    let rel = f.next()?.to_owned();
    let size = f.next()?.parse().ok()?;
    let mtime_ns = f.next()?.parse().ok()?;
    let status = match f.next()? {
        "-" => return f.next().is_none().then_some((rel, None)),
        "I" => {
            let key = f.next()?.to_owned();
            let case_number = match f.next()? {
                "" => None,
                c => Some(c.strip_prefix('#')?.to_owned()),
            };
            let docs = f.next()?.parse().ok()?;
            let items = f.next()?.parse().ok()?;
            let warnings = f.by_ref().map(str::to_owned).collect();
            FileStatus::Indexed {
                key,
                case_number,
                docs,
                items,
                warnings,
            }
        }
        "D" => FileStatus::Duplicate {
            key: f.next()?.to_owned(),
            of: f.next()?.to_owned(),
        },
        "S" => FileStatus::Skipped {
            reason: f.next()?.to_owned(),
        },
        _ => return None,
    };
    if f.next().is_some() {
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
pub(super) fn write_manifest_file(
    dir: &Path,
    name: &str,
    records: impl Iterator<Item = Result<Record>>,
) -> Result<()> {
    let path = dir.join(name);
    let tmp = dir.join(format!("{name}.tmp"));
    let file = fs::File::create(&tmp).map_err(io_err(&tmp))?;
    let mut out = csv_writer(BufWriter::with_capacity(1 << 16, file));
    let csv_err = |e: csv::Error| IndexError::Io {
        path: tmp.clone(),
        source: std::io::Error::other(e.to_string()),
    };
    out.write_record(MANIFEST_HEADER).map_err(csv_err)?;
    for record in records {
        let (rel, entry) = record?;
        out.write_record(record_fields(&rel, entry.as_ref()))
            .map_err(csv_err)?;
    }
    let file = out
        .into_inner()
        .map_err(|e| IndexError::Io {
            path: tmp.clone(),
            source: std::io::Error::other(e.to_string()),
        })?
        .into_inner()
        .map_err(|e| IndexError::Io {
            path: tmp.clone(),
            source: e.into_error(),
        })?;
    file.sync_all().map_err(io_err(&tmp))?;
    fs::rename(&tmp, &path).map_err(io_err(&path))
}

/// Reads one manifest file record by record, checking the header, that the
/// file ends with a whole record, and that paths strictly ascend (a damaged
/// file fails rather than misleads).
struct RecordReader {
    dir: PathBuf,
    name: String,
    input: csv::Reader<BufReader<fs::File>>,
    record: csv::StringRecord,
    last: Option<String>,
}

impl RecordReader {
    fn open(dir: &Path, name: &str) -> Result<Self> {
        let damaged = |reason: String| IndexError::Manifest {
            dir: dir.to_path_buf(),
            reason: format!("{name}: {reason}"),
        };
        let mut file = fs::File::open(dir.join(name)).map_err(|e| damaged(e.to_string()))?;
        // Every record ends with its line break: a file cut short is
        // damaged, even where the cut fell between two fields.
        let mut last = [0u8; 1];
        let whole = file.seek(SeekFrom::End(-1)).is_ok()
            && file.read_exact(&mut last).is_ok()
            && last[0] == b'\n';
        if !whole {
            return Err(damaged("cut short".into()));
        }
        file.seek(SeekFrom::Start(0))
            .map_err(|e| damaged(e.to_string()))?;
        let mut r = RecordReader {
            dir: dir.to_path_buf(),
            name: name.to_owned(),
            input: csv_reader(BufReader::with_capacity(1 << 16, file)),
            record: csv::StringRecord::new(),
            last: None,
        };
        let header = r.input.read_record(&mut r.record);
        if !matches!(header, Ok(true)) || r.record.iter().ne(MANIFEST_HEADER) {
            return Err(damaged("not a manifest of this imr".into()));
        }
        Ok(r)
    }

    fn damaged(&self, reason: &str) -> IndexError {
        let line = self.record.position().map_or(0, |p| p.line());
        IndexError::Manifest {
            dir: self.dir.clone(),
            reason: format!("{} line {line}: {reason}", self.name),
        }
    }

    fn next_record(&mut self) -> Result<Option<Record>> {
        match self.input.read_record(&mut self.record) {
            Ok(false) => return Ok(None),
            Ok(true) => {}
            Err(e) => return Err(self.damaged(&e.to_string())),
        }
        let Some(record) = parse_record(&self.record) else {
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
    pub(super) dir: PathBuf,
    pub(super) base: String,
    pub(super) deltas: Vec<String>,
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

    pub(super) fn merged(&self, last: Vec<Record>) -> Result<Entries> {
        let mut sources = Vec::with_capacity(self.deltas.len() + 2);
        for name in self.names() {
            sources.push(Source::File(Box::new(RecordReader::open(&self.dir, name)?)));
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
    File(Box<RecordReader>),
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

#[cfg(test)]
mod tests {
    use super::*;

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
                        warnings: vec![
                            "w\none".into(),
                            String::new(),
                            "\\N".into(),
                            "\"q\"".into(),
                        ],
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
        let round_trip = |rel: &str, e: Option<&FileEntry>| -> Option<Record> {
            let mut w = csv_writer(Vec::new());
            w.write_record(record_fields(rel, e)).unwrap();
            let bytes = w.into_inner().unwrap();
            assert!(bytes.ends_with(b"\n"));
            let mut r = csv_reader(bytes.as_slice());
            let mut rec = csv::StringRecord::new();
            assert!(r.read_record(&mut rec).unwrap());
            assert!(
                !r.read_record(&mut csv::StringRecord::new()).unwrap(),
                "one record"
            );
            parse_record(&rec)
        };
        for (rel, e) in &cases {
            assert_eq!(
                round_trip(rel, Some(e)),
                Some((rel.to_string(), Some(e.clone())))
            );
        }
        assert_eq!(
            round_trip("gone\t.txt", None),
            Some(("gone\t.txt".to_string(), None))
        );
        let parse = |fields: &[&str]| parse_record(&csv::StringRecord::from(fields.to_vec()));
        assert_eq!(parse(&["a.txt", "1", "2", "S"]), None);
        assert_eq!(parse(&["a.txt", "1", "2", "S", "r", "extra"]), None);
        assert_eq!(
            parse(&["a.txt", "1", "2", "I", "k", "CM14", "1", "1"]),
            None
        );
        assert_eq!(parse(&["a.txt", "x", "2", "S", "r"]), None);
    }

    fn entry(size: u64, status: FileStatus) -> FileEntry {
        FileEntry {
            size,
            mtime_ns: -5,
            status,
        }
    }
}
