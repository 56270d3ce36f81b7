// Keypress to screen with the heap pane open, measured as LatencyTests does
// (LatencyProbe: 500 frames deep, a cell and a closure in each, 100,000
// instances and a 100,000-element list, dict and set in scope). The debug
// build's bound is generous; the release build's figure is checked by
// `scopewalk __latency --max-ms 10` (CI, bench/latency).
import Foundation
import Interpreter
import XCTest
@testable import DebuggerTUI

final class HeapLatencyTests: XCTestCase {
    func testKeypressToScreenWithHeapPaneOpen() throws {
        guard let result = LatencyProbe.heapPane() else { return XCTFail("the program did not reach the breakpoint") }
        print(result.report)
        XCTAssertEqual(result.stackDepth, 501)
        XCTAssertTrue(result.screen.contains("Heap: objects"), result.screen)
        // Generous, so a loaded machine cannot fail a debug build; the figures above are the point.
        XCTAssertLessThan(result.slowest, .milliseconds(1500), result.report)
    }

    /// The heap of the deep program: how long one stop's heap takes to build.
    func testHeapBuildTime() throws {
        let debugger = Debugger(filename: "deep.py", source: LatencyProbe.heapProgram)
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
