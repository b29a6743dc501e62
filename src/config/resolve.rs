//! Which configuration applies to a draft: the nearest `whosaid.toml` or
//! `.whosaid.toml` walking up from the draft's folder (or the one file
//! given with `--config`, or none with `--isolated`), with the overrides
//! whose globs match the draft laid over its top level.
//!
//! Drafts that end up with the same settings share one [`Config`]: a
//! lexicon with extra words costs a little to build, so each distinct one
//! is built once.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::file::{ConfigError, ConfigFile, Layer, FILE_NAMES};
use super::{absolute, Config};
use crate::check::{rules, RuleSettings, Severity};
use crate::parse::lexicon::{Extras, Lexicon};

/// Where configuration comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// The nearest configuration file above each draft.
    Discover,
    /// This file for every draft.
    Explicit(PathBuf),
    /// No file: the defaults.
    Isolated,
}

type ExtrasKey = (Vec<String>, Vec<String>, Vec<String>);

/// Finds, reads and caches configuration files and the configs built from them.
pub struct Resolver {
    mode: Mode,
    files: Vec<ConfigFile>,
    /// Folder → the index of the configuration file that governs it.
    by_dir: HashMap<PathBuf, Option<usize>>,
    /// The folder [`Resolver::discover`] last answered for, and its answer.
    last_dir: Option<(PathBuf, Option<usize>)>,
    /// (file, overrides that apply) → the config they make.
    configs: HashMap<(Option<usize>, Vec<usize>), Arc<Config>>,
    /// Extra words (verbs, titles, organisations) → the lexicon they make.
    lexicons: HashMap<ExtrasKey, Arc<Lexicon>>,
    default_lexicon: Arc<Lexicon>,
}

impl Resolver {
    /// Reads the `--config` file at once, so a mistake in it stops the run
    /// before any draft is read.
    pub fn new(mode: Mode) -> Result<Resolver, Vec<ConfigError>> {
        let mut files = Vec::new();
        if let Mode::Explicit(path) = &mode {
            files.push(ConfigFile::load(path)?);
        }
        let default_lexicon = crate::parse::lexicon::shared_lexicon();
        Ok(Resolver { mode, files, by_dir: HashMap::new(), last_dir: None, configs: HashMap::new(), lexicons: HashMap::new(), default_lexicon })
    }

    /// The configuration file governing a draft at `path`, if any.
    pub fn file_for(&mut self, path: &Path) -> Result<Option<&ConfigFile>, Vec<ConfigError>> {
        let index = self.index_for(&absolute(path))?;
        Ok(index.map(|i| &self.files[i]))
    }

    /// The index in `files` of the file governing the draft at `abs` (an
    /// absolute path: callers make it once for all they ask of a draft).
    fn index_for(&mut self, abs: &Path) -> Result<Option<usize>, Vec<ConfigError>> {
        match &self.mode {
            Mode::Isolated => Ok(None),
            Mode::Explicit(_) => Ok(Some(0)),
            Mode::Discover => self.discover(abs.parent().unwrap_or(Path::new(""))),
        }
    }

    /// The nearest configuration file in `dir` or above it.
    fn discover(&mut self, dir: &Path) -> Result<Option<usize>, Vec<ConfigError>> {
        // Drafts come folder by folder: the last folder's answer is asked
        // again for each of its drafts, and comparing two paths costs less
        // than hashing one for `by_dir`.
        if let Some((last, found)) = &self.last_dir {
            if last == dir {
                return Ok(*found);
            }
        }
        let found = self.discover_above(dir)?;
        self.last_dir = Some((dir.to_path_buf(), found));
        Ok(found)
    }

    fn discover_above(&mut self, dir: &Path) -> Result<Option<usize>, Vec<ConfigError>> {
        let mut walked = Vec::new();
        let mut found = None;
        for d in dir.ancestors() {
            if let Some(&known) = self.by_dir.get(d) {
                found = known;
                break;
            }
            walked.push(d.to_path_buf());
            if let Some(file) = FILE_NAMES.iter().map(|n| d.join(n)).find(|p| p.is_file()) {
                self.files.push(ConfigFile::load(&file)?);
                found = Some(self.files.len() - 1);
                break;
            }
        }
        for d in walked {
            self.by_dir.insert(d, found);
        }
        Ok(found)
    }

    /// Whether the configuration governing `path` excludes it.
    pub fn excluded(&mut self, path: &Path) -> Result<bool, Vec<ConfigError>> {
        let abs = absolute(path);
        let index = self.index_for(&abs)?;
        Ok(index.is_some_and(|i| self.files[i].excludes(&abs)))
    }

