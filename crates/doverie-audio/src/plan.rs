//! A tone plan: the line tones of one country's telephone network, as data
//! (`assets/tones/NAME.ron`), read with the same positioned errors as scenarios.

use std::path::Path;

use serde::{Deserialize, Serialize};

use doverie_core::diag::{Diagnostic, Pos};
use doverie_core::ron_file::RonFile;

/// A tone plan: the line tones of one country's network, as data (`assets/tones/NAME.ron`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "TonePlan")]
pub struct TonePlan {
    /// Its id.
    pub id: String,
    /// The tones.
    pub tones: Vec<ToneDef>,
    /// The open line's hiss.
    pub ambience: AmbienceDef,
    /// The tone played while the call rings, until the counsellor answers.
    pub ringing: String,
    /// The tone played when the child hangs up.
    pub hung_up: String,
    /// How long the hung-up tone plays, in milliseconds.
    pub hung_up_ms: u32,
    /// SHA-256 of the plan's text as read (bound into the transcript of a call played with it).
    #[serde(skip)]
    pub hash: String,
}

/// A tone: frequencies and a cadence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Tone")]
pub struct ToneDef {
    /// Its id.
    pub id: String,
    /// Frequencies in Hz, summed.
    pub frequencies: Vec<f64>,
    /// On and off times in milliseconds, alternating, starting with on; empty for continuous.
    #[serde(default)]
    pub cadence: Vec<u32>,
    /// Level of the whole tone in dBFS.
    pub level: f64,
}

/// The hiss under a conversation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Ambience")]
pub struct AmbienceDef {
    /// Level in dBFS.
    pub level: f64,
    /// The band of the hiss, in Hz (a telephone line carries about 300-3400 Hz).
    pub low_hz: f64,
    /// The upper edge of the hiss's band, in Hz.
    pub high_hz: f64,
}

/// The Russian tone plan, built into the program (the file under `assets/tones/` is its source).
pub const RU: &str = include_str!("../../../assets/tones/ru.ron");

impl TonePlan {
    /// Reads and checks a tone plan file.
    pub fn read(path: &Path) -> Result<TonePlan, Vec<Diagnostic>> {
        let file = RonFile::read(path).map_err(|d| vec![d])?;
        Self::from_file(&file)
    }

    /// The built-in Russian plan.
    pub fn builtin() -> TonePlan {
        let file = RonFile::from_bytes(Path::new("assets/tones/ru.ron"), RU.as_bytes().to_vec())
            .expect("the built-in tone plan is valid UTF-8");
        Self::from_file(&file).expect("the built-in tone plan checks (tested)")
    }

    fn from_file(file: &RonFile) -> Result<TonePlan, Vec<Diagnostic>> {
        let mut plan: TonePlan = file.parse().map_err(|d| vec![d])?;
        plan.hash = file.hash();
        let mut diags = Vec::new();
        let at = |value: &str| {
            file.map
                .find_in(value, 0, file.text.len())
                .map_or(Pos::START, |l| l.pos)
        };
        for t in &plan.tones {
            if t.frequencies.is_empty()
                || t.frequencies.iter().any(|f| !(20.0..=8000.0).contains(f))
            {
                diags.push(
                    Diagnostic::error(
                        &file.path,
                        at(&t.id),
                        format!("tone \"{}\" needs frequencies between 20 and 8000 Hz", t.id),
                    )
                    .with_hint("e.g. frequencies: [425.0]"),
                );
            }
            if t.cadence.len() % 2 == 1 || t.cadence.contains(&0) {
                diags.push(
                    Diagnostic::error(
                        &file.path,
                        at(&t.id),
                        format!(
                            "tone \"{}\": the cadence must be pairs of on and off times above 0 ms",
                            t.id
                        ),
                    )
                    .with_hint("e.g. cadence: [1000, 4000], or [] for a continuous tone"),
                );
            }
            if !(-90.0..=0.0).contains(&t.level) {
                diags.push(Diagnostic::error(
                    &file.path,
                    at(&t.id),
                    format!("tone \"{}\": level must be between -90 and 0 dBFS", t.id),
                ));
            }
        }
        let a = &plan.ambience;
        if !((-90.0..=0.0).contains(&a.level) && a.low_hz > 0.0 && a.low_hz < a.high_hz) {
            diags.push(Diagnostic::error(
                &file.path,
                Pos::START,
                "ambience: level must be -90..0 dBFS and 0 < low_hz < high_hz".to_string(),
            ));
        }
        for (field, id) in [("ringing", &plan.ringing), ("hung_up", &plan.hung_up)] {
            if plan.tone(id).is_none() {
                let known: Vec<&str> = plan.tones.iter().map(|t| t.id.as_str()).collect();
                diags.push(
                    Diagnostic::error(
                        &file.path,
                        at(id),
                        format!("{field}: no tone \"{id}\" in the plan"),
                    )
                    .with_hint(format!("known tones: {}", known.join(", "))),
                );
            }
        }
        if diags.is_empty() {
            Ok(plan)
        } else {
            Err(diags)
        }
    }

    /// The plan as a transcript binds it: `assets/tones/ID.ron` and the hash of its text.
    pub fn stamp(&self) -> doverie_core::transcript::FileStamp {
        doverie_core::transcript::FileStamp {
            path: format!("assets/tones/{}.ron", self.id),
            hash: self.hash.clone(),
        }
    }

    /// The tone with this id.
    pub fn tone(&self, id: &str) -> Option<&ToneDef> {
        self.tones.iter().find(|t| t.id == id)
    }
}
