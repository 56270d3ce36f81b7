// Sorting keys whose comparisons cannot run user code or fail: ints, strs,
// and tuples of those (the common `key=lambda w: (len(w), w)`), where every
// tuple position holds one kind across all keys. Such keys are totally
// ordered, so any stable sort gives timsort's result: sort positions by
// (key, position) with Swift's sort and a direct comparison, no richCompare.

extension TimSort {
    /// Element kinds of pure keys: int or str (floats are left to the
    /// general path: NaN is not totally ordered).
    private enum Scalar: UInt8 { case int, str }

    private static func scalar(_ v: Value) -> Scalar? {
        switch v {
        case .int: return .int
        case .object(let o) where o.kind == .str && !o.hasUserClass: return .str
        default: return nil
        }
    }

    /// The order of `keys` (positions, stable, reversed when asked), or nil
    /// when some key is not pure or two keys could compare unlike kinds.
    static func pureTupleOrder(_ keys: [Value], reverse: Bool) -> [Int]? {
        // Per tuple position, the one kind every key has there.
        var columns: [Scalar] = []
        for k in keys {
            guard case .object(let o) = k, o.kind == .tuple, !o.hasUserClass else { return nil }
            let items = unsafeDowncast(o, to: PyTuple.self).items
            for (i, x) in items.enumerated() {
                guard let s = scalar(x) else { return nil }
                if i < columns.count {
                    if columns[i] != s { return nil }
                } else {
                    columns.append(s)
                }
            }
        }
        // Flattened into trivial atoms (the keys keep the strs alive), so
        // the comparisons count no references.
        var atoms: [Atom] = []
        var starts = [Int](repeating: 0, count: keys.count + 1)
        for (i, k) in keys.enumerated() {
            starts[i] = atoms.count
            for x in unsafeDowncast(k.asObject!, to: PyTuple.self).items {
                switch x {
                case .int(let n): atoms.append(.int(n))
                case .object(let o): atoms.append(.str(Unmanaged.passUnretained(unsafeDowncast(o, to: PyStr.self))))
                default: return nil
                }
            }
        }
        starts[keys.count] = atoms.count
        var order = reverse ? Array((0..<keys.count).reversed()) : Array(0..<keys.count)
        var rank = [Int](repeating: 0, count: keys.count)
        for (position, index) in order.enumerated() { rank[index] = position }
        atoms.withUnsafeBufferPointer { a in
            starts.withUnsafeBufferPointer { st in
                rank.withUnsafeBufferPointer { rk in
                    order.sort { x, y in
                        let c = compareAtoms(a, st[x], st[x + 1], st[y], st[y + 1])
                        return c != 0 ? c < 0 : rk[x] < rk[y]
                    }
                }
            }
        }
        withExtendedLifetime(keys) {}
        if reverse { order.reverse() }
        return order
    }

    private enum Atom {
        case int(Int)
        case str(Unmanaged<PyStr>)
    }

    /// Three-way comparison of two pure tuples, atoms [x0, x1) and [y0, y1).
    @inline(__always)
    private static func compareAtoms(_ a: UnsafeBufferPointer<Atom>, _ x0: Int, _ x1: Int, _ y0: Int, _ y1: Int) -> Int {
        let n = min(x1 - x0, y1 - y0)
        var i = 0
        while i < n {
            let c: Int
            switch (a[x0 + i], a[y0 + i]) {
            case (.int(let p), .int(let q)): c = p < q ? -1 : (p > q ? 1 : 0)
            case (.str(let p), .str(let q)):
                c = p._withUnsafeGuaranteedRef { s in q._withUnsafeGuaranteedRef { t in PyStr.compareText(s, t) } }
            default: c = 0
            }
            if c != 0 { return c }
            i += 1
        }
        let lx = x1 - x0, ly = y1 - y0
        return lx < ly ? -1 : (lx > ly ? 1 : 0)
    }
}
