// Splitting, partitioning, replacing and stripping with Python's rules.
//
// API (subject as [Unicode.Scalar], pieces returned as String):
//   pySplit(_ s:, sep: [Unicode.Scalar]?, maxsplit: Int = -1) throws -> [String]
//   pyRSplit(_ s:, sep:, maxsplit:) throws -> [String]       ValueError "empty separator"
//   pySplitLines(_ s:, keepends: Bool = false) -> [String]
//   pyPartition(_ s:, _ sep:) throws -> (String, String, String), pyRPartition(...)
//   pyReplace(_ s:, _ old:, _ new:, count: Int = -1) -> String
//   pyStrip(_ s:, chars: [Unicode.Scalar]? = nil) -> String, pyLStrip, pyRStrip
// String overloads: pySplit(_ s: String, sep: String?, maxsplit:), pyStrip(_ s: String, chars: String?).

@inline(__always)
private func text(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
    var v = ScalarWriter()
    v.append(contentsOf: s[a..<b])
    return v.string
}

public func pySplit(_ s: [Unicode.Scalar], sep: [Unicode.Scalar]?, maxsplit: Int = -1) throws -> [String] {
    let limit = maxsplit < 0 ? Int.max : maxsplit
    var result: [String] = []
    guard let sep else {
        // Whitespace mode: runs of whitespace separate, ends are ignored.
        var i = 0
        var splits = 0
        while true {
            while i < s.count && pyIsSpace(s[i]) { i += 1 }
            if i == s.count { break }
            if splits == limit {
                // The rest, with its trailing whitespace, is the last piece.
                result.append(text(s, i, s.count))
                break
            }
            let j = i
            while i < s.count && !pyIsSpace(s[i]) { i += 1 }
            result.append(text(s, j, i))
            splits += 1
        }
        return result
    }
    if sep.isEmpty { throw PyLibError.value("empty separator") }
    var start = 0
    var splits = 0
    while splits < limit {
        let j = firstMatch(s, sep, from: start, to: s.count)
        if j < 0 { break }
        result.append(text(s, start, j))
        start = j + sep.count
        splits += 1
    }
    result.append(text(s, start, s.count))
    return result
}

public func pyRSplit(_ s: [Unicode.Scalar], sep: [Unicode.Scalar]?, maxsplit: Int = -1) throws -> [String] {
    let limit = maxsplit < 0 ? Int.max : maxsplit
    var result: [String] = []
    guard let sep else {
        var i = s.count
        var splits = 0
        while true {
            while i > 0 && pyIsSpace(s[i - 1]) { i -= 1 }
            if i == 0 { break }
            if splits == limit {
                result.append(text(s, 0, i))
                break
            }
            let j = i
            while i > 0 && !pyIsSpace(s[i - 1]) { i -= 1 }
            result.append(text(s, i, j))
            splits += 1
        }
        return result.reversed()
    }
    if sep.isEmpty { throw PyLibError.value("empty separator") }
    var end = s.count
    var splits = 0
    while splits < limit {
        let j = lastMatch(s, sep, from: 0, to: end)
        if j < 0 { break }
        result.append(text(s, j + sep.count, end))
        end = j
        splits += 1
    }
    result.append(text(s, 0, end))
    return result.reversed()
}

public func pySplitLines(_ s: [Unicode.Scalar], keepends: Bool = false) -> [String] {
    var result: [String] = []
    var i = 0
    while i < s.count {
        let start = i
        while i < s.count && !pyIsLineBreak(s[i]) { i += 1 }
        var eol = i
        if i < s.count {
            // \r\n is one break.
            if s[i] == "\r" && i + 1 < s.count && s[i + 1] == "\n" { i += 2 } else { i += 1 }
            if keepends { eol = i }
        }
        result.append(text(s, start, eol))
    }
    return result
}

public func pyPartition(_ s: [Unicode.Scalar], _ sep: [Unicode.Scalar]) throws -> (String, String, String) {
    if sep.isEmpty { throw PyLibError.value("empty separator") }
    let j = firstMatch(s, sep, from: 0, to: s.count)
    if j < 0 { return (text(s, 0, s.count), "", "") }
    return (text(s, 0, j), text(sep, 0, sep.count), text(s, j + sep.count, s.count))
}

public func pyRPartition(_ s: [Unicode.Scalar], _ sep: [Unicode.Scalar]) throws -> (String, String, String) {
    if sep.isEmpty { throw PyLibError.value("empty separator") }
    let j = lastMatch(s, sep, from: 0, to: s.count)
    if j < 0 { return ("", "", text(s, 0, s.count)) }
    return (text(s, 0, j), text(sep, 0, sep.count), text(s, j + sep.count, s.count))
}

/// str.replace; count < 0 means all. An empty `old` inserts `new` before
/// every character and at the end.
public func pyReplace(_ s: [Unicode.Scalar], _ old: [Unicode.Scalar], _ new: [Unicode.Scalar], count: Int = -1) -> String {
    let limit = count < 0 ? Int.max : count
    var out = ScalarWriter()
    var done = 0
    if old.isEmpty {
        for c in s {
            if done < limit {
                out.append(contentsOf: new)
                done += 1
            }
            out.append(c)
        }
        if done < limit { out.append(contentsOf: new) }
        return out.string
    }
    var i = 0
    while done < limit {
        let j = firstMatch(s, old, from: i, to: s.count)
        if j < 0 { break }
        out.append(contentsOf: s[i..<j])
        out.append(contentsOf: new)
        i = j + old.count
        done += 1
    }
    out.append(contentsOf: s[i...])
    return out.string
}

private func stripBounds(_ s: [Unicode.Scalar], _ chars: [Unicode.Scalar]?, left: Bool, right: Bool) -> (Int, Int) {
    let strip: (Unicode.Scalar) -> Bool = chars.map { set in { set.contains($0) } } ?? pyIsSpace
    var a = 0
    var b = s.count
    if left { while a < b && strip(s[a]) { a += 1 } }
    if right { while b > a && strip(s[b - 1]) { b -= 1 } }
    return (a, b)
}

public func pyStrip(_ s: [Unicode.Scalar], chars: [Unicode.Scalar]? = nil) -> String {
    let (a, b) = stripBounds(s, chars, left: true, right: true)
    return text(s, a, b)
}

public func pyLStrip(_ s: [Unicode.Scalar], chars: [Unicode.Scalar]? = nil) -> String {
    let (a, b) = stripBounds(s, chars, left: true, right: false)
    return text(s, a, b)
}

public func pyRStrip(_ s: [Unicode.Scalar], chars: [Unicode.Scalar]? = nil) -> String {
    let (a, b) = stripBounds(s, chars, left: false, right: true)
    return text(s, a, b)
}

public func pySplit(_ s: String, sep: String?, maxsplit: Int = -1) throws -> [String] {
    try pySplit(Array(s.unicodeScalars), sep: sep.map { Array($0.unicodeScalars) }, maxsplit: maxsplit)
}

public func pyStrip(_ s: String, chars: String? = nil) -> String {
    pyStrip(Array(s.unicodeScalars), chars: chars.map { Array($0.unicodeScalars) })
}
