// One execution of the program under the debugger: its VM, its thread, and
// the trace hook that decides where to stop (bdb's stop_here/break_here).
// The program thread parks in the hook at a stop; `resume` wakes it.

import Foundation

final class ProgramRun: TraceHook {
    /// Weak: an abandoned run may still be unwinding after its debugger is gone.
    weak var debugger: Debugger?
    let filename: String
    let source: String
    let sourceLines: [String]
    let vm: VM
    let io: SessionIO
    let toVM = DispatchSemaphore(value: 0)
    let toUI = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var mode: StepMode
    private var pendingSnapshot: DebugSnapshot?
    private var abandoned = false
    private(set) var isParked = false
    private(set) var isDone = false
    private(set) var isWaitingForInput = false
    private var providedInput: String?? = nil
    /// The stack at the current stop, outermost first.
    var stackFrames: [Frame] = []
    var selectedIndex = 0
    var eventFrame: Frame?
    var executableLines: Set<Int> = []
    /// For narration and change marks: the previous stop.
    private var previousLine: (code: CodeObject, line: Int, function: String)?
    private var lastValues: [String: (Int, String)] = [:]
    private var previousStopEvent = -1
    private var knownFrames = Set<String>()
    /// Why the program stopped, when it is not a plain step (a breakpoint).
    private var stopReason: String?
    private var code: CodeObject?
    /// Breakpoint line -> hits with the condition true in this run (for `ignore`).
    private var conditionPasses: [Int: Int] = [:]

    var selectedFrameObject: Frame? { selectedIndex < stackFrames.count ? stackFrames[selectedIndex] : eventFrame }

    init(debugger: Debugger, log: ReplayLog, mode: StepMode) {
        self.debugger = debugger
        self.filename = debugger.filename
        self.source = debugger.source
        self.sourceLines = debugger.sourceLines
        self.mode = mode
        io = SessionIO()
        vm = VM(filename: debugger.filename, source: debugger.source, io: io)
        vm.replayLog = log
        vm.trackObjects = true
        io.run = self
    }

    func start() {
        let t = Thread { [self] in ThreadStartHook.run(); self.main() }
        t.stackSize = 1 << 29
        t.start()
    }

    private func main() {
        vm.seedRandomFromLog()
        let compiled: CodeObject
        do {
            compiled = try VM.compileProgram(source: source, filename: filename, globals: vm.globals)
        } catch let e as SyntaxErrorInfo {
            io.writeStderr(e.description + "\n")
            finish(exitCode: 1, exception: ExceptionInfo(typeName: e.className, message: e.message, traceback: [], isUncaught: true))
            return
        } catch {
            finish(exitCode: 1, exception: nil)
            return
        }
        code = compiled
        executableLines = allExecutableLines(compiled)
        updateBitmap(breakpointLines)
        configureVM(for: mode)
        vm.hook = self
        let frame = vm.moduleFrame(compiled)
        do {
            try vm.traceEvent(.call, frame, nil)
            _ = try vm.execute(frame)
            finish(exitCode: 0, exception: nil)
        } catch let e as PyError {
            let exc = e.exception
            if exc.cls.isSubtype(of: BuiltinTypes.SystemExit) {
                finish(exitCode: vm.reportUncaught(exc), exception: nil)
                return
            }
            _ = vm.reportUncaught(exc)
            postMortem(exc)
        } catch {
            // DebuggerQuit: the run was abandoned.
            markDone()
        }
    }

    private func allExecutableLines(_ code: CodeObject) -> Set<Int> {
        var lines = code.executableLines
        for c in code.constants {
            if case .object(let o) = c, let pc = o as? PyCode { lines.formUnion(allExecutableLines(pc.code)) }
        }
        return lines
    }

    func updateBitmap(_ lines: [Int]) {
        var bitmap = [Bool](repeating: false, count: (lines.max() ?? 0) + 1)
        for l in lines where l >= 0 { bitmap[l] = true }
        if case .runToLine(let n) = mode, n > 0 {
            if n >= bitmap.count { bitmap += Array(repeating: false, count: n - bitmap.count + 1) }
            bitmap[n] = true
        }
        vm.breakpointBitmap = bitmap
    }

    private func configureVM(for mode: StepMode) {
        switch mode {
        case .continueRun, .runToLine, .toEvent:
            vm.traceAll = false
        default:
            vm.traceAll = true
        }
        if case .toEvent(let n) = mode { vm.stopAtEvent = n } else { vm.stopAtEvent = -1 }
        updateBitmap(breakpointLines)
    }

    private var breakpointLines: [Int] { debugger.map { Array($0.breakpoints.keys) } ?? [] }

    // MARK: The hook

