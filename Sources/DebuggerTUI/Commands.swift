// The front ends the command line starts: the scripted debugger
// (`scopewalk debug`) and the full-screen one (`scopewalk prog.py`).

import Foundation
import Interpreter
import CNcurses

extension Debugger: InputAcceptingSession {}
extension Debugger: ScreenSession {}

/// Reads pdb-style commands from `--commands "s;n"` or standard input and
/// prints the view after each. Exit status: the program's, once it finished.
/// Jumps are made from checkpoints (Interpreter/Debug/Checkpoints) unless
/// SCOPEWALK_CHECKPOINTS=0.
func runScriptedDebugger(path: String, source: String, commands: String?, prepare: ((Debugger) -> Void)? = nil) -> Int32 {
    let queue = commands.map { $0.split(separator: ";", omittingEmptySubsequences: false).map { String($0) } }
    let useCheckpoints = ProcessInfo.processInfo.environment["SCOPEWALK_CHECKPOINTS"] != "0"
    // The holder (this process) reaps the checkpoints whose parents ended.
    if useCheckpoints { _ = sw_become_child_subreaper() }
    let checkpoints = useCheckpoints ? CheckpointHolder.start() : nil
    var status: Int32 = 0
    Interpreter.onLargeStack {
        let front = ScriptedDebugger(filename: path, source: source)
        let loop = ScriptedSessionLoop(front: front, commands: queue, checkpoints: checkpoints)
        prepare?(front.debugger)
        status = loop.run()
    }
    return status
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
