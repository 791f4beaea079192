//! A PostgreSQL database of a test's own on the server named by `DOVERIE_TEST_PG` (`.ci/run`
//! starts a throwaway cluster and sets it), dropped again when the test is done with it, so a
//! run's databases never pile up on the disk. Included by path in the assessor's test binaries
//! and benchmarks (each uses part of it).
#![allow(dead_code)]

use doverie_assess::block_on;
use sqlx::any::{AnyPoolOptions, install_default_drivers};

/// The server's URL from `DOVERIE_TEST_PG`, or `None` (with a notice naming `what`) when unset.
pub fn server(what: &str) -> Option<String> {
    match std::env::var("DOVERIE_TEST_PG") {
        Ok(base) if !base.is_empty() => Some(base),
        _ => {
            eprintln!("DOVERIE_TEST_PG is not set: {what} runs against SQLite only");
            None
        }
    }
}

/// Database `PREFIX_NAME_PID`, created empty; dropped (with any connection still open to it)
/// when this value is.
pub struct Scratch {
    server: String,
    name: String,
    /// The database's URL: the server's URL with the database's name in place of its own.
    pub url: String,
}

impl Scratch {
    pub fn create(server: &str, prefix: &str, name: &str) -> Scratch {
        install_default_drivers();
        let db = format!("{prefix}_{}_{}", name.replace('-', "_"), std::process::id());
        run(
            server,
            &[
                format!("DROP DATABASE IF EXISTS {db} WITH (FORCE)"),
                format!("CREATE DATABASE {db}"),
            ],
        );
        // postgres://user@host/DATABASE?params
        let (head, params) = server.split_once('?').unwrap_or((server, ""));
        let slash = head
            .rfind('/')
            .filter(|&i| i > "postgres://".len())
            .expect("DOVERIE_TEST_PG names a database: postgres://USER@HOST/DATABASE");
        let url = format!("{}/{db}", &head[..slash]);
        let url = if params.is_empty() {
            url
        } else {
            format!("{url}?{params}")
        };
        Scratch {
            server: server.to_string(),
            name: db,
            url,
        }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        // A failed drop leaves a database in a throwaway cluster: not worth a second panic.
        let _ = std::panic::catch_unwind(|| {
            run(
                &self.server,
                &[format!(
                    "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                    self.name
                )],
            )
        });
    }
}

/// Runs `statements` in order on the server's own database, over one connection.
fn run(server: &str, statements: &[String]) {
    block_on(async {
        let pool = AnyPoolOptions::new()
            .max_connections(1)
            .connect(server)
            .await
            .unwrap_or_else(|e| panic!("DOVERIE_TEST_PG={server}: {e}"));
        for statement in statements {
            sqlx::query(sqlx::AssertSqlSafe(statement.clone()))
                .execute(&pool)
                .await
                .unwrap_or_else(|e| panic!("{statement}: {e}"));
        }
        pool.close().await;
    });
}
