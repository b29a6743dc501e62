//! Where a report goes: standard output, or a file written atomically (a
//! temporary file beside it, then a rename), so a killed run never leaves
//! half a report behind; a device or a pipe (`-o /dev/null`) is written
//! in place. The report is written while the drafts are
//! checked, in input order ([`InOrder`]), so it is never held whole.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::io::{IoSlice, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

pub fn write(output: Option<&Path>, report: &str) -> std::io::Result<()> {
    let mut destination = Destination::open(output);
    destination.put(report.as_bytes().to_vec()).ok();
    destination.finish()
}

/// The report's destination, opened before any draft is checked. It keeps
/// the pieces it is given (reports of drafts, blocks of a streamed
/// report) and writes them many to a system call (`writev`) once there
/// are enough, so they are never copied into a buffer. A write that fails
/// is remembered, and everything after it is dropped: the drafts are still
/// checked, since the exit code counts their findings.
pub struct Destination {
    out: Option<Box<dyn Write + Send>>,
    pending: Vec<Cow<'static, [u8]>>,
    pending_bytes: usize,
    /// For a report to a file: the temporary file written, and the file
    /// it becomes.
    rename: Option<(PathBuf, PathBuf)>,
    failed: Option<std::io::Error>,
}

/// How many bytes of pieces are kept before they are written: enough that
/// a run over many small drafts makes few system calls.
const BATCH: usize = 1 << 16;

impl Destination {
    pub fn open(output: Option<&Path>) -> Destination {
        let (out, rename) = match output {
            None => (stdout(), None),
            Some(path) => file(path),
        };
        let (out, failed) = match out {
            Ok(out) => (Some(out), None),
            Err(e) => (None, Some(e)),
        };
        Destination { out, pending: Vec::new(), pending_bytes: 0, rename: rename.filter(|_| failed.is_none()), failed }
    }

    /// Why the destination could not be opened, if it could not: nothing
    /// will be written to it.
    pub fn unopened(&self) -> Option<&std::io::Error> {
        self.out.is_none().then_some(self.failed.as_ref()).flatten()
    }

    /// Adds `piece` to the report; an error once writing has failed.
    pub fn put(&mut self, piece: impl Into<Cow<'static, [u8]>>) -> std::io::Result<()> {
        if self.failed.is_some() {
            return Err(std::io::Error::other("the report could not be written"));
        }
        let piece = piece.into();
        self.pending_bytes += piece.len();
        self.pending.push(piece);
        if self.pending_bytes >= BATCH {
            self.write_pending();
        }
        match self.failed {
            Some(_) => Err(std::io::Error::other("the report could not be written")),
            None => Ok(()),
        }
    }

    fn write_pending(&mut self) {
        let pending = std::mem::take(&mut self.pending);
        self.pending_bytes = 0;
        if let (Some(out), None) = (self.out.as_mut(), &self.failed) {
            if let Err(e) = put_all(out, &pending) {
                self.failed = Some(e);
            }
        }
    }

    /// Writes what is left and moves a report file into place; the first
    /// error of the whole report, if there was one.
    pub fn finish(mut self) -> std::io::Result<()> {
        self.write_pending();
        if let (Some(out), None) = (self.out.as_mut(), &self.failed) {
            if let Err(e) = out.flush() {
                self.failed = Some(e);
            }
        }
        drop(self.out.take());
        if let Some((tmp, path)) = self.rename.take() {
            let result = match self.failed.take() {
                Some(e) => Err(e),
                None => std::fs::rename(&tmp, path),
            };
            if result.is_err() {
                let _ = std::fs::remove_file(&tmp);
            }
            return result;
        }
        self.failed.take().map_or(Ok(()), Err)
    }
}

/// A destination dropped unfinished (a mistake in a configuration file
/// stops the run before any draft is checked) writes nothing, and leaves
/// no temporary file behind.
impl Drop for Destination {
    fn drop(&mut self) {
        drop(self.out.take());
        if let Some((tmp, _)) = self.rename.take() {
            let _ = std::fs::remove_file(tmp);
        }
    }
}

type Opened = (std::io::Result<Box<dyn Write + Send>>, Option<(PathBuf, PathBuf)>);

