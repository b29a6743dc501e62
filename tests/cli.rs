//! The command line as a newsroom's scripts and CI use it: exit codes,
//! configuration discovery and overrides, mistakes in configuration,
//! suppressions, standard input, `.gitignore`, globs, `--output`, and
//! snapshot review. Each test works in its own temporary folder.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use tempfile::TempDir;

/// A draft with one error (an unattributed quote) and one warning.
const ERROR_DRAFT: &str = "The ferry will not run on Friday, officials said.\n\nThe harbour was quiet on Thursday.\n\n\"We are stuck here.\"\n";
/// A draft with nothing to report.
const CLEAN_DRAFT: &str = "\"The ferry runs again on Monday,\" said Ines Okafor, who chairs the ferry board.\n";
/// A draft with only a warning: an anonymous source.
const WARNING_DRAFT: &str = "The ferry will not run on Friday, officials said.\n";

fn folder(files: &[(&str, &str)]) -> TempDir {
    let dir = tempfile::tempdir().expect("temporary folder");
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

fn whosaid(dir: &Path, args: &[&str]) -> Output {
    whosaid_with_input(dir, args, None)
}

fn whosaid_with_input(dir: &Path, args: &[&str], input: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_whosaid"));
    cmd.current_dir(dir).args(args).env_remove("NO_COLOR").stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("whosaid runs");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        if let Some(text) = input {
            stdin.write_all(text.as_bytes()).unwrap();
        }
    }
    child.wait_with_output().expect("whosaid finishes")
}

fn code(out: &Output) -> i32 {
    out.status.code().expect("an exit code")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("UTF-8")
}

/// The rules found, one `path:rule` a finding, from `--format jsonl`.
fn findings(dir: &Path, args: &[&str]) -> Vec<String> {
    let mut all = vec!["check", "--format", "jsonl"];
    all.extend_from_slice(args);
    let out = whosaid(dir, &all);
    assert!(code(&out) != 2, "{}", stderr(&out));
    stdout(&out)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("one JSON object a line");
            format!("{}:{}", v["path"].as_str().unwrap(), v["rule"].as_str().unwrap())
        })
        .collect()
}

#[test]
fn exit_codes() {
    let dir = folder(&[("clean.txt", CLEAN_DRAFT), ("bad.txt", ERROR_DRAFT), ("warn.txt", WARNING_DRAFT)]);
    let d = dir.path();
    assert_eq!(code(&whosaid(d, &["check", "clean.txt"])), 0);
    assert_eq!(code(&whosaid(d, &["check", "warn.txt"])), 0, "warnings do not fail by default");
    assert_eq!(code(&whosaid(d, &["check", "bad.txt"])), 1);
    assert_eq!(code(&whosaid(d, &["check", "--exit-zero", "bad.txt"])), 0);
    let missing = whosaid(d, &["check", "--format", "jsonl", "nope.txt", "bad.txt"]);
    assert_eq!(code(&missing), 2, "a missing file is trouble");
    assert!(stderr(&missing).contains("nope.txt: no such file"), "{}", stderr(&missing));
    assert!(stdout(&missing).contains("bad.txt"), "the other files are still checked");
    assert_eq!(code(&whosaid(d, &["check", "--format", "xml", "bad.txt"])), 2, "a usage error");
    assert_eq!(code(&whosaid(d, &["check", "--config", "x.toml", "--isolated", "bad.txt"])), 2, "--config and --isolated conflict");
}

#[test]
fn human_output_is_coloured_only_when_asked_or_on_a_terminal() {
    let dir = folder(&[("bad.txt", ERROR_DRAFT)]);
    let plain = stdout(&whosaid(dir.path(), &["check", "bad.txt"]));
    assert!(!plain.contains('\x1b'), "a pipe gets no colour");
    assert!(plain.contains("error[unattributed-quote]"));
    let coloured = stdout(&whosaid(dir.path(), &["check", "--color", "always", "bad.txt"]));
    assert!(coloured.contains("\x1b[1;31merror"));
}

