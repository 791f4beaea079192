//! Sound made from numbers: line tones from a [`TonePlan`], the line's hiss, and caller voice
//! clips, mixed into the device's buffers. No device here: a [`Mixer`] fills any `&mut [f32]`,
//! so tests measure exactly what a sound card would play.

use std::sync::Arc;

use super::plan::{AmbienceDef, ToneDef, TonePlan};

/// What the mixer is told to do. Commands take effect at the start of the next buffer.
#[derive(Debug, Clone)]
pub enum Command {
    /// Play a tone of the plan from its start, replacing any tone; `for_ms` stops it after that.
    Tone {
        /// The tone's id in the plan.
        id: String,
        /// How long, or until stopped.
        for_ms: Option<u32>,
    },
    /// Stops the tone.
    StopTone,
    /// The open line's hiss, on or off.
    Ambience(bool),
    /// Play a clip (mono, at the mixer's rate) over whatever plays.
    Clip(Arc<[f32]>),
    /// Stop every sound.
    Silence,
}

/// Decibels to a linear amplitude.
pub fn db(level: f64) -> f64 {
    10f64.powf(level / 20.0)
}

/// Ramp length for tone edges, so that a cadence has no clicks (2 ms).
const RAMP_SECONDS: f64 = 0.002;

/// One tone, sample by sample, with its cadence.
#[derive(Debug, Clone)]
pub struct ToneVoice {
    steps: Vec<f64>,
    phases: Vec<f64>,
    amplitude: f64,
    /// Cadence boundaries in samples (on, off, on, off...); empty for continuous.
    cadence: Vec<u64>,
    period: u64,
    position: u64,
    ramp: u64,
    /// Samples left to play, if limited.
    left: Option<u64>,
}

impl ToneVoice {
    /// A tone at `rate`, for `for_ms` or until stopped.
    pub fn new(def: &ToneDef, rate: u32, for_ms: Option<u32>) -> ToneVoice {
        let rate_f = f64::from(rate);
        let cadence: Vec<u64> = def
            .cadence
            .iter()
            .map(|&ms| (f64::from(ms) * rate_f / 1000.0).round() as u64)
            .collect();
        ToneVoice {
            steps: def
                .frequencies
                .iter()
                .map(|f| std::f64::consts::TAU * f / rate_f)
                .collect(),
            phases: vec![0.0; def.frequencies.len()],
            amplitude: db(def.level) / def.frequencies.len().max(1) as f64,
            period: cadence.iter().sum(),
            cadence,
            position: 0,
            ramp: (RAMP_SECONDS * rate_f).round().max(1.0) as u64,
            left: for_ms.map(|ms| u64::from(ms) * u64::from(rate) / 1000),
        }
    }

    /// The envelope (0-1) at the current position: on or off by the cadence, with ramps.
    fn envelope(&self) -> f64 {
        if self.cadence.is_empty() {
            return (self.position as f64 / self.ramp as f64).min(1.0);
        }
        let mut t = self.position % self.period;
        for (i, &len) in self.cadence.iter().enumerate() {
            if t < len {
                if i % 2 == 1 {
                    return 0.0;
                }
                let from_start = t as f64 / self.ramp as f64;
                let to_end = (len - t) as f64 / self.ramp as f64;
                return from_start.min(to_end).min(1.0);
            }
            t -= len;
        }
        0.0
    }

    /// Whether it has finished.
    pub fn is_done(&self) -> bool {
        self.left == Some(0)
    }

    /// The next sample.
    pub fn next_sample(&mut self) -> f64 {
        if self.is_done() {
            return 0.0;
        }
        let env = self.envelope();
        let mut s = 0.0;
        for (phase, step) in self.phases.iter_mut().zip(&self.steps) {
            s += phase.sin();
            *phase = (*phase + step) % std::f64::consts::TAU;
        }
        self.position += 1;
        if let Some(left) = &mut self.left {
            *left -= 1;
        }
        s * self.amplitude * env
    }
}

/// The hiss of an open line: white noise through a band-pass (one-pole high-pass, then
/// low-pass), from a fixed-seed generator so that tests are exact.
#[derive(Debug, Clone)]
pub struct Hiss {
    state: u64,
    amplitude: f64,
    hp_coef: f64,
    lp_coef: f64,
    hp_prev_in: f64,
    hp_prev_out: f64,
    lp_prev: f64,
}

