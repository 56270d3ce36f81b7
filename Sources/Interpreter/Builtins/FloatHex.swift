// float.hex() and float.fromhex(): the exact hexadecimal form of a double
// (CPython's float_hex / float_fromhex, with their messages).

import Foundation

enum FloatHex {
    static func install() {
        let float = BuiltinTypes.float
        Meth.noArgs(float, "hex") { vm, s in
            guard let n = vm.asNum(vm.baseValue(s)), case .float(let d) = n else { return .object(BuiltinTypes.notImplemented) }
            return .str(hex(d))
        }
        Meth.classMethod(float, "fromhex") { vm, cls, args, _ in
            guard args.count == 1 else { throw PyError.typeError("float.fromhex() takes exactly one argument (\(args.count) given)") }
            guard case .object(let o) = args[0], o.kind == .str else {
                throw PyError.typeError("bad argument type for built-in operation")
            }
            let d = Value.float(try parse(vm.strValue(args[0])))
            return cls === BuiltinTypes.float ? d : try vm.call(.object(cls), [d])
        }
    }

    /// '0x1.8000000000000p+1' for 3.0; 13 hex digits after the point.
    static func hex(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        if x == 0 { return x.sign == .minus ? "-0x0.0p+0" : "0x0.0p+0" }
        var (m, e) = frexp(abs(x))      // m in [0.5, 1)
        // Normal numbers get a leading 1; subnormals a leading 0 (DBL_MIN_EXP = -1021).
        let shift = 1 - max(-1021 - e, 0)
        m = scalbn(m, shift)
        e -= shift
        let hexDigits = Array("0123456789abcdef")
        var out = x < 0 ? "-0x" : "0x"
        var digit = Int(m)
        out.append(hexDigits[digit])
        m -= Double(digit)
        out.append(".")
        for _ in 0..<13 {
            m *= 16
            digit = Int(m)
            out.append(hexDigits[digit])
            m -= Double(digit)
        }
        out += "p" + (e < 0 ? "-" : "+") + String(abs(e))
        return out
    }

    static func parse(_ text: String) throws -> Double {
        let invalid = PyError.valueError("invalid hexadecimal floating-point string")
        var s = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        var negative = false
        if let c = s.first, c == "-" || c == "+" { negative = c == "-"; s = s.dropFirst() }
        let lower = s.lowercased()
        if lower == "inf" || lower == "infinity" { return negative ? -.infinity : .infinity }
        if lower == "nan" { return negative ? -.nan : .nan }
        if lower.hasPrefix("0x") { s = s.dropFirst(2) }
        var intDigits = "", fracDigits = ""
        while let c = s.first, c.isHexDigit { intDigits.append(c); s = s.dropFirst() }
        if s.first == "." {
            s = s.dropFirst()
            while let c = s.first, c.isHexDigit { fracDigits.append(c); s = s.dropFirst() }
        }
        if intDigits.isEmpty && fracDigits.isEmpty { throw invalid }
        var exponent = 0
        if let c = s.first, c == "p" || c == "P" {
            s = s.dropFirst()
            var expText = ""
            if let c = s.first, c == "-" || c == "+" { expText.append(c); s = s.dropFirst() }
            while let c = s.first, c.isASCII, c.isNumber { expText.append(c); s = s.dropFirst() }
            guard let v = Int(expText) ?? (expText.count > 1 ? (expText.hasPrefix("-") ? Int.min / 2 : Int.max / 2) : nil) else { throw invalid }
            exponent = v
        }
        if !s.isEmpty { throw invalid }
        guard let mantissa = BigInt(intDigits + fracDigits, radix: 16) else { throw invalid }
        if mantissa.isZero { return negative ? -0.0 : 0.0 }
        let e2 = exponent.clampedSubtract(4 * fracDigits.count)
        let top = mantissa.bitLength + e2
        if top > 1024 { throw PyError(BuiltinTypes.OverflowError, "hexadecimal value too large to represent as a float") }
        if top < -1080 { return negative ? -0.0 : 0.0 }
        guard let d = mantissa.toDouble() else { throw PyError(BuiltinTypes.OverflowError, "hexadecimal value too large to represent as a float") }
        let v = scalbn(d, e2)
        if v.isInfinite { throw PyError(BuiltinTypes.OverflowError, "hexadecimal value too large to represent as a float") }
        return negative ? -v : v
    }
}

private extension Int {
    func clampedSubtract(_ o: Int) -> Int {
        let (r, overflow) = subtractingReportingOverflow(o)
        return overflow ? (self < 0 ? Int.min / 2 : Int.max / 2) : r
    }
}
