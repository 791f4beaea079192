//! What a call and its debrief show, as plain data in the player's language.
//!
//! Every front end (the terminal, the desktop app) shows the same things with the same words:
//! this module turns engine events and scorecards into lines of text, and the front ends only
//! lay them out. It reads no clock, draws nothing and knows no front end.

pub mod arc;
pub mod call;
pub mod debrief;

pub use call::{CallView, Shown, Speaker};
pub use debrief::Debrief;

/// A caller's topics in the player's language (`topic-ID`; the id where there is no message).
pub fn topics(text: &crate::locale::Text, topics: &[String]) -> String {
    topics
        .iter()
        .map(|t| {
            let message = crate::msg::topic(t);
            if text.has(&message) {
                text.get(&message, None)
            } else {
                t.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `MM:SS` of simulated call time.
pub fn clock(seconds: u32) -> String {
    format!("{:02}:{:02}", seconds / 60, seconds % 60)
}
