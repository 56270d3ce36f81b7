// Float to text, laid out exactly as CPython's PyOS_double_to_string
// (Python/pystrtod.c, format_float_short).
//
// API:
//   pyFloatRepr(_ d: Double) -> String         repr(float) and str(float)
//   pyFormatDouble(_ d: Double, code: FloatCode, precision: Int,
//                  uppercase: Bool = false, alwaysSign: Bool = false,
//                  addDotZero: Bool = false, alternate: Bool = false,
//                  noNegativeZero: Bool = false) -> String
//       the engine behind format() and %-formatting; code is .exponent ('e'),
//       .fixed ('f'), .general ('g') or .repr ('r', precision ignored).

public enum FloatCode: Sendable {
    case exponent, fixed, general, repr
}

public func pyFloatRepr(_ d: Double) -> String {
    pyFormatDouble(d, code: .repr, precision: 0, addDotZero: true)
}

public func pyFormatDouble(_ d: Double, code: FloatCode, precision: Int,
                           uppercase: Bool = false, alwaysSign: Bool = false,
                           addDotZero: Bool = false, alternate: Bool = false,
                           noNegativeZero: Bool = false) -> String {
    var out: [UInt8] = []
    var negative = d.sign == .minus
    if !d.isFinite {
        // NaN never shows a sign of its own.
        if d.isNaN { negative = false }
        if negative { out.append(UInt8(ascii: "-")) } else if alwaysSign { out.append(UInt8(ascii: "+")) }
        let word = d.isNaN ? (uppercase ? "NAN" : "nan") : (uppercase ? "INF" : "inf")
        out.append(contentsOf: word.utf8)
        return String(decoding: out, as: UTF8.self)
    }

    // CPython caps precision at INT_MAX before getting here; clamp so the
    // arithmetic below cannot overflow.
    var precision = min(max(precision, 0), Int(Int32.max))
    let result: DecimalDigits
    switch code {
    case .exponent:
        precision += 1
        result = FloatDigits.significant(d, count: precision)
    case .fixed:
        result = FloatDigits.fixed(d, fraction: precision)
    case .general:
        if precision == 0 { precision = 1 }
        result = FloatDigits.significant(d, count: precision)
    case .repr:
        result = FloatDigits.shortest(d)
    }
    let digits = result.digits
    var point = result.point
    let digitCount = digits.count

    if noNegativeZero && negative && (digitCount == 0 || (digitCount == 1 && digits[0] == UInt8(ascii: "0"))) {
        negative = false
    }
    if negative { out.append(UInt8(ascii: "-")) } else if alwaysSign { out.append(UInt8(ascii: "+")) }

    // Where the shown digits end, relative to the start of `digits`.
    var end = digitCount
    var useExponent = false
    switch code {
    case .exponent:
        useExponent = true
        end = precision
    case .fixed:
        end = point + precision
    case .general:
        if point <= -4 || point > (addDotZero ? precision - 1 : precision) { useExponent = true }
        if alternate { end = precision }
    case .repr:
        if point <= -4 || point > 16 { useExponent = true }
    }
    var exponent = 0
    if useExponent {
        exponent = point - 1
        point = 1
    }
    // Shown digits span (start, end] around the point.
    let start = point <= 0 ? point - 1 : 0
    if !useExponent && addDotZero {
        end = max(end, point + 1)
    } else {
        end = max(end, point)
    }

    let zero = UInt8(ascii: "0")
    let dot = UInt8(ascii: ".")
    if point <= 0 {
        out.append(contentsOf: repeatElement(zero, count: point - start))
        out.append(dot)
        out.append(contentsOf: repeatElement(zero, count: -point))
    } else {
        out.append(contentsOf: repeatElement(zero, count: -start))
    }
    if 0 < point && point <= digitCount {
        out.append(contentsOf: digits[0..<point])
        out.append(dot)
        out.append(contentsOf: digits[point...])
    } else {
        out.append(contentsOf: digits)
    }
    if digitCount < point {
        out.append(contentsOf: repeatElement(zero, count: point - digitCount))
        out.append(dot)
        out.append(contentsOf: repeatElement(zero, count: max(0, end - point)))
    } else {
        out.append(contentsOf: repeatElement(zero, count: max(0, end - digitCount)))
    }
    if out.last == dot && !alternate { out.removeLast() }
    if useExponent {
        out.append(uppercase ? UInt8(ascii: "E") : UInt8(ascii: "e"))
        out.append(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        let mag = exponent.magnitude
        if mag < 10 { out.append(zero) }
        out.append(contentsOf: String(mag).utf8)
    }
    return String(decoding: out, as: UTF8.self)
}
