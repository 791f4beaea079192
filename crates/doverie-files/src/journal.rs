//! The call journal on disk (the format is [`doverie_core::journal`]): `CALL.json.journal`
//! beside the transcript `CALL.json`, appended and synced after every input, so that a crash, a
//! kill or a power cut loses at most the input in flight.
//!
//! A front end opens the journal before the phone rings ([`CallJournal::open`]: this is also
//! where a bad output is found), calls [`CallJournal::append`] after every step of the call and
//! before it shows what follows, and [`CallJournal::close`] when the call ends or the trainee
//! leaves: the transcript is written and the journal removed. A journal left behind is an
//! interrupted call: [`interrupted`] lists them, [`read_journal`] reads one back (verified), and
//! [`CallJournal::reopen`] goes on with it.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use doverie_core::journal::{self, Entry, JournalError, Journaled, MAX_JOURNAL_BYTES};
use doverie_core::transcript::Transcript;

use crate::write::{self, SaveError, fail};

/// The journal of the call saved at `out`: `out` with `.journal` added.
pub fn journal_path(out: &Path) -> PathBuf {
    let mut name = out.as_os_str().to_owned();
    name.push(".");
    name.push(journal::EXTENSION);
    PathBuf::from(name)
}

/// The transcript a journal is for: its path without `.journal`.
pub fn out_path(journal_file: &Path) -> Option<PathBuf> {
    let name = journal_file.to_str()?;
    name.strip_suffix(&format!(".{}", journal::EXTENSION))
        .filter(|s| !s.is_empty())
        .map(PathBuf::from)
}

/// A call's journal, open for appending.
#[derive(Debug)]
pub struct CallJournal {
    file: File,
    path: PathBuf,
    out: PathBuf,
    entries: u64,
    head: String,
    bytes: u64,
    /// How many of the transcript's inputs and recordings are journaled.
    inputs: usize,
    recordings: usize,
    events: usize,
    /// Whether the call's sound is journaled (bound at the beginning or by an entry).
    sound: bool,
    /// The size the transcript will have (pretty JSON), kept up to date as it grows.
    record_bytes: u64,
    /// What neither the journal nor the transcript may exceed: what the reader accepts.
    limit: u64,
}

/// The bytes `value` adds inside a pretty-printed transcript: its own pretty form, indented
/// (up to three levels deep), and a separator.
fn pretty_size<T: serde::Serialize>(value: &T) -> u64 {
    let text = serde_json::to_string_pretty(value).unwrap_or_default();
    let lines = text.lines().count() as u64;
    text.len() as u64 + 12 * lines + 2
}

