/// A column a reader uses: where it is in the row and its name, for messages.
struct CSVColumn: Sendable, Equatable {
    var index: Int
    var name: String
}
