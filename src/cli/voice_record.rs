//! `doverie voice record SCENARIO --lang LANG`: a trainer records the caller's lines from the
//! microphone, one after another, with a level meter, a retake and a skip; each take is trimmed
//! and brought to one loudness (`doverie_audio::record`) and written as
//! `assets/voice/LANG/SCENARIO/LINE.wav`, where it takes precedence over the synthetic voice.

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;

use doverie_audio::record;
use doverie_core::locale::Text;

/// Where the takes come from: the microphone, or (in tests) a stand-in.
pub(crate) trait Mic {
    /// Starts a take; false when nothing can be recorded.
    fn start(&mut self) -> bool;
    /// The loudest sample since the last call, 0 to 1.
    fn level(&mut self) -> f32;
    /// Ends the take: its mono samples and their rate.
    fn stop(&mut self) -> Option<(Vec<f32>, u32)>;
}

/// The microphone through the audio thread: a take is written to a temporary WAV file beside
/// the clips, read back and removed.
pub(crate) struct DeviceMic {
    pub audio: doverie_audio::device::Audio,
    pub scratch: PathBuf,
}

impl Mic for DeviceMic {
    fn start(&mut self) -> bool {
        let _ = self.audio.take_input_peak();
        self.audio.start_take(self.scratch.clone())
    }

    fn level(&mut self) -> f32 {
        self.audio.take_input_peak()
    }

    fn stop(&mut self) -> Option<(Vec<f32>, u32)> {
        let (path, _) = self.audio.stop_take()?;
        let rate = self.audio.input_rate()?;
        let samples = doverie_audio::clip::load(&path, rate).ok()?;
        let _ = std::fs::remove_file(&path);
        Some((samples.to_vec(), rate))
    }
}

/// One line to record: its message id (the clip's name) and its words.
pub(crate) struct ToRecord {
    pub id: String,
    pub words: String,
}

/// What the session did.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Recorded {
    pub kept: usize,
    pub skipped: usize,
}

/// Standard input's lines, read by a thread of their own (each at most 4 KiB), so that the level
/// meter can be redrawn while waiting for Enter.
pub(crate) fn lines(input: impl BufRead + Send + 'static) -> Receiver<String> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut input = input;
        loop {
            let mut bytes = Vec::new();
            let read = std::io::Read::take(&mut input, 4097).read_until(b'\n', &mut bytes);
            match read {
                Ok(0) | Err(_) => return,
                Ok(_) => {
                    let text = String::from_utf8_lossy(&bytes).trim().to_string();
                    if tx.send(text).is_err() {
                        return;
                    }
                }
            }
        }
    });
    rx
}