impl Hiss {
    /// The hiss at `rate`.
    pub fn new(def: &AmbienceDef, rate: u32) -> Hiss {
        let dt = 1.0 / f64::from(rate);
        let rc_hp = 1.0 / (std::f64::consts::TAU * def.low_hz);
        let rc_lp = 1.0 / (std::f64::consts::TAU * def.high_hz);
        Hiss {
            state: 0x9e37_79b9_7f4a_7c15,
            amplitude: db(def.level),
            hp_coef: rc_hp / (rc_hp + dt),
            lp_coef: dt / (rc_lp + dt),
            hp_prev_in: 0.0,
            hp_prev_out: 0.0,
            lp_prev: 0.0,
        }
    }

    /// The next sample, in -1..1.
    pub fn next_sample(&mut self) -> f64 {
        // xorshift64*
        self.state ^= self.state >> 12;
        self.state ^= self.state << 25;
        self.state ^= self.state >> 27;
        let r = self.state.wrapping_mul(0x2545_f491_4f6c_dd1d);
        let white = (r >> 11) as f64 / (1u64 << 53) as f64 * 2.0 - 1.0;
        let hp = self.hp_coef * (self.hp_prev_out + white - self.hp_prev_in);
        self.hp_prev_in = white;
        self.hp_prev_out = hp;
        self.lp_prev += self.lp_coef * (hp - self.lp_prev);
        (self.lp_prev * self.amplitude * 2.0).clamp(-self.amplitude, self.amplitude)
    }
}

/// A clip being played.
#[derive(Debug, Clone)]
struct ClipVoice {
    samples: Arc<[f32]>,
    position: usize,
}

/// Where the limiter starts to bend the signal; the output never reaches 1.0.
const KNEE: f64 = 0.9;

/// Keeps a mixed sample inside (-1, 1) without a hard edge: unchanged below the knee, then
/// bent smoothly towards 1.
pub fn limit(x: f64) -> f64 {
    let a = x.abs();
    if a <= KNEE {
        return x;
    }
    let over = (a - KNEE) / (1.0 - KNEE);
    x.signum() * (KNEE + (1.0 - KNEE) * over.tanh() * 0.999)
}

/// Everything the line plays, mixed into interleaved buffers at one rate and channel count.
pub struct Mixer {
    rate: u32,
    channels: u16,
    plan: TonePlan,
    tone: Option<ToneVoice>,
    hiss: Option<Hiss>,
    clips: Vec<ClipVoice>,
}

impl Mixer {
    /// A mixer of `plan`'s tones at `rate` with `channels` channels.
    pub fn new(plan: TonePlan, rate: u32, channels: u16) -> Mixer {
        Mixer {
            rate: rate.max(1),
            channels: channels.max(1),
            plan,
            tone: None,
            hiss: None,
            clips: Vec::new(),
        }
    }

    /// Its sample rate.
    pub fn rate(&self) -> u32 {
        self.rate
    }

    /// Applies a command (from the next buffer on).
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::Tone { id, for_ms } => {
                self.tone = self
                    .plan
                    .tone(&id)
                    .map(|def| ToneVoice::new(def, self.rate, for_ms));
            }
            Command::StopTone => self.tone = None,
            Command::Ambience(on) => {
                self.hiss = on.then(|| Hiss::new(&self.plan.ambience, self.rate));
            }
            Command::Clip(samples) => {
                // A handful of overlapping clips at most; the oldest gives way.
                if self.clips.len() >= 4 {
                    self.clips.remove(0);
                }
                self.clips.push(ClipVoice {
                    samples,
                    position: 0,
                });
            }
            Command::Silence => {
                self.tone = None;
                self.hiss = None;
                self.clips.clear();
            }
        }
    }

    /// Whether anything is playing.
    pub fn is_playing(&self) -> bool {
        self.tone.as_ref().is_some_and(|t| !t.is_done())
            || self.hiss.is_some()
            || !self.clips.is_empty()
    }

    /// Fills an interleaved buffer (every channel gets the same mono mix).
    pub fn render(&mut self, out: &mut [f32]) {
        let channels = usize::from(self.channels);
        for frame in out.chunks_mut(channels) {
            let mut s = 0.0;
            if let Some(t) = &mut self.tone {
                s += t.next_sample();
            }
            if let Some(h) = &mut self.hiss {
                s += h.next_sample();
            }
            for c in &mut self.clips {
                if let Some(&x) = c.samples.get(c.position) {
                    s += f64::from(x);
                    c.position += 1;
                }
            }
            let y = limit(s) as f32;
            frame.fill(y);
        }
        self.clips.retain(|c| c.position < c.samples.len());
        if self.tone.as_ref().is_some_and(ToneVoice::is_done) {
            self.tone = None;
        }
    }
}
