//! Reports: one attempt, one trainee, a cohort. Each is first computed as plain data (the JSON
//! form, and what the tests check against hand-computed figures), then laid out as
//! self-contained HTML (no script, no external file or font, charts as inline SVG, a print
//! layout) or CSV. Every text that comes from a transcript or a database is escaped by the
//! templates (maud escapes every interpolation; the SVG is built from numbers and escaped text).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use doverie_core::locale::{Lang, caller_args};
use doverie_core::score::{Level, Scorecard};
use doverie_core::transcript::NamedEvent;
use maud::{DOCTYPE, Markup, PreEscaped, html};
use serde::Serialize;

use crate::attempts::{Attempt, Filter};
use crate::certify::Certification;
use crate::import::Contents;
use crate::words::{Names, clock, short_time, w};
use crate::xapi::{self, Statement};

/// The output format, from the file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Html,
    Csv,
    Json,
}

impl Format {
    pub fn of(path: &std::path::Path) -> Result<Format, String> {
        match path.extension().and_then(|e| e.to_str()) {
            Some("html" | "htm") => Ok(Format::Html),
            Some("csv") => Ok(Format::Csv),
            Some("json") => Ok(Format::Json),
            _ => Err(format!(
                "{}: the report is written as .html, .csv or .json",
                path.display()
            )),
        }
    }
}

// ---------------------------------------------------------------- figures

/// Deviations over opportunities for one group (a category, a severity, a rule).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Rate {
    pub id: String,
    pub opportunities: u64,
    pub deviations: u64,
    /// Deviations per opportunity, 0-1; none without opportunities.
    pub rate: Option<f64>,
}

fn rate(id: &str, opportunities: u64, deviations: u64) -> Rate {
    Rate {
        id: id.to_string(),
        opportunities,
        deviations,
        rate: (opportunities > 0).then(|| deviations as f64 / opportunities as f64),
    }
}

