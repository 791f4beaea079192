//! The regional service directory: which real services answer, where and when.
//!
//! ```text
//! scenarios/services/federal.ron   the lines that answer everywhere (hours in Moscow time)
//! scenarios/services/REGION.ron    a region's services, in its time zone
//! locales/LANG/services/REGION.ftl their names (`region-REGION`, `entry-ID`)
//! ```
//!
//! A scenario that names its region and weekday (and, for holidays, its date) gets, for each
//! protocol service, the hours the directory's entries keep that week, converted to the caller's
//! local time ([`Local`]). The engine asks [`Local::is_open`]; front ends ask
//! [`Local::status`] what answers now. Scenarios without a region keep the protocol's hours.

pub mod calendar;
pub mod def;

use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Diagnostics, Pos, Severity, is_kebab_case, unknown_hint};
use crate::protocol::{Protocol, ServiceIx, kebab_error};
use crate::ron_file::RonFile;
pub use calendar::{Date, Holiday, hh_mm, parse_time_zone};
pub use def::{DirectoryDef, HolidayRule, Reach, Weekday};

/// Minutes in a week: schedules repeat after it.
pub const WEEK: u32 = 7 * 1440;

/// The region whose file holds the lines that answer everywhere.
pub const FEDERAL: &str = "federal";

/// Opening hours on some weekdays, in minutes after midnight of the entry's own time zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// The weekdays, as a mask (bit 0 is Monday).
    pub days: u8,
    /// Opens.
    pub open: u16,
    /// Closes (at or before `open` when the hours run past midnight; 1440 is the day's end).
    pub close: u16,
    /// The lunch break.
    pub lunch: Option<(u16, u16)>,
}

/// When an entry answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hours {
    /// Around the clock.
    Always,
    /// On these spans only.
    Weekly(Vec<Span>),
}

/// A service of the directory, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Its id.
    pub id: String,
    /// The Fluent message with its name (`entry-ID`).
    pub message: String,
    /// The region whose file lists it (`federal` for the national lines).
    pub region: String,
    /// The protocol service kind it provides, if the counsellor can connect it.
    pub service: Option<String>,
    /// Its public phone number, when confirmed.
    pub phone: Option<String>,
    /// When it answers.
    pub hours: Hours,
    /// What it does on public holidays.
    pub holidays: HolidayRule,
    /// The time zone its hours are kept in, minutes east of UTC.
    pub offset: i32,
    /// Connected now, or a written signal.
    pub reach: Reach,
    /// The protocol's groups it belongs to.
    pub groups: Vec<String>,
    /// The entry that answers when it is closed.
    pub after_hours: Option<String>,
    /// Its number or hours still need confirming.
    pub verify: bool,
}

/// One directory file, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionDirectory {
    /// The region's id.
    pub region: String,
    /// The file.
    pub path: PathBuf,
    /// The region's time zone, minutes east of UTC.
    pub offset: i32,
    /// Its days off.
    pub holidays: Vec<Holiday>,
    /// Its services.
    pub entries: Vec<Entry>,
}

/// The directory a call in one region sees: the federal lines and the region's own services.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directory {
    /// The region's id.
    pub region: String,
    /// The caller's time zone (the region's), minutes east of UTC.
    pub offset: i32,
    /// The days off: the national ones and the region's.
    pub holidays: Vec<Holiday>,
    /// The federal entries, then the region's.
    pub entries: Vec<Entry>,
}

impl Directory {
    /// The directory of `region`, with the federal lines when given (the federal file itself
    /// when the region is federal).
    pub fn merge(federal: Option<RegionDirectory>, region: RegionDirectory) -> Directory {
        let mut holidays = Vec::new();
        let mut entries = Vec::new();
        if let Some(f) = federal.filter(|f| f.region != region.region) {
            holidays.extend(f.holidays);
            entries.extend(f.entries);
        }
        holidays.extend(region.holidays);
        entries.extend(region.entries);
        Directory {
            region: region.region,
            offset: region.offset,
            holidays,
            entries,
        }
    }
}

