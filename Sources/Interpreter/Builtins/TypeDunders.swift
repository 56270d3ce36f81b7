// The dunder methods CPython's built-in types have in their dicts whose
// work the VM does natively (divmod(), round(), math.floor(), bytes + bytes,
// set | set...): here they are also reachable by name, so getattr(), dir(),
// super() into the built-in and T.__dunder__(x, y) see what CPython has.
// Each runs the native operation on the plain value (baseValue), so a
// subclass's own override calling super() does not come back to itself.

enum TypeDunders {
    static func install() {
        installNumbers()
        installSequences()
        installSets()
        installGenerics()
        installMisc()
        installExceptions()
        FloatHex.install()
    }

    /// BaseException.__reduce__ / __setstate__ (what copy and pickle use).
    private static func installExceptions() {
        let exc = BuiltinTypes.BaseException
        Meth.noArgs(exc, "__reduce__") { vm, s in
            guard case .object(let o) = s, let e = o as? PyExceptionObject else { return notImplemented }
            var parts: [Value] = [.object(e.cls), .object(PyTuple(e.args))]
            let d = try vm.getAttribute(s, "__dict__")
            if try vm.isTruthy(d) { parts.append(d) }
            return .object(PyTuple(parts))
        }
        Meth.oneArg(exc, "__setstate__") { vm, s, state in
            if state.isNone { return .none }
            guard case .object(let so) = state, let d = so as? PyDict else { throw PyError.typeError("state is not a dictionary") }
            for p in d.pairs { try vm.setAttribute(s, vm.strValue(p.key), p.value) }
            return .none
        }
    }

    private static var notImplemented: Value { .object(BuiltinTypes.notImplemented) }

    private static func installNumbers() {
        let int = BuiltinTypes.int, float = BuiltinTypes.float
        for t in [int, float] {
            Meth.oneArg(t, "__divmod__") { vm, s, o in
                guard let a = vm.asNum(vm.baseValue(s)), let b = vm.asNum(vm.baseValue(o)) else { return notImplemented }
                return try vm.call(Bootstrap.builtins["divmod"]!, [vm.numValue(a), vm.numValue(b)])
            }
            Meth.oneArg(t, "__rdivmod__") { vm, s, o in
                guard let a = vm.asNum(vm.baseValue(s)), let b = vm.asNum(vm.baseValue(o)) else { return notImplemented }
                return try vm.call(Bootstrap.builtins["divmod"]!, [vm.numValue(b), vm.numValue(a)])
            }
            Meth.positional(t, "__round__", min: 0, max: 1) { vm, s, a in
                try vm.call(Bootstrap.builtins["round"]!, [vm.baseValue(s)] + (a.first.map { [$0] } ?? []))
            }
            Meth.noArgs(t, "__getnewargs__") { vm, s in .object(PyTuple([vm.baseValue(s)])) }
        }
        for (name, rule) in [("__floor__", FloatingPointRoundingRule.down), ("__ceil__", .up), ("__trunc__", .towardZero)] {
            Meth.noArgs(int, name) { vm, s in try TypeConstructors.makeInt(vm, [vm.baseValue(s)], []) }
            Meth.noArgs(float, name) { vm, s in
                guard case .float(let d) = vm.baseValue(s) else { return notImplemented }
                return try TypeConstructors.makeInt(vm, [.float(d.rounded(rule))], [])
            }
        }
        // float has no bitwise or shift operators (SubclassMethods gives
        // int and float the same arithmetic slots).
        for name in ["__and__", "__or__", "__xor__", "__lshift__", "__rshift__",
                     "__rand__", "__ror__", "__rxor__", "__rlshift__", "__rrshift__"] {
            float.dict[name] = nil
        }
        Meth.classMethod(float, "__getformat__") { vm, _, args, _ in
            guard args.count == 1 else { throw PyError.typeError("float.__getformat__() takes exactly one argument (\(args.count) given)") }
            guard case .object(let o) = args[0], o.kind == .str else {
                throw PyError.typeError("float.__getformat__() argument must be str, not \(vm.typeOf(args[0]).name)")
            }
            let s = vm.strValue(args[0])
            guard s == "double" || s == "float" else { throw PyError.valueError("__getformat__() argument 1 must be 'double' or 'float'") }
            return .str("IEEE, little-endian")
        }
        // bool's &, |, ^ keep bools bool (True & False is False).
        let bool = BuiltinTypes.bool
        for (name, op, reflected) in [("__and__", BinaryOperator.bitAnd, false), ("__rand__", .bitAnd, true),
                                      ("__or__", .bitOr, false), ("__ror__", .bitOr, true),
                                      ("__xor__", .bitXor, false), ("__rxor__", .bitXor, true)] {
            Meth.oneArg(bool, name) { vm, s, o in
                guard vm.asNum(o) != nil else { return notImplemented }
                return try reflected ? vm.binaryOperation(o, s, op) : vm.binaryOperation(s, o, op)
            }
        }
        Meth.noArgs(bool, "__repr__") { vm, s in .str(try vm.isTruthy(s) ? "True" : "False") }
    }

