// Defining the functions of the math, time and random modules, with the
// argument messages of CPython's C functions ("math.sqrt() takes exactly one
// argument (0 given)", "pow expected 2 arguments, got 1"), and converting
// their arguments to Double / BigInt as CPython does.

enum ModuleFunctions {
    /// Any signature: the body checks its own arguments.
    static func raw(_ m: PyModule, _ name: String, _ body: @escaping BuiltinCall) {
        m.dict[name] = .object(PyBuiltinFunction(name: name, call: body))
    }

    /// METH_NOARGS: "time.time() takes no arguments (1 given)".
    static func none(_ m: PyModule, _ name: String, _ body: @escaping (VM) throws -> Value) {
        let q = "\(m.name).\(name)"
        raw(m, name) { vm, args, kw in
            if !kw.isEmpty { throw PyError.typeError("\(q)() takes no keyword arguments") }
            if !args.isEmpty { throw PyError.typeError("\(q)() takes no arguments (\(args.count) given)") }
            return try body(vm)
        }
    }

    /// METH_O: "math.sqrt() takes exactly one argument (0 given)".
    static func one(_ m: PyModule, _ name: String, _ body: @escaping (VM, Value) throws -> Value) {
        let q = "\(m.name).\(name)"
        let f = PyBuiltinFunction(name: name) { vm, args, kw in
            if !kw.isEmpty { throw PyError.typeError("\(q)() takes no keyword arguments") }
            if args.count != 1 { throw PyError.typeError("\(q)() takes exactly one argument (\(args.count) given)") }
            return try body(vm, args[0])
        }
        f.fast1 = body
        m.dict[name] = .object(f)
    }

    /// METH_FASTCALL, positional only: "pow expected 2 arguments, got 1".
    static func positional(_ m: PyModule, _ name: String, min: Int, max: Int, _ body: @escaping (VM, [Value]) throws -> Value) {
        let q = "\(m.name).\(name)"
        let f = PyBuiltinFunction(name: name) { vm, args, kw in
            if !kw.isEmpty { throw PyError.typeError("\(q)() takes no keyword arguments") }
            try Meth.arity(name, args.count, min: min, max: max)
            return try body(vm, args)
        }
        if min <= 1 && max >= 1 { f.fast1 = { vm, x in try body(vm, [x]) } }
        if min <= 2 && max >= 2 { f.fast2 = { vm, x, y in try body(vm, [x, y]) } }
        m.dict[name] = .object(f)
    }

    /// Any number of positional arguments, no keywords (gcd, hypot).
    static func varargs(_ m: PyModule, _ name: String, _ body: @escaping (VM, [Value]) throws -> Value) {
        let q = "\(m.name).\(name)"
        raw(m, name) { vm, args, kw in
            if !kw.isEmpty { throw PyError.typeError("\(q)() takes no keyword arguments") }
            return try body(vm, args)
        }
    }
}

extension VM {
    /// A float argument (PyFloat_AsDouble): floats, ints (OverflowError when
    /// too large), __float__ and __index__; "must be real number, not str".
    func realArg(_ v: Value) throws -> Double {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o):
            if o.kind == .bigInt { return try libCall { try unsafeDowncast(o, to: PyInt.self).value.pyToDouble() } }
            if o.kind == .boxedFloat { return unsafeDowncast(o, to: PyFloatOfClass.self).value }
            if o.kind == .instance {
                let t = o.pyType
                if let f = t.lookup("__float__") {
                    let r = try call(try bindIfFunction(f, to: v, type: t), [])
                    guard case .float(let d) = r else {
                        throw PyError.typeError("\(t.name).__float__ returned non-float (type \(typeOf(r).name))")
                    }
                    return d
                }
                if t.lookup("__index__") != nil, let n = asNum(try callIndex(v)) { return try toDouble(n) }
            }
        case .none: break
        }
        throw PyError.typeError("must be real number, not \(typeOf(v).name)")
    }

    /// An integer argument (PyNumber_Index): ints, bools and __index__.
    func integerArg(_ v: Value) throws -> BigInt {
        switch v {
        case .int(let i): return BigInt(i)
        case .bool(let b): return BigInt(b ? 1 : 0)
        case .object(let o) where o.kind == .bigInt: return unsafeDowncast(o, to: PyInt.self).value
        case .object(let o) where o.kind == .instance && o.pyType.lookup("__index__") != nil:
            return try integerArg(try callIndex(v))
        default:
            throw PyError.typeError("'\(typeOf(v).name)' object cannot be interpreted as an integer")
        }
    }

    /// v.__index__(), which must return an int.
    func callIndex(_ v: Value) throws -> Value {
        let t = typeOf(v)
        guard let f = t.lookup("__index__") else {
            throw PyError.typeError("'\(t.name)' object cannot be interpreted as an integer")
        }
        let r = try call(try bindIfFunction(f, to: v, type: t), [])
        switch r {
        case .int, .bool: return r
        case .object(let o) where o.kind == .bigInt: return r
        default: throw PyError.typeError("__index__ returned non-int (type \(typeOf(r).name))")
        }
    }
}
