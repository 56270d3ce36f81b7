// The compiler: AST + symbol tables -> CodeObjects. One CompileUnit per
// function/class/module body being compiled (a stack of them, like CPython's
// compiler_unit). Names are resolved to opcodes at compile time from the
// ScopeAnalyzer's decisions: fast slot, cell/free slot, global slot, or
// (module and class bodies) by name.

public final class Compiler {
    let filename: String
    let analysis: ScopeAnalysis
    let globals: Globals
    var unit: CompileUnit!
    var units: [CompileUnit] = []
    /// Constants of every unit, by value (merged()).
    var mergedConstants: [ConstKey: Value] = [:]
    /// `from __future__ import annotations`: annotations compile to their text (AnnotationText.swift).
    var futureAnnotations = false

    init(filename: String, analysis: ScopeAnalysis, globals: Globals) {
        self.filename = filename
        self.analysis = analysis
        self.globals = globals
    }

    /// Compiles a whole module. Throws SyntaxErrorInfo for errors only the
    /// compiler sees ('break' outside loop...).
    public static func compile(module: Module, analysis: ScopeAnalysis, filename: String, globals: Globals, evalMode: Bool = false) throws -> CodeObject {
        do {
            return try compileTagged(module: module, analysis: analysis, filename: filename, globals: globals, evalMode: evalMode)
        } catch var e as SyntaxErrorInfo {
            e.stage = .compiler
            throw e
        }
    }

    private static func compileTagged(module: Module, analysis: ScopeAnalysis, filename: String, globals: Globals, evalMode: Bool) throws -> CodeObject {
        try BlockNesting.check(module.body, filename: filename)
        let c = Compiler(filename: filename, analysis: analysis, globals: globals)
        c.futureAnnotations = SymbolTableBuilder.hasFutureAnnotations(module.body)
        let table = analysis.module
        let code = CodeObject(name: "<module>", qualname: "<module>", filename: filename, kind: .module, firstLineNumber: 1)
        c.pushUnit(CompileUnit(code: code, table: table))
        if let doc = docstring(of: module.body) {
            code.docstring = doc
        }
        if evalMode, let last = module.body.last, case .expr(let e) = last.kind {
            // eval(): the value of the final expression is the result.
            try c.compileBody(Array(module.body.dropLast()), isModule: true)
            try c.compileExpr(e)
            c.emit(.returnValue)
        } else {
            try c.compileBody(module.body, isModule: true)
            if module.body.isEmpty {
                // A program of comments and blank lines: CPython's lone
                // RETURN_CONST takes RESUME's line 0 and reports it.
                c.unit.append(Instruction(.traceLine, Int32(Compiler.lineZeroTracePoint)), line: 0, range: .unknown)
            }
            // The implicit return has no line of its own (CPython reports
            // the last line executed).
            c.setLocation(line: 0, range: nil)
            c.emitReturnNone()
        }
        return c.popUnit()
    }

    static func docstring(of body: [Stmt]) -> String? {
        if let first = body.first, case .expr(let e) = first.kind, case .constant(.string(let s)) = e.kind { return cleanDoc(s) }
        return nil
    }

    /// CPython 3.13 strips docstrings' indentation at compile time: the
    /// first line's leading blanks, and the common margin of the others.
    static func cleanDoc(_ doc: String) -> String {
        var lines = doc.replacingTabs().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard !lines.isEmpty else { return doc }
        lines[0] = String(lines[0].drop(while: { $0 == " " }))
        var margin = Int.max
        for l in lines.dropFirst() {
            let indent = l.prefix(while: { $0 == " " }).count
            if indent < l.count { margin = min(margin, indent) }
        }
        for i in lines.indices.dropFirst() {
            let indent = lines[i].prefix(while: { $0 == " " }).count
            lines[i] = String(lines[i].dropFirst(min(indent, margin == Int.max ? indent : margin)))
        }
        return lines.joined(separator: "\n")
    }

    // MARK: Units

    func pushUnit(_ u: CompileUnit) {
        if let cur = unit { units.append(cur) }
        unit = u
    }

