// Keypress to screen with the heap pane open, measured as LatencyTests does:
// 500 frames deep (a cell and a closure in each), a 100,000-element list,
// dict and set in scope. The heap is built once per stop (containers are
// searched for references up to 10,000 items) and its rows are read a
// screenful at a time.
import Foundation
import Interpreter
import XCTest
@testable import DebuggerTUI

final class HeapLatencyTests: XCTestCase {
    func testKeypressToScreenWithHeapPaneOpen() throws {
        let debugger = Debugger(filename: "deep.py", source: LatencyTests.deepProgram)
        defer { debugger.quit() }
        debugger.setBreakpoint(line: 5, condition: nil)
        debugger.start(.continue)
        let deadline = Date().addingTimeInterval(120)
        while debugger.resume(budget: 1) == .stillRunning {
            guard Date() < deadline else { return XCTFail("the program did not reach the breakpoint") }
        }
        XCTAssertEqual(debugger.snapshot.stack.count, 501)

        let plan: [(String, Key, Int)] = [
            ("o (open the heap pane)", .character("o"), 1),
            ("Tab (focus next pane)", .tab, 4),
            ("Down (heap rows)", .down, 5), ("PageDown (heap rows)", .pageDown, 5), ("End (heap rows)", .end, 1),
            ("u (caller's frame)", .character("u"), 3), ("d (callee's frame)", .character("d"), 3),
            ("s (step into)", .character("s"), 6), ("n (step over)", .character("n"), 4),
        ]
        let keys = plan.flatMap { item in Array(repeating: (item.0, item.1), count: item.2) }
        let terminal = TimingTerminal(width: 120, height: 36, keys: keys.map(\.1))
        let app = App(session: debugger, terminal: terminal, theme: Theme(glyphs: .unicode, usesColor: true))
        XCTAssertEqual(app.run(), 0)
        XCTAssertEqual(terminal.latencies.count, keys.count)
        XCTAssertTrue(terminal.grid.text.contains("Heap: objects"), terminal.grid.text)

        var byKind: [String: [Duration]] = [:]
        var cpuByKind: [String: [Duration]] = [:]
        for (index, latency) in terminal.latencies.enumerated() {
            byKind[keys[index].0, default: []].append(latency)
            cpuByKind[keys[index].0, default: []].append(terminal.cpuTimes[index])
        }
        func median(_ times: [Duration]) -> Duration { times.isEmpty ? .zero : times.sorted()[times.count / 2] }
        var report = "keypress -> screen with the heap pane open, 500 frames, 100,000-element list/dict/set (120x36):\n"
        var seen = Set<String>()
        for (kind, _, _) in plan where seen.insert(kind).inserted {
            let times = byKind[kind] ?? []
            report += "  \(kind.padding(toLength: 28, withPad: " ", startingAt: 0)) wall median \(LatencyTests.milliseconds(median(times))), "
                + "slowest \(LatencyTests.milliseconds(times.max() ?? .zero)); CPU median \(LatencyTests.milliseconds(median(cpuByKind[kind] ?? []))) (\(times.count)x)\n"
        }
        let all = terminal.latencies.sorted()
        report += "  all: median \(LatencyTests.milliseconds(median(all))), slowest \(LatencyTests.milliseconds(all.last ?? .zero))"
        print(report)
        // Generous, so a loaded machine cannot fail it; the figures above are the point.
        XCTAssertLessThan(all.last ?? .zero, .milliseconds(1500), report)
    }

    /// The heap of the deep program: how long one stop's heap takes to build.
    func testHeapBuildTime() throws {
        let debugger = Debugger(filename: "deep.py", source: LatencyTests.deepProgram)
        defer { debugger.quit() }
        debugger.setBreakpoint(line: 5, condition: nil)
        debugger.start(.continue)
        while debugger.resume(budget: 1) == .stillRunning {}
        let clock = ContinuousClock()
        var count = 0
        let build = clock.measure { count = debugger.heapRowCount }
        let page = clock.measure { _ = debugger.heapRows(offset: count / 2, limit: 40) }
        print("heap of 500 frames: \(debugger.heapObjects().count) objects, \(count) rows; built in \(LatencyTests.milliseconds(build)), a 40-row page in \(LatencyTests.milliseconds(page))")
        XCTAssertGreaterThan(debugger.heapObjects().count, 500)
        XCTAssertLessThan(page, .milliseconds(500))
    }
}
