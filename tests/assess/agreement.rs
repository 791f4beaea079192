//! Agreement between assessors, double review and calibration, on every database: figures from
//! signed reviews against hand-computed ones, the draw, calibration pass and fail at the
//! threshold and the exam sign-off gate, and the pages.
//!
//! Reviews are written here as rows (`reviews`, `review_verdicts`, `review_additions`), the way
//! the review pages store them: the figures read those tables and nothing else.

use doverie_assess::accounts::{Role, User};
use doverie_assess::{agreement_page, audit, calibration, double};
use sqlx::Row;

use crate::accounts::{self, Session};
use crate::*;

/// Hidden bruises at seed 8: total 78.5, low compliance, 4 automatic deviations (no-threats,
/// explore-trusted-adults, invite-to-call-again, honest-about-confidentiality, all at turn 3).
const P: u64 = 8;
/// Hidden bruises at seed 3: total 70.8, non-compliant, 5 automatic deviations
/// (no-pressing-for-identity, greet-and-invite, notice-indirect-cues, open-questions,
/// explore-trusted-adults).
const Q: u64 = 3;
/// Hidden bruises at seed 13: total 73.1, 7 automatic deviations.
const R: u64 = 13;

/// Imports hidden bruises at each seed (exam attempts); the attempt ids, in order.
fn import_seeds(case: &Case, seeds: &[u64]) -> Vec<i64> {
    let l = load("hidden-bruises");
    let files: Vec<PathBuf> = seeds
        .iter()
        .map(|s| {
            write(
                &case.dir,
                &format!("seed-{s}.json"),
                &random_call(&l, *s, &format!("t-{s}")),
            )
        })
        .collect();
    let summary = import_files(&case.db, &files, Mode::Exam);
    summary
        .files
        .iter()
        .map(|f| attempt_of(&f.outcome))
        .collect()
}

/// An account with the tests' password (a trainee's attempts are stored under their login).
fn user(db: &Db, login: &str, role: Role) -> User {
    accounts::add_user(db, login, role, (role == Role::Trainee).then_some(login))
}

/// The machine's deviations of an attempt: rule and turn, in the scorecard's order.
fn deviations(db: &Db, attempt: i64) -> Vec<(String, i64)> {
    let card: String = block_on(
        sqlx::query("SELECT scorecard FROM attempts WHERE id = $1")
            .bind(attempt)
            .fetch_one(&db.pool),
    )
    .unwrap()
    .try_get(0)
    .unwrap();
    let card: Scorecard = serde_json::from_str(&card).unwrap();
    card.deviations
        .iter()
        .map(|d| (d.rule.clone(), i64::from(d.turn)))
        .collect()
}

fn machine_total(db: &Db, attempt: i64) -> f64 {
    block_on(
        sqlx::query("SELECT total FROM attempts WHERE id = $1")
            .bind(attempt)
            .fetch_one(&db.pool),
    )
    .unwrap()
    .try_get(0)
    .unwrap()
}

/// What a review says: a verdict per automatic deviation (`true`: it stands), additions (rule,
/// turn), the reviewed total and level, and whether it is signed.
struct Says<'a> {
    verdicts: &'a [bool],
    additions: &'a [(&'a str, i64)],
    total: f64,
    level: &'a str,
    signed: bool,
}

/// A signed review's words.
fn says<'a>(
    verdicts: &'a [bool],
    additions: &'a [(&'a str, i64)],
    total: f64,
    level: &'a str,
) -> Says<'a> {
    Says {
        verdicts,
        additions,
        total,
        level,
        signed: true,
    }
}

