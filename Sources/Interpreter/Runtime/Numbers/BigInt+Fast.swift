// The big-integer kernels that dominate programs with huge numbers (a
// Fibonacci loop adds, a factorial multiplies by a small int, str() of the
// result divides by powers of ten): loops over raw buffers whose indices
// come from the operands' own counts, Karatsuba multiplication past a
// threshold, and decimal conversion in base 10^9 halves (division by a
// constant compiles to a multiplication; 128-bit division is a libcall).

extension Mag {
    /// Operands at least this long (limbs) multiply by Karatsuba.
    static let karatsubaThreshold = 48

    static func fastAdd(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        let longer = a.count >= b.count ? a : b
        let shorter = a.count >= b.count ? b : a
        let n = longer.count, m = shorter.count
        var r = [UInt64](repeating: 0, count: n + 1)
        r.withUnsafeMutableBufferPointer { rp in
            longer.withUnsafeBufferPointer { lp in
                shorter.withUnsafeBufferPointer { sp in
                    var carry: UInt64 = 0
                    var i = 0
                    while i < m {
                        let (s1, o1) = lp[i].addingReportingOverflow(sp[i])
                        let (s2, o2) = s1.addingReportingOverflow(carry)
                        rp[i] = s2
                        carry = (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
                        i += 1
                    }
                    while i < n {
                        let (s, o) = lp[i].addingReportingOverflow(carry)
                        rp[i] = s
                        carry = o ? 1 : 0
                        i += 1
                    }
                    rp[n] = carry
                }
            }
        }
        normalize(&r)
        return r
    }

    /// a - b for a >= b.
    static func fastSub(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        let n = a.count, m = min(b.count, a.count)
        var r = [UInt64](repeating: 0, count: n)
        r.withUnsafeMutableBufferPointer { rp in
            a.withUnsafeBufferPointer { ap in
                b.withUnsafeBufferPointer { bp in
                    var borrow: UInt64 = 0
                    var i = 0
                    while i < m {
                        let (d1, o1) = ap[i].subtractingReportingOverflow(bp[i])
                        let (d2, o2) = d1.subtractingReportingOverflow(borrow)
                        rp[i] = d2
                        borrow = (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
                        i += 1
                    }
                    while i < n {
                        let (d, o) = ap[i].subtractingReportingOverflow(borrow)
                        rp[i] = d
                        borrow = o ? 1 : 0
                        i += 1
                    }
                }
            }
        }
        normalize(&r)
        return r
    }

    /// a * m for one limb m.
    static func mulSmall(_ a: [UInt64], _ m: UInt64) -> [UInt64] {
        if m == 0 || a.isEmpty { return [] }
        var r = [UInt64](repeating: 0, count: a.count + 1)
        r.withUnsafeMutableBufferPointer { rp in
            a.withUnsafeBufferPointer { ap in
                var carry: UInt64 = 0
                for i in 0..<ap.count {
                    let (hi, lo) = ap[i].multipliedFullWidth(by: m)
                    let (s, o) = lo.addingReportingOverflow(carry)
                    rp[i] = s
                    carry = hi &+ (o ? 1 : 0)
                }
                rp[ap.count] = carry
            }
        }
        normalize(&r)
        return r
    }

    /// Product of magnitudes: one-limb, schoolbook, or Karatsuba.
    static func product(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        if a.isEmpty || b.isEmpty { return [] }
        if b.count == 1 { return mulSmall(a, b[0]) }
        if a.count == 1 { return mulSmall(b, a[0]) }
        if min(a.count, b.count) < karatsubaThreshold { return mul(a, b) }
        return karatsuba(a, b)
    }

    /// x*y = z2*B^2k + ((x0+x1)(y0+y1) - z2 - z0)*B^k + z0, with B^k the split.
    static func karatsuba(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        let k = max(a.count, b.count) / 2
        if min(a.count, b.count) <= k {
            // Unbalanced: cut the longer operand in pieces of the shorter's size.
            let (long, short) = a.count >= b.count ? (a, b) : (b, a)
            var result: [UInt64] = []
            var offset = 0
            while offset < long.count {
                let end = min(offset + short.count, long.count)
                var piece = Array(long[offset..<end])
                normalize(&piece)
                result = addShifted(result, product(piece, short), offset)
                offset = end
            }
            return result
        }
        var a0 = Array(a[0..<k]), b0 = Array(b[0..<k])
        normalize(&a0)
        normalize(&b0)
        let a1 = Array(a[k...]), b1 = Array(b[k...])
        let z0 = product(a0, b0)
        let z2 = product(a1, b1)
        let z1 = fastSub(fastSub(product(fastAdd(a0, a1), fastAdd(b0, b1)), z2), z0)
        return addShifted(addShifted(z0, z1, k), z2, 2 * k)
    }

    /// a + b * B^shift.
    static func addShifted(_ a: [UInt64], _ b: [UInt64], _ shift: Int) -> [UInt64] {
        if b.isEmpty { return a }
        let n = max(a.count, b.count + shift) + 1
        var r = [UInt64](repeating: 0, count: n)
        r.withUnsafeMutableBufferPointer { rp in
            a.withUnsafeBufferPointer { ap in
                for i in 0..<ap.count { rp[i] = ap[i] }
            }
            b.withUnsafeBufferPointer { bp in
                var carry: UInt64 = 0
                var i = 0
                while i < bp.count {
                    let (s1, o1) = rp[i + shift].addingReportingOverflow(bp[i])
                    let (s2, o2) = s1.addingReportingOverflow(carry)
                    rp[i + shift] = s2
                    carry = (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
                    i += 1
                }
                var j = i + shift
                while carry != 0 && j < n {
                    let (s, o) = rp[j].addingReportingOverflow(carry)
                    rp[j] = s
                    carry = o ? 1 : 0
                    j += 1
                }
            }
        }
        normalize(&r)
        return r
    }

    /// Decimal digits of a magnitude, most significant first (no sign).
    /// Repeated division by 10^9, each limb taken as two 32-bit halves so
    /// that every division is by a constant.
    static func decimalDigits(_ limbs: [UInt64]) -> [UInt8] {
        if limbs.isEmpty { return [UInt8(ascii: "0")] }
        // 32-bit halves, most significant first.
        var halves = [UInt32]()
        halves.reserveCapacity(limbs.count * 2)
        for l in limbs.reversed() {
            halves.append(UInt32(truncatingIfNeeded: l >> 32))
            halves.append(UInt32(truncatingIfNeeded: l))
        }
        var chunks = [UInt32]()  // base 10^9, least significant first
        chunks.reserveCapacity(limbs.count * 64 / 29 + 2)
        halves.withUnsafeMutableBufferPointer { hp in
            var start = 0
            let n = hp.count
            while start < n && hp[start] == 0 { start += 1 }
            while start < n {
                var rem: UInt64 = 0
                var i = start
                while i < n {
                    let cur = (rem << 32) | UInt64(hp[i])
                    let q = cur / 1_000_000_000
                    rem = cur - q &* 1_000_000_000
                    hp[i] = UInt32(truncatingIfNeeded: q)
                    i += 1
                }
                chunks.append(UInt32(truncatingIfNeeded: rem))
                while start < n && hp[start] == 0 { start += 1 }
            }
        }
        var out = [UInt8]()
        out.reserveCapacity(chunks.count * 9)
        var first = true
        for c in chunks.reversed() {
            var digits = [UInt8](repeating: UInt8(ascii: "0"), count: 9)
            var v = c
            var j = 8
            while j >= 0 {
                digits[j] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: v % 10)
                v /= 10
                j -= 1
            }
            if first {
                // The leading chunk without its zero padding.
                let lead = digits.firstIndex { $0 != UInt8(ascii: "0") } ?? 8
                out.append(contentsOf: digits[lead...])
                first = false
            } else {
                out.append(contentsOf: digits)
            }
        }
        return out
    }
}
