// Values of number and string tokens: integer bases and big integers,
// floats, imaginary numbers, string prefixes and escape sequences. Escape
// errors are worded as CPython's codecs word them, including the byte
// positions CPython computes.

extension PEGParser {
    // MARK: - Numbers

    func numberConstant(_ text: String) -> Constant {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 where byte != UInt8(ascii: "_") {
            bytes.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)  // ASCII lowercase
        }
        let lower = String(decoding: bytes, as: UTF8.self)
        if lower.hasSuffix("j") {
            return .imaginary(Double(String(lower.dropLast())) ?? 0)
        }
        if lower.hasPrefix("0x") { return integerConstant(String(lower.dropFirst(2)), radix: 16) }
        if lower.hasPrefix("0o") { return integerConstant(String(lower.dropFirst(2)), radix: 8) }
        if lower.hasPrefix("0b") { return integerConstant(String(lower.dropFirst(2)), radix: 2) }
        if lower.contains(".") || lower.contains("e") {
            return .float(Double(lower) ?? 0)
        }
        return integerConstant(lower, radix: 10)
    }

    /// A NUMBER token's value; a decimal literal over sys.get_int_max_str_digits()
    /// is CPython's SyntaxError (on the token's line, no caret).
    func numberLiteral(_ token: Token) throws -> Constant {
        let text = token.text
        let limit = IntStrDigits.limit
        if limit > 0 && text.utf8.count > limit {
            var digits = 0
            var decimal = true
            for (i, b) in text.utf8.enumerated() {
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
                case UInt8(ascii: "_"): break
                case UInt8(ascii: "x"), UInt8(ascii: "X"), UInt8(ascii: "o"), UInt8(ascii: "O"), UInt8(ascii: "b"), UInt8(ascii: "B"):
                    decimal = false
                default: decimal = false  // a float, an imaginary number
                }
                if !decimal { break }
            }
            if decimal && digits > limit {
                throw SyntaxErrorInfo(message: "Exceeds the limit (\(limit) digits) for integer string conversion: value has \(digits) digits; "
                                        + "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals "
                                        + "to avoid decimal conversion limits.",
                                      filename: filename, line: token.line, column: nil, sourceLine: source.line(token.line))
            }
        }
        return numberConstant(text)
    }

    /// `.int` when it fits, otherwise `.bigInt` with the decimal digits.
    func integerConstant(_ digits: String, radix: Int) -> Constant {
        if let value = Int(digits, radix: radix) { return .int(value) }
        // Base 10^9 limbs, least significant first.
        var limbs: [UInt64] = [0]
        for scalar in digits.unicodeScalars {
            guard let digit = Int(String(scalar), radix: radix) else { continue }
            var carry = UInt64(digit)
            for k in 0..<limbs.count {
                let value = limbs[k] * UInt64(radix) + carry
                limbs[k] = value % 1_000_000_000
                carry = value / 1_000_000_000
            }
            while carry > 0 {
                limbs.append(carry % 1_000_000_000)
                carry /= 1_000_000_000
            }
        }
        var text = String(limbs[limbs.count - 1])
        for limb in limbs.dropLast().reversed() {
            let part = String(limb)
            text += repeatString("0", count: 9 - part.count) + part
        }
        return .bigInt(text)
    }

    // MARK: - Strings

    /// The value of a STRING token (prefix, quotes and escapes handled).
    mutating func stringConstant(_ token: Token) throws -> Expr {
        let scalars = source.scalars[token.startOffset..<token.endOffset]
        var i = token.startOffset
        var isBytes = false, isRaw = false
        while i < token.endOffset && scalars[i] != "'" && scalars[i] != "\"" {
            switch scalars[i] {
            case "b", "B": isBytes = true
            case "r", "R": isRaw = true
            default: break
            }
            i += 1
        }
        guard i < token.endOffset else { return Expr(.constant(.string("")), token.range) }
        let quote = scalars[i]
        let quoteSize = token.endOffset - i >= 6 && scalars[i + 1] == quote && scalars[i + 2] == quote ? 3 : 1
        let bodyStart = min(i + quoteSize, token.endOffset)
        let bodyEnd = max(bodyStart, token.endOffset - quoteSize)
        if !isBytes && (isRaw || !scalars[bodyStart..<bodyEnd].contains("\\")) {
            return Expr(.constant(.string(source.text(bodyStart, bodyEnd))), token.range)
        }
        let body = Array(scalars[bodyStart..<bodyEnd])
        if isBytes {
            if body.contains(where: { $0.value >= 128 }) {
                throw errorKnownLocation(token, "bytes can only contain ASCII literal characters")
            }
            let bytes = isRaw ? body.map { UInt8($0.value) } : try decodeBytes(body, token)
            return Expr(.constant(.bytes(bytes)), token.range)
        }
        return Expr(.constant(.string(try decodeEscapes(body, at: token.range))), token.range)
    }

    /// Decodes the escapes of f-string literal text.
    mutating func decodeText(_ text: String, at range: SourceRange) throws -> String {
        try decodeEscapes(Array(text.unicodeScalars), at: range)
    }

    /// Python's unicode-escape decoding of a str literal's body.
    mutating func decodeEscapes(_ body: [Unicode.Scalar], at range: SourceRange) throws -> String {
        var out = String.UnicodeScalarView()
        // CPython first rewrites non-ASCII characters as \U escapes (10
        // bytes each); error positions count bytes of that rewritten text.
        var position = 0
        var i = 0
        func unicodeError(_ start: Int, _ end: Int, _ reason: String) -> SyntaxErrorInfo {
            errorKnownLocation(range, "(unicode error) 'unicodeescape' codec can't decode bytes in position \(start)-\(end - 1): \(reason)")
        }
        while i < body.count {
            let c = body[i]
            if c != "\\" {
                out.append(c)
                position += c.value < 128 ? 1 : 10
                i += 1
                continue
            }
            let escapeStart = position
            guard i + 1 < body.count else {
                out.append("\\")  // a trailing backslash stands for itself
                break
            }
            let next = body[i + 1]
            position += next.value < 128 ? 2 : 6
            i += 2
            switch next {
            case "\n": break
            case "\\", "'", "\"": out.append(next)
            case "a": out.append("\u{07}")
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "v": out.append("\u{0B}")
            case "0"..."7":
                var value = next.value - 48
                var count = 1
                while count < 3 && i < body.count && body[i].value >= 48 && body[i].value <= 55 {
                    value = value * 8 + body[i].value - 48
                    i += 1
                    position += 1
                    count += 1
                }
                out.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            case "x", "u", "U":
                let count = next == "x" ? 2 : (next == "u" ? 4 : 8)
                var value: UInt32 = 0
                for _ in 0..<count {
                    guard i < body.count, body[i].isASCIIHexDigit else {
                        let reason = next == "x" ? "truncated \\xXX escape"
                            : (next == "u" ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape")
                        throw unicodeError(escapeStart, position, reason)
                    }
                    value = value * 16 + UInt32(body[i].asciiHexValue)
                    i += 1
                    position += 1
                }
                if value >= 0xD800 && value <= 0xDFFF {
                    // Valid Python, but a Swift String cannot hold it.
                    noteUnsupported(at: range, "lone surrogates in strings are")
                    out.append("\u{FFFD}")
                    continue
                }
                guard let scalar = Unicode.Scalar(value), value <= 0x10FFFF else {
                    throw unicodeError(escapeStart, position, "illegal Unicode character")
                }
                out.append(scalar)
            case "N":
                guard i < body.count, body[i] == "{" else {
                    throw unicodeError(escapeStart, position, "malformed \\N character escape")
                }
                var close = i + 1
                while close < body.count && body[close] != "}" { close += 1 }
                guard close < body.count else {
                    throw unicodeError(escapeStart, position + (body.count - i), "malformed \\N character escape")
                }
                var nameView = String.UnicodeScalarView()
                nameView.append(contentsOf: body[(i + 1)..<close])
                let characterName = String(nameView)
                position += close + 1 - i
                i = close + 1
                guard !characterName.isEmpty else {
                    throw unicodeError(escapeStart, position - 1, "malformed \\N character escape")
                }
                guard let scalar = unicodeScalarNamed(characterName) else {
                    throw unicodeError(escapeStart, position, "unknown Unicode character name")
                }
                out.append(scalar)
            default:
                // Not an escape: kept as written, with CPython's warning.
                out.append("\\")
                out.append(next)
                if next.value >= 128 { position += 4 }
                noteInvalidEscape(next, at: range, offset: i)
            }
        }
        return String(out)
    }

    /// "invalid escape sequence '\d'", once per place in the source.
    mutating func noteInvalidEscape(_ letter: Unicode.Scalar, at range: SourceRange, offset: Int) {
        let place = "\(range.line):\(range.column):\(offset)"
        guard !syntaxWarningPlaces.contains(place) else { return }
        syntaxWarningPlaces.insert(place)
        syntaxWarnings.append((range.line, "invalid escape sequence '\\\(Character(letter))'"))
    }

    /// Escapes of a bytes literal (all ASCII).
    mutating func decodeBytes(_ body: [Unicode.Scalar], _ token: Token) throws -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < body.count {
            let c = body[i]
            if c != "\\" || i + 1 >= body.count {
                out.append(UInt8(c.value))
                i += 1
                continue
            }
            let next = body[i + 1]
            i += 2
            switch next {
            case "\n": break
            case "\\", "'", "\"": out.append(UInt8(next.value))
            case "a": out.append(7)
            case "b": out.append(8)
            case "f": out.append(12)
            case "n": out.append(10)
            case "r": out.append(13)
            case "t": out.append(9)
            case "v": out.append(11)
            case "0"..."7":
                var value = next.value - 48
                var count = 1
                while count < 3 && i < body.count && body[i].value >= 48 && body[i].value <= 55 {
                    value = value * 8 + body[i].value - 48
                    i += 1
                    count += 1
                }
                out.append(UInt8(value & 0xFF))
            case "x":
                if i + 1 < body.count, body[i].isASCIIHexDigit, body[i + 1].isASCIIHexDigit {
                    out.append(UInt8(body[i].asciiHexValue * 16 + body[i + 1].asciiHexValue))
                    i += 2
                } else {
                    throw errorKnownLocation(token, "(value error) invalid \\x escape at position \(i - 2)")
                }
            default:
                out.append(UInt8(ascii: "\\"))
                out.append(UInt8(next.value))
                noteInvalidEscape(next, at: token.range, offset: i)
            }
        }
        return out
    }
}

/// The character called `name` (as in "\N{BULLET}"), matched without regard
/// to case, by searching the Unicode names the standard library knows.
func unicodeScalarNamed(_ name: String) -> Unicode.Scalar? {
    let wanted = name.uppercased()
    let ranges: [ClosedRange<UInt32>] = [0x20...0xD7FF, 0xE000...0x3FFFF, 0xE0000...0xE01EF]
    for range in ranges {
        for value in range {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties
            if properties.name == wanted || properties.nameAlias == wanted { return scalar }
        }
    }
    return nil
}
