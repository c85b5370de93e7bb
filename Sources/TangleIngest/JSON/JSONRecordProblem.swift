/// Why one JSON record (or one tweet of a page) cannot be used, in words a person can act on: what
/// was expected and what was found. Readers turn it into a `Rejection` of the record.
struct JSONRecordProblem: Error {
    var reason: String

    init(_ reason: String) {
        self.reason = reason
    }
}
