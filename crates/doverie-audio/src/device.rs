//! The sound card, through cpal, on a thread of its own.
//!
//! `cpal::Stream` is not `Send`, so one thread ("doverie-audio") opens the default output and
//! input devices with their default configuration, owns the streams, and serves a channel:
//! front ends only send messages and never wait on the sound card. The output callback drains
//! its commands at the start of every buffer, so a tone starts within one buffer of the event
//! that caused it. With no device, or a device that fails, there is one notice and the call
//! goes on silently.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, Sender, SyncSender};
use std::time::{Duration, Instant};

use cpal::traits::{DeviceTrait, HostTrait, StreamTrait};
use cpal::{FromSample, SampleFormat, SizedSample};

use super::clip::{self, WavOut};
use super::plan::TonePlan;
use super::synth::{Command, Mixer};

/// What the audio thread is asked to do.
enum Message {
    /// For the output stream's mixer.
    Mix(Command),
    /// Read a clip (on this thread, not the caller's) and play it.
    PlayFile(PathBuf),
    /// Start recording a take into this WAV file (ending any take in progress).
    StartTake(PathBuf),
    /// Stop the take; the reply is its file and duration, if one was being recorded.
    StopTake(Sender<Option<(PathBuf, f64)>>),
    /// Input samples from the input callback (interleaved).
    Input(Vec<f32>),
    Quit,
}

/// How long stopping a take may wait for the audio thread before the take is given up as lost
/// (the device hung). Not a measure of speed: a busy machine answers well within it.
pub const STOP_TAKE_PATIENCE: Duration = Duration::from_secs(120);

/// Measurements of the output callback, for the latency report.
#[derive(Debug, Default)]
pub struct Stats {
    /// Output callbacks so far.
    pub callbacks: AtomicU64,
    /// Output frames so far.
    pub frames: AtomicU64,
    /// Time spent in the output callback, in nanoseconds.
    pub busy_ns: AtomicU64,
    /// The longest output callback, in nanoseconds.
    pub max_busy_ns: AtomicU64,
    /// Playback instant minus callback instant, as the stream reports it (last buffer).
    pub latency_ns: AtomicU64,
    /// Input frames received.
    pub input_frames: AtomicU64,
    /// The loudest input sample since [`Audio::take_input_peak`] last read it (an `f32`'s
    /// bits), for a level meter.
    pub input_peak: AtomicU32,
}

/// What `doverie audio-check` measured.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Report {
    /// The output stream, if one opened.
    pub output: Option<StreamInfo>,
    /// The input stream, if one opened.
    pub input: Option<StreamInfo>,
    /// Output callbacks during the check.
    pub callbacks: u64,
    /// Mean frames per output buffer.
    pub frames_per_buffer: f64,
    /// The period of one buffer, in milliseconds.
    pub buffer_period_ms: f64,
    /// Mean time in the output callback, in milliseconds.
    pub callback_mean_ms: f64,
    /// Longest time in the output callback, in milliseconds.
    pub callback_max_ms: f64,
    /// Mean callback time over the buffer period (1.0 would be the whole period).
    pub cost_ratio_mean: f64,
    /// The longest callback as a share of the buffer's period.
    pub cost_ratio_max: f64,
    /// Playback instant minus callback instant of the last buffer, as the stream reports it.
    pub reported_latency_ms: f64,
    /// Input frames received during the check.
    pub input_frames: u64,
    /// The recorded file and its duration in seconds.
    pub take: Option<(PathBuf, f64)>,
}