impl CallJournal {
    /// Opens the journal of a call to be saved at `out`, before the phone rings: `out`'s folder
    /// must exist and `out` must be writable by this call (see [`write::check_target`]), and the
    /// journal must not exist (an interrupted call is there: `doverie recover`). The journal is
    /// created exclusively, never through a symbolic link, and begins with the call as it stands
    /// (synced).
    pub fn open(out: &Path, transcript: &Transcript) -> Result<CallJournal, SaveError> {
        write::check_target(transcript, out)?;
        let path = journal_path(out);
        write::sweep_stale(write::parent(&path));
        // The journal appears whole with its first entry, or not at all (a kill in between
        // leaves nothing to recover rather than an empty journal).
        let begin = Entry::Begin {
            transcript: Box::new(transcript.clone()),
        };
        let (line, head) = journal::encode(1, journal::GENESIS, &begin);
        if line.len() as u64 > MAX_JOURNAL_BYTES {
            return Err(fail(&path, "the call's record is too large to journal"));
        }
        write::create_with(&path, line.as_bytes()).map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                fail(
                    &path,
                    "an interrupted call is journaled there; run `doverie recover` to resume it or close it",
                )
            } else {
                fail(&path, e)
            }
        })?;
        let file = write::open_append(&path).map_err(|e| fail(&path, e))?;
        lock(&file, &path)?;
        Ok(CallJournal {
            file,
            path,
            out: out.to_path_buf(),
            entries: 1,
            head,
            bytes: line.len() as u64,
            inputs: transcript.inputs.len(),
            recordings: transcript.recordings.len(),
            events: transcript.events.len(),
            sound: transcript.sound.is_some(),
            record_bytes: transcript.to_json().len() as u64,
            limit: MAX_JOURNAL_BYTES,
        })
    }

    /// Goes on with an interrupted call's journal at `path`, read back as `journaled` (a torn
    /// last line is cut off first).
    pub fn reopen(path: &Path, journaled: &Journaled) -> Result<CallJournal, SaveError> {
        let out = out_path(path).ok_or_else(|| fail(path, "not a journal (.journal) file"))?;
        let file = write::open_append(path).map_err(|e| fail(path, e))?;
        lock(&file, path)?;
        file.set_len(journaled.valid_bytes)
            .and_then(|()| file.sync_all())
            .map_err(|e| fail(path, e))?;
        Ok(CallJournal {
            file,
            path: path.to_path_buf(),
            out,
            entries: journaled.entries,
            head: journaled.head.clone(),
            bytes: journaled.valid_bytes,
            inputs: journaled.transcript.inputs.len(),
            recordings: journaled.transcript.recordings.len(),
            events: journaled.transcript.events.len(),
            sound: journaled.transcript.sound.is_some(),
            record_bytes: journaled.transcript.to_json().len() as u64,
            limit: MAX_JOURNAL_BYTES,
        })
    }

    /// Lowers the size limit (for tests of what happens at the limit).
    #[doc(hidden)]
    pub fn set_limit(&mut self, bytes: u64) {
        self.limit = bytes.min(MAX_JOURNAL_BYTES);
    }

    /// The journal's file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Where the call's transcript is written when it closes.
    pub fn out(&self) -> &Path {
        &self.out
    }

    /// Appends the call's sound once it is bound, and every input and recording of
    /// `transcript` not yet journaled, and syncs them to disk. Call it after each step of the
    /// call, before showing what follows.
    pub fn append(&mut self, transcript: &Transcript) -> Result<(), SaveError> {
        let sound = transcript.sound.as_ref().filter(|_| !self.sound);
        let mut entries: Vec<Entry> = sound
            .map(|sound| Entry::Sound {
                sound: sound.clone(),
            })
            .into_iter()
            .collect();
        entries.extend(
            transcript
                .inputs
                .iter()
                .skip(self.inputs)
                .map(|input| Entry::Input {
                    input: input.clone(),
                }),
        );
        entries.extend(
            transcript
                .recordings
                .iter()
                .skip(self.recordings)
                .map(|recording| Entry::Recording {
                    recording: recording.clone(),
                }),
        );
        if entries.is_empty() {
            return Ok(());
        }
        // The transcript this call will write must be one the reader accepts: its growth is
        // counted as it happens (the new inputs, events and recordings), so a call too long to
        // record stops here, with everything before it journaled.
        let (first_input, first_recording) = (self.inputs, self.recordings);
        let grown: u64 = transcript.inputs[first_input.min(transcript.inputs.len())..]
            .iter()
            .map(pretty_size)
            .chain(
                transcript.events[self.events.min(transcript.events.len())..]
                    .iter()
                    .map(pretty_size),
            )
            .chain(
                transcript.recordings[first_recording.min(transcript.recordings.len())..]
                    .iter()
                    .map(pretty_size),
            )
            .chain(sound.map(pretty_size))
            .sum();
        if self.record_bytes + grown > self.limit {
            return Err(fail(
                &self.out,
                format!(
                    "the call's transcript would be larger than {} MiB, more than a transcript may be; the call cannot go on",
                    self.limit / (1024 * 1024)
                ),
            ));
        }
        self.write_entries(&entries)?;
        self.record_bytes += grown;
        self.events = transcript.events.len();
        self.inputs = transcript.inputs.len();
        self.recordings = transcript.recordings.len();
        self.sound |= sound.is_some();
        Ok(())
    }

    fn write_entries(&mut self, entries: &[Entry]) -> Result<(), SaveError> {
        let mut text = String::new();
        let (mut n, mut head) = (self.entries, self.head.clone());
        for entry in entries {
            n += 1;
            let (line, hash) = journal::encode(n, &head, entry);
            text.push_str(&line);
            head = hash;
        }
        // The writer never writes what the reader would refuse, nor a transcript it could not.
        if self.bytes + text.len() as u64 > self.limit {
            return Err(fail(
                &self.path,
                format!(
                    "the call's journal would be larger than {} MiB; the call cannot go on",
                    self.limit / (1024 * 1024)
                ),
            ));
        }
        self.file
            .write_all(text.as_bytes())
            .and_then(|()| self.file.sync_data())
            .map_err(|e| fail(&self.path, e))?;
        self.bytes += text.len() as u64;
        self.entries = n;
        self.head = head;
        Ok(())
    }

    /// Ends the journal: appends what is left, writes the transcript (atomically), then removes
    /// the journal. If the transcript cannot be written the journal stays, and the call can be
    /// recovered from it.
    pub fn close(mut self, transcript: &Transcript) -> Result<PathBuf, SaveError> {
        self.append(transcript)?;
        write::write_transcript(transcript, &self.out)?;
        std::fs::remove_file(&self.path).map_err(|e| fail(&self.path, e))?;
        write::sync_dir(write::parent(&self.path));
        Ok(self.out)
    }
}

