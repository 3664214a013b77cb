//! `imr index`: walk a corpus folder, parse new and changed letters in
//! parallel, write their documents, remove those of deleted files, and
//! commit together with the manifest.
//!
//! Files are handled in path order, in chunks: a chunk is read and parsed on
//! all cores (rayon), then its documents go to tantivy's multi-threaded
//! writer from one thread, which is also where duplicates are decided (the
//! first file in path order keeps the letter), so results do not depend on
//! thread timing. Progress goes to a [`Progress`] the caller renders.

mod owners;
mod pass;
mod queue;

use std::path::{Path, PathBuf};
use std::time::Instant;

use serde::Serialize;
use tantivy::indexer::LogMergePolicy;
use tantivy::TantivyDocument;

use self::owners::Owners;
use self::pass::Pass;
use crate::document::{letter_documents, letter_key, warning_kinds};
use crate::schema::Fields;
use crate::store::{FileEntry, FileStatus, IndexError, Result};
use imr_letter::extract::DocKind;
use imr_letter::ingest::{self, Found};
use imr_letter::warning::WarningKind;

pub use imr_letter::ingest::MAX_FILE_BYTES;

/// How to run an indexing pass.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The corpus folder (searched recursively).
    pub corpus: PathBuf,
    /// The index folder.
    pub index_dir: PathBuf,
    /// Start over instead of updating.
    pub rebuild: bool,
    /// Threads for parsing and for the writer (>= 1).
    pub threads: usize,
    /// Commit no more often than this (seconds), and only once enough
    /// documents wait (see [`commit_due`]), so a killed run keeps progress.
    pub commit_every_secs: u64,
    /// Also commit after this many letters (0 = only as [`commit_due`]
    /// says, by time and documents).
    pub commit_every_letters: u64,
}

impl BuildOptions {
    /// Options with defaults: all cores, commits as [`commit_due`] says.
    pub fn new(corpus: impl Into<PathBuf>, index_dir: impl Into<PathBuf>) -> Self {
        BuildOptions {
            corpus: corpus.into(),
            index_dir: index_dir.into(),
            rebuild: false,
            threads: std::thread::available_parallelism().map_or(1, usize::from),
            commit_every_secs: 30,
            commit_every_letters: 0,
        }
    }
}

/// Progress of an indexing pass. All methods are called from one thread.
pub trait Progress {
    /// The work is known: `files` to read, `bytes` in them.
    fn start(&mut self, _files: u64, _bytes: u64) {}
    /// One more file handled: its `bytes` and the `items` it gave.
    fn advance(&mut self, _bytes: u64, _items: u64) {}
    /// A commit is being written.
    fn committing(&mut self) {}
    /// Asked before each file: `true` stops the pass there, without the
    /// final commit, as a killed process would (the last commit stands and
    /// the next pass completes the work).
    fn should_stop(&mut self) -> bool {
        false
    }
    /// The pass is over.
    fn finish(&mut self) {}
}

/// A [`Progress`] that shows nothing.
#[derive(Debug, Default)]
pub struct NoProgress;

impl Progress for NoProgress {}

/// A file that was not indexed, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    /// Path relative to the corpus root.
    pub file: String,
    /// Why it was skipped.
    pub reason: String,
}

/// A file holding a letter already indexed from another file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Duplicate {
    /// The file that is indexed.
    pub kept: String,
    /// The file that is not.
    pub duplicate: String,
    /// The letter key (case number) they share.
    pub key: String,
}

/// One letter's warnings, for `--report`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LetterWarnings {
    /// Path relative to the corpus root.
    pub file: String,
    /// The case number, if found.
    pub case_number: Option<String>,
    /// The parser's warnings.
    pub warnings: Vec<String>,
}

