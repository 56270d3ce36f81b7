// Compiled code objects as bytes, so the embedded library is loaded instead of
// parsed and compiled at every import (the front end costs ~65% of importing
// a module; CPython avoids the same cost with its frozen .pyc files).
//
// Layout: magic "SWBC", format version, opcode fingerprint, the source's hash,
// the module's global names (slot order), the string table, then the module's
// code object with its nested code objects depth-first. Integers are LEB128
// varints (zigzag where they can be negative). BytecodeReader mirrors this.

enum BytecodeFormat {
    static let magic: [UInt8] = Array("SWBC".utf8)
    /// Bump when the layout below changes.
    static let version = 2
    /// Changes when an opcode is added, removed or reordered, so bytecode
    /// written by another build of the instruction set is never run.
    static let opcodeFingerprint: UInt64 = {
        var h = fnv1a(0, Array(Opcode.allCases.map { "\($0)" }.joined(separator: ",").utf8))
        h = fnv1a(h, Array("\(ScopeKind.module)\(ScopeKind.classBody)".utf8))
        return h
    }()

    static func fnv1a(_ seed: UInt64, _ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = seed == 0 ? 0xcbf2_9ce4_8422_2325 : seed
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }
    /// Trailing newlines don't count: the embedded copy drops them.
    static func sourceHash(_ source: String) -> UInt64 {
        var u = Array(source.utf8)
        while u.last == UInt8(ascii: "\n") { u.removeLast() }
        return fnv1a(0, u)
    }

    /// Constant tags.
    enum Tag: UInt8 { case none, `false`, `true`, int, float, str, internedStr, bigInt, bytes, ellipsis, tuple, code }
    /// Scope kinds by number (ScopeKind has no raw values).
    static let kinds: [ScopeKind] = [.module, .function, .lambda, .comprehension, .generatorExpression, .classBody]
    /// Opcodes whose argument is a global slot: written as an index into the
    /// module's global names, remapped to the loading module's slots.
    static func hasGlobalSlot(_ op: Opcode) -> Bool { op == .loadGlobal || op == .storeGlobal || op == .deleteGlobal }
}

/// Something the format cannot hold (a match statement's patterns, a constant
/// of another type): the module is then compiled from source as before.
struct UnserializableCode: Error { let what: String }

struct BytecodeWriter {
    private var body: [UInt8] = []
    private var strings: [String] = []
    private var stringIndex: [String: Int] = [:]
    private let globalNames: [String]

    /// `code` compiled against `globals`; `source` is what it was compiled from.
    static func serialize(_ code: CodeObject, source: String, globals: Globals) throws -> [UInt8] {
        var w = BytecodeWriter(globalNames: globals.names)
        try w.write(code)
        var out = BytecodeFormat.magic
        var head = BytecodeWriter(globalNames: [])
        head.uint(BytecodeFormat.version)
        head.uint64(BytecodeFormat.opcodeFingerprint)
        head.uint64(BytecodeFormat.sourceHash(source))
        head.uint(w.globalNames.count)
        for n in w.globalNames { head.rawString(n) }
        head.uint(w.strings.count)
        for s in w.strings { head.rawString(s) }
        out += head.body
        out += w.body
        return out
    }

    private init(globalNames: [String]) { self.globalNames = globalNames }

    // MARK: Primitives

