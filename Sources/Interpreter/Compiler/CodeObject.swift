// A compiled function body (or module, class body, comprehension): the
// instructions, their source positions, and the names CPython's code objects
// expose (co_varnames, co_cellvars, co_freevars...).

public final class CodeObject {
    public let name: String
    public let qualname: String
    public let filename: String
    public let kind: ScopeKind
    /// co_firstlineno: the `def` line, or the first decorator's line.
    public var firstLineNumber: Int

    public var instructions: [Instruction] = [] {
        didSet { instructionsDirty = true }
    }
    private var instructionsDirty = true
    private var _insts: UnsafeMutablePointer<Instruction>?
    /// A stable copy of `instructions` for the eval loop (no array checks).
    var insts: UnsafeMutablePointer<Instruction> {
        if instructionsDirty || _insts == nil {
            _insts?.deallocate()
            let p = UnsafeMutablePointer<Instruction>.allocate(capacity: max(instructions.count, 1))
            p.initialize(from: instructions, count: instructions.count)
            _insts = p
            instructionsDirty = false
        }
        return _insts!
    }
    private var _constants: UnsafeMutablePointer<Value>?
    private var constantsCount = 0
    /// A stable copy of `constants` for frames (set once compiled).
    var constantsBuffer: UnsafeMutablePointer<Value> {
        if let c = _constants, constantsCount == constants.count { return c }
        if let c = _constants { c.deinitialize(count: constantsCount); c.deallocate() }
        let p = UnsafeMutablePointer<Value>.allocate(capacity: max(constants.count, 1))
        p.initialize(from: constants, count: constants.count)
        _constants = p
        constantsCount = constants.count
        return p
    }
    /// Finished frames of this code, ready for the next call: a free list
    /// linked through Frame.nextPooled, each entry retained (+1). Pushing
    /// and popping transfer that reference: no counting, no array calls.
    private var poolHead: Unmanaged<Frame>?
    private(set) var pooledCount = 0
    /// Takes over the caller's +1 on `f`.
    @inline(__always) func pushPooled(_ f: Unmanaged<Frame>) {
        f._withUnsafeGuaranteedRef { $0.nextPooled = poolHead }
        poolHead = f
        pooledCount &+= 1
    }
    /// A pooled frame, retained (+1) for the caller.
    @inline(__always) func popPooled() -> Unmanaged<Frame>? {
        guard let f = poolHead else { return nil }
        poolHead = f._withUnsafeGuaranteedRef { $0.nextPooled }
        pooledCount &-= 1
        return f
    }
    /// Releases the pooled frames (the cycle collector: they hold their last function).
    func dropPooledFrames() {
        while let f = popPooled() { f.release() }
    }
    /// Frames can be pooled: no cells (they point back at their frame).
    private(set) var isPoolable = false
    func computePoolable() {
        isPoolable = cellvars.isEmpty && extraCells.isEmpty && !isGenerator && (kind == .function || kind == .lambda)
    }

    /// Per-instruction inline cache of LOAD_METHOD on built-in types, made
    /// on first use (Runtime/MethodCache.swift).
    var methodCache: UnsafeMutablePointer<MethodCacheEntry>?
    var methodCacheCount = 0

    deinit {
        while let f = popPooled() { f.release() }
        if let c = methodCache { c.deinitialize(count: methodCacheCount); c.deallocate() }
        _insts?.deallocate()
        if let c = _constants { c.deinitialize(count: constantsCount); c.deallocate() }
    }

