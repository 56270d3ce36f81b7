// The virtual machine: interpreter state shared by all frames, frame
// creation with CPython's argument binding, and calls from Swift.

import Foundation

public enum TraceEventKind: String, Sendable {
    case call, line, `return`, exception
}

/// The debugger's view of execution: the VM calls it at each event while
/// `hookActive`. Throwing DebuggerQuit abandons the program.
public protocol TraceHook: AnyObject {
    func traceEvent(_ kind: TraceEventKind, frame: Frame, arg: Value?, vm: VM) throws
    /// Called at backward jumps when `pauseRequested` is set.
    func pauseCheck(frame: Frame, vm: VM) throws
    /// Called by long native operations (NativePolling.swift) when `pauseRequested` is set.
    func nativePauseCheck(frame: Frame, vm: VM) throws
}

public final class VM {
    public let io: ProgramIO
    public let filename: String
    public let sourceLines: [String]
    let builtins: AttrDict
    /// What the program assigned to the builtins module (see BuiltinsOverlay).
    let builtinsOverlay = BuiltinsOverlay()
    public let globals: Globals
    public var recursionLimit = 1000
    /// Python frames currently on the stack.
    public internal(set) var callDepth = 0
    var nativeDepth = 0
    let maxNativeDepth = 2500
    /// Native iterators being advanced inside one another (PyIterator.next).
    var iteratorDepth = 0
    static let maxIteratorDepth = 100_000
    var handledException: PyExceptionObject?
    /// The innermost executing frame. Unowned: the eval loop's frame variable
    /// and the callers' `back` links keep frames alive; this is only a
    /// pointer for builtins (super(), locals()) and the debugger.
    public var currentFrame: Frame? {
        get { _currentFrame.map { $0.takeUnretainedValue() } }
        set { _currentFrame = newValue.map { Unmanaged.passUnretained($0) } }
    }
    var _currentFrame: Unmanaged<Frame>?
    public var hook: TraceHook? { didSet { hookActive = hook != nil } }
    /// `python3 PROG` names the program's code by its absolute path
    /// (co_filename, so traceback.format_exc() too); the trace oracle
    /// compiles it under PROG as given. `scopewalk run` sets this.
    public var absoluteCodeFilenames = false
    public internal(set) var hookActive = false
    /// Set from outside (the debugger) to stop a running program.
    public var pauseRequested = false
    /// A repr's time budget (NativePolling.swift) is running / has run out.
    var inTimeBudget = false
    var timeBudgetExpired = false
    /// When the current time budget runs out (uptime nanoseconds), and the
    /// timer that checks it (NativePolling.swift).
    var budgetDeadline: UInt64 = 0
    var budgetWatchdog: DispatchSourceTimer?
    /// Classes whose __repr__ ran out of its budget once: shown as timed out
    /// at once afterwards (a trace must not wait a second at every event).
    var reprTimedOutTypes = Set<ObjectIdentifier>()
    /// Attribute classifications per class and name (AttributeCacheL2.swift).
    let attributeL2 = AttributeCacheL2()
    /// Deliver every event to the hook (stepping) or only breakpoint lines.
    public var traceAll = true
    /// With traceAll: frames deeper than this get only the breakpoint
    /// filter's events (stepping over or out of a frame at this depth).
    public var stepDepthLimit = Int.max
    /// Lines holding a breakpoint, indexed by line number.
    public var breakpointBitmap: [Bool] = []
    /// Deliver this event whatever the filter (a replay's target).
    public var stopAtEvent = -1
    /// Events since the program started (call, line, return, exception).
    public internal(set) var eventCount = 0
    var modules: [String: PyModule] = [:]
    /// The import system's state (Modules/ModuleLoader.swift).
    var moduleState = ModuleState()
    /// Every user class made so far (type.__subclasses__).
    let createdClasses = ClassRegistry()
    var reprInProgress = Set<ObjectIdentifier>()
    /// Finalization.swift: finalizers are running (they do not nest), those
    /// waiting, and whether any wait (checked at each line).
    var runningFinalizers = false
    var finalizerQueue: [Finalization.Pending] = []
    var finalizerPending = false
    /// The tracked objects this VM's program made (GC/TrackedObject.swift).
    let gcRegistry = GCRegistry()
    /// A cycle collection is running (GC/CycleCollector.swift).
    var collectingCycles = false
    deinit {
        budgetWatchdog?.cancel()
        Finalization.forget(self)
        GCRegistry.forget(gcRegistry)
    }
    /// The dict last returned by globals(): item stores write through to the
    /// module's slots (globals()["x"] = 1 binds x).
    weak var globalsDictView: PyDict?
    /// The module whose globals globalsDictView writes through to.
    weak var globalsDictViewOwner: Globals?
    /// Debugger expressions compiled so far (breakpoint conditions repeat).
    var evaluationCache: [String: CodeObject] = [:]
    /// Cells made so far: deterministic, so a replay labels cells alike.
    var cellSerial = 0
    /// Seeded random state, deterministic for replay.
    var random = MersenneTwister(seed: 0)
    /// Values read from the outside world (input, time, random seeding),
    /// recorded so a replay gives the same run.
    public var replayLog = ReplayLog()
    /// Closures and cells, tracked only while a debugger is attached.
    public var trackObjects = false
    public private(set) var liveClosures: [WeakBox<PyFunction>] = []
    public private(set) var liveCells: [WeakBox<Cell>] = []

