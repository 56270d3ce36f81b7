// Jumps from checkpoints (Interpreter/Debug/Checkpoints) in `scopewalk
// debug`, the real binary: a session whose jumps are made by checkpoints
// taking it over shows exactly what the same session replaying from the
// start shows; a checkpoint that dies leaves the session going; no process
// outlives the session.

import Foundation
import XCTest

final class CheckpointJumpTests: XCTestCase {
    /// Deterministic (seeded), with an input() line, a mutation through an
    /// alias and an attribute: about 1,400 events.
    static let program = """
    import random
    random.seed(7)
    def work(n, acc):
        for k in range(n):
            acc.append(k * random.randint(1, 9))
        return sum(acc)

    class Box:
        def __init__(self):
            self.v = 0

    box = Box()
    data = []
    name = input("who? ")
    for round in range(80):
        box.v += work(5, data)
        if round % 20 == 19:
            print("round", round, box.v, name)
    print("done", len(data))

    """

    static let commands = """
    n
    n
    c
    Ada
    goto 700
    rs
    rs
    rn
    rf
    goto 1100
    last box.v
    last data
    next-change box.v
    undo
    undo
    forward
    b 5
    c
    rc
    rc
    p data.append(99)
    goto 1300
    goto 650
    cl
    goto 99999
    rs
    out
    restart
    goto 1000
    rs
    q

    """

    private var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("sw-ckpt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Self.program.write(to: dir.appendingPathComponent("work.py"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    /// Runs the session; returns stdout, stderr, the exit status.
    func debug(_ stdin: String, env: [String: String], program: String = "work.py") throws -> (out: String, err: String, status: Int32) {
        let p = Process()
        p.executableURL = try ScriptedDebugCommandTests.binary()
        p.arguments = ["debug", dir.appendingPathComponent(program).path]
        p.currentDirectoryURL = dir
        var environment = ProcessInfo.processInfo.environment
        for (k, v) in env { environment[k] = v }
        p.environment = environment
        let input = Pipe(), output = Pipe(), errors = Pipe()
        p.standardInput = input
        p.standardOutput = output
        p.standardError = errors
        try p.run()
        input.fileHandleForWriting.write(stdin.data(using: .utf8)!)
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self), p.terminationStatus)
    }

    /// Processes still running the program of this test (checkpoints left behind).
    func leftovers() -> [String] {
        let procs = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return procs.filter { Int($0) != nil }.compactMap { pid in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return nil }
            let cmd = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\0", with: " ")
            guard cmd.contains(dir.path), let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return nil }
            return stat.contains(") Z ") ? nil : pid + ": " + cmd
        }
    }

    func testJumpsFromCheckpointsShowWhatReplaysShow() throws {
        let replayed = try debug(Self.commands, env: ["SCOPEWALK_CHECKPOINTS": "0"])
        let jumped = try debug(Self.commands, env: ["SCOPEWALK_CHECKPOINT_SPACING": "100", "SCOPEWALK_CHECKPOINT_DEBUG": "1"])
        XCTAssertEqual(jumped.out, replayed.out)
        XCTAssertEqual(jumped.status, replayed.status)
        // Most jumps went through a checkpoint.
        let handovers = jumped.err.components(separatedBy: "\n").filter { $0.hasPrefix("checkpoint: jump") }
        XCTAssertGreaterThan(handovers.count, 8, jumped.err)
        XCTAssertTrue(replayed.out.contains("last change (step"), replayed.out)
        XCTAssertEqual(leftovers(), [])
    }

    func testCheckpointThatDiesLeavesTheSessionGoing() throws {
        let replayed = try debug(Self.commands, env: ["SCOPEWALK_CHECKPOINTS": "0"])
        let crashing = try debug(Self.commands, env: ["SCOPEWALK_CHECKPOINT_SPACING": "100", "SCOPEWALK_CHECKPOINT_CRASH": "1"])
        XCTAssertEqual(crashing.out, replayed.out)
        XCTAssertEqual(leftovers(), [])
    }

    func testClockAndRandomReplayExactlyAfterJumps() throws {
        let program = """
        import random, time
        t = time.time()
        xs = [random.random() for _ in range(300)]
        print(t, sum(xs), random.randint(1, 10**9))

        """
        try program.write(to: dir.appendingPathComponent("clock.py"), atomically: true, encoding: .utf8)
        let session = try debug("c\nout\ngoto 150\ngoto 99999\nout\ngoto 300\nrs\ngoto 99999\nout\nq\n",
                                env: ["SCOPEWALK_CHECKPOINT_SPACING": "100", "SCOPEWALK_CHECKPOINT_DEBUG": "1"], program: "clock.py")
        let printed = session.out.components(separatedBy: "\n").filter { $0.hasPrefix("  | ") }
        XCTAssertGreaterThanOrEqual(printed.count, 3, session.out)  // (out, and the new output shown at the end)
        XCTAssertEqual(Set(printed).count, 1, session.out)
        XCTAssertTrue(session.err.contains("checkpoint: jump"), session.err)
    }

    func testExitStatusAndNoProcessLeftAfterTheEnd() throws {
        try "import sys\nfor i in range(500):\n    pass\nsys.exit(3)\n".write(to: dir.appendingPathComponent("exits.py"), atomically: true, encoding: .utf8)
        // The program's status once it finished; the input ends without q.
        let ended = try debug("c\ngoto 300\ngoto 99999\n", env: ["SCOPEWALK_CHECKPOINT_SPACING": "100"], program: "exits.py")
        XCTAssertEqual(ended.status, 3, ended.out)
        XCTAssertEqual(leftovers(), [])
    }

    func testInterruptedSessionLeavesNoProcess() throws {
        try "for i in range(10**9):\n    pass\n".write(to: dir.appendingPathComponent("endless.py"), atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = try ScriptedDebugCommandTests.binary()
        p.arguments = ["debug", "--commands", "goto 3000;goto 500;c", dir.appendingPathComponent("endless.py").path]
        var environment = ProcessInfo.processInfo.environment
        environment["SCOPEWALK_CHECKPOINT_SPACING"] = "100"
        p.environment = environment
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        Thread.sleep(forTimeInterval: 3)
        XCTAssertGreaterThan(leftovers().count, 1)
        p.interrupt()
        p.waitUntilExit()
        Thread.sleep(forTimeInterval: 0.3)
        XCTAssertEqual(leftovers(), [])
    }
}
