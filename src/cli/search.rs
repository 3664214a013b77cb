//! `imr search QUERY`: hits, total and facet counts as a table, JSON or CSV.
//! Also holds the arguments `search`, `stats` and `similar` share (index,
//! filters, output format).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use anyhow::Context;
use imr_search::output::{self, Emphasis};
use imr_search::search::query::parse_date;
use imr_search::search::{FacetRequest, Filter, IndexSearcher, IntRange, SearchRequest, Sort};

use super::Status;

/// Output format flag.
#[derive(Debug, Clone, Copy, Default, clap::ValueEnum)]
pub enum FormatArg {
    /// For people; fits 100 columns, bold highlights on a terminal.
    #[default]
    Table,
    /// For scripts.
    Json,
    /// For spreadsheets.
    Csv,
    /// Citations to paste: per hit case number, decision date, service,
    /// outcome, specialty, guidelines and the matched sentence quoted.
    Md,
}

impl From<FormatArg> for output::Format {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Table => output::Format::Table,
            FormatArg::Json => output::Format::Json,
            FormatArg::Csv => output::Format::Csv,
            FormatArg::Md => output::Format::Md,
        }
    }
}

/// Hit order flag.
#[derive(Debug, Clone, Copy, Default, clap::ValueEnum)]
pub enum SortArg {
    /// Best match first.
    #[default]
    Relevance,
    /// Newest UR date first.
    Date,
}

/// The index folder, shared by every reading command.
#[derive(Debug, clap::Args)]
pub struct IndexArg {
    /// Index folder.
    #[arg(long, env = "IMR_INDEX", default_value = "imr-index")]
    pub index: PathBuf,
}

/// Query and restrictions shared by `search` and `stats`.
#[derive(Debug, clap::Args)]
pub struct QueryArgs {
    /// The query, tantivy syntax: words (all required), "phrases", "a b"~2
    /// (slop), AND/OR/NOT, +must, -exclude, field:term, epidur* (prefix),
    /// ligamnet~1 (fuzzy, 1 or 2 edits). Searches rationale, service and
    /// summary unless a field is named. Empty or * matches everything.
    /// Several arguments are joined with spaces; put `--` before a query
    /// that starts with `-`.
    pub query: Vec<String>,
    #[command(flatten)]
    pub restrict: FilterArgs,
}

impl QueryArgs {
    /// The request these arguments describe (page, sort and facets empty).
    pub fn request(&self) -> anyhow::Result<SearchRequest> {
        Ok(SearchRequest {
            query: self.query.join(" "),
            ..self.restrict.request()?
        })
    }

    /// The index folder.
    pub fn index(&self) -> &std::path::Path {
        &self.restrict.index.index
    }
}

/// Restrictions shared by `search`, `stats` and `similar`, and the index.
#[derive(Debug, clap::Args)]
pub struct FilterArgs {
    /// FIELD=VALUE, repeatable, all must hold. Facet fields match the path
    /// and everything below it (guideline=/ODG, outcome=overturned); numbers
    /// and dates take MIN..MAX.
    #[arg(long = "filter", value_name = "FIELD=VALUE")]
    pub filters: Vec<Filter>,
    /// UR date on or after (YYYY-MM-DD or M/D/YYYY).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// UR date on or before (YYYY-MM-DD or M/D/YYYY).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Injured worker's age, MIN..MAX (either end optional) or one number.
    #[arg(long, value_name = "MIN..MAX")]
    pub age: Option<IntRange>,
    #[command(flatten)]
    pub index: IndexArg,
}

impl FilterArgs {
    /// The request these restrictions describe (query, page, sort and
    /// facets empty).
    pub fn request(&self) -> anyhow::Result<SearchRequest> {
        let date = |d: &Option<String>| -> anyhow::Result<_> {
            d.as_deref().map(parse_date).transpose().map_err(Into::into)
        };
        Ok(SearchRequest {
            filters: self.filters.clone(),
            since: date(&self.since).context("--since")?,
            until: date(&self.until).context("--until")?,
            age: self.age,
            ..SearchRequest::default()
        })
    }
}

/// Arguments of `imr search`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub query: QueryArgs,
    /// Hits per page.
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    /// Hits to skip.
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// Hit order.
    #[arg(long, value_enum, default_value_t)]
    pub sort: SortArg,
    /// FIELD[:PATH], repeatable: counts over all matches, one level below
    /// PATH (the top by default), largest first.
    #[arg(long = "facet", value_name = "FIELD[:PATH]")]
    pub facets: Vec<FacetRequest>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: FormatArg,
}

/// Runs `imr search`: exit 0 with matches, 1 without.
pub fn run(args: Args) -> anyhow::Result<Status> {
    let searcher = IndexSearcher::open(args.query.index())?;
    let mut req = args.query.request()?;
    req.limit = args.limit;
    req.offset = args.offset;
    req.sort = match args.sort {
        SortArg::Relevance => Sort::Relevance,
        SortArg::Date => Sort::Date,
    };
    req.facets = args.facets;
    let results = searcher.search(&req)?;
    print_hits(
        &results,
        req.offset,
        args.format.into(),
        &format!("no hits for {}", describe(&req.query)),
    )
}

/// Prints a page of hits in the chosen format (search and similar share
/// it); `none` goes to stderr when nothing matched, and the status says so.
pub fn print_hits(
    results: &imr_search::search::SearchResults,
    offset: usize,
    format: output::Format,
    none: &str,
) -> anyhow::Result<Status> {
    let stdout = std::io::stdout();
    let emphasis = if stdout.is_terminal() {
        Emphasis::Bold
    } else {
        Emphasis::Plain
    };
    let mut out = std::io::BufWriter::new(stdout.lock());
    if results.total == 0 {
        eprintln!("{none}");
    }
    match format {
        output::Format::Table if results.total == 0 => {}
        output::Format::Table => output::table::search(&mut out, results, offset, emphasis)?,
        output::Format::Json => output::json::search(&mut out, results)?,
        output::Format::Csv => output::csv::hits(&mut out, &results.hits)?,
        output::Format::Md => output::markdown::search(&mut out, results)?,
    }
    out.flush().context("writing to stdout")?;
    Ok(if results.total == 0 {
        Status::NotFound
    } else {
        Status::Found
    })
}

/// The query as named in messages.
pub fn describe(query: &str) -> String {
    if query.trim().is_empty() {
        "the filters".to_string()
    } else {
        format!("`{query}`")
    }
}