    func popUnit() -> CodeObject {
        let u = unit!
        u.finish()
        unit = units.popLast()
        return u.code
    }

    // MARK: Emission

    var code: CodeObject { unit.code }

    func setLocation(line: Int, range: SourceRange?) {
        unit.currentLine = line
        unit.currentRange = range ?? SourceRange(line: line, column: 0, endLine: line, endColumn: 0)
    }

    /// Runs `body` with the location set to `range`, restoring it after (as
    /// CPython's SET_LOC around each expression).
    func withLocation<T>(_ range: SourceRange, _ body: () throws -> T) rethrows -> T {
        let savedLine = unit.currentLine, savedRange = unit.currentRange
        setLocation(line: range.line, range: range)
        defer { unit.currentLine = savedLine; unit.currentRange = savedRange }
        return try body()
    }

    @discardableResult
    func emit(_ op: Opcode, _ arg: Int = 0) -> Int {
        // Trace points are placed after emission (LineTable.swift).
        let line = unit.currentLine
        if line > 0 { unit.lastLine = line }
        return unit.append(Instruction(op, Int32(truncatingIfNeeded: arg)), line: line, range: unit.currentRange)
    }

    func newLabel() -> Label { unit.newLabel() }

    /// Binds `label` to the next instruction.
    func bind(_ label: Label) {
        unit.labelTargets[label.id] = unit.code.instructions.count
    }

    /// Kept for the call sites' documentation: a label reached from code of
    /// the same line (its trace point does not report).
    func bindWithoutTracePoint(_ label: Label) { bind(label) }

    func emitJump(_ op: Opcode, _ label: Label) {
        let at = emit(op, 0)
        unit.jumpFixups.append((at, label.id))
    }

    /// The backward jump closing a `for` loop or a comprehension: CPython
    /// gives it no source location, so the loop header reports a `line`
    /// event on every iteration even when the body is on the same line.
    func emitArtificialJumpBack(_ label: Label) {
        let saved = (unit.currentLine, unit.currentRange)
        setLocation(line: 0, range: nil)
        let at = unit.append(Instruction(.jumpBackward, Int32(Compiler.noLocationFlag)), line: 0, range: .unknown)
        unit.jumpFixups.append((at, label.id))
        (unit.currentLine, unit.currentRange) = saved
    }

    /// Code without a source location ahead of the next trace point, as the
    /// SWAP/POP_TOP that open some of CPython's handlers: that trace point
    /// then reports its line even when it is the line just reported.
    func emitNoLocationMarker() {
        unit.append(Instruction(.nop, 0), line: 0, range: .unknown)
    }

    /// A jump without a source location (CPython's NO_LOCATION jumps that
    /// close an `if` body or a conditional expression's first branch): it
    /// runs on the line of the code before it, so it has no trace point.
    func emitJumpWithoutLocation(_ op: Opcode, _ label: Label) {
        let saved = (unit.currentLine, unit.currentRange)
        setLocation(line: 0, range: nil)
        emitJump(op, label)
        (unit.currentLine, unit.currentRange) = saved
    }

    /// The argument of a trace point that reports line 0 (traceLine 0
    /// means "no line").
    static let lineZeroTracePoint = -2

    /// Set in a jump's argument: the jump has no source location.
    static let noLocationFlag = 1 << 24

    func emitReturnNone() {
        emit(.returnConst, unit.constant(.none))
    }

    func loadConst(_ v: Value) { emit(.loadConst, unit.constant(merged(v))) }

    /// Reserves a constant without emitting code.
    func loadConstSlot(_ v: Value) { _ = unit.constant(merged(v)) }

    /// One object for equal constants of the whole compilation (CPython's
    /// merge_consts_recursive): `(1, 2) is (1, 2)` in one module, and the
    /// items of a constant tuple are the same objects as equal constants.
    func merged(_ v: Value) -> Value {
        guard case .object(let o) = v, o.kind == .tuple || o.kind == .bigInt || o.kind == .bytes || o.kind == .complex,
              let key = ConstKey.merging(v) else { return v }
        if let m = mergedConstants[key] { return m }
        var result = v
        if o.kind == .tuple {
            let items = unsafeDowncast(o, to: PyTuple.self).items
            let mergedItems = items.map { merged($0) }
            if !zip(items, mergedItems).allSatisfy({ $0.isIdentical(to: $1) }) { result = .object(PyTuple(mergedItems)) }
        }
        mergedConstants[key] = result
        return result
    }

