/// A reader that makes one event of each CSV record. The loop over records, and turning a
/// `RecordProblem` into a rejection of the row, are shared by all of them.
protocol CSVRecordReader: RecordReader {
    var parser: CSVParser { get }

    /// The event for the parser's current record.
    func event() throws(RecordProblem) -> IngestEvent
}

extension CSVRecordReader {
    mutating func next() throws -> IngestEvent? {
        guard let step = try parser.next() else { return nil }
        switch step {
        case .rejected(let rejection):
            return .rejected(rejection)
        case .record:
            do {
                return try event()
            } catch {
                return .rejected(parser.rejection(error.reason))
            }
        }
    }
}
