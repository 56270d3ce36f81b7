// The real `scopewalk` binary in a real terminal: tmux runs it on a private
// server, keys go in with send-keys, and the assertions read what a user
// would read, from capture-pane. Every wait polls the screen (no fixed
// sleeps), so a loaded machine only makes the test slower, not flaky.
import Foundation
import Glibc
import XCTest

final class EndToEndTests: XCTestCase {
    func testOuterInnerInTmux() throws {
        let tmux = try Tmux.start(program: "outer_inner.py", width: 120, height: 36)
        defer { tmux.stop() }

        // The first stop: the first line of code.
        var screen = try tmux.waitFor("the first stop at line 3") { $0.contains("PAUSED") && $0.contains("at line 3") }
        XCTAssertTrue(screen.contains("Source: outer_inner.py"), screen)
        XCTAssertTrue(screen.contains("(no cells"), screen)

        // Into outer(): its frame is below <module>, and the cell for
        // `message` exists before anything is stored in it.
        screen = try tmux.step(until: "outer's cell, still empty") { $0.contains("c1 message = <empty>") }
        XCTAssertStack(screen, ["<module> line 13", "outer line"])
        XCTAssertTrue(screen.contains("message [c1] = <unbound>"), screen)
        XCTAssertTrue(screen.contains("held by no function yet"), screen)

        screen = try tmux.step(until: "the cell filled") { $0.contains("c1 message = 'Hello, World!'") }
        XCTAssertTrue(screen.contains("message [c1] = 'Hello, World!'"), screen)

        // Into inner(): message is not local, it is outer's, through the cell.
        screen = try tmux.step(until: "inner's frame") { $0.contains("outer.<locals>.inner line 5") }
        XCTAssertStack(screen, ["<module> line 13", "outer line 7", "outer.<locals>.inner line 5"])
        XCTAssertTrue(screen.contains("Scopes: outer.<locals>.inner"), screen)
        XCTAssertTrue(screen.contains("Enclosing (outer)"), screen)
        XCTAssertTrue(screen.contains("message [c1] = 'Hello, World!'"), screen)
        XCTAssertTrue(screen.contains("held by outer.<locals>.inner.__closure__[0]"), screen)

        // inner prints; outer rebinds message: the same cell, new contents.
        screen = try tmux.step(until: "the output") { Tmux.pane($0, below: "Output").contains("Hello, World!") }
        screen = try tmux.step(until: "the cell rebound") { $0.contains("c1 message = 'Hello again!'") }
        XCTAssertTrue(screen.contains("outer binds message in a cell"), screen)
        XCTAssertFalse(screen.contains("(finished)"), "outer is still running: \(screen)")

        // Step back: the previous stop, with the previous contents.
        tmux.send("BSpace")
        screen = try tmux.waitFor("the previous value after stepping back") { $0.contains("c1 message = 'Hello, World!'") }
        XCTAssertTrue(screen.contains("PAUSED"), screen)
        tmux.send("f")
        screen = try tmux.waitFor("the value again after stepping forward") { $0.contains("c1 message = 'Hello again!'") }

        // A breakpoint on line 14 (the source cursor: Home, then 13 lines
        // down), then continue: outer has returned, its cell lives on.
        tmux.send("Home")
        for _ in 0..<13 { tmux.send("Down") }
        tmux.send("b")
        screen = try tmux.waitFor("the breakpoint mark on line 14") { screen in
            Tmux.lines(screen).contains { $0.range(of: #"^[●B].\s*14 "#, options: .regularExpression) != nil }
        }
        tmux.send("c")
        screen = try tmux.waitFor("the stop at the breakpoint") { $0.contains("at line 14") && $0.contains("breakpoint at line 14") }
        XCTAssertStack(screen, ["<module> line 14"])
        XCTAssertTrue(screen.contains("made by outer (finished)"), screen)
        XCTAssertTrue(screen.contains("c1 message = 'Hello again!'"), screen)
        XCTAssertTrue(Tmux.pane(screen, below: "Output").contains("Hello again!"), screen)

        // A smaller window: every pane still has its title and its text.
        tmux.resize(width: 80, height: 24)
        screen = try tmux.waitFor("the 80x24 layout") { screen in
            let lines = Tmux.lines(screen)
            return lines.count <= 24 && lines.allSatisfy { $0.count <= 80 }
                && screen.contains("Call stack") && screen.contains("Cells") && screen.contains("PAUSED")
        }
        for text in ["Source: outer_inner.py", "Scopes", "Output", "c1 message = 'Hello again!'", "<module> line 14", "at line 14"] {
            XCTAssertTrue(screen.contains(text), "\(text) is missing at 80x24:\n\(screen)")
        }

        // Quit: the program has not finished, so scopewalk asks first.
        tmux.send("q")
        screen = try tmux.waitFor("the quit question") { $0.contains("quit anyway? (y/n)") }
        tmux.send("y")
        screen = try tmux.waitFor("scopewalk's exit") { $0.contains("EXITED") }
        XCTAssertTrue(screen.contains("EXITED 0"), screen)
        // The alternate screen is gone: only the shell's text is left.
        XCTAssertFalse(screen.contains("Call stack"), screen)
        XCTAssertFalse(screen.contains("PAUSED"), screen)
    }

    /// The frames, outermost first, each on a row below the previous one.
    private func XCTAssertStack(_ screen: String, _ frames: [String], file: StaticString = #filePath, line: UInt = #line) {
        let lines = Tmux.lines(screen)
        var row = -1
        for frame in frames {
            guard let found = lines.indices.first(where: { $0 > row && lines[$0].contains(frame) }) else {
                XCTFail("the stack should show \(frames) in this order:\n\(screen)", file: file, line: line)
                return
            }
            row = found
        }
    }
}

/// One scopewalk process in a detached tmux session on a private server.
struct Tmux {
    /// The private server's socket path.
    let socket: String
    let session: String
    let directory: URL
    /// How long a wait may take: generous, for a loaded 2-core machine.
    var timeout: Double = 15

    /// `source`, when given, is the program's text (else samples/PROGRAM);
    /// `environment` is prefixed to the command (`NO_COLOR=1`).
    static func start(program: String, width: Int, height: Int, source: String? = nil, environment: String = "", subcommand: String = "") throws -> Tmux {
        guard which("tmux") != nil else {
            throw XCTSkip("tmux is not installed: the end-to-end test drives scopewalk in tmux (apt-get install tmux)")
        }
        let binary = try scopewalkBinary()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sw-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("samples").appendingPathComponent(program)
        if let source {
            try source.write(to: directory.appendingPathComponent(program), atomically: true, encoding: .utf8)
        } else {
            try FileManager.default.copyItem(at: sample, to: directory.appendingPathComponent(program))
        }
        let id = UUID().uuidString.prefix(8)
        // The server's socket lives in the temporary directory, so nothing is left behind.
        let tmux = Tmux(socket: directory.appendingPathComponent("tmux.sock").path, session: "sw\(id)", directory: directory)
        let command = "\(environment)'\(binary.path)' \(subcommand)\(program); echo EXITED $?; sleep 60"
        try tmux.run(["-f", "/dev/null", "new-session", "-d", "-s", tmux.session, "-x", "\(width)", "-y", "\(height)",
                      "-c", directory.path, command])
        return tmux
    }

    func stop() {
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    func send(_ key: String) {
        _ = try? run(["send-keys", "-t", session, key])
    }

    func resize(width: Int, height: Int) {
        _ = try? run(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    func capture() -> String {
        (try? run(["capture-pane", "-p", "-t", session])) ?? ""
    }

    /// Polls the screen until `done` holds; fails with the last screen.
    @discardableResult
    func waitFor(_ what: String, _ done: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = capture()
        while !done(screen) {
            guard Date() < deadline else {
                XCTFail("timed out waiting for \(what); the screen:\n\(screen)")
                throw XCTSkip("gave up after the failure above")
            }
            Thread.sleep(forTimeInterval: 0.05)
            screen = capture()
        }
        return screen
    }

    /// Presses s (step into) until `done` holds, waiting after each press
    /// for the step number on the status line to change.
    @discardableResult
    func step(until what: String, maxSteps: Int = 12, _ done: (String) -> Bool) throws -> String {
        var screen = capture()
        for _ in 0..<maxSteps {
            if done(screen) { return screen }
            let before = Self.stepNumber(screen)
            send("s")
            screen = try waitFor("the step after step \(before.map(String.init) ?? "?")") { screen in
                let now = Self.stepNumber(screen)
                return now != nil && now != before && screen.contains("PAUSED")
            }
        }
        if done(screen) { return screen }
        XCTFail("\(maxSteps) steps did not reach \(what); the screen:\n\(screen)")
        throw XCTSkip("gave up after the failure above")
    }

    static func stepNumber(_ screen: String) -> Int? {
        guard let line = lines(screen).last(where: { $0.contains("PAUSED") || $0.contains("FINISHED") }),
              let range = line.range(of: #"step \d+"#, options: .regularExpression) else { return nil }
        return Int(line[range].dropFirst(5))
    }

    static func lines(_ screen: String) -> [String] {
        var text = Substring(screen)
        if text.hasSuffix("\n") { text = text.dropLast() }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The rows under a pane's title row (the Output pane spans the width).
    static func pane(_ screen: String, below title: String) -> String {
        let all = lines(screen)
        guard let start = all.firstIndex(where: { $0.hasPrefix(" \(title)") }) else { return "" }
        return all[(start + 1)...].prefix(8).joined(separator: "\n")
    }

    /// Runs tmux with posix_spawn, not Foundation's Process: Process learns
    /// that its child ended from a descriptor the child inherits, and the
    /// server `new-session` forks keeps it, so waiting would never end.
    /// Standard output goes to a file (not a pipe, for the same reason).
    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        let tmuxPath = Self.which("tmux") ?? "/usr/bin/tmux"
        let outputPath = directory.appendingPathComponent(".tmux-output").path
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = environment["TERM"].flatMap { $0.isEmpty || $0 == "dumb" ? nil : $0 } ?? "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        let argv = ([tmuxPath, "-S", socket] + arguments).map { strdup($0) } + [nil]
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
        let spawned = posix_spawn(&pid, tmuxPath, &actions, nil, argv, envp)
        guard spawned == 0 else { throw XCTSkip("could not start tmux: error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") + ["/usr/bin", "/usr/local/bin"] {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The scopewalk executable `swift build` put next to the test bundle.
    static func scopewalkBinary() throws -> URL {
        let starts = [URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath(),
                      Bundle.main.bundleURL, Bundle(for: EndToEndTests.self).bundleURL]
        for start in starts {
            var dir = start
            for _ in 0..<3 {
                let candidate = dir.appendingPathComponent("scopewalk")
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                   FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                dir = dir.deletingLastPathComponent()
            }
        }
        throw XCTSkip("the scopewalk binary was not found next to the test bundle (\(Bundle.main.bundleURL.path))")
    }
}
