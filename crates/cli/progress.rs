//! The progress bar: articles, MB, MB/s and time left, on standard error
//! when it is a terminal, nothing otherwise.

use std::cell::Cell;
use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A progress bar, or nothing when standard error is not a terminal or
/// the run is quiet.
pub struct Progress {
    bar: Option<ProgressBar>,
    articles: Cell<u64>,
}

impl Progress {
    /// A bar towards `total` bytes (a spinner when the total is not
    /// known, as for standard input).
    pub fn new(total: Option<u64>, quiet: bool) -> Progress {
        if quiet || !std::io::stderr().is_terminal() {
            return Progress { bar: None, articles: Cell::new(0) };
        }
        let bar = match total {
            Some(t) => ProgressBar::with_draw_target(
                Some(t),
                ProgressDrawTarget::stderr(),
            )
            .with_style(
                ProgressStyle::with_template(
                    "{bar:30} {msg} articles, {bytes}/{total_bytes} \
                     ({bytes_per_sec}, {eta} left)",
                )
                .expect("a valid template"),
            ),
            None => ProgressBar::with_draw_target(
                None,
                ProgressDrawTarget::stderr(),
            )
            .with_style(
                ProgressStyle::with_template(
                    "{spinner} {msg} articles, {bytes} ({bytes_per_sec})",
                )
                .expect("a valid template"),
            ),
        };
        bar.enable_steady_tick(Duration::from_millis(200));
        Progress { bar: Some(bar), articles: Cell::new(0) }
    }

    /// Counts one article of `bytes` done.
    pub fn article(&self, bytes: usize) {
        if let Some(bar) = &self.bar {
            bar.inc(bytes as u64);
            self.articles.set(self.articles.get() + 1);
            bar.set_message(self.articles.get().to_string());
        }
    }

    /// Runs `f` (which prints to stderr) with the bar out of the way.
    pub fn suspend(&self, f: impl FnOnce()) {
        match &self.bar {
            Some(bar) => bar.suspend(f),
            None => f(),
        }
    }

    /// Clears the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
