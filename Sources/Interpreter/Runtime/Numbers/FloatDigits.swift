// Decimal digit generation for Doubles, the part of David Gay's dtoa that
// CPython uses:
//   mode 0 (shortest round-trip)   -> Swift's own shortest-digits printer
//   mode 2 (n significant digits)  -> exact BigInt arithmetic, half-even
//   mode 3 (n digits after point)  -> exact BigInt arithmetic, half-even
// Results follow dtoa's conventions: digits without trailing zeros, and
// `point` such that value = 0.DIGITS * 10**point.

import Foundation

struct DecimalDigits {
    /// ASCII digits, no leading or trailing zeros (empty when the value rounded to 0).
    var digits: [UInt8]
    /// Position of the decimal point relative to the start of `digits`.
    var point: Int
}

enum FloatDigits {
    /// Shortest digits that round-trip, for finite d (sign ignored).
    static func shortest(_ d: Double) -> DecimalDigits {
        let a = abs(d)
        if a == 0 { return DecimalDigits(digits: [UInt8(ascii: "0")], point: 1) }
        // Swift prints the shortest round-tripping digits; re-read its layout.
        let text = Array(a.description.utf8)
        var digits: [UInt8] = []
        var beforePoint = 0
        var seenPoint = false
        var exponent = 0
        var i = 0
        while i < text.count {
            let c = text[i]
            if c == UInt8(ascii: ".") {
                seenPoint = true
            } else if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                exponent = Int(String(decoding: text[(i + 1)...], as: UTF8.self)) ?? 0
                break
            } else {
                digits.append(c)
                if !seenPoint { beforePoint += 1 }
            }
            i += 1
        }
        var point = beforePoint + exponent
        while let f = digits.first, f == UInt8(ascii: "0"), digits.count > 1 {
            digits.removeFirst()
            point -= 1
        }
        while let l = digits.last, l == UInt8(ascii: "0"), digits.count > 1 { digits.removeLast() }
        return DecimalDigits(digits: digits, point: point)
    }

    /// |d| as significand * 2**exponent with an integer significand.
    static func decompose(_ d: Double) -> (significand: UInt64, exponent: Int) {
        let a = abs(d)
        if a.isSubnormal { return (a.significandBitPattern, -1074) }
        return (a.significandBitPattern | (1 << 52), Int(a.exponent) - 52)
    }

    /// round-half-even(|d| * 10**scale) computed exactly.
    static func scaledRounded(_ d: Double, scale: Int) -> BigInt {
        scaled(d, scale: scale).rounded
    }

    /// floor(|d| * 10**scale) and the same rounded half-even.
    static func scaled(_ d: Double, scale: Int) -> (floor: BigInt, rounded: BigInt) {
        let (m, e) = decompose(d)
        if let fast = scaled128(m, e, scale) { return fast }
        var num = BigInt(m)
        var den = BigInt.one
        if scale >= 0 { num = num * tenPower(scale) } else { den = tenPower(-scale) }
        if e >= 0 { num = num << e } else { den = den << (-e) }
        guard let (q, r) = num.truncatingDivMod(den) else { return (.zero, .zero) }
        if r.isZero { return (q, q) }
        let twice = r << 1
        if twice > den || (twice == den && q.isOdd) { return (q, q + .one) }
        return (q, q)
    }

    /// The same in 128-bit arithmetic when numerator and denominator fit
    /// (the common case: moderate magnitudes and precisions).
    private static func scaled128(_ m: UInt64, _ e: Int, _ scale: Int) -> (floor: BigInt, rounded: BigInt)? {
        guard scale >= -19 && scale <= 19 && e >= -120 && e <= 60 else { return nil }
        var num = UInt128(m)
        var den: UInt128 = 1
        let ten = UInt128(tenPowers64[abs(scale)])
        if scale >= 0 {
            let (p, o) = num.multipliedReportingOverflow(by: ten)
            if o { return nil }
            num = p
        } else {
            den = ten
        }
        if e >= 0 {
            if num.leadingZeroBitCount <= e { return nil }
            num <<= UInt128(e)
        } else {
            if den.leadingZeroBitCount <= -e + 1 { return nil }  // keep 2 * remainder in range
            den <<= UInt128(-e)
        }
        let q = num / den
        let r = num % den
        var rounded = q
        if r != 0 {
            let twice = r << 1
            if twice > den || (twice == den && q & 1 == 1) { rounded += 1 }
        }
        return (bigInt(q), bigInt(rounded))
    }

    private static func bigInt(_ v: UInt128) -> BigInt {
        BigInt(limbs: [UInt64(truncatingIfNeeded: v), UInt64(truncatingIfNeeded: v >> 64)], negative: false)
    }

    private static let tenPowers64: [UInt64] = {
        var r: [UInt64] = []
        var v: UInt64 = 1
        for _ in 0...19 {
            r.append(v)
            v = v &* 10
        }
        return r
    }()

    static func tenPower(_ n: Int) -> BigInt {
        if n < smallTens.count { return smallTens[n] }
        return BigInt(10).power(n)
    }

    private static let smallTens: [BigInt] = {
        var r: [BigInt] = []
        var v: UInt64 = 1
        for _ in 0...19 {
            r.append(BigInt(v))
            v = v &* 10
        }
        return r
    }()

    /// dtoa mode 3: digits up to 10**-fraction (fraction may be negative).
    static func fixed(_ d: Double, fraction: Int) -> DecimalDigits {
        if d == 0 { return DecimalDigits(digits: [UInt8(ascii: "0")], point: 1) }
        let n = scaledRounded(d, scale: fraction)
        if n.isZero { return DecimalDigits(digits: [], point: -fraction) }
        var digits = Array(n.toString().utf8)
        let point = digits.count - fraction
        while let l = digits.last, l == UInt8(ascii: "0") { digits.removeLast() }
        return DecimalDigits(digits: digits, point: point)
    }

    /// dtoa mode 2: `count` (>= 1) significant digits.
    static func significant(_ d: Double, count: Int) -> DecimalDigits {
        if d == 0 { return DecimalDigits(digits: [UInt8(ascii: "0")], point: 1) }
        let count = max(count, 1)
        // k estimates floor(log10(|d|)); corrected below if off by one.
        var k = Int(log10(abs(d)).rounded(.down))
        let low = tenPower(count - 1)
        let high = tenPower(count)
        // The floor tells whether 10**k <= |d| < 10**(k+1) exactly.
        var n = BigInt.zero
        for _ in 0..<4 {
            let (floor, rounded) = scaled(d, scale: count - 1 - k)
            n = rounded
            if floor >= high {
                k += 1
            } else if floor < low {
                k -= 1
            } else {
                break
            }
        }
        if n == high {
            // Rounded up to the next power of ten.
            return DecimalDigits(digits: [UInt8(ascii: "1")], point: k + 2)
        }
        var digits = Array(n.toString().utf8)
        while let l = digits.last, l == UInt8(ascii: "0") { digits.removeLast() }
        return DecimalDigits(digits: digits, point: k + 1)
    }
}
