// format(value, spec) for int, float and str, following CPython's
// Python/formatter_unicode.c (format_long_internal, format_float_internal,
// format_string_internal, calc_number_widths, fill_number).
//
// API:
//   pyFormatInt(_ v: BigInt, _ spec: String, typeName: String = "int") throws -> String
//   pyFormatInt(_ v: Int, _ spec: String, typeName: String = "int") throws -> String
//   pyFormatFloat(_ v: Double, _ spec: String, typeName: String = "float") throws -> String
//   pyFormatString(_ s: String, _ spec: String, typeName: String = "str") throws -> String
//   maxStrDigits (int formats in base 10): CPython's 4300-digit limit, 0 = none.
// An empty spec means str(value); for bool and subclasses the caller must
// produce str(obj) itself before calling these.

public func pyFormatInt(_ v: Int, _ spec: String, typeName: String = "int") throws -> String {
    if spec.isEmpty { return String(v) }
    return try pyFormatInt(BigInt(v), spec, typeName: typeName)
}

public func pyFormatInt(_ v: BigInt, _ spec: String, typeName: String = "int",
                        maxStrDigits: Int = IntStrDigits.limit) throws -> String {
    if spec.isEmpty { return try v.decimalString(maxDigits: maxStrDigits) }
    let f = try FormatSpec.parse(spec, typeName: typeName, defaultType: "d", defaultAlign: ">")
    switch f.type {
    case "b", "c", "d", "o", "x", "X", "n":
        break
    case "e", "E", "f", "F", "g", "G", "%":
        return try formatFloat(try v.pyToDouble(), f)
    default:
        throw unknownFormatCode(f.type ?? "d", typeName)
    }
    if f.precision != nil { throw PyLibError.value("Precision not allowed in integer format specifier") }
    if f.noNegativeZero {
        throw PyLibError.value("Negative zero coercion (z) not allowed in integer format specifier")
    }
    if f.type == "c" {
        if f.sign != nil { throw PyLibError.value("Sign not allowed with integer format specifier 'c'") }
        if f.alternate {
            throw PyLibError.value("Alternate form (#) not allowed with integer format specifier 'c'")
        }
        guard let code = v.asInt, code >= 0, code <= 0x10FFFF else {
            throw PyLibError.overflow("%c arg not in range(0x110000)")
        }
        // A lone surrogate cannot live in a Swift String; U+FFFD stands in.
        let ch = Unicode.Scalar(UInt32(code)) ?? "\u{FFFD}"
        return layoutNumber(sign: nil, prefix: [], digits: [], remainder: [ch], hasDecimal: false, f)
    }
    let radix: Int
    var prefix: String = ""
    switch f.type {
    case "b": radix = 2; prefix = "0b"
    case "o": radix = 8; prefix = "0o"
    case "x": radix = 16; prefix = "0x"
    case "X": radix = 16; prefix = "0X"
    default: radix = 10
    }
    let text = radix == 10 ? try v.magnitude.decimalString(maxDigits: maxStrDigits)
                           : v.magnitude.toString(radix: radix, uppercase: f.type == "X")
    if f.sign != "+" && f.sign != " " && f.width == nil && f.grouping == .none {
        // Nothing to pad, sign or group.
        return (v.isNegative ? "-" : "") + (f.alternate ? prefix : "") + text
    }
    return layoutNumber(sign: v.isNegative ? "-" : nil,
                        prefix: f.alternate ? Array(prefix.unicodeScalars) : [],
                        digits: Array(text.unicodeScalars), remainder: [], hasDecimal: false, f)
}

public func pyFormatFloat(_ v: Double, _ spec: String, typeName: String = "float") throws -> String {
    if spec.isEmpty { return pyFloatRepr(v) }
    let f = try FormatSpec.parse(spec, typeName: typeName, defaultType: nil, defaultAlign: ">")
    switch f.type {
    case nil, "e", "E", "f", "F", "g", "G", "n", "%":
        return try formatFloat(v, f)
    default:
        throw unknownFormatCode(f.type ?? " ", typeName)
    }
}

/// format_float_internal: the float text, then sign, padding and grouping.
private func formatFloat(_ value: Double, _ f: FormatSpec) throws -> String {
    var code: FloatCode
    var uppercase = false
    var addDotZero = false
    var defaultPrecision = 6
    var val = value
    var percent = false
    switch f.type {
    case nil:
        // Like repr() without a precision, else like 'g' keeping a ".0".
        code = .repr
        addDotZero = true
        defaultPrecision = 0
    case "e": code = .exponent
    case "E": code = .exponent; uppercase = true
    case "f": code = .fixed
    case "F": code = .fixed; uppercase = true
    case "G": code = .general; uppercase = true
    case "%": code = .fixed; val *= 100; percent = true
    default: code = .general  // 'g' and 'n'
    }
    var precision = defaultPrecision
    if let p = f.precision {
        if p > Int(Int32.max) { throw PyLibError.value("precision too big") }
        precision = p
        if code == .repr { code = .general }
    }
    let text = pyFormatDouble(val, code: code, precision: precision, uppercase: uppercase,
                              addDotZero: addDotZero, alternate: f.alternate,
                              noNegativeZero: f.noNegativeZero)
    if f.sign != "+" && f.sign != " " && f.width == nil && f.type != "n" && f.grouping == .none {
        // Nothing to pad, sign or group: the text is the answer.
        return percent ? text + "%" : text
    }
    var chars = Array(text.unicodeScalars)
    if percent { chars.append("%") }
    var sign: Unicode.Scalar?
    if chars.first == "-" {
        sign = "-"
        chars.removeFirst()
    }
    // Leading digits are grouped; the rest (point, fraction, exponent) is copied.
    var n = 0
    while n < chars.count && chars[n].value >= 0x30 && chars[n].value <= 0x39 { n += 1 }
    let hasDecimal = n < chars.count && chars[n] == "."
    let rest = Array(chars[(hasDecimal ? n + 1 : n)...])
    return layoutNumber(sign: sign, prefix: [], digits: Array(chars[..<n]), remainder: rest,
                        hasDecimal: hasDecimal, f)
}

