//! `imr index` end to end: the real binary on corpora built in temp folders.
//!
//! Counts are per file / letter (not per item) so the tests hold whatever the
//! parser recognises inside a letter.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use imr_search::store::open_index;
use serde_json::Value;
use tantivy::{IndexWriter, TantivyDocument};

/// A small letter of our own wording, different per `n`.
fn letter_text(n: u32) -> String {
    format!(
        "CLINICAL CASE SUMMARY\nThe injured worker number {n} reported pain in the lower back.\n\n\
         IMR ISSUES, DECISIONS AND RATIONALES\nPhysical therapy, {n} sessions:  Upheld\n\
         Decision rationale: The request is not\nmedically   necessary for this worker.\n"
    )
}

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).unwrap();
    }
    fs::write(path, text).unwrap();
}

struct Setup {
    _tmp: tempfile::TempDir,
    corpus: PathBuf,
    index: PathBuf,
}

fn setup(letters: u32) -> Setup {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    let index = tmp.path().join("ix");
    fs::create_dir_all(&corpus).unwrap();
    for n in 0..letters {
        write(
            &corpus.join(format!("sub{}/letter{n:02}.txt", n % 2)),
            &letter_text(n),
        );
    }
    Setup {
        _tmp: tmp,
        corpus,
        index,
    }
}

fn imr() -> Command {
    let mut cmd = Command::cargo_bin("imr").unwrap();
    cmd.env_remove("IMR_INDEX");
    cmd
}

/// Runs `imr index` with `--format json` and returns the summary.
fn index_json(s: &Setup, extra: &[&str]) -> Value {
    let out = imr()
        .arg("index")
        .arg(&s.corpus)
        .arg("--index")
        .arg(&s.index)
        .args(["--format", "json", "--threads", "2"])
        .args(extra)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "imr index failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn num(v: &Value, key: &str) -> u64 {
    v[key]
        .as_u64()
        .unwrap_or_else(|| panic!("{key} missing in {v}"))
}

fn committed_docs(index: &Path) -> u64 {
    let index = open_index(index).unwrap();
    index.reader().unwrap().searcher().num_docs()
}

