// Issue 15 on a real terminal (tmux): expression stepping's rewritten line,
// the heap pane (aliasing, a cycle, a closure and its cell, a 10,000-element
// list paged), and a quiz session with right and wrong predictions and its
// score file.
import Foundation
import XCTest

final class HeapQuizEndToEndTests: XCTestCase {
    /// Presses `key` and waits for `done`.
    @discardableResult
    func press(_ tmux: Tmux, _ key: String, until what: String, _ done: (String) -> Bool) throws -> String {
        tmux.send(key)
        return try tmux.waitFor(what, done)
    }

    func testExpressionSteppingRewritesTheLine() throws {
        let source = "total = 10\nprice = 3\nqty = 4\ntotal = total + price * qty\nprint(total)\n"
        let tmux = try Tmux.start(program: "total.py", width: 120, height: 36, source: source)
        defer { tmux.stop() }
        try tmux.waitFor("the first stop") { $0.contains("PAUSED") && $0.contains("at line 1") }
        try tmux.step(until: "line 4") { $0.contains("at line 4") }
        for expected in ["total = 10 + price * qty", "total = 10 + 3 * qty", "total = 10 + 3 * 4", "total = 10 + 3 * 4",
                         "total = 10 + 12", "total = 10 + 12", "total = 22"] {
            try press(tmux, "e", until: expected) { $0.contains(expected) }
        }
        let screen = try press(tmux, "e", until: "the binding") { $0.contains("total ← 22") }
        XCTAssertTrue(screen.contains("total = 22"), screen)
        try press(tmux, "e", until: "the next line") { $0.contains("at line 5") }
    }

    func testHeapPaneAliasingCycleClosure() throws {
        let source = """
        a = [1, 2]
        b = a
        c = [a, a]
        loop = []
        loop.append(loop)
        def outer():
            message = 'hi'
            def inner():
                return message
            return inner
        f = outer()
        print(len(c), f())

        """
        let tmux = try Tmux.start(program: "heap.py", width: 120, height: 40, source: source)
        defer { tmux.stop() }
        try tmux.waitFor("the first stop") { $0.contains("PAUSED") && $0.contains("at line 1") }
        tmux.send("o")
        try tmux.waitFor("the heap pane") { $0.contains("Heap: objects") }
        try tmux.step(until: "line 12", maxSteps: 30) { $0.contains("at line 12") }
        // The heap pane is in the output's place: focus it (four Tabs) and give it the screen.
        for _ in 0..<4 { tmux.send("Tab") }
        tmux.send("z")
        // Wait for rows only the zoomed heap shows (the Cells pane also says
        // "__closure__[0]" and "made by outer", so they prove nothing).
        let screen = try tmux.waitFor("the heap at line 12") {
            $0.contains("a, b → #") && $0.contains("__closure__[0] cell c1") && $0.contains("function outer.<locals>.inner")
        }
        let heap = Tmux.lines(screen).drop { !$0.contains("Heap: objects") }.joined(separator: "\n")
        // Two names, one list; c holds it twice.
        XCTAssertNotNil(heap.range(of: #"a, b → #\d+ list, 2 items  ← #\d+\[0\], #\d+\[1\]"#, options: .regularExpression), heap)
        XCTAssertNotNil(heap.range(of: #"c → #\d+ list, 2 items"#, options: .regularExpression), heap)
        // The cycle: the list is its own item.
        let cycle = try XCTUnwrap(heap.range(of: #"loop → (#\d+) list, 1 item  ← #\d+\[0\]"#, options: .regularExpression), heap)
        let label = String(heap[cycle].split(separator: " ")[2])
        XCTAssertTrue(heap.contains("[0] → \(label)"), heap)
        // The closure: the function, the frame that made it, its cell.
        XCTAssertNotNil(heap.range(of: #"f → #\d+ function outer\.<locals>\.inner"#, options: .regularExpression), heap)
        XCTAssertTrue(heap.contains("made by outer (finished)"), heap)
        XCTAssertTrue(heap.contains("__closure__[0] cell c1 (message) 'hi'"), heap)
        tmux.send("z")
        tmux.send("o")
        try tmux.waitFor("the output pane back") { !$0.contains("Heap: objects") && $0.contains("Output") }
    }

    func testHeapPaneTenThousandElementsPaged() throws {
        let source = "big = list(range(10000))\nbig[5000] = [big]\nprint(len(big))\n"
        let tmux = try Tmux.start(program: "big.py", width: 120, height: 36, source: source)
        defer { tmux.stop() }
        try tmux.waitFor("the first stop") { $0.contains("PAUSED") && $0.contains("at line 1") }
        try tmux.step(until: "line 3") { $0.contains("at line 3") }
        tmux.send("o")
        var screen = try tmux.waitFor("the big list") { $0.contains("big → #") && $0.contains("list, 10000 items") }
        XCTAssertTrue(screen.contains("[0] 0"), screen)
        // Focus the heap (the output pane's place: four Tabs from the source), then page to the end.
        for _ in 0..<4 { tmux.send("Tab") }
        screen = try tmux.waitFor("the heap focused") { _ in true }
        screen = try press(tmux, "End", until: "the last rows") { $0.contains("[0] → #") }
        let start = Date()
        screen = try press(tmux, "Home", until: "the first rows again") { $0.contains("[1] 1") }
        screen = try press(tmux, "PageDown", until: "the next page") { !$0.contains("[1] 1") && $0.contains("list, 10000 items") == false }
        XCTAssertLessThan(Date().timeIntervalSince(start), 10, "paging a 10,000-element list is immediate")
        for _ in 0..<5 { tmux.send("PageDown") }
        screen = try tmux.waitFor("later pages") { $0.range(of: #"\[\d\d\d?\] \d+"#, options: .regularExpression) != nil }
        XCTAssertTrue(screen.contains("PAUSED"), screen)
    }

    func testQuizRightAndWrongWithScoreFile() throws {
        let source = """
        price = 3
        qty = 4
        total = price * qty  # ask: total
        word = 'hi'  # ask: word
        print(word * 2)  # ask: output
        print('done')

        """
        let tmux = try Tmux.start(program: "quiz.py", width: 100, height: 30, source: source, subcommand: "quiz ")
        defer { tmux.stop() }
        try tmux.waitFor("the first question") { $0.contains("? total =") }
        tmux.send("7")
        tmux.send("Enter")
        var screen = try tmux.waitFor("the truth about total") { $0.contains("total is 12 (you said 7)") }
        XCTAssertTrue(screen.contains("✗ wrong") || screen.contains("[wrong]"), screen)
        try tmux.waitFor("the second question") { $0.contains("? word =") }
        tmux.send("\"hi\"")
        tmux.send("Enter")
        screen = try tmux.waitFor("the truth about word") { $0.contains("word is 'hi'") }
        XCTAssertTrue(screen.contains("right: word is 'hi'"), screen)
        try tmux.waitFor("the output question") { $0.contains("? prints:") }
        tmux.send("hihi")
        tmux.send("Enter")
        screen = try tmux.waitFor("the end") { $0.contains("EXITED") }
        XCTAssertTrue(screen.contains("right: it printed hihi"), screen)
        XCTAssertTrue(screen.contains("score: 2 of 3 right"), screen)
        let report = try String(contentsOf: tmux.directory.appendingPathComponent("quiz.score.txt"), encoding: .utf8)
        XCTAssertEqual(report, """
        scopewalk quiz quiz.py
        line 3 total: answered 7, was 12 — wrong
        line 4 word: answered "hi", was 'hi' — right
        line 5 output: answered hihi, was hihi — right
        score: 2 of 3 right

        """)
    }
}
