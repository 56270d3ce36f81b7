// The App against the real Debugger (not a scripted session): what a
// running program prints shows up while it runs, not only at the next stop
// (the App re-reads the snapshot between slices), and the end of the program
// looks like an end.
import Interpreter
import XCTest
@testable import DebuggerTUI

final class RealSessionTests: XCTestCase {
    func testOutputOfARunningProgramIsShownBeforeItStops() {
        let debugger = Debugger(filename: "loop.py", source: """
            print("tick")
            while True:
                pass
            """)
        defer { debugger.quit() }
        // c, then keys that change nothing while running (one is read per
        // slice of 50 ms, so about 1.5 s of running), Ctrl-C, and quit.
        let keys: [Key] = [.character("c")] + Array(repeating: .unknown(0), count: 30)
            + [.control("c"), .character("q"), .character("y")]
        let terminal = FakeTerminal(width: 120, height: 36, keys: keys)
        terminal.recordScreens = true
        let app = App(session: debugger, terminal: terminal, theme: Theme(glyphs: .unicode, usesColor: true))
        XCTAssertEqual(app.run(), 0)

        let running = terminal.screens.filter { $0.contains("RUNNING") }
        XCTAssertFalse(running.isEmpty, "no frame was drawn while the program ran")
        XCTAssertTrue(running.contains { $0.contains(" tick") }, running.last ?? "")
        XCTAssertEqual(debugger.snapshot.state, .paused, "Ctrl-C pauses the endless loop")
    }

    func testSnapshotOutputFollowsTheRunningProgram() {
        let debugger = Debugger(filename: "loop.py", source: """
            print("tick")
            while True:
                pass
            """)
        defer { debugger.quit() }
        XCTAssertEqual(debugger.snapshot.output, "")
        debugger.start(.continue)
        var sawOutput = false
        for _ in 0..<100 where !sawOutput {
            XCTAssertEqual(debugger.resume(budget: 0.02), .stillRunning)
            sawOutput = debugger.snapshot.output == "tick\n"
        }
        XCTAssertTrue(sawOutput, "the output of a running program reaches the snapshot")
        debugger.pause()
        while debugger.resume(budget: 1) == .stillRunning {}
        XCTAssertEqual(debugger.snapshot.state, .paused)
        XCTAssertEqual(debugger.snapshot.output, "tick\n")
    }

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

    private func run(_ debugger: Debugger, _ command: DebugCommand) -> DebugSnapshot {
        debugger.start(command)
        while debugger.resume(budget: 5) == .stillRunning {}
        return debugger.snapshot
    }

    func testTheEndShowsNoFramesOfTheLastStop() {
        let debugger = Debugger(filename: "outer_inner.py", source: Self.outerInner)
        defer { debugger.quit() }
        for _ in 0..<6 { _ = run(debugger, .stepInto) }
        XCTAssertGreaterThan(debugger.snapshot.stack.count, 1, "stopped inside a function")
        let end = run(debugger, .continue)
        XCTAssertEqual(end.state, .finished(exitCode: 0))
        XCTAssertEqual(end.stack, [], "no frame is left once the program ended")
        XCTAssertTrue(end.scopes.isModuleFrame)
        XCTAssertTrue(end.scopes.global.contains { $0.name == "inner_returned" })
        XCTAssertEqual(end.cells.first?.creatorFinished, true)
    }

    func testStepBackFromTheEndGoesToTheLastStop() {
        let debugger = Debugger(filename: "outer_inner.py", source: Self.outerInner)
        defer { debugger.quit() }
        for _ in 0..<8 { _ = run(debugger, .stepInto) }
        let last = debugger.snapshot
        XCTAssertEqual(run(debugger, .continue).state, .finished(exitCode: 0))
        let back = run(debugger, .stepBack)
        XCTAssertEqual(back.state, .paused)
        XCTAssertEqual(back.step, last.step)
        XCTAssertEqual(back.line, last.line)
        XCTAssertLessThan(run(debugger, .stepBack).step, last.step, "and further back from there")
    }

    func testSteppingAtTheEndSaysWhatCanBeDone() {
        let debugger = Debugger(filename: "outer_inner.py", source: Self.outerInner)
        defer { debugger.quit() }
        _ = run(debugger, .continue)
        let terminal = FakeTerminal(width: 120, height: 36, keys: [.character("s")])
        let app = App(session: debugger, terminal: terminal, theme: Theme(glyphs: .unicode, usesColor: true))
        _ = app.run()
        XCTAssertTrue(terminal.grid.text.contains("the program has finished (exit code 0): R restarts it"), terminal.grid.text)
        XCTAssertTrue(terminal.grid.text.contains("(finished)"), terminal.grid.text)
    }
}
