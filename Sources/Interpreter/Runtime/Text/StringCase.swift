// Case conversion with Python's full (SpecialCasing) mappings:
// 'ß'.upper() == 'SS', 'ﬁ'.title() == 'Fi', and the Greek final sigma rule
// in lower(), as CPython implements it.
//
// API:
//   pyUpper(_ s: String) -> String, pyLower, pyCasefold, pyTitle,
//   pyCapitalize, pySwapcase
//   pyIsUpperString(_:) / pyIsLowerString(_:) / pyIsTitleString(_:)  (str.isupper etc.)

public func pyUpper(_ s: String) -> String {
    if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.uppercased() }
    var out = ScalarWriter()
    for c in s.unicodeScalars { appendUpper(c, &out) }
    return out.string
}

public func pyLower(_ s: String) -> String {
    if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.lowercased() }
    let scalars = Array(s.unicodeScalars)
    var out = ScalarWriter()
    for i in scalars.indices { appendLower(scalars, i, &out) }
    return out.string
}

public func pyCasefold(_ s: String) -> String {
    if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.lowercased() }
    var out = ScalarWriter()
    for c in s.unicodeScalars { appendCasefold(c, &out) }
    return out.string
}

/// str.title(): a cased character following a cased one is lowered, any
/// other is title-cased.
public func pyTitle(_ s: String) -> String {
    let scalars = Array(s.unicodeScalars)
    var out = ScalarWriter()
    var previousCased = false
    for i in scalars.indices {
        let c = scalars[i]
        if previousCased {
            appendLower(scalars, i, &out)
        } else {
            appendTitle(c, &out)
        }
        previousCased = pyIsCased(c)
    }
    return out.string
}

/// str.capitalize(): first character title-cased, the rest lowered.
public func pyCapitalize(_ s: String) -> String {
    let scalars = Array(s.unicodeScalars)
    var out = ScalarWriter()
    for i in scalars.indices {
        if i == 0 { appendTitle(scalars[i], &out) } else { appendLower(scalars, i, &out) }
    }
    return out.string
}

public func pySwapcase(_ s: String) -> String {
    let scalars = Array(s.unicodeScalars)
    var out = ScalarWriter()
    for i in scalars.indices {
        let c = scalars[i]
        if pyIsUpper(c) {
            appendLower(scalars, i, &out)
        } else if pyIsLower(c) {
            appendUpper(c, &out)
        } else {
            out.append(c)
        }
    }
    return out.string
}

/// str.isupper(): some cased character and no lowercase or titlecase ones.
public func pyIsUpperString(_ s: String) -> Bool {
    var cased = false
    for c in s.unicodeScalars {
        if pyIsLower(c) || pyIsTitle(c) { return false }
        if !cased && pyIsUpper(c) { cased = true }
    }
    return cased
}

public func pyIsLowerString(_ s: String) -> Bool {
    var cased = false
    for c in s.unicodeScalars {
        if pyIsUpper(c) || pyIsTitle(c) { return false }
        if !cased && pyIsLower(c) { cased = true }
    }
    return cased
}

/// str.istitle(): upper/titlecase only after uncased, lowercase only after cased.
public func pyIsTitleString(_ s: String) -> Bool {
    var cased = false
    var previousCased = false
    for c in s.unicodeScalars {
        if pyIsUpper(c) || pyIsTitle(c) {
            if previousCased { return false }
            previousCased = true
            cased = true
        } else if pyIsLower(c) {
            if !previousCased { return false }
            previousCased = true
            cased = true
        } else {
            previousCased = false
        }
    }
    return cased
}

// MARK: - Per-character mappings

private func appendMapping(_ c: Unicode.Scalar, _ mapped: String, _ out: inout ScalarWriter) {
    // Characters, or mappings onto characters, that Unicode 15.1 lacks map to themselves.
    if isNewerThanPython(c) || mapped.unicodeScalars.contains(where: isNewerThanPython) {
        out.append(c)
    } else {
        out.append(contentsOf: mapped.unicodeScalars)
    }
}

private func appendUpper(_ c: Unicode.Scalar, _ out: inout ScalarWriter) {
    if c.isASCII {
        out.append(c.value >= 0x61 && c.value <= 0x7A ? Unicode.Scalar(c.value - 32) ?? c : c)
        return
    }
    appendMapping(c, c.properties.uppercaseMapping, &out)
}

private func appendTitle(_ c: Unicode.Scalar, _ out: inout ScalarWriter) {
    if c.isASCII {
        appendUpper(c, &out)
        return
    }
    appendMapping(c, c.properties.titlecaseMapping, &out)
}

private func appendCasefold(_ c: Unicode.Scalar, _ out: inout ScalarWriter) {
    if let special = casefoldExceptions[c.value] {
        out.append(contentsOf: special.unicodeScalars)
        return
    }
    if c.isASCII {
        out.append(c.value >= 0x41 && c.value <= 0x5A ? Unicode.Scalar(c.value + 32) ?? c : c)
        return
    }
    appendMapping(c, c.properties.lowercaseMapping, &out)
}

/// Lowercase of scalars[i], applying the final-sigma rule to U+03A3.
private func appendLower(_ scalars: [Unicode.Scalar], _ i: Int, _ out: inout ScalarWriter) {
    let c = scalars[i]
    if c.isASCII {
        out.append(c.value >= 0x41 && c.value <= 0x5A ? Unicode.Scalar(c.value + 32) ?? c : c)
        return
    }
    if c.value == 0x03A3 {
        out.append(isFinalSigma(scalars, i) ? "\u{03C2}" : "\u{03C3}")
        return
    }
    appendMapping(c, c.properties.lowercaseMapping, &out)
}

/// CPython's handle_capital_sigma: preceded by a cased letter and not
/// followed by one, skipping case-ignorable characters both ways.
private func isFinalSigma(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
    var j = i - 1
    while j >= 0 && pyIsCaseIgnorable(s[j]) { j -= 1 }
    let before = j >= 0 && pyIsCased(s[j])
    if !before { return false }
    j = i + 1
    while j < s.count && pyIsCaseIgnorable(s[j]) { j += 1 }
    let after = j < s.count && pyIsCased(s[j])
    return !after
}
