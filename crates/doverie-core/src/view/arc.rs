//! The debrief of an arc of calls, as data in the reader's language: each call's level and
//! total, the carried variables' trajectory across the calls, and the arc rules kept and broken
//! with why they matter. Between two calls, the words that say how much time has passed.

use fluent_bundle::{FluentArgs, FluentValue};

use crate::arc::Arc;
use crate::arc::score::ArcCard;
use crate::locale::Text;
use crate::protocol::Protocol;
use crate::protocol::rules::Severity;
use crate::score::Level;

/// The arc's debrief, worded, for every front end to lay out.
#[derive(Debug, Clone, PartialEq)]
pub struct ArcDebrief {
    /// The heading, with the arc's title.
    pub title: String,
    /// The arc's level.
    pub level: Level,
    /// The arc's total, 0-100.
    pub total: f64,
    /// "Level · total of 100".
    pub level_line: String,
    /// Which protocol (and version) scored the arc.
    pub protocol_line: String,
    /// How the arc's total and level are made.
    pub explain: String,
    /// The heading of the calls.
    pub calls_title: String,
    /// Each call played.
    pub calls: Vec<ArcCallReview>,
    /// The heading of the trajectory.
    pub trajectory_title: String,
    /// The heading of the arc rules.
    pub rules_title: String,
    /// Each arc rule judged.
    pub rules: Vec<ArcRuleReview>,
    /// Said instead of the rules when none applies, or before the arc is complete.
    pub rules_note: Option<String>,
}

/// A call of the arc in its debrief.
#[derive(Debug, Clone, PartialEq)]
pub struct ArcCallReview {
    /// How long after the previous call it came ("Three weeks later"); none for the first.
    pub after: Option<String>,
    /// "2. Title · level · total of 100".
    pub headline: String,
    /// The call's level.
    pub level: Level,
    /// The call's total.
    pub total: f64,
    /// Each carried variable: "name: start → end (lowest, highest)".
    pub values: Vec<String>,
}

/// An arc rule in the debrief.
#[derive(Debug, Clone, PartialEq)]
pub struct ArcRuleReview {
    /// Whether the arc kept it.
    pub kept: bool,
    /// How grave breaking it is.
    pub severity: Severity,
    /// "✓ name" or "✗ severity: name".
    pub headline: String,
    /// Why it matters.
    pub why: String,
}

/// "Three weeks later", "45 days later": the time between two calls of an arc.
pub fn days_later(text: &Text, days: u32) -> String {
    if days >= 7 && days.is_multiple_of(7) {
        text.get1("ui-arc-weeks-later", "weeks", days / 7)
    } else {
        text.get1("ui-arc-days-later", "days", days)
    }
}

/// A name from the text, or the id where the text has none.
fn named(text: &Text, message: &str, id: &str) -> String {
    if text.has(message) {
        text.get(message, None)
    } else {
        id.to_string()
    }
}

