// The math module, following CPython's mathmodule.c: the same special-value
// rules and errors ("math domain error" ValueError, "math range error"
// OverflowError), exact integer functions on BigInt, logarithms of huge
// ints, and CPython's fsum and hypot/dist algorithms. (Integer functions
// are in MathModule+Integers.swift.)

import Foundation

enum MathModule {
    static func domainError() -> PyError { PyError.valueError("math domain error") }
    static func rangeError() -> PyError { PyError.overflow("math range error") }

    /// math_1: a NaN from a non-NaN is a domain error; an infinity from a
    /// finite value is a range error when the function can overflow.
    static func checked(_ x: Double, _ r: Double, canOverflow: Bool) throws -> Double {
        if r.isNaN && !x.isNaN { throw domainError() }
        if r.isInfinite && x.isFinite { throw canOverflow ? rangeError() : domainError() }
        return r
    }

    static func make(_ vm: VM) -> PyModule {
        let m = PyModule(name: "math")
        m.dict["pi"] = .float(Double.pi)
        m.dict["e"] = .float(M_E)
        m.dict["tau"] = .float(2 * Double.pi)
        m.dict["inf"] = .float(Double.infinity)
        m.dict["nan"] = .float(Double.nan)

        let unary: [(String, (Double) -> Double, Bool)] = [
            ("sqrt", { $0.squareRoot() }, false), ("exp", { Foundation.exp($0) }, true), ("exp2", { Foundation.exp2($0) }, true),
            ("expm1", { Foundation.expm1($0) }, true), ("log1p", { Foundation.log1p($0) }, false),
            ("sin", { Foundation.sin($0) }, false), ("cos", { Foundation.cos($0) }, false), ("tan", { Foundation.tan($0) }, false),
            ("asin", { Foundation.asin($0) }, false), ("acos", { Foundation.acos($0) }, false), ("atan", { Foundation.atan($0) }, false),
            ("sinh", { Foundation.sinh($0) }, true), ("cosh", { Foundation.cosh($0) }, true), ("tanh", { Foundation.tanh($0) }, false),
            ("asinh", { Foundation.asinh($0) }, false), ("acosh", { Foundation.acosh($0) }, false), ("atanh", { Foundation.atanh($0) }, false),
            ("fabs", { Swift.abs($0) }, false), ("cbrt", { Foundation.cbrt($0) }, false),
            ("erf", { Foundation.erf($0) }, false), ("erfc", { Foundation.erfc($0) }, false),
        ]
        for (name, f, canOverflow) in unary {
            ModuleFunctions.one(m, name) { vm, v in
                let x = try vm.realArg(v)
                if name == "log1p" && x == -1 { throw domainError() }
                return .float(try checked(x, f(x), canOverflow: canOverflow))
            }
        }
        ModuleFunctions.one(m, "gamma") { vm, v in .float(try gamma(try vm.realArg(v))) }
        ModuleFunctions.one(m, "lgamma") { vm, v in .float(try lgamma(try vm.realArg(v))) }

        ModuleFunctions.positional(m, "log", min: 1, max: 2) { vm, a in
            let num = try logHelper(vm, a[0], Foundation.log)
            guard a.count > 1 else { return .float(num) }
            let den = try logHelper(vm, a[1], Foundation.log)
            if den == 0 { throw PyError.zeroDivision("float division by zero") }
            return .float(num / den)
        }
        ModuleFunctions.one(m, "log2") { vm, v in .float(try logHelper(vm, v, Foundation.log2)) }
        ModuleFunctions.one(m, "log10") { vm, v in .float(try logHelper(vm, v, Foundation.log10)) }

        ModuleFunctions.positional(m, "pow", min: 2, max: 2) { vm, a in
            .float(try pow(try vm.realArg(a[0]), try vm.realArg(a[1])))
        }
        ModuleFunctions.positional(m, "atan2", min: 2, max: 2) { vm, a in
            .float(Foundation.atan2(try vm.realArg(a[0]), try vm.realArg(a[1])))
        }
        ModuleFunctions.positional(m, "copysign", min: 2, max: 2) { vm, a in
            .float(Foundation.copysign(try vm.realArg(a[0]), try vm.realArg(a[1])))
        }
        ModuleFunctions.positional(m, "fmod", min: 2, max: 2) { vm, a in
            let x = try vm.realArg(a[0]), y = try vm.realArg(a[1])
            if y.isInfinite && x.isFinite { return .float(x) }
            let r = Foundation.fmod(x, y)
            if r.isNaN && !x.isNaN && !y.isNaN { throw domainError() }
            return .float(r)
        }
        ModuleFunctions.positional(m, "remainder", min: 2, max: 2) { vm, a in
            let x = try vm.realArg(a[0]), y = try vm.realArg(a[1])
            let r = Foundation.remainder(x, y)
            if r.isNaN && !x.isNaN && !y.isNaN { throw domainError() }
            return .float(r)
        }
        ModuleFunctions.one(m, "ulp") { vm, v in
            let x = Swift.abs(try vm.realArg(v))
            if x.isNaN || x.isInfinite { return .float(x) }
            if x == Double.greatestFiniteMagnitude { return .float(x - x.nextDown) }
            return .float(x.nextUp - x)
        }
        ModuleFunctions.raw(m, "nextafter") { vm, args, kw in
            // 3.12's steps= keyword: that many representable floats toward y.
            var steps: Value? = nil
            for (k, v) in kw {
                if k == "steps" { steps = v } else { throw PyError.typeError("nextafter() got an unexpected keyword argument '\(k)'") }
            }
            if args.count != 2 {
                throw PyError.typeError(args.count < 2 ? "nextafter() missing required argument '\(args.count == 0 ? "x" : "y")' (pos \(args.count + 1))"
                                                       : "nextafter() takes at most 3 arguments (\(args.count + kw.count) given)")
            }
            var x = try vm.realArg(args[0])
            let y = try vm.realArg(args[1])
            var n = 1
            if let steps, !steps.isNone {
                let big = try vm.integerArg(steps)
                if big.signum < 0 { throw PyError.valueError("steps must be a non-negative integer") }
                n = big.asInt ?? Int.max
            }
            if x.isNaN || y.isNaN { return .float(Double.nan) }
            while n > 0 {
                if x == y { return .float(y) }
                x = y > x ? x.nextUp : x.nextDown
                n -= 1
            }
            return .float(x)
        }
        ModuleFunctions.positional(m, "fma", min: 3, max: 3) { vm, a in
            let x = try vm.realArg(a[0]), y = try vm.realArg(a[1]), z = try vm.realArg(a[2])
            let r = z.addingProduct(x, y)
            if r.isNaN && !x.isNaN && !y.isNaN && !z.isNaN { throw PyError.valueError("invalid operation in fma") }
            if r.isInfinite && x.isFinite && y.isFinite && z.isFinite { throw PyError.overflow("overflow in fma") }
            return .float(r)
        }
        ModuleFunctions.positional(m, "sumprod", min: 2, max: 2) { vm, a in
            let p = try vm.iterate(a[0]), q = try vm.iterate(a[1])
            if p.count != q.count { throw PyError.valueError("Inputs are not the same length") }
            func isFloatish(_ v: Value) -> Bool {
                switch v { case .float, .int, .bool: return true; default: return false }
            }
            let anyFloat = p.contains { if case .float = $0 { return true } else { return false } }
                || q.contains { if case .float = $0 { return true } else { return false } }
            if anyFloat && p.allSatisfy(isFloatish) && q.allSatisfy(isFloatish) {
                // Exact products as (high, low) pairs, summed with one rounding.
                var parts: [Double] = []
                var plain = 0.0, finite = true
                for (pv, qv) in zip(p, q) {
                    let x = try vm.realArg(pv), y = try vm.realArg(qv)
                    let hi = x * y
                    plain += hi
                    parts.append(hi)
                    if hi.isFinite { parts.append((-hi).addingProduct(x, y)) } else { finite = false }
                }
                // Like CPython, fall back to plain float arithmetic once a product is not finite.
                if !finite { return .float(plain) }
                return .float(try fsum(parts))
            }
            var total: Value = .int(0)
            for (pv, qv) in zip(p, q) {
                total = try vm.binaryOperation(total, try vm.binaryOperation(pv, qv, .mult), .add)
            }
            return total
        }
        ModuleFunctions.one(m, "degrees") { vm, v in .float(try vm.realArg(v) * (180.0 / Double.pi)) }
        ModuleFunctions.one(m, "radians") { vm, v in .float(try vm.realArg(v) * (Double.pi / 180.0)) }
        ModuleFunctions.one(m, "isfinite") { vm, v in .bool(try vm.realArg(v).isFinite) }
        ModuleFunctions.one(m, "isinf") { vm, v in .bool(try vm.realArg(v).isInfinite) }
        ModuleFunctions.one(m, "isnan") { vm, v in .bool(try vm.realArg(v).isNaN) }
        ModuleFunctions.one(m, "modf") { vm, v in
            let x = try vm.realArg(v)
            if x.isInfinite { return .object(PyTuple([.float(Foundation.copysign(0.0, x)), .float(x)])) }
            let whole = x.rounded(.towardZero)
            return .object(PyTuple([.float(x.isNaN ? x : Foundation.copysign(x - whole, x)), .float(whole)]))
        }
        ModuleFunctions.one(m, "frexp") { vm, v in
            let x = try vm.realArg(v)
            if x.isNaN || x.isInfinite || x == 0 { return .object(PyTuple([.float(x), .int(0)])) }
            // significand is in [1, 2) for normal and subnormal values alike; the sign is kept.
            let mantissa = (x < 0 ? -x.significand : x.significand) / 2
            return .object(PyTuple([.float(mantissa), .int(Int(x.exponent) + 1)]))
        }
        ModuleFunctions.positional(m, "ldexp", min: 2, max: 2) { vm, a in
            let x = try vm.realArg(a[0])
            let e: BigInt
            switch a[1] {
            case .int, .bool: e = try vm.integerArg(a[1])
            case .object(let o) where o.kind == .bigInt: e = try vm.integerArg(a[1])
            default: throw PyError.typeError("Expected an int as second argument to ldexp.")
            }
            if x == 0 || !x.isFinite { return .float(x) }
            guard let exp = e.asInt, exp <= Int(Int32.max) else { 
                if e.isNegative { return .float(Foundation.copysign(0.0, x)) }
                throw rangeError()
            }
            if exp < Int(Int32.min) { return .float(Foundation.copysign(0.0, x)) }
            let r = Foundation.scalbn(x, exp)
            if r.isInfinite { throw rangeError() }
            return .float(r)
        }
        ModuleFunctions.raw(m, "isclose") { vm, args, kw in
            for (k, _) in kw where !["a", "b", "rel_tol", "abs_tol"].contains(k) {
                throw PyError.typeError("isclose() got an unexpected keyword argument '\(k)'")
            }
            if args.count > 2 { throw PyError.typeError("isclose() takes exactly 2 positional arguments (\(args.count) given)") }
            var ab: [Value?] = [args.first, args.count > 1 ? args[1] : nil]
            // Argument Clinic reports a missing argument before one given twice.
            for (i, k) in ["a", "b"].enumerated() where ab[i] == nil && Args.keyword(kw, k) == nil {
                throw PyError.typeError("isclose() missing required argument '\(k)' (pos \(i + 1))")
            }
            for (i, k) in ["a", "b"].enumerated() {
                if let v = Args.keyword(kw, k) {
                    if ab[i] != nil { throw PyError.typeError("argument for isclose() given by name ('\(k)') and position (\(i + 1))") }
                    ab[i] = v
                }
            }
            guard let av = ab[0] else { throw PyError.typeError("isclose() missing required argument 'a' (pos 1)") }
            guard let bv = ab[1] else { throw PyError.typeError("isclose() missing required argument 'b' (pos 2)") }
            let a = try vm.realArg(av), b = try vm.realArg(bv)
            let rel = try Args.keyword(kw, "rel_tol").map { try vm.realArg($0) } ?? 1e-9
            let absTol = try Args.keyword(kw, "abs_tol").map { try vm.realArg($0) } ?? 0.0
            if rel < 0 || absTol < 0 { throw PyError.valueError("tolerances must be non-negative") }
            if a == b { return .bool(true) }
            if a.isInfinite || b.isInfinite { return .bool(false) }
            let diff = Swift.abs(b - a)
            return .bool(diff <= Swift.abs(rel * b) || diff <= Swift.abs(rel * a) || diff <= absTol)
        }
        ModuleFunctions.one(m, "fsum") { vm, v in .float(try fsum(try vm.iterate(v).map { try vm.realArg($0) })) }
        ModuleFunctions.varargs(m, "hypot") { vm, args in
            var max = 0.0, nan = false
            let xs = try args.map { v -> Double in
                let x = Swift.abs(try vm.realArg(v))
                nan = nan || x.isNaN
                if x > max { max = x }
                return x
            }
            return .float(vectorNorm(xs, max: max, foundNaN: nan))
        }
        ModuleFunctions.positional(m, "dist", min: 2, max: 2) { vm, a in
            let p = try vm.iterate(a[0]), q = try vm.iterate(a[1])
            if p.count != q.count { throw PyError.valueError("both points must have the same number of dimensions") }
            var max = 0.0, nan = false
            var xs: [Double] = []
            for (pv, qv) in zip(p, q) {
                let x = Swift.abs(try vm.realArg(pv) - vm.realArg(qv))
                nan = nan || x.isNaN
                if x > max { max = x }
                xs.append(x)
            }
            return .float(vectorNorm(xs, max: max, foundNaN: nan))
        }
        installIntegers(m)
        return m
    }

