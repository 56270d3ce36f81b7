// Numeric literals, following CPython's tokenizer step by step so that the
// errors ("invalid decimal literal", "invalid digit '8' in octal literal",
// leading zeros ...) carry the same positions. The token keeps its source
// text; the parser turns it into a value.

extension TokenScanner {
    mutating func scanNumber() throws {
        if char(pos) == "." {
            pos += 1
            try scanFraction()
            return
        }
        if char(pos) == "0" {
            pos += 1
            let c = char(pos)
            if c == "x" || c == "X" {
                pos += 1
                try scanRadixDigits(isValid: { $0.isASCIIHexDigit }, kind: "hexadecimal", checkDecimalDigits: false)
            } else if c == "o" || c == "O" {
                pos += 1
                try scanRadixDigits(isValid: { $0.value >= 48 && $0.value <= 55 }, kind: "octal", checkDecimalDigits: true)
            } else if c == "b" || c == "B" {
                pos += 1
                try scanRadixDigits(isValid: { $0 == "0" || $0 == "1" }, kind: "binary", checkDecimalDigits: true)
            } else {
                try scanAfterLeadingZero()
            }
            emit(.number)
            return
        }
        try scanDecimalTail()
        if char(pos) == "." {
            pos += 1
            try scanFraction()
            return
        }
        try scanExponentAndImaginary()
    }

    /// `0x`, `0o`, `0b` literals after the prefix.
    mutating func scanRadixDigits(isValid: (Unicode.Scalar) -> Bool, kind: String, checkDecimalDigits: Bool) throws {
        repeat {
            if char(pos) == "_" { pos += 1 }
            let c = char(pos)
            if !isValid(c) {
                if checkDecimalDigits && c.isASCIIDigit {
                    pos += 1
                    throw error("invalid digit '\(c)' in \(kind) literal")
                }
                throw error("invalid \(kind) literal")
            }
            while isValid(char(pos)) { pos += 1 }
        } while char(pos) == "_"
        if checkDecimalDigits && char(pos).isASCIIDigit {
            let c = char(pos)
            pos += 1
            throw error("invalid digit '\(c)' in \(kind) literal")
        }
        try verifyEndOfNumber(kind)
    }

    /// `0`, `00`, `0_0`, `0.5`, `0e1`, `0j`; `0123` is an error.
    mutating func scanAfterLeadingZero() throws {
        while true {
            if char(pos) == "_" {
                pos += 1
                if !char(pos).isASCIIDigit { throw error("invalid decimal literal") }
            }
            if char(pos) != "0" { break }
            pos += 1
        }
        let zerosEnd = pos
        var nonZero = false
        if char(pos).isASCIIDigit {
            nonZero = true
            try scanDecimalTail()
        }
        let c = char(pos)
        if c == "." {
            pos += 1
            try scanFraction(emitting: false)
        } else if c == "e" || c == "E" || c == "j" || c == "J" {
            try scanExponentAndImaginary(emitting: false)
        } else if nonZero {
            throw error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        line: tokenLine, column: column(tokenStart, lineStart: tokenLineOffset),
                        endColumn: column(zerosEnd + 1, lineStart: lineOffset) - 1)
        } else {
            try verifyEndOfNumber("decimal")
        }
    }

    /// Digits with single underscores between them.
    mutating func scanDecimalTail() throws {
        while true {
            while char(pos).isASCIIDigit { pos += 1 }
            if char(pos) != "_" { return }
            pos += 1
            if !char(pos).isASCIIDigit { throw error("invalid decimal literal") }
        }
    }

    /// After the decimal point.
    mutating func scanFraction(emitting: Bool = true) throws {
        if char(pos).isASCIIDigit { try scanDecimalTail() }
        try scanExponentAndImaginary(emitting: emitting)
    }

    mutating func scanExponentAndImaginary(emitting: Bool = true) throws {
        var c = char(pos)
        if c == "e" || c == "E" {
            pos += 1
            c = char(pos)
            if c == "+" || c == "-" {
                pos += 1
                if !char(pos).isASCIIDigit { throw error("invalid decimal literal") }
            } else if !c.isASCIIDigit {
                // `1else`, `1e`: the 'e' is not part of the number.
                pos -= 1
                try verifyEndOfNumber("decimal")
                if emitting { emit(.number) }
                return
            }
            try scanDecimalTail()
        }
        if char(pos) == "j" || char(pos) == "J" {
            pos += 1
            try verifyEndOfNumber("imaginary")
        } else {
            try verifyEndOfNumber("decimal")
        }
        if emitting { emit(.number) }
    }

    /// A number may not run into an identifier (`1abc`), except for the
    /// keywords that can legally follow one (`1if x else y`), which CPython
    /// only warns about.
    func verifyEndOfNumber(_ kind: String) throws {
        let c = char(pos)
        var keywordFollows = false
        switch c {
        case "a": keywordFollows = lookahead("nd")
        case "e": keywordFollows = lookahead("lse")
        case "f": keywordFollows = lookahead("or")
        case "i":
            let c2 = char(pos + 1)
            keywordFollows = c2 == "f" || c2 == "n" || c2 == "s"
        case "o": keywordFollows = lookahead("r")
        case "n": keywordFollows = lookahead("ot")
        default: break
        }
        if keywordFollows { return }
        if c.value < 128 && c.isPythonIdentifierChar {
            throw error("invalid \(kind) literal")
        }
    }

    /// Whether `rest` follows the current character as a whole word.
    func lookahead(_ rest: String) -> Bool {
        var i = pos + 1
        for expected in rest.unicodeScalars {
            if char(i) != expected { return false }
            i += 1
        }
        return !char(i).isPythonIdentifierChar
    }
}
