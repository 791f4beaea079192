//! Calls interrupted by a crash, a kill or a power cut (journals left behind in the data folder,
//! see [`doverie_files::journal`]), as the lobby offers them: found, resumed (the journal replayed
//! into a [`LiveCall`], and played on in the same journal) or closed as abandoned (the transcript
//! written, marked so). Either way the record is kept, as with `doverie recover`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use doverie_core::content::Loaded;
use doverie_core::journal::Journaled;
use doverie_core::live::LiveCall;
use doverie_core::locale::Lang;
use doverie_core::session::Session;
use doverie_core::transcript::Mode;
use doverie_files::CallJournal;
use doverie_files::journal::{hold, in_progress, interrupted, out_path, read_journal};

use super::catalog::Catalog;
use super::logic::ActiveCall;

/// An interrupted call as the lobby lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct Interrupted {
    /// Its journal (`CALL.json.journal`).
    pub journal: PathBuf,
    /// Its scenario's id, when the journal could be read.
    pub scenario: Option<String>,
    /// When the call began (seconds since 1970), if the journal says.
    pub started: Option<u64>,
    /// How many inputs were journaled.
    pub inputs: usize,
    /// Why the journal cannot be read, if it cannot.
    pub problem: Option<String>,
}

/// The interrupted calls under the data folder `data`, leaving out those being played now (by
/// another doverie, which holds the journal's lock).
pub fn find(data: &Path) -> Vec<Interrupted> {
    interrupted(data)
        .into_iter()
        .filter(|path| !in_progress(path))
        .map(|journal| match read_journal(&journal) {
            Ok(j) => Interrupted {
                scenario: Some(j.transcript.scenario.id.clone()),
                started: j.transcript.started,
                inputs: j.transcript.inputs.len(),
                problem: None,
                journal,
            },
            Err(e) => Interrupted {
                journal,
                scenario: None,
                started: None,
                inputs: 0,
                problem: Some(e.to_string()),
            },
        })
        .collect()
}

/// A resumed call and how it was played (its language and mode, for the screens).
pub struct Resumed {
    /// The call, ready to play on, its journal reopened.
    pub call: ActiveCall,
    /// The call's language.
    pub lang: Lang,
    /// How it was played (practice or exam, say it first, voice practice).
    pub mode: Mode,
}

/// Reads the journal at `path` and replays it against its scenario in `catalog` (verified).
fn replayed<'a>(catalog: &'a Catalog, path: &Path) -> Result<(Journaled, &'a Loaded), String> {
    let mut journaled = read_journal(path).map_err(|e| e.to_string())?;
    // The id was checked (kebab-case) when the journal was read.
    let id = &journaled.transcript.scenario.id;
    let loaded = &catalog
        .entries
        .iter()
        .find(|e| &e.loaded.scenario.id == id)
        .ok_or_else(|| format!("the scenario {id} is not on offer"))?
        .loaded;
    journaled
        .complete(&loaded.scenario, &loaded.protocol)
        .map_err(|e| e.to_string())?;
    loaded
        .check_texts(&journaled.transcript)
        .and_then(|()| doverie_audio::check_sound(loaded, &journaled.transcript))
        .map_err(|e| e.to_string())?;
    Ok((journaled, loaded))
}

/// Resumes the interrupted call journaled at `path`: its journal is replayed and verified, then
/// reopened, and the call goes on where it stopped (answered, its lines shown).
pub fn resume(
    catalog: &Catalog,
    path: &Path,
    pacing: doverie_core::live::Pacing,
) -> Result<Resumed, String> {
    let out = out_path(path).ok_or("not a .journal file")?;
    let (journaled, loaded) = replayed(catalog, path)?;
    let transcript = journaled.transcript.clone();
    let lang = transcript.locale.parse().unwrap_or_default();
    let mode = transcript.mode.unwrap_or_default();
    let (session, history) = Session::resume(
        Arc::new(loaded.scenario.clone()),
        Arc::new(loaded.protocol.clone()),
        transcript,
    )
    .map_err(|e| e.to_string())?;
    let journal = CallJournal::reopen(path, &journaled).map_err(|e| e.to_string())?;
    let live =
        LiveCall::resumed(session, &history, loaded.text(lang), mode.say_first).with_pacing(pacing);
    Ok(Resumed {
        call: ActiveCall {
            live: Some(live),
            file: Some(out),
            journal: Some(journal),
            save_error: None,
            server: None,
        },
        lang,
        mode,
    })
}

/// Closes the interrupted call journaled at `path` as abandoned: its transcript (every input
/// journaled, marked abandoned) is written and the journal removed. Returns the transcript's
/// path.
pub fn abandon(catalog: &Catalog, path: &Path) -> Result<PathBuf, String> {
    let out = out_path(path).ok_or("not a .journal file")?;
    let _held = hold(path).map_err(|e| e.to_string())?;
    let (journaled, _) = replayed(catalog, path)?;
    let mut transcript = journaled.transcript;
    transcript.abandoned = true;
    doverie_files::write_transcript(&transcript, &out)
        .map_err(|e| format!("{e} (the journal is kept)"))?;
    std::fs::remove_file(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(out)
}

/// "2026-12-03 09:14" (UTC) for seconds since 1970.
pub fn utc_time(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let (h, m) = ((secs % 86_400) / 3600, (secs % 3600) / 60);
    // Days to a civil date (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let mo = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(mo <= 2);
    format!("{y:04}-{mo:02}-{d:02} {h:02}:{m:02}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn utc_time_is_a_civil_date() {
        assert_eq!(super::utc_time(0), "1970-01-01 00:00");
        assert_eq!(super::utc_time(1_796_282_040), "2026-12-03 07:14");
        assert_eq!(super::utc_time(951_782_400), "2000-02-29 00:00");
    }
}
