// itertools.product, combinations, combinations_with_replacement and
// permutations: the inputs are read into tuples up front (as CPython does),
// then an array of indices steps through the results in CPython's order.

extension Itertools {
    /// r as CPython's combinations take it (Py_ssize_t), after the pool is read.
    static func combinationArgs(_ vm: VM, _ name: String, _ args: [Value], _ kw: KwArgs) throws -> ([Value], Int) {
        let a = try bind(name, args, kw, ["iterable", "r"], required: 2)
        let r = try vm.ssizeArg(a[1]!)
        let pool = try vm.iterateSized(a[0]!)
        if r < 0 { throw PyError.valueError("r must be non-negative") }
        return (pool, r)
    }

    static let product: PyType = makeType("product", doc: "Cartesian product of input iterables.  Equivalent to nested for-loops.") { vm, cls, args, kw in
        var repeatCount = 1
        if !kw.isEmpty {
            let a = try bind("product", [], kw, ["repeat"], required: 0)
            if let r = a[0] { repeatCount = try vm.ssizeArg(r) }
            if repeatCount < 0 { throw PyError.valueError("repeat argument cannot be negative") }
        }
        var pools: [[Value]] = []
        if repeatCount > 0 {
            if !args.isEmpty && args.count > Int.max / 8 / repeatCount { throw PyError.overflow("repeat argument too large") }
            let read = try args.map { try vm.iterateSized($0) }
            try MemoryBudget.check(count: read.count * repeatCount, size: MemoryLayout<Int>.stride)
            for _ in 0..<repeatCount { pools += read }
        }
        var indices: [Int]? = nil
        var stopped = false
        return PyIterator.native("itertools.product") { _ in
            if stopped { return nil }
            if var idx = indices {
                var i = pools.count - 1
                while i >= 0 {
                    idx[i] += 1
                    if idx[i] < pools[i].count { break }
                    idx[i] = 0
                    i -= 1
                }
                indices = idx
                if i < 0 { stopped = true; return nil }
                return .object(PyTuple((0..<pools.count).map { pools[$0][idx[$0]] }))
            }
            if pools.contains(where: { $0.isEmpty }) { stopped = true; return nil }
            indices = [Int](repeating: 0, count: pools.count)
            return .object(PyTuple(pools.map { $0[0] }))
        }
    }

    static let combinations: PyType = makeType("combinations", doc: "Return successive r-length combinations of elements in the iterable.") { vm, cls, args, kw in
        let (pool, r) = try combinationArgs(vm, "combinations", args, kw)
        let n = pool.count
        var stopped = r > n
        var indices: [Int]? = nil
        return PyIterator.native("itertools.combinations") { _ in
            if stopped { return nil }
            if var idx = indices {
                var i = r - 1
                while i >= 0 && idx[i] == i + n - r { i -= 1 }
                if i < 0 { stopped = true; return nil }
                idx[i] += 1
                if i + 1 < r { for j in (i + 1)..<r { idx[j] = idx[j - 1] + 1 } }
                indices = idx
                return .object(PyTuple(idx.map { pool[$0] }))
            }
            indices = Array(0..<r)
            return .object(PyTuple(Array(pool[0..<r])))
        }
    }

    static let combinationsWithReplacement: PyType = makeType("combinations_with_replacement", doc: "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.") { vm, cls, args, kw in
        let (pool, r) = try combinationArgs(vm, "combinations_with_replacement", args, kw)
        let n = pool.count
        var stopped = n == 0 && r > 0
        if !stopped { try MemoryBudget.check(count: r, size: MemoryLayout<Int>.stride) }
        var indices: [Int]? = nil
        return PyIterator.native("itertools.combinations_with_replacement") { _ in
            if stopped { return nil }
            if var idx = indices {
                var i = r - 1
                while i >= 0 && idx[i] == n - 1 { i -= 1 }
                if i < 0 { stopped = true; return nil }
                let v = idx[i] + 1
                for j in i..<r { idx[j] = v }
                indices = idx
                return .object(PyTuple(idx.map { pool[$0] }))
            }
            indices = [Int](repeating: 0, count: r)
            return .object(PyTuple(r == 0 ? [] : [Value](repeating: pool[0], count: r)))
        }
    }

    static let permutations: PyType = makeType("permutations", doc: "Return successive r-length permutations of elements in the iterable.") { vm, cls, args, kw in
        let a = try bind("permutations", args, kw, ["iterable", "r"], required: 1)
        let pool = try vm.iterateSized(a[0]!)
        let n = pool.count
        var r = n
        if let rv = a[1], !rv.isNone {
            guard smallInt(rv) != nil || { if case .object(let o) = rv, o.kind == .bigInt { return true }; return false }() else {
                throw PyError.typeError("Expected int as r")
            }
            r = try vm.ssizeArg(rv)
        }
        if r < 0 { throw PyError.valueError("r must be non-negative") }
        var stopped = r > n
        // indices: a permutation of 0..<n whose first r give the tuple;
        // cycles[i]: how many more choices position i has.
        var indices = Array(0..<n)
        var cycles = stopped ? [] : Array(stride(from: n, to: n - r, by: -1))
        var started = false
        return PyIterator.native("itertools.permutations") { _ in
            if stopped { return nil }
            if started {
                if n == 0 { stopped = true; return nil }
                var i = r - 1
                while i >= 0 {
                    cycles[i] -= 1
                    if cycles[i] == 0 {
                        let moved = indices.remove(at: i)
                        indices.append(moved)
                        cycles[i] = n - i
                        i -= 1
                    } else {
                        let j = cycles[i]
                        indices.swapAt(i, n - j)
                        break
                    }
                }
                if i < 0 { stopped = true; return nil }
            }
            started = true
            return .object(PyTuple((0..<r).map { pool[indices[$0]] }))
        }
    }
}
