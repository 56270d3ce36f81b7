// Subclasses of the built-in types (class Stack(list), class Celsius(float)):
// which bases are allowed, making instances, the class's overriding dunders
// (found before native code runs, where CPython's slots would call them),
// and instance attributes. The instances themselves are in
// Objects/SubclassInstances.swift.

extension VM {
    /// Built-in types whose instances a user subclass can share the layout of.
    static let layoutBases: [ObjectIdentifier] = [
        BuiltinTypes.list, BuiltinTypes.dict, BuiltinTypes.tuple, BuiltinTypes.set, BuiltinTypes.frozenset,
        BuiltinTypes.str, BuiltinTypes.int, BuiltinTypes.float, BuiltinTypes.bytes, BuiltinTypes.bytearray,
        BuiltinTypes.complex,
    ].map { ObjectIdentifier($0) }

    /// Built-in descriptor types whose subclasses' instances are plain
    /// instances carrying the descriptor's state (DescriptorSubclasses.swift).
    static var descriptorBases: [PyType] { [BuiltinTypes.property, BuiltinTypes.staticmethod, BuiltinTypes.classmethod] }

    /// Built-in types CPython refuses as bases (no Py_TPFLAGS_BASETYPE).
    static var finalBuiltins: [PyType] {
        [BuiltinTypes.bool, BuiltinTypes.range, BuiltinTypes.slice, BuiltinTypes.noneType, BuiltinTypes.notImplementedType,
         BuiltinTypes.ellipsisType, BuiltinTypes.function, BuiltinTypes.builtinFunction, BuiltinTypes.method,
         BuiltinTypes.generator, BuiltinTypes.cell, BuiltinTypes.code]
    }

    /// The built-in type whose layout instances of `t` have (object for plain classes).
    func layoutBase(of t: PyType) -> PyType {
        if let s = t.solidBase { return s }
        if t.isExceptionType { return BuiltinTypes.BaseException }
        if t.isBuiltin { return VM.layoutBases.contains(ObjectIdentifier(t)) ? t : BuiltinTypes.object }
        for k in t.mro where k.isBuiltin && VM.layoutBases.contains(ObjectIdentifier(k)) { return k }
        return BuiltinTypes.object
    }

    /// Checks the bases of a new class as CPython's best_base does; returns
    /// the built-in layout the class takes (nil: a plain class).
    func builtinLayout(for bases: [PyType]) throws -> PyType? {
        var winner: PyType? = nil
        for b in bases {
            if b.isBuiltin && VM.finalBuiltins.contains(where: { $0 === b }) || BuiltinTypes.iteratorTypes.values.contains(where: { $0 === b }) {
                throw PyError.typeError("type '\(b.name)' is not an acceptable base type")
            }
            if b.isBuiltin && b !== BuiltinTypes.object && b !== BuiltinTypes.type && !b.isExceptionType
                && !VM.layoutBases.contains(ObjectIdentifier(b)) && !VM.descriptorBases.contains(where: { $0 === b }) {
                throw PyError.typeError("scopewalk does not support subclassing the built-in type '\(b.name)'")
            }
            var solid = layoutBase(of: b)
            // A metaclass is laid out as `type`.
            if b.isSubtype(of: BuiltinTypes.type) { solid = BuiltinTypes.type }
            if solid === BuiltinTypes.object { continue }
            guard let w = winner else { winner = solid; continue }
            if w.isSubtype(of: solid) { continue }
            if solid.isSubtype(of: w) { winner = solid; continue }
            throw PyError.typeError("multiple bases have instance lay-out conflict")
        }
        guard let w = winner, VM.layoutBases.contains(ObjectIdentifier(w)) else { return nil }
        return w
    }

    /// The method `name` as a user class overrides it: the first class of the
    /// MRO that defines it, unless that class is built in (then the native
    /// code the caller runs is that method).
    @inline(__always) func userOverride(_ t: PyType, _ name: String) -> Value? {
        for k in t.mro {
            if let v = k.dict[name] { return k.isBuiltin ? nil : v }
        }
        return nil
    }

    /// The bound override of `name` on a built-in subclass instance.
    func userMethod(_ o: PyObject, _ name: String) throws -> Value? {
        let t = o.pyType
        guard let f = userOverride(t, name) else { return nil }
        return try bindIfFunction(f, to: .object(o), type: t)
    }

