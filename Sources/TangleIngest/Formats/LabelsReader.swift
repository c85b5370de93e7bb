/// One account's label from a labels file, for training the account score.
public struct AccountLabel: Sendable, Equatable {
    /// A platform id, or a handle (with or without `@`).
    public var account: String
    public var label: String
    public var line: Int

    /// Whether the label marks an inauthentic account: anything but an empty label and the words
    /// for "no" (`0`, `false`, `no`, `organic`, `human`, `authentic`, `none`, `real`), so that a
    /// category column (FiveThirtyEight's `account_category`, the simulator's units) works as it is.
    public var isPositive: Bool {
        !Self.negativeWords.contains(label.lowercased().trimmingSpaces)
    }

    static let negativeWords: Set<String> = ["", "0", "false", "no", "organic", "human", "authentic", "none", "real"]

    public init(account: String, label: String, line: Int) {
        self.account = account
        self.label = label
        self.line = line
    }
}

/// Reads a CSV of account labels: a header naming an account column and a label column.
public enum LabelsReader {
    /// Header names accepted for each column, in order of preference.
    public static let accountColumns = ["account", "account_id", "userid", "user_id", "external_author_id", "platform_id", "handle", "author"]
    public static let labelColumns = ["label", "account_category", "category", "unit", "is_bot", "bot", "class"]

    /// Every labelled row; rows with too few fields or an empty account are rejected with their line.
    ///
    /// Throws when the file cannot be read or its header names no account or label column.
    public static func read(path: String) throws -> (labels: [AccountLabel], rejections: [Rejection]) {
        let parser = try CSVParser(source: try ByteSource(path: path))
        guard case .record? = try parser.next() else {
            throw IngestError(.emptyFile, file: path, "no header row; expected a CSV with an account column and a label column")
        }
        var header: [String] = []
        for index in 0..<parser.fieldCount {
            header.append(parser.withField(index) { String(decoding: $0, as: UTF8.self) }.lowercased().trimmingSpaces)
        }
        guard let accountColumn = accountColumns.lazy.compactMap({ header.firstIndex(of: $0) }).first else {
            throw IngestError(.missingColumns, file: path, line: 1, "no account column; expected one of \(accountColumns.joined(separator: ", ")), found \(header.joined(separator: ", "))")
        }
        guard let labelColumn = labelColumns.lazy.compactMap({ header.firstIndex(of: $0) }).first else {
            throw IngestError(.missingColumns, file: path, line: 1, "no label column; expected one of \(labelColumns.joined(separator: ", ")), found \(header.joined(separator: ", "))")
        }
        var labels: [AccountLabel] = []
        var rejections: [Rejection] = []
        while let step = try parser.next() {
            switch step {
            case .rejected(let rejection):
                rejections.append(rejection)
            case .record:
                guard parser.fieldCount > max(accountColumn, labelColumn) else {
                    rejections.append(parser.rejection("too few fields: expected at least \(max(accountColumn, labelColumn) + 1), got \(parser.fieldCount)"))
                    continue
                }
                let account = parser.withField(accountColumn) { String(decoding: $0, as: UTF8.self) }.trimmingSpaces
                guard !account.isEmpty else {
                    rejections.append(parser.rejection("empty account: expected a platform id or a handle"))
                    continue
                }
                let label = parser.withField(labelColumn) { String(decoding: $0, as: UTF8.self) }
                labels.append(AccountLabel(account: account, label: label, line: parser.line))
            }
        }
        return (labels, rejections)
    }
}
