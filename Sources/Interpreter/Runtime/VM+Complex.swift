// Complex numbers in the VM: operators mixing complex with int, float, bool
// and big ints (the real operand becomes complex(x, 0) first, as in
// CPython 3.13), equality, the TypeErrors of ordering and of //, % and
// divmod, unary operators, abs, hash, truth and conversions.

extension VM {
    /// The complex value of a number operand (complex, int, bool, float,
    /// big int); nil for anything else. Big ints too large for a float
    /// raise OverflowError, as CPython's to_complex does.
    func complexOperand(_ v: Value) throws -> ComplexNumber? {
        switch v {
        case .int(let i): return ComplexNumber(Double(i), 0)
        case .bool(let b): return ComplexNumber(b ? 1 : 0, 0)
        case .float(let d): return ComplexNumber(d, 0)
        case .none: return nil
        case .object(let o):
            if o.kind == .complex { return unsafeDowncast(o, to: PyComplex.self).value }
            if o.kind == .bigInt { return ComplexNumber(try libCall { try unsafeDowncast(o, to: PyInt.self).value.pyToDouble() }, 0) }
            return nil
        }
    }

    @inline(__always) func isComplexValue(_ v: Value) -> Bool {
        if case .object(let o) = v { return o.kind == .complex }
        return false
    }

    /// A binary operator with a complex operand and a number on the other
    /// side; nil when neither side is complex or the other is no number
    /// (then the caller's general path tries reflected methods).
    func complexBinary(_ l: Value, _ r: Value, _ op: BinaryOperator, inplace: Bool) throws -> Value? {
        guard isComplexValue(l) || isComplexValue(r) else { return nil }
        guard let a = try complexOperand(l), let b = try complexOperand(r) else { return nil }
        switch op {
        case .add: return .complex(a + b)
        case .sub: return .complex(a - b)
        case .mult: return .complex(a * b)
        case .div: return .complex(try libCall { try a.quotient(b) })
        case .pow: return .complex(try libCall { try a.power(b) })
        default:
            let symbol = op == .pow ? "** or pow()" : op.rawValue
            throw PyError.typeError("unsupported operand type(s) for \(symbol)\(inplace ? "=" : ""): '\(typeOf(l).messageName)' and '\(typeOf(r).messageName)'")
        }
    }

    /// float ** float with a negative base and a fractional exponent: the
    /// complex result CPython's float_pow delegates to complex_pow for.
    func complexPowerOfReals(_ x: Double, _ y: Double) throws -> Value {
        .complex(try libCall { try ComplexNumber(x, 0).power(ComplexNumber(y, 0)) })
    }

    /// ==, != and orderings with a complex operand and a number; nil when
    /// neither side is complex or the other side is not a number.
    func complexCompare(_ l: Value, _ r: Value, _ op: CompareOperator) throws -> Bool? {
        guard isComplexValue(l) || isComplexValue(r) else { return nil }
        guard op == .eq || op == .notEq else {
            guard (try? complexOperand(l)) != nil && (try? complexOperand(r)) != nil else { return nil }
            throw PyError.typeError("'\(op.rawValue)' not supported between instances of '\(typeOf(l).messageName)' and '\(typeOf(r).messageName)'")
        }
        let c = isComplexValue(l) ? l : r
        let other = isComplexValue(l) ? r : l
        let z = unsafeDowncast(c.asObject!, to: PyComplex.self).value
        var same: Bool
        switch other {
        case .int, .bool:
            // An int equals a complex only with a zero imaginary part and an exactly equal real part.
            same = z.im == 0 && compareNumbers(asNum(other)!, .float(z.re), .eq)
        case .float(let d): same = z.im == 0 && z.re == d
        case .object(let o) where o.kind == .bigInt:
            same = z.im == 0 && compareNumbers(.big(unsafeDowncast(o, to: PyInt.self).value), .float(z.re), .eq)
        case .object(let o) where o.kind == .complex:
            let w = unsafeDowncast(o, to: PyComplex.self).value
            same = z.re == w.re && z.im == w.im
        default: return nil
        }
        return op == .eq ? same : !same
    }

    /// abs(z): OverflowError when hypot overflows.
    func complexAbs(_ z: ComplexNumber) throws -> Value {
        guard let m = z.magnitude else { throw PyError.overflow("absolute value too large") }
        return .float(m)
    }

    /// hash(z), agreeing with hash(x) for a real-valued z.
    func complexHash(_ o: PyObject) -> Int {
        let z = unsafeDowncast(o, to: PyComplex.self).value
        return z.hashValue { d in d.isNaN ? o.address >> 4 : VM.hashDouble(d) }
    }

    /// The Py_complex of an argument as PyComplex_AsCComplex takes it:
    /// complex, __complex__, then anything float() takes (real numbers,
    /// __float__, __index__); "must be real number, not str" otherwise.
    func complexArg(_ v: Value) throws -> ComplexNumber {
        if let z = try complexOperand(v) { return z }
        if case .object(let o) = v, o.kind == .instance, let f = o.pyType.lookup("__complex__") {
            let r = try call(try bindIfFunction(f, to: v, type: o.pyType), [])
            guard case .object(let ro) = r, ro.kind == .complex else {
                throw PyError.typeError("__complex__ returned non-complex (type \(typeOf(r).name))")
            }
            return unsafeDowncast(ro, to: PyComplex.self).value
        }
        return ComplexNumber(try realArg(v), 0)
    }
}
