// What a front end can ask of the debugger core. The core is UI-free; the
// scripted front end (`scopewalk debug`) and the full-screen TUI both drive a
// session through this protocol and only read DebugSnapshot values.
//
// Running is time-sliced rather than threaded: `resume(budget:)` executes
// until the program stops (breakpoint, step finished, exception, end, or a
// pause request) or until the time budget runs out, then returns. A front end
// that wants to stay responsive (Ctrl-C pauses an infinite loop) calls it in a
// loop and polls its keyboard between slices.

public enum DebugCommand: Equatable, Sendable {
    case stepInto
    case stepOver
    case stepOut
    case `continue`
    case runToLine(Int)
    case stepBack
    case stepForward
    case goto(step: Int)
    case restart
    /// Time travel (Debug/TimeTravel): rs, rn, rf, rc.
    case reverse(ReverseCommand)
    /// A small step inside the line: the next sub-expression evaluation.
    case stepExpression
}

public enum ResumeResult: Equatable, Sendable {
    /// Stopped: inspect `snapshot`.
    case stopped
    /// The budget ran out; call `resume(budget:)` again (or `pause()`).
    case stillRunning
}

/// Rules a front end can rely on:
/// - `resume(budget:)` returns `.stopped` at once when no command is running;
/// - a stop never leaves `snapshot.state == .running`: a program waiting in
///   input() stops with `.waitingForInput` (answer it with `provideInput`,
///   then call `resume` again);
/// - snapshots are values: reading one never touches the program's objects.
public protocol DebugSession: AnyObject {
    var snapshot: DebugSnapshot { get }
    /// Starts a command; the program runs until it stops or the budget is used.
    func start(_ command: DebugCommand)
    /// Continues the running command for at most `budget` seconds.
    func resume(budget: Double) -> ResumeResult
    /// Stops a running command at the next event.
    func pause()
    func selectFrame(_ index: Int)
    /// Adds a breakpoint at `line`, or removes the one there.
    func toggleBreakpoint(line: Int)
    func setBreakpoint(line: Int, condition: String?)
    func clearBreakpoint(line: Int)
    /// `p EXPR` in the selected frame: the repr, or the exception line.
    func evaluate(_ expression: String) -> String
}
