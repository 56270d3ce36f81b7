// `obj.__class__ = Other` (a state-machine lesson's favourite trick): the
// instance keeps its dict and takes the new class's methods. CPython allows
// it between classes written in Python whose instances have the same
// layout (same __slots__, same built-in base), and refuses the rest.

extension VM {
    func assignClass(_ inst: PyInstance, _ value: Value) throws {
        guard case .object(let vo) = value, vo.kind == .type else {
            throw PyError.typeError("__class__ must be set to a class, not '\(typeOf(value).name)' object")
        }
        let new = unsafeDowncast(vo, to: PyType.self)
        let old = inst.cls
        if new === old { return }
        if new.isBuiltin || old.isBuiltin {
            throw PyError.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses")
        }
        if !sameInstanceLayout(old, new) {
            throw PyError.typeError("__class__ assignment: '\(new.name)' object layout differs from '\(old.name)'")
        }
        inst.cls = new
        TypeEpoch.bump()    // caches keyed on the old class stay right, but be plain about it
    }

    /// Instances of both classes hold the same things: the same built-in
    /// base, the same slot names, a __dict__ in both or in neither.
    private func sameInstanceLayout(_ a: PyType, _ b: PyType) -> Bool {
        let baseA = a.mro.first(where: { $0.isBuiltin }), baseB = b.mro.first(where: { $0.isBuiltin })
        return baseA === baseB && slotNames(a) == slotNames(b) && a.instancesHaveDict == b.instancesHaveDict
    }
}
