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
            guard let k = n.asInt, k <= 1_000_000 else { throw PyError.overflow("factorial() argument should not exceed \(Int.max)") }
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
            if n.isNegative { throw PyError.valueError("n must be a non-negative integer") }
            let k0 = a.count > 1 && !a[1].isNone ? try vm.integerArg(a[1]) : n
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
