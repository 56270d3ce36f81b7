// Metaclasses and descriptors: a class is an instance of its metaclass, so
// calling it, reading its attributes, iterating it, `len()`, `in`, `[]`,
// repr and isinstance go through the metaclass's methods when it defines
// them (Enum's `for c in Color`, ABCMeta's isinstance). type.__new__ makes
// the class, __set_name__ and __init_subclass__ run as CPython runs them.

extension VM {
    // MARK: Building a class

    /// The metaclass `class Name(bases, metaclass=...)` uses: the most
    /// derived of the explicit one and the bases' metaclasses.
    func winningMetaclass(_ explicit: PyType?, _ bases: [PyType]) throws -> PyType {
        var winner = explicit ?? BuiltinTypes.type
        for b in bases {
            let m = b.pyType
            if winner.isSubtype(of: m) { continue }
            if m.isSubtype(of: winner) { winner = m; continue }
            throw PyError.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
        }
        return winner
    }

    /// type.__new__(meta, name, bases, namespace, **kwargs).
    func typeNew(_ meta: PyType, name: String, bases: [PyType], namespace ns: PyDict, kwargs: KwArgs) throws -> PyType {
        let t = try makeClass(name: name, bases: bases, namespace: ns)
        if meta !== BuiltinTypes.type { t.metaclass = meta }
        // __set_name__ on every attribute that has one (descriptors learn their name).
        for (k, v) in t.dict.items {
            if case .object(let vo) = v, vo.kind == .property { unsafeDowncast(vo, to: PyProperty.self).name = .str(k); continue }
            guard case .object(let vo) = v, vo.kind == .instance, let sn = vo.pyType.lookup("__set_name__") else { continue }
            _ = try call(try bindIfFunction(sn, to: v, type: vo.pyType), [.object(t), .str(k)])
        }
        // Then the parent's __init_subclass__ with the class keywords.
        for base in t.mro.dropFirst() {
            guard let f = base.dict["__init_subclass__"] else { continue }
            if case .object(let fo) = f, fo is PyBuiltinFunction {
                if !kwargs.isEmpty { throw PyError.typeError("\(t.name).__init_subclass__() takes no keyword arguments") }
            } else {
                _ = try call(try bindIfFunction(f, to: .object(t), type: t), [], kwargs)
            }
            break
        }
        return t
    }

    /// type.__new__ / type(name, bases, ns) with their argument checks.
    func typeNewFromArgs(_ meta: PyType, _ args: [Value], _ kwargs: KwArgs) throws -> Value {
        guard args.count == 3 else { throw PyError.typeError("type() takes 1 or 3 arguments") }
        guard case .object(let no) = args[0], no.kind == .str else {
            throw PyError.typeError("type.__new__() argument 1 must be str, not \(typeOf(args[0]).name)")
        }
        guard case .object(let bo) = args[1], let bt = bo as? PyTuple else {
            throw PyError.typeError("type.__new__() argument 2 must be tuple, not \(typeOf(args[1]).name)")
        }
        guard case .object(let dobj) = args[2], let d = dobj as? PyDict else {
            throw PyError.typeError("type.__new__() argument 3 must be dict, not \(typeOf(args[2]).name)")
        }
        var bases: [PyType] = []
        for b in bt.items {
            guard case .object(let o) = b, let t = o as? PyType else { throw PyError.typeError("bases must be types") }
            bases.append(t)
        }
        let ns = PyDict()
        for p in d.pairs { try ns.set(p.key, p.value, vm: self) }
        if try ns.get(.str("__module__"), vm: self) == nil {
            let module = currentFrame?.globals["__name__"] ?? .str("__main__")
            try ns.set(.str("__module__"), module, vm: self)
        }
        if try ns.get(.str("__qualname__"), vm: self) == nil { try ns.set(.str("__qualname__"), args[0], vm: self) }
        let meta = try winningMetaclass(meta, bases)
        return .object(try typeNew(meta, name: unsafeDowncast(no, to: PyStr.self).value, bases: bases, namespace: ns, kwargs: kwargs))
    }

    // MARK: Class objects as instances of their metaclass

    /// A method the class's metaclass (a user subclass of type) defines,
    /// bound to the class: nil for plain classes and built-in types.
    @inline(__always)
    func metaMethod(_ v: Value, _ name: String) throws -> Value? {
        guard case .object(let o) = v, o.kind == .type, let meta = unsafeDowncast(o, to: PyType.self).metaclass else { return nil }
        for k in meta.mro {
            if k.isBuiltin { return nil }
            if let f = k.dict[name] { return try bindIfFunction(f, to: v, type: meta) }
        }
        return nil
    }

    /// An attribute found on the metaclass for `cls.name` (after the class's own MRO).
    func metaclassAttribute(_ cls: PyType, _ name: String) throws -> Value? {
        guard let meta = cls.metaclass else { return nil }
        for k in meta.mro where !k.isBuiltin {
            if let f = k.dict[name] { return try bindIfFunction(f, to: .object(cls), type: meta) }
        }
        return nil
    }

    // MARK: Descriptors on user classes

    /// `attr`'s `__get__` if it is an instance of a user class that has one.
    @inline(__always)
    func descriptorGet(_ attr: Value) -> Value? {
        guard case .object(let o) = attr, o.kind == .instance else { return nil }
        return o.pyType.lookup("__get__")
    }

    /// A data descriptor (has `__set__` or `__delete__`): it beats the instance dict.
    func isDataDescriptor(_ attr: Value) -> Bool {
        guard case .object(let o) = attr, o.kind == .instance else { return false }
        let t = o.pyType
        return t.lookup("__set__") != nil || t.lookup("__delete__") != nil
    }