    func nameIndex(_ name: String) -> Int { unit.name(name) }

    /// Private-name mangling (CPython's _Py_Mangle with u_private): inside
    /// `class C` (and the functions nested in it) `__x` is `_C__x`, for
    /// variable names and attribute names alike.
    func mangled(_ name: String) -> String {
        ScopeAnalyzer.mangle(name, privateName: unit.table.privateName)
    }

    // MARK: Exception regions

    /// Starts covering emitted code with a handler at `target`; the stack is
    /// truncated to the current block depth on a raise.
    func beginRegion(handler target: Label, depth: Int, pushLasti: Bool = false) -> Region {
        let r = Region(id: unit.regions.count, handler: target, depth: depth, pushLasti: pushLasti)
        unit.regions.append(r)
        r.open(at: unit.code.instructions.count)
        return r
    }

    func endRegion(_ r: Region) {
        r.close(at: unit.code.instructions.count)
        unit.closedRegions.append(r)
    }

    func syntaxError(_ message: String, _ range: SourceRange) -> SyntaxErrorInfo {
        SyntaxErrorInfo(message: message, filename: filename, line: range.line, column: range.column,
                        endColumn: range.endLine == range.line ? range.endColumn : nil, sourceLine: nil)
    }
}

public struct Label { let id: Int }

extension String {
    /// Tabs expanded to the next multiple of 8, as str.expandtabs().
    func replacingTabs() -> String {
        if !contains("\t") { return self }
        var out = ""
        var col = 0
        for ch in self {
            if ch == "\t" {
                let n = 8 - col % 8
                out += repeatString(" ", count: n)
                col += n
            } else {
                out.append(ch)
                col = ch == "\n" ? 0 : col + 1
            }
        }
        return out
    }
}

/// A range of code covered by one exception handler. It may be suspended
/// (for inlined `finally` bodies on return/break paths) and resumed, so it is
/// a list of segments.
final class Region {
    let id: Int
    let handler: Label
    let depth: Int
    let pushLasti: Bool
    var segments: [(Int, Int)] = []
    var openStart: Int?

    init(id: Int, handler: Label, depth: Int, pushLasti: Bool) {
        self.id = id
        self.handler = handler
        self.depth = depth
        self.pushLasti = pushLasti
    }
    func open(at i: Int) { openStart = i }
    func close(at i: Int) {
        if let s = openStart, i > s { segments.append((s, i)) }
        openStart = nil
    }
    var isOpen: Bool { openStart != nil }
}

/// Per-body compilation state.
final class CompileUnit {
    let code: CodeObject
    let table: SymbolTable
    var currentLine = 0
    var currentRange = SourceRange.unknown
    var lastLine = 1
    var labelCount = 0
    var labelTargets: [Int: Int] = [:]
    var jumpFixups: [(Int, Int)] = []
    var regions: [Region] = []
    var closedRegions: [Region] = []
    /// Regions closed while emitting a return/break path, reopened after it.
    var suspended: [Region] = []
    /// Enclosing loops / try / with / except blocks, innermost last.
    var blocks: [Block] = []
    /// Items the enclosing blocks keep on the value stack (for-iterators,
    /// with-exits, saved exceptions): the stack depth at statement start.
    var blockDepth = 0
    private var constIndex: [ConstKey: Int] = [:]
    private var nameIndexMap: [String: Int] = [:]
    var varIndex: [String: Int] = [:]
    var cellIndex: [String: Int] = [:]
    /// Inlined comprehensions being compiled: their bound names map to hidden slots.
    var comprehensionScopes: [ComprehensionScope] = []
    /// Where an inlined comprehension has cleared its variables' names
    /// (CPython's LOAD_FAST_AND_CLEAR): labels of each stretch, the slots.
    var comprehensionStretches: [(start: Label, end: Label, slots: [Int])] = []
    /// Regions of `async with` blocks: leaving one awaits `__aexit__`.
    var asyncWithRegions: Set<Int> = []
    var hiddenCounter = 0

