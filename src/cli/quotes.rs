//! `whosaid quotes` and the hidden `whosaid debug`: a draft's quotes as
//! a table, and everything the pipeline found in it.

use std::path::Path;

use super::drafts::{check_all, ConfigArgs, StdinArgs};
use super::{output, EXIT_CLEAN, EXIT_TROUBLE};
use whosaid::report;

pub fn run(given: &[String], stdin: &StdinArgs, config: &ConfigArgs) -> u8 {
    let paths = match stdin.paths(given) {
        Ok(paths) => paths,
        Err(code) => return code,
    };
    let stdin_name = stdin.stdin_filename.as_deref();
    let run = match check_all(&paths, stdin_name, config, |_, c, _| (c.source.path.clone(), report::quotes::render(&c)), |_| ()) {
        Ok(run) => run,
        Err(code) => return code,
    };
    let mut out = String::new();
    let many = headed(&paths, run.outcomes.len());
    for (path, table) in run.checked() {
        if many {
            out.push_str(&format!("{path}\n"));
        }
        out.push_str(table);
        if many {
            out.push('\n');
        }
    }
    if output::write(None, &out).is_err() || run.trouble {
        return EXIT_TROUBLE;
    }
    EXIT_CLEAN
}

/// Whether the quote tables are headed by their draft's path: always, but
/// for one draft named alone (a second path that could not be read, or a
/// folder that holds one draft, still leaves the reader asking which).
fn headed(paths: &[String], tables: usize) -> bool {
    tables > 1 || paths.len() > 1 || paths.iter().any(|p| p != "-" && !Path::new(p).is_file())
}

pub fn debug(path: &str) -> u8 {
    let config = ConfigArgs { config: None, isolated: false };
    let Ok(run) = check_all(&[path.to_string()], None, &config, |_, c, _| report::debug::render(&c), |_| ()) else { return EXIT_TROUBLE };
    for text in run.checked() {
        print!("{text}");
    }
    EXIT_CLEAN
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_tables_are_headed_unless_one_draft_is_named_alone() {
        let dir = tempfile::tempdir().unwrap();
        let draft = dir.path().join("a.md");
        std::fs::write(&draft, "text").unwrap();
        let one = draft.to_string_lossy().to_string();
        assert!(!headed(std::slice::from_ref(&one), 1));
        assert!(!headed(&["-".into()], 1));
        assert!(headed(&[one.clone(), "missing.md".into()], 1));
        assert!(headed(&[dir.path().to_string_lossy().to_string()], 1));
        assert!(headed(&[one], 2));
    }
}
