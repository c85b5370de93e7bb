import ArgumentParser
import Foundation
import Synchronization
import TangleServe

/// `tangle serve`: the dashboard over one case file, read-only, on 127.0.0.1 unless a token guards it.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the dashboard and its JSON API over a case file (read-only; http://127.0.0.1:8080).",
        discussion: """
            Loads the case once at startup (posts, saved runs, search index) and serves that snapshot: \
            restart to see runs saved since. Binding anything but a loopback address requires --token; \
            the token is then checked on every request (Authorization: Bearer TOKEN, or open any page \
            once with ?token=TOKEN to set a cookie). The API is documented at /api/openapi.json.
            """)

    @OptionGroup var caseFile: CaseOption

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @Option(help: "A bearer token required on every request; mandatory for a non-loopback --host.")
    var token: String?

    @OptionGroup var registry: RegistryOption

    /// Blocks until the server stops: the root command is synchronous, so the server runs in a task
    /// while this thread waits (Ctrl-C stops the server gracefully, then returns here).
    func run() throws {
        let configuration = DashboardConfiguration(
            casePath: caseFile.path, host: host, port: port, token: token, registry: try registry.load())
        do {
            try configuration.validate()
        } catch let error as ConfigurationError {
            throw ValidationError(error.description)
        }
        let failure = Mutex<(any Error)?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await DashboardServer.run(configuration) { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
            } catch {
                failure.withLock { $0 = error }
            }
            done.signal()
        }
        done.wait()
        if let error = failure.withLock({ $0 }) { throw error }
    }
}
