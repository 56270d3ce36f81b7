// Every corpus program with a CPython 3.13 trace golden (NAME.trace.jsonl,
// written by shared/oracle/trace_cpython.py via scripts/regen-goldens) must
// produce the same events through `scopewalk trace`'s recorder: event, func,
// line, depth, locals (reprs) and return values / exception types, in order.
// Hex addresses are normalised. One failure message lists every mismatch.

import Foundation
import Interpreter
import XCTest

final class TraceConformanceTests: XCTestCase {
    func testCorpusTraces() throws { try runGroup(classroom: false) }
    func testClassroomTraces() throws { try runGroup(classroom: true) }

    static func normalise(_ s: String) -> String {
        s.replacingOccurrences(of: "0x[0-9a-fA-F]+", with: "0x?", options: .regularExpression)
    }

    private func runGroup(classroom: Bool) throws {
        let root = try XCTUnwrap(Bundle.module.url(forResource: "Corpus", withExtension: nil))
        let filter = ProcessInfo.processInfo.environment["CORPUS_FILTER"].flatMap { $0.isEmpty ? nil : $0 }
        let fm = FileManager.default
        var programs: [String] = []
        if let e = fm.enumerator(atPath: root.path) {
            while let rel = e.nextObject() as? String {
                guard rel.hasSuffix(".trace.jsonl") else { continue }
                if rel.hasPrefix("classroom/") != classroom { continue }
                if let f = filter, !rel.contains(f) { continue }
                programs.append(String(rel.dropLast(".trace.jsonl".count)))
            }
        }
        programs.sort()
        var failures: [String] = []
        var passed = 0
        for rel in programs {
            let py = root.appendingPathComponent(rel + ".py")
            let golden = root.appendingPathComponent(rel + ".trace.jsonl")
            guard let source = try? String(contentsOf: py, encoding: .utf8),
                  let expected = try? String(contentsOf: golden, encoding: .utf8) else { continue }
            var stdin: [String] = []
            if let text = try? String(contentsOf: root.appendingPathComponent(rel + ".stdin"), encoding: .utf8) {
                stdin = text.components(separatedBy: "\n")
                if text.hasSuffix("\n") { stdin.removeLast() }
            }
            let name = (rel as NSString).lastPathComponent + ".py"
            var trace = ""
            let io = CapturedIO(input: stdin)
            Interpreter.onLargeStack {
                _ = Interpreter.runProgram(source: source, filename: name, io: io) { vm in
                    vm.programFolder = py.deletingLastPathComponent().path
                    vm.hook = TraceRecorder { trace += $0 }
                }
            }
            let want = Self.normalise(expected).split(separator: "\n", omittingEmptySubsequences: true)
            let got = Self.normalise(trace).split(separator: "\n", omittingEmptySubsequences: true)
            if want == got {
                passed += 1
                continue
            }
            var i = 0
            while i < min(want.count, got.count) && want[i] == got[i] { i += 1 }
            let w = i < want.count ? String(want[i]) : "<end of trace>"
            let g = i < got.count ? String(got[i]) : "<end of trace>"
            failures.append("\(rel): event \(i + 1) of \(want.count)\n    want \(w.prefix(300))\n    got  \(g.prefix(300))")
        }
        let summary = "traces: \(passed) passed, \(failures.count) failed"
        print(summary)
        if !failures.isEmpty {
            XCTFail(failures.joined(separator: "\n") + "\n" + summary)
        }
    }
}
