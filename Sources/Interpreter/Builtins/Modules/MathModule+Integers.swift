// math's integer functions: floor/ceil/trunc (ints of any size), and the
// exact factorial, gcd, lcm, isqrt, comb, perm, plus prod.

import Foundation

extension MathModule {
    static func installIntegers(_ m: PyModule) {
        ModuleFunctions.one(m, "floor") { vm, v in try rounding(vm, v, "__floor__", .down) }
        ModuleFunctions.one(m, "ceil") { vm, v in try rounding(vm, v, "__ceil__", .up) }
        ModuleFunctions.one(m, "trunc") { vm, v in
            switch v {
            case .int: return v
            case .bool(let b): return .int(b ? 1 : 0)
            case .float(let d): return .bigInt(try vm.libCall { try BigInt.fromDouble(d) })
            case .object(let o) where o.kind == .bigInt: return v
            default:
                let t = vm.typeOf(v)
                if let f = t.lookup("__trunc__"), !t.isBuiltin { return try vm.call(try vm.bindIfFunction(f, to: v, type: t), []) }
                throw PyError.typeError("type \(t.name) doesn't define __trunc__ method")
            }
        }
        ModuleFunctions.one(m, "factorial") { vm, v in
            let n = try vm.integerArg(v)
            if n.isNegative { throw PyError.valueError("factorial() not defined for negative values") }
            guard let k = n.asInt else { throw PyError.overflow("factorial() argument should not exceed \(Int.max)") }
            // Big-int products cannot be paused: past a million (seconds of
            // work, megabytes of digits) scopewalk says so instead of freezing.
            guard k <= 1_000_000 else { throw PyError(BuiltinTypes.MemoryError, "factorial(\(k)) is too large for scopewalk (at most factorial(1000000))") }
            return .bigInt(product(2, k))
        }
        ModuleFunctions.varargs(m, "gcd") { vm, args in
            var g = BigInt(0)
            for a in args { g = BigInt.gcd(g, try vm.integerArg(a)) }
            return .bigInt(g)
        }
        ModuleFunctions.varargs(m, "lcm") { vm, args in
            var l = BigInt(1)
            for a in args {
                let x = try vm.integerArg(a).magnitude
                if x.isZero || l.isZero { l = BigInt(0); continue }
                l = (l.floorDiv(BigInt.gcd(l, x)) ?? l) * x
            }
            return .bigInt(l)
        }
        ModuleFunctions.one(m, "isqrt") { vm, v in
            let n = try vm.integerArg(v)
            if n.isNegative { throw PyError.valueError("isqrt() argument must be nonnegative") }
            return .bigInt(isqrt(n))
        }
        ModuleFunctions.positional(m, "comb", min: 2, max: 2) { vm, a in
            let n = try vm.integerArg(a[0]), k0 = try vm.integerArg(a[1])
            if n.isNegative { throw PyError.valueError("n must be a non-negative integer") }
            if k0.isNegative { throw PyError.valueError("k must be a non-negative integer") }
            if k0 > n { return .int(0) }
            let k1 = n - k0 < k0 ? n - k0 : k0
            guard let k = k1.asInt, k <= 10_000_000 else {
                throw PyError.overflow("min(n - k, k) must not exceed \(Int.max)")
            }
            var r = BigInt(1)
            var i = 1
            while i <= k {
                r = (r * (n - BigInt(k - i))).floorDiv(BigInt(i)) ?? r
                i += 1
            }
            return .bigInt(r)
        }
        ModuleFunctions.positional(m, "perm", min: 1, max: 2) { vm, a in
            let n = try vm.integerArg(a[0])
            // perm(n) is factorial(n), with factorial's message.
            let whole = a.count < 2 || a[1].isNone
            if n.isNegative { throw PyError.valueError(whole ? "factorial() not defined for negative values" : "n must be a non-negative integer") }
            let k0 = !whole ? try vm.integerArg(a[1]) : n
            if k0.isNegative { throw PyError.valueError("k must be a non-negative integer") }
            if k0 > n { return .int(0) }
            guard let k = k0.asInt, k <= 10_000_000 else { throw PyError.overflow("k must not exceed \(Int.max)") }
            var r = BigInt(1)
            for i in 0..<k { r = r * (n - BigInt(i)) }
            return .bigInt(r)
        }
        ModuleFunctions.raw(m, "prod") { vm, args, kw in
            for (k, _) in kw where k != "start" {
                throw PyError.typeError("prod() got an unexpected keyword argument '\(k)'")
            }
            guard args.count == 1 else {
                throw PyError.typeError("prod() takes exactly 1 positional argument (\(args.count) given)")
            }
            var result = Args.keyword(kw, "start") ?? .int(1)
            let it = try vm.getIterator(args[0])
            while let x = try vm.nextValue(it) {
                if case .int(let a) = result, case .int(let b) = x {
                    let (p, o) = a.multipliedReportingOverflow(by: b)
                    if !o { result = .int(p); continue }
                }
                result = try vm.binaryOperation(result, x, .mult)
            }
            return result
        }
    }

