// CPython 3.13's AST optimizer (Python/ast_opt.c) on operations whose
// operands are constants: fold_binop, fold_unaryop and fold_subscr, with its
// size limits (safe_multiply, safe_power, safe_lshift, safe_mod). What it
// folds is a constant of the code object, merged with equal constants of the
// module, so `10**30 is 10**30` holds and `2**100 is 2**100` (over the
// 128-bit limit, computed at run time) does not; and a folded expression has
// no line events of its own. An operation that raises (1/0, "a" + 1) is
// left for run time, where it raises at its own line.

extension Compiler {
    /// ast_opt's limits: bits of an int result of *, ** and <<, items of a
    /// repeated tuple (and of its nested tuples), characters of a repeated str/bytes.
    static let maxIntBits = 128, maxCollectionSize = 256, maxTotalItems = 1024, maxStrSize = 4096

    /// The constant `e` is after the optimizer: constants, operations and
    /// subscripts of constants, tuples of constants; nil when it is left alone.
    static func fold(_ e: Expr) -> Value? {
        switch e.kind {
        case .constant(let c): return constant(c)
        case .unaryOp(let op, let operand):
            guard let v = fold(operand) else { return nil }
            return foldUnary(op, v)
        case .binOp(let l, let op, let r):
            guard let a = fold(l), let b = fold(r) else { return nil }
            return foldBinary(a, op, b)
        case .subscript(let c, let k):
            guard let a = fold(c), let b = fold(k) else { return nil }
            return foldSubscript(a, b)
        case .tuple(let elts):
            var vs: [Value] = []
            for x in elts {
                guard let v = fold(x) else { return nil }
                vs.append(v)
            }
            return .object(PyTuple(vs))
        default:
            return nil
        }
    }

    /// A literal's value (nil for an int literal too long to parse, whose error the compiler reports).
    static func constant(_ c: Constant) -> Value? {
        switch c {
        case .none: return Value.none
        case .true: return .bool(true)
        case .false: return .bool(false)
        case .ellipsis: return .object(BuiltinTypes.ellipsis)
        case .int(let i): return .int(i)
        case .bigInt(let digits): return BigInt(digits, radix: 10).map { .bigInt($0) }
        case .float(let d): return .float(d)
        case .imaginary(let d): return .object(PyComplex(0, d))
        case .string(let s): return internedString(s)
        case .bytes(let b): return .object(PyBytes(b))
        }
    }

    /// fold_binop: the constant `a op b`, or nil when CPython leaves it to run time.
    static func foldBinary(_ a: Value, _ op: BinaryOperator, _ b: Value) -> Value? {
        if case .int(let x) = a, case .int(let y) = b, let v = foldIntOperation(x, op, y) { return v }
        if let x = integer(a), let y = integer(b) { return foldIntegers(x, op, y, bothBool: isBool(a) && isBool(b)) }
        if let v = foldSequence(a, op, b) { return v }
        if op == .mod, isText(a) { return nil }   // safe_mod: str and bytes formatting stay
        if let x = complexOperand(a), let y = complexOperand(b), isComplex(a) || isComplex(b) {
            return foldComplex(x, op, y)
        }
        if let x = floatOperand(a), let y = floatOperand(b) { return foldFloats(x, op, y) }
        return nil
    }

    /// fold_unaryop: -x, +x, ~x of numbers, `not` of any constant.
    static func foldUnary(_ op: UnaryOperator, _ v: Value) -> Value? {
        if op == .not, let t = truthiness(v) { return .bool(!t) }
        if let i = integer(v) {
            switch op {
            case .uSub: return .bigInt(-i)
            case .uAdd: return .bigInt(i)
            case .invert: return .bigInt(~i)   // ~True too: its DeprecationWarning is not shown for the main program
            case .not: return nil
            }
        }
        switch (op, v) {
        case (.uSub, .float(let d)): return .float(-d)
        case (.uAdd, .float): return v
        case (.uSub, .object(let o)) where o.kind == .complex:
            return .complex(-unsafeDowncast(o, to: PyComplex.self).value)
        case (.uAdd, .object(let o)) where o.kind == .complex: return v
        default: return nil
        }
    }

