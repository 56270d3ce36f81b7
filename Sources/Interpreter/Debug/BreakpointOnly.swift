// `scopewalk run --break-at N`: the debugger's hook attached with one
// breakpoint armed, for measuring what an armed-but-never-hit breakpoint
// costs. If the line is reached, the run stops with a message (there is no
// front end to hand control to).

final class BreakpointOnlyHook: TraceHook {
    let line: Int
    init(line: Int) { self.line = line }

    func traceEvent(_ kind: TraceEventKind, frame: Frame, arg: Value?, vm: VM) throws {
        if kind == .line && frame.lastLine == line {
            vm.io.writeStderr("scopewalk: breakpoint at line \(line) reached (use `scopewalk debug` to stop there)\n")
            vm.breakpointBitmap = []
        }
    }
    func pauseCheck(frame: Frame, vm: VM) throws {}
}

extension VM {
    public func attachBreakpointOnly(line: Int) {
        hook = BreakpointOnlyHook(line: line)
        traceAll = false
        var bitmap = [Bool](repeating: false, count: line + 1)
        bitmap[line] = true
        breakpointBitmap = bitmap
    }
}
