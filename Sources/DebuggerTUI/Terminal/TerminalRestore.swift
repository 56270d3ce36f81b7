// Every way out of the program gives the terminal back: normal return
// (CursesTerminal.shutdown), exit() anywhere (atexit), SIGINT/SIGTERM/SIGHUP
// (restore, then _exit), and crashes.
//
// Crashes (SIGSEGV, SIGBUS, SIGABRT, SIGILL, SIGFPE, SIGTRAP) are caught on an
// alternate signal stack, so a native stack overflow can still run the
// handler. The handler only makes async-signal-safe calls: write(2) of the
// escape sequences that reset attributes, show the cursor, stop mouse
// reporting and leave the alternate screen, then tcsetattr(2) with the
// settings saved before curses started. Then the crash goes on: to Swift's
// backtracer when it was made non-interactive (it prints its report on the
// restored terminal), otherwise to the default action (the process dies with
// the signal). Swift's interactive backtracer never takes over the screen: the
// full-screen debugger re-executes itself once with
// SWIFT_BACKTRACE=interactive=no when that was not chosen already.
//
// SCOPEWALK_TEST_CRASH=segv (tests only) raises SIGSEGV once the first frame
// has been drawn, to check all of this in a real terminal.
import CNcurses
import Glibc
import Interpreter

nonisolated(unsafe) private var cursesIsActive = false
nonisolated(unsafe) private var handlersInstalled = false
/// The handlers that were there before ours, indexed by signal number.
nonisolated(unsafe) private var previousActions: UnsafeMutablePointer<sigaction>? = nil
private let previousActionsCount = 65
/// The terminal's settings before curses changed them.
nonisolated(unsafe) private var savedTermios = termios()
nonisolated(unsafe) private var haveSavedTermios = false
/// Whether the previous crash handlers may run (Swift's backtracer, made non-interactive).
nonisolated(unsafe) private var chainToPrevious = false

private let terminatingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
private let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

/// Attributes off, cursor shown, mouse reporting off, keypad mode off, main screen.
private let resetSequence: [UInt8] = Array("\u{1B}[0m\u{1B}[?25h\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l\u{1B}[?1l\u{1B}>\u{1B}[?1049l\r\n".utf8)
nonisolated(unsafe) private let resetBytes: UnsafeMutablePointer<UInt8> = {
    let p = UnsafeMutablePointer<UInt8>.allocate(capacity: resetSequence.count)
    p.initialize(from: resetSequence, count: resetSequence.count)
    return p
}()
private let resetCount = resetSequence.count

enum TerminalRestore {
    static func install() {
        guard !handlersInstalled else { return }
        handlersInstalled = true
        let backtrace = getenv("SWIFT_BACKTRACE").map { String(cString: $0) } ?? ""
        chainToPrevious = backtrace.contains("interactive=no") || backtrace.contains("enable=no")
        if !chainToPrevious && getenv("SCOPEWALK_NO_REEXEC") == nil && isatty(STDOUT_FILENO) != 0 {
            reexecWithQuietBacktracer(backtrace)
        }
        if tcgetattr(STDIN_FILENO, &savedTermios) == 0 { haveSavedTermios = true }
        let saved = UnsafeMutablePointer<sigaction>.allocate(capacity: previousActionsCount)
        saved.initialize(repeating: sigaction(), count: previousActionsCount)
        previousActions = saved
        atexit { restoreTerminal() }
        installAlternateStack()
        // Threads that run Python get their own alternate stack too.
        ThreadStartHook.onThreadStart = { installAlternateStack() }
        for signal in terminatingSignals { installHandler(signal, handler: onTerminatingSignal, onStack: false) }
        for signal in crashSignals { installHandler(signal, handler: onCrashSignal, onStack: true) }
    }

    static func cursesStarted() { cursesIsActive = true }

    static func restore() { restoreTerminal() }

    /// A frame is on the screen: the test-only crash may happen now.
    static func frameShown() {
        guard let v = getenv("SCOPEWALK_TEST_CRASH") else { return }
        if String(cString: v) == "segv" { _ = raise(SIGSEGV) }
    }

    /// Runs this program again with Swift's backtracer non-interactive (once).
    private static func reexecWithQuietBacktracer(_ current: String) {
        let value = current.isEmpty ? "interactive=no" : current + ",interactive=no"
        setenv("SWIFT_BACKTRACE", value, 1)
        _ = execv("/proc/self/exe", CommandLine.unsafeArgv)
        // exec failed: carry on with the default action for crashes.
    }

    /// sigaltstack for the calling thread (idempotent per thread).
    static func installAlternateStack() {
        var current = stack_t()
        if sigaltstack(nil, &current) == 0, current.ss_flags & Int32(SS_DISABLE) == 0, current.ss_sp != nil { return }
        let size = 256 * 1024
        guard let memory = malloc(size) else { return }
        var st = stack_t()
        st.ss_sp = memory
        st.ss_size = size
        st.ss_flags = 0
        _ = sigaltstack(&st, nil)
    }

    private static func installHandler(_ signal: Int32, handler: @escaping @convention(c) (Int32) -> Void, onStack: Bool) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = onStack ? Int32(SA_ONSTACK) : 0
        let slot = signal >= 0 && signal < Int32(previousActionsCount) ? previousActions.map { $0 + Int(signal) } : nil
        _ = sigaction(signal, &action, slot)
    }
}

private func restoreTerminal() {
    guard cursesIsActive else { return }
    cursesIsActive = false
    _ = endwin()
}

/// Async-signal-safe: write(2) and tcsetattr(2) only.
private func restoreTerminalFromSignal() {
    guard cursesIsActive else { return }
    cursesIsActive = false
    var done = 0
    while done < resetCount {
        let n = write(STDOUT_FILENO, resetBytes + done, resetCount - done)
        if n <= 0 { break }
        done += n
    }
    if haveSavedTermios { _ = tcsetattr(STDIN_FILENO, TCSANOW, &savedTermios) }
}

private func onTerminatingSignal(_ signal: Int32) {
    restoreTerminalFromSignal()
    _exit(128 + signal)
}

private func onCrashSignal(_ signal: Int32) {
    restoreTerminalFromSignal()
    if chainToPrevious, let previousActions, signal >= 0, signal < Int32(previousActionsCount) {
        // Swift's backtracer, non-interactive: it prints on the restored terminal.
        _ = sigaction(signal, previousActions + Int(signal), nil)
    } else {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&action.sa_mask)
        _ = sigaction(signal, &action, nil)
    }
    // Unblock it (we are inside its handler) and raise it again.
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, signal)
    _ = pthread_sigmask(SIG_UNBLOCK, &set, nil)
    _ = raise(signal)
}
