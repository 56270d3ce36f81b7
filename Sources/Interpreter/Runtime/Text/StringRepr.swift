// repr() of str and bytes, and ascii(), as CPython writes them.
//
// API:
//   pyStringRepr(_ s: String) -> String      repr(str)
//   pyStringAscii(_ s: String) -> String     ascii(str): repr with non-ASCII escaped
//   pyBytesRepr(_ b: [UInt8]) -> String      repr(bytes), e.g. b'a\x00'
//   pyAsciiEscape(_ s: String) -> String     ascii() of any repr text (escapes non-ASCII only)

public func pyStringRepr(_ s: String) -> String {
    stringRepr(s, asciiOnly: false)
}

public func pyStringAscii(_ s: String) -> String {
    stringRepr(s, asciiOnly: true)
}

/// ascii(obj) == repr(obj) with non-ASCII characters escaped; this does the escaping.
public func pyAsciiEscape(_ s: String) -> String {
    var out = ScalarWriter()
    for c in s.unicodeScalars {
        if c.isASCII { out.append(c) } else { appendEscape(c, &out) }
    }
    return out.string
}

/// Single quotes unless the text has a single quote and no double quote.
private func stringRepr(_ s: String, asciiOnly: Bool) -> String {
    var hasSingle = false
    var hasDouble = false
    for u in s.utf8 {
        if u == UInt8(ascii: "'") { hasSingle = true } else if u == UInt8(ascii: "\"") { hasDouble = true }
    }
    let quote: Unicode.Scalar = hasSingle && !hasDouble ? "\"" : "'"
    var out = ScalarWriter()
    out.append(quote)
    for c in s.unicodeScalars {
        switch c {
        case quote, "\\":
            out.append("\\")
            out.append(c)
        case "\n": out.append(contentsOf: "\\n".unicodeScalars)
        case "\r": out.append(contentsOf: "\\r".unicodeScalars)
        case "\t": out.append(contentsOf: "\\t".unicodeScalars)
        default:
            if c.isASCII {
                if c.value < 0x20 || c.value == 0x7F { appendEscape(c, &out) } else { out.append(c) }
            } else if asciiOnly || !pyIsPrintable(c) {
                appendEscape(c, &out)
            } else {
                out.append(c)
            }
        }
    }
    out.append(quote)
    return out.string
}

/// \xhh, \uhhhh or \Uhhhhhhhh, lowercase hex, by the size of the code point.
private func appendEscape(_ c: Unicode.Scalar, _ out: inout ScalarWriter) {
    let v = c.value
    let (prefix, width): (String, Int) = v < 0x100 ? ("\\x", 2) : (v < 0x10000 ? ("\\u", 4) : ("\\U", 8))
    out.append(contentsOf: prefix.unicodeScalars)
    appendHex(v, width: width, &out)
}

private func appendHex(_ v: UInt32, width: Int, _ out: inout ScalarWriter) {
    let digits = Array("0123456789abcdef".unicodeScalars)
    var shift = (width - 1) * 4
    while shift >= 0 {
        out.append(digits[Int((v >> UInt32(shift)) & 0xF)])
        shift -= 4
    }
}

public func pyBytesRepr(_ b: [UInt8]) -> String {
    let hasSingle = b.contains(UInt8(ascii: "'"))
    let hasDouble = b.contains(UInt8(ascii: "\""))
    let quote = hasSingle && !hasDouble ? UInt8(ascii: "\"") : UInt8(ascii: "'")
    let hex = Array("0123456789abcdef".utf8)
    var out: [UInt8] = [UInt8(ascii: "b"), quote]
    out.reserveCapacity(b.count + 3)
    for c in b {
        switch c {
        case quote, UInt8(ascii: "\\"):
            out.append(UInt8(ascii: "\\"))
            out.append(c)
        case UInt8(ascii: "\t"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
        case UInt8(ascii: "\n"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
        case UInt8(ascii: "\r"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
        default:
            if c < 0x20 || c >= 0x7F {
                out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "x"), hex[Int(c >> 4)], hex[Int(c & 0xF)]])
            } else {
                out.append(c)
            }
        }
    }
    out.append(quote)
    return String(decoding: out, as: UTF8.self)
}
