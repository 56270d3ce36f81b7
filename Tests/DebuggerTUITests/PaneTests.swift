// Each pane drawn alone, on the cases that are easy to get wrong.
import Interpreter
import XCTest
@testable import DebuggerTUI

final class ScopesPaneTests: XCTestCase {
    private func render(_ snapshot: DebugSnapshot, pane: ScopesPane = ScopesPane(), width: Int = 60, height: Int = 20,
                        glyphs: Glyphs = .unicode) -> RenderedScreen {
        renderPane(width: width, height: height, glyphs: glyphs) { region, context in
            pane.draw(in: region, snapshot: snapshot, context: context)
        }
    }

    func testUnboundLocalsAndChangeMarkers() throws {
        let snapshot = OuterInner.run[4]  // outer just stored message
        let screen = render(snapshot)
        let message = try XCTUnwrap(screen.row(containing: "message", "'Hello, World!'"), screen.text)
        XCTAssertTrue(screen.lines[message].hasPrefix("+ message"), screen.lines[message])
        XCTAssertEqual(screen.canvas.style(row: message, column: 2)?.role, .changedNew)
        let inner = try XCTUnwrap(screen.row(containing: "inner", "<unbound>"), screen.text)
        XCTAssertEqual(screen.canvas.style(row: inner, column: 2)?.role, .name)
        XCTAssertNotNil(screen.row(containing: "Enclosing", "none"))
    }

    func testReboundAndMutatedAreDistinguished() throws {
        var snapshot = OuterInner.pausedInInner()
        snapshot.scopes.global = [
            Binding(name: "count", value: "2", typeName: "int", change: .rebound),
            Binding(name: "items", value: "[1, 2]", typeName: "list", change: .mutated),
        ]
        let screen = render(snapshot)
        let count = try XCTUnwrap(screen.row(containing: "count"))
        let items = try XCTUnwrap(screen.row(containing: "items"))
        XCTAssertTrue(screen.lines[count].hasPrefix("* count"))
        XCTAssertTrue(screen.lines[items].hasPrefix("~ items"))
        XCTAssertEqual(screen.canvas.style(row: count, column: 2)?.role, .changedRebound)
        XCTAssertEqual(screen.canvas.style(row: items, column: 2)?.role, .changedMutated)
    }

    func testLongValuesAreElidedAndExpandOnEnter() throws {
        var snapshot = OuterInner.pausedInInner()
        let long = "[" + (0..<2000).map(String.init).joined(separator: ", ") + "]"
        snapshot.scopes.local = [Binding(name: "numbers", value: long, typeName: "list")]
        let pane = ScopesPane()
        var screen = render(snapshot, pane: pane, height: 70)
        let row = try XCTUnwrap(screen.row(containing: "numbers"))
        // Two rows of it, then an ellipsis (issue 10: long values wrap before they are cut).
        XCTAssertTrue(screen.lines[row + 1].hasSuffix("…"), screen.lines[row + 1])
        XCTAssertEqual(screen.lines[row + 1].count, 60)

        // Move the cursor to the row and press Enter.
        for _ in 0..<row { pane.move(.down) }
        pane.activate()
        screen = render(snapshot, pane: pane, height: 70)
        XCTAssertTrue(screen.lines[row + 2].contains("type list"), screen.text)
        XCTAssertTrue(screen.lines[row + 3].contains("[0, 1, 2, 3"), screen.text)
        XCTAssertTrue(screen.text.contains("bytes in all"), "a huge value is cut, with its size")
        XCTAssertTrue(screen.text.contains("Global"), "later sections follow the expanded rows")
        pane.activate()
        screen = render(snapshot, pane: pane)
        XCTAssertFalse(screen.text.contains("type list"))
    }

    func testModuleFrameShowsOneSection() {
        let screen = render(OuterInner.run[7])
        XCTAssertNotNil(screen.row(containing: "Local = Global (module)"))
        XCTAssertNil(screen.row(containing: "Enclosing"))
        XCTAssertNotNil(screen.row(containing: "+ greet"), screen.text)
    }

    func testReturnValueAndException() {
        let returning = render(OuterInner.run[6])
        XCTAssertNotNil(returning.row(containing: "returns", "outer.<locals>.inner"), returning.text)

        var failing = OuterInner.pausedInInner()
        failing.state = .exception
        failing.exception = ExceptionInfo(typeName: "NameError", message: "name 'mesage' is not defined",
                                          traceback: [], isUncaught: true)
        let screen = render(failing)
        XCTAssertEqual(screen.row(containing: "NameError: name 'mesage' is not defined"), 0)
    }

