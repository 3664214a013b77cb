//! One indexing pass as a value: the opened index and its writer, the plan
//! of what to read, the changes since the last commit and the running
//! summary. [`super::build_index`] reads as the recipe (open, plan, read and
//! write, finish); the steps live here.

use std::sync::Arc;
use std::time::Instant;

use rayon::prelude::*;
use tantivy::indexer::UserOperation;
use tantivy::{IndexWriter, Term};

use super::owners::Owners;
use super::queue::{InFlight, Queued};
use super::{
    commit_due, merge_policy, read_and_parse, walk, writer_budget, BuildOptions, IndexSummary,
    Parsed, Plan, Progress, Totals, IN_FLIGHT_PATIENCE, MAX_IN_FLIGHT_DOCS,
};
use crate::schema::Fields;
use crate::store::{
    commit_compacted, commit_delta, FileEntry, FileStatus, IndexError, ManifestFiles, Record,
    Result, Store,
};
use imr_letter::extract::DocKind;
use imr_letter::ingest::Found;

/// A file to read, and whether the manifest knows it (its old documents,
/// if any, are replaced).
type Work = (Found, bool);

/// The state of one run of `imr index`.
pub(super) struct Pass<'a> {
    opts: &'a BuildOptions,
    progress: &'a mut dyn Progress,
    store: Store,
    writer: IndexWriter<Queued>,
    in_flight: Arc<InFlight>,
    fields: Fields,
    files: ManifestFiles,
    /// Letter key -> the file holding it, for duplicates.
    owners: Owners,
    summary: IndexSummary,
    /// Changes since the last commit, written as a delta at the next one.
    changes: Vec<Record>,
    /// Whether anything changed in this pass (else nothing is committed).
    changed: bool,
    last_commit: Instant,
    letters_since_commit: u64,
    docs_since_commit: u64,
}

impl<'a> Pass<'a> {
    /// Opens (or creates, or with `--rebuild` wipes and creates) the index
    /// and locks it before anything else changes.
    pub(super) fn open(opts: &'a BuildOptions, progress: &'a mut dyn Progress) -> Result<Self> {
        let (store, created) = Store::open_or_create(&opts.index_dir, opts.rebuild)?;
        let (threads, budget) = writer_budget(opts.threads);
        let writer: IndexWriter<Queued> = store.writer(threads, budget, created)?;
        writer.set_merge_policy(Box::new(merge_policy()));
        let fields = Fields::new(&store.index().schema())?;
        let files = store.manifest()?;
        Ok(Pass {
            opts,
            progress,
            store,
            writer,
            in_flight: InFlight::new(),
            fields,
            files,
            owners: Owners::new(),
            summary: IndexSummary::default(),
            changes: Vec::new(),
            changed: false,
            last_commit: Instant::now(),
            letters_since_commit: 0,
            docs_since_commit: 0,
        })
    }

    /// Walks the corpus, compares it with the manifest ([`super::plan`]),
    /// deletes the documents of files that are gone, and returns the files
    /// to read with the old manifest's totals (this pass's when nothing
    /// changes; gathered on the way, so a no-change pass reads the manifest
    /// once).
    pub(super) fn plan(&mut self) -> Result<(Vec<Work>, Totals)> {
        let (mut candidates, stat_skipped) = walk(&self.opts.corpus, &self.opts.index_dir)?;
        self.summary.skipped = stat_skipped;
        // The walk goes folder by folder; the manifest (and "first in path
        // order" for duplicates) is by the whole relative path.
        candidates.par_sort_unstable_by(|a, b| a.rel.cmp(&b.rel));
        let mut old_totals = Totals::default();
        let Plan {
            remove,
            kept,
            owners,
            read,
        } = super::plan(
            self.files.entries()?.inspect(|item| {
                if let Ok((rel, entry)) = item {
                    old_totals.add(rel, entry);
                }
            }),
            candidates,
        )?;
        self.summary.unchanged = kept;
        self.owners = owners;
        for (rel, was_indexed) in remove {
            self.writer
                .delete_term(Term::from_field_text(self.fields.file, &rel));
            self.summary.removed += u64::from(was_indexed);
            self.changes.push((rel, None));
            self.changed = true;
        }
        Ok((read, old_totals))
    }

