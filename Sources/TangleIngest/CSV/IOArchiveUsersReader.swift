import TangleCore

/// Reads the users CSV of a Twitter/X Information Operations archive: one account per row.
struct IOArchiveUsersReader: CSVRecordReader {
    /// The columns without which a row is not an account.
    static let requiredColumns = ["userid", "user_screen_name"]

    let parser: CSVParser
    private let profile: IOArchiveProfile

    init(parser: CSVParser, header: CSVHeader) throws {
        let required = try header.require(Self.requiredColumns, for: .ioArchiveUsers, path: parser.path)
        self.parser = parser
        profile = IOArchiveProfile(userID: required[0], header: header)
    }

    func event() throws(RecordProblem) -> IngestEvent {
        .account(try profile.account(in: parser))
    }
}
