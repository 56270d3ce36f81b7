// property, staticmethod and classmethod as bases (class cached(property),
// a classproperty, class mystatic(staticmethod)) and their descriptor
// methods. A plain property is a PyProperty the VM reads natively; an
// instance of a subclass is an ordinary instance of the user class whose
// descriptor state (a PyProperty or PyMethodWrapper) lives in its `native`
// slot, as deque's storage does, so the VM's descriptor protocol finds the
// subclass's own __get__/__set__ first and these built-in ones otherwise.
// The methods here take either form, as CPython's slots do.

enum DescriptorSubclasses {
    static func install() {
        installProperty()
        installWrapper(BuiltinTypes.staticmethod, isClassMethod: false)
        installWrapper(BuiltinTypes.classmethod, isClassMethod: true)
    }

    // MARK: State

    /// The property state of a property or of a property subclass instance
    /// (made empty when the subclass's __init__ did not call property's).
    static func propertyState(_ v: Value) -> PyProperty? {
        guard case .object(let o) = v else { return nil }
        if let p = o as? PyProperty { return p }
        guard o.kind == .instance, o.pyType.isSubtype(of: BuiltinTypes.property) else { return nil }
        let inst = unsafeDowncast(o, to: PyInstance.self)
        if let p = inst.native as? PyProperty { return p }
        let p = PyProperty(getter: .none)
        inst.native = p
        return p
    }

    static func wrapperState(_ v: Value, isClassMethod: Bool) -> PyMethodWrapper? {
        guard case .object(let o) = v else { return nil }
        if let w = o as? PyMethodWrapper { return w }
        let t = isClassMethod ? BuiltinTypes.classmethod : BuiltinTypes.staticmethod
        guard o.kind == .instance, o.pyType.isSubtype(of: t) else { return nil }
        let inst = unsafeDowncast(o, to: PyInstance.self)
        if let w = inst.native as? PyMethodWrapper { return w }
        // An uninitialized staticmethod/classmethod wraps NULL; None stands for it.
        let w = PyMethodWrapper(function: .none, isClassMethod: isClassMethod)
        inst.native = w
        return w
    }

    /// A read-only attribute of the subclass instances (fget, __func__...),
    /// kept in the built-in type's dict as a property over a native getter.
    static func member(_ t: PyType, _ name: String, _ get: @escaping (VM, Value) throws -> Value) {
        let f = PyBuiltinFunction(name: name, owner: t.name, isMethod: false) { vm, args, _ in
            try get(vm, args.first ?? .none)
        }
        t.dict[name] = .object(PyProperty(getter: .object(f)))
    }

    // MARK: property

    /// property_name: __set_name__'s name, else the getter's __name__.
    static func propertyName(_ vm: VM, _ p: PyProperty) -> Value? {
        if let n = p.name { return n }
        if p.getter.isNone { return nil }
        return try? vm.getAttributeOrNil(p.getter, "__name__")
    }

    /// "property 'x' of 'C' object has no getter" (CPython names the
    /// instance's type by its qualified name).
    static func missingAccessor(_ vm: VM, _ p: PyProperty, _ obj: Value, _ what: String) -> PyError {
        let owner = vm.typeOf(obj).qualname
        if let n = propertyName(vm, p), let r = try? vm.repr(n) {
            return PyError.attributeError("property \(r) of '\(owner)' object has no \(what)")
        }
        return PyError.attributeError("property of '\(owner)' object has no \(what)")
    }

    static func propertyGet(_ vm: VM, _ p: PyProperty, _ obj: Value) throws -> Value {
        if p.getter.isNone { throw missingAccessor(vm, p, obj, "getter") }
        return try vm.call(p.getter, [obj])
    }

    static func propertySet(_ vm: VM, _ p: PyProperty, _ obj: Value, _ value: Value?) throws {
        if let v = value {
            if p.setter.isNone { throw missingAccessor(vm, p, obj, "setter") }
            _ = try vm.call(p.setter, [obj, v])
        } else {
            if p.deleter.isNone { throw missingAccessor(vm, p, obj, "deleter") }
            _ = try vm.call(p.deleter, [obj])
        }
    }

