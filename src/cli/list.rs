//! `doverie list`: the scenarios on offer.

use std::process::ExitCode;

use doverie_core::content::{self};
use doverie_core::diag::Severity;
use doverie_core::library::Library;
use doverie_core::locale::Lang;

pub(super) fn run(library: &Library, lang: Lang) -> ExitCode {
    for path in library.scenario_files() {
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        match content::load(library, &name) {
            Ok((loaded, _)) => {
                let text = loaded.text(lang);
                let s = &loaded.scenario;
                outln!(
                    "{name}\n    {} ({}, {}; {})",
                    text.get("title", None),
                    s.caller.age,
                    text.get(
                        &doverie_core::msg::difficulty(s.caller.difficulty.as_str()),
                        None
                    ),
                    doverie_core::view::topics(&text, &s.caller.topics),
                );
                if doverie_core::score::certify::is_sentinel(&loaded.protocol, s) {
                    outln!("    {}", text.get("ui-list-sentinel", None));
                }
                outln!("    {}", text.get("summary", None));
            }
            Err(d) => outln!(
                "{name}\n    (does not check: {} error(s))",
                d.count(Severity::Error)
            ),
        }
    }
    ExitCode::SUCCESS
}