    func traceEvent(_ kind: TraceEventKind, frame: Frame, arg: Value?, vm: VM) throws {
        if vm.pauseRequested {
            vm.pauseRequested = false
            try stop(kind, frame, arg)
            return
        }
        guard let debugger = debugger else { throw DebuggerQuit() }
        var shouldStop = false
        let line = kind == .line ? frame.lastLine : -1
        if kind == .line, line >= 0, line < vm.breakpointBitmap.count, vm.breakpointBitmap[line], debugger.breakpoints[line] != nil {
            if let bp = debugger.hitBreakpoint(line: line), debugger.conditionHolds(bp, vm: vm, frame: frame) {
                // Counted per run, so a replay passes over the same hits.
                conditionPasses[line, default: 0] += 1
                shouldStop = conditionPasses[line, default: 0] > bp.ignoreCount
                if shouldStop {
                    stopReason = "breakpoint at line \(line)" + (bp.condition.map { " (\($0))" } ?? "") + ", hit \(bp.hits) time\(bp.hits == 1 ? "" : "s")"
                }
            }
        }
        switch mode {
        case .firstLine: shouldStop = shouldStop || kind == .line
        case .stepInto: shouldStop = true
        case .stepOver(let f):
            shouldStop = shouldStop || frame === f || !isAncestor(f, of: frame)
        case .stepOut(let f):
            shouldStop = shouldStop || (kind == .return && frame === f) || (frame !== f && !isAncestor(f, of: frame))
        case .continueRun: break
        case .runToLine(let n): shouldStop = shouldStop || (kind == .line && line == n)
        case .untilLine(let n, let f):
            shouldStop = shouldStop || (frame === f && kind == .line && line >= n) || (frame !== f && !isAncestor(f, of: frame)) || (frame === f && kind == .return)
        case .toEvent(let n): shouldStop = vm.eventCount >= n
        }
        if shouldStop { try stop(kind, frame, arg) }
    }

    func pauseCheck(frame: Frame, vm: VM) throws {
        if vm.pauseRequested {
            vm.pauseRequested = false
            vm.eventCount += 1
            frame.lastIP = frame.ip - 1
            // The pause comes at a backward jump, which may have no line of
            // its own (as in CPython): the loop stops at the line it is
            // about to run, that of the first located instruction from the target on.
            let lines = frame.code.lines
            var i = max(0, frame.ip)
            while i < lines.count && lines[i] <= 0 { i += 1 }
            if i < lines.count { frame.lastLine = Int(lines[i]) }
            try stop(.line, frame, nil)
        }
    }

    /// True if `a` is `b` or one of b's callers.
    private func isAncestor(_ a: Frame, of b: Frame) -> Bool {
        var f: Frame? = b
        while let x = f {
            if x === a { return true }
            f = x.back
        }
        return false
    }

    // MARK: Stopping

    private func stop(_ kind: TraceEventKind, _ frame: Frame, _ arg: Value?) throws {
        var frames: [Frame] = []
        var f: Frame? = frame
        // Library frames (Modules/Lib) are not shown, as Thonny hides them
        // and CPython's C functions have none: reduce() calling the
        // program's add() shows <module> -> add.
        while let x = f { if !x.code.isLibrary { frames.append(x) }; f = x.back }
        stackFrames = frames.reversed()
        selectedIndex = stackFrames.count - 1
        eventFrame = frame
        var exception: ExceptionInfo? = nil
        var excObject: PyExceptionObject? = nil
        if kind == .exception, case .object(let o)? = arg, let e = o as? PyExceptionObject {
            excObject = e
            exception = ExceptionInfo(typeName: e.cls.name, message: (try? vm.str(arg!)) ?? "", traceback: e.traceback.reversed().map { TracebackEntry(function: $0.code.name, line: $0.line) }, isUncaught: false)
        }
        let line: Int
        switch kind {
        case .call: line = frame.code.kind == .module ? 1 : (frame.ip > 0 ? frame.lastLine : frame.code.firstLineNumber)
        case .exception: line = frame.lineForTraceback
        case .return: line = arg == nil ? frame.lineForTraceback : max(frame.lastLine, frame.code.firstLineNumber)
        case .line: line = frame.lastLine
        }
        let snap = makeSnapshot(kind: kind, line: line, eventFrame: frame, returnValue: kind == .return ? (arg ?? Value.none) : nil,
                                exception: exception, excObject: excObject, state: .paused)
        try park(snap)
    }

