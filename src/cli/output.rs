//! Where a report goes: standard output, or a file written atomically (a
//! temporary file beside it, then a rename), so a killed run never leaves
//! half a report behind.

use std::io::Write;
use std::path::Path;

pub fn write(output: Option<&Path>, report: &str) -> std::io::Result<()> {
    match output {
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(report.as_bytes())?;
            out.flush()
        }
        Some(path) => {
            let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "report".into());
            let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
            let result = std::fs::write(&tmp, report).and_then(|()| std::fs::rename(&tmp, path));
            if result.is_err() {
                let _ = std::fs::remove_file(&tmp);
            }
            result
        }
    }
}
