// Storing and deleting attributes (CPython's PyObject_SetAttr and the
// instance, type and descriptor paths under it); VM+Attributes.swift reads them.

extension VM {
    func dictFromAttrs(_ attrs: AttrDict) throws -> PyDict {
        let d = PyDict()
        for (k, v) in attrs.items { try d.set(.str(k), v, vm: self) }
        return d
    }

    /// object.__setattr__ on an instance: its __dict__, or only its slots
    /// when the class has `__slots__` and no `__dict__`.
    func storeInstanceAttribute(_ inst: PyInstance, _ name: String, _ value: Value) throws {
        if name == "__class__" { try assignClass(.object(inst), value); return }
        let t = inst.cls
        if !t.instancesHaveDict && !t.mro.contains(where: { $0.slots?.contains(name) ?? false }) {
            if t.lookup(name) != nil { throw PyError.attributeError("'\(t.name)' object attribute '\(name)' is read-only") }
            throw PyError.attributeError("'\(t.name)' object has no attribute '\(name)' and no __dict__ for setting new attributes")
        }
        if name == "__dict__" { try replaceNamespace(of: inst, with: value, hiding: slotNames(t)); return }
        inst.dict[name] = value
    }

    /// The `__slots__` names of `t` and its bases (their values are kept in
    /// the instance's AttrDict but are not part of its __dict__).
    func slotNames(_ t: PyType) -> Set<String> {
        var names = Set<String>()
        for k in t.mro { for n in k.slots ?? [] { names.insert(n) } }
        return names
    }

    /// object.__setattr__'s descriptor step: a property's setter or a data
    /// descriptor's __set__. False when the name has neither.
    func setThroughDescriptor(_ obj: Value, _ t: PyType, _ name: String, _ value: Value) throws -> Bool {
        guard let ta = t.lookup(name), case .object(let tao) = ta else { return false }
        if tao.kind == .property {
            try DescriptorSubclasses.propertySet(self, unsafeDowncast(tao, to: PyProperty.self), obj, value)
            return true
        }
        if tao.kind == .instance { return try descriptorSet(obj, t, name, value) }
        return false
    }

    public func setAttribute(_ obj: Value, _ name: String, _ value: Value) throws {
        guard case .object(let o) = obj else {
            if name == "__class__" { try assignClass(obj, value); return }
            throw PyError.attributeError("'\(typeOf(obj).name)' object has no attribute '\(name)' and no __dict__ for setting new attributes")
        }
        if o.hasUserClass { try setSubclassInstanceAttribute(o, obj, name, value); return }
        switch o.kind {
        case .instance, .exception:
            let t = o.pyType
            if let sa = t.lookup("__setattr__"), !isObjectDefault(sa), !t.isBuiltin {
                _ = try call(try bindIfFunction(sa, to: obj, type: t), [.str(name), value])
                return
            }
            if try setThroughDescriptor(obj, t, name, value) { return }
            if name == "__class__" { try assignClass(obj, value); return }
            if o.kind == .instance { try storeInstanceAttribute(unsafeDowncast(o, to: PyInstance.self), name, value) } else {
                let e = unsafeDowncast(o, to: PyExceptionObject.self)
                switch name {
                case "__cause__": e.cause = value.asObject as? PyExceptionObject; e.suppressContext = true
                case "__context__": e.context = value.asObject as? PyExceptionObject
                case "args": e.args = try iterate(value)
                case "__dict__": try replaceNamespace(of: e, with: value)
                default: e.dict[name] = value
                }
            }
        case .type:
            let t = unsafeDowncast(o, to: PyType.self)
            // A metaclass's __setattr__ (enum's "cannot reassign member").
            if let meta = t.metaclass, !meta.isBuiltin, let sa = meta.lookup("__setattr__"), !isObjectDefault(sa) {
                _ = try call(try bindIfFunction(sa, to: obj, type: meta), [.str(name), value])
                return
            }
            try storeTypeAttribute(t, name, value)
        case .function:
            let f = unsafeDowncast(o, to: PyFunction.self)
            switch name {
            case "__name__", "__qualname__", "__code__", "__defaults__", "__kwdefaults__", "__globals__", "__closure__", "__builtins__", "__annotations__":
                try setFunctionDunder(f, name, value)
            case "__doc__": f.doc = value
            case "__dict__": try replaceNamespace(of: f, with: value, hiding: ["__annotations__"])
            default: f.dict[name] = value
            }
        case .module:
            let m = unsafeDowncast(o, to: PyModule.self)
            m.setAttribute(name, value)
            if m.name == "builtins", m === modules["builtins"] { builtinsOverlay.set(name, value) }
        case .cell:
            if name == "cell_contents" { unsafeDowncast(o, to: Cell.self).contents = value; return }
            fallthrough
        default:
            if name == "__class__" { try assignClass(obj, value); return }
            if o.kind == .complex && (name == "real" || name == "imag") { throw PyError.attributeError("readonly attribute") }
            throw PyError.attributeError("'\(o.pyType.name)' object has no attribute '\(name)' and no __dict__ for setting new attributes")
        }
    }

