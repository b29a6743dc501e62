//! Where a report goes: standard output, or a file written atomically (a
//! temporary file beside it, then a rename), so a killed run never leaves
//! half a report behind.

use std::io::Write;
use std::path::Path;

pub fn write(output: Option<&Path>, report: &str) -> std::io::Result<()> {
    write_parts(output, &[report])
}

/// Writes the report made of `parts`, one after another. A report over
/// many drafts is their reports side by side: written as they are, not
/// first copied into one string (ten megabytes for 800 drafts as JSON).
pub fn write_parts(output: Option<&Path>, parts: &[&str]) -> std::io::Result<()> {
    match output {
        None => {
            let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout()?);
            put_all(&mut out, parts)?;
            out.flush()
        }
        Some(path) => {
            let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "report".into());
            let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
            let result = write_file(&tmp, parts).and_then(|()| std::fs::rename(&tmp, path));
            if result.is_err() {
                let _ = std::fs::remove_file(&tmp);
            }
            result
        }
    }
}

fn put_all(out: &mut impl Write, parts: &[&str]) -> std::io::Result<()> {
    parts.iter().try_for_each(|part| out.write_all(part.as_bytes()))
}

fn write_file(path: &Path, parts: &[&str]) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::fs::File::create(path)?);
    put_all(&mut out, parts)?;
    out.flush()
}

/// Standard output. On Unix its file descriptor (a copy of it), written to
/// directly: `Stdout` is line-buffered, and searches every write for its
/// last newline, which in a JSON report is one newline in ten megabytes.
/// (Nothing else is written to standard output before the report.)
#[cfg(unix)]
fn stdout() -> std::io::Result<impl Write> {
    use std::os::fd::AsFd;
    Ok(std::fs::File::from(std::io::stdout().as_fd().try_clone_to_owned()?))
}

#[cfg(not(unix))]
fn stdout() -> std::io::Result<impl Write> {
    Ok(std::io::stdout().lock())
}
