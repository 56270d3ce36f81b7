// A class's `__slots__`, checked and installed as CPython's type_new does
// (type_new_visit_slots, type_new_copy_slots): strings that are
// identifiers, no second `__dict__`/`__weakref__`, none on the variable-size
// built-ins (int, tuple, bytes), private names mangled, and one member
// descriptor per name, in sorted order.

extension VM {
    func installSlots(_ t: PyType, _ slotsValue: Value, bases: [PyType]) throws {
        var names: [String] = []
        if case .object(let so) = slotsValue, so.kind == .str {
            names = [strValue(slotsValue)]
        } else {
            for item in try iterate(slotsValue) {
                guard case .object(let io) = item, io.kind == .str else {
                    throw PyError.typeError("__slots__ items must be strings, not '\(typeOf(item).name)'")
                }
                names.append(strValue(item))
            }
        }
        let base = bestBase(bases.isEmpty ? [BuiltinTypes.object] : bases)
        // The library's stand-ins for C types (time.struct_time, a tuple with
        // hidden fields) may: CPython writes those in C.
        let fromLibrary = currentFrame?.code.filename.hasPrefix("<frozen ") ?? false
        if !names.isEmpty, !fromLibrary, [BuiltinTypes.int, BuiltinTypes.tuple, BuiltinTypes.bytes].contains(where: { base.isSubtype(of: $0) }) {
            throw PyError.typeError("nonempty __slots__ not supported for subtype of '\(base.name)'")
        }
        var addsDict = false, addsWeakref = false
        for n in names {
            guard isSlotIdentifier(n) else { throw PyError.typeError("__slots__ must be identifiers") }
            if n == "__dict__" {
                if instanceDict(base) || addsDict { throw PyError.typeError("__dict__ slot disallowed: we already got one") }
                addsDict = true
            }
            if n == "__weakref__" {
                if hasWeakrefSupport(base) || addsWeakref { throw PyError.typeError("__weakref__ slot disallowed: we already got one") }
                addsWeakref = true
            }
        }
        var members: [String] = []
        for n in names where n != "__dict__" && n != "__weakref__" && n != "__qualname__" && n != "__classcell__" {
            let m = ScopeAnalyzer.mangle(n, privateName: t.name)
            if t.dict[m] != nil { throw PyError.valueError("'\(m)' in __slots__ conflicts with class variable") }
            members.append(m)
        }
        members.sort()   // a name given twice shares one descriptor, as in CPython
        // The instance layout's names: the mangled members, sorted, then what else it adds.
        t.slots = members + (addsDict ? ["__dict__"] : []) + (addsWeakref ? ["__weakref__"] : [])
        for m in members {
            t.dict[m] = .object(PyMemberDescriptor(name: m, ownerName: t.name))
        }
    }

    /// str.isidentifier for a slot name.
    private func isSlotIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first else { return false }
        guard first == "_" || first.properties.isXIDStart else { return false }
        return s.unicodeScalars.dropFirst().allSatisfy { $0.properties.isXIDContinue }
    }
}
