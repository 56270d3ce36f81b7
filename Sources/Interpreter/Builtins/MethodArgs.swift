// Registering the methods of the built-in types (str, list, tuple, dict,
// set, frozenset) with the argument checking CPython's method descriptors
// do, and the messages of each calling convention:
//   noArgs      METH_NOARGS     "str.upper() takes no arguments (1 given)"
//   oneArg      METH_O          "list.append() takes exactly one argument (0 given)"
//   positional  METH_FASTCALL   "get expected at least 1 argument, got 0"
//   keywords    Argument Clinic "split() takes at most 2 arguments (3 given)"
//   varargs     METH_VARARGS    "set.union() takes no keyword arguments"
//   slot        slot wrappers   "expected 0 arguments, got 1" (__len__, __iter__...)
// Every one first checks self: "descriptor 'upper' for 'str' objects doesn't
// apply to a 'int' object", "unbound method str.upper() needs an argument".

enum Meth {
    static func selfCheck(_ vm: VM, _ t: PyType, _ name: String, _ args: [Value]) throws -> Value {
        guard let s = args.first else { throw PyError.typeError("unbound method \(t.name).\(name)() needs an argument") }
        try check(vm, t, name, s)
        return s
    }

    @inline(__always)
    static func check(_ vm: VM, _ t: PyType, _ name: String, _ s: Value) throws {
        if case .object(let o) = s, o.pyType === t { return }
        if vm.typeOf(s).isSubtype(of: t) { return }
        throw PyError.typeError("descriptor '\(name)' for '\(t.name)' objects doesn't apply to a '\(vm.typeOf(s).name)' object")
    }

    static func noKeywords(_ kw: KwArgs, _ t: PyType, _ name: String) throws {
        if !kw.isEmpty { throw PyError.typeError("\(t.name).\(name)() takes no keyword arguments") }
    }

    private static func install(_ t: PyType, _ name: String, _ f: PyBuiltinFunction) {
        t.dict[name] = .object(f)
    }

    /// METH_NOARGS.
    static func noArgs(_ t: PyType, _ name: String, _ body: @escaping (VM, Value) throws -> Value) {
        let f = PyBuiltinFunction(name: name, owner: t.name, isMethod: true) { vm, args, kw in
            let s = try selfCheck(vm, t, name, args)
            try noKeywords(kw, t, name)
            if args.count != 1 { throw PyError.typeError("\(t.name).\(name)() takes no arguments (\(args.count - 1) given)") }
            return try body(vm, s)
        }
        f.fast1 = { vm, s in
            try check(vm, t, name, s)
            return try body(vm, s)
        }
        install(t, name, f)
    }

    /// METH_O.
    static func oneArg(_ t: PyType, _ name: String, _ body: @escaping (VM, Value, Value) throws -> Value) {
        let f = PyBuiltinFunction(name: name, owner: t.name, isMethod: true) { vm, args, kw in
            let s = try selfCheck(vm, t, name, args)
            try noKeywords(kw, t, name)
            if args.count != 2 { throw PyError.typeError("\(t.name).\(name)() takes exactly one argument (\(args.count - 1) given)") }
            return try body(vm, s, args[1])
        }
        f.fast2 = { vm, s, x in
            try check(vm, t, name, s)
            return try body(vm, s, x)
        }
        install(t, name, f)
    }

    /// METH_FASTCALL with positional arguments only (_PyArg_CheckPositional).
    static func positional(_ t: PyType, _ name: String, min: Int, max: Int, _ body: @escaping (VM, Value, [Value]) throws -> Value) {
        let f = PyBuiltinFunction(name: name, owner: t.name, isMethod: true) { vm, args, kw in
            let s = try selfCheck(vm, t, name, args)
            try noKeywords(kw, t, name)
            let rest = Array(args.dropFirst())
            try arity(name, rest.count, min: min, max: max)
            return try body(vm, s, rest)
        }
        if min == 0 {
            f.fast1 = { vm, s in
                try check(vm, t, name, s)
                return try body(vm, s, [])
            }
        }
        if min <= 1 && max >= 1 {
            f.fast2 = { vm, s, x in
                try check(vm, t, name, s)
                return try body(vm, s, [x])
            }
        }
        if min <= 2 && max >= 2 {
            f.fast3 = { vm, s, x, y in
                try check(vm, t, name, s)
                return try body(vm, s, [x, y])
            }
        }
        install(t, name, f)
    }

