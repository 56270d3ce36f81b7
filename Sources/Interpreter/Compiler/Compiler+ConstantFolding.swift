// CPython 3.13's AST optimizer (Python/ast_opt.c) as far as it changes the
// bytecode's shape: a folded expression is one LOAD_CONST at the folded
// node's location, so an operation spread over several lines reports only
// its first line. The limits are CPython's (safe_multiply, safe_power,
// safe_lshift): a result past them, or an operation that raises, stays
// unfolded and runs (and raises) at run time.

extension Compiler {
    /// CPython's MAX_INT_SIZE (bits), MAX_COLLECTION_SIZE, MAX_STR_SIZE and
    /// MAX_TOTAL_ITEMS.
    static let foldMaxIntBits = 128, foldMaxCollection = 256, foldMaxString = 4096, foldMaxTotalItems = 1024

    /// The value of a constant expression after CPython's AST optimizer:
    /// constants, unary and binary operations, tuples of constants and
    /// subscripts of constants. nil when it is not folded.
    func foldedConstant(_ e: Expr) -> Value? {
        switch e.kind {
        case .constant(let c):
            if case .imaginary = c { return nil }
            return try? constantValue(c, e.range)
        case .unaryOp(let op, let operand):
            guard let v = foldedConstant(operand) else { return nil }
            return Compiler.foldUnary(op, v)
        case .binOp(let l, let op, let r):
            guard let a = foldedConstant(l), let b = foldedConstant(r) else { return nil }
            return Compiler.foldBinary(a, op, b)
        case .tuple(let elts):
            var vs: [Value] = []
            for x in elts {
                guard let v = foldedConstant(x) else { return nil }
                vs.append(v)
            }
            return .object(PyTuple(vs))
        case .subscript(let obj, let index):
            // fold_subscr: both sides constants (a slice is not one).
            guard let o = foldedConstant(obj), let i = foldedConstant(index) else { return nil }
            return Compiler.foldSubscript(o, i)
        default:
            return nil
        }
    }

    /// An int operand (bool included, as PyNumber_* sees it).
    static func foldInt(_ v: Value) -> BigInt? {
        switch v {
        case .int(let i): return BigInt(i)
        case .bool(let b): return BigInt(b ? 1 : 0)
        case .object(let o) where o.kind == .bigInt: return (o as? PyInt)?.value
        default: return nil
        }
    }

    static func foldUnary(_ op: UnaryOperator, _ v: Value) -> Value? {
        if op == .not {
            switch v {
            case .bool(let b): return .bool(!b)
            case .none: return .bool(true)
            case .float(let d): return .bool(d == 0)
            case .object(let s as PyStr): return .bool(s.value.isEmpty)
            case .object(let t as PyTuple): return .bool(t.items.isEmpty)
            case .object(let b as PyBytes): return .bool(b.bytes.isEmpty)
            default: break
            }
            if let i = foldInt(v) { return .bool(i.isZero) }
            return nil
        }
        if case .float(let d) = v {
            switch op {
            case .uSub: return .float(-d)
            case .uAdd: return v
            default: return nil
            }
        }
        // ~True warns (DeprecationWarning) at compile time: left to run time.
        if case .bool = v, op == .invert { return nil }
        guard let i = foldInt(v) else { return nil }
        switch op {
        case .uSub: return .bigInt(-i)
        case .uAdd: return .bigInt(i)
        case .invert: return .bigInt(~i)
        default: return nil
        }
    }

    static func foldBinary(_ a: Value, _ op: BinaryOperator, _ b: Value) -> Value? {
        if case .bool(let x) = a, case .bool(let y) = b {
            switch op {
            case .bitAnd: return .bool(x && y)
            case .bitOr: return .bool(x || y)
            case .bitXor: return .bool(x != y)
            default: break
            }
        }
        if let x = foldInt(a), let y = foldInt(b) { return foldIntOperation(x, op, y) }
        if let v = foldSequence(a, op, b) { return v }
        func real(_ v: Value) -> Double? {
            if case .float(let d) = v { return d }
            guard let i = foldInt(v) else { return nil }
            return try? i.pyToDouble()
        }
        guard case .float = a, let x = real(a), let y = real(b) else {
            guard case .float = b, let x = real(a), let y = real(b) else { return nil }
            return foldFloatOperation(x, op, y)
        }
        return foldFloatOperation(x, op, y)
    }

