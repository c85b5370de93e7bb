import GRDB

extension Schema {
    /// Narratives and the posts that carry them (issue 6).
    ///
    /// A narrative is a finding of its run (kind `defined`, `story` or `theme`); `narrative_post` holds
    /// its posts by finding id, so deleting a run deletes its narratives and their posts by cascade.
    /// WITHOUT ROWID with the key (finding, post): one b-tree, read in post order per narrative, and
    /// millions of rows cost no second index.
    static func registerNarratives(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("narrative posts") { db in
            try db.execute(
                sql: """
                    CREATE TABLE narrative_post (
                        finding INTEGER NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
                        post INTEGER NOT NULL,
                        PRIMARY KEY (finding, post)
                    ) WITHOUT ROWID;
                    """)
        }
    }
}