    static func arity(_ name: String, _ n: Int, min: Int, max: Int) throws {
        if n >= min && n <= max { return }
        func plural(_ k: Int) -> String { k == 1 ? "argument" : "arguments" }
        if min == max { throw PyError.typeError("\(name) expected \(min) \(plural(min)), got \(n)") }
        if n < min { throw PyError.typeError("\(name) expected at least \(min) \(plural(min)), got \(n)") }
        throw PyError.typeError("\(name) expected at most \(max) \(plural(max)), got \(n)")
    }

    /// Argument Clinic signatures with keywords: the first `positionalOnly`
    /// parameters cannot be passed by name, the first `required` must be given.
    static func keywords(_ t: PyType, _ name: String, _ params: [String], positionalOnly: Int = 0, required: Int = 0,
                         _ body: @escaping (VM, Value, [Value?]) throws -> Value) {
        let f = PyBuiltinFunction(name: name, owner: t.name, isMethod: true) { vm, args, kw in
            let s = try selfCheck(vm, t, name, args)
            let bound = try bind(name, Array(args.dropFirst()), kw, params, positionalOnly: positionalOnly, required: required)
            return try body(vm, s, bound)
        }
        if required == 0 {
            f.fast1 = { vm, s in
                try check(vm, t, name, s)
                return try body(vm, s, Array(repeating: nil, count: params.count))
            }
        }
        if required <= 1 && params.count >= 1 {
            f.fast2 = { vm, s, x in
                try check(vm, t, name, s)
                var a: [Value?] = Array(repeating: nil, count: params.count)
                a[0] = x
                return try body(vm, s, a)
            }
        }
        install(t, name, f)
    }

    static func bind(_ name: String, _ args: [Value], _ kw: KwArgs, _ params: [String], positionalOnly: Int, required: Int) throws -> [Value?] {
        let total = args.count + kw.count
        if args.count > params.count || total > params.count {
            throw PyError.typeError("\(name)() takes at most \(params.count) argument\(params.count == 1 ? "" : "s") (\(total) given)")
        }
        var out: [Value?] = Array(repeating: nil, count: params.count)
        for (i, a) in args.enumerated() { out[i] = a }
        var posOnlyByName: [String] = []
        for (k, v) in kw {
            guard let i = params.firstIndex(of: k) else {
                throw PyError.typeError("\(name)() got an unexpected keyword argument '\(k)'")
            }
            if i < positionalOnly { posOnlyByName.append(k); continue }
            if out[i] != nil { throw PyError.typeError("argument for \(name)() given by name ('\(k)') and position (\(i + 1))") }
            out[i] = v
        }
        if !posOnlyByName.isEmpty && args.count >= required {
            throw PyError.typeError("\(name)() got some positional-only arguments passed as keyword arguments: '\(posOnlyByName.joined(separator: ", "))'")
        }
        if args.count < required {
            if required <= positionalOnly {
                throw PyError.typeError("\(name)() takes at least \(required) positional argument\(required == 1 ? "" : "s") (\(args.count) given)")
            }
            for i in args.count..<required where out[i] == nil {
                throw PyError.typeError("\(name)() missing required argument '\(params[i])' (pos \(i + 1))")
            }
        }
        return out
    }

    /// METH_VARARGS without keywords (set.union and friends).
    static func varargs(_ t: PyType, _ name: String, _ body: @escaping (VM, Value, [Value]) throws -> Value) {
        let f = PyBuiltinFunction(name: name, owner: t.name, isMethod: true) { vm, args, kw in
            let s = try selfCheck(vm, t, name, args)
            try noKeywords(kw, t, name)
            return try body(vm, s, Array(args.dropFirst()))
        }
        f.fast1 = { vm, s in
            try check(vm, t, name, s)
            return try body(vm, s, [])
        }
        f.fast2 = { vm, s, x in
            try check(vm, t, name, s)
            return try body(vm, s, [x])
        }
        install(t, name, f)
    }

