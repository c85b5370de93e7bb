import Foundation
import Testing

/// Runs the built `tangle` executable as a user would.
struct TangleProcess {
    static let executable: URL? = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ]
        return candidates.map { $0.appendingPathComponent("tangle") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String]) throws -> Result {
        let executable = try #require(executable, "the tangle executable was not found beside the tests")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}

final class Folder {
    let path = NSTemporaryDirectory() + "tangle-cli-" + UUID().uuidString

    init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ name: String, _ text: String) throws -> String {
        try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
        return path + "/" + name
    }
}

@Suite
struct CommandLineTests {
    let qut = """
        message_id,user_id,username,repost_id,reply_id,message,timestamp,urls
        1,10,alice,,,hello #Vote,1600000000,https://www.example.com/a?utm_source=x
        2,11,bob,1,,RT @alice: hello #Vote,1600000005,
        """

    @Test func ingestThenInfoRoundTrip() throws {
        let folder = try Folder()
        let file = try folder.write("posts.csv", qut)
        let casePath = folder.path + "/c.tangle"
        let ingest = try TangleProcess.run(["ingest", file, "--case", casePath])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("qut, 2 rows read: 2 posts stored"))

        let info = try TangleProcess.run(["info", "--case", casePath, "--json"])
        #expect(info.status == 0, "\(info.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(info.stdout.utf8)) as? [String: Any]
        #expect(json?["posts"] as? Int == 2)
        #expect(json?["accounts"] as? Int == 2)
        let domains = json?["topDomains"] as? [[String: Any]]
        #expect(domains?.first?["name"] as? String == "example.com")

        let again = try TangleProcess.run(["info", "--case", casePath, "--json"])
        #expect(again.stdout == info.stdout, "info is deterministic")
        let text = try TangleProcess.run(["info", "--case", casePath])
        #expect(text.stdout.contains("Posts     2 (original 1 · repost 1)"))
    }

    @Test func unrecognisedFileNamesFileLineAndExpectation() throws {
        let folder = try Folder()
        let file = try folder.write("mystery.csv", "colour,shape\nred,round\n")
        let result = try TangleProcess.run(["ingest", file, "--case", folder.path + "/c.tangle"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("mystery.csv:1:"))
        #expect(result.stderr.contains("colour"))
        #expect(result.stderr.contains("tweetid"))
    }

    @Test func emptyFileIsAnError() throws {
        let folder = try Folder()
        let file = try folder.write("empty.csv", "")
        let result = try TangleProcess.run(["ingest", file, "--case", folder.path + "/c.tangle"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("empty.csv:1: the file is empty"))
        let info = try TangleProcess.run(["info", "--case", folder.path + "/c.tangle"])
        #expect(info.status == 0, "the case file stays valid")
    }

    @Test func strictExitsNonZeroAtTheFirstRejectedRow() throws {
        let folder = try Folder()
        let file = try folder.write("bad.csv", qut + "\n3,12,carol,,,text,not-a-time,\n")
        let result = try TangleProcess.run(["ingest", file, "--case", folder.path + "/c.tangle", "--strict"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.csv:4:"))
    }

    @Test func aColumnMapReadsAnyCSV() throws {
        let folder = try Folder()
        let file = try folder.write(
            "export.csv",
            "who,when,body,link\nu1,2020-09-13T12:26:40Z,hello #x,https://a.example/1\nu2,2020-09-13T12:26:41+02:00,hi,\n")
        let casePath = folder.path + "/c.tangle"
        let result = try TangleProcess.run([
            "ingest", file, "--case", casePath, "--map", "account=who,time=when,text=body,url=link",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("csv, 2 rows read: 2 posts stored"))
        let info = try TangleProcess.run(["info", "--case", casePath, "--json"])
        let json = try JSONSerialization.jsonObject(with: Data(info.stdout.utf8)) as? [String: Any]
        #expect(json?["firstPost"] as? String == "2020-09-13T10:26:41Z")
    }

    @Test func infoOnAMissingCaseSaysHowToMakeOne() throws {
        let folder = try Folder()
        let result = try TangleProcess.run(["info", "--case", folder.path + "/none.tangle"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no such case file"))
    }
}

@Suite
struct KilledIngestTests {
    @Test func aKilledIngestLeavesAValidCaseThatARerunCompletes() throws {
        let folder = try Folder()
        var rows = "message_id,user_id,username,repost_id,reply_id,message,timestamp,urls\n"
        let count = 300_000
        for i in 0..<count { rows += "\(i),\(i % 977),user\(i % 977),,,text \(i) #tag\(i % 13),\(1_600_000_000 + i),\n" }
        rows += "bad,1,user1,,,a row with a bad time,yesterday,\n"
        let file = try folder.write("big.csv", rows)
        let casePath = folder.path + "/c.tangle"

        let executable = try #require(TangleProcess.executable)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["ingest", file, "--case", casePath]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Kill it once a first batch has been committed and before it can have finished.
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            let stored = try? TangleProcess.run(["info", "--case", casePath, "--json"])
            if let json = stored.flatMap({ try? JSONSerialization.jsonObject(with: Data($0.stdout.utf8)) as? [String: Any] }),
                let posts = json["posts"] as? Int, posts > 0
            {
                break
            }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        let info = try TangleProcess.run(["info", "--case", casePath, "--json"])
        #expect(info.status == 0, "the killed ingest left a valid case file: \(info.stderr)")
        let partial = (try JSONSerialization.jsonObject(with: Data(info.stdout.utf8)) as? [String: Any])?["posts"] as? Int ?? -1
        #expect(partial > 0 && partial < count, "killed after a first batch and before the end")

        let rerun = try TangleProcess.run(["ingest", file, "--case", casePath])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(!rerun.stdout.contains("already ingested"))
        #expect(rerun.stdout.contains("1 rejected"))
        let final = try TangleProcess.run(["info", "--case", casePath, "--json"])
        let json = try JSONSerialization.jsonObject(with: Data(final.stdout.utf8)) as? [String: Any]
        #expect(json?["posts"] as? Int == count)
        #expect(json?["accounts"] as? Int == 977)
        #expect(json?["rejected"] as? Int == 1, "the re-run's reject replaces the killed run's")
        let rejects = try String(contentsOfFile: casePath + ".rejects.csv", encoding: .utf8)
        #expect(rejects.split(separator: "\n").count == 2)
    }
}