    static let null = PySingleton(kind: .other, name: "<NULL>", type: BuiltinTypes.noneType)
    /// VM.null's identity, read without the static's lazy-init check.
    let nullID = ObjectIdentifier(VM.null)
    /// list.append, which CALL runs without its generic entry.
    let listAppendID: ObjectIdentifier

    public init(filename: String, source: String, io: ProgramIO) {
        self.io = io
        self.filename = filename
        self.sourceLines = VM.lines(of: source)
        Bootstrap.ensure()
        listAppendID = BuiltinTypes.list.dict["append"].flatMap { $0.asObject }.map { ObjectIdentifier($0) } ?? ObjectIdentifier(VM.null)
        self.builtins = Bootstrap.builtins
        self.globals = Globals(builtins: Bootstrap.builtins)
        gcRegistry.vm = self
        builtinsOverlay.attach(globals)
        // The module's own dunder names (class bodies read __name__ for __module__).
        globals.store(.str("__main__"), slot: globals.slot(for: "__name__"))
        moduleState.programFolder = VM.folder(of: filename)
        IntStrDigits.limit = IntStrDigits.defaultLimit
        // As `python3 prog.py`: the main module's __file__ is its absolute path.
        globals.store(.str(moduleState.programFolder + "/" + (filename.split(separator: "/").last.map(String.init) ?? filename)), slot: globals.slot(for: "__file__"))
        // __main__'s __builtins__ is the builtins module (__builtins__.__dict__[k] = v).
        globals.store(.object(builtinsModule), slot: globals.slot(for: "__builtins__"))
    }

    /// Seeds `random` as CPython does at start-up (from the clock), through
    /// the replay log so that a replayed run draws the same numbers.
    public func seedRandomFromLog() {
        let seed = replayLog.nextSeed { UInt64(Date().timeIntervalSince1970 * 1_000_000) & 0xffff_ffff_ffff }
        random = MersenneTwister(seed: Int(truncatingIfNeeded: seed))
    }

    // MARK: Frames

