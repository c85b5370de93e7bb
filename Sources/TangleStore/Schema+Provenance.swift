import GRDB

extension Schema {
    /// The indexes `tangle trace` answers from (issue 6).
    ///
    /// The migration creates them empty; the first trace fills them (`CaseFile.updateProvenanceIndex`)
    /// and every later trace catches up with posts ingested since. Ingest stays as fast as before for
    /// cases never traced, and opening an old case never stalls on an index build.
    ///
    /// - `post_url`: one row per (normalised URL, post), the space-separated `post.urls` split out.
    /// - `post_ref`: one row per (referenced platform id, post): who reposts, quotes or replies to a post.
    ///   A table caught up like `post_url` rather than an index on `post(ref_post)`, which every later
    ///   ingest would pay for row by row.
    /// - `provenance_index`: how far `post_url` is complete (every post with a rowid up to
    ///   `through_post`) for both tables, written in the same transaction as the rows, so a half-built index never
    ///   counts as built.
    /// - `post_url_stale`: posts whose URLs a later ingest merged into (CaseWriter's merge updates
    ///   `post.urls` in place, below the watermark); the trigger costs nothing on inserts.
    static func registerProvenance(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3 provenance indexes") { db in
            try db.execute(
                sql: """
                    CREATE TABLE post_url (
                        url TEXT NOT NULL,
                        post INTEGER NOT NULL,
                        PRIMARY KEY (url, post)
                    ) WITHOUT ROWID;
                    CREATE TABLE post_ref (
                        ref TEXT NOT NULL,
                        post INTEGER NOT NULL,
                        PRIMARY KEY (ref, post)
                    ) WITHOUT ROWID;
                    CREATE TABLE provenance_index (
                        id INTEGER PRIMARY KEY CHECK (id = 1),
                        through_post INTEGER NOT NULL,
                        updated_at INTEGER NOT NULL
                    );
                    CREATE TABLE post_url_stale (post INTEGER PRIMARY KEY);
                    CREATE TRIGGER post_urls_merged AFTER UPDATE OF urls ON post
                    WHEN new.urls IS NOT old.urls
                    BEGIN
                        INSERT OR IGNORE INTO post_url_stale (post) VALUES (new.id);
                    END;
                    """)
        }
    }
}
