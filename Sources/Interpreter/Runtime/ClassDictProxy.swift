// C.__dict__ / vars(C) as CPython 3.13 shows it: a read-only mappingproxy
// (types.py's _MappingProxy) over the class namespace, in CPython's order,
// with the `__dict__` / `__weakref__` getset descriptors type() adds to a
// class whose bases give its instances no dict / weak references:
//   {'__module__': ..., body..., '__static_attributes__': ..., slots...,
//    '__dict__': <attribute '__dict__' of 'C' objects>, '__weakref__': ...,
//    '__doc__': None}

/// `<attribute '__dict__' of 'C' objects>`: shown in a class's __dict__.
public final class PyGetSetDescriptor: PyObject {
    public let name: String
    public let ownerName: String
    public init(name: String, ownerName: String) {
        self.name = name
        self.ownerName = ownerName
        super.init(kind: .other)
    }
    public override var pyType: PyType { BuiltinTypes.iteratorType(named: "getset_descriptor") }
}

extension VM {
    /// The value of `cls.__dict__`.
    func classDictProxy(_ cls: PyType) throws -> Value {
        let d = try classDictSnapshot(cls)
        // types.py makes the proxy; while it is itself being imported, a dict.
        if let types = modules["types"], !types.initializing, let proxy = types.attribute("_MappingProxy") {
            return try call(proxy, [.object(d)])
        }
        if modules["types"] == nil, let types = try? importDotted("types"), let proxy = types.attribute("_MappingProxy") {
            return try call(proxy, [.object(d)])
        }
        return .object(d)
    }

    /// The class namespace in CPython's order (see the file comment).
    func classDictSnapshot(_ cls: PyType) throws -> PyDict {
        let items = cls.dict.items
        let d = PyDict()
        guard !cls.isBuiltin else {
            for (k, v) in items { try d.set(.str(k), v, vm: self) }
            return d
        }
        let slots = cls.slots ?? []
        func isSlotMember(_ k: String, _ v: Value) -> Bool {
            if case .object(let o) = v, o is PyMemberDescriptor { return slots.contains(k) }
            return false
        }
        func isDefaultDoc(_ k: String, _ v: Value) -> Bool { k == "__doc__" && v.isNone }
        // Type creation's additions go after the body (ending with __static_attributes__).
        let boundary = items.firstIndex { $0.0 == "__static_attributes__" }
            ?? items.firstIndex { isDefaultDoc($0.0, $0.1) }.map { $0 - 1 }
            ?? items.count - 1
        var doc: Value? = nil
        for (i, (k, v)) in items.enumerated() where i <= boundary && !isSlotMember(k, v) {
            if isDefaultDoc(k, v) { doc = v; continue }
            try d.set(.str(k), v, vm: self)
        }
        for n in slots where n != "__dict__" && n != "__weakref__" {
            if let v = cls.dict[n] { try d.set(.str(n), v, vm: self) }
        }
        if slots.contains("__dict__") || addsInstanceDict(cls) {
            try d.set(.str("__dict__"), .object(PyGetSetDescriptor(name: "__dict__", ownerName: cls.name)), vm: self)
        }
        if slots.contains("__weakref__") || addsWeakref(cls) {
            try d.set(.str("__weakref__"), .object(PyGetSetDescriptor(name: "__weakref__", ownerName: cls.name)), vm: self)
        }
        for (i, (k, v)) in items.enumerated() where i > boundary && !isSlotMember(k, v) {
            if isDefaultDoc(k, v) { doc = v; continue }
            if doc != nil, try d.get(.str("__doc__"), vm: self) == nil { try d.set(.str("__doc__"), doc!, vm: self) }
            try d.set(.str(k), v, vm: self)
        }
        if let doc, try d.get(.str("__doc__"), vm: self) == nil { try d.set(.str("__doc__"), doc, vm: self) }
        return d
    }

    /// type_new's add_dict: no __slots__ (or "__dict__" among them) and no
    /// base whose instances already have a dict.
    private func addsInstanceDict(_ cls: PyType) -> Bool {
        if let s = cls.slots, !s.contains("__dict__") { return false }
        return !cls.bases.contains { providesDict($0) }
    }

    private func providesDict(_ t: PyType) -> Bool {
        if t.isSubtype(of: BuiltinTypes.BaseException) || t.isSubtype(of: BuiltinTypes.type) { return true }
        if t.isBuiltin { return false }
        if t.slots == nil || t.slots!.contains("__dict__") { return true }
        return t.bases.contains { providesDict($0) }
    }

    /// type_new's add_weak: as add_dict for weak references; instances of
    /// variable-size types (int, tuple, bytes) cannot have them.
    private func addsWeakref(_ cls: PyType) -> Bool {
        if let s = cls.slots, !s.contains("__weakref__") { return false }
        if [BuiltinTypes.int, BuiltinTypes.tuple, BuiltinTypes.bytes].contains(where: { cls.isSubtype(of: $0) }) { return false }
        return !cls.bases.contains { providesWeakref($0) }
    }

    private func providesWeakref(_ t: PyType) -> Bool {
        if t.isBuiltin { return t === BuiltinTypes.set || t === BuiltinTypes.frozenset || t === BuiltinTypes.type }
        if t.slots == nil || t.slots!.contains("__weakref__") { return true }
        return t.bases.contains { providesWeakref($0) }
    }
}