    /// The settings for a draft at `path`: built once for each distinct set
    /// of layers, then shared.
    pub fn config_for(&mut self, path: &Path) -> Result<Arc<Config>, Vec<ConfigError>> {
        let abs = absolute(path);
        let index = self.index_for(&abs)?;
        let overrides = index.map(|i| self.files[i].overrides_for(&abs)).unwrap_or_default();
        let key = (index, overrides);
        if let Some(config) = self.configs.get(&key) {
            return Ok(config.clone());
        }
        let layers: Vec<Layer> = match index {
            Some(i) => {
                let file = &self.files[i];
                std::iter::once(file.base.clone()).chain(key.1.iter().map(|&o| file.overrides[o].layer.clone())).collect()
            }
            None => Vec::new(),
        };
        let config = Arc::new(self.build(&layers));
        self.configs.insert(key, config.clone());
        Ok(config)
    }

    /// How many distinct configs were built (for tests).
    pub fn built(&self) -> usize {
        self.configs.len()
    }

    fn build(&mut self, layers: &[Layer]) -> Config {
        let (rules, fail_at) = settings(layers);
        let mut extras = Extras::default();
        for l in layers {
            extras.verbs.extend(l.extras.verbs.iter().cloned());
            extras.titles.extend(l.extras.titles.iter().cloned());
            extras.organisations.extend(l.extras.organisations.iter().cloned());
        }
        let lexicon = if extras == Extras::default() {
            self.default_lexicon.clone()
        } else {
            let key = (extras.verbs.clone(), extras.titles.clone(), extras.organisations.clone());
            self.lexicons.entry(key).or_insert_with(|| Arc::new(Lexicon::with_extras(&extras))).clone()
        };
        // The first alias that matches wins, so the most specific layer goes first.
        let aliases = layers.iter().rev().flat_map(|l| l.aliases.iter().cloned()).collect();
        Config { rules, fail_at, lexicon, aliases }
    }
}

/// The rules and failing severity the layers make, each laid over the ones
/// before it: `select` replaces the set of rules, a severity sets a rule's
/// level (`off` removes it, any other level adds it back), `ignore` removes.
pub fn settings(layers: &[Layer]) -> (RuleSettings, Severity) {
    let mut on: Vec<bool> = vec![true; rules::ALL.len()];
    let mut level: Vec<Severity> = rules::ALL.iter().map(|r| r.severity).collect();
    let index = |name: &str| rules::ALL.iter().position(|r| r.name == name).expect("names were checked when the file was read");
    let mut fail_at = Severity::Error;
    for layer in layers {
        if let Some(select) = &layer.select {
            for (i, rule) in rules::ALL.iter().enumerate() {
                on[i] = select.contains(&rule.name);
            }
        }
        for &(name, severity) in &layer.severity {
            let i = index(name);
            match severity {
                Some(s) => {
                    on[i] = true;
                    level[i] = s;
                }
                None => on[i] = false,
            }
        }
        for name in &layer.ignore {
            on[index(name)] = false;
        }
        if let Some(s) = layer.min_severity {
            fail_at = s;
        }
    }
    let overrides = rules::ALL.iter().enumerate().map(|(i, r)| (r.name, on[i].then_some(level[i]))).collect();
    (RuleSettings { overrides }, fail_at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) {
        std::fs::create_dir_all(dir.join(name).parent().unwrap()).unwrap();
        std::fs::write(dir.join(name), text).unwrap();
    }

    #[test]
    fn the_nearest_file_governs_and_configs_are_shared() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        write(root, "whosaid.toml", "ignore = [\"anonymous-source\"]\n[[overrides]]\npaths = [\"wire/**\"]\nmin-severity = \"warning\"\n");
        write(root, "desk/.whosaid.toml", "[severity]\nanonymous-source = \"error\"\n");
        let mut r = Resolver::new(Mode::Discover).unwrap();
        let anon = rules::find("anonymous-source").unwrap();
        let top = r.config_for(&root.join("a.md")).unwrap();
        assert_eq!(top.rules.severity(anon), None);
        let wire = r.config_for(&root.join("wire/b/c.md")).unwrap();
        assert_eq!(wire.fail_at, Severity::Warning);
        let desk = r.config_for(&root.join("desk/d.txt")).unwrap();
        assert_eq!(desk.rules.severity(anon), Some(Severity::Error));
        let again = r.config_for(&root.join("e.txt")).unwrap();
        assert!(Arc::ptr_eq(&top, &again));
        assert_eq!(r.built(), 3);
        assert!(Arc::ptr_eq(&top.lexicon, &desk.lexicon), "no extra words, one lexicon");
    }

    #[test]
    fn layers_apply_in_order() {
        let select = Layer { select: Some(vec!["unattributed-quote", "anonymous-source"]), ..Layer::default() };
        let ignore = Layer { ignore: vec!["anonymous-source"], severity: vec![("weasel-attribution", Some(Severity::Error))], ..Layer::default() };
        let (settings, _) = settings(&[select, ignore]);
        let on: Vec<&str> = rules::ALL.iter().filter(|r| settings.severity(r).is_some()).map(|r| r.name).collect();
        assert_eq!(on, ["unattributed-quote", "weasel-attribution"]);
    }
}