public func pyFormatString(_ s: String, _ spec: String, typeName: String = "str") throws -> String {
    if spec.isEmpty { return s }
    let f = try FormatSpec.parse(spec, typeName: typeName, defaultType: "s", defaultAlign: "<")
    if f.type != "s" { throw unknownFormatCode(f.type ?? " ", typeName) }
    if let sign = f.sign {
        throw PyLibError.value(sign == " " ? "Space not allowed in string format specifier"
                                           : "Sign not allowed in string format specifier")
    }
    if f.noNegativeZero {
        throw PyLibError.value("Negative zero coercion (z) not allowed in string format specifier")
    }
    if f.alternate { throw PyLibError.value("Alternate form (#) not allowed in string format specifier") }
    if f.align == "=" { throw PyLibError.value("'=' alignment not allowed in string format specifier") }
    var chars = Array(s.unicodeScalars)
    if let p = f.precision, chars.count > p { chars.removeLast(chars.count - p) }
    let width = f.width ?? -1
    let padding = max(0, width - chars.count)
    if padding == 0 { return chars.count == s.unicodeScalars.count ? s : String(String.UnicodeScalarView(chars)) }
    let (left, right) = split(padding, f.align)
    var out = ScalarWriter()
    out.append(contentsOf: repeatElement(f.fill, count: left))
    out.append(contentsOf: chars)
    out.append(contentsOf: repeatElement(f.fill, count: right))
    return out.string
}

/// Padding before and after for an alignment ('=' handled by callers).
private func split(_ padding: Int, _ align: Unicode.Scalar) -> (Int, Int) {
    switch align {
    case "<": return (0, padding)
    case "^": return (padding / 2, padding - padding / 2)
    default: return (padding, 0)
    }
}

/// calc_number_widths + fill_number:
///   <lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>
/// With fill '0' and '=' alignment the zero padding becomes part of the
/// grouped digits, so separators run through it.
func layoutNumber(sign rawSign: Unicode.Scalar?, prefix: [Unicode.Scalar],
                          digits: [Unicode.Scalar], remainder: [Unicode.Scalar],
                          hasDecimal: Bool, _ f: FormatSpec) -> String {
    var sign: Unicode.Scalar?
    switch f.sign {
    case "+": sign = rawSign == "-" ? "-" : "+"
    case " ": sign = rawSign == "-" ? "-" : " "
    default: sign = rawSign
    }
    let width = f.width ?? -1
    let nonDigits = (sign == nil ? 0 : 1) + prefix.count + (hasDecimal ? 1 : 0) + remainder.count
    let minWidth = f.fill == "0" && f.align == "=" ? width - nonDigits : 0
    let (groupSize, separator): (Int, Unicode.Scalar?) = {
        // 'n' uses the C locale: no grouping.
        if f.type == "n" { return (0, nil) }
        switch f.grouping {
        case .none: return (0, nil)
        case .comma: return (3, ",")
        case .underscore: return (3, "_")
        case .underscoreFour: return (4, "_")
        }
    }()
    let grouped = digits.isEmpty ? [] : groupDigits(digits, minWidth: minWidth, size: groupSize, separator: separator)
    let padding = width - (nonDigits + grouped.count)
    var left = 0, middle = 0, right = 0
    if padding > 0 {
        switch f.align {
        case "<": right = padding
        case "^": left = padding / 2; right = padding - left
        case "=": middle = padding
        default: left = padding
        }
    }
    var out = ScalarWriter(capacity: max(width, 0) + grouped.count + remainder.count + 4)
    out.append(contentsOf: repeatElement(f.fill, count: left))
    if let s = sign { out.append(s) }
    out.append(contentsOf: prefix)
    out.append(contentsOf: repeatElement(f.fill, count: middle))
    out.append(contentsOf: grouped)
    if hasDecimal { out.append(".") }
    out.append(contentsOf: remainder)
    out.append(contentsOf: repeatElement(f.fill, count: right))
    return out.string
}

/// _PyUnicode_InsertThousandsGrouping: separators every `size` digits from
/// the right, left-padding with '0' digits (and separators) to minWidth.
private func groupDigits(_ digits: [Unicode.Scalar], minWidth: Int, size: Int,
                         separator: Unicode.Scalar?) -> [Unicode.Scalar] {
    var reversed: [Unicode.Scalar] = []  // built from the right
    reversed.reserveCapacity(max(digits.count, minWidth) + digits.count / 3 + 2)
    var remaining = digits.count
    var minWidth = max(0, minWidth)
    var end = digits.count
    var first = true
    func take(_ l: Int) {
        if !first, let sep = separator { reversed.append(sep) }
        first = false
        let chars = max(0, min(remaining, l))
        for k in stride(from: end - 1, through: end - chars, by: -1) { reversed.append(digits[k]) }
        reversed.append(contentsOf: repeatElement("0", count: max(0, l - remaining)))
        end -= chars
        remaining -= chars
        minWidth -= l
    }
    var finished = false
    if size > 0, separator != nil {
        while true {
            take(min(size, max(max(remaining, minWidth), 1)))
            if remaining <= 0 && minWidth <= 0 {
                finished = true
                break
            }
            minWidth -= 1  // the separator's width
        }
    }
    if !finished { take(max(max(remaining, minWidth), 1)) }
    return reversed.reversed()
}
