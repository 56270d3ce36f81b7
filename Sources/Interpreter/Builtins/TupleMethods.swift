// Methods of tuple.

enum TupleMethods {
    @inline(__always) static func T(_ v: Value) -> PyTuple { unsafeDowncast(v.asObject!, to: PyTuple.self) }

    static func install() {
        let t = BuiltinTypes.tuple
        Meth.positional(t, "index", min: 1, max: 3) { vm, s, a in
            let items = T(s).items
            let (start, stop) = try ListMethods.bounds(vm, a, count: items.count)
            var i = start
            while i < stop && i < items.count {
                if try vm.equals(items[i], a[0]) { return .int(i) }
                i += 1
            }
            throw PyError.valueError("tuple.index(x): x not in tuple")
        }
        Meth.oneArg(t, "count") { vm, s, x in
            var n = 0
            for item in T(s).items where try vm.equals(item, x) { n += 1 }
            return .int(n)
        }
        Meth.slot(t, "__len__", 0) { _, s, _ in .int(T(s).items.count) }
        Meth.slot(t, "__iter__", 0) { vm, s, _ in try vm.nativeGetIterator(s) }
        Meth.slot(t, "__hash__", 0) { vm, s, _ in .int(try vm.nativeHash(s)) }
        Meth.slot(t, "__contains__", 1) { vm, s, a in .bool(try vm.nativeContains(s, a[0])) }
        Meth.slot(t, "__getitem__", 1) { vm, s, a in try vm.nativeGetItem(s, a[0]) }
        Meth.slot(t, "__add__", 1) { vm, s, a in
            guard case .object(let o) = a[0], o.kind == .tuple else {
                throw PyError.typeError("can only concatenate tuple (not \"\(vm.typeOf(a[0]).name)\") to tuple")
            }
            return .object(PyTuple(T(s).items + unsafeDowncast(o, to: PyTuple.self).items))
        }
        for name in ["__mul__", "__rmul__"] {
            Meth.slot(t, name, 1) { vm, s, a in try vm.repeatSequence(s, try vm.ssizeArg(a[0])) }
        }
    }
}
