//! How far parsing may run ahead of tantivy's indexing threads.
//!
//! tantivy queues up to 10,000 batches (one per letter here) between
//! `IndexWriter::run` and its indexing threads. When letters are parsed
//! faster than they are indexed, that queue fills: some 10,000 letters of
//! documents, a couple of hundred megabytes, held for nothing. Documents
//! therefore travel as [`Queued`], which tells an [`InFlight`] count when
//! the indexing thread is done with it (it is dropped there), and the
//! producer waits while the count is over a limit.

use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::Duration;

use tantivy::schema::document::CompactDocValue;
use tantivy::schema::{Document, Field};
use tantivy::TantivyDocument;

/// Documents handed to tantivy and not yet indexed.
#[derive(Debug, Default)]
pub struct InFlight {
    state: Mutex<State>,
    freed: Condvar,
}

#[derive(Debug, Default)]
struct State {
    count: usize,
    /// While the producer waits: the count that wakes it. Waking it only
    /// there, not at every document, spares a wake-up per document.
    resume_at: Option<usize>,
}

impl InFlight {
    /// A new count, shared with the documents that will report to it.
    pub fn new() -> Arc<InFlight> {
        Arc::new(InFlight::default())
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A thread that panicked holding the lock left plain numbers.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Documents not yet indexed.
    #[cfg(test)]
    pub fn count(&self) -> usize {
        self.lock().count
    }

    /// When `limit` documents or more are in flight, waits until half of
    /// them are indexed. Gives up after `patience` without any wake-up, so
    /// a writer whose threads have stopped is asked again (and reports its
    /// error) instead of being waited for forever.
    pub fn wait_below(&self, limit: usize, patience: Duration) {
        let mut state = self.lock();
        if state.count < limit {
            return;
        }
        let resume_at = limit / 2;
        state.resume_at = Some(resume_at);
        while state.count > resume_at {
            let (next, timeout) = self
                .freed
                .wait_timeout(state, patience)
                .unwrap_or_else(|e| e.into_inner());
            state = next;
            if timeout.timed_out() {
                break;
            }
        }
        state.resume_at = None;
    }

    /// Wraps `doc` for the writer, counted until indexed.
    pub fn track(self: &Arc<Self>, doc: TantivyDocument) -> Queued {
        self.lock().count += 1;
        Queued {
            doc,
            in_flight: Arc::clone(self),
        }
    }

    fn release(&self) {
        let mut state = self.lock();
        state.count = state.count.saturating_sub(1);
        if state.resume_at.is_some_and(|at| state.count <= at) {
            self.freed.notify_all();
        }
    }
}

/// A document on its way to the index: a [`TantivyDocument`] that reports
/// to its [`InFlight`] when dropped (by the indexing thread, once indexed,
/// or wherever it is dropped on an error path).
#[derive(Debug)]
pub struct Queued {
    doc: TantivyDocument,
    in_flight: Arc<InFlight>,
}

impl Drop for Queued {
    fn drop(&mut self) {
        self.in_flight.release();
    }
}

impl Document for Queued {
    type Value<'a> = CompactDocValue<'a>;
    type FieldsValuesIter<'a> = Box<dyn Iterator<Item = (Field, CompactDocValue<'a>)> + 'a>;

    fn iter_fields_and_values(&self) -> Self::FieldsValuesIter<'_> {
        Box::new(self.doc.iter_fields_and_values())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    #[test]
    fn documents_count_until_dropped() {
        let in_flight = InFlight::new();
        let a = in_flight.track(TantivyDocument::default());
        let b = in_flight.track(TantivyDocument::default());
        assert_eq!(in_flight.count(), 2);
        drop(a);
        assert_eq!(in_flight.count(), 1);
        drop(b);
        assert_eq!(in_flight.count(), 0);
    }

    #[test]
    fn the_producer_waits_for_the_consumer() {
        let in_flight = InFlight::new();
        let docs: Vec<Queued> = (0..4)
            .map(|_| in_flight.track(TantivyDocument::default()))
            .collect();
        let consumer = std::thread::spawn(move || {
            for doc in docs {
                std::thread::sleep(Duration::from_millis(20));
                drop(doc);
            }
        });
        in_flight.wait_below(4, Duration::from_secs(10));
        // Over the limit, it waits until half are indexed.
        assert!(in_flight.count() <= 2);
        consumer.join().ok();
        assert_eq!(in_flight.count(), 0);
    }

    #[test]
    fn a_stalled_consumer_is_not_waited_for_forever() {
        let in_flight = InFlight::new();
        let _stuck = in_flight.track(TantivyDocument::default());
        let started = Instant::now();
        in_flight.wait_below(1, Duration::from_millis(50));
        assert!(started.elapsed() >= Duration::from_millis(50));
        assert_eq!(in_flight.count(), 1);
    }

    #[test]
    fn a_queued_document_has_the_fields_of_its_document() {
        let mut builder = tantivy::schema::Schema::builder();
        let f = builder.add_text_field("t", tantivy::schema::STORED);
        let mut doc = TantivyDocument::default();
        doc.add_text(f, "medically necessary");
        let queued = InFlight::new().track(doc);
        let fields: Vec<Field> = queued.iter_fields_and_values().map(|(f, _)| f).collect();
        assert_eq!(fields, vec![f]);
    }
}
