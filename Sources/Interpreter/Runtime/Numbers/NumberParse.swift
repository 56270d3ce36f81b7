// float(str) and int(str, base) with CPython's grammar and error messages.
//
// API:
//   pyParseFloat(_ s: String) throws -> Double
//       surrounding whitespace, '_' between digits, any-script decimal digits,
//       inf/infinity/nan in any case with a sign. Out of range gives +-inf.
//   pyParseInt(_ s: String, base: Int = 10, maxDigits: Int = IntStrDigits.limit) throws -> BigInt
//       base 0 or 2...36, prefixes 0x/0o/0b, '_' separators, whitespace, sign.
//       maxDigits is sys.get_int_max_str_digits() (0 = no limit).
// Both throw PyLibError.valueError with CPython's message.

/// Python's own view of the text: whitespace trimmed, non-ASCII decimal
/// digits turned into ASCII ones and any other non-ASCII character into '?'
/// (so it fails to parse), as _PyUnicode_TransformDecimalAndSpaceToASCII does.
private func asciiNumberText(_ s: String) -> [UInt8] {
    var bytes: [UInt8] = []
    var trailingSpaces = 0
    for c in s.unicodeScalars {
        if pyIsSpace(c) {
            if bytes.isEmpty { continue }
            trailingSpaces += 1
            bytes.append(UInt8(ascii: " "))
            continue
        }
        trailingSpaces = 0
        if c.isASCII {
            bytes.append(UInt8(c.value))
        } else if let d = pyDecimalValue(c) {
            bytes.append(UInt8(ascii: "0") + UInt8(d))
        } else {
            bytes.append(UInt8(ascii: "?"))
        }
    }
    bytes.removeLast(trailingSpaces)
    return bytes
}

@inline(__always) private func isDigit(_ c: UInt8) -> Bool {
    c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")
}