/// The path of a region's directory file in a content folder.
pub fn path(root: &Path, region: &str) -> PathBuf {
    root.join("scenarios")
        .join("services")
        .join(format!("{region}.ron"))
}

/// Reads and validates a directory file. With `protocol`, the service kinds and groups are
/// checked against it (as `check` does for the file itself); without, they are kept as written
/// and a scenario keeps those its protocol knows.
pub fn load(path: &Path, protocol: Option<&Protocol>) -> (Option<RegionDirectory>, Diagnostics) {
    let file = match RonFile::read(path) {
        Ok(f) => f,
        Err(d) => return (None, Diagnostics(vec![d])),
    };
    let def: DirectoryDef = match file.parse() {
        Ok(def) => def,
        Err(d) => return (None, Diagnostics(vec![d])),
    };
    compile(&def, &file, protocol)
}

/// Validates a parsed directory file.
pub fn compile(
    def: &DirectoryDef,
    file: &RonFile,
    protocol: Option<&Protocol>,
) -> (Option<RegionDirectory>, Diagnostics) {
    let mut diags = Diagnostics::default();
    let path = file.path.as_path();
    let map = &file.map;
    let top = |key: &str| map.nth_keyed(&[], key, 0).map_or(Pos::START, |l| l.pos);
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned());
    if !is_kebab_case(&def.region) {
        diags.push(kebab_error(path, top("region"), "region", &def.region));
    } else if stem.as_deref().is_some_and(|s| s != def.region) {
        diags.push(
            Diagnostic::error(
                path,
                top("region"),
                format!(
                    "the file is named \"{}\" but lists region \"{}\"",
                    stem.unwrap_or_default(),
                    def.region
                ),
            )
            .with_hint("scenarios find a region's services by its file name: make them agree"),
        );
    }
    if let Some(p) = protocol
        && p.id != def.protocol
    {
        diags.push(
            Diagnostic::error(
                path,
                top("protocol"),
                format!(
                    "the directory names protocol \"{}\" but was checked against \"{}\"",
                    def.protocol, p.id
                ),
            )
            .with_hint("name the protocol whose service kinds the entries provide"),
        );
    }
    let bad_zone = |diags: &mut Diagnostics, pos: Pos, zone: &str| {
        diags.push(
            Diagnostic::error(path, pos, format!("bad time zone \"{zone}\"")).with_hint(
                "write \"MSK\", \"MSK+4\", \"MSK-1\" or \"UTC+3\" (Russia keeps no summer time)",
            ),
        );
    };
    let offset = parse_time_zone(&def.time_zone).unwrap_or_else(|| {
        bad_zone(&mut diags, top("time_zone"), &def.time_zone);
        180
    });
    let mut holidays = Vec::new();
    for (n, h) in def.holidays.iter().enumerate() {
        match Holiday::parse(h) {
            Some(day) => holidays.push(day),
            None => {
                let pos = map
                    .literals
                    .iter()
                    .filter(|l| l.path.len() == 1 && l.path[0] == "holidays")
                    .nth(n)
                    .map_or(top("holidays"), |l| l.pos);
                diags.push(
                    Diagnostic::error(path, pos, format!("bad holiday \"{h}\"")).with_hint(
                        "write \"MM-DD\" for every year (\"11-04\") or \"YYYY-MM-DD\" for one date",
                    ),
                );
            }
        }
    }

    let mut entries: Vec<Entry> = Vec::new();
    for (n, e) in def.entries.iter().enumerate() {
        let range = map
            .item_range(&["entries"], n)
            .unwrap_or((0, file.text.len()));
        let id_pos = map
            .nth_keyed(&["entries"], "id", n)
            .map_or(Pos::START, |l| l.pos);
        let at = |value: &str| {
            map.find_in(value, range.0, range.1)
                .map_or(id_pos, |l| l.pos)
        };
        if !is_kebab_case(&e.id) {
            diags.push(kebab_error(path, id_pos, "entry", &e.id));
        }
        if entries.iter().any(|x| x.id == e.id) {
            diags.push(
                Diagnostic::error(path, id_pos, format!("duplicate entry id \"{}\"", e.id))
                    .with_hint("each entry must have its own id; remove or rename this one"),
            );
            continue;
        }
        if let (Some(p), Some(kind)) = (protocol, &e.service)
            && p.services.get(kind).is_none()
        {
            diags.push(
                Diagnostic::error(path, at(kind), format!("unknown service kind \"{kind}\""))
                    .with_hint(unknown_hint(kind, "service", p.services.ids())),
            );
        }
        if let Some(p) = protocol {
            for g in &e.groups {
                match p.groups.get(g) {
                    None => diags.push(
                        Diagnostic::error(path, at(g), format!("unknown service group \"{g}\""))
                            .with_hint(unknown_hint(g, "service group", p.groups.ids())),
                    ),
                    Some(gi) => {
                        let kind = e.service.as_deref().and_then(|k| p.services.get(k));
                        if let Some(s) = kind
                            && !p.groups[gi].services.contains(&s)
                        {
                            diags.push(
                                Diagnostic::warning(
                                    path,
                                    at(g),
                                    format!(
                                        "entry \"{}\" is listed in group \"{g}\", but the protocol does not put \"{}\" in it",
                                        e.id,
                                        e.service.as_deref().unwrap_or_default()
                                    ),
                                )
                                .with_hint("rules and consent follow the protocol's groups: list the groups the protocol gives its service kind"),
                            );
                        }
                    }
                }
            }
        }
        if e.service.is_none() && e.reach == Reach::Signal {
            diags.push(
                Diagnostic::error(
                    path,
                    id_pos,
                    format!(
                        "entry \"{}\" receives signals but provides no service kind",
                        e.id
                    ),
                )
                .with_hint("a written signal is sent to a service: name its `service`"),
            );
        }
        let entry_offset = match &e.time_zone {
            None => offset,
            Some(z) => parse_time_zone(z).unwrap_or_else(|| {
                bad_zone(&mut diags, at(z), z);
                offset
            }),
        };
        let hours = match &e.hours {
            def::HoursDef::Always => Hours::Always,
            def::HoursDef::Weekly(spans) => {
                let mut out = Vec::new();
                if spans.is_empty() {
                    diags.push(
                        Diagnostic::error(
                            path,
                            id_pos,
                            format!("entry \"{}\" has no opening hours", e.id),
                        )
                        .with_hint("list its hours, e.g. Weekly([(days: [Mon, Tue, Wed, Thu, Fri], open: \"09:00\", close: \"18:00\")]), or write Always"),
                    );
                }
                for s in spans {
                    match span(s) {
                        Ok(sp) => out.push(sp),
                        Err(why) => diags.push(
                            Diagnostic::error(
                                path,
                                at(&s.open),
                                format!("bad opening hours for entry \"{}\": {why}", e.id),
                            )
                            .with_hint("write hours as open: \"09:00\", close: \"18:00\", lunch: Some((\"13:00\", \"14:00\")), in 24-hour time"),
                        ),
                    }
                }
                Hours::Weekly(out)
            }
        };
        // Reported by the file's own check (with its protocol), not by every scenario using it.
        if e.verify && protocol.is_some() {
            diags.push(
                Diagnostic::new(
                    Severity::Info,
                    path,
                    id_pos,
                    format!(
                        "entry \"{}\" needs its {} confirmed from an official source",
                        e.id,
                        if e.phone.is_some() {
                            "phone number and hours"
                        } else {
                            "phone number (left out) and hours"
                        }
                    ),
                )
                .with_hint("check the service's official site, then set `verify: false`"),
            );
        }
        entries.push(Entry {
            id: e.id.clone(),
            message: format!("entry-{}", e.id),
            region: def.region.clone(),
            service: e.service.clone(),
            phone: e.phone.clone(),
            hours,
            holidays: e.holidays,
            offset: entry_offset,
            reach: e.reach,
            groups: e.groups.clone(),
            after_hours: e.after_hours.clone(),
            verify: e.verify,
        });
    }
    for (n, e) in def.entries.iter().enumerate() {
        if let Some(other) = &e.after_hours
            && !entries.iter().any(|x| &x.id == other)
        {
            let range = map
                .item_range(&["entries"], n)
                .unwrap_or((0, file.text.len()));
            let pos = map
                .find_in(other, range.0, range.1)
                .map_or(Pos::START, |l| l.pos);
            diags.push(
                Diagnostic::error(
                    path,
                    pos,
                    format!("unknown entry \"{other}\" in after_hours"),
                )
                .with_hint(unknown_hint(
                    other,
                    "entry",
                    entries.iter().map(|x| x.id.as_str()),
                )),
            );
        }
    }
    if diags.has_errors() {
        return (None, diags);
    }
    (
        Some(RegionDirectory {
            region: def.region.clone(),
            path: path.to_path_buf(),
            offset,
            holidays,
            entries,
        }),
        diags,
    )
}

