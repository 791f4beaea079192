//! Writing the trainee's files safely: a new file is created exclusively and never through a
//! symbolic link; a transcript replaces only a transcript of the same call, through a temporary
//! file unique to its writer, synced before it is renamed into place.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use doverie_core::transcript::{MAX_TRANSCRIPT_BYTES, Transcript};

/// Why a file of the trainee's was not written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveError {
    /// The file.
    pub path: PathBuf,
    /// What went wrong.
    pub reason: String,
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "cannot write {}: {}", self.path.display(), self.reason)
    }
}

impl std::error::Error for SaveError {}

impl From<SaveError> for std::io::Error {
    fn from(e: SaveError) -> Self {
        std::io::Error::other(e.to_string())
    }
}

pub(crate) fn fail(path: &Path, reason: impl std::fmt::Display) -> SaveError {
    SaveError {
        path: path.to_path_buf(),
        reason: reason.to_string(),
    }
}

/// Creates `path` as a new file (never an existing one, never through a symbolic link).
pub fn create_new(path: &Path) -> std::io::Result<File> {
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o644)
        .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC)
        .open(path)
}

/// Opens an existing regular file to append to it, never through a symbolic link.
pub fn open_append(path: &Path) -> std::io::Result<File> {
    let file = OpenOptions::new()
        .append(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC | libc::O_NONBLOCK)
        .open(path)?;
    if !file.metadata()?.is_file() {
        return Err(std::io::Error::other("not a regular file"));
    }
    Ok(file)
}

/// Syncs a folder, so that a file created or renamed in it survives a power cut.
pub fn sync_dir(dir: &Path) {
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

pub(crate) fn parent(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Checks that a transcript of `transcript`'s call may be written at `path`: its folder exists,
/// and nothing is there or what is there is a writable doverie transcript of the same call (not a
/// symbolic link, a device, a folder or anything else).
pub fn check_target(transcript: &Transcript, path: &Path) -> Result<(), SaveError> {
    let dir = parent(path);
    match std::fs::metadata(dir) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => return Err(fail(path, format!("{} is not a folder", dir.display()))),
        Err(e) => return Err(fail(path, format!("its folder {}: {e}", dir.display()))),
    }
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(fail(path, e)),
    };
    if meta.file_type().is_symlink() {
        return Err(fail(
            path,
            "it is a symbolic link; doverie does not write through one",
        ));
    }
    if !meta.is_file() {
        return Err(fail(path, "it exists and is not a regular file"));
    }
    if meta.permissions().readonly() {
        return Err(fail(path, "it exists and is read-only"));
    }
    match Transcript::read(path) {
        Ok(existing) if existing.same_call(transcript) => Ok(()),
        Ok(_) => Err(fail(
            path,
            "it holds the transcript of another call; choose another file",
        )),
        Err(_) => Err(fail(
            path,
            "it exists and is not a doverie transcript; choose another file",
        )),
    }
}

/// A temporary file beside `path`, unique to this writer, created exclusively.
fn temporary(path: &Path) -> Result<(PathBuf, File), SaveError> {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "transcript".into());
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    for _ in 0..16 {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let tmp = parent(path).join(format!(".{name}.{}-{nanos}-{n}.part", std::process::id()));
        match create_new(&tmp) {
            Ok(file) => return Ok((tmp, file)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(fail(path, e)),
        }
    }
    Err(fail(path, "no temporary file could be created beside it"))
}

/// Creates `path` holding `bytes`, all at once or not at all: written to a temporary file,
/// synced, then moved into place only if nothing is at `path` (an existing file, link or
/// anything else is an `AlreadyExists` error and is left alone). A kill leaves either no file or
/// the whole file.
pub(crate) fn create_with(path: &Path, bytes: &[u8]) -> Result<(), std::io::Error> {
    let (tmp, mut file) = temporary(path).map_err(std::io::Error::from)?;
    let result = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .and_then(|()| rename_noreplace(&tmp, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result?;
    sync_dir(parent(path));
    Ok(())
}

/// Renames `from` to `to` unless something is at `to`.
fn rename_noreplace(from: &Path, to: &Path) -> std::io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let c = |p: &Path| {
        CString::new(p.as_os_str().as_bytes())
            .map_err(|_| std::io::Error::other("a NUL in the path"))
    };
    let (a, b) = (c(from)?, c(to)?);
    // SAFETY: both are valid NUL-terminated paths; renameat2 reads them and nothing else.
    let r = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_NOREPLACE,
        )
    };
    if r == 0 {
        return Ok(());
    }
    let e = std::io::Error::last_os_error();
    if e.raw_os_error() != Some(libc::EINVAL) && e.raw_os_error() != Some(libc::ENOSYS) {
        return Err(e);
    }
    // A file system without RENAME_NOREPLACE: a hard link is exclusive too.
    std::fs::hard_link(from, to)?;
    std::fs::remove_file(from)
}

/// Removes temporary files left in `dir` by writers that were killed (their process is gone).
pub fn sweep_stale(dir: &Path) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(stem) = name.strip_suffix(".part").filter(|_| name.starts_with('.')) else {
            continue;
        };
        let Some(pid) = stem
            .rsplit('.')
            .next()
            .and_then(|tail| tail.split('-').next())
            .and_then(|pid| pid.parse::<i32>().ok())
        else {
            continue;
        };
        if is_gone(pid) && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Whether the writer `pid` is gone: no such process, or one that has died and not been reaped
/// yet (a zombie still answers signal 0; a killed writer whose parent died first stays one where
/// nothing reaps orphans, as in some containers).
fn is_gone(pid: i32) -> bool {
    if pid <= 0 {
        return false;
    }
    // SAFETY: signal 0 only asks whether the process exists.
    if unsafe { libc::kill(pid, 0) } != 0 {
        return std::io::Error::last_os_error().raw_os_error() == Some(libc::ESRCH);
    }
    // `/proc/PID/stat` is "PID (NAME) STATE ...": the state after the last parenthesis.
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|stat| {
            let state = stat.rsplit_once(") ")?.1.chars().next()?;
            Some(state == 'Z' || state == 'X')
        })
        .unwrap_or(false)
}

/// Writes `bytes` to `path` through a temporary file: synced, then renamed into place, then the
/// folder synced. The temporary file is removed if anything fails.
pub(crate) fn replace_with(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let (tmp, mut file) = temporary(path)?;
    let written = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .and_then(|()| std::fs::rename(&tmp, path));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(fail(path, e));
    }
    sync_dir(parent(path));
    Ok(())
}

/// Writes a transcript atomically, creating its folder: a crash mid-write never leaves half a
/// file; an existing file is replaced only if it is a transcript of the same call; a transcript
/// larger than the reader accepts is refused.
pub fn write_transcript(transcript: &Transcript, path: &Path) -> Result<(), SaveError> {
    let dir = parent(path);
    if !dir.exists() {
        std::fs::create_dir_all(dir).map_err(|e| fail(path, e))?;
    }
    check_target(transcript, path)?;
    sweep_stale(dir);
    let json = transcript.to_json();
    if json.len() as u64 > MAX_TRANSCRIPT_BYTES {
        return Err(fail(
            path,
            format!(
                "the call's record is larger than {} MiB, more than a transcript may be",
                MAX_TRANSCRIPT_BYTES / (1024 * 1024)
            ),
        ));
    }
    replace_with(path, json.as_bytes())
}
