// Expression stepping (`e` / step-expr): each small step shows the line with
// the values computed so far, the part being evaluated in brackets; the order
// of the values is the bytecode's, checked against CPython's on generated
// expressions (Tests/ExpressionOrder, made by scripts/expr-order-gen).

import Foundation
import Interpreter
import XCTest

final class ExpressionSteppingTests: XCTestCase {
    func onStack(_ body: @escaping () throws -> Void) rethrows {
        var error: Error?
        Interpreter.onLargeStack {
            do { try body() } catch let e { error = e }
        }
        if let e = error { XCTFail("\(e)") }
    }

    func step(_ d: Debugger, _ c: DebugCommand) -> DebugSnapshot {
        d.start(c)
        while d.resume(budget: 10) == .stillRunning {}
        return d.snapshot
    }

    /// Small steps until the line is over: the bracketed lines and narrations.
    func smallSteps(_ d: Debugger, limit: Int = 100) -> [(String, String)] {
        var out: [(String, String)] = []
        for _ in 0..<limit {
            let s = step(d, .stepExpression)
            guard let x = s.expressionStop else { break }
            out.append((x.bracketed.trimmingCharacters(in: .whitespaces), x.narration))
        }
        return out
    }

    func testTotalPlusPriceTimesQuantity() throws {
        let source = "total = 10\nprice = 3\nqty = 4\ntotal = total + price * qty\nprint(total)\n"
        try onStack {
            let d = Debugger(filename: "t.py", source: source)
            defer { d.quit() }
            _ = self.step(d, .runToLine(4))
            XCTAssertEqual(d.snapshot.line, 4)
            let steps = self.smallSteps(d)
            XCTAssertEqual(steps.map { $0.0 }, [
                "total = [10] + price * qty",
                "total = 10 + [3] * qty",
                "total = 10 + 3 * [4]",
                "total = 10 + [3 * 4]",
                "total = 10 + [12]",
                "total = [10 + 12]",
                "total = [22]",
                "[total] = 22",
            ])
            XCTAssertEqual(steps.first?.1, "total → 10  (Global)")
            XCTAssertEqual(steps[3].1, "evaluating price * qty: 3 * 4")
            XCTAssertEqual(steps[4].1, "price * qty → 12")
            XCTAssertEqual(steps.last?.1, "total ← 22  (Global)")
            // The line is over: an ordinary stop at the next line.
            XCTAssertNil(d.snapshot.expressionStop)
            XCTAssertEqual(d.snapshot.line, 5)
            XCTAssertEqual(d.snapshot.scopes.global.first { $0.name == "total" }?.value, "22")
        }
    }

    /// Time travel at this granularity: rs from a small step goes back one
    /// small step (the same rewritten lines in reverse), then to the line's stop.
    func testReverseStepGoesBackOneSmallStep() throws {
        let source = "def f(x):\n    return x + 1\ntotal = 10\nprice, qty = 3, 4\ntotal = total + price * f(qty)\nprint(total)\n"
        try onStack {
            let d = Debugger(filename: "t.py", source: source)
            defer { d.quit() }
            _ = self.step(d, .runToLine(5))
            let lineStop = d.snapshot.step
            var forward: [String] = []
            for _ in 0..<6 {
                guard let x = self.step(d, .stepExpression).expressionStop else { return XCTFail("the line ended early") }
                forward.append(x.bracketed.trimmingCharacters(in: .whitespaces))
            }
            XCTAssertEqual(forward.last, "total = 10 + 3 * [5]")
            var backward: [String] = []
            for _ in 0..<5 {
                guard let x = self.step(d, .reverse(.step)).expressionStop else { return XCTFail("rs left the line") }
                backward.append(x.bracketed.trimmingCharacters(in: .whitespaces))
            }
            XCTAssertEqual(backward, Array(forward.dropLast().reversed()))
            // One more: the line's own stop; then the previous line.
            XCTAssertNil(self.step(d, .reverse(.step)).expressionStop)
            XCTAssertEqual(d.snapshot.step, lineStop)
            XCTAssertEqual(self.step(d, .reverse(.step)).line, 4)
            // Small steps again from the line after going back: counted afresh.
            _ = self.step(d, .stepInto)
            XCTAssertEqual(self.step(d, .stepExpression).expressionStop?.bracketed.trimmingCharacters(in: .whitespaces), forward.first)
        }
    }

    func testCallInsideFString() throws {
        let source = "def shout(w):\n    return w.upper() + '!'\nname = 'bob'\nmsg = f\"hi {shout(name)} ok\"\n"
        try onStack {
            let d = Debugger(filename: "f.py", source: source)
            defer { d.quit() }
            _ = self.step(d, .runToLine(4))
            let steps = self.smallSteps(d)
            XCTAssertEqual(steps.map { $0.0 }, [
                "msg = f\"hi {[shout](name)} ok\"",
                "msg = f\"hi {shout([\'bob\'])} ok\"",
                "msg = f\"hi {[shout(\'bob\')]} ok\"",
                "msg = f\"hi {[\'BOB!\']} ok\"",
                "msg = f\"hi [{\'BOB!\'}] ok\"",
                "msg = f\"hi [BOB!] ok\"",
                "msg = [f\"hi BOB! ok\"]",
                "msg = [\'hi BOB! ok\']",
                "[msg] = \'hi BOB! ok\'",
            ])
            XCTAssertEqual(steps[2].1, "calling shout('bob')")
            XCTAssertEqual(steps[3].1, "shout(name) returned 'BOB!'")
        }
    }

