// Reads what BytecodeWriter wrote back into code objects (see its header for
// the layout). Any mismatch (another format, another instruction set, another
// source) returns nil and the module is compiled from source instead.

import Foundation

struct BytecodeReader {
    private let bytes: [UInt8]
    private var at = 0
    private var strings: [String] = []
    /// The loading module's slot for each serialized global name.
    private var globalSlots: [Int32] = []

    /// The module code in `bytes`, its globals bound to slots of `globals`;
    /// nil when the bytes do not belong to `source` or to this build.
    static func load(_ bytes: [UInt8], source: String, globals: Globals) -> CodeObject? {
        var r = BytecodeReader(bytes: bytes)
        return try? r.module(source: source, globals: globals)
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private struct Malformed: Error {}

    private mutating func module(source: String, globals: Globals) throws -> CodeObject? {
        guard bytes.count > 4, Array(bytes[0..<4]) == BytecodeFormat.magic else { return nil }
        at = 4
        guard try uint() == BytecodeFormat.version, try uint64() == BytecodeFormat.opcodeFingerprint,
              try uint64() == BytecodeFormat.sourceHash(source) else { return nil }
        let globalCount = try uint()
        var slots: [Int32] = []
        slots.reserveCapacity(globalCount)
        // In serialized order, so the module's slots come out as the compiler made them.
        for _ in 0..<globalCount { slots.append(Int32(globals.slot(for: try rawString()))) }
        globalSlots = slots
        let stringCount = try uint()
        strings.reserveCapacity(stringCount)
        for _ in 0..<stringCount { strings.append(try rawString()) }
        let code = try readCode()
        guard at == bytes.count else { throw Malformed() }
        return code
    }

    // MARK: Primitives

    private mutating func byte() throws -> UInt8 {
        guard at < bytes.count else { throw Malformed() }
        defer { at += 1 }
        return bytes[at]
    }
    private mutating func uint() throws -> Int {
        var x: UInt = 0, shift: UInt = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw Malformed() }
            x |= UInt(b & 0x7f) << shift
            if b < 0x80 { break }
            shift += 7
        }
        return Int(bitPattern: x)
    }
    private mutating func int() throws -> Int {
        let z = UInt(bitPattern: try uint())
        return Int(bitPattern: (z >> 1) ^ (0 &- (z & 1)))
    }
    private mutating func uint64() throws -> UInt64 {
        var v: UInt64 = 0
        for i in 0..<8 { v |= UInt64(try byte()) << (8 * UInt64(i)) }
        return v
    }
    private mutating func rawString() throws -> String {
        let n = try uint()
        guard n >= 0, at + n <= bytes.count else { throw Malformed() }
        defer { at += n }
        return String(decoding: bytes[at..<(at + n)], as: UTF8.self)
    }
    private mutating func string() throws -> String {
        let i = try uint()
        guard i >= 0, i < strings.count else { throw Malformed() }
        return strings[i]
    }
    private mutating func stringList() throws -> [String] {
        let n = try uint()
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try string()) }
        return out
    }
    private mutating func intSet() throws -> Set<Int> {
        let n = try uint()
        var out = Set<Int>(minimumCapacity: n)
        for _ in 0..<n { out.insert(try int()) }
        return out
    }

    // MARK: Code objects

    private mutating func readCode() throws -> CodeObject {
        let name = try string(), qualname = try string(), filename = try string()
        let kindIndex = try uint()
        guard kindIndex < BytecodeFormat.kinds.count else { throw Malformed() }
        let c = CodeObject(name: name, qualname: qualname, filename: filename, kind: BytecodeFormat.kinds[kindIndex], firstLineNumber: try int())
        c.argCount = try uint(); c.posonlyArgCount = try uint(); c.kwonlyArgCount = try uint()
        let flags = try uint()
        c.hasVarargs = flags & 1 != 0; c.hasVarkeywords = flags & 2 != 0; c.isGenerator = flags & 4 != 0
        c.isCoroutine = flags & 16 != 0; c.isAsyncGenerator = flags & 32 != 0
        if flags & 8 != 0 { c.docstring = try string() }
        c.maxStackDepth = try uint()
        c.names = try stringList(); c.varnames = try stringList(); c.cellvars = try stringList()
        c.freevars = try stringList(); c.extraCells = try stringList()
        let cellSlots = try uint()
        c.cellParameterSlots = try (0..<cellSlots).map { _ in let v = try uint(); return v == 0 ? nil : v - 1 }
        c.hiddenSlots = try intSet(); c.comprehensionSlots = try intSet()
        c.executableLines = try intSet(); c.calleeLoads = try intSet()
        c.comprehensionStretches = try (0..<(try uint())).map { _ in
            let lower = try uint(), upper = try uint()
            guard lower <= upper else { throw Malformed() }
            return (range: lower..<upper, slots: try (0..<(try uint())).map { _ in try uint() })
        }
        let n = try uint()
        var instructions: [Instruction] = []
        instructions.reserveCapacity(n)
        for _ in 0..<n {
            guard let op = Opcode(rawValue: try byte()) else { throw Malformed() }
            if BytecodeFormat.hasGlobalSlot(op) {
                let i = try uint()
                guard i < globalSlots.count else { throw Malformed() }
                instructions.append(Instruction(op, globalSlots[i]))
            } else {
                instructions.append(Instruction(op, Int32(truncatingIfNeeded: try int())))
            }
        }
        var lines: [Int32] = []
        lines.reserveCapacity(n)
        var line = 0
        for _ in 0..<n { line += try int(); lines.append(Int32(truncatingIfNeeded: line)) }
        var positions: [SourceRange] = []
        positions.reserveCapacity(n)
        var p = SourceRange(line: 0, column: 0, endLine: 0, endColumn: 0)
        for _ in 0..<n {
            let l = p.line + (try int()), col = p.column + (try int())
            let endLine = l + (try int()), endCol = p.endColumn + (try int())
            p = SourceRange(line: l, column: col, endLine: endLine, endColumn: endCol)
            positions.append(p)
        }
        c.instructions = instructions
        c.lines = lines
        c.positions = positions
        let handlers = try uint()
        c.exceptionTable = try (0..<handlers).map { _ in
            ExceptionTableEntry(start: try uint(), end: try uint(), target: try uint(), depth: try uint(), pushLasti: try uint() != 0)
        }
        let constantCount = try uint()
        c.constants.reserveCapacity(constantCount)
        for _ in 0..<constantCount { c.constants.append(try constant()) }
        c.computePoolable()
        return c
    }

    private mutating func constant() throws -> Value {
        guard let tag = BytecodeFormat.Tag(rawValue: try byte()) else { throw Malformed() }
        switch tag {
        case .none: return .none
        case .false: return .bool(false)
        case .true: return .bool(true)
        case .int: return .int(try int())
        case .float: return .float(Double(bitPattern: try uint64()))
        case .str: return .object(PyStr(try string()))
        case .internedStr: return .object(StringInterner.intern(try string()))
        case .bigInt:
            guard let b = BigInt(try string(), radix: 10) else { throw Malformed() }
            return .bigInt(b)
        case .bytes:
            let n = try uint()
            guard n >= 0, at + n <= bytes.count else { throw Malformed() }
            defer { at += n }
            return .object(PyBytes(Array(bytes[at..<(at + n)])))
        case .ellipsis: return .object(BuiltinTypes.ellipsis)
        case .tuple:
            let n = try uint()
            var items: [Value] = []
            for _ in 0..<n { items.append(try constant()) }
            return .object(PyTuple(items))
        case .code: return .object(try readCode().pyCode)
        }
    }
}