    init(code: CodeObject, table: SymbolTable) {
        self.code = code
        self.table = table
        for p in table.parameters { _ = addVar(p) }
        code.cellvars = table.cellvars
        code.freevars = table.freevars
        for (i, n) in table.cellvars.enumerated() { cellIndex[n] = i }
        for (i, n) in table.freevars.enumerated() { cellIndex[n] = table.cellvars.count + i }
        code.cellParameterSlots = table.cellvars.map { varIndex[$0] }
        code.argCount = table.argCount
        code.posonlyArgCount = table.posonlyCount
        code.kwonlyArgCount = table.kwonlyCount
        code.hasVarargs = table.hasVarargs
        code.hasVarkeywords = table.hasVarkeywords
        code.isGenerator = table.isGenerator || table.isCoroutine
        code.isCoroutine = table.isCoroutine && !table.isGenerator
        code.isAsyncGenerator = table.isCoroutine && table.isGenerator
    }

    func addVar(_ name: String) -> Int {
        if let i = varIndex[name] { return i }
        let i = code.varnames.count
        code.varnames.append(name)
        varIndex[name] = i
        return i
    }

    /// A fast slot no user name can collide with (comprehension variables at
    /// module or class level; their display name is kept separately).
    func hiddenVar(_ name: String) -> Int {
        // CPython gives a name one slot for all the comprehensions of a
        // body: a later comprehension reuses the slot of an earlier one
        // (f_locals order), unless an enclosing comprehension still uses it.
        let active = Set(comprehensionScopes.flatMap { $0.fastSlots.values })
        if let i = code.varnames.indices.first(where: {
            code.varnames[$0] == name && code.comprehensionSlots.contains($0) && !active.contains($0)
        }) {
            return i
        }
        hiddenCounter += 1
        let i = code.varnames.count
        code.varnames.append(name)
        if table.kind == .module || table.kind == .classBody { code.hiddenSlots.insert(i) }
        code.comprehensionSlots.insert(i)
        return i
    }

    func addHiddenCell(_ name: String) -> Int {
        // Cells live after cellvars+freevars in the frame; record them as
        // extra cellvars so frames allocate room.
        let i = code.cellvars.count + code.freevars.count + code.extraCells.count
        code.extraCells.append(name)
        return i
    }

    @discardableResult
    func append(_ ins: Instruction, line: Int, range: SourceRange) -> Int {
        code.instructions.append(ins)
        code.lines.append(Int32(line))
        code.positions.append(range)
        return code.instructions.count - 1
    }

    func newLabel() -> Label {
        labelCount += 1
        return Label(id: labelCount)
    }

    func constant(_ v: Value) -> Int {
        let key = ConstKey.merging(v)
        if let k = key, let i = constIndex[k] { return i }
        code.constants.append(v)
        let i = code.constants.count - 1
        if let k = key { constIndex[k] = i }
        return i
    }

    func name(_ n: String) -> Int {
        if let i = nameIndexMap[n] { return i }
        code.names.append(n)
        nameIndexMap[n] = code.names.count - 1
        return code.names.count - 1
    }

    /// Resolves jumps, builds the exception table and the stack depth.
    func finish() {
        placeTracePoints()
        for (at, labelID) in jumpFixups {
            let flags = code.instructions[at].arg & Int32(Compiler.noLocationFlag)
            code.instructions[at].arg = Int32(labelTargets[labelID] ?? code.instructions.count) | flags
        }
        var entries: [ExceptionTableEntry] = []
        for r in closedRegions {
            let target = labelTargets[r.handler.id] ?? code.instructions.count
            for (s, e) in r.segments {
                entries.append(ExceptionTableEntry(start: s, end: e, target: target, depth: r.depth, pushLasti: r.pushLasti))
            }
        }
        code.exceptionTable = entries
        code.comprehensionStretches = comprehensionStretches.map {
            (range: (labelTargets[$0.start.id] ?? 0)..<(labelTargets[$0.end.id] ?? 0), slots: $0.slots)
        }
        code.maxStackDepth = StackDepth.compute(code)
        code.computePoolable()
    }
}