    func callDescriptorGet(_ attr: Value, _ get: Value, instance: Value, owner: PyType) throws -> Value {
        try call(try bindIfFunction(get, to: attr, type: typeOf(attr)), [instance, .object(owner)])
    }

    /// `obj.name = value` through a data descriptor of obj's class; false if none.
    func descriptorSet(_ obj: Value, _ t: PyType, _ name: String, _ value: Value?) throws -> Bool {
        guard let attr = t.lookup(name), case .object(let ao) = attr, ao.kind == .instance else { return false }
        let dt = ao.pyType
        if let v = value {
            guard let set = dt.lookup("__set__") else {
                if dt.lookup("__delete__") != nil { throw PyError.attributeError("__set__") }
                return false
            }
            _ = try call(try bindIfFunction(set, to: attr, type: dt), [obj, v])
            return true
        }
        guard let del = dt.lookup("__delete__") else {
            if dt.lookup("__set__") != nil { throw PyError.attributeError("__delete__") }
            return false
        }
        _ = try call(try bindIfFunction(del, to: attr, type: dt), [obj])
        return true
    }

    /// The live user classes whose direct base is `cls`, in creation order.
    func subclasses(of cls: PyType) -> [PyType] {
        return createdClasses.live.filter { k in k.bases.contains { $0 === cls } }
    }

    // MARK: isinstance / issubclass hooks

    /// `__instancecheck__` of spec's metaclass, if it defines one.
    func instanceCheckHook(_ v: Value, _ spec: Value) throws -> Bool? {
        guard let f = try metaMethod(spec, "__instancecheck__") else { return nil }
        return try isTruthy(try call(f, [v]))
    }

    func subclassCheckHook(_ t: PyType, _ spec: Value) throws -> Bool? {
        guard let f = try metaMethod(spec, "__subclasscheck__") else { return nil }
        return try isTruthy(try call(f, [.object(t)]))
    }
}

enum MetaclassMethods {
    /// type.__new__, type.__init__, type.__call__ and type.mro, so that a
    /// metaclass's `super().__new__(...)` and `super().__call__(...)` work.
    static func install() {
        let type = BuiltinTypes.type
        type.dict["__new__"] = .object(PyBuiltinFunction(name: "__new__", owner: "type", isMethod: false) { vm, args, kw in
            guard let first = args.first, case .object(let o) = first, let meta = o as? PyType, meta.isSubtype(of: BuiltinTypes.type) else {
                throw PyError.typeError("type.__new__(X): X is not a type object")
            }
            return try vm.typeNewFromArgs(meta, Array(args.dropFirst()), kw)
        })
        Bootstrap.method(type, "__init__") { _, _, _ in .none }
        Bootstrap.method(type, "__call__") { vm, args, kw in
            guard let first = args.first, case .object(let o) = first, let cls = o as? PyType else {
                throw PyError.typeError("descriptor '__call__' requires a 'type' object")
            }
            return try vm.instantiateDefault(cls, Array(args.dropFirst()), kw)
        }
        Bootstrap.method(type, "mro") { _, args, _ in
            guard let first = args.first, case .object(let o) = first, let cls = o as? PyType else { return .none }
            return .object(PyList(cls.mro.map { .object($0) }))
        }
        Bootstrap.method(type, "__subclasses__") { vm, args, _ in
            guard let first = args.first, case .object(let o) = first, let cls = o as? PyType else { return .none }
            return .object(PyList(vm.subclasses(of: cls).map { .object($0) }))
        }
        Bootstrap.method(type, "__instancecheck__") { vm, args, _ in
            guard args.count == 2, case .object(let o) = args[0], let cls = o as? PyType else { return .bool(false) }
            return .bool(vm.typeOf(args[1]).isSubtype(of: cls))
        }
        Bootstrap.method(type, "__subclasscheck__") { _, args, _ in
            guard args.count == 2, case .object(let o) = args[0], let cls = o as? PyType,
                  case .object(let so) = args[1], let sub = so as? PyType else { return .bool(false) }
            return .bool(sub.isSubtype(of: cls))
        }
        // Functions are descriptors: f.__get__(obj) is a bound method.
        Bootstrap.method(BuiltinTypes.function, "__get__") { _, args, _ in
            guard args.count >= 2 else { throw PyError.typeError("expected at least 1 argument, got 0") }
            if args[1].isNone { return args[0] }
            return .object(PyBoundMethod(function: args[0], selfValue: args[1]))
        }
        // Every callable answers __call__ (hasattr(f, '__call__'), f.__call__(x)).
        for t in [BuiltinTypes.function, BuiltinTypes.builtinFunction, BuiltinTypes.method] {
            Bootstrap.method(t, "__call__") { vm, args, kw in
                guard let target = args.first else { throw PyError.typeError("descriptor '__call__' of '\(t.name)' object needs an argument") }
                return try vm.call(target, Array(args.dropFirst()), kw)
            }
        }
        // types.MethodType(f, obj)
        BuiltinTypes.method.constructor = { vm, _, args, kw in
            guard args.count == 2, kw.isEmpty else { throw PyError.typeError("method expected 2 arguments, got \(args.count)") }
            guard vm.isCallable(args[0]) else { throw PyError.typeError("first argument must be callable") }
            if args[1].isNone { throw PyError.typeError("instance must not be None") }
            return .object(PyBoundMethod(function: args[0], selfValue: args[1]))
        }
    }
}