    func testBuiltinsCollapseToOneRowAndExpand() throws {
        let pane = ScopesPane()
        let snapshot = OuterInner.pausedInInner()
        var screen = render(snapshot, pane: pane)
        let row = try XCTUnwrap(screen.row(containing: "Builtins"))
        XCTAssertNil(screen.row(containing: "print input"))
        for _ in 0..<row { pane.move(.down) }
        pane.activate()
        screen = render(snapshot, pane: pane)
        XCTAssertNotNil(screen.row(containing: "print input len range"), screen.text)
    }

    func testNoFrame() {
        let screen = render(OuterInner.run[0])
        XCTAssertEqual(screen.lines.first, " (no frame)")
    }

    func testTinyRegionsDoNotTrap() {
        for (width, height) in [(0, 0), (1, 1), (3, 2), (10, 1)] {
            _ = render(OuterInner.pausedInInner(), width: width, height: height)
        }
    }
}

final class StackPaneTests: XCTestCase {
    private func deepStack(_ depth: Int, selected: Int) -> DebugSnapshot {
        var snapshot = OuterInner.pausedInInner()
        snapshot.stack = (0..<depth).map { FrameInfo(function: $0 == 0 ? "<module>" : "fact", line: $0 + 1, isSelected: $0 == selected) }
        snapshot.selectedFrame = selected
        return snapshot
    }

    func testDeepStackShowsTheSelectedFrame() throws {
        let pane = StackPane()
        let snapshot = deepStack(500, selected: 499)
        pane.follow(snapshot)
        let screen = renderPane(width: 40, height: 8) { pane.draw(in: $0, snapshot: snapshot, context: $1) }
        let row = try XCTUnwrap(screen.row(containing: "▶ fact line 500"), screen.text)
        XCTAssertEqual(screen.canvas.style(row: row, column: 0)?.role, .selectedFrameLine)
        XCTAssertEqual(pane.frame(atRow: row, snapshot: snapshot), 499)
        XCTAssertEqual(pane.frame(after: .up, snapshot: snapshot), 498)
        XCTAssertEqual(pane.frame(after: .home, snapshot: snapshot), 0)
        XCTAssertNil(pane.frame(after: .down, snapshot: snapshot), "already the innermost")
    }

    func testLongQualifiedNamesKeepTheirLastPart() {
        XCTAssertEqual(StackPane.shortened("outer.<locals>.inner", toFit: 10, ellipsis: "…"), "…inner")
        XCTAssertEqual(StackPane.shortened("outer.<locals>.inner", toFit: 30, ellipsis: "…"), "outer.<locals>.inner")
        XCTAssertEqual(StackPane.shortened("averyveryverylongname", toFit: 5, ellipsis: "…"), "averyveryverylongname")
    }

    func testSelectionOutOfRangeDoesNotTrap() {
        var snapshot = deepStack(3, selected: 0)
        snapshot.selectedFrame = 99
        let pane = StackPane()
        pane.follow(snapshot)
        let screen = renderPane(width: 30, height: 5) { pane.draw(in: $0, snapshot: snapshot, context: $1) }
        XCTAssertNotNil(screen.row(containing: "line 3"))
    }
}

final class CellsPaneTests: XCTestCase {
    func testEmptyCellAndNoHolder() {
        let snapshot = OuterInner.run[3]
        let screen = renderPane(width: 60, height: 6) { CellsPane().draw(in: $0, snapshot: snapshot, context: $1) }
        XCTAssertNotNil(screen.row(containing: "c1", "message", "<empty>"), screen.text)
        XCTAssertNotNil(screen.row(containing: "held by no function yet"), screen.text)
        XCTAssertNil(screen.row(containing: "(finished)"))
    }

    func testNarrowPaneSplitsOwnershipOverTwoRows() {
        let snapshot = OuterInner.pausedInInner()
        let screen = renderPane(width: 50, height: 6) { CellsPane().draw(in: $0, snapshot: snapshot, context: $1) }
        XCTAssertEqual(screen.row(containing: "made by outer (finished)"), 1, screen.text)
        XCTAssertEqual(screen.row(containing: "held by outer.<locals>.inner.__cl"), 2, screen.text)
    }

    func testWidePaneKeepsOwnershipOnOneRow() {
        let snapshot = OuterInner.pausedInInner()
        let screen = renderPane(width: 100, height: 6) { CellsPane().draw(in: $0, snapshot: snapshot, context: $1) }
        XCTAssertEqual(screen.row(containing: "made by outer (finished); held by outer.<locals>.inner.__closure__[0]"), 1, screen.text)
    }

