// `scopewalk debug` as a user runs it: the real binary, commands on stdin,
// the plain-text view on stdout.

import Foundation
import XCTest

final class ScriptedDebugCommandTests: XCTestCase {
    /// The `scopewalk` executable built next to the test bundle.
    static func binary() throws -> URL {
        let starts = [URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath(),
                      Bundle.main.bundleURL, Bundle(for: ScriptedDebugCommandTests.self).bundleURL]
        for start in starts {
            var dir = start
            for _ in 0..<3 {
                let candidate = dir.appendingPathComponent("scopewalk")
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue,
                   FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                dir = dir.deletingLastPathComponent()
            }
        }
        throw XCTSkip("the scopewalk binary was not found next to the test bundle")
    }

    func run(_ args: [String], stdin: String, in dir: URL) throws -> (String, Int32) {
        let p = Process()
        p.executableURL = try Self.binary()
        p.arguments = args
        p.currentDirectoryURL = dir
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        p.standardError = output
        try p.run()
        input.fileHandleForWriting.write(stdin.data(using: .utf8)!)
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), p.terminationStatus)
    }

    func testDebugOuterInnerFromStdin() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sw-debug-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let program = """
        def outer():
            def inner():
                print(message)
            message = "Hello, World!"
            inner()
            message = "Hello again!"
            inner()
            return inner


        inner_returned = outer()
        inner_returned()
        """
        try program.write(to: dir.appendingPathComponent("outer_inner.py"), atomically: true, encoding: .utf8)
        let commands = ["b 3", "c", "where", "cells", "c", "p message", "up", "p message", "c", "cells", "c", "q"].joined(separator: "\n") + "\n"
        let (out, status) = try run(["debug", "outer_inner.py"], stdin: commands, in: dir)
        // First stop inside inner: the free variable comes from outer's cell.
        XCTAssertTrue(out.contains("outer.<locals>.inner line 3"), out)
        XCTAssertTrue(out.contains("message = 'Hello, World!' (cell c"), out)
        XCTAssertTrue(out.contains("— from outer"), out)
        XCTAssertTrue(out.contains("made by outer (running)"), out)
        XCTAssertTrue(out.contains("held by outer.<locals>.inner.__closure__[0]"), out)
        // Second stop: the same cell now holds the second value.
        XCTAssertTrue(out.contains("'Hello again!'\n"), out)
        // After outer returned, the cell is still listed, held by inner.
        XCTAssertTrue(out.contains("made by outer (finished)"), out)
        XCTAssertTrue(out.contains("new output:\n  | Hello, World!"), out)
        XCTAssertEqual(status, 0)
    }

    func testNoTerminalSaysHowToUseDebug() throws {
        let dir = FileManager.default.temporaryDirectory
        try "print(1)\n".write(to: dir.appendingPathComponent("sw_one.py"), atomically: true, encoding: .utf8)
        let (out, status) = try run(["sw_one.py"], stdin: "", in: dir)
        XCTAssertEqual(status, 2)
        XCTAssertTrue(out.contains("scopewalk debug"), out)
    }
}