fn span(s: &def::SpanDef) -> Result<Span, String> {
    let hour =
        |v: &str| calendar::parse_hour(v).ok_or_else(|| format!("\"{v}\" is not a time of day"));
    let open = hour(&s.open)?;
    let close = hour(&s.close)?;
    if open == 1440 {
        return Err("a service cannot open at 24:00".into());
    }
    if open == close {
        return Err(format!("it opens and closes at {}", s.open));
    }
    if s.days.is_empty() {
        return Err("no days are given".into());
    }
    let lunch = match &s.lunch {
        None => None,
        Some((from, to)) => {
            let (a, b) = (hour(from)?, hour(to)?);
            let end = if close <= open { close + 1440 } else { close };
            let within = |m: u16| {
                let m = if m < open { m + 1440 } else { m };
                m > open && m < end
            };
            if !(within(a) && within(b) && (a < b || (b < open && a > open))) {
                return Err(format!(
                    "the lunch break {from}–{to} is not within {}–{}",
                    s.open, s.close
                ));
            }
            Some((a, b))
        }
    };
    let days = s.days.iter().fold(0u8, |m, d| m | (1 << d.index()));
    Ok(Span {
        days,
        open,
        close,
        lunch,
    })
}

/// Merges sorted-or-not intervals into sorted, disjoint ones.
fn merge(mut v: Vec<(u32, u32)>) -> Vec<(u32, u32)> {
    v.retain(|(a, b)| a < b);
    v.sort_unstable();
    let mut out: Vec<(u32, u32)> = Vec::with_capacity(v.len());
    for (a, b) in v {
        match out.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

/// Adds `[from, to)` (minutes after the call day's midnight, may be negative or past the
/// week) clipped to the week.
fn push_clipped(out: &mut Vec<(u32, u32)>, from: i64, to: i64) {
    let week = i64::from(WEEK);
    let (a, b) = (from.max(0), to.min(week));
    if a < b {
        out.push((a as u32, b as u32));
    }
}

impl Entry {
    /// When it answers over the week from the call's day: intervals in minutes after that day's
    /// midnight in the caller's time zone (`local`, minutes east of UTC). Holidays are known
    /// only when the date is.
    pub fn week(
        &self,
        local: i32,
        weekday: Weekday,
        date: Option<Date>,
        holidays: &[Holiday],
    ) -> Vec<(u32, u32)> {
        let spans = match &self.hours {
            Hours::Always => return vec![(0, WEEK)],
            Hours::Weekly(spans) => spans,
        };
        // Midnight of a date in the entry's zone, in minutes of the caller's clock.
        let shift = i64::from(local - self.offset);
        let mut out = Vec::new();
        for k in -2i64..=8 {
            let day = weekday.plus(k);
            let off = date
                .map(|d| d.plus(k))
                .is_some_and(|d| holidays.iter().any(|h| h.falls_on(d)));
            if off && self.holidays == HolidayRule::Closed {
                continue;
            }
            let base = k * 1440 + shift;
            for s in spans.iter().filter(|s| s.days & (1 << day.index()) != 0) {
                let open = i64::from(s.open);
                let mut close = i64::from(s.close);
                if close <= open {
                    close += 1440;
                }
                match s.lunch {
                    None => push_clipped(&mut out, base + open, base + close),
                    Some((a, b)) => {
                        let at = |m: u16| {
                            let m = i64::from(m);
                            if m < open { m + 1440 } else { m }
                        };
                        push_clipped(&mut out, base + open, base + at(a));
                        push_clipped(&mut out, base + at(b), base + close);
                    }
                }
            }
        }
        merge(out)
    }
}

/// Whether a service answers now, as a dispatch panel shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ServiceStatus {
    /// It answers.
    Open,
    /// It does not answer now; it opens again at this minute after the call day's midnight
    /// (past 1440 on a later day), if it opens at all.
    Closed {
        /// When it opens next.
        opens_at: Option<u32>,
    },
    /// It receives a written signal, at any hour; it does not come.
    SignalOnly,
}

/// A directory entry as a call in its region sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalEntry {
    /// Its id.
    pub id: String,
    /// Its name's Fluent message.
    pub message: String,
    /// The protocol service it provides, if it is one the scenario's protocol knows.
    pub service: Option<ServiceIx>,
    /// Its phone number, when confirmed.
    pub phone: Option<String>,
    /// Connected now, or a written signal.
    pub reach: Reach,
    /// When it answers, in minutes after the call day's midnight (caller's time), over a week.
    pub open: Vec<(u32, u32)>,
    /// The entry that answers when it is closed.
    pub after_hours: Option<usize>,
    /// Its groups.
    pub groups: Vec<String>,
    /// Its number or hours still need confirming.
    pub verify: bool,
}

