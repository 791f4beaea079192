//! The assessor's database: SQLite (a file, the default) or PostgreSQL (a network of centres),
//! through one code path (sqlx's `Any` driver, runtime queries with `$N` placeholders, which both
//! accept), and versioned migrations.
//!
//! Opening never changes a database it will refuse: a file that is not SQLite, a database that
//! has tables but is not doverie's, a schema table that does not say one version, or a version
//! newer than this program knows are all refused before anything is written.

use std::path::{Path, PathBuf};

use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{AnyPool, Row};
use thiserror::Error;

/// The schema version this program writes. Each migration takes a database from the version
/// before it to its own.
pub const SCHEMA_VERSION: i64 = 8;

/// Which database behind the one code path; only table definitions differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Debug, Error)]
pub enum DbError {
    #[error("{0}")]
    Refused(String),
    #[error("database: {0}")]
    Sql(#[from] sqlx::Error),
    #[error("{0}")]
    Io(String),
}

/// An open, migrated database.
#[derive(Debug, Clone)]
pub struct Db {
    pub pool: AnyPool,
    pub backend: Backend,
    /// The URL as given (for messages).
    pub url: String,
}

/// The migrations, in order: `(version, what it does, SQL)`. Statements are separated by `;`;
/// `{ID}` is an auto-numbered primary key and `{BLOB}` a byte string in each backend.
pub const MIGRATIONS: &[(i64, &str, &str)] = &[
    (
        1,
        "attempts with their transcript and machine scorecard",
        "CREATE TABLE attempts (
            id {ID},
            call_key TEXT NOT NULL UNIQUE,
            trainee TEXT NOT NULL,
            scenario TEXT NOT NULL,
            scenario_hash TEXT NOT NULL,
            protocol TEXT NOT NULL,
            protocol_version TEXT NOT NULL,
            protocol_hash TEXT NOT NULL,
            engine TEXT NOT NULL,
            seed TEXT NOT NULL,
            locale TEXT NOT NULL,
            mode TEXT NOT NULL,
            finished BIGINT NOT NULL,
            level TEXT,
            total DOUBLE PRECISION,
            sentinel BIGINT NOT NULL,
            turns BIGINT NOT NULL,
            seconds BIGINT NOT NULL,
            imported_at BIGINT NOT NULL,
            recorded_at BIGINT,
            source TEXT NOT NULL,
            transcript TEXT NOT NULL,
            scorecard TEXT
        );
        CREATE INDEX attempts_trainee ON attempts (trainee, protocol, protocol_version)",
    ),
    (
        2,
        "centres, where the mode came from, and the voice recordings of each attempt",
        "ALTER TABLE attempts ADD COLUMN centre TEXT NOT NULL DEFAULT '';
        ALTER TABLE attempts ADD COLUMN mode_source TEXT NOT NULL DEFAULT 'import';
        CREATE INDEX attempts_centre ON attempts (centre, imported_at);
        CREATE TABLE recordings (
            attempt_id BIGINT NOT NULL,
            turn BIGINT NOT NULL,
            file TEXT NOT NULL,
            millis BIGINT NOT NULL,
            wav {BLOB},
            PRIMARY KEY (attempt_id, turn)
        )",
    ),
    (
        3,
        "accounts, login sessions, the audit log, reviews with their verdicts, additions and queries, double review and calibration",
        "CREATE TABLE users (
            id {ID},
            login TEXT NOT NULL UNIQUE,
            role TEXT NOT NULL,
            trainee TEXT,
            password TEXT NOT NULL,
            active BIGINT NOT NULL DEFAULT 1,
            created_at BIGINT NOT NULL
        );
        CREATE TABLE sessions (
            token TEXT PRIMARY KEY,
            user_id BIGINT NOT NULL,
            csrf TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            expires_at BIGINT NOT NULL
        );
        CREATE TABLE login_failures (
            login TEXT NOT NULL,
            at BIGINT NOT NULL
        );
        CREATE INDEX login_failures_login ON login_failures (login, at);
        CREATE TABLE audit (
            id {ID},
            at BIGINT NOT NULL,
            actor BIGINT,
            action TEXT NOT NULL,
            object TEXT NOT NULL,
            previous TEXT,
            value TEXT,
            reason TEXT
        );
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE reviews (
            id {ID},
            attempt_id BIGINT NOT NULL,
            assessor BIGINT NOT NULL,
            purpose TEXT NOT NULL,
            comment TEXT NOT NULL DEFAULT '',
            total DOUBLE PRECISION,
            level TEXT,
            started_at BIGINT NOT NULL,
            signed_at BIGINT,
            UNIQUE (attempt_id, assessor, purpose)
        );
        CREATE INDEX reviews_attempt ON reviews (attempt_id);
        CREATE TABLE review_verdicts (
            review_id BIGINT NOT NULL,
            item BIGINT NOT NULL,
            rule TEXT NOT NULL,
            turn BIGINT,
            agree BIGINT NOT NULL,
            reason TEXT NOT NULL,
            PRIMARY KEY (review_id, item)
        );
        CREATE TABLE review_additions (
            id {ID},
            review_id BIGINT NOT NULL,
            rule TEXT NOT NULL,
            severity TEXT NOT NULL,
            turn BIGINT NOT NULL,
            reason TEXT NOT NULL
        );
        CREATE TABLE review_queries (
            id {ID},
            review_id BIGINT NOT NULL,
            asked_by BIGINT NOT NULL,
            text TEXT NOT NULL,
            asked_at BIGINT NOT NULL,
            resolver BIGINT,
            rationale TEXT,
            outcome TEXT,
            resolved_at BIGINT
        );
        CREATE TABLE double_reviews (
            attempt_id BIGINT PRIMARY KEY,
            drawn_at BIGINT NOT NULL
        );
        CREATE TABLE calibration_sets (
            id {ID},
            name TEXT NOT NULL UNIQUE,
            created_by BIGINT NOT NULL,
            created_at BIGINT NOT NULL
        );
        CREATE TABLE calibration_calls (
            set_id BIGINT NOT NULL,
            attempt_id BIGINT NOT NULL,
            reference_review BIGINT NOT NULL,
            PRIMARY KEY (set_id, attempt_id)
        );
        CREATE TABLE calibration_results (
            id {ID},
            set_id BIGINT NOT NULL,
            assessor BIGINT NOT NULL,
            agreement DOUBLE PRECISION NOT NULL,
            passed BIGINT NOT NULL,
            at BIGINT NOT NULL
        )",
    ),
    (
        4,
        "the audit log refuses updates and deletions (triggers, see BACKEND_STATEMENTS); indexes for sessions by account and the audit log by object",
        "CREATE INDEX sessions_user ON sessions (user_id);
        CREATE INDEX audit_object ON audit (object, id)",
    ),
    (
        5,
        "a query resolved as changed records the resolver's corrected level and total; an added deviation withdrawn is kept, marked withdrawn",
        "ALTER TABLE review_queries ADD COLUMN level TEXT;
        ALTER TABLE review_queries ADD COLUMN total DOUBLE PRECISION;
        ALTER TABLE review_additions ADD COLUMN removed_at BIGINT",
    ),
    (
        6,
        "one calibration result per assessor and set",
        "CREATE UNIQUE INDEX calibration_results_once ON calibration_results (set_id, assessor)",
    ),
    (
        7,
        "exams issued to trainees, their calls recorded by the server, and each call's append-only journal of inputs",
        "CREATE TABLE exams (
            id {ID},
            trainee TEXT NOT NULL,
            issued_by BIGINT,
            scenarios TEXT NOT NULL,
            opens_at BIGINT NOT NULL,
            closes_at BIGINT NOT NULL,
            issued_at BIGINT NOT NULL
        );
        CREATE INDEX exams_trainee ON exams (trainee);
        CREATE TABLE exam_calls (
            id {ID},
            exam_id BIGINT NOT NULL,
            scenario TEXT NOT NULL,
            seed TEXT NOT NULL,
            scenario_hash TEXT NOT NULL,
            protocol_hash TEXT NOT NULL,
            locale TEXT NOT NULL,
            started_at BIGINT NOT NULL,
            state TEXT NOT NULL,
            flag TEXT,
            attempt_id BIGINT,
            UNIQUE (exam_id, scenario)
        );
        CREATE TABLE exam_inputs (
            call_id BIGINT NOT NULL,
            seq BIGINT NOT NULL,
            token TEXT NOT NULL,
            call_ms BIGINT NOT NULL,
            received_at BIGINT NOT NULL,
            PRIMARY KEY (call_id, seq)
        )",
    ),
    (
        8,
        "an exam call notes why its client's call clock was not trusted (ahead of the server's, or lagging too far), apart from the flag that stops a call",
        "ALTER TABLE exam_calls ADD COLUMN clock_flag TEXT",
    ),
];

