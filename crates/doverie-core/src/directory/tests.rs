//! Hours by weekday, lunch breaks, holidays and time zones.

use super::*;

fn span(days: &[Weekday], open: &str, close: &str, lunch: Option<(&str, &str)>) -> Span {
    let h = |s: &str| calendar::parse_hour(s).unwrap();
    Span {
        days: days.iter().fold(0, |m, d| m | (1 << d.index())),
        open: h(open),
        close: h(close),
        lunch: lunch.map(|(a, b)| (h(a), h(b))),
    }
}

fn entry(id: &str, service: &str, hours: Hours, tz: &str) -> Entry {
    Entry {
        id: id.into(),
        message: format!("entry-{id}"),
        region: "test".into(),
        service: Some(service.into()),
        phone: None,
        hours,
        holidays: HolidayRule::Closed,
        offset: parse_time_zone(tz).unwrap(),
        reach: Reach::Dispatch,
        groups: vec![],
        after_hours: None,
        verify: false,
    }
}

const WORKDAYS: [Weekday; 5] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
];

fn office() -> Hours {
    Hours::Weekly(vec![span(
        &WORKDAYS,
        "09:00",
        "18:00",
        Some(("13:00", "14:00")),
    )])
}

fn at(day: u32, clock: &str) -> u32 {
    day * 1440 + u32::from(crate::protocol::parse_clock(clock).unwrap())
}

fn open(open: &[(u32, u32)], minute: u32) -> bool {
    contains(open, minute)
}

#[test]
fn an_office_is_open_on_weekdays_and_closed_at_lunch_and_at_night() {
    let e = entry("pdn", "police-juvenile-unit", office(), "MSK");
    let week = e.week(180, Weekday::Fri, None, &[]);
    assert!(open(&week, at(0, "10:00")), "Friday morning");
    assert!(!open(&week, at(0, "13:30")), "lunch");
    assert!(open(&week, at(0, "14:00")), "after lunch");
    assert!(!open(&week, at(0, "18:00")), "closes at 18:00");
    assert!(!open(&week, at(0, "23:40")), "night");
    assert!(!open(&week, at(1, "10:00")), "Saturday");
    assert!(!open(&week, at(2, "10:00")), "Sunday");
    assert!(open(&week, at(3, "10:00")), "Monday");
    assert_eq!(next_open(&week, at(0, "23:40")), Some(at(3, "09:00")));
    assert_eq!(next_open(&week, at(0, "13:10")), Some(at(0, "14:00")));
}

#[test]
fn a_public_holiday_closes_an_office_but_not_an_emergency_line() {
    let holidays = [Holiday::parse("01-07").unwrap()];
    let wed = Date::parse("2026-01-07").unwrap();
    let office = entry("opeka", "guardianship", office(), "MSK");
    let week = office.week(180, wed.weekday(), Some(wed), &holidays);
    assert!(!open(&week, at(0, "10:00")), "Christmas: closed");
    assert!(open(&week, at(1, "10:00")), "the next day open");
    let mut line = entry("line", "children-online", office_hours_as_usual(), "MSK");
    line.holidays = HolidayRule::AsUsual;
    let week = line.week(180, wed.weekday(), Some(wed), &holidays);
    assert!(open(&week, at(0, "10:00")), "keeps its hours on holidays");
    // Without a date, a holiday cannot be known: the weekday's hours apply.
    let week = office.week(180, Weekday::Wed, None, &holidays);
    assert!(open(&week, at(0, "10:00")));
}

fn office_hours_as_usual() -> Hours {
    Hours::Weekly(vec![span(&WORKDAYS, "09:00", "18:00", None)])
}