/// What an indexing pass did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct IndexSummary {
    /// Letters parsed and written in this pass.
    pub letters: u64,
    /// Items written in this pass.
    pub items: u64,
    /// Letters written in this pass that carry parser warnings.
    pub letters_with_warnings: u64,
    /// Guideline citation paths read from this pass's letters (without
    /// `/None cited`).
    pub citations: u64,
    /// Of those, the paths made from wording the citation vocabulary does not
    /// know (each is also a warning on its letter).
    pub citations_unplaced: u64,
    /// Files not indexed, and why (every run lists all of them).
    pub skipped: Vec<Skipped>,
    /// Files holding a letter indexed from another file.
    pub duplicates: Vec<Duplicate>,
    /// Files whose documents were removed because they are gone or changed
    /// into something not indexable.
    pub removed: u64,
    /// Files left as they were (not read).
    pub unchanged: u64,
    /// Letters in the index after the pass.
    pub total_letters: u64,
    /// Documents (items) in the index after the pass.
    pub total_docs: u64,
    /// Whether anything was committed.
    pub committed: bool,
    /// Wall-clock seconds.
    pub seconds: f64,
    /// Bytes read in this pass.
    pub bytes: u64,
    /// Throughput of the read-and-parse stage for `.txt` letters.
    pub text: KindStats,
    /// Throughput of the read-extract-parse stage for PDF letters.
    pub pdf: KindStats,
    /// Letters in the index the parser failed on, kept as text only (this
    /// pass and earlier ones): their words are searchable, they have no
    /// fields (`warning=/text only` lists them).
    pub text_only_letters: u64,
    /// Letters in the index per kind of parser warning (a letter counts once
    /// per kind it has), by [`imr_letter::warning::WarningKind`] name; kinds
    /// no letter has are left out.
    pub letters_by_warning: std::collections::BTreeMap<String, u64>,
    /// Every indexed letter with warnings (this pass and earlier ones).
    #[serde(skip)]
    pub warnings: Vec<LetterWarnings>,
}

/// Files of one kind (text or PDF) read in a pass, and the thread time
/// spent reading, extracting and parsing them.
#[derive(Debug, Clone, Default, Serialize)]
pub struct KindStats {
    /// Files of this kind read (indexed, duplicate or skipped).
    pub files: u64,
    /// Seconds of parser-thread time spent on them, summed over threads.
    pub thread_seconds: f64,
    /// Files per second on one thread (`files / thread_seconds`).
    pub letters_per_sec_per_thread: f64,
}

impl KindStats {
    fn add(&mut self, secs: f64) {
        self.files += 1;
        self.thread_seconds += secs;
        self.letters_per_sec_per_thread = if self.thread_seconds > 0.0 {
            self.files as f64 / self.thread_seconds
        } else {
            0.0
        };
    }
}

impl IndexSummary {
    /// Throughput of this pass in MB/s.
    pub fn mb_per_sec(&self) -> f64 {
        if self.seconds > 0.0 {
            self.bytes as f64 / 1e6 / self.seconds
        } else {
            0.0
        }
    }
}

/// The corpus walk ([`ingest::walk`]), the index folder left out when it
/// lies inside the corpus (`imr index .` with the default `./imr-index`).
fn walk(corpus: &Path, index_dir: &Path) -> Result<(Vec<Found>, Vec<Skipped>)> {
    let walked = ingest::walk(corpus, Some(index_dir)).map_err(|e| match e {
        ingest::WalkError::NotAFolder { path } => IndexError::Corpus { path },
    })?;
    let skipped = walked
        .skipped
        .into_iter()
        .map(|(file, skip)| Skipped {
            file,
            reason: skip.to_string(),
        })
        .collect();
    Ok((walked.found, skipped))
}

/// What reading and parsing one file gave.
enum Parsed {
    Skipped(String),
    Letter {
        key: String,
        case_number: Option<String>,
        items: u64,
        /// Guideline paths read and how many were not placed.
        citations: (u64, u64),
        warnings: Vec<String>,
        docs: Vec<TantivyDocument>,
    },
}