/// Records `lines` into `dir`, asking the trainer at each line. A line that has a clip keeps it
/// unless the trainer records over it; a take is written beside the clips and renamed over the
/// clip only once the trainer keeps it.
pub(crate) fn session(
    lines_in: &Receiver<String>,
    out: &mut dyn Write,
    text: &Text,
    mic: &mut dyn Mic,
    dir: &Path,
    to_record: &[ToRecord],
) -> std::io::Result<Recorded> {
    let live = std::io::stdout().is_terminal();
    let mut done = Recorded::default();
    let total = to_record.len() as u32;
    'lines: for (n, line) in to_record.iter().enumerate() {
        let clip = dir.join(format!("{}.wav", line.id));
        let mut a = fluent_bundle::FluentArgs::new();
        a.set("n", n as u32 + 1);
        a.set("total", total);
        a.set("line", line.id.clone());
        writeln!(out, "\n{}", text.get("ui-record-line", Some(&a)))?;
        writeln!(out, "  «{}»", line.words)?;
        let ask = if clip.is_file() {
            "ui-record-ask-existing"
        } else {
            "ui-record-ask"
        };
        loop {
            writeln!(out, "{}", text.get(ask, None))?;
            out.flush()?;
            let Ok(answer) = lines_in.recv() else {
                break 'lines;
            };
            match answer.as_str() {
                "q" => break 'lines,
                "s" => {
                    done.skipped += 1;
                    continue 'lines;
                }
                "" => {}
                _ => continue,
            }
            if !mic.start() {
                writeln!(out, "{}", text.get("ui-record-no-microphone", None))?;
                return Ok(done);
            }
            writeln!(out, "{}", text.get("ui-record-recording", None))?;
            // Recording until Enter; the meter is redrawn in place on a terminal.
            loop {
                match lines_in.recv_timeout(Duration::from_millis(100)) {
                    Ok(_) => break,
                    Err(RecvTimeoutError::Timeout) => {
                        if live {
                            write!(out, "\r  {}", record::meter(mic.level(), 30))?;
                            out.flush()?;
                        }
                    }
                    Err(RecvTimeoutError::Disconnected) => break,
                }
            }
            if live {
                writeln!(out)?;
            }
            let Some((samples, rate)) = mic.stop() else {
                writeln!(out, "{}", text.get("ui-record-lost", None))?;
                continue;
            };
            let take = dir.join(format!("{}.wav.take", line.id));
            match record::finish(&samples, rate, &take) {
                Err(reason) => {
                    writeln!(out, "{}", text.get1("ui-record-silent", "reason", reason))?;
                    let _ = std::fs::remove_file(&take);
                    continue;
                }
                Ok(seconds) => {
                    let mut a = fluent_bundle::FluentArgs::new();
                    a.set("seconds", format!("{seconds:.1}"));
                    writeln!(out, "{}", text.get("ui-record-keep", Some(&a)))?;
                    out.flush()?;
                    let answer = lines_in.recv().unwrap_or_else(|_| "s".into());
                    if answer == "r" {
                        let _ = std::fs::remove_file(&take);
                        continue;
                    }
                    if answer == "s" || answer == "q" {
                        let _ = std::fs::remove_file(&take);
                        done.skipped += 1;
                        if answer == "q" {
                            break 'lines;
                        }
                        continue 'lines;
                    }
                    std::fs::rename(&take, &clip)?;
                    writeln!(
                        out,
                        "{}",
                        text.get1("ui-record-saved", "path", clip.display().to_string())
                    )?;
                    done.kept += 1;
                    continue 'lines;
                }
            }
        }
    }
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;
    use doverie_core::locale::{Lang, Source};

    /// A microphone that hears what it is given, take after take.
    struct FakeMic {
        takes: Vec<Vec<f32>>,
        started: usize,
    }

    impl Mic for FakeMic {
        fn start(&mut self) -> bool {
            self.started < self.takes.len()
        }
        fn level(&mut self) -> f32 {
            0.5
        }
        fn stop(&mut self) -> Option<(Vec<f32>, u32)> {
            self.started += 1;
            Some((self.takes[self.started - 1].clone(), 8_000))
        }
    }

    fn tone(amplitude: f32) -> Vec<f32> {
        let mut t = vec![0.0; 4_000];
        t.extend((0..8_000).map(|i| amplitude * (i as f32 * 0.3).sin()));
        t
    }

    #[test]
    fn a_trainer_records_retakes_skips_and_keeps_lines() {
        let dir = std::env::temp_dir().join(format!("doverie-voice-record-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("b--hello.wav"), b"an earlier clip").unwrap();
        let text = Text::new(
            Lang::En,
            &[doverie_core::locale::ui_source(Lang::En)],
            &[Source {
                name: "none".into(),
                text: String::new(),
            }],
        );
        let lines_of = |words: &[&str]| {
            words
                .iter()
                .map(|w| ToRecord {
                    id: w.to_string(),
                    words: format!("words of {w}"),
                })
                .collect::<Vec<_>>()
        };
        // Line a: record (silence: refused), record again, retake, record, keep.
        // Line b has a clip: skip keeps it. Line c: record, keep.
        let script = "\n\n\n\nr\n\n\n\ns\n\n\n\n";
        let rx = lines(std::io::Cursor::new(script.as_bytes().to_vec()));
        let mut mic = FakeMic {
            takes: vec![vec![0.0; 8_000], tone(0.5), tone(0.02), tone(0.3)],
            started: 0,
        };
        let mut out = Vec::new();
        let done = session(
            &rx,
            &mut out,
            &text,
            &mut mic,
            &dir,
            &lines_of(&["a--first", "b--hello", "c--last"]),
        )
        .unwrap();
        let shown = String::from_utf8(out).unwrap();
        assert_eq!(
            done,
            Recorded {
                kept: 2,
                skipped: 1
            },
            "{shown}"
        );
        assert!(shown.contains("words of a--first"), "{shown}");
        assert!(shown.contains("silent"), "{shown}");
        assert_eq!(
            std::fs::read(dir.join("b--hello.wav")).unwrap(),
            b"an earlier clip"
        );
        for kept in ["a--first.wav", "c--last.wav"] {
            let clip = doverie_audio::clip::load(&dir.join(kept), 8_000).unwrap();
            assert!((record::rms(&clip) - record::TARGET_RMS).abs() < 0.02);
        }
        let left: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".take"))
            .collect();
        assert!(left.is_empty(), "{left:?}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