    /// fold_binop on two ints with safe_multiply/safe_power/safe_lshift's
    /// size checks; nil when CPython leaves the operation to run time.
    static func foldIntOperation(_ x: BigInt, _ op: BinaryOperator, _ y: BigInt) -> Value? {
        let limit = foldMaxIntBits
        switch op {
        case .add: return .bigInt(x + y)
        case .sub: return .bigInt(x - y)
        case .mult:
            if !x.isZero && !y.isZero && x.bitLength + y.bitLength > limit { return nil }
            return .bigInt(x * y)
        case .bitOr: return .bigInt(x | y)
        case .bitAnd: return .bigInt(x & y)
        case .bitXor: return .bigInt(x ^ y)
        case .floorDiv: return x.floorDiv(y).map { .bigInt($0) }
        case .mod: return x.mod(y).map { .bigInt($0) }
        case .div:
            guard !y.isZero, let q = try? BigInt.trueDivide(x, y) else { return nil }
            return .float(q)
        case .lShift:
            if y.isNegative { return nil }
            if x.isZero || y.isZero { return .bigInt(x) }
            guard let n = y.asInt, n <= limit, x.bitLength <= limit - n else { return nil }
            return .bigInt(x << n)
        case .rShift:
            if y.isNegative { return nil }
            guard let n = y.asInt else { return .int(x.isNegative ? -1 : 0) }
            return .bigInt(x >> n)
        case .pow:
            if y.isNegative {
                // An int to a negative power is a float (0 ** -1 raises).
                guard !x.isZero, let bx = try? x.pyToDouble(), let by = try? y.pyToDouble(),
                      let r = try? pyPow(bx, by) else { return nil }
                return .float(r)
            }
            if y.isZero { return .int(1) }
            if x.isZero { return .int(0) }
            guard let n = y.asInt, x.bitLength <= limit / n else { return nil }
            return .bigInt(x.power(n))
        case .matMult: return nil
        }
    }

    /// str/bytes/tuple + and * (safe_multiply's size limits); % on str and
    /// bytes is never folded (safe_mod), a %-format is compiled apart.
    static func foldSequence(_ a: Value, _ op: BinaryOperator, _ b: Value) -> Value? {
        switch (a, op, b) {
        case (.object(let x as PyStr), .add, .object(let y as PyStr)):
            return .str(x.value + y.value)
        case (.object(let x as PyBytes), .add, .object(let y as PyBytes)) where !x.isMutable && !y.isMutable:
            return .object(PyBytes(x.bytes + y.bytes))
        case (.object(let x as PyTuple), .add, .object(let y as PyTuple)):
            return .object(PyTuple(x.items + y.items))
        case (_, .mult, _):
            if let n = foldInt(b), foldInt(a) == nil { return foldRepeat(a, n) }
            if let n = foldInt(a), foldInt(b) == nil { return foldRepeat(b, n) }
            return nil
        default:
            return nil
        }
    }

    static func foldRepeat(_ seq: Value, _ count: BigInt) -> Value? {
        switch seq {
        case .object(let s as PyStr):
            let size = s.length
            if size == 0 { return seq }
            guard let n = count.asInt, n >= 0, n <= foldMaxString / size else { return nil }
            return .str(String(repeating: s.value, count: n))
        case .object(let b as PyBytes) where !b.isMutable:
            let size = b.bytes.count
            if size == 0 { return seq }
            guard let n = count.asInt, n >= 0, n <= foldMaxString / size else { return nil }
            return .object(PyBytes(Array([[UInt8]](repeating: b.bytes, count: n).joined())))
        case .object(let t as PyTuple):
            let size = t.items.count
            if size == 0 { return seq }
            guard let n = count.asInt, n >= 0, n <= foldMaxCollection / size else { return nil }
            if n > 0 && foldComplexity(seq, limit: foldMaxTotalItems / n) < 0 { return nil }
            return .object(PyTuple(Array([[Value]](repeating: t.items, count: n).joined())))
        default:
            return nil
        }
    }

    /// check_complexity: the items left of `limit` once every nested tuple's
    /// items are counted; negative when there are too many.
    static func foldComplexity(_ v: Value, limit: Int) -> Int {
        guard case .object(let t as PyTuple) = v else { return limit }
        var left = limit - t.items.count
        for x in t.items where left >= 0 {
            left = foldComplexity(x, limit: left)
        }
        return left
    }

    static func foldFloatOperation(_ x: Double, _ op: BinaryOperator, _ y: Double) -> Value? {
        switch op {
        case .add: return .float(x + y)
        case .sub: return .float(x - y)
        case .mult: return .float(x * y)
        case .div: return (try? pyFloatTrueDiv(x, y)).map { .float($0) }
        case .floorDiv: return (try? pyFloatFloorDiv(x, y)).map { .float($0) }
        case .mod: return (try? pyFloatMod(x, y)).map { .float($0) }
        case .pow:
            // nil from pyPow is a complex result: not folded here.
            guard let r = try? pyPow(x, y) else { return nil }
            return .float(r)
        default: return nil
        }
    }

    /// fold_subscr: an int index into a constant str, bytes or tuple; an
    /// index out of range raises at run time instead.
    static func foldSubscript(_ obj: Value, _ index: Value) -> Value? {
        guard let bi = foldInt(index), let i = bi.asInt else { return nil }
        func at(_ count: Int) -> Int? {
            let k = i < 0 ? i + count : i
            return k >= 0 && k < count ? k : nil
        }
        switch obj {
        case .object(let s as PyStr):
            let scalars = s.scalars
            guard let k = at(scalars.count) else { return nil }
            return .str(String(scalars[k]))
        case .object(let b as PyBytes) where !b.isMutable:
            guard let k = at(b.bytes.count) else { return nil }
            return .int(Int(b.bytes[k]))
        case .object(let t as PyTuple):
            guard let k = at(t.items.count) else { return nil }
            return t.items[k]
        default:
            return nil
        }
    }
}