    /// A new frame for calling `fn` with `count` positional arguments at
    /// `args` and optional keyword arguments, bound as CPython binds them.
    /// The frame comes retained (+1): the eval loop owns the frames it
    /// enters and gives them back with `retire` (no counting per call).
    func frameForCall(_ fn: PyFunction, args: UnsafeMutablePointer<Value>, count: Int, kwargs: KwArgs?, caller: Unmanaged<Frame>?) throws -> Unmanaged<Frame> {
        if callDepth >= recursionLimit {
            throw PyError(BuiltinTypes.RecursionError, "maximum recursion depth exceeded")
        }
        // Frames are not counted by the memory budget one by one: under a
        // raised recursion limit, every 16,384 levels check that 16 MiB more
        // fits (a 1 GB string plus 10**6 frames went past the RSS limit).
        if callDepth & 0x3FFF == 0x3FFF { try MemoryBudget.check(count: 1 << 14, size: 1 << 10) }
        let code = fn.code
        let depth = (caller?._withUnsafeGuaranteedRef { $0.depth } ?? -1) + 1
        var owned: Unmanaged<Frame>? = nil
        var cellsReady = false
        if let pooled = code.popPooled() {
            if pooled._withUnsafeGuaranteedRef({ ObjectIdentifier($0.globals) == ObjectIdentifier(fn.globals) }) {
                // Same function as last time: its closure cells are in place
                // (pooled code has free variables at most, no cellvars).
                cellsReady = pooled._withUnsafeGuaranteedRef { $0.reuse(function: fn, back: caller, depth: depth) }
                owned = pooled
            } else {
                pooled.release()
            }
        }
        if owned == nil {
            owned = Unmanaged.passRetained(Frame(code: code, function: fn, globals: fn.globals, back: caller?.takeUnretainedValue(), depth: depth))
        }
        let frame = owned.unsafelyUnwrapped
        if count == code.argCount && kwargs == nil && !code.hasVarargs && !code.hasVarkeywords && code.kwonlyArgCount == 0 {
            // The arguments move (callers pass buffers they give up; a
            // trivial None is left behind): no retain and release per object.
            frame._withUnsafeGuaranteedRef { f in
                for i in 0..<count {
                    f.locals[i] = (args + i).move()
                    (args + i).initialize(to: .none)
                }
            }
        } else {
            do {
                try bindArguments(fn, frame.takeUnretainedValue(), args, count, kwargs ?? [])
            } catch {
                frame._withUnsafeGuaranteedRef { $0.backRef = nil }
                frame.release()
                throw error
            }
        }
        if code.cellCount != 0 && !cellsReady { frame._withUnsafeGuaranteedRef { setUpCells($0, fn) } }
        callDepth += 1
        return frame
    }

    /// Gives back the eval loop's +1 on a finished frame: to its code's pool
    /// when nothing else holds it (no generator, traceback or debugger
    /// reference), else released.
    @inline(__always)
    func retire(_ frame: Unmanaged<Frame>) {
        var f = frame.takeRetainedValue()  // takes over the +1
        if f.code.isPoolable && !trackObjects && f.code.pooledCount < 64 && isKnownUniquelyReferenced(&f) {
            // `code` as Unmanaged: held across the uniqueness test it would be retained.
            let code = Unmanaged.passUnretained(f.code)
            // A pooled frame lets go of its locals now, as a returning
            // CPython frame does (a __del__ runs when the call ends).
            f.clearLocals()
            let pooled = Unmanaged.passRetained(consume f)
            code._withUnsafeGuaranteedRef { $0.pushPooled(pooled) }
        } else {
            f.backRef = nil
        }
    }

    func setUpCells(_ frame: Frame, _ fn: PyFunction?) {
        let code = frame.code
        if code.cellCount == 0 { return }
        if let fn = fn, code.cellvars.isEmpty && code.extraCells.isEmpty {
            frame.cells = fn.closure  // free variables only: share the closure's array
            return
        }
        var cells: [Cell] = []
        cells.reserveCapacity(code.cellCount)
        let owner = fn?.qualname ?? code.qualname
        for (i, name) in code.cellvars.enumerated() {
            var initial: Value? = nil
            if let slot = code.cellParameterSlots[i] {
                initial = frame.locals[slot]
                frame.locals[slot] = nil
            }
            cells.append(makeCell(initial, variable: name, ownerName: owner, frame: frame))
        }
        if let fn = fn { cells.append(contentsOf: fn.closure) }
        for name in code.extraCells { cells.append(makeCell(nil, variable: name, ownerName: owner, frame: frame)) }
        frame.cells = cells
    }

    func makeCell(_ v: Value?, variable: String, frame: Frame) -> Cell {
        makeCell(v, variable: variable, ownerName: frame.qualname, frame: frame)
    }

    func makeCell(_ v: Value?, variable: String, ownerName: String, frame: Frame) -> Cell {
        cellSerial += 1
        let c = Cell(contents: v, variable: variable, creatorName: ownerName, creatorFrame: frame, serial: cellSerial)
        if trackObjects { liveCells.append(WeakBox(c)) }
        return c
    }

    func noteClosure(_ fn: PyFunction) {
        if trackObjects { liveClosures.append(WeakBox(fn)) }
    }