/// A review written as rows; its id.
fn review(db: &Db, attempt: i64, by: &User, purpose: &str, says: Says) -> i64 {
    let devs = deviations(db, attempt);
    assert_eq!(
        devs.len(),
        says.verdicts.len(),
        "attempt {attempt}: a verdict per deviation"
    );
    block_on(async {
        let id: i64 = sqlx::query(
            "INSERT INTO reviews (attempt_id, assessor, purpose, comment, total, level, started_at, signed_at)
             VALUES ($1, $2, $3, '', $4, $5, 100, $6) RETURNING id",
        )
        .bind(attempt)
        .bind(by.id)
        .bind(purpose)
        .bind(says.total)
        .bind(says.level)
        .bind(says.signed.then_some(200i64))
        .fetch_one(&db.pool)
        .await
        .unwrap()
        .try_get(0)
        .unwrap();
        for (item, ((rule, turn), agree)) in devs.iter().zip(says.verdicts).enumerate() {
            sqlx::query(
                "INSERT INTO review_verdicts (review_id, item, rule, turn, agree, reason)
                 VALUES ($1, $2, $3, $4, $5, 'heard the recording')",
            )
            .bind(id)
            .bind(item as i64)
            .bind(rule)
            .bind(turn)
            .bind(i64::from(*agree))
            .execute(&db.pool)
            .await
            .unwrap();
        }
        for (rule, turn) in says.additions {
            sqlx::query(
                "INSERT INTO review_additions (review_id, rule, severity, turn, reason)
                 VALUES ($1, $2, 'moderate', $3, 'missed by the rules')",
            )
            .bind(id)
            .bind(rule)
            .bind(turn)
            .execute(&db.pool)
            .await
            .unwrap();
        }
        id
    })
}

/// A server over `url`, and `user` logged in to it.
fn serve_as(url: &str, user: &User) -> Session {
    accounts::log_in(accounts::start_quick(url), &user.login, accounts::PASSWORD)
}

/// A request in `session` (a form is sent with the session's CSRF token first); the status,
/// the head (lower case) and the body.
fn http(session: &Session, method: &str, path: &str, form: Option<&str>) -> (u16, String, String) {
    let answer = match (method, form) {
        ("GET", None) => session.get(path),
        ("POST", Some(form)) => {
            let body = format!("csrf={}&{form}", accounts::enc(&session.csrf));
            session.post_raw(path, &body, &[])
        }
        other => panic!("{other:?}: GET without a form or POST with one"),
    };
    (answer.status, answer.head, answer.body)
}

fn close(x: Option<f64>, want: f64) -> bool {
    x.is_some_and(|x| (x - want).abs() < 1e-9)
}

fn audit_actions(db: &Db) -> Vec<(String, String, Option<String>, Option<String>)> {
    block_on(audit::list(db, None, 10_000))
        .unwrap()
        .into_iter()
        .rev()
        .map(|e| (e.action, e.object, e.previous, e.value))
        .collect()
}

// ---------------------------------------------------------------- agreement

