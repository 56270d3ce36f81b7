// BigInt <-> Double. Every conversion to Double is correctly rounded
// (round-half-even), including int / int, as CPython does.

extension BigInt {
    /// Exact conversion: nil unless d is finite and integral.
    public init?(exactly d: Double) {
        guard d.isFinite, d.rounded(.towardZero) == d else { return nil }
        guard let v = BigInt(truncating: d) else { return nil }
        self = v
    }

    /// int(float): rounds toward zero. nil for infinities and NaN.
    public init?(truncating d: Double) {
        guard d.isFinite else { return nil }
        let a = abs(d)
        if a < 1 {
            self = .zero
            return
        }
        if a < 9.2e18 {
            self.init(Int(d))
            return
        }
        // a = significand * 2**(exponent - 52) with a 53-bit integer significand.
        let sig = a.significandBitPattern | (1 << 52)
        let shift = Int(a.exponent) - 52
        let mag = BigInt(sig) << shift  // shift >= 0 here since a >= 2**63
        self = d < 0 ? -mag : mag
    }

    /// int(float) with CPython's errors.
    public static func fromDouble(_ d: Double) throws -> BigInt {
        if d.isNaN { throw PyLibError.value("cannot convert float NaN to integer") }
        guard let v = BigInt(truncating: d) else {
            throw PyLibError.overflow("cannot convert float infinity to integer")
        }
        return v
    }

    /// Nearest Double, ties to even; nil when the result would overflow.
    public func toDouble() -> Double? {
        if isZero { return 0.0 }
        let bits = bitLength
        let top: UInt64
        var sticky = false
        var exponent: Int
        if bits <= 64 {
            top = limbs[0]
            exponent = 0
        } else {
            // Keep the top 64 bits and remember whether anything below was set.
            let shift = bits - 64
            let shifted = Mag.shiftRight(limbs, shift)
            top = shifted.first ?? 0
            sticky = Mag.hasLowBits(limbs, shift)
            exponent = shift
        }
        guard let d = roundToDouble(top, exponent: exponent, sticky: sticky) else { return nil }
        return isNegative ? -d : d
    }

    /// float(int) with CPython's OverflowError.
    public func pyToDouble() throws -> Double {
        guard let d = toDouble() else { throw PyLibError.overflow("int too large to convert to float") }
        return d
    }

    /// Python's int / int, correctly rounded. Throws ZeroDivisionError and
    /// OverflowError with CPython's messages.
    public static func trueDivide(_ a: BigInt, _ b: BigInt) throws -> Double {
        if b.isZero { throw PyLibError.zeroDivision("division by zero") }
        let negative = a.isNegative != b.isNegative
        if a.isZero { return negative ? -0.0 : 0.0 }
        // Both exactly representable: one IEEE division is correctly rounded.
        if a.bitLength <= 53 && b.bitLength <= 53, let x = a.toDouble(), let y = b.toDouble() {
            return x / y
        }
        let aMag = a.magnitude
        let bMag = b.magnitude
        let diff = aMag.bitLength - bMag.bitLength
        // |a/b| >= 2**(diff-1); past 2**1024 it cannot be a finite float.
        if diff > 1025 {
            throw PyLibError.overflow("integer division result too large for a float")
        }
        if diff < -1080 {
            // Far below the smallest subnormal.
            return negative ? -0.0 : 0.0
        }
        // Scale so the integer quotient has at least 64 significant bits.
        let shift = 64 - diff + 1
        var num = aMag
        var den = bMag
        if shift >= 0 { num = num << shift } else { den = den << (-shift) }
        guard let (q, r) = num.truncatingDivMod(den) else { return 0 }
        // q has 65 or 66 bits: fold the low ones into the sticky flag.
        let qBits = q.bitLength
        let drop = qBits - 64
        let top = (q >> drop).limbs.first ?? 0
        let sticky = !r.isZero || Mag.hasLowBits(q.limbs, drop)
        guard let d = roundToDouble(top, exponent: drop - shift, sticky: sticky) else {
            throw PyLibError.overflow("integer division result too large for a float")
        }
        return negative ? -d : d
    }
}

/// Rounds mantissa * 2**exponent (plus a positive amount smaller than one unit
/// of the mantissa's last place when sticky) to the nearest Double, ties to
/// even, handling subnormals. nil on overflow. mantissa must be nonzero.
func roundToDouble(_ mantissa: UInt64, exponent: Int, sticky: Bool) -> Double? {
    if mantissa == 0 { return 0.0 }
    // Normalise so bit 63 is set; the sticky amount stays below one unit.
    let lz = mantissa.leadingZeroBitCount
    let m = mantissa << UInt64(lz)
    let e = exponent - lz          // value = m * 2**e
    let topExponent = e + 63       // value in [2**topExponent, 2**(topExponent+1))
    if topExponent > 1023 { return nil }
    // Bits of precision available at this magnitude (fewer for subnormals).
    let keep = topExponent >= -1022 ? 53 : 53 - (-1022 - topExponent)
    let drop = 64 - keep
    var kept: UInt64
    let roundUp: Bool
    if drop >= 65 {
        return 0.0
    } else if drop == 64 {
        // Everything is below the last place; m >= 2**63 is at least half.
        kept = 0
        roundUp = m > (1 << 63) || sticky
    } else {
        kept = m >> UInt64(drop)
        let rem = m & ((1 << UInt64(drop)) - 1)
        let half: UInt64 = 1 << UInt64(drop - 1)
        roundUp = rem > half || (rem == half && (sticky || kept & 1 == 1))
    }
    if roundUp { kept += 1 }
    if kept == 0 { return 0.0 }
    let result = Double(sign: .plus, exponent: e + drop, significand: Double(kept))
    return result.isFinite ? result : nil
}
