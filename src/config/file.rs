//! `whosaid.toml`: what a configuration file may say, read with every
//! key's position so a mistake is reported at its line with the nearest
//! valid name.
//!
//! ```toml
//! select = ["all"]                     # the rules to run (default: all)
//! ignore = ["loaded-attribution-verb"] # rules not to run
//! min-severity = "warning"             # what fails the run (default: error)
//! exclude = ["archive/**"]             # drafts never to check
//! extra-verbs = ["aver avers averred averring"]
//! extra-titles = ["Harbourmaster"]
//! extra-organisations = ["Syndicate"]
//!
//! [severity]
//! anonymous-source = "error"           # error | warning | info | off
//!
//! [aliases]
//! "Okafor" = "Ines Okafor"
//!
//! [[overrides]]
//! paths = ["wire/**"]                  # relative to this file
//! ignore = ["anonymous-source"]
//! ```

use std::fmt;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobBuilder, GlobSet, GlobSetBuilder};
use toml::de::{DeTable, DeValue};
use toml::Spanned;

use crate::check::{rules, Severity};
use crate::parse::lexicon::Extras;

/// The names a configuration file is found by, in order of preference.
pub const FILE_NAMES: &[&str] = &["whosaid.toml", ".whosaid.toml"];

/// Keys allowed at the top of a file.
pub const TOP_KEYS: &[&str] =
    &["select", "ignore", "severity", "min-severity", "exclude", "extra-verbs", "extra-titles", "extra-organisations", "aliases", "overrides"];

/// Keys allowed in an `[[overrides]]` table.
pub const OVERRIDE_KEYS: &[&str] = &["paths", "select", "ignore", "severity", "min-severity", "extra-verbs", "extra-titles", "extra-organisations", "aliases"];

/// Values of `severity.<rule>` and `min-severity`.
const SEVERITIES: &[&str] = &["error", "warning", "info", "off"];

/// In `select` and `ignore`, every rule.
const ALL_RULES: &str = "all";

/// A mistake in a configuration file, at its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub path: PathBuf,
    /// 1-based; 0 when the error is about the whole file (it cannot be read).
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.path.display(), self.message)
        } else {
            write!(f, "{}:{}:{}: {}", self.path.display(), self.line, self.column, self.message)
        }
    }
}

/// What one table of a file sets: the top level or one override.
#[derive(Debug, Clone, Default)]
pub struct Layer {
    /// The rules to run, replacing the rules the layers before chose.
    pub select: Option<Vec<&'static str>>,
    /// Rules not to run.
    pub ignore: Vec<&'static str>,
    /// Per-rule severity; `None` is `off`.
    pub severity: Vec<(&'static str, Option<Severity>)>,
    pub min_severity: Option<Severity>,
    pub extras: Extras,
    pub aliases: Vec<(String, String)>,
}

/// `[[overrides]]`: a layer for the drafts its globs match.
#[derive(Debug, Clone)]
pub struct Override {
    pub paths: GlobSet,
    pub layer: Layer,
}

/// A configuration file, read and checked.
#[derive(Debug, Clone)]
pub struct ConfigFile {
    /// The file as it was found.
    pub path: PathBuf,
    /// The absolute folder it stands in: its globs are relative to it.
    pub dir: PathBuf,
    pub base: Layer,
    pub overrides: Vec<Override>,
    pub exclude: GlobSet,
}

impl ConfigFile {
    /// Reads and checks the file at `path`.
    pub fn load(path: &Path) -> Result<ConfigFile, Vec<ConfigError>> {
        let path = &super::shown(path);
        let text = std::fs::read_to_string(path).map_err(|e| {
            vec![ConfigError {
                path: path.to_path_buf(),
                line: 0,
                column: 0,
                message: if path.is_dir() {
                    format!("cannot read the configuration: it is a folder; name the file, e.g. {}", path.join(FILE_NAMES[0]).display())
                } else {
                    format!("cannot read the configuration: {}", crate::source::io_message(&e))
                },
            }]
        })?;
        let dir = super::absolute(path).parent().map(Path::to_path_buf).unwrap_or_default();
        ConfigFile::parse(path, dir, &text)
    }

