// Complex arithmetic as CPython 3.13's Objects/complexobject.c does it, so
// results agree to the last bit: Smith's division, pow by repeated squaring
// for small integral exponents (so (1+1j)**2 == 2j exactly), the polar
// formula otherwise, C99's abs, and the repr/hash rules.
//
// API:
//   struct ComplexNumber (re, im)
//     + - * (plain formulas), quotient(_:) throws "complex division by zero",
//     power(_:) throws CPython's ZeroDivisionError / OverflowError,
//     magnitude (hypot with C99's infinities; nil on overflow),
//     repr, hashValue(nanHash:)

import Foundation

public struct ComplexNumber: Equatable, Sendable {
    public var re: Double
    public var im: Double

    public init(_ re: Double, _ im: Double) {
        self.re = re
        self.im = im
    }

    public static func + (a: ComplexNumber, b: ComplexNumber) -> ComplexNumber { ComplexNumber(a.re + b.re, a.im + b.im) }
    public static func - (a: ComplexNumber, b: ComplexNumber) -> ComplexNumber { ComplexNumber(a.re - b.re, a.im - b.im) }
    public static func * (a: ComplexNumber, b: ComplexNumber) -> ComplexNumber {
        ComplexNumber(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
    }
    public static prefix func - (a: ComplexNumber) -> ComplexNumber { ComplexNumber(-a.re, -a.im) }

    /// _Py_c_quot: divide by the larger of b's parts to avoid overflow.
    /// nil when b is zero (CPython sets errno = EDOM).
    public func dividedOrNil(by b: ComplexNumber) -> ComplexNumber? {
        let absRe = Swift.abs(b.re), absIm = Swift.abs(b.im)
        if absRe >= absIm {
            if absRe == 0 { return nil }
            let ratio = b.im / b.re
            let denom = b.re + b.im * ratio
            return ComplexNumber((re + im * ratio) / denom, (im - re * ratio) / denom)
        }
        if absIm >= absRe {
            let ratio = b.re / b.im
            let denom = b.re * ratio + b.im
            return ComplexNumber((re * ratio + im) / denom, (im * ratio - re) / denom)
        }
        // A NaN in b.
        return ComplexNumber(.nan, .nan)
    }

    public func quotient(_ b: ComplexNumber) throws -> ComplexNumber {
        guard let q = dividedOrNil(by: b) else { throw PyLibError.zeroDivision("complex division by zero") }
        return q
    }

    /// complex_pow without a modulus. CPython reads errno after the libm
    /// calls: EDOM (also from cos(inf) inside the polar formula) is its
    /// ZeroDivisionError, an infinite part its OverflowError.
    public func power(_ b: ComplexNumber) throws -> ComplexNumber {
        var p: ComplexNumber?
        var domainError = false
        if b.im == 0, b.re == b.re.rounded(.down), Swift.abs(b.re) <= 100 {
            p = integerPower(Int(b.re))
        } else {
            errno = 0
            p = polarPower(b)
            domainError = errno == EDOM
        }
        guard let r = p, !domainError else { throw PyLibError.zeroDivision("0.0 to a negative or complex power") }
        if r.re.isInfinite || r.im.isInfinite { throw PyLibError.overflow("complex exponentiation") }
        return r
    }

    /// c_powu: binary exponentiation, multiplying as CPython does.
    private func unsignedPower(_ n: Int) -> ComplexNumber {
        var r = ComplexNumber(1, 0), p = self
        var mask = 1
        while mask > 0 && n >= mask {
            if n & mask != 0 { r = r * p }
            mask <<= 1
            p = p * p
        }
        return r
    }

    /// c_powi; nil for 0 ** negative (a division by zero).
    private func integerPower(_ n: Int) -> ComplexNumber? {
        if n > 0 { return unsignedPower(n) }
        return ComplexNumber(1, 0).dividedOrNil(by: unsignedPower(-n))
    }

    /// _Py_c_pow; nil for 0 ** (negative or complex).
    private func polarPower(_ b: ComplexNumber) -> ComplexNumber? {
        if b.re == 0 && b.im == 0 { return ComplexNumber(1, 0) }
        if re == 0 && im == 0 {
            if b.im != 0 || b.re < 0 { return nil }
            return ComplexNumber(0, 0)
        }
        let vabs = hypot(re, im)
        var len = pow(vabs, b.re)
        let at = atan2(im, re)
        var phase = at * b.re
        if b.im != 0 {
            len /= exp(at * b.im)
            phase += b.im * log(vabs)
        }
        return ComplexNumber(len * cos(phase), len * sin(phase))
    }

    /// _Py_c_abs: an infinite part wins over a NaN; nil when hypot overflows.
    public var magnitude: Double? {
        if !re.isFinite || !im.isFinite {
            if re.isInfinite { return Swift.abs(re) }
            if im.isInfinite { return Swift.abs(im) }
            return .nan
        }
        let r = hypot(re, im)
        return r.isFinite ? r : nil
    }

    /// complex_repr: parts in repr style without ".0"; no parentheses when
    /// the real part is +0.
    public var repr: String {
        let imText = pyFormatDouble(im, code: .repr, precision: 0, alwaysSign: !(re == 0 && re.sign == .plus))
        if re == 0 && re.sign == .plus { return imText + "j" }
        return "(" + pyFormatDouble(re, code: .repr, precision: 0) + imText + "j)"
    }

    /// complex_hash: hash(re) + 1000003 * hash(im), with -1 reserved.
    /// `hashDouble` is the float hash (NaN hashes by identity in CPython).
    public func hashValue(_ hashDouble: (Double) -> Int) -> Int {
        let hr = UInt(bitPattern: hashDouble(re)), hi = UInt(bitPattern: hashDouble(im))
        let combined = Int(bitPattern: hr &+ 1000003 &* hi)
        return combined == -1 ? -2 : combined
    }
}
