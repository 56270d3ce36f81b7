// sorted() / list.sort on keys that are all of one exact built-in kind
// (str, float, or tuples of str/int/float/None-free plain values), compared
// without the rich-comparison protocol, after CPython's unsafe_latin_compare,
// unsafe_float_compare and unsafe_tuple_compare. No user code can run in
// such a comparison, so the order of comparisons is unobservable and the
// standard library's sort (stabilised by the index) may do them.

enum SortKeyOrder {
    /// How one key compares to another without dispatch; nil when some key
    /// needs the general protocol.
    enum Kind { case str, float, tuple }

    static func kind(of keys: [Value]) -> Kind? {
        guard case .object(let first)? = keys.first else {
            if case .float? = keys.first { return keys.allSatisfy(isOrderedFloat) ? .float : nil }
            return nil
        }
        if first.hasUserClass { return nil }
        switch first.kind {
        case .str:
            return keys.allSatisfy { if case .object(let o) = $0, o.kind == .str, !o.hasUserClass { return true }; return false } ? .str : nil
        case .tuple:
            return keys.allSatisfy(isPlainTuple) ? .tuple : nil
        default:
            return nil
        }
    }

    /// NaN compares false both ways, which makes the outcome depend on the
    /// algorithm: leave it to the general sort.
    private static func isOrderedFloat(_ v: Value) -> Bool {
        if case .float(let d) = v { return !d.isNaN }
        return false
    }

    /// A tuple whose items are plain ints, non-NaN floats, exact strs or such
    /// tuples: comparing two never calls Python code.
    private static func isPlainTuple(_ v: Value) -> Bool {
        guard case .object(let o) = v, o.kind == .tuple, !o.hasUserClass else { return false }
        return unsafeDowncast(o, to: PyTuple.self).items.allSatisfy(isPlainItem)
    }

    private static func isPlainItem(_ v: Value) -> Bool {
        switch v {
        case .int: return true
        case .float(let d): return !d.isNaN
        case .object(let o):
            if o.hasUserClass { return false }
            if o.kind == .str { return true }
            return o.kind == .tuple && isPlainTuple(v)
        default: return false
        }
    }

    /// -1, 0, 1 for two plain items, or nil when their types do not order
    /// (str against int...): the general path then raises CPython's TypeError.
    static func comparePlain(_ a: Value, _ b: Value) -> Int? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.float(let x), .float(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.object(let x), .object(let y)):
            if x.kind == .str && y.kind == .str {
                return PyStr.compareText(unsafeDowncast(x, to: PyStr.self), unsafeDowncast(y, to: PyStr.self))
            }
            if x.kind == .tuple && y.kind == .tuple {
                return compareTuples(unsafeDowncast(x, to: PyTuple.self).items, unsafeDowncast(y, to: PyTuple.self).items)
            }
            return nil
        default:
            // int against float: exact for ints within 2**53, else not handled here.
            if case .int(let x) = a, case .float(let y) = b, x.magnitude <= 1 << 53 {
                let d = Double(x); return d < y ? -1 : (d > y ? 1 : 0)
            }
            if case .float(let x) = a, case .int(let y) = b, y.magnitude <= 1 << 53 {
                let d = Double(y); return x < d ? -1 : (x > d ? 1 : 0)
            }
            return nil
        }
    }

    static func compareTuples(_ a: [Value], _ b: [Value]) -> Int? {
        let n = min(a.count, b.count)
        var i = 0
        while i < n {
            guard let c = comparePlain(a[i], b[i]) else { return nil }
            if c != 0 { return c }
            i += 1
        }
        return a.count < b.count ? -1 : (a.count > b.count ? 1 : 0)
    }
}

extension VM {
    /// The indices of `keys` in sorted order (stable), when every key is of
    /// one plain kind; nil to use the general comparison sort.
    func plainKeyOrder(_ keys: [Value]) -> [Int]? {
        guard keys.count > 1, let kind = SortKeyOrder.kind(of: keys) else { return nil }
        var idx = Array(0..<keys.count)
        switch kind {
        case .str:
            let strs = keys.map { unsafeDowncast($0.asObject!, to: PyStr.self) }
            idx.sort { a, b in
                let c = PyStr.compareText(strs[a], strs[b])
                return c != 0 ? c < 0 : a < b
            }
        case .float:
            let ds = keys.map { if case .float(let d) = $0 { return d }; return 0 }
            idx.sort { a, b in ds[a] != ds[b] ? ds[a] < ds[b] : a < b }
        case .tuple:
            let ts = keys.map { unsafeDowncast($0.asObject!, to: PyTuple.self).items }
            // A pair of items that do not order (1 against 'a') anywhere: the
            // general sort, which raises the TypeError, instead.
            var unordered = false
            idx.sort { a, b in
                guard let c = SortKeyOrder.compareTuples(ts[a], ts[b]) else { unordered = true; return a < b }
                return c != 0 ? c < 0 : a < b
            }
            if unordered { return nil }
        }
        return idx
    }
}
