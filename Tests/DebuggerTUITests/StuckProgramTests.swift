// Nothing stays stuck on the screen (issue 13): a long native operation
// (sum over a huge range) pauses on Ctrl-C, a `__repr__` that never returns
// shows as `<repr timed out>`, and `q` quits even when the program cannot
// pause (a big-int power computed in one native call).
import Foundation
import XCTest

final class StuckProgramTests: XCTestCase {
    func testCtrlCPausesALongSum() throws {
        let source = "print('start')\nx = sum(range(10**15))\nprint(x)\n"
        let tmux = try Tmux.start(program: "sum.py", width: 100, height: 30, source: source)
        defer { tmux.stop() }
        try tmux.waitFor("the first stop") { $0.contains("PAUSED") && $0.contains("at line 1") }
        tmux.send("c")
        try tmux.waitFor("the running state") { $0.contains("RUNNING") || $0.contains("running") }
        Thread.sleep(forTimeInterval: 0.5)
        let pressed = Date()
        tmux.send("C-c")
        let screen = try tmux.waitFor("the pause inside sum()") { $0.contains("paused by Ctrl-C") }
        let latency = Date().timeIntervalSince(pressed)
        print("StuckProgramTests: Ctrl-C paused sum(range(10**15)) in \(Int(latency * 1000)) ms (screen polled every 50 ms)")
        XCTAssertTrue(screen.contains("at line 2"), "the pause shows the line that called sum():\n\(screen)")
        XCTAssertLessThan(latency, 1.0, "the pause took \(latency) s")
        tmux.send("q")
        try tmux.waitFor("the quit question") { $0.contains("quit anyway? (y/n)") }
        tmux.send("y")
        try tmux.waitFor("scopewalk's exit") { $0.contains("EXITED") }
    }

    func testAReprThatNeverReturnsTimesOut() throws {
        let source = "class Stuck:\n    def __repr__(self):\n        while True:\n            pass\n\ns = Stuck()\nprint('after')\n"
        let tmux = try Tmux.start(program: "stuck.py", width: 100, height: 30, source: source)
        defer { tmux.stop() }
        try tmux.waitFor("the first stop") { $0.contains("PAUSED") && $0.contains("at line 1") }
        tmux.send("n")
        tmux.send("n")
        let screen = try tmux.waitFor("the timed-out repr in the Scopes pane") { $0.contains("<repr timed out>") && $0.contains("at line 7") }
        XCTAssertTrue(screen.contains("s"), screen)
        tmux.send("q")
        try tmux.waitFor("the quit question") { $0.contains("quit anyway? (y/n)") }
        tmux.send("y")
        try tmux.waitFor("scopewalk's exit") { $0.contains("EXITED") }
    }

    func testQuitLeavesAProgramThatCannotPause() throws {
        let source = "print('start')\nx = 7 ** (10**9 // 3)\nprint(x % 10)\n"
        let tmux = try Tmux.start(program: "power.py", width: 100, height: 30, source: source)
        defer { tmux.stop() }
        try tmux.waitFor("the first stop") { $0.contains("PAUSED") && $0.contains("at line 1") }
        tmux.send("c")
        Thread.sleep(forTimeInterval: 0.5)
        let pressed = Date()
        tmux.send("q")
        try tmux.waitFor("scopewalk's exit") { $0.contains("EXITED") }
        let took = Date().timeIntervalSince(pressed)
        print("StuckProgramTests: q quit a program stuck in a big-int power in \(Int(took * 1000)) ms")
        XCTAssertLessThan(took, 5.0)
    }
}
