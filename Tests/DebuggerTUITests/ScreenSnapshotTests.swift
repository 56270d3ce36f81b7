// What a user reads on the whole screen, at the projector size and at 80x24.
import Interpreter
import XCTest
@testable import DebuggerTUI

final class ScreenSnapshotTests: XCTestCase {
    let sizes = [(120, 36), (80, 24)]

    func testFreeVariableShowsUnderItsEnclosingFunction() throws {
        for (width, height) in sizes {
            let screen = renderScreen(OuterInner.pausedInInner(), width: width, height: height)
            let header = try XCTUnwrap(screen.row(containing: "Enclosing (outer)"), "\(width)x\(height)\n\(screen.text)")
            let binding = try XCTUnwrap(screen.row(containing: "message", "'Hello, World!'", "[c1]"), screen.text)
            XCTAssertEqual(binding, header + 1, "\(width)x\(height)\n\(screen.text)")
            XCTAssertNotNil(screen.row(containing: "Local (outer.<locals>.inner)"), screen.text)
            XCTAssertNotNil(screen.row(containing: "Global"), screen.text)
        }
        // At 80x24 the Builtins row is one scroll away; at the projector size it is on screen.
        XCTAssertNotNil(renderScreen(OuterInner.pausedInInner(), width: 120, height: 36).row(containing: "Builtins", "8 names"))
    }

    func testLEGBOrder() throws {
        let screen = renderScreen(OuterInner.pausedInInner(), width: 120, height: 36)
        let local = try XCTUnwrap(screen.row(containing: "Local ("))
        let enclosing = try XCTUnwrap(screen.row(containing: "Enclosing ("))
        let global = try XCTUnwrap(screen.row(containing: "Global"))
        let builtins = try XCTUnwrap(screen.row(containing: "Builtins"))
        XCTAssertLessThan(local, enclosing)
        XCTAssertLessThan(enclosing, global)
        XCTAssertLessThan(global, builtins)
    }

    func testCurrentLineIsMarkedAndHighlighted() throws {
        for (width, height) in sizes {
            let screen = renderScreen(OuterInner.pausedInInner(), width: width, height: height)
            let row = try XCTUnwrap(screen.row(containing: "print(message)"), screen.text)
            let line = screen.lines[row]
            XCTAssertTrue(line.hasPrefix(" ▶  4 "), "got \(line)")
            XCTAssertEqual(screen.canvas.style(row: row, column: 10)?.role, .currentLine)
            // Another line is not highlighted.
            let other = try XCTUnwrap(screen.row(containing: "def outer"))
            XCTAssertFalse(screen.lines[other].contains("▶"))
            XCTAssertNotEqual(screen.canvas.style(row: other, column: 8)?.role, .currentLine)
        }
    }

    func testCellShowsCreatorFinishedAndItsHolder() throws {
        for (width, height) in sizes {
            let screen = renderScreen(OuterInner.pausedInInner(), width: width, height: height, focus: .cells,
                                      maximized: width < 120 ? .cells : nil)
            XCTAssertNotNil(screen.row(containing: "c1", "message", "'Hello, World!'"), screen.text)
            XCTAssertNotNil(screen.row(containing: "made by outer (finished)"), screen.text)
            XCTAssertNotNil(screen.row(containing: "held by outer.<locals>.inner.__closure__[0]"), screen.text)
        }
        let running = renderScreen(OuterInner.pausedInInner(finished: false), width: 120, height: 36)
        XCTAssertNotNil(running.row(containing: "made by outer"))
        XCTAssertNil(running.row(containing: "(finished)"), running.text)
    }

    func testNarrowScreenStillShowsEveryPane() {
        let screen = renderScreen(OuterInner.pausedInInner(), width: 80, height: 24)
        for title in ["Source: greet.py", "Call stack (2)", "Scopes: outer.<locals>.inner", "Cells (1)", "Output"] {
            XCTAssertNotNil(screen.row(containing: title), "\(title) missing\n\(screen.text)")
        }
        XCTAssertNotNil(screen.row(containing: "made by outer (finished)"), screen.text)
        XCTAssertNotNil(screen.row(containing: "PAUSED", "line 4"), screen.text)
    }

    func testStatusBarNarratesTheStep() throws {
        let screen = renderScreen(OuterInner.pausedInInner(), width: 120, height: 36)
        let row = try XCTUnwrap(screen.row(containing: "PAUSED"))
        XCTAssertEqual(row, 34)
        XCTAssertTrue(screen.lines[row].contains("at line 4, step 9"))
        XCTAssertTrue(screen.lines[row].contains("inner reads message: not local"))
        XCTAssertTrue(screen.lines[35].contains("F7/s into"), screen.lines[35])
        XCTAssertTrue(screen.lines[35].contains("q quit"), screen.lines[35])
    }

