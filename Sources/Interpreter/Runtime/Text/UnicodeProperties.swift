// Per-code-point character classes with CPython's definitions
// (Objects/unicodectype.c), built on Swift's Unicode properties.
//
// API (all take a Unicode.Scalar):
//   pyIsSpace, pyIsAlpha, pyIsDecimal, pyIsDigit, pyIsNumeric, pyIsPrintable,
//   pyIsUpper, pyIsLower, pyIsTitle, pyIsCased, pyIsCaseIgnorable,
//   pyIsXIDStart, pyIsXIDContinue, pyIsLineBreak
//   pyDecimalValue(_:) -> Int?    value of a decimal digit (any script)
//
// CPython 3.13 uses Unicode 15.1; Swift's tables can be a version apart, so
// code points assigned after 15.1 are treated as unassigned.

/// str.isspace(): bidirectional class WS, B or S, or category Zs.
public func pyIsSpace(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A,
         0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
        return true
    default:
        return false
    }
}

/// Line boundaries used by str.splitlines().
public func pyIsLineBreak(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x0A...0x0D, 0x1C...0x1E, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
}

/// True for code points CPython 3.13 (Unicode 15.1) does not know about.
@inline(__always)
func isNewerThanPython(_ c: Unicode.Scalar) -> Bool {
    guard let age = c.properties.age else { return false }
    return age.major > 15 || (age.major == 15 && age.minor > 1)
}

public func pyIsAlpha(_ c: Unicode.Scalar) -> Bool {
    if c.isASCII {
        let v = c.value | 0x20
        return v >= 0x61 && v <= 0x7A
    }
    if isNewerThanPython(c) { return false }
    switch c.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
        return true
    default:
        return false
    }
}

public func pyIsDecimal(_ c: Unicode.Scalar) -> Bool {
    if c.isASCII { return c.value >= 0x30 && c.value <= 0x39 }
    if isNewerThanPython(c) { return false }
    return c.properties.numericType == .decimal
}

public func pyIsDigit(_ c: Unicode.Scalar) -> Bool {
    if c.isASCII { return c.value >= 0x30 && c.value <= 0x39 }
    if isNewerThanPython(c) { return false }
    let t = c.properties.numericType
    return t == .decimal || t == .digit
}

public func pyIsNumeric(_ c: Unicode.Scalar) -> Bool {
    if c.isASCII { return c.value >= 0x30 && c.value <= 0x39 }
    if isNewerThanPython(c) { return false }
    // Cuneiform numerals that only gained numeric values after Unicode 15.1.
    switch c.value {
    case 0x12038, 0x12039, 0x12079, 0x12226, 0x1222B, 0x1230B, 0x1230D, 0x12399: return false
    default: return c.properties.numericType != nil
    }
}

/// Value of a decimal digit in any script (what int() and float() accept).
public func pyDecimalValue(_ c: Unicode.Scalar) -> Int? {
    if c.isASCII {
        return c.value >= 0x30 && c.value <= 0x39 ? Int(c.value - 0x30) : nil
    }
    guard pyIsDecimal(c), let v = c.properties.numericValue else { return nil }
    return Int(v)
}

/// str.isprintable(): everything but categories Cc Cf Cs Co Cn Zl Zp Zs, except ' '.
public func pyIsPrintable(_ c: Unicode.Scalar) -> Bool {
    if c.isASCII { return c.value >= 0x20 && c.value < 0x7F }
    if isNewerThanPython(c) { return false }
    switch c.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned,
         .lineSeparator, .paragraphSeparator, .spaceSeparator:
        return false
    default:
        return true
    }
}

public func pyIsUpper(_ c: Unicode.Scalar) -> Bool {
    if c.isASCII { return c.value >= 0x41 && c.value <= 0x5A }
    if isNewerThanPython(c) { return false }
    return c.properties.isUppercase
}

public func pyIsLower(_ c: Unicode.Scalar) -> Bool {
    if c.isASCII { return c.value >= 0x61 && c.value <= 0x7A }
    if isNewerThanPython(c) { return false }
    if c.value == 0x0295 { return true }  // lost Lowercase in Unicode 16
    return c.properties.isLowercase
}

public func pyIsTitle(_ c: Unicode.Scalar) -> Bool {
    if c.isASCII { return false }
    return c.properties.generalCategory == .titlecaseLetter
}

public func pyIsCased(_ c: Unicode.Scalar) -> Bool {
    if c.isASCII { return pyIsAlpha(c) }
    if isNewerThanPython(c) { return false }
    return c.properties.isCased
}

public func pyIsCaseIgnorable(_ c: Unicode.Scalar) -> Bool {
    if isNewerThanPython(c) { return false }
    return c.properties.isCaseIgnorable
}

public func pyIsXIDStart(_ c: Unicode.Scalar) -> Bool {
    if c.isASCII { return pyIsAlpha(c) }
    if isNewerThanPython(c) { return false }
    return c.properties.isXIDStart
}

public func pyIsXIDContinue(_ c: Unicode.Scalar) -> Bool {
    if c.isASCII { return pyIsAlpha(c) || pyIsDecimal(c) || c == "_" }
    if isNewerThanPython(c) { return false }
    return c.properties.isXIDContinue
}
