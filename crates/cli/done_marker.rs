//! The `.done` marker a finished shard leaves beside its output, so a
//! retried job skips work already done.

use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::annotate::Summary;
use crate::output::Output;

/// `FILE.done` for the output `FILE`.
pub fn path(output: &Path) -> PathBuf {
    let mut name = output.as_os_str().to_owned();
    name.push(".done");
    PathBuf::from(name)
}

/// The summary of the run that finished `output`, if its marker and the
/// output file are both there (a device or pipe is never finished).
pub fn read(output: &Path) -> anyhow::Result<Option<Summary>> {
    let marker = path(output);
    let file = std::fs::metadata(output).is_ok_and(|m| m.is_file());
    if !marker.exists() || !file {
        return Ok(None);
    }
    let text = std::fs::read_to_string(&marker)
        .with_context(|| format!("cannot read {}", marker.display()))?;
    let summary = serde_json::from_str(&text).with_context(|| {
        format!(
            "{} is not a factmark shard marker; remove it to run the \
             shard again",
            marker.display()
        )
    })?;
    Ok(Some(summary))
}

/// Leaves the marker, written atomically after the output itself.
pub fn write(output: &Path, summary: &Summary) -> anyhow::Result<()> {
    let marker = path(output);
    let mut out = Output::create(Some(&marker))?;
    serde_json::to_writer(&mut out, summary)?;
    std::io::Write::write_all(&mut out, b"\n")?;
    out.commit().with_context(|| format!("writing {}", marker.display()))?;
    Ok(())
}
