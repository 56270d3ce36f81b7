// The debugger core (UI-free): bdb's stepping over the VM's trace events,
// breakpoints, post-mortem, and history by deterministic replay. The program
// runs on its own thread (large stack); at a stop that thread parks inside
// the trace hook and the front end inspects the snapshot. Stepping back
// re-runs the program from the start, silently, up to the wanted event:
// input() lines, clock readings and random seeds come from the replay log,
// so the replayed run is the same run.

import Foundation

enum StepMode {
    case firstLine
    case stepInto
    case stepOver(Frame)
    case stepOut(Frame)
    case continueRun
    case runToLine(Int)
    case untilLine(Int, Frame)
    case toEvent(Int)
    /// Stop before and after each sub-expression of the frame's line.
    case expressionStep(Frame)
}

public final class Debugger: DebugSession {
    public let filename: String
    public let source: String
    let sourceLines: [String]
    public internal(set) var snapshot: DebugSnapshot
    var breakpoints: [Int: Breakpoint] = [:]
    /// Event numbers of the stops the user made, for back/forward.
    var stops: [Int] = [] { didSet { if stopMarkBaselines.count > stops.count { stopMarkBaselines.removeSubrange(stops.count...) } } }
    /// For each of `stops`, the stop its change marks compared with when it
    /// was made (the same event reached twice may have compared with two
    /// different stops: undo and a replayed lesson show each as it was).
    var stopMarkBaselines: [Int] = []
    var stopCursor = -1
    var recordedLog = ReplayLog()
    var run: ProgramRun?
    /// Seconds a replay may take before giving up (an endless program).
    public var replayBudget: Double = 60
    /// Object labels (`#3`) for the whole session: replays show the same ones.
    let objectLabels = ObjectLabels()
    /// The user's evaluations (`p EXPR`) by the event they were made at:
    /// part of the history, so replays repeat them.
    var recordedEvaluations: [Int: [RecordedEvaluation]] = [:]
    /// For each stop, the stop its marks and narration compared with when
    /// first reached (a replay compares with the same one).
    var stopBaselines: [Int: Int] = [:]
    /// What the last reverse command found or why it could not go (Debug/TimeTravel).
    public internal(set) var timeTravelNote: String?
    /// A replayed session's teacher stops (event numbers), to walk in order.
    public var lessonStops: [Int] = []
    /// For each of `lessonStops`, the stop its marks compared with for the teacher.
    var lessonStopMarkBaselines: [Int] = []
    /// The teacher's stop last gone to, and its event.
    var lessonCursor: (index: Int, event: Int)?
    /// The heap of the current stop (Debug/Heap), built when first asked for.
    let heapCache = HeapCache()
    /// Small steps made since the stop at event `base` (TimeTravel/ExpressionHistory).
    var expressionTrail: (base: Int, count: Int)?
    /// Checkpoints for instant jumps (Checkpoints/), when the front end can hand over.
    var checkpoints: CheckpointStore?
    /// What a handover sends besides the checkpoints (nil: the front end cannot hand over now).
    var handoverContext: (() -> HandoverContext?)?
    /// In an activated checkpoint: resumes the front end (on a new thread).
    var onActivation: ((ActivationRequest) -> Void)?
    /// In an activated checkpoint: the jump the command being run again makes.
    var pendingActivation: (target: Int, ackPath: String)?
    var activationTarget: (target: Int, ackPath: String)?
    var handovers = 0
    /// What the command being run found before its jump (the searches a
    /// checkpoint taking over does not make again), and in an activated
    /// checkpoint, the memo of the command it runs again.
    var commandMemo = CommandMemo()
    var memoToReplay: CommandMemo?

    public init(filename: String, source: String) {
        self.filename = filename
        self.source = source
        self.sourceLines = VM.lines(of: source)
        snapshot = DebugSnapshot(filename: filename, sourceLines: sourceLines, state: .notStarted, step: 0, event: "", line: 0,
                                 stack: [], selectedFrame: 0, scopes: ScopesView(), cells: [], effects: StepEffects(),
                                 output: "", exception: nil, breakpoints: [])
        startRun(mode: .firstLine, replay: false)
        waitForStop(budget: replayBudget)
        if case .paused = snapshot.state { recordStop() }
    }

