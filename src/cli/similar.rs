//! `imr similar CASE_NUMBER[#ITEM]`: the items most like one item of a
//! letter, printed as `imr search` prints hits (table, JSON, CSV, Markdown
//! citations). The ranking itself is the library's
//! (`IndexSearcher::similar`); this file maps the arguments onto it.

use imr_search::letter::Outcome;
use imr_search::output::Format;
use imr_search::schema::values::decided_outcome;
use imr_search::search::{IndexSearcher, Page, Restrictions, SearchRequest, SimilarRequest};

use super::args::IndexArg;
use super::Status;

/// Arguments of `imr similar`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The item: a case number (CM14-0123456) or a letter's file, then
    /// `#N` for its item N, 0-based as `imr show` numbers them (item 0
    /// without it).
    #[arg(value_name = "CASE_NUMBER[#ITEM]")]
    pub item: String,
    /// Only items with this outcome, overturned or upheld (ask for the other
    /// one to find decisions that went the other way).
    #[arg(long, value_name = "overturned|upheld", value_parser = decided_outcome)]
    pub outcome: Option<Outcome>,
    /// Only items of the same service category (e.g. /Diagnostics/MRI).
    #[arg(long)]
    pub same_category: bool,
    /// Also the other items of the same letter (never the item itself).
    #[arg(long)]
    pub same_letter: bool,
    #[command(flatten)]
    pub restrict: Restrictions,
    #[command(flatten)]
    pub index: IndexArg,
    #[command(flatten)]
    pub page: Page,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

/// `KEY#N` -> (`KEY`, N); `KEY` -> (`KEY`, 0).
fn split_item(arg: &str) -> anyhow::Result<(&str, usize)> {
    let Some((key, item)) = arg.rsplit_once('#') else {
        return Ok((arg, 0));
    };
    let n = item.trim().parse().map_err(|_| {
        anyhow::anyhow!(
            "`{arg}`: the part after `#` must be an item number (0, 1, ...), as `imr show` prints it"
        )
    })?;
    Ok((key, n))
}

/// Runs `imr similar`: exit 0 with hits, 1 without, 2 for an unknown letter
/// or item.
pub fn run(args: Args) -> anyhow::Result<Status> {
    let (key, item) = split_item(&args.item)?;
    let search = SearchRequest::new("", args.restrict, args.page, Default::default());
    let req = SimilarRequest {
        key: key.to_string(),
        item,
        same_category: args.same_category,
        same_letter: args.same_letter,
        outcome: args.outcome,
        search,
    };
    let searcher = IndexSearcher::open(&args.index.index)?;
    let results = searcher.similar(&req)?;
    super::search::print_hits(
        &results,
        args.page.offset,
        args.format,
        &format!("no items like {key}#{item} (with these filters)"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_suffix_splits() {
        assert_eq!(split_item("CM14-0000001").unwrap(), ("CM14-0000001", 0));
        assert_eq!(split_item("CM14-0000001#2").unwrap(), ("CM14-0000001", 2));
        assert!(split_item("CM14-0000001#x").is_err());
    }
}