    /// Checks the text of a configuration file; `dir` is where its globs start.
    pub fn parse(path: &Path, dir: PathBuf, text: &str) -> Result<ConfigFile, Vec<ConfigError>> {
        let mut reader = Reader { path, text, errors: Vec::new() };
        let table = match DeTable::parse(text) {
            Ok(t) => t,
            Err(e) => {
                let at = e.span().map_or(0, |s| s.start);
                reader.error(at, e.message().trim_end().to_string());
                return Err(reader.errors);
            }
        };
        let table = table.into_inner();
        let mut base = Layer::default();
        let mut overrides = Vec::new();
        let mut exclude = GlobSetBuilder::new().build().expect("an empty set builds");
        for (key, value) in table.iter() {
            match key.get_ref().as_ref() {
                "exclude" => {
                    if let Some(set) = reader.globs(value, "exclude") {
                        exclude = set;
                    }
                }
                "overrides" => overrides = reader.overrides(value),
                name if TOP_KEYS.contains(&name) => reader.layer_key(&mut base, name, value),
                name => reader.unknown_key(key, name, TOP_KEYS, "at the top of the file"),
            }
        }
        if reader.errors.is_empty() {
            Ok(ConfigFile { path: path.to_path_buf(), dir, base, overrides, exclude })
        } else {
            reader.errors.sort_by_key(|e| (e.line, e.column));
            Err(reader.errors)
        }
    }

    /// Whether a draft at `abs` (an absolute path) is excluded.
    pub fn excludes(&self, abs: &Path) -> bool {
        matches_any(&self.exclude, &self.dir, abs)
    }

    /// The overrides that apply to a draft at `abs`, by index.
    pub fn overrides_for(&self, abs: &Path) -> Vec<usize> {
        self.overrides.iter().enumerate().filter(|(_, o)| matches_any(&o.paths, &self.dir, abs)).map(|(i, _)| i).collect()
    }
}

/// A glob matches a draft when it matches its path relative to `dir` or any
/// folder on that path (`archive` excludes everything under `archive/`).
fn matches_any(set: &GlobSet, dir: &Path, abs: &Path) -> bool {
    if set.is_empty() {
        return false;
    }
    let Ok(rel) = abs.strip_prefix(dir) else { return false };
    rel.ancestors().filter(|p| !p.as_os_str().is_empty()).any(|p| set.is_match(p))
}

struct Reader<'a> {
    path: &'a Path,
    text: &'a str,
    errors: Vec<ConfigError>,
}

type Value<'i> = Spanned<DeValue<'i>>;

