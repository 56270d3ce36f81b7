// Time travel through `scopewalk debug`'s words (ScriptedDebugger): the
// reverse commands mirror the forward ones at every stop of small teaching
// programs, and `last` / `next-change` find rebinding, cell writes through
// nonlocal, mutation through an alias, list items and attributes.

import Foundation
import Interpreter
import XCTest

final class TimeTravelTests: XCTestCase {
    static let outerInner = """
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

    static let recursion = """
    def fact(n):
        if n <= 1:
            return 1
        return n * fact(n - 1)


    print(fact(4))
    """

    static let loop = """
    total = 0
    for i in range(4):
        total += i
        if i % 2 == 0:
            print(i)
    print(total)
    """

    /// The family around rf/rn/rc: frames entered by resuming a generator,
    /// a generator expression's frame, an exception handler and a call
    /// that raised, each checked against what the forward commands reach.
    static let generator = """
    def gen(n):
        for i in range(n):
            yield i * 2


    total = 0
    for v in gen(3):
        total += v
    print(total)
    """

    static let handler = """
    def risky(x):
        if x > 1:
            raise ValueError(x)
        return x


    def guarded(x):
        try:
            return risky(x)
        except ValueError as e:
            return -1


    print([guarded(i) for i in range(3)])
    """

    static let genexpr = """
    def square(x):
        return x * x