/// Two calls reviewed twice by ann (first) and bob (second), a third with only one review signed.
///
/// P (4 deviations, machine 78.5): ann keeps all 4, total 83.5, low compliance; bob withdraws
/// no-threats, total 75.5, partial compliance.
/// Q (5 deviations, machine 70.8): both keep all 5 and add check-safety-now at turn 2; bob also
/// adds normalise at turn 1; both total 70.8, non-compliant.
/// R: cid's first review signed (withdraws 2 of 7, total +10), ann's second not signed: no pair.
///
/// Items: P 4 (3 yes/yes, 1 yes/no), Q 5 yes/yes + check-safety-now yes/yes + normalise no/yes:
/// 11 items, yes/yes 9, yes/no 1, no/yes 1. observed = 9/11 = 81.8%;
/// ann says yes 10/11, bob 10/11: kappa expected = (10/11)² + (1/11)² = 101/121;
/// kappa = (99/121 - 101/121)/(20/121) = -2/20 = -0.1;
/// AC1: π_yes = 20/22 = 10/11: expected = 2·(10/11)(1/11) = 20/121;
/// AC1 = (99-20)/(121-20) = 79/101 = 0.78218.
/// Per category, emotional-support: no-threats yes/no and normalise no/yes: observed 0,
/// kappa expected 0.5, kappa -1, AC1 -1.
/// Levels: P low/partial, Q non/non: observed 1/2; kappa expected = 0.5·0.5 (non) = 0.25,
/// kappa = 0.25/0.75 = 1/3; AC1 (5 levels): π = 1/4, 1/4, 1/2: Σπ(1-π) = 3/16+3/16+4/16 =
/// 10/16, expected = 10/64; AC1 = (32/64-10/64)/(54/64) = 22/54 = 11/27.
/// Drift: ann +5 and 0 from the machine (mean +2.5), 8 and 0 from bob (mean +4), withdrew 0 of 9;
/// bob -3 and 0 (mean -1.5), -4 from ann, withdrew 1 of 9 (11.1%); cid +10, withdrew 2 of 7,
/// no peer.
#[test]
fn agreement_figures_from_signed_reviews_match_hand_computed_ones() {
    each_database("agreement", |case| {
        let db = &case.db;
        let ids = import_seeds(case, &[P, Q, R]);
        let (p, q, r) = (ids[0], ids[1], ids[2]);
        assert_eq!(deviations(db, p).len(), 4);
        assert_eq!(deviations(db, q).len(), 5);
        assert_eq!(deviations(db, r).len(), 7);
        let ann = user(db, "ann", Role::Assessor);
        let bob = user(db, "bob", Role::Assessor);
        let cid = user(db, "cid", Role::Assessor);
        let trainee = user(db, "t-8", Role::Trainee);
        let (mp, mq, mr) = (
            machine_total(db, p),
            machine_total(db, q),
            machine_total(db, r),
        );
        assert_eq!((mp, mq), (78.5, 70.8));
        review(
            db,
            p,
            &ann,
            "first",
            says(&[true; 4], &[], mp + 5.0, "low-compliance"),
        );
        review(
            db,
            p,
            &bob,
            "second",
            says(
                &[false, true, true, true],
                &[],
                mp - 3.0,
                "partial-compliance",
            ),
        );
        review(
            db,
            q,
            &ann,
            "first",
            says(&[true; 5], &[("check-safety-now", 2)], mq, "non-compliant"),
        );
        review(
            db,
            q,
            &bob,
            "second",
            says(
                &[true; 5],
                &[("check-safety-now", 2), ("normalise", 1)],
                mq,
                "non-compliant",
            ),
        );
        review(
            db,
            r,
            &cid,
            "first",
            says(
                &[false, false, true, true, true, true, true],
                &[],
                mr + 10.0,
                "low-compliance",
            ),
        );
        review(
            db,
            r,
            &ann,
            "second",
            Says {
                signed: false,
                ..says(&[true; 7], &[], mr, "low-compliance")
            },
        );

        let s = block_on(agreement_page::centre(db)).unwrap();
        assert_eq!(s.pairs, 2);
        assert_eq!((s.overall.items, s.overall.agreed), (11, 9));
        assert!(close(s.overall.observed, 9.0 / 11.0));
        assert!(close(s.overall.kappa_expected, 101.0 / 121.0));
        assert!(close(s.overall.kappa, -0.1));
        assert!(close(s.overall.ac1_expected, 20.0 / 121.0));
        assert!(close(s.overall.ac1, 79.0 / 101.0));
        assert_eq!((s.level.items, s.level.agreed), (2, 1));
        assert!(close(s.level.kappa, 1.0 / 3.0));
        assert!(close(s.level.ac1, 11.0 / 27.0));
        let category = |id: &str| s.categories.iter().find(|c| c.id == id).unwrap().stats;
        let emotional = category("emotional-support");
        assert_eq!((emotional.items, emotional.agreed), (2, 0));
        assert!(close(emotional.kappa, -1.0) && close(emotional.ac1, -1.0));
        let risk = category("problem-and-risk");
        // notice-indirect-cues, open-questions, check-safety-now: all kept by both.
        assert_eq!((risk.items, risk.agreed, risk.kappa), (3, 3, None));
        assert!(close(risk.ac1, 1.0));
        let rule = |id: &str| s.rules.iter().find(|r| r.id == id).unwrap();
        assert_eq!(rule("no-threats").stats.agreed, 0);
        assert_eq!(
            rule("check-safety-now").category.as_deref(),
            Some("problem-and-risk")
        );
        // explore-trusted-adults is a deviation of both calls.
        assert_eq!(rule("explore-trusted-adults").stats.items, 2);
        let who = |u: &User| s.assessors.iter().find(|a| a.assessor == u.id).unwrap();
        let (a, b, c) = (who(&ann), who(&bob), who(&cid));
        assert_eq!(
            (a.drift.reviews, a.drift.automatic, a.drift.withdrawn),
            (2, 9, 0)
        );
        assert!(close(a.drift.from_machine, 2.5) && close(a.drift.from_peers, 4.0));
        assert_eq!((b.drift.withdrawn, b.drift.added), (1, 2));
        assert!(close(b.drift.withdrawn_share, 1.0 / 9.0));
        assert!(close(b.drift.from_machine, -1.5) && close(b.drift.from_peers, -4.0));
        assert_eq!((a.stats.items, a.stats.agreed), (11, 9));
        assert_eq!(
            (c.drift.reviews, c.drift.withdrawn, c.drift.peer_calls),
            (1, 2, 0)
        );
        assert!((c.drift.from_machine.unwrap() - 10.0).abs() < 1e-6);
        assert_eq!((c.stats.items, c.drift.from_peers), (0, None));

        // The page, its CSV and JSON forms.
        let as_bob = &serve_as(&case.url, &bob);
        let (status, head, body) = http(as_bob, "GET", "/agreement", None);
        assert_eq!(status, 200, "{body}");
        assert!(head.contains("content-security-policy: default-src 'none'"));
        for figure in [
            "81.8%",
            "-0.100",
            "0.782",
            "0.333",
            "0.407",
            "+2.5",
            "+4.0",
            "-1.5",
            "1 / 9 (11.1%)",
        ] {
            assert!(body.contains(figure), "{figure} in {body}");
        }
        assert!(body.contains(">ann<") && body.contains(">cid<"));
        // The bar links the three pages; the cohort's page does too.
        let (_, _, cohort) = http(as_bob, "GET", "/?lang=en", None);
        for link in [
            "/agreement?lang=en",
            "/double-review?lang=en",
            "/calibration?lang=en",
        ] {
            assert!(body.contains(link) && cohort.contains(link), "{link}");
        }
        let (_, _, ru) = http(as_bob, "GET", "/agreement?lang=ru", None);
        assert!(ru.contains("Согласие между экспертами") && ru.contains("κ Коэна"));
        let (status, head, csv) = http(as_bob, "GET", "/agreement.csv", None);
        assert_eq!(status, 200);
        assert!(head.contains("content-type: text/csv"));
        assert!(
            csv.starts_with("kind,id,category,items,agreed,observed,"),
            "{csv}"
        );
        assert!(
            csv.contains("\r\noverall,,,11,9,0.8181818181818182,"),
            "{csv}"
        );
        assert!(csv.contains("\r\nassessor,bob,,11,9,"), "{csv}");
        let (status, _, json) = http(as_bob, "GET", "/agreement.json", None);
        assert_eq!(status, 200);
        let json: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(json["pairs"], 2);
        assert!((json["overall"]["kappa"].as_f64().unwrap() + 0.1).abs() < 1e-9);
        assert_eq!(json["logins"][ann.id.to_string()], "ann");
        assert!(json["logins"].get(trainee.id.to_string()).is_none());
        // Logged out: sent to the login form.
        let out = accounts::request(as_bob.addr, "GET", "/agreement", &[], "");
        assert_eq!(out.status, 303);
        // A trainee sees none of it.
        let as_trainee = &serve_as(&case.url, &trainee);
        for path in [
            "/agreement",
            "/agreement.csv",
            "/agreement.json",
            "/double-review",
            "/calibration",
        ] {
            let (status, _, _) = http(as_trainee, "GET", path, None);
            assert_eq!(status, 403, "{path}");
        }
    });
}

