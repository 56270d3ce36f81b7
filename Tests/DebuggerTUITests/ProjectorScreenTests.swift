// Issue 10, the screen: nothing that carries the lesson is cut. Against the
// real Debugger, at the projector size (80x24) and at 120x36: the whole
// holder list of three closures sharing one cell, a 40-character qualified
// name, at least 12 source lines, the scopes beside the cells; and the `:`
// prompt, watches, breakpoints on lines without code, objects opened up.
import Foundation
import Interpreter
import XCTest
@testable import DebuggerTUI

final class ProjectorScreenTests: XCTestCase {
    let sizes = [(80, 24), (120, 36)]

    static let threeClosures = """
        def outer():
            n = 0
            def f():
                return n + 1
            def g():
                return n + 2
            def h():
                return n + 3
            n = 10
            return f, g, h


        f, g, h = outer()
        total = f() + g() + h()
        print(total)
        print("done")
        """

    /// topup's qualified name is 40 characters.
    static let longName = """
        def financial_account_closure():
            balance = 0
            def topup(amount):
                nonlocal balance
                balance += amount
                return balance
            return topup


        add = financial_account_closure()
        add(5)
        """

    /// Runs `keys` (then quits) on `source` and returns the last screen.
    /// The text right of the source pane's divider, rows joined: a wrapped name reads whole.
    private func rightColumn(_ text: String) -> String {
        text.split(separator: "\n").map { line in
            (line.components(separatedBy: "│").last ?? "").trimmingCharacters(in: .whitespaces)
        }.joined()
    }

    private func screen(_ source: String, keys: [Key], width: Int, height: Int,
                        file: String = "lesson.py", showing fragment: String? = nil) -> (String, Debugger) {
        let debugger = Debugger(filename: file, source: source)
        let terminal = FakeTerminal(width: width, height: height, keys: keys + [.character("q"), .character("y")])
        terminal.recordScreens = true
        let app = App(session: debugger, terminal: terminal, theme: Theme(glyphs: .unicode, usesColor: true))
        _ = app.run()
        // The last screen before the quit question.
        let shown = terminal.screens.last { !$0.contains("quit anyway") && (fragment.map($0.contains) ?? true) } ?? ""
        return (shown, debugger)
    }

    private func prompt(_ text: String) -> [Key] { [.character(":")] + typed(text) + [.enter] }

    func testTheWholeHolderListOfThreeClosuresIsVisible() {
        for (width, height) in sizes {
            let (text, debugger) = screen(Self.threeClosures, keys: prompt("b 14") + [.character("c")], width: width, height: height)
            defer { debugger.quit() }
            for holder in ["outer.<locals>.f.__closure__[0]", "outer.<locals>.g.__closure__[0]", "outer.<locals>.h.__closure__[0]"] {
                XCTAssertTrue(text.contains(holder), "\(width)x\(height): \(holder) is cut\n\(text)")
            }
            XCTAssertTrue(text.contains("made by outer (finished)"), text)
            // The scopes and the cells are on screen together.
            XCTAssertTrue(text.contains("Local = Global (module)"), text)
            XCTAssertTrue(text.contains("c1 n = 10"), text)
        }
    }

    func testAFortyCharacterQualifiedNameIsVisible() {
        let name = "financial_account_closure.<locals>.topup"
        XCTAssertEqual(name.count, 40)
        for (width, height) in sizes {
            // A breakpoint inside topup, then continue.
            let (text, debugger) = screen(Self.longName, keys: prompt("b 5") + [.character("c")], width: width, height: height)
            defer { debugger.quit() }
            XCTAssertEqual(debugger.snapshot.line, 5)
            // Wrapped or not, the name reads whole: join the pane's rows.
            XCTAssertTrue(rightColumn(text).contains("▶ " + name), "\(width)x\(height): the stack\n\(text)")
            XCTAssertTrue(rightColumn(text).contains("Local (" + name + ")"), "\(width)x\(height): the scopes\n\(text)")
            XCTAssertTrue(text.contains("Local (") && text.contains("amount"), text)
            XCTAssertTrue(text.contains("held by"), text)
        }
    }

    func testTwelveSourceLinesAreVisible() {
        let source = (1...30).map { "x\($0) = \($0)" }.joined(separator: "\n")
        for (width, height) in sizes {
            let (text, debugger) = screen(source, keys: [], width: width, height: height)
            defer { debugger.quit() }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let sourceRows = lines.filter { line in (1...30).contains { line.contains(" x\($0) = \($0)") } }
            XCTAssertGreaterThanOrEqual(sourceRows.count, 12, "\(width)x\(height)\n\(text)")
        }
    }