impl Report {
    /// What was measured on `audio`, with the recorded take if any.
    pub fn of(audio: &Audio, take: Option<(PathBuf, f64)>) -> Report {
        let s = &audio.stats;
        let callbacks = s.callbacks.load(Ordering::Relaxed);
        let frames = s.frames.load(Ordering::Relaxed);
        let rate = audio.opened.output.as_ref().map_or(0, |o| o.rate);
        let per_buffer = if callbacks > 0 {
            frames as f64 / callbacks as f64
        } else {
            0.0
        };
        let period_ms = if rate > 0 {
            per_buffer * 1000.0 / f64::from(rate)
        } else {
            0.0
        };
        let mean_ms = if callbacks > 0 {
            s.busy_ns.load(Ordering::Relaxed) as f64 / callbacks as f64 / 1e6
        } else {
            0.0
        };
        let max_ms = s.max_busy_ns.load(Ordering::Relaxed) as f64 / 1e6;
        let ratio = |ms: f64| if period_ms > 0.0 { ms / period_ms } else { 0.0 };
        Report {
            output: audio.opened.output.clone(),
            input: audio.opened.input.clone(),
            callbacks,
            frames_per_buffer: per_buffer,
            buffer_period_ms: period_ms,
            callback_mean_ms: mean_ms,
            callback_max_ms: max_ms,
            cost_ratio_mean: ratio(mean_ms),
            cost_ratio_max: ratio(max_ms),
            reported_latency_ms: s.latency_ns.load(Ordering::Relaxed) as f64 / 1e6,
            input_frames: s.input_frames.load(Ordering::Relaxed),
            take,
        }
    }
}

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.output {
            Some(o) => writeln!(
                f,
                "output: {} ({} Hz, {} channels, {})",
                o.device, o.rate, o.channels, o.format
            )?,
            None => writeln!(f, "output: none")?,
        }
        match &self.input {
            Some(i) => writeln!(
                f,
                "input: {} ({} Hz, {} channels, {}), {} frames received",
                i.device, i.rate, i.channels, i.format, self.input_frames
            )?,
            None => writeln!(f, "input: none")?,
        }
        writeln!(
            f,
            "{} buffers of {:.0} frames ({:.2} ms); callback {:.3} ms mean, {:.3} ms max \
             ({:.2}% and {:.2}% of the period); reported output latency {:.2} ms",
            self.callbacks,
            self.frames_per_buffer,
            self.buffer_period_ms,
            self.callback_mean_ms,
            self.callback_max_ms,
            self.cost_ratio_mean * 100.0,
            self.cost_ratio_max * 100.0,
            self.reported_latency_ms
        )?;
        if let Some((path, seconds)) = &self.take {
            write!(f, "recorded {seconds:.2} s into {}", path.display())?;
        }
        Ok(())
    }
}

/// The devices opened, as reported after start.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Opened {
    /// The output stream, if one opened.
    pub output: Option<StreamInfo>,
    /// The input stream, if one opened.
    pub input: Option<StreamInfo>,
}

/// An opened stream.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct StreamInfo {
    /// The device's name.
    pub device: String,
    /// Sample rate, in Hz.
    pub rate: u32,
    /// Channels.
    pub channels: u16,
    /// Sample format.
    pub format: String,
}

/// A handle on the audio thread. Dropping it closes the streams.
pub struct Audio {
    tx: Option<Sender<Message>>,
    notices: std::sync::Mutex<Receiver<Notice>>,
    /// What opened.
    pub opened: Opened,
    /// The output callback's measurements.
    pub stats: Arc<Stats>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl std::fmt::Debug for Audio {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Audio")
            .field("opened", &self.opened)
            .finish()
    }
}

/// Sends a notice once per kind of problem.
#[derive(Clone)]
struct Notices {
    tx: Sender<Notice>,
    device_failed: Arc<AtomicBool>,
}

/// A sound problem. Its [`Notice::message_id`] and [`Notice::detail`] let a front end word it
/// in the trainee's language; `Display` words it in English (logs, the `audio-check` command).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// No output device.
    NoOutput,
    /// The output's configuration cannot be read.
    OutputUnusable(String),
    /// The output stream cannot be opened.
    OutputNotOpened(String),
    /// The sound device failed during the call.
    DeviceFailed(String),
    /// A voice clip cannot be played.
    ClipFailed(String),
    /// An answer cannot be recorded.
    RecordFailed(String),
    /// An answer reached the longest take; the rest of it is not recorded.
    TakeCut,
    /// No microphone.
    NoMicrophone,
    /// The microphone's configuration cannot be read.
    MicrophoneUnusable(String),
    /// The input stream cannot be opened.
    MicrophoneNotOpened(String),
}

