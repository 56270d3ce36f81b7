// Methods of set and frozenset. The operations follow setobject.c's
// algorithms (which set is iterated, what is copied first) so that results
// iterate in the same order as CPython's whenever the table layouts agree.

enum SetMethods {
    @inline(__always) static func S(_ v: Value) -> PySet { unsafeDowncast(v.asObject!, to: PySet.self) }

    @inline(__always) static func asSet(_ v: Value) -> PySet? {
        if case .object(let o) = v, o.kind == .set || o.kind == .frozenset { return unsafeDowncast(o, to: PySet.self) }
        return nil
    }

    /// A set used as a key is looked up as the equal frozenset (as CPython does).
    static func key(_ vm: VM, _ v: Value) throws -> Value {
        guard case .object(let o) = v, o.kind == .set else { return v }
        let f = PySet(frozen: true)
        for x in unsafeDowncast(o, to: PySet.self).elements { try f.add(x, vm: vm) }
        return .object(f)
    }

    static func copy(_ vm: VM, _ s: PySet, frozen: Bool) throws -> PySet {
        let c = PySet(frozen: frozen)
        for x in s.elements { try c.add(x, vm: vm) }
        return c
    }

    /// `other` as a set (itself when it is one).
    static func set(_ vm: VM, _ other: Value) throws -> PySet {
        if let s = asSet(other) { return s }
        let s = PySet()
        for x in try vm.iterate(other) { try s.add(x, vm: vm) }
        return s
    }

    static func intersection(_ vm: VM, _ a: PySet, _ other: Value, frozen: Bool) throws -> PySet {
        let result = PySet(frozen: frozen)
        if let b = asSet(other) {
            // Iterate the smaller set, probe the other.
            let (iterated, probed) = b.count > a.count ? (a, b) : (b, a)
            for x in iterated.elements where try probed.contains(x, vm: vm) { try result.add(x, vm: vm) }
            return result
        }
        for x in try vm.iterate(other) where try a.contains(x, vm: vm) { try result.add(x, vm: vm) }
        return result
    }

    static func difference(_ vm: VM, _ a: PySet, _ other: Value, frozen: Bool) throws -> PySet {
        // A set or dict not much smaller than self is probed while self is iterated.
        var probe: ((Value) throws -> Bool)? = nil
        if let b = asSet(other), (a.count >> 2) <= b.count {
            probe = { try b.contains($0, vm: vm) }
        } else if case .object(let o) = other, o.kind == .dict, (a.count >> 2) <= unsafeDowncast(o, to: PyDict.self).count {
            let d = unsafeDowncast(o, to: PyDict.self)
            probe = { try d.get($0, vm: vm) != nil }
        }
        if let probe {
            let result = PySet(frozen: frozen)
            for x in a.elements where !(try probe(x)) { try result.add(x, vm: vm) }
            return result
        }
        let result = try copy(vm, a, frozen: frozen)
        try differenceUpdate(vm, result, other)
        return result
    }

    static func differenceUpdate(_ vm: VM, _ a: PySet, _ other: Value) throws {
        if let b = asSet(other), b === a {
            a.clear()
            return
        }
        for x in try vm.iterate(other) { try a.remove(x, vm: vm) }
    }

    static func symmetricDifferenceUpdate(_ vm: VM, _ a: PySet, _ other: Value) throws {
        if let b = asSet(other), b === a {
            a.clear()
            return
        }
        let b = try set(vm, other)
        for x in b.elements {
            if try a.contains(x, vm: vm) { try a.remove(x, vm: vm) } else { try a.add(x, vm: vm) }
        }
    }

    static func install() {
        installShared(BuiltinTypes.set, frozen: false)
        installShared(BuiltinTypes.frozenset, frozen: true)
        installMutators(BuiltinTypes.set)
        BuiltinTypes.set.dict["__hash__"] = Value.none
        Meth.slot(BuiltinTypes.frozenset, "__hash__", 0) { vm, s, _ in .int(try vm.nativeHash(s)) }
    }

