// Methods of list, with CPython's argument handling and messages.

enum ListMethods {
    @inline(__always) static func L(_ v: Value) -> PyList { unsafeDowncast(v.asObject!, to: PyList.self) }

    /// list.index / tuple.index bounds: negative values count from the end, then clamp.
    static func bounds(_ vm: VM, _ a: [Value], count: Int) throws -> (Int, Int) {
        var start = try vm.sliceArg(a.count > 1 ? a[1] : nil, allowNone: false) ?? 0
        var stop = try vm.sliceArg(a.count > 2 ? a[2] : nil, allowNone: false) ?? Int.max
        if start < 0 { start = max(0, start &+ count) }
        if stop < 0 { stop = max(0, stop &+ count) }
        return (start, stop)
    }

    static func install() {
        let t = BuiltinTypes.list
        Meth.oneArg(t, "append") { _, s, x in
            L(s).items.append(x)
            return .none
        }
        Meth.oneArg(t, "extend") { vm, s, x in
            let l = L(s)
            if case .object(let o) = x, o.kind == .list || o.kind == .tuple, !o.hasUserClass {
                l.items.append(contentsOf: try vm.iterate(x))
                return .none
            }
            // As CPython's list_extend: items are appended as the iterator yields them.
            let it = try vm.getIterator(x)
            try vm.lengthHint(x)
            while let v = try vm.nextValue(it) {
                l.items.append(v)
                if l.items.count & 0xFFFF == 0 { try MemoryBudget.check(count: l.items.count, size: MemoryLayout<Value>.stride) }
            }
            return .none
        }
        Meth.positional(t, "insert", min: 2, max: 2) { vm, s, a in
            let l = L(s)
            var i = try vm.ssizeArg(a[0])
            let n = l.items.count
            if i < 0 { i = max(0, i + n) } else if i > n { i = n }
            l.items.insert(a[1], at: i)
            return .none
        }
        Meth.positional(t, "pop", min: 0, max: 1) { vm, s, a in
            let l = L(s)
            var i = try a.first.map { try vm.ssizeArg($0) } ?? -1
            if l.items.isEmpty { throw PyError.indexError("pop from empty list") }
            if i < 0 { i += l.items.count }
            guard i >= 0, i < l.items.count else { throw PyError.indexError("pop index out of range") }
            if i == l.items.count - 1 { return l.items.removeLast() }
            return l.items.remove(at: i)
        }
        Meth.oneArg(t, "remove") { vm, s, x in
            let l = L(s)
            var i = 0
            while i < l.items.count {
                if try vm.equals(l.items[i], x) {
                    if i < l.items.count { l.items.remove(at: i) }
                    return .none
                }
                i += 1
            }
            throw PyError.valueError("list.remove(x): x not in list")
        }
        Meth.positional(t, "index", min: 1, max: 3) { vm, s, a in
            let l = L(s)
            let (start, stop) = try bounds(vm, a, count: l.items.count)
            var i = start
            while i < stop && i < l.items.count {
                if try vm.equals(l.items[i], a[0]) { return .int(i) }
                i += 1
            }
            throw PyError.valueError("\(try vm.repr(a[0])) is not in list")
        }
        Meth.oneArg(t, "count") { vm, s, x in
            let l = L(s)
            var n = 0, i = 0
            while i < l.items.count {
                if try vm.equals(l.items[i], x) { n += 1 }
                i += 1
            }
            return .int(n)
        }
        Meth.raw(t, "sort") { vm, s, args, kw in
            if !args.isEmpty { throw PyError.typeError("sort() takes no positional arguments") }
            try Args.rejectUnknown(kw, allowed: ["key", "reverse"], function: "sort")
            let key = Args.keyword(kw, "key")
            let reverse = try Args.keyword(kw, "reverse").map { try vm.isTruthy($0) } ?? false
            let l = L(s)
            // As in CPython the list looks empty while it is being sorted.
            var items = l.items
            l.items = []
            do {
                // CPython's timsort (ListSort.swift): same comparisons, same errors.
                try vm.timsort(&items, key: key, reverse: reverse)
            } catch {
                // As CPython: the list gets its items back, whatever was done to it meanwhile.
                l.items = items
                throw error
            }
            let modified = !l.items.isEmpty
            l.items = items
            if modified { throw PyError.valueError("list modified during sort") }
            return .none
        }
        Meth.noArgs(t, "reverse") { _, s in
            L(s).items.reverse()
            return .none
        }
        Meth.noArgs(t, "copy") { _, s in .object(PyList(L(s).items)) }
        Meth.noArgs(t, "clear") { _, s in
            L(s).items.removeAll()
            return .none
        }

        Meth.slot(t, "__len__", 0) { _, s, _ in .int(L(s).items.count) }
        Meth.slot(t, "__iter__", 0) { vm, s, _ in try vm.nativeGetIterator(s) }
        Meth.noArgs(t, "__reversed__") { vm, s in try vm.reversedIterator(s) }
        Meth.slot(t, "__contains__", 1) { vm, s, a in .bool(try vm.nativeContains(s, a[0])) }
        Meth.oneArg(t, "__getitem__") { vm, s, k in try vm.nativeGetItem(s, k) }
        Meth.slot(t, "__setitem__", 2) { vm, s, a in
            try vm.nativeSetItem(s, a[0], a[1])
            return .none
        }
        Meth.slot(t, "__delitem__", 1) { vm, s, a in
            try vm.nativeDeleteItem(s, a[0])
            return .none
        }
        Meth.slot(t, "__add__", 1) { vm, s, a in
            guard case .object(let o) = a[0], o.kind == .list else {
                throw PyError.typeError("can only concatenate list (not \"\(vm.typeOf(a[0]).name)\") to list")
            }
            return .object(PyList(L(s).items + unsafeDowncast(o, to: PyList.self).items))
        }
        Meth.slot(t, "__iadd__", 1) { vm, s, a in
            L(s).items.append(contentsOf: try vm.iterate(a[0]))
            return s
        }
        for name in ["__mul__", "__rmul__"] {
            Meth.slot(t, name, 1) { vm, s, a in try vm.repeatSequence(s, try vm.ssizeArg(a[0])) }
        }
        Meth.slot(t, "__imul__", 1) { vm, s, a in try vm.binaryOperation(s, .int(try vm.ssizeArg(a[0])), .mult, inplace: true) }
        t.dict["__hash__"] = Value.none
    }
}