    func testLongNarrationContinuesOnTheHintRowWhenNarrow() throws {
        let screen = renderScreen(OuterInner.pausedInInner(), width: 80, height: 24)
        let first = screen.lines[22], second = screen.lines[23]
        XCTAssertTrue(first.contains("PAUSED") && first.contains("at line 4, step 9"), first)
        // Nothing of "inner reads message: not local, found in the enclosing
        // scope of outer via its cell" is lost, and no word is cut.
        let words = (first.components(separatedBy: "│").last ?? "") + " " + second
        XCTAssertEqual(words.split(separator: " ").joined(separator: " "),
                       "inner reads message: not local, found in the enclosing scope of outer via its cell")
    }

    func testShortNarrationOnTheSecondRowKeepsTheFirstRowTidy() {
        var snapshot = OuterInner.pausedInInner()
        snapshot.effects.narration = "outer binds message in a cell: an inner function can see it"
        let screen = renderScreen(snapshot, width: 80, height: 24)
        XCTAssertFalse(screen.lines[22].contains("outer binds"), screen.lines[22])
        XCTAssertEqual(screen.lines[23].trimmingCharacters(in: .whitespaces), snapshot.effects.narration)
    }

    func testReturnEventOnTheStatusLine() throws {
        var snapshot = OuterInner.pausedInInner()
        snapshot.event = "return"
        snapshot.returnValue = "None"
        let screen = renderScreen(snapshot, width: 120, height: 36)
        XCTAssertTrue(screen.lines[34].contains("at line 4, step 9 (return None)"), screen.lines[34])
    }

    func testSelectingTheCallerMarksItsLineToo() throws {
        var snapshot = OuterInner.pausedInInner()
        snapshot.selectedFrame = 0
        let screen = renderScreen(snapshot, width: 120, height: 36)
        let caller = try XCTUnwrap(screen.row(containing: "greet()"))
        XCTAssertTrue(screen.lines[caller].hasPrefix(" ▷  8 "), screen.lines[caller])
        XCTAssertEqual(screen.canvas.style(row: caller, column: 8)?.role, .selectedFrameLine)
        let current = try XCTUnwrap(screen.row(containing: "print(message)"))
        XCTAssertTrue(screen.lines[current].hasPrefix(" ▶  4 "))
        // The selected stack row is the caller's.
        let stackRow = try XCTUnwrap(screen.row(containing: "▶ <module> line 8"), screen.text)
        XCTAssertNotNil(stackRow)
    }

    func testASCIIMode() throws {
        var snapshot = OuterInner.pausedInInner()
        snapshot.breakpoints = [Breakpoint(line: 8)]
        let screen = renderScreen(snapshot, width: 120, height: 36, glyphs: .ascii)
        let row = try XCTUnwrap(screen.row(containing: "print(message)"))
        XCTAssertTrue(screen.lines[row].hasPrefix(" >  4 "), screen.lines[row])
        let breakpointRow = try XCTUnwrap(screen.row(containing: "greet()"))
        XCTAssertTrue(screen.lines[breakpointRow].hasPrefix("B   8 "), screen.lines[breakpointRow])
        XCTAssertTrue(screen.text.unicodeScalars.allSatisfy(\.isASCII), screen.text)
    }

    func testBreakpointInTheGutter() throws {
        var snapshot = OuterInner.pausedInInner()
        snapshot.breakpoints = [Breakpoint(line: 2), Breakpoint(line: 4, enabled: false)]
        let screen = renderScreen(snapshot, width: 120, height: 36)
        let two = try XCTUnwrap(screen.row(containing: "message = 'Hello"))
        XCTAssertTrue(screen.lines[two].hasPrefix("●   2 "), screen.lines[two])
        let four = try XCTUnwrap(screen.row(containing: "print(message)"))
        XCTAssertTrue(screen.lines[four].hasPrefix("○▶  4 "), screen.lines[four])
    }

    func testEveryStopOfTheRunRendersAtEverySize() {
        for snapshot in OuterInner.run {
            for (width, height) in sizes + [(60, 16), (200, 60), (59, 15), (1, 1), (0, 0)] {
                let screen = renderScreen(snapshot, width: width, height: height)
                XCTAssertEqual(screen.lines.count, max(0, height))
            }
        }
    }

    func testTooSmallTerminalSaysSo() {
        let screen = renderScreen(OuterInner.pausedInInner(), width: 40, height: 10)
        XCTAssertTrue(screen.text.contains("terminal too small: need 60×16"), screen.text)
        XCTAssertTrue(screen.text.contains("40×10"), screen.text)
    }
}
