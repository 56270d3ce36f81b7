// The debugger core, driven as a user would drive `scopewalk debug`: each
// test steps through a teaching program and asserts what the user is shown
// (stack, Local / Enclosing scopes, cells and their holders, output).

import Foundation
import Interpreter
import XCTest

final class DebuggerTests: XCTestCase {
    func corpusSource(_ rel: String) throws -> String {
        let root = try XCTUnwrap(Bundle.module.url(forResource: "Corpus", withExtension: nil))
        return try String(contentsOf: root.appendingPathComponent(rel), encoding: .utf8)
    }

    /// Runs `body` on a large stack, as the command line does.
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

    func local(_ s: DebugSnapshot, _ name: String) -> Binding? { s.scopes.local.first { $0.name == name } }
    func enclosing(_ s: DebugSnapshot, _ name: String) -> EnclosingBinding? { s.scopes.enclosing.first { $0.binding.name == name } }

    func testOuterInnerCellLifecycle() throws {
        let source = try corpusSource("seeds/outer_inner.py")
        try onStack {
            let d = Debugger(filename: "outer_inner.py", source: source)
            defer { d.quit() }
            var s = d.snapshot
            XCTAssertEqual(s.line, 3, "starts paused on the first line")
            XCTAssertEqual(s.stack.map(\.function), ["<module>"])
            s = self.step(d, .stepInto)          // line 13
            XCTAssertEqual(s.line, 13)
            s = self.step(d, .stepInto)          // call outer
            XCTAssertEqual(s.event, "call")
            XCTAssertEqual(s.stack.map(\.function), ["<module>", "outer"])
            s = self.step(d, .stepInto)          // line 4: def inner
            XCTAssertEqual(s.line, 4)
            let message0 = try XCTUnwrap(self.local(s, "message"))
            XCTAssertTrue(message0.isUnbound, "message is local to outer but not yet bound")
            XCTAssertNotNil(message0.cellLabel, "message lives in a cell because inner captures it")
            XCTAssertTrue(try XCTUnwrap(self.local(s, "inner")).isUnbound)
            var cell = try XCTUnwrap(s.cells.first { $0.variable == "message" })
            XCTAssertNil(cell.contents, "the cell starts empty")
            XCTAssertEqual(cell.creator, "outer")
            XCTAssertFalse(cell.creatorFinished)
            s = self.step(d, .stepInto)          // line 6: inner now exists
            cell = try XCTUnwrap(s.cells.first { $0.variable == "message" })
            XCTAssertEqual(cell.heldBy, [CellHolder(function: "outer.<locals>.inner", index: 0)])
            XCTAssertNil(cell.contents)
            s = self.step(d, .stepInto)          // line 7
            cell = try XCTUnwrap(s.cells.first { $0.variable == "message" })
            XCTAssertEqual(cell.contents, "'Hello, World!'")
            s = self.step(d, .stepInto)          // call inner
            XCTAssertEqual(s.stack.map(\.function), ["<module>", "outer", "outer.<locals>.inner"])
            s = self.step(d, .stepInto)          // line 5 in inner
            XCTAssertEqual(s.line, 5)
            let free = try XCTUnwrap(self.enclosing(s, "message"))
            XCTAssertEqual(free.binding.value, "'Hello, World!'")
            XCTAssertEqual(free.owner, "outer")
            XCTAssertEqual(free.binding.cellLabel, cell.label)
            XCTAssertTrue(s.scopes.local.isEmpty, "inner has no locals of its own")
            s = self.step(d, .stepInto)          // return from inner
            XCTAssertEqual(s.event, "return")
            XCTAssertEqual(s.output, "Hello, World!\n")
            XCTAssertTrue(s.effects.narration.contains("enclosing scope of outer"), s.effects.narration)
            s = self.step(d, .stepInto)          // line 8
            s = self.step(d, .stepInto)          // line 9
            cell = try XCTUnwrap(s.cells.first { $0.variable == "message" })
            XCTAssertEqual(cell.contents, "'Hello again!'")
            XCTAssertEqual(cell.change, .rebound)
            s = self.step(d, .stepOver)          // line 10, inner ran
            XCTAssertEqual(s.line, 10)
            XCTAssertEqual(s.output, "Hello, World!\nHello again!\n")
            s = self.step(d, .stepInto)          // return from outer
            XCTAssertEqual(s.event, "return")
            s = self.step(d, .stepInto)          // line 14 in the module
            XCTAssertEqual(s.line, 14)
            XCTAssertEqual(s.stack.map(\.function), ["<module>"])
            cell = try XCTUnwrap(s.cells.first { $0.variable == "message" }, "the cell outlives outer's frame")
            XCTAssertTrue(cell.creatorFinished)
            XCTAssertEqual(cell.contents, "'Hello again!'")
            XCTAssertEqual(cell.heldBy.map(\.function), ["outer.<locals>.inner"])
            // Step back to inside inner: the cell holds the first value again.
            s = self.step(d, .goto(step: 9))
            XCTAssertLessThanOrEqual(s.step, 9)
            s = self.step(d, .continue)
            if case .finished(let code) = s.state { XCTAssertEqual(code, 0) } else { XCTFail("expected the program to finish") }
            XCTAssertEqual(s.output, "Hello, World!\nHello again!\nHello again!\nHello again!\n('message',)\n")
        }
    }

