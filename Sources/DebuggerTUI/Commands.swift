// The front ends the command line starts: the scripted debugger
// (`scopewalk debug`) and the full-screen one (`scopewalk prog.py`).

import Foundation
import Interpreter

extension Debugger: InputAcceptingSession {}
extension Debugger: ScreenSession {}

/// Reads pdb-style commands from `--commands "s;n"` or standard input and
/// prints the view after each. Exit status: the program's, once it finished.
func runScriptedDebugger(path: String, source: String, commands: String?, prepare: ((Debugger) -> Void)? = nil) -> Int32 {
    var queue: [String] = commands.map { $0.split(separator: ";", omittingEmptySubsequences: false).map { String($0) } } ?? []
    let fromStdin = commands == nil
    func nextLine() -> String? {
        if !queue.isEmpty { return queue.removeFirst() }
        return fromStdin ? readLine(strippingNewline: true) : nil
    }
    var status: Int32 = 0
    Interpreter.onLargeStack {
        let front = ScriptedDebugger(filename: path, source: source)
        front.nextInputLine = { nextLine() }
        prepare?(front.debugger)
        emit(front.banner())
        while !front.finished {
            if fromStdin && isatty(0) != 0 { emit("(scopewalk) ") }
            guard let line = nextLine() else { break }
            emit(front.execute(line))
        }
        if case .finished(let code) = front.debugger.snapshot.state { status = code }
        front.debugger.quit()
    }
    return status
}

private func emit(_ s: String) {
    FileHandle.standardOutput.write(s.data(using: .utf8)!)
}

func runFullScreenDebugger(path: String, source: String) -> Int32 {
    guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
        return runFullScreen(session: NoSession())
    }
    var status: Int32 = 0
    let debugger = Debugger(filename: path, source: source)
    status = runFullScreen(session: debugger)
    debugger.quit()
    return status
}

/// Stands in when there is no terminal: runFullScreen only prints its hint.
private final class NoSession: DebugSession {
    var snapshot = DebugSnapshot(filename: "", sourceLines: [], state: .notStarted, step: 0, event: "", line: 0, stack: [], selectedFrame: 0,
                                 scopes: ScopesView(), cells: [], effects: StepEffects(), output: "", exception: nil, breakpoints: [])
    func start(_ command: DebugCommand) {}
    func resume(budget: Double) -> ResumeResult { .stopped }
    func pause() {}
    func selectFrame(_ index: Int) {}
    func toggleBreakpoint(line: Int) {}
    func setBreakpoint(line: Int, condition: String?) {}
    func clearBreakpoint(line: Int) {}
    func evaluate(_ expression: String) -> String { "" }
}
