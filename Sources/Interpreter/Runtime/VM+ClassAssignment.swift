// `obj.__class__ = Other` (the state-machine lesson: an object changes its
// behaviour by changing its class), with CPython's object_set_class rules:
// only between classes defined in Python, and only when both lay out their
// instances the same way (compatible_for_assignment): the same built-in base,
// the same __slots__, both with or both without __dict__ and __weakref__.

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
        guard instanceLayout(newType) == instanceLayout(oldType) else {
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

    /// What compatible_for_assignment compares, as one value: the built-in
    /// layout, the sorted __slots__ each class of the MRO adds, and whether
    /// instances have a __dict__ and weak references.
    func instanceLayout(_ t: PyType) -> [String] {
        var parts = [layoutName(t)]
        for k in t.mro.reversed() where !k.isBuiltin {
            let added = (k.slots ?? []).filter { $0 != "__dict__" && $0 != "__weakref__" }
            if !added.isEmpty { parts.append(added.sorted().joined(separator: ",")) }
        }
        parts.append(t.instancesHaveDict ? "dict" : "no dict")
        parts.append(hasWeakrefSupport(t) ? "weakref" : "no weakref")
        return parts
    }

    /// The built-in type whose instance structure `t`'s instances have; for
    /// exceptions, the nearest built-in exception with fields of its own.
    private func layoutName(_ t: PyType) -> String {
        if t.isExceptionType {
            let own: Set<String> = ["OSError", "SyntaxError", "ImportError", "StopIteration", "SystemExit", "UnicodeEncodeError",
                                    "UnicodeDecodeError", "UnicodeTranslateError", "AttributeError", "NameError", "BaseExceptionGroup"]
            return t.mro.first { $0.isBuiltin && own.contains($0.name) }?.name ?? "BaseException"
        }
        if let k = VM.descriptorBases.first(where: { t.isSubtype(of: $0) }) { return k.name }
        return layoutBase(of: t).name
    }

    private func hasWeakrefSupport(_ t: PyType) -> Bool {
        for k in t.mro where k !== BuiltinTypes.object {
            if k.isBuiltin {
                if k === BuiltinTypes.set || k === BuiltinTypes.frozenset || k === BuiltinTypes.type || k.isExceptionType { return true }
                continue
            }
            if k.slots == nil || k.slots!.contains("__weakref__") {
                if ![BuiltinTypes.int, BuiltinTypes.tuple, BuiltinTypes.bytes].contains(where: { k.isSubtype(of: $0) }) { return true }
            }
        }
        return false
    }
}
