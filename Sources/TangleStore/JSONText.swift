/// Minimal JSON writing for the small objects the store keeps in text columns (labels, reject counts).
/// Keys are sorted so the same content always gives the same bytes.
public enum JSONText {
    public static func object(_ values: [String: String]) -> String {
        "{" + values.keys.sorted().map { "\(string($0)):\(string(values[$0] ?? ""))" }.joined(separator: ",") + "}"
    }

    public static func object(_ values: [String: Int]) -> String {
        "{" + values.keys.sorted().map { "\(string($0)):\(values[$0] ?? 0)" }.joined(separator: ",") + "}"
    }

    public static func string(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