    private func postMortem(_ exc: PyExceptionObject) {
        stackFrames = exc.traceback.reversed().compactMap { $0.frame }.filter { !$0.code.isLibrary }
        selectedIndex = max(0, stackFrames.count - 1)
        eventFrame = stackFrames.last
        let info = ExceptionInfo(typeName: exc.cls.name, message: (try? vm.str(.object(exc))) ?? "",
                                 traceback: exc.traceback.reversed().map { TracebackEntry(function: $0.code.name, line: $0.line) }, isUncaught: true)
        let line = exc.traceback.first?.line ?? 0
        let snap = makeSnapshot(kind: .exception, line: line, eventFrame: eventFrame, returnValue: nil, exception: info, excObject: exc, state: .exception)
        do {
            try park(snap)
        } catch {}
        finish(exitCode: 1, exception: info)
    }

    private func finish(exitCode: Int32, exception: ExceptionInfo?) {
        guard let debugger = debugger else { markDone(); toUI.signal(); return }
        var snap = debugger.snapshot
        if !stackFrames.isEmpty || pendingSnapshot == nil {
            if exception == nil {
                // The program ended: the frames of the last stop are gone.
                stackFrames = []
                selectedIndex = 0
                eventFrame = nil
            }
            snap = makeSnapshot(kind: .return, line: snap.line, eventFrame: nil, returnValue: nil, exception: exception, excObject: nil, state: .finished(exitCode: exitCode))
        }
        snap.state = .finished(exitCode: exitCode)
        snap.exception = exception ?? snap.exception
        snap.output = io.text
        snap.step = vm.eventCount
        lock.lock()
        pendingSnapshot = snap
        lock.unlock()
        markDone()
        toUI.signal()
    }

    private func markDone() {
        lock.lock()
        isDone = true
        isParked = false
        lock.unlock()
    }

    /// Publishes the snapshot and waits for the next command.
    private func park(_ snap: DebugSnapshot) throws {
        lock.lock()
        pendingSnapshot = snap
        isParked = true
        lock.unlock()
        toUI.signal()
        toVM.wait()
        lock.lock()
        isParked = false
        let quit = abandoned
        lock.unlock()
        if quit { throw DebuggerQuit() }
        configureVM(for: mode)
    }

    func takeSnapshot() -> DebugSnapshot? {
        lock.lock()
        defer { lock.unlock() }
        let s = pendingSnapshot
        return s
    }

    func resume(mode newMode: StepMode) {
        mode = newMode
        lock.lock()
        pendingSnapshot = nil
        lock.unlock()
        toVM.signal()
    }

    func abandon() {
        lock.lock()
        abandoned = true
        let parked = isParked || isWaitingForInput
        lock.unlock()
        vm.pauseRequested = true
        if parked { toVM.signal() }
    }

    // MARK: input()

    /// Called on the program thread by input(): parks until the front end
    /// provides a line.
    func waitForInput() -> String? {
        guard let debugger = debugger else { vm.pauseRequested = true; return nil }
        var snap = debugger.snapshot
        if let f = vm.currentFrame {
            var frames: [Frame] = []
            var x: Frame? = f
            while let y = x { frames.append(y); x = y.back }
            stackFrames = frames.reversed()
            selectedIndex = stackFrames.count - 1
            eventFrame = f
            snap = makeSnapshot(kind: .line, line: f.lastLine, eventFrame: f, returnValue: nil, exception: nil, excObject: nil, state: .waitingForInput)
        }
        snap.state = .waitingForInput
        lock.lock()
        pendingSnapshot = snap
        isWaitingForInput = true
        lock.unlock()
        toUI.signal()
        toVM.wait()
        lock.lock()
        isWaitingForInput = false
        let line = providedInput ?? nil
        providedInput = nil
        let quit = abandoned
        lock.unlock()
        if quit { vm.pauseRequested = true }
        return line
    }

    func deliverInput(_ line: String?) {
        lock.lock()
        providedInput = .some(line)
        pendingSnapshot = nil
        lock.unlock()
        toVM.signal()
    }

    // MARK: Snapshot

