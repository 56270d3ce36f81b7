// BigInt: arbitrary-precision signed integer with Python semantics.
//
// API (this file and its BigInt+*.swift extensions):
//   struct BigInt: Hashable, Comparable, Sendable, CustomStringConvertible
//   Construction
//     init(_ v: Int), init(_ v: UInt64), init(_ v: UInt)
//     init?(_ text: String, radix: Int = 10)   digits only, radix 2...36, either case
//                                              (optional leading '-' or '+'; no '_', no prefix)
//     init?(exactly: Double)                   nil unless finite and integral
//     init?(truncating: Double)                int(float): truncates; nil for inf/nan
//     static func fromDouble(_:) throws        int(float) with CPython's errors
//   Inspection
//     asInt: Int?          the value when it fits in Int
//     isZero, isNegative, signum (-1/0/1), isOdd, bitLength (Python's int.bit_length)
//     limbs: [UInt64]      magnitude, least significant first, no high zero limbs
//     pyHash: Int          Python's hash(int) (modulus 2**61 - 1, -1 maps to -2)
//     description          decimal text
//   Arithmetic
//     + - * (and += -= *=), prefix -, magnitude (abs)
//     floorDivMod(_ b) -> (quotient, remainder)   Python // and %: remainder has the
//                                                 divisor's sign; nil when b == 0
//     floorDiv(_:), mod(_:)                        same, nil on zero divisor
//     truncatingDivMod(_:)                         C-style, nil on zero divisor
//     power(_ exponent: Int) -> BigInt             exponent < 0 gives 0 (caller goes to float)
//     modPow(_ exponent:, _ modulus:) -> BigInt?   pow(a, b, m) for b >= 0, m != 0
//     gcd(_:_:)
//   Bits (Python's infinite two's complement)
//     << >> (Int shift; >> floors), & | ^ ~
//   Conversion
//     toString(radix: Int = 10, uppercase: Bool = false) -> String   ("-" prefix, no base prefix)
//     decimalString(maxDigits: Int) throws     str(int) with CPython's 4300-digit limit (0 = none)
//     decimalDigitCount: Int                   digits in the magnitude
//     toDouble() -> Double?                    correctly rounded; nil when too large
//     pyToDouble() throws -> Double            float(int) with CPython's OverflowError
//     static trueDivide(_ a:, _ b:) throws -> Double   int / int, correctly rounded
//
// Int fast paths for the runtime live in IntFastPath.swift.

public struct BigInt: Sendable {
    /// Magnitude, least significant limb first, never with a zero top limb.
    /// Zero is the empty array.
    public private(set) var limbs: [UInt64]
    /// Sign; always false for zero.
    public private(set) var isNegative: Bool

    /// Builds a value from raw parts, normalising the magnitude and the sign of zero.
    init(limbs: [UInt64], negative: Bool) {
        var l = limbs
        Mag.normalize(&l)
        self.limbs = l
        self.isNegative = negative && !l.isEmpty
    }

    public init() {
        limbs = []
        isNegative = false
    }

    public init(_ v: Int) {
        if v == 0 {
            limbs = []
        } else {
            limbs = [v.magnitude.asUInt64]
        }
        isNegative = v < 0
    }

    public init(_ v: UInt64) {
        limbs = v == 0 ? [] : [v]
        isNegative = false
    }

    public init(_ v: UInt) {
        self.init(UInt64(v))
    }

    public static let zero = BigInt()
    public static let one = BigInt(1)

    public var isZero: Bool { limbs.isEmpty }
    public var signum: Int { isZero ? 0 : (isNegative ? -1 : 1) }
    public var isOdd: Bool { (limbs.first ?? 0) & 1 == 1 }

    /// The value as an Int when it fits.
    public var asInt: Int? {
        if limbs.isEmpty { return 0 }
        if limbs.count > 1 { return nil }
        let m = limbs[0]
        if isNegative {
            if m <= UInt64(Int.max) + 1 { return Int(truncatingIfNeeded: 0 &- m) }
            return nil
        }
        return m <= UInt64(Int.max) ? Int(m) : nil
    }

    /// Python's int.bit_length(): bits in the magnitude.
    public var bitLength: Int {
        guard let top = limbs.last else { return 0 }
        return limbs.count * 64 - top.leadingZeroBitCount
    }

    public var magnitude: BigInt { BigInt(limbs: limbs, negative: false) }

