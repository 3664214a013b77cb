//! The index layer through its library API: phrases across line breaks,
//! partial commits, progress reporting, rebuilding a letter from the index.

use std::fs;
use std::path::Path;

use imr_index::build::{build_index, BuildOptions, Progress};
use imr_index::store::{manifest_files, Manifest};
use imr_index::{letter_from_docs, open_index, Fields, NoProgress};
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{QueryParser, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{TantivyDocument, Term};

/// The whole manifest the index's last commit names.
fn read_manifest(
    dir: &std::path::Path,
    index: &tantivy::Index,
) -> imr_index::store::Result<Manifest> {
    let mut m = Manifest::default();
    for item in manifest_files(dir, index)?.entries()? {
        let (rel, entry) = item?;
        m.files.insert(rel, entry);
    }
    Ok(m)
}

fn corpus(dir: &Path, n: u32) {
    for i in 0..n {
        let text = format!(
            "Letter {i}.\nThe reviewer found the request is not\nMEDICALLY\x0c\n   necessary at this time.\n"
        );
        fs::write(dir.join(format!("l{i:03}.txt")), text).unwrap();
    }
}

fn opts(corpus: &Path, index: &Path) -> BuildOptions {
    let mut o = BuildOptions::new(corpus, index);
    o.threads = 2;
    o
}

#[test]
fn phrases_match_across_line_and_page_breaks_in_any_case() {
    let tmp = tempfile::tempdir().unwrap();
    let (c, ix) = (tmp.path().join("c"), tmp.path().join("ix"));
    fs::create_dir_all(&c).unwrap();
    corpus(&c, 3);
    build_index(&opts(&c, &ix), &mut NoProgress).unwrap();

    let index = open_index(&ix).unwrap();
    let f = Fields::new(&index.schema()).unwrap();
    let searcher = index.reader().unwrap().searcher();
    let parser = QueryParser::for_index(&index, vec![f.letter]);
    for q in [
        "\"medically necessary\"",
        "\"NOT MEDICALLY NECESSARY\"",
        "letter:\"request is not medically\"",
    ] {
        let query = parser.parse_query(q).unwrap();
        assert_eq!(searcher.search(&query, &Count).unwrap(), 3, "{q}");
    }
    let query = parser.parse_query("\"necessary medically\"").unwrap();
    assert_eq!(searcher.search(&query, &Count).unwrap(), 0);
}

#[derive(Default)]
struct Counting {
    started: u64,
    advanced: u64,
    commits: u64,
    finished: bool,
    /// Stop before the file after this many (as a killed run would).
    stop_after: Option<u64>,
}

impl Progress for Counting {
    fn start(&mut self, files: u64, _bytes: u64) {
        self.started = files;
    }
    fn advance(&mut self, _bytes: u64, _items: u64) {
        self.advanced += 1;
    }
    fn committing(&mut self) {
        self.commits += 1;
    }
    fn finish(&mut self) {
        self.finished = true;
    }
    fn should_stop(&mut self) -> bool {
        self.stop_after.is_some_and(|n| self.advanced >= n)
    }
}

#[test]
fn stopped_run_keeps_its_last_commit_and_the_next_completes_it() {
    let tmp = tempfile::tempdir().unwrap();
    let (c, ix) = (tmp.path().join("c"), tmp.path().join("ix"));
    fs::create_dir_all(&c).unwrap();
    corpus(&c, 7);

    let mut o = opts(&c, &ix);
    o.commit_every_letters = 2;
    let mut p = Counting {
        stop_after: Some(5),
        ..Counting::default()
    };
    build_index(&o, &mut p).unwrap();
    assert_eq!((p.started, p.advanced, p.commits), (7, 5, 2));

    // The index is at its last commit: 4 letters, and the manifest says so.
    let index = open_index(&ix).unwrap();
    let manifest = read_manifest(&ix, &index).unwrap();
    let in_manifest: Vec<&str> = manifest.files.keys().map(String::as_str).collect();
    assert_eq!(
        in_manifest,
        ["l000.txt", "l001.txt", "l002.txt", "l003.txt"]
    );
    assert_eq!(index.reader().unwrap().searcher().num_docs(), 4);
    // Each mid-run commit appended a delta to the base; none was rewritten.
    let (bases, deltas) = manifest_files_in(&ix);
    assert_eq!((bases.len(), deltas.len()), (1, 2), "{bases:?} {deltas:?}");

    let mut p = Counting::default();
    let s = build_index(&opts(&c, &ix), &mut p).unwrap();
    assert_eq!((s.letters, s.unchanged, s.total_letters), (3, 4, 7));
    assert_eq!((p.started, p.advanced, p.commits), (3, 3, 1));
    assert!(p.finished);
    let index = open_index(&ix).unwrap();
    assert_eq!(index.reader().unwrap().searcher().num_docs(), s.total_docs);
    // The completing run's last commit compacted base and deltas into one.
    let (bases, deltas) = manifest_files_in(&ix);
    assert_eq!((bases.len(), deltas.len()), (1, 0), "{bases:?} {deltas:?}");
    assert_eq!(read_manifest(&ix, &index).unwrap().files.len(), 7);
}

/// The manifest bases and deltas in an index folder.
fn manifest_files_in(ix: &Path) -> (Vec<String>, Vec<String>) {
    let names: Vec<String> = fs::read_dir(ix)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let pick = |prefix: &str| -> Vec<String> {
        names
            .iter()
            .filter(|n| n.starts_with(prefix))
            .cloned()
            .collect()
    };
    (pick(".imr-manifest-"), pick(".imr-delta-"))
}

#[test]
fn a_run_stopped_twice_stacks_deltas_and_changes_on_the_way_are_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let (c, ix) = (tmp.path().join("c"), tmp.path().join("ix"));
    fs::create_dir_all(&c).unwrap();
    corpus(&c, 6);
    build_index(&opts(&c, &ix), &mut NoProgress).unwrap();

    // Change every letter, then stop twice part-way.
    for i in 0..6 {
        fs::write(
            c.join(format!("l{i:03}.txt")),
            format!("Letter {i} again.\n"),
        )
        .unwrap();
    }
    fs::remove_file(c.join("l005.txt")).unwrap();
    let mut o = opts(&c, &ix);
    o.commit_every_letters = 1;
    for _ in 0..2 {
        let mut p = Counting {
            stop_after: Some(2),
            ..Counting::default()
        };
        build_index(&o, &mut p).unwrap();
    }
    let (_, deltas) = manifest_files_in(&ix);
    assert_eq!(deltas.len(), 4, "{deltas:?}");
    let index = open_index(&ix).unwrap();
    let manifest = read_manifest(&ix, &index).unwrap();
    // l005 went with the first commit; four letters were redone; l004 still
    // carries its old entry (and documents) until the next run reads it.
    assert_eq!(manifest.files.len(), 5);
    assert_eq!(index.reader().unwrap().searcher().num_docs(), 5);

    let mut p = Counting::default();
    let s = build_index(&opts(&c, &ix), &mut p).unwrap();
    assert_eq!((s.letters, s.unchanged, s.total_letters), (1, 4, 5));
    assert_eq!(p.started, 1);
    let (bases, deltas) = manifest_files_in(&ix);
    assert_eq!((bases.len(), deltas.len()), (1, 0), "{bases:?} {deltas:?}");
    let index = open_index(&ix).unwrap();
    assert_eq!(index.reader().unwrap().searcher().num_docs(), 5);
}

