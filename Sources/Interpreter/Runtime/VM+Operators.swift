// Arithmetic, comparison and equality with Python's semantics: ints promote
// to BigInt on overflow and demote back, floor division and modulo take the
// divisor's sign, user classes get __add__/__radd__/__iadd__ and rich
// comparisons with reflection, and errors carry CPython's messages.

/// A number operand: bool and int share `.int`.
enum Num {
    case int(Int)
    case big(BigInt)
    case float(Double)
}

extension VM {
    @inline(__always) func asNum(_ v: Value) -> Num? {
        switch v {
        case .int(let i): return .int(i)
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .float(d)
        case .object(let o) where o.kind == .bigInt: return .big(unsafeDowncast(o, to: PyInt.self).value)
        case .object(let o) where o.kind == .boxedFloat: return .float(unsafeDowncast(o, to: PyFloatOfClass.self).value)
        default: return nil
        }
    }

    func toDouble(_ n: Num) throws -> Double {
        switch n {
        case .int(let i): return Double(i)
        case .big(let b): return try libCall { try b.pyToDouble() }
        case .float(let d): return d
        }
    }

    func big(_ n: Num) -> BigInt {
        switch n {
        case .int(let i): return BigInt(i)
        case .big(let b): return b
        case .float(let d): return BigInt(truncating: d) ?? BigInt(0)
        }
    }

