import Foundation
import Testing

/// `tangle report` on the hand-made world of `CoordinationCommandTests`, with one hostile post.
@Suite struct ReportTests {
    @Test func theReportGrowsWithTheRunsAndIsTheSameBytesEachTime() throws {
        let folder = try Folder()
        let world = try CoordinationCommandTests.world(folder)
        let hostile = try folder.write("hostile.csv", "message_id,user_id,username,repost_id,reply_id,message,timestamp,urls\n99999,7,mallory,,,<script>alert(1)</script>,1600000100,\n")
        let casePath = folder.path + "/c.tangle"
        #expect(try TangleProcess.run(["ingest", world, "--case", casePath]).status == 0)
        #expect(try TangleProcess.run(["ingest", hostile, "--case", casePath]).status == 0)

        let first = folder.path + "/first.html"
        let plain = try TangleProcess.run(["report", "--case", casePath, "--out", first, "--registry", folder.path + "/none"])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout == "report: \(first)\n")
        var html = try String(contentsOfFile: first, encoding: .utf8)
        #expect(html.contains("id=\"summary\"") && !html.contains("id=\"networks\""))

        #expect(try TangleProcess.run(["detect", "--case", casePath]).status == 0)
        #expect(try TangleProcess.run(["accounts", "--case", casePath]).status == 0)
        let second = folder.path + "/second.html"
        let third = folder.path + "/third.html"
        for out in [second, third] {
            let result = try TangleProcess.run(["report", "--case", casePath, "--out", out, "--top", "2", "--registry", folder.path + "/none"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        html = try String(contentsOfFile: second, encoding: .utf8)
        #expect(try Data(contentsOf: URL(fileURLWithPath: second)) == Data(contentsOf: URL(fileURLWithPath: third)))
        #expect(html.contains("id=\"networks\"") && html.contains("id=\"accounts\"") && html.contains("<svg"))
        #expect(html.contains("Showing the top 2 of 3 co-actions") || html.contains("Showing the top 2 of"))
        #expect(!html.contains("<script"))
    }

    @Test func aMissingCaseIsAnError() throws {
        let folder = try Folder()
        let result = try TangleProcess.run(["report", "--case", folder.path + "/none.tangle", "--out", folder.path + "/r.html"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no such case file"))
    }
}