#[test]
fn show_can_rebuild_a_letter_from_the_index_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let (c, ix) = (tmp.path().join("c"), tmp.path().join("ix"));
    fs::create_dir_all(&c).unwrap();
    corpus(&c, 2);
    build_index(&opts(&c, &ix), &mut NoProgress).unwrap();
    fs::remove_dir_all(&c).unwrap();

    let index = open_index(&ix).unwrap();
    let f = Fields::new(&index.schema()).unwrap();
    let searcher = index.reader().unwrap().searcher();
    let query = TermQuery::new(
        Term::from_field_text(f.file, "l001.txt"),
        IndexRecordOption::Basic,
    );
    let hits = searcher
        .search(&query, &TopDocs::with_limit(100).order_by_score())
        .unwrap();
    assert!(!hits.is_empty());
    let docs: Vec<TantivyDocument> = hits
        .iter()
        .map(|(_, a)| searcher.doc(*a).unwrap())
        .collect();
    let letter = letter_from_docs(&docs, &f).unwrap();
    assert_eq!(letter.file.as_deref(), Some("l001.txt"));
    // The whole text is searchable but not stored (nothing prints it).
    assert!(letter.text.is_empty());
}

#[test]
fn unchanged_corpus_is_not_reread_or_recommitted() {
    let tmp = tempfile::tempdir().unwrap();
    let (c, ix) = (tmp.path().join("c"), tmp.path().join("ix"));
    fs::create_dir_all(&c).unwrap();
    corpus(&c, 400);
    let first = build_index(&opts(&c, &ix), &mut NoProgress).unwrap();
    assert_eq!(first.letters, 400);
    let again = build_index(&opts(&c, &ix), &mut NoProgress).unwrap();
    assert_eq!((again.letters, again.unchanged, again.bytes), (0, 400, 0));
    assert!(!again.committed);
    assert!(again.seconds < 2.0, "{} s", again.seconds);
}

