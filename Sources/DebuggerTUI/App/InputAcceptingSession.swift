// A proposed addition to DebugSession (Interpreter/Debug is not ours to
// edit): how the front end hands a running program the line typed for
// input(). The App uses it when the session conforms; otherwise it says the
// session cannot take input.
import Interpreter

public protocol InputAcceptingSession: DebugSession {
    /// Answers the program's pending input() (snapshot.state is
    /// .waitingForInput) with `line`, without its newline, or with end of
    /// input when nil (input() raises EOFError). The core echoes the line and
    /// a newline into `snapshot.output`, as a terminal would, and the command
    /// that was running goes on: the front end calls resume(budget:) next.
    func provideInput(_ line: String?)
}
