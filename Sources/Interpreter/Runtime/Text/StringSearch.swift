// Substring search with Python's slice-style start/end handling. Indices
// are code points; the subject is the runtime's [Unicode.Scalar] array.
//
// API:
//   pyAdjustIndices(start: Int?, end: Int?, length: Int) -> (start: Int, end: Int)
//   pyFind(_ s: [Unicode.Scalar], _ sub: [Unicode.Scalar], start: Int? = nil, end: Int? = nil) -> Int    -1 if absent
//   pyRFind(...) -> Int
//   pyIndex(...) throws -> Int, pyRIndex(...) throws -> Int    ValueError "substring not found"
//   pyCount(_ s:, _ sub:, start:, end:) -> Int
//   pyStartsWith(_ s:, _ prefix:, start:, end:) -> Bool, pyEndsWith(...)   (one prefix; tuples are the caller's loop)
//   pyContains(_ s: [Unicode.Scalar], _ sub: [Unicode.Scalar]) -> Bool
// String overloads of pyFind/pyRFind/pyCount convert and call these.

/// Python's ADJUST_INDICES: negative values count from the end, then clamp.
public func pyAdjustIndices(start: Int?, end: Int?, length: Int) -> (start: Int, end: Int) {
    var e = end ?? length
    if e > length {
        e = length
    } else if e < 0 {
        e += length
        if e < 0 { e = 0 }
    }
    var s = start ?? 0
    if s < 0 {
        s += length
        if s < 0 { s = 0 }
    }
    return (s, e)
}

/// First match of sub in s[from..<to], or -1.
func firstMatch(_ s: [Unicode.Scalar], _ sub: [Unicode.Scalar], from: Int, to: Int) -> Int {
    let n = sub.count
    if n == 0 { return from <= to ? from : -1 }
    if to - from < n { return -1 }
    let first = sub[0]
    var i = from
    let last = to - n
    while i <= last {
        if s[i] == first {
            var k = 1
            while k < n && s[i + k] == sub[k] { k += 1 }
            if k == n { return i }
        }
        i += 1
    }
    return -1
}

/// Last match of sub in s[from..<to], or -1.
func lastMatch(_ s: [Unicode.Scalar], _ sub: [Unicode.Scalar], from: Int, to: Int) -> Int {
    let n = sub.count
    if n == 0 { return from <= to ? to : -1 }
    if to - from < n { return -1 }
    var i = to - n
    while i >= from {
        if s[i] == sub[0] {
            var k = 1
            while k < n && s[i + k] == sub[k] { k += 1 }
            if k == n { return i }
        }
        i -= 1
    }
    return -1
}

public func pyFind(_ s: [Unicode.Scalar], _ sub: [Unicode.Scalar], start: Int? = nil, end: Int? = nil) -> Int {
    let (a, b) = pyAdjustIndices(start: start, end: end, length: s.count)
    if a > s.count { return -1 }
    return firstMatch(s, sub, from: a, to: b)
}

public func pyRFind(_ s: [Unicode.Scalar], _ sub: [Unicode.Scalar], start: Int? = nil, end: Int? = nil) -> Int {
    let (a, b) = pyAdjustIndices(start: start, end: end, length: s.count)
    if a > s.count { return -1 }
    return lastMatch(s, sub, from: a, to: b)
}

public func pyIndex(_ s: [Unicode.Scalar], _ sub: [Unicode.Scalar], start: Int? = nil, end: Int? = nil) throws -> Int {
    let i = pyFind(s, sub, start: start, end: end)
    if i < 0 { throw PyLibError.value("substring not found") }
    return i
}

public func pyRIndex(_ s: [Unicode.Scalar], _ sub: [Unicode.Scalar], start: Int? = nil, end: Int? = nil) throws -> Int {
    let i = pyRFind(s, sub, start: start, end: end)
    if i < 0 { throw PyLibError.value("substring not found") }
    return i
}

/// Non-overlapping occurrences; an empty sub matches between every character.
public func pyCount(_ s: [Unicode.Scalar], _ sub: [Unicode.Scalar], start: Int? = nil, end: Int? = nil) -> Int {
    let (a, b) = pyAdjustIndices(start: start, end: end, length: s.count)
    if a > s.count || b < a { return 0 }
    if sub.isEmpty { return b - a + 1 }
    var count = 0
    var i = a
    while true {
        let j = firstMatch(s, sub, from: i, to: b)
        if j < 0 { break }
        count += 1
        i = j + sub.count
    }
    return count
}

public func pyStartsWith(_ s: [Unicode.Scalar], _ prefix: [Unicode.Scalar], start: Int? = nil, end: Int? = nil) -> Bool {
    let (a, b) = pyAdjustIndices(start: start, end: end, length: s.count)
    if a > s.count || b - a < prefix.count { return false }
    for k in 0..<prefix.count where s[a + k] != prefix[k] { return false }
    return true
}

public func pyEndsWith(_ s: [Unicode.Scalar], _ suffix: [Unicode.Scalar], start: Int? = nil, end: Int? = nil) -> Bool {
    let (a, b) = pyAdjustIndices(start: start, end: end, length: s.count)
    if a > s.count || b - a < suffix.count { return false }
    let base = b - suffix.count
    for k in 0..<suffix.count where s[base + k] != suffix[k] { return false }
    return true
}

public func pyContains(_ s: [Unicode.Scalar], _ sub: [Unicode.Scalar]) -> Bool {
    firstMatch(s, sub, from: 0, to: s.count) >= 0
}

public func pyFind(_ s: String, _ sub: String, start: Int? = nil, end: Int? = nil) -> Int {
    pyFind(Array(s.unicodeScalars), Array(sub.unicodeScalars), start: start, end: end)
}

public func pyRFind(_ s: String, _ sub: String, start: Int? = nil, end: Int? = nil) -> Int {
    pyRFind(Array(s.unicodeScalars), Array(sub.unicodeScalars), start: start, end: end)
}

public func pyCount(_ s: String, _ sub: String, start: Int? = nil, end: Int? = nil) -> Int {
    pyCount(Array(s.unicodeScalars), Array(sub.unicodeScalars), start: start, end: end)
}
