// What the screen asks of the debugger core beyond DebugSession: the file of
// each frame, the parts of an object, breakpoint enable/ignore and where a
// breakpoint on a line without code goes. The core (Debugger) conforms in
// Commands.swift; a session that does not (a test's scripted one) gets a
// screen without these features, never a crash.
import Interpreter

protocol ScreenSession: DebugSession {
    /// The file of each frame, outermost first.
    func frameFilenames() -> [String]
    func sourceLines(ofFile file: String) -> [String]?
    func children(of expression: String, path: [Int], offset: Int, limit: Int) -> ObjectChildren?
    /// The line a breakpoint asked for at `line` lands on (the next line with code).
    func breakpointLine(for line: Int) -> Int?
    func setBreakpointEnabled(line: Int, enabled: Bool)
    func setBreakpointIgnoreCount(line: Int, count: Int)
    /// A watch's value: evaluated like `p`, but not kept in the history.
    func evaluateWatch(_ expression: String) -> String
}