#[test]
fn same_case_number_is_indexed_once_and_a_duplicate_takes_over() {
    let tmp = tempfile::tempdir().unwrap();
    let (c, ix) = (tmp.path().join("c"), tmp.path().join("ix"));
    fs::create_dir_all(c.join("z")).unwrap();
    fs::write(c.join("a.txt"), "CM14-0000001\nfirst copy\n").unwrap();
    fs::write(c.join("z/b.txt"), "CM14-0000001\nsecond copy\n").unwrap();
    fs::write(c.join("m.txt"), "CM14-0000002\nanother letter\n").unwrap();
    // The parser reads the case number from the text.
    let o = opts(&c, &ix);

    let s = build_index(&o, &mut NoProgress).unwrap();
    assert_eq!((s.letters, s.total_letters), (2, 2));
    assert_eq!(s.duplicates.len(), 1);
    assert_eq!(
        (
            s.duplicates[0].kept.as_str(),
            s.duplicates[0].duplicate.as_str()
        ),
        ("a.txt", "z/b.txt")
    );

    // Unchanged: still reported, nothing re-read.
    let s = build_index(&o, &mut NoProgress).unwrap();
    assert_eq!((s.letters, s.unchanged, s.duplicates.len()), (0, 3, 1));

    // The kept copy goes: the duplicate is read again and takes its place.
    fs::remove_file(c.join("a.txt")).unwrap();
    let s = build_index(&o, &mut NoProgress).unwrap();
    assert_eq!((s.letters, s.removed, s.total_letters), (1, 1, 2));
    assert!(s.duplicates.is_empty());
    let index = open_index(&ix).unwrap();
    let f = Fields::new(&index.schema()).unwrap();
    let searcher = index.reader().unwrap().searcher();
    let q = TermQuery::new(
        Term::from_field_text(f.case_number, "CM14-0000001"),
        IndexRecordOption::Basic,
    );
    let hits = searcher
        .search(&q, &TopDocs::with_limit(10).order_by_score())
        .unwrap();
    assert_eq!(hits.len(), 1);
    let doc: TantivyDocument = searcher.doc(hits[0].1).unwrap();
    assert_eq!(
        letter_from_docs(&[doc], &f).unwrap().file.as_deref(),
        Some("z/b.txt")
    );
}

