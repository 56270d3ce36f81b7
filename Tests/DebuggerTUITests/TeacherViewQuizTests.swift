// Issue 15 on the screen: the teacher view (v: only the source, the scopes
// and the cells, high contrast), the quiz key (a: predict, then see, the
// score written for the teacher), and the heap label next to every value in
// the Scopes and Cells panes, at 80x24 and 120x36.
import Foundation
import Interpreter
import XCTest
@testable import DebuggerTUI

final class TeacherViewQuizTests: XCTestCase {
    let sizes = [(80, 24), (120, 36)]

    private func run(_ source: String, file: String = "lesson.py", keys: [Key], width: Int, height: Int,
                     glyphs: Glyphs = .unicode) -> (FakeTerminal, Debugger) {
        let debugger = Debugger(filename: file, source: source)
        let terminal = FakeTerminal(width: width, height: height, keys: keys + [.character("q"), .character("y")], glyphs: glyphs)
        terminal.recordScreens = true
        let app = App(session: debugger, terminal: terminal, theme: Theme(glyphs: glyphs, usesColor: true))
        _ = app.run()
        return (terminal, debugger)
    }

    private func lastScreen(_ terminal: FakeTerminal) -> String {
        terminal.screens.last { !$0.contains("quit anyway") } ?? ""
    }

    private func prompt(_ text: String) -> [Key] { [.character(":")] + typed(text) + [.enter] }

    func testTeacherViewShowsOnlySourceScopesAndCells() {
        let source = (1...30).map { "x\($0) = [\($0)]" }.joined(separator: "\n")
        for (width, height) in sizes {
            let (terminal, debugger) = run(source, keys: prompt("b 20") + [.character("c"), .character("v")], width: width, height: height)
            defer { debugger.quit() }
            let teacher = terminal.screens.last { $0.contains("teacher view") } ?? ""
            XCTAssertTrue(teacher.contains("Source"), teacher)
            XCTAssertTrue(teacher.contains("Scopes"), teacher)
            XCTAssertTrue(teacher.contains("Cells"), teacher)
            XCTAssertFalse(teacher.contains("Call stack"), "\(width)x\(height): no stack\n\(teacher)")
            XCTAssertFalse(teacher.contains(" Output"), "\(width)x\(height): no output\n\(teacher)")
            // The source takes the whole height: at 80x24, 22 rows.
            let sourceRows = teacher.split(separator: "\n").filter { line in (1...30).contains { line.contains(" x\($0) = [\($0)]") } }
            XCTAssertGreaterThanOrEqual(sourceRows.count, min(30, height - 4), "\(width)x\(height)\n\(teacher)")
        }
        // v again: every pane is back; Tab in the teacher view skips the hidden panes.
        let (terminal, debugger) = run(source, keys: [.character("v"), .tab, .tab, .tab, .character("v")], width: 80, height: 24)
        defer { debugger.quit() }
        XCTAssertTrue(lastScreen(terminal).contains("Call stack"), lastScreen(terminal))
        XCTAssertTrue(lastScreen(terminal).contains("Output"), lastScreen(terminal))
    }

    func testTeacherViewUsesTheHighContrastTheme() {
        let layout = Layout.compute(width: 80, height: 24, teacher: true)
        guard case .screen(let screen) = layout else { return XCTFail("80x24 is big enough") }
        XCTAssertEqual(Set(screen.panes.keys), [.source, .scopes, .cells])
        XCTAssertEqual(screen.panes[.source]?.height, 22)
        let theme = Theme(glyphs: .unicode, usesColor: false, highContrast: true)
        XCTAssertTrue(theme.appearance(for: .sharedLabel).attributes.contains(.reverse))
    }

    func testQuizKeyAsksThenRevealsAndWritesTheScore() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sw-quiz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("quiz.py").path
        let source = """
            x = 2
            y = x * 3
            print(y)
            """
        // a: quiz on; s asks for x (right), s asks for y (wrong); c runs to the end.
        let keys: [Key] = [.character("a"), .character("s")] + typed("2") + [.enter]
            + [.character("s")] + typed("5") + [.enter] + [.character("c")]
        let (terminal, debugger) = run(source, file: file, keys: keys, width: 80, height: 24, glyphs: .ascii)
        defer { debugger.quit() }
        let screens = terminal.screens
        XCTAssertTrue(screens.contains { $0.contains("predict x = ") }, screens.last ?? "")
        XCTAssertTrue(screens.contains { $0.contains("[right]: x is 2") }, screens.joined(separator: "\n----\n"))
        XCTAssertTrue(screens.contains { $0.contains("[wrong]: y is 6 (you said 5)") }, screens.last ?? "")
        XCTAssertTrue(screens.contains { $0.contains("quiz score: 1 of 2 right, written to") }, screens.last ?? "")
        let report = try String(contentsOfFile: directory.appendingPathComponent("quiz.score.txt").path, encoding: .utf8)
        XCTAssertTrue(report.contains("line 1 x: answered 2, was 2 — right"), report)
        XCTAssertTrue(report.contains("line 2 y: answered 5, was 6 — wrong"), report)
        XCTAssertTrue(report.contains("score: 1 of 2 right"), report)
    }

    func testEveryObjectValueShowsItsLabelAndAliasesAreHighlighted() {
        let source = """
            def keep():
                items = [1]
                def show():
                    return items
                return show
            f = keep()
            a = {'k': 1}
            b = a
            n = 3
            print(f(), b)
            """
        for (width, height) in sizes {
            let (terminal, debugger) = run(source, keys: prompt("b 10") + [.character("c")], width: width, height: height)
            defer { debugger.quit() }
            let text = lastScreen(terminal)
            let rows = text.split(separator: "\n").map(String.init)
            func labelled(_ name: String, _ value: String) -> (row: Int, column: Int)? {
                for (index, row) in rows.enumerated() {
                    guard let r = row.range(of: #"\b\#(name)\s+= (#\d+) "#, options: .regularExpression), row[r.upperBound...].hasPrefix(value)
                    else { continue }
                    let hash = row[r].firstIndex(of: "#")!
                    return (index, row.distance(from: row.startIndex, to: hash))
                }
                return nil
            }
            let a = labelled("a", "{'k': 1}")
            let b = labelled("b", "{'k': 1}")
            XCTAssertNotNil(a, "\(width)x\(height)\n\(text)")
            XCTAssertNotNil(b, "\(width)x\(height)\n\(text)")
            if let a { XCTAssertEqual(terminal.grid.style(row: a.row, column: a.column)?.role, .sharedLabel, text) }
            XCTAssertFalse(rows.contains { $0.range(of: #"\bn\s+= #"#, options: .regularExpression) != nil }, "numbers have no label\n\(text)")
            // The cell's list has its label too, not highlighted (one holder).
            XCTAssertNotNil(text.range(of: #"c1 items = #\d+ \[1\]"#, options: .regularExpression), text)
        }
    }
}
