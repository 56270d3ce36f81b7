// _bisect: bisect_left/right and insort_left/right in Swift, as CPython's C
// accelerator (bisect.py re-exports them). The midpoint rule and the
// comparisons (`<` only, through the VM so a user __lt__ runs; key applied
// to the sequence's items, not to x) are CPython's, so the same index comes
// back even for unusual orderings.

enum BisectModule {
    static func make(_ vm: VM) -> PyModule {
        let m = PyModule(name: "_bisect")
        m.dict["__doc__"] = .str("Bisection algorithms.")
        for right in [false, true] {
            let suffix = right ? "right" : "left"
            define(m, "bisect_\(suffix)") { vm, a, x, lo, hi, key in
                .int(try search(vm, a, x, lo, hi, key, right: right))
            }
            define(m, "insort_\(suffix)") { vm, a, x, lo, hi, key in
                let target = try key.map { try vm.call($0, [x]) } ?? x
                let i = try search(vm, a, target, lo, hi, key, right: right)
                if case .object(let o) = a, o.kind == .list, !o.hasUserClass {
                    let l = unsafeDowncast(o, to: PyList.self)
                    l.items.insert(x, at: Swift.min(i, l.items.count))
                } else {
                    _ = try vm.call(try vm.getAttribute(a, "insert"), [.int(i), x])
                }
                return .none
            }
        }
        return m
    }

    typealias Body = (VM, Value, Value, Int, Int?, Value?) throws -> Value

    /// (a, x, lo=0, hi=None, *, key=None), with Argument Clinic's messages.
    static func define(_ m: PyModule, _ name: String, _ body: @escaping Body) {
        let f = PyBuiltinFunction(name: name) { vm, args, kw in
            let p = try Itertools.bind(name, args, kw, ["a", "x", "lo", "hi", "key"], required: 2, kwOnly: 1)
            let lo = try p[2].map { try vm.ssizeArg($0) } ?? 0
            var hi: Int? = nil
            if let h = p[3], !h.isNone {
                if case .object(let o) = h, o.kind == .bigInt, unsafeDowncast(o, to: PyInt.self).value.asInt == nil {
                    throw PyError.overflow("cannot fit 'int' into an index-sized integer")
                }
                guard let i = try vm.indexValue(h) else {
                    throw PyError.typeError("argument should be integer or None, not '\(vm.typeOf(h).name)'")
                }
                if i != -1 { hi = i }
            }
            let key = p[4].flatMap { $0.isNone ? nil : $0 }
            return try body(vm, p[0]!, p[1]!, lo, hi, key)
        }
        f.fast2 = { vm, a, x in try body(vm, a, x, 0, nil, nil) }
        f.moduleName = "_bisect"
        m.dict[name] = .object(f)
    }

    /// internal_bisect_left / internal_bisect_right.
    static func search(_ vm: VM, _ a: Value, _ x: Value, _ lo: Int, _ hi: Int?, _ key: Value?, right: Bool) throws -> Int {
        if lo < 0 { throw PyError.valueError("lo must be non-negative") }
        let list: PyList? = {
            if case .object(let o) = a, o.kind == .list, !o.hasUserClass { return unsafeDowncast(o, to: PyList.self) }
            return nil
        }()
        var hi = hi ?? -1
        if hi == -1 {
            if let l = list { hi = l.items.count } else {
                if case .object(let o) = a, o.kind == .dict { throw PyError.typeError("\(vm.typeOf(a).name) is not a sequence") }
                hi = try vm.length(a)
            }
        }
        var lo = lo
        while lo < hi {
            let mid = Int((UInt(lo) + UInt(hi)) / 2)
            var item: Value
            if let l = list {
                guard mid < l.items.count else { throw PyError.indexError("list index out of range") }
                item = l.items[mid]
            } else {
                item = try vm.getItem(a, .int(mid))
            }
            if let k = key { item = try vm.call(k, [item]) }
            // bisect_right: x < item goes left; bisect_left: item < x goes right.
            if right {
                if try HeapqModule.less(vm, x, item) { hi = mid } else { lo = mid + 1 }
            } else {
                if try HeapqModule.less(vm, item, x) { lo = mid + 1 } else { hi = mid }
            }
        }
        return lo
    }
}
