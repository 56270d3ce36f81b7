// str slicing without the code point array when the string is ASCII (one
// byte per code point): the slice is a copy of a byte range, where the
// general path builds the string's scalar array and appends scalar by
// scalar. Text-processing code slices constantly (s[:20], line[i:j]).

extension PyStr {
    /// One byte per code point (the count of code points is cached after the first len()).
    @inline(__always) var isASCII: Bool { length == value.utf8.count }

    /// The code points start..<start+count of an ASCII string.
    func asciiSubstring(_ start: Int, _ count: Int) -> PyStr {
        if count == 0 { return PyStr("", length: 0) }
        if let s = value.utf8.withContiguousStorageIfAvailable({ buf in
            String(decoding: UnsafeBufferPointer(rebasing: buf[start..<(start + count)]), as: UTF8.self)
        }) {
            return PyStr(s, length: count)
        }
        let u = value.utf8
        let a = u.index(u.startIndex, offsetBy: start), b = u.index(a, offsetBy: count)
        return PyStr(String(value[a..<b]), length: count)
    }
}

extension VM {
    /// `s[slice]` for a str.
    func strSlice(_ s: PyStr, _ sl: PySlice) throws -> PyStr {
        let (start, _, step, length) = try sliceIndices(sl, count: s.length)
        if length == 0 { return PyStr("", length: 0) }
        if step == 1 && s.isASCII { return s.asciiSubstring(start, length) }
        let sc = s.scalars
        if step == 1 { return PyStr.fromScalars(sc[start..<(start + length)]) }
        var out = [Unicode.Scalar]()
        out.reserveCapacity(length)
        var i = start
        for _ in 0..<length { out.append(sc[i]); i &+= step }
        return PyStr.fromScalars(out)
    }
}