    func testNamesSayWhichScopeResolvedThem() throws {
        let source = """
        def outer():
            message = 'hi'
            def inner():
                return message + suffix
            return inner()
        suffix = '!'
        print(len(outer()))

        """
        try onStack {
            let d = Debugger(filename: "s.py", source: source)
            defer { d.quit() }
            _ = self.step(d, .runToLine(4))
            let steps = self.smallSteps(d)
            guard steps.count >= 2 else { return XCTFail("\(steps)") }
            XCTAssertTrue(steps[0].1.hasPrefix("message → 'hi'  (Enclosing (outer), cell c"), steps[0].1)
            XCTAssertEqual(steps[1].1, "suffix → '!'  (Global)")
            XCTAssertEqual(steps[1].0, "return 'hi' + ['!']")
        }
    }

    func testShortCircuitAndConditionalExpression() throws {
        let source = "a = 0\nb = 5\nr = a and b\ns = b or a\nt = a if b else b\n"
        try onStack {
            let d = Debugger(filename: "b.py", source: source)
            defer { d.quit() }
            _ = self.step(d, .runToLine(3))
            let and = self.smallSteps(d)
            XCTAssertEqual(and.map { $0.0 }, ["r = [0] and b", "r = [0]", "[r] = 0"])
            let or = self.smallSteps(d)
            XCTAssertEqual(or.map { $0.0 }, ["s = [5] or a", "s = [5]", "[s] = 5"])
            let ifexp = self.smallSteps(d)
            XCTAssertEqual(ifexp.map { $0.0 }, ["t = a if [5] else b", "t = a if [5] else b", "t = [0] if 5 else b", "[t] = 0 if 5 else b"])
            XCTAssertEqual(ifexp[1].1, "b is true")
        }
    }

    func testStepOverInsideTheLineFinishesIt() throws {
        let source = "def f(x):\n    return x * 2\ny = f(1) + f(2)\nprint(y)\n"
        try onStack {
            let d = Debugger(filename: "o.py", source: source)
            defer { d.quit() }
            _ = self.step(d, .runToLine(3))
            _ = self.step(d, .stepExpression)  // f
            _ = self.step(d, .stepExpression)  // before f(1)
            let over = self.step(d, .stepOver)
            XCTAssertNil(over.expressionStop)
            XCTAssertEqual(over.line, 4)
            XCTAssertEqual(over.scopes.global.first { $0.name == "y" }?.value, "6")
            let d2 = Debugger(filename: "o.py", source: source)
            defer { d2.quit() }
            _ = self.step(d2, .runToLine(3))
            _ = self.step(d2, .stepExpression)  // f
            _ = self.step(d2, .stepExpression)  // before f(1)
            let into = self.step(d2, .stepInto)
            XCTAssertNil(into.expressionStop)
            XCTAssertEqual(into.stack.last?.function, "f", "step into from a call enters the callee")
        }
    }

    /// The order of values on 500 generated expressions equals CPython's
    /// (each sub-expression wrapped in a function printing its text and value).
    func testEvaluationOrderMatchesCPython() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("ExpressionOrder")
        let source = try String(contentsOf: dir.appendingPathComponent("order.py"), encoding: .utf8)
        let expected = try String(contentsOf: dir.appendingPathComponent("order.expected"), encoding: .utf8)
        var got = ""
        try onStack {
            let d = Debugger(filename: "order.py", source: source)
            defer { d.quit() }
            let first = source.components(separatedBy: "\n").firstIndex { $0.hasPrefix("r = ") }! + 1
            _ = self.step(d, .runToLine(first))
            var guardCount = 0
            while case .paused = d.snapshot.state, guardCount < 100_000 {
                guardCount += 1
                let line = d.snapshot.line
                if d.snapshot.expressionStop == nil, d.snapshot.event == "line" {
                    got += "line \(line): \(source.components(separatedBy: "\n")[line - 1].dropFirst(4))\n"
                }
                let s = self.step(d, .stepExpression)
                guard let x = s.expressionStop, x.phase == .after, let v = x.value else { continue }
                // Functions and instances: their reprs are not CPython's (labels, addresses).
                if v.hasPrefix("<") { continue }
                got += "  \(x.expression) = \(v)\n"
            }
        }
        let e = expected.components(separatedBy: "\n"), g = got.components(separatedBy: "\n")
        var firstDiff: Int? = nil
        for i in 0..<max(e.count, g.count) where (i < e.count ? e[i] : "<none>") != (i < g.count ? g[i] : "<none>") { firstDiff = i; break }
        if let i = firstDiff {
            XCTFail("differs at line \(i + 1): expected \(i < e.count ? e[i] : "<none>"), got \(i < g.count ? g[i] : "<none>")\n" + g[max(0, i - 8)..<min(g.count, i + 3)].joined(separator: "\n"))
        }
        XCTAssertEqual(expected.components(separatedBy: "line ").count - 1, 500)
    }
}
