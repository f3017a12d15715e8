//! Where results go: standard output, or a file written atomically.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use tempfile::NamedTempFile;

/// Bytes gathered before a write: small records (CSV rows) are gathered,
/// and most JSONL lines, which are longer, go straight out, not copied
/// on the thread that writes for all the others.
const BUFFER: usize = 1 << 13;

/// Standard output, or a temporary file beside the target that
/// [`Output::commit`] renames into place, so a killed run never leaves
/// half a file; a device or pipe is written in place.
pub enum Output {
    Stdout(BufWriter<io::Stdout>),
    File {
        tmp: BufWriter<NamedTempFile>,
        path: PathBuf,
    },
    /// A device or pipe (`/dev/null`, a FIFO): written in place, since
    /// renaming a file over it would replace it.
    Special(BufWriter<std::fs::File>),
}

impl Output {
    pub fn create(path: Option<&Path>) -> anyhow::Result<Output> {
        let Some(path) = path else {
            return Ok(Output::Stdout(BufWriter::with_capacity(
                BUFFER,
                io::stdout(),
            )));
        };
        // Through a symbolic link to the file it names.
        let path =
            std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let path = path.as_path();
        if let Ok(meta) = std::fs::metadata(path) {
            if !meta.is_file() && !meta.is_dir() {
                let f = std::fs::OpenOptions::new()
                    .write(true)
                    .open(path)
                    .with_context(|| {
                        format!("cannot write {}", path.display())
                    })?;
                return Ok(Output::Special(BufWriter::with_capacity(
                    BUFFER, f,
                )));
            }
        }
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        // Readable as any new file would be (the umask applies), not
        // only by its owner as temporary files are.
        let mut builder = tempfile::Builder::new();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o666));
        }
        let tmp = builder.tempfile_in(dir).with_context(|| {
            format!("cannot create a file in {}", dir.display())
        })?;
        Ok(Output::File {
            tmp: BufWriter::with_capacity(BUFFER, tmp),
            path: path.to_path_buf(),
        })
    }

    /// Flushes, and for a file renames it into place. Returns the file
    /// written (its path resolved), or `None` for standard output, a
    /// device or a pipe: what holds no file to put anything beside.
    pub fn commit(self) -> anyhow::Result<Option<PathBuf>> {
        match self {
            Output::Stdout(mut w) => {
                w.flush()?;
                Ok(None)
            }
            Output::Special(mut w) => {
                w.flush()?;
                Ok(None)
            }
            Output::File { tmp, path } => {
                let tmp = tmp.into_inner().map_err(|e| e.into_error())?;
                tmp.as_file().sync_all()?;
                tmp.persist(&path).with_context(|| {
                    format!("cannot write {}", path.display())
                })?;
                Ok(Some(path))
            }
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Output::Stdout(w) => w.write(buf),
            Output::File { tmp, .. } => tmp.write(buf),
            Output::Special(w) => w.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Output::Stdout(w) => w.flush(),
            Output::File { tmp, .. } => tmp.flush(),
            Output::Special(w) => w.flush(),
        }
    }
}