    private static func installSequences() {
        let str = BuiltinTypes.str, bytes = BuiltinTypes.bytes, bytearray = BuiltinTypes.bytearray, tuple = BuiltinTypes.tuple
        Meth.noArgs(str, "__getnewargs__") { vm, s in .object(PyTuple([.str(vm.strValue(vm.baseValue(s)))])) }
        Meth.noArgs(tuple, "__getnewargs__") { vm, s in
            guard case .object(let o) = s, let t = o as? PyTuple else { return notImplemented }
            return .object(PyTuple([.object(PyTuple(t.items))]))
        }
        Meth.noArgs(bytes, "__getnewargs__") { vm, s in
            guard case .object(let o) = s, let b = o as? PyBytes else { return notImplemented }
            return .object(PyTuple([.object(PyBytes(b.bytes, mutable: false))]))
        }
        // x % y with a str / bytes on the right only (the left operand's own
        // __mod__ came first).
        Meth.oneArg(str, "__rmod__") { vm, s, o in
            guard case .object(let lo) = o, lo.kind == .str else { return notImplemented }
            return try vm.binaryOperation(vm.baseValue(o), vm.baseValue(s), .mod)
        }
        for t in [bytes, bytearray] {
            let plain: (VM, Value) -> Value = { vm, v in
                guard case .object(let o) = v, let b = o as? PyBytes, o.hasUserClass else { return v }
                return .object(PyBytes(b.bytes, mutable: b.isMutable))
            }
            for (name, op, reflected) in [("__add__", BinaryOperator.add, false), ("__mul__", .mult, false),
                                          ("__rmul__", .mult, true), ("__mod__", .mod, false)] {
                Meth.oneArg(t, name) { vm, s, o in
                    (try vm.builtinBinary(plain(vm, reflected ? s : s), o, op, inplace: false)) ?? notImplemented
                }
            }
            Meth.oneArg(t, "__rmod__") { vm, s, o in
                guard case .object(let lo) = o, lo.kind == .bytes else { return notImplemented }
                return try vm.builtinBinary(plain(vm, o), plain(vm, s), .mod, inplace: false) ?? notImplemented
            }
        }
        for (name, op) in [("__iadd__", BinaryOperator.add), ("__imul__", .mult)] {
            Meth.oneArg(bytearray, name) { vm, s, o in try vm.builtinBinary(s, o, op, inplace: true) ?? notImplemented }
        }
        Meth.noArgs(bytearray, "__alloc__") { _, s in
            guard case .object(let o) = s, let b = o as? PyBytes else { return .int(0) }
            return .int(b.bytes.isEmpty ? 0 : b.bytes.count + 1)
        }
    }

    /// set / frozenset &, |, -, ^ (and set's in-place forms): the native set
    /// operation for two sets, NotImplemented otherwise.
    private static func installSets() {
        let ops: [(String, BinaryOperator)] = [("and", .bitAnd), ("or", .bitOr), ("sub", .sub), ("xor", .bitXor)]
        func isSet(_ v: Value) -> Bool {
            if case .object(let o) = v { return o.kind == .set || o.kind == .frozenset }
            return false
        }
        for t in [BuiltinTypes.set, BuiltinTypes.frozenset] {
            for (stem, op) in ops {
                Meth.oneArg(t, "__\(stem)__") { vm, s, o in
                    guard isSet(o) else { return notImplemented }
                    return try vm.builtinBinary(s, o, op, inplace: false) ?? notImplemented
                }
                Meth.oneArg(t, "__r\(stem)__") { vm, s, o in
                    guard isSet(o) else { return notImplemented }
                    return try vm.builtinBinary(o, s, op, inplace: false) ?? notImplemented
                }
                if t === BuiltinTypes.set {
                    Meth.oneArg(t, "__i\(stem)__") { vm, s, o in
                        guard isSet(o) else { return notImplemented }
                        return try vm.builtinBinary(s, o, op, inplace: true) ?? notImplemented
                    }
                }
            }
        }
        Meth.oneArg(BuiltinTypes.dict, "__ror__") { vm, s, o in
            guard case .object(let lo) = o, lo.kind == .dict else { return notImplemented }
            return try vm.builtinBinary(o, s, .bitOr, inplace: false) ?? notImplemented
        }
    }

    /// list[int], dict[str, int]...: the types CPython gives a
    /// __class_getitem__ (a classmethod making a types.GenericAlias).
    private static func installGenerics() {
        for t in [BuiltinTypes.list, BuiltinTypes.dict, BuiltinTypes.tuple, BuiltinTypes.set, BuiltinTypes.frozenset,
                  BuiltinTypes.iteratorType(named: "enumerate"), BuiltinTypes.BaseExceptionGroup, BuiltinTypes.generator,
                  BuiltinTypes.coroutine, BuiltinTypes.asyncGenerator] {
            Meth.classMethod(t, "__class_getitem__") { vm, cls, args, _ in
                guard args.count == 1 else { throw PyError.typeError("\(t.name).__class_getitem__() takes exactly one argument (\(args.count) given)") }
                return .object(GenericAlias.make(origin: .object(cls), args: args[0], vm: vm))
            }
        }
    }

    private static func installMisc() {
        for t in [BuiltinTypes.bytes, BuiltinTypes.bytearray] {
            Meth.oneArg(t, "__buffer__") { vm, s, flags in
                guard case .int = flags else { throw PyError.typeError("'\(vm.typeOf(flags).name)' object cannot be interpreted as an integer") }
                return try vm.call(Bootstrap.builtins["memoryview"]!, [s])
            }
        }
        Meth.noArgs(BuiltinTypes.range, "__bool__") { vm, s in .bool(try vm.isTruthy(s)) }
        Meth.noArgs(BuiltinTypes.noneType, "__bool__") { _, _ in .bool(false) }
        Meth.noArgs(BuiltinTypes.notImplementedType, "__bool__") { _, _ in
            throw PyError.typeError("NotImplemented should not be used in a boolean context")
        }
    }
}

extension VM {
    /// A number as a Value again (asNum's inverse).
    func numValue(_ n: Num) -> Value {
        switch n {
        case .int(let i): return .int(i)
        case .big(let b): return .bigInt(b)
        case .float(let d): return .float(d)
        }
    }
}