/// Reads one file and parses it ([`ingest::read`]); also says which kind
/// it turned out to be and how long that took (for the per-kind throughput).
fn read_and_parse(corpus: &Path, c: &Found, fields: &Fields) -> (Parsed, DocKind, f64) {
    let started = Instant::now();
    let read = ingest::read(&c.path(corpus), &c.rel);
    let parsed = match read.letter {
        Err(skip) => Parsed::Skipped(skip.to_string()),
        Ok(letter) => {
            let docs = letter_documents(&letter, &c.rel, fields);
            Parsed::Letter {
                key: letter_key(&letter, &c.rel),
                case_number: letter.case_number.clone(),
                items: letter.items.len() as u64,
                citations: imr_letter::letter::citation_tally(&letter),
                warnings: letter.warnings,
                docs,
            }
        }
    };
    (parsed, read.kind, started.elapsed().as_secs_f64())
}

/// Documents handed to the writer and not yet indexed, at most (about a
/// thousand letters, ~20 MB): enough to keep every indexing thread busy,
/// where tantivy's own queue would hold 10,000 letters once parsing runs
/// ahead (see [`super::queue`]).
const MAX_IN_FLIGHT_DOCS: usize = 2_048;

/// How long the producer waits for the indexing threads to take a document
/// before it hands the next letter over anyway (tantivy's queue then blocks,
/// or reports a writer whose threads have failed).
const IN_FLIGHT_PATIENCE: std::time::Duration = std::time::Duration::from_secs(5);

/// The writer's memory budget: ~150 MB per thread, at most ~480 MB in all.
/// It sets the size of a segment flushed full (~53k docs with two threads),
/// and since those are never merged again ([`merge_policy`]), the segment
/// count of a big index: about 40 at a million letters. A smaller budget
/// would save memory at the cost of more segments for every query to visit.
fn writer_budget(threads: usize) -> (usize, usize) {
    let threads = threads.clamp(1, 8);
    let total = (threads * 150_000_000).min(480_000_000);
    (threads, total.max(threads * 20_000_000))
}

/// Whether an indexing run commits now, `secs` after its last commit, with
/// `letters` letters and `docs` documents added since.
///
/// A commit keeps a killed run's progress, but it also flushes every writer
/// thread's part-filled segment. Where letters come fast (text, some 12,000
/// documents a second on two cores) the 30-second floor is what counts, and
/// a thread fills several full segments between commits. Where they come
/// slowly (PDFs: 1.3 ms a letter per thread for the DWC's simple pages, 2.7
/// ms for pages pdf-extract reads, more on a slower machine), a commit every
/// 30 s would cut every segment at 20,000 to 50,000 documents, at or just
/// above the size that is merged again ([`MERGE_BELOW_DOCS`]): up to 140
/// segments for the 1.5 million letters of the archive, each one a cost to
/// every query. So a commit also waits for [`COMMIT_MIN_DOCS`] new
/// documents, about five full segments' worth, but never longer than
/// [`COMMIT_MAX_SECS`].
pub fn commit_due(opts: &BuildOptions, secs: u64, letters: u64, docs: u64) -> bool {
    if opts.commit_every_letters > 0 && letters >= opts.commit_every_letters {
        return true;
    }
    secs >= opts.commit_every_secs
        && (docs >= COMMIT_MIN_DOCS || secs >= COMMIT_MAX_SECS.max(opts.commit_every_secs))
}

/// Documents a commit waits for (see [`commit_due`]).
pub const COMMIT_MIN_DOCS: u64 = 250_000;

/// The longest a run goes without a commit while it adds letters: what a
/// killed run can lose.
pub const COMMIT_MAX_SECS: u64 = 300;

