// The methods every class inherits from object that are not about attribute
// access or construction: the rich comparisons' NotImplemented defaults,
// __format__, __sizeof__, __getstate__, __reduce__ / __reduce_ex__ (with
// copyreg's helpers, Modules/Lib/copyreg.py), __subclasshook__, __dir__ and
// the __class__ descriptor, so that dir(), getattr() and vars(object) see
// what CPython 3.13 has. object's dict is then put in CPython's order.

enum ObjectProtocol {
    static func install() {
        let object = BuiltinTypes.object
        for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
            Bootstrap.method(object, name) { _, args, kw in
                try Args.expect(args, kw, name: name, min: 2, max: 2, owner: "object")
                return .object(BuiltinTypes.notImplemented)
            }
        }
        Bootstrap.method(object, "__format__") { vm, args, kw in
            try Args.expect(args, kw, name: "__format__", min: 2, max: 2, owner: "object")
            guard case .object(let so) = args[1], so.kind == .str else {
                throw PyError.typeError("__format__() argument must be str, not \(vm.typeOf(args[1]).name)")
            }
            if !unsafeDowncast(so, to: PyStr.self).value.isEmpty {
                throw PyError.typeError("unsupported format string passed to \(vm.typeOf(args[0]).name).__format__")
            }
            return .str(try vm.str(args[0]))
        }
        Bootstrap.method(object, "__sizeof__") { vm, args, kw in
            try Args.expect(args, kw, name: "__sizeof__", min: 1, max: 1, owner: "object")
            return .int(vm.basicSize(args[0]))
        }
        Bootstrap.method(object, "__getstate__") { vm, args, kw in
            try Args.expect(args, kw, name: "__getstate__", min: 1, max: 1, owner: "object")
            return try vm.defaultState(args[0])
        }
        Bootstrap.method(object, "__reduce__") { vm, args, kw in
            try Args.expect(args, kw, name: "__reduce__", min: 1, max: 1, owner: "object")
            return try vm.reduce(args[0], protocol: 0)
        }
        Bootstrap.method(object, "__reduce_ex__") { vm, args, kw in
            try Args.expect(args, kw, name: "__reduce_ex__", min: 2, max: 2, owner: "object")
            guard case .int(let proto) = args[1] else {
                throw PyError.typeError("'\(vm.typeOf(args[1]).name)' object cannot be interpreted as an integer")
            }
            // A class's own __reduce__ wins (CPython's object___reduce_ex__).
            let t = vm.typeOf(args[0])
            if let r = t.lookup("__reduce__"), let own = BuiltinTypes.object.dict["__reduce__"], !r.isIdentical(to: own) {
                return try vm.call(try vm.bindIfFunction(r, to: args[0], type: t), [])
            }
            return try vm.reduce(args[0], protocol: proto)
        }
        Meth.classMethod(object, "__subclasshook__") { _, cls, args, _ in
            if args.count != 1 { throw PyError.typeError("\(cls.name).__subclasshook__() takes exactly one argument (\(args.count) given)") }
            return .object(BuiltinTypes.notImplemented)
        }
        // object.__ne__: the inverse of type(self).__eq__, NotImplemented passed on.
        Bootstrap.method(object, "__ne__") { vm, args, kw in
            try Args.expect(args, kw, name: "__ne__", min: 2, max: 2, owner: "object")
            let t = vm.typeOf(args[0])
            guard let eq = t.lookup("__eq__") else { return .object(BuiltinTypes.notImplemented) }
            let r = try vm.call(try vm.bindIfFunction(eq, to: args[0], type: t), [args[1]])
            if vm.isNotImplemented(r) { return r }
            return .bool(!(try vm.isTruthy(r)))
        }
        Bootstrap.method(object, "__dir__") { vm, args, kw in
            try Args.expect(args, kw, name: "__dir__", min: 1, max: 1, owner: "object")
            return .object(PyList(try vm.objectDirNames(args[0]).map { .str($0) }))
        }
        object.dict["__class__"] = .object(PyGetSetDescriptor(name: "__class__", ownerName: "object"))
        putInCPythonOrder(object, ["__new__", "__repr__", "__hash__", "__str__", "__getattribute__", "__setattr__",
                                   "__delattr__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__init__",
                                   "__reduce_ex__", "__reduce__", "__getstate__", "__subclasshook__", "__init_subclass__",
                                   "__format__", "__sizeof__", "__dir__", "__class__", "__doc__"])
    }

    /// Reorders `t`'s dict: `order` first, then the rest as they were.
    static func putInCPythonOrder(_ t: PyType, _ order: [String]) {
        var d = AttrDict()
        for k in order { if let v = t.dict[k] { d[k] = v } }
        for (k, v) in t.dict.items where d[k] == nil { d[k] = v }
        t.dict = d
    }
}

