// The narration, change marks and scopes of `scopewalk debug` over one small
// program per construct (Narration/*.py), compared with golden files that
// scripts/narration-goldens writes and a person reviewed for truth. And the
// bookkeeping that must survive time travel: a stop shows the same marks,
// narration and object labels whether reached by stepping or by a jump.

import Foundation
import XCTest
@testable import Interpreter

final class NarrationGoldenTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Narration")

    static func programs() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".py") }.sorted()
    }

    /// The first line's `# commands: s*3;p a;n`, expanded as the script does.
    static func commands(of source: String) -> [String] {
        guard let first = source.split(separator: "\n").first, first.hasPrefix("# commands: ") else { return [] }
        var out: [String] = []
        for part in first.dropFirst("# commands: ".count).split(separator: ";").map(String.init) {
            if let star = part.lastIndex(of: "*"), let n = Int(part[part.index(after: star)...]),
               part[..<star].allSatisfy({ $0.isLetter }) {
                out += Array(repeating: String(part[..<star]), count: n)
            } else {
                out.append(part)
            }
        }
        return out
    }

    /// What `scopewalk debug --commands` prints, made through the library (cwd-free: bare file name).
    static func transcript(_ name: String, source: String) -> String {
        let front = ScriptedDebugger(filename: name, source: source)
        var out = front.banner()
        for command in commands(of: source) where !front.finished { out += front.execute(command) }
        front.debugger.quit()
        return out
    }

    func testEveryConstructMatchesItsGolden() throws {
        let programs = try Self.programs()
        XCTAssertGreaterThanOrEqual(programs.count, 12)
        var failures: [String] = []
        for name in programs {
            let source = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
            let goldenURL = Self.folder.appendingPathComponent(name.replacingOccurrences(of: ".py", with: ".golden"))
            guard let golden = try? String(contentsOf: goldenURL, encoding: .utf8) else {
                failures.append("\(name): no golden (run scripts/narration-goldens)")
                continue
            }
            let got = Self.transcript(name, source: source)
            if got != golden {
                let a = got.components(separatedBy: "\n"), b = golden.components(separatedBy: "\n")
                let i = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
                failures.append("\(name): line \(i + 1): got '\(i < a.count ? a[i] : "<end>")', golden '\(i < b.count ? b[i] : "<end>")'")
            }
        }
        XCTAssert(failures.isEmpty, failures.joined(separator: "\n"))
    }

    /// Lines no narration may say (the falsehoods of issue 10).
    func testNoFalseSentences() throws {
        for name in try Self.programs() {
            let source = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
            let text = Self.transcript(name, source: source)
            let narration = text.components(separatedBy: "\n").filter { $0.hasPrefix("what happened: ") }
            for line in narration {
                XCTAssertFalse(line.contains("call countdown()"), "\(name): a resume is not a call: \(line)")
                XCTAssertFalse(line.contains("countdown returns 2") || line.contains("countdown returns 1"), "\(name): a yield is not a return: \(line)")
                XCTAssertFalse(line.contains("the module returns"), "\(name): \(line)")
                XCTAssertFalse(line.contains("call Person()") || line.contains("call Ctx()"), "\(name): a class body is not a call: \(line)")
            }
            XCTAssertFalse(text.contains("__module__ ="), "\(name): __module__ is not a local of the class body")
        }
    }

    /// The view of a stop without the output (which a jump shows all at once).
    private func stopView(_ front: ScriptedDebugger) -> String {
        let s = front.debugger.snapshot
        let changes = s.effects.changes.map { "\($0.name) (\($0.scope.rawValue)) \($0.kind.rawValue)" }.joined(separator: ", ")
        return front.locationLine() + front.scopesView() + front.cellsView() + "narration: \(s.effects.narration)\nchanged: \(changes)\n"
            + "breakpoints: \(s.breakpoints.map { "\($0.line):\($0.hits)" })\n"
    }

    func testForwardAndJumpShowTheSameStop() throws {
        for name in ["closures.py", "aliases.py", "generator.py", "global_nonlocal.py", "recursion.py", "class_body.py"] {
            let source = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
            let front = ScriptedDebugger(filename: name, source: source)
            var forward: [String] = [stopView(front)]
            for command in Self.commands(of: source) where !front.finished {
                _ = front.execute(command)
                if case .finished = front.debugger.snapshot.state { break }
                if command.hasPrefix("back") || command.hasPrefix("forward") { continue }
                forward.append(stopView(front))
            }
            // Back through every stop, then goto each step: the same views.
            if name != "aliases.py" {
                var back: [String] = []
                for _ in 1..<forward.count {
                    _ = front.execute("back")
                    back.append(stopView(front))
                }
                for (i, view) in back.reversed().enumerated() where i + 1 < forward.count - 1 {
                    XCTAssertEqual(view, forward[i + 1], "\(name): stop \(i + 1) reached back differs from forward")
                }
            }
            front.debugger.quit()
        }
    }

    func testHitCountsCountTheRunShownNotReplays() throws {
        let source = "total = 0\nfor i in range(3):\n    total += i\nprint(total)\n"
        let front = ScriptedDebugger(filename: "hits.py", source: source)
        _ = front.execute("b 3")
        _ = front.execute("c")
        _ = front.execute("c")
        XCTAssertEqual(front.debugger.snapshot.breakpoints.first?.hits, 2)
        _ = front.execute("back")
        XCTAssertEqual(front.debugger.snapshot.breakpoints.first?.hits, 1, "the first stop at line 3 is its first hit")
        _ = front.execute("forward")
        XCTAssertEqual(front.debugger.snapshot.breakpoints.first?.hits, 2)
        _ = front.execute("restart")
        XCTAssertEqual(front.debugger.snapshot.breakpoints.first?.hits ?? 0, 0)
        XCTAssert(front.debugger.snapshot.effects.narration.isEmpty || !front.debugger.snapshot.effects.narration.contains("hit 4"))
        front.debugger.quit()
    }

    func testEvaluationWithSideEffectsIsHistoryNotTheProgramsStep() throws {
        let source = "a = [1, 2]\nb = a\nx = 5\nprint(a)\n"
        let front = ScriptedDebugger(filename: "eval.py", source: source)
        _ = front.execute("n")
        _ = front.execute("n")  // at line 3
        let told = front.execute("p a.append(99)")
        XCTAssert(told.hasPrefix("None\nwhat happened: you changed a, b by evaluating a.append(99)"), told)
        XCTAssert(front.debugger.snapshot.effects.narration.hasPrefix("you changed a, b by evaluating a.append(99)"), front.debugger.snapshot.effects.narration)
        let next = front.execute("n")
        XCTAssertFalse(next.contains("a (global) mutated"), "the program did not change a:\n\(next)")
        XCTAssert(next.contains("x (global) new"), next)
        _ = front.execute("back")
        _ = front.execute("forward")
        XCTAssertEqual(front.execute("p a"), "[1, 2, 99]\n", "replays repeat the evaluation")
        front.debugger.quit()
    }

    func testAliasesAndLabelsSurviveReplay() throws {
        let source = "def f(items):\n    items.append(1)\n    return items\n\nshared = []\nf(shared)\nother = shared\nprint(other)\n"
        let front = ScriptedDebugger(filename: "alias.py", source: source)
        _ = front.execute("b 2")
        _ = front.execute("c")
        let items = front.debugger.snapshot.scopes.local.first { $0.name == "items" }
        let shared = front.debugger.snapshot.scopes.global.first { $0.name == "shared" }
        XCTAssertNotNil(items?.alias, "items in f and the global shared are one list")
        XCTAssertEqual(items?.alias, shared?.alias)
        let f1 = front.debugger.snapshot.scopes.global.first { $0.name == "f" }?.value
        XCTAssert(f1?.contains("#") == true && f1?.contains("0x") == false, "functions show labels, not addresses: \(f1 ?? "")")
        _ = front.execute("n")
        let mutated = front.debugger.snapshot.scopes
        XCTAssertEqual(mutated.local.first { $0.name == "items" }?.change, .mutated)
        XCTAssertEqual(mutated.global.first { $0.name == "shared" }?.change, .mutated, "a mutation through one name marks every alias")
        _ = front.execute("back")
        _ = front.execute("forward")
        XCTAssertEqual(front.debugger.snapshot.scopes.global.first { $0.name == "f" }?.value, f1, "the same label in a replay")
        XCTAssertEqual(front.debugger.snapshot.scopes.local.first { $0.name == "items" }?.alias, items?.alias)
        XCTAssertEqual(front.debugger.snapshot.scopes.global.first { $0.name == "shared" }?.change, .mutated)
        front.debugger.quit()
    }
}