/// With no pair signed, every figure is undefined and shown as "—", never NaN.
#[test]
fn agreement_without_pairs_shows_dashes() {
    each_database("agreement-empty", |case| {
        let ids = import_seeds(case, &[P]);
        let ann = user(&case.db, "ann", Role::Assessor);
        review(
            &case.db,
            ids[0],
            &ann,
            "first",
            Says {
                verdicts: &[true; 4],
                additions: &[],
                total: 78.5,
                level: "low-compliance",
                signed: true,
            },
        );
        let s = block_on(agreement_page::centre(&case.db)).unwrap();
        assert_eq!((s.pairs, s.overall.items, s.overall.kappa), (0, 0, None));
        let (status, _, body) = http(&serve_as(&case.url, &ann), "GET", "/agreement", None);
        assert_eq!(status, 200);
        assert!(body.contains("No call has two signed reviews yet.") && body.contains("—"));
        assert!(!body.contains("NaN"), "{body}");
    });
}

// ---------------------------------------------------------------- double review

/// The draw depends only on the secret and the call: the same twice, about the share asked
/// (1000 calls at 20%: 200 expected, standard deviation √(1000·0.2·0.8) ≈ 12.6, so 170-230 is
/// beyond 2.3 deviations each side), only adding calls as the share grows, another secret
/// drawing other calls.
#[test]
fn the_draw_is_deterministic_and_respects_the_share() {
    let keys: Vec<String> = (0..1000).map(|i| format!("{i:064x}")).collect();
    let secret = "0f".repeat(32);
    let at = |secret: &str, p: u32| -> Vec<bool> {
        keys.iter().map(|k| double::drawn(secret, k, p)).collect()
    };
    let twenty = at(&secret, 20);
    let n = twenty.iter().filter(|d| **d).count();
    assert!((170..=230).contains(&n), "{n} of 1000 drawn at 20%");
    assert_eq!(twenty, at(&secret, 20));
    let fifty = at(&secret, 50);
    assert!(twenty.iter().zip(&fifty).all(|(a, b)| !a || *b));
    assert!(at(&secret, 0).iter().all(|d| !d));
    assert!(at(&secret, 100).iter().all(|d| *d));
    let other = at(&"a1".repeat(32), 20);
    assert_ne!(twenty, other);
    assert_eq!(double::parse_share(" 15 % "), Ok(15));
    assert!(
        double::parse_share("x")
            .unwrap_err()
            .ru
            .contains("целый процент")
    );
    for bad in ["101", "-1", "ten", "", "2.5"] {
        assert!(double::parse_share(bad).is_err(), "{bad}");
    }
}

