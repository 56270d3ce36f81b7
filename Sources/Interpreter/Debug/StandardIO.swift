// The real standard streams, buffered like CPython's: stdout is flushed at
// each newline on a terminal, otherwise when the buffer fills, before stderr
// is written, before input is read, and at exit.

import Foundation

public final class StandardIO: ProgramIO {
    private var buffer: [UInt8] = []
    private let lineBuffered: Bool
    /// Where the program's stdout goes: 1, or 2 when stdout carries
    /// something else (`scopewalk trace` without --out writes JSON there).
    private let stdoutDescriptor: Int32

    public init(stdoutDescriptor: Int32 = 1) {
        self.stdoutDescriptor = stdoutDescriptor
        lineBuffered = isatty(stdoutDescriptor) != 0
        buffer.reserveCapacity(1 << 16)
    }

    public func writeStdout(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 || (lineBuffered && text.contains("\n")) { flush() }
    }

    public func writeStderr(_ text: String) {
        flush()
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { p in writeAll(2, p) }
    }

    public func readLine() -> String? {
        flush()
        return Swift.readLine(strippingNewline: true)
    }

    public func flush() {
        if buffer.isEmpty { return }
        buffer.withUnsafeBufferPointer { p in writeAll(stdoutDescriptor, p) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ fd: Int32, _ p: UnsafeBufferPointer<UInt8>) {
        var offset = 0
        while offset < p.count {
            let n = write(fd, p.baseAddress! + offset, p.count - offset)
            if n <= 0 { return }
            offset += n
        }
    }

    deinit { flush() }
}
