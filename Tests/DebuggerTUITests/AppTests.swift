// The event loop, driven by scripted keys against a scripted session.
import Interpreter
import XCTest
@testable import DebuggerTUI

final class AppTests: XCTestCase {
    private func makeApp(_ keys: [Key], session: DebugSession = ScriptedSession(OuterInner.run),
                         width: Int = 120, height: Int = 36) -> (App, FakeTerminal) {
        let terminal = FakeTerminal(width: width, height: height, keys: keys)
        let app = App(session: session, terminal: terminal, theme: Theme(glyphs: .unicode, usesColor: true))
        return (app, terminal)
    }

    func testSteppingKeysDriveTheSession() {
        let session = ScriptedSession(OuterInner.run)
        let (app, terminal) = makeApp([.character("s"), .function(7), .character("n"), .function(6),
                                       .character("r"), .shiftFunction(7), .backspace, .character("p"),
                                       .character("f"), .character("R")], session: session)
        XCTAssertEqual(app.run(), 0)
        XCTAssertEqual(session.commands, [.stepInto, .stepInto, .stepOver, .stepOver, .stepOut, .stepOut,
                                          .reverse(.step), .stepBack, .stepForward, .restart])
        // One frame at start and one per key: no flicker of intermediate frames.
        XCTAssertEqual(terminal.presentedFrames, 11)
    }

    func testScreenFollowsTheSteps() {
        let (app, terminal) = makeApp(Array(repeating: .character("s"), count: 8))
        _ = app.run()
        XCTAssertEqual(app.snapshot.line, 4)
        let screen = terminal.grid.text
        XCTAssertTrue(screen.contains(" ▶  4         print(message)"), screen)
        XCTAssertTrue(screen.contains("Enclosing (outer)"), screen)
    }

    func testBreakpointAtTheCursorAndRunToIt() {
        let session = ScriptedSession(OuterInner.run, startAt: 1)
        // Cursor starts on line 1; move it to line 8, set a breakpoint, continue.
        let keys: [Key] = Array(repeating: .down, count: 7) + [.character("b"), .character("c")]
        let (app, _) = makeApp(keys, session: session)
        _ = app.run()
        XCTAssertEqual(session.snapshot.breakpoints.map(\.line), [8])
        XCTAssertEqual(session.commands, [.continue])
        XCTAssertEqual(app.snapshot.line, 8)
    }

    func testRunToCursorLine() {
        let session = ScriptedSession(OuterInner.run, startAt: 1)
        let (app, _) = makeApp([.down, .down, .character("t")], session: session)
        _ = app.run()
        XCTAssertEqual(session.commands, [.runToLine(3)])
        XCTAssertEqual(app.snapshot.line, 3)
    }

    func testUpAndDownSelectFrames() {
        let session = ScriptedSession(OuterInner.run, startAt: 8)  // inside inner
        let (app, terminal) = makeApp([.character("u"), .character("u"), .character("d")], session: session)
        _ = app.run()
        XCTAssertEqual(session.selectedFrames, [0, 1], "u at the outermost frame does nothing")
        XCTAssertTrue(terminal.grid.text.contains(" ▶  4 "))
    }

    func testArrowsInTheStackPaneSelectFrames() {
        let session = ScriptedSession(OuterInner.run, startAt: 8)
        let (_, terminal) = makeApp([.tab, .up], session: session)
        let app = App(session: session, terminal: terminal, theme: Theme(glyphs: .unicode, usesColor: true))
        _ = app.run()
        XCTAssertEqual(app.focus, .stack)
        XCTAssertEqual(session.selectedFrames, [0])
        XCTAssertTrue(terminal.grid.text.contains(" ▷  8 "), terminal.grid.text)
    }

    func testQuitAsksWhileTheProgramIsUnfinished() {
        let (app, _) = makeApp([.character("s"), .character("q"), .character("n"), .character("q")])
        _ = app.run()
        XCTAssertEqual(app.mode, .confirmQuit, "n cancelled the first question; the second is pending")
        let (confirmed, terminal) = makeApp([.character("q"), .character("y"), .character("s")])
        terminal.recordScreens = true
        _ = confirmed.run()
        XCTAssertTrue(terminal.screens.last?.contains("the program has not finished: quit anyway? (y/n)") ?? false)
        XCTAssertEqual(confirmed.snapshot.step, 0, "the s after y was never read")
    }

