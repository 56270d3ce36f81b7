// dict.keys() and dict.items() are set-like: -, &, |, ^ take any iterable on
// either side and give a set, as CPython's dictviews_sub/_and/_or/_xor do
// (`keys - [..]`, `[..] - keys`, `items & {...}`). dict.values() is not.

extension VM {
    /// The set operation of a keys/items view with `other`; nil when neither
    /// operand is such a view or `op` is not a set operator.
    func dictViewBinary(_ l: Value, _ r: Value, _ op: BinaryOperator) throws -> Value? {
        guard op == .sub || op == .bitAnd || op == .bitOr || op == .bitXor else { return nil }
        guard setLikeView(l) != nil || setLikeView(r) != nil else { return nil }
        switch op {
        case .sub:
            // set(left).difference_update(right)
            let result = try setOfOperand(l)
            for x in try iterate(r) { _ = try result.remove(x, vm: self) }
            return .object(result)
        case .bitOr:
            let result = try setOfOperand(l)
            for x in try iterate(r) { try result.add(x, vm: self) }
            return .object(result)
        case .bitXor:
            // set(left).symmetric_difference_update(set(right))
            let result = try setOfOperand(l)
            let other = PySet()
            for x in try iterate(r) { try other.add(x, vm: self) }
            for x in other.elements {
                if try result.contains(x, vm: self) { _ = try result.remove(x, vm: self) } else { try result.add(x, vm: self) }
            }
            return .object(result)
        default:
            return .object(try dictViewIntersection(l, r))
        }
    }

    func setLikeView(_ v: Value) -> PyDictView? {
        guard case .object(let o) = v, let view = o as? PyDictView, view.mode != .values else { return nil }
        return view
    }

    /// set(operand): a keys view is read straight from its dict.
    private func setOfOperand(_ v: Value) throws -> PySet {
        let s = PySet()
        if let view = setLikeView(v), view.mode == .keys {
            for k in view.dict.keys { try s.add(k, vm: self) }
            return s
        }
        for x in try iterate(v) { try s.add(x, vm: self) }
        return s
    }

    /// CPython's _PyDictView_Intersect: the view goes left; against a set at
    /// least as large, set.intersection(view); otherwise the other operand
    /// (or the larger of two views) is walked and kept where the view has it.
    private func dictViewIntersection(_ l: Value, _ r: Value) throws -> PySet {
        var (view, other) = setLikeView(l) != nil ? (l, r) : (r, l)
        let result = PySet()
        let viewCount = setLikeView(view)!.dict.count
        if case .object(let o) = other, o.kind == .set, !o.hasUserClass {
            let s = unsafeDowncast(o, to: PySet.self)
            if viewCount <= s.count {
                for x in try iterate(view) where try s.contains(x, vm: self) { try result.add(x, vm: self) }
                return result
            }
        }
        if let ov = setLikeView(other), ov.dict.count > viewCount { swap(&view, &other) }
        for x in try iterate(other) where try contains(view, x) { try result.add(x, vm: self) }
        return result
    }
}

extension VM {
    /// dictview_richcompare: a keys/items view against a set, frozenset or
    /// another such view compares as sets (by size and containment); nil
    /// for any other pairing.
    func dictViewCompare(_ l: Value, _ r: Value, _ op: CompareOperator) throws -> Bool? {
        func setLike(_ v: Value) -> Bool {
            guard case .object(let o) = v else { return false }
            if o.kind == .set || o.kind == .frozenset { return true }
            if let view = o as? PyDictView { return view.mode != .values }
            return false
        }
        guard setLikeView(l) != nil || setLikeView(r) != nil, setLike(l), setLike(r) else { return nil }
        let nl = try length(l), nr = try length(r)
        func contained(_ a: Value, in b: Value) throws -> Bool {
            for x in try iterate(a) where !(try contains(b, x)) { return false }
            return true
        }
        switch op {
        case .eq: return try nl == nr && contained(l, in: r)
        case .notEq: return try !(nl == nr && contained(l, in: r))
        case .lt: return try nl < nr && contained(l, in: r)
        case .ltE: return try nl <= nr && contained(l, in: r)
        case .gt: return try nl > nr && contained(r, in: l)
        case .gtE: return try nl >= nr && contained(r, in: l)
        default: return nil
        }
    }
}
