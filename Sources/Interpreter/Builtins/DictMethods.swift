// Methods of dict, with CPython's argument handling and messages.

enum DictMethods {
    @inline(__always) static func D(_ v: Value) -> PyDict { unsafeDowncast(v.asObject!, to: PyDict.self) }

    static func install() {
        let t = BuiltinTypes.dict
        Meth.positional(t, "get", min: 1, max: 2) { vm, s, a in
            try D(s).get(a[0], vm: vm) ?? (a.count > 1 ? a[1] : .none)
        }
        // Fast entries without an argument array (d.get(k), d.get(k, default)).
        if case .object(let fo)? = t.dict["get"], let f = fo as? PyBuiltinFunction {
            f.fast2 = { vm, s, k in
                try Meth.check(vm, t, "get", s)
                return try D(s).get(k, vm: vm) ?? .none
            }
            f.fast3 = { vm, s, k, d in
                try Meth.check(vm, t, "get", s)
                return try D(s).get(k, vm: vm) ?? d
            }
        }
        Meth.noArgs(t, "keys") { _, s in .object(PyDictView(dict: D(s), mode: .keys)) }
        Meth.noArgs(t, "values") { _, s in .object(PyDictView(dict: D(s), mode: .values)) }
        Meth.noArgs(t, "items") { _, s in .object(PyDictView(dict: D(s), mode: .items)) }
        Meth.positional(t, "pop", min: 1, max: 2) { vm, s, a in
            // Like CPython, an empty dict does not hash the key.
            if D(s).count == 0 {
                if a.count > 1 { return a[1] }
                throw PyError.keyError(a[0])
            }
            if let v = try D(s).remove(a[0], vm: vm) { return v }
            if a.count > 1 { return a[1] }
            throw PyError.keyError(a[0])
        }
        Meth.noArgs(t, "popitem") { vm, s in
            let d = D(s)
            guard let (k, v) = d.popLast() else { throw PyError.keyError(.str("popitem(): dictionary is empty")) }
            _ = try d.remove(k, vm: vm)
            return .object(PyTuple([k, v]))
        }
        Meth.positional(t, "setdefault", min: 1, max: 2) { vm, s, a in
            let d = D(s)
            if let v = try d.get(a[0], vm: vm) { return v }
            let v = a.count > 1 ? a[1] : .none
            try d.set(a[0], v, vm: vm)
            return v
        }
        Meth.raw(t, "update") { vm, s, a, kw in
            try Meth.arity("update", a.count, min: 0, max: 1)
            let d = D(s)
            if let src = a.first { try vm.dictUpdateFrom(d, src) }
            for (k, v) in kw { try d.set(.str(k), v, vm: vm) }
            return .none
        }
        Meth.noArgs(t, "copy") { vm, s in .object(try copy(vm, D(s))) }
        Meth.noArgs(t, "clear") { _, s in
            D(s).clear()
            return .none
        }
        Meth.classMethod(t, "fromkeys") { vm, cls, a, kw in
            if !kw.isEmpty { throw PyError.typeError("dict.fromkeys() takes no keyword arguments") }
            try Meth.arity("fromkeys", a.count, min: 1, max: 2)
            let value = a.count > 1 ? a[1] : .none
            if cls !== BuiltinTypes.dict {
                // A subclass: cls() filled through its own __setitem__, as CPython does.
                let made = try vm.call(.object(cls), [])
                for k in try vm.iterate(a[0]) { try vm.setItem(made, k, value) }
                return made
            }
            let d = PyDict()
            for k in try vm.iterate(a[0]) { try d.set(k, value, vm: vm) }
            return .object(d)
        }

        Meth.slot(t, "__len__", 0) { _, s, _ in .int(D(s).count) }
        Meth.slot(t, "__iter__", 0) { vm, s, _ in try vm.nativeGetIterator(s) }
        Meth.noArgs(t, "__reversed__") { vm, s in try vm.reversedIterator(s) }
        Meth.oneArg(t, "__contains__") { vm, s, k in .bool(try D(s).get(k, vm: vm) != nil) }
        Meth.oneArg(t, "__getitem__") { vm, s, k in try vm.nativeGetItem(s, k) }
        Meth.slot(t, "__setitem__", 2) { vm, s, a in
            try D(s).set(a[0], a[1], vm: vm)
            return .none
        }
        Meth.slot(t, "__delitem__", 1) { vm, s, a in
            if try D(s).remove(a[0], vm: vm) == nil { throw PyError.keyError(a[0]) }
            return .none
        }
        Meth.slot(t, "__or__", 1) { vm, s, a in
            guard case .object(let o) = a[0], o.kind == .dict else { return .object(BuiltinTypes.notImplemented) }
            let d = try copy(vm, D(s))
            for (k, v) in unsafeDowncast(o, to: PyDict.self).pairs { try d.set(k, v, vm: vm) }
            return .object(d)
        }
        Meth.slot(t, "__ior__", 1) { vm, s, a in
            try vm.dictUpdateFrom(D(s), a[0])
            return s
        }
        t.dict["__hash__"] = Value.none
    }

    static func copy(_ vm: VM, _ d: PyDict) throws -> PyDict {
        let c = PyDict()
        for (k, v) in d.pairs { try c.set(k, v, vm: vm) }
        return c
    }
}
