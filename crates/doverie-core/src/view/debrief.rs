//! The debrief after a call, as data in the trainee's language: level and total, a bar per
//! category, the call turn by turn with each deviation where it happened (why it matters, what
//! would have been better) and what went well, and the caller's end state apart from the score.

use fluent_bundle::{FluentArgs, FluentValue};

use crate::engine::{Event, Stamped};
use crate::locale::{Text, caller_args};
use crate::protocol::Protocol;
use crate::protocol::rules::{Cue, Severity};
use crate::scenario::Scenario;
use crate::score::card::Reason;
use crate::score::{Level, Scorecard};

use super::clock;

/// The debrief of a call, worded in the reader's language, for every front end to lay out.
#[derive(Debug, Clone, PartialEq)]
pub struct Debrief {
    /// The heading.
    pub title: String,
    /// The compliance level.
    pub level: Level,
    /// The weighted total, 0-100.
    pub total: f64,
    /// "Level: … (total …)".
    pub level_line: String,
    /// Which protocol (and version) scored the call.
    pub protocol_line: String,
    /// How many critical deviations, if any.
    pub critical_line: Option<String>,
    /// The heading of the categories.
    pub categories_title: String,
    /// A bar per category.
    pub categories: Vec<CategoryBar>,
    /// Shown for a category the call gave no opportunity to.
    pub no_opportunity: String,
    /// The heading of the turn-by-turn review.
    pub timeline_title: String,
    /// Each counsellor turn with what it kept and missed.
    pub turns: Vec<TurnReview>,
    /// The heading of what went well.
    pub went_well_title: String,
    /// Rules kept at least once, named once each; empty lines are replaced by `nothing_went_well`.
    pub went_well: Vec<String>,
    /// What to say when nothing went well.
    pub nothing_went_well: String,
    /// The heading of the caller's end state.
    pub end_state_title: String,
    /// "name: value (from min to max)" for each caller variable, in the reader's words.
    pub end_state: Vec<String>,
    /// How the call ended, if it did.
    pub outcome: Option<String>,
}

/// A category's bar.
#[derive(Debug, Clone, PartialEq)]
pub struct CategoryBar {
    /// Its name.
    pub name: String,
    /// 0-100, none when the call gave no opportunity.
    pub score: Option<f64>,
    /// Chances kept.
    pub kept: u32,
    /// Chances the call gave.
    pub opportunities: u32,
}

/// One turn of the call in the debrief: what the counsellor did and how it was judged.
#[derive(Debug, Clone, PartialEq)]
pub struct TurnReview {
    /// The counsellor turn.
    pub turn: u32,
    /// "Start of the call" or "Turn N (MM:SS)".
    pub heading: String,
    /// What the counsellor said or dispatched this turn.
    pub said: Vec<String>,
    /// The deviations at this turn.
    pub deviations: Vec<DeviationReview>,
    /// Rules kept this turn.
    pub kept: Vec<String>,
}

/// A deviation, worded.
#[derive(Debug, Clone, PartialEq)]
pub struct DeviationReview {
    /// How grave it is.
    pub severity: Severity,
    /// "[severity] rule name".
    pub headline: String,
    /// Why the rule matters.
    pub why: String,
    /// What would have been better.
    pub better: String,
    /// What happened, from the rule's patterns (the deviation's [`Reason`]).
    pub happened: String,
    /// What the rule expects, from its patterns.
    pub expected: String,
}

