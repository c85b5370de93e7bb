/// Why one CSV row cannot be used, in words a person can act on: the column, what was expected and
/// what was found. Readers turn it into a `Rejection` of the row.
struct RowProblem: Error {
    var reason: String

    init(_ reason: String) {
        self.reason = reason
    }
}
