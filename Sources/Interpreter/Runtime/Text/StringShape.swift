// Padding, tab expansion and the str.isXXX() predicates.
//
// API (String in, String/Bool out; widths in code points):
//   pyCenter(_ s:, width:, fill: Unicode.Scalar = " ") -> String   (CPython's odd-width bias)
//   pyLJust(_ s:, width:, fill:), pyRJust(_ s:, width:, fill:), pyZFill(_ s:, width:)
//   pyExpandTabs(_ s:, tabsize: Int = 8) -> String
//   pyIsDigitString, pyIsDecimalString, pyIsNumericString, pyIsAlphaString,
//   pyIsAlnumString, pyIsSpaceString, pyIsPrintableString, pyIsAsciiString,
//   pyIsIdentifier   (pyIsUpperString/pyIsLowerString/pyIsTitleString are in StringCase.swift)

private func padded(_ s: String, _ left: Int, _ right: Int, _ fill: Unicode.Scalar) -> String {
    var out = ScalarWriter()
    out.append(contentsOf: repeatElement(fill, count: max(0, left)))
    out.append(contentsOf: s.unicodeScalars)
    out.append(contentsOf: repeatElement(fill, count: max(0, right)))
    return out.string
}

public func pyCenter(_ s: String, width: Int, fill: Unicode.Scalar = " ") -> String {
    let length = s.unicodeScalars.count
    if width <= length { return s }
    let margin = width - length
    // CPython puts the odd extra character on the left only when width is odd.
    let left = margin / 2 + (margin & width & 1)
    return padded(s, left, margin - left, fill)
}

public func pyLJust(_ s: String, width: Int, fill: Unicode.Scalar = " ") -> String {
    let length = s.unicodeScalars.count
    return width <= length ? s : padded(s, 0, width - length, fill)
}

public func pyRJust(_ s: String, width: Int, fill: Unicode.Scalar = " ") -> String {
    let length = s.unicodeScalars.count
    return width <= length ? s : padded(s, width - length, 0, fill)
}

/// Pads with zeros after a leading sign.
public func pyZFill(_ s: String, width: Int) -> String {
    let length = s.unicodeScalars.count
    if width <= length { return s }
    let zeros = repeatString("0", count: width - length)
    if let first = s.unicodeScalars.first, first == "+" || first == "-" {
        return String(first) + zeros + String(s.unicodeScalars.dropFirst())
    }
    return zeros + s
}

/// Tabs become spaces up to the next multiple of tabsize; the column restarts
/// after \n and \r. tabsize <= 0 removes tabs.
public func pyExpandTabs(_ s: String, tabsize: Int = 8) -> String {
    var out = ScalarWriter()
    var column = 0
    for c in s.unicodeScalars {
        if c == "\t" {
            if tabsize > 0 {
                let n = tabsize - column % tabsize
                out.append(contentsOf: repeatElement(" ", count: n))
                column += n
            }
        } else {
            out.append(c)
            column += 1
            if c == "\n" || c == "\r" { column = 0 }
        }
    }
    return out.string
}

private func allNonEmpty(_ s: String, _ test: (Unicode.Scalar) -> Bool) -> Bool {
    var any = false
    for c in s.unicodeScalars {
        if !test(c) { return false }
        any = true
    }
    return any
}

public func pyIsDigitString(_ s: String) -> Bool { allNonEmpty(s, pyIsDigit) }
public func pyIsDecimalString(_ s: String) -> Bool { allNonEmpty(s, pyIsDecimal) }
public func pyIsNumericString(_ s: String) -> Bool { allNonEmpty(s, pyIsNumeric) }
public func pyIsAlphaString(_ s: String) -> Bool { allNonEmpty(s, pyIsAlpha) }
public func pyIsSpaceString(_ s: String) -> Bool { allNonEmpty(s, pyIsSpace) }

public func pyIsAlnumString(_ s: String) -> Bool {
    allNonEmpty(s) { pyIsAlpha($0) || pyIsDecimal($0) || pyIsDigit($0) || pyIsNumeric($0) }
}

/// Empty strings are printable.
public func pyIsPrintableString(_ s: String) -> Bool { s.unicodeScalars.allSatisfy(pyIsPrintable) }

public func pyIsAsciiString(_ s: String) -> Bool { s.utf8.allSatisfy { $0 < 0x80 } }

/// str.isidentifier(): XID_Start or '_' first, XID_Continue after.
public func pyIsIdentifier(_ s: String) -> Bool {
    var first = true
    for c in s.unicodeScalars {
        if first {
            if !(pyIsXIDStart(c) || c == "_") { return false }
            first = false
        } else if !pyIsXIDContinue(c) {
            return false
        }
    }
    return !first
}
