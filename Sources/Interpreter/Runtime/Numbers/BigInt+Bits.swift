// BigInt shifts and bitwise operators with Python's semantics: negative
// numbers behave as if written in two's complement with infinitely many
// leading ones, and >> rounds toward negative infinity.

extension BigInt {
    /// self * 2**n. A negative n shifts right instead (no trap); raising
    /// "negative shift count" is the caller's job.
    public static func << (a: BigInt, n: Int) -> BigInt {
        if n < 0 { return a >> (n == Int.min ? Int.max : -n) }
        if a.isZero || n == 0 { return a }
        return BigInt(limbs: Mag.shiftLeft(a.limbs, n), negative: a.isNegative)
    }

    /// floor(self / 2**n).
    public static func >> (a: BigInt, n: Int) -> BigInt {
        if n < 0 { return a << (n == Int.min ? Int.max : -n) }
        if a.isZero || n == 0 { return a }
        var mag = Mag.shiftRight(a.limbs, n)
        if a.isNegative && Mag.hasLowBits(a.limbs, n) {
            // Bits fell off a negative number: floor moves one further down.
            mag = Mag.add(mag, [1])
        }
        return BigInt(limbs: mag, negative: a.isNegative)
    }

    public static func <<= (a: inout BigInt, n: Int) { a = a << n }
    public static func >>= (a: inout BigInt, n: Int) { a = a >> n }

    /// ~x == -x - 1
    public static prefix func ~ (a: BigInt) -> BigInt {
        -a - .one
    }

    public static func & (a: BigInt, b: BigInt) -> BigInt {
        bitwise(a, b) { $0 & $1 }
    }

    public static func | (a: BigInt, b: BigInt) -> BigInt {
        bitwise(a, b) { $0 | $1 }
    }

    public static func ^ (a: BigInt, b: BigInt) -> BigInt {
        bitwise(a, b) { $0 ^ $1 }
    }

    /// Applies op limb by limb to the two's-complement forms, with one extra
    /// limb so the sign survives, then converts back.
    private static func bitwise(_ a: BigInt, _ b: BigInt, _ op: (UInt64, UInt64) -> UInt64) -> BigInt {
        let count = max(a.limbs.count, b.limbs.count) + 1
        let x = a.twosComplement(count)
        let y = b.twosComplement(count)
        var r = [UInt64](repeating: 0, count: count)
        for i in 0..<count { r[i] = op(x[i], y[i]) }
        let negative = (r[count - 1] >> 63) == 1
        if negative { negateInPlace(&r) }
        return BigInt(limbs: r, negative: negative)
    }

    /// The value as `count` limbs of two's complement (count > magnitude size).
    private func twosComplement(_ count: Int) -> [UInt64] {
        var r = [UInt64](repeating: 0, count: count)
        for i in 0..<limbs.count { r[i] = limbs[i] }
        if isNegative { BigInt.negateInPlace(&r) }
        return r
    }

    /// r = ~r + 1 over the fixed width.
    private static func negateInPlace(_ r: inout [UInt64]) {
        var carry: UInt64 = 1
        for i in 0..<r.count {
            let (s, o) = (~r[i]).addingReportingOverflow(carry)
            r[i] = s
            carry = o ? 1 : 0
        }
    }
}