    private static func installProperty() {
        let t = BuiltinTypes.property
        func state(_ s: Value) -> PyProperty { propertyState(s)! }   // Meth checked the type
        Meth.keywords(t, "__init__", ["fget", "fset", "fdel", "doc"]) { vm, s, a in
            let p = state(s)
            p.getter = a[0] ?? .none
            p.setter = a[1] ?? .none
            p.deleter = a[2] ?? .none
            var doc = a[3] ?? .none
            p.getterDoc = false
            if doc.isNone && !p.getter.isNone, let d = try vm.getAttributeOrNil(p.getter, "__doc__"), !d.isNone {
                doc = d
                p.getterDoc = true
            }
            if case .object(let o) = s, o.kind == .instance {
                // A subclass instance keeps its doc in its __dict__, where the
                // class's own __doc__ does not shadow it.
                unsafeDowncast(o, to: PyInstance.self).dict["__doc__"] = doc
                p.doc = .none
            } else {
                p.doc = p.getterDoc ? .none : doc
            }
            return .none
        }
        Meth.positional(t, "__get__", min: 1, max: 2) { vm, s, a in
            try checkGetArguments(a)
            if a[0].isNone { return s }
            return try propertyGet(vm, state(s), a[0])
        }
        Meth.slot(t, "__set__", 2) { vm, s, a in
            try propertySet(vm, state(s), a[0], a[1])
            return .none
        }
        Meth.slot(t, "__delete__", 1) { vm, s, a in
            try propertySet(vm, state(s), a[0], nil)
            return .none
        }
        Meth.positional(t, "__set_name__", min: 2, max: 2) { _, s, a in
            state(s).name = a[1]
            return .none
        }
        // getter/setter/deleter: property_copy, a new instance of the same
        // (sub)class made by calling it, keeping the old name.
        func copy(_ name: String, _ slot: Int) {
            Meth.oneArg(t, name) { vm, s, f in
                let old = state(s)
                var parts = [old.getter, old.setter, old.deleter]
                if !f.isNone { parts[slot] = f }
                let doc: Value = old.getterDoc && !parts[0].isNone ? .none : old.doc
                let made = try vm.call(.object(vm.typeOf(s)), parts + [doc])
                if let np = propertyState(made) { np.name = old.name }
                return made
            }
        }
        copy("getter", 0)
        copy("setter", 1)
        copy("deleter", 2)
        member(t, "fget") { _, s in propertyState(s)?.getter ?? .none }
        member(t, "fset") { _, s in propertyState(s)?.setter ?? .none }
        member(t, "fdel") { _, s in propertyState(s)?.deleter ?? .none }
        member(t, "__isabstractmethod__") { vm, s in
            guard let p = propertyState(s) else { return .bool(false) }
            return .bool(try isAbstract(vm, [p.getter, p.setter, p.deleter]))
        }
        member(t, "__name__") { vm, s in
            guard let p = propertyState(s), let n = propertyName(vm, p) else {
                throw PyError.attributeError("'\(vm.typeOf(s).name)' object has no attribute '__name__'")
            }
            return n
        }
    }

    /// wrap_descr_get: an instance or an owner is needed.
    static func checkGetArguments(_ a: [Value]) throws {
        if a[0].isNone && (a.count < 2 || a[1].isNone) { throw PyError.typeError("__get__(None, None) is invalid") }
    }

    /// _PyObject_IsAbstract of any of the functions.
    static func isAbstract(_ vm: VM, _ fs: [Value]) throws -> Bool {
        for f in fs where !f.isNone {
            if let v = try? vm.getAttributeOrNil(f, "__isabstractmethod__"), try vm.isTruthy(v) { return true }
        }
        return false
    }

    // MARK: staticmethod, classmethod

    private static func installWrapper(_ t: PyType, isClassMethod: Bool) {
        func state(_ s: Value) -> PyMethodWrapper { wrapperState(s, isClassMethod: isClassMethod)! }
        Meth.raw(t, "__init__") { vm, s, a, kw in
            try Args.expect(a, kw, name: t.name, min: 1, max: 1)
            state(s).function = a[0]
            // functools_wraps: a subclass instance (which has a __dict__)
            // takes the function's names and doc.
            if case .object(let o) = s, o.kind == .instance {
                let inst = unsafeDowncast(o, to: PyInstance.self)
                for n in ["__module__", "__name__", "__qualname__", "__doc__"] {
                    if let v = try? vm.getAttributeOrNil(a[0], n) { inst.dict[n] = v }
                }
            }
            return .none
        }
        Meth.positional(t, "__get__", min: 1, max: 2) { vm, s, a in
            try checkGetArguments(a)
            let f = state(s).function
            if !isClassMethod { return f }
            let owner = a.count > 1 && !a[1].isNone ? a[1] : .object(vm.typeOf(a[0]))
            return .object(PyBoundMethod(function: f, selfValue: owner))
        }
        // sm_repr / cm_repr name the built-in, whatever the subclass.
        Meth.slot(t, "__repr__", 0) { vm, s, _ in .str("<\(t.name)(\(try vm.repr(state(s).function)))>") }
        if !isClassMethod {
            Meth.raw(t, "__call__") { vm, s, a, kw in try vm.call(state(s).function, a, kw) }
        }
        member(t, "__func__") { _, s in wrapperState(s, isClassMethod: isClassMethod)?.function ?? .none }
        member(t, "__wrapped__") { _, s in wrapperState(s, isClassMethod: isClassMethod)?.function ?? .none }
        member(t, "__isabstractmethod__") { vm, s in
            guard let w = wrapperState(s, isClassMethod: isClassMethod) else { return .bool(false) }
            return .bool(try isAbstract(vm, [w.function]))
        }
    }
}
