// BigInt <-> text in radix 2...36. Conversion works in chunks of as many
// digits as fit in one limb (19 decimal digits), so a 10,000-digit number
// converts in a few milliseconds.

extension BigInt: CustomStringConvertible {
    public var description: String { toString(radix: 10) }

    /// Largest k with radix**k <= UInt64.max, and radix**k itself.
    static func chunk(_ radix: Int) -> (digits: Int, power: UInt64) {
        let r = UInt64(radix)
        var k = 0
        var p: UInt64 = 1
        while true {
            let (next, overflow) = p.multipliedReportingOverflow(by: r)
            if overflow { return (k, p) }
            p = next
            k += 1
        }
    }

    /// Parses digits in the given radix (2...36), either letter case, with an
    /// optional leading sign. No whitespace, underscores or base prefixes.
    public init?(_ text: String, radix: Int = 10) {
        guard (2...36).contains(radix) else { return nil }
        var bytes = Array(text.utf8)
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            bytes.removeFirst()
        }
        guard let mag = BigInt.parseMagnitude(bytes[...], radix: radix) else { return nil }
        self.init(limbs: mag, negative: negative)
    }

    /// Digit value of an ASCII byte in radix 36, or nil.
    @inline(__always)
    static func digitValue(_ c: UInt8) -> Int? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(c - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(c - UInt8(ascii: "A")) + 10
        default: return nil
        }
    }

    /// Magnitude of a nonempty run of digits, or nil on a bad digit.
    static func parseMagnitude(_ bytes: ArraySlice<UInt8>, radix: Int) -> [UInt64]? {
        if bytes.isEmpty { return nil }
        let (k, power) = chunk(radix)
        var mag: [UInt64] = []
        var acc: UInt64 = 0
        var accDigits = 0
        var scale: UInt64 = 1
        for c in bytes {
            guard let d = digitValue(c), d < radix else { return nil }
            acc = acc * UInt64(radix) + UInt64(d)
            scale *= UInt64(radix)
            accDigits += 1
            if accDigits == k {
                Mag.mulAddSmall(&mag, power, acc)
                acc = 0
                accDigits = 0
                scale = 1
            }
        }
        if accDigits > 0 { Mag.mulAddSmall(&mag, scale, acc) }
        Mag.normalize(&mag)
        return mag
    }

    /// Digits in the radix (2...36; others fall back to 10) with a leading '-'
    /// for negatives and no base prefix.
    public func toString(radix: Int = 10, uppercase: Bool = false) -> String {
        let radix = (2...36).contains(radix) ? radix : 10
        if isZero { return "0" }
        if radix == 10 {
            let digits = Mag.decimalDigits(limbs)
            return (isNegative ? "-" : "") + String(decoding: digits, as: UTF8.self)
        }
        let alphabet: [UInt8] = Array((uppercase ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                                 : "0123456789abcdefghijklmnopqrstuvwxyz").utf8)
        var out: [UInt8] = []  // digits, least significant first
        if radix & (radix - 1) == 0 {
            // Power-of-two radix: read the bits directly.
            let bits = radix.trailingZeroBitCount
            let total = bitLength
            var pos = 0
            while pos < total {
                var v = 0
                for b in 0..<bits where pos + b < total {
                    let limb = limbs[(pos + b) / 64]
                    v |= Int((limb >> UInt64((pos + b) % 64)) & 1) << b
                }
                out.append(alphabet[v])
                pos += bits
            }
        } else {
            let (k, power) = BigInt.chunk(radix)
            var mag = limbs
            out.reserveCapacity(limbs.count * 20)
            while !mag.isEmpty {
                var chunkValue = Mag.divSmall(&mag, power)
                // Every chunk but the most significant is zero-padded to k digits.
                var n = 0
                while (mag.isEmpty ? chunkValue != 0 : n < k) {
                    out.append(alphabet[Int(chunkValue % UInt64(radix))])
                    chunkValue /= UInt64(radix)
                    n += 1
                }
            }
        }
        if isNegative { out.append(UInt8(ascii: "-")) }
        out.reverse()
        return String(decoding: out, as: UTF8.self)
    }

    /// Number of decimal digits in the magnitude, exact.
    public var decimalDigitCount: Int {
        if isZero { return 1 }
        // Estimate from the bit length, then fix with a comparison.
        let estimate = Int(Double(bitLength - 1) * 0.30102999566398120) + 1
        let ten = BigInt(10)
        let p = ten.power(estimate - 1)
        return magnitude < p ? estimate - 1 : (magnitude < p * ten ? estimate : estimate + 1)
    }

    /// str(int) with CPython's limit on decimal conversions (maxDigits 0 means
    /// no limit; CPython's default is 4300).
    public func decimalString(maxDigits: Int = IntStrDigits.limit) throws -> String {
        if maxDigits > 0 && limbs.count > 3 && bitLength > Int(Double(maxDigits) * 3.3219280948873626) - 4 {
            if decimalDigitCount > maxDigits {
                throw PyLibError.value("Exceeds the limit (\(maxDigits) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
            }
        }
        return toString(radix: 10)
    }
}
