/// Why one record (a CSV row, a JSON record, or one tweet of a page) cannot be used, in words a
/// person can act on: the column or key, what was expected and what was found. Readers turn it into
/// a `Rejection` of the record.
struct RecordProblem: Error {
    var reason: String

    init(_ reason: String) {
        self.reason = reason
    }
}
