//! The `imr` binary: argument parsing and output over the `imr_search` library.

use std::process::ExitCode;

mod cli;

fn main() -> ExitCode {
    cli::allocator::tune();
    cli::main()
}
