// The entry point the command line calls for the full-screen debugger:
//
//     let session: DebugSession = ...   // the debugger core, not started
//     exit(runFullScreen(session: session))
//
// It checks that stdin and stdout are terminals (exit status 2 and a hint
// otherwise), takes over the screen, runs the App until the user quits, and
// always gives the terminal back (see TerminalRestore for the abnormal ways
// out). A session that also conforms to InputAcceptingSession lets the user
// answer the program's input() calls in the Output pane.
import Foundation
import Interpreter

public func runFullScreen(session: DebugSession) -> Int32 {
    guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
        FileHandle.standardError.write(Data("""
            scopewalk: the full-screen debugger needs a terminal on stdin and stdout.
            Without one, use the line-oriented debugger, which reads commands from stdin:
                scopewalk debug prog.py

            """.utf8))
        return 2
    }
    let terminal = CursesTerminal()
    defer { terminal.shutdown() }
    let theme = Theme(capabilities: terminal.capabilities, environment: ProcessInfo.processInfo.environment)
    terminal.apply(theme)
    return App(session: session, terminal: terminal, theme: theme).run()
}