/// A protocol service in the call's region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalService {
    /// When a dispatch reaches it, in minutes after the call day's midnight, over a week.
    pub open: Vec<(u32, u32)>,
    /// Every entry providing it only receives written signals.
    pub signal_only: bool,
    /// The entries that provide it.
    pub entries: Vec<usize>,
}

/// The call's region, day and services.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Local {
    /// The region's id.
    pub region: String,
    /// The call's weekday.
    pub weekday: Weekday,
    /// The call's date, when the scenario gives one (holidays are known only then).
    pub date: Option<Date>,
    /// The directory's entries.
    pub entries: Vec<LocalEntry>,
    /// The protocol's services, by index.
    pub services: Vec<LocalService>,
}

/// A protocol service's daily hours `[open, close)` (wrapping past midnight) over a week.
pub fn daily(hours: Option<(u16, u16)>) -> Vec<(u32, u32)> {
    let Some((open, close)) = hours else {
        return vec![(0, WEEK)];
    };
    let mut out = Vec::new();
    for k in -1i64..7 {
        let (a, mut b) = (i64::from(open), i64::from(close));
        if b <= a {
            b += 1440;
        }
        push_clipped(&mut out, k * 1440 + a, k * 1440 + b);
    }
    merge(out)
}

fn contains(open: &[(u32, u32)], minute: u32) -> bool {
    let m = minute % WEEK;
    open.iter().any(|&(a, b)| a <= m && m < b)
}