    public func pruneTrackedObjects() {
        liveCells.removeAll { $0.value == nil }
        liveClosures.removeAll { $0.value == nil }
    }

    @inline(__always)
    func finishFrame(_ frame: Frame) {
        frame.isFinished = true
        if frame.function != nil || frame.code.kind != .module { callDepth -= 1 }
        frame.back = nil
    }

    func makeGenerator(_ frame: Frame) -> PyGenerator {
        callDepth -= 1  // not running yet
        frame.back = nil
        let code = frame.code
        let flavor: PyGenerator.Flavor = code.isCoroutine ? .coroutine : code.isAsyncGenerator ? .asyncGenerator : .generator
        let g = PyGenerator(frame: frame, name: code.name, qualname: frame.function?.qualname ?? code.qualname, flavor: flavor)
        frame.generator = g
        return g
    }

    // MARK: Calls from Swift

    /// Calls any callable with positional and keyword arguments.
    public func call(_ callee: Value, _ args: [Value], _ kwargs: KwArgs = []) throws -> Value {
        guard case .object(let o) = callee else {
            throw PyError.typeError("'\(typeOf(callee).name)' object is not callable")
        }
        switch o.kind {
        case .function:
            let fn = unsafeDowncast(o, to: PyFunction.self)
            // A stack buffer the frame can take the arguments from (copying
            // the array to get a mutable buffer would allocate).
            let owned = try withUnsafeTemporaryAllocation(of: Value.self, capacity: max(args.count, 1)) { buf in
                let p = buf.baseAddress!
                _ = UnsafeMutableBufferPointer(start: p, count: args.count).initialize(from: args)
                defer { p.deinitialize(count: args.count) }
                return try frameForCall(fn, args: p, count: args.count, kwargs: kwargs.isEmpty ? nil : kwargs, caller: _currentFrame)
            }
            if fn.code.isGenerator { return .object(makeGenerator(owned.takeRetainedValue())) }
            defer { retire(owned) }
            return try runFrame(owned.takeUnretainedValue())
        case .builtinFunction:
            let bf = unsafeDowncast(o, to: PyBuiltinFunction.self)
            if let s = bf.boundSelf { return try bf.call(self, [s] + args, kwargs) }
            return try bf.call(self, args, kwargs)
        case .boundMethod:
            let bm = unsafeDowncast(o, to: PyBoundMethod.self)
            return try call(bm.function, [bm.selfValue] + args, kwargs)
        case .type:
            return try instantiate(unsafeDowncast(o, to: PyType.self), args, kwargs)
        case .staticMethod where !o.hasUserClass:
            // staticmethod objects are callable since 3.10; they may nest.
            let f = unsafeDowncast(o, to: PyMethodWrapper.self).function
            return try nativeRecursion(" while calling a Python object") { try call(f, args, kwargs) }
        default:
            let t = o.pyType
            if let c = t.lookup("__call__") {
                return try call(try bindIfFunction(c, to: callee, type: t), args, kwargs)
            }
            throw PyError.typeError("'\(t.name)' object is not callable")
        }
    }

    /// Runs a fresh function frame to completion.
    func runFrame(_ frame: Frame) throws -> Value {
        if hookActive { try traceEvent(.call, frame, nil) }
        switch try execute(frame) {
        case .returned(let v): return v
        case .yielded(let v): return v
        }
    }

    /// Counts every event (the debugger's step numbers) and delivers the
    /// ones the debugger wants: all of them while stepping (`traceAll`), only
    /// line events on breakpoint lines while running free.
    @inline(__always)
    func traceEvent(_ kind: TraceEventKind, _ frame: Frame, _ arg: Value?) throws {
        if frame.code.isLibrary { return }
        eventCount &+= 1
        if (!traceAll || frame.depth > stepDepthLimit) && !pauseRequested && eventCount != stopAtEvent {
            guard kind == .line || kind == .exception else { return }
            if kind == .line {
                let line = frame.lastLine
                guard line >= 0, line < breakpointBitmap.count, breakpointBitmap[line] else { return }
                // Breakpoints are set in the program's own file, not its modules'.
                guard frame.code.filename == filename else { return }
            }
        }
        try deliverEvent(kind, frame, arg)
    }

