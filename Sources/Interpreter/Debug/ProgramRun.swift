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
    private(set) var toVM = DispatchSemaphore(value: 0)
    private(set) var toUI = DispatchSemaphore(value: 0)
    private var lock = NSLock()
    /// The next event to fork a checkpoint at (-1: none; Checkpoints/).
    var checkpointAt = -1
    var mode: StepMode
    /// Stops inside the line (Debug/ExpressionStepping).
    let expressionStepper = ExpressionStepper()
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
    /// For narration and change marks: the previous stop (or the replay's baseline).
    var previousLine: (code: CodeObject, line: Int, function: String)?
    var lastValues: [String: (Int, String)] = [:]
    /// Frames whose locals lastValues holds (false when the stack was too deep to record all).
    var lastValuesCoverAllFrames = true
    var lastFrames = Set<String>()
    /// The event the last snapshot's marks compared with (-1: none).
    var baselineOfLastSnapshot = -1
    var previousStopEvent = -1
    /// Why the program stopped, when it is not a plain step (a breakpoint).
    var stopReason: String?
    private var code: CodeObject?
    /// Breakpoint line -> hits with the condition true in this run (for `ignore`).
    private var conditionPasses: [Int: Int] = [:]
    /// Breakpoint line -> hits in this run (replays count their own, so a
    /// breakpoint hit twice says twice however often you step back).
    private var hitCounts: [Int: Int] = [:]
    /// Keys the objects this run makes, for labels that survive replay.
    var recorder: AllocationRecorder?
    /// Replay: the stop whose state the target's change marks and narration
    /// compare against (the stop the user stepped from when first there).
    var baselineEvent: Int?
    /// The user's evaluations by event, repeated when the run passes there.
    var evaluations: [Int: [RecordedEvaluation]] = [:]
    /// Objects more than one shown binding refers to, with their labels (for children()).
    var aliasLabels: [ObjectIdentifier: String] = [:]
    /// The stop is a frame's return event while an exception unwinds it (CPython's arg None).
    var unwinding = false
    /// The exception last raised (for the frames it unwinds).
    var lastRaised: PyExceptionObject?

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
        GCRegistry.enableThreadSafety()
        let t = Thread { [self] in ThreadStartHook.run(); self.main() }
        t.stackSize = 1 << 29
        t.start()
    }

    private func main() {
        recorder = vm.installAllocationRecorder()
        vm.seedRandomFromLog()
        let compiled: CodeObject
        do {
            compiled = try VM.compileProgram(source: source, filename: filename, globals: vm.globals,
                                             warn: { [io] in io.writeStderr($0) })
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

    func configureVM(for mode: StepMode) {
        switch mode {
        case .continueRun, .runToLine, .toEvent:
            vm.traceAll = false
        default:
            vm.traceAll = true
        }
        // Stepping over or out of f stops only in f or in a frame no deeper
        // than f (frames deeper than f run inside it): the VM hands deeper
        // frames' events to the hook as when running free (breakpoints only).
        switch mode {
        case .stepOver(let f), .stepOut(let f), .untilLine(_, let f): vm.stepDepthLimit = f.depth
        default: vm.stepDepthLimit = Int.max
        }
        if checkpointAt <= vm.eventCount, let store = debugger?.checkpoints { checkpointAt = store.nextEvent(after: vm.eventCount) }
        vm.stopAtEvent = nextSpecialEvent()
        updateBitmap(breakpointLines)
    }

    /// The next event the hook must see even when running free: the
    /// replay's baseline, an event with recorded evaluations, the target.
    private func nextSpecialEvent() -> Int {
        let now = vm.eventCount
        var candidates = evaluations.keys.filter { $0 > now }
        if let b = baselineEvent, b > now { candidates.append(b) }
        if checkpointAt > now { candidates.append(checkpointAt) }
        if case .toEvent(let n) = mode { candidates.append(n) }
        return candidates.min() ?? -1
    }

    /// At an event the run passes without stopping: repeat the user's
    /// evaluations made there, and take the baseline's state silently.
    private func passSpecialEvent(_ frame: Frame, kind: TraceEventKind) {
        let e = vm.eventCount
        if evaluations[e] != nil { applyEvaluations(at: e) }
        if e == baselineEvent {
            baselineEvent = nil
            takeSilentSnapshot(frame, kind: kind)
        }
        vm.stopAtEvent = nextSpecialEvent()
    }

    func takeSilentSnapshot(_ frame: Frame, kind: TraceEventKind) {
        let saved = (stackFrames, selectedIndex, eventFrame)
        setStack(from: frame)
        _ = makeSnapshot(kind: kind, line: frame.lastLine, eventFrame: frame, returnValue: nil, exception: nil, excObject: nil, state: .paused, silent: true)
        (stackFrames, selectedIndex, eventFrame) = saved
    }

    /// Runs the evaluations recorded at event `e` (on the program thread).
    func applyEvaluations(at e: Int) {
        guard let list = evaluations[e] else { return }
        for ev in list { _ = evaluateRecorded(ev) }
    }

    func evaluateRecorded(_ ev: RecordedEvaluation) -> Value? {
        recorder?.pause()
        defer { recorder?.unpause() }
        let frame = ev.frameIndex < stackFrames.count ? stackFrames[ev.frameIndex] : selectedFrameObject
        return try? vm.evaluate(ev.expression, in: frame)
    }

    func hitCount(line: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        return hitCounts[line] ?? 0
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
        if vm.eventCount == checkpointAt { takeCheckpoint(frame, kind: kind) }
        if kind == .exception, case .object(let o)? = arg, let e = o as? PyExceptionObject { lastRaised = e }
        var shouldStop = false
        let line = kind == .line ? frame.lastLine : -1
        if kind == .line, line >= 0, line < vm.breakpointBitmap.count, vm.breakpointBitmap[line], let bp = debugger.breakpoints[line], bp.enabled {
            lock.lock()
            hitCounts[line, default: 0] += 1
            let hits = hitCounts[line]!
            lock.unlock()
            recorder?.pause()
            let holds = debugger.conditionHolds(bp, vm: vm, frame: frame)
            recorder?.unpause()
            if holds {
                // Counted per run, so a replay passes over the same hits.
                conditionPasses[line, default: 0] += 1
                shouldStop = conditionPasses[line, default: 0] > bp.ignoreCount
                if shouldStop {
                    stopReason = "breakpoint at line \(line)" + (bp.condition.map { " (\($0))" } ?? "") + ", hit \(hits) time\(hits == 1 ? "" : "s")"
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
        case .toEvent(let n): shouldStop = vm.eventCount >= n  // a replay passes its breakpoints
        case .expressionStep(let f):
            // The line is over (its instructions trap while it runs); a line
            // event of the same line (after a conditional expression) is not an end.
            let sameLine = kind == .line && frame === f && line == expressionStepper.traps.line && expressionStepper.isArmed(for: f)
            shouldStop = shouldStop || (frame === f && !sameLine) || !isAncestor(f, of: frame)
        }
        if shouldStop { try stop(kind, frame, arg); return }
        // A breakpoint a replay passes is not the reason of a later stop.
        stopReason = nil
        if vm.eventCount == vm.stopAtEvent { passSpecialEvent(frame, kind: kind) }
    }

    func pauseCheck(frame: Frame, vm: VM) throws {
        guard vm.pauseRequested else { return }
        // In the program's own code a loop's backward jump is followed by
        // the line event of its target (as in CPython): the pause stays
        // requested, so that event is delivered and stops. The stop is then
        // a real event, numbered as a replay numbers it (a pause that made
        // an event of its own shifted every later step number).
        if !frame.code.isLibrary { return }
        // A loop inside a library function makes no events: stop here
        // without one; the stop takes the number of the last event (a replay
        // to it shows that event).
        // (Shown at the program's frame that called the library.)
        guard let program = HistoryScan.programCaller(of: frame) else { return }
        vm.pauseRequested = false
        try stop(.line, program, nil)
    }

    /// A pause that comes while native code runs (a long sum, sort or join):
    /// stop at the program's line that called it, without an event of its
    /// own (as a pause in a library loop: the stop takes the number of the
    /// last event); continuing resumes the operation.
    func nativePauseCheck(frame: Frame, vm: VM) throws {
        guard vm.pauseRequested else { return }
        guard let shown = frame.code.isLibrary ? HistoryScan.programCaller(of: frame) : frame else { return }
        vm.pauseRequested = false
        try stop(.line, shown, nil)
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

    /// The stack at `frame`, the innermost frame selected.
    private func setStack(from frame: Frame) {
        var frames: [Frame] = []
        var f: Frame? = frame
        // Library frames (Modules/Lib) are not shown, as Thonny hides them
        // and CPython's C functions have none: reduce() calling the
        // program's add() shows <module> -> add.
        while let x = f { if !x.code.isLibrary { frames.append(x) }; f = x.back }
        stackFrames = frames.reversed()
        selectedIndex = stackFrames.count - 1
        eventFrame = frame
    }

    private func stop(_ kind: TraceEventKind, _ frame: Frame, _ arg: Value?) throws {
        expressionStepper.finish()
        setStack(from: frame)
        unwinding = kind == .return && arg == nil
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
        var snap = makeSnapshot(kind: kind, line: line, eventFrame: frame, returnValue: kind == .return ? (arg ?? Value.none) : nil,
                                exception: exception, excObject: excObject, state: .paused)
        // The user's evaluations made at this stop, repeated after it is shown.
        for ev in evaluations[vm.eventCount] ?? [] {
            _ = evaluateRecorded(ev)
            if let after = snapshotAfterEvaluation(ev.expression, before: snap) { snap = after }
        }
        baselineEvent = nil
        try park(snap)
    }

    private func postMortem(_ exc: PyExceptionObject) {
        stackFrames = exc.traceback.reversed().compactMap { $0.frame }.filter { !$0.code.isLibrary }
        selectedIndex = max(0, stackFrames.count - 1)
        eventFrame = stackFrames.last
        let info = ExceptionInfo(typeName: exc.cls.name, message: (try? vm.str(.object(exc))) ?? "",
                                 traceback: exc.traceback.reversed().map { TracebackEntry(function: $0.code.name, line: $0.line) }, isUncaught: true)
        let line = exc.traceback.first?.line ?? 0
        unwinding = false
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
            unwinding = false
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
    func park(_ snap: DebugSnapshot) throws {
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

    /// In a fork (its only thread is the program thread): semaphores no other thread waits on.
    func renewSynchronization() {
        toVM = DispatchSemaphore(value: 0)
        toUI = DispatchSemaphore(value: 0)
        lock = NSLock()
    }

    func resume(mode newMode: StepMode) {
        mode = newMode
        prepareExpressionStepping(newMode)
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
