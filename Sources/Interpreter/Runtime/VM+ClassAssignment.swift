// `obj.__class__ = Other` (the state-machine lesson: an object changes its
// behaviour by changing its class), with CPython's object_set_class rules:
// only between classes defined in Python, and only when both lay out their
// instances the same way (compatible_for_assignment, modelled on which class
// adds __slots__, a __dict__ or __weakref__ to its base's instances).

extension VM {
    /// object.__class__'s setter (nil value: `del obj.__class__`).
    func assignClass(_ obj: Value, _ value: Value?) throws {
        guard let v = value else { throw PyError.typeError("can't delete __class__ attribute") }
        guard case .object(let vo) = v, let newType = vo as? PyType else {
            throw PyError.typeError("__class__ must be set to a class, not '\(typeOf(v).name)' object")
        }
        let oldType = typeOf(obj)
        guard case .object(let o) = obj, !oldType.isBuiltin, !newType.isBuiltin else {
            throw PyError.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses")
        }
        guard sameDeallocator(newType, oldType) else {
            throw PyError.typeError("__class__ assignment: '\(newType.name)' deallocator differs from '\(oldType.name)'")
        }
        guard sameInstanceLayout(newType, oldType) else {
            throw PyError.typeError("__class__ assignment: '\(newType.name)' object layout differs from '\(oldType.name)'")
        }
        if o.hasUserClass {
            o.instanceState.cls = newType
        } else if let inst = o as? PyInstance {
            inst.cls = newType
        } else if let e = o as? PyExceptionObject {
            e.cls = newType
        } else {
            throw PyError.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses")
        }
        TypeEpoch.bump()
    }

    /// compatible_for_assignment's first test (tp_free): instances of int,
    /// float, str, bytes and complex are not tracked by the cycle collector,
    /// so are freed differently from other objects; a class defined in
    /// Python over them is tracked once its instances get a __dict__.
    func sameDeallocator(_ a: PyType, _ b: PyType) -> Bool {
        func untracked(_ t: PyType) -> Bool {
            let overUntracked = t.mro.contains { k in k === BuiltinTypes.int || k === BuiltinTypes.float || k === BuiltinTypes.str || k === BuiltinTypes.bytes || k === BuiltinTypes.complex }
            return overUntracked && (t.isBuiltin || !instanceDict(t))
        }
        return untracked(a) == untracked(b)
    }

    /// compatible_for_assignment: from each class, walk up its tp_base
    /// while the base lays instances out the same way (adds no slot, no
    /// __dict__, no __weakref__); the two walks must meet at one class, or
    /// stop at two classes defined in Python that have the same base and add
    /// the same slots (same_slots_added).
    func sameInstanceLayout(_ a: PyType, _ b: PyType) -> Bool {
        func top(_ t: PyType) -> PyType {
            var k = t
            while let p = layoutParent(k), addsNothing(k, over: p) { k = p }
            return k
        }
        let x = top(a), y = top(b)
        if x === y { return true }
        guard !x.isBuiltin, !y.isBuiltin, let px = layoutParent(x), let py = layoutParent(y), px === py else { return false }
        return addedSlots(x) == addedSlots(y) && instanceDict(x) == instanceDict(y) && hasWeakrefSupport(x) == hasWeakrefSupport(y)
    }

    /// tp_base: the base whose instance layout the class extends (best_base:
    /// the first base with the most derived solid layout).
    private func layoutParent(_ t: PyType) -> PyType? {
        if t === BuiltinTypes.object { return nil }
        return bestBase(t.bases)
    }

    /// best_base: of a class's bases, the one whose layout it extends.
    func bestBase(_ bases: [PyType]) -> PyType {
        guard !bases.isEmpty else { return BuiltinTypes.object }
        var best = bases[0]
        for b in bases.dropFirst() where solidBase(b) !== solidBase(best) && solidBase(b).isSubtype(of: solidBase(best)) { best = b }
        return best
    }

    /// solid_base: the nearest class (itself included) that changed the layout.
    private func solidBase(_ t: PyType) -> PyType {
        var k = t
        while let p = layoutParent(k), !k.isBuiltin || sameBuiltinLayout(k, p), addedSlots(k).isEmpty { k = p }
        return k
    }

    /// compatible_with_tp_base: `t` adds no field to `p`'s instances.
    private func addsNothing(_ t: PyType, over p: PyType) -> Bool {
        if t.isBuiltin { return sameBuiltinLayout(t, p) }
        return addedSlots(t).isEmpty && instanceDict(t) == instanceDict(p) && hasWeakrefSupport(t) == hasWeakrefSupport(p)
    }

    /// A built-in type with the same instance structure as its base (ValueError over Exception).
    private func sameBuiltinLayout(_ t: PyType, _ p: PyType) -> Bool {
        guard t.isExceptionType && p.isExceptionType else { return false }
        let own: Set<String> = ["BaseException", "OSError", "SyntaxError", "ImportError", "StopIteration", "SystemExit",
                                "UnicodeEncodeError", "UnicodeDecodeError", "UnicodeTranslateError", "AttributeError",
                                "NameError", "BaseExceptionGroup"]
        return !own.contains(t.name)
    }

    private func addedSlots(_ t: PyType) -> [String] {
        if t.isBuiltin { return [] }
        return (t.slots ?? []).filter { $0 != "__dict__" && $0 != "__weakref__" }.sorted()
    }

    func instanceDict(_ t: PyType) -> Bool {
        if t.isBuiltin { return t.isExceptionType || t === BuiltinTypes.type }
        return t.instancesHaveDict
    }

    func hasWeakrefSupport(_ t: PyType) -> Bool {
        for k in t.mro where k !== BuiltinTypes.object {
            if k.isBuiltin {
                if k === BuiltinTypes.set || k === BuiltinTypes.frozenset || k === BuiltinTypes.type { return true }
                continue
            }
            if k.slots == nil || k.slots!.contains("__weakref__") {
                if ![BuiltinTypes.int, BuiltinTypes.tuple, BuiltinTypes.bytes].contains(where: { k.isSubtype(of: $0) }) { return true }
            }
        }
        return false
    }
}
