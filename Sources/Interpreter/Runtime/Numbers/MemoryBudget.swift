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

    public static func parse(_ s: String) -> Int? {
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
        // A big request also counts what the process already holds, so the
        // whole process stays under the limit (growing lists check here too).
        if total >= 1 << 20, residentBytes() + total > limitBytes { throw error }
    }

    /// The process's resident set (Linux: /proc/self/statm), 0 if unknown.
    static func residentBytes() -> Int {
        let fd = open("/proc/self/statm", O_RDONLY)
        if fd < 0 { return 0 }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 96)
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, 95) }
        if n <= 0 { return 0 }
        // "size resident shared ...", in pages.
        let fields = buffer[0..<n].split(separator: UInt8(ascii: " "))
        guard fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
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
