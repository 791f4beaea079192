//! Every word a person sees, from Fluent files, in Russian or English.
//!
//! A [`Text`] holds the bundles for one language with English as the fallback: a message missing
//! in Russian is shown in English (and `check` reports it). Isolation marks are off, and numbers
//! are passed as numbers so that Russian plural categories (one, few, many) apply.

use std::fmt;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::scenario::Scenario;

/// The languages doverie ships.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Russian.
    Ru,
}

impl Lang {
    /// Every language, English (the fallback) first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ru];
    /// The language every other falls back to; its text must be complete.
    pub const FALLBACK: Lang = Lang::En;

    /// The code, as files and arguments say it (`en`, `ru`).
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    /// The language identifier Fluent formats with.
    pub fn langid(self) -> LanguageIdentifier {
        match self {
            Lang::En => unic_langid::langid!("en"),
            Lang::Ru => unic_langid::langid!("ru"),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Parses a language name: `ru` or `en`.
impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_lang(s)
    }
}

/// Reads `en` or `ru` (as `--lang` takes them).
pub fn parse_lang(s: &str) -> Result<Lang, String> {
    match s.to_ascii_lowercase().as_str() {
        "en" | "english" => Ok(Lang::En),
        "ru" | "russian" | "русский" => Ok(Lang::Ru),
        other => Err(format!("unknown language \"{other}\": use ru or en")),
    }
}

type Bundle = FluentBundle<FluentResource>;

/// Messages of one language, with the fallback language behind them.
pub struct Text {
    lang: Lang,
    primary: Bundle,
    fallback: Option<Bundle>,
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Text")
            .field("lang", &self.lang)
            .finish_non_exhaustive()
    }
}

/// A Fluent source: its name (for messages) and text.
#[derive(Debug, Clone)]
pub struct Source {
    /// Where the text came from (for messages about it).
    pub name: String,
    /// The Fluent text.
    pub text: String,
}

impl Text {
    /// Builds the text of `lang` from its sources and the fallback language's sources. Syntax
    /// errors are skipped here (Fluent keeps the valid entries); `check` reports them.
    pub fn new(lang: Lang, sources: &[Source], fallback_sources: &[Source]) -> Text {
        let primary = bundle(lang, sources);
        let fallback = (lang != Lang::FALLBACK).then(|| bundle(Lang::FALLBACK, fallback_sources));
        Text {
            lang,
            primary,
            fallback,
        }
    }

    /// The language of the text.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A decimal number as the language writes it, with `digits` after the point: `28.7` in
    /// English, `28,7` in Russian.
    pub fn decimal(&self, value: f64, digits: usize) -> String {
        let formatted = format!("{value:.digits$}");
        match self.lang {
            Lang::Ru => formatted.replace('.', ","),
            Lang::En => formatted,
        }
    }

    /// Whether the message exists in this language itself (not through the fallback).
    pub fn has_own(&self, id: &str) -> bool {
        self.primary.has_message(id)
    }

    /// Whether a message exists, in this language or the fallback.
    pub fn has(&self, id: &str) -> bool {
        self.has_own(id) || self.fallback.as_ref().is_some_and(|b| b.has_message(id))
    }

    /// Formats a message, falling back to English, then to the id in brackets so that a missing
    /// message is visible but never fatal.
    pub fn get(&self, id: &str, args: Option<&FluentArgs>) -> String {
        for bundle in std::iter::once(&self.primary).chain(self.fallback.as_ref()) {
            if let Some(text) = format(bundle, id, args) {
                return text;
            }
        }
        format!("[{id}]")
    }

    /// Like [`Text::get`] with one named argument.
    pub fn get1(
        &self,
        id: &str,
        name: &'static str,
        value: impl Into<FluentValue<'static>>,
    ) -> String {
        let mut args = FluentArgs::new();
        args.set(name, value.into());
        self.get(id, Some(&args))
    }
}