    func testQuitWithoutAskingWhenFinished() {
        let session = ScriptedSession(OuterInner.run, startAt: OuterInner.run.count - 1)
        let (app, terminal) = makeApp([.character("q"), .character("s")], session: session)
        _ = app.run()
        XCTAssertTrue(session.commands.isEmpty)
        XCTAssertTrue(terminal.grid.text.contains("FINISHED"))
    }

    func testCtrlCPausesARunningProgram() {
        let session = ScriptedSession(OuterInner.run, startAt: 1)
        session.continueRunsForever = true
        // Keys read between slices: nothing (nil ends nothing while running), then Ctrl-C.
        let (app, _) = makeApp([.character("c"), .control("c")], session: session)
        _ = app.run()
        XCTAssertEqual(session.pauseCount, 1)
        XCTAssertEqual(app.mode, .normal)
        XCTAssertEqual(app.snapshot.state, .paused)
        XCTAssertEqual(app.snapshot.line, 7, "paused at the next event")
    }

    func testSlicesKeepRunningUntilTheProgramStops() {
        let session = ScriptedSession(OuterInner.run, startAt: 1)
        session.slicesPerCommand = 5
        let (app, _) = makeApp([.character("s")], session: session)
        _ = app.run()
        XCTAssertEqual(session.resumeCount, 6)
        XCTAssertEqual(app.snapshot.line, 7)
    }

    func testAStopThatStillSaysRunningIsNotTakenForOne() {
        let session = ScriptedSession(OuterInner.run, startAt: 1)
        session.falseStopsPerCommand = 2
        let (app, terminal) = makeApp([.character("s")], session: session)
        _ = app.run()
        XCTAssertEqual(session.resumeCount, 3)
        XCTAssertEqual(app.snapshot.line, 7)
        XCTAssertEqual(app.mode, .normal)
        XCTAssertTrue(terminal.grid.text.contains("PAUSED"))
    }

    func testInputIsTypedInTheOutputPane() {
        let session = ScriptedSession(OuterInner.run, startAt: 8)
        var keys: [Key] = [.character("s")]
        keys += typed("Adx") + [.backspace, .character("a")]
        let (app, terminal) = makeApp(keys, session: session)
        _ = app.run()
        XCTAssertEqual(app.mode, .typing(editorWith("Ada")))
        XCTAssertTrue(terminal.grid.text.contains("Name? Ada"), terminal.grid.text)
        XCTAssertNotNil(terminal.lastCursor, "the cursor shows where typing goes")

        let (finishing, _) = makeApp([.character("s")] + typed("Ada") + [.enter], session: ScriptedSession(OuterInner.run, startAt: 8))
        _ = finishing.run()
        let scripted = finishing.session as? ScriptedSession
        XCTAssertEqual(scripted?.inputs, ["Ada"])
        XCTAssertEqual(finishing.snapshot.line, 10)
        XCTAssertEqual(finishing.mode, .normal)
    }

    func testCtrlDSendsEndOfInput() {
        let session = ScriptedSession(OuterInner.run, startAt: 8)
        let (_, _) = makeApp([], session: session)
        let (app, _) = makeApp([.character("s"), .control("d")], session: session)
        _ = app.run()
        XCTAssertEqual(session.inputs, [nil])
    }

    func testSessionsWithoutInputSupportSaySo() {
        let session = PlainSession(ScriptedSession(OuterInner.run, startAt: 8))
        let (app, terminal) = makeApp([.character("s"), .character("x"), .enter], session: session)
        _ = app.run()
        XCTAssertEqual(app.mode, .normal)
        XCTAssertTrue(terminal.grid.text.contains("cannot take input"), terminal.grid.text)
    }

    func testResizeRelaysOut() {
        let (app, terminal) = makeApp([.resize], width: 120, height: 36)
        terminal.pendingSize = (80, 24)
        _ = app.run()
        XCTAssertEqual(terminal.grid.lines.count, 24)
        XCTAssertTrue(terminal.grid.lines[0].hasPrefix(" Source: greet.py"))
        let (small, smallTerminal) = makeApp([.resize])
        smallTerminal.pendingSize = (30, 8)
        _ = small.run()
        XCTAssertTrue(smallTerminal.grid.text.contains("too small"))
    }