    func testNoCells() {
        let screen = renderPane(width: 60, height: 4) { CellsPane().draw(in: $0, snapshot: OuterInner.run[1], context: $1) }
        XCTAssertTrue(screen.lines[0].contains("no cells"))
    }
}

final class OutputPaneTests: XCTestCase {
    private func snapshot(output: String) -> DebugSnapshot {
        var snapshot = OuterInner.pausedInInner()
        snapshot.output = output
        return snapshot
    }

    func testFollowsTheEnd() {
        let output = (1...100).map { "line \($0)" }.joined(separator: "\n") + "\n"
        let pane = OutputPane()
        let screen = renderPane(width: 30, height: 5) { pane.draw(in: $0, snapshot: snapshot(output: output), context: $1, editor: nil) }
        XCTAssertEqual(screen.lines, ["line 96", "line 97", "line 98", "line 99", "line 100"])
    }

    func testScrollsBackAndReturnsToFollowing() {
        let output = (1...100).map { "line \($0)" }.joined(separator: "\n")
        let pane = OutputPane()
        let shot = snapshot(output: output)
        _ = renderPane(width: 30, height: 5) { pane.draw(in: $0, snapshot: shot, context: $1, editor: nil) }
        pane.move(.home, snapshot: shot)
        var screen = renderPane(width: 30, height: 5) { pane.draw(in: $0, snapshot: shot, context: $1, editor: nil) }
        XCTAssertEqual(screen.lines.first, "line 1")
        pane.move(.pageDown, snapshot: shot)
        screen = renderPane(width: 30, height: 5) { pane.draw(in: $0, snapshot: shot, context: $1, editor: nil) }
        XCTAssertEqual(screen.lines.first, "line 5")
        pane.move(.end, snapshot: shot)
        screen = renderPane(width: 30, height: 5) { pane.draw(in: $0, snapshot: shot, context: $1, editor: nil) }
        XCTAssertEqual(screen.lines.last, "line 100")
    }

    func testLongLinesWrapAndControlCharactersAreReplaced() {
        let screen = renderPane(width: 10, height: 4) {
            OutputPane().draw(in: $0, snapshot: snapshot(output: "abcdefghijKLMNO\u{1b}[31m\n"), context: $1, editor: nil)
        }
        XCTAssertEqual(screen.lines[0], "abcdefghij")
        XCTAssertEqual(screen.lines[1], "KLMNO�[31m")
    }

    func testTypedInputFollowsThePrompt() {
        var editor = LineEditor()
        for character in "Ada" { editor.insert(character) }
        let pane = OutputPane()
        let screen = renderPane(width: 30, height: 4) {
            pane.draw(in: $0, snapshot: snapshot(output: "Hello, World!\nName? "), context: $1, editor: editor)
        }
        XCTAssertEqual(screen.lines[0], "Hello, World!")
        XCTAssertEqual(screen.lines[1], "Name? Ada")
        XCTAssertEqual(pane.inputCursor?.row, 1)
        XCTAssertEqual(pane.inputCursor?.column, 9)
        XCTAssertEqual(screen.canvas.style(row: 1, column: 6)?.role, .input)
    }

    func testInputAfterANewlineStartsItsOwnRow() {
        let pane = OutputPane()
        let screen = renderPane(width: 30, height: 4) {
            pane.draw(in: $0, snapshot: snapshot(output: "ready\n"), context: $1, editor: LineEditor())
        }
        XCTAssertEqual(screen.lines[0], "ready")
        XCTAssertEqual(pane.inputCursor?.row, 1)
        XCTAssertEqual(pane.inputCursor?.column, 0)
    }
}

final class SourcePaneTests: XCTestCase {
    private func render(_ snapshot: DebugSnapshot, pane: SourcePane, width: Int = 50, height: Int = 6,
                        focused: Bool = true) -> RenderedScreen {
        renderPane(width: width, height: height, focused: focused) { pane.draw(in: $0, snapshot: snapshot, context: $1) }
    }

    func testKeepsTheCurrentLineInView() throws {
        var snapshot = OuterInner.pausedInInner()
        snapshot.sourceLines = (1...300).map { "x = \($0)" }
        snapshot.line = 250
        snapshot.stack[1].line = 250
        let pane = SourcePane()
        pane.follow(snapshot)
        let screen = render(snapshot, pane: pane)
        let row = try XCTUnwrap(screen.row(containing: "x = 250"), screen.text)
        XCTAssertTrue(screen.lines[row].hasPrefix(" ▶ 250 x = 250"), screen.lines[row])
        XCTAssertEqual(pane.line(atRow: row, snapshot: snapshot), 250)
    }