/// The share set by the administrator draws the stored attempts, an import draws the new ones,
/// lowering it keeps what was drawn; each change is audited and the secret never shown; the
/// page lists drawn attempts with the reviews missing.
#[test]
fn the_share_draws_stored_and_imported_attempts() {
    each_database("double", |case| {
        let db = &case.db;
        let first = import_seeds(case, &[P, Q]);
        let drawn = || {
            let mut d: Vec<i64> = block_on(double::list(db))
                .unwrap()
                .iter()
                .map(|d| d.attempt)
                .collect();
            d.sort_unstable();
            d
        };
        assert!(drawn().is_empty(), "no share set: nothing drawn");
        let admin = user(db, "root", Role::Administrator);
        let ann = user(db, "ann", Role::Assessor);
        let as_admin = &serve_as(&case.url, &admin);
        let as_ann = &serve_as(&case.url, &ann);
        let (status, _, _) = http(as_ann, "POST", "/double-review", Some("percent=100"));
        assert_eq!(status, 403, "an assessor does not set the share");
        let no_token = as_admin.post_raw("/double-review", "percent=100", &[]);
        assert_eq!(
            no_token.status, 403,
            "a form without the CSRF token is refused"
        );
        assert_eq!(block_on(double::share(db)).unwrap(), 0);
        let (status, _, body) = http(as_admin, "POST", "/double-review", Some("percent=150"));
        assert_eq!(status, 400);
        assert!(body.contains("from 0 to 100"), "{body}");
        let (status, head, _) = http(
            as_admin,
            "POST",
            "/double-review?lang=ru",
            Some("percent=100&reason=pilot+month"),
        );
        assert_eq!(status, 303);
        assert!(head.contains("location: /double-review?lang=ru"), "{head}");
        assert_eq!(block_on(double::share(db)).unwrap(), 100);
        assert_eq!(drawn(), first);
        let later = import_seeds(case, &[R]);
        assert_eq!(drawn(), [first.clone(), later.clone()].concat());
        // A review under way shows on the page; the rest are missing, each with its link.
        review(
            db,
            first[0],
            &ann,
            "first",
            Says {
                verdicts: &[true; 4],
                additions: &[],
                total: 78.5,
                level: "low-compliance",
                signed: true,
            },
        );
        let (status, _, body) = http(as_ann, "GET", "/double-review", None);
        assert_eq!(status, 200);
        assert!(body.contains(&format!("/attempt/{}/review/second", first[0])));
        assert!(body.contains(&format!("/attempt/{}/review/first", later[0])));
        assert!(body.contains("signed") && body.contains("missing"));
        assert!(
            !body.contains("name=\"percent\""),
            "an assessor gets no form"
        );
        let (_, _, body) = http(as_admin, "GET", "/double-review?lang=ru", None);
        assert!(body.contains("Двойная проверка"));
        let form = format!("name=\"csrf\" value=\"{}\"", as_admin.csrf);
        assert!(body.contains(&form));
        assert!(
            body.contains("(ann)"),
            "the administrator sees who reviewed"
        );
        // Lowering the share keeps what was drawn.
        block_on(double::set_share(db, admin.id, 0, None)).unwrap();
        assert_eq!(drawn().len(), 3);
        let log = audit_actions(db);
        let share: Vec<_> = log
            .iter()
            .filter(|e| e.0 == "double-review-share")
            .collect();
        assert_eq!(share.len(), 2);
        assert_eq!(
            (share[0].2.as_deref(), share[0].3.as_deref()),
            (None, Some("100"))
        );
        assert_eq!(
            (share[1].2.as_deref(), share[1].3.as_deref()),
            (Some("100"), Some("0"))
        );
        assert_eq!(
            log.iter().filter(|e| e.0 == "double-review-drawn").count(),
            3
        );
        let secret: String = block_on(
            sqlx::query("SELECT value FROM settings WHERE key = 'double-review-secret'")
                .fetch_one(&db.pool),
        )
        .unwrap()
        .try_get(0)
        .unwrap();
        assert_eq!(secret.len(), 64);
        assert!(log.iter().all(|e| !format!("{e:?}").contains(&secret)));
    });
}

