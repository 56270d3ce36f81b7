// Methods of object, BaseException, type, int, float and generator. (str,
// list, tuple, dict and set live in their own files.)

enum ObjectMethods {
    static func install() {
        let object = BuiltinTypes.object
        Bootstrap.method(object, "__init__") { _, _, _ in .none }
        Bootstrap.method1(object, "__repr__") { vm, v in
            let t = vm.typeOf(v)
            let name = t.moduleName == "builtins" ? t.qualname : "\(t.moduleName).\(t.qualname)"
            return .str("<\(name) object at \(VM.hexAddress(v.identity))>")
        }
        Bootstrap.method1(object, "__str__") { vm, v in .str(try vm.repr(v)) }
        Bootstrap.method1(object, "__hash__") { _, v in .int(v.identity >> 4) }
        Bootstrap.method2(object, "__eq__") { _, a, b in a.isIdentical(to: b) ? .bool(true) : .object(BuiltinTypes.notImplemented) }
        Bootstrap.method(object, "__setattr__") { vm, args, _ in
            guard args.count == 3, case .object(let o) = args[0] else { throw PyError.typeError("expected 2 arguments") }
            let name = vm.strValue(args[1])
            if o.hasUserClass { try vm.setSubclassInstanceAttribute(o, args[0], name, args[2], direct: true); return .none }
            if o.kind == .instance || o.kind == .exception, try vm.setThroughDescriptor(args[0], o.pyType, name, args[2]) { return .none }
            if name == "__class__" && !(o is PyType) { try vm.assignClass(args[0], args[2]); return .none }
            if let inst = o as? PyInstance { try vm.storeInstanceAttribute(inst, name, args[2]) } else if let e = o as? PyExceptionObject { e.dict[name] = args[2] } else if let t = o as? PyType {
                try vm.storeTypeAttribute(t, name, args[2])
            } else {
                try vm.setAttribute(args[0], name, args[2])
            }
            return .none
        }
        Bootstrap.method(object, "__delattr__") { vm, args, _ in
            guard args.count == 2, case .object(let o) = args[0] else { throw PyError.typeError("expected 1 argument") }
            let name = vm.strValue(args[1])
            // A metaclass's super().__delattr__ lands here: no hook again.
            if let t = o as? PyType { try vm.removeTypeAttribute(t, name); return .none }
            if o.hasUserClass { try vm.setSubclassInstanceAttribute(o, args[0], name, nil, direct: true); return .none }
            if let inst = o as? PyInstance {
                if try vm.descriptorSet(args[0], inst.cls, name, nil) { return .none }
                if name == "__class__" { try vm.assignClass(args[0], nil) }
                if inst.dict[name] == nil { throw PyError.attributeError("'\(inst.cls.name)' object has no attribute '\(name)'") }
                inst.dict[name] = nil
                return .none
            }
            try vm.deleteAttribute(args[0], name)
            return .none
        }
        Bootstrap.method(object, "__getattribute__") { vm, args, _ in
            guard args.count == 2 else { throw PyError.typeError("expected 1 argument") }
            return try vm.genericGetAttribute(args[0], vm.strValue(args[1]))
        }
        Bootstrap.method(object, "__new__") { vm, args, _ in
            guard let first = args.first, case .object(let o) = first, let t = o as? PyType else { throw PyError.typeError("object.__new__(X): X is not a type object") }
            if t.isExceptionType { return .object(PyExceptionObject(cls: t, args: Array(args.dropFirst()))) }
            // Only plain classes: an instance of a built-in type made this way
            // would have none of its storage (CPython refuses it too).
            if let solid = t.mro.first(where: { $0.isBuiltin }), solid !== BuiltinTypes.object {
                // CPython names the nearest class without a Python-level __new__.
                var named = t
                while !named.isBuiltin, let n = named.dict["__new__"], !(n.asObject is PyBuiltinFunction), let b = named.bases.first { named = b }
                _ = solid
                throw PyError.typeError("object.__new__(\(t.name)) is not safe, use \(named.name).__new__()")
            }
            return .object(PyInstance(cls: t))
        }
        // T.__new__(cls, ...) for the built-in types with a constructor: cls
        // must be T or a subtype (CPython's tp_new_wrapper checks), and the
        // mutable containers come back empty (their __init__ fills them).
        let mutableOnes: Set<String> = ["list", "dict", "set", "bytearray"]
        for t in [BuiltinTypes.int, BuiltinTypes.bool, BuiltinTypes.float, BuiltinTypes.str, BuiltinTypes.bytes,
                  BuiltinTypes.bytearray, BuiltinTypes.list, BuiltinTypes.tuple, BuiltinTypes.dict, BuiltinTypes.set,
                  BuiltinTypes.frozenset, BuiltinTypes.range, BuiltinTypes.slice, BuiltinTypes.property,
                  BuiltinTypes.staticmethod, BuiltinTypes.classmethod, BuiltinTypes.superType, BuiltinTypes.complex] {
            let name = t.name
            t.dict["__new__"] = .object(PyBuiltinFunction(name: "__new__", owner: name, isMethod: false) { vm, args, kw in
                guard let first = args.first else { throw PyError.typeError("\(name).__new__(): not enough arguments") }
                guard case .object(let o) = first, let cls = o as? PyType else {
                    throw PyError.typeError("\(name).__new__(X): X is not a type object (\(vm.typeOf(first).name))")
                }
                guard cls.isSubtype(of: t) else {
                    throw PyError.typeError("\(name).__new__(\(cls.name)): \(cls.name) is not a subtype of \(name)")
                }
                if cls !== t {
                    // A subclass sharing this type's layout (super().__new__(cls, v)).
                    if vm.layoutBase(of: cls) === t { return try vm.newBuiltinInstance(t, cls, Array(args.dropFirst()), kw) }
                    throw PyError.typeError("\(name).__new__(\(cls.name)) is not safe, use \(cls.name).__new__()")
                }
                guard let ctor = t.constructor else { throw PyError.typeError("cannot create '\(name)' instances") }
                if mutableOnes.contains(name) { return try ctor(vm, t, [], []) }
                return try ctor(vm, t, Array(args.dropFirst()), kw)
            })
        }
        Bootstrap.method(object, "__init_subclass__") { vm, args, kw in
            if !kw.isEmpty {
                let name = (args.first?.asObject as? PyType)?.name ?? args.first.map { vm.typeOf($0).name } ?? "object"
                throw PyError.typeError("\(name).__init_subclass__() takes no keyword arguments")
            }
            return .none
        }
        object.dict["__doc__"] = .str("The base class of the class hierarchy.")

        let exc = BuiltinTypes.BaseException
        Bootstrap.method(exc, "__init__") { vm, args, _ in
            if case .object(let o)? = args.first, let e = o as? PyExceptionObject {
                e.args = Array(args.dropFirst())
                if e.cls.isSubtype(of: BuiltinTypes.OSError) { vm.initOSError(e, e.args) }
            }
            return .none
        }
        Bootstrap.method1(exc, "__str__") { vm, v in .str(try vm.str(v)) }
        Bootstrap.method1(exc, "__repr__") { vm, v in .str(try vm.repr(v)) }
        Bootstrap.method2(exc, "with_traceback") { _, a, tb in
            if tb.isNone, case .object(let o) = a, let e = o as? PyExceptionObject { e.traceback = [] }
            return a
        }
        Bootstrap.method2(exc, "add_note") { vm, a, n in
            if case .object(let o) = a, let e = o as? PyExceptionObject {
                var notes = (e.dict["__notes__"]?.asObject as? PyList) ?? PyList()
                if e.dict["__notes__"] == nil { notes = PyList(); e.dict["__notes__"] = .object(notes) }
                notes.items.append(n)
            }
            _ = vm
            return .none
        }

        Bootstrap.method1(BuiltinTypes.type, "mro") { _, v in
            guard case .object(let o) = v, let t = o as? PyType else { return .none }
            return .object(PyList(t.mro.map { .object($0) }))
        }
        Bootstrap.method1(BuiltinTypes.type, "__subclasses__") { _, _ in .object(PyList()) }

        let int = BuiltinTypes.int
        Bootstrap.method1(int, "bit_length") { vm, v in .int(vm.big(vm.asNum(v) ?? .int(0)).magnitude.bitLength) }
        Bootstrap.method1(int, "bit_count") { vm, v in
            var b = vm.big(vm.asNum(v) ?? .int(0)).magnitude
            var n = 0
            while !b.isZero { if b.isOdd { n += 1 }; b = b >> 1 }
            return .int(n)
        }
        Bootstrap.method1(int, "conjugate") { vm, v in try vm.unaryPlus(v) }
        Bootstrap.method1(int, "is_integer") { _, _ in .bool(true) }
        Bootstrap.method1(int, "__index__") { vm, v in try vm.unaryPlus(v) }
        Bootstrap.method1(int, "as_integer_ratio") { vm, v in .object(PyTuple([try vm.unaryPlus(v), .int(1)])) }
        let float = BuiltinTypes.float
        Bootstrap.method1(float, "is_integer") { _, v in
            if case .float(let d) = v { return .bool(pyFloatIsInteger(d)) }
            return .bool(false)
        }
        Bootstrap.method1(float, "conjugate") { _, v in v }
        Bootstrap.method1(float, "as_integer_ratio") { vm, v in
            guard case .float(let d) = v else { return .none }
            if d.isNaN { throw PyError.valueError("cannot convert NaN to integer ratio") }
            if d.isInfinite { throw PyError.overflow("cannot convert Infinity to integer ratio") }
            var num = d, den = BigInt(1)
            while num != num.rounded(.towardZero) { num *= 2; den = den * BigInt(2) }
            let n = BigInt(truncating: num) ?? BigInt(0)
            let g = BigInt.gcd(n.magnitude, den)
            return .object(PyTuple([.bigInt(n.floorDiv(g) ?? n), .bigInt(den.floorDiv(g) ?? den)]))
        }

        let gen = BuiltinTypes.generator
        Bootstrap.method1(gen, "__iter__") { _, v in v }
        Bootstrap.method1(gen, "__next__") { vm, v in
            guard case .object(let o) = v, let g = o as? PyGenerator else { return .none }
            switch try vm.resumeGenerator(g, send: .none) {
            case .yielded(let x): return x
            case .returned(let r): throw PyError.stopIteration(r)
            }
        }
        Bootstrap.method2(gen, "send") { vm, v, arg in
            guard case .object(let o) = v, let g = o as? PyGenerator else { return .none }
            switch try vm.resumeGenerator(g, send: arg) {
            case .yielded(let x): return x
            case .returned(let r): throw PyError.stopIteration(r)
            }
        }
        Bootstrap.method1(gen, "close") { vm, v in
            // Delegation-aware: a `yield from` target is closed first (VM+Async.swift).
            if case .object(let o) = v, let g = o as? PyGenerator { return try vm.closeCoroutine(g) }
            return .none
        }
        Bootstrap.method(gen, "throw") { vm, args, _ in
            guard args.count >= 2, case .object(let o) = args[0], let g = o as? PyGenerator else { throw PyError.typeError("throw expected at least 1 argument") }
            let exc = try vm.makeException(args[1])
            if g.state == .created || g.state == .finished {
                g.state = .finished
                throw PyError(exc)
            }
            // Into the `yield from` target first (VM+Async.swift).
            return try AsyncMethods.finish(try vm.throwIntoCoroutine(g, exc))
        }
        let iter = BuiltinTypes.iteratorType(named: "list_iterator")
        _ = iter
    }
}