    /// type.__setattr__ itself: the class's own dict, no metaclass hook.
    func storeTypeAttribute(_ t: PyType, _ name: String, _ value: Value) throws {
        if t.isBuiltin { throw PyError.typeError("cannot set '\(name)' attribute of immutable type '\(t.name)'") }
        if VM.checkedTypeDunders.contains(name) { try setTypeDunder(t, name, value); return }
        if name == "__module__" { t.moduleName = strValue(value) }
        t.dict[name] = value
        if name == "__getattribute__" { t.customGetattribute = true }
    }

    /// type.__delattr__ itself.
    func removeTypeAttribute(_ t: PyType, _ name: String) throws {
        if t.isBuiltin { throw PyError.typeError("cannot delete '\(name)' attribute of immutable type '\(t.name)'") }
        try deleteTypeDunderCheck(t, name)
        if t.dict[name] == nil { throw PyError.attributeError("type object '\(t.name)' has no attribute '\(name)'") }
        t.dict[name] = nil
    }

    public func deleteAttribute(_ obj: Value, _ name: String) throws {
        guard case .object(let o) = obj else { throw PyError.attributeError("'\(typeOf(obj).name)' object has no attribute '\(name)'") }
        if o.hasUserClass { try setSubclassInstanceAttribute(o, obj, name, nil); return }
        switch o.kind {
        case .instance:
            let inst = unsafeDowncast(o, to: PyInstance.self)
            if let da = inst.cls.lookup("__delattr__"), !isObjectDefault(da) {
                _ = try call(try bindIfFunction(da, to: obj, type: inst.cls), [.str(name)])
                return
            }
            if try descriptorSet(obj, inst.cls, name, nil) { return }
            if name == "__class__" { try assignClass(obj, nil) }
            if let ta = inst.cls.lookup(name), case .object(let tao) = ta, tao.kind == .property {
                try DescriptorSubclasses.propertySet(self, unsafeDowncast(tao, to: PyProperty.self), obj, nil)
                return
            }
            if inst.dict[name] == nil { throw PyError.attributeError("'\(inst.cls.name)' object has no attribute '\(name)'") }
            inst.dict[name] = nil
        case .type:
            let t = unsafeDowncast(o, to: PyType.self)
            if let meta = t.metaclass, !meta.isBuiltin, let da = meta.lookup("__delattr__"), !isObjectDefault(da) {
                _ = try call(try bindIfFunction(da, to: obj, type: meta), [.str(name)])
                return
            }
            try removeTypeAttribute(t, name)
        case .function:
            let f = unsafeDowncast(o, to: PyFunction.self)
            if try deleteFunctionDunder(f, name) { return }
            if f.dict[name] == nil { throw PyError.attributeError("'function' object has no attribute '\(name)'") }
            f.dict[name] = nil
        case .module:
            let m = unsafeDowncast(o, to: PyModule.self)
            if m.attribute(name) == nil { throw PyError.attributeError("module '\(m.name)' has no attribute '\(name)'") }
            m.setAttribute(name, nil)
            if m.name == "builtins", m === modules["builtins"] { builtinsOverlay.set(name, nil) }
        case .cell where name == "cell_contents":
            unsafeDowncast(o, to: Cell.self).contents = nil
        case .exception:
            let e = unsafeDowncast(o, to: PyExceptionObject.self)
            if e.dict[name] == nil { throw PyError.attributeError("'\(e.cls.name)' object has no attribute '\(name)'") }
            e.dict[name] = nil
        default:
            throw PyError.attributeError("'\(o.pyType.name)' object has no attribute '\(name)'")
        }
    }
}