impl Notice {
    /// The Fluent message (in `ui.ftl`) that words it; its `$detail` is [`Notice::detail`].
    pub fn message_id(&self) -> &'static str {
        match self {
            Notice::NoOutput => "ui-sound-no-output",
            Notice::OutputUnusable(_) => "ui-sound-output-unusable",
            Notice::OutputNotOpened(_) => "ui-sound-output-not-opened",
            Notice::DeviceFailed(_) => "ui-sound-device-failed",
            Notice::ClipFailed(_) => "ui-sound-clip-failed",
            Notice::RecordFailed(_) => "ui-sound-record-failed",
            Notice::TakeCut => "ui-sound-take-cut",
            Notice::NoMicrophone => "ui-sound-no-microphone",
            Notice::MicrophoneUnusable(_) => "ui-sound-microphone-unusable",
            Notice::MicrophoneNotOpened(_) => "ui-sound-microphone-not-opened",
        }
    }

    /// The system's own words about the cause (as the system gives them), if any.
    pub fn detail(&self) -> Option<&str> {
        match self {
            Notice::NoOutput | Notice::NoMicrophone | Notice::TakeCut => None,
            Notice::OutputUnusable(d)
            | Notice::OutputNotOpened(d)
            | Notice::DeviceFailed(d)
            | Notice::ClipFailed(d)
            | Notice::RecordFailed(d)
            | Notice::MicrophoneUnusable(d)
            | Notice::MicrophoneNotOpened(d) => Some(d),
        }
    }
}

impl std::fmt::Display for Notice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let e = self.detail().unwrap_or_default();
        match self {
            Notice::NoOutput => write!(f, "no sound output device: the call goes on without sound"),
            Notice::OutputUnusable(_) => write!(
                f,
                "the sound output cannot be used ({e}): the call goes on without sound"
            ),
            Notice::OutputNotOpened(_) => write!(
                f,
                "the sound output cannot be opened ({e}): the call goes on without sound"
            ),
            Notice::DeviceFailed(_) => write!(
                f,
                "the sound device failed ({e}); the call goes on without sound"
            ),
            Notice::ClipFailed(_) => write!(f, "cannot play a voice clip: {e}"),
            Notice::RecordFailed(_) => write!(f, "cannot record: {e}"),
            Notice::TakeCut => write!(
                f,
                "an answer is recorded for at most {} minutes: the rest of this one is not",
                clip::MAX_TAKE_SECONDS / 60
            ),
            Notice::NoMicrophone => write!(f, "no microphone: answers are not recorded"),
            Notice::MicrophoneUnusable(_) => write!(
                f,
                "the microphone cannot be used ({e}): answers are not recorded"
            ),
            Notice::MicrophoneNotOpened(_) => write!(
                f,
                "the microphone cannot be opened ({e}): answers are not recorded"
            ),
        }
    }
}

impl Notices {
    fn say(&self, s: Notice) {
        let _ = self.tx.send(s);
    }

    fn device_failed(&self, e: impl std::fmt::Display) {
        if !self.device_failed.swap(true, Ordering::Relaxed) {
            self.say(Notice::DeviceFailed(e.to_string()));
        }
    }
}

