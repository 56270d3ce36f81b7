// `list[int]` (types.GenericAlias) and `int | None` (types.UnionType): the
// objects annotations evaluate to. They print as CPython prints them and
// work where lessons use them: isinstance with a union, calling an alias.

enum GenericAlias {
    static let type: PyType = {
        let t = PyType(name: "GenericAlias", module: "types", bases: [BuiltinTypes.object], isBuiltin: false)
        try? t.computeMRO()
        Bootstrap.method1(t, "__repr__") { vm, v in
            guard let (origin, args) = parts(v) else { return .str("?") }
            let inner = try args.map { try argRepr($0, vm) }.joined(separator: ", ")
            return .str("\(try argRepr(origin, vm))[\(inner.isEmpty ? "()" : inner)]")
        }
        // types.GenericAlias(origin, args): what the standard containers'
        // __class_getitem__ return (defaultdict[str, int]).
        Bootstrap.method(t, "__init__") { vm, args, kw in
            guard kw.isEmpty else { throw PyError.typeError("GenericAlias() takes no keyword arguments") }
            guard args.count == 3, case .object(let o) = args[0], let i = o as? PyInstance else {
                throw PyError.typeError("GenericAlias expected 2 arguments, got \(max(args.count - 1, 0))")
            }
            fill(i, origin: args[1], args: args[2])
            return .none
        }
        Bootstrap.method(t, "__call__") { vm, args, kw in
            guard let (origin, _) = parts(args[0]) else { return .none }
            return try vm.call(origin, Array(args.dropFirst()), kw)
        }
        Bootstrap.method2(t, "__eq__") { vm, a, b in
            guard let (o1, a1) = parts(a), let (o2, a2) = parts(b) else { return .object(BuiltinTypes.notImplemented) }
            let same = try zip(a1, a2).allSatisfy { try vm.equals($0, $1) }
            return .bool(o1.isIdentical(to: o2) && a1.count == a2.count && same)
        }
        Bootstrap.method1(t, "__hash__") { vm, v in
            guard let (o, a) = parts(v) else { return .int(0) }
            return .int(try vm.hash(o) ^ vm.hash(.object(PyTuple(a))))
        }
        Bootstrap.method2(t, "__or__") { vm, a, b in try UnionType.make(a, b, vm: vm) }
        Bootstrap.method2(t, "__ror__") { vm, a, b in try UnionType.make(b, a, vm: vm) }
        // PEP 560: `class IntList(list[int])` subclasses the origin.
        Bootstrap.method2(t, "__mro_entries__") { vm, a, _ in
            guard let (o, _) = parts(a) else { return .object(PyTuple([])) }
            return .object(PyTuple([o]))
        }
        Bootstrap.method2(t, "__getitem__") { vm, a, b in
            guard let (o, _) = parts(a) else { return .none }
            return .object(make(origin: o, args: b, vm: vm))
        }
        return t
    }()

    static func make(origin: Value, args: Value, vm: VM) -> PyInstance {
        let i = PyInstance(cls: type)
        fill(i, origin: origin, args: args)
        return i
    }

    private static func fill(_ i: PyInstance, origin: Value, args: Value) {
        let items: [Value]
        if case .object(let o) = args, let t = o as? PyTuple { items = t.items } else { items = [args] }
        i.dict["__origin__"] = origin
        i.dict["__args__"] = .object(PyTuple(items))
        i.dict["__parameters__"] = .object(PyTuple(parameters(of: items)))
    }

