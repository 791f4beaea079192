//! The service directory file as a trainer writes it (`scenarios/services/REGION.ron`).
//!
//! One file per region (and `federal.ron` for the lines that answer everywhere): each entry is a
//! real service with its phone number, hours by weekday with lunch breaks, what it does on
//! public holidays, the time zone its hours are kept in, whether it can be reached in real time
//! or only receives a written signal, and the protocol service kind it provides (the protocol's
//! service ids stay the vocabulary rules and scenarios use). Names are text, in
//! `locales/LANG/services/REGION.ftl` (`region-REGION`, `entry-ID`).

use serde::{Deserialize, Serialize};

/// A directory file as written.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Directory")]
pub struct DirectoryDef {
    /// The region's id (kebab-case; also the file's name): `leningrad-oblast`, or `federal`.
    pub region: String,
    /// The protocol whose service kinds the entries provide (its current version).
    pub protocol: String,
    /// The time zone the region's clocks keep: `"MSK"`, `"MSK+4"`, `"UTC+3"`. A scenario in the
    /// region gives its clock in this time zone.
    pub time_zone: String,
    /// Days off besides weekends: `"MM-DD"` every year, `"YYYY-MM-DD"` once (a transferred day
    /// off). The federal file lists the national public holidays; a region adds its own.
    #[serde(default)]
    pub holidays: Vec<String>,
    /// The services.
    pub entries: Vec<EntryDef>,
}

/// One service of the directory.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Entry")]
pub struct EntryDef {
    /// The entry's id (kebab-case, unique across the federal file and the region's). Its name is
    /// the Fluent message `entry-ID`.
    pub id: String,
    /// The protocol service kind it provides; none for a number the counsellor gives to the
    /// caller but does not connect (the helpline itself, a city's psychological help line).
    #[serde(default)]
    pub service: Option<String>,
    /// The public phone number, as dialled. Left out when it could not be confirmed.
    #[serde(default)]
    pub phone: Option<String>,
    /// When it answers, in its own time zone.
    pub hours: HoursDef,
    /// What it does on public holidays (offices close; emergency lines answer as usual).
    #[serde(default)]
    pub holidays: HolidayRule,
    /// The time zone its hours are kept in, when not the file's (federal lines keep Moscow time).
    #[serde(default)]
    pub time_zone: Option<String>,
    /// Whether a counsellor can connect it now, or only send it a written signal.
    #[serde(default)]
    pub reach: Reach,
    /// The protocol's service groups it belongs to.
    #[serde(default)]
    pub groups: Vec<String>,
    /// The entry that answers for it when it is closed (ПДН by day, the police duty unit
    /// through 102 at night).
    #[serde(default)]
    pub after_hours: Option<String>,
    /// The phone number or hours still need confirming from an official source: `check`
    /// reports it as information.
    #[serde(default)]
    pub verify: bool,
}

/// When a service answers.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub enum HoursDef {
    /// Around the clock, every day.
    Always,
    /// On these days and hours only.
    Weekly(Vec<SpanDef>),
}

/// Opening hours on some weekdays.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Hours")]
pub struct SpanDef {
    /// The weekdays.
    pub days: Vec<Weekday>,
    /// Opens, "HH:MM".
    pub open: String,
    /// Closes, "HH:MM" (earlier than `open` when the hours run past midnight; "24:00" is
    /// midnight at the end of the day).
    pub close: String,
    /// The lunch break, `("13:00", "14:00")`, when it does not answer.
    #[serde(default)]
    pub lunch: Option<(String, String)>,
}

/// What an entry does on public holidays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
pub enum HolidayRule {
    /// Closed all day (the default: offices).
    #[default]
    Closed,
    /// Keeps its usual hours.
    AsUsual,
}

/// How a counsellor reaches a service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Deserialize, Serialize)]
pub enum Reach {
    /// Connected in real time, while it is open (the default).
    #[default]
    Dispatch,
    /// Receives a written signal, at any hour, and acts on working days (КДН и ЗП).
    Signal,
}

/// A day of the week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
pub enum Weekday {
    /// Monday.
    Mon,
    /// Tuesday.
    Tue,
    /// Wednesday.
    Wed,
    /// Thursday.
    Thu,
    /// Friday.
    Fri,
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
}

impl Weekday {
    /// Every day, from Monday.
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    /// Monday is 0, Sunday 6.
    pub fn index(self) -> u8 {
        self as u8
    }

    /// The day `days` after this one.
    pub fn plus(self, days: i64) -> Weekday {
        Weekday::ALL[(i64::from(self.index()) + days).rem_euclid(7) as usize]
    }

    /// The id, as files and messages (`ui-weekday-ID`) say it.
    pub fn as_str(self) -> &'static str {
        match self {
            Weekday::Mon => "mon",
            Weekday::Tue => "tue",
            Weekday::Wed => "wed",
            Weekday::Thu => "thu",
            Weekday::Fri => "fri",
            Weekday::Sat => "sat",
            Weekday::Sun => "sun",
        }
    }
}
