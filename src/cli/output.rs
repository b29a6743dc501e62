//! Where a report goes: standard output, or a file written atomically (a
//! temporary file beside it, then a rename), so a killed run never leaves
//! half a report behind.

use std::io::{IoSlice, Write};
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
            let mut out = stdout()?;
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

/// Writes `parts` in order, many to a system call (`writev`), so they are
/// not first copied into a buffer.
fn put_all(out: &mut impl Write, parts: &[&str]) -> std::io::Result<()> {
    // Linux takes at most 1,024 pieces in one call.
    for batch in parts.chunks(512) {
        let mut slices: Vec<IoSlice<'_>> = batch.iter().map(|part| IoSlice::new(part.as_bytes())).collect();
        let mut rest = &mut slices[..];
        IoSlice::advance_slices(&mut rest, 0);
        while !rest.is_empty() {
            match out.write_vectored(rest) {
                Ok(0) => return Err(std::io::ErrorKind::WriteZero.into()),
                Ok(n) => IoSlice::advance_slices(&mut rest, n),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }
    Ok(())
}

fn write_file(path: &Path, parts: &[&str]) -> std::io::Result<()> {
    let mut out = std::fs::File::create(path)?;
    put_all(&mut out, parts)?;
    out.flush()
}

/// Standard output. On Unix its file descriptor (a copy of it), written to
/// directly: `Stdout` is line-buffered, and searches every write for its
/// last newline, which in a JSON report is one newline in ten megabytes.
/// Whatever `Stdout` still holds goes first, so the report never
/// overtakes it.
#[cfg(unix)]
fn stdout() -> std::io::Result<impl Write> {
    use std::os::fd::AsFd;
    std::io::stdout().flush()?;
    Ok(std::fs::File::from(std::io::stdout().as_fd().try_clone_to_owned()?))
}

#[cfg(not(unix))]
fn stdout() -> std::io::Result<impl Write> {
    Ok(std::io::stdout().lock())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A writer taking at most a few bytes a call, as a pipe may.
    struct Trickle(Vec<u8>);

    impl Write for Trickle {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            let n = buf.len().min(3);
            self.0.extend_from_slice(&buf[..n]);
            Ok(n)
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn every_part_is_written_in_order() {
        let parts: Vec<String> = (0..1500).map(|i| if i % 7 == 0 { String::new() } else { format!("part {i},") }).collect();
        let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
        let mut out = Trickle(Vec::new());
        put_all(&mut out, &parts).unwrap();
        assert_eq!(String::from_utf8(out.0).unwrap(), parts.concat());
        let mut vectored = Vec::new();
        put_all(&mut vectored, &parts).unwrap();
        assert_eq!(String::from_utf8(vectored).unwrap(), parts.concat());
    }
}