/// A report file: a regular file, or one not there yet, is written beside
/// itself and renamed into place, in a folder made for it if there is
/// none yet (`--output reports/whosaid.sarif` in a fresh CI checkout).
/// Anything else already there (`/dev/null`, a named pipe, a terminal) is
/// written in place: a rename would put a plain file where the device or
/// the pipe was. A symbolic link is followed, so the link stays and the
/// file it names gets the report. A folder is refused.
fn file(path: &Path) -> Opened {
    let boxed = |f: std::fs::File| Box::new(f) as Box<dyn Write + Send>;
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => return (Err(std::io::Error::other("it is a folder: name a file for the report")), None),
        Ok(m) if !m.is_file() => return (std::fs::OpenOptions::new().write(true).open(path).map(boxed), None),
        _ => {}
    }
    let target = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let dir = target.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "report".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let created = std::fs::create_dir_all(dir).and_then(|()| std::fs::File::create(&tmp));
    (created.map(boxed), Some((tmp, target)))
}

/// Writes `parts` in order, many to a system call (`writev`), so they are
/// not first copied into a buffer.
fn put_all(out: &mut (impl Write + ?Sized), parts: &[Cow<'_, [u8]>]) -> std::io::Result<()> {
    // Linux takes at most 1,024 pieces in one call.
    for batch in parts.chunks(512) {
        let mut slices: Vec<IoSlice<'_>> = batch.iter().map(|part| IoSlice::new(part)).collect();
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

/// The drafts' reports in input order, written as they come in from the
/// threads that check them. A draft whose turn it is writes its report
/// straight to the destination as it makes it ([`InOrder::stream_or`]);
/// one that finishes early is kept in memory until the drafts before it
/// are written.
pub struct InOrder {
    state: Mutex<Order>,
}

struct Order {
    /// The first draft not yet written.
    next: usize,
    /// `None` while a thread writes the next draft's report itself.
    destination: Option<Destination>,
    /// Reports made out of turn; `None` for an input that was not checked.
    waiting: BTreeMap<usize, Option<Vec<u8>>>,
    /// What goes between two drafts' reports (`,` in a JSON array).
    between: &'static str,
    /// A draft's report has been written, so the next needs `between`.
    any: bool,
}

impl Order {
    fn separate(&mut self) {
        let destination = self.destination.as_mut().expect("only the thread whose turn it is writes");
        if self.any {
            destination.put(self.between.as_bytes()).ok();
        }
        self.any = true;
    }

    /// Writes the reports that were waiting for their turn and now have it.
    fn write_waiting(&mut self) {
        if self.destination.is_none() {
            return;
        }
        while let Some(report) = self.waiting.remove(&self.next) {
            if let Some(text) = report {
                self.separate();
                self.destination.as_mut().expect("checked above").put(text).ok();
            }
            self.next += 1;
        }
    }
}

impl InOrder {
    /// `head` is written first; `between` goes between drafts' reports.
    pub fn new(mut destination: Destination, head: &'static str, between: &'static str) -> InOrder {
        destination.put(head.as_bytes()).ok();
        InOrder { state: Mutex::new(Order { next: 0, destination: Some(destination), waiting: BTreeMap::new(), between, any: false }) }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Order> {
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Input `i` was not checked: nothing of it is written.
    pub fn skip(&self, i: usize) {
        let mut order = self.lock();
        order.waiting.insert(i, None);
        order.write_waiting();
    }

    /// The report of input `i`, made whole.
    pub fn put(&self, i: usize, text: impl Into<Vec<u8>>) {
        let mut order = self.lock();
        order.waiting.insert(i, Some(text.into()));
        order.write_waiting();
    }

    /// Writes the report of input `i` with `stream` straight to the
    /// destination when it is its turn, or else puts what `render` makes.
    /// The other threads go on checking meanwhile.
    pub fn stream_or<T: Into<Vec<u8>>>(&self, i: usize, stream: impl FnOnce(&mut Destination), render: impl FnOnce() -> T) {
        let mut destination = {
            let mut order = self.lock();
            if order.next != i || order.destination.is_none() {
                drop(order);
                return self.put(i, render());
            }
            order.separate();
            order.destination.take().expect("checked above")
        };
        stream(&mut destination);
        let mut order = self.lock();
        order.destination = Some(destination);
        order.next += 1;
        order.write_waiting();
    }

    /// The destination, with every report written, for what goes after them.
    pub fn into_destination(self) -> Destination {
        let order = self.state.into_inner().unwrap_or_else(|poisoned| poisoned.into_inner());
        debug_assert!(order.waiting.is_empty(), "every input was written or skipped");
        order.destination.expect("no thread is writing")
    }
}

/// Standard output. On Unix its file descriptor (a copy of it), written to
/// directly: `Stdout` is line-buffered, and searches every write for its
/// last newline, which in a JSON report is one newline in ten megabytes.
/// Whatever `Stdout` still holds goes first, so the report never
/// overtakes it.
#[cfg(unix)]
fn stdout() -> std::io::Result<Box<dyn Write + Send>> {
    use std::os::fd::AsFd;
    std::io::stdout().flush()?;
    Ok(Box::new(std::fs::File::from(std::io::stdout().as_fd().try_clone_to_owned()?)))
}

#[cfg(not(unix))]
fn stdout() -> std::io::Result<Box<dyn Write + Send>> {
    Ok(Box::new(std::io::stdout()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    /// A writer keeping what it is given, at most a few bytes a call, as
    /// a pipe may take them.
    struct Trickle(Arc<Mutex<Vec<u8>>>);

    impl Write for Trickle {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            let n = buf.len().min(3);
            self.0.lock().unwrap().extend_from_slice(&buf[..n]);
            Ok(n)
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn destination(out: impl Write + Send + 'static) -> Destination {
        Destination { out: Some(Box::new(out)), pending: Vec::new(), pending_bytes: 0, rename: None, failed: None }
    }

    #[test]
    fn every_piece_is_written_in_order() {
        let written = Arc::new(Mutex::new(Vec::new()));
        let mut out = destination(Trickle(written.clone()));
        let parts: Vec<String> = (0..1500).map(|i| if i % 7 == 0 { String::new() } else { format!("part {i},").repeat(i % 50) }).collect();
        for part in &parts {
            out.put(part.clone().into_bytes()).unwrap();
        }
        out.finish().unwrap();
        assert_eq!(String::from_utf8(written.lock().unwrap().clone()).unwrap(), parts.concat());
    }

    #[test]
    fn reports_come_out_in_input_order_whatever_order_they_come_in() {
        let written = Arc::new(Mutex::new(Vec::new()));
        let order = InOrder::new(destination(Trickle(written.clone())), "[", ",");
        order.put(2, "two");
        order.skip(1);
        order.stream_or(3, |_| unreachable!("not its turn: 0 is not written yet"), || "three");
        order.stream_or(0, |out| out.put(&b"ze"[..]).and_then(|()| out.put(&b"ro"[..])).unwrap(), || -> &str { unreachable!("its turn") });
        order.skip(5);
        order.stream_or(4, |out| out.put(&b"four"[..]).unwrap(), || -> &str { unreachable!("its turn") });
        let mut out = order.into_destination();
        out.put(&b"]"[..]).unwrap();
        out.finish().unwrap();
        assert_eq!(String::from_utf8(written.lock().unwrap().clone()).unwrap(), "[zero,two,three,four]");
    }

    #[test]
    fn a_report_file_appears_whole_or_not_at_all() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.json");
        let mut out = Destination::open(Some(&path));
        out.put(&b"{}"[..]).unwrap();
        assert!(!path.exists(), "not before it is finished");
        out.finish().unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "{}");
        let other = dir.path().join("other.json");
        drop(Destination::open(Some(&other)));
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "an unfinished report leaves nothing behind");
    }

    #[test]
    fn a_report_file_gets_its_folder_but_a_folder_is_no_report_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reports/ci/whosaid.sarif");
        let mut out = Destination::open(Some(&path));
        assert!(out.unopened().is_none());
        out.put(&b"{}"[..]).unwrap();
        out.finish().unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "{}");
        let folder = Destination::open(Some(dir.path()));
        assert_eq!(folder.unopened().map(ToString::to_string).as_deref(), Some("it is a folder: name a file for the report"));
        assert!(folder.finish().is_err());
    }

    #[test]
    fn a_failed_write_is_reported_and_nothing_after_it_is_written() {
        struct Broken(usize);
        impl Write for Broken {
            fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
                self.0 += 1;
                assert_eq!(self.0, 1, "no write after the first failure");
                Err(std::io::ErrorKind::BrokenPipe.into())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let mut out = destination(Broken(0));
        assert!(out.put(vec![b'a'; BATCH]).is_err(), "a full batch is written at once");
        assert!(out.put(&b"b"[..]).is_err());
        assert_eq!(out.finish().unwrap_err().kind(), std::io::ErrorKind::BrokenPipe);
    }
}
