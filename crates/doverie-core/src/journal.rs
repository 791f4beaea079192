//! The call journal: a call written down as it happens, one entry a line, so that a crash, a kill
//! or a power cut loses at most the input in flight.
//!
//! A journal is JSON Lines. Its first entry begins the call (the transcript as it stood when the
//! journal was opened: a new call's header, or a resumed call's record so far); every later entry
//! is one input of the counsellor's or one recorded answer, in order. Each line carries its number,
//! the hash of the line before it and its own hash (SHA-256 over the previous hash and the entry),
//! so a removed, reordered or edited entry breaks the chain where it happened and is named.
//!
//! The core defines and verifies the format; it writes no file. `doverie-files` appends the lines
//! (and syncs each to disk before the call goes on).

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::protocol::Protocol;
use crate::ron_file::sha256_hex;
use crate::scenario::Scenario;
use crate::transcript::{MAX_TRANSCRIPT_BYTES, Recording, SoundStamp, TimedInput, Transcript};

/// The journal's file name beside its transcript: `CALL.json` is journaled in `CALL.json.journal`.
pub const EXTENSION: &str = "journal";

/// A journal larger than this is refused by the reader, and never written by the writer.
pub const MAX_JOURNAL_BYTES: u64 = MAX_TRANSCRIPT_BYTES;

/// The hash before the first entry.
pub const GENESIS: &str = "doverie-journal-1";

/// One entry of a journal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "entry", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Entry {
    /// The call as it stood when the journal was opened.
    /// The call's transcript as it started (header and opening events).
    Begin {
        /// The transcript.
        transcript: Box<Transcript>,
    },
    /// One input of the counsellor's.
    /// An input of the counsellor's.
    Input {
        /// The input with its turn and time.
        input: TimedInput,
    },
    /// One recorded answer (voice practice).
    /// A recorded answer.
    Recording {
        /// The recording.
        recording: Recording,
    },
    /// The sound the call is played with (bound once, when the front end's sound is set up).
    Sound {
        /// The tone plan and voice clips, by hash.
        sound: SoundStamp,
    },
}

/// The hash of an entry following `prev`.
pub fn entry_hash(prev: &str, entry: &Entry) -> String {
    let json = serde_json::to_string(entry).unwrap_or_default();
    let mut bytes = Vec::with_capacity(prev.len() + 1 + json.len());
    bytes.extend_from_slice(prev.as_bytes());
    bytes.push(b'\n');
    bytes.extend_from_slice(json.as_bytes());
    sha256_hex(&bytes)
}

/// A line of the journal (with its newline) for entry number `n` after `prev`; returns the line
/// and the entry's hash, which the next entry carries.
pub fn encode(n: u64, prev: &str, entry: &Entry) -> (String, String) {
    let hash = entry_hash(prev, entry);
    let line = serde_json::json!({
        "n": n,
        "prev": prev,
        "hash": hash,
        "body": entry,
    });
    (format!("{line}\n"), hash)
}

/// The raw form of a line: refuses unknown fields.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLine {
    n: u64,
    prev: String,
    hash: String,
    body: Entry,
}

/// Why a journal is refused, and where.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum JournalError {
    /// The file could not be read.
    #[error("cannot read the journal: {0}")]
    Io(String),
    /// The journal has no entry.
    #[error("the journal is empty (the call was interrupted before it began)")]
    Empty,
    /// An entry is damaged, missing or out of order.
    #[error("entry {entry}: {reason}")]
    Entry {
        /// The entry's number, from 1.
        entry: u64,
        /// What is wrong with it.
        reason: String,
    },
}

fn at(entry: u64, reason: impl Into<String>) -> JournalError {
    JournalError::Entry {
        entry,
        reason: reason.into(),
    }
}

/// A journal read back and its chain verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Journaled {
    /// The call so far: the beginning's transcript with every later input and recording added.
    /// Its events are the ones recorded at the beginning; [`Journaled::complete`] replays the
    /// inputs and records the rest.
    pub transcript: Transcript,
    /// How many entries the journal holds (the begin entry included).
    pub entries: u64,
    /// The hash of the last entry (the next entry carries it).
    pub head: String,
    /// The byte length of the verified entries: a torn last line (a crash mid-write) lies past it.
    pub valid_bytes: u64,
    /// Whether a torn last line was dropped.
    pub torn_tail: bool,
    /// For each input of the transcript past the beginning, the entry that recorded it.
    input_entries: Vec<u64>,
    /// How many inputs the beginning's transcript held.
    begun_with: usize,
}