/// The merge policy of every build.
///
/// A merge rewrites every document it touches, and while it runs it maps
/// all of its input segments: with tantivy's default (`LogMergePolicy`,
/// merging on up to 10 M docs) a million-letter build merged its full
/// segments into ever larger ones, so a letter cost a fifth more to build
/// than at 100k (where nothing reached the next level) and the final merges
/// held 400+ MB of segment files mapped on top of the writer's memory.
///
/// So only segments below [`MERGE_BELOW_DOCS`] are merged: the leftovers of
/// commits ([`commit_due`]) and of small incremental runs, eight at a time.
/// A segment the writer flushes full (its memory budget buys some 25k to
/// 55k documents) is never rewritten, and a merge's output (at most eight
/// small segments) is never merged again either. Every document is thus
/// written once, and at most once more, whatever the corpus size: build
/// work and memory grow linearly. The price is the segment count: about
/// one per 50k documents (some 40 at a million letters), which a query
/// visits in microseconds each (see BENCHMARKS.md for the query times).
/// A segment that loses documents to deletes drops below the limit (it
/// counts live documents) and is merged, which reclaims the space.
fn merge_policy() -> LogMergePolicy {
    let mut p = LogMergePolicy::default();
    p.set_min_num_segments(8);
    p.set_min_layer_size(MERGE_BELOW_DOCS as u32);
    p.set_level_log_size(0.75);
    p.set_max_docs_before_merge(MERGE_BELOW_DOCS);
    p
}

/// Segments with more live documents than this are not merged again.
const MERGE_BELOW_DOCS: usize = 20_000;

/// Totals of a manifest, gathered while it streams past.
#[derive(Default)]
struct Totals {
    letters: u64,
    docs: u64,
    warnings: Vec<LetterWarnings>,
    duplicates: Vec<Duplicate>,
    skipped: Vec<Skipped>,
}

impl Totals {
    fn add(&mut self, rel: &str, entry: &FileEntry) {
        match &entry.status {
            FileStatus::Indexed {
                case_number,
                docs,
                warnings,
                ..
            } => {
                self.letters += 1;
                self.docs += docs;
                if !warnings.is_empty() {
                    self.warnings.push(LetterWarnings {
                        file: rel.to_owned(),
                        case_number: case_number.clone(),
                        warnings: warnings.clone(),
                    });
                }
            }
            FileStatus::Duplicate { key, of } => self.duplicates.push(Duplicate {
                kept: of.clone(),
                duplicate: rel.to_owned(),
                key: key.clone(),
            }),
            FileStatus::Skipped { reason } => self.skipped.push(Skipped {
                file: rel.to_owned(),
                reason: reason.clone(),
            }),
        }
    }
}

/// Runs one indexing pass: creates the index if needed, brings it in step
/// with the corpus, commits. Never prints; see [`Progress`].
pub fn build_index(opts: &BuildOptions, progress: &mut dyn Progress) -> Result<IndexSummary> {
    let started = Instant::now();
    if !opts.corpus.is_dir() {
        return Err(IndexError::Corpus {
            path: opts.corpus.clone(),
        });
    }
    let mut pass = Pass::open(opts, progress)?;
    let (work, old_totals) = pass.plan()?;
    let stopped = pass.read_and_write(&work)?;
    drop(work);
    let (mut summary, totals) = pass.finish(stopped, old_totals)?;
    finish_summary(&mut summary, totals);
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

/// What an indexing pass must do, worked out from the last pass's manifest
/// and the corpus walk alone: no index is opened, so it is tested without
/// tantivy.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    /// Files the manifest knows that are gone from the corpus (or no longer
    /// letter candidates): their documents are deleted. `true` when the file
    /// was indexed (not a duplicate or a skip), so it counts as removed.
    pub remove: Vec<(String, bool)>,
    /// How many files are unchanged since the last pass: their entries
    /// carry over and they are not read.
    pub kept: u64,
    /// The letter keys that kept files hold, and the file holding each: a
    /// new file with one of these keys is a duplicate. Left empty when no
    /// file is to be read and no duplicate to be checked (no one asks).
    pub owners: Owners,
    /// Files to read and parse, in path order: new, changed, and duplicates
    /// whose letter's indexed copy changed or went away. `true` when the
    /// manifest knows the file (its old documents, if any, are replaced).
    pub read: Vec<(Found, bool)>,
}