fn bundle(lang: Lang, sources: &[Source]) -> Bundle {
    let mut bundle = Bundle::new_concurrent(vec![lang.langid()]);
    bundle.set_use_isolating(false);
    for source in sources {
        let resource = match FluentResource::try_new(source.text.clone()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        // Duplicate ids keep the first definition; `check` reports them.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn format(bundle: &Bundle, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let msg = bundle.get_message(id)?;
    let pattern = msg.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

/// The arguments every caller line and option gets: `$name`, `$age` (a number, so plurals
/// agree) and `$gender` (`female` or `male`, for Russian verb and adjective agreement).
pub fn caller_args(scenario: &Scenario, text: &Text) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("name", text.get("caller-name", None));
    args.set("age", FluentValue::from(u32::from(scenario.caller.age)));
    args.set("gender", scenario.caller.gender.as_str());
    args
}

/// The program's own words in `lang`, built into the program from `locales/LANG/ui.ftl`, so that
/// a trainer's content folder never needs (or breaks) them.
pub fn ui_source(lang: Lang) -> Source {
    let (name, text) = match lang {
        Lang::En => (
            "locales/en/ui.ftl",
            include_str!("../../../locales/en/ui.ftl"),
        ),
        Lang::Ru => (
            "locales/ru/ui.ftl",
            include_str!("../../../locales/ru/ui.ftl"),
        ),
    };
    Source {
        name: name.to_string(),
        text: text.to_string(),
    }
}

/// The program's own words in `lang` (English behind it), without any content's.
pub fn ui_text(lang: Lang) -> Text {
    Text::new(lang, &[ui_source(lang)], &[ui_source(Lang::FALLBACK)])
}

/// Messages of `ui.ftl` that the front ends use; `check` verifies each language has them.
pub const UI_MESSAGES: &[&str] = &[
    "ui-exam-left-open",
    "ui-exam-reconnected",
    "ui-exam-reconnecting",
    "ui-exam-resuming",
    "ui-exam-starting",
    "ui-exam-stored",
    "gui-login-title",
    "gui-login-server",
    "gui-login-name",
    "gui-login-password",
    "gui-login-waiting",
    "gui-keys-login",
    "gui-exams-title",
    "gui-exams-trainee",
    "gui-exams-none",
    "gui-exams-waiting",
    "gui-exams-opening",
    "gui-exam-heading",
    "gui-exam-open",
    "gui-exam-not-yet",
    "gui-exam-closed",
    "gui-exam-call-new",
    "gui-exam-call-live",
    "gui-exam-call-finished",
    "gui-exam-call-flagged",
    "gui-keys-exams",
    "gui-exam-recorded",
    "gui-exam-sending",
    "gui-exam-stored",
    "gui-exam-flagged",
    "gui-exam-no-display",
    "ui-arc-days-later",
    "ui-arc-weeks-later",
    "ui-arc-call-of",
    "ui-arc-title",
    "ui-arc-explain",
    "ui-arc-calls",
    "ui-arc-call",
    "ui-arc-trajectory",
    "ui-arc-value",
    "ui-arc-rules",
    "ui-arc-rule-kept",
    "ui-arc-rule-broken",
    "ui-arc-no-rules",
    "ui-arc-unfinished",
    "ui-arc-continue",
    "ui-arc-chain-not-in-arc",
    "ui-arc-chain-other-arc",
    "ui-arc-chain-arc-changed",
    "ui-arc-chain-misplaced",
    "ui-arc-chain-missing",
    "ui-arc-chain-too-many",
    "ui-arc-chain-swapped",
    "ui-arc-chain-unlinked",
    "ui-arc-chain-carried",
    "ui-arc-chain-no-value",
    "ui-arc-chain-not-carried",
    "ui-arc-chain-trainee",
    "ui-arc-chain-no-start",
    "ui-arc-chain-early",
    "ui-arc-none-given",
    "ui-arc-not-loaded",
    "explore-arc-title",
    "explore-arc-call",
    "explore-arc-arcs",
    "explore-arc-incomplete",
    "explore-arc-best",
    "explore-arc-worst",
    "explore-arc-none",
    "cli-no-scenario",
    "cli-did-you-mean",
    "cli-scenarios",
    "check-error",
    "check-warning",
    "check-info",
    "check-hint",
    "check-summary",
    "check-voice-summary",
    "check-no-files",
    "check-no-files-hint",
    "ui-call-header",
    "ui-incoming-call",
    "ui-press-enter",
    "ui-you",
    "ui-dispatch-closed",
    "ui-dispatched",
    "ui-service-closed",
    "ui-silence",
    "ui-call-ended",
    "ui-counsellor-hung-up",
    "ui-prompt",
    "ui-dispatch-how",
    "ui-service-open",
    "ui-service-opens",
    "ui-service-never",
    "ui-service-signal",
    "ui-service-closed-today",
    "ui-service-instead",
    "ui-call-summary",
    "ui-transcript-saved",
    "ui-resume-hint",
    "ui-db-stored",
    "ui-db-duplicate",
    "ui-db-refused",
    "ui-db-failed",
    "ui-script-ended",
    "ui-bad-input",
    "ui-caller",
    "ui-status",
    "ui-status-silent",
    "ui-status-limit",
    "ui-status-limit-passed",
    "ui-not-text",
    "ui-input-call-over",
    "ui-input-no-answer",
    "ui-input-no-service",
    "ui-input-unknown",
    "ui-list-sentinel",
    "ui-difficulty-introductory",
    "ui-difficulty-intermediate",
    "ui-difficulty-advanced",
    "ui-debrief-title",
    "ui-debrief-level",
    "ui-debrief-protocol",
    "ui-debrief-critical",
    "ui-debrief-categories",
    "ui-debrief-no-opportunity",
    "ui-debrief-timeline",
    "ui-debrief-end-of-call",
    "ui-debrief-start",
    "ui-debrief-turn",
    "ui-debrief-deviation",
    "ui-debrief-why",
    "ui-debrief-better",
    "ui-debrief-kept",
    "ui-debrief-went-well",
    "ui-debrief-kept-in-category",
    "ui-debrief-nothing-went-well",
    "ui-debrief-end-value",
    "ui-debrief-end-state",
    "ui-debrief-outcome",
    "ui-severity-minor",
    "ui-severity-moderate",
    "ui-severity-major",
    "ui-severity-critical",
    "level-high-compliance",
    "level-compliant",
    "level-partial-compliance",
    "level-low-compliance",
    "level-non-compliant",
    "ui-reason-happened",
    "ui-reason-never",
    "ui-reason-never-after",
    "ui-reason-late",
    "ui-record-line",
    "ui-record-ask",
    "ui-record-ask-existing",
    "ui-record-recording",
    "ui-record-no-microphone",
    "ui-record-lost",
    "ui-record-silent",
    "ui-record-keep",
    "ui-record-saved",
    "ui-record-done",
    "ui-rescored",
    "ui-rescore-refused",
    "ui-reason-overdue",
    "ui-reason-without-consent",
    "ui-reason-consent",
    "ui-reason-consent-unless",
    "ui-reason-ended",
    "ui-reason-within",
    "ui-reason-too-early",
    "ui-reason-only-after",
    "ui-reason-only-after-unless",
    "ui-reason-never-done",
    "ui-reason-eventually",
    "ui-reason-eventually-after",
    "ui-cue",
    "ui-cue-or",
    "ui-cue-closed-dispatch",
    "ui-cue-any-dispatch",
    "ui-cue-call-start",
    "ui-cue-hang-up",
    "ui-cue-silence",
    "ui-window-turns",
    "ui-window-seconds",
    "ui-window-turns-or-seconds",
    "ui-window-none",
    "explore-all",
    "explore-stopped",
    "explore-summary",
    "explore-summary-rules",
    "explore-blow-up",
    "explore-blow-up-variable",
    "explore-blow-up-nodes",
    "explore-blow-up-hint",
    "explore-endings",
    "explore-counsellor-hangs-up",
    "explore-no-seed",
    "explore-none",
    "explore-unreached-nodes",
    "explore-unreached-options",
    "explore-option-condition-never-holds",
    "explore-dead-ends",
    "explore-traps",
    "explore-stuck",
    "explore-scores-partial",
    "explore-scores-worst-found",
    "explore-scores-found",
    "explore-best",
    "explore-worst",
    "explore-high-possible",
    "explore-high-impossible",
    "explore-high-unknown",
    "explore-rules-never-triggered",
    "explore-rules-never-kept",
    "explore-rules-undetermined",
    "explore-random",
    "explore-random-totals",
    "explore-random-outcomes",
    "ui-certify-title",
    "ui-certify-certified",
    "ui-certify-not-certified",
    "ui-certify-check-same-trainee",
    "ui-certify-check-min-calls",
    "ui-certify-check-partial",
    "ui-certify-check-low",
    "ui-certify-check-non-compliant",
    "ui-certify-check-sentinels",
    "ui-certify-sentinel-failure",
    "gui-title",
    "gui-arcs",
    "gui-arc-calls",
    "gui-arc-not-started",
    "gui-arc-next",
    "gui-arc-complete",
    "gui-arc-broken",
    "gui-arc-start",
    "gui-arc-is-complete",
    "gui-arc-this-call",
    "gui-arc-goes-on",
    "gui-arc-not-stored",
    "gui-subtitle",
    "gui-language",
    "gui-mode",
    "gui-mode-practice",
    "gui-mode-exam",
    "gui-say-first",
    "gui-voice",
    "gui-trainee",
    "gui-scenarios",
    "gui-no-scenarios",
    "gui-age",
    "gui-topics",
    "gui-sentinel",
    "gui-sentinel-explained",
    "gui-start",
    "gui-problems",
    "gui-reloaded",
    "gui-keys-lobby",
    "gui-answer",
    "gui-answer-hint",
    "gui-call-time",
    "gui-silence",
    "gui-listening",
    "gui-call-over",
    "gui-say-first-prompt",
    "gui-options",
    "gui-no-options",
    "gui-dispatch",
    "gui-dispatch-keys",
    "gui-hang-up",
    "gui-caller-state",
    "gui-hints",
    "gui-hint",
    "gui-no-hints",
    "gui-keys-call",
    "gui-back",
    "gui-keys-debrief",
    "gui-save-failed",
    "gui-no-display",
    "gui-pick-scenario",
    "gui-call-not-started",
    "gui-interrupted",
    "gui-interrupted-call",
    "gui-interrupted-unreadable",
    "gui-interrupted-keys",
    "gui-resume",
    "gui-abandon",
    "gui-abandoned",
    "gui-recover-failed",
    "gui-synthetic-voice",
    "ui-sound-no-output",
    "ui-sound-output-unusable",
    "ui-sound-output-not-opened",
    "ui-sound-device-failed",
    "ui-sound-clip-failed",
    "ui-sound-record-failed",
    "ui-sound-take-cut",
    "ui-sound-no-microphone",
    "ui-sound-microphone-unusable",
    "ui-sound-microphone-not-opened",
    "gui-trainee-anonymous",
    "gui-chosen-on",
    "gui-chosen-off",
    "gui-toggle-on",
    "gui-toggle-off",
    "gui-ringing",
    "gui-caller-unknown",
    "gui-talking",
    "gui-hang-up-question",
    "gui-hang-up-explained",
    "gui-hang-up-yes",
    "gui-hang-up-no",
    "gui-hint-opening",
    "gui-hints-more",
    "gui-dispatch-title",
    "gui-dispatch-now",
    "gui-dispatch-more",
    "gui-dispatch-other",
    "gui-service-always",
    "gui-service-open",
    "gui-service-closed",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn src(text: &str) -> Vec<Source> {
        vec![Source {
            name: "t.ftl".into(),
            text: text.into(),
        }]
    }

    #[test]
    fn russian_plurals_gender_and_fallback() {
        let ru = src(
            "years = { $age ->\n    [one] { $age } год\n    [few] { $age } года\n   *[many] { $age } лет\n}\n\
             came = { $gender ->\n    [female] пришла\n   *[male] пришёл\n}\n",
        );
        let en = src("years = { $age } years\nonly-en = Only in English\n");
        let text = Text::new(Lang::Ru, &ru, &en);
        assert_eq!(text.get1("years", "age", 1), "1 год");
        assert_eq!(text.get1("years", "age", 3), "3 года");
        assert_eq!(text.get1("years", "age", 12), "12 лет");
        assert_eq!(text.get1("years", "age", 21), "21 год");
        assert_eq!(text.get1("came", "gender", "female"), "пришла");
        assert_eq!(text.get("only-en", None), "Only in English");
        assert!(!text.has_own("only-en"));
        assert_eq!(text.get("nowhere", None), "[nowhere]");
    }

    #[test]
    fn no_isolation_marks() {
        let text = Text::new(Lang::En, &src("hi = Hi, { $name }!\n"), &[]);
        assert_eq!(text.get1("hi", "name", "Katya"), "Hi, Katya!");
    }

    #[test]
    fn parses_language_names() {
        assert_eq!(parse_lang("RU"), Ok(Lang::Ru));
        assert!(parse_lang("de").is_err());
    }
}