impl Audio {
    /// Opens the default output (and, with `record`, the default input) on a thread of its own.
    /// Never fails: what could not be opened is a notice (see [`Audio::notices`]).
    pub fn start(plan: TonePlan, record: bool) -> Audio {
        let (tx, rx) = mpsc::channel();
        let (notice_tx, notices) = mpsc::channel();
        let (opened_tx, opened_rx) = mpsc::sync_channel(1);
        let stats = Arc::new(Stats::default());
        let notices_out = Notices {
            tx: notice_tx,
            device_failed: Arc::new(AtomicBool::new(false)),
        };
        let thread_tx = tx.clone();
        let thread_stats = stats.clone();
        let thread = std::thread::Builder::new()
            .name("doverie-audio".into())
            .spawn(move || {
                run(
                    plan,
                    record,
                    thread_tx,
                    rx,
                    opened_tx,
                    notices_out,
                    thread_stats,
                )
            });
        let (tx, thread, opened) = match thread {
            Ok(t) => {
                // Opening a device takes milliseconds; a stuck driver must not stop the call.
                let opened = opened_rx
                    .recv_timeout(Duration::from_secs(5))
                    .unwrap_or_default();
                (Some(tx), Some(t), opened)
            }
            Err(_) => (None, None, Opened::default()),
        };
        Audio {
            tx,
            notices: std::sync::Mutex::new(notices),
            opened,
            stats,
            thread,
        }
    }

    /// A handle on no sound card, for tests of what front ends do with sound: nothing is heard,
    /// and with `record` a microphone that hears silence is open, so that takes are written (as
    /// WAV files of the silence heard, which is none) by the same thread and code as with a
    /// card.
    pub fn without_devices(record: bool) -> Audio {
        let (tx, rx) = mpsc::channel();
        let (notice_tx, notices) = mpsc::channel();
        let notices_out = Notices {
            tx: notice_tx,
            device_failed: Arc::new(AtomicBool::new(false)),
        };
        let opened = Opened {
            output: None,
            input: record.then(|| StreamInfo {
                device: "none (silence)".into(),
                rate: 48_000,
                channels: 1,
                format: "F32".into(),
            }),
        };
        let thread_opened = opened.clone();
        let thread = std::thread::Builder::new()
            .name("doverie-audio".into())
            .spawn(move || {
                let (mix_tx, _mix_rx) = mpsc::channel();
                serve(&rx, &thread_opened, &mix_tx, &notices_out);
            })
            .ok();
        Audio {
            tx: thread.is_some().then_some(tx),
            notices: std::sync::Mutex::new(notices),
            opened,
            stats: Arc::default(),
            thread,
        }
    }

    /// A handle that plays nothing (for front ends with sound turned off).
    pub fn silent() -> Audio {
        let (_, notices) = mpsc::channel();
        Audio {
            tx: None,
            notices: std::sync::Mutex::new(notices),
            opened: Opened::default(),
            stats: Arc::default(),
            thread: None,
        }
    }

    /// Notices since the last call: each problem once, in English.
    pub fn notices(&self) -> Vec<String> {
        self.take_notices().iter().map(Notice::to_string).collect()
    }

    /// Notices since the last call, each problem once, for a front end to word.
    pub fn take_notices(&self) -> Vec<Notice> {
        self.notices
            .lock()
            .map(|rx| rx.try_iter().collect())
            .unwrap_or_default()
    }

    /// Closes the devices after everything sent so far has been handled; returns the notices
    /// not yet taken.
    pub fn finish(mut self) -> Vec<String> {
        self.send(Message::Quit);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
        self.notices()
    }

    fn send(&self, m: Message) {
        if let Some(tx) = &self.tx {
            let _ = tx.send(m);
        }
    }

    /// Sends a command to the mixer (it takes effect at the next buffer).
    pub fn command(&self, c: Command) {
        self.send(Message::Mix(c));
    }

    /// Plays a voice clip.
    pub fn play_file(&self, path: PathBuf) {
        self.send(Message::PlayFile(path));
    }

    /// Starts recording the trainee into a WAV file (if an input device is open).
    pub fn start_take(&self, path: PathBuf) -> bool {
        if self.opened.input.is_none() {
            return false;
        }
        self.send(Message::StartTake(path));
        true
    }

    /// The loudest input sample since the last call (0 to 1), for a level meter; 0 without a
    /// microphone.
    pub fn take_input_peak(&self) -> f32 {
        f32::from_bits(self.stats.input_peak.swap(0, Ordering::Relaxed))
    }