    /// math.floor / math.ceil: ints of any size for floats, __floor__/__ceil__ for objects.
    static func rounding(_ vm: VM, _ v: Value, _ dunder: String, _ rule: FloatingPointRoundingRule) throws -> Value {
        switch v {
        case .int: return v
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d):
            if d.isNaN { throw PyError.valueError("cannot convert float NaN to integer") }
            if d.isInfinite { throw PyError.overflow("cannot convert float infinity to integer") }
            let r = d.rounded(rule)
            if Swift.abs(r) < 9.0e18 { return .int(Int(r)) }
            return .bigInt(BigInt(truncating: r) ?? BigInt(0))
        case .object(let o) where o.kind == .bigInt: return v
        default:
            let t = vm.typeOf(v)
            if let f = t.lookup(dunder), !t.isBuiltin { return try vm.call(try vm.bindIfFunction(f, to: v, type: t), []) }
            return try rounding(vm, .float(try vm.realArg(v)), dunder, rule)
        }
    }

    /// lo * (lo+1) * ... * hi by binary splitting (1 for an empty range).
    static func product(_ lo: Int, _ hi: Int) -> BigInt {
        if lo > hi { return BigInt(1) }
        if hi - lo < 16 {
            var r = BigInt(1)
            var acc = 1
            for i in lo...hi {
                let (p, o) = acc.multipliedReportingOverflow(by: i)
                if o {
                    r = r * BigInt(acc)
                    acc = i
                } else {
                    acc = p
                }
            }
            return r * BigInt(acc)
        }
        let mid = (lo + hi) / 2
        return product(lo, mid) * product(mid + 1, hi)
    }

    /// floor(sqrt(n)) for n >= 0, exactly.
    static func isqrt(_ n: BigInt) -> BigInt {
        if n.isZero { return n }
        if let small = n.asInt, small < 1 << 52 {
            var r = Int(Double(small).squareRoot())
            while r * r > small { r -= 1 }
            while (r + 1) * (r + 1) <= small { r += 1 }
            return BigInt(r)
        }
        // Newton's iteration from a power of two above the root.
        var x = BigInt(1) << ((n.bitLength + 1) / 2)
        while true {
            guard let q = n.floorDiv(x) else { return x }
            let y = (x + q) >> 1
            if y >= x { return x }
            x = y
        }
    }
}

// MARK: - gamma and lgamma (CPython's own Lanczos implementation, not libm's)