// ---------------------------------------------------------------- calibration

/// Calibration on P (4 deviations) and Q (5): with each call's level, 5 + 6 = 11 items. xan
/// withdraws one deviation the reference keeps: 10/11 = 90.909%; yul also names another level
/// for Q: 9/11 = 81.8%. The threshold is exactly 10/11: xan passes at it, yul fails below it;
/// zed has reviewed nothing. Only an assessor who passed the latest set signs off exams.
#[test]
fn calibration_passes_at_the_threshold_and_gates_exam_sign_off() {
    each_database("calibration", |case| {
        let db = &case.db;
        let ids = import_seeds(case, &[P, Q]);
        let (p, q) = (ids[0], ids[1]);
        let admin = user(db, "root", Role::Administrator);
        let [xan, yul, zed] = ["xan", "yul", "zed"].map(|l| user(db, l, Role::Assessor));
        let may = |u: &User| block_on(calibration::may_sign_exams(db, u)).unwrap();
        assert_eq!(may(&zed), Ok(()), "no threshold: no gate");
        assert!(
            may(&admin).is_err(),
            "an administrator never signs exams off"
        );
        let says = |verdicts: &'static [bool], level: &'static str, signed: bool| Says {
            signed,
            ..says(verdicts, &[], 70.0, level)
        };
        let ref_p = review(
            db,
            p,
            &admin,
            "reference",
            says(&[true; 4], "low-compliance", true),
        );
        review(
            db,
            q,
            &admin,
            "reference",
            says(&[true; 5], "non-compliant", true),
        );
        let as_admin = &serve_as(&case.url, &admin);
        let as_xan = &serve_as(&case.url, &xan);

        let threshold = 10.0 * 100.0 / 11.0;
        let (status, _, _) = http(
            as_xan,
            "POST",
            "/calibration/threshold",
            Some(&format!("percent={threshold}")),
        );
        assert_eq!(status, 403);
        let (status, _, body) = http(
            as_admin,
            "POST",
            "/calibration/threshold",
            Some("percent=abc"),
        );
        assert_eq!(status, 400, "{body}");
        let (status, _, _) = http(
            as_admin,
            "POST",
            "/calibration/threshold",
            Some(&format!("percent={threshold}&reason=first+round")),
        );
        assert_eq!(status, 303);
        assert_eq!(
            block_on(calibration::threshold(db)).unwrap(),
            Some(threshold)
        );
        assert_eq!(may(&zed), Ok(()), "a threshold but no set yet: no gate");

        // A set needs calls with a signed reference review, and a name of its own.
        let unreferenced = import_seeds(case, &[R])[0];
        let (status, _, body) = http(
            as_admin,
            "POST",
            "/calibration",
            Some(&format!("name=Round+1&attempt={p}&attempt={unreferenced}")),
        );
        assert_eq!(status, 400);
        assert!(body.contains("no signed reference review"), "{body}");
        let (status, _, _) = http(
            as_xan,
            "POST",
            "/calibration",
            Some(&format!("name=Round+1&attempt={p}")),
        );
        assert_eq!(status, 403);
        let (status, head, body) = http(
            as_admin,
            "POST",
            "/calibration",
            Some(&format!("name=Round+1&attempt={p}&attempt={q}")),
        );
        assert_eq!(status, 303, "{body}");
        let set: i64 = head
            .split("location: /calibration/")
            .nth(1)
            .and_then(|s| s.split('?').next())
            .unwrap()
            .parse()
            .unwrap();
        let (status, _, body) = http(
            as_admin,
            "POST",
            "/calibration",
            Some(&format!("name=Round+1&attempt={p}")),
        );
        assert_eq!(status, 400);
        assert!(body.contains("already a calibration set"), "{body}");
        let (status, head, body) = http(
            as_admin,
            "POST",
            "/calibration?lang=ru",
            Some(&format!("name=+&attempt={p}")),
        );
        assert_eq!(status, 400);
        assert!(head.contains("content-type: text/html"));
        assert!(
            body.contains("должно быть название от 1 до 100 знаков"),
            "{body}"
        );
        assert!(may(&zed).unwrap_err().contains("not yet passed"));
        assert!(block_on(calibration::reference_hidden(db, &zed, p)).unwrap());
        assert!(!block_on(calibration::reference_hidden(db, &admin, p)).unwrap());

        // The assessor's view of the set: links to their calibration reviews, not the reference.
        let (status, _, body) = http(as_xan, "GET", &format!("/calibration/{set}"), None);
        assert_eq!(status, 200);
        assert!(body.contains(&format!("/attempt/{p}/review/calibration")));
        assert!(!body.contains(&format!("/review/{ref_p}")), "{body}");

        review(
            db,
            p,
            &xan,
            "calibration",
            says(&[false, true, true, true], "low-compliance", true),
        );
        review(
            db,
            q,
            &xan,
            "calibration",
            says(&[true; 5], "non-compliant", true),
        );
        review(
            db,
            p,
            &yul,
            "calibration",
            says(&[false, true, true, true], "low-compliance", true),
        );
        let yul_q = review(
            db,
            q,
            &yul,
            "calibration",
            says(&[true; 5], "low-compliance", false),
        );
        assert!(
            may(&yul).unwrap_err().contains("not yet passed"),
            "one review unsigned"
        );
        let (status, _, body) = http(as_admin, "GET", "/calibration", None);
        assert_eq!(status, 200);
        assert!(
            body.contains("Round 1") && body.contains("class=\"ok\">passed</span> 90.9%"),
            "{body}"
        );
        assert!(body.contains("1 / 2"), "yul signed one of two: {body}");
        assert_eq!(may(&xan), Ok(()));
        assert!(!block_on(calibration::reference_hidden(db, &xan, p)).unwrap());

        block_on(
            sqlx::query("UPDATE reviews SET signed_at = 300 WHERE id = $1")
                .bind(yul_q)
                .execute(&db.pool),
        )
        .unwrap();
        let refused = may(&yul).unwrap_err();
        assert!(refused.contains("not passed (81.8%"), "{refused}");
        let results: Vec<(i64, f64, i64)> = block_on(
            sqlx::query("SELECT assessor, agreement, passed FROM calibration_results WHERE set_id = $1 ORDER BY assessor")
                .bind(set)
                .fetch_all(&db.pool),
        )
        .unwrap()
        .iter()
        .map(|r| (r.try_get(0).unwrap(), r.try_get(1).unwrap(), r.try_get(2).unwrap()))
        .collect();
        assert_eq!(results.len(), 2);
        assert_eq!((results[0].0, results[0].2), (xan.id, 1));
        assert!((results[0].1 - threshold).abs() < 1e-9);
        assert_eq!((results[1].0, results[1].2), (yul.id, 0));
        assert!((results[1].1 - 900.0 / 11.0).abs() < 1e-9);
        // Settling again records nothing more.
        assert_eq!(block_on(calibration::settle(db)).unwrap(), 0);
        let (_, _, body) = http(
            as_admin,
            "GET",
            &format!("/calibration/{set}?lang=ru"),
            None,
        );
        assert!(
            body.contains("class=\"bad\">не пройдена</span> 81.8%"),
            "{body}"
        );
        assert!(
            body.contains("class=\"ok\">пройдена</span> 90.9%"),
            "{body}"
        );
        assert!(
            body.contains(&format!("/review/{ref_p}")),
            "the administrator sees the reference"
        );

        let log = audit_actions(db);
        let threshold_log: Vec<_> = log
            .iter()
            .filter(|e| e.0 == "calibration-threshold")
            .collect();
        assert_eq!(threshold_log.len(), 1);
        assert_eq!(threshold_log[0].2, None);
        assert_eq!(
            log.iter().filter(|e| e.0 == "calibration-set-add").count(),
            1
        );
        let settled: Vec<_> = log.iter().filter(|e| e.0 == "calibration-result").collect();
        assert_eq!(settled.len(), 2);
        assert!(
            settled[0]
                .3
                .as_deref()
                .unwrap()
                .starts_with("10 of 11 items matched")
        );
    });
}