    /// The hook's part of an event (not inlined: the common case is filtered out above).
    @inline(never)
    func deliverEvent(_ kind: TraceEventKind, _ frame: Frame, _ arg: Value?) throws {
        guard let h = hook else { return }
        let saved = hookActive
        hookActive = false  // code run by the debugger (reprs) is not traced
        defer { hookActive = saved }
        try h.traceEvent(kind, frame: frame, arg: arg, vm: self)
    }

    func checkPause(_ frame: Frame, _ ip: Int) throws {
        if timeBudgetExpired { throw ReprTimedOut() }
        guard let h = hook else { return }
        frame.ip = ip
        let saved = hookActive
        hookActive = false
        defer { hookActive = saved }
        try h.pauseCheck(frame: frame, vm: self)
    }

    // MARK: Argument binding

    func bindArguments(_ fn: PyFunction, _ frame: Frame, _ args: UnsafeMutablePointer<Value>, _ count: Int, _ kwargs: KwArgs) throws {
        let code = fn.code
        let name = fn.qualname
        let nposParams = code.argCount
        let varnames = code.varnames
        var next = code.argCount + code.kwonlyArgCount
        // Positional.
        let takePositional = min(count, nposParams)
        for i in 0..<takePositional { frame.locals[i] = args[i] }
        if code.hasVarargs {
            var extra: [Value] = []
            if count > nposParams { for i in nposParams..<count { extra.append(args[i]) } }
            frame.locals[next] = .object(extra.isEmpty ? PyTuple.empty : PyTuple(extra))
            next += 1
        } else if count > nposParams {
            let kwonlyGiven = kwargs.filter { kw in varnames[nposParams..<(nposParams + code.kwonlyArgCount)].contains(kw.0) }.count
            let required = nposParams - fn.defaults.count
            let takes: String
            if fn.defaults.isEmpty {
                takes = "\(nposParams) positional argument\(nposParams == 1 ? "" : "s")"
            } else {
                takes = "from \(required) to \(nposParams) positional arguments"
            }
            var given = "\(count) positional argument\(count == 1 ? "" : "s")"
            if kwonlyGiven > 0 {
                given += " (and \(kwonlyGiven) keyword-only argument\(kwonlyGiven == 1 ? "" : "s"))"
                throw PyError.typeError("\(name)() takes \(takes) but \(given) were given")
            }
            throw PyError.typeError("\(name)() takes \(takes) but \(count) \(count == 1 ? "was" : "were") given")
        }
        // Keywords.
        var kwDict: PyDict? = nil
        if code.hasVarkeywords {
            kwDict = PyDict()
            frame.locals[next] = .object(kwDict!)
        }
        var posonlyAsKw: [String] = []
        for (k, v) in kwargs {
            var slot: Int? = nil
            for i in code.posonlyArgCount..<(code.argCount + code.kwonlyArgCount) where varnames[i] == k {
                slot = i
                break
            }
            if let s = slot {
                if frame.locals[s] != nil { throw PyError.typeError("\(name)() got multiple values for argument '\(k)'") }
                frame.locals[s] = v
            } else if let d = kwDict {
                try d.set(.str(k), v, vm: self)
            } else if code.posonlyArgCount > 0, varnames[0..<code.posonlyArgCount].contains(k) {
                posonlyAsKw.append(k)
            } else {
                throw PyError.typeError("\(name)() got an unexpected keyword argument '\(k)'")
            }
        }
        if !posonlyAsKw.isEmpty {
            throw PyError.typeError("\(name)() got some positional-only arguments passed as keyword arguments: '\(posonlyAsKw.joined(separator: ", "))'")
        }
        // Defaults and missing arguments.
        let firstDefault = nposParams - fn.defaults.count
        var missing: [String] = []
        for i in 0..<nposParams where frame.locals[i] == nil {
            if i >= firstDefault { frame.locals[i] = fn.defaults[i - firstDefault] } else { missing.append(varnames[i]) }
        }
        if !missing.isEmpty {
            throw PyError.typeError("\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(VM.listNames(missing))")
        }
        for i in nposParams..<(nposParams + code.kwonlyArgCount) where frame.locals[i] == nil {
            if let d = fn.kwDefaults.first(where: { $0.0 == varnames[i] }) { frame.locals[i] = d.1 } else { missing.append(varnames[i]) }
        }
        if !missing.isEmpty {
            throw PyError.typeError("\(name)() missing \(missing.count) required keyword-only argument\(missing.count == 1 ? "" : "s"): \(VM.listNames(missing))")
        }
    }