    /// math.pow with C99's special cases and CPython's errors.
    static func pow(_ x: Double, _ y: Double) throws -> Double {
        if !x.isFinite || !y.isFinite {
            if x.isNaN { return y == 0 ? 1 : x }
            if y.isNaN { return x == 1 ? 1 : y }
            if x.isInfinite {
                let oddY = y.isFinite && Foundation.fmod(Swift.abs(y), 2.0) == 1.0
                if y > 0 { return oddY ? x : Swift.abs(x) }
                if y == 0 { return 1 }
                return oddY ? Foundation.copysign(0.0, x) : 0.0
            }
            // y is infinite
            if Swift.abs(x) == 1 { return 1 }
            if y > 0 && Swift.abs(x) > 1 { return y }
            if y < 0 && Swift.abs(x) < 1 { return -y }
            return 0
        }
        let r = Foundation.pow(x, y)
        if r.isNaN { throw domainError() }
        if r.isInfinite { throw x == 0 ? domainError() : rangeError() }
        return r
    }

    /// loghelper: ints of any size (log(x) = log(m) + e*log(2) past float
    /// range), everything else through a float; <= 0 is a domain error.
    static func logHelper(_ vm: VM, _ v: Value, _ f: (Double) -> Double) throws -> Double {
        var big: BigInt? = nil
        if case .object(let o) = v, o.kind == .bigInt { big = unsafeDowncast(o, to: PyInt.self).value }
        if let b = big {
            if b.signum <= 0 { throw domainError() }
            if let d = b.toDouble() { return f(d) }
            let (m, e) = frexp(b)
            return f(m) + f(2.0) * Double(e)
        }
        if case .int(let i) = v, i <= 0 { throw domainError() }
        if case .bool(false) = v { throw domainError() }
        let x = try vm.realArg(v)
        if x.isNaN { return x }
        if x <= 0 { throw domainError() }
        return f(x)
    }

