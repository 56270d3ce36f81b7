// Attribute access: instance dicts, the type's MRO, descriptors (functions
// bind to methods, staticmethod, classmethod, property), and the special
// attributes that make closures visible (__closure__, __code__, cell_contents).

extension VM {
    /// Binds a class attribute found on `type` for access through `obj`.
    func bindIfFunction(_ attr: Value, to obj: Value, type: PyType) throws -> Value {
        guard case .object(let o) = attr else { return attr }
        switch o.kind {
        case .function: return .object(PyBoundMethod(function: attr, selfValue: obj))
        case .builtinFunction:
            let b = unsafeDowncast(o, to: PyBuiltinFunction.self)
            if b.isClassMethod { return .object(b.bound(to: .object(type))) }
            // int/float methods of a subclass instance run on its plain value.
            if b.isMethod, case .object(let so) = obj, so.hasUserClass, so.kind == .bigInt || so.kind == .boxedFloat,
               b.ownerName == "int" || b.ownerName == "float" {
                return .object(b.bound(to: baseValue(obj)))
            }
            return b.isMethod ? .object(b.bound(to: obj)) : attr
        case .staticMethod: return unsafeDowncast(o, to: PyMethodWrapper.self).function
        case .classMethod: return .object(PyBoundMethod(function: unsafeDowncast(o, to: PyMethodWrapper.self).function, selfValue: .object(type)))
        case .property:
            return try DescriptorSubclasses.propertyGet(self, unsafeDowncast(o, to: PyProperty.self), obj)
        case .instance:
            if let get = descriptorGet(attr) { return try callDescriptorGet(attr, get, instance: obj, owner: type) }
            return attr
        default: return attr
        }
    }

    /// For `obj.name(...)`: the unbound callable if calling it with `obj`
    /// prepended is equivalent (saves allocating a bound method).
    func lookupMethod(_ obj: Value, _ name: String) throws -> Value? {
        guard case .object(let o) = obj, !o.hasUserClass else { return nil }
        switch o.kind {
        case .instance:
            let inst = unsafeDowncast(o, to: PyInstance.self)
            if inst.dict[name] != nil || inst.cls.customGetattribute { return nil }
            if let f = inst.cls.lookup(name), case .object(let fo) = f, fo.kind == .function { return f }
            return nil
        case .str, .list, .dict, .tuple, .set, .frozenset:
            if let f = o.pyType.dict[name], case .object(let fo) = f, fo.kind == .builtinFunction,
               unsafeDowncast(fo, to: PyBuiltinFunction.self).isMethod {
                return f
            }
            return nil
        default:
            return nil
        }
    }