impl Journaled {
    /// Reads a journal's text, verifying the chain. A last line without its newline is a write
    /// cut short by a crash and is dropped (the input in flight); any other damage is refused,
    /// naming the entry.
    pub fn parse(bytes: &[u8]) -> Result<Journaled, JournalError> {
        if bytes.len() as u64 > MAX_JOURNAL_BYTES {
            return Err(JournalError::Io(format!(
                "the journal is larger than {} MiB",
                MAX_JOURNAL_BYTES / (1024 * 1024)
            )));
        }
        let mut transcript: Option<Transcript> = None;
        let mut prev = GENESIS.to_string();
        let mut n = 0u64;
        let mut offset = 0usize;
        let mut torn_tail = false;
        let mut input_entries = Vec::new();
        let mut begun_with = 0;
        while offset < bytes.len() {
            let rest = &bytes[offset..];
            let Some(end) = rest.iter().position(|&b| b == b'\n') else {
                // No newline: the last write was cut short.
                torn_tail = true;
                break;
            };
            let expected = n + 1;
            let text = std::str::from_utf8(&rest[..end])
                .map_err(|_| at(expected, "the line is not UTF-8 text"))?;
            let line: RawLine = serde_json::from_str(text)
                .map_err(|e| at(expected, format!("not a journal entry: {e}")))?;
            if line.n != expected {
                return Err(at(
                    expected,
                    format!(
                        "it is numbered {} (an entry was removed, reordered or added before it)",
                        line.n
                    ),
                ));
            }
            if line.prev != prev {
                return Err(at(
                    expected,
                    "it does not follow the entry before it (an entry was removed, reordered or edited)",
                ));
            }
            if entry_hash(&prev, &line.body) != line.hash {
                return Err(at(
                    expected,
                    "its content does not match its hash (it was edited)",
                ));
            }
            match (line.body, &mut transcript) {
                (Entry::Begin { transcript: t }, None) => {
                    t.check_fields()
                        .map_err(|e| at(expected, format!("the call it begins: {e}")))?;
                    begun_with = t.inputs.len();
                    transcript = Some(*t);
                }
                (Entry::Begin { .. }, Some(_)) => {
                    return Err(at(expected, "the call begins a second time"));
                }
                (_, None) => return Err(at(expected, "the call has not begun")),
                (Entry::Input { input }, Some(t)) => {
                    t.inputs.push(input);
                    input_entries.push(expected);
                }
                (Entry::Recording { recording }, Some(t)) => t.recordings.push(recording),
                (Entry::Sound { sound }, Some(t)) => {
                    if !t.bind_sound(sound) {
                        return Err(at(expected, "the call's sound is bound a second time"));
                    }
                    t.check_fields()
                        .map_err(|e| at(expected, format!("the call's sound: {e}")))?;
                }
            }
            prev = line.hash;
            n = expected;
            offset += end + 1;
        }
        let transcript = transcript.ok_or(JournalError::Empty)?;
        Ok(Journaled {
            transcript,
            entries: n,
            head: prev,
            valid_bytes: offset as u64,
            torn_tail,
            input_entries,
            begun_with,
        })
    }

    /// Replays the journaled inputs through the engine and records their events, so that the
    /// transcript is complete and verifies. An input that does not replay is refused with the
    /// entry that holds it.
    pub fn complete(
        &mut self,
        scenario: &Scenario,
        protocol: &Protocol,
    ) -> Result<(), JournalError> {
        let all = std::mem::take(&mut self.transcript.inputs);
        let recordings = std::mem::take(&mut self.transcript.recordings);
        let (begun, added) = all.split_at(self.begun_with.min(all.len()));
        self.transcript.inputs = begun.to_vec();
        let (mut call, _) = self
            .transcript
            .replay(scenario, protocol)
            .map_err(|e| at(1, format!("the call as it began does not verify: {e}")))?;
        for (i, timed) in added.iter().enumerate() {
            let entry = self.input_entries.get(i).copied().unwrap_or(0);
            if call.state.turn != timed.turn || call.state.time != timed.time {
                return Err(at(
                    entry,
                    format!(
                        "the input is recorded at turn {} and {} s, but the call is at turn {} and {} s",
                        timed.turn, timed.time, call.state.turn, call.state.time
                    ),
                ));
            }
            let events = call
                .apply(scenario, &timed.input)
                .map_err(|e| at(entry, format!("the input does not replay: {e}")))?;
            self.transcript.inputs.push(timed.clone());
            self.transcript.record_events(scenario, protocol, &events);
        }
        self.transcript.recordings = recordings;
        self.transcript
            .replay(scenario, protocol)
            .map_err(|e| at(self.entries, e.to_string()))?;
        Ok(())
    }
}