    deinit { run?.abandon() }

    // MARK: Runs

    func startRun(mode: StepMode, replay: Bool, baseline: Int? = nil) {
        run?.abandon()
        var log = recordedLog
        if replay { log.rewind() } else { log = ReplayLog() }
        let r = ProgramRun(debugger: self, log: log, mode: mode)
        r.evaluations = recordedEvaluations
        r.baselineEvent = baseline.flatMap { $0 >= 0 ? $0 : nil }
        run = r
        r.start()
    }

    @discardableResult
    func waitForStop(budget: Double) -> Bool {
        guard let r = run else { return true }
        if r.toUI.wait(timeout: .now() + budget) == .timedOut { return false }
        if let s = r.takeSnapshot() { snapshot = s }
        recordedLog = r.vm.replayLog
        return true
    }

    func recordStop() {
        if stopCursor < stops.count - 1 { stops.removeSubrange((stopCursor + 1)...) }
        let baseline = run?.baselineOfLastSnapshot ?? -1
        if stops.last != snapshot.step {
            stops.append(snapshot.step)
            stopMarkBaselines += Array(repeating: baseline, count: max(0, stops.count - stopMarkBaselines.count))
        }
        if stopBaselines[snapshot.step] == nil { stopBaselines[snapshot.step] = baseline }
        stopCursor = stops.count - 1
    }

    // MARK: DebugSession

    public func start(_ command: DebugCommand) {
        guard let r = run else { return }
        let trail = expressionTrail
        expressionTrail = nil
        switch command {
        case .reverse(let kind):
            if kind == .step, let t = trail, snapshot.expressionStop != nil {
                timeTravelNote = reverseSmallStep(t)
                return
            }
            timeTravelNote = reverse(kind)
        case .stepBack:
            // From the end, back is the last stop (the end itself is not one).
            if case .finished = snapshot.state, stops.indices.contains(stopCursor) {
                replayStop(at: stopCursor)
                return
            }
            guard stopCursor > 0 else { return }
            stopCursor -= 1
            replayStop(at: stopCursor)
        case .stepForward:
            if stopCursor < stops.count - 1 {
                stopCursor += 1
                replayStop(at: stopCursor)
            } else {
                start(.stepInto)
            }
        case .goto(let step):
            replay(to: max(1, step))
            recordStop()
        case .restart:
            // A new run: the evaluations made in this one are not repeated.
            if let first = recordedEvaluations.keys.min() { historyChanged(after: first) }
            recordedEvaluations = [:]
            let first = stops.first ?? 2
            stopBaselines = [:]
            replay(to: first)
            stops = [snapshot.step]
            stopCursor = 0
        default:
            guard r.isParked else { return }
            let frame = r.selectedFrameObject ?? r.eventFrame
            let mode: StepMode
            switch command {
            case .stepInto: mode = .stepInto
            case .stepOver: mode = frame.map { .stepOver($0) } ?? .stepInto
            case .stepOut: mode = frame.map { .stepOut($0) } ?? .stepInto
            case .continue: mode = .continueRun
            case .runToLine(let n): mode = .runToLine(n)
            case .stepExpression: mode = r.eventFrame.map { .expressionStep($0) } ?? .stepInto
            default: mode = .stepInto
            }
            if case .stepExpression = command {
                // Counted from the stop where small steps began, so rs can replay them.
                let base = snapshot.expressionStop == nil ? snapshot.step : (trail?.base ?? snapshot.step)
                expressionTrail = (base, (snapshot.expressionStop == nil ? 0 : trail?.count ?? 0) + 1)
            }
            snapshot.state = .running
            commandOutstanding = true
            r.resume(mode: mode)
        }
    }

    /// A command was started and its stop has not been collected yet.
    var commandOutstanding = false