    /// A native value of `cls`'s built-in base, as an instance of `cls`.
    func boxInstance(_ native: Value, as cls: PyType) throws -> Value {
        switch native {
        case .int(let i): return .object(PyIntOfClass(cls: cls, value: BigInt(i)))
        case .bool(let b): return .object(PyIntOfClass(cls: cls, value: BigInt(b ? 1 : 0)))
        case .float(let d): return .object(PyFloatOfClass(cls: cls, value: d))
        case .none: return native
        case .object(let o):
            switch o.kind {
            case .bigInt: return .object(PyIntOfClass(cls: cls, value: unsafeDowncast(o, to: PyInt.self).value))
            case .boxedFloat: return .object(PyFloatOfClass(cls: cls, value: unsafeDowncast(o, to: PyFloatOfClass.self).value))
            case .str: return .object(PyStrOfClass(cls: cls, value: unsafeDowncast(o, to: PyStr.self).value))
            case .tuple: return .object(PyTupleOfClass(cls: cls, items: unsafeDowncast(o, to: PyTuple.self).items))
            case .list: return .object(PyListOfClass(cls: cls, items: unsafeDowncast(o, to: PyList.self).items))
            case .complex: return .object(PyComplexOfClass(cls: cls, value: unsafeDowncast(o, to: PyComplex.self).value))
            case .bytes:
                let b = unsafeDowncast(o, to: PyBytes.self)
                return .object(PyBytesOfClass(cls: cls, bytes: b.bytes, mutable: b.isMutable))
            case .set, .frozenset:
                let s = PySetOfClass(cls: cls, frozen: o.kind == .frozenset)
                for x in unsafeDowncast(o, to: PySet.self).elements { try s.add(x, vm: self) }
                return .object(s)
            case .dict:
                let d = PyDictOfClass(cls: cls)
                for (k, v) in unsafeDowncast(o, to: PyDict.self).pairs { try d.set(k, v, vm: self) }
                return .object(d)
            default: return native
            }
        }
    }

    /// An empty instance of `cls` for the mutable bases (their __init__ fills it).
    func emptyInstance(of cls: PyType, base: PyType) -> Value? {
        if base === BuiltinTypes.list { return .object(PyListOfClass(cls: cls, items: [])) }
        if base === BuiltinTypes.dict { return .object(PyDictOfClass(cls: cls)) }
        if base === BuiltinTypes.set { return .object(PySetOfClass(cls: cls, frozen: false)) }
        return nil
    }

    /// base.__new__(cls, *args): the native constructor's value, as a `cls`.
    func newBuiltinInstance(_ base: PyType, _ cls: PyType, _ args: [Value], _ kwargs: KwArgs) throws -> Value {
        if let empty = emptyInstance(of: cls, base: base) { return empty }
        guard let ctor = base.constructor else { throw PyError.typeError("cannot create '\(base.name)' instances") }
        return try boxInstance(try ctor(self, base, args, kwargs), as: cls)
    }

    /// The plain built-in value a subclass instance stands for (int(x) of an
    /// int subclass, str(s) of a str subclass...).
    func baseValue(_ v: Value) -> Value {
        guard case .object(let o) = v, o.hasUserClass else { return v }
        switch o.kind {
        case .bigInt: return .bigInt(unsafeDowncast(o, to: PyInt.self).value)
        case .boxedFloat: return .float(unsafeDowncast(o, to: PyFloatOfClass.self).value)
        case .str: return .str(unsafeDowncast(o, to: PyStr.self).value)
        case .tuple: return .object(PyTuple(unsafeDowncast(o, to: PyTuple.self).items))
        case .complex: return .complex(unsafeDowncast(o, to: PyComplex.self).value)
        case .bytes:
            let b = unsafeDowncast(o, to: PyBytes.self)
            return .object(PyBytes(b.bytes, mutable: b.isMutable))
        default: return v
        }
    }

    // MARK: Attributes