/// Statements of a migration that only one backend runs, each whole (they contain `;`), after
/// the migration's shared SQL: `(version, backend, statements)`.
pub const BACKEND_STATEMENTS: &[(i64, Backend, &[&str])] = &[
    (
        4,
        Backend::Sqlite,
        &[
            "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
             BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: its rows are never updated'); END",
            "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
             BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: its rows are never deleted'); END",
        ],
    ),
    (
        4,
        Backend::Postgres,
        &[
            "CREATE FUNCTION doverie_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
             BEGIN RAISE EXCEPTION 'the audit log is append-only: its rows are never updated or deleted'; END $$",
            "CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit
             FOR EACH ROW EXECUTE FUNCTION doverie_audit_append_only()",
            "CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
             FOR EACH STATEMENT EXECUTE FUNCTION doverie_audit_append_only()",
        ],
    ),
    (
        7,
        Backend::Sqlite,
        &[
            "CREATE TRIGGER exam_inputs_no_update BEFORE UPDATE ON exam_inputs
             BEGIN SELECT RAISE(ABORT, 'an exam call''s journal is append-only: its inputs are never updated'); END",
            "CREATE TRIGGER exam_inputs_no_delete BEFORE DELETE ON exam_inputs
             BEGIN SELECT RAISE(ABORT, 'an exam call''s journal is append-only: its inputs are never deleted'); END",
        ],
    ),
    (
        7,
        Backend::Postgres,
        &[
            "CREATE FUNCTION doverie_exam_inputs_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
             BEGIN RAISE EXCEPTION 'an exam call''s journal is append-only: its inputs are never updated or deleted'; END $$",
            "CREATE TRIGGER exam_inputs_no_change BEFORE UPDATE OR DELETE ON exam_inputs
             FOR EACH ROW EXECUTE FUNCTION doverie_exam_inputs_append_only()",
            "CREATE TRIGGER exam_inputs_no_truncate BEFORE TRUNCATE ON exam_inputs
             FOR EACH STATEMENT EXECUTE FUNCTION doverie_exam_inputs_append_only()",
        ],
    ),
];

