import TangleCore

/// The account columns that the IO archive's tweets CSV and users CSV share: the profile as it was
/// when the account was suspended.
struct IOArchiveProfile {
    private let userID: CSVColumn
    private let displayName: CSVColumn?
    private let screenName: CSVColumn?
    private let location: CSVColumn?
    private let description: CSVColumn?
    private let profileURL: CSVColumn?
    private let followers: CSVColumn?
    private let following: CSVColumn?
    private let createdAt: CSVColumn?
    private let language: CSVColumn?

    init(userID: CSVColumn, header: CSVHeader) {
        self.userID = userID
        displayName = header.column("user_display_name")
        screenName = header.column("user_screen_name")
        location = header.column("user_reported_location")
        description = header.column("user_profile_description")
        profileURL = header.column("user_profile_url")
        followers = header.column("follower_count")
        following = header.column("following_count")
        createdAt = header.column("account_creation_date")
        language = header.column("account_language")
    }

    /// The account in the parser's current record. Ids of accounts with fewer than 5,000 followers
    /// are hashed in the releases; they are kept as written.
    func account(in parser: CSVParser) throws(RecordProblem) -> AccountRecord {
        AccountRecord(
            platform: "twitter",
            platformID: try parser.requiredText(userID, expected: "the account's id"),
            handle: try parser.optionalText(screenName),
            displayName: try parser.optionalText(displayName),
            createdAt: try parser.optionalDateTime(createdAt, layout: "YYYY-MM-DD"),
            followers: try parser.count(followers),
            following: try parser.count(following),
            language: try parser.optionalText(language),
            location: try parser.optionalText(location),
            description: try parser.optionalText(description),
            profileURL: try parser.optionalText(profileURL))
    }
}