    data = [1, 2, 3]
    print(sum(square(x) for x in data))
    """

    func onStack(_ body: @escaping () throws -> Void) {
        var error: Error?
        Interpreter.onLargeStack {
            do { try body() } catch let e { error = e }
        }
        if let e = error { XCTFail("\(e)") }
    }

    struct Stop: Equatable {
        var step: Int
        var line: Int
        var functions: [String]
    }

    func stop(_ d: ScriptedDebugger) -> Stop {
        let s = d.debugger.snapshot
        return Stop(step: s.step, line: s.line, functions: s.stack.map(\.function))
    }

    func isFinished(_ d: ScriptedDebugger) -> Bool {
        if case .finished = d.debugger.snapshot.state { return true }
        return false
    }

    /// Every stop `s` reaches from the start.
    func allStops(_ source: String) -> [Stop] {
        let d = ScriptedDebugger(filename: "prog.py", source: source)
        defer { d.debugger.quit() }
        var stops = [stop(d)]
        while true {
            _ = d.execute("s")
            if isFinished(d) { break }
            stops.append(stop(d))
        }
        return stops
    }

    func checkReverseStep(_ source: String, _ name: String) {
        let d = ScriptedDebugger(filename: "prog.py", source: source)
        defer { d.debugger.quit() }
        var previous = stop(d)
        var count = 0
        while true {
            _ = d.execute("s")
            if isFinished(d) { break }
            let here = stop(d)
            _ = d.execute("rs")
            XCTAssertEqual(stop(d), previous, "\(name): rs from \(here) goes back to where s came from")
            _ = d.execute("s")
            XCTAssertEqual(stop(d), here, "\(name): s again from \(previous)")
            previous = here
            count += 1
        }
        XCTAssertGreaterThan(count, 5)
        // From the end, rs is the last event.
        _ = d.execute("rs")
        XCTAssertEqual(stop(d), previous, "\(name): rs from the end")
    }

    func checkReverseNextAndFinish(_ source: String, _ name: String) {
        let stops = allStops(source)
        let d = ScriptedDebugger(filename: "prog.py", source: source)
        defer { d.debugger.quit() }
        var mirrored = 0
        for t in stops {
            _ = d.execute("goto \(t.step)")
            XCTAssertEqual(stop(d), t)
            _ = d.execute("n")
            if isFinished(d) { continue }
            let s = stop(d)
            if s.functions == t.functions {
                _ = d.execute("rn")
                XCTAssertEqual(stop(d), t, "\(name): rn from \(s) returns to where n came from")
                mirrored += 1
            }
            // rf from T: the line of the caller that called T's function.
            if t.functions.count > 1 {
                _ = d.execute("goto \(t.step)")
                let callerLine = d.debugger.snapshot.stack[t.functions.count - 2].line
                _ = d.execute("rf")
                let c = stop(d)
                XCTAssertEqual(c.functions, Array(t.functions.dropLast()), "\(name): rf from \(t)")
                XCTAssertEqual(c.line, callerLine, "\(name): rf from \(t) stops at the calling line")
                XCTAssertLessThan(c.step, t.step)
                // r from T reaches the return; rf from there is the same calling line.
                _ = d.execute("goto \(t.step)")
                _ = d.execute("r")
                if !isFinished(d) && stop(d).functions == t.functions {
                    _ = d.execute("rf")
                    XCTAssertEqual(stop(d), c, "\(name): rf from the return reached by r")
                }
            }
        }
        XCTAssertGreaterThan(mirrored, 3)
    }

    func testReverseStepOuterInner() { onStack { self.checkReverseStep(Self.outerInner, "outer_inner") } }
    func testReverseStepRecursion() { onStack { self.checkReverseStep(Self.recursion, "recursion") } }
    func testReverseStepLoop() { onStack { self.checkReverseStep(Self.loop, "loop") } }
    func testReverseNextFinishOuterInner() { onStack { self.checkReverseNextAndFinish(Self.outerInner, "outer_inner") } }
    func testReverseNextFinishRecursion() { onStack { self.checkReverseNextAndFinish(Self.recursion, "recursion") } }
    func testReverseNextFinishLoop() { onStack { self.checkReverseNextAndFinish(Self.loop, "loop") } }

    func testReverseFamilyGenerator() {
        onStack {
            self.checkReverseStep(Self.generator, "generator")
            self.checkReverseNextAndFinish(Self.generator, "generator")
            self.checkReverseContinue(Self.generator, breakpoints: ["3 if i != 1", "8"], "generator")
        }
    }

    func testReverseFamilyExceptionHandler() {
        onStack {
            self.checkReverseStep(Self.handler, "handler")
            self.checkReverseNextAndFinish(Self.handler, "handler")
            self.checkReverseContinue(Self.handler, breakpoints: ["3", "11 if e.args[0] == 2", "4"], "handler")
        }
    }

    func testReverseFamilyGeneratorExpression() {
        onStack {
            self.checkReverseStep(Self.genexpr, "genexpr")
            self.checkReverseNextAndFinish(Self.genexpr, "genexpr")
            self.checkReverseContinue(Self.genexpr, breakpoints: ["2 if x > 1"], "genexpr")
        }
    }

    func checkReverseContinue(_ source: String, breakpoints: [String], _ name: String) {
        let d = ScriptedDebugger(filename: "prog.py", source: source)
        defer { d.debugger.quit() }
        let start = stop(d)
        for b in breakpoints { _ = d.execute("b " + b) }
        var hits: [Stop] = []
        while true {
            _ = d.execute("c")
            if isFinished(d) { break }
            hits.append(stop(d))
        }
        XCTAssertGreaterThan(hits.count, 1, name)
        // From the end, rc walks the hits backwards, then to the start.
        for expected in hits.reversed() + [start] {
            _ = d.execute("rc")
            XCTAssertEqual(stop(d), expected, "\(name): rc")
        }
        let said = d.execute("rc")
        XCTAssertTrue(said.contains("already at the start"), said)
    }

    func testReverseContinueOuterInner() { onStack { self.checkReverseContinue(Self.outerInner, breakpoints: ["3"], "outer_inner") } }
    func testReverseContinueRecursion() { onStack { self.checkReverseContinue(Self.recursion, breakpoints: ["2 if n % 2 == 0", "3"], "recursion") } }
    func testReverseContinueLoop() { onStack { self.checkReverseContinue(Self.loop, breakpoints: ["3 if i % 2 == 1", "5 if i > 0"], "loop") } }

    func testUndoIsThePreviousStop() {
        onStack {
            let d = ScriptedDebugger(filename: "prog.py", source: Self.loop)
            defer { d.debugger.quit() }
            _ = d.execute("b 6")
            let first = self.stop(d)
            _ = d.execute("c")
            XCTAssertEqual(self.stop(d).line, 6)
            _ = d.execute("undo")
            XCTAssertEqual(self.stop(d), first, "undo returns to the stop c came from")
        }
    }

    /// A Ctrl-C pause stops at a real event: replays (undo, goto, another
    /// run of the same program) number the events the same and show the same stop.
    func testPauseIsAnEventAReplayReaches() {
        onStack {
            // Most of the time goes to a native call after the last line event,
            // so the pause usually comes at the loop's backward jump.
            let source = "n = 0\nwhile True:\n    n += 1\n    m = sum(range(3000))\n"
            let d = ScriptedDebugger(filename: "prog.py", source: source)
            defer { d.debugger.quit() }
            func n(_ d: ScriptedDebugger) -> String? { d.debugger.snapshot.scopes.global.first { $0.name == "n" }?.value }
            d.debugger.start(.continue)
            XCTAssertEqual(d.debugger.resume(budget: 0.3), .stillRunning)
            d.debugger.pause()
            while d.debugger.resume(budget: 5) == .stillRunning {}
            let paused = self.stop(d)
            let value = n(d)
            XCTAssertTrue([2, 3, 4].contains(paused.line), "\(paused)")
            XCTAssertNotNil(value)
            _ = d.execute("s")
            XCTAssertNotEqual(self.stop(d).line, paused.line, "s from the pause goes on to the next line (the pause was no extra event)")
            _ = d.execute("s")
            let after = self.stop(d)
            let valueAfter = n(d)
            XCTAssertEqual(after.step, paused.step + 2, "the steps after a pause are the next events")
            _ = d.execute("undo")
            _ = d.execute("undo")
            XCTAssertEqual(self.stop(d), paused)
            XCTAssertEqual(n(d), value, "undo shows the paused stop as it was")
            _ = d.execute("rs")
            _ = d.execute("s")
            XCTAssertEqual(self.stop(d), paused)
            XCTAssertEqual(n(d), value)
            // Another run of the program reaches the same stop at the same step.
            let other = ScriptedDebugger(filename: "prog.py", source: source)
            defer { other.debugger.quit() }
            _ = other.execute("goto \(paused.step)")
            XCTAssertEqual(self.stop(other), paused)
            XCTAssertEqual(n(other), value)
            _ = other.execute("goto \(after.step)")
            XCTAssertEqual(self.stop(other), after)
            XCTAssertEqual(n(other), valueAfter)
        }
    }

    // MARK: last / next-change

    func testLastRebindAndNextChange() {
        onStack {
            let d = ScriptedDebugger(filename: "prog.py", source: "x = 1\ny = 2\nx = x + 10\nprint(x)\n")
            defer { d.debugger.quit() }
            _ = d.execute("to 4")
            var said = d.execute("last x")
            XCTAssertTrue(said.contains("<module> (line 3) rebound global x (now 11)"), said)
            XCTAssertEqual(d.debugger.snapshot.line, 3, "stopped before the line that changes it")
            said = d.execute("last x")
            XCTAssertTrue(said.contains("(line 1) bound global x"), said)
            XCTAssertEqual(d.debugger.snapshot.line, 1)
            said = d.execute("next-change x")
            XCTAssertTrue(said.contains("next change"), said)
            XCTAssertEqual(d.debugger.snapshot.line, 2, "just after the change")
            said = d.execute("next-change x")
            XCTAssertEqual(d.debugger.snapshot.line, 4, said)
            said = d.execute("next-change x")
            XCTAssertTrue(said.contains("does not change again"), said)
        }
    }

    func testLastNonlocalCellWrite() {
        onStack {
            let source = """
            def outer():
                message = "hi"
                def inner():
                    nonlocal message
                    message = "bye"
                inner()
                print(message)