impl Debrief {
    /// Builds the debrief of a scored call.
    pub fn build(
        text: &Text,
        scenario: &Scenario,
        protocol: &Protocol,
        events: &[Stamped],
        card: &Scorecard,
    ) -> Debrief {
        let rule = |id: &str| protocol.rules.iter().find(|r| r.id == id);
        let mut args = FluentArgs::new();
        args.set("level", text.get(&card.level.message(), None));
        args.set("total", FluentValue::from(text.decimal(card.total, 1)));
        let level_line = text.get("ui-debrief-level", Some(&args));
        let mut args = FluentArgs::new();
        // The protocol's own name where its text gives one (`protocol-title`), else its id.
        let title = if text.has("protocol-title") {
            text.get("protocol-title", None)
        } else {
            protocol.id.clone()
        };
        args.set("protocol", title);
        args.set("version", protocol.version.clone());
        let protocol_line = text.get("ui-debrief-protocol", Some(&args));
        let critical_line = (!card.critical.is_empty())
            .then(|| text.get1("ui-debrief-critical", "count", card.critical.len() as u32));

        let categories = card
            .categories
            .iter()
            .map(|c| CategoryBar {
                name: text.get(&crate::msg::category(&c.category), None),
                score: c.score,
                kept: c.kept,
                opportunities: c.opportunities,
            })
            .collect();

        let args = caller_args(scenario, text);
        let at_end =
            |d: &&crate::score::card::Deviation| matches!(d.reason, Reason::NeverDone { .. });
        let review = |d: &crate::score::card::Deviation| {
            let r = rule(&d.rule)?;
            let mut a = FluentArgs::new();
            a.set(
                "severity",
                text.get(&crate::msg::severity(d.severity.as_str()), None),
            );
            // Protocol messages that address the caller agree with their gender.
            a.set("rule", text.get(&r.message, Some(&args)));
            let (happened, expected) = reason(text, protocol, &d.reason);
            Some(DeviationReview {
                severity: d.severity,
                headline: text.get("ui-debrief-deviation", Some(&a)),
                why: text.get1("ui-debrief-why", "text", text.get(&r.explain, Some(&args))),
                better: text.get1(
                    "ui-debrief-better",
                    "text",
                    text.get(&r.better, Some(&args)),
                ),
                happened,
                expected,
            })
        };
        let mut turns = Vec::new();
        for turn in 0..=card.turns {
            let said: Vec<String> = events
                .iter()
                .filter(|e| e.turn == turn)
                .filter_map(|e| match e.event {
                    Event::OptionChosen { node, option } => {
                        let choice = &scenario.node(node).options[usize::from(option)];
                        Some(format!("«{}»", text.get(&choice.message, Some(&args))))
                    }
                    Event::ServiceDispatched(s) => {
                        let name = text.get(&protocol.services[s].message, None);
                        Some(text.get1("ui-dispatched", "service", name))
                    }
                    // The call said it did not answer: the debrief says so too.
                    Event::ServiceClosed(s) => {
                        let name = text.get(&protocol.services[s].message, None);
                        Some(text.get1("ui-dispatch-closed", "service", name))
                    }
                    _ => None,
                })
                .collect();
            let deviations: Vec<DeviationReview> = card
                .deviations
                .iter()
                .filter(|d| d.turn == turn && !at_end(d))
                .filter_map(&review)
                .collect();
            let kept: Vec<String> = card
                .went_well
                .iter()
                .filter(|k| k.turn == turn)
                .filter_map(|k| {
                    let r = rule(&k.rule)?;
                    Some(text.get1("ui-debrief-kept", "rule", text.get(&r.message, Some(&args))))
                })
                .collect();
            if said.is_empty() && deviations.is_empty() && kept.is_empty() {
                continue;
            }
            let time = events.iter().find(|e| e.turn == turn).map_or(0, |e| e.time);
            let heading = if turn == 0 {
                text.get("ui-debrief-start", None)
            } else {
                let mut a = FluentArgs::new();
                a.set("turn", FluentValue::from(turn));
                a.set("time", clock(time));
                text.get("ui-debrief-turn", Some(&a))
            };
            turns.push(TurnReview {
                turn,
                heading,
                said,
                deviations,
                kept,
            });
        }

        // What the call ended without: their own section after the last turn, not piled on it.
        let missed_at_end: Vec<DeviationReview> = card
            .deviations
            .iter()
            .filter(at_end)
            .filter_map(review)
            .collect();
        if !missed_at_end.is_empty() {
            turns.push(TurnReview {
                turn: card.turns,
                heading: text.get("ui-debrief-end-of-call", None),
                said: Vec::new(),
                deviations: missed_at_end,
                kept: Vec::new(),
            });
        }

        let mut credited: Vec<&str> = Vec::new();
        for k in &card.went_well {
            if !credited.contains(&k.rule.as_str()) {
                credited.push(&k.rule);
            }
        }
        let mut went_well: Vec<String> = credited
            .into_iter()
            .filter_map(|id| rule(id).map(|r| text.get(&r.message, Some(&args))))
            .collect();
        // No good practice to name, yet rules were kept (nothing forbidden was done): the
        // categories say so, rather than "nothing went well" beside bars that show kept rules.
        if went_well.is_empty() {
            went_well = card
                .categories
                .iter()
                .filter(|c| c.kept > 0)
                .map(|c| {
                    let mut a = FluentArgs::new();
                    a.set(
                        "category",
                        text.get(&crate::msg::category(&c.category), None),
                    );
                    a.set("kept", FluentValue::from(c.kept));
                    a.set("opportunities", FluentValue::from(c.opportunities));
                    text.get("ui-debrief-kept-in-category", Some(&a))
                })
                .collect();
        }

        let end_state = scenario
            .variables
            .iter()
            .map(|v| {
                let value = card.end_state.get(&v.id).copied().unwrap_or(v.initial);
                let message = crate::msg::variable(&v.id);
                let name = if text.has(&message) {
                    text.get(&message, None)
                } else {
                    v.id.clone()
                };
                let mut a = FluentArgs::new();
                a.set("name", name);
                a.set("value", FluentValue::from(value));
                a.set("min", FluentValue::from(v.min));
                a.set("max", FluentValue::from(v.max));
                text.get("ui-debrief-end-value", Some(&a))
            })
            .collect();
        let outcome = card.outcome.as_ref().map(|outcome| {
            let name = protocol.outcomes.get(outcome).map_or_else(
                || text.get("ui-counsellor-hung-up", None),
                |o| text.get(&protocol.outcomes[o].message, None),
            );
            text.get1("ui-debrief-outcome", "outcome", name)
        });

        Debrief {
            title: text.get("ui-debrief-title", None),
            level: card.level,
            total: card.total,
            level_line,
            protocol_line,
            critical_line,
            categories_title: text.get("ui-debrief-categories", None),
            categories,
            no_opportunity: text.get("ui-debrief-no-opportunity", None),
            timeline_title: text.get("ui-debrief-timeline", None),
            turns,
            went_well_title: text.get("ui-debrief-went-well", None),
            went_well,
            nothing_went_well: text.get("ui-debrief-nothing-went-well", None),
            end_state_title: text.get("ui-debrief-end-state", None),
            end_state,
            outcome,
        }
    }
}

