// A frame is a heap object with its own instruction pointer, value stack,
// fast locals and cells, so the debugger can inspect any frame at any moment
// and a generator frame can be suspended and resumed. The value stack and the
// locals are raw buffers: the eval loop reaches them without Swift array
// uniqueness or exclusivity checks.

public final class Frame {
    public let code: CodeObject
    public private(set) var function: PyFunction?
    public let globals: Globals
    /// The code's constants and instructions, reached without array
    /// retains in the eval loop.
    let constants: UnsafeMutablePointer<Value>
    let insts: UnsafeMutablePointer<Instruction>
    /// The caller (nil for the module frame or a frame run from Swift).
    public var back: Frame? {
        get { backRef?.takeUnretainedValue() }
        set { backRef = newValue.map { Unmanaged.passUnretained($0) } }
    }
    /// Not counted: a caller outlives its running callee, and every way out
    /// of a frame (return, unwind, yield) clears the link. The eval loop
    /// moves its reference to the caller in and out of here (see execute).
    var backRef: Unmanaged<Frame>?
    /// Next frame in its code's pool (CodeObject.pushPooled).
    var nextPooled: Unmanaged<Frame>?
    /// Index of the next instruction.
    public var ip = 0
    /// Index of the instruction being executed (for tracebacks and lines).
    public var lastIP = 0
    let stack: UnsafeMutablePointer<Value>
    public var sp = 0
    let locals: UnsafeMutablePointer<Value?>
    let nlocals: Int
    /// cellvars then freevars, as CPython's localsplus.
    public var cells: [Cell]
    /// The namespace of a class body (LOAD_NAME/STORE_NAME go here).
    public var classNamespace: PyDict?
    /// The line of the last `line` event delivered for this frame.
    public var lastLine = -1
    /// Code without a line ran since `lastLine` (or a backward jump): the
    /// next trace point reports its line even if it is `lastLine`.
    public var lineForgotten = false
    /// A raise at an instruction without a line (the re-raise ending a
    /// `finally`, which CPython copies per predecessor): the line that ran
    /// before it, kept for a later RERAISE that restores that location.
    var lineOfLinelessRaise: [Int: Int] = [:]
    /// The sub-pattern of a `match` case that raised (VM+Match.swift):
    /// CPython's instruction for it carries that pattern's position.
    var raisingPattern: SourceRange?
    /// Number of program frames below this one (module = 0).
    public internal(set) var depth: Int
    public var isFinished = false
    /// An __init__ entered by CALL on its class (VM+Instantiate.swift):
    /// its return value is checked, not pushed.
    var isInitializer = false
    /// Unowned (the generator owns its frame and clears this when it
    /// dies): a weak reference would give every generator a side table,
    /// and each retain and release of it would take the slow path.
    public unowned(unsafe) var generator: PyGenerator?
    /// Exceptions being handled in this frame (sys.exc_info stack entries
    /// pushed by PUSH_EXC_INFO).
    var handledExceptions: [PyExceptionObject?] = []

    init(code: CodeObject, function: PyFunction?, globals: Globals, back: Frame?, depth: Int) {
        self.code = code
        self.function = function
        self.globals = globals
        self.backRef = back.map { Unmanaged.passUnretained($0) }
        self.depth = depth
        self.constants = code.constantsBuffer
        self.insts = code.insts
        let nlocals = code.varnames.count
        self.nlocals = nlocals
        locals = UnsafeMutablePointer<Value?>.allocate(capacity: max(nlocals, 1))
        locals.initialize(repeating: nil, count: max(nlocals, 1))
        stack = UnsafeMutablePointer<Value>.allocate(capacity: code.maxStackDepth + 4)
        cells = []
    }