    /// Reads and parses `work` in chunks on all cores, writes each letter
    /// from this thread in path order, and commits as [`commit_due`] says.
    /// Returns whether the caller asked to stop.
    pub(super) fn read_and_write(&mut self, work: &[Work]) -> Result<bool> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(self.opts.threads.max(1))
            .build()
            .map_err(|e| IndexError::Io {
                path: self.opts.corpus.clone(),
                source: std::io::Error::other(e.to_string()),
            })?;
        self.progress
            .start(work.len() as u64, work.iter().map(|(c, _)| c.size).sum());
        let chunk_len = (self.opts.threads.max(1) * 32).min(512);
        for chunk in work.chunks(chunk_len) {
            let (corpus, fields) = (&self.opts.corpus, &self.fields);
            let parsed: Vec<(Parsed, DocKind, f64)> = pool.install(|| {
                chunk
                    .par_iter()
                    .map(|(c, _)| read_and_parse(corpus, c, fields))
                    .collect()
            });
            for ((c, known), (p, kind, secs)) in chunk.iter().zip(parsed) {
                if self.progress.should_stop() {
                    return Ok(true);
                }
                match kind {
                    DocKind::Text => self.summary.text.add(secs),
                    DocKind::Pdf => self.summary.pdf.add(secs),
                }
                self.changed = true;
                if *known {
                    self.writer
                        .delete_term(Term::from_field_text(self.fields.file, &c.rel));
                }
                self.summary.bytes += c.size;
                let status = self.write(c, p)?;
                self.changes.push((
                    c.rel.clone(),
                    Some(FileEntry {
                        size: c.size,
                        mtime_ns: c.mtime_ns,
                        status,
                    }),
                ));
                self.commit_if_due()?;
            }
        }
        Ok(false)
    }

    /// Writes one parsed file: its letter's documents, unless another file
    /// already holds the letter (a duplicate) or it gave no letter (a skip).
    fn write(&mut self, c: &Found, parsed: Parsed) -> Result<FileStatus> {
        let (key, case_number, items, citations, warnings, docs) = match parsed {
            Parsed::Skipped(reason) => {
                self.progress.advance(c.size, 0);
                return Ok(FileStatus::Skipped { reason });
            }
            Parsed::Letter {
                key,
                case_number,
                items,
                citations,
                warnings,
                docs,
            } => (key, case_number, items, citations, warnings, docs),
        };
        if let Some(kept) = self.owners.get(&key) {
            self.progress.advance(c.size, 0);
            return Ok(FileStatus::Duplicate {
                key,
                of: kept.to_owned(),
            });
        }
        let n = docs.len() as u64;
        // One batch: a letter's documents must sit together in one segment,
        // first document first (queries on letter-level text rely on it:
        // `search::join`).
        self.in_flight
            .wait_below(MAX_IN_FLIGHT_DOCS, IN_FLIGHT_PATIENCE);
        let in_flight = &self.in_flight;
        self.writer.run(
            docs.into_iter()
                .map(|d| UserOperation::Add(in_flight.track(d))),
        )?;
        self.owners.insert(&key, &c.rel);
        let s = &mut self.summary;
        s.letters += 1;
        s.items += items;
        s.citations += citations.0;
        s.citations_unplaced += citations.1;
        if !warnings.is_empty() {
            s.letters_with_warnings += 1;
        }
        self.letters_since_commit += 1;
        self.docs_since_commit += n;
        self.progress.advance(c.size, items);
        Ok(FileStatus::Indexed {
            key,
            case_number,
            docs: n,
            items,
            warnings,
        })
    }

    /// Commits the documents and a manifest delta when [`commit_due`] says
    /// so. Files not handled yet keep their old entries (and their old
    /// documents, still in the index): their changed size or time makes the
    /// next run read them.
    fn commit_if_due(&mut self) -> Result<()> {
        let due = commit_due(
            self.opts,
            self.last_commit.elapsed().as_secs(),
            self.letters_since_commit,
            self.docs_since_commit,
        );
        if due {
            self.progress.committing();
            let changes = std::mem::take(&mut self.changes);
            commit_delta(&mut self.writer, &mut self.files, changes)?;
            self.last_commit = Instant::now();
            self.letters_since_commit = 0;
            self.docs_since_commit = 0;
        }
        Ok(())
    }

    /// Ends the pass: after a stop, as if killed (uncommitted documents are
    /// dropped with the writer, the totals are the last commit's); after
    /// changes, the final commit with a compacted manifest; else nothing to
    /// write and the old totals stand.
    pub(super) fn finish(
        mut self,
        stopped: bool,
        old_totals: Totals,
    ) -> Result<(IndexSummary, Totals)> {
        let totals = if stopped {
            drop(self.writer);
            drop(old_totals);
            let mut totals = Totals::default();
            for item in self.store.manifest()?.entries()? {
                let (rel, entry) = item?;
                totals.add(&rel, &entry);
            }
            totals
        } else if self.changed || self.opts.rebuild {
            drop(old_totals);
            self.progress.committing();
            let mut totals = Totals::default();
            commit_compacted(
                &mut self.writer,
                &mut self.files,
                self.changes,
                &mut |rel, entry| totals.add(rel, entry),
            )?;
            self.summary.committed = true;
            self.writer.wait_merging_threads()?;
            totals
        } else {
            self.writer.wait_merging_threads()?;
            old_totals
        };
        self.progress.finish();
        Ok((self.summary, totals))
    }
}