    /// `until N` as pdb: run until a line >= N in the current frame.
    public func startUntil(line: Int) {
        guard let r = run, r.isParked, let f = r.eventFrame else { return }
        snapshot.state = .running
        commandOutstanding = true
        r.resume(mode: .untilLine(line, f))
    }

    public func resume(budget: Double) -> ResumeResult {
        guard run != nil, commandOutstanding else { return .stopped }
        if waitForStop(budget: budget) {
            commandOutstanding = false
            if snapshot.expressionStop == nil { expressionTrail = nil }
            if case .paused = snapshot.state { recordStop() }
            if case .exception = snapshot.state { recordStop() }
            return .stopped
        }
        // Still running: only the output changes, so front ends can show it live.
        if let r = run { snapshot.output = r.io.text }
        return .stillRunning
    }

    public func pause() {
        run?.vm.pauseRequested = true
    }

    /// Replays to one of the stops made, with the change marks it showed then.
    func replayStop(at index: Int) {
        replay(to: stops[index], baseline: index < stopMarkBaselines.count ? stopMarkBaselines[index] : nil)
    }

    func replay(to event: Int, baseline: Int? = nil) {
        let wanted = baseline ?? stopBaselines[event] ?? event - 1
        let fromCheckpoint = jumpFromCheckpoint(to: event, baseline: wanted)
        if !fromCheckpoint && !runForward(to: event, baseline: wanted) {
            startRun(mode: .toEvent(event), replay: true, baseline: wanted)
        }
        if !waitForStop(budget: replayBudget) {
            pause()
            waitForStop(budget: 5)
        }
        if fromCheckpoint { finishActivation() }
    }

    /// A jump forward goes on from the current stop instead of re-running
    /// the program from the start: the run parked here is the same run a
    /// replay would make (same log, evaluations, breakpoint counts). Not
    /// when the target's change marks compare with a stop already passed.
    private func runForward(to event: Int, baseline: Int) -> Bool {
        // (At the stop itself, the user's evaluations there came after its marks.)
        guard let here = forwardStart(to: event, baseline: baseline), let r = run else { return false }
        r.baselineEvent = baseline > here ? baseline : nil
        r.resume(mode: .toEvent(event))
        return true
    }

    public func selectFrame(_ index: Int) {
        guard let r = run, r.isParked || r.isDone, index >= 0, index < r.stackFrames.count else { return }
        r.selectedIndex = index
        snapshot.selectedFrame = index
        for i in snapshot.stack.indices { snapshot.stack[i].isSelected = i == index }
        var scopes = r.inspector.scopes(of: r.stackFrames[index])
        var cells = snapshot.cells
        r.markAliases(&scopes, &cells)
        snapshot.scopes = scopes
        snapshot.cells = cells
    }

    public func toggleBreakpoint(line: Int) {
        if breakpoints[line] != nil { clearBreakpoint(line: line) } else { setBreakpoint(line: line, condition: nil) }
    }

    public func setBreakpoint(line: Int, condition: String?) {
        breakpoints[line] = Breakpoint(line: line, condition: condition)
        syncBreakpoints()
    }

    public func clearBreakpoint(line: Int) {
        breakpoints[line] = nil
        syncBreakpoints()
    }

    func syncBreakpoints() {
        // Every event is another one now (hits counted, conditions evaluated).
        historyChanged(after: -1)
        snapshot.breakpoints = breakpointList
        run?.updateBitmap(Array(breakpoints.keys))
    }

    /// Lines where a breakpoint can stop (lines with code).
    public func isExecutableLine(_ line: Int) -> Bool {
        run?.executableLines.contains(line) ?? false
    }

    /// `p EXPR` by the user: evaluated in the selected frame and kept in the
    /// history (replays repeat it); what it changed is marked and told.
    public func evaluate(_ expression: String) -> String {
        evaluate(expression, record: true)
    }

    /// A watch: evaluated at every stop, not part of the history.
    public func evaluateWatch(_ expression: String) -> String {
        evaluate(expression, record: false)
    }