    /// Makes a finished frame ready for another call of the same code
    /// (frames are pooled per code object: a call allocates nothing).
    /// Returns whether `function` is the one of the previous call (then
    /// its closure cells are already in place).
    func reuse(function: PyFunction, back: Unmanaged<Frame>?, depth: Int) -> Bool {
        var i = 0
        while i < nlocals { locals[i] = nil; i &+= 1 }
        if sp > 0 { truncateStack(to: 0) }
        let same = self.function.map { ObjectIdentifier($0) == ObjectIdentifier(function) } ?? false
        if !same { self.function = function }
        self.backRef = back
        self.depth = depth
        ip = 0
        lastIP = 0
        lastLine = -1
        lineForgotten = false
        isFinished = false
        isInitializer = false
        return same
    }

    func clearLocals() {
        var i = 0
        while i < nlocals { locals[i] = nil; i &+= 1 }
    }

    deinit {
        stack.deinitialize(count: sp)
        stack.deallocate()
        locals.deinitialize(count: max(code.varnames.count, 1))
        locals.deallocate()
    }

    // MARK: Stack

    @inline(__always) func push(_ v: __owned Value) {
        (stack + sp).initialize(to: v)
        sp &+= 1
    }
    @inline(__always) func pop() -> Value {
        sp &-= 1
        return (stack + sp).move()
    }
    /// Moves the value out of stack slot `i`, leaving a trivial None there
    /// (the slot is still counted in `sp` and gets dropped as usual).
    @inline(__always) func take(_ i: Int) -> Value {
        let v = (stack + i).move()
        (stack + i).initialize(to: .none)
        return v
    }
    @inline(__always) func top() -> Value { stack[sp &- 1] }
    @inline(__always) func peek(_ n: Int) -> Value { stack[sp &- n] }
    @inline(__always) func setTop(_ v: __owned Value) { stack[sp &- 1] = v }
    func popMany(_ n: Int) -> [Value] {
        var out = [Value]()
        out.reserveCapacity(n)
        for i in (sp - n)..<sp { out.append((stack + i).move()) }
        sp -= n
        return out
    }
    /// One value at a time: deinitialize(count:) goes through the generic
    /// swift_arrayDestroy.
    @inline(__always) func truncateStack(to depth: Int) {
        while sp > depth {
            sp &-= 1
            _ = (stack + sp).move()
        }
    }

    // MARK: Inspection

    /// The line being executed.
    public var currentLine: Int {
        let i = min(lastIP, code.lines.count - 1)
        guard i >= 0 else { return code.firstLineNumber }
        let l = Int(code.lines[i])
        return l > 0 ? l : code.firstLineNumber
    }

    public func local(at slot: Int) -> Value? { locals[slot] }
    public func setLocal(_ v: Value?, at slot: Int) { locals[slot] = v }

    /// Cell variables of this frame (made here) and free variables (taken
    /// from the enclosing function), by name.
    public func cell(named name: String) -> Cell? {
        if let i = code.cellvars.firstIndex(of: name), i < cells.count { return cells[i] }
        if let i = code.freevars.firstIndex(of: name), code.cellvars.count + i < cells.count { return cells[code.cellvars.count + i] }
        return nil
    }

    public var qualname: String { function?.qualname ?? code.qualname }
}

/// A module's global namespace. Names used as globals anywhere in the module
/// are resolved to slots at compile time; LOAD_GLOBAL reads `values[slot]`,
/// falling back to the builtin of the same name.
/// Assignments to the builtins module (`builtins.input = f`, as
/// unittest.mock.patch does): every Globals of the run sees them, as every
/// CPython module reads the one builtins dict.
public final class BuiltinsOverlay {
    private(set) var values: [String: Value?] = [:]
    private struct Member { weak var globals: Globals? }
    private var members: [Member] = []

    func attach(_ g: Globals) {
        if members.count > 64 { members.removeAll { $0.globals == nil } }
        members.append(Member(globals: g))
        g.overlay = self
        for (name, v) in values { g.replaceBuiltin(name, v) }
    }

    func set(_ name: String, _ value: Value?) {
        values[name] = .some(value)
        for m in members { m.globals?.replaceBuiltin(name, value) }
    }
}