    func testMouseClicks() throws {
        let session = ScriptedSession(OuterInner.run, startAt: 8)
        guard case .screen(let layout) = Layout.compute(width: 120, height: 36) else { return XCTFail() }
        let source = try XCTUnwrap(layout.panes[.source])
        let stack = try XCTUnwrap(layout.panes[.stack])
        let keys: [Key] = [
            .mouse(MouseEvent(action: .press, row: source.y + 1 + 1, column: 0)),  // gutter of line 2
            .mouse(MouseEvent(action: .press, row: stack.y + 1, column: stack.x + 3)),  // first frame
            .mouse(MouseEvent(action: .wheelDown, row: source.y + 3, column: 20)),
        ]
        let (app, _) = makeApp(keys, session: session)
        _ = app.run()
        XCTAssertEqual(session.snapshot.breakpoints.map(\.line), [2])
        XCTAssertEqual(session.selectedFrames, [0])
        XCTAssertEqual(app.focus, .stack)
    }

    func testTabCyclesFocusAndZoom() {
        let (app, terminal) = makeApp([.tab, .tab, .character("z"), .tab], width: 80, height: 24)
        _ = app.run()
        XCTAssertEqual(app.focus, .cells)
        XCTAssertEqual(app.maximized, .cells)
        XCTAssertTrue(terminal.grid.lines[0].hasPrefix(" Cells"), terminal.grid.lines[0])
    }

    func testHelpOpensAndAnyKeyClosesIt() {
        let (app, terminal) = makeApp([.character("?")])
        terminal.recordScreens = true
        _ = app.run()
        XCTAssertTrue(terminal.grid.text.contains("step into: run one line"))
        XCTAssertEqual(app.mode, .help(HelpOverlay()))
        let (closed, closedTerminal) = makeApp([.character("?"), .down, .character("x")])
        _ = closed.run()
        XCTAssertEqual(closed.mode, .normal)
        XCTAssertFalse(closedTerminal.grid.text.contains("step into: run one line"))
    }

    func testUnboundKeysExplainThemselves() {
        let (_, terminal) = makeApp([.character("x")])
        let app = App(session: ScriptedSession(OuterInner.run), terminal: terminal, theme: Theme(glyphs: .unicode, usesColor: true))
        _ = app.run()
        XCTAssertTrue(terminal.grid.text.contains("x does nothing here; ? lists the keys"))
    }

    func testEnterExpandsAScopeRow() {
        let session = ScriptedSession(OuterInner.run, startAt: 8)
        // Focus scopes, go down to the message row, expand it.
        let (_, terminal) = makeApp([.tab, .tab, .down, .down, .enter], session: session)
        let app = App(session: session, terminal: terminal, theme: Theme(glyphs: .unicode, usesColor: true))
        _ = app.run()
        XCTAssertTrue(terminal.grid.text.contains("type str"), terminal.grid.text)
    }

    private func editorWith(_ text: String) -> LineEditor {
        var editor = LineEditor()
        for character in text { editor.insert(character) }
        return editor
    }
}

/// Forwards to a scripted session but does not take input.
private final class PlainSession: DebugSession {
    let inner: ScriptedSession
    init(_ inner: ScriptedSession) { self.inner = inner }
    var snapshot: DebugSnapshot { inner.snapshot }
    func start(_ command: DebugCommand) { inner.start(command) }
    func resume(budget: Double) -> ResumeResult { inner.resume(budget: budget) }
    func pause() { inner.pause() }
    func selectFrame(_ index: Int) { inner.selectFrame(index) }
    func toggleBreakpoint(line: Int) { inner.toggleBreakpoint(line: line) }
    func setBreakpoint(line: Int, condition: String?) { inner.setBreakpoint(line: line, condition: condition) }
    func clearBreakpoint(line: Int) { inner.clearBreakpoint(line: line) }
    func evaluate(_ expression: String) -> String { inner.evaluate(expression) }
}
