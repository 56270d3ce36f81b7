// The library's front door: run a program's source as `python3 prog.py` would.

import Foundation

/// Where a program's standard streams go. The TUI routes them to its output
/// pane; the command line to the real streams; tests capture them.
public protocol ProgramIO: AnyObject {
    func writeStdout(_ text: String)
    func writeStderr(_ text: String)
    /// One line of standard input without its newline; nil at end of input.
    func readLine() -> String?
    /// A debugger replay answered input() from its log: echo it if the
    /// stream is shown as a terminal would show it.
    func inputWasReplayed(_ line: String?)
}

extension ProgramIO {
    public func inputWasReplayed(_ line: String?) {}
}

/// Captures output in memory and feeds input from a list (tests, replay).
public final class CapturedIO: ProgramIO {
    public private(set) var stdout = ""
    public private(set) var stderr = ""
    public var inputLines: [String]
    public init(input: [String] = []) { self.inputLines = input }
    public func writeStdout(_ text: String) { stdout += text }
    public func writeStderr(_ text: String) { stderr += text }
    public func readLine() -> String? {
        if inputLines.isEmpty { return nil }
        return inputLines.removeFirst()
    }
}

public enum Interpreter {
    /// Compiles and runs `source`; returns the exit status `python3` would
    /// give (0, 1 after an uncaught exception or a SyntaxError, or the
    /// SystemExit code). Tracebacks go to `io`'s stderr.
    public static func run(source: String, filename: String, io: ProgramIO, folder: String? = nil) -> Int32 {
        var status: Int32 = 0
        onLargeStack { status = runProgram(source: source, filename: filename, io: io) { vm in if let f = folder { vm.programFolder = f } } }
        return status
    }

    /// Runs `body` on a thread with a large stack: Swift code that calls
    /// back into Python (sorted's key, __repr__, generators) nests native
    /// frames, and RecursionError must come before the real stack runs out.
    public static func onLargeStack(_ body: @escaping () -> Void) {
        let done = DispatchSemaphore(value: 0)
        let t = Thread {
            ThreadStartHook.run()
            body()
            done.signal()
        }
        t.stackSize = 1 << 29
        t.start()
        done.wait()
    }
}