    /// fold_subscr: a constant str, bytes or tuple indexed by a constant int.
    static func foldSubscript(_ c: Value, _ k: Value) -> Value? {
        guard let big = integer(k), let i0 = big.asInt, case .object(let o) = c else { return nil }
        func index(_ n: Int) -> Int? {
            let i = i0 < 0 ? i0 + n : i0
            return i >= 0 && i < n ? i : nil
        }
        switch o.kind {
        case .str:
            let scalars = Array(unsafeDowncast(o, to: PyStr.self).value.unicodeScalars)
            guard let i = index(scalars.count) else { return nil }
            return internedString(String(scalars[i]))
        case .bytes:
            let bytes = unsafeDowncast(o, to: PyBytes.self).bytes
            guard let i = index(bytes.count) else { return nil }
            return .int(Int(bytes[i]))
        case .tuple:
            let items = unsafeDowncast(o, to: PyTuple.self).items
            guard let i = index(items.count) else { return nil }
            return items[i]
        default: return nil
        }
    }

    /// A str constant as the code object holds it (identifier-like ones interned).
    static func internedString(_ s: String) -> Value {
        .object(StringInterner.shouldIntern(s) ? StringInterner.intern(s) : PyStr(s))
    }

    // MARK: Operands

    static func integer(_ v: Value) -> BigInt? {
        switch v {
        case .int(let i): return BigInt(i)
        case .bool(let b): return BigInt(b ? 1 : 0)
        case .object(let o) where o.kind == .bigInt: return unsafeDowncast(o, to: PyInt.self).value
        default: return nil
        }
    }

    static func isBool(_ v: Value) -> Bool { if case .bool = v { return true }; return false }

    static func isComplex(_ v: Value) -> Bool { if case .object(let o) = v { return o.kind == .complex }; return false }

    static func isText(_ v: Value) -> Bool {
        if case .object(let o) = v { return o.kind == .str || o.kind == .bytes }
        return false
    }

    /// An int or float operand as a float (nil: an int too large, CPython's OverflowError).
    static func floatOperand(_ v: Value) -> Double? {
        if case .float(let d) = v { return d }
        return integer(v)?.toDouble()
    }

    static func complexOperand(_ v: Value) -> ComplexNumber? {
        if case .object(let o) = v, o.kind == .complex { return unsafeDowncast(o, to: PyComplex.self).value }
        return floatOperand(v).map { ComplexNumber($0, 0) }
    }

    static func truthiness(_ v: Value) -> Bool? {
        switch v {
        case .int(let i): return i != 0
        case .bool(let b): return b
        case .float(let d): return d != 0
        case .none: return false
        case .object(let o):
            switch o.kind {
            case .bigInt: return !unsafeDowncast(o, to: PyInt.self).value.isZero
            case .str: return !unsafeDowncast(o, to: PyStr.self).value.isEmpty
            case .bytes: return !unsafeDowncast(o, to: PyBytes.self).bytes.isEmpty
            case .tuple: return !unsafeDowncast(o, to: PyTuple.self).items.isEmpty
            case .complex:
                let c = unsafeDowncast(o, to: PyComplex.self).value
                return c.re != 0 || c.im != 0
            default: return o === BuiltinTypes.ellipsis ? true : nil
            }
        }
    }

    // MARK: Operations

    static func foldIntegers(_ x: BigInt, _ op: BinaryOperator, _ y: BigInt, bothBool: Bool) -> Value? {
        switch op {
        case .add: return .bigInt(x + y)
        case .sub: return .bigInt(x - y)
        case .mult:
            if !x.isZero && !y.isZero && x.bitLength + y.bitLength > maxIntBits { return nil }
            return .bigInt(x * y)
        case .div: return (try? BigInt.trueDivide(x, y)).map { .float($0) }
        case .floorDiv: return x.floorDiv(y).map { .bigInt($0) }
        case .mod: return x.mod(y).map { .bigInt($0) }
        case .pow:
            if y.signum < 0 {
                // long_pow hands a negative exponent to float_pow.
                guard let fx = x.toDouble(), let fy = y.toDouble() else { return nil }
                return foldFloats(fx, .pow, fy)
            }
            if !x.isZero && !y.isZero {
                guard let n = y.asInt, x.bitLength <= maxIntBits / n else { return nil }
            }
            guard let n = y.asInt else { return .bigInt(x.isZero ? BigInt(0) : BigInt(1)) }
            return .bigInt(x.power(n))
        case .lShift:
            guard y.signum >= 0 else { return nil }
            if x.isZero || y.isZero { return .bigInt(x) }
            guard let n = y.asInt, n <= maxIntBits, x.bitLength <= maxIntBits - n else { return nil }
            return .bigInt(x << n)
        case .rShift:
            guard y.signum >= 0 else { return nil }
            guard let n = y.asInt, n < Int(Int32.max) else { return .int(x.signum < 0 ? -1 : 0) }
            return .bigInt(x >> n)
        case .bitAnd: return bothBool ? .bool(!(x & y).isZero) : .bigInt(x & y)
        case .bitOr: return bothBool ? .bool(!(x | y).isZero) : .bigInt(x | y)
        case .bitXor: return bothBool ? .bool(!(x ^ y).isZero) : .bigInt(x ^ y)
        case .matMult: return nil
        }
    }

