// Every way out of the program gives the terminal back: normal return
// (CursesTerminal.shutdown), exit() anywhere (atexit), SIGINT/SIGTERM/SIGHUP
// (restore, then _exit), and crashes (restore, then the previous handler, so
// Swift's backtrace still prints, now on a usable terminal).
//
// endwin() is not on POSIX's async-signal-safe list. Like pudb and urwid we
// call it anyway: the process is about to die, and a terminal left in raw
// mode with the alternate screen on is worse than the tiny risk.
import CNcurses
import Glibc

nonisolated(unsafe) private var cursesIsActive = false
nonisolated(unsafe) private var handlersInstalled = false
/// The handlers that were there before ours, indexed by signal number.
nonisolated(unsafe) private var previousActions: UnsafeMutablePointer<sigaction>? = nil
private let previousActionsCount = 32

private let terminatingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
private let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

enum TerminalRestore {
    static func install() {
        guard !handlersInstalled else { return }
        handlersInstalled = true
        let saved = UnsafeMutablePointer<sigaction>.allocate(capacity: previousActionsCount)
        saved.initialize(repeating: sigaction(), count: previousActionsCount)
        previousActions = saved
        atexit { restoreTerminal() }
        for signal in terminatingSignals { installHandler(signal, handler: onTerminatingSignal) }
        for signal in crashSignals { installHandler(signal, handler: onCrashSignal) }
    }

    static func cursesStarted() { cursesIsActive = true }

    static func restore() { restoreTerminal() }

    private static func installHandler(_ signal: Int32, handler: @escaping @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        let slot = signal >= 0 && signal < Int32(previousActionsCount) ? previousActions.map { $0 + Int(signal) } : nil
        _ = sigaction(signal, &action, slot)
    }
}

private func restoreTerminal() {
    guard cursesIsActive else { return }
    cursesIsActive = false
    _ = endwin()
}

private func onTerminatingSignal(_ signal: Int32) {
    restoreTerminal()
    _exit(128 + signal)
}

private func onCrashSignal(_ signal: Int32) {
    restoreTerminal()
    // Put the previous handler back and re-raise: the crash is reported as usual.
    if let previousActions, signal >= 0, signal < Int32(previousActionsCount) {
        _ = sigaction(signal, previousActions + Int(signal), nil)
    } else {
        _ = Glibc.signal(signal, SIG_DFL)
    }
    _ = raise(signal)
}