    /// Python's hash(int): the value modulo 2**61 - 1 with the sign applied.
    public var pyHash: Int {
        let p: UInt64 = (1 << 61) - 1
        var acc: UInt64 = 0
        for limb in limbs.reversed() {
            // 2**64 == 8 (mod p), so acc * 2**64 + limb == acc * 8 + limb.
            var x = acc << 3
            x = (x & p) &+ (x >> 61)
            let l = (limb & p) &+ (limb >> 61)
            x = x &+ l  // both < 2**62, no overflow
            x = (x & p) &+ (x >> 61)
            if x >= p { x -= p }
            acc = x
        }
        var h = Int(acc)
        if isNegative { h = -h }
        return h == -1 ? -2 : h
    }
}

extension UInt {
    @inline(__always) var asUInt64: UInt64 { UInt64(self) }
}

// MARK: - Equality, ordering, hashing

extension BigInt: Hashable, Comparable {
    public static func == (a: BigInt, b: BigInt) -> Bool {
        a.isNegative == b.isNegative && a.limbs == b.limbs
    }

    public func hash(into h: inout Hasher) {
        h.combine(isNegative)
        h.combine(limbs)
    }

    public static func < (a: BigInt, b: BigInt) -> Bool {
        if a.isNegative != b.isNegative { return a.isNegative }
        let c = Mag.compare(a.limbs, b.limbs)
        return a.isNegative ? c > 0 : c < 0
    }

    public static func == (a: BigInt, b: Int) -> Bool { a == BigInt(b) }
}

// MARK: - Addition, subtraction, multiplication

extension BigInt {
    public static prefix func - (a: BigInt) -> BigInt {
        BigInt(limbs: a.limbs, negative: !a.isNegative)
    }

    public static func + (a: BigInt, b: BigInt) -> BigInt {
        if a.isNegative == b.isNegative {
            return BigInt(limbs: Mag.fastAdd(a.limbs, b.limbs), negative: a.isNegative)
        }
        // Signs differ: subtract the smaller magnitude from the larger.
        let c = Mag.compare(a.limbs, b.limbs)
        if c == 0 { return .zero }
        if c > 0 { return BigInt(limbs: Mag.fastSub(a.limbs, b.limbs), negative: a.isNegative) }
        return BigInt(limbs: Mag.fastSub(b.limbs, a.limbs), negative: b.isNegative)
    }

    public static func - (a: BigInt, b: BigInt) -> BigInt { a + (-b) }

    public static func * (a: BigInt, b: BigInt) -> BigInt {
        if a.isZero || b.isZero { return .zero }
        return BigInt(limbs: Mag.product(a.limbs, b.limbs), negative: a.isNegative != b.isNegative)
    }

    public static func += (a: inout BigInt, b: BigInt) { a = a + b }
    public static func -= (a: inout BigInt, b: BigInt) { a = a - b }
    public static func *= (a: inout BigInt, b: BigInt) { a = a * b }

    /// self ** exponent by repeated squaring. A negative exponent yields 0:
    /// Python gives a float there, which is the caller's business.
    public func power(_ exponent: Int) -> BigInt {
        if exponent < 0 { return .zero }
        if exponent == 0 { return .one }
        // Powers of two are a shift.
        if limbs.count == 1 && limbs[0] & (limbs[0] - 1) == 0 {
            let shift = limbs[0].trailingZeroBitCount
            let (bits, overflow) = shift.multipliedReportingOverflow(by: exponent)
            if !overflow {
                let r = BigInt.one << bits
                return isNegative && exponent & 1 == 1 ? -r : r
            }
        }
        var result = BigInt.one
        var base = self
        var e = exponent
        while true {
            if e & 1 == 1 { result = result * base }
            e >>= 1
            if e == 0 { break }
            base = base * base
        }
        return result
    }

    /// pow(self, exponent, modulus) for exponent >= 0 and modulus != 0; the result
    /// has the sign of the modulus, as in Python. nil on a bad argument.
    public func modPow(_ exponent: BigInt, _ modulus: BigInt) -> BigInt? {
        if modulus.isZero || exponent.isNegative { return nil }
        guard var base = self.mod(modulus) else { return nil }
        var result = BigInt.one.mod(modulus) ?? .zero
        let bits = exponent.bitLength
        var i = 0
        while i < bits {
            let limb = exponent.limbs[i / 64]
            if (limb >> UInt64(i % 64)) & 1 == 1 {
                result = (result * base).mod(modulus) ?? .zero
            }
            i += 1
            if i < bits { base = (base * base).mod(modulus) ?? .zero }
        }
        return result
    }

    /// Greatest common divisor, always >= 0.
    public static func gcd(_ a: BigInt, _ b: BigInt) -> BigInt {
        var x = a.magnitude
        var y = b.magnitude
        while !y.isZero {
            guard let r = x.truncatingDivMod(y)?.remainder else { break }
            x = y
            y = r
        }
        return x
    }
}