    /// Maps the leaf libraries' errors to Python exceptions.
    func libCall<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as PyLibError {
            switch e.kind {
            case .valueError: throw PyError.valueError(e.message)
            case .typeError: throw PyError.typeError(e.message)
            case .overflowError:
                if e.message == PyLibError.rangeErrorMessage {
                    // repr OverflowError(34, 'Numerical result out of range'), as CPython's
                    throw PyError(PyExceptionObject(cls: BuiltinTypes.OverflowError, args: [.int(34), .str("Numerical result out of range")]))
                }
                throw PyError.overflow(e.message)
            case .zeroDivisionError: throw PyError.zeroDivision(e.message)
            case .memoryError: throw MemoryBudget.error
            }
        }
    }

    func numericBinary(_ a: Num, _ b: Num, _ op: BinaryOperator) throws -> Value? {
        if case .float = a { return try floatBinary(try toDouble(a), try toDouble(b), op) }
        if case .float = b { return try floatBinary(try toDouble(a), try toDouble(b), op) }
        if case .int(let x) = a, case .int(let y) = b {
            switch op {
            case .add: let (r, o) = x.addingReportingOverflow(y); if !o { return .int(r) }
            case .sub: let (r, o) = x.subtractingReportingOverflow(y); if !o { return .int(r) }
            case .mult: let (r, o) = x.multipliedReportingOverflow(by: y); if !o { return .int(r) }
            case .floorDiv:
                if y == 0 { throw PyError.zeroDivision("integer division or modulo by zero") }
                if let q = pyFloorDiv(x, y) { return .int(q) }
            case .mod:
                if y == 0 { throw PyError.zeroDivision("integer modulo by zero") }
                if let m = pyMod(x, y) { return .int(m) }
            case .div:
                if y == 0 { throw PyError.zeroDivision("division by zero") }
                if abs(x) < (1 << 53) && abs(y) < (1 << 53) { return .float(Double(x) / Double(y)) }
            case .pow:
                if y < 0 {
                    if x == 0 { throw PyError.zeroDivision("0.0 cannot be raised to a negative power") }
                    return .float(try libCall { try pyPow(Double(x), Double(y)) } ?? 0)
                }
                if let r = pyIntPow(x, y) { return .int(r) }
            case .lShift:
                if y < 0 { throw PyError.valueError("negative shift count") }
                if let r = pyIntLeftShift(x, y) { return .int(r) }
            case .rShift:
                if y < 0 { throw PyError.valueError("negative shift count") }
                return .int(pyIntRightShift(x, y))
            case .bitAnd: return .int(x & y)
            case .bitOr: return .int(x | y)
            case .bitXor: return .int(x ^ y)
            case .matMult: return nil
            }
        }
        // BigInt path.
        let x = big(a), y = big(b)
        switch op {
        case .add: return .bigInt(x + y)
        case .sub: return .bigInt(x - y)
        case .mult: return .bigInt(x * y)
        case .floorDiv:
            guard let q = x.floorDiv(y) else { throw PyError.zeroDivision("integer division or modulo by zero") }
            return .bigInt(q)
        case .mod:
            guard let m = x.mod(y) else { throw PyError.zeroDivision("integer modulo by zero") }
            return .bigInt(m)
        case .div:
            if y.isZero { throw PyError.zeroDivision("division by zero") }
            return .float(try libCall { try BigInt.trueDivide(x, y) })
        case .pow:
            if y.isNegative {
                if x.isZero { throw PyError.zeroDivision("0.0 cannot be raised to a negative power") }
                return .float(try libCall { try pyPow(try x.pyToDouble(), try y.pyToDouble()) } ?? 0)
            }
            // 0, 1 and -1 stay small whatever the exponent; otherwise the
            // result's size (exponent × bits) must fit in the budget.
            if x.isZero { return .int(y.isZero ? 1 : 0) }
            if x.bitLength == 1 && !x.isNegative { return .int(1) }
            if x.bitLength == 1 { return .int(y.isOdd ? -1 : 1) }
            guard let e = y.asInt else { throw MemoryBudget.error }
            let (bits, o) = e.multipliedReportingOverflow(by: x.bitLength)
            if o { throw MemoryBudget.error }
            try MemoryBudget.check(count: bits / 8 + 8, size: 1)
            return .bigInt(x.power(e))
        case .lShift:
            if y.isNegative { throw PyError.valueError("negative shift count") }
            if x.isZero { return .int(0) }
            // CPython: a result beyond memory is a MemoryError, whatever the count.
            guard let n = y.asInt else { throw MemoryBudget.error }
            try MemoryBudget.check(count: n / 8 + 16, size: 1)
            return .bigInt(x << n)
        case .rShift:
            if y.isNegative { throw PyError.valueError("negative shift count") }
            guard let n = y.asInt else { return .int(x.isNegative ? -1 : 0) }
            return .bigInt(x >> n)
        case .bitAnd: return .bigInt(x & y)
        case .bitOr: return .bigInt(x | y)
        case .bitXor: return .bigInt(x ^ y)
        case .matMult: return nil
        }
    }

    func floatBinary(_ x: Double, _ y: Double, _ op: BinaryOperator) throws -> Value? {
        switch op {
        case .add: return .float(x + y)
        case .sub: return .float(x - y)
        case .mult: return .float(x * y)
        case .div: return .float(try libCall { try pyFloatTrueDiv(x, y) })
        case .floorDiv: return .float(try libCall { try pyFloatFloorDiv(x, y) })
        case .mod: return .float(try libCall { try pyFloatMod(x, y) })
        case .pow:
            guard let r = try libCall({ try pyPow(x, y) }) else { return try complexPowerOfReals(x, y) }
            return .float(r)
        default: return nil
        }
    }

    static let dunderNames: [BinaryOperator: (String, String, String)] = [
        .add: ("__add__", "__radd__", "__iadd__"), .sub: ("__sub__", "__rsub__", "__isub__"),
        .mult: ("__mul__", "__rmul__", "__imul__"), .matMult: ("__matmul__", "__rmatmul__", "__imatmul__"),
        .div: ("__truediv__", "__rtruediv__", "__itruediv__"), .floorDiv: ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        .mod: ("__mod__", "__rmod__", "__imod__"), .pow: ("__pow__", "__rpow__", "__ipow__"),
        .lShift: ("__lshift__", "__rlshift__", "__ilshift__"), .rShift: ("__rshift__", "__rrshift__", "__irshift__"),
        .bitOr: ("__or__", "__ror__", "__ior__"), .bitXor: ("__xor__", "__rxor__", "__ixor__"), .bitAnd: ("__and__", "__rand__", "__iand__"),
    ]

    public func binaryOperation(_ l: Value, _ r: Value, _ op: BinaryOperator, inplace: Bool = false) throws -> Value {
        // bool's own &, |, ^ keep the bool type (True | False is True).
        if case .bool(let a) = l, case .bool(let b) = r {
            switch op {
            case .bitAnd: return .bool(a && b)
            case .bitOr: return .bool(a || b)
            case .bitXor: return .bool(a != b)
            default: break
            }
        }
        // A subclass instance's own operator methods come before the native ones.
        let subclassed = l.hasUserClass || r.hasUserClass
        if !subclassed, let a = asNum(l), let b = asNum(r), let v = try numericBinary(a, b, op) { return v }
        if !subclassed, let v = try complexBinary(l, r, op, inplace: inplace) { return v }
        if !subclassed, let v = try builtinBinary(l, r, op, inplace: inplace) { return v }
        // User-defined operators.
        let lt = typeOf(l), rt = typeOf(r)
        let (name, rname, iname) = VM.dunderNames[op]!
        if inplace, let f = opMethod(lt, iname) {
            let res = try call(try bindIfFunction(f, to: l, type: lt), [r])
            if !isNotImplemented(res) { return res }
        }
        // CPython's binary_op1 / SLOT1BINFULL: the reflected method is tried
        // only for operands of different types; a subclass's own reflected
        // method (one that overrides the left type's) goes first.
        let sameType = lt === rt
        var tryReflectedFirst = false
        if !sameType && rt.isSubtype(of: lt), let rf = opMethod(rt, rname) {
            if let lf = opMethod(lt, rname) { tryReflectedFirst = !rf.isIdentical(to: lf) } else { tryReflectedFirst = true }
        }
        if tryReflectedFirst, let f = opMethod(rt, rname) {
            let res = try call(try bindIfFunction(f, to: r, type: rt), [l])
            if !isNotImplemented(res) { return res }
        }
        if let f = opMethod(lt, name) {
            let res = try call(try bindIfFunction(f, to: l, type: lt), [r])
            if !isNotImplemented(res) { return res }
        }
        if !tryReflectedFirst, !sameType, let f = opMethod(rt, rname) {
            let res = try call(try bindIfFunction(f, to: r, type: rt), [l])
            if !isNotImplemented(res) { return res }
        }
        if subclassed {
            if let a = asNum(l), let b = asNum(r), let v = try numericBinary(a, b, op) { return v }
            if let v = try complexBinary(baseValue(l), baseValue(r), op, inplace: inplace) { return v }
            if let v = try builtinBinary(l, r, op, inplace: inplace) { return v }
        }
        // A keys/items view's set operators (after the other operand's own methods).
        if let v = try dictViewBinary(l, r, op) { return v }
        // Then sequence repetition (sq_repeat), which wants an index
        // (an object with __index__ will do).
        if op == .mult {
            let seqKinds: [ObjectKind] = [.str, .list, .tuple, .bytes]
            if case .object(let lo) = l, seqKinds.contains(lo.kind) {
                if let n = try indexExact(r) { return try repeatSequence(l, n) }
                throw PyError.typeError("can't multiply sequence by non-int of type '\(rt.name)'")
            }
            if case .object(let ro) = r, seqKinds.contains(ro.kind) {
                if let n = try indexExact(l) { return try repeatSequence(r, n) }
                throw PyError.typeError("can't multiply sequence by non-int of type '\(lt.name)'")
            }
        }
        if op == .add, lt === BuiltinTypes.str {
            throw PyError.typeError("can only concatenate str (not \"\(rt.name)\") to str")
        }
        if op == .add, lt === BuiltinTypes.list, !inplace {
            throw PyError.typeError("can only concatenate list (not \"\(rt.name)\") to list")
        }
        if op == .add, lt === BuiltinTypes.tuple {
            throw PyError.typeError("can only concatenate tuple (not \"\(rt.name)\") to tuple")
        }
        if op == .pow {
            throw PyError.typeError("unsupported operand type(s) for \(inplace ? "**=" : "** or pow()"): '\(lt.messageName)' and '\(rt.messageName)'")
        }
        // `int | None` in annotations: a types.UnionType.
        if op == .bitOr, UnionType.isUnionable(l), UnionType.isUnionable(r) { return try UnionType.make(l, r, vm: self) }
        throw PyError.typeError("unsupported operand type(s) for \(op.rawValue)\(inplace ? "=" : ""): '\(lt.messageName)' and '\(rt.messageName)'")
    }

    func isNotImplemented(_ v: Value) -> Bool {
        if case .object(let o) = v { return o === BuiltinTypes.notImplemented }
        return false
    }

    /// Sequence and set operators of the built-in types.
    func builtinBinary(_ l: Value, _ r: Value, _ op: BinaryOperator, inplace: Bool) throws -> Value? {
        guard case .object(let lo) = l else {
            // int * sequence
            if op == .mult, case .object(let ro) = r, let n = asIndex(l), [.str, .list, .tuple, .bytes].contains(ro.kind) {
                return try repeatSequence(r, n)
            }
            return nil
        }
        switch (lo.kind, op) {
        case (.str, .add):
            guard case .object(let ro) = r, ro.kind == .str else { return nil }
            return .str(unsafeDowncast(lo, to: PyStr.self).value + unsafeDowncast(ro, to: PyStr.self).value)
        case (.str, .mod):
            return try percentFormat(unsafeDowncast(lo, to: PyStr.self).value, r)
        case (.bytes, .mod):
            return try bytesPercentFormat(unsafeDowncast(lo, to: PyBytes.self), r)
        case (.bytes, .add):
            let lb = unsafeDowncast(lo, to: PyBytes.self)
            guard let rb = BytesMethods.bytesLike(r) else {
                if case .object(let ro) = r, ro.kind == .instance { return nil }
                throw PyError.typeError("can't concat \(typeOf(r).name) to \(lb.pyType.name)")
            }
            try MemoryBudget.check(count: lb.bytes.count &+ rb.count, size: 1)
            if inplace && lb.isMutable { lb.bytes += rb; return l }
            return .object(PyBytes(lb.bytes + rb, mutable: lb.isMutable))
        case (.bytes, .mult):
            guard let n = try repeatCount(r) else { return nil }
            let lb = unsafeDowncast(lo, to: PyBytes.self)
            if inplace && lb.isMutable {
                lb.bytes = try repeatBytes(lb.bytes, n)
                return l
            }
            return try repeatSequence(l, n)
        case (.list, .add):
            if inplace {
                let list = unsafeDowncast(lo, to: PyList.self)
                list.items.append(contentsOf: try iterate(r))
                return l
            }
            guard case .object(let ro) = r, ro.kind == .list else { return nil }
            return .object(PyList(unsafeDowncast(lo, to: PyList.self).items + unsafeDowncast(ro, to: PyList.self).items))
        case (.tuple, .add):
            guard case .object(let ro) = r, ro.kind == .tuple else { return nil }
            return .object(PyTuple(unsafeDowncast(lo, to: PyTuple.self).items + unsafeDowncast(ro, to: PyTuple.self).items))
        case (.str, .mult), (.list, .mult), (.tuple, .mult):
            guard let n = try repeatCount(r) else { return nil }
            if inplace, lo.kind == .list {
                let list = unsafeDowncast(lo, to: PyList.self)
                let items = list.items
                if n <= 0 || items.isEmpty { list.items = []; return l }
                let (total, o) = items.count.multipliedReportingOverflow(by: n)
                if o { throw MemoryBudget.error }
                try MemoryBudget.check(count: total, size: MemoryLayout<Value>.stride)
                var out: [Value] = []
                out.reserveCapacity(total)
                for _ in 0..<n { out.append(contentsOf: items) }
                list.items = out
                return l
            }
            return try repeatSequence(l, n)
        case (.set, _), (.frozenset, _):
            guard case .object(let ro) = r, ro.kind == .set || ro.kind == .frozenset else { return nil }
            return try setOperation(unsafeDowncast(lo, to: PySet.self), unsafeDowncast(ro, to: PySet.self), op, inplace: inplace)
        case (.dict, .bitOr):
            guard case .object(let ro) = r, ro.kind == .dict else { return nil }
            let target = inplace ? unsafeDowncast(lo, to: PyDict.self) : PyDict()
            if !inplace { for (k, v) in unsafeDowncast(lo, to: PyDict.self).pairs { try target.set(k, v, vm: self) } }
            for (k, v) in unsafeDowncast(ro, to: PyDict.self).pairs { try target.set(k, v, vm: self) }
            return .object(target)
        default:
            return nil
        }
    }

    /// The count of `seq * n`: nil when n is not an index and may handle it
    /// (a __rmul__), OverflowError when it does not fit in an Int.
    func repeatCount(_ r: Value) throws -> Int? {
        if let n = asIndex(r) { return n }
        if case .object(let o) = r, o.kind == .bigInt, unsafeDowncast(o, to: PyInt.self).value.asInt == nil {
            throw PyError.overflow("cannot fit 'int' into an index-sized integer")
        }
        if typeOf(r).lookup("__rmul__") == nil, let n = try indexExact(r) { return n }
        if asNum(r) == nil, typeOf(r).lookup("__rmul__") == nil || typeOf(r).isBuiltin {
            throw PyError.typeError("can't multiply sequence by non-int of type '\(typeOf(r).name)'")
        }
        return nil
    }

    func repeatBytes(_ b: [UInt8], _ n: Int) throws -> [UInt8] {
        if n <= 0 || b.isEmpty { return [] }
        let (total, o) = b.count.multipliedReportingOverflow(by: n)
        if o { throw PyError.overflow("repeated bytes are too long") }
        try MemoryBudget.check(count: total, size: 1)
        var out: [UInt8] = []
        out.reserveCapacity(total)
        for _ in 0..<n { out.append(contentsOf: b) }
        return out
    }

    func asIndex(_ v: Value) -> Int? {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    func repeatSequence(_ seq: Value, _ n: Int) throws -> Value {
        let count = max(0, n)
        guard case .object(let o) = seq else { return seq }
        switch o.kind {
        case .str:
            let ps = unsafeDowncast(o, to: PyStr.self)
            if count == 0 || ps.length == 0 { return .object(StringCache.empty) }
            if count == 1 { return seq }
            let (chars, o1) = ps.length.multipliedReportingOverflow(by: count)
            if o1 { throw PyError.overflow("repeated string is too long") }
            let (bytes, o2) = ps.value.utf8.count.multipliedReportingOverflow(by: count)
            if o2 || chars < 0 { throw MemoryBudget.error }
            try MemoryBudget.check(count: bytes, size: 1)
            return .object(PyStr(repeatedText(ps.value, count, bytes: bytes), length: chars))
        case .bytes:
            let b = unsafeDowncast(o, to: PyBytes.self)
            return .object(PyBytes(try repeatBytes(b.bytes, count), mutable: b.isMutable))
        case .list, .tuple:
            let items = o.kind == .list ? unsafeDowncast(o, to: PyList.self).items : unsafeDowncast(o, to: PyTuple.self).items
            if count == 0 || items.isEmpty { return o.kind == .list ? .object(PyList()) : .object(PyTuple.empty) }
            if count == 1 && o.kind == .tuple { return seq }
            let (total, o1) = items.count.multipliedReportingOverflow(by: count)
            if o1 { throw MemoryBudget.error }
            try MemoryBudget.check(count: total, size: MemoryLayout<Value>.stride)
            // One item repeated, or the items doubled: a loop appending the
            // items count times took 3.6 s for [0] * 10**8.
            var out: [Value]
            if items.count == 1 {
                out = Array(repeating: items[0], count: total)
            } else {
                out = []
                out.reserveCapacity(total)
                out.append(contentsOf: items)
                while out.count < total { out.append(contentsOf: out[0..<min(out.count, total - out.count)]) }
            }
            return o.kind == .list ? .object(PyList(out)) : .object(PyTuple(out))
        default:
            return seq
        }
    }

    func setOperation(_ a: PySet, _ b: PySet, _ op: BinaryOperator, inplace: Bool) throws -> Value? {
        let result = inplace ? a : PySet(frozen: a.isFrozen)
        switch op {
        case .bitOr:
            if !inplace { for x in a.elements { try result.add(x, vm: self) } }
            for x in b.elements { try result.add(x, vm: self) }
        case .bitAnd:
            let keep = try a.elements.filter { try b.contains($0, vm: self) }
            if inplace { a.clear() }
            for x in keep { try result.add(x, vm: self) }
        case .sub:
            let keep = try a.elements.filter { !(try b.contains($0, vm: self)) }
            if inplace { a.clear() }
            for x in keep { try result.add(x, vm: self) }
        case .bitXor:
            let left = try a.elements.filter { !(try b.contains($0, vm: self)) }
            let right = try b.elements.filter { !(try a.contains($0, vm: self)) }
            if inplace { a.clear() }
            for x in left + right { try result.add(x, vm: self) }
        default:
            return nil
        }
        return .object(result)
    }

    // MARK: Unary

    func negate(_ v: Value) throws -> Value {
        if case .object(let o) = v, o.hasUserClass { return try subclassUnary(o, v, "__neg__") { try self.negate($0) } }
        switch v {
        case .int(let i): return i == Int.min ? .bigInt(-BigInt(i)) : .int(-i)
        case .bool(let b): return .int(b ? -1 : 0)
        case .float(let d): return .float(-d)
        case .object(let o) where o.kind == .bigInt: return .bigInt(-unsafeDowncast(o, to: PyInt.self).value)
        case .object(let o) where o.kind == .complex: return .complex(-unsafeDowncast(o, to: PyComplex.self).value)
        default: return try unaryDunder(v, "__neg__", "-")
        }
    }

    func unaryPlus(_ v: Value) throws -> Value {
        if case .object(let o) = v, o.hasUserClass { return try subclassUnary(o, v, "__pos__") { try self.unaryPlus($0) } }
        switch v {
        case .int, .float: return v
        case .bool(let b): return .int(b ? 1 : 0)
        case .object(let o) where o.kind == .bigInt || o.kind == .complex: return v
        default: return try unaryDunder(v, "__pos__", "+")
        }
    }

    func invert(_ v: Value) throws -> Value {
        if case .object(let o) = v, o.hasUserClass { return try subclassUnary(o, v, "__invert__") { try self.invert($0) } }
        switch v {
        case .int(let i): return .int(~i)
        case .bool(let b): return .int(~(b ? 1 : 0))
        case .object(let o) where o.kind == .bigInt: return .bigInt(~unsafeDowncast(o, to: PyInt.self).value)
        default: return try unaryDunder(v, "__invert__", "~")
        }
    }

    func unaryDunder(_ v: Value, _ name: String, _ symbol: String) throws -> Value {
        let t = typeOf(v)
        if !t.isBuiltin, let f = t.lookup(name) { return try call(try bindIfFunction(f, to: v, type: t), []) }
        throw PyError.typeError("bad operand type for unary \(symbol): '\(t.name)'")
    }

    // MARK: Comparison

    public func richCompare(_ l: Value, _ r: Value, _ op: CompareOperator) throws -> Value {
        if l.hasUserClass || r.hasUserClass, let res = try subclassCompare(l, r, op) { return res }
        if let a = asNum(l), let b = asNum(r) { return .bool(compareNumbers(a, b, op)) }
        if let res = try complexCompare(l, r, op) { return .bool(res) }
        // Built-in containers and strs: no user method can apply.
        if case .object(let x) = l, case .object(let y) = r, x.kind.hasFixedBuiltinType, y.kind.hasFixedBuiltinType,
           let res = try builtinCompare(l, r, op) {
            return .bool(res)
        }
        let lt = typeOf(l), rt = typeOf(r)
        if !lt.isBuiltin || !rt.isBuiltin {
            let (name, reflected) = VM.compareDunders[op]!
            let reflectFirst = rt !== lt && rt.isSubtype(of: lt) && !rt.isBuiltin
            if reflectFirst, let f = rt.lookup(reflected) {
                let res = try call(try bindIfFunction(f, to: r, type: rt), [l])
                if !isNotImplemented(res) { return res }
            }
            if !lt.isBuiltin, let f = lt.lookup(name) {
                let res = try call(try bindIfFunction(f, to: l, type: lt), [r])
                if !isNotImplemented(res) { return res }
            }
            if !reflectFirst, !rt.isBuiltin, let f = rt.lookup(reflected) {
                let res = try call(try bindIfFunction(f, to: r, type: rt), [l])
                if !isNotImplemented(res) { return res }
            }
            if op == .eq || op == .notEq {
                // (object.__ne__ has already asked __eq__: ObjectProtocol.swift.)
                let same = l.isIdentical(to: r)
                return .bool(op == .eq ? same : !same)
            }
        }
        if let res = try builtinCompare(l, r, op) { return .bool(res) }
        if op == .eq { return .bool(l.isIdentical(to: r)) }
        if op == .notEq { return .bool(!l.isIdentical(to: r)) }
        throw PyError.typeError("'\(op.rawValue)' not supported between instances of '\(lt.messageName)' and '\(rt.messageName)'")
    }

    static let compareDunders: [CompareOperator: (String, String)] = [
        .lt: ("__lt__", "__gt__"), .ltE: ("__le__", "__ge__"), .gt: ("__gt__", "__lt__"),
        .gtE: ("__ge__", "__le__"), .eq: ("__eq__", "__eq__"), .notEq: ("__ne__", "__ne__"),
    ]

    func compareNumbers(_ a: Num, _ b: Num, _ op: CompareOperator) -> Bool {
        let c: Int
        switch (a, b) {
        case (.int(let x), .int(let y)): c = x < y ? -1 : (x > y ? 1 : 0)
        case (.float(let x), .float(let y)):
            if x.isNaN || y.isNaN { return op == .notEq }
            c = x < y ? -1 : (x > y ? 1 : 0)
        case (.float(let x), _):
            if x.isNaN { return op == .notEq }
            c = -compareIntToDouble(big(b), x)
        case (_, .float(let y)):
            if y.isNaN { return op == .notEq }
            c = compareIntToDouble(big(a), y)
        default:
            let x = big(a), y = big(b)
            c = x < y ? -1 : (x == y ? 0 : 1)
        }
        switch op {
        case .lt: return c < 0
        case .ltE: return c <= 0
        case .gt: return c > 0
        case .gtE: return c >= 0
        case .eq: return c == 0
        case .notEq: return c != 0
        default: return false
        }
    }

    /// Exact comparison of an integer with a double.
    func compareIntToDouble(_ x: BigInt, _ d: Double) -> Int {
        if d.isInfinite { return d > 0 ? -1 : 1 }
        let fl = d.rounded(.down)
        guard let fb = BigInt(exactly: fl) else { return 0 }
        if x < fb { return -1 }
        if x > fb { return 1 }
        return fl == d ? 0 : -1
    }

    /// Built-in orderings: str, list, tuple, set. nil: not comparable.
    func builtinCompare(_ l: Value, _ r: Value, _ op: CompareOperator) throws -> Bool? {
        guard case .object(let a) = l, case .object(let b) = r else {
            if l.isNone && r.isNone { return op == .eq ? true : op == .notEq ? false : nil }
            return nil
        }
        switch (a.kind, b.kind) {
        case (.str, .str):
            let x = unsafeDowncast(a, to: PyStr.self), y = unsafeDowncast(b, to: PyStr.self)
            if op == .eq { return PyStr.sameText(x, y) }
            if op == .notEq { return !PyStr.sameText(x, y) }
            return orderResult(PyStr.compareText(x, y), op)
        case (.list, .list):
            return try nativeRecursion(" in comparison") {
                try compareSequences(unsafeDowncast(a, to: PyList.self).items, unsafeDowncast(b, to: PyList.self).items, op)
            }
        case (.tuple, .tuple):
            return try nativeRecursion(" in comparison") {
                try compareSequences(unsafeDowncast(a, to: PyTuple.self).items, unsafeDowncast(b, to: PyTuple.self).items, op)
            }
        case (.set, .set), (.set, .frozenset), (.frozenset, .set), (.frozenset, .frozenset):
            let x = unsafeDowncast(a, to: PySet.self), y = unsafeDowncast(b, to: PySet.self)
            let xInY = try x.elements.allSatisfy { try y.contains($0, vm: self) }
            let yInX = try y.elements.allSatisfy { try x.contains($0, vm: self) }
            switch op {
            case .eq: return xInY && yInX
            case .notEq: return !(xInY && yInX)
            case .ltE: return xInY
            case .lt: return xInY && x.count < y.count
            case .gtE: return yInX
            case .gt: return yInX && y.count < x.count
            default: return nil
            }
        case (.dict, .dict):
            guard op == .eq || op == .notEq else { return nil }
            let x = unsafeDowncast(a, to: PyDict.self), y = unsafeDowncast(b, to: PyDict.self)
            var same = x.count == y.count
            if same {
                try nativeRecursion(" in comparison") {
                    for (k, v) in x.pairs {
                        guard let w = try y.get(k, vm: self), try equals(v, w) else { same = false; break }
                    }
                }
            }
            return op == .eq ? same : !same
        case (.bytes, .bytes):
            return bytesCompare(unsafeDowncast(a, to: PyBytes.self), unsafeDowncast(b, to: PyBytes.self), op)
        case (.range, .range):
            guard op == .eq || op == .notEq else { return nil }
            let x = unsafeDowncast(a, to: PyRange.self), y = unsafeDowncast(b, to: PyRange.self)
            let n = x.bigLength
            let same = n == y.bigLength && (n.isZero || (x.bigBounds.0 == y.bigBounds.0 && (n == BigInt.one || x.bigBounds.2 == y.bigBounds.2)))
            return op == .eq ? same : !same
        default:
            if let res = try dictViewCompare(l, r, op) { return res }
            if op == .eq { return a === b }
            if op == .notEq { return a !== b }
            return nil
        }
    }

    func orderResult(_ c: Int, _ op: CompareOperator) -> Bool {
        switch op {
        case .lt: return c < 0
        case .ltE: return c <= 0
        case .gt: return c > 0
        case .gtE: return c >= 0
        case .eq: return c == 0
        default: return c != 0
        }
    }

    /// Code-point order, as Python compares strings.
    func compareScalars(_ a: String, _ b: String) -> Int {
        var i = a.unicodeScalars.makeIterator(), j = b.unicodeScalars.makeIterator()
        while true {
            switch (i.next(), j.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case (let x?, let y?): if x != y { return x.value < y.value ? -1 : 1 }
            }
        }
    }

    func compareSequences(_ a: [Value], _ b: [Value], _ op: CompareOperator) throws -> Bool {
        var i = 0
        while i < a.count && i < b.count {
            if !(try equals(a[i], b[i])) {
                if op == .eq { return false }
                if op == .notEq { return true }
                return try isTruthy(try richCompare(a[i], b[i], op))
            }
            i += 1
        }
        return orderResult(a.count < b.count ? -1 : (a.count > b.count ? 1 : 0), op)
    }

    /// `a == b` as a Bool (identity implies equality, as CPython's containers assume).
    public func equals(_ a: Value, _ b: Value) throws -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.object(let x), .object(let y)):
            if x === y { return true }
            // Python compares code points; Swift's == would equate "é" and "e\u{301}".
            if x.kind == .str && y.kind == .str && !x.hasUserClass && !y.hasUserClass { return PyStr.sameText(unsafeDowncast(x, to: PyStr.self), unsafeDowncast(y, to: PyStr.self)) }
            // Two classes whose metaclass is `type` compare by identity
            // (`type(x) == int`, `cls in (int, str, ...)`), without the
            // general comparison protocol.
            if x.kind == .type && y.kind == .type && x.pyType === BuiltinTypes.type && y.pyType === BuiltinTypes.type { return false }
        default: break
        }
        return try isTruthy(try richCompare(a, b, .eq))
    }

    /// Key equality for dicts and sets.
    @inline(__always) func keysEqual(_ a: Value, _ b: Value) throws -> Bool { try equals(a, b) }
}