/// The database named by `--db`, or the default file in the data folder.
pub fn default_url() -> String {
    let path = doverie_files::data_dir().join("assess.sqlite");
    format!("sqlite:{}", path.display())
}

impl Db {
    /// Opens (creating a SQLite file or an empty schema if needed) and migrates to
    /// [`SCHEMA_VERSION`]; refuses, untouched, a database it cannot vouch for.
    pub async fn open(url: &str) -> Result<Db, DbError> {
        Self::open_at(url, SCHEMA_VERSION).await
    }

    /// As [`Db::open`], migrating only up to `target` (tests build older schemas with it).
    pub async fn open_at(url: &str, target: i64) -> Result<Db, DbError> {
        install_default_drivers();
        let (backend, connect) = if let Some(path) = sqlite_path(url) {
            check_sqlite_file(&path)?;
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)
                    .map_err(|e| DbError::Io(format!("{}: {e}", dir.display())))?;
            }
            (
                Backend::Sqlite,
                format!("sqlite://{}?mode=rwc", path.display()),
            )
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            (Backend::Postgres, url.to_string())
        } else {
            return Err(DbError::Refused(format!(
                "--db {url}: use sqlite:PATH or postgres://..."
            )));
        };
        let pool = AnyPoolOptions::new()
            .max_connections(if backend == Backend::Sqlite { 1 } else { 4 })
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // With the write-ahead log (set below, once the database is known to be
                        // doverie's), NORMAL syncs at checkpoints, not at every commit: a power
                        // cut may lose the last transactions, never corrupt the file.
                        sqlx::query("PRAGMA synchronous = NORMAL")
                            .execute(&mut *conn)
                            .await?;
                    } else {
                        // Transcripts and scorecards are large texts, which the server
                        // compresses; its default compressor (pglz) was most of its work in an
                        // import. lz4 (PostgreSQL 14 and later, when built with it) is much
                        // cheaper; a server without it keeps its default.
                        let _ = sqlx::query("SET default_toast_compression = 'lz4'")
                            .execute(&mut *conn)
                            .await;
                    }
                    Ok(())
                })
            })
            .connect(&connect)
            .await?;
        let db = Db {
            pool,
            backend,
            url: url.to_string(),
        };
        db.migrate(target).await?;
        if backend == Backend::Sqlite && target > 0 {
            // A write-ahead log: readers (the server) do not wait for an import, and a batch is
            // appended to the log instead of being copied to a rollback journal first. The mode
            // is kept in the file; it is set only on a database that opening has accepted.
            sqlx::query("PRAGMA journal_mode = WAL")
                .execute(&db.pool)
                .await?;
        }
        Ok(db)
    }

    /// The schema version recorded in the database, `None` for an empty database; refuses one
    /// with other tables and no version (not doverie's) or a version table that does not hold
    /// exactly one version.
    pub async fn version(&self) -> Result<Option<i64>, DbError> {
        let tables: Vec<String> = match self.backend {
            Backend::Sqlite => sqlx::query(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            ),
            Backend::Postgres => sqlx::query(
                "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema()",
            ),
        }
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| r.try_get::<String, _>(0))
        .collect::<Result<_, _>>()?;
        if tables.is_empty() {
            return Ok(None);
        }
        if !tables.iter().any(|t| t == "doverie_schema") {
            return Err(DbError::Refused(format!(
                "{}: not a doverie database (it has tables {}, and no doverie_schema); nothing was changed",
                self.url,
                tables.join(", ")
            )));
        }
        let rows = sqlx::query("SELECT version FROM doverie_schema")
            .fetch_all(&self.pool)
            .await
            .map_err(|e| {
                DbError::Refused(format!(
                    "{}: its schema table is damaged ({e}); nothing was changed",
                    self.url
                ))
            })?;
        match rows.as_slice() {
            [one] => Ok(Some(one.try_get::<i64, _>(0).map_err(|e| {
                DbError::Refused(format!(
                    "{}: its schema version is not a number ({e}); nothing was changed",
                    self.url
                ))
            })?)),
            _ => Err(DbError::Refused(format!(
                "{}: its schema table holds {} versions, not one; nothing was changed",
                self.url,
                rows.len()
            ))),
        }
    }

    async fn migrate(&self, target: i64) -> Result<(), DbError> {
        let current = self.version().await?;
        if current.is_none() && self.backend == Backend::Sqlite {
            // A new file gets pages of 16 KiB: a stored transcript (a few KiB of JSON) fits in
            // one page instead of a chain of overflow pages, so an import writes fewer pages.
            sqlx::query("PRAGMA page_size = 16384")
                .execute(&self.pool)
                .await?;
        }
        if let Some(v) = current {
            if v > SCHEMA_VERSION {
                return Err(DbError::Refused(format!(
                    "{}: schema version {v} is newer than this doverie's ({SCHEMA_VERSION}); upgrade doverie; nothing was changed",
                    self.url
                )));
            }
            if v < 1 {
                return Err(DbError::Refused(format!(
                    "{}: schema version {v} is not one doverie ever wrote; nothing was changed",
                    self.url
                )));
            }
        }
        let from = current.unwrap_or(0);
        for &(version, _what, sql) in MIGRATIONS {
            if version <= from || version > target {
                continue;
            }
            let mut tx = self.pool.begin().await?;
            if version == 1 {
                sqlx::query("CREATE TABLE doverie_schema (version BIGINT NOT NULL)")
                    .execute(&mut *tx)
                    .await?;
                sqlx::query("INSERT INTO doverie_schema (version) VALUES (0)")
                    .execute(&mut *tx)
                    .await?;
            }
            for statement in self.dialect(sql).split(';') {
                if !statement.trim().is_empty() {
                    sqlx::query(sqlx::AssertSqlSafe(statement.to_string()))
                        .execute(&mut *tx)
                        .await?;
                }
            }
            for &(v, backend, statements) in BACKEND_STATEMENTS {
                if v == version && backend == self.backend {
                    for statement in statements {
                        sqlx::query(sqlx::AssertSqlSafe(statement.to_string()))
                            .execute(&mut *tx)
                            .await?;
                    }
                }
            }
            sqlx::query("UPDATE doverie_schema SET version = $1")
                .bind(version)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
        }
        Ok(())
    }

    /// A migration's SQL for this backend.
    pub fn dialect(&self, sql: &str) -> String {
        let (id, blob) = match self.backend {
            Backend::Sqlite => ("INTEGER PRIMARY KEY", "BLOB"),
            Backend::Postgres => ("BIGSERIAL PRIMARY KEY", "BYTEA"),
        };
        sql.replace("{ID}", id).replace("{BLOB}", blob)
    }
}

/// The file of a `sqlite:` URL.
fn sqlite_path(url: &str) -> Option<PathBuf> {
    let rest = url.strip_prefix("sqlite:")?;
    let rest = rest.strip_prefix("//").unwrap_or(rest);
    let rest = rest.split('?').next().unwrap_or(rest);
    Some(PathBuf::from(rest))
}

/// An existing file must be a SQLite database (its 16-byte header) before SQLite opens it: a
/// damaged or foreign file is refused without being touched.
fn check_sqlite_file(path: &Path) -> Result<(), DbError> {
    use std::io::Read;
    let Ok(meta) = std::fs::metadata(path) else {
        return Ok(());
    };
    if !meta.is_file() {
        return Err(DbError::Refused(format!(
            "{}: not a regular file",
            path.display()
        )));
    }
    if meta.len() == 0 {
        return Ok(());
    }
    let mut header = [0u8; 16];
    let read = std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut header))
        .is_ok();
    if !read || &header != b"SQLite format 3\0" {
        return Err(DbError::Refused(format!(
            "{}: not a SQLite database (damaged, or another kind of file); nothing was changed",
            path.display()
        )));
    }
    Ok(())
}
