// Odd inputs and odd sizes: nothing may trap.
import Interpreter
import XCTest
@testable import DebuggerTUI

final class RobustnessTests: XCTestCase {
    private var oddSnapshots: [DebugSnapshot] {
        var empty = OuterInner.pausedInInner()
        empty.sourceLines = []
        empty.stack = []
        empty.scopes = ScopesView()
        empty.cells = []
        empty.filename = ""
        var outOfRange = OuterInner.pausedInInner()
        outOfRange.selectedFrame = -3
        outOfRange.line = -5
        outOfRange.stack[0].line = 10_000
        outOfRange.breakpoints = [Breakpoint(line: -1), Breakpoint(line: 0), Breakpoint(line: 99_999)]
        var strange = OuterInner.pausedInInner()
        strange.sourceLines = ["x = '中文🎉é\u{301}'\t# \u{1b}[31mred", String(repeating: "長", count: 500), "\r", ""]
        strange.line = 1
        strange.scopes.local = [Binding(name: String(repeating: "n", count: 300), value: "'\u{7}\u{0}中🎉'", typeName: "str"),
                                Binding(name: "", value: "", typeName: "")]
        strange.cells = [CellInfo(label: "", variable: "", contents: "", typeName: nil, creator: "", creatorFinished: true, heldBy: [])]
        strange.output = "\r\n\u{1b}[2J\n\t\t\tend" + String(repeating: "x", count: 10_000)
        strange.effects.narration = String(repeating: "long narration ", count: 100)
        strange.exception = ExceptionInfo(typeName: "", message: "", traceback: [], isUncaught: false)
        strange.state = .exception
        return OuterInner.run + [empty, outOfRange, strange]
    }

    func testEverySizeAndEveryKeyOnOddSnapshots() {
        let keys: [Key] = [.up, .down, .pageUp, .pageDown, .home, .end, .left, .right, .enter, .character("u"),
                           .character("d"), .character("b"), .character("z")]
        var script: [Key] = []
        for _ in PaneID.allCases { script += keys + [.tab] }
        script += [.character("z"), .character("?"), .pageDown, .character("x"),
                   .mouse(MouseEvent(action: .press, row: 2, column: 1)),
                   .mouse(MouseEvent(action: .wheelDown, row: 5, column: 70)),
                   .mouse(MouseEvent(action: .press, row: 9_999, column: -4))]
        for snapshot in oddSnapshots {
            for (width, height) in [(0, 0), (1, 1), (7, 3), (60, 16), (80, 24), (120, 36)] {
                let terminal = FakeTerminal(width: width, height: height, keys: script)
                let app = App(session: ScriptedSession([snapshot]), terminal: terminal, theme: Theme(glyphs: .unicode, usesColor: false))
                XCTAssertEqual(app.run(), 0)
                XCTAssertEqual(terminal.grid.lines.count, height)
            }
        }
    }

    func testStrangeTextNeverOverflowsItsRow() {
        let screen = renderScreen(oddSnapshots.last ?? OuterInner.pausedInInner(), width: 80, height: 24)
        for line in screen.lines {
            XCTAssertLessThanOrEqual(TextWidth.columns(of: line), 80, line)
            XCTAssertFalse(line.unicodeScalars.contains { $0.value < 0x20 }, "control character drawn: \(line)")
        }
    }
}