/// Phrases on the rationale and the summary are answered from the two-word
/// fields: on the bundled samples they must find exactly the items a
/// phrase of single words finds.
#[test]
fn pair_terms_find_exactly_what_word_phrases_find() {
    use imr_index::search::join::ToItems;
    use imr_index::search::query::QueryBuilder;
    use tantivy::collector::DocSetCollector;
    use tantivy::query::{PhraseQuery, Query};

    let tmp = tempfile::tempdir().unwrap();
    let ix = tmp.path().join("ix");
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus_samples");
    build_index(&opts(&samples, &ix), &mut NoProgress).unwrap();
    let index = open_index(&ix).unwrap();
    let f = Fields::new(&index.schema()).unwrap();
    let searcher = index.reader().unwrap().searcher();
    let docs = |q: &dyn Query| searcher.search(q, &DocSetCollector).unwrap();
    let mut found = 0;
    for phrase in [
        "medically necessary",
        "functional improvement",
        "epidural steroid injection",
        "is not medically necessary",
        "physical therapy",
        "the request for",
        "year old",
        "necessary medically",
    ] {
        let words: Vec<&str> = phrase.split(' ').collect();
        for (name, field, per_letter) in [
            ("rationale", f.rationale, false),
            ("summary", f.summary, true),
        ] {
            let terms = words
                .iter()
                .map(|w| Term::from_field_text(field, w))
                .collect();
            let by_words: Box<dyn Query> = Box::new(PhraseQuery::new(terms));
            let by_words = if per_letter {
                Box::new(ToItems(by_words))
            } else {
                by_words
            };
            let built = QueryBuilder::new(&index, &searcher)
                .user_query(&format!("{name}:\"{phrase}\""))
                .unwrap();
            let expected = docs(&*by_words);
            assert_eq!(docs(&*built.query), expected, "{name}:\"{phrase}\"");
            found += expected.len();
        }
    }
    assert!(found > 50, "the phrases should match something: {found}");
}

/// A match-all search reads facet counts from term frequencies; they must
/// equal the counts collected item by item (here forced by a query that
/// matches every item without being match-all), before and after a
/// re-index leaves deleted documents behind.
#[test]
fn match_all_facet_counts_equal_collected_ones() {
    use imr_index::search::{IndexSearcher, SearchRequest};

    let tmp = tempfile::tempdir().unwrap();
    let (c, ix) = (tmp.path().join("c"), tmp.path().join("ix"));
    fs::create_dir_all(&c).unwrap();
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus_samples");
    for e in fs::read_dir(&samples).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "txt") {
            fs::copy(&p, c.join(p.file_name().unwrap())).unwrap();
        }
    }
    let facets: Vec<_> = [
        "guideline",
        "guideline:/ODG",
        "category",
        "outcome",
        "specialty",
        "region",
        "year",
    ]
    .iter()
    .map(|f| f.parse().unwrap())
    .collect();
    let request = |query: &str| SearchRequest {
        query: query.into(),
        limit: 5,
        facets: facets.clone(),
        ..SearchRequest::default()
    };
    for round in 0..2 {
        build_index(&opts(&c, &ix), &mut NoProgress).unwrap();
        let s = IndexSearcher::open(&ix).unwrap();
        let all = s.search(&request("*")).unwrap();
        let collected = s.search(&request("item_index:[0 TO 1000]")).unwrap();
        assert_eq!(all.total, collected.total, "round {round}");
        assert_eq!(all.facets, collected.facets, "round {round}");
        assert!(all.facets.iter().all(|f| !f.counts.is_empty()));
        for by in [
            "guideline",
            "guideline:/MTUS",
            "category",
            "specialty",
            "region",
        ] {
            let by = by.parse().unwrap();
            let fast = s.stats(&request("*"), &by).unwrap();
            let slow = s.stats(&request("item_index:[0 TO 1000]"), &by).unwrap();
            assert_eq!(fast, slow, "round {round}: stats by {by:?}");
            assert!(fast.1.iter().any(|r| r.overturned > 0 && r.upheld > 0));
        }
        // A long-running reader counts from decoded columns: same counts.
        let live = IndexSearcher::open_live(&ix).unwrap();
        for q in ["medically", "\"functional improvement\"", "*"] {
            let want = s.search(&request(q)).unwrap();
            for _ in 0..2 {
                let got = live.search(&request(q)).unwrap();
                assert_eq!((got.total, &got.facets), (want.total, &want.facets), "{q}");
            }
        }
        assert!(live.facet_cache_bytes() > 0);
        assert_eq!(s.facet_cache_bytes(), 0);
        // Change one letter: its old documents are deleted, not yet merged.
        let first = fs::read_dir(&c).unwrap().next().unwrap().unwrap().path();
        let text = fs::read_to_string(&first).unwrap();
        fs::write(&first, format!("{text}\nAddendum.\n")).unwrap();
    }
}
