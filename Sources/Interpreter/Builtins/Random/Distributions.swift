// The distributions of random.py that the first binding left out, with the
// same draws in the same order as CPython 3.13 so seeded sequences agree.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Python's float `%` (the result takes the divisor's sign).
private func pyMod(_ a: Double, _ b: Double) -> Double {
    var r = fmod(a, b)
    if r != 0 && ((r < 0) != (b < 0)) { r += b }
    return r
}

extension MersenneTwister {
    /// `vonmisesvariate(mu, kappa)`: Best and Fisher's rejection method.
    public mutating func vonmisesvariate(mu: Double, kappa: Double) -> Double {
        let twoPi = 2.0 * Double.pi
        if kappa <= 1e-6 { return twoPi * random() }
        let s = 0.5 / kappa
        let r = s + (1.0 + s * s).squareRoot()
        var z: Double
        while true {
            let u1 = random()
            z = cos(Double.pi * u1)
            let d = z / (r + z)
            let u2 = random()
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d) { break }
        }
        let q = 1.0 / r
        let f = (q + z) / (1.0 + q * z)
        let u3 = random()
        return u3 > 0.5 ? pyMod(mu + acos(f), twoPi) : pyMod(mu - acos(f), twoPi)
    }

    /// `gammavariate(alpha, beta)`: Cheng's method above 1, Ahrens–Dieter GS below.
    public mutating func gammavariate(alpha: Double, beta: Double) throws(RandomError) -> Double {
        guard alpha > 0.0, beta > 0.0 else { throw .valueError("gammavariate: alpha and beta must be > 0.0") }
        if alpha > 1.0 {
            let ainv = (2.0 * alpha - 1.0).squareRoot()
            let bbb = alpha - log(4.0), ccc = alpha + ainv
            let sg = 1.0 + log(4.5)
            while true {
                let u1 = random()
                if !(1e-7 < u1 && u1 < 0.9999999) { continue }
                let u2 = 1.0 - random()
                let v = log(u1 / (1.0 - u1)) / ainv
                let x = alpha * exp(v)
                let z = u1 * u1 * u2
                let r = bbb + ccc * v - x
                if r + sg - 4.5 * z >= 0.0 || r >= log(z) { return x * beta }
            }
        }
        if alpha == 1.0 { return -log(1.0 - random()) * beta }
        var x: Double
        while true {
            let u = random()
            let b = (M_E + alpha) / M_E
            let p = b * u
            x = p <= 1.0 ? pow(p, 1.0 / alpha) : -log((b - p) / alpha)
            let u1 = random()
            if p > 1.0 {
                if u1 <= pow(x, alpha - 1.0) { break }
            } else if u1 <= exp(-x) {
                break
            }
        }
        return x * beta
    }

    /// `betavariate(alpha, beta)` from two gamma draws.
    public mutating func betavariate(alpha: Double, beta: Double) throws(RandomError) -> Double {
        let y = try gammavariate(alpha: alpha, beta: 1.0)
        if y != 0 { return y / (y + (try gammavariate(alpha: beta, beta: 1.0))) }
        return 0.0
    }

    public mutating func paretovariate(_ alpha: Double) throws(RandomError) -> Double {
        let u = 1.0 - random()
        guard alpha != 0 else { throw .zeroDivisionError("float division by zero") }
        return pow(u, -1.0 / alpha)
    }

    public mutating func weibullvariate(alpha: Double, beta: Double) throws(RandomError) -> Double {
        let u = 1.0 - random()
        guard beta != 0 else { throw .zeroDivisionError("float division by zero") }
        return alpha * pow(-log(u), 1.0 / beta)
    }

    /// `binomialvariate(n, p)`: a geometric walk for small n*p, else Hormann's BTRS.
    public mutating func binomialvariate(n: Int, p: Double) throws(RandomError) -> Int {
        if n < 0 { throw .valueError("n must be non-negative") }
        if p <= 0.0 || p >= 1.0 {
            if p == 0.0 { return 0 }
            if p == 1.0 { return n }
            throw .valueError("p must be in the range 0.0 <= p <= 1.0")
        }
        if n == 1 { return random() < p ? 1 : 0 }
        if p > 0.5 { return n - (try binomialvariate(n: n, p: 1.0 - p)) }
        if Double(n) * p < 10.0 {
            var x = 0, y = 0
            let c = log2(1.0 - p)
            if c == 0 { return x }
            while true {
                y += Int(floor(log2(random()) / c)) + 1
                if y > n { return x }
                x += 1
            }
        }
        let nd = Double(n)
        let spq = (nd * p * (1.0 - p)).squareRoot()
        let b = 1.15 + 2.53 * spq
        let a = -0.0873 + 0.0248 * b + 0.01 * p
        let c = nd * p + 0.5
        let vr = 0.92 - 4.2 / b
        var setup = false
        var alpha = 0.0, lpq = 0.0, m = 0.0, h = 0.0
        while true {
            var u = random()
            u -= 0.5
            let us = 0.5 - abs(u)
            let kd = floor((2.0 * a / us + b) * u + c)
            if kd < 0 || kd > nd { continue }
            let k = Int(kd)
            var v = random()
            if us >= 0.07 && v <= vr { return k }
            if !setup {
                alpha = (2.83 + 5.1 / b) * spq
                lpq = log(p / (1.0 - p))
                m = floor((nd + 1) * p)
                h = lgamma(m + 1) + lgamma(nd - m + 1)
                setup = true
            }
            v *= alpha / (a / (us * us) + b)
            if log(v) <= h - lgamma(kd + 1) - lgamma(nd - kd + 1) + (kd - m) * lpq { return k }
        }
    }
}
