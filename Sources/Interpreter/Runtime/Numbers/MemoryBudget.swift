// The allocation budget: a request for more than this raises MemoryError
// (as CPython's failed malloc does) instead of aborting, or growing until
// the machine's memory runs out.

import Foundation

public enum MemoryBudget {
    /// Bytes one object may take: half the machine's memory, at most 8 GiB.
    /// `SCOPEWALK_MEMORY_LIMIT` (bytes, or with a K/M/G suffix) sets it.
    nonisolated(unsafe) public static var limitBytes: Int = {
        if let s = ProcessInfo.processInfo.environment["SCOPEWALK_MEMORY_LIMIT"], let n = parse(s) { return n }
        let physical = Int(clamping: ProcessInfo.processInfo.physicalMemory)
        return max(1 << 28, min(physical / 2, 8 << 30))
    }()

    static func parse(_ s: String) -> Int? {
        var t = s.trimmingCharacters(in: .whitespaces).uppercased()
        var mul = 1
        if let last = t.last, let m = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30][String(last)] {
            mul = m
            t.removeLast()
        }
        guard let n = Int(t), n > 0 else { return nil }
        return n.multipliedReportingOverflow(by: mul).overflow ? Int.max : n * mul
    }

    /// MemoryError unless `count` items of `size` bytes fit in the budget.
    @inline(__always)
    public static func check(count: Int, size: Int) throws {
        let (total, o) = count.multipliedReportingOverflow(by: max(size, 1))
        if o || count < 0 || total > limitBytes { throw error }
    }

    /// A bare MemoryError, as CPython raises it.
    public static var error: PyError { PyError(PyExceptionObject(cls: BuiltinTypes.MemoryError, args: [])) }
}

/// Set by the front end (the full-screen debugger installs an alternate
/// signal stack in every thread that runs Python); threads that run the
/// interpreter call `ThreadStartHook.run()` first.
public enum ThreadStartHook {
    nonisolated(unsafe) public static var onThreadStart: (() -> Void)?
    public static func run() { onThreadStart?() }
}