/// Takes the journal's lock, held while its call is being played (by this process, until the
/// file is closed): a second writer, `doverie recover` or the app is refused while a call is
/// in progress.
fn lock(file: &File, path: &Path) -> Result<(), SaveError> {
    use std::os::fd::AsRawFd;
    // SAFETY: flock on a file descriptor this `File` owns.
    if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) } == 0 {
        return Ok(());
    }
    let e = std::io::Error::last_os_error();
    if e.raw_os_error() == Some(libc::EWOULDBLOCK) {
        Err(fail(path, "the call is in progress in another doverie"))
    } else {
        Err(fail(path, e))
    }
}

/// Whether the call journaled at `path` is being played now (its writer holds the lock).
pub fn in_progress(path: &Path) -> bool {
    use std::os::fd::AsRawFd;
    let Ok(file) = write::open_append(path) else {
        return false;
    };
    // SAFETY: flock on a file descriptor this `File` owns; the lock goes with the file.
    unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_SH | libc::LOCK_NB) != 0 }
}

/// Holds an interrupted call's journal while it is closed (see [`in_progress`]).
#[derive(Debug)]
pub struct Held {
    _file: File,
}

/// Takes an interrupted call's journal, refusing one in progress.
pub fn hold(path: &Path) -> Result<Held, SaveError> {
    let file = write::open_append(path).map_err(|e| fail(path, e))?;
    lock(&file, path)?;
    Ok(Held { _file: file })
}

/// Reads a journal back, verifying its chain (see [`Journaled::parse`]): a regular file of at
/// most [`MAX_JOURNAL_BYTES`].
pub fn read_journal(path: &Path) -> Result<Journaled, JournalError> {
    let bytes = doverie_core::read::read_bounded(path, MAX_JOURNAL_BYTES)
        .map_err(|e| JournalError::Io(e.to_string()))?;
    Journaled::parse(&bytes)
}

/// The interrupted calls under `dir` (journals left behind), sorted; folders are walked without
/// following symbolic links, a few levels deep.
pub fn interrupted(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    walk(dir, 0, &mut out);
    out.sort();
    out
}

fn walk(dir: &Path, depth: usize, out: &mut Vec<PathBuf>) {
    if depth > 4 {
        return;
    }
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let path = entry.path();
        if kind.is_dir() {
            walk(&path, depth + 1, out);
        } else if kind.is_file() && path.extension().is_some_and(|e| e == journal::EXTENSION) {
            out.push(path);
        }
    }
}
