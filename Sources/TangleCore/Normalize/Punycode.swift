/// Decoding of Punycode (RFC 3492), so that `xn--bcher-kva.de` and `bücher.de` normalise to the same
/// host and match the Public Suffix List, which writes its rules in Unicode.
enum Punycode {
    private static let base = 36
    private static let tMin = 1
    private static let tMax = 26
    private static let skew = 38
    private static let damp = 700

    /// The longest Punycode part of a label: a DNS label is at most 63 bytes, `xn--` included.
    static let maxInputBytes = 59

    /// The Unicode form of one label's Punycode part (the text after `xn--`), or nil when it is not
    /// valid Punycode or longer than `maxInputBytes`; the caller then keeps the label as written.
    ///
    /// - Complexity: O(n²) in the label length (insertions into the output), which is capped.
    static func decode(_ input: Substring.UTF8View) -> String? {
        guard input.count <= maxInputBytes else { return nil }
        let bytes = Array(input)
        var output: [Unicode.Scalar] = []
        var position = 0
        if let delimiter = bytes.lastIndex(of: UInt8(ascii: "-")) {
            for byte in bytes[..<delimiter] {
                guard byte < 0x80 else { return nil }
                output.append(Unicode.Scalar(byte))
            }
            position = delimiter + 1
        }
        var n = 0x80
        var i = 0
        var bias = 72
        while position < bytes.count {
            let oldI = i
            var weight = 1
            var k = base
            while true {
                guard position < bytes.count, let digit = digitValue(bytes[position]) else { return nil }
                position += 1
                let (product, o1) = digit.multipliedReportingOverflow(by: weight)
                let (sum, o2) = i.addingReportingOverflow(product)
                guard !o1, !o2, sum <= 0x10FFFF * (output.count + 1) else { return nil }
                i = sum
                let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                if digit < t { break }
                let (nextWeight, o3) = weight.multipliedReportingOverflow(by: base - t)
                guard !o3 else { return nil }
                weight = nextWeight
                k += base
            }
            bias = adapt(delta: i - oldI, points: output.count + 1, first: oldI == 0)
            n += i / (output.count + 1)
            i %= output.count + 1
            guard let scalar = Unicode.Scalar(UInt32(clamping: n)) else { return nil }
            output.insert(scalar, at: i)
            i += 1
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: output)
        return text
    }

    private static func digitValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): Int(byte - UInt8(ascii: "a"))
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): Int(byte - UInt8(ascii: "A"))
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0")) + 26
        default: nil
        }
    }

    private static func adapt(delta: Int, points: Int, first: Bool) -> Int {
        var delta = first ? delta / damp : delta / 2
        delta += delta / points
        var k = 0
        while delta > ((base - tMin) * tMax) / 2 {
            delta /= base - tMin
            k += base
        }
        return k + (base - tMin + 1) * delta / (delta + skew)
    }
}
