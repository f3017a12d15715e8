//! The `factmark` command: `factmark annotate` for the nightly batch,
//! `factmark check` for reviewed sheets in CI.
//!
//! Exit codes of annotate: 0 when everything was written; 2 when an
//! article could not be read or an error stopped the run. Of check: 0
//! clean, 1 findings, 2 a sheet or article could not be read. A closed
//! pipe (`factmark ... | head`) is not an error.

mod annotate;
mod check;
mod done_marker;
mod flags;
mod output;
mod progress;
mod shard;

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
                    let mut line = format!(
                        "factmark: {} articles annotated, {} failed, {} \
                         claims",
                        summary.done, summary.failed, summary.claims
                    );
                    if let Some(m) = summary.merge {
                        line.push_str(&format!(
                            "; from the previous sheet: {} verdicts carried, \
                             {} stale, {} unreviewed claims gone, {} rows of \
                             other articles kept",
                            m.carried, m.stale, m.dropped, m.untouched
                        ));
                    }
                    eprintln!("{line}");
                }
                if summary.failed > 0 {
                    ExitCode::from(2)
                } else {
                    ExitCode::SUCCESS
                }
            }
            Err(e) => report(&e),
        },
        Command::Check(args) => match check::run(&args) {
            Ok(code) => ExitCode::from(code),
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
