import Foundation

/// Checks JSON values against the subset of OpenAPI 3 schemas the dashboard's document uses: `$ref`
/// to components, `type` (object, array, string, integer, number, boolean), `required`,
/// `properties`, `items`, `enum`, `minimum`/`maximum`. Written here rather than taken from a library
/// so the tests add no dependency; a keyword outside the subset fails loudly instead of passing.
// @unchecked because the parsed document is [String: Any]; it is never mutated after init.
struct OpenAPIValidator: @unchecked Sendable {
    let document: [String: Any]

    static let keywords: Set<String> = [
        "$ref", "type", "required", "properties", "items", "enum", "minimum", "maximum", "default", "description",
    ]

    init(json: [UInt8]) throws {
        guard let document = try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any] else {
            throw Failure("the OpenAPI document is not a JSON object")
        }
        self.document = document
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// The schema of a GET operation's response with `status`.
    func responseSchema(path: String, status: String = "200") throws -> [String: Any] {
        guard let paths = document["paths"] as? [String: Any], let item = paths[path] as? [String: Any],
            let get = item["get"] as? [String: Any], let responses = get["responses"] as? [String: Any],
            let response = responses[status] as? [String: Any], let content = response["content"] as? [String: Any],
            let json = content["application/json"] as? [String: Any], let schema = json["schema"] as? [String: Any]
        else { throw Failure("the document has no JSON \(status) response for GET \(path)") }
        return schema
    }

    /// Every problem of `body` against GET `path`'s `status` response; empty when it is valid.
    func problems(_ body: [UInt8], path: String, status: String = "200") throws -> [String] {
        let value = try JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed])
        var problems: [String] = []
        try check(value, against: try responseSchema(path: path, status: status), at: "$", &problems)
        return problems
    }

    func check(_ value: Any, against schema: [String: Any], at location: String, _ problems: inout [String]) throws {
        for key in schema.keys where !Self.keywords.contains(key) {
            throw Failure("\(location): the validator does not know the schema keyword \(key)")
        }
        if let reference = schema["$ref"] as? String {
            try check(value, against: try resolve(reference), at: location, &problems)
            return
        }
        if let type = schema["type"] as? String, !Self.matches(value, type) {
            problems.append("\(location): expected \(type), got \(Self.describe(value))")
            return
        }
        if let options = schema["enum"] as? [String], let text = value as? String, !options.contains(text) {
            problems.append("\(location): \(text) is not one of \(options)")
        }
        if let number = value as? NSNumber, !(value is Bool) {
            if let minimum = schema["minimum"] as? Double, number.doubleValue < minimum { problems.append("\(location): below \(minimum)") }
            if let maximum = schema["maximum"] as? Double, number.doubleValue > maximum { problems.append("\(location): above \(maximum)") }
        }
        if let object = value as? [String: Any] {
            for name in schema["required"] as? [String] ?? [] where object[name] == nil {
                problems.append("\(location): missing required property \(name)")
            }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (name, child) in object {
                guard let childSchema = properties[name] as? [String: Any] else { continue }
                try check(child, against: childSchema, at: "\(location).\(name)", &problems)
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (i, element) in array.enumerated() { try check(element, against: items, at: "\(location)[\(i)]", &problems) }
        }
    }

    private func resolve(_ reference: String) throws -> [String: Any] {
        let prefix = "#/components/schemas/"
        guard reference.hasPrefix(prefix), let components = document["components"] as? [String: Any],
            let schemas = components["schemas"] as? [String: Any],
            let schema = schemas[String(reference.dropFirst(prefix.count))] as? [String: Any]
        else { throw Failure("unresolved $ref \(reference)") }
        return schema
    }

    private static func matches(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean": return isBool(value)
        case "integer":
            guard let number = value as? NSNumber, !isBool(value) else { return false }
            return number.doubleValue.rounded() == number.doubleValue
        case "number": return value is NSNumber && !isBool(value)
        default: return false
        }
    }

    /// JSONSerialization gives booleans as NSNumber too; tell them apart by their Objective-C type.
    private static func isBool(_ value: Any) -> Bool {
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }

    private static func describe(_ value: Any) -> String {
        switch value {
        case is [String: Any]: "object"
        case is [Any]: "array"
        case is String: "string"
        case is NSNumber: isBool(value) ? "boolean" : "number"
        case is NSNull: "null"
        default: "\(type(of: value))"
        }
    }
}
