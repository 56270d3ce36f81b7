// The generated-program differential test in its short mode: programs made
// by scripts/fuzz-lines (modes "lines" and "mixed"), with CPython 3.13's
// results cached in Corpus/generated/*.cache.jsonl (written by
// `scripts/fuzz-lines --mode M -n 50 --write-cache FILE`), so no python3 is
// needed. Each program must give CPython's line events (event, func, line,
// depth), stdout and the last line of stderr. The full run of 20,000
// programs per mode is `scripts/fuzz-lines --mode M -n 20000` (README).

import Foundation
import Interpreter
import XCTest

final class GeneratedProgramsTests: XCTestCase {
    func testGeneratedLinePrograms() throws { try runCache("lines") }
    func testGeneratedMixedPrograms() throws { try runCache("mixed") }

    private struct Entry: Decodable {
        let seed: Int
        let source: String
        let events: [String]
        let stdout: String
        let stderr: String
    }

    private struct Event: Decodable {
        let event: String
        let func_: String
        let line: Int
        let depth: Int
        enum CodingKeys: String, CodingKey { case event, func_ = "func", line, depth }
    }

    static func lastLine(_ s: String) -> String {
        s.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map(String.init) ?? ""
    }

    private func runCache(_ mode: String) throws {
        let root = try XCTUnwrap(Bundle.module.url(forResource: "Corpus", withExtension: nil))
        let url = root.appendingPathComponent("generated/\(mode).cache.jsonl")
        let text = try String(contentsOf: url, encoding: .utf8)
        var failures: [String] = []
        var passed = 0
        for line in text.split(separator: "\n") {
            let entry = try JSONDecoder().decode(Entry.self, from: Data(line.utf8))
            var trace = ""
            let io = CapturedIO()
            Interpreter.onLargeStack {
                _ = Interpreter.runProgram(source: entry.source, filename: "p.py", io: io) { vm in
                    vm.hook = TraceRecorder { trace += $0 }
                }
            }
            let got: [String] = trace.split(separator: "\n").compactMap { l in
                guard let e = try? JSONDecoder().decode(Event.self, from: Data(l.utf8)) else { return String(l) }
                return "\(e.event) \(e.func_) \(e.line) \(e.depth)"
            }
            var problem: String?
            if got != entry.events {
                var i = 0
                while i < min(got.count, entry.events.count) && got[i] == entry.events[i] { i += 1 }
                problem = "event \(i + 1): want \(i < entry.events.count ? entry.events[i] : "<end>") | got \(i < got.count ? got[i] : "<end>")"
            } else if io.stdout != entry.stdout {
                problem = "stdout differs"
            } else if Self.lastLine(io.stderr) != Self.lastLine(entry.stderr) {
                // The exception line of a traceback (as the corpus compares;
                // the full traceback is compared by scripts/fuzz-lines).
                problem = "stderr: want \(Self.lastLine(entry.stderr)) | got \(Self.lastLine(io.stderr))"
            }
            if let p = problem { failures.append("\(mode) seed \(entry.seed): \(p)") } else { passed += 1 }
        }
        print("generated \(mode) programs: \(passed) passed, \(failures.count) failed")
        if !failures.isEmpty { XCTFail(failures.joined(separator: "\n")) }
    }
}
