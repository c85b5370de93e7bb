import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// `1234567` as `1,234,567`.
func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (index, ch) in digits.enumerated() {
        if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
        out.append(ch)
    }
    return value < 0 ? "-" + out : out
}

func seconds(_ ms: Int) -> String {
    String(format: "%.2f s", Double(ms) / 1000)
}

func percent(_ part: Int, _ whole: Int) -> String {
    whole > 0 ? String(format: "%3.0f%%", 100 * Double(part) / Double(whole)) : ""
}

/// A CSV field, quoted when it must be (RFC 4180).
func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Stable JSON: sorted keys, so the same case gives the same bytes.
func jsonText(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}

/// One self-rewriting progress line on stderr, only when stderr is a terminal, at most five times a
/// second, so logs never fill with progress.
final class ProgressLine {
    private let enabled = isatty(STDERR_FILENO) == 1
    private var last = ContinuousClock.now - .seconds(1)
    private var shown = false

    func show(_ text: @autoclosure () -> String) {
        guard enabled, ContinuousClock.now - last >= .milliseconds(200) else { return }
        last = ContinuousClock.now
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text()).utf8))
        shown = true
    }

    func clear() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }
}

/// Ctrl-C asks a long command to stop at the next safe point instead of killing it mid-write.
enum Interrupt {
    // Written by the signal handler, read by the command between batches; a word-sized flag.
    nonisolated(unsafe) private static var flag: sig_atomic_t = 0

    static func install() {
        // A second signal means "now": SQLite keeps the file valid even then.
        signal(SIGINT) { _ in if Interrupt.flag != 0 { _exit(130) } else { Interrupt.flag = 1 } }
        signal(SIGTERM) { _ in if Interrupt.flag != 0 { _exit(143) } else { Interrupt.flag = 1 } }
    }

    static func requested() -> Bool { flag != 0 }
}
