//! Generates the rule documentation table from each rule file's module doc
//! comment (`//!` lines), so `whosaid rules`, `whosaid explain` and the
//! README's rule table all come from the one place the rule is written.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let dir = Path::new("src/check/rules");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("src/check/rules exists")
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs") && p.file_stem().is_some_and(|s| s != "mod"))
        .collect();
    entries.sort();
    let mut out = String::from("/// (rule name, documentation) for every rule, from the rule files' doc comments.\npub const DOCS: &[(&str, &str)] = &[\n");
    for path in entries {
        println!("cargo:rerun-if-changed={}", path.display());
        let source = std::fs::read_to_string(&path).expect("rule file is readable");
        let doc: Vec<&str> = source
            .lines()
            .take_while(|l| l.starts_with("//!"))
            .map(|l| l.trim_start_matches("//!").strip_prefix(' ').unwrap_or(l.trim_start_matches("//!")))
            .collect();
        if !doc.iter().any(|l| l.starts_with("## What it flags")) {
            continue; // a helper module, not a rule
        }
        let name = path.file_stem().unwrap().to_string_lossy().replace('_', "-");
        writeln!(out, "    ({name:?}, {:?}),", doc.join("\n").trim()).unwrap();
    }
    out.push_str("];\n");
    let target = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("rule_docs.rs");
    std::fs::write(target, out).expect("OUT_DIR is writable");
}
