// BigInt division: Knuth's algorithm D on 64-bit limbs, then Python's floor
// semantics on top. Division by zero returns nil; raising ZeroDivisionError
// with the right message is the caller's job.

extension BigInt {
    /// Truncating division (quotient rounded toward zero, remainder with the
    /// dividend's sign). nil when the divisor is zero.
    public func truncatingDivMod(_ divisor: BigInt) -> (quotient: BigInt, remainder: BigInt)? {
        if divisor.isZero { return nil }
        let (q, r) = Mag.divMod(limbs, divisor.limbs)
        return (BigInt(limbs: q, negative: isNegative != divisor.isNegative),
                BigInt(limbs: r, negative: isNegative))
    }

    /// Python's divmod: quotient floored, remainder with the divisor's sign.
    public func floorDivMod(_ divisor: BigInt) -> (quotient: BigInt, remainder: BigInt)? {
        if divisor.isZero { return nil }
        let (q, r) = Mag.divMod(limbs, divisor.limbs)
        if isNegative == divisor.isNegative || r.isEmpty {
            return (BigInt(limbs: q, negative: isNegative != divisor.isNegative),
                    BigInt(limbs: r, negative: divisor.isNegative))
        }
        // Signs differ and the division is inexact: step the quotient down
        // and take the remainder from the other side.
        let q1 = Mag.add(q, [1])
        let r1 = Mag.sub(divisor.limbs, r)
        return (BigInt(limbs: q1, negative: true), BigInt(limbs: r1, negative: divisor.isNegative))
    }

    public func floorDiv(_ divisor: BigInt) -> BigInt? { floorDivMod(divisor)?.quotient }
    public func mod(_ divisor: BigInt) -> BigInt? { floorDivMod(divisor)?.remainder }
}

extension Mag {
    /// Magnitude division: (a / b, a % b). b must be nonzero.
    static func divMod(_ a: [UInt64], _ b: [UInt64]) -> (q: [UInt64], r: [UInt64]) {
        if b.isEmpty { return ([], []) }
        if compare(a, b) < 0 { return ([], a) }
        if b.count == 1 {
            var q = a
            let r = divSmall(&q, b[0])
            return (q, r == 0 ? [] : [r])
        }
        return knuthD(a, b)
    }

    /// Algorithm D (TAOCP 4.3.1). Requires b.count >= 2 and a >= b.
    private static func knuthD(_ a: [UInt64], _ b: [UInt64]) -> (q: [UInt64], r: [UInt64]) {
        let n = b.count
        let m = a.count - n
        // Normalise so the divisor's top limb has its high bit set.
        let s = b[n - 1].leadingZeroBitCount
        var v = [UInt64](repeating: 0, count: n)
        var u = [UInt64](repeating: 0, count: a.count + 1)
        if s == 0 {
            for i in 0..<n { v[i] = b[i] }
            for i in 0..<a.count { u[i] = a[i] }
        } else {
            let sh = UInt64(s)
            for i in stride(from: n - 1, to: 0, by: -1) {
                v[i] = (b[i] << sh) | (b[i - 1] >> (64 - sh))
            }
            v[0] = b[0] << sh
            u[a.count] = a[a.count - 1] >> (64 - sh)
            for i in stride(from: a.count - 1, to: 0, by: -1) {
                u[i] = (a[i] << sh) | (a[i - 1] >> (64 - sh))
            }
            u[0] = a[0] << sh
        }
        var q = [UInt64](repeating: 0, count: m + 1)
        let vTop = v[n - 1]
        let vNext = v[n - 2]

        u.withUnsafeMutableBufferPointer { up in
            v.withUnsafeBufferPointer { vp in
                var j = m
                while j >= 0 {
                    let ujn = up[j + n]
                    let ujn1 = up[j + n - 1]
                    let ujn2 = up[j + n - 2]
                    var qhat: UInt64
                    var rhat: UInt64
                    var rhatOverflow = false
                    if ujn >= vTop {
                        // The true estimate is >= 2**64; start from the largest limb.
                        qhat = UInt64.max
                        let (r, o) = ujn1.addingReportingOverflow(vTop)
                        rhat = r
                        rhatOverflow = o
                    } else {
                        (qhat, rhat) = vTop.dividingFullWidth((ujn, ujn1))
                    }
                    // Correct the estimate using the next divisor limb (at most twice).
                    while !rhatOverflow {
                        let (ph, pl) = qhat.multipliedFullWidth(by: vNext)
                        if ph > rhat || (ph == rhat && pl > ujn2) {
                            qhat -= 1
                            let (r, o) = rhat.addingReportingOverflow(vTop)
                            rhat = r
                            rhatOverflow = o
                        } else {
                            break
                        }
                    }
                    // Multiply and subtract qhat * v from u[j...j+n].
                    var borrow: UInt64 = 0
                    var carry: UInt64 = 0
                    for i in 0..<n {
                        let (ph, pl) = qhat.multipliedFullWidth(by: vp[i])
                        let (p, o) = pl.addingReportingOverflow(carry)
                        carry = ph &+ (o ? 1 : 0)
                        let (d1, b1) = up[i + j].subtractingReportingOverflow(p)
                        let (d2, b2) = d1.subtractingReportingOverflow(borrow)
                        up[i + j] = d2
                        borrow = (b1 ? 1 : 0) + (b2 ? 1 : 0)
                    }
                    let (d1, b1) = up[j + n].subtractingReportingOverflow(carry)
                    let (d2, b2) = d1.subtractingReportingOverflow(borrow)
                    up[j + n] = d2
                    if b1 || b2 {
                        // Estimate was one too large: add the divisor back.
                        qhat -= 1
                        var c: UInt64 = 0
                        for i in 0..<n {
                            let (s1, o1) = up[i + j].addingReportingOverflow(vp[i])
                            let (s2, o2) = s1.addingReportingOverflow(c)
                            up[i + j] = s2
                            c = (o1 ? 1 : 0) + (o2 ? 1 : 0)
                        }
                        up[j + n] = up[j + n] &+ c
                    }
                    q[j] = qhat
                    j -= 1
                }
            }
        }
        // Unnormalise the remainder, held in u[0..<n].
        var r = [UInt64](repeating: 0, count: n)
        if s == 0 {
            for i in 0..<n { r[i] = u[i] }
        } else {
            let sh = UInt64(s)
            for i in 0..<n {
                r[i] = (u[i] >> sh) | (u[i + 1] << (64 - sh))
            }
        }
        normalize(&q)
        normalize(&r)
        return (q, r)
    }
}
