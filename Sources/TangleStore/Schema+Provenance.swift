import GRDB

extension Schema {
    /// The indexes `tangle trace` answers from (issue 6).
    static func registerProvenance(in migrator: inout DatabaseMigrator) {
    }
}
