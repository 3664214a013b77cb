//! Renderers for search, stats and show results: a 100-column table for
//! people, JSON for scripts, CSV for spreadsheets, and Markdown citations of
//! hits ([`markdown`]). They write to any `io::Write`; the CLI picks the
//! format and whether stdout is a terminal (bold highlights only then). The
//! search layer never prints.
//!
//! Highlights in JSON and CSV are byte offsets `[start, end)` into the UTF-8
//! snippet text, so scripts can slice or re-mark them as they like.

pub mod csv;
pub mod json;
pub mod markdown;
pub mod table;

/// Output format of `search`, `stats`, `similar` and `show` (the doc lines
/// are the `--format` values' help).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// For people; fits 100 columns, bold highlights on a terminal.
    #[default]
    Table,
    /// For scripts: one JSON document.
    Json,
    /// For spreadsheets: comma-separated values with a header row.
    Csv,
    /// Citations to paste (search and similar): per hit case number,
    /// decision date, service, outcome, specialty, guidelines and the
    /// matched sentence quoted.
    Md,
}

/// How the table marks highlights.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Emphasis {
    /// ANSI bold (stdout is a terminal).
    Bold,
    /// No marking (piped output stays plain text).
    Plain,
}

/// Width the table renderer fits its lines into.
pub const WIDTH: usize = 100;