    func testCursorMovesAndIsDrawnInverted() throws {
        let snapshot = OuterInner.pausedInInner()
        let pane = SourcePane()
        pane.follow(snapshot)
        pane.move(.up, snapshot: snapshot)
        XCTAssertEqual(pane.cursorLine, 3)
        let screen = render(snapshot, pane: pane)
        let row = try XCTUnwrap(screen.row(containing: "def inner"))
        XCTAssertEqual(screen.canvas.style(row: row, column: 10)?.inverted, true)
        pane.move(.end, snapshot: snapshot)
        XCTAssertEqual(pane.cursorLine, 10)
        pane.move(.pageDown, snapshot: snapshot)
        XCTAssertEqual(pane.cursorLine, 10)
    }

    func testSyntaxRolesReachTheCanvas() throws {
        let snapshot = OuterInner.run[1]
        let pane = SourcePane()
        pane.follow(snapshot)
        pane.move(.down, snapshot: snapshot)  // cursor off line 1... onto line 2
        let screen = render(snapshot, pane: pane, focused: false)
        let message = try XCTUnwrap(screen.row(containing: "message = 'Hello"))
        let column = try XCTUnwrap(screen.canvas.find("'Hello")?.column)
        XCTAssertEqual(screen.canvas.style(row: message, column: column)?.role, .string)
        let printRow = try XCTUnwrap(screen.row(containing: "print(message)"))
        let printColumn = try XCTUnwrap(screen.canvas.find("print(")?.column)
        XCTAssertEqual(screen.canvas.style(row: printRow, column: printColumn)?.role, .builtin)
        let commentColumn = try XCTUnwrap(screen.canvas.find("# a free")?.column)
        XCTAssertEqual(screen.canvas.style(row: printRow, column: commentColumn)?.role, .comment)
    }

    func testEmptySourceAndOutOfRangeLines() {
        var snapshot = OuterInner.pausedInInner()
        snapshot.sourceLines = []
        let pane = SourcePane()
        pane.follow(snapshot)
        let screen = render(snapshot, pane: pane)
        XCTAssertEqual(screen.lines.first, " (no source)")
        pane.move(.down, snapshot: snapshot)
        snapshot.sourceLines = ["pass"]
        snapshot.line = 99
        pane.follow(snapshot)
        _ = render(snapshot, pane: pane)
        XCTAssertEqual(pane.cursorLine, 1)
    }

    func testHorizontalScrollAndTabs() {
        var snapshot = OuterInner.pausedInInner()
        snapshot.sourceLines = ["\tx = 'abcdefghijklmnopqrstuvwxyz0123456789'"]
        snapshot.line = 1
        let pane = SourcePane()
        let screen = render(snapshot, pane: pane, width: 30, height: 2, focused: false)
        XCTAssertTrue(screen.lines[0].hasPrefix(" ▶ 1     x = 'abc"), screen.lines[0])
        XCTAssertTrue(screen.lines[0].hasSuffix("…"))
        pane.move(.right, snapshot: snapshot)
        let scrolled = render(snapshot, pane: pane, width: 30, height: 2, focused: false)
        XCTAssertTrue(scrolled.lines[0].contains("bcdefghijk"), scrolled.lines[0])
        XCTAssertFalse(scrolled.lines[0].contains("x = "))
    }
}

final class StackWheelTests: XCTestCase {
    func testWheelScrollsWithoutSelecting() throws {
        var snapshot = OuterInner.pausedInInner()
        snapshot.stack = (0..<50).map { FrameInfo(function: "f\($0)", line: $0 + 1, isSelected: $0 == 49) }
        snapshot.selectedFrame = 49
        let pane = StackPane()
        pane.follow(snapshot)
        _ = renderPane(width: 30, height: 5) { pane.draw(in: $0, snapshot: snapshot, context: $1) }
        XCTAssertNil(pane.frame(after: .wheelUp, snapshot: snapshot))
        let screen = renderPane(width: 30, height: 5) { pane.draw(in: $0, snapshot: snapshot, context: $1) }
        XCTAssertNil(screen.row(containing: "f49"), screen.text)
        XCTAssertNotNil(screen.row(containing: "f42"), screen.text)
    }
}