public func pyParseFloat(_ s: String) throws -> Double {
    // Built only when thrown: the repr costs more than parsing a number.
    var fail: PyLibError { PyLibError.value("could not convert string to float: \(pyStringRepr(s))") }
    var text = asciiNumberText(s)
    if text.contains(UInt8(ascii: "_")) {
        // Underscores only between digits, then dropped.
        var cleaned: [UInt8] = []
        var prev: UInt8 = 0
        for c in text {
            if c == UInt8(ascii: "_") {
                if !isDigit(prev) { throw fail }
            } else {
                if prev == UInt8(ascii: "_") && !isDigit(c) { throw fail }
                cleaned.append(c)
            }
            prev = c
        }
        if prev == UInt8(ascii: "_") { throw fail }
        text = cleaned
    }
    var i = 0
    var negative = false
    if i < text.count && (text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-")) {
        negative = text[i] == UInt8(ascii: "-")
        i += 1
    }
    let rest = String(decoding: text[i...], as: UTF8.self).lowercased()
    if rest == "inf" || rest == "infinity" { return negative ? -.infinity : .infinity }
    if rest == "nan" { return negative ? -.nan : .nan }
    // digits [. digits] [e [sign] digits], with at least one mantissa digit.
    var mantissaDigits = 0
    while i < text.count && isDigit(text[i]) { i += 1; mantissaDigits += 1 }
    if i < text.count && text[i] == UInt8(ascii: ".") {
        i += 1
        while i < text.count && isDigit(text[i]) { i += 1; mantissaDigits += 1 }
    }
    if mantissaDigits == 0 { throw fail }
    if i < text.count && (text[i] == UInt8(ascii: "e") || text[i] == UInt8(ascii: "E")) {
        i += 1
        if i < text.count && (text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-")) { i += 1 }
        var exponentDigits = 0
        while i < text.count && isDigit(text[i]) { i += 1; exponentDigits += 1 }
        if exponentDigits == 0 { throw fail }
    }
    if i != text.count { throw fail }
    // The text is now plain decimal, which Swift's parser rounds correctly.
    guard let value = Double(String(decoding: text, as: UTF8.self)) else { throw fail }
    return value
}

public func pyParseInt(_ s: String, base: Int = 10, maxDigits: Int = IntStrDigits.limit) throws -> BigInt {
    guard base == 0 || (2...36).contains(base) else {
        throw PyLibError.value("int() base must be >= 2 and <= 36, or 0")
    }
    if base == 10, let v = plainDecimal(s) { return BigInt(v) }
    // CPython truncates the repr in this message to 200 characters. Built
    // only when thrown: the repr costs more than parsing a number.
    var fail: PyLibError { PyLibError.value("invalid literal for int() with base \(base): \(String(pyStringRepr(s).unicodeScalars.prefix(200)))") }
    let text = asciiNumberText(s)
    var i = 0
    var negative = false
    if i < text.count && (text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-")) {
        negative = text[i] == UInt8(ascii: "-")
        i += 1
    }
    func at(_ k: Int) -> UInt8 { k < text.count ? text[k] | 0x20 : 0 }  // lowercased letter
    var radix = base
    var onlyZeroAllowed = false
    if radix == 0 {
        if i < text.count && text[i] != UInt8(ascii: "0") {
            radix = 10
        } else if at(i + 1) == UInt8(ascii: "x") {
            radix = 16
        } else if at(i + 1) == UInt8(ascii: "o") {
            radix = 8
        } else if at(i + 1) == UInt8(ascii: "b") {
            radix = 2
        } else {
            // Old C-style octal: only zeros are still valid.
            onlyZeroAllowed = true
            radix = 10
        }
    }
    if i < text.count && text[i] == UInt8(ascii: "0") {
        let p = at(i + 1)
        if (radix == 16 && p == UInt8(ascii: "x")) || (radix == 8 && p == UInt8(ascii: "o"))
            || (radix == 2 && p == UInt8(ascii: "b")) {
            i += 2
            if i < text.count && text[i] == UInt8(ascii: "_") { i += 1 }  // one allowed after a prefix
        }
    }
    // Digits with single underscores between them.
    var digits: [UInt8] = []
    var prevUnderscore = true  // a leading underscore is an error too
    while i < text.count {
        let c = text[i]
        if c == UInt8(ascii: "_") {
            if prevUnderscore { throw fail }
            prevUnderscore = true
        } else if let d = BigInt.digitValue(c), d < radix {
            digits.append(c)
            prevUnderscore = false
        } else {
            break
        }
        i += 1
    }
    if digits.isEmpty || prevUnderscore || i != text.count { throw fail }
    if onlyZeroAllowed && digits.contains(where: { $0 != UInt8(ascii: "0") }) { throw fail }
    if maxDigits > 0 && radix & (radix - 1) != 0 && digits.count > maxDigits {
        throw PyLibError.value("Exceeds the limit (\(maxDigits) digits) for integer string conversion: value has \(digits.count) digits; use sys.set_int_max_str_digits() to increase the limit")
    }
    guard let mag = BigInt.parseMagnitude(digits[...], radix: radix) else { throw fail }
    return BigInt(limbs: mag, negative: negative)
}

/// int(s) for the common case: an optional sign and 1 to 18 ASCII digits,
/// nothing else (no spaces, no underscores); nil sends it to the full parse.
private func plainDecimal(_ s: String) -> Int? {
    var text = s
    return text.withUTF8 { b -> Int? in
        var i = 0
        var negative = false
        if b.count > 0 && (b[0] == UInt8(ascii: "-") || b[0] == UInt8(ascii: "+")) {
            negative = b[0] == UInt8(ascii: "-")
            i = 1
        }
        let digits = b.count - i
        guard digits >= 1 && digits <= 18 else { return nil }
        var v = 0
        while i < b.count {
            let d = Int(b[i]) - 48
            guard d >= 0 && d <= 9 else { return nil }
            v = v * 10 + d  // at most 18 digits: no overflow
            i += 1
        }
        return negative ? -v : v
    }
}