    /// Anything else: self is checked, the body sees the other arguments and keywords.
    static func raw(_ t: PyType, _ name: String, _ body: @escaping (VM, Value, [Value], KwArgs) throws -> Value) {
        let f = PyBuiltinFunction(name: name, owner: t.name, isMethod: true) { vm, args, kw in
            let s = try selfCheck(vm, t, name, args)
            return try body(vm, s, Array(args.dropFirst()), kw)
        }
        install(t, name, f)
    }

    /// Slot wrappers (__len__, __getitem__...): "expected 1 argument, got 0".
    static func slot(_ t: PyType, _ name: String, _ n: Int, _ body: @escaping (VM, Value, [Value]) throws -> Value) {
        let f = PyBuiltinFunction(name: name, owner: t.name, isMethod: true) { vm, args, kw in
            let s = try selfCheck(vm, t, name, args)
            if !kw.isEmpty { throw PyError.typeError("wrapper \(name)() takes no keyword arguments") }
            if args.count - 1 != n {
                // CPython's two-argument wrappers (__setitem__) print an empty name before "expected".
                throw PyError.typeError("\(n == 2 ? " " : "")expected \(n) argument\(n == 1 ? "" : "s"), got \(args.count - 1)")
            }
            return try body(vm, s, Array(args.dropFirst()))
        }
        if n == 0 {
            f.fast1 = { vm, s in
                try check(vm, t, name, s)
                return try body(vm, s, [])
            }
        } else if n == 1 {
            f.fast2 = { vm, s, x in
                try check(vm, t, name, s)
                return try body(vm, s, [x])
            }
        }
        install(t, name, f)
    }

    /// A class-level method (dict.fromkeys): bound to the class, never to an instance.
    static func classMethod(_ t: PyType, _ name: String, _ body: @escaping (VM, PyType, [Value], KwArgs) throws -> Value) {
        let f = PyBuiltinFunction(name: name, owner: t.name, isMethod: false) { vm, args, kw in
            guard case .object(let o)? = args.first, let cls = o as? PyType else {
                throw PyError.typeError("descriptor '\(name)' for type '\(t.name)' needs a type, not a '\(args.first.map { vm.typeOf($0).name } ?? "NoneType")' as arg 2")
            }
            return try body(vm, cls, Array(args.dropFirst()), kw)
        }
        f.isClassMethod = true
        install(t, name, f)
    }
}

extension VM {
    /// An argument CPython converts to Py_ssize_t: ints, bools and __index__;
    /// OverflowError for ints that do not fit.
    func ssizeArg(_ v: Value) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o) where o.kind == .bigInt:
            if let small = unsafeDowncast(o, to: PyInt.self).value.asInt { return small }
            throw PyError.overflow("Python int too large to convert to C ssize_t")
        default:
            if case .object(let o) = v, o.kind == .instance, let i = try indexValue(v) { return i }
            throw PyError.typeError("'\(typeOf(v).name)' object cannot be interpreted as an integer")
        }
    }

    /// A start/end argument of find(), count(), index()...: None is absent,
    /// huge ints clamp (as _PyEval_SliceIndex does).
    func sliceArg(_ v: Value?, allowNone: Bool = true) throws -> Int? {
        guard let v else { return nil }
        if v.isNone && allowNone { return nil }
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o) where o.kind == .bigInt:
            return unsafeDowncast(o, to: PyInt.self).value.isNegative ? Int.min : Int.max
        default:
            if case .object(let o) = v, o.kind == .instance, let i = try indexValue(v) { return i }
            throw PyError.typeError(allowNone ? "slice indices must be integers or None or have an __index__ method"
                                              : "slice indices must be integers or have an __index__ method")
        }
    }

    /// The str inside a value, if it is one.
    @inline(__always) func asPyStr(_ v: Value) -> PyStr? {
        if case .object(let o) = v, o.kind == .str { return unsafeDowncast(o, to: PyStr.self) }
        return nil
    }
}