#[test]
fn federal_hours_in_moscow_time_move_with_the_callers_time_zone() {
    // «Дети онлайн» keeps 09:00–18:00 Moscow time; in Novosibirsk (MSK+4) that is 13:00–22:00.
    let line = entry(
        "deti-online",
        "children-online",
        office_hours_as_usual(),
        "MSK",
    );
    let novosibirsk = parse_time_zone("MSK+4").unwrap();
    let week = line.week(novosibirsk, Weekday::Mon, None, &[]);
    assert!(!open(&week, at(0, "10:00")));
    assert!(open(&week, at(0, "13:00")));
    assert!(open(&week, at(0, "21:59")));
    assert!(!open(&week, at(0, "22:00")));
    // In Kamchatka (MSK+9) Monday's hours end after midnight, on Tuesday.
    let kamchatka = parse_time_zone("MSK+9").unwrap();
    let week = line.week(kamchatka, Weekday::Mon, None, &[]);
    assert!(
        open(&week, at(1, "02:00")),
        "Monday 17:00 MSK is Tuesday 02:00"
    );
    assert!(!open(&week, at(0, "17:00")));
    // And in Kaliningrad (MSK-1) they are 08:00–17:00.
    let week = line.week(parse_time_zone("MSK-1").unwrap(), Weekday::Mon, None, &[]);
    assert!(open(&week, at(0, "08:00")));
    assert!(!open(&week, at(0, "17:00")));
}

#[test]
fn hours_past_midnight_and_around_the_clock() {
    let night = entry(
        "night",
        "police-102",
        Hours::Weekly(vec![span(&Weekday::ALL, "18:00", "09:00", None)]),
        "MSK",
    );
    let week = night.week(180, Weekday::Sat, None, &[]);
    assert!(
        open(&week, at(0, "03:00")),
        "Friday night's hours reach Saturday morning"
    );
    assert!(!open(&week, at(0, "12:00")));
    assert!(open(&week, at(0, "23:00")));
    let always = entry("112", "emergency-112", Hours::Always, "MSK");
    assert_eq!(always.week(180, Weekday::Sun, None, &[]), vec![(0, WEEK)]);
}

#[test]
fn a_night_call_in_the_region_finds_pdn_closed_and_the_duty_unit_answering() {
    let services = vec![
        crate::protocol::Service {
            id: "police-102".into(),
            message: "service-police-102".into(),
            hours: None,
        },
        crate::protocol::Service {
            id: "police-juvenile-unit".into(),
            message: "service-police-juvenile-unit".into(),
            hours: Some((540, 1080)),
        },
        crate::protocol::Service {
            id: "minors-commission".into(),
            message: "service-minors-commission".into(),
            hours: Some((540, 1080)),
        },
        crate::protocol::Service {
            id: "school-psychologist".into(),
            message: "service-school-psychologist".into(),
            hours: Some((480, 960)),
        },
    ];
    let mut pdn = entry("pdn", "police-juvenile-unit", office(), "MSK");
    pdn.after_hours = Some("duty".into());
    pdn.groups = vec!["child-protection".into()];
    let duty = entry("duty", "police-102", Hours::Always, "MSK");
    let mut kdn = entry("kdn", "minors-commission", office(), "MSK");
    kdn.reach = Reach::Signal;
    let directory = Directory {
        region: "test".into(),
        offset: 180,
        holidays: vec![],
        entries: vec![pdn, duty, kdn],
    };
    let local = Local::new(&directory, &services, Weekday::Sat, None);
    let night = at(0, "23:40");
    assert!(!local.is_open(1, night));
    assert_eq!(
        local.status(1, night),
        ServiceStatus::Closed {
            opens_at: Some(at(2, "09:00"))
        }
    );
    assert!(local.is_open(0, night));
    assert_eq!(
        local.instead(1, night),
        vec![1],
        "the duty unit answers instead"
    );
    assert_eq!(local.status(2, night), ServiceStatus::SignalOnly);
    assert!(
        local.is_open(2, night),
        "a written signal is received at any hour"
    );
    // Not in the directory: the protocol's hours, every day.
    assert!(local.is_open(3, at(0, "10:00")));
    assert!(!local.is_open(3, night));
}