    static func foldFloats(_ x: Double, _ op: BinaryOperator, _ y: Double) -> Value? {
        switch op {
        case .add: return .float(x + y)
        case .sub: return .float(x - y)
        case .mult: return .float(x * y)
        case .div: return (try? pyFloatTrueDiv(x, y)).map { .float($0) }
        case .floorDiv: return (try? pyFloatFloorDiv(x, y)).map { .float($0) }
        case .mod: return (try? pyFloatMod(x, y)).map { .float($0) }
        case .pow:
            let r: Double?
            do { r = try pyPow(x, y) } catch { return nil }
            if let d = r { return .float(d) }
            // A negative base to a fractional power: float_pow hands it to complex.
            return foldComplex(ComplexNumber(x, 0), .pow, ComplexNumber(y, 0))
        default: return nil
        }
    }

    static func foldComplex(_ x: ComplexNumber, _ op: BinaryOperator, _ y: ComplexNumber) -> Value? {
        switch op {
        case .add: return .complex(x + y)
        case .sub: return .complex(x - y)
        case .mult: return .complex(x * y)
        case .div: return (try? x.quotient(y)).map { .complex($0) }
        case .pow: return (try? x.power(y)).map { .complex($0) }
        default: return nil
        }
    }

    /// str/bytes/tuple concatenation and repetition (safe_multiply's limits).
    static func foldSequence(_ a: Value, _ op: BinaryOperator, _ b: Value) -> Value? {
        if op == .add, case .object(let x) = a, case .object(let y) = b, x.kind == y.kind {
            switch x.kind {
            case .str: return internedString(unsafeDowncast(x, to: PyStr.self).value + unsafeDowncast(y, to: PyStr.self).value)
            case .bytes:
                let l = unsafeDowncast(x, to: PyBytes.self), r = unsafeDowncast(y, to: PyBytes.self)
                guard !l.isMutable && !r.isMutable else { return nil }
                return .object(PyBytes(l.bytes + r.bytes))
            case .tuple: return .object(PyTuple(unsafeDowncast(x, to: PyTuple.self).items + unsafeDowncast(y, to: PyTuple.self).items))
            default: return nil
            }
        }
        guard op == .mult else { return nil }
        let (seq, count): (Value, BigInt)
        if let n = integer(b), case .object = a { (seq, count) = (a, n) }
        else if let n = integer(a), case .object = b { (seq, count) = (b, n) }
        else { return nil }
        guard case .object(let o) = seq else { return nil }
        func repeated<T>(_ items: [T], limit: Int) -> [T]? {
            if items.isEmpty { return count.asInt == nil ? nil : [] }   // "" * 10**30 raises
            guard let n = count.asInt, n >= 0, n <= limit / items.count else { return nil }
            return Array([[T]](repeating: items, count: n).joined())
        }
        switch o.kind {
        case .str:
            let scalars = Array(unsafeDowncast(o, to: PyStr.self).value.unicodeScalars)
            guard let r = repeated(scalars, limit: maxStrSize) else { return nil }
            var s = String.UnicodeScalarView()
            s.append(contentsOf: r)
            return internedString(String(s))
        case .bytes:
            let pb = unsafeDowncast(o, to: PyBytes.self)
            guard !pb.isMutable, let r = repeated(pb.bytes, limit: maxStrSize) else { return nil }
            return .object(PyBytes(r))
        case .tuple:
            let items = unsafeDowncast(o, to: PyTuple.self).items
            guard let r = repeated(items, limit: maxCollectionSize) else { return nil }
            if let n = count.asInt, n > 0, complexityLeft(seq, maxTotalItems / n) < 0 { return nil }
            return .object(PyTuple(r))
        default: return nil
        }
    }

    /// check_complexity: what is left of `limit` after counting the items of
    /// a tuple and of the tuples (and frozensets) nested in it.
    static func complexityLeft(_ v: Value, _ limit: Int) -> Int {
        guard case .object(let o) = v, o.kind == .tuple else { return limit }
        let items = unsafeDowncast(o, to: PyTuple.self).items
        var left = limit - items.count
        for x in items where left >= 0 { left = complexityLeft(x, left) }
        return left
    }
}
