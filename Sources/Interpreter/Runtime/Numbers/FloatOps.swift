// Python's float arithmetic where it differs from IEEE defaults, ported
// from CPython's Objects/floatobject.c.
//
// API (all throw PyLibError with CPython's messages):
//   pyFloatFloorDiv(_ a: Double, _ b: Double) throws -> Double        a // b
//   pyFloatMod(_ a: Double, _ b: Double) throws -> Double             a % b (sign of b)
//   pyFloatDivMod(_ a: Double, _ b: Double) throws -> (Double, Double)
//   pyFloatTrueDiv(_ a: Double, _ b: Double) throws -> Double         a / b
//   pyPow(_ a: Double, _ b: Double) throws -> Double?                 a ** b; nil means the
//       result is complex (negative base, non-integral exponent): the caller builds it
//   pyRoundToInt(_ x: Double) throws -> BigInt                        round(x)
//   pyRound(_ x: Double, ndigits: Int) throws -> Double               round(x, n)
//   pyFloatIsInteger(_ x: Double) -> Bool                             float.is_integer()

import Foundation

public func pyFloatTrueDiv(_ a: Double, _ b: Double) throws -> Double {
    if b == 0 { throw PyLibError.zeroDivision("float division by zero") }
    return a / b
}

/// CPython's _float_div_mod: floored quotient and remainder with the sign of b.
private func floatDivMod(_ vx: Double, _ wx: Double) -> (Double, Double) {
    var mod = fmod(vx, wx)
    var div = (vx - mod) / wx
    if mod != 0 {
        // Make the remainder take the divisor's sign.
        if (wx < 0) != (mod < 0) {
            mod += wx
            div -= 1.0
        }
    } else {
        mod = copysign(0.0, wx)
    }
    var floordiv: Double
    if div != 0 {
        floordiv = floor(div)
        if div - floordiv > 0.5 { floordiv += 1.0 }
    } else {
        floordiv = copysign(0.0, vx / wx)
    }
    return (floordiv, mod)
}

public func pyFloatFloorDiv(_ a: Double, _ b: Double) throws -> Double {
    if b == 0 { throw PyLibError.zeroDivision("float floor division by zero") }
    return floatDivMod(a, b).0
}

public func pyFloatMod(_ a: Double, _ b: Double) throws -> Double {
    if b == 0 { throw PyLibError.zeroDivision("float modulo by zero") }
    var mod = fmod(a, b)
    if mod != 0 {
        if (b < 0) != (mod < 0) { mod += b }
    } else {
        mod = copysign(0.0, b)
    }
    return mod
}

public func pyFloatDivMod(_ a: Double, _ b: Double) throws -> (Double, Double) {
    if b == 0 { throw PyLibError.zeroDivision("float divmod()") }
    return floatDivMod(a, b)
}

public func pyFloatIsInteger(_ x: Double) -> Bool {
    x.isFinite && x.rounded(.down) == x
}

/// float ** float, following float_pow's special cases before calling pow().
public func pyPow(_ iv: Double, _ iw: Double) throws -> Double? {
    if iw == 0 { return 1.0 }
    if iv.isNaN { return iv }
    if iw.isNaN { return iv == 1.0 ? 1.0 : iw }
    if iw.isInfinite {
        let a = abs(iv)
        if a == 1.0 { return 1.0 }
        return (a > 1.0) == (iw > 0) ? .infinity : 0.0
    }
    let iwIsOddInteger = fmod(abs(iw), 2.0) == 1.0
    if iv.isInfinite {
        if iw > 0 { return iwIsOddInteger ? iv : abs(iv) }
        return iwIsOddInteger ? copysign(0.0, iv) : 0.0
    }
    if iv == 0 {
        if iw < 0 { throw PyLibError.zeroDivision("0.0 cannot be raised to a negative power") }
        return iwIsOddInteger ? iv : 0.0
    }
    var base = iv
    var negateResult = false
    if base < 0 {
        if iw != floor(iw) { return nil }  // complex result
        base = -base
        negateResult = iwIsOddInteger
    }
    if base == 1.0 { return negateResult ? -1.0 : 1.0 }
    var result = pow(base, iw)
    if negateResult { result = -result }
    if result.isInfinite {
        throw PyLibError.overflow(PyLibError.rangeErrorMessage)
    }
    return result
}

/// round(x) with no ndigits: nearest integer, ties to even.
public func pyRoundToInt(_ x: Double) throws -> BigInt {
    if x.isNaN { throw PyLibError.value("cannot convert float NaN to integer") }
    if x.isInfinite { throw PyLibError.overflow("cannot convert float infinity to integer") }
    return try BigInt.fromDouble(x.rounded(.toNearestOrEven))
}

/// round(x, ndigits): the exact decimal value of x rounded half-even at
/// 10**-ndigits, then converted back to the nearest float.
public func pyRound(_ x: Double, ndigits: Int) throws -> Double {
    if !x.isFinite || x == 0 { return x }
    // Beyond these every float is already rounded (or rounds to zero).
    if ndigits > 323 { return x }
    if ndigits < -308 { return 0.0 * x }
    let n = FloatDigits.scaledRounded(x, scale: ndigits)
    var result: Double
    if n.isZero {
        result = 0.0
    } else if ndigits >= 0 {
        result = try BigInt.trueDivide(n, FloatDigits.tenPower(ndigits))
    } else {
        guard let d = (n * FloatDigits.tenPower(-ndigits)).toDouble() else {
            throw PyLibError.overflow("rounded value too large to represent")
        }
        result = d
    }
    if result.isInfinite { throw PyLibError.overflow("rounded value too large to represent") }
    return x < 0 ? -result : result
}
