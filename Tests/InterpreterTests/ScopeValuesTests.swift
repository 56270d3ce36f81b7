// What the Scopes and Cells views show as values: reprs as Python prints
// them (recursive containers as `[...]`, subclasses with their class's repr),
// the heap label next to every object (numbered by first display, the same
// after stepping back), and a module-level comprehension's own variable.

import Foundation
import Interpreter
import XCTest

final class ScopeValuesTests: XCTestCase {
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

    /// The program prints `name repr(value)` for each of its globals; the
    /// Scopes view, paused on its last line, must show the same text. The
    /// program's own repr() is CPython's (the corpus checks it), so this
    /// compares the debugger's bounded repr with Python's, case by case.
    func testScopesShowWhatReprPrints() throws {
        let source = """
        from collections import defaultdict, Counter, OrderedDict, namedtuple, deque
        a = [1, 2]
        a.append(a)
        d = {'k': 1}
        d['self'] = d
        t = (a, d)
        nested = [a, [a, d], {'x': a}]
        pair = [[], []]
        pair[0].append(pair[1])
        pair[1].append(pair[0])
        class Node:
            def __init__(self, items):
                self.items = items
            def __repr__(self):
                return f"Node({self.items!r})"
        holder = [1]
        holder.append(Node(holder))
        dd = defaultdict(list)
        dd['k'].append(dd)
        c = Counter('hello')
        od = OrderedDict(a=1)
        od['b'] = [od is None]
        P = namedtuple('P', 'x y')
        p = P(1, [2])
        p.y.append(p)
        class L(list):
            pass
        sub = L([1])
        sub.append(sub)
        dq = deque([1])
        dq.append(dq)
        s = {frozenset({1, 2})}
        names = ['a', 'd', 't', 'nested', 'pair', 'holder', 'dd', 'c', 'od', 'p', 'sub', 'dq', 's']
        for name in names:
            print(name, repr(globals()[name]))
        """
        try onStack {
            let d = Debugger(filename: "rec.py", source: source)
            defer { d.quit() }
            let lastLine = source.components(separatedBy: "\n").count
            d.setBreakpoint(line: lastLine, condition: nil)
            _ = self.step(d, .continue)
            // Past the loop: all the output is there.
            d.clearBreakpoint(line: lastLine)
            let end = self.step(d, .continue)
            var printed: [String: String] = [:]
            for line in end.output.split(separator: "\n") {
                let parts = line.split(separator: " ", maxSplits: 1)
                guard parts.count == 2 else { return XCTFail("unexpected output: \(end.output)") }
                printed[String(parts[0])] = String(parts[1])
            }
            XCTAssertEqual(printed["a"], "[1, 2, [...]]")
            XCTAssertEqual(printed.count, 13, end.output)
            let d2 = Debugger(filename: "rec.py", source: source)
            defer { d2.quit() }
            d2.setBreakpoint(line: lastLine - 1, condition: nil)
            let s = self.step(d2, .continue)
            for (name, repr) in printed {
                let shown = try XCTUnwrap(s.scopes.global.first { $0.name == name }, name).value
                XCTAssertEqual(shown, repr, name)
            }
        }
    }

    func testReprThatRecursesForeverSaysSo() throws {
        let source = """
        class Loop:
            def __repr__(self):
                return repr(self)
        x = Loop()
        y = 1
        """
        try onStack {
            let d = Debugger(filename: "loop.py", source: source)
            defer { d.quit() }
            d.setBreakpoint(line: 5, condition: nil)
            let s = self.step(d, .continue)
            XCTAssertEqual(s.scopes.global.first { $0.name == "x" }?.value, "<repr raised RecursionError>")
        }
    }

    func testEveryObjectHasItsLabelNumberedByFirstDisplay() throws {
        let source = """
        def make():
            items = [1]
            table = {'a': items}
            def show():
                return items
            return show
        f = make()
        g = f
        n = 5
        print(f())
        """
        try onStack {
            let front = ScriptedDebugger(filename: "labels.py", source: source)
            defer { front.debugger.quit() }
            _ = front.execute("b 3")
            _ = front.execute("c")
            _ = front.execute("n")
            var s = front.debugger.snapshot
            XCTAssertEqual(s.line, 4)
            // In make(), after `items = [1]` and `table = ...`: items first.
            let items = try XCTUnwrap(s.scopes.local.first { $0.name == "items" })
            XCTAssertEqual(items.objectLabel, "#1")
            let table = try XCTUnwrap(s.scopes.local.first { $0.name == "table" })
            XCTAssertEqual(s.scopes.global.first { $0.name == "make" }?.objectLabel, "#2", "the function make, a global")
            XCTAssertEqual(table.objectLabel, "#3")
            XCTAssertEqual(s.cells.first?.objectLabel, "#1", "the cell holds the same list")
            let scopes = front.execute("scopes")
            XCTAssertTrue(scopes.contains("items = #1 [1] (cell c1)"), scopes)
            XCTAssertTrue(scopes.contains("table = #3 {'a': [1]}"), scopes)
            let cells = front.execute("cells")
            XCTAssertTrue(cells.contains("c1 items = #1 [1]"), cells)
            _ = front.execute("b 9")
            _ = front.execute("c")
            s = front.debugger.snapshot
            let f = try XCTUnwrap(s.scopes.global.first { $0.name == "f" })
            let g = try XCTUnwrap(s.scopes.global.first { $0.name == "g" })
            XCTAssertEqual(f.objectLabel, "#4")
            XCTAssertEqual(f.objectLabel, g.objectLabel)
            XCTAssertEqual(f.alias, "#4", "two names, one function: marked")
            XCTAssertEqual(f.value, "<function make.<locals>.show #4>")
            XCTAssertNil(s.scopes.global.first { $0.name == "n" }?.objectLabel, "numbers are values, not boxes")
            let globals = front.execute("scopes")
            XCTAssertTrue(globals.contains("f = <function make.<locals>.show #4> [alias #4]"), globals)
            // Back through the history (a replay): the same labels.
            _ = front.execute("back")
            _ = front.execute("back")
            _ = front.execute("forward")
            _ = front.execute("forward")
            s = front.debugger.snapshot
            XCTAssertEqual(s.scopes.global.first { $0.name == "f" }?.objectLabel, "#4")
            XCTAssertEqual(s.cells.first?.objectLabel, "#1")
        }
    }

    func testModuleComprehensionVariableIsShownWhileItRuns() throws {
        let source = """
        i = 'outer'
        squares = [i * i for i in range(3)]
        print(squares, i)
        """
        try onStack {
            let front = ScriptedDebugger(filename: "comp.py", source: source)
            defer { front.debugger.quit() }
            _ = front.execute("s")
            var seen: [String] = []
            for _ in 0..<8 {
                _ = front.execute("s")
                let s = front.debugger.snapshot
                if let v = s.scopes.local.first(where: { $0.name == "i" }) { seen.append(v.value) }
                XCTAssertEqual(s.scopes.global.first { $0.name == "i" }?.value, "'outer'", "the global i is untouched")
            }
            XCTAssertEqual(seen.first, "0", "\(seen)")
            XCTAssertTrue(seen.contains("2"), "\(seen)")
            _ = front.execute("until 3")
            let after = front.debugger.snapshot
            XCTAssertTrue(after.scopes.local.isEmpty, "gone when the comprehension ends: \(after.scopes.local)")
        }
    }
}
