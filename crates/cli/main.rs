//! The `factmark` command: `factmark annotate` for the nightly batch.
//!
//! Exit codes: 0 when everything was written; 2 when an article could not
//! be read or an error stopped the run. A closed pipe (`factmark ... |
//! head`) is not an error.

mod annotate;
mod flags;
mod output;

use std::io;
use std::process::ExitCode;

use clap::Parser;

use crate::flags::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Annotate(args) => match annotate::run(&args) {
            Ok(summary) => {
                if !args.quiet {
                    eprintln!(
                        "factmark: {} articles annotated, {} failed, {} \
                         claims",
                        summary.done, summary.failed, summary.claims
                    );
                }
                if summary.failed > 0 {
                    ExitCode::from(2)
                } else {
                    ExitCode::SUCCESS
                }
            }
            Err(e) => report(&e),
        },
    }
}

/// Prints an error that stopped the run, once, with its causes.
fn report(e: &anyhow::Error) -> ExitCode {
    let broken_pipe = e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    });
    if broken_pipe {
        return ExitCode::SUCCESS;
    }
    eprintln!("factmark: {e:#}");
    ExitCode::from(2)
}