    /// The methods set and frozenset share; results have self's type.
    static func installShared(_ t: PyType, frozen: Bool) {
        Meth.noArgs(t, "copy") { vm, s in
            frozen ? s : .object(try copy(vm, S(s), frozen: false))
        }
        Meth.varargs(t, "union") { vm, s, others in
            let result = try copy(vm, S(s), frozen: frozen)
            for o in others {
                if let b = asSet(o), b === S(s) { continue }
                for x in try vm.iterate(o) { try result.add(x, vm: vm) }
            }
            return .object(result)
        }
        Meth.varargs(t, "intersection") { vm, s, others in
            if others.isEmpty { return .object(try copy(vm, S(s), frozen: frozen)) }
            var result = S(s)
            for o in others { result = try intersection(vm, result, o, frozen: frozen) }
            return .object(result)
        }
        Meth.varargs(t, "difference") { vm, s, others in
            guard let first = others.first else { return .object(try copy(vm, S(s), frozen: frozen)) }
            let result = try difference(vm, S(s), first, frozen: frozen)
            for o in others.dropFirst() { try differenceUpdate(vm, result, o) }
            return .object(result)
        }
        Meth.oneArg(t, "symmetric_difference") { vm, s, other in
            let result = PySet(frozen: frozen)
            for x in try vm.iterate(other) { try result.add(x, vm: vm) }
            for x in S(s).elements {
                if try result.contains(x, vm: vm) { try result.remove(x, vm: vm) } else { try result.add(x, vm: vm) }
            }
            return .object(result)
        }
        Meth.oneArg(t, "issubset") { vm, s, other in
            let a = S(s)
            let b = try set(vm, other)
            if a.count > b.count { return .bool(false) }
            for x in a.elements where !(try b.contains(x, vm: vm)) { return .bool(false) }
            return .bool(true)
        }
        Meth.oneArg(t, "issuperset") { vm, s, other in
            let a = S(s)
            if let b = asSet(other), b.count > a.count { return .bool(false) }
            for x in try vm.iterate(other) where !(try a.contains(x, vm: vm)) { return .bool(false) }
            return .bool(true)
        }
        Meth.oneArg(t, "isdisjoint") { vm, s, other in
            let a = S(s)
            for x in try vm.iterate(other) where try a.contains(x, vm: vm) { return .bool(false) }
            return .bool(true)
        }
        Meth.slot(t, "__len__", 0) { _, s, _ in .int(S(s).count) }
        Meth.slot(t, "__iter__", 0) { vm, s, _ in try vm.nativeGetIterator(s) }
        Meth.oneArg(t, "__contains__") { vm, s, x in .bool(try S(s).contains(try key(vm, x), vm: vm)) }
    }

    static func installMutators(_ t: PyType) {
        Meth.oneArg(t, "add") { vm, s, x in
            try S(s).add(x, vm: vm)
            return .none
        }
        Meth.oneArg(t, "remove") { vm, s, x in
            if !(try S(s).remove(try key(vm, x), vm: vm)) { throw PyError.keyError(x) }
            return .none
        }
        Meth.oneArg(t, "discard") { vm, s, x in
            try S(s).remove(try key(vm, x), vm: vm)
            return .none
        }
        Meth.noArgs(t, "pop") { _, s in
            guard let v = S(s).pop() else { throw PyError.keyError(.str("pop from an empty set")) }
            return v
        }
        Meth.noArgs(t, "clear") { _, s in
            S(s).clear()
            return .none
        }
        Meth.varargs(t, "update") { vm, s, others in
            for o in others {
                for x in try vm.iterate(o) { try S(s).add(x, vm: vm) }
            }
            return .none
        }
        Meth.varargs(t, "intersection_update") { vm, s, others in
            var result = S(s)
            for o in others { result = try intersection(vm, result, o, frozen: false) }
            if result !== S(s) {
                S(s).clear()
                for x in result.elements { try S(s).add(x, vm: vm) }
            }
            return .none
        }
        Meth.varargs(t, "difference_update") { vm, s, others in
            for o in others { try differenceUpdate(vm, S(s), o) }
            return .none
        }
        Meth.oneArg(t, "symmetric_difference_update") { vm, s, other in
            try symmetricDifferenceUpdate(vm, S(s), other)
            return .none
        }
    }
}