    /// Attribute lookup on a built-in subclass instance: data descriptors,
    /// then its `__dict__`, then the class (as for any instance).
    func subclassInstanceAttribute(_ o: PyObject, _ obj: Value, _ name: String) throws -> Value? {
        let state = o.instanceState
        let t = state.cls
        let typeAttr = t.lookup(name)
        if let ta = typeAttr, case .object(let tao) = ta {
            if tao.kind == .property { return try bindIfFunction(ta, to: obj, type: t) }
            if tao.kind == .instance, isDataDescriptor(ta), let get = descriptorGet(ta) {
                return try callDescriptorGet(ta, get, instance: obj, owner: t)
            }
        }
        if let v = state.dict[name] { return v }
        if let ta = typeAttr, case .object(let tao) = ta, tao is PyMemberDescriptor { return nil }
        if name == "__dict__" {
            if !t.instancesHaveDict { return nil }
            return .object(try liveDict(of: state, hiding: slotNames(t)))
        }
        if let ta = typeAttr { return try bindIfFunction(ta, to: obj, type: t) }
        return nil
    }

    /// setattr/delattr on a built-in subclass instance (`direct`: as
    /// object.__setattr__, without the class's own __setattr__).
    func setSubclassInstanceAttribute(_ o: PyObject, _ obj: Value, _ name: String, _ value: Value?, direct: Bool = false) throws {
        let state = o.instanceState
        let t = state.cls
        if let v = value {
            if !direct, let sa = userOverride(t, "__setattr__"), !isObjectDefault(sa) {
                _ = try call(try bindIfFunction(sa, to: obj, type: t), [.str(name), v])
                return
            }
            if try setThroughDescriptor(obj, t, name, v) { return }
            if name == "__class__" { try assignClass(obj, v); return }
            if !t.instancesHaveDict && !t.mro.contains(where: { $0.slots?.contains(name) ?? false }) {
                if t.lookup(name) != nil { throw PyError.attributeError("'\(t.name)' object attribute '\(name)' is read-only") }
                throw PyError.attributeError("'\(t.name)' object has no attribute '\(name)' and no __dict__ for setting new attributes")
            }
            if name == "__dict__" { try replaceNamespace(of: state, with: v, hiding: slotNames(t)); return }
            state.dict[name] = v
            return
        }
        if let da = userOverride(t, "__delattr__"), !isObjectDefault(da) {
            _ = try call(try bindIfFunction(da, to: obj, type: t), [.str(name)])
            return
        }
        if try descriptorSet(obj, t, name, nil) { return }
        if name == "__class__" { try assignClass(obj, nil) }
        if let ta = t.lookup(name), case .object(let tao) = ta, tao.kind == .property {
            try DescriptorSubclasses.propertySet(self, unsafeDowncast(tao, to: PyProperty.self), obj, nil)
            return
        }
        if state.dict[name] == nil { throw PyError.attributeError("'\(t.name)' object has no attribute '\(name)'") }
        state.dict[name] = nil
    }
}

// MARK: Dunders seen by the VM's generic operations

extension VM {
    /// The operator method of `t` that binary_op1 calls: none for built-in
    /// types (their native code runs), the override for built-in subclasses.
    @inline(__always) func opMethod(_ t: PyType, _ name: String) -> Value? {
        if t.isBuiltin { return nil }
        if t.solidBase != nil { return userOverride(t, name) }
        return t.lookup(name)
    }

    /// Rich comparison with a built-in subclass instance on either side: its
    /// class's own methods, in CPython's order; nil lets the native comparison run.
    func subclassCompare(_ l: Value, _ r: Value, _ op: CompareOperator) throws -> Value? {
        let lt = typeOf(l), rt = typeOf(r)
        let (name, reflected) = VM.compareDunders[op]!
        let reflectFirst = rt !== lt && rt.isSubtype(of: lt)
        if reflectFirst, r.hasUserClass, let f = userOverride(rt, reflected) {
            let res = try call(try bindIfFunction(f, to: r, type: rt), [l])
            if !isNotImplemented(res) { return res }
        }
        if l.hasUserClass, let f = userOverride(lt, name) {
            let res = try call(try bindIfFunction(f, to: l, type: lt), [r])
            if !isNotImplemented(res) { return res }
        }
        if !reflectFirst, r.hasUserClass, let f = userOverride(rt, reflected) {
            let res = try call(try bindIfFunction(f, to: r, type: rt), [l])
            if !isNotImplemented(res) { return res }
        }
        // (No __ne__ from a user __eq__: every layout base has its own __ne__.)
        // No override answered: the built-in comparison of the values.
        if let a = asNum(l), let b = asNum(r) { return .bool(compareNumbers(a, b, op)) }
        if let res = try complexCompare(baseValue(l), baseValue(r), op) { return .bool(res) }
        if let res = try builtinCompare(l, r, op) { return .bool(res) }
        return nil
    }