    func evaluate(_ expression: String, record: Bool) -> String {
        guard let r = run, r.isParked || r.isDone else { return "*** the program is running" }
        let frame = r.selectedFrameObject
        var ran = false
        defer {
            if record && ran && r.isParked { recordEvaluation(expression, run: r) }
        }
        do {
            _ = try Parser.parse(source: "(\(expression)\n)", filename: "<debugger>")
            ran = true
            let v = try r.vm.evaluate(expression, in: frame)
            return r.inspector.shown(v, limit: Int.max / 2)
        } catch let e as PyError {
            return "*** " + r.vm.exceptionOnlyLine(e.exception)
        } catch let e as SyntaxErrorInfo {
            return "*** SyntaxError: \(e.message)"
        } catch {
            return "*** \(error)"
        }
    }

    public func provideInput(_ line: String?) {
        guard let r = run, r.isWaitingForInput else { return }
        snapshot.state = .running
        commandOutstanding = true
        r.deliverInput(line)
    }

    /// Stops the program thread for good.
    public func quit() {
        run?.abandon()
    }

    /// Breakpoints with their hits in the run being shown.
    public var breakpointList: [Breakpoint] {
        breakpoints.values.sorted { $0.line < $1.line }.map { bp in
            var b = bp
            b.hits = run?.hitCount(line: bp.line) ?? 0
            return b
        }
    }

    /// Keeps an evaluation in the history at the current stop; the future
    /// after it (stops, evaluations) is another one now.
    private func recordEvaluation(_ expression: String, run r: ProgramRun) {
        let event = snapshot.step
        recordedEvaluations = recordedEvaluations.filter { $0.key <= event }
        historyChanged(after: event)
        recordedEvaluations[event, default: []].append(RecordedEvaluation(expression: expression, frameIndex: r.selectedIndex))
        r.evaluations = recordedEvaluations
        if stopCursor >= 0, stopCursor < stops.count - 1 { stops.removeSubrange((stopCursor + 1)...) }
        if let after = r.snapshotAfterEvaluation(expression, before: snapshot) {
            let state = snapshot.state
            snapshot = after
            snapshot.state = state
        }
    }

    /// Evaluates a breakpoint condition in `frame` (on the program thread).
    func conditionHolds(_ bp: Breakpoint, vm: VM, frame: Frame) -> Bool {
        guard let c = bp.condition else { return true }
        do { return try vm.isTruthy(try vm.evaluate(c, in: frame)) } catch { return true }
    }
}

extension VM {
    /// `p EXPR` in a frame: the expression becomes the body of a lambda whose
    /// parameters are the frame's bound names, so a lambda or comprehension in
    /// EXPR sees them as enclosing variables, exactly as code in the frame would.
    public func evaluate(_ expression: String, in frame: Frame?) throws -> Value {
        let names: [(String, Value)]
        if let f = frame, f.code.kind != .module {
            names = f.classNamespace.map { ns in ns.pairs.map { (strValue($0.key), $0.value) } } ?? f.boundLocals()
        } else {
            names = []
        }
        let usable = names.filter { isIdentifier($0.0) }
        let params = usable.map { $0.0 }.joined(separator: ", ")
        let text = usable.isEmpty ? "(\(expression)\n)" : "(lambda \(params): (\(expression)\n))"
        // Conditions are evaluated at every hit of their breakpoint: compile once.
        let code: CodeObject
        if let cached = evaluationCache[text] {
            code = cached
        } else {
            let module = try Parser.parse(source: text, filename: "<debugger>")
            let analysis = try ScopeAnalyzer.analyze(module, filename: "<debugger>", sourceLines: [text])
            code = try Compiler.compile(module: module, analysis: analysis, filename: "<debugger>", globals: globals, evalMode: true)
            evaluationCache[text] = code
        }
        let f = Frame(code: code, function: nil, globals: globals, back: currentFrame, depth: 0)
        let savedHook = hookActive
        hookActive = false
        defer { hookActive = savedHook }
        guard case .returned(let v) = try execute(f) else { return .none }
        if usable.isEmpty { return v }
        return try call(v, usable.map { $0.1 })
    }

    func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
        return s.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }
}