impl ArcDebrief {
    /// Builds the debrief of a scored arc. `text` holds the program's words, the arc's and its
    /// protocol's (see [`crate::content::LoadedArc::text`]); `titles` are the calls' scenario
    /// titles in the reader's language, in order.
    pub fn build(
        text: &Text,
        arc: &Arc,
        protocol: &Protocol,
        card: &ArcCard,
        titles: &[String],
    ) -> ArcDebrief {
        let arc_title = named(text, "title", &arc.id);
        let mut a = FluentArgs::new();
        a.set("arc", arc_title);
        let title = text.get("ui-arc-title", Some(&a));
        let mut a = FluentArgs::new();
        a.set("level", text.get(&card.level.message(), None));
        a.set("total", FluentValue::from(text.decimal(card.total, 1)));
        let level_line = text.get("ui-debrief-level", Some(&a));
        let mut a = FluentArgs::new();
        a.set("protocol", named(text, "protocol-title", &protocol.id));
        a.set("version", protocol.version.clone());
        let protocol_line = text.get("ui-debrief-protocol", Some(&a));
        let calls = card
            .calls
            .iter()
            .enumerate()
            .map(|(n, c)| {
                let mut a = FluentArgs::new();
                a.set("call", FluentValue::from(n as u32 + 1));
                a.set(
                    "title",
                    titles.get(n).cloned().unwrap_or_else(|| c.scenario.clone()),
                );
                a.set("level", text.get(&c.level.message(), None));
                a.set("total", FluentValue::from(text.decimal(c.total, 1)));
                let values = arc
                    .carried
                    .iter()
                    .map(|v| {
                        let get = |m: &std::collections::BTreeMap<String, i32>| {
                            FluentValue::from(m.get(v).copied().unwrap_or_default())
                        };
                        let mut a = FluentArgs::new();
                        a.set("name", named(text, &crate::msg::variable(v), v));
                        a.set("start", get(&c.start));
                        a.set("end", get(&c.end));
                        a.set("low", get(&c.low));
                        a.set("high", get(&c.high));
                        text.get("ui-arc-value", Some(&a))
                    })
                    .collect();
                ArcCallReview {
                    after: (n > 0).then(|| days_later(text, c.days_before)),
                    headline: text.get("ui-arc-call", Some(&a)),
                    level: c.level,
                    total: c.total,
                    values,
                }
            })
            .collect();
        let rules: Vec<ArcRuleReview> = card
            .rules
            .iter()
            .map(|r| {
                let rule = protocol.arc_rules.iter().find(|x| x.id == r.rule);
                let name =
                    rule.map_or_else(|| r.rule.clone(), |x| named(text, &x.message, &r.rule));
                let mut a = FluentArgs::new();
                a.set("rule", name);
                a.set(
                    "severity",
                    text.get(&crate::msg::severity(r.severity.as_str()), None),
                );
                let headline = if r.kept {
                    text.get("ui-arc-rule-kept", Some(&a))
                } else {
                    text.get("ui-arc-rule-broken", Some(&a))
                };
                let why = rule.map_or_else(String::new, |x| {
                    text.get1("ui-debrief-why", "text", text.get(&x.explain, None))
                });
                ArcRuleReview {
                    kept: r.kept,
                    severity: r.severity,
                    headline,
                    why,
                }
            })
            .collect();
        let rules_note = if !card.complete {
            let mut a = FluentArgs::new();
            a.set("played", FluentValue::from(card.calls.len() as u32));
            a.set("calls", FluentValue::from(arc.calls.len() as u32));
            Some(text.get("ui-arc-unfinished", Some(&a)))
        } else if rules.is_empty() {
            Some(text.get("ui-arc-no-rules", None))
        } else {
            None
        };
        ArcDebrief {
            title,
            level: card.level,
            total: card.total,
            level_line,
            protocol_line,
            explain: text.get("ui-arc-explain", None),
            calls_title: text.get("ui-arc-calls", None),
            calls,
            trajectory_title: text.get("ui-arc-trajectory", None),
            rules_title: text.get("ui-arc-rules", None),
            rules,
            rules_note,
        }
    }

    /// The debrief as plain text lines (the terminal prints them; a snapshot test reads them).
    pub fn lines(&self) -> Vec<String> {
        let mut out = vec![
            self.title.clone(),
            self.level_line.clone(),
            self.protocol_line.clone(),
            self.explain.clone(),
            String::new(),
            self.calls_title.clone(),
        ];
        for c in &self.calls {
            if let Some(after) = &c.after {
                out.push(format!("  … {after} …"));
            }
            out.push(format!("  {}", c.headline));
        }
        out.push(String::new());
        out.push(self.trajectory_title.clone());
        for (n, c) in self.calls.iter().enumerate() {
            out.push(format!("  {}.", n + 1));
            out.extend(c.values.iter().map(|v| format!("     {v}")));
        }
        out.push(String::new());
        out.push(self.rules_title.clone());
        for r in &self.rules {
            out.push(format!("  {}", r.headline));
            if !r.why.is_empty() {
                out.push(format!("     {}", r.why));
            }
        }
        if let Some(note) = &self.rules_note {
            out.push(format!("  {note}"));
        }
        out
    }
}