/// The next minute at or after `minute` when `open` holds, counting from the same midnight.
pub fn next_open(open: &[(u32, u32)], minute: u32) -> Option<u32> {
    let m = minute % WEEK;
    let base = minute - m;
    if contains(open, minute) {
        return Some(minute);
    }
    open.iter()
        .find(|&&(a, _)| a > m)
        .map(|&(a, _)| base + a)
        .or_else(|| open.first().map(|&(a, _)| base + WEEK + a))
}

impl Local {
    /// The region's services for a call on `weekday` (and `date`) under a protocol with
    /// `services`: each service is open when one of its entries is; a service the directory
    /// does not list keeps the protocol's daily hours.
    pub fn new(
        directory: &Directory,
        services: &[crate::protocol::Service],
        weekday: Weekday,
        date: Option<Date>,
    ) -> Local {
        let ix = |kind: &Option<String>| {
            kind.as_ref()
                .and_then(|k| services.iter().position(|s| &s.id == k))
                .map(|i| i as ServiceIx)
        };
        let entries: Vec<LocalEntry> = directory
            .entries
            .iter()
            // Entries for kinds this protocol version does not know are not part of the call.
            .filter(|e| e.service.is_none() || ix(&e.service).is_some())
            .map(|e| LocalEntry {
                id: e.id.clone(),
                message: e.message.clone(),
                service: ix(&e.service),
                phone: e.phone.clone(),
                reach: e.reach,
                open: e.week(directory.offset, weekday, date, &directory.holidays),
                after_hours: None,
                groups: e.groups.clone(),
                verify: e.verify,
            })
            .collect();
        let mut entries = entries;
        for i in 0..entries.len() {
            let after = directory
                .entries
                .iter()
                .find(|e| e.id == entries[i].id)
                .and_then(|e| e.after_hours.as_ref())
                .and_then(|other| entries.iter().position(|x| &x.id == other));
            entries[i].after_hours = after;
        }
        let services = services
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let mine: Vec<usize> = (0..entries.len())
                    .filter(|&e| entries[e].service == Some(i as ServiceIx))
                    .collect();
                if mine.is_empty() {
                    return LocalService {
                        open: daily(s.hours),
                        signal_only: false,
                        entries: mine,
                    };
                }
                let dispatch: Vec<usize> = mine
                    .iter()
                    .copied()
                    .filter(|&e| entries[e].reach == Reach::Dispatch)
                    .collect();
                LocalService {
                    open: merge(
                        dispatch
                            .iter()
                            .flat_map(|&e| entries[e].open.iter().copied())
                            .collect(),
                    ),
                    signal_only: dispatch.is_empty(),
                    entries: mine,
                }
            })
            .collect();
        Local {
            region: directory.region.clone(),
            weekday,
            date,
            entries,
            services,
        }
    }

    /// Whether a dispatch of service `ix` at `minute` after the call day's midnight reaches it
    /// (a written signal is always received).
    pub fn is_open(&self, ix: ServiceIx, minute: u32) -> bool {
        self.services
            .get(usize::from(ix))
            .is_some_and(|s| s.signal_only || contains(&s.open, minute))
    }

    /// What a dispatch panel shows for service `ix` at `minute`.
    pub fn status(&self, ix: ServiceIx, minute: u32) -> ServiceStatus {
        let Some(s) = self.services.get(usize::from(ix)) else {
            return ServiceStatus::Closed { opens_at: None };
        };
        if s.signal_only {
            ServiceStatus::SignalOnly
        } else if contains(&s.open, minute) {
            ServiceStatus::Open
        } else {
            ServiceStatus::Closed {
                opens_at: next_open(&s.open, minute),
            }
        }
    }

    /// Whether entry `e` answers at `minute`.
    pub fn entry_open(&self, e: usize, minute: u32) -> bool {
        self.entries
            .get(e)
            .is_some_and(|x| x.reach == Reach::Signal || contains(&x.open, minute))
    }

    /// The entries of service `ix` that answer at `minute`.
    pub fn answering(&self, ix: ServiceIx, minute: u32) -> Vec<usize> {
        self.services
            .get(usize::from(ix))
            .map(|s| {
                s.entries
                    .iter()
                    .copied()
                    .filter(|&e| self.entry_open(e, minute))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// What answers instead of service `ix` at `minute`: the open after-hours entries its
    /// entries name (the police duty unit through 102 for ПДН at night). Nothing is guessed: a
    /// service without an after-hours entry has none.
    pub fn instead(&self, ix: ServiceIx, minute: u32) -> Vec<usize> {
        let Some(s) = self.services.get(usize::from(ix)) else {
            return Vec::new();
        };
        let mut out: Vec<usize> = s
            .entries
            .iter()
            .filter_map(|&e| self.entries[e].after_hours)
            .filter(|&e| self.entry_open(e, minute))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests;
