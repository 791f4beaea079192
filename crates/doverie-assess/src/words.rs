//! The reports' own words in Russian and English, and dates. Level, category and rule names come
//! from the protocol's Fluent text (through [`Names`]) when its content is on disk.

use doverie_core::locale::{Lang, Text};

/// A report label in `lang`.
pub fn w(lang: Lang, key: &str) -> &'static str {
    let (en, ru) = match key {
        "attempt" => ("Attempt", "Попытка"),
        "attempts" => ("Attempts", "Попытки"),
        "trainee" => ("Trainee", "Стажёр"),
        "cohort" => ("Cohort", "Группа"),
        "centre" => ("Centre", "Центр"),
        "scenario" => ("Scenario", "Сценарий"),
        "protocol" => ("Protocol", "Протокол"),
        "mode" => ("Mode", "Режим"),
        "practice" => ("practice", "практика"),
        "exam" => ("exam", "экзамен"),
        "level" => ("Level", "Уровень"),
        "total" => ("Total", "Итог"),
        "when" => ("When", "Когда"),
        "turn" => ("Turn", "Ход"),
        "time" => ("Time", "Время"),
        "caller" => ("Caller", "Абонент"),
        "counsellor" => ("Counsellor", "Консультант"),
        "typed" => ("Typed first", "Свои слова"),
        "event" => ("Event", "Событие"),
        "who" => ("Who", "Кто"),
        "what" => ("What", "Что"),
        "deviation" => ("Deviation", "Отклонение"),
        "deviations" => ("Deviations", "Отклонения"),
        "why" => ("Why it matters", "Почему это важно"),
        "better" => ("Better", "Как лучше"),
        "end-state" => ("The caller at the end", "Абонент в конце звонка"),
        "recordings" => ("Recorded answers", "Записанные ответы"),
        "categories" => ("Categories", "Категории"),
        "category" => ("Category", "Категория"),
        "severity" => ("Severity", "Тяжесть"),
        "severities" => ("Per severity", "По тяжести"),
        "opportunities" => ("Opportunities", "Возможности"),
        "rate" => ("Deviation rate", "Доля отклонений"),
        "levels" => ("Calls per level", "Звонки по уровням"),
        "limit" => ("Limit", "Предел"),
        "share" => ("Share", "Доля"),
        "calls" => ("Calls", "Звонки"),
        "weakest" => ("Weakest rules", "Самые слабые правила"),
        "rule" => ("Rule", "Правило"),
        "difficulty" => ("Per scenario", "По сценариям"),
        "mean" => ("Mean total", "Средний итог"),
        "sentinels" => ("Sentinel calls", "Контрольные звонки"),
        "critical" => ("With a Critical deviation", "С критическим отклонением"),
        "certification" => ("Certification", "Аттестация"),
        "certified" => ("Certified", "Аттестован"),
        "not-certified" => ("Not certified", "Не аттестован"),
        "threshold" => ("Threshold", "Порог"),
        "held" => ("held", "выполнен"),
        "failed" => ("failed", "не выполнен"),
        "measured" => ("Measured", "Значение"),
        "counted" => ("Counted attempts", "Учтённые попытки"),
        "set-aside" => ("Set aside", "Не учтены"),
        "unfinished" => ("abandoned", "не завершён"),
        "filters" => ("Filters", "Фильтры"),
        "none" => ("none", "нет"),
        "over-time" => ("Totals over time", "Итоги по времени"),
        "outcome" => ("Outcome", "Исход"),
        "imported" => ("Imported from", "Импортировано из"),
        "engine" => ("Engine", "Движок"),
        "went-well" => ("What went well", "Что получилось"),
        "no-certification" => ("No verdict", "Нет решения"),
        "reason-practice" => ("a practice attempt", "тренировочная попытка"),
        "reason-not-first" => (
            "not the first exam attempt of the scenario",
            "не первая экзаменационная попытка сценария",
        ),
        _ => ("?", "?"),
    };
    match lang {
        Lang::En => en,
        Lang::Ru => ru,
    }
}

/// Names from the protocol's and scenario's Fluent text, or the id when there is none.
pub struct Names {
    pub text: Option<Text>,
}

impl Names {
    pub fn get(&self, message: &str, fallback: &str) -> String {
        match &self.text {
            Some(t) if t.has(message) => t.get(message, None),
            _ => fallback.to_string(),
        }
    }

    pub fn level(&self, id: &str) -> String {
        self.get(&format!("level-{id}"), id)
    }

    pub fn category(&self, id: &str) -> String {
        self.get(&format!("category-{id}"), id)
    }

    pub fn rule(&self, id: &str) -> String {
        self.get(&format!("rule-{id}"), id)
    }
}

/// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// A civil date to days since 1970-01-01.
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// `2026-12-03T08:20:15Z`.
pub fn iso_time(unix: i64) -> String {
    let (y, m, d) = civil(unix.div_euclid(86_400));
    let s = unix.rem_euclid(86_400);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        s / 3600,
        s / 60 % 60,
        s % 60
    )
}

/// `2026-12-03 08:20` (UTC).
pub fn short_time(unix: i64) -> String {
    let t = iso_time(unix);
    format!("{} {}", &t[..10], &t[11..16])
}

/// `YYYY-MM-DD` to the Unix time of its midnight (UTC).
pub fn parse_date(s: &str) -> Result<i64, String> {
    let parts: Vec<&str> = s.split('-').collect();
    let bad = || format!("{s:?}: a date is YYYY-MM-DD");
    let [y, m, d] = parts.as_slice() else {
        return Err(bad());
    };
    let (y, m, d): (i64, u32, u32) = (
        y.parse().map_err(|_| bad())?,
        m.parse().map_err(|_| bad())?,
        d.parse().map_err(|_| bad())?,
    );
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return Err(bad());
    }
    Ok(days_from_civil(y, m, d) * 86_400)
}

/// `mm:ss`.
pub fn clock(seconds: i64) -> String {
    format!("{:02}:{:02}", seconds / 60, seconds % 60)
}