impl Reader<'_> {
    fn error(&mut self, at: usize, message: String) {
        let before = &self.text[..at.min(self.text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
        self.errors.push(ConfigError { path: self.path.to_path_buf(), line, column, message });
    }

    fn unknown_key(&mut self, key: &Spanned<std::borrow::Cow<'_, str>>, name: &str, valid: &[&str], place: &str) {
        let hint = nearest(name, valid.iter().copied()).map(|n| format!("; did you mean `{n}`?")).unwrap_or_default();
        self.error(key.span().start, format!("unknown key `{name}` {place}{hint}"));
    }

    fn layer_key(&mut self, layer: &mut Layer, name: &str, value: &Value<'_>) {
        match name {
            "select" => layer.select = Some(self.rule_list(value, name)),
            "ignore" => layer.ignore = self.rule_list(value, name),
            "severity" => layer.severity = self.severities(value),
            "min-severity" => {
                if let Some((s, at)) = self.string(value, name) {
                    match Severity::parse(&s) {
                        Some(sev) => layer.min_severity = Some(sev),
                        None => self.bad_severity(at, &s, &["error", "warning", "info"]),
                    }
                }
            }
            "extra-verbs" => layer.extras.verbs = self.strings(value, name),
            "extra-titles" => layer.extras.titles = self.strings(value, name),
            "extra-organisations" => layer.extras.organisations = self.strings(value, name),
            "aliases" => layer.aliases = self.aliases(value),
            _ => unreachable!("layer keys are listed in TOP_KEYS and OVERRIDE_KEYS"),
        }
    }

    fn bad_severity(&mut self, at: usize, given: &str, valid: &[&str]) {
        let hint = nearest(given, valid.iter().copied()).map(|n| format!("; did you mean `{n}`?")).unwrap_or_default();
        self.error(at, format!("`{given}` is not a severity (one of {}){hint}", valid.join(", ")));
    }

    fn string(&mut self, value: &Value<'_>, key: &str) -> Option<(String, usize)> {
        match value.get_ref() {
            DeValue::String(s) => Some((s.to_string(), value.span().start)),
            _ => {
                self.error(value.span().start, format!("`{key}` takes a string"));
                None
            }
        }
    }

    fn array<'v, 'i>(&mut self, value: &'v Value<'i>, key: &str) -> &'v [Value<'i>] {
        match value.get_ref() {
            DeValue::Array(items) => items,
            _ => {
                self.error(value.span().start, format!("`{key}` takes a list, e.g. `{key} = [\"…\"]`"));
                &[]
            }
        }
    }

    fn strings(&mut self, value: &Value<'_>, key: &str) -> Vec<String> {
        let mut out = Vec::new();
        for item in self.array(value, key) {
            if let Some((s, _)) = self.string(item, key) {
                out.push(s);
            }
        }
        out
    }

    /// A list of rule names; `all` stands for every rule.
    fn rule_list(&mut self, value: &Value<'_>, key: &str) -> Vec<&'static str> {
        let mut out = Vec::new();
        for item in self.array(value, key) {
            let Some((name, at)) = self.string(item, key) else { continue };
            if name == ALL_RULES {
                out.extend(rules::ALL.iter().map(|r| r.name));
            } else if let Some(rule) = self.rule(&name, at) {
                out.push(rule);
            }
        }
        out
    }

    fn rule(&mut self, name: &str, at: usize) -> Option<&'static str> {
        match rules::find(name) {
            Some(rule) => Some(rule.name),
            None => {
                let hint = nearest_rule(name).map(|n| format!("; did you mean `{n}`?")).unwrap_or_default();
                self.error(at, format!("unknown rule `{name}`{hint}"));
                None
            }
        }
    }

    fn severities(&mut self, value: &Value<'_>) -> Vec<(&'static str, Option<Severity>)> {
        let DeValue::Table(table) = value.get_ref() else {
            self.error(value.span().start, "`severity` takes a table: `[severity]` with `rule-name = \"warning\"` lines".into());
            return Vec::new();
        };
        let mut out = Vec::new();
        for (key, level) in table.iter() {
            let name = key.get_ref().as_ref();
            let Some(rule) = self.rule(name, key.span().start) else { continue };
            let Some((s, at)) = self.string(level, &format!("severity.{name}")) else { continue };
            match s.as_str() {
                "off" => out.push((rule, None)),
                other => match Severity::parse(other) {
                    Some(sev) => out.push((rule, Some(sev))),
                    None => self.bad_severity(at, other, SEVERITIES),
                },
            }
        }
        out
    }

    fn aliases(&mut self, value: &Value<'_>) -> Vec<(String, String)> {
        let DeValue::Table(table) = value.get_ref() else {
            self.error(value.span().start, "`aliases` takes a table: `[aliases]` with `\"Putin\" = \"Vladimir Putin\"` lines".into());
            return Vec::new();
        };
        let mut out = Vec::new();
        for (key, name) in table.iter() {
            let from = key.get_ref().to_string();
            if let Some((to, _)) = self.string(name, &format!("aliases.{from}")) {
                out.push((from, to));
            }
        }
        out
    }

    fn globs(&mut self, value: &Value<'_>, key: &str) -> Option<GlobSet> {
        let mut builder = GlobSetBuilder::new();
        for item in self.array(value, key) {
            let Some((pattern, at)) = self.string(item, key) else { continue };
            match glob(&pattern) {
                Ok(g) => {
                    builder.add(g);
                }
                Err(e) => self.error(at, format!("`{pattern}` is not a valid glob: {}", e.kind())),
            }
        }
        builder.build().ok()
    }

    fn overrides(&mut self, value: &Value<'_>) -> Vec<Override> {
        let mut out = Vec::new();
        let tables: Vec<&Value<'_>> = match value.get_ref() {
            DeValue::Array(items) => items.iter().collect(),
            _ => {
                self.error(value.span().start, "`overrides` takes tables: write each as `[[overrides]]`".into());
                return out;
            }
        };
        for item in tables {
            let DeValue::Table(table) = item.get_ref() else {
                self.error(item.span().start, "each of `overrides` is a table with `paths = [\"…\"]`".into());
                continue;
            };
            let mut layer = Layer::default();
            let mut paths = None;
            for (key, value) in table.iter() {
                match key.get_ref().as_ref() {
                    "paths" => paths = self.globs(value, "paths"),
                    "exclude" | "overrides" => {
                        self.error(key.span().start, format!("`{}` belongs at the top of the file, not in [[overrides]]", key.get_ref()))
                    }
                    name if OVERRIDE_KEYS.contains(&name) => self.layer_key(&mut layer, name, value),
                    name => self.unknown_key(key, name, OVERRIDE_KEYS, "in [[overrides]]"),
                }
            }
            match paths {
                Some(paths) => out.push(Override { paths, layer }),
                None => self.error(item.span().start, "an `[[overrides]]` table needs `paths = [\"…\"]`".into()),
            }
        }
        out
    }
}