/// Constant deduplication key (ints, floats by bits, strings; not objects).
struct ConstKey: Hashable {
    let tag: Int
    let bits: Int
    /// A str constant's UTF-8 bytes: Swift's String == would merge canonically
    /// equivalent strings ("\u{e9}" and "e\u{301}"), which Python keeps apart.
    let text: [UInt8]
    /// A tuple's items (CPython's _PyCode_ConstantKey: (1, 2) and (1, 2.0) differ).
    let items: [ConstKey]
    init?(_ v: Value) {
        items = []
        switch v {
        case .int(let i): tag = 0; bits = i; text = []
        case .float(let d): tag = 1; bits = Int(truncatingIfNeeded: d.bitPattern); text = []
        case .bool(let b): tag = 2; bits = b ? 1 : 0; text = []
        case .none: tag = 3; bits = 0; text = []
        case .object(let o):
            if let s = o as? PyStr { tag = 4; bits = 0; text = Array(s.value.utf8) } else { return nil }
        }
    }
    private init(tag: Int, bits: Int = 0, text: [UInt8] = [], items: [ConstKey] = []) {
        self.tag = tag
        self.bits = bits
        self.text = text
        self.items = items
    }
    /// The key of any constant the compiler makes, tuples and big ints
    /// included (nil: not merged).
    static func merging(_ v: Value) -> ConstKey? {
        if let k = ConstKey(v) { return k }
        guard case .object(let o) = v, !o.hasUserClass else { return nil }
        switch o.kind {
        case .tuple:
            var keys: [ConstKey] = []
            for x in unsafeDowncast(o, to: PyTuple.self).items {
                guard let k = merging(x) else { return nil }
                keys.append(k)
            }
            return ConstKey(tag: 5, items: keys)
        case .bigInt: return ConstKey(tag: 6, text: Array(unsafeDowncast(o, to: PyInt.self).value.description.utf8))
        case .bytes:
            let b = unsafeDowncast(o, to: PyBytes.self)
            return b.isMutable ? nil : ConstKey(tag: 7, text: b.bytes)
        case .complex:
            let z = unsafeDowncast(o, to: PyComplex.self).value
            return ConstKey(tag: 8, bits: Int(truncatingIfNeeded: z.re.bitPattern), items: [ConstKey(tag: 1, bits: Int(truncatingIfNeeded: z.im.bitPattern))])
        case .ellipsis: return ConstKey(tag: 9)
        default: return nil
        }
    }
}

/// What `return`, `break` and `continue` must unwind.
enum Block {
    case loop(continueTarget: Label, breakTarget: Label, isFor: Bool)
    /// Inside the body of try/finally: run `finalbody` before leaving.
    case finallyTry(finalbody: [Stmt], region: Region)
    /// Inside a finally body on the exception path: [prev, exc] on the
    /// stack; `region` is its cleanup (leaving ends it, CPython's POP_BLOCK).
    case finallyEnd(region: Region)
    /// Inside a finally body run by a return: the return value is on the
    /// stack; a break, continue or return there drops it (CPython's POP_VALUE).
    case pendingValue
    /// Inside an except handler: [prev] on the stack; `name` to clear.
    /// Leaving ends `region` (the name's cleanup) and `cleanup` (the
    /// handlers' own), as CPython's two POP_BLOCKs in HANDLER_CLEANUP.
    case handler(name: String?, region: Region?, cleanup: Region?)
    /// Inside a with body: the exit callable on the stack.
    case with(region: Region, line: Int)
    /// Inside an except handler's cleanup-protected body region.
    case exceptRegion(region: Region)
    /// Inside an except* body: [prev, orig, list, rest] on the stack; no
    /// break, continue or return may leave it (Compiler+TryStar.swift).
    case exceptionGroupHandler
}

struct ComprehensionScope {
    let table: SymbolTable
    /// name -> fast slot or cell slot
    var fastSlots: [String: Int]
    var cellSlots: [String: Int]
}