/// Whether a transcript's JSON fits what the reader accepts.
pub fn fits(bytes: usize) -> bool {
    bytes as u64 <= MAX_TRANSCRIPT_BYTES
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Loaded, load};
    use crate::engine::Input;
    use crate::library::Library;
    use crate::session::Session;
    use std::sync::Arc;

    fn mini() -> Loaded {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
        let path = format!("{root}/tests/fixtures/mini/scenarios/mini.ron");
        load(&Library::new(root), &path).unwrap().0
    }

    /// A journal of a call of `mini` with three inputs: the begin entry and one per input.
    fn journal(loaded: &Loaded) -> Vec<String> {
        let (mut session, _) = Session::start(
            Arc::new(loaded.scenario.clone()),
            Arc::new(loaded.protocol.clone()),
            4,
            crate::locale::Lang::En,
            "t-1",
        );
        let mut lines = Vec::new();
        let mut prev = GENESIS.to_string();
        let begin = Entry::Begin {
            transcript: Box::new(session.transcript.clone()),
        };
        let (line, hash) = encode(1, &prev, &begin);
        lines.push(line);
        prev = hash;
        for (n, token) in ["greet", "wait:3", "reflect"].iter().enumerate() {
            session
                .apply(Input::parse_token(token).unwrap(), None)
                .unwrap();
            let input = session.transcript.inputs.last().unwrap().clone();
            let (line, hash) = encode(n as u64 + 2, &prev, &Entry::Input { input });
            lines.push(line);
            prev = hash;
        }
        lines
    }

    fn parse(lines: &[String]) -> Result<Journaled, JournalError> {
        Journaled::parse(lines.concat().as_bytes())
    }

    fn entry_of(e: JournalError) -> u64 {
        match e {
            JournalError::Entry { entry, .. } => entry,
            other => panic!("not located: {other}"),
        }
    }

    #[test]
    fn a_journal_replays_to_the_call_it_records() {
        let loaded = mini();
        let lines = journal(&loaded);
        let mut j = parse(&lines).unwrap();
        assert_eq!((j.entries, j.torn_tail), (4, false));
        j.complete(&loaded.scenario, &loaded.protocol).unwrap();
        assert_eq!(j.transcript.inputs.len(), 3);
        j.transcript
            .replay(&loaded.scenario, &loaded.protocol)
            .unwrap();
    }

    #[test]
    fn a_removed_reordered_or_edited_entry_is_found_where_it_happened() {
        let loaded = mini();
        let lines = journal(&loaded);
        // Entry 2 removed: the next one is found out of place.
        let mut removed = lines.clone();
        removed.remove(1);
        assert_eq!(entry_of(parse(&removed).unwrap_err()), 2);
        // Entries 3 and 4 swapped.
        let mut swapped = lines.clone();
        swapped.swap(2, 3);
        assert_eq!(entry_of(parse(&swapped).unwrap_err()), 3);
        // Entry 3 edited (the wait made longer), its hash left as it was.
        let mut edited = lines.clone();
        edited[2] = edited[2].replace("\"seconds\":3", "\"seconds\":4");
        assert_ne!(edited[2], lines[2]);
        let e = parse(&edited).unwrap_err();
        assert_eq!(entry_of(e.clone()), 3);
        assert!(e.to_string().contains("edited"), "{e}");
        // Entry 3 edited and its hash recomputed: entry 4 no longer follows it.
        let value: serde_json::Value = serde_json::from_str(&edited[2]).unwrap();
        let body: Entry = serde_json::from_value(value["body"].clone()).unwrap();
        let prev = value["prev"].as_str().unwrap();
        edited[2] = encode(3, prev, &body).0;
        assert_eq!(entry_of(parse(&edited).unwrap_err()), 4);
        // Numbers rewritten to hide a removal: the chain still breaks.
        let mut renumbered = removed.clone();
        renumbered[1] = renumbered[1].replace("\"n\":3", "\"n\":2");
        assert_eq!(entry_of(parse(&renumbered).unwrap_err()), 2);
        // An unknown field in an entry is refused, at any depth.
        let mut added = lines.clone();
        added[1] = added[1].replace("\"kind\":\"choose\"", "\"kind\":\"choose\",\"score\":1");
        assert_eq!(entry_of(parse(&added).unwrap_err()), 2);
    }

    #[test]
    fn a_torn_last_line_is_the_input_in_flight_and_is_dropped() {
        let loaded = mini();
        let lines = journal(&loaded);
        let mut text = lines.concat();
        text.truncate(text.len() - 20);
        let mut j = Journaled::parse(text.as_bytes()).unwrap();
        assert!(j.torn_tail);
        assert_eq!(j.entries, 3);
        assert_eq!(j.valid_bytes as usize, lines[..3].concat().len());
        j.complete(&loaded.scenario, &loaded.protocol).unwrap();
        assert_eq!(j.transcript.inputs.len(), 2);
        // A torn line in the middle is damage, and located.
        let mut torn = lines.clone();
        torn[1] = torn[1][..30].to_string() + "\n";
        assert_eq!(entry_of(parse(&torn).unwrap_err()), 2);
        assert_eq!(Journaled::parse(b""), Err(JournalError::Empty));
    }

    #[test]
    fn an_input_that_does_not_replay_names_its_entry() {
        let loaded = mini();
        let lines = journal(&loaded);
        // Entry 2 rewritten (with a valid chain) to an option that is not on the node.
        let value: serde_json::Value = serde_json::from_str(&lines[1]).unwrap();
        let mut body: Entry = serde_json::from_value(value["body"].clone()).unwrap();
        if let Entry::Input { input } = &mut body {
            input.input = Input::Choose {
                option: "reflect".into(),
            };
        }
        let mut forged = vec![lines[0].clone()];
        let (line, _) = encode(2, value["prev"].as_str().unwrap(), &body);
        forged.push(line);
        let mut j = parse(&forged).unwrap();
        let e = j.complete(&loaded.scenario, &loaded.protocol).unwrap_err();
        assert_eq!(entry_of(e), 2);
    }

    #[test]
    fn the_sound_is_journaled_once_and_read_back() {
        use crate::transcript::{FileStamp, SoundStamp};
        let loaded = mini();
        let mut lines = journal(&loaded);
        let sound = SoundStamp {
            tones: FileStamp {
                path: "assets/tones/ru.ron".into(),
                hash: "a1".into(),
            },
            clips: Vec::new(),
        };
        // After the second input: entries 1 to 3, the sound, then the last input renumbered.
        let value: serde_json::Value = serde_json::from_str(&lines[2]).unwrap();
        let prev = value["hash"].as_str().unwrap().to_string();
        let (line, hash) = encode(
            4,
            &prev,
            &Entry::Sound {
                sound: sound.clone(),
            },
        );
        let last: serde_json::Value = serde_json::from_str(&lines[3]).unwrap();
        let body: Entry = serde_json::from_value(last["body"].clone()).unwrap();
        let (tail, _) = encode(5, &hash, &body);
        lines.truncate(3);
        lines.push(line.clone());
        lines.push(tail);
        let mut j = parse(&lines).unwrap();
        assert_eq!(j.transcript.sound.as_ref(), Some(&sound));
        j.complete(&loaded.scenario, &loaded.protocol).unwrap();
        assert_eq!(j.transcript.sound, Some(sound.clone()));
        assert_eq!(j.transcript.inputs.len(), 3);
        // A second binding is refused, where it is.
        let (again, _) = encode(
            5,
            &hash,
            &Entry::Sound {
                sound: sound.clone(),
            },
        );
        let mut twice = lines[..4].to_vec();
        twice.push(again);
        let e = parse(&twice).unwrap_err();
        assert_eq!(entry_of(e.clone()), 5);
        assert!(e.to_string().contains("second time"), "{e}");
        // A sound naming a file outside the content folder is refused.
        let mut outside = sound;
        outside.tones.path = "/etc/passwd".into();
        let (bad, _) = encode(4, &prev, &Entry::Sound { sound: outside });
        let mut bad_lines = lines[..3].to_vec();
        bad_lines.push(bad);
        assert_eq!(entry_of(parse(&bad_lines).unwrap_err()), 4);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

        /// Damaged journals (bytes changed, cut, lines dropped or repeated) never panic the
        /// reader: each is read to a prefix that replays, or refused with the entry named.
        #[test]
        fn a_damaged_journal_is_read_or_refused_never_a_panic(
            flips in proptest::collection::vec((0usize..100_000, proptest::prelude::any::<u8>()), 0..4),
            cut in proptest::option::of(0usize..100_000),
            drop_line in proptest::option::of(0usize..4),
            repeat_line in proptest::option::of(0usize..4),
        ) {
            let loaded = mini();
            let mut lines = journal(&loaded);
            if let Some(i) = drop_line {
                lines.remove(i.min(lines.len() - 1));
            }
            if let Some(i) = repeat_line {
                let i = i.min(lines.len() - 1);
                lines.insert(i, lines[i].clone());
            }
            let mut bytes = lines.concat().into_bytes();
            for (at, b) in flips {
                let n = bytes.len();
                bytes[at % n] = b;
            }
            if let Some(c) = cut {
                bytes.truncate(c % (bytes.len() + 1));
            }
            match Journaled::parse(&bytes) {
                Ok(mut j) => {
                    let entries = j.entries;
                    match j.complete(&loaded.scenario, &loaded.protocol) {
                        Ok(()) => {
                            j.transcript.replay(&loaded.scenario, &loaded.protocol).unwrap();
                        }
                        Err(JournalError::Entry { entry, .. }) => {
                            proptest::prop_assert!((1..=entries).contains(&entry));
                        }
                        Err(e) => proptest::prop_assert!(false, "{e}"),
                    }
                }
                Err(JournalError::Entry { entry, .. }) => proptest::prop_assert!(entry >= 1),
                Err(JournalError::Empty | JournalError::Io(_)) => {}
            }
        }
    }
}
