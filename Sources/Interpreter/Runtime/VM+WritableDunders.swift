// The dunders a program may assign on classes and functions, with the checks
// CPython makes (type_set_name, type_set_bases, func_set_code...): a wrong
// value is a TypeError naming what was expected, never a half-changed object.

extension VM {
    /// The names type's own descriptors handle, not the class dict.
    static let checkedTypeDunders: Set<String> = ["__name__", "__qualname__", "__bases__", "__mro__", "__dict__", "__base__"]

    /// `C.__name__`, `C.__qualname__`, `C.__bases__ = ...` of a user class.
    func setTypeDunder(_ t: PyType, _ name: String, _ value: Value) throws {
        switch name {
        case "__mro__", "__dict__", "__base__":
            throw PyError.attributeError("attribute '\(name)' of 'type' objects is not writable")
        case "__name__", "__qualname__":
            guard case .object(let o) = value, o.kind == .str else {
                throw PyError.typeError("can only assign string to \(t.name).\(name), not '\(typeOf(value).name)'")
            }
            let s = strValue(value)
            if name == "__name__" {
                if s.unicodeScalars.contains("\0") { throw PyError.valueError("type name must not contain null characters") }
                t.name = s
            } else {
                t.qualname = s
            }
        default:
            try setBases(t, value)
        }
    }

    /// `del C.name` of what type's getset descriptors hold: CPython refuses
    /// with check_set_special_type_attr's (odd) "immutable type" message.
    func deleteTypeDunderCheck(_ t: PyType, _ name: String) throws {
        switch name {
        case "__name__", "__qualname__", "__bases__", "__module__", "__doc__", "__type_params__":
            throw PyError.typeError("cannot delete '\(name)' attribute of immutable type '\(t.name)'")
        case "__mro__", "__dict__", "__base__":
            throw PyError.attributeError("attribute '\(name)' of 'type' objects is not writable")
        case "__annotations__" where t.dict["__annotations__"] == nil:
            throw PyError.attributeError("__annotations__")
        default:
            return
        }
    }

    /// type_set_bases: a non-empty tuple of classes, no cycle, the same
    /// instance layout as before; the MROs of the class and of every class
    /// below it are recomputed, and all restored if one is inconsistent.
    private func setBases(_ t: PyType, _ value: Value) throws {
        guard case .object(let o) = value, o.kind == .tuple else {
            throw PyError.typeError("can only assign tuple to \(t.name).__bases__, not \(typeOf(value).name)")
        }
        let items = unsafeDowncast(o, to: PyTuple.self).items
        if items.isEmpty { throw PyError.typeError("can only assign non-empty tuple to \(t.name).__bases__, not ()") }
        var bases: [PyType] = []
        for item in items {
            guard case .object(let io) = item, let b = io as? PyType else {
                throw PyError.typeError("\(t.name).__bases__ must be tuple of classes, not '\(typeOf(item).name)'")
            }
            if b.isSubtype(of: t) { throw PyError.typeError("a __bases__ item causes an inheritance cycle") }
            bases.append(b)
        }
        _ = try builtinLayout(for: bases)
        let oldBase = bestBase(t.bases), newBase = bestBase(bases)
        guard sameDeallocator(newBase, oldBase) else {
            throw PyError.typeError("__bases__ assignment: '\(newBase.name)' deallocator differs from '\(oldBase.name)'")
        }
        guard sameInstanceLayout(newBase, oldBase) else {
            throw PyError.typeError("__bases__ assignment: '\(newBase.name)' object layout differs from '\(oldBase.name)'")
        }
        // Every class whose MRO goes through t, t first, parents before children.
        var affected: [PyType] = [t]
        var i = 0
        while i < affected.count {
            for k in subclasses(of: affected[i]) where !affected.contains(where: { $0 === k }) { affected.append(k) }
            i += 1
        }
        let oldBases = t.bases
        let oldMROs = affected.map { $0.mro }
        t.bases = bases
        do {
            for k in affected { try k.computeMRO() }
        } catch {
            t.bases = oldBases
            for (k, mro) in zip(affected, oldMROs) { k.restoreMRO(mro) }
            throw error
        }
    }

    /// `f.__name__`, `__qualname__`, `__code__`, `__defaults__`, `__kwdefaults__ = ...`.
    func setFunctionDunder(_ f: PyFunction, _ name: String, _ value: Value) throws {
        switch name {
        case "__globals__", "__closure__", "__builtins__":
            throw PyError.attributeError("readonly attribute")
        case "__annotations__":
            guard case .object(let o) = value, o.kind == .dict else {
                throw PyError.typeError("__annotations__ must be set to a dict object")
            }
            f.dict["__annotations__"] = value
        case "__name__", "__qualname__":
            guard case .object(let o) = value, o.kind == .str else {
                throw PyError.typeError("\(name) must be set to a string object")
            }
            if name == "__name__" { f.name = strValue(value) } else { f.qualname = strValue(value) }
        case "__code__":
            guard case .object(let o) = value, let c = o as? PyCode else {
                throw PyError.typeError("__code__ must be set to a code object")
            }
            let want = f.closure.count, got = c.code.freevars.count
            if want != got {
                throw PyError.valueError("\(f.name)() requires a code object with \(want) free vars, not \(got)")
            }
            f.code = c.code
        case "__defaults__":
            if value.isNone { f.defaults = []; return }
            guard case .object(let o) = value, o.kind == .tuple else {
                throw PyError.typeError("__defaults__ must be set to a tuple object")
            }
            f.defaults = unsafeDowncast(o, to: PyTuple.self).items
        default:
            if value.isNone { f.kwDefaults = []; return }
            guard case .object(let o) = value, o.kind == .dict else {
                throw PyError.typeError("__kwdefaults__ must be set to a dict object")
            }
            var pairs: [(String, Value)] = []
            for (k, v) in unsafeDowncast(o, to: PyDict.self).pairs {
                // Only str keys can name a keyword-only parameter.
                if case .object(let ko) = k, ko.kind == .str { pairs.append((strValue(k), v)) }
            }
            f.kwDefaults = pairs
        }
    }

    /// `del f.name` of a function's own getset attributes: true when handled.
    func deleteFunctionDunder(_ f: PyFunction, _ name: String) throws -> Bool {
        switch name {
        case "__name__", "__qualname__", "__code__":
            try setFunctionDunder(f, name, .none)
        case "__defaults__": f.defaults = []
        case "__kwdefaults__": f.kwDefaults = []
        case "__doc__": f.doc = .none
        case "__module__": f.dict["__module__"] = Value.none
        case "__annotations__": f.dict["__annotations__"] = nil
        case "__dict__": throw PyError.typeError("cannot delete __dict__")
        case "__globals__", "__closure__", "__builtins__": throw PyError.attributeError("readonly attribute")
        default: return false
        }
        return true
    }
}