extension MathModule {
    static let lanczosG = 6.024680040776729583740234375
    static let lanczosGMinusHalf = 5.524680040776729583740234375
    static let lanczosNum: [Double] = [
        23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ]
    static let lanczosDen: [Double] = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
                                       13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0]
    static let gammaIntegral: [Double] = [
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
        6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
        121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
    ]
    static let logPi = 1.144729885849400174143427351353058711647

    static func lanczosSum(_ x: Double) -> Double {
        var num = 0.0, den = 0.0
        if x < 5.0 {
            for i in stride(from: lanczosNum.count - 1, through: 0, by: -1) {
                num = num * x + lanczosNum[i]
                den = den * x + lanczosDen[i]
            }
        } else {
            for i in 0..<lanczosNum.count {
                num = num / x + lanczosNum[i]
                den = den / x + lanczosDen[i]
            }
        }
        return num / den
    }

    static func sinpi(_ x: Double) -> Double {
        let y = Foundation.fmod(Swift.abs(x), 2.0)
        let n = Int((2.0 * y).rounded(.toNearestOrAwayFromZero))
        let r: Double
        switch n {
        case 0: r = Foundation.sin(Double.pi * y)
        case 1: r = Foundation.cos(Double.pi * (y - 0.5))
        case 2: r = Foundation.sin(Double.pi * (1.0 - y))
        case 3: r = -Foundation.cos(Double.pi * (y - 1.5))
        default: r = Foundation.sin(Double.pi * (y - 2.0))
        }
        return Foundation.copysign(1.0, x) * r
    }

    /// m_tgamma; throws CPython's errors.
    static func gamma(_ x: Double) throws -> Double {
        if !x.isFinite {
            if x.isNaN || x > 0 { return x }
            throw domainError()
        }
        if x == 0 { throw domainError() }
        if x == x.rounded(.down) {
            if x < 0 { throw domainError() }
            if x <= Double(gammaIntegral.count) { return gammaIntegral[Int(x) - 1] }
        }
        let absx = Swift.abs(x)
        if absx < 1e-20 {
            let r = 1.0 / x
            if r.isInfinite { throw rangeError() }
            return r
        }
        if absx > 200.0 {
            if x < 0 { return 0.0 / sinpi(x) }
            throw rangeError()
        }
        let y = absx + lanczosGMinusHalf
        var z: Double
        if absx > lanczosGMinusHalf {
            let q = y - absx
            z = q - lanczosGMinusHalf
        } else {
            let q = y - lanczosGMinusHalf
            z = q - absx
        }
        z = z * lanczosG / y
        var r: Double
        if x < 0 {
            r = -Double.pi / sinpi(absx) / absx * Foundation.exp(y) / lanczosSum(absx)
            r -= z * r
            if absx < 140.0 {
                r /= Foundation.pow(y, absx - 0.5)
            } else {
                let sqrtpow = Foundation.pow(y, absx / 2.0 - 0.25)
                r /= sqrtpow
                r /= sqrtpow
            }
        } else {
            r = lanczosSum(absx) / Foundation.exp(y)
            r += z * r
            if absx < 140.0 {
                r *= Foundation.pow(y, absx - 0.5)
            } else {
                let sqrtpow = Foundation.pow(y, absx / 2.0 - 0.25)
                r *= sqrtpow
                r *= sqrtpow
            }
        }
        if r.isInfinite { throw rangeError() }
        return r
    }

    /// m_lgamma; throws CPython's errors.
    static func lgamma(_ x: Double) throws -> Double {
        if !x.isFinite { return x.isNaN ? x : Double.infinity }
        if x == x.rounded(.down) && x <= 2.0 {
            if x <= 0 { throw domainError() }
            return 0.0
        }
        let absx = Swift.abs(x)
        if absx < 1e-20 { return -Foundation.log(absx) }
        var r = Foundation.log(lanczosSum(absx)) - lanczosG
        r += (absx - 0.5) * (Foundation.log(absx + lanczosG - 0.5) - 1)
        if x < 0 { r = logPi - Foundation.log(Swift.abs(sinpi(absx))) - Foundation.log(absx) - r }
        if r.isInfinite { throw rangeError() }
        return r
    }
}