    /// 'a', 'a' and 'b', 'a', 'b', and 'c' — CPython's wording.
    static func listNames(_ names: [String]) -> String {
        let q = names.map { "'\($0)'" }
        switch q.count {
        case 0: return ""
        case 1: return q[0]
        case 2: return "\(q[0]) and \(q[1])"
        default: return q.dropLast().joined(separator: ", ") + ", and " + q.last!
        }
    }

    // MARK: Errors for unbound names

    func unboundLocal(_ frame: Frame, _ slot: Int) -> PyError {
        let name = frame.code.varnames[slot]
        return PyError(BuiltinTypes.UnboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
    }

    func unboundDeref(_ frame: Frame, _ index: Int) -> PyError {
        let code = frame.code
        if index < code.cellvars.count {
            return PyError(BuiltinTypes.UnboundLocalError, "cannot access local variable '\(code.cellvars[index])' where it is not associated with a value")
        }
        let name = code.cellName(index)
        let e = PyError(BuiltinTypes.NameError, "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
        e.exception.missingName = name
        return e
    }

    /// mapping[name], nil when the key is missing (LOAD_FROM_DICT_OR_*).
    func lookupInMapping(_ mapping: Value, _ name: String) throws -> Value? {
        if case .object(let o) = mapping, let d = o as? PyDict { return try d.get(.str(name), vm: self) }
        do {
            return try getItem(mapping, .str(name))
        } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.KeyError) {
            return nil
        }
    }

    func loadName(_ name: String, _ frame: Frame) throws -> Value {
        if let ns = frame.classNamespace, let v = try ns.get(.str(name), vm: self) { return v }
        if let v = frame.globals[name] { return v }
        if let b = frame.globals.builtin(name) { return b }
        throw nameNotDefined(name)
    }
}

extension CodeObject {
    func cellName(_ index: Int) -> String {
        if index < cellvars.count { return cellvars[index] }
        if index < cellvars.count + freevars.count { return freevars[index - cellvars.count] }
        let e = index - cellvars.count - freevars.count
        return e < extraCells.count ? extraCells[e] : "?"
    }
    func extraCellName(_ index: Int) -> String { cellName(index) }
}

public final class WeakBox<T: AnyObject> {
    public weak var value: T?
    public init(_ v: T) { value = v }
}

/// Inputs from outside the program, in order, so a replay reproduces them:
/// input() lines, clock readings and random seeds. While `replaying`, values
/// come from the log until it runs out; new values are appended.
public struct ReplayLog: Codable {
    public var inputs: [String?] = []
    public var times: [Double] = []
    public var seeds: [UInt64] = []
    var inputCursor = 0
    var timeCursor = 0
    var seedCursor = 0
    public var replaying = false
    public init() {}

    /// The next recorded input line when replaying (.some(nil) is a recorded EOF).
    mutating func takeRecordedInput() -> String?? {
        guard replaying && inputCursor < inputs.count else { return nil }
        inputCursor += 1
        return .some(inputs[inputCursor - 1])
    }
    mutating func recordInput(_ v: String?) {
        inputs.append(v)
        inputCursor = inputs.count
    }
    mutating func nextTime(_ read: () -> Double) -> Double {
        if replaying && timeCursor < times.count { timeCursor += 1; return times[timeCursor - 1] }
        let v = read()
        times.append(v)
        timeCursor = times.count
        return v
    }
    mutating func nextSeed(_ read: () -> UInt64) -> UInt64 {
        if replaying && seedCursor < seeds.count { seedCursor += 1; return seeds[seedCursor - 1] }
        let v = read()
        seeds.append(v)
        seedCursor = seeds.count
        return v
    }
    /// True while recorded values remain (a replay has not caught up yet).
    public var isReplayingRecorded: Bool { replaying && (inputCursor < inputs.count || timeCursor < times.count) }
    /// Starts a replay from the beginning of the recorded log.
    public mutating func rewind() {
        replaying = true
        inputCursor = 0
        timeCursor = 0
        seedCursor = 0
    }
}