public final class Globals {
    public private(set) var names: [String] = []
    private var slotOf: [String: Int] = [:]
    /// Slot values (nil: unbound) and the builtin of the same name, as raw
    /// buffers so LOAD_GLOBAL costs two loads and no retain of an array.
    private(set) var values: UnsafeMutablePointer<Value?>
    private(set) var builtinFallback: UnsafeMutablePointer<Value?>
    private var capacity: Int
    let builtins: AttrDict
    fileprivate(set) weak var overlay: BuiltinsOverlay?
    /// The last globals() / module __dict__ made for these globals (LiveNamespace.swift).
    weak var liveDict: PyDict?
    /// The dict given to exec/eval these globals run code for (globals() there is that dict).
    weak var execDict: PyDict?
    /// False when exec/eval's globals name builtins of their own.
    var hasStandardBuiltins = true

    /// The builtin `name` as the builtins module now has it.
    func builtin(_ name: String) -> Value? {
        if let o = overlay, let entry = o.values[name] { return entry }
        return builtins[name]
    }

    fileprivate func replaceBuiltin(_ name: String, _ value: Value?) {
        if let s = slotOf[name] { builtinFallback[s] = value }
    }

    init(builtins: AttrDict) {
        self.builtins = builtins
        capacity = 256
        values = .allocate(capacity: capacity)
        values.initialize(repeating: nil, count: capacity)
        builtinFallback = .allocate(capacity: capacity)
        builtinFallback.initialize(repeating: nil, count: capacity)
    }

    deinit {
        values.deinitialize(count: capacity)
        values.deallocate()
        builtinFallback.deinitialize(count: capacity)
        builtinFallback.deallocate()
    }

    public var count: Int { names.count }

    public func slot(for name: String) -> Int {
        if let s = slotOf[name] { return s }
        let s = names.count
        if s == capacity { grow() }
        names.append(name)
        slotOf[name] = s
        builtinFallback[s] = builtin(name)
        return s
    }

    /// Only between runs of code (compiling adds slots), never while the
    /// eval loop holds a slot pointer.
    private func grow() {
        let newCapacity = capacity * 2
        let nv = UnsafeMutablePointer<Value?>.allocate(capacity: newCapacity)
        nv.moveInitialize(from: values, count: capacity)
        (nv + capacity).initialize(repeating: nil, count: newCapacity - capacity)
        values.deallocate()
        values = nv
        let nb = UnsafeMutablePointer<Value?>.allocate(capacity: newCapacity)
        nb.moveInitialize(from: builtinFallback, count: capacity)
        (nb + capacity).initialize(repeating: nil, count: newCapacity - capacity)
        builtinFallback.deallocate()
        builtinFallback = nb
        capacity = newCapacity
    }

    public func existingSlot(_ name: String) -> Int? { slotOf[name] }

    public subscript(name: String) -> Value? {
        get { slotOf[name].flatMap { values[$0] } }
        set { values[slot(for: name)] = newValue }
    }

    /// Bound names in the order they were first bound (CPython's dict order).
    public var boundItems: [(String, Value)] {
        bindingOrder.compactMap { n in slotOf[n].flatMap { values[$0] }.map { (n, $0) } }
    }
    /// Order of first binding (dict insertion order of the module's globals).
    var bindingOrder: [String] = []
    private var everBound: Set<String> = []

    /// `del` of a global (the name keeps its slot).
    public func unbind(slot: Int) {
        values[slot] = nil
    }

    @inline(__always) func store(_ v: Value, slot: Int) {
        if values[slot] == nil { noteBound(slot) }
        values[slot] = v
    }
    func noteBound(_ slot: Int) {
        let n = names[slot]
        if !everBound.contains(n) {
            everBound.insert(n)
            bindingOrder.append(n)
        } else {
            // Deleted and re-bound: moves to the end, as in a dict.
            bindingOrder.removeAll { $0 == n }
            bindingOrder.append(n)
        }
    }
}
