import GRDB

extension Schema {
    /// Narratives and the posts that carry them (issue 6).
    static func registerNarratives(in migrator: inout DatabaseMigrator) {
    }
}
