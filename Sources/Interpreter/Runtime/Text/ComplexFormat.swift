// format(complex, spec), following CPython 3.13's format_complex_internal
// (Python/formatter_unicode.c): each part is formatted as a float, the
// imaginary part always signed unless the real part is left out, then the
// whole "(re+imj)" is padded. No '0' padding and no '=' alignment.
//
// API:
//   pyFormatComplex(_ z: ComplexNumber, _ spec: String) throws -> String

public func pyFormatComplex(_ z: ComplexNumber, _ spec: String) throws -> String {
    if spec.isEmpty { return z.repr }
    let f = try FormatSpec.parse(spec, typeName: "complex", defaultType: nil, defaultAlign: ">")
    var code: FloatCode
    var uppercase = false
    var defaultPrecision = 6
    var skipReal = false, addParens = false
    switch f.type {
    case nil:
        // Like str(z); a precision turns 'r' into 'g'.
        code = .repr
        defaultPrecision = 0
        if z.re == 0 && z.re.sign == .plus { skipReal = true } else { addParens = true }
    case "e": code = .exponent
    case "E": code = .exponent; uppercase = true
    case "f": code = .fixed
    case "F": code = .fixed; uppercase = true
    case "g", "n": code = .general
    case "G": code = .general; uppercase = true
    default: throw unknownFormatCode(f.type ?? " ", "complex")
    }
    if f.fill == "0" { throw PyLibError.value("Zero padding is not allowed in complex format specifier") }
    if f.align == "=" { throw PyLibError.value("'=' alignment flag is not allowed in complex format specifier") }
    var precision = defaultPrecision
    if let p = f.precision {
        if p > Int(Int32.max) { throw PyLibError.value("precision too big") }
        precision = p
        if code == .repr { code = .general }
    }

    // Each part without padding: sign, grouped digits, the rest.
    var partSpec = f
    partSpec.width = nil
    partSpec.align = "<"
    func part(_ d: Double, sign: Unicode.Scalar?) -> String {
        let text = pyFormatDouble(d, code: code, precision: precision, uppercase: uppercase,
                                  alternate: f.alternate, noNegativeZero: f.noNegativeZero)
        var chars = Array(text.unicodeScalars)
        var rawSign: Unicode.Scalar?
        if chars.first == "-" {
            rawSign = "-"
            chars.removeFirst()
        }
        var n = 0
        while n < chars.count && chars[n].value >= 0x30 && chars[n].value <= 0x39 { n += 1 }
        let hasDecimal = n < chars.count && chars[n] == "."
        let rest = Array(chars[(hasDecimal ? n + 1 : n)...])
        partSpec.sign = sign
        return layoutNumber(sign: rawSign, prefix: [], digits: Array(chars[..<n]), remainder: rest,
                            hasDecimal: hasDecimal, partSpec)
    }
    let realText = skipReal ? "" : part(z.re, sign: f.sign)
    let imagText = part(z.im, sign: skipReal ? f.sign : "+")
    var body = realText + imagText + "j"
    if addParens { body = "(" + body + ")" }
    let length = body.unicodeScalars.count
    let padding = (f.width ?? 0) - length
    if padding <= 0 { return body }
    var left = 0, right = 0
    switch f.align {
    case "<": right = padding
    case "^": left = padding / 2; right = padding - left
    default: left = padding
    }
    let fill = String(Character(f.fill))
    return repeatString(fill, count: left) + body + repeatString(fill, count: right)
}
