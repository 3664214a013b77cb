//! Shared by the integration tests that need the bundled samples indexed:
//! the index of `corpus_samples/`, built once per test process by the real
//! `imr index`, and a runner for `imr` against it.

#![allow(dead_code)] // each test binary uses its own subset

pub mod json;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use assert_cmd::Command;
use tempfile::TempDir;

/// The crate's root folder.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The index of `corpus_samples/`, built on first use and kept (with its
/// temp folder) for the rest of the process.
pub fn samples_index() -> &'static Path {
    static INDEX: OnceLock<TempDir> = OnceLock::new();
    INDEX
        .get_or_init(|| {
            let dir = tempfile::Builder::new()
                .prefix("samples-index-")
                .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
                .expect("temp dir");
            let out = Command::cargo_bin("imr")
                .unwrap()
                .current_dir(root())
                .args(["index", "corpus_samples", "--index"])
                .arg(dir.path())
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "imr index failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            dir
        })
        .path()
}

/// Runs `imr SUBCOMMAND --index <samples index> REST...`: (exit code,
/// stdout, stderr).
pub fn imr(args: &[&str]) -> (i32, String, String) {
    imr_on(samples_index(), args)
}

/// Runs `imr SUBCOMMAND --index INDEX REST...`: (exit code, stdout,
/// stderr).
pub fn imr_on(index: &Path, args: &[&str]) -> (i32, String, String) {
    let (sub, rest) = args.split_first().expect("a subcommand");
    let out = Command::cargo_bin("imr")
        .unwrap()
        .current_dir(root())
        .arg(sub)
        .arg("--index")
        .arg(index)
        .args(rest)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
