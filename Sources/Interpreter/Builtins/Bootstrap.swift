// Builds the builtins namespace and installs the methods of the built-in
// types, once per process.

public enum Bootstrap {
    nonisolated(unsafe) static var builtins = AttrDict()
    nonisolated(unsafe) static var done = false

    static func ensure() {
        if done { return }
        done = true
        var b = AttrDict()
        for (name, t) in [("object", BuiltinTypes.object), ("type", BuiltinTypes.type), ("int", BuiltinTypes.int),
                          ("float", BuiltinTypes.float), ("bool", BuiltinTypes.bool), ("str", BuiltinTypes.str),
                          ("list", BuiltinTypes.list), ("tuple", BuiltinTypes.tuple), ("dict", BuiltinTypes.dict),
                          ("set", BuiltinTypes.set), ("frozenset", BuiltinTypes.frozenset), ("range", BuiltinTypes.range),
                          ("slice", BuiltinTypes.slice), ("property", BuiltinTypes.property), ("bytes", BuiltinTypes.bytes), ("bytearray", BuiltinTypes.bytearray),
                          ("staticmethod", BuiltinTypes.staticmethod), ("classmethod", BuiltinTypes.classmethod),
                          ("super", BuiltinTypes.superType), ("complex", BuiltinTypes.complex)] {
            b[name] = .object(t)
        }
        for e in BuiltinTypes.allExceptions { b[e.name] = .object(e) }
        b["EnvironmentError"] = .object(BuiltinTypes.OSError)
        b["IOError"] = .object(BuiltinTypes.OSError)
        b["None"] = Value.none
        b["True"] = .bool(true)
        b["False"] = .bool(false)
        b["NotImplemented"] = .object(BuiltinTypes.notImplemented)
        b["Ellipsis"] = .object(BuiltinTypes.ellipsis)
        b["__debug__"] = .bool(true)    // asserts run (no -O)
        b["__name__"] = .str("builtins")
        BuiltinFunctions.install(into: &b)
        TypeConstructors.install()
        BytesMethods.install()
        ObjectMethods.install()
        ObjectProtocol.install()
        IntBytes.install()
        MetaclassMethods.install()
        StrMethods.install()
        ListMethods.install()
        TupleMethods.install()
        DictMethods.install()
        SetMethods.install()
        RangeMethods.install()
        PropertySliceMethods.install()
        DescriptorSubclasses.install()
        IteratorMethods.install()
        SubclassMethods.install()
        ComplexMethods.install()
        AsyncMethods.install()
        ExceptionGroupMethods.install()
        TypeDunders.install()
        builtins = b
    }

    /// Registers a method on a built-in type.
    static func method(_ t: PyType, _ name: String, _ call: @escaping BuiltinCall) {
        t.dict[name] = .object(PyBuiltinFunction(name: name, owner: t.name, isMethod: true, call: call))
    }

    static func method1(_ t: PyType, _ name: String, _ f: @escaping (VM, Value) throws -> Value) {
        let b = PyBuiltinFunction(name: name, owner: t.name, isMethod: true) { vm, args, kw in
            try Args.expect(args, kw, name: name, min: 1, max: 1, owner: t.name)
            return try f(vm, args[0])
        }
        b.fast1 = f
        t.dict[name] = .object(b)
    }

    static func method2(_ t: PyType, _ name: String, _ f: @escaping (VM, Value, Value) throws -> Value) {
        let b = PyBuiltinFunction(name: name, owner: t.name, isMethod: true) { vm, args, kw in
            try Args.expect(args, kw, name: name, min: 2, max: 2, owner: t.name)
            return try f(vm, args[0], args[1])
        }
        b.fast2 = f
        t.dict[name] = .object(b)
    }

    static func function(_ name: String, _ call: @escaping BuiltinCall) -> Value {
        .object(PyBuiltinFunction(name: name, call: call))
    }
}

/// Argument checking for built-ins, with CPython's messages.
public enum Args {
    /// `args` includes self for methods (owner != nil), which is not counted
    /// in the messages.
    public static func expect(_ args: [Value], _ kw: KwArgs, name: String, min: Int, max: Int, owner: String? = nil, allowsKeywords: Bool = false) throws {
        if !kw.isEmpty && !allowsKeywords {
            throw PyError.typeError("\(owner.map { "\($0)." } ?? "")\(name)() takes no keyword arguments")
        }
        let selfCount = owner == nil ? 0 : 1
        let n = args.count - selfCount
        let lo = min - selfCount, hi = max - selfCount
        if n < lo || n > hi {
            let qual = owner.map { "\($0).\(name)" } ?? name
            if lo == hi {
                if lo == 0 { throw PyError.typeError("\(qual)() takes no arguments (\(n) given)") }
                if lo == 1 { throw PyError.typeError("\(qual)() takes exactly one argument (\(n) given)") }
                throw PyError.typeError("\(qual) expected \(lo) arguments, got \(n)")
            }
            if n < lo { throw PyError.typeError("\(qual) expected at least \(lo) argument\(lo == 1 ? "" : "s"), got \(n)") }
            throw PyError.typeError("\(qual) expected at most \(hi) argument\(hi == 1 ? "" : "s"), got \(n)")
        }
    }

    public static func keyword(_ kw: KwArgs, _ name: String) -> Value? {
        kw.first(where: { $0.0 == name })?.1
    }

    public static func rejectUnknown(_ kw: KwArgs, allowed: [String], function: String) throws {
        for (k, _) in kw where !allowed.contains(k) {
            throw PyError.typeError("\(function)() got an unexpected keyword argument '\(k)'")
        }
    }
}
