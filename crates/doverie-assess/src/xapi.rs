//! A training record per attempt as an xAPI statement (IEEE 9274.1.1), with serde types of our
//! own: actor, verb, object, result, context, timestamp.

use serde::{Deserialize, Serialize};

use crate::attempts::Attempt;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    pub id: String,
    pub actor: Agent,
    pub verb: Verb,
    pub object: Activity,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<XResult>,
    pub context: Context,
    pub timestamp: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Agent {
    #[serde(rename = "objectType")]
    pub object_type: String,
    pub account: Account,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Account {
    #[serde(rename = "homePage")]
    pub home_page: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verb {
    pub id: String,
    pub display: std::collections::BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Activity {
    #[serde(rename = "objectType")]
    pub object_type: String,
    pub id: String,
    pub definition: Definition,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Definition {
    pub name: std::collections::BTreeMap<String, String>,
    #[serde(rename = "type")]
    pub kind: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct XResult {
    pub score: Score,
    pub success: bool,
    pub completion: bool,
    /// ISO 8601 duration of the call (simulated time).
    pub duration: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Score {
    pub scaled: f64,
    pub raw: f64,
    pub min: f64,
    pub max: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Context {
    pub platform: String,
    pub language: String,
    pub extensions: std::collections::BTreeMap<String, serde_json::Value>,
}

const HOME: &str = "urn:doverie";

/// The statement for one attempt: `completed` for a finished call (success when its level is
/// High Compliance or Compliant), `attempted` for an abandoned one (no result).
pub fn statement(a: &Attempt) -> Statement {
    let one = |k: &str, v: &str| std::collections::BTreeMap::from([(k.to_string(), v.to_string())]);
    let (verb, word) = if a.finished {
        ("http://adlnet.gov/expapi/verbs/completed", "completed")
    } else {
        ("http://adlnet.gov/expapi/verbs/attempted", "attempted")
    };
    let result = a.total.map(|total| XResult {
        score: Score {
            scaled: (total / 100.0).clamp(0.0, 1.0),
            raw: total,
            min: 0.0,
            max: 100.0,
        },
        success: matches!(
            a.level,
            Some(
                doverie_core::score::Level::HighCompliance | doverie_core::score::Level::Compliant
            )
        ),
        completion: true,
        duration: format!("PT{}S", a.seconds),
    });
    let ext = |k: &str| format!("{HOME}:extension:{k}");
    let mut extensions = std::collections::BTreeMap::new();
    extensions.insert(ext("protocol"), serde_json::json!(a.protocol));
    extensions.insert(
        ext("protocol-version"),
        serde_json::json!(a.protocol_version),
    );
    extensions.insert(ext("mode"), serde_json::json!(a.mode.as_str()));
    extensions.insert(ext("level"), serde_json::json!(a.level.map(|l| l.id())));
    extensions.insert(ext("centre"), serde_json::json!(a.centre));
    extensions.insert(ext("attempt"), serde_json::json!(a.id));
    Statement {
        id: format!("{HOME}:attempt:{}", a.id),
        actor: Agent {
            object_type: "Agent".into(),
            account: Account {
                home_page: HOME.into(),
                name: a.trainee.clone(),
            },
        },
        verb: Verb {
            id: verb.into(),
            display: one("en-US", word),
        },
        object: Activity {
            object_type: "Activity".into(),
            id: format!("{HOME}:scenario:{}", a.scenario),
            definition: Definition {
                name: one("en-US", &a.scenario),
                kind: "http://adlnet.gov/expapi/activities/simulation".into(),
            },
        },
        result,
        context: Context {
            platform: format!("doverie {}", a.engine),
            language: a.locale.clone(),
            extensions,
        },
        timestamp: crate::words::iso_time(a.when()),
    }
}