fn skipped_reasons(v: &Value) -> Vec<(String, String)> {
    v["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["file"].as_str().unwrap().to_string(),
                s["reason"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn indexes_letters_and_skips_bad_files_without_aborting() {
    let s = setup(3);
    write(&s.corpus.join("notes.pdf"), "not a letter");
    write(&s.corpus.join("empty.txt"), "");
    fs::write(s.corpus.join("binary.txt"), b"abc\0def").unwrap();
    let big = fs::File::create(s.corpus.join("big.txt")).unwrap();
    big.set_len(21 * 1024 * 1024).unwrap();
    fs::create_dir_all(s.corpus.join("loop")).unwrap();
    std::os::unix::fs::symlink("..", s.corpus.join("loop/up")).unwrap();
    std::os::unix::fs::symlink("nowhere.txt", s.corpus.join("dangling.txt")).unwrap();

    let v = index_json(&s, &[]);
    assert_eq!(num(&v, "letters"), 3);
    assert_eq!(num(&v, "total_letters"), 3);
    let skipped = skipped_reasons(&v);
    let reason = |file: &str| {
        skipped
            .iter()
            .find(|(f, _)| f == file)
            .map(|(_, r)| r.clone())
            .unwrap_or_else(|| panic!("{file} not in skipped: {skipped:?}"))
    };
    assert_eq!(reason("notes.pdf"), "not a PDF (no %PDF- header)");
    assert_eq!(reason("empty.txt"), "empty file");
    assert!(reason("binary.txt").contains("binary"));
    assert!(reason("big.txt").contains("larger than 20 MB"));
    assert_eq!(reason("loop/up"), "symlink loop");
    assert!(reason("dangling.txt").starts_with("cannot read"));
    assert_eq!(skipped.len(), 6, "{skipped:?}");
    // One document per letter at least; a letter never vanishes.
    assert!(committed_docs(&s.index) >= 3);
}

#[test]
fn rerun_is_incremental_and_rebuild_starts_over() {
    let s = setup(4);
    let first = index_json(&s, &[]);
    assert_eq!(num(&first, "letters"), 4);
    let docs = committed_docs(&s.index);
    let meta = fs::read(s.index.join("meta.json")).unwrap();

    let again = index_json(&s, &[]);
    assert_eq!(num(&again, "letters"), 0);
    assert_eq!(num(&again, "unchanged"), 4);
    assert_eq!(again["committed"], Value::Bool(false));
    assert_eq!(
        fs::read(s.index.join("meta.json")).unwrap(),
        meta,
        "nothing changed, no commit"
    );

    // Change one, delete one, add one.
    write(&s.corpus.join("sub0/letter00.txt"), &letter_text(100));
    fs::remove_file(s.corpus.join("sub1/letter01.txt")).unwrap();
    write(&s.corpus.join("new/letter99.txt"), &letter_text(99));
    let upd = index_json(&s, &[]);
    assert_eq!(num(&upd, "letters"), 2);
    assert_eq!(num(&upd, "removed"), 1);
    assert_eq!(num(&upd, "unchanged"), 2);
    assert_eq!(num(&upd, "total_letters"), 4);
    assert_eq!(committed_docs(&s.index), num(&upd, "total_docs"));

    let rebuilt = index_json(&s, &["--rebuild"]);
    assert_eq!(num(&rebuilt, "letters"), 4);
    assert_eq!(num(&rebuilt, "unchanged"), 0);
    assert_eq!(committed_docs(&s.index), num(&rebuilt, "total_docs"));
    let _ = docs;
}

#[test]
fn second_writer_is_refused_and_readers_see_last_commit() {
    let s = setup(2);
    index_json(&s, &[]);
    let before = committed_docs(&s.index);
    let meta = fs::read(s.index.join("meta.json")).unwrap();

    // This test process plays the indexer that is still running.
    let index = open_index(&s.index).unwrap();
    let writer: IndexWriter<TantivyDocument> =
        index.writer_with_num_threads(1, 20_000_000).unwrap();
    writer.add_document(TantivyDocument::default()).unwrap();

    write(&s.corpus.join("sub0/extra.txt"), &letter_text(7));
    let out = imr()
        .arg("index")
        .arg(&s.corpus)
        .arg("--index")
        .arg(&s.index)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("locked by another process"), "{err}");
    assert_eq!(
        fs::read(s.index.join("meta.json")).unwrap(),
        meta,
        "nothing changed"
    );

    // Searches keep working and see the last commit, not pending documents.
    assert_eq!(committed_docs(&s.index), before);
    drop(writer);
}

#[test]
fn killed_run_leaves_last_commit_and_next_run_completes_it() {
    let s = setup(6);
    let out = imr()
        .arg("index")
        .arg(&s.corpus)
        .arg("--index")
        .arg(&s.index)
        .args([
            "--threads",
            "1",
            "--commit-every",
            "2",
            "--abort-after",
            "3",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success(), "the hook must kill the run");
    // Opens at its last commit: 2 letters (one commit every 2 letters).
    let index = open_index(&s.index).unwrap();
    let searcher = index.reader().unwrap().searcher();
    let letters_committed = searcher.num_docs();
    assert!(
        letters_committed >= 2,
        "committed docs: {letters_committed}"
    );

    let v = index_json(&s, &[]);
    assert_eq!(num(&v, "unchanged"), 2);
    assert_eq!(num(&v, "letters"), 4);
    assert_eq!(num(&v, "total_letters"), 6);
    assert_eq!(committed_docs(&s.index), num(&v, "total_docs"));
}

#[test]
fn incompatible_index_says_rebuild() {
    let s = setup(1);
    index_json(&s, &[]);
    let index = open_index(&s.index).unwrap();
    let mut writer: IndexWriter<TantivyDocument> =
        index.writer_with_num_threads(1, 20_000_000).unwrap();
    let mut prepared = writer.prepare_commit().unwrap();
    prepared.set_payload(r#"{"imr_schema_version":999,"manifest":"x"}"#);
    prepared.commit().unwrap();
    drop(writer);

    let out = imr()
        .arg("index")
        .arg(&s.corpus)
        .arg("--index")
        .arg(&s.index)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("incompatible version of imr (schema v999"),
        "{err}"
    );
    assert!(err.contains("--rebuild"), "{err}");

    let v = index_json(&s, &["--rebuild"]);
    assert_eq!(num(&v, "total_letters"), 1);
}

#[test]
fn report_lists_warnings_and_skips_as_json_lines() {
    let s = setup(3);
    write(&s.corpus.join("empty.txt"), "");
    let report = s.index.with_extension("report.jsonl");
    let v = index_json(&s, &["--report", report.to_str().unwrap()]);
    let text = fs::read_to_string(&report).unwrap();
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let warned = lines.iter().filter(|l| l.get("warnings").is_some()).count() as u64;
    let skips: Vec<&Value> = lines
        .iter()
        .filter(|l| l.get("skipped").is_some())
        .collect();
    assert_eq!(warned, num(&v, "letters_with_warnings"));
    assert_eq!(skips.len(), 1);
    assert_eq!(skips[0]["file"], "empty.txt");
}

#[test]
fn duplicate_case_numbers_are_indexed_once() {
    let s = setup(0);
    let text = format!("Case Number: CM14-0123456\n{}", letter_text(1));
    write(&s.corpus.join("a.txt"), &text);
    write(&s.corpus.join("b/copy.txt"), &text);
    let v = index_json(&s, &[]);
    assert_eq!(num(&v, "letters"), 1);
    let dups = v["duplicates"].as_array().unwrap();
    assert_eq!(dups.len(), 1);
    assert_eq!(dups[0]["kept"], "a.txt");
    assert_eq!(dups[0]["duplicate"], "b/copy.txt");

    // Deleting the kept copy promotes the duplicate.
    fs::remove_file(s.corpus.join("a.txt")).unwrap();
    let v = index_json(&s, &[]);
    assert_eq!(num(&v, "letters"), 1);
    assert_eq!(num(&v, "total_letters"), 1);
    assert!(v["duplicates"].as_array().unwrap().is_empty());
}

#[test]
fn text_summary_names_counts() {
    let s = setup(2);
    let out = imr()
        .arg("index")
        .arg(&s.corpus)
        .arg("--index")
        .arg(&s.index)
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("indexed 2 letters"), "{stdout}");
    assert!(stdout.contains("index holds 2 letters"), "{stdout}");
}

#[test]
fn index_inside_the_corpus_is_not_walked() {
    let s = setup(2);
    let out = imr()
        .current_dir(&s.corpus)
        .args(["index", ".", "--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let again = imr()
        .current_dir(&s.corpus)
        .args(["index", ".", "--format", "json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&again.stdout).unwrap();
    assert!(s.corpus.join("imr-index/meta.json").is_file());
    assert_eq!(num(&v, "total_letters"), 2);
    assert_eq!(
        skipped_reasons(&v),
        vec![],
        "index files must not be walked"
    );
}

#[test]
fn missing_corpus_is_an_error_and_creates_nothing() {
    let s = setup(0);
    let out = imr()
        .arg("index")
        .arg(s.corpus.join("nope"))
        .arg("--index")
        .arg(&s.index)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a readable folder"));
    assert!(!s.index.exists());
}

/// The summary says how many guideline citations were read and how many
/// fell outside the vocabulary, so a user knows how far to trust the facet.
#[test]
fn summary_counts_citations_and_unplaced_ones() {
    let s = setup(1);
    write(
        &s.corpus.join("cited.txt"),
        "CLINICAL CASE SUMMARY\nA worker with knee pain.\n\n\
         IMR ISSUES, DECISIONS AND RATIONALES\nKnee brace:  Upheld\n\
         Claims Administrator guideline: Decision based on MTUS Knee Complaints 2004, Section(s): Summary.\n\
         MAXIMUS guideline: Decision based on Non-MTUS Citation Lakeside Orthotics Society Bracing Consensus.\n\
         Decision rationale: No instability is described. The request is not medically necessary.\n",
    );
    let v = index_json(&s, &[]);
    assert_eq!(num(&v, "citations"), 2, "{v}");
    assert_eq!(num(&v, "citations_unplaced"), 1, "{v}");
    let out = imr()
        .args(["parse"])
        .arg(s.corpus.join("cited.txt"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("item 0: guideline citation not recognised, filed as /Other/"),
        "{stderr}"
    );
    let text = imr()
        .args(["index", "--rebuild"])
        .arg(&s.corpus)
        .arg("--index")
        .arg(&s.index)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&text.stdout);
    assert!(
        stdout.contains("guideline citations: 2 read, 1 not placed (50.0%"),
        "{stdout}"
    );
}

/// A parser failure on one letter (made here with the debug build's
/// `IMR_TEST_PANIC_MARKER`) costs that letter's fields, never the run: the
/// letters after it are indexed, the failed one is kept as text, counted,
/// listed in `--report` and found by the `warning` facet; a second run
/// does not stop there either.
#[test]
fn a_letter_the_parser_fails_on_is_kept_as_text_and_the_run_goes_on() {
    const MARKER: &str = "zqxparserfailszqx";
    let s = setup(5);
    let bad = s.corpus.join("sub0/letter02.txt");
    write(
        &bad,
        &format!("{}\nCase Number: CM15-0000002\n{MARKER}\n", letter_text(2)),
    );
    let report = s.corpus.parent().unwrap().join("report.jsonl");
    let out = imr()
        .env("IMR_TEST_PANIC_MARKER", MARKER)
        .arg("index")
        .arg(&s.corpus)
        .arg("--index")
        .arg(&s.index)
        .args(["--format", "json", "--threads", "2", "--report"])
        .arg(&report)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(num(&v, "letters"), 5);
    assert_eq!(num(&v, "total_letters"), 5);
    assert_eq!(num(&v, "text_only_letters"), 1);
    assert_eq!(v["letters_by_warning"]["text only"], 1);
    // Four letters parsed, one item each; the failed one is one document.
    assert_eq!(num(&v, "items"), 4);
    assert_eq!(committed_docs(&s.index), 5);

    let lines: Vec<Value> = fs::read_to_string(&report)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let failed: Vec<&Value> = lines
        .iter()
        .filter(|l| l["file"] == "sub0/letter02.txt")
        .collect();
    assert_eq!(failed.len(), 1, "{lines:?}");
    assert_eq!(failed[0]["case_number"], "CM15-0000002");
    let w = failed[0]["warnings"][0].as_str().unwrap();
    assert!(
        w.starts_with("could not be parsed (parser failure: injected test failure")
            && w.ends_with("indexed as text only, without fields"),
        "{w}"
    );

    // The facet lists it, and its words are found.
    let search = |args: &[&str]| -> Value {
        let out = imr()
            .arg("search")
            .args(args)
            .arg("--index")
            .arg(&s.index)
            .args(["--format", "json"])
            .output()
            .unwrap();
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let listed = search(&["*", "--filter", "warning=/text only"]);
    assert_eq!(listed["total"], 1);
    assert_eq!(listed["hits"][0]["file"], "sub0/letter02.txt");
    assert_eq!(search(&[&format!("text:{MARKER}")])["total"], 1);

    // The text summary says it in words.
    let text = imr()
        .env("IMR_TEST_PANIC_MARKER", MARKER)
        .arg("index")
        .arg(&s.corpus)
        .arg("--index")
        .arg(&s.index)
        .arg("--rebuild")
        .output()
        .unwrap();
    assert_eq!(text.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&text.stdout);
    assert!(
        stdout.contains("1 letters could not be parsed: indexed as text only"),
        "{stdout}"
    );
    assert!(stdout.contains("text only 1"), "{stdout}");

    // `imr parse` prints every record and names the failed letter.
    let parsed = imr()
        .env("IMR_TEST_PANIC_MARKER", MARKER)
        .arg("parse")
        .arg(&s.corpus)
        .output()
        .unwrap();
    assert_eq!(parsed.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&parsed.stdout).lines().count(), 5);
    let stderr = String::from_utf8_lossy(&parsed.stderr);
    assert!(
        stderr.contains("letter02.txt: could not be parsed"),
        "{stderr}"
    );
}

/// Issue 23's "done when": a folder of damaged letters (every text damage
/// operator over the samples, truncated / flipped / spliced PDFs) is indexed
/// to the end with exit 0, and every file is accounted for: indexed, a
/// duplicate of an indexed letter, or a typed skip.
#[test]
fn a_folder_of_damaged_letters_is_indexed_to_the_end() {
    use imr_search::mutate::{damage_pdf, damage_text, PdfOp, Rng, TextOp};
    let root = env!("CARGO_MANIFEST_DIR");
    let read_dir = |dir: &str, ext: &str| -> Vec<(String, Vec<u8>)> {
        let mut v: Vec<(String, Vec<u8>)> = fs::read_dir(Path::new(root).join(dir))
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == ext))
            .map(|p| {
                let name = p.file_stem().unwrap().to_string_lossy().into_owned();
                (name, fs::read(&p).unwrap())
            })
            .collect();
        v.sort();
        v
    };
    let samples = read_dir("corpus_samples", "txt");
    let pdfs: Vec<_> = read_dir("crates/letter/tests/pdf", "pdf")
        .into_iter()
        .filter(|(n, _)| n.starts_with("CM"))
        .collect();
    let s = setup(0);
    let mut rng = Rng::new(23);
    let mut files = 0;
    for (i, op) in TextOp::ALL.iter().enumerate() {
        // Each operator on three samples, a different three each time.
        for k in 0..3 {
            let (name, bytes) = &samples[(i * 3 + k) % samples.len()];
            let (_, other) = &samples[(i * 3 + k + 1) % samples.len()];
            let text = String::from_utf8_lossy(bytes);
            let damaged = damage_text(*op, &text, &String::from_utf8_lossy(other), &mut rng);
            fs::write(s.corpus.join(format!("{name}-{op:?}-{k}.txt")), damaged).unwrap();
            files += 1;
        }
    }
    for (i, (name, bytes)) in pdfs.iter().enumerate() {
        for op in PdfOp::ALL {
            let other = &pdfs[(i + 1) % pdfs.len()].1;
            let damaged = damage_pdf(op, bytes, other, &mut rng);
            fs::write(s.corpus.join(format!("{name}-{op:?}.pdf")), damaged).unwrap();
            files += 1;
        }
    }
    let v = index_json(&s, &[]);
    let letters = num(&v, "total_letters");
    let duplicates = v["duplicates"].as_array().unwrap().len() as u64;
    let skipped = skipped_reasons(&v);
    assert_eq!(
        letters + duplicates + skipped.len() as u64,
        files,
        "every file accounted for: {letters} letters, {duplicates} duplicates, skipped {skipped:?}"
    );
    assert!(letters > 20, "{letters}");
    // Skips are typed: each says why in words a user can act on.
    for (file, reason) in &skipped {
        let typed = if file.ends_with(".txt") {
            reason == "empty file" || reason.starts_with("binary file")
        } else {
            [
                "malformed PDF",
                "not a PDF",
                "PDF reader failed",
                "no text layer",
                "encrypted",
            ]
            .iter()
            .any(|r| reason.starts_with(r))
        };
        assert!(typed, "{file}: {reason}");
    }
    // The next run reads nothing again and stops nowhere.
    let again = index_json(&s, &[]);
    assert_eq!(num(&again, "letters"), 0);
    assert_eq!(num(&again, "total_letters"), letters);
}
