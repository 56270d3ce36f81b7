// str.split on ASCII text, straight from the UTF-8 bytes: the general
// split (StringSplit.swift) works on an array of Unicode scalars, which a
// freshly built string has to decode first. nil: not ASCII (the caller
// takes the general path). Same results as pySplit by construction: the
// same whitespace test, byte positions equal to code point positions.

func asciiSplit(_ s: String, sep: String?, maxsplit: Int) -> [String]? {
    var text = s
    var separator = sep ?? ""
    return text.withUTF8 { b -> [String]? in
        for c in b where c >= 0x80 { return nil }
        return separator.withUTF8 { sp -> [String]? in
            for c in sp where c >= 0x80 { return nil }
            if sep != nil && sp.isEmpty { return nil }  // the general path raises
            let limit = maxsplit < 0 ? Int.max : maxsplit
            var result: [String] = []
            let n = b.count
            func piece(_ i: Int, _ j: Int) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: b[i..<j]), as: UTF8.self)
            }
            if sep == nil {
                var i = 0
                var splits = 0
                while true {
                    while i < n && pyIsSpace(Unicode.Scalar(b[i])) { i += 1 }
                    if i == n { break }
                    if splits == limit {
                        result.append(piece(i, n))
                        break
                    }
                    let j = i
                    while i < n && !pyIsSpace(Unicode.Scalar(b[i])) { i += 1 }
                    result.append(piece(j, i))
                    splits += 1
                }
                return result
            }
            let m = sp.count
            let first = sp[0]
            var start = 0
            var splits = 0
            var i = 0
            while splits < limit && i + m <= n {
                if b[i] == first {
                    var k = 1
                    while k < m && b[i + k] == sp[k] { k += 1 }
                    if k == m {
                        result.append(piece(start, i))
                        i += m
                        start = i
                        splits += 1
                        continue
                    }
                }
                i += 1
            }
            result.append(piece(start, n))
            return result
        }
    }
}