    /// _PyLong_Frexp: b == m * 2**e with 0.5 <= m < 1, m correctly rounded.
    static func frexp(_ b: BigInt) -> (Double, Int) {
        let bits = b.bitLength
        let shift = Swift.max(0, bits - 64)
        let top = (b.magnitude >> shift).limbs.first ?? 0
        let sticky = shift > 0 && !(b.magnitude - ((b.magnitude >> shift) << shift)).isZero
        let d = roundToDouble(top, exponent: 0, sticky: sticky) ?? 0
        let (m, e) = Foundation.frexp(d)
        return (m, e + shift)
    }

    /// CPython's math_fsum (Shewchuk's exact partials, half-even fix-up).
    static func fsum(_ values: [Double]) throws -> Double {
        var p: [Double] = []
        var specialSum = 0.0, infSum = 0.0
        for value in values {
            var x = value
            let xsave = x
            var i = 0
            for j in 0..<p.count {
                var y = p[j]
                if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
                let hi = x + y
                let yr = hi - x
                let lo = y - yr
                if lo != 0 {
                    p[i] = lo
                    i += 1
                }
                x = hi
            }
            p.removeSubrange(i...)
            if x != 0 {
                if !x.isFinite {
                    if xsave.isFinite { throw PyError.overflow("intermediate overflow in fsum") }
                    if xsave.isInfinite { infSum += xsave }
                    specialSum += xsave
                    p.removeAll()
                } else {
                    p.append(x)
                }
            }
        }
        if specialSum != 0 {
            if infSum.isNaN { throw PyError.valueError("-inf + inf in fsum") }
            return specialSum
        }
        var hi = 0.0
        var n = p.count
        if n > 0 {
            n -= 1
            hi = p[n]
            var lo = 0.0
            while n > 0 {
                let x = hi
                n -= 1
                let y = p[n]
                hi = x + y
                let yr = hi - x
                lo = y - yr
                if lo != 0 { break }
            }
            if n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0)) {
                let y = lo * 2
                let x = hi + y
                let yr = x - hi
                if y == yr { hi = x }
            }
        }
        return hi
    }

    /// CPython's vector_norm (hypot, dist): scaled, compensated sum of squares.
    static func vectorNorm(_ v: [Double], max: Double, foundNaN: Bool) -> Double {
        if max.isInfinite { return max }
        if foundNaN { return Double.nan }
        if max == 0 || v.count <= 1 { return max }
        let maxE = Foundation.frexp(max).1
        if maxE < -1023 {
            let dblMin = Double.leastNormalMagnitude
            return dblMin * vectorNorm(v.map { $0 / dblMin }, max: max / dblMin, foundNaN: foundNaN)
        }
        let scale = Foundation.scalbn(1.0, -maxE)
        var csum = 1.0, frac1 = 0.0, frac2 = 0.0
        for x0 in v {
            let x = x0 * scale
            let prHi = x * x
            let prLo = (-prHi).addingProduct(x, x)
            let smHi = csum + prHi
            let smLo = (csum - smHi) + prHi
            csum = smHi
            frac1 += prLo
            frac2 += smLo
        }
        var h = (csum - 1.0 + (frac1 + frac2)).squareRoot()
        let prHi = -h * h
        let prLo = (-prHi).addingProduct(-h, h)
        let smHi = csum + prHi
        let smLo = (csum - smHi) + prHi
        csum = smHi
        frac1 += prLo
        frac2 += smLo
        let x = csum - 1.0 + (frac1 + frac2)
        h += x / (2.0 * h)
        return h / scale
    }
}