/// What happened and what the rule expects, in the reader's words, for a deviation's reason.
pub fn reason(text: &Text, protocol: &Protocol, reason: &Reason) -> (String, String) {
    let cues = |c: &[Cue]| cues(text, protocol, c);
    let mut a = FluentArgs::new();
    let (happened, expected) = match reason {
        Reason::Happened { pattern, after } => {
            a.set("pattern", cues(pattern));
            match after {
                Some(after) => {
                    a.set("after", cues(after));
                    ("ui-reason-happened", "ui-reason-never-after")
                }
                None => ("ui-reason-happened", "ui-reason-never"),
            }
        }
        Reason::Late {
            expect,
            trigger,
            turns,
            seconds,
        }
        | Reason::Ended {
            expect,
            trigger,
            turns,
            seconds,
        }
        | Reason::Overdue {
            expect,
            trigger,
            turns,
            seconds,
        } => {
            a.set("expect", cues(expect));
            a.set("trigger", cues(trigger));
            a.set("window", window(text, *turns, *seconds));
            let happened = match reason {
                Reason::Ended { .. } => "ui-reason-ended",
                Reason::Overdue { .. } => "ui-reason-overdue",
                _ => "ui-reason-late",
            };
            (happened, "ui-reason-within")
        }
        Reason::WithoutConsent { unless } => match unless {
            Some(unless) => {
                a.set("unless", cues(unless));
                ("ui-reason-without-consent", "ui-reason-consent-unless")
            }
            None => ("ui-reason-without-consent", "ui-reason-consent"),
        },
        Reason::TooEarly {
            pattern,
            requires,
            unless,
        } => {
            a.set("pattern", cues(pattern));
            a.set("requires", cues(requires));
            match unless {
                Some(unless) => {
                    a.set("unless", cues(unless));
                    ("ui-reason-too-early", "ui-reason-only-after-unless")
                }
                None => ("ui-reason-too-early", "ui-reason-only-after"),
            }
        }
        Reason::NeverDone { expect, after } => {
            a.set("expect", cues(expect));
            match after {
                Some(after) => {
                    a.set("after", cues(after));
                    ("ui-reason-never-done", "ui-reason-eventually-after")
                }
                None => ("ui-reason-never-done", "ui-reason-eventually"),
            }
        }
    };
    (text.get(happened, Some(&a)), text.get(expected, Some(&a)))
}

/// A pattern's cues named in the reader's language: "A", "A or B", "A, B or C".
fn cues(text: &Text, protocol: &Protocol, cues: &[Cue]) -> String {
    let named = |message: Option<&String>, id: &str| {
        let name = message.map_or_else(|| id.to_string(), |m| text.get(m, None));
        text.get1("ui-cue", "name", name)
    };
    let names: Vec<String> = cues
        .iter()
        .map(|c| match c {
            Cue::Act(id) => named(protocol.acts.get(id).map(|a| &protocol.acts[a].message), id),
            Cue::Event(id) => named(
                protocol.events.get(id).map(|e| &protocol.events[e].message),
                id,
            ),
            Cue::Dispatch(id) => named(
                protocol
                    .services
                    .get(id)
                    .map(|s| &protocol.services[s].message)
                    .or_else(|| protocol.groups.get(id).map(|g| &protocol.groups[g].message)),
                id,
            ),
            Cue::AnyDispatch => text.get("ui-cue-any-dispatch", None),
            Cue::ClosedDispatch => text.get("ui-cue-closed-dispatch", None),
            Cue::CallStart => text.get("ui-cue-call-start", None),
            Cue::HangUp => text.get("ui-cue-hang-up", None),
            Cue::Silence(s) => text.get1("ui-cue-silence", "seconds", *s),
        })
        .collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => {
            let mut a = FluentArgs::new();
            a.set("first", rest.join(", "));
            a.set("last", last.clone());
            text.get("ui-cue-or", Some(&a))
        }
    }
}

/// A rule's window: "2 turns", "30 s", "2 turns or 30 s".
fn window(text: &Text, turns: Option<u32>, seconds: Option<u32>) -> String {
    let mut a = FluentArgs::new();
    if let Some(t) = turns {
        a.set("turns", FluentValue::from(t));
    }
    if let Some(s) = seconds {
        a.set("seconds", FluentValue::from(s));
    }
    let id = match (turns, seconds) {
        (Some(_), Some(_)) => "ui-window-turns-or-seconds",
        (Some(_), None) => "ui-window-turns",
        (None, Some(_)) => "ui-window-seconds",
        (None, None) => "ui-window-none",
    };
    text.get(id, Some(&a))
}