/// Compares the walk with the manifest. A file is unchanged when its size
/// and modification time are the same; a duplicate stays one only while the
/// file it duplicates is kept.
///
/// Both come sorted by path (`old` as the manifest streams, `found` sorted
/// by the caller), so one merging pass decides every file, and the manifest
/// is never held in memory.
pub fn plan<E>(
    old: impl Iterator<Item = Result<(String, FileEntry), E>>,
    found: Vec<Found>,
) -> Result<Plan, E> {
    let mut out = Plan::default();
    let mut found = found.into_iter().peekable();
    let mut pending_dups: Vec<(Found, String)> = Vec::new();
    // Hashed only if something will look a key up: a no-change pass over a
    // million letters would otherwise spend a tenth of its time hashing.
    let mut owners = Owners::new();
    for item in old {
        let (rel, entry) = item?;
        while let Some(c) = found.next_if(|c| c.rel < rel) {
            out.read.push((c, false));
        }
        match found.next_if(|c| c.rel == rel) {
            None => {
                let indexed = matches!(entry.status, FileStatus::Indexed { .. });
                out.remove.push((rel, indexed));
            }
            Some(c) if entry.size == c.size && entry.mtime_ns == c.mtime_ns => match entry.status {
                FileStatus::Duplicate { key, .. } => pending_dups.push((c, key)),
                FileStatus::Indexed { key, .. } => {
                    owners.insert_later(&key, &rel);
                    out.kept += 1;
                }
                FileStatus::Skipped { .. } => out.kept += 1,
            },
            Some(c) => out.read.push((c, true)),
        }
    }
    out.read.extend(found.map(|c| (c, false)));
    if !out.read.is_empty() || !pending_dups.is_empty() {
        owners.index();
        out.owners = owners;
    }
    let mut again = false;
    for (c, key) in pending_dups {
        if out.owners.contains_key(&key) {
            out.kept += 1;
        } else {
            // Its letter's indexed copy changed or went away: read it again.
            out.read.push((c, true));
            again = true;
        }
    }
    if again {
        out.read.sort_by(|a, b| a.0.rel.cmp(&b.0.rel));
    }
    Ok(out)
}