    /// Whether a microphone is open.
    pub fn has_input(&self) -> bool {
        self.opened.input.is_some()
    }

    /// The microphone's sample rate, if one is open (takes are written at it).
    pub fn input_rate(&self) -> Option<u32> {
        self.opened.input.as_ref().map(|i| i.rate)
    }

    /// Stops the take; returns its file and duration in seconds. The audio thread answers
    /// after the input it has queued, which on a busy machine can take a while: this waits for
    /// it (up to [`STOP_TAKE_PATIENCE`], a guard against a hung device, not a measurement),
    /// since the answer is the trainee's recorded words.
    pub fn stop_take(&self) -> Option<(PathBuf, f64)> {
        let (reply, answer) = mpsc::channel();
        self.send(Message::StopTake(reply));
        answer.recv_timeout(STOP_TAKE_PATIENCE).ok().flatten()
    }
}

impl Drop for Audio {
    fn drop(&mut self) {
        self.send(Message::Quit);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn run(
    plan: TonePlan,
    record: bool,
    tx: Sender<Message>,
    rx: Receiver<Message>,
    opened_tx: SyncSender<Opened>,
    notices: Notices,
    stats: Arc<Stats>,
) {
    let (mix_tx, mix_rx) = mpsc::channel::<Command>();
    let mut opened = Opened::default();
    // ALSA prints its own errors while probing devices; the notices say what matters, once.
    let (host, output, input) = quiet_stderr(|| {
        let host = cpal::default_host();
        let output = open_output(&host, plan, mix_rx, &stats, &notices);
        let input = if record {
            open_input(&host, tx, &stats, &notices)
        } else {
            None
        };
        (host, output, input)
    });
    if let Some((_, info)) = &output {
        opened.output = Some(info.clone());
    }
    if let Some((_, info)) = &input {
        opened.input = Some(info.clone());
    }
    let _ = opened_tx.send(opened.clone());
    serve(&rx, &opened, &mix_tx, &notices);
    drop(input);
    drop(output);
    drop(host);
}

/// The audio thread's work once the devices are open: commands to the mixer, clips read and
/// played, and the takes written from the input's samples, until [`Message::Quit`].
fn serve(rx: &Receiver<Message>, opened: &Opened, mix_tx: &Sender<Command>, notices: &Notices) {
    let output_rate = opened.output.as_ref().map(|info| info.rate);
    let input_channels = opened.input.as_ref().map_or(1, |i| usize::from(i.channels));
    let input_rate = opened.input.as_ref().map_or(48_000, |i| i.rate);
    let mut take: Option<(PathBuf, WavOut)> = None;
    let finish = |take: &mut Option<(PathBuf, WavOut)>| {
        take.take()
            .and_then(|(path, wav)| wav.finish().ok().map(|seconds| (path, seconds)))
    };
    while let Ok(message) = rx.recv() {
        match message {
            Message::Mix(c) => {
                let _ = mix_tx.send(c);
            }
            Message::PlayFile(path) => {
                if let Some(rate) = output_rate {
                    match clip::load(&path, rate) {
                        Ok(samples) => {
                            let _ = mix_tx.send(Command::Clip(samples));
                        }
                        Err(e) => notices.say(Notice::ClipFailed(e.to_string())),
                    }
                }
            }
            Message::StartTake(path) => {
                finish(&mut take);
                match WavOut::create(&path, input_rate) {
                    Ok(w) => take = Some((path, w)),
                    Err(e) => notices.say(Notice::RecordFailed(e.to_string())),
                }
            }
            Message::StopTake(reply) => {
                let _ = reply.send(finish(&mut take));
            }
            Message::Input(samples) => {
                if let Some((_, wav)) = &mut take
                    && !wav.is_full()
                {
                    let mono = clip::to_mono(&samples, input_channels);
                    if let Err(e) = wav.write(&mono) {
                        notices.say(Notice::RecordFailed(e.to_string()));
                        take = None;
                    } else if wav.is_full() {
                        notices.say(Notice::TakeCut);
                    }
                }
            }
            Message::Quit => break,
        }
    }
    finish(&mut take);
}

/// Runs `f` with the process's standard error pointed at /dev/null (the sound library writes
/// its own diagnostics there while probing devices). Only this thread runs meanwhile: the
/// front end waits for the devices to open.
#[cfg(unix)]
fn quiet_stderr<T>(f: impl FnOnce() -> T) -> T {
    // SAFETY: plain descriptor calls on fd 2 and a descriptor this function owns; on any failure
    // standard error is left as it was.
    unsafe {
        let saved = libc::dup(2);
        let null = libc::open(c"/dev/null".as_ptr(), libc::O_WRONLY);
        if saved < 0 || null < 0 {
            if saved >= 0 {
                libc::close(saved);
            }
            if null >= 0 {
                libc::close(null);
            }
            return f();
        }
        libc::dup2(null, 2);
        libc::close(null);
        let out = f();
        libc::dup2(saved, 2);
        libc::close(saved);
        out
    }
}

#[cfg(not(unix))]
fn quiet_stderr<T>(f: impl FnOnce() -> T) -> T {
    f()
}

fn device_name(device: &cpal::Device) -> String {
    device
        .description()
        .map(|d| d.to_string())
        .unwrap_or_else(|_| "default".into())
}

/// What a stream opened with the device's default configuration is.
fn stream_info(device: &cpal::Device, supported: &cpal::SupportedStreamConfig) -> StreamInfo {
    let config = supported.config();
    StreamInfo {
        device: device_name(device),
        rate: config.sample_rate,
        channels: config.channels,
        format: format!("{:?}", supported.sample_format()),
    }
}

fn open_output(
    host: &cpal::Host,
    plan: TonePlan,
    commands: Receiver<Command>,
    stats: &Arc<Stats>,
    notices: &Notices,
) -> Option<(cpal::Stream, StreamInfo)> {
    let Some(device) = host.default_output_device() else {
        notices.say(Notice::NoOutput);
        return None;
    };
    let supported = match device.default_output_config() {
        Ok(c) => c,
        Err(e) => {
            notices.say(Notice::OutputUnusable(e.to_string()));
            return None;
        }
    };
    let config = supported.config();
    let info = stream_info(&device, &supported);
    let mixer = Mixer::new(plan, config.sample_rate, config.channels);
    let stream = match supported.sample_format() {
        SampleFormat::F32 => build_output::<f32>(&device, config, mixer, commands, stats, notices),
        SampleFormat::I16 => build_output::<i16>(&device, config, mixer, commands, stats, notices),
        SampleFormat::U16 => build_output::<u16>(&device, config, mixer, commands, stats, notices),
        SampleFormat::I32 => build_output::<i32>(&device, config, mixer, commands, stats, notices),
        other => Err(format!("sample format {other:?} is not supported")),
    };
    match stream.and_then(|s| s.play().map(|()| s).map_err(|e| e.to_string())) {
        Ok(s) => Some((s, info)),
        Err(e) => {
            notices.say(Notice::OutputNotOpened(e.to_string()));
            None
        }
    }
}

fn build_output<T>(
    device: &cpal::Device,
    config: cpal::StreamConfig,
    mut mixer: Mixer,
    commands: Receiver<Command>,
    stats: &Arc<Stats>,
    notices: &Notices,
) -> Result<cpal::Stream, String>
where
    T: SizedSample + FromSample<f32>,
{
    let stats = stats.clone();
    let channels = u64::from(config.channels.max(1));
    let errors = notices.clone();
    let mut scratch: Vec<f32> = Vec::new();
    device
        .build_output_stream::<T, _, _>(
            config,
            move |out: &mut [T], info: &cpal::OutputCallbackInfo| {
                let started = Instant::now();
                for c in commands.try_iter() {
                    mixer.apply(c);
                }
                if scratch.len() != out.len() {
                    scratch.resize(out.len(), 0.0);
                }
                mixer.render(&mut scratch);
                for (o, &s) in out.iter_mut().zip(&scratch) {
                    *o = T::from_sample(s);
                }
                let ts = info.timestamp();
                if let Some(latency) = ts.playback.checked_duration_since(ts.callback) {
                    stats
                        .latency_ns
                        .store(latency.as_nanos() as u64, Ordering::Relaxed);
                }
                let busy = started.elapsed().as_nanos() as u64;
                stats.callbacks.fetch_add(1, Ordering::Relaxed);
                stats
                    .frames
                    .fetch_add(out.len() as u64 / channels, Ordering::Relaxed);
                stats.busy_ns.fetch_add(busy, Ordering::Relaxed);
                stats.max_busy_ns.fetch_max(busy, Ordering::Relaxed);
            },
            move |e| errors.device_failed(e),
            None,
        )
        .map_err(|e| e.to_string())
}

fn open_input(
    host: &cpal::Host,
    tx: Sender<Message>,
    stats: &Arc<Stats>,
    notices: &Notices,
) -> Option<(cpal::Stream, StreamInfo)> {
    let Some(device) = host.default_input_device() else {
        notices.say(Notice::NoMicrophone);
        return None;
    };
    let supported = match device.default_input_config() {
        Ok(c) => c,
        Err(e) => {
            notices.say(Notice::MicrophoneUnusable(e.to_string()));
            return None;
        }
    };
    let config = supported.config();
    let info = stream_info(&device, &supported);
    let stream = match supported.sample_format() {
        SampleFormat::F32 => build_input::<f32>(&device, config, tx, stats, notices),
        SampleFormat::I16 => build_input::<i16>(&device, config, tx, stats, notices),
        SampleFormat::U16 => build_input::<u16>(&device, config, tx, stats, notices),
        SampleFormat::I32 => build_input::<i32>(&device, config, tx, stats, notices),
        other => Err(format!("sample format {other:?} is not supported")),
    };
    match stream.and_then(|s| s.play().map(|()| s).map_err(|e| e.to_string())) {
        Ok(s) => Some((s, info)),
        Err(e) => {
            notices.say(Notice::MicrophoneNotOpened(e.to_string()));
            None
        }
    }
}

fn build_input<T>(
    device: &cpal::Device,
    config: cpal::StreamConfig,
    tx: Sender<Message>,
    stats: &Arc<Stats>,
    notices: &Notices,
) -> Result<cpal::Stream, String>
where
    T: SizedSample,
    f32: FromSample<T>,
{
    let stats = stats.clone();
    let channels = u64::from(config.channels.max(1));
    let errors = notices.clone();
    device
        .build_input_stream::<T, _, _>(
            config,
            move |data: &[T], _: &cpal::InputCallbackInfo| {
                stats
                    .input_frames
                    .fetch_add(data.len() as u64 / channels, Ordering::Relaxed);
                // The writing happens on the audio thread; this only hands the samples over.
                let samples: Vec<f32> = data.iter().map(|s| s.to_sample::<f32>()).collect();
                let peak = crate::record::peak(&samples);
                let _ = stats
                    .input_peak
                    .fetch_max(peak.to_bits(), Ordering::Relaxed);
                let _ = tx.send(Message::Input(samples));
            },
            move |e| errors.device_failed(e),
            None,
        )
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_device_that_keeps_failing_gives_one_notice() {
        let (tx, rx) = mpsc::channel();
        let notices = Notices {
            tx,
            device_failed: Arc::new(AtomicBool::new(false)),
        };
        for _ in 0..100 {
            notices.clone().device_failed("stream broken");
        }
        let got: Vec<Notice> = rx.try_iter().collect();
        assert_eq!(got, [Notice::DeviceFailed("stream broken".into())]);
        assert!(
            got[0]
                .to_string()
                .contains("the call goes on without sound")
        );
        assert_eq!(got[0].message_id(), "ui-sound-device-failed");
        assert_eq!(got[0].detail(), Some("stream broken"));
    }
}
