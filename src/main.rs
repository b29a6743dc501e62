use std::io::Write;
use whosaid::{check_source, config::Config, source::Source};

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    let config = Config::default();
    let mut checked = Vec::new();
    for p in paths {
        let path = std::path::Path::new(&p);
        let files: Vec<std::path::PathBuf> = if path.is_dir() {
            let mut v: Vec<_> = std::fs::read_dir(path).unwrap().map(|e| e.unwrap().path()).collect();
            v.sort();
            v
        } else {
            vec![path.to_path_buf()]
        };
        for f in files {
            match Source::read(&f, f.display().to_string()) {
                Ok(s) => checked.push(check_source(s, &config)),
                Err(e) => eprintln!("{}: {e}", f.display()),
            }
        }
    }
    let out = serde_json::to_string(&whosaid::report::json::report(&checked)).unwrap();
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