extension VM {
    /// object.__sizeof__: the instance size CPython 3.13 reports on 64-bit
    /// builds for the common layouts (a variable part per item where it has one).
    func basicSize(_ v: Value) -> Int {
        switch v {
        case .int(let i): return i == 0 ? 28 : 24 + 4 * ((i.magnitude.bitWidth - i.magnitude.leadingZeroBitCount + 29) / 30)
        case .bool: return 28
        case .float: return 24
        case .none: return 16
        case .object(let o):
            switch o.kind {
            case .bigInt:
                let bits = unsafeDowncast(o, to: PyInt.self).value.magnitude.bitLength
                return 24 + 4 * max(1, (bits + 29) / 30)
            case .str:
                let s = unsafeDowncast(o, to: PyStr.self).value
                let maxScalar = s.unicodeScalars.map { $0.value }.max() ?? 0
                let n = s.unicodeScalars.count
                if maxScalar < 0x80 { return 41 + n }
                if maxScalar < 0x100 { return 57 + n }
                return maxScalar < 0x10000 ? 58 + 2 * n : 60 + 4 * n
            case .tuple: return 24 + 8 * unsafeDowncast(o, to: PyTuple.self).items.count
            case .list: return 40 + 8 * unsafeDowncast(o, to: PyList.self).items.count
            case .dict where unsafeDowncast(o, to: PyDict.self).count == 0: return 48
            case .set, .frozenset where unsafeDowncast(o, to: PySet.self).count <= 5: return 200
            case .complex: return 32
            case .boxedFloat: return 24
            default: return 16
            }
        }
    }

    /// object.__getstate__: None, the instance's __dict__, or (dict or None,
    /// slot values) when slots are set.
    func defaultState(_ v: Value) throws -> Value {
        guard case .object(let o) = v, o.kind == .instance || o.hasUserClass else { return .none }
        let t = o.pyType
        let hidden = slotNames(t)
        var slots: [(String, Value)] = []
        let attrs: AttrDict = o.kind == .instance ? unsafeDowncast(o, to: PyInstance.self).dict : o.instanceState.dict
        for k in t.mro.reversed() {
            for n in k.slots ?? [] where n != "__dict__" && n != "__weakref__" {
                if let value = attrs[n], !slots.contains(where: { $0.0 == n }) { slots.append((n, value)) }
            }
        }
        var state: Value = .none
        if t.instancesHaveDict, attrs.items.contains(where: { !hidden.contains($0.0) }) {
            state = try getAttribute(v, "__dict__")
        }
        if slots.isEmpty { return state }
        let sd = PyDict()
        for (k, value) in slots { try sd.set(.str(k), value, vm: self) }
        return .object(PyTuple([state, .object(sd)]))
    }

    /// object.__reduce_ex__ without a class __reduce__ (copyreg's
    /// reduce_newobj for protocol 2 and later, _reduce_ex before).
    func reduce(_ v: Value, protocol proto: Int) throws -> Value {
        let copyreg = try importDotted("copyreg")
        let t = typeOf(v)
        if proto >= 2 {
            var args: [Value] = [.object(t)]
            if let gna = t.lookup("__getnewargs__") {
                args += try iterate(try call(try bindIfFunction(gna, to: v, type: t), []))
            }
            let getstate = try getAttribute(v, "__getstate__")
            let state = try call(getstate, [])
            var listItems: Value = .none, dictItems: Value = .none
            if t.isSubtype(of: BuiltinTypes.list) { listItems = try getIterator(v) }
            if t.isSubtype(of: BuiltinTypes.dict) { dictItems = try getIterator(try call(try getAttribute(v, "items"), [])) }
            return .object(PyTuple([try getAttribute(.object(copyreg), "__newobj__"), .object(PyTuple(args)), state, listItems, dictItems]))
        }
        // copyreg._reduce_ex: the nearest built-in base and the value of that part.
        let base = t.mro.first { $0.isBuiltin } ?? BuiltinTypes.object
        let baseState: Value = base === BuiltinTypes.object ? .none : try call(.object(base), [v])
        var parts: [Value] = [try getAttribute(.object(copyreg), "_reconstructor"), .object(PyTuple([.object(t), .object(base), baseState]))]
        if case .object(let o) = v, o.kind == .instance || o.hasUserClass, t.instancesHaveDict {
            let d = try getAttribute(v, "__dict__")
            if try isTruthy(d) { parts.append(d) }
        }
        return .object(PyTuple(parts))
    }

    /// object.__dir__: the instance's attributes, then its class's and
    /// their bases' (CPython's order: unsorted, dir() sorts).
    func objectDirNames(_ v: Value) throws -> [String] {
        var seen = Set<String>()
        var names: [String] = []
        func add(_ n: String) { if seen.insert(n).inserted { names.append(n) } }
        if case .object(let o) = v, o.kind != .type, o.kind != .module,
           let d = try? getAttributeOrNil(v, "__dict__"), case .object(let dobj) = d, let dict = dobj as? PyDict {
            for k in dict.keys { if case .object(let ko) = k, ko.kind == .str { add(strValue(k)) } }
        }
        for n in try typeDirNames(typeOf(v)) { add(n) }
        return names
    }

    /// type.__dir__: the names in the class's namespace and its bases'.
    func typeDirNames(_ t: PyType) throws -> [String] {
        var seen = Set<String>()
        var names: [String] = []
        for k in t.mro {
            let keys: [String] = k.isBuiltin ? k.dict.keys + (VM.nativeAttributeNames[ObjectIdentifier(k)] ?? [])
                : try classDictSnapshot(k).keys.map { strValue($0) }
            for n in keys where seen.insert(n).inserted { names.append(n) }
        }
        return names
    }
}