    mutating func uint(_ v: Int) {
        var x = UInt(bitPattern: v)
        while x >= 0x80 { body.append(UInt8(x & 0x7f) | 0x80); x >>= 7 }
        body.append(UInt8(x))
    }
    mutating func int(_ v: Int) { uint(Int(bitPattern: UInt(bitPattern: (v << 1) ^ (v >> 63)))) }
    mutating func uint64(_ v: UInt64) { for i in 0..<8 { body.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(i)))) } }
    mutating func rawString(_ s: String) { let u = Array(s.utf8); uint(u.count); body += u }
    mutating func string(_ s: String) {
        if let i = stringIndex[s] { uint(i); return }
        stringIndex[s] = strings.count
        uint(strings.count)
        strings.append(s)
    }
    mutating func strings(_ list: [String]) { uint(list.count); for s in list { string(s) } }
    mutating func ints(_ set: Set<Int>) { let s = set.sorted(); uint(s.count); for v in s { int(v) } }

    // MARK: Code objects

    mutating func write(_ c: CodeObject) throws {
        guard c.matchPatterns.isEmpty else { throw UnserializableCode(what: "match patterns in \(c.qualname)") }
        string(c.name); string(c.qualname); string(c.filename)
        uint(BytecodeFormat.kinds.firstIndex(of: c.kind) ?? 0)
        int(c.firstLineNumber)
        uint(c.argCount); uint(c.posonlyArgCount); uint(c.kwonlyArgCount)
        uint((c.hasVarargs ? 1 : 0) | (c.hasVarkeywords ? 2 : 0) | (c.isGenerator ? 4 : 0) | (c.docstring != nil ? 8 : 0)
             | (c.isCoroutine ? 16 : 0) | (c.isAsyncGenerator ? 32 : 0))
        if let d = c.docstring { string(d) }
        uint(c.maxStackDepth)
        strings(c.names); strings(c.varnames); strings(c.cellvars); strings(c.freevars); strings(c.extraCells)
        uint(c.cellParameterSlots.count)
        for s in c.cellParameterSlots { uint(s.map { $0 + 1 } ?? 0) }
        ints(c.hiddenSlots); ints(c.comprehensionSlots); ints(c.executableLines); ints(c.calleeLoads)
        uint(c.comprehensionStretches.count)
        for s in c.comprehensionStretches {
            uint(s.range.lowerBound); uint(s.range.upperBound); uint(s.slots.count)
            for slot in s.slots { uint(slot) }
        }
        uint(c.instructions.count)
        for ins in c.instructions {
            body.append(ins.op.rawValue)
            if BytecodeFormat.hasGlobalSlot(ins.op) {
                guard ins.arg >= 0, Int(ins.arg) < globalNames.count else { throw UnserializableCode(what: "global slot \(ins.arg)") }
                uint(Int(ins.arg))
            } else {
                int(Int(ins.arg))
            }
        }
        var previous = 0
        for l in c.lines { int(Int(l) - previous); previous = Int(l) }
        var p = SourceRange(line: 0, column: 0, endLine: 0, endColumn: 0)
        for r in c.positions {
            int(r.line - p.line); int(r.column - p.column); int(r.endLine - r.line); int(r.endColumn - p.endColumn)
            p = r
        }
        uint(c.exceptionTable.count)
        for e in c.exceptionTable { uint(e.start); uint(e.end); uint(e.target); uint(e.depth); uint(e.pushLasti ? 1 : 0) }
        uint(c.constants.count)
        for k in c.constants { try constant(k) }
    }

    private mutating func tag(_ t: BytecodeFormat.Tag) { body.append(t.rawValue) }

    mutating func constant(_ v: Value) throws {
        switch v {
        case .none: tag(.none)
        case .bool(let b): tag(b ? .true : .false)
        case .int(let i): tag(.int); int(i)
        case .float(let d): tag(.float); uint64(d.bitPattern)
        case .object(let o):
            if let s = o as? PyStr { tag(StringInterner.table[s.value] === s ? .internedStr : .str); string(s.value) }
            else if let b = o as? PyInt { tag(.bigInt); string(b.value.description) }
            else if let b = o as? PyBytes, !b.isMutable { tag(.bytes); uint(b.bytes.count); body += b.bytes }
            else if o === BuiltinTypes.ellipsis { tag(.ellipsis) }
            else if let t = o as? PyTuple { tag(.tuple); uint(t.items.count); for x in t.items { try constant(x) } }
            else if let pc = o as? PyCode { tag(.code); try write(pc.code) }
            else { throw UnserializableCode(what: "constant of type \(o.pyType.name)") }
        }
    }
}