    func testOutputWrapsAtWordBoundaries() {
        let sentence = "every closure keeps the cell it is associated with alive for as long as the closure itself lives on"
        let (text, debugger) = screen("print(\"\(sentence)\")\n", keys: [.character("c")], width: 80, height: 24)
        defer { debugger.quit() }
        for word in sentence.split(separator: " ") {
            XCTAssertTrue(text.split(separator: "\n").contains { $0.split(separator: " ").contains(word) }, "\(word) is broken\n\(text)")
        }
    }

    func testEvaluateWatchAndBreakpointOnALineWithoutCode() {
        let keys = prompt("b 11") + [.character("c")] + prompt("w total") + [.character("n"), .character("n")] + prompt("p f() * 100")
        let (text, debugger) = screen(Self.threeClosures, keys: keys, width: 120, height: 36)
        defer { debugger.quit() }
        XCTAssertEqual(debugger.snapshot.breakpoints.map(\.line), [13], "line 11 is blank: the breakpoint moves to 13")
        XCTAssertTrue(text.contains("p f() * 100 = 1100"), text)
        // total was unbound at line 13 and is 36 two steps on: marked changed.
        XCTAssertTrue(text.contains("*1 total = 36"), text)
    }

    func testBreakpointMoveIsSaidInTheStatusLine() {
        let (text, debugger) = screen(Self.threeClosures, keys: prompt("b 11"), width: 80, height: 24)
        defer { debugger.quit() }
        XCTAssertTrue(text.contains("line 11 has no code: breakpoint set on line 13"), text)
    }

    func testConditionalAndIgnoreCountBreakpoints() {
        let loop = """
            total = 0
            for i in range(10):
                total += i
            print(total)
            """
        // Stops where i > 2, passing over the first two such hits: i == 5.
        let keys = prompt("b 3 if i > 2") + prompt("ignore 3 2") + [.character("c")]
        let (_, debugger) = screen(loop, keys: keys, width: 80, height: 24)
        defer { debugger.quit() }
        XCTAssertEqual(debugger.snapshot.line, 3)
        XCTAssertEqual(debugger.evaluate("i"), "5")
        XCTAssertEqual(debugger.snapshot.breakpoints.first?.ignoreCount, 2)
    }

    func testBreakpointListDisablesAndShowsConditions() {
        let keys = prompt("b 14 if total") + [.character("B"), .character(" ")]
        let (text, debugger) = screen(Self.threeClosures, keys: keys, width: 80, height: 24, showing: "Breakpoints (1)")
        defer { debugger.quit() }
        XCTAssertEqual(debugger.snapshot.breakpoints.first?.enabled, false)
        XCTAssertTrue(text.contains("line 14 (disabled): total = f() + g() + h()  if total"), text)
    }

    func testEnterOpensAnInstanceAndItsClass() {
        let source = """
            class Person:
                kind = "human"
                def __init__(self, name):
                    self.name = name
                    self.pets = ["Rex", {"cat": ["Tom"]}]

            kim = Person("Kim")
            print(kim.name)
            """
        // Stop at line 8; focus Scopes; the Scopes rows: header, Person, kim.
        let keys = prompt("b 8") + [.character("c"), .tab, .tab, .down, .down, .enter]
        let (text, debugger) = screen(source, keys: keys, width: 120, height: 36)
        defer { debugger.quit() }
        XCTAssertTrue(text.contains("name = 'Kim'"), text)
        XCTAssertNotNil(text.range(of: #"pets = #\d+ \['Rex', \{'cat': \['Tom'\]\}\]"#, options: .regularExpression), text)
        XCTAssertTrue(text.contains("from the class"), text)
        XCTAssertTrue(text.contains("kind = 'human'"), text)
    }

    func testTwoNamesForOneListAreMarkedAtBothSizes() {
        let source = """
            a = [1, 2]
            b = a
            b.append(3)
            print(a)
            """
        for (width, height) in sizes {
            let (text, debugger) = screen(source, keys: prompt("b 4") + [.character("c")], width: width, height: height)
            defer { debugger.quit() }
            let rows = text.split(separator: "\n").map(String.init)
            let a = rows.first { $0.range(of: #"\ba\s+= #\d+ \[1, 2, 3\]"#, options: .regularExpression) != nil }
            let b = rows.first { $0.range(of: #"\bb\s+= #\d+ \[1, 2, 3\]"#, options: .regularExpression) != nil }
            XCTAssertNotNil(a, "\(width)x\(height): a's alias mark\n\(text)")
            XCTAssertNotNil(b, "\(width)x\(height): b's alias mark\n\(text)")
            let label = { (row: String?) in row.flatMap { r in r.range(of: #"#\d+"#, options: .regularExpression).map { String(r[$0]) } } }
            XCTAssertEqual(label(a), label(b), text)
        }
    }
}