    func testScriptedDebuggerText() throws {
        let source = try corpusSource("seeds/outer_inner.py")
        try onStack {
            let front = ScriptedDebugger(filename: "outer_inner.py", source: source)
            defer { front.debugger.quit() }
            XCTAssertTrue(front.banner().contains("->   3  def outer():"))
            _ = front.execute("b 5")
            let atBreak = front.execute("c")
            XCTAssertTrue(atBreak.contains("outer.<locals>.inner line 5"), atBreak)
            XCTAssertTrue(atBreak.contains("message = 'Hello, World!' (cell c"), atBreak)
            XCTAssertTrue(atBreak.contains("— from outer"), atBreak)
            XCTAssertEqual(front.execute("p message"), "'Hello, World!'\n")
            XCTAssertEqual(front.execute("p [message for _ in range(2)]"), "['Hello, World!', 'Hello, World!']\n", "a comprehension in p sees the frame's names")
            XCTAssertEqual(front.execute("p (lambda: message)()"), "'Hello, World!'\n")
            let up = front.execute("up")
            XCTAssertTrue(up.contains("in outer"), up)
            XCTAssertTrue(front.execute("p nosuch").contains("NameError: name 'nosuch' is not defined"))
        }
    }

    func testNonlocalCounterCell() throws {
        let source = """
        def make_counter():
            count = 0
            def increment():
                nonlocal count
                count += 1
                return count
            return increment

        counter = make_counter()
        counter()
        counter()
        print(counter())
        """
        try onStack {
            let d = Debugger(filename: "counter.py", source: source)
            defer { d.quit() }
            d.setBreakpoint(line: 6, condition: "count == 2")
            var s = self.step(d, .continue)
            XCTAssertEqual(s.line, 6)
            XCTAssertEqual(s.stack.last?.function, "make_counter.<locals>.increment")
            let count = try XCTUnwrap(self.enclosing(s, "count"))
            XCTAssertEqual(count.binding.value, "2", "conditional breakpoint stops on the second call")
            XCTAssertEqual(count.owner, "make_counter")
            let cell = try XCTUnwrap(s.cells.first { $0.variable == "count" })
            XCTAssertTrue(cell.creatorFinished, "make_counter has returned; its cell lives on")
            s = self.step(d, .stepBack)
            XCTAssertEqual(s.line, 1, "back to the previous stop: the first line")
            d.clearBreakpoint(line: 6)
            s = self.step(d, .continue)
            XCTAssertEqual(s.output, "3\n")
        }
    }

    func testLateBindingSharesOneCell() throws {
        let source = """
        def make():
            fns = []
            for i in range(3):
                fns.append(lambda: i)
            return fns

        fs = make()
        print([f() for f in fs])
        """
        try onStack {
            let d = Debugger(filename: "late.py", source: source)
            defer { d.quit() }
            d.setBreakpoint(line: 8, condition: nil)
            let s = self.step(d, .continue)
            XCTAssertEqual(s.line, 8)
            let cells = s.cells.filter { $0.variable == "i" }
            XCTAssertEqual(cells.count, 1, "the three lambdas share one cell")
            XCTAssertEqual(cells[0].contents, "2")
            XCTAssertEqual(cells[0].heldBy.count, 3)
            XCTAssertEqual(Set(cells[0].heldBy.map(\.function)), ["make.<locals>.<lambda>"])
        }
    }

