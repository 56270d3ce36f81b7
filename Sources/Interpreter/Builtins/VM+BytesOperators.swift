// bytes/bytearray in the VM's operators: comparison, concatenation,
// repetition, membership and item assignment.

extension VM {
    /// bytes/bytearray operators: ==, ordering, +, *, in.
    func bytesCompare(_ a: PyBytes, _ b: PyBytes, _ op: CompareOperator) -> Bool {
        let x = a.bytes, y = b.bytes
        if op == .eq { return x == y }
        if op == .notEq { return x != y }
        var c = 0
        for (p, q) in zip(x, y) where p != q { c = p < q ? -1 : 1; break }
        if c == 0 { c = x.count < y.count ? -1 : (x.count > y.count ? 1 : 0) }
        return orderResult(c, op)
    }

    /// b[i] = v, b[i:j] = iterable, del b[i] / b[i:j] on a bytearray.
    func bytearraySetItem(_ b: PyBytes, _ k: Value, _ v: Value?) throws {
        if case .object(let so) = k, so.kind == .slice {
            let s = unsafeDowncast(so, to: PySlice.self)
            var values: [UInt8] = []
            if let v {
                if let bb = BytesMethods.bytesLike(v) { values = bb } else if case .int = v {
                    throw PyError.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
                } else {
                    for x in try iterate(v) { values.append(try BytesMethods.byteValue(self, x)) }
                }
            }
            let (start, stop, step, length) = try sliceIndices(s, count: b.bytes.count)
            if step == 1 {
                let lo = min(start, b.bytes.count), hi = min(max(start, stop), b.bytes.count)
                b.bytes.replaceSubrange(lo..<hi, with: values)
                return
            }
            if v == nil {
                var remove = Set<Int>()
                var i = start
                for _ in 0..<length { remove.insert(i); i += step }
                b.bytes = b.bytes.enumerated().filter { !remove.contains($0.offset) }.map { $0.element }
                return
            }
            if values.count != length {
                throw PyError.valueError("attempt to assign bytes of size \(values.count) to extended slice of size \(length)")
            }
            var i = start
            for x in values where i >= 0 && i < b.bytes.count { b.bytes[i] = x; i += step }
            return
        }
        guard let big = try indexBig(k) else {
            throw PyError.typeError("bytearray indices must be integers or slices, not \(typeOf(k).name)")
        }
        let byte: UInt8? = try v.map { try BytesMethods.byteValue(self, $0) }
        let n = b.bytes.count
        guard var i = big.asInt else { throw PyError.indexError("cannot fit 'int' into an index-sized integer") }
        if i < 0 { i += n }
        guard i >= 0 && i < b.bytes.count else {
            throw PyError.indexError(v == nil ? "bytearray index out of range" : "bytearray index out of range")
        }
        if let byte { b.bytes[i] = byte } else { b.bytes.remove(at: i) }
    }
}

extension String {
    func leftPad(_ n: Int) -> String { count >= n ? self : repeatString("0", count: n - count) + self }
}
