import Foundation  // NFKC normalization of non-ASCII identifiers

// Identifiers, keywords and string prefixes, and the character classes the
// tokenizer uses (CPython's is_potential_identifier_start and friends).

extension TokenScanner {
    mutating func scanNameOrPrefixedString() throws {
        var sawB = false, sawR = false, sawU = false, sawF = false
        var c = char(pos)
        while true {
            if !(sawB || sawU || sawF) && (c == "b" || c == "B") {
                sawB = true
            } else if !(sawB || sawU || sawR || sawF) && (c == "u" || c == "U") {
                sawU = true
            } else if !(sawR || sawU) && (c == "r" || c == "R") {
                sawR = true
            } else if !(sawF || sawB || sawU) && (c == "f" || c == "F") {
                sawF = true
            } else {
                break
            }
            pos += 1
            c = char(pos)
            if c == "\"" || c == "'" {
                if sawF {
                    try startFString(raw: sawR)
                } else {
                    try scanString()
                }
                return
            }
        }
        var nonASCII = false
        while c.isPythonIdentifierChar {
            if c.value >= 128 { nonASCII = true }
            pos += 1
            c = char(pos)
        }
        if nonASCII { try verifyIdentifier() }
        let name = text.text(tokenStart, pos)
        if pos - tokenStart <= 8 && pythonKeywords.contains(name) {
            emit(.keyword, name)
        } else {
            // Identifiers are compared after NFKC normalization (PEP 3131).
            emit(.name, nonASCII ? name.precomposedStringWithCompatibilityMapping : name)
        }
    }

    /// Non-ASCII identifiers must be XID_Start XID_Continue*.
    mutating func verifyIdentifier() throws {
        for i in tokenStart..<pos {
            let scalar = chars[i]
            let valid = i == tokenStart
                ? (scalar == "_" || scalar.properties.isXIDStart)
                : scalar.properties.isXIDContinue
            if !valid {
                pos = i + 1
                let hex = scalar.codePointHex
                if scalar.isPythonPrintable {
                    throw error("invalid character '\(scalar)' (U+\(hex))")
                }
                throw error("invalid non-printable character U+\(hex)")
            }
        }
    }
}

// MARK: - Character classes

extension Unicode.Scalar {
    var isASCIIDigit: Bool { value >= 48 && value <= 57 }

    var isASCIIHexDigit: Bool {
        isASCIIDigit || (value >= 97 && value <= 102) || (value >= 65 && value <= 70)
    }

    /// The value of a hex digit (0 for anything else).
    var asciiHexValue: Int {
        switch value {
        case 48...57: return Int(value - 48)
        case 97...102: return Int(value - 87)
        case 65...70: return Int(value - 55)
        default: return 0
        }
    }

    /// CPython's is_potential_identifier_start: letters, '_', any non-ASCII.
    var isPythonIdentifierStart: Bool {
        (value >= 97 && value <= 122) || (value >= 65 && value <= 90) || value == 95 || value >= 128
    }

    var isPythonIdentifierChar: Bool { isPythonIdentifierStart || isASCIIDigit }

    /// CPython's Py_UNICODE_ISPRINTABLE.
    var isPythonPrintable: Bool {
        if self == " " { return true }
        switch properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    /// Upper-case hex with at least four digits, as in "U+20AC".
    var codePointHex: String {
        let digits = String(value, radix: 16, uppercase: true)
        return digits.count >= 4 ? digits : repeatString("0", count: 4 - digits.count) + digits
    }
}
