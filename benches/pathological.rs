//! How long the pathological inputs of `tests/robustness.rs` take, in
//! process: the pipeline and the JSON report, per input, with ms per MB.
//! The tests assert only that these finish; this is where their time is
//! watched. `cargo bench --bench pathological`.

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::Instant;

use whosaid::config::Config;
use whosaid::report;
use whosaid::source::Source;

fn main() {
    let config = Config::default();
    println!("{:<26} {:>8} {:>10} {:>10} {:>10}", "input", "MB", "check ms", "json ms", "ms per MB");
    for (name, bytes) in common::pathological() {
        let mb = bytes.len() as f64 / 1e6;
        let t = Instant::now();
        let source = Source::from_bytes(name, bytes).expect("the inputs are UTF-8 text");
        let checked = whosaid::check_source(source, &config);
        let check = t.elapsed();
        let t = Instant::now();
        // Written as the binary writes it: streamed, here to nowhere.
        report::json::stream(&checked, &mut |block| {
            drop(block);
            Ok(())
        })
        .expect("the sink takes everything");
        let render = t.elapsed();
        let total = (check + render).as_secs_f64() * 1e3;
        println!("{name:<26} {mb:>8.1} {:>10.0} {:>10.0} {:>10.0}", check.as_secs_f64() * 1e3, render.as_secs_f64() * 1e3, total / mb);
    }
}
