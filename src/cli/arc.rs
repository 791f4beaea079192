//! Arcs in the terminal: `doverie play --arc NAME` plays an arc's calls in order (each its own
//! transcript in one folder, linked to the one before), `--continue DIR` plays the next call
//! after the last transcript there, and `doverie score DIR` (or the files) verifies and scores
//! the arc as a whole.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use doverie_core::content::{self, LoadedArc};
use doverie_core::diag::Severity;
use doverie_core::engine::Input;
use doverie_core::library::Library;
use doverie_core::locale::Lang;
use doverie_core::transcript::{Mode, Transcript};
use doverie_core::verify;
use doverie_files::CallJournal;

use super::play::{PlayArgs, Resumable, play_on};

/// Loads an arc for play, reporting its problems.
pub(super) fn load_arc(library: &Library, name: &str) -> Result<LoadedArc, ExitCode> {
    match content::load_arc(library, name) {
        Ok((loaded, _warnings)) => Ok(loaded),
        Err(diags) => {
            super::report(&diags);
            let known: Vec<String> = library
                .arc_files()
                .iter()
                .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
                .collect();
            eprintln!(
                "doverie: cannot play the arc \"{name}\": {} error(s); the arcs here: {}",
                diags.count(Severity::Error),
                if known.is_empty() {
                    "none".to_string()
                } else {
                    known.join(", ")
                }
            );
            Err(ExitCode::FAILURE)
        }
    }
}

/// The transcripts of an arc in a folder, in the order they were played (`01-….json`,
/// `02-….json`...).
pub(super) fn transcripts_in(dir: &Path) -> Vec<PathBuf> {
    verify::arc_transcripts(dir)
}

/// `doverie play --arc NAME [--out-dir DIR | --continue DIR]`.
pub(super) fn play(library: &Library, args: &PlayArgs, name: Option<&str>) -> ExitCode {
    let lang = args.lang;
    let (dir, name) = match (&args.continue_dir, name) {
        (Some(dir), given) => {
            let first = transcripts_in(dir).into_iter().next();
            let recorded = first
                .and_then(|p| Transcript::read(&p).ok())
                .and_then(|t| t.arc.map(|a| a.id));
            match given.map(str::to_string).or(recorded) {
                Some(n) => (dir.clone(), n),
                None => {
                    eprintln!(
                        "doverie: {} holds no transcript of an arc to continue; start one with `doverie play --arc NAME --out-dir {}`",
                        dir.display(),
                        dir.display()
                    );
                    return ExitCode::from(2);
                }
            }
        }
        (None, Some(n)) => {
            // By default a folder of its own in the trainee's data folder, beside their calls.
            let dir = args.out_dir.clone().unwrap_or_else(|| {
                doverie_files::transcript_path(
                    &doverie_files::data_dir(),
                    &args.trainee,
                    &format!("arc-{n}"),
                    0,
                    doverie_files::now_secs(),
                )
                .with_extension("")
            });
            (dir, n.to_string())
        }
        (None, None) => {
            eprintln!("doverie: give the arc to play: `doverie play --arc orphan`");
            return ExitCode::from(2);
        }
    };
    let loaded = match load_arc(library, &name) {
        Ok(l) => l,
        Err(code) => return code,
    };
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("doverie: cannot create {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    if args.trainee.chars().any(char::is_control) || args.trainee.len() > 200 {
        eprintln!("doverie: the trainee id holds control characters or is too long");
        return ExitCode::from(2);
    }
    let mut scripts = Vec::new();
    for s in &args.script {
        match super::play::parse_script(Some(s)) {
            Ok(script) => scripts.push(script.unwrap_or_default()),
            Err(code) => return code,
        }
    }
    let text = loaded.text(lang);
    let titles = loaded.titles(lang);
    let calls = loaded.arc.calls.len();
    let mut trainee = args.trainee.clone();
    let mut first_played = None;
    loop {
        // The calls played so far, verified as a chain (a continued arc is verified first).
        let played = transcripts_in(&dir);
        let refs: Vec<&Path> = played.iter().map(PathBuf::as_path).collect();
        let so_far = if refs.is_empty() {
            None
        } else {
            match verify::assess_arc(library, &refs, false) {
                Ok(a) => Some(a),
                Err(e) => {
                    let words = doverie_core::locale::ui_text(lang);
                    eprintln!("doverie: refused: {}: {}", dir.display(), e.message(&words));
                    if let Some(last) = played.last()
                        && Transcript::read(last).is_ok_and(|t| !t.is_finished())
                    {
                        eprintln!(
                            "doverie: the last call was left unfinished: finish it with `doverie play --resume {}`, then continue the arc",
                            last.display()
                        );
                    }
                    return ExitCode::FAILURE;
                }
            }
        };
        let n = played.len();
        if n >= calls {
            let Some(assessed) = so_far else {
                return ExitCode::FAILURE;
            };
            return write_debrief(&loaded, &assessed, lang);
        }
        let first = *first_played.get_or_insert(n);
        if let Some(a) = &so_far
            && let Some(t) = a.calls.first()
        {
            trainee = t.transcript.trainee.clone();
        }
        let Some(next) = verify::NextCall::after(&loaded, so_far.as_ref()) else {
            return ExitCode::FAILURE;
        };
        let call = &loaded.calls[n];
        if n > 0 {
            outln!();
            outln!(
                "… {} …",
                doverie_core::view::arc::days_later(&text, next.days)
            );
        }
        let mut a = fluent_bundle::FluentArgs::new();
        a.set("call", n as u32 + 1);
        a.set("calls", calls as u32);
        a.set("title", titles.get(n).cloned().unwrap_or_default());
        outln!("{}", text.get("ui-arc-call-of", Some(&a)));
        let seed = args
            .seeds
            .get(n - first)
            .copied()
            .or(args.seed.map(|s| s.wrapping_add(n as u64)))
            .unwrap_or_else(doverie_files::fresh_seed);
        let mode = Mode {
            exam: args.exam,
            ..Mode::default()
        };
        let (session, opening) = match next.start(
            &loaded,
            seed,
            lang,
            &trainee,
            doverie_files::now_secs(),
            mode,
        ) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("doverie: {e}");
                return ExitCode::FAILURE;
            }
        };
        let out = dir.join(next.file_name(&loaded));
        let journal = match CallJournal::open(&out, &session.transcript) {
            Ok(j) => j,
            Err(e) => {
                eprintln!("doverie: {e}");
                return ExitCode::FAILURE;
            }
        };
        let script: Option<Vec<Input>> = if scripts.is_empty() {
            None
        } else {
            Some(scripts.get(n - first).cloned().unwrap_or_default())
        };
        let code = play_on(
            Resumable {
                loaded: call.clone(),
                session,
                opening,
                seed,
                lang,
            },
            script,
            Some(out.clone()),
            Some(journal),
            false,
            None,
        );
        if code != ExitCode::SUCCESS {
            return code;
        }
        if !Transcript::read(&out).is_ok_and(|t| t.is_finished()) {
            // Left with q: the call is kept; the arc goes on once it is finished.
            let mut a = fluent_bundle::FluentArgs::new();
            a.set("arc", loaded.arc.id.clone());
            a.set("dir", dir.display().to_string());
            eprintln!(
                "doverie: the call is saved unfinished in {}: finish it with `doverie play --resume {}`",
                out.display(),
                out.display()
            );
            outln!("{}", text.get("ui-arc-continue", Some(&a)));
            return ExitCode::SUCCESS;
        }
        if !scripts.is_empty() && n + 1 - first >= scripts.len() && n + 1 < calls {
            // Scripted play stops after its last script; the arc can be continued.
            let mut a = fluent_bundle::FluentArgs::new();
            a.set("arc", loaded.arc.id.clone());
            a.set("dir", dir.display().to_string());
            outln!("{}", text.get("ui-arc-continue", Some(&a)));
            return ExitCode::SUCCESS;
        }
    }
}

