//! Dates, time zones and holidays, as the directory and scenarios write them. No clock is read:
//! every date is one a file gives.

use super::def::Weekday;

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    /// The year.
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month, from 1.
    pub day: u8,
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// Parses `YYYY-MM-DD` (years 1900 to 2999).
    pub fn parse(s: &str) -> Option<Date> {
        let mut parts = s.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let date = Date {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        };
        ((1900..3000).contains(&date.year)
            && (1..=12).contains(&date.month)
            && (1..=days_in_month(date.year, date.month)).contains(&date.day))
        .then_some(date)
    }

    /// Days since 1970-01-01 (the civil-from-days algorithm, proleptic Gregorian).
    fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    fn from_days(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The weekday of the date.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        Weekday::Thu.plus(self.days())
    }

    /// The date `days` later.
    pub fn plus(self, days: i64) -> Date {
        Date::from_days(self.days() + days)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A day off: every year on a day, or once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Holiday {
    /// Every year on this month and day.
    Yearly {
        /// The month.
        month: u8,
        /// The day.
        day: u8,
    },
    /// On this date only (a day off transferred by the government's calendar).
    Once(Date),
}

impl Holiday {
    /// Parses `MM-DD` or `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Holiday> {
        if s.len() == 5 {
            // A leap year accepts 02-29.
            let d = Date::parse(&format!("2000-{s}"))?;
            return Some(Holiday::Yearly {
                month: d.month,
                day: d.day,
            });
        }
        Date::parse(s).map(Holiday::Once)
    }

    /// Whether `date` is this day off.
    pub fn falls_on(self, date: Date) -> bool {
        match self {
            Holiday::Yearly { month, day } => date.month == month && date.day == day,
            Holiday::Once(d) => d == date,
        }
    }
}

/// Parses a time zone as minutes east of UTC: `MSK`, `MSK+N` / `MSK-N` (the Russian way of
/// naming zones by their offset from Moscow, UTC+3), or `UTC+H`, `UTC+HH:MM`, `UTC-H`. Russia
/// keeps no summer time, so a fixed offset is exact.
pub fn parse_time_zone(s: &str) -> Option<i32> {
    let s = s.trim();
    let (base, rest) = if let Some(rest) = s.strip_prefix("MSK") {
        (180, rest)
    } else if let Some(rest) = s.strip_prefix("UTC") {
        (0, rest)
    } else {
        return None;
    };
    if rest.is_empty() {
        return Some(base);
    }
    let (sign, rest) = match rest.as_bytes()[0] {
        b'+' => (1, &rest[1..]),
        b'-' => (-1, &rest[1..]),
        _ => return None,
    };
    let (h, m) = match rest.split_once(':') {
        Some((h, m)) if m.len() == 2 => (h, m.parse::<i32>().ok()?),
        Some(_) => return None,
        None => (rest, 0),
    };
    if h.is_empty() || h.len() > 2 || !h.bytes().all(|b| b.is_ascii_digit()) || m >= 60 {
        return None;
    }
    let offset = base + sign * (h.parse::<i32>().ok()? * 60 + m);
    (-12 * 60..=14 * 60).contains(&offset).then_some(offset)
}

/// Parses "HH:MM" (and "24:00", the end of the day) into minutes after midnight.
pub fn parse_hour(s: &str) -> Option<u16> {
    if s == "24:00" {
        return Some(1440);
    }
    crate::protocol::parse_clock(s)
}

/// Formats minutes after midnight as "HH:MM" (wrapping past a day).
pub fn hh_mm(minute: u32) -> String {
    let m = minute % 1440;
    format!("{:02}:{:02}", m / 60, m % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_of_known_dates() {
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(d("1970-01-01").weekday(), Weekday::Thu);
        assert_eq!(d("2026-12-03").weekday(), Weekday::Thu);
        assert_eq!(d("2024-02-29").weekday(), Weekday::Thu);
        assert_eq!(d("2026-01-07").weekday(), Weekday::Wed);
        assert_eq!(d("2025-12-31").plus(1), d("2026-01-01"));
        assert_eq!(d("2024-02-28").plus(1), d("2024-02-29"));
        assert_eq!(d("2026-03-01").plus(-1), d("2026-02-28"));
    }

    #[test]
    fn bad_dates_are_refused() {
        for s in [
            "2026-02-29",
            "2026-13-01",
            "2026-1-01",
            "26-01-01",
            "2026-01-01-01",
            "",
        ] {
            assert_eq!(Date::parse(s), None, "{s}");
        }
        assert_eq!(
            Holiday::parse("02-29"),
            Some(Holiday::Yearly { month: 2, day: 29 })
        );
        assert_eq!(Holiday::parse("02-30"), None);
    }

    #[test]
    fn time_zones() {
        assert_eq!(parse_time_zone("MSK"), Some(180));
        assert_eq!(parse_time_zone("MSK+4"), Some(420));
        assert_eq!(parse_time_zone("MSK-1"), Some(120));
        assert_eq!(parse_time_zone("UTC+5:30"), Some(330));
        assert_eq!(parse_time_zone("UTC"), Some(0));
        for bad in ["Europe/Moscow", "MSK+", "MSK+x", "UTC+15", "MSK+4:7", ""] {
            assert_eq!(parse_time_zone(bad), None, "{bad}");
        }
    }
}