/// Fills the totals, duplicates, content-skips and warnings from the final
/// manifest's totals.
fn finish_summary(summary: &mut IndexSummary, totals: Totals) {
    summary.total_letters = totals.letters;
    summary.total_docs = totals.docs;
    summary.letters_by_warning.clear();
    for letter in &totals.warnings {
        for kind in warning_kinds(&letter.warnings) {
            *summary
                .letters_by_warning
                .entry(kind.name().to_string())
                .or_default() += 1;
        }
    }
    summary.text_only_letters = summary
        .letters_by_warning
        .get(WarningKind::TextOnly.name())
        .copied()
        .unwrap_or(0);
    summary.warnings = totals.warnings;
    summary.duplicates = totals.duplicates;
    summary.skipped.extend(totals.skipped);
    summary.skipped.sort_by(|a, b| a.file.cmp(&b.file));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Manifest;

    #[test]
    fn commits_wait_for_time_and_documents() {
        let opts = BuildOptions::new("c", "i");
        // Fast text: the 30-second floor decides.
        assert!(!commit_due(&opts, 29, 200_000, 420_000));
        assert!(commit_due(&opts, 30, 120_000, COMMIT_MIN_DOCS));
        // Slow PDFs: 30 s brings too few documents for big segments...
        assert!(!commit_due(&opts, 30, 10_000, 21_000));
        assert!(!commit_due(&opts, COMMIT_MAX_SECS - 1, 100_000, 210_000));
        // ...but a run never goes longer than the cap without one.
        assert!(commit_due(&opts, COMMIT_MAX_SECS, 1_000, 2_100));
        // A longer floor than the cap is the floor.
        let mut slow = opts.clone();
        slow.commit_every_secs = 600;
        assert!(!commit_due(&slow, COMMIT_MAX_SECS, 1_000, 2_100));
        assert!(commit_due(&slow, 600, 1_000, 2_100));
        // The test hook commits by letter count alone.
        let mut every = opts;
        every.commit_every_letters = 2;
        assert!(!commit_due(&every, 0, 1, 2));
        assert!(commit_due(&every, 0, 2, 4));
    }

    #[test]
    fn only_small_segments_are_merged() {
        use tantivy::index::SegmentId;
        use tantivy::indexer::MergePolicy;
        use tantivy::schema::Schema;
        use tantivy::Index;
        let index = Index::create_in_ram(Schema::builder().build());
        let metas = |sizes: &[u32]| -> Vec<_> {
            sizes
                .iter()
                .map(|&n| index.new_segment_meta(SegmentId::generate_random(), n))
                .collect()
        };
        let policy = merge_policy();
        let small = MERGE_BELOW_DOCS as u32 / 4;
        // Any number of full flushes: never rewritten.
        assert!(policy
            .compute_merge_candidates(&metas(&[53_000; 40]))
            .is_empty());
        // Seven small ones wait for an eighth.
        assert!(policy
            .compute_merge_candidates(&metas(&[small; 7]))
            .is_empty());
        // Eight small ones among full ones: those eight merge, alone.
        let mut sizes = vec![53_000; 10];
        sizes.extend([small, small / 2, 300, 40, small, 7, 1_000, 2_000]);
        let segs = metas(&sizes);
        let merges = policy.compute_merge_candidates(&segs);
        assert_eq!(merges.len(), 1);
        let mut merged: Vec<u32> = merges[0]
            .0
            .iter()
            .map(|id| segs.iter().find(|m| m.id() == *id).unwrap().max_doc())
            .collect();
        merged.sort_unstable();
        assert_eq!(merged, [7, 40, 300, 1_000, 2_000, small / 2, small, small]);
        // A merge's output (eight small ones) is not merged again.
        assert!(policy
            .compute_merge_candidates(&metas(&[8 * small; 8]))
            .is_empty());
    }

    fn found(rel: &str, size: u64) -> Found {
        Found {
            rel: rel.into(),
            odd_path: None,
            size,
            mtime_ns: 7,
        }
    }

    fn entry(size: u64, status: FileStatus) -> FileEntry {
        FileEntry {
            size,
            mtime_ns: 7,
            status,
        }
    }

    fn indexed(key: &str) -> FileStatus {
        FileStatus::Indexed {
            key: key.into(),
            case_number: Some(key.into()),
            docs: 1,
            items: 1,
            warnings: Vec::new(),
        }
    }

    #[test]
    fn plan_keeps_unchanged_reads_changed_and_removes_gone() {
        let mut old = Manifest::default();
        old.files
            .insert("a.txt".into(), entry(10, indexed("CM14-0000001")));
        old.files
            .insert("b.txt".into(), entry(10, indexed("CM14-0000002")));
        old.files.insert(
            "c.txt".into(),
            entry(
                10,
                FileStatus::Skipped {
                    reason: "empty file".into(),
                },
            ),
        );
        old.files.insert(
            "d.txt".into(),
            entry(
                10,
                FileStatus::Duplicate {
                    key: "CM14-0000001".into(),
                    of: "a.txt".into(),
                },
            ),
        );
        old.files.insert(
            "e.txt".into(),
            entry(
                10,
                FileStatus::Duplicate {
                    key: "CM14-0000002".into(),
                    of: "b.txt".into(),
                },
            ),
        );
        old.files
            .insert("gone.txt".into(), entry(10, indexed("CM14-0000009")));
        // b.txt changed size; new.txt is new.
        let walk = vec![
            found("a.txt", 10),
            found("b.txt", 11),
            found("c.txt", 10),
            found("d.txt", 10),
            found("e.txt", 10),
            found("new.txt", 3),
        ];
        let p = plan(old.files.into_iter().map(Ok::<_, ()>), walk).unwrap();
        assert_eq!(p.remove, [("gone.txt".to_string(), true)]);
        // a.txt, c.txt and d.txt.
        assert_eq!(p.kept, 3);
        // e.txt duplicated b.txt, which changed: e.txt is read again.
        let read: Vec<(&str, bool)> = p.read.iter().map(|(f, k)| (f.rel.as_str(), *k)).collect();
        assert_eq!(read, [("b.txt", true), ("e.txt", true), ("new.txt", false)]);
        assert_eq!(p.owners.get("CM14-0000001"), Some("a.txt"));
        assert!(!p.owners.contains_key("CM14-0000002"));
    }
}
