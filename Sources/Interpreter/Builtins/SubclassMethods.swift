// The built-in methods that subclasses of the built-in types reach through
// super() or by name: list/dict/set.__init__ (filling an instance made empty
// by __new__), and int/float's operator slots, which run on the plain value
// so that `super().__add__(x)` in an int subclass returns a plain int.

enum SubclassMethods {
    static func install() {
        Bootstrap.method(BuiltinTypes.list, "__init__") { vm, args, kw in
            try Args.expect(args, kw, name: "list", min: 1, max: 2)
            guard case .object(let o) = args[0], let l = o as? PyList else { throw PyError.typeError("descriptor '__init__' requires a 'list' object") }
            let items = args.count > 1 ? try vm.iterateSized(args[1]) : []
            l.items = items
            return .none
        }
        Bootstrap.method(BuiltinTypes.dict, "__init__") { vm, args, kw in
            guard case .object(let o)? = args.first, let d = o as? PyDict else { throw PyError.typeError("descriptor '__init__' requires a 'dict' object") }
            guard args.count <= 2 else { throw PyError.typeError("dict expected at most 1 argument, got \(args.count - 1)") }
            if args.count == 2 { try vm.dictUpdateFrom(d, args[1]) }
            for (k, v) in kw { try d.set(.str(k), v, vm: vm) }
            return .none
        }
        Bootstrap.method(BuiltinTypes.set, "__init__") { vm, args, kw in
            if !kw.isEmpty { throw PyError.typeError("set() takes no keyword arguments") }
            guard case .object(let o)? = args.first, let s = o as? PySet else { throw PyError.typeError("descriptor '__init__' requires a 'set' object") }
            guard args.count <= 2 else { throw PyError.typeError("set expected at most 1 argument, got \(args.count - 1)") }
            s.clear()
            if args.count == 2 { for x in try vm.iterate(args[1]) { try s.add(x, vm: vm) } }
            return .none
        }
        for t in [BuiltinTypes.int, BuiltinTypes.float] {
            for (op, names) in VM.dunderNames where op != .matMult {
                let (name, rname, _) = names
                Bootstrap.method(t, name) { vm, args, kw in
                    try Args.expect(args, kw, name: name, min: 2, max: 2, owner: t.name)
                    return try numericSlot(vm, vm.baseValue(args[0]), vm.baseValue(args[1]), op)
                }
                Bootstrap.method(t, rname) { vm, args, kw in
                    try Args.expect(args, kw, name: rname, min: 2, max: 2, owner: t.name)
                    return try numericSlot(vm, vm.baseValue(args[1]), vm.baseValue(args[0]), op)
                }
            }
            for (op, names) in VM.compareDunders {
                Bootstrap.method(t, names.0) { vm, args, kw in
                    try Args.expect(args, kw, name: names.0, min: 2, max: 2, owner: t.name)
                    let a = vm.baseValue(args[0]), b = vm.baseValue(args[1])
                    guard let x = vm.asNum(a), let y = vm.asNum(b) else { return .object(BuiltinTypes.notImplemented) }
                    return .bool(vm.compareNumbers(x, y, op))
                }
            }
            Bootstrap.method1(t, "__neg__") { vm, v in try vm.negate(vm.baseValue(v)) }
            Bootstrap.method1(t, "__pos__") { vm, v in try vm.unaryPlus(vm.baseValue(v)) }
            Bootstrap.method1(t, "__abs__") { vm, v in
                switch vm.asNum(vm.baseValue(v)) {
                case .int(let i)?: return i == Int.min ? .bigInt(BigInt(i).magnitude) : .int(abs(i))
                case .big(let b)?: return .bigInt(b.isNegative ? -b : b)
                case .float(let d)?: return .float(abs(d))
                case nil: return .object(BuiltinTypes.notImplemented)
                }
            }
            Bootstrap.method1(t, "__bool__") { vm, v in .bool(try vm.isTruthy(vm.baseValue(v))) }
            Bootstrap.method1(t, "__int__") { vm, v in try TypeConstructors.makeInt(vm, [vm.baseValue(v)], []) }
            Bootstrap.method1(t, "__float__") { vm, v in
                guard let n = vm.asNum(vm.baseValue(v)) else { return .object(BuiltinTypes.notImplemented) }
                return .float(try vm.toDouble(n))
            }
            Bootstrap.method1(t, "__repr__") { vm, v in .str(try vm.repr(vm.baseValue(v))) }
            Bootstrap.method1(t, "__hash__") { vm, v in .int(try vm.hash(vm.baseValue(v))) }
        }
        Bootstrap.method1(BuiltinTypes.int, "__invert__") { vm, v in try vm.invert(vm.baseValue(v)) }
        // dict.__repr__(self) and the like from a subclass's own __repr__
        // (defaultdict's): the built-in's text, whatever the class overrides.
        let reprKinds: [(PyType, [ObjectKind])] = [(BuiltinTypes.list, [.list]), (BuiltinTypes.dict, [.dict]),
                                                   (BuiltinTypes.tuple, [.tuple]), (BuiltinTypes.set, [.set]),
                                                   (BuiltinTypes.frozenset, [.frozenset])]
        for (t, kinds) in reprKinds {
            Bootstrap.method1(t, "__repr__") { vm, v in
                guard case .object(let o) = v, kinds.contains(o.kind) else {
                    throw PyError.typeError("descriptor '__repr__' requires a '\(t.name)' object but received a '\(vm.typeOf(v).name)'")
                }
                if o.hasUserClass, o.kind == .set || o.kind == .frozenset {
                    let s = unsafeDowncast(o, to: PySet.self)
                    if s.count == 0 { return .str("\(o.pyType.name)()") }
                    let body = try vm.withReprGuard(o, "...") { "{" + (try s.elements.map { try vm.repr($0) }.joined(separator: ", ")) + "}" }
                    return .str("\(o.pyType.name)(\(body))")
                }
                return .str(try vm.nativeRepr(o, v))
            }
        }
        // Rich comparisons of the containers and str (tuple.__lt__(self, other)).
        for t in [BuiltinTypes.str, BuiltinTypes.list, BuiltinTypes.tuple, BuiltinTypes.dict, BuiltinTypes.set,
                  BuiltinTypes.frozenset, BuiltinTypes.bytes] {
            for (op, names) in VM.compareDunders {
                Bootstrap.method(t, names.0) { vm, args, kw in
                    try Args.expect(args, kw, name: names.0, min: 2, max: 2, owner: t.name)
                    guard case .object(let a) = args[0], case .object(let b) = args[1], a.kind == b.kind || op == .eq || op == .notEq,
                          let res = try vm.builtinCompare(args[0], args[1], op) else { return .object(BuiltinTypes.notImplemented) }
                    return .bool(res)
                }
            }
        }
    }

    /// An arithmetic slot of int/float: NotImplemented for a non-number.
    static func numericSlot(_ vm: VM, _ a: Value, _ b: Value, _ op: BinaryOperator) throws -> Value {
        guard let x = vm.asNum(a), let y = vm.asNum(b) else { return .object(BuiltinTypes.notImplemented) }
        return try vm.numericBinary(x, y, op) ?? .object(BuiltinTypes.notImplemented)
    }
}
