// A crash in the full-screen debugger gives the terminal back: the real
// binary runs in tmux with SCOPEWALK_TEST_CRASH=segv (it raises SIGSEGV once
// the first frame is drawn), and the test checks what the crash handler must
// restore: the terminal's stty settings, the visible cursor, the main screen,
// mouse reporting off; and that the process died of SIGSEGV without Swift's
// interactive backtracer waiting for a key.
import Foundation
import XCTest

final class CrashRestoreTests: XCTestCase {
    func testSegfaultRestoresTheTerminal() throws {
        guard let tmuxPath = Tmux.which("tmux") else { throw XCTSkip("tmux is not installed") }
        let binary = try Tmux.scopewalkBinary()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sw-crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "x = 1\nprint(x)\n".write(to: directory.appendingPathComponent("prog.py"), atomically: true, encoding: .utf8)
        let socket = directory.appendingPathComponent("tmux.sock").path
        let session = "swcrash"
        func tmux(_ arguments: [String]) -> String { runTool(tmuxPath, ["-S", socket] + arguments, directory: directory) }
        defer { _ = tmux(["kill-server"]) }

        let script = "stty -g > before.txt; SCOPEWALK_TEST_CRASH=segv '\(binary.path)' prog.py 2> stderr.txt; "
            + "echo EXITED $? > status.txt; stty -g > after.txt; echo DONE; sleep 60"
        _ = tmux(["-f", "/dev/null", "new-session", "-d", "-s", session, "-x", "100", "-y", "30", "-c", directory.path, script])

        let status = directory.appendingPathComponent("status.txt")
        let deadline = Date().addingTimeInterval(30)
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("after.txt").path) {
            guard Date() < deadline else {
                XCTFail("scopewalk did not die in 30 s; the screen:\n\(tmux(["capture-pane", "-p", "-t", session]))")
                return
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        Thread.sleep(forTimeInterval: 0.3)
        let exit = (try? String(contentsOf: status, encoding: .utf8)) ?? ""
        // The shell reports death by SIGSEGV as 128 + 11.
        XCTAssertEqual(exit.trimmingCharacters(in: .whitespacesAndNewlines), "EXITED 139")
        let before = (try? String(contentsOf: directory.appendingPathComponent("before.txt"), encoding: .utf8)) ?? "?"
        let after = (try? String(contentsOf: directory.appendingPathComponent("after.txt"), encoding: .utf8)) ?? "!"
        XCTAssertEqual(before, after, "the stty settings were not restored")
        let flags = tmux(["display-message", "-p", "-t", session, "#{alternate_on} #{cursor_flag} #{mouse_any_flag}"])
        XCTAssertEqual(flags.trimmingCharacters(in: .whitespacesAndNewlines), "0 1 0",
                       "alternate screen, cursor and mouse flags after the crash")
        let screen = tmux(["capture-pane", "-p", "-t", session])
        XCTAssertTrue(screen.contains("DONE"), "the shell's output is on the main screen:\n\(screen)")
        XCTAssertFalse(screen.contains("Press space"), "Swift's interactive backtracer took the terminal:\n\(screen)")
    }

    /// Runs a tool with posix_spawn (see Tmux.run for why not Process), output to a file.
    private func runTool(_ path: String, _ arguments: [String], directory: URL) -> String {
        let outputPath = directory.appendingPathComponent(".tool-output").path
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = environment["TERM"].flatMap { $0.isEmpty || $0 == "dumb" ? nil : $0 } ?? "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        environment.removeValue(forKey: "SWIFT_BACKTRACE")
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        guard posix_spawn(&pid, path, &actions, nil, argv, envp) == 0 else { return "" }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }
}