// MARK: - Magnitude primitives on little-endian [UInt64]

enum Mag {
    @inline(__always)
    static func normalize(_ a: inout [UInt64]) {
        while let last = a.last, last == 0 { a.removeLast() }
    }

    static func compare(_ a: [UInt64], _ b: [UInt64]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        var i = a.count - 1
        while i >= 0 {
            if a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
            i -= 1
        }
        return 0
    }

    static func add(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        var r = [UInt64](repeating: 0, count: long.count + 1)
        var carry: UInt64 = 0
        for i in 0..<long.count {
            let (s1, o1) = long[i].addingReportingOverflow(i < short.count ? short[i] : 0)
            let (s2, o2) = s1.addingReportingOverflow(carry)
            r[i] = s2
            carry = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
        r[long.count] = carry
        normalize(&r)
        return r
    }

    /// a - b, requires a >= b.
    static func sub(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        var r = a
        var borrow: UInt64 = 0
        for i in 0..<a.count {
            let (d1, o1) = a[i].subtractingReportingOverflow(i < b.count ? b[i] : 0)
            let (d2, o2) = d1.subtractingReportingOverflow(borrow)
            r[i] = d2
            borrow = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
        normalize(&r)
        return r
    }

    /// Schoolbook multiplication.
    static func mul(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        if a.isEmpty || b.isEmpty { return [] }
        var r = [UInt64](repeating: 0, count: a.count + b.count)
        r.withUnsafeMutableBufferPointer { rp in
            a.withUnsafeBufferPointer { ap in
                b.withUnsafeBufferPointer { bp in
                    for i in 0..<ap.count {
                        let x = ap[i]
                        if x == 0 { continue }
                        var carry: UInt64 = 0
                        for j in 0..<bp.count {
                            let (hi, lo) = x.multipliedFullWidth(by: bp[j])
                            let (s1, o1) = lo.addingReportingOverflow(rp[i + j])
                            let (s2, o2) = s1.addingReportingOverflow(carry)
                            rp[i + j] = s2
                            carry = hi &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
                        }
                        rp[i + bp.count] = carry
                    }
                }
            }
        }
        normalize(&r)
        return r
    }

    /// a * m + c in place, for small multipliers (used by parsing).
    static func mulAddSmall(_ a: inout [UInt64], _ m: UInt64, _ c: UInt64) {
        var carry = c
        for i in 0..<a.count {
            let (hi, lo) = a[i].multipliedFullWidth(by: m)
            let (s, o) = lo.addingReportingOverflow(carry)
            a[i] = s
            carry = hi &+ (o ? 1 : 0)
        }
        if carry != 0 { a.append(carry) }
    }

    /// In-place division by a single nonzero limb; returns the remainder.
    static func divSmall(_ a: inout [UInt64], _ d: UInt64) -> UInt64 {
        var rem: UInt64 = 0
        var i = a.count - 1
        while i >= 0 {
            let (q, r) = d.dividingFullWidth((rem, a[i]))
            a[i] = q
            rem = r
            i -= 1
        }
        normalize(&a)
        return rem
    }

    static func shiftLeft(_ a: [UInt64], _ n: Int) -> [UInt64] {
        if a.isEmpty { return [] }
        let limbShift = n / 64
        let bitShift = UInt64(n % 64)
        var r = [UInt64](repeating: 0, count: a.count + limbShift + 1)
        for i in 0..<a.count {
            r[i + limbShift] |= a[i] << bitShift
            if bitShift != 0 { r[i + limbShift + 1] = a[i] >> (64 - bitShift) }
        }
        normalize(&r)
        return r
    }

    /// Logical right shift of a magnitude (truncates).
    static func shiftRight(_ a: [UInt64], _ n: Int) -> [UInt64] {
        let limbShift = n / 64
        if limbShift >= a.count { return [] }
        let bitShift = UInt64(n % 64)
        var r = [UInt64](repeating: 0, count: a.count - limbShift)
        for i in 0..<r.count {
            var v = a[i + limbShift] >> bitShift
            if bitShift != 0 && i + limbShift + 1 < a.count {
                v |= a[i + limbShift + 1] << (64 - bitShift)
            }
            r[i] = v
        }
        normalize(&r)
        return r
    }

    /// True when any of the low n bits of a is set.
    static func hasLowBits(_ a: [UInt64], _ n: Int) -> Bool {
        let full = min(n / 64, a.count)
        for i in 0..<full where a[i] != 0 { return true }
        let rest = n % 64
        if rest != 0 && full < a.count {
            return a[full] & ((1 << UInt64(rest)) - 1) != 0
        }
        return false
    }
}