#[test]
fn configuration_is_found_above_each_draft() {
    let dir = folder(&[
        ("whosaid.toml", "ignore = [\"anonymous-source\"]\n"),
        ("top.txt", WARNING_DRAFT),
        ("desk/.whosaid.toml", "[severity]\nanonymous-source = \"error\"\n"),
        ("desk/story.txt", WARNING_DRAFT),
        ("desk/deeper/story.txt", WARNING_DRAFT),
    ]);
    let d = dir.path();
    assert_eq!(findings(d, &["."]), ["desk/deeper/story.txt:anonymous-source", "desk/story.txt:anonymous-source"]);
    let out = whosaid(d, &["check", "desk/story.txt"]);
    assert_eq!(code(&out), 1, "the nearer file made it an error");
    assert_eq!(code(&whosaid(d, &["check", "top.txt"])), 0);
    // From inside the folder, the same files govern.
    assert_eq!(findings(&d.join("desk"), &["story.txt"]), ["story.txt:anonymous-source"]);
    // --isolated ignores every file; --config uses one for all.
    assert_eq!(findings(d, &["--isolated", "top.txt", "desk/story.txt"]).len(), 2);
    assert!(findings(d, &["--config", "whosaid.toml", "desk/story.txt"]).is_empty());
}

#[test]
fn overrides_apply_to_their_paths() {
    let dir = folder(&[
        (
            "whosaid.toml",
            "min-severity = \"warning\"\n\n[[overrides]]\npaths = [\"wire/**\"]\nignore = [\"anonymous-source\"]\n\n[[overrides]]\npaths = [\"opinion/*.md\"]\nselect = [\"unattributed-quote\"]\n",
        ),
        ("news/a.txt", WARNING_DRAFT),
        ("wire/agency/b.txt", WARNING_DRAFT),
        ("opinion/c.md", ERROR_DRAFT),
    ]);
    let d = dir.path();
    assert_eq!(findings(d, &["."]), ["news/a.txt:anonymous-source", "opinion/c.md:unattributed-quote"]);
    assert_eq!(code(&whosaid(d, &["check", "news/a.txt"])), 1, "min-severity = warning fails on a warning");
    assert_eq!(code(&whosaid(d, &["check", "wire"])), 0);
}

#[test]
fn newsroom_words_and_aliases() {
    let draft = "\"The pier is safe,\" said harbourmaster Ines Okafor.\n\n\"We open at dawn,\" Okafor said.\n";
    let dir = folder(&[("whosaid.toml", "extra-titles = [\"harbourmaster\"]\n\n[aliases]\n\"Okafor\" = \"Ines Okafor-Reyes\"\n"), ("pier.txt", draft)]);
    let listed = stdout(&whosaid(dir.path(), &["quotes", "pier.txt"]));
    assert_eq!(listed.matches("Ines Okafor-Reyes").count(), 2, "{listed}");
    assert!(!listed.contains("unattributed"), "{listed}");
    let isolated = stdout(&whosaid(dir.path(), &["quotes", "--isolated", "pier.txt"]));
    assert!(!isolated.contains("Okafor-Reyes"), "{isolated}");
}

