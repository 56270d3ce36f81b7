// The heap at a stop (`heap`, `heap draw` in `scopewalk debug`): objects
// reachable from the frames with their labels and who refers to each.

import Foundation
import Interpreter
import XCTest

final class HeapTests: XCTestCase {
    func onStack(_ body: @escaping () throws -> Void) rethrows {
        var error: Error?
        Interpreter.onLargeStack {
            do { try body() } catch let e { error = e }
        }
        if let e = error { XCTFail("\(e)") }
    }

    func testAliasingCycleAndClosure() throws {
        let source = """
        a = [1, 2]
        b = a
        loop = []
        loop.append(loop)
        def outer():
            message = 'hi'
            def inner():
                return message
            return inner
        f = outer()
        print(f())

        """
        try onStack {
            let front = ScriptedDebugger(filename: "h.py", source: source)
            defer { front.debugger.quit() }
            _ = front.execute("to 11")
            let heap = front.execute("heap")
            XCTAssertNotNil(heap.range(of: #"a, b → #\d+ list, 2 items"#, options: .regularExpression), heap)
            XCTAssertNotNil(heap.range(of: #"loop → (#\d+) list, 1 item  ← #\d+\[0\]"#, options: .regularExpression), heap)
            XCTAssertTrue(heap.contains("made by outer (finished)"), heap)
            XCTAssertTrue(heap.contains("__closure__[0] cell c1 (message) 'hi'"), heap)
            let objects = front.debugger.heapObjects()
            let list = try XCTUnwrap(objects.first { $0.names == ["a", "b"] })
            XCTAssertEqual(list.contentCount, 2)
            let cycle = try XCTUnwrap(objects.first { $0.names == ["loop"] })
            XCTAssertEqual(cycle.referrers, ["\(cycle.label)[0]"])
            let picture = try XCTUnwrap(front.debugger.heapPicture(ascii: false))
            XCTAssertTrue(picture.contains("┌─ Global frame"), picture)
            XCTAssertTrue(picture.contains("a ●──▶ \(list.label)"), picture)
            XCTAssertTrue(picture.contains("[0] ●──▶ \(cycle.label)"), picture)
            let ascii = try XCTUnwrap(front.debugger.heapPicture(ascii: true))
            XCTAssertTrue(ascii.contains("+- Global frame"), ascii)
            XCTAssertTrue(ascii.contains("a *--> \(list.label)"), ascii)
            XCTAssertFalse(ascii.unicodeScalars.contains { $0.value > 127 }, ascii)
        }
    }

    func testTenThousandElementsArePaged() throws {
        try onStack {
            let front = ScriptedDebugger(filename: "big.py", source: "big = [[i] for i in range(10000)]\nprint(len(big))\n")
            defer { front.debugger.quit() }
            _ = front.execute("to 2")
            let d = front.debugger
            XCTAssertEqual(d.heapObjects().count, 10001)
            XCTAssertEqual(d.heapRowCount, 10001 + 10000 + 10000)
            let first = front.execute("heap")
            XCTAssertTrue(first.contains("big → #"), first)
            XCTAssertTrue(first.contains("… 29801 more rows: heap 200"), first)
            let rows = d.heapRows(offset: d.heapRowCount - 2, limit: 10)
            guard rows.count == 2 else { return XCTFail("\(rows)") }
            XCTAssertTrue(rows[0].text.hasSuffix("list, 1 item  ← \(d.heapObjects()[0].label)[9999]"), rows[0].text)
            XCTAssertEqual(rows[1].text, "[0] 9999")
            XCTAssertEqual(front.execute("heap draw").hasPrefix("*** the heap has too many objects"), true)
        }
    }
}