    /// -x, +x, ~x of a subclass instance: its method, else the built-in's on
    /// the plain value (a plain int comes back, as in CPython).
    func subclassUnary(_ o: PyObject, _ v: Value, _ name: String, _ native: (Value) throws -> Value) throws -> Value {
        if let f = try userMethod(o, name) { return try call(f, []) }
        let base = baseValue(v)
        if base.hasUserClass {
            let symbol = name == "__neg__" ? "-" : name == "__pos__" ? "+" : "~"
            throw PyError.typeError("bad operand type for unary \(symbol): '\(o.pyType.name)'")
        }
        return try native(base)
    }

    func subclassRepr(_ o: PyObject, _ v: Value) throws -> String {
        if let f = try userMethod(o, "__repr__") {
            let r = try call(f, [])
            guard case .object(let ro) = r, ro.kind == .str else {
                throw PyError.typeError("__repr__ returned non-string (type \(typeOf(r).name))")
            }
            return unsafeDowncast(ro, to: PyStr.self).value
        }
        if o.kind == .set || o.kind == .frozenset {
            // set_repr names a subclass: MySet({1, 2}), MySet().
            let s = unsafeDowncast(o, to: PySet.self)
            let name = o.pyType.name
            if s.count == 0 { return "\(name)()" }
            let body = try withReprGuard(o, "...") { "{" + (try s.elements.map { try repr($0) }.joined(separator: ", ")) + "}" }
            return "\(name)(\(body))"
        }
        if o.kind == .bytes, unsafeDowncast(o, to: PyBytes.self).isMutable {
            return "\(o.pyType.name)(\(pyBytesRepr(unsafeDowncast(o, to: PyBytes.self).bytes)))"
        }
        return try nativeRepr(o, v)
    }

    func subclassStr(_ o: PyObject, _ v: Value) throws -> String {
        if let f = try userMethod(o, "__str__") {
            let r = try call(f, [])
            guard case .object(let ro) = r, ro.kind == .str else {
                throw PyError.typeError("__str__ returned non-string (type \(typeOf(r).name))")
            }
            return unsafeDowncast(ro, to: PyStr.self).value
        }
        if o.kind == .str { return unsafeDowncast(o, to: PyStr.self).value }
        if o.kind == .bytes {   // bytes_str / bytearray_str: the repr, without a user __repr__
            let b = unsafeDowncast(o, to: PyBytes.self)
            return b.isMutable ? "\(o.pyType.name)(\(pyBytesRepr(b.bytes)))" : try nativeRepr(o, v)
        }
        return try repr(v)
    }

    func subclassTruth(_ o: PyObject, _ v: Value) throws -> Bool {
        if let f = try userMethod(o, "__bool__") {
            let r = try call(f, [])
            guard case .bool(let b) = r else { throw PyError.typeError("__bool__ should return bool, returned \(typeOf(r).name)") }
            return b
        }
        if userOverride(o.pyType, "__len__") != nil { return try length(v) > 0 }
        switch o.kind {
        case .bigInt: return !unsafeDowncast(o, to: PyInt.self).value.isZero
        case .boxedFloat: return unsafeDowncast(o, to: PyFloatOfClass.self).value != 0
        case .complex: return unsafeDowncast(o, to: PyComplex.self).value != ComplexNumber(0, 0)
        default: return try nativeLength(v) > 0
        }
    }

    /// hash() of a subclass instance when its class sets __hash__ (None:
    /// unhashable, as defining __eq__ alone makes it); nil: the built-in's.
    func subclassHash(_ o: PyObject, _ v: Value) throws -> Int? {
        let t = o.pyType
        guard let f = userOverride(t, "__hash__") else { return nil }
        if f.isNone { throw PyError.typeError("unhashable type: '\(t.name)'") }
        let r = try call(try bindIfFunction(f, to: v, type: t), [])
        guard let n = asNum(r) else { throw PyError.typeError("__hash__ method should return an integer") }
        switch n {
        case .int(let i): return i == -1 ? -2 : i
        case .big(let b): return b.pyHash
        case .float: throw PyError.typeError("__hash__ method should return an integer")
        }
    }
}