#[test]
fn mistakes_in_configuration_name_the_file_line_and_nearest_name() {
    let dir = folder(&[("desk/whosaid.toml", "select = [\"unattributed-quote\"]\nignnore = [\"anonymous-sorce\"]\n"), ("desk/a.txt", CLEAN_DRAFT)]);
    let out = whosaid(dir.path(), &["check", "desk"]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(err.contains("desk/whosaid.toml:2:1: unknown key `ignnore` at the top of the file; did you mean `ignore`?"), "{err}");
    assert!(stdout(&out).is_empty(), "nothing is checked with a broken configuration");

    let dir = folder(&[("whosaid.toml", "[severity]\nunattributed-quotes = \"warning\"\n"), ("a.txt", CLEAN_DRAFT)]);
    let err = stderr(&whosaid(dir.path(), &["check", "a.txt"]));
    assert!(err.contains("whosaid.toml:2:1: unknown rule `unattributed-quotes`; did you mean `unattributed-quote`?"), "{err}");

    let dir = folder(&[("a.txt", CLEAN_DRAFT)]);
    let out = whosaid(dir.path(), &["check", "--config", "missing.toml", "a.txt"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("missing.toml: cannot read the configuration"), "{}", stderr(&out));
}

#[test]
fn suppressions_in_markdown_and_plain_text() {
    let md = "<!-- whosaid-disable-next-line anonymous-source -->\nThe ferry will not run, officials said.\n\nThe harbour was quiet.\n\n<!-- whosaid-disable unattributed-quote -->\n\"We are stuck here.\"\n\n\"And so are the lorries.\"\n<!-- whosaid-enable unattributed-quote -->\n\nThe queue grew.\n\n\"Nobody came.\"\n\n<!-- whosaid-disable-next-line weasel-attribution -->\nThe mayor said nothing.\n";
    let txt = "# whosaid-disable-next-line anonymous-source\nThe ferry will not run, officials said.\n\n# whosaid-disable-next-line anonymous-sorce\nThe lorries wait, a source said.\n";
    let dir = folder(&[("a.md", md), ("b.txt", txt)]);
    let out = whosaid(dir.path(), &["check", "--format", "jsonl", "a.md", "b.txt"]);
    let lines: Vec<serde_json::Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let got: Vec<String> = lines.iter().map(|v| format!("{}:{}:{}", v["path"].as_str().unwrap(), v["line"], v["rule"].as_str().unwrap())).collect();
    assert_eq!(got, ["a.md:14:unattributed-quote", "a.md:16:unused-suppression", "b.txt:4:unused-suppression", "b.txt:5:anonymous-source",]);
    assert!(lines[3 - 1]["message"].as_str().unwrap().contains("did you mean `anonymous-source`"));
}

#[test]
fn standard_input_with_a_name() {
    let dir = folder(&[("wire/whosaid.toml", "ignore = [\"anonymous-source\"]\n")]);
    let d = dir.path();
    let out = whosaid_with_input(d, &["check", "--format", "jsonl", "-", "--stdin-filename", "desk/story.md"], Some(ERROR_DRAFT));
    assert_eq!(code(&out), 1);
    let text = stdout(&out);
    assert!(text.contains("\"path\":\"desk/story.md\""), "{text}");
    assert!(text.contains("anonymous-source"));
    // The name's folder decides the configuration.
    let out = whosaid_with_input(d, &["check", "--format", "jsonl", "-", "--stdin-filename", "wire/story.txt"], Some(WARNING_DRAFT));
    assert_eq!(stdout(&out), "");
    // And its extension whether it is Markdown: code is not prose there.
    let md = "```\n\"Unattributed in code.\"\n```\n";
    let out = whosaid_with_input(d, &["check", "-", "--stdin-filename", "x.md"], Some(md));
    assert_eq!(code(&out), 0, "{}", stdout(&out));
    let out = whosaid_with_input(d, &["check", "-"], Some(ERROR_DRAFT));
    assert!(stdout(&out).contains("<stdin>:5:1"), "{}", stdout(&out));
    // A name with no path reads standard input, as an editor's plugin pipes
    // the buffer it shows; not the whole folder.
    std::fs::write(d.join("other.txt"), ERROR_DRAFT).unwrap();
    let out = whosaid_with_input(d, &["check", "--format", "jsonl", "--stdin-filename", "desk/story.md"], Some(WARNING_DRAFT));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("\"path\":\"desk/story.md\"") && !stdout(&out).contains("other.txt"), "{}", stdout(&out));
    // A name for standard input that is not read is a mistake, not ignored.
    // (Nothing is piped: whosaid stops before it would read it.)
    let out = whosaid(d, &["check", "--stdin-filename", "desk/story.md", "other.txt"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("read only when `-` is among the paths"), "{}", stderr(&out));
    assert!(stdout(&out).is_empty());
    // The editor's table reads a named standard input too, as Markdown.
    let md = "```\n\"Unattributed in code.\"\n```\n\n\"We are stuck,\" said Ana Ruiz.\n";
    let table = stdout(&whosaid_with_input(d, &["quotes", "--stdin-filename", "x.md"], Some(md)));
    assert!(table.contains("Ana Ruiz") && !table.contains("code"), "{table}");
    assert!(!table.starts_with("x.md"), "one draft: no heading");
}

#[test]
fn quote_tables_are_headed_when_more_than_one_draft_is_asked_for() {
    let dir = folder(&[("news/a.txt", CLEAN_DRAFT)]);
    let out = whosaid(dir.path(), &["quotes", "news/a.txt", "news/gone.txt"]);
    assert_eq!(code(&out), 2);
    assert!(stdout(&out).starts_with("news/a.txt\nline"), "{}", stdout(&out));
    assert!(stdout(&whosaid(dir.path(), &["quotes", "news"])).starts_with("news/a.txt\nline"));
    assert!(stdout(&whosaid(dir.path(), &["quotes", "news/a.txt"])).starts_with("line"));
}

#[test]
fn directories_respect_gitignore_and_exclude() {
    let dir = folder(&[
        (".gitignore", "drafts-old/\nscratch.md\n"),
        ("whosaid.toml", "exclude = [\"archive\", \"**/*.notes.md\"]\n"),
        ("news/a.md", ERROR_DRAFT),
        ("news/b.txt", ERROR_DRAFT),
        ("news/c.notes.md", ERROR_DRAFT),
        ("news/data.json", ERROR_DRAFT),
        ("scratch.md", ERROR_DRAFT),
        ("drafts-old/d.md", ERROR_DRAFT),
        ("archive/2019/e.md", ERROR_DRAFT),
        (".hidden/f.md", ERROR_DRAFT),
    ]);
    let d = dir.path();
    let files: Vec<String> = findings(d, &["."]).into_iter().filter(|f| f.ends_with("unattributed-quote")).collect();
    assert_eq!(files, ["news/a.md:unattributed-quote", "news/b.txt:unattributed-quote"]);
    // Named on the command line, an excluded draft is still excluded (pre-commit names files).
    assert!(findings(d, &["archive/2019/e.md", "news/a.md"]).iter().all(|f| f.starts_with("news/a.md")));
}

#[test]
fn globs_the_shell_left_alone_are_expanded() {
    let dir = folder(&[("news/a.md", ERROR_DRAFT), ("news/sub/b.md", ERROR_DRAFT), ("news/c.txt", ERROR_DRAFT)]);
    let d = dir.path();
    let files = |pattern: &str| {
        let mut f: Vec<String> = findings(d, &[pattern]).into_iter().map(|f| f.split(':').next().unwrap().to_string()).collect();
        f.dedup();
        f
    };
    assert_eq!(files("news/*.md"), ["news/a.md"]);
    assert_eq!(files("news/**/*.md"), ["news/a.md", "news/sub/b.md"]);
    let out = whosaid(d, &["check", "news/*.rst"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("no drafts match"));
}

#[test]
fn parallel_output_keeps_a_stable_order() {
    let files: Vec<(String, &str)> = (0..40).map(|i| (format!("n/{:02}.txt", 39 - i), ERROR_DRAFT)).collect();
    let refs: Vec<(&str, &str)> = files.iter().map(|(n, t)| (n.as_str(), *t)).collect();
    let dir = folder(&refs);
    let first = stdout(&whosaid(dir.path(), &["check", "--format", "jsonl", "n"]));
    let mut paths: Vec<&str> = first.lines().map(|l| l.split('"').nth(3).unwrap()).collect();
    let sorted = {
        let mut p = paths.clone();
        p.sort();
        p
    };
    assert_eq!(paths, sorted);
    paths.dedup();
    assert_eq!(paths.len(), 40);
    for _ in 0..3 {
        assert_eq!(stdout(&whosaid(dir.path(), &["check", "--format", "jsonl", "n"])), first);
    }
}

#[test]
fn output_file_is_written_whole() {
    let dir = folder(&[("bad.txt", ERROR_DRAFT)]);
    let out = whosaid(dir.path(), &["check", "--format", "sarif", "--output", "report.sarif", "bad.txt"]);
    assert_eq!(code(&out), 1);
    assert!(stdout(&out).is_empty());
    let report = std::fs::read_to_string(dir.path().join("report.sarif")).unwrap();
    let log: serde_json::Value = serde_json::from_str(&report).unwrap();
    assert_eq!(log["runs"][0]["results"].as_array().unwrap().len(), 2);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).filter(|n| n.to_string_lossy().ends_with(".tmp")).collect();
    assert!(leftovers.is_empty());
}

/// `--output /dev/null` or a named pipe is written in place: renaming a
/// report over it would leave a plain file there (as root, in place of
/// `/dev/null` itself). A named pipe stands in for the device here.
#[test]
fn output_to_a_pipe_or_a_link_keeps_it() {
    use std::os::unix::fs::FileTypeExt;
    let dir = folder(&[("bad.txt", ERROR_DRAFT)]);
    let pipe = dir.path().join("pipe");
    assert!(Command::new("mkfifo").arg(&pipe).status().unwrap().success());
    let reader = {
        let pipe = pipe.clone();
        std::thread::spawn(move || std::fs::read_to_string(pipe).unwrap())
    };
    let out = whosaid(dir.path(), &["check", "--format", "json", "--output", "pipe", "bad.txt"]);
    assert_eq!(code(&out), 1, "{}", String::from_utf8_lossy(&out.stderr));
    // Checked before the reader is joined: had the pipe been replaced, the
    // reader would wait on it for ever.
    assert!(std::fs::symlink_metadata(&pipe).unwrap().file_type().is_fifo());
    let report: serde_json::Value = serde_json::from_str(&reader.join().unwrap()).unwrap();
    assert_eq!(report["files"][0]["path"], "bad.txt");

    std::fs::write(dir.path().join("real.json"), "old").unwrap();
    std::os::unix::fs::symlink("real.json", dir.path().join("link.json")).unwrap();
    assert_eq!(code(&whosaid(dir.path(), &["check", "--format", "json", "--output", "link.json", "bad.txt"])), 1);
    assert!(std::fs::symlink_metadata(dir.path().join("link.json")).unwrap().file_type().is_symlink());
    assert!(std::fs::read_to_string(dir.path().join("real.json")).unwrap().starts_with('{'));
}

#[test]
fn an_output_that_cannot_be_written_is_named() {
    let dir = folder(&[("bad.txt", ERROR_DRAFT), ("news/a.txt", CLEAN_DRAFT)]);
    // A folder that is not there yet is made, as a CI job's report folder.
    let out = whosaid(dir.path(), &["check", "--format", "sarif", "--output", "no/such/folder/report.sarif", "bad.txt"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(std::fs::read_to_string(dir.path().join("no/such/folder/report.sarif")).unwrap().contains("\"unattributed-quote\""));
    // A folder is no report file: the run stops before any draft is checked.
    let out = whosaid(dir.path(), &["check", "--output", "news", "bad.txt"]);
    assert_eq!(code(&out), 2);
    assert_eq!(stderr(&out), "error: cannot write the report to news: it is a folder: name a file for the report\n");
    let out = whosaid(dir.path(), &["check", "--output", "bad.txt/report.txt", "news"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).starts_with("error: cannot write the report to bad.txt/report.txt: "), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(dir.path().join("bad.txt")).unwrap(), ERROR_DRAFT);
}

#[test]
fn a_draft_named_twice_is_reported_once() {
    let dir = folder(&[("news/bad.txt", ERROR_DRAFT)]);
    let once = findings(dir.path(), &["news/bad.txt"]);
    assert_eq!(findings(dir.path(), &["news", "news/bad.txt", "./news/bad.txt"]), once);
    let out = whosaid_with_input(dir.path(), &["check", "-", "-"], Some(ERROR_DRAFT));
    assert!(stdout(&out).ends_with("in 1 file.\n"), "{}", stdout(&out));
}

#[test]
fn sarif_says_which_paths_it_does_not_cover() {
    let dir = folder(&[("bad.txt", ERROR_DRAFT)]);
    let out = whosaid(dir.path(), &["check", "--format", "sarif", "bad.txt", "gone/draft.md"]);
    assert_eq!(code(&out), 2);
    let log: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("a whole SARIF log");
    let invocation = &log["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    let notifications = invocation["toolExecutionNotifications"].as_array().unwrap();
    assert_eq!(notifications.len(), 1);
    assert_eq!(notifications[0]["message"]["text"], "no such file or directory");
    assert_eq!(notifications[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "gone/draft.md");
    assert!(!log["runs"][0]["results"].as_array().unwrap().is_empty(), "the readable draft's findings are there");
    let clean: serde_json::Value = serde_json::from_str(&stdout(&whosaid(dir.path(), &["check", "--format", "sarif", "bad.txt"]))).unwrap();
    assert_eq!(clean["runs"][0]["invocations"], serde_json::json!([{ "executionSuccessful": true }]));
}

#[test]
fn the_summary_counts_what_could_not_be_checked() {
    let dir = folder(&[("clean.txt", CLEAN_DRAFT)]);
    std::fs::write(dir.path().join("latin1.txt"), b"The mayor said \xe9t\xe9.\n").unwrap();
    let out = whosaid(dir.path(), &["check", "clean.txt", "latin1.txt", "nope.txt"]);
    assert_eq!(code(&out), 2);
    assert_eq!(stdout(&out), "No problems found in 1 file; 2 could not be checked (see the errors).\n");
    assert!(stderr(&out).contains("error: latin1.txt: not valid UTF-8") && stderr(&out).contains("error: nope.txt: no such file"), "{}", stderr(&out));
    assert_eq!(stdout(&whosaid(dir.path(), &["check", "clean.txt"])), "No problems found in 1 file.\n");
}

#[test]
fn github_annotations() {
    let dir = folder(&[("news/bad, really.txt", ERROR_DRAFT)]);
    let out = stdout(&whosaid(dir.path(), &["check", "--format", "github", "news"]));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0].starts_with("::warning file=news/bad%2C really.txt,line=1,col=35,endLine=1,endColumn=44,title=whosaid (anonymous-source)::"), "{out}");
    assert!(lines[1].starts_with("::error file=news/bad%2C really.txt,line=5,col=1,endLine=5,endColumn=21,"), "{out}");
    assert!(lines[1].contains("%0Ahelp: "));
    // A draft that could not be checked is an error on its file, after the findings.
    std::fs::write(dir.path().join("news/latin1.txt"), b"The mayor said \xe9t\xe9.\n").unwrap();
    let out = whosaid(dir.path(), &["check", "--format", "github", "news"]);
    assert_eq!(code(&out), 2);
    let last = stdout(&out).lines().last().unwrap().to_string();
    assert!(last.starts_with("::error file=news/latin1.txt,title=whosaid (not checked)::not checked: not valid UTF-8"), "{last}");
}

#[test]
fn snapshot_review() {
    let dir = folder(&[("news/a.md", ERROR_DRAFT), ("news/b.txt", CLEAN_DRAFT)]);
    let d = dir.path();
    // First run: snapshots are written beside the drafts.
    let out = whosaid(d, &["snapshot", "news"]);
    assert_eq!(code(&out), 0, "{}", stdout(&out));
    assert!(stdout(&out).ends_with("0 snapshots up to date, 2 written, 0 differ, 0 missing.\n"), "{}", stdout(&out));
    let snap = std::fs::read_to_string(d.join("news/a.md.whosaid")).unwrap();
    assert!(snap.contains("quote \"We are stuck here.\"") && snap.contains("status   unattributed"), "{snap}");
    assert!(d.join("news/b.txt.whosaid").exists());
    assert_eq!(code(&whosaid(d, &["snapshot", "--check", "news"])), 0);

    // The draft changes: --check shows a diff and fails; nothing is written.
    std::fs::write(d.join("news/a.md"), ERROR_DRAFT.replace("\"We are stuck here.\"", "\"We are stuck here,\" said Ana Ruiz.")).unwrap();
    let out = whosaid(d, &["snapshot", "--check", "news"]);
    assert_eq!(code(&out), 1);
    let diff = stdout(&out);
    assert!(diff.ends_with("1 snapshot up to date, 0 written, 1 differs, 0 missing.\n"), "{diff}");
    assert!(diff.contains("--- news/a.md.whosaid (committed)") && diff.contains("+++ news/a.md.whosaid (from the draft)"), "{diff}");
    assert!(diff.contains("-  status   unattributed") && diff.contains("+  speaker  Ana Ruiz"), "{diff}");
    assert_eq!(std::fs::read_to_string(d.join("news/a.md.whosaid")).unwrap(), snap);
    // Without --update a reviewed snapshot is left alone.
    assert_eq!(code(&whosaid(d, &["snapshot", "news"])), 1);
    assert_eq!(std::fs::read_to_string(d.join("news/a.md.whosaid")).unwrap(), snap);

    // --update accepts the change.
    assert_eq!(code(&whosaid(d, &["snapshot", "--update", "news"])), 0);
    assert_eq!(code(&whosaid(d, &["snapshot", "--check", "news"])), 0);

    // A snapshot named in place of its draft is refused, not snapshotted.
    let out = whosaid(d, &["snapshot", "news/a.md.whosaid"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("news/a.md.whosaid is a snapshot, not a draft: name its draft, news/a.md"), "{}", stderr(&out));
    assert!(!d.join("news/a.md.whosaid.whosaid").exists());

    // A new draft without a snapshot is named.
    std::fs::write(d.join("news/c.txt"), CLEAN_DRAFT).unwrap();
    let out = whosaid(d, &["snapshot", "--check", "news"]);
    assert_eq!(code(&out), 1);
    assert!(stdout(&out).contains("missing news/c.txt.whosaid"), "{}", stdout(&out));
    assert!(!d.join("news/c.txt.whosaid").exists());

    // A draft deleted leaves its snapshot orphaned: named, and deleted by --update.
    std::fs::remove_file(d.join("news/c.txt")).unwrap();
    std::fs::remove_file(d.join("news/b.txt")).unwrap();
    let out = whosaid(d, &["snapshot", "--check", "news"]);
    assert_eq!(code(&out), 1);
    assert!(stdout(&out).contains("orphaned news/b.txt.whosaid: news/b.txt is gone;"), "{}", stdout(&out));
    assert!(stdout(&out).ends_with("1 snapshot up to date, 0 written, 0 differ, 0 missing, 1 orphaned.\n"), "{}", stdout(&out));
    assert!(d.join("news/b.txt.whosaid").exists(), "--check deletes nothing");
    let out = whosaid(d, &["snapshot", "--update", "news"]);
    assert_eq!(code(&out), 0);
    assert!(stdout(&out).contains("deleted news/b.txt.whosaid: its draft is gone"), "{}", stdout(&out));
    assert!(!d.join("news/b.txt.whosaid").exists());
    assert_eq!(stdout(&whosaid(d, &["snapshot", "news"])), "1 snapshot up to date, 0 written, 0 differ, 0 missing.\n", "a second run writes nothing");
}

#[test]
fn rules_and_explain_list_the_new_rule() {
    let dir = folder(&[]);
    let rules = stdout(&whosaid(dir.path(), &["rules"]));
    assert!(rules.lines().any(|l| l.starts_with("unused-suppression") && l.contains("info")));
    let explain = whosaid(dir.path(), &["explain", "unused-suppression"]);
    assert_eq!(code(&explain), 0);
    assert!(stdout(&explain).contains("## Why it matters"));
    let typo = whosaid(dir.path(), &["explain", "unused-supression"]);
    assert_eq!(code(&typo), 2);
    assert!(stderr(&typo).contains("did you mean `unused-suppression`?"));
    let far = whosaid(dir.path(), &["explain", "spelling"]);
    assert_eq!(code(&far), 2);
    assert_eq!(stderr(&far), "error: no rule named `spelling`; `whosaid rules` lists every rule\n", "no rule is near: none is suggested");
}

/// `whosaid check … | head -1`: a reader that closes the pipe early gets
/// no error message, and the exit code is still the findings'. The report
/// (a few hundred kilobytes) is far more than a pipe holds, so the write
/// meets the closed pipe.
#[test]
fn a_reader_closing_the_pipe_early_is_no_error() {
    let many = ERROR_DRAFT.repeat(2000);
    let dir = folder(&[("long.txt", many.as_str())]);
    let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .current_dir(dir.path())
        .args(["check", "--format", "json", "long.txt"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("whosaid runs");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("whosaid finishes");
    assert_eq!(code(&out), 1, "the draft has errors: {}", stderr(&out));
    assert!(!stderr(&out).contains("Broken pipe"), "{}", stderr(&out));
}