    /// The type variables among `args`, in first-seen order, looking inside
    /// nested aliases (dict[str, list[T]] has __parameters__ (T,)).
    static func parameters(of args: [Value]) -> [Value] {
        var out: [Value] = []
        func add(_ v: Value) { if !out.contains(where: { $0.isIdentical(to: v) }) { out.append(v) } }
        for a in args {
            guard case .object(let o) = a else { continue }
            if let i = o as? PyInstance {
                if ["TypeVar", "ParamSpec", "TypeVarTuple"].contains(i.cls.name) && i.cls.moduleName == "typing" { add(a); continue }
                if case .object(let po)? = i.dict["__parameters__"], let t = po as? PyTuple { t.items.forEach(add) }
            } else if let l = o as? PyList {
                parameters(of: l.items).forEach(add)
            }
        }
        return out
    }

    static func parts(_ v: Value) -> (Value, [Value])? {
        guard case .object(let o) = v, let i = o as? PyInstance, i.cls === type,
              let origin = i.dict["__origin__"], case .object(let ao)? = i.dict["__args__"], let t = ao as? PyTuple else { return nil }
        return (origin, t.items)
    }

    /// How typing shows an argument: a class by its name, ... as `...`.
    static func argRepr(_ v: Value, _ vm: VM) throws -> String {
        if case .object(let o) = v {
            if let t = o as? PyType {
                if t === BuiltinTypes.noneType { return "None" }
                if t.isBuiltin { return t.moduleName.isEmpty || t.moduleName == "builtins" ? t.name : "\(t.moduleName).\(t.name)" }
                return t.moduleName == "builtins" ? t.qualname : "\(t.moduleName).\(t.qualname)"
            }
            if o.kind == .ellipsis { return "..." }
            if let l = o as? PyList { return "[" + (try l.items.map { try argRepr($0, vm) }.joined(separator: ", ")) + "]" }
        }
        if v.isNone { return "None" }
        return try vm.repr(v)
    }
}

enum UnionType {
    static let type: PyType = {
        let t = PyType(name: "UnionType", module: "types", bases: [BuiltinTypes.object], isBuiltin: false)
        try? t.computeMRO()
        Bootstrap.method1(t, "__repr__") { vm, v in
            guard case .object(let o) = v, let args = members(o) else { return .str("?") }
            return .str(try args.map { try GenericAlias.argRepr($0, vm) }.joined(separator: " | "))
        }
        Bootstrap.method2(t, "__or__") { vm, a, b in try make(a, b, vm: vm) }
        Bootstrap.method2(t, "__ror__") { vm, a, b in try make(b, a, vm: vm) }
        Bootstrap.method2(t, "__eq__") { vm, a, b in
            guard case .object(let x) = a, case .object(let y) = b, let m1 = members(x), let m2 = members(y) else { return .object(BuiltinTypes.notImplemented) }
            return .bool(m1.count == m2.count && m1.allSatisfy { e in m2.contains { $0.isIdentical(to: e) } })
        }
        Bootstrap.method1(t, "__hash__") { _, v in .int(v.identity >> 4) }
        return t
    }()

    static func isUnionable(_ v: Value) -> Bool {
        if v.isNone { return true }
        guard case .object(let o) = v else { return false }
        if o.kind == .type { return true }
        if let i = o as? PyInstance { return i.cls === type || i.cls === GenericAlias.type }
        return false
    }

    static func members(_ o: PyObject) -> [Value]? {
        guard let i = o as? PyInstance, i.cls === type, case .object(let ao)? = i.dict["__args__"], let t = ao as? PyTuple else { return nil }
        return t.items
    }

    static func make(_ a: Value, _ b: Value, vm: VM) throws -> Value {
        guard isUnionable(a), isUnionable(b) else { return .object(BuiltinTypes.notImplemented) }
        var items: [Value] = []
        for v in [a, b] {
            let parts: [Value] = (v.asObject.flatMap { members($0) }) ?? [v.isNone ? .object(BuiltinTypes.noneType) : v]
            for p in parts where !items.contains(where: { $0.isIdentical(to: p) }) { items.append(p) }
        }
        if items.count == 1 { return items[0] }
        let i = PyInstance(cls: type)
        i.dict["__args__"] = .object(PyTuple(items))
        return .object(i)
    }
}