            outer()
            """
            let d = ScriptedDebugger(filename: "prog.py", source: source)
            defer { d.debugger.quit() }
            _ = d.execute("to 7")
            let said = d.execute("last message")
            XCTAssertTrue(said.contains("inner (line 5) rebound message in cell c"), said)
            XCTAssertTrue(said.contains("(owned by outer)"), said)
            XCTAssertEqual(d.debugger.snapshot.line, 5)
            XCTAssertEqual(d.debugger.snapshot.stack.last?.function, "outer.<locals>.inner")
        }
    }

    func testLastMutationThroughAlias() {
        onStack {
            let d = ScriptedDebugger(filename: "prog.py", source: "a = [1, 2]\nb = a\nb.append(3)\nprint(a)\n")
            defer { d.debugger.quit() }
            _ = d.execute("to 4")
            let said = d.execute("last a")
            XCTAssertTrue(said.contains("<module> (line 3) mutated global a through another name for the same object"), said)
            XCTAssertEqual(d.debugger.snapshot.line, 3)
        }
    }

    func testLastListItemAndLocal() {
        onStack {
            let source = """
            def f():
                items = [1, 2, 3]
                items[1] = 20
                items.append(4)
                return items


            f()
            """
            let d = ScriptedDebugger(filename: "prog.py", source: source)
            defer { d.debugger.quit() }
            _ = d.execute("to 5")
            var said = d.execute("last items[1]")
            XCTAssertTrue(said.contains("f (line 3) rebound items[1] (local items of f) (now 20)"), said)
            XCTAssertEqual(d.debugger.snapshot.line, 3)
            said = d.execute("next-change items")
            XCTAssertTrue(said.contains("f (line 3) mutated local items of f"), said)
            XCTAssertEqual(d.debugger.snapshot.line, 4)
        }
    }

    func testLastAttribute() {
        onStack {
            let source = """
            class Point:
                pass


            p = Point()
            p.x = 1
            p.y = 2
            p.x = 5
            p.y = 3
            print(p.x)
            """
            let d = ScriptedDebugger(filename: "prog.py", source: source)
            defer { d.debugger.quit() }
            _ = d.execute("to 10")
            var said = d.execute("last p.x")
            XCTAssertTrue(said.contains("<module> (line 8) rebound p.x (global p) (now 5)"), said)
            XCTAssertEqual(d.debugger.snapshot.line, 8)
            said = d.execute("last p")
            XCTAssertTrue(said.contains("(line 7) mutated global p"), said)
            said = d.execute("last nothing")
            XCTAssertTrue(said.hasPrefix("*** name 'nothing'"), said)
        }
    }
}