    private func makeSnapshot(kind: TraceEventKind, line: Int, eventFrame: Frame?, returnValue: Value?, exception: ExceptionInfo?, excObject: PyExceptionObject?, state: RunState) -> DebugSnapshot {
        let insp = Inspector(vm: vm)
        var stack: [FrameInfo] = []
        for (i, f) in stackFrames.enumerated() {
            let l = f === eventFrame ? line : f.lineForTraceback
            stack.append(FrameInfo(function: f.code.kind == .module ? "<module>" : f.qualname, line: l, isSelected: i == selectedIndex))
        }
        var scopes = ScopesView()
        if let sel = selectedFrameObject { scopes = insp.scopes(of: sel) } else {
            scopes.global = insp.globalBindings()
            scopes.builtins = vm.builtinNames
            scopes.isModuleFrame = true
        }
        var cells = insp.cells()
        // What the previous step did.
        var effects = StepEffects()
        let stepped = previousStopEvent >= 0 && vm.eventCount == previousStopEvent + 1
        if let prev = previousLine, stepped {
            effects.accesses = insp.accesses(code: prev.code, line: prev.line, frame: eventFrame)
        }
        if let reason = stopReason {
            effects.narration = reason
        } else if let f = eventFrame {
            effects.narration = insp.narrate(event: kind, frame: f, accesses: effects.accesses, returnValue: returnValue, exception: excObject, previousFunction: stepped ? previousLine?.function : nil)
        }
        stopReason = nil
        previousStopEvent = vm.eventCount
        markChanges(&scopes, &cells, &effects, isCallEvent: kind == .call)
        if let f = eventFrame, kind == .line {
            previousLine = (f.code, line, f.code.kind == .module ? "the module" : f.code.name)
        } else {
            previousLine = nil
        }
        return DebugSnapshot(filename: filename, sourceLines: sourceLines, state: state, step: vm.eventCount,
                             event: kind.rawValue, line: line, stack: stack, selectedFrame: selectedIndex, scopes: scopes,
                             cells: cells, effects: effects, output: io.text, exception: exception,
                             breakpoints: debugger?.breakpointList ?? [], returnValue: returnValue.map { vm.boundedRepr($0) })
    }

    /// Marks bindings new / rebound / mutated against the previous stop.
    private func markChanges(_ scopes: inout ScopesView, _ cells: inout [CellInfo], _ effects: inout StepEffects, isCallEvent: Bool) {
        var now: [String: (Int, String)] = [:]
        let frameKey = selectedFrameObject.map { "\(ObjectIdentifier($0).hashValue)" } ?? "m"
        // A frame seen for the first time (other than at its own call) has
        // no "before": nothing in it is marked as changed.
        let frameIsKnown = knownFrames.contains(frameKey) || isCallEvent
        knownFrames.insert(frameKey)
        func mark(_ key: String, _ b: inout Binding, _ scope: ResolvedScope, identity: Int?) {
            guard !b.isUnbound, let id = identity else { return }
            now[key] = (id, b.value)
            guard !lastValues.isEmpty, frameIsKnown || key.hasPrefix("g/") || key.hasPrefix("cell/") else { return }
            if let old = lastValues[key] {
                if old.0 != id { b.change = .rebound } else if old.1 != b.value { b.change = .mutated }
            } else {
                b.change = .new
            }
            if let c = b.change { effects.changes.append(BindingChange(name: b.name, scope: scope, kind: c)) }
        }
        let frame = selectedFrameObject
        for i in scopes.local.indices {
            let name = scopes.local[i].name
            let v = frame.flatMap { localValue($0, name) }
            mark("\(frameKey)/\(name)", &scopes.local[i], scopes.local[i].cellLabel == nil ? .local : .cell, identity: v?.identity)
        }
        for i in scopes.enclosing.indices {
            let name = scopes.enclosing[i].binding.name
            let v = frame?.cell(named: name)?.contents
            mark("cell/\(scopes.enclosing[i].binding.cellLabel ?? name)", &scopes.enclosing[i].binding, .free, identity: v?.identity)
        }
        for i in scopes.global.indices {
            let name = scopes.global[i].name
            mark("g/\(name)", &scopes.global[i], .global, identity: vm.globals[name]?.identity)
        }
        for i in cells.indices {
            let key = "cellinfo/\(cells[i].label)"
            guard let contents = cells[i].contents else { continue }
            let old = lastValues[key]
            now[key] = (0, contents)
            if !lastValues.isEmpty {
                if old == nil { cells[i].change = .new } else if old!.1 != contents { cells[i].change = .rebound }
            }
        }
        // Keep values of frames not shown now, so switching frames does not
        // mark everything new.
        for (k, v) in lastValues where now[k] == nil && !k.hasPrefix("\(frameKey)/") { now[k] = v }
        lastValues = now
    }

    private func localValue(_ f: Frame, _ name: String) -> Value? {
        if let ns = f.classNamespace { return (try? ns.get(.str(name), vm: vm)) ?? nil }
        for (n, v) in f.boundLocals() where n == name { return v }
        return nil
    }
}

/// The program's standard streams inside the debugger: output is kept for
/// the output pane, input() parks the program until the front end answers.
final class SessionIO: ProgramIO {
    private let lock = NSLock()
    private var buffer = ""
    weak var run: ProgramRun?

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return buffer
    }

    func writeStdout(_ text: String) {
        lock.lock()
        buffer += text
        lock.unlock()
    }

    func writeStderr(_ text: String) { writeStdout(text) }

    func inputWasReplayed(_ line: String?) { writeStdout((line ?? "") + "\n") }

    func readLine() -> String? {
        guard let r = run else { return nil }
        let line = r.waitForInput()
        // Echo as a terminal would.
        writeStdout((line ?? "") + "\n")
        return line
    }
}
