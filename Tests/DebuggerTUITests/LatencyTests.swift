// Keypress to finished screen, in process: the App, a GridCanvas and the real
// Debugger, paused 500 frames deep (a cell and a closure in each frame) with
// a 100,000-element list, dict and set in scope. The
// terminal hands out a key only when the App waits for one (it is idle), and
// the latency of a key is the time from handing it out to the last frame
// presented before the App asks for the next key: the whole of handling it,
// the session's work (a step runs the program thread and builds a snapshot)
// and drawing.
import Foundation
import Interpreter
import XCTest
@testable import DebuggerTUI

final class LatencyTests: XCTestCase {
    static let deepProgram = LatencyProbe.deepProgram

    func testKeypressToScreenWithDeepStackAndHugeList() throws {
        let debugger = Debugger(filename: "deep.py", source: Self.deepProgram)
        defer { debugger.quit() }
        debugger.setBreakpoint(line: 5, condition: nil)
        debugger.start(.continue)
        let deadline = Date().addingTimeInterval(120)
        while debugger.resume(budget: 1) == .stillRunning {
            guard Date() < deadline else { return XCTFail("the program did not reach the breakpoint") }
        }
        XCTAssertEqual(debugger.snapshot.line, 5)
        XCTAssertEqual(debugger.snapshot.stack.count, 501, "<module> and 500 walk frames")
        XCTAssertTrue(debugger.snapshot.scopes.local.contains { $0.name == "numbers" })
        XCTAssertEqual(debugger.snapshot.cells.count, 500, "one cell for n per frame")

        // Each kind of key several times: the median is the figure, the
        // slowest shows what a loaded machine adds.
        let plan: [(String, Key, Int)] = [
            ("Down/Up (source cursor)", .down, 3), ("Down/Up (source cursor)", .up, 3),
            ("Tab (focus next pane)", .tab, 2),
            ("u (caller's frame)", .character("u"), 5), ("d (callee's frame)", .character("d"), 5),
            ("s (step into)", .character("s"), 8), ("n (step over)", .character("n"), 6),
            ("Enter (expand a value)", .enter, 2),
            ("p (step back: replays the run)", .character("p"), 1),
        ]
        let keys = plan.flatMap { item in Array(repeating: (item.0, item.1), count: item.2) }
        let terminal = TimingTerminal(width: 120, height: 36, keys: keys.map(\.1))
        let app = App(session: debugger, terminal: terminal, theme: Theme(glyphs: .unicode, usesColor: true))
        XCTAssertEqual(app.run(), 0)
        XCTAssertEqual(terminal.latencies.count, keys.count)

        var byKind: [String: [Duration]] = [:]
        var cpuByKind: [String: [Duration]] = [:]
        for (index, latency) in terminal.latencies.enumerated() {
            byKind[keys[index].0, default: []].append(latency)
            cpuByKind[keys[index].0, default: []].append(terminal.cpuTimes[index])
        }
        var report = "keypress -> screen, 500 frames deep, 500 cells, a 100,000-element list, dict and set in scope (120x36):\n"
        var seen = Set<String>()
        func median(_ times: [Duration]) -> Duration { times.isEmpty ? .zero : times.sorted()[times.count / 2] }
        for (kind, _, _) in plan where seen.insert(kind).inserted {
            let times = byKind[kind] ?? []
            report += "  \(kind.padding(toLength: 32, withPad: " ", startingAt: 0)) wall median \(Self.milliseconds(median(times))), "
                + "slowest \(Self.milliseconds(times.max() ?? .zero)); CPU median \(Self.milliseconds(median(cpuByKind[kind] ?? []))) "
                + "(\(times.count)x)\n"
        }
        // Stepping back re-runs the program up to the previous stop: it is
        // reported, but it is not a redraw and stays out of the bound.
        let interactive = zip(keys, terminal.latencies).filter { $0.0.1 != .character("p") }.map(\.1).sorted()
        let slowest = interactive.last ?? .zero
        let median = interactive.isEmpty ? .zero : interactive[interactive.count / 2]
        report += "  all but the replay: median \(Self.milliseconds(median)), slowest \(Self.milliseconds(slowest))"
        print(report)
        XCTAssertTrue(terminal.grid.text.contains("walk line"), terminal.grid.text)
        // Generous, so a loaded CI machine cannot fail it; the figures above are the point.
        XCTAssertLessThan(slowest, .milliseconds(200), report)
    }

    /// Where a stop's time goes in the core: the Inspector's parts, alone.
    func testSnapshotPartsWithHugeValues() throws {
        let debugger = Debugger(filename: "deep.py", source: Self.deepProgram)
        defer { debugger.quit() }
        debugger.setBreakpoint(line: 5, condition: nil)
        debugger.start(.continue)
        while debugger.resume(budget: 1) == .stillRunning {}
        let clock = ContinuousClock()
        var times: [Duration] = []
        for index in [500, 250, 0, 500] {
            times.append(clock.measure { debugger.selectFrame(index) })
        }
        print("selectFrame (scopes of one frame; 100,000 elements in a list, a dict and a set in scope): "
              + times.map(Self.milliseconds).joined(separator: ", "))
        XCTAssertLessThan(times.max() ?? .zero, .milliseconds(200))
    }

    static func milliseconds(_ duration: Duration) -> String { LatencyProbe.milliseconds(duration) }
}
