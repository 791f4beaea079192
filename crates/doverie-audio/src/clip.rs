//! Sound files: caller voice clips read from WAV (hound) or Ogg Vorbis (lewton) into mono
//! samples at the mixer's rate, and the trainee's recorded answers written as WAV.

use std::path::Path;
use std::sync::Arc;

/// The largest clip read (10 minutes of 48 kHz mono): a voice line is seconds long.
const MAX_SAMPLES: usize = 48_000 * 600;

/// Reads a clip as mono samples at `rate`.
pub fn load(path: &Path, rate: u32) -> Result<Arc<[f32]>, String> {
    let is_ogg = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ogg"));
    let (samples, from) = if is_ogg {
        read_ogg(path)?
    } else {
        read_wav(path)?
    };
    Ok(resample(&samples, from, rate).into())
}

fn read_wav(path: &Path) -> Result<(Vec<f32>, u32), String> {
    let bytes = doverie_core::read::read_bounded(path, MAX_CLIP_BYTES)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let reader = hound::WavReader::new(std::io::Cursor::new(bytes))
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let spec = reader.spec();
    let channels = usize::from(spec.channels.max(1));
    let interleaved: Vec<f32> = match spec.sample_format {
        hound::SampleFormat::Float => reader
            .into_samples::<f32>()
            .take(MAX_SAMPLES * channels)
            .collect::<Result<_, _>>()
            .map_err(|e| format!("{}: {e}", path.display()))?,
        hound::SampleFormat::Int => {
            let scale = 1.0 / (1i64 << (spec.bits_per_sample.clamp(1, 32) - 1)) as f32;
            reader
                .into_samples::<i32>()
                .take(MAX_SAMPLES * channels)
                .map(|s| s.map(|v| v as f32 * scale))
                .collect::<Result<_, _>>()
                .map_err(|e| format!("{}: {e}", path.display()))?
        }
    };
    Ok((downmix(&interleaved, channels), spec.sample_rate))
}

fn read_ogg(path: &Path) -> Result<(Vec<f32>, u32), String> {
    let bytes = doverie_core::read::read_bounded(path, MAX_CLIP_BYTES)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let mut reader = lewton::inside_ogg::OggStreamReader::new(std::io::Cursor::new(bytes))
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let channels = usize::from(reader.ident_hdr.audio_channels.max(1));
    let rate = reader.ident_hdr.audio_sample_rate;
    let mut interleaved = Vec::new();
    while let Some(packet) = reader
        .read_dec_packet_itl()
        .map_err(|e| format!("{}: {e}", path.display()))?
    {
        interleaved.extend(packet.iter().map(|&s| f32::from(s) / 32768.0));
        if interleaved.len() > MAX_SAMPLES * channels {
            break;
        }
    }
    Ok((downmix(&interleaved, channels), rate))
}

fn downmix(interleaved: &[f32], channels: usize) -> Vec<f32> {
    interleaved
        .chunks(channels)
        .map(|frame| frame.iter().sum::<f32>() / frame.len() as f32)
        .collect()
}

/// Linear-interpolation resampling (voice clips only; tones are synthesised at the device rate).
pub fn resample(samples: &[f32], from: u32, to: u32) -> Vec<f32> {
    if from == to || samples.is_empty() || from == 0 || to == 0 {
        return samples.to_vec();
    }
    let ratio = f64::from(from) / f64::from(to);
    let len = ((samples.len() as f64) / ratio).floor() as usize;
    (0..len)
        .map(|i| {
            let x = i as f64 * ratio;
            let j = x.floor() as usize;
            let frac = (x - j as f64) as f32;
            let a = samples[j.min(samples.len() - 1)];
            let b = samples[(j + 1).min(samples.len() - 1)];
            a + (b - a) * frac
        })
        .collect()
}

/// Opens `path` for writing as a regular file: never through a symbolic link (a link planted at
/// `CALL.turn-0.wav` is not followed), and never a FIFO, a device or a folder (refused without
/// blocking).
fn create_regular(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    if let Ok(meta) = std::fs::symlink_metadata(path)
        && !meta.is_file()
    {
        return Err(std::io::Error::other("it exists and is not a regular file"));
    }
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o644)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_CLOEXEC)
        .open(path)?;
    if !file.metadata()?.is_file() {
        return Err(std::io::Error::other("it is not a regular file"));
    }
    file.set_len(0)?;
    Ok(file)
}

/// The largest sound file read (a voice line is seconds long).
pub const MAX_CLIP_BYTES: u64 = 128 * 1024 * 1024;

/// The longest take written: one answer, or one line a trainer reads. A device that delivers
/// samples without end (or faster than real time, as some virtual ones do) cannot fill the disk.
pub const MAX_TAKE_SECONDS: u32 = 300;

/// A WAV file being written: mono, 16-bit, at the input device's rate, at most
/// [`MAX_TAKE_SECONDS`] long.
pub struct WavOut {
    writer: hound::WavWriter<std::io::BufWriter<std::fs::File>>,
    frames: u64,
    limit: u64,
    rate: u32,
}

impl WavOut {
    /// A mono 16-bit WAV file at `rate`, created (or truncated) at `path`.
    pub fn create(path: &Path, rate: u32) -> Result<WavOut, String> {
        let spec = hound::WavSpec {
            channels: 1,
            sample_rate: rate,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
        };
        let file = create_regular(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let writer = hound::WavWriter::new(std::io::BufWriter::new(file), spec)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(WavOut {
            writer,
            frames: 0,
            limit: u64::from(rate) * u64::from(MAX_TAKE_SECONDS),
            rate,
        })
    }

    /// Writes mono samples in -1..1, up to the take's limit; those past it are dropped.
    pub fn write(&mut self, samples: &[f32]) -> Result<(), String> {
        let room = usize::try_from(self.limit - self.frames).unwrap_or(usize::MAX);
        let samples = &samples[..samples.len().min(room)];
        for &s in samples {
            let v = (s.clamp(-1.0, 1.0) * 32767.0).round() as i16;
            self.writer.write_sample(v).map_err(|e| e.to_string())?;
        }
        self.frames += samples.len() as u64;
        Ok(())
    }

    /// Whether the take has reached [`MAX_TAKE_SECONDS`] (what follows is not written).
    pub fn is_full(&self) -> bool {
        self.frames >= self.limit
    }

    /// Finishes the file; returns its duration in seconds.
    pub fn finish(self) -> Result<f64, String> {
        let seconds = self.frames as f64 / f64::from(self.rate.max(1));
        self.writer.finalize().map_err(|e| e.to_string())?;
        Ok(seconds)
    }
}

/// Writes mono samples to a WAV file at once.
pub fn write_wav(path: &Path, samples: &[f32], rate: u32) -> Result<f64, String> {
    let mut out = WavOut::create(path, rate)?;
    out.write(samples)?;
    out.finish()
}

/// Interleaved input frames to mono.
pub fn to_mono(interleaved: &[f32], channels: usize) -> Vec<f32> {
    downmix(interleaved, channels.max(1))
}