    /// The one Python-visible code object (`f.__code__ is g.__code__` holds
    /// for two closures made by the same def).
    public lazy var pyCode: PyCode = PyCode(self)
    /// Source line of each instruction (0: none, e.g. the prologue).
    public var lines: [Int32] = []
    /// Source range of each instruction's expression (for tracebacks).
    public var positions: [SourceRange] = []
    public var constants: [Value] = []
    /// Attribute, import and class-body names.
    public var names: [String] = []
    /// Fast locals: parameters first, then locals in order of first use.
    public var varnames: [String] = []
    public var cellvars: [String] = []
    public var freevars: [String] = []
    /// For each cellvar, the parameter slot it is initialised from (MAKE_CELL).
    public var cellParameterSlots: [Int?] = []
    /// Fast slots of inlined comprehension variables at module/class level.
    public var hiddenSlots: Set<Int> = []
    /// Fast slots of inlined comprehension variables (any scope).
    public var comprehensionSlots: Set<Int> = []
    /// Instruction ranges where an inlined comprehension runs with these
    /// slots: a same-named local of the function is not visible there while
    /// the slot is unbound (CPython's one slot, cleared on entry).
    public var comprehensionStretches: [(range: Range<Int>, slots: [Int])] = []
    /// Cells made fresh by inlined comprehensions whose variable is captured.
    public var extraCells: [String] = []

    public var argCount = 0
    public var posonlyArgCount = 0
    public var kwonlyArgCount = 0
    public var hasVarargs = false
    public var hasVarkeywords = false
    public var isGenerator = false
    /// FOR_ITER's specialization state per instruction, replayed for the
    /// trace (Runtime/ForIterSpecialization.swift).
    var forIterSites: [Int: ForIterSite] = [:]
    var cachedBackEdgeTargets: Set<Int>?
    /// f_locals' order of the fast locals (Runtime/LocalsOrder.swift).
    var cachedLocalsOrder: [Int]?
    /// `async def` (isGenerator is set too: calling it makes a suspended
    /// frame). With `yield` in its body it is an async generator.
    public var isCoroutine = false
    public var isAsyncGenerator = false
    /// Code of the standard library (Modules/Lib): never traced or stepped,
    /// like the library frames CPython's tracer never shows.
    public private(set) var isLibrary = false
    /// compile()'s result: its source and mode, so exec/eval can compile it
    /// again for the globals they are given (global names are slots of one module).
    public var compiledSource: (text: String, mode: String)?
    /// The patterns MATCH_PATTERN tests, by index.
    public var matchPatterns: [Pattern] = []

    /// Marks this code and every code object nested in it as library code.
    func markLibrary() {
        isLibrary = true
        for k in constants {
            if case .object(let o) = k, let pc = o as? PyCode { pc.code.markLibrary() }
        }
    }
    /// Inlined comprehensions (PEP 709) store their loop variables as hidden
    /// fast locals: these are excluded from locals() unless bound.
    public var maxStackDepth = 0
    public var exceptionTable: [ExceptionTableEntry] = []
    /// Lines holding a `traceLine` instruction (breakpoint candidates).
    public var executableLines: Set<Int> = []
    /// Docstring or nil.
    public var docstring: String?
    /// Instructions that load the callable of a call (for `dis`: CPython
    /// marks them "+ NULL" or follows them with PUSH_NULL).
    var calleeLoads: Set<Int> = []

    public init(name: String, qualname: String, filename: String, kind: ScopeKind, firstLineNumber: Int) {
        self.name = name
        self.qualname = qualname
        self.filename = filename
        self.kind = kind
        self.firstLineNumber = firstLineNumber
    }

    public var cellCount: Int { cellvars.count + freevars.count + extraCells.count }
    /// Positional parameters including posonly, plus kwonly, plus * and **.
    public var totalParameterCount: Int { argCount + kwonlyArgCount + (hasVarargs ? 1 : 0) + (hasVarkeywords ? 1 : 0) }

    /// The innermost handler covering `offset`.
    @inline(__always)
    func handler(for offset: Int) -> ExceptionTableEntry? {
        for e in exceptionTable where offset >= e.start && offset < e.end { return e }
        return nil
    }
}

/// Zero-cost exception handling as CPython 3.11+: a raise inside [start, end)
/// truncates the value stack to `depth`, optionally pushes the offset of the
/// raising instruction (`pushLasti`), pushes the exception and jumps to
/// `target`. Entries are ordered innermost first.
public struct ExceptionTableEntry {
    public var start: Int
    public var end: Int
    public var target: Int
    public var depth: Int
    public var pushLasti: Bool
}