/// Writes the arc's debrief (and says whether it is complete).
fn write_debrief(loaded: &LoadedArc, assessed: &verify::ArcAssessed, lang: Lang) -> ExitCode {
    let debrief = loaded.debrief(lang, &assessed.card);
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout);
    let _ = writeln!(stdout, "== {} ==", debrief.title);
    for line in debrief.lines().into_iter().skip(1) {
        let _ = writeln!(stdout, "{line}");
    }
    ExitCode::SUCCESS
}

/// `doverie score DIR` or `doverie score FILE FILE...`: an arc's transcripts verified as a
/// chain and scored as a whole.
pub(super) fn score(
    library: &Library,
    paths: &[PathBuf],
    json: bool,
    lang: Option<Lang>,
) -> ExitCode {
    let files: Vec<PathBuf> = match paths {
        [dir] if dir.is_dir() => transcripts_in(dir),
        _ => paths.to_vec(),
    };
    let refs: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let assessed = match verify::assess_arc(library, &refs, true) {
        Ok(a) => a,
        Err(e) => {
            let words = doverie_core::locale::ui_text(lang.unwrap_or_else(super::default_lang));
            eprintln!("doverie: refused: {}", e.message(&words));
            return ExitCode::FAILURE;
        }
    };
    for (path, call) in files.iter().zip(&assessed.calls) {
        super::score::note_version(path, call);
    }
    if json {
        let calls: Vec<_> = assessed.calls.iter().map(|c| &c.card).collect();
        let value = serde_json::json!({ "arc": assessed.card, "calls": calls });
        outln!(
            "{}",
            serde_json::to_string_pretty(&value).unwrap_or_default()
        );
        return ExitCode::SUCCESS;
    }
    let lang = lang
        .or_else(|| {
            assessed
                .calls
                .first()
                .and_then(|c| c.transcript.locale.parse().ok())
        })
        .unwrap_or_else(super::default_lang);
    write_debrief(&assessed.loaded, &assessed, lang)
}
