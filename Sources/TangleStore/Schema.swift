import GRDB

/// The case-file schema. Every change is a new migration appended here; released ones never change.
///
/// List-valued post fields (links, hashtags, ...) are stored as space-separated normal forms in one
/// column: ingest writes one row per post instead of one per item, and the Frame interns them anyway.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 posts, accounts, ingests") { db in
            try db.execute(
                sql: """
                    CREATE TABLE ingest (
                        id INTEGER PRIMARY KEY,
                        path TEXT NOT NULL,
                        size INTEGER NOT NULL,
                        sha256 TEXT NOT NULL,
                        format TEXT NOT NULL,
                        started_at INTEGER NOT NULL,
                        finished_at INTEGER,
                        status TEXT NOT NULL,
                        rows_read INTEGER NOT NULL DEFAULT 0,
                        posts_stored INTEGER NOT NULL DEFAULT 0,
                        posts_merged INTEGER NOT NULL DEFAULT 0,
                        posts_duplicate INTEGER NOT NULL DEFAULT 0,
                        accounts_stored INTEGER NOT NULL DEFAULT 0,
                        rejected INTEGER NOT NULL DEFAULT 0,
                        rejects_by_reason TEXT NOT NULL DEFAULT '{}',
                        error TEXT,
                        duration_ms INTEGER
                    );
                    CREATE TABLE account (
                        id INTEGER PRIMARY KEY,
                        platform TEXT NOT NULL,
                        platform_id TEXT NOT NULL,
                        handle TEXT,
                        display_name TEXT,
                        created_at INTEGER,
                        followers INTEGER,
                        following INTEGER,
                        post_count INTEGER,
                        verified INTEGER,
                        language TEXT,
                        location TEXT,
                        description TEXT,
                        profile_url TEXT,
                        labels TEXT NOT NULL DEFAULT '{}',
                        UNIQUE (platform, platform_id)
                    );
                    CREATE TABLE post (
                        id INTEGER PRIMARY KEY,
                        platform TEXT NOT NULL,
                        platform_id TEXT NOT NULL,
                        account INTEGER NOT NULL REFERENCES account(id),
                        time INTEGER NOT NULL,
                        time_source INTEGER NOT NULL,
                        kind INTEGER NOT NULL,
                        ref_post TEXT,
                        ref_account TEXT,
                        ref_handle TEXT,
                        text TEXT NOT NULL,
                        text_norm TEXT NOT NULL,
                        language TEXT,
                        client TEXT,
                        urls TEXT NOT NULL,
                        urls_raw TEXT NOT NULL,
                        domains TEXT NOT NULL,
                        hashtags TEXT NOT NULL,
                        mentions TEXT NOT NULL,
                        media TEXT NOT NULL,
                        ingest INTEGER NOT NULL REFERENCES ingest(id),
                        UNIQUE (platform, platform_id)
                    );
                    CREATE TABLE reject (
                        ingest INTEGER NOT NULL REFERENCES ingest(id) ON DELETE CASCADE,
                        line INTEGER NOT NULL,
                        reason TEXT NOT NULL,
                        raw TEXT NOT NULL
                    );
                    """)
        }
        migrator.registerMigration("v2 runs and findings") { db in
            try db.execute(
                sql: """
                    CREATE TABLE run (
                        id INTEGER PRIMARY KEY,
                        detector TEXT NOT NULL,
                        parameters TEXT NOT NULL,
                        inputs TEXT NOT NULL,
                        started_at INTEGER NOT NULL,
                        finished_at INTEGER,
                        status TEXT NOT NULL
                    );
                    CREATE TABLE finding (
                        id INTEGER PRIMARY KEY,
                        run INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
                        kind TEXT NOT NULL,
                        key TEXT NOT NULL,
                        label TEXT,
                        score REAL,
                        flagged INTEGER NOT NULL,
                        details TEXT NOT NULL,
                        UNIQUE (run, kind, key)
                    );
                    CREATE TABLE finding_account (
                        finding INTEGER NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
                        account INTEGER NOT NULL REFERENCES account(id),
                        score REAL,
                        PRIMARY KEY (finding, account)
                    ) WITHOUT ROWID;
                    """)
        }
        registerProvenance(in: &migrator)
        registerNarratives(in: &migrator)
        return migrator
    }
}