    public func getAttribute(_ obj: Value, _ name: String) throws -> Value {
        do {
            if case .object(let o) = obj, o.kind == .instance, o.pyType.customGetattribute,
               let ga = o.pyType.lookup("__getattribute__"), !isObjectDefault(ga) {
                // A user __getattribute__, with __getattr__ as its fallback
                // (CPython's slot_tp_getattr_hook).
                let t = o.pyType
                do {
                    return try call(try bindIfFunction(ga, to: obj, type: t), [.str(name)])
                } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.AttributeError) {
                    guard let gattr = t.lookup("__getattr__") else { throw e }
                    return try call(try bindIfFunction(gattr, to: obj, type: t), [.str(name)])
                }
            }
            return try getAttributeOrRaise(obj, name)
        } catch let e as PyError {
            // CPython's PyObject_GetAttr records the name and the object on
            // any AttributeError (for "Did you mean" suggestions).
            let x = e.exception
            if x.missingName == nil && x.missingFrom == nil && x.cls.isSubtype(of: BuiltinTypes.AttributeError) {
                x.missingName = name
                x.missingFrom = obj
            }
            throw e
        }
    }

    /// object.__getattribute__: the generic lookup, without __getattr__.
    func genericGetAttribute(_ obj: Value, _ name: String) throws -> Value {
        do {
            return try getAttributeOrRaise(obj, name, fallback: false)
        } catch let e as PyError {
            let x = e.exception
            if x.missingName == nil && x.missingFrom == nil && x.cls.isSubtype(of: BuiltinTypes.AttributeError) {
                x.missingName = name
                x.missingFrom = obj
            }
            throw e
        }
    }

    private func getAttributeOrRaise(_ obj: Value, _ name: String, fallback: Bool = true) throws -> Value {
        let t = typeOf(obj)
        do {
            if let v = try getAttributeOrNil(obj, name) { return v }
        } catch let e as PyError where fallback && e.exception.cls.isSubtype(of: BuiltinTypes.AttributeError) {
            // An AttributeError from a property or descriptor also falls back
            // to __getattr__ (CPython's slot_tp_getattr_hook).
            guard case .object(let o) = obj, o.kind != .type, o.kind != .module, !t.isBuiltin, let ga = t.lookup("__getattr__") else { throw e }
            return try call(try bindIfFunction(ga, to: obj, type: t), [.str(name)])
        }
        if case .object(let o) = obj {
            if o.kind == .type { throw PyError.attributeError("type object '\(unsafeDowncast(o, to: PyType.self).name)' has no attribute '\(name)'") }
            if o.kind == .module { throw moduleAttributeError(unsafeDowncast(o, to: PyModule.self), name) }
            if o.kind == .cell && name == "cell_contents" { throw PyError.valueError("Cell is empty") }
            // __getattr__ is the fallback of user classes.
            if fallback, !t.isBuiltin, let ga = t.lookup("__getattr__") {
                return try call(try bindIfFunction(ga, to: obj, type: t), [.str(name)])
            }
        }
        throw PyError.attributeError("'\(t.name)' object has no attribute '\(name)'")
    }

    func getAttributeOrNil(_ obj: Value, _ name: String) throws -> Value? {
        let t = typeOf(obj)
        if name == "__class__" {
            // A class may redefine __class__ as a property (unittest.mock's spec'd mocks).
            if case .object(let o) = obj, o.kind == .instance, !t.isBuiltin, let ta = t.lookup("__class__"),
               case .object(let tao) = ta, tao.kind == .property {
                return try bindIfFunction(ta, to: obj, type: t)
            }
            return .object(t)
        }
        guard case .object(let o) = obj else {
            return try typeAttribute(t, name, obj)
        }
        if o.hasUserClass {
            if let v = try subclassInstanceAttribute(o, obj, name) { return v }
            // int/float attributes (real, hex...) are the plain value's.
            if o.kind == .bigInt || o.kind == .boxedFloat { return try getAttributeOrNil(baseValue(obj), name) }
        }
        switch o.kind {
        case .instance, .exception:
            // Data descriptors (property) beat the instance dict.
            let typeAttr = t.lookup(name)
            if let ta = typeAttr, case .object(let tao) = ta {
                if tao.kind == .property { return try bindIfFunction(ta, to: obj, type: t) }
                if tao.kind == .instance, isDataDescriptor(ta), let get = descriptorGet(ta) {
                    return try callDescriptorGet(ta, get, instance: obj, owner: t)
                }
            }
            if o.kind == .instance {
                let inst = unsafeDowncast(o, to: PyInstance.self)
                if let v = inst.dict[name] { return v }
                // An unset slot: AttributeError, not the descriptor.
                if let ta = typeAttr, case .object(let tao) = ta, tao is PyMemberDescriptor { return nil }
                if name == "__dict__" && !inst.cls.instancesHaveDict { return nil }
                if name == "__dict__" {
                    // Slot values live in the slots, not in __dict__.
                    return .object(try liveDict(of: inst, hiding: slotNames(inst.cls)))
                }
            } else {
                let e = unsafeDowncast(o, to: PyExceptionObject.self)
                if let v = e.dict[name] { return v }
                switch name {
                case "args": return .object(PyTuple(e.args))
                case "__cause__": return e.cause.map { .object($0) } ?? Value.none
                case "__context__": return e.context.map { .object($0) } ?? Value.none
                case "__traceback__":
                    if e.traceback.isEmpty { return Value.none }
                    if let (n, tb) = e.tracebackObject, n == e.traceback.count { return .object(tb) }
                    let tb = PyTraceback(records: e.traceback.reversed()[...])
                    e.tracebackObject = (e.traceback.count, tb)
                    return .object(tb)
                case "__suppress_context__": return .bool(e.suppressContext)
                case "value" where e.cls.isSubtype(of: BuiltinTypes.StopIteration): return e.value
                case "code" where e.cls.isSubtype(of: BuiltinTypes.SystemExit): return e.args.first ?? Value.none
                case "name" where e.cls.isSubtype(of: BuiltinTypes.NameError) || e.cls.isSubtype(of: BuiltinTypes.AttributeError):
                    return e.missingName.map { .str($0) } ?? Value.none
                case "obj" where e.cls.isSubtype(of: BuiltinTypes.AttributeError): return e.missingFrom ?? Value.none
                case "name" where e.cls.isSubtype(of: BuiltinTypes.ImportError): return e.importModule.map { .str($0) } ?? Value.none
                case "name_from" where e.cls.isSubtype(of: BuiltinTypes.ImportError): return e.missingName.map { .str($0) } ?? Value.none
                case "path" where e.cls.isSubtype(of: BuiltinTypes.ImportError): return Value.none
                case "msg" where e.cls.isSubtype(of: BuiltinTypes.ImportError): return e.args.count == 1 ? e.args[0] : Value.none
                case "message" where e.cls.isSubtype(of: BuiltinTypes.BaseExceptionGroup): return e.group?.message ?? e.args.first ?? .str("")
                case "exceptions" where e.cls.isSubtype(of: BuiltinTypes.BaseExceptionGroup):
                    return .object(e.group?.exceptions ?? PyTuple(groupParts(e)))
                case "__dict__":
                    // OSError's fields are kept in e.dict, but are not part of __dict__.
                    return .object(try liveDict(of: e, hiding: e.cls.isSubtype(of: BuiltinTypes.OSError) ? VM.osErrorFields.union(["characters_written"]) : []))
                case let n where VM.osErrorFields.contains(n) && e.cls.isSubtype(of: BuiltinTypes.OSError): return Value.none
                default: break
                }
            }
            if let ta = typeAttr { return try bindIfFunction(ta, to: obj, type: t) }
            if name == "__doc__" { return Value.none }
            return nil
        case .type:
            return try classAttribute(unsafeDowncast(o, to: PyType.self), name)
        case .function:
            let f = unsafeDowncast(o, to: PyFunction.self)
            switch name {
            case "__name__": return .str(f.name)
            case "__qualname__": return .str(f.qualname)
            case "__closure__": return f.closure.isEmpty ? Value.none : .object(PyTuple(f.closure.map { .object($0) }))
            case "__code__": return .object(f.code.pyCode)
            case "__defaults__": return f.defaults.isEmpty ? Value.none : .object(PyTuple(f.defaults))
            case "__kwdefaults__":
                if f.kwDefaults.isEmpty { return Value.none }
                let d = PyDict()
                for (k, v) in f.kwDefaults { try d.set(.str(k), v, vm: self) }
                return .object(d)
            case "__doc__": return f.doc
            case "__module__": return f.dict["__module__"] ?? f.globals["__name__"] ?? .str("__main__")
            case "__dict__":
                // __annotations__ is kept in f.dict, but is not part of __dict__.
                return .object(try liveDict(of: f, hiding: ["__annotations__"]))
            case "__globals__":
                return .object(try globalsDict(of: f.globals))
            case "__annotations__":
                // One dict per function, made on first use: assignments to
                // it and to f.__annotations__ (dataclasses' __init__) stay.
                if let d = f.dict["__annotations__"] { return d }
                let d = PyDict()
                for (k, v) in f.annotations { try d.set(.str(k), v, vm: self) }
                f.dict["__annotations__"] = .object(d)
                return .object(d)
            case "__wrapped__": return f.dict[name]
            default:
                if let v = f.dict[name] { return v }
                if let v = try functionExtraAttribute(name) { return v }
                return try typeAttribute(t, name, obj)
            }
        case .code:
            return try codeAttribute(unsafeDowncast(o, to: PyCode.self).code, name)
        case .cell:
            let c = unsafeDowncast(o, to: Cell.self)
            if name == "cell_contents" { return c.contents }
            return try typeAttribute(t, name, obj)
        case .module:
            let m = unsafeDowncast(o, to: PyModule.self)
            if let v = m.attribute(name) { return v }
            if name == "__name__" { return .str(m.name) }
            if name == "__dict__" {
                // A native module's dict is live (builtins.__dict__[k] = v).
                if m.globals == nil { return .object(try liveDict(of: m)) }
                return .object(try namespaceDict(of: m.globals!))
            }
            if name.hasPrefix("__"), let v = try moduleDunderFallback(m, name) { return v }
            // PEP 562: a module-level __getattr__ answers missing names.
            if let ga = m.attribute("__getattr__"), name != "__getattr__" { return try call(ga, [.str(name)]) }
            return nil
        case .boundMethod:
            let m = unsafeDowncast(o, to: PyBoundMethod.self)
            switch name {
            case "__self__": return m.selfValue
            case "__func__": return m.function
            case "__call__": return try typeAttribute(t, name, obj)
            default: return try getAttributeOrNil(m.function, name)
            }
        case .builtinFunction:
            let b = unsafeDowncast(o, to: PyBuiltinFunction.self)
            switch name {
            case "__name__": return .str(b.name)
            case "__qualname__": return .str(b.ownerName.map { "\($0).\(b.name)" } ?? b.name)
            case "__self__": return b.boundSelf ?? Value.none
            case "__doc__": return Value.none
            case "__module__" where b.moduleName != nil: return .str(b.moduleName!)
            default: return try typeAttribute(BuiltinTypes.builtinFunction, name, obj)
            }
        case .generator:
            let g = unsafeDowncast(o, to: PyGenerator.self)
            switch name {
            case "__name__": return .str(g.name)
            case "__qualname__": return .str(g.qualname)
            case "gi_frame": return g.state == .finished ? Value.none : .object(PyFrameObject(g.frame))
            case "gi_running": return .bool(g.state == .running)
            case "gi_suspended": return .bool(g.state == .suspended)
            case "gi_code": return .object(g.frame.code.pyCode)
            default: return try typeAttribute(t, name, obj)
            }
        case .superProxy:
            let s = unsafeDowncast(o, to: PySuper.self)
            let mro = s.objectType.mro
            if let i = mro.firstIndex(where: { $0 === s.thisType }) {
                for k in mro[(i + 1)...] {
                    if let v = k.dict[name] {
                        if case .object(let vo) = s.object, vo.kind == .type, vo === s.objectType {
                            // super() in a classmethod: bind classmethods to the class.
                            if case .object(let fo) = v, fo.kind == .classMethod {
                                return .object(PyBoundMethod(function: unsafeDowncast(fo, to: PyMethodWrapper.self).function, selfValue: s.object))
                            }
                            // object.__init_subclass__ is a classmethod too.
                            if name == "__init_subclass__", case .object(let fo) = v, let b = fo as? PyBuiltinFunction {
                                return .object(b.bound(to: s.object))
                            }
                            return v
                        }
                        return try bindIfFunction(v, to: s.object, type: s.objectType)
                    }
                }
            }
            return superOwnAttribute(s, name)
        case .property:
            let p = unsafeDowncast(o, to: PyProperty.self)
            switch name {
            case "fget": return p.getter
            case "fset": return p.setter
            case "fdel": return p.deleter
            case "__name__":
                guard let n = DescriptorSubclasses.propertyName(self, p) else { return nil }
                return n
            case "__isabstractmethod__": return .bool(try DescriptorSubclasses.isAbstract(self, [p.getter, p.setter, p.deleter]))
            case "__doc__":
                // Like CPython: a property without its own doc takes the getter's.
                if p.doc.isNone, case .object(let go) = p.getter, let gf = go as? PyFunction { return gf.doc }
                return p.doc
            default: return try wrapperExtraAttribute(o, name) ?? typeAttribute(t, name, obj)
            }
        case .staticMethod, .classMethod:
            if name == "__func__" { return unsafeDowncast(o, to: PyMethodWrapper.self).function }
            return try wrapperExtraAttribute(o, name) ?? typeAttribute(t, name, obj)
        case .other where o is PyFrameObject:
            return try frameAttribute(o as! PyFrameObject, name)
        case .other where o is PyTraceback:
            let tb = o as! PyTraceback
            guard let first = tb.records.first else { return nil }
            switch name {
            case "tb_lineno": return .int(first.line)
            case "tb_frame": return first.frame.map { .object(PyFrameObject($0, line: first.line)) } ?? Value.none
            case "tb_lasti": return .int(0)
            case "tb_next": return tb.records.count > 1 ? .object(PyTraceback(records: tb.records.dropFirst())) : Value.none
            default: return nil
            }
        case .slice:
            let s = unsafeDowncast(o, to: PySlice.self)
            switch name {
            case "start": return s.start
            case "stop": return s.stop
            case "step": return s.step
            default: return try typeAttribute(t, name, obj)
            }
        case .range:
            let r = unsafeDowncast(o, to: PyRange.self)
            switch name {
            case "start": return r.startValue
            case "stop": return r.stopValue
            case "step": return r.stepValue
            default: return try typeAttribute(t, name, obj)
            }
        default:
            return try typeAttribute(t, name, obj)
        }
    }

    /// An attribute found on the type of a built-in value (methods bind).
    func typeAttribute(_ t: PyType, _ name: String, _ obj: Value) throws -> Value? {
        if let v = t.lookup(name) { return try bindIfFunction(v, to: obj, type: t) }
        switch (name, obj) {
        case ("real", .int), ("real", .float), ("numerator", .int): return obj
        case ("real", .bool(let b)), ("numerator", .bool(let b)): return .int(b ? 1 : 0)
        case ("imag", .int), ("imag", .bool): return .int(0)
        case ("imag", .float): return .float(0)
        case ("denominator", .int), ("denominator", .bool): return .int(1)
        case ("__doc__", _): return Value.none
        default: break
        }
        if case .object(let o) = obj, o.kind == .complex {
            if name == "real" { return .float(unsafeDowncast(o, to: PyComplex.self).value.re) }
            if name == "imag" { return .float(unsafeDowncast(o, to: PyComplex.self).value.im) }
        }
        if case .object(let o) = obj, o.kind == .bigInt {
            if name == "real" || name == "numerator" { return obj }
            if name == "imag" { return .int(0) }
            if name == "denominator" { return .int(1) }
        }
        return nil
    }

    /// Attribute of a class object: the class's own MRO, then its metatype.
    func classAttribute(_ cls: PyType, _ name: String) throws -> Value? {
        switch name {
        case "__name__": return .str(cls.name)
        case "__qualname__": return .str(cls.qualname)
        case "__module__": return .str(cls.moduleName)
        case "__bases__": return .object(PyTuple(cls.bases.map { .object($0) }))
        case "__base__": return cls.bases.first.map { .object($0) } ?? Value.none
        case "__mro__": return .object(PyTuple(cls.mro.map { .object($0) }))
        case "__dict__": return try classDictProxy(cls)
        case "__doc__": return cls.dict["__doc__"] ?? Value.none
        default: break
        }
        if let v = cls.lookup(name) {
            guard case .object(let o) = v else { return v }
            switch o.kind {
            case .classMethod: return .object(PyBoundMethod(function: unsafeDowncast(o, to: PyMethodWrapper.self).function, selfValue: .object(cls)))
            case .staticMethod: return unsafeDowncast(o, to: PyMethodWrapper.self).function
            case .builtinFunction:
                let b = unsafeDowncast(o, to: PyBuiltinFunction.self)
                if b.isClassMethod { return .object(b.bound(to: .object(cls))) }
                return v
            case .instance:
                if let get = descriptorGet(v) { return try callDescriptorGet(v, get, instance: .none, owner: cls) }
                return v
            default: return v
            }
        }
        if let v = try metaclassAttribute(cls, name) { return v }
        if let v = BuiltinTypes.type.dict[name] {
            if case .object(let o) = v, let b = o as? PyBuiltinFunction, b.isMethod { return .object(b.bound(to: .object(cls))) }
            return v
        }
        return nil
    }

    func codeAttribute(_ c: CodeObject, _ name: String) throws -> Value? {
        func names(_ a: [String]) -> Value { .object(PyTuple(a.map { .str($0) })) }
        switch name {
        case "co_name": return .str(c.name)
        case "co_qualname": return .str(c.qualname)
        case "co_filename": return .str(absoluteCodeFilenames ? VM.displayPath(c.filename) : c.filename)
        case "co_firstlineno": return .int(c.firstLineNumber)
        case "co_argcount": return .int(c.argCount)
        case "co_posonlyargcount": return .int(c.posonlyArgCount)
        case "co_kwonlyargcount": return .int(c.kwonlyArgCount)
        case "co_varnames": return names(c.pythonVarnames)
        case "co_cellvars": return names(c.cellvars)
        case "co_freevars": return names(c.freevars)
        case "co_names": return names(c.names)
        case "co_nlocals": return .int(c.pythonVarnames.count)
        case "co_consts": return .object(PyTuple(c.constants))
        case "co_flags":
            var f = 0
            if c.kind == .function || c.kind == .lambda { f |= 0x3 }
            if c.hasVarargs { f |= 0x4 }
            if c.hasVarkeywords { f |= 0x8 }
            if c.kind != .module && c.kind != .classBody { f |= 0x10 }
            if c.freevars.isEmpty && c.cellvars.isEmpty { f |= 0x40 }
            if c.isCoroutine { f |= 0x80 } else if c.isAsyncGenerator { f |= 0x200 } else if c.isGenerator { f |= 0x20 }
            return .int(f)
        default: return nil
        }
    }
}

extension CodeObject {
    /// co_varnames as CPython shows it: parameters and fast locals, without
    /// the hidden slots of inlined comprehensions at module/class level.
    public var pythonVarnames: [String] {
        var seen = Set<String>()
        var out: [String] = []
        for (i, n) in varnames.enumerated() where !hiddenSlots.contains(i) && !n.hasPrefix(".") || (i < argCount && n.hasPrefix(".")) {
            if seen.insert(n).inserted { out.append(n) }
        }
        return out
    }
}