    func testUnboundLocalErrorPostMortem() throws {
        let source = """
        x = 10
        def f():
            print(x)
            x = 5
        f()
        """
        try onStack {
            let d = Debugger(filename: "ule.py", source: source)
            defer { d.quit() }
            var s = self.step(d, .stepInto)   // line 2
            s = self.step(d, .stepInto)       // line 5
            s = self.step(d, .stepInto)       // call f
            s = self.step(d, .stepInto)       // line 3
            let x = try XCTUnwrap(self.local(s, "x"))
            XCTAssertTrue(x.isUnbound, "x is local to f (assigned on line 4) and not yet bound: the reason for the error")
            s = self.step(d, .continue)
            guard case .exception = s.state else { return XCTFail("expected to stop on the uncaught exception, got \(s.state)") }
            XCTAssertEqual(s.exception?.typeName, "UnboundLocalError")
            XCTAssertEqual(s.exception?.message, "cannot access local variable 'x' where it is not associated with a value")
            XCTAssertEqual(s.stack.map(\.function), ["<module>", "f"], "post-mortem keeps every frame")
            XCTAssertTrue(s.output.contains("UnboundLocalError"))
            d.selectFrame(0)
            XCTAssertEqual(d.snapshot.scopes.global.first { $0.name == "x" }?.value, "10")
        }
    }

    func testRecursionShowsManyFrames() throws {
        let source = """
        def fact(n):
            if n <= 1:
                return 1
            return n * fact(n - 1)
        print(fact(5))
        """
        try onStack {
            let d = Debugger(filename: "fact.py", source: source)
            defer { d.quit() }
            d.setBreakpoint(line: 3, condition: nil)
            let s = self.step(d, .continue)
            XCTAssertEqual(s.stack.map(\.function), ["<module>", "fact", "fact", "fact", "fact", "fact"])
            XCTAssertEqual(self.local(s, "n")?.value, "1")
            d.selectFrame(1)
            XCTAssertEqual(self.local(d.snapshot, "n")?.value, "5")
            XCTAssertEqual(d.snapshot.stack[1].line, 4)
        }
    }

    func testInputIsReplayedOnStepBack() throws {
        let source = """
        name = input("name? ")
        greeting = "hi " + name
        print(greeting)
        """
        try onStack {
            let d = Debugger(filename: "inp.py", source: source)
            defer { d.quit() }
            d.start(.stepInto)
            while d.resume(budget: 10) == .stillRunning {}
            XCTAssertEqual(d.snapshot.state, .waitingForInput)
            d.provideInput("Ada")
            while d.resume(budget: 10) == .stillRunning {}
            var s = self.step(d, .stepInto)   // line 3
            XCTAssertEqual(s.line, 3)
            XCTAssertEqual(s.scopes.global.first { $0.name == "greeting" }?.value, "'hi Ada'")
            s = self.step(d, .stepBack)
            s = self.step(d, .stepBack)
            s = self.step(d, .stepForward)
            s = self.step(d, .stepForward)
            XCTAssertEqual(s.line, 3)
            XCTAssertEqual(s.scopes.global.first { $0.name == "greeting" }?.value, "'hi Ada'", "the replay feeds the recorded input")
            XCTAssertEqual(s.output, "name? Ada\n")
        }
    }

    func testPauseStopsAnInfiniteLoop() throws {
        let source = "n = 0\nwhile True: n += 1\n"
        try onStack {
            let d = Debugger(filename: "loop.py", source: source)
            defer { d.quit() }
            d.start(.continue)
            // On a loaded machine the program may not have reached the loop
            // yet when the first pause comes: continue and pause again (each
            // pause must still take effect within a second).
            var attempts = 0
            repeat {
                if attempts > 0 { d.start(.continue) }
                attempts += 1
                XCTAssertEqual(d.resume(budget: 0.3), .stillRunning)
                let t0 = Date()
                d.pause()
                while d.resume(budget: 5) == .stillRunning {}
                XCTAssertLessThan(Date().timeIntervalSince(t0), 1.0)
            } while d.snapshot.line != 2 && attempts < 5
            XCTAssertEqual(d.snapshot.line, 2)
            XCTAssertGreaterThan(Int(d.snapshot.scopes.global.first { $0.name == "n" }?.value ?? "0") ?? 0, 0)
        }
    }

    func testStepBackOverLongHistoryIsInteractive() throws {
        let source = """
        total = 0
        for i in range(50000):
            total += i
        print(total)
        """
        try onStack {
            let d = Debugger(filename: "long.py", source: source)
            defer { d.quit() }
            d.setBreakpoint(line: 4, condition: nil)
            var s = self.step(d, .continue)
            XCTAssertGreaterThan(s.step, 100_000)
            let t0 = Date()
            s = self.step(d, .goto(step: s.step - 1))
            let elapsed = Date().timeIntervalSince(t0)
            print("step back over \(s.step) events took \(String(format: "%.1f", elapsed * 1000)) ms")
            XCTAssertLessThan(elapsed, 2.0)
            XCTAssertEqual(s.line, 2)
        }
    }
}
