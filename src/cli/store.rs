//! `--db` for the front ends: each call the terminal or the desktop app writes (finished, left or
//! closed as abandoned) is stored in the assessor's database as well as kept in its file, through
//! the assessor's import (verified by replay; a call already stored is reported as a duplicate).
//!
//! The database belongs to a thread of its own, with its own async runtime: the app hands files
//! over from whichever thread its systems run on, and a PostgreSQL connection is only ever polled
//! by the runtime that opened it.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};

use doverie_assess::db::Db;
use doverie_assess::import::{self, Contents, ImportOptions, Outcome};
use doverie_core::library::Library;
use doverie_core::locale::Lang;
use fluent_bundle::FluentArgs;

type Request = (PathBuf, Sender<Result<Outcome, String>>);

/// The assessor's database the calls go to.
pub(crate) struct Store {
    url: String,
    requests: Option<Sender<Request>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Store {
    /// The database is closed (SQLite's log folded back into its file) before the program ends.
    fn drop(&mut self) {
        self.requests = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Store {
    /// Opens (and migrates) the database named by `--db` before any call starts, so that a
    /// wrong URL or a database it must refuse is said at once.
    pub(crate) fn open(library: &Library, url: &str) -> Result<Store, String> {
        let (requests, receive) = channel::<Request>();
        let (opened, is_open) = channel();
        let (library, owned_url) = (library.clone(), url.to_string());
        let thread = std::thread::Builder::new()
            .name("doverie-db".into())
            .spawn(move || serve(&library, &owned_url, &opened, &receive))
            .map_err(|e| e.to_string())?;
        is_open
            .recv()
            .map_err(|_| "the database thread stopped".to_string())??;
        Ok(Store {
            url: url.to_string(),
            requests: Some(requests),
            thread: Some(thread),
        })
    }

    /// Stores the transcript at `path`; the line to tell the trainee, in `lang`, and whether it
    /// was stored (or was already).
    pub(crate) fn store(&self, path: &Path, lang: Lang) -> (String, bool) {
        let (reply, answer) = channel();
        let sent = self
            .requests
            .as_ref()
            .ok_or(())
            .and_then(|r| r.send((path.to_path_buf(), reply)).map_err(|_| ()))
            .map_err(|()| "the database thread stopped".to_string());
        let outcome = sent.and_then(|()| {
            answer
                .recv()
                .map_err(|_| "the database thread stopped".to_string())?
        });
        let text = doverie_app::screens::chrome(lang);
        let mut args = FluentArgs::new();
        match outcome {
            Ok(Outcome::Imported { attempt, note }) => {
                args.set("attempt", attempt);
                let mut line = text.get("ui-db-stored", Some(&args));
                if let Some(note) = note {
                    line = format!("{line} ({note})");
                }
                (line, true)
            }
            Ok(Outcome::Duplicate { of, trainee }) => {
                args.set("attempt", of);
                args.set("trainee", trainee);
                (text.get("ui-db-duplicate", Some(&args)), true)
            }
            Ok(Outcome::Refused(reason)) => {
                args.set("reason", reason);
                (text.get("ui-db-refused", Some(&args)), false)
            }
            Err(reason) => {
                args.set("db", self.url.clone());
                args.set("reason", reason);
                (text.get("ui-db-failed", Some(&args)), false)
            }
        }
    }
}

/// The database thread: opens the database, says whether it could, then stores each file it
/// is handed until every [`Store`] handle is gone.
fn serve(
    library: &Library,
    url: &str,
    opened: &Sender<Result<(), String>>,
    requests: &Receiver<Request>,
) {
    let db = match doverie_assess::block_on(Db::open(url)) {
        Ok(db) => db,
        Err(e) => {
            let _ = opened.send(Err(format!("--db {url}: {e}")));
            return;
        }
    };
    let _ = opened.send(Ok(()));
    let mut contents = Contents::new(library.clone());
    // The mode is the transcript's own (every call the program records names it).
    let options = ImportOptions::default();
    for (path, reply) in requests {
        let files = [path];
        let stored = doverie_assess::block_on(import::import(&db, &mut contents, &files, &options))
            .map_err(|e| e.to_string())
            .and_then(|s| {
                s.files
                    .into_iter()
                    .next()
                    .map(|f| f.outcome)
                    .ok_or_else(|| "nothing was imported".to_string())
            });
        let _ = reply.send(stored);
    }
    doverie_assess::block_on(db.pool.close());
}