/// Per category, per severity and per rule, over finished attempts: a rule's deviations are its
/// opportunities not kept.
pub fn rates(cards: &[&Scorecard]) -> (Vec<Rate>, Vec<Rate>, Vec<Rate>) {
    let mut cat: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    let mut sev: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    let mut rule: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    let mut cat_order = Vec::new();
    for c in cards {
        for r in &c.rules {
            let o = u64::from(r.opportunities);
            let d = u64::from(r.opportunities - r.kept.min(r.opportunities));
            if !cat.contains_key(&r.category) {
                cat_order.push(r.category.clone());
            }
            for (map, key) in [
                (&mut cat, r.category.clone()),
                (&mut sev, r.severity.as_str().to_string()),
                (&mut rule, r.rule.clone()),
            ] {
                let e = map.entry(key).or_default();
                e.0 += o;
                e.1 += d;
            }
        }
    }
    let categories = cat_order
        .iter()
        .map(|k| rate(k, cat[k].0, cat[k].1))
        .collect();
    let severities = ["critical", "major", "moderate", "minor"]
        .iter()
        .map(|k| {
            let (o, d) = sev.get(*k).copied().unwrap_or_default();
            rate(k, o, d)
        })
        .collect();
    let rules = rule.iter().map(|(k, &(o, d))| rate(k, o, d)).collect();
    (categories, severities, rules)
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LevelShare {
    pub level: Level,
    pub calls: u64,
    /// Share of finished calls, 0-1.
    pub share: f64,
    /// The protocol's maximum share, in percent, where it sets one.
    pub limit_percent: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScenarioRow {
    pub scenario: String,
    pub calls: u64,
    pub mean_total: Option<f64>,
    pub non_compliant: u64,
    pub sentinel: bool,
    /// Calls with at least one Critical deviation.
    pub critical_calls: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cohort {
    pub filter: Filter,
    pub attempts: u64,
    pub finished: u64,
    pub trainees: u64,
    pub levels: Vec<LevelShare>,
    pub categories: Vec<Rate>,
    pub severities: Vec<Rate>,
    /// Rules by deviation rate, worst first (rules with a deviation only), at most ten.
    pub weakest: Vec<Rate>,
    pub scenarios: Vec<ScenarioRow>,
}

fn round(x: f64, places: i32) -> f64 {
    let k = 10f64.powi(places);
    (x * k).round() / k
}

/// The cohort's figures; `limits` are the protocol's maximum percentages for Partial, Low and
/// Non-Compliant calls.
pub fn cohort(filter: &Filter, all: &[Attempt], limits: Option<(u32, u32, u32)>) -> Cohort {
    let finished: Vec<&Attempt> = all.iter().filter(|a| a.card.is_some()).collect();
    let cards: Vec<&Scorecard> = finished.iter().filter_map(|a| a.card.as_ref()).collect();
    let n = finished.len() as u64;
    let levels = Level::ALL
        .iter()
        .map(|&l| {
            let k = finished.iter().filter(|a| a.level == Some(l)).count() as u64;
            LevelShare {
                level: l,
                calls: k,
                share: if n == 0 { 0.0 } else { k as f64 / n as f64 },
                limit_percent: limits.and_then(|(p, lo, nc)| match l {
                    Level::PartialCompliance => Some(p),
                    Level::LowCompliance => Some(lo),
                    Level::NonCompliant => Some(nc),
                    _ => None,
                }),
            }
        })
        .collect();
    let (categories, severities, rules) = rates(&cards);
    let mut weakest: Vec<Rate> = rules.into_iter().filter(|r| r.deviations > 0).collect();
    weakest.sort_by(|a, b| {
        b.rate
            .partial_cmp(&a.rate)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(b.deviations.cmp(&a.deviations))
            .then(a.id.cmp(&b.id))
    });
    weakest.truncate(10);
    let mut by_scenario: BTreeMap<&str, Vec<&Attempt>> = BTreeMap::new();
    for a in all {
        by_scenario.entry(&a.scenario).or_default().push(a);
    }
    let scenarios = by_scenario
        .iter()
        .map(|(s, list)| {
            let totals: Vec<f64> = list.iter().filter_map(|a| a.total).collect();
            ScenarioRow {
                scenario: s.to_string(),
                calls: list.len() as u64,
                mean_total: (!totals.is_empty())
                    .then(|| round(totals.iter().sum::<f64>() / totals.len() as f64, 1)),
                non_compliant: list
                    .iter()
                    .filter(|a| a.level == Some(Level::NonCompliant))
                    .count() as u64,
                sentinel: list.iter().any(|a| a.sentinel),
                critical_calls: list
                    .iter()
                    .filter(|a| a.card.as_ref().is_some_and(|c| !c.critical.is_empty()))
                    .count() as u64,
            }
        })
        .collect();
    let trainees: std::collections::BTreeSet<&str> =
        all.iter().map(|a| a.trainee.as_str()).collect();
    Cohort {
        filter: filter.clone(),
        attempts: all.len() as u64,
        finished: n,
        trainees: trainees.len() as u64,
        levels,
        categories,
        severities,
        weakest,
        scenarios,
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TraineeReport {
    pub trainee: String,
    pub attempts: Vec<Attempt>,
    pub categories: Vec<Rate>,
    pub severities: Vec<Rate>,
    /// One per protocol version: the certification, or why there is no verdict.
    pub certifications: Vec<Result<Certification, String>>,
}

pub fn trainee(
    trainee: &str,
    all: Vec<Attempt>,
    certifications: Vec<Result<Certification, String>>,
) -> TraineeReport {
    let cards: Vec<&Scorecard> = all.iter().filter_map(|a| a.card.as_ref()).collect();
    let (categories, severities, _) = rates(&cards);
    TraineeReport {
        trainee: trainee.to_string(),
        attempts: all,
        categories,
        severities,
        certifications,
    }
}

/// One row of a call, turn by turn.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub turn: u32,
    pub time: u32,
    /// `caller`, `counsellor`, `typed`, `event`, `deviation`.
    pub who: String,
    pub text: String,
    /// For a deviation: why the rule matters and what would have been better.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub better: Option<String>,
    /// For a deviation: its index in the scorecard's deviation list (what a review's verdict
    /// names).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AttemptReport {
    pub attempt: Attempt,
    pub scorecard: Option<Scorecard>,
    pub rows: Vec<Row>,
    /// `(turn, file, millis)`; the HTML embeds the sound itself.
    pub recordings: Vec<(i64, String, i64)>,
    pub xapi: Statement,
    #[serde(skip)]
    pub wavs: Vec<Option<Vec<u8>>>,
}

/// The call turn by turn in `lang`: the child's lines and the counsellor's options in words when
/// the scenario's content (at the recorded hash) is here, ids otherwise; the trainee's typed
/// words; each deviation at its turn with the rule's explanation.
pub fn attempt(
    a: Attempt,
    recordings: Vec<(i64, String, i64, Option<Vec<u8>>)>,
    contents: &mut Contents,
    lang: Lang,
) -> AttemptReport {
    let loaded = contents
        .get(&a.scenario)
        .ok()
        .filter(|l| l.scenario.hash == a.scenario_hash);
    let text = loaded.as_ref().map(|l| l.text(lang));
    let args = match (&loaded, &text) {
        (Some(l), Some(t)) => Some(caller_args(&l.scenario, t)),
        _ => None,
    };
    let say = |message: &str| -> String {
        match (&text, &args) {
            (Some(t), Some(args)) if t.has(message) => t.get(message, Some(args)),
            _ => message.to_string(),
        }
    };
    let mut rows = Vec::new();
    if let Some(t) = &a.transcript {
        let mut said = t.inputs.iter().filter(|i| i.said.is_some()).peekable();
        for e in &t.events {
            while let Some(i) = said.peek() {
                if i.turn > e.turn || (i.turn == e.turn && i.time > e.time) {
                    break;
                }
                rows.push(Row {
                    turn: i.turn,
                    time: i.time,
                    who: "typed".into(),
                    text: i.said.clone().unwrap_or_default(),
                    why: None,
                    better: None,
                    item: None,
                });
                said.next();
            }
            let (who, text) = match &e.event {
                NamedEvent::CallerLine { line } => ("caller", say(line)),
                NamedEvent::OptionChosen { node, option, .. } => {
                    let message = loaded
                        .as_ref()
                        .and_then(|l| {
                            let n = l.scenario.node_ix(node)?;
                            l.scenario
                                .node(n)
                                .options
                                .iter()
                                .find(|o| &o.id == option)
                                .map(|o| o.message.clone())
                        })
                        .unwrap_or_else(|| option.clone());
                    ("counsellor", say(&message))
                }
                NamedEvent::NodeEntered { .. } | NamedEvent::VariableChanged { .. } => continue,
                other => ("event", event_text(other)),
            };
            rows.push(Row {
                turn: e.turn,
                time: e.time,
                who: who.into(),
                text,
                why: None,
                better: None,
                item: None,
            });
        }
        for i in said {
            rows.push(Row {
                turn: i.turn,
                time: i.time,
                who: "typed".into(),
                text: i.said.clone().unwrap_or_default(),
                why: None,
                better: None,
                item: None,
            });
        }
    }
    if let Some(card) = &a.card {
        for (item, d) in card.deviations.iter().enumerate() {
            let rule = loaded
                .as_ref()
                .and_then(|l| l.protocol.rules.iter().find(|r| r.id == d.rule));
            let get = |m: Option<&str>| m.map(&say);
            // The deviation's reason, worded by the view in the report's language.
            let (happened, expected) = match (&text, &loaded) {
                (Some(t), Some(l)) => {
                    doverie_core::view::debrief::reason(t, &l.protocol, &d.reason)
                }
                _ => (d.rule.clone(), String::new()),
            };
            let at = rows
                .iter()
                .rposition(|r| r.turn <= d.turn)
                .map_or(rows.len(), |p| p + 1);
            rows.insert(
                at,
                Row {
                    turn: d.turn,
                    time: d.time,
                    who: "deviation".into(),
                    text: format!(
                        "{} ({}): {}",
                        rule.map_or(d.rule.clone(), |r| say(&r.message)),
                        d.severity.as_str(),
                        happened
                    ),
                    why: get(rule.map(|r| r.explain.as_str())),
                    better: get(rule.map(|r| r.better.as_str())).or(Some(expected)),
                    item: Some(item),
                },
            );
        }
    }
    let xapi = xapi::statement(&a);
    AttemptReport {
        scorecard: a.card.clone(),
        recordings: recordings
            .iter()
            .map(|(t, f, m, _)| (*t, f.clone(), *m))
            .collect(),
        wavs: recordings.into_iter().map(|r| r.3).collect(),
        rows,
        xapi,
        attempt: a,
    }
}

/// An event other than a line or an answer, in a few words.
fn event_text(e: &NamedEvent) -> String {
    match e {
        NamedEvent::CallerEvent { event } => format!("caller-event {event}"),
        NamedEvent::ServiceDispatched { service } => format!("dispatched {service}"),
        NamedEvent::ServiceClosed { service } => format!("service closed: {service}"),
        NamedEvent::Silence { seconds } => format!("silence {seconds} s"),
        NamedEvent::CallEnded { outcome } => format!("call ended: {outcome}"),
        NamedEvent::NodeEntered { node } => format!("node {node}"),
        NamedEvent::CallerLine { line } => line.clone(),
        NamedEvent::VariableChanged { variable, from, to } => format!("{variable} {from} -> {to}"),
        NamedEvent::OptionChosen { option, .. } => option.clone(),
    }
}

// ---------------------------------------------------------------- HTML

const STYLE: &str = "
body{font-family:sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#111;line-height:1.4}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:1.5rem;border-bottom:1px solid #999}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.2rem .4rem;text-align:left;vertical-align:top}
th{background:#eee}td.n{text-align:right}.bad{color:#a00;font-weight:bold}.ok{color:#060;font-weight:bold}
tr.deviation td{background:#fdecec}tr.typed td{font-style:italic;background:#f3f3ff}tr.event td{color:#555}
svg{max-width:100%;height:auto}.meta{color:#444}
@media print{body{max-width:none;margin:0;font-size:10pt}h2{break-after:avoid}tr{break-inside:avoid}audio{display:none}a{color:inherit;text-decoration:none}}
";

pub(crate) fn page(lang: Lang, title: &str, body: Markup) -> String {
    html! {
        (DOCTYPE)
        html lang=(lang.as_str()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                style { (PreEscaped(STYLE)) }
            }
            body { (body) }
        }
    }
    .into_string()
}

/// Text for SVG built by hand.
fn esc(s: &str) -> String {
    maud::html! { (s) }.into_string()
}

fn pct(x: Option<f64>) -> String {
    x.map_or_else(|| "—".to_string(), |x| format!("{:.1}%", x * 100.0))
}

/// Horizontal bars, one per `(label, value 0-1, limit 0-1)`, as inline SVG.
fn bars(rows: &[(String, f64, Option<f64>)]) -> Markup {
    let h = 22 * rows.len() as i64 + 4;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"{h}\" viewBox=\"0 0 640 {h}\" role=\"img\">"
    );
    for (i, (label, v, limit)) in rows.iter().enumerate() {
        let y = 22 * i as i64 + 2;
        let width = (v.clamp(0.0, 1.0) * 380.0).round();
        let _ = write!(
            s,
            "<text x=\"0\" y=\"{}\" font-size=\"12\">{}</text><rect x=\"200\" y=\"{y}\" width=\"{width}\" height=\"16\" fill=\"#4a7ab5\"/><text x=\"{}\" y=\"{}\" font-size=\"12\">{:.1}%</text>",
            y + 13,
            esc(label),
            205.0 + width,
            y + 13,
            v * 100.0
        );
        if let Some(l) = limit {
            let x = 200.0 + (l.clamp(0.0, 1.0) * 380.0).round();
            let _ = write!(
                s,
                "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"#a00\" stroke-width=\"2\"/>",
                y - 1,
                y + 17
            );
        }
    }
    s.push_str("</svg>");
    PreEscaped(s)
}

/// Totals over time as a line with points, inline SVG.
fn line(points: &[f64]) -> Markup {
    let (w_, h) = (640.0, 160.0);
    let n = points.len().max(2) as f64 - 1.0;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w_}\" height=\"{h}\" viewBox=\"0 0 {w_} {h}\" role=\"img\"><rect x=\"30\" y=\"5\" width=\"600\" height=\"140\" fill=\"none\" stroke=\"#bbb\"/><text x=\"0\" y=\"15\" font-size=\"11\">100</text><text x=\"10\" y=\"148\" font-size=\"11\">0</text><polyline fill=\"none\" stroke=\"#4a7ab5\" stroke-width=\"2\" points=\""
    );
    let xy = |i: usize, v: f64| {
        (
            30.0 + 600.0 * i as f64 / n,
            145.0 - 1.4 * v.clamp(0.0, 100.0),
        )
    };
    for (i, v) in points.iter().enumerate() {
        let (x, y) = xy(i, *v);
        let _ = write!(s, "{x:.1},{y:.1} ");
    }
    s.push_str("\"/>");
    for (i, v) in points.iter().enumerate() {
        let (x, y) = xy(i, *v);
        let _ = write!(
            s,
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"3\" fill=\"#4a7ab5\"/>"
        );
    }
    s.push_str("</svg>");
    PreEscaped(s)
}

pub(crate) fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for c in bytes.chunks(3) {
        let n = (u32::from(c[0]) << 16)
            | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
            | u32::from(*c.get(2).unwrap_or(&0));
        for k in 0..4 {
            if k <= c.len() {
                out.push(A[(n >> (18 - 6 * k) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn mode_word(lang: Lang, a: &Attempt) -> &'static str {
    w(lang, a.mode.as_str())
}

fn level_cell(names: &Names, lang: Lang, a: &Attempt) -> String {
    a.level.map_or_else(
        || w(lang, "unfinished").to_string(),
        |l| names.level(l.id()),
    )
}

fn verdict_html(names: &Names, lang: Lang, c: &Result<Certification, String>) -> Markup {
    match c {
        Err(reason) => html! { p { strong { (w(lang, "no-certification")) ": " } (reason) } },
        Ok(c) => {
            let v = &c.verdict;
            html! {
                h3 { (v.protocol) " " (v.protocol_version) ": "
                    @if v.certified { span.ok { (w(lang, "certified")) } }
                    @else { span.bad { (w(lang, "not-certified")) } } }
                table {
                    tr { th { (w(lang, "threshold")) } th { (w(lang, "measured")) } th { (w(lang, "limit")) } th {} }
                    @for t in &v.thresholds {
                        tr { td { (t.check) } td.n { (t.measured) " / " (t.of) } td.n { (t.limit) }
                            td { @if t.held { span.ok { (w(lang, "held")) } } @else { span.bad { (w(lang, "failed")) } } } }
                    }
                }
                @for f in &v.sentinel_failures {
                    p.bad { (f.call) ", " (f.scenario) ": " (names.rule(&f.rule)) " (" (w(lang, "turn")) " " (f.turn) ")" }
                }
                p { strong { (w(lang, "counted")) ": " }
                    @for (i, k) in c.counted.iter().enumerate() {
                        @if i > 0 { ", " }
                        "#" (k.attempt) " " (k.scenario)
                        @if k.scored_by != "machine" {
                            " (" (crate::review_page::t(lang, &format!("scored-{}", k.scored_by))) " " (k.by.join(", "))
                            @if let Some(l) = k.level { ", " (names.level(l.id())) }
                            @if let Some(t) = k.total { ", " (format!("{t:.1}")) }
                            @if k.adjudicate { ", " span.bad { (crate::review_page::t(lang, "adjudicate")) } }
                            ")"
                        }
                    }
                }
                @if !c.set_aside.is_empty() {
                    p { strong { (w(lang, "set-aside")) ": " }
                        @for (i, s) in c.set_aside.iter().enumerate() {
                            @if i > 0 { "; " }
                            "#" (s.attempt) " " (s.scenario) " (" (w(lang, &format!("reason-{}", s.reason)))
                            @if let Some(k) = s.counted { ", #" (k) } ")"
                        }
                    }
                }
            }
        }
    }
}

fn rates_table(lang: Lang, first: &str, rows: &[Rate], name: &dyn Fn(&str) -> String) -> Markup {
    html! {
        table {
            tr { th { (w(lang, first)) } th { (w(lang, "opportunities")) } th { (w(lang, "deviations")) } th { (w(lang, "rate")) } }
            @for r in rows {
                tr { td { (name(&r.id)) } td.n { (r.opportunities) } td.n { (r.deviations) } td.n { (pct(r.rate)) } }
            }
        }
    }
}

pub fn cohort_html(c: &Cohort, names: &Names, lang: Lang) -> String {
    let f = &c.filter;
    let filters: Vec<String> = [
        ("centre", &f.centre),
        ("scenario", &f.scenario),
        ("protocol", &f.protocol_version),
    ]
    .iter()
    .filter_map(|(k, v)| v.as_ref().map(|v| format!("{}: {v}", w(lang, k))))
    .chain(f.from.map(|t| format!("≥ {}", short_time(t))))
    .chain(f.to.map(|t| format!("< {}", short_time(t))))
    .collect();
    let level_rows: Vec<(String, f64, Option<f64>)> = c
        .levels
        .iter()
        .map(|l| {
            (
                names.level(l.level.id()),
                l.share,
                l.limit_percent.map(|p| f64::from(p) / 100.0),
            )
        })
        .collect();
    let body = html! {
        h1 { (w(lang, "cohort")) }
        p.meta { (w(lang, "filters")) ": " @if filters.is_empty() { (w(lang, "none")) } @else { (filters.join(", ")) } }
        p { (w(lang, "attempts")) ": " (c.attempts) " · " (w(lang, "calls")) ": " (c.finished) " · " (w(lang, "trainee")) ": " (c.trainees) }
        h2 { (w(lang, "levels")) }
        (bars(&level_rows))
        table {
            tr { th { (w(lang, "level")) } th { (w(lang, "calls")) } th { (w(lang, "share")) } th { (w(lang, "limit")) } }
            @for l in &c.levels {
                tr { td { (names.level(l.level.id())) } td.n { (l.calls) } td.n { (pct(Some(l.share))) }
                    td.n { @if let Some(p) = l.limit_percent {
                        @if l.share * 100.0 > f64::from(p) { span.bad { "≤ " (p) "%" } } @else { "≤ " (p) "%" }
                    } } }
            }
        }
        h2 { (w(lang, "severities")) }
        (rates_table(lang, "severity", &c.severities, &|s: &str| s.to_string()))
        h2 { (w(lang, "categories")) }
        (rates_table(lang, "category", &c.categories, &|s: &str| names.category(s)))
        h2 { (w(lang, "weakest")) }
        (rates_table(lang, "rule", &c.weakest, &|s: &str| names.rule(s)))
        h2 { (w(lang, "difficulty")) }
        table {
            tr { th { (w(lang, "scenario")) } th { (w(lang, "calls")) } th { (w(lang, "mean")) } th { (names.level("non-compliant")) } }
            @for s in &c.scenarios {
                tr { td { (s.scenario) } td.n { (s.calls) } td.n { (s.mean_total.map_or("—".to_string(), |m| format!("{m:.1}"))) } td.n { (s.non_compliant) } }
            }
        }
        h2 { (w(lang, "sentinels")) }
        table {
            tr { th { (w(lang, "scenario")) } th { (w(lang, "calls")) } th { (w(lang, "critical")) } }
            @for s in c.scenarios.iter().filter(|s| s.sentinel) {
                tr { td { (s.scenario) } td.n { (s.calls) } td.n { @if s.critical_calls > 0 { span.bad { (s.critical_calls) } } @else { "0" } } }
            }
        }
    };
    page(lang, w(lang, "cohort"), body)
}

pub fn trainee_html(t: &TraineeReport, names: &Names, lang: Lang) -> String {
    let totals: Vec<f64> = t.attempts.iter().filter_map(|a| a.total).collect();
    let body = html! {
        h1 { (w(lang, "trainee")) ": " (t.trainee) }
        h2 { (w(lang, "certification")) }
        @for c in &t.certifications { (verdict_html(names, lang, c)) }
        h2 { (w(lang, "over-time")) }
        (line(&totals))
        h2 { (w(lang, "attempts")) }
        table {
            tr { th { "#" } th { (w(lang, "when")) } th { (w(lang, "scenario")) } th { (w(lang, "mode")) } th { (w(lang, "level")) } th { (w(lang, "total")) } }
            @for a in &t.attempts {
                tr { td.n { (a.id) } td { (short_time(a.when())) } td { (a.scenario) } td { (mode_word(lang, a)) }
                    td { (level_cell(names, lang, a)) } td.n { (a.total.map_or("—".to_string(), |x| format!("{x:.1}"))) } }
            }
        }
        h2 { (w(lang, "categories")) }
        (rates_table(lang, "category", &t.categories, &|s: &str| names.category(s)))
        h2 { (w(lang, "severities")) }
        (rates_table(lang, "severity", &t.severities, &|s: &str| s.to_string()))
    };
    page(
        lang,
        &format!("{}: {}", w(lang, "trainee"), t.trainee),
        body,
    )
}

pub fn attempt_html(r: &AttemptReport, names: &Names, lang: Lang) -> String {
    let a = &r.attempt;
    let body = html! {
        h1 { (w(lang, "attempt")) " #" (a.id) ": " (a.scenario) }
        p.meta {
            (w(lang, "trainee")) ": " (a.trainee) " · " (w(lang, "mode")) ": " (mode_word(lang, a))
            " · " (w(lang, "protocol")) ": " (a.protocol) " " (a.protocol_version)
            " · " (w(lang, "engine")) ": " (a.engine) " · " (w(lang, "when")) ": " (short_time(a.when()))
        }
        @if let Some(c) = &r.scorecard {
            p { strong { (w(lang, "level")) ": " (names.level(c.level.id())) } " · " (w(lang, "total")) ": " (format!("{:.1}", c.total))
                " · " (w(lang, "outcome")) ": " (c.outcome.clone().unwrap_or_default()) " · " (clock(i64::from(c.seconds))) }
            h2 { (w(lang, "categories")) }
            (bars(&c.categories.iter().filter_map(|k| Some((names.category(&k.category), k.score? / 100.0, None))).collect::<Vec<_>>()))
        } @else {
            p.bad { (w(lang, "unfinished")) }
        }
        h2 { (w(lang, "turn")) }
        table {
            tr { th { (w(lang, "turn")) } th { (w(lang, "time")) } th { (w(lang, "who")) } th { (w(lang, "what")) } }
            @for row in &r.rows {
                tr class=(row.who) {
                    td.n { (row.turn) } td { (clock(i64::from(row.time))) } td { (w(lang, &row.who)) }
                    td { (row.text)
                        @if let Some(why) = &row.why { br; em { (w(lang, "why")) ": " } (why) }
                        @if let Some(b) = &row.better { br; em { (w(lang, "better")) ": " } (b) } }
                }
            }
        }
        @if !r.recordings.is_empty() {
            h2 { (w(lang, "recordings")) }
            @for ((turn, file, millis), wav) in r.recordings.iter().zip(&r.wavs) {
                p { (w(lang, "turn")) " " (turn) ": " (file) " (" (format!("{:.1}", *millis as f64 / 1000.0)) " s) "
                    @if let Some(wav) = wav { audio controls src=(format!("data:audio/wav;base64,{}", base64(wav))) {} } }
            }
        }
        @if let Some(c) = &r.scorecard {
            h2 { (w(lang, "went-well")) }
            ul { @for k in &c.went_well { li { (w(lang, "turn")) " " (k.turn) ": " (names.rule(&k.rule)) } } }
            h2 { (w(lang, "end-state")) }
            table { @for (k, v) in &c.end_state { tr { td { (k) } td.n { (v) } } } }
        }
        p.meta { (w(lang, "imported")) ": " (a.source) }
    };
    page(lang, &format!("{} #{}", w(lang, "attempt"), a.id), body)
}

// ---------------------------------------------------------------- CSV

fn csv_field(s: &str) -> String {
    // A leading =, +, - or @ would be a formula in a spreadsheet.
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

pub(crate) fn csv(rows: Vec<Vec<String>>) -> String {
    let mut out = String::new();
    for r in rows {
        let line: Vec<String> = r.iter().map(|f| csv_field(f)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

fn opt(x: Option<f64>) -> String {
    x.map_or_else(String::new, |x| format!("{x}"))
}

/// One row per rule: its category, severity, opportunities, deviations and rate.
pub fn cohort_csv(c: &Cohort) -> String {
    let mut rows = vec![vec![
        "kind".into(),
        "id".into(),
        "opportunities".into(),
        "deviations".into(),
        "rate".into(),
    ]];
    for (kind, list) in [
        ("severity", &c.severities),
        ("category", &c.categories),
        ("weakest-rule", &c.weakest),
    ] {
        for r in list {
            rows.push(vec![
                kind.into(),
                r.id.clone(),
                r.opportunities.to_string(),
                r.deviations.to_string(),
                opt(r.rate),
            ]);
        }
    }
    for l in &c.levels {
        rows.push(vec![
            "level".into(),
            l.level.id().into(),
            l.calls.to_string(),
            String::new(),
            format!("{}", l.share),
        ]);
    }
    csv(rows)
}

/// One row per attempt.
pub fn trainee_csv(t: &TraineeReport) -> String {
    let mut rows = vec![
        [
            "attempt",
            "when",
            "scenario",
            "mode",
            "finished",
            "level",
            "total",
            "protocol",
            "protocol_version",
        ]
        .map(String::from)
        .to_vec(),
    ];
    for a in &t.attempts {
        rows.push(vec![
            a.id.to_string(),
            crate::words::iso_time(a.when()),
            a.scenario.clone(),
            a.mode.as_str().into(),
            a.finished.to_string(),
            a.level.map_or(String::new(), |l| l.id().into()),
            opt(a.total),
            a.protocol.clone(),
            a.protocol_version.clone(),
        ]);
    }
    csv(rows)
}

/// The call turn by turn.
pub fn attempt_csv(r: &AttemptReport) -> String {
    let mut rows = vec![
        ["turn", "time", "who", "text", "why", "better"]
            .map(String::from)
            .to_vec(),
    ];
    for row in &r.rows {
        rows.push(vec![
            row.turn.to_string(),
            row.time.to_string(),
            row.who.clone(),
            row.text.clone(),
            row.why.clone().unwrap_or_default(),
            row.better.clone().unwrap_or_default(),
        ]);
    }
    csv(rows)
}
