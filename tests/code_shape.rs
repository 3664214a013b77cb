//! The shape limits of the code, checked on every test run: no source file
//! over 1,500 lines and no function over 120 lines in the workspace (tables
//! belong in files of their own, long recipes in named steps). rustfmt's
//! layout is assumed: a function's closing brace sits at the indentation of
//! its `fn` line.

use std::path::{Path, PathBuf};

const MAX_FILE_LINES: usize = 1_500;
const MAX_FN_LINES: usize = 120;

/// Known cases over the limits, being split (path and item). The check
/// fails on any other case, and on an entry here that is no longer over,
/// so this list only shrinks.
const KNOWN_OVER: &[&str] = &[];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The name of the function a line starts, if it starts one with a body.
fn fn_name(line: &str) -> Option<&str> {
    let mut rest = line.trim_start();
    for prefix in [
        "pub(crate) ",
        "pub(super) ",
        "pub ",
        "const ",
        "async ",
        "unsafe ",
    ] {
        rest = rest.strip_prefix(prefix).unwrap_or(rest);
    }
    let rest = rest.strip_prefix("fn ")?;
    if line.trim_end().ends_with(';') {
        return None;
    }
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    Some(&rest[..end])
}

/// Every file and function over its limit, as `path:line what`.
fn over_limits(root: &Path) -> Vec<String> {
    let mut files = Vec::new();
    for dir in ["src", "tests", "crates"] {
        rust_files(&root.join(dir), &mut files);
    }
    let mut found = Vec::new();
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let rel = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .display()
            .to_string();
        let lines: Vec<&str> = text.lines().collect();
        if lines.len() > MAX_FILE_LINES {
            found.push(format!("{rel}: {} lines", lines.len()));
        }
        for (i, line) in lines.iter().enumerate() {
            let Some(name) = fn_name(line) else {
                continue;
            };
            let indent = &line[..line.len() - line.trim_start().len()];
            let close = format!("{indent}}}");
            let len = lines[i..]
                .iter()
                .position(|l| *l == close || l.trim_end().ends_with('}') && l == line)
                .map_or(lines.len() - i, |n| n + 1);
            if len > MAX_FN_LINES {
                found.push(format!("{rel}:{} fn {name}: {len} lines", i + 1));
            }
        }
    }
    found.sort();
    found
}

#[test]
fn files_and_functions_stay_within_their_limits() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let found = over_limits(root);
    let known = |f: &String| KNOWN_OVER.iter().any(|k| f.starts_with(k));
    let new: Vec<&String> = found.iter().filter(|f| !known(f)).collect();
    assert!(
        new.is_empty(),
        "over {MAX_FILE_LINES} lines a file or {MAX_FN_LINES} a function:\n{}",
        new.iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
    for k in KNOWN_OVER {
        assert!(
            found.iter().any(|f| f.starts_with(k)),
            "`{k}` is within the limits now: take it off KNOWN_OVER"
        );
    }
}

#[test]
fn the_limit_check_sees_long_functions() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("src");
    std::fs::create_dir(&src).unwrap();
    let body = "    let x = 1;\n".repeat(MAX_FN_LINES);
    std::fs::write(
        src.join("a.rs"),
        format!("pub fn short() {{}}\n\nfn long() {{\n{body}}}\n"),
    )
    .unwrap();
    assert_eq!(
        over_limits(tmp.path()),
        [format!("src/a.rs:3 fn long: {} lines", MAX_FN_LINES + 2)]
    );
}
