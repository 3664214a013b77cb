//! `imr parse` end to end: JSON Lines on stdout, one record per readable
//! file, unreadable files reported on stderr without stopping the others.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

const REQUIRED_KEYS: &[&str] = &[
    "file",
    "case_number",
    "layout",
    "age",
    "gender",
    "injury_date",
    "ur_date",
    "license_states",
    "specialties",
    "final_determination",
    "summary",
    "items",
    "warnings",
];

const ITEM_KEYS: &[&str] = &[
    "service",
    "service_category",
    "outcome",
    "reviewer_guidelines",
    "claims_administrator_guidelines",
    "rationale",
];

fn sample(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpus_samples")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

#[test]
fn prints_one_json_line_per_letter_with_required_keys() {
    let files = [
        sample("CM14-0187733.txt"),
        sample("CM13-0041872.txt"),
        sample("CM15-0208871.txt"),
    ];
    let out = Command::cargo_bin("imr")
        .unwrap()
        .arg("parse")
        .args(&files)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3);
    let expected = [
        ("determination_2014", 6),
        ("letterhead_2013", 2),
        ("professional_review", 2),
    ];
    for ((line, file), (layout, items)) in lines.iter().zip(&files).zip(expected) {
        let v: Value = serde_json::from_str(line).unwrap();
        for k in REQUIRED_KEYS {
            assert!(v.get(k).is_some(), "missing key {k} in {line}");
        }
        assert_eq!(
            v["file"],
            Value::String(file.clone()),
            "file is the path as given"
        );
        assert_eq!(v["layout"], layout);
        let its = v["items"].as_array().unwrap();
        assert_eq!(its.len(), items);
        for it in its {
            for k in ITEM_KEYS {
                assert!(it.get(k).is_some(), "missing item key {k}");
            }
        }
    }
    // ISO dates.
    let first: Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(first["ur_date"], "2014-10-29");
    assert_eq!(first["case_number"], "CM14-0187733");
}

#[test]
fn unreadable_file_is_reported_and_others_still_print() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("nope.txt");
    let out = Command::cargo_bin("imr")
        .unwrap()
        .arg("parse")
        .arg(&missing)
        .arg(sample("CM14-0072391.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("nope.txt"), "{stderr}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1);
    let v: Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(v["case_number"], "CM14-0072391");
}

#[test]
fn unknown_layout_keeps_a_record_with_a_warning() {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("CM15-0000001.txt");
    std::fs::write(&f, "Dear Sir,\nplease find enclosed our invoice.\n").unwrap();
    let out = Command::cargo_bin("imr")
        .unwrap()
        .arg("parse")
        .arg(&f)
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["layout"], "unknown");
    assert_eq!(
        v["case_number"], "CM15-0000001",
        "case number from the file name"
    );
    assert_eq!(v["items"].as_array().unwrap().len(), 0);
    assert!(v["warnings"][0]
        .as_str()
        .unwrap()
        .contains("unknown layout"));
    assert_eq!(v["final_determination"], Value::Null);
}

#[test]
fn windows_1252_letter_decodes_with_a_warning() {
    let out = Command::cargo_bin("imr")
        .unwrap()
        .arg("parse")
        .arg(sample("CM14-0210448.txt"))
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["warnings"][0].as_str().unwrap().contains("Windows-1252"));
    let all = v.to_string();
    assert!(
        all.contains("patient\u{2019}s"),
        "0x92 decodes to a right single quote"
    );
}

#[test]
fn a_folder_stands_for_its_letters_in_path_order() {
    let tmp = tempfile::tempdir().unwrap();
    let nested = tmp.path().join("b");
    std::fs::create_dir(&nested).unwrap();
    std::fs::copy(sample("CM14-0187733.txt"), tmp.path().join("a.txt")).unwrap();
    std::fs::copy(sample("CM13-0041872.txt"), nested.join("c.txt")).unwrap();
    std::fs::write(tmp.path().join("notes.md"), "not a letter").unwrap();
    let out = Command::cargo_bin("imr")
        .unwrap()
        .arg("parse")
        .arg(tmp.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let cases: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["case_number"].to_string())
        .collect();
    assert_eq!(cases, ["\"CM14-0187733\"", "\"CM13-0041872\""]);

    let empty = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("imr")
        .unwrap()
        .arg("parse")
        .arg(empty.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no .txt or .pdf letters"));
}