/// A glob as the configuration writes it: `*` stays inside one folder, `**`
/// crosses folders.
pub fn glob(pattern: &str) -> Result<Glob, globset::Error> {
    GlobBuilder::new(pattern.trim_end_matches('/')).literal_separator(true).build()
}

/// How alike (Jaro–Winkler) a mistyped name and a valid one must be for the
/// valid one to be suggested: `ignnore` is 0.97 like `ignore`, while `foo`
/// is no more like any rule than 0.6, and a suggestion then only misleads.
const NEAR_ENOUGH: f64 = 0.8;

/// The valid name nearest to `name` (Jaro–Winkler), if it is near enough to
/// be what was meant.
pub fn nearest<'a>(name: &str, valid: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let (best, score) = valid.map(|v| (v, strsim::jaro_winkler(name, v))).max_by(|a, b| a.1.total_cmp(&b.1))?;
    (score >= NEAR_ENOUGH).then_some(best)
}

/// The rule nearest to a name that is not one, if any is near enough.
pub fn nearest_rule(name: &str) -> Option<&'static str> {
    nearest(name, rules::ALL.iter().map(|r| r.name))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<ConfigFile, Vec<ConfigError>> {
        ConfigFile::parse(Path::new("whosaid.toml"), PathBuf::from("/news"), text)
    }

    fn errors(text: &str) -> Vec<String> {
        parse(text).unwrap_err().into_iter().map(|e| e.to_string()).collect()
    }

    #[test]
    fn a_full_file_reads() {
        let text = r#"
select = ["all"]
ignore = ["loaded-attribution-verb"]
min-severity = "warning"
exclude = ["archive"]
extra-verbs = ["aver avers averred averring"]
extra-titles = ["Harbourmaster"]
extra-organisations = ["Syndicate"]

[severity]
anonymous-source = "error"
weasel-attribution = "off"

[aliases]
"Okafor" = "Ines Okafor"

[[overrides]]
paths = ["wire/**"]
ignore = ["anonymous-source"]
"#;
        let file = parse(text).unwrap();
        assert_eq!(file.base.select.as_ref().unwrap().len(), rules::ALL.len());
        assert_eq!(file.base.ignore, ["loaded-attribution-verb"]);
        assert_eq!(file.base.min_severity, Some(Severity::Warning));
        assert_eq!(file.base.severity, [("anonymous-source", Some(Severity::Error)), ("weasel-attribution", None)]);
        assert_eq!(file.base.aliases, [("Okafor".to_string(), "Ines Okafor".to_string())]);
        assert_eq!(file.base.extras.titles, ["Harbourmaster"]);
        assert!(file.excludes(Path::new("/news/archive/2019/a.md")));
        assert!(!file.excludes(Path::new("/news/today/a.md")));
        assert_eq!(file.overrides_for(Path::new("/news/wire/x/a.md")), [0]);
        assert!(file.overrides_for(Path::new("/news/wirex/a.md")).is_empty());
    }

    #[test]
    fn unknown_keys_and_rules_name_the_line_and_the_nearest_name() {
        assert_eq!(errors("select = []\nignnore = []\n"), ["whosaid.toml:2:1: unknown key `ignnore` at the top of the file; did you mean `ignore`?"]);
        assert_eq!(
            errors("ignore = [\"anonymous-sources\"]\n[severity]\nweasle-attribution = \"loud\"\n"),
            [
                "whosaid.toml:1:11: unknown rule `anonymous-sources`; did you mean `anonymous-source`?",
                "whosaid.toml:3:1: unknown rule `weasle-attribution`; did you mean `weasel-attribution`?",
            ]
        );
        assert_eq!(
            errors("[severity]\nanonymous-source = \"eror\"\n"),
            ["whosaid.toml:2:20: `eror` is not a severity (one of error, warning, info, off); did you mean `error`?"]
        );
        assert_eq!(
            errors("[[overrides]]\npaths = [\"wire/**\"]\nexclude = []\n"),
            ["whosaid.toml:3:1: `exclude` belongs at the top of the file, not in [[overrides]]"]
        );
    }

    #[test]
    fn a_name_like_no_valid_one_gets_no_suggestion() {
        assert_eq!(errors("colour = 3\n"), ["whosaid.toml:1:1: unknown key `colour` at the top of the file"]);
        assert_eq!(errors("ignore = [\"spelling\"]\n"), ["whosaid.toml:1:11: unknown rule `spelling`"]);
        assert_eq!(nearest_rule("foo"), None);
        assert_eq!(nearest_rule("anonymous-sources"), Some("anonymous-source"));
        assert_eq!(nearest_rule("unused-supression"), Some("unused-suppression"));
        assert_eq!(nearest("eror", SEVERITIES.iter().copied()), Some("error"));
    }

    #[test]
    fn a_folder_given_as_the_configuration_names_the_file_to_give() {
        let dir = tempfile::tempdir().unwrap();
        let e = ConfigFile::load(dir.path()).unwrap_err();
        let expected = format!("cannot read the configuration: it is a folder; name the file, e.g. {}", dir.path().join("whosaid.toml").display());
        assert_eq!(e[0].message, expected);
        let e = ConfigFile::load(&dir.path().join("none.toml")).unwrap_err();
        assert_eq!(e[0].message, "cannot read the configuration: no such file or directory");
    }

    #[test]
    fn a_syntax_error_has_its_line() {
        let e = errors("select = [\n\"a\"\nignore = 3\n");
        assert_eq!(e.len(), 1);
        assert!(e[0].starts_with("whosaid.toml:3:"), "{e:?}");
    }

    #[test]
    fn star_stays_in_its_folder() {
        let file = parse("[[overrides]]\npaths = [\"wire/*.md\"]\n").unwrap();
        assert_eq!(file.overrides_for(Path::new("/news/wire/a.md")), [0]);
        assert!(file.overrides_for(Path::new("/news/wire/x/a.md")).is_empty());
    }
}
