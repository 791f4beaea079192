//! Fluent message ids, built in one place: one function per kind of message.
//!
//! A leaf module (it imports nothing of the crate), so the protocol, the scenario compiler, the
//! view and every front end name a message the same way. Ids of the program's own fixed words
//! (`ui-debrief-title`...) are written where they are used; the ones built from a content id are
//! built here.

/// The name of an act of the protocol: `act-ID`.
pub fn act(id: &str) -> String {
    format!("act-{id}")
}

/// The name of a caller event: `event-ID`.
pub fn event(id: &str) -> String {
    format!("event-{id}")
}

/// The name of a service: `service-ID`.
pub fn service(id: &str) -> String {
    format!("service-{id}")
}

/// The name of a service group: `group-ID`.
pub fn group(id: &str) -> String {
    format!("group-{id}")
}

/// The name of an outcome: `outcome-ID`.
pub fn outcome(id: &str) -> String {
    format!("outcome-{id}")
}

/// The name of a topic: `topic-ID`.
pub fn topic(id: &str) -> String {
    format!("topic-{id}")
}

/// The name of a scoring category: `category-ID`.
pub fn category(id: &str) -> String {
    format!("category-{id}")
}

/// The name of a rule: `rule-ID`.
pub fn rule(id: &str) -> String {
    format!("rule-{id}")
}

/// Why a rule matters: `rule-ID--explain`.
pub fn rule_explain(id: &str) -> String {
    format!("rule-{id}--explain")
}

/// What good practice would have been: `rule-ID--better`.
pub fn rule_better(id: &str) -> String {
    format!("rule-{id}--better")
}

/// The name of an arc rule: `arc-rule-ID`.
pub fn arc_rule(id: &str) -> String {
    format!("arc-rule-{id}")
}

/// Why an arc rule matters: `arc-rule-ID--explain`.
pub fn arc_rule_explain(id: &str) -> String {
    format!("arc-rule-{id}--explain")
}

/// The name of a compliance level (`high-compliance`...): `level-ID`.
pub fn level(id: &str) -> String {
    format!("level-{id}")
}

/// The name of a caller variable: `variable-ID`.
pub fn variable(id: &str) -> String {
    format!("variable-{id}")
}

/// An option of a node (what the counsellor can say): `NODE--OPTION`.
pub fn option(node: &str, option: &str) -> String {
    format!("{node}--{option}")
}

/// A line of a node (what the caller says): `NODE--LINE`.
pub fn line(node: &str, line: &str) -> String {
    format!("{node}--{line}")
}

/// The name of a scenario's difficulty (`introductory`...): `ui-difficulty-ID`.
pub fn difficulty(id: &str) -> String {
    format!("ui-difficulty-{id}")
}

/// The name of a deviation's severity (`minor`...): `ui-severity-ID`.
pub fn severity(id: &str) -> String {
    format!("ui-severity-{id}")
}

/// A certification check's line (`min-calls`...): `ui-certify-check-ID`.
pub fn certify_check(id: &str) -> String {
    format!("ui-certify-check-{id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_the_files_conventions() {
        assert_eq!(rule("no-secrecy"), "rule-no-secrecy");
        assert_eq!(rule_explain("no-secrecy"), "rule-no-secrecy--explain");
        assert_eq!(rule_better("no-secrecy"), "rule-no-secrecy--better");
        assert_eq!(option("start", "greet"), "start--greet");
        assert_eq!(difficulty("advanced"), "ui-difficulty-advanced");
        assert_eq!(level("compliant"), "level-compliant");
    }
}
